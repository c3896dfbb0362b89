"""`jamsos-desktop [--db PATH] periksa [--perbaiki-indeks] [--json]`: integrity and
consistency checks with a readable report. Exit code 1 when damage (not mere warnings) is
found, so a scheduled check can alert someone."""

from __future__ import annotations

import argparse
import json
from typing import Any

from jamsos_desktop.cli import EXIT_FAILURE, Command, add_json_flag
from jamsos_desktop.cli.commands._dbopen import open_existing


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--perbaiki-indeks", action="store_true",
                   help="bangun ulang indeks pencarian sebelum memeriksa")
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services import backup

    store = open_existing(args)
    try:
        if args.perbaiki_indeks:
            backup.repair_search_index(store)
        report = backup.check_database(store).to_dict()
    finally:
        store.close()
    if not report["ok"]:
        # The framework only turns exceptions into exit codes; print here, then exit 1.
        print(json.dumps(report, ensure_ascii=False, default=str) if args.json
              else backup.render_report(report))
        raise SystemExit(EXIT_FAILURE)
    return report


def render(result: dict[str, Any]) -> str:
    from jamsos_desktop.services.backup import render_report

    return render_report(result)


COMMAND = Command("periksa", "periksa keutuhan dan konsistensi basis data", configure, run,
                  render, order=62)
