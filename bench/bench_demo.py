"""Issue 2: `demo --workers 1000000` in under 30 s on a 2-core machine; database size."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report

TARGET_S = 30.0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "jamsos_desktop", "--db", str(db), "demo",
                        "--workers", "1000000", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
    report("demo --workers 1000000 (whole process)", elapsed, "s", TARGET_S)
    report("database size after demo 1M", size, "MB")
    report("per 1,000 workers", elapsed / 1000 * 1000, "ms")


if __name__ == "__main__":
    main()
