"""Market exits, plant openings and closures, executive changes."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts, Event


def _facts(text: str, published: str = "2023-12-20") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


def _of(facts: ArticleFacts, type_: str) -> list[Event]:
    return [e for e in facts.events if e.type == type_]


def test_market_exits_stated_as_an_end_of_production_presence_or_an_own_exit() -> None:
    facts = _facts(
        "Mitsubishi Motors said on Tuesday that it will stop making cars in China. "
        "Hyundai Motor agreed to sell its plant in St Petersburg. The deal ends the South "
        "Korean carmaker's manufacturing presence in Russia. Nissan completed its own exit from "
        "Russia in October 2022."
    )
    exits = {e.participants[0].name: (_roles(e), e.date) for e in _of(facts, "MarketExit")}
    assert exits["Mitsubishi Motors"] == (
        {("Mitsubishi Motors", "subject"), ("China", "market")},
        "2023-12-19",
    )
    assert ("Russia", "market") in exits["Hyundai Motor"][0]
    assert exits["Nissan"] == ({("Nissan", "subject"), ("Russia", "market")}, "2022-10")


def test_leaving_someone_with_a_stake_is_no_market_exit() -> None:
    facts = _facts("Zeekr will buy the stakes, which will leave it with 51%.")
    assert not _of(facts, "MarketExit")


def test_a_plant_opening_without_the_town_s_qualifiers() -> None:
    facts = _facts(
        "Hyundai Motor Group held the grand opening of Hyundai Motor Group Metaplant America on "
        "Wednesday, formally inaugurating the $7.6 billion vehicle factory in Ellabell, Bryan "
        "County, about 20 miles west of Savannah.",
        published="2025-03-27",
    )
    (opening,) = _of(facts, "PlantOpening")
    assert _roles(opening) == {
        ("Hyundai Motor Group", "subject"),
        ("Hyundai Motor Group Metaplant America", "location"),
        ("Ellabell", "location"),
    }
    assert (opening.date, opening.quantity) == ("2025-03-26", 7.6e9)


def test_a_closure_a_month_earlier_in_the_same_city() -> None:
    facts = _facts(
        "Nissan sold its St Petersburg plant in October 2022. "
        "Toyota had ended production at its factory in the same city a month earlier."
    )
    (closure,) = _of(facts, "PlantClosure")
    assert _roles(closure) == {("Toyota", "subject"), ("Saint Petersburg", "location")}
    assert closure.date == "2022-09"


def test_a_plant_with_neither_owner_nor_name_states_no_event() -> None:
    facts = _facts("The plant opened in 2010 and built cars for sister brand Kia.")
    assert not _of(facts, "PlantOpening")


def test_an_unattributed_resignation_noun_is_no_new_change() -> None:
    facts = _facts(
        "Carlos Tavares has resigned as chief executive of Stellantis. The board accepted the "
        "resignation after what Henri de Castries described as different views.",
        published="2024-12-02",
    )
    (change,) = _of(facts, "ExecutiveChange")
    assert ("Henri de Castries", "person") not in _roles(change)


def test_the_search_for_a_successor_with_a_time_frame_is_planned() -> None:
    facts = _facts(
        "Stellantis is looking for a new leader. A special committee expects to complete the "
        "search for a permanent successor in the first half of 2025.",
        published="2024-12-02",
    )
    planned = [e for e in _of(facts, "ExecutiveChange") if e.rule == "executive-succession-planned"]
    assert [(_roles(e), e.status, e.date[:4]) for e in planned if e.date] == [
        ({("Stellantis", "subject")}, "planned", "2025")
    ]


def test_a_described_person_taking_the_top_job_elsewhere() -> None:
    facts = _facts(
        "Luca de Meo will step down as chief executive of Renault on July 15. Le Figaro "
        "reported that the 58-year-old Italian is poised to take the top job at Kering.",
        published="2025-06-16",
    )
    changes = {frozenset(_roles(e)) for e in _of(facts, "ExecutiveChange")}
    assert frozenset({("Kering", "subject"), ("Luca de Meo", "person")}) in changes
