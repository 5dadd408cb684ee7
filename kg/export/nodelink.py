"""Node-link JSON (d3, networkx.node_link_graph): the snapshot as it is, lists kept as lists."""

import json
from typing import IO, Literal

import networkx as nx


class NodeLinkExporter:
    name = "json"
    aliases = ("node-link", "nodelink")
    summary = "node-link JSON (d3, networkx.node_link_graph)"
    suffixes = (".json",)
    binary = False
    node_limit: int | None = None
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        data = nx.node_link_data(graph, edges="links")
        json.dump(data, stream, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        stream.write("\n")
