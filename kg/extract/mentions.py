"""Mention detection: KB aliases, vehicles, people and pattern-found organisations."""

import re

from kg.extract.document import Doc, EntityInfo, Mention
from kg.extract.gazetteer import Hit, gazetteer
from kg.extract.sentences import Sentence
from kg.extract.vocab import (
    COMPANY_SUFFIXES,
    EDITION_WORDS,
    NEVER_NAME_WORDS,
    TITLES,
    TRIM_WORDS,
)
from kg.kb import KbEntity, catalog

_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Za-zà-öø-ÿ]+)?"
_NAME = rf"(?:{_WORD})(?:\s+(?:(?:de|da|van|von|der|di|le|la|del)\s+)?{_WORD}){{1,2}}"
_TITLE_ALT = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_TITLE_THEN_NAME = re.compile(rf"\b(?i:{_TITLE_ALT})\s+(?P<name>{_NAME})")
_NAME_THEN_TITLE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:who\s+(?:is|was|has\s+been)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?"
    rf"(?:(?:[A-Z][\w\-&]*\s+){{0,3}}[A-Z][\w\-&]*(?:'s|’s)\s+)?"
    rf"(?:new\s+|former\s+|current\s+|incoming\s+|outgoing\s+|interim\s+|global\s+)?(?i:{_TITLE_ALT})\b"
)
_NAME_VERB = re.compile(
    rf"(?P<name>{_NAME})\s+(?:said|says|told|added|noted|explained|stated|wrote|"
    rf"will\s+(?:become|succeed|replace|take\s+over|step\s+down|lead|head)|"
    rf"(?:has\s+)?(?:stepped|steps|resigned|resigns|became|becomes|succeeds|succeeded|replaces|"
    rf"replaced|takes\s+over|took\s+over|joined|joins|founded|leads|led|heads|headed))\b"
)
_VERB_NAME = re.compile(
    rf"\b(?:said|according\s+to|appointed|named|tapped|succeeds?|succeeding|succeeded|replaces?|"
    rf"replacing|replaced|promoted|hired|ousted|elevated)\s+(?P<name>{_NAME})"
)
_MODEL_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+]*(?:[.\-][A-Za-z0-9+]+)*")
_SUFFIX_ALT = "|".join(re.escape(s) for s in COMPANY_SUFFIXES)
_PATTERN_COMPANY = re.compile(
    rf"\b(?P<name>(?:[A-Z][A-Za-z&\-]+\s+){{1,3}}(?:{_SUFFIX_ALT}))(?![\w])"
)
_PATTERN_SHOW = re.compile(
    r"\b(?:\d{4}\s+)?(?P<name>(?:[A-Z][A-Za-z\-]+\s+){1,3}(?:Auto|Motor|Mobility|Car)\s+Show)\b"
)
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d\s+$")


def _label_of(entity: KbEntity) -> str:
    return entity.label


def _select(hits: list[Hit]) -> list[Hit]:
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[Hit] = []
    last_end = -1
    for hit in ordered:
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def _title_case_line(sentence: Sentence) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", sentence.text) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) > 0.7


def _common_word_ok(doc: Doc, hit: Hit, sentence: Sentence | None) -> bool:
    if sentence is None or _title_case_line(sentence):
        return False
    after = doc.text[hit.end : hit.end + 30]
    models = {m.casefold() for m in hit.entity.models}
    next_word = re.match(r"\s*([\w\-.#]+)", after)
    if re.match(r"(?:'s|’s)?\s+(?:brand|marque|models?|vehicles?|cars?|lineup|range)\b", after):
        return True
    if next_word and next_word.group(1).casefold() in models:
        return True
    if hit.start == sentence.start:
        return False
    before = doc.text[max(sentence.start, hit.start - 20) : hit.start]
    return not re.search(r"\b(?:a|an|very|more|most|so|too)\s+$", before)


def _vehicle_tail(text: str, pos: int) -> tuple[int, str] | None:
    """Trim or edition words after a model: 'Co-Creation Concept Edition', 'Ultra'."""
    tokens = list(re.finditer(r"\s+([A-Z0-9][\w\-]*)", text[pos : pos + 80]))
    end = pos
    words: list[str] = []
    expected = pos
    for token in tokens[:5]:
        if pos + token.start() != expected:
            break
        word = token.group(1)
        if not (word[0].isupper() or word[0].isdigit()):
            break
        words.append(word)
        expected = pos + token.end()
        if word in EDITION_WORDS:
            end = expected
            nxt = re.match(r"\s+(Edition)\b", text[expected:])
            if nxt:
                end = expected + nxt.end()
            return end, text[pos:end].strip()
    if words and words[0] in TRIM_WORDS:
        first = tokens[0]
        return pos + first.end(), first.group(1)
    return None


def _model_at(text: str, pos: int, known: list[str]) -> str | None:
    """A model name starting at pos: a known model of the maker, or a model-like token."""
    rest = text[pos : pos + 60]
    for model in known:
        if rest.startswith(model) and not (
            len(rest) > len(model) and (rest[len(model)].isalnum())
        ):
            return model
    match = _MODEL_TOKEN.match(rest)
    if not match:
        return None
    token = match.group(0).rstrip(".")
    has_digit = any(c.isdigit() for c in token)
    inner_caps = sum(c.isupper() for c in token[1:]) >= 1 and token[0].isalpha()
    all_caps = token.isupper() and 2 <= len(token) <= 5 and token.isalpha()
    if has_digit and token.isdigit() and len(token) == 4:
        return None
    if re.fullmatch(r"\d+(?:st|nd|rd|th|s)", token, re.IGNORECASE):
        return None
    if has_digit or inner_caps or all_caps:
        if token.upper() in {"EV", "EVS", "SUV", "SUVS", "CEO", "PHEV", "BEV", "US", "UK", "EU"}:
            return None
        nxt = re.match(r"\s+(\d{1,3}[A-Za-z]?)\b", text[pos + len(token) : pos + len(token) + 6])
        if nxt and not token[-1].isdigit():
            token = token + nxt.group(0)
        return token
    return None


class MentionFinder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text

    def run(self) -> None:
        self._kb_mentions()
        self._people()
        self._pattern_organisations()
        self._vehicles()
        self._surnames()
        self.doc.mentions.sort(key=lambda m: (m.start, -m.length))
        for mention in self.doc.mentions:
            sentence = self.doc.sentence_of(mention.start)
            mention.sentence = sentence.index if sentence else -1

    def _occupied(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.doc.mentions)

    def _add(self, mention: Mention, name: str) -> None:
        doc = self.doc
        info = doc.entities.get(mention.key)
        if info is None:
            info = EntityInfo(mention.key, name, mention.label, mention.kb,
                              maker_key=mention.maker_key, base_key=mention.base_key)
            doc.entities[mention.key] = info
        info.aliases.add(mention.text.replace("’", "'") if mention.text.endswith("’") else mention.text)
        info.spans.append((mention.start, mention.end))
        doc.mentions.append(mention)

    def _kb_mentions(self) -> None:
        doc = self.doc
        gaz = gazetteer()
        for hit in _select(gaz.scan(self.text)):
            sentence = doc.sentence_of(hit.start)
            if hit.entity.common_word and not _common_word_ok(doc, hit, sentence):
                continue
            entity = hit.entity
            self._add(
                Mention(hit.start, hit.end, hit.surface, entity.id, _label_of(entity), entity),
                entity.name,
            )
        for demonym, place in gaz.demonyms.items():
            for match in re.finditer(rf"\b{re.escape(demonym)}\b", self.text):
                doc.demonyms.append((match.start(), match.end(), place))

    def _people(self) -> None:
        found: list[tuple[int, int, str, str]] = []
        for pattern, rule in (
            (_TITLE_THEN_NAME, "person-after-title"),
            (_NAME_THEN_TITLE, "person-before-title"),
            (_NAME_VERB, "person-speech-verb"),
            (_VERB_NAME, "person-after-verb"),
        ):
            for match in pattern.finditer(self.text):
                name = match.group("name")
                start = match.start("name")
                found.extend(self._person_candidates(start, name, rule))
        for start, end, name, rule in sorted(found):
            if self._occupied(start, end):
                continue
            key = "person:" + name
            self._add(Mention(start, end, name, key, "Person", rule=rule), name)
            for other in re.finditer(rf"\b{re.escape(name)}\b", self.text):
                if not self._occupied(other.start(), other.end()):
                    self._add(Mention(other.start(), other.end(), name, key, "Person", rule=rule), name)

    def _person_candidates(self, start: int, name: str, rule: str) -> list[tuple[int, int, str, str]]:
        words = name.split()
        while words and (words[0] in NEVER_NAME_WORDS or catalog().get(words[0])):
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[-1] in NEVER_NAME_WORDS or catalog().get(words[-1])):
            words = words[:-1]
        if len(words) < 2 or any(w in NEVER_NAME_WORDS for w in words):
            return []
        clean = " ".join(words)
        if self.text[start : start + len(clean)] != clean:
            return []
        if catalog().get(clean):
            return []
        return [(start, start + len(clean), clean, rule)]

    def _surnames(self) -> None:
        people = [e for e in self.doc.entities.values() if e.label == "Person"]
        for person in people:
            parts = person.name.split()
            surname = parts[-1]
            if len(parts) < 2 or len(surname) < 3 or catalog().get(surname):
                continue
            for match in re.finditer(rf"\b{re.escape(surname)}\b(?!\s+[A-Z])", self.text):
                if not self._occupied(match.start(), match.end()):
                    self._add(
                        Mention(match.start(), match.end(), surname, person.key, "Person",
                                person.kb, rule="person-surname"),
                        person.name,
                    )

    def _pattern_organisations(self) -> None:
        for match in _PATTERN_SHOW.finditer(self.text):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            words = name.split()
            while words and words[0] in NEVER_NAME_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 3 and not self._occupied(start, end):
                self._add(Mention(start, end, name, "show:" + name, "AutoShow", rule="show-pattern"),
                          name)
        for match in _PATTERN_COMPANY.finditer(self.text):
            start, end = match.start("name"), match.end("name")
            words = match.group("name").split()
            while words and words[0] in NEVER_NAME_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or self._occupied(start, end):
                continue
            if self.text[start - 1 : start] in ("-",) or not words[0][0].isupper():
                continue
            name = " ".join(words).rstrip(".")
            if name.split()[-1] in {"Co", "Inc", "Ltd", "Corp"}:
                name = " ".join(name.split()[:-1])
            if catalog().get(name) or name.split()[0] in NEVER_NAME_WORDS:
                continue
            self._add(Mention(start, end, match.group("name"), "org:" + name, "Company",
                              rule="company-suffix"), name)

    def _vehicles(self) -> None:
        doc = self.doc
        makers = [
            m for m in list(doc.mentions)
            if m.label in ("Brand", "Company", "JointVenture") and m.kb is not None
        ]
        seen_models: dict[str, tuple[str, KbEntity]] = {}
        for maker in makers:
            assert maker.kb is not None
            known = sorted(maker.kb.models, key=len, reverse=True)
            pos = maker.end
            rest = self.text[pos : pos + 3]
            if rest.startswith(("'s ", "’s ")):
                pos += 3
            elif rest.startswith(" "):
                pos += 1
            else:
                continue
            model = _model_at(self.text, pos, known)
            if model is None:
                continue
            start = maker.start
            year = _MODEL_YEAR.search(self.text[max(0, start - 5) : start])
            name = f"{maker.kb.name} {model}"
            self._add_vehicle(start, pos + len(model), maker.kb, name, model)
            seen_models[model] = (name, maker.kb)
            del year
        brands_in_article = {
            m.kb.id: m.kb for m in makers if m.kb is not None and m.kb.models
        }
        for brand in brands_in_article.values():
            for model in brand.models:
                distinctive = any(c.isdigit() for c in model) or sum(c.isupper() for c in model) > 1
                if not distinctive and model not in seen_models:
                    continue
                name = f"{brand.name} {model}"
                for match in re.finditer(rf"(?<![\w\-]){re.escape(model)}(?![\w\-])", self.text):
                    self._add_vehicle(match.start(), match.end(), brand, name, model)

    def _add_vehicle(self, start: int, end: int, maker: KbEntity, name: str, model: str) -> None:
        if any(
            m.label == "Vehicle" and m.start <= start < m.end for m in self.doc.mentions
        ):
            return
        if any(m.start < end and start < m.end and m.label != maker.label
               and m.kb is not maker for m in self.doc.mentions):
            return
        tail = _vehicle_tail(self.text, end)
        base_key = "vehicle:" + name
        if tail:
            variant_end, words = tail
            variant_name = f"{name} {words}"
            self._add(
                Mention(start, end, self.text[start:end], base_key, "Vehicle", rule="vehicle-model",
                        maker_key=maker.id),
                name,
            )
            self.doc.mentions.pop()
            info = self.doc.entities[base_key]
            info.spans.pop()
            info.aliases.discard(self.text[start:end])
            if not info.spans:
                del self.doc.entities[base_key]
            self._add(
                Mention(start, variant_end, self.text[start:variant_end], "vehicle:" + variant_name,
                        "Vehicle", rule="vehicle-variant", maker_key=maker.id, base_key=base_key),
                variant_name,
            )
            if base_key not in self.doc.entities:
                self.doc.entities[base_key] = EntityInfo(base_key, name, "Vehicle",
                                                         maker_key=maker.id)
            return
        self._add(
            Mention(start, end, self.text[start:end], base_key, "Vehicle", rule="vehicle-model",
                    maker_key=maker.id),
            name,
        )


def find_mentions(doc: Doc) -> None:
    MentionFinder(doc).run()
