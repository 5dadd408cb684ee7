"""Statuses: planned and announced read in the trigger's clause, denials of earlier rumours,
hedged denials, plans called off."""

from kg.extract import extract_article
from kg.extract.status import status_of
from kg.ids import article_id
from kg.model import Article, ArticleFacts


def _facts(text: str, published: str = "2024-05-15") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def test_future_wording_of_another_clause_does_not_make_a_done_event_announced() -> None:
    facts = _facts(
        "Stellantis and Leapmotor on Tuesday formally launched Leapmotor International, the "
        "company that will export Leapmotor vehicles."
    )
    (formed,) = [e for e in facts.events if e.type == "JointVentureFormation"]
    assert formed.status == "completed"


def test_planned_for_a_time_frame_and_announced_by_will() -> None:
    assert status_of("The plant is scheduled to start production in 2025.", "PlantOpening") == (
        "planned"
    )
    assert status_of("Ford will eliminate 4,000 jobs, it said.", "Restructuring") == "announced"
    assert status_of("Nissan unveiled a plan to cut 9,000 jobs.", "Restructuring") == "announced"
    assert status_of("Kia unveiled the EV3 in Seoul.", "Debut") == "completed"


def test_a_hedged_denial_is_no_denial() -> None:
    text = "It is unclear whether Nissan rebuffed the approach."
    assert status_of(text, "Acquisition") != "denied"


def test_a_later_denial_of_a_reported_stake_sale_makes_it_one_denied_event() -> None:
    facts = _facts(
        "In January, Bloomberg reported that Brilliance China Automotive might sell its 25% "
        "holding in BMW Brilliance Automotive, with FAW Group among the possible buyers. "
        "Days later, Brilliance Auto Group dismissed the report of a stake sale as untrue.",
        published="2024-12-20",
    )
    (deal,) = [e for e in facts.events if e.type == "Acquisition"]
    assert deal.status == "denied" and deal.date == "2024-01"
    assert {(p.name, p.role) for p in deal.participants} == {
        ("FAW Group", "subject"),
        ("BMW Brilliance", "object"),
        ("Brilliance China Automotive", "from"),
    }
    assert deal.rule.endswith("+status-denial")


def test_abandoned_plans_to_build_a_factory_are_a_cancelled_opening() -> None:
    facts = _facts("Audi has abandoned plans to build a second factory in Mexico.")
    (plant,) = [e for e in facts.events if e.type == "PlantOpening"]
    assert plant.status == "cancelled"
    assert {(p.name, p.role) for p in plant.participants} == {
        ("Audi", "subject"),
        ("Mexico", "location"),
    }


def test_a_handover_names_the_successor_and_the_predecessor() -> None:
    facts = _facts(
        "Volkswagen said on Monday that chief executive Ralf Brandstaetter will hand over the "
        "running of its China business to chief operating officer Stephan Woellenstein from "
        "April 1.",
        published="2024-03-20",
    )
    (change,) = [e for e in facts.events if e.type == "ExecutiveChange"]
    assert change.date == "2024-04-01"
    assert {(p.name, p.role) for p in change.participants} == {
        ("Volkswagen", "subject"),
        ("Stephan Woellenstein", "person"),
        ("Ralf Brandstaetter", "predecessor"),
    }


def test_a_denial_does_not_touch_reported_figures() -> None:
    facts = _facts(
        "Polestar delivered 13,900 cars in the second quarter. Volvo Cars, which owns 18% of "
        "Polestar, said it had no plans to raise its stake.",
        published="2024-08-30",
    )
    (sales,) = [e for e in facts.events if e.type == "SalesReport"]
    assert sales.status == "reported"
