"""`run_gui(db_path)`: the desktop application (what `jamsos-desktop` with no subcommand
starts)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from jamsos_desktop import APP_ID, APP_NAME, __version__
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, open_store


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: names for QSettings, Indonesian locale and Qt
    translations, the exception hook and the log file."""
    from jamsos_desktop import logging_setup, paths
    from jamsos_desktop.ui import errors, i18n

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    icon = paths.resource("icons", "jamsos.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not getattr(app, "_jamsos_ready", False):
        i18n.install(app)
        logging_setup.configure()
        errors.install_excepthook()
        app._jamsos_ready = True  # type: ignore[attr-defined]
    return app


def _login_module() -> Any:
    """The security area's sign-in module (`jamsos_desktop.ui.login`), if this build has it:
    `ensure_signed_in(store, parent) -> bool`, `install_session_lock(window, store)`,
    `shutdown(store)`. Without it everyone works as administrator (the store's default)."""
    try:
        return importlib.import_module("jamsos_desktop.ui.login")
    except ModuleNotFoundError as exc:
        if exc.name != "jamsos_desktop.ui.login":
            raise
        return None


def sign_in(store: Store, parent: QWidget | None = None) -> bool:
    login = _login_module()
    return True if login is None else bool(login.ensure_signed_in(store, parent))


def run_gui(db_path: Path | str) -> int:
    app = make_application()
    from jamsos_desktop.services import units as unit_service
    from jamsos_desktop.ui.errors import show_error
    from jamsos_desktop.ui.main_window import MainWindow

    try:
        store = open_store(db_path)
    except UserError as exc:
        show_error(None, exc)
        return 2
    window: MainWindow | None = None
    login = _login_module()
    try:
        if not sign_in(store):
            return 0
        if unit_service.profile_is_empty(store):
            from jamsos_desktop.ui.first_run import FirstRunWizard

            FirstRunWizard(store).exec()
        window = MainWindow(store)
        if login is not None and hasattr(login, "install_session_lock"):
            login.install_session_lock(window, store)
        window.show()
        return app.exec()
    finally:
        if window is not None:
            window.close()  # saves settings, stops timers before the store goes
        if login is not None and hasattr(login, "shutdown"):
            login.shutdown(store)
        store.close()
