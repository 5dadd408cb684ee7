"""The schema is defined once; every derived file must match it."""

import json
import re
from pathlib import Path

from kg.model.graph_schema import NODE_TYPES, REL_TYPES
from kg.model.vocabulary import ENTITY_LABELS, EVENT_TYPES
from kg.schema_files import GENERATED, check_files
from kg.store import ladybug_cypher

from .conftest import ROOT, SEED


def test_schema_files_are_up_to_date() -> None:
    assert check_files(ROOT / "schema") == [], "run `autokg schema` and commit schema/"


def test_vocabulary_matches_the_evaluation_format() -> None:
    spec = (SEED.parent / "eval-format.md").read_text(encoding="utf-8")
    types_line = spec.split("Types:", 1)[1].split("\n\n", 1)[0]
    listed = [t.strip(" .\n") for t in types_line.replace("\n", " ").split(",")]
    assert sorted(listed) == sorted(EVENT_TYPES)
    for label in ENTITY_LABELS:
        assert f"| {label} |" in spec


def test_every_label_and_relationship_is_in_the_ddl() -> None:
    ddl = "\n".join(ladybug_cypher.schema_statements())
    for node in NODE_TYPES:
        assert re.search(rf"CREATE NODE TABLE IF NOT EXISTS {node.label}\(", ddl)
    for rel in REL_TYPES:
        assert f"CREATE REL TABLE IF NOT EXISTS {rel.name}(" in ddl


def test_every_fact_relationship_carries_provenance() -> None:
    for rel in REL_TYPES:
        if rel.name in ("OWNED_BY", "PARTNER_IN", "MAKES", "VARIANT_OF", "HOLDS_ROLE"):
            names = {p.name for p in rel.properties}
            assert {
                "source",
                "evidence",
                "evidence_start",
                "evidence_end",
                "rule",
                "confidence",
            } <= names


def test_graph_json_is_valid_and_complete(tmp_path: Path) -> None:
    data = json.loads(GENERATED["graph.json"]())
    assert {n["label"] for n in data["nodes"]} == {n.label for n in NODE_TYPES}
    assert {r["type"] for r in data["relationships"]} == {r.name for r in REL_TYPES}


def test_no_top_level_schema_or_queries_module_is_installed() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = re.search(r"packages = \[(.*?)\]", pyproject)
    assert packages is not None
    assert '"schema"' not in packages.group(1) and '"queries"' not in packages.group(1)
    assert not (ROOT / "schema" / "__init__.py").exists()
    assert not (ROOT / "queries" / "__init__.py").exists()
