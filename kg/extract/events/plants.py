"""Plant openings and closures."""

import re
from collections.abc import Iterator

from kg.extract.events.base import Ctx, is_country, kind, make_event, subject_before, trigger
from kg.extract.facts import RawEvent

PLANT = (
    r"(?:plant|factory|facility|works|site|Gigafactory|gigafactory|assembly line|Metaplant|"
    r"production base)"
)
OPENING = trigger(
    r"\b(?:open(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing)|(?:began|begins|begin|started|starts|start)"
    r"\s+(?:production|operations|mass production|building|assembling|making|producing)|"
    r"rolled\s+off\s+the\s+(?:line|assembly line)|broke ground|commission(?:ed)?)\b"
)
CLOSURE = trigger(
    r"\b(?:clos(?:e|ed|es|ing|ure)|shut(?:ting|s)?(?:\s+down)?|shutter(?:ed|s|ing)?|"
    r"(?:cease|ceased|end|ended|halt|halted|stop|stopped)\s+(?:all\s+)?production|"
    r"wind(?:ing)? down)\b"
)
PLANT_WORD = re.compile(rf"\b{PLANT}s?\b")


def plant_events(ctx: Ctx) -> Iterator[RawEvent]:
    factories = [s for s in ctx.slots("Place") if kind(ctx, s) == "factory"]
    if not PLANT_WORD.search(ctx.text) and not factories:
        return
    for pattern, type_ in ((CLOSURE, "PlantClosure"), (OPENING, "PlantOpening")):
        match = pattern.search(ctx.text)
        if not match:
            continue
        subject = subject_before(ctx, ctx.offset + match.start())
        if subject is None:
            continue
        participants = [(subject.key, "subject")]
        places = factories + [
            s for s in ctx.slots("Place") if s not in factories and not is_country(ctx, s)
        ]
        if not places:
            places = ctx.slots("Place")[:1]
        participants += [(p.key, "location") for p in places]
        jobs = [q for q in ctx.quantities if q.unit == "jobs"]
        money = [q for q in ctx.quantities if q.is_money]
        figures = jobs or money
        quantity = figures[0] if figures else None
        yield make_event(
            ctx,
            type_,
            f"{type_.lower()}-trigger",
            participants,
            quantity=quantity,
            date_near=match.start(),
        )
        return


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (
    OPENING,
    CLOSURE,
)
