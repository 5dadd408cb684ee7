"""Trigger words: the sentences a rule can match at all, found in one pass over the article.

Every pattern of a gated rule requires some word: `owned-by` cannot match without 'owned' or
'controlled', a role without a title. `TRIGGERS` declares, per rule (the name the rule checks,
usually the rule name it gives its facts), words of which every match holds one. One
Aho-Corasick pass over the lower-cased article finds them all and buckets them by sentence;
a rule then runs only on the sentences holding one of its words, and gives the same facts as
without the gate (the tests prove the words sound against the patterns and compare gated and
ungated output).

Words are looked for as substrings ('unit' is found in 'units'); a gate may open needlessly,
never stay shut wrongly. To gate a new rule: add its words here, check `rule in view.cues`
before matching, and list its pattern in tests/test_triggers.py.
"""

from bisect import bisect_right
from collections.abc import Container, Iterable, Mapping, Sequence

import ahocorasick

from kg.extract.sentences import Sentence
from kg.extract.starts import lowered_for_words
from kg.extract.vocab import ORG_NOUNS, ROLE_TITLES

_OWNED_NOUNS = (
    "brand", "marque", "label", "unit", "subsidiary", "division", "arm", "nameplate",
    "offshoot", "spin-off", "spinoff", "flagship",
)  # fmt: skip
_HOLD_VERBS = (
    "hold", "own", "has", "had", "held", "took", "take", "acquire", "bought", "buy", "purchased",
    "raised", "increased", "lifted", "cut", "reduced", "trimmed", "lowered", "will",
)  # fmt: skip

TRIGGERS: dict[str, tuple[str, ...]] = {
    # ownership.OWNERSHIP_PATTERNS and STAKE_PATTERNS
    "owned-appositive-possessive": _OWNED_NOUNS,
    "owned-possessive-noun": _OWNED_NOUNS,
    "owned-appositive-of": _OWNED_NOUNS,
    "owned-by": ("owned", "controlled"),
    "owned-appositive-compound": ("subsidiary", "unit", "division", "arm", "brand", "marque",
                                  "affiliate"),
    "owned-possessive-named": ("brand", "marque", "unit", "subsidiary", "division", "arm"),
    "owned-shareholder": ("shareholder", "owner", "investor"),
    "owned-shareholder-appositive": ("shareholder", "owner", "investor"),
    "owned-compound": ("owned", "controlled"),
    "owned-part-of": ("part", "member"),
    "owned-parent": ("parent", "owner"),
    "owned-parent-appositive": ("parent", "owner"),
    "owned-owns": ("owns", "controls"),
    "stake-holds": _HOLD_VERBS,
    "stake-in-which": ("which", "where"),
    "stake-in-held-by": ("stake", "share", "holding"),
    # ownership.sales
    "owned-bought-from": ("bought", "acquired", "purchased", "took"),
    "owned-sold-to": ("sold", "handed", "transferred"),
    # roles.ROLE_PATTERNS, successions, roles_from_context
    "role-person-verb-as-title-of-org": ROLE_TITLES,
    "role-person-its-title": ROLE_TITLES,
    "role-org-title-person": ROLE_TITLES,
    "role-person-org-title": ROLE_TITLES,
    "role-person-title-of-org": ROLE_TITLES,
    "role-org-led-by-person": ("led", "run", "headed"),
    "role-org-appoints-person": ("appointed", "named", "tapped", "picked", "chose", "selected",
                                 "promoted", "hired", "installed", "elected"),
    "role-person-as-title": ROLE_TITLES,
    "role-succession": ("handing", "succeeded", "replaced", "making"),
    "role-title-in-context": ROLE_TITLES,
    # relations.makers_by_verb
    "maker-verb": ("build", "built", "make", "made", "produce", "manufacture", "assemble",
                   "sell", "sold", "launch", "unveiled", "introduced", "rolled", "debuted",
                   "showed", "revealed"),
    # stake_lists
    "stake-list-by": ("owned", "held", "controlled"),
    "stake-list": ("own", "hold", "has", "control", "keep", "kept", "retain", "held"),
    # context.view: 'the carmaker', 'its brand' (references to an earlier entity)
    "reference": tuple(ORG_NOUNS),
}  # fmt: skip


class _Every:
    """The cues of an ungated sentence: every rule may run."""

    def __contains__(self, item: object) -> bool:
        return True


EVERY: Container[str] = _Every()


class TriggerTable:
    """An automaton over every trigger word, each mapped to the rules it opens."""

    def __init__(self, triggers: Mapping[str, Iterable[str]]) -> None:
        self.rules = tuple(triggers)
        masks: dict[str, int] = {}
        for bit, rule in enumerate(self.rules):
            for word in triggers[rule]:
                key = word.lower()
                if not key:
                    raise ValueError(f"{rule}: an empty trigger word")
                masks[key] = masks.get(key, 0) | 1 << bit
        self._automaton = ahocorasick.Automaton()
        for word, mask in masks.items():
            self._automaton.add_word(word, mask)
        self._automaton.make_automaton()
        self._sets: dict[int, frozenset[str]] = {}

    def _rules_of(self, mask: int) -> frozenset[str]:
        found = self._sets.get(mask)
        if found is None:
            found = frozenset(r for bit, r in enumerate(self.rules) if mask >> bit & 1)
            self._sets[mask] = found
        return found

    def cues(self, text: str, sentences: Sequence[Sentence]) -> list[Container[str]]:
        """Per sentence, the rules whose trigger words it holds."""
        lowered = lowered_for_words(text)
        if lowered is None:
            return [EVERY] * len(sentences)
        starts = [s.start for s in sentences]
        masks = [0] * len(sentences)
        for last, mask in self._automaton.iter(lowered):
            at = bisect_right(starts, last) - 1
            if at >= 0:
                masks[at] |= mask
        return [self._rules_of(m) for m in masks]


RULE_TRIGGERS = TriggerTable(TRIGGERS)
