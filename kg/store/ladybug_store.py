"""The embedded default store: a Ladybug database in one file or folder."""

import contextlib
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ladybug

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.kb import catalog
from kg.model import ArticleFacts
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type, rel_type
from kg.store import ladybug_cypher as cy
from kg.store.base import GraphEdge, GraphNode, QueryResult, WriteOutcome
from kg.store.rows import KB_SOURCE, Row, plan_article
from kg.store.values import plain

_ENTITY_PROPS = [p.name for p in node_type("Company").properties]
_EVENT_PROPS = [p.name for p in node_type("Event").properties]
_ARTICLE_PROPS = [p.name for p in node_type("Article").properties]
_LOCK_MARKERS = ("Could not set lock", "lock on file")
_RECOVERY_MARKERS = ("checkpoint recovery is pending", "WAL file is corrupted", ".wal with size")
_TORN_WAL_MARKERS = ("WAL file is corrupted", ".wal with size")
#: nodes per query of nodes(), relationships per query of edges() (on average): a query's
#: whole result sits in the buffer pool, so a page is what one result holds
NODE_PAGE = 5_000
EDGE_PAGE = 50_000


class LadybugStore:
    """A Ladybug database; writers hold its file lock, readers may open it read-only."""

    def __init__(
        self, path: str | Path, read_only: bool = False, lock_timeout: float = 10.0
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.description = f"embedded store {self.path}"
        self.notices: list[str] = []
        # what this session has committed and need not send again: entity nodes by (label, id)
        # and the reference KB's background relationships by their full row
        self._existing: set[tuple[str, str]] = set()
        self._kb_written: set[tuple[Any, ...]] = set()
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: load articles first (autokg load PATH)")
        self._db = self._open(lock_timeout)
        # one thread: the write path sends many small statements, for which Ladybug's parallel
        # execution costs more than it saves (a write is about 15% faster on one thread)
        self._conn = ladybug.Connection(self._db, num_threads=0 if read_only else 1)
        if not read_only:
            self._ensure_schema()

    def _open(self, lock_timeout: float) -> Any:
        """Open the database, waiting up to lock_timeout for another process's lock.

        After a writer was killed, the next open finishes its work: a read-write open replays
        the write-ahead log (and an interrupted checkpoint); a read-only open cannot, so it
        first lets a brief read-write open do it when no writer holds the lock.
        """
        deadline = time.monotonic() + lock_timeout
        while True:
            try:
                return self._database(self.read_only)
            except RuntimeError as exc:
                message = str(exc)
                if self.read_only and any(m in message for m in _RECOVERY_MARKERS):
                    if self._recover():
                        continue
                elif not self.read_only and any(m in message for m in _TORN_WAL_MARKERS):
                    return self._open_past_torn_wal(message)
                elif not any(m in message for m in _LOCK_MARKERS):
                    raise StoreError(f"cannot open {self.path}: {message.splitlines()[0]}") from exc
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"{self.path} is in use by another autokg process (waited "
                        f"{lock_timeout:g} s); try again when it has finished, or wait longer "
                        "with --lock-timeout"
                    ) from exc
                time.sleep(0.2)

    def _database(self, read_only: bool, strict_wal: bool = True) -> Any:
        return ladybug.Database(
            str(self.path), read_only=read_only, throw_on_wal_replay_failure=strict_wal
        )

    def _recover(self) -> bool:
        """Finish a killed writer's recovery with a brief read-write open; False if locked."""
        try:
            database = self._database(read_only=False)
        except RuntimeError as exc:
            message = str(exc)
            if any(m in message for m in _LOCK_MARKERS):
                return False
            if not any(m in message for m in _TORN_WAL_MARKERS):
                raise StoreError(f"cannot open {self.path}: {message.splitlines()[0]}") from exc
            database = self._open_past_torn_wal(message)
        database.close()
        return True

    def _open_past_torn_wal(self, message: str) -> Any:
        """A write-ahead log whose last record was cut off by a kill: keep a copy of it, then
        replay every complete transaction (the cut one was never committed)."""
        wal = self.path.with_name(self.path.name + ".wal")
        if wal.exists():
            copy = wal.with_name(f"{wal.name}.damaged-{int(time.time())}")
            shutil.copyfile(wal, copy)
            kept = f"; the log as it was is kept in {copy}"
        else:
            kept = ""
        try:
            database = self._database(read_only=False, strict_wal=False)
        except RuntimeError as exc:
            raise StoreError(f"cannot open {self.path}: {str(exc).splitlines()[0]}") from exc
        self.notices.append(
            f"{self.path}: the write-ahead log ended in an incomplete write "
            f"({message.splitlines()[0]}); recovered every committed transaction{kept}"
        )
        return database

    def _ensure_schema(self) -> None:
        # One transaction: a process killed while creating a new store leaves all or nothing.
        self._transaction([(statement, {}) for statement in cy.schema_statements()])

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        try:
            return self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise QueryError(str(exc)) from exc

    def has_article(self, article_id: str) -> bool:
        result = self._run(cy.article_exists(), {"id": article_id})
        return bool(result.get_next()[0])

    def write_article(self, facts: ArticleFacts, replace: bool = False) -> WriteOutcome:
        article_id = facts.article.id
        if not replace and self.has_article(article_id):
            return WriteOutcome(article_id, written=False)
        plan = plan_article(facts, catalog())
        batch = _Batch(self._existing, self._kb_written)
        if replace:
            batch.statements += [(s, {"id": article_id}) for s in cy.delete_article_facts()]
        for label, rows in sorted(plan.nodes.items()):
            batch.entities(label, rows)
        batch.fresh_nodes("Article", _ARTICLE_PROPS, [plan.article])
        if plan.publisher:
            batch.fresh_edges(
                "PUBLISHED_BY",
                "Article",
                "Publisher",
                [{"s": article_id, "o": plan.publisher["id"]}],
            )
        for label, rows in sorted(plan.mentions.items()):
            batch.fresh_edges(
                "MENTIONS",
                "Article",
                label,
                [{"s": article_id, "o": r["id"], "count": r["count"]} for r in rows],
            )
        for (rel, a, b), rows in sorted(plan.rels.items()):
            batch.fresh_edges(rel, a, b, [r for r in rows if r["source"] != KB_SOURCE])
            batch.kb_edges(rel, a, b, [r for r in rows if r["source"] == KB_SOURCE])
        if plan.events:
            batch.fresh_nodes("Event", _EVENT_PROPS, plan.events)
            batch.fresh_edges(
                "EXTRACTED_FROM",
                "Event",
                "Article",
                [{"s": e["id"], "o": article_id} for e in plan.events],
            )
        for label, rows in sorted(plan.involves.items()):
            batch.fresh_edges(
                "INVOLVES",
                "Event",
                label,
                [{"s": r["event"], "o": r["entity"], "role": r["role"]} for r in rows],
            )
        self._transaction(batch.statements)
        self._existing.update(batch.new_nodes)
        self._kb_written.update(batch.new_kb_rows)
        # the count as this store has always reported it: one per row statement of the plan
        row_statements = (
            len(plan.nodes)
            + 1
            + (1 if plan.publisher else 0)
            + len(plan.mentions)
            + len(plan.rels)
            + (2 if plan.events else 0)
            + len(plan.involves)
        )
        rel_count = row_statements - plan.node_count() - 1
        return WriteOutcome(article_id, True, plan.node_count() + 1, max(rel_count, 0))

    def _transaction(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        self._run("BEGIN TRANSACTION")
        try:
            for cypher, params in statements:
                self._run(cypher, params)
        except BaseException:
            self._rollback()
            raise
        self._run("COMMIT")

    def _rollback(self) -> None:
        with contextlib.suppress(RuntimeError):  # Ladybug may have rolled back already
            self._conn.execute("ROLLBACK")

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, write: bool = False
    ) -> QueryResult:
        if write:  # the statement may delete what the write path remembers as stored
            self._existing.clear()
            self._kb_written.clear()
        result = self._run(cypher, params)
        if isinstance(result, list):
            result = result[-1]
        columns = list(result.get_column_names())
        rows = []
        while result.has_next():
            rows.append([plain(v) for v in result.get_next()])
        return QueryResult(columns, rows)

    def stats(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for node in NODE_TYPES:
            counts[node.label] = int(self._run(cy.count_nodes(node.label)).get_next()[0])
        for rel in REL_TYPES:
            counts[rel.name] = int(self._run(cy.count_relationships(rel.name)).get_next()[0])
        return counts

    def nodes(self) -> Iterator[GraphNode]:
        """Every node, by label, in pages: Ladybug materialises a query's whole result."""
        for node in NODE_TYPES:
            for params in self._pages(node.label, NODE_PAGE):
                for (value,) in self._rows(cy.node_page(node.label), params):
                    label = value.pop("_label")
                    yield GraphNode(value["id"], label, value)

    def edges(self) -> Iterator[GraphEdge]:
        """Every relationship, by type, in pages of source nodes sized by their mean degree;
        the relationships between one pair of nodes come one after the other."""
        for rel in REL_TYPES:
            for from_label in dict.fromkeys(a for a, _ in rel.endpoints):
                count = self._run(cy.count_relationships_from(rel.name, from_label))
                per_page = _sources_per_page(self._table_size(from_label), count.get_next()[0])
                page = cy.relationship_page(rel.name, from_label)
                for params in self._pages(from_label, per_page):
                    for source, target, properties in self._rows(page, params):
                        properties.pop("_label", None)
                        yield GraphEdge(source, target, rel.name, properties)

    def _rows(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        """One page's rows as Python values; its result is closed before the next query, so
        the buffer pool holds one page at a time."""
        result = self._run(cypher, params)
        try:
            rows = []
            while result.has_next():
                rows.append([plain(v) for v in result.get_next()])
            return rows
        finally:
            result.close()

    def _table_size(self, label: str) -> int:
        return int(self._run(cy.table_size(label)).get_next()[0])

    def _pages(self, label: str, size: int) -> Iterator[dict[str, int]]:
        for low in range(0, self._table_size(label), size):
            yield {"lo": low, "hi": low + size}

    def close(self) -> None:
        self._conn.close()
        self._db.close()


def _sources_per_page(sources: int, relationships: int) -> int:
    """Source nodes per page of edges(): EDGE_PAGE relationships at their mean degree."""
    return max(1, EDGE_PAGE * sources // max(int(relationships), 1))


# ---------------------------------------------------------------- the write path's statements
#
# Ladybug plans `UNWIND $rows AS row MATCH (a:A {id: row.s}), (b:B {id: row.o})` (two nodes in
# one MATCH clause) and `UNWIND $rows AS row MERGE (n:L {id: row.id})` as a scan of the whole
# table joined with the rows, so such a statement costs time in proportion to the store's size:
# about 1 s with 100,000 nodes, for a handful of rows. One MATCH clause per node, and OPTIONAL
# MATCH before CREATE, are answered from the primary-key index instead, in the same time
# whatever the size. What only this article can have written (its node, its events, their
# relationships, facts whose source is the article) cannot exist yet (a replace deletes it
# first), so it is created outright; rows that would meet each other in one MERGE (the same key
# twice) keep the MERGE, so the graph comes out exactly as before.
#
# The statements are those of ladybug_cypher, rewritten clause by clause; a statement whose
# text does not have the expected shape is sent as it is (slower, never different).

Statement = tuple[str, dict[str, Any]]


def _one_match_per_node(statement: str) -> str:
    return statement.replace("}), (b:", "}) MATCH (b:", 1)


def _create_missing_nodes(label: str) -> str:
    """Entities: created when missing, never overwritten (MERGE ... ON CREATE SET)."""
    return cy.merge_nodes(label, _ENTITY_PROPS).replace(
        f"MERGE (n:{label} {{id: row.id}}) ON CREATE SET ",
        f"OPTIONAL MATCH (o:{label} {{id: row.id}}) WITH row, o WHERE o IS NULL "
        f"CREATE (n:{label} {{id: row.id}}) SET ",
        1,
    )


def _create_nodes(label: str, properties: list[str]) -> str:
    return cy.upsert_nodes(label, properties).replace(
        f" MERGE (n:{label} ", f" CREATE (n:{label} ", 1
    )


def _edge(rel_name: str, from_label: str, to_label: str, create: bool) -> str:
    statement = _one_match_per_node(cy.merge_relationships(rel_name, from_label, to_label))
    if create:
        return statement.replace(f" MERGE (a)-[r:{rel_name}", f" CREATE (a)-[r:{rel_name}", 1)
    return statement


def _edge_key(rel_name: str, row: Row) -> tuple[Any, ...]:
    return (row["s"], row["o"], *(row.get(k) for k in rel_type(rel_name).merge_key))


class _Batch:
    """The statements of one article's transaction, and what they add to the session's caches."""

    def __init__(self, existing: set[tuple[str, str]], kb_written: set[tuple[Any, ...]]) -> None:
        self.statements: list[Statement] = []
        self.new_nodes: set[tuple[str, str]] = set()
        self.new_kb_rows: set[tuple[Any, ...]] = set()
        self._existing = existing
        self._kb_written = kb_written

    def entities(self, label: str, rows: list[Row]) -> None:
        missing = [r for r in rows if (label, r["id"]) not in self._existing]
        if not missing:
            return
        if len({r["id"] for r in missing}) == len(missing):
            self.statements.append((_create_missing_nodes(label), {"rows": missing}))
        else:
            self.statements.append((cy.merge_nodes(label, _ENTITY_PROPS), {"rows": missing}))
        self.new_nodes.update((label, r["id"]) for r in missing)

    def fresh_nodes(self, label: str, properties: list[str], rows: list[Row]) -> None:
        unique = len({r["id"] for r in rows}) == len(rows)
        builder = _create_nodes if unique else cy.upsert_nodes
        self.statements.append((builder(label, properties), {"rows": rows}))

    def fresh_edges(self, rel: str, a: str, b: str, rows: list[Row]) -> None:
        if not rows:
            return
        unique = len({_edge_key(rel, r) for r in rows}) == len(rows)
        self.statements.append((_edge(rel, a, b, create=unique), {"rows": rows}))

    def kb_edges(self, rel: str, a: str, b: str, rows: list[Row]) -> None:
        keys = [(rel, a, b, *sorted(r.items())) for r in rows]
        if not rows or all(k in self._kb_written for k in keys):
            return
        self.statements.append((_edge(rel, a, b, create=False), {"rows": rows}))
        self.new_kb_rows.update(keys)
