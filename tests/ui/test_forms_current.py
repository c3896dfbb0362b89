"""The committed generated code must match the .ui forms and the .ts translation: edit a
form, run `python -m jamsos_desktop.ui.compile_forms`, commit both."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.ui import compile_forms

UI_FILES = sorted(compile_forms.FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 5


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_is_current(ui_file: Path, tmp_path: Path) -> None:
    target = tmp_path / compile_forms.module_name(ui_file)
    compile_forms.compile_ui(ui_file, target)
    committed = compile_forms.GENERATED / compile_forms.module_name(ui_file)
    assert committed.exists(), f"{committed.name} belum dibuat: jalankan compile_forms"
    assert compile_forms.normalized(committed.read_text(encoding="utf-8")) == \
        compile_forms.normalized(target.read_text(encoding="utf-8")), \
        f"{committed.name} tidak sesuai dengan {ui_file.name}: jalankan compile_forms"


def test_no_orphan_generated_modules() -> None:
    expected = {compile_forms.module_name(f) for f in UI_FILES}
    present = {p.name for p in compile_forms.GENERATED.glob("ui_*.py")}
    assert present == expected


def test_qm_is_current(tmp_path: Path) -> None:
    ts = compile_forms.TRANSLATIONS / "qtbase_id.ts"
    target = tmp_path / "qtbase_id.qm"
    compile_forms.compile_ts(ts, target)
    assert ts.with_suffix(".qm").read_bytes() == target.read_bytes()


def test_qt_standard_buttons_are_indonesian(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Batal", "Ya", "Tidak", "OK"} <= texts
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Pilih Semua"
    assert QCoreApplication.translate("QWizard", "&Finish") == "&Selesai"
