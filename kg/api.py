"""The library API: every CLI command is a thin wrapper over one function here."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.cypher_guard import writes
from kg.errors import ReadOnlyQueryError
from kg.model import ArticleFacts
from kg.store import GraphStore, QueryResult, open_store
from loaders import LoadedArticle, LoadFailure, iter_articles


@dataclass
class LoadReport:
    loaded: int = 0
    duplicates: int = 0
    already_stored: int = 0
    failed: list[LoadFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def extract(paths: Iterable[str], default_date: str | None = None) -> Iterator[
    ArticleFacts | LoadFailure
]:
    """Facts of every article under paths, without storing them."""
    from kg.extract import extract_article

    for item in iter_articles(paths, default_date=default_date):
        if isinstance(item, LoadFailure):
            yield item
        else:
            yield extract_article(item.article, item.source)


def load(
    paths: Iterable[str],
    store: GraphStore,
    default_date: str | None = None,
    replace: bool = False,
    progress: Callable[[LoadedArticle | LoadFailure], None] | None = None,
) -> LoadReport:
    """Extract and store every article under paths; one transaction per article."""
    from kg.extract import extract_article

    report = LoadReport()
    seen: set[str] = set()
    for item in iter_articles(paths, default_date=default_date):
        if progress is not None:
            progress(item)
        if isinstance(item, LoadFailure):
            report.failed.append(item)
            continue
        report.warnings.extend(f"{item.source}: {w}" for w in item.warnings)
        article_id = item.article.id
        if article_id in seen:
            report.duplicates += 1
            continue
        seen.add(article_id)
        if not replace and store.has_article(article_id):
            report.already_stored += 1
            continue
        facts = extract_article(item.article, item.source)
        store.write_article(facts, replace=replace)
        report.loaded += 1
        report.entities += len(facts.entities)
        report.relations += len(facts.relations)
        report.events += len(facts.events)
    return report


def query(
    cypher: str,
    params: dict[str, Any] | None = None,
    store_location: str | None = None,
    write: bool = False,
) -> QueryResult:
    """Run one Cypher statement; statements that write need write=True."""
    if not write and writes(cypher):
        raise ReadOnlyQueryError(
            "this statement writes to the graph; add --write if that is intended"
        )
    store = open_store(store_location, read_only=not write)
    try:
        return store.query(cypher, params or {}, write=write)
    finally:
        store.close()
