"""Putting stored values back, for the GUI's undo/redo.

An undo step remembers, per worker, the values of the fields it changed before and after.
Undoing checks — inside the write transaction — that those fields still hold the values
the step left; if anyone (another PC, an import) changed them since, the whole step is
refused with `ConflictError` and nothing is written: undo never overwrites someone else's
work. (Comparing values rather than row versions lets a chain of undos work: undoing a
later step bumps the version but leaves exactly the values the earlier step expects.)
Values are put back as they were stored (they passed validation when first saved), audited
as "undo"/"redo", and a status change gets its enrollment event, so the worker's history
shows the reversal with its date.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jamsos_desktop.errors import ConflictError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import workers as wq


def _same(field: str, a: Any, b: Any) -> bool:
    if field == "programs":
        return set(str(a or "").split(",")) - {""} == set(str(b or "").split(",")) - {""}
    return a == b


def restore_fields(store: Store, values: Mapping[int, Mapping[str, Any]],
                   expected: Mapping[int, Mapping[str, Any]], *, action: str = "undo") -> None:
    """Write `values[id]` (field → value; "programs" as "jkk,jkm") to each worker whose
    fields still equal `expected[id]`; refuse everything otherwise."""
    now = now_iso()
    ids = list(values)
    with store.tx():
        fields = sorted({f for v in values.values() for f in v if f != "programs"})
        current = wq.field_values(store.conn, ids, [*fields, "status"])
        changed = []
        for wid in ids:
            row = current.get(wid)
            if row is None:
                changed.append(wid)
                continue
            want = expected.get(wid, {})
            if "programs" in want:
                row = {**row, "programs": ",".join(wq.programs_of(store.conn, wid))}
            if any(not _same(f, row.get(f), v) for f, v in want.items()):
                changed.append(wid)
        if changed:
            raise ConflictError(
                f"{len(changed)} data pegawai telah diubah atau dihapus sejak tindakan ini "
                "dilakukan (mungkin oleh pengguna lain atau impor), sehingga tidak dapat "
                "dibatalkan tanpa menimpa perubahan tersebut. Muat ulang data lalu ubah "
                "secara manual.")
        for wid, fields_ in values.items():
            changes = {k: v for k, v in fields_.items() if k != "programs"}
            programs = None
            if "programs" in fields_:
                programs = [p for p in str(fields_["programs"] or "").split(",") if p]
            old_status = current[wid].get("status")
            before = wq.update_worker(store.conn, wid, None, changes, now, programs=programs)
            if before:
                store.audit(action, "worker", wid, old=before,
                            new={k: fields_.get(k) for k in before})
            if "status" in changes and old_status != changes["status"]:
                wq.add_event(store.conn, wid, now, old_status, str(changes["status"]),
                             effective_date=now[:10], user=store.user,
                             note="Dibatalkan (urungkan)" if action == "undo"
                             else "Diulang (ulangi)")
