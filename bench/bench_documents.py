"""Documents: the enrollment list (Lampiran) for 10,000 workers.

Compared in the same process (so the ratio holds on any machine):
- framework: `DocumentWriter.table` with the Lampiran layout — every cell measured and
  fitted (wrap or shrink), unit headings and subtotals, header repeated per page, footer
  "Halaman x dari y" and the verification code;
- bare canvas: the same cell strings drawn with `drawString` at fixed column positions, one
  line per row, a rule under each row, vertical rules per page — no measuring, no wrapping
  (text may overflow): the floor for reportlab;
- LongTable: platypus `LongTable` over the same strings, header repeated (reference only).
Then the whole `issue` of the usulan letter + Lampiran from a 10,000-worker demo database
(query, contribution engine, render, register insert). Target: framework ≤ 1.5 × bare;
peak memory < 300 MB (measured before the LongTable run, which is the memory hog).

    python bench/run.py documents
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, peak_rss_mb, report

N = 10_000


def make_rows() -> list:  # type: ignore[type-arg]
    """10,000 realistic rows from the demo generator (names, places, wages, programs)."""
    from jamsos_desktop.documents.usulan import ProposalRow
    from jamsos_desktop.domain.money import format_rupiah  # noqa: F401 - warms the import
    from jamsos_desktop.services.demo import DEMO_UNITS, DemoUnit, generate_workers

    units = [DemoUnit(i + 1, u[4], ("16.07.01",)) for i, u in enumerate(DEMO_UNITS)]
    names = {i + 1: (u[0], u[1]) for i, u in enumerate(DEMO_UNITS)}
    rows = []
    for row, programs in generate_workers(N, 1, units, today=date(2026, 1, 1)):
        code, unit_name = names[row[12]]
        prog = ", ".join(p[1].upper() for p in programs)
        rows.append(ProposalRow(
            unit_key=f"{code} {unit_name}", nik=row[1], name=row[3],
            birth=f"{row[4]}, {row[5][8:10]}-{row[5][5:7]}-{row[5][:4]}", sex=row[6],
            mother=row[7] or "", job=row[11], unit=unit_name, wage=row[13], programs=prog,
            monthly=(row[13] or 1_000_000) * 54 // 10_000))
    rows.sort(key=lambda r: (r.unit_key, r.name))
    return rows


def framework(rows: list) -> tuple[bytes, int]:  # type: ignore[type-arg]
    from jamsos_desktop.documents.usulan import lampiran_layout, lampiran_rows
    from jamsos_desktop.documents.writer import DocumentWriter, FooterInfo, PageSetup

    w = DocumentWriter(PageSetup(), FooterInfo("560/1/BPKAD/2026", "ABCDE-FGHJK"),
                       orientation="landscape")
    w.table(lampiran_layout(w), lampiran_rows(rows))
    return w.finish()


def cells(rows: list) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
    """The exact strings the framework draws in data rows."""
    from jamsos_desktop.documents.usulan import lampiran_rows

    return [r.cells for r in lampiran_rows(rows) if r.kind == "data"]


def bare(data: list[tuple[str, ...]]) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from jamsos_desktop.documents.fonts import REGULAR, register_fonts
    from jamsos_desktop.documents.usulan import LAMPIRAN_COLUMNS
    from jamsos_desktop.documents.writer import PageSetup

    register_fonts()
    setup = PageSetup()
    width, height = setup.page_size("landscape")
    x0, x1 = 30 * mm, width - 25 * mm
    total = sum(c.weight for c in LAMPIRAN_COLUMNS)
    xs = [x0]
    for c in LAMPIRAN_COLUMNS:
        xs.append(xs[-1] + (x1 - x0) * c.weight / total)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1, pageCompression=1,
               initialFontName=REGULAR)
    row_h = 9 * 1.15 + 5
    top, bottom = height - 25 * mm, 25 * mm
    y = top
    page_top = y
    for row in data:
        if y - row_h < bottom:
            c.setLineWidth(0.5)
            c.lines([(x, page_top, x, y) for x in xs])
            c.showPage()
            y = page_top = top
        c.setFont(REGULAR, 9)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 2.5, y - 10.8, text)
        y -= row_h
        c.line(x0, y, x1, y)
    c.lines([(x, page_top, x, y) for x in xs])
    c.showPage()
    c.save()
    return buf.getvalue()


def longtable(data: list[tuple[str, ...]]) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from jamsos_desktop.documents.fonts import REGULAR, register_fonts
    from jamsos_desktop.documents.usulan import LAMPIRAN_COLUMNS
    from jamsos_desktop.documents.writer import PageSetup

    register_fonts()
    size = PageSetup().page_size("landscape")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=30 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, invariant=1)
    total = sum(c.weight for c in LAMPIRAN_COLUMNS)
    widths = [(size[0] - 55 * mm) * c.weight / total for c in LAMPIRAN_COLUMNS]
    table = LongTable([tuple(c.title for c in LAMPIRAN_COLUMNS), *data], colWidths=widths,
                      repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    doc.build([table])
    return buf.getvalue()


def whole_issue() -> tuple[float, int]:
    from jamsos_desktop.services import documents as ds
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        create_demo(store, workers=N, seed=1)
        started = time.perf_counter()
        doc = ds.issue(store, ds.DocumentRequest(
            "usulan", doc_date=date(2026, 6, 7),
            statuses=("belum", "diusulkan", "terdaftar", "nonaktif")))
        seconds = time.perf_counter() - started
        store.close()
    return seconds, doc.pages


def main() -> int:
    rows = make_rows()
    data = cells(rows)
    pdf, pages = framework(rows)  # warm-up: fonts, imports
    bare(data)
    t_bare = best_of(3, lambda: bare(data))
    t_framework = best_of(3, lambda: framework(rows))
    print(f"{N} pekerja, {pages} halaman, PDF {len(pdf) / 1e6:.1f} MB")
    report("bare canvas drawString (same cells)", t_bare, "s")
    report("framework Lampiran table", t_framework, "s", target=1.5 * t_bare)
    print(f"{'ratio framework / bare':<48} {t_framework / t_bare:>10.2f} x   (target ≤ 1.5)")
    t_issue, issue_pages = whole_issue()
    report(f"issue usulan end to end ({issue_pages} halaman)", t_issue, "s")
    peak = peak_rss_mb()
    report("peak memory (before LongTable)", peak, "MB", target=300)
    t_long = best_of(1, lambda: longtable(data))
    report("platypus LongTable (reference)", t_long, "s")
    print(f"{'ratio LongTable / bare':<48} {t_long / t_bare:>10.2f} x")
    ok = t_framework <= 1.5 * t_bare and peak < 300
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
