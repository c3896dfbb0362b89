"""`jamsos-desktop [--db PATH] impor FILE [--unit KODE] [--sheet NAME] [--dry-run]
[--report OUT.xlsx] [--konsolidasi [--asal KANTOR]] [--json]`: import a roster from Excel.

The JSON summary has the keys rows, inserted, updated, unchanged, rejected, blank, warnings
(rows = inserted + updated + unchanged + rejected + blank), plus batch_id, report, backup,
per problem row its reasons ("problems") and per updated worker its field-by-field diff
("changes"); the text output lists the first 20 diffs, so `--dry-run` shows what an update
would change before it is made."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.cli.commands._dbopen import open_existing


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="berkas .xlsx/.xls/.ods/.csv")
    p.add_argument("--unit", metavar="KODE",
                   help="kode unit kerja tujuan (wajib bila berkas tidak memiliki kolom Unit "
                        "Kerja; bila ada, dipakai untuk baris yang kolom unitnya kosong)")
    p.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: lembar pertama)")
    p.add_argument("--dry-run", action="store_true",
                   help="periksa saja: tampilkan ringkasan tanpa menyimpan apa pun")
    p.add_argument("--report", type=Path, metavar="OUT.xlsx",
                   help="tulis baris yang ditolak beserta alasannya ke berkas ini")
    p.add_argument("--konsolidasi", action="store_true",
                   help="berkas adalah daftar pegawai hasil ekspor Jamsos Desktop kantor lain; "
                        "asal kantor setiap data dicatat")
    p.add_argument("--asal", metavar="KANTOR",
                   help="nama kantor asal untuk konsolidasi (bawaan: dari lembar Info berkas)")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services.importer import import_file

    store = open_existing(args)
    try:
        show = sys.stderr.isatty() and not args.json

        def progress(done: int, total: int, text: str = "") -> None:
            if show and total:
                print(f"\r{text} {done * 100 // total}%   ", end="", file=sys.stderr,
                      flush=True)

        result = import_file(store, args.file, sheet=args.sheet, unit_code=args.unit,
                             dry_run=args.dry_run, report=args.report,
                             kind="konsolidasi" if args.konsolidasi else "roster",
                             origin_office=args.asal, progress=progress)
        if show:
            print(file=sys.stderr)
        return result
    finally:
        store.close()


def render(r: dict[str, Any]) -> str:
    head = "Pemeriksaan (tidak disimpan)" if r["dry_run"] else f"Impor batch {r['batch_id']}"
    lines = [f"{head}: {r['file']} (lembar {r['sheet']}, judul kolom di baris "
             f"{r['header_row']})",
             f"  baris dibaca : {r['rows']}",
             f"  ditambahkan  : {r['inserted']}",
             f"  diperbarui   : {r['updated']}",
             f"  tidak berubah: {r['unchanged']}",
             f"  ditolak      : {r['rejected']}",
             f"  baris kosong : {r['blank']}",
             f"  dengan peringatan: {r['warnings']}"]
    for note in r.get("notices", []):
        lines.append(f"Catatan: {note}")
    changes = r.get("changes", [])
    if changes:
        from jamsos_desktop.services.importer import describe_diff

        lines.append("Perubahan data pegawai yang sudah ada"
                     + (":" if r["dry_run"] else " (tersimpan):"))
        for c in changes[:20]:
            lines.append(f"  baris {c['row']} ({c['name'] or c['nik']}): "
                         f"{c.get('diff_text') or describe_diff(c['diff'])}")
        if r["updated"] > 20:
            lines.append(f"  … dan {r['updated'] - 20} pegawai lain yang diubah "
                         "(semua ada di keluaran --json).")
    shown = [p for p in r.get("problems", []) if p["status"] == "error"][:20]
    for p in shown:
        lines.append(f"  baris {p['row']}: {p['reasons']}")
    if r["rejected"] > len(shown):
        lines.append(f"  … dan {r['rejected'] - len(shown)} baris ditolak lainnya.")
    if r.get("report"):
        lines.append(f"Baris yang ditolak ditulis ke {r['report']}.")
    elif r["rejected"]:
        lines.append("Simpan baris yang ditolak beserta alasannya untuk dikirim kembali ke OPD "
                     "dengan opsi --report DITOLAK.xlsx.")
    if r.get("backup"):
        lines.append(f"Cadangan sebelum impor: {r['backup']}")
    return "\n".join(lines)


COMMAND = Command("impor", "impor daftar pegawai dari Excel (xlsx/xls/ods/csv)",
                  configure, run, render, order=40)
