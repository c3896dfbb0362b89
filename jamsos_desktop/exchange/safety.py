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
  a small reader of its own (see "legacy .xls" below): calamine builds every sheet of an
  .xls on opening, so all of them are measured;
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
import html
import pyexpat
import queue
import re
import stat
import struct
import sys
import threading
import zipfile
import zlib
from array import array
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
MAX_CELLS = 8_000_000  # rows × columns of the dense grid calamine builds (~32 bytes each)
MAX_REPORTED = 1_000  # formula / error / hidden positions kept for the report
MAX_STRING_BYTES = 400 * 1024 * 1024  # text of all string cells together (held twice)
SHARED_STRINGS = "xl/sharedStrings.xml"  # calamine reads this path, whatever the rels say

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")

EXCEL_ERRORS = frozenset({"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})


def _fail(message: str, code: str) -> UserError:
    return UserError(message, code=f"file.{code}")


def corrupt(name: str, detail: str = "") -> UserError:
    extra = f" ({detail})" if detail else ""
    return _fail(f"Berkas '{name}' rusak atau bukan lembar kerja yang dapat dibaca{extra}. "
                 "Buka berkas di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu "
                 "coba lagi.", "corrupt")


def encrypted(name: str) -> UserError:
    return _fail(f"Berkas '{name}' dilindungi kata sandi. Buka berkas di Excel, hapus kata "
                 "sandinya (File > Info > Protect Workbook), simpan, lalu impor kembali.",
                 "encrypted")


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
    would take gigabytes before its length could be checked."""
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        fh.seek(max(0, size - 65_557))
        tail = fh.read()
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or end + 22 > len(tail):
            return 0
        count = int.from_bytes(tail[end + 10:end + 12], "little")
        cd_size = int.from_bytes(tail[end + 12:end + 16], "little")
        if count == 0xFFFF or cd_size == 0xFFFFFFFF:  # Zip64: the real figures are elsewhere
            loc = end - 20
            if loc < 0 or tail[loc:loc + 4] != b"PK\x06\x07":
                return 0
            fh.seek(int.from_bytes(tail[loc + 8:loc + 16], "little"))
            record = fh.read(56)
            if record[:4] != b"PK\x06\x06" or len(record) < 56:
                return 0
            count = int.from_bytes(record[32:40], "little")
            cd_size = int.from_bytes(record[40:48], "little")
    # A directory entry takes at least 46 bytes: a size that says more is believed too.
    return max(count, cd_size // 46 // 4)


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
        for info in infos:
            if info.flag_bits & 0x1:
                raise encrypted(name)
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
        elif local == "f" and cell[0] is not None and len(scan.formulas) < MAX_REPORTED:
            scan.formulas.add(cell[0])
        elif local == "v" and cell[0] is not None:
            cell[2] = ""

    def text(data: str) -> None:
        if cell[2] is not None:
            cell[2] += data

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
            cell[2] = None
        elif local == "c" and cell[0] is not None:
            at[1] = cell[0][1] + 1
            cell[0] = None
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


class _Strings:
    """The fast look at sharedStrings.xml: an upper bound on the longest string, the widest
    gap between two `si>` marks (a start or end tag, any prefix)."""

    def __init__(self) -> None:
        self.longest = 0
        self.last = 0  # absolute position after the last mark seen
        self.end = 0

    def __call__(self, buf: bytes, offset: int) -> None:
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


# --- which part is the sheet ------------------------------------------------------------


def _calamine_path(target: str) -> str:
    """The zip entry calamine opens for a relationship target (no normalising of . or ..)."""
    if target.startswith("/xl/"):
        return target[1:]
    if target.startswith("xl/"):
        return target
    return f"xl/{target}"


def sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(sheet name, part name, visible) of an .xlsx, in workbook order, from workbook.xml and
    its relationships, resolved as calamine resolves them; [] when they cannot be read or are
    ambiguous (a relationship id given twice): every part is then scanned."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    ns_pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    try:
        for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if zf.getinfo(part).file_size > 10 * 1024 * 1024:
                return []
        texts = [zf.read(part) for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
        if any(b"<!DOCTYPE" in t or b"<!ENTITY" in t for t in texts):
            return []  # calamine refuses entities; never expanded here
        wb, rels = (ElementTree.fromstring(t) for t in texts)
    except (KeyError, ElementTree.ParseError, *ZIP_PART_ERRORS):
        return []
    targets: dict[str | None, str] = {}
    for rel in rels.iter(f"{ns_pkg}Relationship"):
        if rel.get("Id") in targets:
            return []
        targets[rel.get("Id")] = _calamine_path(rel.get("Target", ""))
    out = []
    for sheet in wb.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if sheet.get("name") is not None and rid in targets:
            out.append((str(sheet.get("name")), targets[rid],
                        sheet.get("state", "visible") == "visible"))
    return out


_NOT_SHEETS = ("[Content_Types].xml", SHARED_STRINGS, "xl/styles.xml", "xl/workbook.xml")


def check_xlsx(zf: zipfile.ZipFile, name: str, sheet_part: str | None) -> SheetScan:
    """Inflate every part under a byte budget, scanning the chosen sheet (or every part that
    may be a sheet, when the chosen one is unknown or not where calamine will look) for its
    real extent, formulas, errors and hidden rows; then check what its text will cost."""
    names = {info.filename for info in zf.infolist()}
    if sheet_part is not None and sheet_part not in names:
        sheet_part = None
    budget = MAX_UNCOMPRESSED_TOTAL
    result = SheetScan()
    chosen: list[tuple[zipfile.ZipInfo, SheetScan]] = []
    strings: zipfile.ZipInfo | None = None
    longest = 0
    for info in zf.infolist():
        if info.filename == SHARED_STRINGS:
            strings = info
            reader = _Strings()
            budget -= _inflate(zf, info, budget, name, reader)
            longest = max(longest, reader.finish())
            continue
        if sheet_part is None:
            is_sheet = (info.filename.startswith("xl/") and info.filename not in _NOT_SHEETS
                        and not info.filename.endswith(".rels") and not info.is_dir())
        else:
            is_sheet = info.filename == sheet_part
        scanner = _Scanner(name) if is_sheet else None
        budget -= _inflate(zf, info, budget, name, scanner)
        if scanner is None:
            continue
        scan = scanner.finish()
        if scanner.irregular:
            scan, _ = _exact_scan(zf, info, name)
        _check_extent(scan, name)
        chosen.append((info, scan))
        if sheet_part is not None or scan.row_bound * scan.col_bound > (
                result.row_bound * result.col_bound):
            result = scan
    if strings is not None and chosen:
        _check_strings(zf, name, chosen, strings, longest)
    return result


def _check_strings(zf: zipfile.ZipFile, name: str,
                   sheets: list[tuple[zipfile.ZipInfo, SheetScan]],
                   strings: zipfile.ZipInfo, longest: int) -> None:
    """calamine copies a shared string into every cell that uses it, and Python once more:
    one long string used by many cells is a bomb. Cheap bounds first; the exact sum only
    when they are not enough."""
    if sum(scan.row_bound * scan.col_bound for _, scan in sheets) * longest <= MAX_STRING_BYTES:
        return
    counts = [0]

    def count(buf: bytes, _offset: int) -> None:
        counts[0] += buf.count(b't="s"') + buf.count(b"t='s'")

    for info, _ in sheets:
        _inflate(zf, info, MAX_UNCOMPRESSED_TOTAL, name, count)
    if counts[0] * longest <= MAX_STRING_BYTES:
        return
    sizes = _string_sizes(zf, strings, name)
    held = sum(_exact_scan(zf, info, name, sizes)[1] for info, _ in sheets)
    if held > MAX_STRING_BYTES:
        raise _string_bomb(name, held)


def _string_bomb(name: str, held: int) -> UserError:
    return _fail(f"Berkas '{name}' ditolak: teks sel-selnya berjumlah sangat besar "
                 f"({held // (1024 * 1024)} MB; sebuah teks panjang dipakai di banyak sel). "
                 "Berkas seperti ini dapat membuat komputer kehabisan memori.", "bomb")


def _too_wide(name: str) -> UserError:
    return _fail(f"Lembar kerja pada berkas '{name}' memakai kolom di luar batas "
                 f"({MAX_COLUMNS} kolom). Hapus kolom kosong di sebelah kanan data, simpan, "
                 "lalu coba lagi.", "too_wide")


def _too_long(name: str) -> UserError:
    return _fail(f"Lembar kerja pada berkas '{name}' memakai baris di luar batas Excel.",
                 "too_long")


def _check_extent(scan: SheetScan, name: str) -> None:
    rows = max(scan.row_bound, scan.max_row)
    cols = max(scan.col_bound, scan.max_col_bound)
    if cols > MAX_COLUMNS:
        raise _too_wide(name)
    if rows > MAX_ROWS:
        raise _too_long(name)
    if rows * max(cols, 1) > MAX_CELLS:
        raise _too_big(name, scan.max_row)


def _too_big(name: str, rows: int) -> UserError:
    count = f"{rows:,}".replace(",", ".")  # the thousands separator of Indonesian
    return _fail(f"Lembar kerja pada berkas '{name}' terlalu besar untuk diimpor sekaligus "
                 f"({count} baris; sel terisi menjangkau jauh ke kanan atau ke "
                 "bawah). Hapus baris/kolom kosong di luar data, atau pecah berkas menjadi "
                 "beberapa bagian.", "too_big")


# --- OpenDocument ------------------------------------------------------------------------

# The tags the sizing pass stops at, told apart by their length (capturing groups would
# make the search twice as slow).
_ODS_ROW = re.compile(rb"<(?:/table:table-row(?:-group)?>|table:table(?:-row(?:-group)?[\s/>]"
                      rb"|[\s>]))")
_ROW_END, _ROW, _TABLE, _GROUP, _GROUP_END = 18, 17, 13, 23, 24
_ODS_CELL = (b"<table:table-cell", b"<table:covered-table-cell")
_ODS_REPEAT_COLS = re.compile(rb'table:number-columns-repeated\s*=\s*["\']([^"\']*)["\']')
_ODS_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated\s*=\s*["\']([^"\']*)["\']')
_ODS_VALUE = re.compile(rb"office:(?:value|string-value|date-value|time-value|boolean-value"
                        rb"|value-type)\s*=|table:formula\s*=|<text:")
# What the marks pass reads (formulas, error results, hidden rows), as LibreOffice writes it:
# `table:visibility` "collapse" (hidden) or "filter" (filtered out) on a row; a row group
# shown closed (`table:display="false"`); a cell's start tag, its attributes quoted either
# way (a formula may hold ">" unescaped); an error result: LibreOffice saves
# `office:value-type="string" office:string-value="" calcext:value-type="error"` with the
# error's text ("#DIV/0!", "Err:502") in a paragraph, so calamine reads it as "".
_ODS_HIDDEN = re.compile(rb'table:visibility\s*=\s*["\'](?:collapse|filter)["\']')
_ODS_CLOSED = re.compile(rb'table:display\s*=\s*["\']false["\']')
_ODS_NAME = re.compile(rb'\stable:name\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ODS_CELL_TAG = re.compile(rb"<table:(?:covered-)?table-cell((?:\s+[^\s=/>]+\s*=\s*"
                           rb"(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ODS_FORMULA = re.compile(rb"\stable:formula\s*=")
_ODS_ERROR = re.compile(rb'value-type\s*=\s*["\']error["\']')
_ODS_STRING = re.compile(rb'office:value-type\s*=\s*["\']string["\']')
_ODS_STRING_VALUE = re.compile(rb'office:string-value\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ODS_TAGS = re.compile(rb"<[^>]*>")
_ODS_ERROR_TEXT = re.compile(r"Err:\d{3}|#[A-Z0-9/_.]{1,15}[!?A]")
MAX_ODS_MARKS = 50 * MAX_REPORTED  # positions kept for all the tables of a workbook together


def _ods_text(raw: bytes) -> str:
    """Attribute value or element text as XML reads it (the five entities and character
    references; a DTD is never read, so there are no others)."""
    return html.unescape(raw.decode("utf-8", "replace"))


class _OdsMarks:
    """Formulas, error results and hidden rows of one table, at calamine's positions; its
    `SheetScan` joins `scans` with the first of them."""

    def __init__(self, name: str, scans: dict[str, SheetScan]) -> None:
        self.name = name
        self.scans = scans
        self.scan: SheetScan | None = None
        self.pending: list[tuple[int, int]] = []  # hidden rows not yet known to be read
        self.pending_rows = 0
        self.pending_more = False

    def get(self) -> SheetScan:
        if self.scan is None:
            self.scan = self.scans[self.name] = SheetScan()
        return self.scan

    def hide(self, first: int, count: int) -> None:
        """Rows `first`… are hidden; they count once a row with a value comes after them
        (LibreOffice writes hidden empty rows below the data too: calamine drops those)."""
        room = MAX_REPORTED - (len(self.scan.hidden_rows) if self.scan else 0)
        if self.pending_rows >= room:
            self.pending_more = True
        elif self.pending and sum(self.pending[-1]) == first:
            self.pending[-1] = (self.pending[-1][0], self.pending[-1][1] + count)
            self.pending_rows += count
        else:
            self.pending.append((first, count))
            self.pending_rows += count

    def confirm(self) -> None:
        """A row with a value: every hidden row before it (and itself) is read."""
        if not self.pending and not self.pending_more:
            return
        scan = self.get()
        for first, count in self.pending:
            room = MAX_REPORTED - len(scan.hidden_rows)
            scan.hidden_rows.update(range(first, first + min(count, room)))
            if count > room:
                scan.truncated_report = True
        if self.pending_more:
            scan.truncated_report = True
        self.pending, self.pending_rows, self.pending_more = [], 0, False

    def formulas_full(self) -> bool:
        return self.scan is not None and len(self.scan.formulas) >= MAX_REPORTED

    def errors_full(self) -> bool:
        return self.scan is not None and len(self.scan.errors) >= MAX_REPORTED


class _OdsTables:
    """calamine's grid of every table in content.xml, as it builds it: rows repeated
    (`number-rows-repeated`) and cells repeated (`number-columns-repeated`) are written out,
    except the empty ones at the end of a row or of a table. Only the row tags are looked at
    one by one; a row's cells are counted with C-speed searches. On the way, each named
    table's formulas, error results and hidden rows are noted (`scans`, by table name) at
    the positions calamine gives them: a row's first index is the count of rows before it,
    repeats included; a cell's column counts the cells before it in the row, covered ones
    (under a merge) and repeats included. Only rows that hold a formula or an error are
    walked cell by cell, and only until enough are noted."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.carry = b""
        self.total = 0  # cells of the finished tables
        self.scans: dict[str, SheetScan] = {}
        self.kept = 0  # positions noted over all tables (MAX_ODS_MARKS)
        self.overflow = False  # tables left unscanned once MAX_ODS_MARKS were kept
        self.marks: _OdsMarks | None = None
        self.closed_groups: list[bool] = []
        self._new_table()

    def _new_table(self) -> None:
        self.rows = 0  # rows so far, repeats included
        self.rows_used = 0  # up to the last row with a value
        self.width = 0  # widest row with a value

    def _close_table(self) -> None:
        self.total += self.rows_used * self.width
        if self.marks is not None and self.marks.scan is not None:
            scan = self.marks.scan
            self.kept += len(scan.formulas) + len(scan.errors) + len(scan.hidden_rows)
        self.marks = None
        self.closed_groups = []
        self._new_table()

    def _open_table(self, head: bytes) -> None:
        self._close_table()
        m = _ODS_NAME.search(head)
        if m is None:  # calamine reads no table without a name
            return
        name = _ods_text(m.group(1) if m.group(1) is not None else m.group(2))
        self.scans.pop(name, None)  # of two tables of one name, calamine keeps the last
        if self.kept >= MAX_ODS_MARKS:
            self.overflow = True
            return
        self.marks = _OdsMarks(name, self.scans)

    def __call__(self, buf: bytes, offset: int) -> None:
        data = self.carry + buf[self.overlap(buf):]
        self._seen = len(buf)
        self._marked = b"table:formula" in data  # error results are formulas too
        pos = 0
        row_start = -1
        cut = -1
        for m in _ODS_ROW.finditer(data):
            if m.start() < pos:
                continue
            kind = m.end() - m.start()
            if kind == _ROW_END:
                if row_start >= 0:
                    self._row(data, row_start, m.end())
                row_start = -1
            elif kind == _ROW:
                close = data.find(b">", m.start())
                if close < 0:
                    row_start = m.start()
                    break
                if data[close - 1:close] == b"/":  # <table:table-row …/>: an empty row
                    self._row(data, m.start(), close + 1)
                    pos = close + 1
                    continue
                row_start = m.start()
            elif kind == _TABLE:
                close = data.find(b">", m.start())
                if close < 0:
                    cut = m.start()
                    break
                self._open_table(data[m.start():close])
            elif row_start < 0:  # a row group (never inside a row: calamine refuses that)
                close = data.find(b">", m.start())
                if close < 0:
                    cut = m.start()
                    break
                if kind == _GROUP_END:
                    if self.closed_groups:
                        self.closed_groups.pop()
                elif data[close - 1:close] != b"/":
                    self.closed_groups.append(bool(_ODS_CLOSED.search(data, m.start(), close)))
            pos = m.end()
        if row_start >= 0:
            self.carry = data[row_start:]
        elif cut >= 0:
            self.carry = data[cut:]
        else:
            self.carry = data[max(pos, len(data) - 64):]

    def overlap(self, buf: bytes) -> int:
        """`_inflate` repeats the last 256 bytes of the previous buffer: skip them."""
        seen = getattr(self, "_seen", 0)
        return min(256, seen, len(buf)) if seen else 0

    def _repeat(self, raw: bytes) -> int:
        if not raw.strip().isdigit():
            raise corrupt(self.name, "jumlah ulang sel tidak sah")
        return int(raw)

    def _row(self, data: bytes, start: int, end: int) -> None:
        tag_end = data.find(b">", start, end) + 1
        head = data[start:tag_end]
        m = _ODS_REPEAT_ROWS.search(head)
        repeat = self._repeat(m.group(1)) if m else 1
        cells = sum(data.count(marker, tag_end, end) for marker in _ODS_CELL)
        width = cells
        if b"columns-repeated" in data[tag_end:end]:
            last = max(data.rfind(marker, tag_end, end) for marker in _ODS_CELL)
            body = data[tag_end:end]
            last_cell = data[last:end] if last >= 0 else b""
            for r in _ODS_REPEAT_COLS.finditer(body):
                width += self._repeat(r.group(1)) - 1
            trailing = _ODS_REPEAT_COLS.search(last_cell)
            if trailing and not _ODS_VALUE.search(last_cell):
                width -= self._repeat(trailing.group(1))  # empty cells at the end: dropped
        first = self.rows
        self.rows += repeat
        used = bool(_ODS_VALUE.search(data, tag_end, end))
        if used:
            self.rows_used = self.rows
            self.width = max(self.width, width)
        if self.width > MAX_COLUMNS:
            raise _too_wide(self.name)
        if self.rows_used > MAX_ROWS:
            raise _too_long(self.name)
        if self.total + self.rows_used * self.width > MAX_CELLS:
            rows = f"{self.rows_used:,}".replace(",", ".")
            raise _fail(f"Lembar kerja pada berkas '{self.name}' terlalu besar untuk diimpor "
                        f"sekaligus (sekitar {rows} baris × {self.width} kolom, "
                        "termasuk baris/sel yang diulang). Hapus baris/kolom kosong di luar "
                        "data, atau pecah berkas menjadi beberapa bagian.", "too_big")
        marks = self.marks
        if marks is None:
            return
        if (b"visibility" in head and _ODS_HIDDEN.search(head)) or (
                self.closed_groups and any(self.closed_groups)):
            marks.hide(first, repeat)
        if used:
            if marks.pending or marks.pending_more:
                marks.confirm()
            # Walked for its formulas while fewer than MAX_REPORTED are noted, then only for
            # an error result (a formula whose text result merely reads like an error is no
            # longer looked for).
            if self._marked and (
                    (data.find(b"table:formula", tag_end, end) >= 0
                     and not marks.formulas_full())
                    or (data.find(b"error", tag_end, end) >= 0 and not marks.errors_full())):
                self._cells(marks.get(), data, tag_end, end, first, repeat)

    def _cells(self, scan: SheetScan, data: bytes, start: int, end: int, first: int,
               repeat: int) -> None:
        """Formula and error cells of a row (repeated `repeat` times from row `first`)."""
        col = 0
        for m in _ODS_CELL_TAG.finditer(data, start, end):
            if col >= MAX_COLUMNS:
                break
            attrs = m.group(1)
            rep = _ODS_REPEAT_COLS.search(attrs)
            count = min(self._repeat(rep.group(1)), MAX_COLUMNS) if rep else 1
            formula = _ODS_FORMULA.search(attrs) is not None
            if formula or _ODS_ERROR.search(attrs):
                error = self._error(data, m, end, attrs)
                if formula:
                    self._note(scan.formulas, first, repeat, col, count, scan)
                if error is not None:
                    self._note(scan.errors, first, repeat, col, count, scan, error)
            col += count

    @staticmethod
    def _note(into: Any, first: int, repeat: int, col: int, count: int, scan: SheetScan,
              error: str | None = None) -> None:
        room = MAX_REPORTED - len(into)
        if repeat * count > room:
            scan.truncated_report = True
        for r in range(first, first + min(repeat, room)):
            for c in range(col, col + min(count, room)):
                if len(into) >= MAX_REPORTED:
                    return
                if error is None:
                    into.add((r, c))
                else:
                    into[(r, c)] = error

    @staticmethod
    def _error(data: bytes, m: re.Match[bytes], end: int, attrs: bytes) -> str | None:
        """The error a cell holds: LibreOffice's error result, or a formula whose text result
        is an error's text (a writer without `calcext`); None when it holds none."""
        flagged = _ODS_ERROR.search(attrs) is not None
        if not flagged and not _ODS_STRING.search(attrs):
            return None
        text = ""
        if not m.group(2):
            stop = data.find(b"</table:", m.end(), end)
            inner = data[m.end():stop if stop >= 0 else end][:400]
            text = _ods_text(_ODS_TAGS.sub(b"", inner)).strip()
        if not text and (v := _ODS_STRING_VALUE.search(attrs)):
            text = _ods_text(v.group(1) if v.group(1) is not None else v.group(2)).strip()
        if flagged:
            return text[:20] or "#ERROR"
        return text if text in EXCEL_ERRORS or _ODS_ERROR_TEXT.fullmatch(text) else None


@dataclass
class OdsScan:
    """The formulas, error results and hidden rows of each table of an .ods that has any."""
    tables: dict[str, SheetScan] = field(default_factory=dict)
    overflow: bool = False  # tables past MAX_ODS_MARKS kept were not scanned

    def sheet(self, name: str) -> SheetScan:
        found = self.tables.get(name)
        return found if found is not None else SheetScan(truncated_report=self.overflow)


def check_ods(zf: zipfile.ZipFile, name: str) -> OdsScan:
    """ODS: inflate under the budget; content.xml's tables are sized as calamine will build
    them (it reads every table when the file is opened) before calamine sees them, and their
    formulas, error results and hidden rows are noted by table name."""
    budget = MAX_UNCOMPRESSED_TOTAL
    result = OdsScan()
    for info in zf.infolist():
        tables = _OdsTables(name) if info.filename == "content.xml" else None
        budget -= _inflate(zf, info, budget, name, tables)
        if tables is not None:
            tables._close_table()
            result = OdsScan(tables.scans, tables.overflow)
    return result


# --- legacy .xls ---------------------------------------------------------------------------
#
# An .xls is a BIFF8 (or BIFF5) "Workbook" stream inside an OLE compound file. calamine reads
# every sheet of it when the file is opened, each into a dense grid from its first to its last
# cell (32 bytes a cell), so one far cell anywhere (IV65536, 5 KB of file) costs half a
# gigabyte before any sheet is chosen. The grid is measured here from the cell records
# themselves, reading the compound file and the records the way calamine does (python-calamine
# 0.9.1 / calamine 0.37, checked against it record type by record type in
# tests/exchange/test_hostile_xls.py):
#
# - the stream is the last directory entry named exactly "Workbook" (else "Book"), whatever
#   its type, the name decoded as encoding_rs decodes it (a byte-order mark switches to UTF-8
#   or UTF-16BE); two such entries are refused instead of guessing which one calamine takes;
# - a sheet is read from its BOUNDSHEET offset to the EOF that closes it: a BOF inside the
#   sheet (an embedded chart) opens a substream whose records do not count;
# - cells come from NUMBER, RK, MULRK, LABEL, LABELSST, RSTRING, BOOLERR and FORMULA records
#   (a STRING record, a formula's text result, lands on that formula's cell). BLANK and
#   MULBLANK add nothing: a far formatted-but-empty cell is harmless. A formula whose text
#   result is missing and a LABELSST to no string are counted all the same (calamine skips
#   them; they are never in a sound file);
# - a DIMENSIONS record makes calamine reserve rows × columns cells (40 bytes each): one that
#   claims more cells than a BIFF8 sheet has (65,536 × 256) is refused, a larger claim can
#   abort the process;
# - a LABELSST cell gets its own copy of the shared string, as in an .xlsx.
#
# Anything in the compound file that could make a reader loop, jump outside the file or
# allocate without bound (a FAT cycle, a sector number past the end, a stream larger than the
# file, a FAT sector listed twice, a truncated record, sheets whose records overlap over and
# over) is refused as a damaged file; every loop is bounded by the file's sectors or the
# stream's bytes. Memory: the file, the stream and the FAT, each at most the file's size.
# A layout that readers may take two ways is refused too rather than guessed at: two
# "Workbook" entries, a gap in the list of FAT sectors, a mini-stream cutoff other than
# 4096, a directory longer than the header says, the file's short last sector used inside a
# chain. No file is small enough to be let through unmeasured: two cell records, 30 bytes,
# can describe a grid of 65,536 × 65,536 cells. Sound files cost about 0.2 s per 900,000
# cell records (calamine itself: 0.15 s).

XLS_SHEET_ROWS = 65_536  # a BIFF8 sheet's own limits
MAX_XLS_SHEETS = MAX_ZIP_ENTRIES  # as many as an .xlsx may hold parts
XLS_SHEET_COLS = 256
_MINI_CUTOFF = 4096  # streams under this size live in the mini stream (64-byte sectors)
_MINI_SECTOR = 64
_ENDOFCHAIN = 0xFFFF_FFFE
_DIFSECT = 0xFFFF_FFFC  # DIFAT entries from here up name no FAT sector
_RESERVED = 0xFFFF_FFFA  # a DIFAT chain ends at any value from here up
_FORMULA, _RSTRING, _LABELSST, _NUMBER, _LABEL, _BOOLERR, _RK = (
    0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E)
_MULRK, _STRING, _BOF, _DIMENSIONS, _CONTINUE, _SST, _CODEPAGE = (
    0x00BD, 0x0207, 0x0809, 0x0200, 0x003C, 0x00FC, 0x0042)
_PLAIN_CELLS = frozenset({_NUMBER, _RK, _LABEL, _BOOLERR, _RSTRING})  # row, column first
_OTHER_CELLS = frozenset({_LABELSST, _FORMULA, _STRING, _MULRK})
_HEAD = struct.Struct("<HH")
_CELL_HEAD = struct.Struct("<HHHH")  # type, size, row, column
_U16 = struct.Struct("<H")
_U32S = struct.Struct("<I")
_U32 = next(code for code in "IL" if array(code).itemsize == 4)
_STREAM_NAMES = ("Workbook", "Book")
_NAME_PATTERNS = [pattern for target in _STREAM_NAMES
                  for pattern in (target.encode("utf-16-le"), target.encode("utf-16-be"),
                                  target.encode("utf-8"))]


@dataclass
class XlsSheet:
    """One sheet of an .xls as calamine will hold it: its cells' bounds (0-based, -1 when it
    has none) and the shared strings its LABELSST cells copy."""
    name: str
    visible: bool  # offered by the reader: neither hidden nor a chart sheet
    first_row: int = -1
    first_col: int = -1
    last_row: int = -1
    last_col: int = -1
    strings: Any = field(default=None, repr=False)  # array of SST indexes

    @property
    def cells(self) -> int:
        """calamine's dense grid: from the first to the last row and column used."""
        if self.last_row < 0:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


def _bad_xls(name: str, detail: str) -> UserError:
    return corrupt(name, f"struktur .xls tidak sah: {detail}")


class _Compound:
    """The sectors of an OLE compound file held in `data`, checked as they are followed."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.data = data
        self.view = memoryview(data)
        if len(data) < 512 or data[:8] != OLE_MAGIC:
            raise self.bad("kepala berkas")
        self.version, _order, shift, mini_shift = struct.unpack_from("<4H", data, 26)
        if shift not in (9, 12) or mini_shift != 6:
            raise self.bad("ukuran sektor")
        self.size = 1 << shift
        (self.dir_len, fat_len, self.dir_start, _tx, cutoff, self.minifat_start,
         self.minifat_len, self.difat_start, _difat_len) = struct.unpack_from("<9I", data, 40)
        if cutoff != _MINI_CUTOFF:
            raise self.bad("batas aliran mini")
        room = len(data) - self.size  # the header takes the first sector
        if room <= 0:
            raise self.bad("berkas terpotong")
        self.sectors = -(-room // self.size)  # the last one may be cut short
        self.partial = self.sectors - 1 if room % self.size else -1
        self.partial_read = False
        if max(fat_len, self.dir_len, self.minifat_len) > self.sectors:
            raise self.bad("jumlah sektor melebihi isi berkas")
        self.fat = self._fat()

    def bad(self, detail: str) -> UserError:
        return _bad_xls(self.name, detail)

    def _offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def _whole(self, sector: int, seen: bytearray, what: str) -> int:
        if sector >= self.sectors or sector == self.partial or seen[sector]:
            raise self.bad(f"sektor {what} di luar berkas atau terpakai dua kali")
        seen[sector] = 1
        return self._offset(sector)

    def _fat(self) -> Any:
        """The FAT: the sectors the DIFAT lists (109 in the header, the rest in a chain of DIFAT
        sectors), each at most once, in order, without gaps."""
        per = self.size // 4
        ids = array(_U32, struct.unpack_from("<109I", self.data, 76))
        seen = bytearray(self.sectors)
        sector, hops = self.difat_start, 0
        while sector < _RESERVED:
            hops += 1
            if hops > self.sectors // (per - 1) + 2:
                raise self.bad("rantai DIFAT terlalu panjang")
            entries = struct.unpack_from(f"<{per}I", self.data, self._whole(sector, seen, "DIFAT"))
            ids.extend(entries[:-1])
            sector = entries[-1]
        fat = array(_U32)
        seen = bytearray(self.sectors)
        ended = False
        for sector in ids:
            if sector >= _DIFSECT:
                ended = True
            elif ended:
                raise self.bad("daftar sektor FAT berlubang")
            else:
                start = self._whole(sector, seen, "FAT")
                fat.frombytes(self.view[start:start + self.size])
        if sys.byteorder == "big":
            fat.byteswap()
        return fat

    def chain(self, start: int, table: Any, limit: int, what: str) -> list[int]:
        """The sectors of a chain: each within `limit` and the table, none twice."""
        limit = min(limit, len(table))
        seen = bytearray(limit)
        out = []
        sector = start
        while sector != _ENDOFCHAIN:
            if sector >= limit or seen[sector]:
                raise self.bad(f"rantai sektor {what} rusak (keluar batas atau berputar)")
            seen[sector] = 1
            out.append(sector)
            sector = table[sector]
        return out

    def read(self, start: int, what: str) -> Any:
        """A chain of ordinary sectors as calamine reads it. The file's last sector may be cut
        short (some writers do): it is read as far as it goes, once, as the end of a chain."""
        ids = self.chain(start, self.fat, self.sectors, what)
        if not ids:
            return b""
        if self.partial >= 0 and self.partial in ids:
            if ids[-1] != self.partial or self.partial_read:
                raise self.bad("sektor terakhir yang terpotong dipakai di tengah rantai")
            self.partial_read = True
        size, view = self.size, self.view
        first = ids[0]
        if ids[-1] - first == len(ids) - 1 and ids == list(range(first, first + len(ids))):
            return view[self._offset(first):self._offset(first) + len(ids) * size]
        last = view[self._offset(ids[-1]):self._offset(ids[-1]) + size]
        out = bytearray((len(ids) - 1) * size + len(last))
        for k, i in enumerate(ids):
            out[k * size:(k + 1) * size] = view[self._offset(i):self._offset(i) + size]
        return memoryview(out)  # sliced without a copy

    def _entry(self, directory: Any, index: int) -> tuple[int, int, int]:
        """(first sector, size, the size's high half in a 512-byte-sector file)."""
        at = index * 128
        start, low, high = struct.unpack_from("<3I", directory, at + 116)
        if self.size == 512:
            return start, low, high
        return start, low | high << 32, 0

    def workbook(self) -> Any:
        directory = self.read(self.dir_start, "direktori")
        if self.dir_len and self.dir_len * self.size < len(directory):
            raise self.bad("direktori lebih panjang daripada yang tercatat")
        if not directory or len(directory) % 128:
            raise self.bad("direktori")
        root_start, root_len, _ = self._entry(directory, 0)
        if self.version != 3 and root_start == _ENDOFCHAIN:
            raise self.bad("direktori akar kosong")
        ministream: Any = b""
        minifat = array(_U32)
        if self.minifat_len:  # calamine loads the mini stream whenever there is a mini FAT
            if root_len > len(self.data):
                raise self.bad("ukuran aliran mini")
            ministream = self.read(root_start, "aliran mini")[:root_len]
            raw = self.read(self.minifat_start, "FAT mini")[:self.minifat_len * self.size]
            minifat.frombytes(raw[:len(raw) // 4 * 4])
            if sys.byteorder == "big":
                minifat.byteswap()
        start, length, high = self._entry(directory, _stream_entry(directory, self.name))
        if length > len(self.data):
            raise self.bad("ukuran aliran Workbook melebihi berkas")
        if high:  # v3: the high half should be ignored; a reader that does not sees more
            if length < _MINI_CUTOFF:
                raise self.bad("ukuran aliran Workbook")
            length = len(self.data)
        if length >= _MINI_CUTOFF:
            return self.read(start, "Workbook")[:length]
        if not self.minifat_len:
            if start != _ENDOFCHAIN:
                raise self.bad("aliran mini tanpa FAT mini")
            return b""
        ids = self.chain(start, minifat, len(ministream) // _MINI_SECTOR, "aliran mini")
        return b"".join(ministream[i * _MINI_SECTOR:(i + 1) * _MINI_SECTOR]
                        for i in ids)[:length]


def _entry_name(raw: bytes) -> str:
    """A directory entry's name as calamine reads it: encoding_rs' UTF-16LE decoder, which
    obeys a byte-order mark, up to the first NUL."""
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", "replace")
    elif raw.startswith(b"\xfe\xff"):
        text = raw[2:].decode("utf-16-be", "replace")
    elif raw.startswith(b"\xff\xfe"):
        text = raw[2:].decode("utf-16-le", "replace")
    else:
        text = raw.decode("utf-16-le", "replace")
    return text.split("\x00", 1)[0]


def _stream_entry(directory: Any, name: str) -> int:
    """The directory entry of the Workbook (else Book) stream. Entries whose name field holds
    either word in any encoding are decoded; more than one exact match is refused."""
    raw = bytes(directory)
    candidates: set[int] = set()
    for pattern in _NAME_PATTERNS:
        at = raw.find(pattern)
        while at >= 0:
            if at % 128 + len(pattern) <= 64:
                candidates.add(at // 128)
            at = raw.find(pattern, at + 1)
    for target in _STREAM_NAMES:
        found = [i for i in sorted(candidates) if _entry_name(raw[i * 128:i * 128 + 64]) == target]
        if len(found) > 1:
            raise _bad_xls(name, f"aliran {target} tercatat {len(found)} kali")
        if found:
            return found[0]
    raise _bad_xls(name, "aliran Workbook tidak ditemukan")


def _sheet_name(data: Any, biff8: bool, codepage: int) -> str:
    """A BOUNDSHEET's name (for choosing the sheet; calamine drops NUL characters)."""
    cch = data[6]
    if biff8 and data[7] & 1:
        raw = bytes(data[8:8 + 2 * cch])
        text = raw[:len(raw) // 2 * 2].decode("utf-16-le", "replace")
    else:
        raw = bytes(data[8:8 + cch] if biff8 else data[7:7 + cch])
        try:
            text = raw.decode("latin-1" if codepage == 1200 else f"cp{codepage}", "replace")
        except LookupError:
            text = raw.decode("latin-1")
    return text.replace("\x00", "")


def _biff8(data: Any) -> bool:
    """calamine's reading of a BOF: BIFF8 unless the version says BIFF2-5."""
    version = data[0] | data[1] << 8
    kind = data[2] | data[3] << 8 if len(data) >= 4 else 0
    return not (version in (0x0200, 0x0002, 0x0007, 0x0300, 0x0400, 0x0500)
                or (version == 0 and kind == 0x1000))


def _record(stream: Any, pos: int, name: str) -> tuple[int, int, int]:
    """(type, size, end) of the record at `pos`; a record cut off is a damaged file."""
    if pos + 4 > len(stream):
        raise _bad_xls(name, "catatan terpotong")
    kind, size = _HEAD.unpack_from(stream, pos)
    end = pos + 4 + size
    if end > len(stream):
        raise _bad_xls(name, "catatan terpotong")
    return kind, size, end


def _walk(stream: Any, start: int, room: int, name: str) -> tuple[tuple[int, int, int, int],
                                                                   Any, int]:
    """The bounds of a sheet's cells (first row, first column, last row, last column), its
    LABELSST indexes and the bytes walked, from `start` to the EOF that closes the sheet.
    Records are read eight bytes at a time (type, size, row, column); the last few bytes of
    the stream, too short for a cell, are read apart."""
    n = len(stream)
    unpack = _CELL_HEAD.unpack_from
    u16, u32 = _U16.unpack_from, _U32S.unpack_from
    plain = _PLAIN_CELLS
    r0 = c0 = 1 << 20
    r1 = c1 = -1
    fr = fc = 0  # the last formula's cell: where a STRING record lands (A1 before any)
    strings = array(_U32)
    depth = 0
    p = start
    stop = min(n - 8, start + room)
    closed = False
    while p <= stop:
        kind, size, r, c = unpack(stream, p)
        q = p + 4 + size
        if kind in plain:
            if depth <= 1 and size >= 4:
                if r < r0:
                    r0 = r
                if r > r1:
                    r1 = r
                if c < c0:
                    c0 = c
                if c > c1:
                    c1 = c
            p = q
            continue
        if q > n:
            raise _bad_xls(name, "catatan terpotong")
        if kind == _EOF:
            if depth <= 1:
                closed = True
                p = q
                break
            depth -= 1
        elif kind == _BOF:
            depth += 1
        elif kind in _OTHER_CELLS and depth <= 1 and size >= 4:
            last = c
            if kind == _LABELSST:
                if size >= 10:
                    strings.append(u32(stream, p + 10)[0])
            elif kind == _FORMULA:
                fr, fc = r, c
            elif kind == _STRING:
                r, c = fr, fc
                last = c
            else:  # MULRK: six bytes a cell after row and first column, then the last column
                chunks = (size - 1) // 6
                if chunks == 0:
                    p = q
                    continue
                last = max(c + chunks - 1, u16(stream, q - 2)[0])
            if r < r0:
                r0 = r
            if r > r1:
                r1 = r
            if c < c0:
                c0 = c
            if last > c1:
                c1 = last
        elif kind == _DIMENSIONS:
            _check_dimensions(stream, p + 4, size, name)
        p = q
    if p > n:
        raise _bad_xls(name, "catatan terpotong")
    if not closed and p <= n - 8:
        raise _bad_xls(name, "lembar-lembar kerja saling bertumpuk")
    while not closed and p < n:  # under eight bytes left: no room for a cell
        kind, size, p = _record(stream, p, name)
        if kind == _EOF:
            closed = depth <= 1
            depth -= 1
        elif kind == _BOF:
            depth += 1
    if r1 < 0:
        r0 = c0 = -1
    return (r0, c0, r1, c1), strings, p - start


def _check_dimensions(stream: Any, at: int, size: int, name: str) -> None:
    """calamine reserves room for the cells a DIMENSIONS record claims (40 bytes each,
    untouched): up to a whole BIFF8 sheet's worth is let through (670 MB of address space,
    no memory used), a larger claim would abort the process."""
    if size >= 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", stream, at)
    elif size >= 10:
        rf, rl, cf, cl = struct.unpack_from("<4H", stream, at)
    else:
        return
    er, ec = (rl - 1, cl - 1) if rl >= 1 and cl >= 1 else (rf, cf)
    rows = (er - rf + 1) & 0xFFFF_FFFF
    cols = (ec - cf + 1) & 0xFFFF_FFFF
    if rows * cols > XLS_SHEET_ROWS * XLS_SHEET_COLS:
        raise _bad_xls(name, f"DIMENSIONS mengaku {rows:,} baris × {cols:,} kolom".replace(
            ",", "."))


def _sst_sizes(buf: Any, bounds: Any) -> tuple[Any, bool]:
    """Bytes of text of each shared string, read as calamine reads the SST record and its
    CONTINUE records (a string's characters go on after a flag byte). `bounds` holds the
    start and end of each record's data in `buf`. False when the data stops inside a string.
    """
    sizes = array(_U32)
    segments = len(bounds) // 2
    k, p, end = 0, bounds[0] + 8, bounds[1]
    while True:
        if p >= end:
            k += 1
            if k >= segments:
                return sizes, True
            p, end = bounds[2 * k], bounds[2 * k + 1]
            continue
        if end - p < 3:
            return sizes, False
        cch, flags = buf[p] | buf[p + 1] << 8, buf[p + 2]
        p += 3
        skip = 0
        if flags & 8:  # fRichSt: cRun formatting runs of 4 bytes after the characters
            if end - p < 2:
                return sizes, False
            skip += 4 * (buf[p] | buf[p + 1] << 8)
            p += 2
        if flags & 4:  # fExtSt: cbExtRst bytes of phonetic data after them
            if end - p < 4:
                return sizes, False
            ext = int.from_bytes(bytes(buf[p:p + 4]), "little", signed=True)
            if ext < 0:
                return sizes, False
            skip += ext
            p += 4
        high, left, stored = flags & 1, cch, 0
        while True:
            width = 2 if high else 1
            take = min(left, (end - p) // width)
            p += take * width
            left -= take
            stored += take * width
            if not left:
                break
            k += 1
            if k >= segments:
                return sizes, False
            p, end = bounds[2 * k], bounds[2 * k + 1]
            if p >= end:
                return sizes, False
            high = buf[p] & 1
            p += 1
        sizes.append(stored)
        while skip:
            take = min(skip, end - p)
            p += take
            skip -= take
            if skip:
                k += 1
                if k >= segments:
                    return sizes, False
                p, end = bounds[2 * k], bounds[2 * k + 1]


def _xls_book(stream: Any, name: str) -> tuple[list[XlsSheet], Any]:
    """The sheets of a Workbook stream as calamine builds them, and where the data of the SST
    record and its CONTINUE records lie (start, end, start, end…)."""
    n = len(stream)
    biff8, codepage = True, 1200
    bounds: list[tuple[int, int, int, str]] = []
    sst = array(_U32)
    pos = 0
    while pos < n:  # the globals, up to their EOF
        kind, size, end = _record(stream, pos, name)
        data = stream[pos + 4:end]
        if kind == _EOF:
            break
        if kind == _FILEPASS:
            raise encrypted(name)
        if kind == _BOF:
            if size < 2:
                raise _bad_xls(name, "BOF")
            biff8 = _biff8(data)
        elif kind == _CODEPAGE and size >= 2:
            codepage = data[0] | data[1] << 8
        elif kind == _BOUNDSHEET:
            if size < 8 or data[4] & 0x3F > 2 or data[5] not in (0, 1, 2, 6):
                raise _bad_xls(name, "BOUNDSHEET")
            if len(bounds) >= MAX_XLS_SHEETS:
                raise _fail(f"Berkas '{name}' ditolak: berisi terlalu banyak lembar kerja "
                            f"(lebih dari {MAX_XLS_SHEETS:,}).".replace(",", "."), "bomb")
            bounds.append((struct.unpack_from("<I", data)[0], data[4] & 0x3F, data[5],
                           _sheet_name(data, biff8, codepage)))
        elif kind == _SST:  # the last one counts, with the CONTINUE records after it
            sst = array(_U32, (pos + 4, end))
            q = end
            while q + 4 < n and _HEAD.unpack_from(stream, q)[0] == _CONTINUE:
                _, _, next_end = _record(stream, q, name)
                sst.extend((q + 4, next_end))
                q = next_end
        pos = end
    room = 2 * n + (1 << 20)  # sound sheets do not overlap: all walks together ≈ the stream
    walks: dict[int, tuple[tuple[int, int, int, int], Any]] = {}
    sheets = []
    for start, hidden, kind, sheet in bounds:
        if start > n:
            raise _bad_xls(name, "letak lembar di luar aliran Workbook")
        if start not in walks:
            bounds_, strings, walked = _walk(stream, start, room, name)
            room -= walked
            walks[start] = (bounds_, strings)
        (r0, c0, r1, c1), strings = walks[start]
        sheets.append(XlsSheet(sheet, hidden == 0 and kind != 2, r0, c0, r1, c1, strings))
    return sheets, sst


def _string_bytes(sheets: list[XlsSheet], stream: Any, sst: Any) -> int:
    """An upper bound, exact when it matters, on the text calamine copies into LABELSST
    cells (bytes as stored: one or two a character)."""
    refs = sum(len(s.strings) for s in sheets)
    if not refs or not sst:
        return 0
    longest = min(2 * 0xFFFF, sum(sst[1::2]) - sum(sst[::2]))
    if refs * longest <= MAX_STRING_BYTES:
        return refs * longest
    sizes, complete = _sst_sizes(stream, sst)
    beyond = 0 if complete else longest  # strings past a damaged spot: the worst
    bound = refs * max(max(sizes, default=0), beyond)
    if bound <= MAX_STRING_BYTES:
        return bound
    held = 0
    count = len(sizes)
    for sheet in sheets:
        indexes = sheet.strings
        if indexes and max(indexes) < count:
            held += sum(map(sizes.__getitem__, indexes))
        else:
            held += sum(sizes[i] if i < count else beyond for i in indexes)
    return held


def xls_sheets(path: Path) -> list[XlsSheet]:
    """Every sheet of an .xls with the bounds of the grid calamine will build for it.
    Raises `UserError` (corrupt, encrypted) on a damaged or hostile compound file."""
    return _xls_read(path)[0]


def _xls_read(path: Path) -> tuple[list[XlsSheet], int]:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(f"Berkas '{name}' tidak dapat dibuka: {exc.strerror or exc}.",
                    "open") from None
    stream = _Compound(data, name).workbook()
    sheets, sst = _xls_book(stream, name)
    return sheets, _string_bytes(sheets, stream, sst)


def check_xls(path: Path, sheet: str | None = None, *, choose: bool = True) -> SheetScan:
    """Before calamine opens a legacy .xls: the grids of all its sheets together (calamine
    builds every one on opening) and, when `choose`, the extent of the sheet the reader will
    take (`sheet`, else the first visible one), against the same limits as an .xlsx."""
    name = path.name
    sheets, held = _xls_read(path)
    scan = SheetScan()
    chosen = _xls_chosen(sheets, sheet) if choose else []
    if chosen:
        rows = max(s.last_row for s in chosen) + 1
        cols = max(s.last_col for s in chosen) + 1
        scan = SheetScan(max_row=rows, max_col_bound=cols, row_bound=rows, col_bound=cols)
        _check_extent(scan, name)
    if sum(s.cells for s in sheets) > MAX_CELLS:
        raise _too_big(name, max(s.last_row + 1 for s in sheets))
    if held > MAX_STRING_BYTES:
        raise _string_bomb(name, held)
    return scan


def _xls_chosen(sheets: list[XlsSheet], wanted: str | None) -> list[XlsSheet]:
    """The sheets calamine hands over for the reader's choice (a name given twice: the one
    read last, so all of them). A wanted name not found here (named in an encoding this
    reader decodes differently) measures the largest sheet."""
    if not wanted:
        visible = [s for s in sheets if s.visible]
        target = visible[0].name if visible else None
    else:
        target = wanted if any(s.name == wanted for s in sheets) else (
            {s.name.casefold(): s.name for s in sheets}.get(wanted.casefold()))
        if target is None and sheets:
            return [max(sheets, key=lambda s: (s.last_row + 1) * (s.last_col + 1))]
    return [s for s in sheets if s.name == target]
