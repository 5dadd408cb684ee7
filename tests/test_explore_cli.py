"""The commands for everyday questions through click's runner: output, formats, exit codes."""

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.model.dates import interval_of

from .conftest import SEED


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared seed article (Infiniti at the Guangzhou Auto Show) in a store of its own."""
    path = tmp_path_factory.mktemp("seed") / "graph.db"
    result = CliRunner().invoke(cli, ["load", str(SEED / "article.txt"), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _json(result: Result) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(result.output)
    return records


def test_timeline_shows_the_seeds_events_in_order_with_their_status(
    runner: CliRunner, seed_store: Path
) -> None:
    result = runner.invoke(cli, ["timeline", "Infiniti", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Timeline of Infiniti (Brand, org:infiniti): ")
    assert lines[1].split() == [
        "date",
        "type",
        "status",
        "role",
        "quantity",
        "unit",
        "reported_by",
        "evidence",
    ]
    events = _json(
        runner.invoke(cli, ["timeline", "infiniti", "--store", str(seed_store), "-f", "json"])
    )
    starts = [interval_of(str(e["date"]).split("..")[0])[0] for e in events]
    assert starts == sorted(starts)
    assert [(e["type"], e["quantity"]) for e in events[:2]] == [
        ("SalesReport", 5825),
        ("SalesReport", 1916),
    ]
    statuses = {(e["type"], e["status"]) for e in events}
    assert {
        ("Debut", "completed"),
        ("MarketExit", "denied"),
        ("Restructuring", "reported"),
        ("Anniversary", "completed"),
    } <= statuses
    for event in events:
        assert f"{event['type']}  " in result.output or str(event["type"]) in result.output


def test_timeline_filters_and_csv(runner: CliRunner, seed_store: Path) -> None:
    result = runner.invoke(
        cli,
        [
            "timeline",
            "Infiniti",
            "--type",
            "SalesReport",
            "--to",
            "2023",
            "--store",
            str(seed_store),
            "-f",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.output)))
    assert table[0][:3] == ["date", "type", "status"]
    assert [row[:3] for row in table[1:]] == [["2023-01-01..2023-12-31", "SalesReport", "reported"]]


def test_an_unknown_entity_says_so_and_suggests(runner: CliRunner, seed_store: Path) -> None:
    result = runner.invoke(cli, ["timeline", "Infinity", "--store", str(seed_store)])
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: no entity named 'Infinity' in the graph; closest names: Infiniti"
    )
    assert "Traceback" not in result.output


def test_an_ambiguous_entity_lists_the_candidates(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "g.db")
    made = runner.invoke(
        cli,
        [
            "query",
            "CREATE (:Brand {id: 'org:a', name: 'Aurora', aliases: ['Twin'], in_kb: false}), "
            "(:Brand {id: 'org:b', name: 'Boreal', aliases: ['Twin'], in_kb: false})",
            "--write",
            "--store",
            store,
        ],
    )
    assert made.exit_code == 0, made.output
    result = runner.invoke(cli, ["relations", "Twin", "--store", store])
    assert result.exit_code == 1
    assert "'Twin' names 2 entities" in result.output
    assert "Aurora (Brand, org:a)" in result.output and "Boreal (Brand, org:b)" in result.output


def test_queries_lists_the_library(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["queries", "-f", "json"])
    assert result.exit_code == 0, result.output
    listed = {q["name"]: q for q in _json(result)}
    assert len(listed) >= 15
    assert listed["timeline"]["parameters"].startswith('entity: ENTITY, from: DATE = ""')
    shown = runner.invoke(cli, ["queries", "connection"])
    assert shown.exit_code == 0
    assert "allShortestPaths" in shown.output and "ALL SHORTEST" in shown.output
    assert "-p a: ENTITY" in shown.output
    ladybug = runner.invoke(cli, ["queries", "connection", "--dialect", "ladybug"])
    assert "allShortestPaths" not in ladybug.output and "ALL SHORTEST" in ladybug.output


def test_query_by_name_with_aliases_and_errors(runner: CliRunner, loaded_store: Path) -> None:
    store = ["--store", str(loaded_store)]
    result = runner.invoke(
        cli, ["query", "--name", "joint_ventures", "-p", "entity=nissan", *store, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert {("Dongfeng Nissan", "Dongfeng Motor"), ("Dongfeng Nissan", "Nissan")} <= {
        (r["joint_venture"], r["partner"]) for r in _json(result)
    }
    for args, message in [
        (["query", "--name", "timeline"], "timeline needs -p entity="),
        (
            ["query", "--name", "timeline", "-p", "entity=Infiniti", "-p", "when=2024"],
            "has no parameter when",
        ),
        (["query", "--name", "nope"], "no named query 'nope'"),
        (["query"], "give either a Cypher statement or --name NAME"),
        (["query", "RETURN 1", "--name", "timeline"], "give either a Cypher statement"),
        (
            ["query", "--name", "timeline", "-p", "entity=Infiniti", "--write"],
            "named queries only read",
        ),
    ]:
        failed = runner.invoke(cli, [*args, *store])
        assert failed.exit_code == 2, (args, failed.output)
        assert message in failed.output


def test_relations_follow_facts_breadth_first(runner: CliRunner, loaded_store: Path) -> None:
    result = runner.invoke(
        cli, ["relations", "Infiniti", "--depth", "2", "--store", str(loaded_store), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    facts = {(r["depth"], r["subject"], r["relation"], r["object"]) for r in _json(result)}
    assert (1, "Infiniti", "OWNED_BY", "Nissan") in facts
    assert (1, "Infiniti", "MAKES", "Infiniti QX60") in facts
    assert (2, "Nissan", "PARTNER_IN", "Dongfeng Nissan") in facts
    assert max(depth for depth, *_ in facts) == 2
    nearer = runner.invoke(
        cli, ["relations", "Infiniti", "--store", str(loaded_store), "-f", "json"]
    )
    assert {r["depth"] for r in _json(nearer)} == {1}
    assert (
        runner.invoke(
            cli, ["relations", "Infiniti", "--depth", "9", "--store", str(loaded_store)]
        ).exit_code
        == 2
    )


def test_path_prints_the_steps(runner: CliRunner, loaded_store: Path) -> None:
    result = runner.invoke(
        cli, ["path", "Infiniti", "Dongfeng Motor", "--store", str(loaded_store)]
    )
    assert result.exit_code == 0, result.output
    assert (
        "Infiniti -[OWNED_BY]-> Nissan -[PARTNER_IN]-> Dongfeng Nissan <-[PARTNER_IN]- "
        "Dongfeng Motor"
    ) in result.output
    same = runner.invoke(cli, ["path", "Infiniti", "infiniti", "--store", str(loaded_store)])
    assert same.exit_code == 2 and "are the same entity" in same.output


def test_evidence_of_facts_and_events(runner: CliRunner, loaded_store: Path) -> None:
    store = ["--store", str(loaded_store)]
    result = runner.invoke(cli, ["evidence", "Infiniti", "Nissan", *store, "-f", "json"])
    assert result.exit_code == 0, result.output
    sources = {r["source"] for r in _json(result)}
    assert "kb" in sources and any(s.startswith("article:") for s in sources)
    events = _json(
        runner.invoke(cli, ["timeline", "Infiniti", "--type", "MarketExit", *store, "-f", "json"])
    )
    shown = runner.invoke(cli, ["evidence", "--event", str(events[0]["event"]), *store])
    assert shown.exit_code == 0, shown.output
    assert "denied speculation" in shown.output
    assert runner.invoke(cli, ["evidence", *store]).exit_code == 2
    missing = runner.invoke(cli, ["evidence", "--event", "event:nope", *store])
    assert missing.exit_code == 1 and "no event 'event:nope'" in missing.output


def test_plot_draws_png_and_svg(runner: CliRunner, seed_store: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "timeline.png", tmp_path / "sales.svg"
    drawn = runner.invoke(
        cli, ["timeline", "Infiniti", "--plot", str(png), "--store", str(seed_store)]
    )
    assert drawn.exit_code == 0, drawn.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    series = runner.invoke(
        cli, ["sales", "Infiniti", "--plot", str(svg), "--store", str(seed_store), "-f", "json"]
    )
    assert series.exit_code == 0, series.output
    assert "<svg" in svg.read_text(encoding="utf-8")
    assert [r["quantity"] for r in json.loads(series.stdout)] == [5825, 1916]
    wrong = runner.invoke(
        cli, ["timeline", "Infiniti", "--plot", str(tmp_path / "t.pdf"), "--store", str(seed_store)]
    )
    assert wrong.exit_code == 2 and "name the file *.png or *.svg" in wrong.output


def test_push_needs_a_neo4j_uri_and_hides_the_password(
    runner: CliRunner, loaded_store: Path
) -> None:
    not_uri = runner.invoke(cli, ["push", "--to", "elsewhere.db", "--store", str(loaded_store)])
    assert not_uri.exit_code == 2 and "--to must be a Neo4j URI" in not_uri.output
    refused = runner.invoke(
        cli,
        ["push", "--to", "bolt://alice:hunter2-secret@127.0.0.1:1", "--store", str(loaded_store)],
    )
    assert refused.exit_code == 1
    assert "cannot connect to Neo4j at bolt://alice@127.0.0.1:1" in refused.output
    assert "hunter2-secret" not in refused.output


def test_overview_uses_the_named_timeline(runner: CliRunner, seed_store: Path) -> None:
    result = runner.invoke(cli, ["overview", "--timeline", "infiniti", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert "== Timeline of Infiniti ==" in result.output
    assert "Dongfeng Nissan  Dongfeng Motor" in result.output
    unknown = runner.invoke(cli, ["overview", "--timeline", "Nobody", "--store", str(seed_store)])
    assert unknown.exit_code == 0
    assert "== Timeline of Nobody: no entity named 'Nobody'" in unknown.output
