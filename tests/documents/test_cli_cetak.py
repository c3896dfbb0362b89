"""`cetak` and `cek` on the command line: JSON result, exit 2 with an Indonesian message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos_desktop.cli import main
from tests.documents.conftest import page_sizes


@pytest.fixture
def demo_db(demo_store, db_file: Path) -> Path:  # type: ignore[no-untyped-def]
    return db_file


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cetak_usulan_json(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "usulan.pdf"
    code, stdout, _ = _run(capsys, "--db", str(demo_db), "cetak", "usulan", "--out", str(out),
                           "--year", "2026", "--from-month", "7", "--unit", "2.02",
                           "--paper", "a4", "--json")
    assert code == 0
    result = json.loads(stdout)
    assert result["path"] == str(out) and result["number"] == "560/1/BPKAD/" + \
        result["number"].rsplit("/", 1)[1]
    assert result["pages"] == len(page_sizes(out.read_bytes()))
    assert page_sizes(out.read_bytes())[0] == (595.28, 841.89)
    import hashlib

    assert result["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    code, stdout, _ = _run(capsys, "--db", str(demo_db), "cek", str(out), "--json")
    assert code == 0 and json.loads(stdout)["status"] == "asli"
    code, stdout, _ = _run(capsys, "--db", str(demo_db), "cetak", "--cek",
                           result["verify_code"])
    assert code == 0 and "TERDAFTAR" in stdout
    again = tmp_path / "ulang.pdf"
    code, stdout, _ = _run(capsys, "--db", str(demo_db), "cetak", "ulang", result["number"],
                           "--out", str(again), "--json")
    assert code == 0 and again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("kind", ["anggaran", "perubahan"])
def test_cetak_other_documents(demo_db: Path, tmp_path: Path, capsys, kind: str  # type: ignore[no-untyped-def]
                               ) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = _run(capsys, "--db", str(demo_db), "cetak", kind, "--out", str(out),
                             "--year", "2025", "--json")
    assert code == 0, err
    assert json.loads(stdout)["pages"] >= 1 and out.exists()


def test_cetak_surat_from_file(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    body = tmp_path / "isi.txt"
    body.write_text("Paragraf pertama.\n\nParagraf kedua.", encoding="utf-8")
    out = tmp_path / "surat.pdf"
    code, stdout, err = _run(capsys, "--db", str(demo_db), "cetak", "surat", "--out", str(out),
                             "--hal", "Pemberitahuan", "--kepada", "Kepala Dinas",
                             "--isi-file", str(body), "--bentuk", "plt", "--tanggal",
                             "7 Juni 2026", "--json")
    assert code == 0, err
    assert json.loads(stdout)["number"].endswith("/2026")


@pytest.mark.parametrize("argv, message", [
    (["cetak", "usulan", "--out", "x.pdf", "--unit", "9.99"], "Unit kerja"),
    (["cetak", "usulan", "--out", "x.pdf", "--from-month", "13"], "bulan 13"),
    (["cetak", "usulan", "--out", "x.txt"], ".pdf"),
    (["cetak", "usulan"], "--out"),
    (["cetak", "surat", "--out", "x.pdf"], "Isi surat"),
    (["cetak", "cerita", "--out", "x.pdf"], "pilihan tidak sah"),
    (["cetak", "--cek", "bukan-kode"], "bukan kode verifikasi"),
    (["cetak", "ulang", "999", "--out", "x.pdf"], "tidak ditemukan"),
])
def test_bad_input_exits_2(demo_db: Path, capsys, argv: list[str], message: str  # type: ignore[no-untyped-def]
                           ) -> None:
    code, _, err = _run(capsys, "--db", str(demo_db), *argv)
    assert code == 2
    assert err.startswith("Kesalahan: ") and message in err
