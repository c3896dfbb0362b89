"""Issue 3: the budget for 1,000,000 demo workers over 12 months in under 2 s (query +
grouping + pricing)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ensure_big_db, peak_rss_mb, report

from jamsos_desktop.services.budget import budget_for_database, worker_groups
from jamsos_desktop.store import open_store

TARGET_S = 2.0


def main() -> None:
    store = open_store(ensure_big_db())
    try:
        store.conn.execute("SELECT count(*) FROM workers").fetchone()  # warm the cache
        started = time.perf_counter()
        groups = worker_groups(store)
        grouped = time.perf_counter() - started
        budget = budget_for_database(store, year=2026)
        total = time.perf_counter() - started - grouped
        workers = sum(g.count for g in groups)
    finally:
        store.close()
    report(f"group {workers:,} workers in SQL ({len(groups):,} groups)", grouped, "s")
    report("12-month budget, whole (query + pricing)", total, "s", TARGET_S)
    report("grand total (Rp)", budget.total, "Rp")
    report("peak RSS", peak_rss_mb(), "MB")


if __name__ == "__main__":
    main()
