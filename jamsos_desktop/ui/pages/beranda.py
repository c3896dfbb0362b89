"""Beranda: "how many of our non-ASN are protected yet?" — summary figures, enrollment by
unit (bar chart), coverage trend over months (line chart), the table per unit, and the data
problems blocking enrollment; double-clicking a problem opens that worker (`open_worker`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QWidget

from jamsos_desktop.domain.enums import STATUS_LABELS, EnrollmentStatus
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.services import coverage as coverage_service
from jamsos_desktop.store import Store
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error
from jamsos_desktop.ui.generated.ui_overview_page import Ui_OverviewPage
from jamsos_desktop.ui.pages.charts import Bar

ROLE_WORKER = Qt.ItemDataRole.UserRole + 1


def pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + " %"


@dataclass
class OverviewData:
    coverage: coverage_service.Coverage
    trend: list[coverage_service.TrendPoint]
    problems: coverage_service.ProblemList
    as_of: date


def load_overview(store: Store, today: date | None = None) -> OverviewData:
    """Everything the page shows, computed off the GUI thread; takes this month's snapshot
    on first use and a new one when the data changed since the last. The problem scan runs
    on its own connection in a second thread meanwhile: SQLite releases the GIL while it
    works, so on a two-core office PC the two full scans overlap."""
    from concurrent.futures import ThreadPoolExecutor

    from jamsos_desktop.store import open_store

    today = today or date.today()

    def problems() -> coverage_service.ProblemList:
        own = open_store(store.path, user=store.user)
        try:
            return coverage_service.blocking_problems(own, today=today)
        finally:
            own.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(problems)
        cov = coverage_service.refresh_snapshot(store, today=today)
        trend = coverage_service.trend(store)
        return OverviewData(cov, trend, pending.result(), today)


class _Card:
    """One summary figure of the form: title, value and a small detail line."""

    def __init__(self, title: QLabel, value: QLabel, detail: QLabel) -> None:
        self.title, self.value, self.detail = title, value, detail

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


CARD_KEYS = {"workers": "workers", "enrolled": "enrolled", "proposed": "proposed",
             "not_enrolled": "notEnrolled", "coverage": "coverage",
             "contribution": "contribution"}


class OverviewPage(QWidget):
    open_worker = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.data: OverviewData | None = None
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.cards = {key: _Card(getattr(ui, f"{name}Title"), getattr(ui, f"{name}Value"),
                                 getattr(ui, f"{name}Detail"))
                      for key, name in CARD_KEYS.items()}
        self.as_of = ui.asOfLabel
        self.refresh_button = ui.refreshButton
        self.bar_chart = ui.barChart
        self.trend_chart = ui.trendChart
        self.tabs = ui.tabs
        self.unit_tree = ui.unitTree
        self.problem_summary = ui.problemSummary
        self.problem_tree = ui.problemTree
        self.open_button = ui.openButton
        ui.refreshButton.clicked.connect(self.refresh)
        ui.problemTree.itemDoubleClicked.connect(self._open_item)
        ui.openButton.clicked.connect(self._open_selected)
        self.refresh()

    # -- loading --

    def refresh(self) -> None:
        path, user = self.store.path, self.store.user

        def work(progress: Any) -> OverviewData:
            from jamsos_desktop.store import open_store

            progress(0, 0, "Menghitung cakupan kepesertaan…")
            # Own connection: SQLite connections are not shared across threads here.
            store = open_store(path, user=user)
            try:
                return load_overview(store)
            finally:
                store.close()

        self.refresh_button.setEnabled(False)
        tasks.run_task(self, "Beranda", work, on_done=self.show_data, on_error=self._failed,
                       cancellable=False, label="Menghitung cakupan kepesertaan…")

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        show_error(self, exc)

    def show_data(self, data: OverviewData) -> None:
        self.refresh_button.setEnabled(True)
        self.data = data
        cov, t = data.coverage, data.coverage.total
        self.as_of.setText(f"Keadaan {data.as_of.strftime('%d-%m-%Y')}")
        self.cards["workers"].set(format_number(t.workers), "orang")
        self.cards["enrolled"].set(format_number(t.enrolled), "orang")
        self.cards["proposed"].set(format_number(t.proposed), "orang")
        self.cards["not_enrolled"].set(format_number(t.not_enrolled), "orang")
        self.cards["coverage"].set(pct(t.coverage), "terdaftar ÷ pekerja aktif")
        self.cards["contribution"].set(format_rupiah(t.monthly_contribution),
                                       "pekerja terdaftar, bulan ini")
        self.bar_chart.set_bars([Bar(f"{r.code} {r.name}",
                                     (r.enrolled, r.proposed, r.not_enrolled), pct(r.coverage))
                                 for r in cov.top_level() if r.workers])
        self.trend_chart.set_points([(p.label, p.coverage) for p in data.trend])
        self._fill_units(cov)
        self._fill_problems(data.problems)

    def _fill_units(self, cov: coverage_service.Coverage) -> None:
        tree = self.unit_tree
        tree.clear()
        parents: dict[int | None, QTreeWidgetItem] = {}
        for r in cov.rows:
            values = [f"{r.code} {r.name}", format_number(r.workers), format_number(r.enrolled),
                      format_number(r.proposed), format_number(r.not_enrolled),
                      pct(r.coverage), format_rupiah(r.monthly_contribution)]
            parent = parents.get(r.parent_id) if r.depth else None
            item = QTreeWidgetItem(parent if parent is not None else tree, values)
            for col in range(1, 7):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            parents[r.unit_id] = item
        t = cov.total
        total = QTreeWidgetItem(tree, ["Jumlah seluruhnya", format_number(t.workers),
                                       format_number(t.enrolled), format_number(t.proposed),
                                       format_number(t.not_enrolled), pct(t.coverage),
                                       format_rupiah(t.monthly_contribution)])
        font = total.font(0)
        font.setBold(True)
        for col in range(7):
            total.setFont(col, font)
            if col:
                total.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
        tree.expandAll()
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 7):
            tree.resizeColumnToContents(col)

    def _fill_problems(self, problems: coverage_service.ProblemList) -> None:
        tree = self.problem_tree
        tree.clear()
        for item in problems.items:
            status = STATUS_LABELS.get(EnrollmentStatus(item.status), item.status)
            row = QTreeWidgetItem(tree, [coverage_service.problem_label(item.kind), item.name,
                                         item.nik, item.unit_name, status, item.message])
            row.setData(0, ROLE_WORKER, item.worker_id)
            row.setToolTip(5, item.message)
        counts = ", ".join(f"{coverage_service.problem_label(k)}: {format_number(n)}"
                           for k, n in problems.counts.items() if n)
        shown = len(problems.items)
        total = sum(problems.counts.values())
        more = f" Ditampilkan {format_number(shown)} dari {format_number(total)}." \
            if shown < total else ""
        self.problem_summary.setText(
            f"{format_number(problems.workers)} pekerja belum terdaftar memiliki data yang "
            f"menghambat pendaftaran. {counts}.{more} Klik dua kali untuk membuka datanya."
            if total else "Tidak ada data bermasalah pada pekerja yang belum terdaftar.")
        self.tabs.setTabText(1, f"Data bermasalah ({format_number(total)})")
        tree.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col in range(5):
            tree.resizeColumnToContents(col)

    # -- one click away from the worker --

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        worker_id = item.data(0, ROLE_WORKER)
        if worker_id is not None:
            self.open_worker.emit(int(worker_id))

    def _open_selected(self) -> None:
        items = self.problem_tree.selectedItems()
        if items:
            self._open_item(items[0])
