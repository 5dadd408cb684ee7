"""The benchmarks still run: the corpus generator is deterministic and `python -m bench --quick`
goes end to end on a small corpus. (The figures themselves are not tested.)"""

import json
from pathlib import Path

from bench import generate, templates
from bench.run import main
from kg.model.vocabulary import EVENT_TYPES


def test_the_generator_is_deterministic_and_covers_every_event_type(tmp_path: Path) -> None:
    assert set(templates.EVENT_TYPES) == set(EVENT_TYPES)
    for table in (templates.HEADLINES, templates.LEADS, templates.DETAILS):
        assert set(table) == set(EVENT_TYPES)
    first = [generate.article(i, seed=3) for i in range(40)]
    again = [generate.article(i, seed=3) for i in range(40)]
    assert first == again
    assert len({a.body for a in first}) == 40
    assert generate.article(5, seed=4) != first[5]
    one = generate.write_corpus(tmp_path / "a", 30, start=10, seed=3)
    two = generate.write_corpus(tmp_path / "b", 30, start=10, seed=3)
    assert [p.read_bytes() for p in one.files()] == [p.read_bytes() for p in two.files()]
    assert one.files()[0].read_text(encoding="utf-8") == first[10].file_text()
    title, published, publisher, body = generate.read_article(one.files()[0])
    assert (title, published, publisher, body.strip()) == (
        first[10].title,
        first[10].published,
        first[10].publisher,
        first[10].body,
    )


def test_the_quick_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    assert main(["--quick", "--data", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results-50.json").read_text(encoding="utf-8"))
    figures = {row["benchmark"]: row["figure"] for row in results["rows"]}
    assert "extraction, 1 core" in figures
    assert "autokg load 50 articles (-j 2)" in figures
    assert figures["write path alone (pre-extracted facts)"].split()[0].replace(",", "").isdigit()
    assert results["details"]["write"]["articles"] == 50
    assert any(name.startswith("query ") for name in figures)
    assert not [f for f in figures.values() if f.startswith("error")]
    assert {"export graphml", "export html", "export turtle"} <= set(figures)
