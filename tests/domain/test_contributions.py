"""The contribution engine against DOMAIN.md §2 worked examples and rounding rules."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain.contributions import (
    contribution,
    contributions_for_period,
    jp_pension_reached,
)
from jamsos_desktop.domain.enums import ParticipantType, Program, RiskClass
from jamsos_desktop.domain.rates import RateTable, default_rate_table, parse_rate_table
from jamsos_desktop.errors import DomainError

PU, BPU = ParticipantType.PU, ParticipantType.BPU
JKK, JKM, JHT, JP, JKP = Program.JKK, Program.JKM, Program.JHT, Program.JP, Program.JKP
SR = RiskClass.SANGAT_RENDAH
TABLE = default_rate_table()


def pu(wage: int, programs: set[Program], *, year: int = 2025, month: int = 4,
       risk: RiskClass | None = SR, birth_date: date | None = None, table: RateTable = TABLE):
    return contribution(wage=wage, participant_type=PU, risk_class=risk, programs=programs,
                        year=year, month=month, birth_date=birth_date, table=table)


def bpu(income: int, programs: set[Program], *, year: int = 2025, month: int = 4):
    return contribution(wage=income, participant_type=BPU, risk_class=None, programs=programs,
                        year=year, month=month, table=TABLE)


# --- DOMAIN.md worked examples -----------------------------------------------------------

def test_jkk_jkm_on_2_500_000() -> None:
    r = pu(2_500_000, {JKK, JKM})
    assert r.program(JKK).employer == 6_000
    assert r.program(JKM).employer == 7_500
    assert (r.employer, r.worker, r.total) == (13_500, 0, 13_500)
    year = contributions_for_period(wage=2_500_000, participant_type=PU, risk_class=SR,
                                    programs={JKK, JKM}, year=2025, table=TABLE)
    assert len(year) == 12
    assert sum(m.total for m in year) == 162_000
    assert r.warnings == ()


def test_with_jht() -> None:
    r = pu(2_500_000, {JKK, JKM, JHT})
    assert (r.program(JHT).employer, r.program(JHT).worker) == (92_500, 50_000)
    assert (r.employer, r.worker) == (13_500 + 92_500, 50_000)


def test_jp_capped_april_2025() -> None:
    r = pu(12_000_000, {JKK, JKM, JP}, birth_date=date(1985, 1, 1))
    jp = r.program(JP)
    assert jp.base == 10_547_400
    assert (jp.employer, jp.worker) == (210_948, 105_474)
    assert "10.547.400" in jp.rule and "1 Maret 2025" in jp.rule
    assert jp.source.startswith("PP 45/2015")


def test_bpu_package_16_800() -> None:
    r = bpu(1_000_000, {JKK, JKM})
    assert (r.program(JKK).employer, r.program(JKM).employer) == (10_000, 6_800)
    assert (r.employer, r.worker, r.total) == (16_800, 0, 16_800)


def test_province_5_400_on_1_000_000() -> None:
    assert pu(1_000_000, {JKK, JKM}).total == 5_400


def test_jp_cap_changes_in_march() -> None:
    feb = pu(12_000_000, {JP}, month=2, birth_date=date(1990, 6, 1)).program(JP)
    mar = pu(12_000_000, {JP}, month=3, birth_date=date(1990, 6, 1)).program(JP)
    assert (feb.base, feb.employer, feb.worker) == (10_042_300, 200_846, 100_423)
    assert (mar.base, mar.employer, mar.worker) == (10_547_400, 210_948, 105_474)
    months = contributions_for_period(wage=12_000_000, participant_type=PU, risk_class=SR,
                                      programs={JP}, year=2025, birth_date=date(1990, 6, 1),
                                      table=TABLE)
    assert [m.program(JP).base for m in months] == [10_042_300] * 2 + [10_547_400] * 10
    assert sum(m.total for m in months) == 2 * 301_269 + 10 * 316_422


def test_wage_below_cap_is_not_capped() -> None:
    jp = pu(5_000_000, {JP}, birth_date=date(1990, 1, 1)).program(JP)
    assert (jp.base, jp.employer, jp.worker) == (5_000_000, 100_000, 50_000)
    assert "dibatasi" not in jp.rule


@pytest.mark.parametrize(("risk", "expected"), [
    (RiskClass.SANGAT_RENDAH, 6_000), (RiskClass.RENDAH, 13_500), (RiskClass.SEDANG, 22_250),
    (RiskClass.TINGGI, 31_750), (RiskClass.SANGAT_TINGGI, 43_500),
])
def test_jkk_by_risk_class(risk: RiskClass, expected: int) -> None:
    assert pu(2_500_000, {JKK}, risk=risk).program(JKK).employer == expected


# --- rounding ----------------------------------------------------------------------------

@pytest.mark.parametrize(("wage", "jkk", "jkm"), [
    (1_234_567, 2_963, 3_704),  # 2962.9608 → 2963; 3703.701 → 3704
    (1_234_375, 2_963, 3_703),  # 2962.5 exactly → 2963 (half-up, not half-even); 3703.125
    (1_232_292, 2_958, 3_697),  # 2957.5008 → 2958; 3696.876 → 3697
    (1_041_875, 2_501, 3_126),  # 2500.5 → 2501 (half-even would give 2500); 3125.625
    (1_000_208, 2_400, 3_001),  # 2400.4992 → 2400; 3000.624 → 3001
    (1_666_875, 4_001, 5_001),  # 4000.5 → 4001; 5000.625 → 5001
])
def test_half_up_per_program(wage: int, jkk: int, jkm: int) -> None:
    r = pu(wage, {JKK, JKM})
    assert (r.program(JKK).employer, r.program(JKM).employer) == (jkk, jkm)
    assert r.total == jkk + jkm  # sums of rounded figures


def test_half_up_worker_part() -> None:
    # JHT on 1.250.025: 2 % = 25000.5 → 25001; 3.7 % = 46250.925 → 46251.
    r = pu(1_250_025, {JHT})
    assert (r.program(JHT).employer, r.program(JHT).worker) == (46_251, 25_001)


# --- BPU -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("income", "base", "jkk", "jht"), [
    (0, 1_000_000, 10_000, 20_000),
    (500_000, 1_000_000, 10_000, 20_000),
    (1_000_000, 1_000_000, 10_000, 20_000),
    (3_456_789, 3_456_789, 34_568, 69_136),  # 34567.89 → 34568; 69135.78 → 69136
    (20_700_000, 20_700_000, 207_000, 414_000),
    (50_000_000, 20_700_000, 207_000, 414_000),
])
def test_bpu_clamp(income: int, base: int, jkk: int, jht: int) -> None:
    r = bpu(income, {JKK, JKM, JHT})
    assert r.program(JKK).base == base
    assert (r.program(JKK).employer, r.program(JHT).employer) == (jkk, jht)
    assert r.program(JKM).employer == 6_800
    assert r.worker == 0  # the funder (pemda) pays the whole BPU contribution
    assert r.risk_class is None


@pytest.mark.parametrize("program", [JP, JKP])
def test_bpu_has_no_jp_or_jkp(program: Program) -> None:
    with pytest.raises(DomainError, match=f"{program.value.upper()} tidak tersedia untuk "
                                          "peserta BPU"):
        bpu(1_000_000, {JKK, JKM, program})


# --- JP pension age ------------------------------------------------------------------------

def test_pension_age_exclusion() -> None:
    # 2025: pension age 59. Born 1966-04-15 → 58 on 1 April 2025, 59 on 1 May 2025.
    born = date(1966, 4, 15)
    april = pu(4_000_000, {JKK, JKM, JP}, month=4, birth_date=born)
    assert april.program(JP) is not None and april.warnings == ()
    may = pu(4_000_000, {JKK, JKM, JP}, month=5, birth_date=born)
    assert may.program(JP) is None
    assert [w.code for w in may.warnings] == ["jp.pension_age"]
    assert may.warnings[0].severity == "warning"
    assert "59 tahun" in may.warnings[0].message
    assert may.total == 9_600 + 12_000  # JKK + JKM still paid
    months = contributions_for_period(wage=4_000_000, participant_type=PU, risk_class=SR,
                                      programs={JP}, year=2025, birth_date=born, table=TABLE)
    assert [m.program(JP) is not None for m in months] == [True] * 4 + [False] * 8


def test_pension_age_birthday_on_first_of_month() -> None:
    assert jp_pension_reached(date(1966, 5, 1), 2025, 5, TABLE)
    assert not jp_pension_reached(date(1966, 5, 2), 2025, 5, TABLE)


def test_pension_age_follows_table() -> None:
    # Born 1964-02-10: 57 in 2021 (pension age 57) → excluded; 58 on 1 Jan 2022 but the
    # pension age in force is 58 → still excluded.
    assert jp_pension_reached(date(1964, 2, 10), 2021, 3, TABLE)
    assert not jp_pension_reached(date(1964, 2, 10), 2021, 1, TABLE)  # 56 < 57


def test_jp_without_birth_date_warns() -> None:
    r = pu(4_000_000, {JKK, JKM, JP})
    assert r.program(JP).employer == 80_000
    assert [w.code for w in r.warnings] == ["jp.birth_date_missing"]


# --- JKP -----------------------------------------------------------------------------------

def test_jkp_only_when_asked_and_not_in_totals() -> None:
    r = pu(8_000_000, {JKK, JKM, JKP}, month=1)  # January 2025: 0.46 %
    jkp = r.program(JKP)
    assert (jkp.base, jkp.government, jkp.employer, jkp.worker) == (5_000_000, 23_000, 0, 0)
    assert r.total == 19_200 + 24_000  # JKK + JKM only
    assert r.government == 23_000
    assert "jkp.government_funded" in [w.code for w in r.warnings]
    assert pu(8_000_000, {JKK, JKM, JKP}, month=2).program(JKP).government == 18_000
    assert pu(8_000_000, {JKK, JKM}).program(JKP) is None


# --- refusals and warnings -----------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "match"), [
    ({"wage": -1}, "negatif"),
    ({"wage": 2_500_000.0}, "bilangan bulat"),
    ({"wage": True}, "bilangan bulat"),
    ({"month": 0}, "1–12"),
    ({"month": 13}, "1–12"),
    ({"programs": []}, "sekurang-kurangnya satu program"),
    ({"programs": ["jkx"]}, "Program 'jkx' tidak dikenal"),
    ({"participant_type": "ASN"}, "Jenis peserta 'ASN' tidak dikenal"),
    ({"risk_class": "ekstrem"}, "Kelas risiko 'ekstrem' tidak dikenal"),
    ({"risk_class": None}, "Kelas risiko wajib"),
    ({"year": 2014}, "berlaku pada 1 April 2014"),
])
def test_impossible_input(kwargs: dict[str, object], match: str) -> None:
    args: dict[str, object] = {"wage": 2_500_000, "participant_type": "PU",
                               "risk_class": "sangat-rendah", "programs": ["jkk", "jkm"],
                               "year": 2025, "month": 4, "table": TABLE}
    args.update(kwargs)
    with pytest.raises(DomainError, match=match):
        contribution(**args)  # type: ignore[arg-type]


def test_period_refusals() -> None:
    with pytest.raises(DomainError):
        contributions_for_period(wage=1, participant_type=PU, risk_class=SR, programs={JKK},
                                 year=2025, from_month=10, to_month=3, table=TABLE)


def test_zero_wage_allowed_with_warning() -> None:
    r = pu(0, {JKK, JKM})
    assert r.total == 0
    assert [w.code for w in r.warnings] == ["wage.zero"]


def test_inpres_minimum_warning() -> None:
    assert [w.code for w in pu(3_000_000, {JHT}).warnings] == ["program.inpres_minimum"]


def test_string_inputs_and_to_dict() -> None:
    r = contribution(wage=2_500_000, participant_type="pu", risk_class="sangat-rendah",
                     programs="jkk", year=2025, month=1, table=TABLE)
    d = r.to_dict()
    assert d["programs"]["jkk"]["employer"] == 6_000
    assert d["programs"]["jkk"]["employer_rate"] == "0.0024"
    assert (d["employer"], d["worker"], d["total"]) == (6_000, 0, 6_000)


def test_engine_follows_an_edited_table() -> None:
    text = ('[tabel]\nnama = "x"\nversi = "1"\n[[tarif]]\nprogram = "jkm"\npeserta = "PU"\n'
            'tarif_pemberi_kerja = "0.35%"\nberlaku_mulai = 2015-07-01\n'
            'dasar_hukum = "uji"\nkeyakinan = "L"\n')
    table = parse_rate_table(text)
    assert pu(1_000_000, {JKM}, table=table).total == 3_500


# --- properties ----------------------------------------------------------------------------

PU_PROGRAMS = st.sets(st.sampled_from([JKK, JKM, JHT, JP]), min_size=1)
wages = st.integers(min_value=0, max_value=200_000_000)
months = st.tuples(st.integers(2016, 2026), st.integers(1, 12))


@settings(max_examples=300, deadline=None)
@given(wage=wages, programs=PU_PROGRAMS, risk=st.sampled_from(list(RiskClass)), ym=months)
def test_totals_add_up_and_never_negative(wage: int, programs: set[Program], risk: RiskClass,
                                          ym: tuple[int, int]) -> None:
    r = pu(wage, programs, risk=risk, year=ym[0], month=ym[1], birth_date=date(1990, 1, 1))
    assert r.employer + r.worker == r.total
    assert r.employer == sum(p.employer for p in r.programs)
    assert r.worker == sum(p.worker for p in r.programs)
    for p in r.programs:
        assert p.employer >= 0 and p.worker >= 0 and p.government >= 0
        assert p.employer + p.worker == p.total
        assert isinstance(p.employer, int) and isinstance(p.worker, int)
        assert 0 <= p.base <= wage


@settings(max_examples=300, deadline=None)
@given(a=wages, b=wages, programs=PU_PROGRAMS, risk=st.sampled_from(list(RiskClass)),
       ym=months)
def test_monotonic_in_wage(a: int, b: int, programs: set[Program], risk: RiskClass,
                           ym: tuple[int, int]) -> None:
    low, high = sorted((a, b))
    r_low = pu(low, programs, risk=risk, year=ym[0], month=ym[1], birth_date=date(1990, 1, 1))
    r_high = pu(high, programs, risk=risk, year=ym[0], month=ym[1],
                birth_date=date(1990, 1, 1))
    for p_low, p_high in zip(r_low.programs, r_high.programs, strict=True):
        assert p_low.employer <= p_high.employer
        assert p_low.worker <= p_high.worker
    assert r_low.total <= r_high.total


@settings(max_examples=200, deadline=None)
@given(income=wages, ym=months)
def test_bpu_never_negative_and_funder_pays(income: int, ym: tuple[int, int]) -> None:
    r = bpu(income, {JKK, JKM, JHT}, year=ym[0], month=ym[1])
    assert r.worker == 0 and r.employer == r.total
    assert 10_000 + 6_800 + 20_000 <= r.total <= 207_000 + 6_800 + 414_000
