"""Pengaturan › Keamanan dan Cadangan: users, backups ("Cadangkan ke…", restore), the health
check, the audit log, and sign-in settings.

Integration note for the main window (ui/main_window.py, ui/app.py):
- Embed `SecuritySettingsPage(store, parent)` (a QTabWidget; each tab's layout is a form,
  forms/security_*_tab.ui).
- Connect `page.database_restored` to a full reload of every page (the content of the file
  changed underneath them).
- At start-up call `jamsos_desktop.ui.login.ensure_signed_in(store, parent)` (sign-in,
  instance lock, network-drive warning, daily snapshot); after the main window exists
  `jamsos_desktop.ui.login.install_session_lock(window, store)`; at close, before
  `store.close()`, `jamsos_desktop.ui.login.shutdown(store)` (closing snapshot, lock
  release).
Administrator-only buttons are disabled for operators; the services refuse them anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from jamsos_desktop.domain.money import format_number
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import audit, backup, users
from jamsos_desktop.store import Store
from jamsos_desktop.store.audit import AuditFilter
from jamsos_desktop.ui.errors import show_error, show_info
from jamsos_desktop.ui.generated.ui_security_audit_tab import Ui_SecurityAuditTab
from jamsos_desktop.ui.generated.ui_security_backups_tab import Ui_SecurityBackupsTab
from jamsos_desktop.ui.generated.ui_security_check_tab import Ui_SecurityCheckTab
from jamsos_desktop.ui.generated.ui_security_session_tab import Ui_SecuritySessionTab
from jamsos_desktop.ui.generated.ui_security_users_tab import Ui_SecurityUsersTab

# Tests replace these to answer dialogs without opening them.
CHOOSE_FOLDER: Any = None
CHOOSE_FILE: Any = None
CONFIRM: Any = None
ASK_TEXT: Any = None

AUDIT_PAGE = 200


def _fit_columns(table: QTableWidget) -> None:
    # A form can stretch the last section but not size every section to its contents.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _set_row(table: QTableWidget, row: int, values: list[Any], data: Any = None) -> None:
    for col, value in enumerate(values):
        item = QTableWidgetItem("" if value is None else str(value))
        if col == 0 and data is not None:
            item.setData(256, data)  # Qt.UserRole
        table.setItem(row, col, item)


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    if CONFIRM is not None:
        return bool(CONFIRM(title, text))
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _ask_text(parent: QWidget, title: str, label: str, password: bool = False) -> str | None:
    if ASK_TEXT is not None:
        return ASK_TEXT(title, label)  # type: ignore[no-any-return]
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None


class SecuritySettingsPage(QTabWidget):
    database_restored = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.users_tab = UsersTab(self)
        self.backups_tab = BackupsTab(self)
        self.check_tab = CheckTab(self)
        self.audit_tab = AuditTab(self)
        self.session_tab = SessionTab(self)
        self.addTab(self.users_tab, "Pengguna")
        self.addTab(self.backups_tab, "Cadangan")
        self.addTab(self.check_tab, "Pemeriksaan")
        self.addTab(self.audit_tab, "Log audit")
        self.addTab(self.session_tab, "Masuk dan sesi")
        self.refresh()

    @property
    def is_admin(self) -> bool:
        return self.store.role == "admin"

    def refresh(self) -> None:
        for tab in (self.users_tab, self.backups_tab, self.audit_tab, self.session_tab):
            tab.refresh()

    def run(self, action: Any, *args: Any, done: str | None = None) -> Any:
        """Call a service; a refusal is shown as its message; the page is refreshed."""
        try:
            result = action(*args)
        except UserError as exc:
            show_error(self, exc)
            return None
        if done:
            show_info(self, "Selesai", done)
        self.refresh()
        return result if result is not None else True


class UsersTab(QWidget):
    def __init__(self, page: SecuritySettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ui = Ui_SecurityUsersTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.note, self.table = ui.noteLabel, ui.table
        _fit_columns(self.table)
        self.add_button, self.role_button = ui.addButton, ui.roleButton
        self.active_button, self.reset_button = ui.activeButton, ui.resetButton
        self.unlock_button, self.own_button = ui.unlockButton, ui.ownButton
        self.admin_buttons = [self.add_button, self.role_button, self.active_button,
                              self.reset_button, self.unlock_button]
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.toggle_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.own_button.clicked.connect(self.change_own)

    def refresh(self) -> None:
        rows = users.list_users(self.page.store)
        self.table.setRowCount(len(rows))
        for i, u in enumerate(rows):
            _set_row(self.table, i, [u["username"], u["full_name"], users.ROLES[u["role"]],
                                     "aktif" if u["active"] else "nonaktif",
                                     u["locked_until"] or ""], u)
        admin = self.page.is_admin
        for b in self.admin_buttons:
            b.setEnabled(admin)
        self.own_button.setEnabled(any(u["username"].lower() == self.page.store.user.lower()
                                       for u in rows))
        self.note.setText(
            f"Masuk sebagai: {self.page.store.user} ({users.ROLES.get(self.page.store.role)})."
            + ("" if admin else " Pengelolaan pengguna hanya untuk administrator."))

    def selected(self) -> dict[str, Any] | None:
        items = self.table.selectedItems()
        if not items:
            show_info(self, "Pilih pengguna", "Pilih satu pengguna di tabel terlebih dahulu.")
            return None
        return self.table.item(items[0].row(), 0).data(256)  # type: ignore[no-any-return]

    def add_user(self) -> None:
        name = _ask_text(self, "Tambah pengguna", "Nama pengguna:")
        if not name:
            return
        password = _ask_text(self, "Tambah pengguna",
                             f"Kata sandi awal (min. {users.MIN_PASSWORD} karakter):", True)
        if password is None:
            return
        admin = _confirm(self, "Peran", "Jadikan administrator? (Tidak = operator)")
        self.page.run(users.add_user, self.page.store, name, password,
                      "admin" if admin else "operator")

    def toggle_role(self) -> None:
        if (u := self.selected()) is not None:
            self.page.run(lambda: users.update_user(
                self.page.store, u["id"], role="operator" if u["role"] == "admin" else "admin"))

    def toggle_active(self) -> None:
        if (u := self.selected()) is not None:
            self.page.run(lambda: users.update_user(self.page.store, u["id"],
                                                    active=not u["active"]))

    def reset_password(self) -> None:
        if (u := self.selected()) is None:
            return
        password = _ask_text(self, "Atur ulang kata sandi",
                             f"Kata sandi baru untuk '{u['username']}':", True)
        if password:
            self.page.run(users.reset_password, self.page.store, u["id"], password,
                          done="Kata sandi diatur ulang.")

    def unlock(self) -> None:
        if (u := self.selected()) is not None:
            self.page.run(users.unlock_user, self.page.store, u["id"])

    def change_own(self) -> None:
        old = _ask_text(self, "Ganti kata sandi", "Kata sandi lama:", True)
        if old is None:
            return
        new = _ask_text(self, "Ganti kata sandi", "Kata sandi baru:", True)
        if new:
            self.page.run(users.change_own_password, self.page.store, old, new,
                          done="Kata sandi diganti.")


class BackupsTab(QWidget):
    def __init__(self, page: SecuritySettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ui = Ui_SecurityBackupsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.table = ui.table
        _fit_columns(self.table)
        self.now_button, self.to_button = ui.nowButton, ui.toButton
        self.restore_button, self.restore_file_button = ui.restoreButton, ui.restoreFileButton
        self.folder_button = ui.folderButton
        self.now_button.clicked.connect(self.backup_now)
        self.to_button.clicked.connect(self.backup_to)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_file)
        self.folder_button.clicked.connect(self.open_folder)

    def refresh(self) -> None:
        items = backup.list_backups(self.page.store.path)
        self.table.setRowCount(len(items))
        for i, b in enumerate(items):
            _set_row(self.table, i, [b.taken_at.strftime("%d-%m-%Y %H.%M.%S"), b.label,
                                     f"{format_number(max(b.size // 1024, 1))} KB",
                                     b.path.name], str(b.path))
        for b in (self.restore_button, self.restore_file_button):
            b.setEnabled(self.page.is_admin)

    def backup_now(self) -> None:
        path = self.page.run(backup.snapshot, self.page.store, "manual")
        if path:
            show_info(self, "Cadangan dibuat", f"Cadangan disimpan di {path}.")

    def backup_to(self) -> None:
        folder = CHOOSE_FOLDER() if CHOOSE_FOLDER is not None else \
            QFileDialog.getExistingDirectory(self, "Cadangkan ke folder")
        if folder:
            target = self.page.run(backup.backup_to_folder, self.page.store, Path(folder))
            if target:
                show_info(self, "Cadangan dibuat",
                          f"Cadangan tersimpan dan terperiksa utuh: {target}. Berkas ini berisi "
                          "data pribadi: simpan di tempat yang aman.")

    def restore_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            show_info(self, "Pilih cadangan", "Pilih satu cadangan di tabel terlebih dahulu.")
            return
        self._restore(Path(self.table.item(items[0].row(), 0).data(256)))

    def restore_file(self) -> None:
        name = CHOOSE_FILE() if CHOOSE_FILE is not None else QFileDialog.getOpenFileName(
            self, "Pilih berkas cadangan", "", "Basis data (*.db);;Semua berkas (*)")[0]
        if name:
            self._restore(Path(name))

    def _restore(self, path: Path) -> None:
        check = backup.verify_backup(path)
        if not check.ok:
            show_error(self, UserError("Cadangan tidak dapat dipulihkan: "
                                       + "; ".join(check.problems) + "."))
            return
        workers = check.counts.get("workers", 0)
        if not _confirm(self, "Pulihkan cadangan",
                        f"Seluruh isi basis data akan diganti dengan cadangan {path.name} "
                        f"({format_number(workers)} pegawai). Keadaan sekarang disimpan dulu "
                        "sebagai cadangan 'Sebelum pemulihan'. Lanjutkan?"):
            return
        result = self.page.run(backup.restore, self.page.store, path)
        if result:
            show_info(self, "Pemulihan selesai",
                      f"Basis data dipulihkan dari {path.name}. Keadaan sebelumnya disimpan di "
                      f"{result['pre_restore_snapshot']}.")
            self.page.database_restored.emit()

    def open_folder(self) -> None:
        folder = backup.backups_dir_for(self.page.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CheckTab(QWidget):
    def __init__(self, page: SecuritySettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ui = Ui_SecurityCheckTab()
        self.ui.setupUi(self)
        self.check_button, self.repair_button = self.ui.checkButton, self.ui.repairButton
        self.report = self.ui.report
        self.check_button.clicked.connect(self.check)
        self.repair_button.clicked.connect(self.repair)
        self.last: dict[str, Any] | None = None

    def check(self) -> None:
        from jamsos_desktop.ui.tasks import run_task

        path = self.page.store.path

        def work(progress: Any) -> dict[str, Any]:
            from jamsos_desktop.store import open_store

            store = open_store(path)  # its own connection: this runs on a worker thread
            try:
                return backup.check_database(store).to_dict()
            finally:
                store.close()

        def done(result: dict[str, Any]) -> None:
            self.last = result
            self.report.setPlainText(backup.render_report(result))

        run_task(self, "Pemeriksaan basis data", work, on_done=done,
                 on_error=lambda exc: show_error(self, exc), cancellable=False,
                 label="Memeriksa basis data…")

    def repair(self) -> None:
        if self.page.run(backup.repair_search_index, self.page.store,
                         done="Indeks pencarian dibangun ulang."):
            self.check()


class AuditTab(QWidget):
    def __init__(self, page: SecuritySettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.offset = 0
        self.ui = Ui_SecurityAuditTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.user, self.action, self.use_dates = ui.userCombo, ui.actionCombo, ui.useDatesCheck
        self.since, self.until = ui.sinceEdit, ui.untilEdit
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.until.setDate(QDate.currentDate())
        self.text, self.entity_id = ui.textEdit, ui.entityIdEdit
        self.table = ui.table
        _fit_columns(self.table)
        self.count_label, self.more = ui.countLabel, ui.moreButton
        ui.applyButton.clicked.connect(self.reload)
        self.text.returnPressed.connect(self.reload)
        self.more.clicked.connect(self.load_more)

    def refresh(self) -> None:
        store = self.page.store
        for combo, values, labels in ((self.user, audit.users(store), {}),
                                      (self.action, audit.actions(store),
                                       audit.ACTION_LABELS)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(semua)", None)
            for v in values:
                combo.addItem(labels.get(v, v), v)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> AuditFilter:
        entity_id = self.entity_id.text().strip()
        return AuditFilter(
            user=self.user.currentData(), action=self.action.currentData(),
            entity="worker" if entity_id.isdigit() else None,
            entity_id=int(entity_id) if entity_id.isdigit() else None,
            since=self.since.date().toString("yyyy-MM-dd") if self.use_dates.isChecked() else None,
            until=self.until.date().toString("yyyy-MM-dd") if self.use_dates.isChecked() else None,
            text=self.text.text().strip() or None)

    def reload(self) -> None:
        self.offset = 0
        self.table.setRowCount(0)
        self.load_more()

    def load_more(self) -> None:
        f = self.current_filter()
        entries = audit.query(self.page.store, f, limit=AUDIT_PAGE, offset=self.offset)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(entries))
        for i, e in enumerate(entries):
            target = e.entity_label + (f" #{e.entity_id}" if e.entity_id is not None else "")
            _set_row(self.table, start + i, [e.at.replace("T", " "), e.user, e.action_label,
                                             target, e.summary()], e.id)
        self.offset += len(entries)
        total = audit.count(self.page.store, f)
        self.count_label.setText(f"{format_number(self.offset)} dari {format_number(total)} "
                                 "catatan")
        self.more.setEnabled(self.offset < total)


class SessionTab(QWidget):
    def __init__(self, page: SecuritySettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ui = Ui_SecuritySessionTab()
        self.ui.setupUi(self)
        self.enabled, self.minutes = self.ui.enabledCheck, self.ui.minutesSpin
        self.save = self.ui.saveButton
        self.save.clicked.connect(self.apply)

    def refresh(self) -> None:
        store = self.page.store
        self.enabled.setChecked(bool(store.get_setting(users.SETTING_ENABLED, True)))
        self.minutes.setValue(users.idle_minutes(store))
        for w in (self.enabled, self.minutes, self.save):
            w.setEnabled(self.page.is_admin)

    def apply(self) -> None:
        store = self.page.store

        def save() -> None:
            if self.enabled.isChecked() != bool(store.get_setting(users.SETTING_ENABLED, True)):
                users.set_signin_enabled(store, self.enabled.isChecked())
            if self.minutes.value() != users.idle_minutes(store):
                users.set_idle_minutes(store, self.minutes.value())

        self.page.run(save, done="Pengaturan keamanan disimpan.")


__all__ = ["SecuritySettingsPage"]
