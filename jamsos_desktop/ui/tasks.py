"""Long work off the GUI thread, with a progress dialog and Cancel (the window never freezes).

Services take `progress(done, total, text="")`; the callback given here raises `Cancelled`
once the user pressed Cancel, so the service's transaction rolls back. The function runs on
a worker thread and must not touch widgets; results come back to the GUI thread through
signals (`on_done` / `on_error`). Work that uses the database should open its own
connection (`open_store(path)`) — SQLite connections are not shared across threads here.
Tests set `TASKS_SYNCHRONOUS = True` to run the function inline, deterministically.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jamsos_desktop.errors import Cancelled

TASKS_SYNCHRONOUS = False
Progress = Callable[..., None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        def progress(done: int, total: int, text: str = "") -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.signals.progress.emit(int(done), int(total), str(text))

        try:
            result = self.fn(progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread as an error
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_task(parent: QWidget | None, title: str, fn: Callable[[Progress], Any], *,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             cancellable: bool = True, label: str = "Mohon tunggu…") -> QProgressDialog | None:
    """Run `fn(progress)` in the thread pool behind a modal progress dialog. `on_error`
    receives `Cancelled` when the user cancelled."""
    if TASKS_SYNCHRONOUS:
        try:
            result = fn(lambda *a, **k: None)
        except BaseException as exc:  # noqa: BLE001 - same contract as the threaded path
            on_error(exc)
        else:
            on_done(result)
        return None
    dialog = QProgressDialog(label, "Batal" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs finish without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    cancel = threading.Event()
    signals = _Signals()
    dialog.canceled.connect(cancel.set)
    dialog.canceled.connect(lambda: dialog.setLabelText("Membatalkan…"))

    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.close()
        signals.deleteLater()
        callback(value)

    signals.progress.connect(show_progress)
    signals.done.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(fn, signals, cancel))
    return dialog
