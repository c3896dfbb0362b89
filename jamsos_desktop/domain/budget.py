"""Budget arithmetic (APBD / APBD-Perubahan) over aggregated worker groups.

The store hands over groups from a SQL GROUP BY (unit, type, risk class, wage, programs and,
for JP members only, birth date) with a head count. Because rounding is per worker per
program per month (DOMAIN.md §2), a group's amount is exactly count × one worker's amount,
so each distinct shape is computed once per month and multiplied: a million workers cost
what their few thousand distinct shapes cost.

APBD: January–December; APBD-Perubahan: `from_month` (e.g. 10) to December.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsos_desktop.domain.contributions import (
    MonthlyContribution,
    _check_period,
    _check_programs,
    _check_wage,
    _compute,
    _enum,
    jp_pension_reached,
)
from jamsos_desktop.domain.enums import PROGRAM_ORDER, ParticipantType, Program, RiskClass
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.rates import (
    AccountCode,
    RateEntry,
    RateTable,
    default_account_codes,
    month_label,
)
from jamsos_desktop.errors import DomainError

__all__ = [
    "Budget",
    "BudgetLine",
    "BudgetWarning",
    "MonthTotal",
    "ProgramTotal",
    "UnitProgramTotal",
    "UnitTotal",
    "WorkerGroup",
    "compute_budget",
]

_PROGRAM_RANK = {p: i for i, p in enumerate(PROGRAM_ORDER)}


@dataclass(frozen=True, slots=True)
class WorkerGroup:
    unit_id: int
    participant_type: ParticipantType
    risk_class: RiskClass | None
    wage: int
    programs: frozenset[Program]
    count: int
    birth_date: date | None = None  # set only for JP members (pension age); None otherwise


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One unit × program × month."""

    unit_id: int
    program: Program
    month: int
    headcount: int
    employer: int
    worker: int
    government: int = 0  # JKP, paid by the central government: not in the APBD

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def to_dict(self) -> dict[str, Any]:
        return {"unit_id": self.unit_id, "program": self.program.value, "month": self.month,
                "headcount": self.headcount, "employer": self.employer, "worker": self.worker,
                "government": self.government, "total": self.total}


@dataclass(frozen=True, slots=True)
class UnitProgramTotal:
    unit_id: int
    program: Program
    account_code: AccountCode | None
    months: int  # months with at least one worker counted
    monthly: tuple[BudgetLine, ...]  # the months of the period, in order
    employer: int
    worker: int
    government: int

    @property
    def total(self) -> int:
        return self.employer + self.worker

    @property
    def uniform_monthly(self) -> BudgetLine | None:
        """The single monthly line when every counted month is the same (documents then
        print "Rp X × N bulan"); None when a cap or head count changes within the period."""
        shapes = {(m.headcount, m.employer, m.worker) for m in self.monthly if m.headcount}
        if len(shapes) != 1:
            return None
        return next(m for m in self.monthly if m.headcount)

    def to_dict(self) -> dict[str, Any]:
        uniform = self.uniform_monthly
        return {
            "unit_id": self.unit_id, "program": self.program.value,
            "account_code": self.account_code.to_dict() if self.account_code else None,
            "months": self.months, "monthly": [m.to_dict() for m in self.monthly],
            "uniform_monthly": uniform.to_dict() if uniform else None,
            "employer": self.employer, "worker": self.worker, "government": self.government,
            "total": self.total,
        }


@dataclass(frozen=True, slots=True)
class UnitTotal:
    unit_id: int
    employer: int
    worker: int
    government: int

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def to_dict(self) -> dict[str, Any]:
        return {"unit_id": self.unit_id, "employer": self.employer, "worker": self.worker,
                "government": self.government, "total": self.total}


@dataclass(frozen=True, slots=True)
class ProgramTotal:
    program: Program
    account_code: AccountCode | None
    worker_months: int  # sum of monthly head counts
    employer: int
    worker: int
    government: int

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def to_dict(self) -> dict[str, Any]:
        return {"program": self.program.value,
                "account_code": self.account_code.to_dict() if self.account_code else None,
                "worker_months": self.worker_months, "employer": self.employer,
                "worker": self.worker, "government": self.government, "total": self.total}


@dataclass(frozen=True, slots=True)
class MonthTotal:
    month: int
    employer: int
    worker: int
    government: int
    headcount: dict[Program, int]  # per program (a worker counts once per program)
    jp_cap: int | None  # JP cap in force that month (None when no JP is budgeted)
    entries: tuple[RateEntry, ...]  # rate entries in force that month for the programs used

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month, "employer": self.employer, "worker": self.worker,
                "government": self.government, "total": self.total,
                "headcount": {p.value: n for p, n in self.headcount.items()},
                "jp_cap": self.jp_cap, "rates": [e.describe() for e in self.entries]}


@dataclass(frozen=True, slots=True)
class BudgetWarning:
    """A warning summed over the budget: how many workers and worker-months it touches."""

    code: str
    message: str
    workers: int
    worker_months: int
    unit_ids: tuple[int, ...]

    def to_problem(self) -> Problem:
        return Problem(self.code, self.message, "warning")

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "workers": self.workers,
                "worker_months": self.worker_months, "unit_ids": list(self.unit_ids)}


@dataclass(frozen=True, slots=True)
class _MonthInfo:
    jp_cap: int | None
    entries: tuple[RateEntry, ...]


@dataclass(frozen=True, eq=False)
class Budget:
    year: int
    from_month: int
    to_month: int
    lines: tuple[BudgetLine, ...]  # sorted by unit, program order, month
    warnings: tuple[BudgetWarning, ...]
    account_codes: Mapping[Program, AccountCode]
    table_name: str
    table_version: str
    assumptions: tuple[RateEntry, ...]  # every rate entry in force in the period, programs used
    pension_ages: tuple[str, ...] = ()  # pension-age rules in force (when JP is budgeted)
    _month_info: dict[int, _MonthInfo] = field(default_factory=dict, repr=False)

    @property
    def months(self) -> range:
        return range(self.from_month, self.to_month + 1)

    @property
    def is_perubahan(self) -> bool:
        """APBD-Perubahan: starts after January."""
        return self.from_month > 1

    @property
    def employer(self) -> int:
        return sum(line.employer for line in self.lines)

    @property
    def worker(self) -> int:
        return sum(line.worker for line in self.lines)

    @property
    def government(self) -> int:
        return sum(line.government for line in self.lines)

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def unit_ids(self) -> list[int]:
        return sorted({line.unit_id for line in self.lines})

    def per_unit_program(self) -> list[UnitProgramTotal]:
        grouped: dict[tuple[int, Program], list[BudgetLine]] = defaultdict(list)
        for line in self.lines:
            grouped[(line.unit_id, line.program)].append(line)
        out = []
        for (unit_id, program), lines in sorted(
                grouped.items(), key=lambda kv: (kv[0][0], _PROGRAM_RANK[kv[0][1]])):
            by_month = {line.month: line for line in lines}
            monthly = tuple(by_month.get(m) or BudgetLine(unit_id, program, m, 0, 0, 0)
                            for m in self.months)
            out.append(UnitProgramTotal(
                unit_id=unit_id, program=program, account_code=self.account_codes.get(program),
                months=sum(1 for m in monthly if m.headcount), monthly=monthly,
                employer=sum(m.employer for m in monthly), worker=sum(m.worker for m in monthly),
                government=sum(m.government for m in monthly)))
        return out

    def per_unit(self) -> list[UnitTotal]:
        sums: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for line in self.lines:
            acc = sums[line.unit_id]
            acc[0] += line.employer
            acc[1] += line.worker
            acc[2] += line.government
        return [UnitTotal(u, *sums[u]) for u in sorted(sums)]

    def per_program(self) -> list[ProgramTotal]:
        sums: dict[Program, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for line in self.lines:
            acc = sums[line.program]
            acc[0] += line.headcount
            acc[1] += line.employer
            acc[2] += line.worker
            acc[3] += line.government
        return [ProgramTotal(p, self.account_codes.get(p), *sums[p])
                for p in PROGRAM_ORDER if p in sums]

    def per_month(self) -> list[MonthTotal]:
        out = []
        for m in self.months:
            lines = [line for line in self.lines if line.month == m]
            heads: dict[Program, int] = defaultdict(int)
            for line in lines:
                heads[line.program] += line.headcount
            info = self._month_info.get(m, _MonthInfo(None, ()))
            out.append(MonthTotal(
                month=m, employer=sum(line.employer for line in lines),
                worker=sum(line.worker for line in lines),
                government=sum(line.government for line in lines),
                headcount={p: heads[p] for p in PROGRAM_ORDER if p in heads},
                jp_cap=info.jp_cap, entries=info.entries))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year, "from_month": self.from_month, "to_month": self.to_month,
            "period": f"{month_label(self.year, self.from_month)} – "
                      f"{month_label(self.year, self.to_month)}",
            "is_perubahan": self.is_perubahan,
            "table": {"name": self.table_name, "version": self.table_version},
            "employer": self.employer, "worker": self.worker, "total": self.total,
            "government": self.government,
            "per_unit_program": [t.to_dict() for t in self.per_unit_program()],
            "per_unit": [t.to_dict() for t in self.per_unit()],
            "per_program": [t.to_dict() for t in self.per_program()],
            "per_month": [t.to_dict() for t in self.per_month()],
            "lines": [line.to_dict() for line in self.lines],
            "warnings": [w.to_dict() for w in self.warnings],
            "assumptions": [e.describe() for e in self.assumptions] + list(self.pension_ages),
        }


# Budget-level wording of the engine's per-worker warnings.
_SUMMARY = {
    "jp.pension_age": "JP tidak dianggarkan untuk pekerja yang telah mencapai usia pensiun JP",
    "jp.birth_date_missing": "Tanggal lahir peserta JP tidak diisi; batas usia pensiun JP "
                             "tidak dapat diperiksa",
    "jkp.government_funded": "Iuran JKP dibayar Pemerintah Pusat dan rekomposisi, tidak "
                             "dibebankan ke APBD",
    "program.inpres_minimum": "Program tidak mencakup JKK dan JKM sekaligus (Inpres 2/2021)",
    "wage.zero": "Upah Rp0 tercatat; iuran berbasis upah dihitung Rp0",
}


def compute_budget(groups: Iterable[WorkerGroup], *, year: int, from_month: int = 1,
                   to_month: int = 12, table: RateTable,
                   account_codes: Mapping[Program, AccountCode] | None = None) -> Budget:
    """Budget lines per unit × program × month. `account_codes=None` uses the bundled codes.

    Raises `DomainError` (prefixed with the unit) for impossible groups: negative count or
    wage, JP for BPU, a program without a rate in force in some month …
    """
    _check_period(year, from_month, "Bulan awal")
    _check_period(year, to_month, "Bulan akhir")
    if from_month > to_month:
        raise DomainError("Bulan awal tidak boleh sesudah bulan akhir.", code="period.order")
    codes = dict(default_account_codes() if account_codes is None else account_codes)
    months = tuple(range(from_month, to_month + 1))
    no_flags: tuple[bool | None, ...] = (False,) * len(months)
    unknown_flags: tuple[bool | None, ...] = (None,) * len(months)

    # Pass 1: collapse groups to (unit, shape, per-month JP-exclusion flags): birth dates only
    # matter through those flags, so groups differing only in birth date merge.
    flags_by_birth: dict[date, tuple[bool | None, ...]] = {}
    shapes: dict[tuple[Any, ...], tuple[ParticipantType, RiskClass | None, frozenset[Program]]] = {}
    collapsed: dict[tuple[Any, ...], int] = defaultdict(int)
    for group in groups:
        count = group.count
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise DomainError(f"Unit kerja {group.unit_id}: jumlah pekerja '{count}' tidak sah.",
                              code="budget.count")
        if count == 0:
            continue
        raw_shape = (group.participant_type, group.risk_class, group.programs)
        shape = shapes.get(raw_shape)
        if shape is None:
            try:
                ptype = _enum(ParticipantType, group.participant_type, "Jenis peserta")
                risk = (_enum(RiskClass, group.risk_class, "Kelas risiko")
                        if group.risk_class is not None else None)
                shape = (ptype, risk, _check_programs(group.programs))
            except DomainError as exc:
                raise _in_unit(group.unit_id, exc) from None
            shapes[raw_shape] = shape
        ptype, risk, programs = shape
        flags = no_flags
        if Program.JP in programs and ptype is ParticipantType.PU:
            if group.birth_date is None:
                flags = unknown_flags
            else:
                flags = flags_by_birth.get(group.birth_date)  # type: ignore[assignment]
                if flags is None:
                    try:
                        flags = tuple(jp_pension_reached(group.birth_date, year, m, table)
                                      for m in months)
                    except DomainError as exc:
                        raise _in_unit(group.unit_id, exc) from None
                    flags_by_birth[group.birth_date] = flags
        collapsed[(group.unit_id, ptype, risk, group.wage, programs, flags)] += count

    # Pass 2: one engine call per distinct (shape, flag, month), cached. A shape's months are
    # then compressed into runs of identical amounts and added to per-(unit, program)
    # difference arrays, so a group costs a few additions per program, not one per month.
    n = len(months)
    month_cache: dict[tuple[Any, ...], MonthlyContribution] = {}
    run_cache: dict[tuple[Any, ...], tuple[_Runs, tuple[tuple[str, int], ...]]] = {}
    acc: dict[tuple[int, Program], list[int]] = {}
    warn_workers: dict[str, int] = defaultdict(int)
    warn_months: dict[str, int] = defaultdict(int)
    warn_units: dict[str, set[int]] = defaultdict(set)
    programs_used: set[Program] = set()
    types_used: set[tuple[ParticipantType, RiskClass | None]] = set()
    for (unit_id, ptype, risk, wage, programs, flags), count in collapsed.items():
        vkey = (ptype, risk, wage, programs, flags)
        cached = run_cache.get(vkey)
        if cached is None:
            programs_used |= programs
            types_used.add((ptype, risk if ptype is ParticipantType.PU else None))
            try:
                per_month = []
                for i, month in enumerate(months):
                    mkey = (ptype, risk, wage, programs, flags[i], month)
                    result = month_cache.get(mkey)
                    if result is None:
                        result = _compute(wage=_check_wage(wage), ptype=ptype, risk=risk,
                                          programs=programs, year=year, month=month,
                                          jp_reached=flags[i], table=table)
                        month_cache[mkey] = result
                    per_month.append(result)
            except DomainError as exc:
                raise _in_unit(unit_id, exc) from None
            cached = run_cache[vkey] = _runs(per_month)
        runs, warns = cached
        for program, first, stop, employer, worker, government in runs:
            arr = acc.get((unit_id, program))
            if arr is None:
                arr = acc[(unit_id, program)] = [0] * ((n + 1) * 4)
            a, b = first * 4, stop * 4
            arr[a] += count
            arr[a + 1] += employer * count
            arr[a + 2] += worker * count
            arr[a + 3] += government * count
            arr[b] -= count
            arr[b + 1] -= employer * count
            arr[b + 2] -= worker * count
            arr[b + 3] -= government * count
        for code, months_with in warns:
            warn_workers[code] += count
            warn_months[code] += count * months_with
            warn_units[code].add(unit_id)

    out_lines: list[BudgetLine] = []
    for (unit_id, program), arr in sorted(
            acc.items(), key=lambda kv: (kv[0][0], _PROGRAM_RANK[kv[0][1]])):
        running = [0, 0, 0, 0]
        for i, month in enumerate(months):
            for k in range(4):
                running[k] += arr[i * 4 + k]
            if running[0]:
                out_lines.append(BudgetLine(unit_id, program, month, *running))
    lines = tuple(out_lines)
    warnings = [BudgetWarning(
        code, f"{_SUMMARY.get(code, code)}: {warn_workers[code]} pekerja "
              f"({warn_months[code]} bulan-pekerja).",
        warn_workers[code], warn_months[code], tuple(sorted(warn_units[code])))
        for code in sorted(warn_workers)]
    for program in PROGRAM_ORDER:
        if program not in programs_used:
            continue
        code = codes.get(program)
        if code is None:
            warnings.append(BudgetWarning(
                "account.missing", f"Kode rekening untuk {program.value.upper()} belum diisi.",
                0, 0, ()))
        elif code.needs_verification:
            warnings.append(BudgetWarning(
                "account.unverified", f"Kode rekening {program.value.upper()} ({code.code}) "
                "masih dugaan; verifikasi dengan SIPD/Kepmendagri sebelum dipakai.", 0, 0, ()))

    start, end = date(year, from_month, 1), date(year, to_month, 1)
    month_info = {}
    for m in months:
        on = date(year, m, 1)
        month_info[m] = _MonthInfo(
            jp_cap=table.jp_cap(on) if Program.JP in programs_used else None,
            entries=_entries_for(table, types_used, programs_used, on, on))
    pension = ()
    if Program.JP in programs_used:
        pension = tuple(e.describe() for e in table.pension_age_in_force(start, end))
    return Budget(year=year, from_month=from_month, to_month=to_month, lines=lines,
                  warnings=tuple(warnings), account_codes=codes, table_name=table.name,
                  table_version=table.version,
                  assumptions=_entries_for(table, types_used, programs_used, start, end),
                  pension_ages=pension, _month_info=month_info)


# (program, first month index, stop index (exclusive), employer, worker, government) per worker
_Runs = tuple[tuple[Program, int, int, int, int, int], ...]


def _runs(per_month: list[MonthlyContribution]) -> tuple[_Runs, tuple[tuple[str, int], ...]]:
    """Compress one worker's months into runs of equal amounts per program, and count the
    months each warning code appears in."""
    runs: list[tuple[Program, int, int, int, int, int]] = []
    for program in PROGRAM_ORDER:
        current: tuple[int, int, int] | None = None
        first = 0
        for i, monthly in enumerate([*per_month, None]):
            line = monthly.program(program) if monthly is not None else None
            amounts = (line.employer, line.worker, line.government) if line else None
            if amounts != current:
                if current is not None:
                    runs.append((program, first, i, *current))
                current, first = amounts, i
    warn_counts: dict[str, int] = defaultdict(int)
    for monthly in per_month:
        for code in {w.code for w in monthly.warnings}:
            warn_counts[code] += 1
    return tuple(runs), tuple(sorted(warn_counts.items()))


def _entries_for(table: RateTable, types_used: set[tuple[ParticipantType, RiskClass | None]],
                 programs: set[Program], start: date, end: date) -> tuple[RateEntry, ...]:
    """Entries that actually apply to the budgeted groups (their type, risk class, programs)."""
    ptypes = {t for t, _ in types_used}
    risks = {r for _, r in types_used}
    return tuple(e for e in table.entries_in_force(start, end, programs)
                 if e.participant_type in ptypes
                 and (e.risk_class is None or e.risk_class in risks))


def _in_unit(unit_id: int, exc: DomainError) -> DomainError:
    return DomainError(f"Unit kerja {unit_id}: {exc.message}", code=exc.code)
