"""The embedded document fonts: Liberation Sans (Arial-metric, SIL OFL 1.1), shipped in
`resources/fonts/` with its licence.

Embedding a bundled TrueType font (never the PDF base-14 Helvetica, which a viewer replaces
by whatever it has) makes a printed letter look the same on every office PC and keeps the
widths used for wrapping equal to the widths drawn. reportlab subsets the glyphs actually used.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jamsos_desktop.errors import UserError
from jamsos_desktop.paths import resource

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "FONT_FILES", "ITALIC", "REGULAR", "register_fonts"]

FAMILY = "JamsosSans"
REGULAR = "JamsosSans"
BOLD = "JamsosSans-Bold"
ITALIC = "JamsosSans-Italic"
BOLD_ITALIC = "JamsosSans-BoldItalic"

FONT_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once per process (reportlab's registry is global; documents may
    be rendered on a worker thread, hence the lock)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in FONT_FILES.items():
            path = resource("fonts", file_name)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:
                raise UserError(f"Huruf dokumen '{file_name}' tidak dapat dimuat dari {path} "
                                f"({exc}). Pasang ulang Jamsos Desktop.",
                                code="documents.font") from exc
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
