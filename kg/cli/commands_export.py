"""autokg export: the graph, or a part of it, in the formats other tools open."""

import click

from kg.cli.options import store_option
from kg.cli.output import table
from kg.model.graph_schema import NODE_TYPES

LABELS = [node.label for node in NODE_TYPES]


def _list_formats() -> str:
    from kg.export import EXPORTERS, FolderExporter

    rows = [
        [
            e.name,
            ", ".join(e.aliases),
            "folder" if isinstance(e, FolderExporter) else ", ".join(e.suffixes),
            e.summary,
        ]
        for e in EXPORTERS
    ]
    return table(["format", "aliases", "file", "what"], rows, max_width=100)


@click.command()
@store_option
@click.option(
    "--format",
    "-f",
    "export_format",
    default=None,
    metavar="FORMAT",
    help="Export format (see --list); default: from the -o file's ending, else json.",
)
@click.option(
    "--output",
    "-o",
    default="-",
    metavar="PATH",
    help="File to write, a folder for csv (default: standard output).",
)
@click.option(
    "--around", metavar="ENTITY", help="Only ENTITY (a name, alias or id) and its neighbourhood."
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Hops around --around ENTITY, either direction (default 1).",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Facts valid and events started on DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    type=click.Choice(LABELS, case_sensitive=False),
    help="Keep only nodes with this label (repeatable).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Keep the N most connected nodes (html caps at 2000 unless this is given).",
)
@click.option("--include-text", is_flag=True, help="Include the articles' body text.")
@click.option("--list", "list_formats", is_flag=True, help="List the formats and exit.")
def export(
    store: str | None,
    export_format: str | None,
    output: str,
    around: str | None,
    depth: int | None,
    as_of: str | None,
    labels: tuple[str, ...],
    max_nodes: int | None,
    include_text: bool,
    list_formats: bool,
) -> None:
    """Export the graph (or a subgraph) for Gephi, yEd, Cytoscape, Graphviz, Neo4j, RDF tools
    or a browser.

    \b
    Examples:
      autokg export -o graph.graphml
      autokg export --format gexf -o timeline.gexf
      autokg export --format html --around Infiniti --depth 2 -o infiniti.html
      autokg export --format csv -o neo4j-import/
      autokg export --format turtle --as-of 2020-01-01 -o graph.ttl
    """
    if list_formats:
        click.echo(_list_formats())
        return
    from kg.errors import UsageError
    from kg.export import Selection, export_graph, format_for_path
    from kg.store import open_store

    if depth is not None and not around:
        raise UsageError("--depth needs --around ENTITY")
    name = export_format or (format_for_path(output) if output != "-" else None) or "json"
    selection = Selection(
        around=around,
        depth=1 if depth is None else depth,
        as_of=as_of,
        labels=labels,
        max_nodes=max_nodes,
    )
    graph = open_store(store, read_only=True)
    try:
        report = export_graph(graph, name, output, selection, include_text=include_text)
    finally:
        graph.close()
    if report.dropped:
        kept, total, nodes, edges = report.dropped
        click.echo(
            f"note: kept the {kept} most connected of {total} nodes; left out {nodes} "
            f"nodes and {edges} relationships (--max-nodes N to change)",
            err=True,
        )
    if report.paths:
        count = len(report.paths)
        where = report.paths[0] if count == 1 else f"{count} files in {output}"
        click.echo(
            f"wrote {report.format} to {where}: {report.nodes} nodes, {report.edges} "
            f"relationships ({report.seconds:.1f} s)",
            err=True,
        )


COMMANDS = [export]
