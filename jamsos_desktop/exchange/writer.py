"""Writing .xlsx files with openpyxl's write-only mode (rows stream to disk; a million rows
never sit in memory): header frozen, filters on, column widths set, NIK and KPJ as text,
money as numbers in a rupiah format, dates as real dates.

Formula injection: a text that starts with `=`, `+`, `-` or `@`, or with a tab or a line
break before them (OWASP's list: spreadsheet programs and CSV conversions strip those), or
equals an Excel error code such as `#REF!`, is written as an explicit string cell with the
quote prefix, so no spreadsheet program ever evaluates it — a name like `=HYPERLINK(...)`
stays a name, also when the cell is edited and confirmed again in Excel.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jamsos_desktop.errors import UserError

RUPIAH_FORMAT = '"Rp"#,##0'  # shown with dots for thousands under Indonesian regional settings
DATE_FORMAT = "dd-mm-yyyy"
TEXT_FORMAT = "@"
_RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DEFAULT_WIDTH = {"text": 24, "raw": 18, "id": 20, "money": 16, "date": 13, "int": 8}
MAX_TEXT = 32_767  # Excel's cell limit


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | id (NIK, KPJ: always text) | money | date | int | raw
    width: float | None = None


class _ReusedCell(Cell):
    """A styled cell reused for every row of one column (see `_Cells`). openpyxl looks a
    cell's style up in the workbook's style list each time the cell is written (hashing the
    style twice); the style of a reused cell never changes, so its id is looked up once."""

    __slots__ = ("_fixed_style_id",)

    def fix_style(self) -> None:
        self._fixed_style_id = self.parent.parent._cell_styles.add(self._style)

    @property
    def style_id(self) -> int:
        return self._fixed_style_id


class _Cells:
    """Per-column cell factories. Styled cells are created once per column and reused for
    every row: write-only rows are serialised as soon as they are appended, so reuse is safe
    and saves creating a styled cell per value (the export budget is ≤ 1.2× a bare loop)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def styled(self, number_format: str) -> Any:
        cell = _ReusedCell(self.ws, row=1, column=1)
        cell.number_format = number_format
        cell.fix_style()
        return cell

    def safe_text(self, text: str) -> Any:
        cell = WriteOnlyCell(self.ws)
        cell._value = text  # bypass type inference: never a formula, never an error value
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell


FAST_ROWS = True  # tests switch it off to compare with openpyxl's own path


def _values_to_row(ws: Any, values: Sequence[Any], row_idx: int) -> Iterator[Any]:
    """openpyxl's `WriteOnlyWorksheet._values_to_row` (3.1), taking the cells this module
    prepares as they are. openpyxl first tries each value as a cell's value, builds the
    refusal message of a cell (repr included) and catches it, then makes a new cell after
    every styled one; with eight styled columns in a roster that was ~1.3 s of a 100k-row
    export. Plain values take openpyxl's own steps. The sheet XML is the same byte for byte
    (tests/exchange/test_export.py)."""
    cell = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if isinstance(value, Cell):  # a reused styled cell or a safe-text cell of ours
            value.column = col_idx
            value.row = row_idx
            yield value
            continue
        cell.value = value
        cell.column = col_idx
        cell.row = row_idx
        yield cell
        if cell.has_style or cell.hyperlink:  # a value openpyxl styled itself (a datetime)
            cell = WriteOnlyCell(ws)


# File types a clerk may type by mistake for an export: refused by name. Anything else after
# a dot is part of the name ("Pegawai Kab.Sigi", "Honorer Kec.Palu", "Daftar 31.12.2024").
_OTHER_FILE_TYPES = frozenset({
    ".csv", ".tsv", ".txt", ".prn", ".xls", ".xlsm", ".xlsb", ".xlt", ".xltx", ".xltm",
    ".xlam", ".ods", ".ots", ".fods", ".numbers", ".et", ".ett", ".dbf", ".pdf", ".doc",
    ".docx", ".odt", ".rtf", ".json", ".xml", ".htm", ".html", ".mht", ".mhtml", ".zip",
    ".db", ".sqlite"})


def xlsx_path(path: Path | str) -> Path:
    """Where an export goes: always an .xlsx. A name without a file type gets ".xlsx"; a name
    of another type (.csv, .xls …) is refused — an .xlsx workbook under that name opens in
    Excel with a warning, or not at all. A dotted abbreviation in a name ("Kab.Sigi") is no
    file type."""
    path = Path(path)
    suffix = path.suffix
    if suffix.lower() == ".xlsx":
        return path
    if suffix.lower() in _OTHER_FILE_TYPES:
        raise UserError(f"Berkas ekspor '{path.name}' harus berakhiran .xlsx (buku kerja "
                        f"Excel), bukan {suffix}. Ganti nama berkasnya.", code="export.type")
    return path.with_name(path.name + ".xlsx")


def clean_for_excel(text: str) -> str:
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text[:MAX_TEXT]


_ERROR_TEXTS = frozenset(ERROR_CODES)


def _text_value(cells: _Cells, value: Any) -> Any:
    text = value if isinstance(value, str) else str(value)
    if not text:
        return None
    # (isprintable: a quick pass for the common text with no control character at all; the
    # pattern decides for the rest — tab, NBSP and the like are not printable but legal.)
    if text.startswith(_RISKY_START) or text in _ERROR_TEXTS or len(text) > MAX_TEXT or (
            not text.isprintable() and _ILLEGAL.search(text)):
        return cells.safe_text(clean_for_excel(text))
    return text


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def write_workbook(path: Path | str, sheet_title: str, columns: Sequence[Column],
                   rows: Iterable[Sequence[Any]], *, title: str | None = None,
                   info: Sequence[tuple[str, Any]] = (),
                   extra_sheets: Sequence[tuple[str, Sequence[Column],
                                                Iterable[Sequence[Any]]]] = (),
                   progress: Callable[[int], None] | None = None) -> int:
    """Write one data sheet (plus optional extra sheets and an "Info" sheet of key/value
    lines). `title` puts a line above the header. Returns the data rows written. The file is
    written to a temporary name and renamed, so a failure never leaves half a file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    wb = Workbook(write_only=True)
    try:
        n = _write_sheet(wb, sheet_title, columns, rows, title, progress)
        for name, cols, extra_rows in extra_sheets:
            _write_sheet(wb, name, cols, extra_rows, None, None)
        if info:
            ws = wb.create_sheet("Info")
            ws.column_dimensions["A"].width = 28
            ws.column_dimensions["B"].width = 60
            cells = _Cells(ws)
            for key, value in info:
                ws.append([key, _text_value(cells, value) if isinstance(value, str) else value])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            wb.save(tmp)
            tmp.replace(path)
        except OSError as exc:
            raise UserError(f"Berkas '{path}' tidak dapat ditulis: {exc.strerror or exc}. "
                            "Pastikan berkas tidak sedang dibuka di Excel dan foldernya dapat "
                            "ditulisi.", code="export.write") from exc
    except BaseException:
        _abandon(wb)
        raise
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _abandon(wb: Any) -> None:
    """Close the streaming sheet writers of a workbook that will not be saved, so their
    temporary files go and nothing complains later during garbage collection."""
    for ws in wb.worksheets:
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
            ws._rows = None
        writer = getattr(ws, "_writer", None)
        if writer is not None:  # a generator over a temporary file path (writer.out)
            with contextlib.suppress(Exception):
                writer.xf.close()
            if isinstance(writer.out, str):
                Path(writer.out).unlink(missing_ok=True)


def _write_sheet(wb: Any, sheet_title: str, columns: Sequence[Column],
                 rows: Iterable[Sequence[Any]], title: str | None,
                 progress: Callable[[int], None] | None) -> int:
    ws = wb.create_sheet(sheet_title[:31])
    if FAST_ROWS and hasattr(ws, "_values_to_row"):
        ws._values_to_row = partial(_values_to_row, ws)
    cells = _Cells(ws)
    for i, col in enumerate(columns, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width or _DEFAULT_WIDTH.get(col.kind, 18)
        if col.kind == "id":
            # Text format for the column too: a NIK or KPJ typed into a new row of the
            # exported file stays text in Excel (not a number losing its 16th digit).
            dim.number_format = TEXT_FORMAT
    header_row = 2 if title else 1
    ws.freeze_panes = f"A{header_row + 1}"  # before the first append: written with the head
    if title:
        title_cell = WriteOnlyCell(ws, clean_for_excel(title))
        title_cell.font = Font(bold=True, size=12)
        ws.append([title_cell])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="center")
    head = []
    for col in columns:
        cell = WriteOnlyCell(ws, clean_for_excel(col.header))
        if isinstance(cell.value, str) and cell.value.startswith(_RISKY_START):
            cell = cells.safe_text(clean_for_excel(col.header))
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        head.append(cell)
    ws.append(head)
    kinds = [c.kind for c in columns]
    money = {i: cells.styled(RUPIAH_FORMAT) for i, k in enumerate(kinds) if k == "money"}
    dates = {i: cells.styled(DATE_FORMAT) for i, k in enumerate(kinds) if k == "date"}
    # NIK, KPJ, phone, codes: text cells in Text format ("@"), so a clerk who retypes one in
    # Excel gets text back, not a number that drops the 16th digit of a NIK (one reused
    # styled cell per column, as for money: no cell object per value).
    ids = {i: cells.styled(TEXT_FORMAT) for i, k in enumerate(kinds) if k == "id"}
    append = ws.append
    n = 0
    for row in rows:
        out: list[Any] = []
        for i, value in enumerate(row):
            if value is None or value == "":
                out.append(None)
                continue
            kind = kinds[i] if i < len(kinds) else "raw"
            if kind == "id":
                text = _text_value(cells, value)
                if type(text) is str:
                    cell = ids[i]
                    cell._value = text
                    cell.data_type = "s"
                    out.append(cell)
                else:  # None, or a safe-text cell (risky start, illegal characters)
                    if text is not None:  # "+62 812…": Text format like the rest
                        text.number_format = TEXT_FORMAT
                    out.append(text)
            elif kind == "text":
                out.append(_text_value(cells, value))
            elif kind == "money":
                if isinstance(value, int | float) and not isinstance(value, bool):
                    cell = money[i]
                    cell._value = value
                    cell.data_type = "n"
                    out.append(cell)
                else:
                    out.append(_text_value(cells, value))
            elif kind == "date":
                d = _as_date(value)
                if d is None:
                    out.append(_text_value(cells, value))
                else:
                    cell = dates[i]
                    cell._value = d
                    cell.data_type = "d"
                    out.append(cell)
            elif kind == "int":
                out.append(value if isinstance(value, int | float) else _text_value(cells, value))
            elif isinstance(value, str):  # raw
                out.append(_text_value(cells, value))
            elif isinstance(value, bool | int | float):
                out.append(value)
            elif isinstance(value, date):
                cell = WriteOnlyCell(ws)
                cell.number_format = DATE_FORMAT
                cell.value = value
                out.append(cell)
            else:
                out.append(_text_value(cells, str(value)))
        append(out)
        n += 1
        if progress is not None and n % 5000 == 0:
            progress(n)
    last = get_column_letter(max(len(columns), 1))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(n, 1)}"
    return n
