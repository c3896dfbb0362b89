"""The monitoring recap: the PDF and the workbook carry exactly the CLI's figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jamsos_desktop.cli import main
from jamsos_desktop.domain.money import format_number, format_rupiah
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import rekap as rekap_service
from jamsos_desktop.store import Store


def test_report_numbers_equal_cli(demo_store: Store, db_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    units = rekap_service.rekap(demo_store, year=2026)["units"]
    rekap_service.set_allocation(demo_store, 2026, units[0]["unit_id"], 25_000_000)
    child = next(u for u in units if u["depth"] == 1)
    rekap_service.set_allocation(demo_store, 2026, child["unit_id"], 1_000_000)
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    code = main(["--db", str(db_file), "rekap", "--year", "2026", "--json", "--pdf", str(pdf),
                 "--xlsx", str(xlsx)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    t = data["total"]
    assert t["allocated"] == 26_000_000 and t["difference"] == 26_000_000 - t["needed"]
    parent = next(u for u in data["units"] if u["unit_id"] == child["parent_id"])
    assert parent["allocated"] >= 1_000_000  # sub-unit allocations roll up
    assert sum(u["workers"] for u in data["units"] if u["depth"] == 0) == t["workers"]
    assert sum(c["workers"] for c in data["categories"]) == t["workers"]
    assert sum(c["needed"] for c in data["categories"]) == t["needed"]

    # Excel: numbers, not text, equal to the CLI's
    wb = load_workbook(xlsx, read_only=True)
    rows = list(wb["Per unit kerja"].iter_rows(min_row=5, values_only=True))
    assert [r[0] for r in rows[:-1]] == [u["code"] for u in data["units"]]
    for row, u in zip(rows, data["units"], strict=False):
        assert row[3:7] == (u["workers"], u["enrolled"], u["proposed"], u["not_enrolled"])
        assert row[8:11] == (u["needed"], u["allocated"], u["difference"])
        assert abs(row[7] - u["coverage"]) < 1e-9
    total = rows[-1]
    assert total[0] == "Jumlah" and total[3] == t["workers"] and total[8:11] == (
        t["needed"], t["allocated"], t["difference"])
    cats = list(wb["Per kategori"].iter_rows(min_row=5, values_only=True))
    assert [(r[0], r[2], r[7]) for r in cats[:-1]] == [
        (c["category"], c["workers"], c["needed"]) for c in data["categories"]]

    # PDF: every unit's and category's figures, formatted the Indonesian way
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    for u in data["units"]:
        assert f"{format_number(u['workers'])} {format_number(u['enrolled'])}" in flat
        assert format_rupiah(u["needed"]) in flat
    for c in data["categories"]:
        assert format_rupiah(c["needed"]) in flat
    for amount in (t["needed"], t["allocated"], t["difference"]):
        assert format_rupiah(amount) in flat
    assert f"{t['coverage']:.2f}".replace(".", ",") + " %" in flat
    assert "PEMERINTAH KABUPATEN BANYUASIN" in flat


def test_rekap_with_scenario_and_text_output(demo_store: Store, db_file: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_file), "skenario", "simpan", "P", "--year", "2026",
                 "--from-month", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_file), "rekap", "--year", "2026", "--scenario", "P",
                 "--json"]) == 0
    with_scenario = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db_file), "rekap", "--year", "2026", "--json"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert with_scenario["scenario"] == "P"
    assert 0 < with_scenario["total"]["needed"] < full["total"]["needed"]
    assert main(["--db", str(db_file), "rekap", "--year", "2026"]) == 0
    assert "Kebutuhan anggaran" in capsys.readouterr().out
    assert main(["--db", str(db_file), "rekap", "--year", "2027", "--scenario", "P"]) == 2


def test_allocation_rejects_bad_amounts(demo_store: Store) -> None:
    with pytest.raises(UserError):
        rekap_service.set_allocation(demo_store, 2026, 1, -5)
    rekap_service.set_allocation(demo_store, 2026, 1, 10)
    rekap_service.set_allocation(demo_store, 2026, 1, None)
    assert rekap_service.allocations(demo_store, 2026) == {}


def test_skenario_cli_round_trip(demo_store: Store, db_file: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(db_file), "skenario"]
    assert main([*args, "simpan", "A", "--year", "2026"]) == 0
    assert main([*args, "simpan", "B", "--year", "2026", "--programs", "honorer=jkk+jkm+jht",
                 "--wage-increase", "5%@7", "--hire", "2.02:10:2500000@4",
                 "--exit", "2.06:2@9"]) == 0
    capsys.readouterr()
    assert main([*args, "banding", "A", "B", "--json"]) == 0
    cmp = json.loads(capsys.readouterr().out)
    assert cmp["total"]["diff_total"] > 0
    assert main([*args, "hitung", "B", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["total"] == cmp["total"]["b_total"]
    assert len(plan["per_month"]) == 12
    assert main([*args, "simpan", "C", "--year", "2026", "--hire", "9.99:1:1@1"]) == 2
    assert main([*args, "hapus", "A"]) == 0
    capsys.readouterr()
    assert main([*args, "daftar", "--json"]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)["scenarios"]] == ["B"]
