"""Which families of event rules a sentence can concern, found for a whole article at once.

Each family declares the words one of which a sentence needs for its rules to find anything
(`Keywords`). An Aho-Corasick automaton over all of them finds every occurrence in the article
in one pass; a sentence is then read only by the families whose words it contains, and most
sentences by none."""

from bisect import bisect_right

import ahocorasick

from kg.extract.events.base import Keywords
from kg.extract.sentences import Sentence

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Gate:
    """The families (bits of a mask, in the order given) whose words each sentence contains."""

    def __init__(self, families: list[Keywords]) -> None:
        masks: dict[str, list[int]] = {}
        for index, keywords in enumerate(families):
            for word in keywords.exact:
                masks.setdefault(word, [0, 0])[0] |= 1 << index
            for stem in keywords.stems:
                masks.setdefault(stem, [0, 0])[1] |= 1 << index
        self.automaton = ahocorasick.Automaton()
        for word, (whole, begins) in masks.items():
            self.automaton.add_word(word, (len(word), whole, begins))
        self.automaton.make_automaton()

    def masks(self, text: str, sentences: list[Sentence]) -> list[int]:
        """One mask per sentence: the families whose words the sentence contains."""
        lower = text.translate(_ASCII_LOWER)  # same length as the text, unlike str.lower
        starts = [s.start for s in sentences]
        found = [0] * len(sentences)
        size = len(lower)
        for end, (length, exact, stem) in self.automaton.iter(lower):
            start = end - length + 1
            if start > 0 and lower[start - 1].isalpha():
                continue
            mask = stem
            if exact and (end + 1 >= size or not lower[end + 1].isalpha()):
                mask |= exact
            if mask:
                index = bisect_right(starts, start) - 1
                if index >= 0:
                    found[index] |= mask
        return found

    def mask(self, text: str) -> int:
        """The families whose words a single piece of text contains."""
        return self.masks(text, [Sentence(0, 0, len(text), text, 0)])[0]
