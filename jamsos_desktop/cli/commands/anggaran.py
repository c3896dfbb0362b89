"""`jamsos-desktop [--db PATH] anggaran --year Y [--from-month M] [--json]`: contribution
budget for the database's active workers, per unit and program, and the grand total."""

from __future__ import annotations

import argparse
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag, db_path
from jamsos_desktop.domain.dates import format_bulan
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.domain.terbilang import terbilang_rupiah


def _month(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan nomor bulan 1–12") from None
    if not 1 <= value <= 12:
        raise argparse.ArgumentTypeError(f"'{text}' bukan nomor bulan 1–12")
    return value


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tahun") from None


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=_year, required=True, metavar="Y", help="tahun anggaran")
    p.add_argument("--from-month", type=_month, default=1, metavar="M",
                   help="bulan awal (1 = APBD murni; bulan berikutnya = APBD-Perubahan)")
    p.add_argument("--to-month", type=_month, default=12, metavar="M", help="bulan akhir")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services.budget import budget_for_database, budget_summary
    from jamsos_desktop.store import open_store

    store = open_store(db_path(args))
    try:
        budget = budget_for_database(store, year=args.year, from_month=args.from_month,
                                     to_month=args.to_month)
        return budget_summary(store, budget)
    finally:
        store.close()


def render(s: dict[str, Any]) -> str:
    kind = "APBD-Perubahan" if s["perubahan"] else "APBD"
    lines = [f"Anggaran iuran BPJS Ketenagakerjaan {kind} {s['year']} "
             f"({format_bulan(s['year'], s['from_month'])} – "
             f"{format_bulan(s['year'], s['to_month'])})", ""]
    width = 46
    lines.append(f"{'Unit kerja':<{width}} {'Pemberi kerja':>16} {'Pekerja':>14} {'Jumlah':>16}")
    for unit in s["units"]:
        name = f"{unit['code']} {unit['name']}"[:width]
        lines.append(f"{name:<{width}} {format_rupiah(unit['employer']):>16} "
                     f"{format_rupiah(unit['worker']):>14} {format_rupiah(unit['total']):>16}")
    lines.append("")
    for code, p in s["programs"].items():
        lines.append(f"  {code.upper():<4} {p['account_code'] or '-':<20} "
                     f"{format_rupiah(p['total']):>18}")
    lines += ["", f"Beban APBD (pemberi kerja): {format_rupiah(s['employer'])}",
              f"Potongan upah (pekerja)   : {format_rupiah(s['worker'])}",
              f"Jumlah seluruhnya         : {format_rupiah(s['total'])}",
              f"Terbilang (beban APBD)    : {terbilang_rupiah(s['employer'])}"]
    for w in s["warnings"]:
        lines.append(f"Peringatan: {w['message']}")
    return "\n".join(lines)


COMMAND = Command("anggaran", "hitung anggaran iuran pegawai aktif per unit dan program",
                  configure, run, render, order=30)
