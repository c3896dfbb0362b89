"""Audit of issue #5: numbers where text belongs. A NIK typed as a number is refused (the
Excel 15-digit trap); a KPJ or a phone number typed as a number fits in 15 digits and is
taken as its digits, the phone's dropped leading 0 put back and said — in the roster import
and in the BPJS participant list of a reconciliation (whose KPJ column is usually numbers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jamsos_desktop.exchange.rows import number_as_digits
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person, write_xlsx
from tests.exchange.test_audit_mapping import cli, worker


def _seed(store: Store, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "seed.xlsx", [HEADER, *(person(i) for i in range(1, 6))])
    assert cli(db, "impor", str(path), "--unit", "1.01", capsys=capsys)[0] == 0
    # 4 and 5 were proposed to BPJS; only 4 comes back on its list.
    store.conn.execute("UPDATE workers SET status = 'diusulkan' WHERE nik IN (?, ?)",
                       (nik(4), nik(5)))


def _bpjs_list(tmp_path: Path) -> Path:
    """As exported from BPJS's system: title lines, numbers where numbers fit."""
    rows = [["DAFTAR TENAGA KERJA"], ["NPP : NPP101"], [],
            ["No", "No. KPJ", "NIK", "Nama Tenaga Kerja", "Tgl Kepesertaan", "Status"],
            [1, 21_000_000_001.0, nik(1), "PEGAWAI 1", dt.datetime(2025, 2, 1), "AKTIF"],
            [2, 21_000_000_002.0, nik(2), "PEGAWAI 2", "01-02-2025", "NON AKTIF"],
            [3, 21_000_000_004, nik(4), "PEGAWAI 4", "01-02-2025", "Aktif"],
            [4, 21_000_000_099.0, nik(99), "ORANG LAIN", "01-02-2025", "AKTIF"],
            [5, 21_000_000_005.0, int(nik(5)), "NIK ANGKA", "01-02-2025", "AKTIF"]]
    return write_xlsx(tmp_path / "peserta-bpjs.xlsx", rows)



def test_nik_as_number_is_rejected_even_when_exact(units_store: Store, db_file: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", [["NIK", "Nama"], [int(nik(1)), "Tepat"],
                                           [3.27301150390000e15, "Terpotong"]])
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["rejected"], r["inserted"]) == (0, 2, 0)
    assert all("15 digit" in p["reasons"] for p in r["problems"])


def test_kpj_and_phone_typed_as_numbers(units_store: Store, db_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Excel keeps an 11-digit KPJ exactly as a number, but drops a phone number's leading 0:
    the KPJ is taken as its digits, the phone gets its 0 back, and both are said."""
    rows = [["NIK", "Nama", "KPJ", "No HP"],
            [nik(1), "Budi", 12_345_678_901.0, 81_234_567_890.0],
            [nik(2), "Ani", 23_456_789_012, 6_281_234_567_890.0]]
    path = write_xlsx(tmp_path / "k.xlsx", rows)
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"], r["rejected"]) == (0, 2, 0), r["problems"]
    budi, ani = worker(units_store, nik(1)), worker(units_store, nik(2))
    assert (budi["kpj"], budi["phone"]) == ("12345678901", "081234567890")
    assert (ani["kpj"], ani["phone"]) == ("23456789012", "6281234567890")
    reasons = {p["row"]: p["reasons"] for p in r["problems"]}
    assert "0 di depan" in reasons[2]


def test_short_kpj_number_is_flagged(units_store: Store, db_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "k.xlsx", [["NIK", "Nama", "KPJ"], [nik(1), "Budi", 1234567.0]])
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"]) == (0, 1)
    assert "KPJ" in r["problems"][0]["reasons"] and r["warnings"] == 1


def test_kpj_as_a_number_in_the_bpjs_list(units_store: Store, db_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _seed(units_store, db_file, tmp_path, capsys)
    report = tmp_path / "laporan.xlsx"
    code, r, err = cli(db_file, "rekonsiliasi", str(_bpjs_list(tmp_path)), "--report",
                       str(report), capsys=capsys)
    assert code == 0, err
    assert {k: r[k] for k in ("rows", "matched", "updated", "inactive_at_bpjs",
                              "unmatched_bpjs", "unmatched_local", "invalid")} == {
        "rows": 5, "matched": 3, "updated": 2, "inactive_at_bpjs": 1, "unmatched_bpjs": 1,
        "unmatched_local": 1, "invalid": 1}
    for n, kpj in ((nik(1), "21000000001"), (nik(4), "21000000004")):
        w = units_store.conn.execute("SELECT status, kpj, registered_at FROM workers "
                                     "WHERE nik = ?", (n,)).fetchone()
        assert tuple(w) == ("terdaftar", kpj, "2025-02-01")
    # both sides' unmatched records, in the summary and in the report
    assert [x["nik"] for x in r["unmatched_bpjs_rows"]] == [nik(99)]
    assert r["unmatched_bpjs_rows"][0]["kpj"] == "21000000099"
    assert [x["nik"] for x in r["unmatched_local_workers"]] == [nik(5)]
    assert "15 digit" in r["invalid_rows"][0]["reasons"]  # the NIK typed as a number
    wb = load_workbook(report)
    assert wb["Hanya di BPJS"].cell(2, 2).value == nik(99)
    assert wb["Hanya di BPJS"].cell(2, 4).value == "21000000099"
    assert wb["Hanya di Jamsos"].cell(2, 1).value == nik(5)
    assert wb["Diperbarui"].max_row == 3 and wb["Nonaktif di BPJS"].max_row == 2
    # one batch, undone like any import
    importer.undo_batch(units_store, r["batch_id"])
    assert units_store.conn.execute("SELECT count(*) FROM workers WHERE status = 'terdaftar'"
                                    ).fetchone()[0] == 0


def test_short_kpj_number_is_flagged_in_the_report(units_store: Store, db_file: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _seed(units_store, db_file, tmp_path, capsys)
    path = write_xlsx(tmp_path / "b.xlsx", [["NIK", "KPJ", "Status"],
                                            [nik(1), 123_456.0, "Aktif"]])
    code, r, _ = cli(db_file, "rekonsiliasi", str(path), "--dry-run", "--report",
                     str(tmp_path / "l.xlsx"), capsys=capsys)
    assert (code, r["updated"]) == (0, 1)
    note = load_workbook(tmp_path / "l.xlsx")["Diperbarui"].cell(2, 9).value
    assert "123456" in note and "0 di depan" in note



@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(-10**16, 10**16), st.floats(allow_nan=True, allow_infinity=True),
                 st.booleans(), st.text(max_size=20), st.none()))
def test_number_as_digits_never_changes_the_number(value: object) -> None:
    """Whatever the cell, the digits taken stand for the same number (a phone's restored
    leading 0 adds nothing), and anything else is left to the domain rules."""
    for field in ("kpj", "phone"):
        out = number_as_digits(field, value)
        if out is None:
            continue
        text, problems = out
        assert type(value) in (int, float) and text.isdigit()
        assert int(text) == value
        assert all(p.severity == "warning" and p.field == field for p in problems)
        assert (text.startswith("0")) == any(p.code == "phone.numeric" for p in problems)
