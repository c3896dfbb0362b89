"""Audit of issue #5: merged cells below the header. Rosters group workers by OPD with the
Unit Kerja cell merged down over the group: every row of the group belongs to that unit, as
the clerk sees it — not only the first (the others went to the --unit default or were
refused as having no unit). A title merged across a section row stays a blank row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.cell_range import CellRange
from python_calamine import CalamineWorkbook

from jamsos_desktop.exchange.reader import read_sheet
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import nik, write_xlsx
from tests.exchange.test_audit_mapping import accounted, cli


def _grouped(tmp_path: Path) -> Path:
    rows = [["DAFTAR HONORER PER OPD"], ["No", "NIK", "Nama", "Unit Kerja", "Gaji"],
            [1, nik(1), "A", "Dinas Pendidikan", 1_000_000],
            [2, nik(2), "B", None, 1_000_000],
            [3, nik(3), "C", None, 1_000_000],
            ["PUSKESMAS"],
            [4, nik(4), "D", "1.02.01", 1_000_000],
            [5, nik(5), "E", None, 1_000_000]]
    return write_xlsx(tmp_path / "opd.xlsx", rows,
                      merged=["A1:E1", "D3:D5", "A6:E6", "D7:D8"])


@pytest.mark.parametrize("default_unit", [[], ["--unit", "1.02"]])
def test_unit_merged_down_a_group(units_store: Store, db_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str],
                                  default_unit: list[str]) -> None:
    code, r, err = cli(db_file, "impor", str(_grouped(tmp_path)), *default_unit,
                       capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["rows"], r["inserted"], r["rejected"], r["blank"]) == (6, 5, 0, 1), r["problems"]
    units = dict(units_store.conn.execute(
        "SELECT w.nik, u.code FROM workers w JOIN units u ON u.id = w.unit_id"))
    assert units == {nik(1): "1.01", nik(2): "1.01", nik(3): "1.01", nik(4): "1.02.01",
                     nik(5): "1.02.01"}
    assert any("gabungan" in n for n in r["notices"])


def test_a_section_title_two_rows_tall_stays_a_title(units_store: Store, db_file: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A title merged across the columns and over two rows (A4:D5) is a section title, not a
    value merged down a column: its text is not copied into the first column of its second
    row (which made that row a second rejected row, the title read as a NIK)."""
    rows = [["NIK", "Nama", "Unit Kerja", "Gaji"],
            [nik(1), "A", "1.01", 1_000_000],
            [nik(2), "B", "1.01", 1_000_000],
            ["PUSKESMAS KOTA"], [None],
            [nik(3), "C", "1.02.01", 1_000_000]]
    path = write_xlsx(tmp_path / "judul.xlsx", rows, merged=["A4:D5"])
    code, r, err = cli(db_file, "impor", str(path), capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["inserted"], r["rejected"], r["blank"]) == (3, 1, 1), r["problems"]
    assert not any("gabungan" in n for n in r["notices"])


# --- values hidden under a merged area ---------------------------------------------------------
# Excel shows only the top-left cell of a merged area, but the file may still store values
# in the cells it covers (written before merging, or by another program), and calamine
# returns them. They are ignored, as Excel hides them: a covered cell reads as empty — or, in
# a merge down one column below the header, as the top value — and the preview says how many
# hidden values were ignored.


def write_with_hidden(path: Path, rows: list[list[Any]], merged: list[str]) -> Path:
    """An .xlsx whose merged areas keep the values of their covered cells: openpyxl's
    `merge_cells` empties them, so the areas are listed directly."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    for ref in merged:
        ws.merged_cells.add(CellRange(ref))
    wb.save(path)
    return path


def _stored(path: Path) -> list[list[Any]]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    return sheet.to_python(skip_empty_area=False)


def _hidden_roster(tmp_path: Path) -> Path:
    rows: list[list[Any]] = [
        # A title merged across the page, over header words (read as a header line before).
        ["DAFTAR HONORER 2025", "NIK", "Nama", "Gaji", "Unit Kerja", "No"],
        # "Nama" merged over D:E (name and degree); E2 hides the word "Gaji".
        ["No", "NIK", "Unit Kerja", "Nama", "Gaji", "Upah"],
        # Unit merged down C3:C5 ("1.01"); C4 hides "1.02", C5 a copy of "1.01".
        [1, nik(1), "1.01", "Andi", "S.Pd", 1_000_000],
        [2, nik(2), "1.02", "Budi", None, 1_000_000],
        [3, nik(3), "1.01", "Citra", None, 1_000_000],
        # A section title across the row hides a whole phantom worker.
        ["PUSKESMAS", nik(9), "1.01", "Hantu", None, 5_000_000],
        # The wage merged with the cell beside it: none shown, none read (F7 hidden).
        [4, nik(4), "1.01", "Dewi", None, 9_000_000],
        # A formula without a result hidden under a merge: nothing to report.
        [5, nik(5), "1.01", "Eka", "Ners", "=1+1"],
    ]
    path = write_with_hidden(tmp_path / "tertutup.xlsx", rows,
                             ["A1:F1", "D2:E2", "C3:C5", "A6:F6", "E7:F7", "E8:F8"])
    stored = _stored(path)
    assert stored[0][1:] == ["NIK", "Nama", "Gaji", "Unit Kerja", "No"]
    assert stored[1][4] == "Gaji" and stored[3][2] == "1.02" and stored[5][1] == nik(9)
    assert stored[6][5] == 9_000_000
    return path


def test_values_hidden_under_a_merge_are_ignored(units_store: Store, tmp_path: Path) -> None:
    source = importer.load_source(units_store, _hidden_roster(tmp_path))
    assert source.header.header_row == 1
    assert source.header.labels == ["No", "NIK", "Unit Kerja", "Nama", "Nama", "Upah"]
    assert source.mapping == {1: "nik", 2: "unit", 3: "name", 5: "wage"}
    assert (7, 5) not in source.data.formulas
    plan = importer.plan_import(units_store, source)
    by_row = {r.row_no: r for r in plan.rows}
    units = dict(units_store.conn.execute("SELECT code, id FROM units"))
    assert [by_row[r].values.get("unit_id") for r in (3, 4, 5)] == [units["1.01"]] * 3
    assert by_row[6].action == "blank"  # the title's row, not a worker "Hantu"
    assert by_row[7].action == "insert" and "wage" not in by_row[7].values
    assert by_row[8].action == "insert"
    assert not [p for p in by_row[8].problems if p.code.startswith("cell.")]
    counts = plan.counts()
    assert (counts["inserted"], counts["rejected"], counts["blank"]) == (5, 0, 1)
    # Hidden: B1–F1 (title), E2 (header), C4 (unit), B6–F6 (title; E6 is empty), F7 and the
    # formula F8; the copy of "1.01" in C5 hides nothing.
    notices = [n for n in plan.notices if "tertutup" in n]
    assert notices == ["13 sel yang tertutup sel gabungan (merge) menyimpan nilai yang tidak "
                       "tampak di Excel; nilai itu diabaikan. Yang dibaca hanya isi sel kiri "
                       "atas setiap gabungan, seperti yang tampak di Excel."]
    assert any("1 sel gabungan (merge) ke bawah" in n for n in plan.notices)


def test_hidden_values_ignored_once(units_store: Store, tmp_path: Path) -> None:
    """Understanding the same rows again (another header, another sheet tried) finds nothing
    more to ignore, and the merge down still holds its top value."""
    data = read_sheet(_hidden_roster(tmp_path))
    first = importer._understand(units_store, Path(data.file_name), data)
    again = importer._understand(units_store, Path(data.file_name), data)
    assert first.header.header_row == again.header.header_row == 1
    assert [row[2] for row in data.rows[2:5]] == ["1.01"] * 3
    assert sum("tertutup" in n for n in data.notices) == 1


def test_no_notice_without_hidden_values(units_store: Store, tmp_path: Path) -> None:
    source = importer.load_source(units_store, _grouped(tmp_path))
    assert not [n for n in source.data.notices if "tertutup" in n]
    assert any("gabungan" in n for n in source.data.notices)


def test_reconciliation_ignores_values_hidden_under_a_merge(units_store: Store,
                                                            tmp_path: Path) -> None:
    """A BPJS list whose title, merged across the page, hides header words: the header is
    still the visible one; and an empty merged row hiding a NIK and KPJ is no participant."""
    from jamsos_desktop.services.reconcile import plan_reconcile

    importer.import_file(units_store, write_xlsx(tmp_path / "seed.xlsx", [
        ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir"],
        [1, nik(1), "Andi", "Bandung", "15-03-1990"]]), unit_code="1.01")
    path = write_with_hidden(tmp_path / "bpjs.xlsx", [
        ["LAPORAN TENAGA KERJA", "NIK", "No Peserta"],  # B1:C1 hidden under A1:C1
        ["No Peserta", "NIK", "Nama"],
        ["11000000001", nik(1), "ANDI"],
        [None, nik(2), "11000000999"],  # B4:C4 hidden under the empty A4:C4
    ], ["A1:C1", "A4:C4"])
    assert _stored(path)[3][1:] == [nik(2), "11000000999"]  # really stored
    counts = plan_reconcile(units_store, path).counts()
    assert (counts["rows"], counts["matched"], counts["unmatched_bpjs"], counts["invalid"],
            counts["blank"]) == (2, 1, 0, 0, 1)
