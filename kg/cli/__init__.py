"""The autokg command line: a thin layer over kg.api."""

from typing import Any

import click

from kg import __version__
from kg.errors import AutokgError, UsageError


class AutokgGroup(click.Group):
    """Maps the library's exceptions to clear messages: exit 1 for failures, 2 for misuse."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            raise click.UsageError(str(exc), ctx=ctx) from exc
        except AutokgError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=AutokgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="autokg")
def cli() -> None:
    """autokg: an offline knowledge graph of the automotive industry.

    Load news articles, extract brands, companies, joint ventures, people, vehicles and events
    with their evidence, and query the graph in Cypher.
    """


def _register() -> None:
    from kg.cli import (
        commands_data,
        commands_eval,
        commands_explore,
        commands_export,
        commands_load,
        commands_query,
    )

    for module in (
        commands_load,
        commands_data,
        commands_export,
        commands_query,
        commands_explore,
        commands_eval,
    ):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="autokg")
