"""Latency of every named query through the library API, and the CLI's whole-process times."""

import shlex
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import processes


@dataclass(frozen=True)
class QueryTiming:
    name: str
    params: dict[str, Any]
    rows: int
    first_ms: float
    p50_ms: float
    p95_ms: float
    error: str = ""


@dataclass(frozen=True)
class ProcessTiming:
    what: str
    median_s: float
    best_s: float


def example_params(example: str) -> dict[str, Any]:
    """The `-p name=value` pairs of a query's `// example:` line, typed as the CLI types them."""
    from kg.cli.options import parse_params

    words = shlex.split(example)
    pairs = [words[i + 1] for i, word in enumerate(words[:-1]) if word in ("-p", "--param")]
    return parse_params(tuple(pairs))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def _an_event(store: Any) -> str:
    rows = store.query("MATCH (e:Event) RETURN e.id ORDER BY e.id LIMIT 1").rows
    return str(rows[0][0]) if rows else ""


def _most_mentioned(store: Any, labels: tuple[str, ...]) -> str | None:
    pattern = "|".join(labels or ("Company",))
    rows = store.query(
        f"MATCH (:Article)-[:MENTIONS]->(n:{pattern}) "
        "RETURN n.name, count(*) AS c ORDER BY c DESC, n.name LIMIT 1"
    ).rows
    return str(rows[0][0]) if rows else None


def fill_params(store: Any, query: Any, event: str) -> dict[str, Any]:
    """The example's parameters; an entity the generated graph does not have (the examples
    name real-world ones) gives way to the most mentioned entity of the same labels."""
    from kg.entities import resolve_entity
    from kg.errors import AmbiguousEntityError, EntityNotFoundError

    params = example_params(query.example)
    if "event" in params:
        params["event"] = event
    for param in query.params:
        if param.type != "ENTITY" or not params.get(param.name):
            continue
        try:
            resolve_entity(store, str(params[param.name]), labels=param.labels or None)
        except (EntityNotFoundError, AmbiguousEntityError):
            other = _most_mentioned(store, tuple(param.labels))
            if other is not None:
                params[param.name] = other
    return params


def named_queries(store_path: Path, runs: int) -> list[QueryTiming]:
    from kg.named_queries import all_queries, run_named_query
    from kg.store import open_store

    store = open_store(str(store_path), read_only=True)
    timings: list[QueryTiming] = []
    try:
        event = _an_event(store)
        for query in all_queries():
            try:
                params = fill_params(store, query, event)
                began = time.perf_counter()
                result = run_named_query(store, query, params)
                first = time.perf_counter() - began
                samples = []
                for _ in range(runs):
                    began = time.perf_counter()
                    run_named_query(store, query, params)
                    samples.append(time.perf_counter() - began)
            except Exception as exc:  # a broken query is reported, the others still run
                message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                timings.append(QueryTiming(query.name, {}, 0, 0.0, 0.0, 0.0, message))
                # a query that exhausted the database's memory can leave the connection unable
                # to run the next one: start the next query on a fresh one
                store.close()
                store = open_store(str(store_path), read_only=True)
                continue
            timings.append(
                QueryTiming(
                    query.name,
                    params,
                    len(result.rows),
                    first * 1000,
                    percentile(samples, 0.5) * 1000,
                    percentile(samples, 0.95) * 1000,
                )
            )
    finally:
        store.close()
    return timings


def process_times(store_path: Path, repeats: int) -> list[ProcessTiming]:
    """Whole-process wall time of the CLI: start-up, import, open the store, answer, exit."""
    commands = [
        ("autokg --help", ["--help"]),
        (
            'autokg query "MATCH (a:Article) RETURN count(a)"',
            ["query", "MATCH (a:Article) RETURN count(a)", "--store", str(store_path)],
        ),
        (
            "autokg query --name timeline -p entity=Nissan",
            ["query", "--name", "timeline", "-p", "entity=Nissan", "--store", str(store_path)],
        ),
    ]
    timings = []
    for what, args in commands:
        samples = []
        for _ in range(repeats):
            done = processes.run(args)
            if done.returncode != 0:
                raise RuntimeError(f"{what} failed: {done.stderr.strip()[-500:]}")
            samples.append(done.seconds)
        timings.append(ProcessTiming(what, statistics.median(samples), min(samples)))
    return timings
