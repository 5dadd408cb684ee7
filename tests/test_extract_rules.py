"""Each named extraction rule, on sentences written for the test."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts


def _facts(text: str, published: str = "2024-11-18", publisher: str = "Test Wire") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher=publisher, text=text)
    return extract_article(article)


def _relations(facts: ArticleFacts) -> set[tuple[str, str, str]]:
    return {(r.subject, r.type, r.object) for r in facts.relations}


def _events(facts: ArticleFacts) -> list[tuple[str, str, frozenset[tuple[str, str]]]]:
    return [
        (e.type, e.status, frozenset((p.name, p.role) for p in e.participants))
        for e in facts.events
    ]


def test_kb_aliases_resolve_to_canonical_names() -> None:
    facts = _facts("Nissan Motor Co. said on Monday that Dongfeng Nissan will keep its plant.")
    names = {(e.name, e.label) for e in facts.entities}
    assert ("Nissan", "Company") in names
    assert ("Dongfeng Nissan", "JointVenture") in names


def test_common_word_brands_need_context() -> None:
    facts = _facts("Smart buyers wait. The Smart #5 went on sale in Europe on Tuesday.")
    smart = [e for e in facts.entities if e.name == "Smart"]
    assert len(smart) == 1 and len(smart[0].mentions) == 1


def test_vehicle_names_carry_the_marque_and_variants_point_at_the_base() -> None:
    facts = _facts(
        "Porsche showed the 911 GT3 RS next to the Porsche 911 Carrera at the Paris Motor Show."
    )
    rels = _relations(facts)
    assert ("Porsche AG", "MAKES", "Porsche 911") in rels
    assert ("Porsche 911 GT3 RS", "VARIANT_OF", "Porsche 911") in rels


def test_owned_possessive_noun_rule() -> None:
    facts = _facts("Nissan's luxury brand Infiniti sold 1,200 cars in Canada in October.")
    rel = next(r for r in facts.relations if r.type == "OWNED_BY")
    assert (rel.subject, rel.object) == ("Infiniti", "Nissan")
    assert rel.rule in {"owned-possessive-noun", "kb-confirmed-ownership"}
    assert facts.article.text[rel.evidence_start : rel.evidence_end] == rel.evidence


def test_stake_rule_reads_the_percentage() -> None:
    facts = _facts("Stellantis took a 21% stake in Leapmotor in October 2023.")
    rel = next(r for r in facts.relations if r.type == "OWNED_BY")
    assert (rel.subject, rel.object, rel.props["stake"]) == ("Leapmotor", "Stellantis", 21.0)


def test_joint_venture_partners_and_equal_stakes() -> None:
    facts = _facts(
        "Dongfeng Nissan, the 50-50 joint venture between Dongfeng Motor and Nissan, "
        "cut prices on Monday."
    )
    partners = {
        (r.subject, r.props.get("stake")) for r in facts.relations if r.type == "PARTNER_IN"
    }
    assert partners == {("Dongfeng Motor", 50.0), ("Nissan", 50.0)}


def test_role_of_a_named_person_with_title_and_date() -> None:
    facts = _facts(
        "Nissan appointed Ivan Espinosa as its chief executive, effective April 1.",
        published="2025-03-11",
    )
    rel = next(r for r in facts.relations if r.type == "HOLDS_ROLE")
    assert (rel.subject, rel.object, rel.props["title"]) == (
        "Ivan Espinosa",
        "Nissan",
        "chief executive",
    )
    assert rel.props["since"] == "2025-04-01"


def test_an_unnamed_person_is_not_an_entity() -> None:
    facts = _facts("Its former head was reassigned to Dongfeng Nissan, Autohome reports.")
    assert not [e for e in facts.entities if e.label == "Person"]


def test_sales_figures_get_periods_markets_and_the_precise_figure() -> None:
    facts = _facts(
        "Infiniti sold about 1,900 cars in China in the first ten months of the year. "
        "Between January and October, the brand sold 1,916 vehicles there, against 5,825 "
        "units in all of 2023."
    )
    sales = sorted(
        (e.quantity, e.period_start, e.period_end) for e in facts.events if e.type == "SalesReport"
    )
    assert sales == [(1916, "2024-01-01", "2024-10-31"), (5825, "2023-01-01", "2023-12-31")]
    assert all(
        ("China", "market") in {(p.name, p.role) for p in e.participants}
        for e in facts.events
        if e.type == "SalesReport"
    )


def test_a_rumour_that_is_denied_is_one_denied_event() -> None:
    facts = _facts(
        "Rumours of a market exit have swirled around Infiniti in China. "
        "Infiniti has denied speculation that it plans to exit the market."
    )
    exits = [e for e in facts.events if e.type == "MarketExit"]
    assert len(exits) == 1 and exits[0].status == "denied"
    assert exits[0].evidence.startswith("Infiniti has denied")


def test_debut_at_an_auto_show_with_maker_and_venue() -> None:
    facts = _facts(
        "Infiniti debuted the QX60 Co-Creation Concept Edition at the Guangzhou Auto Show."
    )
    assert (
        "Debut",
        "completed",
        frozenset(
            {
                ("Infiniti QX60 Co-Creation Concept Edition", "subject"),
                ("Infiniti", "maker"),
                ("Guangzhou Auto Show", "venue"),
            }
        ),
    ) in _events(facts)


def test_credited_outlet_becomes_reported_by() -> None:
    facts = _facts(
        "Allegedly, the brand has undergone a restructuring at Infiniti, Autohome reports."
    )
    event = next(e for e in facts.events if e.type == "Restructuring")
    assert event.reported_by == "Autohome" and event.status == "reported"


def test_executive_change_roles() -> None:
    facts = _facts(
        "Toyota said Koji Sato will succeed Akio Toyoda as president on April 1.",
        published="2023-01-26",
    )
    event = next(e for e in facts.events if e.type == "ExecutiveChange")
    roles = {(p.name, p.role) for p in event.participants}
    assert {("Koji Sato", "person"), ("Akio Toyoda", "predecessor"), ("Toyota", "subject")} <= roles
    assert event.date == "2023-04-01"


def test_cancelled_merger_is_one_cancelled_event() -> None:
    facts = _facts(
        "Honda and Nissan called off their merger talks on Thursday.", published="2025-02-14"
    )
    event = next(e for e in facts.events if e.type == "Merger")
    assert event.status == "cancelled" and event.date == "2025-02-13"


def test_recall_with_quantity_and_market() -> None:
    facts = _facts(
        "Tesla is recalling 3,878 Cybertrucks in the United States over a pedal "
        "fault, it said on Wednesday.",
        published="2024-04-19",
    )
    event = next(e for e in facts.events if e.type == "Recall")
    assert (event.quantity, event.unit) == (3878, "vehicles")
    assert ("United States", "market") in {(p.name, p.role) for p in event.participants}


def test_anniversary_years() -> None:
    facts = _facts("Created to celebrate Infiniti's 35th anniversary, the car is purple.")
    event = next(e for e in facts.events if e.type == "Anniversary")
    assert (event.quantity, event.unit, event.date) == (35, "years", "2024")


def test_every_offset_matches_its_evidence() -> None:
    facts = _facts(
        "Volkswagen Group will invest $700 million in Xpeng, the companies said on "
        "Wednesday. Xpeng delivered 11,008 cars in June.",
        published="2023-07-27",
    )
    spans = [(r.evidence_start, r.evidence_end, r.evidence) for r in facts.relations]
    spans += [(e.evidence_start, e.evidence_end, e.evidence) for e in facts.events]
    for start, end, evidence in spans:
        assert facts.article.text[start:end] == evidence
    for entity in facts.entities:
        for span in entity.mentions:
            assert 0 <= span.start < span.end <= len(facts.article.text)


def test_a_succession_dates_both_tenures() -> None:
    facts = _facts(
        "Nissan said on Tuesday that Makoto Uchida will step down as chief executive, handing "
        "over to chief planning officer Ivan Espinosa with effect from April 1.",
        published="2025-03-12",
    )
    roles = {
        (r.subject, r.props.get("title"), r.props.get("since"), r.props.get("until"))
        for r in facts.relations
        if r.type == "HOLDS_ROLE" and r.rule == "role-succession"
    }
    assert roles == {
        ("Ivan Espinosa", "chief executive", "2025-04-01", None),
        ("Makoto Uchida", "chief executive", None, "2025-04-01"),
    }
