"""The import's fast paths give exactly what the plain ones give: the column pass of the row
validator (`RowValidator.validate_rows`) against `is_blank`/`validate` row by row, with
repeated values (memo hits), blank and odd cells, formula and error cells, and values that
compare equal across types."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos_desktop.exchange import safety
from jamsos_desktop.exchange.rows import MAX_CELL_CHARS, RowOutcome, RowValidator, UnitResolver
from jamsos_desktop.exchange.safety import (
    _COL_OVER,
    _ERROR_V,
    _HIDDEN,
    _ROW_R,
    _Scanner,
)

TODAY = dt.date(2025, 6, 1)
UNITS = [{"id": 1, "code": "1.01", "name": "Dinas A"}, {"id": 2, "code": "2", "name": "Dinas B"}]
REPEATED = ["1.01", "Dinas A", "dinas  b", 2, 2.0, 1.01, True, "L", "P", "Perempuan", "x",
            "honorer", "THL", "Ketua RT/RW", "Terdaftar", "PU", "bpu", "APBD", "jkk,jkm",
            "jkk jkm jp", "Rp1.500.000", 2_500_000, 2_500_000.0, 0.0, -0.0, 1, "1",
            dt.date(1990, 5, 12), dt.datetime(1990, 5, 12, 8, 30), 33000, "12-05-1990",
            "Palembang, 12 Mei 1990", "Palembang", "", " ", "\u00a0", None, "#REF!", " #N/A ",
            "#hashtag", " lead", "3273011503900001", "3273015503900001", "3273 0115 0390 0001",
            3273011503900001.0, "9999999999999999", "08123456789", "abc", "\x01",
            " " * (MAX_CELL_CHARS + 1), "y" * (MAX_CELL_CHARS + 1),
            "-", " - ", "\u2013", "Rp -", "Rp. -,-", "Rp1.500.000,-", "Kamis, 15 Maret 1990",
            "Senin, 15 Maret 1990", "Bandung, Kamis, 15-03-1990", "laki2", "Lk.", "Laki - laki"]
cells = st.one_of(
    st.sampled_from(REPEATED), st.sampled_from(REPEATED), st.none(), st.text(max_size=30),
    st.integers(-5, 3_000_000), st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1900, 1, 1)),
    st.text(alphabet="0123456789 .-'", min_size=14, max_size=20),
)
FIELDS = ["nik", "name", "birth_place_date", "sex", "mother_name", "address", "phone",
          "marital_status", "category", "job_title", "unit", "wage", "start_date", "end_date",
          "participant_type", "funding_source", "programs", "kpj", "status", "registered_at",
          "notes", "origin_office"]
SEPARATE = ["nik", "name", "birth_place", "birth_date", "sex", "unit", "wage", "category"]


def _validator(fields: list[str], marks: set[tuple[int, int]], default_unit: int | None
               ) -> RowValidator:
    formulas = {m for m in marks if sum(m) % 2 == 0}
    errors = {m: "#REF!" for m in marks if sum(m) % 2 == 1}
    return RowValidator(dict(enumerate(fields)), units=UnitResolver(UNITS),
                        default_unit_id=default_unit, today=TODAY, pension_age=59,
                        formulas=formulas, errors=errors)


def _same(a: RowOutcome | None, b: RowOutcome | None) -> None:
    if a is None or b is None:
        assert a is b
        return
    assert list(a.values.items()) == list(b.values.items())  # same keys in the same order
    assert list(a.problems) == list(b.problems)
    assert type(a.problems) is type(b.problems)
    assert a.nik == b.nik
    assert a.unit_given == b.unit_given
    assert a.has_error == b.has_error


@settings(max_examples=250, deadline=None)
@given(st.data())
def test_column_pass_equals_row_by_row(data: st.DataObject) -> None:
    fields = data.draw(st.sampled_from([FIELDS, SEPARATE]))
    width = data.draw(st.integers(len(fields) - 3, len(fields) + 2))
    rows: list[list[Any]] = data.draw(st.lists(
        st.lists(cells, min_size=width, max_size=width), min_size=1, max_size=25))
    if data.draw(st.booleans()):  # ragged rows, as a CSV file has them
        rows = [r[:data.draw(st.integers(0, width))] for r in rows]
    start = data.draw(st.integers(0, len(rows)))
    marks = set(data.draw(st.lists(st.tuples(st.integers(0, len(rows)),
                                             st.integers(0, len(fields))), max_size=4)))
    default_unit = data.draw(st.sampled_from([None, 1]))
    fast = _validator(fields, marks, default_unit).validate_rows(rows, start)
    plain = _validator(fields, marks, default_unit)
    slow = [None if plain.is_blank(rows[r]) else plain.validate(r, rows[r])
            for r in range(start, len(rows))]
    assert len(fast) == len(slow)
    for a, b in zip(fast, slow, strict=True):
        _same(a, b)


def test_column_pass_on_a_block_of_repeats() -> None:
    rows = [[f"32730115039{i:05d}", "Nama", "Bandung, 15-03-1990", "L", "Ibu", "Jl. A",
             "0812345678", "Kawin", "honorer", "Staf", "1.01", 2_500_000, dt.date(2020, 1, 1)]
            for i in range(1, 400)]
    rows[5][10] = "Tak Ada"
    rows[7] = [None] * 13
    rows[9][0] = "#REF!"
    fields = FIELDS[:13]
    fast = _validator(fields, {(11, 3)}, None).validate_rows(rows, 0)
    plain = _validator(fields, {(11, 3)}, None)
    for r, out in enumerate(fast):
        _same(out, None if plain.is_blank(rows[r]) else plain.validate(r, rows[r]))
    assert fast[7] is None
    assert fast[5] is not None and fast[5].has_error


def test_unhashable_cells_behave_as_row_by_row() -> None:
    """Not a value a reader returns; whatever the row path does, the column pass does."""
    rows: list[list[Any]] = [[["a"], "A", ["b"]], ["3273011503900002", "B", "Kantor"]]
    fields = ["nik", "name", "origin_office"]
    fast = _validator(fields, set(), 1).validate_rows(rows)
    plain = _validator(fields, set(), 1)
    for r, out in enumerate(fast):
        _same(out, plain.validate(r, rows[r]))
    rows[0][1] = ["a list"]  # a memoised field: the row path itself refuses it
    with pytest.raises(TypeError):
        _validator(fields, set(), 1).validate(0, rows[0])
    with pytest.raises(TypeError):
        _validator(fields, set(), 1).validate_rows(rows)


class _PreviousScanner(_Scanner):
    """The sheet scanner as it was, with one `find` pass per formula marker: the reference."""

    def __call__(self, buf: bytes, offset: int) -> None:
        scan = self.scan
        while self.col_level < len(_COL_OVER) and _COL_OVER[self.col_level][1].search(buf):
            self.col_level += 1
        last_row = buf.rfind(b"<row ")
        if last_row >= 0 and (m := _ROW_R.match(buf, last_row)):
            scan.max_row = max(scan.max_row, int(m.group(1)))
        if len(scan.formulas) + len(scan.errors) + len(scan.hidden_rows) >= safety.MAX_REPORTED:
            scan.truncated_report = True
            return
        for marker in (b"<f>", b"<f ", b"<f/>"):
            pos = buf.find(marker)
            while pos >= 0 and len(scan.formulas) < safety.MAX_REPORTED:
                if self._note(offset + pos) and (cell := self._cell_before(buf, pos)):
                    scan.formulas.add(cell)
                pos = buf.find(marker, pos + 3)
        pos = buf.find(b't="e"')
        while pos >= 0 and len(scan.errors) < safety.MAX_REPORTED:
            if self._note(offset + pos) and (cell := self._cell_before(buf, pos)):
                m = _ERROR_V.search(buf, pos, pos + 200)
                scan.errors[cell] = m.group(1).decode("ascii", "replace") if m else "#ERROR"
            pos = buf.find(b't="e"', pos + 5)
        if b"hidden=" in buf:
            for m in _HIDDEN.finditer(buf):
                if self._note(offset + m.start()) and (r := _ROW_R.match(buf, m.start())):
                    scan.hidden_rows.add(int(r.group(1)) - 1)


_CELLS = [b'<c r="B{r}"><f>A{r}*2</f><v>4</v></c>', b'<c r="C{r}" t="str"><f t="shared" si="0"/>'
          b"<v>x</v></c>", b'<c r="D{r}"><f/><v>1</v></c>', b'<c r="E{r}" t="e"><v>#REF!</v></c>',
          b'<c r="A{r}" t="inlineStr"><is><t>f</t></is></c>', b'<c r="F{r}"><v>3</v></c>',
          b"<family/>", b"<f", b"<f/", b'<c r="G{r}"><f ref="G1:G2">1</f></c>']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.lists(st.sampled_from(_CELLS), max_size=6)),
                max_size=40), st.integers(40, 400), st.booleans())
def test_sheet_scan_finds_what_it_found_before(rows: list[tuple[bool, list[bytes]]],
                                               chunk: int, capped: bool) -> None:
    xml = b"<sheetData>" + b"".join(
        (b'<row r="%d" hidden="1">' % (r + 1) if hidden else b'<row r="%d">' % (r + 1))
        + b"".join(c.replace(b"{r}", b"%d" % (r + 1)) for c in cells) + b"</row>"
        for r, (hidden, cells) in enumerate(rows)) + b"</sheetData>"
    scanners = (_Scanner(), _PreviousScanner())
    with mock.patch.object(safety, "MAX_REPORTED", 3 if capped else 1000):
        for scanner in scanners:
            tail = b""
            for start in range(0, len(xml), chunk):  # overlapping chunks, as `_inflate` feeds
                piece = xml[start:start + chunk]
                buf = tail + piece
                scanner(buf, start + len(piece) - len(buf))
                tail = buf[-256:]
    new, old = (s.finish() for s in scanners)
    assert new == old


def test_dash_cells_are_empty_cells_on_both_paths() -> None:
    """A clerk's "-" (no phone, no KPJ yet, "Rp -" for no wage) leaves the field out, as an
    empty cell does, in the column pass and row by row; the row is not refused for it."""
    fields = ["nik", "name", "wage", "phone", "kpj", "birth_date", "sex", "address"]
    rows = [["3273011503900001", "Ani", "Rp -", "-", "\u2013", " - ", "-", "--"],
            ["3273011503900002", "Budi", "-", "", None, "", "", ""]]
    fast = _validator(fields, set(), 1).validate_rows(rows)
    plain = _validator(fields, set(), 1)
    for r, out in enumerate(fast):
        _same(out, plain.validate(r, rows[r]))
        assert out is not None and not out.has_error
        assert set(out.values) == {"nik", "name", "unit_id"}
