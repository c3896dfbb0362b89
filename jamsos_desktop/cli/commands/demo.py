"""`jamsos-desktop [--db PATH] demo [--workers N] [--seed S]`: a realistic demo district."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag, db_path
from jamsos_desktop.domain.money import format_number


def _count(text: str) -> int:
    try:
        value = int(text.replace(".", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan bilangan bulat") from None
    if value < 0:
        raise argparse.ArgumentTypeError("tidak boleh negatif")
    return value


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_count, default=500, metavar="N",
                   help="jumlah pegawai contoh (bawaan 500; 1.000.000 didukung)")
    p.add_argument("--seed", type=_count, default=1, metavar="S",
                   help="benih acak: benih yang sama menghasilkan data yang sama")
    p.add_argument("--if-empty", action="store_true",
                   help="hanya buat data contoh bila basis data masih kosong; selain itu lewati")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    store = open_store(db_path(args))
    try:
        if args.if_empty and store.conn.execute("SELECT count(*) FROM units").fetchone()[0]:
            return {"created": False, "path": str(store.path), "workers": 0}
        started = time.perf_counter()
        show = sys.stderr.isatty() and not args.json

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\r{format_number(done)} / {format_number(total)} pegawai", end="",
                      file=sys.stderr, flush=True)

        result = create_demo(store, workers=args.workers, seed=args.seed, progress=progress)
        if show:
            print(file=sys.stderr)
        return {"created": True, "path": str(store.path), **result,
                "seconds": round(time.perf_counter() - started, 2)}
    finally:
        store.close()


def render(result: dict[str, Any]) -> str:
    if not result["created"]:
        return f"Basis data {result['path']} sudah berisi data; data contoh tidak dibuat."
    return (f"Data contoh dibuat di {result['path']}: {result['units']} unit kerja, "
            f"{format_number(result['workers'])} pegawai (benih {result['seed']}), "
            f"{result['seconds']} detik.")


COMMAND = Command("demo", "buat data contoh sebuah kabupaten (deterministik per benih)",
                  configure, run, render, order=10)
