"""Audit of issue #5: a text cell of an export is never a formula — starting with `=`, `+`,
`-`, `@`, or with a tab or a line break before them (OWASP's list), or an error code — in
data sheets, in every column kind, and in the Info sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from jamsos_desktop.exchange.writer import Column, write_workbook

RISKY = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-Budi", "@SUM(A1:A9)",
         "\t=1+2", "\r=1+2", "\n@A1", " =1+2", "#REF!"]


def test_writer_never_writes_a_formula(tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    write_workbook(out, "X", [Column("Teks"), Column("Asli", "raw"), Column("NIK", "id")],
                   [[v, v, v] for v in RISKY], info=[("Catatan", v) for v in RISKY])
    wb = load_workbook(out)
    ws = wb["X"]
    for r, value in enumerate(RISKY, 2):
        for c in (1, 2, 3):
            cell = ws.cell(r, c)
            # (XML readers turn a lone CR into LF)
            assert cell.data_type == "s" and cell.value == value.replace("\r", "\n"), (r, c)
            if not value.startswith(" "):  # typed again in Excel, still text
                assert cell.quotePrefix, (value, c)
    for row, value in zip(wb["Info"].iter_rows(), RISKY, strict=True):
        assert row[1].data_type == "s" and row[1].value == value.replace("\r", "\n")


def test_risky_text_in_an_id_column_is_in_text_format_too(tmp_path: Path) -> None:
    """A phone written "+62 …" (or any id text the writer quotes) carries Excel's Text format
    like the rest of its column: retyped in Excel, "+6281234567890" would otherwise become
    the number 6281234567890 (the quote prefix alone is lost when the cell is typed over)."""
    out = tmp_path / "hp.xlsx"
    values = ["+62 812-3456-7890", "=1+1", "-0812", "\x01081234", "0812345678"]
    write_workbook(out, "X", [Column("No. HP", "id")], [[v] for v in values])
    ws = load_workbook(out)["X"]
    for r, value in enumerate(values, 2):
        cell = ws.cell(r, 1)
        assert cell.value == value.replace("\x01", "") and cell.data_type == "s", value
        assert cell.number_format == "@", value
        if value[0] in "+=-":
            assert cell.quotePrefix, value
