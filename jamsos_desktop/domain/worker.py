"""The rules of one worker record, shared by the editor, the Excel import and the services.

`normalize_field(name, raw)` turns what was typed or read from a cell into the stored value
plus problems; `check_record(values)` adds the rules that span fields (NIK vs birth date and
sex, wage required for PU, dates in order, pension age, JP for BPU).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
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
    text = _CONTROL.sub("", str(raw))
    return " ".join(text.split())


def normalize_field(field: str, raw: object, *, today: date | None = None
                    ) -> tuple[Any, list[Problem]]:
    """(stored value, problems) for one field. Empty input gives (None, [])."""
    today = today or date.today()
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, []
    try:
        if field == "nik":
            result = parse_nik(raw, today=today)
            value = result.nik if result.nik else clean_text(raw)
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
                return clean_text(raw), [_problem("kpj.chars", field, "Nomor KPJ hanya boleh "
                                                  "berisi angka (isi sebagai teks).")]
            return digits, []
        if field == "phone":
            text = clean_text(raw)
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
                if clean_text(raw).lower() == source.value.lower():
                    return source.value, []
            return clean_text(raw), []
        if field == "programs":
            return frozenset(parse_programs(str(raw))), []
        if field == "marital_status":
            text = clean_text(raw)
            return MARITAL.get(text.upper(), text), []
        text = clean_text(raw)
        limit = TEXT_LIMITS.get(field)
        if limit and len(text) > limit:
            return text[:limit], [_problem(f"{field}.too_long", field,
                                           f"{label(field)} terlalu panjang (lebih dari {limit} "
                                           "karakter).")]
        return text, []
    except DomainError as exc:
        return None, [_problem(exc.code or f"{field}.invalid", field,
                               f"{label(field)}: {exc.message}")]


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


def check_record(values: Mapping[str, Any], *, today: date | None = None,
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
    birth = _date(values.get("birth_date"))
    if birth and birth > today:
        found.append(_problem("birth_date.future", "birth_date",
                              "Tanggal lahir tidak boleh di masa depan."))
    if birth and (today.year - birth.year) < 15:
        found.append(_problem("birth_date.too_young", "birth_date",
                              "Usia kurang dari 15 tahun: periksa tanggal lahir.", "warning"))
    nik = values.get("nik")
    if nik:
        found += compare_with(parse_nik(nik, today=today), birth, values.get("sex"))
    start, end = _date(values.get("start_date")), _date(values.get("end_date"))
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


def describe_date(iso: str | None) -> str:
    d = _date(iso)
    return format_tanggal(d) if d else ""


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
