"""Rupiah formatting and the parsing of typed or pasted amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.domain.money import (
    format_number,
    format_rupiah,
    parse_rupiah,
    round_half_up,
)
from jamsos_desktop.errors import DomainError

# --- formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "kwargs", "expected"),
    [
        (0, {}, "Rp0"),
        (5, {}, "Rp5"),
        (999, {}, "Rp999"),
        (1_000, {}, "Rp1.000"),
        (13_500, {}, "Rp13.500"),
        (1_234_567, {}, "Rp1.234.567"),
        (100_000_000, {}, "Rp100.000.000"),
        (634_486_040_711, {}, "Rp634.486.040.711"),
        (1_234_567, {"cents": True}, "Rp1.234.567,00"),
        (634_486_040_711, {"cents": True}, "Rp634.486.040.711,00"),
        (-1_234_567, {}, "-Rp1.234.567"),
        (-1_234_567, {"cents": True}, "-Rp1.234.567,00"),
        (1_234_567, {"prefix": False}, "1.234.567"),
        (-1_000, {"prefix": False}, "-1.000"),
        (Decimal("1234567.5"), {"cents": True}, "Rp1.234.567,50"),
        (Decimal("1234567.005"), {"cents": True}, "Rp1.234.567,01"),  # half-up to the sen
        (Decimal("0.5"), {}, "Rp1"),  # half-up, not banker's rounding
        (Decimal("2.5"), {}, "Rp3"),
        (Decimal("-2.5"), {}, "-Rp3"),
        (Decimal("-0.001"), {"cents": True}, "Rp0,00"),  # no "-Rp0,00"
        (Decimal("-0.4"), {}, "Rp0"),
        (Decimal("1E+6"), {}, "Rp1.000.000"),
    ],
)
def test_format_rupiah(amount: int | Decimal, kwargs: dict[str, bool], expected: str) -> None:
    assert format_rupiah(amount, **kwargs) == expected


def test_format_number() -> None:
    assert format_number(0) == "0"
    assert format_number(1_234_567) == "1.234.567"
    assert format_number(-1_000) == "-1.000"
    assert format_number(Decimal("999.5")) == "1.000"


@pytest.mark.parametrize("bad", [1.5, 1.0, True, "1000", None])
def test_format_refuses_non_money_types(bad: object) -> None:
    with pytest.raises(TypeError):
        format_rupiah(bad)  # type: ignore[arg-type]


def test_format_refuses_nan() -> None:
    with pytest.raises(DomainError):
        format_rupiah(Decimal("NaN"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.4"), 0), (Decimal("0.5"), 1), (Decimal("1.5"), 2), (Decimal("2.5"), 3),
        (Decimal("2.49"), 2), (Decimal("-2.5"), -3), (Decimal("-2.4"), -2),
        (Decimal("6000.0"), 6000), (Decimal("210948.00"), 210948), (7, 7),
    ],
)
def test_round_half_up(value: Decimal | int, expected: int) -> None:
    assert round_half_up(value) == expected


def test_round_half_up_refuses_float() -> None:
    with pytest.raises(TypeError):
        round_half_up(2.5)  # type: ignore[arg-type]


# --- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rp 1.500.000", 1_500_000),
        ("Rp1.500.000", 1_500_000),
        ("Rp1.500.000,-", 1_500_000),
        ("Rp. 1.500.000,-", 1_500_000),
        ("rp1.500.000", 1_500_000),
        ("IDR 1.500.000", 1_500_000),
        ("1.500.000,00", 1_500_000),
        ("1.500.000,0", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1,500,000.00", 1_500_000),
        ("1500000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1.500", 1_500),  # Indonesian: the dot groups thousands
        ("1500,00", 1_500),
        ("1500.00", 1_500),  # a dot with two digits can only be decimal
        ("1500.0", 1_500),  # str() of a float cell
        ("  1.500.000  ", 1_500_000),
        ("1\u00a0500\u00a0000", 1_500_000),  # non-breaking spaces from a pasted table
        ("1 500 000", 1_500_000),
        ("1.500.000 rupiah", 1_500_000),
        ("0", 0),
        ("Rp0", 0),
        ("0,00", 0),
        ("1,5 jt", 1_500_000),
        ("1,5jt", 1_500_000),
        ("1,5 juta", 1_500_000),
        ("1,5 Juta", 1_500_000),
        ("Rp 1,5 jt", 1_500_000),
        ("1.5 jt", 1_500_000),  # a dot followed by one digit can only be decimal
        ("2 jt", 2_000_000),
        ("2jt.", 2_000_000),
        ("0,75 jt", 750_000),
        ("1,25 juta", 1_250_000),
        ("12,5 jt", 12_500_000),
        ("750 rb", 750_000),
        ("750rb", 750_000),
        ("750 ribu", 750_000),
        ("750 RIBU", 750_000),
        ("750k", 750_000),
        ("2,5 miliar", 2_500_000_000),
        ("2,5 milyar", 2_500_000_000),
        ("1 triliun", 1_000_000_000_000),
        ("1.500 jt", 1_500_000_000),  # 1.500 is fifteen hundred, so 1,5 miliar
        (1_500_000, 1_500_000),
        (0, 0),
        (Decimal("1500000"), 1_500_000),
        (Decimal("1500000.00"), 1_500_000),
        (1_500_000.0, 1_500_000),
        (0.0, 0),
    ],
)
def test_parse_rupiah(typed: object, expected: int) -> None:
    result = parse_rupiah(typed)
    assert result == expected and type(result) is int


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        (None, "money.empty"),
        ("abc", "money.invalid"),
        ("Rp", "money.invalid"),
        ("satu juta", "money.invalid"),
        ("1.500.000 dolar", "money.invalid"),
        ("1,5 jeti", "money.invalid"),
        ("12a000", "money.invalid"),
        ("1.50.000", "money.invalid"),  # broken grouping
        ("15.00.000", "money.invalid"),
        ("1500.000", "money.invalid"),  # four digits before a thousands dot
        ("0.500", "money.invalid"),
        (".500", "money.invalid"),
        ("1..500", "money.invalid"),
        ("1,500,00", "money.invalid"),
        ("1.500,000.00", "money.invalid"),
        ("1,5e6", "money.invalid"),
        ("1,500", "money.ambiguous"),  # 1500 (English) or 1,5 (Indonesian)?
        ("Rp1,500", "money.ambiguous"),
        ("1,500 jt", "money.ambiguous"),
        ("2,5M", "money.ambiguous"),
        ("2,5 M", "money.ambiguous"),
        ("2.5m", "money.ambiguous"),
        ("3 mio", "money.ambiguous"),
        ("1 bn", "money.ambiguous"),
        ("1.5", "money.fraction"),
        ("1,5", "money.fraction"),
        ("1.500,50", "money.fraction"),
        ("1,500,000.50", "money.fraction"),
        ("1500.5", "money.fraction"),
        ("1,0000005 jt", "money.fraction"),
        (Decimal("1500.50"), "money.fraction"),
        (1500.5, "money.fraction"),
        (0.1, "money.fraction"),
        ("-1.500.000", "money.negative"),
        ("-Rp1.500.000", "money.negative"),
        ("Rp -1.500.000", "money.negative"),
        ("(Rp1.500.000)", "money.negative"),
        ("\u22121.500", "money.negative"),
        (-5, "money.negative"),
        (Decimal("-1"), "money.negative"),
        (float("nan"), "money.invalid"),
        (float("inf"), "money.invalid"),
        (Decimal("NaN"), "money.invalid"),
        (2.0**60, "money.invalid"),
        (True, "money.invalid"),
        ([1500], "money.invalid"),
    ],
)
def test_parse_rupiah_refusals(typed: object, code: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_rupiah(typed)
    assert info.value.code == code
    assert info.value.message  # an Indonesian sentence, shown as is


def test_messages_explain_what_to_write() -> None:
    with pytest.raises(DomainError, match=r"1,5 jt"):
        parse_rupiah("1,500")
    with pytest.raises(DomainError, match=r"miliar atau juta"):
        parse_rupiah("2,5M")
    with pytest.raises(DomainError, match=r"sen"):
        parse_rupiah("1.500,50")
    with pytest.raises(DomainError, match=r"negatif"):
        parse_rupiah("-1.000")
    with pytest.raises(DomainError, match=r"belum diisi"):
        parse_rupiah("")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("-1.500.000", -1_500_000), ("-Rp1.500.000", -1_500_000), ("Rp-1.500", -1_500),
     ("(Rp1.500.000)", -1_500_000), ("-1,5 jt", -1_500_000), (-5, -5), ("-0", 0)],
)
def test_negative_allowed_on_request(typed: object, expected: int) -> None:
    assert parse_rupiah(typed, allow_negative=True) == expected


AMOUNTS = st.integers(min_value=0, max_value=10**15)


@given(AMOUNTS)
def test_round_trip_formatted(n: int) -> None:
    assert parse_rupiah(format_rupiah(n)) == n
    assert parse_rupiah(format_rupiah(n, cents=True)) == n
    assert parse_rupiah(format_rupiah(n, prefix=False)) == n
    assert parse_rupiah(format_number(n)) == n
    assert parse_rupiah(str(n)) == n


@given(AMOUNTS)
def test_round_trip_negative(n: int) -> None:
    assert parse_rupiah(format_rupiah(-n), allow_negative=True) == -n


@given(AMOUNTS)
def test_format_shape(n: int) -> None:
    text = format_rupiah(n)
    assert text.startswith("Rp") and " " not in text
    groups = text[2:].split(".")
    assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    assert format_rupiah(n, cents=True) == text + ",00"


@given(st.integers(min_value=0, max_value=2**53 - 1))
def test_whole_floats_from_spreadsheets(n: int) -> None:
    assert parse_rupiah(float(n)) == n
