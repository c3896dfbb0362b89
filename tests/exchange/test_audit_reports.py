"""Audit of issue #5: the reports. The rejected rows of an import go to an .xlsx with a
reason each, ready to send back to the OPD (and to import again once fixed); a report that
cannot be written — import or reconciliation — stops before anything is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, db_counts, nik, person, write_xlsx
from tests.exchange.test_audit_mapping import cli
from tests.exchange.test_audit_numbers import _bpjs_list, _seed


def test_rejected_rows_report_is_ready_to_send_back(units_store: Store, db_file: Path,
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    """The report holds the rejected rows as sent, a reason each, the NIK still text; once
    the OPD fixes it, the same file imports."""
    rows = [["DAFTAR HONORER"], HEADER, person(1), person(2, nik="12345"),
            person(3, birth="31-02-1990"), person(4, name="@Dewi", wage="Rp1,5")]
    path = write_xlsx(tmp_path / "opd.xlsx", rows)
    report = tmp_path / "ditolak.xlsx"
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", "--report", str(report),
                     capsys=capsys)
    assert (code, r["inserted"], r["rejected"]) == (0, 1, 3)
    ws = load_workbook(report)["Ditolak"]
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref
    head = [c.value for c in ws[2]]
    assert head[0] == "Baris" and head[-1] == "Alasan Penolakan" and head[2] == "NIK"
    data = [[c for c in row] for row in ws.iter_rows(min_row=3)]
    assert [row[0].value for row in data] == [4, 5, 6]
    assert all(row[-1].value for row in data)
    assert data[2][3].value == "@Dewi" and data[2][3].data_type == "s"
    # The OPD corrects the rows in the report and sends it back.
    wb = load_workbook(report)
    ws = wb["Ditolak"]
    ws.cell(3, 3).value = nik(2)
    ws.cell(4, 6).value = "15-03-1990"
    ws.cell(5, 11).value = "Rp1.500.000"
    ws.cell(5, 4).value = "Dewi"
    wb.save(report)
    code, r, _ = cli(db_file, "impor", str(report), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"], r["rejected"]) == (0, 3, 0), r["problems"]


def test_a_report_that_cannot_be_written_leaves_the_database_alone(
        units_store: Store, db_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--report` to a place that cannot be written fails before anything is saved: exit
    code 2 must never mean "imported anyway"."""
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, person(1), person(2, nik="1")])
    before = db_counts(units_store)
    blocked = tmp_path / "berkas-biasa"
    blocked.write_text("bukan folder")
    code, _r, err = cli(db_file, "impor", str(path), "--unit", "1.01", "--report",
                        str(blocked / "ditolak.xlsx"), capsys=capsys)
    assert code == 2 and "tidak dapat ditulis" in err
    assert db_counts(units_store) == before


def test_dry_run_and_an_unwritable_report_change_nothing(units_store: Store, db_file: Path,
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    _seed(units_store, db_file, tmp_path, capsys)
    before = db_counts(units_store)
    code, r, _ = cli(db_file, "rekonsiliasi", str(_bpjs_list(tmp_path)), "--dry-run",
                     capsys=capsys)
    assert (code, r["updated"], r["batch_id"]) == (0, 2, None)
    blocked = tmp_path / "berkas-biasa"
    blocked.write_text("bukan folder")
    code, _r, err = cli(db_file, "rekonsiliasi", str(_bpjs_list(tmp_path)), "--report",
                        str(blocked / "laporan.xlsx"), capsys=capsys)
    assert code == 2 and "tidak dapat ditulis" in err
    assert db_counts(units_store) == before
