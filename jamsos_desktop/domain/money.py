"""Indonesian money: `int` rupiah, formatted `Rp1.234.567`, parsed from what clerks type.

Money is always an `int` number of rupiah. Sen appear only in documents that ask for them
(`format_rupiah(..., cents=True)`), computed from `Decimal`; binary floats never carry money.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from jamsos_desktop.errors import DomainError

__all__ = ["format_number", "format_rupiah", "parse_rupiah", "round_half_up"]

_ONE = Decimal(1)
_CENT = Decimal("0.01")
# Above 2**53 a float no longer holds every whole number: the amount may already be wrong.
_FLOAT_EXACT_LIMIT = 2**53


def round_half_up(value: Decimal | int) -> int:
    """Round to whole rupiah, halves away from zero (2,5 → 3; -2,5 → -3).

    The contribution rule (DOMAIN.md §2 "Rounding") is half-up per worker per programme;
    Python's `round` rounds halves to even, which is not what a clerk checks by hand.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"round_half_up memerlukan Decimal atau int, bukan {type(value).__name__}")
    if isinstance(value, int):
        return value
    if not value.is_finite():
        raise DomainError(f"Nilai {value} bukan angka yang dapat dibulatkan.", code="money.invalid")
    return int(value.quantize(_ONE, rounding=ROUND_HALF_UP))


def _group_thousands(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def _check_amount_type(amount: object) -> Decimal | int:
    # float is refused on purpose: money must never pass through binary floating point.
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"Jumlah uang harus int atau Decimal, bukan {type(amount).__name__}")
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise DomainError(f"Nilai {amount} bukan jumlah uang.", code="money.invalid")
    return amount


def format_number(n: int | Decimal) -> str:
    """`1234567` → `"1.234.567"`: dots group thousands; a `Decimal` is rounded half-up."""
    value = round_half_up(_check_amount_type(n))
    sign = "-" if value < 0 else ""
    return sign + _group_thousands(str(abs(value)))


def format_rupiah(amount: int | Decimal, *, cents: bool = False, prefix: bool = True) -> str:
    """`Rp1.234.567`; `Rp1.234.567,00` with `cents`; `-Rp1.234.567` when negative.

    No space after "Rp" (DOMAIN.md §5). Without `cents` a `Decimal` is rounded half-up to
    the rupiah; with `cents` it is rounded half-up to the sen. `prefix=False` drops "Rp".
    """
    value = _check_amount_type(amount)
    if cents:
        scaled = Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP)
        whole, _, frac = f"{abs(scaled):f}".partition(".")
        body = f"{_group_thousands(whole)},{frac.ljust(2, '0')}"
        negative = scaled < 0
    else:
        rounded = round_half_up(value)
        body = _group_thousands(str(abs(rounded)))
        negative = rounded < 0
    # "-0,00" after rounding a tiny negative would be nonsense on a document.
    return ("-" if negative else "") + ("Rp" if prefix else "") + body


# --- parsing -----------------------------------------------------------------------------

_EXAMPLE = "Tulis misalnya 1.500.000, Rp1.500.000 atau 1,5 jt."

# Unambiguous scale words a clerk may append. "k" is the common chat shorthand for ribu.
_MULTIPLIERS: dict[str, int] = {
    "rb": 1_000, "ribu": 1_000, "k": 1_000,
    "jt": 1_000_000, "juta": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000,
    "triliun": 1_000_000_000_000,
}
# "M" is miliar on Indonesian invoices but million in English sheets; the others are English
# shorthands that do not belong on an Indonesian form. Refused rather than guessed.
_AMBIGUOUS_SUFFIXES = frozenset({"m", "mn", "mio", "mil", "mill", "b", "bn", "t", "tn"})

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PREFIX = re.compile(r"^(?:rp|idr)\.?", re.IGNORECASE)
_SUFFIX_DASH = re.compile(r"[,.]\s*[-\u2013\u2014]+$")  # "Rp1.500.000,-"
_NUMBER_AND_WORD = re.compile(r"^(?P<num>[\d.,]*\d[\d.,]*?)\s*(?P<word>[a-z]+)?\.?$")
_GROUPED = re.compile(r"^\d{1,3}(?:X\d{3})+$")


def _fail(message: str, code: str) -> DomainError:
    return DomainError(message, code=f"money.{code}")


def _parse_grouped(text: str, sep: str) -> str | None:
    """Digits of `text` if it is a correct thousands grouping with `sep`, else None."""
    if _GROUPED.match(text.replace(sep, "X")) and not text.startswith("0"):
        return text.replace(sep, "")
    return None


def _parse_number(num: str, original: str) -> Decimal:
    """Value of a digit string with Indonesian (or unmistakably English) separators."""
    dots, commas = num.count("."), num.count(",")
    bad_format = _fail(f"Jumlah uang \u201c{original}\u201d tidak dikenali. {_EXAMPLE}", "invalid")
    if num.startswith((".", ",")) or num.endswith((".", ",")):
        raise bad_format
    if dots == 0 and commas == 0:
        return Decimal(num)
    if dots and commas:
        # Both present: the one written last is the decimal separator, the other groups.
        decimal_sep = "," if num.rfind(",") > num.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole, _, frac = num.rpartition(decimal_sep)
        digits = _parse_grouped(whole, group_sep)
        if digits is None or decimal_sep in whole or not frac.isdigit():
            raise bad_format
        return Decimal(f"{digits}.{frac}")
    sep = "." if dots else ","
    parts = num.split(sep)
    if len(parts) > 2:
        # "1.500.000" or "1,500,000": only a grouping repeats a separator.
        digits = _parse_grouped(num, sep)
        if digits is None:
            raise bad_format
        return Decimal(digits)
    whole, frac = parts
    if len(frac) == 3:
        if sep == ".":
            # Indonesian usage: a dot followed by three digits groups thousands ("1.500").
            digits = _parse_grouped(num, sep)
            if digits is None:  # "1500.000", "0.500"
                raise bad_format
            return Decimal(digits)
        # "1,500": 1500 in English sheets, 1,5 in Indonesian writing. Never guess.
        raise _fail(
            f"Jumlah uang \u201c{original}\u201d bermakna ganda (seribu lima ratus atau satu koma "
            f"lima). Tulis 1500 atau 1.500, atau 1,5 jt untuk satu setengah juta.",
            "ambiguous",
        )
    # Any other count of digits after a single separator can only be a decimal part.
    return Decimal(f"{whole}.{frac}")


def parse_rupiah(text: object, *, allow_negative: bool = False) -> int:
    """Whole rupiah from what a clerk types or pastes, or from a spreadsheet cell.

    Accepted:
    - `int`; `Decimal` and `float` only when whole (a float must also be below 2**53,
      where floats stop being exact). `bool` and other types are refused.
    - Text, spaces ignored, optional "Rp"/"Rp."/"IDR" prefix, optional ",-" suffix and
      trailing word "rupiah": "Rp 1.500.000", "Rp1.500.000,-", "1500000".
    - Separators, Indonesian first:
      * a dot followed by exactly three digits groups thousands: "1.500" = 1500,
        "1.500.000" = 1500000; groups must be correct ("15.00.000" is refused);
      * a repeated comma is an English grouping: "1,500,000" = 1500000;
      * with both dots and commas, the one written last is the decimal separator:
        "1.500.000,00" and "1,500,000.00" are both 1500000;
      * a single separator followed by 1, 2 or 4+ digits is a decimal separator:
        "1500,00" = "1500.0" = 1500;
      * a single comma followed by exactly three digits ("1,500") is refused as ambiguous
        (1500 in English, 1,5 in Indonesian).
    - A scale word after the number: "rb"/"ribu"/"k" (×1.000), "jt"/"juta" (×1.000.000),
      "miliar"/"milyar", "triliun"; the number may then carry decimals: "1,5 jt",
      "1.5jt" = 1500000, "750 rb" = 750000. "M", "B", "mio", "bn"... are refused: "M" is
      miliar in Indonesian but million in English.
    - A sign "-" (also "−" U+2212) before or after "Rp", or accounting parentheses
      "(1.500.000)", marks a negative amount, refused unless `allow_negative`.

    Refused with a `DomainError` (Indonesian message, `code` "money.*"): empty input,
    letters or symbols, malformed groupings, the ambiguous forms above, NaN/infinity and any
    amount with non-zero sen ("1.500,50", "1.5"): sen are not recorded, so nothing is
    silently rounded away.
    """
    if text is None:
        raise _fail("Jumlah uang belum diisi.", "empty")
    if isinstance(text, bool):
        raise _fail("Jumlah uang harus berupa angka, bukan nilai ya/tidak.", "invalid")
    if isinstance(text, int):
        if abs(text) >= 10**_MAX_TEXT:
            raise _fail("Jumlah uang terlalu besar.", "invalid")
        return _finish(Decimal(text), str(text), allow_negative)
    if isinstance(text, float):
        if not math.isfinite(text):
            raise _fail(f"Nilai {text} bukan jumlah uang.", "invalid")
        if abs(text) >= _FLOAT_EXACT_LIMIT:
            raise _fail(f"Jumlah uang {text!r} terlalu besar untuk dibaca dengan tepat dari "
                        "angka pecahan; kirimkan sebagai teks.", "invalid")
        return _finish(Decimal(text), repr(text), allow_negative)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise _fail(f"Nilai {text} bukan jumlah uang.", "invalid")
        return _finish(text, str(text), allow_negative)
    if not isinstance(text, str):
        raise _fail(f"Jumlah uang tidak dikenali ({type(text).__name__}). {_EXAMPLE}", "invalid")
    return _parse_text(text, allow_negative)


# Far beyond any amount (999 triliun has 15 digits), small enough that Decimal and regex work
# stay trivial on a hostile 10 MB cell.
_MAX_TEXT = 64


def _parse_text(raw: str, allow_negative: bool) -> int:
    if len(raw) > _MAX_TEXT and len(raw.strip()) > _MAX_TEXT:
        raise _fail(f"Teks jumlah uang terlalu panjang ({len(raw.strip())} karakter); "
                    "isi angkanya saja, misalnya 1.500.000.", "invalid")
    original = raw.strip()
    s = _SPACES.sub(" ", original).strip().lower().replace("\u2212", "-")
    if not s:
        raise _fail("Jumlah uang belum diisi.", "empty")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    if s.startswith("-"):
        negative, s = not negative, s[1:].strip()
    s = _PREFIX.sub("", s).strip()
    if s.startswith("-"):  # "Rp-1.500.000"
        negative, s = not negative, s[1:].strip()
    s = _SUFFIX_DASH.sub("", s).strip()
    if s.endswith("rupiah"):
        s = s[: -len("rupiah")].strip()
    s = s.replace(" ", "") if re.fullmatch(r"\d{1,3}( \d{3})+([.,]\d+)?", s) else s
    match = _NUMBER_AND_WORD.match(s)
    if not s or match is None:
        raise _fail(f"Jumlah uang \u201c{original}\u201d tidak dikenali. {_EXAMPLE}", "invalid")
    num, word = match["num"], match["word"]
    multiplier = 1
    if word is not None:
        if word in _AMBIGUOUS_SUFFIXES:
            raise _fail(
                f"Singkatan \u201c{word.upper() if len(word) == 1 else word}\u201d pada "
                f"\u201c{original}\u201d tidak dipakai karena bermakna ganda (M dapat berarti "
                "miliar atau juta). Tulis rb, jt, miliar atau triliun.",
                "ambiguous",
            )
        if word not in _MULTIPLIERS:
            raise _fail(f"Jumlah uang \u201c{original}\u201d tidak dikenali. {_EXAMPLE}",
                        "invalid")
        multiplier = _MULTIPLIERS[word]
    value = _parse_number(num, original) * multiplier
    return _finish(-value if negative else value, original, allow_negative)


def _finish(value: Decimal, original: str, allow_negative: bool) -> int:
    try:
        whole = value.to_integral_value()
    except InvalidOperation as exc:  # pragma: no cover - finite values always quantize
        raise _fail(f"Jumlah uang \u201c{original}\u201d tidak dikenali.", "invalid") from exc
    if whole != value:
        raise _fail(
            f"Jumlah uang \u201c{original}\u201d memuat pecahan rupiah (sen), yang tidak dicatat. "
            "Tulis dalam rupiah utuh: titik memisahkan ribuan (1.500.000), koma hanya untuk "
            "desimal (1,5 jt).",
            "fraction",
        )
    if whole < 0 and not allow_negative:
        raise _fail(f"Jumlah uang tidak boleh negatif: \u201c{original}\u201d.", "negative")
    return int(whole)
