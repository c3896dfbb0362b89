"""SQL of the budget planner: worker groups for planning and the `budget_scenarios` table.

`plan_groups` is the hot path (a million workers → a few ten thousand groups). What made it
fast enough, measured on the 1M demo database (schema v4: `workers.programs` is the
worker's program list kept by triggers, so no join with `worker_programs` is needed):
- without the category dimension, the grouping reads the covering index `workers_budget`
  alone (~0.4 s for the enrolled workers, ~1.0 s for every active worker);
- with it (a scenario's program sets per category, per-category totals), a plain table scan
  (the index lacks `category`; going through it costs a table lookup per row, ~2.5× slower),
  with unit, category, type and status folded into one integer so the sorter compares
  integers, not strings (~1.4 s instead of ~2 s on the text columns);
- birth dates are grouped only where JP can apply, clamped to the budget year's pension-age
  window (`domain.planning.pension_window`): outside it every date gives the same amounts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from jamsos_desktop.domain.enums import Category

# Category codes; anything unknown is folded into "lainnya".
CATEGORY_CODES = [c.value for c in Category]
STATUS_CODES = ["belum", "diusulkan", "terdaftar", "nonaktif"]

_CATEGORY = ("CASE w.category " + " ".join(f"WHEN '{c}' THEN {i}"
                                            for i, c in enumerate(CATEGORY_CODES))
             + f" ELSE {CATEGORY_CODES.index('lainnya')} END")
_STATUS = ("CASE w.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_CODES))
           + " END")
# key = unit_id << 16 | category << 8 | is_bpu << 7 | status << 5
_KEY = f"(w.unit_id << 16) | (({_CATEGORY}) << 8) | ((w.participant_type = 'BPU') << 7) " \
       f"| (({_STATUS}) << 5)"

# (unit_id, category or None, participant type, status, programs "jkk,jkm", wage,
#  birth date or None, count)
GroupRow = tuple[int, str | None, str, str, str, int, str | None, int]


def plan_groups(conn: sqlite3.Connection, statuses: Iterable[str],
                window: tuple[str, str] | None, jp_categories: Iterable[str] = (), *,
                by_category: bool = True) -> list[GroupRow]:
    """Non-archived workers in `statuses`, grouped (workers without any program included,
    with programs ""). The birth date is kept for PU workers who are JP members or in
    `jp_categories` (a scenario giving them JP), clamped into `window` = (lo, hi + 1 day)
    ISO dates. `by_category=False` leaves the category out (None) for the fast index path."""
    status_list = sorted(set(statuses))
    cats = sorted(set(jp_categories)) if by_category else []
    jp_test = "instr(w.programs, 'jp')"
    if cats:
        jp_test = f"({jp_test} OR w.category IN ({','.join('?' for _ in cats)}))"
    birth = "w.birth_date" if window is None else "min(max(w.birth_date, ?), ?)"
    status_marks = ",".join("?" for _ in status_list)
    params: list[Any] = [*cats, *(window or ()), *status_list]
    cur = conn.cursor()
    cur.row_factory = None
    if not by_category:
        sql = f"""
            SELECT w.unit_id, w.participant_type, coalesce(w.wage, 0), w.programs,
                   CASE WHEN w.participant_type = 'PU' AND {jp_test} THEN {birth} END, w.status,
                   count(*)
            FROM workers w INDEXED BY workers_budget
            WHERE w.archived = 0 AND w.status IN ({status_marks})
            GROUP BY 1, 2, 3, 4, 5, 6"""
        return [(u, None, t, st, pr, wage, b, n)
                for u, t, wage, pr, b, st, n in cur.execute(sql, params)]
    sql = f"""
        SELECT {_KEY} AS k, w.programs, coalesce(w.wage, 0),
               CASE WHEN w.participant_type = 'PU' AND {jp_test} THEN {birth} END, count(*)
        FROM workers w INDEXED BY workers_budget
        WHERE w.archived = 0 AND w.status IN ({status_marks})
        GROUP BY 1, 2, 3, 4"""
    return [(k >> 16, CATEGORY_CODES[(k >> 8) & 0xFF], "BPU" if k & 0x80 else "PU",
             STATUS_CODES[(k >> 5) & 0x3], pr, wage, b, n)
            for k, pr, wage, b, n in cur.execute(sql, params)]


def unit_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every unit (archived too: old workers may still point at one)."""
    return [dict(r) for r in conn.execute(
        "SELECT id, parent_id, code, name, risk_class, default_programs, archived "
        "FROM units ORDER BY code")]


# --- scenarios -------------------------------------------------------------------------------

def list_scenarios(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT id, name, params, created_at, updated_at FROM budget_scenarios "
        "ORDER BY name COLLATE NOCASE")]


def get_scenario(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT id, name, params, created_at, updated_at FROM budget_scenarios "
                       "WHERE name = ?", (name,)).fetchone()
    return dict(row) if row else None


def save_scenario(conn: sqlite3.Connection, name: str, params_json: str, now: str) -> int:
    """Insert, or replace the parameters of the scenario with that name."""
    conn.execute(
        "INSERT INTO budget_scenarios (name, params, created_at, updated_at) VALUES (?,?,?,?) "
        "ON CONFLICT(name) DO UPDATE SET params = excluded.params, "
        "updated_at = excluded.updated_at", (name, params_json, now, now))
    return int(conn.execute("SELECT id FROM budget_scenarios WHERE name = ?",
                            (name,)).fetchone()[0])


def delete_scenario(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute("DELETE FROM budget_scenarios WHERE name = ?", (name,)).rowcount


def rename_scenario(conn: sqlite3.Connection, old: str, new: str, now: str) -> int:
    return conn.execute("UPDATE budget_scenarios SET name = ?, updated_at = ? WHERE name = ?",
                        (new, now, old)).rowcount


def scenario_names(conn: sqlite3.Connection) -> Sequence[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM budget_scenarios ORDER BY name COLLATE NOCASE")]
