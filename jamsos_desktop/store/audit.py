"""Reading the audit trail (writing it is `Store.audit`, inside each write's transaction)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.store.db import like_escape


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    since: str | None = None  # ISO date or date-time, inclusive
    until: str | None = None  # ISO date (the whole day) or date-time, inclusive
    text: str | None = None  # substring of detail / old / new values


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.user:
        clauses.append("user = ? COLLATE NOCASE")
        params.append(f.user)
    if f.action:
        clauses.append("action = ?")
        params.append(f.action)
    if f.entity:
        clauses.append("entity = ?")
        params.append(f.entity)
    if f.entity_id is not None:
        clauses.append("entity_id = ?")
        params.append(int(f.entity_id))
    if f.since:
        clauses.append("at >= ?")
        params.append(f.since)
    if f.until:
        # A bare date means "up to the end of that day"; '~' sorts after any time text.
        clauses.append("at <= ?")
        params.append(f.until + ("T~" if len(f.until) == 10 else ""))
    if f.text:
        like = "%" + like_escape(f.text) + "%"
        clauses.append("(detail LIKE ? ESCAPE '\\' OR old LIKE ? ESCAPE '\\' "
                       "OR new LIKE ? ESCAPE '\\')")
        params += [like, like, like]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query(conn: sqlite3.Connection, f: AuditFilter, *, limit: int = 500, offset: int = 0
          ) -> list[dict[str, Any]]:
    where, params = _where(f)
    return [dict(r) for r in conn.execute(
        f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        (*params, int(limit), int(offset)))]


def count(conn: sqlite3.Connection, f: AuditFilter) -> int:
    where, params = _where(f)
    return int(conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0])


def distinct(conn: sqlite3.Connection, column: str) -> list[str]:
    if column not in ("user", "action", "entity"):
        raise ValueError(column)
    return [str(r[0]) for r in conn.execute(
        f"SELECT DISTINCT {column} FROM audit_log WHERE {column} IS NOT NULL ORDER BY 1")]
