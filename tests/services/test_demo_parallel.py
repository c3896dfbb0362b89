"""A big demo generates its rows in a second process: the database must be the same as one
generated in-process, and a generator process that dies (or cannot start) must not lose or
repeat rows."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.services import demo
from jamsos_desktop.store import open_store

ROW_COLUMNS = ("id, nik, name, birth_date, sex, mother_name, address, phone, category, "
               "job_title, unit_id, wage, start_date, kpj, status, registered_at, programs")


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    store = open_store(path)
    try:
        conn = store.conn
        return {
            "workers": [tuple(r) for r in conn.execute(
                f"SELECT {ROW_COLUMNS} FROM workers ORDER BY id")],
            "programs": [tuple(r) for r in conn.execute(
                "SELECT * FROM worker_programs ORDER BY worker_id, program")],
            "search": [tuple(r) for r in conn.execute(
                "SELECT rowid FROM workers_fts WHERE workers_fts MATCH '\"Siti\"' "
                "ORDER BY rowid")],
        }
    finally:
        store.close()


def _make(path: Path, *, parallel: bool, n: int = 1_500) -> None:
    store = open_store(path)
    try:
        demo.create_demo(store, workers=n, seed=11, chunk=400, parallel=parallel)
    finally:
        store.close()


def test_parallel_demo_equals_in_process_demo(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "PARALLEL_MIN", 1_000)
    started: list[str] = []
    real = demo._parallel_chunks

    def spy(args: tuple[Any, ...]) -> Any:
        started.append("parallel")
        return real(args)

    monkeypatch.setattr(demo, "_parallel_chunks", spy)
    _make(tmp_path / "parallel.db", parallel=True)
    _make(tmp_path / "plain.db", parallel=False)
    assert started == ["parallel"]
    parallel, plain = _content(tmp_path / "parallel.db"), _content(tmp_path / "plain.db")
    assert len(parallel["workers"]) == 1_500 and parallel["search"]
    assert parallel == plain


def _args(units: int = 6) -> tuple[Any, ...]:
    demo_units = [demo.DemoUnit(i, 1 + i % 3, ("16.07.01", "16.07.02")) for i in range(1, units)]
    return (2_000, 5, demo_units, 1, 1, 250)


def _strip_time(chunks: list[list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    return [row[:25] + row[27:] for rows in chunks for row in rows]  # not created/updated_at


def test_generator_process_killed_midway_loses_and_repeats_nothing() -> None:
    args = _args()
    expected = _strip_time(list(demo._chunks(*args)))
    got = []
    chunks = demo._parallel_chunks(args)
    got.append(next(chunks))
    for child in multiprocessing.active_children():
        if child.name == "jamsos-demo-generator":
            child.kill()
            child.join()
    got.extend(chunks)
    assert _strip_time(got) == expected


def test_no_second_process_means_generating_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_method: str) -> Any:
        raise OSError("no processes here")

    monkeypatch.setattr(demo.multiprocessing, "get_context", refuse)
    args = _args()
    assert _strip_time(list(demo._parallel_chunks(args))) == \
        _strip_time(list(demo._chunks(*args)))
