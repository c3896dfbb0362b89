"""Build the office-PC bundle: `python -m jamsos_desktop.build [--dist DIR] [--work DIR]`.

Runs PyInstaller on `installer.spec` (repository root) and prints the bundle's size on disk.
Exit code 0 when the bundle was built and both programs are in it, 1 otherwise.

The spec calls back into this module for the parts worth testing without a build: what to
strip from Qt (`prune_qt`), which of our modules are loaded dynamically (`hidden_imports`)
and the Windows version resource (`windows_version_info`). Nothing here is imported by the
program itself; it is a development tool kept inside the package so that `python -m` works
from any checkout directory.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import Any

from jamsos_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer.spec"
GUI_NAME = APP_ID  # JamsosDesktop(.exe): windowed
CLI_NAME = f"{APP_ID}-cli"  # JamsosDesktop-cli(.exe): console companion in the same folder
SIZE_LIMIT_MB = 150

# Qt plugin folders and, within them, the plugins the program uses. A folder not listed is
# dropped whole (wayland*, egldeviceintegrations, generic, networkinformation, tls,
# sqldrivers, qmltooling, designer, multimedia, xcbglintegrations: no OpenGL is used).
# `None` keeps every plugin of that folder.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb: X11 and XWayland (Qt falls back to it when the wayland plugin is absent);
    # offscreen/minimal: smoke tests and headless printing; windows/cocoa: the other OSes.
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # qgtk3 would drag GTK in
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qico", "qsvg", "qjpeg", "qgif"}),  # qpdf drags QtPdf in
    "iconengines": None,
    "printsupport": None,  # CUPS on Linux; Windows prints through its own driver layer
    "styles": None,  # windowsvista / modernwindows style on Windows
}

# Qt's own translation catalogues: Qt ships none for Indonesian; ours are in resources/.
_QT_TRANSLATION = re.compile(r"(^|/)PySide6/(Qt/)?translations/", re.IGNORECASE)
_QT_PLUGIN = re.compile(r"(^|/)PySide6/(Qt/)?plugins/([^/]+)/([^/]+)$", re.IGNORECASE)
# Qt's shared libraries (libQt6Core.so.6, Qt6Core.dll, QtCore.framework …): kept only when
# something kept links to them.
_QT_LIBRARY = re.compile(r"^(lib)?Qt6[A-Za-z0-9]+(\.so(\.\d+)*|\.dll|\.dylib)$|^Qt[A-Za-z0-9]+$")

# Python modules never wanted in the bundle, including Qt bindings the program does not use.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
    "QtTextToSpeech", "QtVirtualKeyboard", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "IPython", "jedi", "numpy", "scipy",
    "pandas", "matplotlib", "pytest", "_pytest", "hypothesis", "pypdf", "setuptools", "pip",
    "PyInstaller", "lib2to3", "pydoc_data", "test", "jamsos_desktop.build",
    # Pillow serves reportlab's PNG/JPEG logos; AVIF and WebP bring 6 MB of codecs.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageQt",
    "PIL.ImageTk", "PIL._imagingtk",
    # No terminal line editing, no East Asian codecs (the data is Indonesian, in UTF-8).
    "readline", "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_hk", "_codecs_tw",
    "_codecs_iso2022",
    "jamsos_desktop.ui.compile_forms",
)

# Our modules that are only imported by name at run time (pkgutil discovery), which
# PyInstaller cannot see: every CLI subcommand and every GUI page.
DYNAMIC_PACKAGES = ("jamsos_desktop.cli.commands", "jamsos_desktop.ui.pages")

Toc = list[tuple[str, str, str]]


def hidden_imports() -> list[str]:
    """All submodules of the whole package, less the development tools.

    The dynamic packages above are the reason; taking the whole package also covers modules
    other engineers add later that are reached only through importlib."""
    from PyInstaller.utils.hooks import collect_submodules

    def wanted(name: str) -> bool:
        return name not in EXCLUDED_MODULES and not name.startswith("jamsos_desktop.tests")

    names = set(collect_submodules("jamsos_desktop", filter=wanted))
    for package in DYNAMIC_PACKAGES:
        names.update(collect_submodules(package, filter=wanted))
    return sorted(names)


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_entry(dest: str) -> bool:
    """Whether a collected file survives the Qt trim (plugins and translations only)."""
    path = _posix(dest)
    if _QT_TRANSLATION.search(path):
        return False
    match = _QT_PLUGIN.search(path)
    if match:
        folder, file_name = match.group(3), match.group(4)
        if folder not in QT_PLUGINS_KEPT:
            return False
        allowed = QT_PLUGINS_KEPT[folder]
        return allowed is None or _plugin_stem(file_name) in allowed
    return True


def _linked_names(path: str) -> set[str]:
    """The libraries a binary links to directly (lower-case file names).

    Direct links matter: `ldd` (what PyInstaller uses on Linux) lists the whole transitive
    closure, which would keep the dependencies of a library we drop on purpose."""
    if sys.platform.startswith("linux"):
        try:
            out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                                 check=True, timeout=60).stdout
            return {line.split()[1].lower() for line in out.splitlines()
                    if line.strip().startswith("NEEDED")}
        except (OSError, subprocess.SubprocessError, IndexError):
            pass
    from PyInstaller.depend import bindepend

    try:
        return {PurePath(name).name.lower() for name, _ in bindepend.get_imports(path)}
    except Exception:  # noqa: BLE001 - unreadable file: assume it links nothing
        return set()


# Linux system libraries left to the target machine, like libEGL/libGL (ARCHITECTURE.md):
# libcups comes with every desktop that prints and drags in gnutls, kerberos, nettle, gmp,
# p11-kit … (~8 MB). Without it Qt's CUPS plugin does not load and only the print dialog's
# printer list is affected; PDFs are written by reportlab regardless.
LINUX_SYSTEM_LIBRARIES = frozenset({"libcups.so.2"})


def _is_prunable_library(entry: tuple[str, str, str], windows: bool) -> bool:
    """A shared library that is only there because something links to it.

    Qt's libraries everywhere; on Linux every plain library (the system ones PyInstaller
    copies in for a plugin we then drop: qgtk3 brings GTK, cairo and pango). Windows keeps
    its non-Qt DLLs untouched: the trim is not tested there beyond Qt's own."""
    dest, _, typecode = entry
    name = PurePath(dest).name
    if typecode != "BINARY" or _QT_PLUGIN.search(_posix(dest)):
        return False
    if _QT_LIBRARY.match(name):
        return True
    return not windows and not name.lower().startswith(("libpython", "python"))


def prune(binaries: Iterable[tuple[str, str, str]], datas: Iterable[tuple[str, str, str]],
          linked: Any = _linked_names, windows: bool = sys.platform == "win32",
          ) -> tuple[Toc, Toc, list[str]]:
    """Drop unused Qt plugins and Qt translations, then every shared library that nothing
    kept links to, then the symlinks left pointing at dropped files.

    PyInstaller's Qt hooks collect every plugin of each category a used module might want,
    with the libraries those plugins need (imageformats/qpdf pulls QtPdf, the virtual keyboard
    QtQuick and QtQml, platformthemes/qgtk3 GTK). Returns (binaries, datas, dropped names)."""
    dropped: list[tuple[str, str, str]] = []
    kept_bins: Toc = []
    for entry in binaries:
        (kept_bins if keep_entry(entry[0]) else dropped).append(tuple(entry))  # type: ignore[arg-type]
    kept_datas: Toc = []
    for entry in datas:
        (kept_datas if keep_entry(entry[0]) else dropped).append(tuple(entry))  # type: ignore[arg-type]

    if not windows:
        for entry in [e for e in kept_bins if PurePath(e[0]).name in LINUX_SYSTEM_LIBRARIES]:
            kept_bins.remove(entry)
            dropped.append(entry)
    libraries = {PurePath(e[0]).name.lower(): e for e in kept_bins
                 if _is_prunable_library(e, windows)}
    reached: set[str] = set()
    queue = [e[1] for e in kept_bins if not _is_prunable_library(e, windows)]
    while queue:
        for name in linked(queue.pop()):
            if name in libraries and name not in reached:
                reached.add(name)
                queue.append(libraries[name][1])
    result: Toc = []
    for entry in kept_bins:
        if _is_prunable_library(entry, windows) and PurePath(entry[0]).name.lower() not in reached:
            dropped.append(entry)
        else:
            result.append(entry)

    gone = {_posix(e[0]) for e in dropped}
    final_datas: Toc = []
    for entry in kept_datas:
        dest, target, typecode = entry
        if typecode == "SYMLINK":
            resolved = _posix(str(PurePath(dest).parent / target))
            if resolved in gone or resolved.lstrip("./") in gone:
                dropped.append(entry)
                continue
        final_datas.append(entry)
    return result, final_datas, sorted(_posix(e[0]) for e in dropped)


def version_tuple(version: str = __version__) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def windows_version_info(version: str = __version__) -> Any:
    """The VERSIONINFO resource of both .exe files (Explorer → Properties → Details)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", "Jamsos Desktop Developers"),
        StringStruct("FileDescription", f"{APP_NAME} — kepesertaan BPJS Ketenagakerjaan "
                                        "pekerja non-ASN pemda"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", APP_ID),
        StringStruct("LegalCopyright", "Lisensi MIT"),
        StringStruct("OriginalFilename", f"{GUI_NAME}.exe"),
        StringStruct("ProductName", APP_NAME),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0,
                          OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
        # 0x0421 = Indonesian, 1200 = Unicode.
        kids=[StringFileInfo([StringTable("042104B0", strings)]),
              VarFileInfo([VarStruct("Translation", [0x0421, 1200])])],
    )


def bundle_dir(dist: Path) -> Path:
    return dist / APP_ID


def executable(dist: Path, name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir(dist) / f"{name}{suffix}"


def disk_size(path: Path) -> int:
    """Bytes on disk of a folder (files and symlinks themselves, not their targets)."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        for name in (*filenames, *dirnames):
            item = Path(dirpath, name)
            if item.is_symlink() or item.is_file():
                total += item.lstat().st_size
    return total


def run_pyinstaller(dist: Path, work: Path, *, clean: bool = False,
                    extra: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    if not SPEC.is_file():
        raise FileNotFoundError(f"Berkas {SPEC} tidak ditemukan; jalankan dari checkout sumber.")
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN",
               *(["--clean"] if clean else []), *extra]
    return subprocess.run(command, cwd=ROOT, text=True, capture_output=True, check=False)


def build(dist: Path, work: Path, *, clean: bool = False) -> tuple[Path, int, float]:
    """Build; return (bundle folder, size in bytes, seconds). Raises RuntimeError on failure."""
    started = time.perf_counter()
    done = run_pyinstaller(dist, work, clean=clean)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"PyInstaller gagal (kode {done.returncode}):\n"
                           f"{done.stderr[-4000:]}{done.stdout[-2000:]}")
    for name in (GUI_NAME, CLI_NAME):
        if not executable(dist, name).is_file():
            raise RuntimeError(f"Program {executable(dist, name)} tidak dihasilkan.")
    folder = bundle_dir(dist)
    return folder, disk_size(folder), seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jamsos_desktop.build",
        description="Bangun paket PyInstaller satu-folder dari installer.spec.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="folder hasil (bawaan: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="folder kerja PyInstaller (bawaan: build/)")
    parser.add_argument("--clean", action="store_true",
                        help="kosongkan cache PyInstaller sebelum membangun")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller belum terpasang: jalankan pip install -e .[build]", file=sys.stderr)
        return 1
    try:
        folder, size, seconds = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    except (RuntimeError, FileNotFoundError, OSError) as exc:
        print(f"Pembangunan gagal: {exc}", file=sys.stderr)
        return 1
    megabytes = size / 1_000_000
    print(f"Paket dibangun di {folder} dalam {seconds:.1f} detik: {megabytes:.1f} MB "
          f"({size} byte).")
    if megabytes >= SIZE_LIMIT_MB:
        print(f"Peringatan: ukuran paket melebihi {SIZE_LIMIT_MB} MB.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
