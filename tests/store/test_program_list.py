"""The denormalised `workers.programs` list always equals the membership rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jamsos_desktop.services.demo import create_demo
from jamsos_desktop.store import Store, now_iso, open_store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq

FIXTURES = Path(__file__).parent.parent / "fixtures"
ORDER = {"jkk": 1, "jkm": 2, "jht": 3, "jp": 4, "jkp": 5}


def _mismatches(store: Store) -> list[tuple[int, str, str]]:
    rows = store.conn.execute(
        "SELECT w.id, w.programs, (SELECT group_concat(program, ',') FROM worker_programs p "
        "WHERE p.worker_id = w.id) FROM workers w").fetchall()
    out = []
    for wid, stored, actual in rows:
        expected = ",".join(sorted((actual or "").split(","), key=lambda p: ORDER.get(p, 9)))
        if stored != expected.strip(","):
            out.append((wid, stored, expected))
    return out


def test_triggers_follow_single_edits(store: Store) -> None:
    with store.tx():
        unit = uq.insert_unit(store.conn, {"code": "1", "name": "Unit"}, now_iso())
        wid = wq.insert_worker(store.conn, {"nik": "3273011503900001", "name": "A",
                                            "unit_id": unit}, ["jht", "jkm", "jkk"], now_iso())
    assert wq.get_worker(store.conn, wid)["programs"] == "jkk,jkm,jht"
    with store.tx():
        wq.update_worker(store.conn, wid, None, {}, now_iso(), programs=["jkk", "jkm"])
    assert wq.get_worker(store.conn, wid)["programs"] == "jkk,jkm"
    with store.tx():
        wq.set_programs(store.conn, wid, [])
    assert wq.get_worker(store.conn, wid)["programs"] == ""


def test_bulk_load_and_upgrade_keep_the_list_exact(db_file: Path, tmp_path: Path) -> None:
    store = open_store(db_file)
    create_demo(store, workers=25_000, seed=2)  # above the bulk-load threshold
    assert _mismatches(store) == []
    triggers = {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"worker_programs_ai", "worker_programs_ad", "workers_fts_ai"} <= triggers
    store.close()
    old = tmp_path / "v3.db"
    shutil.copy(FIXTURES / "schema_v3.db", old)
    upgraded = open_store(old)
    assert _mismatches(upgraded) == []
    assert upgraded.conn.execute("SELECT count(*) FROM workers WHERE programs = ''"
                                 ).fetchone()[0] == 0
    upgraded.close()


def test_listed_programs_equal_the_tuple_rows(store: Store) -> None:
    """`insert_listed_programs` writes exactly the rows `bulk_insert` writes from tuples, for
    every combination of codes, and only for the id range asked (neighbours untouched)."""
    from itertools import combinations

    combos = [c for n in range(6) for c in combinations(sorted(ORDER), n)]
    with store.tx():
        unit = uq.insert_unit(store.conn, {"code": "1", "name": "Unit"}, now_iso())
    now = now_iso()
    cols = ("id", "nik", "name", "unit_id", "registered_at", "created_at", "updated_at",
            "programs")

    def rows(first: int) -> list[tuple[object, ...]]:
        return [(first + i, f"32730115039{first + i:05d}", f"P{i}", unit,
                 None if i % 3 else "2024-01-0" + str(1 + i % 9), now, now,
                 ",".join(sorted(c, key=ORDER.__getitem__)))
                for i, c in enumerate(combos)]

    tuples = rows(1)
    listed = rows(1001)
    with store.tx() as conn, wq.batch_load(conn, 1):
        wq.bulk_insert(conn, cols, tuples,
                       [(r[0], p, r[4]) for r in tuples for p in str(r[7]).split(",") if p])
        wq.bulk_insert(conn, cols, listed, [])
        wq.insert_listed_programs(conn, 1001, 1000 + len(combos) - 1, ORDER)  # not the last

    def membership(first: int, last: int) -> list[tuple[object, ...]]:
        return store.conn.execute(
            "SELECT worker_id - ?, program, since FROM worker_programs "
            "WHERE worker_id BETWEEN ? AND ? ORDER BY 1, 2", (first, first, last)).fetchall()

    n = len(combos)
    assert membership(1001, 1000 + n - 1) == membership(1, n - 1)
    assert membership(1000 + n, 1000 + n) == []  # outside the range: nothing written
    assert len(membership(1, n)) == sum(len(c) for c in combos)


def test_listed_programs_refuse_an_unknown_code(store: Store) -> None:
    """A list holding a code outside those given is refused before any row is written (the
    caller takes the tuple path for such lists)."""
    with store.tx():
        unit = uq.insert_unit(store.conn, {"code": "1", "name": "Unit"}, now_iso())
    now = now_iso()
    cols = ("id", "nik", "name", "unit_id", "created_at", "updated_at", "programs")
    rows = [(1, "3273011503900001", "A", unit, now, now, "jkk,jkm"),
            (2, "3273011503900002", "B", unit, now, now, "jkk,zzz")]
    with store.tx() as conn, wq.batch_load(conn, 1):
        wq.bulk_insert(conn, cols, rows, [])
        with pytest.raises(ValueError, match="zzz"):
            wq.insert_listed_programs(conn, 1, 2, ORDER)
        assert conn.execute("SELECT count(*) FROM worker_programs").fetchone()[0] == 0
        wq.insert_listed_programs(conn, 1, 1, ORDER)  # the known list alone goes in
    assert [tuple(r) for r in store.conn.execute(
        "SELECT worker_id, program FROM worker_programs ORDER BY 1, 2")] == [(1, "jkk"),
                                                                            (1, "jkm")]
