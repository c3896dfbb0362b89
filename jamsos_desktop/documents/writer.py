"""The document framework: pages, letterhead (kop surat), flowing text, tables drawn straight
on the canvas, signature block and the "Halaman x dari y" footer.

Why not platypus: a worker list of 10.000 rows through `LongTable` takes ~4× the time of
drawing the same cells on the canvas (ARCHITECTURE.md), and the letter layout of tata naskah
dinas (two-column Nomor/Kepada block, signature kept whole) is simpler to state directly.
Everything is measured with `layout.fit_text` before it is drawn, so nothing overflows.

Determinism: the canvas runs with `invariant=1` (fixed dates and document id), so the same
input gives the same bytes; the register stores the issued bytes anyway.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from jamsos_desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from jamsos_desktop.documents.layout import Fitted, fit_text, text_width, wrap_text
from jamsos_desktop.errors import UserError

__all__ = [
    "A4",
    "F4",
    "PAPERS",
    "Block",
    "Column",
    "DocumentWriter",
    "FooterInfo",
    "Letterhead",
    "PageSetup",
    "Row",
    "RowPlan",
    "SignatureBlock",
    "TableLayout",
]

F4 = (215 * mm, 330 * mm)  # Folio as used by Indonesian offices; not in reportlab
PAPERS: dict[str, tuple[float, float]] = {"f4": F4, "a4": A4}
PAPER_LABELS = {"f4": "F4 (215 × 330 mm)", "a4": "A4 (210 × 297 mm)"}

_GREY = Color(0.35, 0.35, 0.35)
_SHADE = Color(0.90, 0.90, 0.90)
_LIGHT = Color(0.95, 0.95, 0.95)
_EPS = 1e-6


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins (mm) and type sizes (pt); from settings (DOMAIN.md §5: F4, margins
    about 3 cm left and 2.5 cm elsewhere, Arial-like 12 pt)."""

    paper: str = "f4"
    margin_top: float = 25.0
    margin_right: float = 25.0
    margin_bottom: float = 25.0
    margin_left: float = 30.0
    font_size: float = 12.0
    table_font_size: float = 9.0

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise UserError(f"Ukuran kertas '{self.paper}' tidak dikenal; pilih f4 atau a4.",
                            code="documents.paper")
        margins = (self.margin_top, self.margin_right, self.margin_bottom, self.margin_left)
        if any(not 5 <= m <= 60 for m in margins):
            raise UserError("Margin halaman harus antara 5 dan 60 mm.", code="documents.margin")
        if not 8 <= self.font_size <= 16 or not 6 <= self.table_font_size <= 14:
            raise UserError("Ukuran huruf harus 8–16 pt (isi) dan 6–14 pt (tabel).",
                            code="documents.font_size")

    def page_size(self, orientation: str = "portrait") -> tuple[float, float]:
        w, h = PAPERS[self.paper]
        return (h, w) if orientation == "landscape" else (w, h)


@dataclass(frozen=True)
class Letterhead:
    heading: str  # "PEMERINTAH KABUPATEN BANYUASIN"
    office: str | None  # "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"
    lines: tuple[str, ...]  # address and contacts, small type
    logo: bytes | None = None


@dataclass(frozen=True)
class SignatureBlock:
    jabatan: str
    name: str
    pangkat: str | None = None  # "Pembina Utama Muda (IV/c)"
    nip: str | None = None  # already formatted "19700315 199503 1 002"
    form: str = ""  # "" | "a.n." | "Plt." | "Plh."
    on_behalf_of: str | None = None  # for "a.n.": "Bupati Banyuasin"

    def heading_lines(self) -> list[str]:
        if self.form == "a.n." and self.on_behalf_of:
            return [f"a.n. {self.on_behalf_of}", f"{self.jabatan},"]
        if self.form in ("Plt.", "Plh."):
            return [f"{self.form} {self.jabatan},"]
        return [f"{self.jabatan},"]


@dataclass(frozen=True)
class FooterInfo:
    number: str | None  # None for a draft
    verify_code: str | None
    draft: bool = False

    def left_text(self) -> str:
        if self.draft or not self.number:
            return "KONSEP \u2014 belum diterbitkan, belum bernomor; tidak untuk ditandatangani"
        return f"Nomor {self.number} \u00b7 Kode verifikasi {self.verify_code}"


# --- blocks of text ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    dx: float  # from the block's left edge
    width: float  # available width (for right/center alignment and justification)
    font: str
    size: float
    leading: float
    align: str = "left"  # left | right | center | justify
    underline: bool = False


@dataclass
class Block:
    """Lines of wrapped text of a fixed width; measured before drawing, so a block can be
    kept whole (signature) or placed beside another (Nomor … / Kepada Yth. …)."""

    width: float
    items: list[_Line | float] = field(default_factory=list)  # float: vertical gap

    @property
    def height(self) -> float:
        return sum(i if isinstance(i, float) else i.leading for i in self.items)

    def gap(self, h: float) -> Block:
        self.items.append(float(h))
        return self

    def text(self, text: str, *, size: float, font: str = REGULAR, align: str = "left",
             indent: float = 0.0, right: float = 0.0, first_indent: float = 0.0,
             hanging: float = 0.0, leading: float | None = None,
             underline: bool = False) -> Block:
        """Add a paragraph. `first_indent` indents its first line; `hanging` indents the
        lines after the first (numbered lists)."""
        lead = leading or size * 1.2
        avail = self.width - indent - right
        lines = wrap_text(text, font, size, avail - hanging,
                          first_width=avail - first_indent)
        paragraph_ends = _paragraph_ends(text, font, size, avail - hanging,
                                         avail - first_indent)
        for i, line in enumerate(lines):
            dx = indent + (first_indent if i == 0 else hanging)
            width = avail - (first_indent if i == 0 else hanging)
            line_align = align
            if align == "justify" and i in paragraph_ends:
                line_align = "left"  # the last line of a paragraph is never stretched
            self.items.append(_Line(line, dx, width, font, size, lead, line_align, underline))
        return self

    def marked(self, mark: str, text: str, *, size: float, indent: float = 0.0,
               mark_width: float | None = None, font: str = REGULAR,
               align: str = "left") -> Block:
        """A list item: the mark ("1.", "a.", "-") in its own column, the text wrapped
        beside it so every line starts at the same x."""
        mark_w = mark_width if mark_width is not None else text_width("00. ", font, size)
        self.items.append(_Line(mark, indent, mark_w, font, size, 0.0))
        return self.text(text, size=size, font=font, align=align, indent=indent + mark_w)

    def fields(self, rows: Sequence[tuple[str, str]], *, size: float, label_width: float,
               font: str = REGULAR, leading: float | None = None) -> Block:
        """"Nomor    : 560/…" rows: labels, aligned colons, values wrapped under themselves."""
        lead = leading or size * 1.2
        colon = text_width(" : ", font, size)
        avail = self.width - label_width - colon
        for label, value in rows:
            for i, line in enumerate(wrap_text(value, font, size, avail)):
                if i == 0:
                    self.items.append(_Line(label, 0.0, label_width, font, size, 0.0))
                    self.items.append(_Line(":", label_width + colon * 0.25, colon, font,
                                            size, 0.0))
                self.items.append(_Line(line, label_width + colon, avail, font, size, lead))
        return self


def _paragraph_ends(text: str, font: str, size: float, width: float,
                    first_width: float) -> set[int]:
    """Indexes of lines that end a paragraph (before an explicit newline, or the last)."""
    ends: set[int] = set()
    index = -1
    for n, part in enumerate(text.split("\n")):
        count = len(wrap_text(part, font, size, width,
                              first_width=first_width if n == 0 else None))
        index += count
        ends.add(index)
    return ends


# --- tables ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float  # relative width
    align: str = "L"  # L | R | C
    wrap: bool = True  # False: one line, shrink to fit (NIK, amounts, dates)
    max_lines: int | None = None


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    kind: str = "data"  # data | group | subtotal | total
    span: int = 1  # subtotal/total: the label spans the first `span` columns


@dataclass(frozen=True, slots=True)
class CellPlan:
    x: float
    width: float  # outer width; text stays within width - 2 × padding
    fitted: Fitted
    font: str
    align: str


@dataclass(frozen=True, slots=True)
class RowPlan:
    height: float
    cells: tuple[CellPlan, ...]
    kind: str
    bounds: tuple[float, ...]  # inner vertical rules of this row
    text: str = ""  # group rows: the heading, to repeat "(lanjutan)" on the next page


class TableLayout:
    """Column geometry and row planning. `plan` is the single place where cell text is
    fitted, so tests can check that every line lies within its cell."""

    def __init__(self, columns: Sequence[Column], x: float, width: float, font_size: float,
                 *, padding: float = 2.5, min_size: float = 5.5) -> None:
        if not columns:
            raise ValueError("a table needs columns")
        self.columns = tuple(columns)
        self.x, self.width, self.size = x, width, font_size
        self.padding, self.min_size = padding, min_size
        total = sum(c.weight for c in columns)
        self.widths = tuple(width * c.weight / total for c in columns)
        xs = [x]
        for w in self.widths:
            xs.append(xs[-1] + w)
        self.xs = tuple(xs)
        self.inner_bounds = tuple(xs[1:-1])

    def inner_width(self, index: int) -> float:
        return self.widths[index] - 2 * self.padding

    def _height(self, cells: Iterable[CellPlan]) -> float:
        tallest = max(len(c.fitted.lines) * c.fitted.size * 1.15 for c in cells)
        return tallest + 2 * self.padding

    def plan_header(self, size: float | None = None) -> RowPlan:
        size = size or self.size
        cells = tuple(
            CellPlan(self.xs[i], w, fit_text(col.title, BOLD, size, w - 2 * self.padding,
                                             min_size=self.min_size), BOLD, "C")
            for i, (col, w) in enumerate(zip(self.columns, self.widths, strict=True)))
        return RowPlan(self._height(cells), cells, "header", self.inner_bounds)

    def plan(self, row: Row, *, size: float | None = None,
             max_lines: int | None = None) -> RowPlan:
        size = size or self.size
        pad2 = 2 * self.padding
        if row.kind == "group":
            text = row.cells[0] if row.cells else ""
            fitted = fit_text(text, BOLD, size, self.width - pad2, max_lines=max_lines,
                              min_size=self.min_size)
            cell = CellPlan(self.x, self.width, fitted, BOLD, "L")
            return RowPlan(self._height((cell,)), (cell,), "group", (), text)
        if row.kind in ("subtotal", "total"):
            span = max(1, min(row.span, len(self.columns)))
            label_w = self.xs[span] - self.x
            cells = [CellPlan(self.x, label_w,
                              fit_text(row.cells[0] if row.cells else "", BOLD, size,
                                       label_w - pad2, max_lines=max_lines,
                                       min_size=self.min_size), BOLD, "R")]
            values = row.cells[1:]
            for i in range(span, len(self.columns)):
                col, w = self.columns[i], self.widths[i]
                value = values[i - span] if i - span < len(values) else ""
                cells.append(CellPlan(self.xs[i], w, fit_text(
                    value, BOLD, size, w - pad2, wrap=col.wrap, max_lines=max_lines,
                    min_size=self.min_size), BOLD, col.align))
            return RowPlan(self._height(cells), tuple(cells), row.kind, self.xs[span:-1])
        cells = []
        for i, (col, w) in enumerate(zip(self.columns, self.widths, strict=True)):
            value = row.cells[i] if i < len(row.cells) else ""
            limit = max_lines if max_lines is not None else col.max_lines
            cells.append(CellPlan(self.xs[i], w, fit_text(
                value, REGULAR, size, w - pad2, wrap=col.wrap, max_lines=limit,
                min_size=self.min_size), REGULAR, col.align))
        return RowPlan(self._height(cells), tuple(cells), "data", self.inner_bounds)

    def plan_within(self, row: Row, available: float) -> RowPlan:
        """Plan a row no taller than `available` (a full page body): shrink, then cut."""
        plan = self.plan(row)
        size = self.size
        while plan.height > available + _EPS and size > self.min_size:
            size = max(self.min_size, size - 0.5)
            plan = self.plan(row, size=size)
        if plan.height > available + _EPS:
            lines = max(1, int((available - 2 * self.padding) / (size * 1.15)))
            plan = self.plan(row, size=size, max_lines=lines)
        return plan


# --- the canvas ------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Keeps each finished page until `save`, when the total is known, then draws the
    footer ("Halaman x dari y") on each (the classic reportlab recipe)."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pending.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pending)
        pending, self._pending = self._pending, []
        for number, state in enumerate(pending, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class DocumentWriter:
    """Draws one document top to bottom. Coordinates are reportlab's (origin bottom left);
    `self.y` is the top of the free space on the current page."""

    def __init__(self, setup: PageSetup, footer: FooterInfo, *, orientation: str = "portrait",
                 title: str = "", author: str = "", subject: str = "",
                 keywords: str = "") -> None:
        register_fonts()
        self.setup = setup
        self.footer = footer
        self.orientation = orientation
        self._buf = io.BytesIO()
        self.c = _NumberedCanvas(self._buf, pagesize=setup.page_size(orientation),
                                 invariant=1, pageCompression=1, footer=self._draw_footer,
                                 # else every page names base-14 Helvetica, never embedded
                                 initialFontName=REGULAR, initialFontSize=setup.font_size)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setKeywords(keywords)
        self.c.setCreator("Jamsos Desktop")
        self.page = 1
        self._font: tuple[str, float] | None = None
        self._page_has_content = False
        self._geometry()
        self.y = self.top

    # -- geometry --

    def _geometry(self) -> None:
        s = self.setup
        self.page_width, self.page_height = s.page_size(self.orientation)
        self.x0 = s.margin_left * mm
        self.x1 = self.page_width - s.margin_right * mm
        self.top = self.page_height - s.margin_top * mm
        self.bottom = s.margin_bottom * mm
        self.width = self.x1 - self.x0

    @property
    def body_height(self) -> float:
        return self.top - self.bottom

    @property
    def size(self) -> float:
        return self.setup.font_size

    def new_page(self, orientation: str | None = None) -> None:
        self.c.showPage()
        self.page += 1
        if orientation and orientation != self.orientation:
            self.orientation = orientation
            self.c.setPageSize(self.setup.page_size(orientation))
        self._geometry()
        self._font = None  # showPage resets the graphics state
        self._page_has_content = False
        self.y = self.top

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` fits below the cursor; True if it broke."""
        if self.y - height < self.bottom - _EPS and self._page_has_content:
            self.new_page()
            return True
        return False

    def space(self, height: float) -> None:
        self.y -= height

    # -- drawing primitives --

    def _set_font(self, font: str, size: float) -> None:
        if self._font != (font, size):
            self.c.setFont(font, size)
            self._font = (font, size)

    def _draw_line(self, line: _Line, x: float, top: float) -> None:
        baseline = top - line.size * 0.93 - (line.leading - line.size * 1.15) / 2 \
            if line.leading else top - line.size * 0.93 - line.size * 0.025
        self._set_font(line.font, line.size)
        c = self.c
        left = x + line.dx
        if line.align == "justify" and " " in line.text.strip():
            # PDF word spacing (Tw) stretches the spaces, so copying text from the PDF still
            # gives words separated by spaces. Tw persists in the graphics state: reset it.
            text = " ".join(line.text.split())
            extra = (line.width - text_width(text, line.font, line.size)) / text.count(" ")
            t = c.beginText(left, baseline)
            t.setFont(line.font, line.size)
            t.setWordSpace(max(0.0, extra))
            t.textOut(text)
            t.setWordSpace(0)
            c.drawText(t)
        else:
            w = text_width(line.text, line.font, line.size)
            if line.align == "right":
                left = left + line.width - w
            elif line.align == "center":
                left = left + (line.width - w) / 2
            c.drawString(left, baseline, line.text)
            if line.underline and line.text:
                c.setLineWidth(0.6)
                c.line(left, baseline - line.size * 0.12, left + w, baseline - line.size * 0.12)
        self._page_has_content = True

    def flow(self, block: Block, *, x: float | None = None, keep_together: bool = False
             ) -> None:
        """Draw a block at the cursor; lines move to the next page when the page is full,
        unless `keep_together` (then the whole block moves if it does not fit)."""
        left = self.x0 if x is None else x
        if keep_together:
            self.ensure(block.height)
        for item in block.items:
            if isinstance(item, float):
                self.y -= item
                continue
            # A zero-leading item (label, list mark) shares the next line: test that line.
            need = item.leading or item.size * 1.2
            if self.y - need < self.bottom - _EPS and self._page_has_content:
                self.new_page()
            self._draw_line(item, left, self.y)
            self.y -= item.leading

    def side_by_side(self, blocks: Sequence[tuple[Block, float]]) -> None:
        """Blocks placed next to each other from the same top, kept on one page."""
        tallest = max(b.height for b, _ in blocks)
        self.ensure(tallest)
        top = self.y
        for block, x in blocks:
            y = top
            for item in block.items:
                if isinstance(item, float):
                    y -= item
                    continue
                self._draw_line(item, x, y)
                y -= item.leading
        self.y = top - tallest

    def block(self, width: float | None = None) -> Block:
        return Block(self.width if width is None else width)

    def paragraph(self, text: str, *, size: float | None = None, font: str = REGULAR,
                  align: str = "justify", indent: float = 0.0, first_indent: float = 0.0,
                  hanging: float = 0.0, after: float | None = None) -> None:
        s = size or self.size
        self.flow(self.block().text(text, size=s, font=font, align=align, indent=indent,
                                    first_indent=first_indent, hanging=hanging))
        self.y -= s * 0.5 if after is None else after

    def rule(self, *, weight: float = 0.8) -> None:
        self.c.setLineWidth(weight)
        self.c.line(self.x0, self.y, self.x1, self.y)

    # -- letterhead and signature --

    def letterhead(self, kop: Letterhead) -> None:
        """Logo at the left, the lines centred in the space beside it, a double rule below
        (thick over thin), as in tata naskah dinas."""
        logo_box = 24 * mm
        gap = 4 * mm
        image = _image(kop.logo)
        text_left = self.x0 + (logo_box + gap if image else 0)
        text_right = self.x1 - (logo_box + gap if image else 0)
        width = text_right - text_left
        block = Block(width)
        block.text(kop.heading, size=14, font=BOLD, align="center", leading=17)
        if kop.office:
            # One line if it can be had down to 12.5 pt; otherwise two lines at full size.
            fitted = fit_text(kop.office.upper(), BOLD, 16, width, max_lines=1,
                              min_size=12.5)
            if fitted.truncated:
                fitted = fit_text(kop.office.upper(), BOLD, 16, width, max_lines=2,
                                  min_size=11)
            for line in fitted.lines:
                block.items.append(_Line(line, 0.0, width, BOLD, fitted.size,
                                         fitted.size * 1.2, "center"))
        for line in kop.lines:
            fitted = fit_text(line, REGULAR, 10, width, max_lines=2, min_size=8)
            for text in fitted.lines:
                block.items.append(_Line(text, 0.0, width, REGULAR, fitted.size,
                                         fitted.size * 1.25, "center"))
        height = max(block.height, logo_box if image else 0.0)
        top = self.y
        if image is not None:
            iw, ih = image.getSize()
            scale = min(logo_box / iw, logo_box / ih)
            w, h = iw * scale, ih * scale
            self.c.drawImage(image, self.x0 + (logo_box - w) / 2, top - (height + h) / 2, w, h,
                             mask="auto")
        y = top - (height - block.height) / 2
        for item in block.items:
            if isinstance(item, float):
                y -= item
                continue
            self._draw_line(item, text_left, y)
            y -= item.leading
        self.y = top - height - 2.5
        self.c.setStrokeColor(black)
        self.c.setLineWidth(2.2)
        self.c.line(self.x0, self.y, self.x1, self.y)
        self.c.setLineWidth(0.7)
        self.c.line(self.x0, self.y - 3.2, self.x1, self.y - 3.2)
        self.y -= 3.2 + self.size * 1.2
        self._page_has_content = True

    def signature(self, sig: SignatureBlock, *, place_date: str | None = None,
                  left: float | None = None) -> None:
        """Jabatan, room for signature and stamp, name (bold, underlined), rank, NIP; kept
        on one page, centred in the right half unless `left` is given."""
        x = self.x0 + self.width * 0.48 if left is None else left
        width = self.x1 - x
        s = self.size
        block = Block(width)
        if place_date:
            block.text(place_date, size=s, align="center")
        for line in sig.heading_lines():
            block.text(line, size=s, align="center")
        block.gap(s * 5.2)  # signature and stamp
        block.text(sig.name, size=s, font=BOLD, align="center", underline=True)
        if sig.pangkat:
            block.text(sig.pangkat, size=s, align="center")
        if sig.nip:
            block.text(f"NIP {sig.nip}", size=s, align="center")
        self.flow(block, x=x, keep_together=True)

    # -- tables --

    def table(self, layout: TableLayout, rows: Iterable[Row], *,
              progress: Callable[[int], None] | None = None,
              keep_together: bool = False) -> int:
        """Draw rows under a header that repeats on every page; a group heading is repeated
        "(lanjutan)" when its rows continue on the next page. `keep_together` moves a short
        table whole to the next page rather than split it. Returns the rows drawn."""
        header = layout.plan_header()
        if keep_together:
            rows = list(rows)
            height = header.height + sum(layout.plan(r).height for r in rows)
            if height < self.body_height:
                self.ensure(height)
        min_row = 2 * layout.padding + layout.size * 1.15
        c = self.c
        segments: list[tuple[float, float, float, float]] = []
        open_top: dict[float, float] = {}
        page_top = [self.y]

        def close_verticals(y: float, keep: tuple[float, ...] = ()) -> None:
            for bx in [b for b in open_top if b not in keep]:
                segments.append((bx, open_top.pop(bx), bx, y))

        def flush_page() -> None:
            close_verticals(self.y)
            segments.append((layout.x, page_top[0], layout.x, self.y))
            segments.append((layout.x + layout.width, page_top[0], layout.x + layout.width,
                             self.y))
            c.setLineWidth(0.5)
            c.setStrokeColor(black)
            c.lines(segments)
            segments.clear()

        def draw(plan: RowPlan) -> None:
            top = self.y
            bottom = top - plan.height
            if plan.kind != "data":
                c.setFillColor(_SHADE if plan.kind in ("header", "total") else _LIGHT)
                c.rect(layout.x, bottom, layout.width, plan.height, stroke=0, fill=1)
                c.setFillColor(black)
            # Vertical rules: keep runs of equal boundaries as one segment per page.
            for bx in list(open_top):
                if bx not in plan.bounds:
                    segments.append((bx, open_top.pop(bx), bx, top))
            for bx in plan.bounds:
                open_top.setdefault(bx, top)
            pad = layout.padding
            for cell in plan.cells:
                fitted = cell.fitted
                size = fitted.size
                self._set_font(cell.font, size)
                inner = cell.width - 2 * pad
                lines = fitted.lines
                # Single-line cells in taller rows sit at the top, like a typed form.
                baseline = top - pad - size * 0.93 + size * 0.05
                for text in lines:
                    if text:
                        if cell.align == "L":
                            c.drawString(cell.x + pad, baseline, text)
                        else:
                            w = text_width(text, cell.font, size)
                            dx = inner - w if cell.align == "R" else (inner - w) / 2
                            c.drawString(cell.x + pad + dx, baseline, text)
                    baseline -= size * 1.15
            segments.append((layout.x, bottom, layout.x + layout.width, bottom))
            self.y = bottom
            self._page_has_content = True

        def start_page_header() -> None:
            page_top[0] = self.y
            segments.append((layout.x, self.y, layout.x + layout.width, self.y))
            draw(header)

        def break_page() -> None:
            flush_page()
            self.new_page()
            start_page_header()

        self.ensure(header.height + min_row * 2)
        start_page_header()
        full_page = self.body_height - header.height
        group: RowPlan | None = None
        count = 0
        for row in rows:
            plan = layout.plan(row)
            if plan.height > full_page + _EPS:
                plan = layout.plan_within(row, full_page - (group.height if group else 0))
            needed = plan.height + (min_row if plan.kind == "group" else 0)
            if self.y - needed < self.bottom - _EPS:
                break_page()
                if group is not None and plan.kind == "data":
                    cont = layout.plan(Row((f"{group.text} (lanjutan)",), "group"))
                    draw(cont)
            if plan.kind == "group":
                group = plan
            draw(plan)
            count += 1
            if progress is not None and count % 250 == 0:
                progress(count)
        flush_page()
        return count

    # -- footer and output --

    def _draw_footer(self, c: Canvas, page: int, total: int) -> None:
        width, height = c._pagesize
        s = self.setup
        x0 = s.margin_left * mm
        x1 = width - s.margin_right * mm
        y = s.margin_bottom * mm * 0.45
        if self.footer.draft:
            c.saveState()
            c.setFillColor(Color(0.6, 0.6, 0.6, alpha=0.18))
            c.setFont(BOLD, 96)
            c.translate(width / 2, height / 2)
            c.rotate(55 if height > width else 30)
            c.drawCentredString(0, -30, "KONSEP")
            c.restoreState()
        c.saveState()
        c.setFillColor(_GREY)
        c.setFont(ITALIC, 7.5)
        right = f"Halaman {page} dari {total}"
        right_w = text_width(right, ITALIC, 7.5)
        left = fit_text(self.footer.left_text(), ITALIC, 7.5, x1 - x0 - right_w - 12,
                        wrap=False, min_size=5)
        c.setFont(ITALIC, left.size)
        c.drawString(x0, y, left.lines[0])
        c.setFont(ITALIC, 7.5)
        c.drawRightString(x1, y, right)
        c.setStrokeColor(_GREY)
        c.setLineWidth(0.3)
        c.line(x0, y + 9, x1, y + 9)
        c.restoreState()

    def finish(self) -> tuple[bytes, int]:
        """The PDF bytes and the page count."""
        self.c.showPage()
        pages = len(self.c._pending)
        self.c.save()
        return self._buf.getvalue(), pages


def _image(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # noqa: BLE001 - a broken logo must not stop a letter; it is left out
        return None
    return reader
