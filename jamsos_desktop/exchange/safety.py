"""Checks on a spreadsheet before any parser touches it.

Files arrive from other offices by e-mail and USB stick: some are damaged, some encrypted,
a few hostile. Everything here is cheap relative to reading the file and turns each kind of
trouble into one Indonesian sentence (`UserError`) instead of a crash, a hang or a machine
out of memory:

- not a spreadsheet / truncated / corrupt → a clear message;
- password-protected (an OLE container holding `EncryptedPackage`) → "buka sandinya dulu";
- zip bomb: the zip directory's sizes and ratios are checked before anything is inflated,
  and the parts are inflated with a byte budget (a directory can lie; the stream cannot);
- a sheet whose cells reach far away (XFD1048576): calamine allocates a dense
  rows × columns grid, so a few bytes of XML could ask for gigabytes. The real extent is
  measured from the cell references (the `<dimension>` tag is ignored: it lies). A legacy
  .xls is measured the same way from its cell records, read out of the OLE compound file by
  a small reader of its own (`exchange.xls_check`): calamine builds every sheet of an .xls
  on opening, so all of them are measured; an .ods is sized the same way
  (`exchange.ods_check`);
- formulas, error values (#REF!) and hidden rows are located so the import can report them
  per row.

The sheet scan has two speeds. The fast one reads the XML as Excel, LibreOffice and openpyxl
write it (`<c r="B7"`, one namespace, no prefix) with a few C-speed searches; anything else
that calamine would also accept (a prefix such as `<x:c`, cells without `r`, another attribute
order, single quotes, lower-case references) sends the part through an exact pass with expat
that follows calamine's own rules, so a differently written file can never hide a far cell.
The same is done for what a cell's text costs: a long shared string repeated in many cells is
copied into every one of them by calamine and again by Python.
"""

from __future__ import annotations

import contextlib
import os
import pyexpat
import queue
import re
import stat
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from jamsos_desktop.errors import UserError

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
MAX_UNCOMPRESSED_TOTAL = 1_000 * 1024 * 1024  # a 100,000-row sheet is ~80 MB of XML
MAX_ENTRY_RATIO = 200  # real sheets compress 5–30×; bombs 1000× and more
RATIO_MIN_SIZE = 5 * 1024 * 1024  # small parts may compress extremely well, harmlessly
MAX_COLUMNS = 200
MAX_ROWS = 1_048_576  # Excel's own limit
# Rows × columns of the dense grid calamine builds. Reading the largest sheet allowed, 150,000
# rows × 26 columns of short text, peaks at ~560 MB before the import's own work (which the
# 100,000 × 15 roster's import, 1.5 million cells, roughly doubles: 308 MB in all). 8 million
# before: ~1 GB just to read. What an office PC of 4 GB can still give.
MAX_CELLS = 4_000_000
MAX_REPORTED = 1_000  # formula / error / hidden positions kept for the report
MAX_STRING_BYTES = 400 * 1024 * 1024  # text of all string cells together (held twice)
SHARED_STRINGS = "xl/sharedStrings.xml"  # calamine reads this path, whatever the rels say
# calamine finds a part in the archive ignoring ASCII case (of several, the last): names are
# compared folded so (`_fold`), and an archive with two parts of one folded name is refused.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")

EXCEL_ERRORS = frozenset({"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})
# LibreOffice writes most of its errors as "Err:" and three digits ("Err:502" invalid
# argument, "Err:504", "Err:508", "Err:522" …), in every language, and so does a CSV it saves
# from a sheet with a broken formula. All 1,000 of them are listed so that recognising one
# costs a cell the same single set look-up as Excel's.
ERROR_TEXTS = EXCEL_ERRORS | frozenset(f"Err:{n:03d}" for n in range(1000))


def _fail(message: str, code: str) -> UserError:
    return UserError(message, code=f"file.{code}")


def corrupt(name: str, detail: str = "") -> UserError:
    extra = f" ({detail})" if detail else ""
    return _fail(f"Berkas '{name}' rusak atau bukan lembar kerja yang dapat dibaca{extra}. "
                 "Buka berkas di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu "
                 "coba lagi.", "corrupt")


def encrypted(name: str) -> UserError:
    how = ("di LibreOffice Calc, simpan ulang tanpa kata sandi (File > Save As, hilangkan "
           "centang Save with password)" if name.lower().endswith(".ods") else
           "di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan")
    return _fail(f"Berkas '{name}' dilindungi kata sandi. Buka berkas {how}, lalu impor "
                 "kembali.", "encrypted")


@dataclass
class SheetScan:
    """What the XML of one worksheet holds besides values (0-based row/column indexes)."""
    max_row: int = 0  # 1-based, 0 = unknown
    max_col_bound: int = 0  # an upper bound on the columns used
    formulas: set[tuple[int, int]] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    truncated_report: bool = False
    # What the memory checks use: upper bounds on calamine's grid (1-based counts) taken from
    # every cell reference, however written, and whether the exact pass was needed.
    row_bound: int = field(default=0, compare=False)
    col_bound: int = field(default=0, compare=False)
    exact: bool = field(default=False, compare=False)
    merges: int = field(default=0, compare=False)  # <mergeCell> elements (calamine keeps all)


def sniff(path: Path) -> str:
    """'zip', 'ole', 'text' or raises. Also refuses empty and oversized files, and anything
    that is not a plain file (a folder; a named pipe, whose reading would wait forever)."""
    name = path.name
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise _fail(f"Berkas '{path}' tidak ditemukan.", "missing") from None
    except OSError as exc:
        raise _fail(f"Berkas '{name}' tidak dapat dibuka: {exc.strerror or exc}.",
                    "open") from None
    if stat.S_ISDIR(mode):
        raise _fail(f"'{path}' adalah folder, bukan berkas.", "missing")
    if not stat.S_ISREG(mode):
        raise _fail(f"'{path}' bukan berkas biasa (misalnya pipa atau perangkat), sehingga "
                    "tidak dapat diimpor. Simpan lembar kerja sebagai berkas lalu pilih berkas "
                    "itu.", "open")
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, 2)
            fh.seek(0)
            head = fh.read(8)
    except FileNotFoundError:
        raise _fail(f"Berkas '{path}' tidak ditemukan.", "missing") from None
    except IsADirectoryError:
        raise _fail(f"'{path}' adalah folder, bukan berkas.", "missing") from None
    except OSError as exc:
        raise _fail(f"Berkas '{name}' tidak dapat dibuka: {exc.strerror or exc}.",
                    "open") from None
    if size == 0:
        raise _fail(f"Berkas '{name}' kosong (0 bait).", "empty")
    if size > MAX_FILE_BYTES:
        raise _fail(f"Berkas '{name}' terlalu besar ({size // (1024 * 1024)} MB; batas "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Pecah menjadi beberapa berkas.",
                    "too_big")
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head == OLE_MAGIC:
        return "ole"
    return "text"


def file_state(path: Path) -> os.stat_result:
    """The file's state before it is checked and read; see `same_file`."""
    try:
        return path.stat()
    except OSError as exc:
        raise _fail(f"Berkas '{path.name}' tidak dapat dibuka: {exc.strerror or exc}.",
                    "open") from None


def same_file(path: Path, before: os.stat_result) -> None:
    """After the checks and the parse, which open the file by its path in turn: refuse it
    when it changed meanwhile (Excel still saving it, a copy or sync still writing it, a
    file put in its place), so what was parsed is what was checked and what the recorded
    hash is of. Size, modification time, and the file's identity (inode / NTFS file index)
    are compared. This guards against a file changing while it is read, not against a
    program of the same user swapping it on purpose and back (which could as well change
    the database)."""
    try:
        now = path.stat()
    except OSError:
        raise _changed(path.name) from None
    if (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or any(
            a and b and a != b for a, b in ((now.st_ino, before.st_ino),
                                            (now.st_dev, before.st_dev))):
        raise _changed(path.name)  # (identity 0: a file system without one; not compared)


def _changed(name: str) -> UserError:
    return _fail(f"Berkas '{name}' berubah saat sedang dibaca (mungkin masih disimpan "
                 "atau disalin). Tunggu sampai selesai, lalu pilih berkas itu lagi.",
                 "changed")


def check_ole(path: Path, suffix: str) -> None:
    """An OLE file is either a legacy .xls or an encrypted .xlsx/.ods (Office wraps every
    password-protected OOXML file in an OLE container with an EncryptedPackage stream).
    A legacy .xls with a password has a FILEPASS record right after the workbook's BOF;
    calamine refuses the RC4 kinds but reads an XOR-obfuscated one as garbage, so every
    kind is refused here."""
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)  # the directory sits early in small files
    if ENCRYPTED_MARK in data or suffix in (".xlsx", ".xlsm", ".ods"):
        # An .xlsx that is an OLE container can only be an encrypted package.
        raise encrypted(path.name)
    if _has_filepass(data):
        raise encrypted(path.name)


_BIFF8_GLOBALS_BOF = re.compile(rb"\x09\x08[\x08-\x14]\x00\x00\x06\x05\x00", re.S)
_FILEPASS, _BOUNDSHEET, _EOF = 0x002F, 0x0085, 0x000A


def _has_filepass(data: bytes) -> bool:
    """FILEPASS among the first records of the workbook globals (BIFF8): it must come before
    any sheet is listed. The Workbook stream of a small file starts on a sector boundary."""
    for m in _BIFF8_GLOBALS_BOF.finditer(data, 0, 1 << 20):
        if m.start() % 64:
            continue
        pos = m.start()
        for _ in range(64):
            if pos + 4 > len(data):
                break
            kind = int.from_bytes(data[pos:pos + 2], "little")
            size = int.from_bytes(data[pos + 2:pos + 4], "little")
            if kind == _FILEPASS:
                return True
            if kind in (_BOUNDSHEET, _EOF):
                break
            pos += 4 + size
        return False
    return False


# What reading a damaged part of a zip archive raises: NotImplementedError for a compression
# method zipfile does not know, UnicodeDecodeError for a local header whose file name is not
# valid UTF-8 (both found by the fuzz test); not ValueError at large, which would swallow our
# own refusals.
ZIP_PART_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                   UnicodeDecodeError)


def _too_many_parts(name: str, count: int) -> UserError:
    return _fail(f"Berkas '{name}' ditolak: berisi terlalu banyak bagian ({count:,}; batas "
                 f"{MAX_ZIP_ENTRIES:,}).".replace(",", "."), "bomb")


def _zip_entry_count(path: Path) -> int:
    """The entry count the archive's end record claims (0 when there is none to read), read
    before zipfile builds an object per entry: a directory of millions of tiny entries
    would take gigabytes before its length could be checked.
    The end records must also leave no room for a second reading: zipfile and calamine's
    zip crate find the directory differently (zipfile takes the last end record whatever
    its comment length says, and a Zip64 record's figures over the plain ones; the crate
    passes over an end record whose comment runs past the file's end to an earlier one,
    and takes the plain figures), so an archive where they could differ would have one
    directory checked and another parsed: an end record whose comment does not end the
    file, a Zip64 record or locator that disagrees with it or is not where both look, a
    directory that does not end where the end records begin, or disk numbers (no writer
    of spreadsheets spans disks) are refused as damaged."""
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        start = max(0, size - 65_557)
        fh.seek(start)
        tail = fh.read()
        end = tail.rfind(b"PK\x05\x06", 0, max(0, len(tail) - 18))  # a whole record
        if end < 0:
            return 0  # zipfile finds no archive either: refused as damaged
        (disk, cd_disk, here, count, cd_size, cd_offset,
         comment) = struct.unpack_from("<4H2IH", tail, end + 4)
        ends_at = start + end  # where the directory must end
        if end + 22 + comment != len(tail) or disk or cd_disk or here != count:
            raise _directory_bad(path.name)
        loc = end - 20
        if loc >= 0 and tail[loc:loc + 4] == b"PK\x06\x07":
            z_disk, at, disks = struct.unpack_from("<IQI", tail, loc + 4)
            ends_at = start + loc - 56
            fh.seek(max(0, ends_at))
            record = fh.read(56)
            if (z_disk or disks != 1 or at != ends_at or len(record) < 56
                    or record[:4] != b"PK\x06\x06"):
                raise _directory_bad(path.name)
            (rec_size, _made, _need, z_disk, z_cd_disk, z_here, z_count, z_cd_size,
             z_cd_offset) = struct.unpack_from("<Q2H2I4Q", record, 4)
            if rec_size != 44 or z_disk or z_cd_disk or z_here != z_count or any(
                    plain != mark and plain != wide for plain, mark, wide in (
                        (count, 0xFFFF, z_count), (cd_size, 0xFFFF_FFFF, z_cd_size),
                        (cd_offset, 0xFFFF_FFFF, z_cd_offset))):
                raise _directory_bad(path.name)
            count, cd_size, cd_offset = z_count, z_cd_size, z_cd_offset
        elif 0xFFFF in (count,) or 0xFFFF_FFFF in (cd_size, cd_offset):
            raise _directory_bad(path.name)  # Zip64 figures without their record
        if cd_offset + cd_size != ends_at:
            raise _directory_bad(path.name)
    # A directory entry takes at least 46 bytes: a size that says more is believed too.
    return max(count, cd_size // 46 // 4)


def _directory_bad(name: str) -> UserError:
    return corrupt(name, "direktori arsip zip tidak konsisten")


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open the archive and check its directory against the bomb limits."""
    name = path.name
    entries = _zip_entry_count(path)
    if entries > MAX_ZIP_ENTRIES:
        raise _too_many_parts(name, entries)
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise corrupt(name, "arsip zip tidak utuh") from exc
    except (OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: zipfile refuses a "version needed" it does not know.
        raise corrupt(name, str(exc)) from exc
    try:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise _too_many_parts(name, len(infos))
        total = 0
        folded: set[str] = set()
        for info in infos:
            if info.flag_bits & 0x1:
                raise encrypted(name)
            key = _fold(info.orig_filename)
            if key in folded:
                raise _twice(name, info.filename)
            folded.add(key)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > MAX_UNCOMPRESSED_TOTAL or (
                    info.file_size > RATIO_MIN_SIZE and ratio > MAX_ENTRY_RATIO):
                raise _fail(
                    f"Berkas '{name}' ditolak: isinya mengembang menjadi sangat besar saat "
                    f"dibuka ({info.filename}: {info.file_size // (1024 * 1024)} MB dari "
                    f"{max(info.compress_size // 1024, 1)} KB). Berkas seperti ini dapat "
                    "membuat komputer berhenti merespons (zip bomb).", "bomb")
    except BaseException:
        zf.close()
        raise
    return zf


def _fold(part: str) -> str:
    """A part name as calamine compares it: ASCII letters in lower case, nothing else. Given
    the name as stored (`orig_filename`): on Windows zipfile turns a stored "\\" into "/",
    which calamine does not (OpenSpout on Windows writes both xl\\workbook.xml and
    xl/workbook.xml: two names to calamine, not twins)."""
    return part.translate(_ASCII_LOWER)


def _twice(name: str, part: str) -> UserError:
    """Two parts whose names differ at most in case (or are equal): calamine reads the last
    of them wherever it looks a part up, which the checks cannot follow for every part.
    Excel, LibreOffice and every sound writer give each part its own name (the OPC rules
    forbid names equal but for case)."""
    return _fail(f"Berkas '{name}' ditolak: susunan isinya tidak lazim (bagian "
                 f"{part[:80]} tersimpan dua kali). Buka berkas di Excel atau LibreOffice, "
                 "simpan ulang, lalu coba lagi.", "layout")


def _part(zf: zipfile.ZipFile, path: str) -> zipfile.ZipInfo | None:
    """The archive entry calamine opens for `path` (ASCII case ignored; `check_zip` has
    refused an archive where two would match)."""
    key = _fold(path)
    for info in zf.infolist():
        if _fold(info.orig_filename) == key:
            return info
    return None


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str,
             on_chunk: object = None) -> int:
    """Inflate one part in chunks, never more than `budget` bytes; CRC and size are checked
    by zipfile at the end (a lying directory fails here, not in calamine). A large part that
    is scanned is inflated by a helper thread while the previous chunk is scanned (zlib
    works without the GIL), so the scan costs little more than the inflating."""
    read = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            chunks = (_ahead(fh) if on_chunk is not None and info.file_size > _AHEAD_MIN
                      else iter(lambda: fh.read(1 << 22), b""))
            for chunk in chunks:
                read += len(chunk)
                if read > budget or read > info.file_size:
                    raise _fail(f"Berkas '{name}' ditolak: bagian {info.filename} lebih besar "
                                "daripada yang tercatat dalam arsip (zip bomb atau berkas "
                                "rusak).", "bomb")
                if on_chunk is not None:
                    buf = tail + chunk
                    on_chunk(buf, read - len(buf))  # type: ignore[operator]
                    tail = buf[-256:]
    except ZIP_PART_ERRORS as exc:
        raise corrupt(name, f"bagian {info.filename} tidak utuh") from exc
    return read


_AHEAD_MIN = 16 * 1024 * 1024


def _ahead(fh: Any) -> Iterator[bytes]:
    """The chunks of `fh`, each read by a helper thread while the caller works on the one
    before. The helper has stopped when this generator is closed, however that happens."""
    slots: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            while not stop.is_set():
                chunk = fh.read(1 << 22)
                slots.put(chunk)
                if not chunk:
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            slots.put(exc)

    helper = threading.Thread(target=produce, name="inflate", daemon=True)
    helper.start()
    try:
        while True:
            item = slots.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item
    finally:
        stop.set()
        while helper.is_alive():
            with contextlib.suppress(queue.Empty):
                slots.get_nowait()
            helper.join(0.01)


_COL_OVER = [  # (bound, regex for a cell reference beyond it)
    (26, re.compile(rb'<c r="[A-Z]{2}')),
    (52, re.compile(rb'<c r="(?:[A-Z]{3}|[B-Z][A-Z])[0-9]')),
    (104, re.compile(rb'<c r="(?:[A-Z]{3}|[D-Z][A-Z])[0-9]')),
    (MAX_COLUMNS, re.compile(rb'<c r="(?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z])[0-9]')),
]
_ROW_R = re.compile(rb'<row [^>]*?r="(\d{1,9})"')
_CELL_R = re.compile(rb'<c [^>]*?r="([A-Z]{1,3})(\d{1,9})"')
_ERROR_V = re.compile(rb"<v>([^<]{0,20})</v>")
_HIDDEN = re.compile(rb'<row [^>]*?hidden="(?:1|true)"')
_F_TAG = re.compile(rb"<f(?:>| |/>)")
_HIDDEN_ANY = re.compile(rb"hidden=")
# Merged areas in one sheet (calamine and Python hold ~300 bytes each: 150 MB at the limit).
# Report exporters merge a few cells on every row: 500,000 leaves 100,000-row rosters room.
MAX_MERGES = 500_000

# The fast extent pass. `<c` not followed by a reference inside the bounds known so far is a
# "hit", looked at in Python: another element (<col>, <cfRule>), a canonical reference that
# raises a bound (the pattern is then rebuilt), or anything calamine reads but this pass does
# not model, which sends the part to the exact pass. Bounds only grow, so a hit seen twice in
# the chunks' overlap does no harm.
_COL_ALLOWED = {26: rb"[A-Z]", 52: rb"A?[A-Z]", 104: rb"[A-C]?[A-Z]",
                MAX_COLUMNS: rb"(?:[A-F]?[A-Z]|G[A-R])"}
_CANON = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,8})"[\s/>]')
_PREFIXED = re.compile(rb":(?:c|row|f|v|is|sheetData)[\s/>]")  # <x:c …>, as .NET writes it
_EDGE = 64  # a hit this close to a chunk's end is looked at in the next (overlapping) one
_hit_patterns: dict[tuple[int, int, int], re.Pattern[bytes]] = {}


def _rows_allowed(digits: int, prefix: int) -> bytes:
    """Row numbers up to (prefix + 1) · 10^(digits - 2) - 1: shorter numbers, or as many
    digits with a two-digit start no greater than `prefix` (10-99)."""
    tens, units = divmod(prefix, 10)
    starts = [b"%d[0-%d]" % (tens, units)]
    if tens > 1:
        starts.append(b"[1-%d][0-9]" % (tens - 1))
    return (b"(?:[1-9][0-9]{0,%d}|(?:%s)[0-9]{%d})" % (digits - 2, b"|".join(starts), digits - 2))


def _hit_pattern(col_bound: int, digits: int, prefix: int) -> re.Pattern[bytes]:
    key = (col_bound, digits, prefix)
    pattern = _hit_patterns.get(key)
    if pattern is None:
        pattern = re.compile(rb'<c(?! r="%s%s")' % (_COL_ALLOWED[col_bound],
                                                     _rows_allowed(digits, prefix)))
        _hit_patterns[key] = pattern
    return pattern


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


class _Scanner:
    """Feeds on overlapping chunks of a worksheet's XML; positions are absolute so a hit in
    the overlap is counted once."""

    def __init__(self, name: str = "") -> None:
        self.scan = SheetScan()
        self.name = name
        self.col_level = 0
        self.seen: set[int] = set()
        self.irregular = False  # something only the exact pass reads as calamine does
        self.digits, self.prefix = 3, 99  # rows up to 999 allowed before any is seen
        self.max_col = 0  # 1-based
        self.max_cell_row = 0
        self._hit = _hit_pattern(26, 3, 99)
        self._last = b""
        self._merges_to = 0  # absolute position up to which merged areas were counted

    @property
    def row_bound(self) -> int:
        return max((self.prefix + 1) * 10 ** (self.digits - 2) - 1, self.max_cell_row)

    def _cell_before(self, buf: bytes, pos: int) -> tuple[int, int] | None:
        start = buf.rfind(b"<c ", 0, pos)
        if start < 0:
            return None
        m = _CELL_R.match(buf, start)
        if m is None:
            return None
        return int(m.group(2)) - 1, col_index(m.group(1).decode())

    def _note(self, absolute: int) -> bool:
        if absolute in self.seen:
            return False
        self.seen.add(absolute)
        return True

    def _extent(self, buf: bytes, final: bool) -> None:
        """Raise the bounds from every hit of the fast pattern in `buf`."""
        stop = len(buf) if final else len(buf) - _EDGE
        pos = 0
        while not self.irregular:
            m = self._hit.search(buf, pos)
            if m is None or m.start() >= stop:
                break
            pos = m.start() + 2
            after = buf[pos:pos + 1]
            if after.isalnum() or after in (b"-", b"_", b".", b":"):
                continue  # <col>, <cfRule>, <color>…: not a cell
            cell = _CANON.match(buf, m.start())
            if cell is None:
                self.irregular = True
                break
            col = col_index(cell.group(1).decode()) + 1
            digits = cell.group(2)
            row = int(digits)
            if col > MAX_COLUMNS:
                raise _too_wide(self.name)
            if row > MAX_ROWS:
                raise _too_long(self.name)
            self.max_col = max(self.max_col, col)
            self.max_cell_row = max(self.max_cell_row, row)
            if len(digits) > self.digits:
                self.digits, self.prefix = len(digits), int(digits[:2])
            elif len(digits) == self.digits:
                self.prefix = max(self.prefix, int(digits[:2]))
            while self.col_level < len(_COL_OVER) and self.max_col > _COL_OVER[self.col_level][0]:
                self.col_level += 1
            self._hit = _hit_pattern(_COL_OVER[self.col_level][0], self.digits, self.prefix)
        if not self.irregular and _PREFIXED.search(buf):
            self.irregular = True

    def __call__(self, buf: bytes, offset: int) -> None:
        if self.irregular:
            return
        self._extent(buf, final=False)
        self._last = buf[-256:]
        if self.irregular:
            return
        scan = self.scan
        # Merged areas: calamine keeps every one, and so does Python (~300 bytes each), so a
        # few MB of them cost gigabytes; counted on the new bytes only (one cut by the
        # chunk's end may be missed: a bound needs no more).
        # "mergeCell" in any spelling calamine reads (a prefix, <mergeCells>, an end tag: a
        # few more than the areas, which a bound allows); one C-speed count.
        scan.merges += buf.count(b"mergeCell", max(0, self._merges_to - offset))
        self._merges_to = offset + len(buf)
        last_row = buf.rfind(b"<row ")
        if last_row >= 0 and (m := _ROW_R.match(buf, last_row)):
            scan.max_row = max(scan.max_row, int(m.group(1)))
        if len(scan.formulas) + len(scan.errors) + len(scan.hidden_rows) >= MAX_REPORTED:
            scan.truncated_report = True
            return
        # One pass for the three formula markers ("<f>", "<f ", "<f/>"), taken in that order
        # as before: with more than MAX_REPORTED formulas, the same ones are reported.
        found: tuple[list[int], list[int], list[int]] = ([], [], [])
        for m in _F_TAG.finditer(buf):
            found[{b">": 0, b" ": 1, b"/": 2}[m.group()[2:3]]].append(m.start())
        for positions in found:
            for pos in positions:
                if len(scan.formulas) >= MAX_REPORTED:
                    break
                if self._note(offset + pos) and (cell := self._cell_before(buf, pos)):
                    scan.formulas.add(cell)
        pos = buf.find(b't="e"')
        while pos >= 0 and len(scan.errors) < MAX_REPORTED:
            if self._note(offset + pos) and (cell := self._cell_before(buf, pos)):
                m = _ERROR_V.search(buf, pos, pos + 200)
                scan.errors[cell] = m.group(1).decode("ascii", "replace") if m else "#ERROR"
            pos = buf.find(b't="e"', pos + 5)
        if _HIDDEN_ANY.search(buf):  # a regex finds it sooner than `in` does
            for m in _HIDDEN.finditer(buf):
                if self._note(offset + m.start()) and (r := _ROW_R.match(buf, m.start())):
                    scan.hidden_rows.add(int(r.group(1)) - 1)

    def finish(self) -> SheetScan:
        if self._last and not self.irregular:
            self._extent(self._last, final=True)
        bound = (_COL_OVER[self.col_level][0] if self.col_level < len(_COL_OVER)
                 else MAX_COLUMNS + 1)
        self.scan.max_col_bound = bound
        self.scan.col_bound = bound
        self.scan.row_bound = max(self.row_bound, self.scan.max_row)
        return self.scan


# --- the exact pass ---------------------------------------------------------------------

_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,9})")


def _expat(name: str, part: str) -> Any:
    """An expat parser that refuses a DTD (no entity of any kind is ever expanded)."""
    parser = pyexpat.ParserCreate()
    parser.buffer_text = True

    def no_dtd(*_args: Any) -> None:
        raise corrupt(name, f"bagian {part} memuat DTD")

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    return parser


def _feed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, parser: Any, name: str) -> None:
    def chunk(buf: bytes, _offset: int) -> None:
        parser.Parse(buf[overlap[0]:], False)
        overlap[0] = len(buf[-256:])  # `_inflate` repeats the previous 256 bytes

    overlap = [0]
    try:
        _inflate(zf, info, MAX_UNCOMPRESSED_TOTAL, name, chunk)
        parser.Parse(b"", True)
    except pyexpat.ExpatError as exc:
        raise corrupt(name, f"bagian {info.filename}: XML tidak sah") from exc


def _exact_scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                string_sizes: list[int] | None = None) -> tuple[SheetScan, int]:
    """The worksheet read with calamine's own rules (elements by local name; a cell without
    `r` follows the previous one, a row without `r` the previous row), for the real extent,
    formulas, errors and hidden rows. With `string_sizes`, also the bytes of text that the
    shared-string cells will hold."""
    scan = SheetScan(exact=True)
    at = [0, 0]  # calamine's row_index, col_index (0-based)
    cell: list[Any] = [None, None, None]  # position, type, text of <v> while inside a cell
    tops = [-1, -1]
    held = [0]
    inline = [0]  # depth of <is> (an inline string's text) while inside a cell

    def ref(text: str) -> tuple[int, int]:
        m = _REF.fullmatch(text)
        if m is None or int(m.group(2)) == 0:
            raise corrupt(name, f"referensi sel '{text[:20]}' tidak sah")
        return int(m.group(2)) - 1, col_index(m.group(1).upper())

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(":")[2]
        if local == "c":
            r = attrs.get("r")
            pos = ref(r) if r is not None else (at[0], at[1])
            if pos[1] >= MAX_COLUMNS:
                raise _too_wide(name)
            if pos[0] >= MAX_ROWS:
                raise _too_long(name)
            at[1] = pos[1]
            tops[0], tops[1] = max(tops[0], pos[0]), max(tops[1], pos[1])
            cell[0], cell[1], cell[2] = pos, attrs.get("t"), None
        elif local == "row":
            r = attrs.get("r")
            if r is not None:
                if not r.isdigit() or int(r) == 0 or int(r) > MAX_ROWS:
                    raise corrupt(name, f"nomor baris '{r[:20]}' tidak sah")
                at[0] = int(r) - 1
            if attrs.get("hidden") in ("1", "true") and len(scan.hidden_rows) < MAX_REPORTED:
                scan.hidden_rows.add(at[0])
        elif local == "mergeCell":
            scan.merges += 1
        elif local == "f" and cell[0] is not None and len(scan.formulas) < MAX_REPORTED:
            scan.formulas.add(cell[0])
        elif local == "v" and cell[0] is not None:
            cell[2] = ""
        elif local == "is" and cell[0] is not None:
            inline[0] += 1

    def text(data: str) -> None:
        if cell[2] is not None:
            cell[2] += data
        elif inline[0] and string_sizes is not None:
            held[0] += len(data.encode("utf-8", "surrogatepass"))

    def end(tag: str) -> None:
        local = tag.rpartition(":")[2]
        if local == "v" and cell[0] is not None and cell[2] is not None:
            value = cell[2].strip()
            if cell[1] == "e" and len(scan.errors) < MAX_REPORTED:
                scan.errors[cell[0]] = value[:20] or "#ERROR"
            elif cell[1] == "s" and string_sizes is not None and value.isdigit():
                index = int(value)
                if index < len(string_sizes):
                    held[0] += string_sizes[index]
            elif cell[1] not in (None, "n", "s", "e", "b") and string_sizes is not None:
                held[0] += len(cell[2].encode("utf-8", "surrogatepass"))  # str, inlineStr, d
            cell[2] = None
        elif local == "is":
            inline[0] = max(0, inline[0] - 1)
        elif local == "c" and cell[0] is not None:
            at[1] = cell[0][1] + 1
            cell[0] = None
            inline[0] = 0
        elif local == "row":
            at[0] += 1
            at[1] = 0

    parser = _expat(name, info.filename)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    _feed(zf, info, parser, name)
    scan.max_row = scan.row_bound = tops[0] + 1
    scan.max_col_bound = scan.col_bound = tops[1] + 1
    scan.truncated_report = MAX_REPORTED in (len(scan.formulas), len(scan.errors),
                                             len(scan.hidden_rows))
    return scan, held[0]


def _string_sizes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> list[int]:
    """Bytes of text of each shared string, in order."""
    sizes: list[int] = []
    depth = [0]

    def start(tag: str, _attrs: dict[str, str]) -> None:
        if tag.rpartition(":")[2] == "si":
            sizes.append(0)
            depth[0] += 1

    def end(tag: str) -> None:
        if tag.rpartition(":")[2] == "si":
            depth[0] -= 1

    def text(data: str) -> None:
        if depth[0] > 0:
            sizes[-1] += len(data.encode("utf-8", "surrogatepass"))

    parser = _expat(name, info.filename)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    _feed(zf, info, parser, name)
    return sizes


MAX_BOOK_PART = 64 * 1024 * 1024
# Parts calamine parses whole on opening an .xlsx into structures larger than their XML
# (3 million number formats, 137 MB of styles.xml, cost 428 MB; 2 million defined names,
# 120 MB of workbook.xml, 228 MB). Excel's own are a few MB at most (64,000 cell formats,
# some hundred number formats, the defined names of years of copied sheets).
_BOOK_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml")


def _book_parts(zf: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
    """The parts of `_BOOK_PARTS` present, each refused when over MAX_BOOK_PART."""
    found = []
    for part in _BOOK_PARTS:
        info = _part(zf, part)
        if info is None:
            continue
        if info.file_size > MAX_BOOK_PART:
            raise _fail(f"Berkas '{name}' ditolak: bagian {info.filename[:80]} sangat besar "
                        f"({info.file_size // (1024 * 1024)} MB; batas "
                        f"{MAX_BOOK_PART // (1024 * 1024)} MB). Berkas seperti ini dapat "
                        "membuat komputer kehabisan memori. Buka berkas di Excel atau "
                        "LibreOffice, simpan ulang, lalu coba lagi.", "bomb")
        found.append(info)
    return found


MAX_SHEETS = MAX_ZIP_ENTRIES  # sheets of a workbook (.xlsx, .ods; .xls: xls_check)
_SHEET_TAG = re.compile(rb"<(?:[^\s<>/:]+:)?sheet[\s/>]")


class _TagCount:
    """How often `pattern` occurs in a part inflated chunk by chunk (`_inflate` hands each
    chunk with the end of the one before: only the new bytes are searched)."""

    def __init__(self, pattern: re.Pattern[bytes]) -> None:
        self.pattern = pattern
        self.count = 0
        self.to = 0  # absolute position counted up to

    def __call__(self, buf: bytes, offset: int) -> None:
        self.count += len(self.pattern.findall(buf, max(0, self.to - offset)))
        self.to = offset + len(buf)


class _SheetCount(_TagCount):
    """The <sheet> elements of workbook.xml: calamine keeps a name and metadata for each
    (and Python too, listing them): a million of them, 8 MB of file, took 511 MB."""

    def __init__(self) -> None:
        super().__init__(_SHEET_TAG)

    def check(self, name: str) -> None:
        if self.count > MAX_SHEETS:
            raise too_many_sheets(name)


def too_many_sheets(name: str) -> UserError:
    return _fail(f"Berkas '{name}' ditolak: berisi terlalu banyak lembar kerja (lebih dari "
                 f"{MAX_SHEETS:,}).".replace(",", "."), "bomb")


_SI_START = re.compile(rb"<(?:[^\s<>/:]+:)?si[\s/>]")
# What calamine holds for each shared string besides its text (a String and its allocation):
# 19.8 million one-letter strings took 1.07 GB.
_STRING_OVERHEAD = 56


def check_string_table(zf: zipfile.ZipFile, name: str) -> None:
    """What calamine reads of an .xlsx on opening it, whether or not a sheet is read (so
    also for listing the sheets): the workbook, its relationships and styles
    (`_check_book_parts`, inflated here: the directory may lie), and the shared strings."""
    for info in _book_parts(zf, name):
        sheets = _SheetCount()
        _inflate(zf, info, MAX_BOOK_PART, name, sheets)
        if _fold(info.orig_filename) == _fold(WORKBOOK_PART):
            sheets.check(name)
    info = _part(zf, SHARED_STRINGS)
    if info is None or info.file_size // 5 * _STRING_OVERHEAD + info.file_size <= (
            MAX_STRING_BYTES):  # (<si/> takes 5 bytes)
        return
    text = _Strings()
    _inflate(zf, info, MAX_UNCOMPRESSED_TOTAL, name, text)
    _check_string_table(zf, name, info, text.count)


def _check_string_table(zf: zipfile.ZipFile, name: str, info: zipfile.ZipInfo,
                        rough: int) -> None:
    """calamine reads every shared string when it opens an .xlsx: millions of tiny ones
    (a 7.5 MB file, 340 MB of XML) cost a gigabyte before any sheet was read. `rough` is
    an upper bound on their number; the tags are counted when it is not enough."""
    if rough * _STRING_OVERHEAD + info.file_size <= MAX_STRING_BYTES:
        return
    strings = _TagCount(_SI_START)
    _inflate(zf, info, MAX_UNCOMPRESSED_TOTAL, name, strings)
    held = strings.count * _STRING_OVERHEAD + info.file_size
    if held > MAX_STRING_BYTES:
        raise _string_bomb(name, held)


class _Strings:
    """The fast look at sharedStrings.xml: an upper bound on the longest string, the widest
    gap between two `si>` marks (a start or end tag, any prefix)."""

    def __init__(self) -> None:
        self.longest = 0
        self.last = 0  # absolute position after the last mark seen
        self.end = 0
        self.count = 0  # "si" in the new bytes: an upper bound on the strings (any tag)

    def __call__(self, buf: bytes, offset: int) -> None:
        self.count += buf.count(b"si", max(0, self.end - offset))
        first = buf.find(b"si>")
        self.end = offset + len(buf)
        if first < 0:
            return
        self.longest = max(self.longest, offset + first - self.last)
        parts = buf.split(b"si>")
        if len(parts) > 2:
            self.longest = max(self.longest, max(map(len, parts[1:-1])))
        self.last = offset + buf.rfind(b"si>") + 3

    def finish(self) -> int:
        return max(self.longest, self.end - self.last)


class _Both:
    """Two readers of one part's chunks (the shared strings named as the sheet too)."""

    def __init__(self, first: Any, second: Any) -> None:
        self.first, self.second = first, second

    def __call__(self, buf: bytes, offset: int) -> None:
        self.first(buf, offset)
        self.second(buf, offset)


# --- which part is the sheet ------------------------------------------------------------


def _calamine_path(target: str) -> str:
    """The zip entry calamine opens for a relationship target (no normalising of . or ..):
    an absolute target from the archive's root, wherever it points (/q/s.xml is q/s.xml)."""
    if target.startswith("/"):
        return target[1:]
    if target.startswith("xl/"):
        return target
    return f"xl/{target}"


# The namespaces of a sheet's relationship id (transitional OOXML and Strict OOXML), and the
# relationship types whose targets calamine lists as sheets.
_REL_ID_NS = ("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}",
              "{http://purl.oclc.org/ooxml/officeDocument/relationships}")
_SHEET_KINDS = ("worksheet", "chartsheet", "dialogsheet", "macrosheet", "xlMacrosheet",
                "xlIntlMacrosheet")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _workbook_xml(zf: zipfile.ZipFile) -> tuple[Any, Any] | None:
    """workbook.xml and its relationships, parsed (None when they cannot be read here)."""
    try:
        infos = [_part(zf, part) for part in (WORKBOOK_PART, "xl/_rels/workbook.xml.rels")]
        for info in infos:
            if info is None or info.file_size > 10 * 1024 * 1024:
                return None
        texts = [zf.read(info) for info in infos if info is not None]
        if any(b"<!DOCTYPE" in t or b"<!ENTITY" in t for t in texts):
            return None  # calamine refuses entities; never expanded here
        wb, rels = (ElementTree.fromstring(t) for t in texts)
    except (KeyError, ElementTree.ParseError, *ZIP_PART_ERRORS):
        return None
    return wb, rels


def _relationships(rels: Any) -> list[tuple[str | None, str, str]]:
    """(Id, kind — the last word of the type, target as calamine opens it) of each one."""
    return [(rel.get("Id"), str(rel.get("Type", "")).rpartition("/")[2],
             _calamine_path(rel.get("Target", "")))
            for rel in rels.iter() if _local(rel.tag) == "Relationship"]


def sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(sheet name, part name, visible) of the sheets of an .xlsx the reader may take, in
    workbook order, from workbook.xml and its relationships, resolved as calamine resolves
    them — Strict OOXML's namespaces too; chart sheets left out, as the reader leaves them
    out of the sheets it offers. [] when they cannot be read, or when a sheet cannot be told
    for sure (an id given twice, a sheet whose id or kind is not known): every part the
    workbook names is then scanned."""
    parsed = _workbook_xml(zf)
    if parsed is None:
        return []
    wb, rels = parsed
    targets: dict[str | None, tuple[str, str]] = {}
    for rid, kind, target in _relationships(rels):
        if rid in targets:
            return []
        targets[rid] = (kind, target)
    out = []
    for sheet in wb.iter():
        if _local(sheet.tag) != "sheet":
            continue
        rid = next((sheet.get(ns + "id") for ns in _REL_ID_NS if sheet.get(ns + "id")), None)
        if sheet.get("name") is None or rid not in targets or (
                targets[rid][0] not in _SHEET_KINDS):
            return []
        kind, target = targets[rid]
        if kind != "chartsheet":
            out.append((str(sheet.get("name")), target,
                        sheet.get("state", "visible") == "visible"))
    return out


def _named_parts(zf: zipfile.ZipFile) -> set[str] | None:
    """The parts the workbook's relationships name (folded), where calamine looks for a
    sheet; None when they cannot be read here."""
    parsed = _workbook_xml(zf)
    if parsed is None:
        return None
    return {_fold(target) for _rid, _kind, target in _relationships(parsed[1])}


WORKBOOK_PART = "xl/workbook.xml"
_OFFICE_DOCUMENT = "/officeDocument"  # the end of the relationship type, transitional or strict


def _check_workbook_part(zf: zipfile.ZipFile, name: str) -> None:
    """calamine finds the workbook through the package relationships (`_rels/.rels`) and its
    sheets relative to it; the checks here know where Excel, LibreOffice and every common
    writer put it (xl/workbook.xml). A workbook anywhere else would have its sheets read
    unchecked, so such a file is refused. (Without the relationships calamine reads
    nothing: that file fails as damaged.)"""
    info = _part(zf, "_rels/.rels")
    if info is None:
        return
    if info.file_size > 1024 * 1024:
        raise corrupt(name, "bagian _rels/.rels terlalu besar")
    try:
        text = zf.read(info)
        if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
            raise corrupt(name, "bagian _rels/.rels memuat DTD")
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, *ZIP_PART_ERRORS) as exc:
        raise corrupt(name, "bagian _rels/.rels tidak terbaca") from exc
    for rel in root.iter():
        if rel.tag.endswith("Relationship") and str(rel.get("Type", "")).endswith(
                _OFFICE_DOCUMENT):
            target = str(rel.get("Target", "")).lstrip("/")
            if target != WORKBOOK_PART:
                raise _fail(f"Berkas '{name}' ditolak: susunan isinya tidak lazim (buku kerja "
                            f"tersimpan di {target[:80] or '(kosong)'}, bukan di "
                            f"{WORKBOOK_PART}). Buka berkas di Excel atau LibreOffice, simpan "
                            "ulang sebagai .xlsx, lalu coba lagi.", "layout")


def check_xlsx(zf: zipfile.ZipFile, name: str, sheet_part: str | None) -> SheetScan:
    """Inflate every part under a byte budget, scanning the chosen sheet (or every part that
    may be a sheet, when the chosen one is unknown or not where calamine will look) for its
    real extent, formulas, errors and hidden rows; then check what its text will cost. The
    workbook must be where these checks look for it (`_check_workbook_part`)."""
    _check_workbook_part(zf, name)
    _book_parts(zf, name)  # (inflated below with every part: no larger than they say)
    chosen_info = _part(zf, sheet_part) if sheet_part is not None else None
    strings_info = _part(zf, SHARED_STRINGS)
    budget = MAX_UNCOMPRESSED_TOTAL
    result = SheetScan()
    chosen: list[tuple[zipfile.ZipInfo, SheetScan]] = []
    strings: zipfile.ZipInfo | None = None
    longest = 0
    # The sheet unknown: every part the workbook's relationships name is scanned (any may be
    # the sheet, the shared strings included, an absolute target out of xl/ too), or every
    # part when they cannot be read here. (Not pictures or a thumbnail: binary data looks
    # like broken XML to the exact pass.)
    named = _named_parts(zf) if chosen_info is None else None
    for info in zf.infolist():
        if chosen_info is not None:
            is_sheet = info is chosen_info
        else:
            is_sheet = not info.is_dir() and (
                named is None or _fold(info.orig_filename) in named)
        scanner = _Scanner(name) if is_sheet else None
        if info is strings_info:
            strings = info
            text = _Strings()
            budget -= _inflate(zf, info, budget, name, text if scanner is None
                               else _Both(text, scanner))
            longest = max(longest, text.finish())
            _check_string_table(zf, name, info, text.count)
        elif _fold(info.orig_filename) == _fold(WORKBOOK_PART):
            sheets = _SheetCount()
            budget -= _inflate(zf, info, budget, name, sheets if scanner is None
                               else _Both(sheets, scanner))
            sheets.check(name)
        else:
            budget -= _inflate(zf, info, budget, name, scanner)
        if scanner is None:
            continue
        scan = scanner.finish()
        if scanner.irregular:
            scan, _ = _exact_scan(zf, info, name)
        _check_extent(scan, name)
        chosen.append((info, scan))
        if chosen_info is not None or scan.row_bound * scan.col_bound > (
                result.row_bound * result.col_bound):
            result = scan
    if chosen:
        _check_strings(zf, name, chosen, strings, longest)
    return result


def _check_strings(zf: zipfile.ZipFile, name: str,
                   sheets: list[tuple[zipfile.ZipInfo, SheetScan]],
                   strings: zipfile.ZipInfo | None, longest: int) -> None:
    """calamine copies a shared string into every cell that uses it, and Python once more:
    one long string used by many cells is a bomb. The text written in the sheet itself
    (inline strings, a formula's text result) is held so too: at most the sheet's XML, but
    that may be a gigabyte from a 6 MB file (606 MB of inline text cost 1.2 GB). Cheap
    bounds first; the exact sum only when they are not enough."""
    inline = sum(info.file_size for info, _ in sheets)
    if strings is None:
        longest = 0
    if inline + sum(scan.row_bound * scan.col_bound
                    for _, scan in sheets) * longest <= MAX_STRING_BYTES:
        return
    counts = [0, 0]  # shared-string cells; bytes outside tags (all the sheets' text, or more)

    def count(buf: bytes, _offset: int) -> None:
        # Every way calamine reads the type (spaces around `=` too, `t = "s"`), or more.
        if longest:
            counts[0] += len(_SHARED_TYPE.findall(buf))
        counts[1] += len(_TAG.sub(b"", buf))

    for info, _ in sheets:
        _inflate(zf, info, MAX_UNCOMPRESSED_TOTAL, name, count)
    if counts[1] + counts[0] * longest <= MAX_STRING_BYTES:
        return
    sizes = _string_sizes(zf, strings, name) if strings is not None else []
    held = sum(_exact_scan(zf, info, name, sizes)[1] for info, _ in sheets)
    if held > MAX_STRING_BYTES:
        raise _string_bomb(name, held)


# A cell's type as calamine (quick-xml) reads it, whitespace around `=` allowed: counting
# only `t="s"` let a sheet of `t ="s"` cells pass for one holding no shared string.
_TAG = re.compile(rb"<[^>]*>")
_SHARED_TYPE = re.compile(rb"""t\s*=\s*["']s["']""")


def _string_bomb(name: str, held: int) -> UserError:
    return _fail(f"Berkas '{name}' ditolak: teks sel-selnya berjumlah sangat besar "
                 f"({held // (1024 * 1024)} MB; misalnya sebuah teks panjang yang dipakai di "
                 "banyak sel). "
                 "Berkas seperti ini dapat membuat komputer kehabisan memori.", "bomb")


def _too_wide(name: str) -> UserError:
    return _fail(f"Lembar kerja pada berkas '{name}' memakai kolom di luar batas "
                 f"({MAX_COLUMNS} kolom). Hapus kolom kosong di sebelah kanan data, simpan, "
                 "lalu coba lagi.", "too_wide")


def _too_long(name: str) -> UserError:
    return _fail(f"Lembar kerja pada berkas '{name}' memakai baris di luar batas Excel.",
                 "too_long")


def _check_extent(scan: SheetScan, name: str) -> None:
    if scan.merges > MAX_MERGES:
        raise _too_many_merges(name, scan.merges)
    rows = max(scan.row_bound, scan.max_row)
    cols = max(scan.col_bound, scan.max_col_bound)
    if cols > MAX_COLUMNS:
        raise _too_wide(name)
    if rows > MAX_ROWS:
        raise _too_long(name)
    if rows * max(cols, 1) > MAX_CELLS:
        raise _too_big(name, scan.max_row)


def _too_many_merges(name: str, merges: int) -> UserError:
    held, limit = (f"{n:,}".replace(",", ".") for n in (merges, MAX_MERGES))
    return _fail(f"Berkas '{name}' ditolak: lembar kerjanya memuat terlalu banyak sel "
                 f"gabungan ({held} gabungan; batas {limit}). Hapus gabungan yang tidak "
                 "perlu, simpan, lalu coba lagi.", "too_big")


def _too_big(name: str, rows: int) -> UserError:
    count = f"{rows:,}".replace(",", ".")  # the thousands separator of Indonesian
    return _fail(f"Lembar kerja pada berkas '{name}' terlalu besar untuk diimpor sekaligus "
                 f"({count} baris; sel terisi menjangkau jauh ke kanan atau ke "
                 "bawah). Hapus baris/kolom kosong di luar data, atau pecah berkas menjadi "
                 "beberapa bagian.", "too_big")
