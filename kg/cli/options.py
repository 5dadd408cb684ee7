"""Options shared by several commands."""

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "-s",
        "store",
        envvar="AUTOKG_STORE",
        default=None,
        metavar="PATH|URI",
        help="Embedded store folder (default ./autokg.db, or $AUTOKG_STORE) or a Neo4j URI.",
    )(func)


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """-p name=value pairs; values that read as JSON (numbers, true, lists) keep that type."""
    import json

    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip().isidentifier():
            raise click.BadParameter(f"expected name=value, got {pair!r}", param_hint="-p")
        try:
            value: Any = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        params[name.strip()] = value
    return params
