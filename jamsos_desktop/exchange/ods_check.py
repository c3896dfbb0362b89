"""The safety pre-read of an OpenDocument spreadsheet (.ods): its tables sized before
calamine builds them, and the formulas, error values and hidden rows located for the
import's per-row report. The shared limits and messages are in `exchange.safety`."""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.exchange.safety import (
    ERROR_TEXTS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_REPORTED,
    MAX_ROWS,
    MAX_SHEETS,
    MAX_STRING_BYTES,
    MAX_UNCOMPRESSED_TOTAL,
    SheetScan,
    _fail,
    _inflate,
    _string_bomb,
    _too_long,
    _too_wide,
    corrupt,
    encrypted,
    too_many_sheets,
)

# --- OpenDocument ------------------------------------------------------------------------

# The tags the sizing pass stops at, told apart by their length (capturing groups would
# make the search twice as slow); "<!" and "<?" (a comment, CDATA, a processing
# instruction, a declaration) are found on the same pass.
_ODS_ROW = re.compile(rb"<(?:/table:table(?:-row(?:-group)?)?>|table:table(?:-row(?:-group)?"
                      rb"[\s/>]|[\s>])|[!?])")
_ROW_END, _ROW, _TABLE, _GROUP, _GROUP_END, _TABLE_END = 18, 17, 13, 23, 24, 14
_MARKUP = 2
_ODS_CELL = (b"<table:table-cell", b"<table:covered-table-cell")
_ODS_REPEAT_COLS = re.compile(rb'table:number-columns-repeated\s*=\s*["\']([^"\']*)["\']')
_ODS_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated\s*=\s*["\']([^"\']*)["\']')
_ODS_VALUE = re.compile(rb"office:(?:value|string-value|date-value|time-value|boolean-value"
                        rb"|value-type)\s*=|table:formula\s*=|<text:")
# What the marks pass reads (formulas, error results, hidden rows), as LibreOffice writes it:
# `table:visibility` "collapse" (hidden) or "filter" (filtered out) on a row; a row group
# shown closed (`table:display="false"`); a cell's start tag, its attributes quoted either
# way (a formula may hold ">" unescaped); an error result: LibreOffice saves
# `office:value-type="string" office:string-value="" calcext:value-type="error"` with the
# error's text ("#DIV/0!", "Err:502") in a paragraph, so calamine reads it as "".
_ODS_HIDDEN = re.compile(rb'table:visibility\s*=\s*["\'](?:collapse|filter)["\']')
_ODS_CLOSED = re.compile(rb'table:display\s*=\s*["\']false["\']')
_ODS_NAME = re.compile(rb'\stable:name\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
# A start tag's attributes as XML reads them: a quoted value may hold ">".
_ATTRS = rb"(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*"
_ODS_CELL_TAG = re.compile(rb"<table:(?:covered-)?table-cell(" + _ATTRS + rb")\s*(/?)>")
# The end of a start tag, a ">" inside a quoted attribute value skipped (it is legal XML):
# group 1 is "/" when the element closes itself.
_TAG_END = re.compile(_ATTRS + rb"\s*(/?)>")


def _tag_close(data: bytes, start: int, name_end: int, stop: int | None = None
               ) -> tuple[int, bool] | None:
    """(position of the ">" ending the start tag at `start`, whether it closes itself), a ">"
    inside a quoted attribute value skipped; None when the tag does not end in `data`. The
    usual tag (no quote holding a ">") is found with two C-speed steps."""
    close = data.find(b">", start, len(data) if stop is None else stop)
    if close < 0:
        return None
    head = data[start:close]
    if not head.count(b'"') % 2 and b"'" not in head:  # LibreOffice quotes with "
        return close, head.endswith(b"/")
    m = _TAG_END.match(data, name_end, len(data) if stop is None else stop)
    return (m.end() - 1, bool(m.group(1))) if m else None


_LEAD = b" \t\r\n\xef\xbb\xbf"  # what may stand before the declaration (a BOM too)
_ODS_FORMULA = re.compile(rb"\stable:formula\s*=")
_ODS_ERROR = re.compile(rb'value-type\s*=\s*["\']error["\']')
_ODS_STRING = re.compile(rb'office:value-type\s*=\s*["\']string["\']')
_ODS_STRING_VALUE = re.compile(rb'office:string-value\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ODS_TAGS = re.compile(rb"<[^>]*>")
# A formula's text result written like an error beyond `ERROR_TEXTS` (a newer Excel's
# "#BLOCKED!", "#FIELD!"): reported as one too.
_ODS_ERROR_TEXT = re.compile(r"#[A-Z0-9/_.]{1,15}[!?A]")
# A run of spaces, `<text:s text:c="n"/>`: calamine writes out n spaces (any n). Any prefix,
# its attributes read as XML reads them (a value may hold ">").
_ODS_SPACE = re.compile(rb"<[^\s/>]*:s(" + _ATTRS + rb")\s*/?>")
_ODS_SPACE_COUNT = re.compile(rb"\s[^\s=/>]*:c\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ODS_SPACE_MARK = re.compile(rb":s\s")  # a first look (C speed, a literal start)
_ODS_CELL_NEXT = re.compile(rb"<table:(?:covered-)?table-cell[\s/>]")
MAX_ODS_MARKS = 50 * MAX_REPORTED  # positions kept for all the tables of a workbook together


def _ods_text(raw: bytes) -> str:
    """Attribute value or element text as XML reads it (the five entities and character
    references; a DTD is never read, so there are no others)."""
    return html.unescape(raw.decode("utf-8", "replace"))


def _text_bytes(data: bytes, start: int, end: int) -> int:
    """An upper bound on the text of the cells in data[start:end]: what lies outside the
    tags, and the `office:string-value` attributes (a ">" in another attribute's value
    only makes the bound larger)."""
    part = data[start:end]
    return len(_ODS_TAGS.sub(b"", part)) + sum(
        len(m.group()) for m in _ODS_STRING_VALUE.finditer(part))


class _OdsMarks:
    """Formulas, error results and hidden rows of one table, at calamine's positions; its
    `SheetScan` joins `scans` with the first of them."""

    def __init__(self, name: str, scans: dict[str, SheetScan]) -> None:
        self.name = name
        self.scans = scans
        self.scan: SheetScan | None = None
        self.pending: list[tuple[int, int]] = []  # hidden rows not yet known to be read
        self.pending_rows = 0
        self.pending_more = False

    def get(self) -> SheetScan:
        if self.scan is None:
            self.scan = self.scans[self.name] = SheetScan()
        return self.scan

    def hide(self, first: int, count: int) -> None:
        """Rows `first`… are hidden; they count once a row with a value comes after them
        (LibreOffice writes hidden empty rows below the data too: calamine drops those)."""
        room = MAX_REPORTED - (len(self.scan.hidden_rows) if self.scan else 0)
        if self.pending_rows >= room:
            self.pending_more = True
        elif self.pending and sum(self.pending[-1]) == first:
            self.pending[-1] = (self.pending[-1][0], self.pending[-1][1] + count)
            self.pending_rows += count
        else:
            self.pending.append((first, count))
            self.pending_rows += count

    def confirm(self) -> None:
        """A row with a value: every hidden row before it (and itself) is read."""
        if not self.pending and not self.pending_more:
            return
        scan = self.get()
        for first, count in self.pending:
            room = MAX_REPORTED - len(scan.hidden_rows)
            scan.hidden_rows.update(range(first, first + min(count, room)))
            if count > room:
                scan.truncated_report = True
        if self.pending_more:
            scan.truncated_report = True
        self.pending, self.pending_rows, self.pending_more = [], 0, False

    def formulas_full(self) -> bool:
        return self.scan is not None and len(self.scan.formulas) >= MAX_REPORTED

    def errors_full(self) -> bool:
        return self.scan is not None and len(self.scan.errors) >= MAX_REPORTED


class _OdsTables:
    """calamine's grid of every table in content.xml, as it builds it: rows repeated
    (`number-rows-repeated`) and cells repeated (`number-columns-repeated`) are written out,
    except the empty ones at the end of a row or of a table. Only the row tags are looked at
    one by one; a row's cells are counted with C-speed searches. On the way, each named
    table's formulas, error results and hidden rows are noted (`scans`, by table name) at
    the positions calamine gives them: a row's first index is the count of rows before it,
    repeats included; a cell's column counts the cells before it in the row, covered ones
    (under a merge) and repeats included. Only rows that hold a formula or an error are
    walked cell by cell, and only until enough are noted."""

    def __init__(self, name: str, size: int = 0) -> None:
        self.name = name
        self.carry = b""
        self.total = 0  # cells of the finished tables
        self.scans: dict[str, SheetScan] = {}
        self.kept = 0  # positions noted over all tables (MAX_ODS_MARKS)
        self.overflow = False  # tables left unscanned once MAX_ODS_MARKS were kept
        self.marks: _OdsMarks | None = None
        self.closed_groups: list[bool] = []
        self.depth = 0  # tables open
        self.tables = 0
        # An upper bound on the text calamine and Python will hold: what the XML holds once
        # is at most its size, counted so; a content.xml too large for that has the text of
        # each row counted instead (`_every_row`).
        self._every_row = size > MAX_STRING_BYTES // 2
        self.text = 0 if self._every_row else size
        self._spaced = False
        self._new_table()

    def _new_table(self) -> None:
        self.rows = 0  # rows so far, repeats included
        self.rows_used = 0  # up to the last row with a value
        self.width = 0  # widest row with a value

    def _close_table(self) -> None:
        self.total += self.rows_used * self.width
        if self.marks is not None and self.marks.scan is not None:
            scan = self.marks.scan
            self.kept += len(scan.formulas) + len(scan.errors) + len(scan.hidden_rows)
        self.marks = None
        self.closed_groups = []
        self._new_table()

    def _open_table(self, head: bytes) -> None:
        self._close_table()
        self.tables += 1  # calamine keeps a name, metadata and a grid for each
        if self.tables > MAX_SHEETS:  # (2 million empty ones, 7 MB of file: 513 MB)
            raise too_many_sheets(self.name)
        m = _ODS_NAME.search(head)
        if m is None:  # calamine reads no table without a name
            return
        name = _ods_text(m.group(1) if m.group(1) is not None else m.group(2))
        self.scans.pop(name, None)  # of two tables of one name, calamine keeps the last
        if self.kept >= MAX_ODS_MARKS:
            self.overflow = True
            return
        self.marks = _OdsMarks(name, self.scans)

    def __call__(self, buf: bytes, offset: int) -> None:
        data = self.carry + buf[self.overlap(buf):]
        self._seen = len(buf)
        self._marked = b"table:formula" in data  # error results are formulas too
        self._spaced = _ODS_SPACE_MARK.search(data) is not None
        pos = 0
        row_start = -1
        head_end = -1  # where the start tag of the row at row_start ends
        cut = -1
        for m in _ODS_ROW.finditer(data):
            if m.start() < pos:
                continue
            kind = m.end() - m.start()
            if kind == _MARKUP:
                # What the pass cannot follow as calamine does, and LibreOffice never writes
                # in content.xml: a comment or CDATA section (which may hold tags the pass
                # would count), a DOCTYPE, a processing instruction past the declaration.
                if m.group() == b"<?" and not offset and not data[:m.start()].strip(_LEAD):
                    pos = m.end()
                    continue  # the XML declaration
                raise corrupt(self.name, "content.xml memuat komentar, CDATA atau instruksi "
                                         "pemrosesan")
            if kind == _ROW_END:
                if row_start >= 0:
                    self._row(data, row_start, m.end(), head_end)
                row_start = -1
            elif kind == _ROW:
                end = _tag_close(data, m.start(), m.end() - 1)
                if end is None:
                    row_start = m.start()
                    break
                close, empty = end
                if empty:  # <table:table-row …/>: an empty row
                    self._row(data, m.start(), close + 1, close + 1)
                    pos = close + 1
                    continue
                row_start, head_end = m.start(), close + 1
            elif kind == _TABLE:
                end = _tag_close(data, m.start(), m.end() - 1)
                if end is None:
                    cut = m.start()
                    break
                close, empty = end
                if self.depth:
                    # A table inside a table (in a cell or between rows): calamine goes on
                    # with the outer one, or ends it at the inner one's end with the inner
                    # rows taken for its own; never written by a spreadsheet program.
                    raise corrupt(self.name, "tabel di dalam tabel")
                self.depth += not empty
                self._open_table(data[m.start():close])
            elif kind == _TABLE_END:
                self.depth = max(0, self.depth - 1)
            elif row_start < 0:  # a row group (never inside a row: calamine refuses that)
                close = data.find(b">", m.start())
                if close < 0:
                    cut = m.start()
                    break
                if kind == _GROUP_END:
                    if self.closed_groups:
                        self.closed_groups.pop()
                elif data[close - 1:close] != b"/":
                    self.closed_groups.append(bool(_ODS_CLOSED.search(data, m.start(), close)))
            pos = m.end()
        if row_start >= 0:
            self.carry = data[row_start:]
        elif cut >= 0:
            self.carry = data[cut:]
        else:
            self.carry = data[max(pos, len(data) - 64):]

    def overlap(self, buf: bytes) -> int:
        """`_inflate` repeats the last 256 bytes of the previous buffer: skip them."""
        seen = getattr(self, "_seen", 0)
        return min(256, seen, len(buf)) if seen else 0

    def _repeat(self, raw: bytes) -> int:
        if not raw.strip().isdigit():
            raise corrupt(self.name, "jumlah ulang sel tidak sah")
        return int(raw)

    def _row(self, data: bytes, start: int, end: int, tag_end: int = -1) -> None:
        if tag_end < 0:  # the row began in the carry: its start tag is found again
            tag = _tag_close(data, start, start + len(b"<table:table-row"), end)
            tag_end = tag[0] + 1 if tag else data.find(b">", start, end) + 1
        head = data[start:tag_end]
        m = _ODS_REPEAT_ROWS.search(head)
        repeat = self._repeat(m.group(1)) if m else 1
        cells = sum(data.count(marker, tag_end, end) for marker in _ODS_CELL)
        width = cells
        repeated_to = tag_end  # repeated cells that may hold text lie before this
        if b"columns-repeated" in data[tag_end:end]:
            repeated_to = end
            last = max(data.rfind(marker, tag_end, end) for marker in _ODS_CELL)
            body = data[tag_end:end]
            last_cell = data[last:end] if last >= 0 else b""
            for r in _ODS_REPEAT_COLS.finditer(body):
                width += self._repeat(r.group(1)) - 1
            trailing = _ODS_REPEAT_COLS.search(last_cell)
            if trailing and not _ODS_VALUE.search(last_cell):
                width -= self._repeat(trailing.group(1))  # empty cells at the end: dropped
                repeated_to = last
        first = self.rows
        self.rows += repeat
        used = bool(_ODS_VALUE.search(data, tag_end, end))
        if used:
            self.rows_used = self.rows
            self.width = max(self.width, width)
        if self.width > MAX_COLUMNS:
            raise _too_wide(self.name)
        if self.rows_used > MAX_ROWS:
            raise _too_long(self.name)
        if self.total + self.rows_used * self.width > MAX_CELLS:
            rows = f"{self.rows_used:,}".replace(",", ".")
            raise _fail(f"Lembar kerja pada berkas '{self.name}' terlalu besar untuk diimpor "
                        f"sekaligus (sekitar {rows} baris × {self.width} kolom, "
                        "termasuk baris/sel yang diulang). Hapus baris/kolom kosong di luar "
                        "data, atau pecah berkas menjadi beberapa bagian.", "too_big")
        if used:
            self._text(data, tag_end, end, repeat, repeated_to)
        marks = self.marks
        if marks is None:
            return
        if (b"visibility" in head and _ODS_HIDDEN.search(head)) or (
                self.closed_groups and any(self.closed_groups)):
            marks.hide(first, repeat)
        if used:
            if marks.pending or marks.pending_more:
                marks.confirm()
            # Walked for its formulas while fewer than MAX_REPORTED are noted, then only for
            # an error result (a formula whose text result merely reads like an error is no
            # longer looked for).
            if self._marked and (
                    (data.find(b"table:formula", tag_end, end) >= 0
                     and not marks.formulas_full())
                    or (data.find(b"error", tag_end, end) >= 0 and not marks.errors_full())):
                self._cells(marks.get(), data, tag_end, end, first, repeat)

    def _spaces(self, data: bytes, start: int, end: int) -> int:
        """The spaces calamine writes out for the `text:s` elements in data[start:end] (a
        count it cannot read is one space)."""
        if not self._spaced or _ODS_SPACE_MARK.search(data, start, end) is None:
            return 0
        total = 0
        for m in _ODS_SPACE.finditer(data, start, end):
            total += 1
            for c in _ODS_SPACE_COUNT.finditer(m.group(1)):
                value = _ods_text(c.group(1) if c.group(1) is not None else c.group(2))
                if re.fullmatch(r"\+?[0-9]+", value, re.ASCII):
                    total += int(value) - 1
        return total

    def _text(self, data: bytes, start: int, end: int, repeat: int, repeated_to: int) -> None:
        """What a row with a value adds to `text`: calamine gives every repeated row and
        every repeated cell its own copy of the text (and Python once more), and writes a
        `text:s` out as that many spaces, so an 800-byte file held 20,000 copies of one long
        text (1.9 GB) and `text:c="1000000000"` cost a gigabyte. A row read once costs at most
        what its XML holds (`text` starts at the part's size: 465 MB of plain text in a
        4.8 MB file cost 1.3 GB), so only its spaces are added, unless the part is too large
        for that bound (then its text is); a repeated row is counted whole, each copy; a
        repeated cell with a value, each copy beyond the first (those before `repeated_to`:
        the empty ones LibreOffice writes at a row's end are not looked at)."""
        spaces = self._spaces(data, start, end)
        cost = (_text_bytes(data, start, end) + spaces) * repeat if (
            repeat > 1 or self._every_row) else spaces
        if data.find(b"columns-repeated", start, repeated_to) >= 0:
            for r in _ODS_REPEAT_COLS.finditer(data, start, repeated_to):
                close = data.find(b">", r.end(), end)
                if data[close - 1] == 47 and not _ODS_VALUE.search(  # <…/> without a value
                        data, data.rfind(b"<", start, r.start()), close):
                    continue  # (no "<" inside an attribute value: XML forbids it)
                count = self._repeat(r.group(1))
                if count < 2:
                    continue
                first = max(data.rfind(marker, start, r.start()) for marker in _ODS_CELL)
                after = _ODS_CELL_NEXT.search(data, r.end(), end)
                stop = after.start() if after else end
                if first < 0 or not _ODS_VALUE.search(data, first, stop):
                    continue  # an empty cell repeated: no text
                cost += ((_text_bytes(data, first, stop) + self._spaces(data, first, stop))
                         * (count - 1) * repeat)
        self.text += cost
        if self.text > MAX_STRING_BYTES:
            raise _string_bomb(self.name, self.text)

    def _cells(self, scan: SheetScan, data: bytes, start: int, end: int, first: int,
               repeat: int) -> None:
        """Formula and error cells of a row (repeated `repeat` times from row `first`)."""
        col = 0
        for m in _ODS_CELL_TAG.finditer(data, start, end):
            if col >= MAX_COLUMNS:
                break
            attrs = m.group(1)
            rep = _ODS_REPEAT_COLS.search(attrs)
            count = min(self._repeat(rep.group(1)), MAX_COLUMNS) if rep else 1
            formula = _ODS_FORMULA.search(attrs) is not None
            if formula or _ODS_ERROR.search(attrs):
                error = self._error(data, m, end, attrs)
                if formula:
                    self._note(scan.formulas, first, repeat, col, count, scan)
                if error is not None:
                    self._note(scan.errors, first, repeat, col, count, scan, error)
            col += count

    @staticmethod
    def _note(into: Any, first: int, repeat: int, col: int, count: int, scan: SheetScan,
              error: str | None = None) -> None:
        room = MAX_REPORTED - len(into)
        if repeat * count > room:
            scan.truncated_report = True
        for r in range(first, first + min(repeat, room)):
            for c in range(col, col + min(count, room)):
                if len(into) >= MAX_REPORTED:
                    return
                if error is None:
                    into.add((r, c))
                else:
                    into[(r, c)] = error

    @staticmethod
    def _error(data: bytes, m: re.Match[bytes], end: int, attrs: bytes) -> str | None:
        """The error a cell holds: LibreOffice's error result, or a formula whose text result
        is an error's text (a writer without `calcext`); None when it holds none."""
        flagged = _ODS_ERROR.search(attrs) is not None
        if not flagged and not _ODS_STRING.search(attrs):
            return None
        text = ""
        if not m.group(2):
            stop = data.find(b"</table:", m.end(), end)
            inner = data[m.end():stop if stop >= 0 else end][:400]
            text = _ods_text(_ODS_TAGS.sub(b"", inner)).strip()
        if not text and (v := _ODS_STRING_VALUE.search(attrs)):
            text = _ods_text(v.group(1) if v.group(1) is not None else v.group(2)).strip()
        if flagged:
            return text[:20] or "#ERROR"
        return text if text in ERROR_TEXTS or _ODS_ERROR_TEXT.fullmatch(text) else None


@dataclass
class OdsScan:
    """The formulas, error results and hidden rows of each table of an .ods that has any."""
    tables: dict[str, SheetScan] = field(default_factory=dict)
    overflow: bool = False  # tables past MAX_ODS_MARKS kept were not scanned

    def sheet(self, name: str) -> SheetScan:
        found = self.tables.get(name)
        return found if found is not None else SheetScan(truncated_report=self.overflow)


MANIFEST = "META-INF/manifest.xml"


def check_ods(zf: zipfile.ZipFile, name: str) -> OdsScan:
    """ODS: inflate under the budget; content.xml's tables are sized as calamine will build
    them (it reads every table when the file is opened) before calamine sees them, and their
    formulas, error results and hidden rows are noted by table name."""
    budget = MAX_UNCOMPRESSED_TOTAL
    result = OdsScan()
    # A password-protected .ods keeps its manifest readable and marks each encrypted part
    # with <manifest:encryption-data>: refused by name here, whatever reads the file next.
    marks: list[bool] = []

    def look(buf: bytes, _at: int) -> None:
        marks.append(b"encryption-data" in buf)

    infos = sorted(zf.infolist(), key=lambda i: i.filename != MANIFEST)
    for info in infos:
        if info.filename == MANIFEST:
            budget -= _inflate(zf, info, budget, name, look)
            if any(marks):
                raise encrypted(name)
            continue
        tables = _OdsTables(name, info.file_size) if info.filename == "content.xml" else None
        budget -= _inflate(zf, info, budget, name, tables)
        if tables is not None:
            tables._close_table()
            result = OdsScan(tables.scans, tables.overflow)
    return result
