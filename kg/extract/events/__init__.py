"""Event rules: triggers, participants with roles, dates, figures and status.

One module per family of events; each rule is a function of one sentence (`Ctx`) yielding
`RawEvent`s, and `merge_events` keeps one event per fact."""

import re
from collections.abc import Callable, Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.events.alliances import merger, venture_and_partnership
from kg.extract.events.base import Ctx, Memory, period_expr
from kg.extract.events.deals import deal_events
from kg.extract.events.figures import FINANCE, SALES, finance, sales
from kg.extract.events.merge import merge_events
from kg.extract.events.operations import market_exit, recall
from kg.extract.events.people import executive_change
from kg.extract.events.plants import plant_events
from kg.extract.events.products import anniversary, debut_and_launch
from kg.extract.events.references import References
from kg.extract.events.restructuring import restructuring
from kg.extract.facts import RawEvent

__all__ = ["find_events"]

_BASELINE = re.compile(r"\b(?:than|on|versus|from)\s+(?:in\s+)?$")

RULES: list[Callable[[Ctx], Iterator[RawEvent]]] = [
    debut_and_launch,
    sales,
    finance,
    recall,
    market_exit,
    restructuring,
    executive_change,
    deal_events,
    merger,
    venture_and_partnership,
    plant_events,
    anniversary,
]


def find_events(doc: Doc, views: list[SentenceView]) -> list[RawEvent]:
    references = References(doc)
    memory = Memory()
    for v in views:
        if _is_heading_or_link(v.sentence.text):
            continue
        ctx = Ctx(doc, references.refine(v), memory)
        found = [event for rule in RULES for event in rule(ctx)]
        if not any(e.type in ("SalesReport", "FinancialResult") for e in found):
            _remember_reporting_period(ctx)
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
