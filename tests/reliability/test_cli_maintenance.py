"""`cadangkan`, `pulihkan`, `periksa` on the command line: JSON output, exit code 2 on bad
input, 1 when `periksa` finds damage, administrator sign-in for `pulihkan`."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from jamsos_desktop.cli import main
from jamsos_desktop.services import users
from jamsos_desktop.store import open_store
from tests.reliability.conftest import dump_tables


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "j.db"
    assert main(["--db", str(db), "demo", "--workers", "120", "--json"]) == 0
    return db


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_cadangkan_and_periksa_json(demo_db: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "cadangkan", "--json"]) == 0
    result = _json(capsys)
    assert result["verified"] and result["counts"]["workers"] == 120
    assert Path(result["path"]).parent.name == "j-cadangan"
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(demo_db), "cadangkan", "--to", str(usb)]) == 0
    assert "Cadangan dibuat" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "periksa", "--json"]) == 0
    report = _json(capsys)
    assert report["ok"] is True and report["counts"]["workers"] == 120
    assert main(["--db", str(demo_db), "periksa"]) == 0
    assert "Hasil: baik" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["cadangkan", "--to", "/tidak/ada/folder"],
    ["pulihkan", "/tidak/ada.db"],
    ["pulihkan"],
    ["periksa", "--tidak-dikenal"],
])
def test_bad_input_exits_2(demo_db: Path, argv: list[str],
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), *argv]) == 2
    assert capsys.readouterr().err.startswith("Kesalahan: ")


def test_missing_database_exits_2_and_is_not_created(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "salah-ketik.db"
    for command in ("cadangkan", "periksa"):
        assert main(["--db", str(db), command]) == 2
    assert not db.exists()
    assert "tidak ditemukan" in capsys.readouterr().err


def test_periksa_exits_1_on_damage(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(str(demo_db), isolation_level=None)
    conn.execute("DROP TRIGGER workers_fts_au")
    conn.execute("UPDATE workers SET name = 'Tanpa Indeks' WHERE id = 3")
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(demo_db), "periksa", "--json"]) == 1
    assert _json(capsys)["ok"] is False
    assert main(["--db", str(demo_db), "periksa", "--perbaiki-indeks", "--json"]) == 0


def test_pulihkan_round_trip(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    main(["--db", str(demo_db), "cadangkan", "--json"])
    saved = Path(_json(capsys)["path"])
    expected = dump_tables(saved)
    conn = sqlite3.connect(str(demo_db), isolation_level=None)
    conn.execute("DELETE FROM workers WHERE id > 50")
    conn.close()
    assert main(["--db", str(demo_db), "pulihkan", str(saved), "--json"]) == 0
    assert _json(capsys)["counts"]["workers"] == 120
    assert dump_tables(demo_db) == expected


def test_pulihkan_needs_an_admin_when_sign_in_is_on(demo_db: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(demo_db)
    users.create_first_admin(store, "admin", "rahasia-123")
    users.add_user(store, "siti", "rahasia-456", "operator")
    store.close()
    main(["--db", str(demo_db), "cadangkan", "--json"])
    saved = _json(capsys)["path"]
    monkeypatch.delenv("JAMSOS_SANDI", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no prompt
    assert main(["--db", str(demo_db), "pulihkan", saved]) == 2
    assert "--pengguna" in capsys.readouterr().err
    monkeypatch.setenv("JAMSOS_SANDI", "rahasia-456")
    assert main(["--db", str(demo_db), "pulihkan", saved, "--pengguna", "siti"]) == 2
    assert "administrator" in capsys.readouterr().err
    monkeypatch.setenv("JAMSOS_SANDI", "salah-salah")
    assert main(["--db", str(demo_db), "pulihkan", saved, "--pengguna", "admin"]) == 2
    monkeypatch.setenv("JAMSOS_SANDI", "rahasia-123")
    assert main(["--db", str(demo_db), "pulihkan", saved, "--pengguna", "admin"]) == 0
