"""Reconciliation with a BPJS participant list, and the impor / ekspor / rekonsiliasi
commands (JSON keys, exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jamsos_desktop.cli import main
from jamsos_desktop.services import importer
from jamsos_desktop.services.reconcile import (
    commit_reconcile,
    plan_reconcile,
    write_reconcile_report,
)
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, db_counts, nik, person, write_xlsx


def _seed(store: Store, tmp_path: Path, n: int = 4) -> None:
    importer.import_file(store, write_xlsx(tmp_path / "seed.xlsx",
                                           [HEADER, *(person(i) for i in range(1, n + 1))]),
                         unit_code="1.01")
    store.conn.execute("UPDATE workers SET status = 'diusulkan' WHERE nik IN (?, ?)",
                       (nik(3), nik(4)))


def _bpjs_file(tmp_path: Path) -> Path:
    rows = [["LAPORAN DAFTAR TENAGA KERJA"], [],
            ["No", "NPP", "No Peserta", "NIK", "Nama", "Tgl Kepesertaan", "Status"],
            [1, "NPP101", "11000000001", nik(1), "PEGAWAI 1", "01-02-2024", "Aktif"],
            [2, "NPP101", "11000000002", nik(2), "PEGAWAI 2", "01-02-2024", "Non Aktif"],
            [3, "NPP101", "11000000099", nik(99), "ORANG LAIN", "01-02-2024", "Aktif"],
            [4, "NPP101", "11000000004", 3273011503900004.0, "ANGKA", "01-02-2024", "Aktif"]]
    return write_xlsx(tmp_path / "bpjs.xlsx", rows)


def test_reconcile_marks_matched_and_reports_both_sides(units_store: Store,
                                                        tmp_path: Path) -> None:
    _seed(units_store, tmp_path)
    plan = plan_reconcile(units_store, _bpjs_file(tmp_path))
    c = plan.counts()
    assert (c["rows"], c["matched"], c["updated"], c["inactive_at_bpjs"],
            c["unmatched_bpjs"], c["invalid"]) == (4, 2, 1, 1, 1, 1)
    # diusulkan workers 3 and 4 are not on the BPJS list of NPP101
    assert {w["nik"] for w in plan.unmatched_local} == {nik(3), nik(4)}
    batch = commit_reconcile(units_store, plan)
    w = units_store.conn.execute("SELECT status, kpj, registered_at FROM workers WHERE nik=?",
                                 (nik(1),)).fetchone()
    assert tuple(w) == ("terdaftar", "11000000001", "2024-02-01")
    event = units_store.conn.execute("SELECT to_status, reference FROM enrollment_events "
                                     "ORDER BY id DESC").fetchone()
    assert tuple(event) == ("terdaftar", "11000000001")
    report = write_reconcile_report(plan, tmp_path / "laporan.xlsx", units_store)
    wb = load_workbook(report)
    assert wb["Hanya di BPJS"].cell(2, 2).value == nik(99)
    assert wb["Hanya di Jamsos"].max_row == 3
    assert "Excel" in wb["Tidak Sah"].cell(2, 9).value
    # undo like any batch
    importer.undo_batch(units_store, batch)
    w = units_store.conn.execute("SELECT status, kpj FROM workers WHERE nik=?",
                                 (nik(1),)).fetchone()
    assert tuple(w) == ("belum", None)


def test_reconcile_requires_nik_and_kpj(units_store: Store, tmp_path: Path) -> None:
    from jamsos_desktop.errors import UserError

    with pytest.raises(UserError, match="KPJ"):
        plan_reconcile(units_store, write_xlsx(tmp_path / "x.xlsx", [["NIK", "Nama"],
                                                                     [nik(1), "A"]]))


def _cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["--db", str(db), *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def test_cli_impor_json_keys_and_dry_run(units_store: Store, db_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, person(1), [None] * 10, person(2, nik="x")])
    before = db_counts(units_store)
    code, r = _cli(db_file, "impor", str(path), "--unit", "1.01", "--dry-run", capsys=capsys)
    assert code == 0
    assert {k: r[k] for k in ("rows", "inserted", "updated", "unchanged", "rejected", "blank",
                              "warnings")} == {"rows": 3, "inserted": 1, "updated": 0,
                                               "unchanged": 0, "rejected": 1, "blank": 1,
                                               "warnings": 0}
    assert db_counts(units_store) == before
    code, r = _cli(db_file, "impor", str(path), "--unit", "1.01", "--report",
                   str(tmp_path / "tolak.xlsx"), capsys=capsys)
    assert code == 0 and r["batch_id"] and Path(r["report"]).is_file()
    code = main(["--db", str(db_file), "impor", str(path)])
    assert code == 2  # no unit column, no --unit: a clear refusal
    assert "Unit Kerja" in capsys.readouterr().err


def test_cli_ekspor_and_rekonsiliasi(units_store: Store, db_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _seed(units_store, tmp_path)
    for kind in ("roster", "bpjs"):
        code, r = _cli(db_file, "ekspor", kind, str(tmp_path / f"{kind}.xlsx"), "--unit",
                       "1.01", capsys=capsys)
        assert code == 0 and r["rows"] >= 2, r
    code, r = _cli(db_file, "ekspor", "anggaran", str(tmp_path / "a.xlsx"), "--year", "2026",
                   capsys=capsys)
    assert code == 0 and r["total"] > 0
    assert main(["--db", str(db_file), "ekspor", "anggaran", str(tmp_path / "b.xlsx")]) == 2
    code, r = _cli(db_file, "rekonsiliasi", str(_bpjs_file(tmp_path)), "--dry-run",
                   capsys=capsys)
    assert code == 0 and r["updated"] == 1 and r["batch_id"] is None
    assert r["unmatched_bpjs_rows"][0]["nik"] == nik(99)
    code, r = _cli(db_file, "rekonsiliasi", str(_bpjs_file(tmp_path)), capsys=capsys)
    assert code == 0 and r["batch_id"]


def test_cli_missing_database_is_refused(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "tidak-ada.db"), "impor", "x.xlsx"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
