"""Crash harness: kill a writing process at random moments and prove nothing is half-done.

A child process (`python -m jamsos_desktop.testing.crashharness drive DB LOG SEED`) writes
batches through the real store and services — roster files through the import service
(`services.importer.import_file`: reader, plan, snapshot, one-transaction commit), bulk
imports (`store.workers.bulk_insert`, sometimes through
`bulk_load`, which drops and rebuilds the search triggers and indexes), edits through
`services.workers.save_worker` with version checks, status moves through `change_status`,
and now and then a backup snapshot. Each batch runs in ONE transaction and writes a marker
row (`import_batches`, kind `crash-…`, `rows` = how many rows the batch wrote) plus rows
tagged with the batch id. After COMMIT returns, the child appends the id to LOG and fsyncs.

The parent SIGKILLs the child after a random delay and checks the database:
- `PRAGMA integrity_check`, `foreign_key_check` and the fts5 'integrity-check' are clean;
- every batch is all-or-nothing: a marker has exactly its rows, and no tagged row exists
  without its marker;
- every batch the child reported committed (in LOG) is present;
- every file under a real name in the backup folder verifies (half copies only as .tmp).

Used by tests/reliability/test_crash.py (a few kills) and bench/crash_kill.py (1,000).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

KIND_IMPORT, KIND_EDIT, KIND_STATUS = "crash-impor", "crash-ubah", "crash-status"
SEED_WORKERS = 60
READY = "siap"


# ---------------------------------------------------------------- child side

def prepare(db: Path) -> None:
    """A fresh database with the demo units and a few workers to edit."""
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store = open_store(db)
    try:
        create_demo(store, workers=SEED_WORKERS, seed=3)
    finally:
        store.close()


def _fsync_append(fh: object, text: str) -> None:
    fh.write(text)  # type: ignore[attr-defined]
    fh.flush()  # type: ignore[attr-defined]
    os.fsync(fh.fileno())  # type: ignore[attr-defined]


def _roster_csv(folder: Path, rnd: random.Random) -> Path:
    """A small roster file with fresh NIKs (random birth dates and serials: new workers)."""
    from datetime import timedelta

    from jamsos_desktop.domain.nik import make_nik

    n = rnd.randint(1, 40)
    tag = rnd.randrange(10**9)
    lines = ["NIK,Nama,Tanggal Lahir,Jenis Kelamin,Nama Ibu Kandung,Upah"]
    for i in range(n):
        born = date(1970, 1, 1) + timedelta(days=rnd.randrange(12_000))
        sex = rnd.choice("LP")
        nik = make_nik("16.07.01", born, sex, rnd.randint(1, 9999))
        lines.append(f"{nik},Impor {tag}-{i} D'Angelo,{born:%d-%m-%Y},{sex},Ibu {i},2500000")
    path = folder / f"crash-{tag}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def drive(db: Path, log: Path, seed: int) -> None:  # pragma: no cover - runs in the child
    from jamsos_desktop.domain.nik import make_nik
    from jamsos_desktop.services import backup, importer
    from jamsos_desktop.services import workers as ws
    from jamsos_desktop.store import now_iso, open_store
    from jamsos_desktop.store import workers as wq

    store = open_store(db)
    conn = store.conn
    rnd = random.Random(seed)
    unit_ids = [int(r[0]) for r in conn.execute("SELECT id FROM units")]
    unit_code = str(conn.execute("SELECT code FROM units ORDER BY code").fetchone()[0])
    editable = [int(r[0]) for r in conn.execute(
        "SELECT id FROM workers WHERE archived = 0 AND nik_valid = 1 ORDER BY id LIMIT ?",
        (SEED_WORKERS,))]
    print(READY, flush=True)
    with log.open("a", encoding="utf-8") as out:
        while True:
            roll = rnd.random()
            if roll < 0.05:
                backup.snapshot(store, "impor")
                continue
            if roll > 0.8:
                # The real import path: file → reader → plan → commit_import (which takes
                # its own snapshot, then writes the batch in one transaction).
                csv_path = _roster_csv(log.parent, rnd)
                result = importer.import_file(store, csv_path, unit_code=unit_code)
                _fsync_append(out, f"{result['batch_id']}\n")
                continue
            with store.tx():
                kind = KIND_IMPORT if roll < 0.55 else KIND_EDIT if roll < 0.85 else KIND_STATUS
                bid = int(conn.execute(
                    "INSERT INTO import_batches (kind, started_at, user) VALUES (?, ?, ?)",
                    (kind, now_iso(), store.user)).lastrowid or 0)
                if kind == KIND_IMPORT:
                    big = rnd.random() < 0.08
                    n = 400 if big else rnd.randint(1, 60)
                    first = wq.next_id(conn)
                    now = now_iso()
                    rows, programs = [], []
                    for i in range(n):
                        wid = first + i
                        nik = make_nik("16.07.01", date(1990, 1, 1 + i % 28), "L", i % 9999 + 1)
                        rows.append((wid, nik, 1, f"Pekerja {bid}-{i} O'Brien 😀",
                                     rnd.choice(unit_ids), f"crash:{bid}", bid, now, now))
                        programs += [(wid, "jkk", None), (wid, "jkm", None)]
                    cols = ("id", "nik", "nik_valid", "name", "unit_id", "notes",
                            "import_batch_id", "created_at", "updated_at")
                    if big:
                        with wq.bulk_load(conn):
                            wq.bulk_insert(conn, cols, rows, programs)
                    else:
                        wq.bulk_insert(conn, cols, rows, programs)
                    store.audit("import", "batch", bid, detail=f"crash:{bid}")
                elif kind == KIND_EDIT:
                    picked = rnd.sample(editable, rnd.randint(1, 8))
                    n = len(picked)
                    for k, wid in enumerate(picked):
                        row = wq.get_worker(conn, wid) or {}
                        values = {f: row[f] for f in ("nik", "name", "unit_id", "wage", "sex",
                                                      "birth_date", "mother_name",
                                                      "participant_type", "status", "kpj")}
                        values["notes"] = f"ubah:{bid}:{k}"
                        values["programs"] = set((row.get("programs") or "jkk,jkm").split(","))
                        ws.save_worker(store, values, worker_id=wid, version=row["version"])
                else:
                    target = rnd.choice(["diusulkan", "belum"])
                    source = "belum" if target == "diusulkan" else "diusulkan"
                    ids = [int(r[0]) for r in conn.execute(
                        "SELECT id FROM workers WHERE status = ? AND archived = 0 AND id <= ? "
                        "ORDER BY random() LIMIT 5", (source, SEED_WORKERS))]
                    n = ws.change_status(store, ids, target, reference=f"crash-status:{bid}",
                                         strict=False)["changed"] if ids else 0
                conn.execute("UPDATE import_batches SET rows = ?, committed_at = ? WHERE id = ?",
                             (n, now_iso(), bid))
            _fsync_append(out, f"{bid}\n")


# ---------------------------------------------------------------- parent side

def check(db: Path, log: Path) -> list[str]:
    """Everything that is wrong with the database after a kill (empty: all good)."""
    from jamsos_desktop.paths import backups_dir_for
    from jamsos_desktop.services.backup import verify_backup

    problems: list[str] = []
    # A plain connection: opening it replays (or discards) the WAL exactly as the program will.
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append(f"integrity_check: {rows[:3]}")
            return problems
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        try:
            conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"fts integrity-check: {exc}")
        markers = {int(r[0]): (r[1], int(r[2])) for r in conn.execute(
            "SELECT id, kind, rows FROM import_batches WHERE kind LIKE 'crash-%'")}
        # Batches of the real import service: the batch row says how many it inserted and
        # updated; the workers, import_changes rows and audit entry must match exactly.
        real_imports = conn.execute(
            "SELECT b.id, b.inserted, b.updated, b.committed_at, "
            "(SELECT count(*) FROM workers w WHERE w.import_batch_id = b.id), "
            "(SELECT count(*) FROM import_changes c WHERE c.batch_id = b.id) "
            "FROM import_batches b WHERE b.kind = 'roster' AND b.file_name LIKE 'crash-%'"
        ).fetchall()
        stray_imported = int(conn.execute(
            "SELECT count(*) FROM workers WHERE name LIKE 'Impor %' AND (import_batch_id IS NULL "
            "OR import_batch_id NOT IN (SELECT id FROM import_batches))").fetchone()[0])
        imported = dict(conn.execute(
            "SELECT import_batch_id, count(*) FROM workers WHERE notes LIKE 'crash:%' "
            "GROUP BY import_batch_id").fetchall())
        programs = dict(conn.execute(
            "SELECT w.import_batch_id, count(*) FROM worker_programs p JOIN workers w "
            "ON w.id = p.worker_id WHERE w.notes LIKE 'crash:%' GROUP BY 1").fetchall())
        import_audits = dict(conn.execute(
            "SELECT entity_id, count(*) FROM audit_log WHERE action = 'import' "
            "AND entity = 'batch' AND detail LIKE 'crash:%' GROUP BY 1").fetchall())
        edits: dict[int, int] = {}
        for (new,) in conn.execute("SELECT new FROM audit_log WHERE action = 'update' "
                                   "AND entity = 'worker' AND new LIKE '%ubah:%'"):
            bid = int(new.split("ubah:", 1)[1].split(":", 1)[0])
            edits[bid] = edits.get(bid, 0) + 1
        moves = {int(r[0].split(":", 1)[1]): int(r[1]) for r in conn.execute(
            "SELECT reference, count(*) FROM enrollment_events "
            "WHERE reference LIKE 'crash-status:%' GROUP BY 1")}
        # Only the status batches move statuses here: each move is one event + one audit row.
        status_audits = int(conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'status'").fetchone()[0])
    finally:
        conn.close()
    for bid, (kind, n) in markers.items():
        if kind == KIND_IMPORT:
            got = (imported.get(bid, 0), programs.get(bid, 0), import_audits.get(bid, 0))
            if got != (n, 2 * n, 1):
                problems.append(f"impor {bid}: {got} baris, seharusnya ({n}, {2 * n}, 1)")
        elif kind == KIND_EDIT and edits.get(bid, 0) != n:
            problems.append(f"ubah {bid}: {edits.get(bid, 0)} perubahan, seharusnya {n}")
        elif kind == KIND_STATUS and moves.get(bid, 0) != n:
            problems.append(f"status {bid}: {moves.get(bid, 0)} peristiwa, seharusnya {n}")
    if status_audits != sum(moves.values()):
        problems.append(f"status: {status_audits} catatan audit untuk "
                        f"{sum(moves.values())} peristiwa")
    for bid, inserted, updated, committed_at, workers, changes in real_imports:
        markers[int(bid)] = ("roster", int(inserted))
        if not committed_at or (workers, changes) != (inserted, inserted + updated):
            problems.append(f"impor layanan {bid}: {workers} pegawai, {changes} perubahan; "
                            f"seharusnya {inserted}, {inserted + updated}")
    if stray_imported:
        problems.append(f"{stray_imported} pegawai hasil impor tanpa batch")
    for what, found in (("impor", imported), ("ubah", edits), ("status", moves)):
        for bid in found:
            if bid not in markers:
                problems.append(f"{what} {bid}: baris tanpa penanda batch (setengah jadi)")
    if log.exists():
        reported = {int(x) for x in log.read_text(encoding="utf-8").split("\n")[:-1] if x}
        lost = sorted(reported - set(markers))
        if lost:
            problems.append(f"batch yang dilaporkan tersimpan hilang: {lost[:10]}")
    folder = backups_dir_for(db)
    if folder.is_dir():
        for path in folder.glob("*.db"):
            result = verify_backup(path)
            if not result.ok:
                problems.append(f"cadangan {path.name} tidak utuh: {result.problems}")
    return problems


@dataclass
class KillResult:
    killed_after: float
    committed: int  # batches the child reported, this run
    problems: list[str]


def run_once(db: Path, log: Path, rnd: random.Random, *, max_delay: float = 0.3,
             timeout: float = 30.0) -> KillResult:
    """Start a child, let it write for a random while, SIGKILL it, check the database."""
    before = _logged(log)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jamsos_desktop.testing.crashharness", "drive", str(db),
         str(log), str(rnd.randrange(2**31))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    started = time.perf_counter()
    try:
        if rnd.random() < 0.1:
            # Sometimes during start-up: opening (WAL recovery, migration check) must be safe.
            time.sleep(rnd.uniform(0, 0.3))
        else:
            line = proc.stdout.readline() if proc.stdout else ""
            if line.strip() != READY:
                proc.kill()
                err = proc.stderr.read() if proc.stderr else ""
                raise RuntimeError(f"child did not start: {line!r} {err[-2000:]}")
            time.sleep(rnd.uniform(0, max_delay))
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"child died by itself (code {proc.returncode}): {err[-2000:]}")
        proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no flush
    finally:
        proc.wait(timeout=timeout)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    elapsed = time.perf_counter() - started
    return KillResult(elapsed, _logged(log) - before, check(db, log))


def _logged(log: Path) -> int:
    if not log.exists():
        return 0
    return sum(1 for x in log.read_text(encoding="utf-8").split("\n")[:-1] if x)


@dataclass
class CampaignResult:
    kills: int = 0
    committed: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    rounds: int = 0


def campaign(kills: int, workdir: Path, *, seed: int = 1, fresh_every: int = 50,
             max_delay: float = 0.3,
             progress: Callable[[int, CampaignResult], None] | None = None) -> CampaignResult:
    """`kills` kill-and-check cycles; a fresh database every `fresh_every` kills keeps each
    check fast while the database still grows over many crashes."""
    rnd = random.Random(seed)
    result = CampaignResult()
    started = time.perf_counter()
    db = log = Path()
    for i in range(kills):
        if i % fresh_every == 0:
            result.rounds += 1
            db = workdir / f"crash-{result.rounds}.db"
            log = workdir / f"crash-{result.rounds}.log"
            log.unlink(missing_ok=True)
            prepare(db)
        one = run_once(db, log, rnd, max_delay=max_delay)
        result.kills += 1
        result.committed += one.committed
        result.failures += [f"kill {i + 1}: {p}" for p in one.problems]
        if progress:
            progress(i + 1, result)
        if one.problems:
            break  # keep the database as it is for inspection
    result.seconds = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - child entry point
    parser = argparse.ArgumentParser(prog="crashharness")
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("drive")
    d.add_argument("db", type=Path)
    d.add_argument("log", type=Path)
    d.add_argument("seed", type=int)
    args = parser.parse_args(argv)
    drive(args.db, args.log, args.seed)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
