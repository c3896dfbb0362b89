"""`jamsos-desktop [--db PATH] info [--json]`: path, schema version, counts by status."""

from __future__ import annotations

import argparse
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag, db_path
from jamsos_desktop.services.info import database_info, render_info


def configure(p: argparse.ArgumentParser) -> None:
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.store import open_store

    store = open_store(db_path(args))
    try:
        return database_info(store)
    finally:
        store.close()


COMMAND = Command("info", "tampilkan lokasi basis data, versi skema dan jumlah pegawai",
                  configure, run, render_info, order=11)
