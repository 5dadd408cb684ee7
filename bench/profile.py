"""Where extraction spends its time: a cProfile run over generated articles, summed by stage
of the pipeline, by rule, and by function (built-in calls such as regex searches counted in
the function that makes them).

    python -m bench.profile --articles 1000
"""

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import generate
from bench.extraction import extract_files

# (file, function) pairs whose inclusive time makes up the pipeline, in the order it runs
RULE_MODULES = (
    "kg/extract/relations.py",
    "kg/extract/ownership.py",
    "kg/extract/roles.py",
    "kg/extract/kb_links.py",
    "kg/extract/stake_lists.py",
)
STAGES = (
    ("kg/extract/sentences.py", "split_sentences"),
    ("kg/extract/mentions.py", "find_mentions"),
    ("kg/extract/triggers.py", "cues"),
    ("kg/extract/context.py", "view"),
    ("kg/extract/relations.py", "find_relations"),
    ("kg/extract/events/__init__.py", "find_events"),
    ("kg/extract/pipeline.py", "_assemble"),
)
LEAVES = (
    ("kg/extract/gazetteer.py", "scan"),
    ("kg/extract/gazetteer.py", "scan_demonyms"),
    ("kg/extract/temporal.py", "find_dates"),
    ("kg/extract/quantities.py", "find_quantities"),
    ("kg/extract/status.py", "status_of"),
)

Key = tuple[str, int, str]


def _short(filename: str) -> str:
    marker = filename.rfind("/kg/")
    return filename[marker + 1 :] if marker >= 0 else filename


def _inclusive(
    stats: dict[Key, Any], wanted: tuple[tuple[str, str], ...]
) -> list[tuple[str, float]]:
    found = []
    for file, name in wanted:
        total = sum(v[3] for k, v in stats.items() if k[2] == name and _short(k[0]) == file)
        found.append((f"{file}:{name}", total))
    return found


def _own_time(stats: dict[Key, Any]) -> dict[str, float]:
    """Self time by project function; a built-in's time goes to the project function calling it
    (through any number of standard-library frames), shared out by calls."""
    own: defaultdict[str, float] = defaultdict(float)

    def charge(key: Key, amount: float, depth: int) -> None:
        if "/kg/" in key[0]:
            own[f"{_short(key[0])}:{key[2]}"] += amount
            return
        callers = stats.get(key, (0, 0, 0, 0, {}))[4]
        calls = sum(v[0] for v in callers.values())
        if depth > 6 or not calls:
            own["(outside kg)"] += amount
            return
        for caller, value in callers.items():
            charge(caller, amount * value[0] / calls, depth + 1)

    for key, value in stats.items():
        charge(key, value[2], 0)
    return own


def profile(paths: list[Path]) -> tuple[float, dict[Key, Any]]:
    extract_files(paths[:20])  # imports, KB and automaton outside the profile
    profiler = cProfile.Profile()
    began = time.perf_counter()
    profiler.enable()
    extract_files(paths)
    profiler.disable()
    seconds = time.perf_counter() - began
    stats: dict[Key, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return seconds, stats


def report(paths: list[Path], top: int) -> str:
    seconds, stats = profile(paths)
    total = sum(v[2] for v in stats.values())
    lines = [
        f"{len(paths)} articles in {seconds:.2f} s under the profiler "
        f"({len(paths) / seconds:,.0f} articles/s; profiled time {total:.2f} s)",
        "",
        "pipeline stages (inclusive)",
    ]
    lines += [
        f"  {100 * t / total:5.1f}%  {t:7.3f} s  {name}" for name, t in _inclusive(stats, STAGES)
    ]
    lines += ["", "leaf scanners (inclusive, wherever called from)"]
    lines += [
        f"  {100 * t / total:5.1f}%  {t:7.3f} s  {name}" for name, t in _inclusive(stats, LEAVES)
    ]
    rules = [
        (f"{_short(k[0])}:{k[2]}", v[3])
        for k, v in stats.items()
        if (_short(k[0]) in RULE_MODULES or _short(k[0]).startswith("kg/extract/events/"))
        and k[2] not in ("find_events", "find_relations")
    ]
    lines += ["", "rule functions (inclusive)"]
    for name, t in sorted(rules, key=lambda x: -x[1])[:top]:
        lines.append(f"  {100 * t / total:5.1f}%  {t:7.3f} s  {name}")
    lines += ["", "functions by own time (with the built-ins they call)"]
    for name, t in sorted(_own_time(stats).items(), key=lambda x: -x[1])[:top]:
        lines.append(f"  {100 * t / total:5.1f}%  {t:7.3f} s  {name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent / ".data")
    args = parser.parse_args(argv)
    corpus = generate.write_corpus(
        args.data / f"corpus-{args.articles}-seed{args.seed}", args.articles, 0, args.seed
    )
    print(report(corpus.files(), args.top))


if __name__ == "__main__":
    main()
