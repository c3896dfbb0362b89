"""Shared by the maintenance commands: open an existing database (never create one by
accident from a mistyped --db) and act as a signed-in user when sign-in is on."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from jamsos_desktop.cli import db_path
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, open_store


def open_existing(args: argparse.Namespace) -> Store:
    path = db_path(args)
    if not path.is_file():
        raise UserError(f"Berkas basis data '{path}' tidak ditemukan.", code="db.missing")
    return open_store(path)


def add_user_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pengguna", metavar="NAMA",
                   help="nama pengguna administrator (wajib bila kewajiban masuk aktif); "
                        "kata sandi dibaca dari JAMSOS_SANDI atau ditanyakan")


def sign_in_for_cli(store: Store, args: argparse.Namespace) -> None:
    """With sign-in on, an administrator action from the command line needs an administrator
    account too: the lock on the GUI would mean little if the CLI bypassed it."""
    from jamsos_desktop.services import users

    if not users.signin_enabled(store):
        users.start_without_signin(store)
        return
    name = getattr(args, "pengguna", None)
    if not name:
        raise UserError("Kewajiban masuk aktif: sebutkan --pengguna NAMA (administrator).",
                        code="auth.required")
    password = os.environ.get("JAMSOS_SANDI")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError("Kata sandi tidak diberikan (isi variabel JAMSOS_SANDI atau "
                            "jalankan dari terminal).", code="auth.required")
        password = getpass.getpass("Kata sandi: ")
    users.sign_in(store, name, password)
