"""A tiny hand-checkable office: Dinas Kesehatan (sangat rendah) with a Puskesmas sub-unit,
and Dinas Lingkungan Hidup (sedang). Workers are added through the worker service."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from jamsos_desktop.domain.nik import make_nik
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import units as uq

_serials = itertools.count(1)


@pytest.fixture
def office(store: Store) -> dict[str, int]:
    with store.tx():
        uq.save_pemda(store.conn, {"level": "kabupaten", "name": "Contoh",
                                   "office_name": "Badan Keuangan Daerah",
                                   "city": "Kota Contoh"}, now_iso())
        dinkes = uq.insert_unit(store.conn, {"code": "2.02", "name": "Dinas Kesehatan",
                                             "risk_class": "sangat-rendah"}, now_iso())
        pkm = uq.insert_unit(store.conn, {"code": "2.02.01", "name": "Puskesmas A",
                                          "parent_id": dinkes}, now_iso())
        dlh = uq.insert_unit(store.conn, {"code": "2.06", "name": "Dinas Lingkungan Hidup",
                                          "risk_class": "sedang"}, now_iso())
    return {"dinkes": dinkes, "pkm": pkm, "dlh": dlh}


AddWorker = Callable[..., int]


@pytest.fixture
def add_worker(store: Store) -> AddWorker:
    def add(unit: int, *, wage: int | None = 2_500_000, programs: set[str] | None = None,
            category: str = "honorer", ptype: str = "PU", status: str = "terdaftar",
            birth: date = date(1990, 3, 15), **over: Any) -> int:
        values = {"nik": make_nik("32.73.01", birth, "L", next(_serials)),
                  "name": f"Pekerja {unit}", "birth_date": birth.isoformat(), "sex": "L",
                  "mother_name": "Siti Aminah", "unit_id": unit, "wage": wage,
                  "participant_type": ptype, "category": category, "job_title": "Staf",
                  "programs": programs or {"jkk", "jkm"}}
        values.update(over)
        wid = ws.save_worker(store, values).worker_id
        if status in ("diusulkan", "terdaftar"):
            ws.change_status(store, [wid], "diusulkan")
        if status == "terdaftar":
            ws.change_status(store, [wid], "terdaftar")
        return wid
    return add
