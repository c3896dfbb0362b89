"""`jamsos-desktop nik NIK [--tanggal-lahir YYYY-MM-DD] [--jenis-kelamin L|P] [--json]`.

Checks one NIK and shows what it encodes. An invalid NIK is a normal answer (exit 0,
`valid: false`), not a usage error: the command did its job.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.domain import regions
from jamsos_desktop.domain.nik import _tanggal, compare_with, normalize_sex, parse_nik
from jamsos_desktop.errors import UserError


def _configure(parser: argparse.ArgumentParser) -> None:
    # nargs="+": `nik 3273 0115 0390 0001` works without quotes.
    parser.add_argument("nik", nargs="+", metavar="NIK", help="NIK 16 digit yang diperiksa")
    parser.add_argument("--tanggal-lahir", dest="birth_date", metavar="YYYY-MM-DD",
                        help="tanggal lahir yang diisi, untuk dicocokkan dengan NIK")
    parser.add_argument("--jenis-kelamin", dest="sex", metavar="L|P",
                        help="jenis kelamin yang diisi (L atau P), untuk dicocokkan dengan NIK")
    add_json_flag(parser)


def _run(args: argparse.Namespace) -> dict[str, Any]:
    birth_date: date | None = None
    if args.birth_date:
        try:
            birth_date = date.fromisoformat(args.birth_date.strip())
        except ValueError:
            raise UserError(f"Tanggal lahir “{args.birth_date}” tidak sah; gunakan format "
                            f"TTTT-BB-HH, misalnya 1990-03-15.") from None
    if args.sex and normalize_sex(args.sex) is None:
        raise UserError(f"Jenis kelamin “{args.sex}” tidak dikenal; gunakan L atau P.")

    result = parse_nik(" ".join(args.nik))
    extra = compare_with(result, birth_date, args.sex)
    out = result.to_dict()
    out["warnings"] = [*out["warnings"], *(p.message for p in extra)]
    out["problems"] = [*out["problems"], *(p.to_dict() for p in extra)]
    out["province_name"] = regions.province_name(result.province_code or "")
    out["regency_name"] = regions.regency_name(result.regency_code or "")
    out["district_name"] = regions.district_name(result.district_code or "")
    return out


def _render(result: dict[str, Any]) -> str:
    lines = [f"NIK {result.get('nik') or ''}".rstrip() + ": "
             + ("SAH" if result["valid"] else "TIDAK SAH")]

    def place(label: str, code: str | None, name: str | None) -> None:
        if code:
            lines.append(f"  {label:<15}: {code} {name or '(tidak dikenal)'}")

    place("Provinsi", result.get("province_code"), result.get("province_name"))
    place("Kabupaten/Kota", result.get("regency_code"), result.get("regency_name"))
    place("Kecamatan", result.get("district_code"), result.get("district_name"))
    if result.get("birth_date"):
        lines.append(f"  {'Tanggal lahir':<15}: "
                     f"{_tanggal(date.fromisoformat(result['birth_date']))}")
    if result.get("sex"):
        sex = "Laki-laki" if result["sex"] == "L" else "Perempuan"
        lines.append(f"  {'Jenis kelamin':<15}: {sex}")
    lines += [f"Kesalahan: {m}" for m in result["errors"]]
    lines += [f"Peringatan: {m}" for m in result["warnings"]]
    return "\n".join(lines)


COMMAND = Command(
    name="nik",
    help="periksa sebuah NIK dan tampilkan wilayah, tanggal lahir, dan jenis kelamin",
    configure=_configure,
    run=_run,
    render=_render,
    order=80,
)
