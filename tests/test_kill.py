"""A load killed at any moment (SIGKILL) leaves the store consistent, and running the same
command again completes the job: the store then equals a clean single load.

The load runs as a real subprocess (`python -m kg load`) and is killed after seeded random
delays, over and over on the same store. After each kill the store must open (read-only, as a
reader would, which also exercises recovery from a checkpoint the kill interrupted) and every
stored article must carry exactly the facts its extraction gives: no half-written article.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.api import load
from kg.extract import extract_article
from kg.ids import normalise_text
from kg.model import ArticleFacts
from kg.model.graph_schema import NODE_TYPES, REL_TYPES
from kg.store import open_store
from kg.store.ladybug_store import LadybugStore
from loaders import LoadedArticle, LoadOptions, iter_articles

from .conftest import EXAMPLES, ROOT

CORPUS = Path(__file__).resolve().parent / "corpus"
PATHS = [str(EXAMPLES), str(CORPUS)]
# A longer soak: AUTOKG_KILLS=50 AUTOKG_KILL_SEED=7 python -m pytest tests/test_kill.py
KILLS = int(os.environ.get("AUTOKG_KILLS", "10"))
SEED = int(os.environ.get("AUTOKG_KILL_SEED", "20240214"))
BATCH = 4
FACT_RELATIONS = [r.name for r in REL_TYPES if any(p.name == "source" for p in r.properties)]


def _expected() -> dict[str, ArticleFacts]:
    """What each article's extraction gives, by article id (the first of duplicates)."""
    facts: dict[str, ArticleFacts] = {}
    texts: set[str] = set()
    for item in iter_articles(PATHS, options=LoadOptions()):
        if not isinstance(item, LoadedArticle):
            continue
        text = normalise_text(item.article.text)
        if item.article.id not in facts and text not in texts:
            facts[item.article.id] = extract_article(item.article, item.source)
            texts.add(text)
    return facts


def _column(store: LadybugStore, cypher: str, **params: Any) -> list[Any]:
    return [row[0] for row in store.query(cypher, params).rows]


def _check_consistent(path: Path, expected: dict[str, ArticleFacts]) -> int:
    """Every stored article has exactly its own facts; nothing points at a missing article."""
    store = LadybugStore(path, read_only=True)
    try:
        tables = _column(store, "CALL show_tables() RETURN name")
        if not tables:  # killed before the schema's one transaction committed
            return 0
        assert set(tables) == {t.label for t in NODE_TYPES} | {r.name for r in REL_TYPES}
        article_ids = _column(store, "MATCH (a:Article) RETURN a.id")
        for article_id in article_ids:
            facts = expected[article_id]
            events = _column(
                store,
                "MATCH (e:Event)-[:EXTRACTED_FROM]->(a:Article {id: $id}) RETURN e.id",
                id=article_id,
            )
            assert sorted(events) == sorted({e.id for e in facts.events}), article_id
            for event in facts.events:
                involved = _column(
                    store, "MATCH (e:Event {id: $id})-[:INVOLVES]->(n) RETURN n.id", id=event.id
                )
                assert set(involved) == {p.id for p in event.participants}, event.id
            mentioned = _column(
                store, "MATCH (a:Article {id: $id})-[:MENTIONS]->(n) RETURN n.id", id=article_id
            )
            assert set(mentioned) == {e.id for e in facts.entities}, article_id
            stored_relations = set()
            for rel in FACT_RELATIONS:
                rows = store.query(
                    f"MATCH (s)-[r:{rel}]->(o) WHERE r.source = $id RETURN s.id, o.id",
                    {"id": article_id},
                ).rows
                stored_relations |= {(rel, s, o) for s, o in rows}
            wanted = {(r.type, r.subject_id, r.object_id) for r in facts.relations}
            assert stored_relations == wanted, article_id
        orphans = _column(
            store, "MATCH (e:Event) WHERE NOT (e)-[:EXTRACTED_FROM]->(:Article) RETURN e.id"
        )
        assert orphans == []
        known = {*article_ids, "kb"}
        for rel in FACT_RELATIONS:
            sources = _column(store, f"MATCH ()-[r:{rel}]->() RETURN DISTINCT r.source")
            assert set(sources) <= known, rel
        return len(article_ids)
    finally:
        store.close()


def _dump(path: Path) -> tuple[list[Any], list[Any]]:
    graph = open_store(str(path), read_only=True)
    try:
        nodes = sorted((n.label, n.id, sorted(n.properties.items())) for n in graph.nodes())
        edges = sorted(
            (e.type, e.source, e.target, sorted(e.properties.items())) for e in graph.edges()
        )
    finally:
        graph.close()
    return nodes, edges


def _wal_stamp(store: Path) -> tuple[int, int] | None:
    try:
        stat = store.with_name(store.name + ".wal").stat()
    except FileNotFoundError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _kill_at_a_random_point(
    process: subprocess.Popen[bytes], store: Path, rng: random.Random
) -> None:
    """A third of the kills come at a random time from the start (starting up, recovering the
    last kill, creating the schema, skipping stored articles); the others a random moment after
    this run first wrote to the log, so that they land among commits however busy the machine."""
    if rng.random() < 1 / 3:
        time.sleep(rng.uniform(0.05, 1.5))
    else:
        before, deadline = _wal_stamp(store), time.monotonic() + 30
        while _wal_stamp(store) in (before, None) and process.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 2.0))
    process.send_signal(signal.SIGKILL)


def _assert_same_graph(got: tuple[list[Any], list[Any]], want: tuple[list[Any], list[Any]]) -> None:
    for kind, mine, theirs in (("node", got[0], want[0]), ("edge", got[1], want[1])):
        extra = [repr(x)[:400] for x in mine if x not in theirs][:3]
        missing = [repr(x)[:400] for x in theirs if x not in mine][:3]
        assert not extra and not missing, f"{kind}s: extra {extra}, missing {missing}"


def _load_command(store: Path) -> list[str]:
    """A load in small batches, so that kills land between commits of a few articles."""
    return [
        sys.executable, "-m", "kg", "load", *PATHS, "--store", str(store), "--no-progress",
        "--batch-size", str(BATCH),
    ]  # fmt: skip


@pytest.fixture
def env() -> Iterator[dict[str, str]]:
    yield {**os.environ, "PYTHONPATH": str(ROOT)}


def test_killed_loads_leave_the_store_consistent_and_a_rerun_completes_it(
    tmp_path: Path, env: dict[str, str]
) -> None:
    expected = _expected()
    clean = tmp_path / "clean.db"
    graph = open_store(str(clean))
    report = load(PATHS, graph, options=LoadOptions())
    graph.close()
    assert report.loaded == len(expected)

    clean_dump = _dump(clean)

    rng = random.Random(SEED)
    stores = (tmp_path / f"killed{n}.db" for n in range(KILLS + 1))
    store = next(stores)
    stored_after_kill = []
    for _ in range(KILLS):
        process = subprocess.Popen(
            _load_command(store), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _kill_at_a_random_point(process, store, rng)
        process.wait(timeout=30)
        if not store.exists():
            continue
        stored = _check_consistent(store, expected)
        stored_after_kill.append(stored)
        if stored == len(expected):  # the kill came too late: check this one, start afresh
            _assert_same_graph(_dump(store), clean_dump)
            store = next(stores)
    print(f"articles stored after each kill: {stored_after_kill} of {len(expected)}")
    assert any(0 < n < len(expected) for n in stored_after_kill), stored_after_kill
    # a batch is stored whole or not at all: only the last one may be short
    assert all(n % BATCH == 0 or n == len(expected) for n in stored_after_kill), stored_after_kill

    final = subprocess.run(_load_command(store), env=env, capture_output=True, text=True)
    assert final.returncode == 1, final.stderr  # the corpus's bad files fail every time
    assert final.stdout.startswith("loaded "), final.stdout
    assert _check_consistent(store, expected) == len(expected)
    _assert_same_graph(_dump(store), clean_dump)


_WRITE_THEN_CLOSE = """
import sys
from kg.extract import extract_article
from kg.ids import normalise_text
from kg.store.ladybug_store import LadybugStore
from loaders import LoadedArticle, iter_articles
store = LadybugStore(sys.argv[1])
for item in iter_articles([sys.argv[2]]):
    assert isinstance(item, LoadedArticle)
    store.write_article(extract_article(item.article, item.source))
print("closing", flush=True)
store.close()
"""


def test_a_reader_opens_a_store_whose_checkpoint_was_killed(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """Closing checkpoints the log into the database file; a kill in the middle leaves a
    checkpoint to finish, which a read-only open cannot do alone: the store lets a brief
    read-write open finish it, then reads."""
    for attempt in range(8):
        store = tmp_path / f"ckpt{attempt}.db"
        markers = [store.with_name(store.name + s) for s in (".shadow", ".wal.checkpoint")]
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITE_THEN_CLOSE, str(store), str(EXAMPLES)],
            env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "closing"
        while process.poll() is None and not any(m.exists() for m in markers):
            time.sleep(0.0005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if any(m.exists() for m in markers):
            break
    else:
        pytest.skip("no kill landed inside a checkpoint in 8 attempts")
    reader = LadybugStore(store, read_only=True)
    try:
        count = reader.query("MATCH (a:Article) RETURN count(a)").rows[0][0]
    finally:
        reader.close()
    assert count == len(list(EXAMPLES.glob("*.txt")))
    assert not any(m.exists() for m in markers)


def test_a_torn_write_ahead_log_is_recovered_up_to_the_last_commit(tmp_path: Path) -> None:
    """A log whose last record was cut short (a kill in the middle of a commit) no longer
    refuses the whole database: every committed transaction is kept and a copy of the log."""
    expected = _expected()
    live = tmp_path / "live.db"
    writer = LadybugStore(live)
    items = [i for i in iter_articles([str(EXAMPLES)]) if isinstance(i, LoadedArticle)][:4]
    for item in items:
        writer.write_article(extract_article(item.article, item.source))
    copy = tmp_path / "copy" / "graph.db"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)  # the files as a kill would leave them: no checkpoint yet
    shutil.copyfile(live.with_name("live.db.wal"), copy.with_name("graph.db.wal"))
    writer.close()
    wal = copy.with_name("graph.db.wal")
    with wal.open("r+b") as handle:
        handle.truncate(wal.stat().st_size - 7)
    store = LadybugStore(copy)
    try:
        assert store.notices and "recovered every committed transaction" in store.notices[0]
        stored = store.query("MATCH (a:Article) RETURN count(a)").rows[0][0]
    finally:
        store.close()
    assert stored == len(items) - 1
    assert list(copy.parent.glob("graph.db.wal.damaged-*"))
    assert _check_consistent(copy, expected) == stored


def test_workers_exit_when_a_killed_load_leaves_them(tmp_path: Path, env: dict[str, str]) -> None:
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in EXAMPLES.glob("*.txt")]
    dump = tmp_path / "many.jsonl"
    dump.write_text(
        "".join(
            json.dumps({"text": f"Report {i}. {texts[i % len(texts)]}", "date": "2024-03-05"})
            + "\n"
            for i in range(600)
        ),
        encoding="utf-8",
    )
    store = tmp_path / "g.db"
    command = [sys.executable, "-m", "kg", "load", str(dump), "--store", str(store), "-j", "2"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    group = process.pid
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:  # articles being written
        stamp = _wal_stamp(store)
        if stamp is not None and stamp[1] > 200_000:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the load ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 15
    try:
        while time.monotonic() < deadline:
            os.killpg(group, 0)  # raises once no process of the load is left
            time.sleep(0.1)
        os.killpg(group, signal.SIGKILL)
        pytest.fail("extraction workers outlived the killed load by 15 s")
    except ProcessLookupError:
        pass
