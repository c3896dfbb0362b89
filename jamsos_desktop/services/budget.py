"""Budget for the workers in the database: the store folds them into groups, the domain
engine prices each group once per month (exact: contributions round per worker)."""

from __future__ import annotations

from datetime import date
from typing import Any

from jamsos_desktop.domain.budget import Budget, WorkerGroup, compute_budget
from jamsos_desktop.domain.enums import EnrollmentStatus, ParticipantType, Program, RiskClass
from jamsos_desktop.domain.rates import RateTable, default_account_codes, default_rate_table
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq

# "Active" for a budget: everyone still employed, whatever their enrollment stage; the
# not-yet-enrolled are exactly who the APBD must provide for.
ACTIVE_STATUSES = frozenset({EnrollmentStatus.BELUM.value, EnrollmentStatus.DIUSULKAN.value,
                             EnrollmentStatus.TERDAFTAR.value})


def worker_groups(store: Store, worker_filter: wq.WorkerFilter | None = None
                  ) -> list[WorkerGroup]:
    f = worker_filter or wq.WorkerFilter(statuses=ACTIVE_STATUSES)
    groups = []
    for unit_id, ptype, risk, wage, programs, jp_birth, n in wq.budget_groups(store.conn, f):
        groups.append(WorkerGroup(
            unit_id=int(unit_id), participant_type=ParticipantType(ptype),
            risk_class=RiskClass(risk) if risk else None, wage=int(wage or 0),
            programs=frozenset(Program(p) for p in str(programs).split(",") if p),
            count=int(n), birth_date=date.fromisoformat(jp_birth) if jp_birth else None))
    return groups


def active_rate_table(store: Store) -> RateTable:
    """The bundled table, or the office's own file when one was loaded (setting
    `rate_table_path`): a new table needs no new release."""
    path = store.get_setting("rate_table_path")
    if path:
        from jamsos_desktop.domain.rates import load_rate_table

        return load_rate_table(path)
    return default_rate_table()


def budget_for_database(store: Store, *, year: int, from_month: int = 1, to_month: int = 12,
                        worker_filter: wq.WorkerFilter | None = None,
                        table: RateTable | None = None) -> Budget:
    if not 2000 <= year <= 2100:
        raise UserError("Tahun anggaran harus antara 2000 dan 2100.", code="budget.year")
    if not 1 <= from_month <= to_month <= 12:
        raise UserError("Bulan awal harus 1–12 dan tidak melewati bulan akhir.",
                        code="budget.month")
    return compute_budget(worker_groups(store, worker_filter), year=year, from_month=from_month,
                          to_month=to_month, table=table or active_rate_table(store),
                          account_codes=default_account_codes())


def budget_summary(store: Store, budget: Budget) -> dict[str, Any]:
    """The CLI/JSON shape: per unit and program with names and kode rekening, grand totals."""
    units = {u["id"]: u for u in uq.list_units(store.conn, include_archived=True)}
    per_unit: dict[int, dict[str, Any]] = {}
    for line in budget.per_unit_program():
        unit = units.get(line.unit_id, {})
        entry = per_unit.setdefault(line.unit_id, {
            "unit_id": line.unit_id, "code": unit.get("code"), "name": unit.get("name"),
            "programs": {}, "employer": 0, "worker": 0, "total": 0})
        entry["programs"][line.program.value] = {
            "account_code": line.account_code.code if line.account_code else None,
            "months": line.months, "employer": line.employer, "worker": line.worker,
            "total": line.total}
        entry["employer"] += line.employer
        entry["worker"] += line.worker
        entry["total"] += line.total
    return {
        "year": budget.year, "from_month": budget.from_month, "to_month": budget.to_month,
        "perubahan": budget.is_perubahan,
        "units": sorted(per_unit.values(), key=lambda u: u["code"] or ""),
        "programs": {p.program.value: {"account_code": p.account_code.code
                                       if p.account_code else None,
                                       "worker_months": p.worker_months,
                                       "employer": p.employer, "worker": p.worker,
                                       "total": p.total} for p in budget.per_program()},
        "employer": budget.employer, "worker": budget.worker, "total": budget.total,
        "warnings": [w.to_dict() for w in budget.warnings],
    }
