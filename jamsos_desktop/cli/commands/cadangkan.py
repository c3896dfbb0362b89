"""`jamsos-desktop [--db PATH] cadangkan [--to DIR] [--json]`: a consistent copy of the
database, into its automatic backup folder or a chosen folder (USB stick)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.cli.commands._dbopen import open_existing


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", type=Path, metavar="FOLDER",
                   help="folder tujuan (mis. diska USB); bawaan: folder cadangan otomatis")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services import backup

    store = open_existing(args)
    try:
        target = backup.backup_to_folder(store, args.to) if args.to else \
            backup.snapshot(store, "manual")
        result = backup.verify_backup(target)
        return {"path": str(target), "size": target.stat().st_size, "verified": result.ok,
                "counts": result.counts}
    finally:
        store.close()


def render(result: dict[str, Any]) -> str:
    from jamsos_desktop.domain.money import format_number

    workers = format_number(result["counts"].get("workers", 0))
    return (f"Cadangan dibuat: {result['path']} ({format_number(result['size'])} bita, "
            f"{workers} pegawai)" + ("; keutuhan terperiksa baik." if result["verified"] else "."))


COMMAND = Command("cadangkan", "buat cadangan basis data (ke folder cadangan atau --to FOLDER)",
                  configure, run, render, order=60)
