"""Text measurement and fitting: the rule that no text ever leaves its cell or its page.

Pure functions over reportlab's font metrics (no canvas), so tests can assert the layout
itself: every line `fit_text` returns is at most `width` wide at the returned size.

- Words wrap at spaces; a word wider than the cell (a long NIK-less name, a URL) is broken
  between characters rather than allowed to overflow.
- Cells that must stay on one line (NIK, amounts, dates) shrink to fit, down to `min_size`,
  and only then break between characters.
- A wrapped cell may be limited to `max_lines`: the font shrinks until the text fits; past
  `min_size` the last line is cut with "…" (the whole value stays in the register's data).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

__all__ = ["ELLIPSIS", "Fitted", "break_word", "fit_text", "text_width", "truncate", "wrap_text"]

ELLIPSIS = "\u2026"
_EPS = 1e-6  # float slack when comparing measured widths


def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Split one unbreakable word into pieces each at most `width` wide (at least one
    character per piece, so a cell narrower than a character still terminates)."""
    pieces: list[str] = []
    current = ""
    current_w = 0.0
    for ch in word:
        w = stringWidth(ch, font, size)
        if current and current_w + w > width + _EPS:
            pieces.append(current)
            current, current_w = ch, w
        else:
            current += ch
            current_w += w
    if current:
        pieces.append(current)
    return pieces


def wrap_text(text: str, font: str, size: float, width: float, *,
              first_width: float | None = None) -> list[str]:
    """Greedy word wrap into lines at most `width` wide (the very first line at most
    `first_width`, for a first-line indent). Explicit newlines start a new line; runs of
    spaces fold to one. Empty text gives one empty line."""
    width = max(width, 0.0)
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    limit = width if first_width is None else max(first_width, 0.0)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            limit = width
            continue
        line = ""
        line_w = 0.0
        for word in words:
            if lines:
                limit = width
            w = stringWidth(word, font, size)
            if w > limit + _EPS:
                # Too wide even alone: finish the line, then break the word by characters.
                if line:
                    lines.append(line)
                pieces = break_word(word, font, size, limit if not lines else width)
                lines.extend(pieces[:-1])
                line = pieces[-1]
                line_w = stringWidth(line, font, size)
                continue
            if not line:
                line, line_w = word, w
            elif line_w + space + w <= limit + _EPS:
                line += " " + word
                line_w += space + w
            else:
                lines.append(line)
                line, line_w = word, w
        lines.append(line)
    return lines


def truncate(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with "…" so it is at most `width` wide."""
    if stringWidth(text, font, size) <= width + _EPS:
        return text
    ell = stringWidth(ELLIPSIS, font, size)
    out = text
    while out and stringWidth(out, font, size) + ell > width + _EPS:
        out = out[:-1]
    return out.rstrip() + ELLIPSIS if out else ""


@dataclass(frozen=True, slots=True)
class Fitted:
    lines: tuple[str, ...]
    size: float  # the font size the lines were measured at (may be below the asked size)
    truncated: bool = False


def fit_text(text: str, font: str, size: float, width: float, *, wrap: bool = True,
             max_lines: int | None = None, min_size: float = 6.0) -> Fitted:
    """Lines of `text` that fit `width`, shrinking the font when needed (see module note)."""
    width = max(width, 0.0)
    min_size = min(min_size, size)
    if not wrap:
        w = stringWidth(text, font, size)
        if w <= width + _EPS:
            return Fitted((text,), size)
        # Scale down proportionally (widths are linear in size), floored to a quarter point.
        shrunk = max(min_size, int(size * width / w * 4) / 4) if w else size
        if stringWidth(text, font, shrunk) <= width + _EPS:
            return Fitted((text,), shrunk)
        lines = break_word(text, font, min_size, width) if text else [""]
        return _limit(lines, font, min_size, width, max_lines)
    # Fast path: most cells fit on one line.
    if "\n" not in text and stringWidth(text, font, size) <= width + _EPS:
        return Fitted((text,), size)
    current = size
    while True:
        lines = wrap_text(text, font, current, width)
        if max_lines is None or len(lines) <= max_lines or current <= min_size:
            break
        current = max(min_size, current - 0.5)
    return _limit(lines, font, current, width, max_lines)


def _limit(lines: list[str], font: str, size: float, width: float,
           max_lines: int | None) -> Fitted:
    if max_lines is None or len(lines) <= max_lines:
        return Fitted(tuple(lines), size)
    kept = lines[:max_lines]
    # The last kept line says that text follows; the full value is in the register's data.
    kept[-1] = truncate(kept[-1] + ELLIPSIS, font, size, width)
    return Fitted(tuple(kept), size, truncated=True)
