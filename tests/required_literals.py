"""What text a regex cannot match without: sets of strings, one of which every match contains.

Used by the tests of `kg.extract.triggers` to prove that a rule's trigger words are sound: when
every match of a rule's pattern contains one of a set of strings, and each of those strings
contains one of the rule's trigger words, a sentence without a trigger word holds no match.

The analysis reads the parsed pattern (`re._parser`): literal runs, groups, alternations and
repeats; anything else (character classes, look-arounds, back-references) requires nothing.
Strings are lower-cased: triggers are looked for in lower-cased text. A literal matched in a
masked sentence lies outside its entity tokens (`ENT3`), so the sentence's own text holds it
too: a token always begins after a character that is not a letter or digit, and no literal
required here holds a digit, so none can run on into one.
"""

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from itertools import product
from typing import Any

_MAX_STRINGS = 64
_LITERAL = sre_parse.LITERAL
_SUBPATTERN = sre_parse.SUBPATTERN
_BRANCH = sre_parse.BRANCH
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_parse.AT,)

Requirement = frozenset[str]


def _exact(node: tuple[Any, Any]) -> frozenset[str] | None:
    """Every string the node can match, when they are few and fixed."""
    op, av = node
    if op is _LITERAL:
        return frozenset({chr(av)})
    if op is _SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            found |= strings
        return frozenset(found) if len(found) <= _MAX_STRINGS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        strings = _exact_sequence(list(av[2]))
        return None if strings is None else strings | {""}
    if op in _ZERO_WIDTH:
        return frozenset({""})
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    found: frozenset[str] = frozenset({""})
    for item in items:
        strings = _exact(item)
        if strings is None:
            return None
        found = frozenset(a + b for a, b in product(found, strings))
        if len(found) > _MAX_STRINGS:
            return None
    return found


def _usable(strings: frozenset[str]) -> bool:
    # a string that may be empty requires nothing; 'ENT' is the entity token of masked
    # sentences, which the article's text does not hold
    return bool(strings) and all(s and "ENT" not in s for s in strings)


def requirements(items: list[tuple[Any, Any]]) -> list[Requirement]:
    """Every requirement found for a sequence of parsed nodes (empty: none found)."""
    found: list[Requirement] = []
    run: list[tuple[Any, Any]] = []

    def close_run() -> None:
        strings = _exact_sequence(run)
        if strings is not None and _usable(strings):
            found.append(frozenset(s.lower() for s in strings))
        run.clear()

    for node in items:
        if _exact(node) is not None:
            run.append(node)
            continue
        close_run()
        found.extend(_node_requirements(node))
    close_run()
    return found


def _node_requirements(node: tuple[Any, Any]) -> list[Requirement]:
    op, av = node
    if op is _SUBPATTERN:
        return requirements(list(av[-1]))
    if op in _REPEATS and av[0] >= 1:
        return requirements(list(av[2]))
    if op is _BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            options = requirements(list(branch))
            if not options:
                return []
            chosen: Requirement = min(options, key=_cost)
            union.update(chosen)
        return [frozenset(union)]
    return []


def _cost(strings: Requirement) -> tuple[int, int]:
    """Shorter strings are commoner, and more of them are commoner still."""
    return (-min(len(s) for s in strings), len(strings))


def pattern_requirements(pattern: "re.Pattern[str]") -> list[Requirement]:
    return requirements(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def covered(pattern: "re.Pattern[str]", triggers: tuple[str, ...]) -> bool:
    """Whether every match of the pattern holds one of the trigger words (lower-cased)."""
    words = [t.lower() for t in triggers]
    return _sequence_covered(list(sre_parse.parse(pattern.pattern, pattern.flags)), words)


def _strings_covered(strings: frozenset[str], words: list[str]) -> bool:
    return _usable(strings) and all(any(w in s.lower() for w in words) for s in strings)


def _sequence_covered(items: list[tuple[Any, Any]], words: list[str]) -> bool:
    """Some run of fixed strings, or some element, of the sequence holds a word in every
    match."""
    run: list[tuple[Any, Any]] = []
    for node in [*items, None]:
        if node is not None and _exact(node) is not None:
            run.append(node)
            continue
        strings = _exact_sequence(run)
        if strings is not None and _strings_covered(strings, words):
            return True
        run.clear()
        if node is not None and _node_covered(node, words):
            return True
    return False


def _node_covered(node: tuple[Any, Any], words: list[str]) -> bool:
    op, av = node
    if op is _SUBPATTERN:
        return _sequence_covered(list(av[-1]), words)
    if op in _REPEATS:
        return av[0] >= 1 and _sequence_covered(list(av[2]), words)
    if op is _BRANCH:
        return all(_sequence_covered(list(branch), words) for branch in av[1])
    return False


def best(pattern: "re.Pattern[str]") -> Requirement | None:
    options = pattern_requirements(pattern)
    return min(options, key=_cost) if options else None


def leading(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The strings every match of a sequence begins with (None: not known)."""
    found: frozenset[str] = frozenset({""})
    for position, node in enumerate(items):
        op, av = node
        strings = _exact(node)
        if strings is not None:
            found = frozenset(a + b for a, b in product(found, strings))
            continue
        if found == {""} and op is _SUBPATTERN:
            return leading(list(av[-1]) + items[position + 1 :])
        if found == {""} and op is _BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                strings = leading(list(branch) + items[position + 1 :])
                if strings is None:
                    return None
                union |= strings
            return frozenset(union)
        break
    if not found or "" in found:
        return None
    return frozenset(s.lower() for s in found)


def pattern_leading(pattern: "re.Pattern[str]") -> frozenset[str] | None:
    return leading(list(sre_parse.parse(pattern.pattern, pattern.flags)))
