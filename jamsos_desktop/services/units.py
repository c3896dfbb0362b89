"""Use cases on work units and the pemda profile: save a unit (validated, audited), the
unit tree with worker counts, the first-run profile and signatory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.domain.enums import PemdaLevel, RiskClass, format_programs, parse_programs
from jamsos_desktop.domain.worker import clean_text
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import seed as sq
from jamsos_desktop.store import units as uq


@dataclass
class UnitNode:
    unit: dict[str, Any]
    workers: int  # in this unit only
    children: list[UnitNode] = field(default_factory=list)

    @property
    def total_workers(self) -> int:
        return self.workers + sum(c.total_workers for c in self.children)


def unit_tree(store: Store) -> list[UnitNode]:
    """OPD at the top, sub-units under their parent, each ordered by code."""
    counts = uq.worker_counts(store.conn)
    nodes = {u["id"]: UnitNode(u, counts.get(u["id"], 0)) for u in uq.list_units(store.conn)}
    roots: list[UnitNode] = []
    for node in nodes.values():
        parent = nodes.get(node.unit["parent_id"]) if node.unit["parent_id"] else None
        (parent.children if parent else roots).append(node)
    return roots


def save_unit(store: Store, values: Mapping[str, Any], *, unit_id: int | None = None,
              version: int | None = None) -> int:
    """Insert or update a unit after checking its fields; returns its id."""
    row = {k: (clean_text(v) if isinstance(v, str) else v) for k, v in values.items()}
    if not row.get("code"):
        raise UserError("Kode unit kerja wajib diisi.", code="unit.code")
    if not row.get("name"):
        raise UserError("Nama unit kerja wajib diisi.", code="unit.name")
    row["risk_class"] = RiskClass(row.get("risk_class") or RiskClass.SANGAT_RENDAH).value
    row["default_programs"] = format_programs(parse_programs(row.get("default_programs")
                                                             or "jkk,jkm"))
    nip = row.get("head_nip")
    if nip and (not str(nip).isdigit() or len(str(nip)) != 18):
        raise UserError("NIP kepala unit harus 18 angka.", code="unit.nip")
    now = now_iso()
    with store.tx():
        if unit_id is None:
            new_id = uq.insert_unit(store.conn, row, now)
            store.audit("create", "unit", new_id, new=row)
            return new_id
        old = uq.get_unit(store.conn, unit_id)
        if old is None:
            raise UserError("Unit kerja ini sudah tidak ada.", code="unit.missing")
        other = uq.unit_by_code(store.conn, str(row["code"]))
        if other and other["id"] != unit_id:
            raise UserError(f"Kode unit kerja '{row['code']}' sudah dipakai.", code="unit.code")
        uq.update_unit(store.conn, unit_id, int(version if version is not None
                                                else old["version"]), row, now)
        store.audit("update", "unit", unit_id,
                    old={k: old[k] for k in row if k in old and old[k] != row[k]},
                    new={k: row[k] for k in row if k in old and old[k] != row[k]})
        return unit_id


def save_profile(store: Store, pemda: Mapping[str, Any],
                 signatory: Mapping[str, Any] | None = None) -> None:
    """The first-run profile: the pemda and, optionally, its first signatory (settings:
    administrator only)."""
    store.require_admin()
    row = {k: (clean_text(v) if isinstance(v, str) else v) for k, v in pemda.items()}
    try:
        row["level"] = PemdaLevel(row.get("level") or "").value
    except ValueError:
        raise UserError("Tingkat pemerintah daerah wajib dipilih (provinsi, kabupaten, "
                        "atau kota).", code="pemda.level") from None
    if not row.get("name"):
        raise UserError("Nama daerah wajib diisi.", code="pemda.name")
    sign = {k: (clean_text(v) if isinstance(v, str) else v)
            for k, v in (signatory or {}).items()}
    if sign and any(sign.values()):
        if not sign.get("jabatan") or not sign.get("name"):
            raise UserError("Jabatan dan nama penanda tangan wajib diisi (atau kosongkan "
                            "semuanya untuk mengisi nanti).", code="signatory.required")
        nip = sign.get("nip")
        if nip and (not str(nip).isdigit() or len(str(nip)) != 18):
            raise UserError("NIP penanda tangan harus 18 angka.", code="signatory.nip")
    now = now_iso()
    with store.tx():
        uq.save_pemda(store.conn, row, now)
        store.audit("update", "pemda", 1,
                    new={k: v for k, v in row.items() if k != "logo"})
        if sign and any(sign.values()):
            sid = sq.insert_signatory(store.conn, sign, now)
            store.audit("create", "signatory", sid, new=sign)


def profile_is_empty(store: Store) -> bool:
    return uq.get_pemda(store.conn) is None
