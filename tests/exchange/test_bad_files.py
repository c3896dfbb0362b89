"""Broken and hostile files: each gives a clear Indonesian message or a per-row reason, never
a crash, a hang, a memory blow-up or a half-written database."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import safety
from jamsos_desktop.exchange.reader import read_sheet
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import (
    HEADER,
    db_counts,
    header_row_xml,
    inline,
    nik,
    person,
    raw_xlsx,
    write_xlsx,
)


def _refused(store: Store, path: Path, match: str) -> None:
    before = db_counts(store)
    with pytest.raises(UserError, match=match) as info:
        importer.import_file(store, path, unit_code="1.01")
    assert info.value.message  # one Indonesian sentence, shown as is
    assert db_counts(store) == before


def test_random_bytes_named_xlsx(units_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acak.xlsx"
    path.write_bytes(b"\x00\x01bukan lembar kerja" * 100)
    _refused(units_store, path, "rusak atau bukan lembar kerja")


def test_truncated_zip(units_store: Store, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "baik.xlsx", [HEADER, *(person(i) for i in range(1, 200))])
    data = good.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 30):
        bad = tmp_path / f"potong{cut}.xlsx"
        bad.write_bytes(data[:cut])
        _refused(units_store, bad, "rusak")


def test_corrupted_inside_zip(units_store: Store, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "baik.xlsx", [HEADER, *(person(i) for i in range(1, 200))])
    data = bytearray(good.read_bytes())
    info = zipfile.ZipFile(good).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for i in range(start, start + 50):
        data[i] ^= 0x5A
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(bytes(data))
    _refused(units_store, bad, "rusak|tidak utuh")


def test_password_protected_ole_container(units_store: Store, tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream.
    body = bytearray(safety.OLE_MAGIC + b"\x00" * 1024)
    body += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512
    path = tmp_path / "sandi.xlsx"
    path.write_bytes(bytes(body))
    _refused(units_store, path, "kata sandi")


def test_legacy_xls_garbage(units_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "lama.xls"
    path.write_bytes(safety.OLE_MAGIC + b"\xff" * 4000)
    _refused(units_store, path, "rusak")


def test_zip_bomb_by_ratio(units_store: Store, tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "bom.xlsx", header_row_xml(1, ["NIK", "Nama"]))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b"\x00" * (64 * 1024 * 1024))  # ~1000:1
    _refused(units_store, path, "zip bomb")


def test_zip_bomb_lying_directory(units_store: Store, tmp_path: Path) -> None:
    """The directory claims a small part; inflating it yields far more. Caught while
    inflating under a byte budget, before calamine sees it."""
    path = raw_xlsx(tmp_path / "bohong.xlsx", header_row_xml(1, ["NIK", "Nama"]))
    data = bytearray(path.read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size
    small = (real // 4).to_bytes(4, "little")
    # uncompressed size: local header offset 22, central directory entry offset 24
    data[info.header_offset + 22:info.header_offset + 26] = small
    cd = bytes(data).rfind(b"PK\x01\x02", 0, len(data))
    while cd >= 0:
        name_len = int.from_bytes(data[cd + 28:cd + 30], "little")
        if bytes(data[cd + 46:cd + 46 + name_len]) == b"xl/worksheets/sheet1.xml":
            data[cd + 24:cd + 28] = small
            break
        cd = bytes(data).rfind(b"PK\x01\x02", 0, cd)
    path.write_bytes(bytes(data))
    _refused(units_store, path, "zip bomb|rusak|lebih besar")


def test_sheet_claiming_a_million_columns(units_store: Store, tmp_path: Path) -> None:
    # The dimension tag lies (ignored); a real far cell would make a dense 1M×16K grid.
    lying = raw_xlsx(tmp_path / "dimensi.xlsx", header_row_xml(1, ["NIK", "Nama"])
                     + f'<row r="2">{inline("A2", nik(1))}{inline("B2", "Budi")}</row>',
                     dimension="A1:XFD1048576")
    assert importer.import_file(units_store, lying, unit_code="1.01")["inserted"] == 1
    far = raw_xlsx(tmp_path / "jauh.xlsx", header_row_xml(1, ["NIK", "Nama"])
                   + f'<row r="1048576">{inline("XFD1048576", "x")}</row>')
    _refused(units_store, far, "di luar batas")
    long_and_wide = raw_xlsx(tmp_path / "luas.xlsx", header_row_xml(1, ["NIK", "Nama"])
                             + f'<row r="900000">{inline("CA900000", "x")}</row>')
    _refused(units_store, long_and_wide, "terlalu besar")


def test_formulas_errors_hidden_rows_reported_per_row(units_store: Store,
                                                      tmp_path: Path) -> None:
    sheet = (header_row_xml(1, ["NIK", "Nama", "Gaji"])
             + f'<row r="2">{inline("A2", nik(1))}{inline("B2", "Rumus")}'
             '<c r="C2"><f>1000000*2</f><v>2000000</v></c></row>'
             f'<row r="3">{inline("A3", nik(2))}{inline("B3", "Galat")}'
             '<c r="C3" t="e"><f>#REF!*2</f><v>#REF!</v></c></row>'
             f'<row r="4" hidden="1">{inline("A4", nik(3))}{inline("B4", "Tersembunyi")}'
             '<c r="C4"><v>1500000</v></c></row>'
             f'<row r="5">{inline("A5", nik(4))}{inline("B5", "Tanpa hasil")}'
             '<c r="C5"><f>SUM(X1:X9)</f></c></row>')
    path = raw_xlsx(tmp_path / "rumus.xlsx", sheet)
    plan = importer.plan_import(units_store, importer.load_source(units_store, path),
                                unit_code="1.01")
    rows = {p.row_no: p for p in plan.rows}
    assert rows[2].action == "insert" and "rumus" in rows[2].reasons()
    assert rows[2].values["wage"] == 2_000_000
    assert rows[3].action == "reject" and "#REF!" in rows[3].reasons()
    assert rows[4].action == "insert" and "tersembunyi" in rows[4].reasons()
    assert rows[5].action == "reject" and "tanpa hasil" in rows[5].reasons()
    assert any("tersembunyi" in n for n in plan.notices)


def test_hidden_rows_from_openpyxl(units_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", [HEADER, person(1), person(2)], hidden_rows=[3])
    data = read_sheet(path)
    assert data.hidden_rows == {2}


def test_error_text_in_csv(units_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(f"NIK;Nama;Gaji\n{nik(1)};Budi;#REF!\n", encoding="utf-8")
    plan = importer.plan_import(units_store, importer.load_source(units_store, path),
                                unit_code="1.01")
    assert plan.rows[0].action == "reject" and "#REF!" in plan.rows[0].reasons()


def test_control_characters_and_huge_strings(units_store: Store, tmp_path: Path) -> None:
    huge = "A" * (10 * 1024 * 1024)
    rows = [HEADER, person(1, name="Bu\x01di\x7f", address="Jl.\x0bMawar"),
            person(2, name=huge), person(3, nik=huge[:5_000_000]),
            person(4, name="Robert'); DROP TABLE workers;--"), person(5, name="Dewi 😀 O'Brien")]
    path = tmp_path / "aneh.csv"
    import csv

    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    r = importer.import_file(units_store, path, unit_code="1.01")
    assert (r["inserted"], r["rejected"]) == (3, 2)
    names = {row[0] for row in units_store.conn.execute("SELECT name FROM workers")}
    assert names == {"Budi", "Robert'); DROP TABLE workers;--", "Dewi 😀 O'Brien"}
    reasons = " ".join(p["reasons"] for p in r["problems"])
    assert "terlalu panjang" in reasons


def test_huge_string_in_xlsx(units_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "panjang.xlsx", [HEADER, person(1, name="B" * 32_000)])
    r = importer.import_file(units_store, path, unit_code="1.01")
    assert r["rejected"] == 1 and "terlalu panjang" in r["problems"][0]["reasons"]


@pytest.mark.parametrize("name, content, match", [
    ("kosong.xlsx", b"", "kosong"),
    ("data.txt", b"NIK;Nama", "tidak didukung"),
    ("biner.csv", b"PK\x03\x04 lembar", "bukan berkas CSV"),
    ("nul.csv", b"NIK;Nama\n\x00\x00\x00", "biner"),
])
def test_other_unreadable_files(units_store: Store, tmp_path: Path, name: str,
                                content: bytes, match: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _refused(units_store, path, match)


def test_missing_file_and_folder(units_store: Store, tmp_path: Path) -> None:
    _refused(units_store, tmp_path / "tidak-ada.xlsx", "tidak ditemukan")
    folder = tmp_path / "map.xlsx"
    folder.mkdir()
    _refused(units_store, folder, "folder")


def test_unknown_sheet_lists_the_sheets(units_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [HEADER, person(1)], extra_sheets={"Lain": [[1]]})
    with pytest.raises(UserError, match="Data, Lain"):
        importer.import_file(units_store, path, unit_code="1.01", sheet="Tidak Ada")
    r = importer.import_file(units_store, path, unit_code="1.01", sheet="data")
    assert r["inserted"] == 1
