"""References the event rules resolve: nationalities, groups, pairs, vehicles, plants, people."""

from kg.extract.context import view
from kg.extract.document import Doc
from kg.extract.events.references import References
from kg.extract.mentions import find_mentions
from kg.extract.sentences import split_sentences
from kg.ids import article_id
from kg.model import Article


def _resolved(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity name, how) of every reference the event rules see, in text order."""
    article = Article(id=article_id(text), published="2024-11-18", publisher="Wire", text=text)
    doc = Doc(article, text, split_sentences(text))
    find_mentions(doc)
    references = References(doc)
    found = []
    for sentence in doc.sentences:
        for slot in references.refine(view(doc, sentence)).slots:
            if slot.via != "name":
                found.append((text[slot.start : slot.end], doc.entities[slot.key].name, slot.via))
    return found


def test_a_stated_nationality_picks_a_company_of_that_country() -> None:
    found = _resolved(
        "Volkswagen Group will invest $700 million in Xpeng. "
        "Analysts say the German group has fallen behind in China."
    )
    assert ("the German group", "Volkswagen Group", "reference") in found


def test_a_city_based_group_is_a_company_of_that_city_s_country() -> None:
    found = _resolved(
        "JLR has been owned by Tata Motors since 2008. Ford sold JLR then, when the "
        "Mumbai-based group bought it."
    )
    assert ("the Mumbai-based group", "Tata Motors", "reference") in found


def test_the_group_prefers_a_group_the_article_names() -> None:
    found = _resolved(
        "Hyundai Motor Group opened its plant. Batteries come from SK On. "
        "The opening came after the group pledged to invest $21 billion."
    )
    assert ("the group", "Hyundai Motor Group", "reference") in found


def test_a_plural_reference_stands_for_the_two_organisations_named_before() -> None:
    found = _resolved(
        "Honda and Nissan have abandoned the idea. On Thursday the two carmakers said they "
        "had terminated the memorandum."
    )
    pair = {name for surface, name, how in found if how == "plural"}
    assert pair == {"Honda", "Nissan"}


def test_a_vehicle_reference_and_a_plural_model_name() -> None:
    found = _resolved(
        "Tesla built the Tesla Cybertruck in Texas. Deliveries of the stainless-steel pickup "
        "began in November. Tesla is recalling 3,878 Cybertrucks."
    )
    assert ("the stainless-steel pickup", "Tesla Cybertruck", "reference") in found
    # the mention finder reads the plural as the model itself, so it is a name, not a reference
    assert not any(surface.startswith("Cybertruck") for surface, _, _ in found)


def test_the_plant_is_the_factory_named_before() -> None:
    found = _resolved(
        "Hyundai Motor Group Metaplant America opened on Wednesday. The plant began "
        "producing the Hyundai Ioniq 5 last October."
    )
    assert ("The plant", "Hyundai Motor Group Metaplant America", "reference") in found
