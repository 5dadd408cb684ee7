"""Commands that ask the graph questions: query, overview."""

import click

from kg.cli.options import parse_params, store_option
from kg.cli.output import output_format_option, render


@click.command()
@click.argument("cypher", required=False)
@click.option(
    "--name",
    "-n",
    "query_name",
    metavar="NAME",
    help="Run the named query NAME of queries/ instead (see `autokg queries`).",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter, used as $NAME (repeatable). JSON values keep their type.",
)
@click.option("--write", is_flag=True, help="Allow a statement that changes the graph.")
@store_option
@output_format_option
def query(
    cypher: str | None,
    query_name: str | None,
    params: tuple[str, ...],
    write: bool,
    store: str | None,
    output_format: str,
) -> None:
    """Run a Cypher statement, or a named query, against the graph (read-only unless --write).

    With --name, entity parameters accept any name or alias ("VW", "Volkswagen Group").
    """
    from kg.api import query as run_query
    from kg.errors import UsageError

    if query_name is not None and cypher is None:
        from kg.named_queries import cut_note, get_query, run

        if write:
            raise UsageError("named queries only read; --write does not apply to --name")
        named = run(query_name, parse_params(params), store)
        click.echo(render(named.columns, named.rows, output_format))
        note = cut_note(get_query(query_name), named)
        if note:
            click.echo(f"note: {note}", err=True)
        return
    if cypher is None or query_name is not None:
        raise UsageError("give either a Cypher statement or --name NAME (see `autokg queries`)")
    result = run_query(cypher, parse_params(params), store, write=write)
    click.echo(render(result.columns, result.rows, output_format))


@click.command()
@store_option
@click.option(
    "--timeline",
    "timeline_of",
    default="Infiniti",
    show_default=True,
    help="Entity whose timeline of events to show.",
)
@output_format_option
def overview(store: str | None, timeline_of: str, output_format: str) -> None:
    """Show the graph's main answers: brand owners, joint-venture partners, a timeline."""
    from kg.overview import overview_sections
    from kg.store import open_store

    graph = open_store(store, read_only=True)
    try:
        sections = overview_sections(graph, timeline_of)
    finally:
        graph.close()
    for title, result in sections:
        click.echo(f"\n== {title} ==")
        click.echo(render(result.columns, result.rows, output_format))


COMMANDS = [query, overview]
