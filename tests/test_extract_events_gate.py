"""The keyword gate of each family of event rules lets through every sentence its triggers
would match: checked on every sentence of the example articles."""

from pathlib import Path

import pytest

from kg.extract.events import alliances, deals, figures, operations, people, plants, products
from kg.extract.events import restructuring as restructuring_rules
from kg.extract.events.base import Keywords
from kg.extract.events.gate import Gate
from kg.extract.sentences import split_sentences

FAMILIES = [alliances, deals, figures, operations, people, plants, products, restructuring_rules]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _sentences() -> list[str]:
    found = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        found += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    return found


@pytest.mark.parametrize("family", FAMILIES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_gate_lets_through_every_sentence_a_trigger_matches(family: object) -> None:
    sentences = _sentences()
    assert len(sentences) > 300
    gate = Gate([family.KEYWORDS])  # type: ignore[attr-defined]
    blocked = [
        text
        for text in sentences
        if any(p.search(text) for p in family.TRIGGERS)  # type: ignore[attr-defined]
        and not gate.mask(text)
    ]
    assert blocked == []


def test_words_count_whole_and_stems_as_beginnings() -> None:
    gate = Gate([Keywords("end withdr*"), Keywords("open")])
    assert gate.mask("Nissan will end sales") == 0b01
    assert gate.mask("Nissan withdrew from Russia") == 0b01
    assert gate.mask("It will spend more, or not at the weekend") == 0b00
    assert gate.mask("The plant OPENS; it reopened") == 0b00
    assert gate.mask("The plant will open") == 0b10
