"""Date expressions resolved against the publication date: points and periods."""

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.quantities import WORD_NUMBERS
from kg.model.dates import interval_of
from kg.model.vocabulary import DatePrecision

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
SMALL_NUMBERS = {word: n for word, n in WORD_NUMBERS.items() if 1 <= n <= 12}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FUTURE = re.compile(
    r"\b(?:will|would|plans|plan\s+to|planned|planning|expects?|expected|aims?|set to|to be|"
    r"scheduled|"
    r"upcoming|next)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    date: str
    precision: DatePrecision
    period_start: str
    period_end: str
    is_period: bool = False
    since: bool = False


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _point(start: int, end: int, value: str, since: bool = False) -> DateExpr:
    precision: DatePrecision = "day" if len(value) == 10 else "month" if len(value) == 7 else "year"
    first, last = interval_of(value)
    return DateExpr(start, end, value, precision, first, last, False, since)


def _period(start: int, end: int, first: dt.date, last: dt.date) -> DateExpr:
    if first.year == last.year and first.month == 1 and last.month == 12 and last.day == 31:
        value = f"{first.year:04d}"
        precision: DatePrecision = "year"
    elif first.month == last.month and first.year == last.year:
        value, precision = f"{first.year:04d}-{first.month:02d}", "month"
    else:
        value, precision = f"{last.year:04d}-{last.month:02d}", "month"
    return DateExpr(start, end, value, precision, first.isoformat(), last.isoformat(), True)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


class _Resolver:
    def __init__(self, text: str, published: dt.date) -> None:
        self.text = text
        self.published = published
        self.future = bool(_FUTURE.search(text))

    def year_for_month(self, month: int, relative: str = "") -> int:
        year = self.published.year
        if relative == "last":
            return year if month < self.published.month else year - 1
        if relative == "next":
            return year if month > self.published.month else year + 1
        if month > self.published.month and not self.future:
            return year - 1
        return year

    def year_for_period_end(self, last: dt.date) -> bool:
        return last > self.published and not self.future

    def full_date(self, m: re.Match[str]) -> DateExpr | None:
        month = _month_number(m.group("month"))
        day = int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else self.published.year
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None
        if not m.group("year"):
            if self.future and value < self.published:
                value = value.replace(year=year + 1)
            elif not self.future and (value - self.published).days > 31:
                value = value.replace(year=year - 1)
        return _point(m.start(), m.end(), value.isoformat())

    def full_date_relative(self, m: re.Match[str]) -> DateExpr | None:
        offset = {"last": -1, "this": 0, "next": 1}[m.group("rel")]
        try:
            value = dt.date(
                self.published.year + offset, _month_number(m.group("month")), int(m.group("day"))
            )
        except ValueError:
            return None
        return _point(m.start(), m.end(), value.isoformat())

    def iso(self, m: re.Match[str]) -> DateExpr | None:
        try:
            value = dt.date.fromisoformat(m.group(0))
        except ValueError:
            return None
        return _point(m.start(), m.end(), value.isoformat())

    def month_year(self, m: re.Match[str]) -> DateExpr:
        month = _month_number(m.group("month"))
        return _point(m.start(), m.end(), f"{int(m.group('year')):04d}-{month:02d}")

    def relative_month(self, m: re.Match[str]) -> DateExpr:
        month = _month_number(m.group("month"))
        relative = (m.group("rel") or "").lower()
        if relative not in ("last", "next"):
            relative = ""
        year = self.year_for_month(month, relative)
        return _point(m.start(), m.end(), f"{year:04d}-{month:02d}")

    def between_months(self, m: re.Match[str]) -> DateExpr:
        first = _month_number(m.group("m1"))
        last = _month_number(m.group("m2"))
        if m.group("year"):
            year = int(m.group("year"))
        else:
            year = self.published.year
            if _month_end(year, last) > self.published + dt.timedelta(days=20):
                year -= 1
        first_year = year - 1 if first > last else year
        return _period(m.start(), m.end(), dt.date(first_year, first, 1), _month_end(year, last))

    def first_months(self, m: re.Match[str]) -> DateExpr | None:
        raw = m.group("n").lower()
        count = SMALL_NUMBERS.get(raw) or (int(raw) if raw.isdigit() else 0)
        if not 1 <= count <= 12:
            return None
        year = int(m.group("year")) if m.group("year") else self.published.year
        if m.group("rel") and m.group("rel").lower() == "last":
            year = self.published.year - 1
        return _period(m.start(), m.end(), dt.date(year, 1, 1), _month_end(year, count))

    def quarter(self, m: re.Match[str]) -> DateExpr:
        number = int(m.group("q")) if m.group("q") else ORDINALS[m.group("ord").lower()]
        year = self._year_of(m, number * 3)
        first = dt.date(year, number * 3 - 2, 1)
        return _period(m.start(), m.end(), first, _month_end(year, number * 3))

    def half(self, m: re.Match[str]) -> DateExpr:
        number = int(m.group("h")) if m.group("h") else ORDINALS[m.group("ord").lower()]
        year = self._year_of(m, number * 6)
        first = dt.date(year, number * 6 - 5, 1)
        return _period(m.start(), m.end(), first, _month_end(year, number * 6))

    def _year_of(self, m: re.Match[str], last_month: int) -> int:
        if m.group("year"):
            year = int(m.group("year"))
            return year + 2000 if year < 100 else year
        rel = (m.group("rel") or "").lower()
        if rel == "last":
            return self.published.year - 1
        year = self.published.year
        if _month_end(year, last_month) > self.published and not self.future and rel != "this":
            return year - 1
        return year

    def fiscal(self, m: re.Match[str]) -> DateExpr:
        if m.group("fy"):
            year = int(m.group("fy"))
            return _period(m.start(), m.end(), dt.date(year, 4, 1), dt.date(year + 1, 3, 31))
        month = _month_number(m.group("month"))
        year = int(m.group("year"))
        last = _month_end(year, month)
        first_month = month % 12 + 1
        first_year = year if month == 12 else year - 1
        return _period(m.start(), m.end(), dt.date(first_year, first_month, 1), last)

    def full_year(self, m: re.Match[str]) -> DateExpr:
        year = self.published.year - (1 if self.published.month <= 2 else 0)
        return _period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))

    def months_to(self, m: re.Match[str]) -> DateExpr | None:
        """'the twelve months to March', 'the three months to September': a period of N whole
        months ending with the last one before (or of) publication."""
        raw = m.group("n").lower()
        count = SMALL_NUMBERS.get(raw) or (int(raw) if raw.isdigit() else 0)
        if not 1 <= count <= 12:
            return None
        month = _month_number(m.group("month"))
        year = self.published.year if month < self.published.month else self.published.year - 1
        last = _month_end(year, month)
        first_month = month - count + 1
        first_year = year
        if first_month < 1:
            first_month += 12
            first_year -= 1
        return _period(m.start(), m.end(), dt.date(first_year, first_month, 1), last)

    def season(self, m: re.Match[str]) -> DateExpr | None:
        """'last spring', 'in the spring of 2023': the year of that season."""
        if not (m.group("year") or m.group("rel") or m.group("the")):
            return None
        if m.group("year"):
            return _point(m.start(), m.end(), m.group("year"))
        rel = (m.group("rel") or "").lower()
        year = self.published.year + {"last": -1, "next": 1}.get(rel, 0)
        return _point(m.start(), m.end(), f"{year:04d}")

    def whole_year(self, m: re.Match[str]) -> DateExpr:
        year = int(m.group("year"))
        return _period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))

    def year(self, m: re.Match[str]) -> DateExpr:
        return _point(m.start(), m.end(), m.group("year"), since=bool(m.group("since")))

    def relative_year(self, m: re.Match[str]) -> DateExpr:
        offset = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0}[
            m.group("rel").lower()
        ]
        year = self.published.year + offset
        if "whole" in m.group(0).lower() or "full" in m.group(0).lower():
            return _period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
        return _point(m.start(), m.end(), f"{year:04d}")

    def relative_month_word(self, m: re.Match[str]) -> DateExpr:
        year, month = self.published.year, self.published.month
        rel = m.group("rel").lower()
        if rel == "last":
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif rel == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return _point(m.start(), m.end(), f"{year:04d}-{month:02d}")

    def weekday(self, m: re.Match[str]) -> DateExpr:
        target = WEEKDAYS.index(m.group("wd").lower())
        delta = (self.published.weekday() - target) % 7
        if re.match(r"\s*(?:next|this coming|coming)\b", m.group(0), re.IGNORECASE) or (
            self.future
            and re.search(
                r"\b(?:will|to)\s+(?:\w+\s+){0,4}$", self.text[max(0, m.start() - 40) : m.start()]
            )
        ):
            ahead = (target - self.published.weekday()) % 7 or 7
            value = self.published + dt.timedelta(days=ahead)
        else:
            value = self.published - dt.timedelta(days=delta or (7 if m.group("rel") else 0))
        return _point(m.start(), m.end(), value.isoformat())

    def day_word(self, m: re.Match[str]) -> DateExpr:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(0).lower()]
        return _point(m.start(), m.end(), (self.published + dt.timedelta(days=offset)).isoformat())


_YEAR = r"(?P<year>(?:19|20)\d\d)"
Handler = Callable[["_Resolver", re.Match[str]], DateExpr | None]
_PATTERNS: list[tuple[re.Pattern[str], Handler | None]] = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _Resolver.iso),
    (
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<rel>last|this|next)\s+year\b"
        ),
        _Resolver.full_date_relative,
    ),
    (
        re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b"),
        _Resolver.full_date,
    ),
    (
        re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
        _Resolver.full_date,
    ),
    (
        re.compile(
            rf"\b(?:(?:fiscal|financial)\s+year\s+(?:ended|ending|that\s+ended|through|to)\s+"
            rf"{_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}|(?:fiscal|FY)\s?(?P<fy>20\d\d))\b",
            re.IGNORECASE,
        ),
        _Resolver.fiscal,
    ),
    (
        re.compile(
            rf"\b(?:(?:financial|fiscal|business)\s+)?(?:year|12\s+months|twelve\s+months)\s+"
            rf"(?:to|ended|ending|through|that\s+ended\s+in)\s+(?:the\s+end\s+of\s+)?"
            rf"{_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}(?P<fy>)\b",
            re.IGNORECASE,
        ),
        _Resolver.fiscal,
    ),
    (
        re.compile(
            rf"\b(?i:between)\s+(?P<m1>January|February|March|April|May|June|July|August|September|"
            rf"October|November|December)\s+and\s+(?P<m2>January|February|March|April|May|June|July|"
            rf"August|September|October|November|December)(?:\s+(?:of\s+)?{_YEAR})?\b"
        ),
        _Resolver.between_months,
    ),
    (
        re.compile(
            rf"\b(?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
            rf"December)\s*(?:-to-|-|–|through|to|until)\s*(?P<m2>January|February|March|April|May|June|"
            rf"July|August|September|October|November|December)(?:\s+(?:of\s+)?{_YEAR})?\b"
        ),
        _Resolver.between_months,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|"
            rf"eleven|twelve)\s+months(?:\s+of\s+(?:(?P<rel>this|last|the)\s+year|{_YEAR}))?",
            re.IGNORECASE,
        ),
        _Resolver.first_months,
    ),
    (
        re.compile(
            r"\b(?:Q(?P<q>[1-4])(?:\s+|\s*/\s*|\s*-\s*|\s+of\s+)?(?:'?(?P<year>(?:19|20)?\d\d)\b)?|"
            r"(?:the\s+)?(?:(?P<rel>this|last)\s+year'?s\s+)?(?P<ord>first|second|third|fourth|1st|2nd|"
            r"3rd|4th)[\s-]quarter(?:\s+(?:of\s+)?(?:(?P<rel2>this|last)\s+year|(?P<y2>(?:19|20)\d\d)))?)",
            re.IGNORECASE,
        ),
        None,
    ),
    (
        re.compile(
            r"\b(?:H(?P<h>[12])\s+(?P<year>(?:19|20)\d\d)|(?:the\s+)?(?P<ord>first|second)\s+half"
            r"(?:\s+of\s+(?:(?P<rel>this|last)\s+year|(?P<y2>(?:19|20)\d\d)|the\s+year))?)",
            re.IGNORECASE,
        ),
        None,
    ),
    (
        re.compile(
            r"\b(?:for\s+)?the\s+(?:full|whole|entire)[\s-]year\b(?!\s+(?:of\s+)?(?:19|20)\d\d)",
            re.IGNORECASE,
        ),
        _Resolver.full_year,
    ),
    (
        re.compile(
            rf"\b(?P<n>twelve|12|nine|9|six|6|three|3)\s+months\s+(?:to|ended|ending|through)\s+"
            rf"{_MONTH}\b(?!,?\s+\d)",
            re.IGNORECASE,
        ),
        _Resolver.months_to,
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>last|this|next)\s+|(?P<the>the)\s+)?(?:spring|summer|autumn|winter)"
            rf"(?:\s+(?:of\s+)?{_YEAR})?\b",
            re.IGNORECASE,
        ),
        _Resolver.season,
    ),
    (
        re.compile(
            rf"\b(?:all\s+of|throughout|(?:the\s+)?(?:full|whole|entire)[\s-]year(?:\s+of)?|"
            rf"calendar\s+year)\s+{_YEAR}\b",
            re.IGNORECASE,
        ),
        _Resolver.whole_year,
    ),
    (re.compile(rf"\b{_MONTH}(?:\s+of)?\s+{_YEAR}\b"), _Resolver.month_year),
    (
        re.compile(
            rf"\b(?:(?P<rel>(?i:last|this|next|early|late|mid-|in))\s+)?{_MONTH}(?![\w])"
            rf"(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
        ),
        _Resolver.relative_month,
    ),
    (
        re.compile(
            r"\b(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+month\b", re.IGNORECASE
        ),
        _Resolver.relative_month_word,
    ),
    (
        re.compile(
            r"\b(?:(?:the\s+)?(?:whole|full|entire)\s+of\s+)?(?P<rel>last|this|next|earlier this|"
            r"later this)\s+year\b",
            re.IGNORECASE,
        ),
        _Resolver.relative_year,
    ),
    (
        re.compile(
            r"\b(?:on\s+|last\s+|this\s+|next\s+)?(?P<rel>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)\b"
        ),
        _Resolver.weekday,
    ),
    (re.compile(r"\b(?:yesterday|today|tomorrow)\b", re.IGNORECASE), _Resolver.day_word),
    (
        re.compile(
            rf"(?<![\d,.$€£¥])(?:(?P<since>since|from)\s+)?\b{_YEAR}\b(?!\d|,\d|\s*(?:units|"
            rf"vehicles|cars|jobs|workers|employees|models))",
            re.IGNORECASE,
        ),
        _Resolver.year,
    ),
]


def _quarter_or_half(resolver: _Resolver, m: re.Match[str]) -> DateExpr | None:
    groups = m.groupdict()
    year_text = groups.get("year") or groups.get("y2")
    rel = groups.get("rel") or groups.get("rel2")
    is_half = "h" in groups
    number = groups.get("h") if is_half else groups.get("q")
    index = int(number) if number else ORDINALS[(groups.get("ord") or "first").lower()]
    last_month = index * (6 if is_half else 3)
    first_month = last_month - (5 if is_half else 2)
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
    elif rel and rel.lower() == "last":
        year = resolver.published.year - 1
    else:
        year = resolver.published.year
        if _month_end(year, last_month) > resolver.published + dt.timedelta(days=20) and not (
            rel and rel.lower() == "this"
        ):
            year -= 1
    return _period(m.start(), m.end(), dt.date(year, first_month, 1), _month_end(year, last_month))


def find_dates(text: str, published: str) -> list[DateExpr]:
    """Every date expression of a sentence, longest first where they overlap, in text order.
    A date without a year is read as a future one when a cue of the future ("will", "plans",
    "next") stands near it, else as the latest one before publication."""
    resolver = _Resolver(text, dt.date.fromisoformat(published))
    found: list[DateExpr] = []
    for pattern, handler in _PATTERNS:
        for match in pattern.finditer(text):
            if not match.group(0).strip():
                continue
            resolver.future = bool(
                _FUTURE.search(text, max(0, match.start() - 60), match.end() + 30)
            )
            expr = (handler if handler is not None else _quarter_or_half)(resolver, match)
            if expr is not None:
                found.append(expr)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    chosen: list[DateExpr] = []
    for expr in found:
        if chosen and expr.start < chosen[-1].end:
            continue
        chosen.append(expr)
    return chosen
