"""Excel exchange: importing and exporting a 100,000-row roster, against bare-library baselines
measured in the same run (issue 5):

- import (read + checks + parse + validate + match + backup + insert + commit) of a 100k-row,
  15-column roster ≤ 2.5× python-calamine merely reading it, and ≤ 0.3× openpyxl's read-only
  mode merely reading it;
- export of 100k rows (the roster export: 25 columns) ≤ 1.2× a bare openpyxl write-only loop
  appending the same cell values;
- peak resident memory of the import < 500 MB (measured in a child process of its own).

Run: `python bench/run.py exchange` (or this file directly). Prints figures and ratios.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import peak_rss_mb, report

ROWS = 100_000
HEADER = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "JK",
          "Nama Ibu Kandung", "Alamat", "No HP", "Status Kawin", "Kategori", "Jabatan",
          "Unit Kerja", "Gaji", "TMT"]


def make_db(path: Path) -> None:
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    store = open_store(path)
    create_demo(store, workers=0, seed=1)  # the pemda and its ~30 units, no workers
    store.close()


def make_roster(db: Path, out: Path) -> None:
    """A 100k-row, 15-column roster as an OPD would send it: a title, a blank row, the header,
    NIK as text, real dates, wages as numbers, units by code."""
    from openpyxl import Workbook

    from jamsos_desktop.services.demo import DemoUnit, generate_workers
    from jamsos_desktop.store import open_store

    store = open_store(db)
    units = store.conn.execute("SELECT id, code FROM units ORDER BY id").fetchall()
    store.close()
    codes = {int(u[0]): u[1] for u in units}
    demo_units = [DemoUnit(int(u[0]), 1, ("16.07.01", "16.07.02", "16.07.03")) for u in units]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["DAFTAR TENAGA NON ASN"])
    ws.append([])
    ws.append(HEADER)
    for i, row in enumerate(generate_workers(ROWS, 5, demo_units)):
        (_id, nik, _valid, name, place, birth, sex, mother, address, phone, category, title,
         unit, wage, start, *_rest) = row
        ws.append([i + 1, nik, name, place, dt.date.fromisoformat(birth), sex, mother, address,
                   phone, "Kawin", category, title, codes[unit], wage,
                   dt.date.fromisoformat(start)])
    wb.save(out)


def bare_calamine(path: Path) -> float:
    import python_calamine

    started = time.perf_counter()
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = wb.get_sheet_by_index(0).to_python()
    assert len(rows) > ROWS
    return time.perf_counter() - started


def bare_openpyxl_read(path: Path) -> float:
    from openpyxl import load_workbook

    started = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        n += len(row)
    wb.close()
    assert n
    return time.perf_counter() - started


def child_import(db: str, roster: str, mode: str) -> None:
    """Runs in its own process: the import as the CLI and the GUI do it (load_source,
    plan_import, commit_import), timed, with peak memory. `mode` "default" leaves the
    helper-process choice to the importer; "helper" asks for the helper process."""
    from jamsos_desktop.services import importer
    from jamsos_desktop.store import open_store

    store = open_store(db)
    phases = {}
    started = time.perf_counter()
    source = importer.load_source(store, roster)
    phases["read"] = time.perf_counter() - started
    plan = importer.plan_import(store, source, parallel=True if mode == "helper" else None)
    phases["plan"] = time.perf_counter() - started - phases["read"]
    result = importer.commit_import(store, plan)
    total = time.perf_counter() - started
    phases["commit"] = total - phases["read"] - phases["plan"]
    store.close()
    print(json.dumps({"seconds": total, "phases": phases, "counts": result.counts,
                      "rss_mb": peak_rss_mb()}))


def child_floor(empty_db: str, imported_db: str, roster: str) -> None:
    """Runs in its own process: what the import cannot do without, timed alone — the safety
    pre-read, and the store write of exactly the rows the import wrote (the same columns,
    `bulk_load`, `bulk_insert`, membership rows, search index, indexes, COMMIT) into a copy
    of the database the import started from, with no reading, validation or matching.
    pre-read + calamine + this write is the floor of an import that keeps the database's
    guarantees; the ratio targets are compared with it."""
    from jamsos_desktop.exchange import safety
    from jamsos_desktop.services.importer import _COLUMN_DEFAULTS, _PROGRAM_ORDER, WRITABLE
    from jamsos_desktop.store import open_store
    from jamsos_desktop.store import workers as wq

    started = time.perf_counter()
    zf = safety.check_zip(Path(roster))
    try:
        parts = safety.sheet_parts(zf)
        safety.check_xlsx(zf, Path(roster).name, parts[0][1] if parts else None)
    finally:
        zf.close()
    pre_read = time.perf_counter() - started
    source = open_store(imported_db)
    # The columns the import bound: those some worker holds a value other than the
    # column's default in (the others were left to their DEFAULT).
    held = [f for f in WRITABLE if source.conn.execute(
        f"SELECT 1 FROM workers WHERE {f} IS NOT NULL AND {f} IS NOT ? LIMIT 1",
        (_COLUMN_DEFAULTS.get(f),)).fetchone()]
    columns = ("id", "nik", *held, "import_batch_id", "created_at", "updated_at", "programs")
    rows = source.conn.execute(f"SELECT {', '.join(columns)} FROM workers ORDER BY id"
                               ).fetchall()
    source.close()
    rows = [tuple(r) for r in rows]
    store = open_store(empty_db)
    conn = store.conn
    batch = rows[0][columns.index("import_batch_id")]
    started = time.perf_counter()
    with store.tx():
        conn.execute("INSERT INTO import_batches (id, kind, started_at, user) "
                      "VALUES (?, 'roster', '2026-01-01', 'bench')", (batch,))
        with wq.bulk_load(conn):
            wq.bulk_insert(conn, columns, rows, [], defaults=_COLUMN_DEFAULTS)
            wq.insert_listed_programs(conn, rows[0][0], rows[-1][0], _PROGRAM_ORDER)
    write = time.perf_counter() - started
    store.close()
    print(json.dumps({"pre_read": pre_read, "write": write, "rows": len(rows)}))


def run_import(db: Path, roster: Path, mode: str) -> dict[str, Any]:
    """One import into `db`, in a child process of its own."""
    out = subprocess.run([sys.executable, __file__, "--child-import", str(db), str(roster),
                          mode], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def export_values(db: Path) -> list[list[object]]:
    """The cell values of the roster export, for the bare baseline."""
    from jamsos_desktop.services.exporter import ROSTER_COLUMNS, _category_label, _status_label
    from jamsos_desktop.store import imports as iq
    from jamsos_desktop.store import open_store
    from jamsos_desktop.store.workers import WorkerFilter

    store = open_store(db)
    out = []
    n = 0
    for chunk in iq.export_rows(store.conn, WorkerFilter()):
        for w in chunk:
            n += 1
            row: list[object] = []
            for _h, src, kind in ROSTER_COLUMNS:
                value = n if src == "row_number" else (
                    _category_label(w["category"]) if src == "category" else
                    _status_label(w["status"]) if src == "status" else w[src])
                if kind == "date" and value:
                    value = dt.date.fromisoformat(str(value))
                row.append(value)
            out.append(row)
    store.close()
    return out


def bare_openpyxl_write(values: list[list[object]], out: Path) -> float:
    from openpyxl import Workbook

    from jamsos_desktop.services.exporter import ROSTER_COLUMNS

    started = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Daftar Pegawai")
    ws.append([h for h, _s, _k in ROSTER_COLUMNS])
    for row in values:
        ws.append(row)
    wb.save(out)
    return time.perf_counter() - started


def our_export(db: Path, out: Path) -> float:
    from jamsos_desktop.services.exporter import export_roster
    from jamsos_desktop.store import open_store

    store = open_store(db)
    started = time.perf_counter()
    result = export_roster(store, out)
    elapsed = time.perf_counter() - started
    store.close()
    assert result["rows"] >= ROWS * 0.99
    return elapsed


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child-floor":
        child_floor(sys.argv[2], sys.argv[3], sys.argv[4])
        return 0
    if len(sys.argv) == 5 and sys.argv[1] == "--child-import":
        child_import(sys.argv[2], sys.argv[3], sys.argv[4])
        return 0
    print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        db = folder / "jamsos.db"
        roster = folder / "roster-100k.xlsx"
        make_db(db)
        started = time.perf_counter()
        make_roster(db, roster)
        print(f"roster dibuat: {roster.stat().st_size / 1e6:.1f} MB "
              f"({time.perf_counter() - started:.1f} s)", flush=True)

        calamine = min(bare_calamine(roster) for _ in range(3))
        report("baseline: python-calamine bare read", calamine, "s")
        second = folder / "helper.db"  # the same units-only database, for the helper run
        shutil.copy(db, second)
        empty = folder / "floor.db"  # the units-only database again, for the floor's write
        shutil.copy(db, empty)
        imp = run_import(db, roster, "default")  # (the export below reads these workers)
        helper = run_import(second, roster, "helper")
        calamine_after = min(bare_calamine(roster) for _ in range(2))
        calamine = min(calamine, calamine_after)
        report("baseline: python-calamine bare read (best)", calamine, "s")
        opx = bare_openpyxl_read(roster)
        report("baseline: openpyxl read-only bare read", opx, "s")
        phases = ", ".join(f"{k} {v:.2f} s" for k, v in imp["phases"].items())
        report("import 100k×15 (read+plan+commit)", imp["seconds"], "s")
        print(f"    phases: {phases}; counts: {imp['counts']}")
        report("import / calamine bare", imp["seconds"] / calamine, "×", target=2.5)
        report("import / openpyxl read-only bare", imp["seconds"] / opx, "×", target=0.3)
        report("import peak RSS (child process)", imp["rss_mb"], "MB", target=500)
        out = subprocess.run([sys.executable, __file__, "--child-floor", str(empty), str(db),
                              str(roster)], capture_output=True, text=True, check=True)
        floor = json.loads(out.stdout.strip().splitlines()[-1])
        report("floor: safety pre-read alone", floor["pre_read"], "s")
        report(f"floor: store write of the {floor['rows']:,} rows alone", floor["write"], "s")
        least = floor["pre_read"] + calamine + floor["write"]
        report("floor: pre-read + calamine + store write", least, "s")
        report("floor / calamine bare (no validation at all)", least / calamine, "×")
        report("floor / openpyxl read-only bare", least / opx, "×")
        report("import beyond the floor (validate, match, glue)", imp["seconds"] - least, "s")
        phases = ", ".join(f"{k} {v:.2f} s" for k, v in helper["phases"].items())
        report("import with helper process (parallel=True)", helper["seconds"], "s")
        print(f"    phases: {phases}; same counts: {helper['counts'] == imp['counts']}")
        report("import with helper / calamine bare", helper["seconds"] / calamine, "×",
               target=2.5)
        # (The helper process's own peak is not reported here.)
        report("import with helper: parent peak RSS", helper["rss_mb"], "MB")
        print(f"load average after the imports: {os.getloadavg()[0]:.2f}", flush=True)

        values = export_values(db)
        bare = bare_openpyxl_write(values, folder / "bare.xlsx")
        del values
        report("baseline: openpyxl write-only bare loop", bare, "s")
        ours = our_export(db, folder / "ekspor.xlsx")
        report("export roster 100k×25", ours, "s")
        report("export / bare write-only", ours / bare, "×", target=1.2)
        report("bench process peak RSS", peak_rss_mb(), "MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
