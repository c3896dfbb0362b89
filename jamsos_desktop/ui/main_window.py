"""The main window: navigation, pages (built on first visit), undo stack, status bar, and
remembered geometry / state / last view (QSettings)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jamsos_desktop import APP_NAME, __version__
from jamsos_desktop.domain.money import format_number
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.background import Query
from jamsos_desktop.ui.errors import show_error
from jamsos_desktop.ui.generated.ui_main_window import Ui_MainWindow
from jamsos_desktop.ui.undo import UndoContext

log = logging.getLogger("jamsos_desktop.ui")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    tooltip: str
    factory: Callable[[MainWindow], QWidget]


class Placeholder(QWidget):
    """Shown for a page whose module is not in this build yet, or failed to load."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(f"<h2>{title}</h2><p>{text}</p>", self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


def external_page(module: str, cls: str, title: str) -> Callable[[MainWindow], QWidget]:
    """Another area's page, `cls(store, parent)`, imported on first visit. A missing module
    (exactly that one: a missing dependency *inside* it is a real error) gives a
    placeholder; any failure building it gives an error placeholder, logged — one broken
    page must not take the whole window down."""

    def make(window: MainWindow) -> QWidget:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            return Placeholder(title, "Halaman ini belum tersedia pada versi program ini.",
                               window)
        page = getattr(mod, cls)(window.store, window)
        window.connect_page(page)
        return page

    return make


def _snapshot_job(path: Path, user: str) -> None:
    from jamsos_desktop.services.coverage import (
        ensure_monthly_snapshot,
        record_snapshot_if_changed,
    )
    from jamsos_desktop.store import open_store

    try:
        store = open_store(path, user=user)
        try:
            if not ensure_monthly_snapshot(store):
                record_snapshot_if_changed(store)
        finally:
            store.close()
    except Exception:  # a missed snapshot must never disturb the clerk
        log.exception("coverage snapshot failed")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self.undo_ctx = UndoContext(store, self.undo_stack, self, self.data_changed)
        self.editors: list[QWidget] = []
        self.page_widgets: dict[str, QWidget] = {}
        self.specs = self._specs()
        self._counts = Query(store.path, self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(400)
        self._counts_timer.timeout.connect(self.refresh_counts)
        # Coverage snapshots (Beranda's trend): this month's first at start, another a few
        # seconds after data change — on a worker thread with its own connection.
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(5000)
        self._snapshot_timer.timeout.connect(self.take_coverage_snapshot)
        QTimer.singleShot(2000, self.take_coverage_snapshot)
        self._setup_navigation()
        self._setup_menus()
        self._setup_status_bar()
        self._update_title()
        self.restore_settings()

    # -- pages --

    def _specs(self) -> list[PageSpec]:
        from jamsos_desktop.ui.enrollment_page import EnrollmentPage
        from jamsos_desktop.ui.roster_page import RosterPage
        from jamsos_desktop.ui.units_page import UnitsPage

        def roster(win: MainWindow) -> QWidget:
            page = RosterPage(win.store, win.undo_ctx, win)
            page.edit_requested.connect(win.open_editor)
            page.view.apply_filters()
            return page

        def units(win: MainWindow) -> QWidget:
            page = UnitsPage(win.store, win.undo_ctx, win)
            page.show_workers.connect(win.show_unit_workers)
            page.units_changed.connect(win.units_changed)
            return page

        def enrollment(win: MainWindow) -> QWidget:
            page = EnrollmentPage(win.store, win.undo_ctx, win)
            page.edit_requested.connect(win.open_editor)
            page.view.apply_filters()
            return page

        def settings(win: MainWindow) -> QWidget:
            from jamsos_desktop.ui.profile_page import ProfilePage

            tabs = QTabWidget(win)
            tabs.addTab(ProfilePage(win.store, tabs), "Profil Pemda")
            security = _build(win, external_page(
                "jamsos_desktop.ui.pages.pengaturan_keamanan", "SecuritySettingsPage",
                "Keamanan dan Cadangan"), "Keamanan dan Cadangan")
            tabs.addTab(security, "Keamanan dan Cadangan")
            return tabs

        return [
            PageSpec("beranda", "Beranda", "Ringkasan cakupan kepesertaan dan data bermasalah",
                     external_page("jamsos_desktop.ui.pages.beranda", "OverviewPage",
                                   "Beranda")),
            PageSpec("pegawai", "Pegawai Non-ASN", "Daftar pegawai: cari, saring, tambah, "
                     "ubah, arsipkan", roster),
            PageSpec("unit", "Unit Kerja", "OPD dan sub-unit, kelas risiko, program bawaan",
                     units),
            PageSpec("kepesertaan", "Kepesertaan", "Usulkan, daftarkan, nonaktifkan",
                     enrollment),
            PageSpec("anggaran", "Anggaran", "Perencanaan anggaran iuran",
                     external_page("jamsos_desktop.ui.pages.anggaran", "BudgetPage",
                                   "Anggaran")),
            PageSpec("dokumen", "Dokumen", "Surat usulan, dokumen anggaran, register surat",
                     external_page("jamsos_desktop.ui.pages.dokumen", "DocumentsPage",
                                   "Dokumen")),
            PageSpec("impor", "Impor/Ekspor", "Impor daftar pegawai dari Excel, ekspor data",
                     external_page("jamsos_desktop.ui.pages.impor_ekspor", "ImportExportPage",
                                   "Impor/Ekspor")),
            PageSpec("pengaturan", "Pengaturan", "Profil pemda, pengguna, cadangan", settings),
        ]

    def _setup_navigation(self) -> None:
        nav = self.ui.navList
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(spec.title, nav)
            item.setToolTip(f"{spec.tooltip} (Ctrl+{i + 1})")
            self.ui.pages.addWidget(QWidget(self.ui.pages))  # replaced on first visit
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self,
                      lambda i=i: self.ui.navList.setCurrentRow(i))
        nav.setStyleSheet("QListWidget { font-size: 11pt; padding-top: 6px; }"
                          "QListWidget::item { padding: 7px 10px; }")
        nav.currentRowChanged.connect(self.show_page_at)

    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        if spec.key not in self.page_widgets:
            widget = _build(self, spec.factory, spec.title)
            old = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, widget)
            self.ui.pages.removeWidget(old)
            old.deleteLater()
            self.page_widgets[spec.key] = widget
        self.ui.pages.setCurrentIndex(row)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        self.show_page_at(row)
        return self.page_widgets[key]

    def connect_page(self, page: QWidget) -> None:
        """Optional signals other areas' pages may offer: `open_worker(int)` opens the
        editor, `data_changed()` refreshes the views, `database_restored()` reloads all."""
        if hasattr(page, "open_worker"):
            page.open_worker.connect(self.open_editor)
        if hasattr(page, "data_changed"):
            page.data_changed.connect(lambda *_a: self._external_change(page))
        if hasattr(page, "database_restored"):
            page.database_restored.connect(lambda *_a: self._external_change(page))

    def _external_change(self, source: QWidget) -> None:
        self.undo_stack.clear()  # an import or restore rewrote rows under the undo steps
        self.units_changed()
        self.data_changed([], source=source)

    def page(self, key: str) -> QWidget | None:
        return self.page_widgets.get(key)

    # -- menus --

    def _setup_menus(self) -> None:
        ui = self.ui
        undo = self.undo_stack.createUndoAction(self, "&Urungkan")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "U&langi")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.menuSunting.addAction(undo)
        ui.menuSunting.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewWorker.triggered.connect(lambda: self.open_editor(None))
        ui.actionRefresh.triggered.connect(lambda: self.data_changed([]))
        ui.actionColumns.triggered.connect(self._column_chooser)
        ui.actionGuide.triggered.connect(self.show_guide)
        ui.actionAbout.triggered.connect(self.show_about)

    def _column_chooser(self) -> None:
        page = self.show_page("pegawai")
        view = page.view  # type: ignore[attr-defined]
        view.column_menu().exec(self.mapToGlobal(self.rect().center()))

    def show_guide(self) -> None:
        from jamsos_desktop.ui.help import GuideDialog

        dialog = GuideDialog(self)
        dialog.show()
        self.guide = dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"Tentang {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Pendataan pekerja non-ASN pemerintah daerah "
            "dan kepesertaannya dalam BPJS Ketenagakerjaan. Bekerja sepenuhnya luring: data "
            "tersimpan di komputer ini.</p>")

    # -- status bar --

    def _setup_status_bar(self) -> None:
        self.db_label = QLabel(f"Basis data: {self.store.path}", self)
        self.db_label.setToolTip(str(self.store.path.resolve()))
        self.count_label = QLabel("", self)
        self.ui.statusbar.addWidget(self.db_label, 1)
        self.ui.statusbar.addPermanentWidget(self.count_label)
        # Counting a million rows competes with the roster's first query for the two cores;
        # the counts can wait until the first rows are on screen.
        self._counts_timer.start(1500)  # owned by the window: never fires after it is gone

    def refresh_counts(self) -> None:
        def count(conn: object) -> tuple[dict[str, int], int]:
            return wq.status_counts(conn), wq.archived_count(conn)  # type: ignore[arg-type]

        self._counts.run(count, self._show_counts, conn=self.store.conn)

    def _show_counts(self, result: tuple[dict[str, int], int]) -> None:
        counts, archived = result
        from jamsos_desktop.services.coverage import coverage_percent

        total = sum(counts.values())
        registered = counts.get("terdaftar", 0)
        pct = f"{coverage_percent(counts):.1f}".replace(".", ",")
        self.count_label.setText(
            f"{format_number(total)} pegawai tercatat  ·  {format_number(registered)} terdaftar "
            f"(cakupan {pct} %)  ·  {format_number(archived)} diarsipkan")
        self.count_label.setToolTip("Cakupan: pegawai terdaftar dibanding pegawai aktif "
                                    "(tanpa yang nonaktif), seperti di Beranda.")

    def _update_title(self) -> None:
        pemda = uq.get_pemda(self.store.conn)
        where = f" — {pemda['level'].capitalize()} {pemda['name']}" if pemda else ""
        self.setWindowTitle(f"{APP_NAME}{where}")

    # -- editing --

    def open_editor(self, worker_id: int | None) -> QWidget | None:
        from jamsos_desktop.ui.worker_editor import WorkerEditor

        for editor in self.editors:  # one editor per worker
            if worker_id is not None and getattr(editor, "worker_id", None) == worker_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        unit_id = None
        roster = self.page_widgets.get("pegawai")
        if worker_id is None and roster is not None:
            unit_id = roster.view.ui.unitCombo.currentData()  # type: ignore[attr-defined]
        try:
            editor = WorkerEditor(self.store, self.undo_ctx, worker_id, self, unit_id=unit_id)
        except Exception as exc:  # noqa: BLE001 - e.g. the worker was deleted meanwhile
            show_error(self, exc)
            return None
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.saved.connect(lambda wid: self.data_changed([wid]))
        editor.open_worker.connect(self.open_editor)
        editor.finished.connect(lambda _r, e=editor: self._editor_closed(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _editor_closed(self, editor: QWidget) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def show_unit_workers(self, unit_id: int) -> None:
        page = self.show_page("pegawai")
        page.view.show_unit(unit_id)  # type: ignore[attr-defined]

    def units_changed(self) -> None:
        for key in ("pegawai", "kepesertaan"):
            page = self.page_widgets.get(key)
            if page is not None:
                page.view.fill_filter_choices()  # type: ignore[attr-defined]
        self._update_title()

    def data_changed(self, ids: Sequence[int], source: QWidget | None = None) -> None:
        """Workers changed: re-query the views, refresh pages that can (not the page that
        reported the change), recount."""
        del ids  # every view re-runs its query; the ids are for future finer updates
        for key, page in self.page_widgets.items():
            if page is source:
                continue
            view = getattr(page, "view", None)
            if view is not None:
                view.model.reload()
            if key == "unit" or hasattr(page, "refresh"):
                refresh = getattr(page, "refresh", None)
                if callable(refresh):
                    try:
                        refresh()
                    except Exception as exc:
                        log.exception("refresh of %s failed", key)
                        show_error(self, exc)
        for editor in self.editors:
            if getattr(editor, "worker_id", None) is not None:
                editor.load_history()  # type: ignore[attr-defined]
        self._counts_timer.start()
        self._snapshot_timer.start()

    def take_coverage_snapshot(self) -> None:
        QThreadPool.globalInstance().start(partial(_snapshot_job, self.store.path, self.store.user))

    # -- settings --

    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        last = str(settings.value("main/lastPage", "pegawai"))
        keys = [s.key for s in self.specs]
        self.show_page_at(keys.index(last) if last in keys else 1)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        row = self.ui.navList.currentRow()
        if 0 <= row < len(self.specs):
            settings.setValue("main/lastPage", self.specs[row].key)
        for page in self.page_widgets.values():
            view = getattr(page, "view", None)
            if view is not None:
                view.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self._counts_timer.stop()
        for editor in list(self.editors):
            editor.close()
        from jamsos_desktop.ui.background import Query

        for query in self.findChildren(Query):  # their read connections, before the store's
            query.close()
        super().closeEvent(event)


def _build(window: MainWindow, factory: Callable[[MainWindow], QWidget],
           title: str) -> QWidget:
    try:
        return factory(window)
    except Exception as exc:
        log.exception("page %s failed to load", title)
        from jamsos_desktop.ui.errors import message_for

        _title, text = message_for(exc)
        return Placeholder(title, "Halaman ini gagal dimuat. " + text.replace("\n", "<br>"),
                           window)
