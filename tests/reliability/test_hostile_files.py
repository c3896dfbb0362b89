"""Hostile Excel files through the whole import (exchange reader → services.importer):
random bytes, truncated archives, zip bombs, huge dimensions, formulas, control characters,
10 MB strings, SQL-looking text. Each gives a clear message or a plan with rejected rows —
never a crash, never a hang — and a refused file writes NOTHING to the database."""

from __future__ import annotations

import base64
import io
import os
import random
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange.mapping import column_letter
from jamsos_desktop.services import importer
from jamsos_desktop.store import Store
from tests.handmade_xlsx import PACKAGE_PARTS, SHEET_PART, zip_workbook
from tests.reliability.conftest import dump_tables

HEADER = ["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Nama Ibu Kandung", "Upah"]


def _cell(r: int, c: int, v: object) -> str:
    ref = f"{column_letter(c)}{r + 1}"
    if isinstance(v, int | float):
        return f'<c r="{ref}"><v>{v}</v></c>'
    text = str(v)
    if text.startswith("="):
        return f'<c r="{ref}"><f>{escape(text[1:])}</f></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def sheet_xml(rows: list[list[object]], extra: str = "") -> str:
    body = "".join(f'<row r="{r + 1}">' + "".join(_cell(r, c, v) for c, v in enumerate(row))
                   + "</row>" for r, row in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            f'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}{extra}'
            '</sheetData></worksheet>')


def make_xlsx(path: Path, sheet: str) -> Path:
    """A minimal workbook written by hand, so it can hold what Excel would never write."""
    return zip_workbook(path, sheet)


def _good_rows(n: int = 5) -> list[list[object]]:
    from datetime import date

    from jamsos_desktop.domain.nik import make_nik

    return [HEADER] + [[make_nik("16.07.01", date(1990, 1, 1 + i), "L", 7000 + i),
                        f"Pegawai Uji {i}", f"{1 + i:02d}-01-1990", "L", "Ibu Uji",
                        2_500_000] for i in range(n)]


def _refused_files(tmp: Path) -> dict[str, Path]:
    rnd = random.Random(8)
    good = make_xlsx(tmp / "baik.xlsx", sheet_xml(_good_rows()))
    data = good.read_bytes()
    files = {"acak": tmp / "acak.xlsx", "kosong": tmp / "kosong.xlsx"}
    files["acak"].write_bytes(rnd.randbytes(40_000))
    files["kosong"].write_bytes(b"")
    for cut in (10, len(data) // 2, len(data) - 30):
        files[f"terpotong-{cut}"] = tmp / f"terpotong-{cut}.xlsx"
        files[f"terpotong-{cut}"].write_bytes(data[:cut])
    flipped = bytearray(data)
    for i in rnd.sample(range(60, len(flipped)), 40):
        flipped[i] ^= 0xFF
    files["bit-rusak"] = tmp / "bit-rusak.xlsx"
    files["bit-rusak"].write_bytes(bytes(flipped))
    # Zip bomb: 60 MB of one repeated row compresses ~1000x; refused before inflating.
    bomb = tmp / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in PACKAGE_PARTS:
            zf.writestr(name, text)
        with zf.open(SHEET_PART, "w") as out:
            out.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.'
                      b'org/spreadsheetml/2006/main"><sheetData>')
            chunk = b"<row><c t=\"inlineStr\"><is><t>" + b"A" * 1_000_000 + b"</t></is></c></row>"
            for _ in range(60):
                out.write(chunk)
            out.write(b"</sheetData></worksheet>")
    files["bom-zip"] = bomb
    # Huge dimensions: two cells, one at the very last row and column of a sheet.
    files["dimensi-raksasa"] = make_xlsx(tmp / "raksasa.xlsx", sheet_xml(
        _good_rows(1), extra='<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))
    files["csv-palsu"] = tmp / "palsu.csv"
    files["csv-palsu"].write_bytes(data)
    files["bukan-excel"] = tmp / "dokumen.xlsx"
    files["bukan-excel"].write_bytes(b"%PDF-1.4\n" + rnd.randbytes(2000))
    nested = io.BytesIO()
    with zipfile.ZipFile(nested, "w") as zf:
        zf.writestr("isi.txt", "bukan lembar kerja")
    files["zip-lain"] = tmp / "arsip.xlsx"
    files["zip-lain"].write_bytes(nested.getvalue())
    return files


def test_refused_files_give_a_message_and_write_nothing(demo_store: Store,
                                                        tmp_path: Path) -> None:
    before = dump_tables(demo_store.path)
    audit_before = demo_store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for name, path in _refused_files(tmp_path).items():
        started = time.perf_counter()
        with pytest.raises(UserError) as info:
            importer.import_file(demo_store, path, unit_code="1.01")
        assert info.value.message and "Traceback" not in info.value.message, name
        assert time.perf_counter() - started < 20, f"{name} took too long"
        assert dump_tables(demo_store.path) == before, name
    assert demo_store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == \
        audit_before
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


HOSTILE_TEXT = ["Robert'); DROP TABLE workers;--", "O'Brien", "Siti 😀 Aminah",
                "=HYPERLINK(\"http://contoh\")", "@SUM(A1)", "+62 812", "Nama\x01\x02\x1f\x7f",
                "\u202eevil", "' OR '1'='1"]


def test_hostile_cells_are_data_not_commands(demo_store: Store, tmp_path: Path) -> None:
    rows = _good_rows(len(HOSTILE_TEXT))
    for i, text in enumerate(HOSTILE_TEXT, start=1):
        rows[i][1] = text
    rows.append(["=1+1", "=A2&A3", "=NOW()", "L", "Ibu", "=100*1000"])  # formulas, no values
    # 10 MB of incompressible text (a repeated letter would be refused as a zip bomb).
    huge = base64.b64encode(os.urandom(7_500_000)).decode()
    rows.append(["1607015001900001", huge, "01-01-1990", "L", "Ibu", "1"])
    path = make_xlsx(tmp_path / "jahat.xlsx", sheet_xml(rows))
    tables_before = {r[0] for r in demo_store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    started = time.perf_counter()
    result = importer.import_file(demo_store, path, unit_code="1.01")
    assert time.perf_counter() - started < 30
    assert result["rows"] == len(rows) - 1
    assert result["rejected"] >= 2  # the formula row and the 10 MB name at least
    names = {r[0] for r in demo_store.conn.execute(
        "SELECT name FROM workers WHERE import_batch_id = ?", (result["batch_id"],))}
    for text in ("Robert'); DROP TABLE workers;--", "O'Brien", "Siti 😀 Aminah",
                 "' OR '1'='1"):
        assert text in names
    assert not any(len(n) > 1000 for n in names)
    assert not any(ch in n for n in names for ch in "\x01\x02\x1f\x7f")
    assert {r[0] for r in demo_store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")} == tables_before
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_random_mutations_of_a_good_file_never_crash(demo_store: Store, tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "baik.xlsx", sheet_xml(_good_rows(20))).read_bytes()
    rnd = random.Random(int(os.environ.get("JAMSOS_FUZZ_SEED", "2026")))
    for i in range(25):
        data = bytearray(good)
        for _ in range(rnd.randint(1, 20)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        path = tmp_path / f"mutasi-{i}.xlsx"
        path.write_bytes(bytes(data))
        try:
            importer.import_file(demo_store, path, unit_code="1.01", dry_run=True)
        except UserError as exc:
            assert exc.message
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unknown_zip_version_is_refused_clearly(demo_store: Store, tmp_path: Path) -> None:
    data = bytearray(make_xlsx(tmp_path / "baik.xlsx", sheet_xml(_good_rows(2))).read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6: central + 8] = b"\xff\x00"  # "version needed to extract" = 25.5
    path = tmp_path / "versi.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(UserError):
        importer.import_file(demo_store, path, unit_code="1.01", dry_run=True)
