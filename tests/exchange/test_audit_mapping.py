"""Audit of issue #5, roster import through `jamsos-desktop --db X impor …`: every header
synonym the issue names (and the shortened forms clerks type), one messy file holding them
all under title rows and merged cells, and the date and money forms."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.cli import main
from jamsos_desktop.exchange.mapping import field_for_header
from jamsos_desktop.store import Store
from tests.exchange.conftest import nik, write_xlsx

SUMMARY_KEYS = ("rows", "inserted", "updated", "unchanged", "rejected", "blank", "warnings")


def cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any],
                                                                        str]:
    """Run the command with --json: (exit code, parsed summary, stderr)."""
    code = main(["--db", str(db), *args, "--json"])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else {}), captured.err


def accounted(r: dict[str, Any]) -> None:
    assert set(SUMMARY_KEYS) <= set(r)
    assert r["rows"] == sum(r[k] for k in SUMMARY_KEYS[1:6])


def worker(store: Store, n: str) -> dict[str, Any]:
    row = store.conn.execute("SELECT * FROM workers WHERE nik = ?", (n,)).fetchone()
    assert row is not None, n
    return dict(row)


# --- every header the issue names ------------------------------------------------------------


@pytest.mark.parametrize("header, field", [
    ("NIK", "nik"), ("No. KTP", "nik"), ("Nomor Induk Kependudukan", "nik"),
    ("N I K", "nik"), ("NIK (16 digit)", "nik"),
    ("Nama", "name"), ("Nama Lengkap", "name"), ("NAMA LENGKAP (sesuai KTP)", "name"),
    ("Tempat Lahir", "birth_place"), ("Tgl Lahir", "birth_date"), ("Tgl. Lahir", "birth_date"),
    ("Tanggal Lahir", "birth_date"),
    ("Tempat, Tgl Lahir", "birth_place_date"), ("Tempat/Tgl. Lahir", "birth_place_date"),
    ("Tempat, Tanggal Lahir", "birth_place_date"), ("TTL", "birth_place_date"),
    ("Tmpt/Tgl Lahir", "birth_place_date"), ("Tpt, Tgl Lahir", "birth_place_date"),
    ("Tmp. Tgl. Lahir", "birth_place_date"), ("Tempat & Tanggal Lahir", "birth_place_date"),
    ("JK", "sex"), ("L/P", "sex"), ("Jenis Kelamin", "sex"), ("Jenis Kelamin (L/P)", "sex"),
    ("Jabatan", "job_title"), ("Unit Kerja", "unit"), ("OPD", "unit"),
    ("Unit Kerja / OPD", "unit"),
    ("Gaji", "wage"), ("Honor", "wage"), ("Upah", "wage"), ("Honorarium", "wage"),
    ("Honor/Bulan (Rp)", "wage"),
    ("Nama Ibu Kandung", "mother_name"), ("Alamat", "address"), ("No HP", "phone"),
    ("No. HP/WA", "phone"),
    ("KPJ", "kpj"), ("No. KPJ", "kpj"), ("No. Kartu BPJS", "kpj"),
    ("Nomor Kartu Peserta BPJS Ketenagakerjaan", "kpj"), ("No. Peserta BPJS", "kpj"),
    ("Status Peserta BPJS", "status"),
    # ... and what must not be taken for them
    ("No. Kartu Keluarga", None), ("Nama Peserta BPJS", "name"), ("NIK Peserta", "nik"),
    ("Tempat Tugas", None),
])
def test_issue_header_synonyms(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize("header", [
    "No. Kartu BPJS Kesehatan", "Nomor Kartu BPJS Kesehatan", "No. Peserta BPJS Kesehatan",
    "Kartu Peserta BPJS Kesehatan", "No. Peserta JKN-KIS", "No. Kartu JKN", "No. Kartu KIS",
    "Status BPJS Kesehatan", "Status Peserta JKN", "No. Peserta Taspen", "No. Peserta ASABRI",
    "No. Kartu Askes", "Tanggal Kepesertaan BPJS Kesehatan",
])
def test_health_and_other_scheme_columns_are_not_bpjs_ketenagakerjaan(header: str) -> None:
    """Rosters often list the BPJS Kesehatan (JKN-KIS) card beside the BPJS
    Ketenagakerjaan one; its number is not a KPJ and its status not the enrolment status
    (the health card's 13 digits were stored as the KPJ without a word)."""
    assert field_for_header(header) is None


def test_health_card_column_before_the_kpj_column_leaves_the_kpj_to_its_own(
        ) -> None:
    from jamsos_desktop.exchange.mapping import guess_mapping

    labels = ["NIK", "Nama", "No. Kartu BPJS Kesehatan", "No. Kartu BPJS Ketenagakerjaan"]
    assert guess_mapping(labels) == {0: "nik", 1: "name", 3: "kpj"}


def test_every_synonym_of_the_issue_in_one_messy_file(units_store: Store, db_file: Path,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    """Title rows merged across the page, the header on row 4, a numbering row, every field
    of the issue under one of its Indonesian names, values in the forms clerks type."""
    header = ["No", "No. KTP", "Nama Lengkap", "Tmpt/Tgl Lahir", "JK", "Jabatan",
              "Unit Kerja / OPD", "Honorarium", "Nama Ibu Kandung", "Alamat", "No HP",
              "No. KPJ"]
    rows = [["DAFTAR TENAGA HONORER"], ["DINAS PENDIDIKAN TAHUN 2025"], [], header,
            list(range(1, 13)),
            [1, nik(1), "Budi", "Palembang, 15-03-1990", "Laki-laki", "Guru", "1.01",
             "Rp1.234.567", "Siti", "Jl. Mawar 1", "081234567890", "12345678901"],
            [2, nik(2, "P"), "Ani", "Bandung, 15 Maret 1990", "Perempuan", "Staf",
             "Dinas Pendidikan", 2_500_000, "Aminah", "Jl. Melati", "0812-1111-2222", None],
            [3, nik(3), "Cecep", "Kota Bogor / 15/03/1990", "L", "Staf", "1.01", "1,5 jt",
             "Ibu", "Jl. Kenanga", "+62 812 3333 4444", None]]
    path = write_xlsx(tmp_path / "opd.xlsx", rows, merged=["A1:L1", "A2:L2"])
    code, r, err = cli(db_file, "impor", str(path), capsys=capsys)
    assert code == 0, err
    accounted(r)
    assert (r["rows"], r["inserted"], r["rejected"], r["header_row"]) == (3, 3, 0, 4), r
    assert set(r["mapping"].values()) == {"nik", "name", "birth_place_date", "sex",
                                          "job_title", "unit", "wage", "mother_name",
                                          "address", "phone", "kpj"}
    budi, ani, cecep = (worker(units_store, n) for n in (nik(1), nik(2, "P"), nik(3)))
    assert (budi["birth_place"], budi["birth_date"], budi["sex"], budi["wage"],
            budi["kpj"], budi["phone"]) == ("Palembang", "1990-03-15", "L", 1_234_567,
                                            "12345678901", "081234567890")
    assert (ani["sex"], ani["wage"], ani["unit_id"]) == ("P", 2_500_000, 1)
    assert (cecep["birth_place"], cecep["wage"]) == ("Kota Bogor", 1_500_000)


@pytest.mark.parametrize("text", ["15-03-1990", "15/03/1990", "15.03.1990", "15-3-1990",
                                  "15 Maret 1990", "15 MARET 1990", "15 Mar 1990",
                                  "15-Mar-90", "1990-03-15", "32947", 32947, 32947.0,
                                  dt.datetime(1990, 3, 15), dt.date(1990, 3, 15)])
def test_birth_date_forms(units_store: Store, db_file: Path, tmp_path: Path, text: Any,
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["NIK", "Nama", "Tanggal Lahir"],
                                           [nik(1), "Budi", text]])
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"]) == (0, 1), r
    assert worker(units_store, nik(1))["birth_date"] == "1990-03-15"


@pytest.mark.parametrize("text, expected", [
    ("Rp1.234.567", 1_234_567), ("Rp 1.234.567,-", 1_234_567), ("Rp. 1.234.567,00", 1_234_567),
    ("1.234.567", 1_234_567), (1_234_567, 1_234_567), (1_234_567.0, 1_234_567),
    ("2,5 jt", 2_500_000), ("750 rb", 750_000)])
def test_money_forms(units_store: Store, db_file: Path, tmp_path: Path, text: Any,
                     expected: int, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["NIK", "Nama", "Gaji"], [nik(1), "Budi", text]])
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"]) == (0, 1), r
    assert worker(units_store, nik(1))["wage"] == expected


def test_money_with_cents_is_rejected_with_a_reason(units_store: Store, db_file: Path,
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["NIK", "Nama", "Gaji"],
                                           [nik(1), "Budi", "Rp1.234.567,50"]])
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", capsys=capsys)
    assert (code, r["rejected"]) == (0, 1)
    assert "sen" in r["problems"][0]["reasons"]
