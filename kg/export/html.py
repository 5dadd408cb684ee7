"""One self-contained HTML page: an interactive view of the graph that works offline.

The page inlines its data and the vendored vis-network library (kg/export/assets, with its
licence), so it fetches nothing. It colours nodes by label with a legend (click to hide a
label), searches by name or alias, shows a node's properties and the evidence sentences of the
facts it takes part in, and filters by date. Past 2,000 nodes it keeps the most connected ones
(``--max-nodes`` sets another number) and says what it left out. ``window.autokg`` is the
page's API: ``nodeCount()``, ``edgeCount()``, ``visibleNodeCount()``, ``ready``,
``search(text)``, ``select(id)``, ``setDate(date)``.
"""

import html
import json
import re
from collections import Counter
from importlib import resources
from typing import IO, Any, Literal

import networkx as nx

from kg.export.gexf import edge_interval, node_interval
from kg.export.select import dropped
from kg.export.values import LABEL_COLOURS, colour, display_name, edge_id
from kg.model.graph_schema import NODE_TYPES

DEFAULT_MAX_NODES = 2000
_LONG_TEXT = ("text",)


def asset(name: str) -> str:
    return resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


def _script_safe(code: str) -> str:
    """Script text that cannot end its <script> element early."""
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _vis_library() -> str:
    lines = asset("vis-network.min.js").splitlines()
    return _script_safe(
        "\n".join(line for line in lines if not line.startswith("//# sourceMappingURL="))
    )


def page_data(graph: "nx.MultiDiGraph[str]") -> dict[str, Any]:
    """What the page's script reads: nodes, edges, labels, dates and the selection notes."""
    nodes = []
    labels: Counter[str] = Counter()
    dates: list[str] = []
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", ""))
        labels[label] += 1
        start, _ = node_interval(data)
        if start:
            dates.append(start)
        props = {k: v for k, v in data.items() if k != "label" and k not in _LONG_TEXT}
        nodes.append(
            {
                "id": node,
                "label": label,
                "name": display_name(data, node, limit=48),
                "aliases": [str(a).casefold() for a in data.get("aliases") or []],
                "degree": graph.degree(node),
                "start": start,
                "props": props,
            }
        )
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        start, end = edge_interval(data, graph.nodes[u])
        dates.extend(d for d in (start, end) if d)
        edges.append(
            {
                "id": edge_id(u, v, key),
                "from": u,
                "to": v,
                "type": data.get("type", ""),
                "start": start,
                "end": end,
                "props": {k: v for k, v in data.items() if k != "type"},
            }
        )
    order = [n.label for n in NODE_TYPES]
    cut = dropped(graph)
    return {
        "nodes": nodes,
        "edges": edges,
        "labels": [
            {"label": label, "colour": colour(label), "count": labels[label]}
            for label in sorted(labels, key=lambda x: (order.index(x) if x in order else 99, x))
        ],
        "dates": {"min": min(dates, default=None), "max": max(dates, default=None)},
        "center": graph.graph.get("autokg_around"),
        "selection": graph.graph.get("autokg_selection", ""),
        "dropped": None
        if cut is None
        else dict(zip(("kept", "total", "nodes", "edges"), cut, strict=True)),
    }


def render(graph: "nx.MultiDiGraph[str]", title: str = "autokg graph") -> str:
    payload = json.dumps(page_data(graph), ensure_ascii=False, separators=(",", ":"), default=str)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    parts = {
        "@@TITLE@@": html.escape(title),
        "@@STYLE@@": asset("page.css"),
        "@@DATA@@": payload,
        "@@VIS@@": _vis_library(),
        "@@APP@@": _script_safe(asset("page.js")),
    }
    return re.sub(r"@@[A-Z]+@@", lambda m: parts.get(m.group(0), m.group(0)), asset("page.html"))


class HtmlExporter:
    name = "html"
    aliases = ("htm", "page")
    summary = "one offline HTML page: interactive graph, legend, search, evidence, date filter"
    suffixes = (".html", ".htm")
    binary = False
    node_limit: int | None = DEFAULT_MAX_NODES
    over_limit: Literal["cap", "refuse"] = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[str]) -> None:
        stream.write(render(graph))


__all__ = ["LABEL_COLOURS", "HtmlExporter", "page_data", "render"]
