"""Budget arithmetic over aggregated groups: hand-computed cases and group = per-worker sums."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain.budget import Budget, WorkerGroup, compute_budget
from jamsos_desktop.domain.contributions import contribution
from jamsos_desktop.domain.enums import ParticipantType, Program, RiskClass
from jamsos_desktop.domain.rates import AccountCode, default_rate_table, load_account_codes
from jamsos_desktop.errors import DomainError

PU, BPU = ParticipantType.PU, ParticipantType.BPU
JKK, JKM, JHT, JP, JKP = Program.JKK, Program.JKM, Program.JHT, Program.JP, Program.JKP
SR = RiskClass.SANGAT_RENDAH
TABLE = default_rate_table()
CODES = load_account_codes()

HONORER = WorkerGroup(1, PU, SR, 2_500_000, frozenset({JKK, JKM}), 10)
RENTAN = WorkerGroup(2, BPU, None, 1_000_000, frozenset({JKK, JKM}), 5)
JP_HIGH = WorkerGroup(3, PU, SR, 12_000_000, frozenset({JP}), 2, date(1990, 6, 1))


def budget(groups: list[WorkerGroup], **kwargs: object) -> Budget:
    args: dict[str, object] = {"year": 2025, "table": TABLE, "account_codes": CODES}
    args.update(kwargs)
    return compute_budget(groups, **args)  # type: ignore[arg-type]


def test_apbd_full_year() -> None:
    b = budget([HONORER, RENTAN])
    assert (b.from_month, b.to_month, b.is_perubahan) == (1, 12, False)
    # Unit 1: 10 × (6.000 + 7.500) × 12; unit 2: 5 × 16.800 × 12.
    assert [(u.unit_id, u.employer) for u in b.per_unit()] == [(1, 1_620_000), (2, 1_008_000)]
    assert (b.employer, b.worker, b.total) == (2_628_000, 0, 2_628_000)
    jkk = next(t for t in b.per_unit_program() if (t.unit_id, t.program) == (1, JKK))
    assert jkk.account_code is not None and jkk.account_code.code == "5.1.02.02.02.0006"
    assert (jkk.months, jkk.employer) == (12, 720_000)
    assert jkk.uniform_monthly is not None
    assert (jkk.uniform_monthly.headcount, jkk.uniform_monthly.employer) == (10, 60_000)
    programs = {t.program: t for t in b.per_program()}
    assert programs[JKK].employer == 720_000 + 5 * 10_000 * 12
    assert programs[JKM].employer == 900_000 + 5 * 6_800 * 12
    assert programs[JKK].worker_months == 15 * 12
    assert programs[JKM].account_code.code == "5.1.02.02.02.0007"
    assert len(b.lines) == 2 * 2 * 12
    line = b.lines[0]
    assert (line.unit_id, line.program, line.month, line.headcount, line.employer) == \
        (1, JKK, 1, 10, 60_000)
    assert b.warnings == ()


def test_apbd_perubahan_from_october() -> None:
    b = budget([HONORER, RENTAN], from_month=10)
    assert b.is_perubahan and list(b.months) == [10, 11, 12]
    assert [(u.unit_id, u.employer) for u in b.per_unit()] == [(1, 405_000), (2, 252_000)]
    assert b.total == 657_000
    totals = b.per_unit_program()
    assert all(t.months == 3 for t in totals)
    assert [m.month for m in totals[0].monthly] == [10, 11, 12]
    assert [m.month for m in b.per_month()] == [10, 11, 12]
    assert b.to_dict()["period"] == "Oktober 2025 – Desember 2025"


def test_jp_cap_change_in_march_inside_period() -> None:
    b = budget([JP_HIGH])
    # Jan–Feb on 10.042.300: 200.846 + 100.423; Mar–Dec on 10.547.400: 210.948 + 105.474.
    assert b.employer == 2 * (2 * 200_846 + 10 * 210_948) == 5_022_344
    assert b.worker == 2 * (2 * 100_423 + 10 * 105_474) == 2_511_172
    months = b.per_month()
    assert [m.jp_cap for m in months[:3]] == [10_042_300, 10_042_300, 10_547_400]
    assert (months[1].employer, months[2].employer) == (401_692, 421_896)
    assert months[2].headcount == {JP: 2}
    assert any(e.wage_cap == 10_547_400 for e in months[2].entries)
    jp = b.per_unit_program()[0]
    assert jp.uniform_monthly is None and jp.months == 12
    assert [e.wage_cap for e in b.assumptions] == [10_042_300, 10_547_400]
    assert any("59 tahun" in text for text in b.to_dict()["assumptions"])
    # JP's account code is a guess, and JP alone lacks the Inpres JKK + JKM: both are said.
    assert [w.code for w in b.warnings] == ["program.inpres_minimum", "account.unverified"]


def test_perubahan_after_march_uses_new_cap_only() -> None:
    b = budget([JP_HIGH], from_month=10)
    assert b.employer == 2 * 3 * 210_948
    assert [e.wage_cap for e in b.assumptions] == [10_547_400]


def test_pension_age_exclusions_counted() -> None:
    groups = [WorkerGroup(7, PU, SR, 4_000_000, frozenset({JKK, JKM, JP}), 3,
                          date(1966, 4, 15)),  # 59 on 1 May 2025: JP Jan–Apr only
              WorkerGroup(7, PU, SR, 4_000_000, frozenset({JKK, JKM, JP}), 1,
                          date(1980, 1, 1))]
    b = budget(groups)
    jp = next(t for t in b.per_unit_program() if t.program is JP)
    assert [m.headcount for m in jp.monthly] == [4] * 4 + [1] * 8
    assert jp.employer == 80_000 * (4 * 4 + 8)
    assert jp.worker == 40_000 * (4 * 4 + 8)
    warning = next(w for w in b.warnings if w.code == "jp.pension_age")
    assert (warning.workers, warning.worker_months, warning.unit_ids) == (3, 24, (7,))
    assert "3 pekerja" in warning.message and "24 bulan-pekerja" in warning.message
    jkk = next(t for t in b.per_unit_program() if t.program is JKK)
    assert jkk.employer == 4 * 9_600 * 12  # JKK/JKM unaffected


def test_jkp_not_in_apbd_totals() -> None:
    b = budget([WorkerGroup(1, PU, SR, 6_000_000, frozenset({JKK, JKM, JKP}), 2)], from_month=2,
               to_month=2)
    assert b.government == 2 * 18_000
    assert b.total == 2 * (14_400 + 18_000)
    assert {w.code for w in b.warnings} == {"jkp.government_funded", "account.unverified"}


def test_missing_account_code_warns() -> None:
    b = budget([HONORER], account_codes={JKK: AccountCode("5.1.02.02.02.0006", "JKK")})
    assert [w.code for w in b.warnings] == ["account.missing"]
    assert b.per_program()[1].account_code is None


def test_refusals_name_the_unit() -> None:
    with pytest.raises(DomainError, match="Unit kerja 9: JP tidak tersedia untuk peserta BPU"):
        budget([WorkerGroup(9, BPU, None, 1_000_000, frozenset({JKK, JP}), 1)])
    with pytest.raises(DomainError, match="Unit kerja 4: Upah/penghasilan tidak boleh negatif"):
        budget([WorkerGroup(4, PU, SR, -1, frozenset({JKK}), 1)])
    with pytest.raises(DomainError, match="Unit kerja 5: jumlah pekerja"):
        budget([WorkerGroup(5, PU, SR, 1, frozenset({JKK}), -2)])
    with pytest.raises(DomainError, match="Bulan awal"):
        budget([HONORER], from_month=11, to_month=10)
    with pytest.raises(DomainError, match="Bulan awal"):
        budget([HONORER], from_month=0)


def test_empty_and_zero_count() -> None:
    b = budget([WorkerGroup(1, PU, SR, 2_500_000, frozenset({JKK}), 0)])
    assert b.lines == () and b.total == 0 and b.per_unit_program() == []


def test_to_dict_is_json() -> None:
    b = budget([HONORER, RENTAN, JP_HIGH], from_month=3)
    data = json.loads(json.dumps(b.to_dict()))
    assert data["total"] == b.total and data["is_perubahan"] is True
    assert data["per_month"][0]["jp_cap"] == 10_547_400
    assert data["per_unit_program"][0]["account_code"]["code"] == "5.1.02.02.02.0006"
    assert data["table"]["version"] == TABLE.version


def test_default_account_codes() -> None:
    b = compute_budget([HONORER], year=2025, table=TABLE)
    assert b.account_codes[JKK].code == "5.1.02.02.02.0006"


# --- grouping equals the per-worker sum --------------------------------------------------

workers = st.lists(st.one_of(
    st.builds(lambda unit, wage, programs, risk, birth: (unit, PU, risk, wage, programs, birth),
              st.integers(1, 3), st.integers(0, 15_000_000),
              st.sets(st.sampled_from([JKK, JKM, JHT, JP]), min_size=1).map(frozenset),
              st.sampled_from(list(RiskClass)),
              st.dates(date(1955, 1, 1), date(2000, 12, 31))),
    st.builds(lambda unit, income, programs: (unit, BPU, None, income, programs, None),
              st.integers(1, 3), st.sampled_from([0, 1_000_000, 1_234_567, 25_000_000]),
              st.sets(st.sampled_from([JKK, JKM, JHT]), min_size=1).map(frozenset)),
), min_size=1, max_size=25)


@settings(max_examples=60, deadline=None)
@given(population=workers, from_month=st.integers(1, 12), year=st.integers(2016, 2026),
       duplicate=st.integers(1, 3))
def test_grouped_equals_per_worker(population: list[tuple], from_month: int, year: int,
                                   duplicate: int) -> None:
    population = population * duplicate  # identical workers really get grouped
    expected: Counter[tuple[int, Program, int, str]] = Counter()
    for unit, ptype, risk, wage, programs, birth in population:
        for month in range(from_month, 13):
            r = contribution(wage=wage, participant_type=ptype, risk_class=risk,
                             programs=programs, year=year, month=month, birth_date=birth,
                             table=TABLE)
            for p in r.programs:
                expected[(unit, p.program, month, "headcount")] += 1
                expected[(unit, p.program, month, "employer")] += p.employer
                expected[(unit, p.program, month, "worker")] += p.worker

    # What SQL GROUP BY hands over: birth date only for JP members.
    grouped: Counter[tuple] = Counter(
        (unit, ptype, risk, wage, programs, birth if JP in programs else None)
        for unit, ptype, risk, wage, programs, birth in population)
    groups = [WorkerGroup(u, t, r, w, p, n, b) for (u, t, r, w, p, b), n in grouped.items()]
    b = compute_budget(groups, year=year, from_month=from_month, table=TABLE,
                       account_codes=CODES)
    actual: Counter[tuple[int, Program, int, str]] = Counter()
    for line in b.lines:
        actual[(line.unit_id, line.program, line.month, "headcount")] += line.headcount
        actual[(line.unit_id, line.program, line.month, "employer")] += line.employer
        actual[(line.unit_id, line.program, line.month, "worker")] += line.worker
    assert +actual == +expected
    assert b.employer + b.worker == b.total
    assert sum(t.total for t in b.per_unit_program()) == b.total
    assert sum(m.total for m in b.per_month()) == b.total
    assert sum(t.total for t in b.per_program()) == b.total
    assert sum(u.total for u in b.per_unit()) == b.total
