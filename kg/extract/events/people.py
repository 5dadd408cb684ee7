"""Executive changes: who replaces whom, where, and from when."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot, doc_topic
from kg.extract.events.base import ORGS, Ctx, Keywords, make_event, prefer_subjects, trigger
from kg.extract.facts import RawEvent
from kg.extract.temporal import DateExpr

EXECUTIVE = trigger(
    r"\b(?:appoint(?:ed|s|ment)|named|tapped|succeed(?:s|ed|ing)?|successor|"
    r"replac(?:e|es|ed|ing)|step(?:s|ped)?\s+down|resign(?:s|ed|ation)?|"
    r"depart(?:s|ed|ure)|reassigned|transferred|promoted|(?:been\s+)?moved\s+to|"
    r"shifted\s+to|take over as|"
    r"took over as|takes over as|will become|ousted|to lead|return(?:s|ed)? as|"
    r"(?:take|takes|took|taking)\s+(?:over\s+)?(?:the\s+)?(?:top\s+job|helm|reins|top\s+post|"
    r"top\s+role)\s+(?:at|of)|poised\s+to\s+(?:join|lead|run|head)|"
    r"hand(?:s|ed|ing)?\s+over\s+(?:the\s+)?(?:running|reins|control|leadership|helm)?)\b"
)
_NOUN = re.compile(r"(?:resignation|departure|appointment|successor)$", re.IGNORECASE)
_SEARCH = trigger(
    r"\b(?:search\s+for|find|name|appoint|choose)\s+(?:a|an|the)\s+(?:\w+\s+)?successor\b"
)
REASSIGN = trigger(r"\b(?:reassigned|transferred|moved|shifted)\b.*?\b(?:to|within|at)\b")


def _named_with_noun(ctx: Ctx, match: re.Match[str], people: list[Slot]) -> bool:
    """'his resignation', 'Tavares's departure', 'the appointment of Espinosa': a noun trigger
    needs its person; "the board accepted the resignation" speaks of one stated before."""
    before = ctx.text[max(0, match.start() - 30) : match.start()]
    after = ctx.text[match.end() : match.end() + 30]
    for person in people:
        local = ctx.local(person.end)
        if 0 <= match.start() - local <= 4 or re.match(
            r"\s+of\s+(?:\w+\s+){0,3}$", ctx.text[local : match.start()]
        ):
            return True
        if re.match(r"\s+(?:of|for)\s+", after) and ctx.local(person.start) - match.end() < 30:
            return True
    return bool(re.search(r"\b(?:his|her)\s+$", before)) and bool(people)


def _successor_search(ctx: Ctx) -> Iterator[RawEvent]:
    """'executive-succession-planned': the search for a successor, with a time frame."""
    match = _SEARCH.search(ctx.text)
    if not match or not [d for d in ctx.dates if not d.since]:
        return
    orgs = ctx.slots(*ORGS)
    topic = orgs[0].key if orgs else None
    if topic is None:
        found = doc_topic(ctx.doc, ("Company", "JointVenture"), ctx.offset)
        topic = found.key if found is not None else None
    if topic is None:
        return
    yield make_event(
        ctx,
        "ExecutiveChange",
        "executive-succession-planned",
        [(topic, "subject")],
        status="planned",
        date_near=match.start(),
    )


def executive_change(ctx: Ctx) -> Iterator[RawEvent]:
    """'executive-change-trigger': who takes over from whom at which organisation;
    'executive-reassignment': an unnamed executive moved between organisations."""
    if not ctx.slots("Person"):
        yield from _successor_search(ctx)
    match = EXECUTIVE.search(ctx.text)
    if not match:
        return
    people = ctx.slots("Person")
    if _NOUN.search(match.group(0)) and not _named_with_noun(ctx, match, people):
        return
    orgs = list(ctx.slots(*ORGS))
    reassign = REASSIGN.search(ctx.text)
    if reassign and not people:
        target_at = ctx.offset + reassign.end()
        targets = [o for o in orgs if o.start >= target_at]
        sources = [o for o in orgs if o.start < ctx.offset + reassign.start()]
        if targets and sources:
            yield make_event(
                ctx,
                "ExecutiveChange",
                "executive-reassignment",
                [(sources[-1].key, "from"), (targets[0].key, "to")],
            )
        return
    trigger_at = ctx.offset + match.start()
    people = [p for p in people if abs(p.start - trigger_at) < 160]
    if not people:
        return
    participants: list[tuple[str, str]] = []
    new_person, predecessor = _who_replaces_whom(ctx, people)
    departing = _departing(ctx, people)
    if departing is not None and predecessor is None:
        others = [p for p in people if p.key != departing.key]
        # someone leaving with no successor named is the person of the change
        new_person, predecessor = (others[0], departing) if others else (departing, None)
    if new_person:
        participants.append((new_person.key, "person"))
    if predecessor:
        participants.append((predecessor.key, "predecessor"))
    org = _role_org(ctx, orgs)
    if org is None:
        topic = doc_topic(ctx.doc, ("Company", "JointVenture"), ctx.offset)
        if topic is not None:
            participants.insert(0, (topic.key, "subject"))
    else:
        participants.insert(0, (org.key, "subject"))
    if not participants:
        return
    yield make_event(
        ctx,
        "ExecutiveChange",
        "executive-change-trigger",
        participants,
        date_near=match.start(),
        when=_effective_date(ctx),
    )


_DEPART = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|will\s+|would\s+|is\s+to\s+)?"
    r"(?:resign|resigned|resigns|step\s+down|stepped\s+down|steps\s+down|"
    r"quit|quits|leave|leaves|left|depart|departs|departed|retire|retires|"
    r"retired|was\s+ousted|is\s+leaving|will\s+be\s+leaving)\b"
)


def _departing(ctx: Ctx, people: list[Slot]) -> Slot | None:
    for person in people:
        if _DEPART.match(ctx.doc.text[person.end : person.end + 90]):
            return person
    return None


def _effective_date(ctx: Ctx) -> DateExpr | None:
    """Appointments take the date they take effect, not the date they were announced."""
    for cue in (
        r"(?:effective|from|starting|as of|takes? effect|with effect from)\s+$",
        r"(?<!said )(?<!announced )(?<!reported )on\s+$",
    ):
        for d in ctx.dates:
            if re.search(cue, ctx.text[max(0, d.start - 25) : d.start], re.IGNORECASE):
                return d
    return None


def _who_replaces_whom(ctx: Ctx, people: list[Slot]) -> tuple[Slot | None, Slot | None]:
    masked = ctx.view.masked
    persons = "|".join(s.token for s in people if s.token) or "NOBODY"
    m = re.search(
        rf"({persons})\b[^.]{{0,80}}?\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|"
        rf"takes? over from|took over from)\s+(?:\w+\s+){{0,3}}?({persons})\b",
        masked,
    )
    if m:
        return ctx.view.slot(m.group(1)), ctx.view.slot(m.group(2))
    m = re.search(
        rf"({persons})\b[^.]{{0,60}}?\b(?:will be )?(?:succeeded|replaced)\s+by\s+"
        rf"({persons})\b|({persons})\b[^.]{{0,40}}?\bhand(?:s|ed|ing)?\s+over\b[^.]{{0,80}}?"
        rf"\bto\s+(?:\w+\s+){{0,4}}?({persons})\b",
        masked,
    )
    if m and m.group(3):
        return ctx.view.slot(m.group(4)), ctx.view.slot(m.group(3))
    if m:
        return ctx.view.slot(m.group(2)), ctx.view.slot(m.group(1))
    if len(people) >= 2:
        m = re.search(
            r"(ENT\d+)\s*,?\s*who\s+(?:is\s+|was\s+)?(?:stepping|steps|stepped|"
            r"will\s+step)\s+down",
            masked,
        )
        if m:
            old = ctx.view.slot(m.group(1))
            others = [p for p in people if p.key != old.key]
            return others[0], old
    unique: list[Slot] = []
    for person in people:
        if person.key not in [u.key for u in unique]:
            unique.append(person)
    return unique[0], None


def _role_org(ctx: Ctx, orgs: list[Slot]) -> Slot | None:
    if not orgs:
        return None
    good = prefer_subjects(ctx, orgs)
    return good[0]


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (EXECUTIVE, _SEARCH)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "appoint* named tapped succeed* successor replac* step steps stepped resign* depart* "
    "reassigned transferred promoted moved shifted take takes took taking become ousted lead "
    "return returns returned poised hand hands handed handing"
)
