"""Usulan Anggaran Iuran Jaminan Sosial Ketenagakerjaan (APBD or APBD-Perubahan): per unit
and program with kode rekening, head count, months, monthly and period amounts, employer and
worker shares; a recapitulation per kode rekening; the total in figures and words; the
assumptions (rates with their regulation, JP cap); signature. Landscape: nine columns of
rupiah amounts do not fit a portrait page at a readable size.

The amounts are the contribution engine's (`domain.budget.Budget`), never recomputed here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from jamsos_desktop.documents.common import RenderContext, numbered_list, title_block
from jamsos_desktop.documents.fonts import BOLD, ITALIC
from jamsos_desktop.documents.writer import Column, Row, TableLayout
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.domain.terbilang import terbilang_rupiah

__all__ = ["AnggaranData", "BudgetRow", "RecapRow", "render_anggaran"]

DETAIL_COLUMNS = (
    Column("No", 3, "R", wrap=False),
    Column("Kode Rekening", 10.5, "L", wrap=False),
    Column("Uraian", 28, "L"),
    Column("Jumlah Pekerja", 6.5, "R", wrap=False),
    Column("Bulan", 4.5, "C", wrap=False),
    Column("Iuran per Bulan", 10, "R"),
    Column("Jumlah Iuran", 10.5, "R", wrap=False),
    Column("Bagian Pemberi Kerja (dianggarkan)", 10.5, "R", wrap=False),
    Column("Bagian Pekerja (potongan upah)", 10.5, "R", wrap=False),
)
RECAP_COLUMNS = (
    Column("No", 3, "R", wrap=False),
    Column("Kode Rekening", 10.5, "L", wrap=False),
    Column("Uraian", 31, "L"),
    Column("Pekerja-Bulan", 8, "R", wrap=False),
    Column("Bagian Pemberi Kerja (dianggarkan)", 11.5, "R", wrap=False),
    Column("Bagian Pekerja (potongan upah)", 11.5, "R", wrap=False),
    Column("Jumlah Iuran", 11.5, "R", wrap=False),
)


@dataclass(frozen=True, slots=True)
class BudgetRow:
    unit_key: str  # "1.01 Sekretariat Daerah"
    account_code: str  # "5.1.02.02.02.0006" or "-"
    description: str  # "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN"
    headcount: int  # largest monthly head count
    months: int
    monthly: str  # "Rp13.500" or "Rp1.000 – Rp1.200" when it changes within the period
    total: int
    employer: int
    worker: int


@dataclass(frozen=True, slots=True)
class RecapRow:
    account_code: str
    description: str
    worker_months: int
    employer: int
    worker: int

    @property
    def total(self) -> int:
        return self.employer + self.worker


@dataclass(frozen=True)
class AnggaranData:
    year: int
    perubahan: bool
    period_label: str  # "Januari – Desember 2026"
    month_count: int
    worker_count: int
    rows: Sequence[BudgetRow]
    recap: Sequence[RecapRow]
    employer: int
    worker: int
    assumptions: Sequence[str]
    legal_basis: Sequence[str]
    warnings: Sequence[str] = ()

    @property
    def total(self) -> int:
        return self.employer + self.worker

    @property
    def kind_label(self) -> str:
        return "Perubahan APBD" if self.perubahan else "APBD"


def _detail_rows(rows: Sequence[BudgetRow]) -> Iterator[Row]:
    current: str | None = None
    sums = [0, 0, 0]
    totals = [0, 0, 0]

    def subtotal() -> Row:
        return Row((f"Jumlah {current}", format_rupiah(sums[0]), format_rupiah(sums[1]),
                    format_rupiah(sums[2])), "subtotal", 6)

    for number, r in enumerate(rows, start=1):
        if r.unit_key != current:
            if current is not None:
                yield subtotal()
            current, sums = r.unit_key, [0, 0, 0]
            yield Row((r.unit_key,), "group")
        for acc in (sums, totals):
            acc[0] += r.total
            acc[1] += r.employer
            acc[2] += r.worker
        yield Row((str(number), r.account_code, r.description, format_number(r.headcount),
                   str(r.months), r.monthly, format_rupiah(r.total), format_rupiah(r.employer),
                   format_rupiah(r.worker)))
    if current is not None:
        yield subtotal()
    yield Row(("JUMLAH SELURUHNYA", format_rupiah(totals[0]), format_rupiah(totals[1]),
               format_rupiah(totals[2])), "total", 6)


def _recap_rows(recap: Sequence[RecapRow], employer: int, worker: int) -> Iterator[Row]:
    for i, r in enumerate(recap, start=1):
        yield Row((str(i), r.account_code, r.description, format_number(r.worker_months),
                   format_rupiah(r.employer), format_rupiah(r.worker), format_rupiah(r.total)))
    yield Row(("JUMLAH", format_rupiah(employer), format_rupiah(worker),
               format_rupiah(employer + worker)), "total", 4)


def render_anggaran(data: AnggaranData, ctx: RenderContext,
                    progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    w = ctx.writer(title=f"Usulan Anggaran Iuran Jaminan Sosial Ketenagakerjaan "
                         f"{data.kind_label} {data.year}",
                   subject=f"Usulan Anggaran {data.kind_label} {data.year}",
                   orientation="landscape")
    size = w.size
    w.letterhead(ctx.kop)
    title_block(w, ["USULAN ANGGARAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN",
                    "BAGI PEKERJA NON APARATUR SIPIL NEGARA",
                    f"{'PERUBAHAN ' if data.perubahan else ''}ANGGARAN PENDAPATAN DAN BELANJA "
                    f"DAERAH TAHUN ANGGARAN {data.year}"],
                subtitle=[f"Nomor: {ctx.number}"])
    block = w.block()
    bases = "; ".join(data.legal_basis)
    block.text(
        f"Berdasarkan {bases}, bersama ini disampaikan usulan anggaran belanja iuran jaminan "
        f"sosial ketenagakerjaan bagi {format_number(data.worker_count)} pekerja non-ASN di "
        f"lingkungan {ctx.pemda_title} untuk {data.month_count} bulan ({data.period_label}), "
        "dengan rincian per unit kerja dan kode rekening sebagai berikut.",
        size=size, align="justify", first_indent=size * 2.5)
    w.flow(block)
    w.space(size * 0.6)

    w.flow(w.block().text("A. Rincian per Unit Kerja dan Program", size=size, font=BOLD))
    w.space(size * 0.3)
    total_rows = len(data.rows)
    w.table(TableLayout(DETAIL_COLUMNS, w.x0, w.width, w.setup.table_font_size),
            _detail_rows(data.rows),
            progress=(lambda n: progress(n, total_rows)) if progress else None)
    w.space(size)
    w.flow(w.block().text("B. Rekapitulasi per Kode Rekening", size=size, font=BOLD),
           keep_together=True)
    w.space(size * 0.3)
    w.table(TableLayout(RECAP_COLUMNS, w.x0, w.width, w.setup.table_font_size),
            _recap_rows(data.recap, data.employer, data.worker), keep_together=True)
    w.space(size)

    block = w.block()
    block.text(f"Jumlah anggaran yang diusulkan (bagian pemberi kerja): "
               f"{format_rupiah(data.employer)}", size=size, font=BOLD)
    block.text(f"Terbilang: {terbilang_rupiah(data.employer)}", size=size, font=ITALIC)
    if data.worker:
        block.gap(size * 0.3)
        block.text(f"Bagian pekerja sebesar {format_rupiah(data.worker)} "
                   f"({terbilang_rupiah(data.worker)}) dipotong dari upah pekerja dan tidak "
                   "dianggarkan sebagai belanja iuran; jumlah iuran seluruhnya "
                   f"{format_rupiah(data.total)}.", size=size - 1, align="justify")
    w.flow(block, keep_together=True)
    w.space(size)

    block = w.block()
    block.text("C. Dasar Perhitungan dan Asumsi", size=size, font=BOLD)
    block.gap(size * 0.3)
    numbered_list(block, list(data.assumptions), size=size - 1, final=".", align="justify")
    w.flow(block)
    if data.warnings:
        w.space(size * 0.5)
        block = w.block()
        block.text("Catatan pemeriksaan data:", size=size - 1, font=BOLD)
        numbered_list(block, list(data.warnings), size=size - 1, final=".", align="justify")
        w.flow(block, keep_together=block.height < w.body_height / 2)
    w.space(size)
    w.signature(ctx.signature, place_date=ctx.place_date, left=w.x0 + w.width * 0.6)
    return w.finish()
