"""Signatories: who signs issued documents, with the "a.n." / "Plt." / "Plh." forms.

A NIP, when given, must be valid (domain/nip.py); it may be left empty for an official who
is not a civil servant (a regent signs without NIP). Every change is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jamsos_desktop.domain.enums import PemdaLevel
from jamsos_desktop.domain.nip import parse_nip
from jamsos_desktop.domain.worker import clean_text
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import signatories as sq
from jamsos_desktop.store import units as uq

__all__ = [
    "SIGN_FORMS",
    "SIGN_FORM_LABELS",
    "deactivate_signatory",
    "format_nip",
    "get_signatory",
    "head_of_region",
    "list_signatories",
    "pangkat_text",
    "save_signatory",
]

SIGN_FORMS = ("", "a.n.", "Plt.", "Plh.")
SIGN_FORM_LABELS = {
    "": "Langsung (pejabat definitif)",
    "a.n.": "a.n. (atas nama)",
    "Plt.": "Plt. (pelaksana tugas)",
    "Plh.": "Plh. (pelaksana harian)",
}
_HEAD_TITLES = {PemdaLevel.KABUPATEN: "Bupati", PemdaLevel.KOTA: "Wali Kota",
                PemdaLevel.PROVINSI: "Gubernur"}


def list_signatories(store: Store, *, include_inactive: bool = False) -> list[dict[str, Any]]:
    return sq.list_signatories(store.conn, include_inactive=include_inactive)


def get_signatory(store: Store, signatory_id: int) -> dict[str, Any]:
    row = sq.get_signatory(store.conn, signatory_id)
    if row is None:
        raise UserError(f"Penandatangan dengan nomor {signatory_id} tidak ada.",
                        code="signatory.missing")
    return row


def format_nip(nip: str | None) -> str | None:
    """`19700315 199503 1 002`, the way it is printed under a signature."""
    if not nip:
        return None
    result = parse_nip(nip)
    return result.formatted() or nip


def pangkat_text(row: Mapping[str, Any]) -> str | None:
    pangkat, golongan = row.get("pangkat") or "", row.get("golongan") or ""
    if pangkat and golongan:
        return f"{pangkat} ({golongan})"
    return pangkat or golongan or None


def head_of_region(pemda: Mapping[str, Any] | None) -> str | None:
    """"Bupati Banyuasin": on whose behalf ("a.n.") an office head usually signs."""
    if not pemda:
        return None
    try:
        title = _HEAD_TITLES[PemdaLevel(pemda["level"])]
    except (KeyError, ValueError):
        return None
    return f"{title} {pemda.get('name') or ''}".strip()


def _validate(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("jabatan", "name", "pangkat", "golongan", "on_behalf_of"):
        if key in values:
            out[key] = clean_text(values[key]) or None
    if not out.get("jabatan"):
        raise UserError("Jabatan penandatangan wajib diisi.", code="signatory.jabatan")
    if not out.get("name"):
        raise UserError("Nama penandatangan wajib diisi.", code="signatory.name")
    for key, limit in (("jabatan", 200), ("name", 150), ("pangkat", 100), ("golongan", 20),
                       ("on_behalf_of", 200)):
        if out.get(key) and len(out[key]) > limit:
            raise UserError(f"Isian '{key}' terlalu panjang (lebih dari {limit} karakter).",
                            code=f"signatory.{key}")
    raw_nip = values.get("nip")
    if raw_nip is not None and str(raw_nip).strip():
        result = parse_nip(raw_nip)
        if not result.valid:
            raise UserError("NIP penandatangan tidak sah: "
                            + " ".join(p.message for p in result.errors), code="signatory.nip")
        out["nip"] = result.nip
    else:
        out["nip"] = None
    form = values.get("form") or ""
    if form not in SIGN_FORMS:
        raise UserError(f"Bentuk penandatanganan '{form}' tidak dikenal; pilih langsung, a.n., "
                        "Plt. atau Plh.", code="signatory.form")
    out["form"] = form
    if form == "a.n." and not out.get("on_behalf_of"):
        raise UserError("Untuk penandatanganan a.n. (atas nama), isi nama jabatan yang "
                        "diwakili, misalnya 'Bupati Banyuasin'.", code="signatory.an")
    if "unit_id" in values:
        out["unit_id"] = values["unit_id"]
    if "sort" in values:
        out["sort"] = int(values["sort"] or 0)
    out["active"] = 1 if values.get("active", True) else 0
    return out


def save_signatory(store: Store, values: Mapping[str, Any], *,
                   signatory_id: int | None = None) -> int:
    data = _validate(values)
    now = now_iso()
    with store.tx():
        if signatory_id is None:
            new_id = sq.insert_signatory(store.conn, data, now)
            store.audit("create", "signatory", new_id, new=data)
            return new_id
        get_signatory(store, signatory_id)
        before = sq.update_signatory(store.conn, signatory_id, data, now)
        if before:
            store.audit("update", "signatory", signatory_id, old=before,
                        new={k: data.get(k) for k in before})
        return signatory_id


def deactivate_signatory(store: Store, signatory_id: int) -> None:
    """Signatories are never deleted: issued documents keep pointing at them."""
    get_signatory(store, signatory_id)
    with store.tx():
        before = sq.update_signatory(store.conn, signatory_id, {"active": 0}, now_iso())
        if before:
            store.audit("deactivate", "signatory", signatory_id, old=before)


def default_signatory(store: Store) -> dict[str, Any] | None:
    rows = list_signatories(store)
    return rows[0] if rows else None


def pemda_profile(store: Store) -> dict[str, Any] | None:
    return uq.get_pemda(store.conn)
