"""The contribution engine: one worker, one month → iuran per program (DOMAIN.md §2).

Rules (all rates, caps, floors and dates come from the `RateTable`, not from this code):
- The month uses the table entries in force on its 1st day, so the JP cap changing on
  1 March applies from the March contribution.
- base = wage, capped by `batas_atas_upah` (JP, JKP) and, for BPU, clamped to the declared
  income range (JKK BPU: Rp1.000.000–Rp20.700.000; an income below the floor is charged as
  the floor, which is how pemda budget the Rp16.800 package for pekerja rentan).
- employer / worker / government part = base × rate, each rounded half-up to the rupiah
  per worker per program per month; totals are sums of rounded figures. Decimal, never float.
- BPU: the funder (the pemda) pays everything, so the table lists BPU amounts as the
  employer part; the engine just follows the table.
- JP is refused for BPU (`DomainError`). A PU worker who has reached the JP pension age in
  force on the 1st of the month (age on that day ≥ pension age) gets no JP, with a warning
  "jp.pension_age"; without a birth date JP is computed, with a warning.
- JKP is computed only when asked; its rate is paid by the central government/recomposition
  (`government` part), so it never adds to the employer/worker totals of a pemda.
- A PU wage of 0 is allowed (incomplete data must not block a whole budget) and gives
  Rp0 with a warning "wage.zero"; a negative or non-integer wage is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from jamsos_desktop.domain.enums import PROGRAM_ORDER, ParticipantType, Program, RiskClass
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.rates import (
    RateEntry,
    RateTable,
    format_date_id,
    format_percent,
    format_rp,
    month_label,
)
from jamsos_desktop.errors import DomainError

__all__ = [
    "MonthlyContribution",
    "ProgramContribution",
    "contribution",
    "contributions_for_period",
    "jp_pension_reached",
]

_ONE = Decimal(1)
_ZERO = Decimal(0)


def _round(value: Decimal) -> int:
    return int(value.quantize(_ONE, rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class ProgramContribution:
    program: Program
    base: int  # wage/income after cap, floor and ceiling (flat amounts: the declared income)
    employer_rate: Decimal  # fractions; zero for flat amounts
    worker_rate: Decimal
    government_rate: Decimal
    employer: int  # rupiah per month, rounded half-up (BPU: the funder's part)
    worker: int
    government: int  # paid by the central government (JKP): not in the pemda's totals
    rule: str  # Indonesian text: how the amount was computed
    source: str  # the regulation
    confidence: str  # H/M/L
    flat: bool = False
    entry: RateEntry | None = None

    @property
    def total(self) -> int:
        return self.employer + self.worker

    def to_dict(self) -> dict[str, Any]:
        return {
            "employer": self.employer, "worker": self.worker, "total": self.total,
            "government": self.government, "base": self.base,
            "employer_rate": str(self.employer_rate), "worker_rate": str(self.worker_rate),
            "government_rate": str(self.government_rate), "flat": self.flat,
            "rule": self.rule, "source": self.source, "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class MonthlyContribution:
    year: int
    month: int
    wage: int
    participant_type: ParticipantType
    risk_class: RiskClass | None
    programs: tuple[ProgramContribution, ...]  # in PROGRAM_ORDER; JP left out when excluded
    warnings: tuple[Problem, ...] = ()

    @property
    def employer(self) -> int:
        return sum(p.employer for p in self.programs)

    @property
    def worker(self) -> int:
        return sum(p.worker for p in self.programs)

    @property
    def government(self) -> int:
        return sum(p.government for p in self.programs)

    @property
    def total(self) -> int:
        """Employer + worker: what the pemda budgets and the worker has deducted."""
        return self.employer + self.worker

    def program(self, program: Program | str) -> ProgramContribution | None:
        return next((p for p in self.programs if p.program == program), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year, "month": self.month, "wage": self.wage,
            "participant_type": self.participant_type.value,
            "risk_class": self.risk_class.value if self.risk_class else None,
            "programs": {p.program.value: p.to_dict() for p in self.programs},
            "employer": self.employer, "worker": self.worker, "total": self.total,
            "government": self.government,
            "warnings": [w.to_dict() for w in self.warnings],
        }


# --- input checks ----------------------------------------------------------------------------

def _enum(enum: Any, value: Any, label: str) -> Any:
    if isinstance(value, enum):
        return value
    try:
        return enum(value.upper() if enum is ParticipantType and isinstance(value, str)
                    else value)
    except (ValueError, AttributeError):
        choices = ", ".join(m.value for m in enum)
        raise DomainError(f"{label} '{value}' tidak dikenal. Pilihan: {choices}.",
                          code=f"{enum.__name__.lower()}.unknown") from None


def _check_wage(wage: object) -> int:
    if isinstance(wage, bool) or not isinstance(wage, int):
        raise DomainError("Upah/penghasilan harus bilangan bulat rupiah.", code="wage.type")
    if wage < 0:
        raise DomainError(f"Upah/penghasilan tidak boleh negatif ({wage}).",
                          code="wage.negative")
    return wage


def _check_period(year: object, month: object, label: str = "Bulan") -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise DomainError(f"Tahun '{year}' tidak sah.", code="period.year")
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise DomainError(f"{label} harus 1–12, bukan '{month}'.", code="period.month")


def _check_programs(programs: Iterable[Program | str]) -> frozenset[Program]:
    if isinstance(programs, str):  # "jkk" would otherwise iterate as letters
        programs = [programs]
    out = frozenset(_enum(Program, p, "Program") for p in programs)
    if not out:
        raise DomainError("Pilih sekurang-kurangnya satu program.", code="program.empty")
    return out


def jp_pension_reached(birth_date: date, year: int, month: int, table: RateTable) -> bool:
    """True when the worker, on the 1st of the month, is at or past the JP pension age then
    in force. The 1st is chosen so the birthday month is still budgeted (overestimate rather
    than underfund); the rule's exact cut-off is not settled in DOMAIN.md."""
    on = date(year, month, 1)
    age = year - birth_date.year - ((month, 1) < (birth_date.month, birth_date.day))
    return age >= table.pension_age(on)


# --- the engine ------------------------------------------------------------------------------

def _program_line(entry: RateEntry, wage: int, ptype: ParticipantType) -> ProgramContribution:
    payer = "penyandang dana" if ptype is ParticipantType.BPU else "pemberi kerja"
    if entry.is_flat:
        employer, worker = entry.employer_flat or 0, entry.worker_flat or 0
        return ProgramContribution(
            program=entry.program, base=wage, employer_rate=_ZERO, worker_rate=_ZERO,
            government_rate=_ZERO, employer=employer, worker=worker, government=0,
            rule=f"iuran tetap {entry.amount_text()}", source=entry.source,
            confidence=entry.confidence, flat=True, entry=entry)
    base = wage
    notes: list[str] = []
    if entry.income_floor is not None and base < entry.income_floor:
        base = entry.income_floor
        notes.append(f"penghasilan {format_rp(wage)} dinaikkan ke batas bawah "
                     f"{format_rp(base)}")
    if entry.income_ceiling is not None and base > entry.income_ceiling:
        base = entry.income_ceiling
        notes.append(f"penghasilan {format_rp(wage)} dibatasi batas atas {format_rp(base)}")
    if entry.wage_cap is not None and base > entry.wage_cap:
        base = entry.wage_cap
        notes.append(f"upah {format_rp(wage)} dibatasi batas atas upah {format_rp(base)} "
                     f"yang berlaku mulai {format_date_id(entry.effective_from)}")
    employer = _round(base * entry.employer_rate)
    worker = _round(base * entry.worker_rate)
    government = _round(base * entry.government_rate)
    parts = []
    if entry.employer_rate:
        parts.append(f"{format_percent(entry.employer_rate)} {payer}")
    if entry.worker_rate:
        parts.append(f"{format_percent(entry.worker_rate)} pekerja")
    if entry.government_rate:
        parts.append(f"{format_percent(entry.government_rate)} Pemerintah Pusat")
    rule = f"({' + '.join(parts) or '0 %'}) × {format_rp(base)}"
    if notes:
        rule += f" ({'; '.join(notes)})"
    return ProgramContribution(
        program=entry.program, base=base, employer_rate=entry.employer_rate,
        worker_rate=entry.worker_rate, government_rate=entry.government_rate,
        employer=employer, worker=worker, government=government, rule=rule,
        source=entry.source, confidence=entry.confidence, entry=entry)


def _compute(*, wage: int, ptype: ParticipantType, risk: RiskClass | None,
             programs: frozenset[Program], year: int, month: int,
             jp_reached: bool | None, table: RateTable) -> MonthlyContribution:
    """Inputs already checked. `jp_reached`: True/False, or None when the birth date is
    unknown. The budget calls this once per distinct shape, so it must depend on nothing else."""
    on = date(year, month, 1)
    lines: list[ProgramContribution] = []
    warnings: list[Problem] = []
    if ptype is ParticipantType.BPU:
        risk = None  # BPU JKK is income-based; a risk class would only mislead
        for program in (Program.JP, Program.JKP):
            if program in programs:
                raise DomainError(f"{program.value.upper()} tidak tersedia untuk peserta BPU.",
                                  code=f"{program.value}.bpu")
    for program in PROGRAM_ORDER:
        if program not in programs:
            continue
        if program is Program.JP:
            if jp_reached:
                age = table.pension_age(on)
                warnings.append(Problem(
                    "jp.pension_age",
                    f"Pekerja telah mencapai usia pensiun JP ({age} tahun) pada "
                    f"{month_label(year, month)}; iuran JP tidak dihitung.",
                    "warning", "birth_date"))
                continue
            if jp_reached is None:
                warnings.append(Problem(
                    "jp.birth_date_missing",
                    "Tanggal lahir tidak diisi: batas usia pensiun JP tidak dapat diperiksa.",
                    "warning", "birth_date"))
        entry = table.rate_for(program, ptype, risk, on)
        lines.append(_program_line(entry, wage, ptype))
    if Program.JKP in programs:
        warnings.append(Problem(
            "jkp.government_funded",
            "Iuran JKP dibayar Pemerintah Pusat dan rekomposisi iuran JKK/JKM, tidak "
            "dibebankan ke pemberi kerja; pemda lazimnya bukan peserta JKP.", "warning",
            "programs"))
    if not {Program.JKK, Program.JKM} <= programs:
        warnings.append(Problem(
            "program.inpres_minimum",
            "Inpres 2/2021: pendaftaran sekurang-kurangnya mencakup JKK dan JKM.",
            "warning", "programs"))
    if wage == 0 and ptype is ParticipantType.PU:
        warnings.append(Problem("wage.zero", "Upah Rp0: iuran berbasis upah dihitung Rp0; "
                                "periksa data upah.", "warning", "wage"))
    return MonthlyContribution(year=year, month=month, wage=wage, participant_type=ptype,
                               risk_class=risk, programs=tuple(lines),
                               warnings=tuple(warnings))


def contribution(*, wage: int, participant_type: ParticipantType | str,
                 risk_class: RiskClass | str | None, programs: Iterable[Program | str],
                 year: int, month: int, birth_date: date | None = None,
                 table: RateTable) -> MonthlyContribution:
    """One worker's contribution for one month. Raises `DomainError` on impossible input."""
    wage = _check_wage(wage)
    _check_period(year, month)
    ptype: ParticipantType = _enum(ParticipantType, participant_type, "Jenis peserta")
    risk = _enum(RiskClass, risk_class, "Kelas risiko") if risk_class is not None else None
    wanted = _check_programs(programs)
    reached: bool | None = None
    if Program.JP in wanted and ptype is ParticipantType.PU and birth_date is not None:
        reached = jp_pension_reached(birth_date, year, month, table)
    return _compute(wage=wage, ptype=ptype, risk=risk, programs=wanted, year=year,
                    month=month, jp_reached=reached, table=table)


def contributions_for_period(*, wage: int, participant_type: ParticipantType | str,
                             risk_class: RiskClass | str | None,
                             programs: Iterable[Program | str], year: int,
                             from_month: int = 1, to_month: int = 12,
                             birth_date: date | None = None,
                             table: RateTable) -> list[MonthlyContribution]:
    """Month by month, so a rate or cap changing mid-period applies from its month."""
    _check_period(year, from_month, "Bulan awal")
    _check_period(year, to_month, "Bulan akhir")
    if from_month > to_month:
        raise DomainError("Bulan awal tidak boleh sesudah bulan akhir.", code="period.order")
    wanted = _check_programs(programs)
    return [contribution(wage=wage, participant_type=participant_type, risk_class=risk_class,
                         programs=wanted, year=year, month=m, birth_date=birth_date,
                         table=table)
            for m in range(from_month, to_month + 1)]
