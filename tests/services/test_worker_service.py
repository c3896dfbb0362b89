"""Worker use cases: save with validation, lost-update refusal, enrollment workflow,
archive/restore, admin-only delete, filters and search."""

from __future__ import annotations

from typing import Any

import pytest

from jamsos_desktop.errors import ConflictError, PermissionDenied, UserError
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq


@pytest.fixture
def unit(store: Store) -> int:
    with store.tx():
        parent = uq.insert_unit(store.conn, {"code": "2.02", "name": "Dinas Kesehatan"},
                                now_iso())
        uq.insert_unit(store.conn, {"code": "2.02.01", "name": "Puskesmas A",
                                    "parent_id": parent}, now_iso())
    return parent


def worker(unit: int, **over: Any) -> dict[str, Any]:
    values = {"nik": "3273011503900001", "name": "Andi Saputra", "birth_date": "1990-03-15",
              "sex": "L", "mother_name": "Siti Aminah", "unit_id": unit, "wage": 2_500_000,
              "participant_type": "PU", "category": "honorer", "job_title": "Operator",
              "programs": {"jkk", "jkm"}}
    values.update(over)
    return values


def test_insert_and_read_back_verbatim(store: Store, unit: int) -> None:
    name = "Robert'); DROP TABLE workers;-- O'Brien 😀"
    result = ws.save_worker(store, worker(unit, name=name))
    row = wq.get_worker(store.conn, result.worker_id)
    assert row is not None
    assert row["name"] == name and row["nik_valid"] == 1 and row["status"] == "belum"
    assert row["programs"].split(",") == ["jkk", "jkm"] or set(row["programs"].split(",")) == {
        "jkk", "jkm"}
    audit = store.conn.execute("SELECT action FROM audit_log WHERE entity_id = ?",
                               (result.worker_id,)).fetchall()
    assert [a[0] for a in audit] == ["create"]


def test_errors_refuse_and_warnings_pass(store: Store, unit: int) -> None:
    with pytest.raises(UserError, match="Nama lengkap wajib"):
        ws.save_worker(store, worker(unit, name=""))
    with pytest.raises(UserError, match="NIK"):
        ws.save_worker(store, worker(unit, nik="3273013202900001"))  # 32 Feb: impossible
    assert wq.count(store.conn, wq.WorkerFilter()) == 0
    result = ws.save_worker(store, worker(unit, mother_name=None, sex="P"))
    codes = {p.code for p in result.problems}
    assert {"mother.missing", "nik.sex_mismatch"} <= codes


def test_duplicate_nik_is_a_warning_naming_the_other_record(store: Store, unit: int) -> None:
    ws.save_worker(store, worker(unit))
    result = ws.save_worker(store, worker(unit, name="Andi S."))
    dup = [p for p in result.problems if p.code == "nik.duplicate"]
    assert dup and "Andi Saputra" in dup[0].message and "Dinas Kesehatan" in dup[0].message
    f = wq.WorkerFilter(problems=frozenset({"nik_duplicate"}))
    assert wq.count(store.conn, f) == 2


def test_stale_edit_is_refused(store: Store, unit: int) -> None:
    wid = ws.save_worker(store, worker(unit)).worker_id
    version = wq.get_worker(store.conn, wid)["version"]
    ws.save_worker(store, worker(unit, wage=3_000_000), worker_id=wid, version=version)
    with pytest.raises(ConflictError):
        ws.save_worker(store, worker(unit, wage=3_500_000), worker_id=wid, version=version)
    assert wq.get_worker(store.conn, wid)["wage"] == 3_000_000
    old = store.conn.execute("SELECT old, new FROM audit_log WHERE action = 'update'").fetchone()
    assert '"wage": 2500000' in old[0] and '"wage": 3000000' in old[1]


def test_enrollment_workflow_and_history(store: Store, unit: int) -> None:
    wid = ws.save_worker(store, worker(unit)).worker_id
    assert ws.change_status(store, [wid], "diusulkan", reference="560/12/BPKAD/2026",
                            effective_date="2026-02-01") == {"changed": 1, "skipped": 0}
    with pytest.raises(UserError, match="tidak dapat diubah"):
        ws.change_status(store, [wid], "nonaktif", reason="x")  # must be registered first
    ws.change_status(store, [wid], "terdaftar", kpj_by_id={wid: "12345678901"},
                     effective_date="2026-03-01")
    with pytest.raises(UserError, match="Alasan"):
        ws.change_status(store, [wid], "nonaktif")
    ws.change_status(store, [wid], "nonaktif", reason="Kontrak berakhir",
                     effective_date="2026-12-31")
    row = wq.get_worker(store.conn, wid)
    assert row["status"] == "nonaktif" and row["kpj"] == "12345678901"
    assert row["registered_at"] == "2026-03-01" and row["ended_at"] == "2026-12-31"
    steps = [(e["from"], e["to"]) for e in ws.history(store, wid) if e["kind"] == "status"]
    assert steps == [(None, "belum"), ("belum", "diusulkan"), ("diusulkan", "terdaftar"),
                     ("terdaftar", "nonaktif")]


def test_bulk_status_skips_or_refuses(store: Store, unit: int) -> None:
    a = ws.save_worker(store, worker(unit)).worker_id
    b = ws.save_worker(store, worker(unit, nik="3273011503900002")).worker_id
    ws.change_status(store, [a], "diusulkan")
    with pytest.raises(UserError):
        ws.change_status(store, [a, b], "belum")  # b is already belum: not a move
    assert wq.get_worker(store.conn, a)["status"] == "diusulkan"  # nothing written
    assert ws.change_status(store, [a, b], "belum", strict=False) == {"changed": 1,
                                                                      "skipped": 1}


def test_archive_restore_and_admin_delete(store: Store, unit: int) -> None:
    wid = ws.save_worker(store, worker(unit)).worker_id
    ws.set_archived(store, [wid], True)
    assert wq.count(store.conn, wq.WorkerFilter()) == 0
    assert wq.count(store.conn, wq.WorkerFilter(archived=True)) == 1
    ws.set_archived(store, [wid], False)
    assert wq.count(store.conn, wq.WorkerFilter()) == 1
    store.role = "operator"
    with pytest.raises(PermissionDenied):
        ws.delete_permanently(store, [wid])
    assert wq.get_worker(store.conn, wid) is not None
    store.role = "admin"
    assert ws.delete_permanently(store, [wid]) == 1
    assert wq.get_worker(store.conn, wid) is None
    deleted = store.conn.execute("SELECT old FROM audit_log WHERE action = 'delete'").fetchone()
    assert "Andi Saputra" in deleted[0]


def test_filters_search_and_subunits(demo_store: Store) -> None:
    conn = demo_store.conn
    total = wq.count(conn, wq.WorkerFilter())
    assert total == 300
    dinkes = uq.unit_by_code(conn, "2.02")["id"]
    subtree = frozenset(uq.subtree_ids(conn, [dinkes]))
    assert len(subtree) == 3
    in_tree = wq.count(conn, wq.WorkerFilter(unit_ids=subtree))
    only_parent = wq.count(conn, wq.WorkerFilter(unit_ids=frozenset({dinkes})))
    assert in_tree > only_parent > 0
    row = conn.execute("SELECT id, name, nik FROM workers LIMIT 1").fetchone()
    surname = row["name"].split()[-1]
    ids = wq.select_ids(conn, wq.WorkerFilter(search=surname.lower()))
    assert row["id"] in ids
    assert len(ids) == wq.count(conn, wq.WorkerFilter(search=surname.lower()))
    # Digits match the start of the NIK (or KPJ), not its middle.
    assert row["id"] in wq.select_ids(conn, wq.WorkerFilter(search=row["nik"][:8]))
    assert row["id"] not in wq.select_ids(conn, wq.WorkerFilter(search=row["nik"][4:12]))
    assert row["id"] in wq.select_ids(conn, wq.WorkerFilter(search=row["nik"][:2]))
    names = [wq.fetch_rows(conn, [i])[i]["name"].lower() for i in
             wq.select_ids(conn, wq.WorkerFilter(), sort="name")[:20]]
    assert names == sorted(names)
    # Quotes and wildcards in a search are text, not syntax.
    assert wq.count(conn, wq.WorkerFilter(search='"%_\\')) == 0
    registered = wq.count(conn, wq.WorkerFilter(statuses=frozenset({"terdaftar"})))
    assert 0 < registered < total
    jht = wq.count(conn, wq.WorkerFilter(program="jht"))
    assert 0 < jht < total
    bad_nik = wq.count(conn, wq.WorkerFilter(problems=frozenset({"nik_invalid"})))
    assert bad_nik == conn.execute("SELECT count(*) FROM workers WHERE nik_valid = 0"
                                   ).fetchone()[0]


def test_registering_stores_the_kpj_as_the_worker_form_does(store: Store, unit: int) -> None:
    """The KPJ typed in the status dialog is stored normalised (digits only, as the worker
    form and the import store it); a lone dash is no number; a number the rules refuse
    stops the whole action, naming the worker, before anything is written."""
    a = ws.save_worker(store, worker(unit)).worker_id
    b = ws.save_worker(store, worker(unit, nik="3273011503900002", name="Budi")).worker_id
    ws.change_status(store, [a, b], "diusulkan")
    with pytest.raises(UserError, match="Budi: Nomor KPJ"):
        ws.change_status(store, [a, b], "terdaftar", kpj_by_id={a: "123.456.789.01",
                                                                 b: "12A45"})
    assert {wq.get_worker(store.conn, w)["status"] for w in (a, b)} == {"diusulkan"}
    ws.change_status(store, [a, b], "terdaftar", kpj_by_id={a: "123.456.789.01", b: "-"})
    assert wq.get_worker(store.conn, a)["kpj"] == "12345678901"
    assert wq.get_worker(store.conn, b)["kpj"] is None
