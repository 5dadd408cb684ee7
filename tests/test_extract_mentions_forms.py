"""Entity forms that the first rules missed: longer aliases of common-word companies, names
listed after a plural title, named plants, models in the plural or before a body style."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts


def _facts(text: str, published: str = "2025-03-04") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _entities(facts: ArticleFacts) -> dict[str, str]:
    return {e.name: e.label for e in facts.entities}


def test_a_longer_alias_of_a_common_word_company_names_it_even_first_in_a_sentence() -> None:
    facts = _facts("Lucid Group cut prices in March. Analysts expect Lucid to raise more money.")
    lucid = [e for e in facts.entities if e.label == "Company"]
    assert [e.name for e in lucid] == ["Lucid"]
    assert {"Lucid Group", "Lucid"} <= set(lucid[0].aliases)


def test_the_common_word_alone_still_needs_context() -> None:
    facts = _facts("Lucid explanations were missing from the report.")
    assert "Lucid" not in _entities(facts)


def test_names_listed_after_a_plural_title_are_people() -> None:
    facts = _facts(
        "The venture will be run by two co-chief executives, Anna Lindqvist from Volvo Cars "
        "and Tomasz Zielinski from Polestar."
    )
    people = {n for n, label in _entities(facts).items() if label == "Person"}
    assert people == {"Anna Lindqvist", "Tomasz Zielinski"}


def test_a_name_after_a_title_and_a_comma_is_a_person() -> None:
    facts = _facts("Kia named a new chief operating officer, Priya Raman, on Monday.")
    assert _entities(facts).get("Priya Raman") == "Person"


def test_a_named_plant_is_a_place() -> None:
    facts = _facts("Mazda will stop building the CX-3 at its Hofu plant in 2027.")
    assert _entities(facts).get("Hofu") == "Place"
    assert next(e for e in facts.entities if e.name == "Hofu").aliases == ["Hofu"]


def test_a_common_word_after_a_possessive_plant_is_not_a_place() -> None:
    facts = _facts("Mazda said the new plant will open in 2027, and the German plant will close.")
    assert not any(e.label == "Place" and e.name in {"German", "New"} for e in facts.entities)


def test_a_model_in_the_plural_is_the_model() -> None:
    facts = _facts("Tesla is recalling 12,000 Cybertrucks in the United States.")
    assert _entities(facts).get("Tesla Cybertruck") == "Vehicle"


def test_a_common_word_model_counts_before_a_body_style_only() -> None:
    with_body = _facts("Lucid Group began deliveries of the Air sedan in 2021.")
    assert _entities(with_body).get("Lucid Air") == "Vehicle"
    without = _facts("Lucid Group raised money. The air in the factory was clean.")
    assert "Lucid Air" not in _entities(without)
