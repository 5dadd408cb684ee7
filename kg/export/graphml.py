"""GraphML (yEd, Gephi, Cytoscape desktop), through networkx's GraphML writer.

Nodes: ``label`` is the display name, ``labels`` the graph label, then the properties; lists
are JSON text (see kg.export.values). Edges: ``label`` is the relationship type; each edge's
GraphML id is stable and unique (``e`` and 16 hex digits of its endpoints and key).
"""

from typing import IO, Literal

import networkx as nx

from kg.export.graphml_stream import GraphmlStream
from kg.export.records import edge_records, node_records
from kg.export.values import edge_id, flat_edge, flat_node
from kg.store import GraphStore


def flat_graph(graph: "nx.MultiDiGraph[str]") -> "nx.MultiDiGraph[str]":
    """The graph with scalar attributes only, as GraphML needs them."""
    view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    view.graph.update(graph.graph)
    for node, data in graph.nodes(data=True):
        view.add_node(node, **flat_node(node, data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        view.add_edge(u, v, key=key, id=edge_id(u, v, key), **flat_edge(data))
    return view


class GraphmlExporter:
    name = "graphml"
    aliases = ("graph-ml",)
    summary = "GraphML (yEd, Gephi, Cytoscape desktop)"
    suffixes = (".graphml",)
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        for line in nx.generate_graphml(flat_graph(graph), edge_id_from_attribute="id"):
            stream.write(line + "\n")

    def write_store(
        self, store: GraphStore, stream: IO[str], include_text: bool
    ) -> tuple[int, int]:
        """The whole store, streamed: the same document as write(snapshot(store))."""
        writer = GraphmlStream(stream, include_text)
        writer.begin()
        nodes = writer.nodes(node_records(store, include_text))
        edges = writer.edges(edge_records(store))
        writer.end()
        return nodes, edges
