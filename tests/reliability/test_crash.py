"""Crash safety, briefly: a child process writing imports and edits is SIGKILLed at random
moments; after each kill the database must be intact, every batch all-or-nothing and every
reported commit present. bench/crash_kill.py runs the same for 1,000 kills."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jamsos_desktop.testing import crashharness as ch


def test_random_kills_leave_a_consistent_database(tmp_path: Path) -> None:
    result = ch.campaign(10, tmp_path, seed=20260101, fresh_every=10)
    assert result.failures == []
    assert result.kills == 10
    assert result.committed > 0  # the children did get work done between kills


def test_the_checker_notices_half_batches_and_lost_commits(tmp_path: Path) -> None:
    db, log = tmp_path / "c.db", tmp_path / "c.log"
    ch.prepare(db)
    assert ch.check(db, log) == []
    conn = sqlite3.connect(str(db), isolation_level=None)
    unit = conn.execute("SELECT min(id) FROM units").fetchone()[0]
    bid = conn.execute("INSERT INTO import_batches (kind, started_at, rows) "
                       "VALUES (?, '2026-01-01', 2)", (ch.KIND_IMPORT,)).lastrowid
    conn.execute("INSERT INTO workers (nik, name, unit_id, notes, import_batch_id, created_at, "
                 "updated_at) VALUES ('1', 'x', ?, ?, ?, 'a', 'a')", (unit, f"crash:{bid}", bid))
    conn.close()
    log.write_text(f"{bid}\n99999\n")
    problems = ch.check(db, log)
    assert any(p.startswith(f"impor {bid}:") for p in problems)
    assert any("99999" in p for p in problems)
