"""autokg load: read article sources of every format, extract their facts and store them."""

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from kg.cli.options import store_option
from kg.errors import UsageError

if TYPE_CHECKING:
    from kg.api import LoadProgress, LoadReport

MAX_LISTED_WARNINGS = 20
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}


def _size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    """A size in bytes, or with a unit: 500KB, 50MB, 1.5G."""
    match = _SIZE.match(value)
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"expected a size such as 50MB or 500KB, got {value!r}")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option(
    "--default-date",
    metavar="YYYY-MM-DD",
    help="Publication date for articles that give none (flagged 'default').",
)
@click.option(
    "--date-from-mtime",
    is_flag=True,
    help="For articles that give no date, use their file's modification date (flagged 'mtime').",
)
@click.option(
    "--format",
    "-f",
    "input_format",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "text", "html", "json", "jsonl", "csv", "feed"]),
    help="Read every source in this format instead of going by suffix and content.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="FIELD=NAME",
    help="Read a record field from this JSON key or CSV column, e.g. text=body or "
    "publisher=source.name (repeatable; fields: text, title, published, url, "
    "publisher, author).",
)
@click.option(
    "--max-size",
    callback=_size,
    default="50MB",
    show_default=True,
    metavar="SIZE",
    help="Refuse files larger than this (500KB, 50MB, 1G).",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many parallel processes (the result is the same).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    metavar="N",
    help="Articles stored per transaction; a load that is stopped keeps whole batches.",
)
@click.option(
    "--lock-timeout",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another process using the store.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Extract and store again articles that are already in the store.",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (it shows only on a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures.")
@click.option("--verbose", "-v", is_flag=True, help="List every warning and duplicate.")
def load(
    paths: tuple[str, ...],
    store: str | None,
    default_date: str | None,
    date_from_mtime: bool,
    input_format: str,
    fields: tuple[str, ...],
    max_size: int,
    workers: int,
    batch_size: int,
    lock_timeout: float,
    replace: bool,
    no_progress: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract facts from articles and store them.

    PATHS are files, folders (read recursively), quoted glob patterns ('news/**/*.html') or -
    for standard input. Formats: plain text and Markdown, HTML pages, JSON Lines, JSON, CSV,
    RSS and Atom feeds. Exits 1 when any file or record failed; the rest is stored.
    """
    from kg.api import load as load_articles
    from kg.store import open_store
    from loaders import LoadOptions, parse_field_map

    try:
        options = LoadOptions(
            default_date=default_date,
            date_from_mtime=date_from_mtime,
            max_size=max_size,
            fields=parse_field_map(fields),
            input_format=None if input_format == "auto" else input_format,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    graph = open_store(store, lock_timeout=lock_timeout)
    try:
        show = not no_progress and not quiet and sys.stderr.isatty()
        with _progress_bar(show) as progress:
            report = load_articles(
                paths,
                graph,
                replace=replace,
                progress=progress,
                options=options,
                workers=workers,
                batch_size=batch_size,
            )
        notices = list(getattr(graph, "notices", []))
    finally:
        graph.close()
    _print_report(report, graph.description, notices, quiet, verbose)
    if report.failed:
        sys.exit(1)


def _print_report(
    report: "LoadReport", where: str, notices: list[str], quiet: bool, verbose: bool
) -> None:
    if not quiet:
        click.echo(
            f"loaded {report.loaded} article(s) into {where}: "
            f"{report.entities} entities, {report.relations} relations, {report.events} events; "
            f"{report.already_stored} already stored, {report.duplicates} duplicate(s), "
            f"{len(report.failed)} failed"
        )
    for failure in report.failed:
        click.echo(f"failed: {failure}", err=True)
    if quiet:
        return
    warnings = notices + report.warnings
    shown = warnings if verbose else warnings[:MAX_LISTED_WARNINGS]
    for warning in shown:
        click.echo(f"warning: {warning}", err=True)
    if len(shown) < len(warnings):
        click.echo(
            f"warning: … and {len(warnings) - len(shown)} more (-v lists them all)", err=True
        )
    if verbose:
        for duplicate in report.duplicate_of:
            click.echo(f"duplicate: {duplicate}", err=True)


@contextmanager
def _progress_bar(show: bool) -> Iterator[Callable[["LoadProgress"], None] | None]:
    """A rich progress bar on standard error: bytes read, articles per second and an ETA."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class ArticleRate(ProgressColumn):
        def render(self, task: Task) -> Text:
            articles = int(task.fields.get("articles", 0))
            elapsed = task.elapsed or 0.0
            rate = articles / elapsed if elapsed > 0 else 0.0
            return Text(f"{articles} articles, {rate:.1f}/s", style="progress.data.speed")

    columns = (
        TextColumn("loading"),
        BarColumn(),
        TaskProgressColumn(),
        ArticleRate(),
        TextColumn("{task.fields[files]}"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("load", total=None, articles=0, files="")

        def update(state: "LoadProgress") -> None:
            bar.update(
                task,
                total=state.bytes_total,
                completed=state.bytes_done,
                articles=state.report.articles,
                files=f"file {state.files_done}/{state.files_total}",
            )

        yield update


COMMANDS = [load]
