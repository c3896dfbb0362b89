"""Smoke test of the office-PC bundle: build it from installer.spec once per session, then run
the frozen programs offscreen the way a clerk would — fresh database in a folder whose name has
spaces and non-ASCII characters, demo data, a document printed to PDF, and the desktop window
opened and closed.

Skipped when PyInstaller is absent, except under CI (the `CI` environment variable), where a
missing PyInstaller is a failure. Sizes and times are printed (`pytest -s`) and written to
`<bundle tmp>/smoke.json`; only the 150 MB size limit is asserted, never a timing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jamsos_desktop import build as jb

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 120


@dataclass
class Bundle:
    folder: Path
    size: int
    build_seconds: float
    report: dict[str, object] = field(default_factory=dict)

    @property
    def cli(self) -> Path:
        return jb.executable(self.folder.parent, jb.CLI_NAME)

    @property
    def gui(self) -> Path:
        return jb.executable(self.folder.parent, jb.GUI_NAME)

    def note(self, key: str, value: object) -> None:
        self.report[key] = value
        print(f"[bundle] {key}: {value}")
        (self.folder.parent / "smoke.json").write_text(json.dumps(self.report, indent=2))


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller tidak terpasang (pip install -e .[build])"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; di CI uji paket wajib dijalankan.")
        pytest.skip(message)
    base = tmp_path_factory.mktemp("bundle")
    try:
        folder, size, seconds = jb.build(base / "dist", base / "work")
    except RuntimeError as exc:
        pytest.fail(str(exc))
    result = Bundle(folder, size, seconds)
    result.note("build_seconds", round(seconds, 1))
    result.note("size_mb", round(size / 1_000_000, 1))
    yield result


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)  # JAMSOS_DATA_DIR is already a per-test folder (tests/conftest.py)
    env.pop("PYTHONPATH", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _run(program: Path, args: Sequence[str], timeout: float = RUN_TIMEOUT,
         **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(program), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env=_env(**env), check=False)
    assert done.returncode == 0, (
        f"{program.name} {' '.join(args)} keluar dengan kode {done.returncode}\n"
        f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-3000:]}")
    return done


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    """A database path as office PCs have them: spaces, an em dash and a non-ASCII letter."""
    folder = tmp_path / "Data Kantor" / "Dinas Sosial — Ñ"
    folder.mkdir(parents=True)
    return folder / "jamsos.db"


def test_bundle_layout_and_size(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    assert bundle.gui.is_file() and bundle.cli.is_file()
    for name in ("rates/tarif_iuran.toml", "regions/wilayah_kemendagri_2025.csv",
                 "fonts/LiberationSans-Regular.ttf", "icons/jamsos.ico"):
        assert (internal / "resources" / name).is_file(), name
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(ROOT / "resources")
            assert (internal / "resources" / rel).is_file(), f"tidak terbawa: resources/{rel}"
    if (ROOT / "forms").is_dir():
        assert {p.name for p in (ROOT / "forms").glob("*.ui")} \
            <= {p.name for p in (internal / "forms").glob("*.ui")}
    unwanted = ("WebEngine", "Qml", "Quick", "VirtualKeyboard", "Qt63D", "Multimedia",
                "Designer", "Wayland", "Charts")
    libraries = [p.name for p in internal.rglob("*Qt6*") if not p.is_symlink()]
    assert not [n for n in libraries if any(u in n for u in unwanted)], libraries
    # libQt6Network may stay (QtPdf links it); the Python binding must not.
    bindings = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    assert not bindings & set(jb.EXCLUDED_QT_MODULES), bindings
    assert bundle.size < jb.SIZE_LIMIT_MB * 1_000_000, \
        f"paket {bundle.size / 1e6:.1f} MB, batas {jb.SIZE_LIMIT_MB} MB"


def test_cli_opens_fresh_database_in_office_path(bundle: Bundle, office_db: Path) -> None:
    done = _run(bundle.cli, ["--db", str(office_db), "info", "--json"])
    info = json.loads(done.stdout)
    assert office_db.is_file()
    assert Path(str(info.get("path", office_db))) == office_db
    version = _run(bundle.cli, ["--version"])
    assert jb.__version__ in version.stdout


def test_cli_demo_and_print_pdf(bundle: Bundle, office_db: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    demo = _run(bundle.cli, ["--db", str(office_db), "demo", "--workers", "200", "--json"])
    bundle.note("cli_demo_200_seconds", round(time.perf_counter() - started, 2))
    assert json.loads(demo.stdout)["workers"] == 200
    _run(bundle.cli, ["--db", str(office_db), "anggaran", "--year", "2026", "--json"])

    pdf = tmp_path / "Surat Usulan — Ñ.pdf"
    _run(bundle.cli, ["--db", str(office_db), "cetak", "usulan", "--out", str(pdf)])
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")


def test_cli_big_demo_generates_rows_in_a_second_process(bundle: Bundle, tmp_path: Path) -> None:
    """From 200,000 workers the demo's rows come from a spawned child: in the frozen program
    that child is the bundle's own executable, which freeze_support() must turn into the
    generator (else it would parse the command line, fail, and the parent would fall back
    to generating alone, saying so on stderr)."""
    from jamsos_desktop.services.demo import PARALLEL_MIN

    db = tmp_path / "besar.db"
    started = time.perf_counter()
    done = _run(bundle.cli, ["--db", str(db), "demo", "--workers", str(PARALLEL_MIN),
                             "--json"], timeout=300)
    bundle.note("cli_demo_200k_seconds", round(time.perf_counter() - started, 2))
    assert json.loads(done.stdout)["workers"] == PARALLEL_MIN
    assert "in-process" not in done.stderr and "unavailable" not in done.stderr, done.stderr


def _without_signin(db: Path) -> None:
    """A single-clerk office: sign-in switched off, so the main window opens straight away
    (otherwise the first start asks for the first administrator account)."""
    from jamsos_desktop.services import users
    from jamsos_desktop.store import open_store

    store = open_store(db)
    try:
        users.set_signin_enabled(store, False)
    finally:
        store.close()


def test_gui_starts_to_window_offscreen(bundle: Bundle, office_db: Path) -> None:
    _run(bundle.cli, ["--db", str(office_db), "demo", "--workers", "200"])
    _without_signin(office_db)
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(bundle.gui), "--db", str(office_db)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=_env(JAMSOS_SMOKE_EXIT_MS="1500"))
    shown: float | None = None
    lines: list[str] = []
    try:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)
            if line.startswith("JAMSOS_SMOKE window-shown") and shown is None:
                shown = time.perf_counter() - started
                bundle.note("gui_start_to_window_seconds", round(shown, 2))
                bundle.note("gui_in_process_ms", int(line.split()[-1]))
        code = process.wait(timeout=90)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("aplikasi desktop tidak menutup sendiri; stderr:\n" + "".join(lines[-40:]))
    finally:
        if process.poll() is None:
            process.kill()
    assert shown is not None, "jendela tidak tampil; stderr:\n" + "".join(lines[-40:])
    assert code == 0, f"kode keluar {code}; stderr:\n" + "".join(lines[-40:])


if __name__ == "__main__":  # pragma: no cover - convenience: python tests/installer/test_bundle.py
    sys.exit(pytest.main([__file__, "-s", "-p", "no:cacheprovider"]))
