"""`python -m jamsos_desktop` is the same as the `jamsos-desktop` command, and this file is the
entry point of the frozen programs (`JamsosDesktop`, `JamsosDesktop-cli`, see installer.spec).

`multiprocessing.freeze_support()` comes first: should any code start a "spawn" child
process, a frozen program started as that child must run the child's task and exit instead of
parsing the command line and opening a second window. The demo generator of a big demo
(`services.demo._parallel_chunks`) runs in such a child.

`JAMSOS_SMOKE_EXIT_MS=N` (smoke tests of the bundle, tests/installer): once the main window
(a QMainWindow) is visible, write `JAMSOS_SMOKE window-shown <ms since start>` to stderr and
quit the event loop N ms later (exit code 0). A modal dialog shown instead (first-run wizard,
an error box) is reported as `JAMSOS_SMOKE dialog '<title>'`; if no main window appears within
60 s the process ends with exit code 3. It hooks `QApplication.exec` and `QDialog.exec` /
`QMessageBox.exec` (whichever event loop runs first) so the GUI code needs no test branch.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

_STARTED = time.perf_counter()
SMOKE_ENV = "JAMSOS_SMOKE_EXIT_MS"
SMOKE_NO_WINDOW_EXIT = 3
_SMOKE_TIMEOUT_MS = 60_000


def _smoke_report(line: str) -> None:
    if sys.stderr is not None:  # a windowed program on Windows has no stderr
        print(line, file=sys.stderr, flush=True)


def install_smoke_exit(delay_ms: int) -> None:
    """Make the GUI quit `delay_ms` after its main window shows (see module docstring)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

    polling = False
    waited = 0
    reported: set[int] = set()

    def poll() -> None:
        nonlocal waited
        visible = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
        if any(isinstance(w, QMainWindow) for w in visible):
            shown_ms = (time.perf_counter() - _STARTED) * 1000
            _smoke_report(f"JAMSOS_SMOKE window-shown {shown_ms:.0f}")
            QTimer.singleShot(delay_ms, QApplication.quit)
            return
        for widget in visible:
            if isinstance(widget, QDialog) and id(widget) not in reported:
                reported.add(id(widget))
                _smoke_report(f"JAMSOS_SMOKE dialog {widget.windowTitle()!r}")
        waited += 20
        if waited >= _SMOKE_TIMEOUT_MS:
            _smoke_report("JAMSOS_SMOKE no-window")
            os._exit(SMOKE_NO_WINDOW_EXIT)  # also from inside a modal dialog's event loop
        QTimer.singleShot(20, poll)

    def start_polling() -> None:
        nonlocal polling
        if not polling and QApplication.instance() is not None:
            polling = True
            QTimer.singleShot(0, poll)

    app_exec = QApplication.exec
    dialog_exec = QDialog.exec
    box_exec = QMessageBox.exec

    def app_exec_watched(*_args: object) -> int:
        start_polling()
        return app_exec()

    def dialog_exec_watched(self: QDialog) -> int:
        start_polling()
        return dialog_exec(self)

    def box_exec_watched(self: QMessageBox) -> int:
        start_polling()
        return box_exec(self)

    QApplication.exec = app_exec_watched  # type: ignore[method-assign]
    QDialog.exec = dialog_exec_watched  # type: ignore[method-assign]
    QMessageBox.exec = box_exec_watched  # type: ignore[method-assign]


def run() -> int:
    multiprocessing.freeze_support()
    smoke = os.environ.get(SMOKE_ENV, "").strip()
    if smoke.isdigit():
        install_smoke_exit(int(smoke))
    from jamsos_desktop.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
