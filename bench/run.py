"""Runs every benchmark and prints one table of figures (and writes them as JSON).

    python -m bench                       # 100,000 articles: the figures of the README
    python -m bench --quick               # a smoke run on 50 articles, in seconds
    python -m bench --articles 20000 --only extraction,write,load

Corpora, stores and results go under bench/.data/ (git-ignored); a corpus already written with
the same size and seed is reused.
"""

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from bench import exports, extraction, generate, load, queries
from kg.api import DEFAULT_BATCH_SIZE

BENCHMARKS = ("extraction", "write", "load", "queries", "exports")
DEFAULT_DATA = Path(__file__).resolve().parent / ".data"


@dataclass
class Row:
    benchmark: str
    figure: str
    target: str = ""
    met: bool | None = None


@dataclass
class Results:
    machine: dict[str, str]
    corpus: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, benchmark: str, figure: str, target: str = "", met: bool | None = None) -> None:
        self.rows.append(Row(benchmark, figure, target, met))
        print(f"  {benchmark}: {figure}" + (f"   [target {target}]" if target else ""), flush=True)


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "date": dt.date.today().isoformat(),
        "os": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "ladybug": metadata.version("ladybug"),
    }


def _ms(value: float) -> str:
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def _mb(value: float) -> str:
    return f"{value:,.0f} MB"


def bench_extraction(results: Results, corpus: generate.Corpus, sample: int, workers: int) -> None:
    paths = corpus.files()[:sample]
    print(f"extraction: {len(paths):,} articles, 1 core, {workers} workers, floor", flush=True)
    done = extraction.run(paths, workers)
    one, par, floor = done.one_core, done.parallel, done.floor
    results.add(
        "extraction, 1 core",
        f"{one.per_second:,.0f} articles/s, {one.words_per_second:,.0f} words/s",
        ">= 1,000 articles/s (~500,000 words/s)",
        one.per_second >= 1000,
    )
    results.add(
        f"extraction, --workers {workers}",
        f"{par.per_second:,.0f} articles/s, {par.words_per_second:,.0f} words/s",
    )
    results.add(
        "floor: read + alias automaton",
        f"{floor.per_second:,.0f} articles/s, {floor.words_per_second:,.0f} words/s",
    )
    results.add("extraction / floor", f"{done.ratio:,.1f}x", "<= 10x", done.ratio <= 10)
    results.add("extractor start-up (import, KB, automaton)", f"{done.startup_seconds:.2f} s")
    per_article = {k: round(v / one.articles, 2) for k, v in sorted(done.events.items())}
    results.details["extraction"] = {
        "articles": one.articles,
        "one_core": asdict(one),
        "parallel": asdict(par),
        "floor": asdict(floor),
        "events_per_article": per_article,
        "relations": dict(done.relations),
    }
    results.add(
        "event types found in the sample",
        f"{len(done.events)} of 16 ({sum(done.events.values()) / one.articles:.1f} events/article)",
    )


def bench_write(
    results: Results, corpus: generate.Corpus, sample: int, store: Path, workers: int
) -> None:
    paths = corpus.files()[:sample]
    print(f"write path alone: {len(paths):,} articles extracted first, then written", flush=True)
    facts = load.extract_facts(paths, workers)
    done = load.write_only(facts, store, DEFAULT_BATCH_SIZE)
    results.add(
        "write path alone (pre-extracted facts)",
        f"{done.per_second:,.0f} articles/s ({done.per_cpu_second:,.0f} per CPU second), "
        f"{done.articles:,} articles in batches of {done.batch_size:,}, store "
        f"{done.store_bytes / done.articles / 1024:,.1f} KiB/article",
        ">= 1,000 articles/s",
        done.per_second >= 1000,
    )
    results.details["write"] = asdict(done)


def bench_load(
    results: Results, corpus: generate.Corpus, increment: generate.Corpus, store: Path, workers: int
) -> None:
    print(f"load: {corpus.articles:,} articles into a fresh store, -j {workers}", flush=True)
    full = load.load("full", corpus.folder, store, workers, fresh=True)
    minutes = full.seconds / 60
    results.add(
        f"autokg load {full.articles:,} articles (-j {workers})",
        f"{minutes:,.1f} min ({full.per_second:,.0f} articles/s), peak RSS {_mb(full.peak_rss_mb)}"
        f", store {full.store_bytes / 2**20:,.0f} MiB "
        f"({full.store_bytes / max(full.articles, 1) / 1024:,.1f} KiB/article)",
        "<= 5 min, peak RSS <= 1.5 GB",
        full.seconds <= 300 and full.peak_rss_mb <= 1536,
    )
    print(f"load: {increment.articles:,} more into that store, and into an empty one", flush=True)
    more = load.load("increment", increment.folder, store, workers, fresh=False)
    alone = load.load(
        "alone", increment.folder, store.with_name("increment-alone.db"), workers, True
    )
    results.add(
        f"... then {more.articles:,} more into it",
        f"{more.seconds:,.1f} s ({more.per_second:,.0f} articles/s), peak RSS "
        f"{_mb(more.peak_rss_mb)}; the same into an empty store: {alone.seconds:,.1f} s",
        "follows the increment, not the store",
        more.seconds <= 1.5 * alone.seconds + 2,
    )
    results.details["load"] = [asdict(full), asdict(more), asdict(alone)]


def bench_queries(results: Results, store: Path, runs: int, repeats: int) -> None:
    print(f"queries: every named query, {runs} runs each", flush=True)
    timings = queries.named_queries(store, runs)
    for t in timings:
        if t.error:
            results.add(f"query {t.name}", f"error: {t.error}", "p50 <= 20 ms", False)
            continue
        results.add(
            f"query {t.name}",
            f"p50 {_ms(t.p50_ms)}, p95 {_ms(t.p95_ms)} "
            f"({t.rows} rows; first run {_ms(t.first_ms)})",
            "p50 <= 20 ms",
            t.p50_ms <= 20,
        )
    for p in queries.process_times(store, repeats):
        target = "<= 0.5 s" if p.what == "autokg --help" else ""
        met = p.median_s <= 0.5 if target else None
        results.add(p.what, f"{p.median_s:.2f} s (best {p.best_s:.2f} s)", target, met)
    results.details["queries"] = [asdict(t) for t in timings]


def bench_exports(results: Results, store: Path, out: Path) -> None:
    print("exports: the whole graph", flush=True)
    for t in exports.run(store, out):
        size = f"{t.bytes / 2**20:,.1f} MiB" if t.bytes else "no file"
        note = f"; {t.note}" if t.note else ""
        results.add(
            f"export {t.format}",
            f"{t.seconds:,.1f} s, {size}, peak RSS {_mb(t.peak_rss_mb)}{note}",
        )


def table(results: Results, markdown: bool = False) -> str:
    m = results.machine
    c = results.corpus
    head = (
        f"{m['date']} on {m['cpu']} ({m['cores']} cores, {m['memory']}), {m['os']}, "
        f"Python {m['python']}, ladybug {m['ladybug']}"
    )
    corpus = (
        f"corpus: {c['articles']:,} generated articles (seed {c['seed']}), {c['words']:,} words, "
        f"{c['bytes'] / 2**20:,.0f} MiB"
    )
    marks = {True: "met", False: "NOT met", None: ""}
    rows = [(r.benchmark, r.figure, r.target, marks[r.met]) for r in results.rows]
    header = ("benchmark", "figure", "target", "")
    if markdown:
        lines = [head + "  ", corpus, "", "| " + " | ".join(header) + " |", "|---|---|---|---|"]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    out = [head, corpus, ""]
    for r in [header, *rows]:
        out.append(
            "  ".join(str(cell).ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="autokg benchmarks: print figures, not pass/fail."
    )
    parser.add_argument("--articles", type=int, default=100_000, help="corpus size (100000)")
    parser.add_argument("--increment", type=int, default=1000, help="articles loaded after (1000)")
    parser.add_argument(
        "--extract-articles",
        type=int,
        default=10_000,
        help="articles of the corpus the extraction benchmark reads (10000)",
    )
    parser.add_argument(
        "--write-articles",
        type=int,
        default=10_000,
        help="articles of the corpus the write-path benchmark extracts, then writes (10000)",
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--load-workers", type=int, default=2, help="autokg load --workers (2)")
    parser.add_argument("--runs", type=int, default=50, help="runs of each named query (50)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="work folder")
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS), help="comma-separated: " + ",".join(BENCHMARKS)
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 50 articles, 10 more, 5 query runs"
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.increment, args.runs = 50, 10, 5
        args.extract_articles = args.write_articles = 50
    only = {b.strip() for b in args.only.split(",") if b.strip()}
    unknown = only - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    data: Path = args.data
    data.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    print(f"corpus: {args.articles:,} articles (seed {args.seed}) in {data}", flush=True)
    corpus = generate.write_corpus(
        data / f"corpus-{args.articles}-seed{args.seed}", args.articles, 0, args.seed
    )
    increment = generate.write_corpus(
        data / f"increment-{args.articles}-{args.increment}-seed{args.seed}",
        args.increment,
        args.articles,
        args.seed,
    )
    results = Results(
        machine(),
        {
            "articles": corpus.articles,
            "seed": corpus.seed,
            "words": corpus.words,
            "bytes": corpus.bytes,
            "generated_seconds": corpus.seconds,
        },
    )
    results.add(
        "corpus generation",
        f"{corpus.seconds:,.1f} s ({corpus.articles / max(corpus.seconds, 1e-9):,.0f} articles/s)",
    )
    store = data / f"store-{args.articles}.db"
    if "extraction" in only:
        bench_extraction(results, corpus, min(args.extract_articles, corpus.articles), args.workers)
    if "write" in only:
        sample = min(args.write_articles, corpus.articles)
        bench_write(results, corpus, sample, data / "store-write-only.db", args.workers)
    if "load" in only:
        bench_load(results, corpus, increment, store, args.load_workers)
    if "queries" in only:
        bench_queries(results, store, args.runs, 3 if args.quick else 5)
    if "exports" in only:
        bench_exports(results, store, data / "exports")
    results.details["seconds"] = round(time.perf_counter() - began, 1)
    out = data / f"results-{args.articles}.json"
    out.write_text(json.dumps(asdict(results), indent=1, default=str) + "\n", encoding="utf-8")
    print()
    print(table(results, markdown=args.markdown))
    print(f"\n({results.details['seconds']:,.0f} s in all; figures saved in {out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
