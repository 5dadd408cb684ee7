"""The named queries of queries/ on the embedded store loaded with the examples: every question
answers with the rows the examples and the reference knowledge base state.

Facts asserted come from the KB's background facts or from sentences the examples state
plainly (see examples/gold). A test that needs an extraction the extractor does not make yet is
marked xfail with the missing fact, rather than asserting less.
"""

import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.model.dates import interval_of
from kg.named_queries import all_queries, dialect_of, get_query, run_named_query
from kg.store import open_store
from kg.store.base import GraphStore

FIFTEEN_QUESTIONS = {
    1: "ownership_chain",
    2: "portfolio",
    3: "joint_ventures",
    4: "jv_partners",
    5: "vehicles",
    6: "people",
    7: "executive_changes",
    8: "timeline",
    9: "sales_series",
    10: "show_debuts",
    11: "rumours",
    12: "evidence",
    13: "connection",
    14: "co_mentions",
    15: "as_of",
}


@pytest.fixture(scope="module")
def graph(loaded_store: Path) -> Iterator[GraphStore]:
    store = open_store(str(loaded_store), read_only=True)
    yield store
    store.close()


def rows(graph: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    return run_named_query(graph, name, params).records()


def pick(records: list[dict[str, Any]], *columns: str) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in columns) for r in records]


def test_the_library_answers_the_fifteen_questions() -> None:
    names = {q.name for q in all_queries()}
    assert set(FIFTEEN_QUESTIONS.values()) | {"changes", "event_evidence"} <= names
    for query in all_queries():
        assert query.path.name == f"{query.name}.cypher"
        assert query.question.endswith((".", "?")) and len(query.question) > 40
        assert query.example.startswith(f"autokg query --name {query.name}")
        for param in query.params:
            assert param.description, f"{query.name}: {param.name} has no description"
            if param.required:
                assert f"-p {param.name}=" in query.example


def test_every_example_in_a_header_runs(runner: CliRunner, loaded_store: Path) -> None:
    for query in all_queries():
        args = shlex.split(query.example)[1:]
        result = runner.invoke(cli, [*args, "--store", str(loaded_store), "-f", "json"])
        assert result.exit_code == 0, f"{query.example}: {result.output}"


def test_a_dialect_variant_exists_only_where_the_portable_text_fails(graph: GraphStore) -> None:
    """Where a query has a Ladybug variant, its Neo4j text errors or answers differently on
    the embedded store; the other queries run as written (the tests below)."""
    assert dialect_of(graph) == "ladybug"
    params: dict[str, dict[str, Any]] = {
        "portfolio": {"entity": "org:nissan", "include_past": False, "min_stake": 0.0},
        "jv_partners": {"entity": "org:dongfeng-nissan"},
        "connection": {"a": "org:infiniti", "b": "org:dongfeng-motor"},
        "evidence": {"subject": "org:infiniti", "object": "", "relation": ""},
        "as_of": {"entity": "org:nissan", "date": "2024-06-01"},
        "changes": {"entity": "org:nissan", "from": "2020-01-01", "to": "2025-12-31"},
    }
    with_variants = {q.name for q in all_queries() if q.variants}
    assert with_variants == set(params) | set(FASTER_VARIANTS)
    for name, values in params.items():
        query = get_query(name)
        assert query.variants["ladybug"] != query.cypher
        expected = graph.query(query.variants["ladybug"], values)
        assert expected.rows, name
        try:
            portable = graph.query(query.cypher, values)
        except QueryError:
            continue
        assert portable.rows != expected.rows, name


# Variants and alternatives that exist for speed only: the same answers as the portable text.
FASTER_VARIANTS: dict[str, list[dict[str, Any]]] = {
    "sales_series": [
        {"entity": entity, "market": market}
        for entity in ("org:infiniti", "org:nissan", "org:byd", "org:tesla", "org:porsche")
        for market in ("", "place:china", "place:germany", "place:united-states")
    ],
}


def test_a_faster_variant_answers_as_the_portable_text(graph: GraphStore) -> None:
    for name, cases in FASTER_VARIANTS.items():
        query = get_query(name)
        answered = 0
        for values in cases:
            portable = graph.query(query.cypher, values).rows
            assert graph.query(query.variants["ladybug"], values).rows == portable, values
            answered += bool(portable)
        assert answered >= 3, name  # the cases are not all empty


def _entities(graph: GraphStore) -> list[str]:
    labels = "Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher"
    return [str(r[0]) for r in graph.query(f"MATCH (n:{labels}) RETURN n.id ORDER BY n.id").rows]


def test_the_text_for_an_entity_given_answers_as_the_full_text(graph: GraphStore) -> None:
    """rumours and executive_changes walk from the entity when one is given; the full text
    (which scans every event) answers the same for every entity of the example store."""
    alternatives = {q.name: q for q in all_queries() if q.given}
    assert set(alternatives) == {"rumours", "executive_changes"}
    for name, query in alternatives.items():
        answered = 0
        for entity in _entities(graph):
            values = {"entity": entity, "from": "", "to": "", "limit": 1000}
            full = graph.query(query.cypher, values).rows
            assert graph.query(query.given["entity"], values).rows == full, (name, entity)
            answered += bool(full)
        assert answered >= 3, name


def test_a_limit_keeps_the_most_recent_rows_and_says_it_cut(graph: GraphStore) -> None:
    everything = run_named_query(graph, "timeline", {"entity": "Nissan", "limit": 0})
    assert everything.cut == 0 and len(everything.rows) > 5
    latest = run_named_query(graph, "timeline", {"entity": "Nissan", "limit": 5})
    assert latest.cut == 5 and latest.rows == everything.rows[-5:]
    exact = run_named_query(graph, "timeline", {"entity": "Nissan", "limit": len(everything.rows)})
    assert exact.cut == 0 and exact.rows == everything.rows
    stories = run_named_query(graph, "rumours", {"limit": 0}).rows
    assert run_named_query(graph, "rumours", {"limit": 2}).rows == stories[-2:]
    pairs = run_named_query(graph, "co_mentions", {"limit": 0}).rows
    top = run_named_query(graph, "co_mentions", {"limit": 3})
    assert top.cut == 3 and top.rows == pairs[:3]


def test_the_cli_says_when_a_limit_cut_the_rows(runner: CliRunner, loaded_store: Path) -> None:
    args = ["query", "--name", "timeline", "-p", "entity=Nissan", "--store", str(loaded_store)]
    cut = runner.invoke(cli, [*args, "-p", "limit=2", "-f", "json"])
    assert cut.exit_code == 0, cut.output
    assert "timeline lists the last 2 rows only" in cut.stderr
    assert len(__import__("json").loads(cut.stdout)) == 2
    whole = runner.invoke(cli, [*args, "-p", "limit=0", "-f", "json"])
    assert whole.exit_code == 0 and "only" not in whole.stderr
    bad = runner.invoke(cli, [*args, "-p", "limit=-1"])
    assert bad.exit_code == 2 and "0 for no limit" in bad.output


# 1. ownership chain


def test_ownership_chain_climbs_to_the_ultimate_parent(graph: GraphStore) -> None:
    chain = rows(graph, "ownership_chain", entity="Infiniti")
    first = chain[0]
    assert (first["level"], first["owned"], first["owner"], first["since"]) == (
        1,
        "Infiniti",
        "Nissan",
        "1989",
    )
    assert first["current"] is True and first["sources"] >= 2  # the KB and article 01
    assert ("Nissan", "Renault") in pick(chain, "owned", "owner")
    assert [r["level"] for r in chain] == sorted(r["level"] for r in chain)

    lynk = rows(graph, "ownership_chain", entity="Lynk & Co")
    links = pick(lynk, "level", "owned", "owner")
    # the KB's chain, plus the direct stakes article 09 states (50/30/20 before Zeekr's deal)
    assert {
        (1, "Lynk & Co", "Geely Auto"),
        (1, "Lynk & Co", "Geely Holding"),
        (1, "Lynk & Co", "Volvo Cars"),
        (2, "Geely Auto", "Geely Holding"),
        (2, "Volvo Cars", "Geely Holding"),
    } <= set(links)
    stated = {r["owner"]: r["stake"] for r in lynk if r["level"] == 1 and r["stake"]}
    assert stated == {"Geely Holding": 20, "Volvo Cars": 30}
    assert {r["owner"] for r in lynk if r["ultimate"]} == {"Li Shufu"}


# 2. portfolio


def test_portfolio_lists_everything_below_a_group(graph: GraphStore) -> None:
    geely = rows(graph, "portfolio", entity="Geely Holding")
    found = set(pick(geely, "level", "holding", "label", "held_by"))
    assert {
        (1, "Geely Auto", "Company", "Geely Holding"),
        (1, "Lotus Group", "Company", "Geely Holding"),
        # a holding's level is its shortest walk up: Geely Holding owns 20% of Lynk & Co itself
        (1, "Lynk & Co", "Brand", "Geely Auto"),
        (1, "Lynk & Co", "Brand", "Geely Holding"),
        (2, "Zeekr", "Company", "Geely Auto"),
        (2, "Lotus", "Brand", "Lotus Group"),
    } <= found
    lotus = next(r for r in geely if r["holding"] == "Lotus Group")
    assert (lotus["stake"], lotus["since"]) == (51, "2017")

    vw = rows(graph, "portfolio", entity="Volkswagen Group")
    assert {("Audi", "Brand"), ("Seat", "Brand"), ("Skoda", "Brand")} <= set(
        pick(vw, "holding", "label")
    )
    assert all(r["until"] is None for r in vw)


def test_portfolio_can_follow_past_and_only_large_holdings(graph: GraphStore) -> None:
    past = rows(graph, "portfolio", entity="Renault", include_past=True)
    avtovaz = next(r for r in past if r["holding"] == "AvtoVAZ")
    assert avtovaz["until"] == "2022-05"
    assert (2, "Lada", "AvtoVAZ") in pick(past, "level", "holding", "held_by")
    controlled = rows(graph, "portfolio", entity="Nissan", min_stake=50)
    assert "Mitsubishi Motors" not in {r["holding"] for r in controlled}  # 34%
    assert "Mitsubishi Motors" in {r["holding"] for r in rows(graph, "portfolio", entity="Nissan")}


# 3. joint ventures of a company, 4. partners of a joint venture


def test_joint_ventures_of_a_company_with_partners_and_stakes(graph: GraphStore) -> None:
    ventures = rows(graph, "joint_ventures", entity="Nissan")
    dongfeng = [r for r in ventures if r["joint_venture"] == "Dongfeng Nissan"]
    assert pick(dongfeng, "partner", "own", "stake", "since") == [
        ("Dongfeng Motor", False, 50, "2003"),
        ("Nissan", True, 50, "2003"),
    ]


def test_partners_of_a_joint_venture_and_what_it_makes(graph: GraphStore) -> None:
    answer = rows(graph, "jv_partners", entity="Dongfeng Nissan")
    assert pick(answer, "relation", "name", "stake")[:3] == [
        ("partner", "Dongfeng Motor", 50),
        ("partner", "Nissan", 50),
        ("brand", "Venucia", None),
    ]
    assert ("vehicle", "Nissan N7") in pick(answer, "relation", "name")
    assert [r["relation"] for r in answer] == sorted(
        (r["relation"] for r in answer), key=["partner", "brand", "vehicle"].index
    )
    assert pick(rows(graph, "jv_partners", entity="Smart Automobile"), "name", "stake")[:2] == [
        ("Geely Holding", 50),
        ("Mercedes-Benz Group", 50),
    ]


# 5. vehicles


def test_vehicles_of_a_brand_with_their_variants(graph: GraphStore) -> None:
    assert pick(rows(graph, "vehicles", entity="Infiniti"), "maker", "model", "variant") == [
        ("Infiniti", "Infiniti QX60", ""),
        ("Infiniti", "Infiniti QX60", "Infiniti QX60 Co-Creation Concept Edition"),
    ]
    nissan = pick(rows(graph, "vehicles", entity="Nissan"), "maker", "model")
    assert ("Infiniti", "Infiniti QX60") in nissan  # through the brand Nissan owns


# 6. people and roles


def test_people_at_an_organisation_with_their_roles(graph: GraphStore) -> None:
    people = pick(rows(graph, "people", entity="Nissan"), "person", "title")
    assert ("Ivan Espinosa", "chief executive") in people
    assert ("Makoto Uchida", "chief executive") in people


def test_people_carry_the_dates_of_their_roles(graph: GraphStore) -> None:
    roles = rows(graph, "people", entity="Nissan")
    espinosa = next(
        r for r in roles if r["person"] == "Ivan Espinosa" and r["title"] == "chief executive"
    )
    assert espinosa["since"] == "2025-04-01"


# 7. executive changes


def test_executive_changes_in_a_period(graph: GraphStore) -> None:
    changes = rows(graph, "executive_changes", **{"from": "2025-03", "to": "2025-04"})
    nissan = [r for r in changes if r["organisation"] == "Nissan"]
    assert pick(nissan, "person", "predecessor") == [("Ivan Espinosa", "Makoto Uchida")]
    for change in changes:
        assert change["date"][:7] <= "2025-04" and change["date"] >= "2025"
    stellantis = rows(graph, "executive_changes", entity="Stellantis")
    assert ("Carlos Tavares", "John Elkann") in pick(stellantis, "predecessor", "person")
    assert all(r["organisation"] == "Stellantis" for r in stellantis)


# 8. timeline


def _first_day(date: str) -> str:
    return interval_of(date.split("..")[0])[0]


def test_timeline_of_an_entity_in_date_order(graph: GraphStore) -> None:
    events = rows(graph, "timeline", entity="Infiniti")
    assert [_first_day(e["date"]) for e in events] == sorted(_first_day(e["date"]) for e in events)
    sales = [(e["date"], e["quantity"]) for e in events if e["type"] == "SalesReport"]
    assert sales == [("2023-01-01..2023-12-31", 5825), ("2024-01-01..2024-10-31", 1916)]
    by_type = {e["type"]: e for e in events}
    assert {"Debut", "Anniversary", "MarketExit", "Restructuring"} <= set(by_type)
    assert by_type["MarketExit"]["status"] == "denied"
    assert by_type["Debut"]["status"] == "completed" and by_type["Debut"]["role"] == "maker"
    assert by_type["Anniversary"]["quantity"] == 35
    assert all(e["evidence"] and e["article"] and e["event"] for e in events)
    only = rows(graph, "timeline", entity="Infiniti", type="SalesReport", to="2023")
    assert [e["quantity"] for e in only] == [5825]


def test_timeline_keeps_who_reported_a_story(graph: GraphStore) -> None:
    events = rows(graph, "timeline", entity="Infiniti", type="Restructuring")
    assert pick(events, "status", "reported_by") == [("reported", "Autohome")]


# 9. sales series


def test_sales_series_by_period_and_market(graph: GraphStore) -> None:
    series = rows(graph, "sales_series", entity="Infiniti")
    assert pick(series, "period_start", "period_end", "market", "quantity", "unit") == [
        ("2023-01-01", "2023-12-31", "China", 5825, "vehicles"),
        ("2024-01-01", "2024-10-31", "China", 1916, "vehicles"),
    ]
    assert rows(graph, "sales_series", entity="Infiniti", market="China") == series
    assert rows(graph, "sales_series", entity="Infiniti", market="Germany") == []


# 10. debuts at an auto show


def test_debuts_at_an_auto_show_by_year(graph: GraphStore) -> None:
    iaa = rows(graph, "show_debuts", show="IAA Mobility", year="2023")
    assert {
        ("BMW Vision Neue Klasse", "BMW"),
        ("Mercedes-Benz Concept CLA Class", "Mercedes-Benz"),
        ("Renault Scenic E-Tech Electric", "Renault"),
        ("BYD Seal U", "BYD"),
    } <= set(pick(iaa, "vehicle", "maker"))
    assert rows(graph, "show_debuts", show="IAA Mobility", year="2024") == []
    guangzhou = rows(graph, "show_debuts", show="Guangzhou Auto Show")
    assert ("2024-11-15", "Infiniti QX60 Co-Creation Concept Edition", "Infiniti") in pick(
        guangzhou, "date", "vehicle", "maker"
    )


def test_debuts_named_in_passing_are_found(graph: GraphStore) -> None:
    guangzhou = rows(graph, "show_debuts", show="Guangzhou Auto Show", year="2024")
    assert "Nissan N7" in {r["vehicle"] for r in guangzhou}


# 11. rumours and denials


def test_rumours_and_denials(graph: GraphStore) -> None:
    stories = rows(graph, "rumours")
    assert all(r["status"] in ("rumored", "denied") for r in stories)
    assert ("MarketExit", "denied", "Infiniti") in pick(stories, "type", "status", "subject")
    assert {"rumored", "denied"} <= {r["status"] for r in stories}
    assert rows(graph, "rumours", entity="Infiniti") == [
        r for r in stories if r["subject"] == "Infiniti"
    ]


def test_rumours_name_who_reported_them(graph: GraphStore) -> None:
    nissan = rows(graph, "rumours", entity="Nissan")
    # "Bloomberg News" in the text; the reference KB's canonical name is "Bloomberg"
    assert ("Acquisition", "rumored", "Bloomberg") in pick(nissan, "type", "status", "reported_by")


# 12. evidence


def test_evidence_behind_a_fact_quotes_the_article(graph: GraphStore) -> None:
    facts = rows(graph, "evidence", subject="Infiniti", object="Nissan")
    assert {(r["relation"], r["source"]) for r in facts} >= {("OWNED_BY", "kb")}
    from_kb = next(r for r in facts if r["source"] == "kb")
    assert (from_kb["since"], from_kb["article"], from_kb["evidence"]) == ("1989", None, None)
    quoted = [r for r in facts if r["source"] != "kb"]
    assert quoted, "article 01 states Nissan's ownership of Infiniti"
    for fact in quoted:
        (text,) = graph.query(
            "MATCH (a:Article {id: $id}) RETURN a.text", {"id": fact["source"]}
        ).rows[0]
        assert text[fact["evidence_start"] : fact["evidence_end"]] == fact["evidence"]
        assert fact["article"].startswith("Infiniti dresses the QX60")
    reverse = rows(graph, "evidence", subject="Nissan", object="Infiniti", relation="OWNED_BY")
    assert sorted(pick(reverse, "source", "evidence")) == sorted(pick(facts, "source", "evidence"))


def test_evidence_behind_an_event(graph: GraphStore) -> None:
    (exit_story,) = rows(graph, "timeline", entity="Infiniti", type="MarketExit")
    lines = rows(graph, "event_evidence", event=exit_story["event"])
    assert pick(lines, "participant", "role") == [("China", "market"), ("Infiniti", "subject")]
    line = lines[0]
    (text,) = graph.query(
        "MATCH (a:Article {title: $t}) RETURN a.text", {"t": line["article"]}
    ).rows[0]
    assert text[line["evidence_start"] : line["evidence_end"]] == line["evidence"]
    assert "denied" in line["evidence"]


# 13. shortest paths


def test_connection_finds_the_shortest_paths_with_directions(graph: GraphStore) -> None:
    paths = rows(graph, "connection", a="Infiniti", b="Dongfeng Motor")
    assert {r["hops"] for r in paths} == {3}
    assert (
        ["Infiniti", "Nissan", "Dongfeng Nissan", "Dongfeng Motor"],
        ["-[OWNED_BY]->", "-[PARTNER_IN]->", "<-[PARTNER_IN]-"],
    ) in pick(paths, "nodes", "steps")
    for path in paths:
        for i, step in enumerate(path["steps"]):
            kind = step.strip("<>-[]")
            a, b = path["nodes"][i], path["nodes"][i + 1]
            start, end = (a, b) if step.endswith(">") else (b, a)
            found = graph.query(
                f"MATCH (x)-[r:{kind}]->(y) WHERE coalesce(x.name, x.type + ' ' + "
                "coalesce(x.date, x.period_end, '')) = $s AND coalesce(y.name, y.type + ' ' + "
                "coalesce(y.date, y.period_end, '')) = $e RETURN count(r)",
                {"s": start, "e": end},
            ).rows[0][0]
            assert found >= 1, (path, step)


# 14. co-mentions


def test_co_mentions_count_shared_articles(graph: GraphStore) -> None:
    pairs = rows(graph, "co_mentions", entity="Dongfeng Nissan", limit=50)
    counts = {r["second"]: r["articles"] for r in pairs}
    assert counts["Nissan"] >= 2 and counts["Dongfeng Motor"] >= 2  # articles 01 and 02
    mentions: dict[str, set[str]] = {}
    for edge in graph.edges():
        if edge.type == "MENTIONS":
            mentions.setdefault(edge.target, set()).add(edge.source)
    (jv,) = graph.query("MATCH (j:JointVenture {name: 'Dongfeng Nissan'}) RETURN j.id").rows[0]
    (nissan,) = graph.query("MATCH (c:Company {name: 'Nissan'}) RETURN c.id").rows[0]
    assert counts["Nissan"] == len(mentions[jv] & mentions[nissan])
    top = rows(graph, "co_mentions", limit=5)
    assert len(top) == 5
    assert [r["articles"] for r in top] == sorted((r["articles"] for r in top), reverse=True)
    assert all(r["first"] != r["second"] for r in top)


# 15. as of a date, and what changed


def test_as_of_shows_the_holdings_in_force_on_a_date(graph: GraphStore) -> None:
    owners_2005 = [
        r
        for r in rows(graph, "as_of", entity="Volvo Cars", date="2005")
        if r["subject"] == "Volvo Cars" and r["relation"] == "OWNED_BY"
    ]
    assert pick(owners_2005, "object", "stake", "since", "until") == [
        ("Ford", 100, "1999", "2010-08")
    ]
    owners_2015 = [
        r
        for r in rows(graph, "as_of", entity="Volvo Cars", date="2015-06")
        if r["subject"] == "Volvo Cars" and r["relation"] == "OWNED_BY"
    ]
    assert pick(owners_2015, "object", "stake") == [("Geely Holding", 100)]
    jv_2020 = rows(graph, "as_of", entity="Dongfeng Nissan", date="2020")
    assert {("Dongfeng Motor", 50), ("Nissan", 50)} <= set(pick(jv_2020, "subject", "stake"))


def test_changes_between_two_dates(graph: GraphStore) -> None:
    changes = [
        r
        for r in rows(graph, "changes", entity="Volvo Cars", **{"from": "2009", "to": "2011"})
        if r["relation"] == "OWNED_BY"
    ]
    # sources merged: the KB dates the sale 2010-08, articles 09 and 28 say 2010; a start
    # takes the earliest stated date, an end the latest
    assert pick(changes, "date", "change", "object", "stake_before", "stake_after") == [
        ("2010", "started", "Geely Holding", None, 100),
        ("2010-08", "ended", "Ford", 100, None),
    ]


def test_as_of_tells_successive_holdings_of_one_source_apart(graph: GraphStore) -> None:
    facts = rows(graph, "evidence", subject="BMW Brilliance", object="BMW", relation="PARTNER_IN")
    from_kb = {(r["stake"], r["since"], r["until"]) for r in facts if r["source"] == "kb"}
    assert from_kb == {(50, "2003", "2022-02"), (75, "2022-02", None)}


# the library's files


def test_the_queries_folder_is_found_in_a_checkout_and_in_a_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import resources

    from .conftest import ROOT

    assert resources.queries_dir() == ROOT / "queries"
    package = tmp_path / "kg"
    (package / "_bundled" / "queries").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.queries_dir() == package / "_bundled" / "queries"


def test_a_malformed_query_file_is_reported_with_its_line(tmp_path: Path) -> None:
    from kg.errors import InputError
    from kg.named_queries import load_queries

    good = (
        "// name: {name}\n// question: What is it?\n{params}"
        "// example: autokg query --name {name}\nMATCH (b:Brand) RETURN b.name{tail}\n"
    )
    cases = {
        "no_question": ("// name: no_question\n// example: x\nRETURN 1\n", "no `// question:`"),
        "bad_type": (
            good.format(name="bad_type", params="// param: n NUMBER -- x\n", tail=""),
            "bad_type.cypher:3: unknown type NUMBER",
        ),
        "undeclared": (
            good.format(name="undeclared", params="", tail=" LIMIT $n"),
            "uses undeclared parameter(s) n",
        ),
        "misnamed": (good.format(name="other", params="", tail=""), "the file must be other"),
        "unused": (
            good.format(name="unused", params="// param: n INTEGER -- x\n", tail=""),
            "declares parameter(s) it never uses: n",
        ),
        "bad_label": (
            good.format(name="bad_label", params="// param: e ENTITY(Car) -- x\n", tail=" $e"),
            "not entity labels: Car",
        ),
    }
    for name, (text, message) in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.cypher").write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
            load_queries(folder)
    fine = tmp_path / "fine"
    fine.mkdir()
    (fine / "top.cypher").write_text(
        good.format(
            name="top",
            params="// param: n INTEGER = 3 -- how many\n//   at most\n",
            tail=" LIMIT $n",
        ),
        encoding="utf-8",
    )
    (fine / "top.ladybug.cypher").write_text(
        "// dialect: ladybug\nRETURN $n AS n\n", encoding="utf-8"
    )
    (query,) = load_queries(fine).values()
    assert (query.name, query.question) == ("top", "What is it?")
    (param,) = query.params
    assert (param.name, param.type, param.default, param.required) == ("n", "INTEGER", 3, False)
    assert param.description == "how many at most"
    assert query.text("ladybug") == "RETURN $n AS n"
    assert query.text("neo4j") == "MATCH (b:Brand) RETURN b.name LIMIT $n"
