"""GEXF 1.2 (Gephi), through networkx's GEXF writer, with time intervals for Gephi's timeline.

Attributes follow GraphML's (``label`` is the display name, ``labels`` the graph label, lists
are JSON text); ``viz`` gives each node its label's colour and a size that grows with its
degree. Time intervals (``start``/``end``, ISO days, partial dates from their first day):

- tenure relationships (OWNED_BY, PARTNER_IN, HOLDS_ROLE): from ``since`` to ``until``;
- events: from their first to their last day (their period for sales and results), and their
  INVOLVES and EXTRACTED_FROM edges likewise;
- articles, with their MENTIONS and PUBLISHED_BY edges: from the publication date on;
- entities and other facts have no interval, so they are always shown.
"""

import math
from typing import IO, Any, Literal

import networkx as nx

from kg.export.graphml import flat_graph
from kg.export.values import TENURE_RELATIONS, event_interval, rgb, start_of

Interval = tuple[str | None, str | None]


def node_interval(data: dict[str, Any]) -> Interval:
    if data.get("label") == "Event":
        return event_interval(data)
    if data.get("label") == "Article":
        return start_of(data.get("published")), None
    return None, None


def edge_interval(data: dict[str, Any], source: dict[str, Any]) -> Interval:
    if data.get("type") in TENURE_RELATIONS:
        return start_of(data.get("since")), start_of(data.get("until"))
    if source.get("label") in ("Event", "Article"):
        return node_interval(source)
    return None, None


def _set_interval(attrs: dict[str, Any], interval: Interval) -> None:
    start, end = interval
    if start and end and end < start:
        end = start
    if start:
        attrs["start"] = start
    if end:
        attrs["end"] = end


class GexfExporter:
    name = "gexf"
    aliases = ()
    summary = "GEXF 1.2 with time intervals (Gephi, timeline)"
    suffixes = (".gexf",)
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        view = flat_graph(graph)
        for node, attrs in view.nodes(data=True):
            data = graph.nodes[node]
            red, green, blue = rgb(str(data.get("label", "")))
            size = round(8 + 4 * math.sqrt(graph.degree(node)), 2)
            attrs["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}, "size": size}
            _set_interval(attrs, node_interval(data))
        for u, _, key, attrs in view.edges(keys=True, data=True):
            del attrs["id"]
            data = graph.edges[u, _, key]
            _set_interval(attrs, edge_interval(data, graph.nodes[u]))
        for line in nx.generate_gexf(view, version="1.2draft"):
            stream.write(line + "\n")
