"""A spreadsheet is read once: the checks, calamine and the recorded hash all see the same
bytes, so a file replaced on disk between the checks and the parse is never parsed unchecked
(`safety.take`, `safety.Snapshot`). calamine then tells the format from the bytes, so an
archive holding another kind of workbook than its name says is refused
(`safety.check_parts_fit`)."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from jamsos_desktop.errors import UserError
from jamsos_desktop.exchange import reader, safety, xls_check
from tests.exchange.conftest import write_xlsx
from tests.exchange.test_hostile_files import cell, ods, row


def _swap_after(monkeypatch: pytest.MonkeyPatch, module: object, name: str,
                target: Path, replacement: Path) -> None:
    """Replace `target` on disk with `replacement` right after the check `module.name` ran."""
    real = getattr(module, name)

    def check_then_swap(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)
        shutil.copyfile(replacement, target)
        return result

    monkeypatch.setattr(module, name, check_then_swap)


def test_a_file_replaced_after_the_checks_is_read_as_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [["NIK", "Nama"], ["3273011503900001", "Asli"]])
    original = path.read_bytes()
    other = write_xlsx(tmp_path / "other.xlsx", [["NIK", "Nama"], ["9", "Tukar"]])
    _swap_after(monkeypatch, safety, "check_xlsx", path, other)
    data = reader.read_sheet(path)
    assert data.rows[1] == ["3273011503900001", "Asli"]
    assert data.sha256 == hashlib.sha256(original).hexdigest()
    assert path.read_bytes() == other.read_bytes()  # the swap did happen


def test_a_legacy_xls_replaced_after_its_check_is_read_as_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.exchange.test_hostile_files import XLS

    path = tmp_path / "lama.xls"
    path.write_bytes(XLS)
    expected = reader.read_sheet(path).rows
    other = write_xlsx(tmp_path / "other.xlsx", [["bukan", "xls"]])
    _swap_after(monkeypatch, xls_check, "check_xls", path, other)
    assert reader.read_sheet(path).rows == expected


def test_a_very_large_file_changed_while_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above SNAPSHOT_MAX_BYTES the file is read by its path (its bytes would be held twice);
    a size or time that moved while it was read refuses it."""
    path = write_xlsx(tmp_path / "besar.xlsx", [["NIK", "Nama"], ["3273011503900001", "A"]])
    monkeypatch.setattr(safety, "SNAPSHOT_MAX_BYTES", 100)
    source, _ = safety.take(path)
    assert source == path  # read by path
    assert reader.read_sheet(path).rows[1][1] == "A"  # unchanged: read as usual
    other = write_xlsx(tmp_path / "lain.xlsx", [["NIK", "Nama"], ["1", "B"], ["2", "C"]])
    _swap_after(monkeypatch, safety, "check_xlsx", path, other)
    with pytest.raises(UserError, match="berubah saat sedang dibaca") as info:
        reader.read_sheet(path)
    assert info.value.code == "file.changed"


def test_small_files_are_snapshots_of_what_was_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kecil.xlsx", [["NIK"], ["1"]])
    source, before = safety.take(path)
    assert isinstance(source, safety.Snapshot)
    assert source.data == path.read_bytes() and before.st_size == len(source.data)
    assert safety.kind_of(source) == "zip"


def _mixed(tmp_path: Path, name: str, *, broken_workbook: bool) -> Path:
    """An .xlsx whose workbook part may be damaged, carrying an .ods body as well."""
    xlsx = write_xlsx(tmp_path / "asal.xlsx", [["NIK"], ["dari-xlsx"]])
    body = ods(tmp_path / "asal.ods", row(cell("dari-ods")))
    out = tmp_path / name
    with zipfile.ZipFile(out, "w") as z:
        for src in (body, xlsx):
            with zipfile.ZipFile(src) as part:
                for info in part.infolist():
                    data = part.read(info.filename)
                    if broken_workbook and info.filename == "xl/workbook.xml":
                        data = b"<rusak"
                    z.writestr(info.filename, data)
    return out


def test_calamine_would_read_the_ods_inside_a_damaged_xlsx(tmp_path: Path) -> None:
    """Why the rule exists: given the bytes, calamine falls through to the .ods body."""
    import python_calamine

    mixed = _mixed(tmp_path, "campur.xlsx", broken_workbook=True)
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(mixed.read_bytes()))
    assert book.get_sheet_by_index(0).to_python() == [["dari-ods"]]


@pytest.mark.parametrize("broken", [True, False])
def test_an_xlsx_holding_an_ods_body_is_refused(tmp_path: Path, broken: bool) -> None:
    mixed = _mixed(tmp_path, "campur.xlsx", broken_workbook=broken)
    for read in (reader.read_sheet, reader.sheet_names):
        with pytest.raises(UserError, match="jenis lembar kerja lain") as info:
            read(mixed)
        assert info.value.code == "file.mixed"


def test_an_xlsx_renamed_ods_and_an_xlsb_workbook_are_refused(tmp_path: Path) -> None:
    renamed = tmp_path / "nama.ods"
    renamed.write_bytes(write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]]).read_bytes())
    with pytest.raises(UserError, match="xl/") as info:
        reader.read_sheet(renamed)
    assert info.value.code == "file.mixed"
    xlsb = tmp_path / "biner.xlsx"
    with zipfile.ZipFile(tmp_path / "a.xlsx") as src, zipfile.ZipFile(xlsb, "w") as z:
        for item in src.infolist():
            z.writestr(item.filename, src.read(item.filename))
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    with pytest.raises(UserError, match=r"workbook\.bin"):
        reader.read_sheet(xlsb)


def test_a_zip_named_xls_is_refused(tmp_path: Path) -> None:
    renamed = tmp_path / "lama.xls"
    renamed.write_bytes(write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]]).read_bytes())
    with pytest.raises(UserError, match="tidak sesuai dengan jenisnya"):
        reader.read_sheet(renamed)


def test_real_files_of_each_kind_still_read(tmp_path: Path) -> None:
    assert reader.read_sheet(write_xlsx(tmp_path / "a.xlsx", [["NIK"], ["1"]])).rows == [
        ["NIK"], ["1"]]
    assert reader.read_sheet(ods(tmp_path / "b.ods", row(cell("NIK")))).rows == [["NIK"]]
    assert reader.sheet_names(ods(tmp_path / "c.ods", row(cell("NIK")))) == ["Data"]
