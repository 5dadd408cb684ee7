"""Links the reference KB knows that a sentence states: a brand named with its parent and an
ownership cue, a joint venture with its partner, a person with the organisation they lead."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import TITLE as _TITLE
from kg.extract.relprops import stated_stake

_NOT_OWNERSHIP = re.compile(
    r"\b(?:rival|rivals|competitor|competitors|unlike|versus|vs\.?|compared with|than)\b",
    re.IGNORECASE,
)


def kb_confirmed(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """A sentence that names a brand and its parent (or a joint venture and a partner) together
    states the link the reference KB knows; the relation keeps the sentence as evidence."""
    from kg.kb import catalog

    kb = catalog()
    if _NOT_OWNERSHIP.search(view.sentence.text):
        return
    nested = [
        Slot(m.start, m.end, m.key, m.label, "", "name")
        for m in doc.mentions_in(view.sentence)
        if m.label in ("Company", "Brand", "JointVenture", "Person")
        and not any(s.start == m.start and s.key == m.key for s in view.slots)
    ]
    every = [*view.slots, *nested]
    keys = {s.key for s in every if s.label in ("Company", "Brand", "JointVenture", "Person")}
    named = {s.key for s in every if s.via == "name"}
    index = view.sentence.index
    slots_by_key: dict[str, list[Slot]] = {}
    for slot in every:
        slots_by_key.setdefault(slot.key, []).append(slot)
    for key in keys:
        for fact in kb.facts_about([key]):
            if fact.type == "HOLDS_ROLE" and fact.object_id in keys:
                title = _title_near(doc, view, slots_by_key[key]) or str(fact.props.get("title"))
                props: dict[str, object] = {"title": title}
                yield RawRelation(
                    key, "HOLDS_ROLE", fact.object_id, index, "kb-confirmed-role", 0.6, props
                )
                continue
            if fact.type != "OWNED_BY" or fact.object_id not in keys:
                continue
            if key not in named and fact.object_id not in named:
                continue
            if not _ownership_cue(doc, slots_by_key[key], slots_by_key[fact.object_id]):
                continue
            yield RawRelation(
                key,
                "OWNED_BY",
                fact.object_id,
                index,
                "kb-confirmed-ownership",
                0.6,
                stated_stake(doc, view, slots_by_key[key], slots_by_key[fact.object_id]),
            )
        for partner, _ in kb.partners_of(key):
            if partner.id in keys and (key in named or partner.id in named):
                yield RawRelation(
                    partner.id,
                    "PARTNER_IN",
                    key,
                    index,
                    "kb-confirmed-partner",
                    0.6,
                    stated_stake(doc, view, slots_by_key[partner.id], slots_by_key[key]),
                )


_OWNERSHIP_CUE = re.compile(
    r"(?:'s|’s|\bown(?:s|ed|er|ership)?\b|\bstake|\bholding|\bshareholder|\bunit\b|subsidiar|"
    r"\bbrand|\bmarque|\blabel|\bdivision|\barm\b|\bparent|\bpart of|\bfamily|\bportfolio|"
    r"\bmaker of|\bcontrol|\bacquir|\bbought|\bstable|\bsister|\bsold\b|\bunder\b|\bbadge|"
    r"\binside\b|\bwithin\b)",
    re.IGNORECASE,
)


def _ownership_cue(doc: Doc, owned: list[Slot], owners: list[Slot]) -> bool:
    for a in owned:
        for b in owners:
            lo, hi = min(a.start, b.start), max(a.end, b.end)
            if hi - lo > 160:
                continue
            window = doc.text[max(0, lo - 25) : hi + 25]
            if _OWNERSHIP_CUE.search(window):
                return True
    return False


def _title_near(doc: Doc, view: SentenceView, people: list[Slot]) -> str | None:
    for person in people:
        window = doc.text[max(view.sentence.start, person.start - 60) : person.end + 80]
        match = re.search(rf"\b(?i:{_TITLE})\b", window)
        if match:
            title = match.group(0)
            return title if title.isupper() else title.lower()
    return None
