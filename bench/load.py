"""End to end: `autokg load` into a fresh embedded store, then an increment into that store."""

import re
from dataclasses import dataclass
from pathlib import Path

from bench import processes

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


def load(what: str, folder: Path, store: Path, workers: int, fresh: bool) -> LoadTiming:
    if fresh:
        processes.remove_store(store)
    args = ["load", str(folder), "--store", str(store), "--no-progress", "--workers", str(workers)]
    done = processes.run(args)
    found = _LOADED.search(done.stdout)
    if done.returncode != 0 or not found:
        tail = (done.stderr or done.stdout).strip()[-800:]
        raise RuntimeError(f"autokg load failed (exit {done.returncode}): {tail}")
    return LoadTiming(
        what, int(found.group(1)), done.seconds, done.peak_rss_mb, processes.size_on_disk(store)
    )
