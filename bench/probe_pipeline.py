"""Probe (run by hand, not part of `bench/run.py`): how close could an import of the 100k-row
roster come to issue 5's "≤ 2.5× python-calamine" if every stage overlapped on the machine's
cores? It builds the most favourable pipeline the program's parts allow and times it:

- the sheet XML, once checked by `exchange.safety`, is cut at row boundaries into K pieces,
  each wrapped in an uncompressed workbook of its own and parsed by python-calamine on a
  reader thread (calamine releases the GIL while it parses);
- the main thread validates and matches each piece as it arrives (`importer._Planner`, the
  import's own validation) and builds the rows to insert;
- a writer thread, on a second connection inside one transaction (`store.workers`:
  `batch_load`, `bulk_insert`, `insert_listed_programs`), writes each block as it comes.

What it leaves out makes it an upper bound on speed, not an import: no in-file duplicate
check, no backup, no undo records, no rejected-rows report, a database without workers (no
updates). Figures are printed with the ratio to a bare calamine read made in the same run,
and the import's own phases (`services.importer`) for comparison.

Run: `python bench/probe_pipeline.py [K [SWITCH]]` (K pieces, default 4; SWITCH the GIL switch
interval in seconds, Python's default 0.005). The roster and database are
made once into bench/out/ (as `bench_exchange.py` makes them).
"""

from __future__ import annotations

import gc
import io
import itertools
import queue
import shutil
import sqlite3
import sys
import threading
import time
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"


def _inputs() -> tuple[Path, Path]:
    from bench.bench_exchange import make_db, make_roster

    OUT.mkdir(exist_ok=True)
    db, roster = OUT / "probe-base.db", OUT / "probe-roster.xlsx"
    if not db.exists():
        make_db(db)
    if not roster.exists():
        make_roster(db, roster)
    return db, roster


def _fresh(db: Path) -> Path:
    target = OUT / "probe-run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(db, target)
    return target


def calamine_read(roster: Path) -> float:
    import python_calamine

    started = time.perf_counter()
    wb = python_calamine.CalamineWorkbook.from_path(str(roster))
    wb.get_sheet_by_index(0).to_python()
    return time.perf_counter() - started


def _pieces(roster: Path, k: int) -> tuple[list[bytes], float]:
    """The safety pre-read, then the first sheet as k stand-alone uncompressed workbooks."""
    from jamsos_desktop.exchange import safety

    started = time.perf_counter()
    zf = safety.check_zip(roster)
    part = safety.sheet_parts(zf)[0][1]
    safety.check_xlsx(zf, roster.name, part)
    checked = time.perf_counter() - started
    xml = zf.read(part)
    others = {n: zf.read(n) for n in zf.namelist() if n != part}
    zf.close()
    body = xml.index(b"<sheetData>") + len(b"<sheetData>")
    end = xml.rindex(b"</sheetData>")
    cuts = [body, *(xml.index(b"<row ", body + (end - body) * i // k) for i in range(1, k)), end]
    books = []
    for a, b in itertools.pairwise(cuts):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
            for name, data in others.items():
                out.writestr(name, data)
            out.writestr(part, xml[:body] + xml[a:b] + xml[end:])
        books.append(buf.getvalue())
    return books, checked


def _parse(book: bytes) -> tuple[tuple[int, int], list[list[Any]]]:
    import python_calamine

    ws = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(book)).get_sheet_by_index(0)
    return ws.start, ws.to_python()


def pieces_read(roster: Path, k: int) -> float:
    """The read alone: pre-read, then the pieces parsed two at a time."""
    started = time.perf_counter()
    books, _ = _pieces(roster, k)
    results: list[Any] = [None] * k

    def work(i: int) -> None:
        results[i] = _parse(books[i])

    for i in range(0, k, 2):
        threads = [threading.Thread(target=work, args=(j,)) for j in range(i, min(i + 2, k))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return time.perf_counter() - started


def pipelined(db: Path, roster: Path, k: int) -> dict[str, float]:
    from jamsos_desktop.exchange import mapping as mp
    from jamsos_desktop.services import importer as im
    from jamsos_desktop.store import imports as iq
    from jamsos_desktop.store import open_store
    from jamsos_desktop.store import workers as wq

    path = _fresh(db)
    store = open_store(path)
    units = iq.units_lookup(store.conn)
    writer_conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer_conn.execute("PRAGMA foreign_keys = ON")
    figures: dict[str, float] = {}
    gc.disable()
    started = time.perf_counter()
    books, figures["pre_read"] = _pieces(roster, k)
    arrived: queue.Queue[Any] = queue.Queue()
    to_write: queue.Queue[Any] = queue.Queue()

    def reader() -> None:
        try:
            for book in books:
                arrived.put(_parse(book))
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            arrived.put(exc)

    def writer() -> None:
        try:
            write()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)
            while to_write.get() is not None:  # let the main thread finish handing over
                pass

    failures: list[BaseException] = []

    def write() -> None:
        busy = 0.0
        writer_conn.execute("BEGIN IMMEDIATE")
        with wq.batch_load(writer_conn, 1):
            while (item := to_write.get()) is not None:
                columns, rows = item
                t = time.perf_counter()
                wq.bulk_insert(writer_conn, columns, rows, [], defaults=im._COLUMN_DEFAULTS)
                wq.insert_listed_programs(writer_conn, rows[0][0], rows[-1][0],
                                          im._PROGRAM_ORDER)
                busy += time.perf_counter() - t
            figures["writer_busy"] = busy
            figures["last_block_written_at"] = time.perf_counter() - started
        writer_conn.execute("COMMIT")

    threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
    for t in threads:
        t.start()
    rows: list[list[Any]] = []
    planner = None
    done = 0
    next_id = 1
    main_busy = 0.0
    now = "2026-11-21T00:00:00"
    for piece in range(k):
        item = arrived.get()
        if isinstance(item, BaseException):
            to_write.put(None)
            raise item
        (first_row, first_col), got = item
        t = time.perf_counter()
        rows += [[] for _ in range(first_row - len(rows))]
        rows += [[""] * first_col + r for r in got] if first_col else got
        if planner is None:
            header = mp.detect_header(rows, [])
            planner = im._Planner(im._Recipe(dict(header.guessed), units, None, date.today(),
                                             None, set(), {}, set(), "roster", None))
            done = header.data_start
        stop = len(rows) if piece == k - 1 else len(rows) - 1
        while done < stop:
            end = min(done + im.BLOCK, stop)
            planned, _ = planner.block(store.conn, rows, done, end)
            inserts = [p for p in planned if p.action == "insert"]
            given = im._insert_fields(inserts)
            block = []
            for p in inserts:
                block.append([next_id, p.values["nik"], *map(p.values.get, given), None, now,
                              now, im._program_text(p.programs or frozenset())])
                next_id += 1
            if block:
                to_write.put((("id", "nik", *given, "import_batch_id", "created_at",
                               "updated_at", "programs"), block))
            done = end
        main_busy += time.perf_counter() - t
    figures["main_busy"] = main_busy
    figures["main_done_at"] = time.perf_counter() - started
    to_write.put(None)
    for t in threads:
        t.join()
    figures["total"] = time.perf_counter() - started
    figures["inserted"] = next_id - 1
    if failures:
        raise failures[0]
    writer_conn.close()
    store.close()
    return figures


def serial(db: Path, roster: Path) -> dict[str, float]:
    """The import as the program does it (`importer` phases), for comparison."""
    from jamsos_desktop.services import importer as im
    from jamsos_desktop.store import open_store

    store = open_store(_fresh(db))
    t0 = time.perf_counter()
    source = im.load_source(store, roster)
    t1 = time.perf_counter()
    plan = im.plan_import(store, source)
    t2 = time.perf_counter()
    im.commit_import(store, plan, backup=False)
    t3 = time.perf_counter()
    store.close()
    return {"read": t1 - t0, "plan": t2 - t1, "commit": t3 - t2, "total": t3 - t0}


def main(argv: list[str]) -> int:
    k = int(argv[0]) if argv else 4
    if len(argv) > 1:  # the GIL switch interval (s): how soon a waiting thread gets its turn
        sys.setswitchinterval(float(argv[1]))
    db, roster = _inputs()
    cal = min(calamine_read(roster) for _ in range(2))
    print(f"calamine bare read: {cal:.2f} s")
    read = pieces_read(roster, k)
    print(f"pre-read + {k} pieces, two threads: {read:.2f} s = {read / cal:.2f}x calamine")
    done = serial(db, roster)
    print("import as the program does it: " + ", ".join(
        f"{k_} {v:.2f} s" for k_, v in done.items())
        + f" = {done['total'] / cal:.2f}x; planning alone {done['plan'] / cal:.2f}x")
    try:
        fig = pipelined(db, roster, k)
    finally:
        gc.enable()
    print(f"overlapped (K={k}): {fig['total']:.2f} s = {fig['total'] / cal:.2f}x calamine "
          f"(target 2.5x) | pre-read {fig['pre_read']:.2f}, main thread busy "
          f"{fig['main_busy']:.2f} (done at {fig['main_done_at']:.2f}), writer busy "
          f"{fig['writer_busy']:.2f} (last block at {fig['last_block_written_at']:.2f}), "
          f"{int(fig['inserted'])} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
