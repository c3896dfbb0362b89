"""Search box, filters, the lazy roster table, its match count and column chooser — shared
by the Pegawai Non-ASN and Kepesertaan pages (each adds its own action buttons)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu, QWidget

from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    PROGRAM_LABELS,
    PROGRAM_ORDER,
    STATUS_LABELS,
    ParticipantType,
)
from jamsos_desktop.domain.money import format_number
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.generated.ui_roster_view import Ui_RosterView
from jamsos_desktop.ui.roster_model import COLUMNS, RosterModel

SEARCH_DELAY_MS = 150  # debounce: one query per pause in typing, not per character

PROBLEM_LABELS = {
    "nik_invalid": "NIK tidak sah",
    "wage_missing": "Upah kosong",
    "mother_missing": "Nama ibu kandung kosong",
    "nik_duplicate": "NIK ganda",
    "pension_age": "Melewati usia pensiun JP",
}


def pension_cutoff(today: date | None = None) -> str | None:
    """Birth date on or before which a worker has reached the JP pension age in force
    today (from the rate table, so a new table moves the cutoff)."""
    from jamsos_desktop.services.workers import current_pension_age

    today = today or date.today()
    age = current_pension_age(today)
    if not age:
        return None
    try:
        return today.replace(year=today.year - age).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - age, day=28).isoformat()


class RosterView(QWidget):
    activated = Signal(int)  # worker id (double-click / Enter)
    selection_changed = Signal()

    def __init__(self, store: Store, settings_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings_key = settings_key
        self.ui = Ui_RosterView()
        self.ui.setupUi(self)
        self.model = RosterModel(store, self)
        self.ui.table.setModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._fixed_statuses: frozenset[str] | None = None
        self._filter_tips: dict[QComboBox, str] = {}  # the forms' tooltips, before any choice
        self._setup_table()
        self.fill_filter_choices()
        self._connect()
        self.model.loaded.connect(self._on_loaded)
        self.model.loading.connect(lambda: self.ui.countLabel.setText("Mencari…"))

    # -- setup --

    def _setup_table(self) -> None:
        table = self.ui.table
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"name": 210, "nik": 150, "unit_name": 230, "job_title": 160,
                  "category": 150, "participant_type": 60, "wage": 110, "programs": 110,
                  "status": 130, "kpj": 110, "birth_date": 130}
        for i, column in enumerate(COLUMNS):
            table.setColumnWidth(i, widths.get(column.key, 120))
            table.setColumnHidden(i, column.hidden)
        vheader = table.verticalHeader()
        vheader.setDefaultSectionSize(table.fontMetrics().height() + 8)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setVisible(False)
        table.setSortingEnabled(False)  # the model sorts; the header only shows the indicator
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.restore_state()
        # The remembered sort becomes the model's before the first query runs.
        column = header.sortIndicatorSection()
        if 0 <= column < len(COLUMNS) and COLUMNS[column].sort:
            self.model.set_sort_quietly(
                COLUMNS[column].sort or "name",
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        else:
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # snap the indicator back to the real sort
            header = self.ui.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)
        self.save_state()

    def fill_filter_choices(self) -> None:
        ui = self.ui
        current_unit = ui.unitCombo.currentData()
        for combo in (ui.unitCombo, ui.categoryCombo, ui.typeCombo, ui.statusCombo,
                      ui.programCombo, ui.problemCombo):
            combo.blockSignals(True)
            combo.clear()
        ui.unitCombo.addItem("Semua unit kerja", None)

        def add(nodes: list[unit_service.UnitNode], depth: int) -> None:
            for node in nodes:
                ui.unitCombo.addItem("    " * depth + f"{node.unit['code']}  {node.unit['name']}",
                                     node.unit["id"])
                add(node.children, depth + 1)

        add(unit_service.unit_tree(self.store), 0)
        # Combos sized to their longest item would make the window wider than a 1366-pixel
        # office screen; the popups still show the whole text, and so does the tooltip of a
        # combo whose choice is cut (see _show_full_choice).
        for combo, chars in ((ui.unitCombo, 16), (ui.categoryCombo, 12), (ui.typeCombo, 10),
                             (ui.statusCombo, 12), (ui.programCombo, 12),
                             (ui.problemCombo, 19)):
            combo.setSizeAdjustPolicy(
                combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
            combo.view().setMinimumWidth(320)
        ui.categoryCombo.addItem("Semua kategori", None)
        for cat, text in CATEGORY_LABELS.items():
            ui.categoryCombo.addItem(text, cat.value)
        ui.typeCombo.addItem("Semua jenis", None)
        for ptype in ParticipantType:
            ui.typeCombo.addItem(ptype.label, ptype.value)
        ui.statusCombo.addItem("Semua status", None)
        for status, text in STATUS_LABELS.items():
            ui.statusCombo.addItem(text, status.value)
        ui.programCombo.addItem("Semua program", None)
        for program in PROGRAM_ORDER:
            ui.programCombo.addItem(PROGRAM_LABELS[program], program.value)
        ui.problemCombo.addItem("Semua data", None)
        ui.problemCombo.addItem("Semua data bermasalah", "all")
        for kind in wq.PROBLEM_KINDS:
            ui.problemCombo.addItem(PROBLEM_LABELS[kind], kind)
        if current_unit is not None:
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(current_unit)))
        for combo in (ui.unitCombo, ui.categoryCombo, ui.typeCombo, ui.statusCombo,
                      ui.programCombo, ui.problemCombo):
            combo.blockSignals(False)
            self._show_full_choice(combo)

    def _show_full_choice(self, combo: QComboBox) -> None:
        """Put the chosen text in front of the combo's tooltip when the combo is too narrow
        to show it whole."""
        base = self._filter_tips.setdefault(combo, combo.toolTip())
        fm = combo.fontMetrics()
        text = combo.currentText().strip()
        cut = fm.horizontalAdvance(text) > combo.minimumContentsLength() * \
            fm.horizontalAdvance("X")
        combo.setToolTip(f"{text}\n\n{base}" if cut and base else text if cut else base)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        for combo in (ui.unitCombo, ui.categoryCombo, ui.typeCombo, ui.statusCombo,
                      ui.programCombo, ui.problemCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            combo.currentIndexChanged.connect(
                lambda _i, combo=combo: self._show_full_choice(combo))
        ui.archiveCheck.toggled.connect(lambda _c: self.apply_filters())
        ui.resetButton.clicked.connect(self.reset_filters)
        ui.table.doubleClicked.connect(lambda index: self.activated.emit(
            self.model.worker_id(index.row())))
        ui.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), ui.table, self._activate_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- filters --

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.apply_filters()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def fix_statuses(self, statuses: frozenset[str] | None) -> None:
        """Pages like Kepesertaan narrow the roster to some statuses."""
        self._fixed_statuses = statuses

    def build_filter(self) -> wq.WorkerFilter:
        ui = self.ui
        unit = ui.unitCombo.currentData()
        category = ui.categoryCombo.currentData()
        status = ui.statusCombo.currentData()
        problem = ui.problemCombo.currentData()
        statuses = frozenset({status}) if status else self._fixed_statuses
        problems = frozenset(wq.PROBLEM_KINDS) if problem == "all" else \
            frozenset({problem}) if problem else frozenset()
        return wq.WorkerFilter(
            search=ui.searchEdit.text().strip(),
            unit_ids=frozenset(uq.subtree_ids(self.store.conn, [unit])) if unit else None,
            categories=frozenset({category}) if category else None,
            participant_type=ui.typeCombo.currentData(),
            statuses=statuses,
            program=ui.programCombo.currentData(),
            problems=problems,
            archived=ui.archiveCheck.isChecked(),
            pension_cutoff=pension_cutoff() if "pension_age" in problems else None,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.build_filter())

    def reset_filters(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.unitCombo, ui.categoryCombo, ui.typeCombo,
                   ui.statusCombo, ui.programCombo, ui.problemCombo, ui.archiveCheck)
        for w in widgets:
            w.blockSignals(True)
        ui.searchEdit.clear()
        for combo in widgets[1:7]:
            combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        ui.archiveCheck.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        for combo in widgets[1:7]:
            self._show_full_choice(combo)  # type: ignore[arg-type]
        self.apply_filters()

    def show_unit(self, unit_id: int) -> None:
        index = self.ui.unitCombo.findData(unit_id)
        if index < 0:
            self.fill_filter_choices()
            index = self.ui.unitCombo.findData(unit_id)
        self.ui.unitCombo.setCurrentIndex(max(index, 0))

    def set_problem(self, kind: str | None) -> None:
        self.ui.problemCombo.setCurrentIndex(max(0, self.ui.problemCombo.findData(kind)))

    def _on_loaded(self, n: int, ms: float) -> None:
        f = self.model.worker_filter
        filtered = f != wq.WorkerFilter(archived=f.archived, statuses=self._fixed_statuses)
        what = "pegawai diarsipkan" if f.archived else "pegawai"
        text = f"{format_number(n)} {what}"
        if filtered:
            text += " cocok"
        self.ui.countLabel.setText(text)
        self.ui.countLabel.setToolTip(f"Dicari dalam {ms:.0f} milidetik")

    # -- selection --

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, read from the selection's ranges: selecting all of a
        million rows does not create a million index objects."""
        selection = self.ui.table.selectionModel().selection()
        ranges = sorted({(r.top(), r.bottom()) for r in selection})
        return self.model.ids_in_rows(ranges)

    def current_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.worker_id(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_worker(self, worker_id: int) -> bool:
        row = self.model.row_of(worker_id)
        if row is None:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def _activate_current(self) -> None:
        wid = self.current_id()
        if wid is not None:
            self.activated.emit(wid)

    # -- columns --

    def column_menu(self) -> QMenu:
        menu = QMenu("Kolom", self)
        table = self.ui.table
        for i, column in enumerate(COLUMNS):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(i))
            action.toggled.connect(lambda on, i=i: self._show_column(i, on))
            menu.addAction(action)
        return menu

    def _show_column(self, i: int, on: bool) -> None:
        visible = [c for c in range(len(COLUMNS)) if not self.ui.table.isColumnHidden(c)]
        if not on and visible == [i]:
            return  # keep at least one column
        self.ui.table.setColumnHidden(i, not on)
        self.save_state()

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(f"{self.settings_key}/header",
                          self.ui.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = QSettings().value(f"{self.settings_key}/header")
        if state is not None:
            self.ui.table.horizontalHeader().restoreState(state)
