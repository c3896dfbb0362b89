"""NIP (Nomor Induk Pegawai) of a civil servant, as printed under a signature.

18 digits, usually written in groups: `19800101 200501 1 001`

    YYYYMMDD  birth date
    YYYYMM    appointment as CPNS (TMT CPNS)
    G         1 = laki-laki, 2 = perempuan
    SSS       serial, 001–999

Appointment plausibility: not before the birth year + 17 (CPNS must be 18; one year of slack
covers a birthday late in the appointment year) and not after the current month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsos_desktop.domain.nik import _BULAN, Sex, _clean
from jamsos_desktop.domain.problems import Problem

NIP_LENGTH = 18
FIELD = "nip"
MIN_APPOINTMENT_AGE = 17  # in whole years from the birth year; see the module note
MIN_BIRTH_YEAR = 1900  # anything earlier is a typo, not a civil servant

# Only spaces between groups (plus invisible characters pasted from the web); a NIP is not
# written with dots or dashes.
NIP_SEPARATORS: frozenset[str] = frozenset(" \t\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class NipResult:
    raw: object
    nip: str | None  # the 18 digits when the input has that shape (check `valid`)
    valid: bool
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    birth_date: date | None = None
    appointment: tuple[int, int] | None = None  # (year, month) of TMT CPNS
    sex: Sex | None = None
    serial: str | None = None

    @property
    def problems(self) -> list[Problem]:
        return [*self.errors, *self.warnings]

    def formatted(self) -> str | None:
        """`19800101 200501 1 001`, the way it is printed in a signature block."""
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}" if n else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "nip": self.nip,
            "errors": [p.message for p in self.errors],
            "warnings": [p.message for p in self.warnings],
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "appointment": (f"{self.appointment[0]:04d}-{self.appointment[1]:02d}"
                            if self.appointment else None),
            "sex": self.sex,
            "problems": [p.to_dict() for p in self.problems],
        }


def _strip_label(value: object) -> object:
    """Signature blocks are copied whole: "NIP. 19800101 …" → "19800101 …"."""
    if isinstance(value, str):
        text = value.strip()
        if text[:3].upper() == "NIP":
            return text[3:].lstrip(" .:")
    return value


def parse_nip(value: object, *, today: date | None = None) -> NipResult:
    """Validate and decode a NIP. Never raises, whatever `value` is."""
    today = today or date.today()
    cleaned = _clean(_strip_label(value), label="NIP", prefix="nip", length=NIP_LENGTH,
                     separators=NIP_SEPARATORS, field_name=FIELD)
    if cleaned.digits is None:
        assert cleaned.error is not None
        return NipResult(raw=value, nip=None, valid=False, errors=[cleaned.error])
    digits = cleaned.digits

    errors: list[Problem] = []

    def error(code: str, message: str) -> None:
        errors.append(Problem(f"nip.{code}", message, "error", FIELD))

    birth_date: date | None = None
    by, bm, bd = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    try:
        birth_date = date(by, bm, bd)
    except ValueError:
        error("birth_date", f"Tanggal lahir pada NIP (delapan digit pertama: {digits[:8]}) "
                            f"tidak ada dalam kalender.")
    if birth_date is not None and birth_date.year < MIN_BIRTH_YEAR:
        error("birth_date", f"Tahun lahir pada NIP ({birth_date.year}) tidak wajar.")
        birth_date = None
    elif birth_date is not None and birth_date > today:
        error("birth_date", "Tanggal lahir pada NIP berada di masa mendatang.")
        birth_date = None

    ay, am = int(digits[8:12]), int(digits[12:14])
    appointment: tuple[int, int] | None = None
    if not 1 <= am <= 12:
        error("appointment", f"Bulan TMT CPNS pada NIP (digit ke-13 dan ke-14: {am:02d}) "
                             f"tidak sah; seharusnya 01–12.")
    elif birth_date is not None and ay < birth_date.year + MIN_APPOINTMENT_AGE:
        error("appointment", f"TMT CPNS pada NIP ({_BULAN[am - 1]} {ay}) tidak wajar untuk "
                             f"pegawai yang lahir tahun {birth_date.year}.")
    elif (ay, am) > (today.year, today.month):
        error("appointment", f"TMT CPNS pada NIP ({_BULAN[am - 1]} {ay}) berada di masa "
                             f"mendatang.")
    else:
        appointment = (ay, am)

    sex: Sex | None = None
    if digits[14] == "1":
        sex = "L"
    elif digits[14] == "2":
        sex = "P"
    else:
        error("sex", f"Kode jenis kelamin pada NIP (digit ke-15: {digits[14]}) tidak sah; "
                     f"seharusnya 1 untuk laki-laki atau 2 untuk perempuan.")

    serial = digits[15:18]
    if serial == "000":
        error("serial", "Nomor urut pada NIP (tiga digit terakhir) tidak boleh 000.")

    return NipResult(raw=value, nip=digits, valid=not errors, errors=errors,
                     birth_date=birth_date, appointment=appointment, sex=sex, serial=serial)
