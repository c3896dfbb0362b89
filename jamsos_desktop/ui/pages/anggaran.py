"""Anggaran: "how much must we put in the APBD?" — the budget planner. Left: the scenario
(year, APBD or APBD-Perubahan from a month, programs per worker category, wage increase,
planned hires/exits, whether to include workers not yet enrolled), saved by name. Right:
totals (employer share apart from worker share), month by month with the JP cap in force,
per unit × program × kode rekening, per category, assumptions, and a side-by-side
comparison of two scenarios. Pricing runs through `ui.tasks.run_task`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jamsos_desktop.domain.dates import format_bulan
from jamsos_desktop.domain.enums import PROGRAM_LABELS, Category, ParticipantType, Program
from jamsos_desktop.domain.money import format_number, format_rupiah, parse_rupiah
from jamsos_desktop.domain.planning import (
    Plan,
    Scenario,
    ScenarioComparison,
    StaffChange,
    WageIncrease,
)
from jamsos_desktop.domain.rates import MONTHS_ID
from jamsos_desktop.domain.terbilang import terbilang_rupiah
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import planner
from jamsos_desktop.store import Store
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error, show_info
from jamsos_desktop.ui.generated.ui_budget_page import Ui_BudgetPage
from jamsos_desktop.ui.pages.layout import fit_scroll_width

OWN = "Sesuai data kepesertaan"
PRESETS: list[tuple[str, frozenset[Program]]] = [
    ("JKK + JKM", frozenset({Program.JKK, Program.JKM})),
    ("JKK + JKM + JHT", frozenset({Program.JKK, Program.JKM, Program.JHT})),
    ("JKK + JKM + JHT + JP", frozenset({Program.JKK, Program.JKM, Program.JHT, Program.JP})),
]
CURRENT = "(isian saat ini)"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _programs_text(programs: frozenset[Program]) -> str:
    return " + ".join(p.value.upper() for p in (Program.JKK, Program.JKM, Program.JHT,
                                                  Program.JP, Program.JKP) if p in programs)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(_RIGHT)
    return item


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]],
          right_from: int = 1, bold_last: bool = False) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = _item(value, right=c >= right_from)
            if bold_last and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class BudgetPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: Plan | None = None
        self.units = planner.unit_infos(store)
        self.loaded_name = ""
        self.ui = Ui_BudgetPage()
        self.ui.setupUi(self)
        self._bind_form()
        self._bind_results()
        fit_scroll_width(self.ui.formScroll)
        self.ui.splitter.setSizes([430, 900])
        self.reload_scenarios()
        self._show_plan(None)

    # -- the scenario form --

    def _bind_form(self) -> None:
        ui = self.ui
        self.scenario_list = ui.scenarioList
        self.load_button, self.save_button = ui.loadButton, ui.saveButton
        self.delete_button = ui.deleteButton
        ui.scenarioList.itemDoubleClicked.connect(lambda _i: self.load_selected())
        ui.loadButton.clicked.connect(self.load_selected)
        ui.saveButton.clicked.connect(lambda: self.save_current())
        ui.deleteButton.clicked.connect(self.delete_selected)

        self.year, self.kind = ui.yearSpin, ui.kindCombo
        self.from_month, self.include_belum = ui.fromMonthCombo, ui.includeBelumCheck
        today = date.today()
        self.year.setValue(today.year + (1 if today.month >= 7 else 0))
        self.from_month.addItems(list(MONTHS_ID))
        self.from_month.setCurrentIndex(9)
        self.kind.currentIndexChanged.connect(lambda i: self.from_month.setEnabled(i == 1))

        # One row per worker category: the list comes from the domain, not the form.
        self.program_combos: dict[str, QComboBox] = {}
        previous: QWidget = self.include_belum
        for cat in Category:
            combo = QComboBox(ui.programsBox)
            combo.addItem(OWN, None)
            for label, progs in PRESETS:
                if cat.default_participant_type is ParticipantType.BPU and Program.JP in progs:
                    continue  # JP does not exist for BPU
                combo.addItem(label, progs)
            self.program_combos[cat.value] = combo
            ui.programsForm.addRow(cat.label, combo)
            QWidget.setTabOrder(previous, combo)  # Tab goes down the form, not to the end
            previous = combo

        self.raise_on, self.raise_kind = ui.raiseOnCheck, ui.raiseKindCombo
        self.raise_percent, self.raise_amount = ui.raisePercentSpin, ui.raiseAmountEdit
        self.raise_month = ui.raiseMonthCombo
        self.raise_month.addItems(list(MONTHS_ID))

        self.changes = ui.changesTable
        self.changes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.addRowButton.clicked.connect(lambda: self.add_change_row())
        ui.removeRowButton.clicked.connect(self._remove_change_row)
        self.compute_button = ui.computeButton
        ui.computeButton.clicked.connect(self.compute)

    def add_change_row(self, change: StaffChange | None = None) -> None:
        t = self.changes
        r = t.rowCount()
        t.insertRow(r)
        unit = QComboBox(t)
        for uid, info in sorted(self.units.items(), key=lambda kv: kv[1].name):
            unit.addItem(info.name, uid)
        kind = QComboBox(t)
        kind.addItem("Masuk", "masuk")
        kind.addItem("Keluar", "keluar")
        count = QSpinBox(t)
        count.setRange(1, 100_000)
        wage = QLineEdit("2.500.000", t)
        month = QComboBox(t)
        month.addItems(list(MONTHS_ID))
        category = QComboBox(t)
        category.addItem("(semua)", None)
        for cat in Category:
            category.addItem(cat.label, cat.value)
        if change is not None:
            unit.setCurrentIndex(max(0, unit.findData(change.unit_id)))
            kind.setCurrentIndex(max(0, kind.findData(change.kind)))
            count.setValue(change.count)
            wage.setText(format_number(change.wage) if change.wage is not None else "")
            month.setCurrentIndex(change.from_month - 1)
            category.setCurrentIndex(max(0, category.findData(change.category)))
        else:
            category.setCurrentIndex(category.findData(Category.HONORER.value))
            month.setCurrentIndex(3)
        for c, w in enumerate((unit, kind, count, wage, month, category)):
            t.setCellWidget(r, c, w)

    def _remove_change_row(self) -> None:
        row = self.changes.currentRow()
        if row < 0:
            row = self.changes.rowCount() - 1
        if row >= 0:
            self.changes.removeRow(row)

    def scenario_from_form(self, name: str | None = None) -> Scenario:
        sets = {cat: combo.currentData() for cat, combo in self.program_combos.items()
                if combo.currentData() is not None}
        increases: tuple[WageIncrease, ...] = ()
        if self.raise_on.isChecked():
            month = self.raise_month.currentIndex() + 1
            if self.raise_kind.currentIndex() == 0:
                increases = (WageIncrease(month, percent=Decimal(str(
                    round(self.raise_percent.value(), 2)))),)
            else:
                increases = (WageIncrease(month, amount=parse_rupiah(self.raise_amount.text(),
                                                                     allow_negative=True)),)
        changes = []
        t = self.changes
        for r in range(t.rowCount()):
            kind = t.cellWidget(r, 1).currentData()  # type: ignore[union-attr]
            wage_text = t.cellWidget(r, 3).text().strip()  # type: ignore[union-attr]
            wage = parse_rupiah(wage_text) if wage_text else None
            changes.append(StaffChange(
                kind=kind, unit_id=int(t.cellWidget(r, 0).currentData()),  # type: ignore[union-attr]
                count=int(t.cellWidget(r, 2).value()),  # type: ignore[union-attr]
                from_month=t.cellWidget(r, 4).currentIndex() + 1,  # type: ignore[union-attr]
                wage=wage if kind == "masuk" else (wage if wage_text and wage else None),
                category=t.cellWidget(r, 5).currentData()))  # type: ignore[union-attr]
        first = self.from_month.currentIndex() + 1 if self.kind.currentIndex() == 1 else 1
        return Scenario(year=self.year.value(), from_month=first,
                        include_not_enrolled=self.include_belum.isChecked(),
                        program_sets=sets, wage_increases=increases,
                        staff_changes=tuple(changes),
                        name=self.loaded_name if name is None else name).check()

    def set_form(self, sc: Scenario) -> None:
        self.loaded_name = sc.name
        self.year.setValue(sc.year)
        self.kind.setCurrentIndex(1 if sc.is_perubahan else 0)
        if sc.is_perubahan:
            self.from_month.setCurrentIndex(sc.from_month - 1)
        self.include_belum.setChecked(sc.include_not_enrolled)
        for cat, combo in self.program_combos.items():
            wanted = sc.program_sets.get(cat)
            index = 0 if wanted is None else combo.findData(wanted)
            if index < 0:  # a set saved elsewhere (CLI) that no preset matches
                combo.addItem(_programs_text(wanted), wanted)  # type: ignore[arg-type]
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        inc = sc.wage_increases[0] if sc.wage_increases else None
        self.raise_on.setChecked(inc is not None)
        if inc is not None:
            self.raise_month.setCurrentIndex(inc.from_month - 1)
            if inc.percent is not None:
                self.raise_kind.setCurrentIndex(0)
                self.raise_percent.setValue(float(inc.percent))
            else:
                self.raise_kind.setCurrentIndex(1)
                self.raise_amount.setText(format_number(inc.amount or 0))
        self.changes.setRowCount(0)
        for change in sc.staff_changes:
            self.add_change_row(change)

    # -- saved scenarios --

    def reload_scenarios(self) -> None:
        names = [s["name"] for s in planner.list_scenarios(self.store)]
        self.scenario_list.clear()
        self.scenario_list.addItems(names)
        for combo in (self.compare_a, self.compare_b):
            current = combo.currentText()
            combo.clear()
            combo.addItems([CURRENT, *names])
            if current in names or current == CURRENT:
                combo.setCurrentText(current)
        if len(names) >= 1 and self.compare_b.currentText() == CURRENT:
            self.compare_b.setCurrentText(names[0])

    def _selected_name(self) -> str | None:
        item = self.scenario_list.currentItem()
        return item.text() if item is not None else None

    def load_selected(self) -> None:
        name = self._selected_name()
        if name is None:
            return
        try:
            self.set_form(planner.load_scenario(self.store, name))
        except UserError as exc:
            show_error(self, exc)
            return
        self.compute()

    def save_current(self, name: str | None = None) -> None:
        if not name:
            text, ok = QInputDialog.getText(self, "Simpan skenario", "Nama skenario:",
                                            text=self.loaded_name)
            if not ok:
                return
            name = text
        try:
            sc = self.scenario_from_form(name)
            planner.save_scenario(self.store, sc)
        except UserError as exc:
            show_error(self, exc)
            return
        self.loaded_name = sc.name
        self.reload_scenarios()

    def delete_selected(self) -> None:
        name = self._selected_name()
        if name is None:
            return
        try:
            planner.delete_scenario(self.store, name)
        except UserError as exc:
            show_error(self, exc)
        self.reload_scenarios()

    # -- results --

    def _bind_results(self) -> None:
        ui = self.ui
        self.title = ui.titleLabel
        self.employer_label, self.worker_label = ui.employerLabel, ui.workerLabel
        self.total_label, self.terbilang = ui.totalLabel, ui.terbilangLabel
        self.tabs = ui.tabs
        self.month_table, self.unit_table = ui.monthTable, ui.unitTable
        self.category_table, self.notes = ui.categoryTable, ui.notesList
        self.compare_a, self.compare_b = ui.compareACombo, ui.compareBCombo
        self.compare_button, self.compare_summary = ui.compareButton, ui.compareSummary
        self.compare_units, self.compare_months = ui.compareUnitsTable, ui.compareMonthsTable
        self.compare_programs = ui.compareProgramsTable
        self.xlsx_button, self.pdf_button = ui.xlsxButton, ui.pdfButton
        ui.compareButton.clicked.connect(self.compare)
        ui.xlsxButton.clicked.connect(lambda: self.export("xlsx"))
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))

    def _run(self, title: str, fn: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        path, user = self.store.path, self.store.user

        def work(progress: Any) -> Any:
            from jamsos_desktop.store import open_store

            progress(0, 0, "Menghitung anggaran…")
            # Own connection: SQLite connections are not shared across threads here.
            store = open_store(path, user=user)
            try:
                return fn(store)
            finally:
                store.close()

        tasks.run_task(self, title, work, on_done=done, on_error=lambda e: show_error(self, e),
                       cancellable=False, label="Menghitung anggaran…")

    def compute(self) -> None:
        try:
            sc = self.scenario_from_form()
        except UserError as exc:
            show_error(self, exc)
            return
        self._run("Hitung anggaran", lambda store: planner.compute_scenario(store, sc),
                  self._show_plan)

    def _unit_name(self, unit_id: int) -> str:
        info = self.units.get(unit_id)
        return info.name if info else str(unit_id)

    def _show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(plan is not None)
        if plan is None:
            self.title.setText("Isi skenario di kiri, lalu tekan \u201cHitung anggaran\u201d.")
            for label in (self.employer_label, self.worker_label, self.total_label):
                label.setText("")
            self.terbilang.setText("")
            return
        b, sc = plan.budget, plan.scenario
        self.title.setText(f"{sc.period_label()}" + (f" — skenario \u201c{sc.name}\u201d"
                                                      if sc.name else ""))
        self.employer_label.setText(f"Beban APBD (pemberi kerja)<br><b>"
                                    f"{format_rupiah(b.employer)}</b>")
        self.worker_label.setText(f"Bagian pekerja (potong upah)<br><b>"
                                  f"{format_rupiah(b.worker)}</b>")
        self.total_label.setText(f"Jumlah iuran<br><b>{format_rupiah(b.total)}</b>")
        self.terbilang.setText(f"Terbilang (beban APBD): {terbilang_rupiah(b.employer)}")
        months = b.per_month()
        rows = [[format_bulan(b.year, m.month),
                 format_number(max(m.headcount.values(), default=0)),
                 format_rupiah(m.jp_cap) if m.jp_cap else "-", format_rupiah(m.employer),
                 format_rupiah(m.worker), format_rupiah(m.total)] for m in months]
        rows.append(["Jumlah", "", "", format_rupiah(b.employer), format_rupiah(b.worker),
                     format_rupiah(b.total)])
        _fill(self.month_table, ["Bulan", "Peserta", "Batas upah JP", "Pemberi kerja (APBD)",
                                 "Pekerja", "Jumlah"], rows, bold_last=True)
        rows = []
        for upt in b.per_unit_program():
            heads = [m.headcount for m in upt.monthly if m.headcount]
            rows.append([self._unit_name(upt.unit_id), PROGRAM_LABELS[upt.program],
                         upt.account_code.code if upt.account_code else "-",
                         format_number(max(heads, default=0)), str(upt.months),
                         format_rupiah(upt.employer), format_rupiah(upt.worker),
                         format_rupiah(upt.total)])
        rows.append(["Jumlah", "", "", "", "", format_rupiah(b.employer),
                     format_rupiah(b.worker), format_rupiah(b.total)])
        _fill(self.unit_table, ["Unit kerja", "Program", "Kode rekening", "Peserta", "Bulan",
                                "Pemberi kerja (APBD)", "Pekerja", "Jumlah"], rows,
              right_from=3, bold_last=True)
        rows = [[c["label"], format_number(c["headcount"]), format_rupiah(c["employer"]),
                 format_rupiah(c["worker"]), format_rupiah(c["total"])]
                for c in plan.per_category()]
        _fill(self.category_table, ["Kategori", "Peserta (terbanyak)", "Pemberi kerja (APBD)",
                                    "Pekerja", "Jumlah"], rows)
        self.notes.clear()
        self.notes.addItems(sc.describe({u: i.name for u, i in self.units.items()}))
        self.notes.addItems([f"Catatan: {n}" for n in plan.notes])
        self.notes.addItems([f"Peringatan: {w.message}" for w in b.warnings])
        self.notes.addItems([f"Tarif: {e.describe()}" for e in b.assumptions])
        self.notes.addItems(list(b.pension_ages))

    # -- comparison --

    def _scenario_for(self, choice: str) -> Scenario:
        if choice == CURRENT:
            return self.scenario_from_form()
        return planner.load_scenario(self.store, choice)

    def compare(self) -> None:
        try:
            a = self._scenario_for(self.compare_a.currentText())
            b = self._scenario_for(self.compare_b.currentText())
        except UserError as exc:
            show_error(self, exc)
            return
        self._run("Bandingkan skenario", lambda store: planner.compare_scenarios(store, a, b),
                  self._show_comparison)

    def _show_comparison(self, result: tuple[Plan, Plan, ScenarioComparison]) -> None:
        pa, pb, cmp = result
        name_a = pa.scenario.name or CURRENT
        name_b = pb.scenario.name or CURRENT
        t = cmp.total
        self.compare_summary.setText(
            f"A = {name_a}: {pa.scenario.period_label()}; B = {name_b}: "
            f"{pb.scenario.period_label()}. Beban APBD A {format_rupiah(t.a_employer)}, "
            f"B {format_rupiah(t.b_employer)}, selisih (B − A) "
            f"{format_rupiah(t.diff_employer)}.")
        headers = ["", "A: pemberi kerja", "A: jumlah", "B: pemberi kerja", "B: jumlah",
                   "Selisih pemberi kerja", "Selisih jumlah"]

        def rows(diff_rows: Any, label: Callable[[Any], str]) -> list[list[str]]:
            out = [[label(r.key), format_rupiah(r.a_employer), format_rupiah(r.a_total),
                    format_rupiah(r.b_employer), format_rupiah(r.b_total),
                    format_rupiah(r.diff_employer), format_rupiah(r.diff_total)]
                   for r in diff_rows]
            out.append(["Jumlah", format_rupiah(t.a_employer), format_rupiah(t.a_total),
                        format_rupiah(t.b_employer), format_rupiah(t.b_total),
                        format_rupiah(t.diff_employer), format_rupiah(t.diff_total)])
            return out

        _fill(self.compare_units, ["Unit kerja", *headers[1:]],
              rows(cmp.per_unit, self._unit_name), bold_last=True)
        year = pb.scenario.year
        _fill(self.compare_months, ["Bulan", *headers[1:]],
              rows(cmp.per_month, lambda m: format_bulan(year, m)), bold_last=True)
        _fill(self.compare_programs, ["Program", *headers[1:]],
              rows(cmp.per_program, lambda p: PROGRAM_LABELS[p]), bold_last=True)
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    # -- exports --

    def export(self, kind: str, path: str | None = None) -> None:
        if self.plan is None:
            return
        plan = self.plan
        if path is None:
            suffix = "Buku kerja Excel (*.xlsx)" if kind == "xlsx" else "Dokumen PDF (*.pdf)"
            default = f"rencana-anggaran-{plan.scenario.year}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, "Ekspor rencana anggaran", default,
                                                  suffix)
            if not path:
                return
        from jamsos_desktop.services import planner_export

        def fn(store: Store) -> Any:
            if kind == "xlsx":
                return planner_export.export_xlsx(store, plan, path)
            return planner_export.export_pdf(store, plan, path)

        self._run("Ekspor", fn, lambda r: show_info(
            self, "Ekspor selesai", f"Rencana anggaran disimpan ke {Path(r['path']).name}."))
