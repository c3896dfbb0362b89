"""Two-step roster loading (count and first page, then the whole id list) when something
happens between the steps: a newer query started by the clerk, or another PC changing the
data. An action on the selected rows must always name the workers the clerk sees."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from jamsos_desktop.store import open_store
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.roster_model import COLUMNS
from jamsos_desktop.ui.roster_view import RosterView


def _select_rows(view: RosterView, top: int, bottom: int) -> None:
    model = view.model
    view.ui.table.selectionModel().select(
        QItemSelection(model.index(top, 0), model.index(bottom, len(COLUMNS) - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _shown_first_page_only(view: RosterView, monkeypatch: Any) -> None:
    """The roster in name order with its first page shown and the whole list not yet
    arrived (as on a big roster while the second step runs)."""
    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    monkeypatch.setattr(wq, "HEAD_ROWS", 5)
    model = view.model
    model._set_all = lambda ids: None  # type: ignore[method-assign]  # not arrived yet
    view.apply_filters()
    del model._set_all  # the class method serves `load_all` and later queries
    assert not model.complete and model.rowCount() == 300


def test_selection_past_the_first_page_while_a_new_sort_runs(demo_store: Any, qtbot: Any,
                                                             monkeypatch: Any) -> None:
    """The clerk selects rows 250-299 (name order), clicks the NIK header and acts before
    the new order has arrived: the action must get the workers of the rows selected (name
    order), and the newer query must still arrive and be counted."""
    from jamsos_desktop.ui import background

    view = RosterView(demo_store, "two-step")
    qtbot.addWidget(view)
    _shown_first_page_only(view, monkeypatch)
    model = view.model
    by_name = list(wq.select_ids(demo_store.conn, wq.WorkerFilter()))
    by_nik = list(wq.select_ids(demo_store.conn, wq.WorkerFilter(), "nik"))
    assert by_name[250:] != by_nik[250:]
    _select_rows(view, 250, 299)

    monkeypatch.setattr(background, "QUERIES_SYNCHRONOUS", False)
    gate = threading.Event()
    real_head = wq.roster_head

    def slow_head(*args: Any, **kw: Any) -> wq.RosterHead:
        gate.wait(10)  # the new sort's first step is still running
        return real_head(*args, **kw)

    monkeypatch.setattr(wq, "roster_head", slow_head)
    model.set_query(sort="nik")
    try:
        assert view.selected_ids() == by_name[250:]
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not model.busy and model.complete, timeout=10_000)
    assert list(model.ids) == by_nik
    assert view.ui.countLabel.text() == "300 pegawai"  # not left at "Mencari…"
    model.close()


def test_data_changed_elsewhere_between_the_steps(demo_store: Any, qtbot: Any,
                                                  monkeypatch: Any) -> None:
    """Another PC renames the first worker between the two steps (same count, another
    order). A row the clerk selected on the first page must not silently become another
    worker."""
    view = RosterView(demo_store, "two-step")
    qtbot.addWidget(view)
    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    monkeypatch.setattr(wq, "HEAD_ROWS", 5)
    model = view.model
    other = open_store(demo_store.path)
    real_ids = wq.roster_ids
    chosen: list[int] = []

    def at_loaded(_n: int, _ms: float) -> None:
        if not chosen:  # the clerk selects the first row as soon as it shows
            chosen.append(model.worker_id(0))
            _select_rows(view, 0, 0)

    def renamed_meanwhile(*args: Any, **kw: Any) -> Any:
        with other.tx() as conn:
            wq.update_worker(conn, chosen[0], None, {"name": "Zulkarnain Zz"}, "2026-11-21")
        return real_ids(*args, **kw)

    model.loaded.connect(at_loaded)
    monkeypatch.setattr(wq, "roster_ids", renamed_meanwhile)
    try:
        view.apply_filters()
    finally:
        other.close()
    assert model.complete and model.rowCount() == 300
    assert list(model.ids) == list(wq.select_ids(demo_store.conn, wq.WorkerFilter()))
    assert model.worker_id(0) != chosen[0]  # the renamed worker moved away from row 0
    assert view.selected_ids() in ([], chosen)


def _whole_list_held_back(model: Any) -> None:
    """The next query shows its first page; its whole list has not arrived yet."""
    model._set_all = lambda ids: None  # type: ignore[method-assign]


def test_bulk_actions_on_rows_past_the_first_page(window: Any, demo_store: Any,
                                                  monkeypatch: Any) -> None:
    """Archive every row of the roster and a status change on every row of a Kepesertaan
    filter (fixed statuses) while only the first page is known: every worker is acted on,
    and undo brings them all back (search index included)."""
    from jamsos_desktop.ui import enrollment_page

    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    monkeypatch.setattr(wq, "HEAD_ROWS", 5)
    conn = demo_store.conn
    page = window.show_page("kepesertaan")
    view = page.view
    _whole_list_held_back(view.model)
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData("belum"))
    del view.model._set_all
    belum = list(wq.select_ids(conn, wq.WorkerFilter(statuses=frozenset({"belum"}))))
    assert len(belum) > 50 and not view.model.complete
    assert view.model.rowCount() == len(belum)
    view.ui.table.selectAll()
    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", lambda _d: True)
    page.change_selected(enrollment_page.EnrollmentStatus.DIUSULKAN)
    assert {r["status"] for r in wq.fetch_rows(conn, belum).values()} == {"diusulkan"}

    roster = window.show_page("pegawai")
    rview = roster.view
    _whole_list_held_back(rview.model)
    rview.ui.unitCombo.setCurrentIndex(1)  # the first unit and its sub-units
    del rview.model._set_all
    unit_ids = list(wq.select_ids(conn, rview.build_filter()))
    assert len(unit_ids) > 10 and not rview.model.complete
    rview.ui.table.selectAll()
    roster.archive_selected()
    assert {r["archived"] for r in wq.fetch_rows(conn, unit_ids).values()} == {1}
    conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")
    window.undo_action.trigger()
    assert {r["archived"] for r in wq.fetch_rows(conn, unit_ids).values()} == {0}
    window.undo_action.trigger()  # the status change
    assert {r["status"] for r in wq.fetch_rows(conn, belum).values()} == {"belum"}
    conn.execute("INSERT INTO workers_fts(workers_fts, rank) VALUES ('integrity-check', 1)")
