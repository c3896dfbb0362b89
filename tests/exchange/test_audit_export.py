"""Audit of issue #5, exports, through `jamsos-desktop --db X ekspor roster|bpjs|anggaran
OUT.xlsx [filters]`, each file opened with openpyxl: header frozen, filters on, widths set,
NIK and KPJ as text, money as numbers in rupiah format, no text ever a formula (also behind a
tab or a line break), the BPJS column layout as data (Formulir 1a by default, an office's
template from a file), filters checked, and export → import round trips."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jamsos_desktop.exchange.writer import RUPIAH_FORMAT
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person
from tests.exchange.test_audit_mapping import cli


def _seed_csv(store: Store, db: Path, tmp_path: Path, rows: list[list[Any]],
              capsys: pytest.CaptureFixture[str]) -> None:
    """Seeded through a CSV: openpyxl would turn a '=…' text into a real formula."""
    path = tmp_path / "seed.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows([[*HEADER, "KPJ", "No HP"], *rows])
    code, r, err = cli(db, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert code == 0 and r["inserted"] == len(rows), (err, r)


def _header(ws: Any, row: int = 1) -> list[Any]:
    return [c.value for c in ws[row]]


def test_roster_export_layout_through_the_cli(units_store: Store, db_file: Path,
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _seed_csv(units_store, db_file, tmp_path,
              [[*person(1), "12345678901", "081234567890"],
               [*person(2, name="-Budi", address="+62 jalan", job="@SUM(A1)"), "", ""]],
              capsys)
    out = tmp_path / "roster.xlsx"
    code, r, _ = cli(db_file, "ekspor", "roster", str(out), capsys=capsys)
    assert (code, r["rows"], r["path"]) == (0, 2, str(out))
    ws = load_workbook(out)["Daftar Pegawai"]
    head = _header(ws)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:Y{ws.max_row}"
    assert all(ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQRSTUVWXY")
    row = {ws.cell(i, 2).value: i for i in (2, 3)}[nik(1)]
    for name in ("NIK", "No. KPJ", "No. HP", "Kode Unit"):
        cell = ws.cell(row, head.index(name) + 1)
        assert cell.data_type == "s", name
        assert cell.value.isdigit() or cell.value == "1.01", name
    wage = ws.cell(row, head.index("Upah") + 1)
    assert (wage.value, wage.data_type, wage.number_format) == (2_500_000, "n", RUPIAH_FORMAT)
    assert ws.cell(row, head.index("Tanggal Lahir") + 1).is_date
    other = 5 - row
    for name in ("Nama Lengkap", "Alamat", "Jabatan"):
        cell = ws.cell(other, head.index(name) + 1)
        assert cell.data_type == "s" and cell.quotePrefix, name



def test_bpjs_export_default_is_formulir_1a(units_store: Store, db_file: Path,
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """DOMAIN.md §4: employer number and unit, NIK, full name, place and date of birth, sex,
    mother's maiden name, address, marital status, start date, wage, programs, previous
    KPJ."""
    _seed_csv(units_store, db_file, tmp_path, [[*person(1), "", ""], [*person(2), "", ""]],
              capsys)
    out = tmp_path / "bpjs.xlsx"
    code, r, _ = cli(db_file, "ekspor", "bpjs", str(out), capsys=capsys)
    assert (code, r["rows"]) == (0, 2)
    ws = load_workbook(out)["Pendaftaran"]
    assert _header(ws) == ["No", "NPP", "Unit Kerja", "NIK", "Nama Lengkap", "Tempat Lahir",
                           "Tanggal Lahir", "Jenis Kelamin", "Nama Ibu Kandung", "Alamat",
                           "Status Perkawinan", "Tanggal Mulai Kerja", "Upah", "Program",
                           "No. KPJ Sebelumnya"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:O3"
    no, npp, niks = ws.cell(2, 1), ws.cell(2, 2), ws.cell(2, 4)
    assert (no.value, no.data_type) == (1, "n")  # the row number is a number
    assert ws.column_dimensions["A"].width <= 10
    assert (npp.value, npp.data_type, niks.data_type) == ("NPP101", "s", "s")
    assert ws.cell(2, 13).number_format == RUPIAH_FORMAT and ws.cell(2, 7).is_date


def test_bpjs_export_in_an_office_template(units_store: Store, db_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _seed_csv(units_store, db_file, tmp_path, [[*person(1), "", ""]], capsys)
    layout = tmp_path / "cabang.json"
    layout.write_text(json.dumps({
        "name": "Templat Cabang", "sheet": "Upload", "statuses": ["belum"], "columns": [
            {"header": "NO", "value": "row_number"},
            {"header": "NIK_KTP", "value": "nik", "type": "id"},
            {"header": "TGL_LAHIR", "value": "birth_date", "type": "date_text"},
            {"header": "JK", "value": "sex", "format": "Laki-laki/Perempuan"},
            {"header": "UPAH", "value": "wage", "type": "money", "width": 18},
            {"header": "=KODE", "value": "const", "text": "=PU"}]}), encoding="utf-8")
    once = tmp_path / "sekali.xlsx"
    code, r, _ = cli(db_file, "ekspor", "bpjs", str(once), "--layout", str(layout),
                     capsys=capsys)
    assert (code, r["layout"]) == (0, "Templat Cabang")
    ws = load_workbook(once)["Upload"]
    assert _header(ws) == ["NO", "NIK_KTP", "TGL_LAHIR", "JK", "UPAH", "=KODE"]
    assert [c.value for c in ws[2]] == [1, nik(1), "15-03-1990", "Laki-laki", 2_500_000, "=PU"]
    assert ws.cell(1, 6).data_type == ws.cell(2, 6).data_type == "s"
    assert ws.column_dimensions["E"].width == 18
    # saved as the office's layout, it serves every later export
    code, r, _ = cli(db_file, "ekspor", "bpjs", str(tmp_path / "a.xlsx"), "--layout",
                     str(layout), "--simpan-layout", capsys=capsys)
    code, r, _ = cli(db_file, "ekspor", "bpjs", str(tmp_path / "b.xlsx"), capsys=capsys)
    assert r["layout"] == "Templat Cabang"
    assert load_workbook(tmp_path / "b.xlsx").sheetnames == ["Upload", "Info"]


def test_budget_export(demo_store: Store, db_file: Path, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "anggaran.xlsx"
    code, r, _ = cli(db_file, "ekspor", "anggaran", str(out), "--year", "2026", capsys=capsys)
    assert code == 0 and r["total"] > 0
    wb = load_workbook(out)
    for name in ("Anggaran", "Per Program", "Per Bulan"):
        ws = wb[name]
        assert ws.freeze_panes in ("A2", "A3") and ws.auto_filter.ref
        money = [c for row in ws.iter_rows() for c in row
                 if c.number_format == RUPIAH_FORMAT and c.value is not None]
        assert money and all(isinstance(c.value, int) for c in money), name


@pytest.mark.parametrize("args, message", [
    (["--kategori", "honor"], "honor"), (["--status", "aktif"], "aktif"),
    (["--unit", "9.99"], "9.99")])
def test_unknown_filters_are_refused(units_store: Store, db_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], args: list[str],
                                     message: str) -> None:
    code, _r, err = cli(db_file, "ekspor", "roster", str(tmp_path / "x.xlsx"), *args,
                        capsys=capsys)
    assert code == 2 and message in err
    assert not (tmp_path / "x.xlsx").exists()


def test_filters_narrow_the_export(units_store: Store, db_file: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _seed_csv(units_store, db_file, tmp_path,
              [[*person(1), "", ""], [*person(2, name="Ani Lestari"), "", ""]], capsys)
    units_store.conn.execute("UPDATE workers SET category = 'thl' WHERE nik = ?", (nik(2),))
    for args, rows in ((["--kategori", "thl"], 1), (["--kategori", "honorer,thl"], 2),
                       (["--cari", "Lestari"], 1), (["--status", "terdaftar"], 0),
                       (["--unit", "1.02"], 0)):
        code, r, _ = cli(db_file, "ekspor", "roster", str(tmp_path / "f.xlsx"), *args,
                         capsys=capsys)
        assert (code, r["rows"]) == (0, rows), args


@pytest.mark.parametrize("name, written", [("daftar", "daftar.xlsx"),
                                           ("daftar.XLSX", "daftar.XLSX")])
def test_export_file_is_always_xlsx(units_store: Store, db_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str], name: str,
                                    written: str) -> None:
    code, r, _ = cli(db_file, "ekspor", "roster", str(tmp_path / name), capsys=capsys)
    assert code == 0 and r["path"] == str(tmp_path / written)
    assert load_workbook(tmp_path / written).sheetnames == ["Daftar Pegawai", "Info"]


@pytest.mark.parametrize("kind", ["roster", "bpjs"])
def test_export_under_another_file_type_is_refused(units_store: Store, db_file: Path,
                                                   tmp_path: Path, kind: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """An .xlsx workbook named .csv or .xls opens in Excel with a warning, or not at all."""
    for name in ("daftar.csv", "daftar.xls"):
        code, _r, err = cli(db_file, "ekspor", kind, str(tmp_path / name), capsys=capsys)
        assert code == 2 and ".xlsx" in err
        assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["Pegawai Kab.Sigi", "Honorer Kec.Palu", "Rekap Dinkes.Kab",
                                  "daftar.pegawai", "Daftar 31.12.2024"])
def test_a_dotted_abbreviation_is_no_file_type(tmp_path: Path, name: str) -> None:
    """A name a clerk writes with a dotted abbreviation ("Kab.Sigi", "Kec.Palu") has no file
    type: it gets ".xlsx" — it was refused as "not .xlsx but .Sigi"."""
    from jamsos_desktop.exchange.writer import xlsx_path

    assert xlsx_path(tmp_path / name) == tmp_path / f"{name}.xlsx"


@pytest.mark.parametrize("name", ["daftar.csv", "daftar.XLS", "daftar.xlsm", "daftar.ods",
                                  "daftar.pdf", "daftar.txt", "daftar.xlsb", "daftar.json"])
def test_a_name_of_another_file_type_is_refused(tmp_path: Path, name: str) -> None:
    from jamsos_desktop.errors import UserError
    from jamsos_desktop.exchange.writer import xlsx_path

    with pytest.raises(UserError, match=r"\.xlsx"):
        xlsx_path(tmp_path / name)


def test_round_trip_export_import_changes_nothing(units_store: Store, db_file: Path,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Risky texts, KPJ, phone, dates, wages: exported, imported back, nothing differs."""
    rows = [[*person(i, name=name), kpj, phone] for i, (name, kpj, phone) in enumerate(
        [("=HYPERLINK(\"x\")", "12345678901", "081234567890"),
         ("+Budi", "", "+6281234"), ("-Ani", "00123456789", ""), ("@Cecep", "", ""),
         ("Dewi O'Brien 😀", "", "0711-123456")], 1)]
    _seed_csv(units_store, db_file, tmp_path, rows, capsys)
    before = [dict(r) for r in units_store.conn.execute("SELECT * FROM workers ORDER BY id")]
    out = tmp_path / "roster.xlsx"
    assert cli(db_file, "ekspor", "roster", str(out), capsys=capsys)[0] == 0
    code, r, _ = cli(db_file, "impor", str(out), capsys=capsys)
    assert code == 0
    assert (r["rows"], r["unchanged"], r["updated"], r["rejected"]) == (5, 5, 0, 0), r
    after = [dict(r) for r in units_store.conn.execute("SELECT * FROM workers ORDER BY id")]
    assert after == before
    # and the BPJS registration list keeps NIK and the previous KPJ exactly
    assert cli(db_file, "ekspor", "bpjs", str(tmp_path / "b.xlsx"), capsys=capsys)[0] == 0
    ws = load_workbook(tmp_path / "b.xlsx")["Pendaftaran"]
    by_nik = {ws.cell(i, 4).value: ws.cell(i, 15).value for i in range(2, ws.max_row + 1)}
    assert by_nik[nik(3)] == "00123456789"


def test_bpjs_list_with_a_filter_keeps_the_layout_statuses(units_store: Store, db_file: Path,
                                                           tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    """A registration list narrowed to a unit or a name still holds only the workers the
    layout registers (not yet registered, proposed): a registered worker sent again would be
    registered twice. An explicit --status decides."""
    _seed_csv(units_store, db_file, tmp_path,
              [[*person(i), "", ""] for i in range(1, 4)], capsys)
    units_store.conn.execute("UPDATE workers SET status = 'terdaftar', kpj = '12345678901' "
                             "WHERE nik = ?", (nik(1),))
    for args, expected in ((["--unit", "1.01"], {nik(2), nik(3)}),
                           (["--cari", "Pegawai"], {nik(2), nik(3)}),
                           (["--unit", "1.01", "--status", "terdaftar"], {nik(1)})):
        out = tmp_path / "b.xlsx"
        code, _r, _ = cli(db_file, "ekspor", "bpjs", str(out), *args, capsys=capsys)
        ws = load_workbook(out)["Pendaftaran"]
        assert code == 0 and {ws.cell(i, 4).value for i in range(2, ws.max_row + 1)} == \
            expected, args
