"""The full load and every named query against a real Neo4j, compared with the embedded store.

Runs when NEO4J_URI is set (with NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE as Neo4j's
own tools read them), for example against a throwaway container:

    docker run --rm -p 7687:7687 -e NEO4J_AUTH=neo4j/testtest123 neo4j:5
    NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=testtest123 \\
        python3 -m pytest tests/test_neo4j_integration.py

The tests empty the database first: they refuse to touch one that holds data unless
AUTOKG_NEO4J_WIPE=1 says that is fine.
"""

import math
import os
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.api import load
from kg.cli.options import parse_params
from kg.model.graph_schema import NODE_TYPES
from kg.named_queries import all_queries, run_named_query
from kg.store import open_store
from kg.store.base import GraphStore
from kg.store.neo4j_store import Neo4jStore

from .conftest import EXAMPLES

pytestmark = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="no Neo4j server: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to run these "
    "against one (README, 'Neo4j')",
)


def _wipe(store: Neo4jStore) -> None:
    store.query("MATCH (n) DETACH DELETE n", write=True)


@pytest.fixture(scope="module")
def neo4j() -> Iterator[Neo4jStore]:
    store = Neo4jStore.from_uri(os.environ["NEO4J_URI"])
    (count,) = store.query("MATCH (n) RETURN count(n) AS n").rows[0]
    if count and os.environ.get("AUTOKG_NEO4J_WIPE") != "1":
        store.close()
        pytest.skip(
            f"the Neo4j database holds {count} nodes; set AUTOKG_NEO4J_WIPE=1 to let "
            "these tests empty it"
        )
    yield store
    store.close()


@pytest.fixture(scope="module")
def embedded(loaded_store: Path) -> Iterator[GraphStore]:
    store = open_store(str(loaded_store), read_only=True)
    yield store
    store.close()


def _same(value: Any) -> Any:
    """Values compared across stores: numbers as floats, lists and maps element by element."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return round(float(value), 6) if math.isfinite(value) else value
    if isinstance(value, list | tuple):
        return [_same(v) for v in value]
    if isinstance(value, dict):
        return {k: _same(v) for k, v in value.items()}
    return value


def test_loading_the_examples_gives_the_same_graph(neo4j: Neo4jStore, embedded: GraphStore) -> None:
    _wipe(neo4j)
    report = load([str(EXAMPLES)], neo4j)
    assert report.ok and report.loaded > 0
    assert neo4j.stats() == embedded.stats()
    again = load([str(EXAMPLES)], neo4j)
    assert again.loaded == 0 and again.already_stored == report.loaded
    assert neo4j.stats() == embedded.stats()


def test_every_named_query_returns_the_same_rows(neo4j: Neo4jStore, embedded: GraphStore) -> None:
    if neo4j.stats() != embedded.stats():
        _wipe(neo4j)
        load([str(EXAMPLES)], neo4j)
    for query in all_queries():
        args = shlex.split(query.example)
        pairs = tuple(args[i + 1] for i, a in enumerate(args) if a == "-p")
        params = parse_params(pairs)
        ours = run_named_query(embedded, query, params)
        theirs = run_named_query(neo4j, query, params)
        assert theirs.columns == ours.columns, query.name
        assert _same(theirs.rows) == _same(ours.rows), query.name


def test_push_copies_the_embedded_store(neo4j: Neo4jStore, embedded: GraphStore) -> None:
    _wipe(neo4j)
    copied = neo4j.copy_from(embedded)
    counts = embedded.stats()
    assert copied["nodes"] == sum(counts[n.label] for n in NODE_TYPES)
    assert neo4j.stats() == counts
    neo4j.copy_from(embedded)
    assert neo4j.stats() == counts
