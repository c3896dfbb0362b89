"""`jamsos-desktop [--db PATH] rekap [--year Y] [--scenario NAMA] [--json] [--pdf OUT]
[--xlsx OUT]`: the Inpres 2/2021 monitoring recap — per category and unit: head count,
enrolled, coverage, budget needed vs allocated. The PDF and the workbook print the same
figures as this command (one dict, `services.rekap.rekap`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.domain.money import format_number, format_rupiah


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tahun") from None


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=_year, metavar="Y", help="tahun anggaran (bawaan: tahun ini)")
    p.add_argument("--scenario", metavar="NAMA",
                   help="hitung kebutuhan anggaran menurut skenario tersimpan")
    p.add_argument("--pdf", type=Path, metavar="OUT", help="tulis laporan PDF ke berkas ini")
    p.add_argument("--xlsx", type=Path, metavar="OUT", help="tulis buku kerja Excel ke berkas ini")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.cli.commands._dbopen import open_existing
    from jamsos_desktop.services import rekap_report
    from jamsos_desktop.services.rekap import rekap

    store = open_existing(args)
    try:
        data = rekap(store, year=args.year, scenario=args.scenario)
        files = []
        if args.pdf:
            files.append(str(rekap_report.write_pdf(store, data, args.pdf)))
        if args.xlsx:
            files.append(str(rekap_report.write_xlsx(data, args.xlsx)))
        data["files"] = files
        return data
    finally:
        store.close()


def _pct(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " %"


def render(d: dict[str, Any]) -> str:
    t = d["total"]
    lines = [f"Rekapitulasi monitoring Inpres 2/2021 — {d['pemda']} tahun {d['year']}",
             f"Keadaan per {d['as_of']}. {d['basis']}.", ""]
    head = f"{'Kategori':<34} {'Pekerja':>9} {'Terdaftar':>9} {'Cakupan':>9} {'Kebutuhan':>18}"
    lines += [head, "-" * len(head)]
    for c in d["categories"]:
        lines.append(f"{c['label'][:34]:<34} {format_number(c['workers']):>9} "
                     f"{format_number(c['enrolled']):>9} {_pct(c['coverage']):>9} "
                     f"{format_rupiah(c['needed']):>18}")
    lines += ["", f"{'Unit kerja':<40} {'Pekerja':>9} {'Terdaftar':>9} {'Cakupan':>9} "
                  f"{'Kebutuhan':>18} {'Pagu':>18} {'Selisih':>18}"]
    for u in d["units"]:
        name = f"{'  ' * u['depth']}{u['code']} {u['name']}"[:40]
        lines.append(f"{name:<40} {format_number(u['workers']):>9} "
                     f"{format_number(u['enrolled']):>9} {_pct(u['coverage']):>9} "
                     f"{format_rupiah(u['needed']):>18} {format_rupiah(u['allocated']):>18} "
                     f"{format_rupiah(u['difference']):>18}")
    lines += ["", f"Jumlah pekerja aktif : {format_number(t['workers'])}",
              f"Terdaftar            : {format_number(t['enrolled'])} ({_pct(t['coverage'])})",
              f"Diusulkan / belum    : {format_number(t['proposed'])} / "
              f"{format_number(t['not_enrolled'])}",
              f"Kebutuhan anggaran   : {format_rupiah(t['needed'])} ({d['period']})",
              f"Pagu dialokasikan    : {format_rupiah(t['allocated'])}",
              f"Selisih              : {format_rupiah(t['difference'])}"]
    for f in d.get("files", []):
        lines.append(f"Ditulis: {f}")
    return "\n".join(lines)


COMMAND = Command("rekap", "rekap monitoring Inpres 2/2021: cakupan dan kebutuhan anggaran per "
                  "kategori dan unit (PDF/Excel)", configure, run, render, order=32)
