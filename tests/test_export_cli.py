"""autokg export on the command line: formats, selections, messages and exit codes."""

from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from kg.cli import cli
from kg.export import EXPORTERS


def run(runner: CliRunner, store: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, ["export", "--store", str(store), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_list_names_every_format(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--list"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()[2:]]
    assert names == [e.name for e in EXPORTERS]


def test_the_format_follows_the_output_file_ending(
    runner: CliRunner, loaded_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "graph.graphml"
    code, output = run(runner, loaded_store, "-o", str(out))
    assert code == 0, output
    assert output.startswith(f"wrote graphml to {out}: ")
    assert nx.read_graphml(out, force_multigraph=True).number_of_nodes() > 100


def test_a_subgraph_export_names_its_selection(
    runner: CliRunner, loaded_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "infiniti.gexf"
    code, output = run(
        runner,
        loaded_store,
        "--around",
        "infiniti",
        "--depth",
        "1",
        "--as-of",
        "2025",
        "--label",
        "brand",
        "--label",
        "Company",
        "-o",
        str(out),
    )
    assert code == 0, output
    graph = nx.read_gexf(out)
    assert {d["labels"] for _, d in graph.nodes(data=True)} <= {"Brand", "Company"}
    assert "org:infiniti" in graph and "org:nissan" in graph


def test_an_unknown_entity_fails_with_suggestions(runner: CliRunner, loaded_store: Path) -> None:
    code, output = run(runner, loaded_store, "--around", "Infinity")
    assert code == 1
    assert output.startswith("Error: no entity named 'Infinity' in the graph; did you mean ")
    assert "Infiniti" in output


def test_misuse_exits_2(runner: CliRunner, loaded_store: Path, tmp_path: Path) -> None:
    assert run(runner, loaded_store, "--depth", "2")[0] == 2
    code, output = run(runner, loaded_store, "--format", "xlsx")
    assert (code, "unknown export format 'xlsx'" in output) == (2, True)
    code, output = run(runner, loaded_store, "--format", "csv")
    assert (code, "csv writes several files: give a folder with -o DIR" in output) == (2, True)
    code, output = run(runner, loaded_store, "--as-of", "soon")
    assert (code, "--as-of: expected a date" in output) == (2, True)
    assert run(runner, loaded_store, "--label", "Car")[0] == 2


def test_a_drawing_of_the_whole_graph_is_refused_with_advice(
    runner: CliRunner, loaded_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.png"
    code, output = run(runner, loaded_store, "-o", str(out))
    assert code == 1
    assert "stays readable up to 300: narrow it with --around ENTITY" in output
    assert not out.exists()
    code, output = run(runner, loaded_store, "--max-nodes", "30", "-o", str(out))
    assert code == 0, output
    assert "note: kept the 30 most connected of" in output
    assert out.read_bytes().startswith(b"\x89PNG")
