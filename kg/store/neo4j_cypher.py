"""Every statement the Neo4j backend sends, built by small pure functions."""

from kg.model.graph_schema import NODE_TYPES


def create_constraint(label: str, key: str = "id") -> str:
    name = f"{label.lower()}_{key}_unique"
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"


def create_index(label: str, prop: str) -> str:
    name = f"{label.lower()}_{prop}_index"
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"


def schema_statements() -> list[str]:
    statements = [create_constraint(n.label, n.key) for n in NODE_TYPES]
    statements += [create_index(n.label, "name") for n in NODE_TYPES
                   if any(p.name == "name" for p in n.properties)]
    statements += [create_index("Event", "type"), create_index("Event", "date_start")]
    return statements
