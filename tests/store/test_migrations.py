"""Schema migrations: every earlier version upgrades with its data; a failed step leaves the
file exactly as it was, with the backup kept."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.paths import backups_dir_for
from jamsos_desktop.store import open_store
from jamsos_desktop.store.db import connect
from jamsos_desktop.store.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    MigrationError,
    migrate,
    schema_version,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_every_earlier_version_has_a_fixture() -> None:
    for version in range(1, SCHEMA_VERSION):
        assert (FIXTURES / f"schema_v{version}.db").exists(), (
            f"run tests/fixtures/make_schema_fixtures.py to add schema_v{version}.db")


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_database_upgrades_with_data_intact(version: int, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"schema_v{version}.db", db)
    raw = sqlite3.connect(str(db))
    assert schema_version(raw) == version
    before = raw.execute("SELECT id, nik, name, wage, status FROM workers ORDER BY id").fetchall()
    programs_before = raw.execute("SELECT count(*) FROM worker_programs").fetchone()[0]
    raw.close()
    assert len(before) == 60

    store = open_store(db)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        after = store.conn.execute(
            "SELECT id, nik, name, wage, status FROM workers ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == before
        assert store.conn.execute(
            "SELECT count(*) FROM worker_programs").fetchone()[0] == programs_before
        # The search index covers rows written before it existed.
        name = before[0][2].split()[0]
        hits = store.conn.execute("SELECT rowid FROM workers_fts WHERE workers_fts MATCH ?",
                                  (f'"{name}"',)).fetchall()
        assert before[0][0] in {h[0] for h in hits}
        # Since v7 it holds the active roster only (integrity-check compares the index with
        # the view of active workers, row by row); archived workers are not found.
        for wid, name in store.conn.execute(
                "SELECT id, name FROM workers WHERE archived = 1").fetchall():
            found = store.conn.execute(
                "SELECT rowid FROM workers_fts WHERE workers_fts MATCH ?",
                ('"' + name.split()[0] + '"',)).fetchall()
            assert wid not in {h[0] for h in found}
        store.conn.execute("INSERT INTO workers_fts(workers_fts, rank) "
                           "VALUES ('integrity-check', 1)")
        assert store.migration_backup is not None and store.migration_backup.exists()
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()
    # The backup is the old file, at the old version.
    backup = sqlite3.connect(str(store.migration_backup))
    assert schema_version(backup) == version
    backup.close()


def test_new_database_is_created_at_newest_version_without_backup(db_file: Path) -> None:
    store = open_store(db_file)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.migration_backup is None
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    store.close()


def test_failed_migration_leaves_file_as_it_was_and_keeps_backup(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_v1.db", db)
    before = _dump(db)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("UPDATE workers SET name = 'RUSAK'")
        raise RuntimeError("langkah rusak")

    conn = connect(db)
    steps = [*MIGRATIONS, broken]
    with pytest.raises(MigrationError) as info:
        migrate(conn, db, migrations=steps)
    conn.close()
    assert "dikembalikan seperti semula" in info.value.message
    # Steps 2 and 3 had committed before the broken step 4: they are undone too.
    assert _dump(db) == before
    backups = list(backups_dir_for(db).glob("pra-migrasi-v1-*.db"))
    assert len(backups) == 1
    assert _dump(backups[0]) == before


def test_newer_schema_is_refused(db_file: Path) -> None:
    conn = connect(db_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(UserError, match="lebih baru"):
        open_store(db_file)


def test_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    bogus = tmp_path / "bukan.db"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not sqlite" * 100)
    digest = hashlib.sha256(bogus.read_bytes()).hexdigest()
    with pytest.raises(UserError, match="tidak dapat dibuka"):
        open_store(bogus)
    assert hashlib.sha256(bogus.read_bytes()).hexdigest() == digest


def test_migration_steps_are_each_atomic(tmp_path: Path) -> None:
    """A step that fails on a brand-new file (no backup possible) rolls back just itself."""
    db = tmp_path / "new.db"

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE x (y)")
        raise RuntimeError("gagal")

    conn = connect(db)
    with pytest.raises(MigrationError):
        migrate(conn, db, migrations=[MIGRATIONS[0], broken])
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'x'").fetchone()[0] == 0
    conn.close()
