"""Exports: one module per format, each an exporter with a `write(graph, stream)` method.

Every exporter takes the networkx snapshot of the graph (see kg.export.snapshot), already cut
down by kg.export.select, and writes one format through that format's own library (networkx
writers, rdflib serializers, matplotlib, the csv module). Adding a format is one module and one
line in EXPORTERS. A format that writes several files (csv) is a FolderExporter: it writes into a
folder with `write_folder`. Files are written atomically: into a temporary file (or folder) beside
the target, renamed into place only once complete.

An export of the whole graph (no selection) in a format that can stream (a StreamingExporter:
GraphML...) skips the snapshot: it reads the store's nodes and edges one at a time and writes
them as they come, so its memory does not grow with the graph.
"""

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Protocol, runtime_checkable

import networkx as nx

from kg.errors import ExportError, UsageError
from kg.export.csv_neo4j import Neo4jCsvExporter
from kg.export.cytoscape import CytoscapeExporter
from kg.export.dot import DotExporter
from kg.export.drawing import DrawingExporter
from kg.export.gexf import GexfExporter
from kg.export.graphml import GraphmlExporter
from kg.export.html import HtmlExporter
from kg.export.nodelink import NodeLinkExporter
from kg.export.rdf import RdfExporter, StreamingRdfExporter
from kg.export.select import Selection, apply, cap, dropped
from kg.export.snapshot import snapshot
from kg.store import GraphStore


class Exporter(Protocol):
    """One export format. Attributes are read-only: an exporter is shared by every export."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...

    @property
    def summary(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]:
        """File name endings, the usual one first; -o with one of these picks the format."""
        ...

    @property
    def binary(self) -> bool: ...

    @property
    def node_limit(self) -> int | None:
        """Most nodes the format shows usefully (None: any size)."""
        ...

    @property
    def over_limit(self) -> Literal["cap", "refuse"]:
        """Past node_limit: keep the most connected nodes, or refuse with a clear message."""
        ...

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[Any]) -> None: ...


@runtime_checkable
class FolderExporter(Exporter, Protocol):
    """A format made of several files, written into one folder."""

    def write_folder(self, graph: "nx.MultiDiGraph[str]", folder: Path) -> list[str]:
        """Write the files into folder; return their names."""
        ...

    def owns(self, filename: str) -> bool:
        """Whether filename is one this format writes (an older export's files are replaced)."""
        ...


@runtime_checkable
class StreamingExporter(Exporter, Protocol):
    """A format that can write the whole store without a snapshot of it."""

    def write_store(
        self, store: GraphStore, stream: IO[Any], include_text: bool
    ) -> tuple[int, int]:
        """Write every node and edge of store; return how many of each."""
        ...


EXPORTERS: list[Exporter] = [
    NodeLinkExporter(),
    CytoscapeExporter(),
    GraphmlExporter(),
    GexfExporter(),
    DotExporter(),
    Neo4jCsvExporter(),
    HtmlExporter(),
    DrawingExporter("png"),
    DrawingExporter("svg"),
    StreamingRdfExporter(
        "turtle", ("ttl",), (".ttl",), "RDF Turtle (schema.org, ORG, PROV-O, OWL-Time)"
    ),
    RdfExporter("json-ld", ("jsonld",), (".jsonld",), "RDF JSON-LD (same mapping as turtle)"),
    RdfExporter("nt", ("ntriples", "n-triples"), (".nt",), "RDF N-Triples (same mapping)"),
]


@dataclass(frozen=True)
class ExportReport:
    format: str
    paths: list[str]
    nodes: int
    edges: int
    #: (kept nodes, total nodes, dropped nodes, dropped edges) when a cap dropped some
    dropped: tuple[int, int, int, int] | None
    seconds: float


def exporter_for(name: str) -> Exporter:
    wanted = name.lower()
    for exporter in EXPORTERS:
        if wanted == exporter.name or wanted in exporter.aliases:
            return exporter
    known = ", ".join(e.name for e in EXPORTERS)
    raise UsageError(f"unknown export format {name!r}; choose one of: {known}")


def format_for_path(path: str) -> str | None:
    """The format an output path's ending asks for, if any (graph.graphml -> graphml)."""
    lowered = path.lower()
    for exporter in EXPORTERS:
        if any(lowered.endswith(suffix) for suffix in exporter.suffixes):
            return exporter.name
    return None


def export_graph(
    store: GraphStore,
    format_name: str,
    output: str,
    selection: Selection | None = None,
    include_text: bool = False,
) -> ExportReport:
    """Export the selected part of the store's graph to output (a path, a folder, or -)."""
    started = time.perf_counter()
    exporter = exporter_for(format_name)
    _check_output(exporter, output)
    if isinstance(exporter, StreamingExporter) and whole_graph(selection):
        counts: list[tuple[int, int]] = []

        def write(stream: IO[Any]) -> None:
            counts.append(exporter.write_store(store, stream, include_text))

        paths = _write_output(exporter, write, output)
        nodes, edges = counts[0]
        return ExportReport(exporter.name, paths, nodes, edges, None, time.perf_counter() - started)
    graph = select_graph(snapshot(store, include_text=include_text), exporter, selection)
    paths = write_graph(exporter, graph, output)
    return ExportReport(
        exporter.name,
        paths,
        graph.number_of_nodes(),
        graph.number_of_edges(),
        dropped(graph),
        time.perf_counter() - started,
    )


def whole_graph(selection: Selection | None) -> bool:
    """Whether the selection keeps the whole graph (no --around, --as-of, --label, --max-nodes)."""
    chosen = selection or Selection()
    return not (chosen.around or chosen.as_of or chosen.labels or chosen.max_nodes is not None)


def select_graph(
    graph: "nx.MultiDiGraph[str]", exporter: Exporter, selection: Selection | None = None
) -> "nx.MultiDiGraph[str]":
    """Apply the selection, then the format's own node limit when no --max-nodes was given."""
    chosen = selection or Selection()
    graph = apply(graph, chosen)
    limit = exporter.node_limit
    if chosen.max_nodes is None and limit is not None and graph.number_of_nodes() > limit:
        if exporter.over_limit == "refuse":
            raise ExportError(
                f"the selection has {graph.number_of_nodes()} nodes; a {exporter.name} drawing "
                f"stays readable up to {limit}: narrow it with --around ENTITY --depth N, "
                f"--label or --as-of, or draw the most connected ones with --max-nodes N"
            )
        graph = cap(graph, limit, keep=graph.graph.get("autokg_around"))
    return graph


def write_graph(exporter: Exporter, graph: "nx.MultiDiGraph[str]", output: str) -> list[str]:
    """Write graph to output; return the paths written (none for standard output)."""
    _check_output(exporter, output)
    if isinstance(exporter, FolderExporter):
        return _write_folder(exporter, graph, Path(output))
    return _write_output(exporter, lambda stream: exporter.write(graph, stream), output)


def _write_output(exporter: Exporter, write: Callable[[IO[Any]], None], output: str) -> list[str]:
    if output == "-":
        stream: IO[Any] = sys.stdout.buffer if exporter.binary else sys.stdout
        write(stream)
        stream.flush()
        return []
    return [_write_file(exporter, write, Path(output))]


def _check_output(exporter: Exporter, output: str) -> None:
    if isinstance(exporter, FolderExporter) and output == "-":
        raise UsageError(f"{exporter.name} writes several files: give a folder with -o DIR")
    if exporter.binary and output == "-" and sys.stdout.isatty():
        raise UsageError(f"{exporter.name} is binary: give a file with -o FILE")


def _write_file(exporter: Exporter, write: Callable[[IO[Any]], None], path: Path) -> str:
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give a file name")
    _check_parent(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if exporter.binary:
            with os.fdopen(handle, "wb") as binary:
                write(binary)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as text:
                write(text)
        Path(temporary).chmod(_file_mode())
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return str(path)


def _write_folder(
    exporter: FolderExporter, graph: "nx.MultiDiGraph[str]", folder: Path
) -> list[str]:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file: {exporter.name} needs a folder (-o DIR)")
    _check_parent(folder)
    temporary = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
    try:
        names = exporter.write_folder(graph, temporary)
        for name in names:
            (temporary / name).chmod(_file_mode())
        if not folder.exists():
            temporary.chmod(_file_mode() | 0o111)
            temporary.replace(folder)
        else:
            stale = [p for p in folder.iterdir() if exporter.owns(p.name) and p.name not in names]
            for name in names:
                (temporary / name).replace(folder / name)
            for path in stale:
                path.unlink()
    except OSError as exc:
        raise ExportError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return [str(folder / name) for name in names]


def _check_parent(path: Path) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {path}: folder {parent} does not exist")


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


__all__ = [
    "EXPORTERS",
    "ExportReport",
    "Exporter",
    "FolderExporter",
    "Selection",
    "StreamingExporter",
    "export_graph",
    "exporter_for",
    "format_for_path",
    "select_graph",
    "whole_graph",
    "write_graph",
]
