"""NIP rules: 18 digits = birth date + TMT CPNS + sex digit + serial."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.domain.nip import NipResult, parse_nip

TODAY = date(2025, 6, 30)
GOOD = "198001012005011001"


def parse(value: object, today: date = TODAY) -> NipResult:
    return parse_nip(value, today=today)


def codes(result: NipResult) -> list[str]:
    return [p.code for p in result.problems]


def test_good_nip_decodes() -> None:
    r = parse(GOOD)
    assert r.valid and r.problems == []
    assert r.nip == GOOD
    assert r.birth_date == date(1980, 1, 1)
    assert r.appointment == (2005, 1)
    assert r.sex == "L" and r.serial == "001"
    assert r.formatted() == "19800101 200501 1 001"


def test_to_dict() -> None:
    d = parse("19851231 201003 2 015").to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["valid"] is True and d["sex"] == "P"
    assert d["birth_date"] == "1985-12-31" and d["appointment"] == "2010-03"


@pytest.mark.parametrize("typed", [
    "19800101 200501 1 001",
    "  19800101  200501 1 001 ",
    "19800101\u00a0200501\u00a01\u00a0001",
    "NIP. 19800101 200501 1 001",  # copied whole from a signature block
    "NIP 198001012005011001",
    "nip: 19800101 200501 1 001",
    "'198001012005011001",
])
def test_spaces_between_groups(typed: str) -> None:
    r = parse(typed)
    assert r.valid, r.problems
    assert r.nip == GOOD


@pytest.mark.parametrize(("value", "code"), [
    (None, "nip.empty"),
    ("", "nip.empty"),
    ("   ", "nip.empty"),
    ("NIP.", "nip.empty"),
    ("19800101-200501-1-001", "nip.chars"),
    ("19800101.200501.1.001", "nip.chars"),
    ("19800101 2005O1 1 001", "nip.chars"),
    ("19800101 200501 1 01", "nip.length"),
    ("1980010120050110011", "nip.length"),
    (True, "nip.type"),
    (b"198001012005011001", "nip.type"),
    (198001012005011001, "nip.numeric"),
    (1.98001012005011e17, "nip.numeric"),
    (Decimal("198001012005011001"), "nip.numeric"),
    ("1,98001E+17", "nip.numeric"),
    ("198001012005011000.0", "nip.numeric"),
])
def test_shape_errors(value: object, code: str) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == [code]
    assert r.nip is None


@pytest.mark.parametrize(("value", "shown"), [
    (198001012005011001.0, "198001012005011000"),  # 18 digits: Excel keeps 15
    (198001012005011001, "198001012005011001"),  # an int is exact: shown whole
])
def test_numeric_message_shows_the_number_as_excel_does(value: object, shown: str) -> None:
    message = parse(value).errors[0].message
    assert f"(nilai terbaca: {shown})" in message
    assert "e+17" not in message and ".0)" not in message


def test_length_message_says_how_many() -> None:
    assert "yang diisi 17 digit" in parse("19800101 200501 1 01").errors[0].message


@pytest.mark.parametrize("nip", [
    "19800231 200501 1 001",  # 31 Feb
    "19801301 200501 1 001",  # month 13
    "19800100 200501 1 001",  # day 0
    "19810229 200501 1 001",  # not a leap year
    "18991231 193001 1 001",  # before 1900: a typo
    "20300101 200501 1 001",  # born in the future
])
def test_bad_birth_date(nip: str) -> None:
    r = parse(nip)
    assert not r.valid and "nip.birth_date" in codes(r)
    assert r.birth_date is None


def test_leap_day_birth() -> None:
    r = parse("19840229 200501 2 001")
    assert r.valid and r.birth_date == date(1984, 2, 29) and r.sex == "P"


@pytest.mark.parametrize(("nip", "ok"), [
    ("19800101 199701 1 001", True),  # birth year + 17: allowed (slack for late birthdays)
    ("19800101 199612 1 001", False),  # birth year + 16
    ("19800101 200500 1 001", False),  # month 0
    ("19800101 200513 1 001", False),  # month 13
    ("19800101 202506 1 001", True),  # this month
    ("19800101 202507 1 001", False),  # next month: in the future
    ("19800101 209901 1 001", False),
])
def test_appointment(nip: str, ok: bool) -> None:
    r = parse(nip)
    assert r.valid is ok
    assert codes(r) == ([] if ok else ["nip.appointment"])


def test_appointment_month_checked_even_if_birth_date_is_wrong() -> None:
    r = parse("19800231 200513 1 001")
    assert codes(r) == ["nip.birth_date", "nip.appointment"]


@pytest.mark.parametrize(("digit", "sex"), [("1", "L"), ("2", "P"), ("0", None), ("3", None),
                                            ("9", None)])
def test_sex_digit(digit: str, sex: str | None) -> None:
    r = parse(f"19800101 200501 {digit} 001")
    assert r.sex == sex
    assert r.valid is (sex is not None)
    if sex is None:
        assert codes(r) == ["nip.sex"]


@pytest.mark.parametrize(("serial", "ok"), [("000", False), ("001", True), ("999", True)])
def test_serial(serial: str, ok: bool) -> None:
    r = parse(f"19800101 200501 1 {serial}")
    assert r.valid is ok
    assert codes(r) == ([] if ok else ["nip.serial"])


def test_messages_are_indonesian() -> None:
    r = parse("19800231 200513 3 000")
    assert [p.code for p in r.errors] == ["nip.birth_date", "nip.appointment", "nip.sex",
                                          "nip.serial"]
    assert all("NIP" in p.message for p in r.errors)


@given(birth=st.dates(min_value=date(1940, 1, 1), max_value=date(2007, 12, 31)),
       data=st.data(),
       sex=st.sampled_from(["1", "2"]),
       serial=st.integers(min_value=1, max_value=999))
def test_property_built_nip_round_trips(birth: date, data: st.DataObject, sex: str,
                                        serial: int) -> None:
    year = data.draw(st.integers(min_value=birth.year + 17, max_value=TODAY.year))
    month = data.draw(st.integers(min_value=1, max_value=12 if year < TODAY.year
                                  else TODAY.month))
    nip = f"{birth:%Y%m%d}{year:04d}{month:02d}{sex}{serial:03d}"
    r = parse(nip)
    assert r.valid, r.problems
    assert (r.birth_date, r.appointment, r.sex) == (birth, (year, month),
                                                    "L" if sex == "1" else "P")


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
                 st.binary(), st.text(alphabet="0123456789 ", min_size=15, max_size=25)))
def test_property_never_raises(value: object) -> None:
    r = parse(value)
    assert r.valid == (not r.errors)
