"""First run: choose demo data or enter the pemda profile (level, region from the shipped
Kemendagri list, address, contacts, logo) and the first signatory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCompleter, QFileDialog, QWidget, QWizard, QWizardPage

from jamsos_desktop.domain import regions
from jamsos_desktop.domain.enums import PemdaLevel
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.services.demo import create_demo
from jamsos_desktop.store import Store, open_store
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error
from jamsos_desktop.ui.generated.ui_first_run_pemda import Ui_FirstRunPemdaPage
from jamsos_desktop.ui.generated.ui_first_run_signatory import Ui_FirstRunSignatoryPage
from jamsos_desktop.ui.generated.ui_first_run_start import Ui_FirstRunStartPage

PAGE_START, PAGE_PEMDA, PAGE_SIGNATORY = range(3)
LOGO_MAX_BYTES = 2_000_000


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunStartPage()
        self.ui.setupUi(self)
        self.ui.demoRadio.toggled.connect(self.ui.countSpin.setEnabled)
        self.ui.countSpin.setEnabled(False)
        self.ui.countSpin.setGroupSeparatorShown(True)

    def nextId(self) -> int:
        return -1 if self.ui.demoRadio.isChecked() else PAGE_PEMDA

    def isFinalPage(self) -> bool:
        return self.ui.demoRadio.isChecked()


class PemdaPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunPemdaPage()
        self.ui.setupUi(self)
        self.logo: bytes | None = None
        self.logo_mime: str | None = None
        for level in PemdaLevel:
            self.ui.levelCombo.addItem(level.value.capitalize(), level.value)
        self.ui.levelCombo.setCurrentIndex(1)
        self.ui.levelCombo.currentIndexChanged.connect(lambda _i: self.fill_regions())
        self.ui.regionCombo.activated.connect(lambda _i: self._region_picked())
        self.ui.nameEdit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.ui.logoButton.clicked.connect(self.pick_logo)
        completer = self.ui.regionCombo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.fill_regions()

    def fill_regions(self) -> None:
        level = self.ui.levelCombo.currentData()
        combo = self.ui.regionCombo
        combo.clear()
        combo.addItem("", None)
        for region in regions.all_regions():
            if region.level == level:
                combo.addItem(f"{region.name} ({region.code})", region.code)

    def _region_picked(self) -> None:
        code = self.ui.regionCombo.currentData()
        region = regions.lookup(code) if code else None
        if region is None:
            return
        name = region.name
        for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
            if name.startswith(prefix):
                name = name[len(prefix):]
                break
        self.ui.nameEdit.setText(name)

    def set_region(self, code: str) -> None:
        index = self.ui.regionCombo.findData(code)
        self.ui.regionCombo.setCurrentIndex(max(index, 0))
        self._region_picked()

    def pick_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, "Pilih Logo Daerah", "",
                                                    "Gambar (*.png *.jpg *.jpeg)")
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> None:
        data = path.read_bytes()
        if len(data) > LOGO_MAX_BYTES:
            show_error(self, UserError("Berkas logo terlalu besar (lebih dari 2 MB)."))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            show_error(self, UserError("Berkas tersebut bukan gambar PNG atau JPG yang sah."))
            return
        self.logo = data
        self.logo_mime = "image/png" if data[:4] == b"\x89PNG" else "image/jpeg"
        self.ui.logoPreview.setPixmap(pixmap.scaled(
            48, 48, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def isComplete(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {"level": ui.levelCombo.currentData(), "name": ui.nameEdit.text(),
                "region_code": ui.regionCombo.currentData(), "office_name": ui.officeEdit.text(),
                "address": ui.addressEdit.text(), "city": ui.cityEdit.text(),
                "postal_code": ui.postalEdit.text(), "phone": ui.phoneEdit.text(),
                "fax": ui.faxEdit.text(), "email": ui.emailEdit.text(),
                "website": ui.websiteEdit.text(),
                "logo": self.logo, "logo_mime": self.logo_mime}


class SignatoryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunSignatoryPage()
        self.ui.setupUi(self)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {"jabatan": ui.jabatanEdit.text(), "name": ui.nameEdit.text(),
                "pangkat": ui.pangkatEdit.text(), "golongan": ui.golonganEdit.text(),
                "nip": ui.nipEdit.text()}

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, FirstRunWizard) or wizard.profile_saved:
            return True
        try:
            wizard.save_profile()
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Persiapan Awal Jamsos Desktop")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(720, 600)
        self.start_page = StartPage(self)
        self.pemda_page = PemdaPage(self)
        self.signatory_page = SignatoryPage(self)
        self.setPage(PAGE_START, self.start_page)
        self.setPage(PAGE_PEMDA, self.pemda_page)
        self.setPage(PAGE_SIGNATORY, self.signatory_page)
        self.setStartId(PAGE_START)
        self.demo_result: dict[str, Any] | None = None
        self.profile_saved = False

    def save_profile(self) -> None:
        unit_service.save_profile(self.store, self.pemda_page.values(),
                                  self.signatory_page.values())
        self.profile_saved = True

    def accept(self) -> None:
        if self.start_page.ui.demoRadio.isChecked():
            self.load_demo(self.start_page.ui.countSpin.value())
            return
        super().accept()

    def load_demo(self, workers: int) -> None:
        path, user = self.store.path, self.store.user

        def job(progress: tasks.Progress) -> dict[str, Any]:
            st = open_store(path, user=user)  # the task's own connection
            try:
                return create_demo(st, workers=workers, progress=progress)
            finally:
                st.close()

        def done(result: dict[str, Any]) -> None:
            self.demo_result = result
            QWizard.accept(self)

        tasks.run_task(self, "Membuat Data Contoh", job, on_done=done,
                       on_error=lambda exc: show_error(self, exc),
                       label=f"Membuat {workers:,} pegawai contoh…".replace(",", "."))
