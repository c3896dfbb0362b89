"""Pieces every official letter shares (tata naskah dinas): the opening with place and date,
the Nomor/Sifat/Lampiran/Hal block beside the "Kepada Yth." block, the body indented under
the values, the signature and the Tembusan list; and the heading of a Lampiran.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from jamsos_desktop.documents.fonts import BOLD, REGULAR
from jamsos_desktop.documents.layout import text_width
from jamsos_desktop.documents.writer import (
    Block,
    DocumentWriter,
    FooterInfo,
    Letterhead,
    PageSetup,
    SignatureBlock,
)
from jamsos_desktop.domain.dates import format_tanggal

__all__ = ["Letter", "RenderContext", "lampiran_heading", "letter_closing", "letter_opening",
           "numbered_list", "title_block"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderContext:
    """Everything a document needs besides its own data."""

    setup: PageSetup
    kop: Letterhead
    footer: FooterInfo
    number: str  # the issued number, or the draft placeholder "560/…/BPKAD/2026"
    doc_date: date
    place: str  # city printed before the date: "Pangkalan Balai"
    signature: SignatureBlock
    pemda_title: str  # "Pemerintah Kabupaten Banyuasin"
    author: str = "Jamsos Desktop"
    keywords: str = ""

    @property
    def place_date(self) -> str:
        return f"{self.place}, {format_tanggal(self.doc_date)}" if self.place \
            else format_tanggal(self.doc_date)

    def writer(self, *, title: str, subject: str, orientation: str = "portrait"
               ) -> DocumentWriter:
        return DocumentWriter(self.setup, self.footer, orientation=orientation, title=title,
                              author=self.author, subject=subject, keywords=self.keywords)


@dataclass(frozen=True)
class Letter:
    sifat: str
    lampiran: str
    hal: str
    addressee: str  # "Kepala Kantor Cabang BPJS Ketenagakerjaan Palembang"
    addressee_place: str = "Tempat"  # the line under "di"
    tembusan: tuple[str, ...] = field(default_factory=tuple)


def letter_opening(w: DocumentWriter, ctx: RenderContext, letter: Letter) -> float:
    """Kop, place and date, the two opening blocks. Returns the x of the body text (aligned
    with the values after "Hal :", the classic layout of a pemda letter)."""
    size = w.size
    w.letterhead(ctx.kop)
    right_x = w.x0 + w.width * 0.56
    right_w = w.x1 - right_x
    w.flow(w.block(right_w).text(ctx.place_date, size=size), x=right_x)
    w.space(size * 0.6)
    label_w = text_width("Lampiran", REGULAR, size) + 2
    left = Block(right_x - w.x0 - 8).fields(
        [("Nomor", ctx.number), ("Sifat", letter.sifat), ("Lampiran", letter.lampiran),
         ("Hal", letter.hal)], size=size, label_width=label_w)
    right = Block(right_w)
    right.text("Kepada", size=size)
    right.text(f"Yth. {letter.addressee}", size=size, hanging=text_width("Yth. ", REGULAR,
                                                                         size))
    right.text("di", size=size)
    right.text(letter.addressee_place, size=size, indent=size * 1.5)
    w.side_by_side([(left, w.x0), (right, right_x)])
    w.space(size * 1.4)
    return w.x0 + label_w + text_width(" : ", REGULAR, size)


def letter_closing(w: DocumentWriter, ctx: RenderContext, letter: Letter, *,
                   place_date: bool = False) -> None:
    w.space(w.size * 0.8)
    w.signature(ctx.signature, place_date=ctx.place_date if place_date else None)
    if letter.tembusan:
        w.space(w.size * 1.2)
        block = w.block().text("Tembusan:", size=w.size - 1)
        if len(letter.tembusan) == 1:  # a single copy is not numbered
            block.text(f"Yth. {letter.tembusan[0].rstrip('.;')}.", size=w.size - 1)
        else:
            numbered_list(block, [f"Yth. {t}" for t in letter.tembusan], size=w.size - 1,
                          final=".")
        w.flow(block, keep_together=block.height < w.body_height / 3)


def numbered_list(block: Block, items: Sequence[str], *, size: float, indent: float = 0.0,
                  style: str = "1", final: str = "", separator: str = ";",
                  align: str = "left") -> Block:
    """"1. …;" items with a hanging indent; the last ends with `final`."""
    for i, item in enumerate(items):
        mark = f"{chr(ord('a') + i)}." if style == "a" else f"{i + 1}."
        end = final if i == len(items) - 1 else separator
        text = item.rstrip(";.,") + end if end else item
        block.marked(mark, text, size=size, indent=indent, align=align)
    return block


def title_block(w: DocumentWriter, lines: Sequence[str], *, size: float | None = None,
                subtitle: Sequence[str] = ()) -> None:
    s = size or w.size + 1
    block = w.block()
    for line in lines:
        block.text(line, size=s, font=BOLD, align="center")
    for line in subtitle:
        block.text(line, size=w.size - 1, align="center")
    w.flow(block, keep_together=True)
    w.space(w.size * 0.8)


def lampiran_heading(w: DocumentWriter, ctx: RenderContext, of_what: str) -> None:
    """Top right of the first Lampiran page: "LAMPIRAN / SURAT … / NOMOR : … / TANGGAL : …"."""
    size = w.size - 1
    x = w.x0 + w.width * 0.58
    width = w.x1 - x
    block = Block(width)
    block.text("LAMPIRAN", size=size)
    block.text(of_what.upper(), size=size)
    label = text_width("TANGGAL", REGULAR, size) + 2
    block.fields([("NOMOR", ctx.number), ("TANGGAL", format_tanggal(ctx.doc_date))],
                 size=size, label_width=label)
    w.flow(block, x=x, keep_together=True)
    w.space(w.size * 0.8)
