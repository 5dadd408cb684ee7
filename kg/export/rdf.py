"""RDF exports (Turtle, JSON-LD, N-Triples) through rdflib's serializers.

The mapping to schema.org, W3C ORG, PROV-O and OWL-Time is kg.export.rdf_mapping; the terms it
adds are documented in schema/autokg-ontology.ttl.
"""

from typing import IO, Any, Literal

import networkx as nx

from kg.export.rdf_mapping import PREFIXES, to_rdf
from kg.export.rdf_stream import write_turtle
from kg.store import GraphStore

#: rdflib's serializer plugin for each of our format names
RDFLIB_FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt"}


class RdfExporter:
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def __init__(
        self, name: str, aliases: tuple[str, ...], suffixes: tuple[str, ...], summary: str
    ) -> None:
        self.name = name
        self.aliases = aliases
        self.suffixes = suffixes
        self.summary = summary

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        rdf = to_rdf(graph)
        options: dict[str, Any] = {}
        if self.name == "json-ld":
            options = {"context": {p: str(ns) for p, ns in PREFIXES.items()}, "indent": 1}
        data = rdf.serialize(format=RDFLIB_FORMATS[self.name], **options)
        if self.name == "nt":
            # one triple a line: sorted, the same graph always gives the same file
            data = "".join(sorted(line + "\n" for line in data.splitlines() if line.strip()))
        stream.write(data)


class StreamingRdfExporter(RdfExporter):
    """Turtle, which can also be written chunk by chunk from the store (kg.export.rdf_stream)."""

    def write_store(
        self, store: GraphStore, stream: IO[str], include_text: bool
    ) -> tuple[int, int]:
        return write_turtle(store, stream, include_text)
