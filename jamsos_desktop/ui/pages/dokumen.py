"""Dokumen: choose a document and its options, preview the draft, issue it (number and
register), print through the system dialog, save as PDF; browse the register, reprint,
"Cek keaslian dokumen"; manage signatories.

Thin on purpose: everything is `services.documents` / `services.signatories`. Rendering runs
through `ui.tasks.run_task` on its own connection (SQLite connections stay on their thread).
The preview uses QtPdf (the optional PySide6-Pdf wheel) when it is installed; otherwise the
PDF opens in the system viewer — no poppler on an office PC.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QEvent, QIODevice, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidgetItem,
    QWidget,
)

from jamsos_desktop.domain.dates import MONTHS, format_tanggal
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.errors import Cancelled, UserError
from jamsos_desktop.services import documents as ds
from jamsos_desktop.services import signatories as ss
from jamsos_desktop.store import Store, open_store
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.generated.ui_documents_page import Ui_DocumentsPage
from jamsos_desktop.ui.generated.ui_signatories_dialog import Ui_SignatoriesDialog
from jamsos_desktop.ui.pages.layout import fit_scroll_width

try:  # optional wheel: PySide6-Pdf
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

__all__ = ["HAVE_QTPDF", "DocumentsPage", "SignatoriesDialog", "print_pdf"]


class ElideComboText(QObject):
    """Event filter painting a combo box's current text elided ("… — Kepala Bada…") where
    QComboBox would cut it mid-letter: a signatory's name and jabatan rarely fit the
    options column. The popup and the tooltip keep the whole text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox) \
                or watched.isEditable():
            return False
        painter = QStylePainter(watched)
        opt = QStyleOptionComboBox()
        watched.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = watched.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                               QStyle.SubControl.SC_ComboBoxEditField, watched)
        opt.currentText = watched.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, field.width() - 2)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
        return True

def print_pdf(pdf: bytes, printer: QPrinter, *, dpi: int = 300) -> int:
    """Render each PDF page onto `printer` (QtPdf), landscape pages as landscape. Returns the
    pages sent. Without QtPdf the caller opens the system viewer instead."""
    if not HAVE_QTPDF:
        raise UserError("Pencetakan langsung memerlukan komponen PySide6-Pdf; buka dokumen "
                        "di penampil PDF lalu cetak dari sana.", code="documents.print")
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter()
    sent = 0
    for i in range(doc.pageCount()):
        size = doc.pagePointSize(i)
        from PySide6.QtGui import QPageLayout

        orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
        if i == 0:
            if not painter.begin(printer):
                raise UserError("Pencetak tidak dapat dibuka.", code="documents.print")
        else:
            printer.newPage()
        rect = painter.viewport()
        scale = dpi / 72
        image = doc.render(i, QSize(int(size.width() * scale), int(size.height() * scale)))
        target = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(rect.x(), rect.y(), image.scaled(target))
        sent += 1
    if sent:
        painter.end()
    doc.close()
    return sent


class SignatoriesDialog(QDialog):
    """List, add, edit and deactivate signatories (NIP validated by the service)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SignatoriesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.current_id: int | None = None
        self.list, self.message = ui.list, ui.messageLabel
        self.jabatan, self.name = ui.jabatanEdit, ui.nameEdit
        self.pangkat, self.golongan, self.nip = ui.pangkatEdit, ui.golonganEdit, ui.nipEdit
        self.form, self.on_behalf = ui.formCombo, ui.onBehalfEdit
        for value, label in ss.SIGN_FORM_LABELS.items():
            self.form.addItem(label, value)
        self.list.currentItemChanged.connect(self._load)
        ui.newButton.clicked.connect(self.clear)
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.deactivateButton.clicked.connect(self.deactivate)
        ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for row in ss.list_signatories(self.store):
            item = QListWidgetItem(f"{row['name']} \u2014 {row['jabatan']}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)

    def clear(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for field in (self.jabatan, self.name, self.pangkat, self.golongan, self.nip,
                      self.on_behalf):
            field.clear()
        self.form.setCurrentIndex(0)
        self.message.clear()

    def _load(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        row = ss.get_signatory(self.store, int(item.data(Qt.ItemDataRole.UserRole)))
        self.current_id = int(row["id"])
        self.jabatan.setText(row["jabatan"] or "")
        self.name.setText(row["name"] or "")
        self.pangkat.setText(row.get("pangkat") or "")
        self.golongan.setText(row.get("golongan") or "")
        self.nip.setText(ss.format_nip(row.get("nip")) or "")
        self.form.setCurrentIndex(max(0, self.form.findData(row.get("form") or "")))
        self.on_behalf.setText(row.get("on_behalf_of") or "")
        self.message.clear()

    def values(self) -> dict[str, Any]:
        return {"jabatan": self.jabatan.text(), "name": self.name.text(),
                "pangkat": self.pangkat.text(), "golongan": self.golongan.text(),
                "nip": self.nip.text(), "form": self.form.currentData(),
                "on_behalf_of": self.on_behalf.text()}

    def save(self) -> int | None:
        try:
            sid = ss.save_signatory(self.store, self.values(), signatory_id=self.current_id)
        except UserError as exc:
            self.message.setText(exc.message)
            return None
        self.current_id = sid
        self.refresh()
        self.message.setText("Penandatangan disimpan.")
        return sid

    def deactivate(self) -> None:
        if self.current_id is None:
            return
        ss.deactivate_signatory(self.store, self.current_id)
        self.clear()
        self.refresh()
        self.message.setText("Penandatangan dinonaktifkan (dokumen lama tetap menunjuknya).")


class DocumentsPage(QWidget):
    """The Dokumen page embedded by the main window."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pdf: bytes | None = None  # what the preview shows
        self.doc_id: int | None = None  # set when `pdf` is an issued document
        self.last_verification: ds.Verification | None = None
        self._build()
        self.refresh()

    # -- layout (forms/documents_page.ui) --

    def _build(self) -> None:
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.kind, self.doc_date, self.year = ui.kindCombo, ui.docDateEdit, ui.yearSpin
        self.from_month, self.to_month = ui.fromMonthCombo, ui.toMonthCombo
        self.unit, self.paper, self.signatory = ui.unitCombo, ui.paperCombo, ui.signatoryCombo
        self._elide = ElideComboText(self)
        self.signatory.installEventFilter(self._elide)
        self.signatory.currentIndexChanged.connect(
            lambda _i: self.signatory.setToolTip(self.signatory.currentText()))
        self.sign_form, self.on_behalf = ui.signFormCombo, ui.onBehalfEdit
        self.addressee, self.place = ui.addresseeEdit, ui.placeEdit
        self.subject, self.sifat, self.lampiran = ui.subjectEdit, ui.sifatEdit, ui.lampiranEdit
        self.body, self.tembusan, self.mark = ui.bodyEdit, ui.tembusanEdit, ui.markCheck
        self.form = ui.optionsForm
        self.message = ui.messageLabel
        self.print_btn, self.save_btn = ui.printButton, ui.saveButton
        self.tabs = ui.tabs
        self.preview_info, self.open_external = ui.previewInfo, ui.openExternalButton
        self.search, self.register = ui.searchEdit, ui.registerTable
        self.verify_input, self.verify_result = ui.verifyEdit, ui.verifyResult

        for key, label in ds.DOC_TYPES.items():
            self.kind.addItem(label, key)
        self.doc_date.setDate(QDate.currentDate())
        self.year.setValue(date.today().year)
        for i, name in enumerate(MONTHS, start=1):
            self.from_month.addItem(name, i)
            self.to_month.addItem(name, i)
        self.from_month.setCurrentIndex(date.today().month - 1)  # usulan: this month
        self.to_month.setCurrentIndex(11)
        for i, value in enumerate(("f4", "a4")):  # the form holds the texts, in this order
            self.paper.setItemData(i, value)
        self.sign_form.addItem("Sesuai data penandatangan", None)
        for value, label in ss.SIGN_FORM_LABELS.items():
            self.sign_form.addItem(label, value)
        # Row visibility goes by the label a clerk sees ("" for the check box row).
        self._rows: dict[str, int] = {}
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            self._rows[label.text().replace("&", "") if isinstance(label, QLabel) else ""] = row
        self.register.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._build_preview()
        fit_scroll_width(ui.optionsScroll)

        self.kind.currentIndexChanged.connect(self._update_fields)
        ui.manageButton.clicked.connect(self.manage_signatories)
        ui.settingsButton.clicked.connect(self.edit_settings)
        ui.previewButton.clicked.connect(self.preview)
        ui.issueButton.clicked.connect(self.issue)
        self.print_btn.clicked.connect(self.print_dialog)
        self.save_btn.clicked.connect(self.save_dialog)
        self.open_external.clicked.connect(self.open_in_viewer)
        self.search.returnPressed.connect(self.refresh_register)
        ui.refreshButton.clicked.connect(self.refresh_register)
        self.register.doubleClicked.connect(lambda _index: self.reprint_selected())
        ui.reprintButton.clicked.connect(self.reprint_selected)
        ui.verifyCodeButton.clicked.connect(
            lambda: self.check_authenticity(self.verify_input.text()))
        self.verify_input.returnPressed.connect(
            lambda: self.check_authenticity(self.verify_input.text()))
        ui.verifyFileButton.clicked.connect(self.check_file_dialog)
        self._update_fields()

    def _build_preview(self) -> None:
        """The viewer goes between the info line and the button; QtPdf is optional."""
        layout = self.ui.previewLayout
        self.pdf_document: Any = None
        self.pdf_view: Any = None
        if HAVE_QTPDF:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(self.ui.previewTab)
            self.pdf_view.setObjectName("pdfView")
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
            layout.insertWidget(1, self.pdf_view, 1)
        else:  # pragma: no cover - without the optional wheel
            layout.insertWidget(1, QLabel("Pratinjau di dalam aplikasi memerlukan PySide6-Pdf.",
                                          self.ui.previewTab))
            layout.insertStretch(2, 1)
        self._pdf_buffer: QBuffer | None = None

    # -- data --

    def refresh(self) -> None:
        current_unit = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem("Semua unit kerja", None)
        for code, name in ds.unit_choices(self.store):
            self.unit.addItem(f"{code} {name}", code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current_unit)))
        self.refresh_signatories()
        self.refresh_register()

    def refresh_signatories(self) -> None:
        current = self.signatory.currentData()
        self.signatory.clear()
        for row in ss.list_signatories(self.store):
            self.signatory.addItem(f"{row['name']} \u2014 {row['jabatan']}", row["id"])
        self.signatory.setCurrentIndex(max(0, self.signatory.findData(current)))

    def refresh_register(self) -> None:
        rows = ds.list_register(self.store, search=self.search.text())
        self.register.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["number"], format_tanggal(date.fromisoformat(row["doc_date"])),
                      ds.DOC_TYPES.get(row["doc_type"], row["doc_type"]), row["subject"] or "",
                      row["addressee"] or "",
                      "" if row["worker_count"] is None else str(row["worker_count"]),
                      "" if row["total_amount"] is None
                      else format_rupiah(int(row["total_amount"])),
                      str(row["pages"]), row["verify_code"], row["user"] or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.register.setItem(r, c, item)

    def _update_fields(self) -> None:
        kind = self.kind.currentData()
        letter = kind in ("usulan", "perubahan", "surat")
        visible = {
            "Tahun": kind != "surat", "Bulan awal": kind != "surat",
            "Bulan akhir": kind in ("anggaran", "perubahan"), "Unit kerja": kind != "surat",
            "Kepada Yth.": letter, "di": letter, "Hal": True, "Sifat": letter,
            "Lampiran": letter, "Isi surat": kind == "surat", "Tembusan": letter,
            "": kind == "usulan"}
        for label, shown in visible.items():
            self.form.setRowVisible(self._rows[label], shown)
        if kind == "anggaran":
            self.from_month.setCurrentIndex(0)

    def request(self) -> ds.DocumentRequest:
        kind = self.kind.currentData()
        q = self.doc_date.date()
        tembusan = [t for t in self.tembusan.toPlainText().splitlines() if t.strip()]
        return ds.DocumentRequest(
            kind, year=self.year.value() if kind != "surat" else None,
            from_month=self.from_month.currentData() if kind != "surat" else None,
            to_month=self.to_month.currentData() if kind in ("anggaran", "perubahan")
            else None,
            unit_code=self.unit.currentData(), paper=self.paper.currentData(),
            signatory_id=self.signatory.currentData(), sign_form=self.sign_form.currentData(),
            on_behalf_of=self.on_behalf.text().strip() or None,
            doc_date=date(q.year(), q.month(), q.day()),
            addressee=self.addressee.text().strip() or None,
            addressee_place=self.place.text().strip() or None,
            subject=self.subject.text().strip() or None, sifat=self.sifat.text() or "Biasa",
            lampiran=self.lampiran.text().strip() or None,
            body=self.body.toPlainText() if kind == "surat" else None,
            tembusan=tuple(tembusan) if tembusan else None,
            mark_proposed=kind == "usulan" and self.mark.isChecked())

    # -- actions --

    def _run(self, title: str, work: Any, done: Any) -> None:
        path, user = self.store.path, self.store.user

        def fn(progress: Any) -> Any:
            store = open_store(path, user=user)
            try:
                return work(store, progress)
            finally:
                store.close()

        self.message.setText(f"{title}…")
        tasks.run_task(self, title, fn, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.message.setText("Dibatalkan; tidak ada yang diterbitkan.")
        elif isinstance(exc, UserError):
            self.message.setText(exc.message)
        else:
            self.message.setText(f"Terjadi kesalahan tak terduga: {exc}")

    def preview(self) -> None:
        try:
            req = self.request()
        except UserError as exc:
            self.message.setText(exc.message)
            return

        def done(result: ds.Rendered) -> None:
            self.show_pdf(result.pdf, None)
            self.message.setText(f"Konsep {ds.DOC_TYPES[result.doc_type]}: {result.pages} "
                                 "halaman. Belum bernomor; tekan Terbitkan untuk menerbitkan.")

        self._run("Menyusun konsep", lambda s, p: ds.preview(s, req, p), done)

    def issue(self) -> None:
        try:
            req = self.request()
        except UserError as exc:
            self.message.setText(exc.message)
            return

        def done(result: ds.IssuedDocument) -> None:
            self.show_pdf(result.pdf, result.id)
            self.refresh_register()
            self.message.setText(f"Diterbitkan nomor {result.number}, {result.pages} halaman, "
                                 f"kode verifikasi {result.verify_code}.")

        self._run("Menerbitkan dokumen", lambda s, p: ds.issue(s, req, p), done)

    def show_pdf(self, pdf: bytes, doc_id: int | None) -> None:
        self.pdf, self.doc_id = pdf, doc_id
        state = "terbit" if doc_id else "konsep"
        self.preview_info.setText(f"Dokumen {state}, {len(pdf) // 1024 + 1} KB.")
        if self.pdf_document is not None:
            self.pdf_document.close()
            self._pdf_buffer = QBuffer(self)
            self._pdf_buffer.setData(QByteArray(pdf))
            self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(self._pdf_buffer)
        self.tabs.setCurrentIndex(0)

    def preview_page_count(self) -> int:
        return int(self.pdf_document.pageCount()) if self.pdf_document is not None else 0

    def _selected_id(self) -> int | None:
        items = self.register.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def reprint_selected(self) -> None:
        doc_id = self._selected_id()
        if doc_id is None:
            self.message.setText("Pilih dokumen di register lebih dahulu.")
            return
        self.show_pdf(ds.reprint(self.store, doc_id, action="tampil"), doc_id)
        self.message.setText("Dokumen terbit ditampilkan persis seperti saat diterbitkan.")

    def save_pdf(self, path: Path) -> None:
        if self.pdf is None:
            raise UserError("Belum ada dokumen untuk disimpan.", code="documents.none")
        ds._write(path, self.pdf)
        if self.doc_id is not None:
            ds.record_output(self.store, self.doc_id, "simpan", f"disimpan ke {path}")

    def save_dialog(self) -> None:
        if self.pdf is None:
            self.message.setText("Belum ada dokumen untuk disimpan.")
            return
        name, _ = QFileDialog.getSaveFileName(self, "Simpan PDF", "dokumen.pdf",
                                              "Dokumen PDF (*.pdf)")
        if name:
            try:
                self.save_pdf(Path(name))
            except UserError as exc:
                self.message.setText(exc.message)
                return
            self.message.setText(f"Disimpan ke {name}.")

    def print_to(self, printer: QPrinter) -> int:
        if self.pdf is None:
            raise UserError("Belum ada dokumen untuk dicetak.", code="documents.none")
        pages = print_pdf(self.pdf, printer)
        if self.doc_id is not None:
            ds.record_output(self.store, self.doc_id, "cetak", f"dicetak {pages} halaman")
        return pages

    def print_dialog(self) -> None:
        if self.pdf is None:
            self.message.setText("Belum ada dokumen untuk dicetak.")
            return
        if not HAVE_QTPDF:  # pragma: no cover - without the optional wheel
            self.open_in_viewer()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                pages = self.print_to(printer)
            except UserError as exc:
                self.message.setText(exc.message)
                return
            self.message.setText(f"{pages} halaman dikirim ke pencetak.")

    def open_in_viewer(self) -> Path | None:
        if self.pdf is None:
            self.message.setText("Belum ada dokumen.")
            return None
        folder = Path(tempfile.mkdtemp(prefix="jamsos-dokumen-"))
        path = folder / "dokumen.pdf"
        path.write_bytes(self.pdf)
        if self.doc_id is not None:
            ds.record_output(self.store, self.doc_id, "buka", f"dibuka di penampil: {path}")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def check_authenticity(self, value: str | Path) -> ds.Verification | None:
        try:
            result = ds.verify(self.store, value)
        except UserError as exc:
            self.verify_result.setText(exc.message)
            return None
        self.last_verification = result
        mark = "\u2714" if result.authentic else "\u2716"
        self.verify_result.setText(f"{mark} {result.message}")
        return result

    def check_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Cek keaslian berkas PDF", "",
                                              "Dokumen PDF (*.pdf)")
        if name:
            self.check_authenticity(Path(name))

    def edit_settings(self) -> None:
        from jamsos_desktop.ui.document_settings import DocumentSettingsDialog

        if DocumentSettingsDialog(self.store, self).exec():
            paper = ds.load_settings(self.store).paper
            self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))

    def manage_signatories(self) -> None:
        SignatoriesDialog(self.store, self).exec()
        self.refresh_signatories()
