"""`jamsos-desktop [--db PATH] ekspor roster|bpjs|anggaran OUT.xlsx [filters]`: write the
roster, the BPJS registration list (layout from settings or --layout FILE.json) or the
budget to Excel. Every export of personal data is recorded in the audit trail."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.cli.commands._dbopen import open_existing
from jamsos_desktop.errors import UserError


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("roster", "bpjs", "anggaran"), metavar="JENIS",
                   help="roster | bpjs | anggaran")
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help="berkas tujuan")
    p.add_argument("--unit", metavar="KODE", help="hanya unit kerja ini (beserta sub-unitnya)")
    p.add_argument("--status", metavar="S,S",
                   help="hanya status ini: belum, diusulkan, terdaftar, nonaktif")
    from jamsos_desktop.domain.enums import Category

    p.add_argument("--kategori", metavar="K,K",
                   help="hanya kategori ini (mis. honorer,thl; pilihan: "
                        f"{', '.join(c.value for c in Category)})")
    p.add_argument("--cari", metavar="TEKS", help="hanya yang nama/NIK/KPJ-nya memuat teks ini")
    p.add_argument("--layout", type=Path, metavar="FILE.json",
                   help="bpjs: tata letak kolom dari berkas ini (sekali pakai)")
    p.add_argument("--simpan-layout", action="store_true",
                   help="bpjs: simpan --layout sebagai tata letak kantor ini")
    p.add_argument("--year", type=int, metavar="Y", help="anggaran: tahun anggaran")
    p.add_argument("--from-month", type=int, default=1, metavar="M", help="anggaran: bulan awal")
    p.add_argument("--to-month", type=int, default=12, metavar="M", help="anggaran: bulan akhir")
    add_json_flag(p)


def _filter(store: Any, args: argparse.Namespace) -> Any:
    from jamsos_desktop.store import units as uq
    from jamsos_desktop.store.workers import WorkerFilter

    unit_ids = None
    if args.unit:
        unit = uq.unit_by_code(store.conn, args.unit)
        if unit is None:
            raise UserError(f"Unit kerja dengan kode '{args.unit}' tidak ada.",
                            code="export.unit")
        unit_ids = frozenset(uq.subtree_ids(store.conn, [int(unit["id"])]))
    statuses = None
    if args.status:
        statuses = frozenset(s.strip().lower() for s in args.status.split(",") if s.strip())
        bad = statuses - {"belum", "diusulkan", "terdaftar", "nonaktif"}
        if bad:
            raise UserError(f"Status tidak dikenal: {', '.join(sorted(bad))}.",
                            code="export.status")
    categories = None
    if args.kategori:
        from jamsos_desktop.domain.enums import Category

        categories = frozenset(s.strip().lower() for s in args.kategori.split(",") if s.strip())
        known = {c.value for c in Category}
        bad = categories - known
        if bad:  # an unknown code would silently export nobody
            raise UserError(f"Kategori tidak dikenal: {', '.join(sorted(bad))}. Pilihan: "
                            f"{', '.join(c.value for c in Category)}.", code="export.category")
    if not (unit_ids or statuses or categories or args.cari):
        return None
    return WorkerFilter(search=args.cari or "", unit_ids=unit_ids, statuses=statuses,
                        categories=categories)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services import exporter

    store = open_existing(args)
    try:
        f = _filter(store, args)
        if args.kind == "roster":
            return exporter.export_roster(store, args.out, worker_filter=f)
        if args.kind == "bpjs":
            layout = None
            if args.layout and args.simpan_layout:
                layout = exporter.save_bpjs_layout(store, args.layout)
            elif args.layout:
                from jamsos_desktop.exchange.layout import load_layout_file

                layout = load_layout_file(args.layout)
            return exporter.export_bpjs(store, args.out, worker_filter=f, layout=layout)
        if args.year is None:
            raise UserError("Ekspor anggaran memerlukan --year (tahun anggaran).",
                            code="export.year")
        if f is not None and f.statuses is None:
            from dataclasses import replace

            from jamsos_desktop.services.budget import ACTIVE_STATUSES

            f = replace(f, statuses=ACTIVE_STATUSES)
        return exporter.export_budget(store, args.out, year=args.year,
                                      from_month=args.from_month, to_month=args.to_month,
                                      worker_filter=f)
    finally:
        store.close()


def render(r: dict[str, Any]) -> str:
    from jamsos_desktop.domain.money import format_number, format_rupiah

    what = {"roster": "Daftar pegawai", "bpjs": "Daftar pendaftaran BPJS",
            "anggaran": "Anggaran"}[r["kind"]]
    line = f"{what} ditulis ke {r['path']} ({format_number(r['rows'])} baris)."
    if r["kind"] == "anggaran":
        line += f" Jumlah: {format_rupiah(r['total'])}."
    return line


COMMAND = Command("ekspor", "ekspor daftar pegawai, daftar pendaftaran BPJS atau anggaran ke "
                  "Excel", configure, run, render, order=41)
