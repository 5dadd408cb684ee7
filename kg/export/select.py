"""Choosing the part of the graph to export: a date, some labels, a neighbourhood, a size cap.

Filters run in this order on the networkx snapshot, each in time linear in the graph:

1. ``as_of``: facts valid at that date and what was known by then. A tenure relationship
   (OWNED_BY, PARTNER_IN, HOLDS_ROLE) stays when ``since <= date`` (or no since) and
   ``until`` is empty or ``> date``; an event stays when it started on or before the date
   (its ``date_start``, else its period, else the publication date); an article stays when
   it was published on or before the date. Partial dates count from their first day
   (``2019`` is 2019-01-01), the date given included.
2. ``labels``: only nodes with one of these graph labels.
3. ``around`` / ``depth``: the entity (a name, alias or id, case-insensitive) and every node
   within ``depth`` hops of it, in either direction, through what the filters above kept.
4. ``max_nodes``: the most connected nodes (ties by id), always keeping the ``around``
   entity; what this drops is recorded in the graph attributes ``autokg_dropped_nodes`` and
   ``autokg_dropped_edges`` beside ``autokg_total_nodes`` and ``autokg_total_edges``.
"""

import difflib
import heapq
from collections import deque
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import AmbiguousEntityError, EntityNotFoundError, UsageError
from kg.export.values import TENURE_RELATIONS, event_interval, parse_date, start_of
from kg.model.graph_schema import NODE_TYPES
from kg.model.vocabulary import ENTITY_LABELS


@dataclass(frozen=True)
class Selection:
    """What part of the graph to export; the default selects all of it."""

    around: str | None = None
    depth: int = 1
    as_of: str | None = None
    labels: tuple[str, ...] = ()
    max_nodes: int | None = None

    def describe(self) -> str:
        parts = []
        if self.as_of:
            parts.append(f"as of {self.as_of}")
        if self.labels:
            parts.append("labels " + ", ".join(self.labels))
        if self.around:
            parts.append(f"around {self.around} (depth {self.depth})")
        if self.max_nodes is not None:
            parts.append(f"at most {self.max_nodes} nodes")
        return "; ".join(parts)


def apply(graph: "nx.MultiDiGraph[str]", selection: Selection) -> "nx.MultiDiGraph[str]":
    """The selected part of graph: graph itself (with notes added) when nothing is filtered."""
    if selection.depth < 0:
        raise UsageError("--depth must be 0 or more")
    center = resolve_entity(graph, selection.around) if selection.around else None
    result = graph
    if selection.as_of:
        result = as_of(result, selection.as_of)
    if selection.labels:
        result = keep_labels(result, selection.labels)
    if center is not None:
        if center not in result:
            name = graph.nodes[center].get("name", center)
            raise EntityNotFoundError(
                f"{name} ({graph.nodes[center].get('label')}) is left out by the other "
                f"filters ({selection.describe()})"
            )
        result = around(result, center, selection.depth)
    if selection.max_nodes is not None:
        result = cap(result, selection.max_nodes, keep=center)
    description = selection.describe()
    if description:
        result.graph["autokg_selection"] = description
    if center is not None:
        result.graph["autokg_around"] = center
    return result


def resolve_entity(graph: "nx.MultiDiGraph[str]", text: str) -> str:
    """The id of the entity named text (its id, name or an alias, case-insensitive)."""
    wanted = text.strip()
    if wanted in graph and graph.nodes[wanted].get("label") in ENTITY_LABELS:
        return wanted
    folded = wanted.casefold()
    by_name: list[str] = []
    by_alias: list[str] = []
    names: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        if data.get("label") not in ENTITY_LABELS:
            continue
        name = str(data.get("name", ""))
        names.setdefault(name.casefold(), name)
        if name.casefold() == folded:
            by_name.append(node)
            continue
        aliases = [str(a) for a in data.get("aliases") or []]
        for alias in aliases:
            names.setdefault(alias.casefold(), alias)
        if any(a.casefold() == folded for a in aliases):
            by_alias.append(node)
    matches = by_name or by_alias
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(
            f"{graph.nodes[n].get('name')} ({graph.nodes[n].get('label')}, {n})"
            for n in sorted(matches)
        )
        raise AmbiguousEntityError(f"{text!r} names several entities: {listed}; give an id")
    close = difflib.get_close_matches(folded, list(names), n=5, cutoff=0.6)
    hint = "; did you mean " + ", ".join(names[c] for c in close) + "?" if close else ""
    raise EntityNotFoundError(f"no entity named {text!r} in the graph{hint}")


def as_of(graph: "nx.MultiDiGraph[str]", when: str) -> "nx.MultiDiGraph[str]":
    day = _date_argument(when)
    keep = [node for node, data in graph.nodes(data=True) if _node_known(data, day)]
    result: nx.MultiDiGraph[str] = graph.subgraph(keep).copy()
    ended = [
        (u, v, k)
        for u, v, k, data in result.edges(keys=True, data=True)
        if data.get("type") in TENURE_RELATIONS and not _valid(data, day)
    ]
    result.remove_edges_from(ended)
    return result


def _date_argument(when: str) -> str:
    try:
        return parse_date(when)
    except ValueError as exc:
        raise UsageError(f"--as-of: {exc}") from exc


def _node_known(data: dict[str, Any], day: str) -> bool:
    label = data.get("label")
    if label == "Event":
        start = event_interval(data)[0] or start_of(data.get("published"))
        return start is None or start <= day
    if label == "Article":
        published = start_of(data.get("published"))
        return published is None or published <= day
    return True


def _valid(data: dict[str, Any], day: str) -> bool:
    since = start_of(data.get("since"))
    until = start_of(data.get("until"))
    return (since is None or since <= day) and (until is None or until > day)


def keep_labels(graph: "nx.MultiDiGraph[str]", labels: tuple[str, ...]) -> "nx.MultiDiGraph[str]":
    known = {node.label.casefold(): node.label for node in NODE_TYPES}
    wanted = set()
    for label in labels:
        if label.casefold() not in known:
            raise UsageError(
                f"unknown label {label!r}; choose from: " + ", ".join(sorted(known.values()))
            )
        wanted.add(known[label.casefold()])
    keep = [node for node, data in graph.nodes(data=True) if data.get("label") in wanted]
    return graph.subgraph(keep).copy()


def around(graph: "nx.MultiDiGraph[str]", center: str, depth: int) -> "nx.MultiDiGraph[str]":
    """center and the nodes within depth hops of it, following edges both ways."""
    seen = {center: 0}
    queue = deque([center])
    while queue:
        node = queue.popleft()
        hops = seen[node]
        if hops >= depth:
            continue
        for neighbour in (*graph.succ[node], *graph.pred[node]):
            if neighbour not in seen:
                seen[neighbour] = hops + 1
                queue.append(neighbour)
    return graph.subgraph(seen).copy()


def cap(
    graph: "nx.MultiDiGraph[str]", max_nodes: int, keep: str | None = None
) -> "nx.MultiDiGraph[str]":
    """The max_nodes most connected nodes (and keep), recording what was dropped."""
    if max_nodes < 1:
        raise UsageError("--max-nodes must be 1 or more")
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    if total_nodes <= max_nodes:
        return graph
    degree = dict(graph.degree())
    chosen = heapq.nsmallest(max_nodes, graph.nodes, key=lambda n: (-degree[n], n))
    if keep is not None and keep in graph and keep not in chosen:
        chosen[-1] = keep
    result: nx.MultiDiGraph[str] = graph.subgraph(chosen).copy()
    result.graph.update(
        autokg_total_nodes=total_nodes,
        autokg_total_edges=total_edges,
        autokg_dropped_nodes=total_nodes - result.number_of_nodes(),
        autokg_dropped_edges=total_edges - result.number_of_edges(),
    )
    return result


def dropped(graph: "nx.MultiDiGraph[str]") -> tuple[int, int, int, int] | None:
    """(kept nodes, total nodes, dropped nodes, dropped edges) when a cap dropped nodes."""
    if not graph.graph.get("autokg_dropped_nodes"):
        return None
    return (
        graph.number_of_nodes(),
        int(graph.graph["autokg_total_nodes"]),
        int(graph.graph["autokg_dropped_nodes"]),
        int(graph.graph["autokg_dropped_edges"]),
    )
