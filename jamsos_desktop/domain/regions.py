"""Kemendagri region codes (provinsi, kabupaten/kota, kecamatan), read from the bundled CSV.

The table is the 2025 Kepmendagri list (`resources/regions/wilayah_kemendagri_2025.csv`,
columns `kode,nama`). It is loaded on first use and kept for the life of the process: ~7,800
rows, read once, never written. Codes are always handed out with dots (`32.73.01`); the
lookups also accept them without (`327301`) because that is how they appear inside a NIK.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from jamsos_desktop.paths import resource

Level = Literal["provinsi", "kabupaten", "kota", "kecamatan"]

REGIONS_FILE = ("regions", "wilayah_kemendagri_2025.csv")

# Kemendagri province codes (not BPS codes), DOMAIN.md §4. Kept as a constant as well as in
# the CSV so NIK validation does not depend on the data file being complete; a test checks
# the two agree. 91–96 are the six Papua provinces: widely copied validators stop at 94 or 92
# and wrongly reject real NIKs from there.
NIK_PROVINCE_CODES: frozenset[str] = frozenset(
    [f"{n}" for n in range(11, 20)]
    + ["21"]
    + [f"{n}" for n in range(31, 37)]
    + [f"{n}" for n in range(51, 54)]
    + [f"{n}" for n in range(61, 66)]
    + [f"{n}" for n in range(71, 77)]
    + ["81", "82"]
    + [f"{n}" for n in range(91, 97)]
)

_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # with dots: "32", "32.73", "32.73.01"
    name: str  # as in the Kepmendagri: "Jawa Barat", "Kota Bandung", "Sukasari"
    level: Level

    @property
    def digits(self) -> str:
        """The code without dots, as it appears inside a NIK."""
        return self.code.replace(".", "")

    @property
    def parent_code(self) -> str | None:
        return self.code.rpartition(".")[0] or None


@dataclass(frozen=True, slots=True)
class _Table:
    by_code: dict[str, Region]
    children: dict[str, tuple[Region, ...]]  # "" → provinces
    # Every code in both spellings ("32.73.01" and "327301"): the exact-string fast path of
    # `lookup`, which NIK checking calls twice per NIK.
    by_spelling: dict[str, Region]


def normalize_code(code: object) -> str | None:
    """`"327301"`, `"32.73.01"`, `" 32.73 "` → dotted code; None if it cannot be a region code.

    Only the shape is checked (2, 4 or 6 digits), not whether the region exists.
    """
    if not isinstance(code, str):
        return None
    text = code.strip()
    if "." in text:
        parts = text.split(".")
        if not all(len(p) == 2 and _DIGITS.fullmatch(p) for p in parts) or len(parts) > 3:
            return None
        return ".".join(parts)
    if len(text) not in (2, 4, 6) or not _DIGITS.fullmatch(text):
        return None
    return ".".join(text[i:i + 2] for i in range(0, len(text), 2))


def _level_of(code: str, name: str) -> Level:
    depth = code.count(".")
    if depth == 0:
        return "provinsi"
    if depth == 2:
        return "kecamatan"
    # The Kepmendagri name carries the kind: "Kota Bandung", "Kota Administrasi Jakarta
    # Pusat" vs "Kabupaten Bandung", "Kabupaten Administrasi Kepulauan Seribu".
    return "kota" if name.startswith("Kota ") else "kabupaten"


@cache
def _table() -> _Table:
    by_code: dict[str, Region] = {}
    children: dict[str, list[Region]] = {}
    path = resource(*REGIONS_FILE)
    # utf-8-sig: tolerate a BOM if someone re-saves the file from Excel.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            code = normalize_code((row.get("kode") or "").strip())
            name = (row.get("nama") or "").strip()
            if code is None or not name:
                continue  # a malformed row must not take NIK checking down with it
            region = Region(code, name, _level_of(code, name))
            by_code[code] = region
            children.setdefault(region.parent_code or "", []).append(region)
    by_spelling = {**{r.digits: r for r in by_code.values()}, **by_code}
    return _Table(
        by_code=by_code,
        children={k: tuple(sorted(v, key=lambda r: r.code)) for k, v in children.items()},
        by_spelling=by_spelling,
    )


def lookup(code: object) -> Region | None:
    """The region with this code (any level, with or without dots), or None."""
    if type(code) is str:
        # A code spelled exactly as listed normalises to itself: skip the shape check.
        found = _table().by_spelling.get(code)
        if found is not None:
            return found
    normalized = normalize_code(code)
    return _table().by_code.get(normalized) if normalized else None


def _name_at(code: object, depth: int) -> str | None:
    normalized = normalize_code(code)
    if normalized is None or normalized.count(".") != depth:
        return None
    region = _table().by_code.get(normalized)
    return region.name if region else None


def province_name(code: object) -> str | None:
    """`"32"` → `"Jawa Barat"`; None if unknown or not a province code."""
    return _name_at(code, 0)


def regency_name(code: object) -> str | None:
    """`"3273"` or `"32.73"` → `"Kota Bandung"`; None if unknown or not a regency code."""
    return _name_at(code, 1)


def district_name(code: object) -> str | None:
    """`"327301"` or `"32.73.01"` → `"Sukasari"`; None if unknown or not a district code."""
    return _name_at(code, 2)


def provinces() -> list[Region]:
    return list(_table().children.get("", ()))


def _children_at(code: object, depth: int) -> list[Region]:
    normalized = normalize_code(code)
    if normalized is None or normalized.count(".") != depth:
        return []
    return list(_table().children.get(normalized, ()))


def regencies(province_code: object) -> list[Region]:
    """Regencies and cities of a province, by code; empty if the province is unknown."""
    return _children_at(province_code, 0)


def districts(regency_code: object) -> list[Region]:
    """Districts (kecamatan) of a regency or city, by code; empty if unknown."""
    return _children_at(regency_code, 1)


def all_regions() -> list[Region]:
    """Every region, in code order (provinces before their regencies before districts)."""
    return sorted(_table().by_code.values(), key=lambda r: r.code)
