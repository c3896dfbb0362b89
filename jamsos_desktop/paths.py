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


def resources_dir() -> Path:
    """The `resources/` folder.

    Frozen: PyInstaller unpacks data beside the code in `sys._MEIPASS/resources`.
    Source checkout: `<repo>/resources`. Installed wheel: `jamsos_desktop/resources`
    (setup copies it there). `JAMSOS_RESOURCES` overrides all, for tests and odd installs.
    """
    override = os.environ.get("JAMSOS_RESOURCES")
    if override:
        return Path(override)
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Folder sumber daya (resources) program tidak ditemukan.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def forms_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "forms"  # type: ignore[attr-defined]
    return _PACKAGE_DIR.parent / "forms"


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
