"""Pengaturan dokumen: the dialog saves paper, margins, fonts and the numbering pattern;
a bad pattern is refused with a message and nothing saved; an operator is refused."""

from __future__ import annotations

from typing import Any

from jamsos_desktop.services import documents as ds
from jamsos_desktop.ui.document_settings import DocumentSettingsDialog


def test_settings_are_saved_and_shown_as_an_example(demo_store: Any, qtbot: Any) -> None:
    dialog = DocumentSettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.margins["margin_left"].setValue(35)
    dialog.font_size.setValue(11)
    dialog.pattern.setText("{klasifikasi}/{urut:3}/{unit}/{bulan_romawi}/{tahun}")
    dialog.unit_code.setText("BPKAD-BA")
    assert "/012/BPKAD-BA/" in dialog.example.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = ds.load_settings(demo_store)
    assert (saved.paper, saved.margin_left, saved.font_size) == ("a4", 35.0, 11.0)
    assert saved.number_pattern == "{klasifikasi}/{urut:3}/{unit}/{bulan_romawi}/{tahun}"
    assert saved.unit_code == "BPKAD-BA"


def test_a_pattern_without_sequence_is_refused(demo_store: Any, qtbot: Any,
                                               messages: list[tuple[str, str]]) -> None:
    before = ds.load_settings(demo_store)
    dialog = DocumentSettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.pattern.setText("{klasifikasi}/{unit}/{tahun}")
    assert "urut" in dialog.example.text()  # the live example already says why
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert messages and "urut" in messages[-1][1]
    assert ds.load_settings(demo_store) == before


def test_an_operator_cannot_change_settings(demo_store: Any, qtbot: Any,
                                            messages: list[tuple[str, str]]) -> None:
    demo_store.role = "operator"
    dialog = DocumentSettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(10)
    dialog.save()
    assert messages and "administrator" in messages[-1][1]
    assert ds.load_settings(demo_store).font_size == 12.0
