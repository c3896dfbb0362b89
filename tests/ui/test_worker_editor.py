"""Adding, editing and validating a worker through the real editor widgets."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from jamsos_desktop.domain.nik import make_nik
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.worker_editor import WorkerEditor

NIK_WOMAN = make_nik("16.07.01", date(1990, 3, 15), "P", 17)  # day 55 in the NIK


def _editor(store: Any, qtbot: Any, worker_id: int | None = None) -> WorkerEditor:
    editor = WorkerEditor(store, None, worker_id, unit_id=uq.unit_by_code(store.conn,
                                                                          "2.02")["id"])
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _type(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_nik_fills_birth_date_and_sex(demo_store: Any, qtbot: Any) -> None:
    editor = _editor(demo_store, qtbot)
    _type(qtbot, editor.ui.nikEdit, NIK_WOMAN)
    assert editor.ui.birthDateEdit.text() == "15-03-1990"
    assert editor.ui.sexCombo.currentData() == "P"


def test_disagreement_with_nik_is_warned_next_to_the_field(demo_store: Any,
                                                            qtbot: Any) -> None:
    editor = _editor(demo_store, qtbot)
    _type(qtbot, editor.ui.nikEdit, NIK_WOMAN)
    _type(qtbot, editor.ui.birthDateEdit, "16-03-1990")
    editor.ui.sexCombo.setCurrentIndex(editor.ui.sexCombo.findData("L"))
    editor.ui.sexCombo.activated.emit(editor.ui.sexCombo.currentIndex())
    editor.validate()
    birth_msg = editor.messages["birth_date"]
    sex_msg = editor.messages["sex"]
    assert birth_msg.isVisibleTo(editor) and "tidak sesuai" in birth_msg.text()
    assert sex_msg.isVisibleTo(editor) and "perempuan" in sex_msg.text()


def test_invalid_input_is_explained_as_you_type(demo_store: Any, qtbot: Any) -> None:
    editor = _editor(demo_store, qtbot)
    _type(qtbot, editor.ui.nikEdit, "12345")
    qtbot.waitUntil(lambda: editor.messages["nik"].isVisibleTo(editor), timeout=1000)
    assert "16" in editor.messages["nik"].text()
    editor.ui.tabs.setCurrentIndex(1)
    _type(qtbot, editor.ui.wageEdit, "dua juta")
    qtbot.waitUntil(lambda: editor.messages["wage"].isVisibleTo(editor), timeout=1000)
    assert editor.save(close=False) is None  # errors block saving
    assert "harus diperbaiki" in editor.ui.summaryLabel.text()


def test_add_worker_the_clerks_way_and_save_and_new(demo_store: Any, qtbot: Any) -> None:
    editor = _editor(demo_store, qtbot)
    _type(qtbot, editor.ui.nikEdit, NIK_WOMAN)
    _type(qtbot, editor.ui.nameEdit, "Siti O'Brien")
    _type(qtbot, editor.ui.motherEdit, "Aminah")
    editor.ui.tabs.setCurrentIndex(1)
    _type(qtbot, editor.ui.wageEdit, "2,5 jt")
    editor.ui.wageEdit.editingFinished.emit()
    assert editor.ui.wageEdit.text() == "Rp2.500.000"
    editor.validate()
    # Live contribution: unit 2.02 is "sangat rendah", JKK 0.24 % + JKM 0.30 % of 2.5 M.
    table = editor.ui.contributionTable
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells["JKK"] == "Rp6.000" and cells["JKM"] == "Rp7.500"
    assert cells["Jumlah"] == "Rp13.500"
    qtbot.mouseClick(editor.ui.saveNewButton, Qt.MouseButton.LeftButton)
    found = wq.find_by_nik(demo_store.conn, NIK_WOMAN)
    assert len(found) == 1 and found[0]["name"] == "Siti O'Brien"
    row = wq.get_worker(demo_store.conn, found[0]["id"])
    assert row["wage"] == 2_500_000 and row["sex"] == "P" and row["birth_date"] == "1990-03-15"
    assert set(wq.programs_of(demo_store.conn, row["id"])) == {"jkk", "jkm"}
    # the form is empty again, the unit kept for the next worker
    assert editor.ui.nikEdit.text() == "" and editor.worker_id is None
    assert editor.ui.unitCombo.currentData() == row["unit_id"]


def test_duplicate_nik_shows_a_link_to_the_other_record(demo_store: Any, qtbot: Any) -> None:
    other = wq.fetch_rows(demo_store.conn, [10])[10]
    editor = _editor(demo_store, qtbot)
    opened: list[int] = []
    editor.open_worker.connect(opened.append)
    _type(qtbot, editor.ui.nikEdit, other["nik"])
    editor.validate()
    label = editor.ui.duplicateLabel
    assert label.isVisibleTo(editor)
    assert other["name"] in label.text() and f'href="{other["id"]}"' in label.text()
    label.linkActivated.emit(str(other["id"]))
    assert opened == [other["id"]]


def test_edit_existing_worker_with_history(demo_store: Any, qtbot: Any) -> None:
    editor = _editor(demo_store, qtbot, worker_id=3)
    assert editor.ui.nameEdit.text() == wq.get_worker(demo_store.conn, 3)["name"]
    assert editor.ui.historyTable.rowCount() >= 0
    _type(qtbot, editor.ui.jobTitleEdit, "Analis Kepegawaian")
    editor.ui.jhtCheck.setChecked(True)
    assert editor.save(close=True) == 3
    assert wq.get_worker(demo_store.conn, 3)["job_title"] == "Analis Kepegawaian"
    assert "jht" in wq.programs_of(demo_store.conn, 3)
    again = _editor(demo_store, qtbot, worker_id=3)
    texts = [again.ui.historyTable.item(r, 1).text()
             for r in range(again.ui.historyTable.rowCount())]
    assert "Data diubah" in texts


def test_edit_conflict_is_refused_with_a_message(demo_store: Any, qtbot: Any,
                                                 messages: list[tuple[str, str]]) -> None:
    from jamsos_desktop.services.workers import save_worker

    editor = _editor(demo_store, qtbot, worker_id=4)
    row = wq.get_worker(demo_store.conn, 4)
    values = {k: row[k] for k in ("nik", "name", "unit_id", "participant_type", "wage",
                                  "mother_name", "birth_date", "sex")}
    save_worker(demo_store, {**values, "notes": "diubah di komputer lain"}, worker_id=4,
                version=row["version"])
    _type(qtbot, editor.ui.nameEdit, "Nama Baru")
    assert editor.save(close=True) is None
    assert messages and "diubah" in messages[-1][1]
