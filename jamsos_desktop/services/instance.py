"""One copy of the program per database, and a warning for databases on network drives.

SQLite (WAL + busy timeout + optimistic `version` columns) keeps two copies on one file
safe, but two clerks editing the same roster at once is rarely what they meant. The GUI
therefore takes an advisory lock on `<db>.lock` (fcntl/msvcrt: the OS drops it when the
process dies, so a crash never leaves a stale lock) and writes who holds it; a second copy
reads that and asks "Basis data sedang dibuka oleh … — buka hanya-baca / tetap buka?".

SQLite's locking and WAL shared memory are unreliable on network file systems (SMB/NFS):
`network_warning(path)` gives the text to show when the file lives there.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from jamsos_desktop.store import Store
from jamsos_desktop.store.db import connect

_LOCK_OFFSET = 1 << 20  # lock a byte past the holder text so Windows can still read the text


@dataclass(frozen=True)
class Holder:
    user: str
    computer: str
    pid: int
    since: str

    def describe(self) -> str:
        try:
            since = datetime.fromisoformat(self.since).strftime("%d-%m-%Y pukul %H.%M")
        except ValueError:
            since = self.since
        return f"{self.user} di komputer {self.computer} (sejak {since})"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """`acquire()` → None when this process now holds the database, else the `Holder`."""

    def __init__(self, db_path: Path | str) -> None:
        self.path = lock_path_for(Path(db_path))
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> Holder | None:
        if self._fh is not None:
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)  # no truncation: a holder's
        fh = os.fdopen(fd, "r+b")                                # text stays readable
        if not _try_lock(fh):
            holder = _read_holder(fh)
            fh.close()
            return holder or Holder("(tidak diketahui)", "(tidak diketahui)", 0, "")
        me = {"user": _os_user(), "computer": platform.node() or "(tanpa nama)",
              "pid": os.getpid(), "since": datetime.now().isoformat(timespec="seconds")}
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(me).encode("utf-8"))
        fh.flush()
        self._fh = fh
        return None

    def set_user(self, user: str) -> None:
        """After sign-in: name the application user rather than the OS account."""
        if self._fh is None:
            return
        holder = _read_holder(self._fh)
        data: dict[str, Any] = {"user": user, "computer": platform.node(), "pid": os.getpid(),
                                "since": holder.since if holder else ""}
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(json.dumps(data).encode("utf-8"))
        self._fh.flush()

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            self._fh.seek(0)
            self._fh.truncate()
            _unlock(self._fh)
        except OSError:
            pass
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def in_use_message(holder: Holder) -> str:
    return (f"Basis data sedang dibuka oleh {holder.describe()}. Membuka basis data yang sama "
            "dari dua tempat sekaligus dapat membingungkan: perubahan orang lain baru terlihat "
            "setelah dimuat ulang. Buka hanya-baca, atau tetap buka?")


def open_store_readonly(path: Path | str) -> Store:
    """For "buka hanya-baca": every write fails inside SQLite, whatever the code path. The
    role is operator, so administrator screens refuse early with a clear message."""
    conn = connect(Path(path), readonly=True)
    return Store(path=Path(path), conn=conn, user=_os_user(), role="operator")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        return "(tidak diketahui)"


def _read_holder(fh: IO[bytes]) -> Holder | None:
    try:
        fh.seek(0)
        data = json.loads(fh.read(4096).decode("utf-8") or "{}")
        return Holder(str(data["user"]), str(data["computer"]), int(data["pid"]),
                      str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        fh.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# ---------------------------------------------------------------- network drives

NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs",
                        "9p", "ceph", "glusterfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2",
                        "fuse.glusterfs", "lustre", "gpfs", "fuse.rclone", "fuse.s3fs"})
DRIVE_REMOTE = 4


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_fstype(path: Path, mounts_text: str) -> str | None:
    """File system type of the mount holding `path`, from a /proc/mounts text."""
    target = str(path)
    best, fstype = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and \
                len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def is_unc(path: str) -> bool:
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))


def is_network_path(path: Path | str, *, platform_name: str | None = None,
                    mounts_text: str | None = None) -> bool:
    """True for a UNC path (\\\\server\\share), a mapped network drive (Windows), or a
    NFS/CIFS/SMB/sshfs mount (Linux)."""
    platform_name = platform_name or sys.platform
    text = str(path)
    if is_unc(text):
        return True
    if platform_name == "win32":
        return _windows_drive_remote(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = Path(text).resolve() if platform_name == sys.platform else Path(text)
    fstype = mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype.lower() in NETWORK_FS


def _windows_drive_remote(text: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    resolved = str(Path(text).resolve())
    if is_unc(resolved):  # resolve() turns a mapped drive into its UNC path on some setups
        return True
    drive = os.path.splitdrive(resolved)[0]
    if not drive:
        return False
    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE


def network_warning(path: Path | str) -> str | None:
    if not is_network_path(path):
        return None
    return ("Basis data berada di drive jaringan. SQLite tidak menjamin keamanan data bila "
            "berkas dibuka lewat jaringan (koneksi terputus dapat merusak berkas, dan penguncian "
            "antar-komputer tidak andal). Simpan basis data di disk komputer ini dan gunakan "
            "'Cadangkan ke…' untuk menyalin ke folder jaringan.")
