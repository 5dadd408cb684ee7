"""References the event rules resolve beyond the shared sentence view.

`kg.extract.context.view` resolves "the brand", "the Japanese carmaker" and pronouns for every
rule. Events need more, and this module refines a view for them only:

- a descriptive organisation reference keeps to the nationality it states ("the German group"
  is a German company, "the Mumbai-based group" an Indian one), and "the group" prefers a group
  (a company of kind group or holding, or one the article calls "... Group") that the article
  talks about most;
- plural references ("the two companies", "both carmakers") stand for the two organisations the
  previous sentences name;
- "the car", "the stainless-steel pickup" stand for the vehicle the previous sentences name, when
  the sentence names none;
- "the plant" / "the factory" stand for the named factory the previous sentences name, "the same
  city" for the last city;
- "the 58-year-old Italian", "the executive" stand for the person the previous sentences name.
"""

import re
from collections import Counter
from dataclasses import replace

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc, Mention

ORG_LABELS = ("Company", "Brand", "JointVenture")
_LOOKBACK = 6

_ORG_NOUN = (
    r"(?P<noun>group|company|carmaker|automaker|maker|manufacturer|firm|giant|conglomerate|"
    r"holding company|brand|marque)"
)
_DESCRIBED_ORG = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<adj>(?:[\w-]+\s+){{0,3}}?){_ORG_NOUN}\b(?!\s+of\b)"
)
_PLURAL_ORGS = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth|[Tt]he\s+pair\s+of)\s+(?:\w+\s+)?"
    r"(?:companies|carmakers|automakers|groups|firms|manufacturers|partners|makers|sides)\b"
)
_VEHICLE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?!(?:first|next|new|production|\w+est)\b)"
    r"(?:(?:[a-z][\w.-]*|[\d.]+-[\w-]+)\s+){0,3}?"
    r"(?:car|pickup|SUV|sedan|saloon|concept|crossover|hatchback|coupe|roadster|hypercar|"
    r"supercar|sports car|estate|minivan|MPV|EV)\b"
    r"(?!\s*(?:'s|’s|maker|makers|business|market|segment|brand|industry|sales|buyers|prices))"
)
_PLANT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:new\s+)?(?:plant|factory|site|Metaplant)\b")
_SAME_CITY = re.compile(r"\bthe\s+same\s+city\b")
_VENTURE = re.compile(r"\b[Tt]he\s+(?:joint\s+|manufacturing\s+)?venture\b")
_PERSON = re.compile(
    r"\b[Tt]he\s+(?:\d{2}-year-old|former|outgoing|incoming|new)\s+(?:[A-Z][a-z]+|executive|"
    r"chief|boss|manager|engineer)\b|\b[Tt]he\s+(?:executive|Frenchman|Italian|German|Briton|"
    r"Japanese|American|Brazilian|Portuguese|Spaniard|Swede|Dutchman)\b"
)


class References:
    """Refines the views of one article in order; remembers the pair a plural reference named."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.pair: tuple[int, list[tuple[str, str]]] | None = None
        self.names: tuple[re.Pattern[str] | None, dict[str, str]] | None = None

    def refine(self, view: SentenceView) -> SentenceView:
        return refine(self.doc, view, self)


def refine(doc: Doc, view: SentenceView, memory: References | None = None) -> SentenceView:
    """The view with event-specific references resolved and added."""
    sentence = view.sentence
    slots = [
        found
        for found in (_reresolve(doc, view, s) if s.via == "reference" else s for s in view.slots)
        if found is not None
    ]
    text = sentence.text
    added: list[Slot] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in slots + added)

    for match in _PLURAL_ORGS.finditer(text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if free(start, end):
            pair = _same_sentence_pair(view, start)
            remembered = memory.pair if memory is not None else None
            if pair is None and remembered is not None and sentence.index - remembered[0] <= 3:
                pair = remembered[1]
            if pair is None:
                pair = _two_orgs(doc, view.sentence.index)
            if memory is not None and len(pair) == 2:
                memory.pair = (sentence.index, pair)
            for key, label in pair:
                added.append(Slot(start, end, key, label, "", "plural"))
    for start, end, key in _other_vehicle_names(doc, view, memory):
        if free(start, end):
            added.append(Slot(start, end, key, "Vehicle", "", "other-name"))
    for match in _VEHICLE.finditer(text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        part_start = sentence.start + text.rfind(";", 0, match.start()) + 1
        part_end = text.find(";", match.end())
        part_end = sentence.end if part_end < 0 else sentence.start + part_end
        if not any(
            s.label == "Vehicle" and part_start <= s.start < part_end for s in slots + added
        ):
            vehicle = _recent(doc, start, ("Vehicle",), 8)
            if vehicle is not None and free(start, end):
                added.append(Slot(start, end, vehicle.key, "Vehicle", "", "reference"))
                break
    for match in _VENTURE.finditer(text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        venture = _recent(doc, start, ("JointVenture",), _LOOKBACK)
        if venture is not None and free(start, end):
            added.append(Slot(start, end, venture.key, "JointVenture", "", "reference"))
    for pattern, kinds in ((_PLANT, ("factory",)), (_SAME_CITY, ("city",))):
        for match in pattern.finditer(text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            place = _recent(doc, start, ("Place",), 4, kinds)
            if place is not None and free(start, end):
                added.append(Slot(start, end, place.key, "Place", "", "reference"))
    if not any(s.label == "Person" for s in slots):
        for match in _PERSON.finditer(text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            person = _recent(doc, start, ("Person",), 3)
            if person is not None and free(start, end):
                added.append(Slot(start, end, person.key, "Person", "", "reference"))
    if not added and slots == view.slots:
        return view
    return _masked(doc, view, sorted(slots + added, key=lambda s: (s.start, s.end)))


def _vehicle_names(doc: Doc) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Other ways the article names its vehicles: in the plural ("3,878 Cybertrucks") and by the
    trim alone after "the" ("the S/T" for the Porsche 911 S/T)."""
    forms: dict[str, str] = {}
    for info in doc.entities.values():
        if info.label != "Vehicle":
            continue
        words = info.name.split(" ")
        for alias in {*info.aliases, " ".join(words[1:])}:
            if len(alias) >= 3 and alias[-1].isalpha():
                forms.setdefault(alias + "s", info.key)
        if len(words) >= 3 and len(words[-1]) >= 2 and re.search(r"[A-Z0-9/]", words[-1][1:]):
            forms.setdefault("the " + words[-1], info.key)
    if not forms:
        return None, forms
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])"), forms


def _other_vehicle_names(
    doc: Doc, view: SentenceView, memory: "References | None"
) -> list[tuple[int, int, str]]:
    if memory is not None:
        if memory.names is None:
            memory.names = _vehicle_names(doc)
        pattern, forms = memory.names
    else:
        pattern, forms = _vehicle_names(doc)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(view.sentence.text):
        start = view.sentence.start + match.start()
        found.append((start, start + len(match.group(0)), forms[match.group(0)]))
    return found


def _masked(doc: Doc, view: SentenceView, slots: list[Slot]) -> SentenceView:
    pieces: list[str] = []
    cursor = view.sentence.start
    out: list[Slot] = []
    for index, slot in enumerate(slots):
        slot = replace(slot, token=f"ENT{index}")
        out.append(slot)
        if slot.start < cursor:  # a second organisation of the same plural reference
            pieces.append(f" and {slot.token}")
            continue
        pieces.append(doc.text[cursor : slot.start])
        pieces.append(slot.token)
        cursor = slot.end
    pieces.append(doc.text[cursor : view.sentence.end])
    return SentenceView(view.sentence, out, "".join(pieces))


def _reresolve(doc: Doc, view: SentenceView, slot: Slot) -> Slot | None:
    """The organisation a descriptive reference stands for; none when it states a nationality
    no organisation named before has."""
    surface = doc.text[slot.start : slot.end]
    match = _DESCRIBED_ORG.fullmatch(surface)
    if match is None or slot.label not in ORG_LABELS:
        return slot
    country = _stated_country(doc, slot, match.group("adj"))
    noun = match.group("noun").lower()
    if country is None and noun != "group":
        return slot
    candidates = _candidates(doc, slot.start)
    if country is not None:
        candidates = [m for m in candidates if m.kb is not None and m.kb.country == country]
        if not candidates:
            return None
    if noun == "group":
        groups = [m for m in candidates if _group_like(doc, m)]
        candidates = groups or candidates
    if not candidates:
        return slot
    counts = Counter(m.key for m in doc.mentions if m.start < slot.start)
    here = view.sentence.index
    best = max(candidates, key=lambda m: (m.sentence >= here - 1, counts[m.key], m.start))
    return replace(slot, key=best.key, label=best.label)


def _stated_country(doc: Doc, slot: Slot, adjectives: str) -> str | None:
    for start, end, place in doc.demonyms:
        if slot.start <= start and end <= slot.end:
            return place.name
    based = re.search(r"([A-Z][\w.]+)-based", adjectives)
    if based:
        for mention in doc.mentions:
            if mention.label == "Place" and mention.text == based.group(1) and mention.kb:
                return mention.kb.country or mention.kb.name
    return None


def _candidates(doc: Doc, before: int) -> list[Mention]:
    here = doc.sentence_of(before)
    first = (here.index if here else 0) - _LOOKBACK
    recent = [
        m
        for m in doc.mentions
        if m.start < before and m.label in ("Company", "JointVenture") and m.sentence >= first
    ]
    seen = {m.key for m in recent}
    counts = Counter(
        m.key for m in doc.mentions if m.start < before and m.label in ("Company", "JointVenture")
    )
    for key, _ in counts.most_common(3):
        if key not in seen:
            recent.append(next(m for m in doc.mentions if m.key == key))
    return recent


def _group_like(doc: Doc, mention: Mention) -> bool:
    if mention.kb is not None and mention.kb.kind in ("group", "holding"):
        return True
    return any(
        re.search(r"\b(?:Group|Holdings?)\b", m.text) for m in doc.mentions if m.key == mention.key
    )


def _same_sentence_pair(view: SentenceView, before: int) -> list[tuple[str, str]] | None:
    here = [s for s in view.slots if s.label in ORG_LABELS and s.end <= before]
    keys = _distinct([(s.key, s.label) for s in here])
    return keys[-2:] if len(keys) >= 2 else None


def _two_orgs(doc: Doc, index: int) -> list[tuple[str, str]]:
    """The two organisations the nearest earlier sentence naming two names first."""
    for back in range(index - 1, max(-1, index - 4), -1):
        found = _distinct(
            [
                (m.key, m.label)
                for m in doc.mentions
                if m.sentence == back and m.label in ORG_LABELS and not _inside_vehicle(doc, m)
            ]
        )
        if len(found) >= 2:
            return found[:2]
    return []


def _distinct(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for item in items:
        if item[0] not in [k for k, _ in out]:
            out.append(item)
    return out


def _inside_vehicle(doc: Doc, mention: Mention) -> bool:
    return any(
        v.label == "Vehicle" and v.start <= mention.start and mention.end <= v.end
        for v in doc.mentions
        if v.sentence == mention.sentence and v is not mention
    )


def _recent(
    doc: Doc,
    before: int,
    labels: tuple[str, ...],
    sentences: int,
    kinds: tuple[str, ...] = (),
) -> Mention | None:
    here = doc.sentence_of(before)
    first = (here.index if here else 0) - sentences
    found = [
        m
        for m in doc.mentions
        if m.start < before
        and m.label in labels
        and m.sentence >= first
        and (not kinds or (m.kb is not None and m.kb.kind in kinds))
    ]
    return found[-1] if found else None
