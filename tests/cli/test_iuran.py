"""`jamsos-desktop iuran`: JSON and table output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos_desktop.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["iuran", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_defaults_jkk_jkm(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--wage", "2.500.000", "--month", "2025-04")
    assert out["programs"]["jkk"]["employer"] == 6_000
    assert out["programs"]["jkm"]["employer"] == 7_500
    assert (out["employer"], out["worker"], out["total"]) == (13_500, 0, 13_500)
    assert out["warnings"] == []
    assert out["participant_type"] == "PU" and out["risk_class"] == "sangat-rendah"


def test_jp_capped(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--wage", "12000000", "--programs", "jkk,jkm,jp",
                   "--month", "2025-04", "--birth-date", "1985-01-01")
    assert out["programs"]["jp"] == out["programs"]["jp"] | {"employer": 210_948,
                                                             "worker": 105_474,
                                                             "base": 10_547_400}


def test_bpu_package(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--wage", "Rp", "1.000.000", "--type", "bpu", "--month", "2025-04")
    assert out["total"] == 16_800 and out["risk_class"] is None


def test_pension_age_warning(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--wage", "4.000.000", "--programs", "jkk,jkm,jp",
                   "--month", "2025-06", "--birth-date", "1960-01-01")
    assert "jp" not in out["programs"]
    assert [w["code"] for w in out["warnings"]] == ["jp.pension_age"]


def test_human_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iuran", "--wage", "2.500.000", "--programs", "jkk,jkm,jht",
                 "--risk", "sangat rendah", "--month", "2025-01"]) == 0
    out = capsys.readouterr().out
    assert "Januari 2025" in out
    assert "Rp92.500" in out and "Rp50.000" in out and "Rp156.000" in out
    assert "Pemberi kerja" in out and "PP 46/2015" in out


def test_other_rate_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "tarif.toml"
    path.write_text('[tabel]\nnama = "Kantor"\nversi = "9"\n[[tarif]]\nprogram = "jkm"\n'
                    'peserta = "PU"\ntarif_pemberi_kerja = "0.35%"\nberlaku_mulai = 2015-07-01\n'
                    'dasar_hukum = "uji"\nkeyakinan = "L"\n', encoding="utf-8")
    out = run_json(capsys, "--wage", "1000000", "--programs", "jkm", "--rates", str(path))
    assert out["total"] == 3_500 and out["table"]["version"] == "9"
    path.write_text('[tabel]\nnama = "Kantor"\nversi = \n', encoding="utf-8")
    assert main(["iuran", "--wage", "1000000", "--rates", str(path)]) == 2
    assert "baris 3" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["--wage", "-5"],
    ["--wage", "abc"],
    ["--wage", "1000000", "--type", "BPU", "--programs", "jkk,jp"],
    ["--wage", "1000000", "--programs", "jkx"],
    ["--wage", "1000000", "--month", "2025-13"],
    ["--wage", "1000000", "--month", "April"],
    ["--wage", "1000000", "--birth-date", "17-05-1970"],
    ["--wage", "1000000", "--risk", "ekstrem"],
    ["--wage", "1000000", "--month", "2010-01"],
    ["--programs", "jkk"],
])
def test_bad_input_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(["iuran", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Kesalahan: ") and "Traceback" not in err
