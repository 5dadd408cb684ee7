"""The Neo4j store: the same graph and the same load semantics as the embedded store, on a
Neo4j server, through the official `neo4j` driver.

- Where: `--store bolt://...`, `neo4j://...`, `neo4j+s://...` (user and password may be in the
  URI), or Neo4j's own environment variables NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
  NEO4J_DATABASE. The password is never printed: descriptions and error messages leave it out.
- Schema: the uniqueness constraints and indexes of kg.store.neo4j_cypher, created on the first
  write (`IF NOT EXISTS`, so every later run finds them).
- Writes: the rows of kg.store.rows in batched `UNWIND $rows AS row ... MERGE` statements; each
  article in one managed write transaction (`session.execute_write`), which the driver retries
  on transient errors, so the transaction function only reads its prepared statements. MERGE
  keeps re-loads idempotent.
- Reads: `driver.execute_query` with read routing.
"""

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from kg import __version__
from kg.errors import AutokgError, QueryError, StoreError
from kg.model import ArticleFacts
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type, rel_type
from kg.store import neo4j_cypher as cy
from kg.store.base import GraphEdge, GraphNode, GraphStore, QueryResult, WriteOutcome
from kg.store.batch import BatchPlan, distinct_articles, merge_plans, outcomes
from kg.store.rows import plan_article
from kg.store.values import plain

Statement = tuple[str, dict[str, Any]]

_ENTITY_PROPS = [p.name for p in node_type("Company").properties]
_EVENT_PROPS = [p.name for p in node_type("Event").properties]
_ARTICLE_PROPS = [p.name for p in node_type("Article").properties]
DEFAULT_BATCH_SIZE = 1000


@dataclass(frozen=True)
class Neo4jLocation:
    """Where a Neo4j database is and who to log in as; `uri` carries no credentials."""

    uri: str
    user: str | None
    password: str | None
    database: str | None

    def display(self) -> str:
        """The URI as it may be shown: with the user, never the password."""
        parts = urlsplit(self.uri)
        netloc = f"{self.user}@{parts.netloc}" if self.user else parts.netloc
        shown = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return shown + (f" (database {self.database})" if self.database else "")


def parse_location(location: str, environ: Mapping[str, str] | None = None) -> Neo4jLocation:
    """Split a Neo4j URI into the bare URI and credentials; NEO4J_* variables fill the gaps."""
    env = os.environ if environ is None else environ
    parts = urlsplit(location)
    if not parts.hostname:
        raise StoreError(f"not a Neo4j URI: {parts.scheme}://... has no host")
    user = unquote(parts.username) if parts.username else env.get("NEO4J_USERNAME") or None
    password = unquote(parts.password) if parts.password is not None else env.get("NEO4J_PASSWORD")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    if password and not user:
        user = "neo4j"  # the server's default user
    return Neo4jLocation(bare, user, password or None, env.get("NEO4J_DATABASE") or None)


def redact(text: str, secret: str | None) -> str:
    """The text with the secret (as written, or percent-encoded as in a URI) replaced by ***."""
    if not secret:
        return text
    for form in sorted({secret, quote(secret, safe="")}, key=len, reverse=True):
        text = text.replace(form, "***")
    return text


def _value(value: Any) -> Any:
    """Driver values as the plain values the embedded store returns."""
    if isinstance(value, neo4j.graph.Node):
        label = sorted(value.labels)[0] if value.labels else None
        return {"_label": label, **{k: _value(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **{k: _value(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return {
            "_nodes": [_value(n) for n in value.nodes],
            "_rels": [_value(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: _value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return iso()
    return plain(value)


def _run_statements(tx: Any, statements: list[Statement]) -> int:
    """The body of one managed write transaction; safe to run again if the driver retries."""
    for cypher, params in statements:
        tx.run(cypher, params).consume()
    return len(statements)


class Neo4jStore:
    """A Neo4j database behind a driver; `from_uri` builds one from a URI and NEO4J_*."""

    dialect = "neo4j"

    def __init__(
        self,
        driver: Any,
        database: str | None = None,
        read_only: bool = False,
        description: str = "Neo4j",
        secret: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self._driver = driver
        self.database = database
        self.read_only = read_only
        self.batch_size = batch_size
        self._secret = secret
        self._schema_ready = False
        self.description = redact(description, secret)

    @classmethod
    def from_uri(
        cls, uri: str, read_only: bool = False, environ: Mapping[str, str] | None = None
    ) -> "Neo4jStore":
        location = parse_location(uri, environ)
        auth = (location.user or "neo4j", location.password) if location.password else None
        secret = location.password
        try:
            driver = neo4j.GraphDatabase.driver(
                location.uri,
                auth=auth,
                user_agent=f"autokg/{__version__}",
                connection_timeout=15.0,
            )
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise StoreError(redact(f"cannot use {location.display()}: {exc}", secret)) from None
        store = cls(driver, location.database, read_only, f"Neo4j {location.display()}", secret)
        with store._errors(f"cannot connect to Neo4j at {location.display()}"):
            driver.verify_connectivity()
        return store

    # -- errors -------------------------------------------------------------------------

    @contextmanager
    def _errors(self, context: str) -> Iterator[None]:
        """Driver exceptions as the library's errors, with the password left out."""
        try:
            yield
        except AutokgError:
            raise
        except neo4j_errors.AuthError as exc:
            raise StoreError(
                redact(
                    f"{context}: the server refused the credentials ({exc.message})", self._secret
                )
            ) from None
        except neo4j_errors.Neo4jError as exc:
            message = exc.message or str(exc)
            raise QueryError(redact(message, self._secret)) from None
        except (neo4j_errors.DriverError, OSError) as exc:
            raise StoreError(redact(f"{context}: {exc}", self._secret)) from None

    # -- schema and writes ---------------------------------------------------------------

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._errors(f"cannot create the schema in {self.description}"):
            for statement in cy.schema_statements():
                self._driver.execute_query(statement, database_=self.database)
        self._schema_ready = True

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.description} was opened read-only")

    def _batches(self, cypher: str, rows: list[dict[str, Any]]) -> list[Statement]:
        size = max(1, self.batch_size)
        return [(cypher, {"rows": rows[i : i + size]}) for i in range(0, len(rows), size)]

    def batch_statements(self, batch: BatchPlan, replace: bool = False) -> list[Statement]:
        """Everything a batch of articles writes, in order; the statements of one transaction.

        One MERGE statement per node label and per relationship type and endpoints (split
        into batch_size rows), over the deduplicated rows of every article of the batch.
        """
        statements: list[Statement] = []
        if replace and batch.article_ids:
            ids = batch.article_ids
            statements += [(s, {"ids": ids}) for s in cy.delete_articles_facts()]
        for label, rows in batch.entities.items():
            statements += self._batches(cy.merge_nodes(label, _ENTITY_PROPS), rows)
        statements += self._batches(cy.upsert_nodes("Article", _ARTICLE_PROPS), batch.articles)
        statements += self._batches(cy.upsert_nodes("Event", _EVENT_PROPS), batch.events)
        for rel, a, b in sorted(set(batch.edges) | set(batch.kb_edges)):
            rows = batch.edges.get((rel, a, b), []) + batch.kb_edges.get((rel, a, b), [])
            statements += self._batches(cy.merge_relationships(rel, a, b), rows)
        return statements

    def _write(self, statements: list[Statement], context: str) -> None:
        with self._errors(context), self._driver.session(database=self.database) as session:
            session.execute_write(_run_statements, statements)

    def has_article(self, article_id: str) -> bool:
        result = self.query(cy.article_exists(), {"id": article_id})
        return bool(result.rows and result.rows[0][0])

    def write_article(self, facts: ArticleFacts, replace: bool = False) -> WriteOutcome:
        return self.write_articles([facts], replace)[0]

    def write_articles(
        self, batch: Sequence[ArticleFacts], replace: bool = False
    ) -> list[WriteOutcome]:
        """A batch of articles in one managed write transaction (kg.store.batch)."""
        from kg.kb import catalog

        self._check_writable()
        chosen = distinct_articles(batch, replace)
        ids = list(chosen)
        if not replace and ids:
            found = self.query(cy.stored_articles(), {"ids": ids}).rows
            stored = {row[0] for row in found}
            ids = [i for i in ids if i not in stored]
        plans = {i: plan_article(chosen[i], catalog()) for i in ids}
        if plans:
            self._ensure_schema()
            merged = merge_plans(plans.values())
            self._write(self.batch_statements(merged, replace), f"cannot store {ids[0]}")
        return outcomes(batch, plans, replace)

    # -- reads ---------------------------------------------------------------------------

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, write: bool = False
    ) -> QueryResult:
        if write:
            self._check_writable()
        routing = neo4j.RoutingControl.WRITE if write else neo4j.RoutingControl.READ
        with self._errors(f"cannot query {self.description}"):
            records, _, keys = self._driver.execute_query(
                cypher, params or {}, routing_=routing, database_=self.database
            )
        columns = list(keys)
        return QueryResult(columns, [[_value(record[c]) for c in columns] for record in records])

    def stats(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for node in NODE_TYPES:
            counts[node.label] = int(self.query(cy.count_nodes(node.label)).rows[0][0])
        for rel in REL_TYPES:
            counts[rel.name] = int(self.query(cy.count_relationships(rel.name)).rows[0][0])
        return counts

    def nodes(self) -> Iterator[GraphNode]:
        for node in NODE_TYPES:
            names = [p.name for p in node.properties]
            for (props,) in self.query(cy.all_nodes(node.label)).rows:
                values = {name: props.get(name) for name in names}
                yield GraphNode(values["id"], node.label, values)

    def edges(self) -> Iterator[GraphEdge]:
        for rel in REL_TYPES:
            names = [p.name for p in rel.properties]
            for source, target, props in self.query(cy.all_relationships(rel.name)).rows:
                yield GraphEdge(source, target, rel.name, {n: props.get(n) for n in names})

    def close(self) -> None:
        self._driver.close()

    # -- copying another store in ----------------------------------------------------------

    def copy_from(
        self, source: GraphStore, progress: Callable[[str, int], None] | None = None
    ) -> dict[str, int]:
        """Copy every node and relationship of `source` (an embedded store) into this database.

        Writes go in batches of `batch_size` rows, one transaction each, with the same MERGE
        statements as a load: copying again changes nothing, and a copy that was interrupted
        completes when it is run again.
        """
        self._check_writable()
        self._ensure_schema()
        copied = {"nodes": 0, "relationships": 0}
        labels_of: dict[str, list[str]] = defaultdict(list)
        pending: dict[str, list[dict[str, Any]]] = defaultdict(list)

        def flush_nodes(label: str) -> None:
            rows = pending.pop(label, [])
            if not rows:
                return
            names = [p.name for p in node_type(label).properties]
            builder = cy.upsert_nodes if label in ("Event", "Article") else cy.merge_nodes
            self._write([(builder(label, names), {"rows": rows})], f"cannot copy {label} nodes")
            copied["nodes"] += len(rows)
            if progress is not None:
                progress("nodes", copied["nodes"])

        for node in source.nodes():
            labels_of[node.id].append(node.label)
            names = [p.name for p in node_type(node.label).properties]
            pending[node.label].append({n: node.properties.get(n) for n in names})
            if len(pending[node.label]) >= self.batch_size:
                flush_nodes(node.label)
        for label in list(pending):
            flush_nodes(label)

        waiting: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)

        def flush_edges(key: tuple[str, str, str]) -> None:
            rows = waiting.pop(key, [])
            if not rows:
                return
            self._write(
                [(cy.merge_relationships(*key), {"rows": rows})],
                f"cannot copy {key[0]} relationships",
            )
            copied["relationships"] += len(rows)
            if progress is not None:
                progress("relationships", copied["relationships"])

        for edge in source.edges():
            key = _endpoint_labels(edge, labels_of)
            names = [p.name for p in rel_type(edge.type).properties]
            row: dict[str, Any] = {"s": edge.source, "o": edge.target}
            row.update({n: edge.properties.get(n) for n in names})
            waiting[key].append(row)
            if len(waiting[key]) >= self.batch_size:
                flush_edges(key)
        for key in list(waiting):
            flush_edges(key)
        return copied


def _endpoint_labels(
    edge: GraphEdge, labels_of: Mapping[str, Iterable[str]]
) -> tuple[str, str, str]:
    """The (type, from label, to label) of an edge, from the labels its endpoints carry."""
    for pair in rel_type(edge.type).endpoints:
        if pair[0] in labels_of.get(edge.source, ()) and pair[1] in labels_of.get(edge.target, ()):
            return edge.type, pair[0], pair[1]
    raise StoreError(
        f"cannot copy {edge.type} {edge.source} -> {edge.target}: an endpoint is missing"
    )
