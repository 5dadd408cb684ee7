"""Acquisitions, investments and sales: buyers, objects, sellers, places, stakes and dates."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts, Event


def _facts(text: str, published: str = "2025-01-03") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in event.participants}


def _of(facts: ArticleFacts, type_: str) -> list[Event]:
    return [e for e in facts.events if e.type == type_]


def test_acquisition_stakes_one_event_per_stake_with_the_seller() -> None:
    facts = _facts(
        "Geely Holding owns Volvo Cars. In 2017 the group paid for 51% of Lotus and 49.9% of "
        "Malaysia's Proton, both stakes bought from DRB-Hicom."
    )
    found = {(e.rule, e.quantity, frozenset(_roles(e))) for e in _of(facts, "Acquisition")}
    assert found == {
        (
            "acquisition-stakes",
            51,
            frozenset({("Geely Holding", "subject"), ("Lotus", "object"), ("DRB-Hicom", "from")}),
        ),
        (
            "acquisition-stakes",
            49.9,
            frozenset({("Geely Holding", "subject"), ("Proton", "object"), ("DRB-Hicom", "from")}),
        ),
    }


def test_a_when_clause_takes_the_date_it_hangs_on_and_it_is_the_topic() -> None:
    facts = _facts(
        "JLR has been wholly owned by Tata Motors since 2008, when the Mumbai-based group "
        "bought it from Ford for $2.3 billion.",
        published="2024-12-03",
    )
    (event,) = _of(facts, "Acquisition")
    assert _roles(event) == {
        ("Tata Motors", "subject"),
        ("Jaguar Land Rover", "object"),
        ("Ford", "from"),
    }
    assert (event.date, event.quantity, event.unit) == ("2008", 2.3e9, "USD")


def test_holders_of_the_stakes_bought_out_are_the_sellers() -> None:
    facts = _facts(
        "Lynk & Co is owned 30% by Volvo Cars and 20% by Geely Holding, but in mid-November "
        "Zeekr agreed to buy out the Volvo Cars and Geely Holding stakes, which will leave it "
        "with 51%."
    )
    (event,) = _of(facts, "Acquisition")
    assert _roles(event) == {
        ("Zeekr", "subject"),
        ("Lynk & Co", "object"),
        ("Volvo Cars", "from"),
        ("Geely Holding", "from"),
    }
    assert (event.date, event.quantity) == ("2024-11", 51)


def test_a_relative_clause_investor_and_the_company_invested_into() -> None:
    facts = _facts(
        "Its biggest backer is CYVN Holdings, an investment firm controlled by the Abu Dhabi "
        "government, which put about $2.2 billion into Nio in December 2023."
    )
    (event,) = _of(facts, "Investment")
    assert _roles(event) == {("CYVN Holdings", "subject"), ("NIO", "object")}
    assert (event.date, event.quantity) == ("2023-12", 2.2e9)


def test_an_investment_in_a_place_and_in_its_plants_of_a_country() -> None:
    facts = _facts(
        "Affiliate Hyundai Steel will spend about $5.8 billion on a new steel mill in Louisiana. "
        "Audi committed to invest about 8 billion euros in its German plants.",
        published="2025-03-25",
    )
    places = {e.participants[0].name: _roles(e) for e in _of(facts, "Investment")}
    assert ("Louisiana", "location") in places["Hyundai Steel"]
    assert ("Germany", "location") in places["Audi"]


def test_a_divestment_of_shares_in_the_venture_by_two_sellers() -> None:
    facts = _facts(
        "Mitsubishi Motors will stop making cars in China, ending GAC Mitsubishi. "
        "Under the plan, the Japanese carmaker and the trading house Mitsubishi Corporation "
        "will transfer their shares in the venture to GAC.",
        published="2023-10-25",
    )
    (event,) = _of(facts, "Acquisition")
    assert event.rule == "divestment-trigger"
    assert _roles(event) == {
        ("GAC Group", "subject"),
        ("GAC Mitsubishi", "object"),
        ("Mitsubishi Motors", "from"),
        ("Mitsubishi Corporation", "from"),
    }


def test_a_plant_sold_gives_the_location_and_a_product_sale_is_no_deal() -> None:
    facts = _facts(
        "Nissan completed its own exit in October 2022, selling its St Petersburg plant to "
        "NAMI for one euro. The cars will be sold under the Nissan brand in China.",
        published="2023-12-20",
    )
    (event,) = _of(facts, "Acquisition")
    assert _roles(event) == {
        ("NAMI", "subject"),
        ("Nissan", "from"),
        ("Saint Petersburg", "location"),
    }
    assert (event.quantity, event.unit) == (1, "EUR")


def test_an_option_to_buy_back_is_no_acquisition() -> None:
    facts = _facts("The deal gives Hyundai the right to buy the factory back within two years.")
    assert not _of(facts, "Acquisition")
