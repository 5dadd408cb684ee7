"""Property-based tests of the extractor: any text, however hostile, is handled.

For every input, extract_article returns without an exception, every entity mention lies
inside the text, and every relation's and event's evidence is exactly the text between its
offsets. Inputs are arbitrary Unicode (every category but lone surrogates, which no loader
lets through: they are not text) and, to reach the extraction rules, industry sentences
(names from the knowledge base, figures, dates) mixed with hostile pieces: direction marks,
zero-width characters, emoji sequences, combining marks, digits of other scripts, huge
numbers and very long tokens.
"""

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_article
from kg.ids import article_id
from kg.kb import catalog
from kg.model import Article, ArticleFacts, Event, Relation

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = [
    "\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u00ad",
    "\u2028", "\u2029", "\r\n", "\r", "\x0b", "\x0c", "\x85", "\t", "\u00a0", "\u3000",
    "👨‍👩‍👧‍👦", "🚗💨", "🇯🇵", "e\u0301\u0301\u0301", "Z̸̛̤͎a̵̘l̴g̶o",
    "١٢٣٬٤٥٦", "１２３，４５６", "²³", "⅔", "Ⅻ", "٫", "9" * 400, "1e309", "-0", "NaN",
    "1,000,000,000,000,000,000,000", "$" * 50, "%" * 30, "." * 200, "x" * 5000,
    "U.S.", "Co.", "Inc.,", "St.", "No.", "Jan.", "’", "“", "”", "«", "»", "—", "–", "…",
    "\\", "\"", "'", "(", ")", "[", "]", "{", "}", "<p>", "&amp;", "\x00", "\x1b[31m",
]  # fmt: skip
WORDS = [
    "said", "announced", "denied", "reported", "rumored", "plans", "will", "would", "to",
    "acquire", "stake", "in", "of", "joint venture", "recall", "recalls", "vehicles", "cars",
    "sales", "rose", "fell", "percent", "%", "billion", "million", "euros", "$", "yuan",
    "chief executive", "CEO", "resigned", "appointed", "named", "chairman", "plant", "opens",
    "closes", "exit", "market", "debut", "unveiled", "at the", "motor show", "invest",
    "merger", "talks", "ended", "owned by", "subsidiary", "brand", "on Tuesday", "last year",
    "in March", "2024", "2023-11", "Q3", "first half", "by 2030", "12.5%", "1.2 million",
    "145,000", "3.7 billion", "21%", "the", "a", "and", ",", ".", ";", ":", "—",
]  # fmt: skip


@cache
def _names() -> list[str]:
    kb = catalog()
    names = sorted({e.name for e in kb.entities.values()})
    return names[:: max(1, len(names) // 300)]


def _article(text: str) -> Article:
    return Article(
        id=article_id(text or "empty"), title="", published="2024-03-05", publisher="Reuters",
        text=text,
    )  # fmt: skip


def _check(text: str) -> ArticleFacts:
    facts = extract_article(_article(text))
    for entity in facts.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text), (entity.name, mention)
    evidenced: list[Relation | Event] = [*facts.relations, *facts.events]
    for fact in evidenced:
        assert 0 <= fact.evidence_start <= fact.evidence_end <= len(text), fact
        assert text[fact.evidence_start : fact.evidence_end] == fact.evidence, fact
    facts.to_eval_json()
    return facts


@st.composite
def industry_text(draw: st.DrawFn) -> str:
    pieces = st.one_of(
        st.sampled_from(_names()),
        st.sampled_from(WORDS),
        st.sampled_from(HOSTILE),
        st.text(max_size=8),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
    )
    sentences = draw(st.lists(st.lists(pieces, min_size=1, max_size=25), min_size=1, max_size=8))
    separators = draw(st.lists(st.sampled_from([". ", "\n", "\n\n", "! ", "? ", " "]),
                               min_size=len(sentences), max_size=len(sentences)))  # fmt: skip
    return "".join(" ".join(words) + sep for words, sep in zip(sentences, separators, strict=True))


@SETTINGS
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=2000))
def test_long_text_from_every_category(text: str) -> None:
    _check(text)


@SETTINGS
@given(industry_text())
def test_industry_sentences_with_hostile_pieces(text: str) -> None:
    _check(text)


def test_crafted_hostile_inputs() -> None:
    for piece in HOSTILE:
        _check(piece)
        _check(f"Toyota said{piece} sales rose {piece}12% to {piece}1.2 million vehicles.")
        _check(f"Nissan appointed {piece} as chief executive on Tuesday.{piece}")
    _check("Toyota recalled " + "9" * 5000 + " cars.")
    _check("9" * 300 + " billion")  # once overflowed to infinity in kg/extract/quantities.py
    _check("Volkswagen " * 3000)
    _check("\n" * 10000)
    _check("Honda" + "\u200b" * 1000 + " said it would invest $" + "1," * 500 + "000.")
