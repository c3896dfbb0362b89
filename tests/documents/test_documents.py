"""The four documents: required text, Indonesian formats, totals equal to the engine's, page
size and orientation, "Halaman x dari y", table headers repeated, determinism."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jamsos_desktop.domain.contributions import contribution
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.domain.terbilang import terbilang_rupiah
from jamsos_desktop.services import documents as ds
from jamsos_desktop.services.budget import ACTIVE_STATUSES, active_rate_table, budget_for_database
from jamsos_desktop.store import units as uq
from jamsos_desktop.store.workers import WorkerFilter
from tests.documents.conftest import DOC_DATE, page_sizes, page_texts, pdf_text

F4_PORTRAIT = (609.45, 935.43)
F4_LANDSCAPE = (935.43, 609.45)
A4_PORTRAIT = (595.28, 841.89)


def _issue(store, doc_type: str, **kw):  # type: ignore[no-untyped-def]
    return ds.issue(store, ds.DocumentRequest(doc_type, doc_date=DOC_DATE, **kw))


def test_usulan_letter_and_lampiran(docs_store) -> None:  # type: ignore[no-untyped-def]
    doc = _issue(docs_store, "usulan", year=2026, from_month=7)
    sizes = page_sizes(doc.pdf)
    assert sizes[0] == F4_PORTRAIT  # the letter
    assert all(s == F4_LANDSCAPE for s in sizes[1:])  # the Lampiran
    assert len(sizes) == doc.pages >= 3
    first = pdf_text(doc.pdf, 0)
    for required in ("PEMERINTAH KABUPATEN BANYUASIN",
                     "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                     "Pangkalan Balai, 7 Juni 2026", f"Nomor : {doc.number}", "Sifat : Biasa",
                     "Lampiran : 1 (satu) berkas", "Hal : Usulan Kepesertaan",
                     "Yth. Kepala Kantor Cabang BPJS", "Instruksi Presiden Nomor 2 Tahun 2021",
                     "Jaminan Kecelakaan Kerja (JKK)", "Jaminan Kematian (JKM)", "Tembusan:",
                     "Bupati Banyuasin", "NIP 19700315 199503 1 002",
                     "Drs. H. Ahmad Fauzi, M.Si.", "Pembina Utama Muda (IV/c)"):
        assert required in first, required
    assert f"Kode verifikasi {doc.verify_code}" in first
    assert doc.number == "560/1/BPKAD/2026"
    # The worker count in figures and words, the monthly total equal to the engine's.
    n = doc.worker_count
    rows = docs_store.conn.execute(
        "SELECT w.wage, w.participant_type, u.risk_class, w.birth_date, "
        "(SELECT group_concat(program) FROM worker_programs p WHERE p.worker_id = w.id) "
        "FROM workers w JOIN units u ON u.id = w.unit_id WHERE w.archived = 0 "
        "AND w.status IN ('belum', 'diusulkan')").fetchall()
    assert n == len(rows)
    table = active_rate_table(docs_store)
    expected = 0
    for wage, ptype, risk, birth, programs in rows:
        if programs:
            expected += contribution(
                wage=int(wage or 0), participant_type=ptype, risk_class=risk,
                programs=programs.split(","), year=2026, month=7, table=table,
                birth_date=date.fromisoformat(birth) if birth else None).total
    assert doc.total_amount == expected
    assert f"sebanyak {n} (" in first
    assert f"berjumlah {format_rupiah(expected)} ({terbilang_rupiah(expected)})" in first
    assert "periode Juli 2026" in first
    lampiran = page_texts(doc.pdf)
    assert "LAMPIRAN" in lampiran[1] and "DAFTAR TENAGA KERJA YANG DIUSULKAN" in lampiran[1]
    headers = ("No NIK Nama Tempat/Tgl Lahir L/P Nama Ibu Kandung Jabatan Unit Kerja Upah "
               "Program Iuran/Bulan")
    table_pages = [t for t in lampiran[1:] if re.search(r"\d{16}", t)]
    assert len(table_pages) >= 2
    for text in table_pages:  # the header repeats on every page the table reaches
        assert headers in text
    everything = " ".join(lampiran)
    assert f"JUMLAH SELURUHNYA ({n} orang) {format_rupiah(expected)}" in everything
    assert "(lanjutan)" in everything  # a unit continued on the next page says so
    assert re.search(r"Jumlah 1\.01 Sekretariat Daerah \(\d+ orang\) Rp[\d.]+", everything)
    assert re.search(r"\d{16} ", everything)  # NIKs in full
    assert re.search(r", \d{2}-\d{2}-\d{4}", everything)  # dd-mm-yyyy birth dates


def test_halaman_x_dari_y_on_every_page(docs_store) -> None:  # type: ignore[no-untyped-def]
    doc = _issue(docs_store, "usulan")
    texts = page_texts(doc.pdf)
    for i, text in enumerate(texts, start=1):
        assert f"Halaman {i} dari {len(texts)}" in text


def test_anggaran_totals_equal_the_engine(docs_store) -> None:  # type: ignore[no-untyped-def]
    doc = _issue(docs_store, "anggaran", year=2026)
    budget = budget_for_database(docs_store, year=2026,
                                 worker_filter=WorkerFilter(statuses=ACTIVE_STATUSES))
    assert doc.total_amount == budget.employer
    text = pdf_text(doc.pdf)
    assert all(s == F4_LANDSCAPE for s in page_sizes(doc.pdf))
    for required in ("USULAN ANGGARAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN",
                     "ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN 2026",
                     f"Nomor: {doc.number}", "5.1.02.02.02.0006", "5.1.02.02.02.0007",
                     "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN",
                     "Rekapitulasi per Kode Rekening", "Dasar Perhitungan dan Asumsi",
                     "PP 44/2015", "Batas atas upah JP", "Januari – Desember 2026 (12 bulan)",
                     "Peraturan Menteri Dalam Negeri Nomor 14 Tahun 2025",
                     "Drs. H. Ahmad Fauzi, M.Si."):
        assert required in text, required
    assert (f"Jumlah anggaran yang diusulkan (bagian pemberi kerja): "
            f"{format_rupiah(budget.employer)}") in text
    assert f"Terbilang: {terbilang_rupiah(budget.employer)}" in text
    assert (f"JUMLAH SELURUHNYA {format_rupiah(budget.total)} {format_rupiah(budget.employer)} "
            f"{format_rupiah(budget.worker)}") in text
    for program in budget.per_program():
        assert format_rupiah(program.employer) in text


def test_anggaran_perubahan_covers_the_remaining_months(docs_store  # type: ignore[no-untyped-def]
                                                        ) -> None:
    doc = _issue(docs_store, "anggaran", year=2026, from_month=10, paper="a4")
    text = pdf_text(doc.pdf)
    assert "PERUBAHAN ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN 2026" in text
    assert "Oktober – Desember 2026 (3 bulan)" in text
    assert page_sizes(doc.pdf)[0] == (A4_PORTRAIT[1], A4_PORTRAIT[0])
    budget = budget_for_database(docs_store, year=2026, from_month=10,
                                 worker_filter=WorkerFilter(statuses=ACTIVE_STATUSES))
    assert doc.total_amount == budget.employer


def test_perubahan_lists_new_and_ended_participants(docs_store  # type: ignore[no-untyped-def]
                                                    ) -> None:
    from jamsos_desktop.services.workers import change_status

    ids = [r[0] for r in docs_store.conn.execute(
        "SELECT id FROM workers WHERE status = 'terdaftar' ORDER BY id LIMIT 2")]
    change_status(docs_store, ids[:1], "nonaktif", effective_date="2026-03-10",
                  reason="Kontrak berakhir")
    doc = _issue(docs_store, "perubahan", year=2026, from_month=3)
    text = pdf_text(doc.pdf)
    name = docs_store.conn.execute("SELECT name FROM workers WHERE id = ?", (ids[0],)
                                   ).fetchone()[0]
    for required in ("DAFTAR PERUBAHAN KEPESERTAAN", "periode 1 Maret 2026 s.d. 31 Maret 2026",
                     "Peserta Berhenti (Nonaktif)", name, "Kontrak berakhir", "10-03-2026",
                     "Tembusan:"):
        assert required in text, required
    assert all(s == F4_LANDSCAPE for s in page_sizes(doc.pdf))
    registered = _issue(docs_store, "perubahan", year=2025, from_month=1, to_month=12)
    count = docs_store.conn.execute(
        "SELECT count(*) FROM workers WHERE registered_at BETWEEN '2025-01-01' AND "
        "'2025-12-31' AND status IN ('terdaftar', 'nonaktif')").fetchone()[0]
    assert f"Peserta Baru: {count} orang" in pdf_text(registered.pdf)


def test_surat_dinas_from_text_with_a_n_signature(docs_store) -> None:  # type: ignore[no-untyped-def]
    body = ("Bersama ini kami mengundang Saudara.\n\n1. hari: Senin\n2. tempat: Aula\n\n"
            "Demikian disampaikan.")
    doc = _issue(docs_store, "surat", subject="Undangan Rapat", addressee="Kepala Dinas",
                 body=body, sign_form="a.n.", tembusan=("Bupati Banyuasin",), paper="a4")
    text = pdf_text(doc.pdf)
    assert page_sizes(doc.pdf) == [A4_PORTRAIT]
    for required in ("Hal : Undangan Rapat", "Yth. Kepala Dinas",
                     "Bersama ini kami mengundang Saudara.", "1. hari: Senin",
                     "2. tempat: Aula", "a.n. Bupati Banyuasin",
                     "Kepala Badan Pengelolaan Keuangan dan Aset Daerah,",
                     "Tembusan: Yth. Bupati Banyuasin."):
        assert required in text, required
    plt = _issue(docs_store, "surat", subject="Hal", addressee="Kepala Dinas", body="Isi.",
                 sign_form="Plt.")
    assert "Plt. Kepala Badan Pengelolaan" in pdf_text(plt.pdf)


def test_surat_requires_its_fields(docs_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ds.UserError, match="Isi surat"):
        _issue(docs_store, "surat", subject="Hal", addressee="Kepala Dinas")
    assert docs_store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_drafts_are_deterministic_and_unnumbered(docs_store) -> None:  # type: ignore[no-untyped-def]
    req = ds.DocumentRequest("usulan", doc_date=DOC_DATE, unit_code="2.02")
    a, b = ds.preview(docs_store, req), ds.preview(docs_store, req)
    assert a.pdf == b.pdf
    text = pdf_text(a.pdf, 0)
    assert "KONSEP" in text and "Nomor : 560/…/BPKAD/2026" in text
    assert docs_store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_logo_is_drawn_and_fonts_are_embedded(docs_store) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image
    from pypdf import PdfReader

    buf = io.BytesIO()
    Image.new("RGB", (40, 50), (20, 120, 40)).save(buf, format="PNG")
    pemda = uq.get_pemda(docs_store.conn)
    with docs_store.tx():
        uq.save_pemda(docs_store.conn, {**pemda, "logo": buf.getvalue(),
                                        "logo_mime": "image/png"}, "2026-01-01T00:00:00")
    doc = _issue(docs_store, "surat", subject="Hal", addressee="Kepala Dinas", body="Isi.")
    page = PdfReader(io.BytesIO(doc.pdf)).pages[0]
    assert page.images, "the logo is on the first page"
    fonts = page["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
            if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()  # TrueType embedded
        assert "LiberationSans" in str(font["/BaseFont"])


def test_a_long_unit_name_and_150_character_name_render(docs_store  # type: ignore[no-untyped-def]
                                                        ) -> None:
    name = ("Raden Mas Muhammad Abdurrahman Wahid Kusumanegara Prawirodirdjo Hadiningrat "
            "Sastrowardoyo Mangkunegara Suryadiningrat Purbonegoro Tjokroaminoto Sutanx")[:150]
    with docs_store.tx():
        docs_store.conn.execute("UPDATE workers SET name = ? WHERE id = (SELECT min(id) FROM "
                                "workers WHERE status = 'belum')", (name,))
    doc = _issue(docs_store, "usulan")
    text = pdf_text(doc.pdf)
    assert "Raden Mas Muhammad" in text and "Tjokroaminoto" in text
