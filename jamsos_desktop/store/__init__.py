"""The store: the only layer that speaks SQL. `open_store(path)` gives a migrated `Store`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from jamsos_desktop.errors import UserError
from jamsos_desktop.store.db import connect, transaction
from jamsos_desktop.store.migrations import SCHEMA_VERSION, migrate, schema_version


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass
class Store:
    path: Path
    conn: sqlite3.Connection
    user: str = "sistem"  # who the audit trail names; set at sign-in
    role: str = "admin"  # "admin" | "operator"; with users off, the single user is admin
    migration_backup: Path | None = field(default=None, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for schema inspection and small writes."""
        return sqlite_utils.Database(self.conn)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with transaction(self.conn) as conn:
            yield conn

    def require_admin(self) -> None:
        if self.role != "admin":
            from jamsos_desktop.errors import PermissionDenied

            raise PermissionDenied()

    def schema_version(self) -> int:
        return schema_version(self.conn)

    def audit(self, action: str, entity: str | None = None, entity_id: int | None = None, *,
              old: Any = None, new: Any = None, detail: str | None = None) -> None:
        """Record a write; call inside the write's transaction so both land or neither."""
        self.conn.execute(
            "INSERT INTO audit_log (at, user, action, entity, entity_id, old, new, detail)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (now_iso(), self.user, action, entity, entity_id,
             None if old is None else json.dumps(old, ensure_ascii=False, default=str),
             None if new is None else json.dumps(new, ensure_ascii=False, default=str), detail))

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)))

    def delete_setting(self, key: str) -> None:
        self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def open_store(path: Path | str, *, user: str = "sistem") -> Store:
    path = Path(path)
    if path.exists() and path.is_dir():
        raise UserError(f"'{path}' adalah folder, bukan berkas basis data.", code="db.path")
    try:
        conn = connect(path)
        _check_is_database(conn, path)
        backup = migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"Berkas '{path}' tidak dapat dibuka sebagai basis data Jamsos Desktop "
                        f"({exc}).", code="db.open") from exc
    except OSError as exc:
        raise UserError(f"Berkas basis data '{path}' tidak dapat dibuat atau dibuka: "
                        f"{exc.strerror or exc}.", code="db.open") from exc
    return Store(path=path, conn=conn, user=user, migration_backup=backup)


def _check_is_database(conn: sqlite3.Connection, path: Path) -> None:
    # Reading the schema fails fast on a file that is not SQLite ("file is not a database").
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


__all__ = ["SCHEMA_VERSION", "Store", "now_iso", "open_store"]
