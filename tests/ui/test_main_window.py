"""Main window: navigation, lazy pages with placeholders, status bar, settings, help,
exception hook."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QTextBrowser

from jamsos_desktop.ui.main_window import MainWindow, Placeholder, external_page


def test_navigation_has_every_area(window: Any) -> None:
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Beranda", "Pegawai Non-ASN", "Unit Kerja", "Kepesertaan", "Anggaran",
                      "Dokumen", "Impor/Ekspor", "Pengaturan"]
    for key in ("pegawai", "unit", "kepesertaan", "pengaturan"):
        assert window.show_page(key) is window.ui.pages.currentWidget()


def test_missing_page_module_gives_placeholder(window: Any) -> None:
    make = external_page("jamsos_desktop.ui.pages.tidak_ada", "Halaman", "Contoh")
    page = make(window)
    assert isinstance(page, Placeholder)
    assert "belum tersedia" in page.findChild(type(page.children()[1])).text()


def test_status_bar_counts(window: Any) -> None:
    assert str(window.store.path) in window.db_label.text()
    window.refresh_counts()
    assert "300 pegawai tercatat" in window.count_label.text()


def test_every_screen_shows_the_overviews_coverage(window: Any) -> None:
    """Status bar, Kepesertaan and Beranda: one coverage figure (nonaktif not counted)."""
    from jamsos_desktop.services import coverage as cov
    from jamsos_desktop.store import workers as wq

    counts = wq.status_counts(window.store.conn)
    assert counts.get("nonaktif", 0) > 0  # the case where the definitions would differ
    expected = f"{cov.coverage(window.store).total.coverage:.1f}".replace(".", ",") + " %"
    window.refresh_counts()
    assert f"cakupan {expected}" in window.count_label.text()
    enrollment = window.show_page("kepesertaan")
    enrollment.refresh_summary()
    assert f"Cakupan: <b>{expected}</b>" in enrollment.summary.text()


def test_last_view_and_columns_remembered(demo_store: Any, qtbot: Any) -> None:
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show_page("unit")
    first.close()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    assert second.ui.navList.currentRow() == 2
    second.close()


def test_guide_opens_with_markdown(window: Any) -> None:
    window.ui.actionGuide.trigger()
    browser = window.guide.findChild(QTextBrowser)
    assert "Panduan" in browser.toPlainText()


def test_units_page_add_and_show_workers(window: Any, demo_store: Any, monkeypatch: Any) -> None:
    from jamsos_desktop.store import units as uq
    from jamsos_desktop.ui import units_page

    page = window.show_page("unit")
    assert page.ui.tree.topLevelItemCount() > 10

    def fill(dialog: Any) -> bool:
        dialog.ui.codeEdit.setText("2.02.09")
        dialog.ui.nameEdit.setText("UPTD Puskesmas Betung")
        dialog.ui.nppEdit.setText("16070202")
        dialog.ui.riskCombo.setCurrentIndex(dialog.ui.riskCombo.findData("rendah"))
        dialog.save()
        return dialog.result() == 1

    dinkes = uq.unit_by_code(demo_store.conn, "2.02")
    monkeypatch.setattr(units_page, "RUN_EDITOR", fill)
    page.edit(None, parent_id=dinkes["id"])
    unit = uq.unit_by_code(demo_store.conn, "2.02.09")
    assert unit["parent_id"] == dinkes["id"] and unit["risk_class"] == "rendah"
    window.show_unit_workers(dinkes["id"])
    roster = window.page("pegawai")
    assert roster.view.ui.unitCombo.currentData() == dinkes["id"]


def test_exception_hook_shows_indonesian_message(window: Any,
                                                 messages: list[tuple[str, str]]) -> None:
    from jamsos_desktop.ui import errors

    try:
        raise RuntimeError("boom")
    except RuntimeError:
        errors._hook(*sys.exc_info())  # type: ignore[arg-type]
    title, text = messages[-1]
    assert title == "Kesalahan tak terduga" and "berkas log" in text
    assert "Traceback" not in text and "boom" not in text


def test_overview_page_links_open_the_editor(window: Any) -> None:
    page = window.show_page("beranda")
    if isinstance(page, Placeholder):
        return  # not in this build
    page.open_worker.emit(5)
    assert any(getattr(e, "worker_id", None) == 5 for e in window.editors)


def test_data_change_records_a_coverage_snapshot(window: Any) -> None:
    """Beranda's trend is fed without anyone opening Beranda: the month's first snapshot at
    start, another after data change (on a worker thread, own connection)."""
    from PySide6.QtCore import QThreadPool

    from jamsos_desktop.services import workers as ws

    conn = window.store.conn

    def proposed() -> list[int]:
        """Whole-pemda "proposed" figure of each month's snapshot (one per month: a newer
        snapshot in the same month replaces the older)."""
        return [r[0] for r in conn.execute(
            "SELECT proposed FROM coverage_snapshots WHERE unit_id IS NULL ORDER BY period")]

    window.take_coverage_snapshot()
    QThreadPool.globalInstance().waitForDone(10_000)
    first = proposed()
    assert len(first) == 1
    wid = conn.execute("SELECT id FROM workers WHERE status = 'belum' LIMIT 1").fetchone()[0]
    ws.change_status(window.store, [wid], "diusulkan")
    window.data_changed([wid])
    assert window._snapshot_timer.isActive()
    window.take_coverage_snapshot()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert proposed() == [first[0] + 1]
