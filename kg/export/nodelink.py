"""Node-link JSON (d3, networkx.node_link_graph)."""

import json
from typing import IO

import networkx as nx


class NodeLinkExporter:
    name = "json"
    aliases = ("node-link", "nodelink")
    binary = False

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        data = nx.node_link_data(graph, edges="links")
        json.dump(data, stream, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        stream.write("\n")
