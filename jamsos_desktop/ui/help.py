"""The user guide (docs/panduan.md) rendered with QTextBrowser.setMarkdown."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from jamsos_desktop.paths import is_frozen, resources_dir


def guide_path() -> Path | None:
    candidates = [resources_dir().parent / "docs" / "panduan.md"]
    if is_frozen():
        candidates.insert(0, Path(sys._MEIPASS) / "docs" / "panduan.md")  # type: ignore[attr-defined]
    return next((p for p in candidates if p.exists()), None)


class GuideBrowser(QTextBrowser):
    """Screenshots are scaled to the page width instead of forcing sideways scrolling."""

    max_image_width = 820

    def loadResource(self, kind: int, url: QUrl) -> Any:
        resource = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
            if not image.isNull() and image.width() > self.max_image_width:
                return image.scaledToWidth(self.max_image_width,
                                           Qt.TransformationMode.SmoothTransformation)
            return image
        return resource


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Panduan Pengguna Jamsos Desktop")
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser(self)
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        path = guide_path()
        if path is None:
            self.browser.setPlainText("Berkas panduan (docs/panduan.md) tidak ditemukan.")
            return
        # Relative image links (screenshots/…) resolve against the guide's folder.
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
