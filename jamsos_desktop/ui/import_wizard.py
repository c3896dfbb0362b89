"""The roster import wizard: file & sheet → column mapping the user can correct → preview
(every row OK / peringatan / ditolak, and the field-by-field diff of each update) → commit
in the background with progress and Cancel → summary with "save rejected rows" and "undo
this batch". All work goes through services.importer; this module only shows it.

Database work in background tasks opens its own connection (SQLite connections are not
shared across threads); the plan itself is plain data and travels between them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jamsos_desktop.domain.money import format_number
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import mapping as mp
from jamsos_desktop.exchange.reader import sheet_names
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store, open_store
from jamsos_desktop.store import units as uq
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error, show_info

FILE_FILTER = "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)"
_COLORS = {"ok": "#e8f5e9", "warning": "#fff8e1", "error": "#ffebee", "blank": "#f5f5f5"}
_MODEL_INDEX = QModelIndex | QPersistentModelIndex


def in_own_store(store: Store, fn: Callable[[Store, Any], Any]) -> Callable[[Any], Any]:
    """Wrap `fn(store, progress)` to run on a worker thread with its own connection."""
    def job(progress: Any) -> Any:
        if tasks.TASKS_SYNCHRONOUS:
            return fn(store, progress)
        own = open_store(store.path, user=store.user)
        own.role = store.role
        try:
            return fn(own, progress)
        finally:
            own.close()
    return job


def sample_text(value: Any) -> str:
    """A cell as Excel shows it: 2500000.0 → '2500000', a date → '15-03-1990'."""
    from datetime import date, datetime

    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and not (value.hour or value.minute or value.second):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year}"
    return " ".join(str(value).split())[:30]


class PreviewModel(QAbstractTableModel):
    """The planned rows, filtered; holds references, formats on demand (100k rows ok)."""

    HEADERS = ("Baris", "Status", "Tindakan", "NIK", "Nama", "Keterangan")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[importer.PlannedRow] = []
        self._rows: list[importer.PlannedRow] = []

    def set_rows(self, rows: list[importer.PlannedRow], status: str | None = None) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = rows if status is None else [
            r for r in rows if r.status == status or (status == "update" and r.action == status)]
        self.endResetModel()

    def row_at(self, i: int) -> importer.PlannedRow | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def rowCount(self, parent: _MODEL_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _MODEL_INDEX = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _MODEL_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLORS[row.status]))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == 0:
            return row.row_no
        if col == 1:
            return importer.STATUS_LABELS[row.status]
        if col == 2:
            return importer.ACTION_LABELS[row.action]
        if col == 3:
            return str(row.values.get("nik") or "")
        if col == 4:
            return str(row.values.get("name") or "")
        text = row.reasons()
        if row.diff:
            text = (f"Diubah: {', '.join(importer.describe_field(f) for f in row.diff)}. "
                    + text).strip()
        return text


class _Page(QWizardPage):
    """A page reaches its wizard through Qt (`wizard()`), never through a Python attribute:
    a page ↔ wizard reference cycle would let the garbage collector delete the C++ objects
    at an arbitrary moment, which crashes PySide."""

    @property
    def wiz(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle("Pilih berkas")
        self.setSubTitle("Pilih berkas daftar pegawai (.xlsx, .xls, .ods atau .csv) dan "
                         "lembarnya.")
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the button sets it
        self.browse = QPushButton("Pilih berkas…")
        self.browse.clicked.connect(self.browse_file)
        self.path_row = QWidget()
        row = QHBoxLayout(self.path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.path_row.setFocusProxy(self.browse)
        self.sheet_combo = QComboBox()
        # Until the user picks a sheet, the import takes the first one holding a roster.
        self.sheet_chosen = False
        self.sheet_combo.activated.connect(lambda _i: setattr(self, "sheet_chosen", True))
        self.unit_combo = QComboBox()
        self.unit_combo.addItem("(menurut kolom Unit Kerja pada berkas)", None)
        for unit in uq.list_units(wizard.store.conn):
            self.unit_combo.addItem(f"{unit['code']} — {unit['name']}", unit["code"])
        self.consolidate = QCheckBox("Konsolidasi: berkas adalah daftar pegawai hasil ekspor "
                                     "Jamsos Desktop kantor lain (asal kantor dicatat)")
        self.consolidate.setText("&" + self.consolidate.text())
        self.form = QFormLayout(self)
        self.form.addRow("&Berkas:", self.path_row)
        self.form.addRow("&Lembar:", self.sheet_combo)
        self.form.addRow("&Unit kerja tujuan:", self.unit_combo)
        self.form.addRow(self.consolidate)
        self.registerField("path*", self.path_edit)

    def initializePage(self) -> None:
        self.browse.setFocus()

    def browse_file(self) -> None:
        path = self.wiz.ask_open_path()
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        try:
            names = sheet_names(path)
        except UserError as exc:
            show_error(self, exc)
            return
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_chosen = False

    def validatePage(self) -> bool:
        sheet = self.sheet_combo.currentText() if self.sheet_chosen else None
        path = Path(self.path_edit.text())

        def load(store: Store, progress: Any) -> importer.ImportSource:
            progress(0, 0, f"Membaca {path.name}…")
            source = importer.load_source(store, path, sheet or None)
            progress(1, 1, "Mengenali judul kolom…")  # Cancel takes effect here at the latest
            return source

        ok, source = self.wiz._run("Membaca berkas", load)
        if not ok:
            return False
        self.wiz.source = source
        # Show the sheet actually read (the first one holding a roster, unless chosen).
        self.sheet_combo.setCurrentText(self.wiz.source.data.sheet)
        self.wiz.unit_code = self.unit_combo.currentData()
        self.wiz.kind = "konsolidasi" if self.consolidate.isChecked() else "roster"
        return True


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle("Pemetaan kolom")
        self.setSubTitle("Periksa isian setiap kolom. Perbaikan Anda diingat untuk berkas "
                         "berbentuk sama berikutnya.")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Kolom", "Judul di berkas", "Contoh isi",
                                              "Isian"])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Tab goes from the table to the choices, one column after another, not cell by cell.
        self.table.setTabKeyNavigation(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None
        how = ("pemetaan tersimpan dari berkas berbentuk sama" if source.mapping_source ==
               "tersimpan" else "tebakan dari judul kolom")
        notices = "".join(f"\n{n}" for n in source.data.notices[:1])
        if {"nik", "name"} & set(source.mapping.values()):
            self.info.setText(f"Lembar '{source.data.sheet}': judul kolom ditemukan di baris "
                              f"{source.header.header_row + 1}; data mulai baris "
                              f"{source.header.data_start + 1}. Isian memakai {how}."
                              + notices)
        else:
            self.info.setText(f"Judul kolom NIK dan Nama tidak ditemukan pada lembar "
                              f"'{source.data.sheet}'. Bila daftar pegawai ada di lembar lain, "
                              "kembali lalu pilih lembarnya; bila tidak, pilih isian setiap "
                              "kolom di bawah ini (baris 1 dianggap judul kolom).")
        samples = source.sample(3)
        self.table.setRowCount(source.width)
        self.combos = []
        previous: QWidget = self.table
        for c, label in enumerate(source.labels):
            self.table.setItem(c, 0, QTableWidgetItem(mp.column_letter(c)))
            title = QTableWidgetItem(label)
            title.setToolTip(label)
            self.table.setItem(c, 1, title)
            example = " | ".join(sample_text(r[c]) for r in samples
                                 if c < len(r) and r[c] not in ("", None))
            item = QTableWidgetItem(example)
            item.setToolTip(example)
            self.table.setItem(c, 2, item)
            combo = QComboBox()
            combo.setAccessibleName(f"Isian kolom {mp.column_letter(c)} ({label})")
            combo.addItem("(abaikan)", "")
            for key, text in mp.IMPORT_FIELDS.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(source.mapping.get(c, "")), 0))
            combo.installEventFilter(self)
            self.table.setCellWidget(c, 3, combo)
            QWidget.setTabOrder(previous, combo)
            previous = combo
            self.combos.append(combo)
        if self.combos:
            self.table.setColumnWidth(3, max(c.sizeHint().width() for c in self.combos) + 4)
        self.table.setColumnWidth(1, min(max(self.table.sizeHintForColumn(1), 100), 220))
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """A choice reached by Tab is scrolled into view and its row marked current."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and watched in self.combos:
            row = self.combos.index(watched)
            self.table.scrollTo(self.table.model().index(row, 3))
        return super().eventFilter(watched, event)

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos)
                if combo.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose a field for a column (tests and keyboard users alike)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def validatePage(self) -> bool:
        source = self.wiz.source
        assert source is not None
        mapping = self.mapping()
        complaints = mp.validate_mapping(mapping, source.width)
        if complaints:
            show_error(self, UserError(" ".join(complaints)))
            return False
        return self.wiz.make_plan(mapping)


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle("Pratinjau")
        self.setSubTitle("Setiap baris berstatus OK, Peringatan atau Ditolak. Pilih baris "
                         "'Ubah' untuk melihat perubahan per isian.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        for text, key in (("Semua baris", None), ("OK", "ok"), ("Peringatan", "warning"),
                          ("Ditolak", "error"), ("Pegawai yang diubah", "update")):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.apply_filter)
        self.view = QTableView()
        self.model = PreviewModel(self.view)  # owned by the view: destroyed with it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        for column, sample in ((0, "Baris 99999"), (1, "Peringatan"), (2, "Baris kosong"),
                               (3, "3273011503900001"), (4, "Nama Lengkap Pegawai")):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.view.setWordWrap(False)
        self.setButtonText(QWizard.WizardButton.NextButton, "&Simpan impor")
        self.view.selectionModel().currentRowChanged.connect(self.show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(110)
        self.confirm = QCheckBox("Saya sudah &memeriksa perubahan data pegawai yang sudah "
                                 "ada.")
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        show = QHBoxLayout()
        label = QLabel("&Tampilkan:")
        label.setBuddy(self.filter)
        show.addWidget(label)
        show.addWidget(self.filter, 1)
        layout.addLayout(show)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        c = plan.counts()
        self.summary.setText(
            f"{format_number(c['rows'])} baris: {format_number(c['inserted'])} ditambahkan, "
            f"{format_number(c['updated'])} diubah, {format_number(c['unchanged'])} tetap, "
            f"{format_number(c['rejected'])} ditolak, {format_number(c['blank'])} kosong; "
            f"{format_number(c['warnings'])} dengan peringatan."
            + "".join(f"\n{n}" for n in plan.notices))
        self.confirm.setChecked(False)
        self.confirm.setVisible(c["updated"] > 0)
        self.apply_filter()

    def apply_filter(self) -> None:
        assert self.wiz.plan is not None
        self.model.set_rows(self.wiz.plan.rows, self.filter.currentData())
        self.detail.clear()

    def show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        lines = [f"Baris {row.row_no}: {importer.ACTION_LABELS[row.action]}"]
        for field, (old, new) in (row.diff or {}).items():
            units = self.wiz.plan.unit_labels if self.wiz.plan else None
            lines.append(f"  {importer.describe_field(field)}: "
                         f"{importer.describe_value(old, field, units)} → "
                         f"{importer.describe_value(new, field, units)}")
        lines += [f"  • {p.message}" for p in row.problems]
        self.detail.setPlainText("\n".join(lines))

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        return plan is not None and (plan.counts()["updated"] == 0 or self.confirm.isChecked())

    def validatePage(self) -> bool:
        return self.wiz.commit()


class SummaryPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle("Selesai")
        self.setSubTitle("Impor tersimpan. Baris yang ditolak dapat disimpan untuk dikirim "
                         "kembali ke OPD; seluruh batch dapat dibatalkan.")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.save_rejected = QPushButton("Simpan baris yang &ditolak…")
        self.save_rejected.clicked.connect(wizard.save_rejected)
        self.undo = QPushButton("&Batalkan batch ini")
        self.undo.clicked.connect(wizard.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejected)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wiz.result
        assert result is not None
        c = result.counts
        self.text.setText(
            f"Impor tersimpan sebagai batch nomor {result.batch_id}.\n\n"
            f"Baris dibaca: {format_number(c['rows'])}\nDitambahkan: "
            f"{format_number(c['inserted'])}\nDiubah: {format_number(c['updated'])}\n"
            f"Tidak berubah: {format_number(c['unchanged'])}\nDitolak: "
            f"{format_number(c['rejected'])}\nBaris kosong: {format_number(c['blank'])}\n"
            f"Dengan peringatan: {format_number(c['warnings'])}"
            + (f"\n\nCadangan sebelum impor: {result.backup}" if result.backup else ""))
        self.save_rejected.setEnabled(c["rejected"] > 0)
        self.undo.setEnabled(True)


class ImportWizard(QWizard):
    """`ImportWizard(store, parent)`; `batch_committed` tells embedding pages to refresh."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.source: importer.ImportSource | None = None
        self.plan: importer.ImportPlan | None = None
        self.result: importer.ImportResult | None = None
        self.unit_code: str | None = None
        self.kind = "roster"
        self.undone = False
        self.setWindowTitle("Impor Daftar Pegawai")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, "Lanjut >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< Kembali")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Selesai")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Batal")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Once saved, "Batal" would look like it takes the import back: only "Selesai".
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.resize(900, 620)

    # -- dialogs, replaceable in tests ------------------------------------------------------

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, "Pilih berkas daftar pegawai", "",
                                              FILE_FILTER)
        return path

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Simpan baris yang ditolak", suggested,
                                              "Buku kerja Excel (*.xlsx)")
        return path

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, "Konfirmasi", text)
        return answer == QMessageBox.StandardButton.Yes

    # -- steps ------------------------------------------------------------------------------

    def _run(self, title: str, fn: Callable[[Store, Any], Any]) -> tuple[bool, Any]:
        """Run a service call behind the progress dialog (ui.tasks.run_task) and wait for it
        — the wizard step cannot continue without its result — while a local event loop
        keeps the window alive."""
        from PySide6.QtCore import QEventLoop

        outcome: dict[str, Any] = {}
        loops: list[QEventLoop] = []

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            if loops:
                loops[0].quit()

        tasks.run_task(self, title, in_own_store(self.store, fn),
                       on_done=lambda value: finish("ok", value),
                       on_error=lambda exc: finish("error", exc))
        if not outcome:  # threaded: wait here; synchronous runs are already done
            loops.append(QEventLoop())
            loops[0].exec()
            loops.clear()
        error = outcome.pop("error", None)
        if error is not None:
            show_error(self, error)
            # Drop the traceback: its frames would hold this wizard in a reference cycle
            # that the garbage collector may break at an arbitrary (crashing) moment.
            error.__traceback__ = None
            return False, None
        return True, outcome.pop("ok")

    def make_plan(self, mapping: dict[int, str]) -> bool:
        source = self.source
        assert source is not None

        def plan(store: Store, progress: Any) -> importer.ImportPlan:
            return importer.plan_import(store, source, mapping=mapping,
                                        unit_code=self.unit_code, kind=self.kind,
                                        progress=progress)

        ok, value = self._run("Memeriksa berkas", plan)
        if ok:
            self.plan = value
        return ok

    def commit(self) -> bool:
        plan = self.plan
        assert plan is not None
        if plan.counts()["inserted"] + plan.counts()["updated"] == 0 and not self.confirm(
                "Tidak ada pegawai yang ditambahkan atau diubah. Tetap catat batch ini?"):
            return False
        ok, value = self._run("Menyimpan impor",
                              lambda store, progress: importer.commit_import(
                                  store, plan, progress=progress))
        if ok:
            self.result = value
        return ok

    def save_rejected(self) -> None:
        if self.plan is None:
            return
        suggested = f"ditolak-{Path(self.plan.source.data.file_name).stem}.xlsx"
        path = self.ask_save_path(suggested)
        if not path:
            return
        try:
            out = importer.write_rejected(self.plan, path, self.store)
        except UserError as exc:
            show_error(self, exc)
            return
        show_info(self, "Tersimpan", f"Baris yang ditolak disimpan di {out}.")

    def undo(self) -> None:
        if self.result is None or self.undone:
            return
        if not self.confirm(f"Batalkan seluruh batch {self.result.batch_id}? Pegawai yang "
                            "ditambahkan akan dihapus dan yang diubah dikembalikan."):
            return
        batch_id = self.result.batch_id
        ok, value = self._run("Membatalkan impor", lambda store, progress: importer.undo_batch(
            store, batch_id, progress=progress))
        if ok:
            self.undone = True
            self.summary_page.undo.setEnabled(False)
            show_info(self, "Dibatalkan", f"Batch {batch_id} dibatalkan: {value['removed']} "
                      f"pegawai dihapus, {value['restored']} dikembalikan.")
