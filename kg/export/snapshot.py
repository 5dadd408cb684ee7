"""The whole graph (or a part of it) as a networkx MultiDiGraph, the input of every exporter."""

from typing import Any

import networkx as nx

from kg.store import GraphStore


def _clean(properties: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in properties.items() if v is not None and v != []}


def snapshot(store: GraphStore, include_text: bool = False) -> "nx.MultiDiGraph[str]":
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in store.nodes():
        props = _clean(node.properties)
        if not include_text:
            props.pop("text", None)
        graph.add_node(node.id, label=node.label, **{k: v for k, v in props.items() if k != "id"})
    for edge in store.edges():
        props = _clean(edge.properties)
        key = ":".join((edge.type, *(str(props.get(k, "")) for k in ("source", "role", "title"))))
        graph.add_edge(edge.source, edge.target, key=key, type=edge.type, **props)
    return graph
