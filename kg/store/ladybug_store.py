"""The embedded default store: a Ladybug database in one file or folder.

The write path (measured on generated articles; the figures are in the README):

- a batch of articles is one transaction, with one statement per node label and relationship
  type over the deduplicated rows of all its articles (kg.store.batch), not twenty per article;
- what only the batch can have written (the articles, their events, facts and links) is read
  from CSV files (kg.store.row_files) and created outright; `UNWIND $rows` parameters cost the
  Python driver more than the database's own work;
- entities are created when missing, looked up one by one in the primary-key index (an
  `UNWIND ... MERGE` is planned as a scan of the whole table); the session remembers what it
  wrote, entities and the reference KB's background facts, and does not send them again;
- checkpoints come every 64 MiB of log instead of 16 (CHECKPOINT_BYTES).
"""

import contextlib
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import ladybug

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.kb import catalog
from kg.model import ArticleFacts
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type
from kg.store import ladybug_cypher as cy
from kg.store.base import GraphEdge, GraphNode, QueryResult, WriteOutcome
from kg.store.batch import distinct_articles, merge_plans, outcomes
from kg.store.row_files import RowFiles, write_rows
from kg.store.rows import Row, plan_article
from kg.store.values import plain

_ENTITY_PROPS = [p.name for p in node_type("Company").properties]
_EVENT_PROPS = [p.name for p in node_type("Event").properties]
_ARTICLE_PROPS = [p.name for p in node_type("Article").properties]
Statement = tuple[str, dict[str, Any]]
CHECKPOINT_BYTES = 64 * 2**20
"""Write-ahead log size at which a commit checkpoints into the database file. Each checkpoint
rewrites the storage its tables' new rows touch, so the store grows and the load slows with
their number: at Ladybug's default of 16 MiB, a batch of 1,000 articles (about 15 MiB of log)
checkpointed every time, and writing was a third slower and the store 40% larger than at
64 MiB (measured on 10,000 articles)."""
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
        # what this session has committed and need not send again: entity ids by label (sets
        # of strings, which the garbage collector need not walk) and the reference KB's
        # background relationships by their full row
        self._existing: dict[str, set[str]] = {}
        self._kb_written: set[tuple[Any, ...]] = set()
        self._files = RowFiles(self.path.with_name(self.path.name + ".rows"))
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: load articles first (autokg load PATH)")
        if not read_only:
            self._make_folder()
        self._db = self._open(lock_timeout)
        # one thread: the write path sends many small statements, for which Ladybug's parallel
        # execution costs more than it saves (a write is about 15% faster on one thread)
        self._conn = ladybug.Connection(self._db, num_threads=0 if read_only else 1)
        if not read_only:
            self._files.clear()  # left by a writer that was killed; this one holds the lock
            self._ensure_schema()

    def _make_folder(self) -> None:
        """A new store's folder is created, as `--store runs/2025/graph.db` asks."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.path.parent}: {exc.strerror}") from exc

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
            str(self.path),
            read_only=read_only,
            throw_on_wal_replay_failure=strict_wal,
            checkpoint_threshold=CHECKPOINT_BYTES,
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
        return self.write_articles([facts], replace)[0]

    def write_articles(
        self, batch: Sequence[ArticleFacts], replace: bool = False
    ) -> list[WriteOutcome]:
        """Store a batch of articles in one transaction: all of them or none.

        One statement per node label and per relationship type and endpoints, over the rows of
        every article (kg.store.batch). What only these articles can have written (the
        articles, their events, facts and links) is absent, since stored articles are skipped
        and replaced ones deleted first, so it is created outright; entities are created when
        missing and the reference KB's background facts merged, each sent once a session.
        """
        chosen = distinct_articles(batch, replace)
        ids = list(chosen)
        if not replace and ids:
            stored = self._stored_articles(ids)
            ids = [i for i in ids if i not in stored]
        plans = {i: plan_article(chosen[i], catalog()) for i in ids}
        merged = merge_plans(plans.values())
        statements: list[Statement] = []
        if replace and ids:
            statements += [(s, {"ids": ids}) for s in cy.delete_articles_facts()]
        new_nodes: list[tuple[str, list[str]]] = []
        for label, rows in merged.entities.items():
            known = self._existing.get(label, set())
            missing = [r for r in rows if r["id"] not in known]
            if missing:
                statements.append(
                    (cy.create_missing_nodes(label, _ENTITY_PROPS), {"rows": missing})
                )
                new_nodes.append((label, [r["id"] for r in missing]))
        if merged.articles:
            statements.append(self._load_nodes("Article", _ARTICLE_PROPS, merged.articles))
        if merged.events:
            statements.append(self._load_nodes("Event", _EVENT_PROPS, merged.events))
        for (rel, a, b), rows in merged.edges.items():
            path = self._files.path(f"{rel}-{a}-{b}")
            write_rows(path, cy.relationship_columns(rel), rows)
            statements.append((cy.load_relationships(rel, a, b, str(path)), {}))
        new_kb_rows: list[tuple[Any, ...]] = []
        for (rel, a, b), rows in merged.kb_edges.items():
            keys = [(rel, a, b, *sorted(r.items())) for r in rows]
            fresh = [r for r, k in zip(rows, keys, strict=True) if k not in self._kb_written]
            if fresh:
                statements.append((cy.merge_relationships(rel, a, b), {"rows": fresh}))
                new_kb_rows += keys
        if statements:
            self._transaction(statements)
        for label, ids in new_nodes:
            self._existing.setdefault(label, set()).update(ids)
        self._kb_written.update(new_kb_rows)
        return outcomes(batch, plans, replace)

    def _load_nodes(self, label: str, properties: list[str], rows: list[Row]) -> Statement:
        path = self._files.path(label)
        write_rows(path, properties, rows)
        return cy.load_nodes(label, properties, str(path)), {}

    def _stored_articles(self, ids: list[str]) -> set[str]:
        result = self._run(cy.stored_articles(), {"ids": ids})
        stored = set()
        while result.has_next():
            stored.add(result.get_next()[0])
        return stored

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
        if not self.read_only:
            self._files.clear()
        self._conn.close()
        self._db.close()


def _sources_per_page(sources: int, relationships: int) -> int:
    """Source nodes per page of edges(): EDGE_PAGE relationships at their mean degree."""
    return max(1, EDGE_PAGE * sources // max(int(relationships), 1))
