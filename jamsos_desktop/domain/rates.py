"""Rate tables (tarif iuran) and budget account codes (kode rekening), loaded from TOML data.

Rates, caps and dates are data, not code (DOMAIN.md: everything M or L must be editable), so an
office can load a corrected `tarif_iuran.toml` without a new release. A malformed file is
refused with a `RateTableError` whose Indonesian message names the line ("baris N: …").

Rates are held as `Decimal` fractions (0.24 % → Decimal("0.0024")); amounts as `int` rupiah.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jamsos_desktop.domain.enums import ParticipantType, Program, RiskClass
from jamsos_desktop.errors import DomainError

__all__ = [
    "AccountCode",
    "PensionAgeEntry",
    "RateEntry",
    "RateTable",
    "RateTableError",
    "default_account_codes",
    "default_rate_table",
    "format_date_id",
    "format_percent",
    "format_rp",
    "load_account_codes",
    "load_rate_table",
    "month_label",
    "parse_account_codes",
    "parse_rate_table",
]

Confidence = Literal["H", "M", "L"]
CONFIDENCES: tuple[str, ...] = ("H", "M", "L")

RATE_FILE = ("rates", "tarif_iuran.toml")
ACCOUNT_FILE = ("rates", "kode_rekening.toml")

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")

_ZERO = Decimal(0)


# --- small Indonesian formatters (kept local so the engine does not depend on money.py) -----

def format_rp(amount: int) -> str:
    """12000000 → "Rp12.000.000" (DOMAIN.md §5)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


def format_percent(rate: Decimal) -> str:
    """Decimal("0.0024") → "0,24 %"."""
    text = format((rate * 100).normalize(), "f")
    return text.replace(".", ",") + " %"


def format_date_id(d: date) -> str:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def month_label(year: int, month: int) -> str:
    return f"{MONTHS_ID[month - 1]} {year}"


# --- errors ----------------------------------------------------------------------------------

class RateTableError(DomainError):
    """A rate or account-code file that cannot be used; `errors` holds (line, reason) pairs."""

    def __init__(self, message: str, *, errors: Iterable[tuple[int | None, str]] = (),
                 code: str = "rates.invalid") -> None:
        super().__init__(message, code=code)
        self.errors: tuple[tuple[int | None, str], ...] = tuple(errors)

    @property
    def line(self) -> int | None:
        return self.errors[0][0] if self.errors else None


class _Invalid(Exception):
    """Internal: one semantic problem, located at `line` (None when it cannot be located)."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _raise_collected(kind: str, source_name: str, problems: list[_Invalid]) -> None:
    problems = sorted(problems, key=lambda p: (p.line is None, p.line or 0))
    parts = [f"baris {p.line}: {p.reason}" if p.line else p.reason for p in problems[:10]]
    more = f" (dan {len(problems) - 10} kesalahan lain)" if len(problems) > 10 else ""
    raise RateTableError(f"{kind} '{source_name}' tidak sah — " + "; ".join(parts) + more + ".",
                         errors=[(p.line, p.reason) for p in problems])


# tomllib speaks English; people editing the file read Indonesian.
_TOML_REASONS = (
    ("Expected '=' after a key", "tanda '=' diharapkan setelah nama kunci"),
    ("Invalid value",
     "nilai tidak sah (teks harus diapit tanda kutip, tanggal ditulis YYYY-MM-DD)"),
    ("Cannot declare", "tabel yang sama dideklarasikan dua kali"),
    ("Cannot overwrite a value", "kunci yang sama ditulis dua kali"),
    ("Cannot mutate immutable namespace", "kunci yang sama ditulis dua kali"),
    ("Unterminated string", "teks tidak ditutup tanda kutip"),
    ("Illegal character", "karakter tidak sah"),
    ("Unclosed array", "daftar [ ] tidak ditutup"),
    ("Unclosed inline table", "tabel { } tidak ditutup"),
    ("Expected newline or end of document", "setelah satu pernyataan harus pindah baris"),
    ("Invalid date or datetime", "tanggal tidak sah"),
    ("Invalid statement", "pernyataan tidak sah"),
    ("Expected ']]' at the end of an array declaration", "tanda ']]' penutup nama tabel tidak ada"),
    ("Expected ']' at the end of a table declaration", "tanda ']' penutup nama tabel tidak ada"),
    ("Invalid initial character for a key part", "nama kunci diawali karakter tidak sah"),
    ("Invalid key", "nama kunci tidak sah"),
)
_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _translate_toml_error(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    message = str(exc)
    reason = next((ind for en, ind in _TOML_REASONS if message.startswith(en)),
                  f"sintaks TOML tidak sah ({_AT_LINE.sub('', message).strip()})")
    found = _AT_LINE.search(message)
    if found:
        return int(found.group(1)), f"kolom {found.group(2)}: {reason}"
    return max(1, text.count("\n") + 1), f"akhir berkas: {reason}"  # "(at end of document)"


def _loads(text: str, kind: str, source_name: str) -> dict[str, Any]:
    text = text.removeprefix("\ufeff")  # Notepad on Windows saves UTF-8 with a BOM
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = _translate_toml_error(exc, text)
        raise RateTableError(f"{kind} '{source_name}' tidak sah — baris {line}: {reason}.",
                             errors=[(line, reason)], code="rates.syntax") from None


def _read(path: Path, kind: str) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise RateTableError(f"Berkas {kind.lower()} tidak ditemukan: {path}.",
                             code="rates.missing") from None
    except UnicodeDecodeError:
        raise RateTableError(f"Berkas {kind.lower()} {path} bukan teks UTF-8; simpan ulang "
                             "sebagai UTF-8.", code="rates.encoding") from None
    except OSError as exc:
        raise RateTableError(f"Berkas {kind.lower()} {path} tidak dapat dibaca: {exc.strerror}.",
                             code="rates.unreadable") from None


class _Locator:
    """Finds the source line of the n-th `[[name]]` entry (or `[name.key]` table) and of a key
    inside it; tomllib does not report positions of values, so the text is scanned."""

    _ANY_HEADER = re.compile(r"^\s*\[")

    def __init__(self, text: str) -> None:
        self.lines = text.removeprefix("\ufeff").splitlines()

    def _find(self, pattern: re.Pattern[str]) -> list[int]:
        return [i for i, line in enumerate(self.lines) if pattern.match(line)]

    def array_headers(self, name: str, expected: int) -> list[int] | None:
        found = self._find(re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]"))
        return found if len(found) == expected else None  # inline arrays: cannot locate

    def table_header(self, dotted: str) -> int | None:
        head, _, tail = dotted.partition(".")
        pat = rf"^\s*\[\s*{re.escape(head)}\s*\.\s*[\"']?{re.escape(tail)}[\"']?\s*\]"
        found = self._find(re.compile(pat))
        return found[0] if found else None

    def key_line(self, header_index: int | None, key: str) -> int | None:
        """1-based line of `key = …` in the block starting at `header_index` (0-based)."""
        if header_index is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(header_index + 1, len(self.lines)):
            if self._ANY_HEADER.match(self.lines[i]):
                break
            if pattern.match(self.lines[i]):
                return i + 1
        return header_index + 1

    def top_key_line(self, key: str) -> int | None:
        pattern = re.compile(rf"^\s*(\[+\s*)?{re.escape(key)}\b")
        found = self._find(pattern)
        return found[0] + 1 if found else None


# --- data ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RateEntry:
    """One `[[tarif]]` row. Rates are fractions; an entry is either rate-based or flat."""

    program: Program
    participant_type: ParticipantType
    risk_class: RiskClass | None  # only JKK PU
    effective_from: date
    effective_to: date | None  # inclusive; None: until the next entry for the same key
    source: str  # regulation
    confidence: Confidence
    employer_rate: Decimal = _ZERO  # paid by the employer (for BPU: the funder, e.g. the pemda)
    worker_rate: Decimal = _ZERO  # deducted from the wage
    government_rate: Decimal = _ZERO  # paid by the central government (JKP), not the APBD
    employer_flat: int | None = None  # flat rupiah per month instead of a rate
    worker_flat: int | None = None
    wage_cap: int | None = None  # batas atas upah (JP, JKP)
    income_floor: int | None = None  # declared BPU income is clamped to [floor, ceiling]
    income_ceiling: int | None = None
    note: str = ""
    line: int | None = None  # where it was defined, for messages

    @property
    def is_flat(self) -> bool:
        return self.employer_flat is not None or self.worker_flat is not None

    @property
    def key(self) -> tuple[Program, ParticipantType, RiskClass | None]:
        return (self.program, self.participant_type, self.risk_class)

    def subject(self) -> str:
        """"JKK PU kelas sangat rendah" — what the entry is about."""
        text = f"{self.program.value.upper()} {self.participant_type.value}"
        if self.risk_class is not None:
            text += f" kelas risiko {self.risk_class.value.replace('-', ' ')}"
        return text

    def amount_text(self) -> str:
        payer = "penyandang dana" if self.participant_type is ParticipantType.BPU \
            else "pemberi kerja"
        parts: list[str] = []
        if self.is_flat:
            if self.employer_flat:
                parts.append(f"{format_rp(self.employer_flat)} {payer}")
            if self.worker_flat:
                parts.append(f"{format_rp(self.worker_flat)} pekerja")
            return " + ".join(parts) + " per bulan" if parts else "Rp0"
        if self.employer_rate:
            parts.append(f"{format_percent(self.employer_rate)} {payer}")
        if self.worker_rate:
            parts.append(f"{format_percent(self.worker_rate)} pekerja")
        if self.government_rate:
            parts.append(f"{format_percent(self.government_rate)} Pemerintah Pusat")
        text = " + ".join(parts) if parts else "0 %"
        if self.wage_cap is not None:
            text += f", upah paling tinggi {format_rp(self.wage_cap)}"
        if self.income_floor is not None or self.income_ceiling is not None:
            low = format_rp(self.income_floor) if self.income_floor is not None else "-"
            high = format_rp(self.income_ceiling) if self.income_ceiling is not None else "-"
            text += f", penghasilan {low} s.d. {high}"
        return text

    def describe(self) -> str:
        """One Indonesian line for the GUI and the "asumsi" section of budget documents."""
        period = f"berlaku mulai {format_date_id(self.effective_from)}"
        if self.effective_to is not None:
            period += f" s.d. {format_date_id(self.effective_to)}"
        return (f"{self.subject()}: {self.amount_text()}; {period}; {self.source} "
                f"(keyakinan {self.confidence})")

    def to_dict(self) -> dict[str, Any]:
        return {
            "program": self.program.value,
            "participant_type": self.participant_type.value,
            "risk_class": self.risk_class.value if self.risk_class else None,
            "employer_rate": str(self.employer_rate),
            "worker_rate": str(self.worker_rate),
            "government_rate": str(self.government_rate),
            "employer_flat": self.employer_flat,
            "worker_flat": self.worker_flat,
            "wage_cap": self.wage_cap,
            "income_floor": self.income_floor,
            "income_ceiling": self.income_ceiling,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "source": self.source,
            "confidence": self.confidence,
            "note": self.note,
            "description": self.describe(),
        }


@dataclass(frozen=True, slots=True)
class PensionAgeEntry:
    age: int
    effective_from: date
    effective_to: date | None
    source: str
    confidence: Confidence
    note: str = ""
    line: int | None = None

    def describe(self) -> str:
        return (f"Usia pensiun JP {self.age} tahun, berlaku mulai "
                f"{format_date_id(self.effective_from)}; {self.source} "
                f"(keyakinan {self.confidence})")

    def to_dict(self) -> dict[str, Any]:
        return {"age": self.age, "effective_from": self.effective_from.isoformat(),
                "effective_to": self.effective_to.isoformat() if self.effective_to else None,
                "source": self.source, "confidence": self.confidence, "note": self.note,
                "description": self.describe()}


def _in_force(sorted_entries: tuple[Any, ...], on: date) -> Any | None:
    """The last entry starting on or before `on`, unless its explicit end has passed."""
    found = None
    for entry in sorted_entries:
        if entry.effective_from <= on:
            found = entry
        else:
            break
    if found is None or (found.effective_to is not None and on > found.effective_to):
        return None
    return found


def _ends(sorted_entries: tuple[Any, ...]) -> dict[int, date | None]:
    """Effective last day of each entry (by position): explicit end or the day before the next."""
    out: dict[int, date | None] = {}
    for i, entry in enumerate(sorted_entries):
        nxt = sorted_entries[i + 1].effective_from - timedelta(days=1) \
            if i + 1 < len(sorted_entries) else None
        ends = [d for d in (entry.effective_to, nxt) if d is not None]
        out[i] = min(ends) if ends else None
    return out


@dataclass(frozen=True)
class RateTable:
    """An immutable, validated rate table. Build it with `parse_rate_table`/`load_rate_table`."""

    name: str
    version: str
    notes: str
    source_name: str
    entries: tuple[RateEntry, ...]
    pension_ages: tuple[PensionAgeEntry, ...] = ()
    _index: dict[tuple[Program, ParticipantType, RiskClass | None], tuple[RateEntry, ...]] = \
        field(default_factory=dict, init=False, repr=False, compare=False, hash=False)
    _ages: tuple[PensionAgeEntry, ...] = field(default=(), init=False, repr=False,
                                                compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[tuple[Program, ParticipantType, RiskClass | None], list[RateEntry]] = {}
        for entry in self.entries:
            index.setdefault(entry.key, []).append(entry)
        object.__setattr__(self, "_index", {
            k: tuple(sorted(v, key=lambda e: e.effective_from)) for k, v in index.items()})
        object.__setattr__(self, "_ages",
                           tuple(sorted(self.pension_ages, key=lambda e: e.effective_from)))

    # -- lookups --

    def rate_for(self, program: Program | str, participant_type: ParticipantType | str,
                 risk_class: RiskClass | str | None, on: date) -> RateEntry:
        """The entry in force on `on` (callers pass the 1st of the contribution month).

        `risk_class` matters only where the table distinguishes it (JKK PU) and is ignored
        elsewhere. Raises `DomainError` when nothing is in force.
        """
        program = _coerce(Program, program, "program")
        ptype = _coerce(ParticipantType, participant_type, "jenis peserta")
        risk = _coerce(RiskClass, risk_class, "kelas risiko") if risk_class is not None else None
        if program is Program.JP and ptype is ParticipantType.BPU:
            raise DomainError("JP tidak tersedia untuk peserta BPU.", code="jp.bpu")
        candidates = self._index.get((program, ptype, None))
        if candidates is None:
            if risk is None and any(k[0] is program and k[1] is ptype for k in self._index):
                raise DomainError(f"Kelas risiko wajib diisi untuk {program.value.upper()} "
                                  f"peserta {ptype.value}.", code="risk.missing")
            candidates = self._index.get((program, ptype, risk), ())
        entry = _in_force(candidates, on)
        if entry is None:
            what = f"{program.value.upper()} peserta {ptype.value}"
            if risk is not None and (program, ptype, risk) in self._index:
                what += f" kelas risiko {risk.value.replace('-', ' ')}"
            if not candidates:
                raise DomainError(f"Tabel tarif tidak memuat tarif {what}.",
                                  code="rates.not_available")
            raise DomainError(f"Tidak ada tarif {what} yang berlaku pada {format_date_id(on)}.",
                              code="rates.not_in_force")
        return entry

    def jp_cap(self, on: date) -> int:
        """Batas atas upah JP in force on `on`."""
        entry = self.rate_for(Program.JP, ParticipantType.PU, None, on)
        if entry.wage_cap is None:
            raise DomainError(f"Tabel tarif tidak memuat batas atas upah JP yang berlaku pada "
                              f"{format_date_id(on)}.", code="rates.jp_cap_missing")
        return entry.wage_cap

    def pension_age_entry(self, on: date) -> PensionAgeEntry:
        entry = _in_force(self._ages, on)
        if entry is None:
            raise DomainError(f"Tabel tarif tidak memuat usia pensiun JP yang berlaku pada "
                              f"{format_date_id(on)}.", code="rates.pension_age_missing")
        return entry

    def pension_age(self, on: date) -> int:
        return self.pension_age_entry(on).age

    # -- listings, for the GUI and the assumptions printed in budget documents --

    def all_entries(self) -> tuple[RateEntry, ...]:
        """Every entry, grouped by program/type/risk class and sorted by date."""
        order = {p: i for i, p in enumerate(Program)}
        keys = sorted(self._index, key=lambda k: (order[k[0]], k[1].value,
                                                  list(RiskClass).index(k[2]) if k[2] else -1))
        return tuple(e for k in keys for e in self._index[k])

    def entries_in_force(self, start: date, end: date | None = None,
                         programs: Iterable[Program] | None = None) -> tuple[RateEntry, ...]:
        """Entries in force on any day of [start, end] (end defaults to start)."""
        end = start if end is None else end
        wanted = set(programs) if programs is not None else None
        out: list[RateEntry] = []
        for entry in self.all_entries():
            if wanted is not None and entry.program not in wanted:
                continue
            last = self.effective_until(entry)
            if entry.effective_from <= end and (last is None or last >= start):
                out.append(entry)
        return tuple(out)

    def effective_until(self, entry: RateEntry) -> date | None:
        """Last day `entry` is in force (explicit end, or the day before its successor)."""
        group = self._index[entry.key]
        return _ends(group)[group.index(entry)]

    def pension_age_in_force(self, start: date, end: date) -> tuple[PensionAgeEntry, ...]:
        ends = _ends(self._ages)
        return tuple(e for i, e in enumerate(self._ages)
                     if e.effective_from <= end and (ends[i] is None or ends[i] >= start))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "notes": self.notes,
                "source_name": self.source_name,
                "entries": [e.to_dict() for e in self.all_entries()],
                "pension_ages": [e.to_dict() for e in self._ages]}


def _coerce(enum: Any, value: Any, label: str) -> Any:
    if isinstance(value, enum):
        return value
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise DomainError(f"Nilai {label} '{value}' tidak dikenal. Pilihan: {choices}.",
                          code=f"{label.replace(' ', '_')}.unknown") from None


# --- parsing the rate table ------------------------------------------------------------------

_TARIF_KEYS = {
    "program", "peserta", "kelas_risiko", "tarif_pemberi_kerja", "tarif_pekerja",
    "tarif_pemerintah", "nominal_pemberi_kerja", "nominal_pekerja", "batas_atas_upah",
    "penghasilan_minimum", "penghasilan_maksimum", "berlaku_mulai", "berlaku_sampai",
    "dasar_hukum", "keyakinan", "catatan",
}
_AGE_KEYS = {"usia", "berlaku_mulai", "berlaku_sampai", "dasar_hukum", "keyakinan", "catatan"}
_PERCENT = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$")


class _Entry:
    """Field access on one raw entry, raising `_Invalid` located at the key's line."""

    def __init__(self, raw: Any, loc: _Locator, header: int | None, label: str) -> None:
        self.loc, self.header, self.label = loc, header, label
        self.line = header + 1 if header is not None else None
        if not isinstance(raw, dict):
            raise _Invalid(self.line, f"{label} harus berupa tabel TOML")
        self.raw: dict[str, Any] = raw

    def fail(self, key: str | None, reason: str) -> _Invalid:
        line = self.loc.key_line(self.header, key) if key else self.line
        where = "" if self.header is not None else f"{self.label}: "
        return _Invalid(line, where + reason)

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.raw:
            if key not in allowed:
                raise self.fail(key, f"kunci '{key}' tidak dikenal (pilihan: "
                                     f"{', '.join(sorted(allowed))})")

    def text(self, key: str, *, required: bool = True) -> str | None:
        value = self.raw.get(key)
        if value is None:
            if required:
                raise self.fail(None, f"'{key}' wajib diisi")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"'{key}' harus berupa teks yang tidak kosong")
        return value.strip()

    def choice(self, key: str, enum: Any, *, required: bool = True) -> Any:
        value = self.text(key, required=required)
        if value is None:
            return None
        try:
            return enum(value.lower() if enum is not ParticipantType else value.upper())
        except ValueError:
            choices = ", ".join(m.value for m in enum)
            raise self.fail(key, f"{key} '{value}' tidak dikenal (pilihan: {choices})") from None

    def confidence(self) -> Confidence:
        value = self.text("keyakinan")
        assert value is not None
        if value.upper() not in CONFIDENCES:
            raise self.fail("keyakinan", f"keyakinan '{value}' tidak sah (pilihan: H, M, L)")
        return value.upper()  # type: ignore[return-value]

    def percent(self, key: str) -> Decimal | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"{key} harus ditulis sebagai teks persen, mis. \"0.24%\"")
        match = _PERCENT.match(value)
        if match is None:
            if value.strip().startswith("-"):
                raise self.fail(key, f"{key} '{value}' tidak boleh negatif")
            raise self.fail(key, f"{key} '{value}' bukan persentase yang sah (tulis mis. "
                                 "\"0.24%\", dengan titik desimal dan tanda %)")
        try:
            rate = Decimal(match.group(1)).scaleb(-2)
        except InvalidOperation:  # pragma: no cover - the regex admits only digits
            raise self.fail(key, f"{key} '{value}' bukan angka") from None
        if rate > 1:
            raise self.fail(key, f"{key} '{value}' lebih dari 100%")
        return rate

    def rupiah(self, key: str, *, positive: bool = False) -> int | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"{key} harus bilangan bulat rupiah tanpa tanda kutip, "
                                 "mis. 5_000_000")
        if value < 0 or (positive and value == 0):
            raise self.fail(key, f"{key} {value} tidak boleh "
                                 f"{'nol atau ' if positive else ''}negatif")
        return value

    def day(self, key: str, *, required: bool = True) -> date | None:
        value = self.raw.get(key)
        if value is None:
            if required:
                raise self.fail(None, f"tanggal '{key}' wajib diisi")
            return None
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail(key, f"{key} '{value}' bukan tanggal YYYY-MM-DD") from None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail(key, f"{key} harus tanggal YYYY-MM-DD tanpa jam")
        return value

    def dates(self) -> tuple[date, date | None]:
        start = self.day("berlaku_mulai")
        end = self.day("berlaku_sampai", required=False)
        assert start is not None
        if end is not None and end < start:
            raise self.fail("berlaku_sampai", "berlaku_sampai lebih awal dari berlaku_mulai")
        return start, end


def _parse_tarif(entry: _Entry) -> RateEntry:
    entry.check_keys(_TARIF_KEYS)
    program: Program = entry.choice("program", Program)
    ptype: ParticipantType = entry.choice("peserta", ParticipantType)
    risk: RiskClass | None = entry.choice("kelas_risiko", RiskClass, required=False)
    if program is Program.JP and ptype is ParticipantType.BPU:
        raise entry.fail("peserta", "JP tidak tersedia untuk peserta BPU")
    if program is Program.JKK and ptype is ParticipantType.PU:
        if risk is None:
            raise entry.fail(None, "kelas_risiko wajib diisi untuk JKK peserta PU")
    elif risk is not None:
        raise entry.fail("kelas_risiko", "kelas_risiko hanya dipakai untuk JKK peserta PU")
    rates = {k: entry.percent(k) for k in ("tarif_pemberi_kerja", "tarif_pekerja",
                                          "tarif_pemerintah")}
    flats = {k: entry.rupiah(k) for k in ("nominal_pemberi_kerja", "nominal_pekerja")}
    has_rate = any(v is not None for v in rates.values())
    has_flat = any(v is not None for v in flats.values())
    if has_rate and has_flat:
        raise entry.fail(None, "entri memakai tarif persen dan nominal tetap sekaligus; "
                               "pilih salah satu")
    if not (has_rate or has_flat):
        raise entry.fail(None, "tarif (tarif_pemberi_kerja/tarif_pekerja/tarif_pemerintah) "
                               "atau nominal tetap wajib diisi")
    cap = entry.rupiah("batas_atas_upah", positive=True)
    floor = entry.rupiah("penghasilan_minimum")
    ceiling = entry.rupiah("penghasilan_maksimum", positive=True)
    if floor is not None and ceiling is not None and floor > ceiling:
        raise entry.fail("penghasilan_minimum",
                         "penghasilan_minimum lebih besar dari penghasilan_maksimum")
    start, end = entry.dates()
    return RateEntry(
        program=program, participant_type=ptype, risk_class=risk,
        effective_from=start, effective_to=end,
        source=entry.text("dasar_hukum") or "", confidence=entry.confidence(),
        employer_rate=rates["tarif_pemberi_kerja"] or _ZERO,
        worker_rate=rates["tarif_pekerja"] or _ZERO,
        government_rate=rates["tarif_pemerintah"] or _ZERO,
        employer_flat=flats["nominal_pemberi_kerja"] if has_flat else None,
        worker_flat=flats["nominal_pekerja"] if has_flat else None,
        wage_cap=cap, income_floor=floor, income_ceiling=ceiling,
        note=entry.text("catatan", required=False) or "", line=entry.line,
    )


def _parse_age(entry: _Entry) -> PensionAgeEntry:
    entry.check_keys(_AGE_KEYS)
    age = entry.raw.get("usia")
    if age is None:
        raise entry.fail(None, "'usia' wajib diisi")
    if isinstance(age, bool) or not isinstance(age, int) or not 40 <= age <= 80:
        raise entry.fail("usia", f"usia '{age}' harus bilangan bulat 40–80")
    start, end = entry.dates()
    return PensionAgeEntry(age=age, effective_from=start, effective_to=end,
                           source=entry.text("dasar_hukum") or "",
                           confidence=entry.confidence(),
                           note=entry.text("catatan", required=False) or "", line=entry.line)


def _check_overlaps(items: list[Any], describe: Any) -> list[_Invalid]:
    """Entries for the same key may not share a start date or overlap via an explicit end.
    Reported at the entry appearing later in the file, where the editor most likely erred."""
    problems: list[_Invalid] = []
    groups: dict[Any, list[tuple[int, Any]]] = {}
    for pos, item in enumerate(items):
        groups.setdefault(getattr(item, "key", None), []).append((pos, item))
    for members in groups.values():
        ordered = sorted(members, key=lambda m: (m[1].effective_from, m[0]))
        for (pa, a), (pb, b) in itertools.pairwise(ordered):
            if a.effective_from == b.effective_from or (
                    a.effective_to is not None and a.effective_to >= b.effective_from):
                later, other = (b, a) if pb > pa else (a, b)
                where = f" (baris {other.line})" if other.line else ""
                problems.append(_Invalid(
                    later.line, f"{describe(later)} tumpang tindih dengan entri lain yang "
                                f"mulai {format_date_id(other.effective_from)}{where}"))
    return problems


def _table_header(data: dict[str, Any], loc: _Locator, problems: list[_Invalid],
                  kind: str) -> tuple[str, str, str]:
    header = data.get("tabel")
    line = loc.top_key_line("tabel")
    if not isinstance(header, dict):
        problems.append(_Invalid(line or 1, "bagian [tabel] dengan 'nama' dan 'versi' wajib ada"))
        return "", "", ""
    out: list[str] = []
    for key in ("nama", "versi", "catatan"):
        value = header.get(key)
        if value is None and key != "catatan":
            problems.append(_Invalid(line, f"[tabel] '{key}' wajib diisi"))
        elif value is not None and not isinstance(value, str):
            problems.append(_Invalid(line, f"[tabel] '{key}' harus berupa teks"))
        out.append(str(value).strip() if isinstance(value, str) else "")
    for key in header:
        if key not in ("nama", "versi", "catatan"):
            problems.append(_Invalid(line, f"[tabel] kunci '{key}' tidak dikenal ({kind})"))
    return out[0], out[1], out[2]


def parse_rate_table(text: str, source_name: str = "tarif_iuran.toml") -> RateTable:
    """Parse and validate a rate table; raises `RateTableError` ("baris N: …") when malformed."""
    kind = "Tabel tarif"
    data = _loads(text, kind, source_name)
    loc = _Locator(text)
    problems: list[_Invalid] = []
    name, version, notes = _table_header(data, loc, problems, kind)
    for key in data:
        if key not in ("tabel", "tarif", "usia_pensiun_jp"):
            problems.append(_Invalid(loc.top_key_line(key), f"bagian '{key}' tidak dikenal "
                                     "(pilihan: tabel, tarif, usia_pensiun_jp)"))

    def parse_array(name: str, parser: Any, label: str) -> list[Any]:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            problems.append(_Invalid(loc.top_key_line(name),
                                     f"'{name}' harus ditulis sebagai [[{name}]]"))
            return []
        headers = loc.array_headers(name, len(raw))
        out = []
        for i, item in enumerate(raw):
            try:
                entry = _Entry(item, loc, headers[i] if headers else None, f"{label} ke-{i + 1}")
                out.append(parser(entry))
            except _Invalid as exc:
                problems.append(exc)
        return out

    entries = parse_array("tarif", _parse_tarif, "entri [[tarif]]")
    ages = parse_array("usia_pensiun_jp", _parse_age, "entri [[usia_pensiun_jp]]")
    if "tarif" not in data:
        problems.append(_Invalid(None, "tabel tidak memuat satu pun entri [[tarif]]"))
    problems += _check_overlaps(entries, lambda e: f"entri {e.subject()}")
    problems += _check_overlaps(ages, lambda e: "entri usia pensiun JP")
    if problems:
        _raise_collected(kind, source_name, problems)
    return RateTable(name=name, version=version, notes=notes, source_name=source_name,
                     entries=tuple(entries), pension_ages=tuple(ages))


def load_rate_table(path: Path | str | None = None) -> RateTable:
    """Load a rate table file; `None` loads the one bundled with the program."""
    from jamsos_desktop.paths import resource

    file = Path(path) if path is not None else resource(*RATE_FILE)
    return parse_rate_table(_read(file, "Tabel tarif"), str(file.name if path is None else file))


@cache
def default_rate_table() -> RateTable:
    """The bundled table, parsed once per process (it is immutable)."""
    return load_rate_table()


# --- account codes (kode rekening) -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AccountCode:
    code: str  # "5.1.02.02.02.0006"
    name: str  # "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN"
    source: str = ""
    confidence: Confidence = "M"
    needs_verification: bool = False  # a guess the office must check before using it

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "source": self.source,
                "confidence": self.confidence, "needs_verification": self.needs_verification}


_ACCOUNT_KEYS = {"kode", "nama", "sumber", "keyakinan", "perlu_verifikasi"}
_ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)*$")


def parse_account_codes(text: str, source_name: str = "kode_rekening.toml"
                        ) -> dict[Program, AccountCode]:
    """program → AccountCode from `[rekening.<program>]` tables; same error discipline as
    `parse_rate_table`. Programs may be left out (the budget then warns)."""
    kind = "Tabel kode rekening"
    data = _loads(text, kind, source_name)
    loc = _Locator(text)
    problems: list[_Invalid] = []
    _table_header(data, loc, problems, kind)
    for key in data:
        if key not in ("tabel", "rekening"):
            problems.append(_Invalid(loc.top_key_line(key),
                                     f"bagian '{key}' tidak dikenal (pilihan: tabel, rekening)"))
    raw = data.get("rekening")
    out: dict[Program, AccountCode] = {}
    if not isinstance(raw, dict):
        problems.append(_Invalid(loc.top_key_line("rekening"),
                                 "bagian [rekening.<program>] wajib ada"))
        raw = {}
    for program_text, item in raw.items():
        header = loc.table_header(f"rekening.{program_text}")
        try:
            entry = _Entry(item, loc, header, f"[rekening.{program_text}]")
            try:
                program = Program(program_text.lower())
            except ValueError:
                raise entry.fail(None, f"program '{program_text}' tidak dikenal (pilihan: "
                                       f"{', '.join(p.value for p in Program)})") from None
            entry.check_keys(_ACCOUNT_KEYS)
            code = entry.text("kode")
            assert code is not None
            if not _ACCOUNT_CODE.match(code):
                raise entry.fail("kode", f"kode rekening '{code}' harus berupa angka dipisah "
                                         "titik, mis. 5.1.02.02.02.0006")
            verify = entry.raw.get("perlu_verifikasi", False)
            if not isinstance(verify, bool):
                raise entry.fail("perlu_verifikasi", "perlu_verifikasi harus true atau false")
            confidence = entry.confidence() if "keyakinan" in entry.raw else "M"
            out[program] = AccountCode(code=code, name=entry.text("nama") or "",
                                       source=entry.text("sumber", required=False) or "",
                                       confidence=confidence, needs_verification=verify)
        except _Invalid as exc:
            problems.append(exc)
    if problems:
        _raise_collected(kind, source_name, problems)
    return out


def load_account_codes(path: Path | str | None = None) -> dict[Program, AccountCode]:
    from jamsos_desktop.paths import resource

    file = Path(path) if path is not None else resource(*ACCOUNT_FILE)
    return parse_account_codes(_read(file, "Tabel kode rekening"),
                               str(file.name if path is None else file))


@cache
def _default_account_codes() -> tuple[tuple[Program, AccountCode], ...]:
    return tuple(load_account_codes().items())


def default_account_codes() -> Mapping[Program, AccountCode]:
    """The bundled account codes (a fresh dict each call, parsed once)."""
    return dict(_default_account_codes())
