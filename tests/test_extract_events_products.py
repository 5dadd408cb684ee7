"""Debuts, launches, anniversaries and recalls: vehicles, makers, venues, places, prices."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts, Event


def _facts(text: str, published: str = "2024-09-10") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


def _only(facts: ArticleFacts, type_: str) -> Event:
    found = [e for e in facts.events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_a_debut_and_a_launch_in_two_clauses_of_one_sentence() -> None:
    facts = _facts(
        "At the end of August Smart held the world premiere of the Smart #5 in Australia; the "
        "mid-size electric SUV is due to reach showrooms in Europe next year."
    )
    debut, launch = _only(facts, "Debut"), _only(facts, "Launch")
    assert _roles(debut) == {("Smart #5", "subject"), ("Smart", "maker"), ("Australia", "location")}
    assert debut.date == "2024-08"
    assert _roles(launch) == {("Smart #5", "subject"), ("Smart", "maker"), ("Europe", "market")}
    assert launch.date == "2025"


def test_a_debut_at_a_show_takes_the_show_s_city_as_location() -> None:
    facts = _facts(
        "Visitors to Auto China in Beijing had seen an early preview in April, when Smart "
        "unveiled the Concept #5."
    )
    assert ("Auto China", "venue") in _roles(_only(facts, "Debut"))
    assert ("Beijing", "location") in _roles(_only(facts, "Debut"))


def test_the_article_s_show_is_no_venue_for_a_debut_of_another_year() -> None:
    facts = _facts(
        "The Porsche 911 first appeared in public at the Frankfurt Motor Show in September 1963. "
        "Porsche's present to itself was the 911 S/T, unveiled earlier this year.",
        published="2023-12-18",
    )
    debuts = {e.participants[0].name: _roles(e) for e in facts.events if e.type == "Debut"}
    assert ("Frankfurt Motor Show", "venue") in debuts["Porsche 911"]
    assert not [r for r in debuts["Porsche 911 S/T"] if r[1] == "venue"]


def test_a_launch_read_from_deliveries_with_factory_and_city() -> None:
    facts = _facts(
        "Tesla builds the Tesla Cybertruck in Texas. Deliveries of the stainless-steel pickup "
        "only began at the end of November, at a handover event at Giga Texas, the company's "
        "factory in Austin.",
        published="2024-04-19",
    )
    launch = _only(facts, "Launch")
    assert _roles(launch) == {
        ("Tesla Cybertruck", "subject"),
        ("Tesla", "maker"),
        ("Gigafactory Texas", "location"),
        ("Austin", "location"),
    }
    assert launch.date == "2023-11"


def test_a_listed_price_is_a_launch_in_that_market() -> None:
    facts = _facts("In Belgium, the Porsche 911 S/T is listed at 327,743 euros before options.")
    launch = _only(facts, "Launch")
    assert ("Belgium", "market") in _roles(launch)
    assert (launch.quantity, launch.unit) == (327743, "EUR")


def test_launch_models_counts_models_not_yet_named() -> None:
    facts = _facts(
        "The partners will develop two mid-size electric models to be sold under the Volkswagen "
        "brand in China, with launches planned for 2026."
    )
    launch = _only(facts, "Launch")
    assert launch.rule == "launch-models"
    assert _roles(launch) == {("Volkswagen", "maker"), ("China", "market")}
    assert (launch.quantity, launch.unit, launch.date) == (2, "models", "2026")


def test_a_vehicle_in_another_clause_does_not_debut() -> None:
    facts = _facts(
        "The plant built its first vehicle, a Hyundai Ioniq 5, last October, but Wednesday's "
        "ceremony marked its official debut."
    )
    assert not [e for e in facts.events if e.type == "Debut"]


def test_a_vehicle_that_turned_sixty_has_an_anniversary() -> None:
    facts = _facts("The Porsche 911 turned sixty this year.", published="2023-12-18")
    event = _only(facts, "Anniversary")
    assert (event.quantity, event.unit, event.date) == (60, "years", "2023")
    assert _roles(event) == {("Porsche 911", "subject")}


def test_a_recall_gathers_the_models_a_later_sentence_lists() -> None:
    facts = _facts(
        "General Motors is recalling 597,630 full-size pickups and SUVs in the United States. "
        "The recall, made public on Friday, spans the 2021 to 2024 model years of the "
        "Chevrolet Tahoe and the Cadillac Escalade.",
        published="2025-04-28",
    )
    recall = _only(facts, "Recall")
    assert (recall.quantity, recall.date) == (597630, "2025-04-25")
    assert _roles(recall) == {
        ("General Motors", "subject"),
        ("United States", "market"),
        ("Chevrolet Tahoe", "object"),
        ("Cadillac Escalade", "object"),
    }


def test_it_in_the_next_clause_is_the_vehicle_just_named() -> None:
    facts = _facts(
        "Kia unveiled the Kia EV3 at an event in Seoul in May; it goes on sale in Europe in the "
        "autumn at about 36,000 euros.",
        published="2024-06-12",
    )
    launch = _only(facts, "Launch")
    assert _roles(launch) == {("Kia EV3", "subject"), ("Kia", "maker"), ("Europe", "market")}
    assert (launch.quantity, launch.unit, launch.date) == (36000, "EUR", "2024")
