"""Planner arithmetic against amounts computed by hand (DOMAIN.md §2 rates), scenario
save/load/compare, and agreement with the plain budget service."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jamsos_desktop.domain.enums import Program
from jamsos_desktop.domain.planning import Scenario, StaffChange, WageIncrease
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import planner
from jamsos_desktop.services.budget import budget_for_database
from jamsos_desktop.store import Store

from .conftest import AddWorker

JKK_JKM = {"jkk", "jkm"}


def months(plan_budget: object) -> dict[int, tuple[int, int]]:
    return {m.month: (m.employer, m.worker) for m in plan_budget.per_month()}  # type: ignore[attr-defined]


def test_apbd_perubahan_from_october(store: Store, office: dict[str, int],
                                     add_worker: AddWorker) -> None:
    # Two honorer at Rp2.500.000, JKK 0,24 % + JKM 0,30 % (sangat rendah):
    #   6.000 + 7.500 = 13.500 per person per month (DOMAIN.md worked example).
    # One Ketua RT (BPU) on Rp1.000.000: JKK 1 % = 10.000 + JKM flat 6.800 = 16.800.
    # APBD-Perubahan from October: 3 months (Oktober, November, Desember).
    #   per month: 2 × 13.500 + 16.800 = 43.800; period: 3 × 43.800 = 131.400.
    add_worker(office["dinkes"])
    add_worker(office["dinkes"])
    add_worker(office["dinkes"], wage=1_000_000, category="rt-rw", ptype="BPU")
    plan = planner.compute_scenario(store, Scenario(year=2026, from_month=10))
    b = plan.budget
    assert (b.from_month, b.to_month, b.is_perubahan) == (10, 12, True)
    assert months(b) == {10: (43_800, 0), 11: (43_800, 0), 12: (43_800, 0)}
    assert b.employer == 131_400 and b.worker == 0
    per_cat = {c["category"]: c["employer"] for c in plan.per_category()}
    assert per_cat == {"honorer": 3 * 27_000, "rt-rw": 3 * 16_800}
    # kode rekening per unit × program
    upt = {(u.unit_id, u.program): u for u in b.per_unit_program()}
    assert upt[(office["dinkes"], Program.JKK)].account_code.code == "5.1.02.02.02.0006"
    assert upt[(office["dinkes"], Program.JKK)].employer == 3 * (2 * 6_000 + 10_000)
    assert upt[(office["dinkes"], Program.JKM)].employer == 3 * (2 * 7_500 + 6_800)


def test_jp_cap_changes_in_march(store: Store, office: dict[str, int],
                                 add_worker: AddWorker) -> None:
    # Wage Rp12.000.000, JKK + JKM + JP, budget year 2026 (APBD, Jan–Dec).
    # JKK 0,24 % × 12.000.000 = 28.800; JKM 0,30 % × 12.000.000 = 36.000 (no cap).
    # JP base capped: Jan–Feb 2026 the 2025-03 cap 10.547.400 is in force →
    #   employer 2 % = 210.948, worker 1 % = 105.474;
    # from March 2026 the 2026-03 cap 11.086.300 → employer 221.726, worker 110.863.
    # Feb: employer 28.800 + 36.000 + 210.948 = 275.748, worker 105.474
    # Mar: employer 28.800 + 36.000 + 221.726 = 286.526, worker 110.863
    # Year: employer 2 × 275.748 + 10 × 286.526 = 3.416.756
    #       worker   2 × 105.474 + 10 × 110.863 = 1.319.578
    add_worker(office["dinkes"], wage=12_000_000, programs={"jkk", "jkm", "jp"})
    b = planner.compute_scenario(store, Scenario(year=2026)).budget
    per_month = {m.month: m for m in b.per_month()}
    assert (per_month[2].employer, per_month[2].worker) == (275_748, 105_474)
    assert (per_month[3].employer, per_month[3].worker) == (286_526, 110_863)
    assert per_month[2].jp_cap == 10_547_400 and per_month[3].jp_cap == 11_086_300
    assert b.employer == 3_416_756 and b.worker == 1_319_578


def test_wage_increase_hires_and_exits(store: Store, office: dict[str, int],
                                       add_worker: AddWorker) -> None:
    # Dinkes: two honorer at 2.500.000 (13.500/month each).
    # - wage +10 % from July: 2.750.000 → JKK 6.600 + JKM 8.250 = 14.850 per month;
    # - one of them leaves from July (so only one is raised);
    # - three hires at 3.000.000 from April (unit default JKK+JKM):
    #   7.200 + 9.000 = 16.200 each per month.
    # Jan–Mar: 2 × 13.500 = 27.000
    # Apr–Jun: 27.000 + 3 × 16.200 = 75.600
    # Jul–Dec: 14.850 + 3 × (3.300.000 → 7.920 + 9.900 = 17.820) = 14.850 + 53.460 = 68.310
    # Year: 3 × 27.000 + 3 × 75.600 + 6 × 68.310 = 81.000 + 226.800 + 409.860 = 717.660
    add_worker(office["dinkes"])
    add_worker(office["dinkes"])
    sc = Scenario(year=2026, wage_increases=(WageIncrease(7, percent=Decimal(10)),),
                  staff_changes=(StaffChange("masuk", office["dinkes"], 3, 4, wage=3_000_000),
                                 StaffChange("keluar", office["dinkes"], 1, 7)))
    b = planner.compute_scenario(store, sc).budget
    got = months(b)
    assert got[1] == got[3] == (27_000, 0)
    assert got[4] == got[6] == (75_600, 0)
    assert got[7] == got[12] == (68_310, 0)
    assert b.employer == 717_660
    heads = {m.month: m.headcount[Program.JKK] for m in b.per_month()}
    assert (heads[1], heads[4], heads[7]) == (2, 5, 4)


def test_program_sets_and_enrolled_only(store: Store, office: dict[str, int],
                                        add_worker: AddWorker) -> None:
    # Honorer given JKK + JKM + JHT: JHT employer 3,7 % × 2.500.000 = 92.500, worker 2 %
    # = 50.000 (DOMAIN.md). Risk class "sedang" at DLH: JKK 0,89 % × 2.500.000 = 22.250.
    # The RT/RW asked for JP: JP does not exist for BPU, so only JKK + JKM (16.800).
    add_worker(office["dlh"])
    add_worker(office["dlh"], status="belum")
    add_worker(office["dlh"], wage=1_000_000, category="rt-rw", ptype="BPU")
    sets = {"honorer": frozenset({Program.JKK, Program.JKM, Program.JHT}),
            "rt-rw": frozenset({Program.JKK, Program.JKM, Program.JP})}
    plan = planner.compute_scenario(store, Scenario(year=2026, from_month=12,
                                                    program_sets=sets))
    honorer = 22_250 + 7_500 + 92_500
    assert months(plan.budget)[12] == (2 * honorer + 16_800, 2 * 50_000)
    assert any("BPU" in n for n in plan.notes)
    only = planner.compute_scenario(store, Scenario(year=2026, from_month=12,
                                                    program_sets=sets,
                                                    include_not_enrolled=False))
    assert months(only.budget)[12] == (honorer + 16_800, 50_000)


def test_exit_of_more_workers_than_exist_is_refused(store: Store, office: dict[str, int],
                                                    add_worker: AddWorker) -> None:
    add_worker(office["dinkes"])
    sc = Scenario(year=2026, staff_changes=(StaffChange("keluar", office["dinkes"], 2, 3),))
    with pytest.raises(UserError, match="melebihi"):
        planner.compute_scenario(store, sc)


def test_default_scenario_equals_budget_service(demo_store: Store) -> None:
    for first in (1, 10):
        plain = budget_for_database(demo_store, year=2026, from_month=first)
        plan = planner.compute_scenario(demo_store, Scenario(year=2026, from_month=first))
        assert [x.to_dict() for x in plan.budget.lines] == [x.to_dict() for x in plain.lines]
        assert plan.budget.to_dict()["per_month"] == plain.to_dict()["per_month"]


def test_save_load_compare(store: Store, office: dict[str, int],
                           add_worker: AddWorker) -> None:
    add_worker(office["dinkes"])
    add_worker(office["pkm"])
    a = Scenario(year=2026, name="Murni")
    b = Scenario(year=2026, from_month=10, name="Perubahan",
                 program_sets={"honorer": frozenset({Program.JKK, Program.JKM, Program.JHT})},
                 wage_increases=(WageIncrease(11, amount=500_000),), note="uji")
    planner.save_scenario(store, a)
    planner.save_scenario(store, b)
    assert [s["name"] for s in planner.list_scenarios(store)] == ["Murni", "Perubahan"]
    loaded = planner.load_scenario(store, "Perubahan")
    assert loaded.to_params() == b.to_params() and loaded.name == "Perubahan"
    # saving again under the same name replaces it
    planner.save_scenario(store, Scenario(year=2027, name="Murni"))
    assert planner.load_scenario(store, "Murni").year == 2027
    planner.save_scenario(store, a)

    pa, pb, cmp = planner.compare_scenarios(store, "Murni", "Perubahan")
    # A: 2 × 13.500 × 12 = 324.000. B (Oct–Dec, JHT added, +500.000 from November):
    #   Oct: 2 × (13.500 + 92.500) = 212.000 employer, 2 × 50.000 worker
    #   Nov–Dec at 3.000.000: JKK 7.200 + JKM 9.000 + JHT 111.000 = 127.200 employer,
    #   60.000 worker, per person.
    assert pa.budget.employer == 324_000
    assert pb.budget.employer == 212_000 + 2 * 2 * 127_200
    assert pb.budget.worker == 100_000 + 2 * 2 * 60_000
    by_month = {r.key: r for r in cmp.per_month}
    assert set(by_month) == set(range(1, 13))
    assert by_month[1].b_total == 0 and by_month[1].diff_total == -27_000
    assert by_month[11].diff_employer == 2 * 127_200 - 27_000
    per_unit = {r.key: r for r in cmp.per_unit}
    assert per_unit[office["pkm"]].a_total == 162_000
    assert cmp.total.diff_total == pb.budget.total - pa.budget.total
    # the Budget a scenario hands to documents/exports is the same object type
    assert planner.scenario_budget(store, "Perubahan").employer == pb.budget.employer

    planner.delete_scenario(store, "Murni")
    with pytest.raises(UserError, match="tidak ditemukan"):
        planner.load_scenario(store, "Murni")


def test_groups_cache_follows_writes(store: Store, office: dict[str, int],
                                     add_worker: AddWorker) -> None:
    add_worker(office["dinkes"])
    first = planner.compute_scenario(store, Scenario(year=2026)).budget.employer
    add_worker(office["dinkes"])
    assert planner.compute_scenario(store, Scenario(year=2026)).budget.employer == 2 * first


def test_worker_without_program_rows_gets_unit_defaults(store: Store, office: dict[str, int],
                                                        add_worker: AddWorker) -> None:
    wid = add_worker(office["dinkes"])
    with store.tx():
        store.conn.execute("DELETE FROM worker_programs WHERE worker_id = ?", (wid,))
    b = planner.compute_scenario(store, Scenario(year=2026, from_month=12)).budget
    assert b.employer == 13_500
