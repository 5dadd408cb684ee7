"""Sales figures and financial results: several per sentence, periods, markets, continuations."""

from kg.extract import extract_article
from kg.ids import article_id
from kg.model import Article, ArticleFacts, Event


def _facts(text: str, published: str = "2025-02-05") -> ArticleFacts:
    article = Article(id=article_id(text), published=published, publisher="Test Wire", text=text)
    return extract_article(article)


def _figures(facts: ArticleFacts, type_: str = "SalesReport") -> set[tuple[object, ...]]:
    return {
        (
            e.quantity,
            e.period_start,
            e.period_end,
            frozenset((p.name, p.role) for p in e.participants),
        )
        for e in facts.events
        if e.type == type_
    }


def _one(facts: ArticleFacts, type_: str) -> Event:
    found = [e for e in facts.events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_each_figure_takes_its_own_clause_subject_period_and_market() -> None:
    facts = _facts(
        "BYD sold 300,538 cars last month. Among the start-ups, Xpeng shipped 30,350 vehicles "
        "and edged past Li Auto, which sells only in China and handed over 29,927, down "
        "sharply from December's 58,513."
    )
    assert _figures(facts) >= {
        (30350, "2025-01-01", "2025-01-31", frozenset({("Xpeng", "subject")})),
        (
            29927,
            "2025-01-01",
            "2025-01-31",
            frozenset({("Li Auto", "subject"), ("China", "market")}),
        ),
        (
            58513,
            "2024-12-01",
            "2024-12-31",
            frozenset({("Li Auto", "subject"), ("China", "market")}),
        ),
    }


def test_a_comparison_date_is_not_the_period_of_the_figure() -> None:
    facts = _facts(
        "For the full year, Nio's deliveries climbed to 221,970, almost 39% more than in 2023.",
        published="2025-01-02",
    )
    assert {(q, s, e) for q, s, e, _ in _figures(facts)} == {(221970, "2024-01-01", "2024-12-31")}


def test_sales_continued_carries_the_subject_and_market_on() -> None:
    facts = _facts(
        "Sales at Dongfeng Nissan peaked at about 144,000 vehicles in China in 2018. "
        "In the first half of this year it managed only around 12,000.",
        published="2023-10-25",
    )
    sales = {e.quantity: e for e in facts.events if e.type == "SalesReport"}
    later = sales[12000]
    assert later.rule == "sales-continued"
    assert (later.period_start, later.period_end) == ("2023-01-01", "2023-06-30")
    assert {(p.name, p.role) for p in later.participants} == {
        ("Dongfeng Nissan", "subject"),
        ("China", "market"),
    }


def test_a_share_of_the_previous_figure_is_a_sales_figure_of_its_own() -> None:
    facts = _facts(
        "The Volkswagen Group delivered 2.93 million vehicles in China in 2024. "
        "The group's core Volkswagen brand accounted for some 2.2 million of them.",
        published="2025-01-16",
    )
    assert (
        2200000,
        "2024-01-01",
        "2024-12-31",
        frozenset({("Volkswagen", "subject"), ("China", "market")}),
    ) in _figures(facts)


def test_a_running_total_starts_on_the_day_the_sentence_names() -> None:
    facts = _facts(
        "The Xiaomi SU7 went on sale on March 28 last year, and Xiaomi delivered more than "
        "135,000 of them by the end of December.",
        published="2025-06-27",
    )
    assert {(q, s, e) for q, s, e, _ in _figures(facts)} == {(135000, "2024-03-28", "2024-12-31")}


def test_a_joint_venture_sells_in_its_home_market() -> None:
    facts = _facts(
        "Sales at GAC Mitsubishi peaked at 144,000 vehicles in 2018.", published="2023-10-25"
    )
    roles = {(p.name, p.role) for p in _one(facts, "SalesReport").participants}
    assert ("China", "market") in roles


def test_two_results_in_one_sentence_and_the_three_months_to_september() -> None:
    facts = _facts(
        "In the three months to September, JLR's revenue fell about 6% to 6.5 billion pounds, "
        "while pre-tax profit came to 398 million pounds.",
        published="2024-12-03",
    )
    results = _figures(facts, "FinancialResult")
    assert {(q, s, e) for q, s, e, _ in results} == {
        (6.5e9, "2024-07-01", "2024-09-30"),
        (398e6, "2024-07-01", "2024-09-30"),
    }


def test_changes_forecasts_and_prices_are_not_results() -> None:
    facts = _facts(
        "Special items reduced Ford's net income by more than $5 billion in the fourth quarter. "
        "Nissan now expects a net loss of 80 billion yen for the fiscal year. "
        "Xiaomi priced the YU7 at 253,500 yuan, exactly 10,000 yuan less than Tesla charges "
        "for its Model Y.",
        published="2025-01-29",
    )
    assert not [e for e in facts.events if e.type == "FinancialResult"]


def test_financial_continued_a_year_earlier_and_the_market_of_an_operation() -> None:
    facts = _facts(
        "Toyota earned an operating profit of 5.35 trillion yen in the twelve months to March. "
        "That was almost double the 2.73 trillion yen it made a year earlier. "
        "Toyota said its China operations returned to a small profit in the fourth quarter, "
        "with equity income of $17 million.",
        published="2024-05-09",
    )
    results = {e.quantity: e for e in facts.events if e.type == "FinancialResult"}
    earlier = results[2.73e12]
    assert earlier.rule == "financial-continued"
    assert (earlier.period_start, earlier.period_end) == ("2022-04-01", "2023-03-31")
    china = results[17e6]
    assert ("China", "market") in {(p.name, p.role) for p in china.participants}
    assert (china.period_start, china.period_end) == ("2023-10-01", "2023-12-31")
