"""`jamsos-desktop [--db PATH] cek FILE.pdf|KODE [--json]`: "Cek keaslian dokumen" — is this
PDF (by SHA-256) or this verification code (from a page footer) in the register? Exit 0 with
the verdict either way; a verdict is not an input error."""

from __future__ import annotations

import argparse
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag
from jamsos_desktop.cli.commands.cetak import check


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", metavar="FILE|KODE", help="berkas PDF atau kode verifikasi")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    return check(args.target, args)


def render(result: dict[str, Any]) -> str:
    return str(result["message"])


COMMAND = Command("cek", "cek keaslian dokumen: berkas PDF atau kode verifikasi", configure,
                  run, render, order=41)
