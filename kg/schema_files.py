"""Files in schema/ derived from kg.model.graph_schema; a test keeps them in step."""

import json
from pathlib import Path

from kg.model.graph_schema import NODE_TYPES, REL_TYPES
from kg.model.vocabulary import EVENT_STATUSES, EVENT_TYPES, ROLES, UNITS
from kg.store import ladybug_cypher

HEADER = "generated from kg/model/graph_schema.py by `autokg schema`; do not edit by hand"


def graph_json() -> str:
    data = {
        "_comment": HEADER,
        "nodes": [
            {
                "label": n.label,
                "description": n.description,
                "key": n.key,
                "properties": [
                    {"name": p.name, "type": p.type, "description": p.description}
                    for p in n.properties
                ],
            }
            for n in NODE_TYPES
        ],
        "relationships": [
            {
                "type": r.name,
                "description": r.description,
                "endpoints": [list(pair) for pair in r.endpoints],
                "merge_key": list(r.merge_key),
                "properties": [
                    {"name": p.name, "type": p.type, "description": p.description}
                    for p in r.properties
                ],
            }
            for r in REL_TYPES
        ],
        "vocabulary": {
            "event_types": list(EVENT_TYPES),
            "event_statuses": list(EVENT_STATUSES),
            "roles": list(ROLES),
            "units": list(UNITS),
        },
    }
    return json.dumps(data, indent=1) + "\n"


def ladybug_ddl() -> str:
    return f"// {HEADER}\n" + "".join(s + ";\n" for s in ladybug_cypher.schema_statements())


def neo4j_constraints() -> str:
    from kg.store import neo4j_cypher

    return f"// {HEADER}\n" + "".join(s + ";\n" for s in neo4j_cypher.schema_statements())


def readme() -> str:
    lines = [
        "# The autokg graph schema",
        "",
        f"<!-- {HEADER} -->",
        "",
        "Every fact relationship (OWNED_BY, PARTNER_IN, MAKES, VARIANT_OF, HOLDS_ROLE) and every",
        "Event carries its provenance: `source` (the article id, or `kb` for the reference",
        "knowledge base), `evidence` (the sentence), `start`/`end` (character offsets into the",
        "article's `text`), `rule`, `confidence` and `published`. One relationship exists per",
        "fact per source, so two articles stating the same ownership give two OWNED_BY edges,",
        "each with its own evidence. Dates are ISO strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),",
        "which sort and compare the same way on every backend.",
        "",
        "## Nodes",
        "",
    ]
    for node in NODE_TYPES:
        lines += [
            f"### {node.label}",
            "",
            node.description,
            "",
            "| property | type | meaning |",
            "|---|---|---|",
        ]
        lines += [f"| `{p.name}` | {p.type} | {p.description} |" for p in node.properties]
        lines.append("")
    lines += ["## Relationships", ""]
    for rel in REL_TYPES:
        ends = ", ".join(f"{a}->{b}" for a, b in rel.endpoints)
        lines += [f"### {rel.name}", "", rel.description, "", f"Endpoints: {ends}", ""]
        if rel.properties:
            lines += ["| property | type | meaning |", "|---|---|---|"]
            lines += [f"| `{p.name}` | {p.type} | {p.description} |" for p in rel.properties]
            lines.append("")
    lines += [
        "## Vocabulary",
        "",
        "Event types: " + ", ".join(EVENT_TYPES) + ".",
        "",
        "Statuses: " + ", ".join(EVENT_STATUSES) + ".",
        "",
        "Roles: " + ", ".join(ROLES) + ".",
        "",
    ]
    return "\n".join(lines)


def rdf_ontology() -> str:
    from kg.export.rdf_mapping import ontology_turtle

    return ontology_turtle()


GENERATED = {
    "graph.json": graph_json,
    "ladybug.cypher": ladybug_ddl,
    "neo4j-constraints.cypher": neo4j_constraints,
    "README.md": readme,
    "autokg-ontology.ttl": rdf_ontology,
}


def write_files(directory: str | Path) -> list[str]:
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in GENERATED.items():
        (folder / name).write_text(build(), encoding="utf-8")
        written.append(str(folder / name))
    return written


def check_files(directory: str | Path) -> list[str]:
    folder = Path(directory)
    stale = []
    for name, build in GENERATED.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != build():
            stale.append(str(path))
    return stale
