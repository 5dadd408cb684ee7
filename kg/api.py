"""The library API: every CLI command is a thin wrapper over one function here."""

import gc
import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kg.cypher_guard import writes
from kg.errors import AutokgError, QueryError, ReadOnlyQueryError
from kg.ids import normalise_text
from kg.model import Article, ArticleFacts
from kg.store import GraphStore, QueryResult, WriteOutcome, open_store
from loaders import (
    LoadedArticle,
    LoadFailure,
    LoadOptions,
    SourceItem,
    discover,
    iter_articles,
    read_source,
)

DEFAULT_BATCH_SIZE = 1000
"""Articles written in one transaction by a load: the unit a killed load keeps or loses."""


@dataclass(frozen=True)
class Duplicate:
    """An article met again in the same load: the same URL, or the same normalised text."""

    source: str
    first: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} as {self.first}"


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
    files: int = 0
    duplicate_of: list[Duplicate] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def articles(self) -> int:
        """Everything settled so far: loaded, already stored, duplicate or failed."""
        return self.loaded + self.already_stored + self.duplicates + len(self.failed)


@dataclass(frozen=True)
class LoadProgress:
    """Where a load stands, for a progress display."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int | None
    report: LoadReport


class ExtractionWorkerError(AutokgError):
    """An extraction worker process died; what was stored before stays stored."""


def extract(
    paths: Iterable[str], default_date: str | None = None, options: LoadOptions | None = None
) -> Iterator[ArticleFacts | LoadFailure]:
    """Facts of every article under paths, without storing them."""
    from kg.extract import extract_article

    for item in iter_articles(paths, default_date=default_date, options=options):
        if isinstance(item, LoadFailure):
            yield item
        else:
            yield extract_article(item.article, item.source)


def _extract_one(article: Article, source: str) -> ArticleFacts:
    """The unit of work of an extraction worker: a pure function of the article."""
    from kg.extract import extract_article

    return extract_article(article, source)


def _start_worker() -> None:
    """Worker set-up: load the knowledge base once, and exit when the parent dies.

    A parent killed outright (kill -9) cannot stop its workers; without this they would wait
    for work forever."""
    import os
    import threading

    from kg.kb import catalog

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="autokg-parent-watch", daemon=True).start()
    catalog()


class _Ready:
    """A finished computation with the interface of a Future (single-process extraction)."""

    def __init__(self, article: Article, source: str) -> None:
        self._value: ArticleFacts | None = None
        self._error: BaseException | None = None
        try:
            self._value = _extract_one(article, source)
        except Exception as exc:
            self._error = exc

    def done(self) -> bool:
        return True

    def result(self) -> ArticleFacts:
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


class _Extraction:
    """Runs extraction here (workers=1) or in a pool of spawned processes (workers>1).

    Worker processes only extract: the store connection lives in this process alone, and the
    results are written in input order, so the store ends as a single-process load leaves it.
    """

    def __init__(self, workers: int, batch_size: int = 1) -> None:
        # how many articles may be extracted ahead of the one written next: with workers, at
        # least a batch, so that they go on extracting while this process writes one
        self.window = max(1, workers) * 4 + (batch_size if workers > 1 else 0)
        self._pool: ProcessPoolExecutor | None = None
        if workers > 1:
            import multiprocessing

            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
            )

    def submit(self, article: Article, source: str) -> "Future[ArticleFacts] | _Ready":
        if self._pool is None:
            return _Ready(article, source)
        return self._pool.submit(_extract_one, article, source)

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)


_Pending = tuple[str, Any]


class _Loader:
    """Settles every item in input order: failures and duplicates are counted, articles are
    extracted (perhaps ahead, in workers) and written in batches, one transaction each."""

    def __init__(
        self, store: GraphStore, replace: bool, extraction: _Extraction, batch_size: int
    ) -> None:
        self.store = store
        self.replace = replace
        self.extraction = extraction
        self.batch_size = max(1, batch_size)
        self.batch: list[tuple[LoadedArticle, ArticleFacts]] = []
        self.report = LoadReport()
        self.pending: deque[_Pending] = deque()
        self.seen_ids: dict[str, str] = {}
        self.seen_texts: dict[bytes, str] = {}

    def add(self, item: SourceItem) -> None:
        if isinstance(item, LoadFailure):
            self.pending.append(("failed", item))
        else:
            self.report.warnings.extend(f"{item.source}: {w}" for w in item.warnings)
            self.pending.append(self._classify(item))
        self.settle(block=False)

    def _classify(self, item: LoadedArticle) -> _Pending:
        article = item.article
        text_key = hashlib.sha1(normalise_text(article.text).encode("utf-8")).digest()
        first = self.seen_ids.get(article.id)
        if first is not None:
            same = "same URL" if article.url else "same text"
            return "duplicate", Duplicate(item.source, first, same)
        first = self.seen_texts.get(text_key)
        if first is not None:
            return "duplicate", Duplicate(item.source, first, "same text")
        self.seen_ids[article.id] = item.source
        self.seen_texts[text_key] = item.source
        if not self.replace and self.store.has_article(article.id):
            return "stored", item
        return "extract", (item, self.extraction.submit(article, item.source))

    def settle(self, block: bool) -> None:
        """Write the head of the queue while it is ready (or, blocking, everything)."""
        while self.pending:
            kind, payload = self.pending[0]
            waiting = kind == "extract" and not payload[1].done()
            if waiting and not block and len(self.pending) <= self.extraction.window:
                return
            self.pending.popleft()
            self._apply(kind, payload)

    def _apply(self, kind: str, payload: Any) -> None:
        report = self.report
        if kind == "failed":
            report.failed.append(payload)
        elif kind == "duplicate":
            report.duplicates += 1
            report.duplicate_of.append(payload)
        elif kind == "stored":
            report.already_stored += 1
        else:
            item, future = payload
            self._write(item, future)

    def _write(self, item: LoadedArticle, future: "Future[ArticleFacts] | _Ready") -> None:
        try:
            facts = future.result()
        except BrokenProcessPool as exc:
            raise ExtractionWorkerError(
                f"an extraction worker process died while reading {item.source}; the articles "
                "stored so far are kept: run the same command again to go on"
            ) from exc
        except Exception as exc:
            self.report.failed.append(
                LoadFailure(item.source, f"extraction failed: {type(exc).__name__}: {exc}")
            )
            return
        self.batch.append((item, facts))
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the batch in one transaction. If the store refuses it, each article is
        written alone, so that an article it refuses fails by itself and the rest is stored."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            outcomes = self.store.write_articles([facts for _, facts in batch], self.replace)
        except QueryError as exc:
            if len(batch) == 1:
                self._refused(batch[0][0], exc)
                return
            for item, facts in batch:
                try:
                    (outcome,) = self.store.write_articles([facts], self.replace)
                except QueryError as alone:
                    self._refused(item, alone)
                else:
                    self._count(facts, outcome)
            return
        for (_, facts), outcome in zip(batch, outcomes, strict=True):
            self._count(facts, outcome)

    def _count(self, facts: ArticleFacts, outcome: WriteOutcome) -> None:
        if not outcome.written:
            self.report.already_stored += 1
            return
        self.report.loaded += 1
        self.report.entities += len(facts.entities)
        self.report.relations += len(facts.relations)
        self.report.events += len(facts.events)

    def _refused(self, item: LoadedArticle, exc: QueryError) -> None:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self.report.failed.append(LoadFailure(item.source, f"could not store: {message}"))


_BULK_GC_THRESHOLDS = (50_000, 20, 100)


@contextmanager
def few_collections() -> Iterator[None]:
    """Fewer garbage collections while many articles pass through this process.

    A load allocates millions of short-lived objects (facts, rows); with the default thresholds
    the collector keeps walking every live object, which measured as half the write path's
    time. Collections stay automatic, just rarer; the settings are restored afterwards.
    """
    before = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(before, _BULK_GC_THRESHOLDS, strict=False)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def load(
    paths: Iterable[str],
    store: GraphStore,
    default_date: str | None = None,
    replace: bool = False,
    progress: Callable[[LoadProgress], None] | None = None,
    *,
    options: LoadOptions | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadReport:
    """Extract and store every article under paths, batch_size articles a transaction.

    Articles already in the store are skipped (unless replace), articles met twice in the load
    are counted as duplicates, and every file or record that cannot be read becomes a failure
    naming it, while the rest of the load goes on. A batch is stored whole or not at all: a
    load that is interrupted keeps the batches written before.
    """
    with few_collections():
        return _load(
            paths,
            store,
            replace,
            progress,
            options or LoadOptions(default_date=default_date),
            workers,
            batch_size,
        )


def _load(
    paths: Iterable[str],
    store: GraphStore,
    replace: bool,
    progress: Callable[[LoadProgress], None] | None,
    options: LoadOptions,
    workers: int,
    batch_size: int,
) -> LoadReport:
    started = time.monotonic()
    sources, notes = discover(paths)
    sized = all(s.path is not None for s in sources)
    bytes_total = sum(s.size or 0 for s in sources) if sized else None
    extraction = _Extraction(workers, batch_size)
    loader = _Loader(store, replace, extraction, batch_size)
    loader.report.warnings.extend(notes)
    bytes_done = 0
    cancel = True
    try:
        for number, source in enumerate(sources, start=1):
            for item in read_source(source, options):
                loader.add(item)
                if progress is not None:
                    progress(
                        LoadProgress(
                            number - 1, len(sources), bytes_done, bytes_total, loader.report
                        )
                    )
            loader.report.files += 1
            bytes_done += source.size or 0
            if progress is not None:
                progress(LoadProgress(number, len(sources), bytes_done, bytes_total, loader.report))
        loader.settle(block=True)
        loader.flush()
        cancel = False
    finally:
        extraction.close(cancel=cancel)
    loader.report.seconds = time.monotonic() - started
    if progress is not None:
        progress(LoadProgress(len(sources), len(sources), bytes_done, bytes_total, loader.report))
    return loader.report


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
