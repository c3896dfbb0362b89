"""Packaging rules that need no build: the Qt trim, the Windows version resource, resource
lookup in an installed wheel, and the Windows data folder. The bundle itself is exercised by
test_bundle.py (marked `installer`)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
import zipfile
from pathlib import Path, PureWindowsPath

import pytest

from jamsos_desktop import build as jb
from jamsos_desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def test_keep_entry_keeps_used_plugins_and_drops_the_rest() -> None:
    kept = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "resources/fonts/LiberationSans-Regular.ttf",
    ]
    dropped = [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qtbase_fr.qm",
    ]
    assert all(jb.keep_entry(name) for name in kept)
    assert not any(jb.keep_entry(name) for name in dropped)


def test_prune_drops_libraries_only_dropped_plugins_needed() -> None:
    links = {
        "/s/QtWidgets.abi3.so": {"libqt6widgets.so.6", "libqt6core.so.6"},
        "/s/libqt6widgets.so.6": {"libqt6gui.so.6", "libqt6core.so.6"},
        "/s/libqt6gui.so.6": {"libqt6core.so.6", "libpng16.so.16"},
        "/s/libqxcb.so": {"libqt6xcbqpa.so.6", "libqt6gui.so.6"},
        "/s/libqpdf.so": {"libqt6pdf.so.6"},
        "/s/libqgtk3.so": {"libgtk-3.so.0", "libqt6gui.so.6"},
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libqt6widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libqt6gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libqt6core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libqt6xcbqpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/s/libqt6pdf.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/s/libqpdf.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libpng16.so.16", "/s/libpng16.so.16", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("resources/rates/tarif_iuran.toml", "/r/tarif_iuran.toml", "DATA"),
    ]

    def linked(path: str) -> set[str]:
        return links.get(path, set())

    bins, kept_datas, dropped = jb.prune(binaries, datas, linked=linked, windows=False)
    names = {b[0] for b in bins}
    assert "PySide6/Qt/lib/libQt6XcbQpa.so.6" in names
    assert "libpng16.so.16" in names and "libpython3.11.so.1.0" in names
    assert not names & {"PySide6/Qt/lib/libQt6Pdf.so.6", "libgtk-3.so.0",
                        "PySide6/Qt/plugins/imageformats/libqpdf.so"}
    assert [d[0] for d in kept_datas] == ["libQt6Core.so.6", "resources/rates/tarif_iuran.toml"]
    assert "libQt6Pdf.so.6" in dropped

    # Windows: only Qt's own DLLs are candidates; other DLLs stay even when unlinked.
    bins_win, _, _ = jb.prune(binaries, datas, linked=linked, windows=True)
    assert "libgtk-3.so.0" in {b[0] for b in bins_win}


def test_excludes_keep_the_qt_modules_the_code_uses() -> None:
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtSvgWidgets",
            "QtPdf", "QtPdfWidgets", "QtUiTools"}
    assert not used & set(jb.EXCLUDED_QT_MODULES)
    imported: set[str] = set()
    for source in (ROOT / "jamsos_desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for module in jb.EXCLUDED_QT_MODULES:
            if f"PySide6.{module} " in text or f"PySide6.{module}\n" in text \
                    or f"PySide6 import {module}" in text:
                imported.add(f"{source.relative_to(ROOT)}: {module}")
    assert not imported, f"modul Qt yang dipakai kode malah dikecualikan: {sorted(imported)}"


def test_version_tuple() -> None:
    assert jb.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert jb.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    assert jb.version_tuple("2.0rc1") == (2, 0, 1, 0)


def test_windows_version_info_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    import PyInstaller.compat  # a test dependency ([build] extra): required, not skipped

    # versioninfo imports pefile and win32api at module level; both exist only on Windows.
    monkeypatch.setitem(sys.modules, "pefile", sys.modules.get("pefile")
                        or types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    sys.modules.pop("PyInstaller.utils.win32.versioninfo", None)
    info = jb.windows_version_info("0.1.0")
    text = str(info)
    assert "filevers=(0, 1, 0, 0)" in text
    assert "JamsosDesktop.exe" in text and "Jamsos Desktop" in text
    assert "042104B0" in text


def test_windows_data_folder_is_roaming_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    """%APPDATA%\\JamsosDesktop (roaming, no vendor folder), checked with platformdirs'
    Windows rules on any OS."""
    import platformdirs
    import platformdirs.windows

    folders = {"CSIDL_APPDATA": r"C:\Users\Siti Ñ\AppData\Roaming",
               "CSIDL_LOCAL_APPDATA": r"C:\Users\Siti Ñ\AppData\Local"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.delenv("JAMSOS_DATA_DIR", raising=False)
    got = PureWindowsPath(str(paths.user_data_dir()))
    assert got == PureWindowsPath(r"C:\Users\Siti Ñ\AppData\Roaming\JamsosDesktop")


def test_checkout_resources_and_forms_are_found() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("rates", "tarif_iuran.toml").is_file()
    assert paths.resource("icons", "jamsos.ico").is_file()
    assert paths.forms_dir() == ROOT / "forms"


@pytest.mark.slow
def test_wheel_carries_resources_and_forms(tmp_path: Path) -> None:
    """`pip install .` builds a wheel; it must hold resources/ and forms/ inside the package,
    and paths must find them there (the wheel is unpacked and imported without site-packages,
    so neither the checkout nor the editable install can answer instead)."""
    out = tmp_path / "wheel"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet",
         "--disable-pip-version-check", "-w", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        message = f"pip wheel tidak dapat dijalankan di sini: {done.stderr[-500:]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    (wheel,) = out.glob("jamsos_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "unpacked")
    expected = {
        f"jamsos_desktop/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected <= names
    assert any(n.startswith("jamsos_desktop/forms/") and n.endswith(".ui") for n in names) \
        or not (ROOT / "forms").is_dir()
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); import jamsos_desktop.paths as p; "
             "print(p.__file__); print(p.resources_dir()); print(p.forms_dir()); "
             "print(p.resource('rates', 'tarif_iuran.toml').is_file())")
    run = subprocess.run([sys.executable, "-S", "-c", probe, str(tmp_path / "unpacked")],
                         capture_output=True, text=True, timeout=60, check=True,
                         env={"PATH": "/usr/bin:/bin", "SYSTEMROOT": "C:\\Windows"})
    module, resources, forms, exists = run.stdout.splitlines()
    package = tmp_path / "unpacked" / "jamsos_desktop"
    assert Path(module).parent == package
    assert Path(resources) == package / "resources"
    assert Path(forms) == package / "forms"
    assert exists == "True"
