"""Coverage monitoring ("Beranda"): per unit (sub-units rolled up) and in total — workers,
enrolled (terdaftar), proposed, not yet, coverage %, monthly contribution — snapshots for the
trend over months, and the data problems that block enrollment.

Definitions (shown in docs/anggaran.md):
- workers: active workers (status belum, diusulkan or terdaftar; not archived, not nonaktif);
- coverage = terdaftar / workers;
- monthly contribution: employer + worker contribution of the *terdaftar* workers for the
  current month, with their own programs and the rates in force that month.

Snapshots: one set of rows per month (`coverage_snapshots`, own figures per unit plus a
whole-pemda row). `record_snapshot_if_changed` is the cheap hook for after writes (it
compares a data fingerprint, ~50 ms on 1M workers, and only then recomputes);
`ensure_monthly_snapshot` takes the month's first one. The fingerprint of the last snapshot
is kept in the settings table, so the overview reuses a snapshot's contribution figures
while nothing changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsos_desktop.domain.enums import EnrollmentStatus
from jamsos_desktop.domain.planning import Scenario
from jamsos_desktop.domain.rates import MONTHS_ID
from jamsos_desktop.errors import DomainError
from jamsos_desktop.services.budget import active_rate_table
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import coverage as cq
from jamsos_desktop.store import planning as pq
from jamsos_desktop.store import units as uq

__all__ = [
    "PROBLEM_LABELS",
    "Coverage",
    "CoverageRow",
    "ProblemItem",
    "ProblemList",
    "TrendPoint",
    "blocking_problems",
    "coverage",
    "ensure_monthly_snapshot",
    "record_snapshot",
    "record_snapshot_if_changed",
    "refresh_snapshot",
    "trend",
]

FINGERPRINT_KEY = "coverage.snapshot_fingerprint"

PROBLEM_LABELS = {
    "nik_invalid": "NIK tidak sah",
    "mother_missing": "Nama ibu kandung belum diisi",
    "wage_missing": "Upah belum diisi",
    "nik_duplicate": "NIK ganda",
    "pension_age": "Telah mencapai usia pensiun JP",
}
# Workers whose enrollment these problems block: those not yet registered.
BLOCKED_STATUSES = (EnrollmentStatus.BELUM.value, EnrollmentStatus.DIUSULKAN.value)


@dataclass
class CoverageRow:
    unit_id: int | None  # None: the whole pemda
    code: str
    name: str
    parent_id: int | None = None
    depth: int = 0
    workers: int = 0
    enrolled: int = 0
    proposed: int = 0
    not_enrolled: int = 0
    monthly_contribution: int = 0

    @property
    def coverage(self) -> float:
        """Share enrolled, 0–100 (a ratio for display, not money)."""
        return 100.0 * self.enrolled / self.workers if self.workers else 0.0

    def add(self, other: CoverageRow) -> None:
        self.workers += other.workers
        self.enrolled += other.enrolled
        self.proposed += other.proposed
        self.not_enrolled += other.not_enrolled
        self.monthly_contribution += other.monthly_contribution

    def to_dict(self) -> dict[str, Any]:
        return {"unit_id": self.unit_id, "code": self.code, "name": self.name,
                "parent_id": self.parent_id, "depth": self.depth, "workers": self.workers,
                "enrolled": self.enrolled, "proposed": self.proposed,
                "not_enrolled": self.not_enrolled, "coverage": round(self.coverage, 2),
                "monthly_contribution": self.monthly_contribution}


@dataclass
class Coverage:
    period: str  # yyyy-mm
    rows: list[CoverageRow]  # tree order (parent before its sub-units), figures rolled up
    total: CoverageRow
    from_snapshot: bool = False  # contribution figures reused from an unchanged snapshot
    own: dict[int, CoverageRow] = field(default_factory=dict)  # per unit, not rolled up

    def top_level(self) -> list[CoverageRow]:
        return [r for r in self.rows if r.depth == 0]

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "from_snapshot": self.from_snapshot,
                "total": self.total.to_dict(), "units": [r.to_dict() for r in self.rows]}


@dataclass(frozen=True)
class TrendPoint:
    period: str
    workers: int
    enrolled: int
    proposed: int
    not_enrolled: int
    monthly_contribution: int

    @property
    def coverage(self) -> float:
        return 100.0 * self.enrolled / self.workers if self.workers else 0.0

    @property
    def label(self) -> str:
        year, month = self.period.split("-")
        return f"{MONTHS_ID[int(month) - 1][:3]} {year}"

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "workers": self.workers, "enrolled": self.enrolled,
                "proposed": self.proposed, "not_enrolled": self.not_enrolled,
                "coverage": round(self.coverage, 2),
                "monthly_contribution": self.monthly_contribution}


@dataclass(frozen=True)
class ProblemItem:
    worker_id: int
    name: str
    nik: str
    unit_id: int
    unit_name: str
    status: str
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"worker_id": self.worker_id, "name": self.name, "nik": self.nik,
                "unit_id": self.unit_id, "unit_name": self.unit_name, "status": self.status,
                "kind": self.kind, "message": self.message}


@dataclass
class ProblemList:
    counts: dict[str, int]  # per kind, all of them
    items: list[ProblemItem]  # at most `limit` per kind, for the screen
    workers: int  # distinct workers with at least one problem

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "workers": self.workers,
                "items": [i.to_dict() for i in self.items]}


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


# --- figures ---------------------------------------------------------------------------------

def coverage_percent(status_counts: Mapping[str, int]) -> float:
    """Coverage (0–100) from counts per enrollment status, by the definition above: the
    share of active workers (nonaktif excluded) that is terdaftar. The status bar and the
    Kepesertaan summary use it, so every screen shows the Beranda's figure."""
    active = sum(n for s, n in status_counts.items() if s != EnrollmentStatus.NONAKTIF.value)
    enrolled = status_counts.get(EnrollmentStatus.TERDAFTAR.value, 0)
    return 100.0 * enrolled / active if active else 0.0


def _own_counts(store: Store) -> dict[int, CoverageRow]:
    own: dict[int, CoverageRow] = {}
    for unit_id, status, n in cq.unit_status_counts(store.conn):
        row = own.setdefault(unit_id, CoverageRow(unit_id, "", ""))
        if status == EnrollmentStatus.TERDAFTAR.value:
            row.enrolled += n
        elif status == EnrollmentStatus.DIUSULKAN.value:
            row.proposed += n
        elif status == EnrollmentStatus.BELUM.value:
            row.not_enrolled += n
        else:
            continue  # nonaktif: no longer a worker to cover
        row.workers += n
    return own


def _monthly_contribution(store: Store, today: date) -> dict[int, int]:
    """This month's contribution of enrolled workers per unit (own programs)."""
    from jamsos_desktop.services.planner import compute_scenario

    scenario = Scenario(year=today.year, from_month=today.month, to_month=today.month,
                        include_not_enrolled=False)
    try:
        plan = compute_scenario(store, scenario, table=active_rate_table(store),
                                by_category=False)
    except DomainError:
        return {}  # e.g. no rates for the month: counts still matter more than amounts
    return {u.unit_id: u.total for u in plan.budget.per_unit()}


def _assemble(store: Store, own: dict[int, CoverageRow], period: str,
              from_snapshot: bool) -> Coverage:
    units = {int(u["id"]): u for u in pq.unit_rows(store.conn)}
    children: dict[int | None, list[int]] = defaultdict(list)
    for uid, u in units.items():
        parent = u["parent_id"] if u["parent_id"] in units else None
        if u["archived"] and uid not in own:
            continue  # an archived unit without workers is history
        children[parent].append(uid)
    rows: list[CoverageRow] = []

    def walk(uid: int, depth: int) -> CoverageRow:
        u = units[uid]
        row = CoverageRow(uid, u["code"], u["name"], u["parent_id"], depth)
        if uid in own:
            row.add(own[uid])
        rows.append(row)
        for child in sorted(children.get(uid, []), key=lambda c: units[c]["code"]):
            row.add(walk(child, depth + 1))
        return row

    total = CoverageRow(None, "", "Seluruh pemerintah daerah")
    for uid in sorted(children.get(None, []), key=lambda c: units[c]["code"]):
        total.add(walk(uid, 0))
    for uid, row in own.items():  # workers in a unit missing from the tree (should not be)
        if uid not in units:
            orphan = CoverageRow(uid, "?", f"Unit {uid}")
            orphan.add(row)
            rows.append(orphan)
            total.add(row)
    for uid, row in own.items():
        if uid in units:
            row.code, row.name = units[uid]["code"], units[uid]["name"]
    return Coverage(period=period, rows=rows, total=total, from_snapshot=from_snapshot,
                    own=own)


def coverage(store: Store, *, today: date | None = None, live: bool = False) -> Coverage:
    """Current figures. Head counts are always live (an index count, cheap); contribution
    amounts come from this month's snapshot when the data have not changed since it, else
    they are computed (and, with `live=False`, a snapshot is recorded)."""
    today = today or date.today()
    period = period_of(today)
    own = _own_counts(store)
    fp = cq.fingerprint(store.conn)
    if not live and store.get_setting(FINGERPRINT_KEY) == f"{period}|{fp}":
        snap = {r["unit_id"]: r for r in cq.snapshot_rows(store.conn, period)
                if r["unit_id"] is not None}
        for uid, row in own.items():
            row.monthly_contribution = int(snap[uid]["monthly_contribution"]) \
                if uid in snap else 0
        return _assemble(store, own, period, from_snapshot=True)
    amounts = _monthly_contribution(store, today)
    for uid, amount in amounts.items():
        own.setdefault(uid, CoverageRow(uid, "", "")).monthly_contribution = amount
    result = _assemble(store, own, period, from_snapshot=False)
    if not live:
        _write_snapshot(store, result, fp)
    return result


def _write_snapshot(store: Store, cov: Coverage, fp: str) -> None:
    rows: list[tuple[Any, ...]] = [
        (uid, r.workers, r.enrolled, r.proposed, r.not_enrolled, r.monthly_contribution)
        for uid, r in sorted(cov.own.items())]
    t = cov.total
    rows.append((None, t.workers, t.enrolled, t.proposed, t.not_enrolled,
                 t.monthly_contribution))
    with store.tx():
        cq.replace_snapshot(store.conn, cov.period, now_iso(), rows)
        store.set_setting(FINGERPRINT_KEY, f"{cov.period}|{fp}")


def record_snapshot(store: Store, *, today: date | None = None) -> Coverage:
    """Compute the figures now and store them as this month's snapshot."""
    today = today or date.today()
    cov = coverage(store, today=today, live=True)
    _write_snapshot(store, cov, cq.fingerprint(store.conn))
    return cov


def record_snapshot_if_changed(store: Store, *, today: date | None = None) -> bool:
    """The hook for after writes: cheap when nothing changed since the last snapshot (one
    fingerprint query); otherwise records this month's snapshot. Returns True if recorded."""
    today = today or date.today()
    fp = cq.fingerprint(store.conn)
    if store.get_setting(FINGERPRINT_KEY) == f"{period_of(today)}|{fp}":
        return False
    record_snapshot(store, today=today)
    return True


def ensure_monthly_snapshot(store: Store, *, today: date | None = None) -> bool:
    """At the first use in a month: take that month's snapshot. True if one was taken."""
    today = today or date.today()
    if cq.has_snapshot(store.conn, period_of(today)):
        return False
    record_snapshot(store, today=today)
    return True


def refresh_snapshot(store: Store, *, today: date | None = None) -> Coverage:
    """What Beranda calls: this month's first snapshot, or a new one if the data changed,
    and the figures — computed once (the snapshot's own figures are returned)."""
    today = today or date.today()
    fp = cq.fingerprint(store.conn)
    if cq.has_snapshot(store.conn, period_of(today)) and \
            store.get_setting(FINGERPRINT_KEY) == f"{period_of(today)}|{fp}":
        return coverage(store, today=today)
    cov = coverage(store, today=today, live=True)
    _write_snapshot(store, cov, fp)
    return cov


def trend(store: Store, *, unit_id: int | None = None, months: int = 24) -> list[TrendPoint]:
    """Monthly points from snapshots, oldest first; a unit's trend includes its sub-units."""
    ids = None if unit_id is None else uq.subtree_ids(store.conn, [unit_id])
    rows = cq.trend_rows(store.conn, ids)
    points = [TrendPoint(p, int(w or 0), int(e or 0), int(pr or 0), int(n or 0), int(c or 0))
              for p, _, w, e, pr, n, c in rows]
    return points[-months:]


# --- data problems ---------------------------------------------------------------------------

def pension_cutoff(store: Store, today: date) -> date | None:
    """Birth date on or before which a worker has reached the JP pension age today."""
    try:
        age = active_rate_table(store).pension_age(today)
    except DomainError:
        return None
    try:
        return today.replace(year=today.year - age)
    except ValueError:  # 29 February
        return date(today.year - age, 2, 28)


def blocking_problems(store: Store, *, today: date | None = None, limit: int | None = 200,
                      statuses: Iterable[str] = BLOCKED_STATUSES) -> ProblemList:
    """Problems of not-yet-registered workers: invalid NIK, missing mother's name or wage,
    a NIK held by another worker, JP pension age reached. Each item carries the worker id
    (the GUI opens the worker from it). `limit` caps the items per kind, not the counts."""
    today = today or date.today()
    cutoff = pension_cutoff(store, today)
    wanted = tuple(statuses)
    units = {int(u["id"]): f"{u['code']} {u['name']}" for u in pq.unit_rows(store.conn)}
    counts: dict[str, int] = {k: 0 for k in PROBLEM_LABELS}
    items: list[ProblemItem] = []
    shown: dict[str, int] = defaultdict(int)
    workers: set[int] = set()

    def add(wid: int, name: str, nik: str, unit_id: int, status: str, kind: str,
            message: str) -> None:
        counts[kind] += 1
        workers.add(wid)
        if limit is None or shown[kind] < limit:
            shown[kind] += 1
            items.append(ProblemItem(wid, name, nik, unit_id, units.get(unit_id, str(unit_id)),
                                     status, kind, message))

    for wid, name, nik, unit_id, status, bad_nik, no_wage, no_mother, old, birth in \
            cq.problem_rows(store.conn, wanted, cutoff.isoformat() if cutoff else None):
        if bad_nik:
            add(wid, name, nik, unit_id, status, "nik_invalid",
                f"NIK {nik} tidak sah (periksa panjang, kode wilayah dan tanggal lahir).")
        if no_mother:
            add(wid, name, nik, unit_id, status, "mother_missing",
                "Nama ibu kandung wajib untuk pendaftaran BPJS Ketenagakerjaan.")
        if no_wage:
            add(wid, name, nik, unit_id, status, "wage_missing",
                "Upah/penghasilan per bulan belum diisi.")
        if old:
            add(wid, name, nik, unit_id, status, "pension_age",
                f"Lahir {birth}: telah mencapai usia pensiun JP; JP tidak dapat diikuti.")
    for wid, name, nik, unit_id, status in cq.duplicate_nik_rows(store.conn, wanted):
        add(wid, name, nik, unit_id, status, "nik_duplicate",
            f"NIK {nik} juga dipakai pegawai lain.")
    return ProblemList(counts=counts, items=items, workers=len(workers))


def problem_label(kind: str) -> str:
    return PROBLEM_LABELS.get(kind, kind)


def roll_up(own: Mapping[int, int], parents: Mapping[int, int | None]) -> dict[int, int]:
    """Sum per-unit amounts into every ancestor (used for allocations in the rekap)."""
    out: dict[int, int] = defaultdict(int)
    for uid, amount in own.items():
        seen: set[int] = set()
        node: int | None = uid
        while node is not None and node not in seen:
            seen.add(node)
            out[node] += amount
            node = parents.get(node)
    return dict(out)
