"""The roster table model: holds only the matching worker ids (an int64 array in display
order, 8 bytes a row) and fetches the rows the view paints, a page at a time, into a small
LRU cache — never the whole roster as Python objects (Anki's browser does the same).

Sorting and filtering re-run the query in the background (`ui.background.Query`), in two
steps so that every keystroke is answered at once: first the number of matches and the
first page (`store.workers.roster_head`, tens of milliseconds on 1M workers), then — only
when more rows match — the whole ordered id list (`roster_ids`, up to ~1 s). Until it
arrives the rows past the first page show "Memuat…".
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from jamsos_desktop.domain.dates import format_tanggal
from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Category,
    EnrollmentStatus,
)
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.store import Store
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui import background
from jamsos_desktop.ui.background import Query

PAGE_SIZE = 100
CACHE_PAGES = 40  # 4,000 rows: a few screens either way of the visible part


def _date(value: Any) -> str:
    if not value:
        return ""
    try:
        return format_tanggal(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _category(value: Any) -> str:
    try:
        return CATEGORY_LABELS[Category(value)]
    except ValueError:
        return str(value or "")


def _status(value: Any) -> str:
    try:
        return STATUS_LABELS[EnrollmentStatus(value)]
    except ValueError:
        return str(value or "")


def _programs(value: Any) -> str:
    order = ["jkk", "jkm", "jht", "jp", "jkp"]
    codes = sorted(str(value or "").split(","), key=lambda c: order.index(c)
                   if c in order else 99)
    return ", ".join(c.upper() for c in codes if c)


def _wage(value: Any) -> str:
    return "" if value is None else format_rupiah(int(value))


def _sex(value: Any) -> str:
    return {"L": "Laki-laki", "P": "Perempuan"}.get(str(value or ""), "")


@dataclass(frozen=True)
class Column:
    key: str  # field of wq.fetch_rows
    title: str
    sort: str | None  # key of wq.SORT_KEYS; None: not sortable
    fmt: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    align_right: bool = False
    hidden: bool = False  # by default; the column chooser shows it


COLUMNS: tuple[Column, ...] = (
    Column("name", "Nama", "name"),
    Column("nik", "NIK", "nik"),
    Column("unit_name", "Unit Kerja", "unit"),
    Column("job_title", "Jabatan", "job_title"),
    Column("category", "Kategori", "category", _category),
    Column("participant_type", "Jenis", "participant_type"),
    Column("wage", "Upah", "wage", _wage, align_right=True),
    Column("programs", "Program", None, _programs),
    Column("status", "Status", "status", _status),
    Column("kpj", "No. KPJ", "kpj"),
    Column("birth_date", "Tanggal Lahir", "birth_date", _date),
    Column("sex", "Jenis Kelamin", None, _sex, hidden=True),
    Column("mother_name", "Nama Ibu Kandung", None, hidden=True),
    Column("start_date", "Mulai Kerja", "start_date", _date, hidden=True),
    Column("registered_at", "Terdaftar Sejak", None, _date, hidden=True),
    Column("funding_source", "Sumber Dana", None, hidden=True),
    Column("phone", "No. HP", None, hidden=True),
    Column("updated_at", "Terakhir Diubah", "updated_at", _date, hidden=True),
    Column("id", "ID", "id", hidden=True, align_right=True),
)

_PROBLEM_BRUSH = QBrush(QColor("#b00020"))
_ARCHIVED_BRUSH = QBrush(QColor("#777777"))


LOADING_TEXT = "Memuat…"


class RosterModel(QAbstractTableModel):
    loaded = Signal(int, float)  # matching rows, milliseconds until count and first rows
    completed = Signal()  # every matching id is known (right after `loaded` when few match)
    loading = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._ids = array("q")
        self._total = 0  # matching rows; `_ids` may hold only the first of them for a while
        self._cache: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._filter = wq.WorkerFilter()
        self._sort = "name"
        self._descending = False
        # The query whose rows are shown (a newer one may be running: `_filter`, `_sort`
        # and `_descending` change at once, the rows only when its first step arrives).
        self._shown: tuple[wq.WorkerFilter, str, bool] = (self._filter, self._sort,
                                                          self._descending)
        self._head_pending = False
        self._query = Query(store.path, self)
        self._started = 0.0
        self.fetches = 0  # pages fetched; tests use it to prove rows load lazily

    # -- query --

    @property
    def worker_filter(self) -> wq.WorkerFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def busy(self) -> bool:
        return self._query.busy

    @property
    def complete(self) -> bool:
        """Every matching id is known (not only the first page)."""
        return len(self._ids) >= self._total

    def set_query(self, f: wq.WorkerFilter | None = None, sort: str | None = None,
                  descending: bool | None = None) -> None:
        self._filter = f if f is not None else self._filter
        self._sort = sort if sort is not None else self._sort
        self._descending = self._descending if descending is None else descending
        self.reload()

    def set_sort_quietly(self, sort: str, descending: bool) -> None:
        """Set the sort without running the query (restoring remembered settings)."""
        self._sort, self._descending = sort, descending

    def reload(self) -> None:
        """Re-run the query (after a filter change or an edit); a newer call supersedes
        both steps of an older one."""
        f, sort, desc = self._filter, self._sort, self._descending
        self._started = time.perf_counter()
        self.loading.emit()
        self._head_pending = True
        self._query.run(lambda conn: wq.roster_head(conn, f, sort, desc),
                        lambda head: self._set_head(head, (f, sort, desc)),
                        self._head_failed, conn=self.store.conn)

    def _head_failed(self, exc: BaseException) -> None:
        self._head_pending = False
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from jamsos_desktop.ui.errors import show_error

        show_error(None, exc)

    def _set_head(self, head: wq.RosterHead, query: tuple[wq.WorkerFilter, str, bool]) -> None:
        self._head_pending = False
        self._shown = query
        self.beginResetModel()
        self._ids = head.ids
        self._total = max(head.total, len(head.ids))
        self._cache.clear()
        self.endResetModel()
        self.loaded.emit(self._total, (time.perf_counter() - self._started) * 1000)
        if head.complete:
            self.completed.emit()
            return
        (f, sort, desc), total = self._shown, head.total
        started = self._started

        def whole_list() -> None:
            if self._started != started or self.complete:
                return  # superseded by a newer query, or already read by `load_all`
            self._query.run(lambda conn: wq.roster_ids(conn, f, sort, desc, expected=total),
                            self._set_all, self._failed, conn=self.store.conn)

        if background.QUERIES_SYNCHRONOUS:
            whole_list()
        else:  # after the first page is painted: its thread would compete with the paint
            QTimer.singleShot(0, whole_list)

    def _set_all(self, ids: array) -> None:
        first = len(self._ids)
        # The data changed between the two steps (another PC, say): other rows, or the
        # same number in another order — the first page (and a selection in it) is stale.
        if len(ids) != self._total or ids[:first] != self._ids:
            self.beginResetModel()
            self._ids, self._total = ids, len(ids)
            self._cache.clear()
            self.endResetModel()
            self.loaded.emit(self._total, (time.perf_counter() - self._started) * 1000)
        else:  # same rows, same order: the first page stays; the rest gets its values
            self._ids = ids
            self._cache.clear()  # a cached page may hold only its first-page part
            if first < self._total:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(self._total - 1, len(COLUMNS) - 1))
        self.completed.emit()

    def load_all(self) -> None:
        """Wait for the whole id list (an action on rows past the first page needs their
        ids): read it now on the GUI thread's connection, superseding the background step.
        The list is that of the rows shown: a newer query still in its first step (a sort
        or search just begun) keeps running and replaces them when it arrives."""
        if self.complete:
            return
        f, sort, desc = self._shown
        if not self._head_pending:
            self._query.cancel()  # the second step of the rows shown: read here instead
        self._set_all(wq.roster_ids(self.store.conn, f, sort, desc, expected=self._total))

    def close(self) -> None:
        """Stop background queries (before the store closes)."""
        self._query.close()

    def refresh_rows(self) -> None:
        """Drop cached rows and repaint (values changed, membership did not)."""
        self._cache.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(COLUMNS) - 1))

    # -- ids --

    @property
    def ids(self) -> array:
        return self._ids

    def worker_id(self, row: int) -> int:
        if row >= len(self._ids):
            self.load_all()
        return int(self._ids[row])

    def row_of(self, worker_id: int) -> int | None:
        try:
            return self._ids.index(worker_id)
        except ValueError:
            return None

    def ids_in_rows(self, ranges: Sequence[tuple[int, int]]) -> list[int]:
        """Ids of inclusive row ranges (a selection), without touching QModelIndexes."""
        if any(bottom >= len(self._ids) for _top, bottom in ranges):
            self.load_all()
        out: list[int] = []
        for top, bottom in ranges:
            out.extend(self._ids[top:bottom + 1])
        return out

    def row_data(self, row: int) -> dict[str, Any] | None:
        if row >= len(self._ids):
            return None  # past the first page, before the whole list has arrived
        page = row // PAGE_SIZE
        rows = self._cache.get(page)
        if rows is None:
            start = page * PAGE_SIZE
            page_ids = self._ids[start:start + PAGE_SIZE]
            rows = wq.fetch_rows(self.store.conn, page_ids)
            self.fetches += 1
            self._cache[page] = rows
            if len(self._cache) > CACHE_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(page)
        return rows.get(int(self._ids[row]))

    # -- Qt model --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        column = COLUMNS[index.column()]
        if index.row() >= len(self._ids):  # its id arrives with the whole list
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return LOADING_TEXT
            if role == Qt.ItemDataRole.ForegroundRole:
                return _ARCHIVED_BRUSH  # grey, like other not-quite-there rows
            return None
        if role == Qt.ItemDataRole.UserRole:
            return int(self._ids[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        if row is None:  # deleted meanwhile; the next reload drops it
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.get("archived"):
                return _ARCHIVED_BRUSH
            if column.key == "nik" and not row.get("nik_valid"):
                return _PROBLEM_BRUSH
            if column.key == "wage" and row.get("participant_type") == "PU" \
                    and not row.get("wage"):
                return _PROBLEM_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "nik" and not row.get("nik_valid"):
                return "NIK tidak sah: buka data pegawai untuk melihat alasannya."
            return None
        return column.fmt(row.get(column.key))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort is None:
                return "Kolom ini tidak dapat diurutkan."
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        key = COLUMNS[column].sort
        desc = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and desc == self._descending and self._total:
            return
        self.set_query(sort=key, descending=desc)

    def sort_column(self) -> int:
        for i, column in enumerate(COLUMNS):
            if column.sort == self._sort:
                return i
        return 0


def column_index(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def with_search(f: wq.WorkerFilter, text: str) -> wq.WorkerFilter:
    return replace(f, search=text)
