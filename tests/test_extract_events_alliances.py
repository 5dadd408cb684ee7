"""Mergers, joint-venture formations, partnerships and the dates they take."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts, Event


def _facts(text: str, published: str = "2025-02-14") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


def _only(facts: ArticleFacts, type_: str) -> Event:
    found = [e for e in facts.events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_a_merger_called_off_takes_the_date_it_was_called_off_and_every_party() -> None:
    facts = _facts(
        "Honda and Nissan have abandoned the idea of a combination. On Thursday the two "
        "carmakers said they had terminated the memorandum they signed on December 23 to study "
        "bringing their businesses under a joint holding company, and Mitsubishi Motors also "
        "withdrew."
    )
    merger = _only(facts, "Merger")
    assert merger.status == "cancelled" and merger.date == "2025-02-13"
    assert _roles(merger) == {
        ("Honda", "subject"),
        ("Nissan", "partner"),
        ("Mitsubishi Motors", "partner"),
    }


def test_a_holding_company_that_describes_a_firm_is_no_merger() -> None:
    facts = _facts(
        "Exor, the Agnelli family's holding company, is Stellantis' largest shareholder."
    )
    assert not [e for e in facts.events if e.type == "Merger"]


def test_a_partnership_agreed_on_a_date_the_sentence_gives() -> None:
    facts = _facts(
        "Honda and Nissan will keep working together. Both companies stressed that the "
        "strategic partnership they agreed on August 1 last year will continue."
    )
    partnership = _only(facts, "Partnership")
    assert partnership.date == "2024-08-01"
    assert _roles(partnership) == {("Honda", "subject"), ("Nissan", "partner")}


def test_the_owner_named_as_a_modifier_is_no_party() -> None:
    facts = _facts(
        "VW's Audi brand signed a memorandum of understanding with SAIC Motor to widen their "
        "cooperation on electric cars.",
        published="2023-07-27",
    )
    assert _roles(_only(facts, "Partnership")) == {("Audi", "subject"), ("SAIC Motor", "partner")}


def test_a_joint_venture_launched_by_name_and_one_set_up_as_the_company() -> None:
    facts = _facts(
        "Stellantis and Leapmotor on Tuesday formally launched Leapmotor International. "
        "Sony Honda Mobility sells the Afeela. Sony Group and Honda set up the company in 2022.",
        published="2024-05-15",
    )
    formed = {e.participants[0].name: (e.date, _roles(e)) for e in facts.events}
    assert formed["Leapmotor International"] == (
        "2024-05-14",
        {
            ("Leapmotor International", "subject"),
            ("Stellantis", "partner"),
            ("Leapmotor", "partner"),
        },
    )
    assert formed["Sony Honda Mobility"] == (
        "2022",
        {("Sony Honda Mobility", "subject"), ("Sony Group", "partner"), ("Honda", "partner")},
    )


def test_a_joint_venture_contract_extended_at_the_same_time() -> None:
    facts = _facts(
        "In late November SAIC Motor agreed to close a plant. At the same time, VW Group and "
        "SAIC Motor extended their joint-venture contract until 2040.",
        published="2025-01-16",
    )
    partnership = _only(facts, "Partnership")
    assert partnership.rule == "jv-contract-extended"
    assert partnership.date == "2024-11"
    assert _roles(partnership) == {
        ("Volkswagen Group", "subject"),
        ("SAIC Motor", "partner"),
        ("SAIC Volkswagen", "object"),
    }
