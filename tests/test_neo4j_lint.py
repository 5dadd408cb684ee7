"""Neo4j's own Cypher parser and semantic analysis over every statement the Neo4j backend
sends and every named query, offline: the npm package @neo4j-cypher/language-support
(`lintCypherQuery`) under Node.js, with the graph schema as the database schema.

The package is installed with npm into ~/.cache/autokg-cypher-lint (or $AUTOKG_CYPHER_LINT_DIR)
the first time; without Node.js, npm or a network for that first install, the tests are skipped
and say why.
"""

import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg import overview
from kg.entities import resolve_entity
from kg.errors import EntityNotFoundError
from kg.model.graph_schema import NODE_TYPES, REL_TYPES
from kg.named_queries import all_queries, relations
from kg.store import neo4j_cypher as cy
from kg.store import open_store
from kg.store.neo4j_store import Neo4jStore
from loaders import LoadedArticle, iter_articles

from .conftest import EXAMPLES
from .test_neo4j_store import FakeDriver, no_articles

LINT_SOURCE = Path(__file__).parent / "cypher_lint"
VERSIONS = ["CYPHER 5", "CYPHER 25"]
Statement = dict[str, Any]
Linter = Callable[[list[Statement]], list[dict[str, Any]]]


def _cache_root() -> Path:
    configured = os.environ.get("AUTOKG_CYPHER_LINT_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "autokg-cypher-lint"


def _install() -> Path:
    """The folder holding node_modules for package.json; installs it once; skips if it can't."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Neo4j's Cypher linter needs Node.js and npm, and they are not installed")
    manifest = (LINT_SOURCE / "package.json").read_bytes()
    folder = _cache_root() / hashlib.sha256(manifest).hexdigest()[:16]
    marker = folder / "node_modules" / "@neo4j-cypher" / "language-support" / "package.json"
    if not marker.exists():
        staging = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        (staging / "package.json").write_bytes(manifest)
        try:
            done = subprocess.run(
                [
                    npm,
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--ignore-scripts",
                    "--loglevel=error",
                    "--fetch-retries=1",
                    "--fetch-timeout=30000",
                ],
                cwd=staging,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            shutil.rmtree(staging, ignore_errors=True)
            pytest.skip(f"cannot install @neo4j-cypher/language-support with npm: {exc}")
        if done.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
            pytest.skip(
                f"cannot install @neo4j-cypher/language-support with npm (offline?): {reason}"
            )
        if marker.exists():
            shutil.rmtree(staging, ignore_errors=True)  # another run finished first
        else:
            shutil.rmtree(folder, ignore_errors=True)
            staging.rename(folder)
    shutil.copyfile(LINT_SOURCE / "lint.mjs", folder / "lint.mjs")
    return folder


def _schema() -> dict[str, Any]:
    properties = {p.name for n in NODE_TYPES for p in n.properties}
    properties |= {p.name for r in REL_TYPES for p in r.properties}
    # `row.s` and `row.o` read the endpoints' ids from a parameter row; the linter cannot tell
    # a map key from a property key
    properties |= {"s", "o"}
    return {
        "labels": [n.label for n in NODE_TYPES],
        "relationshipTypes": [r.name for r in REL_TYPES],
        "propertyKeys": sorted(properties),
        "graphSchema": [
            {"from": a, "to": b, "relType": r.name} for r in REL_TYPES for a, b in r.endpoints
        ],
    }


@pytest.fixture(scope="module")
def linter() -> Linter:
    """Lints statements, each in its `versions` (default: all of VERSIONS).

    The analysis is slow (about a second for a long query), so results are kept in the cache
    folder, keyed by everything that decides them: the package, the script, the schema, the
    statement, its parameters and the Cypher version.
    """
    folder = _install()
    schema = _schema()
    salt = hashlib.sha256(
        (LINT_SOURCE / "package.json").read_bytes()
        + (LINT_SOURCE / "lint.mjs").read_bytes()
        + json.dumps(schema, sort_keys=True).encode()
    ).hexdigest()
    cache_file = folder / "results.json"
    try:
        cache: dict[str, Any] = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}

    def key(statement: Statement, version: str) -> str:
        basis = [salt, statement["cypher"], sorted(statement.get("parameters", {})), version]
        return hashlib.sha256(json.dumps(basis).encode()).hexdigest()

    def lint(statements: list[Statement]) -> list[dict[str, Any]]:
        tasks = [(s, v) for s in statements for v in s.get("versions", VERSIONS)]
        missing = [(s, v) for s, v in tasks if key(s, v) not in cache]
        if missing:
            request = {
                "schema": schema,
                "versions": VERSIONS,
                "statements": [
                    {**s, "name": str(i), "versions": [v]} for i, (s, v) in enumerate(missing)
                ],
            }
            done = subprocess.run(
                ["node", str(folder / "lint.mjs")],
                input=json.dumps(request),
                capture_output=True,
                text=True,
                timeout=1200,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            for result in json.loads(done.stdout):
                statement, version = missing[int(result["name"])]
                cache[key(statement, version)] = result["diagnostics"]
            staging = cache_file.with_name(f"results.{os.getpid()}.tmp")
            staging.write_text(json.dumps(cache), encoding="utf-8")
            staging.replace(cache_file)
        return [
            {"name": s["name"], "version": v, "diagnostics": cache[key(s, v)]} for s, v in tasks
        ]

    return lint


def _problems(results: list[dict[str, Any]], statements: list[Statement]) -> list[str]:
    by_name = {s["name"]: s["cypher"] for s in statements}
    return [
        f"{r['name']} [{r['version']}] {d['line']}:{d['column']} {d['message']}\n"
        f"    {by_name[r['name']]}"
        for r in results
        for d in r["diagnostics"]
    ]


def _sent_statements(loaded_store: Path) -> list[Statement]:
    """Every distinct statement a Neo4j store sends while it loads the examples (and replaces
    them), copies the embedded store, counts, exports, resolves entities and walks relations;
    with the parameters it sends them with."""
    driver = FakeDriver(no_articles)
    store = Neo4jStore(driver, batch_size=1000)
    for item in iter_articles([str(EXAMPLES)]):
        assert isinstance(item, LoadedArticle)
        from kg.extract import extract_article

        facts = extract_article(item.article, item.source)
        store.write_article(facts)
        store.write_article(facts, replace=True)
    source = open_store(str(loaded_store), read_only=True)
    try:
        store.copy_from(source)
    finally:
        source.close()
    store.stats()
    list(store.nodes())
    list(store.edges())
    with pytest.raises(EntityNotFoundError):
        resolve_entity(store, "Infiniti")
    with pytest.raises(EntityNotFoundError):
        resolve_entity(store, "Infiniti", labels=("Brand", "Company"))
    relations(store, "org:infiniti", 2)
    overview.overview_sections(store, "Infiniti")

    seen: dict[str, set[str]] = {}
    for cypher, params, *_ in driver.queries:
        seen.setdefault(cypher, set()).update(params)
    for _, runs in driver.transactions:
        for cypher, params in runs:
            seen.setdefault(cypher, set()).update(params)
    return [
        {"name": f"sent #{i}", "cypher": cypher, "parameters": dict.fromkeys(sorted(names), "")}
        for i, (cypher, names) in enumerate(seen.items())
    ]


def _builder_statements() -> list[Statement]:
    """The builders' statements for every label and relationship endpoint pair."""
    statements: list[Statement] = [{"name": "schema", "cypher": s} for s in cy.schema_statements()]
    for node in NODE_TYPES:
        names = [p.name for p in node.properties]
        statements += [
            {
                "name": f"merge {node.label}",
                "cypher": cy.merge_nodes(node.label, names),
                "parameters": {"rows": []},
            },
            {
                "name": f"upsert {node.label}",
                "cypher": cy.upsert_nodes(node.label, names),
                "parameters": {"rows": []},
            },
            {"name": f"count {node.label}", "cypher": cy.count_nodes(node.label)},
            {"name": f"all {node.label}", "cypher": cy.all_nodes(node.label)},
        ]
    for rel in REL_TYPES:
        statements += [
            {
                "name": f"merge {rel.name} {a}->{b}",
                "cypher": cy.merge_relationships(rel.name, a, b),
                "parameters": {"rows": []},
            }
            for a, b in rel.endpoints
        ]
        statements += [
            {"name": f"count {rel.name}", "cypher": cy.count_relationships(rel.name)},
            {"name": f"all {rel.name}", "cypher": cy.all_relationships(rel.name)},
        ]
    statements += [
        {"name": f"delete #{i}", "cypher": s, "parameters": {"ids": []}}
        for i, s in enumerate(cy.delete_articles_facts())
    ]
    statements += [
        {"name": "stored articles", "cypher": cy.stored_articles(), "parameters": {"ids": []}}
    ]
    return statements


def _named_query_statements() -> list[Statement]:
    return [
        {
            "name": q.name,
            "cypher": q.text("neo4j"),
            "parameters": {p.name: p.default if p.default is not None else "" for p in q.params},
        }
        for q in all_queries()
    ]


def _ladybug_variants() -> list[Statement]:
    return [
        {
            "name": f"{q.name} (ladybug)",
            "cypher": q.variants["ladybug"],
            "parameters": {p.name: "" for p in q.params},
        }
        for q in all_queries()
        if "ladybug" in q.variants
    ]


TYPO = {"name": "typo", "cypher": "MATCH (b:Brand) RETURN b.nmae", "parameters": {}}


@pytest.fixture(scope="module")
def linted(linter: Linter, loaded_store: Path) -> dict[str, tuple[list[Statement], list[Any]]]:
    """All groups of statements through one run of the linter (Node starts slowly)."""
    backend: dict[str, Statement] = {}
    for statement in _builder_statements() + _sent_statements(loaded_store):
        known = backend.setdefault(statement["cypher"], statement)
        known["parameters"] = {**known.get("parameters", {}), **statement.get("parameters", {})}
    for statement in backend.values():
        statement["versions"] = ["CYPHER 5"]  # simple statements; the named queries get both
    groups = {
        "backend": list(backend.values()),
        "named": _named_query_statements(),
        "variants": _ladybug_variants(),
        "typo": [TYPO],
    }
    for group, statements in groups.items():
        for statement in statements:
            statement["name"] = f"{group}: {statement['name']}"
    results = linter([s for statements in groups.values() for s in statements])
    by_name: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_name.setdefault(result["name"], []).append(result)
    return {
        group: (statements, [r for s in statements for r in by_name[s["name"]]])
        for group, statements in groups.items()
    }


def test_every_statement_the_neo4j_backend_sends_passes_neo4js_analysis(
    linted: dict[str, tuple[list[Statement], list[Any]]],
) -> None:
    statements, results = linted["backend"]
    assert len(statements) > 120
    problems = _problems(results, statements)
    assert problems == [], "\n".join(problems)


def test_every_named_query_passes_neo4js_analysis(
    linted: dict[str, tuple[list[Statement], list[Any]]],
) -> None:
    statements, results = linted["named"]
    assert len(statements) == len(all_queries()) >= 15
    problems = _problems(results, statements)
    assert problems == [], "\n".join(problems)


def test_the_linter_rejects_the_embedded_stores_dialect(
    linted: dict[str, tuple[list[Statement], list[Any]]],
) -> None:
    """A control: each Ladybug variant uses something Neo4j does not accept, and a misspelt
    property is reported."""
    variants, results = linted["variants"]
    assert variants
    rejected = {r["name"] for r in results if any(d["severity"] == 1 for d in r["diagnostics"])}
    assert rejected == {v["name"] for v in variants}
    _, typo = linted["typo"]
    assert any("nmae" in d["message"] for r in typo for d in r["diagnostics"])
