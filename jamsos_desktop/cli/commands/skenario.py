"""`jamsos-desktop [--db PATH] skenario …`: budget planning scenarios from the command line.

  skenario daftar
  skenario simpan NAMA --year Y [--from-month M] [--enrolled-only]
                  [--programs KATEGORI=jkk+jkm …] [--wage-increase 5%@7 | 250000@7 …]
                  [--hire UNIT:JUMLAH:UPAH@M[:KATEGORI] …] [--exit UNIT:JUMLAH@M …]
  skenario hitung NAMA [--json]
  skenario banding A B [--json]
  skenario hapus NAMA

UNIT is the unit's code (e.g. 2.02). The same scenarios appear in the GUI's Anggaran page.
"""

from __future__ import annotations

import argparse
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.domain.dates import format_bulan
from jamsos_desktop.domain.enums import Category, parse_programs
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.errors import UserError


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["daftar", "simpan", "hitung", "banding", "hapus"],
                   help="daftar | simpan | hitung | banding | hapus")
    p.add_argument("names", nargs="*", metavar="NAMA", help="nama skenario (banding: dua nama)")
    p.add_argument("--year", type=int, metavar="Y", help="tahun anggaran (simpan)")
    p.add_argument("--from-month", type=int, default=1, metavar="M",
                   help="bulan awal: 1 = APBD; lebih dari 1 = APBD-Perubahan")
    p.add_argument("--enrolled-only", action="store_true",
                   help="hanya pekerja yang sudah terdaftar")
    p.add_argument("--programs", action="append", default=[], metavar="KATEGORI=PROGRAM",
                   help="program untuk satu kategori, mis. honorer=jkk+jkm")
    p.add_argument("--wage-increase", action="append", default=[], metavar="N%@M",
                   help="kenaikan upah mulai bulan M: 5%%@7 atau 250000@7")
    p.add_argument("--hire", action="append", default=[], metavar="UNIT:N:UPAH@M",
                   help="penambahan pegawai, mis. 2.02:10:2500000@4 atau …@4:kontrak")
    p.add_argument("--exit", action="append", default=[], metavar="UNIT:N@M",
                   help="pengurangan pegawai, mis. 2.06:5@7")
    p.add_argument("--note", default="", help="catatan skenario")
    add_json_flag(p)


def _unit_id(store: Any, code: str) -> int:
    from jamsos_desktop.store import units as uq

    unit = uq.unit_by_code(store.conn, code)
    if unit is None:
        raise UserError(f"Unit kerja dengan kode '{code}' tidak ada.", code="scenario.unit")
    return int(unit["id"])


def _scenario(store: Any, args: argparse.Namespace, name: str) -> Any:
    from jamsos_desktop.domain.planning import Scenario, StaffChange, WageIncrease

    if args.year is None:
        raise UserError("Tahun anggaran (--year) wajib untuk menyimpan skenario.",
                        code="scenario.year")
    sets = {}
    for item in args.programs:
        category, _, programs = item.partition("=")
        try:
            Category(category)
        except ValueError:
            raise UserError(f"Kategori '{category}' tidak dikenal.", code="scenario.category") \
                from None
        sets[category] = parse_programs(programs)
    increases = []
    for item in args.wage_increase:
        found = re.fullmatch(r"([\d.,]+)(%?)@(\d{1,2})", item.replace(" ", ""))
        if not found:
            raise UserError(f"Kenaikan upah '{item}' tidak dipahami; tulis 5%@7 atau "
                            "250000@7.", code="scenario.increase")
        try:
            value = Decimal(found.group(1).replace(",", "."))
        except InvalidOperation:
            raise UserError(f"Angka '{found.group(1)}' tidak sah.", code="scenario.increase") \
                from None
        increases.append(WageIncrease(
            int(found.group(3)), percent=value if found.group(2) else None,
            amount=None if found.group(2) else int(value)))
    changes = []
    for item in args.hire:
        found = re.fullmatch(r"([^:]+):(\d+):(\d+)@(\d{1,2})(?::([a-z-]+))?", item)
        if not found:
            raise UserError(f"Penambahan '{item}' tidak dipahami; tulis UNIT:JUMLAH:UPAH@BULAN.",
                            code="scenario.hire")
        changes.append(StaffChange("masuk", _unit_id(store, found.group(1)),
                                   int(found.group(2)), int(found.group(4)),
                                   wage=int(found.group(3)), category=found.group(5)))
    for item in args.exit:
        found = re.fullmatch(r"([^:]+):(\d+)@(\d{1,2})", item)
        if not found:
            raise UserError(f"Pengurangan '{item}' tidak dipahami; tulis UNIT:JUMLAH@BULAN.",
                            code="scenario.exit")
        changes.append(StaffChange("keluar", _unit_id(store, found.group(1)),
                                   int(found.group(2)), int(found.group(3))))
    return Scenario(year=args.year, from_month=args.from_month,
                    include_not_enrolled=not args.enrolled_only, program_sets=sets,
                    wage_increases=tuple(increases), staff_changes=tuple(changes), name=name,
                    note=args.note)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.cli.commands._dbopen import open_existing
    from jamsos_desktop.services import planner

    need = {"daftar": 0, "simpan": 1, "hitung": 1, "banding": 2, "hapus": 1}[args.action]
    if len(args.names) != need:
        raise UserError(f"'skenario {args.action}' memerlukan {need} nama skenario.",
                        code="scenario.args")
    store = open_existing(args)
    try:
        if args.action == "daftar":
            return {"action": "daftar", "scenarios": planner.list_scenarios(store)}
        if args.action == "simpan":
            sc = _scenario(store, args, args.names[0])
            planner.compute_scenario(store, sc)  # refuse a scenario that cannot be priced
            planner.save_scenario(store, sc)
            return {"action": "simpan", "name": sc.name, "params": sc.to_params()}
        if args.action == "hapus":
            planner.delete_scenario(store, args.names[0])
            return {"action": "hapus", "name": args.names[0]}
        if args.action == "hitung":
            plan = planner.compute_scenario(store, planner.load_scenario(store, args.names[0]))
            return {"action": "hitung", **planner.plan_summary(store, plan)}
        pa, pb, comparison = planner.compare_scenarios(store, args.names[0], args.names[1])
        return {"action": "banding",
                **planner.comparison_summary(store, pa, pb, comparison)}
    finally:
        store.close()


def render(r: dict[str, Any]) -> str:
    action = r["action"]
    if action == "daftar":
        if not r["scenarios"]:
            return "Belum ada skenario tersimpan."
        return "\n".join(f"{s['name']:<30} {s['period']}" for s in r["scenarios"])
    if action == "simpan":
        return f"Skenario '{r['name']}' disimpan."
    if action == "hapus":
        return f"Skenario '{r['name']}' dihapus."
    if action == "hitung":
        lines = [f"Skenario '{r['scenario']['name']}'", *(
            f"  - {a}" for a in r["scenario"]["assumptions"]), ""]
        for m in r["per_month"]:
            lines.append(f"{format_bulan(r['year'], m['month']):<16} "
                         f"{format_rupiah(m['employer']):>18} {format_rupiah(m['worker']):>16} "
                         f"{format_rupiah(m['total']):>18}"
                         + (f"  (batas upah JP {format_rupiah(m['jp_cap'])})"
                            if m["jp_cap"] else ""))
        lines += ["", f"Beban APBD (pemberi kerja): {format_rupiah(r['employer'])}",
                  f"Potongan upah (pekerja)   : {format_rupiah(r['worker'])}",
                  f"Jumlah seluruhnya         : {format_rupiah(r['total'])}"]
        lines += [f"Catatan: {n}" for n in r["notes"]]
        return "\n".join(lines)
    lines = [f"A = {r['a']} ({r['a_period']})", f"B = {r['b']} ({r['b_period']})", "",
             f"{'Unit kerja':<44} {'A':>18} {'B':>18} {'B − A':>18}"]
    for row in r["per_unit"]:
        lines.append(f"{row['unit'][:44]:<44} {format_rupiah(row['a_total']):>18} "
                     f"{format_rupiah(row['b_total']):>18} {format_rupiah(row['diff_total']):>18}")
    t = r["total"]
    lines += ["", f"{'Jumlah':<44} {format_rupiah(t['a_total']):>18} "
                  f"{format_rupiah(t['b_total']):>18} {format_rupiah(t['diff_total']):>18}",
              f"{'Beban APBD':<44} {format_rupiah(t['a_employer']):>18} "
              f"{format_rupiah(t['b_employer']):>18} {format_rupiah(t['diff_employer']):>18}"]
    return "\n".join(lines)


COMMAND = Command("skenario", "skenario perencanaan anggaran: simpan, hitung, bandingkan",
                  configure, run, render, order=31)
