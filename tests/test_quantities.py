import pytest

from kg.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("sold only 1,916 vehicles", 1916, "vehicles"),
        ("the 5,825 units it moved", 5825, "vehicles"),
        ("a charge of $5 billion", 5_000_000_000, "USD"),
        ("paid 1.5 billion euros", 1_500_000_000, "EUR"),
        ("more than forty-six thousand cars", 46_000, "vehicles"),
        ("it bought roughly a fifth of the firm", 20, "percent"),
        ("a 75% stake", 75, "percent"),
        ("to cut 3,000 jobs", 3000, "jobs"),
        ("profit of ¥4.8 trillion", 4_800_000_000_000, "JPY"),
        ("about 12.5 percent", 12.5, "percent"),
        ("a 10 billion yuan plan", 10_000_000_000, "CNY"),
        ("delivered 846,237 BMW and Mini vehicles", 846_237, "vehicles"),
        ("sold to NAMI for one euro", 1, "EUR"),
    ],
)
def test_figures(text: str, value: float, unit: str) -> None:
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_years_are_not_figures() -> None:
    assert find_quantities("in 2023 the brand grew") == []


def test_approximate_figures_are_flagged() -> None:
    (quantity,) = find_quantities("nearly 1.8 million vehicles")
    assert quantity.approximate and quantity.value == 1_800_000
