"""The trigram search index holds exactly the active roster (schema v7): every write path
must keep it so — the service edits, archive/restore/delete, import commits in each of
their three loading strategies and their undo, reconciliation and its undo, the demo.
FTS5's integrity check with rank 1 compares the index with its content (the view
`workers_active`) row by row and raises on any difference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.services import importer
from jamsos_desktop.services import workers as ws
from jamsos_desktop.services.demo import create_demo
from jamsos_desktop.services.reconcile import commit_reconcile, plan_reconcile
from jamsos_desktop.services.undo import restore_fields
from jamsos_desktop.store import Store
from jamsos_desktop.store import workers as wq
from tests.exchange.conftest import HEADER, nik, person, write_xlsx


def _assert_in_sync(store: Store) -> None:
    conn = store.conn
    conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")
    # And the search answers as the table does: the index count of a word is the count
    # of active workers holding it (read from the table, not the index).
    for word in ("Pegawai", "Staf", "Baru", "Siti"):
        like = f"%{word}%"
        in_table = conn.execute(
            "SELECT count(*) FROM workers WHERE archived = 0 AND (name LIKE ? OR "
            "job_title LIKE ? OR nik LIKE ? OR kpj LIKE ?)", (like,) * 4).fetchone()[0]
        assert wq.roster_count(conn, wq.WorkerFilter(search=word)) == in_table, word
        assert len(wq.select_ids(conn, wq.WorkerFilter(search=word))) == in_table, word


def _ids(store: Store) -> list[int]:
    return [int(r[0]) for r in store.conn.execute("SELECT id FROM workers ORDER BY id")]


def test_service_edits_keep_the_search_index(units_store: Store) -> None:
    unit = units_store.conn.execute("SELECT id FROM units WHERE code = '1.01'").fetchone()[0]
    values: dict[str, Any] = {"nik": nik(1), "name": "Pegawai Satu", "unit_id": unit,
                              "job_title": "Staf", "category": "honorer",
                              "participant_type": "PU", "wage": 2_000_000,
                              "programs": {"jkk", "jkm"}}
    wid = ws.save_worker(units_store, values).worker_id
    other = ws.save_worker(units_store, {**values, "nik": nik(2), "name": "Siti Baru",
                                         "kpj": ""}).worker_id
    _assert_in_sync(units_store)
    version = units_store.conn.execute("SELECT version FROM workers WHERE id = ?",
                                       (wid,)).fetchone()[0]
    ws.save_worker(units_store, {**values, "name": "Pegawai Baru", "kpj": "11000000001"},
                   worker_id=wid, version=version)
    _assert_in_sync(units_store)
    ws.change_status(units_store, [wid], "diusulkan", strict=False)
    ws.change_status(units_store, [wid], "terdaftar", kpj_by_id={wid: "12000000002"},
                     strict=False)
    _assert_in_sync(units_store)
    ws.set_archived(units_store, [wid, other], True)
    _assert_in_sync(units_store)
    assert wq.roster_count(units_store.conn, wq.WorkerFilter(search="Baru")) == 0
    ws.set_archived(units_store, [wid], False)
    _assert_in_sync(units_store)
    # The GUI's undo/redo of an archive and of a rename (services.undo.restore_fields).
    restore_fields(units_store, {wid: {"archived": 1}}, {wid: {"archived": 0}})
    _assert_in_sync(units_store)
    restore_fields(units_store, {wid: {"archived": 0, "name": "Siti Pegawai"}},
                   {wid: {"archived": 1}}, action="redo")
    _assert_in_sync(units_store)
    assert wq.roster_count(units_store.conn, wq.WorkerFilter(search="Siti Pegawai")) == 1
    ws.move_to_unit(units_store, [wid], unit)
    _assert_in_sync(units_store)
    units_store.role = "admin"
    ws.delete_permanently(units_store, [other])  # archived: not in the index
    ws.set_archived(units_store, [wid], True)
    ws.set_archived(units_store, [wid], False)
    ws.delete_permanently(units_store, [wid])  # active: in the index
    _assert_in_sync(units_store)
    assert _ids(units_store) == []


@pytest.mark.parametrize("strategy", ["rows", "batch", "bulk"])
def test_import_commit_and_undo_keep_the_search_index(units_store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      strategy: str) -> None:
    """Per-row triggers (a handful of new workers), `batch_load` (appended to a bigger
    table) and `bulk_load` (a batch large next to the table), each followed by its undo;
    the thresholds are lowered so that small files take each way."""
    used: list[str] = []
    for name in ("batch_load", "bulk_load"):
        real = getattr(wq, name)
        monkeypatch.setattr(wq, name, lambda *a, _n=name, _r=real: used.append(_n) or _r(*a))
    monkeypatch.setattr(importer, "BULK_THRESHOLD", 100)
    monkeypatch.setattr(importer, "BATCH_LOAD_MIN", 10)
    seed = write_xlsx(tmp_path / "seed.xlsx", [HEADER, *(person(i) for i in range(1, 41))])
    importer.import_file(units_store, seed, unit_code="1.01")
    ws.set_archived(units_store, _ids(units_store)[::7], True)
    used.clear()
    inserts = {"rows": 5, "batch": 30, "bulk": 200}[strategy]
    rows = [person(i, name=f"Pegawai Baru {i}", job="Staf Baru") for i in range(1, 21)]
    rows += [person(i, name=f"Siti {i}") for i in range(1_000, 1_000 + inserts)]
    result = importer.import_file(units_store, write_xlsx(tmp_path / "b.xlsx",
                                                          [HEADER, *rows]), unit_code="1.01")
    assert result["batch_id"] and used == {"rows": [], "batch": ["batch_load"],
                                           "bulk": ["bulk_load"]}[strategy]
    _assert_in_sync(units_store)
    importer.undo_batch(units_store, result["batch_id"])
    _assert_in_sync(units_store)
    assert wq.roster_count(units_store.conn, wq.WorkerFilter(search="Siti")) == 0


def test_reconcile_and_its_undo_keep_the_search_index(units_store: Store,
                                                      tmp_path: Path) -> None:
    importer.import_file(units_store, write_xlsx(
        tmp_path / "seed.xlsx", [HEADER, *(person(i) for i in range(1, 5))]), unit_code="1.01")
    units_store.conn.execute("UPDATE workers SET status = 'diusulkan'")
    bpjs = write_xlsx(tmp_path / "bpjs.xlsx", [
        ["No", "NPP", "No Peserta", "NIK", "Nama", "Tgl Kepesertaan", "Status"],
        [1, "NPP101", "11000000001", nik(1), "PEGAWAI 1", "01-02-2024", "Aktif"],
        [2, "NPP101", "11000000003", nik(3), "PEGAWAI 3", "01-02-2024", "Aktif"]])
    batch = commit_reconcile(units_store, plan_reconcile(units_store, bpjs))
    _assert_in_sync(units_store)
    assert wq.roster_count(units_store.conn, wq.WorkerFilter(search="1100000000")) == 2
    importer.undo_batch(units_store, batch)
    _assert_in_sync(units_store)
    assert wq.roster_count(units_store.conn, wq.WorkerFilter(search="1100000000")) == 0


@pytest.mark.parametrize("workers", [300, 20_000])
def test_demo_keeps_the_search_index(store: Store, workers: int) -> None:
    """Small demos keep the row triggers; from 20k the load rebuilds the index once."""
    create_demo(store, workers=workers, seed=3)
    _assert_in_sync(store)
    ids = _ids(store)
    ws.set_archived(store, ids[:: max(1, workers // 50)], True)
    _assert_in_sync(store)
