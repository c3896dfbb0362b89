"""Budget planner use cases: price a scenario over the database, save/load/compare named
scenarios, and hand a scenario's `Budget` to documents and exports (`scenario_budget`).

The database's worker groups are cached per database file and data fingerprint, so changing
an assumption in the GUI re-prices in a fraction of a second even on a million workers; any
write (audited, or changing the worker count) changes the fingerprint and refreshes them.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from datetime import date
from typing import Any

from jamsos_desktop.domain.budget import Budget
from jamsos_desktop.domain.enums import (
    ParticipantType,
    Program,
    RiskClass,
    parse_programs,
)
from jamsos_desktop.domain.planning import (
    ACTIVE,
    ENROLLED,
    Plan,
    PlanGroup,
    Scenario,
    ScenarioComparison,
    UnitInfo,
    category_label,
    compare_budgets,
    compute_plan,
    pension_window,
)
from jamsos_desktop.domain.rates import RateTable, default_account_codes
from jamsos_desktop.errors import UserError
from jamsos_desktop.services.budget import active_rate_table, budget_summary
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import coverage as cq
from jamsos_desktop.store import planning as pq

__all__ = [
    "compare_scenarios",
    "compute_scenario",
    "default_scenario",
    "delete_scenario",
    "list_scenarios",
    "load_scenario",
    "plan_groups",
    "plan_summary",
    "save_scenario",
    "scenario_budget",
    "unit_infos",
]

_CACHE: OrderedDict[tuple[Any, ...], list[PlanGroup]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 4


def unit_infos(store: Store) -> dict[int, UnitInfo]:
    out = {}
    for u in pq.unit_rows(store.conn):
        try:
            defaults = parse_programs(u["default_programs"] or "jkk,jkm")
        except UserError:
            defaults = frozenset({Program.JKK, Program.JKM})
        out[int(u["id"])] = UnitInfo(RiskClass(u["risk_class"]), defaults,
                                     f"{u['code']} {u['name']}")
    return out


def plan_groups(store: Store, *, year: int, jp_categories: frozenset[str] = frozenset(),
                table: RateTable | None = None, statuses: tuple[str, ...] = ACTIVE,
                by_category: bool = True) -> list[PlanGroup]:
    """Active workers in `statuses` (default: every active status), grouped for planning;
    without `by_category` the category is "" (faster: see store.planning). Cached per
    database, data fingerprint and arguments."""
    table = table or active_rate_table(store)
    window = pension_window(year, table)
    window_iso = None if window is None else (window[0].isoformat(),
                                              date.fromordinal(window[1].toordinal() + 1)
                                              .isoformat())
    key = (str(store.path.resolve()), cq.fingerprint(store.conn), window_iso,
           tuple(sorted(jp_categories)), tuple(sorted(statuses)), by_category)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    rows = pq.plan_groups(store.conn, statuses, window_iso, jp_categories,
                          by_category=by_category)
    defaults = {u: info.default_programs for u, info in unit_infos(store).items()}
    births: dict[str, date | None] = {}
    program_sets: dict[str, frozenset[Program]] = {}
    groups = []
    for unit_id, category, ptype, status, programs_text, wage, birth, n in rows:
        if programs_text:
            programs = program_sets.get(programs_text)
            if programs is None:
                programs = program_sets[programs_text] = frozenset(
                    Program(p) for p in programs_text.split(",") if p)
        else:  # no membership recorded yet: what the unit would enroll them in
            programs = defaults.get(unit_id, frozenset())
        if birth is not None and birth not in births:
            try:
                births[birth] = date.fromisoformat(birth)
            except ValueError:  # a malformed stored date: treated as unknown
                births[birth] = None
        groups.append(PlanGroup(unit_id=int(unit_id), category=category or "",
                                participant_type=ParticipantType(ptype), wage=int(wage),
                                programs=programs, status=status, count=int(n),
                                birth_date=births.get(birth) if birth else None))
    with _CACHE_LOCK:
        _CACHE[key] = groups
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return groups


def default_scenario(year: int, from_month: int = 1) -> Scenario:
    """What the `anggaran` command budgets: every active worker, own programs."""
    return Scenario(year=year, from_month=from_month)


def compute_scenario(store: Store, scenario: Scenario, *, table: RateTable | None = None,
                     by_category: bool = True) -> Plan:
    """Price a scenario. `by_category=False` (allowed only without program sets per
    category) skips the per-category view for a faster grouping (the Beranda's amounts)."""
    table = table or active_rate_table(store)
    scenario.check()
    jp_categories = frozenset(c for c, p in scenario.program_sets.items() if Program.JP in p)
    # Enrolled-only plans (the Beranda's monthly contribution) group about half the rows.
    statuses = ACTIVE if scenario.include_not_enrolled else (ENROLLED,)
    groups = plan_groups(store, year=scenario.year, jp_categories=jp_categories, table=table,
                         statuses=statuses,
                         by_category=by_category or bool(scenario.program_sets)
                         or any(c.kind == "keluar" and c.category
                                for c in scenario.staff_changes))
    return compute_plan(groups, scenario, table=table, units=unit_infos(store),
                        account_codes=default_account_codes())


def scenario_budget(store: Store, scenario: Scenario | str) -> Budget:
    """The scenario's `Budget` — the same type `services.budget.budget_for_database`
    returns, so the budget document and the Excel export accept a scenario unchanged.
    `scenario` may be a saved scenario's name."""
    if isinstance(scenario, str):
        scenario = load_scenario(store, scenario)
    return compute_scenario(store, scenario).budget


# --- saved scenarios -------------------------------------------------------------------------

def _check_name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise UserError("Nama skenario wajib diisi.", code="scenario.name")
    if len(clean) > 80:
        raise UserError("Nama skenario paling panjang 80 karakter.", code="scenario.name")
    return clean


def save_scenario(store: Store, scenario: Scenario, name: str | None = None) -> int:
    """Save under `name` (default: the scenario's own name), replacing one of that name."""
    clean = _check_name(name if name is not None else scenario.name)
    scenario.check()
    params = json.dumps(scenario.to_params(), ensure_ascii=False, sort_keys=True)
    with store.tx():
        old = pq.get_scenario(store.conn, clean)
        scenario_id = pq.save_scenario(store.conn, clean, params, now_iso())
        store.audit("update" if old else "create", "budget_scenario", scenario_id,
                    old=json.loads(old["params"]) if old else None, new=json.loads(params),
                    detail=clean)
    return scenario_id


def load_scenario(store: Store, name: str) -> Scenario:
    row = pq.get_scenario(store.conn, name)
    if row is None:
        known = ", ".join(pq.scenario_names(store.conn)) or "belum ada"
        raise UserError(f"Skenario '{name}' tidak ditemukan (tersimpan: {known}).",
                        code="scenario.missing")
    try:
        params = json.loads(row["params"])
    except json.JSONDecodeError:
        raise UserError(f"Data skenario '{name}' rusak.", code="scenario.params") from None
    return Scenario.from_params(params, name=row["name"])


def list_scenarios(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in pq.list_scenarios(store.conn):
        try:
            sc = Scenario.from_params(json.loads(row["params"]), name=row["name"])
            period = sc.period_label()
        except (UserError, json.JSONDecodeError):
            period = "(data rusak)"
        out.append({"id": row["id"], "name": row["name"], "period": period,
                    "updated_at": row["updated_at"]})
    return out


def delete_scenario(store: Store, name: str) -> None:
    with store.tx():
        row = pq.get_scenario(store.conn, name)
        if row is None:
            raise UserError(f"Skenario '{name}' tidak ditemukan.", code="scenario.missing")
        pq.delete_scenario(store.conn, name)
        store.audit("delete", "budget_scenario", int(row["id"]),
                    old=json.loads(row["params"]), detail=name)


def compare_scenarios(store: Store, a: Scenario | str, b: Scenario | str
                      ) -> tuple[Plan, Plan, ScenarioComparison]:
    sa = load_scenario(store, a) if isinstance(a, str) else a
    sb = load_scenario(store, b) if isinstance(b, str) else b
    pa, pb = compute_scenario(store, sa), compute_scenario(store, sb)
    return pa, pb, compare_budgets(pa.budget, pb.budget)


# --- JSON shape for the CLI and tests --------------------------------------------------------

def plan_summary(store: Store, plan: Plan) -> dict[str, Any]:
    infos = unit_infos(store)
    summary = budget_summary(store, plan.budget)
    summary["scenario"] = {"name": plan.scenario.name, "params": plan.scenario.to_params(),
                           "assumptions": plan.scenario.describe(
                               {u: i.name for u, i in infos.items()})}
    summary["per_month"] = [m.to_dict() for m in plan.budget.per_month()]
    summary["per_category"] = plan.per_category()
    summary["notes"] = list(plan.notes)
    summary["kind"] = plan.scenario.kind_label
    return summary


def comparison_summary(store: Store, plan_a: Plan, plan_b: Plan,
                       comparison: ScenarioComparison) -> dict[str, Any]:
    infos = unit_infos(store)
    data = comparison.to_dict()
    for row in data["per_unit"]:
        row["unit"] = infos[row["key"]].name if row["key"] in infos else str(row["key"])
    return {"a": plan_a.scenario.name or "A", "b": plan_b.scenario.name or "B",
            "a_period": plan_a.scenario.period_label(),
            "b_period": plan_b.scenario.period_label(), **data}


def category_name(code: str) -> str:
    return category_label(code)
