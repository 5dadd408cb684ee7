"""CSV files for Neo4j's bulk importer (`neo4j-admin database import full`), via the csv module.

`-o DIR` writes, into DIR:

- ``nodes_<Label>.csv`` with the header ``id:ID(autokg),:LABEL,name:string,aliases:string[],...``;
- ``rels_<TYPE>.csv`` with ``:START_ID(autokg),:END_ID(autokg),:TYPE,stake:double,...``;
- ``neo4j-admin-import.sh``, the command line that imports them into an empty database.

Every node id lives in the one id space ``autokg`` (ids are unique across labels) and is kept as
the ``id`` property. Property types follow the schema (STRING -> string, STRING[] -> string[],
DOUBLE -> double, INT64 -> long, BOOLEAN -> boolean). Arrays are joined with the array delimiter
the command line names: ``;`` unless a value contains one, then ``|``, then ``¦``. An empty
field is no property.
"""

import csv
import re
import shlex
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Literal

import networkx as nx

from kg.errors import ExportError
from kg.model.graph_schema import NODE_TYPES, REL_TYPES

ID_GROUP = "autokg"
COMMAND_FILE = "neo4j-admin-import.sh"
NEO4J_TYPES = {
    "STRING": "string",
    "STRING[]": "string[]",
    "DOUBLE": "double",
    "INT64": "long",
    "BOOLEAN": "boolean",
}
ARRAY_DELIMITERS = (";", "|", "¦")
_OWNED = re.compile(r"(nodes_[A-Za-z0-9]+|rels_[A-Z0-9_]+)\.csv")


def _columns(schema: Mapping[str, str], seen: set[str]) -> list[tuple[str, str]]:
    """(property, neo4j type) in schema order, then properties the schema does not know."""
    known = [(name, NEO4J_TYPES[kind]) for name, kind in schema.items() if name in seen]
    extra = sorted(seen - set(schema))
    return known + [(name, "string") for name in extra]


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return delimiter.join(_cell(v, delimiter) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def array_delimiter(graph: "nx.MultiDiGraph[str]") -> str:
    for delimiter in ARRAY_DELIMITERS:
        if not any(
            isinstance(v, list) and any(delimiter in str(item) for item in v)
            for _, data in graph.nodes(data=True)
            for v in data.values()
        ):
            return delimiter
    raise ExportError("every array delimiter (; | ¦) occurs in a list value")


def _has_newline(graph: "nx.MultiDiGraph[str]") -> bool:
    return any(
        isinstance(v, str) and ("\n" in v or "\r" in v)
        for _, data in graph.nodes(data=True)
        for v in data.values()
    ) or any(
        isinstance(v, str) and ("\n" in v or "\r" in v)
        for _, _, data in graph.edges(data=True)
        for v in data.values()
    )


class Neo4jCsvExporter:
    name = "csv"
    aliases = ("neo4j-csv", "neo4j-admin")
    summary = "CSV for neo4j-admin database import (a folder: -o DIR)"
    suffixes: tuple[str, ...] = ()
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        raise ExportError("csv writes several files: give a folder with -o DIR")

    def owns(self, filename: str) -> bool:
        return filename == COMMAND_FILE or bool(_OWNED.fullmatch(filename))

    def write_folder(self, graph: "nx.MultiDiGraph[str]", folder: Path) -> list[str]:
        delimiter = array_delimiter(graph)
        node_files = self._write_nodes(graph, folder, delimiter)
        rel_files = self._write_relationships(graph, folder, delimiter)
        command = import_command(node_files, rel_files, delimiter, _has_newline(graph))
        (folder / COMMAND_FILE).write_text(command, encoding="utf-8")
        return [*node_files, *rel_files, COMMAND_FILE]

    def _write_nodes(
        self, graph: "nx.MultiDiGraph[str]", folder: Path, delimiter: str
    ) -> list[str]:
        by_label: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for node, data in graph.nodes(data=True):
            by_label[str(data.get("label", "Node"))].append((node, data))
        schemas = {n.label: {p.name: p.type for p in n.properties} for n in NODE_TYPES}
        names = []
        for label in _ordered(by_label, [n.label for n in NODE_TYPES]):
            rows = by_label[label]
            schema = {k: v for k, v in schemas.get(label, {}).items() if k != "id"}
            seen = {k for _, data in rows for k in data if k not in ("label", "id")}
            columns = _columns(schema, seen)
            name = f"nodes_{label}.csv"
            with (folder / name).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow([f"id:ID({ID_GROUP})", ":LABEL", *(f"{c}:{t}" for c, t in columns)])
                for node, data in rows:
                    writer.writerow(
                        [node, label, *(_cell(data.get(c), delimiter) for c, _ in columns)]
                    )
            names.append(name)
        return names

    def _write_relationships(
        self, graph: "nx.MultiDiGraph[str]", folder: Path, delimiter: str
    ) -> list[str]:
        by_type: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
        for u, v, data in graph.edges(data=True):
            by_type[str(data.get("type", "RELATED"))].append((u, v, data))
        schemas = {r.name: {p.name: p.type for p in r.properties} for r in REL_TYPES}
        names = []
        for rel in _ordered(by_type, [r.name for r in REL_TYPES]):
            rows = by_type[rel]
            seen = {k for _, _, data in rows for k in data if k != "type"}
            columns = _columns(schemas.get(rel, {}), seen)
            name = f"rels_{rel}.csv"
            with (folder / name).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(
                    [
                        f":START_ID({ID_GROUP})",
                        f":END_ID({ID_GROUP})",
                        ":TYPE",
                        *(f"{c}:{t}" for c, t in columns),
                    ]
                )
                for u, v, data in rows:
                    writer.writerow(
                        [u, v, rel, *(_cell(data.get(c), delimiter) for c, _ in columns)]
                    )
            names.append(name)
        return names


def _ordered(groups: dict[str, Any], schema_order: list[str]) -> list[str]:
    return [g for g in schema_order if g in groups] + sorted(set(groups) - set(schema_order))


def import_command(
    node_files: list[str], rel_files: list[str], delimiter: str, multiline: bool
) -> str:
    options = ["--id-type=string", f"--array-delimiter={shlex.quote(delimiter)}"]
    if multiline:
        options.append("--multiline-fields=true")
    lines = [
        "#!/bin/sh",
        "# Bulk-import these CSV files into a new, empty Neo4j 5 database (default: neo4j):",
        "#   sh neo4j-admin-import.sh [DATABASE]",
        "# then, with the database started, create the constraints of",
        "# schema/neo4j-constraints.cypher. Written by `autokg export --format csv`.",
        'cd "$(dirname "$0")" || exit 1',
        "neo4j-admin database import full \\",
        *(f"  {option} \\" for option in options),
        *(f"  --nodes={name} \\" for name in node_files),
        *(f"  --relationships={name} \\" for name in rel_files),
        '  "${1:-neo4j}"',
        "",
    ]
    return "\n".join(lines)
