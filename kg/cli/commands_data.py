"""Commands that bring articles in and take the graph out: load, extract, stats, export, schema."""

import json
import sys

import click

from kg.cli.options import store_option
from kg.cli.output import table


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--default-date", metavar="YYYY-MM-DD",
              help="Publication date for articles that give none.")
@click.option("--replace", is_flag=True,
              help="Extract and store again articles that are already in the store.")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures.")
def load(paths: tuple[str, ...], store: str | None, default_date: str | None, replace: bool,
         quiet: bool) -> None:
    """Extract facts from articles (files, folders, - for stdin) and store them."""
    from kg.api import load as load_articles
    from kg.store import open_store

    graph = open_store(store)
    try:
        report = load_articles(paths, graph, default_date=default_date, replace=replace)
    finally:
        graph.close()
    for failure in report.failed:
        click.echo(f"failed: {failure}", err=True)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        click.echo(
            f"loaded {report.loaded} article(s) into {graph.description}: "
            f"{report.entities} entities, {report.relations} relations, {report.events} events; "
            f"{report.already_stored} already stored, {report.duplicates} duplicate(s), "
            f"{len(report.failed)} failed"
        )
    if report.failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "output_format", type=click.Choice(["json"]), default="json",
              show_default=True, help="Output format: one JSON object per article per line.")
@click.option("--default-date", metavar="YYYY-MM-DD",
              help="Publication date for articles that give none.")
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
@store_option
@click.option("--format", "-f", "export_format", default="json", show_default=True,
              help="Export format (see `autokg export --list`).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: standard output).")
def export(store: str | None, export_format: str, output: str) -> None:
    """Export the graph (node-link JSON and the formats of kg.export)."""
    from kg.export import export_graph
    from kg.store import open_store

    graph = open_store(store, read_only=True)
    try:
        export_graph(graph, export_format, output)
    finally:
        graph.close()


@click.command()
@click.option("--check", is_flag=True, help="Fail if the files in schema/ are out of date.")
@click.option("--dir", "directory", default="schema", show_default=True,
              type=click.Path(file_okay=False), help="Where the generated files live.")
def schema(check: bool, directory: str) -> None:
    """Write (or check) the schema files derived from the one schema definition."""
    from kg.schema_files import check_files, write_files

    if check:
        stale = check_files(directory)
        if stale:
            raise click.ClickException("out of date: " + ", ".join(stale)
                                       + " (run `autokg schema`)")
        click.echo(f"{directory}: up to date")
        return
    for name in write_files(directory):
        click.echo(f"wrote {name}")


COMMANDS = [load, extract, stats, export, schema]
