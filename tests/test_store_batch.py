"""Batches of articles in one transaction, on the real embedded database."""

from pathlib import Path
from typing import Any

import pytest

from kg.api import load
from kg.errors import QueryError
from kg.extract import extract_article
from kg.model import ArticleFacts
from kg.store import open_store
from kg.store.ladybug_store import LadybugStore
from loaders import LoadedArticle, iter_articles

from .conftest import EXAMPLES


def _examples() -> list[ArticleFacts]:
    items = [i for i in iter_articles([str(EXAMPLES)]) if isinstance(i, LoadedArticle)]
    return [extract_article(i.article, i.source) for i in items]


def _dump(store: LadybugStore) -> tuple[list[Any], list[Any]]:
    nodes = sorted((n.label, n.id, sorted(n.properties.items())) for n in store.nodes())
    edges = sorted(
        (e.type, e.source, e.target, sorted(e.properties.items())) for e in store.edges()
    )
    return nodes, edges


@pytest.fixture(scope="module")
def examples() -> list[ArticleFacts]:
    return _examples()


def test_a_batch_leaves_the_graph_that_one_article_at_a_time_leaves(
    tmp_path: Path, examples: list[ArticleFacts]
) -> None:
    one_by_one = LadybugStore(tmp_path / "one.db")
    for facts in examples:
        assert one_by_one.write_article(facts).written
    batched = LadybugStore(tmp_path / "batch.db")
    outcomes = batched.write_articles([*examples, examples[0]])
    try:
        assert [o.written for o in outcomes] == [True] * len(examples) + [False]
        assert outcomes[0].nodes > 1 and outcomes[0].relationships > 0
        assert _dump(batched) == _dump(one_by_one)
        # an entity many articles name is one node, created once
        nissan = batched.query("MATCH (c:Company {name: 'Nissan'}) RETURN count(c)").rows
        assert nissan == [[1]]
    finally:
        one_by_one.close()
        batched.close()


def test_stored_articles_are_skipped_and_replace_writes_them_again(
    tmp_path: Path, examples: list[ArticleFacts]
) -> None:
    store = LadybugStore(tmp_path / "g.db")
    try:
        first = store.write_articles(examples[:5])
        assert all(o.written for o in first)
        counts = store.stats()
        again = store.write_articles(examples[:5])
        assert not any(o.written for o in again)
        assert store.stats() == counts
        more = store.write_articles(examples[3:8])
        assert [o.written for o in more] == [False, False, True, True, True]
        full = store.stats()
        replaced = store.write_articles(examples[:8], replace=True)
        assert all(o.written for o in replaced)
        assert store.stats() == full
    finally:
        store.close()
    fresh = LadybugStore(tmp_path / "fresh.db")
    reopened = LadybugStore(tmp_path / "g.db", read_only=True)
    try:
        fresh.write_articles(examples[:8])
        assert _dump(reopened) == _dump(fresh)
    finally:
        fresh.close()
        reopened.close()


def test_text_and_missing_values_are_stored_exactly(
    tmp_path: Path, examples: list[ArticleFacts]
) -> None:
    """The rows travel as CSV files: quotes, commas, line breaks, a lone carriage return, NUL,
    leading spaces, the word NULL and the empty string must all come back as they were, and
    a missing value as a missing value."""
    tricky = '\r\n"Quoted", with commas,\nNULL\x00 and 🚗 and \\ too\rend '
    odd = []
    for facts, title in ((examples[0], "NULL"), (examples[1], "  spaced, 'quoted' \ufeff")):
        article = facts.article.model_copy(
            update={
                "title": title,
                "author": "",
                "url": "lone\rreturn",
                "text": facts.article.text + tricky,
            }
        )
        first = facts.events[0].model_copy(update={"quantity": None, "unit": None, "date": None})
        second = facts.events[1].model_copy(update={"quantity": 1234.5678, "reported_by": ' "x"\r'})
        odd.append(facts.model_copy(update={"article": article, "events": [first, second]}))
    store = LadybugStore(tmp_path / "g.db")
    try:
        store.write_articles(odd)
        for facts in odd:
            article, (first, second) = facts.article, facts.events
            row = store.query(
                "MATCH (a:Article {id: $id}) RETURN a.title, a.author, a.url, a.text, a.word_count",
                {"id": article.id},
            ).rows[0]
            assert row == [article.title, "", "lone\rreturn", article.text, article.word_count]
            stored = store.query(
                "MATCH (e:Event {id: $id}) RETURN e.quantity, e.unit, e.date, e.evidence_start",
                {"id": first.id},
            ).rows
            assert stored == [[None, None, None, first.evidence_start]]
            other = store.query(
                "MATCH (e:Event {id: $id}) RETURN e.quantity, e.reported_by", {"id": second.id}
            ).rows
            assert other == [[1234.5678, ' "x"\r']]
    finally:
        store.close()


def test_row_files_live_beside_the_store_whatever_its_folder_is_called(
    tmp_path: Path, examples: list[ArticleFacts]
) -> None:
    odd = tmp_path / "it's a \\ folder"
    odd.mkdir()
    rows = odd / "g.db.rows"
    rows.mkdir()
    (rows / "Event.csv").write_text("left by a writer that was killed", encoding="utf-8")
    store = LadybugStore(odd / "g.db")
    try:
        assert not rows.exists()  # a killed writer's files are gone once the lock is held
        store.write_articles(examples[:2])
        assert store.query("MATCH (a:Article) RETURN count(a)").rows == [[2]]
        assert (rows / "Article.csv").exists()
    finally:
        store.close()
    assert not rows.exists()  # and this writer's are removed on close


def test_a_failing_batch_stores_none_of_its_articles(
    tmp_path: Path, examples: list[ArticleFacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = LadybugStore(tmp_path / "g.db")
    try:
        store.write_articles(examples[:2])
        before = store.stats()
        from kg.store import ladybug_cypher

        monkeypatch.setattr(ladybug_cypher, "load_relationships", lambda *a: "NOT CYPHER")
        with pytest.raises(QueryError):
            store.write_articles(examples[2:6])
        assert store.stats() == before
        assert not any(store.has_article(f.article.id) for f in examples[2:6])
        monkeypatch.undo()
        # what the failed batch would have added is written in full afterwards
        assert all(o.written for o in store.write_articles(examples[2:6]))
        assert store.stats()["Article"] == 6
    finally:
        store.close()


def test_an_article_the_store_refuses_fails_alone(tmp_path: Path) -> None:
    """A batch the store refuses is written again article by article: the refused article is
    reported as a failure naming its file, and every other article is stored."""
    store = open_store(str(tmp_path / "g.db"))
    assert isinstance(store, LadybugStore)
    real = store.write_articles
    refused = "06-nissan-espinosa-ceo.txt"

    def write_articles(batch: Any, replace: bool = False) -> Any:
        if any(f.source.endswith(refused) for f in batch):
            raise QueryError("refused for the test")
        return real(batch, replace)

    store.write_articles = write_articles  # type: ignore[method-assign]
    report = load([str(EXAMPLES)], store, batch_size=5)
    total = len(list(EXAMPLES.glob("*.txt")))
    try:
        assert [(Path(f.source).name, f.reason) for f in report.failed] == [
            (refused, "could not store: refused for the test")
        ]
        assert report.loaded == total - 1
        stored = store.query("MATCH (a:Article) RETURN count(a)").rows[0][0]
        assert stored == total - 1
    finally:
        store.close()
