"""Audit of issue #5, consolidation: a roster exported by another copy of the program (an OPD
keeping its own copy, set up from the same list of unit codes) imported with `impor
--konsolidasi`, each record keeping the office it came from — named in the export's Info
sheet, or given with --asal — also through a second round (a consolidated roster exported
again keeps the first office), and undone as one batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.services import importer
from jamsos_desktop.store import Store, now_iso, open_store
from jamsos_desktop.store import units as uq
from tests.exchange.conftest import HEADER, nik, person, write_xlsx
from tests.exchange.test_audit_mapping import cli


def _other_copy(tmp_path: Path, office: str, people: list[list[object]],
                capsys: pytest.CaptureFixture[str]) -> Path:
    """Another office's database with the same unit codes; its roster exported."""
    db = tmp_path / f"{office}.db"
    other = open_store(db)
    with other.tx():
        uq.insert_unit(other.conn, {"code": "1.01", "name": "Dinas Pendidikan"}, now_iso())
        other.conn.execute("INSERT INTO pemda (id, level, name, office_name, updated_at) "
                           "VALUES (1, 'kabupaten', 'Banyuasin', ?, 'x')", (office,))
    other.close()
    assert cli(db, "impor", str(write_xlsx(tmp_path / f"{office}-in.xlsx", [HEADER, *people])),
               "--unit", "1.01", capsys=capsys)[0] == 0
    out = tmp_path / f"{office}.xlsx"
    assert cli(db, "ekspor", "roster", str(out), capsys=capsys)[0] == 0
    return out


def test_consolidation_keeps_the_origin_office(units_store: Store, db_file: Path,
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    a = _other_copy(tmp_path, "SMPN 1", [person(1), person(2)], capsys)
    b = _other_copy(tmp_path, "SMPN 2", [person(3)], capsys)
    code, r, err = cli(db_file, "impor", str(a), "--konsolidasi", capsys=capsys)
    assert code == 0, err
    assert (r["rows"], r["inserted"], r["rejected"]) == (2, 2, 0), r["problems"]
    code, r2, _ = cli(db_file, "impor", str(b), "--konsolidasi", "--asal", "SMP Negeri 2",
                      capsys=capsys)
    assert (code, r2["inserted"]) == (0, 1)
    origin = dict(units_store.conn.execute("SELECT nik, origin_office FROM workers"))
    assert origin == {nik(1): "SMPN 1, Kabupaten Banyuasin",
                      nik(2): "SMPN 1, Kabupaten Banyuasin", nik(3): "SMP Negeri 2"}
    batch = units_store.conn.execute("SELECT kind, origin_office FROM import_batches WHERE "
                                     "id = ?", (r["batch_id"],)).fetchone()
    assert tuple(batch) == ("konsolidasi", "SMPN 1, Kabupaten Banyuasin")
    # the consolidated roster, exported again and consolidated one level up, keeps its origin
    up = tmp_path / "kabupaten.xlsx"
    assert cli(db_file, "ekspor", "roster", str(up), capsys=capsys)[0] == 0
    province = tmp_path / "provinsi.db"
    store = open_store(province)
    with store.tx():
        uq.insert_unit(store.conn, {"code": "1.01", "name": "Dinas Pendidikan"}, now_iso())
    store.close()
    code, r3, _ = cli(province, "impor", str(up), "--konsolidasi", capsys=capsys)
    assert (code, r3["inserted"]) == (0, 3)
    again = open_store(province)
    try:
        assert dict(again.conn.execute("SELECT nik, origin_office FROM workers")) == origin
    finally:
        again.close()
    # one batch, undone as a whole
    importer.undo_batch(units_store, r["batch_id"])
    assert [row[0] for row in units_store.conn.execute("SELECT nik FROM workers")] == [nik(3)]
