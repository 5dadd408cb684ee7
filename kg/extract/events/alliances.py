"""Mergers, joint-venture formations and partnerships.

The parties are the organisations the sentence names as acting together (plural references
such as "the two carmakers" count for two), not an owner named as a modifier ("VW's Audi
brand") nor a brand a product is sold under. A joint venture is formed when two parties form,
set up or launch one ("launched Leapmotor International", "set up the company"); a joint
venture's contract extended is a partnership of its partners about it."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import Ctx, Keywords, make_event, trigger
from kg.extract.facts import RawEvent
from kg.kb import catalog

MERGER = trigger(
    r"\b(?:merger|merge|merging|merged|combin(?:e|ed|ing)\s+(?:their|its|the\s+two)\s+"
    r"(?:businesses|companies|operations)|combination|business integration|"
    r"integrat(?:e|ion) (?:their|its) (?:businesses|operations)|"
    r"(?:joint|common|single|new|shared)\s+holding\s+company)\b"
)
_FORM = (
    r"(?:form(?:ed|s|ing)?|set(?:s|ting)?\s+up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|"
    r"launch(?:ed|es)?|found(?:ed)?)"
)
JV_FORMATION = trigger(
    rf"\b(?:{_FORM}|sign(?:ed)? an agreement to form)\s+(?:a|an|the)?\s*"
    r"(?:new\s+)?(?:\d+[:/-]\d+\s+|50-50\s+|equal\s+)?(?:joint[\s-]venture|JV)\b|"
    r"joint[\s-]venture\s+(?:was|will be|is)\s+(?:formed|established|set up|"
    r"created|launched)"
)
_FORMS_NAMED = re.compile(
    rf"\b{_FORM}\s+(?:(?:on\s+\w+|formally|jointly)\s+)?(?:ENT\d+|the\s+(?:company|venture)\b)",
    re.IGNORECASE,
)
PARTNERSHIP = trigger(
    r"\b(?:partner(?:ship|ed|ing)?\s+with|partnership|team(?:ed|s)? up|"
    r"tie-up|alliance|collaborat(?:e|es|ed|ion|ing)|co-develop|jointly develop|"
    r"agreement to (?:develop|co-develop|build|supply|share)|framework agreement|"
    r"memorandum of understanding with|(?:widen|deepen|expand|broaden)\s+(?:their|its)\s+"
    r"cooperation|strategic cooperation)\b"
)
_EXTENDED = trigger(
    r"\b(?:joint[\s-]venture|venture(?:'s|’s)?|JV)\s+(?:contract|agreement|licen[cs]e)\b"
    r"[^.;]{0,40}?\b(?:extend|extended|renew|renewed|prolong|prolonged)\b|"
    r"\b(?:extend|extended|renew|renewed|prolong|prolonged)\s+(?:their|its|the)\s+"
    r"(?:joint[\s-]venture|venture|JV)\s+(?:contract|agreement|licen[cs]e)"
)
_AGREED = re.compile(
    r"\b(?:sign(?:ed|s)?|agree(?:d|s)?|announc(?:ed|es)|formed|form|entered|"
    r"struck|team(?:ed|s)? up|partner(?:ed|s)? with|will\s+(?:co-develop|develop|"
    r"jointly)|extend(?:ed|s)?|expand(?:ed|s)?|launched|set up|memorandum|deal)\b",
    re.IGNORECASE,
)
_NOT_A_PARTY = re.compile(r"\b(?:under|for|by|to|from|than)\s+(?:the\s+|its\s+)?$")


def _parties(ctx: Ctx, labels: tuple[str, ...] = ("Company", "Brand")) -> list[Slot]:
    """The organisations acting together: not owners named as modifiers ("VW's Audi brand"),
    not brands products are sold under."""
    found: list[Slot] = []
    for slot in ctx.slots(*labels):
        after = ctx.doc.text[slot.end : slot.end + 30]
        if re.match(r"(?:'s|’s)\s", after) and any(
            o.start > slot.end and o.start - slot.end < 25 and o.label in labels
            for o in ctx.view.slots
        ):
            continue
        if _NOT_A_PARTY.search(ctx.doc.text[max(ctx.offset, slot.start - 12) : slot.start]):
            continue
        if slot.key not in [o.key for o in found]:
            found.append(slot)
    return found


def merger(ctx: Ctx) -> Iterator[RawEvent]:
    """'merger-trigger': two or more companies merging, or talks about it (with their status)."""
    match = MERGER.search(ctx.text)
    if not match:
        return
    orgs = _parties(ctx)
    if len(orgs) < 2:
        return
    result = None
    created = re.search(
        r"(?<!would have )\b(?:created|creating|formed|forming|to form|to create|gave birth to)\b",
        ctx.text,
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


def _recent_venture(ctx: Ctx) -> str | None:
    here = ctx.view.sentence.index
    found = [
        m.key
        for m in ctx.doc.mentions
        if m.label == "JointVenture" and here - 6 <= m.sentence <= here
    ]
    return found[-1] if found else None


def _formed_venture(ctx: Ctx) -> tuple[str | None, int] | None:
    """The joint venture a sentence forms, and where the forming verb is."""
    match = JV_FORMATION.search(ctx.text)
    if match:
        ventures = ctx.slots("JointVenture")
        return (ventures[0].key if ventures else None), match.start()
    for named in _FORMS_NAMED.finditer(ctx.view.masked):
        token = re.search(r"ENT\d+", named.group(0))
        if token is not None:
            slot = ctx.view.slot(token.group(0))
            if slot.label == "JointVenture":
                return slot.key, slot.start - ctx.offset
            continue
        venture = _recent_venture(ctx)
        if venture is not None:
            return venture, len(ctx.text)
    return None


def _current_partners(venture: str) -> list[str]:
    return [p.id for p, props in catalog().partners_of(venture) if "until" not in props]


def venture_and_partnership(ctx: Ctx) -> Iterator[RawEvent]:
    """'jv-formation-trigger': a joint venture formed by its partners; 'partnership-trigger':
    an agreement to work together; 'jv-contract-extended': partners extending their joint
    venture's contract."""
    formed = _formed_venture(ctx)
    if formed is not None:
        venture, at = formed
        partners = [o.key for o in _parties(ctx) if o.key != venture]
        before = [o.key for o in _parties(ctx) if o.start - ctx.offset < at and o.key != venture]
        if venture is not None and len(before) >= 2:
            partners = before
        if venture is not None and len(partners) < 2:
            partners = _current_partners(venture)
        participants = [(venture, "subject")] if venture is not None else []
        participants += [(p, "partner") for p in partners]
        if len(partners) >= 2:
            yield make_event(
                ctx, "JointVentureFormation", "jv-formation-trigger", participants, date_near=at
            )
        return
    extended = _EXTENDED.search(ctx.text)
    if extended:
        yield from _contract_extended(ctx, extended)
        return
    match = PARTNERSHIP.search(ctx.text)
    orgs = _parties(ctx)
    if not match or len(orgs) < 2 or not _AGREED.search(ctx.text):
        return
    participants = [(orgs[0].key, "subject")] + [(o.key, "partner") for o in orgs[1:]]
    yield make_event(
        ctx, "Partnership", "partnership-trigger", participants, date_near=match.start()
    )


def _contract_extended(ctx: Ctx, match: re.Match[str]) -> Iterator[RawEvent]:
    ventures = [s.key for s in ctx.slots("JointVenture")]
    named = [o.key for o in _parties(ctx, ("Company",))]
    venture = ventures[0] if ventures else _venture_of(named)
    if venture is None:
        return
    partners = named if len(named) >= 2 else _ranked(ctx, _current_partners(venture))
    if len(partners) < 2:
        return
    participants = [(partners[0], "subject"), (venture, "object")]
    participants += [(p, "partner") for p in partners[1:]]
    yield make_event(
        ctx, "Partnership", "jv-contract-extended", participants, date_near=match.start()
    )


def _venture_of(partners: list[str]) -> str | None:
    """The joint venture of the reference knowledge base whose partners these are."""
    if len(partners) < 2:
        return None
    kb = catalog()
    for entity in kb.entities.values():
        if entity.label != "JointVenture":
            continue
        if set(partners) <= {p.id for p, _ in kb.partners_of(entity.id)}:
            return entity.id
    return None


def _ranked(ctx: Ctx, keys: list[str]) -> list[str]:
    """Partners, the one the article names most first."""
    counts = {key: sum(1 for m in ctx.doc.mentions if m.key == key) for key in keys}
    return sorted(keys, key=lambda k: -counts[k])


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (MERGER, JV_FORMATION, PARTNERSHIP, _EXTENDED, trigger(rf"\b{_FORM}\b"))

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "merg* combin* integration integrate holding joint venture ventures jv partner* team "
    "teamed teams tie alliance alliances collaborat* develop agreement memorandum widen "
    "deepen expand broaden cooperation form formed forms forming set sets setting establish* "
    "creat* launch* found founded extend* renew* prolong* contract"
)
