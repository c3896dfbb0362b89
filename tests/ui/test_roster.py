"""The lazy roster model and its filters, over the demo district (300 workers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.roster_model import COLUMNS, PAGE_SIZE, RosterModel, column_index
from jamsos_desktop.ui.roster_view import RosterView


def test_qtmodeltester(demo_store: Any, qtmodeltester: Any) -> None:
    model = RosterModel(demo_store)
    model.reload()
    assert model.rowCount() == 300
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_lazily_in_pages(demo_store: Any) -> None:
    model = RosterModel(demo_store)
    model.reload()
    assert model.fetches == 0  # only ids so far
    name = model.data(model.index(0, column_index("name")))
    assert name
    assert model.fetches == 1
    model.data(model.index(PAGE_SIZE - 1, 0))
    assert model.fetches == 1  # same page, from the cache
    model.data(model.index(PAGE_SIZE, 0))
    assert model.fetches == 2


def test_formats_money_and_dates_in_indonesian(demo_store: Any) -> None:
    model = RosterModel(demo_store)
    model.reload()
    wage_col, birth_col = column_index("wage"), column_index("birth_date")
    for row in range(model.rowCount()):
        wage = model.data(model.index(row, wage_col))
        if wage:
            assert wage.startswith("Rp") and "," not in wage
            break
    birth = model.data(model.index(0, birth_col))
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
    assert any(m in birth for m in months)


def test_sort_by_any_sortable_column(demo_store: Any) -> None:
    model = RosterModel(demo_store)
    model.reload()
    name_col = column_index("name")
    model.sort(name_col, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, name_col)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower, reverse=True)
    for i, column in enumerate(COLUMNS):
        if column.sort:
            model.sort(i, Qt.SortOrder.AscendingOrder)
            assert model.rowCount() == 300


def test_search_as_you_type(demo_store: Any, qtbot: Any) -> None:
    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    view.apply_filters()
    row = wq.fetch_rows(demo_store.conn, [5])[5]
    surname = row["name"].split()[-1]
    qtbot.keyClicks(view.ui.searchEdit, surname[:4])
    qtbot.waitUntil(lambda: view.model.worker_filter.search == surname[:4], timeout=2000)
    assert 5 in view.model.ids
    assert view.model.rowCount() < 300
    assert view.ui.countLabel.text().endswith("cocok")
    view.ui.searchEdit.clear()
    view.ui.searchEdit.setText(row["nik"])
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1 and
                    view.model.worker_filter.search == row["nik"], timeout=2000)
    assert 5 in view.model.ids


def test_unit_filter_includes_sub_units(demo_store: Any, qtbot: Any) -> None:
    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    dinkes = uq.unit_by_code(demo_store.conn, "2.02")
    sub = uq.unit_by_code(demo_store.conn, "2.02.01")
    view.show_unit(dinkes["id"])
    units = {r["unit_id"] for r in wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()}
    assert sub["id"] in units and units <= uq.subtree_ids(demo_store.conn, [dinkes["id"]])


def test_filters_category_status_program_problems(demo_store: Any, qtbot: Any) -> None:
    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    ui = view.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("terdaftar"))
    rows = wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()
    assert rows and all(r["status"] == "terdaftar" for r in rows)
    ui.statusCombo.setCurrentIndex(0)
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("kader"))
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("BPU"))
    rows = wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()
    assert rows and all(r["category"] == "kader" and r["participant_type"] == "BPU"
                        for r in rows)
    view.reset_filters()
    ui.programCombo.setCurrentIndex(ui.programCombo.findData("jht"))
    rows = wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()
    assert rows and all("jht" in wq.programs_of(demo_store.conn, r["id"]) for r in rows)
    view.reset_filters()
    ui.problemCombo.setCurrentIndex(ui.problemCombo.findData("mother_missing"))
    rows = wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()
    assert all(not r["mother_name"] for r in rows)
    ui.problemCombo.setCurrentIndex(ui.problemCombo.findData("all"))
    assert 0 < view.model.rowCount() < 300
    view.reset_filters()
    assert view.model.rowCount() == 300


def test_cut_filter_choice_named_in_tooltip(demo_store: Any, qtbot: Any) -> None:
    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    combo = view.ui.problemCombo
    base = combo.toolTip()
    assert base.startswith("Data bermasalah yang menghambat")
    combo.setCurrentIndex(combo.findData("all"))  # fits: the tooltip stays as it was
    assert combo.toolTip() == base
    # the longest choice is wider than the combo is kept (the window must fit 1366 px)
    longest = max(range(combo.count()),
                  key=lambda i: combo.fontMetrics().horizontalAdvance(combo.itemText(i)))
    combo.setMinimumContentsLength(len(combo.itemText(longest)) // 2)
    combo.setCurrentIndex(longest)
    assert combo.toolTip() == f"{combo.itemText(longest)}\n\n{base}"
    view.reset_filters()
    assert combo.toolTip() == base


def test_pension_age_filter_uses_rate_table(demo_store: Any, qtbot: Any) -> None:
    from jamsos_desktop.ui.roster_view import pension_cutoff

    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    view.set_problem("pension_age")
    cutoff = pension_cutoff()
    assert cutoff is not None
    rows = wq.fetch_rows(demo_store.conn, list(view.model.ids)).values()
    assert all(r["birth_date"] <= cutoff for r in rows)


def test_multi_select_by_ranges_and_column_chooser(demo_store: Any, qtbot: Any) -> None:
    view = RosterView(demo_store, "test")
    qtbot.addWidget(view)
    view.apply_filters()
    view.ui.table.selectAll()
    assert len(view.selected_ids()) == 300
    menu = view.column_menu()
    actions = menu.actions()
    assert [a.text() for a in actions] == [c.title for c in COLUMNS]
    kpj = next(a for a in actions if a.text() == "No. KPJ")
    kpj.setChecked(False)
    assert view.ui.table.isColumnHidden(column_index("kpj"))
    view2 = RosterView(demo_store, "test")  # remembered through QSettings
    qtbot.addWidget(view2)
    assert view2.ui.table.isColumnHidden(column_index("kpj"))


def test_broad_search_shows_count_and_first_page_before_the_whole_list(
        demo_store: Any, qtmodeltester: Any, monkeypatch: Any) -> None:
    """Two-step loading, as on a big roster: at `loaded` the count and the first page are
    there and the rest says "Memuat…"; a selection past the first page still gets every id;
    then the whole list fills in without a reset."""
    from jamsos_desktop.ui.roster_model import LOADING_TEXT

    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    monkeypatch.setattr(wq, "HEAD_ROWS", 5)
    model = RosterModel(demo_store)
    qtmodeltester.check(model, force_py=True)
    whole = list(wq.select_ids(demo_store.conn, wq.WorkerFilter()))
    seen: dict[str, Any] = {}
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    def at_loaded(n: int, _ms: float) -> None:
        if seen:
            return
        seen.update(n=n, complete=model.complete, rows=model.rowCount(),
                    first=model.worker_id(0),
                    later=model.data(model.index(6, column_index("name"))),
                    later_nik=model.data(model.index(6, column_index("nik"))))

    model.loaded.connect(at_loaded)
    model.set_query(wq.WorkerFilter())
    assert seen == {"n": 300, "complete": False, "rows": 300, "first": whole[0],
                    "later": LOADING_TEXT, "later_nik": None}
    assert model.complete and list(model.ids) == whole
    assert len(resets) == 1  # the second step filled rows in, it did not reset the view
    assert model.data(model.index(6, column_index("name")))  # a real name now


def test_selection_past_the_first_page_waits_for_every_id(demo_store: Any,
                                                          monkeypatch: Any) -> None:
    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    monkeypatch.setattr(wq, "HEAD_ROWS", 5)
    model = RosterModel(demo_store)
    model._set_all = lambda ids: None  # type: ignore[method-assign]  # never arrives
    model.set_query(wq.WorkerFilter())
    assert not model.complete and model.rowCount() == 300
    del model._set_all  # the instance override; the class method serves `load_all`
    ids = model.ids_in_rows([(0, 299)])
    assert ids == list(wq.select_ids(demo_store.conn, wq.WorkerFilter()))
    assert model.complete


def test_two_step_loading_on_worker_threads(demo_store: Any, qtbot: Any,
                                            monkeypatch: Any) -> None:
    from jamsos_desktop.ui import background

    monkeypatch.setattr(background, "QUERIES_SYNCHRONOUS", False)
    monkeypatch.setattr(wq, "WHOLE_LIST_MAX", 10)
    model = RosterModel(demo_store)
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.set_query(wq.WorkerFilter(search="a"))
    assert list(model.ids) == list(wq.select_ids(demo_store.conn,
                                                 wq.WorkerFilter(search="a")))
    # A newer query supersedes an older one's second step.
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.set_query(wq.WorkerFilter(search="b"))
        model.set_query(wq.WorkerFilter())
    assert model.rowCount() == 300 and list(model.ids) == list(
        wq.select_ids(demo_store.conn, wq.WorkerFilter()))
    model.close()  # waits for the superseded queries' threads
    model.set_query(wq.WorkerFilter(search="c"))  # closed: runs nothing
    assert model.rowCount() == 300
