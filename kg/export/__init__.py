"""Exports: one module per format, each an exporter with a `write(graph, stream)` method."""

import sys
from contextlib import nullcontext
from typing import IO, Any, Protocol

import networkx as nx

from kg.errors import UsageError
from kg.export.nodelink import NodeLinkExporter
from kg.export.snapshot import snapshot
from kg.store import GraphStore


class Exporter(Protocol):
    name: str
    aliases: tuple[str, ...]
    binary: bool

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[Any]) -> None: ...


EXPORTERS: list[Exporter] = [NodeLinkExporter()]


def exporter_for(name: str) -> Exporter:
    wanted = name.lower()
    for exporter in EXPORTERS:
        if wanted == exporter.name or wanted in exporter.aliases:
            return exporter
    known = ", ".join(sorted(e.name for e in EXPORTERS))
    raise UsageError(f"unknown export format {name!r}; choose one of: {known}")


def export_graph(store: GraphStore, format_name: str, output: str) -> None:
    exporter = exporter_for(format_name)
    graph = snapshot(store)
    mode = "wb" if exporter.binary else "w"
    if output == "-":
        stream: Any = nullcontext(sys.stdout.buffer if exporter.binary else sys.stdout)
    else:
        stream = open(output, mode, **({} if exporter.binary else {"encoding": "utf-8"}))  # noqa: SIM115
    with stream as handle:
        exporter.write(graph, handle)
