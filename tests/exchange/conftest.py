"""Helpers for the exchange tests: real .xlsx files written by openpyxl, and hand-made ones
(raw sheet XML) for what openpyxl will not write: lying dimensions, far cells, error values,
cached formula results."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from jamsos_desktop.domain.nik import make_nik
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import units as uq
from tests.handmade_xlsx import zip_workbook


def nik(n: int, sex: str = "L", year: int = 1990) -> str:
    """A valid NIK (Kota Bandung district 32.73.01) with serial n."""
    from datetime import date

    return make_nik("32.73.01", date(year - (n - 1) // 9999, 3, 15), sex, (n - 1) % 9999 + 1)


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, merged: Sequence[str] = (),
               hidden_rows: Sequence[int] = (), sheet: str = "Data",
               extra_sheets: dict[str, Sequence[Sequence[Any]]] | None = None,
               text_columns: Sequence[int] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for ref in merged:
        ws.merge_cells(ref)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    for c in text_columns:  # cells formatted as text, as a careful clerk does for NIK
        for cell in ws.iter_cols(min_col=c, max_col=c):
            for x in cell:
                x.number_format = "@"
    for name, extra in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in extra:
            other.append(list(row))
    wb.save(path)
    return path


def inline(ref: str, text: str) -> str:
    from xml.sax.saxutils import escape

    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def raw_xlsx(path: Path, sheet_data: str, *, dimension: str = "A1:C3") -> Path:
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             f'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/>'
             f"<sheetData>{sheet_data}</sheetData></worksheet>")
    return zip_workbook(path, sheet)


def header_row_xml(r: int, labels: Sequence[str]) -> str:
    from jamsos_desktop.exchange.mapping import column_letter

    return f'<row r="{r}">' + "".join(inline(f"{column_letter(i)}{r}", t)
                                      for i, t in enumerate(labels)) + "</row>"


@pytest.fixture
def units_store(store: Store) -> Iterator[Store]:
    """An empty database with three units: 1.01 Dinas Pendidikan, 1.02 Dinas Kesehatan,
    1.02.01 Puskesmas Kota (sub-unit)."""
    now = now_iso()
    with store.tx():
        a = uq.insert_unit(store.conn, {"code": "1.01", "name": "Dinas Pendidikan",
                                        "npp": "NPP101"}, now)
        b = uq.insert_unit(store.conn, {"code": "1.02", "name": "Dinas Kesehatan",
                                        "default_programs": "jkk,jkm,jht"}, now)
        uq.insert_unit(store.conn, {"code": "1.02.01", "name": "Puskesmas Kota",
                                    "parent_id": b}, now)
    assert a
    yield store


def db_counts(store: Store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("workers", "worker_programs", "import_batches", "import_changes")}


HEADER = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin",
          "Nama Ibu Kandung", "Alamat", "Jabatan", "Gaji"]


def person(i: int, **over: Any) -> list[Any]:
    values = {"no": i, "nik": nik(i), "name": f"Pegawai {i}", "place": "Bandung",
              "birth": "15-03-1990", "sex": "L", "mother": "Siti", "address": "Jl. Mawar",
              "job": "Staf", "wage": 2_500_000}
    values.update(over)
    return list(values.values())

