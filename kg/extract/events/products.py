"""Debuts, launches and anniversaries of vehicles and brands."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import (
    ORGS,
    Ctx,
    inside,
    is_country,
    make_event,
    prefer_subjects,
    subject_before,
    trigger,
)
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity

DEBUT = trigger(
    r"\b(?:debut(?:ed|s|ing)?|unveil(?:ed|s|ing)?|premiere(?:d|s)?|reveal(?:ed|s)|"
    r"(?:pull|pulls|pulled|pulling|take|takes|took|taking)\s+the\s+wraps\s+off|"
    r"(?:first\s+)?appeared\s+in\s+public|made\s+(?:its|their)\s+(?:public|world)\s+debut|"
    r"took the wraps off|pulled the wraps off|showcas(?:ed|es|ing)|shown|"
    r"presented|world premiere|first public appearance)\b"
)
LAUNCH = trigger(
    r"\b(?:launch(?:ed|es|ing)?|(?:go|goes|went|going)\s+on\s+sale|rolled out|"
    r"(?:began|begins|begin|started|starts|start)\s+selling|on\s+sale\s+(?:in|from)|"
    r"rolls out|(?:began|begins|started|starts)\s+(?:taking\s+orders|deliveries|"
    r"sales)|introduced|hits? (?:showrooms|dealerships)|arrives? in)\b"
)


def _coordinated(ctx: Ctx, first: Slot, vehicles: list[Slot]) -> list[Slot]:
    """The vehicle after a trigger, plus those joined to it by 'and' or commas."""
    chosen = [first]
    for other in vehicles:
        if other.start <= chosen[-1].start:
            continue
        gap = ctx.doc.text[chosen[-1].end : other.start]
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", gap):
            chosen.append(other)
        else:
            break
    return chosen


def debut_and_launch(ctx: Ctx) -> Iterator[RawEvent]:
    vehicles = ctx.slots("Vehicle")
    if not vehicles:
        return
    for pattern, type_ in ((DEBUT, "Debut"), (LAUNCH, "Launch")):
        match = pattern.search(ctx.text)
        if not match:
            continue
        if type_ == "Launch" and DEBUT.search(ctx.text):
            continue
        trigger_at = ctx.offset + match.start()
        after = [v for v in vehicles if v.start > trigger_at]
        vehicle = after[0] if after else vehicles[0]
        before = [
            o
            for o in ctx.slots(*ORGS)
            if o.start < trigger_at and not re.match(r"(?:'s|’s)", ctx.doc.text[o.end : o.end + 2])
        ]
        candidates = prefer_subjects(ctx, before) if before else []
        actor = candidates[-1] if candidates else None
        for target in _coordinated(ctx, vehicle, vehicles):
            info = ctx.doc.entities[target.key]
            participants = [(target.key, "subject")]
            maker = actor.key if actor is not None and not inside(actor, target) else info.maker_key
            if maker:
                participants.append((maker, "maker"))
            shows = ctx.slots("AutoShow")
            if not shows and type_ == "Debut" and not ctx.slots("Place"):
                article_shows = {
                    k for k, e in ctx.doc.entities.items() if e.label == "AutoShow" and e.spans
                }
                if len(article_shows) == 1:
                    participants.append((article_shows.pop(), "venue"))
            if shows:
                participants.append((shows[0].key, "venue"))
            if type_ == "Launch":
                market = [s for s in ctx.slots("Place") if is_country(ctx, s)]
                if market:
                    participants.append((market[0].key, "market"))
            price = next((q for q in ctx.quantities if q.is_money), None)
            yield make_event(
                ctx,
                type_,
                f"{type_.lower()}-trigger",
                participants,
                quantity=price if type_ == "Launch" else None,
            )


ANNIVERSARY = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|anniversary)|"
    r"\b(\d{1,3})\s+years\s+(?:since|of)\b",
    re.IGNORECASE,
)


def anniversary(ctx: Ctx) -> Iterator[RawEvent]:
    match = ANNIVERSARY.search(ctx.text)
    if not match:
        return
    if match.group(2) and not re.search(
        r"\b(?:celebrat|mark|anniversary)", ctx.text, re.IGNORECASE
    ):
        return
    years = float(match.group(1) or match.group(2))
    at = ctx.offset + match.start()
    candidates = [s for s in ctx.view.slots if s.label in (*ORGS, "Vehicle") and s.start < at]
    subject = candidates[-1] if candidates else subject_before(ctx, at)
    if subject is None:
        return
    quantity = Quantity(match.start(), match.end(), years, "years")
    event = make_event(
        ctx,
        "Anniversary",
        "anniversary",
        [(subject.key, "subject")],
        quantity=quantity,
        status="completed",
    )
    event.date, event.date_precision = ctx.doc.article.published[:4], "year"
    event.quantity_rank = 0
    yield event
