"""Regenerate the sample documents in `docs/samples/` from the demo district:

    python scripts/make_samples.py [--out docs/samples]

A fresh demo database (300 workers, seed 7) in a temporary folder, a drawn placeholder
logo (the demo has none; a real office loads its own), and one issued document of each
kind dated 7 June 2026. The enrollment list and the budget are limited to one department
(Dinas Kesehatan and its puskesmas) so each sample stays a few pages long.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATE = date(2026, 6, 7)
SURAT_BODY = """\
Dalam rangka pelaksanaan Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi \
Pelaksanaan Program Jaminan Sosial Ketenagakerjaan, kami mengundang Saudara untuk hadir pada \
rapat koordinasi pendataan pekerja non-ASN yang akan dilaksanakan pada:

1. hari/tanggal: Senin, 15 Juni 2026
2. waktu: pukul 09.00 WIB s.d. selesai
3. tempat: Ruang Rapat Badan Pengelolaan Keuangan dan Aset Daerah

Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat waktu dengan membawa \
data pekerja non-ASN pada unit kerja masing-masing.

Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih."""


def placeholder_logo() -> bytes:
    """A plain shield, clearly not any real regional emblem."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (220, 260), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (210, 10), (210, 150), (110, 250), (10, 150)], fill=(22, 101, 52),
              outline=(202, 160, 40), width=8)
    d.polygon([(110, 40), (170, 120), (110, 200), (50, 120)], fill=(202, 160, 40))
    d.ellipse((88, 98, 132, 142), fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args(argv)

    from jamsos_desktop.services import documents as ds
    from jamsos_desktop.services.demo import DEMO_PEMDA, create_demo
    from jamsos_desktop.services.units import save_profile
    from jamsos_desktop.store import open_store

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "contoh.db")
        try:
            create_demo(store, workers=300, seed=7)
            save_profile(store, {**DEMO_PEMDA, "logo": placeholder_logo(),
                                 "logo_mime": "image/png"})
            ds.save_settings(store, bpjs_addressee="Kepala Kantor Cabang BPJS "
                             "Ketenagakerjaan Palembang", bpjs_place="Palembang")
            requests = {
                "contoh-usulan-kepesertaan.pdf": ds.DocumentRequest(
                    "usulan", doc_date=SAMPLE_DATE, unit_code="2.02", year=2026,
                    from_month=7),
                "contoh-usulan-anggaran.pdf": ds.DocumentRequest(
                    "anggaran", doc_date=SAMPLE_DATE, unit_code="2.02", year=2027),
                "contoh-perubahan-kepesertaan.pdf": ds.DocumentRequest(
                    "perubahan", doc_date=SAMPLE_DATE, year=2025, from_month=1, to_month=12),
                "contoh-surat-dinas.pdf": ds.DocumentRequest(
                    "surat", doc_date=SAMPLE_DATE, sign_form="a.n.",
                    subject="Undangan Rapat Koordinasi Pendataan Pekerja Non-ASN",
                    addressee="Kepala Perangkat Daerah di Lingkungan Pemerintah Kabupaten "
                              "Banyuasin",
                    body=SURAT_BODY, tembusan=("Bupati Banyuasin (sebagai laporan)",)),
            }
            for name, req in requests.items():
                doc = ds.issue(store, req)
                (args.out / name).write_bytes(doc.pdf)
                print(f"{name}: nomor {doc.number}, {doc.pages} halaman, "
                      f"kode {doc.verify_code}")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
