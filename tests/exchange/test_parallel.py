"""The import's helper process (`exchange.parallel`, `importer.plan_import(parallel=True)`):
the plan is the same whoever planned which block — on a messy roster with updates,
unchanged rows, archived, other-unit and doubly-stored NIKs, duplicates in the file across
block edges, blank, hidden, formula and rejected rows — also when the helper fails, and
Cancel ends the helper."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.errors import Cancelled
from jamsos_desktop.exchange.parallel import BlockHelper
from jamsos_desktop.services import importer
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, nik, person, write_xlsx

TODAY = dt.date(2026, 11, 21)


def _canon(plan: importer.ImportPlan) -> list[Any]:
    return [(p.row_no, p.action, p.values, [x.to_dict() for x in p.problems], p.worker_id,
             p.version, p.diff, p.programs, p.raw) for p in plan.rows]


def _messy(store: Store, tmp: Path) -> Path:
    """Stored workers first (imported, then one archived, one in another unit, one NIK held
    twice), then a roster of ~300 rows touching all of them."""
    seed = [HEADER, *(person(i) for i in range(1, 41))]
    importer.import_file(store, write_xlsx(tmp / "seed.xlsx", seed), unit_code="1.01")
    importer.import_file(store, write_xlsx(tmp / "other.xlsx", [HEADER, person(50)]),
                         unit_code="1.02")
    importer.import_file(store, write_xlsx(tmp / "twice.xlsx", [HEADER, person(7)]),
                         unit_code="1.01")  # rejected: NIK 7 is in the file's unit already
    held = store.conn.execute("SELECT id FROM workers WHERE nik = ?", (nik(3),)).fetchone()
    ws.set_archived(store, [int(held[0])], True)
    rows: list[list[Any]] = [["DAFTAR PEGAWAI"], [], HEADER]
    for i in range(1, 301):
        if i % 37 == 0:
            rows.append([None] * len(HEADER))  # blank
        elif i % 29 == 0:
            rows.append(person(i, nik="12345"))  # invalid NIK: rejected in validation
        elif i % 23 == 0:
            rows.append(person(i - 11, name=f"Ganda {i}"))  # same NIK as an earlier row
        elif i % 19 == 0:
            rows.append(person(i, wage="=1000*2"))  # a formula without a cached value
        elif i % 13 == 0:
            rows.append(person(i, birth="31-02-1990", sex="P"))  # warnings and errors
        elif i <= 40:
            rows.append(person(i, wage=2_600_000 if i % 2 else 2_500_000))  # update/same
        else:
            rows.append(person(i))
    rows.append(person(3))  # archived
    rows.append(person(50))  # stored in another unit
    rows.append(person(299, name="Ganda akhir"))  # duplicate across the last block edge
    hidden = [10, 11, 200]
    return write_xlsx(tmp / "messy.xlsx", rows, hidden_rows=hidden)


def test_helper_plans_the_same_as_one_process(units_store: Store, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = _messy(units_store, tmp_path)
    source = importer.load_source(units_store, path)
    serial = importer.plan_import(units_store, source, unit_code="1.01", today=TODAY,
                                  parallel=False)
    monkeypatch.setattr(importer, "BLOCK", 17)  # many blocks: both sides work, edges cut
    here: list[int] = []
    plan_block = importer._Planner.block

    def counted(self: importer._Planner, conn: Any, rows: Any, start: int, stop: int) -> Any:
        here.append(start)  # (only this process: the helper has its own module)
        return plan_block(self, conn, rows, start, stop)

    monkeypatch.setattr(importer._Planner, "block", counted)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int, *_: Any) -> None:
        calls.append((done, total))
        time.sleep(0.05)  # a slow parent, so that the helper surely takes part

    helper = importer.plan_import(units_store, source, unit_code="1.01", today=TODAY,
                                  parallel=True, progress=progress)
    blocks = len(range(source.header.data_start, len(source.data.rows), 17))
    assert 0 < len(here) < blocks  # both processes planned blocks
    assert _canon(helper) == _canon(serial)
    assert helper.counts() == serial.counts() and helper.notices == serial.notices
    counts = serial.counts()
    assert all(counts[k] for k in ("inserted", "updated", "unchanged", "rejected", "blank",
                                   "warnings"))
    codes = {p.code for r in serial.rows for p in r.problems}
    assert {"nik.duplicate_in_file", "nik.archived", "nik.other_unit", "row.hidden",
            "cell.formula_empty"} <= codes
    assert calls[-1][0] == calls[-1][1]  # progress reaches the end
    # Committing the helper's plan writes what the single-process plan would.
    result = importer.commit_import(units_store, helper, backup=False)
    assert result.counts == counts


def test_failed_helper_leaves_its_blocks_to_the_parent(units_store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = _messy(units_store, tmp_path)
    source = importer.load_source(units_store, path)
    serial = importer.plan_import(units_store, source, unit_code="1.01", today=TODAY,
                                  parallel=False)
    monkeypatch.setattr(importer, "BLOCK", 17)
    planner = importer._Planner(importer._Recipe(
        {int(c): f for c, f in source.mapping.items() if f},
        importer.iq.units_lookup(units_store.conn), serial.default_unit_id, TODAY,
        importer._pension_age(TODAY), source.data.formulas, source.data.errors,
        source.data.hidden_rows, "roster", None))
    # The helper cannot open this database: it reports the failure, the parent does all.
    planned, keys = importer._plan_blocks(planner, units_store, source.data.rows,
                                          source.header.data_start, lambda *a: None, True,
                                          str(tmp_path / "tidak-ada.db"))
    assert len(planned) == len(serial.rows) == len(keys)
    first: dict[Any, int] = {}
    for i, takes_part in enumerate(keys):  # as plan_import does after the blocks
        if takes_part:
            n = planned[i].values.get("nik")
            if n in first:
                planned[i] = planner.duplicate(source.data.rows, planned[i].row_no - 1,
                                               first[n])
            else:
                first[n] = planned[i].row_no
    plan = importer.ImportPlan(source, serial.mapping, "roster", serial.default_unit_id, None,
                               planned)
    assert _canon(plan) == _canon(serial)
    assert not multiprocessing.active_children()


def test_cancel_ends_the_helper(units_store: Store, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = _messy(units_store, tmp_path)
    source = importer.load_source(units_store, path)
    monkeypatch.setattr(importer, "BLOCK", 17)
    seen: list[int] = []

    def progress(done: int, total: int, *_: Any) -> None:
        seen.append(done)
        if len(seen) == 4:
            raise Cancelled()

    with pytest.raises(Cancelled):
        importer.plan_import(units_store, source, unit_code="1.01", parallel=True,
                             progress=progress)
    assert not multiprocessing.active_children()


def _square_worker(offset: int) -> Any:
    def work(start: int, block: list[int]) -> list[int]:
        if start < 0:
            raise ValueError("negatif")
        return [x * x + offset for x in block]

    return work


def test_block_helper_returns_results_and_reports_errors() -> None:
    helper = BlockHelper(_square_worker, (1,))
    try:
        helper.give(0, [1, 2, 3])
        helper.give(3, [4])
        got = dict(helper.poll(timeout=30))
        while helper.pending and not helper.failed:
            got.update(helper.poll(timeout=30))
        assert got == {0: [2, 5, 10], 3: [17]}
        helper.give(-1, [1])
        assert list(helper.poll(timeout=30)) == []
        assert helper.failed and "negatif" in (helper.error or "")
        assert helper.unfinished() == {-1}
    finally:
        helper.close()
    assert not multiprocessing.active_children()
