"""The graph's nodes and edges as the exporters see them, read from the store one at a time.

Both the networkx snapshot (kg.export.snapshot) and the streaming exporters (kg.export.stream)
are built from these records, so they agree on every attribute and every edge key.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from kg.store import GraphStore
from kg.store.base import GraphEdge

#: (node id, attributes: label and the non-empty properties but id)
NodeRecord = tuple[str, dict[str, Any]]
#: (source id, target id, key, attributes: type and the non-empty properties)
EdgeRecord = tuple[str, str, str, dict[str, Any]]


def _clean(properties: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in properties.items() if v is not None and v != []}


def node_records(store: GraphStore, include_text: bool = False) -> Iterator[NodeRecord]:
    for node in store.nodes():
        props = _clean(node.properties)
        if not include_text:
            props.pop("text", None)
        yield node.id, {"label": node.label, **{k: v for k, v in props.items() if k != "id"}}


def edge_key(rel_type: str, props: dict[str, Any]) -> str:
    """An edge's key among the edges between its two nodes (part of its export id)."""
    return ":".join((rel_type, *(str(props.get(k, "")) for k in ("source", "role", "title"))))


def edge_records(store: GraphStore) -> Iterator[EdgeRecord]:
    return merged_records(store.edges())


def merged_records(edges: Iterable[GraphEdge]) -> Iterator[EdgeRecord]:
    """Edges with the same endpoints and key are one edge, the later one's properties over the
    earlier's (as networkx merges them); the store yields such edges one after the other, so
    only the edges between one pair of nodes are held at a time."""
    pair: tuple[str, str] | None = None
    held: dict[str, dict[str, Any]] = {}
    for edge in edges:
        if (edge.source, edge.target) != pair:
            if pair is not None:
                yield from ((pair[0], pair[1], key, data) for key, data in held.items())
            pair, held = (edge.source, edge.target), {}
        props = _clean(edge.properties)
        key = edge_key(edge.type, props)
        held.setdefault(key, {}).update(type=edge.type, **props)
    if pair is not None:
        yield from ((pair[0], pair[1], key, data) for key, data in held.items())
