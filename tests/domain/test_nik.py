"""NIK rules (DOMAIN.md §4): table-driven cases per rule, properties, and the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.cli import main
from jamsos_desktop.domain import regions
from jamsos_desktop.domain.nik import (
    NIK_SEPARATORS,
    NikResult,
    compare_with,
    looks_like_excel_number,
    make_nik,
    normalize_sex,
    parse_nik,
)

TODAY = date(2025, 6, 30)
GOOD = "3273011503900001"  # Kota Bandung, Sukasari; 15 Mar 1990; laki-laki


def parse(value: object, today: date = TODAY) -> NikResult:
    return parse_nik(value, today=today)


def codes(result: NikResult) -> list[str]:
    return [p.code for p in result.problems]


# ---- a good NIK -----------------------------------------------------------------------

def test_good_nik_decodes() -> None:
    r = parse(GOOD)
    assert r.valid and r.errors == [] and r.warnings == []
    assert r.nik == GOOD
    assert r.birth_date == date(1990, 3, 15)
    assert r.sex == "L"
    assert (r.province_code, r.regency_code, r.district_code) == ("32", "32.73", "32.73.01")
    assert r.serial == "0001"
    assert r.raw == GOOD


def test_to_dict_is_json_ready() -> None:
    d = parse(GOOD).to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["valid"] is True and d["birth_date"] == "1990-03-15" and d["sex"] == "L"
    for key in ("errors", "warnings", "province_code", "regency_code", "district_code"):
        assert key in d
    bad = parse("123").to_dict()
    assert bad["valid"] is False and isinstance(bad["errors"][0], str)
    assert bad["problems"][0]["code"] == "nik.length"


# ---- separators typed by hand -----------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "3273.0115.0390.0001",
    "3273-01-150390-0001",
    "3273 0115 0390 0001",
    "  3273011503900001  ",
    "\t3273011503900001\n",
    "32.73.01.150390.0001",
    "3273–0115–0390–0001",  # en dash from autocorrect
    "3273\u00a00115\u00a00390\u00a00001",  # non-breaking spaces
    "\u200b3273011503900001\ufeff",  # invisible characters pasted from the web
    "'3273011503900001",  # Excel's force-text prefix
])
def test_separators_are_accepted(typed: str) -> None:
    r = parse(typed)
    assert r.valid, r.problems
    assert r.nik == GOOD


# ---- empty, characters, length, type ----------------------------------------------------

@pytest.mark.parametrize("value", [None, "", "   ", "...", " - ", "'"])
def test_empty(value: object) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == ["nik.empty"] and r.nik is None


@pytest.mark.parametrize("value", [
    "32730115039O0001",  # letter O for zero
    "3273011503900001x",
    "3273/0115/0390/0001",  # slash is not a separator people use for NIK
    "３２７３０１１５０３９０００１",  # full-width digits
    "٣٢٧٣٠١١٥٠٣٩٠٠٠٠١",  # Arabic-Indic digits: isdigit() is True, still not a NIK
    "NIK 3273011503900001",
    "3273011503900001²",
])
def test_non_digits(value: str) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == ["nik.chars"]
    assert "hanya boleh berisi angka" in r.errors[0].message


def test_non_digit_message_names_the_character_and_hints_letter_o() -> None:
    message = parse("32730115039O0001").errors[0].message
    assert "“O”" in message and "angka 0" in message
    assert "U+0007" in parse("3273011503900001\x07x").errors[0].message


@pytest.mark.parametrize(("value", "given"), [
    ("327301150390001", 15),
    ("32730115039000012", 17),
    ("1", 1),
    ("3273 0115 0390 001", 15),
])
def test_wrong_length_says_how_many(value: str, given: int) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == ["nik.length"]
    assert f"yang diisi {given} digit" in r.errors[0].message


@pytest.mark.parametrize("value", [True, False, b"3273011503900001", ["3273011503900001"],
                                   date(1990, 3, 15), object()])
def test_other_types(value: object) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == ["nik.type"]


# ---- the Excel 15-digit trap ------------------------------------------------------------

@pytest.mark.parametrize("value", [
    3273011503900001,  # a correct int is still refused: the column is numeric
    3273011503900000,
    327301150390000,
    3273011503900000.0,
    3.27301e15,
    float("nan"),
    float("inf"),
    Decimal("3273011503900001"),
    Fraction(3273011503900001, 1),
    # Too large for str(): the message must still be built (and pytest needs an id).
    pytest.param(10**5000, id="huge-int"),
    "3,27301E+15",
    "3.27301e15",
    "3.27301E+15",
    "3,273011503900E+15",
    "  3,27301E+15 ",
    "3273011503900000.0",
    "3273011503900000,0",
    "3273011503900001.00",
    "3.273.011.503.900.000",
    "3,273,011,503,900,000",
    "'3,27301E+15",
])
def test_excel_trap(value: object) -> None:
    r = parse(value)
    assert not r.valid and codes(r) == ["nik.numeric"]
    assert r.nik is None and r.birth_date is None
    message = r.errors[0].message
    assert "angka, bukan teks" in message and "15 digit" in message
    assert "Teks" in message and "ketik ulang" in message


def test_excel_trap_message_shows_what_was_read() -> None:
    assert "3,27301E+15" in parse("3,27301E+15").errors[0].message


@pytest.mark.parametrize(("value", "shown"), [
    # As Excel shows the number (formula bar): whole numbers without ".0", at most 15
    # significant digits, the rest zeros — the message's point that digits are lost.
    (3273011503900000.0, "3273011503900000"),
    (3273011503900004.0, "3273011503900000"),  # a float from elsewhere: Excel shows ...000
    (3.27301e15, "3273010000000000"),
    (327301150390.0, "327301150390"),
    (-0.0, "0"),
    (3.5, "3.5"),
    (0.1 + 0.2, "0.3"),
    (float("nan"), "nan"),
])
def test_excel_trap_message_shows_a_float_as_excel_does(value: float, shown: str) -> None:
    message = parse(value).errors[0].message
    assert f"(nilai terbaca: {shown})" in message
    assert "digit terakhir" in message and "hilang" in message


def test_excel_trap_message_of_a_huge_float_is_plain_digits_cut_short() -> None:
    message = parse(1e300).errors[0].message
    assert f"(nilai terbaca: 1{'0' * 38}…)" in message
    assert "e+" not in message


@pytest.mark.parametrize("text", ["3273.0115.0390.0001", "3273-01-150390-0001", GOOD, "1e",
                                  "e15", "3273.0115.0390.000"])
def test_hand_typed_is_not_an_excel_number(text: str) -> None:
    assert not looks_like_excel_number(text)


def test_serial_0000_hints_at_excel() -> None:
    r = parse("3273011503900000")
    assert codes(r) == ["nik.serial"] and "Excel" in r.errors[0].message


# ---- province, regency, district ----------------------------------------------------------

def _first_district(province: str) -> str:
    regency = regions.regencies(province)[0]
    return regions.districts(regency.code)[0].code


@pytest.mark.parametrize("province", sorted(regions.NIK_PROVINCE_CODES))
def test_every_province_is_accepted(province: str) -> None:
    nik = make_nik(_first_district(province), date(1990, 3, 15), "L", 1)
    r = parse(nik)
    assert r.valid and r.warnings == [], r.problems
    assert r.province_code == province


@pytest.mark.parametrize("province", ["91", "92", "93", "94", "95", "96"])
def test_papua_provinces_are_valid(province: str) -> None:
    # Known open-source validators stop at 94 or earlier; these are real provinces.
    r = parse(make_nik(_first_district(province), date(1985, 8, 17), "P", 12))
    assert r.valid and r.sex == "P" and r.birth_date == date(1985, 8, 17)


@pytest.mark.parametrize("province", ["00", "10", "20", "22", "30", "37", "50", "54", "60",
                                      "66", "70", "77", "80", "83", "90", "97", "99"])
def test_unknown_province_is_an_error(province: str) -> None:
    r = parse(province + GOOD[2:])
    assert not r.valid and codes(r) == ["nik.province"]
    assert r.province_code == province and r.nik == province + GOOD[2:]


def test_unknown_regency_is_only_a_warning() -> None:
    r = parse("3299011503900001")
    assert r.valid and codes(r) == ["nik.regency_unknown"]
    assert r.warnings[0].severity == "warning"


def test_old_papua_regency_code_is_only_a_warning() -> None:
    # 91.01 was Merauke before it moved to Papua Selatan (93.01): a first-registration code.
    r = parse("9101015203950002")
    assert r.valid and codes(r) == ["nik.regency_unknown"]


def test_unknown_district_is_only_a_warning() -> None:
    r = parse("3273991503900001")
    assert r.valid and codes(r) == ["nik.district_unknown"]


# ---- birth date and sex -----------------------------------------------------------------

@pytest.mark.parametrize(("ddmmyy", "birth", "sex"), [
    ("150390", date(1990, 3, 15), "L"),
    ("010190", date(1990, 1, 1), "L"),
    ("310190", date(1990, 1, 31), "L"),
    ("410190", date(1990, 1, 1), "P"),  # women: day + 40
    ("550390", date(1990, 3, 15), "P"),
    ("710190", date(1990, 1, 31), "P"),
    ("290200", date(2000, 2, 29), "L"),  # leap year (divisible by 400)
    ("290296", date(1996, 2, 29), "L"),
    ("690296", date(1996, 2, 29), "P"),
    ("690204", date(2004, 2, 29), "P"),
    ("311299", date(1999, 12, 31), "L"),
    ("300625", date(2025, 6, 30), "L"),  # born "today" is not in the future
    ("010725", date(1925, 7, 1), "L"),  # tomorrow's date in 2025 → previous century
    ("010126", date(1926, 1, 1), "L"),
])
def test_valid_dates(ddmmyy: str, birth: date, sex: str) -> None:
    r = parse(f"327301{ddmmyy}0001")
    assert r.valid, r.problems
    assert r.birth_date == birth and r.sex == sex


@pytest.mark.parametrize(("ddmmyy", "hint"), [
    ("310290", "Februari"),  # 31 Feb
    ("300290", "Februari"),
    ("290290", "kabisat"),  # 1990 is not a leap year
    ("290201", "kabisat"),
    ("690201", "kabisat"),  # the same for a woman
    ("310490", "April"),  # 31 Apr
    ("711190", "November"),  # woman, 31 Nov
    ("011390", "01–12"),  # month 13
    ("010090", "01–12"),  # month 0
    ("000190", "41–71"),  # day 0
    ("320190", "41–71"),
    ("400190", "41–71"),
    ("720190", "41–71"),  # day 72: beyond a woman's 31 + 40
    ("990190", "41–71"),
])
def test_impossible_dates(ddmmyy: str, hint: str) -> None:
    r = parse(f"327301{ddmmyy}0001")
    assert not r.valid and set(codes(r)) == {"nik.date"}
    assert r.birth_date is None
    assert any(hint in p.message for p in r.errors)


def test_day_and_month_both_wrong_give_two_errors() -> None:
    r = parse("3273017213900001")
    assert codes(r) == ["nik.date", "nik.date"] and r.sex is None


def test_century_of_1900_is_not_a_leap_year() -> None:
    # Read before 29 Feb 2000 happened, "290200" can only be 1900 — which had no 29 Feb.
    r = parse("3273012902000001", today=date(1999, 12, 31))
    assert not r.valid and codes(r) == ["nik.date"] and "1900" in r.errors[0].message


@pytest.mark.parametrize(("today", "birth"), [
    (date(2025, 1, 1), date(2025, 1, 1)),
    (date(2024, 12, 31), date(1925, 1, 1)),
    (date(2100, 1, 1), date(2025, 1, 1)),
])
def test_two_digit_year_never_in_the_future(today: date, birth: date) -> None:
    assert parse("3273010101250001", today=today).birth_date == birth


def test_default_today_is_not_in_the_future() -> None:
    r = parse_nik("3273010101000001")
    assert r.birth_date is not None and r.birth_date <= date.today()


# ---- serial -----------------------------------------------------------------------------

@pytest.mark.parametrize(("serial", "ok"), [("0000", False), ("0001", True), ("9999", True),
                                            ("0100", True)])
def test_serial(serial: str, ok: bool) -> None:
    r = parse(f"327301150390{serial}")
    assert r.valid is ok
    assert codes(r) == ([] if ok else ["nik.serial"])


def test_several_errors_are_all_reported() -> None:
    r = parse("9973017213900000")
    assert codes(r) == ["nik.province", "nik.date", "nik.date", "nik.serial"]


# ---- compare_with -----------------------------------------------------------------------

def test_compare_agreeing_values() -> None:
    r = parse(GOOD)
    assert compare_with(r, date(1990, 3, 15), "L") == []
    assert compare_with(r, date(1890, 3, 15), "Laki-laki") == []  # the century is the user's
    assert compare_with(r) == []


def test_compare_birth_date_mismatch() -> None:
    found = compare_with(parse(GOOD), date(1990, 3, 16), None)
    assert [p.code for p in found] == ["nik.birthdate_mismatch"]
    assert found[0].severity == "warning" and found[0].field == "birth_date"
    assert "16 Maret 1990" in found[0].message and "15 Maret 1990" in found[0].message


@pytest.mark.parametrize(("nik", "entered"), [(GOOD, "P"), (GOOD, "Perempuan"),
                                              (GOOD, " wanita "), ("3273015503900001", "L"),
                                              ("3273015503900001", "PRIA")])
def test_compare_sex_mismatch(nik: str, entered: str) -> None:
    found = compare_with(parse(nik), None, entered)
    assert [p.code for p in found] == ["nik.sex_mismatch"]
    assert found[0].severity == "warning"


@pytest.mark.parametrize(("typed", "sex"), [
    # what was accepted before
    ("L", "L"), ("l", "L"), ("Lk", "L"), ("Laki-laki", "L"), ("LAKI LAKI", "L"), ("Laki", "L"),
    ("Pria", "L"), ("P", "P"), ("Pr", "P"), ("Perempuan", "P"), ("wanita", "P"), ("W", "P"),
    ("  laki  laki ", "L"),
    # clerk spellings
    ("laki2", "L"), ("Laki2", "L"), ("LAKI2", "L"), ("laki-2", "L"), ("Lelaki", "L"),
    ("Laki - laki", "L"), ("Laki -laki", "L"), ("laki- laki", "L"), ("Laki  -  Laki", "L"),
    ("Laki\u2013laki", "L"), ("Laki \u2013 Laki", "L"), ("Laki\u00a0-\u00a0laki", "L"),
    ("L.", "L"), ("Lk.", "L"), ("LK.", "L"), ("Laki-laki.", "L"),
    ("P.", "P"), ("Pr.", "P"), ("PR.", "P"), ("Perempuan.", "P"),
])
def test_sex_as_clerks_write_it(typed: str, sex: str) -> None:
    assert normalize_sex(typed) == sex


@pytest.mark.parametrize("typed", [
    "", "X", "-", "1", "2", "0", "M", "F", "L/P", "LP", "Lk/Pr", "Laki-laki/Perempuan",
    "laki perempuan", "LL", "PP", "..", "L..", "cowok", "cewek", "laki22", "laki3", "Per",
])
def test_sex_that_is_not_clear_is_not_guessed(typed: str) -> None:
    assert normalize_sex(typed) is None


def test_compare_both_mismatch_and_women() -> None:
    r = parse("3273015503900001")  # 15 Mar 1990, perempuan
    assert compare_with(r, date(1990, 3, 15), "P") == []
    assert [p.code for p in compare_with(r, date(1991, 3, 15), "L")] == [
        "nik.birthdate_mismatch", "nik.sex_mismatch"]


def test_compare_says_nothing_when_it_cannot_tell() -> None:
    assert compare_with(parse("123"), date(1990, 1, 1), "L") == []
    assert compare_with(parse(GOOD), date(1990, 3, 15), "X") == []
    assert compare_with(parse("3273013102900001"), date(1990, 2, 28), "L") == []


# ---- make_nik ---------------------------------------------------------------------------

def test_make_nik() -> None:
    assert make_nik("32.73.01", date(1990, 3, 15), "L", 1) == GOOD
    assert make_nik("327301", date(1990, 3, 15), "P", 9999) == "3273015503909999"


@pytest.mark.parametrize(("district", "sex", "serial"), [
    ("32.73", "L", 1), ("x", "L", 1), ("32.73.01", "M", 1), ("32.73.01", "L", 0),
    ("32.73.01", "L", 10000), ("32.73.01", "L", True),
])
def test_make_nik_rejects_bad_parts(district: str, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_nik(district, date(1990, 3, 15), sex, serial)


# ---- properties -------------------------------------------------------------------------

_DISTRICTS = [r.code for r in regions.all_regions() if r.level == "kecamatan"]
# Dates the two-digit year decodes to unambiguously relative to TODAY (the last 100 years).
_OLDEST = date(TODAY.year - 100, TODAY.month, TODAY.day) + timedelta(days=1)


@given(district=st.sampled_from(_DISTRICTS),
       birth=st.dates(min_value=_OLDEST, max_value=TODAY),
       sex=st.sampled_from(["L", "P"]),
       serial=st.integers(min_value=1, max_value=9999))
def test_property_built_nik_round_trips(district: str, birth: date, sex: str,
                                        serial: int) -> None:
    nik = make_nik(district, birth, sex, serial)
    r = parse(nik)
    assert r.valid and r.warnings == [], r.problems
    assert r.nik == nik
    assert r.district_code == district
    assert r.regency_code == district[:5] and r.province_code == district[:2]
    assert r.birth_date == birth and r.sex == sex and r.serial == f"{serial:04d}"


def _as_parser_sees_it(text: str) -> str:
    t = text.strip()
    if t.startswith("'"):
        t = t[1:].strip()
    return "".join(ch for ch in t if ch not in NIK_SEPARATORS)


_NOT_A_DIGIT = st.characters().filter(
    lambda c: c not in "0123456789" and c not in NIK_SEPARATORS and not c.isspace())


@given(prefix=st.text(alphabet="0123456789 .-", max_size=12),
       bad=_NOT_A_DIGIT,
       suffix=st.text(alphabet="0123456789 .-", max_size=12))
def test_property_non_digit_inside_is_invalid(prefix: str, bad: str, suffix: str) -> None:
    r = parse(prefix + bad + suffix)
    assert not r.valid and r.errors


@given(st.text())
def test_property_any_text_never_raises(text: str) -> None:
    r = parse(text)
    assert isinstance(r, NikResult)
    assert r.valid == (not r.errors)
    if any(ch not in "0123456789" for ch in _as_parser_sees_it(text)):
        assert not r.valid
    if r.valid:
        assert r.nik is not None and len(r.nik) == 16 and r.nik.isascii() and r.nik.isdigit()


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.decimals(),
                 st.fractions(), st.complex_numbers(), st.binary(), st.dates(),
                 st.lists(st.integers(), max_size=3), st.text(alphabet="0123456789.,eE+- ")))
def test_property_any_object_never_raises(value: object) -> None:
    r = parse(value)
    assert r.valid == (not r.errors)
    if not isinstance(value, str):
        assert not r.valid


@given(st.integers(min_value=0, max_value=10**17))
def test_property_numbers_are_always_the_excel_trap(value: int) -> None:
    assert [p.code for p in parse(value).errors] == ["nik.numeric"]
    assert [p.code for p in parse(float(value)).errors] == ["nik.numeric"]


# ---- CLI --------------------------------------------------------------------------------

def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(["nik", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_cli_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli_json(capsys, GOOD)
    assert code == 0
    assert out["valid"] is True and out["errors"] == [] and out["warnings"] == []
    assert out["sex"] == "L" and out["province_code"] == "32"
    assert out["regency_code"] == "32.73" and out["district_code"] == "32.73.01"
    assert out["regency_name"] == "Kota Bandung" and out["district_name"] == "Sukasari"
    assert out["birth_date"] == "1990-03-15"


def test_cli_invalid_is_still_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli_json(capsys, "3,27301E+15")
    assert code == 0 and out["valid"] is False
    assert out["errors"] and out["birth_date"] is None


def test_cli_groups_without_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli_json(capsys, "3273", "0115", "0390", "0001")
    assert code == 0 and out["valid"] is True


def test_cli_compares_entered_values(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli_json(capsys, GOOD, "--tanggal-lahir", "1990-03-16", "--jenis-kelamin", "P")
    assert code == 0 and out["valid"] is True and len(out["warnings"]) == 2  # type: ignore[arg-type]


def test_cli_bad_options_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nik", GOOD, "--tanggal-lahir", "15-03-1990"]) == 2
    assert "Tanggal lahir" in capsys.readouterr().err
    assert main(["nik", GOOD, "--jenis-kelamin", "X"]) == 2
    assert main(["nik"]) == 2


def test_cli_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nik", "3273015503900001"]) == 0
    out = capsys.readouterr().out
    assert "SAH" in out and "Kota Bandung" in out and "15 Maret 1990" in out
    assert "Perempuan" in out
    assert main(["nik", "3273011503900000"]) == 0
    out = capsys.readouterr().out
    assert "TIDAK SAH" in out and "Kesalahan:" in out
