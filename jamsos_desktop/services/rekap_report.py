"""The monitoring recap as PDF (the documents framework: kop surat, F4, canvas tables; a bar
chart drawn with reportlab graphics) and as Excel (openpyxl write-only, money as numbers
with a rupiah format). Both print the dict of `services.rekap.rekap` and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.dates import format_tanggal
from jamsos_desktop.domain.enums import PemdaLevel
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq

MONEY_FORMAT = '"Rp"#,##0;-"Rp"#,##0'
PERCENT_FORMAT = '0.00" %"'


def percent_text(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " %"


# --- PDF -------------------------------------------------------------------------------------

def _letterhead(store: Store) -> Any:
    """Kop surat from the pemda profile (same layout rules as the official letters)."""
    from jamsos_desktop.documents.writer import Letterhead

    pemda = uq.get_pemda(store.conn) or {}
    try:
        heading = f"{PemdaLevel(pemda['level']).heading} {str(pemda['name']).upper()}"
    except (KeyError, ValueError):
        heading = "PEMERINTAH DAERAH"
    lines = [str(pemda["address"])] if pemda.get("address") else []
    contacts = [f"{label} {pemda[k]}" for k, label in (("phone", "Telepon"), ("email", "Pos-el"))
                if pemda.get(k)]
    if contacts:
        lines.append(", ".join(contacts))
    city = " ".join(str(pemda[k]) for k in ("city", "postal_code") if pemda.get(k))
    if city:
        lines.append(city.upper())
    return Letterhead(heading, pemda.get("office_name"), tuple(lines), pemda.get("logo"))


def render_pdf(store: Store, data: Mapping[str, Any]) -> bytes:
    from reportlab.graphics import renderPDF

    from jamsos_desktop.documents.fonts import BOLD, ITALIC
    from jamsos_desktop.documents.writer import (
        Column,
        DocumentWriter,
        FooterInfo,
        Row,
        TableLayout,
    )
    from jamsos_desktop.services.documents import load_settings

    @dataclass(frozen=True)
    class _Footer(FooterInfo):
        text: str = ""

        def left_text(self) -> str:
            return self.text

    as_of = date.fromisoformat(str(data["as_of"]))
    footer = _Footer(number=None, verify_code=None, text="Rekapitulasi monitoring Inpres "
                     f"2/2021 · keadaan {format_tanggal(as_of)}")
    setup = load_settings(store).page_setup()
    w = DocumentWriter(setup, footer, orientation="landscape",
                       title=f"Rekapitulasi Monitoring Kepesertaan {data['year']}",
                       author="Jamsos Desktop", subject="Monitoring Inpres 2/2021")
    size = w.size
    w.letterhead(_letterhead(store))
    block = w.block()
    for line in ("REKAPITULASI MONITORING PELAKSANAAN INSTRUKSI PRESIDEN NOMOR 2 TAHUN 2021",
                 "KEPESERTAAN JAMINAN SOSIAL KETENAGAKERJAAN PEKERJA NON-ASN",
                 f"{str(data['pemda']).upper()} TAHUN {data['year']}"):
        block.text(line, size=size, font=BOLD, align="center")
    block.text(f"Keadaan per {format_tanggal(as_of)}", size=size - 1, align="center")
    w.flow(block, keep_together=True)
    w.space(size)

    t = data["total"]
    summary = w.block()
    summary.fields([
        ("Jumlah pekerja non-ASN aktif", f"{format_number(t['workers'])} orang"),
        ("Terdaftar BPJS Ketenagakerjaan", f"{format_number(t['enrolled'])} orang "
                                           f"(cakupan {percent_text(t['coverage'])})"),
        ("Diusulkan / belum didaftarkan", f"{format_number(t['proposed'])} / "
                                          f"{format_number(t['not_enrolled'])} orang"),
        (f"Kebutuhan anggaran {data['year']}", f"{format_rupiah(t['needed'])} ({data['period']})"),
        ("Pagu dialokasikan", format_rupiah(t["allocated"])),
        ("Selisih (pagu − kebutuhan)", format_rupiah(t["difference"])),
    ], size=size - 1, label_width=w.width * 0.28)
    w.flow(summary, keep_together=True)
    w.space(size * 0.8)

    # Bar chart: coverage of each OPD (top-level units, sub-units rolled in).
    top = [u for u in data["units"] if u["depth"] == 0 and u["workers"]]
    if top:
        drawing = coverage_chart(top, w.width, 62 * 2.835)
        w.ensure(drawing.height + size * 2)
        w.flow(w.block().text("Grafik cakupan kepesertaan per perangkat daerah (%)",
                              size=size - 1, font=BOLD))
        renderPDF.draw(drawing, w.c, w.x0, w.y - drawing.height)
        w.space(drawing.height + size * 0.8)

    fs = setup.table_font_size
    cat_cols = [Column("No", 0.5, "C"), Column("Kategori", 3.2), Column("Pekerja", 1.2, "R",
                wrap=False), Column("Terdaftar", 1.2, "R", wrap=False),
                Column("Diusulkan", 1.2, "R", wrap=False), Column("Belum", 1.2, "R", wrap=False),
                Column("Cakupan", 1.1, "R", wrap=False),
                Column("Kebutuhan anggaran (beban APBD)", 2.4, "R", wrap=False)]
    rows = [Row((str(i), c["label"], format_number(c["workers"]), format_number(c["enrolled"]),
                 format_number(c["proposed"]), format_number(c["not_enrolled"]),
                 percent_text(c["coverage"]), format_rupiah(c["needed"])))
            for i, c in enumerate(data["categories"], 1)]
    rows.append(Row(("Jumlah", format_number(t["workers"]), format_number(t["enrolled"]),
                     format_number(t["proposed"]), format_number(t["not_enrolled"]),
                     percent_text(t["coverage"]),
                     format_rupiah(sum(c["needed"] for c in data["categories"]))),
                    kind="total", span=2))
    cat_layout = TableLayout(cat_cols, w.x0, w.width, fs)
    # Heading and table move to the next page together rather than leave the heading alone.
    w.ensure(size * 2 + cat_layout.plan_header().height
             + sum(cat_layout.plan(r).height for r in rows))
    w.flow(w.block().text("A. Rekapitulasi per Kategori Pekerja", size=size, font=BOLD))
    w.space(size * 0.3)
    w.table(cat_layout, rows, keep_together=True)
    w.space(size)

    w.ensure(size * 8)  # the heading never ends a page on its own
    w.flow(w.block().text("B. Rekapitulasi per Unit Kerja (sub-unit dijumlahkan ke induknya)",
                          size=size, font=BOLD), keep_together=True)
    w.space(size * 0.3)
    unit_cols = [Column("Kode", 0.9), Column("Unit kerja", 3.4), Column("Pekerja", 1.0, "R",
                 wrap=False), Column("Terdaftar", 1.0, "R", wrap=False),
                 Column("Belum terdaftar", 1.1, "R", wrap=False),
                 Column("Cakupan", 1.0, "R", wrap=False),
                 Column("Kebutuhan", 1.7, "R", wrap=False), Column("Pagu", 1.7, "R", wrap=False),
                 Column("Selisih", 1.7, "R", wrap=False)]
    unit_rows = []
    for u in data["units"]:
        name = ("    " * u["depth"]) + u["name"]
        unit_rows.append(Row((u["code"], name, format_number(u["workers"]),
                              format_number(u["enrolled"]),
                              format_number(u["proposed"] + u["not_enrolled"]),
                              percent_text(u["coverage"]), format_rupiah(u["needed"]),
                              format_rupiah(u["allocated"]), format_rupiah(u["difference"]))))
    unit_rows.append(Row(("Jumlah", format_number(t["workers"]), format_number(t["enrolled"]),
                          format_number(t["proposed"] + t["not_enrolled"]),
                          percent_text(t["coverage"]), format_rupiah(t["needed"]),
                          format_rupiah(t["allocated"]), format_rupiah(t["difference"])),
                         kind="total", span=2))
    w.table(TableLayout(unit_cols, w.x0, w.width, fs), unit_rows)
    w.space(size)
    notes = w.block()
    notes.text("Keterangan:", size=size - 2, font=BOLD)
    notes.text(f"Cakupan = terdaftar ÷ pekerja aktif. {data['basis']}; bagian pekerja dipotong "
               "dari upah dan tidak dianggarkan. Pagu diisi pengguna per unit dan tahun.",
               size=size - 2, font=ITALIC, align="justify")
    for warning in data.get("warnings", [])[:8]:
        notes.text(f"- {warning}", size=size - 2, font=ITALIC)
    w.flow(notes)
    pdf, _pages = w.finish()
    return pdf


def coverage_chart(units: Sequence[Mapping[str, Any]], width: float, height: float) -> Any:
    """Vertical bars, one per unit: coverage % (0–100), with unit codes under the bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import Color

    from jamsos_desktop.documents.fonts import REGULAR

    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 40
    chart.data = [[float(u["coverage"]) for u in units]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.categoryAxis.categoryNames = [str(u["code"]) for u in units]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0 if len(units) <= 20 else 45
    chart.categoryAxis.labels.boxAnchor = "n" if len(units) <= 20 else "ne"
    chart.bars[0].fillColor = Color(0.16, 0.45, 0.70)
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabelFormat = "%.0f"
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(String(2, height - 8, "%", fontName=REGULAR, fontSize=7))
    return d


def write_pdf(store: Store, data: Mapping[str, Any], path: Path | str) -> Path:
    out = Path(path)
    out.write_bytes(render_pdf(store, data))
    return out


# --- Excel -----------------------------------------------------------------------------------

def write_xlsx(data: Mapping[str, Any], path: Path | str) -> Path:
    """Two sheets (per unit, per category); numbers stay numbers (money with a rupiah
    format, coverage as a percentage number), so the office can sum and chart them."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def cell(ws: Any, value: Any, fmt: str | None = None, font: Font | None = None) -> Any:
        c = WriteOnlyCell(ws, value=value)
        if fmt:
            c.number_format = fmt
        if font:
            c.font = font
        return c

    def heading(ws: Any, titles: Sequence[str]) -> None:
        ws.append([cell(ws, f"Rekapitulasi monitoring Inpres 2/2021 — {data['pemda']} "
                            f"tahun {data['year']}", font=bold)])
        ws.append([f"Keadaan per {format_tanggal(date.fromisoformat(str(data['as_of'])))}; "
                   f"{data['basis']}"])
        ws.append([])
        row = []
        for t in titles:
            c = cell(ws, t, font=bold)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            row.append(c)
        ws.append(row)

    ws = wb.create_sheet("Per unit kerja")
    for col, width in zip("ABCDEFGHIJK", (10, 44, 8, 11, 11, 11, 11, 18, 18, 18, 7),
                          strict=True):
        ws.column_dimensions[col].width = width
    heading(ws, ["Kode", "Unit kerja", "Tingkat", "Pekerja", "Terdaftar", "Diusulkan", "Belum",
                 "Cakupan (%)", "Kebutuhan (beban APBD)", "Pagu", "Selisih"])
    for u in data["units"]:
        ws.append([u["code"], ("  " * u["depth"]) + u["name"], u["depth"], u["workers"],
                   u["enrolled"], u["proposed"], u["not_enrolled"],
                   cell(ws, u["coverage"], PERCENT_FORMAT), cell(ws, u["needed"], MONEY_FORMAT),
                   cell(ws, u["allocated"], MONEY_FORMAT),
                   cell(ws, u["difference"], MONEY_FORMAT)])
    t = data["total"]
    ws.append([cell(ws, "Jumlah", font=bold), None, None, t["workers"], t["enrolled"],
               t["proposed"], t["not_enrolled"], cell(ws, t["coverage"], PERCENT_FORMAT),
               cell(ws, t["needed"], MONEY_FORMAT), cell(ws, t["allocated"], MONEY_FORMAT),
               cell(ws, t["difference"], MONEY_FORMAT)])

    ws = wb.create_sheet("Per kategori")
    for col, width in zip("ABCDEFGH", (10, 34, 10, 11, 11, 11, 12, 20), strict=True):
        ws.column_dimensions[col].width = width
    heading(ws, ["Kode", "Kategori", "Pekerja", "Terdaftar", "Diusulkan", "Belum",
                 "Cakupan (%)", "Kebutuhan (beban APBD)"])
    for c in data["categories"]:
        ws.append([c["category"], c["label"], c["workers"], c["enrolled"], c["proposed"],
                   c["not_enrolled"], cell(ws, c["coverage"], PERCENT_FORMAT),
                   cell(ws, c["needed"], MONEY_FORMAT)])
    ws.append([cell(ws, "Jumlah", font=bold), None, t["workers"], t["enrolled"], t["proposed"],
               t["not_enrolled"], cell(ws, t["coverage"], PERCENT_FORMAT),
               cell(ws, sum(c["needed"] for c in data["categories"]), MONEY_FORMAT)])
    out = Path(path)
    wb.save(out)
    return out
