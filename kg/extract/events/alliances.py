"""Mergers, joint-venture formations and partnerships."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import Ctx, make_event, trigger
from kg.extract.facts import RawEvent

MERGER = trigger(
    r"\b(?:merger|merge|merging|merged|combine (?:their|its) businesses|"
    r"business integration|integrat(?:e|ion) (?:their|its) (?:businesses|operations)|"
    r"holding company)\b"
)


def merger(ctx: Ctx) -> Iterator[RawEvent]:
    match = MERGER.search(ctx.text)
    if not match:
        return
    orgs: list[Slot] = []
    for slot in ctx.slots("Company", "Brand"):
        if slot.key not in [o.key for o in orgs]:
            orgs.append(slot)
    if len(orgs) < 2:
        return
    result = None
    created = re.search(
        r"\b(?:created|creating|formed|forming|to form|to create|gave birth to)\b", ctx.text
    )
    if created:
        after = [o for o in orgs if o.start > ctx.offset + created.start()]
        result = after[0] if after else None
    members = [o for o in orgs if o is not result and o.label == "Company"] or orgs
    if len(members) < 2 and result is None:
        return
    participants = [(members[0].key, "subject")] + [(o.key, "partner") for o in members[1:3]]
    if result is not None:
        participants.append((result.key, "result"))
    yield make_event(ctx, "Merger", "merger-trigger", participants, date_near=match.start())


JV_FORMATION = trigger(
    r"\b(?:form(?:ed|s|ing)?|set(?:ting)? up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|"
    r"launch(?:ed|es)?|found(?:ed)?|sign(?:ed)? an agreement to form)\s+(?:a|an|the)?\s*"
    r"(?:new\s+)?(?:\d+[:/-]\d+\s+|50-50\s+|equal\s+)?(?:joint[\s-]venture|JV)\b|"
    r"joint[\s-]venture\s+(?:was|will be|is)\s+(?:formed|established|set up|"
    r"created|launched)"
)
PARTNERSHIP = trigger(
    r"\b(?:partner(?:ship|ed|ing)?\s+with|partnership|team(?:ed|s)? up|"
    r"tie-up|alliance|collaborat(?:e|es|ed|ion|ing)|co-develop|jointly develop|"
    r"agreement to (?:develop|co-develop|build|supply|share)|framework agreement|"
    r"strategic cooperation)\b"
)


def venture_and_partnership(ctx: Ctx) -> Iterator[RawEvent]:
    formation = JV_FORMATION.search(ctx.text)
    orgs: list[Slot] = []
    for slot in ctx.slots("Company", "Brand"):
        if slot.key not in [o.key for o in orgs]:
            orgs.append(slot)
    if formation:
        ventures = ctx.slots("JointVenture")
        participants: list[tuple[str, str]] = []
        if ventures:
            participants.append((ventures[0].key, "subject"))
        participants += [(o.key, "partner") for o in orgs]
        if len(participants) >= 2:
            yield make_event(
                ctx,
                "JointVentureFormation",
                "jv-formation-trigger",
                participants,
                date_near=formation.start(),
            )
        return
    match = PARTNERSHIP.search(ctx.text)
    if not match or len(orgs) < 2:
        return
    if not re.search(
        r"\b(?:sign(?:ed|s)?|agree(?:d|s)?|announc(?:ed|es)|formed|form|entered|"
        r"struck|team(?:ed|s)? up|partner(?:ed|s)? with|will\s+(?:co-develop|develop|"
        r"jointly)|extend(?:ed|s)?|expand(?:ed|s)?|launched|set up|memorandum|deal)\b",
        ctx.text,
        re.IGNORECASE,
    ):
        return
    participants = [(orgs[0].key, "subject")] + [(o.key, "partner") for o in orgs[1:]]
    yield make_event(
        ctx, "Partnership", "partnership-trigger", participants, date_near=match.start()
    )


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (
    MERGER,
    JV_FORMATION,
    PARTNERSHIP,
)
