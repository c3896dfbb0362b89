"""Official documents: draft (preview), issue (number + register), reprint and "Cek keaslian".

Issuing runs in ONE write transaction (BEGIN IMMEDIATE): the next number of the year is read,
the PDF is rendered with it, and the register row is inserted before COMMIT. Two writers
therefore queue on the lock and can never share or skip a number; a failed render rolls back
and leaves no gap. The price: the write lock is held while the PDF renders (about a second for
a few thousand rows); the data itself is read before the transaction.

Verification code (printed in every page footer) — the chicken-and-egg problem: the code
cannot come from the PDF's own hash, since the PDF contains it. So the code is derived from
the SHA-256 of the document's canonical content (type, number, date, every option and every
value printed), which is known before rendering; that content hash is kept in the register's
params, the PDF's SHA-256 in `documents.sha256`. "Cek keaslian" accepts either the code (the
register says which document it is and what it contains, to compare with the paper) or a PDF
file (identical bytes to an issued document, by SHA-256).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from jamsos_desktop.documents.anggaran import AnggaranData, BudgetRow, RecapRow, render_anggaran
from jamsos_desktop.documents.common import Letter, RenderContext
from jamsos_desktop.documents.perubahan import (
    CHANGE_KINDS,
    ChangeRow,
    PerubahanData,
    render_perubahan,
)
from jamsos_desktop.documents.surat import SuratData, render_surat
from jamsos_desktop.documents.usulan import ProposalRow, UsulanData, render_usulan
from jamsos_desktop.documents.writer import (
    PAPERS,
    FooterInfo,
    Letterhead,
    PageSetup,
    SignatureBlock,
)
from jamsos_desktop.domain.contributions import contribution, jp_pension_reached
from jamsos_desktop.domain.dates import MONTHS, format_tanggal, format_tanggal_pendek
from jamsos_desktop.domain.enums import (
    PROGRAM_LABELS,
    PROGRAM_ORDER,
    EnrollmentStatus,
    PemdaLevel,
    Program,
)
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.errors import DomainError, UserError
from jamsos_desktop.services import signatories as signatory_service
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import documents as dq
from jamsos_desktop.store import units as uq
from jamsos_desktop.store.workers import WorkerFilter

__all__ = [
    "DOC_TYPES",
    "DocumentRequest",
    "DocumentSettings",
    "IssuedDocument",
    "Rendered",
    "Verification",
    "format_document_number",
    "get_pdf",
    "issue",
    "list_register",
    "load_settings",
    "normalize_code",
    "preview",
    "record_output",
    "reprint",
    "save_settings",
    "validate_pattern",
    "verify",
    "verify_code_for",
]

DOC_TYPES: dict[str, str] = {
    "usulan": "Surat Pengantar Usulan Kepesertaan",
    "anggaran": "Usulan Anggaran Iuran",
    "perubahan": "Daftar Perubahan Kepesertaan",
    "surat": "Surat Dinas",
}
SETTINGS_KEY = "dokumen"
DEFAULT_PATTERN = "{klasifikasi}/{urut}/{unit}/{tahun}"
DEFAULT_CLASSIFICATIONS = {"usulan": "560", "anggaran": "900", "perubahan": "560",
                           "surat": "000"}
PLACEHOLDERS = ("klasifikasi", "urut", "unit", "tahun", "bulan", "bulan_romawi")
INPRES = ("Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program "
          "Jaminan Sosial Ketenagakerjaan")
# DOMAIN.md §1 (H): the yearly Permendagri on APBD preparation, by budget year.
PERMENDAGRI_APBD = {2022: (27, 2021), 2023: (84, 2022), 2025: (15, 2024), 2026: (14, 2025)}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U to misread
_CODE_RE = re.compile(r"^[0-9A-Z]{10}$")
_KEYWORD_RE = re.compile(rb"jamsos-verifikasi:([0-9A-Z]{5}-[0-9A-Z]{5})")

Progress = Callable[..., None]


# --- settings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentSettings:
    paper: str = "f4"
    margin_top: float = 25.0
    margin_right: float = 25.0
    margin_bottom: float = 25.0
    margin_left: float = 30.0
    font_size: float = 12.0
    table_font_size: float = 9.0
    number_pattern: str = DEFAULT_PATTERN
    unit_code: str = ""  # "{unit}" in the number; empty: initials of the office name
    classifications: Mapping[str, str] = field(
        default_factory=lambda: dict(DEFAULT_CLASSIFICATIONS))
    bpjs_addressee: str = "Kepala Kantor Cabang BPJS Ketenagakerjaan"
    bpjs_place: str = ""  # the line under "di": empty → "Tempat"
    tembusan: tuple[str, ...] = ()  # empty → the head of region and the Sekretaris Daerah

    def page_setup(self, paper: str | None = None) -> PageSetup:
        return PageSetup(paper=(paper or self.paper).lower(), margin_top=self.margin_top,
                         margin_right=self.margin_right, margin_bottom=self.margin_bottom,
                         margin_left=self.margin_left, font_size=self.font_size,
                         table_font_size=self.table_font_size)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["classifications"] = dict(self.classifications)
        d["tembusan"] = list(self.tembusan)
        return d


def load_settings(store: Store) -> DocumentSettings:
    raw = store.get_setting(SETTINGS_KEY, {}) or {}
    defaults = DocumentSettings()
    known = {k: v for k, v in raw.items() if k in defaults.to_dict()} \
        if isinstance(raw, dict) else {}
    if "classifications" in known:
        known["classifications"] = {**DEFAULT_CLASSIFICATIONS, **dict(known["classifications"])}
    if "tembusan" in known:
        known["tembusan"] = tuple(known["tembusan"])
    try:
        return replace(defaults, **known)
    except TypeError:
        return defaults


def save_settings(store: Store, **changes: Any) -> DocumentSettings:
    store.require_admin()  # settings are an administrator's action
    current = load_settings(store)
    unknown = set(changes) - set(current.to_dict())
    if unknown:
        raise UserError(f"Pengaturan dokumen tidak dikenal: {', '.join(sorted(unknown))}.",
                        code="documents.setting")
    if "tembusan" in changes:
        changes["tembusan"] = tuple(t.strip() for t in changes["tembusan"] if t.strip())
    updated = replace(current, **changes)
    validate_pattern(updated.number_pattern)
    updated.page_setup()  # raises on impossible paper, margins or sizes
    with store.tx():
        store.set_setting(SETTINGS_KEY, updated.to_dict())
        store.audit("settings", "documents", None, old=current.to_dict(),
                    new=updated.to_dict())
    return updated


# --- numbering -----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::(\d))?\}")


def validate_pattern(pattern: str) -> None:
    """A numbering pattern must contain {urut} (the yearly sequence) and {tahun} (else the
    numbers of two years would collide), and nothing unknown."""
    if not pattern or not pattern.strip():
        raise UserError("Pola nomor surat belum diisi.", code="documents.pattern")
    names = [m.group(1) for m in _PLACEHOLDER.finditer(pattern)]
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        raise UserError(f"Pola nomor surat memuat bagian tidak dikenal: "
                        f"{', '.join('{' + n + '}' for n in unknown)}. Yang tersedia: "
                        f"{', '.join('{' + p + '}' for p in PLACEHOLDERS)}.",
                        code="documents.pattern")
    if "urut" not in names or "tahun" not in names:
        raise UserError("Pola nomor surat wajib memuat {urut} dan {tahun}, karena nomor urut "
                        "dimulai lagi dari 1 setiap tahun.", code="documents.pattern")
    if "{" in _PLACEHOLDER.sub("", pattern) or "}" in _PLACEHOLDER.sub("", pattern):
        raise UserError("Pola nomor surat memuat kurung kurawal yang tidak berpasangan.",
                        code="documents.pattern")


def format_document_number(pattern: str, *, seq: int | None, klasifikasi: str, unit: str,
                           doc_date: date) -> str:
    """`{klasifikasi}/{urut}/{unit}/{tahun}` → "560/12/BPKAD/2026". `{urut:3}` pads to
    three digits; `{bulan_romawi}` gives "VI". `seq=None` (a draft) prints "…"."""
    validate_pattern(pattern)
    values = {"klasifikasi": klasifikasi, "unit": unit, "tahun": str(doc_date.year),
              "bulan": f"{doc_date.month:02d}", "bulan_romawi": _ROMAN[doc_date.month - 1]}

    def sub(m: re.Match[str]) -> str:
        name, width = m.group(1), m.group(2)
        if name == "urut":
            if seq is None:
                return "\u2026"
            return str(seq).zfill(int(width)) if width else str(seq)
        return values[name]

    return _PLACEHOLDER.sub(sub, pattern)


def office_initials(office_name: str | None) -> str:
    """"Badan Pengelolaan Keuangan dan Aset Daerah" → "BPKAD" (the usual unit code)."""
    if not office_name:
        return "UMUM"
    words = [w for w in re.split(r"[\s\-]+", office_name) if w and w.lower() not in
             {"dan", "serta", "atau", "di", "ke", "dari", "untuk", "pada"}]
    return "".join(w[0].upper() for w in words if w[0].isalpha()) or "UMUM"


# --- requests and results ------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRequest:
    """What the clerk chose. Unset fields take the office's settings and sensible defaults."""

    doc_type: str
    year: int | None = None
    from_month: int | None = None
    to_month: int | None = None
    unit_code: str | None = None
    paper: str | None = None
    signatory_id: int | None = None
    sign_form: str | None = None  # None: the signatory's default
    on_behalf_of: str | None = None
    doc_date: date | None = None
    addressee: str | None = None
    addressee_place: str | None = None
    subject: str | None = None
    sifat: str = "Biasa"
    lampiran: str | None = None
    body: str | None = None
    tembusan: tuple[str, ...] | None = None
    klasifikasi: str | None = None
    statuses: tuple[str, ...] | None = None  # usulan: which workers (default belum+diusulkan)
    mark_proposed: bool = False  # usulan: mark listed 'belum' workers 'diusulkan'

    def __post_init__(self) -> None:
        if self.doc_type not in DOC_TYPES:
            raise UserError(f"Jenis dokumen '{self.doc_type}' tidak dikenal. Pilihan: "
                            f"{', '.join(DOC_TYPES)}.", code="documents.type")
        for label, month in (("awal", self.from_month), ("akhir", self.to_month)):
            if month is not None and not 1 <= month <= 12:
                raise UserError(f"Bulan {label} harus 1–12, bukan {month}.",
                                code="documents.month")
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise UserError(f"Tahun {self.year} tidak masuk akal (2000–2100).",
                            code="documents.year")
        if self.paper is not None and self.paper.lower() not in PAPERS:
            raise UserError(f"Ukuran kertas '{self.paper}' tidak dikenal; pilih f4 atau a4.",
                            code="documents.paper")


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    doc_type: str
    number: str | None
    worker_count: int | None
    total_amount: int | None
    subject: str


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    doc_type: str
    number: str
    seq: int
    year: int
    doc_date: date
    pages: int
    sha256: str
    verify_code: str
    content_sha256: str
    worker_count: int | None
    total_amount: int | None
    pdf: bytes = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc_type": self.doc_type, "number": self.number,
                "seq": self.seq, "year": self.year, "doc_date": self.doc_date.isoformat(),
                "pages": self.pages, "sha256": self.sha256, "verify_code": self.verify_code,
                "content_sha256": self.content_sha256, "worker_count": self.worker_count,
                "total_amount": self.total_amount}


@dataclass
class _Prepared:
    """Data read and options resolved, before a number exists."""

    doc_type: str
    doc_date: date
    year: int
    klasifikasi: str
    subject: str
    addressee: str | None
    signatory_id: int | None
    params: dict[str, Any]
    data: Any
    render: Callable[[Any, RenderContext, Callable[[int, int], None] | None],
                     tuple[bytes, int]]
    worker_count: int | None
    total_amount: int | None
    setup: PageSetup
    kop: Letterhead
    place: str
    pemda_title: str
    author: str
    signature: SignatureBlock
    mark_ids: list[int] = field(default_factory=list)


# --- gathering the data --------------------------------------------------------------------


def _pemda(store: Store) -> dict[str, Any]:
    pemda = uq.get_pemda(store.conn)
    if not pemda:
        raise UserError("Profil pemda belum diisi (nama daerah, kantor, alamat). Isi profil "
                        "pemda lebih dahulu; kop surat diambil dari sana.",
                        code="documents.pemda")
    return pemda


def _letterhead(pemda: Mapping[str, Any]) -> Letterhead:
    level = PemdaLevel(pemda["level"])
    heading = f"{level.heading} {str(pemda['name']).upper()}"
    lines: list[str] = []
    if pemda.get("address"):
        lines.append(str(pemda["address"]))
    # Telephone and fax on one line, e-mail and website on the next: one long contact line
    # would wrap in the middle of an address.
    for pair in ((("phone", "Telepon"), ("fax", "Faksimile")),
                 (("email", "Pos-el"), ("website", "Laman"))):
        contacts = [f"{label} {pemda[key]}" for key, label in pair if pemda.get(key)]
        if contacts:
            lines.append(", ".join(contacts))
    city = " ".join(str(pemda[k]) for k in ("city", "postal_code") if pemda.get(k))
    if city:
        lines.append(city.upper() if pemda.get("city") else f"Kode Pos {city}")
    return Letterhead(heading, pemda.get("office_name"), tuple(lines), pemda.get("logo"))


def _pemda_title(pemda: Mapping[str, Any]) -> str:
    return f"Pemerintah {PemdaLevel(pemda['level']).value.capitalize()} {pemda['name']}"


def _signature(store: Store, req: DocumentRequest, pemda: Mapping[str, Any]
               ) -> tuple[SignatureBlock, int]:
    if req.signatory_id is not None:
        row = signatory_service.get_signatory(store, req.signatory_id)
    else:
        row = signatory_service.default_signatory(store)
        if row is None:
            raise UserError("Belum ada penandatangan. Tambahkan penandatangan (jabatan, nama, "
                            "pangkat, NIP) lebih dahulu.", code="documents.signatory")
    form = (row.get("form") or "") if req.sign_form is None else req.sign_form
    if form not in signatory_service.SIGN_FORMS:
        raise UserError(f"Bentuk penandatanganan '{form}' tidak dikenal; pilih a.n., Plt., "
                        "Plh. atau kosong.", code="documents.sign_form")
    on_behalf = req.on_behalf_of or row.get("on_behalf_of") \
        or signatory_service.head_of_region(pemda)
    block = SignatureBlock(jabatan=row["jabatan"], name=row["name"],
                           pangkat=signatory_service.pangkat_text(row),
                           nip=signatory_service.format_nip(row.get("nip")), form=form,
                           on_behalf_of=on_behalf if form == "a.n." else None)
    return block, int(row["id"])


def _unit_ids(store: Store, unit_code: str | None) -> tuple[frozenset[int] | None, str | None]:
    if not unit_code:
        return None, None
    unit = uq.unit_by_code(store.conn, unit_code)
    if unit is None:
        raise UserError(f"Unit kerja dengan kode '{unit_code}' tidak ada.",
                        code="documents.unit")
    return frozenset(uq.subtree_ids(store.conn, [int(unit["id"])])), str(unit["name"])


def _programs_text(codes: str | None) -> str:
    have = {c for c in (codes or "").split(",") if c}
    return ", ".join(p.value.upper() for p in PROGRAM_ORDER if p.value in have) or "-"


def _birth_text(place: str | None, iso: str | None) -> str:
    parts = []
    if place:
        parts.append(place)
    if iso:
        try:
            parts.append(format_tanggal_pendek(date.fromisoformat(iso)))
        except ValueError:
            parts.append(iso)
    return ", ".join(parts) or "-"


def _period_label(year: int, first: int, last: int) -> str:
    if first == last:
        return f"{MONTHS[first - 1]} {year}"
    return f"{MONTHS[first - 1]} \u2013 {MONTHS[last - 1]} {year}"


def _prepare_usulan(store: Store, req: DocumentRequest, settings: DocumentSettings,
                    pemda: Mapping[str, Any], doc_date: date,
                    progress: Progress | None) -> dict[str, Any]:
    from jamsos_desktop.services.budget import active_rate_table

    year = req.year or doc_date.year
    month = req.from_month or doc_date.month
    statuses = tuple(req.statuses or (EnrollmentStatus.BELUM.value,
                                      EnrollmentStatus.DIUSULKAN.value))
    for s in statuses:
        if s not in {e.value for e in EnrollmentStatus}:
            raise UserError(f"Status kepesertaan '{s}' tidak dikenal.", code="documents.status")
    unit_ids, unit_name = _unit_ids(store, req.unit_code)
    f = WorkerFilter(unit_ids=unit_ids, statuses=frozenset(statuses))
    total = dq.proposal_count(store.conn, f)
    if total == 0:
        raise UserError("Tidak ada pekerja yang dapat diusulkan dengan pilihan ini (status "
                        f"{', '.join(statuses)}"
                        + (f", unit {unit_name}" if unit_name else "") + ").",
                        code="documents.empty")
    table = active_rate_table(store)
    cache: dict[tuple[Any, ...], tuple[int, int]] = {}
    rows: list[ProposalRow] = []
    counts: Counter[str] = Counter()
    employer = worker = 0
    failed: list[str] = []
    mark_ids: list[int] = []
    for r in dq.proposal_rows(store.conn, f):
        (wid, nik, name, birth_place, birth_date, sex, mother, job, wage, ptype, _unit_id,
         unit_code, unit_name_row, risk, programs, status) = r
        codes = tuple(p for p in (programs or "").split(",") if p)
        for c in codes:
            counts[c] += 1
        amount: int | None = None
        if codes:
            birth: date | None = None
            reached: bool | None = None
            if "jp" in codes and ptype == "PU" and birth_date:
                try:
                    birth = date.fromisoformat(birth_date)
                    reached = jp_pension_reached(birth, year, month, table)
                except (ValueError, DomainError):
                    birth = None
            # The amount depends on the birth date only through the pension-age flag.
            key = (ptype, risk, wage or 0, codes, reached)
            cached = cache.get(key)
            if cached is None:
                try:
                    result = contribution(
                        wage=int(wage or 0), participant_type=ptype, risk_class=risk,
                        programs=codes, year=year, month=month, birth_date=birth, table=table)
                    cached = (result.employer, result.worker)
                except DomainError as exc:
                    cached = (-1, -1)
                    failed.append(f"{name} ({nik}): {exc.message}")
                cache[key] = cached
            elif cached[0] < 0:
                failed.append(f"{name} ({nik})")
            if cached[0] >= 0:
                employer += cached[0]
                worker += cached[1]
                amount = cached[0] + cached[1]
        if status == EnrollmentStatus.BELUM.value:
            mark_ids.append(int(wid))
        rows.append(ProposalRow(
            unit_key=f"{unit_code} {unit_name_row}", nik=nik, name=name,
            birth=_birth_text(birth_place, birth_date), sex=sex or "-", mother=mother or "",
            job=job or "", unit=unit_name_row, wage=wage, programs=_programs_text(programs),
            monthly=amount))
        if progress is not None and len(rows) % 1000 == 0:
            progress(len(rows), total * 2, "Membaca data pekerja…")
    notes = []
    if failed:
        notes.append(f"Iuran {len(failed)} pekerja tidak dapat dihitung (data tidak lengkap "
                     f"atau program tidak sesuai), misalnya {failed[0]}")
    program_counts = [(PROGRAM_LABELS[p], counts[p.value]) for p in PROGRAM_ORDER
                      if counts[p.value]]
    klasifikasi = req.klasifikasi or settings.classifications.get("usulan", "560")
    place = req.addressee_place or settings.bpjs_place or "Tempat"
    addressee = req.addressee or settings.bpjs_addressee
    hal = req.subject or "Usulan Kepesertaan Jaminan Sosial Ketenagakerjaan Pekerja Non-ASN"
    letter = Letter(sifat=req.sifat or "Biasa", lampiran=req.lampiran or "1 (satu) berkas",
                    hal=hal, addressee=addressee, addressee_place=place,
                    tembusan=_tembusan(req, settings, pemda))
    data = UsulanData(letter=letter, period_label=f"{MONTHS[month - 1]} {year}",
                      worker_count=len(rows), program_counts=program_counts,
                      employer=employer, worker=worker, rows=rows, legal_basis=INPRES,
                      notes=notes)
    return {"data": data, "render": render_usulan, "worker_count": len(rows),
            "total_amount": employer + worker, "klasifikasi": klasifikasi, "subject": hal,
            "addressee": addressee, "year_params": {"year": year, "month": month,
                                                    "statuses": list(statuses),
                                                    "unit_code": req.unit_code},
            "mark_ids": mark_ids if req.mark_proposed else []}


def _tembusan(req: DocumentRequest, settings: DocumentSettings,
              pemda: Mapping[str, Any]) -> tuple[str, ...]:
    if req.tembusan is not None:
        return tuple(t.strip() for t in req.tembusan if t.strip())
    if settings.tembusan:
        return settings.tembusan
    head = signatory_service.head_of_region(pemda)
    region = f"{PemdaLevel(pemda['level']).value.capitalize()} {pemda['name']}"
    return tuple(t for t in (f"{head} (sebagai laporan)" if head else "",
                             f"Sekretaris Daerah {region}") if t)


def _prepare_anggaran(store: Store, req: DocumentRequest, settings: DocumentSettings,
                      pemda: Mapping[str, Any], doc_date: date,
                      progress: Progress | None) -> dict[str, Any]:
    from jamsos_desktop.services.budget import (
        ACTIVE_STATUSES,
        active_rate_table,
        budget_for_database,
    )

    year = req.year or doc_date.year + (1 if doc_date.month >= 7 else 0)
    first = req.from_month or 1
    last = req.to_month or 12
    if first > last:
        raise UserError("Bulan awal tidak boleh sesudah bulan akhir.", code="documents.month")
    unit_ids, unit_name = _unit_ids(store, req.unit_code)
    f = WorkerFilter(unit_ids=unit_ids, statuses=ACTIVE_STATUSES)
    if progress is not None:
        progress(0, 0, "Menghitung anggaran…")
    table = active_rate_table(store)
    budget = budget_for_database(store, year=year, from_month=first, to_month=last,
                                 worker_filter=f, table=table)
    if not budget.lines:
        raise UserError("Tidak ada pekerja aktif dengan program kepesertaan untuk dianggarkan"
                        + (f" di unit {unit_name}" if unit_name else "") + ".",
                        code="documents.empty")
    names = dq.unit_names(store.conn)
    rows = []
    for upt in budget.per_unit_program():
        code, name = names.get(upt.unit_id, (str(upt.unit_id), "?"))
        heads = max(m.headcount for m in upt.monthly)
        uniform = upt.uniform_monthly
        if uniform is not None:
            monthly = format_rupiah(uniform.total)
        else:
            amounts = [m.total for m in upt.monthly if m.headcount]
            monthly = f"{format_rupiah(min(amounts))} \u2013 {format_rupiah(max(amounts))}"
        account = upt.account_code
        rows.append(BudgetRow(
            unit_key=f"{code} {name}", account_code=account.code if account else "-",
            description=account.name if account else PROGRAM_LABELS[upt.program],
            headcount=heads, months=upt.months, monthly=monthly, total=upt.total,
            employer=upt.employer, worker=upt.worker))
    recap = [RecapRow(p.account_code.code if p.account_code else "-",
                      p.account_code.name if p.account_code else PROGRAM_LABELS[p.program],
                      p.worker_months, p.employer, p.worker) for p in budget.per_program()]
    from jamsos_desktop.services.budget import worker_groups

    worker_count = sum(g.count for g in worker_groups(store, f))
    perubahan = first > 1
    legal = [INPRES]
    if year in PERMENDAGRI_APBD:
        num, yr = PERMENDAGRI_APBD[year]
        legal.append(f"Peraturan Menteri Dalam Negeri Nomor {num} Tahun {yr} tentang Pedoman "
                     f"Penyusunan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}")
    assumptions = [
        f"Periode {_period_label(year, first, last)} ({len(budget.months)} bulan)"
        + ("; Perubahan APBD untuk sisa bulan tahun anggaran" if perubahan else ""),
        f"Pekerja yang dihitung: pekerja aktif berstatus belum didaftarkan, diusulkan dan "
        f"terdaftar per {format_tanggal(doc_date)}, sebanyak {worker_count} orang"
        + (f" pada unit {unit_name} beserta sub-unitnya" if unit_name else ""),
        "Iuran dihitung per pekerja per program per bulan, dibulatkan ke rupiah terdekat "
        "(setengah ke atas), lalu dijumlahkan; tarif atau batas upah yang berubah di tengah "
        "tahun berlaku mulai bulannya",
        "Kelas risiko JKK mengikuti pengaturan masing-masing unit kerja",
    ]
    assumptions += [f"Tarif {e.describe()}" for e in budget.assumptions]
    caps = [(m.month, m.jp_cap) for m in budget.per_month() if m.jp_cap]
    if caps:
        runs: list[tuple[int, int, int]] = []
        for month, cap in caps:
            if runs and runs[-1][2] == cap and runs[-1][1] == month - 1:
                runs[-1] = (runs[-1][0], month, cap)
            else:
                runs.append((month, month, cap))
        assumptions.append("Batas atas upah JP: " + "; ".join(
            f"{format_rupiah(cap)} ({_period_label(year, a, b)})" for a, b, cap in runs))
    assumptions += list(budget.pension_ages)
    assumptions.append(f"Tabel tarif: {budget.table_name} versi {budget.table_version}")
    warnings = [w.message for w in budget.warnings]
    data = AnggaranData(year=year, perubahan=perubahan,
                        period_label=_period_label(year, first, last),
                        month_count=len(budget.months), worker_count=worker_count, rows=rows,
                        recap=recap, employer=budget.employer, worker=budget.worker,
                        assumptions=assumptions, legal_basis=legal, warnings=warnings)
    kind = "Perubahan APBD" if perubahan else "APBD"
    subject = req.subject or f"Usulan Anggaran Iuran Jaminan Sosial Ketenagakerjaan {kind} " \
                             f"Tahun {year}"
    return {"data": data, "render": render_anggaran, "worker_count": worker_count,
            "total_amount": budget.employer, "subject": subject,
            "klasifikasi": req.klasifikasi or settings.classifications.get("anggaran", "900"),
            "addressee": req.addressee,
            "year_params": {"year": year, "from_month": first, "to_month": last,
                            "unit_code": req.unit_code, "rate_table": budget.table_version,
                            "total": budget.total, "employer": budget.employer,
                            "worker": budget.worker}}


_CHANGE_FIELDS = {"name": "Nama", "nik": "NIK", "birth_date": "Tanggal lahir",
                  "birth_place": "Tempat lahir", "sex": "Jenis kelamin",
                  "mother_name": "Nama ibu kandung", "wage": "Upah", "unit_id": "Unit kerja",
                  "job_title": "Jabatan", "programs": "Program"}


def _change_value(key: str, value: Any, units: Mapping[int, tuple[str, str]]) -> str:
    if value in (None, ""):
        return "-"
    if key == "wage":
        try:
            return format_rupiah(int(value))
        except (TypeError, ValueError):
            return str(value)
    if key == "unit_id":
        return units.get(int(value), ("", str(value)))[1]
    if key == "birth_date":
        try:
            return format_tanggal_pendek(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key == "programs":
        return _programs_text(str(value))
    return str(value)


def _prepare_perubahan(store: Store, req: DocumentRequest, settings: DocumentSettings,
                       pemda: Mapping[str, Any], doc_date: date,
                       progress: Progress | None) -> dict[str, Any]:
    year = req.year or doc_date.year
    first = req.from_month or 1
    last = req.to_month or (req.from_month if req.from_month else 12)
    if first > last:
        raise UserError("Bulan awal tidak boleh sesudah bulan akhir.", code="documents.month")
    start = date(year, first, 1)
    end = date(year, last, calendar.monthrange(year, last)[1])
    unit_ids, _unit_name = _unit_ids(store, req.unit_code)
    s, e = start.isoformat(), end.isoformat()
    seen: set[tuple[int, str, str]] = set()
    items: list[tuple[str, str, str, ChangeRow]] = []
    order = {k: i for i, k in enumerate(CHANGE_KINDS)}

    def add(kind: str, r: Mapping[str, Any], note: str) -> None:
        day = str(r["day"])[:10]
        key = (int(r["worker_id"]), kind, day)
        if key in seen:
            return
        seen.add(key)
        try:
            shown = format_tanggal_pendek(date.fromisoformat(day))
        except ValueError:
            shown = day
        items.append((str(order[kind]), day, str(r["name"]), ChangeRow(
            kind=kind, nik=str(r["nik"]), name=str(r["name"]), kpj=r.get("kpj") or "",
            unit=str(r["unit_name"]), date=shown, note=note)))

    for r in dq.status_events(store.conn, s, e, unit_ids):
        if r["to_status"] == "terdaftar":
            kind = "aktif" if r["from_status"] == "nonaktif" else "baru"
            note = "Didaftarkan" if kind == "baru" else "Diaktifkan kembali"
            if r.get("wage"):
                note += f"; upah {format_rupiah(int(r['wage']))}"
            add(kind, r, note)
        else:
            add("berhenti", r, r.get("note") or r.get("end_reason") or "Berhenti")
    for r in dq.dated_workers(store.conn, "registered_at", s, e, ("terdaftar", "nonaktif"),
                              unit_ids):
        if any(k[0] == r["worker_id"] and k[1] in ("baru", "aktif") for k in seen):
            continue
        note = "Didaftarkan" + (f"; upah {format_rupiah(int(r['wage']))}" if r.get("wage")
                                else "")
        add("baru", r, note)
    for r in dq.dated_workers(store.conn, "ended_at", s, e, ("nonaktif",), unit_ids):
        if any(k[0] == r["worker_id"] and k[1] == "berhenti" for k in seen):
            continue
        add("berhenti", r, r.get("end_reason") or "Berhenti")
    units = dq.unit_names(store.conn)
    for r in dq.worker_updates(store.conn, s, e, unit_ids):
        old, new = r["old"] or {}, r["new"] or {}
        changes = [f"{label}: {_change_value(k, old.get(k), units)} \u2192 "
                   f"{_change_value(k, new.get(k), units)}"
                   for k, label in _CHANGE_FIELDS.items() if k in old or k in new]
        if changes:
            add("ubah", r, "; ".join(changes))
    items.sort(key=lambda t: (t[0], t[1], t[2].lower()))
    rows = [t[3] for t in items]
    period = f"{format_tanggal(start)} s.d. {format_tanggal(end)}"
    hal = req.subject or "Perubahan Kepesertaan Jaminan Sosial Ketenagakerjaan Pekerja Non-ASN"
    addressee = req.addressee or settings.bpjs_addressee
    letter = Letter(sifat=req.sifat or "Biasa", lampiran=req.lampiran or "-", hal=hal,
                    addressee=addressee,
                    addressee_place=req.addressee_place or settings.bpjs_place or "Tempat",
                    tembusan=_tembusan(req, settings, pemda))
    data = PerubahanData(letter=letter, period_label=period, rows=rows)
    return {"data": data, "render": render_perubahan, "worker_count": len(rows),
            "total_amount": None, "subject": hal, "addressee": addressee,
            "klasifikasi": req.klasifikasi or settings.classifications.get("perubahan", "560"),
            "year_params": {"year": year, "from_month": first, "to_month": last,
                            "start": s, "end": e, "unit_code": req.unit_code,
                            "counts": data.counts()}}


def _prepare_surat(store: Store, req: DocumentRequest, settings: DocumentSettings,
                   pemda: Mapping[str, Any], doc_date: date,
                   progress: Progress | None) -> dict[str, Any]:
    body = (req.body or "").strip()
    if not body:
        raise UserError("Isi surat belum ditulis.", code="documents.body")
    if not (req.subject or "").strip():
        raise UserError("Hal (perihal) surat belum diisi.", code="documents.subject")
    if not (req.addressee or "").strip():
        raise UserError("Tujuan surat (Kepada Yth.) belum diisi.", code="documents.addressee")
    if len(body) > 20_000:
        raise UserError("Isi surat terlalu panjang (lebih dari 20.000 karakter).",
                        code="documents.body")
    letter = Letter(sifat=req.sifat or "Biasa", lampiran=req.lampiran or "-",
                    hal=req.subject.strip(), addressee=req.addressee.strip(),
                    addressee_place=req.addressee_place or "Tempat",
                    tembusan=tuple(t.strip() for t in (req.tembusan or ()) if t.strip()))
    return {"data": SuratData(letter=letter, body=body), "render": render_surat,
            "worker_count": None, "total_amount": None, "subject": letter.hal,
            "addressee": letter.addressee,
            "klasifikasi": req.klasifikasi or settings.classifications.get("surat", "000"),
            "year_params": {}}


_PREPARERS = {"usulan": _prepare_usulan, "anggaran": _prepare_anggaran,
              "perubahan": _prepare_perubahan, "surat": _prepare_surat}


def _prepare(store: Store, req: DocumentRequest, progress: Progress | None) -> _Prepared:
    settings = load_settings(store)
    pemda = _pemda(store)
    doc_date = req.doc_date or date.today()
    signature, signatory_id = _signature(store, req, pemda)
    setup = settings.page_setup(req.paper)
    out = _PREPARERS[req.doc_type](store, req, settings, pemda, doc_date, progress)
    params = {"doc_type": req.doc_type, "paper": setup.paper, "sifat": req.sifat,
              "lampiran": req.lampiran, "tembusan": list(req.tembusan or ()),
              "body": req.body, "addressee_place": req.addressee_place,
              "sign_form": signature.form, "on_behalf_of": signature.on_behalf_of,
              "signature": asdict(signature), "setup": asdict(setup),
              **out["year_params"]}
    return _Prepared(
        doc_type=req.doc_type, doc_date=doc_date, year=doc_date.year,
        klasifikasi=str(out["klasifikasi"]), subject=out["subject"],
        addressee=out["addressee"], signatory_id=signatory_id, params=params,
        data=out["data"], render=out["render"], worker_count=out["worker_count"],
        total_amount=out["total_amount"], setup=setup, kop=_letterhead(pemda),
        place=str(pemda.get("city") or ""), pemda_title=_pemda_title(pemda),
        author=str(pemda.get("office_name") or _pemda_title(pemda)), signature=signature,
        mark_ids=out.get("mark_ids", []))


def _context(p: _Prepared, number: str, footer: FooterInfo) -> RenderContext:
    keywords = f"jamsos-verifikasi:{footer.verify_code}; nomor:{number}" \
        if footer.verify_code else "konsep"
    return RenderContext(setup=p.setup, kop=p.kop, footer=footer, number=number,
                         doc_date=p.doc_date, place=p.place, signature=p.signature,
                         pemda_title=p.pemda_title, author=p.author, keywords=keywords)


def _render_progress(progress: Progress | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def tick(done: int, total: int) -> None:
        progress(total + done if total else done, total * 2 if total else 0,
                 "Menyusun dokumen PDF…")

    return tick


# --- the verification code ------------------------------------------------------------------


def content_sha256(p: _Prepared, number: str) -> str:
    """SHA-256 of the canonical content: everything printed, before the PDF exists."""
    payload = json.dumps({"v": 1, "doc_type": p.doc_type, "number": number,
                          "doc_date": p.doc_date.isoformat(), "params": p.params,
                          "data": repr(p.data)}, sort_keys=True, ensure_ascii=False,
                         default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def verify_code_for(content_hash: str) -> str:
    """The first 50 bits of the content hash in Crockford base32: "XXXXX-XXXXX"."""
    value = int(content_hash[:13], 16) >> 2  # 52 bits → 50
    chars = []
    for _ in range(10):
        value, digit = divmod(value, 32)
        chars.append(_CODE_ALPHABET[digit])
    code = "".join(reversed(chars))
    return f"{code[:5]}-{code[5:]}"


def normalize_code(text: str) -> str | None:
    """What a person types from paper → "XXXXX-XXXXX", or None if it is not a code.
    Misreadings are forgiven as in Crockford base32 (O→0, I/L→1)."""
    cleaned = re.sub(r"[\s\-.]", "", text.strip().upper())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if not _CODE_RE.match(cleaned) or "U" in cleaned:
        return None
    return f"{cleaned[:5]}-{cleaned[5:]}"


# --- use cases -----------------------------------------------------------------------------


def preview(store: Store, req: DocumentRequest, progress: Progress | None = None) -> Rendered:
    """A draft ("KONSEP" across every page, no number): nothing is written."""
    p = _prepare(store, req, progress)
    settings = load_settings(store)
    number = format_document_number(settings.number_pattern, seq=None,
                                    klasifikasi=p.klasifikasi,
                                    unit=settings.unit_code or office_initials(p.author),
                                    doc_date=p.doc_date)
    pdf, pages = p.render(p.data, _context(p, number, FooterInfo(None, None, draft=True)),
                          _render_progress(progress))
    return Rendered(pdf, pages, p.doc_type, None, p.worker_count, p.total_amount, p.subject)


def issue(store: Store, req: DocumentRequest, progress: Progress | None = None
          ) -> IssuedDocument:
    """Number, render and register a document in one transaction (see the module note)."""
    p = _prepare(store, req, progress)
    settings = load_settings(store)
    unit = settings.unit_code or office_initials(p.author)
    with store.tx():
        seq = dq.next_seq(store.conn, p.year)
        number = format_document_number(settings.number_pattern, seq=seq,
                                        klasifikasi=p.klasifikasi, unit=unit,
                                        doc_date=p.doc_date)
        if dq.number_taken(store.conn, number):
            raise UserError(f"Nomor {number} sudah terpakai di register. Periksa pola nomor "
                            "surat (harus memuat {urut} dan {tahun}).",
                            code="documents.number")
        content = content_sha256(p, number)
        code = verify_code_for(content)
        pdf, pages = p.render(p.data, _context(p, number, FooterInfo(number, code)),
                              _render_progress(progress))
        sha = hashlib.sha256(pdf).hexdigest()
        params = {**p.params, "content_sha256": content, "unit": unit,
                  "klasifikasi": p.klasifikasi, "pattern": settings.number_pattern}
        doc_id = dq.insert_document(store.conn, {
            "doc_type": p.doc_type, "number": number, "seq": seq, "year": p.year,
            "doc_date": p.doc_date.isoformat(), "issued_at": now_iso(),
            "addressee": p.addressee, "subject": p.subject, "signatory_id": p.signatory_id,
            "params": params, "worker_count": p.worker_count, "total_amount": p.total_amount,
            "pages": pages, "sha256": sha, "verify_code": code, "pdf": pdf,
            "user": store.user})
        if p.mark_ids:
            from jamsos_desktop.services.workers import change_status

            change_status(store, p.mark_ids, EnrollmentStatus.DIUSULKAN.value,
                          effective_date=p.doc_date.isoformat(), reference=number,
                          strict=False)
        store.audit("issue", "document", doc_id, new={
            "doc_type": p.doc_type, "number": number, "pages": pages, "sha256": sha,
            "verify_code": code, "worker_count": p.worker_count,
            "total_amount": p.total_amount},
            detail=f"{DOC_TYPES[p.doc_type]} nomor {number} diterbitkan")
    return IssuedDocument(id=doc_id, doc_type=p.doc_type, number=number, seq=seq,
                          year=p.year, doc_date=p.doc_date, pages=pages, sha256=sha,
                          verify_code=code, content_sha256=content,
                          worker_count=p.worker_count, total_amount=p.total_amount, pdf=pdf)


def list_register(store: Store, *, year: int | None = None, doc_type: str | None = None,
                  search: str = "", limit: int = 500) -> list[dict[str, Any]]:
    return dq.list_documents(store.conn, year=year, doc_type=doc_type, search=search,
                             limit=limit)


def get_document(store: Store, doc_id: int) -> dict[str, Any]:
    row = dq.get_document(store.conn, doc_id)
    if row is None:
        raise UserError(f"Dokumen nomor register {doc_id} tidak ada.", code="documents.missing")
    return row


def find_document(store: Store, key: str) -> dict[str, Any]:
    """By register id ("12") or by letter number ("560/12/BPKAD/2026")."""
    row = dq.get_by_number(store.conn, key.strip())
    if row is None and key.strip().isdigit():
        row = dq.get_document(store.conn, int(key))
    if row is None:
        raise UserError(f"Dokumen '{key}' tidak ditemukan di register.",
                        code="documents.missing")
    return row


def get_pdf(store: Store, doc_id: int) -> bytes:
    pdf = dq.get_pdf(store.conn, doc_id)
    if pdf is None:
        raise UserError(f"Dokumen nomor register {doc_id} tidak ada.", code="documents.missing")
    return pdf


def record_output(store: Store, doc_id: int, action: str, detail: str | None = None) -> None:
    """Audit a print/save/reprint of an issued document ("cetak", "simpan", "cetak ulang")."""
    row = get_document(store, doc_id)
    with store.tx():
        store.audit("print", "document", doc_id, new={"action": action,
                                                      "number": row["number"]},
                    detail=detail or f"{action}: {row['number']}")


def reprint(store: Store, doc_id: int, *, action: str = "cetak ulang",
            out: Path | None = None) -> bytes:
    """The issued bytes, identical to the first print (the register keeps them)."""
    pdf = get_pdf(store, doc_id)
    if hashlib.sha256(pdf).hexdigest() != get_document(store, doc_id)["sha256"]:
        raise UserError("Berkas dokumen di basis data tidak cocok dengan sidik SHA-256 yang "
                        "tercatat; basis data mungkin rusak.", code="documents.corrupt")
    if out is not None:
        _write(out, pdf)
    record_output(store, doc_id, action, f"{action}: {out}" if out else None)
    return pdf


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(f"Berkas '{path}' tidak dapat ditulis: {exc.strerror or exc}.",
                        code="documents.write") from exc


@dataclass(frozen=True)
class Verification:
    status: str  # "asli" | "berbeda" | "terdaftar" | "tidak_terdaftar"
    message: str
    document: dict[str, Any] | None = None
    sha256: str | None = None
    code: str | None = None

    @property
    def authentic(self) -> bool:
        return self.status in ("asli", "terdaftar")

    def to_dict(self) -> dict[str, Any]:
        doc = None
        if self.document:
            doc = {k: self.document.get(k) for k in (
                "id", "doc_type", "number", "doc_date", "issued_at", "addressee", "subject",
                "worker_count", "total_amount", "pages", "sha256", "verify_code", "user")}
        return {"status": self.status, "authentic": self.authentic, "message": self.message,
                "document": doc, "sha256": self.sha256, "code": self.code}


def _describe(doc: Mapping[str, Any]) -> str:
    parts = [f"{DOC_TYPES.get(doc['doc_type'], doc['doc_type'])} nomor {doc['number']} "
             f"tanggal {format_tanggal(date.fromisoformat(doc['doc_date']))}"]
    if doc.get("subject"):
        parts.append(f"hal \u201c{doc['subject']}\u201d")
    if doc.get("worker_count") is not None:
        parts.append(f"{doc['worker_count']} pekerja")
    if doc.get("total_amount") is not None:
        parts.append(f"jumlah {format_rupiah(int(doc['total_amount']))}")
    parts.append(f"{doc['pages']} halaman")
    return ", ".join(parts)


def verify(store: Store, value: str | Path | bytes) -> Verification:
    """"Cek keaslian dokumen": a PDF (path or bytes) is checked by its SHA-256 against the
    register; a code (typed from the footer of a paper copy) is looked up."""
    if isinstance(value, bytes):
        result = _verify_bytes(store, value)
    else:
        path = Path(value)
        code = normalize_code(str(value)) if not str(value).lower().endswith(".pdf") else None
        if code is not None and not path.is_file():
            result = _verify_code(store, code)
        elif path.is_file():
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UserError(f"Berkas '{path}' tidak dapat dibaca: {exc.strerror or exc}.",
                                code="documents.read") from exc
            result = _verify_bytes(store, data)
        else:
            raise UserError(f"'{value}' bukan kode verifikasi (10 huruf/angka, misalnya "
                            "AB12C-DE34F) dan bukan berkas PDF yang ada.",
                            code="documents.verify_input")
    with store.tx():
        store.audit("verify", "document", result.document["id"] if result.document else None,
                    new={"status": result.status, "code": result.code,
                         "sha256": result.sha256})
    return result


def _verify_code(store: Store, code: str) -> Verification:
    doc = dq.find_by_code(store.conn, code)
    if doc is None:
        return Verification("tidak_terdaftar", f"Kode verifikasi {code} TIDAK TERDAFTAR di "
                            "register dokumen kantor ini. Dokumen tidak dapat dipastikan "
                            "keasliannya.", code=code)
    return Verification("terdaftar", f"Kode verifikasi {code} TERDAFTAR: {_describe(doc)}. "
                        "Cocokkan isi kertas dengan keterangan ini; untuk pemeriksaan "
                        "setepat-tepatnya periksa berkas PDF-nya.", doc, doc["sha256"], code)


def _verify_bytes(store: Store, data: bytes) -> Verification:
    sha = hashlib.sha256(data).hexdigest()
    doc = dq.find_by_sha256(store.conn, sha)
    if doc is not None:
        return Verification("asli", f"ASLI: berkas ini identik dengan {_describe(doc)} yang "
                            f"tercatat di register (SHA-256 {sha[:16]}…).", doc, sha,
                            doc["verify_code"])
    found = _KEYWORD_RE.search(data)
    if found is not None:
        code = found.group(1).decode("ascii")
        doc = dq.find_by_code(store.conn, code)
        if doc is not None:
            return Verification("berbeda", f"TIDAK ASLI: berkas ini memuat kode verifikasi "
                                f"{code} milik {_describe(doc)}, tetapi isinya BERBEDA dari "
                                "dokumen yang diterbitkan (sidik SHA-256 tidak cocok). "
                                "Berkas mungkin telah diubah.", doc, sha, code)
    return Verification("tidak_terdaftar", "Berkas ini TIDAK TERDAFTAR di register dokumen "
                        f"kantor ini (SHA-256 {sha[:16]}…).", None, sha, None)


def unit_choices(store: Store) -> list[tuple[str, str]]:
    """(code, name) of the active units, for the unit filter of the GUI."""
    return [(str(u["code"]), str(u["name"])) for u in uq.list_units(store.conn)]


def program_label(code: str) -> str:
    return PROGRAM_LABELS[Program(code)]


def doc_type_choices() -> Sequence[tuple[str, str]]:
    return list(DOC_TYPES.items())
