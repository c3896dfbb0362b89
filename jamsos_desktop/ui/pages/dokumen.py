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

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jamsos_desktop.domain.dates import MONTHS, format_tanggal
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.errors import Cancelled, UserError
from jamsos_desktop.services import documents as ds
from jamsos_desktop.services import signatories as ss
from jamsos_desktop.store import Store, open_store
from jamsos_desktop.ui import tasks

try:  # optional wheel: PySide6-Pdf
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

__all__ = ["HAVE_QTPDF", "DocumentsPage", "SignatoriesDialog", "print_pdf"]

_REGISTER_COLUMNS = ("Nomor", "Tanggal", "Jenis", "Hal", "Tujuan", "Pekerja", "Jumlah",
                     "Halaman", "Kode verifikasi", "Petugas")


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
        self.setWindowTitle("Penandatangan")
        self.current_id: int | None = None
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._load)
        self.jabatan, self.name = QLineEdit(), QLineEdit()
        self.pangkat, self.golongan, self.nip = QLineEdit(), QLineEdit(), QLineEdit()
        self.nip.setPlaceholderText("19700315 199503 1 002 (kosongkan bila bukan PNS)")
        self.form = QComboBox()
        for value, label in ss.SIGN_FORM_LABELS.items():
            self.form.addItem(label, value)
        self.on_behalf = QLineEdit()
        self.on_behalf.setPlaceholderText("untuk a.n.: misalnya Bupati Banyuasin")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Jabatan", self.jabatan)
        form.addRow("Nama (dengan gelar)", self.name)
        form.addRow("Pangkat", self.pangkat)
        form.addRow("Golongan", self.golongan)
        form.addRow("NIP", self.nip)
        form.addRow("Bentuk tanda tangan", self.form)
        form.addRow("Atas nama", self.on_behalf)
        new, save = QPushButton("Tambah baru"), QPushButton("Simpan")
        deactivate, close = QPushButton("Nonaktifkan"), QPushButton("Tutup")
        new.clicked.connect(self.clear)
        save.clicked.connect(self.save)
        deactivate.clicked.connect(self.deactivate)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (new, save, deactivate, close):
            buttons.addWidget(b)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
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

    # -- layout --

    def _build(self) -> None:
        self.kind = QComboBox()
        for key, label in ds.DOC_TYPES.items():
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._update_fields)
        self.doc_date = QDateEdit(QDate.currentDate())
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setDisplayFormat("d MMMM yyyy")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.from_month, self.to_month = QComboBox(), QComboBox()
        for i, name in enumerate(MONTHS, start=1):
            self.from_month.addItem(name, i)
            self.to_month.addItem(name, i)
        self.from_month.setCurrentIndex(date.today().month - 1)  # usulan: this month
        self.to_month.setCurrentIndex(11)
        self.unit = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem("F4 (215 × 330 mm)", "f4")
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.signatory = QComboBox()
        manage = QPushButton("Kelola…")
        manage.clicked.connect(self.manage_signatories)
        settings_btn = QPushButton("Pengaturan dokumen…")
        settings_btn.setToolTip("Kertas, margin, ukuran huruf, pola nomor surat, tembusan "
                                "(administrator)")
        settings_btn.clicked.connect(self.edit_settings)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signatory, 1)
        sign_row.addWidget(manage)
        sign_row.addWidget(settings_btn)
        self.sign_form = QComboBox()
        self.sign_form.addItem("Sesuai data penandatangan", None)
        for value, label in ss.SIGN_FORM_LABELS.items():
            self.sign_form.addItem(label, value)
        self.on_behalf = QLineEdit()
        self.addressee, self.place = QLineEdit(), QLineEdit()
        self.addressee.setPlaceholderText("bawaan dari pengaturan")
        self.place.setPlaceholderText("Tempat")
        self.subject, self.sifat, self.lampiran = QLineEdit(), QLineEdit("Biasa"), QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("Paragraf dipisah satu baris kosong; daftar diawali "
                                     "1. atau a.")
        self.tembusan = QPlainTextEdit()
        self.tembusan.setPlaceholderText("satu tujuan per baris (kosong: bawaan)")
        self.tembusan.setMaximumHeight(70)
        self.mark = QCheckBox("Tandai pekerja berstatus Belum menjadi Diusulkan")
        self.form = QFormLayout()
        rows: list[tuple[str, Any]] = [
            ("Jenis dokumen", self.kind), ("Tanggal surat", self.doc_date),
            ("Tahun", self.year), ("Bulan awal", self.from_month),
            ("Bulan akhir", self.to_month), ("Unit kerja", self.unit), ("Kertas", self.paper),
            ("Penandatangan", sign_row), ("Bentuk tanda tangan", self.sign_form),
            ("Atas nama (a.n.)", self.on_behalf), ("Kepada Yth.", self.addressee),
            ("di", self.place), ("Hal", self.subject), ("Sifat", self.sifat),
            ("Lampiran", self.lampiran), ("Isi surat", self.body),
            ("Tembusan", self.tembusan), ("", self.mark)]
        for label, widget in rows:
            self.form.addRow(label, widget)
        self._rows = {label: i for i, (label, _) in enumerate(rows)}
        preview_btn, issue_btn = QPushButton("Pratinjau (konsep)"), QPushButton("Terbitkan")
        self.print_btn, self.save_btn = QPushButton("Cetak…"), QPushButton("Simpan PDF…")
        preview_btn.clicked.connect(self.preview)
        issue_btn.clicked.connect(self.issue)
        self.print_btn.clicked.connect(self.print_dialog)
        self.save_btn.clicked.connect(self.save_dialog)
        buttons = QHBoxLayout()
        for b in (preview_btn, issue_btn, self.print_btn, self.save_btn):
            buttons.addWidget(b)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_inner = QWidget()
        left_layout = QVBoxLayout(left_inner)
        left_layout.addLayout(self.form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)
        left = QScrollArea()
        left.setWidgetResizable(True)
        left.setWidget(left_inner)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_preview(), "Pratinjau")
        self.tabs.addTab(self._build_register(), "Register dokumen")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_fields()

    def _build_preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.preview_info = QLabel("Belum ada dokumen. Pilih jenis dokumen lalu Pratinjau.")
        self.preview_info.setWordWrap(True)
        layout.addWidget(self.preview_info)
        self.pdf_document: Any = None
        self.pdf_view: Any = None
        if HAVE_QTPDF:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(box)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
            layout.addWidget(self.pdf_view, 1)
        else:  # pragma: no cover - without the optional wheel
            layout.addWidget(QLabel("Pratinjau di dalam aplikasi memerlukan PySide6-Pdf."))
            layout.addStretch(1)
        self.open_external = QPushButton("Buka di penampil PDF")
        self.open_external.clicked.connect(self.open_in_viewer)
        layout.addWidget(self.open_external)
        self._pdf_buffer: QBuffer | None = None
        return box

    def _build_register(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Cari nomor, hal, tujuan atau kode…")
        self.search.returnPressed.connect(self.refresh_register)
        refresh = QPushButton("Muat ulang")
        refresh.clicked.connect(self.refresh_register)
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.register = QTableWidget(0, len(_REGISTER_COLUMNS))
        self.register.setHorizontalHeaderLabels(_REGISTER_COLUMNS)
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.register.doubleClicked.connect(lambda _index: self.reprint_selected())
        layout.addWidget(self.register, 1)
        actions = QHBoxLayout()
        reprint = QPushButton("Tampilkan / cetak ulang")
        reprint.clicked.connect(self.reprint_selected)
        self.verify_input = QLineEdit()
        self.verify_input.setPlaceholderText("Kode verifikasi, misalnya AB12C-DE34F")
        verify_code = QPushButton("Cek kode")
        verify_code.clicked.connect(lambda: self.check_authenticity(self.verify_input.text()))
        verify_file = QPushButton("Cek berkas PDF…")
        verify_file.clicked.connect(self.check_file_dialog)
        for w in (reprint, self.verify_input, verify_code, verify_file):
            actions.addWidget(w)
        layout.addLayout(actions)
        self.verify_result = QLabel("Cek keaslian dokumen: masukkan kode dari kaki halaman, "
                                    "atau pilih berkas PDF.")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verify_result)
        return box

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
