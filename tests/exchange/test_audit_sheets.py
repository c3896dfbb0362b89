"""Audit of issue #5: choosing the sheet. `--sheet NAME` (any case) picks it; without it,
a first sheet holding no roster (a summary, a cover page) gives way to the first sheet that
does, and the summary says so; a file with no roster sheet at all names its sheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.store import Store
from tests.exchange.conftest import HEADER, person, write_xlsx
from tests.exchange.test_audit_mapping import cli


def test_sheet_option_and_a_first_sheet_without_the_roster(units_store: Store, db_file: Path,
                                                           tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["REKAPITULASI"], ["Jumlah pegawai", 2]],
                      sheet="Rekap", extra_sheets={"Honorer 2025": [HEADER, person(1)]})
    code, r, _ = cli(db_file, "impor", str(path), "--unit", "1.01", "--sheet",
                     "honorer 2025", "--dry-run", capsys=capsys)
    assert (code, r["sheet"], r["inserted"]) == (0, "Honorer 2025", 1)
    # Without --sheet, the first sheet holds no roster: the sheet that does is taken, and
    # the summary says so.
    code, r, err = cli(db_file, "impor", str(path), "--unit", "1.01", "--dry-run",
                       capsys=capsys)
    assert code == 0, err
    assert (r["sheet"], r["inserted"]) == ("Honorer 2025", 1)
    assert any("Rekap" in n and "Honorer 2025" in n for n in r["notices"])
    # A file none of whose sheets has a NIK/Nama header names its sheets in the refusal.
    bare = write_xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]], sheet="Satu",
                      extra_sheets={"Dua": [["c"]]})
    code, _r, err = cli(db_file, "impor", str(bare), "--unit", "1.01", capsys=capsys)
    assert code == 2 and "Satu" in err and "Dua" in err and "--sheet" in err


def test_wizard_takes_the_roster_sheet_unless_one_is_chosen(qtbot, units_store: Store,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path,
                                                            _sync: list[tuple[str, str]]
                                                            ) -> None:
    from jamsos_desktop.ui.import_wizard import ImportWizard

    path = write_xlsx(tmp_path / "s.xlsx", [["REKAPITULASI"], ["Jumlah pegawai", 2]],
                      sheet="Rekap", extra_sheets={"Honorer 2025": [HEADER, person(1)]})
    wizard = ImportWizard(units_store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(path)
    assert wizard.file_page.sheet_combo.currentText() == "Rekap"
    wizard.next()
    assert wizard.source is not None and wizard.source.data.sheet == "Honorer 2025"
    assert wizard.file_page.sheet_combo.currentText() == "Honorer 2025"
    assert "Rekap" in wizard.mapping_page.info.text()
    # Chosen by the user, the first sheet is read, and the page says what is missing.
    wizard.back()
    combo = wizard.file_page.sheet_combo
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    wizard.next()
    assert wizard.source.data.sheet == "Rekap"
    assert "tidak ditemukan" in wizard.mapping_page.info.text()
