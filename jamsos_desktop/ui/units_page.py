"""Unit Kerja: the tree of OPD and sub-units with code, name, head, NPP, risk class and
default programs; add, edit, show a unit's workers, move its workers elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from jamsos_desktop.domain.enums import RiskClass, parse_programs
from jamsos_desktop.domain.money import format_number
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.services import workers as worker_service
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.generated.ui_unit_editor import Ui_UnitEditor
from jamsos_desktop.ui.generated.ui_units_page import Ui_UnitsPage
from jamsos_desktop.ui.roster_page import choose_unit, confirm, count_text, undo_note
from jamsos_desktop.ui.undo import MOVE_FIELDS, UndoContext, run_bulk

PROGRAM_CODES = ("jkk", "jkm", "jht", "jp", "jkp")


class UnitEditor(QDialog):
    def __init__(self, store: Store, unit: dict[str, Any] | None = None,
                 parent_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.unit = unit
        self.ui = Ui_UnitEditor()
        self.ui.setupUi(self)
        ui = self.ui
        ui.parentCombo.addItem("(tidak ada — OPD)", None)
        exclude = uq.subtree_ids(store.conn, [unit["id"]]) if unit else set()
        for u in uq.list_units(store.conn):
            if u["id"] not in exclude:
                ui.parentCombo.addItem(f"{u['code']}  {u['name']}", u["id"])
        for risk in RiskClass:
            ui.riskCombo.addItem(risk.label, risk.value)
        self.checks = {c: getattr(ui, f"{c}Check") for c in PROGRAM_CODES}
        values = unit or {"parent_id": parent_id, "risk_class": "sangat-rendah",
                          "default_programs": "jkk,jkm"}
        ui.parentCombo.setCurrentIndex(max(0, ui.parentCombo.findData(values.get("parent_id"))))
        for name in ("code", "name", "head_name", "head_nip", "head_title", "npp", "address"):
            getattr(ui, _edit_name(name)).setText(str(values.get(name) or ""))
        ui.riskCombo.setCurrentIndex(max(0, ui.riskCombo.findData(values.get("risk_class"))))
        programs = set(str(values.get("default_programs") or "").split(","))
        for code, check in self.checks.items():
            check.setChecked(code in programs)
        self.setWindowTitle("Ubah Unit Kerja" if unit else "Tambah Unit Kerja")
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.saved_id: int | None = None

    def values(self) -> dict[str, Any]:
        ui = self.ui
        out: dict[str, Any] = {name: getattr(ui, _edit_name(name)).text().strip() or None
                               for name in ("code", "name", "head_name", "head_nip",
                                            "head_title", "npp", "address")}
        out["parent_id"] = ui.parentCombo.currentData()
        out["risk_class"] = ui.riskCombo.currentData()
        out["default_programs"] = ",".join(c for c, ch in self.checks.items() if ch.isChecked())
        return out

    def save(self) -> None:
        values = self.values()
        try:
            if not values["default_programs"]:
                raise UserError("Pilih minimal satu program bawaan (JKK dan JKM disarankan).")
            parse_programs(values["default_programs"])
            self.saved_id = unit_service.save_unit(
                self.store, values, unit_id=self.unit["id"] if self.unit else None,
                version=self.unit["version"] if self.unit else None)
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.accept()


def _edit_name(field: str) -> str:
    parts = field.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:]) + "Edit"


# Tests drive the editor through this hook instead of a modal exec().
RUN_EDITOR: Callable[[UnitEditor], bool] | None = None


class UnitsPage(QWidget):
    show_workers = Signal(int)  # unit id
    units_changed = Signal()

    def __init__(self, store: Store, undo: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.addButton.clicked.connect(lambda: self.edit(None, parent_id=None))
        ui.addSubButton.clicked.connect(lambda: self.edit(None, parent_id=self.current_id()))
        ui.editButton.clicked.connect(lambda: self.edit(self.current_id()))
        ui.showWorkersButton.clicked.connect(self._show_workers)
        ui.moveWorkersButton.clicked.connect(self.move_workers)
        ui.tree.itemDoubleClicked.connect(lambda item, _c: self.edit(
            item.data(0, Qt.ItemDataRole.UserRole)))
        ui.tree.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        tree = self.ui.tree
        current = self.current_id()
        tree.clear()

        def add(nodes: list[unit_service.UnitNode], parent: QTreeWidgetItem | None) -> None:
            for node in nodes:
                u = node.unit
                programs = ", ".join(p.upper() for p in str(u["default_programs"]).split(","))
                workers = format_number(node.workers)
                if node.children:
                    workers += f" (total {format_number(node.total_workers)})"
                item = QTreeWidgetItem([u["code"], u["name"], u.get("head_name") or "",
                                        u.get("npp") or "", RiskClass(u["risk_class"]).label,
                                        programs, workers])
                item.setData(0, Qt.ItemDataRole.UserRole, u["id"])
                item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                if parent is None:
                    tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(node.children, item)
                if u["id"] == current:
                    tree.setCurrentItem(item)

        add(unit_service.unit_tree(self.store), None)
        tree.expandAll()
        for c in range(tree.columnCount()):
            tree.resizeColumnToContents(c)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.ui.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for b in (self.ui.addSubButton, self.ui.editButton, self.ui.showWorkersButton,
                  self.ui.moveWorkersButton):
            b.setEnabled(has)

    def edit(self, unit_id: int | None, *, parent_id: int | None = None) -> None:
        unit = uq.get_unit(self.store.conn, unit_id) if unit_id is not None else None
        dialog = UnitEditor(self.store, unit, parent_id, self)
        ok = RUN_EDITOR(dialog) if RUN_EDITOR is not None \
            else dialog.exec() == QDialog.DialogCode.Accepted
        if ok:
            self.refresh()
            self.units_changed.emit()

    def _show_workers(self) -> None:
        uid = self.current_id()
        if uid is not None:
            self.show_workers.emit(uid)

    def move_workers(self) -> None:
        uid = self.current_id()
        if uid is None:
            return
        ids = list(wq.roster_ids(self.store.conn, wq.WorkerFilter(unit_ids=frozenset({uid}))))
        unit = uq.get_unit(self.store.conn, uid) or {}
        if not ids:
            from jamsos_desktop.ui.errors import show_info

            show_info(self, "Pindahkan Pegawai", f"{unit.get('name')} tidak memiliki pegawai "
                      "aktif (sub-unit tidak ikut dipindahkan).")
            return
        target = choose_unit(self, self.store, f"Pindahkan {count_text(len(ids))}")
        if target is None or target == uid:
            return
        target_unit = uq.get_unit(self.store.conn, target) or {}
        if not confirm(self, "Pindahkan Pegawai",
                       f"Pindahkan {count_text(len(ids))} dari {unit.get('name')} ke "
                       f"{target_unit.get('name')}?" + undo_note(len(ids))):
            return
        run_bulk(self.undo, "Memindahkan pegawai", ids, MOVE_FIELDS,
                 lambda st: worker_service.move_to_unit(st, ids, target),
                 f"pindahkan {count_text(len(ids))} ke {target_unit.get('name')}",
                 on_done=lambda _r: self.refresh())
