"""The safety pre-read of a legacy .xls: every sheet's grid measured from its cell records
(read out of the OLE compound file by a small reader of its own) before calamine builds
it, and the formulas, error values and hidden rows of the sheet the reader will take located
for the import's per-row report. The shared limits and messages are in `exchange.safety`."""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.safety import (
    _BOUNDSHEET,
    _EOF,
    _FILEPASS,
    _STRING_OVERHEAD,
    MAX_CELLS,
    MAX_MERGES,
    MAX_REPORTED,
    MAX_STRING_BYTES,
    MAX_ZIP_ENTRIES,
    OLE_MAGIC,
    SheetScan,
    _check_extent,
    _fail,
    _string_bomb,
    _too_big,
    _too_many_merges,
    corrupt,
    encrypted,
)

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
# - a LABELSST cell gets its own copy of the shared string, as in an .xlsx;
# - calamine keeps every merged area of every sheet (MERGEDCELLS, 8 bytes an area in the
#   file, ~300 bytes once Python has the chosen sheet's): their number is bounded as for an
#   .xlsx, over the whole workbook.
#
# On the same walk, the sheet the reader will take (chosen by name as the reader chooses it;
# of two sheets with one name calamine keeps the last) has its marks noted at calamine's
# positions (records hold 0-based rows and columns, and calamine's grid starts at A1):
#
# - a FORMULA record is a formula, whatever its cached result; a result of type 2 under the
#   0xFFFF mark is an error, and so is a BOOLERR record with fError set. calamine reads both
#   as "" (as for an .xlsx), so the error's text is taken from its code here; a code calamine
#   does not know makes it refuse the whole file. A record written later over such a cell
#   (calamine keeps the last) does not remove the mark: the reader then blanks the cell, so
#   an error is never read as a value;
# - a ROW record with fDyZero (0x20 in its options) is a hidden row, hidden by hand or inside
#   a collapsed outline group; such rows count up to the last row holding a cell, as calamine
#   builds no row past it;
# - records inside an embedded chart do not count; at most MAX_REPORTED of each kind are
#   kept (formulas and errors in the order of the file, hidden rows from the top) and
#   `truncated_report` says when there were more. Memory: those and one byte a row.
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
_MULRK, _STRING, _BOF, _DIMENSIONS, _CONTINUE, _SST, _CODEPAGE, _ROW = (
    0x00BD, 0x0207, 0x0809, 0x0200, 0x003C, 0x00FC, 0x0042, 0x0208)
_MERGEDCELLS = 0x00E5  # a count, then 8 bytes an area
_PLAIN_CELLS = frozenset({_NUMBER, _RK, _LABEL, _BOOLERR, _RSTRING})  # row, column first
_OTHER_CELLS = frozenset({_LABELSST, _FORMULA, _STRING, _MULRK})
# The sheet whose marks are noted reads BOOLERR apart, for its error flag.
_PLAIN_MARKED = _PLAIN_CELLS - {_BOOLERR}
_OTHER_MARKED = _OTHER_CELLS | {_BOOLERR}
_HIDDEN_ROW = 0x20  # fDyZero, in the first byte of a ROW record's options
# The error codes of BOOLERR and of a formula's error result, as calamine knows them.
_ERROR_CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!",
                0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
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
    merges: int = 0  # merged areas its MERGEDCELLS records may hold (calamine keeps all)

    @property
    def cells(self) -> int:
        """calamine's dense grid: from the first to the last row and column used."""
        if self.last_row < 0:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


class _Marks:
    """Formulas, error values and hidden rows of one sheet, as its walk meets them."""

    def __init__(self) -> None:
        self.formulas: set[tuple[int, int]] = set()
        self.errors: dict[tuple[int, int], str] = {}
        self.hidden = bytearray(XLS_SHEET_ROWS)  # a record's row is 16 bits
        self.truncated = False

    def formula(self, r: int, c: int) -> None:
        cell = (r, c)
        if cell not in self.formulas:
            if len(self.formulas) < MAX_REPORTED:
                self.formulas.add(cell)
            else:
                self.truncated = True

    def error(self, r: int, c: int, code: int) -> None:
        cell = (r, c)
        if cell in self.errors or len(self.errors) < MAX_REPORTED:
            self.errors[cell] = _ERROR_CODES.get(code, "#ERROR")
        else:
            self.truncated = True

    def scan(self, last_row: int, scan: SheetScan) -> SheetScan:
        """`scan` with the marks, hidden rows counted up to `last_row` (-1: no cell)."""
        hidden: set[int] = set()
        find, at = self.hidden.find, self.hidden.find(1, 0, last_row + 1)
        while at >= 0:
            if len(hidden) >= MAX_REPORTED:
                self.truncated = True
                break
            hidden.add(at)
            at = find(1, at + 1, last_row + 1)
        scan.formulas, scan.errors, scan.hidden_rows = self.formulas, self.errors, hidden
        scan.truncated_report = self.truncated
        return scan


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


def _walk(stream: Any, start: int, room: int, name: str, marks: _Marks | None = None
          ) -> tuple[tuple[int, int, int, int], Any, int, int]:
    """The bounds of a sheet's cells (first row, first column, last row, last column), its
    LABELSST indexes, the bytes walked and the merged areas its MERGEDCELLS records have
    room for, from `start` to the EOF that closes the sheet; with `marks`, its formulas,
    error values and hidden rows noted there too. Records are read eight bytes at a time
    (type, size, row, column); the last few bytes of the stream, too short for a cell, are
    read apart."""
    n = len(stream)
    unpack = _CELL_HEAD.unpack_from
    u16, u32 = _U16.unpack_from, _U32S.unpack_from
    plain, other = (_PLAIN_CELLS, _OTHER_CELLS) if marks is None else (_PLAIN_MARKED,
                                                                       _OTHER_MARKED)
    r0 = c0 = 1 << 20
    r1 = c1 = -1
    fr = fc = 0  # the last formula's cell: where a STRING record lands (A1 before any)
    strings = array(_U32)
    merges = 0
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
        elif kind in other and depth <= 1 and size >= 4:
            last = c
            if kind == _LABELSST:
                if size >= 10:
                    strings.append(u32(stream, p + 10)[0])
            elif kind == _FORMULA:
                fr, fc = r, c
                if marks is not None:  # the cached result: 8 bytes after row, column, XF
                    marks.formula(r, c)
                    if size >= 14 and stream[p + 10] == 2 and stream[p + 16] == 0xFF \
                            and stream[p + 17] == 0xFF:
                        marks.error(r, c, stream[p + 12])
            elif kind == _BOOLERR:  # read here for `marks` only: value, then fError
                if marks is not None and size >= 8 and stream[p + 11] == 1:
                    marks.error(r, c, stream[p + 10])
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
        elif kind == _MERGEDCELLS:  # in a chart too: an upper bound
            merges += max(0, size - 2) // 8
        elif kind == _DIMENSIONS:
            _check_dimensions(stream, p + 4, size, name)
        elif (kind == _ROW and marks is not None and depth <= 1 and size >= 13
              and stream[p + 16] & _HIDDEN_ROW):
            marks.hidden[r] = 1
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
    return (r0, c0, r1, c1), strings, p - start, merges


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


def _xls_book(stream: Any, name: str, wanted: str | None = None, *, marked: bool = False
              ) -> tuple[list[XlsSheet], Any, SheetScan | None]:
    """The sheets of a Workbook stream as calamine builds them, where the data of the SST
    record and its CONTINUE records lie (start, end, start, end…) and, when `marked`, the
    marks of the sheet the reader will take for `wanted` (None when no sheet is named so)."""
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
    marks: _Marks | None = None
    marked_start = -1
    if marked:
        target = _target([(b[3], b[1] == 0 and b[2] != 2) for b in bounds], wanted)
        starts = [b[0] for b in bounds if b[3] == target]
        if starts:
            marks, marked_start = _Marks(), starts[-1]  # calamine keeps the last of a name
    walks: dict[int, tuple[tuple[int, int, int, int], Any, int]] = {}
    sheets = []
    for start, hidden, kind, sheet in bounds:
        if start > n:
            raise _bad_xls(name, "letak lembar di luar aliran Workbook")
        if start not in walks:
            bounds_, strings, walked, merges = _walk(stream, start, room, name,
                                                     marks if start == marked_start else None)
            room -= walked
            walks[start] = (bounds_, strings, merges)
        (r0, c0, r1, c1), strings, merges = walks[start]
        sheets.append(XlsSheet(sheet, hidden == 0 and kind != 2, r0, c0, r1, c1, strings,
                               merges))
    scan = None
    if marks is not None:
        scan = marks.scan(walks[marked_start][0][2], SheetScan())
    return sheets, sst, scan


def _sst_table(stream: Any, sst: Any) -> int:
    """What calamine holds for the SST itself on opening the file, used by a cell or not
    (so also for listing the sheets): every string, read to the end of the data whatever
    the record's count says, ~56 bytes each besides its text (2 million one-letter strings,
    a 10 MB file, took 141 MB; a 300 MB file of them would take 4 GB). A string takes 3
    bytes or more: they are counted only when that bound is not enough."""
    if not sst:
        return 0
    data = sum(sst[1::2]) - sum(sst[::2])
    if data // 3 * _STRING_OVERHEAD + data <= MAX_STRING_BYTES:
        return 0
    sizes, _ = _sst_sizes(stream, sst)
    return len(sizes) * _STRING_OVERHEAD + data


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


def _xls_read(path: Path, wanted: str | None = None, *, marked: bool = False
              ) -> tuple[list[XlsSheet], int, SheetScan | None]:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(f"Berkas '{name}' tidak dapat dibuka: {exc.strerror or exc}.",
                    "open") from None
    stream = _Compound(data, name).workbook()
    sheets, sst, marks = _xls_book(stream, name, wanted, marked=marked)
    held = _string_bytes(sheets, stream, sst)
    table = _sst_table(stream, sst)
    if table > MAX_STRING_BYTES:
        raise _string_bomb(name, table)
    return sheets, held, marks


def check_xls(path: Path, sheet: str | None = None, *, choose: bool = True) -> SheetScan:
    """Before calamine opens a legacy .xls: the grids of all its sheets together (calamine
    builds every one on opening) and, when `choose`, the extent of the sheet the reader will
    take (`sheet`, else the first visible one), against the same limits as an .xlsx, with
    that sheet's formulas, error values and hidden rows."""
    name = path.name
    sheets, held, marks = _xls_read(path, sheet, marked=choose)
    scan = marks if marks is not None else SheetScan()
    chosen = _xls_chosen(sheets, sheet) if choose else []
    if chosen:
        rows = max(s.last_row for s in chosen) + 1
        cols = max(s.last_col for s in chosen) + 1
        scan.max_row = scan.row_bound = rows
        scan.max_col_bound = scan.col_bound = cols
        _check_extent(scan, name)
    if sum(s.cells for s in sheets) > MAX_CELLS:
        raise _too_big(name, max(s.last_row + 1 for s in sheets))
    # calamine keeps the merged areas of every sheet, and Python those of the sheet read
    # (~300 bytes each): a few MB of MERGEDCELLS records cost gigabytes.
    merges = sum(s.merges for s in sheets)
    if merges > MAX_MERGES:
        raise _too_many_merges(name, merges)
    if held > MAX_STRING_BYTES:
        raise _string_bomb(name, held)
    return scan


def _target(sheets: list[tuple[str, bool]], wanted: str | None) -> str | None:
    """The name of the sheet the reader takes among (name, visible): `wanted` (exactly, else
    ignoring case), or the first visible sheet; None when there is no such sheet here."""
    if not wanted:
        return next((sheet for sheet, visible in sheets if visible), None)
    if any(sheet == wanted for sheet, _ in sheets):
        return wanted
    return {sheet.casefold(): sheet for sheet, _ in sheets}.get(wanted.casefold())


def _xls_chosen(sheets: list[XlsSheet], wanted: str | None) -> list[XlsSheet]:
    """The sheets calamine hands over for the reader's choice (a name given twice: the one
    read last, so all of them). A wanted name not found here (named in an encoding this
    reader decodes differently) measures the largest sheet (and notes no marks)."""
    target = _target([(s.name, s.visible) for s in sheets], wanted)
    if target is None and wanted and sheets:
        return [max(sheets, key=lambda s: (s.last_row + 1) * (s.last_col + 1))]
    return [s for s in sheets if s.name == target]
