"""Publication dates as sources write them, turned into YYYY-MM-DD.

The date kept is the calendar day as the source states it, in the source's own time zone:
'2024-03-05T23:30:00-05:00' is 5 March, not 6 March in UTC. Numeric day/month orders that
could be read two ways (05/03/2024) are refused rather than guessed.
"""

import datetime as dt
import re
from email.utils import parsedate_tz

from kg.extract.temporal import MONTHS

_MONTHS = MONTHS
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_].*$|Z$)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:$|T.*$)")
_DAY_MONTH_YEAR = re.compile(
    r"(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(\d{4})\b.*", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    r"(?:\w+,?\s+)?" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b.*", re.IGNORECASE
)
_AMBIGUOUS = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b.*")
MAX_LENGTH = 100


def _day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as exc:
        raise ValueError(f"{year:04d}-{month:02d}-{day:02d} is not a calendar date") from exc


def _from_epoch(value: float) -> str:
    seconds = value / 1000 if abs(value) >= 1e11 else value
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError(f"timestamp {value!r} is out of range") from exc


def parse_date(value: object) -> str | None:
    """YYYY-MM-DD for a date value, None when there is none; ValueError when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise ValueError(f"a {type(value).__name__} is not a date")
    text = " ".join(value.split())
    if not text:
        return None
    shown = text if len(text) <= 40 else text[:39] + "…"
    if len(text) > MAX_LENGTH:
        raise ValueError(f"{shown!r} is too long to be a date")
    parsed = _parse_text(text)
    if parsed is None:
        raise ValueError(f"{shown!r} (use YYYY-MM-DD)")
    return parsed


def _parse_text(text: str) -> str | None:
    if match := _ISO.fullmatch(text):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if match := _COMPACT.fullmatch(text):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    rfc = parsedate_tz(text)
    if rfc is not None and rfc[0] > 0:
        return _day(rfc[0], rfc[1], rfc[2])
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        return _day(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    if match := _MONTH_DAY_YEAR.fullmatch(text):
        return _day(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    if _AMBIGUOUS.fullmatch(text):
        raise ValueError(f"{text!r} is ambiguous (day or month first?); use YYYY-MM-DD")
    return None
