"""`jamsos-desktop [--db PATH] pulihkan FILE [--pengguna NAMA] [--json]`: put a backup back.
The backup is verified, the current database is copied first, then replaced."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag, db_path
from jamsos_desktop.cli.commands._dbopen import add_user_flag, sign_in_for_cli


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan (.db)")
    add_user_flag(p)
    add_json_flag(p)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.errors import UserError
    from jamsos_desktop.services import backup
    from jamsos_desktop.store import open_store

    check = backup.verify_backup(args.file)  # before touching (or creating) the database
    if not check.ok:
        raise UserError(f"Cadangan '{args.file}' tidak dapat dipulihkan: "
                        + "; ".join(check.problems) + ".", code="restore.invalid")
    store = open_store(db_path(args))
    try:
        sign_in_for_cli(store, args)
        return backup.restore(store, args.file)
    finally:
        store.close()


def render(result: dict[str, Any]) -> str:
    return (f"Basis data dipulihkan dari {result['restored_from']} "
            f"({result['counts'].get('workers', 0)} pegawai). Keadaan sebelum pemulihan "
            f"disimpan di {result['pre_restore_snapshot']}.")


COMMAND = Command("pulihkan", "pulihkan basis data dari berkas cadangan (administrator)",
                  configure, run, render, order=61)
