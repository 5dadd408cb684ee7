"""Ownership, stake and joint-venture rules, on sentences written for the test."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts


def _facts(text: str, published: str = "2024-11-18") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _props(facts: ArticleFacts) -> dict[tuple[str, str, str], dict[str, object]]:
    return {(r.subject, r.type, r.object): r.props for r in facts.relations}


def test_stake_list_gives_each_holder_of_a_venture_its_share() -> None:
    facts = _facts("Beijing Benz, of which BAIC Motor owns 51% and Mercedes-Benz Group 49%, grew.")
    props = _props(facts)
    assert props[("BAIC Motor", "PARTNER_IN", "Beijing Benz")]["stake"] == 51.0
    assert props[("Mercedes-Benz Group", "PARTNER_IN", "Beijing Benz")]["stake"] == 49.0
    assert not any(r.type == "OWNED_BY" for r in facts.relations)


def test_stake_list_by_holders_of_a_company() -> None:
    facts = _facts(
        "Lynk & Co sold well. It is owned 50% by Geely Automobile Holdings, 30% by Volvo Cars "
        "and 20% by Zhejiang Geely Holding Group."
    )
    props = _props(facts)
    assert props[("Lynk & Co", "OWNED_BY", "Volvo Cars")]["stake"] == 30.0
    assert props[("Lynk & Co", "OWNED_BY", "Geely Holding")]["stake"] == 20.0


def test_stake_list_without_a_target_points_at_the_venture_just_named() -> None:
    facts = _facts(
        "GAC Mitsubishi will close its plant in Changsha this year. "
        "Mitsubishi Motors holds 30% and Mitsubishi Corporation the remaining 20%."
    )
    props = _props(facts)
    assert props[("Mitsubishi Motors", "PARTNER_IN", "GAC Mitsubishi")]["stake"] == 30.0
    assert props[("Mitsubishi Corporation", "PARTNER_IN", "GAC Mitsubishi")]["stake"] == 20.0


def test_stake_list_without_a_venture_whose_partners_fit_says_nothing() -> None:
    facts = _facts("Toyota reported record profits. Honda holds 30% and Nissan the remaining 20%.")
    assert not [r for r in facts.relations if r.type in ("OWNED_BY", "PARTNER_IN")]


def test_a_holding_in_a_joint_venture_is_a_partnership() -> None:
    facts = _facts("GM also holds 44% of SAIC-GM-Wuling, which builds small cars.")
    props = _props(facts)
    assert props[("General Motors", "PARTNER_IN", "SAIC-GM-Wuling")]["stake"] == 44.0
    assert not any(r.type == "OWNED_BY" for r in facts.relations)


def test_kb_link_is_not_read_from_two_names_in_a_list() -> None:
    facts = _facts("The group delivered 846,237 BMW and Mini vehicles to customers in Japan.")
    assert not any(r.type == "OWNED_BY" for r in facts.relations)


def test_kb_link_is_not_read_from_a_planned_stake() -> None:
    facts = _facts(
        "Volkswagen Group will invest $700 million in Xpeng and take a 4.99% stake in it."
    )
    assert not any(r.type == "OWNED_BY" for r in facts.relations)


def test_kb_link_is_not_read_from_where_a_brand_began_life() -> None:
    facts = _facts("Polestar, the electric brand that began life inside Volvo Cars, grew fast.")
    assert ("Polestar", "OWNED_BY", "Volvo Cars") not in _props(facts)


def test_kb_link_to_a_person_owner_needs_an_ownership_word() -> None:
    facts = _facts("Nio founder William Li, known as Li Bin, said the three brands will grow.")
    assert not any(r.type == "OWNED_BY" for r in facts.relations)


def test_kb_past_role_needs_a_title_in_the_sentence() -> None:
    facts = _facts("Carlos Tavares, who previously ran PSA Group, visited Turin on Monday.")
    assert not any(r.type == "HOLDS_ROLE" and r.object == "PSA Group" for r in facts.relations)


def test_kb_link_keeps_an_appositive_parent() -> None:
    facts = _facts("BAIC Group, the state-owned parent of BAIC Motor, reported results on Monday.")
    assert ("BAIC Motor", "OWNED_BY", "BAIC Group") in _props(facts)


def test_owned_possessive_pronoun_rule() -> None:
    facts = _facts(
        "Zhejiang Geely Holding Group reported results. Its listed flagship, Geely Automobile "
        "Holdings, sold more cars."
    )
    assert ("Geely Auto", "OWNED_BY", "Geely Holding") in _props(facts)


def test_owned_appositive_of_takes_any_modifier() -> None:
    facts = _facts("GAC Aion, the electric-vehicle arm of GAC, will take over the plant.")
    rel = next(r for r in facts.relations if r.type == "OWNED_BY")
    assert (rel.subject, rel.object, rel.rule) == ("Aion", "GAC Group", "owned-appositive-of")


def test_stake_holder_with_an_appositive_and_no_kb_link_for_its_unit() -> None:
    facts = _facts(
        "BAIC Group, the state-owned parent of BAIC Motor, holds 10% of Mercedes-Benz Group."
    )
    props = _props(facts)
    assert props[("Mercedes-Benz Group", "OWNED_BY", "BAIC Group")]["stake"] == 10.0
    assert ("BAIC Motor", "OWNED_BY", "Mercedes-Benz Group") not in props


def test_owned_by_with_fillers_reads_since() -> None:
    facts = _facts("Jaguar Land Rover has been wholly owned by Tata Motors since 2008.")
    props = _props(facts)[("Jaguar Land Rover", "OWNED_BY", "Tata Motors")]
    assert props["since"] == "2008"


def test_owned_possessive_named_rule() -> None:
    facts = _facts("On Monday, VW's Audi brand signed a deal with SAIC Motor.")
    rel = next(r for r in facts.relations if r.type == "OWNED_BY")
    assert (rel.subject, rel.object) == ("Audi", "Volkswagen Group")


def test_owned_shareholder_rules() -> None:
    facts = _facts(
        "Mitsubishi Motors, in which Nissan is the largest shareholder, joined the talks. "
        "Foxconn called Renault, Nissan's largest shareholder, on Friday."
    )
    rels = _props(facts)
    assert ("Mitsubishi Motors", "OWNED_BY", "Nissan") in rels
    assert ("Nissan", "OWNED_BY", "Renault") in rels
    assert ("Renault", "OWNED_BY", "Nissan") not in rels


def test_sale_ends_the_sellers_holding_and_starts_the_buyers() -> None:
    facts = _facts(
        "Renault left Russia: in May 2022 it handed its 68% stake in AvtoVAZ to the state-run "
        "NAMI institute for one rouble."
    )
    props = _props(facts)
    assert props[("AvtoVAZ", "OWNED_BY", "Renault")]["until"] == "2022-05"
    assert props[("AvtoVAZ", "OWNED_BY", "NAMI")] == {"stake": 68.0, "since": "2022-05"}


def test_a_planned_sale_is_not_a_sale() -> None:
    facts = _facts("Renault agreed to sell AvtoVAZ to NAMI, the ministry said in March 2022.")
    assert ("AvtoVAZ", "OWNED_BY", "NAMI") not in _props(facts)


def test_reference_with_a_place_modifier_finds_a_company_of_that_country() -> None:
    facts = _facts(
        "Jaguar Land Rover is owned by Tata Motors. In 2008 the Mumbai-based group bought "
        "Jaguar Land Rover from Ford."
    )
    assert ("Jaguar Land Rover", "OWNED_BY", "Tata Motors") in _props(facts)
    assert _props(facts)[("Jaguar Land Rover", "OWNED_BY", "Ford")]["until"] == "2008"


def test_reference_owner_of_a_brand_is_the_owner_the_kb_knows() -> None:
    facts = _facts(
        "Sony Honda Mobility showed a sedan. Sony Group and Honda set up the company in 2022. "
        "The company's Afeela brand first appeared two years ago."
    )
    rels = _props(facts)
    assert ("Afeela", "OWNED_BY", "Sony Honda Mobility") in rels
    assert ("Afeela", "OWNED_BY", "Sony Group") not in rels


def test_nationalities_joined_by_hyphens_are_not_a_company() -> None:
    facts = _facts("Stellantis paid 1.5 billion euros, the Franco-Italian-American group said.")
    assert not any(e.name == "Franco-Italian-American" for e in facts.entities)


def test_kb_models_with_digits_and_series_brands() -> None:
    facts = _facts(
        "Honda brought the Honda 0 SUV and the Honda 0 Saloon to CES, and Sony Honda Mobility "
        "showed the Afeela 1, which Afeela will sell next year."
    )
    rels = _props(facts)
    assert ("Honda", "MAKES", "Honda 0 SUV") in rels
    assert ("Honda", "MAKES", "Honda 0 Saloon") in rels
    assert ("Afeela", "MAKES", "Afeela 1") in rels


def test_etech_kind_belongs_to_the_vehicle_name() -> None:
    facts = _facts("Ampere builds the Renault 5 E-Tech electric at Douai in France.")
    rels = _props(facts)
    assert ("Ampere", "MAKES", "Renault 5 E-Tech electric") in rels


def test_maker_verb_stops_at_the_next_clause_and_the_next_maker() -> None:
    facts = _facts(
        "Ampere builds the Renault 5 E-Tech electric at Douai, and the hatchback shared a title "
        "with the Alpine A290. Since 2005 Hyundai has assembled cars in Montgomery, where its "
        "luxury brand Genesis also builds the GV70 Electrified."
    )
    rels = _props(facts)
    assert ("Ampere", "MAKES", "Alpine A290") not in rels
    assert ("Hyundai Motor", "MAKES", "Genesis GV70 Electrified") not in rels
    assert ("Genesis", "MAKES", "Genesis GV70 Electrified") in rels


def test_maker_verb_after_a_long_appositive() -> None:
    facts = _facts(
        "GM Korea, about 77% owned by General Motors with state-run Korea Development Bank "
        "holding roughly 17%, builds the Chevrolet Trailblazer at Bupyeong."
    )
    assert ("GM Korea", "MAKES", "Chevrolet Trailblazer") in _props(facts)


def test_role_person_who_became_org_title() -> None:
    facts = _facts(
        "José Muñoz, who became Hyundai Motor's chief executive in January, spoke on Wednesday.",
        published="2025-03-26",
    )
    rel = next(r for r in facts.relations if r.type == "HOLDS_ROLE")
    assert (rel.subject, rel.object, rel.props["title"]) == (
        "José Muñoz",
        "Hyundai Motor",
        "chief executive",
    )
    assert rel.props["since"] == "2025-01"


def test_role_org_led_by_person() -> None:
    facts = _facts("Leapmotor International is led by chief executive Tianshu Xin, it said.")
    rel = next(r for r in facts.relations if r.type == "HOLDS_ROLE")
    assert (rel.object, rel.props["title"], rel.rule) == (
        "Leapmotor International",
        "chief executive",
        "role-org-led-by-person",
    )


def test_a_date_that_opens_something_else_does_not_end_a_kb_holding() -> None:
    facts = _facts(
        "Volvo Cars cut prices. The company has been controlled by Zhejiang Geely Holding since "
        "2010, when the Chinese group bought it from Ford. Geely Holding still owns roughly 78% "
        "of Volvo Cars, whose shares have traded in Stockholm since 2021.",
        published="2025-05-27",
    )
    props = _props(facts)
    assert props[("Volvo Cars", "OWNED_BY", "Geely Holding")] == {"since": "2010", "stake": 78.0}
    assert props[("Volvo Cars", "OWNED_BY", "Ford")] == {"until": "2010"}
