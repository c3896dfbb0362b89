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
  measured from the cell references (the `<dimension>` tag is ignored: it lies);
- formulas, error values (#REF!) and hidden rows are located so the import can report them
  per row.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from jamsos_desktop.errors import UserError

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
MAX_UNCOMPRESSED_TOTAL = 2_000 * 1024 * 1024
MAX_ENTRY_RATIO = 200  # real sheets compress 5–30×; bombs 1000× and more
RATIO_MIN_SIZE = 5 * 1024 * 1024  # small parts may compress extremely well, harmlessly
MAX_COLUMNS = 200
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELLS = 8_000_000  # rows × columns of the dense grid calamine builds (~32 bytes each)
MAX_REPORTED = 1_000  # formula / error / hidden positions kept for the report

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


def sniff(path: Path) -> str:
    """'zip', 'ole', 'text' or raises. Also refuses empty and oversized files."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
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
    password-protected OOXML file in an OLE container with an EncryptedPackage stream)."""
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)  # the directory sits early in small files
    if ENCRYPTED_MARK in data or suffix in (".xlsx", ".xlsm", ".ods"):
        # An .xlsx that is an OLE container can only be an encrypted package.
        raise encrypted(path.name)


# What reading a damaged part of a zip archive raises: NotImplementedError for a compression
# method zipfile does not know, UnicodeDecodeError for a local header whose file name is not
# valid UTF-8 (both found by the fuzz test); not ValueError at large, which would swallow our
# own refusals.
ZIP_PART_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                   UnicodeDecodeError)


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open the archive and check its directory against the bomb limits."""
    name = path.name
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
            raise _fail(f"Berkas '{name}' berisi terlalu banyak bagian ({len(infos)}).",
                        "bomb")
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
    by zipfile at the end (a lying directory fails here, not in calamine)."""
    read = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(1 << 22)
                if not chunk:
                    break
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


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


class _Scanner:
    """Feeds on overlapping chunks of a worksheet's XML; positions are absolute so a hit in
    the overlap is counted once."""

    def __init__(self) -> None:
        self.scan = SheetScan()
        self.col_level = 0
        self.seen: set[int] = set()

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

    def __call__(self, buf: bytes, offset: int) -> None:
        scan = self.scan
        while self.col_level < len(_COL_OVER) and _COL_OVER[self.col_level][1].search(buf):
            self.col_level += 1
        last_row = buf.rfind(b"<row ")
        if last_row >= 0 and (m := _ROW_R.match(buf, last_row)):
            scan.max_row = max(scan.max_row, int(m.group(1)))
        if len(scan.formulas) + len(scan.errors) + len(scan.hidden_rows) >= MAX_REPORTED:
            scan.truncated_report = True
            return
        # One pass for the three formula markers ("<f>", "<f ", "<f/>"), taken in that order
        # as before: with more than MAX_REPORTED formulas, the same ones are reported.
        found: tuple[list[int], list[int], list[int]] = ([], [], [])
        pos = buf.find(b"<f")
        while pos >= 0:
            nxt = buf[pos + 2:pos + 4]
            if nxt[:1] == b">":
                found[0].append(pos)
            elif nxt[:1] == b" ":
                found[1].append(pos)
            elif nxt == b"/>":
                found[2].append(pos)
            pos = buf.find(b"<f", pos + 2)
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
        if b"hidden=" in buf:
            for m in _HIDDEN.finditer(buf):
                if self._note(offset + m.start()) and (r := _ROW_R.match(buf, m.start())):
                    scan.hidden_rows.add(int(r.group(1)) - 1)

    def finish(self) -> SheetScan:
        bound = (_COL_OVER[self.col_level][0] if self.col_level < len(_COL_OVER)
                 else MAX_COLUMNS + 1)
        self.scan.max_col_bound = bound
        return self.scan


def sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(sheet name, part name, visible) of an .xlsx, in workbook order, from workbook.xml and
    its relationships; [] when they cannot be read (calamine then has the last word)."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    ns_pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    try:
        for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if zf.getinfo(part).file_size > 10 * 1024 * 1024:
                return []
        wb = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, *ZIP_PART_ERRORS):
        return []
    targets = {}
    for rel in rels.iter(f"{ns_pkg}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[rel.get("Id")] = part
    out = []
    for sheet in wb.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if sheet.get("name") is not None and rid in targets:
            out.append((str(sheet.get("name")), targets[rid],
                        sheet.get("state", "visible") == "visible"))
    return out


def check_xlsx(zf: zipfile.ZipFile, name: str, sheet_part: str | None) -> SheetScan:
    """Inflate every part under a byte budget, scanning the chosen sheet (or every sheet,
    when the part is unknown) for its real extent, formulas, errors and hidden rows."""
    budget = MAX_UNCOMPRESSED_TOTAL
    result = SheetScan()
    for info in zf.infolist():
        is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
        scanner = _Scanner() if is_sheet and sheet_part in (None, info.filename) else None
        budget -= _inflate(zf, info, budget, name, scanner)
        if scanner is not None:
            scan = scanner.finish()
            if sheet_part is not None or scan.max_row * scan.max_col_bound > (
                    result.max_row * result.max_col_bound):
                result = scan
            _check_extent(scan, name)
    return result


def _check_extent(scan: SheetScan, name: str) -> None:
    if scan.max_col_bound > MAX_COLUMNS:
        raise _fail(f"Lembar kerja pada berkas '{name}' memakai kolom di luar batas "
                    f"({MAX_COLUMNS} kolom). Hapus kolom kosong di sebelah kanan data, simpan, "
                    "lalu coba lagi.", "too_wide")
    if scan.max_row > MAX_ROWS:
        raise _fail(f"Lembar kerja pada berkas '{name}' memakai baris di luar batas Excel.",
                    "too_long")
    if scan.max_row * max(scan.max_col_bound, 1) > MAX_CELLS:
        raise _fail(f"Lembar kerja pada berkas '{name}' terlalu besar untuk diimpor sekaligus "
                    f"({scan.max_row:,} baris; sel terisi menjangkau jauh ke kanan atau ke "
                    "bawah). Hapus baris/kolom kosong di luar data, atau pecah berkas menjadi "
                    "beberapa bagian.".replace(",", "."), "too_big")


def check_ods(zf: zipfile.ZipFile, name: str) -> None:
    """ODS: inflate under the budget. Repeated-cell attributes are bounded after reading."""
    budget = MAX_UNCOMPRESSED_TOTAL
    for info in zf.infolist():
        budget -= _inflate(zf, info, budget, name)
