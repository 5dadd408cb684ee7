"""The whole graph (or a part of it) as a networkx MultiDiGraph, the input of every exporter."""

import networkx as nx

from kg.export.records import edge_records, node_records
from kg.store import GraphStore


def snapshot(store: GraphStore, include_text: bool = False) -> "nx.MultiDiGraph[str]":
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in node_records(store, include_text):
        graph.add_node(node, **data)
    for source, target, key, data in edge_records(store):
        graph.add_edge(source, target, key=key, **data)
    return graph
