"""Audit of issue #5, roster import, through the real entry point (`jamsos-desktop --db X
impor …`): every header synonym the issue names, value forms, numbers where text belongs,
the JSON summary, the rejected-rows report, remembered mappings and sheet choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.cli import main
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person, write_xlsx
from tests.exchange.test_audit_mapping import SUMMARY_KEYS, accounted, cli, worker

# --- numbers where text belongs --------------------------------------------------------------





# --- matching, accounting, the report ---------------------------------------------------------


def test_json_summary_accounts_for_every_row_and_shows_the_diff(units_store: Store,
                                                               db_file: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    first = write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1), person(2)])
    assert cli(db_file, "impor", str(first), "--unit", "1.01", capsys=capsys)[0] == 0
    rows = [HEADER, person(1, wage=3_000_000, job="Guru"), person(2), person(3), [None] * 10,
            person(4, nik="123"), person(3, name="Ganda")]
    second = write_xlsx(tmp_path / "2.xlsx", rows)
    code, r, _ = cli(db_file, "impor", str(second), "--unit", "1.01", "--dry-run",
                     capsys=capsys)
    assert code == 0
    accounted(r)
    assert {k: r[k] for k in SUMMARY_KEYS} == {"rows": 6, "inserted": 1, "updated": 1,
                                               "unchanged": 1, "rejected": 2, "blank": 1,
                                               "warnings": 0}
    # The field-by-field diff of each update, to check before importing for real.
    assert r["changes"] == [{"row": 2, "nik": nik(1), "name": "Pegawai 1", "worker_id": 1,
                             "diff": {"job_title": ["Staf", "Guru"],
                                      "wage": [2_500_000, 3_000_000]},
                             "diff_text": "Jabatan: Staf → Guru; "
                                          "Upah: Rp2.500.000 → Rp3.000.000"}]
    assert main(["--db", str(db_file), "impor", str(second), "--unit", "1.01",
                 "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "baris 2" in text and "Jabatan: Staf → Guru" in text
    assert "Upah: Rp2.500.000 → Rp3.000.000" in text


def test_duplicates_in_file_and_across_units_are_reported(units_store: Store, db_file: Path,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    first = write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)])
    cli(db_file, "impor", str(first), "--unit", "1.02", capsys=capsys)
    second = write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1), person(2), person(2)])
    code, r, _ = cli(db_file, "impor", str(second), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"], r["rejected"]) == (0, 1, 2)
    reasons = {p["row"]: p["reasons"] for p in r["problems"]}
    assert "Dinas Kesehatan" in reasons[2]
    assert "baris 3" in reasons[4]




def test_undo_of_a_whole_batch_from_the_cli_summary(units_store: Store, db_file: Path,
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    from jamsos_desktop.services import importer

    first = write_xlsx(tmp_path / "1.xlsx", [HEADER, person(1)])
    cli(db_file, "impor", str(first), "--unit", "1.01", capsys=capsys)
    before = {r["nik"]: dict(r) for r in units_store.conn.execute("SELECT * FROM workers")}
    second = write_xlsx(tmp_path / "2.xlsx", [HEADER, person(1, wage=9_000_000),
                                              *(person(i) for i in range(2, 40))])
    code, r, _ = cli(db_file, "impor", str(second), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"], r["updated"]) == (0, 38, 1)
    importer.undo_batch(units_store, r["batch_id"])
    after = {r["nik"]: dict(r) for r in units_store.conn.execute("SELECT * FROM workers")}
    assert set(after) == set(before)
    assert after[nik(1)]["wage"] == 2_500_000


# --- mapping memory, sheets ---------------------------------------------------------------


def test_corrected_mapping_is_remembered_for_the_cli(units_store: Store, db_file: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """A mapping corrected once (in the wizard) serves the next file of that shape on the
    command line too."""
    from jamsos_desktop.services import importer

    rows = [["Urut", "Identitas", "Nama Lengkap", "Penghasilan Bulanan"],
            [1, nik(1), "A", 2_000_000]]
    source = importer.load_source(units_store, write_xlsx(tmp_path / "a.xlsx", rows))
    plan = importer.plan_import(units_store, source, mapping={1: "nik", 2: "name", 3: "wage"},
                                unit_code="1.01")
    importer.commit_import(units_store, plan, backup=False)
    again = write_xlsx(tmp_path / "b.xlsx", [rows[0], [1, nik(2), "B", 3_000_000]])
    code, r, _ = cli(db_file, "impor", str(again), "--unit", "1.01", capsys=capsys)
    assert (code, r["inserted"]) == (0, 1)
    assert r["mapping"] == {"B": "nik", "C": "name", "D": "wage"}
    assert worker(units_store, nik(2))["wage"] == 3_000_000


def test_text_summary_points_to_the_report_option(units_store: Store, db_file: Path,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, person(1), person(2, nik="1")])
    assert main(["--db", str(db_file), "impor", str(path), "--unit", "1.01",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ditolak      : 1" in out and "--report" in out
    report = tmp_path / "r.xlsx"
    assert main(["--db", str(db_file), "impor", str(path), "--unit", "1.01", "--dry-run",
                 "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert f"ditulis ke {report}" in out and "--report" not in out


def test_a_changed_unit_reads_as_its_code_and_name() -> None:
    """Diffs name a unit as the clerk knows it, not by its database id."""
    from jamsos_desktop.services.importer import describe_diff, describe_value

    units = {1: "1.01 Dinas Pendidikan", 3: "1.02 Dinas Kesehatan"}
    assert describe_diff({"unit_id": (1, 3)}, units) == (
        "Unit Kerja: 1.01 Dinas Pendidikan → 1.02 Dinas Kesehatan")
    assert describe_value(7, "unit_id", units) == "7"  # an unknown id stays as it is
    assert describe_value(3, "unit_id") == "3"
