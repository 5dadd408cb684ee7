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


def _is_word(text: str, index: int) -> bool:
    """Whether text[index] is a word character as the regex `\\w` sees it (outside: no)."""
    if index < 0 or index >= len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


@dataclass
class Gazetteer:
    automaton: "ahocorasick.Automaton"
    demonyms: dict[str, KbEntity]
    demonym_pattern: "re.Pattern[str]"
    demonym_automaton: "ahocorasick.Automaton | None" = None

    def scan_demonyms(self, text: str) -> list[tuple[int, int, KbEntity]]:
        """What `demonym_pattern.finditer` finds (a word-bounded alternation, longest name
        first), found with an automaton in one pass instead of trying every name at every
        position."""
        if self.demonym_automaton is None:
            return [
                (m.start(), m.end(), self.demonyms[m.group(0)])
                for m in self.demonym_pattern.finditer(text)
            ]
        longest: dict[int, int] = {}
        for end_index, demonym in self.demonym_automaton.iter(text):
            start, end = end_index - len(demonym) + 1, end_index + 1
            if _is_word(text, start - 1) == _is_word(text, start):
                continue
            if _is_word(text, end - 1) == _is_word(text, end):
                continue
            if end > longest.get(start, -1):
                longest[start] = end
        found: list[tuple[int, int, KbEntity]] = []
        last_end = -1
        for start in sorted(longest):
            if start >= last_end:
                end = longest[start]
                found.append((start, end, self.demonyms[text[start:end]]))
                last_end = end
        return found

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
    demonym_automaton = None
    if demonyms:
        demonym_automaton = ahocorasick.Automaton()
        for demonym in demonyms:
            demonym_automaton.add_word(demonym, demonym)
        demonym_automaton.make_automaton()
    return Gazetteer(
        automaton,
        demonyms,
        re.compile(rf"\b(?:{alternatives or 'a^'})\b"),
        demonym_automaton,
    )
