"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD): precision and the interval they cover."""

import calendar
import re

from kg.model.vocabulary import DatePrecision

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def precision_of(value: str) -> DatePrecision:
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    if match.group(3):
        return "day"
    if match.group(2):
        return "month"
    return "year"


def interval_of(value: str) -> tuple[str, str]:
    """The first and last day a partial date covers: '2024-11' -> ('2024-11-01', '2024-11-30')."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(match.group(1))
    if match.group(3):
        return value, value
    if match.group(2):
        month = int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def is_partial_date(value: str) -> bool:
    match = _PARTIAL_DATE.match(value)
    if not match:
        return False
    try:
        interval_of(value)
        if match.group(3):
            calendar.weekday(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return not (match.group(2) and not 1 <= int(match.group(2)) <= 12)
