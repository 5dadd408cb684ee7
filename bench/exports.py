"""Exports of the whole graph through the CLI: time, peak memory and size of the result."""

from dataclasses import dataclass
from pathlib import Path

from bench import processes

FORMATS = (("graphml", ".graphml"), ("html", ".html"), ("turtle", ".ttl"))


@dataclass(frozen=True)
class ExportTiming:
    format: str
    seconds: float
    peak_rss_mb: float
    bytes: int
    note: str = ""


def run(store_path: Path, out_dir: Path) -> list[ExportTiming]:
    out_dir.mkdir(parents=True, exist_ok=True)
    timings = []
    for name, suffix in FORMATS:
        target = out_dir / f"graph{suffix}"
        target.unlink(missing_ok=True)
        done = processes.run(
            ["export", "--format", name, "-o", str(target), "--store", str(store_path)]
        )
        if done.returncode != 0:
            message = (done.stderr.strip().splitlines() or ["failed"])[-1]
            timings.append(ExportTiming(name, done.seconds, done.peak_rss_mb, 0, message))
            continue
        note = " ".join(
            line.removeprefix("note: ")
            for line in done.stderr.splitlines()
            if line.startswith("note:")
        )
        size = target.stat().st_size if target.exists() else 0
        timings.append(ExportTiming(name, done.seconds, done.peak_rss_mb, size, note))
        target.unlink(missing_ok=True)
    return timings
