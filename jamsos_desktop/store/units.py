"""Work units (OPD and their sub-units) and the pemda profile."""

from __future__ import annotations

import sqlite3
from typing import Any

from jamsos_desktop.errors import ConflictError, UserError

UNIT_FIELDS = ("parent_id", "code", "name", "head_name", "head_nip", "head_title", "npp",
               "risk_class", "default_programs", "address", "archived")
PEMDA_FIELDS = ("level", "name", "region_code", "office_name", "address", "city",
                "postal_code", "phone", "fax", "email", "website", "logo", "logo_mime")


def get_pemda(conn: sqlite3.Connection) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM pemda WHERE id = 1").fetchone()
    return dict(row) if row else None


def save_pemda(conn: sqlite3.Connection, values: dict[str, Any], now: str) -> None:
    data = {k: values.get(k) for k in PEMDA_FIELDS}
    cols = ", ".join(PEMDA_FIELDS)
    marks = ", ".join("?" for _ in PEMDA_FIELDS)
    updates = ", ".join(f"{k} = excluded.{k}" for k in PEMDA_FIELDS)
    conn.execute(
        f"INSERT INTO pemda (id, {cols}, updated_at) VALUES (1, {marks}, ?) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
        (*data.values(), now))


def list_units(conn: sqlite3.Connection, *, include_archived: bool = False) -> list[dict[str, Any]]:
    where = "" if include_archived else "WHERE archived = 0"
    return [dict(r) for r in conn.execute(f"SELECT * FROM units {where} ORDER BY code")]


def get_unit(conn: sqlite3.Connection, unit_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM units WHERE id = ?", (unit_id,)).fetchone()
    return dict(row) if row else None


def unit_by_code(conn: sqlite3.Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM units WHERE code = ?", (code,)).fetchone()
    return dict(row) if row else None


def insert_unit(conn: sqlite3.Connection, values: dict[str, Any], now: str) -> int:
    data = {k: values[k] for k in UNIT_FIELDS if k in values}
    if unit_by_code(conn, str(data.get("code", ""))):
        raise UserError(f"Kode unit kerja '{data.get('code')}' sudah dipakai.", code="unit.code")
    cols = ", ".join([*data, "created_at", "updated_at"])
    marks = ", ".join("?" for _ in range(len(data) + 2))
    cur = conn.execute(f"INSERT INTO units ({cols}) VALUES ({marks})", (*data.values(), now, now))
    return int(cur.lastrowid or 0)


def update_unit(conn: sqlite3.Connection, unit_id: int, version: int, changes: dict[str, Any],
                now: str) -> None:
    data = {k: changes[k] for k in UNIT_FIELDS if k in changes}
    parent = data.get("parent_id")
    if parent is not None and parent in subtree_ids(conn, [unit_id]):
        raise UserError("Unit kerja tidak dapat menjadi sub-unit dari dirinya sendiri atau "
                        "dari sub-unitnya.", code="unit.cycle")
    sets = ", ".join(f"{k} = ?" for k in data)
    cur = conn.execute(
        f"UPDATE units SET {sets}{', ' if sets else ''}updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?", (*data.values(), now, unit_id, version))
    if cur.rowcount == 0:
        raise ConflictError()


def subtree_ids(conn: sqlite3.Connection, roots: list[int]) -> set[int]:
    """The units and all their sub-units, at any depth."""
    if not roots:
        return set()
    marks = ",".join("?" for _ in roots)
    rows = conn.execute(
        f"WITH RECURSIVE t(id) AS (SELECT id FROM units WHERE id IN ({marks}) "
        "UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id) SELECT id FROM t",
        roots).fetchall()
    return {int(r[0]) for r in rows}


def count_units(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM units WHERE archived = 0").fetchone()[0])


def worker_counts(conn: sqlite3.Connection) -> dict[int, int]:
    """Active (not archived) workers per unit, sub-units not included."""
    return {int(r[0]): int(r[1]) for r in conn.execute(
        "SELECT unit_id, count(*) FROM workers WHERE archived = 0 GROUP BY unit_id")}


def list_signatories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM signatories WHERE active = 1 ORDER BY sort, id")]
