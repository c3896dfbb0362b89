"""`jamsos-desktop [--db PATH] rekonsiliasi FILE [--sheet NAME] [--dry-run]
[--report OUT.xlsx] [--json]`: match a BPJS participant list (NIK, KPJ, start date, status)
against the database; matched workers become Terdaftar with their KPJ; both sides'
unmatched records are reported. Undoable as a batch."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.cli.commands._dbopen import open_existing


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="daftar peserta dari BPJS")
    p.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: lembar pertama)")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan")
    p.add_argument("--report", type=Path, metavar="OUT.xlsx",
                   help="tulis laporan rekonsiliasi (per lembar: diperbarui, hanya di BPJS, "
                        "hanya di Jamsos, …)")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services.reconcile import reconcile_file

    store = open_existing(args)
    try:
        return reconcile_file(store, args.file, sheet=args.sheet, dry_run=args.dry_run,
                              report=args.report)
    finally:
        store.close()


def render(r: dict[str, Any]) -> str:
    head = "Pemeriksaan rekonsiliasi (tidak disimpan)" if r["dry_run"] else \
        f"Rekonsiliasi batch {r['batch_id']}"
    lines = [f"{head}: {r['file']}",
             f"  baris dibaca                 : {r['rows']}",
             f"  cocok dengan data pegawai    : {r['matched']}",
             f"  ditandai Terdaftar/diperbarui: {r['updated']}",
             f"  sudah sesuai                 : {r['unchanged']}",
             f"  nonaktif menurut BPJS        : {r['inactive_at_bpjs']}",
             f"  status BPJS tidak dikenal    : {r['unknown_status_bpjs']}",
             f"  hanya ada di daftar BPJS     : {r['unmatched_bpjs']}",
             f"  hanya ada di Jamsos Desktop  : {r['unmatched_local']}",
             f"  baris tidak sah              : {r['invalid']}",
             f"  baris kosong                 : {r['blank']}"]
    for row in r["invalid_rows"][:10]:
        lines.append(f"  baris {row['row']}: {row['reasons']}")
    if r.get("report"):
        lines.append(f"Laporan ditulis ke {r['report']}.")
    return "\n".join(lines)


COMMAND = Command("rekonsiliasi", "cocokkan daftar peserta BPJS dengan data pegawai",
                  configure, run, render, order=42)
