"""Event rules: triggers, participants with roles, dates, figures and status.

One module per family of events; each rule is a function of one sentence (`Ctx`) yielding
`RawEvent`s, and `merge_events` keeps one event per fact."""

import re
from collections.abc import Callable, Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.events.alliances import merger, venture_and_partnership
from kg.extract.events.base import Ctx, period_expr
from kg.extract.events.deals import acquisition_or_investment, divestment
from kg.extract.events.figures import FINANCE, SALES, finance, sales
from kg.extract.events.merge import merge_events
from kg.extract.events.operations import market_exit, recall, restructuring
from kg.extract.events.people import executive_change
from kg.extract.events.plants import plants
from kg.extract.events.products import anniversary, debut_and_launch
from kg.extract.facts import RawEvent

__all__ = ["find_events"]

RULES: list[Callable[[Ctx], Iterator[RawEvent]]] = [
    debut_and_launch,
    sales,
    finance,
    recall,
    market_exit,
    restructuring,
    executive_change,
    acquisition_or_investment,
    divestment,
    merger,
    venture_and_partnership,
    plants,
    anniversary,
]


def find_events(doc: Doc, views: list[SentenceView]) -> list[RawEvent]:
    events: list[RawEvent] = []
    for v in views:
        if _is_heading_or_link(v.sentence.text):
            continue
        ctx = Ctx(doc, v)
        _remember_reporting_period(ctx)
        for rule in RULES:
            events.extend(rule(ctx))
    return merge_events(doc, events)


def _remember_reporting_period(ctx: Ctx) -> None:
    """A sentence about figures 'for 2024' sets the period later figures without one refer to."""
    if not (SALES.search(ctx.text) or FINANCE.search(ctx.text)):
        return
    periods = [d for d in ctx.dates if not d.since and d.precision != "day"]
    if periods:
        ctx.doc.last_period = period_expr(periods[0])


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
