"""The user guide (docs/panduan.md) rendered with QTextBrowser.setMarkdown."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from jamsos_desktop.paths import is_frozen, resources_dir


def guide_path() -> Path | None:
    candidates = [resources_dir().parent / "docs" / "panduan.md"]
    if is_frozen():
        candidates.insert(0, Path(sys._MEIPASS) / "docs" / "panduan.md")  # type: ignore[attr-defined]
    return next((p for p in candidates if p.exists()), None)


class GuideBrowser(QTextBrowser):
    """Screenshots are drawn no wider than the text column they stand in (a picture in a
    list item is indented), again after every resize, so the guide never scrolls sideways."""

    MIN_IMAGE_WIDTH = 120

    def _natural_size(self, name: str) -> tuple[int, int] | None:
        resource = self.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl(name))
        if resource is None:
            return None
        image = resource if isinstance(resource, QImage) else resource.toImage() \
            if isinstance(resource, QPixmap) else QImage.fromData(resource)
        return None if image.isNull() else (image.width(), image.height())

    def fit_images(self) -> None:
        doc = self.document()
        bar = self.verticalScrollBar()
        # A scroll bar that appears once the pictures are laid out must not push them over.
        room = self.viewport().width() - 2 * doc.documentMargin() - 2 \
            - (0 if bar.isVisible() else bar.sizeHint().width())
        changes: list[tuple[int, int, QTextImageFormat]] = []
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            indent = fmt.leftMargin() + fmt.rightMargin() + fmt.indent() * doc.indentWidth()
            if block.textList() is not None:
                indent += block.textList().format().indent() * doc.indentWidth()
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                char = fragment.charFormat()
                size = self._natural_size(char.toImageFormat().name()) \
                    if char.isImageFormat() else None
                if size is not None:
                    width = min(size[0], max(self.MIN_IMAGE_WIDTH, room - indent))
                    image = char.toImageFormat()
                    if abs(image.width() - width) > 0.5:
                        image.setWidth(width)
                        image.setHeight(size[1] * width / size[0])
                        changes.append((fragment.position(), fragment.length(), image))
                it += 1
            block = block.next()
        cursor = QTextCursor(doc)
        for position, length, image in changes:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def setMarkdown(self, markdown: str) -> None:
        super().setMarkdown(markdown)
        self.document().setUndoRedoEnabled(False)  # resizing pictures is not an edit
        self.fit_images()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()


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
