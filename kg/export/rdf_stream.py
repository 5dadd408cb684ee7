"""Turtle of the whole store, written a chunk of nodes or edges at a time.

Each chunk goes through the same mapping as kg.export.rdf (RdfBuilder) into a small rdflib
graph, which rdflib's Turtle serializer writes out; each prefix is declared once, before its
first use.
The only thing an edge's triples need beyond the edge itself is the label of its two ends, so
memory holds a map of node ids to labels, not the graph.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any, TypeVar

import networkx as nx
from rdflib import Graph

from kg.export.rdf_mapping import RdfBuilder
from kg.export.records import EdgeRecord, NodeRecord, edge_records, node_records
from kg.store import GraphStore

CHUNK = 5_000
T = TypeVar("T")


class _LabelledBuilder(RdfBuilder):
    """The mapping, with the labels of nodes met earlier instead of a networkx graph."""

    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__(nx.MultiDiGraph())
        self.labels = labels

    def label_of(self, node: str) -> str | None:
        return self.labels.get(node)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _split(graph: Graph) -> tuple[list[str], str]:
    """The chunk's Turtle: its @prefix lines, and the rest."""
    lines = graph.serialize(format="turtle").splitlines()
    prefixes = [line for line in lines if line.startswith("@prefix ")]
    body = "\n".join(line for line in lines if not line.startswith("@prefix ")).strip("\n")
    return prefixes, body


def write_turtle(store: GraphStore, stream: IO[str], include_text: bool) -> tuple[int, int]:
    labels: dict[str, str] = {}
    written: set[str] = set()
    nodes = edges = 0
    chunk_nodes: list[NodeRecord]
    for chunk_nodes in _chunks(node_records(store, include_text), CHUNK):
        builder = _LabelledBuilder(labels)
        for node, data in chunk_nodes:
            labels[node] = str(data["label"])
            builder.add_node(node, data)
        _write_chunk(stream, builder.rdf, written)
        nodes += len(chunk_nodes)
    chunk_edges: list[EdgeRecord]
    for chunk_edges in _chunks(edge_records(store), CHUNK):
        builder = _LabelledBuilder(labels)
        for u, v, key, data in chunk_edges:
            builder.add_edge(u, v, key, data)
        _write_chunk(stream, builder.rdf, written)
        edges += len(chunk_edges)
    return nodes, edges


def _write_chunk(stream: IO[Any], graph: Graph, written: set[str]) -> None:
    """A prefix is declared before its first use and once only (rdflib binds some of its own)."""
    prefixes, body = _split(graph)
    fresh = [line for line in prefixes if line not in written]
    written.update(fresh)
    if fresh:
        stream.write("".join(line + "\n" for line in fresh))
    if body:
        stream.write("\n" + body + "\n")
