"""What several exporters share: display names, colours, dates and flat attribute values.

Conventions every flat format follows (GraphML, GEXF, DOT):

- a node's ``label`` attribute is its display name (what Gephi, yEd and Graphviz show) and
  ``labels`` is its graph label (``Brand``, ``Event``...); an edge's ``label`` is its
  relationship type (``OWNED_BY``);
- list-valued properties (``aliases``) are JSON-encoded strings, ``["Nissan Motor", "NML"]``,
  because these formats store only scalars; ``json.loads`` gives the list back;
- numbers and booleans keep the type the schema gives them (DOUBLE, INT64, BOOLEAN).
"""

import hashlib
import json
import re
from datetime import date
from typing import Any

from kg.model.graph_schema import NODE_TYPES, REL_TYPES

#: One colour per graph label (Tableau 10), shared by the HTML page, drawings, GEXF and DOT.
LABEL_COLOURS: dict[str, str] = {
    "Company": "#4e79a7",
    "Brand": "#f28e2b",
    "JointVenture": "#59a14f",
    "Person": "#e15759",
    "Vehicle": "#76b7b2",
    "Place": "#edc948",
    "AutoShow": "#b07aa1",
    "Publisher": "#ff9da7",
    "Event": "#9c755f",
    "Article": "#bab0ac",
}
DEFAULT_COLOUR = "#888888"

#: Relationships that state a fact with a validity period (since / until).
TENURE_RELATIONS = ("OWNED_BY", "PARTNER_IN", "HOLDS_ROLE")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _schema_types() -> dict[str, str]:
    types: dict[str, str] = {}
    for props in (*(n.properties for n in NODE_TYPES), *(r.properties for r in REL_TYPES)):
        for prop in props:
            types.setdefault(prop.name, prop.type)
    return types


PROPERTY_TYPES: dict[str, str] = _schema_types()


def colour(label: str) -> str:
    return LABEL_COLOURS.get(label, DEFAULT_COLOUR)


def rgb(label: str) -> tuple[int, int, int]:
    code = colour(label).lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def display_name(data: dict[str, Any], node_id: str, limit: int = 60) -> str:
    """A short human name: an entity's name, an event's type and date, an article's title."""
    label = data.get("label")
    if label == "Event":
        when = data.get("date") or data.get("period_end") or ""
        text = f"{data.get('type', 'Event')} {when}".strip()
    elif label == "Article":
        text = str(data.get("title") or node_id)
    else:
        text = str(data.get("name") or node_id)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def start_of(value: Any) -> str | None:
    """A partial ISO date as the first day it covers: '2019' -> '2019-01-01'; else None."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str:
    """A --as-of style argument (YYYY, YYYY-MM or YYYY-MM-DD) as YYYY-MM-DD, or ValueError."""
    normalised = start_of(value)
    if normalised is None:
        raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return normalised


def event_interval(data: dict[str, Any]) -> tuple[str | None, str | None]:
    """First and last day an event covers (its date, else its reported period)."""
    start = start_of(data.get("date_start")) or start_of(data.get("period_start"))
    end = start_of(data.get("date_end")) or start_of(data.get("period_end"))
    return start, end or start


def scalar(name: str, value: Any) -> Any:
    """A property value as a scalar of the schema's type; lists become JSON text."""
    if isinstance(value, list | tuple | dict):
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    kind = PROPERTY_TYPES.get(name)
    if kind == "DOUBLE" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind == "INT64" and isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    if kind == "BOOLEAN":
        return bool(value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def flat_node(node_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """Node attributes for a flat format: label = display name, labels = graph label."""
    attrs = {k: scalar(k, v) for k, v in data.items() if k != "label"}
    attrs["labels"] = str(data.get("label", ""))
    attrs["label"] = display_name(data, node_id)
    return attrs


def flat_edge(data: dict[str, Any]) -> dict[str, Any]:
    """Edge attributes for a flat format: label = relationship type."""
    attrs = {k: scalar(k, v) for k, v in data.items() if k != "type"}
    attrs["label"] = str(data.get("type", ""))
    return attrs


def edge_id(source: str, target: str, key: str) -> str:
    """A stable edge id, unique in the graph (the snapshot's key is unique per node pair)."""
    digest = hashlib.sha1(f"{source}\x1f{target}\x1f{key}".encode()).hexdigest()
    return "e" + digest[:16]
