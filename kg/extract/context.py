"""Per-sentence views for the rules: masked text, references to earlier entities, markets."""

import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field

from kg.extract.document import Doc, Mention
from kg.extract.sentences import Sentence
from kg.extract.triggers import EVERY
from kg.extract.vocab import ORG_NOUNS

ORG_LABELS = ("Company", "Brand", "JointVenture")
_NOUN_ALT = "|".join(sorted((re.escape(n) for n in ORG_NOUNS), key=len, reverse=True))
_REFERENCE = re.compile(
    rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:-based)?|new|same|latter|"
    rf"former|luxury|premium|state-owned|Japanese|Chinese|German|American|Korean|French|Italian|"
    rf"British|Swedish|Indian|Vietnamese|electric|carmaking|car|auto|Detroit|EV)[\s-]+){{0,2}}"
    rf"(?P<noun>{_NOUN_ALT})\b(?!\s+(?:of|to|in)\b)"
)
_PRONOUN = re.compile(r"\b(?P<p>[Ii]t|[Ii]ts)\b")


@dataclass
class Slot:
    """An entity occurrence a rule can use: a named mention or a resolved reference."""

    start: int
    end: int
    key: str
    label: str
    token: str
    via: str


@dataclass
class SentenceView:
    sentence: Sentence
    slots: list[Slot]
    masked: str
    # the gated rules this sentence holds a trigger word of (kg.extract.triggers)
    cues: Container[str] = field(default=EVERY)

    def slot(self, token: str) -> Slot:
        index = int(token[3:])
        return self.slots[index]

    def of_label(self, *labels: str) -> list[Slot]:
        return [s for s in self.slots if s.label in labels]


def _country_of_modifiers(phrase: str) -> str | None:
    """'the Mumbai-based group' -> India, 'the Japanese carmaker' -> Japan."""
    from kg.extract.gazetteer import gazetteer
    from kg.kb import catalog

    for word in re.findall(r"(?<!^)\b[A-Z][\w'-]*", phrase):
        place = None
        if word.endswith("-based"):
            place = catalog().get(word[: -len("-based")])
        else:
            place = gazetteer().demonyms.get(word)
        if place is not None and place.label == "Place":
            return place.name if place.kind == "country" else place.country
    return None


def _antecedent(
    doc: Doc,
    before: int,
    labels: tuple[str, ...],
    within: int = 4,
    country: str | None = None,
) -> Mention | None:
    sentence = doc.sentence_of(before)
    first_index = (sentence.index if sentence else 0) - within
    candidates = [
        m
        for m in doc.mentions
        if m.start < before
        and m.label in labels
        and m.sentence >= first_index
        and not _inside_vehicle(doc, m)
    ]
    if country is not None:
        located = [m for m in candidates if m.kb is not None and m.kb.country == country]
        candidates = located or candidates
    if candidates:
        subjects = [c for c in candidates if _is_clause_subject(doc, c)]
        recent_sentence = max(c.sentence for c in candidates)
        in_recent = [c for c in subjects if c.sentence == recent_sentence]
        return (in_recent or [c for c in candidates if c.sentence == recent_sentence])[-1]
    return doc_topic(doc, labels, before)


def _inside_vehicle(doc: Doc, mention: Mention) -> bool:
    return doc.inside_vehicle(mention)


def _is_clause_subject(doc: Doc, mention: Mention) -> bool:
    before = doc.text[max(0, mention.start - 12) : mention.start]
    return not re.search(r"\b(?:of|from|with|by|to|for|within|at|than)\s+(?:the\s+)?$", before)


def doc_topic(doc: Doc, labels: tuple[str, ...], before: int | None = None) -> Mention | None:
    counts = Counter(
        m.key
        for m in doc.mentions
        if m.label in labels
        and not _inside_vehicle(doc, m)
        and (before is None or m.start < before)
    )
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return next(m for m in doc.mentions if m.key == key)


def view(doc: Doc, sentence: Sentence, cues: Container[str] = EVERY) -> SentenceView:
    slots: list[Slot] = []
    for mention in doc.mentions_in(sentence):
        if any(s.start <= mention.start < s.end for s in slots):
            continue
        slots.append(Slot(mention.start, mention.end, mention.key, mention.label, "", "name"))
    taken = [(s.start, s.end) for s in slots]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    text = sentence.text
    for match in _REFERENCE.finditer(text) if "reference" in cues else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        covered = [s for s in slots if s.start < end and start < s.end]
        if covered and all(s.label == "Place" for s in covered):
            slots = [s for s in slots if s not in covered]
            taken = [(s.start, s.end) for s in slots]
        if not free(start, end):
            continue
        labels = ORG_NOUNS[match.group("noun").lower()]
        country = _country_of_modifiers(match.group(0))
        antecedent = _antecedent(doc, start, labels, country=country)
        if antecedent is not None:
            slots.append(Slot(start, end, antecedent.key, antecedent.label, "", "reference"))
            taken.append((start, end))
    for match in re.finditer(r"\b(?:He|She|he|she|His|Her|his)\b", text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not free(start, end):
            continue
        antecedent = _antecedent(doc, start, ("Person",), within=2)
        if antecedent is not None:
            slots.append(Slot(start, end, antecedent.key, "Person", "", "pronoun"))
            taken.append((start, end))
    for match in _PRONOUN.finditer(text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not free(start, end):
            continue
        antecedent = _antecedent(doc, start, ORG_LABELS, within=1)
        if antecedent is not None:
            slots.append(Slot(start, end, antecedent.key, antecedent.label, "", "pronoun"))
            taken.append((start, end))
    slots.sort(key=lambda s: s.start)
    pieces: list[str] = []
    cursor = sentence.start
    for index, slot in enumerate(slots):
        slot.token = f"ENT{index}"
        pieces.append(doc.text[cursor : slot.start])
        pieces.append(slot.token)
        cursor = slot.end
    pieces.append(doc.text[cursor : sentence.end])
    return SentenceView(sentence, slots, "".join(pieces), cues)


def main_market(
    doc: Doc, sentence: Sentence, use_article: bool = True, skip_current: bool = False
) -> str | None:
    """The country a sentence's figures refer to: named in it, just before it, or the article's."""

    def countries(index_from: int, index_to: int) -> list[Mention]:
        return [
            m
            for m in doc.mentions
            if m.label == "Place"
            and m.kb is not None
            and m.kb.kind in ("country", "region")
            and index_from <= m.sentence <= index_to
        ]

    here = [] if skip_current else countries(sentence.index, sentence.index)
    if here:
        return here[0].key
    for start, end, place in doc.demonyms:
        if sentence.start <= start < sentence.end and re.match(
            r"\s+(?:market|buyers|customers|consumers|sales)", doc.text[end : end + 12]
        ):
            return place.id
    earlier = [
        m
        for m in countries(sentence.index - 2, sentence.index - 1)
        if doc.sentences[m.sentence].paragraph == sentence.paragraph
    ]
    if earlier:
        return earlier[-1].key
    counts = Counter(
        m.key for m in countries(0, len(doc.sentences)) if m.kb and m.kb.kind == "country"
    )
    if counts and use_article:
        return counts.most_common(1)[0][0]
    return None
