"""Pegawai Non-ASN: the roster with add / edit / archive / restore / move / delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from jamsos_desktop.domain.money import format_number
from jamsos_desktop.errors import PermissionDenied
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.services import workers as worker_service
from jamsos_desktop.store import Store
from jamsos_desktop.ui import errors as ui_errors
from jamsos_desktop.ui.roster_view import RosterView
from jamsos_desktop.ui.undo import (
    ARCHIVE_FIELDS,
    MOVE_FIELDS,
    UNDO_LIMIT,
    UndoContext,
    run_bulk,
)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No question; tests answer it through `CONFIRM`."""
    if CONFIRM is not None:
        return CONFIRM(title, text)
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


CONFIRM: Callable[[str, str], bool] | None = None


def count_text(n: int) -> str:
    return f"{format_number(n)} pegawai"


def undo_note(n: int) -> str:
    return "" if n <= UNDO_LIMIT else (
        f"\n\nTindakan atas lebih dari {format_number(UNDO_LIMIT)} pegawai tidak dapat "
        "diurungkan.")


def choose_unit(parent: QWidget, store: Store, title: str) -> int | None:
    items: list[tuple[str, int]] = []

    def add(nodes: list[unit_service.UnitNode], depth: int) -> None:
        for node in nodes:
            items.append(("    " * depth + f"{node.unit['code']}  {node.unit['name']}",
                          node.unit["id"]))
            add(node.children, depth + 1)

    add(unit_service.unit_tree(store), 0)
    if CHOOSE_UNIT is not None:
        return CHOOSE_UNIT(items)
    text, ok = QInputDialog.getItem(parent, title, "Unit kerja tujuan:",
                                    [t for t, _ in items], 0, False)
    if not ok:
        return None
    return next(uid for t, uid in items if t == text)


CHOOSE_UNIT: Callable[[list[tuple[str, int]]], int | None] | None = None


class RosterPage(QWidget):
    edit_requested = Signal(object)  # worker id or None for a new worker

    def __init__(self, store: Store, undo: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = RosterView(store, "roster", self)
        layout.addWidget(self.view)
        bar = self.view.ui.actionsLayout
        self.add_button = self._button("&Tambah…", "Tambah pegawai baru (Ctrl+N)", self.add)
        self.edit_button = self._button("&Ubah…", "Buka data pegawai terpilih (Enter)",
                                        self.edit_current)
        self.archive_button = self._button(
            "&Arsipkan", "Hapus dari daftar aktif; data tetap tersimpan dan dapat dipulihkan "
            "dari Arsip (Delete)", self.archive_selected)
        self.restore_button = self._button("&Pulihkan", "Kembalikan pegawai terpilih dari "
                                           "arsip ke daftar aktif", self.restore_selected)
        self.move_button = self._button("Pindahkan ke &Unit…", "Pindahkan pegawai terpilih ke "
                                        "unit kerja lain", self.move_selected)
        self.delete_button = self._button(
            "Hapus &Permanen…", "Hapus selamanya pegawai terpilih dari arsip; hanya "
            "administrator", self.delete_selected)
        for b in (self.add_button, self.edit_button, self.archive_button,
                  self.restore_button, self.move_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.columns_button = self._button("&Kolom…", "Pilih kolom yang ditampilkan",
                                           self._columns)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.columns_button)
        self.view.activated.connect(lambda wid: self.edit_requested.emit(wid))
        self.view.selection_changed.connect(self._update_buttons)
        self.view.ui.archiveCheck.toggled.connect(lambda _c: self._update_buttons())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view.ui.table,
                           self.archive_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    def _columns(self) -> None:
        self.view.column_menu().exec(self.columns_button.mapToGlobal(
            self.columns_button.rect().bottomLeft()))

    def _update_buttons(self) -> None:
        n = 0 if self.view.ui.table.selectionModel().selection().isEmpty() else 1
        archived = self.view.ui.archiveCheck.isChecked()
        self.edit_button.setEnabled(n > 0)
        self.archive_button.setVisible(not archived)
        self.archive_button.setEnabled(n > 0)
        self.restore_button.setVisible(archived)
        self.restore_button.setEnabled(n > 0)
        self.move_button.setEnabled(n > 0 and not archived)
        self.delete_button.setVisible(archived)
        self.delete_button.setEnabled(n > 0 and self.store.role == "admin")

    # -- actions --

    def add(self) -> None:
        self.edit_requested.emit(None)

    def edit_current(self) -> None:
        wid = self.view.current_id()
        if wid is not None:
            self.edit_requested.emit(wid)

    def archive_selected(self) -> None:
        if self.view.ui.archiveCheck.isChecked():
            return
        ids = self.view.selected_ids()
        if not ids:
            return
        if len(ids) > 1 and not confirm(
                self, "Arsipkan Pegawai",
                f"Arsipkan {count_text(len(ids))}? Data dipindahkan ke Arsip dan dapat "
                "dipulihkan kapan saja." + undo_note(len(ids))):
            return
        run_bulk(self.undo, "Mengarsipkan", ids, ARCHIVE_FIELDS,
                 lambda st: worker_service.set_archived(st, ids, True),
                 f"arsipkan {count_text(len(ids))}")

    def restore_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        run_bulk(self.undo, "Memulihkan", ids, ARCHIVE_FIELDS,
                 lambda st: worker_service.set_archived(st, ids, False),
                 f"pulihkan {count_text(len(ids))}")

    def move_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        unit_id = choose_unit(self, self.store, f"Pindahkan {count_text(len(ids))}")
        if unit_id is None:
            return
        run_bulk(self.undo, "Memindahkan", ids, MOVE_FIELDS,
                 lambda st: worker_service.move_to_unit(st, ids, unit_id),
                 f"pindahkan {count_text(len(ids))}")

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids or not self.view.ui.archiveCheck.isChecked():
            return
        if self.store.role != "admin":
            ui_errors.show_error(self, PermissionDenied())
            return
        if not confirm(self, "Hapus Permanen",
                       f"Hapus {count_text(len(ids))} secara PERMANEN? Tindakan ini tidak "
                       "dapat diurungkan; isi datanya hanya tersisa di jejak audit."):
            return
        try:
            worker_service.delete_permanently(self.store, ids)
        except Exception as exc:  # noqa: BLE001 - shown, then the view refreshes anyway
            ui_errors.show_error(self, exc)
        self.undo.changed(ids)
