"""Event rules: triggers, participants with roles, dates, figures and status.

One module per family of events; each rule is a function of one sentence (`Ctx`) yielding
`RawEvent`s, and `merge_events` keeps one event per fact."""

import re
from collections.abc import Callable, Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.events import alliances, deals, figures, operations, people, plants, products
from kg.extract.events import restructuring as restructuring_rules
from kg.extract.events.alliances import merger, venture_and_partnership
from kg.extract.events.base import Ctx, Keywords, Memory, period_expr
from kg.extract.events.deals import deal_events
from kg.extract.events.denials import deny_earlier
from kg.extract.events.figures import FINANCE, SALES, finance, sales
from kg.extract.events.gate import Gate
from kg.extract.events.merge import merge_events
from kg.extract.events.operations import market_exit, recall
from kg.extract.events.people import executive_change
from kg.extract.events.plants import plant_events
from kg.extract.events.products import anniversary, debut_and_launch
from kg.extract.events.references import References
from kg.extract.events.restructuring import restructuring_events
from kg.extract.facts import RawEvent

__all__ = ["find_events"]

_BASELINE = re.compile(r"\b(?:than|on|versus|from)\s+(?:in\s+)?$")

Rule = Callable[[Ctx], Iterator[RawEvent]]
DENIALS = Keywords(
    "denied denies deny denying dismissed dismisses rejected rejects refuted refutes rebuffed "
    "played ruled rules intention plans plan"
)

# Each family of rules with the words a sentence needs for it: a sentence is read only by the
# families whose words it contains (most sentences, by none).
FAMILIES: list[tuple[Keywords, list[Rule]]] = [
    (products.KEYWORDS, [debut_and_launch]),
    (figures.KEYWORDS, [sales, finance]),
    (operations.KEYWORDS, [recall, market_exit]),
    (restructuring_rules.KEYWORDS, [restructuring_events]),
    (people.KEYWORDS, [executive_change]),
    (deals.KEYWORDS, [deal_events]),
    (alliances.KEYWORDS, [merger, venture_and_partnership]),
    (plants.KEYWORDS, [plant_events]),
    (products.KEYWORDS, [anniversary]),
    (DENIALS, []),
]


# A sentence right after one stating these events may continue them without any of their
# words ("In the first half it managed only around 12,000").
CONTINUING: dict[str, list[Rule]] = {
    "SalesReport": [sales],
    "FinancialResult": [finance],
    "Restructuring": [restructuring_events],
    "Recall": [recall],
}


GATE = Gate([keywords for keywords, _ in FAMILIES])
_FIGURES = 1 << [keywords for keywords, _ in FAMILIES].index(figures.KEYWORDS)
_DENIALS = 1 << [keywords for keywords, _ in FAMILIES].index(DENIALS)


def find_events(doc: Doc, views: list[SentenceView]) -> list[RawEvent]:
    references = References(doc)
    memory = Memory()
    masks = GATE.masks(doc.text, [v.sentence for v in views])
    for v, mask in zip(views, masks, strict=True):
        active = [rules for bit, (_, rules) in enumerate(FAMILIES) if mask >> bit & 1]
        active += [
            CONTINUING[e.type]
            for e in memory.events[-4:]
            if e.sentence == v.sentence.index - 1 and e.type in CONTINUING
        ]
        denial = bool(mask & _DENIALS)
        if not (active or denial) or _is_heading_or_link(v.sentence.text):
            continue
        ctx = Ctx(doc, references.refine(v), memory)
        rules_to_run = list(dict.fromkeys(rule for rules in active for rule in rules))
        found = [event for rule in rules_to_run for event in rule(ctx)]
        if mask & _FIGURES and not any(e.type in ("SalesReport", "FinancialResult") for e in found):
            _remember_reporting_period(ctx)
        if denial:
            deny_earlier(ctx, found)
        memory.events.extend(found)
    return merge_events(doc, memory.events)


def _remember_reporting_period(ctx: Ctx) -> None:
    """A sentence about figures 'for 2024' sets the period later figures without one refer to
    (not 'December's 58,513' nor 'more than in 2023', which name other periods)."""
    if not (SALES.search(ctx.text) or FINANCE.search(ctx.text)):
        return
    for d in ctx.dates:
        if d.since or d.precision == "day" or ctx.text[d.end : d.end + 2] in ("'s", "’s"):
            continue
        if re.search(
            r"\b(?:than|on|versus|from)\s+(?:in\s+)?$", ctx.text[max(0, d.start - 12) : d.start]
        ):
            continue
        ctx.memory.period = period_expr(d)
        return


def _is_heading_or_link(text: str) -> bool:
    if re.match(r"^(?:Read|Related|See also|Watch|Also read|More)\s*:", text):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    long_words = [w for w in words if len(w) > 3]
    return (
        not text.rstrip().endswith((".", "!", "?", ":", '"', "”"))
        and len(long_words) >= 2
        and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7
    )
