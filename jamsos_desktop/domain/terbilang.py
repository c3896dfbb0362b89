"""Amounts in Indonesian words ("terbilang") for letters, receipts and budget documents.

Written by hand rather than taken from num2words (lang "id"), which DOMAIN.md §5 says gets
these rules wrong. Rules (KBBI / tata naskah dinas usage):
- "se-" replaces "satu" only for sepuluh, sebelas, seratus and seribu;
  1.000.000 is "satu juta" (never "sejuta"), likewise "satu miliar", "satu triliun";
- "seribu" only when the whole thousands group is 1: 101.000 is "seratus satu ribu";
- the spelling is "miliar" (not "milyar");
- zero words are left out: 1.001.000 is "satu juta seribu".
"""

from __future__ import annotations

from jamsos_desktop.errors import DomainError

__all__ = ["MAX_TERBILANG", "terbilang", "terbilang_rupiah"]

MAX_TERBILANG = 999_999_999_999_999  # 999 triliun …: the largest number with a scale word here

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Largest first; "ribu" is handled apart because of "seribu".
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    tens, units = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words += [_UNITS[units], "belas"]
    else:
        if tens:
            words += [_UNITS[tens], "puluh"]
        if units:
            words.append(_UNITS[units])
    return words


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _check(n: object, allow_negative: bool) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang memerlukan int, bukan {type(n).__name__}")
    if n < 0 and not allow_negative:
        raise DomainError(f"Bilangan negatif ({_dotted(n)}) tidak dapat ditulis sebagai terbilang.",
                          code="terbilang.negative")
    if abs(n) > MAX_TERBILANG:
        raise DomainError(
            f"Bilangan {_dotted(n)} terlalu besar untuk ditulis dengan huruf "
            "(paling besar 999.999.999.999.999).",
            code="terbilang.range",
        )
    return n


def terbilang(n: int, *, allow_negative: bool = False) -> str:
    """Lowercase words: 2015000 → "dua juta lima belas ribu"; 0 → "nol".

    Range 0 … 999.999.999.999.999; beyond it, or below zero, a `DomainError`. With
    `allow_negative`, a negative number is written "minus …".
    """
    value = _check(n, allow_negative)
    if value == 0:
        return "nol"
    words: list[str] = ["minus"] if value < 0 else []
    rest = abs(value)
    for scale, name in _SCALES:
        group, rest = divmod(rest, scale)
        if group == 1 and name == "ribu":
            words.append("seribu")
        elif group:
            words += [*_below_thousand(group), name]
    words += _below_thousand(rest)
    return " ".join(words)


def terbilang_rupiah(n: int, *, allow_negative: bool = False) -> str:
    """Document form, each word capitalised: 2015000 → "Dua Juta Lima Belas Ribu Rupiah"."""
    words = terbilang(n, allow_negative=allow_negative).split(" ")
    return " ".join(word.capitalize() for word in [*words, "rupiah"])
