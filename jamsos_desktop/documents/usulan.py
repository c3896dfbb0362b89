"""Surat Pengantar Usulan Kepesertaan to the BPJS Ketenagakerjaan branch, with its Lampiran:
Daftar Tenaga Kerja yang Diusulkan (landscape, grouped by unit with subtotals)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from jamsos_desktop.documents.common import (
    Letter,
    RenderContext,
    lampiran_heading,
    letter_closing,
    letter_opening,
    numbered_list,
    title_block,
)
from jamsos_desktop.documents.writer import Column, DocumentWriter, Row, TableLayout
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.domain.terbilang import terbilang, terbilang_rupiah

__all__ = ["LAMPIRAN_COLUMNS", "ProposalRow", "UsulanData", "lampiran_layout", "lampiran_rows",
           "render_usulan"]

# Issue 6: No, NIK, Nama, Tempat/Tgl Lahir, L/P, Nama Ibu Kandung, Jabatan, Unit Kerja, Upah,
# Program, Iuran/bulan. Identifiers and amounts never wrap (they shrink); names wrap.
LAMPIRAN_COLUMNS = (
    Column("No", 3.4, "R", wrap=False),
    Column("NIK", 11.2, "L", wrap=False),
    Column("Nama", 13.5, "L"),
    Column("Tempat/Tgl Lahir", 14.5, "L"),
    Column("L/P", 3.1, "C", wrap=False),
    Column("Nama Ibu Kandung", 12, "L"),
    Column("Jabatan", 11, "L"),
    Column("Unit Kerja", 11.5, "L"),
    Column("Upah", 8.4, "R", wrap=False),
    Column("Program", 9.4, "L"),
    Column("Iuran/Bulan", 7.8, "R", wrap=False),
)


@dataclass(frozen=True, slots=True)
class ProposalRow:
    unit_key: str  # "1.01 Sekretariat Daerah": rows arrive sorted by it
    nik: str
    name: str
    birth: str  # "Palembang, 07-06-1990"
    sex: str
    mother: str
    job: str
    unit: str
    wage: int | None
    programs: str  # "JKK, JKM"
    monthly: int | None  # employer + worker per month; None when it cannot be computed


@dataclass(frozen=True)
class UsulanData:
    letter: Letter
    period_label: str  # "Januari 2026"
    worker_count: int
    program_counts: Sequence[tuple[str, int]]  # ("Jaminan Kecelakaan Kerja (JKK)", 120)
    employer: int  # per month, all workers
    worker: int
    rows: Sequence[ProposalRow]
    legal_basis: str
    notes: Sequence[str] = ()

    @property
    def total(self) -> int:
        return self.employer + self.worker


def lampiran_layout(w: DocumentWriter) -> TableLayout:
    return TableLayout(LAMPIRAN_COLUMNS, w.x0, w.width, w.setup.table_font_size)


def lampiran_rows(rows: Iterable[ProposalRow], *, total_label: str = "JUMLAH SELURUHNYA"
                  ) -> Iterator[Row]:
    """Table rows: a heading per unit, the workers, a subtotal per unit, the grand total."""
    span = 8  # the subtotal label covers No … Unit Kerja
    current: str | None = None
    unit_count = unit_sum = 0
    all_count = all_sum = 0

    def subtotal() -> Row:
        return Row((f"Jumlah {current} ({unit_count} orang)", "", "", format_rupiah(unit_sum)),
                   "subtotal", span)

    for number, r in enumerate(rows, start=1):
        if r.unit_key != current:
            if current is not None:
                yield subtotal()
            current, unit_count, unit_sum = r.unit_key, 0, 0
            yield Row((r.unit_key,), "group")
        unit_count += 1
        all_count += 1
        amount = r.monthly or 0
        unit_sum += amount
        all_sum += amount
        yield Row((str(number), r.nik, r.name, r.birth, r.sex, r.mother or "-", r.job or "-",
                   r.unit, format_rupiah(r.wage) if r.wage is not None else "-", r.programs,
                   format_rupiah(r.monthly) if r.monthly is not None else "-"))
    if current is not None:
        yield subtotal()
    yield Row((f"{total_label} ({all_count} orang)", "", "", format_rupiah(all_sum)),
              "total", span)


def render_usulan(data: UsulanData, ctx: RenderContext,
                  progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    w = ctx.writer(title="Surat Pengantar Usulan Kepesertaan BPJS Ketenagakerjaan",
                   subject=data.letter.hal)
    size = w.size
    body_x = letter_opening(w, ctx, data.letter)
    body_w = w.x1 - body_x
    block = w.block(body_w)
    block.text(
        f"Dalam rangka melaksanakan {data.legal_basis}, bersama ini kami sampaikan usulan "
        f"kepesertaan program Jaminan Sosial Ketenagakerjaan bagi pekerja non-Aparatur Sipil "
        f"Negara (non-ASN) di lingkungan {ctx.pemda_title} sebanyak "
        f"{data.worker_count} ({terbilang(data.worker_count)}) orang dengan rincian program "
        "sebagai berikut:", size=size, align="justify", first_indent=size * 2.5)
    block.gap(size * 0.3)
    numbered_list(block, [f"{label}: {count} orang" for label, count in data.program_counts],
                  size=size, style="a", final=".")
    block.gap(size * 0.5)
    block.text(
        f"Iuran per bulan untuk periode {data.period_label} seluruhnya berjumlah "
        f"{format_rupiah(data.total)} ({terbilang_rupiah(data.total)}), terdiri "
        f"atas bagian pemberi kerja {format_rupiah(data.employer)} dan bagian pekerja "
        f"{format_rupiah(data.worker)}. Nama tenaga kerja yang diusulkan beserta data "
        "kepesertaannya tercantum dalam Lampiran surat ini.",
        size=size, align="justify", first_indent=size * 2.5)
    block.gap(size * 0.5)
    block.text(
        "Sehubungan dengan hal tersebut, kami mohon kiranya Saudara berkenan memproses "
        "pendaftaran kepesertaan tenaga kerja dimaksud dan menerbitkan nomor kepesertaan "
        "(KPJ) masing-masing.", size=size, align="justify", first_indent=size * 2.5)
    block.gap(size * 0.5)
    block.text("Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan "
               "terima kasih.", size=size, align="justify", first_indent=size * 2.5)
    w.flow(block, x=body_x)
    letter_closing(w, ctx, data.letter)

    # Lampiran: landscape, the signature again at its end.
    w.new_page("landscape")
    lampiran_heading(w, ctx, f"Surat {ctx.signature.jabatan}")
    title_block(w, ["DAFTAR TENAGA KERJA YANG DIUSULKAN SEBAGAI PESERTA",
                    "JAMINAN SOSIAL KETENAGAKERJAAN"],
                subtitle=[f"{ctx.pemda_title} \u2014 periode iuran {data.period_label}"])
    total = len(data.rows)

    def tick(done: int) -> None:
        if progress is not None:
            progress(done, total)

    w.table(lampiran_layout(w), lampiran_rows(data.rows), progress=tick)
    if data.notes:
        w.space(size * 0.6)
        block = w.block()
        block.text("Catatan:", size=size - 2)
        numbered_list(block, list(data.notes), size=size - 2, final=".")
        w.flow(block)
    w.space(size * 0.6)
    w.signature(ctx.signature, place_date=ctx.place_date)
    return w.finish()
