"""One roster row → normalised worker values and problems, with the domain rules
(`domain.worker.normalize_field`, `check_record`, `domain.nik.parse_nik`) — made fast enough
for 100,000 rows:

- a cell value seen before in the same column is not parsed again (rosters repeat places,
  titles, units, wages and dates thousands of times): results are memoised per column;
- a NIK is parsed once; the costly part of `parse_nik` (region look-ups, the birth date) is
  memoised per region prefix and per date part, by calling `parse_nik` itself on a NIK
  that differs only in the other parts. `tests/exchange/test_rows.py` checks with
  hypothesis that the result equals a direct `parse_nik` call;
- `check_record` runs without the NIK (it would parse it again) and the NIK-dependent
  comparison (`compare_with`) is done with the result already in hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Category,
    ParticipantType,
)
from jamsos_desktop.domain.nik import NikResult, compare_with, parse_nik
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import check_record, clean_text, label, normalize_field
from jamsos_desktop.exchange.mapping import BIRTH_PLACE_DATE, IMPORT_FIELDS, UNIT, column_letter
from jamsos_desktop.exchange.safety import EXCEL_ERRORS

MAX_CELL_CHARS = 5_000  # longer cells are refused before any parser sees them
_NO_PROBLEMS: tuple[Problem, ...] = ()
# Values whose repeats are worth memoising; unique-per-person fields are not.
# (Names, mothers' names and addresses repeat often enough in real rosters to be worth it.)
_UNIQUE_FIELDS = frozenset({"nik", "phone", "kpj"})
# Text starting like this may be blank or an error value ("#REF!"): checked more closely.
_SUSPECT_START = frozenset(" \t\n\r\u00a0#")
_LABELS: dict[str, dict[str, str]] = {
    "category": {v.casefold(): k.value for k, v in CATEGORY_LABELS.items()},
    "status": {v.casefold(): k.value for k, v in STATUS_LABELS.items()},
    "participant_type": {t.label.casefold(): t.value for t in ParticipantType},
}
_PLACE_DATE = re.compile(r"^\s*(?P<place>[^\d]*?)\s*[,/;\-]?\s*(?P<date>\d.*)$")


def _problem(code: str, message: str, severity: str = "error",
             field_name: str | None = None) -> Problem:
    return Problem(code, message, severity, field_name)  # type: ignore[arg-type]


class FastNik:
    """`parse_nik` with its region and date work memoised (see the module note)."""

    # A NIK prefix whose region is known and date part valid, used to isolate the other
    # parts; checked at first use.
    _REGION_PROBE_DATE = "010190"
    _SERIAL_PROBE = "0001"

    def __init__(self, today: date) -> None:
        self.today = today
        self._regions: dict[str, tuple[list[Problem], list[Problem]]] = {}
        self._dates: dict[str, tuple[list[Problem], date | None, Any]] = {}
        self._serial_error: Problem | None = None
        self._clean_prefix: str | None = None

    def _isolate_prefix(self) -> str:
        if self._clean_prefix is None:
            for prefix in ("327301", "317101", "160701", "110101"):
                r = parse_nik(prefix + self._REGION_PROBE_DATE + self._SERIAL_PROBE,
                              today=self.today)
                if r.valid and not r.warnings:
                    self._clean_prefix = prefix
                    break
            else:  # pragma: no cover - the bundled region list always has these
                self._clean_prefix = ""
        return self._clean_prefix

    def parse(self, value: object) -> NikResult:
        if type(value) is not str or len(value) != 16 or not value.isascii() \
                or not value.isdigit():
            return parse_nik(value, today=self.today)
        prefix = self._isolate_prefix()
        if not prefix:  # pragma: no cover
            return parse_nik(value, today=self.today)
        region = value[:6]
        reg = self._regions.get(region)
        if reg is None:
            r = parse_nik(region + self._REGION_PROBE_DATE + self._SERIAL_PROBE,
                          today=self.today)
            reg = self._regions[region] = (list(r.errors), list(r.warnings))
        part = value[6:12]
        dat = self._dates.get(part)
        if dat is None:
            r = parse_nik(prefix + part + self._SERIAL_PROBE, today=self.today)
            dat = self._dates[part] = (list(r.errors), r.birth_date, r.sex)
        errors = [*reg[0], *dat[0]]
        if value[12:] == "0000":
            if self._serial_error is None:
                r = parse_nik(prefix + self._REGION_PROBE_DATE + "0000", today=self.today)
                self._serial_error = r.errors[-1]
            errors.append(self._serial_error)
        return NikResult(
            raw=value, nik=value, valid=not errors, errors=errors, warnings=list(reg[1]),
            birth_date=dat[1], sex=dat[2], province_code=value[:2],
            regency_code=f"{value[:2]}.{value[2:4]}",
            district_code=f"{value[:2]}.{value[2:4]}.{value[4:6]}", serial=value[12:])


@dataclass(slots=True)
class RowOutcome:
    values: dict[str, Any]
    problems: list[Problem] | tuple[Problem, ...] = field(default_factory=tuple)
    nik: NikResult | None = None
    unit_given: bool = False  # the unit came from the row, not the default

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass
class UnitResolver:
    """Unit by code or by name (case-insensitive), as a roster writes it."""
    units: Sequence[Mapping[str, Any]]
    _index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for u in self.units:
            self._index.setdefault(str(u["code"]).casefold(), int(u["id"]))
        for u in self.units:
            self._index.setdefault(" ".join(str(u["name"]).casefold().split()), int(u["id"]))

    def resolve(self, raw: object) -> int | None:
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        return self._index.get(" ".join(str(raw).casefold().split()))


class RowValidator:
    """Turns raw rows into `RowOutcome`s for one mapping. Not thread-safe (memo tables)."""

    def __init__(self, mapping: Mapping[int, str], *, units: UnitResolver,
                 default_unit_id: int | None,
                 today: date | None = None, pension_age: int | None = None,
                 formulas: set[tuple[int, int]] | None = None,
                 errors: Mapping[tuple[int, int], str] | None = None) -> None:
        self.items = sorted((c, f) for c, f in mapping.items() if f)
        special = {"nik": 1, UNIT: 2, BIRTH_PLACE_DATE: 3, "origin_office": 4}
        self._kinds = [(c, f, special.get(f, 0)) for c, f in self.items]
        self.units = units
        self.default_unit_id = default_unit_id
        self.today = today or date.today()
        self.pension_age = pension_age
        self.formulas = formulas or set()
        self.cell_errors = errors or {}
        # Rows holding any formula or error cell: the per-cell checks run only for them.
        self._marked_rows = {r for r, _ in self.formulas} | {r for r, _ in self.cell_errors}
        self.nik = FastNik(self.today)
        self._memo: dict[tuple[str, type, Any], tuple[Any, list[Problem]]] = {}
        self._unit_memo: dict[Any, int | None] = {}

    def _normalize(self, fld: str, raw: Any) -> tuple[Any, list[Problem]]:
        if fld in _UNIQUE_FIELDS:
            return normalize_field(fld, raw, today=self.today)
        key = (fld, type(raw), raw)
        hit = self._memo.get(key)
        if hit is None:
            if fld in _LABELS and type(raw) is str:
                # Labels as the program itself writes them ("Ketua RT/RW", "Terdaftar").
                raw = _LABELS[fld].get(" ".join(raw.casefold().split()), raw)
            hit = self._memo[key] = normalize_field(fld, raw, today=self.today)
        return hit

    def is_blank(self, row: Sequence[Any]) -> bool:
        n = len(row)
        for c, _ in self.items:
            if c < n:
                v = row[c]
                if v is not None and v != "" and not (type(v) is str and not v.strip()):
                    return False
        return True

    def validate(self, r: int, row: Sequence[Any]) -> RowOutcome:
        """Row index `r` (0-based, for cell positions) and its raw cells. The hot loop of an
        import (once per cell): the common case — a plain field with an ordinary value —
        takes the fewest steps."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        nik_result: NikResult | None = None
        n = len(row)
        unit_given = False
        marked = r in self._marked_rows
        normalize = self._normalize
        for c, fld, kind in self._kinds:
            raw = row[c] if c < n else None
            if raw is None or raw == "":
                if marked:
                    self._empty_marked(r, c, fld, problems)
                continue
            if type(raw) is str and (len(raw) > MAX_CELL_CHARS or raw.isspace()
                                     or raw[0] in _SUSPECT_START) \
                    and self._odd_text(r, c, fld, raw, problems):
                continue
            if marked and (r, c) in self.formulas:
                problems.append(_problem(
                    "cell.formula", f"Sel {self._ref(r, c)} ({self._label(fld)}) berisi "
                    "rumus; nilai hasil rumus yang tersimpan di berkas yang dipakai.",
                    "warning", fld))
            if kind == 0:
                value, found = normalize(fld, raw)
                if value is not None:
                    values[fld] = value
                if found:
                    problems += found
            elif kind == 1:
                nik_result = self.nik.parse(raw)
                values["nik"] = nik_result.nik or clean_text(raw)
                if nik_result.errors or nik_result.warnings:
                    problems += nik_result.errors
                    problems += nik_result.warnings
            elif kind == 2:
                key = (type(raw), raw)
                if key in self._unit_memo:
                    unit_id = self._unit_memo[key]
                else:
                    unit_id = self._unit_memo[key] = self.units.resolve(raw)
                if unit_id is None:
                    problems.append(_problem(
                        "unit.unknown", f"Unit kerja '{clean_text(raw)[:100]}' tidak dikenal. "
                        "Gunakan kode atau nama unit kerja yang terdaftar di Jamsos Desktop.",
                        "error", "unit_id"))
                else:
                    values["unit_id"] = unit_id
                    unit_given = True
            elif kind == 3:
                self._place_date(raw, values, problems)
            else:
                values["origin_office"] = clean_text(raw)[:200]
        return self._finish(values, problems, nik_result, unit_given)

    def _empty_marked(self, r: int, c: int, fld: str, problems: list[Problem]) -> None:
        if (r, c) in self.cell_errors:
            problems.append(self._cell_error(r, c, fld, self.cell_errors[(r, c)]))
        elif (r, c) in self.formulas:
            problems.append(_problem(
                "cell.formula_empty", f"Sel {self._ref(r, c)} ({self._label(fld)}) berisi "
                "rumus tanpa hasil tersimpan. Buka berkas di Excel, simpan ulang, atau ganti "
                "rumus dengan nilainya.", "error", fld))

    def _odd_text(self, r: int, c: int, fld: str, raw: str, problems: list[Problem]) -> bool:
        """Too long, blank, or an error value typed as text: True when the cell is done."""
        if len(raw) > MAX_CELL_CHARS:
            problems.append(_problem(
                "cell.too_long", f"Isi sel {self._ref(r, c)} ({self._label(fld)}) terlalu "
                f"panjang ({len(raw):,} karakter); batasnya {MAX_CELL_CHARS:,} "
                "karakter.".replace(",", "."), "error", fld))
            return True
        text = raw.strip()
        if not text:
            return True
        if text in EXCEL_ERRORS:
            problems.append(self._cell_error(r, c, fld, text))
            return True
        return False

    def _finish(self, values: dict[str, Any], problems: list[Problem],
                nik_result: NikResult | None, unit_given: bool) -> RowOutcome:
        if "unit_id" not in values and self.default_unit_id is not None and not any(
                p.code == "unit.unknown" for p in problems):
            values["unit_id"] = self.default_unit_id
        if not values.get("nik") and not any(p.field == "nik" for p in problems):
            problems.append(_problem("nik.missing", "NIK wajib diisi.", "error", "nik"))
        return RowOutcome(values, problems or _NO_PROBLEMS, nik_result, unit_given)

    def cross_check(self, record: Mapping[str, Any], nik_result: NikResult | None
                    ) -> list[Problem]:
        """`check_record` over the values the worker will have (for an update: the stored
        ones overlaid with the file's), without parsing the NIK a second time."""
        values = dict(record)
        values.pop("nik", None)
        if not values.get("participant_type"):
            category = values.get("category")
            try:
                values["participant_type"] = Category(category).default_participant_type.value
            except ValueError:
                values["participant_type"] = ParticipantType.PU.value
        found = [p for p in check_record(values, today=self.today,
                                         pension_age=self.pension_age)
                 if p.code != "nik.missing"]
        if nik_result is not None:
            birth = values.get("birth_date")
            try:
                birth_date = date.fromisoformat(birth) if birth else None
            except (TypeError, ValueError):
                birth_date = None
            found += compare_with(nik_result, birth_date, values.get("sex"))
        return found

    def _place_date(self, raw: Any, values: dict[str, Any], problems: list[Problem]) -> None:
        """'Palembang, 12-05-1990' / 'Palembang, 12 Mei 1990' / a date cell alone."""
        if type(raw) is str:
            m = _PLACE_DATE.match(raw)
            if m is None:  # no digits: only a place
                place, when = raw, None
            else:
                place, when = m["place"].strip(" ,/;-"), m["date"]
        else:
            place, when = None, raw
        if place:
            value, found = self._normalize("birth_place", place)
            if value:
                values["birth_place"] = value
            problems += found
        if when is not None:
            value, found = self._normalize("birth_date", when)
            if value:
                values["birth_date"] = value
            problems += found
        else:
            problems.append(_problem("birth_date.missing_in_combined",
                                     "Tanggal lahir tidak ditemukan pada kolom 'Tempat, "
                                     "Tanggal Lahir'.", "warning", "birth_date"))

    def _cell_error(self, r: int, c: int, fld: str, code: str) -> Problem:
        return _problem("cell.error", f"Sel {self._ref(r, c)} ({self._label(fld)}) berisi "
                        f"galat Excel {code}: rumus atau rujukannya rusak. Perbaiki sel ini "
                        "di berkas asal.", "error", fld)

    @staticmethod
    def _ref(r: int, c: int) -> str:
        return f"{column_letter(c)}{r + 1}"

    @staticmethod
    def _label(fld: str) -> str:
        return IMPORT_FIELDS.get(fld) or label(fld)
