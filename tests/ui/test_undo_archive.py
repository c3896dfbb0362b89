"""Undo/redo through the main window's stack; archive and restore; admin-only delete."""

from __future__ import annotations

from typing import Any

from jamsos_desktop.store import workers as wq


def _roster(window: Any) -> Any:
    return window.show_page("pegawai")


def test_edit_undo_redo(window: Any, demo_store: Any, qtbot: Any) -> None:
    old = wq.get_worker(demo_store.conn, 7)
    editor = window.open_editor(7)
    editor.ui.jobTitleEdit.setText("Juru Ukur")
    editor.ui.jhtCheck.setChecked(not editor.ui.jhtCheck.isChecked())
    assert editor.save(close=True) == 7
    assert wq.get_worker(demo_store.conn, 7)["job_title"] == "Juru Ukur"
    window.undo_action.trigger()
    row = wq.get_worker(demo_store.conn, 7)
    assert row["job_title"] == old["job_title"]
    assert set(wq.programs_of(demo_store.conn, 7)) == set(old["programs"].split(","))
    window.redo_action.trigger()
    assert wq.get_worker(demo_store.conn, 7)["job_title"] == "Juru Ukur"


def test_undo_of_adding_archives_the_new_worker(window: Any, demo_store: Any) -> None:
    from datetime import date

    from jamsos_desktop.domain.nik import make_nik

    editor = window.open_editor(None)
    nik = make_nik("16.07.02", date(1985, 1, 2), "L", 44)
    editor.ui.nikEdit.setText(nik)
    editor.ui.nikEdit.textEdited.emit(nik)
    editor.ui.nameEdit.setText("Budi Baru")
    editor.ui.wageEdit.setText("1.750.000")
    wid = editor.save(close=True)
    assert wid is not None
    window.undo_action.trigger()
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 1
    window.redo_action.trigger()
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 0


def test_archive_restore_and_undo(window: Any, demo_store: Any) -> None:
    page = _roster(window)
    page.view.ui.table.selectRow(0)
    page.view.ui.table.selectRow(1)
    wid = page.view.selected_ids()[0]
    page.archive_selected()
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 1
    assert wid not in page.view.model.ids  # gone from the active roster
    page.view.ui.archiveCheck.setChecked(True)  # the Arsip view
    assert wid in page.view.model.ids
    assert page.restore_button.isVisible()
    assert page.view.select_worker(wid)
    page.restore_selected()
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 0
    window.undo_action.trigger()  # undo the restore: archived again
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 1
    window.undo_action.trigger()  # undo the archive
    assert wq.get_worker(demo_store.conn, wid)["archived"] == 0


def test_undo_refuses_when_someone_else_changed_the_row(
        window: Any, demo_store: Any, messages: list[tuple[str, str]]) -> None:
    from jamsos_desktop.services.workers import set_archived

    page = _roster(window)
    page.view.ui.table.selectRow(3)
    wid = page.view.selected_ids()[0]
    page.archive_selected()
    set_archived(demo_store, [wid], False)  # "another PC" restored it meanwhile
    version = wq.get_worker(demo_store.conn, wid)["version"]
    window.undo_action.trigger()
    assert messages and "tidak dapat dibatalkan" in messages[-1][1]
    assert wq.get_worker(demo_store.conn, wid)["version"] == version  # nothing written
    assert window.undo_stack.count() == 0  # the stale step is dropped


def test_move_to_unit_with_undo(window: Any, demo_store: Any, monkeypatch: Any) -> None:
    from jamsos_desktop.store import units as uq
    from jamsos_desktop.ui import roster_page

    target = uq.unit_by_code(demo_store.conn, "3.04")["id"]
    monkeypatch.setattr(roster_page, "CHOOSE_UNIT", lambda items: target)
    page = _roster(window)
    page.view.ui.table.selectRow(0)
    wid = page.view.selected_ids()[0]
    before = wq.get_worker(demo_store.conn, wid)["unit_id"]
    page.move_selected()
    assert wq.get_worker(demo_store.conn, wid)["unit_id"] == target
    window.undo_action.trigger()
    assert wq.get_worker(demo_store.conn, wid)["unit_id"] == before


def test_real_delete_only_for_admin_from_the_archive(window: Any, demo_store: Any,
                                                     messages: list[tuple[str, str]]) -> None:
    page = _roster(window)
    page.view.ui.table.selectRow(0)
    wid = page.view.selected_ids()[0]
    page.archive_selected()
    page.view.ui.archiveCheck.setChecked(True)
    page.view.select_worker(wid)
    demo_store.role = "operator"
    page.delete_selected()
    assert wq.get_worker(demo_store.conn, wid) is not None
    assert "administrator" in messages[-1][1]
    demo_store.role = "admin"
    page.delete_selected()
    assert wq.get_worker(demo_store.conn, wid) is None
