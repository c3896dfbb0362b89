"""Shared fixtures. Qt runs offscreen; every test gets its own data folder so nothing touches
the developer's real database or settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples every run (a landing never depends on luck) and has no
# per-example deadline (the 2-core CI machine is often busy); locally, hypothesis keeps
# exploring new examples, which is how new bugs are found.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("JAMSOS_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "jamsos.db"


@pytest.fixture
def store(db_file: Path) -> Iterator[object]:
    from jamsos_desktop.store import open_store

    s = open_store(db_file)
    yield s
    s.close()


@pytest.fixture
def demo_store(db_file: Path) -> Iterator[object]:
    """A migrated database with the demo district and 300 workers (seed 7)."""
    from jamsos_desktop.services.demo import create_demo
    from jamsos_desktop.store import open_store

    s = open_store(db_file)
    create_demo(s, workers=300, seed=7)
    yield s
    s.close()


@pytest.fixture
def _sync(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """For the GUI tests: background tasks run inline, and the messages the GUI would show
    are collected (title, text) instead of opening a dialog. Qt is imported only here, so
    tests that do not ask for it never load it. A module whose every test needs it says
    `pytestmark = pytest.mark.usefixtures("_sync")`."""
    from jamsos_desktop.ui import errors as ui_errors
    from jamsos_desktop.ui import tasks

    monkeypatch.setattr(tasks, "TASKS_SYNCHRONOUS", True)
    sink: list[tuple[str, str]] = []
    monkeypatch.setattr(ui_errors, "MESSAGE_SINK", sink)
    yield sink
