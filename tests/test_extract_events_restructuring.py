"""Restructurings: job cuts per place, continuing sentences, plans, charges, non-events."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts


def _facts(text: str, published: str = "2024-11-21") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


Cut = tuple[str, float | None, str | None, frozenset[tuple[str, str]]]


def _cuts(facts: ArticleFacts) -> set[Cut]:
    return {
        (e.rule, e.quantity, e.date, frozenset((p.name, p.role) for p in e.participants))
        for e in facts.events
        if e.type == "Restructuring"
    }


def test_job_cuts_per_place_in_sentences_that_continue_the_first() -> None:
    facts = _facts(
        "Ford will eliminate about 4,000 jobs in Europe, the carmaker said on Wednesday. "
        "Germany takes the heaviest hit, with around 2,900 positions to go, largely in Cologne, "
        "where Ford builds the Explorer. About 800 jobs will be lost in Britain and some 300 in "
        "other countries of the European Union."
    )
    ford = ("Ford", "subject")
    assert _cuts(facts) == {
        ("restructuring-jobs", 4000, "2024-11-20", frozenset({ford, ("Europe", "location")})),
        (
            "restructuring-continued",
            2900,
            "2024-11-20",
            frozenset({ford, ("Germany", "location"), ("Cologne", "location")}),
        ),
        (
            "restructuring-continued",
            800,
            "2024-11-20",
            frozenset({ford, ("United Kingdom", "location")}),
        ),
        (
            "restructuring-continued",
            300,
            "2024-11-20",
            frozenset({ford, ("European Union", "location")}),
        ),
    }


def test_jobs_in_words_and_a_share_of_the_workforce() -> None:
    facts = _facts(
        "Volvo Cars will cut about three thousand jobs, mostly office roles in Sweden. "
        "On Monday Tesla said it would shed more than 10% of its global workforce.",
        published="2024-04-19",
    )
    found = {(q, frozenset(p)) for _, q, _, p in _cuts(facts)}
    assert (3000, frozenset({("Volvo Cars", "subject"), ("Sweden", "location")})) in found
    assert (10, frozenset({("Tesla", "subject")})) in found


def test_a_plan_a_person_announced_is_their_organisation_s() -> None:
    facts = _facts(
        "Geely Holding is controlled by Li Shufu. Li Shufu announced a plan in September to "
        "cut overlapping models.",
        published="2025-01-03",
    )
    assert _cuts(facts) == {
        ("restructuring-trigger", None, "2024-09", frozenset({("Geely Holding", "subject")}))
    }


def test_charges_without_a_date_belong_to_the_reported_year_and_another_continues() -> None:
    facts = _facts(
        "For 2024 as a whole, General Motors' revenue rose 9.1% to $187.4 billion. "
        "About $4 billion of those charges were restructuring costs connected with SAIC-GM. "
        "Another $0.5 billion stemmed from the December decision to stop funding Cruise.",
        published="2025-01-29",
    )
    found = {(q, d, frozenset(p)) for _, q, d, p in _cuts(facts)}
    gm = ("General Motors", "subject")
    assert found == {
        (4e9, "2024", frozenset({gm, ("SAIC-GM", "object")})),
        (5e8, "2024-12", frozenset({gm, ("Cruise", "object")})),
    }


def test_background_and_forecasts_are_not_restructurings() -> None:
    facts = _facts(
        "Nissan is in the middle of a turnaround that includes thousands of job cuts. "
        "What we watch next: a more detailed restructuring plan at Nissan, likely in May. "
        "The cuts at Audi will be made without compulsory redundancies.",
        published="2025-03-12",
    )
    assert _cuts(facts) == set()


def test_jobs_that_will_go_are_a_restructuring() -> None:
    facts = _facts(
        "Kia will shut one of the two lines at its plant in Zilina. About 600 jobs will go.",
        published="2024-06-12",
    )
    assert {(q, frozenset(p)) for _, q, _, p in _cuts(facts)} == {
        (600, frozenset({("Kia", "subject")}))
    }
