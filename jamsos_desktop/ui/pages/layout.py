"""Small layout helpers shared by the pages built from forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea


def fit_scroll_width(scroll: QScrollArea) -> None:
    """Make a form's scroll area at least as wide as the form, so it scrolls only up and
    down and the splitter gives the rest of the page what is left. Called once the form's
    combos are filled: until then the scroll area and the form's layout still hold the
    sizes measured by setupUi, when the combos were empty."""
    box = scroll.takeWidget()
    scroll.setWidget(box)  # re-seating drops both stale measurements
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(box.minimumSizeHint().width()
                           + scroll.verticalScrollBar().sizeHint().width()
                           + 2 * scroll.frameWidth())
