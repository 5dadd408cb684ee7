"""The embedded store against real Ladybug files in temporary folders."""

from pathlib import Path

import pytest

from kg.api import load
from kg.errors import QueryError, StoreError
from kg.extract import extract_article
from kg.store import open_store
from kg.store.ladybug_store import LadybugStore
from loaders import LoadedArticle, iter_articles

from .conftest import EXAMPLES


def _article(name: str) -> LoadedArticle:
    (item,) = list(iter_articles([str(EXAMPLES / name)]))
    assert isinstance(item, LoadedArticle)
    return item


def test_an_article_is_written_with_its_facts(store_path: Path) -> None:
    item = _article("01-infiniti-china-qx60.txt")
    facts = extract_article(item.article, item.source)
    store = LadybugStore(store_path)
    outcome = store.write_article(facts)
    assert outcome.written
    events = store.query(
        "MATCH (e:Event)-[:EXTRACTED_FROM]->(a:Article {id: $id}) RETURN count(e)",
        {"id": facts.article.id},
    )
    assert events.rows == [[len(facts.events)]]
    evidence = store.query(
        "MATCH (e:Event) RETURN e.evidence, e.evidence_start, e.evidence_end, e.source"
    )
    for text, start, end, source in evidence.rows:
        assert facts.article.text[start:end] == text
        assert source == facts.article.id
    store.close()


def test_reloading_is_idempotent(store_path: Path) -> None:
    store = open_store(str(store_path))
    first = load([str(EXAMPLES)], store)
    counts = store.stats()
    second = load([str(EXAMPLES)], store)
    assert store.stats() == counts
    assert second.loaded == 0 and second.already_stored == first.loaded
    store.close()


def test_the_same_entity_from_two_articles_is_one_node(loaded_store: Path) -> None:
    store = open_store(str(loaded_store), read_only=True)
    rows = store.query("MATCH (c:Company) WHERE c.name = 'Nissan' RETURN count(c)").rows
    mentions = store.query(
        "MATCH (a:Article)-[:MENTIONS]->(c:Company {name: 'Nissan'}) RETURN count(a)"
    ).rows
    store.close()
    assert rows == [[1]]
    assert mentions[0][0] >= 2


def test_a_failing_statement_leaves_no_half_written_article(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _article("01-infiniti-china-qx60.txt")
    facts = extract_article(item.article, item.source)
    store = LadybugStore(store_path)
    before = store.stats()
    from kg.store import ladybug_cypher

    # the relationships come after the entities, the article and its events
    monkeypatch.setattr(ladybug_cypher, "load_relationships", lambda *args: "THIS IS NOT CYPHER")
    with pytest.raises(QueryError):
        store.write_article(facts)
    assert store.stats() == before
    assert not store.has_article(facts.article.id)
    store.close()


def test_kb_background_facts_keep_the_kb_as_source(loaded_store: Path) -> None:
    store = open_store(str(loaded_store), read_only=True)
    rows = store.query(
        "MATCH (b:Brand {name: 'Infiniti'})-[r:OWNED_BY]->(c) RETURN c.name, r.source, r.rule"
    ).rows
    store.close()
    assert ["Nissan", "kb", "kb"] in rows


def test_a_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.db"), read_only=True)


def test_a_cypher_error_carries_the_database_message(loaded_store: Path) -> None:
    store = open_store(str(loaded_store), read_only=True)
    with pytest.raises(QueryError, match="Table Nope does not exist"):
        store.query("MATCH (n:Nope) RETURN n")
    store.close()


def test_a_new_store_in_a_folder_that_does_not_exist_yet_creates_it(tmp_path: Path) -> None:
    path = tmp_path / "runs" / "2025" / "graph.db"
    store = open_store(str(path))
    try:
        assert store.stats()["Article"] == 0
    finally:
        store.close()
    assert path.parent.is_dir()
