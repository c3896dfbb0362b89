"""Two copies of the program on one database, as two real processes: concurrent writers
queue on the busy timeout, a stale edit is refused (no lost update), a held write lock
gives a clear message, and a second GUI learns who holds the file."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jamsos_desktop.errors import ConflictError, UserError
from jamsos_desktop.services import instance
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store, open_store


def _python(code: str, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args],
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


WRITER = """
import sys
from jamsos_desktop.store import open_store
from jamsos_desktop.services.workers import save_worker
from jamsos_desktop.domain.nik import make_nik
from datetime import date
store = open_store(sys.argv[1])
tag = int(sys.argv[2])
unit = store.conn.execute("SELECT min(id) FROM units").fetchone()[0]
for i in range(40):
    save_worker(store, {"nik": make_nik("16.07.01", date(1991, 2, 1 + i % 27), "L",
                                        tag * 100 + i + 1),
                        "name": f"Penulis {tag}-{i}", "unit_id": unit, "wage": 2000000,
                        "mother_name": "Ibu", "programs": {"jkk", "jkm"}})
print("selesai")
"""


def test_two_processes_write_at_once_without_errors(demo_store: Store) -> None:
    before = demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0]
    procs = [_python(WRITER, str(demo_store.path), str(tag)) for tag in (1, 2)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "selesai"
    after = demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0]
    assert after == before + 80
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


EDITOR = """
import sys
from jamsos_desktop.store import open_store
from jamsos_desktop.services.workers import save_worker
from jamsos_desktop.store.workers import get_worker
store = open_store(sys.argv[1])
row = get_worker(store.conn, 1)
values = {k: row[k] for k in ("nik", "name", "unit_id", "wage", "mother_name", "sex",
                              "birth_date", "participant_type", "status", "kpj")}
values["name"] = "Diubah Komputer Lain"
values["programs"] = set(row["programs"].split(","))
save_worker(store, values, worker_id=1, version=int(sys.argv[2]))
print("tersimpan")
"""


def test_a_stale_edit_is_refused_no_lost_update(demo_store: Store) -> None:
    row = demo_store.conn.execute("SELECT * FROM workers WHERE id = 1").fetchone()
    version = int(row["version"])
    # Clerk A opened the record (version read); clerk B, another process, saves first.
    p = _python(EDITOR, str(demo_store.path), str(version))
    _, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    values = {k: row[k] for k in ("nik", "unit_id", "wage", "mother_name", "sex",
                                  "birth_date", "participant_type", "status", "kpj")}
    values |= {"name": "Diubah Komputer Ini", "programs": {"jkk", "jkm"}}
    with pytest.raises(ConflictError, match="telah diubah oleh pengguna lain"):
        ws.save_worker(demo_store, values, worker_id=1, version=version)
    assert demo_store.conn.execute("SELECT name FROM workers WHERE id = 1").fetchone()[0] == \
        "Diubah Komputer Lain"


HOLDER = """
import sys, sqlite3
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE workers SET notes = 'kunci' WHERE id = 1")
print("terkunci", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_a_long_write_elsewhere_gives_a_clear_busy_message(demo_store: Store) -> None:
    p = _python(HOLDER, str(demo_store.path), stdin=subprocess.PIPE)
    try:
        assert p.stdout is not None and p.stdout.readline().strip() == "terkunci"
        demo_store.conn.execute("PRAGMA busy_timeout = 200")  # the real 5 s, shortened
        with pytest.raises(UserError, match="sedang dipakai") as info:
            ws.set_archived(demo_store, [2], True)
        assert info.value.code == "db.busy"
    finally:
        p.communicate(input="", timeout=30)
    assert ws.set_archived(demo_store, [2], True) == 1  # and it works once released


LOCKER = """
import sys
from jamsos_desktop.services.instance import InstanceLock
lock = InstanceLock(sys.argv[1])
assert lock.acquire() is None
lock.set_user("operator1")
print("dipegang", flush=True)
sys.stdin.read()
lock.release()
"""


def test_second_copy_is_told_who_holds_the_database(db_file: Path) -> None:
    open_store(db_file).close()
    p = _python(LOCKER, str(db_file), stdin=subprocess.PIPE)
    try:
        assert p.stdout is not None and p.stdout.readline().strip() == "dipegang"
        mine = instance.InstanceLock(db_file)
        holder = mine.acquire()
        assert holder is not None
        assert (holder.user, holder.computer, holder.pid) == ("operator1", platform.node(),
                                                              p.pid)
        message = instance.in_use_message(holder)
        assert message.startswith("Basis data sedang dibuka oleh operator1 di komputer")
        assert "hanya-baca" in message
    finally:
        p.communicate(input="", timeout=30)
    assert mine.acquire() is None and mine.held
    mine.release()


def test_a_killed_holder_leaves_no_stale_lock(db_file: Path) -> None:
    p = _python(LOCKER, str(db_file), stdin=subprocess.PIPE)
    assert p.stdout is not None and p.stdout.readline().strip() == "dipegang"
    assert instance.InstanceLock(db_file).acquire() is not None
    p.kill()
    p.communicate(timeout=30)
    lock = instance.InstanceLock(db_file)
    assert lock.acquire() is None
    lock.release()


def test_read_only_copy_reads_but_cannot_write(demo_store: Store) -> None:
    ro = instance.open_store_readonly(demo_store.path)
    try:
        assert ro.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 300
        assert ro.role == "operator"
        with pytest.raises(Exception, match=r"readonly|read-only|hanya"):
            ws.set_archived(ro, [1], True)
    finally:
        ro.close()
    assert demo_store.conn.execute("SELECT archived FROM workers WHERE id = 1").fetchone()[0] == 0


# ---------------------------------------------------------------- network drives

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/bpkad /mnt/bpkad cifs rw,vers=3.0 0 0
nas:/export/data /srv/data nfs4 rw 0 0
/dev/sdb1 /media/usb\\040stick vfat rw 0 0
user@host:/x /home/u/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "network"), [
    ("/home/u/jamsos.db", False),
    ("/mnt/bpkad/jamsos.db", True),
    ("/mnt/bpkad", True),
    ("/mnt/bpkadx/jamsos.db", False),
    ("/srv/data/sub/jamsos.db", True),
    ("/media/usb stick/jamsos.db", False),
    ("/home/u/remote/j.db", True),
])
def test_network_mounts_on_linux(path: str, network: bool) -> None:
    assert instance.is_network_path(path, platform_name="linux", mounts_text=MOUNTS) is network


@pytest.mark.parametrize("path", [r"\\server\share\jamsos.db", "//server/share/jamsos.db"])
def test_unc_paths_are_network(path: str) -> None:
    assert instance.is_network_path(path, platform_name="win32")
    assert instance.is_network_path(path, platform_name="linux", mounts_text=MOUNTS)


def test_long_path_prefix_is_not_unc() -> None:
    assert not instance.is_unc(r"\\?\C:\data\jamsos.db")


def test_local_database_gets_no_warning(db_file: Path) -> None:
    assert instance.network_warning(db_file) is None


@pytest.mark.skipif(sys.platform != "win32", reason="GetDriveTypeW exists on Windows only")
def test_windows_local_drive_is_not_remote() -> None:  # pragma: no cover - Windows CI
    assert not instance.is_network_path(os.environ.get("SYSTEMDRIVE", "C:") + "\\x.db")
