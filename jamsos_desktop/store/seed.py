"""Writes used when seeding a database (demo data, fixtures)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
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
