"""Numbering (yearly sequence, no gap or duplicate with two writers), the register, identical
reprints, verification by code and by file, the audit trail, signatories."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import date
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import documents as ds
from jamsos_desktop.services import signatories as ss
from jamsos_desktop.store import open_store
from tests.documents.conftest import pdf_text

BODY = {"subject": "Pemberitahuan", "addressee": "Kepala Dinas Sosial", "body": "Isi surat."}


def _surat(store, day: date, **kw):  # type: ignore[no-untyped-def]
    return ds.issue(store, ds.DocumentRequest("surat", doc_date=day, **{**BODY, **kw}))


def test_number_pattern_and_validation() -> None:
    d = date(2026, 6, 7)
    assert ds.format_document_number(ds.DEFAULT_PATTERN, seq=12, klasifikasi="560",
                                     unit="BPKAD", doc_date=d) == "560/12/BPKAD/2026"
    assert ds.format_document_number("{klasifikasi}/{urut:3}/{unit}/{bulan_romawi}/{tahun}",
                                     seq=7, klasifikasi="900.1", unit="BPKAD",
                                     doc_date=d) == "900.1/007/BPKAD/VI/2026"
    assert ds.format_document_number(ds.DEFAULT_PATTERN, seq=None, klasifikasi="560",
                                     unit="X", doc_date=d) == "560/…/X/2026"
    for bad in ("{klasifikasi}/{unit}/{tahun}", "{urut}/{unit}", "{urut}/{tahun}/{nama}",
                "{urut}/{tahun}}", ""):
        with pytest.raises(UserError):
            ds.validate_pattern(bad)
    assert ds.office_initials("Badan Pengelolaan Keuangan dan Aset Daerah") == "BPKAD"


def test_sequence_restarts_each_year_without_gaps(docs_store) -> None:  # type: ignore[no-untyped-def]
    numbers = [_surat(docs_store, date(2025, 12, 30)).number,
               _surat(docs_store, date(2025, 12, 31)).number,
               _surat(docs_store, date(2026, 1, 1)).number,
               _surat(docs_store, date(2026, 1, 2)).number,
               _surat(docs_store, date(2025, 12, 31)).number]  # a late 2025 letter
    assert numbers == ["000/1/BPKAD/2025", "000/2/BPKAD/2025", "000/1/BPKAD/2026",
                       "000/2/BPKAD/2026", "000/3/BPKAD/2025"]
    rows = docs_store.conn.execute("SELECT year, seq FROM documents ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(2025, 1), (2025, 2), (2026, 1), (2026, 2), (2025, 3)]


def test_custom_pattern_from_settings(docs_store) -> None:  # type: ignore[no-untyped-def]
    ds.save_settings(docs_store, number_pattern="{klasifikasi}/{urut:3}/{unit}/{tahun}",
                     unit_code="BPKAD-SJ", classifications={"surat": "005"})
    assert _surat(docs_store, date(2026, 2, 1)).number == "005/001/BPKAD-SJ/2026"
    with pytest.raises(UserError, match="urut"):
        ds.save_settings(docs_store, number_pattern="{klasifikasi}/{tahun}")


def test_a_failed_render_takes_no_number(docs_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jamsos_desktop.services.documents as mod

    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("printer on fire")

    monkeypatch.setitem(mod._PREPARERS, "surat", _wrap_render(mod._PREPARERS["surat"], boom))
    with pytest.raises(RuntimeError):
        _surat(docs_store, date(2026, 3, 1))
    monkeypatch.undo()
    assert _surat(docs_store, date(2026, 3, 1)).number == "000/1/BPKAD/2026"


def _wrap_render(prepare, render):  # type: ignore[no-untyped-def]
    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = prepare(*args, **kwargs)
        out["render"] = render
        return out
    return wrapped


def test_two_writers_never_share_or_skip_a_number(docs_store, db_file: Path  # type: ignore[no-untyped-def]
                                                  ) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        store = open_store(db_file)
        try:
            for _ in range(5):
                _surat(store, date(2026, 4, 1))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seqs = sorted(r[0] for r in docs_store.conn.execute(
        "SELECT seq FROM documents WHERE year = 2026"))
    assert seqs == list(range(1, 11))


def test_register_reprint_and_audit(docs_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = ds.issue(docs_store, ds.DocumentRequest("usulan", doc_date=date(2026, 6, 7),
                                                  unit_code="2.02"))
    rows = ds.list_register(docs_store)
    assert len(rows) == 1
    row = rows[0]
    assert row["number"] == doc.number and row["doc_type"] == "usulan"
    assert row["doc_date"] == "2026-06-07" and row["pages"] == doc.pages
    assert row["worker_count"] == doc.worker_count
    assert row["total_amount"] == doc.total_amount
    assert row["sha256"] == hashlib.sha256(doc.pdf).hexdigest() == doc.sha256
    assert row["verify_code"] == doc.verify_code
    assert row["params"]["content_sha256"] == doc.content_sha256
    assert ds.verify_code_for(doc.content_sha256) == doc.verify_code
    assert row["addressee"].startswith("Kepala Kantor Cabang BPJS")
    out = tmp_path / "ulang.pdf"
    again = ds.reprint(docs_store, doc.id, out=out)
    assert again == doc.pdf == out.read_bytes()
    actions = [(r[0], json.loads(r[1]) if r[1] else None) for r in docs_store.conn.execute(
        "SELECT action, new FROM audit_log WHERE entity = 'document' ORDER BY id")]
    assert actions[0][0] == "issue" and actions[0][1]["number"] == doc.number
    assert actions[1][0] == "print" and actions[1][1]["action"] == "cetak ulang"
    assert ds.list_register(docs_store, search=doc.verify_code)[0]["id"] == doc.id
    assert ds.list_register(docs_store, year=2025) == []


def test_verification_by_code_and_by_file(docs_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = _surat(docs_store, date(2026, 5, 5))
    good = tmp_path / "asli.pdf"
    good.write_bytes(doc.pdf)
    result = ds.verify(docs_store, good)
    assert result.status == "asli" and result.authentic
    assert result.document["number"] == doc.number
    code = doc.verify_code
    typed = code.lower().replace("-", " ").replace("0", "o")
    by_code = ds.verify(docs_store, typed)
    assert by_code.status == "terdaftar" and by_code.document["id"] == doc.id
    assert doc.number in by_code.message
    # A changed copy keeps its code in the metadata but not its hash.
    tampered = tmp_path / "ubah.pdf"
    tampered.write_bytes(doc.pdf.replace(b"/Producer", b"/Producex"))
    changed = ds.verify(docs_store, tampered)
    assert changed.status == "berbeda" and not changed.authentic
    other = tmp_path / "lain.pdf"
    other.write_bytes(b"%PDF-1.4 bukan dokumen kami")
    assert ds.verify(docs_store, other).status == "tidak_terdaftar"
    assert ds.verify(docs_store, "ZZZZZ-ZZZZZ").status == "tidak_terdaftar"
    with pytest.raises(UserError, match="bukan kode verifikasi"):
        ds.verify(docs_store, "tidak-ada.pdf")
    verifies = docs_store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'verify'").fetchone()[0]
    assert verifies == 5


def test_the_code_is_printed_in_every_footer(docs_store) -> None:  # type: ignore[no-untyped-def]
    doc = ds.issue(docs_store, ds.DocumentRequest("usulan", doc_date=date(2026, 6, 7)))
    from tests.documents.conftest import page_texts

    for text in page_texts(doc.pdf):
        assert f"Nomor {doc.number} · Kode verifikasi {doc.verify_code}" in text


def test_mark_proposed_sets_status_and_reference(docs_store) -> None:  # type: ignore[no-untyped-def]
    before = docs_store.conn.execute(
        "SELECT count(*) FROM workers w JOIN units u ON u.id = w.unit_id "
        "WHERE u.code = '1.01' AND w.status = 'belum'").fetchone()[0]
    assert before
    doc = ds.issue(docs_store, ds.DocumentRequest("usulan", doc_date=date(2026, 6, 7),
                                                  unit_code="1.01", mark_proposed=True))
    refs = docs_store.conn.execute(
        "SELECT count(*) FROM workers w JOIN units u ON u.id = w.unit_id WHERE u.code = '1.01' "
        "AND w.status = 'diusulkan' AND w.proposal_ref = ?", (doc.number,)).fetchone()[0]
    assert refs == before


def test_signatories_validate_nip_and_forms(docs_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="NIP"):
        ss.save_signatory(docs_store, {"jabatan": "Sekretaris Daerah", "name": "A",
                                       "nip": "19700315199503100"})
    with pytest.raises(UserError, match="atas nama"):
        ss.save_signatory(docs_store, {"jabatan": "Sekretaris Daerah", "name": "A",
                                       "form": "a.n."})
    sid = ss.save_signatory(docs_store, {
        "jabatan": "Sekretaris Badan", "name": "Hj. Siti Aminah, S.E.", "pangkat": "Pembina",
        "golongan": "IV/a", "nip": "19750101 200003 2 004", "form": "Plt."})
    row = ss.get_signatory(docs_store, sid)
    assert row["nip"] == "197501012000032004" and row["form"] == "Plt."
    doc = _surat(docs_store, date(2026, 7, 1), signatory_id=sid)
    text = pdf_text(doc.pdf)
    assert "Plt. Sekretaris Badan," in text and "NIP 19750101 200003 2 004" in text
    assert "Pembina (IV/a)" in text
    ss.save_signatory(docs_store, {**row, "form": "a.n.", "on_behalf_of": "Kepala Badan"},
                      signatory_id=sid)
    assert "a.n. Kepala Badan" in pdf_text(_surat(docs_store, date(2026, 7, 2),
                                                  signatory_id=sid).pdf)
    ss.deactivate_signatory(docs_store, sid)
    assert sid not in [s["id"] for s in ss.list_signatories(docs_store)]
    assert docs_store.conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'signatory'"
                                   ).fetchone()[0] == 3


def test_no_pemda_profile_is_a_clear_refusal(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="Profil pemda"):
        ds.preview(store, ds.DocumentRequest("surat", **BODY))
