"""Exports: layout of the files (frozen header, filters, widths, NIK/KPJ as text, money as
numbers in rupiah format), formula-injection defence, the BPJS layout as data, the budget,
the audit trail, and export → import round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.writer import RUPIAH_FORMAT, Column, write_workbook
from jamsos_desktop.services import exporter, importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person


def _seed(store: Store, tmp_path: Path, rows: list[list]) -> None:
    # CSV: openpyxl would turn a seeded "=…" name into a real formula.
    import csv

    path = tmp_path / "seed.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *rows])
    r = importer.import_file(store, path, unit_code="1.01")
    assert r["inserted"] == len(rows), r["problems"]


def test_roster_export_format(units_store: Store, tmp_path: Path) -> None:
    _seed(units_store, tmp_path, [person(1), person(2, name="=HYPERLINK(\"http://x\")",
                                                     address="+62 jalan", job="@SUM(A1)")])
    out = tmp_path / "roster.xlsx"
    r = exporter.export_roster(units_store, out)
    assert r["rows"] == 2
    wb = load_workbook(out)
    ws = wb["Daftar Pegawai"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:Y3"
    assert ws.column_dimensions["C"].width == 28
    header = [c.value for c in ws[1]]
    assert header[:3] == ["No", "NIK", "Nama Lengkap"]
    rows = {ws.cell(r, 2).value: r for r in (2, 3)}
    r1 = rows[nik(1)]
    assert ws.cell(r1, 2).data_type == "s"  # NIK as text
    wage = ws.cell(r1, header.index("Upah") + 1)
    assert wage.value == 2_500_000 and wage.data_type == "n"
    assert wage.number_format == RUPIAH_FORMAT
    born = ws.cell(r1, header.index("Tanggal Lahir") + 1)
    assert born.is_date and born.number_format == "dd-mm-yyyy"
    r2 = rows[nik(2)]
    for col in ("Nama Lengkap", "Alamat", "Jabatan"):
        cell = ws.cell(r2, header.index(col) + 1)
        assert cell.data_type == "s", col  # never "f"
        assert cell.quotePrefix
    assert ws.cell(r2, 3).value == '=HYPERLINK("http://x")'
    info = {row[0].value: row[1].value for row in wb["Info"].iter_rows()}
    assert info["Jumlah baris"] == 2


def test_id_columns_are_in_text_format(units_store: Store, tmp_path: Path) -> None:
    """NIK, KPJ, phone and unit code cells, and their whole columns, carry Excel's Text
    format: a clerk who retypes one (or types a new row) gets text, not a number that drops
    a NIK's 16th digit or a phone's leading 0. A risky text in such a column keeps its quote
    prefix; the values are unchanged."""
    _seed(units_store, tmp_path, [person(1), person(2)])
    out = exporter.export_roster(units_store, tmp_path / "roster.xlsx")["path"]
    ws = load_workbook(out)["Daftar Pegawai"]
    header = [c.value for c in ws[1]]
    ids = [header.index(h) + 1 for h in ("NIK", "No. HP", "Kode Unit", "No. KPJ")]
    for col in ids:
        letter = ws.cell(1, col).column_letter
        assert ws.column_dimensions[letter].number_format == "@", header[col - 1]
        for r in (2, 3):
            cell = ws.cell(r, col)
            if cell.value is not None:
                assert cell.data_type == "s" and cell.number_format == "@", header[col - 1]
    assert {ws.cell(r, ids[0]).value for r in (2, 3)} == {nik(1), nik(2)}
    for col in (header.index("Nama Lengkap") + 1, header.index("Upah") + 1):
        assert ws.cell(2, col).number_format != "@"
    path = tmp_path / "risky.xlsx"
    write_workbook(path, "S", [Column("NIK", "id")], [["=1+1"], ["3273011503900001"]])
    sheet = load_workbook(path)["S"]
    assert sheet.cell(2, 1).quotePrefix and sheet.cell(2, 1).value == "=1+1"
    assert sheet.cell(3, 1).number_format == "@" and sheet.cell(3, 1).value == "3273011503900001"


def test_export_is_audited(units_store: Store, tmp_path: Path) -> None:
    _seed(units_store, tmp_path, [person(1)])
    exporter.export_roster(units_store, tmp_path / "r.xlsx")
    row = units_store.conn.execute(
        "SELECT * FROM audit_log WHERE action = 'export' ORDER BY id DESC").fetchone()
    assert row is not None and "daftar pegawai" in row["detail"]
    assert json.loads(row["new"])["rows"] == 1


def test_writer_neutralises_every_risky_text(tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    risky = ["=1+2", "+1", "-1", "@A1", "#REF!", "a\x01b", "x" * 40_000]
    write_workbook(out, "X", [Column("T"), Column("R", "raw"), Column("I", "id")],
                   [[v, v, v] for v in risky])
    ws = load_workbook(out)["X"]
    for r in range(2, 2 + len(risky)):
        for c in (1, 2, 3):
            cell = ws.cell(r, c)
            assert cell.data_type == "s", (r, c, cell.value)
    assert ws.cell(7, 1).value == "ab"
    assert len(ws.cell(8, 1).value) == 32_767


def test_write_failure_leaves_no_half_file(tmp_path: Path) -> None:
    def rows():
        yield ["a"]
        raise RuntimeError("putus")

    out = tmp_path / "gagal.xlsx"
    with pytest.raises(RuntimeError):
        write_workbook(out, "X", [Column("A")], rows())
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))


def test_bpjs_export_default_layout(units_store: Store, tmp_path: Path) -> None:
    _seed(units_store, tmp_path, [person(1), person(2)])
    out = tmp_path / "bpjs.xlsx"
    r = exporter.export_bpjs(units_store, out)
    assert r["rows"] == 2
    ws = load_workbook(out)["Pendaftaran"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["No", "NPP", "Unit Kerja", "NIK", "Nama Lengkap"]
    assert "Nama Ibu Kandung" in header and "Upah" in header
    assert ws.cell(2, 2).value == "NPP101" and ws.cell(2, 4).data_type == "s"
    assert ws.cell(2, header.index("Program") + 1).value == "JKK, JKM"


def test_bpjs_layout_override_from_settings(units_store: Store, tmp_path: Path) -> None:
    _seed(units_store, tmp_path, [person(1)])
    layout = tmp_path / "cabang.json"
    layout.write_text(json.dumps({
        "name": "Templat Cabang Palembang", "sheet": "Upload", "columns": [
            {"header": "NIK_KTP", "value": "nik", "type": "id"},
            {"header": "NAMA", "value": "name"},
            {"header": "TGL_LAHIR", "value": "birth_date", "type": "date_text"},
            {"header": "JENIS_KELAMIN", "value": "sex", "format": "Laki-laki/Perempuan"},
            {"header": "UPAH", "value": "wage", "type": "money"},
            {"header": "KODE", "value": "const", "text": "PU"}]}), encoding="utf-8")
    exporter.save_bpjs_layout(units_store, layout)
    out = tmp_path / "b.xlsx"
    exporter.export_bpjs(units_store, out)
    ws = load_workbook(out)["Upload"]
    assert [c.value for c in ws[2]] == [nik(1), "Pegawai 1", "15-03-1990", "Laki-laki",
                                        2_500_000, "PU"]
    exporter.save_bpjs_layout(units_store, None)
    assert exporter.bpjs_layout(units_store).sheet == "Pendaftaran"


def test_invalid_layout_is_explained(units_store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "salah.json"
    bad.write_text(json.dumps({"columns": [{"header": "X", "value": "gaji_pokok"}]}))
    with pytest.raises(UserError, match="gaji_pokok"):
        exporter.save_bpjs_layout(units_store, bad)
    bad.write_text("{bukan json")
    with pytest.raises(UserError, match="bukan JSON"):
        exporter.save_bpjs_layout(units_store, bad)


def test_budget_export(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "anggaran.xlsx"
    r = exporter.export_budget(demo_store, out, year=2026)
    assert r["total"] > 0
    wb = load_workbook(out)
    ws = wb["Anggaran"]
    assert ws.freeze_panes == "A3"
    last = [c.value for c in ws[ws.max_row]]
    assert last[1] == "JUMLAH" and last[-1] == r["total"]
    money = ws.cell(3, 7)
    assert isinstance(money.value, int) and money.number_format == RUPIAH_FORMAT
    assert {"Per Program", "Per Bulan", "Peringatan", "Info"} <= set(wb.sheetnames)


def test_round_trip_roster_export_import(demo_store: Store, tmp_path: Path) -> None:
    """Export the demo roster and import it back: nothing changes, NIK stays text, money
    stays numeric."""
    out = tmp_path / "rt.xlsx"
    exporter.export_roster(demo_store, out)
    ws = load_workbook(out)["Daftar Pegawai"]
    assert all(ws.cell(r, 2).data_type == "s" for r in range(2, 50))
    plan = importer.plan_import(demo_store, importer.load_source(demo_store, out))
    counts = plan.counts()
    invalid = demo_store.conn.execute("SELECT count(*) FROM workers WHERE nik_valid = 0"
                                      ).fetchone()[0]
    assert counts["updated"] == 0, [r.diff for r in plan.rows if r.action == "update"][:3]
    assert counts["rejected"] == invalid  # the demo's deliberately broken NIKs
    assert counts["unchanged"] == counts["rows"] - invalid


def test_consolidation_keeps_origin_office(units_store: Store, tmp_path: Path) -> None:
    """A roster exported by another office's copy is imported with its office recorded."""
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    other = open_store(tmp_path / "kantor-lain.db")
    create_demo(other, workers=250, seed=3)
    out = tmp_path / "kantor-lain.xlsx"
    exporter.export_roster(other, out)
    other.close()
    plan = importer.plan_import(units_store, importer.load_source(units_store, out),
                                unit_code="1.01", kind="konsolidasi")
    assert plan.origin_office and "Banyuasin" in plan.origin_office
    # The other office's unit codes are unknown here: those rows say so.
    assert plan.counts()["rejected"] > 0
    assert "tidak dikenal" in plan.rejected()[0].reasons()
    source = importer.load_source(units_store, out)
    mapping = {c: f for c, f in source.mapping.items() if f != "unit"}
    plan = importer.plan_import(units_store, source, mapping=mapping, unit_code="1.01",
                                kind="konsolidasi")
    result = importer.commit_import(units_store, plan)
    assert result.counts["inserted"] > 150
    offices = {r[0] for r in units_store.conn.execute("SELECT origin_office FROM workers")}
    assert offices == {plan.origin_office}
    batch = units_store.conn.execute("SELECT kind, origin_office FROM import_batches WHERE id=?",
                                     (result.batch_id,)).fetchone()
    assert batch["kind"] == "konsolidasi"


def test_round_trip_through_csv_keeps_nik(units_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("NIK;Nama;Gaji\n" + f"{nik(1)};Budi;Rp1.500.000\n", encoding="utf-8")
    r = importer.import_file(units_store, path, unit_code="1.01")
    assert r["inserted"] == 1
    w = units_store.conn.execute("SELECT nik, wage FROM workers").fetchone()
    assert (w["nik"], w["wage"]) == (nik(1), 1_500_000)


def test_fast_row_path_writes_the_same_sheet_xml(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer's own `_values_to_row` (it skips openpyxl's refuse-and-catch for the cells
    it prepares) gives the very sheet XML openpyxl's path gives, for every column kind and
    value type, risky texts and empty cells included."""
    import zipfile
    from datetime import date, datetime

    from jamsos_desktop.exchange import writer

    columns = [Column("Teks", "text"), Column("NIK", "id"), Column("Upah", "money"),
               Column("Tanggal", "date"), Column("Bulan", "int"), Column("Lain", "raw")]
    rows = [["Andi", "3273011503900001", 2_500_000, "1990-03-15", 12, "x"],
            ["=1+1", "@SUM(A1)", "Rp -", date(1990, 3, 15), "12", 1.5],
            [None, "", None, datetime(2020, 1, 2, 3, 4), None, True],
            ["\tTab", "\x01bel", 0, "bukan tanggal", 3.0, date(2024, 2, 29)],
            ["#REF!", "0812", -5, None, None, datetime(2021, 5, 6)],
            ["x" * 40_000, None, 1.25, "2024-02-29", 7, None]]

    def sheet_xml(fast: bool) -> bytes:
        monkeypatch.setattr(writer, "FAST_ROWS", fast)
        out = tmp_path / f"{fast}.xlsx"
        write_workbook(out, "S", columns, rows, title="Judul")
        with zipfile.ZipFile(out) as zf:
            return zf.read("xl/worksheets/sheet1.xml") + zf.read("xl/styles.xml")

    assert sheet_xml(True) == sheet_xml(False)
