"""Roster import: read → map columns → plan (every row OK, warning or error, with the diff
of each update) → commit as one batch in one transaction → undo the batch later if needed.

    source = load_source(store, path, sheet=None)        # header found, mapping suggested
    plan = plan_import(store, source, mapping=None, unit_code=None)
    result = commit_import(store, plan)                   # backup first, then one transaction
    write_rejected(plan, "ditolak.xlsx")                  # rows to send back to the OPD
    undo_batch(store, result.batch_id)                    # exact restore, refused if touched

Every row is accounted for: rows = inserted + updated + unchanged + rejected + blank.
Matching is by NIK. A NIK twice in the file: the later rows are rejected. A NIK already held
by a worker of another unit: rejected (moving people between OPD is a deliberate act in the
roster, never a side effect of an import). An empty cell never erases stored data.

Consolidation (`kind="konsolidasi"`) is the same pipeline over a roster exported by another
copy of the program: each record keeps the office it came from (`origin_office`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.enums import (
    CATEGORY_LABELS,
    Category,
    EnrollmentStatus,
    Program,
    format_programs,
)
from jamsos_desktop.domain.enums import STATUS_LABELS as ENROLLMENT_LABELS
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import label
from jamsos_desktop.errors import ConflictError, UserError
from jamsos_desktop.exchange import mapping as mp
from jamsos_desktop.exchange.bulk import without_gc
from jamsos_desktop.exchange.reader import SheetData, clear_covered, read_sheet
from jamsos_desktop.exchange.rows import RowOutcome, RowValidator, UnitResolver
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import imports as iq
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq

Progress = Callable[..., None]
BULK_THRESHOLD = 20_000  # above this many inserts, rebuild indexes once instead of per row
CHUNK = 10_000

STATUS_LABELS = {"ok": "OK", "warning": "Peringatan", "error": "Ditolak", "blank": "Kosong"}
ACTION_LABELS = {"insert": "Tambah", "update": "Ubah", "unchanged": "Tetap",
                 "reject": "Ditolak", "blank": "Baris kosong"}
# Fields an import may write; NIK is the key and never changes through an import.
WRITABLE = ("name", "birth_place", "birth_date", "sex", "mother_name", "address", "phone",
            "marital_status", "category", "job_title", "unit_id", "wage", "start_date",
            "end_date", "participant_type", "funding_source", "kpj", "status",
            "registered_at", "notes", "origin_office")


def _noop(*_a: Any, **_k: Any) -> None:
    return None


@dataclass
class ImportSource:
    """A sheet read and understood: where the header is and what each column holds."""
    path: Path
    data: SheetData
    header: mp.HeaderInfo
    signature: str
    mapping: dict[int, str]
    mapping_source: str  # "tersimpan" (remembered) | "tebakan" (from synonyms)

    @property
    def labels(self) -> list[str]:
        return self.header.labels

    @property
    def width(self) -> int:
        return len(self.header.labels)

    def sample(self, n: int = 5) -> list[list[Any]]:
        rows = self.data.rows[self.header.data_start:self.header.data_start + n]
        return [list(r) for r in rows]


@dataclass(slots=True)
class PlannedRow:
    row_no: int  # spreadsheet row number, 1-based, as the clerk sees it
    action: str  # insert | update | unchanged | reject | blank
    values: dict[str, Any]
    problems: list[Problem] | tuple[Problem, ...] = ()
    worker_id: int | None = None
    version: int | None = None
    diff: dict[str, tuple[Any, Any]] | None = None  # field → (stored, new)
    programs: frozenset[str] | None = None  # programs to set (None: leave as they are)
    raw: list[Any] | None = None  # kept for rejected rows only (the rejected-rows file)

    @property
    def status(self) -> str:
        if self.action == "blank":
            return "blank"
        if self.action == "reject":
            return "error"
        return "warning" if self.problems else "ok"

    def reasons(self) -> str:
        return " ".join(p.message for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row_no, "action": self.action, "status": self.status,
                "nik": self.values.get("nik"), "name": self.values.get("name"),
                "worker_id": self.worker_id,
                "problems": [p.to_dict() for p in self.problems],
                "diff": {k: [a, b] for k, (a, b) in (self.diff or {}).items()}}


@dataclass
class ImportPlan:
    source: ImportSource
    mapping: dict[int, str]
    kind: str
    default_unit_id: int | None
    origin_office: str | None
    rows: list[PlannedRow]
    notices: list[str] = field(default_factory=list)
    # unit id → "code name", for showing a changed unit as the clerk knows it
    unit_labels: dict[int, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = {"rows": len(self.rows), "inserted": 0, "updated": 0, "unchanged": 0,
               "rejected": 0, "blank": 0, "warnings": 0}
        key = {"insert": "inserted", "update": "updated", "unchanged": "unchanged",
               "reject": "rejected", "blank": "blank"}
        for row in self.rows:
            out[key[row.action]] += 1
            if row.problems and row.action in ("insert", "update", "unchanged"):
                out["warnings"] += 1
        return out

    def rejected(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "reject"]

    def summary(self) -> dict[str, Any]:
        return {**self.counts(), "file": self.source.data.file_name,
                "sheet": self.source.data.sheet, "header_row": self.source.header.header_row + 1,
                "mapping": {mp.column_letter(c): f for c, f in sorted(self.mapping.items())
                            if f},
                "notices": list(self.notices)}


@dataclass
class ImportResult:
    batch_id: int
    counts: dict[str, int]
    backup: Path | None

    def to_dict(self) -> dict[str, Any]:
        return {**self.counts, "batch_id": self.batch_id,
                "backup": str(self.backup) if self.backup else None}


# --- reading -----------------------------------------------------------------------------


@without_gc
def load_source(store: Store, path: Path | str, sheet: str | None = None) -> ImportSource:
    """Read the sheet, find its header and suggest a mapping (the remembered one for this file
    shape, else one from the synonyms). Without `sheet`, a first sheet that holds no roster
    (empty, or no NIK nor Nama column: a cover page, a summary) gives way to the first other
    visible sheet whose header names both; a notice says so."""
    path = Path(path)
    data = read_sheet(path, sheet)
    first = _understand(store, path, data) if data.rows else None
    if sheet is None and len(data.sheet_names) > 1 and (
            first is None or not {"nik", "name"} & set(first.mapping.values())):
        for other in data.sheet_names[1:]:
            try:
                other_data = read_sheet(path, other)
            except UserError:
                continue
            if not other_data.rows:
                continue
            candidate = _understand(store, path, other_data)
            if {"nik", "name"} <= set(candidate.mapping.values()):
                why = "kosong" if first is None else "tidak memuat judul kolom NIK atau Nama"
                other_data.notices.insert(0, f"Lembar pertama '{data.sheet}' {why}; yang "
                                             f"dibaca lembar '{other_data.sheet}'.")
                return candidate
    if first is None:
        raise UserError(f"Lembar '{data.sheet}' pada berkas '{data.file_name}' kosong.",
                        code="import.empty")
    return first


def _understand(store: Store, path: Path, data: SheetData) -> ImportSource:
    hidden = clear_covered(data)
    header = mp.detect_header(data.rows, data.merged)
    filled = _fill_merged_down(data, header.data_start)
    if filled:
        data.notices.append(f"{filled} sel gabungan (merge) ke bawah di bawah judul kolom "
                            "dibaca sebagai nilai sel teratasnya pada setiap baris yang "
                            "dicakupnya (misalnya Unit Kerja yang digabung untuk satu OPD).")
    if hidden:
        data.notices.append(f"{hidden} sel yang tertutup sel gabungan (merge) menyimpan nilai "
                            "yang tidak tampak di Excel; nilai itu diabaikan. Yang dibaca "
                            "hanya isi sel kiri atas setiap gabungan, seperti yang tampak di "
                            "Excel.")
    signature = mp.header_signature(header.labels)
    remembered = iq.get_mapping(store.conn, signature)
    mapping: dict[int, str] = {}
    source = "tebakan"
    if remembered:
        try:
            mapping = {int(c): str(f) for c, f in remembered.items()
                       if str(f) in mp.IMPORT_FIELDS or f == ""}
            source = "tersimpan"
        except (TypeError, ValueError):
            mapping = {}
    if not mapping:
        mapping, source = dict(header.guessed), "tebakan"
    return ImportSource(path, data, header, signature, mapping, source)


def _fill_merged_down(data: SheetData, data_start: int) -> int:
    """Cells merged down over data rows (a Unit Kerja merged over an OPD's group of
    workers) hold their value in the top cell only: give it to every row the merge covers,
    as the clerk sees it. Merges across columns (a section title, also one two rows tall)
    are left alone: such a row stays blank or reports what it lacks. Returns the number of
    merged areas filled; done once per sheet (a second call finds the cells filled)."""
    filled = 0
    rows = data.rows
    for (r0, c0), (r1, c1) in data.merged:
        if r1 <= r0 or c1 != c0 or r0 < data_start or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if value is None or value == "":
            continue
        changed = False
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if c0 < len(row) and (row[c0] is None or row[c0] == ""):
                row[c0] = value
                changed = True
        filled += changed
    return filled


def origin_office_of(path: Path) -> str | None:
    """The office named in the "Info" sheet of a roster exported by Jamsos Desktop."""
    try:
        info = read_sheet(path, "Info")
    except UserError:
        return None
    for row in info.rows[:50]:
        if len(row) >= 2 and str(row[0]).strip() == "Kantor" and str(row[1]).strip():
            return str(row[1]).strip()[:200]
    return None


# --- planning ----------------------------------------------------------------------------


def _unit_id_for(store: Store, unit_code: str | None, unit_id: int | None) -> int | None:
    if unit_id is not None:
        if uq.get_unit(store.conn, unit_id) is None:
            raise UserError("Unit kerja yang dipilih tidak ada.", code="import.unit")
        return unit_id
    if unit_code:
        unit = uq.unit_by_code(store.conn, unit_code)
        if unit is None:
            raise UserError(f"Unit kerja dengan kode '{unit_code}' tidak ada. Lihat daftar "
                            "unit kerja di menu Unit Kerja.", code="import.unit")
        return int(unit["id"])
    return None


def _pension_age(today: date) -> int | None:
    from jamsos_desktop.services.workers import current_pension_age

    return current_pension_age(today)


def _programs_of(text: Any) -> frozenset[str]:
    if not text:
        return frozenset()
    if isinstance(text, frozenset | set):
        return frozenset(str(p) for p in text)
    return frozenset(p for p in str(text).split(",") if p)


@without_gc
def plan_import(store: Store, source: ImportSource, *, mapping: Mapping[int, str] | None = None,
                unit_code: str | None = None, unit_id: int | None = None,
                kind: str = "roster", origin_office: str | None = None,
                progress: Progress | None = None, today: date | None = None,
                parallel: bool | None = None) -> ImportPlan:
    """Validate every row and match it against the database; writes nothing. `parallel`:
    share the rows with a helper process (None: when the roster is big enough to gain)."""
    progress = progress or _noop
    today = today or date.today()
    mapping = {int(c): f for c, f in (mapping if mapping is not None else source.mapping).items()
               if f}
    complaints = mp.validate_mapping(mapping, source.width)
    if complaints:
        others = [n for n in source.data.sheet_names if n != source.data.sheet]
        if others and not {"nik", "name"} <= set(mapping.values()):
            complaints.append(f"Bila daftar pegawai ada di lembar lain ({', '.join(others)}), "
                              "pilih lembarnya dengan opsi --sheet NAMA.")
        raise UserError(f"Pemetaan kolom lembar '{source.data.sheet}' belum dapat dipakai: "
                        + " ".join(complaints), code="import.mapping")
    if kind not in ("roster", "konsolidasi"):
        raise ValueError(kind)
    default_unit = _unit_id_for(store, unit_code, unit_id)
    if mp.UNIT not in mapping.values() and default_unit is None:
        raise UserError("Berkas tidak memiliki kolom Unit Kerja: pilih unit kerja tujuan "
                        "(opsi --unit KODE).", code="import.unit")
    data = source.data
    if kind == "konsolidasi" and not origin_office:
        origin_office = origin_office_of(source.path) or source.data.file_name
    recipe = _Recipe(mapping, iq.units_lookup(store.conn), default_unit, today,
                     _pension_age(today), data.formulas, data.errors, data.hidden_rows, kind,
                     origin_office)
    planner = _Planner(recipe)
    rows = data.rows
    start = source.header.data_start
    total = max(len(rows) - start, 0)
    if parallel is None:
        parallel = HELPER_BY_DEFAULT and total >= PARALLEL_MIN_ROWS and (os.cpu_count() or 1) > 1
    db_path = str(store.path)
    if db_path == ":memory:" or not Path(db_path).exists():
        parallel = False  # the helper reads the database through its own connection
    planned, keys = _plan_blocks(planner, store, rows, start, progress, parallel, db_path)
    # A NIK twice in the file: the first row counts, the later ones are rejected. Only the
    # rows that passed validation take part (as before: a rejected row claims no NIK).
    first_row: dict[Any, int] = {}
    for i, takes_part in enumerate(keys):
        if not takes_part:
            continue
        nik = planned[i].values.get("nik")
        if nik in first_row:
            planned[i] = planner.duplicate(rows, start + i, first_row[nik])
        else:
            first_row[nik] = start + i + 1
    progress(total, total, "Pratinjau selesai.")
    plan = ImportPlan(source, mapping, kind, default_unit, origin_office, planned,
                      list(data.notices),
                      {int(u["id"]): f"{u['code']} {u['name']}" for u in recipe.units})
    if data.hidden_rows:
        plan.notices.append(f"{len(data.hidden_rows)} baris tersembunyi di Excel ikut dibaca "
                            "dan ditandai peringatan.")
    if data.formulas:
        plan.notices.append(f"{len(data.formulas)} sel berisi rumus; nilai hasilnya yang "
                            "dipakai.")
    return plan


# The helper process is off by default: on the 2-vCPU development machine (whose second
# vCPU is mostly busy with other work) it made planning 100k rows slower as often as faster
# (2.0–2.3 s alone; 1.8–2.95 s with it, each process at about half speed when the second
# vCPU was taken; bench/README.md, Exchange).
HELPER_BY_DEFAULT = False
PARALLEL_MIN_ROWS = 20_000  # below this a helper's start (~0.1–0.3 s) is not repaid
BLOCK = 5_000  # rows per unit of work: progress and Cancel are checked between blocks
_AHEAD = 2  # blocks queued at the helper, so it never waits for the parent


@dataclass
class _Recipe:
    """Everything that decides a row's plan besides the row and the database: sent to the
    helper process, which builds the same `_Planner` from it."""
    mapping: dict[int, str]
    units: list[dict[str, Any]]
    default_unit: int | None
    today: date
    pension_age: int | None
    formulas: set[tuple[int, int]]
    errors: dict[tuple[int, int], str]
    hidden: set[int]
    kind: str
    origin_office: str | None


class _Planner:
    """Plans blocks of rows: validation, then matching against the stored workers — all but
    the in-file duplicates, which need the whole file (`plan_import` does them after)."""

    def __init__(self, recipe: _Recipe) -> None:
        self.recipe = recipe
        units = recipe.units
        self.default_programs = {int(u["id"]): _programs_of(u["default_programs"])
                                 for u in units}
        self.unit_names = {int(u["id"]): f"{u['name']} ({u['code']})" for u in units}
        self.validator = RowValidator(
            recipe.mapping, units=UnitResolver(units), default_unit_id=recipe.default_unit,
            today=recipe.today, pension_age=recipe.pension_age, formulas=recipe.formulas,
            errors=recipe.errors)

    def _first_pass(self, r: int, out: RowOutcome | None) -> PlannedRow:
        if out is None:
            return PlannedRow(r + 1, "blank", {})
        if r in self.recipe.hidden:
            out.problems = [*out.problems, Problem(
                "row.hidden", "Baris ini tersembunyi (hidden) di Excel; pastikan memang "
                "termasuk data yang diimpor.", "warning", None)]
        p = PlannedRow(r + 1, "reject" if out.has_error else "insert", out.values,
                       out.problems)
        if self.recipe.kind == "konsolidasi":
            p.values.setdefault("origin_office", self.recipe.origin_office)
        return p

    def block(self, conn: Any, rows: Any, start: int, stop: int
              ) -> tuple[list[PlannedRow], list[bool]]:
        """Rows[start:stop] planned, and for each whether it takes part in the in-file
        duplicate check (validated, not blank)."""
        planned: list[PlannedRow] = []
        keys: list[bool] = []
        matching: list[tuple[PlannedRow, RowOutcome]] = []
        first_pass = self._first_pass
        for r, out in enumerate(self.validator.validate_rows(rows, start, stop), start):
            p = first_pass(r, out)
            planned.append(p)
            if out is None:
                keys.append(False)
            elif p.action == "reject":
                p.raw = list(rows[r])
                keys.append(False)
            else:
                keys.append(True)
                matching.append((p, out))
        niks = {p.values["nik"] for p, _ in matching if p.values.get("nik")}
        stored = iq.workers_by_nik(conn, niks) if niks else {}
        for p, out in matching:
            held = stored.get(p.values.get("nik"))
            if held is None:  # a new worker: the common case, kept short
                _plan_insert(p, out, self.validator, self.default_programs, rows)
            else:
                self._match(p, out, held, rows)
        return planned, keys

    def _match(self, p: PlannedRow, out: RowOutcome, held: list[dict[str, Any]],
               rows: Any) -> None:
        matches = [w for w in held if not w["archived"]]
        archived = [w for w in held if w["archived"]]
        target_unit = p.values.get("unit_id")
        if not matches and archived:
            w = archived[0]
            _reject(p, rows, Problem("nik.archived", f"NIK ini milik {w['name']} yang sudah "
                                     f"diarsipkan ({w['unit_name']}). Pulihkan pegawai itu "
                                     "dari arsip bila ingin memperbarui datanya.", "error",
                                     "nik"))
            return
        if not matches:
            _plan_insert(p, out, self.validator, self.default_programs, rows)
            return
        same_unit = [w for w in matches if w["unit_id"] == target_unit]
        if not same_unit:
            w = matches[0]
            _reject(p, rows, Problem(
                "nik.other_unit", f"NIK ini sudah tercatat atas nama {w['name']} di "
                f"{w['unit_name']}, bukan di "
                f"{self.unit_names.get(target_unit or 0, 'unit tujuan')}. "
                "Bila pegawai memang pindah, pindahkan lewat menu Pegawai; bila keliru, "
                "perbaiki berkas.", "error", "nik"))
            return
        w = same_unit[0]
        if len(matches) > 1:
            p.problems = [*p.problems, Problem(
                "nik.duplicate", f"NIK ini tercatat {len(matches)} kali di basis data; yang "
                f"diperbarui data {w['name']} di {w['unit_name']}.", "warning", "nik")]
        _plan_update(p, w, self.validator, out.nik, rows)

    def duplicate(self, rows: list[list[Any]], r: int, first: int) -> PlannedRow:
        """Row r again as validation left it, rejected as a repeat of row `first`."""
        p = self._first_pass(r, self.validator.validate(r, rows[r]))
        nik = p.values.get("nik")
        _reject(p, rows, Problem("nik.duplicate_in_file", f"NIK {nik} sudah ada pada baris "
                                 f"{first} berkas ini; baris ini dilewati.", "error", "nik"))
        return p


class _Window:
    """rows[offset:offset + len(block)] of a roster, indexed as in the whole roster (the
    helper holds only the block it was given)."""

    def __init__(self, offset: int, block: list[list[Any]]) -> None:
        self.offset, self.block = offset, block

    def __len__(self) -> int:
        return self.offset + len(self.block)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return self.block[i.start - self.offset:i.stop - self.offset]
        return self.block[i - self.offset]


# A planned row as the helper sends it back (the parent adds the row number and raw cells).
_Sent = tuple[str, dict[str, Any], Any, int | None, int | None, Any, Any]


def _helper_worker(recipe: _Recipe, db_path: str) -> Callable[[int, Any], Any]:
    """Runs in the helper process: plans the blocks it is given, reading the stored workers
    through a read-only connection of its own."""
    from jamsos_desktop.store.db import connect

    planner = _Planner(recipe)
    conn = connect(db_path, readonly=True)

    def work(start: int, block: list[list[Any]]) -> tuple[list[_Sent], list[bool]]:
        planned, keys = planner.block(conn, _Window(start, block), start, start + len(block))
        return [(p.action, p.values, p.problems, p.worker_id, p.version, p.diff, p.programs)
                for p in planned], keys

    return work


def _plan_blocks(planner: _Planner, store: Store, rows: list[list[Any]], start: int,
                 progress: Progress, parallel: bool, db_path: str
                 ) -> tuple[list[PlannedRow], list[bool]]:
    """Every row from `start` planned in blocks: by this process from the front and, when
    `parallel`, by a helper process from the back (`exchange.parallel`), until they meet.
    Whoever plans a block, the outcome is the same (tests/exchange/test_parallel.py)."""
    total = max(len(rows) - start, 0)
    blocks = [(b, min(b + BLOCK, len(rows))) for b in range(start, len(rows), BLOCK)]
    done: dict[int, tuple[list[PlannedRow], list[bool]]] = {}
    helper = None
    if parallel and len(blocks) > 2:
        from jamsos_desktop.exchange.parallel import BlockHelper

        helper = BlockHelper(_helper_worker, (planner.recipe, db_path))
    lo, hi = 0, len(blocks)
    rows_done = 0

    def hand_out() -> None:
        nonlocal hi
        while helper is not None and not helper.failed and helper.pending < _AHEAD \
                and hi - lo > 1:
            hi -= 1
            b, e = blocks[hi]
            helper.give(b, rows[b:e])

    def collect(timeout: float = 0.0) -> None:
        nonlocal rows_done
        assert helper is not None
        for b, (sent, keys) in helper.poll(timeout):
            if b in done:  # already taken back and done here
                continue
            planned = [PlannedRow(r + 1, a, v, pr, wid, ver, diff, progs,
                                  list(rows[r]) if a == "reject" else None)
                       for r, (a, v, pr, wid, ver, diff, progs) in enumerate(sent, b)]
            done[b] = planned, keys
            rows_done += len(planned)

    try:
        hand_out()
        while lo < hi:
            progress(rows_done, total, "Memeriksa baris…")
            b, e = blocks[lo]
            lo += 1
            done[b] = planner.block(store.conn, rows, b, e)
            rows_done += e - b
            if helper is not None:
                collect()
                hand_out()
        # The helper's last blocks: whichever side finishes a block first. Taking them back
        # (latest first) means a helper slowed by a busy machine, or one that failed, never
        # makes the import wait longer than doing the blocks here would.
        while helper is not None and (todo := sorted(set(helper.unfinished()) - done.keys())):
            progress(rows_done, total, "Memeriksa baris…")
            if not helper.failed:
                collect()
                if not (todo := [b for b in todo if b not in done]):
                    break
            b = todo[0]
            done[b] = planner.block(store.conn, rows, b, min(b + BLOCK, len(rows)))
            rows_done += len(done[b][0])
    finally:
        if helper is not None:
            helper.close()
    planned: list[PlannedRow] = []
    keys: list[bool] = []
    for b, _e in blocks:
        block_rows, block_keys = done[b]
        planned += block_rows
        keys += block_keys
    return planned, keys


_DEFAULT_PROGRAMS = frozenset({"jkk", "jkm"})


def _plan_insert(p: PlannedRow, out: RowOutcome, validator: RowValidator,
                 default_programs: Mapping[int, frozenset[str]], rows: list[list[Any]]) -> None:
    """A row whose NIK no active worker holds: the participant type follows the category
    when not given, the programs the unit's defaults; then the rules spanning fields."""
    values = p.values
    if not values.get("participant_type") and values.get("category"):
        ptype = _default_participant_type(values["category"])
        if ptype is not None:
            values["participant_type"] = ptype
    programs = values.pop("programs", None)
    p.programs = programs if programs is not None else default_programs.get(
        int(values.get("unit_id") or 0), _DEFAULT_PROGRAMS)
    record = {**values, "programs": p.programs}
    found = validator.cross_check(record, out.nik, owned=True)
    if found:
        _add_problems(p, found, rows)


def _default_participant_type(category: Any) -> str | None:
    """`Category(category).default_participant_type.value`, None for no such category."""
    try:
        return _DEFAULT_PTYPE[category]
    except (KeyError, TypeError):
        try:
            return Category(category).default_participant_type.value
        except ValueError:
            return None


_DEFAULT_PTYPE = {c.value: c.default_participant_type.value for c in Category}


def _reject(p: PlannedRow, rows: list[list[Any]], problem: Problem) -> None:
    p.action = "reject"
    p.problems = [*p.problems, problem]
    p.raw = list(rows[p.row_no - 1])


def _add_problems(p: PlannedRow, found: list[Problem], rows: list[list[Any]]) -> None:
    if not found:
        return
    p.problems = [*p.problems, *(f for f in found if f not in p.problems)]
    if any(f.severity == "error" for f in found):
        p.action = "reject"
        p.raw = list(rows[p.row_no - 1])


def _plan_update(p: PlannedRow, stored: dict[str, Any], validator: RowValidator,
                 nik_result: Any, rows: list[list[Any]]) -> None:
    p.worker_id = int(stored["id"])
    p.version = int(stored["version"])
    diff: dict[str, tuple[Any, Any]] = {}
    for fld in WRITABLE:
        if fld in p.values and p.values[fld] != stored.get(fld):
            diff[fld] = (stored.get(fld), p.values[fld])
    new_programs = p.values.pop("programs", None)
    old_programs = _programs_of(stored.get("programs"))
    if new_programs is not None and frozenset(new_programs) != old_programs:
        p.programs = frozenset(new_programs)
        diff["programs"] = (format_programs(_as_programs(old_programs)),
                            format_programs(_as_programs(p.programs)))
    merged = {k: stored.get(k) for k in WRITABLE}
    merged.update({k: v for k, v in p.values.items() if k in WRITABLE})
    merged["programs"] = p.programs if p.programs is not None else old_programs
    _add_problems(p, validator.cross_check(merged, nik_result), rows)
    if p.action == "reject":
        return
    if "status" in diff:
        old, new = diff["status"]
        from jamsos_desktop.domain.enums import STATUS_TRANSITIONS

        if EnrollmentStatus(new) not in STATUS_TRANSITIONS[EnrollmentStatus(old)]:
            p.problems = [*p.problems, Problem(
                "status.unusual", f"Status kepesertaan berubah dari '{old}' menjadi '{new}', "
                "di luar alur biasa.", "warning", "status")]
    p.diff = diff
    p.action = "update" if diff else "unchanged"


_PROGRAM_CODES = frozenset(p.value for p in Program)
_PROGRAM_ORDER = tuple(p.value for p in Program)
# Columns NOT NULL with a default: given here for the rows that leave them empty (a column
# no new worker has a value for is left out of the INSERT and gets its DEFAULT).
_COLUMN_DEFAULTS = {"category": "honorer", "participant_type": "PU", "funding_source": "APBD",
                    "status": EnrollmentStatus.BELUM.value}


def _insert_fields(inserts: list[PlannedRow]) -> tuple[str, ...]:
    """The WRITABLE fields some new worker has a value for, in WRITABLE order: the columns
    bound per row (fewer values to bind than every column, most of them NULL)."""
    present: set[str] = set()
    for p in inserts:
        present.update(p.values)
    return tuple(f for f in WRITABLE if f in present)


BATCH_LOAD_MIN = 500  # fewer new workers: the row triggers are cheaper than the DDL


def _load_strategy(conn: Any, inserts: int, first_id: int) -> tuple[Any, bool]:
    """How the new workers go in (see store.workers): a batch large next to the table that
    receives it rebuilds the indexes and the search index once (`bulk_load`, cost ~ the
    whole table); a batch appended to a bigger table keeps the indexes and feeds the search
    index once at the end (`batch_load`, cost ~ the batch: 100k rows into a table of 1M in
    ~4 s instead of ~21 s); a handful of rows keeps every trigger. Also says whether the
    row triggers are off inside."""
    held = first_id - 1  # max(id): at least the number of rows held
    if inserts >= BULK_THRESHOLD and held * REBUILD_RATIO <= inserts:
        return wq.bulk_load(conn), True
    if inserts >= BATCH_LOAD_MIN:
        return wq.batch_load(conn, first_id), True
    return nullcontext(), False


REBUILD_RATIO = 4  # rebuild when the batch is at least 4x the rows already held


def _as_programs(codes: frozenset[str]) -> set[Any]:
    return {Program(c) for c in codes if c in _PROGRAM_CODES}


@lru_cache(maxsize=64)
def _program_text(codes: frozenset[str]) -> str:
    """The canonical stored list ("jkk,jkm,jht") of a set of codes."""
    return format_programs(_as_programs(codes))


# --- committing --------------------------------------------------------------------------


def take_backup(store: Store, reason: str) -> Path | None:
    """A consistent snapshot before a batch writes (services.backup, with its rotation)."""
    if str(store.path) == ":memory:":
        return None
    from jamsos_desktop.services import backup

    return backup.snapshot(store, reason)


@without_gc
def commit_import(store: Store, plan: ImportPlan, *, progress: Progress | None = None,
                  remember_mapping: bool = True, backup: bool = True) -> ImportResult:
    """Write the plan as one batch in one transaction (all rows or none). A worker changed
    since the plan was made refuses the whole batch (make the preview again)."""
    progress = progress or _noop
    counts = plan.counts()
    inserts = [p for p in plan.rows if p.action == "insert"]
    updates = [p for p in plan.rows if p.action == "update"]
    snapshot = take_backup(store, "impor") if backup else None
    now = now_iso()
    src = plan.source
    total = len(inserts) + len(updates) or 1
    with store.tx() as conn:
        batch_id = iq.insert_batch(
            conn, kind=plan.kind, file_name=src.data.file_name, file_sha256=src.data.sha256,
            sheet=src.data.sheet, unit_id=plan.default_unit_id,
            mapping={str(c): f for c, f in plan.mapping.items()},
            origin_office=plan.origin_office, started_at=now, user=store.user)
        _check_versions(conn, updates)
        first_id = wq.next_id(conn)
        last_id = first_id + len(inserts) - 1
        changes: list[tuple[int, str, str | None]] = []
        inserted_marker = json.dumps({"version_after": 1})
        # Every program code known: the membership rows are then read back from each new
        # worker's own list in SQL (an unknown code goes the tuple way, and fails there).
        # (Only with the program-list triggers dropped: each membership row would rewrite
        # the list being read.)
        loader, triggers_off = _load_strategy(conn, len(inserts), first_id)
        listed = triggers_off and all(p.programs is None or p.programs <= _PROGRAM_CODES
                                      for p in inserts)
        given = _insert_fields(inserts)
        columns = ("id", "nik", *given, "import_batch_id", "created_at", "updated_at",
                   "programs")
        with loader:
            for start in range(0, len(inserts), CHUNK):
                progress(start, total, "Menyimpan pegawai baru…")
                rows: list[list[Any]] = []
                programs: list[tuple[int, str, Any]] = []
                for wid, p in enumerate(inserts[start:start + CHUNK], first_id + start):
                    p.worker_id = wid
                    v = p.values
                    rows.append([wid, v["nik"], *map(v.get, given), batch_id, now, now,
                                 _program_text(p.programs or frozenset())])
                    if not listed:
                        since = v.get("registered_at")
                        programs.extend((wid, prog, since) for prog in sorted(p.programs or ()))
                wq.bulk_insert(conn, columns, rows, programs, defaults=_COLUMN_DEFAULTS)
            if inserts and listed:
                wq.insert_listed_programs(conn, first_id, last_id, _PROGRAM_ORDER)
        if inserts:
            iq.add_insert_changes(conn, batch_id, first_id, last_id, inserted_marker)
        for i, p in enumerate(updates):
            if i % 1000 == 0:
                progress(len(inserts) + i, total, "Memperbarui pegawai…")
            assert p.worker_id is not None and p.diff is not None
            fields = {k: new for k, (_old, new) in p.diff.items() if k != "programs"}
            before = wq.update_worker(conn, p.worker_id, p.version, fields, now,
                                      programs=p.programs)
            changes.append((p.worker_id, "update", json.dumps(
                {"fields": before, "version_after": (p.version or 0) + 1},
                ensure_ascii=False, default=str)))
            after: dict[str, Any] = {k: fields[k] for k in before if k in fields}
            if "programs" in before:
                after["programs"] = format_programs(_as_programs(p.programs or frozenset()))
            store.audit("update", "worker", p.worker_id, old=before, new=after,
                        detail=f"impor batch {batch_id}")
            if "status" in before:
                wq.add_event(conn, p.worker_id, now, before["status"], fields["status"],
                             reference=f"impor {batch_id}", note="Diubah lewat impor",
                             user=store.user)
        iq.add_changes(conn, batch_id, changes)
        iq.finish_batch(conn, batch_id, counts, now_iso())
        if remember_mapping:
            iq.save_mapping(conn, src.signature, {str(c): f for c, f in plan.mapping.items()},
                            now)
        store.audit("import", "import_batch", batch_id, new=counts,
                    detail=f"{plan.kind}: {src.data.file_name} (lembar {src.data.sheet})")
        progress(total, total, "Menyelesaikan…")
    return ImportResult(batch_id, counts, snapshot)


def _check_versions(conn: Any, updates: list[PlannedRow]) -> None:
    ids = [p.worker_id for p in updates if p.worker_id is not None]
    current = iq.versions_of(conn, ids)
    moved = [p for p in updates if current.get(p.worker_id or 0, (None, ""))[0] != p.version]
    if moved:
        names = ", ".join(str(p.values.get("name") or p.values.get("nik")) for p in moved[:5])
        raise ConflictError(f"{len(moved)} data pegawai telah berubah sejak pratinjau dibuat "
                            f"(misalnya {names}). Tidak ada yang disimpan; buat pratinjau "
                            "ulang lalu simpan kembali.")


# --- undo ---------------------------------------------------------------------------------


@without_gc
def undo_batch(store: Store, batch_id: int, *, progress: Progress | None = None
               ) -> dict[str, Any]:
    """Undo a committed batch exactly: inserted workers removed, updated ones given back
    their earlier values. Refused (nothing written) when any of them changed since."""
    progress = progress or _noop
    batch = iq.get_batch(store.conn, batch_id)
    if batch is None:
        raise UserError(f"Batch impor nomor {batch_id} tidak ada.", code="undo.missing")
    if batch["undone_at"]:
        raise UserError(f"Batch impor nomor {batch_id} sudah dibatalkan pada "
                        f"{batch['undone_at']} oleh {batch['undone_by']}.", code="undo.done")
    if batch["kind"] == "demo" or not batch["committed_at"]:
        raise UserError("Batch ini tidak dapat dibatalkan.", code="undo.kind")
    changes = iq.changes_of(store.conn, batch_id)
    current = iq.versions_of(store.conn, [w for w, _, _ in changes])
    touched: list[str] = []
    for wid, action, before in changes:
        meta = json.loads(before) if before else {}
        now_version = current.get(wid)
        if now_version is None:
            if action == "update":
                touched.append(f"pegawai #{wid} (sudah dihapus)")
            continue
        if now_version[0] != meta.get("version_after", 1):
            touched.append(now_version[1])
    if touched:
        raise UserError(
            f"Batch {batch_id} tidak dapat dibatalkan karena {len(touched)} data pegawai di "
            f"dalamnya telah diubah sesudah impor (misalnya {', '.join(touched[:5])}). "
            "Perbaiki data tersebut secara manual.", code="undo.touched")
    snapshot = take_backup(store, "batal-impor")
    now = now_iso()
    inserted = [w for w, a, _ in changes if a == "insert" and w in current]
    updated = [(w, json.loads(b or "{}")) for w, a, b in changes if a == "update"]
    with store.tx() as conn:
        with wq.bulk_load(conn) if len(inserted) >= BULK_THRESHOLD else nullcontext():
            for start in range(0, len(inserted), CHUNK):
                progress(start, len(inserted) + len(updated), "Menghapus pegawai hasil impor…")
                wq.delete_workers(conn, inserted[start:start + CHUNK])
        for wid, meta in updated:
            fields = dict(meta.get("fields") or {})
            programs = fields.pop("programs", None)
            restored = wq.update_worker(
                conn, wid, None, fields, now,
                programs=None if programs is None else [p for p in programs.split(",") if p])
            store.audit("update", "worker", wid, old=restored, new=meta.get("fields"),
                        detail=f"pembatalan impor batch {batch_id}")
            if "status" in fields and "status" in restored:
                wq.add_event(conn, wid, now, restored["status"], fields["status"],
                             reference=f"batal impor {batch_id}", note="Pembatalan impor",
                             user=store.user)
        # Back to the version each row had before the batch: the rows are exactly as they
        # were then, so an earlier batch touching them can be undone in turn, and an editor
        # holding the post-batch version is refused (the data changed under them).
        iq.set_versions(conn, [(wid, int(meta.get("version_after", 1)) - 1)
                               for wid, meta in updated if wid in current])
        iq.mark_undone(conn, batch_id, now, store.user)
        store.audit("undo_import", "import_batch", batch_id,
                    new={"removed": len(inserted), "restored": len(updated)},
                    detail=f"{batch['kind']}: {batch['file_name']}")
    return {"batch_id": batch_id, "removed": len(inserted), "restored": len(updated),
            "backup": str(snapshot) if snapshot else None}


def list_batches(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return iq.list_batches(store.conn, limit)


# --- rejected rows ------------------------------------------------------------------------


def write_rejected(plan: ImportPlan, out: Path | str, store: Store | None = None) -> Path:
    """The rejected rows as they were in the file, with the row number and the reasons, to
    send back to the OPD. Records the export (personal data) when a store is given."""
    from jamsos_desktop.exchange.writer import Column, write_workbook, xlsx_path

    out = xlsx_path(out)
    labels = plan.source.labels
    rejected = plan.rejected()
    width = max([len(labels), *(len(r.raw or ()) for r in rejected)])
    columns = [Column("Baris", "int", 8)]
    columns += [Column(labels[c] if c < len(labels) else mp.column_letter(c), "raw")
                for c in range(width)]
    columns.append(Column("Alasan Penolakan", "text", 80))

    def rows() -> Any:
        for r in rejected:
            raw = list(r.raw or ())
            yield [r.row_no, *raw, *[None] * (width - len(raw)), r.reasons()]

    write_workbook(out, "Ditolak", columns, rows(), title=(
        f"Baris yang ditolak dari {plan.source.data.file_name} (lembar "
        f"{plan.source.data.sheet}); perbaiki lalu kirim kembali."))
    if store is not None:
        from jamsos_desktop.services.audit import record_export

        record_export(store, f"baris ditolak impor {plan.source.data.file_name}",
                      destination=str(out), rows=len(rejected), fields=labels)
    return out


# --- the whole thing, for the CLI --------------------------------------------------------


def import_file(store: Store, path: Path | str, *, sheet: str | None = None,
                unit_code: str | None = None, dry_run: bool = False,
                report: Path | str | None = None, kind: str = "roster",
                origin_office: str | None = None, progress: Progress | None = None
                ) -> dict[str, Any]:
    """Read, plan and (unless `dry_run`) commit; the rejected rows go to `report`, written
    first: a report that cannot be written stops the import before anything is saved (an
    error must never mean "imported anyway")."""
    source = load_source(store, path, sheet)
    plan = plan_import(store, source, unit_code=unit_code, kind=kind,
                       origin_office=origin_office, progress=progress)
    out: dict[str, Any] = {**plan.summary(), "dry_run": dry_run, "batch_id": None,
                           "backup": None, "report": None}
    if report is not None:
        out["report"] = str(write_rejected(plan, report, store))
    if not dry_run:
        result = commit_import(store, plan, progress=progress)
        out.update(batch_id=result.batch_id,
                   backup=str(result.backup) if result.backup else None)
    out["problems"] = [{"row": r.row_no, "status": r.status, "action": r.action,
                        "reasons": r.reasons()} for r in plan.rows if r.problems][:1000]
    # What an update changes, field by field: checked with --dry-run before the real run.
    out["changes"] = [{"row": r.row_no, "nik": r.values.get("nik"),
                       "name": r.values.get("name"), "worker_id": r.worker_id,
                       "diff": {k: [a, b] for k, (a, b) in (r.diff or {}).items()},
                       "diff_text": describe_diff(r.diff or {}, plan.unit_labels)}
                      for r in plan.rows if r.action == "update"][:1000]
    return out


def describe_diff(diff: Mapping[str, Any], units: Mapping[int, str] | None = None) -> str:
    """'Jabatan: Staf → Guru; Upah: Rp2.500.000 → Rp3.000.000'."""
    return "; ".join(f"{describe_field(k)}: {describe_value(old, k, units)} → "
                     f"{describe_value(new, k, units)}" for k, (old, new) in diff.items())


def describe_field(fld: str) -> str:
    """The name a clerk knows a field by ("Upah", "Unit Kerja"), for diffs and messages."""
    text = label(fld)
    return text if text != fld else (mp.IMPORT_FIELDS.get(fld) or fld)


def describe_value(value: Any, fld: str | None = None,
                   units: Mapping[int, str] | None = None) -> str:
    """A stored value as the clerk reads it: dates in words, wages in rupiah, codes as their
    labels ("terdaftar" → "Terdaftar"), a unit by its code and name (`units`, e.g. the
    plan's `unit_labels`) rather than its database id."""
    if value is None or value == "":
        return "(kosong)"
    if fld == "unit_id" and units and value in units:
        return units[value]
    if fld == "wage" and isinstance(value, int) and not isinstance(value, bool):
        from jamsos_desktop.domain.money import format_rupiah

        return format_rupiah(value)
    if fld in ("status", "category") and isinstance(value, str):
        with suppress(ValueError):
            return (ENROLLMENT_LABELS[EnrollmentStatus(value)] if fld == "status"
                    else CATEGORY_LABELS[Category(value)])
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            from jamsos_desktop.domain.dates import format_tanggal

            return format_tanggal(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, int) and not isinstance(value, bool):
        from jamsos_desktop.domain.money import format_number

        return format_number(value)
    if isinstance(value, frozenset | set):
        return ",".join(sorted(value))
    return str(value)


def batch_label(batch: Mapping[str, Any]) -> str:
    when = batch.get("committed_at") or batch.get("started_at") or ""
    with suppress(ValueError):
        when = datetime.fromisoformat(when).strftime("%d-%m-%Y %H:%M")
    return f"#{batch['id']} {batch.get('file_name') or ''} ({when})"
