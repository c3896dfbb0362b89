"""Where things are: bundled resources (source checkout, installed wheel or frozen bundle)
and the user's data folder. The one place that knows about `sys._MEIPASS`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jamsos_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _bundled_dir(name: str) -> Path | None:
    """`name` (resources, forms) for a checkout or an installed wheel; None if absent.

    Installed wheel: `jamsos_desktop/<name>` (setup.py copies it in). Source checkout and
    editable install: `<repo>/<name>`, recognised by the pyproject.toml beside it, so that a
    stray top-level `resources/` some other package put in site-packages is never taken."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    return None


def resources_dir() -> Path:
    """The `resources/` folder.

    Frozen: PyInstaller unpacks data beside the code in `sys._MEIPASS/resources`.
    Installed wheel: `jamsos_desktop/resources`. Source checkout: `<repo>/resources`.
    `JAMSOS_RESOURCES` overrides all, for tests and odd installs.
    """
    override = os.environ.get("JAMSOS_RESOURCES")
    if override:
        return Path(override)
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    found = _bundled_dir("resources")
    if found is None:
        raise FileNotFoundError("Folder sumber daya (resources) program tidak ditemukan.")
    return found


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def forms_dir() -> Path:
    """The Qt Designer forms (`forms/*.ui`), found like `resources_dir()`."""
    if is_frozen():
        return Path(sys._MEIPASS) / "forms"  # type: ignore[attr-defined]
    return _bundled_dir("forms") or _PACKAGE_DIR.parent / "forms"


def user_data_dir() -> Path:
    """Per-user data folder: %APPDATA%\\JamsosDesktop on Windows, ~/.local/share/JamsosDesktop
    on Linux. `JAMSOS_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("JAMSOS_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return user_data_dir() / "jamsos.db"


def backups_dir_for(db_path: Path) -> Path:
    """Automatic backups live beside the database, in `<name>-cadangan/`."""
    return db_path.parent / f"{db_path.stem}-cadangan"
