"""Backups and restore: consistent snapshots, rotation, verification of broken files, restore
round trips that compare every row, and the `periksa` health check."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jamsos_desktop.errors import PermissionDenied, UserError
from jamsos_desktop.paths import backups_dir_for
from jamsos_desktop.services import backup
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import SCHEMA_VERSION, Store, open_store
from tests.reliability.conftest import dump_tables

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_snapshot_is_named_verified_and_self_contained(demo_store: Store) -> None:
    path = backup.snapshot(demo_store, "Sebelum Impor!")
    assert path.parent == backups_dir_for(demo_store.path)
    assert path.name.startswith("sebelum-impor-") and path.suffix == ".db"
    # One file, no -wal/-shm: it can be copied or kept on read-only media as is.
    assert not Path(str(path) + "-wal").exists()
    result = backup.verify_backup(path)
    assert result.ok, result.problems
    assert result.schema_version == SCHEMA_VERSION
    assert result.counts["workers"] == 300
    assert dump_tables(path) == dump_tables(demo_store.path)
    [info] = backup.list_backups(demo_store.path)
    assert info.reason == "sebelum-impor" and info.path == path


def test_snapshot_while_another_connection_holds_a_write(demo_store: Store) -> None:
    other = sqlite3.connect(str(demo_store.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE workers SET name = 'BELUM DISIMPAN' WHERE id = 1")
    try:
        path = backup.snapshot(demo_store, "manual")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "BELUM DISIMPAN" not in str(dump_tables(path, ("workers",)))
    assert backup.verify_backup(path).ok


def _fake(folder: Path, reason: str, when: datetime) -> backup.BackupInfo:
    return backup.BackupInfo(folder / f"{reason}-{when:%Y%m%d-%H%M%S-%f}.db", reason, when, 1)


def test_rotation_keeps_last_ten_one_per_day_for_thirty_days_and_last_migration() -> None:
    now = datetime(2026, 3, 31, 17, 0)
    folder = Path("/x")
    items = [_fake(folder, "pra-migrasi-v2", now - timedelta(days=200))]
    for day in range(60):  # three snapshots a day for 60 days
        for hour in (8, 12, 16):
            items.append(_fake(folder, "tutup", now - timedelta(days=day, hours=17 - hour)))
    keep = backup.rotation_keep(items, now)
    newest = sorted(items, key=lambda b: b.taken_at, reverse=True)
    assert {b.path for b in newest[:10]} <= keep
    days_kept = {b.taken_at.date() for b in items if b.path in keep}
    assert {(now - timedelta(days=d)).date() for d in range(30)} <= days_kept
    assert not any(b.taken_at < now - timedelta(days=30) and b.reason == "tutup"
                   and b.path in keep for b in items)
    assert items[0].path in keep  # the only copy in the old schema
    assert len(keep) == 10 + (30 - 4) + 1  # 10 newest span 4 days; the rest one a day


def test_rotate_deletes_on_disk_and_leaves_foreign_files(demo_store: Store) -> None:
    folder = backups_dir_for(demo_store.path)
    start = datetime(2026, 1, 1, 9, 0)
    for i in range(15):
        backup.snapshot(demo_store, "tutup", now=start + timedelta(minutes=i))
    (folder / "catatan.txt").write_text("milik pengguna")
    (folder / "lama.db.tmp").write_bytes(b"x")
    os.utime(folder / "lama.db.tmp", (0, 0))
    backup.rotate(demo_store.path, now=start + timedelta(minutes=20))
    left = backup.list_backups(demo_store.path)
    assert len(left) == 10
    assert (folder / "catatan.txt").exists()
    assert not (folder / "lama.db.tmp").exists()


def test_migration_backup_follows_the_same_naming(tmp_path: Path) -> None:
    db = tmp_path / "lama.db"
    shutil.copy(FIXTURES / "schema_v1.db", db)
    store = open_store(db)
    try:
        [info] = backup.list_backups(db)
        assert info.reason == "pra-migrasi-v1" and info.label == "Sebelum pembaruan struktur"
        assert backup.verify_backup(info.path).schema_version == 1
    finally:
        store.close()


def test_auto_snapshot_daily_and_on_close_only_when_changed(demo_store: Store) -> None:
    day = datetime(2026, 5, 4, 8, 0)
    first = backup.auto_snapshot(demo_store, "mulai", now=day)
    assert first is not None and first.name.startswith("harian-")
    assert backup.auto_snapshot(demo_store, "mulai", now=day + timedelta(hours=2)) is None
    assert backup.auto_snapshot(demo_store, "tutup", now=day + timedelta(hours=3)) is None
    ws.set_archived(demo_store, [1], True)
    closing = backup.auto_snapshot(demo_store, "tutup", now=day + timedelta(hours=4))
    assert closing is not None and closing.name.startswith("tutup-")
    assert backup.auto_snapshot(demo_store, "mulai", now=day + timedelta(days=1)) is not None


def test_auto_snapshot_skips_an_empty_database_and_never_raises(store: Store) -> None:
    assert backup.auto_snapshot(store, "mulai") is None
    store.conn.execute("INSERT INTO audit_log (at, action) VALUES ('2026-01-01', 'x')")
    folder = backups_dir_for(store.path)
    folder.write_text("bukan folder")  # the backup folder cannot be created
    assert backup.auto_snapshot(store, "tutup") is None


def test_backup_to_folder_is_verified_and_audited(demo_store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    target = backup.backup_to_folder(demo_store, usb)
    assert target.parent == usb and backup.verify_backup(target).ok
    row = demo_store.conn.execute(
        "SELECT * FROM audit_log WHERE action = 'export' ORDER BY id DESC").fetchone()
    assert str(target) in row["detail"] and row["user"] == demo_store.user
    with pytest.raises(UserError, match="tidak ditemukan"):
        backup.backup_to_folder(demo_store, tmp_path / "tidak-ada")


def test_restore_round_trip_compares_every_row(demo_store: Store) -> None:
    saved = backup.snapshot(demo_store, "manual")
    expected = dump_tables(saved)
    audit_before = demo_store.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    # Much changes afterwards: edits, deletes, archive, a new worker, a setting.
    ws.change_status(demo_store, [w for w, in demo_store.conn.execute(
        "SELECT id FROM workers WHERE status = 'belum' LIMIT 20")], "diusulkan")
    ws.delete_permanently(demo_store, [1, 2, 3])
    ws.set_archived(demo_store, [4, 5], True)
    demo_store.conn.execute("UPDATE workers SET name = 'Diubah' WHERE id < 50")
    demo_store.set_setting("x", 1)
    changed = dump_tables(demo_store.path)
    assert changed != expected

    result = backup.restore(demo_store, saved)

    assert dump_tables(demo_store.path) == expected
    assert dump_tables(Path(result["pre_restore_snapshot"])) == changed
    audit_after = demo_store.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    assert [tuple(r) for r in audit_after[:len(audit_before)]] == \
        [tuple(r) for r in audit_before]
    assert audit_after[-1]["action"] == "restore"
    assert demo_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backup.check_database(demo_store).ok


def test_restore_is_seen_by_another_open_connection(demo_store: Store) -> None:
    saved = backup.snapshot(demo_store, "manual")
    other = open_store(demo_store.path)
    try:
        assert other.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 300
        demo_store.conn.execute("DELETE FROM workers WHERE id <= 100")
        assert other.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 200
        backup.restore(demo_store, saved)
        assert other.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 300
        assert other.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        other.close()


def test_restore_of_an_older_schema_migrates(demo_store: Store) -> None:
    result = backup.restore(demo_store, FIXTURES / "schema_v1.db")
    assert result["schema_version"] == 1
    assert demo_store.schema_version() == SCHEMA_VERSION
    assert demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 60
    assert backup.check_database(demo_store).ok


def test_restore_is_for_administrators_only(demo_store: Store) -> None:
    saved = backup.snapshot(demo_store, "manual")
    demo_store.role = "operator"
    with pytest.raises(PermissionDenied):
        backup.restore(demo_store, saved)
    assert len(backup.list_backups(demo_store.path)) == 1  # refused before anything ran


def _broken_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    files["acak"] = tmp_path / "acak.db"
    files["acak"].write_bytes(os.urandom(50_000))
    files["kosong"] = tmp_path / "kosong.db"
    files["kosong"].write_bytes(b"")
    data = good.read_bytes()
    files["terpotong"] = tmp_path / "terpotong.db"
    files["terpotong"].write_bytes(data[: len(data) // 3])
    files["rusak"] = tmp_path / "rusak.db"
    damaged = bytearray(data)
    for offset in range(4096 * 3, len(damaged) - 4096, 4096):
        damaged[offset + 100: offset + 400] = os.urandom(300)
    files["rusak"].write_bytes(bytes(damaged))
    files["bukan-milik-kita"] = tmp_path / "lain.db"
    other = sqlite3.connect(str(files["bukan-milik-kita"]))
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    files["versi-baru"] = tmp_path / "baru.db"
    shutil.copy(good, files["versi-baru"])
    newer = sqlite3.connect(str(files["versi-baru"]))
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    files["zip"] = tmp_path / "cadangan.zip"
    with zipfile.ZipFile(files["zip"], "w") as zf:
        zf.write(good, "jamsos.db")
    files["indeks-rusak"] = tmp_path / "indeks.db"
    shutil.copy(good, files["indeks-rusak"])
    _damage_index(files["indeks-rusak"])
    files["folder"] = tmp_path / "folder.db"
    files["folder"].mkdir()
    return files


def test_broken_backups_are_refused_and_nothing_changes(demo_store: Store,
                                                        tmp_path: Path) -> None:
    good = backup.snapshot(demo_store, "manual")
    before = dump_tables(demo_store.path)
    for name, path in _broken_files(tmp_path, good).items():
        result = backup.verify_backup(path)
        assert not result.ok, name
        assert result.problems and all(isinstance(p, str) for p in result.problems)
        with pytest.raises(UserError, match="tidak dapat dipulihkan"):
            backup.restore(demo_store, path)
        assert dump_tables(demo_store.path) == before, name
    assert len(backup.list_backups(demo_store.path)) == 1  # no pre-restore copy was needed


# ---------------------------------------------------------------- periksa

def test_check_database_is_clean_on_demo_data(demo_store: Store) -> None:
    report = backup.check_database(demo_store)
    assert report.ok
    assert not [f for f in report.findings if f.severity == "galat"]
    text = backup.render_report(report.to_dict())
    assert "Hasil: baik" in text


def test_check_database_finds_each_kind_of_problem(demo_store: Store) -> None:
    conn = demo_store.conn
    # The search index falls out of step when a trigger is missing.
    conn.execute("DROP TRIGGER workers_fts_au")
    conn.execute("UPDATE workers SET name = 'Tanpa Indeks' WHERE id = 10")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO worker_programs (worker_id, program) VALUES (99999, 'jkk')")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("UPDATE workers SET nik_valid = 0 WHERE id = 11")
    conn.execute("UPDATE workers SET nik = (SELECT nik FROM workers WHERE id = 12) WHERE id = 13")
    conn.execute("UPDATE workers SET status = 'terdaftar', registered_at = NULL WHERE id = 14")
    conn.execute("UPDATE workers SET archived = 1, archived_at = NULL WHERE id = 15")
    report = backup.check_database(demo_store)
    codes = {f.code for f in report.findings}
    assert {"fts", "foreign_key", "orphan_programs", "nik_valid", "nik_duplicate",
            "status.terdaftar_tanpa_tanggal", "arsip.tanpa_tanggal"} <= codes
    assert not report.ok
    text = backup.render_report(report.to_dict())
    assert "[GALAT]" in text and "[PERINGATAN]" in text and "ADA KERUSAKAN" in text
    backup.repair_search_index(demo_store)
    assert "fts" not in {f.code for f in backup.check_database(demo_store).findings}


def _damage_index(path: Path) -> None:
    """An index whose content no longer matches its definition: the file opens and reads,
    only `PRAGMA integrity_check` notices (the kind of damage a bad sector leaves)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX workers_name ON workers(nik)' "
                 "WHERE name = 'workers_name'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()


def test_check_database_and_verify_report_a_damaged_file(demo_store: Store,
                                                         tmp_path: Path) -> None:
    damaged = tmp_path / "rusak.db"
    shutil.copy(backup.snapshot(demo_store, "manual"), damaged)
    _damage_index(damaged)
    result = backup.verify_backup(damaged)
    assert not result.ok and "keutuhan" in result.problems[0]
    conn = sqlite3.connect(str(damaged), isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        report = backup.check_database(Store(path=damaged, conn=conn))
    finally:
        conn.close()
    assert not report.ok
    assert report.findings[0].code == "integrity"
