"""Links the reference KB knows that a sentence states: a brand named with its parent and an
ownership cue, a joint venture with its partner, a person with the organisation they lead."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import TITLE as _TITLE
from kg.extract.relprops import stated_stake
from kg.extract.sentences import Sentence
from kg.extract.temporal import find_dates

_NOT_OWNERSHIP = re.compile(
    r"\b(?:rival|rivals|competitor|competitors|unlike|versus|vs\.?|compared with|than)\b",
    re.IGNORECASE,
)


def kb_confirmed(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """A sentence that names a brand and its parent (or a joint venture and a partner) together
    states the link the reference KB knows; the relation keeps the sentence as evidence."""
    from kg.kb import catalog

    kb = catalog()
    nested = [
        Slot(m.start, m.end, m.key, m.label, "", "name")
        for m in doc.mentions_in(view.sentence)
        if m.label in ("Company", "Brand", "JointVenture", "Person")
        and not any(s.start == m.start and s.key == m.key for s in view.slots)
    ]
    every = [*view.slots, *nested]
    keys = {s.key for s in every if s.label in ("Company", "Brand", "JointVenture", "Person")}
    if len(keys) < 2 or _NOT_OWNERSHIP.search(view.sentence.text):
        return  # every link joins two entities the sentence names
    named = {s.key for s in every if s.via == "name"}
    index = view.sentence.index
    slots_by_key: dict[str, list[Slot]] = {}
    for slot in every:
        slots_by_key.setdefault(slot.key, []).append(slot)
    for key in keys:
        for fact in kb.facts_about([key]):
            if fact.type == "HOLDS_ROLE" and fact.object_id in keys:
                stated = _title_near(doc, view, slots_by_key[key])
                if stated is None and fact.props.get("until"):
                    continue  # a past role the sentence does not name
                title = stated or str(fact.props.get("title"))
                props: dict[str, object] = {"title": title}
                yield RawRelation(
                    key, "HOLDS_ROLE", fact.object_id, index, "kb-confirmed-role", 0.6, props
                )
                continue
            if fact.type != "OWNED_BY" or fact.object_id not in keys:
                continue
            if key not in named and fact.object_id not in named:
                continue
            owned = [s for s in slots_by_key[key] if s.via != "pronoun"]
            owners = [s for s in slots_by_key[fact.object_id] if s.via != "pronoun"]
            strong = kb.entities[fact.object_id].label == "Person"
            if not _ownership_cue(doc, view.sentence, owned, owners, strong):
                continue
            if _coordinated(doc, owned, owners):
                continue
            if fact.props.get("until"):
                props = _ended_holding(doc, view, str(fact.props["until"]))
            else:
                props = stated_stake(doc, view, owned, owners)
            yield RawRelation(
                key, "OWNED_BY", fact.object_id, index, "kb-confirmed-ownership", 0.6, props
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


_STRONG_CUE = re.compile(
    r"\bown(?:s|ed|er|ership)?\b|\bstake|\bholding|\bshareholder|\bcontrol", re.IGNORECASE
)
# the link is not (yet) a holding: a plan or an option to buy
_PLANNED = re.compile(
    r"\b(?:will|would|could|might|may|plans?\s+to|aims?\s+to|agreed\s+to|is\s+to|intends?\s+to|"
    r"to)\s+(?:\w+\s+){0,3}?(?:take|buy|acquire|invest|purchase|issue|get|receive|subscribe)\b",
    re.IGNORECASE,
)
# where a brand began life is not who owns it now
_ORIGIN = re.compile(r"\b(?:began|started)\s+(?:life|out)\s+\w+\s+$|\bspun\s+(?:off|out)\s+\w+\s+$")
# 'BMW and Mini vehicles', 'models from Kia and from Hyundai's': names side by side
_COORDINATION = re.compile(
    r"\s*,?\s*(?:and|or|&|as\s+well\s+as)\s+(?:(?:from|of|by|with|the|its)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}"
)


def _ownership_cue(
    doc: Doc, sentence: Sentence, owned: list[Slot], owners: list[Slot], strong: bool
) -> bool:
    cue = _STRONG_CUE if strong else _OWNERSHIP_CUE
    for a in owned:
        for b in owners:
            lo, hi = min(a.start, b.start), max(a.end, b.end)
            if hi - lo > 160:
                continue
            window = doc.text[max(sentence.start, lo - 25) : min(sentence.end, hi + 25)]
            if not cue.search(window) or _PLANNED.search(doc.text[sentence.start : hi]):
                continue
            if not _ORIGIN.search(doc.text[max(0, b.start - 30) : b.start]):
                return True
    return False


def _coordinated(doc: Doc, owned: list[Slot], owners: list[Slot]) -> bool:
    """Every pairing of the two names is a list ('X and Y'), not a statement about them."""
    for a in owned:
        for b in owners:
            first, second = (a, b) if a.start < b.start else (b, a)
            between = doc.text[first.end : second.start]
            if not _COORDINATION.fullmatch(between):
                return False
    return True


_TRANSFER = re.compile(
    r"\b(?:bought|sold|acquired|purchased|took\s+over|taken\s+over|divested|handed)\b"
)


def _ended_holding(doc: Doc, view: SentenceView, until: str) -> dict[str, object]:
    """A holding the KB knows has ended: the sentence's own date of that end, if it gives it."""
    text = view.sentence.text
    transfer = _TRANSFER.search(text) is not None
    for expr in find_dates(text, doc.article.published):
        # 'since 2021' opens something; it ends the old holding only where a sale is told
        opens = expr.since or re.search(r"\b(?:since|from)\s+$", text[: expr.start])
        if not expr.is_period and (transfer or not opens) and expr.date[:4] == until[:4]:
            return {"until": expr.date}
    return {}


def _title_near(doc: Doc, view: SentenceView, people: list[Slot]) -> str | None:
    for person in people:
        window = doc.text[max(view.sentence.start, person.start - 60) : person.end + 80]
        match = re.search(rf"\b(?i:{_TITLE})\b", window)
        if match:
            title = match.group(0)
            return title if title.isupper() else title.lower()
    return None
