"""Reading a sheet into rows of raw cell values: python-calamine for .xlsx/.xlsm/.xls/.ods
(about 10× faster than openpyxl's read-only mode), the csv module for .csv.

Cell values keep their types as the file has them: calamine returns numbers as `float`,
dates as `date`/`datetime`, text as `str`. That is what lets the import tell a NIK typed as
text from one stored as a number (the Excel 15-digit trap, DOMAIN.md §4).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamsos_desktop.errors import Cancelled, UserError
from jamsos_desktop.exchange import ods_check, safety, xls_check

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SUPPORTED_SUFFIXES = (*SPREADSHEET_SUFFIXES, ".csv")
CSV_FIELD_LIMIT = 16 * 1024 * 1024  # characters of a field, and of a line
CSV_MAX_DELIMITERS = 100_000  # in one record: ~6 MB of fields before its width is known


@dataclass
class SheetData:
    file_name: str
    sheet: str
    sheet_names: list[str]
    rows: list[list[Any]]  # 0-based: rows[i] is spreadsheet row i + 1
    sha256: str = ""
    hidden_rows: set[int] = field(default_factory=set)
    formulas: set[tuple[int, int]] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # file-level remarks for the preview


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserError(f"Jenis berkas '{path.suffix or path.name}' tidak didukung. Gunakan "
                        ".xlsx, .xls, .ods atau .csv.", code="file.type")
    return suffix


def sheet_names(path: Path | str) -> list[str]:
    """Visible worksheets of a file (['CSV'] for a .csv)."""
    path = Path(path)
    suffix = _suffix(path)
    kind = safety.sniff(path)  # missing, a folder, a pipe …: said plainly
    before = safety.file_state(path)
    if suffix == ".csv":
        return ["CSV"]
    zf = _precheck(path, suffix, kind)
    if zf is None:  # calamine builds every sheet of an .xls on opening
        xls_check.check_xls(path, choose=False)
    else:
        with contextlib.closing(zf):
            if suffix == ".ods":  # and every table of an .ods
                ods_check.check_ods(zf, path.name)
            else:  # and the shared strings of an .xlsx
                safety.check_string_table(zf, path.name)
    workbook = _open_workbook(path)
    try:
        names = _visible_sheets(workbook, path.name)
    finally:
        _close(workbook)
    safety.same_file(path, before)
    return names


def _precheck(path: Path, suffix: str, kind: str) -> Any:
    """The checks every spreadsheet takes first; for a zip, the archive checked and left
    open (a `zipfile.ZipFile` the caller closes), for an .xls None."""
    if suffix == ".xls" and kind == "zip":  # an .xls is never a zip: said before any work
        raise safety.corrupt(path.name, "isi berkas tidak sesuai dengan jenisnya")
    if kind == "ole":
        safety.check_ole(path, suffix)
        return None
    if kind == "zip":
        return safety.check_zip(path)
    raise safety.corrupt(path.name, "isi berkas tidak sesuai dengan jenisnya")


def _open_workbook(path: Path) -> Any:
    import python_calamine

    try:
        # By path: calamine picks its reader by the file's suffix, the kind the checks were
        # made for. (Given bytes, it tries .xls, .xlsx, .xlsb and .ods in turn, and a file
        # holding two kinds would be read as the one not checked.)
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise safety.encrypted(path.name) from exc
    except (KeyboardInterrupt, SystemExit, GeneratorExit, Cancelled):
        raise
    except BaseException as exc:  # a Rust panic is a BaseException too
        raise safety.corrupt(path.name, _short(exc)) from exc


def _close(workbook: Any) -> None:
    with contextlib.suppress(Exception):  # closing a read-only handle cannot lose data
        workbook.close()


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120]


def _visible_sheets(workbook: Any, name: str) -> list[str]:
    try:
        metas = workbook.sheets_metadata
        names = [m.name for m in metas
                 if str(m.visible).endswith("Visible") and "Chart" not in str(m.typ)]
    except Exception:  # noqa: BLE001 - older formats may lack metadata
        names = list(workbook.sheet_names)
    if not names:
        raise UserError(f"Berkas '{name}' tidak memiliki lembar kerja yang terlihat.",
                        code="file.no_sheet")
    return names


def read_sheet(path: Path | str, sheet: str | None = None) -> SheetData:
    """All rows of one sheet (the first visible one by default), checked for hostile
    structure first. Raises `UserError` with an Indonesian message on any unreadable file."""
    path = Path(path)
    suffix = _suffix(path)
    kind = safety.sniff(path)  # missing, a folder, a pipe …: said plainly
    before = safety.file_state(path)
    if suffix == ".csv":
        if kind != "text":
            raise UserError(f"Berkas '{path.name}' bukan berkas CSV (isinya berformat "
                            "lembar kerja). Ganti akhiran namanya sesuai jenisnya.",
                            code="file.type")
        data = _read_csv(path)
        safety.same_file(path, before)
        return data
    zf = _precheck(path, suffix, kind)
    scan = safety.SheetScan()
    ods: ods_check.OdsScan | None = None
    if zf is None:
        scan = xls_check.check_xls(path, sheet)
    else:
        with contextlib.closing(zf):
            if suffix == ".ods":
                ods = ods_check.check_ods(zf, path.name)
            else:
                parts = safety.sheet_parts(zf)
                part = None
                if parts:
                    visible = [n for n, _, shown in parts if shown] or [parts[0][0]]
                    chosen = _choose(visible, [n for n, _, _ in parts], sheet, path.name)
                    part = next(p for n, p, _ in parts if n == chosen)
                scan = safety.check_xlsx(zf, path.name, part)
    workbook = _open_workbook(path)
    try:
        names = _visible_sheets(workbook, path.name)
        chosen = _choose(names, list(workbook.sheet_names), sheet, path.name)
        try:
            ws = workbook.get_sheet_by_name(chosen)
            rows = ws.to_python(skip_empty_area=False, nrows=safety.MAX_ROWS + 1)
            merged = list(ws.merged_cell_ranges or [])
        except (KeyboardInterrupt, SystemExit, GeneratorExit, Cancelled):
            raise
        except BaseException as exc:  # a Rust panic is a BaseException too
            raise safety.corrupt(path.name, _short(exc)) from exc
    finally:
        _close(workbook)
    if ods is not None:
        scan = ods.sheet(chosen)
    if ods is not None or kind == "ole":
        # An .ods error result's text, or an .xls error calamine read as "" unless a later
        # record overwrote it: no value either way (.xlsx errors come as "" already).
        _blank_errors(rows, scan.errors)
    width = max((len(r) for r in rows), default=0)
    if width > safety.MAX_COLUMNS or len(rows) * max(width, 1) > safety.MAX_CELLS:
        raise UserError(f"Lembar kerja '{chosen}' terlalu besar untuk diimpor sekaligus "
                        f"({len(rows)} baris × {width} kolom).", code="file.too_big")
    merged = _merged_in_grid(merged, len(rows), width, path.name)
    digest = _sha256(path)
    safety.same_file(path, before)
    data = SheetData(path.name, chosen, names, rows, digest, scan.hidden_rows,
                     scan.formulas, scan.errors, merged)
    if scan.truncated_report:
        data.notices.append("Berkas memuat sangat banyak rumus, galat atau baris tersembunyi; "
                            f"hanya {safety.MAX_REPORTED} yang pertama dilaporkan per baris.")
    return data


def _merged_in_grid(merged: list[Any], n: int, width: int, name: str) -> list[Any]:
    """The merged areas that start inside the grid: the others cover no cell calamine
    built, yet `clear_covered` (and the header and fill-down steps after it) walked their
    rows one by one, so a few KB of repeated `<mergeCell ref="C1:C250000"/>` beside a
    one-column sheet took hours. The areas of a sound file never overlap, so together
    (cut to the grid) they cover at most its cells; a list that covers more (one area
    given thousands of times) is a damaged or hostile file, refused."""
    kept = []
    covered = 0
    for area in merged:
        (r0, c0), (r1, c1) = area
        if r0 >= n or c0 >= width:
            continue
        covered += max(0, min(r1, n - 1) - r0 + 1) * max(0, min(c1, width - 1) - c0 + 1)
        if covered > n * width:
            raise safety.corrupt(name, "sel gabungan saling bertumpuk")
        kept.append(area)
    return kept


def clear_covered(data: SheetData) -> int:
    """The cells a merged area covers (all but its top-left one) read as empty, as Excel
    shows them: a file may still store values there (written before the cells were merged,
    or by another program) and calamine returns them, which made hidden text a header word,
    a title row a worker or a hidden number a wage. Their formula and error marks go too.
    Run before the header is looked for (the importer's `_fill_merged_down` then gives the
    top value to the rows a merge down one column covers). Returns how many covered cells
    held something other than their area's top value (a copy of it hides nothing, so a
    second call finds none).
    Merged areas never overlap in a sound file, so the cells walked are at most the grid's;
    a list that claims more is not walked past that."""
    if not data.merged:
        return 0
    rows = data.rows
    n = len(rows)
    budget = n * max(map(len, rows), default=0)
    formulas, errors = data.formulas, data.errors
    hidden = 0
    for (r0, c0), (r1, c1) in data.merged:
        if r0 >= n:
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else None
        for r in range(r0, min(r1, n - 1) + 1):
            row = rows[r]
            first = c0 + 1 if r == r0 else c0
            last = min(c1, len(row) - 1)
            if last < first:
                continue
            budget -= last - first + 1
            if budget < 0:
                return hidden
            for c in range(first, last + 1):
                value = row[c]
                marked = False
                if (formulas or errors) and ((r, c) in formulas or (r, c) in errors):
                    formulas.discard((r, c))
                    errors.pop((r, c), None)
                    marked = True
                if value is None or value == "":
                    hidden += marked  # a formula without a result, an error value
                    continue
                row[c] = ""
                hidden += value != top
    return hidden


def _blank_errors(rows: list[list[Any]], errors: dict[tuple[int, int], str]) -> None:
    """An error result's text ("#DIV/0!", "Err:502") is no value: calamine gives "" for most
    of them (as for an .xlsx) but the text itself when a writer left out the empty
    `office:string-value`; both then read as an empty cell, reported as the error."""
    for r, c in errors:
        if r < len(rows) and c < len(rows[r]) and rows[r][c] != "":
            rows[r][c] = ""


def _choose(visible: list[str], all_names: list[str], wanted: str | None, name: str) -> str:
    if wanted is None or wanted == "":
        return visible[0]
    if wanted in all_names:
        return wanted
    lowered = {n.casefold(): n for n in all_names}
    if wanted.casefold() in lowered:
        return lowered[wanted.casefold()]
    raise UserError(f"Lembar '{wanted}' tidak ada dalam berkas '{name}'. Lembar yang ada: "
                    f"{', '.join(visible)}.", code="file.sheet")


def _read_csv(path: Path) -> SheetData:
    """The rows of a CSV file, read line by line from its bytes: the text is never held
    whole (a 300 MB file once cost 2 GB as bytes, text and a copy of it), a line longer than
    any Excel writes is refused before `csv` sees it, and so is a record with far more
    delimiters than columns (`csv` builds the whole row first: one 30 MB line of "ab,"
    was 10 million strings, 900 MB, before its width was looked at), and a file with more
    cells than a sheet may have."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):  # UTF-32 with a BOM (whose
        encoding = "utf-32"  # LE mark starts like UTF-16's)
    elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode Text": UTF-16 with a BOM
        encoding = "utf-16"
    elif b"\x00" in raw[:65536]:
        raise safety.corrupt(path.name, "berisi data biner, bukan teks")
    else:  # else Excel's "CSV" on Windows
        encoding = "utf-8-sig" if _is_utf8(raw) else "cp1252"
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, errors="replace",
                              newline="")
    del raw  # (the BytesIO shares it)
    sample = stream.read(65536).replace("\x00", "")
    stream.seek(0)
    first_line = sample.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = max(",;\t|", key=first_line.count)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows: list[list[Any]] = []
    pending = [0]  # delimiters in the lines handed to `csv` since its last row

    def lines() -> Any:
        while line := stream.readline(CSV_FIELD_LIMIT):
            if len(line) == CSV_FIELD_LIMIT and not line.endswith(("\n", "\r")):
                raise safety.corrupt(path.name, f"baris {len(rows) + 1} terlalu panjang")
            pending[0] += line.count(delimiter)
            if pending[0] > CSV_MAX_DELIMITERS:  # a quoted field may hold some, not this
                raise _csv_too_wide(path.name, len(rows))
            yield line.replace("\x00", "") if "\x00" in line else line  # never in real text

    cells = 0
    try:
        for row in csv.reader(lines(), delimiter=delimiter):
            pending[0] = 0
            if len(rows) > safety.MAX_ROWS:
                raise UserError(f"Berkas '{path.name}' memiliki lebih dari "
                                f"{safety.MAX_ROWS} baris.", code="file.too_long")
            if len(row) > safety.MAX_COLUMNS:
                raise _csv_too_wide(path.name, len(rows))
            cells += len(row)
            if cells > safety.MAX_CELLS:
                raise UserError(f"Berkas '{path.name}' terlalu besar untuk diimpor sekaligus "
                                f"(lebih dari {safety.MAX_CELLS:,} sel pada "
                                f"{len(rows) + 1:,} baris). Pecah berkas menjadi beberapa "
                                "bagian.".replace(",", "."), code="file.too_big")
            rows.append(row)
    except csv.Error as exc:
        raise safety.corrupt(path.name, f"baris {len(rows) + 1}: {exc}") from exc
    return SheetData(path.name, "CSV", ["CSV"], rows, digest)



def _csv_too_wide(name: str, before: int) -> UserError:
    return UserError(f"Berkas '{name}' memiliki lebih dari {safety.MAX_COLUMNS} kolom pada "
                     f"baris {before + 1}.", code="file.too_wide")


def _is_utf8(raw: bytes) -> bool:
    """Whether `raw` decodes as UTF-8, looked at a piece at a time (never the whole text)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    try:
        for at in range(0, len(raw), 1 << 20):
            decoder.decode(view[at:at + (1 << 20)])
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return False
    return True
