"""Daftar Perubahan Kepesertaan: new, changed and ended participants in a period, for BPJS.
Landscape, grouped by kind of change, with a count per group."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from jamsos_desktop.documents.common import (
    Letter,
    RenderContext,
    letter_closing,
    numbered_list,
    title_block,
)
from jamsos_desktop.documents.fonts import REGULAR
from jamsos_desktop.documents.layout import text_width
from jamsos_desktop.documents.writer import Block, Column, Row, TableLayout

__all__ = ["CHANGE_KINDS", "ChangeRow", "PerubahanData", "render_perubahan"]

CHANGE_KINDS = {
    "baru": "Peserta Baru",
    "aktif": "Peserta Aktif Kembali",
    "ubah": "Perubahan Data Peserta",
    "berhenti": "Peserta Berhenti (Nonaktif)",
}

COLUMNS = (
    Column("No", 3.5, "R", wrap=False),
    Column("NIK", 12, "L", wrap=False),
    Column("Nama", 15, "L"),
    Column("No. KPJ", 9.5, "L", wrap=False),
    Column("Unit Kerja", 15, "L"),
    Column("Tanggal Berlaku", 8.5, "C", wrap=False),
    Column("Keterangan", 26, "L"),
)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    kind: str  # key of CHANGE_KINDS
    nik: str
    name: str
    kpj: str
    unit: str
    date: str  # "07-06-2022"
    note: str


@dataclass(frozen=True)
class PerubahanData:
    letter: Letter
    period_label: str  # "1 Januari 2025 s.d. 31 Desember 2025"
    rows: Sequence[ChangeRow]  # sorted by kind (CHANGE_KINDS order), then date

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(CHANGE_KINDS, 0)
        for r in self.rows:
            out[r.kind] += 1
        return out


def _rows(rows: Sequence[ChangeRow]) -> Iterator[Row]:
    current: str | None = None
    count = 0
    for r in rows:
        if r.kind != current:
            if current is not None:
                yield Row((f"Jumlah {CHANGE_KINDS[current]}: {count} orang",), "subtotal", 7)
            current, count = r.kind, 0
            yield Row((CHANGE_KINDS[r.kind],), "group")
        count += 1
        yield Row((str(count), r.nik, r.name, r.kpj or "-", r.unit, r.date, r.note or "-"))
    if current is not None:
        yield Row((f"Jumlah {CHANGE_KINDS[current]}: {count} orang",), "subtotal", 7)
    yield Row((f"JUMLAH SELURUHNYA: {len(rows)} orang",), "total", 7)


def render_perubahan(data: PerubahanData, ctx: RenderContext,
                     progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    w = ctx.writer(title="Daftar Perubahan Kepesertaan BPJS Ketenagakerjaan",
                   subject=data.letter.hal, orientation="landscape")
    size = w.size
    w.letterhead(ctx.kop)
    title_block(w, ["DAFTAR PERUBAHAN KEPESERTAAN", "JAMINAN SOSIAL KETENAGAKERJAAN"],
                subtitle=[f"{ctx.pemda_title} \u2014 periode {data.period_label}",
                          f"Nomor: {ctx.number}"])
    label_w = text_width("Kepada", REGULAR, size) + 2
    left = Block(w.width * 0.6).fields(
        [("Kepada", f"Yth. {data.letter.addressee}"), ("Hal", data.letter.hal)],
        size=size, label_width=label_w)
    w.flow(left)
    w.space(size * 0.5)
    counts = data.counts()
    block = w.block()
    block.text("Dengan ini kami sampaikan perubahan kepesertaan program Jaminan Sosial "
               f"Ketenagakerjaan pekerja non-ASN untuk periode {data.period_label}, dengan "
               "ringkasan sebagai berikut:", size=size, align="justify",
               first_indent=size * 2.5)
    numbered_list(block, [f"{label}: {counts[k]} orang" for k, label in CHANGE_KINDS.items()],
                  size=size, style="a", final=".", indent=size * 2.5)
    w.flow(block)
    w.space(size * 0.6)
    total = len(data.rows)
    if data.rows:
        w.table(TableLayout(COLUMNS, w.x0, w.width, w.setup.table_font_size),
                _rows(data.rows),
                progress=(lambda n: progress(n, total)) if progress else None)
    else:
        w.paragraph("Tidak terdapat perubahan kepesertaan pada periode ini.", align="left")
    w.space(size * 0.6)
    w.paragraph("Demikian kami sampaikan untuk dapat diproses sebagaimana mestinya.",
                first_indent=size * 2.5)
    letter_closing(w, ctx, data.letter, place_date=True)
    return w.finish()

