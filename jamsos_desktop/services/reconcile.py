"""Reconciliation with a participant list from BPJS Ketenagakerjaan (NIK, KPJ, start date,
status): matched workers become Terdaftar with their KPJ and membership start, and both
sides' unmatched records are reported. Written as one import batch (kind "rekonsiliasi"),
so it can be undone like any import (`services.importer.undo_batch`).

    plan = plan_reconcile(store, "peserta_bpjs.xlsx")
    batch_id = commit_reconcile(store, plan)
    write_reconcile_report(plan, "rekonsiliasi.xlsx")
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.enums import EnrollmentStatus
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import clean_text, means_nothing, normalize_field
from jamsos_desktop.errors import ConflictError, UserError
from jamsos_desktop.exchange import mapping as mp
from jamsos_desktop.exchange.reader import SheetData, clear_covered, read_sheet
from jamsos_desktop.exchange.rows import MAX_CELL_CHARS, FastNik, number_as_digits
from jamsos_desktop.exchange.writer import Column, write_workbook, xlsx_path
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import imports as iq
from jamsos_desktop.store import workers as wq

Progress = Callable[..., None]

# Header texts of BPJS participant lists → reconciliation fields.
BPJS_SYNONYMS: dict[str, str] = {
    "status": "bpjs_status", "status peserta": "bpjs_status",
    "status kepesertaan": "bpjs_status", "keterangan status": "bpjs_status",
    "status aktif": "bpjs_status",
    "tmt": "registered_at", "tmt kepesertaan": "registered_at", "tgl kepesertaan": "registered_at",
    "tanggal kepesertaan": "registered_at", "tanggal mulai": "registered_at",
    "tgl mulai": "registered_at", "tanggal terdaftar": "registered_at",
    "tgl terdaftar": "registered_at", "tanggal mulai kepesertaan": "registered_at",
    "tgl efektif": "registered_at", "tanggal efektif": "registered_at",
    "npp": "npp", "nomor npp": "npp", "no npp": "npp",
}
FIELDS = ("nik", "kpj", "registered_at", "bpjs_status", "name", "npp")
_INACTIVE = {"non aktif", "nonaktif", "tidak aktif", "keluar", "berhenti", "non-aktif",
             "na", "mengundurkan diri", "meninggal", "meninggal dunia", "pensiun"}
# Only these (or no status at all: a list of participants) make a worker Terdaftar. Any
# other text is reported and changes nothing: taking an unknown status for active would
# register a worker BPJS has let go.
_ACTIVE = {"aktif", "active", "peserta aktif", "terdaftar", "tk aktif", "status aktif"}


def _field(label: Any) -> str | None:
    norm = mp.normalize_header(label)
    if norm in BPJS_SYNONYMS:
        return BPJS_SYNONYMS[norm]
    found = mp.field_for_header(label)
    if found == "status":
        return "bpjs_status"
    if found == "start_date":
        return "registered_at"
    return found if found in FIELDS else None


@dataclass(slots=True)
class BpjsRow:
    row_no: int
    nik: str | None
    kpj: str | None
    registered_at: str | None
    active: bool
    status_text: str
    name: str
    problems: list[Problem] = field(default_factory=list)
    worker: dict[str, Any] | None = None
    changes: dict[str, Any] | None = None  # fields to set on the matched worker
    # update | same | inactive | unknown_status | unmatched | invalid | blank | duplicate
    outcome: str = ""
    known_status: bool = True  # False: a status text that is neither active nor inactive


@dataclass
class ReconcilePlan:
    data: SheetData
    mapping: dict[int, str]
    rows: list[BpjsRow]
    unmatched_local: list[dict[str, Any]]

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in ("update", "same", "inactive", "unknown_status", "unmatched",
                              "invalid", "blank", "duplicate")}
        for r in self.rows:
            out[r.outcome] += 1
        return {"rows": len(self.rows),
                "matched": out["update"] + out["same"] + out["inactive"] + out["unknown_status"],
                "updated": out["update"], "unchanged": out["same"],
                "inactive_at_bpjs": out["inactive"],
                "unknown_status_bpjs": out["unknown_status"], "unmatched_bpjs": out["unmatched"],
                "invalid": out["invalid"] + out["duplicate"], "blank": out["blank"],
                "unmatched_local": len(self.unmatched_local)}


def plan_reconcile(store: Store, path: Path | str, *, sheet: str | None = None,
                   today: date | None = None, progress: Progress | None = None
                   ) -> ReconcilePlan:
    today = today or date.today()
    data = read_sheet(Path(path), sheet)
    clear_covered(data)  # values hidden under a merged area are not read, as Excel hides them
    header = mp.detect_header(data.rows, data.merged)
    mapping: dict[int, str] = {}
    for c, text in enumerate(header.labels):
        f = _field(text)
        if f and f not in mapping.values():
            mapping[c] = f
    if "nik" not in mapping.values():
        raise UserError("Daftar peserta BPJS harus memiliki kolom NIK untuk dicocokkan.",
                        code="reconcile.mapping")
    if "kpj" not in mapping.values():
        raise UserError("Daftar peserta BPJS harus memiliki kolom KPJ (nomor peserta).",
                        code="reconcile.mapping")
    by_field = {f: c for c, f in mapping.items()}
    nik_parser = FastNik(today)
    rows: list[BpjsRow] = []
    for r in range(header.data_start, len(data.rows)):
        raw = data.rows[r]

        def cell(name: str, raw: list[Any] = raw) -> Any:
            c = by_field.get(name)
            v = raw[c] if c is not None and c < len(raw) else None
            if isinstance(v, str):
                if not v.strip() or means_nothing(v[:MAX_CELL_CHARS]):
                    return None  # blank, or a lone dash ("-", "–"): empty, as in the import
                return v[:MAX_CELL_CHARS]
            return v

        values = {f: cell(f) for f in by_field}
        if all(v in (None, "") for v in values.values()):
            rows.append(BpjsRow(r + 1, None, None, None, False, "", "", outcome="blank"))
            continue
        problems: list[Problem] = []
        nik_result = nik_parser.parse(values.get("nik"))
        problems += nik_result.errors
        raw_kpj = values.get("kpj")
        # BPJS's own lists hold the KPJ as a number more often than not.
        numeric = number_as_digits("kpj", raw_kpj)
        kpj, found = normalize_field("kpj", numeric[0] if numeric else raw_kpj, today=today)
        problems += found
        if numeric:
            problems += numeric[1]
        if not kpj:
            problems.append(Problem("kpj.missing", "Nomor KPJ kosong.", "error", "kpj"))
        start, found = normalize_field("registered_at", values.get("registered_at"),
                                       today=today)
        problems += found
        status_text = clean_text(values.get("bpjs_status"))[:50]
        # ("Aktif." with a full stop is Aktif.)
        status_key = " ".join(status_text.casefold().replace("-", " ").split()).strip(" .")
        active = not status_key or status_key in _ACTIVE
        known = active or status_key in _INACTIVE
        if not known:
            problems.append(Problem(
                "bpjs_status.unknown", f"Status BPJS '{status_text}' tidak dikenal sebagai "
                "aktif; data pegawai tidak diubah. Periksa statusnya dengan BPJS.", "warning",
                "status"))
        rows.append(BpjsRow(r + 1, nik_result.nik, kpj, start, active, status_text,
                            clean_text(values.get("name"))[:150], problems,
                            outcome="invalid" if any(p.is_error for p in problems) else "",
                            known_status=known))
    if progress:
        progress(1, 2, "Mencocokkan NIK…")
    stored = iq.workers_by_nik(store.conn, {r.nik for r in rows if r.nik and not r.outcome})
    seen: dict[str, int] = {}
    matched_ids: set[int] = set()
    for r in rows:
        if r.outcome:
            continue
        assert r.nik is not None
        if r.nik in seen:
            r.outcome = "duplicate"
            r.problems.append(Problem("nik.duplicate_in_file", f"NIK sama dengan baris "
                                      f"{seen[r.nik]}.", "error", "nik"))
            continue
        seen[r.nik] = r.row_no
        candidates = [w for w in stored.get(r.nik, ()) if not w["archived"]]
        if not candidates:
            r.outcome = "unmatched"
            continue
        w = candidates[0]
        r.worker = w
        matched_ids.add(int(w["id"]))
        if not r.active:
            r.outcome = "inactive" if r.known_status else "unknown_status"
            continue
        changes: dict[str, Any] = {}
        if w["status"] != EnrollmentStatus.TERDAFTAR.value:
            changes["status"] = EnrollmentStatus.TERDAFTAR.value
            changes["ended_at"] = None
            changes["end_reason"] = None
        if r.kpj and w["kpj"] != r.kpj:
            changes["kpj"] = r.kpj
            if w["kpj"]:
                r.problems.append(Problem("kpj.changed", f"KPJ tersimpan {w['kpj']} diganti "
                                          f"dengan KPJ dari BPJS {r.kpj}.", "warning", "kpj"))
        if r.registered_at and w["registered_at"] != r.registered_at:
            changes["registered_at"] = r.registered_at
        elif not w["registered_at"] and "status" in changes:
            changes["registered_at"] = today.isoformat()
        r.changes = {k: v for k, v in changes.items() if w.get(k) != v} or None
        r.outcome = "update" if r.changes else "same"
    npps = None
    if "npp" in by_field:
        npps = {str(v).strip() for v in (row[by_field["npp"]] for row in
                data.rows[header.data_start:] if by_field["npp"] < len(row)) if v}
    unit_ids = None
    if npps:
        unit_ids = [int(u["id"]) for u in iq.units_lookup(store.conn)
                    if u["npp"] and str(u["npp"]).strip() in npps]
    local = [w for w in iq.enrolled_workers(store.conn, unit_ids)
             if int(w["id"]) not in matched_ids]
    return ReconcilePlan(data, mapping, rows, local)


def commit_reconcile(store: Store, plan: ReconcilePlan, *, backup: bool = True) -> int:
    """Apply the updates as one batch (undoable); returns the batch id."""
    from jamsos_desktop.services.importer import take_backup

    updates = [r for r in plan.rows if r.outcome == "update"]
    if backup:
        take_backup(store, "rekonsiliasi")
    now = now_iso()
    counts = plan.counts()
    with store.tx() as conn:
        batch_id = iq.insert_batch(conn, kind="rekonsiliasi", file_name=plan.data.file_name,
                                   file_sha256=plan.data.sha256, sheet=plan.data.sheet,
                                   unit_id=None, mapping={str(c): f for c, f in
                                                          plan.mapping.items()},
                                   origin_office=None, started_at=now, user=store.user)
        current = iq.versions_of(conn, [int(r.worker["id"]) for r in updates if r.worker])
        changes = []
        for r in updates:
            assert r.worker is not None and r.changes is not None
            wid = int(r.worker["id"])
            version = int(r.worker["version"])
            if current.get(wid, (None,))[0] != version:
                raise ConflictError(f"Data {r.worker['name']} telah berubah sejak pratinjau "
                                    "rekonsiliasi dibuat. Tidak ada yang disimpan; ulangi "
                                    "rekonsiliasi.")
            before = wq.update_worker(conn, wid, version, r.changes, now)
            changes.append((wid, "update", json.dumps(
                {"fields": before, "version_after": version + 1}, ensure_ascii=False)))
            store.audit("status" if "status" in before else "update", "worker", wid,
                        old=before, new={k: r.changes[k] for k in before},
                        detail=f"rekonsiliasi BPJS batch {batch_id}")
            if "status" in before:
                wq.add_event(conn, wid, now, before["status"], r.changes["status"],
                             effective_date=r.changes.get("registered_at") or r.registered_at,
                             reference=r.kpj, note="Rekonsiliasi daftar peserta BPJS",
                             user=store.user)
        iq.add_changes(conn, batch_id, changes)
        iq.finish_batch(conn, batch_id, {
            "rows": counts["rows"], "updated": counts["updated"],
            "unchanged": counts["unchanged"] + counts["inactive_at_bpjs"]
            + counts["unknown_status_bpjs"],
            "rejected": counts["unmatched_bpjs"] + counts["invalid"], "blank": counts["blank"],
            "warnings": sum(1 for r in plan.rows if r.problems and r.outcome != "invalid"),
            "inserted": 0}, now_iso())
        store.audit("import", "import_batch", batch_id, new=counts,
                    detail=f"rekonsiliasi: {plan.data.file_name}")
    return batch_id


def write_reconcile_report(plan: ReconcilePlan, out: Path | str,
                           store: Store | None = None) -> Path:
    """One sheet per outcome, for the clerk and for BPJS."""
    out = xlsx_path(out)
    cols = [Column("Baris", "int", 8), Column("NIK", "id"), Column("Nama (BPJS)", "text", 28),
            Column("KPJ", "id", 16), Column("Tanggal Kepesertaan", "date"),
            Column("Status BPJS", "text", 14), Column("Nama (Jamsos)", "text", 28),
            Column("Unit Kerja", "text", 32), Column("Keterangan", "text", 70)]

    def rows(outcome: str) -> list[list[Any]]:
        out_rows = []
        for r in plan.rows:
            if r.outcome != outcome:
                continue
            w = r.worker or {}
            note = " ".join(p.message for p in r.problems)
            if r.changes:
                note = ("Diubah: " + ", ".join(f"{k}: {w.get(k) or '-'} → {v or '-'}"
                                               for k, v in r.changes.items()) + ". " + note)
            out_rows.append([r.row_no, r.nik, r.name, r.kpj, r.registered_at, r.status_text,
                             w.get("name"), w.get("unit_name"), note.strip()])
        return out_rows

    local_cols = [Column("NIK", "id"), Column("Nama", "text", 28), Column("KPJ", "id", 16),
                  Column("Status di Jamsos", "text", 16), Column("Unit Kerja", "text", 36)]
    local_rows = [[w["nik"], w["name"], w["kpj"], w["status"], w["unit_name"]]
                  for w in plan.unmatched_local]
    write_workbook(out, "Diperbarui", cols, rows("update"), extra_sheets=[
        ("Sudah Sesuai", cols, rows("same")),
        ("Nonaktif di BPJS", cols, rows("inactive")),
        ("Status Tidak Dikenal", cols, rows("unknown_status")),
        ("Hanya di BPJS", cols, rows("unmatched")),
        ("Hanya di Jamsos", local_cols, local_rows),
        ("Tidak Sah", cols, rows("invalid") + rows("duplicate"))])
    if store is not None:
        from jamsos_desktop.services.audit import record_export

        record_export(store, f"laporan rekonsiliasi {plan.data.file_name}",
                      destination=str(out), rows=len(plan.rows) + len(plan.unmatched_local))
    return out


def reconcile_file(store: Store, path: Path | str, *, sheet: str | None = None,
                   dry_run: bool = False, report: Path | str | None = None) -> dict[str, Any]:
    """Plan, report (first: a report that cannot be written stops before anything is
    saved) and, unless `dry_run`, commit."""
    plan = plan_reconcile(store, path, sheet=sheet)
    out: dict[str, Any] = {**plan.counts(), "file": plan.data.file_name, "dry_run": dry_run,
                           "batch_id": None, "report": None}
    if report is not None:
        out["report"] = str(write_reconcile_report(plan, report, store))
    if not dry_run:
        out["batch_id"] = commit_reconcile(store, plan)
    out["unmatched_bpjs_rows"] = [{"row": r.row_no, "nik": r.nik, "kpj": r.kpj, "name": r.name}
                                  for r in plan.rows if r.outcome == "unmatched"][:1000]
    out["unmatched_local_workers"] = [{"nik": w["nik"], "name": w["name"],
                                       "unit": w["unit_name"], "status": w["status"]}
                                      for w in plan.unmatched_local][:1000]
    out["invalid_rows"] = [{"row": r.row_no, "reasons": " ".join(p.message for p in r.problems)}
                           for r in plan.rows if r.outcome in ("invalid", "duplicate")][:1000]
    return out
