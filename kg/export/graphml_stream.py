"""GraphML of the whole store, written node by node and edge by edge.

The same document as kg.export.graphml writes through networkx (the same keys, node ids, edge
ids and values), but the keys are declared up front from the graph schema instead of being
gathered from a copy of the graph, so memory does not grow with the graph.
"""

from collections.abc import Iterable
from io import TextIOBase
from typing import IO, Any, cast
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from kg.export.records import EdgeRecord, NodeRecord
from kg.export.values import edge_id, flat_edge, flat_node
from kg.model.graph_schema import NODE_TYPES, REL_TYPES, PropertyType

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"

#: GraphML attr.type of each schema type; lists are JSON text (see kg.export.values)
XML_TYPES: dict[PropertyType, str] = {
    "STRING": "string",
    "STRING[]": "string",
    "DOUBLE": "double",
    "INT64": "long",
    "BOOLEAN": "boolean",
}


def node_keys(include_text: bool) -> dict[str, str]:
    """Node attribute name -> GraphML type: labels, label, then every node property but id."""
    keys = {"labels": "string", "label": "string"}
    for node in NODE_TYPES:
        for prop in node.properties:
            if prop.name != "id" and (include_text or prop.name != "text"):
                keys.setdefault(prop.name, XML_TYPES[prop.type])
    return keys


def edge_keys() -> dict[str, str]:
    """Edge attribute name -> GraphML type: id, label, then every relationship property."""
    keys = {"id": "string", "label": "string"}
    for rel in REL_TYPES:
        for prop in rel.properties:
            keys.setdefault(prop.name, XML_TYPES[prop.type])
    return keys


class GraphmlStream:
    """Writes one GraphML document to a text stream: begin, then nodes, then edges, then end."""

    def __init__(self, stream: IO[str], include_text: bool = False) -> None:
        # a text stream (a file opened in text mode, standard output) is written to as it is
        self.xml = XMLGenerator(
            cast(TextIOBase, stream), encoding="utf-8", short_empty_elements=True
        )
        self.node_ids: dict[str, str] = {}
        self.edge_ids: dict[str, str] = {}
        self.include_text = include_text

    def begin(self) -> None:
        self.xml.startDocument()
        self._start(
            "graphml",
            {"xmlns": GRAPHML_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": SCHEMA_LOCATION},
        )
        for scope, keys, ids in (
            ("node", node_keys(self.include_text), self.node_ids),
            ("edge", edge_keys(), self.edge_ids),
        ):
            for name, kind in keys.items():
                ids[name] = f"d{len(self.node_ids) + len(self.edge_ids)}"
                self._element(
                    "key",
                    {"id": ids[name], "for": scope, "attr.name": name, "attr.type": kind},
                    depth=1,
                )
        self._newline(1)
        self._start("graph", {"edgedefault": "directed"})

    def nodes(self, records: Iterable[NodeRecord]) -> int:
        count = 0
        for node, data in records:
            self._item("node", {"id": node}, flat_node(node, data), self.node_ids)
            count += 1
        return count

    def edges(self, records: Iterable[EdgeRecord]) -> int:
        count = 0
        for source, target, key, data in records:
            ident = edge_id(source, target, key)
            attrs = {"source": source, "target": target, "id": ident}
            self._item("edge", attrs, {"id": ident, **flat_edge(data)}, self.edge_ids)
            count += 1
        return count

    def end(self) -> None:
        self._newline(1)
        self.xml.endElement("graph")
        self._newline(0)
        self.xml.endElement("graphml")
        self.xml.ignorableWhitespace("\n")
        self.xml.endDocument()

    def _item(
        self, tag: str, attrs: dict[str, str], data: dict[str, Any], ids: dict[str, str]
    ) -> None:
        self._newline(2)
        self._start(tag, attrs)
        for name, value in data.items():
            if name not in ids:
                raise ValueError(f"{tag} attribute {name!r} is not in the graph schema")
            self._newline(3)
            self._start("data", {"key": ids[name]})
            self.xml.characters(str(value))
            self.xml.endElement("data")
        self._newline(2)
        self.xml.endElement(tag)

    def _element(self, tag: str, attrs: dict[str, str], depth: int) -> None:
        self._newline(depth)
        self._start(tag, attrs)
        self.xml.endElement(tag)

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self.xml.startElement(tag, AttributesImpl(attrs))

    def _newline(self, depth: int) -> None:
        self.xml.ignorableWhitespace("\n" + "  " * depth)
