"""An .ods reports what an .xlsx reports, cell by cell: formulas (`table:formula`), error
results (LibreOffice writes them as `calcext:value-type="error"` with an empty
`office:string-value`, which calamine reads as "") and hidden rows (`table:visibility`
"collapse"/"filter", or inside a `table:table-row-group` shown as closed). The positions are
checked against the grid python-calamine builds for the same sheet: repeated rows and cells,
covered cells of a merge and leading empty rows all move them."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import safety
from jamsos_desktop.exchange.reader import read_sheet
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person
from tests.exchange.test_audit_formats import _ods_cell, write_ods

CALCEXT = 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'


def marked_ods(path: Path, body: str,
               others: Sequence[tuple[str, list[list[Any]]]] = ()) -> Path:
    """An .ods written by `write_ods` whose sheet "Data" holds the rows in `body` (raw XML)."""
    write_ods(path, [("Data", []), *others])
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    content = parts["content.xml"].decode()
    content = content.replace('<table:table table:name="Data"></table:table>',
                              f'<table:table table:name="Data">{body}</table:table>', 1)
    parts["content.xml"] = content.replace("office:version=", f"{CALCEXT} office:version=",
                                           1).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype"
                       else zipfile.ZIP_DEFLATED)
    return path


def row(cells: str, attrs: str = "") -> str:
    return f"<table:table-row{attrs}>{cells}</table:table-row>"


def values(*vs: Any) -> str:
    return "".join(_ods_cell(v, "") for v in vs)


def formula(cached: Any, text: str = "[.A1]*2", attrs: str = "") -> str:
    """A formula cell as LibreOffice writes it (None: no cached result)."""
    if cached is None:
        return f'<table:table-cell table:formula="of:={text}"{attrs}/>'
    return _ods_cell(cached, f' table:formula="of:={text}"{attrs}')


def error(code: str, *, string_value: bool = True) -> str:
    """An error result as LibreOffice saves it (with `string_value`), or as a writer that
    leaves out `office:string-value` does (calamine then reads the text)."""
    empty = ' office:string-value=""' if string_value else ""
    return (f'<table:table-cell table:formula="of:=1/0" office:value-type="string"{empty} '
            f'calcext:value-type="error"><text:p>{code}</text:p></table:table-cell>')


BLANK_ROW = '<table:table-cell table:number-columns-repeated="1024"/>'
TRAILING = row(BLANK_ROW, ' table:number-rows-repeated="1048000"')  # LibreOffice's padding


def test_hidden_rows_match_calamine_positions(tmp_path: Path) -> None:
    body = (row(BLANK_ROW, ' table:number-rows-repeated="2"')  # rows 0-1: leading, empty
            + row(values("NIK", "Nama"))  # 2
            + row(values(nik(1), "Tampak"))  # 3
            + row(values(nik(2), "Tutup"), ' table:visibility="collapse"')  # 4
            + row(values(nik(3), "Saring"), ' table:number-rows-repeated="3" '
                  'table:visibility="filter"')  # 5-7
            + '<table:table-row-group table:display="false">'
            + row(values(nik(4), "Grup"))  # 8
            + "</table:table-row-group>"
            + "<table:table-row-group>" + row(values(nik(5), "Grup terbuka")) + "</table:table-"
            "row-group>"  # 9
            + row(values(nik(6), "Akhir"), ' table:visibility="visible"')  # 10
            + row(BLANK_ROW, ' table:number-rows-repeated="5" table:visibility="collapse"')
            + TRAILING)
    data = read_sheet(marked_ods(tmp_path / "sembunyi.ods", body))
    assert data.hidden_rows == {4, 5, 6, 7, 8}
    assert [data.rows[r][1] for r in sorted(data.hidden_rows)] == [
        "Tutup", "Saring", "Saring", "Saring", "Grup"]
    assert data.rows[2][:2] == ["NIK", "Nama"] and data.rows[10][1] == "Akhir"
    assert not data.formulas and not data.errors and not data.notices


def test_formulas_and_covered_cells_match_calamine(tmp_path: Path) -> None:
    merged = ('<table:table-cell table:number-columns-spanned="2" office:value-type="string">'
              "<text:p>Gabung</text:p></table:table-cell><table:covered-table-cell/>")
    body = (row(values("NIK", "Nama", "Gaji", "Ket"))  # 0
            + row(merged + formula(7.0))  # 1: the covered cell shifts the formula to C
            + row('<table:table-cell table:number-columns-repeated="2"/>'
                  + formula(5.0, attrs=' table:number-columns-repeated="2"'))  # 2: C, D
            + row(values(nik(1)) + '<table:covered-table-cell table:number-columns-repeated='
                  '"2"/>' + formula(None), ' table:number-rows-repeated="2"')  # 3-4: D
            + row(values("x") + formula("teks", "&quot;a&quot;&amp;&quot;b&quot;"))  # 5: B
            + TRAILING)
    data = read_sheet(marked_ods(tmp_path / "rumus.ods", body))
    assert data.formulas == {(1, 2), (2, 2), (2, 3), (3, 3), (4, 3), (5, 1)}
    assert data.rows[1][2] == 7.0 and data.rows[2][2:4] == [5.0, 5.0]
    assert data.rows[5][1] == "teks"
    for r in (3, 4):  # no cached result: calamine gives nothing there
        assert data.rows[r][0] == nik(1) and (len(data.rows[r]) <= 3 or data.rows[r][3] == "")
    assert not data.errors and not data.hidden_rows


def test_error_results_as_libreoffice_saves_them(tmp_path: Path) -> None:
    body = (row(values("NIK", "Nama", "Gaji"))
            + row(values(nik(1), "A") + error("#DIV/0!"))
            + row(values(nik(2), "B") + error("Err:502"))
            + row(values(nik(3), "C") + error("#NAME?", string_value=False))
            + row(values(nik(4), "D") + error("Err:504", string_value=False))
            + TRAILING)
    data = read_sheet(marked_ods(tmp_path / "galat.ods", body))
    assert data.errors == {(1, 2): "#DIV/0!", (2, 2): "Err:502", (3, 2): "#NAME?",
                           (4, 2): "Err:504"}
    assert data.formulas == set(data.errors)
    # The cached error text is no value: every error cell reads as empty, as in an .xlsx.
    assert [data.rows[r][2] for r in range(1, 5)] == ["", "", "", ""]


def test_marks_of_the_chosen_sheet_only(tmp_path: Path) -> None:
    body = row(values("NIK", "Nama")) + row(formula("Budi"), ' table:visibility="collapse"')
    path = marked_ods(tmp_path / "dua.ods", body, [("Lain", [["NIK", "Nama"], [nik(1), "x"]])])
    assert read_sheet(path).hidden_rows == {1} and read_sheet(path).formulas == {(1, 0)}
    other = read_sheet(path, "Lain")
    assert (other.hidden_rows, other.formulas, other.errors) == (set(), set(), {})


def test_import_reports_ods_marks_per_row(units_store: Store, tmp_path: Path) -> None:
    def person_row(i: int, last: str, attrs: str = "") -> str:
        return row(values(*person(i)[:-1]) + last, attrs)

    body = (row(values(*HEADER))
            + person_row(1, _ods_cell(2_500_000, ""))
            + person_row(2, formula(3_000_000.0))
            + person_row(3, error("#DIV/0!"))
            + person_row(4, error("Err:502"))
            + person_row(5, _ods_cell(2_000_000, ""), ' table:visibility="collapse"')
            + person_row(6, formula(None))
            + TRAILING)
    path = marked_ods(tmp_path / "honorer.ods", body)
    r = importer.import_file(units_store, path, unit_code="1.01", dry_run=True)
    rows = {p["row"]: p for p in r["problems"]}
    assert 2 not in rows
    assert rows[3]["action"] == "insert"
    assert "Sel J3 (Upah / Gaji / Honor) berisi rumus" in rows[3]["reasons"]
    assert rows[4]["action"] == "reject" and "galat lembar kerja #DIV/0!" in rows[4]["reasons"]
    assert rows[5]["action"] == "reject" and "galat lembar kerja Err:502" in rows[5]["reasons"]
    assert rows[6]["action"] == "insert" and "tersembunyi" in rows[6]["reasons"]
    assert rows[7]["action"] == "reject" and "tanpa hasil tersimpan" in rows[7]["reasons"]
    assert (r["inserted"], r["rejected"]) == (3, 3)
    assert any("1 baris tersembunyi" in n for n in r["notices"])
    assert any("4 sel berisi rumus" in n for n in r["notices"])


def test_huge_hidden_repeat_stays_bounded(tmp_path: Path) -> None:
    """A hidden row with a value repeated past Excel's last row (refused before calamine
    reads it), and many hidden formula rows inside the limits: the report keeps
    MAX_REPORTED of each and says so."""
    huge = marked_ods(tmp_path / "besar.ods", row(values("NIK"))
                      + row(values("x", "y"), ' table:number-rows-repeated="5000000" '
                            'table:visibility="collapse"'))
    started = time.perf_counter()
    try:
        read_sheet(huge)
    except UserError as exc:
        assert exc.code in ("file.too_big", "file.too_long")
    else:  # pragma: no cover - the grid is over MAX_CELLS
        raise AssertionError("5,000,000 hidden rows were read")
    body = (row(values("NIK"))
            + row(values("x") + formula(1.0), ' table:number-rows-repeated="5000" '
                  'table:visibility="filter"')
            + row(BLANK_ROW, ' table:number-rows-repeated="1000000000" '
                  'table:visibility="collapse"'))
    data = read_sheet(marked_ods(tmp_path / "banyak.ods", body))
    assert len(data.rows) == 5001
    assert len(data.hidden_rows) == safety.MAX_REPORTED
    assert min(data.hidden_rows) == 1 and max(data.hidden_rows) == safety.MAX_REPORTED
    assert len(data.formulas) == safety.MAX_REPORTED
    assert any(str(safety.MAX_REPORTED) in n for n in data.notices)
    assert time.perf_counter() - started < 5
