"""The foundation subcommands: demo, info, anggaran; exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_info(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_file), "demo", "--workers", "250", "--seed",
                         "3", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["created"] and result["workers"] == 250 and result["units"] >= 25
    code, out, _ = run(capsys, "--db", str(db_file), "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert info["schema_version"] >= 3
    assert info["workers"] == 250
    assert sum(info["by_status"].values()) == 250
    assert info["pemda"] == "Kabupaten Banyuasin"
    code, out, _ = run(capsys, "--db", str(db_file), "info")
    assert "Pegawai aktif : 250" in out and "Terdaftar" in out


def test_demo_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import sqlite3

    dumps = []
    for name in ("a.db", "b.db"):
        assert run(capsys, "--db", str(tmp_path / name), "demo", "--workers", "120",
                   "--seed", "9")[0] == 0
        conn = sqlite3.connect(str(tmp_path / name))
        dumps.append(conn.execute(
            "SELECT nik, name, birth_date, wage, status, kpj, unit_id FROM workers ORDER BY id"
        ).fetchall())
        conn.close()
    assert dumps[0] == dumps[1]


def test_demo_refuses_a_database_with_data(capsys: pytest.CaptureFixture[str],
                                           db_file: Path) -> None:
    assert run(capsys, "--db", str(db_file), "demo", "--workers", "10")[0] == 0
    code, _, err = run(capsys, "--db", str(db_file), "demo", "--workers", "10")
    assert code == 2
    assert "sudah berisi data" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(db_file), "demo", "--if-empty", "--json")
    assert code == 0 and json.loads(out)["created"] is False


@pytest.mark.parametrize("args, fragment", [
    (["demo", "--workers", "banyak"], "bukan bilangan bulat"),
    (["demo", "--workers", "-5"], "Perintah tidak sah"),
    (["anggaran"], "wajib diisi"),
    (["anggaran", "--year", "2026", "--from-month", "13"], "bulan 1–12"),
    (["anggaran", "--year", "dua ribu"], "bukan tahun"),
    (["tidak-ada"], "pilihan tidak sah"),
    (["info", "--format", "x"], "argumen tidak dikenal"),
])
def test_bad_input_exits_2_with_one_indonesian_line(capsys: pytest.CaptureFixture[str],
                                                    db_file: Path, args: list[str],
                                                    fragment: str) -> None:
    code, out, err = run(capsys, "--db", str(db_file), *args)
    assert code == 2
    assert fragment in err
    assert err.startswith("Kesalahan: ") and err.count("\n") == 1
    assert "Traceback" not in err and out == ""


def test_database_path_that_is_a_folder_or_garbage(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "info")
    assert code == 2 and "folder" in err
    junk = tmp_path / "rusak.db"
    junk.write_bytes(b"\x00garbage" * 512)
    code, _, err = run(capsys, "--db", str(junk), "info")
    assert code == 2 and "tidak dapat dibuka" in err


def test_unexpected_failure_exits_1_without_traceback(capsys: pytest.CaptureFixture[str],
                                                      db_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import jamsos_desktop.services.info as info

    def boom(store: object) -> dict[str, object]:
        raise RuntimeError("disk bermasalah")

    monkeypatch.setattr(info, "database_info", boom)
    monkeypatch.setattr("jamsos_desktop.cli.commands.info.database_info", boom)
    code, _, err = run(capsys, "--db", str(db_file), "info")
    assert code == 1
    assert "disk bermasalah" in err and "Traceback" not in err


def test_anggaran_matches_the_engine_by_hand(capsys: pytest.CaptureFixture[str],
                                             db_file: Path) -> None:
    """Two workers priced by hand: the CLI total must be their sum."""
    from jamsos_desktop.services.workers import save_worker
    from jamsos_desktop.store import now_iso, open_store
    from jamsos_desktop.store import units as uq

    store = open_store(db_file)
    with store.tx():
        unit = uq.insert_unit(store.conn, {"code": "9.99", "name": "Dinas Uji",
                                           "risk_class": "sangat-rendah"}, now_iso())
    base = {"unit_id": unit, "participant_type": "PU", "mother_name": "Siti",
            "status": "terdaftar", "kpj": "12345678901"}
    save_worker(store, {**base, "nik": "3273011503900001", "name": "Andi",
                        "birth_date": "1990-03-15", "sex": "L", "wage": 2_500_000,
                        "programs": {"jkk", "jkm"}})
    save_worker(store, {**base, "nik": "3273015503900002", "name": "Ani",
                        "birth_date": "1990-03-15", "sex": "P", "wage": 2_500_000,
                        "programs": {"jkk", "jkm", "jht"}})
    store.close()
    code, out, err = run(capsys, "--db", str(db_file), "anggaran", "--year", "2026", "--json")
    assert code == 0, err
    result = json.loads(out)
    # DOMAIN.md worked example: JKK 6.000 + JKM 7.500 a month; JHT employer 92.500, worker 50.000.
    assert result["employer"] == 12 * (13_500 + 13_500 + 92_500)
    assert result["worker"] == 12 * 50_000
    assert result["programs"]["jht"]["account_code"] == "5.1.02.02.02.0010"
    code, out, _ = run(capsys, "--db", str(db_file), "anggaran", "--year", "2026",
                       "--from-month", "10", "--json")
    assert json.loads(out)["employer"] == 3 * (13_500 + 13_500 + 92_500)
    assert json.loads(out)["perubahan"] is True


def test_a_native_panic_exits_1_without_traceback(capsys: pytest.CaptureFixture[str],
                                                  db_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A Rust panic surfacing from a native library (pyo3's PanicException derives from
    BaseException, not Exception) still ends in the Indonesian last-resort message."""

    class PanicException(BaseException):
        pass

    def boom(store: object) -> dict[str, object]:
        raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr("jamsos_desktop.cli.commands.info.database_info", boom)
    code, _, err = run(capsys, "--db", str(db_file), "info")
    assert code == 1
    assert "kesalahan tak terduga" in err and "Traceback" not in err
