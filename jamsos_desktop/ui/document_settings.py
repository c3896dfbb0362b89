"""Pengaturan dokumen: paper, margins, font sizes, the letter-number pattern and its parts,
the default BPJS addressee and the tembusan list. Settings are an administrator's action
(the service refuses an operator with a clear message)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import documents as ds
from jamsos_desktop.store import Store
from jamsos_desktop.ui.errors import show_error
from jamsos_desktop.ui.generated.ui_document_settings import Ui_DocumentSettingsDialog

DOC_LABELS = {"usulan": "Usulan kepesertaan", "anggaran": "Usulan anggaran",
              "perubahan": "Perubahan kepesertaan", "surat": "Surat dinas"}


class DocumentSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_DocumentSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        current = ds.load_settings(store)

        self.paper = ui.paperCombo
        for i, value in enumerate(("f4", "a4")):  # the form holds the texts, in this order
            self.paper.setItemData(i, value)
        self.paper.setCurrentIndex(max(self.paper.findData(current.paper), 0))
        self.margins = {"margin_top": ui.marginTopSpin, "margin_right": ui.marginRightSpin,
                        "margin_bottom": ui.marginBottomSpin, "margin_left": ui.marginLeftSpin}
        for key, box in self.margins.items():
            box.setValue(getattr(current, key))
        self.font_size, self.table_font_size = ui.fontSizeSpin, ui.tableFontSizeSpin
        self.font_size.setValue(current.font_size)
        self.table_font_size.setValue(current.table_font_size)

        self.pattern, self.unit_code = ui.patternEdit, ui.unitCodeEdit
        self.pattern.setText(current.number_pattern)
        self.unit_code.setText(current.unit_code)
        self.classifications = {key: getattr(ui, f"{key}ClassEdit") for key in DOC_LABELS}
        for key, edit in self.classifications.items():
            edit.setText(current.classifications.get(key, ""))
        self.example = ui.exampleLabel

        self.addressee, self.place = ui.addresseeEdit, ui.placeEdit
        self.addressee.setText(current.bpjs_addressee)
        self.place.setText(current.bpjs_place)
        self.tembusan = ui.tembusanEdit
        self.tembusan.setPlainText("\n".join(current.tembusan))

        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
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
