"""The security GUI (offscreen): login and first-admin dialogs, the start/close duties,
the session lock, and the settings page with users, backups, check and audit log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from jamsos_desktop.services import backup, instance, users
from jamsos_desktop.store import Store
from jamsos_desktop.ui import login
from jamsos_desktop.ui.pages import pengaturan_keamanan as page_mod

pytestmark = pytest.mark.usefixtures("_sync")  # tasks inline, messages collected


def test_login_dialog_signs_in_and_shows_refusals(qtbot: Any, store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    users.sign_out(store)
    dialog = login.LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("salah-salah")
    assert not dialog.try_sign_in()
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    dialog.password.setText("rahasia-123")
    assert dialog.try_sign_in()
    assert dialog.result() == QDialog.DialogCode.Accepted and store.role == "admin"


def test_first_admin_dialog(qtbot: Any, store: Store) -> None:
    dialog = login.FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    dialog.password.setText("rahasia-123")
    dialog.confirm.setText("rahasia-124")
    assert not dialog.try_create() and "tidak sama" in dialog.message.text()
    dialog.confirm.setText("rahasia-123")
    assert dialog.try_create()
    assert users.signin_enabled(store) and store.user == "admin"


def test_first_run_without_signin(qtbot: Any, store: Store) -> None:
    dialog = login.FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    dialog.without_signin()
    assert not users.signin_enabled(store) and not users.needs_first_admin(store)


def test_ensure_signed_in_takes_lock_snapshots_and_shutdown_releases(
        qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")

    def fake_exec(self: login.LoginDialog) -> int:
        self.username.setText("admin")
        self.password.setText("rahasia-123")
        return QDialog.DialogCode.Accepted if self.try_sign_in() else 0

    monkeypatch.setattr(login.LoginDialog, "exec", fake_exec)
    assert login.ensure_signed_in(demo_store)
    assert [b.reason for b in backup.list_backups(demo_store.path)] == ["harian"]
    holder = instance.InstanceLock(demo_store.path).acquire()
    assert holder is not None and holder.user == "admin"
    login.shutdown(demo_store)
    free = instance.InstanceLock(demo_store.path)
    assert free.acquire() is None
    free.release()


def test_second_copy_can_open_read_only(qtbot: Any, demo_store: Store,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.set_signin_enabled(demo_store, False)  # no dialog: straight to the OS user
    other = instance.InstanceLock(demo_store.path)
    assert other.acquire() is None
    asked: list[str] = []
    monkeypatch.setattr(login, "ASK", lambda title, text, buttons: (
        asked.append(text), "Buka hanya-baca")[1])
    try:
        assert login.ensure_signed_in(demo_store)
    finally:
        other.release()
    assert asked and asked[0].startswith("Basis data sedang dibuka oleh")
    assert login.is_readonly(demo_store) and demo_store.role == "operator"
    with pytest.raises(Exception, match=r"readonly|read-only"):
        demo_store.conn.execute("DELETE FROM workers")
    login.shutdown(demo_store)


def test_second_copy_cancel(qtbot: Any, demo_store: Store,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    other = instance.InstanceLock(demo_store.path)
    assert other.acquire() is None
    monkeypatch.setattr(login, "ASK", lambda *a: "Batal")
    try:
        assert not login.ensure_signed_in(demo_store)
    finally:
        other.release()


def test_session_locks_after_inactivity(qtbot: Any, store: Store,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    shown: list[bool] = []

    def fake_exec(self: login.LoginDialog) -> int:
        shown.append(self.lock_mode)
        self.password.setText("rahasia-123")
        return QDialog.DialogCode.Accepted if self.try_sign_in() else 0

    monkeypatch.setattr(login.LoginDialog, "exec", fake_exec)
    window = QWidget()
    qtbot.addWidget(window)
    lock = login.SessionLock(window, store, interval_ms=50)
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        pass
    assert shown == [True] and not lock.is_locked
    lock.stop()
    second = login.install_session_lock(window, store)
    assert second is not None and second.timer.interval() == 15 * 60_000
    second.stop()


def test_settings_page_for_admin(qtbot: Any, demo_store: Store, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    page = page_mod.SecuritySettingsPage(demo_store)
    qtbot.addWidget(page)
    assert page.users_tab.add_button.isEnabled()
    # Add an operator through the page.
    answers = iter(["siti", "rahasia-456"])
    monkeypatch.setattr(page_mod, "ASK_TEXT", lambda *a: next(answers))
    monkeypatch.setattr(page_mod, "CONFIRM", lambda *a: False)
    page.users_tab.add_user()
    assert page.users_tab.table.rowCount() == 2
    # Backups: now, to a folder, then restore the selected one.
    page.backups_tab.backup_now()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(page_mod, "CHOOSE_FOLDER", lambda: str(usb))
    page.backups_tab.backup_to()
    assert len(list(usb.iterdir())) == 1
    assert page.backups_tab.table.rowCount() == 1
    demo_store.conn.execute("DELETE FROM workers WHERE id <= 10")
    page.backups_tab.table.selectRow(0)
    monkeypatch.setattr(page_mod, "CONFIRM", lambda *a: True)
    with qtbot.waitSignal(page.database_restored, timeout=3000):
        page.backups_tab.restore_selected()
    assert demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 300
    # Health check report.
    page.check_tab.check()
    assert page.check_tab.last is not None and page.check_tab.last["ok"]
    assert "Hasil: baik" in page.check_tab.report.toPlainText()
    # Audit log with a filter.
    page.audit_tab.refresh()
    assert page.audit_tab.table.rowCount() > 0
    index = page.audit_tab.action.findData("restore")
    page.audit_tab.action.setCurrentIndex(index)
    page.audit_tab.reload()
    assert page.audit_tab.table.rowCount() >= 1
    assert all(page.audit_tab.table.item(r, 2).text() == "Pulihkan"
               for r in range(page.audit_tab.table.rowCount()))
    # Session settings.
    page.session_tab.minutes.setValue(7)
    page.session_tab.apply()
    assert users.idle_minutes(demo_store) == 7


def test_settings_page_for_operator_disables_admin_actions(
        qtbot: Any, demo_store: Store, _sync: list[tuple[str, str]]) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "siti", "rahasia-456")
    users.sign_in(demo_store, "siti", "rahasia-456")
    page = page_mod.SecuritySettingsPage(demo_store)
    qtbot.addWidget(page)
    assert not page.users_tab.add_button.isEnabled()
    assert not page.backups_tab.restore_button.isEnabled()
    assert not page.session_tab.save.isEnabled()
    assert page.users_tab.own_button.isEnabled()
    # Even if a button were reached, the service refuses with the Indonesian message.
    page.run(users.set_idle_minutes, demo_store, 1)
    assert _sync[-1] == ("Tidak diizinkan",
                          "Tindakan ini hanya boleh dilakukan oleh administrator.")
