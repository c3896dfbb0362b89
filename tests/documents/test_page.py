"""The Dokumen page (offscreen, tasks inline): preview, issue, register, reprint, print to a
PDF printer, save, "Cek keaslian", signatories dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from jamsos_desktop.ui import tasks


@pytest.fixture
def page(qtbot, docs_store, monkeypatch):  # type: ignore[no-untyped-def]
    from jamsos_desktop.ui.pages.dokumen import DocumentsPage

    # Tasks inline, but not the shared `_sync`: no test here expects a message, and one
    # must not vanish into its sink unseen (here it opens a real box, which stalls the run).
    monkeypatch.setattr(tasks, "TASKS_SYNCHRONOUS", True)
    widget = DocumentsPage(docs_store)
    qtbot.addWidget(widget)
    widget.doc_date.setDate(QDate(2026, 6, 7))
    widget.year.setValue(2026)
    return widget


def _choose(page, kind: str) -> None:  # type: ignore[no-untyped-def]
    page.kind.setCurrentIndex(page.kind.findData(kind))


def test_preview_then_issue_usulan(page, docs_store) -> None:  # type: ignore[no-untyped-def]
    from jamsos_desktop.ui.pages.dokumen import HAVE_QTPDF

    _choose(page, "usulan")
    page.unit.setCurrentIndex(page.unit.findData("2.02"))
    page.preview()
    assert page.pdf is not None and page.doc_id is None
    assert "Konsep" in page.message.text()
    if HAVE_QTPDF:
        assert page.preview_page_count() >= 2
    assert docs_store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    page.issue()
    assert page.doc_id is not None, page.message.text()
    assert "Diterbitkan nomor 560/1/BPKAD/2026" in page.message.text()
    assert page.register.rowCount() == 1
    assert page.register.item(0, 0).text() == "560/1/BPKAD/2026"


def test_fields_follow_the_document_kind(page) -> None:  # type: ignore[no-untyped-def]
    _choose(page, "surat")
    assert page.form.isRowVisible(page._rows["Isi surat"])
    assert not page.form.isRowVisible(page._rows["Unit kerja"])
    _choose(page, "anggaran")
    assert page.form.isRowVisible(page._rows["Bulan akhir"])
    assert not page.form.isRowVisible(page._rows["Isi surat"])


def test_surat_errors_are_shown_not_raised(page) -> None:  # type: ignore[no-untyped-def]
    _choose(page, "surat")
    page.issue()
    assert "Isi surat belum ditulis" in page.message.text()
    page.subject.setText("Undangan")
    page.addressee.setText("Kepala Dinas")
    page.body.setPlainText("Dengan hormat.\n\n1. satu\n2. dua")
    page.issue()
    assert page.doc_id is not None


def test_register_reprint_save_print_and_verify(page, docs_store, tmp_path: Path  # type: ignore[no-untyped-def]
                                                ) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from jamsos_desktop.ui.pages.dokumen import HAVE_QTPDF

    _choose(page, "anggaran")
    page.unit.setCurrentIndex(page.unit.findData("1.01"))
    page.issue()
    issued = page.pdf
    page.pdf = None
    page.register.selectRow(0)
    page.reprint_selected()
    assert page.pdf == issued
    out = tmp_path / "salinan.pdf"
    page.save_pdf(out)
    assert out.read_bytes() == issued
    if HAVE_QTPDF:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
        assert page.print_to(printer) >= 1
        assert (tmp_path / "cetak.pdf").stat().st_size > 1000
    result = page.check_authenticity(out)
    assert result is not None and result.status == "asli"
    assert "ASLI" in page.verify_result.text()
    code = docs_store.conn.execute("SELECT verify_code FROM documents").fetchone()[0]
    assert page.check_authenticity(code).status == "terdaftar"
    assert page.check_authenticity("bukan kode") is None
    assert "bukan kode verifikasi" in page.verify_result.text()
    actions = {r[0] for r in docs_store.conn.execute(
        "SELECT json_extract(new, '$.action') FROM audit_log WHERE action = 'print'")}
    assert {"tampil", "simpan"} <= actions


def test_signatories_dialog(qtbot, docs_store) -> None:  # type: ignore[no-untyped-def]
    from jamsos_desktop.ui.pages.dokumen import SignatoriesDialog

    dialog = SignatoriesDialog(docs_store)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.clear()
    dialog.jabatan.setText("Sekretaris Badan")
    dialog.name.setText("Budi Santoso, S.H.")
    dialog.nip.setText("123")
    assert dialog.save() is None and "NIP" in dialog.message.text()
    dialog.nip.setText("19750101 200003 1 004")
    dialog.form.setCurrentIndex(dialog.form.findData("Plt."))
    sid = dialog.save()
    assert sid is not None and dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    assert dialog.nip.text() == "19750101 200003 1 004"
    dialog.deactivate()
    assert dialog.list.count() == 1
