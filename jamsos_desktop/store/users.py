"""The users table (schema v3): accounts, roles, failed sign-in counters."""

from __future__ import annotations

import sqlite3
from typing import Any

from jamsos_desktop.errors import UserError

USER_COLUMNS = "id, username, full_name, role, failed_attempts, locked_until, active, " \
               "created_at, updated_at"


def count_users(conn: sqlite3.Connection, *, active_only: bool = False) -> int:
    where = " WHERE active = 1" if active_only else ""
    return int(conn.execute(f"SELECT count(*) FROM users{where}").fetchone()[0])


def count_active_admins(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM users WHERE active = 1 AND role = 'admin'").fetchone()[0])


def list_users(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        f"SELECT {USER_COLUMNS} FROM users ORDER BY username COLLATE NOCASE")]


def get_by_username(conn: sqlite3.Connection, username: str) -> dict[str, Any] | None:
    """Including the password hash: for sign-in only."""
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return dict(row) if row else None


def get_user(conn: sqlite3.Connection, user_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(row) if row else None


def insert_user(conn: sqlite3.Connection, username: str, full_name: str | None, role: str,
                password_hash: str, now: str) -> int:
    try:
        cur = conn.execute(
            "INSERT INTO users (username, full_name, role, password_hash, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?)",
            (username, full_name, role, password_hash, now, now))
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" in str(exc):
            raise UserError(f"Nama pengguna '{username}' sudah dipakai.",
                            code="user.exists") from exc
        raise UserError("Data pengguna tidak sah.", code="user.invalid") from exc
    return int(cur.lastrowid or 0)


_UPDATABLE = ("full_name", "role", "active", "password_hash", "failed_attempts", "locked_until")


def update_user(conn: sqlite3.Connection, user_id: int, changes: dict[str, Any],
                now: str) -> None:
    data = {k: v for k, v in changes.items() if k in _UPDATABLE}
    if not data:
        return
    sets = "".join(f"{k} = ?, " for k in data)
    conn.execute(f"UPDATE users SET {sets}updated_at = ? WHERE id = ?",
                 (*data.values(), now, user_id))


def record_failure(conn: sqlite3.Connection, user_id: int, locked_until: str | None,
                   now: str) -> int:
    """Count one failed sign-in atomically; returns the new count."""
    conn.execute("UPDATE users SET failed_attempts = failed_attempts + 1, "
                 "locked_until = coalesce(?, locked_until), updated_at = ? WHERE id = ?",
                 (locked_until, now, user_id))
    return int(conn.execute("SELECT failed_attempts FROM users WHERE id = ?",
                            (user_id,)).fetchone()[0])
