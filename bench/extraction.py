"""Extraction throughput on one core and in worker processes, beside the floor: reading the
same files and scanning them with the KB's alias automaton alone."""

import multiprocessing
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import read_article

CHUNK = 64


@dataclass
class Throughput:
    articles: int
    words: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass
class ExtractionResult:
    one_core: Throughput
    workers: int
    parallel: Throughput
    floor: Throughput
    startup_seconds: float
    events: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)

    @property
    def ratio(self) -> float:
        """How many times longer extraction takes than the floor, per article."""
        return self.floor.per_second / self.one_core.per_second if self.one_core.seconds else 0.0


def _article(path: Path, index: int) -> tuple[object, int]:
    from kg.model import Article

    title, published, publisher, body = read_article(path)
    article = Article(
        id=f"bench:{index}",
        title=title,
        published=published,
        publisher=publisher,
        text=body,
        source_path=str(path),
    )
    return article, len(body.split())


def extract_files(
    paths: list[Path], events: Counter[str] | None = None, relations: Counter[str] | None = None
) -> Throughput:
    """Reads and extracts every file here, in this process; the clock runs over the loop only."""
    from kg.extract import extract_article
    from kg.model import Article

    words = 0
    began = time.perf_counter()
    for index, path in enumerate(paths):
        article, count = _article(path, index)
        assert isinstance(article, Article)
        facts = extract_article(article, str(path))
        words += count
        if events is not None:
            events.update(e.type for e in facts.events)
        if relations is not None:
            relations.update(r.type for r in facts.relations)
    return Throughput(len(paths), words, time.perf_counter() - began)


def floor_files(paths: list[Path]) -> Throughput:
    """Reads every file and scans its body with the gazetteer's automaton, nothing more."""
    from kg.extract.gazetteer import gazetteer

    scanner = gazetteer()
    words = 0
    began = time.perf_counter()
    for path in paths:
        _, _, _, body = read_article(path)
        scanner.scan(body)
        words += len(body.split())
    return Throughput(len(paths), words, time.perf_counter() - began)


def _warm() -> None:
    from kg.extract import extract_article  # noqa: F401 - imported to load the rule modules
    from kg.extract.gazetteer import gazetteer

    gazetteer()


def _ready(seconds: float) -> bool:
    time.sleep(seconds)
    return True


def _extract_chunk(paths: list[str]) -> tuple[int, int]:
    done = extract_files([Path(p) for p in paths])
    return done.articles, done.words


def extract_parallel(paths: list[Path], workers: int) -> Throughput:
    """The same work spread over spawned worker processes (as `autokg load --workers` does);
    the clock starts once every worker has loaded the extractor and the KB."""
    context = multiprocessing.get_context("spawn")
    chunks = [[str(p) for p in paths[i : i + CHUNK]] for i in range(0, len(paths), CHUNK)]
    with context.Pool(workers, initializer=_warm) as pool:
        pool.map(_ready, [0.5] * workers, chunksize=1)
        began = time.perf_counter()
        articles = words = 0
        for done, count in pool.imap_unordered(_extract_chunk, chunks):
            articles += done
            words += count
        seconds = time.perf_counter() - began
    return Throughput(articles, words, seconds)


_STARTUP = (
    "import time; t = time.perf_counter(); "
    "from kg.extract import extract_article; from kg.extract.gazetteer import gazetteer; "
    "gazetteer(); print(time.perf_counter() - t)"
)


def startup_seconds() -> float:
    """Importing the extractor and building the KB and its automaton, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def run(paths: list[Path], workers: int) -> ExtractionResult:
    _warm()
    floor_files(paths[: min(len(paths), 200)])  # the page cache and the automaton, warm
    events: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    one = extract_files(paths, events, relations)
    floor = floor_files(paths)
    parallel = extract_parallel(paths, workers) if workers > 1 else one
    return ExtractionResult(one, workers, parallel, floor, startup_seconds(), events, relations)
