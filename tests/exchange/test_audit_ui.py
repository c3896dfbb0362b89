"""Audit of issue #5 in the GUI, offscreen: the import wizard as a clerk uses it — by keyboard
(Tab through the mapping choices, mnemonics), with every text readable (field names, full
NIKs, sample values as Excel shows them), a button that says it saves, no "Batal" once the
import is saved, the file read behind a progress dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from jamsos_desktop.store import Store
from jamsos_desktop.ui import tasks
from tests.exchange.conftest import HEADER, nik, write_xlsx

pytestmark = pytest.mark.usefixtures("_sync")  # tests/exchange/conftest.py


def _wizard(qtbot: Any, store: Store) -> Any:
    from jamsos_desktop.ui.import_wizard import ImportWizard

    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.confirm = lambda _text: True
    wizard.show()
    return wizard


def _roster(tmp_path: Path) -> Path:
    rows = [["DAFTAR HONORER"], HEADER,
            [1, nik(1), "Budi", "Palembang", dt.datetime(1990, 3, 15), "L", "Siti",
             "Jl. Mawar", "Staf", 2_500_000],
            [2, nik(2), "Ani", "Bandung", "15-03-1990", "L", "Siti", "Jl. Melati", "Staf",
             1_500_000.0]]
    return write_xlsx(tmp_path / "opd.xlsx", rows)


def test_mapping_page_by_keyboard_and_readable(qtbot: Any, units_store: Store,
                                               tmp_path: Path) -> None:
    wizard = _wizard(qtbot, units_store)
    wizard.file_page.set_path(_roster(tmp_path))
    wizard.file_page.unit_combo.setCurrentIndex(wizard.file_page.unit_combo.findData("1.01"))
    wizard.next()
    page = wizard.mapping_page
    table = page.table
    # Tab leaves the table for the choices, one column after the other.
    assert not table.tabKeyNavigation()
    combos = page.combos
    assert all(isinstance(c, QComboBox) for c in combos)
    order, widget = [], table
    for _ in range(len(combos)):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == combos
    # Every field name reads whole; the samples read as Excel shows them.
    assert table.columnWidth(3) >= max(c.sizeHint().width() for c in combos)
    samples = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert samples["No"] == "1 | 2"
    assert samples["Tanggal Lahir"] == "15-03-1990 | 15-03-1990"
    assert samples["Gaji"] == "2500000 | 1500000"


def test_preview_and_summary_pages(qtbot: Any, units_store: Store, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, units_store)
    wizard.file_page.set_path(_roster(tmp_path))
    wizard.file_page.unit_combo.setCurrentIndex(wizard.file_page.unit_combo.findData("1.01"))
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    # The step that writes says so.
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Simpan impor"
    view = page.view
    digits = view.fontMetrics().horizontalAdvance("3273011503900001")
    assert view.columnWidth(3) > digits  # a NIK reads whole
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    # Saved: no "Batal" that looks like it could take the import back.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_file_page_keyboard_and_background_read(qtbot: Any, units_store: Store,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from jamsos_desktop.ui.import_wizard import FilePage

    wizard = _wizard(qtbot, units_store)
    page: FilePage = wizard.file_page
    # Alt+letter reaches every field.
    labels = [page.form.labelForField(w).text() for w in
              (page.path_row, page.sheet_combo, page.unit_combo)]
    assert all("&" in t for t in labels), labels
    assert page.browse.hasFocus() or QApplication.focusWidget() is None
    titles: list[str] = []
    run_task = tasks.run_task

    def spy(parent: Any, title: str, fn: Any, **kw: Any) -> Any:
        titles.append(title)
        return run_task(parent, title, fn, **kw)

    monkeypatch.setattr(tasks, "run_task", spy)
    page.set_path(_roster(tmp_path))
    wizard.next()
    assert titles[0] == "Membaca berkas"
    assert wizard.currentPage() is wizard.mapping_page
