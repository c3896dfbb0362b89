"""Property-based and fuzz tests: arbitrary cell values never crash the row validator; the
memoised NIK parse equals the domain's; arbitrary and truncated files end in a UserError
or a clean read, never another exception, and never a write."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain.nik import parse_nik
from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.mapping import detect_header, field_for_header
from jamsos_desktop.exchange.reader import read_sheet
from jamsos_desktop.exchange.rows import FastNik, RowValidator, UnitResolver
from tests.exchange.conftest import HEADER, person, write_xlsx

TODAY = dt.date(2025, 6, 1)
cells = st.one_of(
    st.none(), st.text(max_size=60), st.integers(), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(),
    st.text(alphabet="0123456789 .-'", min_size=10, max_size=22),
    st.sampled_from(["#REF!", "#N/A", "=1+2", "Rp1.500.000", "1,5 jt", "12 Mei 1990",
                     "Palembang, 12-05-1990", "L", "Perempuan", "\x00\x01", "😀", "𝟙𝟚𝟛"]),
)
FIELDS = ["nik", "name", "birth_place_date", "sex", "mother_name", "address", "phone",
          "marital_status", "category", "job_title", "unit", "wage", "start_date", "end_date",
          "participant_type", "funding_source", "programs", "kpj", "status", "registered_at",
          "notes", "origin_office"]


def _validator() -> RowValidator:
    units = UnitResolver([{"id": 1, "code": "1.01", "name": "Dinas A"}])
    return RowValidator(dict(enumerate(FIELDS)), units=units, default_unit_id=1, today=TODAY,
                        pension_age=59, formulas={(0, 3)}, errors={(0, 4): "#REF!"})


@settings(max_examples=300, deadline=None)
@given(st.lists(cells, min_size=0, max_size=len(FIELDS) + 3))
def test_validator_never_raises(row: list) -> None:
    v = _validator()
    out = v.validate(0, row)
    assert isinstance(out.values, dict)
    for p in out.problems:
        assert p.message and p.severity in ("error", "warning")
    v.cross_check({**out.values, "programs": frozenset({"jkk", "jkm"})}, out.nik)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_fast_nik_equals_parse_nik(digits: str) -> None:
    fast = FastNik(TODAY).parse(digits)
    slow = parse_nik(digits, today=TODAY)
    assert fast == slow


def test_fast_nik_on_real_shapes() -> None:
    fast = FastNik(TODAY)
    for value in ["3273015503900001", "9101014101010001", "1101011502990000",
                  "3273013102900001", "9999999999999999", "3273011503900001",
                  3273011503900001.0, "3273 0115 0390 0001"]:
        assert fast.parse(value) == parse_nik(value, today=TODAY)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(cells, max_size=8), max_size=12))
def test_header_detection_never_raises(rows: list) -> None:
    info = detect_header(rows)
    assert info.data_start >= info.header_row
    for text in info.labels:
        field_for_header(text)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096), st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]))
def test_random_bytes_never_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"acak{suffix}"
    path.write_bytes(data)
    try:
        read_sheet(path)
    except UserError as exc:
        assert exc.message


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_truncated_and_mutated_xlsx_never_crash(tmp_path: Path, data: st.DataObject) -> None:
    good = tmp_path / "baik.xlsx"
    if not good.exists():
        write_xlsx(good, [HEADER, *(person(i) for i in range(1, 40))])
    raw = bytearray(good.read_bytes())
    if data.draw(st.booleans()):
        raw = raw[:data.draw(st.integers(0, len(raw)))]
    else:
        for _ in range(data.draw(st.integers(1, 20))):
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] = data.draw(st.integers(0, 255))
    path = tmp_path / "ubah.xlsx"
    path.write_bytes(bytes(raw))
    try:
        read_sheet(path)
    except UserError as exc:
        assert exc.message


def test_workbook_part_with_unknown_compression_does_not_crash(tmp_path: Path) -> None:
    """Found by the fuzz test: a workbook.xml whose directory entry names a compression
    method zipfile does not know raised NotImplementedError (a traceback) from the
    sheet-list reader. Now the sheet list is left to calamine, which has the last word: the
    roster comes in whole, or the file is refused with a message."""
    good = tmp_path / "baik.xlsx"
    write_xlsx(good, [HEADER, *(person(i) for i in range(1, 5))])
    raw = bytearray(good.read_bytes())
    # Central directory entry: signature PK\1\2, compression method at +10, name at +46.
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46:entry + 46 + len(b"xl/workbook.xml")] != b"xl/workbook.xml":
        entry = raw.index(b"PK\x01\x02", entry + 4)
    raw[entry + 10:entry + 12] = (1).to_bytes(2, "little")  # "shrunk": unsupported
    path = tmp_path / "metode.xlsx"
    path.write_bytes(bytes(raw))
    try:
        sheet = read_sheet(path)
    except UserError as exc:
        assert exc.message
    else:
        assert [row[:2] for row in sheet.rows] == [
            HEADER[:2], *(person(i)[:2] for i in range(1, 5))]


def test_zip_with_only_garbage_parts(tmp_path: Path) -> None:
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<not xml")
        z.writestr("xl/worksheets/sheet1.xml", "<<<")
    try:
        read_sheet(path)
    except UserError as exc:
        assert "rusak" in exc.message
