"""Queries of the Excel exchange: import batches and their changes (for undo), remembered
column mappings, lookups by NIK for matching, and the row streams of the exports.

Worker inserts and updates go through `store.workers` (bulk_insert / update_worker); this
module only adds what the exchange needs on top.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from jamsos_desktop.store.workers import WorkerFilter, _where

# --- remembered column mappings ----------------------------------------------------------


def get_mapping(conn: sqlite3.Connection, signature: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT mapping FROM import_mappings WHERE signature = ?",
                       (signature,)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None  # a damaged remembered mapping is forgotten, never fatal
    return value if isinstance(value, dict) else None


def save_mapping(conn: sqlite3.Connection, signature: str, mapping: dict[str, Any],
                 now: str) -> None:
    conn.execute(
        "INSERT INTO import_mappings (signature, mapping, used_at) VALUES (?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, "
        "used_at = excluded.used_at",
        (signature, json.dumps(mapping, ensure_ascii=False), now))


# --- batches -----------------------------------------------------------------------------

BATCH_COUNTS = ("rows", "inserted", "updated", "unchanged", "rejected", "blank", "warnings")


def insert_batch(conn: sqlite3.Connection, *, kind: str, file_name: str | None,
                 file_sha256: str | None, sheet: str | None, unit_id: int | None,
                 mapping: dict[str, Any] | None, origin_office: str | None, started_at: str,
                 user: str) -> int:
    cur = conn.execute(
        "INSERT INTO import_batches (kind, file_name, file_sha256, sheet, unit_id, mapping, "
        "origin_office, started_at, user) VALUES (?,?,?,?,?,?,?,?,?)",
        (kind, file_name, file_sha256, sheet, unit_id,
         None if mapping is None else json.dumps(mapping, ensure_ascii=False),
         origin_office, started_at, user))
    return int(cur.lastrowid or 0)


def finish_batch(conn: sqlite3.Connection, batch_id: int, counts: dict[str, int],
                 committed_at: str) -> None:
    sets = ", ".join(f"{k} = ?" for k in BATCH_COUNTS)
    conn.execute(f"UPDATE import_batches SET {sets}, committed_at = ? WHERE id = ?",
                 (*(int(counts.get(k, 0)) for k in BATCH_COUNTS), committed_at, batch_id))


def get_batch(conn: sqlite3.Connection, batch_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM import_batches WHERE id = ?", (batch_id,)).fetchone()
    return dict(row) if row else None


def list_batches(conn: sqlite3.Connection, limit: int = 200) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT b.*, u.name AS unit_name FROM import_batches b "
        "LEFT JOIN units u ON u.id = b.unit_id ORDER BY b.id DESC LIMIT ?", (limit,))]


def mark_undone(conn: sqlite3.Connection, batch_id: int, at: str, user: str) -> None:
    conn.execute("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?",
                 (at, user, batch_id))


def add_changes(conn: sqlite3.Connection, batch_id: int,
                changes: Iterable[tuple[int, str, str | None]]) -> None:
    """(worker_id, 'insert'|'update', before JSON) rows of one batch."""
    conn.executemany("INSERT INTO import_changes (batch_id, worker_id, action, before) "
                     "VALUES (?, ?, ?, ?)", ((batch_id, w, a, b) for w, a, b in changes))


def add_insert_changes(conn: sqlite3.Connection, batch_id: int, first_id: int, last_id: int,
                       before: str) -> None:
    """('insert', `before`) change rows for the workers with ids `first_id`…`last_id` (a
    batch's new workers), in one statement."""
    conn.execute("INSERT INTO import_changes (batch_id, worker_id, action, before) "
                 "SELECT ?, id, 'insert', ? FROM workers WHERE id BETWEEN ? AND ? ORDER BY id",
                 (batch_id, before, first_id, last_id))


def changes_of(conn: sqlite3.Connection, batch_id: int) -> list[tuple[int, str, str | None]]:
    return [(int(r[0]), str(r[1]), r[2]) for r in conn.execute(
        "SELECT worker_id, action, before FROM import_changes WHERE batch_id = ? "
        "ORDER BY worker_id", (batch_id,))]


def versions_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """worker id → (version, name) for the ids that still exist."""
    out: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 50_000):
        marks = ",".join(str(int(i)) for i in ids[start:start + 50_000])
        for r in conn.execute(f"SELECT id, version, name FROM workers WHERE id IN ({marks})"):
            out[int(r[0])] = (int(r[1]), str(r[2]))
    return out


def set_versions(conn: sqlite3.Connection, pairs: Iterable[tuple[int, int]]) -> None:
    """Bring `version` back to a recorded value (undo): the row then looks untouched by the
    batch to the next optimistic-concurrency check."""
    conn.executemany("UPDATE workers SET version = ? WHERE id = ?",
                     ((v, w) for w, v in pairs))


# --- matching ----------------------------------------------------------------------------


def workers_by_nik(conn: sqlite3.Connection, niks: Iterable[str]
                   ) -> dict[str, list[dict[str, Any]]]:
    """Every stored worker (archived included) whose NIK is in `niks`, with its programs,
    grouped by NIK. Loaded through a temporary table: one indexed join, not 100k queries."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _import_niks (nik TEXT PRIMARY KEY) "
                 "WITHOUT ROWID")
    conn.execute("DELETE FROM _import_niks")
    niks = list(niks)
    if all(type(n) is str and "\x00" not in n for n in niks):
        # One JSON text parsed by SQLite instead of 100k bound rows (~5x faster); SQLite's
        # JSON strings end at NUL, so text holding one takes the bound-row path.
        conn.execute("INSERT OR IGNORE INTO _import_niks (nik) SELECT value FROM json_each(?)",
                     (json.dumps(niks, ensure_ascii=False),))
    else:
        conn.executemany("INSERT OR IGNORE INTO _import_niks (nik) VALUES (?)",
                         ((n,) for n in niks))
    out: dict[str, list[dict[str, Any]]] = {}
    rows = conn.execute(
        "SELECT w.*, u.name AS unit_name, u.code AS unit_code "
        "FROM _import_niks t JOIN workers w ON w.nik = t.nik "
        "JOIN units u ON u.id = w.unit_id ORDER BY w.id")
    for r in rows:
        out.setdefault(r["nik"], []).append(dict(r))
    conn.execute("DELETE FROM _import_niks")
    return out


def units_lookup(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT id, code, name, npp, default_programs, archived FROM units ORDER BY code")]


# --- exports -----------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "id", "nik", "name", "birth_place", "birth_date", "sex", "mother_name", "address",
    "phone", "marital_status", "category", "job_title", "unit_id", "wage", "start_date",
    "end_date", "participant_type", "funding_source", "kpj", "status", "proposed_at",
    "proposal_ref", "registered_at", "ended_at", "end_reason", "notes", "origin_office",
    "programs",
)


def export_rows(conn: sqlite3.Connection, f: WorkerFilter, chunk: int = 20_000
                ) -> Iterator[list[sqlite3.Row]]:
    """Workers matching the filter in roster order (unit code, name), with unit code, name
    and NPP and the program list, in chunks (a million rows never sit in memory at once)."""
    where, params = _where(f)
    cols = ", ".join(f"w.{c}" for c in EXPORT_COLUMNS)
    cur = conn.execute(
        f"SELECT {cols}, u.code AS unit_code, u.name AS unit_name, u.npp AS unit_npp "
        f"FROM workers w JOIN units u ON u.id = w.unit_id WHERE {where} "
        "ORDER BY u.code, w.name COLLATE NOCASE, w.id", params)
    while rows := cur.fetchmany(chunk):
        yield rows


def count_workers(conn: sqlite3.Connection, f: WorkerFilter) -> int:
    where, params = _where(f)
    return int(conn.execute(f"SELECT count(*) FROM workers w WHERE {where}",
                            params).fetchone()[0])


def pemda_office(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT level, name, office_name FROM pemda WHERE id = 1").fetchone()
    if row is None:
        return None
    parts = [row["office_name"], f"{str(row['level']).capitalize()} {row['name']}"]
    return ", ".join(p for p in parts if p)


# --- reconciliation ----------------------------------------------------------------------


def enrolled_workers(conn: sqlite3.Connection, unit_ids: Sequence[int] | None
                     ) -> list[dict[str, Any]]:
    """Active workers that BPJS should know about (proposed or registered), optionally only
    in some units: the local side of a reconciliation."""
    sql = ("SELECT w.id, w.nik, w.name, w.kpj, w.status, u.code AS unit_code, "
           "u.name AS unit_name FROM workers w JOIN units u ON u.id = w.unit_id "
           "WHERE w.archived = 0 AND w.status IN ('diusulkan', 'terdaftar')")
    if unit_ids is not None:
        sql += f" AND w.unit_id IN ({','.join(str(int(i)) for i in unit_ids) or 'NULL'})"
    return [dict(r) for r in conn.execute(sql + " ORDER BY u.code, w.name")]


def add_events(conn: sqlite3.Connection,
               events: Iterable[tuple[int, str, str | None, str | None, str, str | None,
                                      str | None, str]]) -> None:
    """(worker_id, at, effective_date, from_status, to_status, reference, note, user)."""
    conn.executemany(
        "INSERT INTO enrollment_events (worker_id, at, effective_date, from_status, "
        "to_status, reference, note, user) VALUES (?,?,?,?,?,?,?,?)", events)
