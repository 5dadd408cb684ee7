"""Commands for the everyday questions: queries, timeline, sales, relations, path, evidence, and
push (copy the embedded store into Neo4j).

Entity arguments accept any name or alias ("VW", "Volkswagen Group") or an id; a name that
matches nothing says so with the closest names, one that matches several lists them.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from kg.cli.options import store_option
from kg.cli.output import output_format_option, render
from kg.model.vocabulary import EVENT_TYPES, RELATION_TYPES
from kg.store.base import GraphStore, QueryResult

TIMELINE_COLUMNS = ("date", "type", "status", "role", "quantity", "unit", "reported_by", "evidence")
EVIDENCE_COLUMNS = (
    "subject",
    "relation",
    "object",
    "stake",
    "title",
    "since",
    "until",
    "source",
    "evidence",
    "article",
    "published",
)


@contextmanager
def _reading(location: str | None) -> Iterator[GraphStore]:
    from kg.store import open_store

    graph = open_store(location, read_only=True)
    try:
        yield graph
    finally:
        graph.close()


def _echo(
    result: QueryResult,
    output_format: str,
    title: str | None = None,
    table_columns: Sequence[str] | None = None,
    max_width: int = 80,
) -> None:
    """JSON and CSV carry every column; the table shows `table_columns` under a title."""
    if output_format != "table":
        click.echo(render(result.columns, result.rows, output_format))
        return
    columns = [c for c in table_columns or result.columns if c in result.columns]
    indexes = [result.columns.index(c) for c in columns]
    if title:
        click.echo(title)
    cells = [[row[i] for i in indexes] for row in result.rows]
    click.echo(render(columns, cells, "table", max_width=max_width))


def _plotted(path: str) -> None:
    click.echo(f"wrote {path}", err=True)


@click.command(name="queries")
@click.argument("name", required=False)
@click.option(
    "--dialect",
    type=click.Choice(["neo4j", "ladybug"]),
    default=None,
    help="With NAME: print only this dialect's text.",
)
@output_format_option
def list_queries(name: str | None, dialect: str | None, output_format: str) -> None:
    """List the named queries of queries/ with their parameters, or show one (NAME).

    Run one with `autokg query --name NAME -p key=value`.
    """
    from kg.named_queries import all_queries, get_query

    if name is None:
        rows = [
            [q.name, ", ".join(p.signature() for p in q.params), q.question] for q in all_queries()
        ]
        click.echo(
            render(
                ["name", "parameters", "question"],
                rows,
                output_format,
                max_width=200 if output_format == "table" else 80,
            )
        )
        return
    query = get_query(name)
    click.echo(f"{query.name}: {query.question}")
    for param in query.params:
        click.echo(f"  -p {param.signature()}  {param.description}")
    click.echo(f"example: {query.example}")
    shown = [dialect] if dialect else ["neo4j", *sorted(query.variants)]
    for which in dict.fromkeys(shown):
        heading = "portable / Neo4j" if which == "neo4j" else f"{which} variant"
        if which != "neo4j" and which not in query.variants:
            heading = f"{which}: the same text"
        click.echo(f"\n-- {heading} ({query.path.name}) --")
        click.echo(query.text(which))


@click.command()
@click.argument("entity")
@click.option(
    "--from",
    "date_from",
    metavar="DATE",
    default="",
    help="Only events that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option(
    "--to",
    "date_to",
    metavar="DATE",
    default="",
    help="Only events that start on or before this date.",
)
@click.option(
    "--type",
    "event_type",
    type=click.Choice(EVENT_TYPES),
    default=None,
    help="Only events of this type.",
)
@click.option(
    "--plot",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Also draw the timeline into FILE (.png or .svg).",
)
@store_option
@output_format_option
def timeline(
    entity: str,
    date_from: str,
    date_to: str,
    event_type: str | None,
    plot: str | None,
    store: str | None,
    output_format: str,
) -> None:
    """Every event ENTITY takes part in, in date order, with its status and evidence."""
    from kg.entities import resolve_entity
    from kg.named_queries import run_named_query
    from kg.plot import check_target, plot_timeline

    if plot:
        check_target(plot)
    with _reading(store) as graph:
        ref = resolve_entity(graph, entity)
        result = run_named_query(
            graph,
            "timeline",
            {
                "entity": ref.id,
                "from": date_from,
                "to": date_to,
                "type": event_type or "",
                "limit": 0,  # every event: this command shows the whole timeline
            },
        )
    _echo(
        result, output_format, f"Timeline of {ref}: {len(result.rows)} event(s)", TIMELINE_COLUMNS
    )
    if plot:
        _plotted(str(plot_timeline(result.records(), plot, f"Timeline of {ref.name}")))


@click.command()
@click.argument("entity")
@click.option("--market", metavar="PLACE", default="", help="Only sales in this market.")
@click.option(
    "--plot",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Also draw the series into FILE (.png or .svg).",
)
@store_option
@output_format_option
def sales(
    entity: str, market: str, plot: str | None, store: str | None, output_format: str
) -> None:
    """The sales figures of a brand or company, by period and market, as a series."""
    from kg.entities import resolve_entity
    from kg.named_queries import run_named_query
    from kg.plot import check_target, plot_series

    if plot:
        check_target(plot)
    with _reading(store) as graph:
        ref = resolve_entity(graph, entity, labels=("Brand", "Company", "JointVenture"))
        result = run_named_query(graph, "sales_series", {"entity": ref.id, "market": market})
    _echo(result, output_format, f"Sales of {ref}")
    if plot:
        _plotted(str(plot_series(result.records(), plot, f"Sales of {ref.name}")))


@click.command()
@click.argument("entity")
@click.option(
    "--depth",
    "-d",
    type=click.IntRange(1, 5),
    default=1,
    show_default=True,
    help="How many steps away from ENTITY to follow the facts.",
)
@store_option
@output_format_option
def relations(entity: str, depth: int, store: str | None, output_format: str) -> None:
    """The facts around ENTITY (ownership, partnerships, makes, variants, roles), breadth first.

    One row per fact, its sources merged, with the number of steps it lies from ENTITY.
    """
    from kg.entities import resolve_entity
    from kg.named_queries import relations as find_relations

    with _reading(store) as graph:
        ref = resolve_entity(graph, entity)
        result = find_relations(graph, ref.id, depth)
    _echo(result, output_format, f"Relations of {ref}, up to {depth} step(s)")


def _path_text(nodes: Sequence[Any], steps: Sequence[Any]) -> str:
    parts = [str(nodes[0])] if nodes else []
    for step, node in zip(steps, nodes[1:], strict=False):
        parts += [str(step), str(node)]
    return " ".join(parts)


@click.command()
@click.argument("a")
@click.argument("b")
@store_option
@output_format_option
def path(a: str, b: str, store: str | None, output_format: str) -> None:
    """How A and B are connected: every shortest path over facts and shared events."""
    from kg.entities import resolve_entity
    from kg.errors import UsageError
    from kg.named_queries import run_named_query

    with _reading(store) as graph:
        first, second = resolve_entity(graph, a), resolve_entity(graph, b)
        if first.id == second.id:
            raise UsageError(f"{a!r} and {b!r} are the same entity: {first}")
        result = run_named_query(graph, "connection", {"a": first.id, "b": second.id})
    records = result.records()
    with_text = QueryResult(
        ["hops", "path", "nodes", "steps"],
        [[r["hops"], _path_text(r["nodes"], r["steps"]), r["nodes"], r["steps"]] for r in records],
    )
    if not records and output_format == "table":
        click.echo(f"no connection between {first} and {second} within 6 steps")
        return
    title = f"Shortest paths from {first} to {second}"
    _echo(with_text, output_format, title, ("hops", "path"), max_width=1000)


@click.command()
@click.argument("subject", required=False)
@click.argument("other", metavar="[OBJECT]", required=False)
@click.option(
    "--relation",
    "-r",
    type=click.Choice(RELATION_TYPES),
    default=None,
    help="Only facts of this type.",
)
@click.option(
    "--event",
    "event_id",
    metavar="EVENT_ID",
    help="The evidence of an event instead (its id, from `autokg timeline -f json`).",
)
@store_option
@output_format_option
def evidence(
    subject: str | None,
    other: str | None,
    relation: str | None,
    event_id: str | None,
    store: str | None,
    output_format: str,
) -> None:
    """The evidence behind facts: sentences, offsets, articles and rules.

    `autokg evidence Infiniti Nissan` shows every source of the facts linking the two;
    `autokg evidence Infiniti` every fact of Infiniti; `--event ID` one event's evidence.
    """
    from kg.entities import resolve_entity
    from kg.errors import UsageError
    from kg.named_queries import run_named_query

    if event_id is not None and subject is None:
        with _reading(store) as graph:
            result = run_named_query(graph, "event_evidence", {"event": event_id})
        if not result.rows:
            from kg.errors import EntityNotFoundError

            raise EntityNotFoundError(f"no event {event_id!r} in the graph")
        _echo(result, output_format, f"Evidence of {event_id}")
        return
    if subject is None or event_id is not None:
        raise UsageError("give an entity (and optionally a second one) or --event EVENT_ID")
    with _reading(store) as graph:
        ref = resolve_entity(graph, subject)
        second = resolve_entity(graph, other) if other else None
        result = run_named_query(
            graph,
            "evidence",
            {
                "subject": ref.id,
                "object": second.id if second else "",
                "relation": relation or "",
            },
        )
    linked = f" and {second}" if second else ""
    _echo(result, output_format, f"Evidence for the facts of {ref}{linked}", EVIDENCE_COLUMNS)


@click.command()
@click.option(
    "--to",
    "target",
    envvar="NEO4J_URI",
    required=True,
    metavar="URI",
    help="The Neo4j database (bolt://, neo4j://, neo4j+s://...; default $NEO4J_URI). "
    "User and password from the URI or NEO4J_USERNAME / NEO4J_PASSWORD.",
)
@click.option(
    "--store",
    "-s",
    "store",
    envvar="AUTOKG_STORE",
    default=None,
    metavar="PATH",
    help="The embedded store to copy (default ./autokg.db, or $AUTOKG_STORE).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=1000,
    show_default=True,
    help="Rows per write transaction.",
)
def push(target: str, store: str | None, batch_size: int) -> None:
    """Copy an embedded store into Neo4j (idempotent: pushing again changes nothing)."""
    from kg.errors import UsageError
    from kg.store import DEFAULT_STORE, is_neo4j, open_store
    from kg.store.neo4j_store import Neo4jStore

    if not is_neo4j(target):
        raise UsageError(f"--to must be a Neo4j URI (bolt://, neo4j://...), not {target!r}")
    location = store or DEFAULT_STORE
    if is_neo4j(location):
        raise UsageError("push copies an embedded store: --store must be a folder, not a URI")
    source = open_store(location, read_only=True)
    try:
        destination = Neo4jStore.from_uri(target)
        destination.batch_size = batch_size
        try:
            copied = destination.copy_from(source)
        finally:
            destination.close()
    finally:
        source.close()
    click.echo(
        f"copied {copied['nodes']} nodes and {copied['relationships']} relationships from "
        f"{source.description} into {destination.description}"
    )


COMMANDS = [list_queries, timeline, sales, relations, path, evidence, push]
