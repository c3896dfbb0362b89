"""The bundled rate table against DOMAIN.md §2/§3 literals, and malformed-table refusals."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jamsos_desktop.domain.enums import ParticipantType, Program, RiskClass
from jamsos_desktop.domain.rates import (
    RateTable,
    RateTableError,
    default_rate_table,
    load_account_codes,
    load_rate_table,
    parse_account_codes,
    parse_rate_table,
)
from jamsos_desktop.errors import DomainError

PU, BPU = ParticipantType.PU, ParticipantType.BPU
D = Decimal


@pytest.fixture(scope="module")
def table() -> RateTable:
    return load_rate_table()


# (program, type, risk class, employer rate, worker rate, source) — DOMAIN.md §2, PU table.
PU_RATES = [
    (Program.JKK, RiskClass.SANGAT_RENDAH, D("0.0024"), D(0),
     "PP 44/2015 ps 16, Lampiran I per PP 82/2019"),
    (Program.JKK, RiskClass.RENDAH, D("0.0054"), D(0),
     "PP 44/2015 ps 16, Lampiran I per PP 82/2019"),
    (Program.JKK, RiskClass.SEDANG, D("0.0089"), D(0),
     "PP 44/2015 ps 16, Lampiran I per PP 82/2019"),
    (Program.JKK, RiskClass.TINGGI, D("0.0127"), D(0),
     "PP 44/2015 ps 16, Lampiran I per PP 82/2019"),
    (Program.JKK, RiskClass.SANGAT_TINGGI, D("0.0174"), D(0),
     "PP 44/2015 ps 16, Lampiran I per PP 82/2019"),
    (Program.JKM, None, D("0.0030"), D(0), "PP 44/2015 ps 18"),
    (Program.JHT, None, D("0.037"), D("0.02"), "PP 46/2015 ps 16"),
    (Program.JP, None, D("0.02"), D("0.01"), "PP 45/2015 ps 28–29"),
]


@pytest.mark.parametrize(("program", "risk", "employer", "worker", "source"), PU_RATES)
@pytest.mark.parametrize("on", [date(2016, 1, 1), date(2021, 6, 1), date(2025, 4, 1),
                                date(2026, 12, 1)])
def test_pu_rates(table: RateTable, program: Program, risk: RiskClass | None,
                  employer: Decimal, worker: Decimal, source: str, on: date) -> None:
    entry = table.rate_for(program, PU, risk, on)
    assert entry.employer_rate == employer
    assert entry.worker_rate == worker
    assert entry.government_rate == 0
    assert not entry.is_flat
    assert entry.source.startswith(source)
    assert entry.confidence in ("H", "M")


def test_risk_class_ignored_where_not_distinguished(table: RateTable) -> None:
    on = date(2025, 1, 1)
    assert table.rate_for(Program.JKM, PU, RiskClass.TINGGI, on).employer_rate == D("0.003")
    assert table.rate_for("jkk", "PU", "tinggi", on).employer_rate == D("0.0127")


# Every JP cap, DOMAIN.md §2: (from, cap). The month before each change still has the old cap.
JP_CAPS = [
    (date(2015, 7, 1), 7_000_000), (date(2016, 3, 1), 7_335_300),
    (date(2017, 3, 1), 7_703_500), (date(2018, 3, 1), 8_094_000),
    (date(2019, 3, 1), 8_512_400), (date(2020, 3, 1), 8_939_700),
    (date(2021, 3, 1), 8_754_600), (date(2022, 3, 1), 9_077_600),
    (date(2023, 3, 1), 9_559_600), (date(2024, 3, 1), 10_042_300),
    (date(2025, 3, 1), 10_547_400), (date(2026, 3, 1), 11_086_300),
]


@pytest.mark.parametrize(("start", "cap"), JP_CAPS)
def test_every_jp_cap(table: RateTable, start: date, cap: int) -> None:
    assert table.jp_cap(start) == cap
    assert table.jp_cap(date(start.year, 12, 31)) == cap
    if start.month == 3:  # the change applies from March, not January
        assert table.jp_cap(date(start.year, 2, 28)) != cap
        entry = table.rate_for(Program.JP, PU, None, start)
        assert entry.effective_from == start
    assert table.rate_for(Program.JP, PU, None, start).wage_cap == cap


def test_jp_cap_previous_year_until_february(table: RateTable) -> None:
    for (_, previous), (start, _) in itertools.pairwise(JP_CAPS):
        assert table.jp_cap(date(start.year, 2, 1)) == previous


def test_no_jp_before_july_2015(table: RateTable) -> None:
    with pytest.raises(DomainError, match="berlaku pada 1 Juni 2015"):
        table.jp_cap(date(2015, 6, 1))


@pytest.mark.parametrize(("on", "rate"), [
    (date(2021, 2, 1), D("0.0046")), (date(2024, 12, 1), D("0.0046")),
    (date(2025, 1, 31), D("0.0046")),
    # PP 6/2025: DOMAIN.md gives no date; the table assumes 1 February 2025.
    (date(2025, 2, 1), D("0.0036")), (date(2026, 6, 1), D("0.0036")),
])
def test_jkp_rate_and_cap(table: RateTable, on: date, rate: Decimal) -> None:
    entry = table.rate_for(Program.JKP, PU, None, on)
    assert entry.government_rate == rate
    assert entry.employer_rate == entry.worker_rate == 0
    assert entry.wage_cap == 5_000_000


def test_jkp_not_before_pp_37_2021(table: RateTable) -> None:
    with pytest.raises(DomainError):
        table.rate_for(Program.JKP, PU, None, date(2020, 12, 1))


def test_bpu_rates(table: RateTable) -> None:
    on = date(2025, 4, 1)
    jkk = table.rate_for(Program.JKK, BPU, None, on)
    assert (jkk.employer_rate, jkk.income_floor, jkk.income_ceiling) == \
        (D("0.01"), 1_000_000, 20_700_000)
    jkm = table.rate_for(Program.JKM, BPU, None, on)
    assert jkm.is_flat and jkm.employer_flat == 6_800 and not jkm.worker_flat
    jht = table.rate_for(Program.JHT, BPU, None, on)
    assert jht.employer_rate == D("0.02")
    with pytest.raises(DomainError, match="JP tidak tersedia untuk peserta BPU"):
        table.rate_for(Program.JP, BPU, None, on)
    with pytest.raises(DomainError):
        table.rate_for(Program.JKP, BPU, None, on)


def test_jkk_pu_needs_risk_class(table: RateTable) -> None:
    with pytest.raises(DomainError, match="Kelas risiko wajib"):
        table.rate_for(Program.JKK, PU, None, date(2025, 1, 1))


@pytest.mark.parametrize(("on", "age"), [
    (date(2015, 7, 1), 56), (date(2018, 12, 31), 56), (date(2019, 1, 1), 57),
    (date(2021, 12, 1), 57), (date(2022, 1, 1), 58), (date(2024, 12, 1), 58),
    (date(2025, 1, 1), 59), (date(2027, 12, 1), 59), (date(2028, 1, 1), 60),
    (date(2031, 1, 1), 61), (date(2034, 1, 1), 62), (date(2037, 1, 1), 63),
    (date(2040, 1, 1), 64), (date(2043, 1, 1), 65), (date(2060, 1, 1), 65),
])
def test_pension_age(table: RateTable, on: date, age: int) -> None:
    assert table.pension_age(on) == age


def test_listing_and_descriptions(table: RateTable) -> None:
    entries = table.all_entries()
    assert len(entries) == len(table.entries) == 24
    assert all(e.source and e.confidence in ("H", "M", "L") for e in entries)
    in_2025 = table.entries_in_force(date(2025, 1, 1), date(2025, 12, 31), [Program.JP])
    assert [e.wage_cap for e in in_2025] == [10_042_300, 10_547_400]
    text = table.rate_for(Program.JKK, PU, RiskClass.SANGAT_RENDAH, date(2025, 1, 1)).describe()
    assert "0,24 %" in text and "PP 44/2015" in text and "keyakinan H" in text
    assert table.effective_until(in_2025[0]) == date(2025, 2, 28)
    data = table.to_dict()
    assert data["name"] and data["version"] and len(data["pension_ages"]) == 10
    assert default_rate_table() is default_rate_table()


def test_account_codes() -> None:
    codes = load_account_codes()
    assert codes[Program.JKK].code == "5.1.02.02.02.0006"
    assert codes[Program.JKK].name == "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN"
    assert codes[Program.JKM].code == "5.1.02.02.02.0007"
    assert codes[Program.JKM].name == "Belanja Iuran Jaminan Kematian bagi Non ASN"
    assert codes[Program.JHT].code == "5.1.02.02.02.0010"
    assert codes[Program.JHT].name == "Belanja Iuran Jaminan Hari Tua bagi Non ASN"
    assert not any(codes[p].needs_verification for p in (Program.JKK, Program.JKM, Program.JHT))
    # No source gives JP/JKP codes: present as editable guesses, flagged.
    assert codes[Program.JP].needs_verification and codes[Program.JKP].needs_verification


# --- malformed tables --------------------------------------------------------------------

HEADER = '[tabel]\nnama = "Uji"\nversi = "1"\n'  # lines 1-3


def entry(**fields: object) -> str:
    base: dict[str, object] = {"program": '"jkm"', "peserta": '"PU"',
                               "tarif_pemberi_kerja": '"0.30%"', "berlaku_mulai": "2015-07-01",
                               "dasar_hukum": '"PP 44/2015 ps 18"', "keyakinan": '"H"'}
    base.update(fields)
    body = "".join(f"{k} = {v}\n" for k, v in base.items() if v is not None)
    return "\n[[tarif]]\n" + body


def test_minimal_table_parses() -> None:
    table = parse_rate_table(HEADER + entry(), "uji.toml")
    assert table.rate_for(Program.JKM, PU, None, date(2020, 1, 1)).employer_rate == D("0.003")
    assert table.source_name == "uji.toml"


def test_fraction_notation_is_refused() -> None:
    with pytest.raises(RateTableError, match=r"baris 8: .*bukan persentase"):
        parse_rate_table(HEADER + entry(tarif_pemberi_kerja='"0.0030"'))


@pytest.mark.parametrize(("text", "line"), [
    (HEADER + "\n[[tarif]]\nprogram = jkm\n", 6),  # bare word
    (HEADER + 'versi = "2"\n', 4),  # duplicate key
    (HEADER + "\n[[tarif]\n", 5),  # unclosed header
    ('[tabel]\nnama = "Uji\n', 2),  # unterminated string
    (HEADER + entry(berlaku_mulai="2015-13-01"), 9),  # impossible date
])
def test_syntax_error_gives_line(text: str, line: int) -> None:
    with pytest.raises(RateTableError) as info:
        parse_rate_table(text, "rusak.toml")
    message = info.value.message
    assert f"baris {line}" in message
    assert "rusak.toml" in message
    assert info.value.line == line
    assert info.value.code == "rates.syntax"
    assert "Expected" not in message and "Invalid" not in message  # translated


# entry() lines: 5 [[tarif]], 6 program, 7 peserta, 8 tarif_pemberi_kerja, 9 berlaku_mulai,
# 10 dasar_hukum, 11 keyakinan.
@pytest.mark.parametrize(("fields", "line", "reason"), [
    ({"program": '"jkx"'}, 6, "program 'jkx' tidak dikenal"),
    ({"peserta": '"ASN"'}, 7, "peserta 'ASN' tidak dikenal"),
    ({"tarif_pemberi_kerja": '"abc"'}, 8, "bukan persentase"),
    ({"tarif_pemberi_kerja": '"-0.30%"'}, 8, "tidak boleh negatif"),
    ({"tarif_pemberi_kerja": "0.3"}, 8, "harus ditulis sebagai teks persen"),
    ({"tarif_pemberi_kerja": '"150%"'}, 8, "lebih dari 100%"),
    ({"berlaku_mulai": None}, 5, "'berlaku_mulai' wajib diisi"),
    ({"berlaku_mulai": '"1 Juli 2015"'}, 9, "bukan tanggal"),
    ({"dasar_hukum": None}, 5, "'dasar_hukum' wajib diisi"),
    ({"keyakinan": '"X"'}, 11, "keyakinan 'X' tidak sah"),
    ({"kelas_risiko": '"rendah"'}, 12, "kelas_risiko hanya dipakai untuk JKK"),
    ({"program": '"jkk"'}, 5, "kelas_risiko wajib diisi"),
    ({"program": '"jp"', "peserta": '"BPU"'}, 7, "JP tidak tersedia"),
    ({"batas_atas_upah": "-5"}, 12, "tidak boleh nol atau negatif"),
    ({"berlaku_sampai": "2015-01-01"}, 12, "lebih awal dari berlaku_mulai"),
    ({"tarif_pemberi_kerja": None}, 5, "wajib diisi"),
    ({"nominal_pemberi_kerja": "6800"}, 5, "sekaligus"),
    ({"nominal_pekerja": '"6800"'}, 12, "bilangan bulat rupiah"),
    ({"tarif_pekrja": '"1%"'}, 12, "kunci 'tarif_pekrja' tidak dikenal"),
])
def test_semantic_error_gives_line(fields: dict[str, object], line: int, reason: str) -> None:
    text = HEADER + entry() + entry(**fields)  # second entry starts at line 13
    with pytest.raises(RateTableError) as info:
        parse_rate_table(text.replace(entry(), entry(berlaku_mulai="2000-01-01"), 1))
    lines_offset = 8  # the first entry occupies lines 4-11 (blank line + header + 6 keys)
    assert f"baris {line + lines_offset}: " in info.value.message
    assert reason in info.value.message
    assert isinstance(info.value, DomainError)


def test_overlapping_duplicate_entry() -> None:
    text = HEADER + entry() + entry(tarif_pemberi_kerja='"0.31%"')
    with pytest.raises(RateTableError, match=r"baris 13: entri JKM PU tumpang tindih .*"
                                             r"mulai 1 Juli 2015 \(baris 5\)"):
        parse_rate_table(text)


def test_overlap_through_explicit_end() -> None:
    text = (HEADER + entry(berlaku_sampai="2020-12-31")
            + entry(berlaku_mulai="2020-01-01", tarif_pemberi_kerja='"0.31%"'))
    with pytest.raises(RateTableError, match=r"baris 14: .*tumpang tindih"):
        parse_rate_table(text)


def test_several_errors_reported_together() -> None:
    text = HEADER + entry(program='"jkx"') + entry(tarif_pemberi_kerja='"abc"')
    with pytest.raises(RateTableError) as info:
        parse_rate_table(text)
    assert [line for line, _ in info.value.errors] == [6, 16]


def test_missing_header_and_entries() -> None:
    with pytest.raises(RateTableError, match=r"\[tabel\]"):
        parse_rate_table(entry())
    with pytest.raises(RateTableError, match=r"tidak memuat satu pun entri \[\[tarif\]\]"):
        parse_rate_table(HEADER)


def test_unknown_section() -> None:
    with pytest.raises(RateTableError, match="baris 5: bagian 'tarip' tidak dikenal"):
        parse_rate_table(HEADER + "\n[[tarip]]\nprogram = \"jkm\"\n")


def test_pension_age_errors() -> None:
    ages = '\n[[usia_pensiun_jp]]\nusia = 156\nberlaku_mulai = 2015-07-01\n' \
           'dasar_hukum = "PP 45/2015 ps 15"\nkeyakinan = "M"\n'
    with pytest.raises(RateTableError, match="baris 14: usia '156'"):
        parse_rate_table(HEADER + entry() + ages)


def test_bom_is_accepted() -> None:
    assert parse_rate_table("\ufeff" + HEADER + entry()).version == "1"


def test_updated_table_from_file(tmp_path: Path) -> None:
    """An office loads a corrected table without a new release: a 2027 cap is added."""
    bundled = load_rate_table()
    text = Path(__file__).parents[2].joinpath("resources", "rates", "tarif_iuran.toml") \
        .read_text(encoding="utf-8")
    text = text.replace('versi = "2026.03-1"', 'versi = "2027.03-kantor"')
    text += ('\n[[tarif]]\nprogram = "jp"\npeserta = "PU"\ntarif_pemberi_kerja = "2%"\n'
             'tarif_pekerja = "1%"\nbatas_atas_upah = 11_600_000\nberlaku_mulai = 2027-03-01\n'
             'dasar_hukum = "Surat BPJS 2027"\nkeyakinan = "M"\n')
    path = tmp_path / "tarif_kantor.toml"
    path.write_text(text, encoding="utf-8")
    updated = load_rate_table(path)
    assert updated.version == "2027.03-kantor"
    assert updated.jp_cap(date(2027, 3, 1)) == 11_600_000
    assert updated.jp_cap(date(2027, 2, 1)) == 11_086_300
    assert bundled.jp_cap(date(2027, 3, 1)) == 11_086_300
    assert str(path) in updated.source_name


def test_broken_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "rusak.toml"
    path.write_text(HEADER + "\n[[tarif]]\nprogram = \n", encoding="utf-8")
    with pytest.raises(RateTableError, match="baris 6"):
        load_rate_table(path)
    with pytest.raises(RateTableError, match="tidak ditemukan"):
        load_rate_table(tmp_path / "tidak-ada.toml")
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(RateTableError, match="UTF-8"):
        load_rate_table(path)


ACC_HEADER = '[tabel]\nnama = "Rekening"\nversi = "1"\n'


def test_account_code_errors(tmp_path: Path) -> None:
    good = ACC_HEADER + '\n[rekening.jkk]\nkode = "5.1.02.02.02.0006"\nnama = "JKK"\n'
    assert parse_account_codes(good)[Program.JKK].code == "5.1.02.02.02.0006"
    with pytest.raises(RateTableError, match=r"baris 6: kode rekening '5\.1\.02\.x'"):
        parse_account_codes(good.replace("5.1.02.02.02.0006", "5.1.02.x"))
    with pytest.raises(RateTableError, match="baris 5: program 'jkx' tidak dikenal"):
        parse_account_codes(good.replace("rekening.jkk", "rekening.jkx"))
    with pytest.raises(RateTableError, match="baris 5: 'nama' wajib diisi"):
        parse_account_codes(good.replace('nama = "JKK"\n', ""))
    with pytest.raises(RateTableError, match="baris 6"):
        parse_account_codes(ACC_HEADER + '\n[rekening.jkk]\nkode = 5.1\n')
    path = tmp_path / "rek.toml"
    path.write_text(good, encoding="utf-8")
    assert load_account_codes(path)[Program.JKK].name == "JKK"
