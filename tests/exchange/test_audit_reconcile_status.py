"""Audit of issue #5, reconciliation: only a participant BPJS lists as active makes a worker
Terdaftar. A status the program does not know ("TK KELUAR", "Ditangguhkan", a typo) is
reported with its text and changes nothing — taking it for active would register a worker
BPJS has let go."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jamsos_desktop.store import Store
from tests.exchange.conftest import nik, write_xlsx
from tests.exchange.test_audit_mapping import cli
from tests.exchange.test_audit_numbers import _seed


@pytest.mark.parametrize("status, registered", [
    ("AKTIF", True), ("Aktif", True), (" aktif ", True), (None, True), ("Peserta Aktif", True),
    ("Aktif.", True),
    ("NON AKTIF", False), ("Non-Aktif", False), ("TK KELUAR", False), ("Ditangguhkan", False),
    ("Meninggal Dunia", False), ("Aktf", False)])
def test_only_an_active_status_registers(units_store: Store, db_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         status: str | None, registered: bool) -> None:
    _seed(units_store, db_file, tmp_path, capsys)
    path = write_xlsx(tmp_path / "b.xlsx", [["NIK", "KPJ", "Status Kepesertaan"],
                                            [nik(1), "21000000001", status]])
    report = tmp_path / "laporan.xlsx"
    code, r, _ = cli(db_file, "rekonsiliasi", str(path), "--report", str(report),
                     capsys=capsys)
    assert code == 0
    got = units_store.conn.execute("SELECT status FROM workers WHERE nik = ?",
                                   (nik(1),)).fetchone()[0]
    assert (got == "terdaftar") is registered
    unknown = status is not None and status.casefold() in ("tk keluar", "ditangguhkan", "aktf")
    assert (r["updated"], r["inactive_at_bpjs"], r["unknown_status_bpjs"]) == (
        (1, 0, 0) if registered else (0, 0, 1) if unknown else (0, 1, 0))
    if not registered:
        # An unknown status has a sheet of its own: it is not "inactive at BPJS".
        ws = load_workbook(report)["Status Tidak Dikenal" if unknown else "Nonaktif di BPJS"]
        assert ws.cell(2, 6).value == " ".join(status.split())
        if unknown:
            assert "tidak dikenal" in ws.cell(2, 9).value


@pytest.mark.parametrize("status", ["-", "\u2013", "\u2014", "- -"])
def test_a_dash_status_is_no_status(units_store: Store, db_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str], status: str) -> None:
    """A lone dash is an empty cell everywhere (the import's rule): a listed participant
    whose status cell holds "–" (Excel's autocorrect of "-") is registered like one with no
    status, not reported as an unknown status; a row of dashes is a blank row."""
    _seed(units_store, db_file, tmp_path, capsys)
    path = write_xlsx(tmp_path / "b.xlsx", [["NIK", "KPJ", "Status Kepesertaan"],
                                            [nik(1), "21000000001", status],
                                            [status, status, status]])
    code, r, _ = cli(db_file, "rekonsiliasi", str(path), capsys=capsys)
    assert code == 0
    got = units_store.conn.execute("SELECT status FROM workers WHERE nik = ?",
                                   (nik(1),)).fetchone()[0]
    assert got == "terdaftar"
    assert (r["updated"], r["inactive_at_bpjs"], r["invalid"], r["blank"]) == (1, 0, 0, 1), r
