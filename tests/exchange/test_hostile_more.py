"""More hostile spreadsheets whose pre-checks measured another thing than what calamine then
parses. Each file is a few KB; read unchecked, calamine built a grid of hundreds of MB (or
gigabytes, up to aborting the process). The memory cases run in a child process with an
address-space limit and a bound on its peak (`_read_in_child`)."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import reader
from tests.exchange.test_hostile_files import HEAD, NS, _read_in_child, sheet
from tests.handmade_xlsx import PACKAGE_PARTS, SHEET_PART

WB_RELS = "xl/_rels/workbook.xml.rels"
FAR = sheet(HEAD + '<row r="150000"><c r="CV150000"><v>1</v></c></row>')  # 15M cells, ~600 MB
SMALL = sheet(HEAD)


def build(path: Path, parts: list[tuple[str, str]]) -> Path:
    """An archive holding `parts` in this order, two of one name included."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a name written twice
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts:
                z.writestr(name, text)
    return path


def workbook(path: Path, extra: list[tuple[str, str]], **replace: str) -> Path:
    """The hand-made workbook (parts replaced by name) followed by `extra`."""
    return build(path, [(n, replace.get(n, t)) for n, t in PACKAGE_PARTS] + extra)


def _rels(target: str) -> str:
    return dict(PACKAGE_PARTS)[WB_RELS].replace("worksheets/sheet1.xml", target)


def _second_rel(rid: str) -> str:
    """A relationship `rid` to xl/worksheets/big.xml, closing the relationships part."""
    return (f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/big.xml"/></Relationships>')


# --- parts named alike but for case ------------------------------------------------------


def test_calamine_opens_the_last_part_whose_name_matches_ignoring_case(tmp_path: Path) -> None:
    """Why names are compared folded: calamine (its zip lookup) takes the last part whose
    name equals the path it wants ignoring ASCII case, where zipfile wants it exact."""
    import python_calamine

    wide = sheet(HEAD + '<row r="2"><c r="E2"><v>1</v></c></row>')
    path = workbook(tmp_path / "kembar.xlsx", [(SHEET_PART, SMALL),
                                               ("XL/Worksheets/Sheet1.xml", wide)])
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    assert len(rows.to_python()) == 2


def test_parts_named_alike_but_for_case_are_refused(tmp_path: Path) -> None:
    """Each part calamine looks up could be swapped for a twin the checks never read: the
    sheet, the shared strings (one 32,000-character string in 200,000 cells: 6 GB, a crash),
    the workbook, its relationships, the package relationships."""
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>'
                                              for c in "ABCDEFGHIJ") + "</row>"
                   for r in range(1, 20_001))
    sst = f'<sst {NS}><si><t>{"W" * 32_000}</t></si></sst>'
    big_rels = _rels("worksheets/big.xml")
    pkg = dict(PACKAGE_PARTS)
    files = {
        "sheet": workbook(tmp_path / "sheet.xlsx", [(SHEET_PART, SMALL),
                                                     ("xl/worksheets/Sheet1.xml", FAR)]),
        "sheet_only_upper": workbook(tmp_path / "upper.xlsx", [("XL/worksheets/sheet1.xml",
                                                                 FAR)]),
        "strings": workbook(tmp_path / "sst.xlsx", [(SHEET_PART, sheet(rows)),
                                                    ("xl/SharedStrings.xml", sst)]),
        "workbook_rels": workbook(tmp_path / "rels.xlsx", [
            ("xl/_rels/Workbook.xml.rels", big_rels), ("xl/worksheets/big.xml", FAR),
            (SHEET_PART, SMALL)]),
        "workbook": workbook(tmp_path / "wb.xlsx", [
            ("xl/Workbook.xml", pkg["xl/workbook.xml"].replace('r:id="rId1"', 'r:id="rId9"')),
            (SHEET_PART, SMALL), ("xl/worksheets/big.xml", FAR)],
            **{WB_RELS: pkg[WB_RELS].replace("</Relationships>", _second_rel("rId9"))}),
        "package_rels": workbook(tmp_path / "pkg.xlsx", [
            ("_rels/.RELS", pkg["_rels/.rels"].replace("xl/workbook.xml", "q/workbook.xml")),
            ("q/workbook.xml", pkg["xl/workbook.xml"]), ("q/_rels/workbook.xml.rels",
                                                          pkg[WB_RELS]),
            ("q/worksheets/sheet1.xml", FAR), (SHEET_PART, SMALL)]),
        "same_name_twice": workbook(tmp_path / "dua.xlsx", [(SHEET_PART, SMALL),
                                                            (SHEET_PART, FAR)]),
    }
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key, path in files.items():
        code, message = results[str(path)]
        assert code in ("file.layout", "file.too_big", "file.bomb"), (key, code, message)
    assert results[str(files["strings"])][0] == "file.bomb"
    assert "tersimpan dua kali" in results[str(files["sheet"])][1]


def test_parts_of_usual_names_still_read(tmp_path: Path) -> None:
    """One part per name, in whatever case: read as before (calamine finds it so too)."""
    path = workbook(tmp_path / "biasa.xlsx", [("xl/worksheets/Sheet1.xml", SMALL)])
    assert reader.read_sheet(path).rows == [["NIK", "Nama"]]
    with pytest.raises(UserError, match="tersimpan dua kali") as info:
        reader.sheet_names(workbook(tmp_path / "dua.xlsx", [(SHEET_PART, SMALL),
                                                            ("xl/worksheets/SHEET1.XML", SMALL)]))
    assert info.value.code == "file.layout"


# --- relationship targets out of xl/ -----------------------------------------------------


def test_an_absolute_target_out_of_xl_is_the_part_measured(tmp_path: Path) -> None:
    """calamine reads an absolute target from the archive's root, wherever it points: the
    checks took /q/s.xml for xl//q/s.xml, found no such part and scanned xl/ only."""
    twice = _rels("worksheets/sheet1.xml").replace(
        "</Relationships>", _second_rel("rId1").replace("worksheets/big.xml", "/q/s.xml"))
    files = {
        "out_of_xl": workbook(tmp_path / "q.xlsx", [("q/s.xml", FAR)],
                              **{WB_RELS: _rels("/q/s.xml")}),
        # xl/worksheets/sheet1.xml is small; calamine reads worksheets/sheet1.xml
        "root_twin": workbook(tmp_path / "akar.xlsx", [(SHEET_PART, SMALL),
                                                        ("worksheets/sheet1.xml", FAR)],
                              **{WB_RELS: _rels("/worksheets/sheet1.xml")}),
        # a relationship id given twice: every part is scanned, out of xl/ too
        "id_twice": workbook(tmp_path / "id.xlsx", [(SHEET_PART, SMALL), ("q/s.xml", FAR)],
                             **{WB_RELS: twice}),
    }
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key, path in files.items():
        code, message = results[str(path)]
        assert code == "file.too_big" and "pada berkas" in message, (key, code, message)


def test_absolute_targets_of_usual_writers_still_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "abs.xlsx", [(SHEET_PART, SMALL)],
                    **{WB_RELS: _rels("/xl/worksheets/sheet1.xml")})
    assert reader.read_sheet(path).rows == [["NIK", "Nama"]]


def test_a_part_read_as_something_else_may_be_the_sheet_too(tmp_path: Path) -> None:
    """A relationship may name the shared strings (or, when the sheet is not known, the
    styles) as the sheet: calamine reads the part both ways, the checks only as the other
    thing. A sheet's XML holding an empty <sst> or <styleSheet> passes for either."""
    twice = _rels("worksheets/sheet1.xml").replace(
        "</Relationships>", _second_rel("rId1").replace("worksheets/big.xml", "styles.xml"))
    files = {
        "strings": workbook(tmp_path / "sst.xlsx", [
            ("xl/sharedStrings.xml", FAR.replace("</sheetData>", "</sheetData><sst></sst>"))],
            **{WB_RELS: _rels("sharedStrings.xml")}),
        "styles_id_twice": workbook(tmp_path / "gaya.xlsx", [
            (SHEET_PART, SMALL),
            ("xl/styles.xml", FAR.replace("</sheetData>", "</sheetData><styleSheet/>"))],
            **{WB_RELS: twice}),
    }
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key, path in files.items():
        code, message = results[str(path)]
        assert code == "file.too_big" and "pada berkas" in message, (key, code, message)


# --- merged areas ------------------------------------------------------------------------


def _merges(path: Path, refs: list[str], far: int = 140_000) -> Path:
    """A sheet two columns wide (A-B) and `far` rows long whose merged areas are `refs`."""
    body = HEAD + f'<row r="{far}"><c r="A{far}"><v>1</v></c></row>'
    cells = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}'
           f'</sheetData><mergeCells count="{len(refs)}">{cells}</mergeCells></worksheet>')
    return workbook(path, [(SHEET_PART, xml)])


_WALK = """
import sys
from jamsos_desktop.exchange import reader
data = reader.read_sheet(sys.argv[1])
print(len(data.merged), reader.clear_covered(data))
"""


def test_merged_areas_beyond_the_grid_are_not_walked(tmp_path: Path) -> None:
    """20,000 copies of C1:C140000 beside a sheet two columns wide (2 KB): clear_covered
    walked each area's 140,000 rows: hours. Such areas cover no cell; B1:C2 is kept."""
    import subprocess
    import sys

    from tests.exchange.test_hostile_files import ROOT

    path = _merges(tmp_path / "luar.xlsx", ["C1:C140000"] * 20_000 + ["B1:C2"])
    assert path.stat().st_size < 5_000
    proc = subprocess.run([sys.executable, "-c", _WALK, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["1", "0"]


def test_merged_areas_covering_more_than_the_grid_are_refused(tmp_path: Path) -> None:
    """One area given over and over: each step walking merged areas did it again."""
    path = _merges(tmp_path / "tumpuk.xlsx", ["A2:A140000"] * 200)
    with pytest.raises(UserError, match="sel gabungan saling bertumpuk") as info:
        reader.read_sheet(path)
    assert info.value.code == "file.corrupt"
    sound = _merges(tmp_path / "biasa.xlsx", ["A1:A3", "A4:A140000"])
    assert reader.read_sheet(sound).merged == [((0, 0), (2, 0)), ((3, 0), (139_999, 0))]


# --- .ods ----------------------------------------------------------------------------------


def test_a_table_inside_a_table_is_refused(tmp_path: Path) -> None:
    """calamine goes on with the outer table past a table in one of its cells, or ends it
    where an inner table (between its rows) ends, the inner rows taken for its own; the
    sizing pass started counting afresh at the inner table. 800 bytes: 59,001 × 150 cells,
    630 MB, for listing the sheets too."""
    from tests.exchange.test_hostile_files import cell, ods, row

    wide = row(cell("x", 150))
    files = {
        "in_a_cell": ods(tmp_path / "sel.ods", wide + '<table:table-row><table:table-cell>'
                         '<table:table table:name="Dalam">' + row(cell("y")) + "</table:table>"
                         "</table:table-cell></table:table-row>" + row(cell("z"), 59_000)),
        "between_rows": ods(tmp_path / "baris.ods", wide + '<table:table table:name="Dalam">'
                            + row(cell("z"), 59_000) + "</table:table>" + row(cell("w"))),
    }
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key, path in files.items():
        code, message = results[str(path)]
        assert code == "file.corrupt" and "tabel di dalam tabel" in message, (key, code)
    for path in files.values():
        with pytest.raises(UserError, match="tabel di dalam tabel"):
            reader.sheet_names(path)
    two = ods(tmp_path / "dua.ods", row(cell("NIK")) + '</table:table><table:table '
              'table:name="Lain"/><table:table table:name="Kedua">' + row(cell("x")))
    assert reader.sheet_names(two) == ["Data", "Lain", "Kedua"]
    assert reader.read_sheet(two, "Kedua").rows == [["x"]]


# --- many merged areas ----------------------------------------------------------------------
# calamine keeps every <mergeCell> of the sheet, and so does Python: ~300 bytes each, so a
# few MB of XML of them (compressing far less than the zip-bomb ratio) cost gigabytes before
# any later step could look. The pre-read counts them.


def _many_merges(path: Path, count: int, *, prefixed: bool = False,
                 merges_prefixed: bool = False) -> Path:
    """A one-cell sheet with `count` merged areas; `prefixed`: every element as .NET writes
    it (the exact pass); `merges_prefixed`: only the merged areas (the fast pass)."""
    from tests.handmade_xlsx import zip_workbook

    p = "x:" if prefixed else ""
    m = "x:" if prefixed or merges_prefixed else ""
    cells = "".join(f'<{m}mergeCell ref="C{r}:D{r}"/>' for r in range(1, count + 1))
    xml = (f'<?xml version="1.0"?><{p}worksheet xmlns='
           '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x='
           '"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           f'<{p}sheetData><{p}row r="1"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>NIK'
           f"</{p}t></{p}is></{p}c></{p}row></{p}sheetData><{m}mergeCells>{cells}"
           f"</{m}mergeCells></{p}worksheet>")
    return zip_workbook(path, xml)


def test_many_merged_areas_are_refused_before_calamine(tmp_path: Path) -> None:
    from jamsos_desktop.exchange import safety

    over = safety.MAX_MERGES + 1_000
    files = [_many_merges(tmp_path / "banyak.xlsx", over),
             _many_merges(tmp_path / "net.xlsx", over, prefixed=True),  # the exact pass
             _many_merges(tmp_path / "campur.xlsx", over, merges_prefixed=True)]
    results = _read_in_child(files)  # asserts the child stayed under 400 MB
    for path in files:
        code, message = results[str(path)]
        assert code == "file.too_big" and "sel gabungan" in message, (path, message)
        assert "batas 500.000" in message


def test_merged_areas_within_the_bound_still_read(tmp_path: Path) -> None:
    """A report exporter's roster merges cells on every row (Nama B:C, Alamat E:F): 100,000
    rows of two areas each are read."""
    from jamsos_desktop.exchange import safety

    assert safety.MAX_MERGES >= 200_000
    for kw in ({}, {"merges_prefixed": True}):
        path = _many_merges(tmp_path / "cukup.xlsx", safety.MAX_MERGES - 10, **kw)
        assert reader.read_sheet(path).rows == [["NIK"]]


def test_parts_stored_with_backslashes_are_not_twins(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenSpout on Windows stores both xl\\workbook.xml and xl/workbook.xml; zipfile on
    Windows shows both as xl/workbook.xml, calamine sees two names (and reads the second).
    Compared as stored, they are no twins there."""
    from tests.exchange.conftest import write_xlsx

    base = write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]])
    path = tmp_path / "openspout.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w") as z:
        for item in src.infolist():
            if item.filename == "xl/styles.xml":
                z.writestr("xl\\styles.xml", src.read(item.filename))
            z.writestr(item.filename, src.read(item.filename))
    monkeypatch.setattr(zipfile.os, "sep", "\\")  # zipfile as on Windows
    with zipfile.ZipFile(path) as z:
        assert [i.filename for i in z.infolist()].count("xl/styles.xml") == 2
    assert reader.read_sheet(path).rows == [["NIK"], ["1"]]


# --- a cell's type written with spaces --------------------------------------------------------


def test_shared_string_cells_typed_with_spaces_are_counted(tmp_path: Path) -> None:
    """calamine reads `t ="s"` (whitespace around `=`, as XML allows) as a shared-string
    cell; the count of such cells looked for `t="s"` and `t='s'` only and found none, so
    one 32,000-character string in 200,000 cells (430 KB of file) went unchecked: 8 GB,
    a Rust allocation failure."""
    from tests.exchange.test_hostile_files import package

    sst = f'<sst {NS}><si><t>{"W" * 32_000}</t></si></sst>'
    files = []
    for key, attr in {"space": 't ="s"', "newline": 't=\n"s"', "tab": "t\t=\t's'"}.items():
        rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" {attr}><v>0</v></c>'
                                                  for c in "ABCDEFGHIJ") + "</row>"
                       for r in range(1, 20_001))
        files.append(package(tmp_path / f"{key}.xlsx", {SHEET_PART: sheet(rows),
                                                        "xl/sharedStrings.xml": sst}))
    results = _read_in_child(files)  # peak under 400 MB
    for path in files:
        code, message = results[str(path)]
        assert code == "file.bomb" and "teks" in message, (path, code, message)


# --- .ods text written out by calamine ------------------------------------------------------


def test_ods_spaces_and_repeated_text_are_counted(tmp_path: Path) -> None:
    """calamine writes `<text:s text:c="n"/>` out as n spaces, and gives every repeated row
    and repeated cell its own copy of the text (Python one more): nothing counted either,
    so `text:c="1000000000"` in one cell cost 3.8 GB, in 50 rows aborted the process, and
    a 32,000-character text in 10 repeated cells of 2,000 repeated rows (800 bytes of
    file) 1.9 GB."""
    from tests.exchange.test_hostile_files import cell, ods, row

    def spaced(count: int) -> str:
        return ('<table:table-cell office:value-type="string"><text:p>a'
                f'<text:s text:c="{count}"/>b</text:p></table:table-cell>')

    empty_tail = '<table:table-cell table:number-columns-repeated="1000"/>'
    files = {
        "spaces": ods(tmp_path / "spasi.ods", row(spaced(1_000_000_000))),
        "spaces_rows": ods(tmp_path / "spasi_baris.ods", row(spaced(100_000_000), 50)),
        "copies": ods(tmp_path / "salinan.ods", row(cell("W" * 32_000, 10), 2_000)),
        "copies_mid_row": ods(tmp_path / "tengah.ods", row(
            cell("W" * 32_000, 20) + cell("x") + empty_tail, 1) + row(
            cell("W" * 32_000, 20) + cell("x") + empty_tail, 1_000)),
    }
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key, path in files.items():
        code, message = results[str(path)]
        assert code == "file.bomb" and "teks" in message, (key, code, message)
    with pytest.raises(UserError, match="teks") as info:
        reader.sheet_names(files["spaces"])  # calamine reads every table on opening
    assert info.value.code == "file.bomb"


def test_ods_spaces_and_repeats_of_usual_files_still_read(tmp_path: Path) -> None:
    """LibreOffice writes a run of spaces so (`<text:s/>`, `<text:s text:c="3"/>`), and
    equal neighbouring cells or rows as one repeated element."""
    from tests.exchange.test_hostile_files import cell, ods, row

    text = ('<table:table-cell office:value-type="string"><text:p>Jl.<text:s/>Melati'
            '<text:s text:c="3"/>5</text:p></table:table-cell>')
    path = ods(tmp_path / "biasa.ods", row(cell("NIK") + cell("Alamat"))
               + row(cell("Sama", 2) + text + '<table:table-cell table:number-columns-'
                     'repeated="1021"/>', 3))
    rows = reader.read_sheet(path).rows
    assert rows[0] == ["NIK", "Alamat", ""]
    assert rows[1:] == [["Sama", "Sama", "Jl. Melati   5"]] * 3


# --- merged areas of an .xls ------------------------------------------------------------------


def _xls_merges(path: Path, sheets: list[int]) -> Path:
    """An .xls whose sheets hold two cells and `count` merged areas each (MERGEDCELLS
    records of 1,024 areas, as Excel writes them)."""
    import struct

    from tests.exchange.test_audit_formats import _rec
    from tests.exchange.test_hostile_xls import book, number, padded, xls

    def merged(count: int) -> bytes:
        out = []
        for first in range(0, count, 1024):
            k = min(1024, count - first)
            out.append(_rec(0x00E5, struct.pack("<H", k) + b"".join(
                struct.pack("<HHHH", i % 60_000, i % 60_000, 2, 3)
                for i in range(first, first + k))))
        return b"".join(out)

    body = [(f"S{i}", 0, number(0, 0) + number(1, 1) + merged(count))
            for i, count in enumerate(sheets)]
    return xls(path, padded(book(body)))


def test_many_merged_areas_of_an_xls_are_refused_before_calamine(tmp_path: Path) -> None:
    """calamine keeps the MERGEDCELLS areas of every sheet of an .xls, and Python those of
    the sheet read, ~300 bytes each: 1,000,000 areas in an 8 MB file cost 305 MB (a 300 MB
    file, 11 GB); the bound on merged areas was .xlsx's only. Counted over the workbook,
    before calamine, for listing the sheets too."""
    from jamsos_desktop.exchange import safety

    files = [_xls_merges(tmp_path / "banyak.xls", [1_600_000]),
             # the sheet read holds half: the bound is the workbook's
             _xls_merges(tmp_path / "dua.xls", [safety.MAX_MERGES // 2 + 1_000] * 2)]
    results = _read_in_child(files)  # asserts the child stayed under 400 MB
    for path in files:
        code, message = results[str(path)]
        assert code == "file.too_big" and "sel gabungan" in message, (path, message)
    with pytest.raises(UserError, match="sel gabungan"):
        reader.sheet_names(files[1])
    sound = _xls_merges(tmp_path / "cukup.xls", [safety.MAX_MERGES - 10])
    assert len(reader.read_sheet(sound).rows) == 2


# --- .csv ---------------------------------------------------------------------------------------


def test_csv_rows_wide_long_or_many_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    """The whole text was held three times (bytes, text, and a copy four bytes a character
    in io.StringIO): a line of 80 MB, or 80 million empty lines, cost 560 MB or more (a 300
    MB file: 2 GB); `csv` built a row of every field before its width was looked at (one
    16 MB line of "ab,": 5.5 million strings, 350 MB); and the cells of all rows were not
    bounded at all (a 300 MB file of short fields: 9 GB)."""
    files = {
        "long_line": tmp_path / "panjang.csv",
        "empty_lines": tmp_path / "kosong.csv",
        "wide_row": tmp_path / "lebar.csv",
        "many_cells": tmp_path / "sel.csv",
    }
    files["long_line"].write_bytes(b"NIK,Nama\n" + b"a" * 80_000_000)
    files["empty_lines"].write_bytes(b"NIK,Nama\n" + b"\n" * 80_000_000)
    files["wide_row"].write_bytes(b"NIK,Nama\n" + b"ab," * 5_500_000 + b"\n")
    files["many_cells"].write_bytes((b"1," * 99 + b"1\n") * 90_000)
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    expected = {"long_line": "file.corrupt", "empty_lines": "file.too_long",
                "wide_row": "file.too_wide", "many_cells": "file.too_big"}
    for key, path in files.items():
        code, message = results[str(path)]
        assert code == expected[key], (key, code, message)
    assert "terlalu panjang" in results[str(files["long_line"])][1]


def test_csv_quoted_delimiters_and_line_ends_still_read(tmp_path: Path) -> None:
    path = tmp_path / "kutip.csv"
    path.write_bytes(b'NIK,Alamat\r1,"Jl. A, No. 5\r\nRT 1"\r2,"' + b"," * 300 + b'"\r')
    assert reader.read_sheet(path).rows == [["NIK", "Alamat"], ["1", "Jl. A, No. 5\r\nRT 1"],
                                            ["2", "," * 300]]


# --- two readings of the zip directory ----------------------------------------------------------


def _two_directories(sheet_a: str, sheet_b: str) -> tuple[bytes, bytes, int, bytes, int]:
    """The local parts of two workbooks in one run of bytes, and the central directory of
    each: (local parts, directory A, its entries, directory B, its entries). B's names are
    written disguised by zipfile and put right after (same length, same CRC)."""
    import io
    import struct

    disguise = {"x": "y", "[": "{", "_": "-"}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in [*PACKAGE_PARTS, (SHEET_PART, sheet_a)]:
            z.writestr(part, text)
        for part, text in [*PACKAGE_PARTS, (SHEET_PART, sheet_b)]:
            z.writestr(disguise[part[0]] + part[1:], text)
    data = bytearray(buf.getvalue())
    end = data.rfind(b"PK\x05\x06")
    count, _, at = struct.unpack_from("<HII", data, end + 10)
    dirs: tuple[bytearray, bytearray] = (bytearray(), bytearray())
    for _ in range(count):
        size = 46 + sum(struct.unpack_from("<HHH", data, at + 28))
        entry = bytearray(data[at:at + size])
        first = chr(entry[46])
        if first in "y{-":  # B: its real name back, in the directory and the local header
            real = {v: k for k, v in disguise.items()}[first].encode()
            entry[46:47] = real
            local = struct.unpack_from("<I", entry, 42)[0]
            data[local + 30:local + 31] = real
        dirs[first in "y{-"].extend(entry)
        at += size
    start = struct.unpack_from("<I", data, end + 16)[0]
    return bytes(data[:start]), bytes(dirs[0]), count // 2, bytes(dirs[1]), count // 2


def _end(count: int, size: int, offset: int, comment: int = 0) -> bytes:
    import struct

    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, comment)


def _zip64(count: int, size: int, offset: int, at: int) -> bytes:
    import struct

    return (struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, size,
                        offset) + struct.pack("<IIQI", 0x07064B50, 0, at, 1))


def test_zip_end_records_read_two_ways_are_refused(tmp_path: Path) -> None:
    """zipfile and calamine's zip crate find the central directory differently: zipfile
    takes a Zip64 record's figures over the end record's, and the last end record whatever
    its comment length says; the crate takes the plain figures, and passes over an end
    record whose comment runs past the file's end to an earlier one. Two directories, one
    naming a small sheet and one a far one, had the small one checked and the far one
    parsed: 600 MB from 3 KB (and more, up to allocation aborts)."""
    local, far, n, small, m = _two_directories(FAR, SMALL)
    at = len(local)
    body = local + far + small
    files = {
        "zip64_disagrees": body + _zip64(m, len(small), at + len(far), len(body))
        + _end(n, len(far), at),
        "comment_past_end": local + far + _end(n, len(far), at) + small
        + _end(m, len(small), at + len(far) + 22, comment=5),
    }
    paths = []
    for key, data in files.items():
        paths.append(tmp_path / f"{key}.xlsx")
        paths[-1].write_bytes(data)
    results = _read_in_child(paths)  # peak under 400 MB
    for path in paths:
        code, message = results[str(path)]
        assert code == "file.corrupt" and "direktori arsip zip" in message, (path, message)


def test_zip64_end_records_that_agree_still_read(tmp_path: Path) -> None:
    """A Zip64 end record (written by some libraries) agreeing with the plain one, or
    standing for it (0xFFFF marks), is read as before."""
    import struct

    local, sound, n, _, _ = _two_directories(SMALL, SMALL)
    body = local + sound
    marks = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                        0xFFFFFFFF, 0)
    for key, end in {"marks": marks, "plain": _end(n, len(sound), len(local))}.items():
        path = tmp_path / f"{key}.xlsx"
        path.write_bytes(body + _zip64(n, len(sound), len(local), len(body)) + end)
        assert reader.read_sheet(path).rows == [["NIK", "Nama"]], key


# --- text written in the sheet itself -----------------------------------------------------------


def test_inline_text_of_a_sheet_counts_toward_the_text_bound(tmp_path: Path) -> None:
    """Inline strings (and a formula's text result) are held by calamine and Python like
    shared ones, yet only the shared strings were counted: 420 MB of inline text, which
    compresses below the zip-bomb ratio (a 5 MB file), cost 850 MB, and a part may hold a
    gigabyte of it (2 GB)."""
    import random
    import string

    rnd = random.Random(7)
    pool = ["".join("W" * 1000 + "".join(rnd.choices(string.ascii_letters, k=8))
                    for _ in range(30)) for _ in range(40)]  # each past deflate's 32 KB window
    path = tmp_path / "sebaris.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in PACKAGE_PARTS:
            z.writestr(part, text)
        with z.open(SHEET_PART, "w") as fh:
            fh.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode())
            for r in range(1, 1_401):
                fh.write((f'<row r="{r}">' + "".join(
                    f'<c r="{c}{r}" t="{"str" if c == "J" else "inlineStr"}">'
                    + (f"<f>A1</f><v>{pool[(r + k) % 40]}</v>" if c == "J" else
                       f"<is><t>{pool[(r + k) % 40]}</t></is>") + "</c>"
                    for k, c in enumerate("ABCDEFGHIJ")) + "</row>").encode())
            fh.write(b"</sheetData></worksheet>")
    assert path.stat().st_size < 8_000_000
    code, message = _read_in_child([path])[str(path)]  # peak under 400 MB
    assert code == "file.bomb" and "teks" in message, (code, message)


def test_plain_text_of_an_ods_counts_toward_the_text_bound(tmp_path: Path) -> None:
    """The same for an .ods: 420 MB of text read once, in a 4.5 MB file, cost 1.2 GB."""
    import random
    import string

    from tests.exchange.test_hostile_files import MANIFEST, ODS_NS

    rnd = random.Random(7)
    pool = ["".join("W" * 1000 + "".join(rnd.choices(string.ascii_letters, k=8))
                    for _ in range(30)) for _ in range(40)]
    path = tmp_path / "teks.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST.replace("{enc}", ">"))
        with z.open("content.xml", "w") as fh:
            fh.write(f'<?xml version="1.0"?><office:document-content {ODS_NS}><office:body>'
                     '<office:spreadsheet><table:table table:name="Data">'.encode())
            for r in range(1_400):
                fh.write(("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>'
                    f"{pool[(r + k) % 40]}</text:p></table:table-cell>" for k in range(10))
                    + "</table:table-row>").encode())
            fh.write(b"</table:table></office:spreadsheet></office:body>"
                     b"</office:document-content>")
    assert path.stat().st_size < 8_000_000
    code, message = _read_in_child([path])[str(path)]  # peak under 400 MB
    assert code == "file.bomb" and "teks" in message, (code, message)


# --- the shared strings themselves --------------------------------------------------------------

_NAMES = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import reader
try:
    print(reader.sheet_names(sys.argv[1]))
except UserError as exc:
    print(exc.code)
with open("/proc/self/status") as fh:
    print(next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) // 1024)
"""


def _listed_in_child(path: Path) -> tuple[str, int]:
    """`reader.sheet_names` of `path` in a child process: (its outcome — the names or the
    refusal's code —, the child's peak memory in MB)."""
    import subprocess
    import sys

    from tests.exchange.test_hostile_files import ROOT

    proc = subprocess.run([sys.executable, "-c", _NAMES, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    listed, peak = proc.stdout.split("\n")[:2]
    return listed, int(peak)


def test_millions_of_shared_strings_are_refused_before_calamine(tmp_path: Path) -> None:
    """calamine reads every shared string when it opens an .xlsx, used by a cell or not,
    also to list the sheets: 19.8 million one-letter strings (7.5 MB of file, 340 MB of
    XML, below the zip-bomb ratio) cost 1.07 GB, 8.5 million (3 MB) 460 MB; only the
    strings' copies in cells were counted."""
    import random
    import string


    rnd = random.Random(3)
    blocks = ["".join("<si><t>a</t></si>" * 8 + "<si><t>" + "".join(rnd.choices(
        string.ascii_letters, k=2)) + "</t></si>" for _ in range(200)) for _ in range(64)]
    path = tmp_path / "daftar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in PACKAGE_PARTS:
            z.writestr(part, text)
        z.writestr(SHEET_PART, SMALL)
        with z.open("xl/sharedStrings.xml", "w") as fh:
            fh.write(f"<sst {NS}>".encode())
            for i in range(4_700):  # 8.5 million strings, 144 MB of XML
                fh.write(blocks[i % 64].encode())
            fh.write(b"</sst>")
    code, message = _read_in_child([path])[str(path)]  # peak under 400 MB
    assert code == "file.bomb" and "teks" in message, (code, message)
    listed, peak = _listed_in_child(path)
    assert listed == "file.bomb" and peak < 400, (listed, peak)


def test_oversized_styles_or_workbook_parts_are_refused_before_calamine(tmp_path: Path
                                                                        ) -> None:
    """calamine parses the workbook, its relationships and the styles whole on opening an
    .xlsx, into more than their XML: 3.3 million number formats (150 MB of styles.xml in a
    few MB) cost 428 MB, two million defined names 228 MB, for listing the sheets too."""


    path = tmp_path / "gaya.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in PACKAGE_PARTS:
            z.writestr(part, text)
        z.writestr(SHEET_PART, SMALL)
        with z.open("xl/styles.xml", "w") as fh:
            fh.write(f"<styleSheet {NS}><numFmts>".encode())
            for i in range(330):
                fh.write("".join(f'<numFmt numFmtId="{164 + i * 10_000 + j}" formatCode='
                                 f'"0.{j % 97:02d}#"/>' for j in range(10_000)).encode())
            fh.write(b"</numFmts></styleSheet>")
    code, message = _read_in_child([path])[str(path)]  # peak under 400 MB
    assert code == "file.bomb" and "xl/styles.xml" in message, (code, message)
    listed, peak = _listed_in_child(path)
    assert listed == "file.bomb" and peak < 400, (listed, peak)


def test_millions_of_xls_shared_strings_are_refused_before_calamine(tmp_path: Path) -> None:
    """The same for an .xls: calamine reads every string of the SST (to the end of its
    CONTINUE records, whatever the record's count says), ~56 bytes each: 8 million
    one-letter strings in a 40 MB file cost 519 MB (a 300 MB file, 4 GB)."""
    import struct

    from tests.exchange.test_audit_formats import _rec, _utf16
    from tests.exchange.test_hostile_xls import book, number, padded, xls

    per = 1_600  # strings of 5 bytes (length, flags, one UTF-16 letter) in a record
    body = b"".join(_utf16(chr(97 + i % 26), "<HB") for i in range(per))
    records = [_rec(0x00FC, struct.pack("<II", 1, 1) + body)]  # the count lies
    records += [_rec(0x003C, body)] * (7_600_000 // per)
    path = xls(tmp_path / "teks.xls", padded(book([("S", 0, number(0, 0))],
                                                  sst=b"".join(records))))
    results = _read_in_child([path])  # peak under 400 MB
    code, message = results[str(path)]
    assert code == "file.bomb" and "teks" in message, (code, message)


# --- sheets without number ------------------------------------------------------------------


def test_workbooks_of_millions_of_sheets_are_refused_before_calamine(tmp_path: Path) -> None:
    """calamine keeps a name and metadata for every sheet of an .xlsx and every table of
    an .ods (building the tables on opening), and Python lists them: a million <sheet>
    elements (8 MB of file) cost 511 MB, two million empty tables (7 MB) 513 MB, and
    770 MB to list their names. An .xls was bounded (5,000 sheets); these were not."""
    import random
    import string

    from tests.exchange.test_hostile_files import ods

    rnd = random.Random(9)
    many = "".join(f'<sheet name="{"".join(rnd.choices(string.ascii_letters, k=4))}{i}" '
                   f'sheetId="{i + 2}" r:id="rId1"/>' for i in range(1_000_000))
    book = dict(PACKAGE_PARTS)["xl/workbook.xml"].replace("</sheets>", many + "</sheets>")
    files = [workbook(tmp_path / "lembar.xlsx", [(SHEET_PART, SMALL)],
                      **{"xl/workbook.xml": book}),
             ods(tmp_path / "tabel.ods", "".join(
                 '</table:table><table:table table:name="'
                 + "".join(rnd.choices(string.ascii_letters, k=3)) + '">'
                 for _ in range(2_000_000)))]
    results = _read_in_child(files)  # peak under 400 MB
    for path in files:
        code, message = results[str(path)]
        assert code == "file.bomb" and "terlalu banyak lembar kerja" in message, (path, code)
        listed, peak = _listed_in_child(path)
        assert listed == "file.bomb" and peak < 400, (listed[:200], peak)


# --- which sheet is checked: chart sheets, Strict OOXML ---------------------------------------


def _chart_first(path: Path, far: bool = False) -> Path:
    """A workbook whose first sheet is a chart sheet and whose data sheet ("Data") holds a
    formula and a hidden row — and, with `far`, a cell far away."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in (["NIK", "Nama", "Gaji", "Total"], ["1", "A", 10, "=C2*2"], ["2", "B", 20, 40]):
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("Grafik", 0).add_chart(chart)
    wb.save(path)
    if far:
        plain = path.with_suffix(".tmp")
        path.rename(plain)
        with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = data.replace(b"</sheetData>", b'<row r="150000"><c r="CV150000">'
                                        b"<v>1</v></c></row></sheetData>")
                out.writestr(item, data)
    return path


def test_a_chart_sheet_first_is_not_the_sheet_checked(tmp_path: Path) -> None:
    """The reader takes the first visible worksheet; the checks took the chart sheet before
    it, so the worksheet was parsed unchecked (6.5 KB: 606 MB) and a sound one lost its
    formula and hidden-row report."""
    sound = reader.read_sheet(_chart_first(tmp_path / "grafik.xlsx"))
    assert sound.sheet == "Data"
    assert sound.formulas == {(1, 3)} and sound.hidden_rows == {2}
    far = _chart_first(tmp_path / "jauh.xlsx", far=True)
    code, message = _read_in_child([far])[str(far)]  # peak under 400 MB
    assert code == "file.too_big", (code, message)


def test_strict_ooxml_with_a_thumbnail_reads(tmp_path: Path) -> None:
    """Excel's "Strict Open XML Spreadsheet" names its elements in other namespaces; the
    checks did not find its sheets and scanned every part, a thumbnail's bytes too, which
    refused the file as damaged XML."""
    import python_calamine

    from tests.exchange.conftest import write_xlsx

    base = write_xlsx(tmp_path / "a.xlsx", [["NIK", "Nama"], ["1", "A"]])
    strict = tmp_path / "strict.xlsx"
    swaps = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(strict, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            for old, new in swaps:
                data = data.replace(old, new)
            out.writestr(item, data)
        out.writestr("docProps/thumbnail.jpeg", b"\xff\xd8\xff\xe0<c\x00\x10JFIF<c r=\x01")
    book = python_calamine.CalamineWorkbook.from_path(str(strict))
    assert book.get_sheet_by_index(0).to_python() == [["NIK", "Nama"], ["1", "A"]]
    assert reader.read_sheet(strict).rows == [["NIK", "Nama"], ["1", "A"]]


# --- .ods written so the sizing pass would misread it -----------------------------------------


def test_ods_tags_the_sizing_pass_could_misread_are_refused_or_read_right(
        tmp_path: Path) -> None:
    """A comment holding "</table:table>" reset the count of open tables, and a ">" inside a
    quoted attribute made a table or row tag look self-closing: a nested table or 59,000
    repeated rows of 150 cells went uncounted (800 bytes: 676 MB to 1.2 GB). Comments, CDATA
    and processing instructions (never in LibreOffice's content.xml) are refused; a quoted
    ">" is read as the XML it is."""
    from tests.exchange.test_hostile_files import cell, ods, row

    wide = row(cell("x", 150))
    inner = '<table:table table:name="Dalam">' + row(cell("z"), 59_000) + "</table:table>"
    files = {
        "komentar": ods(tmp_path / "komentar.ods", wide + "<!-- </table:table> -->" + inner
                        + row(cell("w"))),
        "cdata": ods(tmp_path / "cdata.ods", wide + "<![CDATA[ x ]]>" + row(cell("w"))),
        "pi": ods(tmp_path / "pi.ods", wide + "<?php x ?>" + row(cell("w"))),
        "nama": tmp_path / "nama.ods",  # written below
        "baris": ods(tmp_path / "baris.ods", row(cell("NIK")) + '<table:table-row table:'
                     'style-name="ro/>" table:number-rows-repeated="59000">' + cell("x", 150)
                     + "</table:table-row>" + row(cell("w"))),
    }
    # A table whose name holds "/>" inside its quotes, with the nested table after it.
    with zipfile.ZipFile(ods(tmp_path / "nama0.ods", "")) as src, \
            zipfile.ZipFile(files["nama"], "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b'table:name="Data">', b'table:name="Data/>">' + (
                    wide + inner + row(cell("w"))).encode())
            out.writestr(item, data)
    results = _read_in_child(list(files.values()))  # peak under 400 MB
    for key in ("komentar", "cdata", "pi"):
        code, message = results[str(files[key])]
        assert code == "file.corrupt" and "komentar" in message, (key, message)
    assert results[str(files["nama"])][0] == "file.corrupt"  # the nested table, seen
    assert results[str(files["baris"])][0] in ("file.too_big", "file.too_long")
    sound = ods(tmp_path / "biasa.ods", row(cell("NIK")) + '<table:table-row table:style-'
                'name="ro>1">' + cell("1") + "</table:table-row>")
    assert reader.read_sheet(sound).rows == [["NIK"], ["1"]]
