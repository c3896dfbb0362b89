"""Field normalisers and cross-field rules of a worker record (domain/worker.py)."""

from __future__ import annotations

from datetime import date

import pytest

from jamsos_desktop.domain.worker import check_record, clean_text, normalize_field

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("field, raw, expected", [
    ("nik", " 3273.0115.0390.0001 ", "3273011503900001"),
    ("wage", "Rp 1.500.000", 1_500_000),
    ("wage", "1,5 jt", 1_500_000),
    ("birth_date", "12 Mei 90", "1990-05-12"),
    ("birth_date", "12/05/1990", "1990-05-12"),
    ("start_date", 44927, "2023-01-01"),
    ("sex", "Perempuan", "P"),
    ("sex", "laki-laki", "L"),
    ("kpj", "12.345.678.901", "12345678901"),
    ("category", "Ketua RT/RW", "rt-rw"),
    ("category", "Tenaga Harian Lepas (THL)", "thl"),
    ("category", "honorer", "honorer"),
    ("participant_type", "bpu", "BPU"),
    ("participant_type", "Penerima Upah (PU)", "PU"),
    ("status", "Terdaftar", "terdaftar"),
    ("status", "Belum didaftarkan", "belum"),
    ("funding_source", "apbdes", "APBDes"),
    ("programs", "JKK+JKM", frozenset({"jkk", "jkm"})),
    ("marital_status", "K", "Kawin"),
    ("name", "  Siti \t Aminah\x00 ", "Siti Aminah"),
    ("name", "Robert'); DROP TABLE workers;--", "Robert'); DROP TABLE workers;--"),
    ("name", "", None),
    ("phone", "+62 812-3456-7890", "+62 812-3456-7890"),
])
def test_normalize_accepts(field: str, raw: object, expected: object) -> None:
    value, problems = normalize_field(field, raw, today=TODAY)
    assert value == expected
    assert [p for p in problems if p.is_error] == []


@pytest.mark.parametrize("field, raw, code_part", [
    ("nik", 3273011503900001, "nik.numeric"),
    ("nik", "3,27301E+15", "nik.numeric"),
    ("nik", "32730115039", "nik.length"),
    ("wage", "1,500", "money"),
    ("wage", "dua juta", "money"),
    ("birth_date", "31/02/1990", "date"),
    ("sex", "X", "sex.invalid"),
    ("kpj", "AB12", "kpj.chars"),
    ("kpj", 12345678901.0, "kpj.chars"),
    ("category", "astronot", "category.invalid"),
    ("participant_type", "ASN", "participant_type.invalid"),
    ("programs", "jkk,bpjs", "program.unknown"),
    ("name", "x" * 151, "name.too_long"),
])
def test_normalize_refuses_with_a_coded_indonesian_problem(field: str, raw: object,
                                                           code_part: str) -> None:
    _, problems = normalize_field(field, raw, today=TODAY)
    errors = [p for p in problems if p.is_error]
    assert errors, problems
    assert any(code_part in p.code for p in errors)
    assert all(p.field == field and p.message for p in errors)


def test_phone_oddity_is_only_a_warning() -> None:
    value, problems = normalize_field("phone", "telepon kantor", today=TODAY)
    assert value == "telepon kantor"
    assert [p.severity for p in problems] == ["warning"]


def base(**over: object) -> dict[str, object]:
    values: dict[str, object] = {
        "nik": "3273011503900001", "name": "Andi", "unit_id": 1, "participant_type": "PU",
        "wage": 2_500_000, "mother_name": "Siti", "birth_date": "1990-03-15", "sex": "L",
        "programs": {"jkk", "jkm"}}
    values.update(over)
    return values


def codes(**over: object) -> set[str]:
    return {p.code for p in check_record(base(**over), today=TODAY, pension_age=59)}


def test_a_complete_record_has_no_findings() -> None:
    assert codes() == set()


def test_cross_field_rules() -> None:
    assert "name.missing" in codes(name="")
    assert "unit.missing" in codes(unit_id=None)
    assert "wage.missing" in codes(wage=None)
    assert "wage.missing" not in codes(wage=None, participant_type="BPU")
    assert "mother.missing" in codes(mother_name="")
    assert "birth_date.future" in codes(birth_date="2030-01-01")
    assert "nik.birthdate_mismatch" in codes(birth_date="1990-03-16")
    assert "nik.sex_mismatch" in codes(sex="P")
    assert "end_date.before_start" in codes(start_date="2024-05-01", end_date="2024-04-30")
    assert "programs.jp_bpu" in codes(participant_type="BPU", programs={"jkk", "jkm", "jp"})
    assert "programs.minimum" in codes(programs={"jkk"})
    assert "jp.pension_age" in codes(birth_date="1960-03-15", nik="3273011503600001",
                                     programs={"jkk", "jkm", "jp"})
    assert "jp.pension_age" not in codes(programs={"jkk", "jkm", "jp"})
    assert "kpj.missing" in codes(status="terdaftar")
    assert "ended_at.missing" in codes(status="nonaktif")


def test_only_hard_rules_are_errors() -> None:
    problems = check_record(base(mother_name="", wage=None), today=TODAY)
    assert problems and all(not p.is_error for p in problems)
    errors = [p for p in check_record(base(name=""), today=TODAY) if p.is_error]
    assert [p.code for p in errors] == ["name.missing"]


def test_clean_text_keeps_everything_but_control_characters() -> None:
    assert clean_text("O'Brien 😀\u200b") == "O'Brien 😀\u200b"
    assert clean_text(None) == ""
    assert clean_text("a\x07b") == "ab"


# ---- a lone dash is how clerks write "nothing" ---------------------------------------------

DASHES = ["-", " - ", "\u2013", "\u2014", "--", "- -", "\u00a0-\u00a0", "\u2212"]
WAGE_NOTHING = ["Rp -", "Rp. -", "Rp-", "Rp.-", "rp  -", "RP. -", "Rp -,-", "Rp. -,-",
                "-,-", "IDR -", "Rp \u2013", "Rp\u00a0-"]
ALL_FIELDS = ["nik", "name", "birth_place", "birth_date", "sex", "mother_name", "address",
              "phone", "marital_status", "category", "job_title", "wage", "start_date",
              "end_date", "participant_type", "funding_source", "kpj", "status",
              "registered_at", "notes", "programs", "proposal_ref", "end_reason",
              "origin_office"]


@pytest.mark.parametrize("field", ALL_FIELDS)
@pytest.mark.parametrize("raw", DASHES)
def test_a_lone_dash_is_an_empty_cell_in_every_field(field: str, raw: str) -> None:
    assert normalize_field(field, raw, today=TODAY) == (None, [])


@pytest.mark.parametrize("raw", WAGE_NOTHING)
def test_a_wage_of_rp_dash_is_no_wage(raw: str) -> None:
    assert normalize_field("wage", raw, today=TODAY) == (None, [])


@pytest.mark.parametrize("field", ["address", "notes", "name", "birth_date", "kpj"])
@pytest.mark.parametrize("raw", ["Rp -", "-,-"])
def test_rp_dash_is_nothing_only_for_the_wage(field: str, raw: str) -> None:
    value, problems = normalize_field(field, raw, today=TODAY)
    assert value is not None or problems  # not silently emptied


@pytest.mark.parametrize(("field", "raw", "expected"), [
    ("wage", "Rp1.500.000,-", 1_500_000),
    ("wage", "Rp 1.500.000,\u2013", 1_500_000),
    ("wage", "Rp 0,-", 0),
    ("address", "Jl. Merdeka - Gg. Mawar", "Jl. Merdeka - Gg. Mawar"),
    ("name", "Ani -", "Ani -"),
    ("notes", "-) dicoret", "-) dicoret"),
])
def test_values_with_a_dash_are_still_values(field: str, raw: str, expected: object) -> None:
    assert normalize_field(field, raw, today=TODAY) == (expected, [])


@pytest.mark.parametrize(("raw", "code"), [("Rp -1.500.000", "money.negative"),
                                           ("- 1.500.000", "money.negative"),
                                           ("Rp", "money.invalid")])
def test_a_dash_with_an_amount_is_not_nothing(raw: str, code: str) -> None:
    value, problems = normalize_field("wage", raw, today=TODAY)
    assert value is None and [p.code for p in problems] == [code]


def test_a_dash_leaves_the_record_as_an_empty_cell_does() -> None:
    """The cross-field rules then see a missing value, not a filled one: "-" as the mother's
    name or the name is reported missing instead of being kept as a name."""
    dashed = {f: normalize_field(f, "-", today=TODAY)[0] for f in ("name", "mother_name")}
    assert {"name.missing", "mother.missing"} <= codes(**dashed)
    assert "wage.missing" in codes(wage=normalize_field("wage", "Rp -", today=TODAY)[0])


def test_a_date_with_its_weekday() -> None:
    assert normalize_field("birth_date", "Kamis, 15 Maret 1990", today=TODAY) == (
        "1990-03-15", [])
    value, problems = normalize_field("start_date", "Senin, 15 Maret 1990", today=TODAY)
    assert value is None and [(p.code, p.severity, p.field) for p in problems] == [
        ("date.weekday", "error", "start_date")]
    assert problems[0].message.startswith("Tanggal Mulai Kerja: ")


@pytest.mark.parametrize(("raw", "sex"), [("Laki2", "L"), ("Laki - Laki", "L"), ("Pr.", "P")])
def test_sex_as_clerks_write_it(raw: str, sex: str) -> None:
    assert normalize_field("sex", raw, today=TODAY) == (sex, [])
