"""Hostile input to every parser: whatever arrives (typed, pasted, read from a cell), the
answer is a value or a clear Indonesian refusal (UserError/DomainError) — never another
exception, never a hang. Names that look like SQL, apostrophes and emoji are stored and
read back verbatim."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain.dates import parse_periode, parse_tanggal
from jamsos_desktop.domain.money import parse_rupiah
from jamsos_desktop.domain.nik import parse_nik
from jamsos_desktop.domain.nip import parse_nip
from jamsos_desktop.domain.worker import DATE_FIELDS, FIELD_LABELS, TEXT_LIMITS, normalize_field
from jamsos_desktop.errors import UserError
from jamsos_desktop.paths import resource
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store
from jamsos_desktop.store.workers import WORKER_FIELDS

TODAY = date(2026, 1, 15)
FUZZ = settings(max_examples=100, deadline=1000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text a clerk or a hostile file could produce: digits with separators, Indonesian words,
# control characters, RTL marks, emoji, SQL, huge numbers, floats the way Excel stores them.
_NASTY = ["", " ", "\x00", "\u202e", "٣٤٥", "１２３", "1e308", "-0", "NaN", "inf", "0x1F",
          "Rp", "Rp.", "Rp 1.000.000,-", "1,5 jt", "DROP TABLE workers;--", "' OR 1=1 --",
          "😀", "\ud7ff", "31/02/2025", "00-00-0000", "9999-99-99", "Februari 2025",
          "3201011501900001", "3201011501900001.0", "3.20101150190000e+15", "1" * 400]
texts = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789 .,-/'+eE", max_size=40),
    st.sampled_from(_NASTY),
    st.lists(st.sampled_from(_NASTY), max_size=4).map(" ".join),
)
values = st.one_of(
    texts, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.decimals(allow_nan=True), st.dates(), st.datetimes(), st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
)


def _answers(fn: Callable[[Any], Any], value: Any) -> None:
    """A value or a UserError with a message to show; anything else fails the test."""
    try:
        fn(value)
    except UserError as exc:
        assert exc.message and isinstance(exc.message, str)
        assert "Traceback" not in exc.message


@FUZZ
@given(values)
def test_parse_nik_never_raises(value: Any) -> None:
    result = parse_nik(value, today=TODAY)
    assert isinstance(result.valid, bool)
    if result.valid:
        assert result.nik is not None and len(result.nik) == 16 and result.nik.isdigit()
    for problem in [*result.errors, *result.warnings]:
        assert problem.message


@FUZZ
@given(values)
def test_parse_nip_never_raises(value: Any) -> None:
    result = parse_nip(value, today=TODAY)
    assert isinstance(result.valid, bool)


@FUZZ
@given(values)
def test_parse_rupiah_answers_with_an_int_or_a_message(value: Any) -> None:
    try:
        amount = parse_rupiah(value)
    except UserError as exc:
        assert exc.message
        return
    assert isinstance(amount, int) and amount >= 0


@FUZZ
@given(values)
def test_parse_tanggal_answers_with_a_date_or_a_message(value: Any) -> None:
    try:
        d = parse_tanggal(value, today=TODAY)
    except UserError as exc:
        assert exc.message
        return
    assert isinstance(d, date)


@FUZZ
@given(values)
def test_parse_periode_answers_with_a_month_or_a_message(value: Any) -> None:
    try:
        year, month = parse_periode(value)
    except UserError as exc:
        assert exc.message
        return
    assert 1 <= month <= 12 and isinstance(year, int)


ALL_FIELDS = sorted({*FIELD_LABELS, *DATE_FIELDS, *TEXT_LIMITS, *WORKER_FIELDS} - {
    "unit_id", "nik_valid", "import_batch_id", "archived"})


@FUZZ
@given(st.sampled_from(ALL_FIELDS), values)
def test_normalize_field_never_raises_for_any_field(field: str, value: Any) -> None:
    normalized, problems = normalize_field(field, value, today=TODAY)
    for p in problems:
        assert p.message and p.field == field
    if isinstance(normalized, str):
        assert "\x00" not in normalized
        limit = TEXT_LIMITS.get(field)
        assert limit is None or len(normalized) <= limit


# phone and marital_status were once stored uncapped (a 10 MB cell kept whole).
@pytest.mark.parametrize("field", ["phone", "marital_status"])
def test_every_text_field_is_capped(field: str) -> None:
    normalized, _ = normalize_field(field, "0" * 10_000, today=TODAY)
    assert len(normalized) <= TEXT_LIMITS[field]


# 10 MB cells: the worst shapes found (long digit runs and letters); smaller variants for
# the separators. The bound is "no hang", not speed: parse_nik/parse_nip take ~3-5 s on a
# 10 MB digit string on a busy 2-core machine (noted for the domain owner).
HUGE = ["9" * 10_000_000, "a" * 1_000_000, "1." * 500_000, " " * 1_000_000,
        "Rp " + "1.000" * 200_000, "/".join(["12"] * 300_000)]
PARSERS: dict[str, Callable[[Any], Any]] = {
    "nik": lambda v: parse_nik(v, today=TODAY), "nip": lambda v: parse_nip(v, today=TODAY),
    "rupiah": parse_rupiah, "tanggal": lambda v: parse_tanggal(v, today=TODAY),
    "periode": parse_periode, "name": lambda v: normalize_field("name", v),
    "wage": lambda v: normalize_field("wage", v),
    "birth_date": lambda v: normalize_field("birth_date", v),
    "phone": lambda v: normalize_field("phone", v), "kpj": lambda v: normalize_field("kpj", v),
    "programs": lambda v: normalize_field("programs", v),
}
# Crashes this suite found in domain/ (owned by the domain engineer; reported). Kept as
# xfail so the suite stays green for everyone and turns XPASS once fixed.
KNOWN_CRASHES: dict[tuple[str, int], str] = {}


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_ten_megabyte_strings_are_answered_without_hanging(name: str) -> None:
    for i, value in enumerate(HUGE):
        if (name, i) in KNOWN_CRASHES:
            continue
        started = time.perf_counter()
        _answers(PARSERS[name], value)
        assert time.perf_counter() - started < 20, f"hangs on {value[:20]!r}…"


def test_rupiah_on_ten_megabytes_of_digits() -> None:
    _answers(parse_rupiah, HUGE[0])


SPECIAL = [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("-Infinity"), -(10**30),
           1e300, 3201011501900001.0, True, datetime(1, 1, 1), date.max]


def test_special_numbers() -> None:
    for value in [*SPECIAL, 10**400]:
        for name, parser in PARSERS.items():
            if name in ("tanggal", "birth_date") and value == 10**400:
                continue  # known crash, below
            _answers(parser, value)


def test_tanggal_on_a_huge_integer() -> None:
    _answers(lambda v: parse_tanggal(v, today=TODAY), 10**400)
    _answers(lambda v: parse_tanggal(v, today=TODAY), 10**5000)  # past str()'s digit limit


@pytest.mark.parametrize("field", ["phone", "marital_status", "kpj", "nik", "birth_date",
                                   "name", "wage"])
def test_integers_past_the_str_digit_limit(field: str) -> None:
    _answers(lambda v: normalize_field(field, v, today=TODAY), 10**5000)


# ---------------------------------------------------------------- rate tables

def _rate_parser() -> Callable[[str], Any]:
    from jamsos_desktop.domain import rates

    return rates.parse_rate_table


@FUZZ
@given(st.text(max_size=400))
def test_parse_rate_table_on_random_text(text: str) -> None:
    _answers(_rate_parser(), text)


@FUZZ
@given(st.data())
def test_parse_rate_table_on_damaged_real_tables(data: st.DataObject) -> None:
    parse = _rate_parser()
    lines = resource("rates", "tarif_iuran.toml").read_text(encoding="utf-8").splitlines()
    damage = data.draw(st.sampled_from(["drop", "swap", "char", "dup"]))
    i = data.draw(st.integers(0, len(lines) - 1))
    if damage == "drop":
        del lines[i]
    elif damage == "swap":
        j = data.draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif damage == "dup":
        lines.insert(i, lines[i])
    elif lines[i]:
        k = data.draw(st.integers(0, len(lines[i]) - 1))
        c = data.draw(st.sampled_from([*"0-9.,=[]\"'x\x00 ", "😀"]))
        lines[i] = lines[i][:k] + c + lines[i][k + 1:]
    _answers(parse, "\n".join(lines))


def test_parse_rate_table_on_a_huge_file() -> None:
    parse = _rate_parser()
    started = time.perf_counter()
    _answers(parse, "[[tarif]]\n" + "x = 1\n" * 500_000)
    _answers(parse, "a = \"" + "9" * 10_000_000 + "\"")
    assert time.perf_counter() - started < 10


# ---------------------------------------------------------------- stored verbatim

VERBATIM = ["O'Brien", "Robert'); DROP TABLE workers;--", "Siti 😀 Nurhaliza",
            "\"; DELETE FROM users; --", "Ṣalāḥ al-Dīn", "Nama \\ dengan \\' garis miring",
            "%_wildcard%", "名前", "Ani 👩🏽‍⚕️ Lestari"]


@pytest.mark.parametrize("name", VERBATIM)
def test_names_are_stored_and_read_back_verbatim(demo_store: Store, name: str) -> None:
    unit = demo_store.conn.execute("SELECT min(id) FROM units").fetchone()[0]
    values = {"nik": "1607015001900001", "name": name, "mother_name": name, "unit_id": unit,
              "notes": name, "job_title": name, "address": name, "wage": 1_500_000,
              "programs": {"jkk", "jkm"}}
    wid = ws.save_worker(demo_store, values, today=TODAY).worker_id
    row = demo_store.conn.execute("SELECT * FROM workers WHERE id = ?", (wid,)).fetchone()
    assert (row["name"], row["mother_name"], row["notes"], row["job_title"],
            row["address"]) == (name,) * 5
    assert demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 301
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The search finds it by its longest word (the trigram index needs 3 characters).
    from jamsos_desktop.store.workers import WorkerFilter, select_ids

    word = max(name.split(), key=len)
    if len(word) >= 3:
        assert wid in list(select_ids(demo_store.conn, WorkerFilter(search=word)))
