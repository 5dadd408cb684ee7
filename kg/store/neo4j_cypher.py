"""Every statement the Neo4j backend sends, built by small pure functions.

They mirror kg.store.ladybug_cypher: the same `UNWIND $rows AS row ... MERGE` writes over the
rows of kg.store.rows, in Neo4j's dialect. Neo4j needs no casts (the driver keeps Python's
types) and creates no schema beyond the uniqueness constraints and indexes below.
"""

from kg.model.graph_schema import FACT_RELATIONS, NODE_TYPES, node_type, rel_type


def create_constraint(label: str, key: str = "id") -> str:
    name = f"{label.lower()}_{key}_unique"
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"


def create_index(label: str, prop: str) -> str:
    name = f"{label.lower()}_{prop}_index"
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"


def schema_statements() -> list[str]:
    statements = [create_constraint(n.label, n.key) for n in NODE_TYPES]
    statements += [
        create_index(n.label, "name")
        for n in NODE_TYPES
        if any(p.name == "name" for p in n.properties)
    ]
    statements += [create_index("Event", "type"), create_index("Event", "date_start")]
    return statements


def _assignments(var: str, names: list[str]) -> str:
    return ", ".join(f"{var}.{n} = row.{n}" for n in names)


def merge_nodes(label: str, properties: list[str]) -> str:
    """Entities: created once; a later article never overwrites what the graph already holds."""
    node_type(label)  # fails early on an unknown label
    others = [p for p in properties if p != "id"]
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        f"ON CREATE SET {_assignments('n', others)}"
    )


def upsert_nodes(label: str, properties: list[str]) -> str:
    """Articles and events: their id covers their content, so the row is the truth."""
    node_type(label)
    others = [p for p in properties if p != "id"]
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {_assignments('n', others)}"


def merge_relationships(rel_name: str, from_label: str, to_label: str) -> str:
    """One relationship per merge key (per source for facts), its other properties set.

    Neo4j cannot MERGE on a NULL property, so a missing key value merges as the empty string.
    """
    rel = rel_type(rel_name)
    if (from_label, to_label) not in rel.endpoints:
        raise ValueError(f"{rel_name} does not link {from_label} to {to_label}")
    keys = ", ".join(
        f"{k}: coalesce(row.{k}, '')" if k != "source" else f"{k}: row.{k}" for k in rel.merge_key
    )
    key_map = f" {{{keys}}}" if keys else ""
    others = [p.name for p in rel.properties if p.name not in rel.merge_key]
    setter = f" SET {_assignments('r', others)}" if others else ""
    return (
        f"UNWIND $rows AS row MATCH (a:{from_label} {{id: row.s}}) "
        f"MATCH (b:{to_label} {{id: row.o}}) "
        f"MERGE (a)-[r:{rel_name}{key_map}]->(b){setter}"
    )


def article_exists() -> str:
    return "MATCH (a:Article {id: $id}) RETURN count(a) AS n"


def stored_articles() -> str:
    """Which of the ids in $ids are stored articles."""
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id"


def delete_articles_facts() -> list[str]:
    """Removes what the articles of $ids stated (not the shared entities), to store them again.

    A fact's endpoints are entities the article mentions, so the deletes walk from the article
    (found through its uniqueness constraint) instead of scanning every relationship.
    """
    statements = [
        f"UNWIND $ids AS id MATCH (:Article {{id: id}})-[:MENTIONS]->()-[r:{name}]->() "
        "WHERE r.source = id DELETE r"
        for name in FACT_RELATIONS
    ]
    statements.append(
        "UNWIND $ids AS id MATCH (e:Event)-[:EXTRACTED_FROM]->(:Article {id: id}) DETACH DELETE e"
    )
    statements.append("UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a")
    return statements


def count_nodes(label: str) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_relationships(rel_name: str) -> str:
    return f"MATCH ()-[r:{rel_name}]->() RETURN count(r) AS n"


def all_nodes(label: str) -> str:
    return f"MATCH (n:{label}) RETURN properties(n) AS properties ORDER BY n.id"


def all_relationships(rel_name: str) -> str:
    return (
        f"MATCH (a)-[r:{rel_name}]->(b) RETURN a.id AS source, b.id AS target, "
        "properties(r) AS properties ORDER BY source, target"
    )
