"""Monitoring recap for Inpres 2/2021: per category and per unit — head count, enrolled,
coverage, budget needed (employer share, what the APBD pays) against the amount allocated.

`rekap()` returns one JSON-able dict; the CLI, the PDF and the Excel workbook all print
from it, so the three can never disagree. "Allocated" is entered by the user per year and
unit and kept in the settings table (key `rekap.alokasi`: {"2026": {"<unit id>": amount}}).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from jamsos_desktop.domain.enums import PemdaLevel
from jamsos_desktop.domain.planning import Scenario, category_label, category_order
from jamsos_desktop.domain.rates import month_label
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import coverage as coverage_service
from jamsos_desktop.services import planner
from jamsos_desktop.store import Store
from jamsos_desktop.store import planning as pq
from jamsos_desktop.store import units as uq

ALLOCATION_KEY = "rekap.alokasi"


def allocations(store: Store, year: int) -> dict[int, int]:
    raw = store.get_setting(ALLOCATION_KEY, {}) or {}
    per_year = raw.get(str(year), {}) if isinstance(raw, dict) else {}
    out = {}
    for key, value in per_year.items():
        try:
            out[int(key)] = int(value)
        except (TypeError, ValueError):
            continue  # a hand-edited setting must not stop the report
    return out


def set_allocation(store: Store, year: int, unit_id: int, amount: int | None) -> None:
    """Record (or clear, with None) the amount allocated in the APBD for a unit and year."""
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)
                               or amount < 0):
        raise UserError("Pagu anggaran harus bilangan bulat rupiah, tidak negatif.",
                        code="rekap.allocation")
    if uq.get_unit(store.conn, unit_id) is None:
        raise UserError(f"Unit kerja {unit_id} tidak ada.", code="rekap.unit")
    with store.tx():
        raw = store.get_setting(ALLOCATION_KEY, {}) or {}
        per_year = dict(raw.get(str(year), {}))
        old = per_year.get(str(unit_id))
        if amount is None:
            per_year.pop(str(unit_id), None)
        else:
            per_year[str(unit_id)] = amount
        raw[str(year)] = per_year
        store.set_setting(ALLOCATION_KEY, raw)
        store.audit("allocation", "unit", unit_id, old={"year": year, "amount": old},
                    new={"year": year, "amount": amount})


def pemda_title(store: Store) -> str:
    pemda = uq.get_pemda(store.conn)
    if not pemda:
        return "Pemerintah Daerah"
    try:
        level = PemdaLevel(pemda["level"]).value.capitalize()
    except ValueError:
        level = ""
    return " ".join(p for p in ("Pemerintah", level, str(pemda["name"])) if p)


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def rekap(store: Store, *, year: int | None = None, scenario: Scenario | str | None = None,
          today: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    year = year or today.year
    if isinstance(scenario, str):
        scenario = planner.load_scenario(store, scenario)
    if scenario is not None and scenario.year != year:
        raise UserError(f"Skenario '{scenario.name}' untuk tahun {scenario.year}, bukan "
                        f"{year}.", code="rekap.year")
    plan_scenario = scenario or Scenario(year=year, name="")
    plan = planner.compute_scenario(store, plan_scenario)
    needed_own = {u.unit_id: u.employer for u in plan.budget.per_unit()}
    cov = coverage_service.coverage(store, today=today, live=True)
    alloc_own = allocations(store, year)
    parents = {int(u["id"]): u["parent_id"] for u in pq.unit_rows(store.conn)}
    needed = coverage_service.roll_up(needed_own, parents)
    alloc = coverage_service.roll_up(alloc_own, parents)

    units = []
    for row in cov.rows:
        uid = row.unit_id
        assert uid is not None
        n, a = needed.get(uid, 0), alloc.get(uid, 0)
        units.append({"unit_id": uid, "code": row.code, "name": row.name, "depth": row.depth,
                      "parent_id": row.parent_id, "workers": row.workers,
                      "enrolled": row.enrolled, "proposed": row.proposed,
                      "not_enrolled": row.not_enrolled,
                      "coverage": _pct(row.enrolled, row.workers), "needed": n,
                      "allocated": a, "difference": a - n})

    # Per category: head counts from the planner's groups (every active worker), amounts
    # from the plan's per-category lines.
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for g in planner.plan_groups(store, year=year):
        acc = counts[g.category]
        acc[0] += g.count
        acc[1 + ("terdaftar", "diusulkan", "belum").index(g.status)] += g.count
    needed_cat = {c["category"]: c["employer"] for c in plan.per_category()}
    categories = []
    for cat in category_order(set(counts) | set(needed_cat)):
        w, e, p, b = counts.get(cat, [0, 0, 0, 0])
        categories.append({"category": cat, "label": category_label(cat), "workers": w,
                           "enrolled": e, "proposed": p, "not_enrolled": b,
                           "coverage": _pct(e, w), "needed": needed_cat.get(cat, 0)})

    t = cov.total
    total_needed = sum(needed_own.values())
    total_alloc = sum(alloc_own.values())
    return {
        "pemda": pemda_title(store), "year": year, "as_of": today.isoformat(),
        "period": f"{month_label(year, plan_scenario.from_month)} – "
                  f"{month_label(year, plan_scenario.to_month)}",
        "scenario": scenario.name if scenario is not None else None,
        "basis": ("Kebutuhan menurut skenario " + repr(scenario.name) if scenario is not None
                  else "Kebutuhan: iuran bagian pemberi kerja (beban APBD) seluruh pekerja aktif "
                       "dengan program masing-masing, Januari–Desember"),
        "units": units, "categories": categories,
        "total": {"workers": t.workers, "enrolled": t.enrolled, "proposed": t.proposed,
                  "not_enrolled": t.not_enrolled, "coverage": _pct(t.enrolled, t.workers),
                  "needed": total_needed, "allocated": total_alloc,
                  "difference": total_alloc - total_needed,
                  "monthly_contribution": t.monthly_contribution},
        "warnings": [w.message for w in plan.budget.warnings] + list(plan.notes),
    }
