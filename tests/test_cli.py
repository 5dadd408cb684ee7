"""The CLI through click's runner: exact messages and exit codes."""

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import EXAMPLES


def test_every_command_has_help_text(runner: CliRunner) -> None:
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_query_prints_table_json_and_csv(runner: CliRunner, loaded_store: Path) -> None:
    cypher = "MATCH (j:JointVenture {name: $name}) RETURN j.name AS name, j.country AS country"
    args = ["query", cypher, "-p", "name=Dongfeng Nissan", "--store", str(loaded_store)]
    table = runner.invoke(cli, args)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["name", "country"]
    assert "Dongfeng Nissan" in table.output.splitlines()[2]
    as_json = runner.invoke(cli, [*args, "--format", "json"])
    assert json.loads(as_json.output) == [{"name": "Dongfeng Nissan", "country": "China"}]
    as_csv = runner.invoke(cli, [*args, "--format", "csv"])
    assert list(csv.reader(io.StringIO(as_csv.output))) == [
        ["name", "country"],
        ["Dongfeng Nissan", "China"],
    ]


def test_json_parameters_keep_their_type(runner: CliRunner, loaded_store: Path) -> None:
    result = runner.invoke(
        cli,
        ["query", "RETURN $n + 1 AS m", "-p", "n=41", "--store", str(loaded_store), "-f", "json"],
    )
    assert json.loads(result.output) == [{"m": 42}]


def test_a_cypher_error_exits_1_with_the_database_message(
    runner: CliRunner, loaded_store: Path
) -> None:
    result = runner.invoke(cli, ["query", "MATCH (n:Nope) RETURN n", "--store", str(loaded_store)])
    assert result.exit_code == 1
    assert result.output == "Error: Binder exception: Table Nope does not exist.\n"


def test_a_writing_statement_needs_write(runner: CliRunner, loaded_store: Path) -> None:
    result = runner.invoke(
        cli, ["query", "MATCH (n:Brand) DETACH DELETE n", "--store", str(loaded_store)]
    )
    assert result.exit_code == 2
    assert "this statement writes to the graph; add --write if that is intended" in result.output


def test_a_malformed_parameter_is_a_usage_error(runner: CliRunner, loaded_store: Path) -> None:
    result = runner.invoke(cli, ["query", "RETURN 1", "-p", "oops", "--store", str(loaded_store)])
    assert result.exit_code == 2
    assert "expected name=value, got 'oops'" in result.output


def test_load_reports_and_stats_are_stable(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "g.db")
    first = runner.invoke(cli, ["load", str(EXAMPLES), "--store", store])
    assert first.exit_code == 0, first.output
    assert first.output.startswith("loaded ")
    stats = runner.invoke(cli, ["stats", "--store", store]).output
    again = runner.invoke(cli, ["load", str(EXAMPLES), "--store", store])
    assert " 0 article(s)" in again.output.split(":")[0] + " "
    assert runner.invoke(cli, ["stats", "--store", store]).output == stats


def test_a_missing_file_fails_with_its_name(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["load", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "g.db")]
    )
    assert result.exit_code == 1
    assert f"failed: {tmp_path / 'nope.txt'}: no such file or folder" in result.output


def test_extract_prints_one_json_object_per_article(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(EXAMPLES / "01-infiniti-china-qx60.txt")])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["source"].endswith("01-infiniti-china-qx60.txt")
    assert {"entities", "relations", "events"} <= set(record)


def test_stats_on_a_missing_store_explains(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["stats", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["json"])
def test_export_node_link_reads_back_in_networkx(
    runner: CliRunner, loaded_store: Path, tmp_path: Path, fmt: str
) -> None:
    import networkx as nx

    out = tmp_path / "graph.json"
    result = runner.invoke(
        cli, ["export", "--format", fmt, "-o", str(out), "--store", str(loaded_store)]
    )
    assert result.exit_code == 0, result.output
    graph = nx.node_link_graph(json.loads(out.read_text()), edges="links")
    stats = json.loads(
        runner.invoke(
            cli,
            ["query", "MATCH (n) RETURN count(n) AS n", "-f", "json", "--store", str(loaded_store)],
        ).output
    )
    assert graph.number_of_nodes() == stats[0]["n"]
