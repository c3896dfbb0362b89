"""One roster row → normalised worker values and problems, with the domain rules
(`domain.worker.normalize_field`, `check_record`, `domain.nik.parse_nik`) — made fast enough
for 100,000 rows:

- `RowValidator.validate_rows` works a column at a time: a cell value seen before in the
  same column is not parsed again (rosters repeat places, titles, units, wages and dates
  thousands of times), and the rows are then put together from the columns' outcomes. It
  gives exactly what `is_blank`/`validate` give row by row (`tests/exchange/
  test_fast_paths.py` checks that with hypothesis); rows holding a formula or an error cell
  take the row-by-row path;
- `parse_nik` memoises its region and date parts itself (domain), so a NIK costs little;
- `check_record` runs without the NIK (it would parse it again) and the NIK-dependent
  comparison (`compare_with`) is done with the result already in hand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from jamsos_desktop.domain.dates import weekday_of_name
from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Category,
    ParticipantType,
)
from jamsos_desktop.domain.nik import NikResult, compare_with, parse_nik
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import (
    DASH_CHARS,
    check_record,
    clean_text,
    label,
    means_nothing,
    normalize_field,
)
from jamsos_desktop.exchange.mapping import BIRTH_PLACE_DATE, IMPORT_FIELDS, UNIT, column_letter
from jamsos_desktop.exchange.safety import ERROR_TEXTS

MAX_CELL_CHARS = 5_000  # longer cells are refused before any parser sees them
_NO_PROBLEMS: tuple[Problem, ...] = ()
# Values whose repeats are worth memoising; unique-per-person fields are not.
# (Names, mothers' names and addresses repeat often enough in real rosters to be worth it.)
_UNIQUE_FIELDS = frozenset({"nik", "phone", "kpj"})
# Text starting like this may be blank, a lone dash ("-": how clerks write "nothing", an
# empty cell in every field) or an error value (Excel's "#REF!", LibreOffice's "Err:502"):
# checked more closely. (Names starting with "E" pay for that too; other cells do not.)
_SUSPECT_START = frozenset(" \t\n\r\u00a0#E" + DASH_CHARS)
_DASH_START = frozenset(DASH_CHARS)


def _dash_only(text: str) -> bool:
    """A lone dash, an empty cell (`means_nothing`), looked at only when the text starts
    with one: most cells pay a single character test."""
    return text.lstrip()[:1] in _DASH_START and means_nothing(text)

_PLACE_END = " ,/;" + DASH_CHARS  # trimmed off a birth place cut from its date
_LABELS: dict[str, dict[str, str]] = {
    "category": {v.casefold(): k.value for k, v in CATEGORY_LABELS.items()},
    "status": {v.casefold(): k.value for k, v in STATUS_LABELS.items()},
    "participant_type": {t.label.casefold(): t.value for t in ParticipantType},
}
# Cell outcomes of the column pass (`RowValidator._cell`): a cell that adds nothing, per kind
# of column, and a cell whose problem names its position (worked out by the caller).
_BLANK: dict[int, tuple[Any, ...]] = {0: (None, _NO_PROBLEMS, None), 1: (None, _NO_PROBLEMS, None),
                                      2: (None, _NO_PROBLEMS, None),
                                      3: (None, None, _NO_PROBLEMS, None),
                                      4: (None, _NO_PROBLEMS, None)}
_POSITIONAL = object()
_OUTPUT_KEY = {1: "nik", 2: "unit_id", 4: "origin_office"}  # kind → key in the values


@lru_cache(maxsize=65536)
def _iso_date(text: Any) -> date | None:
    """`date.fromisoformat`, None for anything else (memoised: birth dates repeat)."""
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


_PLACE_DATE = re.compile(r"^\s*(?P<place>[^\d]*?)\s*[,/;\-]?\s*(?P<date>\d.*)$")


def _problem(code: str, message: str, severity: str = "error",
             field_name: str | None = None) -> Problem:
    return Problem(code, message, severity, field_name)  # type: ignore[arg-type]


KPJ_DIGITS_USUAL = 10  # KPJ numbers seen are 10–11 digits (DOMAIN.md §4)


def number_as_digits(fld: str, raw: Any) -> tuple[str, list[Problem]] | None:
    """A KPJ or phone number that arrives as a number (Excel stores what is typed into a
    cell not formatted as Text as a number): its digits as text, and what may have been lost
    on the way. Unlike a 16-digit NIK, an 11-digit KPJ or a phone number fits Excel's 15
    significant digits exactly; only a leading 0 is dropped. None: not such a number (the
    domain rules then apply as usual)."""
    if type(raw) is float:
        if not (0 < raw < 1e15) or not raw.is_integer():
            return None
    elif type(raw) is not int or not 0 < raw < 10**15:
        return None
    digits = str(int(raw))
    if fld == "phone":
        if digits[0] == "8" and 9 <= len(digits) <= 12:  # 08xx mobile number, 0 dropped
            text = "0" + digits
            return text, [_problem(
                "phone.numeric", f"No. HP terbaca sebagai angka sehingga angka 0 di depannya "
                f"hilang; dibaca sebagai {text}. Periksa nomornya, dan format kolom No. HP "
                "sebagai Teks.", "warning", "phone")]
        return digits, []
    if fld == "kpj":
        if len(digits) < KPJ_DIGITS_USUAL:
            return digits, [_problem(
                "kpj.numeric", f"No. KPJ terbaca sebagai angka ({digits}, {len(digits)} "
                "digit); bila aslinya diawali angka 0, angka 0 di depan itu hilang. Periksa "
                "nomornya, dan format kolom KPJ sebagai Teks.", "warning", "kpj")]
        return digits, []
    return None


class FastNik:
    """`parse_nik` for one `today`. The region and date parts are memoised in the domain
    module itself now; this class remains for the callers that hold one."""

    def __init__(self, today: date) -> None:
        self.today = today

    def parse(self, value: object) -> NikResult:
        return parse_nik(value, today=self.today)


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
        # Column pass: field → value type → value → cell outcome (position-free only).
        self._column_memos: dict[str, dict[type, dict[Any, Any]]] = {}

    def _normalize(self, fld: str, raw: Any) -> tuple[Any, list[Problem]]:
        if fld in _UNIQUE_FIELDS:
            if type(raw) is not str and (numeric := number_as_digits(fld, raw)) is not None:
                value, found = normalize_field(fld, numeric[0], today=self.today)
                return value, [*found, *numeric[1]]
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
                if v is not None and v != "" and not (type(v) is str and (
                        not v.strip() or _dash_only(v))):
                    return False
        return True

    def validate_rows(self, rows: Sequence[Sequence[Any]], start: int = 0,
                      stop: int | None = None) -> list[RowOutcome | None]:
        """`validate` for rows[start:stop], None for a blank row (`is_blank`): the same
        outcomes as one call per row, computed a column at a time. A cell value seen before
        in its column is looked up, not parsed again; rows holding a formula or an error
        cell, and mappings the column pass does not cover, take the row-by-row path."""
        stop = len(rows) if stop is None else min(stop, len(rows))
        if not self._kinds or not self._columnwise or stop <= start:
            return [None if self.is_blank(rows[r]) else self.validate(r, rows[r])
                    for r in range(start, stop)]
        block = rows[start:stop]
        try:
            columns = self._columns(block)
            outs = [self._column(kind, fld, column)
                    for (_c, fld, kind), column in zip(self._kinds, columns, strict=True)]
        except TypeError:  # an unhashable cell value: no memo for this block
            return [None if self.is_blank(rows[r]) else self.validate(r, rows[r])
                    for r in range(start, stop)]
        n = len(block)
        keys: list[str] = []
        value_columns: list[Sequence[Any]] = []
        problem_columns: list[Sequence[Sequence[Problem]]] = []
        nik_column: Sequence[Any] = [None] * n
        unit_column: Sequence[bool] = [False] * n
        blank: set[int] | None = None
        for (c, fld, kind), column, out in zip(self._kinds, columns, outs, strict=True):
            empty = _BLANK[kind]
            flags = [o is empty for o in out]  # (identity: `count` would compare tuples)
            blank_here = set(compress(range(n), flags)) if True in flags else set()
            if out.count(_POSITIONAL):  # too long, or an error value typed as text
                for i, o in enumerate(out):
                    if o is _POSITIONAL:
                        problems: list[Problem] = []
                        self._odd_text(start + i, c, fld, column[i], problems)
                        out[i] = (None, None, problems, None) if kind == 3 else (
                            None, problems, None)
                        if not column[i].strip():  # too long, but blank for `is_blank`
                            blank_here.add(i)
            blank = blank_here if blank is None else blank & blank_here
            parts = list(zip(*out, strict=True))  # the outcomes' fields, column-wise
            if kind == 3:
                keys += ("birth_place", "birth_date")
                value_columns += parts[0], parts[1]
                problem_columns.append(parts[2])
                continue
            keys.append(_OUTPUT_KEY.get(kind, fld))
            value_columns.append(parts[0])
            problem_columns.append(parts[1])
            if kind == 1:
                nik_column = parts[2]
            elif kind == 2:
                unit_column = [unit is not None for unit in parts[2]]
        troubled: set[int] = set()
        for column_problems in problem_columns:
            troubled.update(compress(range(n), column_problems))
        marked = self._marked_rows
        results: list[RowOutcome | None] = []
        append = results.append
        finish = self._finish
        for i, vs in enumerate(zip(*value_columns, strict=True)):
            r = start + i
            if r in marked:
                append(None if self.is_blank(block[i]) else self.validate(r, block[i]))
                continue
            if blank and i in blank:
                append(None)
                continue
            values = ({k: v for k, v in zip(keys, vs, strict=True) if v is not None}
                      if None in vs else dict(zip(keys, vs, strict=True)))
            found: list[Problem] = []
            if i in troubled:
                for column_problems in problem_columns:
                    if column_problems[i]:
                        found += column_problems[i]
            append(finish(values, found, nik_column[i], unit_column[i]))
        return results

    @cached_property
    def _columnwise(self) -> bool:
        """Whether `validate_rows` may use the column pass: every output key comes from one
        column only (a mapping `validate_mapping` accepts always qualifies)."""
        seen: list[str] = []
        for _c, fld, kind in self._kinds:
            seen += ("birth_place", "birth_date") if kind == 3 else [_OUTPUT_KEY.get(kind, fld)]
        return len(seen) == len(set(seen))

    def _columns(self, block: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
        cols = [c for c, _f, _k in self._kinds]
        last = cols[-1]
        if all(len(row) > last for row in block):
            if len(cols) == 1:
                return [[row[last] for row in block]]
            return list(zip(*map(itemgetter(*cols), block), strict=True))
        return [[row[c] if c < len(row) else None for row in block] for c in cols]

    def _column(self, kind: int, fld: str, column: Sequence[Any]) -> list[Any]:
        """The outcome of each cell of one column (see `_cell`), looked up by value."""
        cell = self._cell
        if kind == 1 or fld in _UNIQUE_FIELDS:  # values that do not repeat: no memo
            return [cell(kind, fld, v) for v in column]
        # One memo per value type, so equal values of different types (1, 1.0, True) stay
        # apart, as in `_normalize`. Unit and office messages quote the cell as written,
        # so only their text values are looked up.
        memos = self._column_memos.get(fld)
        if memos is None:
            memos = self._column_memos[fld] = (
                defaultdict(dict, {str: {}}) if kind in (0, 3) else {str: {}})

        def fill(v: Any) -> Any:
            hit = cell(kind, fld, v)
            memo = memos.get(type(v)) if kind not in (0, 3) else memos[type(v)]
            if memo is not None and hit is not _POSITIONAL:
                memo[v] = hit
            return hit

        get = memos.get
        return [(m.get(v) if (m := get(type(v))) is not None else None) or fill(v)
                for v in column]

    def _cell(self, kind: int, fld: str, raw: Any) -> Any:
        """One cell, as `validate` treats it in a row without formula or error cells:
        (value, problems, extra) — for the combined birth column (place, date, problems,
        None) — `_BLANK[kind]` when the cell adds nothing, `_POSITIONAL` when its problem
        names the cell (left to the caller)."""
        if raw is None or raw == "":
            return _BLANK[kind]
        if type(raw) is str and (len(raw) > MAX_CELL_CHARS or raw.isspace()
                                 or raw[0] in _SUSPECT_START):
            if len(raw) > MAX_CELL_CHARS:
                return _POSITIONAL
            text = raw.strip()
            if not text or _dash_only(text):
                return _BLANK[kind]
            if text in ERROR_TEXTS:
                return _POSITIONAL
        if kind == 0:
            value, found = self._normalize(fld, raw)
            return value, found, None
        if kind == 1:
            result = self.nik.parse(raw)
            problems = [*result.errors, *result.warnings]
            return result.nik or clean_text(raw), problems, result
        if kind == 2:
            key = (type(raw), raw)
            if key in self._unit_memo:
                unit_id = self._unit_memo[key]
            else:
                unit_id = self._unit_memo[key] = self.units.resolve(raw)
            if unit_id is None:
                return None, [self._unknown_unit(raw)], None
            return unit_id, _NO_PROBLEMS, unit_id
        if kind == 3:
            values: dict[str, Any] = {}
            problems = []
            self._place_date(raw, values, problems)
            return values.get("birth_place"), values.get("birth_date"), problems, None
        return clean_text(raw)[:200], _NO_PROBLEMS, None

    @staticmethod
    def _unknown_unit(raw: Any) -> Problem:
        return _problem("unit.unknown", f"Unit kerja '{clean_text(raw)[:100]}' tidak dikenal. "
                        "Gunakan kode atau nama unit kerja yang terdaftar di Jamsos Desktop.",
                        "error", "unit_id")

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
                    problems.append(self._unknown_unit(raw))
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
        if not text or _dash_only(text):
            return True  # blank, or a lone dash: an empty cell
        if text in ERROR_TEXTS:
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

    def cross_check(self, record: Mapping[str, Any], nik_result: NikResult | None, *,
                    owned: bool = False) -> list[Problem]:
        """`check_record` over the values the worker will have (for an update: the stored
        ones overlaid with the file's), without parsing the NIK a second time. `owned`: the
        caller hands over `record` (a dict of its own), which is then used in place."""
        values = record if owned and type(record) is dict else dict(record)
        values.pop("nik", None)
        if not values.get("participant_type"):
            category = values.get("category")
            try:
                values["participant_type"] = Category(category).default_participant_type.value
            except ValueError:
                values["participant_type"] = ParticipantType.PU.value
        found = check_record(values, today=self.today, pension_age=self.pension_age)
        if found:  # without a NIK in `values`, check_record reports it missing
            found = [p for p in found if p.code != "nik.missing"]
        if nik_result is not None:
            birth = values.get("birth_date")
            if birth:
                try:
                    birth_date = _iso_date(birth)
                except TypeError:  # not hashable, so not a date text either
                    birth_date = None
            else:
                birth_date = None
            found += compare_with(nik_result, birth_date, values.get("sex"))
        return found

    def _place_date(self, raw: Any, values: dict[str, Any], problems: list[Problem]) -> None:
        """'Palembang, 12-05-1990' / 'Palembang, 12 Mei 1990' / a date cell alone."""
        if type(raw) is str:
            m = _PLACE_DATE.match(raw)
            if m is None:  # no digits: only a place ("Palembang", "Palembang, -")
                place, when = raw.strip(_PLACE_END), None
            else:
                place, when = m["place"].strip(_PLACE_END), m["date"]
                cut = max(place.rfind(","), place.rfind("/"), place.rfind(";"))
                last = place[cut + 1:]
                if weekday_of_name(last) is not None:
                    # "Bandung, Kamis, 15-03-1990" ("Bandung / Kamis / …"): the weekday
                    # belongs to the date, which checks it. Only a weekday standing alone
                    # after a separator: "Pasar Minggu" is a place.
                    place, when = place[:max(cut, 0)].strip(_PLACE_END), f"{last.strip()}, {when}"
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
                        f"galat lembar kerja {code}: rumus atau rujukannya rusak. Perbaiki sel ini "
                        "di berkas asal.", "error", fld)

    @staticmethod
    def _ref(r: int, c: int) -> str:
        return f"{column_letter(c)}{r + 1}"

    @staticmethod
    def _label(fld: str) -> str:
        return IMPORT_FIELDS.get(fld) or label(fld)
