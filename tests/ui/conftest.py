"""GUI test set-up: queries and tasks run inline, message boxes and questions are answered
by the test instead of blocking."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def gui_env(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    from jamsos_desktop.ui import app as ui_app
    from jamsos_desktop.ui import background, enrollment_page, errors, roster_page, tasks

    ui_app.make_application()
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(background, "QUERIES_SYNCHRONOUS", True)
    monkeypatch.setattr(tasks, "TASKS_SYNCHRONOUS", True)
    monkeypatch.setattr(errors, "MESSAGE_SINK", messages)
    monkeypatch.setattr(roster_page, "CONFIRM", lambda title, text: True)
    monkeypatch.setattr(enrollment_page, "FILL_DIALOG", None)
    yield messages


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
