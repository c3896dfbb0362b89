"""Backups, restore and the health check (`periksa`).

Automatic snapshots live beside the database in `<name>-cadangan/` (paths.backups_dir_for),
named `<alasan>-<yyyymmdd-hhmmss-ffffff>.db`: the same shape as the copy store/migrations.py
takes before a migration (`pra-migrasi-v2-….db`), so one rotation governs them all.

Reasons used: `harian` (first start of a day), `tutup` (closing, when something changed),
`impor` (before an Excel import: the exchange service calls `snapshot(store, "impor")`),
`pra-pulihkan` (before a restore), `manual`, and `pra-migrasi-vN` (store/migrations.py).

Rotation: the 10 newest snapshots, plus the newest of each of the last 30 days, plus the
newest pre-migration copy (the only one in the old schema) are kept; others are deleted.
"""

from __future__ import annotations

import logging
import platform
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.nik import parse_nik
from jamsos_desktop.errors import UserError
from jamsos_desktop.paths import backups_dir_for
from jamsos_desktop.store import SCHEMA_VERSION, Store
from jamsos_desktop.store import maintenance as mq
from jamsos_desktop.store.migrations import migrate

log = logging.getLogger(__name__)

KEEP_LATEST = 10
KEEP_DAILY_DAYS = 30
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<reason>[a-z0-9][a-z0-9-]*?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$")
_STALE_TMP = timedelta(hours=1)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: datetime
    size: int

    @property
    def label(self) -> str:
        return REASON_LABELS.get(self.reason, REASON_LABELS.get(
            self.reason.rsplit("-v", 1)[0], self.reason))

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "reason": self.reason, "label": self.label,
                "taken_at": self.taken_at.isoformat(timespec="seconds"), "size": self.size}


REASON_LABELS = {
    "harian": "Harian", "tutup": "Saat program ditutup", "impor": "Sebelum impor",
    "batal-impor": "Sebelum pembatalan impor",
    "pra-pulihkan": "Sebelum pemulihan", "pra-migrasi": "Sebelum pembaruan struktur",
    "manual": "Manual",
}


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def snapshot(store: Store, reason: str = "manual", *, now: datetime | None = None) -> Path:
    """A consistent copy of the open database into its backup folder, then rotation.
    Safe while other connections write (the backup API reads one moment)."""
    now = now or datetime.now()
    folder = backups_dir_for(store.path)
    target = folder / f"{_slug(reason)}-{now.strftime(_STAMP_FORMAT)}.db"
    while target.exists():  # two snapshots in the same microsecond: never overwrite one
        now += timedelta(microseconds=1)
        target = folder / f"{_slug(reason)}-{now.strftime(_STAMP_FORMAT)}.db"
    try:
        mq.copy_database(store.conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(f"Cadangan otomatis tidak dapat dibuat di '{folder}': {_why(exc)}.",
                        code="backup.write") from exc
    rotate(store.path, now=now)
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Snapshots of this database, newest first."""
    folder = backups_dir_for(Path(db_path))
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if not m or not path.is_file():
                continue
            try:
                taken = datetime.strptime(m["stamp"], _STAMP_FORMAT)
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(path, m["reason"], taken, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotation_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which snapshots survive the rotation (pure: tested on its own)."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LATEST]}
    oldest_day = now.date() - timedelta(days=KEEP_DAILY_DAYS - 1)
    seen_days: set[date] = set()
    for b in newest_first:
        day = b.taken_at.date()
        if oldest_day <= day <= now.date() and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    migration = [b for b in newest_first if b.reason.startswith("pra-migrasi")]
    if migration:
        keep.add(migration[0].path)
    return keep


def rotate(db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete snapshots the rotation no longer keeps (and stale half-written copies)."""
    now = now or datetime.now()
    backups = list_backups(db_path)
    keep = rotation_keep(backups, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:  # e.g. opened by an antivirus scan: next rotation retries
                log.warning("cadangan lama tidak dapat dihapus: %s (%s)", b.path, exc)
    folder = backups_dir_for(Path(db_path))
    if folder.is_dir():
        for tmp in folder.glob("*.db.tmp"):
            try:
                # Only old ones: a fresh .tmp may be another process's copy in progress.
                if now.timestamp() - tmp.stat().st_mtime > _STALE_TMP.total_seconds():
                    tmp.unlink()
            except OSError:
                pass
    return removed


def auto_snapshot(store: Store, moment: str = "mulai", *, now: datetime | None = None
                  ) -> Path | None:
    """Called by the GUI at start (`moment="mulai"`) and at close (`moment="tutup"`).

    Start: one `harian` snapshot the first time the program opens on a given day.
    Close: a `tutup` snapshot when something was written since the newest snapshot (so
    opening and closing without edits does not push real history out of the rotation).
    An empty database is not copied. Never raises: a failed backup must not keep the
    program from opening or closing; it is logged and None is returned."""
    now = now or datetime.now()
    try:
        marker = mq.change_marker(store.conn)
        if marker is None:
            return None
        backups = list_backups(store.path)
        if moment == "tutup":
            if backups and _audit_marker(backups[0].path) == marker:
                return None
            return snapshot(store, "tutup", now=now)
        if any(b.taken_at.date() == now.date() for b in backups):
            return None
        return snapshot(store, "harian", now=now)
    except (UserError, OSError, sqlite3.Error) as exc:
        log.error("cadangan otomatis (%s) gagal: %s", moment, exc)
        return None


def _audit_marker(path: Path) -> str | None:
    try:
        conn = mq.open_readonly(path)
        try:
            return mq.change_marker(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def backup_to_folder(store: Store, folder: Path | str, *, now: datetime | None = None) -> Path:
    """"Cadangkan ke…": a verified copy in a folder the user chose (a USB stick, a network
    folder). The copy holds personal data leaving the office PC, so it is audited."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Folder tujuan '{folder}' tidak ditemukan.", code="backup.folder")
    now = now or datetime.now()
    target = folder / f"{store.path.stem}-cadangan-{now.strftime('%Y%m%d-%H%M%S')}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{store.path.stem}-cadangan-{now.strftime('%Y%m%d-%H%M%S')}-{n}.db"
    try:
        mq.copy_database(store.conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(f"Cadangan tidak dapat ditulis ke '{folder}': {_why(exc)}.",
                        code="backup.write") from exc
    result = verify_backup(target)
    if not result.ok:
        raise UserError(f"Cadangan di '{target}' ternyata tidak utuh ("
                        f"{'; '.join(result.problems)}). Coba media penyimpanan lain.",
                        code="backup.verify")
    with store.tx():
        store.audit("export", "database", None, detail=f"Cadangan basis data ke {target}",
                    new={"file": str(target), "computer": platform.node(),
                         "rows": result.counts})
    return target


@dataclass
class VerifyResult:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    schema_version: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


def verify_backup(path: Path | str) -> VerifyResult:
    """Is this file a sound Jamsos Desktop database this version can use? Opens it read-only:
    verifying never changes the file."""
    path = Path(path)
    result = VerifyResult(path, ok=False)
    if not path.is_file():
        result.problems.append(f"berkas '{path}' tidak ditemukan")
        return result
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        result.problems.append(f"berkas tidak dapat dibaca ({_why(exc)})")
        return result
    if header != b"SQLite format 3\x00":
        result.problems.append("berkas ini bukan basis data SQLite")
        return result
    try:
        conn = mq.open_readonly(path)
    except sqlite3.Error as exc:
        result.problems.append(f"berkas tidak dapat dibuka ({exc})")
        return result
    try:
        errors = mq.integrity_errors(conn)
        if errors:
            result.problems.append("pemeriksaan keutuhan gagal: " + "; ".join(errors[:3]))
        version = mq.version_of(conn)
        result.schema_version = version
        missing = [t for t in mq.OUR_TABLES if t not in mq.table_names(conn)]
        if missing:
            result.problems.append("bukan basis data Jamsos Desktop (tabel tidak ada: "
                                   + ", ".join(missing) + ")")
        elif version < 1:
            result.problems.append("versi skema tidak dikenal (0)")
        if version > SCHEMA_VERSION:
            result.problems.append(f"versi skema {version} lebih baru daripada yang dikenal "
                                   f"program ini ({SCHEMA_VERSION})")
        if not missing and not errors:
            result.counts = mq.counts(conn)
    except sqlite3.DatabaseError as exc:
        result.problems.append(f"berkas rusak ({exc})")
    finally:
        conn.close()
    result.ok = not result.problems
    return result


def restore(store: Store, backup_file: Path | str) -> dict[str, Any]:
    """Put a backup back (administrator only). The backup is verified first; the current
    database is snapshotted (`pra-pulihkan`) so a restore can itself be undone; the content is
    replaced through the backup API into the live file (safe with WAL and other readers);
    an older schema is migrated; the restore is audited on both sides."""
    store.require_admin()
    backup_file = Path(backup_file)
    result = verify_backup(backup_file)
    if not result.ok:
        raise UserError(f"Cadangan '{backup_file}' tidak dapat dipulihkan: "
                        + "; ".join(result.problems) + ".", code="restore.invalid")
    if backup_file.resolve() == store.path.resolve():
        raise UserError("Berkas cadangan adalah basis data yang sedang dibuka.",
                        code="restore.same")
    with store.tx():
        store.audit("restore", "database", None,
                    detail=f"Basis data akan dipulihkan dari {backup_file}")
    before = snapshot(store, "pra-pulihkan")
    try:
        mq.restore_into(store.conn, backup_file)
    except sqlite3.Error as exc:
        raise UserError(f"Pemulihan gagal ({exc}); basis data tetap seperti semula. "
                        f"Salinan sebelum pemulihan: {before}.", code="restore.failed") from exc
    migrated = None
    if (result.schema_version or 0) < SCHEMA_VERSION:
        migrated = migrate(store.conn, store.path)
    with store.tx():
        store.audit("restore", "database", None,
                    detail=f"Dipulihkan dari {backup_file}",
                    new={"file": str(backup_file), "pre_restore_snapshot": str(before),
                         "schema_version": result.schema_version, "counts": result.counts})
    return {"restored_from": str(backup_file), "pre_restore_snapshot": str(before),
            "schema_version": result.schema_version,
            "migrated_backup": str(migrated) if migrated else None,
            "counts": mq.counts(store.conn)}


# ---------------------------------------------------------------- periksa (health check)

@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "galat" (error) | "peringatan" (warning) | "info"
    message: str
    count: int = 0
    sample: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CheckReport:
    path: Path
    schema_version: int
    counts: dict[str, int]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.severity == "galat" for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "ok": self.ok, "schema_version": self.schema_version,
                "counts": self.counts, "findings": [asdict(f) for f in self.findings]}


def check_database(store: Store, *, today: date | None = None) -> CheckReport:
    """Integrity and consistency: SQLite's own checks, the search index, orphans, NIK
    validity flags, duplicate NIKs and status fields that contradict each other."""
    conn = store.conn
    findings: list[Finding] = []
    errors = mq.integrity_errors(conn)
    if errors:
        findings.append(Finding("integrity", "galat", "Struktur berkas basis data rusak "
                                "(PRAGMA integrity_check). Pulihkan dari cadangan terakhir.",
                                len(errors), [{"detail": e} for e in errors[:10]]))
    fks = mq.foreign_key_errors(conn)
    if fks:
        findings.append(Finding("foreign_key", "galat", "Ada baris yang merujuk data yang sudah "
                                "tidak ada (foreign_key_check).", len(fks), fks[:10]))
    fts = mq.fts_errors(conn)
    if fts:
        findings.append(Finding("fts", "galat", "Indeks pencarian tidak sesuai dengan data "
                                "pegawai; jalankan 'periksa --perbaiki-indeks'.", len(fts),
                                [{"detail": e} for e in fts]))
    orphans = mq.orphan_program_rows(conn)
    if orphans:
        findings.append(Finding("orphan_programs", "galat", "Ada keikutsertaan program milik "
                                "pegawai yang sudah tidak ada.", orphans))
    orphan_events = mq.orphan_event_rows(conn)
    if orphan_events:
        findings.append(Finding("orphan_events", "galat", "Ada riwayat kepesertaan milik "
                                "pegawai yang sudah tidak ada.", orphan_events))
    mismatched: list[dict[str, Any]] = []
    n_mismatch = 0
    for wid, nik, flag, name in mq.iter_niks(conn):
        valid = parse_nik(nik, today=today).valid
        if int(valid) != flag:
            n_mismatch += 1
            if len(mismatched) < 10:
                mismatched.append({"id": wid, "nik": nik, "name": name, "nik_valid": flag})
    if n_mismatch:
        findings.append(Finding("nik_valid", "peringatan", "Tanda keabsahan NIK tidak sesuai "
                                "dengan aturan NIK saat ini (simpan ulang data tersebut).",
                                n_mismatch, mismatched))
    n_dup, dups = mq.duplicate_niks(conn)
    if n_dup:
        findings.append(Finding("nik_duplicate", "peringatan", "NIK yang sama dipakai oleh "
                                "lebih dari satu pegawai aktif.", n_dup, dups))
    for code, description, n, sample in mq.status_inconsistencies(conn):
        findings.append(Finding(code, "peringatan", f"Pegawai yang {description}.", n, sample))
    version = mq.version_of(conn)
    if version != SCHEMA_VERSION:
        findings.append(Finding("schema", "galat", f"Versi skema {version}, seharusnya "
                                f"{SCHEMA_VERSION}.", 1))
    if mq.journal_mode(conn) != "wal":
        findings.append(Finding("journal", "info", "Mode WAL tidak aktif (biasanya karena "
                                "berkas berada di drive jaringan); penulisan lebih lambat dan "
                                "lebih rentan bila jaringan terputus.", 1))
    return CheckReport(store.path, version, mq.counts(conn), findings)


def repair_search_index(store: Store) -> None:
    """Rebuild the full-text index from the workers table (safe: derived data only)."""
    with store.tx():
        mq.rebuild_fts(store.conn)
        store.audit("repair", "database", None, detail="Indeks pencarian dibangun ulang")


_SEVERITY_TAG = {"galat": "[GALAT]", "peringatan": "[PERINGATAN]", "info": "[INFO]"}


def render_report(report: dict[str, Any]) -> str:
    """The `periksa` report as readable Indonesian text (from `CheckReport.to_dict()`)."""
    lines = [f"Pemeriksaan basis data: {report['path']}",
             f"Versi skema: {report['schema_version']}; "
             + ", ".join(f"{k}: {v}" for k, v in report["counts"].items())]
    if not report["findings"]:
        lines.append("Hasil: baik. Tidak ditemukan masalah.")
        return "\n".join(lines)
    for f in report["findings"]:
        count = f" ({f['count']} temuan)" if f["count"] > 1 else ""
        lines.append(f"{_SEVERITY_TAG.get(f['severity'], '-')} {f['message']}{count}")
        for item in f["sample"][:5]:
            lines.append("    - " + ", ".join(f"{k}: {v}" for k, v in item.items()))
    lines.append("Hasil: " + ("baik, dengan catatan di atas." if report["ok"] else
                              "ADA KERUSAKAN. Pulihkan dari cadangan atau hubungi pengelola."))
    return "\n".join(lines)


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
