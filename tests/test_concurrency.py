"""Several processes and one embedded store; queries that stay read-only.

Ladybug lets one process write a database file at a time (a file lock). A second writer waits
up to --lock-timeout seconds and then fails with a clear message, leaving the store as it was.
Readers open the file read-only and can query while a writer holds it: each sees the articles
committed when it opened.
"""

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.api import query
from kg.cli import cli
from kg.errors import QueryError, ReadOnlyQueryError
from kg.store import open_store
from kg.store.ladybug_store import LadybugStore

from .conftest import EXAMPLES, ROOT

_HOLD = """
import sys, time
from kg.extract import extract_article
from kg.store.ladybug_store import LadybugStore
from loaders import iter_articles
store = LadybugStore(sys.argv[1])
for item in list(iter_articles([sys.argv[2]]))[: int(sys.argv[3])]:
    store.write_article(extract_article(item.article, item.source))
print("ready", flush=True)
if float(sys.argv[4]) > 0:
    time.sleep(float(sys.argv[4]))
else:
    sys.stdin.read()
store.close()
"""

Holder = Callable[[Path, int, float], subprocess.Popen[str]]


@pytest.fixture
def hold() -> Iterator[Holder]:
    """Starts a process that writes `articles` examples into a store and keeps it open (until
    its stdin closes, or for `seconds`)."""
    started: list[subprocess.Popen[str]] = []

    def start(store: Path, articles: int, seconds: float = 0.0) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(store), str(EXAMPLES), str(articles), str(seconds)],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        started.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def _release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=30) == 0


def _articles(store: Path) -> int:
    graph = open_store(str(store), read_only=True)
    try:
        return int(graph.query("MATCH (a:Article) RETURN count(a)").rows[0][0])
    finally:
        graph.close()


def test_a_second_writer_waits_then_fails_clearly(
    runner: CliRunner, tmp_path: Path, hold: Holder
) -> None:
    store = tmp_path / "g.db"
    holder = hold(store, 3, 0.0)
    began = time.monotonic()
    result = runner.invoke(
        cli, ["load", str(EXAMPLES), "--store", str(store), "--lock-timeout", "1"]
    )
    waited = time.monotonic() - began
    assert result.exit_code == 1
    assert f"Error: {store} is in use by another autokg process (waited 1 s)" in result.output
    assert "Traceback" not in result.output
    assert 1.0 <= waited < 8.0
    _release(holder)
    assert _articles(store) == 3


def test_a_second_writer_gets_in_when_the_first_finishes(
    runner: CliRunner, tmp_path: Path, hold: Holder
) -> None:
    store = tmp_path / "g.db"
    hold(store, 3, 1.5)
    result = runner.invoke(
        cli, ["load", str(EXAMPLES), "--store", str(store), "--lock-timeout", "60"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("loaded 29 article(s)")
    assert "; 3 already stored, 0 duplicate(s), 0 failed" in result.output
    assert _articles(store) == 32


def test_readers_query_while_a_writer_holds_the_store(
    runner: CliRunner, tmp_path: Path, hold: Holder
) -> None:
    store = tmp_path / "g.db"
    holder = hold(store, 5, 0.0)
    result = runner.invoke(
        cli, ["query", "MATCH (a:Article) RETURN count(a) AS n", "-f", "csv", "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "5"]
    _release(holder)


def test_two_loads_at_once_store_everything_once(tmp_path: Path) -> None:
    def command(store: Path) -> list[str]:
        return [sys.executable, "-m", "kg", "load", str(EXAMPLES), "--store", str(store),
                "--lock-timeout", "120", "--no-progress"]  # fmt: skip

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    store, alone = tmp_path / "g.db", tmp_path / "alone.db"
    pipe = subprocess.PIPE
    processes = [
        subprocess.Popen(command(store), env=env, stdout=pipe, stderr=pipe, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    summaries = sorted(out.splitlines()[0] for out, _ in outputs)
    assert summaries[0].startswith("loaded 0 article(s)")
    assert summaries[0].endswith("; 32 already stored, 0 duplicate(s), 0 failed")
    assert summaries[1].startswith("loaded 32 article(s)")
    subprocess.run(command(alone), env=env, stdout=pipe, check=True)
    graph, reference = open_store(str(store), True), open_store(str(alone), True)
    try:
        assert graph.stats() == reference.stats()
    finally:
        graph.close()
        reference.close()


# --- autokg query stays read-only ----------------------------------------------------------------

WRITING = [
    "CREATE (:Brand {id: 'org:x', name: 'X'})",
    "MERGE (b:Brand {id: 'org:x'})",
    "MATCH (b:Brand) SET b.name = 'X'",
    "MATCH (b:Brand) DELETE b",
    "match (b:Brand) detach delete b",
    "MATCH (b:Brand) REMOVE b.country",
    "DROP TABLE Brand",
    "UNWIND [1, 2] AS i CREATE (:Brand {id: 'org:' + string(i)})",
]


@pytest.mark.parametrize("cypher", WRITING)
def test_writing_statements_need_write(runner: CliRunner, loaded_store: Path, cypher: str) -> None:
    result = runner.invoke(cli, ["query", cypher, "--store", str(loaded_store)])
    assert result.exit_code == 2
    assert "this statement writes to the graph; add --write" in result.output


def test_words_inside_strings_and_names_do_not_count_as_writes(loaded_store: Path) -> None:
    result = query(
        "MATCH (b:Brand) WHERE b.name = 'CREATE' OR b.name = $x RETURN b.name AS created "
        "// SET DELETE",
        {"x": "DROP TABLE Brand"},
        str(loaded_store),
    )
    assert result.rows == []


def test_parameters_are_values_never_cypher(runner: CliRunner, loaded_store: Path) -> None:
    before = _articles(loaded_store)
    hostile = "x'}) DETACH DELETE a //"
    result = runner.invoke(cli, [
        "query", "MATCH (a:Article) WHERE a.title = $t RETURN count(a) AS n", "-p", f"t={hostile}",
        "-f", "csv", "--store", str(loaded_store),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "0"]
    assert _articles(loaded_store) == before


def test_a_read_only_store_refuses_writes_the_guard_missed(loaded_store: Path) -> None:
    with pytest.raises(ReadOnlyQueryError):
        query("CREATE (:Brand {id: 'org:x'})", store_location=str(loaded_store))
    store = LadybugStore(loaded_store, read_only=True)
    try:
        with pytest.raises(QueryError):
            store.query("CREATE (:Brand {id: 'org:sneaky', name: 'Sneaky'})")
    finally:
        store.close()


def test_write_allows_a_change(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "g.db"
    assert runner.invoke(cli, ["load", str(EXAMPLES / "01-infiniti-china-qx60.txt"),
                               "--store", str(store)]).exit_code == 0  # fmt: skip
    result = runner.invoke(cli, [
        "query", "MATCH (a:Article) SET a.author = $who RETURN count(a) AS n", "-p", "who=Desk",
        "--write", "-f", "csv", "--store", str(store),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    check = query("MATCH (a:Article) RETURN a.author", store_location=str(store))
    assert check.rows == [["Desk"]]
