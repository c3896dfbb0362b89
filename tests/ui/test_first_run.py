"""The first-run wizard: the pemda profile and first signatory, or demo data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from jamsos_desktop.store import units as uq
from jamsos_desktop.ui.first_run import PAGE_PEMDA, PAGE_SIGNATORY, FirstRunWizard


def test_profile_and_signatory(store: Any, qtbot: Any, tmp_path: Path) -> None:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.start_page
    wizard.next()
    assert wizard.currentId() == PAGE_PEMDA
    page = wizard.pemda_page
    assert not page.isComplete()
    page.ui.levelCombo.setCurrentIndex(page.ui.levelCombo.findData("kabupaten"))
    page.set_region("16.07")
    assert page.ui.nameEdit.text() == "Banyuasin"
    assert page.isComplete()
    page.ui.officeEdit.setText("Badan Pengelolaan Keuangan dan Aset Daerah")
    page.ui.cityEdit.setText("Pangkalan Balai")
    page.ui.phoneEdit.setText("(0711) 891000")
    page.ui.faxEdit.setText("(0711) 891001")
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    page.load_logo(logo)
    wizard.next()
    assert wizard.currentId() == PAGE_SIGNATORY
    sign = wizard.signatory_page
    sign.ui.jabatanEdit.setText("Kepala BPKAD")
    sign.ui.nameEdit.setText("Drs. Ahmad")
    sign.ui.nipEdit.setText("1970")  # wrong: refused with a message, nothing saved
    assert not sign.validatePage()
    assert "18 angka" in sign.ui.messageLabel.text()
    assert uq.get_pemda(store.conn) is None
    sign.ui.nipEdit.setText("197003151995031002")
    wizard.accept()  # Finish: QWizard validates the page, which saves
    pemda = uq.get_pemda(store.conn)
    assert pemda["name"] == "Banyuasin" and pemda["level"] == "kabupaten"
    assert pemda["region_code"] == "16.07" and pemda["logo"][:4] == b"\x89PNG"
    assert pemda["phone"] == "(0711) 891000" and pemda["fax"] == "(0711) 891001"
    assert [s["name"] for s in uq.list_signatories(store.conn)] == ["Drs. Ahmad"]


def test_profile_page_shows_and_saves_fax(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.ui.profile_page import ProfilePage

    page = ProfilePage(demo_store)
    qtbot.addWidget(page)
    fax = uq.get_pemda(demo_store.conn)["fax"]
    assert fax and page.form.ui.faxEdit.text() == fax
    page.save()  # saving untouched keeps the fax (it used to be written back as empty)
    assert uq.get_pemda(demo_store.conn)["fax"] == fax
    page.form.ui.faxEdit.setText("(0711) 891099")
    page.save()
    assert page.message.text() == "Profil tersimpan."
    assert uq.get_pemda(demo_store.conn)["fax"] == "(0711) 891099"


def test_demo_data_offer(store: Any, qtbot: Any) -> None:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.ui.demoRadio.setChecked(True)
    wizard.start_page.ui.countSpin.setValue(40)
    assert wizard.start_page.isFinalPage()
    wizard.accept()
    assert wizard.demo_result == {"units": 29, "workers": 40, "seed": 1}
    assert uq.get_pemda(store.conn)["name"] == "Banyuasin"


def test_run_gui_opens_wizard_on_empty_profile(monkeypatch: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from jamsos_desktop.ui import app as ui_app
    from jamsos_desktop.ui import first_run

    shown: list[str] = []
    monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda self: shown.append("wizard"))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr(ui_app, "sign_in", lambda store, parent=None: True)
    assert ui_app.run_gui(tmp_path / "baru.db") == 0
    assert shown == ["wizard"]
