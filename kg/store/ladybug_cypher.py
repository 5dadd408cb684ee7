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


def _setter(var: str, names: list[str], types: Mapping[str, str]) -> str:
    return f" SET {_assignments(var, names, types)}" if names else ""


def create_missing_nodes(label: str, properties: list[str]) -> str:
    """Entities, created once: a later article never overwrites what the graph holds. Rows of
    distinct ids.

    `UNWIND ... MERGE` is planned as a scan of the whole table joined with the rows, so its
    cost follows the store's size; a lookup of each id in the primary-key index does not.
    """
    others = [p for p in properties if p != "id"]
    types = {p.name: p.type for p in node_type(label).properties}
    return (
        f"UNWIND $rows AS row OPTIONAL MATCH (o:{label} {{id: row.id}}) WITH row, o "
        f"WHERE o IS NULL CREATE (n:{label} {{id: row.id}}){_setter('n', others, types)}"
    )


def _endpoints(from_label: str, to_label: str) -> str:
    """One MATCH per endpoint: each is a primary-key lookup (two patterns in one MATCH are
    planned as a join over a scan of the whole table)."""
    return (
        f"UNWIND $rows AS row MATCH (a:{from_label} {{id: row.s}}) "
        f"MATCH (b:{to_label} {{id: row.o}}) "
    )


def merge_relationships(rel_name: str, from_label: str, to_label: str) -> str:
    rel = rel_type(rel_name)
    keys = ", ".join(f"{k}: row.{k}" for k in rel.merge_key)
    key_map = f" {{{keys}}}" if keys else ""
    others = [p.name for p in rel.properties if p.name not in rel.merge_key]
    types = {p.name: p.type for p in rel.properties}
    return (
        f"{_endpoints(from_label, to_label)}"
        f"MERGE (a)-[r:{rel_name}{key_map}]->(b){_setter('r', others, types)}"
    )


# Rows read from a CSV file (kg.store.row_files): each column is a variable `c_<name>` of the
# declared type; PARALLEL=false because quoted values may span lines.
LOAD_OPTIONS = "HEADER=true, PARALLEL=false, NULL_STRINGS=['NULL']"


def _literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _load(path: str, columns: list[str], types: Mapping[str, str]) -> str:
    for name in columns:
        if types.get(name, "STRING") not in ("STRING", "INT64", "DOUBLE", "BOOLEAN"):
            raise ValueError(f"{name} ({types[name]}) cannot be read from a CSV file")
    declared = ", ".join(f"c_{n} {types.get(n, 'STRING')}" for n in columns)
    return f"LOAD WITH HEADERS ({declared}) FROM {_literal(path)} ({LOAD_OPTIONS}) "


def load_nodes(label: str, properties: list[str], path: str) -> str:
    """Nodes known to be absent, created from the rows of a CSV file with these columns."""
    types = {p.name: p.type for p in node_type(label).properties}
    values = ", ".join(f"{n}: c_{n}" for n in properties)
    return f"{_load(path, properties, types)}CREATE (n:{label} {{{values}}})"


def relationship_columns(rel_name: str) -> list[str]:
    """The columns of a CSV file of relationships: the endpoints' ids, then the properties."""
    return ["s", "o", *(p.name for p in rel_type(rel_name).properties)]


def load_relationships(rel_name: str, from_label: str, to_label: str, path: str) -> str:
    """Relationships known to be absent, created from a CSV file of relationship_columns."""
    rel = rel_type(rel_name)
    if (from_label, to_label) not in rel.endpoints:
        raise ValueError(f"{rel_name} does not link {from_label} to {to_label}")
    types = {p.name: p.type for p in rel.properties}
    names = [p.name for p in rel.properties]
    values = ", ".join(f"{n}: c_{n}" for n in names)
    props = f" {{{values}}}" if names else ""
    return (
        f"{_load(path, relationship_columns(rel_name), types)}"
        f"MATCH (a:{from_label} {{id: c_s}}) MATCH (b:{to_label} {{id: c_o}}) "
        f"CREATE (a)-[:{rel_name}{props}]->(b)"
    )


def article_exists() -> str:
    return "MATCH (a:Article {id: $id}) RETURN count(a) AS n"


def stored_articles() -> str:
    """Which of the ids in $ids are stored articles."""
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id"


def delete_articles_facts() -> list[str]:
    """Removes what the articles of $ids stated (not the shared entities), to store them again."""
    from kg.model.graph_schema import FACT_RELATIONS

    statements = [
        f"MATCH ()-[r:{name}]->() WHERE r.source IN $ids DELETE r" for name in FACT_RELATIONS
    ]
    statements.append("MATCH (e:Event) WHERE e.source IN $ids DETACH DELETE e")
    statements.append("UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a")
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
