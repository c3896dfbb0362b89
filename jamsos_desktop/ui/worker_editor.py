"""The worker editor: every field of a worker, validated as you type with the domain's
Indonesian messages next to the field, NIK auto-fill, duplicate-NIK link, live contribution
per program from the engine, the worker's history, "Simpan & baru"."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from jamsos_desktop.domain.dates import format_tanggal, format_tanggal_pendek
from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    PROGRAM_ORDER,
    STATUS_LABELS,
    Category,
    EnrollmentStatus,
    FundingSource,
    ParticipantType,
    RiskClass,
    format_programs,
)
from jamsos_desktop.domain.money import format_rupiah
from jamsos_desktop.domain.nik import parse_nik
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import FIELD_LABELS, normalize_field
from jamsos_desktop.errors import DomainError, UserError
from jamsos_desktop.services import units as unit_service
from jamsos_desktop.services import workers as worker_service
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui.errors import show_error
from jamsos_desktop.ui.generated.ui_worker_editor import Ui_WorkerEditor
from jamsos_desktop.ui.undo import UndoContext, push_fields

VALIDATE_DELAY_MS = 120
TEXT_FIELDS = ("nik", "name", "birth_place", "birth_date", "mother_name", "address", "phone",
               "job_title", "wage", "start_date", "end_date", "kpj", "registered_at", "notes")
ACTION_LABELS = {"create": "Data dibuat", "update": "Data diubah", "archive": "Diarsipkan",
                 "restore": "Dipulihkan", "move": "Dipindahkan unit", "undo": "Diurungkan",
                 "redo": "Diulangi", "import": "Impor", "delete": "Dihapus"}
_ERROR_STYLE = "color: #b00020;"
_WARNING_STYLE = "color: #9a6700;"


def _iso_to_text(value: Any) -> str:
    if not value:
        return ""
    try:
        return format_tanggal_pendek(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _when(value: Any) -> str:
    text = str(value or "")
    try:
        d = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return f"{format_tanggal(d)} {text[11:16]}".strip()


class WorkerEditor(QDialog):
    saved = Signal(int)  # worker id
    open_worker = Signal(int)  # the duplicate-NIK link

    def __init__(self, store: Store, undo: UndoContext | None = None,
                 worker_id: int | None = None, parent: QWidget | None = None, *,
                 unit_id: int | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.worker_id = worker_id
        self.version: int | None = None
        self.row: dict[str, Any] = {}
        self.ui = Ui_WorkerEditor()
        self.ui.setupUi(self)
        self.problems: list[Problem] = []
        self.values: dict[str, Any] = {}
        self._auto: dict[str, str] = {}  # field → value the editor filled in itself
        self._touched: set[str] = set()  # pickers the clerk set by hand
        # Fields whose messages are shown: a new, empty form does not greet the clerk with
        # "wajib diisi" everywhere; a field speaks up once edited, all of them on saving.
        self._dirty: set[str] = set()
        self._show_all = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        self._units: dict[int, dict[str, Any]] = {}
        self.text_edits: dict[str, QLineEdit] = {
            "nik": self.ui.nikEdit, "name": self.ui.nameEdit,
            "birth_place": self.ui.birthPlaceEdit, "birth_date": self.ui.birthDateEdit,
            "mother_name": self.ui.motherEdit, "address": self.ui.addressEdit,
            "phone": self.ui.phoneEdit, "job_title": self.ui.jobTitleEdit,
            "wage": self.ui.wageEdit, "start_date": self.ui.startDateEdit,
            "end_date": self.ui.endDateEdit, "kpj": self.ui.kpjEdit,
            "registered_at": self.ui.registeredEdit, "notes": self.ui.notesEdit}
        self.program_checks: dict[str, QCheckBox] = {
            "jkk": self.ui.jkkCheck, "jkm": self.ui.jkmCheck, "jht": self.ui.jhtCheck,
            "jp": self.ui.jpCheck, "jkp": self.ui.jkpCheck}
        self.messages: dict[str, QLabel] = {}
        self._message_forms: dict[str, QFormLayout] = {}
        self._fill_choices()
        self._add_message_labels()
        self._setup_tables()
        self._connect()
        if worker_id is not None:
            self.load(worker_id)
        else:
            self.clear(unit_id=unit_id)
        self.ui.nikEdit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # no validation against a database that may be closing
        super().hideEvent(event)

    # -- setup --

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.sexCombo.addItem("—", None)
        ui.sexCombo.addItem("Laki-laki", "L")
        ui.sexCombo.addItem("Perempuan", "P")
        ui.maritalCombo.addItem("—", None)
        for text in ("Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"):
            ui.maritalCombo.addItem(text, text)
        for cat, text in CATEGORY_LABELS.items():
            ui.categoryCombo.addItem(text, cat.value)
        for ptype in ParticipantType:
            ui.typeCombo.addItem(ptype.label, ptype.value)
        for source in FundingSource:
            ui.fundingCombo.addItem(source.value, source.value)

        def add(nodes: list[unit_service.UnitNode], depth: int) -> None:
            for node in nodes:
                unit = node.unit
                self._units[unit["id"]] = unit
                ui.unitCombo.addItem("  " * depth + f"{unit['code']}  {unit['name']}",
                                     unit["id"])
                add(node.children, depth + 1)

        add(unit_service.unit_tree(self.store), 0)
        completer = ui.unitCombo.completer()
        if completer is not None:  # type ahead anywhere in "code name"
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _add_message_labels(self) -> None:
        """A message line under every field, where its problems are shown as you type."""
        widgets: dict[str, QWidget] = {**self.text_edits, "sex": self.ui.sexCombo,
                                       "unit_id": self.ui.unitCombo,
                                       "category": self.ui.categoryCombo,
                                       "participant_type": self.ui.typeCombo,
                                       "programs": self.ui.programsBox,
                                       "marital_status": self.ui.maritalCombo}
        for fieldname, widget in widgets.items():
            form = widget.parentWidget().layout() if widget.parentWidget() else None
            if not isinstance(form, QFormLayout):
                continue
            row, _role = form.getWidgetPosition(widget)
            if row < 0:
                continue
            label = QLabel(self)
            label.setObjectName(f"{fieldname}Message")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.insertRow(row + 1, QLabel(self), label)
            form.setRowVisible(row + 1, False)  # no gap until there is something to say
            self.messages[fieldname] = label
            self._message_forms[fieldname] = form
        self.ui.wageEdit.setAlignment(Qt.AlignmentFlag.AlignRight)

    def _setup_tables(self) -> None:
        table = self.ui.contributionTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Program", "Pemberi Kerja", "Pekerja"])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        history = self.ui.historyTable
        history.setColumnCount(4)
        history.setHorizontalHeaderLabels(["Waktu", "Peristiwa", "Rincian", "Pengguna"])
        history.verticalHeader().setVisible(False)
        history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        for name, edit in self.text_edits.items():
            edit.textEdited.connect(lambda _t, n=name: self._dirty.add(n))
            edit.textEdited.connect(self._edited)
        for combo in (ui.sexCombo, ui.maritalCombo, ui.categoryCombo, ui.typeCombo,
                      ui.fundingCombo):
            combo.activated.connect(lambda _i, c=combo: self._picked(c))
        ui.unitCombo.activated.connect(lambda _i: self._unit_changed(by_hand=True))
        for check in self.program_checks.values():
            check.clicked.connect(lambda _c: self._picked(self.ui.programsBox))
        ui.nikEdit.textEdited.connect(self._nik_edited)
        ui.wageEdit.editingFinished.connect(self._tidy_wage)
        for name in ("birth_date", "start_date", "end_date", "registered_at"):
            self.text_edits[name].editingFinished.connect(
                lambda n=name: self._tidy_date(n))
        ui.saveButton.clicked.connect(lambda: self.save(close=True))
        ui.saveNewButton.clicked.connect(lambda: self.save(close=False))
        ui.cancelButton.clicked.connect(self.reject)
        ui.duplicateLabel.linkActivated.connect(lambda href: self.open_worker.emit(int(href)))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(close=True))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save(close=False))
        # Enter moves to the next field like Tab (clerks type a record without the mouse);
        # Ctrl+Enter or Ctrl+S saves.
        for edit in self.text_edits.values():
            edit.returnPressed.connect(self.focusNextChild)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save(close=True))

    # -- load / clear --

    def load(self, worker_id: int) -> None:
        row = wq.get_worker(self.store.conn, worker_id)
        if row is None:
            raise UserError("Data pegawai ini sudah tidak ada.", code="worker.missing")
        self.worker_id = worker_id
        self.row = row
        self.version = int(row["version"])
        self._loading = True
        for name, edit in self.text_edits.items():
            value = row.get(name)
            if name in ("birth_date", "start_date", "end_date", "registered_at"):
                edit.setText(_iso_to_text(value))
            elif name == "wage":
                edit.setText("" if value is None else format_rupiah(int(value)))
            else:
                edit.setText("" if value is None else str(value))
        self._set_combo(self.ui.sexCombo, row.get("sex"))
        self._set_combo(self.ui.maritalCombo, row.get("marital_status"), add=True)
        self._set_combo(self.ui.categoryCombo, row.get("category"))
        self._set_combo(self.ui.typeCombo, row.get("participant_type"))
        self._set_combo(self.ui.fundingCombo, row.get("funding_source"), add=True)
        self._set_combo(self.ui.unitCombo, row.get("unit_id"))
        programs = set(str(row.get("programs") or "").split(","))
        for code, check in self.program_checks.items():
            check.setChecked(code in programs)
        self._touched = {"unit_id", "programs", "participant_type"}
        self._auto = {}
        self._loading = False
        status = EnrollmentStatus(row["status"])
        self.ui.statusValue.setText(STATUS_LABELS[status])
        proposal = " — ".join(x for x in (_iso_to_text(row.get("proposed_at")),
                                           row.get("proposal_ref") or "") if x)
        self.ui.proposalValue.setText(proposal or "-")
        ended = " — ".join(x for x in (_iso_to_text(row.get("ended_at")),
                                        row.get("end_reason") or "") if x)
        self.ui.endedValue.setText(ended or "-")
        archived = " (diarsipkan)" if row.get("archived") else ""
        self.ui.headerLabel.setText(f"{row['name']}{archived}")
        self.setWindowTitle(f"Data Pegawai — {row['name']}")
        self.ui.saveNewButton.setVisible(False)
        self._unit_changed(by_hand=False)
        self.load_history()
        self.validate()

    def clear(self, *, unit_id: int | None = None) -> None:
        """An empty form for a new worker; unit, category, type and programs carry over
        (a clerk usually enters a whole office's list in a row)."""
        keep_unit = unit_id if unit_id is not None else self.ui.unitCombo.currentData()
        self.worker_id = None
        self.version = None
        self.row = {}
        self._loading = True
        for edit in self.text_edits.values():
            edit.clear()
        self.ui.sexCombo.setCurrentIndex(0)
        self.ui.maritalCombo.setCurrentIndex(0)
        if keep_unit is not None:
            self._set_combo(self.ui.unitCombo, keep_unit)
        self._loading = False
        self._auto = {}
        self._dirty = set()
        self._show_all = False
        self.ui.statusValue.setText(STATUS_LABELS[EnrollmentStatus.BELUM])
        self.ui.proposalValue.setText("-")
        self.ui.endedValue.setText("-")
        self.ui.headerLabel.setText("Pegawai baru")
        self.setWindowTitle("Pegawai Baru")
        self.ui.historyTable.setRowCount(0)
        self.ui.saveNewButton.setVisible(True)
        self._unit_changed(by_hand=False)
        self._category_defaults()
        self.validate()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.nikEdit.setFocus()

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any, *, add: bool = False) -> None:
        index = combo.findData(value)
        if index < 0 and add and value:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # -- reactions --

    def _edited(self, _text: str = "") -> None:
        if not self._loading and self.isVisible():
            self._timer.start()

    def _picked(self, widget: QWidget) -> None:
        names = {self.ui.categoryCombo: "category", self.ui.typeCombo: "participant_type",
                 self.ui.programsBox: "programs", self.ui.sexCombo: "sex"}
        name = names.get(widget)
        if name:
            self._dirty.add(name)
            self._touched.add(name)
            self._auto.pop(name, None)
        if widget is self.ui.categoryCombo:
            self._category_defaults()
        self._edited()

    def _category_defaults(self) -> None:
        if self.worker_id is not None or "participant_type" in self._touched:
            return
        try:
            category = Category(self.ui.categoryCombo.currentData())
        except ValueError:
            return
        self._set_combo(self.ui.typeCombo, category.default_participant_type.value)

    def _unit_changed(self, *, by_hand: bool) -> None:
        unit = self._units.get(self.ui.unitCombo.currentData())
        if unit is None:
            self.ui.riskValue.setText("-")
        else:
            risk = RiskClass(unit["risk_class"])
            npp = f" — NPP {unit['npp']}" if unit.get("npp") else ""
            self.ui.riskValue.setText(f"{risk.label}{npp}")
            # A new worker gets the unit's default program set until the clerk picks.
            if self.worker_id is None and "programs" not in self._touched:
                defaults = set(str(unit["default_programs"] or "").split(","))
                for code, check in self.program_checks.items():
                    check.setChecked(code in defaults)
        if by_hand:
            self._touched.add("unit_id")
        self._edited()

    def _nik_edited(self, text: str) -> None:
        """Fill birth date and sex from a readable NIK, unless the clerk typed them."""
        result = parse_nik(text)
        if result.birth_date is not None:
            current = self.ui.birthDateEdit.text()
            if not current or current == self._auto.get("birth_date"):
                filled = format_tanggal_pendek(result.birth_date)
                self.ui.birthDateEdit.setText(filled)
                self._auto["birth_date"] = filled
        if result.sex is not None:
            current_sex = self.ui.sexCombo.currentData()
            if current_sex is None or current_sex == self._auto.get("sex"):
                self._set_combo(self.ui.sexCombo, result.sex)
                self._auto["sex"] = result.sex

    def _tidy_wage(self) -> None:
        value, problems = normalize_field("wage", self.ui.wageEdit.text())
        if value is not None and not problems:
            self.ui.wageEdit.setText(format_rupiah(int(value)))

    def _tidy_date(self, name: str) -> None:
        edit = self.text_edits[name]
        value, problems = normalize_field(name, edit.text())
        if value is not None and not problems:
            text = _iso_to_text(value)
            if edit.text() == self._auto.get(name):
                self._auto[name] = text
            edit.setText(text)

    # -- values and validation --

    def collect(self) -> tuple[dict[str, Any], list[Problem]]:
        """Normalised values of every field, and the per-field problems."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name in TEXT_FIELDS:
            value, found = normalize_field(name, self.text_edits[name].text())
            values[name] = value
            problems += found
        values["sex"] = self.ui.sexCombo.currentData()
        values["marital_status"] = self.ui.maritalCombo.currentData()
        values["category"] = self.ui.categoryCombo.currentData()
        values["participant_type"] = self.ui.typeCombo.currentData()
        values["funding_source"] = self.ui.fundingCombo.currentData()
        values["unit_id"] = self.ui.unitCombo.currentData()
        values["programs"] = {c for c, check in self.program_checks.items() if check.isChecked()}
        return values, problems

    def validate(self) -> list[Problem]:
        values, problems = self.collect()
        field_errors = {p.field for p in problems if p.is_error}
        # Cross-field and duplicate rules only on values that were readable.
        checkable = {k: v for k, v in values.items() if k not in field_errors}
        checkable.setdefault("status", self.row.get("status"))
        checkable["ended_at"] = self.row.get("ended_at")
        problems += [p for p in worker_service.validate(self.store, checkable,
                                                        worker_id=self.worker_id)
                     if p.field not in field_errors]  # "wajib diisi" beside "tidak sah"
        problems = self._dedupe(problems)
        self.values, self.problems = values, problems
        self._show_problems(problems)
        self._show_duplicates(values.get("nik") if "nik" not in field_errors else None)
        self._show_contribution(values)
        return problems

    @staticmethod
    def _dedupe(problems: list[Problem]) -> list[Problem]:
        seen: set[str] = set()
        out = []
        for p in problems:
            if p.message not in seen:
                seen.add(p.message)
                out.append(p)
        return out

    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            field = p.field if p.field in self.messages else None
            if p.field in ("ended_at", "status"):
                field = None
            if not (self._show_all or self.worker_id is not None or field in self._dirty):
                field = None
            if field:
                by_field.setdefault(field, []).append(p)
        for name, label in self.messages.items():
            found = by_field.get(name, [])
            if name == "nik":  # the duplicate line below the buttons says it with a link
                found = [p for p in found if p.code != "nik.duplicate"]
            form = self._message_forms[name]
            if not found:
                form.setRowVisible(label, False)
                label.clear()
                continue
            errors = [p for p in found if p.is_error]
            label.setStyleSheet(_ERROR_STYLE if errors else _WARNING_STYLE)
            label.setText("\n".join(("✖ " if p.is_error else "⚠ ") + p.message for p in found))
            form.setRowVisible(label, True)
        shown = [p for p in problems if self._show_all or self.worker_id is not None
                 or p.field in self._dirty]
        errors = [p for p in shown if p.is_error]
        warnings = [p for p in shown if not p.is_error]
        if errors:
            self.ui.summaryLabel.setStyleSheet(_ERROR_STYLE)
            self.ui.summaryLabel.setText(f"{len(errors)} isian harus diperbaiki sebelum "
                                         "disimpan.")
        elif warnings:
            self.ui.summaryLabel.setStyleSheet(_WARNING_STYLE)
            self.ui.summaryLabel.setText(f"{len(warnings)} peringatan; data tetap dapat "
                                         "disimpan.")
        else:
            self.ui.summaryLabel.setStyleSheet("")
            self.ui.summaryLabel.setText("")

    def _show_duplicates(self, nik: str | None) -> None:
        others = wq.find_by_nik(self.store.conn, nik, exclude_id=self.worker_id) if nik else []
        if not others:
            self.ui.duplicateLabel.clear()
            self.ui.duplicateLabel.setVisible(False)
            return
        links = ", ".join(
            f'<a href="{o["id"]}">{o["name"]}</a> ({o["unit_name"]}'
            f'{", diarsipkan" if o["archived"] else ""})' for o in others[:5])
        more = f" dan {len(others) - 5} lainnya" if len(others) > 5 else ""
        self.ui.duplicateLabel.setText(
            f'<span style="color:#9a6700">⚠ NIK ini sudah dipakai oleh {links}{more}. '
            "Periksa apakah orang yang sama tercatat dua kali.</span>")
        self.ui.duplicateLabel.setVisible(True)

    def _show_contribution(self, values: dict[str, Any]) -> None:
        table = self.ui.contributionTable
        table.setRowCount(0)
        unit = self._units.get(values.get("unit_id"))
        note = ""
        try:
            from jamsos_desktop.domain.contributions import contribution
            from jamsos_desktop.domain.rates import default_rate_table

            today = date.today()
            birth = date.fromisoformat(values["birth_date"]) if values.get("birth_date") \
                else None
            result = contribution(
                wage=int(values.get("wage") or 0),
                participant_type=values.get("participant_type") or "PU",
                risk_class=unit["risk_class"] if unit else RiskClass.SANGAT_RENDAH.value,
                programs=[p for p in PROGRAM_ORDER if p.value in values["programs"]],
                year=today.year, month=today.month, birth_date=birth,
                table=default_rate_table())
        except (DomainError, ValueError, KeyError) as exc:
            note = str(exc)
        except ImportError:
            note = "Mesin perhitungan iuran belum tersedia."
        else:
            for line in result.programs:
                self._contribution_row(line.program.value.upper(), line.employer, line.worker,
                                       line.rule)
            self._contribution_row("Jumlah", result.employer, result.worker, "", bold=True)
            notes = [w.message for w in result.warnings]
            notes.append(f"Bulan {today.month:02d}/{today.year}; pemberi kerja dibayar dari "
                         "APBD, bagian pekerja dipotong dari upah.")
            note = " ".join(notes)
        self.ui.contributionNote.setText(note)

    def _contribution_row(self, name: str, employer: int, worker: int, tip: str,
                          bold: bool = False) -> None:
        table = self.ui.contributionTable
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate((name, format_rupiah(employer), format_rupiah(worker))):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tip:
                item.setToolTip(tip)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, col, item)

    # -- history --

    def load_history(self) -> None:
        table = self.ui.historyTable
        table.setRowCount(0)
        if self.worker_id is None:
            return
        for event in reversed(worker_service.history(self.store, self.worker_id)):
            row = table.rowCount()
            table.insertRow(row)
            if event["kind"] == "status":
                frm = STATUS_LABELS.get(EnrollmentStatus(event["from"])) \
                    if event.get("from") else None
                to = STATUS_LABELS[EnrollmentStatus(event["to"])]
                what = f"Status: {frm} → {to}" if frm else f"Status: {to}"
                detail = "; ".join(x for x in (
                    f"berlaku {_iso_to_text(event['effective_date'])}"
                    if event.get("effective_date") else "",
                    event.get("reference") or "", event.get("note") or "") if x)
            else:
                what = ACTION_LABELS.get(event["kind"], event["kind"])
                detail = self._describe_change(event.get("old"), event.get("new"))
            for col, text in enumerate((_when(event["at"]), what, detail,
                                        event.get("user") or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)

    @staticmethod
    def _describe_change(old: str | None, new: str | None) -> str:
        try:
            before = json.loads(old) if old else {}
            after = json.loads(new) if new else {}
        except ValueError:
            return ""
        if not isinstance(before, dict) or not isinstance(after, dict):
            return ""
        parts = []
        for key in list(before)[:8]:
            if key in ("archived_at", "updated_at", "version", "nik_valid"):
                continue
            label = FIELD_LABELS.get(key, key)
            parts.append(f"{label}: {before.get(key) or '(kosong)'} → "
                         f"{after.get(key) or '(kosong)'}")
        return "; ".join(parts)

    # -- save --

    def save(self, *, close: bool) -> int | None:
        self._timer.stop()
        self._show_all = True
        problems = self.validate()
        errors = [p for p in problems if p.is_error]
        if errors:
            self._focus_field(errors[0].field)
            return None
        values = dict(self.values)
        try:
            result = worker_service.save_worker(self.store, values, worker_id=self.worker_id,
                                                version=self.version)
        except UserError as exc:
            show_error(self, exc)
            return None
        wid = result.worker_id
        if self.undo is not None:
            name = values.get("name") or ""
            if self.worker_id is None:
                now = now_iso()
                push_fields(self.undo, f"tambah pegawai {name}",
                            {wid: {"archived": 1, "archived_at": now}},
                            {wid: {"archived": 0, "archived_at": None}})
            elif result.before:
                after = {k: values.get(k) for k in result.before if k != "programs"}
                if "programs" in result.before:
                    after["programs"] = format_programs(
                        {p for p in PROGRAM_ORDER if p.value in values["programs"]})
                push_fields(self.undo, f"ubah data {name}", {wid: dict(result.before)},
                            {wid: after})
        self.saved.emit(wid)
        if close:
            self.accept()
        else:
            self.clear()
        return wid

    def _focus_field(self, field: str | None) -> None:
        widget: QWidget | None = self.text_edits.get(field or "")
        if field == "unit_id":
            widget = self.ui.unitCombo
        if widget is None:
            return
        page = widget.parentWidget()
        while page is not None and self.ui.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.ui.tabs.setCurrentWidget(page)
        widget.setFocus()
