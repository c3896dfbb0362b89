"""The Beranda and Anggaran pages offscreen (tasks run inline)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.services import coverage as cov
from jamsos_desktop.services import planner
from jamsos_desktop.store import Store

pytestmark = pytest.mark.usefixtures("_sync")  # tasks inline, messages collected


def test_overview_shows_figures_and_opens_workers(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from jamsos_desktop.ui.pages.beranda import OverviewPage

    page = OverviewPage(demo_store)
    qtbot.addWidget(page)
    total = cov.coverage(demo_store, live=True).total
    assert page.cards["workers"].value.text() == f"{total.workers}"
    assert page.cards["contribution"].value.text() == format_rupiah(total.monthly_contribution)
    assert len(page.bar_chart.bars) == len(page.data.coverage.top_level())  # type: ignore[union-attr]
    assert page.trend_chart.points  # this month's snapshot was taken on first use
    assert page.problem_tree.topLevelItemCount() > 0
    item = page.problem_tree.topLevelItem(0)
    opened: list[int] = []
    page.open_worker.connect(opened.append)
    page._open_item(item)
    assert opened == [page.data.problems.items[0].worker_id]  # type: ignore[union-attr]
    page.problem_tree.setCurrentItem(item)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2
    page.grab()  # paints both charts without error


def test_budget_page_compute_save_compare_export(qtbot, demo_store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 _sync: list[tuple[str, str]]) -> None:
    from jamsos_desktop.ui.pages.anggaran import BudgetPage

    page = BudgetPage(demo_store)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.kind.setCurrentIndex(1)
    page.from_month.setCurrentIndex(9)  # Oktober
    page.compute()
    assert page.plan is not None
    expected = planner.compute_scenario(demo_store, page.scenario_from_form()).budget
    assert page.plan.budget.employer == expected.employer
    assert page.month_table.rowCount() == 4  # Oct, Nov, Dec + total
    assert page.month_table.item(3, 3).text() == format_rupiah(expected.employer)
    assert page.unit_table.rowCount() == len(expected.per_unit_program()) + 1

    page.save_current("Perubahan 2026")
    page.program_combos["honorer"].setCurrentIndex(2)  # JKK + JKM + JHT
    page.raise_on.setChecked(True)
    page.add_change_row()
    page.save_current("Dengan JHT")
    assert [s["name"] for s in planner.list_scenarios(demo_store)] == ["Dengan JHT",
                                                                      "Perubahan 2026"]
    loaded = planner.load_scenario(demo_store, "Dengan JHT")
    assert loaded.wage_increases and loaded.staff_changes and "honorer" in loaded.program_sets

    page.reload_scenarios()
    page.compare_a.setCurrentText("Perubahan 2026")
    page.compare_b.setCurrentText("Dengan JHT")
    page.compare()
    assert page.compare_units.rowCount() > 1
    assert "selisih" in page.compare_summary.text()

    # load a scenario back into the form
    page.scenario_list.setCurrentRow(1)
    page.load_selected()
    assert page.plan is not None and page.plan.scenario.name == "Perubahan 2026"
    assert page.changes.rowCount() == 0 and not page.raise_on.isChecked()

    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    page.export("xlsx", str(xlsx))
    page.export("pdf", str(pdf))
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    assert not [m for m in _sync if m[0] != "Ekspor selesai"]


def test_budget_page_reports_bad_input(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                       _sync: list[tuple[str, str]]) -> None:
    from jamsos_desktop.ui.pages.anggaran import BudgetPage

    page = BudgetPage(demo_store)
    qtbot.addWidget(page)
    page.add_change_row()
    page.changes.cellWidget(0, 1).setCurrentIndex(1)  # keluar
    page.changes.cellWidget(0, 2).setValue(99_999)
    page.compute()
    assert _sync and "melebihi" in _sync[-1][1]
