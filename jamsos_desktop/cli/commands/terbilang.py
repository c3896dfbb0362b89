"""`jamsos-desktop terbilang JUMLAH [--json]`: an amount in words, as written in documents."""

from __future__ import annotations

import argparse
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.domain.money import format_rupiah, parse_rupiah
from jamsos_desktop.domain.terbilang import terbilang_rupiah


def _configure(parser: argparse.ArgumentParser) -> None:
    # nargs="+" so "terbilang 1,5 jt" and "terbilang Rp 2.015.000" work without quotes.
    parser.add_argument("amount", nargs="+", metavar="JUMLAH",
                        help="jumlah rupiah, misalnya 2.015.000, Rp2.015.000 atau 1,5 jt")
    add_json_flag(parser)


def _run(args: argparse.Namespace) -> dict[str, Any]:
    amount = parse_rupiah(" ".join(args.amount))
    return {"amount": amount, "formatted": format_rupiah(amount),
            "terbilang": terbilang_rupiah(amount)}


def _render(result: dict[str, Any]) -> str:
    return str(result["terbilang"])


COMMAND = Command(
    name="terbilang",
    help="tulis jumlah rupiah dengan huruf (terbilang) seperti pada surat dinas",
    configure=_configure,
    run=_run,
    render=_render,
)
