"""Issued documents (the register, `documents` table) and the reads the documents need:
the proposal list, participation changes in a period.

Numbers: `next_seq` must run inside the caller's write transaction (BEGIN IMMEDIATE holds
the write lock), together with the INSERT, so two writers can never take the same number
and a failed issue leaves no gap.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from jamsos_desktop.store.db import like_escape
from jamsos_desktop.store.workers import WorkerFilter, _where

# Register columns listed without the PDF bytes (a browser must not load every BLOB).
LIST_COLUMNS = ("id", "doc_type", "number", "seq", "year", "doc_date", "issued_at",
                "addressee", "subject", "signatory_id", "params", "worker_count",
                "total_amount", "pages", "sha256", "verify_code", "user")


def next_seq(conn: sqlite3.Connection, year: int) -> int:
    if not conn.in_transaction:
        raise RuntimeError("next_seq must run inside the issuing write transaction")
    row = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents WHERE year = ?",
                       (year,)).fetchone()
    return int(row[0])


def number_taken(conn: sqlite3.Connection, number: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE number = ?", (number,)).fetchone() \
        is not None


def insert_document(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    data = dict(values)
    if isinstance(data.get("params"), dict):
        data["params"] = json.dumps(data["params"], ensure_ascii=False, sort_keys=True)
    cols = ", ".join(data)
    marks = ", ".join("?" for _ in data)
    cur = conn.execute(f"INSERT INTO documents ({cols}) VALUES ({marks})", tuple(data.values()))
    return int(cur.lastrowid or 0)


def _row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(r)
    if d.get("params"):
        try:
            d["params"] = json.loads(d["params"])
        except ValueError:
            d["params"] = {}
    return d


def list_documents(conn: sqlite3.Connection, *, year: int | None = None,
                   doc_type: str | None = None, search: str = "", limit: int = 500,
                   offset: int = 0) -> list[dict[str, Any]]:
    clauses, params = [], []  # type: ignore[var-annotated]
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if doc_type:
        clauses.append("doc_type = ?")
        params.append(doc_type)
    text = search.strip()
    if text:
        like = "%" + like_escape(text) + "%"
        clauses.append("(number LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' "
                       "OR addressee LIKE ? ESCAPE '\\' OR verify_code LIKE ? ESCAPE '\\')")
        params += [like] * 4
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM documents {where} "
        "ORDER BY year DESC, seq DESC, id DESC LIMIT ? OFFSET ?", (*params, limit, offset))
    return [_row(r) for r in rows]


def get_document(conn: sqlite3.Connection, doc_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM documents WHERE id = ?",
                       (doc_id,)).fetchone()
    return _row(row) if row else None


def get_by_number(conn: sqlite3.Connection, number: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM documents WHERE number = ?",
                       (number,)).fetchone()
    return _row(row) if row else None


def get_pdf(conn: sqlite3.Connection, doc_id: int) -> bytes | None:
    row = conn.execute("SELECT pdf FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return bytes(row[0]) if row else None


def find_by_code(conn: sqlite3.Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM documents "
                       "WHERE verify_code = ?", (code,)).fetchone()
    return _row(row) if row else None


def find_by_sha256(conn: sqlite3.Connection, sha256: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM documents WHERE sha256 = ?",
                       (sha256,)).fetchone()
    return _row(row) if row else None


def document_years(conn: sqlite3.Connection) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT year FROM documents ORDER BY year DESC")]


# --- what the documents list ---------------------------------------------------------------

PROPOSAL_COLUMNS = ("id", "nik", "name", "birth_place", "birth_date", "sex", "mother_name",
                    "job_title", "wage", "participant_type", "unit_id", "unit_code",
                    "unit_name", "risk_class", "programs", "status")


def proposal_rows(conn: sqlite3.Connection, f: WorkerFilter, *, chunk: int = 5000
                  ) -> Iterator[tuple[Any, ...]]:
    """Workers for the enrollment list, by unit code then name, in PROPOSAL_COLUMNS order;
    streamed in chunks so a long list is never held twice."""
    where, params = _where(f)
    cur = conn.execute(
        "SELECT w.id, w.nik, w.name, w.birth_place, w.birth_date, w.sex, w.mother_name, "
        "w.job_title, w.wage, w.participant_type, u.id, u.code, u.name, u.risk_class, "
        "(SELECT group_concat(program, ',') FROM (SELECT program FROM worker_programs p "
        " WHERE p.worker_id = w.id ORDER BY program)), w.status "
        f"FROM workers w JOIN units u ON u.id = w.unit_id WHERE {where} "
        "ORDER BY u.code, w.name COLLATE NOCASE, w.id", params)
    while batch := cur.fetchmany(chunk):
        yield from (tuple(r) for r in batch)


def proposal_count(conn: sqlite3.Connection, f: WorkerFilter) -> int:
    where, params = _where(f)
    return int(conn.execute(f"SELECT count(*) FROM workers w WHERE {where}",
                            params).fetchone()[0])


def status_events(conn: sqlite3.Connection, start: str, end: str,
                  unit_ids: frozenset[int] | None) -> list[dict[str, Any]]:
    """Moves into 'terdaftar' or 'nonaktif' effective in [start, end] (ISO dates)."""
    unit_sql = _unit_sql(unit_ids)
    rows = conn.execute(
        "SELECT e.worker_id, coalesce(e.effective_date, substr(e.at, 1, 10)) AS day, "
        "e.from_status, e.to_status, e.reference, e.note, w.nik, w.name, w.kpj, "
        "w.end_reason, w.wage, u.code AS unit_code, u.name AS unit_name "
        "FROM enrollment_events e JOIN workers w ON w.id = e.worker_id "
        "JOIN units u ON u.id = w.unit_id "
        "WHERE e.to_status IN ('terdaftar', 'nonaktif') "
        f"AND coalesce(e.effective_date, substr(e.at, 1, 10)) BETWEEN ? AND ? {unit_sql} "
        "ORDER BY day, e.id", (start, end))
    return [dict(r) for r in rows]


def dated_workers(conn: sqlite3.Connection, column: str, start: str, end: str,
                  statuses: tuple[str, ...], unit_ids: frozenset[int] | None
                  ) -> list[dict[str, Any]]:
    """Workers whose `registered_at` or `ended_at` falls in [start, end]: rosters loaded in
    bulk carry these dates without enrollment events."""
    if column not in ("registered_at", "ended_at"):
        raise ValueError(column)
    marks = ",".join("?" for _ in statuses)
    rows = conn.execute(
        f"SELECT w.id AS worker_id, w.{column} AS day, w.nik, w.name, w.kpj, w.end_reason, "
        "w.wage, u.code AS unit_code, u.name AS unit_name "
        "FROM workers w JOIN units u ON u.id = w.unit_id "
        f"WHERE w.archived = 0 AND w.{column} BETWEEN ? AND ? AND w.status IN ({marks}) "
        f"{_unit_sql(unit_ids)} ORDER BY day, w.name", (start, end, *statuses))
    return [dict(r) for r in rows]


def worker_updates(conn: sqlite3.Connection, start: str, end: str,
                   unit_ids: frozenset[int] | None) -> list[dict[str, Any]]:
    """Audited edits of registered workers in [start, end] (for "perubahan data")."""
    rows = conn.execute(
        "SELECT a.entity_id AS worker_id, substr(a.at, 1, 10) AS day, a.action, a.old, a.new, "
        "w.nik, w.name, w.kpj, u.code AS unit_code, u.name AS unit_name "
        "FROM audit_log a JOIN workers w ON w.id = a.entity_id "
        "JOIN units u ON u.id = w.unit_id "
        "WHERE a.entity = 'worker' AND a.action IN ('update', 'move') "
        "AND w.status = 'terdaftar' AND w.archived = 0 "
        f"AND substr(a.at, 1, 10) BETWEEN ? AND ? {_unit_sql(unit_ids)} ORDER BY a.id",
        (start, end))
    out = []
    for r in rows:
        d = dict(r)
        for key in ("old", "new"):
            try:
                d[key] = json.loads(d[key]) if d[key] else {}
            except ValueError:
                d[key] = {}
        out.append(d)
    return out


def unit_names(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    return {int(r[0]): (r[1], r[2]) for r in conn.execute("SELECT id, code, name FROM units")}


def _unit_sql(unit_ids: frozenset[int] | None) -> str:
    if unit_ids is None:
        return ""
    return f"AND w.unit_id IN ({','.join(str(int(i)) for i in unit_ids) or 'NULL'})"
