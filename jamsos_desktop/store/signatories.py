"""Signatories (penandatangan) of issued documents.

The schema has no column for the signing form ("a.n." / "Plt." / "Plh."); until it does,
each signatory's default form is kept in the settings table under `SIGN_FORMS_KEY`
({"<id>": {"form": "a.n.", "on_behalf_of": "Bupati Banyuasin"}}). The form actually used is
recorded with every issued document (documents.params), so the register stays exact.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

FIELDS = ("jabatan", "name", "pangkat", "golongan", "nip", "unit_id", "active", "sort")
SIGN_FORMS_KEY = "dokumen.bentuk_tanda_tangan"


def list_signatories(conn: sqlite3.Connection, *, include_inactive: bool = False
                     ) -> list[dict[str, Any]]:
    where = "" if include_inactive else "WHERE active = 1"
    forms = _forms(conn)
    rows = conn.execute(f"SELECT * FROM signatories {where} ORDER BY sort, id")
    return [_with_form(dict(r), forms) for r in rows]


def get_signatory(conn: sqlite3.Connection, signatory_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM signatories WHERE id = ?", (signatory_id,)).fetchone()
    return _with_form(dict(row), _forms(conn)) if row else None


def insert_signatory(conn: sqlite3.Connection, values: dict[str, Any], now: str) -> int:
    data = {k: values[k] for k in FIELDS if k in values}
    cols = ", ".join([*data, "created_at", "updated_at"])
    marks = ", ".join("?" for _ in range(len(data) + 2))
    cur = conn.execute(f"INSERT INTO signatories ({cols}) VALUES ({marks})",
                       (*data.values(), now, now))
    signatory_id = int(cur.lastrowid or 0)
    _set_form(conn, signatory_id, values)
    return signatory_id


def update_signatory(conn: sqlite3.Connection, signatory_id: int, values: dict[str, Any],
                     now: str) -> dict[str, Any]:
    """Returns the old values of the changed fields."""
    old = get_signatory(conn, signatory_id)
    if old is None:
        return {}
    data = {k: values[k] for k in FIELDS if k in values and old.get(k) != values[k]}
    if data:
        sets = "".join(f"{k} = ?, " for k in data)
        conn.execute(f"UPDATE signatories SET {sets}updated_at = ? WHERE id = ?",
                     (*data.values(), now, signatory_id))
    before = {k: old.get(k) for k in data}
    for key in ("form", "on_behalf_of"):
        if key in values and (old.get(key) or "") != (values[key] or ""):
            before[key] = old.get(key)
    _set_form(conn, signatory_id, values)
    return before


def _forms(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SIGN_FORMS_KEY,)).fetchone()
    if row is None:
        return {}
    try:
        data = json.loads(row[0])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _with_form(row: dict[str, Any], forms: dict[str, dict[str, Any]]) -> dict[str, Any]:
    entry = forms.get(str(row["id"]), {})
    row["form"] = entry.get("form", "")
    row["on_behalf_of"] = entry.get("on_behalf_of")
    return row


def _set_form(conn: sqlite3.Connection, signatory_id: int, values: dict[str, Any]) -> None:
    if "form" not in values and "on_behalf_of" not in values:
        return
    forms = _forms(conn)
    current = forms.get(str(signatory_id), {})
    entry = {"form": values.get("form", current.get("form", "")) or "",
             "on_behalf_of": values.get("on_behalf_of", current.get("on_behalf_of"))}
    forms[str(signatory_id)] = entry
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (SIGN_FORMS_KEY, json.dumps(forms, ensure_ascii=False, sort_keys=True)))
