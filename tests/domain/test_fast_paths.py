"""The memoised and restructured domain code gives exactly what it gave before: NIK
decoding (region and date parts memoised), region look-ups (exact-spelling fast path) and
`check_record` (fixed problems built once), each against the previous implementation kept
here as the reference."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain import nik as nik_module
from jamsos_desktop.domain import regions
from jamsos_desktop.domain.dates import parse_tanggal
from jamsos_desktop.domain.enums import (
    Category,
    EnrollmentStatus,
    FundingSource,
    ParticipantType,
    Program,
    parse_programs,
)
from jamsos_desktop.domain.money import parse_rupiah
from jamsos_desktop.domain.nik import (
    _BULAN,
    FIELD,
    NikResult,
    Sex,
    _birth_year,
    compare_with,
    normalize_sex,
    parse_nik,
)
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import (
    _CONTROL,
    _PHONE,
    DATE_FIELDS,
    MARITAL,
    TEXT_LIMITS,
    _enum_value,
    _problem,
    check_record,
    clean_text,
    label,
    normalize_field,
)
from jamsos_desktop.errors import DomainError

# --- the previous implementations -----------------------------------------------------------


def _previous_lookup(code: object) -> regions.Region | None:
    normalized = regions.normalize_code(code)
    return regions._table().by_code.get(normalized) if normalized else None


def _previous_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _previous_decode(raw: object, digits: str, today: date) -> NikResult:
    errors: list[Problem] = []
    warnings: list[Problem] = []

    def error(code: str, message: str) -> None:
        errors.append(Problem(f"nik.{code}", message, "error", FIELD))

    def warning(code: str, message: str) -> None:
        warnings.append(Problem(f"nik.{code}", message, "warning", FIELD))

    province = digits[0:2]
    regency = f"{province}.{digits[2:4]}"
    district = f"{regency}.{digits[4:6]}"
    if province not in regions.NIK_PROVINCE_CODES:
        error("province", f"Kode provinsi pada NIK (dua digit pertama: {province}) tidak "
                          f"terdaftar dalam kode wilayah Kemendagri.")
    elif _previous_lookup(regency) is None:
        warning("regency_unknown",
                f"Kode kabupaten/kota pada NIK ({regency}) tidak terdapat dalam daftar "
                f"wilayah Kemendagri 2025. Periksa kembali NIK; kode wilayah saat pendaftaran "
                f"pertama dapat berbeda dari kode yang berlaku sekarang.")
    elif _previous_lookup(district) is None:
        warning("district_unknown",
                f"Kode kecamatan pada NIK ({district}) tidak terdapat dalam daftar wilayah "
                f"Kemendagri 2025. Periksa kembali NIK; kode wilayah saat pendaftaran pertama "
                f"dapat berbeda dari kode yang berlaku sekarang.")

    raw_day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex: Sex | None = None
    day = 0
    if 1 <= raw_day <= 31:
        sex, day = "L", raw_day
    elif 41 <= raw_day <= 71:
        sex, day = "P", raw_day - 40
    else:
        error("date", f"Angka tanggal lahir pada NIK (digit ke-7 dan ke-8: {raw_day:02d}) tidak "
                      f"sah; seharusnya 01–31 untuk laki-laki atau 41–71 untuk perempuan "
                      f"(tanggal lahir ditambah 40).")
    if not 1 <= month <= 12:
        error("date", f"Bulan lahir pada NIK (digit ke-9 dan ke-10: {month:02d}) tidak sah; "
                      f"seharusnya 01–12.")
    birth_date: date | None = None
    if day and 1 <= month <= 12:
        year = _birth_year(yy, month, day, today)
        try:
            birth_date = date(year, month, day)
        except ValueError:
            if month == 2 and day == 29:
                detail = f"tahun {year} bukan tahun kabisat"
            else:
                detail = f"bulan {_BULAN[month - 1]} tidak memiliki tanggal {day}"
            error("date", f"Tanggal lahir pada NIK tidak ada dalam kalender: {detail}.")

    serial = digits[12:16]
    if serial == "0000":
        error("serial", "Nomor urut pada NIK (empat digit terakhir) tidak boleh 0000. Jika NIK "
                        "berasal dari Excel, digit terakhir mungkin hilang karena sel berformat "
                        "angka; ketik ulang NIK sesuai KTP.")

    return NikResult(
        raw=raw, nik=digits, valid=not errors, errors=errors, warnings=warnings,
        birth_date=birth_date, sex=sex, province_code=province, regency_code=regency,
        district_code=district, serial=serial,
    )


def _previous_check_record(values: Mapping[str, Any], *, today: date | None = None,
                 pension_age: int | None = None) -> list[Problem]:
    """Rules spanning fields. `values` holds normalised values (ISO date strings, int wage,
    programs as a set of codes)."""
    today = today or date.today()
    found: list[Problem] = []
    if not values.get("name"):
        found.append(_problem("name.missing", "name", "Nama lengkap wajib diisi."))
    if not values.get("nik"):
        found.append(_problem("nik.missing", "nik", "NIK wajib diisi."))
    if not values.get("unit_id"):
        found.append(_problem("unit.missing", "unit_id", "Unit kerja wajib dipilih."))
    ptype = values.get("participant_type") or ParticipantType.PU.value
    wage = values.get("wage")
    if ptype == ParticipantType.PU.value and not wage:
        found.append(_problem("wage.missing", "wage", "Upah wajib diisi untuk peserta Penerima "
                              "Upah (dasar perhitungan iuran).", "warning"))
    if not values.get("mother_name"):
        found.append(_problem("mother.missing", "mother_name", "Nama ibu kandung belum diisi "
                              "(wajib untuk pendaftaran BPJS).", "warning"))
    birth = _previous_date(values.get("birth_date"))
    if birth and birth > today:
        found.append(_problem("birth_date.future", "birth_date",
                              "Tanggal lahir tidak boleh di masa depan."))
    if birth and (today.year - birth.year) < 15:
        found.append(_problem("birth_date.too_young", "birth_date",
                              "Usia kurang dari 15 tahun: periksa tanggal lahir.", "warning"))
    nik = values.get("nik")
    if nik:
        found += compare_with(_previous_parse_nik(nik, today), birth, values.get("sex"))
    start, end = _previous_date(values.get("start_date")), _previous_date(values.get("end_date"))
    if start and end and end < start:
        found.append(_problem("end_date.before_start", "end_date",
                              "Tanggal selesai kerja tidak boleh sebelum tanggal mulai."))
    programs = {str(p) for p in values.get("programs") or ()}
    if ptype == ParticipantType.BPU.value and Program.JP.value in programs:
        found.append(_problem("programs.jp_bpu", "programs",
                              "Program JP tidak tersedia untuk peserta Bukan Penerima Upah."))
    if programs and not {Program.JKK.value, Program.JKM.value} <= programs:
        found.append(_problem("programs.minimum", "programs", "Inpres 2/2021: pendaftaran "
                              "minimal mencakup JKK dan JKM.", "warning"))
    if pension_age and birth and Program.JP.value in programs:
        age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
        if age >= pension_age:
            found.append(_problem("jp.pension_age", "programs",
                                  f"Usia {age} tahun telah mencapai usia pensiun {pension_age} "
                                  "tahun: tidak dapat diikutkan program JP.", "warning"))
    status = values.get("status")
    if status == EnrollmentStatus.TERDAFTAR.value and not values.get("kpj"):
        found.append(_problem("kpj.missing", "kpj", "Peserta terdaftar sebaiknya memiliki "
                              "nomor KPJ.", "warning"))
    if status == EnrollmentStatus.NONAKTIF.value and not values.get("ended_at"):
        found.append(_problem("ended_at.missing", "ended_at",
                              "Peserta nonaktif memerlukan tanggal berakhir.", "warning"))
    return found


def _previous_clean_text(raw: object) -> str:
    """Trim, fold runs of white space, drop control characters; keep everything else verbatim
    (apostrophes, emoji, SQL-looking text are data, not danger)."""
    if raw is None:
        return ""
    text = _CONTROL.sub("", str(raw))
    return " ".join(text.split())


def _previous_normalize_field(field: str, raw: object, *, today: date | None = None
                    ) -> tuple[Any, list[Problem]]:
    """(stored value, problems) for one field. Empty input gives (None, [])."""
    today = today or date.today()
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, []
    # Intended change (fault audit): a cell holding only dashes ("-", "–", "- -") is an
    # empty cell in every field; the wage also takes "Rp -", "Rp. -,-", "-,-" as none.
    # (Control characters are dropped first, as everywhere.)
    if isinstance(raw, str) and (
            re.fullmatch(r"[-\u2010-\u2015\u2212\s]+", _previous_clean_text(raw)) or (
                field == "wage" and re.fullmatch(
                    r"(?:(?:rp|idr)\s*\.?\s*)?[-\u2010-\u2015\u2212]+"
                    r"(?:\s*[,.]\s*[-\u2010-\u2015\u2212]+)?", _previous_clean_text(raw),
                    re.IGNORECASE))):
        return None, []
    try:
        if field == "nik":
            result = parse_nik(raw, today=today)
            value = result.nik if result.nik else _previous_clean_text(raw)
            return value, [*result.errors, *result.warnings]
        if field in DATE_FIELDS:
            return parse_tanggal(raw, today=today).isoformat(), []
        if field == "wage":
            return parse_rupiah(raw), []
        if field == "sex":
            sex = normalize_sex(raw)
            if sex is None:
                return None, [_problem("sex.invalid", field, "Jenis kelamin harus L (laki-laki) "
                                       "atau P (perempuan).")]
            return sex, []
        if field == "kpj":
            digits = re.sub(r"[\s.\-]", "", str(raw))
            if isinstance(raw, float) or not digits.isdigit():
                return _previous_clean_text(raw), [_problem("kpj.chars", field,
                                                            "Nomor KPJ hanya boleh "
                                                  "berisi angka (isi sebagai teks).")]
            return digits, []
        if field == "phone":
            text = _previous_clean_text(raw)
            if not _PHONE.match(text):
                return text, [_problem("phone.invalid", field, "Nomor HP tampaknya tidak sah "
                                       "(gunakan angka, boleh diawali +62).", "warning")]
            return text, []
        if field == "category":
            return _enum_value(Category, raw, field, "Kategori"), []
        if field == "participant_type":
            return _enum_value(ParticipantType, str(raw).upper(), field, "Jenis kepesertaan"), []
        if field == "status":
            return _enum_value(EnrollmentStatus, raw, field, "Status kepesertaan"), []
        if field == "funding_source":
            for source in FundingSource:
                if _previous_clean_text(raw).lower() == source.value.lower():
                    return source.value, []
            return _previous_clean_text(raw), []
        if field == "programs":
            return frozenset(parse_programs(str(raw))), []
        if field == "marital_status":
            text = _previous_clean_text(raw)
            return MARITAL.get(text.upper(), text), []
        text = _previous_clean_text(raw)
        limit = TEXT_LIMITS.get(field)
        if limit and len(text) > limit:
            return text[:limit], [_problem(f"{field}.too_long", field,
                                           f"{label(field)} terlalu panjang (lebih dari {limit} "
                                           "karakter).")]
        return text, []
    except DomainError as exc:
        return None, [_problem(exc.code or f"{field}.invalid", field,
                               f"{label(field)}: {exc.message}")]


def _previous_parse_nik(value: object, today: date) -> NikResult:
    cleaned = nik_module._clean(value, label="NIK", prefix="nik", length=16,
                                separators=nik_module.NIK_SEPARATORS, field_name=FIELD)
    if cleaned.digits is None:
        return NikResult(raw=value, nik=None, valid=False, errors=[cleaned.error])
    return _previous_decode(value, cleaned.digits, today)


# --- equivalence ------------------------------------------------------------------------------

CODES = ["11", "16", "32", "91", "96", "99", "00", "1607", "16.07", "160701", "16.07.01",
         "327301", "32.73.01", " 32.73 ", "3273", "9999", "16.07.99", "16.7", "3273011", ""]
digits16 = st.text(alphabet="0123456789", min_size=16, max_size=16)
region_first = st.builds(lambda r, rest: r + rest,
                         st.sampled_from(["160701", "327301", "317101", "110101", "917101",
                                          "160799", "169901", "990101", "320000"]),
                         st.text(alphabet="0123456789", min_size=10, max_size=10))
nik_values = st.one_of(digits16, region_first, st.text(max_size=24),
                       st.text(alphabet="0123456789 .-'\u00a0", min_size=14, max_size=24),
                       st.integers(), st.floats(), st.none(), st.booleans())
todays = st.sampled_from([dt.date(2025, 6, 1), dt.date(2000, 2, 29), dt.date(2024, 1, 1)])


@settings(max_examples=1500, deadline=None)
@given(nik_values, todays)
def test_parse_nik_as_before(value: object, today: date) -> None:
    assert parse_nik(value, today=today) == _previous_parse_nik(value, today)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(CODES), st.text(alphabet="0123456789. ", max_size=9),
                 st.integers(), st.none()))
def test_region_lookup_as_before(code: object) -> None:
    assert regions.lookup(code) == _previous_lookup(code)


def test_region_lookup_of_every_listed_code() -> None:
    for region in regions.all_regions():
        assert regions.lookup(region.code) is region
        assert regions.lookup(region.digits) is region
        assert regions.lookup(f" {region.code} ") is region


iso_dates = st.one_of(st.none(), st.just(""), st.dates(min_value=dt.date(1900, 1, 1)).map(
    date.isoformat), st.dates(min_value=dt.date(1900, 1, 1)), st.sampled_from(
    ["2025-02-30", "bukan", "1990-1-1", 5]))
records = st.fixed_dictionaries({}, optional={
    "name": st.sampled_from(["", "Ani", None]),
    "nik": st.one_of(digits16, region_first, st.sampled_from(["", "123"])),
    "unit_id": st.sampled_from([None, 0, 1]),
    "participant_type": st.sampled_from([None, "", "PU", "BPU", ParticipantType.BPU]),
    "wage": st.sampled_from([None, 0, 2_500_000]),
    "mother_name": st.sampled_from(["", "Ibu", None]),
    "birth_date": iso_dates, "start_date": iso_dates, "end_date": iso_dates,
    "sex": st.sampled_from([None, "L", "P", "perempuan", "X", 1]),
    "programs": st.one_of(st.none(), st.frozensets(st.sampled_from(
        ["jkk", "jkm", "jht", "jp", "jkp", Program.JP, Program.JKK])), st.lists(
        st.sampled_from(["jkk", "jkm", "jp"])), st.just("jkk,jp")),
    "status": st.sampled_from([None, "belum", "terdaftar", "nonaktif", EnrollmentStatus.NONAKTIF]),
    "kpj": st.sampled_from([None, "", "123"]),
    "ended_at": st.sampled_from([None, "2024-01-01"]),
})


@settings(max_examples=1500, deadline=None)
@given(records, todays, st.sampled_from([None, 0, 56, 58, 59]))
def test_check_record_as_before(values: dict[str, Any], today: date,
                                pension_age: int | None) -> None:
    assert check_record(values, today=today, pension_age=pension_age) == \
        _previous_check_record(values, today=today, pension_age=pension_age)


texts = st.one_of(st.text(max_size=40),
                  st.text(alphabet=" \t\n\u00a0\u2028\x00\x1fab.'-\u2013", max_size=12),
                  st.sampled_from(["Ani", " Ani", "Ani ", "A  B", "A B", "", "\u1680x", "x\x85"]))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(texts, st.integers(), st.floats(), st.none(), st.dates()))
def test_clean_text_as_before(raw: object) -> None:
    assert clean_text(raw) == _previous_clean_text(raw)


PLAIN_TEXT_FIELDS = ["name", "birth_place", "mother_name", "address", "job_title", "notes",
                     "end_reason", "origin_office", "proposal_ref", "unknown_field"]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(PLAIN_TEXT_FIELDS),
       st.one_of(texts, st.integers(), st.floats(), st.none(), st.dates(), st.booleans(),
                 st.sampled_from(["L", "Perempuan", "12-05-1990", "Rp1.500.000", "jkk,jkm",
                                  "Kawin", "THL", "apbd", "12345", "3273011503900001",
                                  "-", " \u2013 ", "--", "Rp -", "Ani -", "-,-"])))
def test_normalize_field_plain_text_as_before(field: str, raw: object) -> None:
    """The plain-text fields now skip the chain of special cases: same result."""
    today = dt.date(2025, 6, 1)
    assert normalize_field(field, raw, today=today) == \
        _previous_normalize_field(field, raw, today=today)
