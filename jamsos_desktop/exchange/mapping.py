"""Which column holds what: finding the header row under title rows and merged cells, and
mapping Indonesian header texts to worker fields.

Rosters come in every shape an OPD clerk can make: a two-line title ("DAFTAR TENAGA
HONORER / DINAS ... / TAHUN 2025") merged across the page, a header row, sometimes a
second header row under a merged group ("Kelahiran" over "Tempat" and "Tanggal"), often a
row numbering the columns (1, 2, 3 …). The synonyms below are data a developer extends; the
user corrects whatever is left in the mapping table, and that correction is remembered per
file shape (`header_signature`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.domain.worker import FIELD_LABELS

# Pseudo-fields of the import: a combined "Tempat, Tgl Lahir" cell, the unit given by code or
# name, the office a consolidated record came from, and the BPJS side of a reconciliation.
BIRTH_PLACE_DATE = "birth_place_date"
UNIT = "unit"
IGNORE = ""

IMPORT_FIELDS: dict[str, str] = {
    "nik": "NIK", "name": "Nama Lengkap", "birth_place": "Tempat Lahir",
    "birth_date": "Tanggal Lahir", BIRTH_PLACE_DATE: "Tempat, Tanggal Lahir",
    "sex": "Jenis Kelamin", "mother_name": "Nama Ibu Kandung", "address": "Alamat",
    "phone": "No. HP", "marital_status": "Status Perkawinan", "category": "Kategori",
    "job_title": "Jabatan", UNIT: "Unit Kerja / OPD", "wage": "Upah / Gaji / Honor",
    "start_date": "Tanggal Mulai Kerja", "end_date": "Tanggal Selesai Kerja",
    "participant_type": "Jenis Kepesertaan", "funding_source": "Sumber Dana",
    "programs": "Program", "kpj": "No. KPJ", "status": "Status Kepesertaan",
    "registered_at": "Tanggal Terdaftar", "notes": "Catatan", "origin_office": "Asal Kantor",
}
assert set(IMPORT_FIELDS) - {BIRTH_PLACE_DATE, UNIT, "origin_office"} <= set(FIELD_LABELS)

# Exact header texts (after `normalize_header`) → field. Checked before the keyword rules.
SYNONYMS: dict[str, str] = {
    # NIK
    "nik": "nik", "no nik": "nik", "nomor nik": "nik", "nik ktp": "nik", "no ktp": "nik",
    "nomor ktp": "nik", "ktp": "nik", "no induk kependudukan": "nik",
    "nomor induk kependudukan": "nik", "nik e ktp": "nik", "no nik ktp": "nik", "n i k": "nik",
    # name
    "nama": "name", "nama lengkap": "name", "nama pegawai": "name", "nama tenaga": "name",
    "nama peserta": "name", "nama pekerja": "name", "nama tenaga kerja": "name",
    "nama sesuai ktp": "name", "nama lengkap sesuai ktp": "name",
    # birth
    "tempat lahir": "birth_place", "tmp lahir": "birth_place", "tempat": "birth_place",
    "kota lahir": "birth_place",
    "tanggal lahir": "birth_date", "tgl lahir": "birth_date", "tgl": "birth_date",
    "tanggal": "birth_date", "tgl lhr": "birth_date", "tanggal lhr": "birth_date",
    "tempat tanggal lahir": BIRTH_PLACE_DATE, "tempat tgl lahir": BIRTH_PLACE_DATE,
    "tempat dan tanggal lahir": BIRTH_PLACE_DATE, "ttl": BIRTH_PLACE_DATE,
    "tmp tgl lahir": BIRTH_PLACE_DATE, "tempat tgl lhr": BIRTH_PLACE_DATE,
    "tempat lahir tanggal lahir": BIRTH_PLACE_DATE, "tempat lahir tgl lahir": BIRTH_PLACE_DATE,
    # sex
    "jk": "sex", "l p": "sex", "lp": "sex", "jenis kelamin": "sex", "kelamin": "sex",
    "gender": "sex", "sex": "sex", "jns kelamin": "sex", "jenis kelamin l p": "sex",
    # family, contact
    "nama ibu kandung": "mother_name", "nama ibu": "mother_name", "ibu kandung": "mother_name",
    "nama gadis ibu kandung": "mother_name",
    "alamat": "address", "alamat lengkap": "address", "alamat rumah": "address",
    "alamat domisili": "address", "alamat sesuai ktp": "address",
    "no hp": "phone", "hp": "phone", "nomor hp": "phone", "no telp": "phone",
    "no telepon": "phone", "telepon": "phone", "no hp wa": "phone", "nomor telepon": "phone",
    "no handphone": "phone", "handphone": "phone", "telp": "phone", "no wa": "phone",
    "status perkawinan": "marital_status", "status kawin": "marital_status",
    "status nikah": "marital_status", "perkawinan": "marital_status",
    # job
    "jabatan": "job_title", "pekerjaan": "job_title", "tugas": "job_title",
    "jabatan tugas": "job_title", "uraian tugas": "job_title", "posisi": "job_title",
    "kategori": "category", "jenis tenaga": "category", "status kepegawaian": "category",
    "status pegawai": "category", "jenis pegawai": "category",
    "unit kerja": UNIT, "opd": UNIT, "skpd": UNIT, "satuan kerja": UNIT, "satker": UNIT,
    "perangkat daerah": UNIT, "instansi": UNIT, "unit": UNIT, "kode unit": UNIT,
    "unit kerja opd": UNIT, "nama opd": UNIT, "nama skpd": UNIT, "kode opd": UNIT,
    "gaji": "wage", "honor": "wage", "upah": "wage", "honorarium": "wage",
    "gaji pokok": "wage", "upah pokok": "wage", "penghasilan": "wage", "gaji bulanan": "wage",
    "honor per bulan": "wage", "gaji per bulan": "wage", "upah per bulan": "wage",
    "besaran honor": "wage", "besaran gaji": "wage", "upah rp": "wage", "gaji rp": "wage",
    "honor rp": "wage", "honorarium rp": "wage", "penghasilan rp": "wage",
    "tmt": "start_date", "tanggal mulai kerja": "start_date", "tmt kerja": "start_date",
    "mulai kerja": "start_date", "tgl mulai kerja": "start_date", "tmt tugas": "start_date",
    "tanggal mulai": "start_date", "tgl mulai": "start_date", "tmt pengangkatan": "start_date",
    "tanggal selesai kerja": "end_date", "tanggal selesai": "end_date",
    "tgl selesai": "end_date", "akhir kontrak": "end_date", "tanggal akhir kontrak": "end_date",
    # BPJS
    "jenis kepesertaan": "participant_type", "jenis peserta": "participant_type",
    "pu bpu": "participant_type", "kepesertaan": "participant_type",
    "sumber dana": "funding_source", "sumber anggaran": "funding_source",
    "program": "programs", "program bpjs": "programs", "program jaminan": "programs",
    "kpj": "kpj", "no kpj": "kpj", "nomor kpj": "kpj", "no peserta": "kpj",
    "nomor peserta": "kpj", "no kartu": "kpj", "no kartu peserta": "kpj",
    "nomor kartu peserta": "kpj", "kpj sebelumnya": "kpj",
    "status kepesertaan": "status", "status bpjs": "status", "status peserta": "status",
    "tanggal terdaftar": "registered_at", "tgl terdaftar": "registered_at",
    "tmt kepesertaan": "registered_at", "tanggal kepesertaan": "registered_at",
    "tgl kepesertaan": "registered_at", "tanggal kepesertaan bpjs": "registered_at",
    "catatan": "notes", "keterangan": "notes", "ket": "notes",
    "asal kantor": "origin_office", "kantor asal": "origin_office",
    # ignored: row numbers
    "no": IGNORE, "no urut": IGNORE, "nomor": IGNORE, "nomor urut": IGNORE,
}

# Keyword rules for headers not listed above ("NIK (16 digit)", "Honor/Bulan (Rp)" …), in
# order: the first rule all of whose words occur wins.
KEYWORD_RULES: list[tuple[tuple[str, ...], str]] = [
    (("ibu",), "mother_name"),
    # Place and date of birth in one column, the place word often shortened ("Tmpt/Tgl
    # Lahir", "Tpt, Tgl Lahir").
    *(((place, date_word), BIRTH_PLACE_DATE) for place in ("tempat", "tmpt", "tpt", "tmp")
      for date_word in ("tgl", "tanggal")),
    (("kpj",), "kpj"),
    # The BPJS participant's status before the card number rules below ("Status Peserta").
    (("status", "peserta"), "status"),
    (("status", "bpjs"), "status"),
    # The card number by other names ("No. Kartu BPJS", "Nomor Peserta BPJS"); never a bare
    # "kartu" ("No. Kartu Keluarga" is the family card).
    (("kartu", "bpjs"), "kpj"),
    (("kartu", "peserta"), "kpj"),
    (("no", "peserta"), "kpj"),
    (("nomor", "peserta"), "kpj"),
    (("nik",), "nik"),
    (("ktp",), "nik"),
    (("kependudukan",), "nik"),
    (("tempat", "lahir"), "birth_place"),
    (("tmpt", "lahir"), "birth_place"),
    (("tpt", "lahir"), "birth_place"),
    (("tmp", "lahir"), "birth_place"),
    (("tgl", "lahir"), "birth_date"),
    (("tanggal", "lahir"), "birth_date"),
    (("kelamin",), "sex"),
    (("kawin",), "marital_status"),
    (("nikah",), "marital_status"),
    (("alamat",), "address"),
    (("hp",), "phone"),
    (("telp",), "phone"),
    (("telepon",), "phone"),
    (("jabatan",), "job_title"),
    (("unit", "kerja"), UNIT),
    (("opd",), UNIT),
    (("skpd",), UNIT),
    (("gaji",), "wage"),
    (("honor",), "wage"),
    (("honorarium",), "wage"),
    (("upah",), "wage"),
    (("tmt",), "start_date"),
    (("mulai",), "start_date"),
    (("selesai",), "end_date"),
    (("kepesertaan", "status"), "status"),
    (("kepesertaan", "jenis"), "participant_type"),
    (("terdaftar",), "registered_at"),
    (("sumber",), "funding_source"),
    (("program",), "programs"),
    (("nama", "lengkap"), "name"),
    (("nama",), "name"),
]

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Other social-security schemes a roster may list beside BPJS Ketenagakerjaan: the health
# card (BPJS Kesehatan, JKN-KIS, the old Askes) and the civil-servant/military funds. Their
# card numbers and statuses are not the worker's KPJ or enrolment status here.
_OTHER_SCHEMES = frozenset({"kesehatan", "kes", "jkn", "kis", "askes", "taspen", "asabri"})
_SCHEME_FIELDS = frozenset({"kpj", "status", "registered_at", "participant_type", "programs"})


def normalize_header(value: object) -> str:
    """'Tempat, Tgl. Lahir' → 'tempat tgl lahir'; 'No. KTP/NIK' → 'no ktp nik'."""
    if value is None:
        return ""
    text = str(value).casefold()[:200]
    return " ".join(_NON_WORD.sub(" ", text).split())


def field_for_header(value: object) -> str | None:
    """The field a header text means, '' for a numbering column, None when unknown."""
    norm = normalize_header(value)
    if not norm:
        return None
    if norm in SYNONYMS:
        return SYNONYMS[norm]
    words = set(norm.split())
    other_scheme = not _OTHER_SCHEMES.isdisjoint(words)
    for needed, target in KEYWORD_RULES:
        if all(w in words for w in needed):
            if other_scheme and target in _SCHEME_FIELDS:
                return None  # "No. Kartu BPJS Kesehatan" is no KPJ
            return target
    return None


@dataclass
class HeaderInfo:
    header_row: int  # 0-based index of the (last) header row
    data_start: int  # 0-based index of the first data row
    labels: list[str]  # one per column: the header text as shown to the user
    guessed: dict[int, str] = field(default_factory=dict)  # column → field
    numbering_row: int | None = None  # a "1 2 3 …" row under the header, skipped


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())[:200]


def _fill_merged(rows: Sequence[Sequence[Any]], r: int,
                 merged: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> list[str]:
    """Row r's texts with horizontally merged header cells spread over their columns."""
    width = max((len(x) for x in rows[max(0, r - 1):r + 2]), default=0)
    row = [_text(rows[r][c]) if c < len(rows[r]) else "" for c in range(width)]
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and r0 < len(rows) and c0 < len(rows[r0]):
            anchor = _text(rows[r0][c0])
            for c in range(c0, min(c1 + 1, width)):
                if not row[c]:
                    row[c] = anchor
    return row


def _score(labels: Sequence[str]) -> tuple[int, bool]:
    fields = [field_for_header(x) for x in labels if x]
    known = {f for f in fields if f}
    return len(known), bool(known & {"nik", "name"})


def _is_numbering(row: Sequence[Any]) -> bool:
    """'1 2 3 4 …' (numbers or text) under a header: the column numbers of printed forms."""
    values = [_text(v) for v in row if _text(v)]
    if len(values) < 3:
        return False
    try:
        numbers = [int(v.strip("()")) for v in values]
    except ValueError:
        return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def detect_header(rows: Sequence[Sequence[Any]],
                  merged: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
                  scan_rows: int = 30) -> HeaderInfo:
    """The header row: among the first rows, the one whose texts map to most fields (it must
    name NIK or Nama). A second header line below it (sub-columns of a merged group) is folded
    in; a numbering row is skipped. Without any recognisable header, row 1 is the header and
    the user maps the columns by hand."""
    best: tuple[int, int] | None = None  # (score, row)
    limit = min(len(rows), scan_rows)
    for r in range(limit):
        score, key = _score(_fill_merged(rows, r, merged))
        if key and score >= 2 and (best is None or score > best[0]):
            best = (score, r)
    if best is None:
        labels = _fill_merged(rows, 0, merged) if rows else []
        return _finish(rows, HeaderInfo(0, 1 if rows else 0, labels))
    r = best[1]
    labels = _fill_merged(rows, r, merged)
    data_start = r + 1
    if r + 1 < len(rows) and not _is_numbering(rows[r + 1]):
        below = _fill_merged(rows, r + 1, merged)
        filled = [c for c, t in enumerate(below) if t]
        named = [c for c in filled if field_for_header(below[c])]
        # A second header line (sub-columns of a merged group such as "Kelahiran" over
        # "Tempat" / "Tanggal"): nearly all its texts are header words. A data row never is.
        if len(named) >= 2 and len(named) >= len(filled) - 1:
            labels = [*labels, *[""] * (len(below) - len(labels))]
            for c in named:
                labels[c] = below[c]
            r += 1
            data_start = r + 1
    info = HeaderInfo(r, data_start, labels)
    return _finish(rows, info)


def _finish(rows: Sequence[Sequence[Any]], info: HeaderInfo) -> HeaderInfo:
    if info.data_start < len(rows) and _is_numbering(rows[info.data_start]):
        info.numbering_row = info.data_start
        info.data_start += 1
    info.labels = [lbl or f"Kolom {column_letter(c)}" for c, lbl in enumerate(info.labels)]
    info.guessed = guess_mapping(info.labels)
    return info


def guess_mapping(labels: Sequence[str]) -> dict[int, str]:
    """Column → field from the synonyms; a field claimed twice goes to its first column."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for c, text in enumerate(labels):
        target = field_for_header(text)
        if target and target not in taken:
            out[c] = target
            taken.add(target)
    return out


def header_signature(labels: Sequence[str]) -> str:
    """Identifies a file shape: the normalised header texts in order."""
    norm = "|".join(normalize_header(x) for x in labels)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()  # a key, not security


def column_letter(index: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def validate_mapping(mapping: dict[int, str], width: int) -> list[str]:
    """Indonesian complaints about a (user-corrected) mapping; [] when usable."""
    problems = []
    seen: dict[str, int] = {}
    for c, f in sorted(mapping.items()):
        if not f:
            continue
        if f not in IMPORT_FIELDS:
            problems.append(f"Kolom {column_letter(c)}: isian '{f}' tidak dikenal.")
        elif f in seen:
            problems.append(f"{IMPORT_FIELDS[f]} dipetakan ke dua kolom "
                            f"({column_letter(seen[f])} dan {column_letter(c)}).")
        seen.setdefault(f, c)
        if c >= width:
            problems.append(f"Kolom {column_letter(c)} tidak ada dalam lembar kerja.")
    if "nik" not in seen:
        problems.append("Kolom NIK belum dipetakan: NIK diperlukan untuk mencocokkan pegawai.")
    if "name" not in seen:
        problems.append("Kolom Nama belum dipetakan.")
    if BIRTH_PLACE_DATE in seen and ("birth_place" in seen or "birth_date" in seen):
        problems.append("Kolom gabungan 'Tempat, Tanggal Lahir' tidak dapat dipakai bersama "
                        "kolom Tempat Lahir atau Tanggal Lahir yang terpisah.")
    return problems
