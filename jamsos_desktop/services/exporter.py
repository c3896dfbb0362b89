"""Exports to Excel: the roster (also the consolidation format another copy imports), the BPJS
registration list in a configurable layout, and the contribution budget. Every export of
personal data is recorded in the audit trail (UU 27/2022: who exported what, when, where).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from jamsos_desktop import __version__
from jamsos_desktop.domain.dates import format_bulan
from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    PROGRAM_LABELS,
    STATUS_LABELS,
    Category,
    EnrollmentStatus,
    Program,
)
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import layout as lay
from jamsos_desktop.exchange.writer import Column, write_workbook, xlsx_path
from jamsos_desktop.store import Store
from jamsos_desktop.store import imports as iq
from jamsos_desktop.store import units as uq
from jamsos_desktop.store.workers import WorkerFilter

Progress = Callable[..., None]

# The roster export: every stored field a clerk edits, headed so the import maps it back.
ROSTER_COLUMNS: list[tuple[str, str, str]] = [  # header, source, kind
    ("No", "row_number", "int"), ("NIK", "nik", "id"), ("Nama Lengkap", "name", "text"),
    ("Tempat Lahir", "birth_place", "text"), ("Tanggal Lahir", "birth_date", "date"),
    ("Jenis Kelamin", "sex", "text"), ("Nama Ibu Kandung", "mother_name", "text"),
    ("Alamat", "address", "text"), ("No. HP", "phone", "id"),
    ("Status Perkawinan", "marital_status", "text"), ("Kategori", "category", "text"),
    ("Jabatan", "job_title", "text"), ("Kode Unit", "unit_code", "id"),
    ("Unit Kerja", "unit_name", "text"), ("Upah", "wage", "money"),
    ("Tanggal Mulai Kerja", "start_date", "date"),
    ("Tanggal Selesai Kerja", "end_date", "date"),
    ("Jenis Kepesertaan", "participant_type", "text"),
    ("Sumber Dana", "funding_source", "text"), ("Program", "programs", "text"),
    ("No. KPJ", "kpj", "id"), ("Status Kepesertaan", "status", "text"),
    ("Tanggal Terdaftar", "registered_at", "date"), ("Catatan", "notes", "text"),
    ("Asal Kantor", "origin_office", "text"),
]
_WIDTHS = {"name": 28, "address": 40, "unit_name": 36, "mother_name": 24, "notes": 30,
           "origin_office": 30, "job_title": 24}


def _noop(*_a: Any, **_k: Any) -> None:
    return None


def _category_label(code: Any) -> Any:
    try:
        return CATEGORY_LABELS[Category(code)]
    except ValueError:
        return code


def _status_label(code: Any) -> Any:
    try:
        return STATUS_LABELS[EnrollmentStatus(code)]
    except ValueError:
        return code


def _info(store: Store, kind: str, rows: int, extra: list[tuple[str, Any]] | None = None
          ) -> list[tuple[str, Any]]:
    return [("Dibuat oleh", f"Jamsos Desktop {__version__}"), ("Jenis", kind),
            ("Kantor", iq.pemda_office(store.conn) or ""),
            ("Diekspor pada", datetime.now().strftime("%d-%m-%Y %H:%M")),
            ("Pengguna", store.user), ("Jumlah baris", rows), *(extra or []),
            ("Catatan", "Berisi data pribadi (UU 27/2022). Simpan dan kirim hanya untuk "
                        "keperluan kedinasan.")]


def _record(store: Store, what: str, out: Path, rows: int, fields: list[str]) -> None:
    from jamsos_desktop.services.audit import record_export

    record_export(store, what, destination=str(out), rows=rows, fields=fields)


def export_roster(store: Store, out: Path | str, *, worker_filter: WorkerFilter | None = None,
                  progress: Progress | None = None) -> dict[str, Any]:
    """The roster view (all active workers, or the filter's) as .xlsx, one row per worker."""
    progress = progress or _noop
    out = xlsx_path(out)
    f = worker_filter or WorkerFilter()
    total = iq.count_workers(store.conn, f)
    columns = [Column(h, kind, _WIDTHS.get(src)) for h, src, kind in ROSTER_COLUMNS]
    sources = [src for _, src, _ in ROSTER_COLUMNS]

    number = sources.index("row_number")
    category = sources.index("category")
    status = sources.index("status")

    def rows() -> Iterator[list[Any]]:
        n = 0
        pick: Callable[[Any], tuple[Any, ...]] | None = None
        for chunk in iq.export_rows(store.conn, f):
            for w in chunk:
                if pick is None:
                    # The columns by position, picked in C: a sqlite3.Row looked up by name
                    # compares the names one by one, 25 times a row.
                    keys = w.keys()
                    pick = itemgetter(*(0 if s == "row_number" else keys.index(s)
                                        for s in sources))
                n += 1
                values = list(pick(w))
                values[number] = n
                values[category] = _category_label(values[category])
                values[status] = _status_label(values[status])
                yield values
            progress(n, total, "Menulis daftar pegawai…")

    n = write_workbook(out, "Daftar Pegawai", columns, rows(),
                       info=_info(store, "Daftar pegawai (roster)", total))
    _record(store, "ekspor daftar pegawai", out, n, [h for h, _, _ in ROSTER_COLUMNS])
    return {"path": str(out), "rows": n, "kind": "roster"}


def bpjs_layout(store: Store) -> lay.Layout:
    """The office's layout (settings) or the bundled Formulir 1a default."""
    saved = store.get_setting(lay.SETTING_KEY)
    if saved:
        return lay.parse_layout(saved, "pengaturan")
    return lay.default_layout()


def save_bpjs_layout(store: Store, layout_file: Path | str | None) -> lay.Layout:
    """Store an office layout from a JSON file; None goes back to the default (settings:
    administrator only)."""
    store.require_admin()
    with store.tx():
        if layout_file is None:
            store.delete_setting(lay.SETTING_KEY)
            store.audit("settings", "setting", None, detail="tata letak ekspor BPJS: bawaan")
            return lay.default_layout()
        layout = lay.load_layout_file(layout_file)
        store.set_setting(lay.SETTING_KEY, lay.layout_to_json(layout))
        store.audit("settings", "setting", None, new=lay.layout_to_json(layout),
                    detail="tata letak ekspor BPJS")
    return layout


def export_bpjs(store: Store, out: Path | str, *, worker_filter: WorkerFilter | None = None,
                layout: lay.Layout | None = None, progress: Progress | None = None
                ) -> dict[str, Any]:
    """The registration list for BPJS in the layout's columns: the layout's statuses (default:
    not yet registered, proposed) among active workers, narrowed by the filter; a filter
    naming statuses decides them itself."""
    progress = progress or _noop
    out = xlsx_path(out)
    layout = layout or bpjs_layout(store)
    statuses = frozenset(layout.statuses) if layout.statuses else None
    f = worker_filter or WorkerFilter(statuses=statuses)
    if f.statuses is None and statuses:
        f = replace(f, statuses=statuses)
    total = iq.count_workers(store.conn, f)
    make_row = layout.row_function()

    def rows() -> Iterator[list[Any]]:
        n = 0
        for chunk in iq.export_rows(store.conn, f):
            for w in chunk:
                n += 1
                yield make_row(n, dict(w))
            progress(n, total, "Menulis daftar pendaftaran BPJS…")

    n = write_workbook(out, layout.sheet, layout.writer_columns(), rows(),
                       info=_info(store, f"Pendaftaran BPJS ({layout.name})", total,
                                  [("Sumber tata letak", layout.source)]))
    _record(store, f"ekspor pendaftaran BPJS ({layout.name})", out, n,
            [c.header for c in layout.columns])
    return {"path": str(out), "rows": n, "kind": "bpjs", "layout": layout.name}


def export_budget(store: Store, out: Path | str, *, year: int, from_month: int = 1,
                  to_month: int = 12, worker_filter: WorkerFilter | None = None
                  ) -> dict[str, Any]:
    """The contribution budget (services.budget) per unit × program with kode rekening,
    monthly detail and program totals. Aggregates only: no personal data, still audited."""
    from jamsos_desktop.services.budget import budget_for_database

    out = xlsx_path(out)
    budget = budget_for_database(store, year=year, from_month=from_month, to_month=to_month,
                                 worker_filter=worker_filter)
    units = {u["id"]: u for u in uq.list_units(store.conn, include_archived=True)}
    kind = "APBD-Perubahan" if budget.is_perubahan else "APBD"
    period = f"{format_bulan(year, from_month)} – {format_bulan(year, to_month)}"
    columns = [Column("Kode Unit", "id", 12), Column("Unit Kerja", "text", 40),
               Column("Program", "text", 30), Column("Kode Rekening", "id", 22),
               Column("Bulan", "int", 8), Column("Peserta per Bulan", "text", 18),
               Column("Iuran Pemberi Kerja (APBD)", "money", 22),
               Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    lines = []
    for line in budget.per_unit_program():
        unit = units.get(line.unit_id, {})
        heads = sorted({m.headcount for m in line.monthly if m.headcount})
        lines.append([unit.get("code"), unit.get("name"), PROGRAM_LABELS[Program(line.program)],
                      line.account_code.code if line.account_code else None, line.months,
                      "–".join(str(h) for h in (heads[0], heads[-1]) if heads)
                      if len(heads) > 1 else (str(heads[0]) if heads else "0"),
                      line.employer, line.worker, line.total])
    lines.append([None, "JUMLAH", None, None, None, None, budget.employer, budget.worker,
                  budget.total])
    prog_cols = [Column("Program", "text", 30), Column("Kode Rekening", "id", 22),
                 Column("Peserta-Bulan", "int", 14),
                 Column("Iuran Pemberi Kerja (APBD)", "money", 22),
                 Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    prog_rows = [[PROGRAM_LABELS[Program(p.program)],
                  p.account_code.code if p.account_code else None, p.worker_months,
                  p.employer, p.worker, p.total] for p in budget.per_program()]
    month_cols = [Column("Bulan", "text", 18), Column("Iuran Pemberi Kerja (APBD)", "money", 22),
                  Column("Iuran Pekerja", "money", 18), Column("Jumlah", "money", 18)]
    month_rows = [[format_bulan(year, m.month), m.employer, m.worker, m.total]
                  for m in budget.per_month()]
    warn_cols = [Column("Peringatan", "text", 90), Column("Pekerja", "int", 10)]
    warn_rows = [[w.message, w.workers] for w in budget.warnings]
    write_workbook(out, "Anggaran", columns, lines,
                   title=f"Anggaran iuran BPJS Ketenagakerjaan {kind} {year} ({period})",
                   extra_sheets=[("Per Program", prog_cols, prog_rows),
                                 ("Per Bulan", month_cols, month_rows),
                                 ("Peringatan", warn_cols, warn_rows)],
                   info=_info(store, f"Anggaran {kind} {year}", len(lines) - 1,
                              [("Periode", period)]))
    _record(store, f"ekspor anggaran {kind} {year}", out, len(lines) - 1,
            [c.header for c in columns])
    return {"path": str(out), "rows": len(lines) - 1, "kind": "anggaran", "year": year,
            "employer": budget.employer, "worker": budget.worker, "total": budget.total}


def parse_layout_json(text: str) -> lay.Layout:
    try:
        return lay.parse_layout(json.loads(text), "teks")
    except ValueError as exc:
        if isinstance(exc, UserError):
            raise
        raise UserError(f"Tata letak bukan JSON yang sah ({exc}).",
                        code="layout.invalid") from None
