"""Kepesertaan: move a selection through the enrollment workflow — Belum didaftarkan →
Diusulkan (letter/batch) → Terdaftar (KPJ, start date) → Nonaktif (end date, reason) — with
bulk actions; every change is dated and lands in each worker's history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamsos_desktop.domain.enums import STATUS_LABELS, EnrollmentStatus
from jamsos_desktop.domain.money import format_number
from jamsos_desktop.domain.worker import normalize_field
from jamsos_desktop.services import workers as worker_service
from jamsos_desktop.store import Store
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.background import Query
from jamsos_desktop.ui.errors import show_info
from jamsos_desktop.ui.generated.ui_status_dialog import Ui_StatusDialog
from jamsos_desktop.ui.roster_page import count_text, undo_note
from jamsos_desktop.ui.roster_view import RosterView
from jamsos_desktop.ui.undo import STATUS_FIELDS, UndoContext, run_bulk

KPJ_TABLE_LIMIT = 500  # KPJ numbers are typed one by one; beyond this the table is hidden
END_REASONS = ("Kontrak berakhir", "Mengundurkan diri", "Meninggal dunia",
               "Diangkat menjadi PPPK", "Diangkat menjadi PNS", "Pensiun")

ACTIONS: tuple[tuple[EnrollmentStatus, str, str], ...] = (
    (EnrollmentStatus.DIUSULKAN, "&Usulkan…",
     "Catat bahwa pegawai terpilih diusulkan ke BPJS Ketenagakerjaan dengan surat/batch"),
    (EnrollmentStatus.TERDAFTAR, "Tandai &Terdaftar…",
     "Catat tanggal mulai kepesertaan dan nomor KPJ dari BPJS"),
    (EnrollmentStatus.NONAKTIF, "&Nonaktifkan…",
     "Akhiri kepesertaan: tanggal berakhir dan alasan wajib diisi"),
    (EnrollmentStatus.BELUM, "&Batalkan Usulan",
     "Kembalikan pegawai yang diusulkan ke status Belum didaftarkan"),
)


class StatusDialog(QDialog):
    """Date, reference, reason and KPJ numbers for one status change."""

    def __init__(self, target: EnrollmentStatus, rows: list[dict[str, Any]], total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.rows = rows
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.setMaximumDate(QDate.currentDate().addYears(1))
        self.setWindowTitle(f"Ubah Status: {STATUS_LABELS[target]}")
        ui.headerLabel.setText(f"{count_text(total)} akan diubah menjadi "
                               f"<b>{STATUS_LABELS[target]}</b>. Pegawai yang statusnya tidak "
                               "dapat berpindah ke sana dilewati.")
        proposing = target == EnrollmentStatus.DIUSULKAN
        ending = target == EnrollmentStatus.NONAKTIF
        registering = target == EnrollmentStatus.TERDAFTAR
        for w in (ui.referenceLabel, ui.referenceEdit):
            w.setVisible(proposing)
        for w in (ui.reasonLabel, ui.reasonCombo):
            w.setVisible(ending)
        ui.reasonCombo.addItems(END_REASONS)
        ui.reasonCombo.setCurrentIndex(-1)
        show_kpj = registering and 0 < len(rows) <= KPJ_TABLE_LIMIT
        ui.kpjHint.setVisible(show_kpj)
        ui.kpjTable.setVisible(show_kpj)
        if registering and not show_kpj:
            ui.kpjHint.setVisible(True)
            ui.kpjHint.setText("Nomor KPJ dapat dilengkapi kemudian lewat data pegawai atau "
                               "impor hasil rekonsiliasi.")
        if show_kpj:
            table = ui.kpjTable
            table.setColumnCount(3)
            table.setHorizontalHeaderLabels(["Nama", "NIK", "No. KPJ"])
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, text in enumerate((row["name"], row["nik"])):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(r, c, item)
                table.setItem(r, 2, QTableWidgetItem(row.get("kpj") or ""))
            # NIK and KPJ are read whole (16 and 11 digits; KPJ is typed, so room for it is
            # kept even while empty); the name takes the rest.
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.setColumnWidth(2, table.fontMetrics().horizontalAdvance("0" * 13) + 16)
        if not ending and not proposing and not show_kpj:
            self.resize(self.width(), 220)
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Terapkan")

    def values(self) -> dict[str, Any]:
        ui = self.ui
        kpj: dict[int, str] = {}
        if ui.kpjTable.isVisible() or (self.target == EnrollmentStatus.TERDAFTAR
                                       and ui.kpjTable.rowCount()):
            for r, row in enumerate(self.rows):
                item = ui.kpjTable.item(r, 2)
                text = item.text().strip() if item else ""
                if text:
                    kpj[int(row["id"])] = text
        return {"effective_date": ui.dateEdit.date().toString("yyyy-MM-dd"),
                "reference": ui.referenceEdit.text().strip() or None,
                "reason": ui.reasonCombo.currentText().strip() or None,
                "kpj_by_id": kpj}

    def _accept(self) -> None:
        values = self.values()
        if self.target == EnrollmentStatus.NONAKTIF and not values["reason"]:
            self.ui.messageLabel.setText("Alasan penonaktifan wajib diisi.")
            return
        for wid, kpj in values["kpj_by_id"].items():
            _value, problems = normalize_field("kpj", kpj)
            if problems:
                name = next(r["name"] for r in self.rows if r["id"] == wid)
                self.ui.messageLabel.setText(f"{name}: {problems[0].message}")
                return
        self.accept()


# Tests fill the dialog through this hook instead of a modal exec().
FILL_DIALOG: Callable[[StatusDialog], bool] | None = None


class EnrollmentPage(QWidget):
    edit_requested = Signal(object)

    def __init__(self, store: Store, undo: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = RosterView(store, "kepesertaan", self)
        layout.addWidget(self.view)
        # Same left/right inset as the search row below, and room under the menu bar.
        inner = self.view.layout().contentsMargins()
        self.summary.setContentsMargins(inner.left(), inner.top(), inner.right(), 0)
        self.buttons: dict[EnrollmentStatus, QPushButton] = {}
        for target, text, tip in ACTIONS:
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, t=target: self.change_selected(t))
            self.view.ui.actionsLayout.addWidget(button)
            self.buttons[target] = button
        reactivate = QPushButton("&Aktifkan Kembali…", self)
        reactivate.setToolTip("Daftarkan kembali pegawai nonaktif (status Terdaftar)")
        reactivate.clicked.connect(lambda: self.change_selected(EnrollmentStatus.TERDAFTAR))
        self.view.ui.actionsLayout.addWidget(reactivate)
        self.view.ui.actionsLayout.addStretch(1)
        self.view.activated.connect(lambda wid: self.edit_requested.emit(wid))
        self.view.selection_changed.connect(self._update_buttons)
        self.view.ui.archiveCheck.setVisible(False)
        self._counts = Query(store.path, self)
        self._update_buttons()
        self.refresh_summary()

    def _update_buttons(self) -> None:
        has = not self.view.ui.table.selectionModel().selection().isEmpty()
        for button in self.buttons.values():
            button.setEnabled(has)

    def refresh_summary(self) -> None:
        # Counting a million rows takes ~0.5 s: off the GUI thread.
        self._counts.run(wq.status_counts, self._show_summary, conn=self.store.conn)

    def _show_summary(self, counts: dict[str, int]) -> None:
        from jamsos_desktop.services.coverage import coverage_percent

        parts = [f"{STATUS_LABELS[s]}: <b>{format_number(counts.get(s.value, 0))}</b>"
                 for s in EnrollmentStatus]
        pct = f"{coverage_percent(counts):.1f}".replace(".", ",")
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts)
                             + f" &nbsp;·&nbsp; Cakupan: <b>{pct} %</b>")

    def refresh(self) -> None:
        self.refresh_summary()

    def change_selected(self, target: EnrollmentStatus) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        rows_by_id = wq.fetch_rows(self.store.conn, ids[:500]) \
            if target == EnrollmentStatus.TERDAFTAR and len(ids) <= 500 else {}
        rows = [rows_by_id[i] for i in ids if i in rows_by_id]
        dialog = StatusDialog(target, rows, len(ids), self)
        dialog.ui.headerLabel.setText(dialog.ui.headerLabel.text() + undo_note(len(ids)))
        accepted = FILL_DIALOG(dialog) if FILL_DIALOG is not None \
            else dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            return
        values = dialog.values()

        def action(st: Store) -> dict[str, int]:
            return worker_service.change_status(
                st, ids, target.value, effective_date=values["effective_date"],
                reference=values["reference"], kpj_by_id=values["kpj_by_id"],
                reason=values["reason"], strict=False)

        def done(result: dict[str, int]) -> None:
            self.refresh_summary()
            text = f"{count_text(result['changed'])} diubah menjadi {STATUS_LABELS[target]}."
            if result["skipped"]:
                text += (f" {count_text(result['skipped'])} dilewati karena statusnya tidak "
                         f"dapat berpindah ke {STATUS_LABELS[target]}.")
            show_info(self, "Status Kepesertaan", text)

        run_bulk(self.undo, "Mengubah status kepesertaan", ids, STATUS_FIELDS, action,
                 f"ubah status {count_text(len(ids))} menjadi {STATUS_LABELS[target]}",
                 on_done=done)
