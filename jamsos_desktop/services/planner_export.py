"""Exports of a planner scenario from the Anggaran page: an Excel workbook (per unit ×
program × kode rekening, per month, per category, comparison-ready numbers) and a PDF
working paper ("kertas kerja") with the assumptions. Aggregates only, no personal data.

The official "Usulan Anggaran" letter belongs to the documents service; it prices the
database itself today. Once it accepts a `Budget`, `planner.scenario_budget` is the input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jamsos_desktop.domain.dates import format_bulan, format_tanggal
from jamsos_desktop.domain.enums import PROGRAM_LABELS
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.domain.planning import Plan
from jamsos_desktop.domain.terbilang import terbilang_rupiah
from jamsos_desktop.store import Store


def _units(store: Store) -> dict[int, tuple[str, str]]:
    from jamsos_desktop.store import planning as pq

    return {int(u["id"]): (str(u["code"]), str(u["name"])) for u in pq.unit_rows(store.conn)}


def export_xlsx(store: Store, plan: Plan, out: Path | str) -> dict[str, Any]:
    from jamsos_desktop.exchange.writer import Column, write_workbook, xlsx_path

    out = xlsx_path(out)  # always an .xlsx: a name without a type gets it, another type is refused
    units = _units(store)
    b, sc = plan.budget, plan.scenario
    cols = [Column("Kode Unit", "id", 12), Column("Unit Kerja", "text", 40),
            Column("Program", "text", 30), Column("Kode Rekening", "id", 22),
            Column("Bulan", "int", 8), Column("Iuran Pemberi Kerja (APBD)", "money", 22),
            Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    rows: list[list[Any]] = []
    for line in b.per_unit_program():
        code, name = units.get(line.unit_id, (str(line.unit_id), "?"))
        rows.append([code, name, PROGRAM_LABELS[line.program],
                     line.account_code.code if line.account_code else None, line.months,
                     line.employer, line.worker, line.total])
    rows.append([None, "JUMLAH", None, None, None, b.employer, b.worker, b.total])
    month_cols = [Column("Bulan", "text", 18), Column("Batas Upah JP", "money", 16),
                  Column("Iuran Pemberi Kerja (APBD)", "money", 22),
                  Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    month_rows = [[format_bulan(b.year, m.month), m.jp_cap, m.employer, m.worker, m.total]
                  for m in b.per_month()]
    cat_cols = [Column("Kategori", "text", 30), Column("Pekerja (terbanyak)", "int", 12),
                Column("Iuran Pemberi Kerja (APBD)", "money", 22),
                Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    cat_rows = [[c["label"], c["headcount"], c["employer"], c["worker"], c["total"]]
                for c in plan.per_category()]
    assumption_cols = [Column("Asumsi dan catatan", "text", 110)]
    assumptions = [[t] for t in (*sc.describe({u: f"{c} {n}" for u, (c, n) in units.items()}),
                                 *plan.notes, *(w.message for w in b.warnings))]
    n = write_workbook(out, "Anggaran", cols, rows,
                       title=f"Rencana anggaran iuran — skenario {sc.name or '(belum disimpan)'}"
                             f" — {sc.period_label()}",
                       extra_sheets=[("Per Bulan", month_cols, month_rows),
                                     ("Per Kategori", cat_cols, cat_rows),
                                     ("Asumsi", assumption_cols, assumptions)],
                       info=[("Dibuat oleh", "Jamsos Desktop"), ("Skenario", sc.name),
                             ("Periode", sc.period_label()), ("Pengguna", store.user)])
    _audit(store, f"ekspor rencana anggaran Excel ({sc.name or 'tanpa nama'})", out)
    return {"path": str(out), "rows": n, "employer": b.employer, "worker": b.worker,
            "total": b.total}


def render_pdf(store: Store, plan: Plan) -> bytes:
    from jamsos_desktop.documents.fonts import BOLD
    from jamsos_desktop.documents.writer import (
        Column,
        DocumentWriter,
        FooterInfo,
        Row,
        TableLayout,
    )
    from jamsos_desktop.services.documents import load_settings
    from jamsos_desktop.services.rekap import pemda_title
    from jamsos_desktop.services.rekap_report import _letterhead

    units = _units(store)
    b, sc = plan.budget, plan.scenario
    setup = load_settings(store).page_setup()
    w = DocumentWriter(setup, FooterInfo(number=None, verify_code=None, draft=True),
                       orientation="landscape", title=f"Kertas kerja anggaran {sc.name}",
                       author="Jamsos Desktop", subject=sc.period_label())
    size = w.size
    w.letterhead(_letterhead(store))
    block = w.block()
    block.text("KERTAS KERJA RENCANA ANGGARAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN",
               size=size, font=BOLD, align="center")
    block.text(f"{pemda_title(store).upper()} — {sc.period_label().upper()}", size=size,
               font=BOLD, align="center")
    block.text(f"Skenario: {sc.name or '(belum disimpan)'}", size=size - 1, align="center")
    w.flow(block, keep_together=True)
    w.space(size)
    fs = setup.table_font_size
    cols = [Column("Bulan", 2.0), Column("Batas upah JP", 1.6, "R", wrap=False),
            Column("Pemberi kerja (APBD)", 2.0, "R", wrap=False),
            Column("Pekerja", 1.8, "R", wrap=False), Column("Jumlah", 2.0, "R", wrap=False)]
    rows = [Row((format_bulan(b.year, m.month), format_rupiah(m.jp_cap) if m.jp_cap else "-",
                 format_rupiah(m.employer), format_rupiah(m.worker), format_rupiah(m.total)))
            for m in b.per_month()]
    rows.append(Row(("Jumlah", "", format_rupiah(b.employer), format_rupiah(b.worker),
                     format_rupiah(b.total)), kind="total", span=1))
    w.flow(w.block().text("A. Rekapitulasi per Bulan", size=size, font=BOLD))
    w.table(TableLayout(cols, w.x0, w.width, fs), rows, keep_together=True)
    w.space(size)
    w.ensure(size * 8)
    w.flow(w.block().text("B. Rincian per Unit Kerja, Program dan Kode Rekening", size=size,
                          font=BOLD))
    cols = [Column("Unit kerja", 3.6), Column("Program", 2.2), Column("Kode rekening", 1.7),
            Column("Bulan", 0.6, "R", wrap=False),
            Column("Pemberi kerja (APBD)", 1.7, "R", wrap=False),
            Column("Pekerja", 1.5, "R", wrap=False), Column("Jumlah", 1.7, "R", wrap=False)]
    rows = []
    for line in b.per_unit_program():
        code, name = units.get(line.unit_id, (str(line.unit_id), "?"))
        rows.append(Row((f"{code} {name}", PROGRAM_LABELS[line.program],
                         line.account_code.code if line.account_code else "-",
                         format_number(line.months), format_rupiah(line.employer),
                         format_rupiah(line.worker), format_rupiah(line.total))))
    rows.append(Row(("Jumlah", format_rupiah(b.employer), format_rupiah(b.worker),
                     format_rupiah(b.total)), kind="total", span=4))
    w.table(TableLayout(cols, w.x0, w.width, fs), rows)
    w.space(size)
    block = w.block()
    block.text(f"Beban APBD (bagian pemberi kerja): {format_rupiah(b.employer)} "
               f"({terbilang_rupiah(b.employer)})", size=size - 1, font=BOLD)
    block.text(f"Bagian pekerja (dipotong dari upah): {format_rupiah(b.worker)}",
               size=size - 1)
    block.gap(size * 0.5)
    block.text("Asumsi:", size=size - 1, font=BOLD)
    for text in (*sc.describe({u: f"{c} {n}" for u, (c, n) in units.items()}), *plan.notes,
                 *(w_.message for w_ in b.warnings)):
        block.text(f"- {text}", size=size - 2)
    block.text(f"Dicetak {format_tanggal(_today())} dengan Jamsos Desktop; kertas kerja, "
               "bukan naskah dinas.", size=size - 3)
    w.flow(block)
    pdf, _ = w.finish()
    return pdf


def export_pdf(store: Store, plan: Plan, out: Path | str) -> dict[str, Any]:
    out = Path(out)
    out.write_bytes(render_pdf(store, plan))
    _audit(store, f"ekspor rencana anggaran PDF ({plan.scenario.name or 'tanpa nama'})", out)
    return {"path": str(out)}


def _today() -> Any:
    from datetime import date

    return date.today()


def _audit(store: Store, what: str, out: Path | str) -> None:
    with store.tx():
        store.audit("export", "budget_scenario", None, detail=f"{what}: {out}")
