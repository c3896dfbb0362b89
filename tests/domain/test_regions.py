"""Kemendagri region table: shape of the bundled CSV and the lookup API."""

from __future__ import annotations

import csv

import pytest

from jamsos_desktop.domain import regions
from jamsos_desktop.domain.regions import NIK_PROVINCE_CODES, Region
from jamsos_desktop.paths import resource


def _csv_codes() -> list[str]:
    with resource(*regions.REGIONS_FILE).open(encoding="utf-8-sig", newline="") as handle:
        return [row["kode"].strip() for row in csv.DictReader(handle)]


def test_province_constant_matches_csv() -> None:
    in_csv = {code for code in _csv_codes() if len(code) == 2}
    assert in_csv == NIK_PROVINCE_CODES
    assert {r.code for r in regions.provinces()} == NIK_PROVINCE_CODES


def test_province_constant_is_the_domain_list() -> None:
    expected = ([*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66),
                 *range(71, 77), 81, 82, *range(91, 97)])
    assert {str(n) for n in expected} == NIK_PROVINCE_CODES
    assert len(NIK_PROVINCE_CODES) == 38


def test_counts_match_kepmendagri_2025() -> None:
    everything = regions.all_regions()
    by_level: dict[str, int] = {}
    for region in everything:
        by_level[region.level] = by_level.get(region.level, 0) + 1
    assert by_level["provinsi"] == 38
    assert by_level["kabupaten"] + by_level["kota"] == 514
    assert by_level["kecamatan"] == 7285
    assert len({r.code for r in everything}) == len(_csv_codes())


@pytest.mark.parametrize(("code", "name"), [
    ("32", "Jawa Barat"),
    ("91", "Papua"),
    ("96", "Papua Barat Daya"),
    (" 11 ", "Aceh"),
])
def test_province_name(code: str, name: str) -> None:
    assert regions.province_name(code) == name


@pytest.mark.parametrize(("code", "name"), [
    ("3273", "Kota Bandung"),
    ("32.73", "Kota Bandung"),
    ("31.72", "Kota Administrasi Jakarta Utara"),  # trailing space in the CSV is trimmed
    ("9301", "Kabupaten Merauke"),
])
def test_regency_name(code: str, name: str) -> None:
    assert regions.regency_name(code) == name


@pytest.mark.parametrize(("code", "name"), [("327301", "Sukasari"), ("32.73.02", "Coblong")])
def test_district_name(code: str, name: str) -> None:
    assert regions.district_name(code) == name


@pytest.mark.parametrize("code", [None, 32, "", "3", "327", "32.7", "32.73.01.01",
                                  "3a", "99", "9101", "32.73.99", "32..73", "٣٢"])
def test_unknown_or_malformed_codes_give_none(code: object) -> None:
    assert regions.lookup(code) is None


def test_names_are_level_specific() -> None:
    assert regions.province_name("3273") is None
    assert regions.regency_name("32") is None
    assert regions.district_name("32.73") is None


@pytest.mark.parametrize(("code", "level"), [
    ("32", "provinsi"),
    ("32.73", "kota"),
    ("32.04", "kabupaten"),
    ("31.01", "kabupaten"),  # Kabupaten Administrasi Kepulauan Seribu
    ("31.71", "kota"),  # Kota Administrasi Jakarta Pusat
    ("32.73.01", "kecamatan"),
])
def test_levels(code: str, level: str) -> None:
    region = regions.lookup(code)
    assert region is not None and region.level == level


def test_lookup_returns_dotted_region() -> None:
    assert regions.lookup("327301") == Region("32.73.01", "Sukasari", "kecamatan")
    region = regions.lookup("32.73.01")
    assert region is not None
    assert region.digits == "327301"
    assert region.parent_code == "32.73"


def test_children() -> None:
    west_java = regions.regencies("32")
    assert west_java and all(r.code.startswith("32.") and r.code.count(".") == 1
                             for r in west_java)
    assert [r.code for r in west_java] == sorted(r.code for r in west_java)
    bandung = regions.districts("3273")
    assert bandung and all(r.code.startswith("32.73.") for r in bandung)
    assert regions.regencies("99") == [] and regions.districts("32") == []
    assert regions.regencies("32.73") == []


def test_every_child_has_a_parent() -> None:
    for region in regions.all_regions():
        if region.parent_code:
            assert regions.lookup(region.parent_code) is not None, region


def test_returned_lists_do_not_alias_the_cache() -> None:
    regions.provinces().clear()
    regions.regencies("32").clear()
    assert len(regions.provinces()) == 38
    assert regions.regencies("32")
