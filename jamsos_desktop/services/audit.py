"""The audit trail as a log: filtered queries for the viewer, labels, and `record_export` —
the one call every export of personal data makes (UU 27/2022: who exported what, when)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.store import Store
from jamsos_desktop.store import audit as aq
from jamsos_desktop.store.audit import AuditFilter

ACTION_LABELS = {
    "create": "Buat", "update": "Ubah", "status": "Ubah status", "archive": "Arsipkan",
    "restore": "Pulihkan", "delete": "Hapus permanen", "move": "Pindah unit",
    "import": "Impor", "export": "Ekspor", "print": "Cetak", "demo": "Data contoh",
    "login": "Masuk", "login_failed": "Gagal masuk", "logout": "Keluar",
    "password": "Kata sandi", "unlock": "Buka kunci akun", "settings": "Pengaturan",
    "repair": "Perbaikan", "undo": "Batalkan",
}
ENTITY_LABELS = {"worker": "Pegawai", "user": "Pengguna", "database": "Basis data",
                 "setting": "Pengaturan", "unit": "Unit kerja", "batch": "Impor",
                 "document": "Dokumen"}


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str | None
    action: str
    entity: str | None
    entity_id: int | None
    old: Any
    new: Any
    detail: str | None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity or "", self.entity or "")

    def summary(self) -> str:
        """One line for a table cell: the detail, else the changed fields old → new."""
        if self.detail:
            return self.detail
        if isinstance(self.old, dict) or isinstance(self.new, dict):
            old = self.old if isinstance(self.old, dict) else {}
            new = self.new if isinstance(self.new, dict) else {}
            keys = list(dict.fromkeys([*old, *new]))
            return "; ".join(f"{k}: {_short(old.get(k))} → {_short(new.get(k))}"
                             for k in keys[:6]) + (" …" if len(keys) > 6 else "")
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "user": self.user, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id, "old": self.old,
                "new": self.new, "detail": self.detail}


def _short(value: Any) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _entry(row: dict[str, Any]) -> AuditEntry:
    return AuditEntry(int(row["id"]), row["at"], row["user"], row["action"], row["entity"],
                      row["entity_id"], _decode(row["old"]), _decode(row["new"]), row["detail"])


def query(store: Store, f: AuditFilter | None = None, *, limit: int = 500, offset: int = 0
          ) -> list[AuditEntry]:
    """Newest first."""
    return [_entry(r) for r in aq.query(store.conn, f or AuditFilter(), limit=limit,
                                        offset=offset)]


def count(store: Store, f: AuditFilter | None = None) -> int:
    return aq.count(store.conn, f or AuditFilter())


def users(store: Store) -> list[str]:
    return aq.distinct(store.conn, "user")


def actions(store: Store) -> list[str]:
    return aq.distinct(store.conn, "action")


def for_worker(store: Store, worker_id: int) -> list[AuditEntry]:
    return query(store, AuditFilter(entity="worker", entity_id=worker_id), limit=10_000)


def record_export(store: Store, what: str, *, destination: str | None = None,
                  rows: int | None = None, fields: list[str] | None = None,
                  entity: str = "database") -> None:
    """Record an export or print of personal data (file written, letter printed). Call it
    after the file is written, in its own transaction."""
    with store.tx():
        store.audit("export", entity, None, detail=what,
                    new={"destination": destination, "rows": rows, "fields": fields})


__all__ = ["ACTION_LABELS", "AuditEntry", "AuditFilter", "count", "for_worker", "query",
           "record_export"]
