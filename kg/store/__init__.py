"""Graph stores: the embedded Ladybug default and, for larger graphs, Neo4j."""

import os
from pathlib import Path

from kg.store.base import GraphEdge, GraphNode, GraphStore, QueryResult, WriteOutcome

DEFAULT_STORE = "autokg.db"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def resolve_location(location: str | None) -> str:
    """--store, then AUTOKG_STORE, then NEO4J_URI, then ./autokg.db."""
    return (
        location or os.environ.get("AUTOKG_STORE") or os.environ.get("NEO4J_URI") or DEFAULT_STORE
    )


def is_neo4j(location: str) -> bool:
    return location.lower().startswith(NEO4J_SCHEMES)


def open_store(
    location: str | None = None, read_only: bool = False, lock_timeout: float = 10.0
) -> GraphStore:
    """The store at location; an embedded store waits up to lock_timeout s for another writer."""
    resolved = resolve_location(location)
    if is_neo4j(resolved):
        from kg.store.neo4j_store import Neo4jStore

        return Neo4jStore.from_uri(resolved, read_only=read_only)
    from kg.store.ladybug_store import LadybugStore

    return LadybugStore(Path(resolved), read_only=read_only, lock_timeout=lock_timeout)


__all__ = [
    "DEFAULT_STORE",
    "GraphEdge",
    "GraphNode",
    "GraphStore",
    "QueryResult",
    "WriteOutcome",
    "is_neo4j",
    "open_store",
    "resolve_location",
]
