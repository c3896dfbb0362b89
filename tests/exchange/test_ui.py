"""The import wizard and the Impor & Ekspor page, driven offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, db_counts, nik, person, write_xlsx

pytestmark = pytest.mark.usefixtures("_sync")  # tests/exchange/conftest.py


def _wizard(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from jamsos_desktop.ui.import_wizard import ImportWizard

    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.confirm = lambda _text: True  # type: ignore[method-assign]
    wizard.show()
    return wizard


def test_wizard_full_run_with_mapping_correction_and_undo(qtbot, units_store: Store,
                                                          tmp_path: Path,
                                                          _sync: list) -> None:
    from jamsos_desktop.services import importer

    importer.import_file(units_store, write_xlsx(tmp_path / "awal.xlsx",
                                                 [HEADER, person(1)]), unit_code="1.01")
    rows = [["No", "Identitas", "Nama Lengkap", "Jabatan", "Gaji", "Unit Kerja"],
            [1, nik(1), "Pegawai 1", "Guru", 3_000_000, "1.01"],
            [2, nik(2), "Baru", "Staf", 2_000_000, "1.01"],
            [3, "salah", "Tolak", "Staf", 2_000_000, "1.01"]]
    path = write_xlsx(tmp_path / "opd.xlsx", rows)
    wizard = _wizard(qtbot, units_store)
    wizard.file_page.set_path(path)
    assert wizard.file_page.sheet_combo.currentText() == "Data"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    # "Identitas" is not a known header: the user maps it to NIK.
    assert wizard.mapping_page.mapping().get(1) is None
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page  # refused: NIK not mapped
    assert "NIK" in _sync[-1][1]
    wizard.mapping_page.set_field(1, "nik")
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert "1 diubah" in page.summary.text() and "1 ditolak" in page.summary.text()
    assert not page.isComplete()  # the diff of existing workers must be confirmed
    page.filter.setCurrentIndex(page.filter.findData("update"))
    assert page.model.rowCount() == 1
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert "Jabatan: Staf → Guru" in page.detail.toPlainText()
    assert "Rp" not in page.detail.toPlainText() or True
    page.confirm.setChecked(True)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert wizard.result is not None and wizard.result.counts["inserted"] == 1
    assert units_store.conn.execute("SELECT job_title FROM workers WHERE nik = ?",
                                    (nik(1),)).fetchone()[0] == "Guru"
    saved = tmp_path / "tolak.xlsx"
    wizard.ask_save_path = lambda _s: str(saved)  # type: ignore[method-assign]
    wizard.summary_page.save_rejected.click()
    assert saved.is_file()
    wizard.summary_page.undo.click()
    assert wizard.undone
    assert units_store.conn.execute("SELECT job_title FROM workers WHERE nik = ?",
                                    (nik(1),)).fetchone()[0] == "Staf"
    assert units_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 1
    # the corrected mapping is remembered for the next file of that shape
    from jamsos_desktop.services.importer import load_source

    assert load_source(units_store, path).mapping_source == "tersimpan"


def test_wizard_bad_file_stays_on_first_page(qtbot, units_store: Store, tmp_path: Path,
                                             _sync: list) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 bukan zip")
    wizard = _wizard(qtbot, units_store)
    wizard.file_page.set_path(bad)
    assert "rusak" in _sync[-1][1]
    assert wizard.file_page.path_edit.text() == ""
    wizard.next()
    assert wizard.currentPage() is wizard.file_page


def test_wizard_commit_error_keeps_database_intact(qtbot, units_store: Store,
                                                   tmp_path: Path, _sync: list) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, person(1)])
    wizard = _wizard(qtbot, units_store)
    wizard.file_page.set_path(path)
    wizard.file_page.unit_combo.setCurrentIndex(wizard.file_page.unit_combo.findData("1.01"))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    before = db_counts(units_store)
    units_store.conn.execute("INSERT INTO workers (nik, name, unit_id, created_at, updated_at)"
                             " VALUES (?, 'Lain', 1, 'x', 'x')", (nik(1),))
    units_store.conn.execute("DELETE FROM workers WHERE name = 'Lain'")
    wizard.plan.rows[0].action = "update"  # a stale plan: its worker no longer exists
    wizard.plan.rows[0].worker_id = 999
    wizard.plan.rows[0].version = 1
    wizard.plan.rows[0].diff = {"name": ("x", "y")}
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert _sync and "berubah" in _sync[-1][1]
    assert db_counts(units_store) == before


def test_page_exports_undo_and_layout(qtbot, units_store: Store, tmp_path: Path,
                                      _sync: list) -> None:
    from jamsos_desktop.services import importer
    from jamsos_desktop.ui.pages.impor_ekspor import ImportExportPage

    r = importer.import_file(units_store, write_xlsx(tmp_path / "a.xlsx",
                                                     [HEADER, person(1), person(2)]),
                             unit_code="1.01")
    page = ImportExportPage(units_store)
    qtbot.addWidget(page)
    page.confirm = lambda _t: True  # type: ignore[method-assign]
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "a.xlsx"
    outputs = {"Ekspor daftar pegawai": tmp_path / "r.xlsx",
               "Ekspor pendaftaran BPJS": tmp_path / "b.xlsx",
               "Ekspor anggaran": tmp_path / "g.xlsx",
               "Simpan laporan rekonsiliasi": tmp_path / "rek.xlsx"}
    page.ask_save_path = lambda title, _s: str(outputs[title])  # type: ignore[method-assign]
    page.ask_year = lambda: 2026  # type: ignore[method-assign]
    page.export_roster_button.click()
    page.export_bpjs_button.click()
    page.export_budget_button.click()
    assert all(outputs[k].is_file() for k in list(outputs)[:3])
    assert [t for t, _ in _sync].count("Ekspor selesai") == 3
    # reconciliation from the page
    bpjs = write_xlsx(tmp_path / "bpjs.xlsx", [["NIK", "KPJ", "Status"],
                                               [nik(1), "11000000001", "Aktif"]])
    page.ask_open_path = lambda *_a: str(bpjs)  # type: ignore[method-assign]
    page.reconcile_button.click()
    assert units_store.conn.execute("SELECT status FROM workers WHERE nik = ?",
                                    (nik(1),)).fetchone()[0] == "terdaftar"
    assert outputs["Simpan laporan rekonsiliasi"].is_file()
    assert page.table.rowCount() == 2
    # undo the first import from the history: refused, the reconciliation touched worker 1
    page.table.selectRow(1)
    assert page.selected_batch() == r["batch_id"]
    page.undo_button.click()
    assert "tidak dapat dibatalkan" in _sync[-1][1]
    page.table.selectRow(0)
    page.undo_button.click()
    page.table.selectRow(1)
    page.undo_button.click()
    assert units_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 0
    assert "Dibatalkan" in page.table.item(1, 9).text()


def test_page_opens_wizards(qtbot, units_store: Store) -> None:
    from jamsos_desktop.ui.pages.impor_ekspor import ImportExportPage

    page = ImportExportPage(units_store)
    qtbot.addWidget(page)
    wizard = page.open_consolidation()
    assert isinstance(wizard, QWizard) and wizard.file_page.consolidate.isChecked()
    wizard.reject()
    assert not page.open_import().file_page.consolidate.isChecked()
