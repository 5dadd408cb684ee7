"""Recalls and market exits."""

import re
from collections.abc import Iterator

from kg.extract.context import main_market
from kg.extract.events.base import (
    Ctx,
    Keywords,
    is_country,
    make_event,
    subject_before,
    trigger,
    unmask_position,
)
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity

RECALL = trigger(r"\brecall(?:s|ed|ing)?\b")


def recall(ctx: Ctx) -> Iterator[RawEvent]:
    """'recall-trigger': who recalls how many of which vehicles where; "The recall ... spans"
    continues the recall of the sentence before."""
    match = RECALL.search(ctx.text)
    if not match:
        return
    subject = subject_before(ctx, ctx.offset + match.start())
    earlier = ctx.memory.last("Recall", ctx.view.sentence.index, within=2)
    continued = None
    if earlier is not None and re.match(
        r"[Tt]he\s+recall\b", ctx.text[max(0, match.start() - 4) :]
    ):
        continued = earlier
        key = earlier.keys_with_role("subject")[0]
    elif subject is not None:
        key = subject.key
    else:
        return
    participants = [(key, "subject")]
    vehicles = ctx.slots("Vehicle")
    participants += [(v.key, "object") for v in vehicles]
    market = [s for s in ctx.slots("Place") if is_country(ctx, s)]
    if market:
        participants.append((market[0].key, "market"))
    figures = [q for q in ctx.quantities if q.unit == "vehicles"] or [
        Quantity(q.start, q.end, q.value, "vehicles", q.approximate)
        for q in ctx.quantities
        if q.unit is None
        and q.value >= 2
        and q.value.is_integer()
        and not (1900 <= q.value <= 2100 and len(ctx.doc.text[q.start : q.end]) == 4)
    ]
    event = make_event(
        ctx, "Recall", "recall-trigger", participants, quantity=figures[0] if figures else None
    )
    if continued is not None and continued.date and event.date:
        size = min(len(continued.date), len(event.date))
        if continued.date[:size] != event.date[:size]:
            event.date, event.date_precision = continued.date, continued.date_precision
    yield event


EXIT = trigger(
    r"\b(?:exit(?:ed|ing|s)?\s+(?:from\s+)?(?:the\s+)?(?:\w+\s+)?market|market\s+exit|"
    r"exit(?:ed|ing|s)?\s+(?:from\s+)?ENT\d+|withdr[ae]w(?:al|n|s)?\s+from|pull(?:ed|s|ing)?\s+out\s+of|"
    r"(?:leave|leaves|left|leaving|quit|quits|quitting)\s+(?:the\s+)?(?:\w+\s+)?market|"
    r"(?:cease|ceased|end|ended|stop|stopped|stops)\s+(?:selling|sales|operations)\s+in|"
    r"(?:stop|stops|stopped|stopping|cease|ceases|ceased)\s+(?:making|producing|building|"
    r"manufacturing|assembling)\s+(?:\w+\s+){0,2}?in\s+ENT\d+|"
    r"(?:end|ends|ended|ending)\s+(?:ENT\d*(?:'s|’s)?\s+)?(?:\w+\s+)?presence\s+in\s+ENT\d+|"
    r"exit\s+from|(?:its|their|ENT\d+)\s+(?:own\s+)?exit\b|\bto\s+leave\b|"
    r"(?:left|leave|leaves|quit|quits)\s+ENT\d+)"
)


_EXIT_WORDS = trigger(
    r"\b(?:exit\w*|withdr[ae]w\w*|pull\w*\s+out|leav\w*|left|quit\w*|ceas\w*|end\w*|stop\w*)\b"
)


def _exit_market(ctx: Ctx, match: re.Match[str]) -> str | None:
    """The market left: the place the trigger names ("presence in Russia", "in China"), else
    the country the sentence or its neighbours speak of."""
    named = re.search(r"(ENT\d+)\s*$", match.group(0))
    if named:
        slot = ctx.view.slot(named.group(1))
        return slot.key if slot.label == "Place" else None
    return main_market(ctx.doc, ctx.view.sentence)


def market_exit(ctx: Ctx) -> Iterator[RawEvent]:
    """'market-exit-trigger': an organisation leaving a country's market (with its status)."""
    match = EXIT.search(ctx.view.masked)
    if not match:
        return
    market = _exit_market(ctx, match)
    if re.search(r"ENT\d+\s*$", match.group(0)) and market is None:
        return
    at = ctx.offset + unmask_position(ctx, match.start())
    owner = re.match(r"\w+\s+(?:\w+\s+)?(ENT\d+)(?:'s|’s)", ctx.view.masked[match.start() :])
    subject = ctx.view.slot(owner.group(1)) if owner else subject_before(ctx, at)
    if subject is None:
        return
    participants = [(subject.key, "subject")]
    if market:
        participants.append((market, "market"))
    yield make_event(
        ctx, "MarketExit", "market-exit-trigger", participants, date_near=at - ctx.offset
    )


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (
    RECALL,
    _EXIT_WORDS,
)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "recall* exit* withdr* pull pulled pulls pulling leave leaves leaving left quit quits "
    "quitting cease ceased ceases ceasing end ends ended ending stop stops stopped stopping "
    "presence"
)
