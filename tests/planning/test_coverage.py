"""Coverage figures after edits, sub-unit roll-up, snapshots and trend, blocking problems."""

from __future__ import annotations

from datetime import date

from jamsos_desktop.services import coverage as cov
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from jamsos_desktop.store import workers as wq

from .conftest import AddWorker

TODAY = date(2026, 5, 10)


def test_counts_rollup_and_contribution(store: Store, office: dict[str, int],
                                        add_worker: AddWorker) -> None:
    add_worker(office["dinkes"])  # terdaftar, 13.500 per month
    add_worker(office["pkm"])  # terdaftar, 13.500
    add_worker(office["pkm"], status="diusulkan")
    add_worker(office["pkm"], status="belum")
    gone = add_worker(office["dlh"])
    ws.change_status(store, [gone], "nonaktif", reason="Kontrak berakhir")
    c = cov.coverage(store, today=TODAY)
    rows = {r.unit_id: r for r in c.rows}
    pkm, dinkes = rows[office["pkm"]], rows[office["dinkes"]]
    assert (pkm.workers, pkm.enrolled, pkm.proposed, pkm.not_enrolled) == (3, 1, 1, 1)
    assert (dinkes.workers, dinkes.enrolled) == (4, 2)  # own 1 + Puskesmas 3
    assert pkm.depth == 1 and dinkes.depth == 0
    assert dinkes.monthly_contribution == 27_000 and pkm.monthly_contribution == 13_500
    assert rows[office["dlh"]].workers == 0  # nonaktif is no longer counted
    assert (c.total.workers, c.total.enrolled) == (4, 2)
    assert round(c.total.coverage, 2) == 50.0
    assert [r.unit_id for r in c.top_level()] == [office["dinkes"], office["dlh"]]


def test_figures_follow_status_changes_and_snapshots(demo_store: Store) -> None:
    store = demo_store
    before = cov.coverage(store, today=TODAY)
    assert not before.from_snapshot
    assert cov.coverage(store, today=TODAY).from_snapshot  # nothing changed since
    assert cov.record_snapshot_if_changed(store, today=TODAY) is False
    belum = list(wq.select_ids(store.conn, wq.WorkerFilter(statuses=frozenset({"belum"}))))[:7]
    ws.change_status(store, belum, "diusulkan")
    ws.change_status(store, belum[:4], "terdaftar")
    assert cov.record_snapshot_if_changed(store, today=TODAY) is True
    after = cov.coverage(store, today=TODAY)
    assert after.from_snapshot
    assert after.total.workers == before.total.workers
    assert after.total.enrolled == before.total.enrolled + 4
    assert after.total.proposed == before.total.proposed + 3
    assert after.total.not_enrolled == before.total.not_enrolled - 7
    assert after.total.monthly_contribution > before.total.monthly_contribution
    # same as computing from scratch
    fresh = cov.coverage(store, today=TODAY, live=True)
    assert fresh.total.to_dict() == after.total.to_dict()
    assert [r.to_dict() for r in fresh.rows] == [r.to_dict() for r in after.rows]
    assert sum(r.workers for r in after.top_level()) == after.total.workers


def test_monthly_snapshots_make_a_trend(store: Store, office: dict[str, int],
                                        add_worker: AddWorker) -> None:
    add_worker(office["dinkes"])
    assert cov.ensure_monthly_snapshot(store, today=date(2026, 1, 3)) is True
    assert cov.ensure_monthly_snapshot(store, today=date(2026, 1, 20)) is False
    add_worker(office["pkm"], status="belum")
    assert cov.ensure_monthly_snapshot(store, today=date(2026, 2, 1)) is True
    add_worker(office["pkm"])
    assert cov.record_snapshot_if_changed(store, today=date(2026, 2, 15)) is True
    points = cov.trend(store)
    assert [(p.period, p.workers, p.enrolled) for p in points] == [
        ("2026-01", 1, 1), ("2026-02", 3, 2)]
    assert points[1].label == "Feb 2026"
    # a unit's trend includes its sub-units
    assert [p.workers for p in cov.trend(store, unit_id=office["dinkes"])] == [1, 3]
    # the Puskesmas had no workers in January: its trend starts in February
    assert [p.workers for p in cov.trend(store, unit_id=office["pkm"])] == [2]


def test_blocking_problems_name_the_workers(store: Store, office: dict[str, int],
                                            add_worker: AddWorker) -> None:
    ok = add_worker(office["dinkes"], status="belum")
    no_mother = add_worker(office["dinkes"], status="belum", mother_name=None)
    no_wage = add_worker(office["pkm"], status="diusulkan", wage=None)
    first = add_worker(office["dlh"], status="belum")
    nik = wq.get_worker(store.conn, first)["nik"]  # type: ignore[index]
    twin = add_worker(office["dlh"], status="belum", nik=nik)
    registered = add_worker(office["dlh"], mother_name=None)  # enrolled: not blocking
    problems = cov.blocking_problems(store, today=TODAY)
    by_kind: dict[str, set[int]] = {}
    for item in problems.items:
        by_kind.setdefault(item.kind, set()).add(item.worker_id)
    assert by_kind["mother_missing"] == {no_mother}
    assert by_kind["wage_missing"] == {no_wage}
    assert by_kind["nik_duplicate"] == {first, twin}
    assert ok not in set().union(*by_kind.values())
    assert registered not in set().union(*by_kind.values())
    assert problems.counts["nik_duplicate"] == 2 and problems.workers == 4
    # fixing the data clears the problem
    row = wq.get_worker(store.conn, no_mother)
    assert row is not None
    ws.save_worker(store, {**{k: row[k] for k in (
        "nik", "name", "birth_date", "sex", "unit_id", "wage", "participant_type", "category",
        "job_title")}, "mother_name": "Aminah", "programs": {"jkk", "jkm"}},
        worker_id=no_mother, version=row["version"])
    again = cov.blocking_problems(store, today=TODAY)
    assert again.counts["mother_missing"] == 0


def test_pension_age_problem(store: Store, office: dict[str, int],
                             add_worker: AddWorker) -> None:
    old = add_worker(office["dinkes"], status="belum", birth=date(1960, 1, 1))
    problems = cov.blocking_problems(store, today=TODAY)
    assert [i.worker_id for i in problems.items if i.kind == "pension_age"] == [old]
