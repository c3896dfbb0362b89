"""The pages whose layout moved into forms/*.ui: each is built from its generated form (key
widgets reachable by objectName, the names callers use still point at them), and keyboard
users get a sensible Tab order and mnemonics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTreeWidget, QWidget


def _named(page: QWidget, cls: type, name: str) -> Any:
    found = page.findChild(cls, name)
    assert found is not None, f"{name} tidak ada di form"
    return found


def _tab_chain(start: QWidget, count: int) -> list[str]:
    """objectNames that Tab visits from `start` (the focus chain minus what takes no Tab)."""
    names, w = [start.objectName()], start.nextInFocusChain()
    while len(names) < count and w is not start:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() \
                and not w.isHidden():
            names.append(w.objectName())
        w = w.nextInFocusChain()
    return names


def test_overview_page_from_form(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.ui.pages.beranda import OverviewPage
    from jamsos_desktop.ui.pages.charts import LineChart, StackedBarChart

    page = OverviewPage(demo_store)
    qtbot.addWidget(page)
    assert page.bar_chart is _named(page, StackedBarChart, "barChart")
    assert page.trend_chart is _named(page, LineChart, "trendChart")
    assert page.refresh_button is _named(page, QPushButton, "refreshButton")
    assert page.problem_tree is _named(page, QTreeWidget, "problemTree")
    assert page.unit_tree.headerItem().text(0) == "Unit kerja"
    # the cards are labels of the form, filled from the data
    assert page.cards["coverage"].value is _named(page, QLabel, "coverageValue")
    assert page.cards["coverage"].value.text().endswith("%")
    assert page.cards["workers"].title.text() == "Pekerja non-ASN aktif"
    assert page.tabs.tabText(1).startswith("Data bermasalah (")
    assert page.unit_tree.topLevelItemCount() > 1


def test_import_export_page_from_form(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.ui.pages.impor_ekspor import ImportExportPage

    page = ImportExportPage(demo_store)
    qtbot.addWidget(page)
    assert page.import_button is _named(page, QPushButton, "importButton")
    assert page.table is _named(page, QTableWidget, "table")
    assert page.table.horizontalHeaderItem(9).text() == "Status"
    assert page.table.rowCount() == 1  # the demo batch
    assert "Tata letak ekspor BPJS" in page.layout_label.text()
    assert _tab_chain(page.import_button, 4) == ["importButton", "consolidateButton",
                                                 "reconcileButton", "exportRosterButton"]
    page.table.setRowCount(0)
    _named(page, QPushButton, "refreshButton").click()
    assert page.table.rowCount() == 1


def test_security_page_tabs_from_forms(demo_store: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

    from jamsos_desktop.ui.pages.pengaturan_keamanan import SecuritySettingsPage

    page = SecuritySettingsPage(demo_store)
    qtbot.addWidget(page)
    assert [page.tabText(i) for i in range(page.count())] == [
        "Pengguna", "Cadangan", "Pemeriksaan", "Log audit", "Masuk dan sesi"]
    assert page.users_tab.add_button is _named(page.users_tab, QPushButton, "addButton")
    assert page.backups_tab.restore_button is _named(page.backups_tab, QPushButton,
                                                     "restoreButton")
    assert page.check_tab.report.isReadOnly()
    audit = page.audit_tab
    assert audit.user is _named(audit, QComboBox, "userCombo")
    assert audit.user.itemText(0) == "(semua)" and audit.table.rowCount() >= 1
    assert audit.since.date() < audit.until.date()
    assert _named(audit, QLabel, "userLabel").buddy() is audit.user
    session = page.session_tab
    assert session.minutes is _named(session, QSpinBox, "minutesSpin")
    assert session.enabled is _named(session, QCheckBox, "enabledCheck")
    session.minutes.setValue(0)
    assert session.minutes.text() == "tidak pernah"


def test_budget_page_from_form(demo_store: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

    from jamsos_desktop.ui.pages.anggaran import BudgetPage

    page = BudgetPage(demo_store)
    qtbot.addWidget(page)
    assert page.year is _named(page, QSpinBox, "yearSpin")
    assert page.kind.count() == 2 and not page.from_month.isEnabled()
    page.kind.setCurrentIndex(1)
    assert page.from_month.isEnabled() and page.from_month.currentText() == "Oktober"
    assert page.raise_percent is _named(page, QDoubleSpinBox, "raisePercentSpin")
    assert page.raise_percent.text() == "5,00 %"  # Indonesian decimal comma from the form
    assert page.compare_units is _named(page, QTableWidget, "compareUnitsTable")
    assert page.month_table.verticalHeader().defaultSectionSize() == 22
    assert not page.xlsx_button.isEnabled()  # nothing computed yet
    # the category rows are filled from the domain, and Tab walks down the form through them
    combos = list(page.program_combos.values())
    assert combos and all(isinstance(c, QComboBox) for c in combos)
    chain = _tab_chain(page.include_belum, len(combos) + 2)
    assert chain[1:] == [""] * len(combos) + ["raiseOnCheck"]
    assert page.include_belum.nextInFocusChain() is combos[0]
    # the scenario form never scrolls sideways
    assert page.ui.formScroll.minimumWidth() >= page.ui.formBox.minimumSizeHint().width()


def test_documents_page_from_form(demo_store: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QScrollArea

    from jamsos_desktop.ui.pages.dokumen import HAVE_QTPDF, DocumentsPage, SignatoriesDialog

    page = DocumentsPage(demo_store)
    qtbot.addWidget(page)
    assert page.kind is _named(page, QComboBox, "kindCombo")
    assert page.body is _named(page, QPlainTextEdit, "bodyEdit")
    assert page.body.tabChangesFocus() and page.tembusan.tabChangesFocus()
    assert [page.paper.itemData(i) for i in range(page.paper.count())] == ["f4", "a4"]
    assert page.sign_form.itemData(0) is None and page.sign_form.count() > 1
    assert set(page._rows) >= {"Jenis dokumen", "Isi surat", "Unit kerja", ""}
    assert page.register.columnCount() == 10
    if HAVE_QTPDF:
        assert page.ui.previewLayout.indexOf(page.pdf_view) == 1  # between info and button
    scroll = _named(page, QScrollArea, "optionsScroll")
    assert scroll.minimumWidth() >= scroll.widget().minimumSizeHint().width()
    # Tab goes down the options: the letter fields follow each other
    assert _tab_chain(page.subject, 4) == ["subjectEdit", "sifatEdit", "lampiranEdit",
                                           "tembusanEdit"]  # Isi surat hidden for usulan
    # Enter in the code field checks it, like the button
    _named(page, QLineEdit, "verifyEdit").setText("XXXXX-YYYYY")
    qtbot.keyClick(page.verify_input, Qt.Key.Key_Return)
    assert page.verify_result.text() != "" and "Cek keaslian" not in page.verify_result.text()

    dialog = SignatoriesDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.nip is _named(dialog, QLineEdit, "nipEdit")
    assert dialog.form.count() > 1  # the signing forms, filled from the service
    assert _named(dialog, QLabel, "nipLabel").buddy() is dialog.nip


def test_document_settings_dialog_from_form(demo_store: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

    from jamsos_desktop.services import documents as ds
    from jamsos_desktop.ui.document_settings import DocumentSettingsDialog

    dialog = DocumentSettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    current = ds.load_settings(demo_store)
    assert dialog.margins["margin_left"] is _named(dialog, QDoubleSpinBox, "marginLeftSpin")
    assert dialog.margins["margin_left"].value() == current.margin_left
    assert dialog.classifications["surat"] is _named(dialog, QLineEdit, "suratClassEdit")
    assert dialog.paper.currentData() == current.paper
    assert _named(dialog, QLabel, "patternLabel").buddy() is dialog.pattern
    assert dialog.tembusan.tabChangesFocus()
    assert _tab_chain(dialog.pattern, 3) == ["patternEdit", "unitCodeEdit", "usulanClassEdit"]


def test_sign_in_dialogs_from_forms(store: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    from jamsos_desktop.services import users
    from jamsos_desktop.ui import login

    first = login.FirstAdminDialog(store)
    qtbot.addWidget(first)
    assert first.password is _named(first, QLineEdit, "password")
    assert first.password.echoMode() == QLineEdit.EchoMode.Password
    assert f"min. {users.MIN_PASSWORD} karakter" in _named(first, QLabel, "passwordLabel").text()
    assert {b.text() for b in first.ui.buttons.buttons()} == {
        "Buat akun", "Tanpa kata sandi (satu pengguna)", "Batal"}
    users.create_first_admin(store, "admin", "rahasia-123")
    dialog = login.LoginDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Masuk — Jamsos Desktop"
    assert _tab_chain(dialog.username, 2) == ["username", "password"]
    locked = login.LoginDialog(store, lock_mode=True)
    qtbot.addWidget(locked)
    assert locked.windowTitle() == "Sesi terkunci" and locked.username.isReadOnly()
    assert "'admin'" in locked.ui.introLabel.text()
    assert {b.text() for b in locked.ui.buttons.buttons()} == {
        "Buka kunci", "Masuk sebagai pengguna lain"}


def test_import_history_times_in_indonesian(demo_store: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    from jamsos_desktop.ui.pages.impor_ekspor import ImportExportPage, format_waktu

    assert format_waktu("2026-11-21T20:20:05") == "21 Nov 2026 20.20"
    assert format_waktu("2026-08-01 07:05") == "1 Agu 2026 07.05"
    assert format_waktu(None) == "" and format_waktu("kemarin") == "kemarin"
    page = ImportExportPage(demo_store)
    qtbot.addWidget(page)
    when = page.table.item(0, 3).text()
    assert "-" not in when and "." in when.split()[-1]  # "21 Nov 2026 20.20"
    assert not page.table.wordWrap()
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.ResizeToContents
    rows = page.table.item(0, 5)
    assert rows.text().replace(".", "").isdigit()
    assert rows.textAlignment() & Qt.AlignmentFlag.AlignRight


def _ink_right(label: QLabel, width: int) -> int:
    """Rightmost column with text ink when `label` is drawn `width` pixels wide."""
    label.resize(width, label.sizeHint().height())
    image = label.grab().toImage()
    dark = [x for x in range(image.width())
            if any(image.pixelColor(x, y).lightness() < 140 for y in range(image.height()))]
    return max(dark, default=-1)


def test_form_labels_are_not_cut(demo_store: Any, qtbot: Any) -> None:
    """A mnemonic underline next to a kerned pair ("Te") drew wider than QLabel measured:
    the last letter of "Telepon" and "Tembusan" was cut off."""
    from jamsos_desktop.ui.first_run import PemdaPage
    from jamsos_desktop.ui.pages.dokumen import DocumentsPage

    pemda, documents = PemdaPage(), DocumentsPage(demo_store)
    qtbot.addWidget(pemda)
    qtbot.addWidget(documents)
    labels = [*pemda.findChildren(QLabel), *documents.ui.optionsBox.findChildren(QLabel)]
    checked = 0
    for label in labels:
        if label.buddy() is None or not label.text():
            continue
        assert _ink_right(label, label.sizeHint().width()) == \
            _ink_right(label, label.sizeHint().width() + 40), label.text()
        checked += 1
    assert checked > 20


def test_long_signatory_is_elided_with_full_tooltip(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.ui.pages.dokumen import DocumentsPage

    page = DocumentsPage(demo_store)
    qtbot.addWidget(page)
    combo = page.signatory
    combo.setCurrentIndex(-1)
    combo.setCurrentIndex(0)
    assert " \u2014 " in combo.currentText() and combo.toolTip() == combo.currentText()
    combo.resize(160, combo.height())
    assert not combo.grab().isNull()  # painted through the eliding filter without error
