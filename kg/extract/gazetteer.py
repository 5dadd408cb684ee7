"""An Aho-Corasick automaton over every name and alias of the reference knowledge base."""

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from kg.kb import KbEntity, catalog


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    surface: str
    entity: KbEntity
    alias: str


def fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _normal_apostrophes(text: str) -> str:
    return text.replace("’", "'")


@dataclass
class Gazetteer:
    automaton: "ahocorasick.Automaton"
    demonyms: dict[str, KbEntity]
    demonym_pattern: "re.Pattern[str]"

    def scan_demonyms(self, text: str) -> list[tuple[int, int, KbEntity]]:
        return [
            (m.start(), m.end(), self.demonyms[m.group(0)])
            for m in self.demonym_pattern.finditer(text)
        ]

    def scan(self, text: str) -> list[Hit]:
        folded = _normal_apostrophes(fold(text))
        hits: list[Hit] = []
        for end_index, entries in self.automaton.iter(folded):
            for alias, entity in entries:
                start = end_index - len(alias) + 1
                end = end_index + 1
                if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "-_"):
                    continue
                if end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
                    continue
                surface = text[start:end]
                if not _case_fits(surface, alias, entity):
                    continue
                hits.append(Hit(start, end, surface, entity, alias))
        return hits


def _case_fits(surface: str, alias: str, entity: KbEntity) -> bool:
    if surface.isupper() and len(surface) > 3:
        return True
    if entity.common_word:
        return _normal_apostrophes(surface) == alias
    for s_char, a_char in zip(surface, alias, strict=False):
        if a_char.isalpha():
            return s_char == a_char if a_char.isupper() else True
    return True


@cache
def gazetteer() -> Gazetteer:
    kb = catalog()
    names: dict[str, list[tuple[str, KbEntity]]] = {}
    demonyms: dict[str, KbEntity] = {}
    for entity in kb.entities.values():
        for alias in {entity.name, *entity.aliases}:
            key = _normal_apostrophes(fold(alias))
            if len(key) < 2:
                continue
            names.setdefault(key, []).append((_normal_apostrophes(alias), entity))
        for demonym in entity.demonyms:
            demonyms[demonym] = entity
    automaton = ahocorasick.Automaton()
    for key, entries in names.items():
        automaton.add_word(key, list(entries))
    automaton.make_automaton()
    alternatives = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    return Gazetteer(automaton, demonyms, re.compile(rf"\b(?:{alternatives or 'a^'})\b"))
