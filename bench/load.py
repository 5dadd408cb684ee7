"""End to end: `autokg load` into a fresh embedded store, then an increment into that store;
and the write path alone, on facts extracted beforehand."""

import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench import processes
from kg.model import ArticleFacts

_LOADED = re.compile(r"loaded (\d+) article")


@dataclass(frozen=True)
class LoadTiming:
    what: str
    articles: int
    seconds: float
    peak_rss_mb: float
    store_bytes: int

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def load(
    what: str, folder: Path, store: Path, workers: int, fresh: bool, batch_size: int | None = None
) -> LoadTiming:
    if fresh:
        processes.remove_store(store)
    args = ["load", str(folder), "--store", str(store), "--no-progress", "--workers", str(workers)]
    if batch_size is not None:
        args += ["--batch-size", str(batch_size)]
    done = processes.run(args)
    found = _LOADED.search(done.stdout)
    if done.returncode != 0 or not found:
        tail = (done.stderr or done.stdout).strip()[-800:]
        raise RuntimeError(f"autokg load failed (exit {done.returncode}): {tail}")
    return LoadTiming(
        what, int(found.group(1)), done.seconds, done.peak_rss_mb, processes.size_on_disk(store)
    )


@dataclass(frozen=True)
class WriteTiming:
    """Writing pre-extracted facts into a fresh embedded store, as a load writes them."""

    articles: int
    batch_size: int
    seconds: float
    cpu_seconds: float
    store_bytes: int

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0


def _extract_file(path: Path) -> list[ArticleFacts]:
    from kg.extract import extract_article
    from loaders import LoadedArticle, iter_articles

    return [
        extract_article(item.article, item.source)
        for item in iter_articles([str(path)])
        if isinstance(item, LoadedArticle)
    ]


def extract_facts(paths: list[Path], workers: int) -> list[ArticleFacts]:
    """The facts of every article in paths, in order (extracted in worker processes)."""
    if workers <= 1:
        return [facts for path in paths for facts in _extract_file(path)]
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return [facts for found in pool.map(_extract_file, paths, chunksize=64) for facts in found]


def write_only(facts: list[ArticleFacts], store: Path, batch_size: int) -> WriteTiming:
    """Write the facts into a fresh store in batches of batch_size, timed from open to close
    (the final checkpoint included), with the collector settings of a load."""
    from kg.api import few_collections
    from kg.kb import catalog
    from kg.store.ladybug_store import LadybugStore

    processes.remove_store(store)
    catalog()  # loaded once per process by any load, before its first article
    with few_collections():
        began, cpu = time.perf_counter(), time.process_time()
        graph = LadybugStore(store)
        try:
            for start in range(0, len(facts), batch_size):
                graph.write_articles(facts[start : start + batch_size])
        finally:
            graph.close()
        seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    return WriteTiming(len(facts), batch_size, seconds, cpu_seconds, processes.size_on_disk(store))
