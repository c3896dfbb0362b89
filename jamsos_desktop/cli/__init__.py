"""Command line: `jamsos-desktop [--db PATH] SUBCOMMAND …`; with no subcommand, the GUI.

Every subcommand is a module in `jamsos_desktop.cli.commands` exposing `COMMAND`, a
`Command`; they are discovered, so adding one touches no shared list. Each calls the same
services the GUI uses. Exit codes: 0 success, 2 bad input (one Indonesian line on stderr),
1 anything else (a short message; the traceback goes to the log file, not the screen).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop import __version__
from jamsos_desktop.errors import UserError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    # run returns a JSON-able dict (printed as JSON with --json, else via `render`) or None.
    run: Callable[[argparse.Namespace], dict[str, Any] | None]
    render: Callable[[dict[str, Any]], str] | None = None
    order: int = 50


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        # argparse passes prefix="" when it builds a subcommand's name: keep that.
        super().add_usage(usage, actions, groups,
                          prefix="Penggunaan: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, with Indonesian messages and help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(_translate_argparse(message))


def _translate_argparse(message: str) -> str:
    replacements = [
        ("the following arguments are required:", "argumen berikut wajib diisi:"),
        ("unrecognized arguments:", "argumen tidak dikenal:"),
        ("invalid choice:", "pilihan tidak sah:"),
        ("choose from", "pilih dari"),
        ("expected one argument", "memerlukan satu nilai"),
        ("invalid int value:", "bukan bilangan bulat:"),
        ("argument", "argumen"),
    ]
    for en, ind in replacements:
        message = message.replace(en, ind)
    return f"Perintah tidak sah: {message}."


def discover_commands() -> list[Command]:
    from jamsos_desktop.cli import commands as package

    found: list[Command] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        command = getattr(module, "COMMAND", None)
        if isinstance(command, Command):
            found.append(command)
    return sorted(found, key=lambda c: (c.order, c.name))


def build_parser(commands: Sequence[Command]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jamsos-desktop",
        description="Jamsos Desktop — kepesertaan BPJS Ketenagakerjaan pekerja non-ASN pemda. "
        "Tanpa subperintah, aplikasi desktop dibuka.",
    )
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="tampilkan versi program lalu keluar")
    sub = parser.add_subparsers(dest="command", metavar="SUBPERINTAH", parser_class=_Parser)
    for command in commands:
        p = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(p)
        p.set_defaults(_command=command)
    return parser


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="cetak hasil sebagai satu objek JSON")


def db_path(args: argparse.Namespace) -> Path:
    from jamsos_desktop.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        commands = discover_commands()
        parser = build_parser(commands)
        args = parser.parse_args(argv)
        command: Command | None = getattr(args, "_command", None)
        if command is None:
            from jamsos_desktop.ui.app import run_gui

            return run_gui(db_path(args))
        result = command.run(args)
        if result is not None:
            if getattr(args, "json", False):
                print(json.dumps(result, ensure_ascii=False, default=str))
            elif command.render is not None:
                print(command.render(result))
            else:
                print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    except UserError as exc:
        print(f"Kesalahan: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_FAILURE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_OK
    except BaseException as exc:  # noqa: BLE001 - last resort: never a traceback on screen
        # (BaseException, after the interrupt and exit cases above: a Rust panic raised by a
        # native library, e.g. pyo3's PanicException, is not an Exception.)
        from jamsos_desktop.logging_setup import log_exception

        log_file = log_exception(exc)
        print(f"Terjadi kesalahan tak terduga: {exc}. Rincian dicatat di {log_file}.",
              file=sys.stderr)
        return EXIT_FAILURE
