"""Budget planning: scenarios ("what if") on top of `compute_budget`.

A scenario says which fiscal period is budgeted (APBD: January–December; APBD-Perubahan:
from a chosen month), which programs each worker category gets (overriding the database's
memberships), and assumptions: wage increases from a month, planned hires and exits per unit,
and whether not-yet-enrolled workers are included.

How it stays exact and fast: every assumption only changes *which groups exist in which
months* or *their wage from a month*. So the groups are cut into pieces, each with a month
range [start, stop]; pieces sharing a range go to `compute_budget` in one call, and the
per-month lines of all calls are summed. Rounding stays per worker per program per month
(DOMAIN.md §2) because `compute_budget` prices each worker shape exactly; summing lines of
disjoint pieces changes nothing.

Per-category totals come from the same calls: each (unit, category) pair is given a
synthetic unit id before pricing and folded back afterwards, so categories cost no
extra engine calls.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from jamsos_desktop.domain.budget import (
    Budget,
    BudgetLine,
    BudgetWarning,
    WorkerGroup,
    compute_budget,
)
from jamsos_desktop.domain.enums import (
    PROGRAM_ORDER,
    Category,
    ParticipantType,
    Program,
    RiskClass,
    format_programs,
)
from jamsos_desktop.domain.money import round_half_up
from jamsos_desktop.domain.rates import AccountCode, RateTable, month_label
from jamsos_desktop.errors import DomainError

__all__ = [
    "CategoryLine",
    "DiffRow",
    "Plan",
    "PlanGroup",
    "Scenario",
    "ScenarioComparison",
    "StaffChange",
    "UnitInfo",
    "WageIncrease",
    "compare_budgets",
    "compute_plan",
    "pension_window",
]

# Participants of these programs are wage earners only (JP: PP 45/2015; JKP: businesses).
_PU_ONLY = frozenset({Program.JP, Program.JKP})
_PROGRAM_RANK = {p: i for i, p in enumerate(PROGRAM_ORDER)}
ACTIVE = ("belum", "diusulkan", "terdaftar")
ENROLLED = "terdaftar"
PARAMS_VERSION = 1


# --- inputs --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PlanGroup:
    """Workers of one unit sharing everything their contribution depends on, plus the two
    planning dimensions (category for program sets, status for "include not enrolled")."""

    unit_id: int
    category: str
    participant_type: ParticipantType
    wage: int
    programs: frozenset[Program]  # database memberships (the unit's defaults when none)
    status: str
    count: int
    birth_date: date | None = None  # only where JP may apply (see `pension_window`)


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a planned hire in this unit inherits."""

    risk_class: RiskClass
    default_programs: frozenset[Program]
    name: str = ""


@dataclass(frozen=True, slots=True)
class WageIncrease:
    """Raise PU wages from `from_month`: by `percent` (rounded half-up to the rupiah per
    worker) or by a fixed `amount`. `categories=None` means every category. BPU declared
    income is not a wage and is never raised."""

    from_month: int
    percent: Decimal | None = None
    amount: int | None = None
    categories: frozenset[str] | None = None

    def apply(self, wage: int) -> int:
        if self.percent is not None:
            return wage + round_half_up(Decimal(wage) * self.percent / 100)
        return wage + (self.amount or 0)

    def describe(self) -> str:
        how = (f"{_percent_text(self.percent)} %" if self.percent is not None
               else _rp(self.amount or 0))
        who = ("semua kategori" if self.categories is None
               else ", ".join(_category_label(c) for c in sorted(self.categories)))
        return f"Kenaikan upah {how} mulai bulan {_month_name(self.from_month)} ({who})"

    def to_dict(self) -> dict[str, Any]:
        return {"from_month": self.from_month,
                "percent": None if self.percent is None else str(self.percent),
                "amount": self.amount,
                "categories": None if self.categories is None else sorted(self.categories)}


@dataclass(frozen=True, slots=True)
class StaffChange:
    """Planned hires ("masuk": `count` new workers at `wage` in `category`) or exits
    ("keluar": `count` current workers leave; `wage`/`category` narrow who) from a month."""

    kind: Literal["masuk", "keluar"]
    unit_id: int
    count: int
    from_month: int
    wage: int | None = None
    category: str | None = None

    def describe(self, unit_name: str = "") -> str:
        unit = unit_name or f"unit {self.unit_id}"
        verb = "Penambahan" if self.kind == "masuk" else "Pengurangan"
        text = f"{verb} {self.count} pekerja di {unit} mulai bulan {_month_name(self.from_month)}"
        details = []
        if self.category:
            details.append(_category_label(self.category))
        if self.wage is not None:
            details.append(f"upah {_rp(self.wage)}")
        return text + (f" ({', '.join(details)})" if details else "")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "unit_id": self.unit_id, "count": self.count,
                "from_month": self.from_month, "wage": self.wage, "category": self.category}


@dataclass(frozen=True)
class Scenario:
    year: int
    from_month: int = 1
    to_month: int = 12
    include_not_enrolled: bool = True
    # category → programs; a category not listed keeps each worker's own memberships
    program_sets: Mapping[str, frozenset[Program]] = field(default_factory=dict)
    wage_increases: tuple[WageIncrease, ...] = ()
    staff_changes: tuple[StaffChange, ...] = ()
    name: str = ""
    note: str = ""

    @property
    def is_perubahan(self) -> bool:
        return self.from_month > 1

    @property
    def kind_label(self) -> str:
        return "APBD-Perubahan" if self.is_perubahan else "APBD"

    @property
    def months(self) -> range:
        return range(self.from_month, self.to_month + 1)

    def period_label(self) -> str:
        return (f"{self.kind_label} {self.year} ({month_label(self.year, self.from_month)} – "
                f"{month_label(self.year, self.to_month)})")

    def check(self) -> Scenario:
        """Refuse an impossible scenario with one Indonesian sentence; returns self."""
        if isinstance(self.year, bool) or not isinstance(self.year, int) \
                or not 2000 <= self.year <= 2100:
            raise DomainError("Tahun anggaran harus antara 2000 dan 2100.", code="plan.year")
        if not 1 <= self.from_month <= self.to_month <= 12:
            raise DomainError("Bulan awal harus 1–12 dan tidak melewati bulan akhir.",
                              code="plan.month")
        for category, programs in self.program_sets.items():
            if not programs:
                raise DomainError(f"Program untuk kategori {_category_label(category)} belum "
                                  "dipilih.", code="plan.programs")
        for inc in self.wage_increases:
            if not 1 <= inc.from_month <= 12:
                raise DomainError("Bulan mulai kenaikan upah harus 1–12.", code="plan.month")
            if (inc.percent is None) == (inc.amount is None):
                raise DomainError("Kenaikan upah diisi persen atau jumlah rupiah, salah satu.",
                                  code="plan.increase")
            if inc.percent is not None and not Decimal(-100) < inc.percent <= Decimal(1000):
                raise DomainError("Persentase kenaikan upah tidak wajar.", code="plan.increase")
        for ch in self.staff_changes:
            if ch.kind not in ("masuk", "keluar"):
                raise DomainError(f"Jenis perubahan pegawai '{ch.kind}' tidak dikenal "
                                  "(masuk/keluar).", code="plan.change")
            if not 1 <= ch.from_month <= 12:
                raise DomainError("Bulan mulai perubahan jumlah pegawai harus 1–12.",
                                  code="plan.month")
            if isinstance(ch.count, bool) or not isinstance(ch.count, int) or ch.count <= 0:
                raise DomainError("Jumlah pegawai yang masuk/keluar harus bilangan bulat "
                                  "positif.", code="plan.change")
            if ch.kind == "masuk" and (ch.wage is None or ch.wage < 0):
                raise DomainError("Upah pegawai baru wajib diisi (rupiah per bulan).",
                                  code="plan.change")
        return self

    # -- JSON (budget_scenarios.params) --

    def to_params(self) -> dict[str, Any]:
        return {
            "version": PARAMS_VERSION, "year": self.year, "from_month": self.from_month,
            "to_month": self.to_month, "include_not_enrolled": self.include_not_enrolled,
            "program_sets": {c: format_programs(p).split(",")
                             for c, p in sorted(self.program_sets.items())},
            "wage_increases": [w.to_dict() for w in self.wage_increases],
            "staff_changes": [s.to_dict() for s in self.staff_changes],
            "note": self.note,
        }

    @classmethod
    def from_params(cls, params: Mapping[str, Any], name: str = "") -> Scenario:
        try:
            sets = {str(c): frozenset(Program(p) for p in programs)
                    for c, programs in (params.get("program_sets") or {}).items()}
            increases = tuple(
                WageIncrease(from_month=int(w["from_month"]),
                             percent=None if w.get("percent") in (None, "")
                             else Decimal(str(w["percent"])),
                             amount=None if w.get("amount") is None else int(w["amount"]),
                             categories=None if w.get("categories") is None
                             else frozenset(w["categories"]))
                for w in params.get("wage_increases") or ())
            changes = tuple(
                StaffChange(kind=s["kind"], unit_id=int(s["unit_id"]), count=int(s["count"]),
                            from_month=int(s["from_month"]),
                            wage=None if s.get("wage") is None else int(s["wage"]),
                            category=s.get("category"))
                for s in params.get("staff_changes") or ())
            return cls(year=int(params["year"]), from_month=int(params.get("from_month", 1)),
                       to_month=int(params.get("to_month", 12)),
                       include_not_enrolled=bool(params.get("include_not_enrolled", True)),
                       program_sets=sets, wage_increases=increases, staff_changes=changes,
                       name=name, note=str(params.get("note") or ""))
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise DomainError(f"Skenario '{name}' tersimpan dalam bentuk yang tidak dikenal "
                              f"({exc}).", code="plan.params") from None

    def describe(self, unit_names: Mapping[int, str] | None = None) -> list[str]:
        """The assumptions in Indonesian, one line each (GUI, documents, exports)."""
        names = unit_names or {}
        lines = [self.period_label(),
                 "Pekerja yang belum terdaftar " + ("diikutkan" if self.include_not_enrolled
                                                    else "tidak diikutkan")]
        for category, programs in sorted(self.program_sets.items()):
            lines.append(f"{_category_label(category)}: program "
                         f"{'+'.join(p.value.upper() for p in PROGRAM_ORDER if p in programs)}")
        lines += [w.describe() for w in self.wage_increases]
        lines += [s.describe(names.get(s.unit_id, "")) for s in self.staff_changes]
        if self.note:
            lines.append(f"Catatan: {self.note}")
        return lines


# --- outputs -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CategoryLine:
    category: str
    program: Program
    month: int
    headcount: int
    employer: int
    worker: int
    government: int

    @property
    def total(self) -> int:
        return self.employer + self.worker


@dataclass(frozen=True)
class Plan:
    scenario: Scenario
    budget: Budget  # the same type services/budget.py returns: documents/exports accept it
    category_lines: tuple[CategoryLine, ...]
    notes: tuple[str, ...]  # what the planner did beyond the scenario text (Indonesian)

    def per_category(self) -> list[dict[str, Any]]:
        """Per category: peak head count (largest monthly head count of any program) and
        the period's employer/worker amounts."""
        heads: dict[tuple[str, int], int] = defaultdict(int)
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for line in self.category_lines:
            heads[(line.category, line.month)] = max(heads[(line.category, line.month)],
                                                     line.headcount)
            acc = sums[line.category]
            acc[0] += line.employer
            acc[1] += line.worker
            acc[2] += line.government
        out = []
        for category in _category_order(sums):
            peak = max((n for (c, _), n in heads.items() if c == category), default=0)
            e, w, g = sums[category]
            out.append({"category": category, "label": _category_label(category),
                        "headcount": peak, "employer": e, "worker": w, "government": g,
                        "total": e + w})
        return out


# --- pension-age window ----------------------------------------------------------------------

def pension_window(year: int, table: RateTable) -> tuple[date, date] | None:
    """(lo, hi): for every month of `year`, a worker born on or before `lo` has reached the
    JP pension age and one born after `hi` has not. Only birth dates in between change the
    budget month by month, so the store may clamp the others to `lo` / `hi + 1 day` and
    fold a million birth dates into a few hundred groups without changing any amount.
    None when the table has no pension age for the year (the budget then fails anyway)."""
    try:
        cutoffs = [date(year - table.pension_age(date(year, m, 1)), m, 1) for m in range(1, 13)]
    except DomainError:
        return None
    return min(cutoffs), max(cutoffs)


def clamp_birth(birth: date | None, window: tuple[date, date] | None) -> date | None:
    if birth is None or window is None:
        return birth
    lo, hi = window
    if birth <= lo:
        return lo
    if birth > hi:
        return hi + timedelta(days=1)
    return birth


# --- the planner -----------------------------------------------------------------------------

@dataclass(slots=True)
class _Piece:
    unit_id: int
    category: str
    ptype: ParticipantType
    risk: RiskClass | None
    wage: int
    programs: frozenset[Program]
    birth_date: date | None
    count: int
    start: int  # first month (inclusive)
    stop: int  # last month (inclusive)


def compute_plan(groups: Iterable[PlanGroup], scenario: Scenario, *, table: RateTable,
                 units: Mapping[int, UnitInfo],
                 account_codes: Mapping[Program, AccountCode] | None = None) -> Plan:
    """Price a scenario month by month. `groups` are the database's workers (every active
    status: the scenario decides whom to include); `units` gives risk classes and defaults."""
    sc = scenario.check()
    first, last = sc.from_month, sc.to_month
    notes: list[str] = []
    statuses = set(ACTIVE) if sc.include_not_enrolled else {ENROLLED}
    window = pension_window(sc.year, table)

    # Status only decides who is included: groups differing by status alone are merged
    # before pricing (about halves what the engine loops over on a big roster).
    merged: dict[tuple[Any, ...], _Piece] = {}
    dropped_bpu = 0
    no_program = 0
    for g in groups:
        if g.status not in statuses or g.count <= 0:
            continue
        unit = units.get(g.unit_id)
        if unit is None:
            raise DomainError(f"Unit kerja {g.unit_id} tidak dikenal.", code="plan.unit")
        programs, dropped = _effective_programs(sc, g.category, g.participant_type, g.programs)
        if dropped:
            dropped_bpu += g.count
        if not programs:
            no_program += g.count
            continue
        birth = clamp_birth(g.birth_date, window) if Program.JP in programs else None
        key = (g.unit_id, g.category, g.participant_type, g.wage, programs, birth)
        piece = merged.get(key)
        if piece is None:
            merged[key] = _Piece(g.unit_id, g.category, g.participant_type, unit.risk_class,
                                 g.wage, programs, birth, g.count, first, last)
        else:
            piece.count += g.count
    pieces = list(merged.values())
    if dropped_bpu:
        notes.append(f"JP/JKP tidak berlaku bagi peserta BPU: tidak dianggarkan untuk "
                     f"{dropped_bpu} pekerja BPU.")
    if no_program:
        notes.append(f"{no_program} pekerja tanpa program kepesertaan tidak dianggarkan.")

    for change in sorted(sc.staff_changes, key=lambda c: (c.from_month, c.unit_id)):
        if change.unit_id not in units:
            raise DomainError(f"Unit kerja {change.unit_id} pada rencana perubahan pegawai "
                              "tidak dikenal.", code="plan.unit")
        if change.from_month > last:
            continue  # after the period: nothing to budget
        if change.kind == "masuk":
            pieces.extend(_hires(sc, change, units[change.unit_id], window, first, last))
        else:
            pieces = _exits(pieces, change, units[change.unit_id], first)

    for inc in sorted(sc.wage_increases, key=lambda w: w.from_month):
        pieces = _raise_wages(pieces, inc)

    budget, category_lines = _price(pieces, sc, table, account_codes)
    return Plan(scenario=sc, budget=budget, category_lines=category_lines, notes=tuple(notes))


def _effective_programs(sc: Scenario, category: str, ptype: ParticipantType,
                        own: frozenset[Program]) -> tuple[frozenset[Program], bool]:
    wanted = sc.program_sets.get(category, own)
    if ptype is ParticipantType.BPU and wanted & _PU_ONLY:
        return wanted - _PU_ONLY, True
    return wanted, False


def _hires(sc: Scenario, ch: StaffChange, unit: UnitInfo, window: tuple[date, date] | None,
           first: int, last: int) -> list[_Piece]:
    start = max(ch.from_month, first)
    if start > last:
        return []
    category = ch.category or Category.HONORER.value
    ptype = _category_ptype(category)
    programs, _ = _effective_programs(sc, category, ptype, unit.default_programs)
    if not programs:
        return []
    # A new hire's birth date is unknown: JP is budgeted in full (the engine warns).
    return [_Piece(ch.unit_id, category, ptype, unit.risk_class, ch.wage or 0, programs,
                   None, ch.count, start, last)]


def _exits(pieces: list[_Piece], ch: StaffChange, unit: UnitInfo, first: int) -> list[_Piece]:
    """Cut `count` workers out from `from_month`: the matching pieces with most workers go
    first (deterministic; a clerk who cares names the wage or category)."""
    matching = [p for p in pieces
                if p.unit_id == ch.unit_id and p.stop >= ch.from_month and p.start <= first
                and (ch.category is None or p.category == ch.category)
                and (ch.wage is None or p.wage == ch.wage)]
    available = sum(p.count for p in matching)
    if available < ch.count:
        raise DomainError(
            f"Rencana pengurangan {ch.count} pekerja di {unit.name or f'unit {ch.unit_id}'} "
            f"melebihi jumlah pekerja yang cocok ({available}).", code="plan.exit")
    left = ch.count
    out = [p for p in pieces if not any(p is m for m in matching)]
    for p in sorted(matching, key=lambda p: (-p.count, -p.wage, p.category)):
        take = min(left, p.count)
        left -= take
        if p.count - take:
            out.append(replace(p, count=p.count - take))
        if take and ch.from_month > p.start:  # they stay until the month before
            out.append(replace(p, count=take, stop=min(p.stop, ch.from_month - 1)))
    return out


def _raise_wages(pieces: list[_Piece], inc: WageIncrease) -> list[_Piece]:
    out = []
    for p in pieces:
        applies = (p.ptype is ParticipantType.PU
                   and (inc.categories is None or p.category in inc.categories)
                   and inc.from_month <= p.stop)
        if not applies:
            out.append(p)
            continue
        new_wage = max(0, inc.apply(p.wage))
        if inc.from_month > p.start:
            out.append(replace(p, stop=inc.from_month - 1))
            out.append(replace(p, start=inc.from_month, wage=new_wage))
        else:
            out.append(replace(p, wage=new_wage))
    return out


def _price(pieces: list[_Piece], sc: Scenario, table: RateTable,
           account_codes: Mapping[Program, AccountCode] | None
           ) -> tuple[Budget, tuple[CategoryLine, ...]]:
    # Synthetic unit ids: one per (unit, category), so one engine call prices both views.
    keys: dict[tuple[int, str], int] = {}
    by_range: dict[tuple[int, int], list[WorkerGroup]] = defaultdict(list)
    for p in pieces:
        sid = keys.setdefault((p.unit_id, p.category), len(keys) + 1)
        by_range[(p.start, p.stop)].append(WorkerGroup(
            unit_id=sid, participant_type=p.ptype, risk_class=p.risk, wage=p.wage,
            programs=p.programs, count=p.count, birth_date=p.birth_date))
    if not by_range:
        by_range[(sc.from_month, sc.to_month)] = []
    back = {sid: key for key, sid in keys.items()}
    budgets: list[Budget] = []
    for (start, stop), groups in sorted(by_range.items()):
        try:
            budget = compute_budget(groups, year=sc.year, from_month=start, to_month=stop,
                                    table=table, account_codes=account_codes)
        except DomainError as exc:
            raise _real_unit(exc, back) from None
        budgets.append(budget)

    unit_acc: dict[tuple[int, Program, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    cat_acc: dict[tuple[str, Program, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for budget in budgets:
        for line in budget.lines:
            unit_id, category = back[line.unit_id]
            for acc in (unit_acc[(unit_id, line.program, line.month)],
                        cat_acc[(category, line.program, line.month)]):
                acc[0] += line.headcount
                acc[1] += line.employer
                acc[2] += line.worker
                acc[3] += line.government
    lines = tuple(BudgetLine(u, p, m, *v) for (u, p, m), v in sorted(
        unit_acc.items(), key=lambda kv: (kv[0][0], _PROGRAM_RANK[kv[0][1]], kv[0][2])))
    category_lines = tuple(CategoryLine(c, p, m, *v) for (c, p, m), v in sorted(
        cat_acc.items(), key=lambda kv: (kv[0][0], _PROGRAM_RANK[kv[0][1]], kv[0][2])))
    return _merge(budgets, sc, lines, back), category_lines


def _merge(budgets: Sequence[Budget], sc: Scenario, lines: tuple[BudgetLine, ...],
           back: Mapping[int, tuple[int, str]]) -> Budget:
    first = budgets[0]
    month_info: dict[int, Any] = {}
    for budget in budgets:
        # Budget has no public merge; the per-month rate info is rebuilt from its parts.
        for m, info in budget._month_info.items():
            seen = month_info.get(m)
            if seen is None:
                month_info[m] = info
            else:
                entries = tuple(dict.fromkeys((*seen.entries, *info.entries)))
                month_info[m] = type(info)(jp_cap=seen.jp_cap or info.jp_cap, entries=entries)
    assumptions = tuple(dict.fromkeys(e for b in budgets for e in b.assumptions))
    pension = tuple(dict.fromkeys(a for b in budgets for a in b.pension_ages))
    return Budget(year=sc.year, from_month=sc.from_month, to_month=sc.to_month, lines=lines,
                  warnings=_merge_warnings(budgets, back), account_codes=first.account_codes,
                  table_name=first.table_name, table_version=first.table_version,
                  assumptions=assumptions, pension_ages=pension, _month_info=month_info)


_COUNTS = re.compile(r": \d+ pekerja \(\d+ bulan-pekerja\)\.$")


def _merge_warnings(budgets: Sequence[Budget], back: Mapping[int, tuple[int, str]]
                    ) -> tuple[BudgetWarning, ...]:
    """Sum worker-months; for workers take the largest count of any month range, because a
    worker whose wage rises mid-year sits in two ranges and must not count twice."""
    merged: dict[str, list[Any]] = {}
    fixed: dict[tuple[str, str], BudgetWarning] = {}
    for budget in budgets:
        for w in budget.warnings:
            units = {back[u][0] for u in w.unit_ids if u in back}
            if not _COUNTS.search(w.message):
                fixed.setdefault((w.code, w.message), w)
                continue
            acc = merged.setdefault(w.code, [_COUNTS.sub("", w.message), 0, 0, set()])
            acc[1] = max(acc[1], w.workers)
            acc[2] += w.worker_months
            acc[3] |= units
    out = [BudgetWarning(code, f"{text}: {workers} pekerja ({months} bulan-pekerja).",
                         workers, months, tuple(sorted(units)))
           for code, (text, workers, months, units) in sorted(merged.items())]
    return tuple(out + list(fixed.values()))


def _real_unit(exc: DomainError, back: Mapping[int, tuple[int, str]]) -> DomainError:
    found = re.match(r"Unit kerja (\d+): (.*)", exc.message, re.S)
    if found and int(found.group(1)) in back:
        unit_id, category = back[int(found.group(1))]
        return DomainError(f"Unit kerja {unit_id} ({_category_label(category)}): "
                           f"{found.group(2)}", code=exc.code)
    return exc


# --- comparison ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DiffRow:
    key: Any  # unit id, Program or month number
    a_employer: int
    a_worker: int
    b_employer: int
    b_worker: int

    @property
    def a_total(self) -> int:
        return self.a_employer + self.a_worker

    @property
    def b_total(self) -> int:
        return self.b_employer + self.b_worker

    @property
    def diff_employer(self) -> int:
        return self.b_employer - self.a_employer

    @property
    def diff_total(self) -> int:
        return self.b_total - self.a_total

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value if isinstance(self.key, Program) else self.key
        return {"key": key, "a_employer": self.a_employer, "a_worker": self.a_worker,
                "a_total": self.a_total, "b_employer": self.b_employer,
                "b_worker": self.b_worker, "b_total": self.b_total,
                "diff_employer": self.diff_employer, "diff_total": self.diff_total}


@dataclass(frozen=True)
class ScenarioComparison:
    per_unit: tuple[DiffRow, ...]
    per_program: tuple[DiffRow, ...]
    per_month: tuple[DiffRow, ...]
    total: DiffRow

    def to_dict(self) -> dict[str, Any]:
        return {"per_unit": [r.to_dict() for r in self.per_unit],
                "per_program": [r.to_dict() for r in self.per_program],
                "per_month": [r.to_dict() for r in self.per_month],
                "total": self.total.to_dict()}


def compare_budgets(a: Budget, b: Budget) -> ScenarioComparison:
    """B minus A per unit, program and month (months of either period; a month outside a
    period counts as zero there, so an APBD-P compares fairly with a full APBD)."""
    def sums(budget: Budget, key: Any) -> dict[Any, tuple[int, int]]:
        acc: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
        for line in budget.lines:
            k = key(line)
            acc[k][0] += line.employer
            acc[k][1] += line.worker
        return {k: (v[0], v[1]) for k, v in acc.items()}

    def rows(key: Any, order: Any) -> tuple[DiffRow, ...]:
        sa, sb = sums(a, key), sums(b, key)
        return tuple(DiffRow(k, *sa.get(k, (0, 0)), *sb.get(k, (0, 0)))
                     for k in sorted(set(sa) | set(sb), key=order))

    months = rows(lambda line: line.month, lambda m: m)
    month_keys = {r.key for r in months}
    extra = tuple(DiffRow(m, 0, 0, 0, 0) for m in
                  sorted(set(a.months) | set(b.months)) if m not in month_keys)
    return ScenarioComparison(
        per_unit=rows(lambda line: line.unit_id, lambda u: u),
        per_program=rows(lambda line: line.program, lambda p: _PROGRAM_RANK[p]),
        per_month=tuple(sorted((*months, *extra), key=lambda r: r.key)),
        total=DiffRow("total", a.employer, a.worker, b.employer, b.worker))


# --- small helpers ---------------------------------------------------------------------------

def _category_ptype(category: str) -> ParticipantType:
    try:
        return Category(category).default_participant_type
    except ValueError:
        return ParticipantType.PU


def _category_label(category: str) -> str:
    try:
        return Category(category).label
    except ValueError:
        return category


def _category_order(categories: Iterable[str]) -> list[str]:
    order = {c.value: i for i, c in enumerate(Category)}
    return sorted(categories, key=lambda c: (order.get(c, len(order)), c))


def _month_name(month: int) -> str:
    from jamsos_desktop.domain.rates import MONTHS_ID

    return MONTHS_ID[month - 1]


def _percent_text(value: Decimal | None) -> str:
    return format(value.normalize(), "f").replace(".", ",") if value is not None else ""


def _rp(amount: int) -> str:
    from jamsos_desktop.domain.money import format_rupiah

    return format_rupiah(amount)


def category_label(category: str) -> str:
    """Indonesian label of a stored category code (unknown codes are shown as stored)."""
    return _category_label(category)


def category_order(categories: Iterable[str]) -> list[str]:
    return _category_order(categories)
