"""A legacy .xls reports what an .xlsx reports, cell by cell: formulas (FORMULA records, with
their cached result), error values (a BOOLERR record with its error flag, or a FORMULA whose
cached result is an error; python-calamine reads both as "") and hidden rows (a ROW record
with fDyZero, set for rows hidden by hand and for those inside a collapsed outline). The files
are written byte by byte with the builders of `test_hostile_xls`; the positions are checked
against the grid python-calamine builds for the same sheet (leading empty rows and columns
included)."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.exchange import safety, xls_check
from jamsos_desktop.exchange.reader import read_sheet, sheet_names
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person
from tests.exchange.test_audit_formats import _rec
from tests.exchange.test_hostile_xls import (
    BASE,
    CHART_BOF,
    EOF,
    RECORDS,
    book,
    boolerr,
    calamines,
    formula,
    label,
    number,
    result,
    string,
    xls,
)

Cell = Callable[[int, int], bytes]
CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
         0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}


def fx(cached: Any) -> Cell:
    """A formula cell with its cached result: a number, a text (in the STRING record after
    it), True/False, or ("error", code) / ("empty",) for an error or an empty text."""
    def make(r: int, c: int) -> bytes:
        if isinstance(cached, bool):
            return formula(r, c, result(1, int(cached)))
        if isinstance(cached, str):
            return formula(r, c, result(0)) + string(cached)
        if isinstance(cached, tuple):
            return formula(r, c, result(2, cached[1]) if cached[0] == "error" else result(3))
        return formula(r, c, struct.pack("<d", float(cached)))
    return make


def err(code: int) -> Cell:
    """A BOOLERR error cell (the constant #REF! typed or pasted as a value)."""
    return lambda r, c: boolerr(r, c, code, 1)


def row_record(r: int, *, hidden: bool = True, level: int = 0, collapsed: bool = False) -> bytes:
    """A ROW record (rw, colMic, colMac, miyRw, two reserved words, then the option flags:
    iOutLevel in bits 0-2, fCollapsed 0x10, fDyZero 0x20, always 0x100)."""
    flags = 0x100 | level | (0x10 if collapsed else 0) | (0x20 if hidden else 0)
    return _rec(0x0208, struct.pack("<HHHHHHI", r, 0, 10, 0x12C, 0, 0, flags))


def records(rows: Sequence[Sequence[Any]], hidden: dict[int, dict[str, Any]] | None = None,
            at: tuple[int, int] = (0, 0)) -> bytes:
    """Cell records of `rows`, the first at row/column `at`: text as LABEL, numbers as NUMBER,
    callables as they build themselves; None leaves the cell out. `hidden`: the rows (grid
    indexes) given a hidden ROW record, with its options."""
    out = b"".join(row_record(r, **opts) for r, opts in (hidden or {}).items())
    for i, values in enumerate(rows):
        for j, v in enumerate(values):
            r, c = at[0] + i, at[1] + j
            if callable(v):
                out += v(r, c)
            elif isinstance(v, str):
                out += label(r, c, v)
            elif v is not None:
                out += number(r, c, float(v))
    return out


def write(path: Path, body: bytes, others: Sequence[tuple[str, bytes]] = ()) -> Path:
    return xls(path, book([("Data", 0, body), *((n, 0, b) for n, b in others)]))


def calamine_rows(path: Path, sheet: str) -> list[list[Any]]:
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def test_formulas_with_cached_results_at_calamine_positions(tmp_path: Path) -> None:
    body = records([["NIK", "Nama", "Gaji", "Ket"],
                    [nik(1), fx("Budi"), fx(7.0), None],
                    [nik(2), "Sari", 5.0, fx(True)],
                    [nik(3), fx(("empty",)), fx(0.0), "x"]], at=(2, 1))
    path = write(tmp_path / "rumus.xls", body)
    data = read_sheet(path)
    assert data.formulas == {(3, 2), (3, 3), (4, 4), (5, 2), (5, 3)}
    assert data.rows == calamine_rows(path, "Data")
    assert data.rows[2][1:5] == ["NIK", "Nama", "Gaji", "Ket"]  # two empty rows, one column
    assert (data.rows[3][2], data.rows[3][3], data.rows[4][4]) == ("Budi", 7.0, True)
    assert (data.rows[5][2], data.rows[5][3]) == ("", 0.0)
    assert not data.errors and not data.hidden_rows and not data.notices


def test_error_values_reported_with_their_text(tmp_path: Path) -> None:
    body = records([["NIK", "Galat", "Rumus"],
                    *([nik(i), err(code), fx(("error", code))]
                      for i, code in enumerate(CODES, 1)),
                    [nik(9), (lambda r, c: boolerr(r, c, 1, 0)), fx(False)]])  # booleans
    path = write(tmp_path / "galat.xls", body)
    data = read_sheet(path)
    expected = {(i, c): text for i, text in enumerate(CODES.values(), 1) for c in (1, 2)}
    assert data.errors == expected
    assert data.formulas == {(i, 2) for i in range(1, 10)}
    # calamine reads every error cell as "", as for an .xlsx: the error is what is reported.
    assert calamine_rows(path, "Data")[1:9] == [[nik(i), "", ""] for i in range(1, 9)]
    assert data.rows[9] == [nik(9), True, False]


def test_an_error_cell_never_reads_as_a_value(tmp_path: Path) -> None:
    """Records written over an error cell (never in a sound file: calamine keeps the last
    one) do not hide the error: the cell reads as empty and is reported as the error."""
    body = records([["NIK", "Gaji"],
                    [nik(1), lambda r, c: formula(r, c, result(2, 0x17)) + string("5000")],
                    [nik(2), lambda r, c: boolerr(r, c, 0x07, 1) + number(r, c, 9.0)]])
    path = write(tmp_path / "timpa.xls", body)
    assert [r[1] for r in calamine_rows(path, "Data")[1:]] == ["5000", 9.0]
    data = read_sheet(path)
    assert data.errors == {(1, 1): "#REF!", (2, 1): "#DIV/0!"}
    assert [r[1] for r in data.rows[1:]] == ["", ""]


def test_hidden_rows_up_to_the_last_row_with_a_value(tmp_path: Path) -> None:
    rows = [["NIK", "Nama"],  # grid row 1 (row 0 is empty and hidden)
            [nik(1), "Tampak"],  # 2
            [nik(2), "Tutup"],  # 3: hidden by hand
            [nik(3), "Garis besar"],  # 4: inside a collapsed outline group
            [nik(4), "Garis besar"],  # 5
            [None, None],  # 6: hidden, empty
            [nik(5), "Terbuka"],  # 7: in an outline group left open
            [nik(6), "Akhir"]]  # 8
    hidden = {0: {}, 3: {}, 4: {"level": 1}, 5: {"level": 1}, 6: {},
              7: {"level": 1, "hidden": False}, 9: {"collapsed": True},
              10: {}, 500: {}}  # 9-10, 500: below the last value
    chart = CHART_BOF + row_record(8) + EOF  # a chart's records are not the sheet's
    path = write(tmp_path / "sembunyi.xls", records(rows, hidden, at=(1, 0)) + chart)
    data = read_sheet(path)
    assert data.hidden_rows == {0, 3, 4, 5, 6}
    assert data.rows == calamine_rows(path, "Data") and len(data.rows) == 9
    assert [data.rows[r][1] for r in (3, 4, 5)] == ["Tutup", "Garis besar", "Garis besar"]
    assert not data.formulas and not data.errors and not data.notices


def test_marks_of_the_chosen_sheet_only(tmp_path: Path) -> None:
    lain = records([["NIK", "Nama"], [nik(1), fx("x")], [nik(2), err(0x2A)]],
                   {2: {}})
    data_body = records([["NIK", "Nama"], [err(0x17), fx(1.0)]], {1: {}})
    path = write(tmp_path / "dua.xls", data_body, [("Lain", lain)])
    data = read_sheet(path)
    assert (data.hidden_rows, data.formulas, data.errors) == ({1}, {(1, 1)}, {(1, 0): "#REF!"})
    other = read_sheet(path, "lain")  # chosen ignoring case, as the reader does
    assert (other.sheet, other.hidden_rows, other.formulas, other.errors) == (
        "Lain", {2}, {(1, 1)}, {(2, 1): "#N/A"})
    assert sheet_names(path) == ["Data", "Lain"]
    # Two sheets of one name: calamine hands over the last one, and so its marks.
    twice = xls(tmp_path / "kembar.xls", book([("Data", 0, data_body), ("Data", 0, lain)]))
    data = read_sheet(twice)
    assert data.rows == calamine_rows(twice, "Data") and data.rows[1][1] == "x"
    assert (data.hidden_rows, data.formulas, data.errors) == ({2}, {(1, 1)}, {(2, 1): "#N/A"})


def test_import_reports_xls_marks_per_row(units_store: Store, tmp_path: Path) -> None:
    def with_wage(i: int, wage: Any) -> list[Any]:
        return [*person(i)[:-1], wage]

    rows = [HEADER,
            person(1),  # spreadsheet row 2
            with_wage(2, fx(3_000_000)),  # 3
            with_wage(3, fx(("error", 0x07))),  # 4
            with_wage(4, err(0x17)),  # 5
            person(5),  # 6: hidden
            [*person(6)[:2], fx("Pegawai 6"), *person(6)[3:]],  # 7
            with_wage(7, lambda r, c: formula(r, c, result(0)))]  # 8: its text is missing
    path = write(tmp_path / "honorer.xls", records(rows, {5: {"level": 1}}))
    source = importer.load_source(units_store, path)
    plan = importer.plan_import(units_store, source, unit_code="1.01")
    by_row = {p.row_no: p for p in plan.rows}
    assert by_row[2].action == "insert" and not by_row[2].problems
    assert by_row[3].action == "insert" and by_row[3].values["wage"] == 3_000_000
    assert "Sel J3 (Upah / Gaji / Honor) berisi rumus" in by_row[3].reasons()
    assert by_row[4].action == "reject" and "galat lembar kerja #DIV/0!" in by_row[4].reasons()
    assert by_row[5].action == "reject" and "galat lembar kerja #REF!" in by_row[5].reasons()
    assert by_row[6].action == "insert" and "tersembunyi" in by_row[6].reasons()
    assert [p.code for p in by_row[6].problems] == ["row.hidden"]
    assert by_row[7].action == "insert" and by_row[7].values["name"] == "Pegawai 6"
    assert [p.code for p in by_row[7].problems] == ["cell.formula"]
    assert by_row[8].action == "reject" and "tanpa hasil tersimpan" in by_row[8].reasons()
    assert {p.code for p in by_row[4].problems} >= {"cell.error"}
    assert plan.counts()["inserted"] == 4 and plan.counts()["rejected"] == 3
    assert any("1 baris tersembunyi" in n for n in plan.notices)
    assert any("4 sel berisi rumus" in n for n in plan.notices)


def test_many_marks_are_capped_and_said_so(tmp_path: Path) -> None:
    """More than MAX_REPORTED formulas, error cells and hidden rows: the first MAX_REPORTED of
    each are kept (in the order of the file) and the preview says the report is cut short."""
    cap = safety.MAX_REPORTED
    n = cap + 200
    body = records([["NIK", "Gaji", "Ket"], *([nik(i), fx(float(i)), err(0x0F)]
                                               for i in range(1, n + 1))],
                   {r: {} for r in range(1, n + 1)})
    path = write(tmp_path / "banyak.xls", body)
    data = read_sheet(path)
    assert len(data.rows) == n + 1
    assert data.formulas == {(r, 1) for r in range(1, cap + 1)}
    assert data.errors == {(r, 2): "#VALUE!" for r in range(1, cap + 1)}
    assert data.hidden_rows == set(range(1, cap + 1))
    assert any(str(cap) in note for note in data.notices)
    # One kind over the cap is enough for the notice.
    few = write(tmp_path / "sedikit.xls",
                records([["NIK"], *([fx(1.0)] for _ in range(cap)), [fx(2.0)]]))
    data = read_sheet(few)
    assert len(data.formulas) == cap and data.notices
    exact = write(tmp_path / "pas.xls", records([["NIK"], *([fx(1.0)] for _ in range(cap))]))
    data = read_sheet(exact)
    assert len(data.formulas) == cap and not data.notices


def test_hostile_repeats_stay_bounded(tmp_path: Path) -> None:
    """The same cell and row given over and over: each is counted once, the walk stays
    linear and what is kept stays within the cap."""
    repeat = 60_000
    body = (records([["NIK", "Gaji"], [nik(1), 1.0]])
            + (row_record(1) + formula(1, 1) + boolerr(1, 0, 0x17, 1)) * repeat)
    path = write(tmp_path / "ulang.xls", body)
    started = time.perf_counter()
    scan = xls_check.check_xls(path)
    assert time.perf_counter() - started < 5
    assert (scan.formulas, scan.errors, scan.hidden_rows) == (
        {(1, 1)}, {(1, 0): "#REF!"}, {1})
    assert not scan.truncated_report


@pytest.mark.parametrize("kind", list(RECORDS))
def test_marked_walk_measures_as_calamine_builds_it(tmp_path: Path, kind: str) -> None:
    """The sheet whose marks are noted reads BOOLERR and ROW records apart: its extent is
    still calamine's, record kind by record kind."""
    path = xls(tmp_path / f"{kind}.xls",
               book([("S", 0, BASE + RECORDS[kind] + row_record(4_000))], ("a", "")))
    scan = xls_check.check_xls(path)
    ((_, _, _, last_row, last_col),) = calamines(path)
    assert (scan.max_row, scan.max_col_bound) == (last_row + 1, last_col + 1)
    assert scan.hidden_rows == set()  # row 4,000: past the last cell
