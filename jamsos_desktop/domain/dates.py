"""Indonesian dates: "7 Juni 2022" in documents, "07-06-2022" in tables, and parsing of the
many ways a roster (typed, pasted or exported from Excel) writes a date. Day-first always.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from jamsos_desktop.errors import DomainError

__all__ = [
    "EXCEL_SERIAL_MAX",
    "EXCEL_SERIAL_MIN",
    "HARI",
    "MONTHS",
    "format_bulan",
    "format_tanggal",
    "format_tanggal_pendek",
    "parse_periode",
    "parse_tanggal",
]

MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)

# Month words, lowercase, without a trailing dot. Indonesian names and abbreviations (with
# the old spellings Pebruari/Nopember still seen on forms), plus English ones because Excel
# on an English Windows writes "12-May-90" or "Aug 12, 1990".
_MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate(
    (
        ("januari", "jan", "january"),
        ("februari", "feb", "pebruari", "peb", "february"),
        ("maret", "mar", "mrt", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agst", "agus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "october", "oct"),
        ("november", "nov", "nopember", "nop"),
        ("desember", "des", "december", "dec"),
    ),
    start=1,
):
    for _word in _words:
        _MONTH_WORDS[_word] = _number

# Weekday names written before a date ("Kamis, 15 Maret 1990", Excel's long date format;
# "Thursday, March 15, 1990" on an English Windows) → Monday = 0, as `date.weekday()`.
HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_WEEKDAY_WORDS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}


def weekday_of_name(word: str) -> int | None:
    """Monday = 0 … Sunday = 6 for a weekday name ("Kamis", "jum'at", "Thursday"), else
    None."""
    return _WEEKDAY_WORDS.get(word.strip().rstrip(".").lower().replace("\u2019", "'")
                              .replace("`", "'"))


# A word (Jum'at with any apostrophe), then a comma, slash or dash and/or spaces, then the
# date ("Kamis, 15 Maret 1990", "Kamis / 15-03-1990", "Kamis - 15-03-1990").
_WEEKDAY = re.compile(
    r"([a-z]+(?:['\u2019`][a-z]+)?)\.?(?:\s*[,/\-\u2013\u2014]\s*|\s+)(?=\S)", re.IGNORECASE)

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent
# 1900-02-29 (kept for Lotus 1-2-3 compatibility), so serials from 61 are one day "late".
EXCEL_SERIAL_MIN = 1
EXCEL_SERIAL_MAX = 2_958_465  # 9999-12-31
_EXCEL_EPOCH = date(1899, 12, 30)
# A serial arriving as text is accepted only with five digits (1927-05-18 … 2173-10-14):
# shorter digit strings are far more likely a year ("1990") or a date typed without
# separators than a serial.
_TEXT_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")

_EXAMPLE = "Tulis misalnya 12-05-1990 atau 12 Mei 1990."

_TIME_SUFFIX = re.compile(r"(?:[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)$")
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2}|\d{4})$")
_DAY_WORD = re.compile(r"^(?P<d>\d{1,2})[ \-/.]*(?P<w>[a-z]+)\.?[ \-/.,]*(?P<y>\d{2}|\d{4})$")
_WORD_DAY = re.compile(r"^(?P<w>[a-z]+)\.?[ \-/.]*(?P<d>\d{1,2}),?[ \-/.]+(?P<y>\d{4})$")


def _fail(message: str, code: str) -> DomainError:
    return DomainError(message, code=f"date.{code}")


def format_tanggal(d: date) -> str:
    """Document form: `date(2022, 6, 7)` → "7 Juni 2022" (full month name, no leading zero)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_bulan(year: int, month: int) -> str:
    """A period: (2022, 6) → "Juni 2022"."""
    if not 1 <= month <= 12:
        raise _fail(f"Bulan {month} tidak ada; bulan ditulis 1 sampai 12.", "month")
    return f"{MONTHS[month - 1]} {year}"


def format_tanggal_pendek(d: date) -> str:
    """Table form, day first: `date(2022, 6, 7)` → "07-06-2022"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def _make_date(year: int, month: int, day: int, original: str) -> date:
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 13 <= month <= 31:
            # Looks like an American month/day date: say why it fails instead of swapping.
            raise _fail(
                f"Tanggal \u201c{original}\u201d tidak sah: bulan {month} tidak ada. Tanggal "
                f"ditulis hari lebih dulu (hari-bulan-tahun), misalnya "
                f"{month:02d}-{day:02d}-{year}.",
                "month_first",
            )
        raise _fail(f"Tanggal \u201c{original}\u201d tidak sah: bulan {month} tidak ada.", "month")
    try:
        return date(year, month, day)
    except ValueError:
        raise _fail(
            f"Tanggal \u201c{original}\u201d tidak ada: {MONTHS[month - 1]} {year} tidak "
            f"memiliki tanggal {day}.",
            "impossible",
        ) from None


def _full_year(two_digits: int, month: int, day: int, today: date, original: str) -> int:
    """The latest year ending in `two_digits` whose date is not after `today`."""
    year = today.year - (today.year - two_digits) % 100
    for candidate in (year, year - 100):
        try:
            if date(candidate, month, day) <= today:
                return candidate
        except ValueError:
            continue  # 29 Feb exists in 2000 but not 1900: try the other century
    # Only an impossible day/month gets here; let _make_date word the message.
    _make_date(year, month, day, original)
    return year - 100  # pragma: no cover - _make_date raised


def _month_number(word: str, original: str) -> int:
    month = _MONTH_WORDS.get(word)
    if month is None:
        raise _fail(
            f"Nama bulan \u201c{word}\u201d pada \u201c{original}\u201d tidak dikenali. "
            "Tulis nama bulan seperti Januari, Mei, Agustus, atau singkatannya (Jan, Agu).",
            "month_name",
        )
    return month


def _short_repr(value: float | int) -> str:
    """repr for a message; an int past Python's 4300-digit str() limit cannot be shown."""
    try:
        text = repr(value)
    except ValueError:
        return "(angka yang sangat panjang)"
    return text if len(text) <= 20 else text[:17] + "…"


def _from_serial(value: float | int, original: str) -> date:
    # Compare before any float conversion: a 400-digit integer cell overflows a float.
    if isinstance(value, int) and not EXCEL_SERIAL_MIN <= value <= EXCEL_SERIAL_MAX:
        raise _fail(f"Angka {original} bukan tanggal Excel yang sah (nomor seri 1 sampai "
                    f"{EXCEL_SERIAL_MAX}). {_EXAMPLE}", "serial")
    if not math.isfinite(value) or not EXCEL_SERIAL_MIN <= value < EXCEL_SERIAL_MAX + 1:
        raise _fail(
            f"Angka {original} bukan tanggal Excel yang sah (nomor seri 1 sampai "
            f"{EXCEL_SERIAL_MAX}). {_EXAMPLE}",
            "serial",
        )
    serial = math.floor(value)  # a fraction is the time of day: the date part is kept
    if serial == 60:
        raise _fail(
            "Nomor seri Excel 60 adalah 29 Februari 1900, tanggal yang tidak pernah ada "
            "(kekeliruan bawaan Excel). Periksa kembali tanggal ini.",
            "impossible",
        )
    return _EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))


def parse_tanggal(value: object, *, today: date | None = None) -> date:
    """A date from a roster cell or form field; Indonesian day-first order always.

    Accepted:
    - `date` / `datetime` (the time is dropped);
    - Excel serials in the 1900 date system as `int`, `float` or `Decimal`, 1 … 2958465
      (1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01; 60 is Excel's non-existent
      1900-02-29 and is refused; a fraction, the time of day, is dropped). As *text* only a
      five-digit serial counts ("44927" = 2023-01-01); "1990" is refused, not read as 1905;
    - day-first numbers with one separator used consistently: "12-05-1990", "12/05/1990",
      "12.05.1990", 2-digit years "12-05-90";
    - year-first with a 4-digit year: "1990-05-12" (ISO), "1990/05/12", "1990.05.12";
    - month names (any case, optional dot, "-" "/" "." "," or spaces around them):
      "12 Mei 1990", "12-Mei-1990", "12 Mei, 1990", "12 Mei 90", "12-May-90",
      "Mei 12, 1990"; Indonesian names and abbreviations (Jan Feb Mar/Mrt Apr Mei Jun Jul
      Agu/Agt/Ags/Agust Sep/Sept Okt Nov Des, Pebruari/Nopember) and English ones
      (January…, May, Aug, Oct, Dec);
    - a trailing time ("1990-05-12 00:00:00", "1990-05-12T08:30") is ignored;
    - a weekday name before any of these, with or without a comma: "Kamis, 15 Maret 1990",
      "kamis 15-03-1990", "Jum'at, 1 Maret 2024" (Senin, Selasa, Rabu, Kamis, Jumat/Jum'at,
      Sabtu, Minggu/Ahad, and the English names: "Thursday, March 15, 1990"). It must be
      the weekday of the date, or the date is refused (`date.weekday`, see `_after_weekday`).

    A 2-digit year means the latest year ending in those digits that puts the date on or
    before `today` (default: the real today): with today 2025-06-01, "12-05-90" is 1990 and
    "01-01-25" is 2025 but "31-12-25" is 1925. Future dates need a 4-digit year.

    Refused with a `DomainError` (Indonesian message, `code` "date.*"): empty input, unknown
    month names, impossible days ("31-04-1990"), month above 12 (for "12/31/1990" the message
    says day-first is expected), a weekday that does not fit the date, mixed separators,
    3-digit years and anything else.
    """
    if value is None:
        raise _fail("Tanggal belum diisi.", "empty")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _fail("Tanggal tidak boleh berupa nilai ya/tidak.", "invalid")
    if isinstance(value, int | float):
        return _from_serial(value, _short_repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _fail(f"Nilai {value} bukan tanggal.", "invalid")
        return _from_serial(float(value), str(value))
    if not isinstance(value, str):
        raise _fail(f"Tanggal tidak dikenali ({type(value).__name__}). {_EXAMPLE}", "invalid")
    return _parse_text(value, today or date.today())


def _parse_text(raw: str, today: date, shown: str | None = None) -> date:
    """`shown`: the cell as written, quoted in the messages (the text after a weekday name
    is parsed alone, but the clerk looks for the whole cell)."""
    text = raw.strip()
    original = text if shown is None else shown  # what the messages quote
    s = " ".join(text.lower().split())
    if not s:
        raise _fail("Tanggal belum diisi.", "empty")
    if _TEXT_SERIAL.match(s):
        return _from_serial(float(s), original)
    s = _TIME_SUFFIX.sub("", s).strip()

    if m := _YEAR_FIRST.match(s):
        return _make_date(int(m["y"]), int(m["m"]), int(m["d"]), original)
    if m := _DAY_FIRST.match(s):
        day, month = int(m["d"]), int(m["m"])
    elif m := (_DAY_WORD.match(s) or _WORD_DAY.match(s)):
        day, month = int(m["d"]), _month_number(m["w"], original)
    else:
        # A weekday first ("Kamis, 15 Maret 1990") fits none of the forms above, so dates
        # without one never pay for this look.
        if shown is None and (m := _WEEKDAY.match(text)):
            weekday = _WEEKDAY_WORDS.get(m[1].lower().replace("\u2019", "'").replace("`", "'"))
            if weekday is not None:
                return _after_weekday(text, text[m.end():], weekday, today)
        if s.isdigit() and len(s) == 4:
            raise _fail(f"Tanggal \u201c{original}\u201d tidak lengkap: tulis hari, bulan dan "
                        f"tahun. {_EXAMPLE}", "incomplete")
        raise _fail(f"Tanggal \u201c{original}\u201d tidak dikenali. {_EXAMPLE}", "invalid")
    year_text = m["y"]
    if len(year_text) == 2:
        if not 1 <= month <= 12:
            _make_date(2000 + int(year_text), month, day, original)  # raises with the reason
        year = _full_year(int(year_text), month, day, today, original)
    else:
        year = int(year_text)
    return _make_date(year, month, day, original)


def _after_weekday(original: str, rest: str, weekday: int, today: date) -> date:
    """The date after a weekday name; the two must agree.

    A weekday that does not fit the date is refused (`date.weekday`), not warned about
    and not ignored: the cell states two things that cannot both be true, and nothing says
    which was mistyped — the day number, or the weekday copied from the row above. Keeping
    the date would put a birth or start date that is probably wrong into the BPJS
    registration and the contribution months, with nothing in the stored record showing
    the doubt; a refused row goes back to the OPD with the reason and is quickly fixed.
    This is the rule of the month-first dates and of "1,500": never guess.
    """
    found = _parse_text(rest, today, shown=original)
    if found.weekday() != weekday:
        raise _fail(
            f"Tanggal \u201c{original}\u201d tidak cocok dengan harinya: "
            f"{format_tanggal(found)} jatuh pada hari {HARI[found.weekday()]}, bukan "
            f"{HARI[weekday]}. Periksa kembali tanggal dan harinya.",
            "weekday",
        )
    return found


_PERIOD_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$")
_PERIOD_MONTH_FIRST = re.compile(r"^(?P<m>\d{1,2})[-/.](?P<y>\d{4})$")
_PERIOD_WORD = re.compile(r"^(?P<w>[a-z]+)\.?[ \-/.,]*(?P<y>\d{4}|\d{2})$")


def parse_periode(value: object) -> tuple[int, int]:
    """A contribution/budget month as (year, month).

    Accepted: "2025-04", "2025/04", "2025-4", "04/2025", "4-2025", "04.2025", "April 2025",
    "apr 2025", "Apr-2025", "April, 2025", "Apr-25" (how Excel shows a mmm-yy cell: a
    2-digit year after a month name is 20yy, since periods are this century), and
    `date`/`datetime` objects (the day is ignored). Month names as in `parse_tanggal`.
    Numeric forms need a 4-digit year: "04/25" is refused (month/year or year/month?).
    Years must be 1900 … 9999.
    """
    if isinstance(value, date):  # datetime is a date too
        return value.year, value.month
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _fail("Periode belum diisi.", "empty")
    if not isinstance(value, str):
        raise _fail(f"Periode tidak dikenali ({type(value).__name__}). Tulis misalnya "
                    "2025-04 atau April 2025.", "invalid")
    original = value.strip()
    s = " ".join(original.lower().split())
    if m := (_PERIOD_YEAR_FIRST.match(s) or _PERIOD_MONTH_FIRST.match(s)):
        year, month = int(m["y"]), int(m["m"])
    elif m := _PERIOD_WORD.match(s):
        month = _month_number(m["w"], original)
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    else:
        raise _fail(f"Periode \u201c{original}\u201d tidak dikenali. Tulis misalnya 2025-04, "
                    "04/2025 atau April 2025.", "invalid")
    if not 1 <= month <= 12:
        raise _fail(f"Periode \u201c{original}\u201d tidak sah: bulan {month} tidak ada.", "month")
    if year < 1900:
        raise _fail(f"Periode \u201c{original}\u201d tidak sah: tahun {year} tidak masuk akal.",
                    "year")
    return year, month
