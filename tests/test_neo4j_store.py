"""The Neo4j backend at the driver boundary: a fake neo4j.Driver records every statement, its
parameters and the transaction it ran in, so the tests assert exactly what autokg would send.

The fake is a recorder, not a database: reads answer from a small script of canned rows.
"""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j
import pytest
from neo4j import exceptions as neo4j_errors

from kg.errors import QueryError, StoreError
from kg.extract import extract_article
from kg.kb import catalog
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type
from kg.store import neo4j_cypher as cy
from kg.store import open_store
from kg.store.batch import merge_plans
from kg.store.neo4j_store import Neo4jStore, parse_location, redact
from kg.store.rows import plan_article
from loaders import LoadedArticle, iter_articles

from .conftest import EXAMPLES

Answer = Callable[[str, dict[str, Any]], tuple[list[dict[str, Any]], list[str]]]


def neo4j_error(code: str, message: str) -> neo4j_errors.Neo4jError:
    """An error as the driver builds it from a server failure."""
    return neo4j_errors.Neo4jError._hydrate_neo4j(code=code, message=message)


class FakeResult:
    def __init__(self, records: list[dict[str, Any]], keys: list[str]) -> None:
        self.records, self.keys = records, keys

    def consume(self) -> None:
        return None


class FakeTransaction:
    """A ManagedTransaction: records its statements; may fail after a given statement."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.runs: list[tuple[str, dict[str, Any]]] = []
        self.fail_at = fail_at

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> FakeResult:
        self.runs.append((query, copy.deepcopy(parameters or {})))
        if self.fail_at is not None and len(self.runs) == self.fail_at:
            raise neo4j_error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
        return FakeResult([], [])


class FakeSession:
    def __init__(self, driver: "FakeDriver", database: str | None) -> None:
        self.driver, self.database = driver, database

    def __enter__(self) -> "FakeSession":
        return self

    def __exit__(self, *exc: object) -> None:
        self.driver.sessions_closed += 1

    def execute_write(self, work: Callable[..., Any], *args: Any) -> Any:
        """Like the driver: run `work` in a transaction; retry it after a transient error."""
        while True:
            fail_at = (
                self.driver.transient_failures.pop(0) if self.driver.transient_failures else None
            )
            tx = FakeTransaction(fail_at)
            try:
                result = work(tx, *args)
            except neo4j_errors.Neo4jError as exc:
                self.driver.rolled_back.append(tx.runs)
                if exc.is_retryable():
                    continue
                raise
            self.driver.transactions.append((self.database, tx.runs))
            return result


class FakeDriver:
    """Records execute_query calls and write transactions; answers reads from `answer`."""

    def __init__(self, answer: Answer | None = None) -> None:
        self.answer = answer or (lambda cypher, params: ([], []))
        self.queries: list[tuple[str, dict[str, Any], Any, str | None]] = []
        self.transactions: list[tuple[str | None, list[tuple[str, dict[str, Any]]]]] = []
        self.rolled_back: list[list[tuple[str, dict[str, Any]]]] = []
        self.transient_failures: list[int] = []
        self.sessions_closed = 0
        self.closed = False

    def execute_query(
        self,
        query_: str,
        parameters_: dict[str, Any] | None = None,
        routing_: Any = neo4j.RoutingControl.WRITE,
        database_: str | None = None,
        **_: Any,
    ) -> tuple[list[dict[str, Any]], None, list[str]]:
        params = copy.deepcopy(parameters_ or {})
        self.queries.append((query_, params, routing_, database_))
        records, keys = self.answer(query_, params)
        return records, None, keys

    def session(self, database: str | None = None, **_: Any) -> FakeSession:
        return FakeSession(self, database)

    def close(self) -> None:
        self.closed = True

    def statements(self) -> list[str]:
        """Every statement sent, in order, reads and writes."""
        sent = [q for q, *_ in self.queries]
        for _, runs in self.transactions:
            sent += [q for q, _ in runs]
        return sent


def no_articles(cypher: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """An empty database: every count is 0, every other read finds nothing."""
    if " RETURN count(" in cypher:
        return [{"n": 0}], ["n"]
    return [], []


def _facts(name: str) -> Any:
    (item,) = list(iter_articles([str(EXAMPLES / name)]))
    assert isinstance(item, LoadedArticle)
    return extract_article(item.article, item.source)


ENTITY_PROPS = [p.name for p in node_type("Company").properties]
SCHEMA = cy.schema_statements()


def test_the_write_statements_are_batched_unwind_merges() -> None:
    assert cy.merge_nodes("Brand", ENTITY_PROPS) == (
        "UNWIND $rows AS row MERGE (n:Brand {id: row.id}) ON CREATE SET n.name = row.name, "
        "n.aliases = row.aliases, n.qid = row.qid, n.kind = row.kind, n.country = row.country, "
        "n.in_kb = row.in_kb"
    )
    assert cy.merge_relationships("OWNED_BY", "Brand", "Company") == (
        "UNWIND $rows AS row MATCH (a:Brand {id: row.s}) MATCH (b:Company {id: row.o}) "
        "MERGE (a)-[r:OWNED_BY {fact_key: coalesce(row.fact_key, '')}]->(b) "
        "SET r.stake = row.stake, r.since = row.since, r.until = row.until, "
        "r.source = row.source, r.evidence = row.evidence, "
        "r.evidence_start = row.evidence_start, r.evidence_end = row.evidence_end, "
        "r.rule = row.rule, r.confidence = row.confidence, r.published = row.published"
    )
    assert (
        cy.merge_relationships("HOLDS_ROLE", "Person", "Company")
        .split(" SET ")[0]
        .endswith("MERGE (a)-[r:HOLDS_ROLE {fact_key: coalesce(row.fact_key, '')}]->(b)")
    )
    assert cy.merge_relationships("MENTIONS", "Article", "Brand") == (
        "UNWIND $rows AS row MATCH (a:Article {id: row.s}) MATCH (b:Brand {id: row.o}) "
        "MERGE (a)-[r:MENTIONS]->(b) SET r.count = row.count"
    )
    with pytest.raises(ValueError, match="does not link"):
        cy.merge_relationships("MAKES", "Vehicle", "Brand")


def test_an_article_is_one_write_transaction_after_the_schema() -> None:
    facts = _facts("01-infiniti-china-qx60.txt")
    driver = FakeDriver(no_articles)
    store = Neo4jStore(driver, database="cars")
    outcome = store.write_article(facts)

    assert outcome.written
    sent = [q for q, *_ in driver.queries]
    assert sent == [cy.stored_articles(), *SCHEMA]
    assert driver.queries[0][1] == {"ids": [facts.article.id]}
    assert all(db == "cars" for *_, db in driver.queries)
    assert driver.queries[0][2] == neo4j.RoutingControl.READ
    assert len(driver.transactions) == 1
    database, runs = driver.transactions[0]
    assert database == "cars"

    plan = plan_article(facts, catalog())
    expected = store.batch_statements(merge_plans([plan]))
    assert runs == expected
    # entities first (sorted by label), then the article, its events, the relationships the
    # article states or links (its publisher, mentions, facts, events' participants) and the
    # reference KB's background facts
    article_at = runs.index(
        (
            cy.upsert_nodes("Article", [p.name for p in node_type("Article").properties]),
            {"rows": [plan.article]},
        )
    )
    assert [q for q, _ in runs[:article_at]] == [
        cy.merge_nodes(label, ENTITY_PROPS) for label in sorted(plan.nodes)
    ]
    brand_rows = dict(runs[:article_at])[cy.merge_nodes("Brand", ENTITY_PROPS)]["rows"]
    assert {"id": "org:infiniti", "name": "Infiniti"}.items() <= next(
        r for r in brand_rows if r["id"] == "org:infiniti"
    ).items()
    owned = cy.merge_relationships("OWNED_BY", "Brand", "Company")
    infiniti_owners = [
        (row["o"], row["source"])
        for q, p in runs
        if q == owned
        for row in p["rows"]
        if row["s"] == "org:infiniti"
    ]
    assert ("org:nissan", facts.article.id) in infiniti_owners
    assert ("org:nissan", "kb") in infiniti_owners
    events = [p["rows"] for q, p in runs if q.startswith("UNWIND $rows AS row MERGE (n:Event")]
    assert [len(rows) for rows in events] == [len(facts.events)]


def test_a_batch_is_one_transaction_of_statements_shared_by_its_articles() -> None:
    """Many articles: one statement per label and per relationship type and endpoints, with
    the rows of every article; an entity they share is sent once; a stored one is skipped."""
    names = [
        "01-infiniti-china-qx60.txt",
        "02-dongfeng-nissan-n7.txt",
        "06-nissan-espinosa-ceo.txt",
    ]
    stored, first, second = (_facts(n) for n in names)

    def answer(cypher: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
        if cypher == cy.stored_articles():
            return [{"id": i} for i in params["ids"] if i == stored.article.id], ["id"]
        return [], []

    driver = FakeDriver(answer)
    store = Neo4jStore(driver)
    outcomes = store.write_articles([stored, first, second, first])

    assert [o.written for o in outcomes] == [False, True, True, False]
    reads = [(q, p) for q, p, *_ in driver.queries if q == cy.stored_articles()]
    assert reads == [
        (cy.stored_articles(), {"ids": [stored.article.id, first.article.id, second.article.id]})
    ]
    ((_, runs),) = driver.transactions
    statements = [q for q, _ in runs]
    assert len(statements) == len(set(statements))  # one statement each, whatever the articles
    rows = dict(runs)
    articles = rows[cy.upsert_nodes("Article", [p.name for p in node_type("Article").properties])]
    assert [r["id"] for r in articles["rows"]] == [first.article.id, second.article.id]
    companies = [r["id"] for r in rows[cy.merge_nodes("Company", ENTITY_PROPS)]["rows"]]
    assert companies.count("org:nissan") == 1
    assert {"org:nissan"} <= {e.id for e in first.entities} & {e.id for e in second.entities}
    mentions = cy.merge_relationships("MENTIONS", "Article", "Company")
    sources = {r["s"] for r in rows[mentions]["rows"]}
    assert sources == {first.article.id, second.article.id}
    events = rows[cy.upsert_nodes("Event", [p.name for p in node_type("Event").properties])]
    assert len(events["rows"]) == len(first.events) + len(second.events)


def test_the_schema_is_created_once_and_a_stored_article_is_skipped() -> None:
    stored: set[str] = set()

    def answer(cypher: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
        if cypher == cy.stored_articles():
            return [{"id": i} for i in params["ids"] if i in stored], ["id"]
        return [], []

    driver = FakeDriver(answer)
    store = Neo4jStore(driver)
    first, second = _facts("01-infiniti-china-qx60.txt"), _facts("02-dongfeng-nissan-n7.txt")
    store.write_article(first)
    stored.add(first.article.id)
    store.write_article(second)
    again = store.write_article(first)

    assert not again.written
    assert [q for q, *_ in driver.queries].count(SCHEMA[0]) == 1
    assert len(driver.transactions) == 2


def test_replacing_deletes_the_old_facts_in_the_same_transaction() -> None:
    facts = _facts("01-infiniti-china-qx60.txt")
    driver = FakeDriver(no_articles)
    Neo4jStore(driver).write_article(facts, replace=True)

    ((_, runs),) = driver.transactions
    deletes = cy.delete_articles_facts()
    assert runs[: len(deletes)] == [(s, {"ids": [facts.article.id]}) for s in deletes]
    assert deletes[0] == (
        "UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->()-[r:OWNED_BY]->() "
        "WHERE r.source = id DELETE r"
    )
    assert deletes[-1] == "UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a"
    assert not any(q == cy.stored_articles() for q, *_ in driver.queries)  # replaced anyway


def test_rows_are_split_into_batches_of_the_batch_size() -> None:
    facts = _facts("09-geely-portfolio.txt")
    driver = FakeDriver(no_articles)
    store = Neo4jStore(driver, batch_size=2)
    store.write_article(facts)

    ((_, runs),) = driver.transactions
    assert all(len(p["rows"]) <= 2 for _, p in runs if "rows" in p)
    plan = plan_article(facts, catalog())
    companies = plan.nodes["Company"]
    assert len(companies) > 2
    sent = [p["rows"] for q, p in runs if q == cy.merge_nodes("Company", ENTITY_PROPS)]
    assert [len(rows) for rows in sent] == [2] * (len(companies) // 2) + (
        [1] if len(companies) % 2 else []
    )
    assert [row for rows in sent for row in rows] == companies


def test_a_transient_error_reruns_the_same_transaction() -> None:
    facts = _facts("01-infiniti-china-qx60.txt")
    driver = FakeDriver(no_articles)
    driver.transient_failures = [3]
    Neo4jStore(driver).write_article(facts)

    assert len(driver.rolled_back) == 1 and len(driver.rolled_back[0]) == 3
    ((_, runs),) = driver.transactions
    assert runs[:3] == driver.rolled_back[0]
    plan = plan_article(facts, catalog())
    assert runs == Neo4jStore(FakeDriver()).batch_statements(merge_plans([plan]))


def test_reads_use_read_routing_and_writes_need_a_writable_store() -> None:
    driver = FakeDriver(lambda c, p: ([{"n": 7}], ["n"]))
    store = Neo4jStore(driver, read_only=True)
    assert store.query("MATCH (n) RETURN count(n) AS n").rows == [[7]]
    assert driver.queries[0][2] == neo4j.RoutingControl.READ
    with pytest.raises(StoreError, match="read-only"):
        store.query("CREATE (n:Brand {id: 'x'})", write=True)
    with pytest.raises(StoreError, match="read-only"):
        store.write_article(_facts("01-infiniti-china-qx60.txt"))
    writable = Neo4jStore(driver)
    writable.query("MATCH (n:Brand {id: 'x'}) SET n.kind = 'test'", write=True)
    assert driver.queries[-1][2] == neo4j.RoutingControl.WRITE
    assert driver.transactions == []


def test_a_cypher_error_is_the_servers_message() -> None:
    def fail(cypher: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
        raise neo4j_error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'")

    with pytest.raises(QueryError) as caught:
        Neo4jStore(FakeDriver(fail)).query("RETRN 1")
    assert str(caught.value) == "Invalid input 'RETRN'"


def test_credentials_come_from_the_uri_or_the_environment() -> None:
    env = {"NEO4J_USERNAME": "reader", "NEO4J_PASSWORD": "env-pass", "NEO4J_DATABASE": "cars"}
    plain = parse_location("neo4j+s://graph.example.com", env)
    assert (plain.uri, plain.user, plain.password, plain.database) == (
        "neo4j+s://graph.example.com",
        "reader",
        "env-pass",
        "cars",
    )
    inline = parse_location("bolt://alice:p%40ss@localhost:7687", {})
    assert (inline.uri, inline.user, inline.password, inline.database) == (
        "bolt://localhost:7687",
        "alice",
        "p@ss",
        None,
    )
    assert inline.display() == "bolt://alice@localhost:7687"
    assert "p@ss" not in plain.display() + inline.display()
    assert redact("login alice:p%40ss / p@ss failed", "p@ss") == "login alice:*** / *** failed"


def test_the_password_never_appears_in_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(StoreError) as refused:
        Neo4jStore.from_uri("bolt://alice:s3cr3t-pw@127.0.0.1:1")
    assert "s3cr3t-pw" not in str(refused.value)
    assert "bolt://alice@127.0.0.1:1" in str(refused.value)

    def unauthorised(cypher: str, params: dict[str, Any]) -> Any:
        raise neo4j_error(
            "Neo.ClientError.Security.Unauthorized",
            "The client is unauthorized: s3cr3t-pw rejected",
        )

    store = Neo4jStore(
        FakeDriver(unauthorised), description="Neo4j bolt://alice@host", secret="s3cr3t-pw"
    )
    with pytest.raises(StoreError) as denied:
        store.query("RETURN 1")
    assert "refused the credentials" in str(denied.value)
    assert "s3cr3t-pw" not in str(denied.value)


def test_open_store_dispatches_neo4j_uris(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[str, Any]] = []

    class Recorder(FakeDriver):
        def verify_connectivity(self) -> None:
            return None

    def driver(uri: str, **config: Any) -> Recorder:
        built.append((uri, config["auth"]))
        return Recorder()

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", driver)
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    monkeypatch.delenv("NEO4J_USERNAME", raising=False)
    monkeypatch.delenv("AUTOKG_STORE", raising=False)
    store = open_store("neo4j://db.example.com:7687", read_only=True)
    assert isinstance(store, Neo4jStore) and store.read_only
    assert built == [("neo4j://db.example.com:7687", ("neo4j", "from-env"))]
    assert "from-env" not in store.description
    monkeypatch.setenv("NEO4J_URI", "bolt://other.example.com")
    assert open_store(None).description.startswith("Neo4j bolt://neo4j@other.example.com")


def test_stats_nodes_and_edges_read_every_label_and_type() -> None:
    def answer(cypher: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
        if cypher.startswith("MATCH (n:Brand) RETURN count"):
            return [{"n": 2}], ["n"]
        if "count(" in cypher:
            return [{"n": 0}], ["n"]
        if cypher == cy.all_nodes("Brand"):
            return [{"properties": {"id": "org:infiniti", "name": "Infiniti"}}], ["properties"]
        if cypher == cy.all_relationships("OWNED_BY"):
            return [
                {
                    "source": "org:infiniti",
                    "target": "org:nissan",
                    "properties": {"source": "kb", "since": "1989"},
                }
            ], ["source", "target", "properties"]
        return [], ["properties"] if "properties(n)" in cypher else [
            "source",
            "target",
            "properties",
        ]

    store = Neo4jStore(FakeDriver(answer))
    counts = store.stats()
    assert counts["Brand"] == 2 and set(counts) == {n.label for n in NODE_TYPES} | {
        r.name for r in REL_TYPES
    }
    (node,) = list(store.nodes())
    assert node.label == "Brand" and node.properties["name"] == "Infiniti"
    assert node.properties["qid"] is None and list(node.properties) == ENTITY_PROPS
    (edge,) = list(store.edges())
    assert (edge.source, edge.target, edge.type) == ("org:infiniti", "org:nissan", "OWNED_BY")
    assert edge.properties["since"] == "1989" and edge.properties["stake"] is None


def test_push_copies_every_node_and_edge_in_batches(loaded_store: Path) -> None:
    source = open_store(str(loaded_store), read_only=True)
    try:
        counts = source.stats()
        driver = FakeDriver()
        store = Neo4jStore(driver, batch_size=50)
        copied = store.copy_from(source)
    finally:
        source.close()

    node_total = sum(counts[n.label] for n in NODE_TYPES)
    edge_total = sum(counts[r.name] for r in REL_TYPES)
    assert copied == {"nodes": node_total, "relationships": edge_total}
    assert [q for q, *_ in driver.queries] == SCHEMA
    batches = [runs for _, runs in driver.transactions]
    assert all(len(runs) == 1 for runs in batches)
    assert all(1 <= len(runs[0][1]["rows"]) <= 50 for runs in batches)
    sent_nodes = sum(len(runs[0][1]["rows"]) for runs in batches if " MERGE (n:" in runs[0][0])
    assert sent_nodes == node_total
    by_statement: dict[str, int] = {}
    for runs in batches:
        by_statement[runs[0][0]] = by_statement.get(runs[0][0], 0) + len(runs[0][1]["rows"])
    assert by_statement[cy.merge_nodes("Brand", ENTITY_PROPS)] == counts["Brand"]
    event_props = [p.name for p in node_type("Event").properties]
    assert by_statement[cy.upsert_nodes("Event", event_props)] == counts["Event"]
    owned = sum(v for k, v in by_statement.items() if "[r:OWNED_BY " in k)
    assert owned == counts["OWNED_BY"]
    first_owned = next(runs[0][1]["rows"][0] for runs in batches if "[r:OWNED_BY " in runs[0][0])
    assert set(first_owned) == {"s", "o"} | {p.name for p in REL_TYPES[0].properties}
