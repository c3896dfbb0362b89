"""Helpers shared by the benchmarks: timing, peak memory, the 1M-worker database."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BIG_DB = Path("/tmp/bench1m.db")  # shared by every 1M-worker benchmark


@contextmanager
def timed(label: str, results: dict[str, float]) -> Iterator[None]:
    started = time.perf_counter()
    yield
    results[label] = time.perf_counter() - started


def best_of(n: int, fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def peak_rss_mb() -> float:
    """Peak resident memory of this process: VmHWM on Linux. (ru_maxrss would report the
    peak of the process a child was forked from when that was higher: Linux keeps it across
    exec, so a benchmark's child process would show the benchmark's own peak.)"""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, value: float, unit: str, target: float | None = None,
           lower_is_better: bool = True) -> None:
    line = f"{name:<48} {value:>10.3f} {unit}"
    if target is not None:
        ratio = value / target if target else float("inf")
        ok = ratio <= 1 if lower_is_better else ratio >= 1
        line += f"   target {target:g} {unit}, ratio {ratio:.2f} {'OK' if ok else 'MISSED'}"
    print(line, flush=True)


def ensure_big_db(workers: int = 1_000_000, path: Path = BIG_DB) -> Path:
    """The shared 1M-worker demo database (seed 1), made once with the real CLI."""
    if not path.exists():
        print(f"membuat {path} ({workers} pegawai)…", flush=True)
        subprocess.run([sys.executable, "-m", "jamsos_desktop", "--db", str(path), "demo",
                        "--workers", str(workers), "--seed", "1"], check=True)
    return path
