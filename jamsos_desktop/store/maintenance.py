"""Copies, restores and health checks at the SQL level: the backup API, PRAGMA checks and the
consistency queries behind `periksa`. Services decide when; this module knows how."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jamsos_desktop.store.migrations import rebuild_search, schema_version

# Tables every Jamsos Desktop database has had since schema v1: a file without them is not ours.
OUR_TABLES = ("workers", "units", "worker_programs", "audit_log", "settings", "import_batches")


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the live database at `target`, written with the backup API in one
    step (one read transaction: the copy is a single moment even while others write).

    The copy is written under a temporary name, switched to a self-contained rollback journal
    (no -wal/-shm beside it, so it can sit on a read-only USB stick), synced, and only then
    renamed into place: a power cut mid-copy leaves a stray `.tmp`, never a half backup under
    a real name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(tmp)
    os.replace(tmp, target)
    _fsync_dir(target.parent)
    return target


def restore_into(conn: sqlite3.Connection, source: Path) -> None:
    """Replace the whole content of the live database behind `conn` with `source`, through the
    backup API: the pages are written inside SQLite's own locking and journal, so other
    connections (another copy of the program) see either the old or the new database, and a
    crash mid-way rolls back to the old one. A file copy over an open WAL database would
    instead mix the new file with the old -wal and corrupt it."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()


def open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def integrity_errors(conn: sqlite3.Connection, limit: int = 100) -> list[str]:
    """`PRAGMA integrity_check` lines other than 'ok' (empty: the file is sound)."""
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def foreign_key_errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [{"table": r[0], "rowid": r[1], "parent": r[2]}
            for r in conn.execute("PRAGMA foreign_key_check")]


def fts_errors(conn: sqlite3.Connection) -> list[str]:
    """fts5 'integrity-check' with rank 1 also compares the index with the workers table
    (external content): a search index out of step with the data is reported here."""
    has_fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'workers_fts'").fetchone()
    if not has_fts:
        return []
    try:
        conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def rebuild_fts(conn: sqlite3.Connection) -> None:
    rebuild_search(conn)


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def version_of(conn: sqlite3.Connection) -> int:
    return schema_version(conn)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables present (for reports and round-trip checks)."""
    present = table_names(conn)
    out = {}
    for table in ("units", "workers", "worker_programs", "enrollment_events", "import_batches",
                  "documents", "users", "audit_log"):
        if table in present:
            out[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return out


def change_marker(conn: sqlite3.Connection) -> str | None:
    """A cheap change marker: every write through the services adds an audit row, so the
    newest row (id, time, action, detail) changes with every write. None: nothing written."""
    row = conn.execute("SELECT id, at, action, detail FROM audit_log "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else "|".join(str(v) for v in row)


def orphan_program_rows(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM worker_programs p WHERE NOT EXISTS "
        "(SELECT 1 FROM workers w WHERE w.id = p.worker_id)").fetchone()[0])


def orphan_event_rows(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM enrollment_events e WHERE NOT EXISTS "
        "(SELECT 1 FROM workers w WHERE w.id = e.worker_id)").fetchone()[0])


def iter_niks(conn: sqlite3.Connection) -> Iterator[tuple[int, str, int, str]]:
    """(id, nik, nik_valid, name) of every worker, streamed."""
    cur = conn.execute("SELECT id, nik, nik_valid, name FROM workers ORDER BY id")
    while chunk := cur.fetchmany(20_000):
        for r in chunk:
            yield int(r[0]), str(r[1]), int(r[2]), str(r[3])


def duplicate_niks(conn: sqlite3.Connection, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
    """(number of NIKs used by more than one active worker, a sample of them)."""
    total = int(conn.execute(
        "SELECT count(*) FROM (SELECT nik FROM workers WHERE archived = 0 "
        "GROUP BY nik HAVING count(*) > 1)").fetchone()[0])
    sample = [{"nik": r[0], "count": int(r[1]), "names": r[2]} for r in conn.execute(
        "SELECT nik, count(*), group_concat(name, '; ') FROM workers WHERE archived = 0 "
        "GROUP BY nik HAVING count(*) > 1 ORDER BY nik LIMIT ?", (limit,))]
    return total, sample


# (code, condition, description): status fields that contradict each other.
STATUS_RULES: tuple[tuple[str, str, str], ...] = (
    ("status.terdaftar_tanpa_tanggal", "status = 'terdaftar' AND registered_at IS NULL",
     "berstatus terdaftar tetapi tanpa tanggal terdaftar"),
    ("status.diusulkan_tanpa_tanggal", "status = 'diusulkan' AND proposed_at IS NULL",
     "berstatus diusulkan tetapi tanpa tanggal usulan"),
    ("status.nonaktif_tanpa_tanggal", "status = 'nonaktif' AND ended_at IS NULL",
     "berstatus nonaktif tetapi tanpa tanggal berakhir"),
    ("status.belum_bertanggal", "status = 'belum' AND registered_at IS NOT NULL",
     "berstatus belum didaftarkan tetapi memiliki tanggal terdaftar"),
    ("status.aktif_berakhir",
     "status IN ('belum','diusulkan','terdaftar') AND ended_at IS NOT NULL",
     "masih aktif tetapi memiliki tanggal berakhir kepesertaan"),
    ("arsip.tanpa_tanggal", "archived = 1 AND archived_at IS NULL",
     "diarsipkan tetapi tanpa tanggal pengarsipan"),
)


def status_inconsistencies(conn: sqlite3.Connection, limit: int = 5
                           ) -> list[tuple[str, str, int, list[dict[str, Any]]]]:
    out = []
    for code, condition, description in STATUS_RULES:
        n = int(conn.execute(f"SELECT count(*) FROM workers WHERE {condition}").fetchone()[0])
        if n:
            sample = [{"id": int(r[0]), "nik": r[1], "name": r[2]} for r in conn.execute(
                f"SELECT id, nik, name FROM workers WHERE {condition} ORDER BY id LIMIT ?",
                (limit,))]
            out.append((code, description, n, sample))
    return out


def journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
