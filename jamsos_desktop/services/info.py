"""What a database holds: path, schema version, counts."""

from __future__ import annotations

from typing import Any

from jamsos_desktop.domain.enums import STATUS_LABELS, EnrollmentStatus
from jamsos_desktop.store import Store
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq


def database_info(store: Store) -> dict[str, Any]:
    counts = wq.status_counts(store.conn)
    by_status = {s.value: counts.get(s.value, 0) for s in EnrollmentStatus}
    pemda = uq.get_pemda(store.conn)
    return {
        "path": str(store.path.resolve()),
        "schema_version": store.schema_version(),
        "pemda": None if pemda is None else f"{pemda['level'].capitalize()} {pemda['name']}",
        "units": uq.count_units(store.conn),
        "workers": sum(by_status.values()),
        "archived": wq.archived_count(store.conn),
        "by_status": by_status,
        "size_bytes": store.path.stat().st_size if store.path.exists() else 0,
    }


def render_info(info: dict[str, Any]) -> str:
    lines = [
        f"Basis data    : {info['path']}",
        f"Versi skema   : {info['schema_version']}",
        f"Pemda         : {info['pemda'] or '(belum diisi)'}",
        f"Unit kerja    : {info['units']}",
        f"Pegawai aktif : {info['workers']} (diarsipkan: {info['archived']})",
    ]
    for status, n in info["by_status"].items():
        lines.append(f"  {STATUS_LABELS[EnrollmentStatus(status)]:<20}: {n}")
    return "\n".join(lines)
