"""A general surat dinas from editable text, with the same letterhead, numbering and
signature as the other documents.

Body text: paragraphs are separated by a blank line; a line starting with a list mark
("1.", "a.", "-", "•") is a list item with a hanging indent, so a clerk can type a letter
in a plain text box.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jamsos_desktop.documents.common import Letter, RenderContext, letter_closing, letter_opening

__all__ = ["SuratData", "parse_body", "render_surat"]

_MARK = re.compile(r"^\s*((?:\d{1,2}|[a-zA-Z])[.)]|[-\u2022*])\s+(.*)$")


@dataclass(frozen=True)
class SuratData:
    letter: Letter
    body: str


def parse_body(body: str) -> list[tuple[str | None, str]]:
    """[(mark or None, text)]: paragraphs joined from their lines, list items kept apart."""
    out: list[tuple[str | None, str]] = []
    current: list[str] = []
    mark: str | None = None

    def flush() -> None:
        nonlocal current, mark
        if current:
            out.append((mark, " ".join(current)))
        current, mark = [], None

    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        m = _MARK.match(line)
        if m:
            flush()
            mark = "\u2013" if m.group(1) in ("-", "*", "\u2022") else m.group(1)
            current = [m.group(2)]
            continue
        current.append(line)
    flush()
    return out


def render_surat(data: SuratData, ctx: RenderContext,
                 progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    w = ctx.writer(title=data.letter.hal or "Surat Dinas", subject=data.letter.hal)
    size = w.size
    body_x = letter_opening(w, ctx, data.letter)
    block = w.block(w.x1 - body_x)
    parts = parse_body(data.body)
    for i, (mark, text) in enumerate(parts):
        if mark is None:
            block.text(text, size=size, align="justify", first_indent=size * 2.5)
        else:
            block.marked(mark, text, size=size, align="justify")
        next_is_item = i + 1 < len(parts) and parts[i + 1][0] is not None
        block.gap(size * (0.15 if mark is not None and next_is_item else 0.5))
    w.flow(block, x=body_x)
    letter_closing(w, ctx, data.letter)
    return w.finish()
