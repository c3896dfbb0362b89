"""Roster import: header layouts, value forms, matching, accounting, batches and undo,
with real .xlsx files written by the tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import importer
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, db_counts, nik, person, write_xlsx


def _plan(store: Store, path: Path, **kw: object) -> importer.ImportPlan:
    return importer.plan_import(store, importer.load_source(store, path), **kw)  # type: ignore[arg-type]


def _import(store: Store, path: Path, **kw: object) -> dict:
    return importer.import_file(store, path, **kw)  # type: ignore[arg-type]


def _worker(store: Store, n: str) -> dict:
    row = store.conn.execute("SELECT * FROM workers WHERE nik = ?", (n,)).fetchone()
    assert row is not None, n
    return dict(row)


def _accounted(r: dict) -> None:
    assert r["rows"] == (r["inserted"] + r["updated"] + r["unchanged"] + r["rejected"]
                         + r["blank"])


# --- header layouts ------------------------------------------------------------------------


def test_plain_header_row_and_values(units_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, person(1), person(2, sex="P", name="Ani",
                                                                        nik=nik(2, "P"))])
    r = _import(units_store, path, unit_code="1.01")
    assert (r["rows"], r["inserted"], r["rejected"]) == (2, 2, 0)
    w = _worker(units_store, nik(1))
    assert (w["name"], w["birth_place"], w["birth_date"], w["sex"], w["wage"]) == (
        "Pegawai 1", "Bandung", "1990-03-15", "L", 2_500_000)
    assert w["programs"] == "jkk,jkm"  # the unit's default programs
    assert w["import_batch_id"] == r["batch_id"]


def test_header_under_title_rows_and_merged_cells(units_store: Store, tmp_path: Path) -> None:
    rows = [["DAFTAR TENAGA HONORER"], ["DINAS PENDIDIKAN TAHUN 2025"], [],
            HEADER, list(range(1, 11)), person(1), person(2)]
    path = write_xlsx(tmp_path / "t.xlsx", rows, merged=["A1:J1", "A2:J2"])
    source = importer.load_source(units_store, path)
    assert source.header.header_row == 3
    assert source.header.numbering_row == 4  # "1 2 3 … 10" under the header is skipped
    r = _import(units_store, path, unit_code="1.01")
    assert (r["rows"], r["inserted"]) == (2, 2)


def test_two_line_header_with_merged_group(units_store: Store, tmp_path: Path) -> None:
    rows = [["No", "NIK", "Nama", "Kelahiran", None, "JK", "Unit Kerja"],
            [None, None, None, "Tempat", "Tanggal", None, None],
            [1, nik(1), "Budi", "Palembang", "12 Mei 1990", "Laki-laki", "1.01"]]
    path = write_xlsx(tmp_path / "two.xlsx", rows, merged=["D1:E1", "A1:A2", "B1:B2"])
    source = importer.load_source(units_store, path)
    assert source.mapping[3] == "birth_place" and source.mapping[4] == "birth_date"
    r = _import(units_store, path)
    assert r["inserted"] == 1, r
    w = _worker(units_store, nik(1))
    assert (w["birth_place"], w["birth_date"], w["sex"], w["unit_id"]) == (
        "Palembang", "1990-05-12", "L", 1)


@pytest.mark.parametrize("headers", [
    ["No. KTP", "Nama Lengkap", "Tempat, Tgl Lahir", "L/P", "Unit Kerja / OPD", "Honor"],
    ["Nomor Induk Kependudukan", "Nama", "Tempat, Tanggal Lahir", "Jenis Kelamin", "OPD",
     "Honorarium"],
    ["NIK", "NAMA PEGAWAI", "TTL", "JK", "SKPD", "Upah (Rp)"],
])
def test_synonyms_and_combined_birth_column(units_store: Store, tmp_path: Path,
                                            headers: list[str]) -> None:
    rows = [headers,
            [nik(1), "Budi", "Palembang, 15-03-1990", "L", "1.01", "Rp1.500.000"],
            [nik(2, "P"), "Ani", "Bandung, 15 Maret 1990", "Perempuan", "Dinas Pendidikan",
             "1,5 jt"],
            [nik(3), "Cecep", "Kota Bogor / 15/03/1990", "Laki-laki", "dinas pendidikan",
             1_750_000]]
    path = write_xlsx(tmp_path / "s.xlsx", rows)
    source = importer.load_source(units_store, path)
    assert set(source.mapping.values()) == {"nik", "name", "birth_place_date", "sex", "unit",
                                           "wage"}
    r = _import(units_store, path)
    assert r["inserted"] == 3, r["problems"]
    assert _worker(units_store, nik(2, "P"))["wage"] == 1_500_000
    assert _worker(units_store, nik(2, "P"))["sex"] == "P"
    third = _worker(units_store, nik(3))
    assert (third["birth_place"], third["birth_date"], third["wage"]) == (
        "Kota Bogor", "1990-03-15", 1_750_000)


def test_value_forms_dates_money_phone_kpj(units_store: Store, tmp_path: Path) -> None:
    rows = [["NIK", "Nama", "Tgl Lahir", "Gaji", "No HP", "KPJ", "TMT"],
            [nik(1), "A", dt.datetime(1990, 3, 15), 1500000.0, "0812-3456-789", "12345678901",
             "01/02/2020"],
            [nik(2), "B", 32947, "Rp 2.000.000,-", "+62 812 345 678", "123.456.789.01",
             "1 Februari 2020"],
            [nik(3), "C", "15.03.1990", "750 rb", "081234", None, "2020-02-01"]]
    path = write_xlsx(tmp_path / "v.xlsx", rows)
    r = _import(units_store, path, unit_code="1.01")
    assert r["inserted"] == 3, r["problems"]
    a, b, c = (_worker(units_store, nik(i)) for i in (1, 2, 3))
    assert a["birth_date"] == b["birth_date"] == c["birth_date"] == "1990-03-15"
    assert (a["wage"], b["wage"], c["wage"]) == (1_500_000, 2_000_000, 750_000)
    assert a["start_date"] == b["start_date"] == c["start_date"] == "2020-02-01"
    assert b["kpj"] == "12345678901"
    assert c["phone"] == "081234"


def test_nik_typed_as_number_is_flagged_never_accepted(units_store: Store,
                                                        tmp_path: Path) -> None:
    # 3273011503900001 as a number: Excel keeps 15 digits → …000; even an exact int is refused.
    rows = [["NIK", "Nama"], [3273011503900001, "Angka"], [3.27301150390000e15, "Ilmiah"],
            ["3,27301E+15", "Teks ilmiah"], [nik(9), "Teks"]]
    path = write_xlsx(tmp_path / "n.xlsx", rows)
    plan = _plan(units_store, path, unit_code="1.01")
    by_row = {p.row_no: p for p in plan.rows}
    for r in (2, 3, 4):
        assert by_row[r].action == "reject"
        assert "Excel" in by_row[r].reasons()
    assert by_row[5].action == "insert"


def test_nik_with_separators_and_sex_words(units_store: Store, tmp_path: Path) -> None:
    n = nik(1)
    spaced = f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"
    rows = [["NIK", "Nama", "JK"], [spaced, "Spasi", "laki-laki"],
            [f"'{nik(2, 'P')}", "Kutip", "P"]]
    r = _import(units_store, write_xlsx(tmp_path / "sep.xlsx", rows), unit_code="1.01")
    assert r["inserted"] == 2, r["problems"]
    assert _worker(units_store, n)["sex"] == "L"


# --- matching, accounting ------------------------------------------------------------------


def test_accounting_blank_rejected_duplicates(units_store: Store, tmp_path: Path) -> None:
    rows = [HEADER, person(1), [None] * 10, [11, None, None, None, None, None, None, None,
                                              None, None],
            person(2), person(3, nik="123"), person(1, name="Ganda")]
    r = _import(units_store, write_xlsx(tmp_path / "acc.xlsx", rows), unit_code="1.01",
                report=tmp_path / "rej.xlsx")
    _accounted(r)
    assert (r["rows"], r["inserted"], r["rejected"], r["blank"]) == (6, 2, 2, 2)
    reasons = {p["row"]: p["reasons"] for p in r["problems"]}
    assert "16 digit" in reasons[6]
    assert "baris 2" in reasons[7]  # the NIK of row 2, twice in the file
    wb = load_workbook(tmp_path / "rej.xlsx")
    sheet = wb["Ditolak"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[1]
    assert header[0] == "Baris" and header[-1] == "Alasan Penolakan"
    assert [v[0] for v in values[2:]] == [6, 7]
    assert sheet.freeze_panes == "A3"


def test_update_with_field_diff_and_unchanged(units_store: Store, tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1), person(2)])
    _import(units_store, first, unit_code="1.01")
    second = write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1, wage=3_000_000, job="Guru"),
                                              person(2), person(3)])
    plan = _plan(units_store, second, unit_code="1.01")
    rows = {p.row_no: p for p in plan.rows}
    assert rows[2].action == "update"
    assert rows[2].diff == {"job_title": ("Staf", "Guru"), "wage": (2_500_000, 3_000_000)}
    assert rows[3].action == "unchanged" and rows[4].action == "insert"
    result = importer.commit_import(units_store, plan)
    assert result.counts["updated"] == 1 and result.counts["inserted"] == 1
    assert _worker(units_store, nik(1))["wage"] == 3_000_000
    audit = units_store.conn.execute(
        "SELECT old, new FROM audit_log WHERE action = 'update' AND entity = 'worker'").fetchone()
    assert json.loads(audit["old"])["wage"] == 2_500_000


def test_empty_cell_never_erases_stored_value(units_store: Store, tmp_path: Path) -> None:
    _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)]), unit_code="1.01")
    r = _import(units_store, write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1, mother=None)]),
                unit_code="1.01")
    assert r["unchanged"] == 1
    assert _worker(units_store, nik(1))["mother_name"] == "Siti"


def test_duplicate_across_units_is_rejected(units_store: Store, tmp_path: Path) -> None:
    _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)]), unit_code="1.01")
    r = _import(units_store, write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1)]),
                unit_code="1.02")
    assert r["rejected"] == 1
    assert "Dinas Pendidikan" in r["problems"][0]["reasons"]
    assert _worker(units_store, nik(1))["unit_id"] == 1


def test_unknown_unit_and_missing_unit(units_store: Store, tmp_path: Path) -> None:
    rows = [["NIK", "Nama", "Unit Kerja"], [nik(1), "A", "9.99"], [nik(2), "B", "1.02.01"],
            [nik(3), "C", None]]
    path = write_xlsx(tmp_path / "u.xlsx", rows)
    plan = _plan(units_store, path)
    actions = [p.action for p in plan.rows]
    assert actions == ["reject", "insert", "reject"]
    assert "tidak dikenal" in plan.rows[0].reasons()
    assert "Unit kerja wajib" in plan.rows[2].reasons()
    plan = _plan(units_store, path, unit_code="1.01")  # default unit for the empty cell
    assert [p.action for p in plan.rows] == ["reject", "insert", "insert"]
    with pytest.raises(UserError, match="kolom Unit Kerja"):
        _plan(units_store, write_xlsx(tmp_path / "nou.xlsx", [["NIK", "Nama"], [nik(1), "A"]]))
    with pytest.raises(UserError, match=r"9\.99"):
        _plan(units_store, path, unit_code="9.99")


def test_dry_run_writes_nothing(units_store: Store, tmp_path: Path) -> None:
    before = db_counts(units_store)
    r = _import(units_store, write_xlsx(tmp_path / "d.xlsx", [HEADER, person(1)]),
                unit_code="1.01", dry_run=True)
    assert r["inserted"] == 1 and r["batch_id"] is None
    assert db_counts(units_store) == before


def test_remembered_mapping_for_same_file_shape(units_store: Store, tmp_path: Path) -> None:
    rows = [["Nomor", "Identitas", "Nama Lengkap", "Penghasilan Bulanan"],
            [1, nik(1), "A", 2_000_000]]
    path = write_xlsx(tmp_path / "m.xlsx", rows)
    source = importer.load_source(units_store, path)
    assert source.mapping_source == "tebakan" and 1 not in source.mapping
    corrected = {**source.mapping, 1: "nik", 3: "wage"}
    plan = importer.plan_import(units_store, source, mapping=corrected, unit_code="1.01")
    importer.commit_import(units_store, plan)
    again = importer.load_source(units_store, write_xlsx(tmp_path / "m2.xlsx", rows))
    assert again.mapping_source == "tersimpan"
    assert again.mapping[1] == "nik" and again.mapping[3] == "wage"


def test_bad_mapping_is_refused(units_store: Store, tmp_path: Path) -> None:
    source = importer.load_source(units_store, write_xlsx(tmp_path / "b.xlsx", [HEADER,
                                                                                person(1)]))
    with pytest.raises(UserError, match="dua kolom"):
        importer.plan_import(units_store, source, mapping={1: "nik", 2: "name", 3: "name"},
                             unit_code="1.01")


def test_cross_field_warnings_use_stored_values(units_store: Store, tmp_path: Path) -> None:
    _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)]), unit_code="1.01")
    # A file without the mother column: the stored mother's name counts, no warning.
    plan = _plan(units_store, write_xlsx(tmp_path / "2.xlsx", [["NIK", "Nama Lengkap"],
                                                              [nik(1), "Pegawai 1"]]),
                 unit_code="1.01")
    assert plan.rows[0].action == "unchanged" and not plan.rows[0].problems


def test_nik_birth_date_mismatch_is_a_warning(units_store: Store, tmp_path: Path) -> None:
    plan = _plan(units_store, write_xlsx(tmp_path / "w.xlsx",
                                         [HEADER, person(1, birth="16-03-1990")]),
                 unit_code="1.01")
    assert plan.rows[0].action == "insert"
    assert any(p.code == "nik.birthdate_mismatch" for p in plan.rows[0].problems)
    assert plan.counts()["warnings"] == 1


# --- batches and undo --------------------------------------------------------------------


def test_commit_is_one_batch_with_backup_and_audit(units_store: Store, tmp_path: Path) -> None:
    r = _import(units_store, write_xlsx(tmp_path / "b.xlsx", [HEADER, person(1), person(2)]),
                unit_code="1.01")
    batch = units_store.conn.execute("SELECT * FROM import_batches WHERE id = ?",
                                     (r["batch_id"],)).fetchone()
    assert (batch["rows"], batch["inserted"], batch["kind"]) == (2, 2, "roster")
    assert batch["committed_at"] and batch["file_sha256"]
    assert r["backup"] and Path(r["backup"]).is_file()
    assert units_store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'"
                                    ).fetchone()[0] == 1


def test_undo_restores_exactly(units_store: Store, tmp_path: Path) -> None:
    _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1), person(2)]),
            unit_code="1.01")
    before = {r["nik"]: dict(r) for r in units_store.conn.execute("SELECT * FROM workers")}
    programs_before = units_store.conn.execute(
        "SELECT worker_id, program FROM worker_programs ORDER BY 1, 2").fetchall()
    rows = [[*HEADER, "Program"], [*person(1, wage=4000000), "jkk,jkm,jht"],
            [*person(3), None]]
    r = _import(units_store, write_xlsx(tmp_path / "2.xlsx", rows), unit_code="1.01")
    assert (r["updated"], r["inserted"]) == (1, 1)
    done = importer.undo_batch(units_store, r["batch_id"])
    assert done == {"batch_id": r["batch_id"], "removed": 1, "restored": 1,
                    "backup": done["backup"]}
    after = {r["nik"]: dict(r) for r in units_store.conn.execute("SELECT * FROM workers")}
    assert set(after) == set(before)
    for k, row in before.items():
        diff = {f for f in row if row[f] != after[k][f]} - {"updated_at", "version"}
        assert not diff, (k, diff)
    assert units_store.conn.execute(
        "SELECT worker_id, program FROM worker_programs ORDER BY 1, 2").fetchall() == \
        programs_before
    with pytest.raises(UserError, match="sudah dibatalkan"):
        importer.undo_batch(units_store, r["batch_id"])


def test_undo_refused_when_worker_changed_since(units_store: Store, tmp_path: Path) -> None:
    r = _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1), person(2)]),
                unit_code="1.01")
    w = _worker(units_store, nik(2))
    values = {k: w[k] for k in ("nik", "name", "unit_id", "mother_name", "wage", "birth_date",
                                "sex")}
    ws.save_worker(units_store, {**values, "name": "Diubah Tangan", "programs": {"jkk", "jkm"}},
                   worker_id=w["id"], version=w["version"])
    before = db_counts(units_store)
    with pytest.raises(UserError, match="Diubah Tangan"):
        importer.undo_batch(units_store, r["batch_id"])
    assert db_counts(units_store) == before


def test_commit_refused_when_worker_changed_after_plan(units_store: Store,
                                                       tmp_path: Path) -> None:
    _import(units_store, write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)]), unit_code="1.01")
    plan = _plan(units_store, write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1, wage=9),
                                                               person(5)]), unit_code="1.01")
    units_store.conn.execute("UPDATE workers SET version = version + 1")
    before = db_counts(units_store)
    with pytest.raises(UserError, match="berubah sejak pratinjau"):
        importer.commit_import(units_store, plan, backup=False)
    assert db_counts(units_store) == before


def test_cancel_during_commit_rolls_back(units_store: Store, tmp_path: Path) -> None:
    from jamsos_desktop.errors import Cancelled

    plan = _plan(units_store, write_xlsx(tmp_path / "c.xlsx",
                                         [HEADER, *(person(i) for i in range(1, 30))]),
                 unit_code="1.01")
    before = db_counts(units_store)
    calls = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append(done)
        if text.startswith("Menyelesaikan"):
            raise Cancelled()

    with pytest.raises(Cancelled):
        importer.commit_import(units_store, plan, progress=progress, backup=False)
    assert db_counts(units_store) == before


def test_bulk_path_for_large_import(units_store: Store, tmp_path: Path) -> None:
    n = importer.BULK_THRESHOLD + 5
    rows = [HEADER, *(person(i) for i in range(1, n + 1))]
    r = _import(units_store, write_xlsx(tmp_path / "big.xlsx", rows), unit_code="1.01")
    assert r["inserted"] == n
    hits = units_store.conn.execute(
        "SELECT count(*) FROM workers_fts WHERE workers_fts MATCH '\"Pegawai 20001\"'"
    ).fetchone()[0]
    assert hits == 1  # the search index was rebuilt
    assert units_store.conn.execute("SELECT count(*) FROM workers WHERE programs = ''"
                                    ).fetchone()[0] == 0
    done = importer.undo_batch(units_store, r["batch_id"])
    assert done["removed"] == n
    assert db_counts(units_store)["workers"] == 0


@pytest.mark.parametrize("extra", [0, importer.BULK_THRESHOLD])
def test_new_workers_get_column_defaults(units_store: Store, tmp_path: Path,
                                         extra: int) -> None:
    """The INSERT binds only the fields some new worker has: a column no row fills gets its
    DEFAULT, and a row leaving a defaulted column empty gets the default while its
    neighbour keeps its own value — for a handful of rows and for the bulk path."""
    header = [*HEADER, "Kategori", "Status Kepesertaan"]
    rows = [header, [*person(1), "THL", "Terdaftar"], [*person(2), None, None],
            *([*person(i), None, None] for i in range(3, 3 + extra))]
    r = _import(units_store, write_xlsx(tmp_path / "d.xlsx", rows), unit_code="1.01")
    assert r["inserted"] == 2 + extra
    first, second = _worker(units_store, nik(1)), _worker(units_store, nik(2))
    assert (first["category"], first["status"]) == ("thl", "terdaftar")
    assert (second["category"], second["status"]) == ("honorer", "belum")
    for w in (first, second):
        assert (w["nik_valid"], w["funding_source"], w["participant_type"], w["kpj"],
                w["notes"], w["version"]) == (1, "APBD", "PU", None, None, 1)
