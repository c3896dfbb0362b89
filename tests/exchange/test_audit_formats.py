"""Audit of issue #5: the file formats of a roster import, through `jamsos-desktop --db X
impor FILE`: .xls (a BIFF8 workbook in an OLE2 compound file, written here byte by byte as no
writer is installed) and .ods (written here as its XML), sheets chosen, hidden ones skipped,
dates and numbers as the format stores them; .csv with ';', ',' and tab delimiters, in
UTF-8 with a byte-order mark (Excel's "CSV UTF-8") and in Windows-1252 (Excel's plain "CSV"
on an Indonesian Windows), title rows above the header."""

from __future__ import annotations

import csv
import datetime as dt
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook

from jamsos_desktop.store import Store
from tests.exchange.conftest import nik
from tests.exchange.test_audit_mapping import accounted, cli, worker

# --- writers ---------------------------------------------------------------------------------


def _rec(rtype: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", rtype, len(data)) + data


def _utf16(text: str, length_format: str) -> bytes:
    """An XLUnicodeString: its length, a flag byte (1 = UTF-16) and the characters."""
    return struct.pack(length_format, len(text), 1) + text.encode("utf-16-le")


def biff8_workbook(sheets: list[tuple[str, list[list[Any]], bool]]) -> bytes:
    """The Workbook stream of an .xls: (sheet name, rows, hidden) per sheet. Cells: text
    (shared strings), numbers, dates (a number in a date-formatted XF), None."""
    strings: dict[str, int] = {}
    bodies = []
    for _name, rows, _hidden in sheets:
        cells = b""
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if isinstance(v, str):
                    index = strings.setdefault(v, len(strings))
                    cells += _rec(0x00FD, struct.pack("<HHHI", r, c, 15, index))  # LABELSST
                elif isinstance(v, dt.date):
                    serial = float((v - dt.date(1899, 12, 30)).days)
                    cells += _rec(0x0203, struct.pack("<HHHd", r, c, 16, serial))  # NUMBER
                elif v is not None:
                    cells += _rec(0x0203, struct.pack("<HHHd", r, c, 15, float(v)))
        width = max((len(x) for x in rows), default=0)
        bodies.append(_rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
                      + _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
                      + cells + _rec(0x000A))
    font = _rec(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0)
                + _utf16("Arial", "<BB"))
    date_format = _rec(0x041E, struct.pack("<H", 164) + _utf16("dd/mm/yyyy", "<HB"))

    def xf(number_format: int, style: bool) -> bytes:
        return _rec(0x00E0, struct.pack("<HHHHHHIH", 0, number_format,
                                        0xFFF5 if style else 0x0001, 0x20, 0, 0, 0, 0x20C0))

    xfs = b"".join(xf(0, True) for _ in range(15)) + xf(0, False) + xf(164, False)
    head = (_rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
            + _rec(0x0042, struct.pack("<H", 1200)) + font * 5 + date_format + xfs)
    sst = _rec(0x00FC, struct.pack("<II", len(strings), len(strings))
               + b"".join(_utf16(t, "<HB") for t in strings))
    tail = sst + _rec(0x000A)
    return workbook_stream(head, tail, bodies, lambda i, offset: _rec(
        0x0085, struct.pack("<IBB", offset, 1 if sheets[i][2] else 0, 0)
        + _utf16(sheets[i][0], "<BB")))


def workbook_stream(head: bytes, tail: bytes, bodies: list[bytes],
                    boundsheet: Callable[[int, int], bytes]) -> bytes:
    """The globals — `head`, a BOUNDSHEET for each sheet (`boundsheet(i, offset)`, whose
    length does not depend on the offset), `tail` — then the sheets' `bodies`, each
    BOUNDSHEET holding where its sheet starts in the stream."""
    def listing(offsets: list[int]) -> bytes:
        return b"".join(boundsheet(i, offset) for i, offset in enumerate(offsets))

    offset = len(head) + len(listing([0] * len(bodies))) + len(tail)
    offsets = []
    for body in bodies:
        offsets.append(offset)
        offset += len(body)
    return head + listing(offsets) + tail + b"".join(bodies)


def write_xls(path: Path, sheets: list[tuple[str, list[list[Any]], bool]]) -> Path:
    """An .xls: the Workbook stream in a version-3 compound file (FAT in sector 0, the
    directory in sector 1, the stream from sector 2, padded past the 4 KB mini-stream
    cutoff so it lives in ordinary sectors)."""
    sector = 512
    stream = biff8_workbook(sheets)
    stream += b"\x00" * (max(4096, -(-len(stream) // sector) * sector) - len(stream))
    n = len(stream) // sector
    assert n + 2 <= 128, "one FAT sector: tests keep workbooks under 63 KB"
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    fat = [0xFFFFFFFD, end, *range(3, n + 2), end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", free, free, child) + b"\x00" * 36
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry("Workbook", 2, free, 2, len(stream))
                 + entry("", 0, free, 0, 0) * 2)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + b"\xff" * (109 * 4 - 4))
    path.write_bytes(header + struct.pack("<128I", *fat) + directory + stream)
    return path


def _ods_cell(v: Any, attr: str) -> str:
    if v is None:
        return f"<table:table-cell{attr}/>"
    if isinstance(v, str):
        kind, value, shown = "string", "", escape(v)
    elif isinstance(v, dt.date):
        kind, value, shown = "date", f' office:date-value="{v.isoformat()}"', f"{v:%d/%m/%Y}"
    else:
        kind, value, shown = "float", f' office:value="{v}"', str(v)
    return (f'<table:table-cell office:value-type="{kind}"{value}{attr}>'
            f"<text:p>{shown}</text:p></table:table-cell>")


def write_ods(path: Path, sheets: list[tuple[str, list[list[Any]]]],
              merged: tuple[tuple[int, int, int, int], ...] = ()) -> Path:
    """An .ods: (sheet name, rows) per sheet; `merged`: (sheet, row, column, columns)."""
    spans = {(s, r, c): n for s, r, c, n in merged}
    body = []
    for si, (name, rows) in enumerate(sheets):
        body.append(f'<table:table table:name="{escape(name)}">')
        for r, row in enumerate(rows):
            body.append("<table:table-row>")
            covered = 0
            for c, v in enumerate(row):
                if covered:
                    covered -= 1
                    body.append("<table:covered-table-cell/>")
                    continue
                span = spans.get((si, r, c))
                covered = span - 1 if span else 0
                body.append(_ods_cell(v, f' table:number-columns-spanned="{span}"'
                                      if span else ""))
            body.append("</table:table-row>")
        body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               'office:version="1.2"><office:body><office:spreadsheet>' + "".join(body)
               + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


# --- tests -----------------------------------------------------------------------------------

TITLE = [["DAFTAR TENAGA HONORER"], ["DINAS PENDIDIKAN"], []]
HEAD = ["No", "NIK", "Nama Lengkap", "Tanggal Lahir", "Jenis Kelamin", "Gaji", "Unit Kerja"]


def _rows() -> list[list[Any]]:
    return [*TITLE, HEAD,
            [1, nik(1), "Budi Santoso", dt.date(1990, 3, 15), "L", 2_500_000, "1.01"],
            [None, None, None, None, None, None, None],
            [2, nik(2, "P"), "Ani Séptiani", "15 Maret 1990", "P", "Rp1.500.000", "1.01"],
            [3, float(nik(3)), "NIK Angka", "15-03-1990", "L", 1_000_000.0, "1.01"]]


def _check(store: Store, r: dict[str, Any]) -> None:
    accounted(r)
    assert (r["rows"], r["inserted"], r["rejected"], r["blank"]) == (4, 2, 1, 1), r
    assert r["header_row"] == 4
    assert "15 digit" in next(p["reasons"] for p in r["problems"] if p["row"] == 8)
    budi, ani = worker(store, nik(1)), worker(store, nik(2, "P"))
    assert (budi["birth_date"], budi["wage"], budi["unit_id"]) == ("1990-03-15", 2_500_000, 1)
    assert (ani["name"], ani["birth_date"], ani["sex"], ani["wage"]) == (
        "Ani Séptiani", "1990-03-15", "P", 1_500_000)


def test_xls_roster_on_its_sheet(units_store: Store, db_file: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xls(tmp_path / "opd.xls", [("Tersembunyi", [["NIK", "Nama"], ["x", "y"]], True),
                                            ("Rekap", [["Jumlah"], [3]], False),
                                            ("Honorer", _rows(), False)])
    code, r, err = cli(db_file, "impor", str(path), "--sheet", "Honorer", capsys=capsys)
    assert code == 0, err
    assert r["sheet"] == "Honorer"
    _check(units_store, r)


def test_xls_without_sheet_skips_hidden_and_summary_sheets(units_store: Store, db_file: Path,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    path = write_xls(tmp_path / "opd.xls", [("Tersembunyi", [["NIK", "Nama"], ["x", "y"]], True),
                                            ("Rekap", [["Jumlah"], [3]], False),
                                            ("Honorer", _rows(), False)])
    code, r, err = cli(db_file, "impor", str(path), "--dry-run", capsys=capsys)
    assert code == 0, err
    assert r["sheet"] == "Honorer" and r["inserted"] == 2


def test_ods_roster(units_store: Store, db_file: Path, tmp_path: Path,
                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_ods(tmp_path / "opd.ods", [("Data", _rows()), ("Lain", [["catatan"]])],
                     merged=[(0, 0, 0, 7), (0, 1, 0, 7)])
    code, r, err = cli(db_file, "impor", str(path), capsys=capsys)
    assert code == 0, err
    assert r["sheet"] == "Data"
    _check(units_store, r)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-8"])
def test_csv_delimiters_and_encodings(units_store: Store, db_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], delimiter: str,
                                      encoding: str) -> None:
    """Excel's CSV: everything is text; commas and semicolons inside quoted values; accents
    in Windows-1252 or UTF-8; title rows padded with delimiters above the header."""
    head = ["No", "NIK", "Nama Lengkap", "Tempat, Tgl Lahir", "Gaji", "Alamat", "Unit Kerja"]
    rows = [["DAFTAR TENAGA HONORER", "", "", "", "", "", ""], [""] * 7, head,
            ["1", nik(1), "Budi, S.Pd.", "Palembang, 15-03-1990", "Rp 1.500.000,00",
             "Jl. Café; No. 1, RT 2", "1.01"],
            ["2", nik(2, "P"), "Ani Séptiani", "Bandung, 15 Maret 1990", "2,5 jt",
             "Jl. Melati, Gg. 3", "Dinas Pendidikan"]]
    path = tmp_path / "opd.csv"
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    code, r, err = cli(db_file, "impor", str(path), capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["rows"], r["inserted"], r["header_row"]) == (2, 2, 3), r
    budi, ani = worker(units_store, nik(1)), worker(units_store, nik(2, "P"))
    assert (budi["name"], budi["birth_place"], budi["wage"], budi["address"]) == (
        "Budi, S.Pd.", "Palembang", 1_500_000, "Jl. Café; No. 1, RT 2")
    assert (ani["name"], ani["wage"], ani["address"], ani["unit_id"]) == (
        "Ani Séptiani", 2_500_000, "Jl. Melati, Gg. 3", 1)


def test_rejected_rows_of_an_xls_report_as_xlsx(units_store: Store, db_file: Path,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xls(tmp_path / "opd.xls", [("Honorer", _rows(), False)])
    report = tmp_path / "ditolak.xlsx"
    code, r, _ = cli(db_file, "impor", str(path), "--report", str(report), capsys=capsys)
    assert (code, r["rejected"]) == (0, 1)
    ws = load_workbook(report)["Ditolak"]
    assert ws.cell(3, 1).value == 8 and "15 digit" in ws.cell(3, ws.max_column).value
