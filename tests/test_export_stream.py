"""Whole-graph exports that stream from the store read back the same as the snapshot path."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export import export_graph, exporter_for, write_graph
from kg.export.records import merged_records
from kg.export.select import Selection
from kg.export.snapshot import snapshot
from kg.store import open_store
from kg.store.base import GraphEdge, GraphStore


@pytest.fixture(scope="module")
def store(loaded_store: Path) -> Iterator[GraphStore]:
    opened = open_store(str(loaded_store), read_only=True)
    try:
        yield opened
    finally:
        opened.close()


def _read_graphml(path: Path) -> "nx.MultiDiGraph[str]":
    graph = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def _nodes(graph: "nx.MultiDiGraph[str]") -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for node, data in graph.nodes(data=True):
        nodes[node] = data
    return nodes


def _edges(graph: "nx.MultiDiGraph[str]") -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


@pytest.mark.parametrize("include_text", [False, True])
def test_streamed_graphml_reads_back_as_the_snapshot_export(
    store: GraphStore, tmp_path: Path, include_text: bool
) -> None:
    old = tmp_path / "old.graphml"
    write_graph(exporter_for("graphml"), snapshot(store, include_text), str(old))
    new = tmp_path / "new.graphml"
    report = export_graph(store, "graphml", str(new), include_text=include_text)

    before, after = _read_graphml(old), _read_graphml(new)
    assert after.number_of_nodes() == before.number_of_nodes() > 400
    assert report.nodes == after.number_of_nodes()
    assert report.edges == after.number_of_edges() == before.number_of_edges() > 1000
    assert _nodes(after) == _nodes(before)
    assert _edges(after) == _edges(before)
    articles = [d for _, d in after.nodes(data=True) if d["labels"] == "Article"]
    assert all(("text" in d) == include_text for d in articles)
    assert any(isinstance(d.get("in_kb"), bool) for _, d in after.nodes(data=True))


def test_streamed_graphml_declares_each_key_once_with_the_snapshot_types(
    store: GraphStore, tmp_path: Path
) -> None:
    import xml.etree.ElementTree as ET

    def keys(path: Path) -> set[tuple[str, str, str]]:
        root = ET.parse(path).getroot()
        return {
            (k.attrib["for"], k.attrib["attr.name"], k.attrib["attr.type"])
            for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")
        }

    old = tmp_path / "old.graphml"
    write_graph(exporter_for("graphml"), snapshot(store), str(old))
    new = tmp_path / "new.graphml"
    export_graph(store, "graphml", str(new))
    # every key the snapshot path declares, with the same type; the stream declares the
    # schema's keys up front, so it may declare a few no edge of this graph uses
    assert keys(old) <= keys(new)
    names = [(scope, name) for scope, name, _ in keys(new)]
    assert len(names) == len(set(names))


def test_a_selection_still_goes_through_the_snapshot(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "part.graphml"
    report = export_graph(store, "graphml", str(out), Selection(labels=("Brand",)))
    graph = _read_graphml(out)
    assert report.nodes == graph.number_of_nodes() > 0
    assert {d["labels"] for _, d in graph.nodes(data=True)} == {"Brand"}


def test_a_failed_stream_leaves_no_file(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "graph.graphml"
    out.write_text("the previous export")

    def broken() -> Iterator[GraphEdge]:
        yield GraphEdge("a", "b", "MAKES", {})
        raise RuntimeError("the store went away")

    monkeypatch.setattr(store, "edges", broken)
    with pytest.raises(RuntimeError, match="went away"):
        export_graph(store, "graphml", str(out))
    assert out.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_edges_with_one_key_between_one_pair_merge_as_networkx_merges_them() -> None:
    edges = [
        GraphEdge("a", "b", "OWNED_BY", {"source": "kb", "since": "2010", "stake": 50.0}),
        GraphEdge("a", "b", "OWNED_BY", {"source": "kb", "until": "2020", "stake": None}),
        GraphEdge("a", "b", "MAKES", {"source": "kb"}),
        GraphEdge("a", "c", "OWNED_BY", {"source": "kb"}),
    ]
    merged = list(merged_records(edges))
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for edge in edges:
        props = {k: v for k, v in edge.properties.items() if v is not None}
        key = ":".join((edge.type, str(props.get("source", "")), "", ""))
        graph.add_edge(edge.source, edge.target, key=key, type=edge.type, **props)
    assert merged == list(graph.edges(keys=True, data=True))
    assert merged[0][3] == {
        "type": "OWNED_BY",
        "source": "kb",
        "since": "2010",
        "stake": 50.0,
        "until": "2020",
    }


def test_the_store_reads_every_node_and_edge_whatever_the_page_size(
    loaded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.store import ladybug_store

    def read() -> tuple[list[Any], list[Any]]:
        opened = open_store(str(loaded_store), read_only=True)
        try:
            nodes = sorted((n.id, n.label, sorted(n.properties.items())) for n in opened.nodes())
            edges = [
                (e.source, e.target, e.type, repr(sorted(e.properties.items())))
                for e in opened.edges()
            ]
            return nodes, edges
        finally:
            opened.close()

    nodes, edges = read()
    monkeypatch.setattr(ladybug_store, "NODE_PAGE", 7)
    monkeypatch.setattr(ladybug_store, "EDGE_PAGE", 5)
    small_nodes, small_edges = read()
    assert small_nodes == nodes and len(nodes) > 400
    assert sorted(small_edges) == sorted(edges) and len(edges) > 1000
    # the edges between one pair of nodes come one after the other
    seen: set[tuple[str, str, str]] = set()
    previous = None
    for source, target, kind, _ in small_edges:
        if (source, target, kind) != previous:
            assert (source, target, kind) not in seen
            seen.add((source, target, kind))
            previous = (source, target, kind)


def test_streamed_turtle_is_isomorphic_to_the_snapshot_export(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.export import rdf_stream
    from kg.export.rdf_mapping import to_rdf

    monkeypatch.setattr(rdf_stream, "CHUNK", 97)  # many chunks, edges far from their nodes
    out = tmp_path / "graph.ttl"
    report = export_graph(store, "turtle", str(out))
    streamed = Graph().parse(out, format="turtle")
    whole = to_rdf(snapshot(store))
    assert len(streamed) == len(whole) > 5000
    assert isomorphic(streamed, whole)
    assert report.nodes == snapshot(store).number_of_nodes()
    prefix_lines = [line for line in out.read_text().splitlines() if line.startswith("@prefix")]
    assert len(prefix_lines) == len(set(prefix_lines)) > 3


def test_a_selection_still_exports_turtle_through_the_snapshot(
    store: GraphStore, tmp_path: Path
) -> None:
    from rdflib import Graph

    out = tmp_path / "around.ttl"
    report = export_graph(store, "turtle", str(out), Selection(around="Infiniti", depth=1))
    assert 1 < report.nodes < 100
    assert len(Graph().parse(out, format="turtle")) > 10
