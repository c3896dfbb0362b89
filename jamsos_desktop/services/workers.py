"""Use cases on workers: save with validation, enrollment status moves, archive, restore,
delete, move between units. Every write is audited in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsos_desktop.domain.enums import (
    STATUS_LABELS,
    STATUS_TRANSITIONS,
    EnrollmentStatus,
    Program,
    format_programs,
)
from jamsos_desktop.domain.nik import parse_nik
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.domain.worker import check_record, normalize_field
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import workers as wq


@dataclass
class SaveResult:
    worker_id: int
    problems: list[Problem] = field(default_factory=list)  # warnings that did not block
    before: dict[str, Any] = field(default_factory=dict)  # old values of changed fields


def current_pension_age(on: date | None = None) -> int | None:
    try:
        from jamsos_desktop.domain.rates import load_rate_table

        return load_rate_table().pension_age(on or date.today())
    except Exception:  # noqa: BLE001 - the rate table is checked elsewhere; a hint only here
        return None


def validate(store: Store, values: Mapping[str, Any], *, worker_id: int | None = None,
             today: date | None = None) -> list[Problem]:
    """Cross-field rules plus the duplicate-NIK check against the database."""
    problems = check_record(values, today=today, pension_age=current_pension_age(today))
    nik = values.get("nik")
    if nik:
        problems += [p for p in parse_nik(nik, today=today).problems]
        others = wq.find_by_nik(store.conn, nik, exclude_id=worker_id)
        for other in others:
            where = " (diarsipkan)" if other["archived"] else ""
            problems.append(Problem(
                "nik.duplicate",
                f"NIK ini sudah dipakai oleh {other['name']} di {other['unit_name']}{where}.",
                "warning", "nik"))
    return _dedupe(problems)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if (p.code, p.message) not in seen:
            seen.add((p.code, p.message))
            out.append(p)
    return out


def save_worker(store: Store, values: Mapping[str, Any], *, worker_id: int | None = None,
                version: int | None = None, today: date | None = None) -> SaveResult:
    """Insert (worker_id None) or update a worker. Errors refuse the save with one message
    listing them; warnings are returned for display. `values['programs']` is a set of codes."""
    problems = validate(store, values, worker_id=worker_id, today=today)
    blocking = [p for p in problems if p.is_error]
    if blocking:
        raise UserError("Data belum dapat disimpan: " + " ".join(p.message for p in blocking),
                        code="worker.invalid")
    row = dict(values)
    programs = {str(p) for p in row.pop("programs", None) or ()}
    nik_result = parse_nik(row["nik"], today=today)
    row["nik_valid"] = 1 if nik_result.valid else 0
    now = now_iso()
    with store.tx():
        if worker_id is None:
            row.setdefault("status", EnrollmentStatus.BELUM.value)
            new_id = wq.insert_worker(store.conn, row, programs, now)
            wq.add_event(store.conn, new_id, now, None, row["status"], user=store.user,
                         note="Data pegawai dibuat")
            store.audit("create", "worker", new_id,
                        new={**row, "programs": format_programs(_programs(programs))})
            return SaveResult(new_id, problems)
        before = wq.update_worker(store.conn, worker_id, version, row, now, programs=programs)
        if before:
            after = {k: row.get(k) for k in before if k != "programs"}
            if "programs" in before:
                after["programs"] = format_programs(_programs(programs))
            store.audit("update", "worker", worker_id, old=before, new=after)
            if "status" in before:
                wq.add_event(store.conn, worker_id, now, before["status"], row["status"],
                             user=store.user, note="Diubah lewat penyunting")
        return SaveResult(worker_id, problems, before)


def _programs(codes: Iterable[str]) -> set[Program]:
    return {Program(c) for c in codes}


def change_status(store: Store, ids: Sequence[int], to_status: str, *,
                  effective_date: str | None = None, reference: str | None = None,
                  kpj_by_id: Mapping[int, str] | None = None, reason: str | None = None,
                  strict: bool = True) -> dict[str, int]:
    """Move workers through the enrollment workflow. A move the workflow does not allow is
    skipped (counted in `skipped`) unless `strict`, where the whole action is refused before
    anything is written. Returns {"changed": n, "skipped": m}."""
    target = EnrollmentStatus(to_status)
    effective = effective_date or date.today().isoformat()
    rows = wq.fetch_rows(store.conn, list(ids))
    missing = [i for i in ids if i not in rows]
    if missing:
        raise UserError(f"{len(missing)} data pegawai yang dipilih sudah tidak ada.",
                        code="worker.missing")
    allowed, refused = [], []
    for wid in ids:
        current = EnrollmentStatus(rows[wid]["status"])
        (allowed if target in STATUS_TRANSITIONS[current] else refused).append(wid)
    if refused and strict:
        sample = rows[refused[0]]
        raise UserError(
            f"{len(refused)} pegawai tidak dapat diubah ke status '{STATUS_LABELS[target]}' "
            f"(misalnya {sample['name']} berstatus "
            f"'{STATUS_LABELS[EnrollmentStatus(sample['status'])]}').", code="status.transition")
    if target == EnrollmentStatus.NONAKTIF and not reason:
        raise UserError("Alasan penonaktifan wajib diisi.", code="status.reason")
    kpjs = _normalized_kpjs(kpj_by_id or {}, rows)
    now = now_iso()
    with store.tx():
        for wid in allowed:
            old = rows[wid]
            changes: dict[str, Any] = {"status": target.value}
            if target == EnrollmentStatus.DIUSULKAN:
                changes |= {"proposed_at": effective, "proposal_ref": reference}
            elif target == EnrollmentStatus.TERDAFTAR:
                changes |= {"registered_at": old["registered_at"] or effective,
                            "ended_at": None, "end_reason": None}
                if kpjs.get(wid):
                    changes["kpj"] = kpjs[wid]
            elif target == EnrollmentStatus.NONAKTIF:
                changes |= {"ended_at": effective, "end_reason": reason}
            elif target == EnrollmentStatus.BELUM:
                changes |= {"proposed_at": None, "proposal_ref": None}
            before = wq.update_worker(store.conn, wid, None, changes, now)
            wq.add_event(store.conn, wid, now, old["status"], target.value,
                         effective_date=effective, reference=reference or changes.get("kpj"),
                         note=reason, user=store.user)
            store.audit("status", "worker", wid, old=before,
                        new={k: changes[k] for k in before})
    return {"changed": len(allowed), "skipped": len(refused)}


def _normalized_kpjs(kpj_by_id: Mapping[int, str], rows: Mapping[int, Any]
                     ) -> dict[int, str]:
    """The KPJ numbers typed for workers being registered, as the worker form stores them
    (digits only; a lone dash or blank is no number). A number the rules refuse stops the
    whole action before anything is written, naming the worker."""
    out: dict[int, str] = {}
    for wid, raw in kpj_by_id.items():
        value, problems = normalize_field("kpj", raw)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            name = rows[wid]["name"] if wid in rows else str(wid)
            raise UserError(f"{name}: {errors[0].message}", code="status.kpj")
        if value:
            out[wid] = str(value)
    return out


def set_archived(store: Store, ids: Sequence[int], archived: bool) -> int:
    """Archive ("hapus" for a clerk: restorable) or restore workers."""
    now = now_iso()
    n = 0
    with store.tx():
        for wid in ids:
            before = wq.update_worker(store.conn, wid, None,
                                      {"archived": 1 if archived else 0,
                                       "archived_at": now if archived else None}, now)
            if before:
                n += 1
                store.audit("archive" if archived else "restore", "worker", wid, old=before)
    return n


def delete_permanently(store: Store, ids: Sequence[int]) -> int:
    """Real delete: administrator only; the full rows go to the audit trail first."""
    store.require_admin()
    rows = wq.fetch_rows(store.conn, list(ids))
    with store.tx():
        for wid, row in rows.items():
            store.audit("delete", "worker", wid, old=row)
        return wq.delete_workers(store.conn, list(rows))


def move_to_unit(store: Store, ids: Sequence[int], unit_id: int) -> int:
    now = now_iso()
    with store.tx():
        for wid in ids:
            before = wq.update_worker(store.conn, wid, None, {"unit_id": unit_id}, now)
            if before:
                store.audit("move", "worker", wid, old=before, new={"unit_id": unit_id})
    return len(ids)


def history(store: Store, worker_id: int) -> list[dict[str, Any]]:
    """Enrollment events and audited edits of one worker, oldest first."""
    events = [{"at": e["at"], "kind": "status", "from": e["from_status"], "to": e["to_status"],
               "effective_date": e["effective_date"], "reference": e["reference"],
               "note": e["note"], "user": e["user"]} for e in wq.events_of(store.conn, worker_id)]
    audits = [{"at": r["at"], "kind": r["action"], "user": r["user"], "old": r["old"],
               "new": r["new"], "detail": r["detail"]}
              for r in store.conn.execute(
                  "SELECT * FROM audit_log WHERE entity = 'worker' AND entity_id = ? "
                  "AND action NOT IN ('status') ORDER BY id", (worker_id,))]
    return sorted(events + audits, key=lambda e: e["at"])
