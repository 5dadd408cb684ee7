"""Figures in text: '1,916 vehicles', '$5 billion', '1.5 billion euros', 'roughly a fifth'."""

import math
import re
from dataclasses import dataclass
from itertools import pairwise

WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "k": 1_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
_FRACTIONS = {
    "a half": 50,
    "half": 50,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "a quarter": 25,
    "one quarter": 25,
    "a fifth": 20,
    "one fifth": 20,
    "a tenth": 10,
    "one tenth": 10,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "three quarters": 75,
    "three-quarters": 75,
    "a sixth": 100 / 6,
    "an eighth": 12.5,
}
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "₩": "KRW",
    "KRW": "KRW",
    "₹": "INR",
    "Rs": "INR",
}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
}
_UNIT_WORDS = {
    "vehicles": "vehicles",
    "vehicle": "vehicles",
    "units": "vehicles",
    "unit": "vehicles",
    "cars": "vehicles",
    "car": "vehicles",
    "evs": "vehicles",
    "suvs": "vehicles",
    "buyers": "vehicles",
    "customers": "vehicles",
    "trucks": "vehicles",
    "pickups": "vehicles",
    "deliveries": "vehicles",
    "jobs": "jobs",
    "workers": "jobs",
    "employees": "jobs",
    "positions": "jobs",
    "staff": "jobs",
    "roles": "jobs",
    "years": "years",
    "models": "models",
    "percent": "percent",
    "per cent": "percent",
    "%": "percent",
    "percentage points": "percent",
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|mn|bn|tn|trn|[mbk])"
_QUANTITY = re.compile(
    rf"(?P<cur>US\$|\$|€|£|¥|₩|₹|RMB\s?|CNY\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|KRW\s?)?"
    rf"(?P<num>{_NUM}|{_WORDNUM}(?=\s|-))"
    rf"(?:(?:\s|-)?(?P<scale>{_SCALE})\b(?:\s+(?P<scale2>thousand|million))?)?"
    rf"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points\b))?"
    rf"(?:\s+(?P<curword>dollars|dollar|euros|euro|pounds|yen|yuan|renminbi|won|rupees|roubles|"
    rf"rubles)\b)?",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?P<frac>a half|half|a third|one third|a quarter|one quarter|a fifth|one fifth|a tenth|"
    r"one tenth|two[\s-]thirds|three[\s-]quarters|a sixth|an eighth)\b(?=\s+(?:of|stake|share|"
    r"holding|interest))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None
    approximate: bool = False

    @property
    def is_money(self) -> bool:
        return self.unit in {"USD", "EUR", "CNY", "JPY", "GBP", "KRW", "INR", "RUB"}


_COUNTED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:vehicles|units|cars|jobs|models|years|workers)\b"
)


def _word_number(text: str) -> float | None:
    words = re.split(r"[\s-]+", text.lower())
    total = 0
    for word in words:
        if word in ("a", "an"):
            total += 1
        elif word in WORD_NUMBERS:
            total += WORD_NUMBERS[word]
        else:
            return None
    return float(total)


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    match = re.match(
        r"\s+(?:of\s+(?:those|these|the|its|their|all)\s+|"
        r"(?!(?:of|in|for|from|to|at|on|by|with|years?|model)\b)(?:[a-z][a-z\-]+|[A-Z][\w\-]+)\s+){0,3}"
        r"(vehicles?|units?|cars?|EVs|SUVs|trucks|pickups|deliveries|buyers|customers|jobs|workers|employees|"
        r"positions|staff|roles|years|models)\b",
        text[end : end + 60],
    )
    if match:
        return _UNIT_WORDS[match.group(1).lower()], end + match.end()
    return None, end


def find_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        raw = match.group("num")
        if not raw:
            continue
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
            continue
        if raw.lower() in ("a", "an") and not match.group("scale"):
            continue
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
        else:
            number = _word_number(raw)
            if number is None:
                continue
            value = number
        scale = match.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
            if match.group("scale2"):
                value *= _SCALES[match.group("scale2").lower()]
        elif (
            not raw[0].isdigit()
            and not match.group("pct")
            and not match.group("curword")
            and not _COUNTED.match(text, match.end())
        ):
            continue
        if not math.isfinite(value):  # hundreds of digits times a scale word overflow
            continue
        value = round(value, 4)
        if abs(value - round(value)) < 1e-6:
            value = float(round(value))
        unit: str | None = None
        end = match.end()
        if match.group("cur"):
            unit = _CURRENCY_SYMBOLS[match.group("cur").strip()]
        elif match.group("curword"):
            unit = _CURRENCY_WORDS[match.group("curword").lower()]
        elif match.group("pct"):
            unit = "percent"
        else:
            unit, end = _unit_after(text, end)
            if unit is None and re.match(
                r"\s*(?:-|–)?\s*(?:year|anniversary)", text[end : end + 14]
            ):
                unit = None
        if (
            scale is None
            and unit is None
            and raw.isdigit()
            and len(raw) == 4
            and 1900 <= value <= 2100
        ):
            continue
        before = text[max(0, start - 25) : start].lower()
        approximate = bool(
            re.search(
                r"(?:about|around|roughly|nearly|almost|approximately|some|more than|over|"
                r"close to|just under|just over|up to|an estimated)\s+$",
                before,
            )
        ) or bool(scale and raw[0].isdigit() and "." not in raw and value >= 1_000_000)
        found.append(Quantity(start, end, value, unit, approximate))
    for match in _FRACTION.finditer(text):
        before = text[max(0, match.start() - 25) : match.start()].lower()
        found.append(
            Quantity(
                match.start(),
                match.end(),
                float(
                    round(
                        _FRACTIONS[
                            re.sub(r"[\s-]+", " ", match.group("frac").lower()).replace(
                                "two thirds", "two thirds"
                            )
                        ]
                        if re.sub(r"[\s-]+", " ", match.group("frac").lower()) in _FRACTIONS
                        else 0,
                        2,
                    )
                ),
                "percent",
                bool(re.search(r"(?:about|around|roughly|nearly|almost)\s+$", before)),
            )
        )
    found.sort(key=lambda q: q.start)
    found = _share_range_units(text, found)
    return [q for q in found if q.value or q.unit == "percent"]


def _share_range_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'between 119,900 and 149,900 yuan': the first figure takes the second one's unit."""
    out = list(found)
    for index, (first, second) in enumerate(pairwise(found)):
        if (
            first.unit is None
            and second.unit
            and re.fullmatch(r"\s*(?:and|to|-|–)\s*", text[first.end : second.start])
        ):
            scale = 1.0
            if (
                second.value >= 1000
                and first.value < 1000
                and re.search(r"(?:billion|million|bn|m)\b", text[second.start : second.end])
            ):
                scale = second.value / float(
                    re.sub(r"[^\d.]", "", text[second.start : second.end].split()[0]) or 1
                )
            out[index] = Quantity(
                first.start, first.end, first.value * scale, second.unit, first.approximate
            )
    return out


def precision_rank(quantity: Quantity) -> int:
    """How precise a figure is: 1,916 beats 1,900, which beats 'about 2,000'."""
    digits = re.sub(
        r"0+$",
        "",
        str(int(quantity.value))
        if quantity.value.is_integer()
        else str(quantity.value).replace(".", ""),
    )
    return len(digits) - (5 if quantity.approximate else 0)
