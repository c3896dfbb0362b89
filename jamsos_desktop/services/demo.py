"""A realistic, deterministic demo district: the pemda profile, ~25 OPD with sub-units, a
signatory and N workers with valid NIKs, Indonesian names and varied categories, wages and
statuses — plus the small share of problem data every real roster has.

`generate_workers` is shared with `bench/` so benchmarks and the demo use the same data.
Everything is drawn from one `random.Random(seed)`: the same seed gives the same database.
"""

from __future__ import annotations

import logging
import multiprocessing
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, islice
from queue import Empty
from typing import Any

from jamsos_desktop.domain.nik import make_nik
from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import seed as seed_q
from jamsos_desktop.store import units as uq
from jamsos_desktop.store import workers as wq

log = logging.getLogger(__name__)

DEMO_PEMDA = {
    "level": "kabupaten", "name": "Banyuasin", "region_code": "16.07",
    "office_name": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "address": "Jalan Sekojo No. 1, Komplek Perkantoran Pemkab Banyuasin",
    "city": "Pangkalan Balai", "postal_code": "30753", "phone": "(0711) 891000",
    "fax": "(0711) 891001", "email": "bpkad@banyuasinkab.go.id",
    "website": "banyuasinkab.go.id",
}

# (code, name, risk class, parent code or None, relative size)
DEMO_UNITS: list[tuple[str, str, str, str | None, int]] = [
    ("1.01", "Sekretariat Daerah", "sangat-rendah", None, 4),
    ("1.02", "Sekretariat DPRD", "sangat-rendah", None, 2),
    ("1.03", "Inspektorat Daerah", "sangat-rendah", None, 1),
    ("1.04", "Badan Perencanaan Pembangunan Daerah", "sangat-rendah", None, 1),
    ("1.05", "Badan Pengelolaan Keuangan dan Aset Daerah", "sangat-rendah", None, 2),
    ("1.06", "Badan Kepegawaian dan Pengembangan SDM", "sangat-rendah", None, 1),
    ("2.01", "Dinas Pendidikan", "sangat-rendah", None, 6),
    ("2.01.01", "SD Negeri 1 Pangkalan Balai", "sangat-rendah", "2.01", 2),
    ("2.01.02", "SMP Negeri 1 Banyuasin III", "sangat-rendah", "2.01", 2),
    ("2.02", "Dinas Kesehatan", "sangat-rendah", None, 4),
    ("2.02.01", "UPTD Puskesmas Pangkalan Balai", "sangat-rendah", "2.02", 3),
    ("2.02.02", "UPTD Puskesmas Talang Kelapa", "sangat-rendah", "2.02", 3),
    ("2.03", "Rumah Sakit Umum Daerah Banyuasin", "rendah", None, 8),
    ("2.04", "Dinas Pekerjaan Umum dan Penataan Ruang", "rendah", None, 4),
    ("2.05", "Dinas Perhubungan", "rendah", None, 3),
    ("2.06", "Dinas Lingkungan Hidup", "sedang", None, 6),
    ("2.07", "Satuan Polisi Pamong Praja", "rendah", None, 5),
    ("2.08", "Badan Penanggulangan Bencana Daerah", "rendah", None, 2),
    ("2.09", "Dinas Sosial", "sangat-rendah", None, 2),
    ("2.10", "Dinas Kependudukan dan Pencatatan Sipil", "sangat-rendah", None, 2),
    ("2.11", "Dinas Penanaman Modal dan PTSP", "sangat-rendah", None, 1),
    ("2.12", "Dinas Pertanian", "sangat-rendah", None, 2),
    ("2.13", "Dinas Perikanan", "sangat-rendah", None, 1),
    ("2.14", "Dinas Tenaga Kerja dan Transmigrasi", "sangat-rendah", None, 1),
    ("2.15", "Dinas Komunikasi dan Informatika", "sangat-rendah", None, 1),
    ("3.01", "Kecamatan Banyuasin III", "sangat-rendah", None, 4),
    ("3.02", "Kecamatan Talang Kelapa", "sangat-rendah", None, 4),
    ("3.03", "Kecamatan Betung", "sangat-rendah", None, 3),
    ("3.04", "Kecamatan Rambutan", "sangat-rendah", None, 3),
]

DEMO_SIGNATORY = {"jabatan": "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
                  "name": "Drs. H. Ahmad Fauzi, M.Si.", "pangkat": "Pembina Utama Muda",
                  "golongan": "IV/c", "nip": "197003151995031002"}

MALE = (
    "Ahmad", "Agus", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Hendra",
    "Heru", "Irfan", "Joko", "Krisna", "Lukman", "Muhammad", "Nur", "Rahmat", "Rizki", "Rudi",
    "Sigit", "Slamet", "Suparman", "Teguh", "Wahyu", "Yusuf", "Zainal", "Hasan", "Ilham", "Bayu",
    "Dani", "Fikri", "Gilang", "Hadi", "Imam", "Iwan", "Rahmad", "Syahrul"
)
FEMALE = (
    "Ani", "Ayu", "Dewi", "Dian", "Eka", "Fitri", "Indah", "Intan", "Kartika", "Lestari", "Maya",
    "Nurul", "Putri", "Rina", "Rini", "Sari", "Siti", "Sri", "Tri", "Wulan", "Yuni", "Yulia",
    "Nia", "Lina", "Ratna", "Rahma", "Desi", "Fatimah", "Aisyah", "Anisa", "Mega", "Novi",
    "Retno", "Susanti", "Tuti", "Wati", "Yanti", "Zahra", "Nadia", "Citra"
)
SURNAMES = (
    "Saputra", "Pratama", "Wijaya", "Kurniawan", "Hidayat", "Setiawan", "Nugroho", "Santoso",
    "Susanto", "Gunawan", "Siregar", "Harahap", "Nasution", "Lubis", "Simanjuntak", "Sitompul",
    "Putra", "Putri", "Rahman", "Hakim", "Syahputra", "Ramadhan", "Hasibuan", "Situmorang",
    "Purnomo", "Wibowo", "Utami", "Lestari", "Anggraini", "Permata", "Maharani", "Suryani",
    "Handayani", "Wahyuni", "Sulistyo", "Firmansyah", "Kusuma", "Halim", "Effendi", "Iskandar",
    "Marpaung", "Damanik", "Tanjung", "Pohan", "Daulay", "Pane"
)
PLACES = (
    "Pangkalan Balai", "Palembang", "Betung", "Sungsang", "Talang Kelapa", "Rambutan",
    "Prabumulih", "Lahat", "Baturaja", "Sekayu", "Kayuagung", "Muara Enim", "Lubuklinggau",
    "Jambi", "Bandar Lampung"
)
# (category, weight, participant type, job titles, wage range in rupiah)
CATEGORIES: list[tuple[str, int, str, tuple[str, ...], tuple[int, int]]] = [
    ("honorer", 40, "PU", ("Tenaga Administrasi", "Operator Komputer", "Pramu Kantor",
                           "Guru Honorer", "Perawat Honorer", "Bidan Honorer", "Staf Keuangan"),
     (1_000_000, 3_500_000)),
    ("kontrak", 18, "PU", ("Tenaga Kesehatan", "Analis Data", "Pengemudi", "Teknisi",
                           "Staf Pelayanan", "Petugas Loket"), (2_500_000, 4_500_000)),
    ("thl", 15, "PU", ("Petugas Kebersihan", "Petugas Taman", "Penjaga Malam",
                       "Petugas Parkir", "Sopir Truk Sampah"), (1_500_000, 3_000_000)),
    ("ptt", 5, "PU", ("Pegawai Tidak Tetap", "Juru Ketik", "Arsiparis"), (1_500_000, 3_000_000)),
    ("rt-rw", 8, "BPU", ("Ketua RT", "Ketua RW"), (1_000_000, 1_000_000)),
    ("kader", 7, "BPU", ("Kader Posyandu", "Kader PKK", "Kader KB"), (1_000_000, 1_000_000)),
    ("pekerja-rentan", 4, "BPU", ("Nelayan Kecil", "Petani Penggarap", "Buruh Harian"),
     (1_000_000, 1_500_000)),
    ("pemilu-adhoc", 3, "PU", ("Anggota PPK", "Anggota PPS", "Anggota KPPS"),
     (1_500_000, 2_500_000)),
]
STATUSES = (("terdaftar", 55), ("diusulkan", 10), ("belum", 30), ("nonaktif", 5))

WORKER_COLUMNS = (
    "id", "nik", "nik_valid", "name", "birth_place", "birth_date", "sex", "mother_name",
    "address", "phone", "category", "job_title", "unit_id", "wage", "start_date",
    "participant_type", "funding_source", "kpj", "status", "proposed_at", "proposal_ref",
    "registered_at", "ended_at", "end_reason", "import_batch_id", "created_at", "updated_at",
    "programs",
)


@dataclass(frozen=True)
class DemoUnit:
    id: int
    size: int
    district_codes: tuple[str, ...]


def generate_workers(n: int, seed: int, units: list[DemoUnit], *, first_id: int = 1,
                     batch_id: int | None = None, today: date | None = None,
                     ) -> Iterator[tuple[Any, ...]]:
    """Yield n worker rows in WORKER_COLUMNS order; the last column is the program list
    ("jkk,jkm,jht"), from which the membership rows are written in SQL."""
    rnd = random.Random(seed)
    today = today or date(2026, 1, 1)
    now = now_iso()
    rand = rnd.random  # C-fast; randint/choice/choices are pure Python and dominate at 1M rows

    def pick(seq: Sequence[Any]) -> Any:
        return seq[int(rand() * len(seq))]

    def between(lo: int, hi: int) -> int:
        return lo + int(rand() * (hi - lo + 1))

    def weighted(seq: Sequence[Any], cum: list[float]) -> Any:
        return seq[bisect(cum, rand() * cum[-1])]

    unit_cum = list(accumulate(float(u.size) for u in units))
    cat_cum = list(accumulate(float(c[1]) for c in CATEGORIES))
    status_names = [s[0] for s in STATUSES]
    status_cum = list(accumulate(float(s[1]) for s in STATUSES))
    reasons = ("Kontrak berakhir", "Mengundurkan diri", "Meninggal dunia",
               "Diangkat menjadi PPPK")
    used_niks: set[str] = set()
    first_nik = ""
    base_day = date(1962, 1, 1).toordinal()
    span_days = date(2004, 12, 31).toordinal() - base_day
    today_ord = today.toordinal()
    # Date texts and NIK date parts looked up, not formatted, per row (a third of the cost).
    births = [date.fromordinal(base_day + k) for k in range(span_days + 1)]
    birth_iso = [b.isoformat() for b in births]
    # make_nik's date part for each birth day: "DDMMYY", day + 40 for women.
    nik_dates = {sex: [make_nik("00.00.00", b, sex, 1)[6:12] for b in births]
                 for sex in ("L", "P")}
    first_ord = today_ord - 365 * 15 - 1
    day_iso = [date.fromordinal(first_ord + k).isoformat() for k in range(365 * 15 + 100)]
    district_digits = {code: code.replace(".", "") for u in units for code in u.district_codes}
    for i in range(n):
        wid = first_id + i
        unit = weighted(units, unit_cum)
        category, _, ptype, titles, (lo, hi) = weighted(CATEGORIES, cat_cum)
        sex = "P" if rand() < 0.48 else "L"
        first = pick(FEMALE if sex == "P" else MALE)
        name = f"{first} {pick(SURNAMES)}" if rand() < 0.85 else first
        birth_k = between(0, span_days)
        birth = births[birth_k]
        prefix = district_digits[pick(unit.district_codes)] + nik_dates[sex][birth_k]
        nik = f"{prefix}{between(1, 9999):04d}"
        while nik in used_niks:
            nik = f"{prefix}{between(1, 9999):04d}"
        used_niks.add(nik)
        first_nik = first_nik or nik
        nik_valid = 1
        roll = rand()
        if roll < 0.004:  # a typo in the birth date part: impossible date
            nik = nik[:6] + "35" + nik[8:]
            nik_valid = 0
        elif roll < 0.006 and i > 0:  # the same person entered twice, in another unit
            nik = first_nik
        wage: int | None = lo if lo == hi else lo + 50_000 * int(rand() * ((hi - lo) // 50_000 + 1))
        if ptype == "PU" and rand() < 0.01:
            wage = None
        mother = None if rand() < 0.03 else f"{pick(FEMALE)} {pick(SURNAMES)}"
        status = weighted(status_names, status_cum)
        start_ord = today_ord - between(60, 365 * 15)
        proposed = registered = ended = reason = kpj = ref = None
        if status != "belum":
            proposed_ord = start_ord + between(0, 60)
            proposed = day_iso[proposed_ord - first_ord]
            ref = f"560/{between(1, 400)}/BPKAD/{proposed[:4]}"
            if status != "diusulkan":
                registered_ord = min(proposed_ord + between(7, 45), today_ord)
                registered = day_iso[registered_ord - first_ord]
                kpj = str(between(10**10, 10**11 - 1))
                if status == "nonaktif":
                    ended = day_iso[min(registered_ord + between(90, 900), today_ord) - first_ord]
                    reason = pick(reasons)
        programs = "jkk,jkm"
        if ptype == "PU":
            if rand() < 0.25:
                programs += ",jht"
            if rand() < 0.05 and birth.year > 1970:
                programs += ",jp"
        row = (wid, nik, nik_valid, name, pick(PLACES), birth_iso[birth_k], sex, mother,
               f"Dusun {between(1, 9)} RT {between(1, 30):03d} RW {between(1, 9):02d}, "
               f"{pick(PLACES)}",
               f"08{between(11, 89)}{between(10_000_000, 99_999_999)}", category, pick(titles),
               unit.id, wage, day_iso[start_ord - first_ord], ptype,
               "APBDes" if category == "kader" and rand() < 0.5 else "APBD",
               kpj, status, proposed, ref, registered, ended, reason, batch_id, now, now,
               programs)
        yield row


def create_units(store: Store) -> list[DemoUnit]:
    """The demo OPD tree; returns them with the NIK district codes of their area."""
    from jamsos_desktop.domain import regions

    districts = tuple(r.code for r in regions.districts("16.07")) or ("16.07.01",)
    elsewhere = ("16.71.01", "16.06.01", "16.01.07", "15.71.01", "18.71.01")
    now = now_iso()
    ids: dict[str, int] = {}
    out = []
    for code, name, risk, parent, size in DEMO_UNITS:
        unit_id = uq.insert_unit(store.conn, {
            "code": code, "name": name, "risk_class": risk, "parent_id": ids.get(parent or ""),
            "default_programs": "jkk,jkm", "npp": f"1607{code.replace('.', ''):0<6}"[:10],
            "head_name": None}, now)
        ids[code] = unit_id
        out.append(DemoUnit(unit_id, size, districts * 4 + elsewhere))
    return out


def _chunks(n: int, seed: int, units: list[DemoUnit], first_id: int, batch_id: int,
            chunk: int) -> Iterator[list[tuple[Any, ...]]]:
    rows_iter = generate_workers(n, seed, units, first_id=first_id, batch_id=batch_id)
    while rows := list(islice(rows_iter, chunk)):
        yield rows


PARALLEL_MIN = 200_000  # from here rows are generated in a second process
_QUEUED_CHUNKS = 4  # chunks the generator may run ahead (~20 MB each at 50k rows)


def _generate_into(queue: Any, args: tuple[Any, ...]) -> None:
    """The second process: the same chunks `_chunks` gives, put on the queue, then None."""
    try:
        for rows in _chunks(*args):
            queue.put(rows)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        queue.put(RuntimeError(f"pembuatan data contoh gagal: {exc!r}"))
        return
    queue.put(None)


def _parallel_chunks(args: tuple[Any, ...]) -> Iterator[list[tuple[Any, ...]]]:
    """`_chunks(*args)`, generated in a second process while this one inserts: on two
    cores the ~8 s of row generation for a million workers overlaps the inserting instead of
    preceding it (pickling costs the parent ~1.4 s of it back). The rows are the same as
    in-process: one seed, one generator, one order."""
    received = 0
    try:
        ctx = multiprocessing.get_context("spawn")  # as on Windows; fork is unsafe with Qt
        queue = ctx.Queue(maxsize=_QUEUED_CHUNKS)
        proc = ctx.Process(target=_generate_into, args=(queue, args), daemon=True,
                           name="jamsos-demo-generator")
        proc.start()
    except Exception:
        log.warning("second process for the demo rows unavailable", exc_info=True)
        yield from _chunks(*args)
        return
    try:
        while True:
            try:
                item = queue.get(timeout=1.0)
            except Empty:
                if proc.is_alive():
                    continue
                item = RuntimeError(f"exit code {proc.exitcode}")
            except Exception as exc:  # noqa: BLE001 - e.g. a message cut off by its death
                item = exc
            if item is None:
                return
            if isinstance(item, BaseException):
                break
            received += 1
            yield item
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()
        queue.close()
    # The second process failed: the rows are deterministic, so this process goes on from
    # the first chunk it did not receive.
    log.warning("demo generator process failed (%s); continuing in-process", item)
    yield from islice(_chunks(*args), received, None)


def create_demo(store: Store, *, workers: int = 500, seed: int = 1,
                progress: Callable[[int, int], None] | None = None,
                chunk: int = 50_000, parallel: bool = True) -> dict[str, Any]:
    """Fill an EMPTY database with the demo district in one transaction. `parallel`: a
    load of PARALLEL_MIN workers or more generates its rows in a second process."""
    if workers < 0 or workers > 5_000_000:
        raise UserError("Jumlah pegawai contoh harus antara 0 dan 5.000.000.", code="demo.n")
    if not seed_q.is_empty(store.conn):
        raise UserError("Basis data sudah berisi data; data contoh hanya dibuat pada basis "
                        "data kosong. Gunakan --db untuk berkas baru.", code="demo.not_empty")
    now = now_iso()
    big = workers >= 20_000
    with seed_q.rollback_journal(store.conn) if big else nullcontext(), store.tx():
        uq.save_pemda(store.conn, DEMO_PEMDA, now)
        seed_q.insert_signatory(store.conn, DEMO_SIGNATORY, now)
        units = create_units(store)
        batch_id = seed_q.insert_committed_batch(store.conn, "demo", f"data contoh (seed {seed})",
                                                 now, store.user, workers)
        first_id = wq.next_id(store.conn)
        args = (workers, seed, units, first_id, batch_id, chunk)
        done = 0
        # Small loads keep the per-row triggers; big ones rebuild indexes and search once.
        chunks = _parallel_chunks(args) if parallel and workers >= PARALLEL_MIN \
            else _chunks(*args)
        with wq.bulk_load(store.conn) if big else nullcontext():
            for rows in chunks:
                wq.bulk_insert(store.conn, WORKER_COLUMNS, rows, ())
                done += len(rows)
                if progress:
                    progress(done, workers)
            seed_q.fill_programs_from_lists(store.conn, first_id, first_id + workers - 1)
        store.audit("demo", "database", None, detail=f"{workers} pegawai contoh, seed {seed}")
    return {"units": len(units), "workers": workers, "seed": seed}
