"""NIK (Nomor Induk Kependudukan): parse, validate, decode, and build for demo data.

A NIK is 16 digits (DOMAIN.md §4):

    PP KK CC DDMMYY SSSS
    │  │  │  │      └ serial 0001–9999
    │  │  │  └ birth date; women add 40 to the day (41–71)
    │  │  └ district (kecamatan) of first registration
    │  └ regency/city (kabupaten/kota)
    └ province (Kemendagri code, 11–96; 91–96 are the six Papua provinces)

Errors make a NIK unusable (wrong length, non-digits, unknown province, impossible date,
serial 0000, arrived as a number). An unknown regency or district is only a warning: the
codes are those of the *first* registration and may predate today's code list.

Assumption on the two-digit year: the century is chosen so the birth date is not in the
future relative to `today` (born today counts as not in the future). `"010125"` read in
2025-06 is 1 Jan 2025, read in 2024 it is 1 Jan 1925. The NIK alone cannot tell a
centenarian from a baby; when a full birth date is entered, `compare_with` only compares
day, month and the last two digits of the year, so the entered century wins silently.
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from jamsos_desktop.domain import regions
from jamsos_desktop.domain.problems import Problem

Sex = Literal["L", "P"]

NIK_LENGTH = 16
FIELD = "nik"

# What people type (or paste) between digit groups: "3273.0115.0390.0001",
# "3273-01-150390-0001", "3273 0115 0390 0001". Dash look-alikes come from word processors'
# autocorrect; the zero-width characters and BOM ride along when copying from web pages and
# are invisible, so rejecting them would leave the user staring at a correct-looking NIK.
NIK_SEPARATORS: frozenset[str] = frozenset(
    " \t\u00a0\u2007\u202f.-\u2010\u2011\u2012\u2013\u2014\u200b\u200c\u200d\u2060\ufeff"
)

_ASCII_DIGITS = frozenset("0123456789")

# Shapes in which a number (not text) shows up once Excel, LibreOffice or a CSV export has
# turned it into a float: "3,27301E+15", "3.27301e15", "3273011503900000.0",
# "3.273.011.503.900.000" (thousands format). A hand-typed NIK never looks like these.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\d+")
_DECIMAL_TAIL = re.compile(r"[+-]?\d{10,}[.,]0+")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}([.,])\d{3}(?:\1\d{3}){3,}(?:[.,]0+)?")

_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def _tanggal(d: date) -> str:
    """`7 Juni 2022`. Local on purpose: domain.dates is written in parallel and this module
    must not depend on its schedule."""
    return f"{d.day} {_BULAN[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class NikResult:
    raw: object  # exactly what was given, for error reports
    # The 16 digits without separators whenever the input has that shape (even when a rule
    # fails — check `valid`); None when it could not be read as 16 digits.
    nik: str | None
    valid: bool
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    birth_date: date | None = None  # None when the date part is impossible
    sex: Sex | None = None  # from the day: 01–31 laki-laki, 41–71 perempuan
    province_code: str | None = None  # "32"
    regency_code: str | None = None  # "32.73"
    district_code: str | None = None  # "32.73.01"
    serial: str | None = None  # "0001"

    @property
    def problems(self) -> list[Problem]:
        return [*self.errors, *self.warnings]

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "nik": self.nik,
            "errors": [p.message for p in self.errors],
            "warnings": [p.message for p in self.warnings],
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "province_code": self.province_code,
            "regency_code": self.regency_code,
            "district_code": self.district_code,
            "problems": [p.to_dict() for p in self.problems],
        }


def looks_like_excel_number(text: str) -> bool:
    """True for text that is a spreadsheet's rendering of a number rather than typed digits
    (scientific notation, a `.0` tail, thousands grouping)."""
    t = text.strip()
    return bool(_SCIENTIFIC.fullmatch(t) or _DECIMAL_TAIL.fullmatch(t)
                or _THOUSANDS.fullmatch(t))


def _shown(value: object, limit: int = 40) -> str:
    """A short, safe rendering of a value for a message (never raises)."""
    try:
        text = value if isinstance(value, str) else format(value)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - e.g. an int too long for str(); the message does without
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _as_excel_shows(value: float) -> str:
    """A float as Excel shows it in the formula bar: at most 15 significant digits, a whole
    number without ".0" and never in E notation (3273011503900004.0 → "3273011503900000"),
    so the message quotes what the clerk sees in the cell. Other numbers as Python prints
    them (an int is exact; Decimal and Fraction do not come from a spreadsheet)."""
    text = format(value, ".15g")
    if math.isfinite(value) and value.is_integer():
        return str(int(Decimal(text)))  # "3.27301150390000e+15" → "3273011503900000"
    return text


def _excel_message(label: str, digits: int, value: object) -> str:
    shown = _shown(_as_excel_shows(value) if type(value) is float else value)
    seen = f" (nilai terbaca: {shown})" if shown else ""
    return (
        f"{label} terbaca sebagai angka, bukan teks{seen}. Excel hanya menyimpan 15 digit "
        f"angka, sehingga digit terakhir {label} yang terdiri atas {digits} digit dapat hilang "
        f"atau berubah menjadi 0. Ubah format sel menjadi Teks (Text), lalu ketik ulang "
        f"{label} sesuai dokumen aslinya."
    )


def _bad_chars_message(label: str, bad: list[str]) -> str:
    unique = list(dict.fromkeys(bad))
    names = ", ".join(f"“{c}”" if c.isprintable() else f"U+{ord(c):04X}" for c in unique[:5])
    message = f"{label} hanya boleh berisi angka 0–9; terdapat karakter lain: {names}."
    if any(c in "OoIl" for c in unique):
        # The classic typo: letter O for zero, I or l for one.
        message += " Periksa huruf O, I, atau l yang mungkin tertukar dengan angka 0 atau 1."
    return message


def _type_message(label: str, digits: int) -> str:
    return f"{label} harus diisi sebagai teks berisi {digits} angka."


@dataclass(frozen=True, slots=True)
class _Cleaned:
    digits: str | None
    error: Problem | None


def _clean(value: object, *, label: str, prefix: str, length: int,
           separators: frozenset[str], field_name: str) -> _Cleaned:
    """Shared first stage for NIK and NIP: from any value to a string of ASCII digits of the
    right length, or the one error that stops further checking."""

    def fail(code: str, message: str) -> _Cleaned:
        return _Cleaned(None, Problem(f"{prefix}.{code}", message, "error", field_name))

    if value is None:
        return fail("empty", f"{label} wajib diisi.")
    if isinstance(value, bool):
        return fail("type", _type_message(label, length))
    if isinstance(value, numbers.Number):
        # Even a complete, correct int is refused: it proves the cell is numeric, and the next
        # row from the same column may already have lost its last digit.
        return fail("numeric", _excel_message(label, length, value))
    if not isinstance(value, str):
        return fail("type", _type_message(label, length))
    text = value.strip()
    if text.startswith("'"):
        # Excel's "force text" prefix, when the cell content is copied as typed.
        text = text[1:].strip()
    if looks_like_excel_number(text):
        return fail("numeric", _excel_message(label, length, value))
    digits = "".join(ch for ch in text if ch not in separators)
    if not digits:
        return fail("empty", f"{label} wajib diisi.")
    bad = [ch for ch in digits if ch not in _ASCII_DIGITS]
    if bad:
        return fail("chars", _bad_chars_message(label, bad))
    if len(digits) != length:
        return fail("length", f"{label} harus terdiri atas {length} digit angka, sedangkan "
                              f"yang diisi {len(digits)} digit.")
    return _Cleaned(digits, None)


def _birth_year(yy: int, month: int, day: int, today: date) -> int:
    """Century for a two-digit year: the latest one that does not put the birth in the future.
    Compared as tuples so an impossible day (31 Feb) does not raise before it is reported."""
    year = today.year - today.year % 100 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return year


def parse_nik(value: object, *, today: date | None = None) -> NikResult:
    """Validate and decode a NIK. Never raises, whatever `value` is.

    Accepts surrounding spaces and the separators in `NIK_SEPARATORS` typed between digits.
    A number (int, float, Decimal) or a spreadsheet rendering of one is an error
    (`nik.numeric`): see DOMAIN.md §4, the Excel 15-digit trap.
    """
    today = today or date.today()
    if type(value) is str and len(value) == NIK_LENGTH and value.isascii() and value.isdigit():
        # The common case, 16 plain digits: `_clean` would return them unchanged.
        return _decode(value, value, today)
    cleaned = _clean(value, label="NIK", prefix="nik", length=NIK_LENGTH,
                     separators=NIK_SEPARATORS, field_name=FIELD)
    if cleaned.digits is None:
        assert cleaned.error is not None
        return NikResult(raw=value, nik=None, valid=False, errors=[cleaned.error])
    return _decode(value, cleaned.digits, today)


def _decode(raw: object, digits: str, today: date) -> NikResult:
    # The region and date parts repeat across a roster and are decoded once each (memoised);
    # the problems keep their order: region, date, serial.
    region_errors, warnings = _region_part(digits[0:6])
    date_errors, birth_date, sex = _date_part(digits[6:12], today)
    errors = [*region_errors, *date_errors]
    serial = digits[12:16]
    if serial == "0000":
        errors.append(_SERIAL_ERROR)
    province = digits[0:2]
    regency = f"{province}.{digits[2:4]}"
    # The frozen dataclass's __init__ sets each field through object.__setattr__; filling
    # the instance dict at once builds the same object in a third of the time.
    result = _new_result(NikResult)
    result.__dict__.update(
        raw=raw, nik=digits, valid=not errors, errors=errors, warnings=list(warnings),
        birth_date=birth_date, sex=sex, province_code=province, regency_code=regency,
        district_code=f"{regency}.{digits[4:6]}", serial=serial,
    )
    return result


_new_result = object.__new__


_SERIAL_ERROR = Problem(
    "nik.serial", "Nomor urut pada NIK (empat digit terakhir) tidak boleh 0000. Jika NIK "
    "berasal dari Excel, digit terakhir mungkin hilang karena sel berformat angka; ketik ulang "
    "NIK sesuai KTP.", "error", FIELD)


@lru_cache(maxsize=8192)
def _region_part(region: str) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    """(errors, warnings) of the six region digits of a NIK."""
    province = region[0:2]
    regency = f"{province}.{region[2:4]}"
    district = f"{regency}.{region[4:6]}"
    if province not in regions.NIK_PROVINCE_CODES:
        return (Problem("nik.province", f"Kode provinsi pada NIK (dua digit pertama: "
                        f"{province}) tidak terdaftar dalam kode wilayah Kemendagri.",
                        "error", FIELD),), ()
    if regions.lookup(regency) is None:
        return (), (Problem(
            "nik.regency_unknown",
            f"Kode kabupaten/kota pada NIK ({regency}) tidak terdapat dalam daftar "
            f"wilayah Kemendagri 2025. Periksa kembali NIK; kode wilayah saat pendaftaran "
            f"pertama dapat berbeda dari kode yang berlaku sekarang.", "warning", FIELD),)
    if regions.lookup(district) is None:
        return (), (Problem(
            "nik.district_unknown",
            f"Kode kecamatan pada NIK ({district}) tidak terdapat dalam daftar wilayah "
            f"Kemendagri 2025. Periksa kembali NIK; kode wilayah saat pendaftaran pertama "
            f"dapat berbeda dari kode yang berlaku sekarang.", "warning", FIELD),)
    return (), ()


@lru_cache(maxsize=65536)
def _date_part(part: str, today: date) -> tuple[tuple[Problem, ...], date | None, Sex | None]:
    """(errors, birth date, sex) of the six date digits (DDMMYY) of a NIK."""
    errors: list[Problem] = []

    def error(message: str) -> None:
        errors.append(Problem("nik.date", message, "error", FIELD))

    raw_day, month, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
    sex: Sex | None = None
    day = 0
    if 1 <= raw_day <= 31:
        sex, day = "L", raw_day
    elif 41 <= raw_day <= 71:
        sex, day = "P", raw_day - 40
    else:
        error(f"Angka tanggal lahir pada NIK (digit ke-7 dan ke-8: {raw_day:02d}) tidak "
              f"sah; seharusnya 01–31 untuk laki-laki atau 41–71 untuk perempuan "
              f"(tanggal lahir ditambah 40).")
    if not 1 <= month <= 12:
        error(f"Bulan lahir pada NIK (digit ke-9 dan ke-10: {month:02d}) tidak sah; "
              f"seharusnya 01–12.")
    birth_date: date | None = None
    if day and 1 <= month <= 12:
        year = _birth_year(yy, month, day, today)
        try:
            birth_date = date(year, month, day)
        except ValueError:
            if month == 2 and day == 29:
                detail = f"tahun {year} bukan tahun kabisat"
            else:
                detail = f"bulan {_BULAN[month - 1]} tidak memiliki tanggal {day}"
            error(f"Tanggal lahir pada NIK tidak ada dalam kalender: {detail}.")
    return tuple(errors), birth_date, sex


# Only words that can mean one thing on an Indonesian roster: "laki2" (the reduplication
# written with a 2) and "lelaki" are common; slang (cowok/cewek), English (M/F, where M is
# not Indonesian) and bare codes (1/2, which some systems number the other way) are not.
_SEX_WORDS: dict[str, Sex] = {
    "L": "L", "LK": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L",
    "LAKI2": "L", "LAKI-2": "L", "LELAKI": "L",
    "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "W": "P",
}
# Second look, for a word not found as typed: any dash as "-", no spaces around it, and a
# full stop at the end dropped ("Laki - laki", "Laki–laki", "Lk.", "Pr.").
_SEX_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SEX_NAMES: dict[Sex, str] = {"L": "laki-laki", "P": "perempuan"}


def normalize_sex(value: object) -> Sex | None:
    """`"L"`, `"Laki-laki"`, `"laki2"`, `"pria"` → `"L"`; `"P"`, `"Perempuan"`, `"wanita"`
    → `"P"`; also with a full stop (`"Lk."`) or spaces around the dash (`"Laki - laki"`);
    anything else → None."""
    if not isinstance(value, str):
        return None
    return _sex_of(value)


@lru_cache(maxsize=1024)
def _sex_of(text: str) -> Sex | None:
    key = " ".join(text.strip().upper().split())
    found = _SEX_WORDS.get(key)
    if found is None and key:
        key = _SEX_DASHES.sub("-", key)
        found = _SEX_WORDS.get(key[:-1] if key.endswith(".") else key)
    return found


def compare_with(result: NikResult, birth_date: date | None = None,
                 sex: object = None) -> list[Problem]:
    """Warnings when the birth date or sex entered for a worker disagree with the NIK.

    Only what the NIK encodes is compared: day, month and the last two digits of the year
    (the century is the caller's, see the module note). Nothing is said when the NIK could
    not be decoded (its own errors already say why) or a value was not entered.
    """
    found: list[Problem] = []
    if birth_date is not None and result.birth_date is not None:
        nik_date = result.birth_date
        entered = (birth_date.day, birth_date.month, birth_date.year % 100)
        if entered != (nik_date.day, nik_date.month, nik_date.year % 100):
            found.append(Problem(
                "nik.birthdate_mismatch",
                f"Tanggal lahir yang diisi ({_tanggal(birth_date)}) tidak sesuai dengan "
                f"tanggal lahir pada NIK ({_tanggal(nik_date)}). Periksa kembali NIK atau "
                f"tanggal lahir.",
                "warning", "birth_date"))
    entered_sex = normalize_sex(sex)
    if entered_sex is not None and result.sex is not None and entered_sex != result.sex:
        found.append(Problem(
            "nik.sex_mismatch",
            f"Jenis kelamin yang diisi ({_SEX_NAMES[entered_sex]}) tidak sesuai dengan NIK, "
            f"yang menunjukkan {_SEX_NAMES[result.sex]} (pada NIK perempuan, tanggal lahir "
            f"ditambah 40). Periksa kembali NIK atau jenis kelamin.",
            "warning", "sex"))
    return found


def make_nik(district_code: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK from its parts (demo data, tests). `district_code` as `"32.73.01"` or
    `"327301"`; `sex` `"L"` or `"P"`; `serial` 1–9999. Raises ValueError on bad parts.

    The district is not required to exist in the code list, only to have the right shape.
    """
    code = regions.normalize_code(district_code)
    if code is None or code.count(".") != 2:
        raise ValueError(f"Kode kecamatan tidak sah: {district_code!r}")
    if sex not in ("L", "P"):
        raise ValueError(f"Jenis kelamin harus 'L' atau 'P': {sex!r}")
    if isinstance(serial, bool) or not isinstance(serial, int) or not 1 <= serial <= 9999:
        raise ValueError(f"Nomor urut harus 1–9999: {serial!r}")
    day = birth_date.day + (40 if sex == "P" else 0)
    return (f"{code.replace('.', '')}{day:02d}{birth_date.month:02d}"
            f"{birth_date.year % 100:02d}{serial:04d}")
