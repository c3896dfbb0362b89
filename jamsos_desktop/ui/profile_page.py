"""Pengaturan → Profil Pemda: the first-run profile form, editable later."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.ui.first_run import PemdaPage


class ProfilePage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        self.form = PemdaPage(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.message = QLabel(self)
        row.addWidget(self.message, 1)
        self.save_button = QPushButton("&Simpan Profil", self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        pemda = uq.get_pemda(self.store.conn)
        if not pemda:
            return
        ui = self.form.ui
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(pemda["level"])))
        if pemda.get("region_code"):
            self.form.set_region(pemda["region_code"])
        for name, edit in (("name", ui.nameEdit), ("office_name", ui.officeEdit),
                           ("address", ui.addressEdit), ("city", ui.cityEdit),
                           ("postal_code", ui.postalEdit), ("phone", ui.phoneEdit),
                           ("fax", ui.faxEdit), ("email", ui.emailEdit),
                           ("website", ui.websiteEdit)):
            edit.setText(pemda.get(name) or "")
        self.form.logo, self.form.logo_mime = pemda.get("logo"), pemda.get("logo_mime")
        if self.form.logo:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QPixmap

            pixmap = QPixmap()
            if pixmap.loadFromData(self.form.logo):
                ui.logoPreview.setPixmap(pixmap.scaled(
                    48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))

    def save(self) -> None:
        try:
            unit_service.save_profile(self.store, self.form.values())
        except UserError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(exc.message)
            return
        self.message.setStyleSheet("")
        self.message.setText("Profil tersimpan.")
