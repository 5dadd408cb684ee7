"""Cytoscape.js JSON (also opened by Cytoscape desktop as .cyjs), through nx.cytoscape_data.

Each node's data carries ``id`` (and networkx's ``value``, the same), ``name`` (its display
name), ``labels`` (its graph label) and its properties; its ``classes`` is the graph label, for
styling (``node.Brand``). Each edge's data carries ``id``, ``source``, ``target``, ``type``,
networkx's ``key`` and its properties. ``nx.cytoscape_graph`` reads the file back.
"""

import json
from typing import IO, Any, Literal

import networkx as nx

from kg.export.values import display_name, edge_id


class CytoscapeExporter:
    name = "cytoscape"
    aliases = ("cytoscape.js", "cyjs")
    summary = "Cytoscape.js JSON (Cytoscape desktop: File > Import > Network from File, .cyjs)"
    suffixes = (".cyjs",)
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        view.graph.update(graph.graph)
        for node, data in graph.nodes(data=True):
            attrs = {k: v for k, v in data.items() if k != "label"}
            attrs.update(labels=data.get("label", ""), name=display_name(data, node))
            view.add_node(node, **attrs)
        for u, v, key, data in graph.edges(keys=True, data=True):
            view.add_edge(u, v, key=key, id=edge_id(u, v, key), **data)
        document: dict[str, Any] = nx.cytoscape_data(view)
        for element in document["elements"]["nodes"]:
            element["classes"] = element["data"]["labels"]
        json.dump(document, stream, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        stream.write("\n")
