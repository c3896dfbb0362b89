"""A lone dash is how clerks write "nothing": through the whole import (both validation
paths), it is an empty cell in every column — the unit falls back to the chosen default,
a row of dashes is a blank row, an office is not "-" — and the combined "Tempat, Tanggal
Lahir" column gives a weekday to the date (which checks it) and drops a trailing dash."""

from __future__ import annotations

from pathlib import Path

from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import nik, write_xlsx


def _plan(store: Store, path: Path, **kw: object) -> importer.ImportPlan:
    return importer.plan_import(store, importer.load_source(store, path), **kw)  # type: ignore[arg-type]


def test_dash_cells_are_empty_cells(units_store: Store, tmp_path: Path) -> None:
    header = ["NIK", "Nama", "JK", "Unit Kerja", "Gaji", "No HP", "KPJ"]
    rows = [header,
            [nik(1), "Andi", "L", "-", "Rp -", "-", "–"],
            ["-", "-", "-", "-", "-", "- -", "—"],  # nothing at all: a blank row
            [nik(2), "Budi", "L", "1.02", "-", "0812 3456 789", "-"]]
    path = write_xlsx(tmp_path / "dash.xlsx", rows)
    plan = _plan(units_store, path, unit_code="1.01")
    counts = plan.counts()
    assert counts["blank"] == 1 and counts["rejected"] == 0 and counts["inserted"] == 2
    by_nik = {p.values.get("nik"): p for p in plan.rows if p.action == "insert"}
    andi, budi = by_nik[nik(1)].values, by_nik[nik(2)].values
    default = units_store.conn.execute("SELECT id FROM units WHERE code = '1.01'").fetchone()[0]
    other = units_store.conn.execute("SELECT id FROM units WHERE code = '1.02'").fetchone()[0]
    assert andi["unit_id"] == default and budi["unit_id"] == other
    for values in (andi, budi):
        assert "wage" not in values and "kpj" not in values
    assert "phone" not in andi and budi["phone"] == "0812 3456 789"


def test_dash_origin_office_is_no_office(units_store: Store, tmp_path: Path) -> None:
    rows = [["NIK", "Nama", "Unit Kerja", "Asal Kantor"], [nik(3), "Citra", "1.01", "-"]]
    path = write_xlsx(tmp_path / "office.xlsx", rows)
    source = importer.load_source(units_store, path)
    mapping = {c: f for c, f in source.mapping.items()}
    mapping[3] = "origin_office"
    plan = importer.plan_import(units_store, source, mapping=mapping)
    (row,) = plan.rows
    assert row.action == "insert" and "origin_office" not in row.values


def test_combined_birth_column_with_weekday_and_dash(units_store: Store,
                                                     tmp_path: Path) -> None:
    rows = [["NIK", "Nama", "Tempat, Tgl Lahir", "Unit Kerja"],
            [nik(4), "Dewi", "Bandung, Kamis, 15-03-1990", "1.01"],  # right weekday
            [nik(5), "Eka", "Bandung, Senin, 15-03-1990", "1.01"],  # wrong weekday
            [nik(6), "Fajar", "Pasar Minggu, 15-03-1990", "1.01"],  # a place, not a day
            [nik(7), "Gita", "Palembang, -", "1.01"],
            [nik(8), "Hadi", "Bandung / Kamis / 15-03-1990", "1.01"]]
    plan = _plan(units_store, write_xlsx(tmp_path / "born.xlsx", rows))
    dewi, eka, fajar, gita, hadi = plan.rows
    assert hadi.values["birth_place"] == "Bandung" and hadi.values["birth_date"] == "1990-03-15"
    assert dewi.values["birth_place"] == "Bandung" and dewi.values["birth_date"] == "1990-03-15"
    assert eka.action == "reject" and any(p.code == "date.weekday" for p in eka.problems)
    assert eka.values.get("birth_place") == "Bandung"
    assert fajar.values["birth_place"] == "Pasar Minggu"
    assert fajar.values["birth_date"] == "1990-03-15"
    assert gita.values["birth_place"] == "Palembang" and "birth_date" not in gita.values
    assert any(p.code == "birth_date.missing_in_combined" for p in gita.problems)
