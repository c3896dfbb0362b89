"""The QPainter charts: month labels of the trend chart never run into each other."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from jamsos_desktop.ui.pages.charts import labelled_points


def test_all_labels_when_they_fit() -> None:
    assert labelled_points([50.0] * 7, step=100) == list(range(7))


def test_seven_months_in_a_narrow_chart_are_thinned() -> None:
    # 7 labels 56 px wide, points 40 px apart: every second one, the latest always shown
    assert labelled_points([56.0] * 7, step=40) == [0, 2, 4, 6]
    assert labelled_points([56.0] * 8, step=40) == [1, 3, 5, 7]


@pytest.mark.parametrize("n", [1, 2, 7, 13, 16, 24, 60])
@pytest.mark.parametrize("step", [0.0, 3.0, 17.5, 40.0, 64.0, 200.0])
def test_shown_labels_never_touch(n: int, step: float) -> None:
    widths = [48.0 + (i % 3) * 6 for i in range(n)]
    shown = labelled_points(widths, step, gap=8)
    assert shown and shown[-1] == n - 1
    for a, b in pairwise(shown):
        assert (b - a) * step >= max(widths) + 8


def test_empty() -> None:
    assert labelled_points([], step=50) == []


@pytest.mark.parametrize("width", [280, 420, 700, 1100])
def test_trend_chart_paints_at_any_width(qtbot: Any, width: int) -> None:
    from jamsos_desktop.ui.pages.charts import LineChart

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(width, 220)
    chart.set_points([(f"Bln {i} 2026", 40.0 + i) for i in range(1, 8)])
    assert not chart.grab().isNull()
