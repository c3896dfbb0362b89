"""A cell whose text is a spreadsheet's error value is no value: it is reported per row as
"cell.error" with its text, like an .xlsx error cell. The rule, after stripping the cell's
surrounding whitespace:

- Excel's error values (`safety.EXCEL_ERRORS`: "#REF!", "#N/A", …), as before;
- LibreOffice's own: "Err:" and exactly three ASCII digits ("Err:502", "Err:504", "Err:508",
  "Err:511", "Err:522", "Err:523" …) — a CSV saved by LibreOffice Calc from a sheet with a
  broken formula holds that text;
- exactly as the programs write them, case included (as for "#REF!"): "err:502", "ERR:502",
  "Err:5020", "Err:50", "Err: 502", "Error 502" or full-width digits are ordinary values
  (a name "Err:5020" is imported as written; a wage or date written so is refused as
  unreadable, as any other text would be).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from jamsos_desktop.exchange.rows import RowOutcome, RowValidator, UnitResolver
from jamsos_desktop.exchange.safety import ERROR_TEXTS
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person

ERRORS = ["Err:502", "Err:504", "Err:508", "Err:511", "Err:522", "Err:523", "Err:000",
          " Err:502 ", "\u00a0Err:504\t", "#NAME?", " #VALUE! "]
NOT_ERRORS = ["Err:5020", "Err:50", "Err: 502", "Error 502", "err:502 ", "ERR:502",
              "Err:\uff15\uff10\uff12", "Err:\u0665\u0660\u0662", "Err:502x", "xErr:502",
              "Err:", "Err", "Eko", "E", "#hashtag"]
# Columns of HEADER: NIK (B), Nama Lengkap (C), Tanggal Lahir (E), Gaji (J).
COLUMNS = {"nik": ("B", "NIK"), "name": ("C", "Nama"), "birth": ("E", "Tanggal Lahir"),
           "wage": ("J", "Upah")}


def test_the_rule() -> None:
    """A text cell is an error value when, stripped of surrounding whitespace, it is one of
    ERROR_TEXTS (as rows.py looks it up): Excel's codes, or "Err:" + three ASCII digits
    exactly as LibreOffice writes them, case included."""
    for text in ERRORS:
        assert text.strip() in ERROR_TEXTS, text
    for text in NOT_ERRORS:
        assert text.strip() not in ERROR_TEXTS, text


def _rows() -> list[list[Any]]:
    """Person 1 clean; persons 2–5 with "Err:502" in NIK, name, birth date and wage; then
    names that look like errors but are values."""
    rows: list[list[Any]] = [HEADER, person(1)]
    rows += [person(2 + i, **{key: "Err:502"}) for i, key in enumerate(COLUMNS)]
    rows += [person(6, name=" Err:504 ")]
    rows += [person(7 + i, name=text) for i, text in enumerate(
        ["Err:5020", "Error 502", "err:502 ", "Err: 502"])]
    return rows


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_text_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    """Every cell a text cell (LibreOffice's "Err:502" copied as text, not an error cell)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(r, c)
            cell.value = str(value)
            cell.data_type = "s"
            cell.number_format = "@"
    wb.save(path)
    check = load_workbook(path)["Data"]
    assert check["B3"].value == "Err:502" and check["B3"].data_type == "s"
    return path


@pytest.mark.parametrize("writer", [write_csv, write_text_xlsx], ids=["csv", "xlsx"])
def test_libreoffice_error_texts_are_reported_per_row(units_store: Store, tmp_path: Path,
                                                      writer: Any) -> None:
    suffix = ".csv" if writer is write_csv else ".xlsx"
    path = writer(tmp_path / f"libreoffice{suffix}", _rows())
    plan = importer.plan_import(units_store, importer.load_source(units_store, path),
                                unit_code="1.01")
    by_row = {r.row_no: r for r in plan.rows}
    assert by_row[2].action == "insert" and not by_row[2].problems
    for i, (column, label) in enumerate(COLUMNS.values()):
        row = by_row[3 + i]
        assert row.action == "reject", (column, row.problems)
        errors = [p for p in row.problems if p.code == "cell.error"]
        assert len(errors) == 1, row.problems
        assert f"Sel {column}{3 + i} ({label}" in errors[0].message
        assert "galat lembar kerja Err:502" in errors[0].message
        # The error text is not read as a value (no "NIK tidak valid", no name "Err:502").
        assert "Err:502" not in row.values.values()
        assert not [p for p in row.problems if p.code.startswith(("money.", "date.", "nik."))
                    and p.code != "nik.missing"]
    surrounded = by_row[7]
    assert surrounded.action == "reject"
    assert [p.code for p in surrounded.problems] == ["cell.error"]
    assert "galat lembar kerja Err:504" in surrounded.problems[0].message
    for r, name in zip(range(8, 12), ["Err:5020", "Error 502", "err:502", "Err: 502"],
                       strict=True):
        row = by_row[r]
        assert row.action == "insert", (name, row.problems)
        assert row.values["name"] == name
        assert not [p for p in row.problems if p.code == "cell.error"]


def test_report_of_import_file_quotes_the_text(units_store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lo.csv", _rows())
    report = importer.import_file(units_store, path, unit_code="1.01", dry_run=True)
    reasons = {p["row"]: p["reasons"] for p in report["problems"]}
    assert "Sel C4 (Nama Lengkap) berisi galat lembar kerja Err:502" in reasons[4]


def _same(a: RowOutcome | None, b: RowOutcome | None) -> None:
    if a is None or b is None:
        assert a is b
        return
    assert list(a.values.items()) == list(b.values.items())
    assert list(a.problems) == list(b.problems)
    assert a.nik == b.nik and a.unit_given == b.unit_given


def test_column_pass_and_row_path_agree_on_error_texts() -> None:
    """Every kind of column (plain, memoised or not, NIK, unit, combined birth, office), with
    error texts and look-alikes repeated (memo hits), in rows with and without a formula
    mark (the marked ones take the row path inside the column pass too)."""
    fields = ["nik", "name", "birth_place_date", "unit", "wage", "kpj", "start_date",
              "origin_office"]
    texts = ERRORS + NOT_ERRORS
    rows: list[list[Any]] = []
    for i in range(3 * len(texts)):
        row: list[Any] = [nik(i + 1), f"Nama {i}", "Bandung, 15-03-1990", "1.01", 2_500_000,
                          "12345678901", dt.date(2020, 1, 1), "Kantor A"]
        row[i % len(fields)] = texts[i % len(texts)]
        row[(i + 3) % len(fields)] = texts[(i * 7) % len(texts)]
        rows.append(row)
    marks = {(r, 1) for r in range(0, len(rows), 5)}

    def validator() -> RowValidator:
        return RowValidator(dict(enumerate(fields)),
                            units=UnitResolver([{"id": 1, "code": "1.01", "name": "Dinas A"}]),
                            default_unit_id=1, today=dt.date(2025, 6, 1), pension_age=59,
                            formulas=marks)

    fast = validator().validate_rows(rows)
    plain = validator()
    seen = 0
    for r, out in enumerate(fast):
        _same(out, None if plain.is_blank(rows[r]) else plain.validate(r, rows[r]))
        assert out is not None
        seen += sum(p.code == "cell.error" for p in out.problems)
    assert seen == 2 * 3 * len(ERRORS)
