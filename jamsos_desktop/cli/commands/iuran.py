"""`jamsos-desktop iuran --wage W …`: one worker's monthly contribution, per program."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.domain.contributions import contribution
from jamsos_desktop.domain.enums import ParticipantType, RiskClass, parse_programs
from jamsos_desktop.domain.money import format_rupiah, parse_rupiah
from jamsos_desktop.domain.rates import default_rate_table, load_rate_table, month_label
from jamsos_desktop.errors import UserError

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def _risk(text: str) -> str:
    # "sangat rendah", "sangat_rendah" and "Sangat-Rendah" all mean the same class.
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wage", required=True, nargs="+", metavar="UPAH",
                        help="upah (PU) atau penghasilan yang dilaporkan (BPU) sebulan, "
                             "mis. 2.500.000 atau 2,5 jt")
    parser.add_argument("--type", default="PU", type=str.upper,
                        choices=[t.value for t in ParticipantType],
                        help="jenis peserta: PU (penerima upah, bawaan) atau BPU")
    parser.add_argument("--risk", default=RiskClass.SANGAT_RENDAH.value, type=_risk,
                        choices=[r.value for r in RiskClass],
                        help="kelas risiko JKK untuk PU (bawaan: sangat-rendah)")
    parser.add_argument("--programs", default="jkk,jkm", metavar="PROGRAM",
                        help="program dipisah koma: jkk,jkm,jht,jp,jkp (bawaan: jkk,jkm)")
    parser.add_argument("--month", metavar="YYYY-MM",
                        help="bulan iuran (bawaan: bulan ini); menentukan tarif dan batas "
                             "upah JP yang berlaku")
    parser.add_argument("--birth-date", metavar="YYYY-MM-DD",
                        help="tanggal lahir, untuk memeriksa usia pensiun JP")
    parser.add_argument("--rates", metavar="BERKAS",
                        help="berkas tabel tarif TOML lain (bawaan: tabel bawaan program)")
    add_json_flag(parser)


def _month(text: str | None) -> tuple[int, int]:
    if text is None:
        today = date.today()
        return today.year, today.month
    match = _MONTH.match(text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise UserError(f"Bulan '{text}' tidak sah; tulis YYYY-MM, mis. 2025-04.",
                        code="input.month")
    return int(match.group(1)), int(match.group(2))


def _birth_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Tanggal lahir '{text}' tidak sah; tulis YYYY-MM-DD, mis. "
                        "1970-05-17.", code="input.birth_date") from None


def _run(args: argparse.Namespace) -> dict[str, Any]:
    wage = parse_rupiah(" ".join(args.wage))
    year, month = _month(args.month)
    birth = _birth_date(args.birth_date)
    table = load_rate_table(args.rates) if args.rates else default_rate_table()
    ptype = ParticipantType(args.type)
    risk = RiskClass(args.risk) if ptype is ParticipantType.PU else None
    result = contribution(wage=wage, participant_type=ptype, risk_class=risk,
                          programs=parse_programs(args.programs), year=year, month=month,
                          birth_date=birth, table=table)
    out = result.to_dict()
    out["month"] = f"{year:04d}-{month:02d}"
    out["month_label"] = month_label(year, month)
    out["birth_date"] = birth.isoformat() if birth else None
    out["table"] = {"name": table.name, "version": table.version, "source": table.source_name}
    return out


def _render(result: dict[str, Any]) -> str:
    bpu = result["participant_type"] == ParticipantType.BPU.value
    payer = "Penyandang dana" if bpu else "Pemberi kerja"
    lines = [f"Iuran BPJS Ketenagakerjaan — {result['month_label']}"]
    who = ParticipantType(result["participant_type"]).label
    if not bpu and result["risk_class"]:
        who += f", kelas risiko {RiskClass(result['risk_class']).label.lower()}"
    income = "penghasilan" if bpu else "upah"
    lines.append(f"Peserta: {who}; {income} {format_rupiah(result['wage'])} sebulan")
    lines.append("")
    header = ("Program", "Dasar", payer, "Pekerja", "Jumlah")
    rows = [header]
    for code, p in result["programs"].items():
        rows.append((code.upper(), "-" if p["flat"] else format_rupiah(p["base"]),
                     format_rupiah(p["employer"]), format_rupiah(p["worker"]),
                     format_rupiah(p["total"])))
    rows.append(("Jumlah", "", format_rupiah(result["employer"]),
                 format_rupiah(result["worker"]), format_rupiah(result["total"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:],
                                                                        strict=True)]
        if n == len(rows) - 1:
            lines.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
        lines.append("  ".join(cells))
    if result["government"]:
        lines.append(f"Dibayar Pemerintah Pusat (JKP, di luar jumlah): "
                     f"{format_rupiah(result['government'])}")
    lines.append("")
    lines.append("Dasar perhitungan:")
    for code, p in result["programs"].items():
        lines.append(f"  {code.upper()}: {p['rule']}; {p['source']} (keyakinan "
                     f"{p['confidence']})")
    if result["warnings"]:
        lines.append("")
        lines.append("Peringatan:")
        lines.extend(f"  - {w['message']}" for w in result["warnings"])
    lines.append("")
    lines.append(f"Tabel tarif: {result['table']['name']} (versi {result['table']['version']})")
    return "\n".join(lines)


COMMAND = Command(
    name="iuran",
    help="hitung iuran BPJS Ketenagakerjaan sebulan untuk satu pekerja",
    configure=_configure,
    run=_run,
    render=_render,
    order=30,
)
