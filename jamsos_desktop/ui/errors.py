"""Errors on screen: a `UserError` is shown as its Indonesian sentence; anything else as a
short apology naming the log file, where the traceback goes. Never a traceback on screen."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jamsos_desktop.errors import Cancelled, ConflictError, PermissionDenied, UserError

log = logging.getLogger("jamsos_desktop.ui")

# Tests replace this to collect messages instead of opening modal boxes.
MESSAGE_SINK: list[tuple[str, str]] | None = None


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str | None = None) -> None:
    if MESSAGE_SINK is not None:
        MESSAGE_SINK.append((title, text))
        return
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def message_for(exc: BaseException) -> tuple[str, str]:
    """(title, text) for an exception, in Indonesian."""
    if isinstance(exc, ConflictError):
        return "Data telah berubah", exc.message
    if isinstance(exc, PermissionDenied):
        return "Tidak diizinkan", exc.message
    if isinstance(exc, UserError):
        return "Tidak dapat dilanjutkan", exc.message
    if isinstance(exc, Cancelled):
        return "Dibatalkan", "Pekerjaan dibatalkan; tidak ada data yang berubah."
    from jamsos_desktop.logging_setup import log_exception

    log_file = log_exception(exc)
    return ("Kesalahan tak terduga",
            "Terjadi kesalahan tak terduga dan pekerjaan terakhir tidak diselesaikan. "
            "Data yang sudah tersimpan tetap aman.\n\n"
            f"Rincian teknis dicatat di berkas log:\n{log_file}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title, text = message_for(exc)
    icon = QMessageBox.Icon.Warning if isinstance(exc, UserError | Cancelled) \
        else QMessageBox.Icon.Critical
    _box(parent, icon, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text)


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Uncaught exceptions in slots and threads end in a message box (and the log), not
    on a console the clerk never sees, and never abort the program."""
    sys.excepthook = _hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        from jamsos_desktop.logging_setup import log_exception

        if args.exc_value is not None:
            log_exception(args.exc_value)

    threading.excepthook = thread_hook
