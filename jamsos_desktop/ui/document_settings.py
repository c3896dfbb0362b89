"""Pengaturan dokumen: paper, margins, font sizes, the letter-number pattern and its parts,
the default BPJS addressee and the tembusan list. Settings are an administrator's action
(the service refuses an operator with a clear message)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import documents as ds
from jamsos_desktop.store import Store
from jamsos_desktop.ui.errors import show_error

DOC_LABELS = {"usulan": "Usulan kepesertaan", "anggaran": "Usulan anggaran",
              "perubahan": "Perubahan kepesertaan", "surat": "Surat dinas"}


def _mm(value: float, low: float, high: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSuffix(" mm")
    box.setValue(value)
    box.setToolTip(tip)
    return box


class DocumentSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Pengaturan Dokumen")
        current = ds.load_settings(store)

        self.paper = QComboBox()
        self.paper.addItem("F4 (215 × 330 mm)", "f4")
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.paper.setCurrentIndex(max(self.paper.findData(current.paper), 0))
        tip = "Batas tepi halaman; aturan tata naskah dinas daerah dapat berbeda."
        self.margins = {
            "margin_top": _mm(current.margin_top, 5, 60, tip),
            "margin_right": _mm(current.margin_right, 5, 60, tip),
            "margin_bottom": _mm(current.margin_bottom, 5, 60, tip),
            "margin_left": _mm(current.margin_left, 5, 60, tip),
        }
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(8, 16)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(current.font_size)
        self.table_font_size = QDoubleSpinBox()
        self.table_font_size.setRange(6, 12)
        self.table_font_size.setDecimals(1)
        self.table_font_size.setSuffix(" pt")
        self.table_font_size.setValue(current.table_font_size)

        page = QGroupBox("Halaman")
        page_form = QFormLayout(page)
        page_form.addRow("Ukuran kertas bawaan", self.paper)
        margins = QHBoxLayout()
        for label, key in (("Atas", "margin_top"), ("Kanan", "margin_right"),
                           ("Bawah", "margin_bottom"), ("Kiri", "margin_left")):
            margins.addWidget(QLabel(label))
            margins.addWidget(self.margins[key])
        page_form.addRow("Margin", margins)
        page_form.addRow("Ukuran huruf isi", self.font_size)
        page_form.addRow("Ukuran huruf tabel", self.table_font_size)

        self.pattern = QLineEdit(current.number_pattern)
        self.pattern.setToolTip(
            "Bagian yang dapat dipakai: {klasifikasi}, {urut} (nomor urut tahunan, wajib), "
            "{urut:3} (tiga digit), {unit}, {tahun} (wajib), {bulan}, {bulan_romawi}.")
        self.unit_code = QLineEdit(current.unit_code)
        self.unit_code.setPlaceholderText("kosong: singkatan nama kantor")
        self.classifications = {key: QLineEdit(current.classifications.get(key, ""))
                                for key in DOC_LABELS}
        self.example = QLabel()
        numbering = QGroupBox("Penomoran surat")
        num_form = QFormLayout(numbering)
        num_form.addRow("Pola nomor", self.pattern)
        num_form.addRow("Kode unit ({unit})", self.unit_code)
        for key, label in DOC_LABELS.items():
            num_form.addRow(f"Klasifikasi {label.lower()}", self.classifications[key])
        num_form.addRow("Contoh", self.example)

        self.addressee = QLineEdit(current.bpjs_addressee)
        self.place = QLineEdit(current.bpjs_place)
        self.place.setPlaceholderText("Tempat")
        self.tembusan = QPlainTextEdit("\n".join(current.tembusan))
        self.tembusan.setPlaceholderText("Satu penerima per baris; kosong: kepala daerah dan "
                                         "Sekretaris Daerah")
        self.tembusan.setMaximumHeight(90)
        letters = QGroupBox("Surat ke BPJS Ketenagakerjaan")
        letter_form = QFormLayout(letters)
        letter_form.addRow("Yth.", self.addressee)
        letter_form.addRow("di", self.place)
        letter_form.addRow("Tembusan", self.tembusan)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (page, numbering, letters, buttons):
            layout.addWidget(widget)
        for edit in (self.pattern, self.unit_code, *self.classifications.values()):
            edit.textChanged.connect(self.update_example)
        self.update_example()

    def values(self) -> dict[str, Any]:
        return {
            "paper": self.paper.currentData(),
            **{key: box.value() for key, box in self.margins.items()},
            "font_size": self.font_size.value(),
            "table_font_size": self.table_font_size.value(),
            "number_pattern": self.pattern.text().strip(),
            "unit_code": self.unit_code.text().strip(),
            "classifications": {k: e.text().strip() for k, e in self.classifications.items()},
            "bpjs_addressee": self.addressee.text().strip(),
            "bpjs_place": self.place.text().strip(),
            "tembusan": self.tembusan.toPlainText().splitlines(),
        }

    def update_example(self) -> None:
        try:
            example = ds.format_document_number(
                self.pattern.text().strip(), seq=12,
                klasifikasi=self.classifications["usulan"].text().strip() or "560",
                unit=self.unit_code.text().strip() or "BPKAD", doc_date=date.today())
        except UserError as exc:
            self.example.setText(exc.message)
            self.example.setStyleSheet("color: #b00020")
            return
        self.example.setText(f"{example}  (surat ke-12 tahun ini)")
        self.example.setStyleSheet("")

    def save(self) -> None:
        try:
            ds.save_settings(self.store, **self.values())
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()
