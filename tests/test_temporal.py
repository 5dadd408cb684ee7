import pytest

from kg.extract.temporal import find_dates

PUBLISHED = "2024-11-18"  # a Monday


def _one(text: str, published: str = PUBLISHED) -> tuple[str, str, str, str]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    return text[d.start : d.end], d.date, d.period_start, d.period_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("during the first 10 months of the year", ("2024-01-01", "2024-10-31")),
        ("Between January and October, it sold", ("2024-01-01", "2024-10-31")),
        ("throughout all of 2023", ("2023-01-01", "2023-12-31")),
        ("profit in Q3 2024 fell", ("2024-07-01", "2024-09-30")),
        ("in the third quarter, profit fell", ("2024-07-01", "2024-09-30")),
        ("in the first half of 2025", ("2025-01-01", "2025-06-30")),
        ("for the fiscal year ended March 31, 2025", ("2024-04-01", "2025-03-31")),
        ("in the first nine months of last year", ("2023-01-01", "2023-09-30")),
        ("In the three months to September, revenue fell", ("2024-07-01", "2024-09-30")),
        ("in the twelve months to March, profit rose", ("2023-04-01", "2024-03-31")),
    ],
)
def test_periods(text: str, expected: tuple[str, str]) -> None:
    assert _one(text)[2:] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it happened last December", "2023-12"),
        ("it opened on Sunday", "2024-11-17"),
        ("on November 5, 2024 the firm", "2024-11-05"),
        ("since 2019 the brand", "2019"),
        ("in March 2025 it will", "2025-03"),
        ("the change will take effect April 1", "2025-04-01"),
        ("it was founded last year", "2023"),
        ("announced yesterday", "2024-11-17"),
        ("it launched last spring", "2023"),
        ("it reached dealers in the spring of 2022", "2022"),
    ],
)
def test_points(text: str, value: str) -> None:
    assert _one(text)[1] == value


def test_a_quarter_not_yet_over_is_last_years() -> None:
    assert _one("fourth-quarter deliveries", "2024-11-18")[2] == "2023-10-01"


def test_numbers_that_are_not_years_are_ignored() -> None:
    assert find_dates("it sold 2023 units and 1,916 vehicles", PUBLISHED) == []


def test_a_season_needs_a_determiner_or_a_year() -> None:
    assert find_dates("spring is here", PUBLISHED) == []
