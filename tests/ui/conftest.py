"""GUI test set-up: queries and tasks run inline, message boxes and questions are answered
by the test instead of blocking."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def gui_env(qapp: Any, monkeypatch: pytest.MonkeyPatch,
            _sync: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """The shared `_sync` (tasks inline, messages collected) and, for the whole main window
    these tests drive, more: the application set up as the program does it, queries inline,
    questions answered yes, the fill dialog skipped."""
    from jamsos_desktop.ui import app as ui_app
    from jamsos_desktop.ui import background, enrollment_page, roster_page

    ui_app.make_application()
    monkeypatch.setattr(background, "QUERIES_SYNCHRONOUS", True)
    monkeypatch.setattr(roster_page, "CONFIRM", lambda title, text: True)
    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", None)
    yield _sync


@pytest.fixture
def messages(gui_env: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return gui_env


@pytest.fixture
def window(demo_store: Any, qtbot: Any) -> Iterator[Any]:
    from jamsos_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win._counts_timer.stop()
    win.close()
