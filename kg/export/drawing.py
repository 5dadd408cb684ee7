"""A static drawing of a (sub)graph as PNG or SVG, through networkx's matplotlib drawing.

Meant for a neighbourhood (``--around ENTITY --depth N``): past 300 nodes a drawing is
unreadable, so a larger selection is refused unless ``--max-nodes N`` asks for the N most
connected nodes. Nodes are coloured by label and sized by degree; every node is named; a legend
gives the colours and a caption says what was selected and what was left out.
"""

import math
from typing import IO, Any, Literal

import networkx as nx

from kg.export.select import dropped
from kg.export.values import colour, display_name

EDGE_LABELS_UP_TO = 60


def layout(graph: "nx.Graph[str]") -> dict[str, Any]:
    """Positions: Kamada-Kawai per connected component, components packed side by side."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    positions: dict[str, Any] = {}
    x_offset = 0.0
    row_height = 0.0
    y_offset = 0.0
    row_width = max(4.0, 2.2 * math.sqrt(graph.number_of_nodes()))
    for component in components:
        sub = graph.subgraph(component)
        size = len(component)
        scale = max(0.5, math.sqrt(size) * 0.9)
        local: dict[str, tuple[float, float]]
        if size == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        elif size == 2:
            first, second = sorted(component)
            local = {first: (-0.5, 0.0), second: (0.5, 0.0)}
        else:
            start = nx.circular_layout(sub.subgraph(sorted(component)))
            local = {
                n: (float(x), float(y))
                for n, (x, y) in nx.kamada_kawai_layout(sub, pos=start, scale=scale).items()
            }
        width = 2 * scale + 1.2
        if x_offset + width > row_width and x_offset > 0:
            x_offset = 0.0
            y_offset -= row_height + 1.2
            row_height = 0.0
        for node, (x, y) in local.items():
            positions[node] = (x + x_offset + scale, y + y_offset - scale)
        x_offset += width
        row_height = max(row_height, 2 * scale)
    return positions


class DrawingExporter:
    node_limit: int | None = 300
    over_limit: Literal["cap", "refuse"] = "refuse"

    def __init__(self, file_format: Literal["png", "svg"]) -> None:
        self.name = file_format
        self.aliases: tuple[str, ...] = ()
        self.suffixes = (f".{file_format}",)
        self.binary = file_format == "png"
        self.summary = (
            f"static drawing of a subgraph as {file_format.upper()} "
            "(--around ENTITY; up to 300 nodes)"
        )

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[Any]) -> None:
        from matplotlib import rc_context
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch

        simple: nx.Graph[str] = nx.Graph()
        simple.add_nodes_from(sorted(graph.nodes))
        simple.add_edges_from(sorted((u, v) for u, v in graph.edges() if u != v))
        positions = layout(simple)
        count = graph.number_of_nodes()
        side = min(30.0, max(8.0, 4.0 + 1.1 * math.sqrt(max(count, 1)) * 1.6))
        figure = Figure(figsize=(side * 1.25, side), dpi=110)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.01, 0.04, 0.98, 0.9))
        axes.set_axis_off()
        nodes = sorted(graph.nodes)
        labels = [str(graph.nodes[n].get("label", "")) for n in nodes]
        sizes = [200 + 90 * math.sqrt(graph.degree(n)) for n in nodes]
        center = graph.graph.get("autokg_around")
        edge_list = sorted({(u, v) for u, v in graph.edges() if u != v})
        nx.draw_networkx_edges(
            graph,
            positions,
            edgelist=edge_list,
            ax=axes,
            width=0.7,
            edge_color="#9a9a9a",
            arrows=True,
            arrowsize=8,
            node_size=sizes,
            nodelist=nodes,
            connectionstyle="arc3,rad=0.05",
        )
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=nodes,
            ax=axes,
            node_size=sizes,
            node_color=[colour(label) for label in labels],
            edgecolors=["#000000" if n == center else "#ffffff" for n in nodes],
            linewidths=[2.0 if n == center else 0.8 for n in nodes],
        )
        names = {n: display_name(graph.nodes[n], n, limit=32) for n in nodes}
        nx.draw_networkx_labels(
            graph,
            positions,
            labels=names,
            ax=axes,
            font_size=9,
            verticalalignment="bottom",
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.75,
            },
        )
        if graph.number_of_edges() <= EDGE_LABELS_UP_TO:
            edge_names = {
                (u, v): str(d.get("type", "")) for u, v, d in graph.edges(data=True) if u != v
            }
            nx.draw_networkx_edge_labels(
                graph,
                positions,
                edge_labels=edge_names,
                ax=axes,
                font_size=6,
                font_color="#555555",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.6, "pad": 0.5},
            )
        present = sorted(set(labels))
        axes.legend(
            handles=[Patch(color=colour(label), label=label) for label in present],
            loc="upper left",
            fontsize=9,
            frameon=False,
        )
        figure.suptitle(_caption(graph), fontsize=11)
        metadata: dict[str, Any] = {"Date": None} if self.name == "svg" else {}
        # fixed SVG ids and real <text> elements: the same graph gives the same, searchable SVG
        with rc_context({"svg.hashsalt": "autokg", "svg.fonttype": "none"}):
            figure.savefig(stream, format=self.name, metadata=metadata, facecolor="white")


def _caption(graph: "nx.MultiDiGraph[str]") -> str:
    text = f"autokg: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships"
    selection = graph.graph.get("autokg_selection")
    if selection:
        text += f" ({selection})"
    cut = dropped(graph)
    if cut:
        kept, total, nodes, edges = cut
        text += (
            f"; showing the {kept} most connected of {total} nodes ({nodes} nodes and "
            f"{edges} relationships left out)"
        )
    return text
