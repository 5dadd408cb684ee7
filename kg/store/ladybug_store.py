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
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type
from kg.store import ladybug_cypher as cy
from kg.store.base import GraphEdge, GraphNode, QueryResult, WriteOutcome
from kg.store.rows import plan_article
from kg.store.values import plain

_ENTITY_PROPS = [p.name for p in node_type("Company").properties]
_EVENT_PROPS = [p.name for p in node_type("Event").properties]
_ARTICLE_PROPS = [p.name for p in node_type("Article").properties]
_LOCK_MARKERS = ("Could not set lock", "lock on file")
_RECOVERY_MARKERS = ("checkpoint recovery is pending", "WAL file is corrupted", ".wal with size")
_TORN_WAL_MARKERS = ("WAL file is corrupted", ".wal with size")


class LadybugStore:
    """A Ladybug database; writers hold its file lock, readers may open it read-only."""

    def __init__(
        self, path: str | Path, read_only: bool = False, lock_timeout: float = 10.0
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.description = f"embedded store {self.path}"
        self.notices: list[str] = []
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: load articles first (autokg load PATH)")
        self._db = self._open(lock_timeout)
        self._conn = ladybug.Connection(self._db)
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
        for statement in cy.schema_statements():
            self._run(statement)

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
        statements: list[tuple[str, dict[str, Any]]] = []
        if replace:
            statements += [(s, {"id": article_id}) for s in cy.delete_article_facts()]
        for label, rows in sorted(plan.nodes.items()):
            statements.append((cy.merge_nodes(label, _ENTITY_PROPS), {"rows": rows}))
        statements.append((cy.upsert_nodes("Article", _ARTICLE_PROPS), {"rows": [plan.article]}))
        if plan.publisher:
            statements.append(
                (
                    cy.merge_relationships("PUBLISHED_BY", "Article", "Publisher"),
                    {"rows": [{"s": article_id, "o": plan.publisher["id"]}]},
                )
            )
        for label, rows in sorted(plan.mentions.items()):
            statements.append(
                (
                    cy.merge_relationships("MENTIONS", "Article", label),
                    {"rows": [{"s": article_id, "o": r["id"], "count": r["count"]} for r in rows]},
                )
            )
        for (rel, a, b), rows in sorted(plan.rels.items()):
            statements.append((cy.merge_relationships(rel, a, b), {"rows": rows}))
        if plan.events:
            statements.append((cy.upsert_nodes("Event", _EVENT_PROPS), {"rows": plan.events}))
            statements.append(
                (
                    cy.merge_relationships("EXTRACTED_FROM", "Event", "Article"),
                    {"rows": [{"s": e["id"], "o": article_id} for e in plan.events]},
                )
            )
        for label, rows in sorted(plan.involves.items()):
            statements.append(
                (
                    cy.merge_relationships("INVOLVES", "Event", label),
                    {
                        "rows": [
                            {"s": r["event"], "o": r["entity"], "role": r["role"]} for r in rows
                        ]
                    },
                )
            )
        self._transaction(statements)
        rel_count = sum(len(p) for _, p in statements if "rows" in p) - plan.node_count() - 1
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
        for node in NODE_TYPES:
            result = self._run(cy.all_nodes(node.label))
            while result.has_next():
                value = plain(result.get_next()[0])
                label = value.pop("_label")
                yield GraphNode(value["id"], label, value)

    def edges(self) -> Iterator[GraphEdge]:
        for rel in REL_TYPES:
            result = self._run(cy.all_relationships(rel.name))
            while result.has_next():
                source, target, props = result.get_next()
                properties = plain(props)
                properties.pop("_label", None)
                yield GraphEdge(source, target, rel.name, properties)

    def close(self) -> None:
        self._conn.close()
        self._db.close()
