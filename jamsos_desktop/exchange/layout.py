"""The column layout of the BPJS registration export, as data.

The bundled default (`resources/exchange/bpjs_formulir_1a.json`) follows the fields of
Formulir 1a (DOMAIN.md §4). A branch office's own bulk-upload template is matched by saving
a layout of the same shape in the settings table (key `exchange.bpjs_layout`), from the GUI
or with `jamsos-desktop ekspor bpjs --layout FILE.json`: no new release needed.

A layout:

    {"name": "...", "source": "...", "sheet": "Pendaftaran",
     "statuses": ["belum", "diusulkan"],            # which workers (omit: all active)
     "columns": [{"header": "NIK", "value": "nik", "type": "id"}, ...]}

`value` is one of `VALUE_SOURCES`; `type` one of text | id | date | date_text | money | int
(default text; int for row_number);
optional `format` ("L/P" or "Laki-laki/Perempuan" for sex, "upper" for programs),
`text` (for value "const") and `width`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.enums import STATUS_LABELS, EnrollmentStatus
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.writer import Column
from jamsos_desktop.paths import resource

SETTING_KEY = "exchange.bpjs_layout"
DEFAULT_FILE = ("exchange", "bpjs_formulir_1a.json")
TYPES = ("text", "id", "date", "date_text", "money", "int")
VALUE_SOURCES = (
    "row_number", "const", "nik", "name", "birth_place", "birth_date", "sex", "mother_name",
    "address", "phone", "marital_status", "category", "job_title", "unit_code", "unit_name",
    "unit_npp", "wage", "start_date", "end_date", "participant_type", "funding_source",
    "programs", "kpj", "status", "registered_at", "notes", "origin_office",
)


@dataclass(frozen=True)
class LayoutColumn:
    header: str
    value: str
    type: str = "text"
    format: str | None = None
    text: str | None = None
    width: float | None = None


@dataclass(frozen=True)
class Layout:
    name: str
    source: str
    sheet: str
    statuses: tuple[str, ...] | None
    columns: tuple[LayoutColumn, ...]

    def writer_columns(self) -> list[Column]:
        kinds = {"date_text": "text", "text": "text", "id": "id", "date": "date",
                 "money": "money", "int": "int"}
        return [Column(c.header, kinds[c.type], c.width) for c in self.columns]

    def row_function(self) -> Callable[[int, Mapping[str, Any]], list[Any]]:
        getters = [_getter(c) for c in self.columns]

        def row(n: int, worker: Mapping[str, Any]) -> list[Any]:
            return [g(n, worker) for g in getters]

        return row


def _getter(col: LayoutColumn) -> Callable[[int, Mapping[str, Any]], Any]:
    if col.value == "row_number":
        return lambda n, _w: n
    if col.value == "const":
        text = col.text or ""
        return lambda _n, _w: text
    key = col.value
    if key == "sex" and (col.format or "").lower().startswith("laki"):
        names = {"L": "Laki-laki", "P": "Perempuan"}
        return lambda _n, w: names.get(w.get("sex") or "", w.get("sex"))
    if key == "programs" and col.format == "upper":
        return lambda _n, w: ", ".join(p.upper() for p in str(w.get("programs") or "").split(",")
                                       if p)
    if key == "status":
        return lambda _n, w: _status_label(w.get("status"))
    if col.type == "date_text":
        return lambda _n, w: _date_text(w.get(key))
    return lambda _n, w: w.get(key)


def _status_label(code: Any) -> Any:
    try:
        return STATUS_LABELS[EnrollmentStatus(code)]
    except ValueError:
        return code


def _date_text(value: Any) -> str | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def parse_layout(data: Any, origin: str) -> Layout:
    """Validate a layout object; every complaint names the column, in Indonesian."""
    def fail(message: str) -> UserError:
        return UserError(f"Tata letak ekspor BPJS ({origin}) tidak sah: {message}",
                         code="layout.invalid")

    if not isinstance(data, dict):
        raise fail("isinya harus berupa objek JSON.")
    columns = data.get("columns")
    if not isinstance(columns, list) or not columns:
        raise fail("daftar 'columns' wajib diisi.")
    if len(columns) > 200:
        raise fail("terlalu banyak kolom (batas 200).")
    out = []
    for i, col in enumerate(columns, 1):
        if not isinstance(col, dict):
            raise fail(f"kolom ke-{i} harus berupa objek.")
        header, value = col.get("header"), col.get("value")
        # A row number is a number unless the layout says otherwise.
        kind = col.get("type", "int" if value == "row_number" else "text")
        if not isinstance(header, str) or not header.strip():
            raise fail(f"kolom ke-{i} tidak memiliki 'header'.")
        if value not in VALUE_SOURCES:
            raise fail(f"kolom '{header}': isian '{value}' tidak dikenal. Pilihan: "
                       f"{', '.join(VALUE_SOURCES)}.")
        if kind not in TYPES:
            raise fail(f"kolom '{header}': jenis '{kind}' tidak dikenal. Pilihan: "
                       f"{', '.join(TYPES)}.")
        width = col.get("width")
        if width is not None and not (isinstance(width, int | float) and 1 <= width <= 200):
            raise fail(f"kolom '{header}': lebar harus angka 1–200.")
        out.append(LayoutColumn(header.strip(), value, kind, col.get("format"),
                                col.get("text"), width))
    statuses = data.get("statuses")
    if statuses is not None:
        if not isinstance(statuses, list) or any(
                s not in {e.value for e in EnrollmentStatus} for s in statuses):
            raise fail("'statuses' harus daftar dari: belum, diusulkan, terdaftar, nonaktif.")
        statuses = tuple(statuses)
    sheet = str(data.get("sheet") or "Pendaftaran")[:31]
    return Layout(str(data.get("name") or origin), str(data.get("source") or ""), sheet,
                  statuses, tuple(out))


def default_layout() -> Layout:
    path = resource(*DEFAULT_FILE)
    return parse_layout(json.loads(path.read_text(encoding="utf-8")), path.name)


def load_layout_file(path: Path | str) -> Layout:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(f"Berkas tata letak '{path}' tidak ditemukan.",
                        code="layout.missing") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"Berkas tata letak '{path.name}' bukan JSON yang sah ({exc}).",
                        code="layout.invalid") from None
    return parse_layout(data, path.name)


def layout_to_json(layout: Layout) -> dict[str, Any]:
    cols = []
    for c in layout.columns:
        item: dict[str, Any] = {"header": c.header, "value": c.value, "type": c.type}
        for key in ("format", "text", "width"):
            if getattr(c, key) is not None:
                item[key] = getattr(c, key)
        cols.append(item)
    out: dict[str, Any] = {"name": layout.name, "source": layout.source, "sheet": layout.sheet,
                           "columns": cols}
    if layout.statuses is not None:
        out["statuses"] = list(layout.statuses)
    return out
