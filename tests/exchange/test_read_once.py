"""The checks and calamine open a spreadsheet by its path in turn. A file that changes on
disk meanwhile (still being saved, copied, or replaced) is refused after reading, so what
was parsed is what was checked and what the batch's hash is of (`safety.same_file`).
calamine reads by path, choosing its reader by the suffix the checks were made for; the
workbook must sit where the checks look for it (`safety._check_workbook_part`); listing the
sheets of an .ods sizes its tables first, as reading one does."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import reader, safety, xls_check
from tests.exchange.conftest import write_xlsx
from tests.exchange.test_hostile_files import XLS, cell, ods, row


def _swap_after(monkeypatch: pytest.MonkeyPatch, module: object, name: str,
                target: Path, replacement: Path) -> None:
    """Replace `target` on disk with `replacement` right after the check `module.name` ran."""
    real = getattr(module, name)

    def check_then_swap(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)
        shutil.copyfile(replacement, target)
        return result

    monkeypatch.setattr(module, name, check_then_swap)


def test_an_unchanged_file_reads_with_the_hash_of_its_bytes(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [["NIK", "Nama"], ["3273011503900001", "A"]])
    data = reader.read_sheet(path)
    assert data.rows[1] == ["3273011503900001", "A"]
    assert data.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_replaced_after_the_checks_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [["NIK", "Nama"], ["3273011503900001", "Asli"]])
    other = write_xlsx(tmp_path / "other.xlsx", [["NIK", "Nama"], ["9", "Tukar"], ["8", "X"]])
    _swap_after(monkeypatch, safety, "check_xlsx", path, other)
    with pytest.raises(UserError, match="berubah saat sedang dibaca") as info:
        reader.read_sheet(path)
    assert info.value.code == "file.changed"


def test_a_legacy_xls_replaced_after_its_check_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lama.xls"
    path.write_bytes(XLS)
    assert reader.read_sheet(path).rows  # reads while unchanged
    other = tmp_path / "lain.xls"
    other.write_bytes(XLS + b"\x00" * 512)  # another version: longer
    _swap_after(monkeypatch, xls_check, "check_xls", path, other)
    with pytest.raises(UserError, match="berubah saat sedang dibaca"):
        reader.read_sheet(path)


def test_a_file_moved_in_place_of_another_is_seen(tmp_path: Path) -> None:
    """Same size and time, another file (a sync client's rename over the old one)."""
    path = write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]])
    before = safety.file_state(path)
    twin = tmp_path / "twin.xlsx"
    shutil.copy2(path, twin)  # same bytes, same times
    twin.replace(path)
    with pytest.raises(UserError, match="berubah"):
        safety.same_file(path, before)


def test_a_csv_changed_while_read_is_refused(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.csv"
    path.write_text("NIK;Nama\n1;A\n", encoding="utf-8")
    real = reader._read_csv

    def read_then_append(p: Path) -> object:
        out = real(p)
        with p.open("a", encoding="utf-8") as fh:
            fh.write("2;B\n")
        return out

    monkeypatch.setattr(reader, "_read_csv", read_then_append)
    with pytest.raises(UserError, match="berubah"):
        reader.read_sheet(path)


def _relocated(tmp_path: Path, name: str, far_row: int) -> Path:
    """An .xlsx whose workbook and sheet live under q/ (found by calamine through
    _rels/.rels), holding a cell far down: outside the parts the checks looked at."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", f'<Relationships {rel_ns}><Relationship Id="rId1" '
                   f'Type="{kind}/officeDocument" Target="q/workbook.xml"/></Relationships>')
        z.writestr("q/workbook.xml", f'<workbook {ns} xmlns:r="{kind}"><sheets><sheet '
                   'name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("q/_rels/workbook.xml.rels", f'<Relationships {rel_ns}><Relationship '
                   f'Id="rId1" Type="{kind}/worksheet" Target="s.xml"/></Relationships>')
        z.writestr("q/s.xml", f'<worksheet {ns}><sheetData><row r="1"><c r="A1" '
                   f't="inlineStr"><is><t>NIK</t></is></c></row><row r="{far_row}"><c '
                   f'r="CV{far_row}"><v>1</v></c></row></sheetData></worksheet>')
    return path


def test_calamine_finds_a_workbook_outside_xl(tmp_path: Path) -> None:
    """Why the rule exists: calamine reads such a file (a small grid here)."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(_relocated(tmp_path, "q.xlsx", 3)))
    assert book.get_sheet_by_index(0).to_python()[0][0] == "NIK"


def test_a_workbook_outside_xl_is_refused_before_calamine(tmp_path: Path) -> None:
    path = _relocated(tmp_path, "q.xlsx", 150_000)  # ~1 KB asking for 150,000 x 100 cells
    with pytest.raises(UserError, match="susunan isinya tidak lazim") as info:
        reader.read_sheet(path)
    assert info.value.code == "file.layout" and "q/workbook.xml" in info.value.message


@pytest.mark.parametrize("target", ["xl/workbook.xml", "/xl/workbook.xml"])
def test_the_usual_workbook_targets_read(tmp_path: Path, target: str) -> None:
    base = write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]])
    path = tmp_path / "b.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "_rels/.rels":
                data = data.replace(b'Target="xl/workbook.xml"', f'Target="{target}"'.encode())
                assert target.encode() in data
            z.writestr(item.filename, data)
    assert reader.read_sheet(path).rows == [["NIK"], ["1"]]


def test_listing_the_sheets_of_an_ods_sizes_its_tables(tmp_path: Path) -> None:
    """calamine builds every table of an .ods when it opens one, also just to list them."""
    bomb = ods(tmp_path / "bom.ods", row(cell("x", 150), 60_000))  # 9M cells, ~300 MB
    for read in (reader.sheet_names, reader.read_sheet):
        with pytest.raises(UserError) as info:
            read(bomb)
        assert info.value.code in ("file.too_wide", "file.too_long", "file.too_big")


def test_a_password_protected_ods_is_named_so_when_listed_and_read(tmp_path: Path) -> None:
    from tests.exchange.test_hostile_files import ENCRYPTION

    locked = ods(tmp_path / "sandi.ods", "", content=b"\x00" * 3000, enc=ENCRYPTION)
    for read in (reader.sheet_names, reader.read_sheet):
        with pytest.raises(UserError, match="kata sandi") as info:
            read(locked)
        assert info.value.code == "file.encrypted"


def test_a_zip_named_xls_is_refused(tmp_path: Path) -> None:
    renamed = tmp_path / "lama.xls"
    renamed.write_bytes(write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]]).read_bytes())
    with pytest.raises(UserError, match="tidak sesuai dengan jenisnya"):
        reader.read_sheet(renamed)


def test_real_files_of_each_kind_still_read(tmp_path: Path) -> None:
    assert reader.read_sheet(write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]])).rows == [
        ["NIK"], ["1"]]
    xlsm = tmp_path / "makro.xlsm"
    xlsm.write_bytes((tmp_path / "a.xlsx").read_bytes())
    assert reader.read_sheet(xlsm).rows == [["NIK"], ["1"]]
    xls = tmp_path / "lama.xls"
    xls.write_bytes(XLS)
    assert reader.sheet_names(xls) and reader.read_sheet(xls).rows
    assert reader.read_sheet(ods(tmp_path / "b.ods", row(cell("NIK")))).rows == [["NIK"]]
    assert reader.sheet_names(ods(tmp_path / "c.ods", row(cell("NIK")))) == ["Data"]
