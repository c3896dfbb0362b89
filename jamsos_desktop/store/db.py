"""Opening the database: one SQLite file, WAL, foreign keys, busy timeout, migrated on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jamsos_desktop.errors import UserError

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A raw connection with the project's pragmas; autocommit mode (isolation_level=None) so
    transactions are explicit (`transaction()`), never opened behind our back."""
    path = Path(path)
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # e.g. a network share that refuses WAL
            conn.execute("PRAGMA journal_mode = DELETE")
        # NORMAL is durable across application crashes in WAL mode; only an OS crash or power
        # loss may drop the last transactions, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def like_escape(text: str) -> str:
    """`text` as a literal inside a LIKE pattern written with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True
                ) -> Iterator[sqlite3.Connection]:
    """All-or-nothing block. IMMEDIATE takes the write lock up front, so two writers queue on
    the busy timeout instead of failing half-way on lock upgrade. Nested use joins the outer
    transaction (a savepoint keeps the inner part atomic)."""
    if conn.in_transaction:
        name = f"sp_{id(conn)}_{_depth(conn)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError("Basis data sedang dipakai oleh program lain (mungkin salinan "
                            "Jamsos Desktop di komputer lain). Coba lagi sebentar lagi.",
                            code="db.busy") from exc
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


_savepoint_counter = 0


def _depth(conn: sqlite3.Connection) -> int:
    global _savepoint_counter
    _savepoint_counter += 1
    return _savepoint_counter
