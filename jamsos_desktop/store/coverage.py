"""SQL of coverage monitoring: head counts per unit and status, the data fingerprint that
tells when to take a snapshot, `coverage_snapshots`, and the blocking data problems."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any


def unit_status_counts(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    """(unit_id, status, count) of non-archived workers.

    Counted from the `workers_unit (unit_id, status)` index alone (~0.06 s on 1M rows; the
    same GROUP BY reading `archived` from the table takes ~1.6 s), then the archived rows,
    which are few, are subtracted."""
    totals: dict[tuple[int, str], int] = {}
    for unit_id, status, n in conn.execute(
            "SELECT unit_id, status, count(*) FROM workers INDEXED BY workers_unit "
            "GROUP BY unit_id, status"):
        totals[(int(unit_id), str(status))] = int(n)
    for unit_id, status, n in conn.execute(
            "SELECT unit_id, status, count(*) FROM workers NOT INDEXED WHERE archived = 1 "
            "GROUP BY unit_id, status"):
        key = (int(unit_id), str(status))
        totals[key] = totals.get(key, 0) - int(n)
    return [(u, s, n) for (u, s), n in sorted(totals.items()) if n]


def fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever workers or units change: every service write is audited (newest
    audit id), and the worker count/max id catch bulk paths. Cheap: ~50 ms on 1M rows."""
    audit = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    workers = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM workers").fetchone()
    units = conn.execute("SELECT count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '')"
                         " FROM units").fetchone()
    rates = conn.execute("SELECT value FROM settings WHERE key = 'rate_table_path'").fetchone()
    return (f"a{audit}/w{workers[0]}.{workers[1]}/u{units[0]}.{units[1]}.{units[2]}"
            f"/r{rates[0] if rates else ''}")


# --- snapshots -------------------------------------------------------------------------------

SNAPSHOT_COLUMNS = ("unit_id", "workers", "enrolled", "proposed", "not_enrolled",
                    "monthly_contribution")


def replace_snapshot(conn: sqlite3.Connection, period: str, taken_at: str,
                     rows: Iterable[Sequence[Any]]) -> None:
    """One snapshot per period: the newest replaces the month's earlier one (the trend
    shows each month's last state; the table stays small). Rows follow SNAPSHOT_COLUMNS;
    unit_id None is the whole pemda. Call inside a transaction."""
    conn.execute("DELETE FROM coverage_snapshots WHERE period = ?", (period,))
    conn.executemany(
        "INSERT INTO coverage_snapshots (taken_at, period, unit_id, workers, enrolled, "
        "proposed, not_enrolled, monthly_contribution) VALUES (?,?,?,?,?,?,?,?)",
        [(taken_at, period, *row) for row in rows])


def has_snapshot(conn: sqlite3.Connection, period: str) -> bool:
    return conn.execute("SELECT 1 FROM coverage_snapshots WHERE period = ? LIMIT 1",
                        (period,)).fetchone() is not None


def snapshot_rows(conn: sqlite3.Connection, period: str | None = None) -> list[dict[str, Any]]:
    """Rows of one period (default: the newest)."""
    if period is None:
        row = conn.execute("SELECT max(period) FROM coverage_snapshots").fetchone()
        period = row[0] if row else None
        if period is None:
            return []
    return [dict(r) for r in conn.execute(
        "SELECT * FROM coverage_snapshots WHERE period = ? ORDER BY unit_id IS NOT NULL, "
        "unit_id", (period,))]


def trend_rows(conn: sqlite3.Connection, unit_ids: Iterable[int] | None = None,
               first_period: str | None = None) -> list[tuple[str, str, int, int, int, int, int]]:
    """Per period: (period, taken_at, workers, enrolled, proposed, not_enrolled,
    monthly_contribution) — the whole pemda (unit_ids None) or the sum of the given units."""
    if unit_ids is None:
        where, params = "unit_id IS NULL", []
    else:
        ids = sorted({int(i) for i in unit_ids})
        where, params = f"unit_id IN ({','.join('?' for _ in ids) or 'NULL'})", ids
    if first_period:
        where += " AND period >= ?"
        params.append(first_period)  # type: ignore[arg-type]
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        f"SELECT period, max(taken_at), sum(workers), sum(enrolled), sum(proposed), "
        f"sum(not_enrolled), sum(monthly_contribution) FROM coverage_snapshots "
        f"WHERE {where} GROUP BY period ORDER BY period", params)]


# --- data problems that block enrollment ------------------------------------------------------

def problem_rows(conn: sqlite3.Connection, statuses: Iterable[str], pension_cutoff: str | None
                 ) -> list[tuple[Any, ...]]:
    """One full scan: (id, name, nik, unit_id, status, nik_invalid, wage_missing,
    mother_missing, pension_age, birth_date) for workers with any of those problems."""
    status_list = sorted(set(statuses))
    cutoff = pension_cutoff or "0000-00-00"
    sql = f"""
        SELECT id, name, nik, unit_id, status, nik_valid = 0,
               (wage IS NULL OR wage = 0),
               (mother_name IS NULL OR trim(mother_name) = ''),
               (birth_date IS NOT NULL AND birth_date <= ?), birth_date
        FROM workers NOT INDEXED
        WHERE archived = 0 AND status IN ({','.join('?' for _ in status_list)})
          AND (nik_valid = 0 OR wage IS NULL OR wage = 0 OR mother_name IS NULL
               OR trim(mother_name) = '' OR (birth_date IS NOT NULL AND birth_date <= ?))
        ORDER BY id"""
    return [tuple(r) for r in conn.execute(sql, [cutoff, *status_list, cutoff])]


def duplicate_nik_rows(conn: sqlite3.Connection, statuses: Iterable[str]
                       ) -> list[tuple[int, str, str, int, str]]:
    """(id, name, nik, unit_id, status) of non-archived workers in `statuses` whose NIK is
    also held by another non-archived worker (of any status). Candidate NIKs come from the
    NIK index alone (~0.2 s on 1M rows); archived rows are only filtered out afterwards."""
    candidates = [r[0] for r in conn.execute(
        "SELECT nik FROM workers INDEXED BY workers_nik GROUP BY nik HAVING count(*) > 1")]
    if not candidates:
        return []
    out: list[tuple[int, str, str, int, str]] = []
    wanted = set(statuses)
    for start in range(0, len(candidates), 500):
        chunk = candidates[start:start + 500]
        rows = conn.execute(
            f"SELECT id, name, nik, unit_id, status FROM workers WHERE archived = 0 AND nik IN "
            f"({','.join('?' for _ in chunk)}) ORDER BY nik, id", chunk).fetchall()
        per_nik: dict[str, list[Any]] = {}
        for r in rows:
            per_nik.setdefault(r[2], []).append(r)
        for group in per_nik.values():
            if len(group) > 1:
                out.extend((int(r[0]), r[1], r[2], int(r[3]), r[4]) for r in group
                           if r[4] in wanted)
    return out


def worker_names(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    return {int(r[0]): r[1] for r in conn.execute(
        f"SELECT id, name FROM workers WHERE id IN ({marks})")}
