"""Bulk enrollment status changes on a selection, dated and in each worker's history."""

from __future__ import annotations

from typing import Any

import pytest

from jamsos_desktop.services.workers import history
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui import enrollment_page
from jamsos_desktop.ui.enrollment_page import EnrollmentPage, StatusDialog


def _page(window: Any) -> EnrollmentPage:
    return window.show_page("kepesertaan")


def _select_status(page: EnrollmentPage, status: str, n: int) -> list[int]:
    ui = page.view.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(status))
    for row in range(n):
        page.view.ui.table.selectionModel().select(
            page.view.model.index(row, 0),
            page.view.ui.table.selectionModel().SelectionFlag.Select
            | page.view.ui.table.selectionModel().SelectionFlag.Rows)
    return page.view.selected_ids()


def test_propose_then_register_with_kpj(window: Any, demo_store: Any,
                                        monkeypatch: pytest.MonkeyPatch,
                                        messages: list[tuple[str, str]]) -> None:
    page = _page(window)
    ids = _select_status(page, "belum", 3)
    assert len(ids) == 3

    def propose(dialog: StatusDialog) -> bool:
        assert dialog.ui.referenceEdit.isVisibleTo(dialog)
        dialog.ui.referenceEdit.setText("560/77/BPKAD/2026")
        return True

    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", propose)
    page.change_selected(enrollment_page.EnrollmentStatus.DIUSULKAN)
    rows = wq.fetch_rows(demo_store.conn, ids)
    assert all(r["status"] == "diusulkan" and r["proposal_ref"] == "560/77/BPKAD/2026"
               for r in rows.values())
    assert "3 pegawai diubah menjadi Diusulkan" in messages[-1][1]

    def register(dialog: StatusDialog) -> bool:
        assert dialog.ui.kpjTable.rowCount() == 3
        from PySide6.QtWidgets import QTableWidgetItem

        dialog.ui.kpjTable.setItem(0, 2, QTableWidgetItem("12345678901"))
        return True

    page.view.reset_filters()
    for wid in ids:
        page.view.select_worker(wid) if wid == ids[0] else None
    table = page.view.ui.table
    table.clearSelection()
    for wid in ids:
        row = page.view.model.row_of(wid)
        table.selectionModel().select(page.view.model.index(row, 0),
                                      table.selectionModel().SelectionFlag.Select
                                      | table.selectionModel().SelectionFlag.Rows)
    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", register)
    page.change_selected(enrollment_page.EnrollmentStatus.TERDAFTAR)
    rows = wq.fetch_rows(demo_store.conn, ids)
    assert all(r["status"] == "terdaftar" and r["registered_at"] for r in rows.values())
    first = page.view.selected_ids()[0] if False else None
    del first
    assert any(r["kpj"] == "12345678901" for r in rows.values())
    events = [e for e in history(demo_store, ids[0]) if e["kind"] == "status"]
    assert [e["to"] for e in events][-2:] == ["diusulkan", "terdaftar"]
    assert all(e["effective_date"] for e in events[-2:])


def test_deactivate_needs_reason_and_undo_restores(window: Any, demo_store: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(window)
    ids = _select_status(page, "terdaftar", 2)
    before = wq.fetch_rows(demo_store.conn, ids)

    def no_reason(dialog: StatusDialog) -> bool:
        dialog._accept()
        assert "wajib" in dialog.ui.messageLabel.text()
        dialog.ui.reasonCombo.setCurrentText("Kontrak berakhir")
        return True

    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", no_reason)
    page.change_selected(enrollment_page.EnrollmentStatus.NONAKTIF)
    after = wq.fetch_rows(demo_store.conn, ids)
    assert all(r["status"] == "nonaktif" and r["end_reason"] == "Kontrak berakhir"
               and r["ended_at"] for r in after.values())
    window.undo_action.trigger()
    undone = wq.fetch_rows(demo_store.conn, ids)
    for wid in ids:
        assert undone[wid]["status"] == before[wid]["status"] == "terdaftar"
        assert undone[wid]["ended_at"] == before[wid]["ended_at"]
    events = [e for e in history(demo_store, ids[0]) if e["kind"] == "status"]
    assert events[-1]["to"] == "terdaftar" and "urungkan" in (events[-1]["note"] or "")


def test_invalid_moves_are_skipped_and_reported(window: Any, demo_store: Any,
                                                monkeypatch: pytest.MonkeyPatch,
                                                messages: list[tuple[str, str]]) -> None:
    page = _page(window)
    ids = _select_status(page, "belum", 2)
    monkeypatch.setattr(enrollment_page, "FILL_DIALOG",
                        lambda d: (d.ui.reasonCombo.setCurrentText("Pensiun"), True)[1])
    page.change_selected(enrollment_page.EnrollmentStatus.NONAKTIF)
    assert all(r["status"] == "belum" for r in wq.fetch_rows(demo_store.conn, ids).values())
    assert "dilewati" in messages[-1][1]


def test_status_dialog_shows_whole_nik(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.domain.enums import EnrollmentStatus

    rows = list(wq.fetch_rows(demo_store.conn, [1, 2]).values())
    dialog = StatusDialog(EnrollmentStatus.TERDAFTAR, rows, len(rows))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.kpjTable
    fm = table.fontMetrics()
    assert table.columnWidth(1) > fm.horizontalAdvance(rows[0]["nik"])
    assert table.columnWidth(2) > fm.horizontalAdvance("0" * 11)


def test_summary_has_a_margin(window: Any) -> None:
    page = _page(window)
    margins = page.summary.contentsMargins()
    assert margins.top() > 0 and margins.left() > 0
