"""Log file in the user data folder; tracebacks go here, never to a clerk's screen."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from jamsos_desktop.paths import user_data_dir

_configured = False


def log_file() -> Path:
    return user_data_dir() / "jamsos.log"


def configure() -> None:
    global _configured
    if _configured:
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("jamsos_desktop")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = True


def log_exception(exc: BaseException) -> Path:
    configure()
    logging.getLogger("jamsos_desktop").error(
        "unhandled: %s", "".join(traceback.format_exception(exc)))
    return log_file()
