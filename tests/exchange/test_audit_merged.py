"""Audit of issue #5: merged cells below the header. Rosters group workers by OPD with the
Unit Kerja cell merged down over the group: every row of the group belongs to that unit, as
the clerk sees it — not only the first (the others went to the --unit default or were
refused as having no unit). A title merged across a section row stays a blank row."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.store import Store
from tests.exchange.conftest import nik, write_xlsx
from tests.exchange.test_audit_mapping import accounted, cli


def _grouped(tmp_path: Path) -> Path:
    rows = [["DAFTAR HONORER PER OPD"], ["No", "NIK", "Nama", "Unit Kerja", "Gaji"],
            [1, nik(1), "A", "Dinas Pendidikan", 1_000_000],
            [2, nik(2), "B", None, 1_000_000],
            [3, nik(3), "C", None, 1_000_000],
            ["PUSKESMAS"],
            [4, nik(4), "D", "1.02.01", 1_000_000],
            [5, nik(5), "E", None, 1_000_000]]
    return write_xlsx(tmp_path / "opd.xlsx", rows,
                      merged=["A1:E1", "D3:D5", "A6:E6", "D7:D8"])


@pytest.mark.parametrize("default_unit", [[], ["--unit", "1.02"]])
def test_unit_merged_down_a_group(units_store: Store, db_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str],
                                  default_unit: list[str]) -> None:
    code, r, err = cli(db_file, "impor", str(_grouped(tmp_path)), *default_unit,
                       capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["rows"], r["inserted"], r["rejected"], r["blank"]) == (6, 5, 0, 1), r["problems"]
    units = dict(units_store.conn.execute(
        "SELECT w.nik, u.code FROM workers w JOIN units u ON u.id = w.unit_id"))
    assert units == {nik(1): "1.01", nik(2): "1.01", nik(3): "1.01", nik(4): "1.02.01",
                     nik(5): "1.02.01"}
    assert any("gabungan" in n for n in r["notices"])


def test_a_section_title_two_rows_tall_stays_a_title(units_store: Store, db_file: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A title merged across the columns and over two rows (A4:D5) is a section title, not a
    value merged down a column: its text is not copied into the first column of its second
    row (which made that row a second rejected row, the title read as a NIK)."""
    rows = [["NIK", "Nama", "Unit Kerja", "Gaji"],
            [nik(1), "A", "1.01", 1_000_000],
            [nik(2), "B", "1.01", 1_000_000],
            ["PUSKESMAS KOTA"], [None],
            [nik(3), "C", "1.02.01", 1_000_000]]
    path = write_xlsx(tmp_path / "judul.xlsx", rows, merged=["A4:D5"])
    code, r, err = cli(db_file, "impor", str(path), capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["inserted"], r["rejected"], r["blank"]) == (3, 1, 1), r["problems"]
    assert not any("gabungan" in n for n in r["notices"])
