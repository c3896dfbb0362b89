"""The in-app guide: screenshots fit the text column, indented or not, at any width."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage

from jamsos_desktop.ui.help import GuideBrowser, GuideDialog


def _image_widths(browser: GuideBrowser) -> list[float]:
    widths = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char = it.fragment().charFormat()
            if char.isImageFormat():
                widths.append(char.toImageFormat().width())
            it += 1
        block = block.next()
    return widths


@pytest.mark.parametrize("width", [520, 900, 1400])
def test_guide_never_scrolls_sideways(qtbot: Any, width: int) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(width, 700)
    dialog.show()
    browser = dialog.browser
    assert _image_widths(browser)  # the guide has screenshots, scaled
    assert browser.horizontalScrollBar().maximum() == 0
    assert all(w <= browser.viewport().width() for w in _image_widths(browser))


def test_picture_in_a_list_item_is_narrower(qtbot: Any, tmp_path: Any) -> None:
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(tmp_path / "lebar.png"))
    browser = GuideBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show()
    browser.setSearchPaths([str(tmp_path)])
    browser.setMarkdown("![a](lebar.png)\n\n- butir\n\n  ![b](lebar.png)\n")
    top, nested = _image_widths(browser)
    assert nested < top <= browser.viewport().width()
    assert browser.horizontalScrollBar().maximum() == 0
    browser.resize(900, 400)  # wider window, bigger pictures (up to their own width)
    assert _image_widths(browser)[0] > top
