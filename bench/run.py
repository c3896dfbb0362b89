"""Benchmark runner: `python bench/run.py [NAME ...]` runs bench/bench_NAME.py (all when no
name is given), each in its own process so one benchmark's memory does not colour the next.

Benchmarks are run by hand, never by the test suite. Each prints its figures and the ratio
to its baseline: a fixed target from the issue, or a bare-library run made in the same
process (for ratios that must hold on any machine). `--list` shows what exists.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    if "--list" in argv:
        print("\n".join(available()))
        return 0
    names = [a for a in argv if not a.startswith("-")] or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"Tolok ukur tidak dikenal: {', '.join(unknown)}. Ada: {', '.join(available())}",
              file=sys.stderr)
        return 2
    failed = 0
    for name in names:
        print(f"=== {name}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / f"bench_{name}.py")], cwd=HERE.parent)
        print(f"=== {name}: exit {code}, {time.perf_counter() - started:.1f} s\n", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
