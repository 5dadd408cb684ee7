"""Trigger words never hold a fact back: each gated pattern cannot match without one of its
rule's words, and the extractor gives the same output with and without the gates."""

import re
from pathlib import Path

import pytest

from bench import generate
from kg.extract import context, extract_article, ownership, relations, roles, stake_lists
from kg.extract import mentions as mention_rules
from kg.extract.sentences import split_sentences
from kg.extract.starts import WordStarts, scan
from kg.extract.triggers import EVERY, TRIGGERS, TriggerTable
from kg.model import Article
from loaders import LoadFailure, iter_articles
from tests.required_literals import covered, pattern_leading, pattern_requirements

ROOT = Path(__file__).resolve().parent.parent

# every gated pattern, under the name of the gate that lets it run
GATED: list[tuple[str, "re.Pattern[str]"]] = [
    *((rule, pattern) for rule, pattern, _ in ownership.OWNERSHIP_PATTERNS),
    *ownership.STAKE_PATTERNS,
    ("owned-bought-from", ownership.BOUGHT_FROM),
    ("owned-sold-to", ownership.SOLD_TO),
    *roles.ROLE_PATTERNS,
    ("role-succession", roles._SUCCESSION),
    ("role-title-in-context", roles._TITLE_PERSON),
    ("maker-verb", relations._MAKE_VERB),
    ("stake-list-by", stake_lists._OWNED_FIRST),
    ("stake-list", stake_lists._HOLDER_FIRST),
    ("reference", context._REFERENCE),
]

# patterns tried only where one of some words begins (kg.extract.starts)
STARTED: list[tuple["re.Pattern[str]", WordStarts]] = [
    (mention_rules._TITLE_THEN_NAME, mention_rules._TITLE_STARTS),
    (mention_rules._VERB_NAME, mention_rules._VERB_STARTS),
    (mention_rules._OUTLET, mention_rules._OUTLET_STARTS),
    (mention_rules._CONCEPT, mention_rules._CONCEPT_STARTS),
]


def test_every_gate_has_patterns_and_every_gated_pattern_a_gate() -> None:
    assert {rule for rule, _ in GATED} == set(TRIGGERS)


@pytest.mark.parametrize(("rule", "pattern"), GATED, ids=[rule for rule, _ in GATED])
def test_each_pattern_requires_a_trigger_word_of_its_rule(
    rule: str, pattern: "re.Pattern[str]"
) -> None:
    assert pattern_requirements(pattern), f"{rule}: no word found that every match needs"
    assert covered(pattern, TRIGGERS[rule]), (
        f"{rule}: a match may hold none of {TRIGGERS[rule]}; it needs one of each of "
        f"{[sorted(r) for r in pattern_requirements(pattern)]}"
    )


def test_the_coverage_check_catches_a_missing_word() -> None:
    owned_by = dict(GATED)["owned-by"]
    assert covered(owned_by, ("owned", "controlled"))
    assert not covered(owned_by, ("owned",))  # 'controlled by' would slip through
    assert not covered(re.compile(r"ENT\d+ (?:\w+ )*ENT\d+"), ("by",))


@pytest.mark.parametrize(("pattern", "starts"), STARTED)
def test_started_patterns_begin_with_one_of_their_words(
    pattern: "re.Pattern[str]", starts: WordStarts
) -> None:
    leading = pattern_leading(pattern)
    assert leading, "no fixed beginning found"
    missing = [s for s in leading if not any(s.startswith(w) for w in starts.words)]
    assert not missing


def test_scan_finds_what_finditer_finds() -> None:
    texts = [
        "Chief executive Mary Barra said. CHAIRMAN Akio Toyoda, ceo Ola Källenius and the chief",
        "Its chairman, the CFO Jane Doe; named Jo Bloggs chief. \u212aelvin chairman Li Wei",
        "İstanbul: president Recep Tayyip met ſpokesman Joe Smith",
        "",
    ]
    for text in texts:
        for pattern, starts in STARTED:
            found = [(m.span(), m.group(0)) for m in scan(pattern, text, starts)]
            assert found == [(m.span(), m.group(0)) for m in pattern.finditer(text)]
    title_then_name = mention_rules._TITLE_THEN_NAME
    assert [m.group("name") for m in scan(title_then_name, texts[0], mention_rules._TITLE_STARTS)]


def test_trigger_index_buckets_words_by_sentence() -> None:
    table = TriggerTable({"owned-by": ("owned", "controlled"), "part": ("part of",)})
    text = "Jaguar is owned by Tata.\n\nIt was part of Ford. Nothing here.\nControlled by X."
    cues = table.cues(text, split_sentences(text))
    assert [sorted(c) for c in cues] == [["owned-by"], ["part"], [], ["owned-by"]]  # type: ignore[call-overload]
    folded = table.cues("Owned by \u212a.", split_sentences("Owned by \u212a."))
    assert folded == [EVERY]
    assert "anything" in EVERY


def _example_articles() -> list[Article]:
    found = []
    for path in (ROOT / "examples" / "articles", ROOT / "tests" / "corpus"):
        for item in iter_articles([str(path)]):
            if not isinstance(item, LoadFailure):
                found.append(item.article)
    return found


def _generated(count: int, seed: int) -> list[Article]:
    return [
        Article(
            id=f"gen:{seed}:{a.index}",
            title=a.title,
            published=a.published,
            publisher=a.publisher,
            text=a.body,
        )
        for a in generate.articles(count, seed=seed)
    ]


def test_gated_extraction_gives_exactly_the_ungated_output() -> None:
    articles = [*_example_articles(), *_generated(120, 0), *_generated(60, 7)]
    rules: set[str] = set()
    for article in articles:
        gated = extract_article(article, "x")
        ungated = extract_article(article, "x", gated=False)
        assert gated == ungated, article.id
        rules.update(r.rule for r in gated.relations)
    # the comparison covers the gated rules that produce facts
    assert len(rules & set(TRIGGERS)) >= 15, sorted(rules & set(TRIGGERS))
