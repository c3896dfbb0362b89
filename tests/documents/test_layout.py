"""No text ever overflows a cell or a page: checked on the layout itself, not by eye."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from jamsos_desktop.documents.layout import ELLIPSIS, fit_text, text_width, wrap_text
from jamsos_desktop.documents.usulan import LAMPIRAN_COLUMNS
from jamsos_desktop.documents.writer import Column, PageSetup, Row, TableLayout

register_fonts()
LONG_NAME = ("Raden Mas Muhammad Abdurrahman Wahid Kusumanegara Prawirodirdjo Hadiningrat "
             "Sastrowardoyo Mangkunegara Suryadiningrat Purbonegoro Tjokroaminoto Sutanx")[:150]
LONG_UNIT = ("Unit Pelaksana Teknis Daerah Pusat Kesehatan Masyarakat Rawat Inap Kecamatan "
             "Banyuasin Tiga Kabupaten Banyuasin Provinsi Sumatera Selatan")


def _assert_within(layout: TableLayout, row: Row) -> None:
    plan = layout.plan(row)
    for cell in plan.cells:
        inner = cell.width - 2 * layout.padding
        for line in cell.fitted.lines:
            assert text_width(line, cell.font, cell.fitted.size) <= inner + 1e-6, line
        # the cell is tall enough for its lines
        assert plan.height >= len(cell.fitted.lines) * cell.fitted.size * 1.15


def test_150_character_name_and_long_unit_wrap_inside_their_cells() -> None:
    assert len(LONG_NAME) == 150
    landscape = PageSetup().page_size("landscape")
    layout = TableLayout(LAMPIRAN_COLUMNS, 85, landscape[0] - 85 - 71, 9)
    row = Row(("1", "1607014712900001", LONG_NAME, "Pangkalan Balai, 07-12-1990", "P",
               LONG_NAME, "Tenaga Administrasi Keuangan dan Aset", LONG_UNIT, "Rp12.500.000",
               "JKK, JKM, JHT, JP", "Rp1.234.567"))
    _assert_within(layout, row)
    plan = layout.plan(row)
    name_cell = plan.cells[2]
    assert len(name_cell.fitted.lines) > 1  # wrapped, not shrunk out of sight
    assert name_cell.fitted.size == 9
    assert " ".join(name_cell.fitted.lines) == LONG_NAME  # nothing lost
    assert " ".join(plan.cells[7].fitted.lines) == LONG_UNIT


def test_unbreakable_values_shrink_instead_of_wrapping() -> None:
    layout = TableLayout([Column("NIK", 1, wrap=False)], 0, 60, 9)
    plan = layout.plan(Row(("1607014712900001",)))
    cell = plan.cells[0]
    assert cell.fitted.lines == ("1607014712900001",)
    assert cell.fitted.size < 9
    _assert_within(layout, Row(("1607014712900001",)))


def test_a_word_wider_than_the_cell_is_broken_by_characters() -> None:
    lines = wrap_text("https://banyuasinkab.go.id/sangat/panjang/sekali/alamatnya", REGULAR,
                      10, 40)
    assert len(lines) > 2
    assert all(text_width(line, REGULAR, 10) <= 40 + 1e-6 for line in lines)
    assert "".join(lines) == "https://banyuasinkab.go.id/sangat/panjang/sekali/alamatnya"


def test_max_lines_shrinks_then_cuts_with_an_ellipsis() -> None:
    fitted = fit_text("kata " * 200, REGULAR, 10, 80, max_lines=3, min_size=6)
    assert len(fitted.lines) == 3
    assert fitted.size == 6
    assert fitted.truncated and fitted.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, REGULAR, 6) <= 80 + 1e-6 for line in fitted.lines)


def test_a_row_taller_than_a_page_is_reduced_to_fit() -> None:
    layout = TableLayout([Column("Catatan", 1)], 0, 100, 9)
    plan = layout.plan_within(Row(("catatan panjang " * 400,)), 500)
    assert plan.height <= 500
    _assert_within(layout, Row(("pendek",)))


def test_subtotal_and_group_rows_fit() -> None:
    layout = TableLayout(LAMPIRAN_COLUMNS, 0, 780, 9)
    _assert_within(layout, Row((f"Jumlah {LONG_UNIT} (12.345 orang)", "", "", "Rp999.999.999"),
                               "subtotal", 8))
    _assert_within(layout, Row((LONG_UNIT * 3,), "group"))
    header = layout.plan_header()
    for cell in header.cells:
        for line in cell.fitted.lines:
            assert text_width(line, BOLD, cell.fitted.size) <= cell.width - 5 + 1e-6


@settings(max_examples=150, deadline=None)
@given(text=st.text(st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=300),
       width=st.floats(min_value=15, max_value=400), size=st.sampled_from([7.0, 9.0, 12.0]),
       wrap=st.booleans())
def test_fit_text_never_exceeds_the_width(text: str, width: float, size: float,
                                          wrap: bool) -> None:
    fitted = fit_text(text, REGULAR, size, width, wrap=wrap, min_size=5)
    for line in fitted.lines:
        # A single character wider than the cell is the only allowed exception.
        assert len(line) <= 1 or text_width(line, REGULAR, fitted.size) <= width + 1e-6
    if fitted.truncated:
        return
    if wrap:  # word wrap folds white space, keeps every other character in order
        assert "".join("".join(line.split()) for line in fitted.lines) == "".join(text.split())
    else:  # one-line cells shrink or break between characters, never drop any
        assert "".join(fitted.lines) == text
