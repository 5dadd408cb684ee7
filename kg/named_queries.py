"""The library of named Cypher queries in `queries/`: their headers, parameters and dialects.

Each `queries/NAME.cypher` starts with a header of `//` comment lines:

    // name: timeline
    // question: Every event an entity takes part in, in date order, with status and evidence.
    // param: entity ENTITY -- the brand, company, person... (name, alias or id)
    // param: from DATE = "" -- only events that end on or after this date
    // example: autokg query --name timeline -p entity=Infiniti

A parameter is `NAME TYPE [= DEFAULT] -- description`; DEFAULT is a JSON literal and a parameter
without one is required. Types: ENTITY (a name, alias or id, resolved to the entity's id;
ENTITY(Brand|Company) restricts the labels searched), STRING, INTEGER, FLOAT, BOOLEAN, DATE (a
partial date, passed as its first day), DATE_END (passed as its last day) and LIMIT (a row cap:
a whole number, 0 for no cap; a query has at most one, used as `LIMIT $name`). An optional text
parameter that is not given is the empty string: the embedded store types a NULL parameter as
BOOLEAN, so the queries test `$p = ''` rather than `$p IS NULL`.

A query with a LIMIT parameter lists its rows in an order that puts the ones worth keeping first
(`// keeps: first`, the default) or last (`// keeps: last`: a timeline in date order whose limit
keeps the most recent rows, sorted newest first inside the query and oldest first outside). The
library asks for one row more than the limit to know whether the limit left rows out, and says so
in the result (`NamedResult.cut`).

The query text after the header is portable Cypher, or Neo4j's dialect where the two differ;
`NAME.ladybug.cypher` beside it then holds the embedded store's variant (see README, "Writing
Cypher for the embedded store"). `NAME.with-PARAM.cypher` holds a portable text that answers the
same as the query when the optional parameter PARAM is given, in less time: the library sends it
then (a walk from the entity given, where the full text has to scan every event for the case
without one; the engine cannot skip a branch of a UNION by its parameters).
"""

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError, UsageError
from kg.model.dates import interval_of, is_partial_date
from kg.model.vocabulary import ENTITY_LABELS
from kg.resources import queries_dir
from kg.store.base import GraphStore, QueryResult

PARAM_TYPES = ("ENTITY", "STRING", "INTEGER", "FLOAT", "BOOLEAN", "DATE", "DATE_END", "LIMIT")
DIALECTS = ("neo4j", "ladybug")
_HEADER_KEYS = ("name", "question", "param", "returns", "example", "dialect", "note", "keeps")
KEEPS = ("first", "last")
NO_LIMIT = 2**62
"""What `LIMIT $limit` is sent when the caller asks for no cap (limit 0)."""
_KEY_LINE = re.compile(r"^//\s*(" + "|".join(_HEADER_KEYS) + r"):\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[A-Z_]+)(?:\((?P<labels>[A-Za-z|]+)\))?"
    r"(?:\s*=\s*(?P<default>.+?))?\s*(?:--\s*(?P<description>.*))?$"
)
_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*")


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str
    description: str = ""
    default: Any = None
    required: bool = True
    labels: tuple[str, ...] = ()

    def signature(self) -> str:
        kind = self.type + (f"({'|'.join(self.labels)})" if self.labels else "")
        if self.required:
            return f"{self.name}: {kind}"
        return f"{self.name}: {kind} = {json.dumps(self.default, ensure_ascii=False)}"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: tuple[QueryParam, ...]
    example: str
    cypher: str
    path: Path
    returns: str = ""
    variants: dict[str, str] = field(default_factory=dict)
    keeps: str = "first"
    given: dict[str, str] = field(default_factory=dict)

    def text(self, dialect: str, bound: dict[str, Any] | None = None) -> str:
        """The statement to send to a store speaking `dialect` ('neo4j' or 'ladybug'); with
        the bound parameters, the narrower text of a parameter given (see `given`)."""
        for param, text in self.given.items():
            if bound and bound.get(param) not in (None, ""):
                return text
        return self.variants.get(dialect, self.cypher)

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def limit(self) -> QueryParam | None:
        """The LIMIT parameter, if the query has one."""
        return next((p for p in self.params if p.type == "LIMIT"), None)


@dataclass(frozen=True)
class NamedResult(QueryResult):
    """A named query's rows; `cut` is the limit when it left rows out, else 0."""

    cut: int = 0


def _split_header(text: str) -> tuple[list[tuple[int, str]], str]:
    lines = text.splitlines()
    header: list[tuple[int, str]] = []
    index = 0
    while index < len(lines) and (lines[index].startswith("//") or not lines[index].strip()):
        if lines[index].strip():
            header.append((index + 1, lines[index]))
        index += 1
    return header, "\n".join(lines[index:]).strip()


def _header_fields(path: Path, header: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(line, key, value) triples; an indented `//` line continues the previous value."""
    fields: list[tuple[int, str, str]] = []
    for number, line in header:
        match = _KEY_LINE.match(line)
        if match:
            fields.append((number, match.group(1), match.group(2).strip()))
        elif fields:
            last = fields[-1]
            fields[-1] = (last[0], last[1], f"{last[2]} {line[2:].strip()}".strip())
        else:
            raise InputError(f"{path}:{number}: expected `// name: ...` as the first line")
    return fields


def _parse_param(path: Path, number: int, spec: str) -> QueryParam:
    match = _PARAM.match(spec)
    if not match:
        raise InputError(
            f"{path}:{number}: bad parameter {spec!r}; expected NAME TYPE [= DEFAULT] -- text"
        )
    type_ = match.group("type")
    if type_ not in PARAM_TYPES:
        raise InputError(f"{path}:{number}: unknown type {type_} (one of {', '.join(PARAM_TYPES)})")
    labels = tuple(match.group("labels").split("|")) if match.group("labels") else ()
    if labels and type_ != "ENTITY":
        raise InputError(f"{path}:{number}: only ENTITY parameters take labels")
    unknown_labels = [label for label in labels if label not in ENTITY_LABELS]
    if unknown_labels:
        raise InputError(f"{path}:{number}: not entity labels: {', '.join(unknown_labels)}")
    raw_default = match.group("default")
    default: Any = None
    if raw_default is not None:
        try:
            default = json.loads(raw_default)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}:{number}: default {raw_default!r} is not a JSON literal"
            ) from exc
    return QueryParam(
        name=match.group("name"),
        type=type_,
        description=(match.group("description") or "").strip(),
        default=default,
        required=raw_default is None,
        labels=labels,
    )


def referenced_params(cypher: str) -> set[str]:
    """The $names a statement uses (outside strings and comments)."""
    return set(_PARAM_REF.findall(_STRINGS_AND_COMMENTS.sub(" ", cypher)))


def parse_query_file(path: Path) -> NamedQuery:
    """One named query from its file, with the dialect variants found beside it."""
    header, body = _split_header(path.read_text(encoding="utf-8"))
    values: dict[str, list[tuple[int, str]]] = {}
    for number, key, value in _header_fields(path, header):
        values.setdefault(key, []).append((number, value))
    for key in ("name", "question", "example"):
        if key not in values:
            raise InputError(f"{path}: the header has no `// {key}:` line")
    name = values["name"][0][1]
    if name != path.name.removesuffix(".cypher"):
        raise InputError(f"{path}: the header names it {name!r}; the file must be {name}.cypher")
    if not body:
        raise InputError(f"{path}: no Cypher after the header")
    params = tuple(_parse_param(path, n, spec) for n, spec in values.get("param", []))
    if sum(p.type == "LIMIT" for p in params) > 1:
        raise InputError(f"{path}: more than one LIMIT parameter")
    keeps = values.get("keeps", [(0, "first")])[0][1]
    if keeps not in KEEPS:
        raise InputError(f"{path}: `// keeps:` is first or last, not {keeps!r}")
    if "keeps" in values and not any(p.type == "LIMIT" for p in params):
        raise InputError(f"{path}: `// keeps:` needs a LIMIT parameter")
    variants: dict[str, str] = {}
    for dialect in DIALECTS:
        variant = path.with_name(f"{name}.{dialect}.cypher")
        if variant.is_file():
            _, variant_body = _split_header(variant.read_text(encoding="utf-8"))
            if not variant_body:
                raise InputError(f"{variant}: no Cypher after the header")
            variants[dialect] = variant_body
    declared = {p.name for p in params}
    given: dict[str, str] = {}
    for alternative in sorted(path.parent.glob(f"{name}.with-*.cypher")):
        param = alternative.name.removeprefix(f"{name}.with-").removesuffix(".cypher")
        spec = next((p for p in params if p.name == param), None)
        if spec is None or spec.required:
            raise InputError(f"{alternative}: {param!r} is not an optional parameter of {name}")
        _, alternative_body = _split_header(alternative.read_text(encoding="utf-8"))
        if not alternative_body:
            raise InputError(f"{alternative}: no Cypher after the header")
        given[param] = alternative_body
    for dialect, text in [
        ("neo4j", body),
        *variants.items(),
        *((f"with {p}", text) for p, text in given.items()),
    ]:
        used = referenced_params(text)
        if used - declared:
            raise InputError(
                f"{path} ({dialect}): uses undeclared parameter(s) "
                f"{', '.join(sorted(used - declared))}"
            )
        if declared - used:
            raise InputError(
                f"{path} ({dialect}): declares parameter(s) it never uses: "
                f"{', '.join(sorted(declared - used))}"
            )
    return NamedQuery(
        name=name,
        question=values["question"][0][1],
        params=params,
        example=values["example"][0][1],
        cypher=body,
        path=path,
        returns=values.get("returns", [(0, "")])[0][1],
        variants=variants,
        keeps=keeps,
        given=given,
    )


def load_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query of `folder` (default: the project's queries/), by name."""
    directory = folder or queries_dir()
    if not directory.is_dir():
        raise InputError(f"no queries folder at {directory}")
    queries: dict[str, NamedQuery] = {}
    for path in sorted(directory.glob("*.cypher")):
        if path.name.count(".") > 1:
            continue  # a dialect variant, read with its query
        query = parse_query_file(path)
        queries[query.name] = query
    return queries


@cache
def _default_queries() -> dict[str, NamedQuery]:
    return load_queries()


def all_queries() -> list[NamedQuery]:
    return list(_default_queries().values())


def get_query(name: str) -> NamedQuery:
    queries = _default_queries()
    if name not in queries:
        import difflib

        close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"no named query {name!r}{hint} (see `autokg queries`)")
    return queries[name]


def dialect_of(store: GraphStore) -> str:
    """'neo4j' or 'ladybug': which text of a named query the store understands."""
    declared = getattr(store, "dialect", None)
    if isinstance(declared, str):
        return declared
    from kg.store.ladybug_store import LadybugStore

    return "ladybug" if isinstance(store, LadybugStore) else "neo4j"


def _coerce(param: QueryParam, value: Any) -> Any:
    """A caller's value as the parameter's type; a UsageError names the parameter otherwise."""
    problem = f"parameter {param.name} expects {param.type}"
    if param.type in ("STRING", "ENTITY"):
        if isinstance(value, dict | list) or value is None:
            raise UsageError(f"{problem}, got {value!r}")
        return str(value) if not isinstance(value, bool) else str(value).lower()
    if param.type in ("INTEGER", "LIMIT"):
        if param.type == "LIMIT":
            problem += " (a whole number >= 0; 0 for no limit)"
        if isinstance(value, bool):
            raise UsageError(f"{problem}, got {value!r}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise UsageError(f"{problem}, got {value!r}") from None
        if not number.is_integer() or (param.type == "LIMIT" and number < 0):
            raise UsageError(f"{problem}, got {value!r}")
        return int(number)
    if param.type == "FLOAT":
        if isinstance(value, bool):
            raise UsageError(f"{problem}, got {value!r}")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise UsageError(f"{problem}, got {value!r}") from None
    if param.type == "BOOLEAN":
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "yes", "1"):
            return True
        if str(value).lower() in ("false", "no", "0"):
            return False
        raise UsageError(f"{problem} (true or false), got {value!r}")
    # DATE and DATE_END: partial ISO dates, compared as strings by the queries
    text = "" if value is None else str(value)
    if text == "":
        return ""
    if not is_partial_date(text):
        raise UsageError(f"{problem} (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    start, end = interval_of(text)
    return start if param.type == "DATE" else end


def bind_params(
    query: NamedQuery, given: dict[str, Any], store: GraphStore | None = None
) -> dict[str, Any]:
    """The parameters to send: defaults filled in, types checked, entity names resolved to ids.

    Entities are resolved only when a store is given; without one, ENTITY values pass as ids.
    """
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.signature() for p in query.params) or "none"
        raise UsageError(
            f"{query.name} has no parameter {', '.join(unknown)} (parameters: {known})"
        )
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name not in given:
            if param.required:
                raise UsageError(
                    f"{query.name} needs -p {param.name}=... ({param.type}: {param.description})"
                )
            default = param.default
            bound[param.name] = default if default in (None, "") else _coerce(param, default)
            continue
        value = _coerce(param, given[param.name])
        if param.type == "ENTITY" and value != "" and store is not None:
            from kg.entities import resolve_entity

            value = resolve_entity(store, value, labels=param.labels or None).id
        bound[param.name] = value
    return bound


def run_named_query(
    store: GraphStore, name: str | NamedQuery, params: dict[str, Any] | None = None
) -> NamedResult:
    """Run a named query on an open store, in the store's dialect.

    With a LIMIT parameter, one row more than the limit is asked for: when it comes, the limit
    left rows out, and the result keeps `limit` rows (the first or the last, as the query's
    header says) with `cut` set to the limit.
    """
    query = name if isinstance(name, NamedQuery) else get_query(name)
    bound = bind_params(query, params or {}, store)
    cap = query.limit
    wanted = int(bound[cap.name]) if cap is not None else 0
    if cap is not None:
        bound[cap.name] = wanted + 1 if wanted else NO_LIMIT
    result = store.query(query.text(dialect_of(store), bound), bound)
    rows = result.rows
    if wanted and len(rows) > wanted:
        kept = rows[len(rows) - wanted :] if query.keeps == "last" else rows[:wanted]
        return NamedResult(result.columns, kept, cut=wanted)
    return NamedResult(result.columns, rows)


def cut_note(query: NamedQuery, result: NamedResult) -> str:
    """What to tell a reader whose result the limit shortened ('' when it did not)."""
    cap = query.limit
    if not result.cut or cap is None:
        return ""
    which = "last" if query.keeps == "last" else "first"
    return (
        f"{query.name} lists the {which} {result.cut} rows only ({cap.name}={result.cut}: "
        f"{cap.description}); -p {cap.name}=N for more, -p {cap.name}=0 for all"
    )


_FACTS = "OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE"
_FACT_ENDS = "Company|Brand|JointVenture|Person|Vehicle"
_NEIGHBOURS = (
    "MATCH (a:{ends})-[r:{facts}]->(b) WHERE a.id IN $ids "
    "RETURN a.id AS subject_id, a.name AS subject, {kind} AS relation, b.id AS object_id, "
    "b.name AS object, r.stake AS stake, r.title AS title, r.since AS since, r.until AS until, "
    "r.source AS source "
    "UNION ALL "
    "MATCH (a)-[r:{facts}]->(b:{ends}) WHERE b.id IN $ids "
    "RETURN a.id AS subject_id, a.name AS subject, {kind} AS relation, b.id AS object_id, "
    "b.name AS object, r.stake AS stake, r.title AS title, r.since AS since, r.until AS until, "
    "r.source AS source"
)
NEIGHBOURS = {
    "neo4j": _NEIGHBOURS.format(ends=_FACT_ENDS, facts=_FACTS, kind="type(r)"),
    "ladybug": _NEIGHBOURS.format(ends=_FACT_ENDS, facts=_FACTS, kind="label(r)"),
}
"""One step of `relations`: the fact relationships of a set of entities, both directions."""

RELATION_COLUMNS = [
    "depth",
    "subject",
    "relation",
    "object",
    "stake",
    "title",
    "since",
    "until",
    "sources",
]
MAX_DEPTH = 5


def relations(store: GraphStore, entity_id: str, depth: int = 1) -> QueryResult:
    """The facts around an entity, breadth first up to `depth` steps away, sources merged.

    One row per (subject, relation, object, title): the smallest depth it was found at, the
    largest stake, the earliest start, the latest end and the number of sources.
    """
    if not 1 <= depth <= MAX_DEPTH:
        raise UsageError(f"--depth must be between 1 and {MAX_DEPTH}, got {depth}")
    statement = NEIGHBOURS[dialect_of(store)]
    seen = {entity_id}
    frontier = [entity_id]
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for level in range(1, depth + 1):
        if not frontier:
            break
        reached: list[str] = []
        for record in store.query(statement, {"ids": sorted(frontier)}).records():
            key = (
                record["subject_id"],
                record["relation"],
                record["object_id"],
                record["title"] or "",
            )
            row = merged.setdefault(
                key,
                {
                    "depth": level,
                    "subject": record["subject"],
                    "relation": record["relation"],
                    "object": record["object"],
                    "stake": None,
                    "title": record["title"],
                    "since": None,
                    "until": None,
                    "sources": set(),
                },
            )
            row["stake"] = _max(row["stake"], record["stake"])
            row["since"] = _min(row["since"], record["since"])
            row["until"] = _max(row["until"], record["until"])
            row["sources"].add(record["source"])
            for end in (record["subject_id"], record["object_id"]):
                if end not in seen:
                    seen.add(end)
                    reached.append(end)
        frontier = reached
    rows = sorted(
        merged.values(),
        key=lambda r: (
            r["depth"],
            r["relation"],
            r["subject"] or "",
            r["object"] or "",
            r["title"] or "",
        ),
    )
    return QueryResult(
        RELATION_COLUMNS,
        [
            [
                r["depth"],
                r["subject"],
                r["relation"],
                r["object"],
                r["stake"],
                r["title"],
                r["since"],
                r["until"],
                len(r["sources"]),
            ]
            for r in rows
        ],
    )


def _max(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else max(a, b)


def _min(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else min(a, b)


def run(
    name: str, params: dict[str, Any] | None = None, store_location: str | None = None
) -> NamedResult:
    """Open the store read-only, run a named query, close the store."""
    from kg.store import open_store

    query = get_query(name)
    store = open_store(store_location, read_only=True)
    try:
        return run_named_query(store, query, params)
    finally:
        store.close()
