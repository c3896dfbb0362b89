"""The "Impor & Ekspor" page: import a roster (wizard), export the roster / the BPJS
registration list / the budget, reconcile with a BPJS participant list, consolidate a
roster from another office, choose the BPJS column layout, and the list of past import
batches with Undo. Embedded by the main window; all work goes through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from jamsos_desktop.domain.dates import MONTHS
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import exporter, importer, reconcile
from jamsos_desktop.store import Store
from jamsos_desktop.store.workers import WorkerFilter
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error, show_info
from jamsos_desktop.ui.generated.ui_import_export_page import Ui_ImportExportPage
from jamsos_desktop.ui.import_wizard import FILE_FILTER, ImportWizard, in_own_store

KIND_LABELS = {"roster": "Impor daftar", "konsolidasi": "Konsolidasi",
               "rekonsiliasi": "Rekonsiliasi BPJS", "demo": "Data contoh"}
FILE_COLUMN = 2
NUMBER_COLUMNS = frozenset({0, 5, 6, 7, 8})


def format_waktu(stamp: object) -> str:
    """A stored ISO time as Indonesians write it: "2026-11-21T20:20:05" → "21 Nov 2026 20.20"
    (abbreviated month, a dot between hours and minutes); text that is not a time is kept."""
    if not stamp:
        return ""
    try:
        t = datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    return f"{t.day} {MONTHS[t.month - 1][:3]} {t.year} {t.hour:02d}.{t.minute:02d}"


def reconcile_summary(c: dict[str, int]) -> str:
    """The counts of a reconciliation, one per line, for its question or message."""
    lines = [("baris daftar BPJS dibaca", c["rows"]),
             ("cocok dengan data pegawai", c["matched"]),
             ("akan ditandai Terdaftar / diperbarui", c["updated"]),
             ("sudah sesuai", c["unchanged"]),
             ("nonaktif menurut BPJS (tidak diubah)", c["inactive_at_bpjs"]),
             ("status BPJS tidak dikenal (tidak diubah)", c["unknown_status_bpjs"]),
             ("hanya ada di daftar BPJS", c["unmatched_bpjs"]),
             ("pegawai Diusulkan/Terdaftar yang tidak ada di daftar BPJS",
              c["unmatched_local"]),
             ("baris tidak sah", c["invalid"])]
    return "\n".join(f"{format_number(n)} {what}" for what, n in lines)


class ImportExportPage(QWidget):
    """`ImportExportPage(store, parent)`. `data_changed` is emitted after any write."""

    data_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ImportExportPage()
        self.ui.setupUi(self)
        ui = self.ui
        # The names tests and callers have always used for these widgets.
        self.import_button = ui.importButton
        self.consolidate_button = ui.consolidateButton
        self.reconcile_button = ui.reconcileButton
        self.export_roster_button = ui.exportRosterButton
        self.export_bpjs_button = ui.exportBpjsButton
        self.export_budget_button = ui.exportBudgetButton
        self.layout_button = ui.layoutButton
        self.view_filter_check = ui.viewFilterCheck
        self.layout_label = ui.layoutLabel
        self.table = ui.table
        self.undo_button = ui.undoButton
        # Short columns fit their contents on one line; the file name takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for button, slot in ((ui.importButton, self.open_import),
                             (ui.consolidateButton, self.open_consolidation),
                             (ui.reconcileButton, self.reconcile),
                             (ui.exportRosterButton, self.export_roster),
                             (ui.exportBpjsButton, self.export_bpjs),
                             (ui.exportBudgetButton, self.export_budget),
                             (ui.layoutButton, self.choose_layout),
                             (ui.undoButton, self.undo_selected),
                             (ui.refreshButton, self.refresh)):
            # `clicked(bool)` would hand its flag to slots that take no argument.
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        self.refresh()

    # -- dialogs, replaceable in tests ---------------------------------------------------

    def ask_open_path(self, title: str, file_filter: str = FILE_FILTER) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, title, "", file_filter)
        return path

    def ask_save_path(self, title: str, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, suggested,
                                              "Buku kerja Excel (*.xlsx)")
        return path

    def ask_year(self) -> int | None:
        year, ok = QInputDialog.getInt(self, "Ekspor anggaran", "Tahun anggaran:",
                                       date.today().year + 1, 2000, 2100)
        return year if ok else None

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, "Konfirmasi", text) == \
            QMessageBox.StandardButton.Yes

    def make_wizard(self) -> ImportWizard:
        return ImportWizard(self.store, self)

    # -- actions ----------------------------------------------------------------------------

    def refresh(self) -> None:
        batches = importer.list_batches(self.store)
        self.table.setRowCount(len(batches))
        for r, b in enumerate(batches):
            status = ("Dibatalkan " + format_waktu(b["undone_at"])
                      if b["undone_at"] else ("Tersimpan" if b["committed_at"] else "—"))
            values = [b["id"], KIND_LABELS.get(b["kind"], b["kind"]), b["file_name"] or "",
                      format_waktu(b["committed_at"] or b["started_at"]),
                      b["user"] or "", format_number(b["rows"]), format_number(b["inserted"]),
                      format_number(b["updated"]), format_number(b["rejected"]), status]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c in NUMBER_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        try:
            layout = exporter.bpjs_layout(self.store)
            self.layout_label.setText(f"Tata letak ekspor BPJS: {layout.name} "
                                      f"({len(layout.columns)} kolom).")
        except UserError as exc:
            self.layout_label.setText(exc.message)

    def _after_write(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _open_wizard(self, consolidate: bool) -> ImportWizard:
        wizard = self.make_wizard()
        wizard.file_page.consolidate.setChecked(consolidate)
        wizard.finished.connect(lambda _result: self._after_write())
        return wizard

    def open_import(self) -> ImportWizard:
        wizard = self._open_wizard(False)
        wizard.open()
        return wizard

    def open_consolidation(self) -> ImportWizard:
        wizard = self._open_wizard(True)
        wizard.open()
        return wizard

    def _task(self, title: str, fn: Callable[[Store, Any], Any],
              on_done: Callable[[Any], None]) -> None:
        tasks.run_task(self, title, in_own_store(self.store, fn), on_done=on_done,
                       on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        exc.__traceback__ = None  # no frame cycle for the garbage collector to break later

    def _export(self, title: str, suggested: str,
                fn: Callable[[Store, Path, Any], dict[str, Any]]) -> None:
        path = self.ask_save_path(title, suggested)
        if not path:
            return
        out = Path(path)

        def done(result: dict[str, Any]) -> None:
            extra = f" Jumlah: {format_rupiah(result['total'])}." if "total" in result else ""
            if result.get("kind") in ("roster", "bpjs") and self.view_filter_check.isChecked():
                extra += " Hanya pegawai sesuai saringan halaman Pegawai."
            show_info(self, "Ekspor selesai", f"{format_number(result['rows'])} baris ditulis "
                      f"ke {result['path']}.{extra}")

        self._task(title, lambda store, progress: fn(store, out, progress), done)

    def roster_view_filter(self) -> WorkerFilter | None:
        """The search and filters of the Pegawai Non-ASN page, when the box is ticked (None:
        every active worker)."""
        if not self.view_filter_check.isChecked():
            return None
        window = self.window()
        page = window.page("pegawai") if hasattr(window, "page") else None
        view = getattr(page, "view", None)
        if view is None:  # the page was never opened: its filters are the defaults
            return None
        return view.build_filter()

    def export_roster(self) -> None:
        f = self.roster_view_filter()
        self._export("Ekspor daftar pegawai", "daftar-pegawai.xlsx",
                     lambda store, out, progress: exporter.export_roster(
                         store, out, worker_filter=f, progress=progress))

    def export_bpjs(self) -> None:
        f = self.roster_view_filter()
        self._export("Ekspor pendaftaran BPJS", "pendaftaran-bpjs.xlsx",
                     lambda store, out, progress: exporter.export_bpjs(
                         store, out, worker_filter=f, progress=progress))

    def export_budget(self) -> None:
        year = self.ask_year()
        if year is None:
            return
        self._export("Ekspor anggaran", f"anggaran-{year}.xlsx",
                     lambda store, out, _progress: exporter.export_budget(store, out,
                                                                          year=year))

    def choose_layout(self) -> None:
        path = self.ask_open_path("Pilih berkas tata letak kolom BPJS (JSON)",
                                  "Tata letak (*.json);;Semua berkas (*)")
        try:
            if path:
                layout = exporter.save_bpjs_layout(self.store, path)
            elif self.confirm("Kembalikan tata letak ekspor BPJS ke bawaan (Formulir 1a)?"):
                layout = exporter.save_bpjs_layout(self.store, None)
            else:
                return
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        show_info(self, "Tata letak disimpan", f"Ekspor BPJS memakai: {layout.name}.")

    def reconcile(self) -> None:
        path = self.ask_open_path("Pilih daftar peserta dari BPJS")
        if not path:
            return

        def planned(plan: reconcile.ReconcilePlan) -> None:
            text = reconcile_summary(plan.counts())
            if plan.counts()["updated"] == 0:
                show_info(self, "Rekonsiliasi", text + "\n\nTidak ada data yang perlu diubah.")
                self._offer_report(plan)
            elif self.confirm(text + "\n\nSimpan perubahan?"):
                self._task("Menyimpan rekonsiliasi",
                           lambda store, _p: reconcile.commit_reconcile(store, plan),
                           lambda batch: self._reconciled(plan, batch))
            else:  # declined: the report shows what would have changed, and who is missing
                self._offer_report(plan)

        self._task("Mencocokkan daftar BPJS",
                   lambda store, progress: reconcile.plan_reconcile(store, path,
                                                                    progress=progress),
                   planned)

    def _reconciled(self, plan: reconcile.ReconcilePlan, batch_id: int) -> None:
        self._after_write()
        show_info(self, "Rekonsiliasi tersimpan", f"Tersimpan sebagai batch {batch_id}; dapat "
                  "dibatalkan dari riwayat impor.")
        self._offer_report(plan)

    def _offer_report(self, plan: reconcile.ReconcilePlan) -> None:
        path = self.ask_save_path("Simpan laporan rekonsiliasi", "rekonsiliasi.xlsx")
        if path:
            try:
                reconcile.write_reconcile_report(plan, path, self.store)
            except UserError as exc:
                show_error(self, exc)

    def selected_batch(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.text()) if item else None

    def undo_selected(self) -> None:
        batch_id = self.selected_batch()
        if batch_id is None:
            show_info(self, "Batalkan batch", "Pilih dahulu batch pada riwayat impor.")
            return
        if not self.confirm(f"Batalkan batch {batch_id}? Pegawai yang ditambahkan batch ini "
                            "dihapus dan yang diubah dikembalikan ke data sebelumnya."):
            return

        def done(result: dict[str, Any]) -> None:
            self._after_write()
            show_info(self, "Batch dibatalkan", f"Batch {batch_id}: {result['removed']} "
                      f"pegawai dihapus, {result['restored']} dikembalikan.")

        self._task("Membatalkan batch",
                   lambda store, progress: importer.undo_batch(store, batch_id,
                                                               progress=progress), done)
