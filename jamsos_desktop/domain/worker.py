"""The rules of one worker record, shared by the editor, the Excel import and the services.

`normalize_field(name, raw)` turns what was typed or read from a cell into the stored value
plus problems; `check_record(values)` adds the rules that span fields (NIK vs birth date and
sex, wage required for PU, dates in order, pension age, JP for BPU).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from jamsos_desktop.domain.dates import format_tanggal, parse_tanggal
from jamsos_desktop.domain.enums import (
    Category,
    EnrollmentStatus,
    FundingSource,
    ParticipantType,
    Program,
    parse_programs,
)
from jamsos_desktop.domain.money import parse_rupiah
from jamsos_desktop.domain.nik import compare_with, normalize_sex, parse_nik
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.errors import DomainError

# Field → Indonesian label, in the order of Formulir 1a and of the editor.
FIELD_LABELS: dict[str, str] = {
    "nik": "NIK", "name": "Nama Lengkap", "birth_place": "Tempat Lahir",
    "birth_date": "Tanggal Lahir", "sex": "Jenis Kelamin", "mother_name": "Nama Ibu Kandung",
    "address": "Alamat", "phone": "No. HP", "marital_status": "Status Perkawinan",
    "category": "Kategori", "job_title": "Jabatan", "unit_id": "Unit Kerja", "wage": "Upah",
    "start_date": "Tanggal Mulai Kerja", "end_date": "Tanggal Selesai Kerja",
    "participant_type": "Jenis Kepesertaan", "funding_source": "Sumber Dana", "kpj": "No. KPJ",
    "status": "Status Kepesertaan", "registered_at": "Tanggal Terdaftar",
    "notes": "Catatan", "programs": "Program",
}

TEXT_LIMITS = {"name": 150, "birth_place": 100, "mother_name": 150, "address": 500,
               "phone": 30, "job_title": 150, "notes": 2000, "marital_status": 30,
               "end_reason": 300, "proposal_ref": 100, "origin_office": 200}
DATE_FIELDS = ("birth_date", "start_date", "end_date", "registered_at", "proposed_at",
               "ended_at")
MARITAL = {"BELUM KAWIN": "Belum Kawin", "TK": "Belum Kawin", "LAJANG": "Belum Kawin",
           "KAWIN": "Kawin", "K": "Kawin", "MENIKAH": "Kawin", "CERAI HIDUP": "Cerai Hidup",
           "CERAI MATI": "Cerai Mati", "JANDA": "Cerai Mati", "DUDA": "Cerai Mati"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A cell holding only a dash is how clerks write "nothing" (no phone, no KPJ yet, no wage):
# it reads as an empty cell in every field, so it never overwrites a stored value and a
# required field holding it is reported missing. Hyphen, the dashes a word processor makes
# of it, and the minus sign; repeated or spaced ("--", "- -") too.
_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_SET = frozenset(_DASH_CHARS)
DASH_CHARS = _DASH_CHARS  # for the readers that look for a dash-only cell first
_NOTHING = re.compile(rf"[{_DASH_CHARS}](?:\s*[{_DASH_CHARS}])*")
# The wage also as an accounting "nil": "Rp -", "Rp. -", "Rp -,-", "-,-", "IDR -".
_NO_AMOUNT = re.compile(
    rf"(?:(?:rp|idr)\s*\.?\s*)?[{_DASH_CHARS}]+(?:\s*[,.]\s*[{_DASH_CHARS}]+)?", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-.]{5,25}$")


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def _problem(code: str, field: str, message: str, severity: str = "error") -> Problem:
    return Problem(code, message, severity, field)  # type: ignore[arg-type]


def clean_text(raw: object) -> str:
    """Trim, fold runs of white space, drop control characters; keep everything else verbatim
    (apostrophes, emoji, SQL-looking text are data, not danger)."""
    if raw is None:
        return ""
    try:
        text = raw if type(raw) is str else str(raw)
    except ValueError:  # an int past Python's 4300-digit str() limit: no text worth keeping
        return ""
    if text.isprintable() and "  " not in text and text.strip(" ") is text:
        # Already clean: no control character (none is printable), and the only white
        # space is single ASCII spaces between words (other spaces are not printable).
        # (`strip` hands back the very string when there is nothing to strip: the cheapest
        # test for a space at either end.)
        return text
    text = _CONTROL.sub("", text)
    return " ".join(text.split())


def normalize_field(field: str, raw: object, *, today: date | None = None
                    ) -> tuple[Any, list[Problem]]:
    """(stored value, problems) for one field. Empty input gives (None, []): nothing, blanks,
    or a lone dash ("-", "–", "--"; for the wage also "Rp -", "Rp. -,-"), see `_NOTHING`."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, []
    # A dash is recognised where a value is not otherwise accepted (a failed parse, an
    # unknown word, a failed check), so ordinary values pay nothing for it; plain text, which
    # accepts anything, pays one look at its last character.
    try:
        if field not in _SPECIAL_FIELDS:  # plain text, the last case below
            text = clean_text(raw)
            if text and text[-1] in _DASH_SET and _NOTHING.fullmatch(text):
                return None, []
            limit = TEXT_LIMITS.get(field)
            if limit and len(text) > limit:
                return text[:limit], [_too_long(field, limit)]
            return text, []
        today = today or date.today()
        if field == "nik":
            result = parse_nik(raw, today=today)
            if result.nik is None and _means_nothing(field, raw):
                return None, []
            value = result.nik if result.nik else clean_text(raw)
            return value, [*result.errors, *result.warnings]
        if field in DATE_FIELDS:
            return parse_tanggal(raw, today=today).isoformat(), []
        if field == "wage":
            return parse_rupiah(raw), []
        if field == "sex":
            sex = normalize_sex(raw)
            if sex is None:
                if _means_nothing(field, raw):
                    return None, []
                return None, [_problem("sex.invalid", field, "Jenis kelamin harus L (laki-laki) "
                                       "atau P (perempuan).")]
            return sex, []
        if field == "kpj":
            digits = re.sub(r"[\s.\-]", "", clean_text(raw))
            if isinstance(raw, float) or not digits.isdigit() or len(digits) > 20:
                if _means_nothing(field, raw):
                    return None, []
                return clean_text(raw), [_problem("kpj.chars", field, "Nomor KPJ hanya boleh "
                                                  "berisi angka (isi sebagai teks).")]
            return digits, []
        if field == "phone":
            text, problems = _plain_text(field, raw)
            if not problems and not _PHONE.match(text):
                if _means_nothing(field, raw):
                    return None, []
                return text, [_problem("phone.invalid", field, "Nomor HP tampaknya tidak sah "
                                       "(gunakan angka, boleh diawali +62).", "warning")]
            return text, problems
        if field == "category":
            return _enum_value(Category, raw, field, "Kategori"), []
        if field == "participant_type":
            return _enum_value(ParticipantType, str(raw).upper(), field, "Jenis kepesertaan"), []
        if field == "status":
            return _enum_value(EnrollmentStatus, raw, field, "Status kepesertaan"), []
        if field == "funding_source":
            for source in FundingSource:
                if clean_text(raw).lower() == source.value.lower():
                    return source.value, []
            if _means_nothing(field, raw):
                return None, []
            return clean_text(raw), []
        if field == "programs":
            return frozenset(parse_programs(str(raw))), []
        if field == "marital_status":
            text, problems = _plain_text(field, raw)
            marital = MARITAL.get(text.upper())
            if marital is not None:
                return marital, problems
            if _means_nothing(field, raw):
                return None, []
            return text, problems
        return _plain_text(field, raw)
    except DomainError as exc:
        if _means_nothing(field, raw):
            return None, []
        return None, [_problem(exc.code or f"{field}.invalid", field,
                               f"{label(field)}: {exc.message}")]


def means_nothing(raw: object) -> bool:
    """Whether a cell holds only a dash standing for "nothing" ("-", "–", "--", "- -"): an
    empty cell in every field (`_NOTHING`)."""
    return isinstance(raw, str) and _NOTHING.fullmatch(clean_text(raw)) is not None


def _means_nothing(field: str, raw: object) -> bool:
    """Whether `raw` is a dash standing for an empty cell (`_NOTHING`; for the wage also
    `_NO_AMOUNT`). Asked only once a value has not been accepted as it is."""
    if means_nothing(raw):
        return True
    return (field == "wage" and isinstance(raw, str)
            and _NO_AMOUNT.fullmatch(clean_text(raw)) is not None)


def _too_long(field: str, limit: int) -> Problem:
    return _problem(f"{field}.too_long", field,
                    f"{label(field)} terlalu panjang (lebih dari {limit} karakter).")


_SPECIAL_FIELDS = frozenset({"nik", *DATE_FIELDS, "wage", "sex", "kpj", "phone", "category",
                             "participant_type", "status", "funding_source", "programs",
                             "marital_status"})


def _plain_text(field: str, raw: object) -> tuple[Any, list[Problem]]:
    text = clean_text(raw)
    limit = TEXT_LIMITS.get(field)
    if limit and len(text) > limit:
        return text[:limit], [_too_long(field, limit)]
    return text, []


def _enum_key(text: str) -> str:
    """"Ketua RT/RW", "ketua_rt-rw", "Tenaga Harian Lepas (THL)" → comparable keys."""
    text = text.lower().replace("(", " ").replace(")", " ")
    for sep in (" ", "/", "_", ".", ","):
        text = text.replace(sep, "-")
    return "-".join(part for part in text.split("-") if part)


def _enum_value(enum: type, raw: object, field: str, what: str) -> str:
    text = _enum_key(clean_text(raw))
    for member in enum:  # type: ignore[attr-defined]
        if text in (_enum_key(member.value), _enum_key(getattr(member, "label", ""))):
            return str(member.value)
    raise DomainError(f"{what} '{clean_text(raw)}' tidak dikenal.", code=f"{field}.invalid")


_PU = ParticipantType.PU.value
_BPU = ParticipantType.BPU.value
_JP = Program.JP.value
_MINIMUM_PROGRAMS = frozenset({Program.JKK.value, Program.JKM.value})
_NO_PROGRAMS: frozenset[str] = frozenset()
_TERDAFTAR = EnrollmentStatus.TERDAFTAR.value
_NONAKTIF = EnrollmentStatus.NONAKTIF.value
_NAME_MISSING = _problem("name.missing", "name", "Nama lengkap wajib diisi.")
_NIK_MISSING = _problem("nik.missing", "nik", "NIK wajib diisi.")
_UNIT_MISSING = _problem("unit.missing", "unit_id", "Unit kerja wajib dipilih.")
_WAGE_MISSING = _problem("wage.missing", "wage", "Upah wajib diisi untuk peserta Penerima "
                         "Upah (dasar perhitungan iuran).", "warning")
_MOTHER_MISSING = _problem("mother.missing", "mother_name", "Nama ibu kandung belum diisi "
                           "(wajib untuk pendaftaran BPJS).", "warning")
_BIRTH_FUTURE = _problem("birth_date.future", "birth_date",
                         "Tanggal lahir tidak boleh di masa depan.")
_TOO_YOUNG = _problem("birth_date.too_young", "birth_date",
                      "Usia kurang dari 15 tahun: periksa tanggal lahir.", "warning")
_END_BEFORE_START = _problem("end_date.before_start", "end_date",
                             "Tanggal selesai kerja tidak boleh sebelum tanggal mulai.")
_JP_BPU = _problem("programs.jp_bpu", "programs",
                   "Program JP tidak tersedia untuk peserta Bukan Penerima Upah.")
_PROGRAMS_MINIMUM = _problem("programs.minimum", "programs", "Inpres 2/2021: pendaftaran "
                             "minimal mencakup JKK dan JKM.", "warning")
_KPJ_MISSING = _problem("kpj.missing", "kpj", "Peserta terdaftar sebaiknya memiliki "
                        "nomor KPJ.", "warning")
_ENDED_AT_MISSING = _problem("ended_at.missing", "ended_at",
                             "Peserta nonaktif memerlukan tanggal berakhir.", "warning")


def check_record(values: Mapping[str, Any], *, today: date | None = None,
                 pension_age: int | None = None) -> list[Problem]:
    """Rules spanning fields. `values` holds normalised values (ISO date strings, int wage,
    programs as a set of codes)."""
    # Problems are immutable, so the fixed ones are built once; the order of the checks is
    # the order of the problems returned.
    today = today or date.today()
    found: list[Problem] = []
    get = values.get
    if not get("name"):
        found.append(_NAME_MISSING)
    nik = get("nik")
    if not nik:
        found.append(_NIK_MISSING)
    if not get("unit_id"):
        found.append(_UNIT_MISSING)
    ptype = get("participant_type") or _PU
    if ptype == _PU and not get("wage"):
        found.append(_WAGE_MISSING)
    if not get("mother_name"):
        found.append(_MOTHER_MISSING)
    birth = _date(get("birth_date"))
    if birth:
        if birth > today:
            found.append(_BIRTH_FUTURE)
        if (today.year - birth.year) < 15:
            found.append(_TOO_YOUNG)
    if nik:
        found += compare_with(parse_nik(nik, today=today), birth, get("sex"))
    end = get("end_date")
    if end:
        start, end = _date(get("start_date")), _date(end)
        if start and end and end < start:
            found.append(_END_BEFORE_START)
    listed = get("programs")
    programs = frozenset(str(p) for p in listed) if listed else _NO_PROGRAMS
    if ptype == _BPU and _JP in programs:
        found.append(_JP_BPU)
    if programs and not programs >= _MINIMUM_PROGRAMS:
        found.append(_PROGRAMS_MINIMUM)
    if pension_age and birth and _JP in programs:
        age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
        if age >= pension_age:
            found.append(_problem("jp.pension_age", "programs",
                                  f"Usia {age} tahun telah mencapai usia pensiun {pension_age} "
                                  "tahun: tidak dapat diikutkan program JP.", "warning"))
    status = get("status")
    if status == _TERDAFTAR and not get("kpj"):
        found.append(_KPJ_MISSING)
    if status == _NONAKTIF and not get("ended_at"):
        found.append(_ENDED_AT_MISSING)
    return found


def describe_date(iso: str | None) -> str:
    d = _date(iso)
    return format_tanggal(d) if d else ""


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return _iso_date(value)
    return None


@lru_cache(maxsize=65536)
def _iso_date(text: str) -> date | None:
    """`date.fromisoformat`, memoised (rosters repeat dates), None when not a date."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
