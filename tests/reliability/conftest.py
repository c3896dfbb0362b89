"""Helpers for the reliability tests: an operator view of a store, table dumps."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

TABLES = ("pemda", "units", "workers", "worker_programs", "enrollment_events",
          "import_batches", "import_changes", "signatories", "documents", "settings", "users",
          "budget_scenarios", "coverage_snapshots", "import_mappings")


def dump_tables(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: round trips compare these."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in tables if t in present}
    finally:
        conn.close()
