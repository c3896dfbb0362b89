"""Hostile and damaged files against the import, as an attacker would make them: each ends in
one Indonesian sentence (`UserError`) or a per-row reason, never a traceback, a Rust panic, a
hang, a machine out of memory or a half-written database.

The memory cases run in a child process with an address-space limit, so a regression fails
the test instead of taking the machine down; its peak RSS is checked too."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from unittest import mock

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.reader import read_sheet
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, header_row_xml, nik, person, write_xlsx
from tests.handmade_xlsx import PACKAGE_PARTS, SHEET_PART, zip_workbook

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEAD = header_row_xml(1, ["NIK", "Nama"])
ROOT = Path(__file__).resolve().parents[2]


def sheet(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}'
            "</sheetData></worksheet>")


def package(path: Path, parts: dict[str, str | bytes], *, rels_target: str | None = None
            ) -> Path:
    """The hand-made workbook with `parts` added (or replacing), optionally pointing its
    one sheet at another part name."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in PACKAGE_PARTS:
            if rels_target and name == "xl/_rels/workbook.xml.rels":
                text = text.replace("worksheets/sheet1.xml", rels_target)
            z.writestr(name, parts.pop(name, text))
        for name, text in parts.items():
            z.writestr(name, text)
    return path


# Far cells written every way calamine accepts: each once allocated a dense grid of tens of
# gigabytes (a Rust "memory allocation failed" abort, or the machine's memory).
FAR = {
    "prefixed": ('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
                 'spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
                 '<x:is><x:t>NIK</x:t></x:is></x:c></x:row><x:row r="300000"><x:c r="XFD300000">'
                 "<x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>"),
    "no_r": sheet(HEAD + '<row r="2">' + "<c><v>1</v></c>" * 16_384
                  + '</row><row r="300000"><c r="A300000"><v>1</v></c></row>'),
    "attr_order": sheet(HEAD + '<row r="300000"><c s="0" r="XFD300000"><v>1</v></c></row>'),
    "lower_case": sheet(HEAD + '<row r="300000"><c r="xfd300000"><v>1</v></c></row>'),
    "single_quotes": sheet(HEAD + "<row r='300000'><c r='XFD300000'><v>1</v></c></row>"),
    "tab": sheet(HEAD + '<row r="300000"><c\tr="XFD300000"><v>1</v></c></row>'),
    "row_overflow": sheet(HEAD + '<row r="9999999999"><c r="A9999999999"><v>1</v></c></row>'),
    # The far cell in the first row, near ones after: the last row is not the largest.
    "not_in_order": sheet('<row r="1"><c r="GR1048576"><v>1</v></c></row>'
                          '<row r="2"><c r="A2"><v>1</v></c></row>'),
    "cell_ref_not_row": sheet(HEAD + '<row r="2"><c r="GR900000"><v>1</v></c></row>'),
    "XFD1": sheet(HEAD + '<row r="1"><c r="XFD1"><v>1</v></c></row>'),
    "A1048576": sheet(HEAD + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'),
    "XFD1048576": sheet(HEAD + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
}
GRID = sheet(HEAD + '<row r="300000"><c r="GR300000"><v>1</v></c></row>')


def _far_files(tmp: Path) -> list[Path]:
    files = [zip_workbook(tmp / f"{key}.xlsx", xml) for key, xml in FAR.items()]
    # calamine opens the part the relationship names, whatever its extension or dots …
    files.append(package(tmp / "dat_part.xlsx", {"xl/worksheets/sheet1.dat": GRID},
                         rels_target="worksheets/sheet1.dat"))
    files.append(package(tmp / "dot_part.xlsx", {"xl/worksheets/./sheet1.xml": GRID,
                                                 SHEET_PART: sheet(HEAD)},
                         rels_target="worksheets/./sheet1.xml"))
    # … and a relationship id given twice cannot tell which part is the sheet.
    twice = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>')
    rels = dict(PACKAGE_PARTS)["xl/_rels/workbook.xml.rels"].replace("</Relationships>", twice)
    files.append(package(tmp / "rel_twice.xlsx", {"xl/_rels/workbook.xml.rels": rels,
                                                  SHEET_PART: GRID,
                                                  "xl/worksheets/sheet2.xml": sheet(HEAD)}))
    return files


_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.reader import read_sheet
out = {}
for path in sys.argv[1:]:
    try:
        data = read_sheet(path)
        out[path] = ["ok", len(data.rows)]
    except UserError as exc:
        out[path] = [exc.code, exc.message]
# VmHWM: this process's own peak. ru_maxrss would carry over the peak of the (large) pytest
# process this child was forked from, which Linux keeps across exec.
with open("/proc/self/status") as fh:
    out["rss_mb"] = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) // 1024
print(json.dumps(out))
"""


def _read_in_child(paths: list[Path]) -> dict[str, list]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, *map(str, paths)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "panicked" not in proc.stderr
    result = json.loads(proc.stdout)
    assert result.pop("rss_mb") < 400
    return result


def test_far_cells_written_any_way_are_refused_before_calamine(tmp_path: Path) -> None:
    results = _read_in_child(_far_files(tmp_path))
    for path, (code, message) in results.items():
        assert code in ("file.too_wide", "file.too_long", "file.too_big", "file.corrupt"), (
            path, code, message)
        assert "Berkas" in message or "Lembar" in message


def test_files_written_differently_still_read_exactly(tmp_path: Path) -> None:
    """The exact pass is not a refusal: a prefixed (.NET) sheet, cells without `r`, single
    quotes, a formula and an error are read, located and reported as in a plain file."""
    body = ('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>NIK</x:t></x:is></x:c>'
            '<x:c t="inlineStr"><x:is><x:t>Nama</x:t></x:is></x:c>'
            '<x:c t="inlineStr"><x:is><x:t>Gaji</x:t></x:is></x:c></x:row>'
            f"<x:row r='2'><x:c t='inlineStr'><x:is><x:t>{nik(1)}</x:t></x:is></x:c>"
            "<x:c t='inlineStr'><x:is><x:t>Budi</x:t></x:is></x:c>"
            "<x:c t='e'><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>"
            "<x:row hidden='1'><x:c><x:v>3</x:v></x:c></x:row>")
    xml = ('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
           f'spreadsheetml/2006/main"><x:sheetData>{body}</x:sheetData></x:worksheet>')
    data = read_sheet(zip_workbook(tmp_path / "net.xlsx", xml))
    assert [r[:2] for r in data.rows[:2]] == [["NIK", "Nama"], [nik(1), "Budi"]]
    assert data.formulas == {(1, 2)} and data.errors == {(1, 2): "#DIV/0!"}
    assert data.hidden_rows == {2}


def test_a_long_shared_string_in_many_cells_is_a_bomb(tmp_path: Path) -> None:
    """400 KB of file: one 32,000-character shared string in 200,000 cells, which calamine
    and then Python copy into every cell (6 GB)."""
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>'
                                              for c in "ABCDEFGHIJ") + "</row>"
                   for r in range(1, 20_001))
    sst = f'<sst {NS}><si><t>{"W" * 32_000}</t></si></sst>'
    bomb = package(tmp_path / "sst.xlsx", {SHEET_PART: sheet(rows),
                                           "xl/sharedStrings.xml": sst})
    # A long note in a few cells of a normal file is not one.
    few = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{r % 2}</v></c></row>'
                  for r in range(1, 3_001))
    sst2 = f'<sst {NS}><si><t>{"N" * 32_000}</t></si><si><r><t>a</t></r></si></sst>'
    fine = package(tmp_path / "note.xlsx", {SHEET_PART: sheet(few + '<row r="3001"><c r="A3001"'
                                                              ' t="s"><v>0</v></c></row>'),
                                            "xl/sharedStrings.xml": sst2})
    results = _read_in_child([bomb, fine])
    assert results[str(bomb)][0] == "file.bomb" and "teks" in results[str(bomb)][1]
    assert results[str(fine)] == ["ok", 3001]


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:'
          'oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:'
          'opendocument:xmlns:text:1.0" office:version="1.2"')
MANIFEST = ('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
            '"text/xml"{enc}</manifest:file-entry></manifest:manifest>')
ENCRYPTION = ('><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum='
              '"AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:'
              'initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-'
              'name="PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/>'
              "</manifest:encryption-data>")


def ods(path: Path, rows: str, *, content: bytes | None = None, enc: str = "/>") -> Path:
    xml = (f'<?xml version="1.0"?><office:document-content {ODS_NS}><office:body>'
           f'<office:spreadsheet><table:table table:name="Data">{rows}</table:table>'
           "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST.replace("{enc}", enc.replace("/>", ">")
                                                             if enc != "/>" else ">"))
        z.writestr("content.xml", content if content is not None else xml)
    return path


def cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell{rep} office:value-type="string"><text:p>{text}</text:p>'
            "</table:table-cell>")


def row(cells: str, repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{cells}</table:table-row>"


def test_ods_repeats_are_sized_before_calamine(tmp_path: Path) -> None:
    head = row(cell("NIK") + cell("Nama"))
    bombs = [
        ods(tmp_path / "rows.ods", head + row(cell("x", 199), 499_000)),  # 99.3M cells
        ods(tmp_path / "cols.ods", head + row(cell("x", 1_000_000_000))),
        ods(tmp_path / "both.ods", head + row(cell("x", 150), 60_000)),
        # no repeat at all: one wide row and many short ones (a staircase)
        ods(tmp_path / "stair.ods", row(cell("x") * 190) + row(cell("y")) * 60_000),
        ods(tmp_path / "empty_between.ods", head + row('<table:table-cell table:number-'
            'columns-repeated="150"/>' + cell("z"), 1_048_000) + row(cell("z"))),
    ]
    # LibreOffice's own trailing repeats (empty cells to the right, empty rows below).
    normal = ods(tmp_path / "lo.ods", head + row(cell(nik(1)) + cell("Budi")
                                                 + '<table:table-cell table:number-columns-'
                                                 'repeated="1022"/>')
                 + row('<table:table-cell table:number-columns-repeated="1024"/>', 1_048_574))
    results = _read_in_child([*bombs, normal])
    for path in bombs:
        assert results[str(path)][0] in ("file.too_wide", "file.too_long", "file.too_big",
                                         "file.bomb"), (
            path, results[str(path)])
    assert results[str(normal)] == ["ok", 2]


def test_ods_bad_repeat_values_and_encryption(tmp_path: Path) -> None:
    for value in ("-5", "abc", ""):
        bad = ods(tmp_path / f"r{value}.ods",
                  f'<table:table-row table:number-rows-repeated="{value}">{cell("x")}'
                  "</table:table-row>")
        with pytest.raises(UserError, match="rusak"):
            read_sheet(bad)
    locked = ods(tmp_path / "sandi.ods", "", content=os.urandom(3000), enc=ENCRYPTION)
    with pytest.raises(UserError, match="kata sandi"):
        read_sheet(locked)
    assert read_sheet(ods(tmp_path / "kosong.ods", "")).rows == []
    assert read_sheet(ods(tmp_path / "kepala.ods", row(cell("NIK")))).rows == [["NIK"]]


# A two-cell .xls written by xlwt (BIFF8 in an OLE container), zlib-compressed.
XLS = zlib.decompress(base64.b64decode(
    "eNrtWE1oE0EU/maTND+k6aZNhVYooWDVtmBiKOqh3VrUImKoXiwi6LbJobSmEupBL63WHAXBk+Kl0IuXqhd/0IPe"
    "PAiVehAEIdGjp4KChzbrm5dZSX8ODWipMt8y37x9783Oy86bmcy+X4wW5560lrAOffCg7ARRV6UTVILujQmyO44U"
    "3TpAxdH4pxAM0EDW+fCy/p1fjqEc7xIMPPa+IQa+ULmAK0hP5rLxbcQAx2ALGUMvscAD0kTQwlE1Mo8yNzE/Ys9X"
    "zP2suc3cS75FcR6LVrrzsMriYaOdbRHI5z7jNp9Yk0Qz3sosnr4jKr4+HM2P2RM709DmDWMeNG6D2Vw2b08UEaMB"
    "nMcPJw58d2fq67jWb69egPQ/1+r9m+jvGl5gBs4lTvACwljySIsXx+wpewUHSAIXUqdPniIpbV+2acamDh5KJZLJ"
    "nkTqSIKQJMvA1cxYSK7QPKPNNTO6njM9TJxBA8tRzneT1uyVh8tLp0eGrIusmeFVvLLW75HhwcEN2YIaR9hi/OZO"
    "5i7mm/zU3Sy3MscoS6nuGGpWwolZ9rnF1g7qJ8X4YO2tkveRXPh25nlb4au1n+SFwdL12MJHaw7ttPdkqL28ZtEt"
    "usX9exIvLLcWal34zNyyYY0IGKaK3VEbWgNWEWIxyly5k29HKH+xib9gf0P5C/aX49ZnNOIpv57+ql0zBA0NDQ0N"
    "DQ0NDY2dAqH+y3vUQcOnTgx+9V1nlUpZfyb5b3EWk3RN0cH0OHJU53GtpvzZBZ9wnyW22Mb9XihxjnrPYxwjHMd4"
    "zflLJz5R/Xu23ND8c1Oo1v7LtcT5l/v/BYDuwpg="))
WRITEACCESS_AT = 548  # WRITEACCESS record: type 0x5C, 112 bytes, right after the BOF


def _with_filepass(payload: bytes) -> bytes:
    """The .xls with its WRITEACCESS record replaced, in place, by a FILEPASS record."""
    record = (0x2F).to_bytes(2, "little") + len(payload).to_bytes(2, "little") + payload
    pad = 116 - len(record) - 4
    filler = (0x868).to_bytes(2, "little") + pad.to_bytes(2, "little") + bytes(pad)
    data = bytearray(XLS)
    assert data[WRITEACCESS_AT:WRITEACCESS_AT + 2] == b"\x5c\x00"
    data[WRITEACCESS_AT:WRITEACCESS_AT + 116] = record + filler
    return bytes(data)


@pytest.mark.parametrize("kind, payload", [
    ("rc4", b"\x01\x00\x01\x00\x01\x00" + b"\x11" * 48),
    # XOR obfuscation: calamine does not notice it and reads the scrambled cells.
    ("xor", b"\x00\x00\x34\x12\x78\x56"),
])
def test_password_protected_xls(tmp_path: Path, kind: str, payload: bytes) -> None:
    plain = tmp_path / "biasa.xls"
    plain.write_bytes(XLS)
    assert read_sheet(plain).rows == [["NIK", "Nama"], ["3273011503900001", "Budi"]]
    locked = tmp_path / f"{kind}.xls"
    locked.write_bytes(_with_filepass(payload))
    with pytest.raises(UserError, match="dilindungi kata sandi"):
        read_sheet(locked)


def test_damaged_xls_and_ods(tmp_path: Path) -> None:
    good_ods = ods(tmp_path / "baik.ods", row(cell("NIK")) + row(cell(nik(1))) * 50).read_bytes()
    for label, data in (("xls", XLS), ("ods", good_ods)):
        for cut in (len(data) // 4, len(data) // 2, len(data) - 10):
            path = tmp_path / f"potong{cut}.{label}"
            path.write_bytes(data[:cut])
            with pytest.raises(UserError):
                read_sheet(path)
        flipped = bytearray(data)
        for i in range(600, len(data), 97):
            flipped[i] ^= 0xFF
        path = tmp_path / f"balik.{label}"
        path.write_bytes(bytes(flipped))
        try:
            read_sheet(path)
        except UserError as exc:
            assert exc.message


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipa.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(UserError, match="bukan berkas biasa"):
        read_sheet(pipe)


def test_unreadable_file(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kunci.xlsx", [HEADER, person(1)])
    denied = PermissionError(13, "Permission denied")
    with mock.patch("pathlib.Path.open", side_effect=denied), \
            pytest.raises(UserError, match="tidak dapat dibuka"):
        read_sheet(path)


def test_wrong_suffix_both_ways(tmp_path: Path) -> None:
    csv_as_xlsx = tmp_path / "data.xlsx"
    csv_as_xlsx.write_text("NIK;Nama\n1;Budi\n", encoding="utf-8")
    with pytest.raises(UserError, match="tidak sesuai dengan jenisnya"):
        read_sheet(csv_as_xlsx)
    xlsx_as_csv = tmp_path / "data.csv"
    xlsx_as_csv.write_bytes(write_xlsx(tmp_path / "x.xlsx", [HEADER]).read_bytes())
    with pytest.raises(UserError, match="bukan berkas CSV"):
        read_sheet(xlsx_as_csv)
    xls_as_csv = tmp_path / "lama.csv"
    xls_as_csv.write_bytes(XLS)
    with pytest.raises(UserError, match="bukan berkas CSV"):
        read_sheet(xls_as_csv)


def test_too_many_zip_entries_refused_before_listing(tmp_path: Path) -> None:
    path = tmp_path / "banyak.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in PACKAGE_PARTS:
            z.writestr(name, text)
        z.writestr(SHEET_PART, sheet(HEAD))
        for i in range(6_000):
            z.writestr(f"x/{i}", b"")
    with mock.patch("zipfile.ZipFile", side_effect=AssertionError("listed")), \
            pytest.raises(UserError, match="terlalu banyak bagian"):
        read_sheet(path)


def test_csv_in_utf16_and_with_nul(tmp_path: Path) -> None:
    """Excel's "Unicode Text" is UTF-16 with tabs; a stray NUL is dropped, not "binary"."""
    path = tmp_path / "unicode.csv"
    path.write_bytes(f"NIK\tNama\n{nik(1)}\tDéwi\n".encode("utf-16"))
    assert read_sheet(path).rows == [["NIK", "Nama"], [nik(1), "Déwi"]]
    for codec in ("utf-32", "utf-32-be"):  # with a BOM; UTF-32 LE's starts like UTF-16's
        wide = tmp_path / f"{codec}.csv"
        text = f"NIK\tNama\n{nik(1)}\tDéwi\n"
        wide.write_bytes(text.encode(codec) if codec == "utf-32"
                         else b"\x00\x00\xfe\xff" + text.encode(codec))
        assert read_sheet(wide).rows == [["NIK", "Nama"], [nik(1), "Déwi"]], codec
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"NIK;Nama\n{nik(1)};D\xe9wi \x81\n".encode("latin-1"))
    assert read_sheet(latin).rows[1][1].startswith("Déwi")


def test_xml_oddities_read_as_text(tmp_path: Path) -> None:
    cells = ('<row r="1">'
             '<c r="A1" t="inlineStr"><is><t>A&amp;B &#x41;&#66;</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t><![CDATA[<b>x</b> & y]]></t></is></c>'
             '<c r="C1" t="s"><v>0</v></c>'
             '<c r="D1" t="inlineStr"><is><t xml:space="preserve">  spasi  </t></is></c>'
             '<c r="E1" t="inlineStr"><is><t>nul_x0000_ctl_x0001_</t></is></c>'
             '<c r="F1" t="str"><f>"#REF!"</f><v>#REF!</v></c>'
             '<c r="G1" t="e"><v>#N/A</v></c></row>')
    sst = (f'<sst {NS}><si><r><rPr><b/></rPr><t>Ka</t></r><r><t xml:space="preserve">'
           " mi</t></r></si></sst>")
    path = package(tmp_path / "aneh.xlsx", {SHEET_PART: sheet(cells),
                                            "xl/sharedStrings.xml": sst})
    data = read_sheet(path)
    a, b, c, d, e, f, g = data.rows[0]
    assert (a, b, c, d) == ("A&B AB", "<b>x</b> & y", "Ka mi", "  spasi  ")
    assert isinstance(e, str) and f == "#REF!" and g in ("#N/A", "")
    assert data.formulas == {(0, 5)} and data.errors == {(0, 6): "#N/A"}


def test_billion_laughs_is_never_expanded(tmp_path: Path) -> None:
    dtd = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">'
                     for i in range(1, 10)) + "]>")
    in_sheet = zip_workbook(tmp_path / "a.xlsx", dtd + f'<worksheet {NS}><sheetData><row r="1">'
                            '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
                            "</sheetData></worksheet>")
    wb = dict(PACKAGE_PARTS)["xl/workbook.xml"]
    in_workbook = package(tmp_path / "b.xlsx", {
        "xl/workbook.xml": dtd + wb[wb.index("<workbook"):].replace('name="Data"',
                                                                     'name="&lol9;"'),
        SHEET_PART: sheet(HEAD)})
    in_prefixed = zip_workbook(tmp_path / "c.xlsx", dtd + '<x:worksheet xmlns:x="http://'
                               'schemas.openxmlformats.org/spreadsheetml/2006/main">'
                               '<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>&lol9;</x:t>'
                               "</x:is></x:c></x:row></x:sheetData></x:worksheet>")
    for path in (in_sheet, in_workbook, in_prefixed):
        with pytest.raises(UserError, match="rusak"):
            read_sheet(path)


def test_zero_rows_and_header_only(units_store: Store, tmp_path: Path) -> None:
    empty = zip_workbook(tmp_path / "nol.xlsx", sheet(""))
    with pytest.raises(UserError, match="kosong"):
        importer.import_file(units_store, empty, unit_code="1.01")
    only = write_xlsx(tmp_path / "kepala.xlsx", [HEADER])
    result = importer.import_file(units_store, only, unit_code="1.01")
    assert (result["rows"], result["inserted"]) == (0, 0)


def test_merged_cells_over_data_keep_the_hidden_values_visible(tmp_path: Path) -> None:
    """Excel shows only the top-left value of a merge; the covered cells' own values are
    still in the file and come through as they are (the preview shows them)."""
    path = write_xlsx(tmp_path / "gabung.xlsx", [HEADER, person(1), person(2)],
                      merged=["C2:C3"])
    data = read_sheet(path)
    assert data.merged and data.rows[2][2] in ("Pegawai 2", None, "")


def _dump(store: Store) -> list[str]:
    return list(store.conn.iterdump())


@pytest.mark.parametrize("where", ["update_worker", "finish_batch", "bulk_insert"])
def test_failure_mid_commit_leaves_the_database_as_it_was(units_store: Store, tmp_path: Path,
                                                          where: str) -> None:
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, *(person(i) for i in range(1, 30))])
    importer.import_file(units_store, first, unit_code="1.01")
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER, *(person(i, job="Kepala")
                                                        for i in range(10, 60))])
    before = _dump(units_store)
    calls = {"n": 0}
    target = {"update_worker": "jamsos_desktop.store.workers.update_worker",
              "finish_batch": "jamsos_desktop.store.imports.finish_batch",
              "bulk_insert": "jamsos_desktop.store.workers.bulk_insert"}[where]
    module, _, attr = target.rpartition(".")
    real = getattr(sys.modules[module], attr)

    def failing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] > 5 or where != "update_worker":
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    with mock.patch(target, failing), pytest.raises(OSError):
        importer.import_file(units_store, second, unit_code="1.01")
    assert calls["n"] >= 1
    assert _dump(units_store) == before


def _cli(db: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jamsos_desktop", "--db", str(db), "impor",
                           str(path), "--unit", "1.01", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_on_hostile_files(tmp_path: Path) -> None:
    """The whole command: exit code 2, one Indonesian line, no traceback, nothing written."""
    files = [zip_workbook(tmp_path / "prefiks.xlsx", FAR["prefixed"]),
             zip_workbook(tmp_path / "tanpa_r.xlsx", FAR["no_r"]),
             ods(tmp_path / "ulang.ods", row(cell("x", 199), 499_000))]
    locked = tmp_path / "sandi.xls"
    locked.write_bytes(_with_filepass(b"\x00\x00\x34\x12\x78\x56"))
    files.append(locked)
    db = tmp_path / "j.db"
    for path in files:
        proc = _cli(db, path)
        assert proc.returncode == 2, (path, proc.returncode, proc.stderr)
        assert proc.stderr.startswith("Kesalahan: ") and "Traceback" not in proc.stderr
        assert proc.stdout == ""
