"""SQL of the budget planner: worker groups for planning and the `budget_scenarios` table.

`plan_groups` is the hot path (a million workers → a few ten thousand groups). What made it
fast enough, measured on the 1M demo database:
- every grouping column is a small integer folded into one key (unit, category, type,
  status, program mask), so SQLite's sorter compares integers, not strings (~2× faster than
  grouping on the text columns);
- programs become a bit mask aggregated straight from the `worker_programs` primary key
  (already in worker order), joined to workers by rowid;
- birth dates are grouped only where JP can apply, clamped to the budget year's pension-age
  window (`domain.planning.pension_window`): outside it every date gives the same amounts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from jamsos_desktop.domain.enums import PROGRAM_ORDER, Category

# Bit of each program in the mask (PROGRAM_ORDER: jkk=1, jkm=2, jht=4, jp=8, jkp=16).
PROGRAM_BITS = {p.value: 1 << i for i, p in enumerate(PROGRAM_ORDER)}
JP_BIT = PROGRAM_BITS["jp"]
# Category codes; anything unknown is folded into "lainnya" (the last code).
CATEGORY_CODES = [c.value for c in Category]
STATUS_CODES = ["belum", "diusulkan", "terdaftar", "nonaktif"]

_MASK = ("sum(CASE program " + " ".join(f"WHEN '{p}' THEN {b}" for p, b in PROGRAM_BITS.items())
         + " ELSE 0 END)")
_CATEGORY = ("CASE w.category " + " ".join(f"WHEN '{c}' THEN {i}"
                                            for i, c in enumerate(CATEGORY_CODES))
             + f" ELSE {CATEGORY_CODES.index('lainnya')} END")
_STATUS = ("CASE w.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_CODES))
           + " END")
# key = unit_id << 16 | category << 8 | is_bpu << 7 | status << 5 | mask (5 bits)
_KEY = f"(w.unit_id << 16) | (({_CATEGORY}) << 8) | ((w.participant_type = 'BPU') << 7) " \
       f"| (({_STATUS}) << 5)"


def decode_key(key: int) -> tuple[int, str, str, str, int]:
    """→ unit_id, category, participant type, status, program mask."""
    return (key >> 16, CATEGORY_CODES[(key >> 8) & 0xFF], "BPU" if key & 0x80 else "PU",
            STATUS_CODES[(key >> 5) & 0x3], key & 0x1F)


def plan_groups(conn: sqlite3.Connection, statuses: Iterable[str],
                window: tuple[str, str] | None, jp_categories: Iterable[str] = ()
                ) -> list[tuple[int, int, str | None, int]]:
    """Non-archived workers in `statuses` who have program memberships, grouped. Rows:
    (key, wage, birth date or None, count); decode the key with `decode_key`. The birth date
    is kept for PU workers who are JP members or in `jp_categories` (a scenario giving them
    JP), clamped into `window` = (lo, hi+1 day) ISO dates."""
    status_list = sorted(set(statuses))
    cats = sorted(set(jp_categories))
    jp_test = f"(p.m & {JP_BIT})"
    if cats:
        jp_test = f"({jp_test} OR w.category IN ({','.join('?' for _ in cats)}))"
    birth = "w.birth_date" if window is None else "min(max(w.birth_date, ?), ?)"
    sql = f"""
        SELECT {_KEY} | p.m AS k, coalesce(w.wage, 0) AS wage,
               CASE WHEN w.participant_type = 'PU' AND {jp_test} THEN {birth} END AS b,
               count(*) AS n
        FROM (SELECT worker_id, {_MASK} AS m FROM worker_programs GROUP BY worker_id) p
        CROSS JOIN workers w ON w.id = p.worker_id
        WHERE w.archived = 0 AND w.status IN ({','.join('?' for _ in status_list)})
        GROUP BY 1, 2, 3"""
    params: list[Any] = [*cats, *(window or ())]
    params += status_list
    return [tuple(r) for r in conn.execute(sql, params)]  # type: ignore[misc]


def count_active(conn: sqlite3.Connection, statuses: Iterable[str]) -> int:
    status_list = sorted(set(statuses))
    return int(conn.execute(
        f"SELECT count(*) FROM workers WHERE archived = 0 AND status IN "
        f"({','.join('?' for _ in status_list)})", status_list).fetchone()[0])


def groups_without_programs(conn: sqlite3.Connection, statuses: Iterable[str]
                            ) -> list[tuple[int, int, str | None, int]]:
    """Workers with no program row at all (mask 0; the planner gives them their unit's
    default programs). Only asked for when `count_active` says some exist: it probes every
    worker's programs, which is slow on a big roster."""
    status_list = sorted(set(statuses))
    sql = f"""
        SELECT {_KEY} AS k, coalesce(w.wage, 0), w.birth_date, count(*)
        FROM workers w
        WHERE w.archived = 0 AND w.status IN ({','.join('?' for _ in status_list)})
          AND NOT EXISTS (SELECT 1 FROM worker_programs p WHERE p.worker_id = w.id)
        GROUP BY 1, 2, 3"""
    return [tuple(r) for r in conn.execute(sql, status_list)]  # type: ignore[misc]


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
