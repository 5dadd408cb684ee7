"""Every statement the Ladybug backend sends, built by small pure functions."""

from collections.abc import Mapping

from kg.model.graph_schema import NODE_TYPES, REL_TYPES, NodeType, RelType, node_type, rel_type


def create_node_table(node: NodeType) -> str:
    columns = ", ".join(f"{p.name} {p.type}" for p in node.properties)
    return f"CREATE NODE TABLE IF NOT EXISTS {node.label}({columns}, PRIMARY KEY ({node.key}))"


def create_rel_table(rel: RelType) -> str:
    pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.endpoints)
    columns = "".join(f", {p.name} {p.type}" for p in rel.properties)
    return f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{columns})"


def schema_statements() -> list[str]:
    return [create_node_table(n) for n in NODE_TYPES] + [create_rel_table(r) for r in REL_TYPES]


def _typed(name: str, type_: str) -> str:
    """Parameters carry no types; a batch of NULLs would bind as STRING, so cast explicitly."""
    return f"row.{name}" if type_ == "STRING" else f"CAST(row.{name} AS {type_})"


def _assignments(var: str, names: list[str], types: Mapping[str, str]) -> str:
    return ", ".join(f"{var}.{n} = {_typed(n, types.get(n, 'STRING'))}" for n in names)


def merge_nodes(label: str, properties: list[str]) -> str:
    """Entities: created once; a later article never overwrites what the graph already holds."""
    others = [p for p in properties if p != "id"]
    types = {p.name: p.type for p in node_type(label).properties}
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        f"ON CREATE SET {_assignments('n', others, types)}"
    )


def upsert_nodes(label: str, properties: list[str]) -> str:
    """Articles and events: their id covers their content, so the row is the truth."""
    others = [p for p in properties if p != "id"]
    types = {p.name: p.type for p in node_type(label).properties}
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        f"SET {_assignments('n', others, types)}"
    )


def merge_relationships(rel_name: str, from_label: str, to_label: str) -> str:
    rel = rel_type(rel_name)
    keys = ", ".join(f"{k}: row.{k}" for k in rel.merge_key)
    key_map = f" {{{keys}}}" if keys else ""
    others = [p.name for p in rel.properties if p.name not in rel.merge_key]
    types = {p.name: p.type for p in rel.properties}
    setter = f" SET {_assignments('r', others, types)}" if others else ""
    return (
        f"UNWIND $rows AS row MATCH (a:{from_label} {{id: row.s}}), (b:{to_label} {{id: row.o}}) "
        f"MERGE (a)-[r:{rel_name}{key_map}]->(b){setter}"
    )


def article_exists() -> str:
    return "MATCH (a:Article {id: $id}) RETURN count(a) AS n"


def delete_article_facts() -> list[str]:
    """Removes what an article stated (not the shared entities), before it is stored again."""
    from kg.model.graph_schema import FACT_RELATIONS

    statements = [
        f"MATCH ()-[r:{name}]->() WHERE r.source = $id DELETE r" for name in FACT_RELATIONS
    ]
    statements.append("MATCH (e:Event) WHERE e.source = $id DETACH DELETE e")
    statements.append("MATCH (a:Article {id: $id}) DETACH DELETE a")
    return statements


def count_nodes(label: str) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_relationships(rel_name: str) -> str:
    return f"MATCH ()-[r:{rel_name}]->() RETURN count(r) AS n"


def count_relationships_from(rel_name: str, from_label: str) -> str:
    return f"MATCH (:{from_label})-[r:{rel_name}]->() RETURN count(r) AS n"


def table_size(label: str) -> str:
    """One past the highest internal offset of a node table (0 when empty): pages cover it."""
    return f"MATCH (n:{label}) RETURN coalesce(max(offset(id(n))) + 1, 0) AS n"


def node_page(label: str) -> str:
    """The nodes whose internal offset is in [$lo, $hi): a whole table is never one result."""
    return (
        f"MATCH (n:{label}) WHERE offset(id(n)) >= $lo AND offset(id(n)) < $hi "
        "RETURN n ORDER BY n.id"
    )


def relationship_page(rel_name: str, from_label: str) -> str:
    """The relationships leaving the from_label nodes of a node page, by endpoint ids, so the
    relationships between one pair of nodes come one after the other."""
    return (
        f"MATCH (a:{from_label})-[r:{rel_name}]->(b) "
        "WHERE offset(id(a)) >= $lo AND offset(id(a)) < $hi "
        "RETURN a.id, b.id, r ORDER BY a.id, b.id"
    )
