"""Sign-in, first administrator, session lock after inactivity, and the start/close duties of
the security area.

Integration (called by ui/app.py and the main window):
- `ensure_signed_in(store, parent) -> bool` right after `open_store`: warns about a network
  drive, takes the single-instance lock (asks "hanya-baca / tetap buka / batal" when another
  copy holds it), runs first-run admin creation or sign-in, then the daily snapshot
  (`services.backup.auto_snapshot(store, "mulai")`). False: the user cancelled — quit.
- `install_session_lock(window, store)` once the main window exists: locks the session after
  the configured minutes without keyboard/mouse input.
- `shutdown(store)` when the window closes, before `store.close()`: the closing snapshot
  (only when something changed) and the release of the instance lock.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import backup, instance, users
from jamsos_desktop.store import Store
from jamsos_desktop.store.db import connect
from jamsos_desktop.ui.generated.ui_first_admin_dialog import Ui_FirstAdminDialog
from jamsos_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog

log = logging.getLogger(__name__)

# Locks held by this process, per open store (released by `shutdown`).
_LOCKS: dict[int, instance.InstanceLock] = {}
_READONLY: set[int] = set()
# Tests set this to a callable(title, text, buttons) -> chosen button text.
ASK: Any = None


class LoginDialog(QDialog):
    """User name and password. In lock mode the user name is fixed (the session owner) and a
    second button lets another person sign in instead."""

    switch_user_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 lock_mode: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.lock_mode = lock_mode
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.username, self.password, self.message = ui.username, ui.password, ui.message
        if lock_mode:
            self.setWindowTitle("Sesi terkunci")
            ui.introLabel.setText(f"Sesi dikunci karena tidak ada aktivitas. Masukkan kata "
                                  f"sandi '{store.user}' untuk melanjutkan.")
            self.username.setText(store.user)
            self.username.setReadOnly(True)
        # The buttons differ per mode, so they are added here rather than in the form.
        buttons = ui.buttons
        self.ok = buttons.addButton("Buka kunci" if lock_mode else "Masuk",
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        if lock_mode:
            other = buttons.addButton("Masuk sebagai pengguna lain",
                                      QDialogButtonBox.ButtonRole.ActionRole)
            other.clicked.connect(self._switch)
        else:
            buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        (self.password if lock_mode else self.username).setFocus()

    def try_sign_in(self) -> bool:
        try:
            if self.lock_mode:
                users.unlock_session(self.store, self.password.text())
            else:
                users.sign_in(self.store, self.username.text(), self.password.text())
        except UserError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True

    def _switch(self) -> None:
        self.switch_user_requested.emit()
        self.done(2)

    def reject(self) -> None:
        if self.lock_mode:  # a locked session is not dismissed with Esc
            return
        super().reject()


class FirstAdminDialog(QDialog):
    """First run: create the administrator (or choose to work without sign-in)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.username, self.full_name = ui.username, ui.fullName
        self.password, self.confirm, self.message = ui.password, ui.confirm, ui.message
        ui.passwordLabel.setText(ui.passwordLabel.text().replace("%1", str(users.MIN_PASSWORD)))
        buttons = ui.buttons
        self.create = buttons.addButton("Buat akun", QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip = buttons.addButton("Tanpa kata sandi (satu pengguna)",
                                      QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        self.skip.clicked.connect(self.without_signin)

    def try_create(self) -> bool:
        if self.password.text() != self.confirm.text():
            self.message.setText("Kedua kata sandi tidak sama.")
            return False
        try:
            users.create_first_admin(self.store, self.username.text(), self.password.text(),
                                     self.full_name.text().strip() or None)
        except UserError as exc:
            self.message.setText(exc.message)
            return False
        self.accept()
        return True

    def without_signin(self) -> None:
        """One-person office: sign-in off; the administrator can switch it on later."""
        users.start_without_signin(self.store)
        users.set_signin_enabled(self.store, False)
        self.accept()


def _ask(parent: QWidget | None, title: str, text: str, buttons: list[str]) -> str:
    if ASK is not None:
        return str(ASK(title, text, buttons))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    made = [box.addButton(b, QMessageBox.ButtonRole.ActionRole) for b in buttons]
    box.exec()
    clicked = box.clickedButton()
    return next((b for b, m in zip(buttons, made, strict=True) if m is clicked), buttons[-1])


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    if ASK is not None:
        ASK(title, text, ["OK"])
        return
    QMessageBox.warning(parent, title, text)


def ensure_signed_in(store: Store, parent: QWidget | None = None) -> bool:
    warning = instance.network_warning(store.path)
    if warning:
        _warn(parent, "Basis data di drive jaringan", warning)
    readonly = False
    lock = instance.InstanceLock(store.path)
    holder = lock.acquire()
    if holder is not None:
        choice = _ask(parent, "Basis data sedang dibuka", instance.in_use_message(holder),
                      ["Buka hanya-baca", "Tetap buka", "Batal"])
        if choice == "Batal":
            return False
        readonly = choice == "Buka hanya-baca"
    else:
        _LOCKS[id(store)] = lock
    if users.needs_first_admin(store):
        if FirstAdminDialog(store, parent).exec() != QDialog.DialogCode.Accepted:
            return _abort(store)
    elif users.signin_enabled(store):
        if LoginDialog(store, parent).exec() != QDialog.DialogCode.Accepted:
            return _abort(store)
    else:
        users.start_without_signin(store)
    if id(store) in _LOCKS:
        _LOCKS[id(store)].set_user(store.user)
    if readonly:
        # Signed in on the writable connection (the sign-in is audited); now swap it for a
        # read-only one, so nothing this window does can write, whatever the code path.
        store.conn.close()
        store.conn = connect(store.path, readonly=True)
        store.role = "operator"
        _READONLY.add(id(store))
        return True
    backup.auto_snapshot(store, "mulai")
    return True


def _abort(store: Store) -> bool:
    lock = _LOCKS.pop(id(store), None)
    if lock:
        lock.release()
    return False


def is_readonly(store: Store) -> bool:
    return id(store) in _READONLY


def shutdown(store: Store) -> None:
    """At close, before `store.close()`: the closing snapshot and the lock's release."""
    try:
        if id(store) not in _READONLY:
            backup.auto_snapshot(store, "tutup")
    finally:
        _READONLY.discard(id(store))
        lock = _LOCKS.pop(id(store), None)
        if lock:
            lock.release()


_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


class SessionLock(QObject):
    """Application-wide event filter: any keyboard or mouse input restarts the timer; when it
    runs out, the window is covered by a lock dialog until the user's password is typed."""

    locked = Signal()
    unlocked = Signal()
    user_changed = Signal()

    def __init__(self, window: QWidget, store: Store, minutes: int | None = None, *,
                 interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.is_locked = False
        self.set_minutes(users.idle_minutes(store) if minutes is None else minutes,
                         interval_ms=interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        self.timer.stop()
        if interval_ms is None and minutes <= 0:
            return
        self.timer.setInterval(interval_ms if interval_ms is not None else minutes * 60_000)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in _ACTIVITY and self.timer.interval() > 0 \
                and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def lock(self) -> None:
        try:
            enabled = users.signin_enabled(self.store)
        except sqlite3.ProgrammingError:  # the store was closed under a late timer
            self.stop()
            return
        if self.is_locked or not enabled:
            return
        self.is_locked = True
        self.locked.emit()
        dialog = LoginDialog(self.store, self.window, lock_mode=True)
        result = dialog.exec()
        if result == 2:  # someone else signs in
            users.sign_out(self.store)
            while LoginDialog(self.store, self.window).exec() != QDialog.DialogCode.Accepted:
                pass
            self.user_changed.emit()
        self.is_locked = False
        self.unlocked.emit()
        self.timer.start()


def install_session_lock(window: QWidget, store: Store) -> SessionLock | None:
    """The inactivity lock, when sign-in is on (kept alive as a child of `window`)."""
    if not users.signin_enabled(store):
        return None
    return SessionLock(window, store)


__all__ = ["FirstAdminDialog", "LoginDialog", "SessionLock", "ensure_signed_in",
           "install_session_lock", "is_readonly", "shutdown"]

