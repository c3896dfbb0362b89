"""Writes used when seeding a database (demo data, fixtures)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any


def insert_signatory(conn: sqlite3.Connection, values: Mapping[str, Any], now: str) -> int:
    cur = conn.execute(
        "INSERT INTO signatories (jabatan, name, pangkat, golongan, nip, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?)",
        (values["jabatan"], values["name"], values.get("pangkat"), values.get("golongan"),
         values.get("nip"), now, now))
    return int(cur.lastrowid or 0)


def insert_committed_batch(conn: sqlite3.Connection, kind: str, file_name: str, now: str,
                           user: str, rows: int) -> int:
    cur = conn.execute(
        "INSERT INTO import_batches (kind, file_name, started_at, committed_at, user, rows, "
        "inserted) VALUES (?, ?, ?, ?, ?, ?, ?)", (kind, file_name, now, now, user, rows, rows))
    return int(cur.lastrowid or 0)


def is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM units").fetchone()[0] == 0


def fill_programs_from_lists(conn: sqlite3.Connection, first_id: int, last_id: int) -> None:
    """Write the membership rows of workers first_id..last_id from their `programs` lists in
    one statement: twice as fast as binding ~2.3M rows from Python on a million-worker load."""
    conn.execute(
        "INSERT INTO worker_programs (worker_id, program, since) "
        "SELECT w.id, p.column1, w.registered_at FROM workers w "
        "JOIN (VALUES ('jkk'), ('jkm'), ('jht'), ('jp'), ('jkp')) p "
        "ON instr(',' || w.programs || ',', ',' || p.column1 || ',') "
        "WHERE w.id BETWEEN ? AND ? ORDER BY w.id", (first_id, last_id))


@contextmanager
def rollback_journal(conn: sqlite3.Connection) -> Iterator[None]:
    """For loading a fresh database: a rollback journal writes each page once (WAL writes
    every page twice: to the log, then back at checkpoint), ~25% faster on a million-worker
    load, and is just as atomic. If another connection keeps the file in WAL mode the switch
    does not happen and the load simply runs in WAL."""
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    try:
        yield
    finally:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
