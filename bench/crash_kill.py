"""1,000 SIGKILLs of a process writing imports and edits, each followed by a full check of
the database (see jamsos_desktop/testing/crashharness.py for what is written and checked).

    python bench/crash_kill.py [--kills 1000] [--seed 1] [--workdir DIR]

Exit code 0 when every check passed; the result line goes into bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
import tempfile
from pathlib import Path

from jamsos_desktop.testing.crashharness import CampaignResult, campaign


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh-every", type=int, default=50)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="jamsos-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)

    def progress(done: int, result: CampaignResult) -> None:
        if done % 50 == 0 or result.failures:
            print(f"{done} kills, {result.committed} batches committed, "
                  f"{len(result.failures)} failures", flush=True)

    result = campaign(args.kills, workdir, seed=args.seed, fresh_every=args.fresh_every,
                      progress=progress)
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.system()} {platform.machine()}")
    print(f"kills: {result.kills}, batches committed and verified: {result.committed}, "
          f"databases: {result.rounds}, failures: {len(result.failures)}, "
          f"time: {result.seconds:.0f} s")
    for failure in result.failures[:20]:
        print("  " + failure)
    if result.failures:
        print(f"database kept for inspection in {workdir}")
    return 1 if result.failures or result.kills < args.kills else 0


if __name__ == "__main__":
    sys.exit(main())
