"""Graphviz DOT, through networkx's pydot writer.

Nodes are filled with their label's colour and named by their display name (``label``; the
full name and graph label are the ``tooltip``); every other property goes along as a DOT
attribute (lists as JSON text). Render with, for instance,
``sfdp -Tsvg graph.dot -o graph.svg`` (or ``dot`` for small graphs).
"""

from typing import IO, Any, Literal

import networkx as nx

from kg.export.values import colour, flat_edge, flat_node

SHAPES = {
    "Event": "box",
    "Article": "note",
    "Person": "ellipse",
    "Place": "house",
    "Vehicle": "component",
    "AutoShow": "octagon",
    "Publisher": "tab",
}


def _quoted(text: str) -> str:
    """A DOT id in quotes: pydot reads a bare 'org:nissan' as node 'org', port 'nissan'."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class DotExporter:
    name = "dot"
    aliases = ("graphviz", "gv")
    summary = "Graphviz DOT (dot, neato, sfdp)"
    suffixes = (".dot", ".gv")
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        view.graph.update(
            graph={"overlap": "false", "splines": "true", "fontname": "Helvetica"},
            node={"style": "filled", "fontname": "Helvetica", "fontsize": "10"},
            edge={"fontname": "Helvetica", "fontsize": "8", "color": "#777777"},
        )
        for node, data in graph.nodes(data=True):
            attrs: dict[str, Any] = flat_node(node, data)
            label = str(data.get("label", ""))
            # pydot's Node takes `name` as the node id: the full name goes to the tooltip
            full_name = attrs.pop("name", None) or attrs["label"]
            attrs.update(
                fillcolor=colour(label),
                shape=SHAPES.get(label, "box"),
                tooltip=f"{full_name} ({label})",
            )
            view.add_node(_quoted(node), **attrs)
        for u, v, key, data in graph.edges(keys=True, data=True):
            view.add_edge(_quoted(u), _quoted(v), key=key, **flat_edge(data))
        stream.write(nx.nx_pydot.to_pydot(view).to_string())
