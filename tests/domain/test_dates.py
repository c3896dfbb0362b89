"""Indonesian dates: document and table forms, and parsing what rosters contain."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.domain.dates import (
    MONTHS,
    format_bulan,
    format_tanggal,
    format_tanggal_pendek,
    parse_periode,
    parse_tanggal,
)
from jamsos_desktop.errors import DomainError

TODAY = date(2025, 6, 1)


def test_months() -> None:
    assert MONTHS == ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                      "Agustus", "September", "Oktober", "November", "Desember")


@pytest.mark.parametrize(
    ("d", "long", "short"),
    [
        (date(2022, 6, 7), "7 Juni 2022", "07-06-2022"),
        (date(1990, 5, 12), "12 Mei 1990", "12-05-1990"),
        (date(2025, 1, 1), "1 Januari 2025", "01-01-2025"),
        (date(2024, 2, 29), "29 Februari 2024", "29-02-2024"),
        (date(2023, 8, 17), "17 Agustus 2023", "17-08-2023"),
        (date(1999, 12, 31), "31 Desember 1999", "31-12-1999"),
        (datetime(2021, 9, 23, 14, 30), "23 September 2021", "23-09-2021"),
    ],
)
def test_formats(d: date, long: str, short: str) -> None:
    assert format_tanggal(d) == long
    assert format_tanggal_pendek(d) == short


def test_format_bulan() -> None:
    assert format_bulan(2022, 6) == "Juni 2022"
    assert format_bulan(2025, 3) == "Maret 2025"
    assert format_bulan(2025, 12) == "Desember 2025"
    for bad in (0, 13):
        with pytest.raises(DomainError):
            format_bulan(2025, bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12-05-1990", date(1990, 5, 12)),
        ("12/05/1990", date(1990, 5, 12)),
        ("12.05.1990", date(1990, 5, 12)),
        ("2-5-1990", date(1990, 5, 2)),
        ("1990-05-12", date(1990, 5, 12)),
        ("1990/05/12", date(1990, 5, 12)),
        ("1990.5.12", date(1990, 5, 12)),
        ("05/12/1990", date(1990, 12, 5)),  # day first: 5 Desember
        ("12 Mei 1990", date(1990, 5, 12)),
        ("12 mei 1990", date(1990, 5, 12)),
        ("12 MEI 1990", date(1990, 5, 12)),
        ("12 Mei 90", date(1990, 5, 12)),
        ("12-Mei-1990", date(1990, 5, 12)),
        ("12 Mei, 1990", date(1990, 5, 12)),
        ("  12   Mei   1990 ", date(1990, 5, 12)),
        ("12Mei1990", date(1990, 5, 12)),
        ("7 Juni 2022", date(2022, 6, 7)),
        ("1 Jan 2000", date(2000, 1, 1)),
        ("1 Feb 2000", date(2000, 2, 1)),
        ("1 Pebruari 2000", date(2000, 2, 1)),
        ("1 Mar 2000", date(2000, 3, 1)),
        ("1 Mrt 2000", date(2000, 3, 1)),
        ("1 Apr 2000", date(2000, 4, 1)),
        ("1 Jun 2000", date(2000, 6, 1)),
        ("1 Jul 2000", date(2000, 7, 1)),
        ("17 Agu 1945", date(1945, 8, 17)),
        ("17 Agt 1945", date(1945, 8, 17)),
        ("17 Ags 1945", date(1945, 8, 17)),
        ("17 Agt. 1945", date(1945, 8, 17)),
        ("1 Sep 2000", date(2000, 9, 1)),
        ("1 Sept 2000", date(2000, 9, 1)),
        ("1 Okt 2000", date(2000, 10, 1)),
        ("1 Nov 2000", date(2000, 11, 1)),
        ("10 Nopember 1945", date(1945, 11, 10)),
        ("25 Des 2000", date(2000, 12, 25)),
        ("12-May-1990", date(1990, 5, 12)),
        ("12-May-90", date(1990, 5, 12)),
        ("17 Aug 1945", date(1945, 8, 17)),
        ("5 Oct 2001", date(2001, 10, 5)),
        ("25 Dec 2000", date(2000, 12, 25)),
        ("25 December 2000", date(2000, 12, 25)),
        ("May 12, 1990", date(1990, 5, 12)),
        ("Mei 12, 1990", date(1990, 5, 12)),
        ("12-05-90", date(1990, 5, 12)),
        ("12/05/90", date(1990, 5, 12)),
        ("01-01-25", date(2025, 1, 1)),
        ("01-06-25", date(2025, 6, 1)),  # today itself is not the future
        ("02-06-25", date(1925, 6, 2)),  # tomorrow would be the future
        ("29-02-00", date(2000, 2, 29)),
        ("1990-05-12 00:00:00", date(1990, 5, 12)),
        ("1990-05-12T08:30", date(1990, 5, 12)),
        ("12/05/1990 08:30", date(1990, 5, 12)),
        ("44927", date(2023, 1, 1)),
        ("44927.0", date(2023, 1, 1)),
        (date(1990, 5, 12), date(1990, 5, 12)),
        (datetime(1990, 5, 12, 23, 59), date(1990, 5, 12)),
    ],
)
def test_parse_tanggal(value: object, expected: date) -> None:
    result = parse_tanggal(value, today=TODAY)
    assert result == expected and type(result) is date


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (2, date(1900, 1, 2)),
        (31, date(1900, 1, 31)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (367, date(1901, 1, 1)),
        (32_874, date(1990, 1, 1)),
        (44_927, date(2023, 1, 1)),
        (45_658, date(2025, 1, 1)),
        (2_958_465, date(9999, 12, 31)),
        (44_927.0, date(2023, 1, 1)),
        (44_927.999, date(2023, 1, 1)),  # the time of day is dropped
        (Decimal("44927"), date(2023, 1, 1)),
    ],
)
def test_excel_serials(serial: float | Decimal, expected: date) -> None:
    assert parse_tanggal(serial) == expected


@pytest.mark.parametrize("serial", [0, -1, 60, 2_958_466, 0.5, float("nan"), float("inf")])
def test_bad_excel_serials(serial: float) -> None:
    with pytest.raises(DomainError):
        parse_tanggal(serial)


def test_serial_60_is_the_excel_bug() -> None:
    with pytest.raises(DomainError, match="29 Februari 1900"):
        parse_tanggal(60)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (None, "date.empty"),
        ("", "date.empty"),
        ("   ", "date.empty"),
        ("13/25/1990", "date.month"),
        ("12/31/1990", "date.month_first"),
        ("05/13/1990", "date.month_first"),
        ("12/31/90", "date.month_first"),
        ("31-04-1990", "date.impossible"),
        ("29-02-1990", "date.impossible"),
        ("29-02-1900", "date.impossible"),
        ("30 Februari 2000", "date.impossible"),
        ("31-04-90", "date.impossible"),
        ("0-05-1990", "date.impossible"),
        ("12 Xyz 1990", "date.month_name"),
        ("12 Mai 1990", "date.month_name"),
        ("12-05/1990", "date.invalid"),  # mixed separators
        ("12 05 1990", "date.invalid"),
        ("12-05-199", "date.invalid"),
        ("123-05-1990", "date.invalid"),
        ("12-05", "date.invalid"),
        ("besok", "date.invalid"),
        ("1990", "date.incomplete"),  # a year, not Excel serial 1990
        ("120590", "date.invalid"),
        ("12345678", "date.invalid"),
        (True, "date.invalid"),
        ([12, 5, 1990], "date.invalid"),
        (Decimal("NaN"), "date.invalid"),
    ],
)
def test_parse_tanggal_refusals(value: object, code: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_tanggal(value, today=TODAY)
    assert info.value.code == code
    assert info.value.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kamis, 15 Maret 1990", date(1990, 3, 15)),
        ("kamis 15 maret 1990", date(1990, 3, 15)),
        ("KAMIS, 15-03-1990", date(1990, 3, 15)),
        ("Kamis,15/03/1990", date(1990, 3, 15)),
        ("  Kamis ,  15 Maret 1990 ", date(1990, 3, 15)),
        ("Kamis, 15 Maret 90", date(1990, 3, 15)),
        ("Jumat, 1 Maret 2024", date(2024, 3, 1)),
        ("Jum'at, 1 Maret 2024", date(2024, 3, 1)),
        ("Jum\u2019at, 1 Maret 2024", date(2024, 3, 1)),  # Word's apostrophe
        ("JUM'AT 17 Agustus 1945", date(1945, 8, 17)),
        ("Sabtu, 12 Mei 1990", date(1990, 5, 12)),
        ("Minggu, 3 Maret 2024", date(2024, 3, 3)),
        ("Ahad, 3 Maret 2024", date(2024, 3, 3)),
        ("Senin, 2 Januari 2023", date(2023, 1, 2)),
        ("Selasa, 7 Jan 2025", date(2025, 1, 7)),
        ("Rabu, 8-1-2025", date(2025, 1, 8)),
        ("Senin, 02-01-2023 08:30", date(2023, 1, 2)),
        ("Thursday, March 15, 1990", date(1990, 3, 15)),  # Excel's long date, English
        ("Saturday, 12 May 1990", date(1990, 5, 12)),
        ("Kamis - 15-03-1990", date(1990, 3, 15)),  # a dash or a slash after the day name
        ("Kamis / 15/03/1990", date(1990, 3, 15)),
        ("Kamis\u201315 Maret 1990", date(1990, 3, 15)),
    ],
)
def test_a_weekday_before_the_date(value: str, expected: date) -> None:
    assert parse_tanggal(value, today=TODAY) == expected


@pytest.mark.parametrize(("value", "right", "written"), [
    ("Senin, 15 Maret 1990", "Kamis", "Senin"),
    ("jumat 15-03-1990", "Kamis", "Jumat"),
    ("Monday, March 15, 1990", "Kamis", "Senin"),
    ("Minggu, 1 Maret 2024", "Jumat", "Minggu"),
])
def test_a_weekday_that_does_not_fit_the_date_is_refused(value: str, right: str,
                                                           written: str) -> None:
    """Refused, not guessed: either the day or the date was mistyped, and nothing says which."""
    with pytest.raises(DomainError) as info:
        parse_tanggal(value, today=TODAY)
    assert info.value.code == "date.weekday"
    assert f"hari {right}, bukan {written}" in info.value.message
    assert value.strip() in info.value.message


@pytest.mark.parametrize(("value", "code"), [
    ("Kamis", "date.invalid"),
    ("Kamis,", "date.invalid"),
    ("Kamis, 31 April 1990", "date.impossible"),
    ("Kamis, 15 Maretan 1990", "date.month_name"),
    ("Kamisan, 15 Maret 1990", "date.invalid"),  # not a weekday
    ("Kamis 1990", "date.incomplete"),
])
def test_a_weekday_needs_a_valid_date_after_it(value: str, code: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_tanggal(value, today=TODAY)
    assert info.value.code == code
    assert f"\u201c{value.strip()}\u201d" in info.value.message  # the cell as written


def test_two_weekdays_are_not_a_date() -> None:
    with pytest.raises(DomainError) as info:
        parse_tanggal("Kamis, Jumat, 15-03-1990", today=TODAY)
    assert info.value.code == "date.invalid"
    assert "\u201cKamis, Jumat, 15-03-1990\u201d" in info.value.message


def test_month_first_message_says_day_first() -> None:
    with pytest.raises(DomainError, match="hari lebih dulu") as info:
        parse_tanggal("12/31/1990")
    assert "31-12-1990" in info.value.message


def test_two_digit_year_century_follows_today() -> None:
    assert parse_tanggal("12-05-30", today=date(2025, 6, 1)) == date(1930, 5, 12)
    assert parse_tanggal("12-05-30", today=date(2031, 1, 1)) == date(2030, 5, 12)
    assert parse_tanggal("29-02-00", today=date(2025, 6, 1)) == date(2000, 2, 29)
    # 2000-02-29 is still in the future on 1999-12-31, and 1900 had no 29 February.
    with pytest.raises(DomainError):
        parse_tanggal("29-02-00", today=date(1999, 12, 31))


def test_default_today_is_real_today() -> None:
    assert parse_tanggal("01-01-00") == date(2000, 1, 1)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))  # 4-digit years
def test_round_trip_document_form(d: date) -> None:
    assert parse_tanggal(format_tanggal(d)) == d


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_round_trip_table_and_iso_forms(d: date) -> None:
    assert parse_tanggal(format_tanggal_pendek(d)) == d
    assert parse_tanggal(d.isoformat()) == d
    assert parse_tanggal(d.strftime("%d/%m/%Y")) == d
    assert parse_tanggal(f"{d.day} {d.strftime('%b')} {d.year}") == d  # English abbreviation


@given(st.dates(min_value=date(1926, 6, 2), max_value=TODAY))
def test_round_trip_two_digit_years_within_a_century(d: date) -> None:
    assert parse_tanggal(d.strftime("%d-%m-%y"), today=TODAY) == d


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_excel_serial_matches_day_count(d: date) -> None:
    serial = (d - date(1899, 12, 30)).days
    assert parse_tanggal(serial) == d


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04", (2025, 4)),
        ("2025-4", (2025, 4)),
        ("2025/04", (2025, 4)),
        ("04/2025", (2025, 4)),
        ("4/2025", (2025, 4)),
        ("04-2025", (2025, 4)),
        ("04.2025", (2025, 4)),
        ("April 2025", (2025, 4)),
        ("april 2025", (2025, 4)),
        ("Apr 2025", (2025, 4)),
        ("Apr-2025", (2025, 4)),
        ("April, 2025", (2025, 4)),
        ("Apr-25", (2025, 4)),
        ("Agustus 2024", (2024, 8)),
        ("Mar 2026", (2026, 3)),
        (date(2025, 4, 17), (2025, 4)),
        (datetime(2025, 12, 1, 8, 0), (2025, 12)),
    ],
)
def test_parse_periode(value: object, expected: tuple[int, int]) -> None:
    assert parse_periode(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", None, "2025-13", "13/2025", "00/2025", "04/25", "25/04", "Foo 2025", "2025",
     "April", "0825-04", 202504],
)
def test_parse_periode_refusals(value: object) -> None:
    with pytest.raises(DomainError):
        parse_periode(value)


@given(st.integers(min_value=1900, max_value=9999), st.integers(min_value=1, max_value=12))
def test_periode_round_trip(year: int, month: int) -> None:
    assert parse_periode(format_bulan(year, month)) == (year, month)
    assert parse_periode(f"{year}-{month:02d}") == (year, month)
