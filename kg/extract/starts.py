"""Leftmost-match scans that try a pattern only where it can begin.

A pattern whose every match begins with one of a few words (``\\b(?i:chief executive|...)``)
need not be tried at every position of an article: one pass of an Aho-Corasick automaton over
the lower-cased text finds where those words begin, and the pattern is matched there alone.
`scan` yields exactly what ``pattern.finditer(text)`` yields, provided the words cover every
way a match can begin (lower-case comparison makes the set of positions larger, never smaller).
"""

import re
from collections.abc import Iterable, Iterator

import ahocorasick

# characters that `re.IGNORECASE` equates with an ASCII letter although `str.lower` does not
# turn them into it (dotted and dotless i, long s, Kelvin sign): such a text is scanned in full
_FOLD_MISMATCH = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered_for_words(text: str) -> str | None:
    """The text in lower case, offset for offset, where a word found in it shows every place a
    regex could find that word, in any case; None for the rare text where it would not."""
    lowered = text.lower()
    if not text.isascii() and (len(lowered) != len(text) or any(c in text for c in _FOLD_MISMATCH)):
        return None
    return lowered


class WordStarts:
    """Where any of some words begins in a text, compared in lower case."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.lower() for w in words)
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            if not word:
                raise ValueError("an empty start word would match everywhere")
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()

    def positions(self, text: str) -> list[int] | None:
        """Sorted start offsets, or None when lower-casing cannot stand in for the regex's
        case-insensitive comparison of this text."""
        lowered = lowered_for_words(text)
        if lowered is None:
            return None
        return sorted({end - length + 1 for end, length in self._automaton.iter(lowered)})


def scan(pattern: "re.Pattern[str]", text: str, starts: WordStarts) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)``, trying the pattern only where one of the words begins."""
    positions = starts.positions(text)
    if positions is None:
        yield from pattern.finditer(text)
        return
    resume = 0
    for position in positions:
        if position < resume:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            resume = max(match.end(), position + 1)
