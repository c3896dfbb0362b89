"""The fixed vocabularies, with the Indonesian labels shown to users.

Stored values are short lowercase codes (stable in the database and in files); labels are
for screens and documents.
"""

from __future__ import annotations

from enum import StrEnum


class Program(StrEnum):
    JKK = "jkk"  # Jaminan Kecelakaan Kerja
    JKM = "jkm"  # Jaminan Kematian
    JHT = "jht"  # Jaminan Hari Tua
    JP = "jp"  # Jaminan Pensiun (PU only)
    JKP = "jkp"  # Jaminan Kehilangan Pekerjaan (workers of a business; not pemda by default)

    @property
    def label(self) -> str:
        return PROGRAM_LABELS[self]


PROGRAM_LABELS = {
    Program.JKK: "Jaminan Kecelakaan Kerja (JKK)",
    Program.JKM: "Jaminan Kematian (JKM)",
    Program.JHT: "Jaminan Hari Tua (JHT)",
    Program.JP: "Jaminan Pensiun (JP)",
    Program.JKP: "Jaminan Kehilangan Pekerjaan (JKP)",
}
PROGRAM_ORDER = [Program.JKK, Program.JKM, Program.JHT, Program.JP, Program.JKP]


def parse_programs(text: str) -> frozenset[Program]:
    """"jkk,jkm" / "JKK+JKM" / "jkk jkm" → {JKK, JKM}; raises ValueError on an unknown code."""
    from jamsos_desktop.errors import DomainError

    parts = [p for p in text.replace("+", ",").replace(" ", ",").lower().split(",") if p]
    out = set()
    for part in parts:
        try:
            out.add(Program(part))
        except ValueError:
            raise DomainError(f"Program '{part}' tidak dikenal. Pilihan: jkk, jkm, jht, jp, jkp.",
                              code="program.unknown") from None
    return frozenset(out)


def format_programs(programs: frozenset[Program] | set[Program] | list[Program]) -> str:
    """Canonical storage/display order: "jkk,jkm,jht"."""
    return ",".join(p.value for p in PROGRAM_ORDER if p in set(programs))


class ParticipantType(StrEnum):
    PU = "PU"  # Penerima Upah (wage earner)
    BPU = "BPU"  # Bukan Penerima Upah (self-employed / vulnerable)

    @property
    def label(self) -> str:
        return {"PU": "Penerima Upah (PU)", "BPU": "Bukan Penerima Upah (BPU)"}[self.value]


class RiskClass(StrEnum):
    SANGAT_RENDAH = "sangat-rendah"
    RENDAH = "rendah"
    SEDANG = "sedang"
    TINGGI = "tinggi"
    SANGAT_TINGGI = "sangat-tinggi"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class EnrollmentStatus(StrEnum):
    BELUM = "belum"  # Belum didaftarkan
    DIUSULKAN = "diusulkan"  # proposed in a batch / letter
    TERDAFTAR = "terdaftar"  # registered: has KPJ and start date
    NONAKTIF = "nonaktif"  # ended: end date and reason

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    EnrollmentStatus.BELUM: "Belum didaftarkan",
    EnrollmentStatus.DIUSULKAN: "Diusulkan",
    EnrollmentStatus.TERDAFTAR: "Terdaftar",
    EnrollmentStatus.NONAKTIF: "Nonaktif",
}

# Allowed moves of the enrollment workflow (issue: Belum → Diusulkan → Terdaftar → Nonaktif);
# a proposal can be withdrawn, a registration reactivated, a wrongly registered worker reset.
STATUS_TRANSITIONS: dict[EnrollmentStatus, frozenset[EnrollmentStatus]] = {
    EnrollmentStatus.BELUM: frozenset({EnrollmentStatus.DIUSULKAN, EnrollmentStatus.TERDAFTAR}),
    EnrollmentStatus.DIUSULKAN: frozenset({EnrollmentStatus.BELUM, EnrollmentStatus.TERDAFTAR}),
    EnrollmentStatus.TERDAFTAR: frozenset({EnrollmentStatus.NONAKTIF}),
    EnrollmentStatus.NONAKTIF: frozenset({EnrollmentStatus.TERDAFTAR}),
}


class Category(StrEnum):
    HONORER = "honorer"
    KONTRAK = "kontrak"
    THL = "thl"
    PTT = "ptt"
    APARATUR_DESA = "aparatur-desa"
    BPD = "bpd"
    RT_RW = "rt-rw"
    KADER = "kader"
    PEKERJA_RENTAN = "pekerja-rentan"
    PEMILU_ADHOC = "pemilu-adhoc"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]

    @property
    def default_participant_type(self) -> ParticipantType:
        """DOMAIN.md §1: RT/RW, kader, pekerja rentan are BPU; the rest usually PU."""
        if self in (Category.RT_RW, Category.KADER, Category.PEKERJA_RENTAN):
            return ParticipantType.BPU
        return ParticipantType.PU


CATEGORY_LABELS = {
    Category.HONORER: "Tenaga Honorer",
    Category.KONTRAK: "Tenaga Kontrak",
    Category.THL: "Tenaga Harian Lepas (THL)",
    Category.PTT: "Pegawai Tidak Tetap (PTT)",
    Category.APARATUR_DESA: "Aparatur Desa",
    Category.BPD: "Anggota BPD",
    Category.RT_RW: "Ketua RT/RW",
    Category.KADER: "Kader (Posyandu, PKK, dll.)",
    Category.PEKERJA_RENTAN: "Pekerja Rentan",
    Category.PEMILU_ADHOC: "Penyelenggara Pemilu Ad Hoc",
    Category.LAINNYA: "Lainnya",
}


class FundingSource(StrEnum):
    APBD = "APBD"
    APBDES = "APBDes"
    DBHCHT = "DBHCHT"
    HIBAH = "Hibah"
    LAINNYA = "Lainnya"


class PemdaLevel(StrEnum):
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"

    @property
    def heading(self) -> str:
        """The letterhead line: "PEMERINTAH KABUPATEN …"."""
        return f"PEMERINTAH {self.value.upper()}"
