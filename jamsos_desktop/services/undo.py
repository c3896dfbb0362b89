"""Putting stored values back, for the GUI's undo/redo.

An undo step remembers, per worker, the values of the fields it changed and the row version
it left behind. Restoring checks that version first: if anyone (another PC, an import)
changed the row since, the whole step is refused with `ConflictError` and nothing is
written — undo never overwrites someone else's work. Values are put back as they were
stored (they passed validation when first saved), audited as "undo", and a status change
gets its enrollment event, so the worker's history shows the reversal with its date.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jamsos_desktop.errors import ConflictError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import workers as wq


def restore_fields(store: Store, values: Mapping[int, Mapping[str, Any]],
                   versions: Mapping[int, int], *, action: str = "undo") -> dict[int, int]:
    """Write `values[id]` (field → value; "programs" as "jkk,jkm") to each worker if its
    version is still `versions[id]`. Returns the new versions."""
    now = now_iso()
    with store.tx():
        current = wq.versions_of(store.conn, list(values))
        changed = [wid for wid in values if current.get(wid) != versions.get(wid)]
        if changed:
            raise ConflictError(
                f"{len(changed)} data pegawai telah diubah sejak tindakan ini dilakukan "
                "(mungkin oleh pengguna lain atau impor), sehingga tidak dapat dibatalkan "
                "tanpa menimpa perubahan tersebut. Muat ulang data lalu ubah secara manual.")
        for wid, fields in values.items():
            changes = {k: v for k, v in fields.items() if k != "programs"}
            programs = None
            if "programs" in fields:
                programs = [p for p in str(fields["programs"] or "").split(",") if p]
            old_status = None
            if "status" in changes:
                row = wq.field_values(store.conn, [wid], ["status"]).get(wid, {})
                old_status = row.get("status")
            before = wq.update_worker(store.conn, wid, versions[wid], changes, now,
                                      programs=programs)
            if before:
                store.audit(action, "worker", wid, old=before,
                            new={k: fields.get(k) for k in before})
            if old_status is not None and old_status != changes["status"]:
                wq.add_event(store.conn, wid, now, old_status, str(changes["status"]),
                             effective_date=now[:10], user=store.user,
                             note="Dibatalkan (urungkan)" if action == "undo"
                             else "Diulang (ulangi)")
        return wq.versions_of(store.conn, list(values))
