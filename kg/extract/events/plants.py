"""Plant openings and closures: who, which plant, where.

The owner is the organisation acting at the trigger, else the one the named factory belongs
to ("Hyundai Motor Group Metaplant America"); a sentence naming neither an owner nor a factory
("The plant opened in 2010 and builds cars for sister brand Kia") states no event. The
locations are the factory and the town it is in, not the qualifiers of the town ("Ellabell,
Bryan County", "Saarlouis, in the state of Saarland") nor places it is measured from ("about 20
miles west of Savannah")."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import (
    ORGS,
    Ctx,
    Keywords,
    is_country,
    kind,
    make_event,
    prefer_subjects,
    trigger,
)
from kg.extract.facts import RawEvent

PLANT = (
    r"(?:plant|factory|facility|works|site|Gigafactory|gigafactory|assembly line|Metaplant|"
    r"production base)"
)
OPENING = trigger(
    r"\b(?:open(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing)|(?:began|begins|begin|started|starts|start)"
    r"\s+(?:production|operations|mass production|building|assembling|making|producing)|"
    r"rolled\s+off\s+the\s+(?:line|assembly line)|broke ground|commission(?:ed)?|"
    r"build\s+(?:a|an|its|their)\s+(?:new\s+|second\s+|third\s+|first\s+)?(?:\w+\s+)?"
    r"(?:plant|factory))\b"
)
CLOSURE = trigger(
    r"\b(?:clos(?:e|ed|es|ing|ure)|shut(?:ting|s)?(?:\s+down)?|shutter(?:ed|s|ing)?|"
    r"(?:cease|ceased|ceasing|end|ended|ending|halt|halted|halting|stop|stopped|stopping)\s+"
    r"(?:all\s+)?(?:car\s+|vehicle\s+)?production|"
    r"wind(?:ing)? down)\b"
)
PLANT_WORD = re.compile(rf"\b{PLANT}s?\b")
_QUALIFIER = re.compile(
    r"(?:\b(?:miles|km|kilometres|kilometers)\s+(?:\w+\s+)?(?:north|south|east|west|"
    r"north-east|north-west|south-east|south-west)\s+of|\bnear|\boutside|\bthe\s+state\s+of|"
    r"\bthe\s+province\s+of|\bthe\s+region\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _owner(ctx: Ctx, at: int, factories: list[Slot]) -> str | None:
    clause_start, _ = ctx.clause(ctx.local(at))
    orgs = [
        o
        for o in ctx.slots(*ORGS)
        if clause_start <= ctx.local(o.start) and o.start < at and not _inside_any(o, factories)
    ]
    if orgs:
        return prefer_subjects(ctx, orgs)[-1].key
    for org in ctx.slots(*ORGS):
        if org.start < at and re.match(
            rf"(?:'s|’s)\s+(?:\w+\s+){{0,2}}{PLANT}", ctx.doc.text[org.end : org.end + 40]
        ):
            return org.key
    for factory in factories:
        name = ctx.doc.entities[factory.key].name
        owners = [
            info.key
            for info in ctx.doc.entities.values()
            if info.label in ORGS and name.startswith(info.name + " ")
        ]
        if owners:
            return max(owners, key=lambda k: len(ctx.doc.entities[k].name))
    return None


def _inside_any(slot: Slot, outer: list[Slot]) -> bool:
    return any(o.start <= slot.start and slot.end <= o.end for o in outer)


def _locations(ctx: Ctx, factories: list[Slot]) -> list[Slot]:
    found = list(factories)
    for place in ctx.slots("Place"):
        if place in factories or is_country(ctx, place) or _inside_any(place, factories):
            continue
        before = ctx.doc.text[max(ctx.offset, place.start - 40) : place.start]
        if _QUALIFIER.search(before):
            continue
        if found and re.fullmatch(r",\s*", ctx.doc.text[found[-1].end : place.start]):
            continue
        found.append(place)
    if not found:
        found = [p for p in ctx.slots("Place") if not _QUALIFIER.search(ctx.text[: p.start])][:1]
    return found


def plant_events(ctx: Ctx) -> Iterator[RawEvent]:
    """'plantopening-trigger' and 'plantclosure-trigger'."""
    factories = [s for s in ctx.slots("Place") if kind(ctx, s) == "factory"]
    if not PLANT_WORD.search(ctx.text) and not factories:
        return
    for pattern, type_ in ((CLOSURE, "PlantClosure"), (OPENING, "PlantOpening")):
        match = pattern.search(ctx.text)
        if not match:
            continue
        if re.search(r"\b(?:venture|JV|company)\s+(?:\w+\s+)?to\s+$", ctx.text[: match.start()]):
            continue  # "set up a joint venture to build a plant": the venture's plan
        owner = _owner(ctx, ctx.offset + match.start(), factories)
        if owner is None:
            continue
        participants = [(owner, "subject")]
        participants += [(p.key, "location") for p in _locations(ctx, factories)]
        jobs = [q for q in ctx.quantities if q.unit == "jobs"]
        money = [q for q in ctx.quantities if q.is_money]
        figures = jobs or money
        yield make_event(
            ctx,
            type_,
            f"{type_.lower()}-trigger",
            participants,
            quantity=figures[0] if figures else None,
            date_near=match.start(),
        )
        return


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (OPENING, CLOSURE)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "open opened opens opening inaugurat* began begins begin started starts start rolled "
    "broke commission* clos* shut shuts shutting shutter* cease ceased ceasing end ended "
    "ending halt halted halting stop stopped stopping wind winding build"
)
