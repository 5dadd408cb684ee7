"""The store interface: small enough that every backend implements all of it."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kg.model import ArticleFacts


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class WriteOutcome:
    article_id: str
    written: bool
    nodes: int = 0
    relationships: int = 0


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    type: str
    properties: dict[str, Any]


class GraphStore(Protocol):
    """What loaders, queries and exports need from a graph database."""

    description: str

    def has_article(self, article_id: str) -> bool: ...

    def write_article(self, facts: ArticleFacts, replace: bool = False) -> WriteOutcome:
        """Store one article's facts in a single transaction: all of them or none."""
        ...

    def write_articles(
        self, batch: Sequence[ArticleFacts], replace: bool = False
    ) -> list[WriteOutcome]:
        """Store a batch of articles in a single transaction: all of them or none.

        The graph comes out as writing them one after another would leave it; an article
        already stored is skipped (written=False) unless replace. One outcome per article,
        in order.
        """
        ...

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, write: bool = False
    ) -> QueryResult: ...

    def stats(self) -> dict[str, int]: ...

    def nodes(self) -> Iterator[GraphNode]: ...

    def edges(self) -> Iterator[GraphEdge]: ...

    def close(self) -> None: ...


WRITE_KEYWORDS: Sequence[str] = (
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "ALTER",
    "COPY",
    "LOAD",
    "INSTALL",
    "ATTACH",
    "IMPORT",
    "CHECKPOINT",
    "FOREACH",
)
