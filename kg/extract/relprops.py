"""What relation rules share: the entity token of masked sentences, stakes and tenures."""

import re

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.temporal import find_dates
from kg.extract.vocab import ROLE_TITLES

E = r"ENT\d+"
TITLE = "|".join(re.escape(t) for t in sorted(ROLE_TITLES, key=len, reverse=True))

STAKE_NUMBER = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|(?P<frac>a half|half|a third|"
    r"a quarter|a fifth|a tenth|two[\s-]thirds|three[\s-]quarters)|(?P<whole>wholly|fully|100%)",
    re.IGNORECASE,
)


def stake_from(text: str) -> float | None:
    match = STAKE_NUMBER.search(text)
    if not match:
        return None
    if match.group("pct"):
        return float(match.group("pct"))
    if match.group("whole"):
        return 100.0
    fractions = {
        "a half": 50.0,
        "half": 50.0,
        "a third": 33.3,
        "a quarter": 25.0,
        "a fifth": 20.0,
        "a tenth": 10.0,
        "two thirds": 66.7,
        "three quarters": 75.0,
    }
    return fractions.get(re.sub(r"[\s-]+", " ", match.group("frac").lower()))


def tenure(doc: Doc, view: SentenceView, span: tuple[int, int]) -> dict[str, str]:
    props: dict[str, str] = {}
    text = view.sentence.text
    for expr in find_dates(text, doc.article.published):
        if expr.is_period:
            continue
        # the expression may carry its own preposition: 'in January'
        before = text[max(0, expr.start - 30) : expr.start].lower()
        before += re.match(r"(?:in|from|since)\s+|", text[expr.start : expr.end].lower()).group(0)  # type: ignore[union-attr]
        if expr.since or re.search(r"(?:since|effective|from|as of|starting|in)\s+$", before):
            props.setdefault("since", expr.date)
        elif re.search(r"(?:until|till|through)\s+$", before):
            props.setdefault("until", expr.date)
    del span
    return props


PERCENT = re.compile(
    r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|"
    r"\b(?P<frac>a half|half|a third|a quarter|a fifth|a tenth|two[\s-]thirds|"
    r"three[\s-]quarters|four[\s-]fifths)\b|\b(?P<whole>wholly[\s-]owned|fully[\s-]owned)\b",
    re.IGNORECASE,
)
_FRACTION_VALUES = {
    "a half": 50.0, "half": 50.0, "a third": 33.3, "a quarter": 25.0, "a fifth": 20.0,
    "a tenth": 10.0, "two thirds": 66.7, "three quarters": 75.0, "four fifths": 80.0,
}  # fmt: skip


def stated_stake(
    doc: Doc, view: SentenceView, holder: list[Slot], held: list[Slot]
) -> dict[str, object]:
    """The share the sentence gives the holder: '50-50', or the percentage nearest to the
    holder's name that no other organisation's name stands closer to."""
    text = view.sentence.text
    if re.search(
        r"\b(?:50[:/-]50|fifty-fifty|equal(?:ly)?[\s-](?:owned|shares?|stakes?))",
        text,
        re.IGNORECASE,
    ):
        return {"stake": 50.0}
    if re.search(r"\beach\s+(?:held|hold|holds|own|owns|owned|have|has|had)\b", text):
        match = PERCENT.search(text)
        if match and match.group("pct"):
            return {"stake": float(match.group("pct"))}
    others = [s for s in view.slots if s.label in ("Company", "Brand", "JointVenture", "Person")]
    best: tuple[int, float] | None = None
    for match in PERCENT.finditer(text):
        at = view.sentence.start + match.start()
        value = _percent_value(match)
        if value is None:
            continue
        for slot in holder:
            gap = abs(at - slot.start)
            nearest = min(others, key=lambda o: abs(at - o.start), default=None)
            if nearest is not None and nearest.key not in {slot.key, *(h.key for h in held)}:
                continue
            if gap <= 80 and (best is None or gap < best[0]):
                best = (gap, value)
    del doc
    return {"stake": best[1]} if best else {}


def _percent_value(match: re.Match[str]) -> float | None:
    if match.group("pct"):
        value = float(match.group("pct"))
        return value if 0 < value <= 100 else None
    if match.group("whole"):
        return 100.0
    return _FRACTION_VALUES.get(re.sub(r"[\s-]+", " ", match.group("frac").lower()))
