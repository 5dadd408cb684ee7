"""Commands that read articles and describe the graph: extract, stats, schema."""

import json
import sys

import click

from kg.cli.options import store_option
from kg.cli.output import table


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="Output format: one JSON object per article per line.",
)
@click.option(
    "--default-date", metavar="YYYY-MM-DD", help="Publication date for articles that give none."
)
def extract(paths: tuple[str, ...], output_format: str, default_date: str | None) -> None:
    """Print the facts of articles without storing them (evaluation format, JSON Lines)."""
    from kg.api import extract as extract_facts
    from loaders import LoadFailure

    failed = 0
    for item in extract_facts(paths, default_date=default_date):
        if isinstance(item, LoadFailure):
            click.echo(f"failed: {item}", err=True)
            failed += 1
            continue
        click.echo(json.dumps(item.to_eval_json(), ensure_ascii=False, sort_keys=False))
    del output_format
    if failed:
        sys.exit(1)


@click.command()
@store_option
def stats(store: str | None) -> None:
    """Count the nodes and relationships of the graph, by label and type."""
    from kg.store import open_store

    graph = open_store(store, read_only=True)
    try:
        counts = graph.stats()
    finally:
        graph.close()
    click.echo(table(["kind", "count"], [[k, v] for k, v in counts.items()]))


@click.command()
@click.option("--check", is_flag=True, help="Fail if the files in schema/ are out of date.")
@click.option(
    "--dir",
    "directory",
    default="schema",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where the generated files live.",
)
def schema(check: bool, directory: str) -> None:
    """Write (or check) the schema files derived from the one schema definition."""
    from kg.schema_files import check_files, write_files

    if check:
        stale = check_files(directory)
        if stale:
            raise click.ClickException(
                "out of date: " + ", ".join(stale) + " (run `autokg schema`)"
            )
        click.echo(f"{directory}: up to date")
        return
    for name in write_files(directory):
        click.echo(f"wrote {name}")


COMMANDS = [extract, stats, schema]
