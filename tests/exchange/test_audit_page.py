"""Audit of issue #5 in the GUI, offscreen: the Impor & Ekspor page — an export of the
workers the roster view shows, the reconciliation report offered also when its changes are
declined."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person, write_xlsx

pytestmark = pytest.mark.usefixtures("_sync")  # tests/exchange/conftest.py


def _page(qtbot: Any, store: Store) -> Any:
    from jamsos_desktop.ui.pages.impor_ekspor import ImportExportPage

    page = ImportExportPage(store)
    qtbot.addWidget(page)
    page.confirm = lambda _t: True
    return page


def test_reconcile_declined_still_offers_the_report(qtbot: Any, units_store: Store,
                                                    tmp_path: Path, _sync: list) -> None:
    from jamsos_desktop.services import importer

    importer.import_file(units_store, write_xlsx(tmp_path / "a.xlsx", [HEADER, person(1)]),
                         unit_code="1.01")
    page = _page(qtbot, units_store)
    page.confirm = lambda _t: False
    bpjs = write_xlsx(tmp_path / "bpjs.xlsx", [["NIK", "KPJ", "Status"],
                                               [nik(1), "11000000001", "Aktif"],
                                               [nik(9), "11000000009", "Aktif"]])
    page.ask_open_path = lambda *_a: str(bpjs)
    asked: list[str] = []
    report = tmp_path / "laporan.xlsx"

    def save(title: str, _suggested: str) -> str:
        asked.append(title)
        return str(report)

    page.ask_save_path = save
    page.reconcile_button.click()
    assert asked == ["Simpan laporan rekonsiliasi"]
    assert load_workbook(report)["Hanya di BPJS"].cell(2, 2).value == nik(9)
    assert units_store.conn.execute("SELECT status FROM workers").fetchone()[0] == "belum"


def test_export_of_the_roster_view(qtbot: Any, demo_store: Store, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ekspor' of the current roster view: the workers the Pegawai page shows."""
    from jamsos_desktop.ui import background
    from jamsos_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(background, "QUERIES_SYNCHRONOUS", True)
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    try:
        roster = win.show_page("pegawai")
        combo = roster.view.ui.statusCombo
        combo.setCurrentIndex(combo.findData("terdaftar"))
        roster.view.apply_filters()
        page = win.show_page("impor")
        assert page.view_filter_check.isEnabled()
        page.view_filter_check.setChecked(True)
        out = tmp_path / "tampilan.xlsx"
        page.ask_save_path = lambda _t, _s: str(out)
        page.export_roster_button.click()
        ws = load_workbook(out)["Daftar Pegawai"]
        statuses = {ws.cell(r, 22).value for r in range(2, ws.max_row + 1)}
        expected = demo_store.conn.execute(
            "SELECT count(*) FROM workers WHERE status = 'terdaftar' AND archived = 0"
        ).fetchone()[0]
        assert statuses == {"Terdaftar"} and ws.max_row - 1 == expected
    finally:
        win._counts_timer.stop()
        win.close()
