"""Terbilang against hand-written expectations (DOMAIN.md §5), plus structural properties."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.cli import main
from jamsos_desktop.domain.terbilang import MAX_TERBILANG, terbilang, terbilang_rupiah
from jamsos_desktop.errors import DomainError

# Written out by hand, never generated: a second, independent statement of the rules.
EXPECTED: dict[int, str] = {
    # 0 … 20
    0: "nol",
    1: "satu",
    2: "dua",
    3: "tiga",
    4: "empat",
    5: "lima",
    6: "enam",
    7: "tujuh",
    8: "delapan",
    9: "sembilan",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    13: "tiga belas",
    14: "empat belas",
    15: "lima belas",
    16: "enam belas",
    17: "tujuh belas",
    18: "delapan belas",
    19: "sembilan belas",
    20: "dua puluh",
    # 21 … 99
    21: "dua puluh satu",
    22: "dua puluh dua",
    23: "dua puluh tiga",
    24: "dua puluh empat",
    25: "dua puluh lima",
    26: "dua puluh enam",
    27: "dua puluh tujuh",
    28: "dua puluh delapan",
    29: "dua puluh sembilan",
    30: "tiga puluh",
    31: "tiga puluh satu",
    37: "tiga puluh tujuh",
    40: "empat puluh",
    42: "empat puluh dua",
    48: "empat puluh delapan",
    50: "lima puluh",
    55: "lima puluh lima",
    59: "lima puluh sembilan",
    60: "enam puluh",
    61: "enam puluh satu",
    66: "enam puluh enam",
    70: "tujuh puluh",
    73: "tujuh puluh tiga",
    77: "tujuh puluh tujuh",
    80: "delapan puluh",
    84: "delapan puluh empat",
    88: "delapan puluh delapan",
    90: "sembilan puluh",
    91: "sembilan puluh satu",
    95: "sembilan puluh lima",
    99: "sembilan puluh sembilan",
    # 100 … 119
    100: "seratus",
    101: "seratus satu",
    102: "seratus dua",
    103: "seratus tiga",
    104: "seratus empat",
    105: "seratus lima",
    106: "seratus enam",
    107: "seratus tujuh",
    108: "seratus delapan",
    109: "seratus sembilan",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    112: "seratus dua belas",
    113: "seratus tiga belas",
    114: "seratus empat belas",
    115: "seratus lima belas",
    116: "seratus enam belas",
    117: "seratus tujuh belas",
    118: "seratus delapan belas",
    119: "seratus sembilan belas",
    # 120 … 999
    120: "seratus dua puluh",
    121: "seratus dua puluh satu",
    150: "seratus lima puluh",
    199: "seratus sembilan puluh sembilan",
    200: "dua ratus",
    201: "dua ratus satu",
    210: "dua ratus sepuluh",
    211: "dua ratus sebelas",
    212: "dua ratus dua belas",
    250: "dua ratus lima puluh",
    300: "tiga ratus",
    310: "tiga ratus sepuluh",
    333: "tiga ratus tiga puluh tiga",
    400: "empat ratus",
    444: "empat ratus empat puluh empat",
    500: "lima ratus",
    505: "lima ratus lima",
    550: "lima ratus lima puluh",
    600: "enam ratus",
    666: "enam ratus enam puluh enam",
    700: "tujuh ratus",
    711: "tujuh ratus sebelas",
    800: "delapan ratus",
    819: "delapan ratus sembilan belas",
    900: "sembilan ratus",
    909: "sembilan ratus sembilan",
    990: "sembilan ratus sembilan puluh",
    999: "sembilan ratus sembilan puluh sembilan",
    # the 1.000 … 1.100 region
    1000: "seribu",
    1001: "seribu satu",
    1002: "seribu dua",
    1009: "seribu sembilan",
    1010: "seribu sepuluh",
    1011: "seribu sebelas",
    1012: "seribu dua belas",
    1015: "seribu lima belas",
    1019: "seribu sembilan belas",
    1020: "seribu dua puluh",
    1021: "seribu dua puluh satu",
    1030: "seribu tiga puluh",
    1045: "seribu empat puluh lima",
    1050: "seribu lima puluh",
    1066: "seribu enam puluh enam",
    1077: "seribu tujuh puluh tujuh",
    1089: "seribu delapan puluh sembilan",
    1090: "seribu sembilan puluh",
    1099: "seribu sembilan puluh sembilan",
    1100: "seribu seratus",
    1101: "seribu seratus satu",
    1110: "seribu seratus sepuluh",
    1111: "seribu seratus sebelas",
    1200: "seribu dua ratus",
    1234: "seribu dua ratus tiga puluh empat",
    1500: "seribu lima ratus",
    1999: "seribu sembilan ratus sembilan puluh sembilan",
    # 2.000 … 9.999
    2000: "dua ribu",
    2001: "dua ribu satu",
    2010: "dua ribu sepuluh",
    2011: "dua ribu sebelas",
    2015: "dua ribu lima belas",
    2022: "dua ribu dua puluh dua",
    2100: "dua ribu seratus",
    2500: "dua ribu lima ratus",
    3000: "tiga ribu",
    4111: "empat ribu seratus sebelas",
    5000: "lima ribu",
    5400: "lima ribu empat ratus",
    6800: "enam ribu delapan ratus",
    7001: "tujuh ribu satu",
    8080: "delapan ribu delapan puluh",
    9000: "sembilan ribu",
    9999: "sembilan ribu sembilan ratus sembilan puluh sembilan",
    # 10.000 … 99.999
    10000: "sepuluh ribu",
    10001: "sepuluh ribu satu",
    10100: "sepuluh ribu seratus",
    10500: "sepuluh ribu lima ratus",
    11000: "sebelas ribu",
    11001: "sebelas ribu satu",
    11100: "sebelas ribu seratus",
    11111: "sebelas ribu seratus sebelas",
    12000: "dua belas ribu",
    13500: "tiga belas ribu lima ratus",
    16800: "enam belas ribu delapan ratus",
    19000: "sembilan belas ribu",
    20000: "dua puluh ribu",
    21000: "dua puluh satu ribu",
    25000: "dua puluh lima ribu",
    50000: "lima puluh ribu",
    50500: "lima puluh ribu lima ratus",
    75000: "tujuh puluh lima ribu",
    92500: "sembilan puluh dua ribu lima ratus",
    99999: "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    # 100.000 … 999.999
    100000: "seratus ribu",
    100001: "seratus ribu satu",
    100100: "seratus ribu seratus",
    101000: "seratus satu ribu",
    110000: "seratus sepuluh ribu",
    111000: "seratus sebelas ribu",
    111111: "seratus sebelas ribu seratus sebelas",
    115000: "seratus lima belas ribu",
    150000: "seratus lima puluh ribu",
    162000: "seratus enam puluh dua ribu",
    200000: "dua ratus ribu",
    201000: "dua ratus satu ribu",
    207000: "dua ratus tujuh ribu",
    210948: "dua ratus sepuluh ribu sembilan ratus empat puluh delapan",
    250000: "dua ratus lima puluh ribu",
    300000: "tiga ratus ribu",
    500000: "lima ratus ribu",
    750000: "tujuh ratus lima puluh ribu",
    999000: "sembilan ratus sembilan puluh sembilan ribu",
    999999: "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    # juta: never "sejuta"; 1.000.000 vs 1.000
    1000000: "satu juta",
    1000001: "satu juta satu",
    1000010: "satu juta sepuluh",
    1000011: "satu juta sebelas",
    1000100: "satu juta seratus",
    1001000: "satu juta seribu",
    1001001: "satu juta seribu satu",
    1010000: "satu juta sepuluh ribu",
    1010101: "satu juta sepuluh ribu seratus satu",
    1011000: "satu juta sebelas ribu",
    1100000: "satu juta seratus ribu",
    1111111: "satu juta seratus sebelas ribu seratus sebelas",
    1500000: "satu juta lima ratus ribu",
    2000000: "dua juta",
    2015000: "dua juta lima belas ribu",
    2500000: "dua juta lima ratus ribu",
    3001000: "tiga juta seribu",
    5066000: "lima juta enam puluh enam ribu",
    7335300: "tujuh juta tiga ratus tiga puluh lima ribu tiga ratus",
    8754600: "delapan juta tujuh ratus lima puluh empat ribu enam ratus",
    9077600: "sembilan juta tujuh puluh tujuh ribu enam ratus",
    10000000: "sepuluh juta",
    10547400: "sepuluh juta lima ratus empat puluh tujuh ribu empat ratus",
    11000000: "sebelas juta",
    11086300: "sebelas juta delapan puluh enam ribu tiga ratus",
    12000000: "dua belas juta",
    20700000: "dua puluh juta tujuh ratus ribu",
    100000000: "seratus juta",
    101000000: "seratus satu juta",
    110000000: "seratus sepuluh juta",
    111000000: "seratus sebelas juta",
    999999999: (
        "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan "
        "ribu sembilan ratus sembilan puluh sembilan"
    ),
    # miliar (spelled miliar, never "semiliar")
    1000000000: "satu miliar",
    1000000001: "satu miliar satu",
    1000001000: "satu miliar seribu",
    1001000000: "satu miliar satu juta",
    1010000000: "satu miliar sepuluh juta",
    1100000000: "satu miliar seratus juta",
    1500000000: "satu miliar lima ratus juta",
    2000000000: "dua miliar",
    10000000000: "sepuluh miliar",
    11000000000: "sebelas miliar",
    12500000000: "dua belas miliar lima ratus juta",
    100000000000: "seratus miliar",
    101000000000: "seratus satu miliar",
    111000000000: "seratus sebelas miliar",
    634486040711: (
        "enam ratus tiga puluh empat miliar empat ratus delapan puluh enam juta "
        "empat puluh ribu tujuh ratus sebelas"
    ),
    999000000000: "sembilan ratus sembilan puluh sembilan miliar",
    1000001000000: "satu triliun satu juta",
    # triliun (never "setriliun")
    1000000000000: "satu triliun",
    1000000000001: "satu triliun satu",
    1000000001000: "satu triliun seribu",
    1001000000000: "satu triliun satu miliar",
    1100000000000: "satu triliun seratus miliar",
    2000000000000: "dua triliun",
    10000000000000: "sepuluh triliun",
    11000000000000: "sebelas triliun",
    19000000000000: "sembilan belas triliun",
    100000000000000: "seratus triliun",
    101000000000000: "seratus satu triliun",
    111000000000000: "seratus sebelas triliun",
    500000000000000: "lima ratus triliun",
    999000000000000: "sembilan ratus sembilan puluh sembilan triliun",
    1001001001001: "satu triliun satu miliar satu juta seribu satu",
    1010010010010: "satu triliun sepuluh miliar sepuluh juta sepuluh ribu sepuluh",
    1011011011011: "satu triliun sebelas miliar sebelas juta sebelas ribu sebelas",
    111111111111111: (
        "seratus sebelas triliun seratus sebelas miliar seratus sebelas juta "
        "seratus sebelas ribu seratus sebelas"
    ),
    999999999999999: (
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
        "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus "
        "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"
    ),
    # mixed values
    1234567: "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh",
    2002002: "dua juta dua ribu dua",
    3010000: "tiga juta sepuluh ribu",
    4100100: "empat juta seratus ribu seratus",
    5401: "lima ribu empat ratus satu",
    6000: "enam ribu",
    7500: "tujuh ribu lima ratus",
    12345: "dua belas ribu tiga ratus empat puluh lima",
    20020: "dua puluh ribu dua puluh",
    30303: "tiga puluh ribu tiga ratus tiga",
    40000040: "empat puluh juta empat puluh",
    60606060: "enam puluh juta enam ratus enam ribu enam puluh",
    70000700: "tujuh puluh juta tujuh ratus",
    80808: "delapan puluh ribu delapan ratus delapan",
    90000009: "sembilan puluh juta sembilan",
    105000: "seratus lima ribu",
    118000: "seratus delapan belas ribu",
    210000: "dua ratus sepuluh ribu",
    311000: "tiga ratus sebelas ribu",
    419000: "empat ratus sembilan belas ribu",
    1019019: "satu juta sembilan belas ribu sembilan belas",
    13000013: "tiga belas juta tiga belas",
    17017017: "tujuh belas juta tujuh belas ribu tujuh belas",
    100100100: "seratus juta seratus ribu seratus",
    110110110: "seratus sepuluh juta seratus sepuluh ribu seratus sepuluh",
    123456789: (
        "seratus dua puluh tiga juta empat ratus lima puluh enam ribu "
        "tujuh ratus delapan puluh sembilan"
    ),
    987654321: (
        "sembilan ratus delapan puluh tujuh juta enam ratus lima puluh empat ribu "
        "tiga ratus dua puluh satu"
    ),
    1000000100: "satu miliar seratus",
    1000100000: "satu miliar seratus ribu",
    2000000002: "dua miliar dua",
    7000070000: "tujuh miliar tujuh puluh ribu",
    8012000000: "delapan miliar dua belas juta",
    9100000000: "sembilan miliar seratus juta",
    15015015015: "lima belas miliar lima belas juta lima belas ribu lima belas",
    40000000000000: "empat puluh triliun",
    123000000000000: "seratus dua puluh tiga triliun",
    200000000000001: "dua ratus triliun satu",
    300000001000000: "tiga ratus triliun satu juta",
    450000000001000: "empat ratus lima puluh triliun seribu",
    2000100: "dua juta seratus",
    999001: "sembilan ratus sembilan puluh sembilan ribu satu",
    1000999: "satu juta sembilan ratus sembilan puluh sembilan",
    1999999: (
        "satu juta sembilan ratus sembilan puluh sembilan ribu "
        "sembilan ratus sembilan puluh sembilan"
    ),
    10000001: "sepuluh juta satu",
    10001000: "sepuluh juta seribu",
    10010000: "sepuluh juta sepuluh ribu",
    16000000: "enam belas juta",
    18500000: "delapan belas juta lima ratus ribu",
    21000000: "dua puluh satu juta",
    33333333: "tiga puluh tiga juta tiga ratus tiga puluh tiga ribu tiga ratus tiga puluh tiga",
    44444: "empat puluh empat ribu empat ratus empat puluh empat",
    55555: "lima puluh lima ribu lima ratus lima puluh lima",
    216000: "dua ratus enam belas ribu",
    324000: "tiga ratus dua puluh empat ribu",
    427500: "empat ratus dua puluh tujuh ribu lima ratus",
    540000: "lima ratus empat puluh ribu",
    648000: "enam ratus empat puluh delapan ribu",
    700007: "tujuh ratus ribu tujuh",
    801801: "delapan ratus satu ribu delapan ratus satu",
    912000: "sembilan ratus dua belas ribu",
    3100: "tiga ribu seratus",
    3110: "tiga ribu seratus sepuluh",
    3111: "tiga ribu seratus sebelas",
    4010: "empat ribu sepuluh",
    4011: "empat ribu sebelas",
    5019: "lima ribu sembilan belas",
    6100: "enam ribu seratus",
    7110: "tujuh ribu seratus sepuluh",
    8111: "delapan ribu seratus sebelas",
    9011: "sembilan ribu sebelas",
    1400: "seribu empat ratus",
    1013: "seribu tiga belas",
    1014: "seribu empat belas",
    1016: "seribu enam belas",
    1017: "seribu tujuh belas",
    1018: "seribu delapan belas",
    1040: "seribu empat puluh",
    1060: "seribu enam puluh",
    1070: "seribu tujuh puluh",
    1080: "seribu delapan puluh",
    1003: "seribu tiga",
    1004: "seribu empat",
    1005: "seribu lima",
    1006: "seribu enam",
    1007: "seribu tujuh",
    1008: "seribu delapan",
    1025: "seribu dua puluh lima",
    1033: "seribu tiga puluh tiga",
    1055: "seribu lima puluh lima",
    1088: "seribu delapan puluh delapan",
    1098: "seribu sembilan puluh delapan",
    130: "seratus tiga puluh",
    140: "seratus empat puluh",
    160: "seratus enam puluh",
    170: "seratus tujuh puluh",
    180: "seratus delapan puluh",
    190: "seratus sembilan puluh",
    220: "dua ratus dua puluh",
    318: "tiga ratus delapan belas",
    415: "empat ratus lima belas",
    517: "lima ratus tujuh belas",
    613: "enam ratus tiga belas",
    714: "tujuh ratus empat belas",
    816: "delapan ratus enam belas",
    912: "sembilan ratus dua belas",
    32: "tiga puluh dua",
    43: "empat puluh tiga",
    54: "lima puluh empat",
    65: "enam puluh lima",
    76: "tujuh puluh enam",
    87: "delapan puluh tujuh",
    98: "sembilan puluh delapan",
}

SE_FORMS = {10: "sepuluh", 11: "sebelas", 100: "seratus", 1000: "seribu"}


def test_table_is_large_enough() -> None:
    assert len(EXPECTED) >= 300


@pytest.mark.parametrize(("n", "words"), sorted(EXPECTED.items()))
def test_hand_written_table(n: int, words: str) -> None:
    assert terbilang(n) == words


@pytest.mark.parametrize(("n", "words"), sorted(SE_FORMS.items()))
def test_every_se_form(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_satu_juta_not_sejuta_and_seribu_only_for_one_thousand() -> None:
    assert terbilang(1_000) == "seribu"
    assert terbilang(1_000_000) == "satu juta"
    assert terbilang(1_000_000_000) == "satu miliar"
    assert terbilang(1_000_000_000_000) == "satu triliun"
    assert terbilang(101_000) == "seratus satu ribu"  # not "seratus seribu"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "Nol Rupiah"),
        (1, "Satu Rupiah"),
        (1_000, "Seribu Rupiah"),
        (5_400, "Lima Ribu Empat Ratus Rupiah"),
        (16_800, "Enam Belas Ribu Delapan Ratus Rupiah"),
        (1_000_000, "Satu Juta Rupiah"),
        (2_015_000, "Dua Juta Lima Belas Ribu Rupiah"),
        (1_500_000_000, "Satu Miliar Lima Ratus Juta Rupiah"),
    ],
)
def test_terbilang_rupiah_document_form(n: int, words: str) -> None:
    assert terbilang_rupiah(n) == words


def test_negative_refused_by_default_minus_on_request() -> None:
    with pytest.raises(DomainError):
        terbilang(-1)
    with pytest.raises(DomainError):
        terbilang_rupiah(-5)
    assert terbilang(-2_015_000, allow_negative=True) == "minus dua juta lima belas ribu"
    assert terbilang_rupiah(-1_000, allow_negative=True) == "Minus Seribu Rupiah"


@pytest.mark.parametrize("n", [10**15, 10**15 + 1, 10**18])
def test_out_of_range(n: int) -> None:
    with pytest.raises(DomainError, match="terlalu besar"):
        terbilang(n)
    with pytest.raises(DomainError):
        terbilang(-n, allow_negative=True)


@pytest.mark.parametrize("bad", [True, 1.0, "12", None])
def test_non_int_is_a_programming_error(bad: object) -> None:
    with pytest.raises(TypeError):
        terbilang(bad)  # type: ignore[arg-type]


# --- properties, checked with an independent words → number reader ---------------------

_UNIT = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9}
_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}
VOCABULARY = {*_UNIT, *_SCALE, "nol", "sepuluh", "sebelas", "seratus", "seribu", "belas",
              "puluh", "ratus"}


def words_to_number(text: str) -> int:
    """Read Indonesian number words back, insisting on a well-formed order."""
    if text == "nol":
        return 0
    total, group, pending = 0, 0, 0
    last_scale = 10**15
    # Slot inside a three-digit group still open: 4 fresh, 3 after hundreds, 2 after tens,
    # 1 after a teen (nothing may follow in the group). Words must move rightwards.
    place = 4
    for word in text.split(" "):
        if word in _UNIT:
            assert pending == 0, text
            pending = _UNIT[word]
        elif word in ("ratus", "puluh", "belas"):
            needed = {"ratus": 4, "puluh": 3, "belas": 3}[word]
            assert pending > 1 and place >= needed, text  # "satu ratus" must be "seratus"
            group += {"ratus": 100 * pending, "puluh": 10 * pending, "belas": 10 + pending}[word]
            pending, place = 0, {"ratus": 3, "puluh": 2, "belas": 1}[word]
        elif word in ("seratus", "sepuluh", "sebelas"):
            needed = 4 if word == "seratus" else 3
            assert pending == 0 and place >= needed, text
            group += {"seratus": 100, "sepuluh": 10, "sebelas": 11}[word]
            place = 3 if word == "seratus" else 1
        elif word == "seribu":
            assert group == 0 and pending == 0 and last_scale > 1000, text
            total, last_scale, place = total + 1000, 1000, 4
        elif word in _SCALE:
            scale = _SCALE[word]
            assert pending == 0 or place > 1, text
            group += pending
            assert 0 < group < 1000 and scale < last_scale, text
            assert not (word == "ribu" and group == 1), text  # must be "seribu"
            total += group * scale
            group, pending, last_scale, place = 0, 0, scale, 4
        else:
            raise AssertionError(f"unknown word {word!r} in {text!r}")
    assert pending == 0 or place > 1, text
    return total + group + pending


def test_reader_is_strict() -> None:
    assert words_to_number("dua juta lima belas ribu") == 2_015_000
    for wrong in ("satu ribu", "satu ratus", "sebelas dua", "dua ribu juta", "seribu ribu",
                  "dua puluh seratus", "satu belas"):
        with pytest.raises(AssertionError):
            words_to_number(wrong)


@given(st.integers(min_value=0, max_value=MAX_TERBILANG))
def test_words_read_back_to_the_number(n: int) -> None:
    assert words_to_number(terbilang(n)) == n


@given(st.integers(min_value=0, max_value=MAX_TERBILANG))
def test_vocabulary_and_spacing(n: int) -> None:
    text = terbilang(n)
    assert text == text.strip() and "  " not in text and text.islower()
    assert set(text.split(" ")) <= VOCABULARY
    padded = f" {text} "
    for wrong in ("se juta", "sejuta", "semiliar", "setriliun", "milyar", "satu ratus",
                  "satu puluh", "satu belas", "nol"):
        assert f" {wrong} " not in padded or text == "nol"


@given(st.integers(min_value=0, max_value=MAX_TERBILANG))
def test_rupiah_form_is_the_capitalised_words(n: int) -> None:
    expected = " ".join(w[0].upper() + w[1:] for w in [*terbilang(n).split(" "), "rupiah"])
    assert terbilang_rupiah(n) == expected


# --- CLI -----------------------------------------------------------------------------------


def test_cli_terbilang(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["terbilang", "Rp2.015.000"]) == 0
    assert capsys.readouterr().out.strip() == "Dua Juta Lima Belas Ribu Rupiah"
    assert main(["terbilang", "1,5", "jt"]) == 0
    assert capsys.readouterr().out.strip() == "Satu Juta Lima Ratus Ribu Rupiah"


def test_cli_terbilang_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["terbilang", "2.015.000", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "amount": 2_015_000, "formatted": "Rp2.015.000",
        "terbilang": "Dua Juta Lima Belas Ribu Rupiah",
    }


@pytest.mark.parametrize("amount", ["2,5M", "1,500", "abc", "1.000.000.000.000.000"])
def test_cli_terbilang_bad_amount(amount: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["terbilang", amount]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("Kesalahan: ")
