"""Legacy .xls against the import: calamine builds every sheet of an .xls as a dense grid when
the file is opened, so one far cell (IV65536, 5 KB of file) used to cost a gigabyte before the
size check could refuse it. `xls_check.check_xls` measures the grids from the cell records first,
reading the OLE compound file itself.

The extent it computes is checked against calamine's own (`ws.start`, `ws.end`) on files
written here byte by byte: every record kind, the Workbook stream in the mini stream and in
ordinary sectors, 512- and 4096-byte sectors, extra DIFAT sectors, several and hidden sheets.
Damaged structures (FAT cycles, sectors past the end, truncated records…) end in one sentence,
quickly; far cells are refused in a child process whose peak memory is measured."""

from __future__ import annotations

import itertools
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import reader, safety, xls_check
from tests.exchange.test_audit_formats import _rec, _utf16, workbook_stream, write_xls
from tests.exchange.test_hostile_files import _read_in_child

END, FREE, FATSECT, DIFSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFC
EOF = _rec(0x000A)

# --- records -----------------------------------------------------------------------------


def number(r: int, c: int, v: float = 1.0) -> bytes:
    return _rec(0x0203, struct.pack("<HHHd", r, c, 15, v))


def rk(r: int, c: int, v: int = 1) -> bytes:
    return _rec(0x027E, struct.pack("<HHHI", r, c, 15, (v << 2) | 2))


def mulrk(r: int, c: int, n: int) -> bytes:
    return _rec(0x00BD, struct.pack("<HH", r, c) + struct.pack("<HI", 15, 6) * n
                + struct.pack("<H", c + n - 1))


def labelsst(r: int, c: int, i: int) -> bytes:
    return _rec(0x00FD, struct.pack("<HHHI", r, c, 15, i))


def label(r: int, c: int, text: str) -> bytes:
    return _rec(0x0204, struct.pack("<HHH", r, c, 15) + _utf16(text, "<HB"))


def rstring(r: int, c: int, text: str) -> bytes:
    return _rec(0x00D6, struct.pack("<HHH", r, c, 15) + _utf16(text, "<HB")
                + struct.pack("<H", 0))


def boolerr(r: int, c: int, value: int = 1, is_error: int = 0) -> bytes:
    return _rec(0x0205, struct.pack("<HHHBB", r, c, 15, value, is_error))


def blank(r: int, c: int) -> bytes:
    return _rec(0x0201, struct.pack("<HHH", r, c, 15))


def mulblank(r: int, c: int, n: int) -> bytes:
    return _rec(0x00BE, struct.pack("<HH", r, c) + struct.pack("<H", 15) * n
                + struct.pack("<H", c + n - 1))


def formula(r: int, c: int, value: bytes = b"\x00" * 8) -> bytes:
    """A FORMULA record (=1): `value` is its cached result (a number by default)."""
    rgce = b"\x1e\x01\x00"
    return _rec(0x0006, struct.pack("<HHH", r, c, 15) + value + struct.pack("<HIH", 0, 0,
                                                                             len(rgce)) + rgce)


def result(kind: int, v: int = 0) -> bytes:
    """A formula's non-number result: 0 text (in a STRING record next), 1 bool, 2 error,
    3 empty text."""
    return bytes([kind, 0, v, 0, 0, 0, 0xFF, 0xFF])


def string(text: str) -> bytes:
    return _rec(0x0207, _utf16(text, "<HB"))


def bof(kind: int) -> bytes:
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0, 0, 0, 0))


def dimensions(rf: int, rl: int, cf: int, cl: int) -> bytes:
    return _rec(0x0200, struct.pack("<IIHHH", rf, rl, cf, cl, 0))


SHEET_BOF, CHART_BOF = bof(0x0010), bof(0x0020)


def book(sheets: list[tuple[Any, ...]], strings: tuple[str, ...] = (), *, sst: bytes | None = None,
         globals_extra: bytes = b"", raw: bool = False) -> bytes:
    """A Workbook stream: sheets are (name, hidden state, cell records[, BOUNDSHEET type]),
    each wrapped in BOF … EOF unless `raw`."""
    head = bof(0x0005) + _rec(0x0042, struct.pack("<H", 1200)) + globals_extra
    if sst is None:
        sst = _rec(0x00FC, struct.pack("<II", len(strings), len(strings))
                   + b"".join(_utf16(t, "<HB") for t in strings))
    tail = sst + EOF
    bodies = [s[2] if raw else SHEET_BOF + s[2] + EOF for s in sheets]

    def boundsheet(i: int, offset: int) -> bytes:
        s = sheets[i]
        return _rec(0x0085, struct.pack("<IBB", offset, s[1], s[3] if len(s) > 3 else 0)
                    + _utf16(s[0], "<BB"))

    return workbook_stream(head, tail, bodies, boundsheet)


def padded(stream: bytes, size: int = 5000) -> bytes:
    """Past the mini-stream cutoff: the stream goes to ordinary sectors."""
    return stream + b"\x00" * (size - len(stream))


# --- the compound file -------------------------------------------------------------------


def _entry(name: str, kind: int, start: int, size: int, child: int = FREE) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
    return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", FREE, FREE, child) + b"\x00" * 36
            + struct.pack("<IQ", start, size))


@dataclass
class Layout:
    """Where the builder put things, for the tests that damage them."""
    sector: int
    fat: list[int] = field(default_factory=list)
    difat: list[int] = field(default_factory=list)
    directory: list[int] = field(default_factory=list)
    minifat: list[int] = field(default_factory=list)
    ministream: list[int] = field(default_factory=list)
    streams: dict[str, list[int]] = field(default_factory=dict)  # sector (or mini) ids

    def offset(self, sector: int) -> int:
        return (sector + 1) * self.sector

    def fat_entry(self, sector: int) -> int:
        """File offset of the FAT entry of `sector`."""
        per = self.sector // 4
        return self.offset(self.fat[sector // per]) + 4 * (sector % per)

    def dir_entry(self, index: int) -> int:
        return self.offset(self.directory[0]) + 128 * index


def compound(streams: bytes | list[tuple[str, bytes]], *, sector: int = 512,
             kinds: list[int] | None = None, interleave: bool = False) -> tuple[bytearray, Layout]:
    """A compound file holding `streams` (name, data): those under 4096 bytes in the mini
    stream, the others in ordinary sectors (alternating between streams when `interleave`).
    The FAT sectors beyond the header's 109 are listed in DIFAT sectors."""
    if isinstance(streams, bytes):
        streams = [("Workbook", streams)]
    kinds = kinds or [2] * len(streams)
    per = sector // 4
    ministream, minifat, mini_ids = b"", [], {}
    for name, data in streams:
        if len(data) < 4096:
            k = -(-len(data) // 64)
            first = len(ministream) // 64
            mini_ids[name] = list(range(first, first + k))
            minifat += [*range(first + 1, first + k), END] if k else []
            ministream += data + b"\x00" * (-len(data) % 64)
    n_minifat, n_ms = -(-len(minifat) // per), -(-len(ministream) // sector)
    regular = [(name, data) for name, data in streams if len(data) >= 4096]
    n_reg = [-(-len(data) // sector) for _, data in regular]
    n_dir = -(-(len(streams) + 1) // (sector // 128))
    payload = n_dir + n_minifat + n_ms + sum(n_reg)
    nfat, ndifat = 1, 0
    while True:
        need_fat = -(-(nfat + ndifat + payload) // per)
        need_difat = max(0, -(-(need_fat - 109) // (per - 1)))
        if (need_fat, need_difat) == (nfat, ndifat):
            break
        nfat, ndifat = max(nfat, need_fat), max(ndifat, need_difat)
    lay = Layout(sector)
    top = 0

    def take(k: int) -> list[int]:
        nonlocal top
        top += k
        return list(range(top - k, top))

    lay.fat, lay.difat, lay.directory = take(nfat), take(ndifat), take(n_dir)
    lay.minifat, lay.ministream = take(n_minifat), take(n_ms)
    if interleave:
        owners = [i for step in range(max(n_reg, default=0)) for i, k in enumerate(n_reg)
                  if step < k]
        for (name, _), i in zip(regular, range(len(regular)), strict=True):
            lay.streams[name] = [top + j for j, owner in enumerate(owners) if owner == i]
        top += len(owners)
    else:
        for (name, _), k in zip(regular, n_reg, strict=True):
            lay.streams[name] = take(k)
    lay.streams.update(mini_ids)
    fat = [FREE] * (nfat * per)
    for i in lay.fat:
        fat[i] = FATSECT
    for i in lay.difat:
        fat[i] = DIFSECT
    for chain in (lay.directory, lay.minifat, lay.ministream,
                  *(lay.streams[name] for name, _ in regular)):
        for a, b in itertools.pairwise(chain):
            fat[a] = b
        if chain:
            fat[chain[-1]] = END
    sectors: dict[int, bytes] = {}

    def spread(ids: list[int], data: bytes) -> None:
        data += b"\x00" * (len(ids) * sector - len(data))
        for i, sid in enumerate(ids):
            sectors[sid] = data[i * sector:(i + 1) * sector]

    spread(lay.fat, struct.pack(f"<{len(fat)}I", *fat))
    rest = lay.fat[109:]
    for i, sid in enumerate(lay.difat):
        chunk = rest[i * (per - 1):(i + 1) * (per - 1)]
        link = lay.difat[i + 1] if i + 1 < ndifat else END
        sectors[sid] = struct.pack(f"<{per}I", *chunk, *[FREE] * (per - 1 - len(chunk)), link)
    entries = [_entry("Root Entry", 5, lay.ministream[0] if n_ms else END, len(ministream), 1)]
    for (name, data), kind in zip(streams, kinds, strict=True):
        ids = lay.streams[name]
        entries.append(_entry(name, kind, ids[0] if ids else END, len(data)))
    spread(lay.directory, b"".join(entries) + _entry("", 0, FREE, 0) * (
        (n_dir * sector - 128 * len(entries)) // 128))
    spread(lay.minifat, struct.pack(f"<{len(minifat)}I", *minifat)
           + b"\xff" * (n_minifat * sector - 4 * len(minifat)))
    spread(lay.ministream, ministream)
    for name, data in regular:
        spread(lay.streams[name], data)
    version, shift = (3, 9) if sector == 512 else (4, 12)
    header = (safety.OLE_MAGIC + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, version, 0xFFFE, shift, 6) + b"\x00" * 6
              + struct.pack("<9I", 0 if sector == 512 else n_dir, nfat, lay.directory[0], 0,
                            4096, lay.minifat[0] if n_minifat else END, n_minifat,
                            lay.difat[0] if ndifat else END, ndifat)
              + struct.pack("<109I", *lay.fat[:109], *[FREE] * (109 - len(lay.fat[:109]))))
    data = bytearray(header.ljust(sector, b"\x00"))
    for i in range(top):
        data += sectors[i]
    return data, lay


def xls(path: Path, streams: bytes | list[tuple[str, bytes]], **kw: Any) -> Path:
    path.write_bytes(compound(streams, **kw)[0])
    return path


# --- comparing with calamine -------------------------------------------------------------


def mine(path: Path) -> list[tuple[str, int, int, int, int]]:
    return [(s.name, s.first_row, s.first_col, s.last_row, s.last_col)
            for s in xls_check.xls_sheets(path)]


def calamines(path: Path) -> list[tuple[str, int, int, int, int]]:
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    out = []
    for meta in wb.sheets_metadata:
        ws = wb.get_sheet_by_name(meta.name)
        out.append((meta.name, *(ws.start or (-1, -1)), *(ws.end or (-1, -1))))
    return out


# --- the extent equals calamine's --------------------------------------------------------

BASE = number(2, 1)
RECORDS = {
    "number": number(9, 5),
    "rk": rk(9, 5),
    "mulrk": mulrk(9, 3, 3),
    "labelsst": labelsst(9, 5, 0),
    "labelsst_empty_text": labelsst(9, 5, 1),
    "label": label(9, 5, "x"),
    "rstring": rstring(9, 5, "x"),
    "bool": boolerr(9, 5),
    "error": boolerr(9, 5, 7, 1),
    "formula_number": formula(9, 5),
    "formula_bool": formula(9, 5, result(1, 1)),
    "formula_error": formula(9, 5, result(2, 7)),
    "formula_empty_text": formula(9, 5, result(3)),
    "formula_text": formula(9, 5, result(0)) + string("z"),
    "string_lands_on_a1": string("z"),
    # A far formatted-but-empty cell adds nothing to calamine's grid.
    "blank": blank(900, 150),
    "mulblank": mulblank(900, 100, 100),
    "out_of_order": number(40, 1) + number(3, 7),
    # An embedded chart: its own BOF … EOF inside the sheet; its records are not the sheet's.
    "embedded_chart": CHART_BOF + number(400, 40) + formula(401, 41) + EOF + number(4, 4),
    "embedded_chart_unclosed": CHART_BOF + number(400, 40),
    # DIMENSIONS lies: calamine reserves what it claims but builds what the cells say.
    "dimensions_lie": dimensions(0, 65_536, 0, 256),
}


@pytest.mark.parametrize("kind", list(RECORDS))
def test_each_record_kind_measured_as_calamine_builds_it(tmp_path: Path, kind: str) -> None:
    path = xls(tmp_path / f"{kind}.xls", book([("S", 0, BASE + RECORDS[kind])], ("a", "")))
    assert mine(path) == calamines(path)


def test_no_other_record_type_puts_a_cell_in_the_grid(tmp_path: Path) -> None:
    """Every record type 0x0000-0xFFFF, alone in a sheet of its own with a row and a column
    where a cell record has them: the sheets calamine gives a cell are the ones measured.
    (Left out: BOF, EOF, CONTINUE, and MULRK, MERGECELLS and DIMENSIONS, whose length check
    fails the whole workbook on this payload; they are tested above and below.)"""
    payload = struct.pack("<HHH", 9, 5, 15) + bytes(18)
    skip = {0x000A, 0x0809, 0x003C, 0x00BD, 0x00E5, 0x0200}
    types = [t for t in range(0x10000) if t not in skip]
    counted: dict[str, set[int]] = {"calamine": set(), "check": set()}
    path = tmp_path / "types.xls"
    for k in range(0, len(types), 1024):
        path.write_bytes(compound(book([(f"{t:04x}", 0, _rec(t, payload))
                                        for t in types[k:k + 1024]], ("a",)))[0])
        for who, sheets in (("calamine", calamines(path)), ("check", mine(path))):
            counted[who] |= {int(name, 16) for name, _, _, last_row, _ in sheets
                             if last_row >= 0}
    assert counted["calamine"] == counted["check"] == {
        0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x0207, 0x027E}


def test_what_calamine_skips_is_counted_all_the_same(tmp_path: Path) -> None:
    """A formula's text result without its STRING record, a LABELSST to no string: calamine
    leaves the cell out, the check counts it (never in a sound file; the safe direction)."""
    for i, extra in enumerate([formula(30, 9, result(0)), labelsst(30, 9, 5)]):
        path = xls(tmp_path / f"skip{i}.xls", book([("S", 0, BASE + extra)], ("a",)))
        assert calamines(path) == [("S", 2, 1, 2, 1)]
        assert mine(path) == [("S", 2, 1, 30, 9)]


def _sheets() -> list[tuple[Any, ...]]:
    rows = b"".join(number(r, 0) + labelsst(r, 1, r % 2) + rk(r, 2) + mulrk(r, 3, 4)
                    + formula(r, 7) + label(r, 8, "t") for r in range(1, 120))
    return [("Tersembunyi", 1, number(0, 0) + number(30, 12)),
            ("Data", 0, labelsst(0, 0, 0) + rows),
            ("Sangat tersembunyi", 2, rk(5, 5)),
            ("Grafik", 0, b"", 2),
            ("Kosong", 0, b"")]


def _layouts(tmp_path: Path) -> dict[str, Path]:
    stream = book(_sheets(), ("NIK", "Nama"))
    small = book([("Kecil", 0, number(3, 2) + labelsst(4, 4, 0))], ("a",))
    summary = ("\x05SummaryInformation", b"\x00" * 200)
    files = {
        "mini": xls(tmp_path / "mini.xls", small),
        "regular": xls(tmp_path / "regular.xls", stream),
        "mini_4096": xls(tmp_path / "mini4k.xls", small, sector=4096),
        "regular_4096": xls(tmp_path / "regular4k.xls", [("Workbook", stream), summary],
                            sector=4096),
        "interleaved": xls(tmp_path / "interleaved.xls",
                           [("Workbook", stream), ("Pad", b"\x01" * 9000)], interleave=True),
        "book_stream": xls(tmp_path / "book.xls", [("Book", stream)]),
        "written_by_write_xls": write_xls(tmp_path / "w.xls", [
            ("Rekap", [["Jumlah"], [3]], True), ("Honorer", [["NIK", "Nama"], ["1", "A"]],
                                                 False)]),
    }
    # Over 109 FAT sectors: the rest are listed in a DIFAT sector.
    data, lay = compound([("Workbook", stream), ("Pad", bytes(7 << 20))])
    assert lay.difat
    files["difat"] = tmp_path / "difat.xls"
    files["difat"].write_bytes(data)
    # A writer that leaves the file's last sector short (the stream's end is there).
    data, _ = compound(padded(small))
    files["short_last_sector"] = tmp_path / "short_last_sector.xls"
    files["short_last_sector"].write_bytes(bytes(data[:-100]))
    # encoding_rs, which decodes directory names for calamine, obeys a byte-order mark.
    data, lay = compound([("Xxxxxxxx", small)])
    data[lay.dir_entry(1):lay.dir_entry(1) + 64] = (
        b"\xfe\xff" + "Workbook".encode("utf-16-be")).ljust(64, b"\x00")
    files["name_with_bom"] = tmp_path / "bom.xls"
    files["name_with_bom"].write_bytes(data)
    return files


def test_layouts_measured_as_calamine_reads_them(tmp_path: Path) -> None:
    for kind, path in _layouts(tmp_path).items():
        assert mine(path) == calamines(path), kind


def test_sound_files_still_read(tmp_path: Path) -> None:
    files = _layouts(tmp_path)
    data = reader.read_sheet(files["regular"])
    assert data.sheet == "Data" and len(data.rows) == 120
    assert reader.sheet_names(files["regular"]) == ["Data", "Kosong"]
    assert reader.read_sheet(files["interleaved"], "tersembunyi").sheet == "Tersembunyi"
    assert reader.read_sheet(files["short_last_sector"]).rows[3:] == [
        ["", "", 1.0, "", ""], ["", "", "", "", "a"]]


# --- far cells: refused before calamine, with bounded memory -----------------------------

HEAD = labelsst(0, 0, 0) + labelsst(0, 1, 1)


def test_far_cells_refused_in_a_child_with_bounded_memory(tmp_path: Path) -> None:
    """Each of these cost calamine 0.4-1.2 GB (a dense grid of up to 16.7 million cells,
    built for every sheet on opening and copied for the chosen one) or aborted the process."""
    far = [[None]] * 65_533 + [[None] * 255 + ["x"]]
    files = {
        "IV65536": (write_xls(tmp_path / "iv.xls", [("Data", [["NIK", "Nama"], *far], False)]),
                    "file.too_wide"),
        "far_row": (book([("Data", 0, HEAD + number(65_535, 150))], ("NIK", "Nama")),
                    "file.too_big"),
        "hidden_sheet": (book([("Data", 0, HEAD), ("Lain", 1, number(0, 0)
                                                   + number(65_535, 199))], ("NIK", "Nama")),
                         "file.too_big"),
        "mulrk": (book([("Data", 0, HEAD + mulrk(65_535, 100, 60))], ("NIK", "Nama")),
                  "file.too_big"),
        "formula": (book([("Data", 0, HEAD + formula(65_535, 199))], ("NIK", "Nama")),
                    "file.too_big"),
        "rstring": (book([("Data", 0, HEAD + rstring(65_535, 199, "x"))], ("NIK", "Nama")),
                    "file.too_big"),
        # A DIMENSIONS claim beyond a sheet: calamine reserves it and the allocation aborts.
        "dimensions_rows": (book([("Data", 0, dimensions(0, 0xFFFF_FFFF, 0, 256) + HEAD)],
                                 ("NIK", "Nama")), "file.corrupt"),
        "dimensions_wrap": (book([("Data", 0, dimensions(10, 5, 0, 2) + HEAD)],
                                 ("NIK", "Nama")), "file.corrupt"),
        "sound": (book([("Data", 0, HEAD + labelsst(1, 0, 0) + number(1, 1))], ("NIK", "Nama")),
                  "ok"),
    }
    paths = {}
    for key, (made, _) in files.items():
        paths[key] = made if isinstance(made, Path) else xls(tmp_path / f"{key}.xls", made)
    assert paths["IV65536"].stat().st_size < 8_000
    results = _read_in_child(list(paths.values()))  # asserts the child's peak under 400 MB
    for key, (_, code) in files.items():
        assert results[str(paths[key])][0] == code, (key, results[str(paths[key])])
    assert "kolom di luar batas" in results[str(paths["IV65536"])][1]


def test_sheet_names_refuses_a_far_hidden_sheet(tmp_path: Path) -> None:
    """Listing the sheets opens the workbook, and calamine builds every grid then."""
    path = xls(tmp_path / "far.xls", book([("Data", 0, HEAD),
                                            ("Lain", 1, number(0, 0) + number(65_535, 199))],
                                           ("NIK", "Nama")))
    with pytest.raises(UserError) as exc:
        reader.sheet_names(path)
    assert exc.value.code == "file.too_big"


def test_only_the_chosen_sheet_must_fit_the_columns(tmp_path: Path) -> None:
    """Another sheet may be wide (a lookup table): only its grid's memory counts."""
    path = xls(tmp_path / "wide.xls", book([("Data", 0, HEAD + number(1, 1)),
                                             ("Lebar", 1, number(0, 0) + number(0, 250))],
                                            ("NIK", "Nama")))
    assert reader.read_sheet(path).rows == [["NIK", "Nama"], ["", 1.0]]
    with pytest.raises(UserError) as exc:
        reader.read_sheet(path, "lebar")
    assert exc.value.code == "file.too_wide"


# --- damaged structures: one sentence, quickly -------------------------------------------


def _set(data: bytearray, at: int, value: int, fmt: str = "<I") -> None:
    struct.pack_into(fmt, data, at, value)


def _overlapping_sheets() -> bytes:
    """300 sheets listed at successive records of one long sheet without an EOF: every walk
    runs to the end of the stream."""
    body = SHEET_BOF + b"".join(number(r, 0) for r in range(3000))
    head = bof(0x0005)
    sheet_names = [f"L{i}" for i in range(300)]
    size = sum(len(_rec(0x0085, b"\x00" * 6 + _utf16(n, "<BB"))) for n in sheet_names)
    start = len(head) + size + 4
    sheets = b"".join(_rec(0x0085, struct.pack("<IBB", start + 20 + 18 * i, 0, 0)
                           + _utf16(n, "<BB")) for i, n in enumerate(sheet_names))
    return head + sheets + EOF + body


def _damaged(tmp_path: Path) -> dict[str, bytes]:
    stream = padded(book([("Data", 0, HEAD + number(3, 3))], ("NIK", "Nama")))
    files: dict[str, bytes] = {}

    def regular(change: Any, streams: Any = None, **kw: Any) -> None:
        data, lay = compound(streams or [("Workbook", stream), ("Pad", b"\x07" * 5000)], **kw)
        change(data, lay)
        files[change.__name__] = bytes(data)

    def mini(change: Any) -> None:
        data, lay = compound([("Workbook", book([("Data", 0, HEAD)], ("NIK", "Nama")))])
        change(data, lay)
        files[change.__name__] = bytes(data)

    def fat_cycle(d: bytearray, lay: Layout) -> None:
        _set(d, lay.fat_entry(lay.streams["Workbook"][-1]), lay.streams["Workbook"][0])

    def fat_self_loop(d: bytearray, lay: Layout) -> None:
        _set(d, lay.fat_entry(lay.streams["Workbook"][0]), lay.streams["Workbook"][0])

    def chain_to_free_sector(d: bytearray, lay: Layout) -> None:
        _set(d, lay.fat_entry(lay.streams["Workbook"][1]), FREE)

    def chain_past_the_end(d: bytearray, lay: Layout) -> None:
        _set(d, lay.fat_entry(lay.streams["Workbook"][1]), 0x00FF_FFFF)

    def start_past_the_end(d: bytearray, lay: Layout) -> None:
        _set(d, lay.dir_entry(1) + 116, 0x7FFF_FFFF)

    def directory_cycle(d: bytearray, lay: Layout) -> None:
        _set(d, lay.fat_entry(lay.directory[0]), lay.directory[0])

    def difat_cycle(d: bytearray, lay: Layout) -> None:
        pad = lay.streams["Pad"][0]  # a sector of FREE entries whose link is itself
        d[lay.offset(pad):lay.offset(pad) + 512] = struct.pack("<128I", *[FREE] * 127, pad)
        _set(d, 68, pad)

    def difat_past_the_end(d: bytearray, lay: Layout) -> None:
        _set(d, 76 + 4, 0x00FF_FFFF)

    def fat_sector_listed_twice(d: bytearray, lay: Layout) -> None:
        for slot in range(1, 109):
            _set(d, 76 + 4 * slot, lay.fat[0])

    def difat_with_a_hole(d: bytearray, lay: Layout) -> None:
        _set(d, 76, FREE)
        _set(d, 80, lay.fat[0])

    def fat_count_absurd(d: bytearray, lay: Layout) -> None:
        _set(d, 44, 0x7FFF_FFFF)

    def stream_larger_than_file(d: bytearray, lay: Layout) -> None:
        _set(d, lay.dir_entry(1) + 120, 0xFFFF_FF00)

    def sector_shift(d: bytearray, lay: Layout) -> None:
        _set(d, 30, 10, "<H")

    def mini_cutoff(d: bytearray, lay: Layout) -> None:
        _set(d, 56, 8192)

    def two_workbook_entries(d: bytearray, lay: Layout) -> None:
        d[lay.dir_entry(2):lay.dir_entry(2) + 64] = d[lay.dir_entry(1):lay.dir_entry(1) + 64]

    def second_workbook_named_in_utf8(d: bytearray, lay: Layout) -> None:
        at = lay.dir_entry(2)
        d[at:at + 64] = b"\xef\xbb\xbfWorkbook".ljust(64, b"\x00")

    def no_workbook_entry(d: bytearray, lay: Layout) -> None:
        d[lay.dir_entry(1):lay.dir_entry(1) + 2] = b"w\x00"

    def short_sector_mid_chain(d: bytearray, lay: Layout) -> None:
        first, second, last = lay.streams["Pad"][0], lay.streams["Pad"][1], lay.streams["Pad"][-1]
        _set(d, lay.fat_entry(first), last)
        _set(d, lay.fat_entry(last), second)
        _set(d, lay.fat_entry(lay.streams["Pad"][-2]), END)
        _set(d, lay.dir_entry(1) + 116, first)  # the Workbook entry reads the Pad chain
        del d[-10:]

    def mini_cycle(d: bytearray, lay: Layout) -> None:
        ids = lay.streams["Workbook"]
        _set(d, lay.offset(lay.minifat[0]) + 4 * ids[-1], ids[0])

    def mini_past_the_mini_stream(d: bytearray, lay: Layout) -> None:
        _set(d, lay.offset(lay.minifat[0]) + 4 * lay.streams["Workbook"][0], 10_000)

    for change in (fat_cycle, fat_self_loop, chain_to_free_sector, chain_past_the_end,
                   start_past_the_end, directory_cycle, difat_cycle, difat_past_the_end,
                   fat_sector_listed_twice, difat_with_a_hole, fat_count_absurd,
                   stream_larger_than_file, sector_shift, mini_cutoff, two_workbook_entries,
                   second_workbook_named_in_utf8, no_workbook_entry, short_sector_mid_chain):
        regular(change)
    for change in (mini_cycle, mini_past_the_mini_stream):
        mini(change)

    def huge_v4_size(d: bytearray, lay: Layout) -> None:
        _set(d, lay.dir_entry(1) + 120, 1 << 40, "<Q")

    regular(huge_v4_size, [("Workbook", stream), ("\x05Summary", b"\x00" * 100)], sector=4096)
    files["header_only"] = bytes(compound(stream)[0][:512])
    # The records themselves.
    cut = bytearray(stream)
    _set(cut, stream.find(_rec(0x0042, struct.pack("<H", 1200))) + 2, 0xFFFF, "<H")
    files["globals_record_cut"] = compound(padded(bytes(cut)))[0]
    body = book([("Data", 0, HEAD + number(3, 3))], ("NIK", "Nama"))
    files["sheet_record_cut"] = compound(body[:-6])[0]  # the stream ends inside a record
    cut = bytearray(body)
    _set(cut, body.find(struct.pack("<H", 0x0085)) + 4, 0x7FFF_FFF0)
    files["sheet_offset_past_stream"] = compound(padded(bytes(cut)))[0]
    files["overlapping_sheets"] = compound(_overlapping_sheets())[0]
    return {key: bytes(value) for key, value in files.items()}


def test_damaged_structures_are_refused_quickly(tmp_path: Path) -> None:
    for key, data in _damaged(tmp_path).items():
        path = tmp_path / f"{key}.xls"
        path.write_bytes(data)
        started = time.perf_counter()
        with pytest.raises(UserError) as exc:
            xls_check.check_xls(path)
        assert time.perf_counter() - started < 1, key
        assert exc.value.code == "file.corrupt", (key, exc.value.message)
        assert "struktur .xls tidak sah" in exc.value.message, key
    # Through the reader, before calamine sees the file.
    path = tmp_path / "fat_cycle.xls"
    with pytest.raises(UserError) as exc:
        reader.read_sheet(path)
    assert exc.value.code == "file.corrupt" and "berputar" in exc.value.message


def test_filepass_anywhere_in_the_globals_is_encrypted(tmp_path: Path) -> None:
    """XOR obfuscation (calamine reads it as garbage) in a workbook stored past the 4 MB that
    the quick look of `check_ole` reads."""
    filepass = _rec(0x002F, struct.pack("<HHH", 0, 0x1234, 0x5678))
    stream = padded(book([("Data", 0, HEAD)], ("NIK", "Nama"), globals_extra=filepass))
    path = xls(tmp_path / "xor.xls", [("Pad", bytes(5 << 20)), ("Workbook", stream)])
    safety.check_ole(path, ".xls")  # does not see it
    with pytest.raises(UserError) as exc:
        reader.read_sheet(path)
    assert exc.value.code == "file.encrypted"


# --- a long shared string in many cells --------------------------------------------------


def _sst(strings: list[bytes]) -> bytes:
    """An SST record and its CONTINUE records (at most 8,224 bytes each), from strings
    already encoded as XLUnicodeRichExtendedString; a string's characters cut by a record
    boundary go on after a flag byte, as Excel writes them."""
    parts, current = [], bytearray(struct.pack("<II", len(strings), len(strings)))
    for raw in strings:
        head, chars = raw[:3], raw[3:]
        if len(current) + 3 > 8224:
            parts.append(bytes(current))
            current = bytearray()
        current += head
        while chars:
            room = 8224 - len(current)
            current += chars[:room]
            chars = chars[room:]
            if chars:
                parts.append(bytes(current))
                current = bytearray(b"\x00")  # compressed characters go on
    parts.append(bytes(current))
    return _rec(0x00FC, parts[0]) + b"".join(_rec(0x003C, p) for p in parts[1:])


def _text(text: str, *, runs: int = 0, ext: bytes = b"") -> bytes:
    flags = (8 if runs else 0) | (4 if ext else 0)
    head = struct.pack("<HB", len(text), flags)
    head += struct.pack("<H", runs) if runs else b""
    head += struct.pack("<i", len(ext)) if ext else b""
    return head[:3] + head[3:] + text.encode("latin-1") + b"\x00\x00\x00\x00" * runs + ext


def test_a_long_shared_string_in_many_cells_is_a_bomb(tmp_path: Path) -> None:
    """440 KB of file: one 20,000-character shared string in 25,000 cells, which calamine and
    then Python copy into every cell (1 GB). The same string in a few cells is a note."""
    long = "W" * 20_000
    sst = _sst([_text("NIK"), _text("Budi", runs=2), _text("Ani", ext=b"\x01" * 6),
                _text(long)])
    many = b"".join(labelsst(r, c, 3) for r in range(1, 2_501) for c in range(10))
    bomb = xls(tmp_path / "bomb.xls", padded(book([("Data", 0, HEAD + many)], sst=sst),
                                              len(many) + 9000))
    with pytest.raises(UserError) as exc:
        xls_check.check_xls(bomb)
    assert exc.value.code == "file.bomb"
    few = b"".join(labelsst(r, 0, r % 3) for r in range(1, 25_001)) + labelsst(1, 1, 3)
    note = xls(tmp_path / "note.xls", padded(book([("Data", 0, HEAD + few)], sst=sst),
                                              len(few) + 9000))
    data = reader.read_sheet(note)
    assert data.rows[1] == ["Budi", long] and data.rows[3][0] == "NIK"
    bounds, at = [], 0
    while at < len(sst):
        size = struct.unpack_from("<H", sst, at + 2)[0]
        bounds += [at + 4, at + 4 + size]
        at += 4 + size
    assert len(bounds) == 6  # the long string crosses into two CONTINUE records
    sizes, complete = xls_check._sst_sizes(sst, bounds)
    assert complete and list(sizes) == [3, 4, 3, 20_000]
