"""Small charts drawn with QPainter (QtCharts lives in pyside6-addons, which we do not ship):
a stacked horizontal bar chart (enrollment by unit) and a line chart (coverage by month)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ENROLLED = QColor("#2e7d32")
PROPOSED = QColor("#f9a825")
NOT_YET = QColor("#b0bec5")
LINE = QColor("#1565c0")
GRID = QColor("#e0e0e0")
TEXT = QColor("#37474f")


def labelled_points(widths: Sequence[float], step: float, gap: float = 8.0) -> list[int]:
    """Indices of the points whose labels (centred on points `step` apart, `widths` wide)
    can be drawn without touching: every k-th point counting back from the last (the latest
    month is the one readers look for), k the smallest stride that leaves `gap` between the
    widest label and its neighbour."""
    n = len(widths)
    if n == 0:
        return []
    need = max(widths) + gap
    stride = n if step <= 0 else max(1, min(n, math.ceil(need / step - 1e-9)))
    return list(range(n - 1, -1, -stride))[::-1]


@dataclass(frozen=True)
class Bar:
    label: str
    parts: tuple[int, ...]  # stacked segments, in the order of the chart's colours
    note: str = ""  # printed right of the bar (e.g. "57 %")


class StackedBarChart(QWidget):
    """One horizontal stacked bar per row; bars scale to the largest total."""

    ROW = 20

    # `parent` first: uic builds a promoted widget as `StackedBarChart(parent)`.
    def __init__(self, parent: QWidget | None = None, *,
                 colors: Sequence[QColor] = (ENROLLED, PROPOSED, NOT_YET),
                 legend: Sequence[str] = ("Terdaftar", "Diusulkan", "Belum")) -> None:
        super().__init__(parent)
        self.colors, self.legend = tuple(colors), tuple(legend)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 34 + self.ROW * max(1, len(self.bars)))

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        p.setFont(font)
        fm = QFontMetrics(font)
        w = self.width()
        label_w = min(int(w * 0.38), max((fm.horizontalAdvance(b.label) for b in self.bars),
                                         default=60) + 8)
        note_w = fm.horizontalAdvance("100,0 %") + 8
        x0, x1 = label_w, max(label_w + 20, w - note_w)
        top = 24
        # legend
        x = 4
        for color, text in zip(self.colors, self.legend, strict=False):
            p.fillRect(QRectF(x, 6, 10, 10), color)
            p.setPen(TEXT)
            p.drawText(QPointF(x + 14, 15), text)
            x += 14 + fm.horizontalAdvance(text) + 14
        if not self.bars:
            p.drawText(QRectF(0, top, w, self.ROW), Qt.AlignmentFlag.AlignCenter, "Belum ada data")
            return
        biggest = max(sum(b.parts) for b in self.bars) or 1
        for i, bar in enumerate(self.bars):
            y = top + i * self.ROW
            p.setPen(TEXT)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(QRectF(0, y, label_w - 6, self.ROW),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            x = float(x0)
            for value, color in zip(bar.parts, self.colors, strict=False):
                width = (x1 - x0) * value / biggest
                p.fillRect(QRectF(x, y + 3, width, self.ROW - 6), color)
                x += width
            p.setPen(TEXT)
            p.drawText(QRectF(x + 4, y, note_w, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                       bar.note)
        p.end()


class LineChart(QWidget):
    """Values over labelled points (months), with a 0–`maximum` axis."""

    def __init__(self, parent: QWidget | None = None, *, maximum: float | None = 100.0,
                 unit: str = " %") -> None:
        super().__init__(parent)
        self.maximum, self.unit = maximum, unit
        self.points: list[tuple[str, float]] = []
        self.setMinimumSize(280, 180)

    def set_points(self, points: Sequence[tuple[str, float]]) -> None:
        self.points = list(points)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        p.setFont(font)
        fm = QFontMetrics(font)
        axis = fm.horizontalAdvance("100 %") + 10
        # the first and last month labels are centred on their points: keep room for half
        widest = max((fm.horizontalAdvance(label) for label, _ in self.points),
                     default=fm.horizontalAdvance("Sep 2026"))
        half_label = widest / 2 + 4
        left, right, top, bottom = axis + half_label, half_label, 12, 28
        w, h = self.width() - left - right, self.height() - top - bottom
        top_value = self.maximum or max((v for _, v in self.points), default=1.0) or 1.0
        for i in range(6):  # grid every fifth of the axis
            y = top + h - h * i / 5
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y), QPointF(left + w, y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - 8, axis - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{top_value * i / 5:.0f}{self.unit}")
        if not self.points:
            p.drawText(QRectF(left, top, w, h), Qt.AlignmentFlag.AlignCenter,
                       "Belum ada potret bulanan")
            return
        n = len(self.points)
        step = w / max(1, n - 1)

        def at(i: int, value: float) -> QPointF:
            x = left + (step * i if n > 1 else w / 2)
            return QPointF(x, top + h - h * min(value, top_value) / top_value)

        path = QPainterPath(at(0, self.points[0][1]))
        for i, (_, value) in enumerate(self.points[1:], 1):
            path.lineTo(at(i, value))
        p.setPen(QPen(LINE, 2.2))
        p.drawPath(path)
        shown = set(labelled_points([fm.horizontalAdvance(label) for label, _ in self.points],
                                    step if n > 1 else w))
        for i, (label, value) in enumerate(self.points):
            pt = at(i, value)
            p.setBrush(LINE)
            p.drawEllipse(pt, 3.2, 3.2)
            if i in shown:
                half = fm.horizontalAdvance(label) / 2 + 2
                p.setPen(TEXT)
                p.drawText(QRectF(pt.x() - half, top + h + 4, 2 * half, 16),
                           Qt.AlignmentFlag.AlignHCenter, label)
                p.setPen(QPen(LINE, 2.2))
        last_label = f"{self.points[-1][1]:.1f}".replace(".", ",") + self.unit
        pt = at(n - 1, self.points[-1][1])
        p.setPen(LINE)
        p.drawText(QRectF(pt.x() - 70, pt.y() - 20, 66, 16),
                   Qt.AlignmentFlag.AlignRight, last_label)
        p.end()
