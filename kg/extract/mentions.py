"""Mention detection: KB aliases, vehicles, people and pattern-found organisations."""

import re

from kg.extract.document import Doc, EntityInfo, Mention
from kg.extract.gazetteer import Hit, gazetteer
from kg.extract.sentences import Sentence
from kg.extract.starts import WordStarts, scan
from kg.extract.vocab import (
    COMPANY_SUFFIXES,
    EDITION_WORDS,
    MARQUE_SUFFIXES,
    NEVER_NAME_WORDS,
    ORG_WORDS,
    POWERTRAIN_WORDS,
    TITLES,
    TRIM_WORDS,
)
from kg.kb import KbEntity, catalog

_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?(?:[-'’][A-Za-zà-öø-ÿ]+)?"
_NAME = rf"(?:{_WORD})(?:\s+(?:(?:de|da|van|von|der|di|le|la|del)\s+)?{_WORD}){{1,2}}"
_TITLE_ALT = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_TITLE_THEN_NAME = re.compile(rf"\b(?i:{_TITLE_ALT})(?:s,\s+|,\s+|\s+)(?P<name>{_NAME})")
_NEXT_IN_LIST = re.compile(
    rf"(?:\s+(?:from|of|at)\s+[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){{0,3}})?"
    rf"(?:,\s+and\s+|,\s+|\s+and\s+)(?P<name>{_NAME})"
)
_NAME_THEN_TITLE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:who\s+(?:is|was|has\s+been)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?"
    rf"(?:(?:[A-Z][\w\-&]*\s+){{0,3}}[A-Z][\w\-&]*(?:'s|’s)\s+)?"
    rf"(?:(?:new|former|current|incoming|outgoing|interim|global|senior|lead|deputy|acting|also)\s+)*"
    rf"(?i:{_TITLE_ALT})\b"
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
_MODEL_TOKEN = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9+]*(?:[./\-][A-Za-z0-9+]+)*")
_PLACE_PAIR = re.compile(
    r"\b(?:in|near|at|outside|from|of)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+County)?,\s+(?P<parent>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_NAMED_PLANT = re.compile(
    r"\b(?:its|the|their|a|his|her)\s+(?P<name>[A-Z][a-z]{3,})\s+(?:plant|factory|works)\b"
)
_COUNTY = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County)\b")
_UNIT_NAME = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>[A-Z][A-Za-z\-]+)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:unit|subsidiary|arm|division|startup|start-up|luxury group|group|business|venture)\b"
)
_OUTLET = re.compile(
    r"\b(?:according\s+to|reported\s+by|told|cited\s+by|citing|per)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][A-Za-z]+\s+){0,3}(?:News|Agency|Times|Post|Journal|Daily|Herald|Press|"
    r"Media|Wire|Tribune|Gazette|Observer))\b"
)
_SUFFIX_ALT = "|".join(re.escape(s) for s in COMPANY_SUFFIXES)
_PATTERN_COMPANY = re.compile(
    rf"\b(?P<name>(?:[A-Z][A-Za-z&\-]+\s+){{1,3}}(?:{_SUFFIX_ALT}))(?![\w])"
)
_PATTERN_SHOW = re.compile(
    r"\b(?:\d{4}\s+)?(?P<name>(?:[A-Z][A-Za-z\-]+\s+){1,3}(?:Auto|Motor|Mobility|Car)\s+Show)\b"
)
_CONCEPT = re.compile(
    r"\b(?:Vision|Concept|Mission)\s+(?:[A-Z0-9#][\w#\-]*)(?:\s+[A-Z0-9#][\w#\-]*){0,2}"
)
_BODY_STYLE_AFTER = re.compile(
    r"\s+(?:sedan|saloon|SUV|pickup|pick-up|hatchback|coupe|coupé|estate|wagon|crossover|"
    r"minivan|van|roadster|convertible|supercar|sports car)s?\b"
)
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d\s+$")

# the words every match of a pattern begins with: the pattern is tried only where one begins
_TITLE_STARTS = WordStarts(TITLES)
_VERB_STARTS = WordStarts(
    [
        "said",
        "according",
        "appointed",
        "named",
        "tapped",
        "succeed",
        "replac",
        "promoted",
        "hired",
        "ousted",
        "elevated",
    ]
)
_OUTLET_STARTS = WordStarts(["according", "reported", "told", "cited", "citing", "per"])
_CONCEPT_STARTS = WordStarts(("Vision", "Concept", "Mission"))


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
    return bool(sum(w[0].isupper() for w in words) / len(words) > 0.7)


def _common_word_ok(doc: Doc, hit: Hit, sentence: Sentence | None) -> bool:
    if sentence is None:
        return False
    if " " in hit.surface.strip() and hit.surface.casefold() != hit.entity.name.casefold():
        return True  # 'Lucid Group': a longer alias names the company, whatever the line
    if _title_case_line(sentence):
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


_GENERIC_CAPS = {"SUV", "SUVs", "MPV", "CEO", "EU", "US", "UK", "AG", "SE", "EVs", "USA", "A", "I"}


def _vehicle_tail(text: str, pos: int) -> tuple[int, str, bool] | None:
    """Words after a model: an edition ('Co-Creation Concept Edition'), trims ('GT3 RS'), or a
    powertrain suffix ('E-Tech electric'). Returns (end, words, is_variant)."""
    tokens = list(re.finditer(r"\s+([A-Za-z0-9#][\w\-/:#]*)", text[pos : pos + 90]))
    expected = pos
    words: list[str] = []
    for token in tokens[:5]:
        if pos + token.start() != expected:
            break
        word = token.group(1)
        if not (word[0].isupper() or word[0].isdigit() or word in POWERTRAIN_WORDS):
            break
        words.append(word)
        expected = pos + token.end()
        if word in EDITION_WORDS:
            end = expected
            nxt = re.match(r"\s+(Edition)\b", text[expected:])
            if nxt:
                end = expected + nxt.end()
            return end, text[pos:end].strip(), True
    trims: list[re.Match[str]] = []
    for token in tokens[:4]:
        word = token.group(1)
        if trims and pos + token.start() != pos + trims[-1].end():
            break
        if not trims and token.start() != 0:
            break
        if word in _GENERIC_CAPS:
            break
        if (
            word in TRIM_WORDS
            or word in POWERTRAIN_WORDS
            or re.fullmatch(r"[A-Z]{1,3}\d{0,2}|[A-Z]\d[A-Z]?|[A-Z]/[A-Z]", word)
        ):
            trims.append(token)
            continue
        break
    if trims:
        end = pos + trims[-1].end()
        end = _etech_kind(text, end)
        phrase = text[pos:end].strip()
        is_variant = any(t.group(1) not in POWERTRAIN_WORDS for t in trims)
        return end, phrase, is_variant
    return None


def _etech_kind(text: str, end: int) -> int:
    """Renault's own spelling: 'E-Tech electric', 'E-Tech full hybrid' belong to the name."""
    if not text[:end].endswith("E-Tech"):
        return end
    kind = re.match(r"\s+(?:electric|full\s+hybrid|hybrid|plug-in\s+hybrid)\b", text[end:])
    return end + kind.end() if kind else end


def _model_at(text: str, pos: int, known: list[str]) -> str | None:
    """A model name starting at pos: a known model of the maker, or a model-like token."""
    rest = text[pos : pos + 60]
    for model in known:
        if rest.startswith(model) and not (len(rest) > len(model) and (rest[len(model)].isalnum())):
            number = re.match(
                r"\s(\d{3,4})\b(?!\s*(?:units|vehicles|cars|%|percent))", rest[len(model) :]
            )
            if number and not any(c.isdigit() for c in model):
                return model + number.group(0)
            return model
    concept = re.match(r"(Vision|Concept|Mission)\s+((?:[A-Z#][\w#\-]*\s?){1,3})", rest)
    if concept:
        return concept.group(0).rstrip()
    match = _MODEL_TOKEN.match(rest)
    if not match:
        return None
    token = match.group(0).rstrip(".")
    if token.isdigit() and token not in known:
        return None
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
        self._places_and_outlets()
        self._concepts()
        self._vehicles()
        self._surnames()
        self.doc.mentions.sort(key=lambda m: (m.start, -m.length))
        for mention in self.doc.mentions:
            sentence = self.doc.sentence_of(mention.start)
            mention.sentence = sentence.index if sentence else -1
        self.doc.index_mentions()

    def _occupied(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.doc.mentions)

    def _add(self, mention: Mention, name: str) -> None:
        doc = self.doc
        info = doc.entities.get(mention.key)
        if info is None:
            info = EntityInfo(
                mention.key,
                name,
                mention.label,
                mention.kb,
                maker_key=mention.maker_key,
                base_key=mention.base_key,
            )
            doc.entities[mention.key] = info
        info.aliases.add(
            mention.text.replace("’", "'") if mention.text.endswith("’") else mention.text
        )
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
        doc.demonyms.extend(gaz.scan_demonyms(self.text))

    def _people(self) -> None:
        found: list[tuple[int, int, str, str]] = []
        for matches, rule in (
            (scan(_TITLE_THEN_NAME, self.text, _TITLE_STARTS), "person-after-title"),
            (_NAME_THEN_TITLE.finditer(self.text), "person-before-title"),
            (_NAME_VERB.finditer(self.text), "person-speech-verb"),
            (scan(_VERB_NAME, self.text, _VERB_STARTS), "person-after-verb"),
        ):
            for match in matches:
                name = match.group("name")
                start = match.start("name")
                found.extend(self._person_candidates(start, name, rule))
                if rule == "person-after-title":
                    found.extend(self._listed_after(match.end("name")))
        for start, end, name, rule in sorted(found):
            if self._occupied(start, end):
                continue
            key = "person:" + name
            self._add(Mention(start, end, name, key, "Person", rule=rule), name)
            for other in re.finditer(rf"\b{re.escape(name)}\b", self.text):
                if not self._occupied(other.start(), other.end()):
                    self._add(
                        Mention(other.start(), other.end(), name, key, "Person", rule=rule), name
                    )

    def _listed_after(self, end: int) -> list[tuple[int, int, str, str]]:
        """'co-chief executives, A from X and B from Y': the names listed after the first."""
        listed: list[tuple[int, int, str, str]] = []
        while (match := _NEXT_IN_LIST.match(self.text, end)) is not None:
            candidates = self._person_candidates(
                match.start("name"), match.group("name"), "person-listed-after-title"
            )
            if not candidates:
                break
            listed.extend(candidates)
            end = match.end("name")
        return listed

    def _person_candidates(
        self, start: int, name: str, rule: str
    ) -> list[tuple[int, int, str, str]]:
        words = name.split()
        following = re.match(r"\s+([A-Z][a-z]+)", self.text[start + len(name) :])
        if any(w in ORG_WORDS for w in words) or (following and following.group(1) in ORG_WORDS):
            return []
        preceding = re.search(r"([A-Z][a-z]+)\s+$", self.text[max(0, start - 20) : start])
        if (
            preceding
            and preceding.group(1) not in NEVER_NAME_WORDS
            and not catalog().get(preceding.group(1))
        ):
            return []
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
                        Mention(
                            match.start(),
                            match.end(),
                            surname,
                            person.key,
                            "Person",
                            person.kb,
                            rule="person-surname",
                        ),
                        person.name,
                    )

    def _pattern_organisations(self) -> None:
        for match in _PATTERN_SHOW.finditer(self.text) if "Show" in self.text else ():
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            words = name.split()
            while words and words[0] in NEVER_NAME_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 3 and not self._occupied(start, end):
                self._add(
                    Mention(start, end, name, "show:" + name, "AutoShow", rule="show-pattern"), name
                )
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
            self._add(
                Mention(
                    start, end, match.group("name"), "org:" + name, "Company", rule="company-suffix"
                ),
                name,
            )

    def _vehicles(self) -> None:
        doc = self.doc
        makers = [
            m
            for m in list(doc.mentions)
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
            marque = _marque(maker.kb, maker.text)
            name = f"{marque} {model}"
            self._add_vehicle(maker.start, pos + len(model), maker.kb, name)
            seen_models.setdefault(model, (name, maker.kb))
        for model, (name, maker_kb) in seen_models.items():
            self._bare_model(model, name, maker_kb)
        named = {m.kb.id: m for m in makers if m.kb is not None and m.kb.label != "JointVenture"}
        for mention in named.values():
            brand = mention.kb
            assert brand is not None
            marque = _marque(brand, mention.text)
            for model in brand.models:
                if model in seen_models or (model.isdigit() and len(model) < 3):
                    continue
                self._bare_model(
                    model, f"{marque} {model}", brand, body_style_only=not _distinctive(model)
                )

    def _concepts(self) -> None:
        """'BMW unveiled the Vision Neue Klasse': concept names carry the maker named before."""
        for match in scan(_CONCEPT, self.text, _CONCEPT_STARTS):
            start, end = match.start(), match.end()
            if self._occupied(start, end) or "Edition" in match.group(0):
                continue
            if re.search(r"[A-Z0-9][\w\-]*\s+$", self.text[max(0, start - 30) : start]):
                continue
            sentence = self.doc.sentence_of(start)
            if sentence is None:
                continue
            makers = [
                m
                for m in self.doc.mentions
                if m.kb is not None
                and m.label in ("Brand", "Company")
                and m.end <= start
                and m.sentence_index_hint(self.doc) >= sentence.index - 1
            ]
            if not makers:
                continue
            maker = makers[-1]
            assert maker.kb is not None
            marque = _marque(maker.kb, maker.text)
            phrase = match.group(0)
            name = f"{marque} {phrase}"
            base = next(
                (m for m in maker.kb.models if re.search(rf"\b{re.escape(m)}\b", phrase)), None
            )
            base_key = f"vehicle:{marque} {base}" if base else None
            self._add(
                Mention(
                    start,
                    end,
                    phrase,
                    "vehicle:" + name,
                    "Vehicle",
                    rule="vehicle-concept",
                    maker_key=maker.kb.id,
                    base_key=base_key,
                ),
                name,
            )
            if base_key and base_key not in self.doc.entities:
                self.doc.entities[base_key] = EntityInfo(
                    base_key, f"{marque} {base}", "Vehicle", maker_key=maker.kb.id
                )

    def _bare_model(
        self, model: str, name: str, maker: KbEntity, body_style_only: bool = False
    ) -> None:
        """A model named without its maker once the maker is in the article; a model that is
        also a common word ('Air') only before a body style ('the Air sedan')."""
        text = self.text
        start = text.find(model)
        while start >= 0:
            end = start + len(model)
            before = text[start - 1] if start else " "
            if text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalnum():
                after = " "  # 'Cybertrucks': the model in the plural
            else:
                after = text[end] if end < len(text) else " "
            bounded = not (before.isalnum() or before in "-#_,.$€£¥") and not (
                after.isalnum() or after in "-_%"
            )
            if bounded and body_style_only:
                bounded = bool(_BODY_STYLE_AFTER.match(text, end))
            if bounded and model.isdigit():
                bounded = bool(
                    re.search(
                        r"(?:\b(?:the|a|new|its|his|her|my|our|their)|'s|’s)\s+$",
                        text[max(0, start - 8) : start],
                        re.IGNORECASE,
                    )
                )
            if bounded:
                sentence = self.doc.sentence_of(start)
                if sentence is not None and (_distinctive(model) or start != sentence.start):
                    self._add_vehicle(start, end, maker, name)
            start = text.find(model, start + 1)

    def _add_vehicle(self, start: int, end: int, maker: KbEntity, name: str) -> None:
        if any(m.label == "Vehicle" and m.start <= start < m.end for m in self.doc.mentions):
            return
        if any(
            m.start < end and start < m.end and m.label != maker.label and m.kb is not maker
            for m in self.doc.mentions
        ):
            return
        longer = _etech_kind(self.text, end)
        name, end = name + self.text[end:longer], longer
        base_key = "vehicle:" + name
        tail = _vehicle_tail(self.text, end)
        if tail and not tail[2]:
            end, name = tail[0], f"{name} {tail[1]}"
            base_key = "vehicle:" + name
            tail = _vehicle_tail(self.text, end)
        if re.search(r"\b(?:Concept|Vision|Mission)\b", name) and not tail:
            self._add(
                Mention(
                    start,
                    end,
                    self.text[start:end],
                    base_key,
                    "Vehicle",
                    rule="vehicle-concept",
                    maker_key=maker.id,
                ),
                name,
            )
            return
        if tail:
            variant_end, words, _ = tail
            variant_name = f"{name} {words}"
            self._add(
                Mention(
                    start,
                    variant_end,
                    self.text[start:variant_end],
                    "vehicle:" + variant_name,
                    "Vehicle",
                    rule="vehicle-variant",
                    maker_key=maker.id,
                    base_key=base_key,
                ),
                variant_name,
            )
            if base_key not in self.doc.entities:
                self.doc.entities[base_key] = EntityInfo(
                    base_key, name, "Vehicle", maker_key=maker.id
                )
            return
        self._add(
            Mention(
                start,
                end,
                self.text[start:end],
                base_key,
                "Vehicle",
                rule="vehicle-model",
                maker_key=maker.id,
            ),
            name,
        )

    def _places_and_outlets(self) -> None:
        for match in _PLACE_PAIR.finditer(self.text):
            parent = catalog().get(match.group("parent"))
            name = match.group("name")
            if parent is None or parent.label != "Place" or catalog().get(name):
                continue
            if name.split()[0] in NEVER_NAME_WORDS:
                continue
            start, end = match.start("name"), match.end("name")
            if not self._occupied(start, end):
                self._add(
                    Mention(start, end, name, "place:" + name, "Place", rule="place-pair"), name
                )
        for match in _COUNTY.finditer(self.text) if "County" in self.text else ():
            start, end = match.start("name"), match.end("name")
            if (
                not self._occupied(start, end)
                and match.group("name").split()[0] not in NEVER_NAME_WORDS
            ):
                name = match.group("name")
                self._add(
                    Mention(start, end, name, "place:" + name, "Place", rule="place-county"), name
                )
        for match in _NAMED_PLANT.finditer(self.text):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            if (
                self._occupied(start, end)
                or name in NEVER_NAME_WORDS
                or catalog().get(name)
                or name in gazetteer().demonyms
            ):
                continue
            self._add(Mention(start, end, name, "place:" + name, "Place", rule="place-plant"), name)
        for match in scan(_OUTLET, self.text, _OUTLET_STARTS):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            if not self._occupied(start, end):
                self._add(
                    Mention(start, end, name, "publisher:" + name, "Publisher", rule="outlet-cue"),
                    name,
                )
        for match in _UNIT_NAME.finditer(self.text):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            if (
                self._occupied(start, end)
                or name in NEVER_NAME_WORDS
                or catalog().get(name)
                or (name.isupper() and len(name) <= 2)
                or _demonym_compound(name)
            ):
                continue
            self._add(
                Mention(start, end, name, "org:" + name, "Company", rule="company-unit"), name
            )


def _marque(entity: KbEntity, surface: str) -> str:
    """The name a vehicle carries: 'Porsche 911', not 'Porsche AG 911'."""
    if entity.label == "Brand":
        return entity.name
    surface = re.sub(r"(?:'s|’s)$", "", surface).strip()
    words = surface.split()
    if words and words[-1] not in MARQUE_SUFFIXES and not surface.islower():
        return surface
    words = entity.name.split()
    while len(words) > 1 and words[-1] in MARQUE_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _demonym_compound(name: str) -> bool:
    """'Franco-Italian-American', 'Sino-German': nationalities joined, not a company's name."""
    parts = name.split("-")
    if len(parts) < 2 or parts[-1] not in gazetteer().demonyms:
        return False
    return all(p in gazetteer().demonyms or re.fullmatch(r"[A-Z][a-z]+o", p) for p in parts[:-1])


def _distinctive(model: str) -> bool:
    return (
        any(c.isdigit() for c in model)
        or sum(c.isupper() for c in model) > 1
        or (len(model) >= 4 and model[0].isupper())
    )


def find_mentions(doc: Doc) -> None:
    MentionFinder(doc).run()
