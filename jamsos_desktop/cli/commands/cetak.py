"""`jamsos-desktop [--db PATH] cetak usulan|anggaran|perubahan|surat --out FILE.pdf …`:
issue an official document (numbered, registered) and write its PDF;
`cetak ulang NOMOR --out FILE.pdf` reprints an issued one identically;
`cetak --cek FILE|KODE` checks authenticity (also `jamsos-desktop cek FILE|KODE`).
`--konsep` writes an unnumbered draft instead of issuing."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from jamsos_desktop.cli import Command, add_json_flag, db_path
from jamsos_desktop.errors import UserError

KINDS = ("usulan", "anggaran", "perubahan", "surat", "ulang")


def _month(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan nomor bulan (1–12)") from None
    if not 1 <= value <= 12:
        raise argparse.ArgumentTypeError(f"bulan {value} tidak ada (1–12)")
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tahun") from None
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"tahun {value} di luar 2000–2100")
    return value


def _day(text: str) -> date:
    from jamsos_desktop.domain.dates import parse_tanggal

    try:
        return parse_tanggal(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("jenis", nargs="?", choices=KINDS, metavar="JENIS",
                   help="usulan | anggaran | perubahan | surat | ulang (cetak ulang NOMOR)")
    p.add_argument("nomor", nargs="?", metavar="NOMOR",
                   help="untuk 'ulang': nomor surat atau nomor register dokumen")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--year", type=_year, metavar="Y", help="tahun (periode/anggaran)")
    p.add_argument("--from-month", type=_month, metavar="M", help="bulan awal (1–12)")
    p.add_argument("--to-month", type=_month, metavar="M", help="bulan akhir (1–12)")
    p.add_argument("--unit", metavar="KODE", help="hanya unit kerja ini (dan sub-unitnya)")
    p.add_argument("--paper", choices=("f4", "a4"), type=str.lower, help="ukuran kertas")
    p.add_argument("--signatory", type=int, metavar="ID", help="penandatangan (nomor)")
    p.add_argument("--bentuk", choices=("langsung", "an", "plt", "plh"),
                   help="bentuk tanda tangan: langsung, a.n., Plt., Plh.")
    p.add_argument("--atas-nama", metavar="JABATAN", help="untuk a.n.: misalnya 'Bupati X'")
    p.add_argument("--tanggal", type=_day, metavar="TGL", help="tanggal surat (bawaan: hari ini)")
    p.add_argument("--kepada", metavar="TEKS", help="tujuan surat (Yth. …)")
    p.add_argument("--di", metavar="TEMPAT", help="baris di bawah 'di' (bawaan: Tempat)")
    p.add_argument("--hal", metavar="TEKS", help="hal/perihal")
    p.add_argument("--sifat", default="Biasa", help="sifat surat (bawaan: Biasa)")
    p.add_argument("--lampiran", metavar="TEKS", help="isian Lampiran")
    p.add_argument("--isi", metavar="TEKS", help="isi surat (paragraf dipisah baris kosong)")
    p.add_argument("--isi-file", type=Path, metavar="FILE", help="isi surat dari berkas teks")
    p.add_argument("--tembusan", action="append", metavar="TEKS", help="boleh berulang")
    p.add_argument("--klasifikasi", metavar="KODE", help="kode klasifikasi nomor surat")
    p.add_argument("--status", metavar="S,S",
                   help="usulan: status pekerja (bawaan belum,diusulkan)")
    p.add_argument("--tandai", action="store_true",
                   help="usulan: ubah pekerja berstatus belum menjadi diusulkan (nomor surat "
                        "sebagai referensi)")
    p.add_argument("--konsep", action="store_true",
                   help="tulis konsep tanpa nomor; tidak dicatat di register")
    p.add_argument("--cek", metavar="FILE|KODE", help="cek keaslian dokumen")
    add_json_flag(p)


_FORMS = {"langsung": "", "an": "a.n.", "plt": "Plt.", "plh": "Plh."}


def _body(args: argparse.Namespace) -> str | None:
    if args.isi_file is not None:
        try:
            return args.isi_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Berkas isi surat '{args.isi_file}' tidak dapat dibaca sebagai "
                            f"teks UTF-8 ({exc}).", code="documents.body") from exc
    return args.isi


def run(args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services import documents as ds
    from jamsos_desktop.store import open_store

    if args.cek:
        return check(args.cek, args)
    if args.jenis is None:
        raise UserError("Sebutkan jenis dokumen: usulan, anggaran, perubahan, surat, atau "
                        "ulang NOMOR; atau --cek FILE|KODE.", code="documents.type")
    if args.out is None:
        raise UserError("Sebutkan berkas keluaran dengan --out FILE.pdf.", code="documents.out")
    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"Berkas keluaran '{args.out}' harus berakhiran .pdf.",
                        code="documents.out")
    store = open_store(db_path(args))
    try:
        if args.jenis == "ulang":
            if not args.nomor:
                raise UserError("Sebutkan nomor surat atau nomor register yang dicetak ulang.",
                                code="documents.number")
            doc = ds.find_document(store, args.nomor)
            ds.reprint(store, int(doc["id"]), out=args.out)
            return {"path": str(args.out), "pages": doc["pages"], "number": doc["number"],
                    "sha256": doc["sha256"], "verify_code": doc["verify_code"],
                    "reprint": True}
        statuses = tuple(s.strip() for s in args.status.split(",") if s.strip()) \
            if args.status else None
        req = ds.DocumentRequest(
            args.jenis, year=args.year, from_month=args.from_month, to_month=args.to_month,
            unit_code=args.unit, paper=args.paper, signatory_id=args.signatory,
            sign_form=_FORMS[args.bentuk] if args.bentuk else None,
            on_behalf_of=args.atas_nama, doc_date=args.tanggal, addressee=args.kepada,
            addressee_place=args.di, subject=args.hal, sifat=args.sifat,
            lampiran=args.lampiran, body=_body(args),
            tembusan=tuple(args.tembusan) if args.tembusan else None,
            klasifikasi=args.klasifikasi, statuses=statuses, mark_proposed=args.tandai)
        progress = _progress(args)
        if args.konsep:
            draft = ds.preview(store, req, progress)
            ds._write(args.out, draft.pdf)
            return {"path": str(args.out), "pages": draft.pages, "number": None,
                    "sha256": None, "draft": True}
        issued = ds.issue(store, req, progress)
        try:
            ds._write(args.out, issued.pdf)
        except UserError as exc:
            raise UserError(f"Dokumen sudah diterbitkan dengan nomor {issued.number}, tetapi "
                            f"{exc.message} Cetak ulang dengan: cetak ulang {issued.id} "
                            "--out BERKAS.pdf", code=exc.code) from exc
        ds.record_output(store, issued.id, "simpan", f"disimpan ke {args.out}")
        return {"path": str(args.out), "pages": issued.pages, "number": issued.number,
                "sha256": issued.sha256, "verify_code": issued.verify_code,
                "id": issued.id, "worker_count": issued.worker_count,
                "total_amount": issued.total_amount}
    finally:
        if sys.stderr.isatty() and not args.json:
            print(file=sys.stderr)
        store.close()


def _progress(args: argparse.Namespace) -> Any:
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, text: str = "") -> None:
        pct = f" {done * 100 // total} %" if total else ""
        print(f"\r{text}{pct}   ", end="", file=sys.stderr, flush=True)

    return show


def check(value: str, args: argparse.Namespace) -> dict[str, Any]:
    from jamsos_desktop.services import documents as ds
    from jamsos_desktop.store import open_store

    store = open_store(db_path(args))
    try:
        return ds.verify(store, value).to_dict()
    finally:
        store.close()


def render(result: dict[str, Any]) -> str:
    if "status" in result:
        return result["message"]
    if result.get("draft"):
        return f"Konsep (tanpa nomor, tidak dicatat) ditulis ke {result['path']}: " \
               f"{result['pages']} halaman."
    verb = "Dicetak ulang" if result.get("reprint") else "Diterbitkan"
    return (f"{verb}: nomor {result['number']}, {result['pages']} halaman, kode verifikasi "
            f"{result['verify_code']}, ditulis ke {result['path']}\n"
            f"SHA-256 {result['sha256']}")


COMMAND = Command("cetak", "terbitkan dan cetak dokumen resmi (usulan kepesertaan, usulan "
                  "anggaran, perubahan kepesertaan, surat dinas); cetak ulang; cek keaslian",
                  configure, run, render, order=40)
