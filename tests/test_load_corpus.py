"""`autokg load` on the test corpus: one file of every supported kind, good and bad.

tests/corpus/ holds, besides good files of each format, one file for each way input goes wrong:
binary, empty, damaged UTF-8, a legacy encoding, HTML without article text, a broken JSON line,
a CSV without a text column, unreadable dates, articles without text or date, and duplicates
(the same URL in two records, the same text in two files). The summary is asserted in full.
"""

import os
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg.api import load
from kg.cli import cli
from kg.store import open_store
from loaders import LoadOptions

from .conftest import EXAMPLES

CORPUS = Path(__file__).resolve().parent / "corpus"

EXPECTED_FAILURES = [
    ("bad-date.md", None, "unparseable publication date: 'next Tuesday' (use YYYY-MM-DD)"),
    ("binary.txt", None, "binary file (PNG image), not an article"),
    ("boilerplate-only.html", None, "no article text found in the HTML page"),
    ("broken-utf8.txt", 5, "invalid UTF-8: byte 0xe2 at column 20"),
    ("dump.jsonl", 2, "invalid JSON: Unterminated string"),
    ("dump.jsonl", 4, "the article has no text (field 'content' is empty)"),
    ("dump.jsonl", 5, "unparseable publication date: 'the day after the show'"),
    ("dump.jsonl", 8, "expected a JSON object, got list"),
    ("empty.txt", None, "empty file"),
    ("export.csv", 5, "the article has no text"),
    ("feed.rss", None, "entry 2: no publication date"),
    ("no-date.txt", None, "no publication date"),
    ("no-text-column.csv", 1, "no text column (columns: headline, summary, date)"),
    ("no-text.txt", None, "the article has no text"),
]
LOADED = {
    "array.json:2", "array.json:3", "article.txt", "dump.jsonl:1", "dump.jsonl:3", "export.csv:2",
    "export.csv:6", "feed.atom#1", "feed.rss#1", "front-matter.md", "latin1.txt",
    "malformed.html", "nested/more.txt", "news-page.html", "utf16.txt",
}  # fmt: skip


def _summary(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("loaded "))


def _sources(store: Path) -> set[str]:
    graph = open_store(str(store), read_only=True)
    try:
        rows = graph.query("MATCH (a:Article) RETURN a.source_path").rows
    finally:
        graph.close()
    return {str(Path(r[0]).relative_to(CORPUS)) for r in rows}


def test_the_corpus_loads_with_the_expected_summary(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "g.db"
    result = runner.invoke(cli, ["load", str(CORPUS), "--store", str(store)])
    assert result.exit_code == 1, result.output
    summary = _summary(result.output)
    assert summary.startswith(f"loaded 15 article(s) into embedded store {store}: ")
    assert summary.endswith("; 0 already stored, 2 duplicate(s), 14 failed")
    failed = [line.removeprefix("failed: ") for line in result.output.splitlines()
              if line.startswith("failed: ")]  # fmt: skip
    assert len(failed) == len(EXPECTED_FAILURES)
    for line, (name, number, reason) in zip(failed, EXPECTED_FAILURES, strict=True):
        where = f"{CORPUS / name}:{number}" if number is not None else str(CORPUS / name)
        assert line.startswith(f"{where}: {reason}"), line
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {CORPUS}: skipped 1 file(s) of other types (.png)",
        f"warning: {CORPUS / 'latin1.txt'}: not UTF-8; read as cp1252 (detected)",
    ]
    assert _sources(store) == LOADED
    again = runner.invoke(cli, ["load", str(CORPUS), "--store", str(store), "-q"])
    assert again.exit_code == 1
    assert "loaded " not in again.output and again.output.count("failed: ") == 14


def test_duplicates_are_listed_with_verbose(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["load", str(CORPUS), "--store", str(tmp_path / "g.db"), "-v"])
    duplicates = [line for line in result.output.splitlines() if line.startswith("duplicate: ")]
    assert duplicates == [
        f"duplicate: {CORPUS / 'dump.jsonl'}:7: same URL as {CORPUS / 'dump.jsonl'}:1",
        f"duplicate: {CORPUS / 'duplicate-text.txt'}: same text as {CORPUS / 'article.txt'}",
    ]


def test_default_date_fills_in_and_warns(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "g.db"
    result = runner.invoke(
        cli, ["load", str(CORPUS), "--store", str(store), "--default-date", "2024-06-01"]
    )
    assert _summary(result.output).endswith("; 0 already stored, 2 duplicate(s), 12 failed")
    assert f"warning: {CORPUS / 'no-date.txt'}: no publication date; using --default-date " \
           "2024-06-01" in result.output  # fmt: skip
    assert f"warning: {CORPUS / 'feed.rss'}#2: no publication date" in result.output
    graph = open_store(str(store), read_only=True)
    rows = graph.query(
        "MATCH (a:Article) WHERE a.published_source = 'default' "
        "RETURN a.title, a.published ORDER BY a.title"
    ).rows
    graph.close()
    assert rows == [
        ["Polestar shares fall after Geely support talks", "2024-06-01"],
        ["Tata Motors completes demerger", "2024-06-01"],
    ]


def test_date_from_mtime_is_flagged_on_the_article(runner: CliRunner, tmp_path: Path) -> None:
    copy = tmp_path / "no-date.txt"
    shutil.copy(CORPUS / "no-date.txt", copy)
    os.utime(copy, (1717243200, 1717243200))  # 2024-06-01 12:00 UTC
    store = tmp_path / "g.db"
    result = runner.invoke(cli, ["load", str(copy), "--store", str(store), "--date-from-mtime"])
    assert result.exit_code == 0, result.output
    graph = open_store(str(store), read_only=True)
    rows = graph.query("MATCH (a:Article) RETURN a.published, a.published_source").rows
    graph.close()
    assert rows == [["2024-06-01", "mtime"]]


def test_misuse_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "g.db")]
    both = ["--default-date", "2024-01-01", "--date-from-mtime"]
    for args in (both, ["--default-date", "soon"], ["--field", "colour=red"],
                 ["--max-size", "lots"], ["--workers", "0"]):  # fmt: skip
        result = runner.invoke(cli, ["load", str(CORPUS / "article.txt"), *store, *args])
        assert result.exit_code == 2, (args, result.output)


def test_stdin_and_a_forced_format(runner: CliRunner, tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "g.db")]
    data = (CORPUS / "export.csv").read_bytes()
    sniffed = runner.invoke(cli, ["load", "-", *store], input=(CORPUS / "dump.jsonl").read_bytes())
    assert _summary(sniffed.output).startswith("loaded 2 article(s)")
    assert "failed: <stdin>:2: invalid JSON" in sniffed.output
    forced = runner.invoke(cli, ["load", "-", "--format", "csv", *store], input=data)
    assert _summary(forced.output).startswith("loaded 2 article(s)")


def test_size_limit_flag(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["load", str(CORPUS / "article.txt"), "--max-size", "100B",
                                 "--store", str(tmp_path / "g.db")])  # fmt: skip
    assert result.exit_code == 1
    assert "file is 547 bytes, over the 100 bytes limit (raise it with --max-size)" in result.output


def _dump(store: Path) -> tuple[list[Any], list[Any]]:
    graph = open_store(str(store), read_only=True)
    try:
        nodes = sorted((n.label, n.id, sorted(n.properties.items())) for n in graph.nodes())
        edges = sorted(
            (e.type, e.source, e.target, sorted(e.properties.items())) for e in graph.edges()
        )
    finally:
        graph.close()
    return nodes, edges


def test_workers_give_the_same_store_as_one_process(tmp_path: Path) -> None:
    paths = [str(EXAMPLES), str(CORPUS)]
    reports = []
    for workers in (1, 2):
        graph = open_store(str(tmp_path / f"w{workers}.db"))
        try:
            reports.append(load(paths, graph, options=LoadOptions(), workers=workers))
        finally:
            graph.close()
    one, two = reports
    assert one.loaded == two.loaded > 40
    assert [str(f) for f in one.failed] == [str(f) for f in two.failed]
    assert (one.warnings, one.duplicate_of) == (two.warnings, two.duplicate_of)
    assert _dump(tmp_path / "w1.db") == _dump(tmp_path / "w2.db")
