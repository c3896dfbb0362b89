"""The audit trail: every write records who, when, what, old and new; per worker and as a
log with filters; exports of personal data recorded."""

from __future__ import annotations

from pathlib import Path

from jamsos_desktop.services import audit, backup, users
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from jamsos_desktop.store.audit import AuditFilter


def _new_worker(store: Store, **extra: object) -> dict[str, object]:
    unit = store.conn.execute("SELECT id FROM units LIMIT 1").fetchone()[0]
    return {"nik": "1607015001900001", "name": "Ani Lestari", "unit_id": unit,
            "birth_date": "1990-01-10", "sex": "P", "mother_name": "Siti", "wage": 2_000_000,
            "programs": {"jkk", "jkm"}, **extra}


def test_every_worker_write_is_audited_with_who_old_and_new(demo_store: Store) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    start = audit.count(demo_store)
    created = ws.save_worker(demo_store, _new_worker(demo_store))
    wid = created.worker_id
    version = demo_store.conn.execute("SELECT version FROM workers WHERE id = ?",
                                      (wid,)).fetchone()[0]
    ws.save_worker(demo_store, _new_worker(demo_store, wage=2_500_000), worker_id=wid,
                   version=version)
    ws.change_status(demo_store, [wid], "diusulkan", reference="560/1/BPKAD/2026")
    other_unit = demo_store.conn.execute("SELECT max(id) FROM units").fetchone()[0]
    ws.move_to_unit(demo_store, [wid], other_unit)
    ws.set_archived(demo_store, [wid], True)
    ws.set_archived(demo_store, [wid], False)
    ws.delete_permanently(demo_store, [wid])
    entries = list(reversed(audit.query(demo_store, AuditFilter(entity="worker",
                                                                entity_id=wid))))
    assert [e.action for e in entries] == ["create", "update", "status", "move", "archive",
                                           "restore", "delete"]
    assert all(e.user == "admin" and e.at for e in entries)
    update = entries[1]
    assert update.old == {"wage": 2_000_000} and update.new == {"wage": 2_500_000}
    assert "wage: 2000000 → 2500000" in update.summary()
    assert entries[-1].old["name"] == "Ani Lestari"  # the deleted row is kept in full
    assert audit.count(demo_store) - start == 7
    assert audit.for_worker(demo_store, wid)[0].action == "delete"


def test_worker_history_shows_edits_and_status_moves(demo_store: Store) -> None:
    wid = ws.save_worker(demo_store, _new_worker(demo_store)).worker_id
    ws.change_status(demo_store, [wid], "diusulkan")
    kinds = [h["kind"] for h in ws.history(demo_store, wid)]
    assert "create" in kinds and "status" in kinds


def test_log_filters(demo_store: Store) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "siti", "rahasia-456")
    users.sign_in(demo_store, "siti", "rahasia-456")
    ws.set_archived(demo_store, [5], True)
    assert {e.user for e in audit.query(demo_store, AuditFilter(user="SITI"))} == {"siti"}
    assert [e.entity_id for e in audit.query(demo_store, AuditFilter(action="archive"))] == [5]
    assert audit.query(demo_store, AuditFilter(text="Masuk sebagai 'siti'"))
    assert audit.query(demo_store, AuditFilter(text="100%_\\")) == []
    today = demo_store.conn.execute("SELECT max(at) FROM audit_log").fetchone()[0][:10]
    assert audit.count(demo_store, AuditFilter(since=today, until=today)) == \
        audit.count(demo_store)
    assert audit.count(demo_store, AuditFilter(until="2000-01-01")) == 0
    assert "siti" in audit.users(demo_store) and "archive" in audit.actions(demo_store)
    page = audit.query(demo_store, limit=2, offset=1)
    assert len(page) == 2 and page[0].id > page[1].id


def test_exports_of_personal_data_are_recorded(demo_store: Store, tmp_path: Path) -> None:
    audit.record_export(demo_store, "Ekspor Formulir 1a", destination=str(tmp_path / "f.xlsx"),
                        rows=300, fields=["nik", "name", "mother_name"])
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.backup_to_folder(demo_store, usb)
    exports = audit.query(demo_store, AuditFilter(action="export"))
    assert len(exports) == 2
    assert exports[1].new["rows"] == 300 and "mother_name" in exports[1].new["fields"]


def test_excel_exports_are_audited_once_each(demo_store: Store, tmp_path: Path) -> None:
    from jamsos_desktop.services import exporter
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "siti", "rahasia-456")
    users.sign_in(demo_store, "siti", "rahasia-456")  # operators export too: recorded
    for name in ("export_roster", "export_bpjs"):
        before = audit.count(demo_store, AuditFilter(action="export"))
        out = tmp_path / f"{name}.xlsx"
        getattr(exporter, name)(demo_store, out)
        exports = audit.query(demo_store, AuditFilter(action="export"))
        assert len(exports) == before + 1, name
        assert exports[0].user == "siti" and exports[0].new["destination"] == str(out)
        assert exports[0].new["rows"] == 300 or exports[0].new["rows"] > 0
