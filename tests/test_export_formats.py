"""Every export format, read back by the tools that consume it."""

import csv
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, OWL, RDF, SDO, TIME

from kg.errors import ExportError
from kg.export import EXPORTERS, exporter_for, select_graph, write_graph
from kg.export.csv_neo4j import COMMAND_FILE
from kg.export.rdf_mapping import (
    AUT,
    DATA_PROPERTIES,
    OMITTED_PROPERTIES,
    STANDARD_PROPERTIES,
    node_iri,
    to_rdf,
)
from kg.export.snapshot import snapshot
from kg.export.values import edge_id, flat_edge, flat_node
from kg.model.graph_schema import NODE_TYPES, REL_TYPES
from kg.store import open_store

from .conftest import ROOT
from .test_export_graphs import small_graph, synthetic_graph


@pytest.fixture(scope="module")
def examples(loaded_store: Path) -> Iterator["nx.MultiDiGraph[str]"]:
    store = open_store(str(loaded_store), read_only=True)
    try:
        yield snapshot(store)
    finally:
        store.close()


def export(fmt: str, graph: "nx.MultiDiGraph[str]", path: Path) -> Path:
    write_graph(exporter_for(fmt), graph, str(path))
    return path


# --- GraphML and GEXF: networkx reads them back ----------------------------------------


@pytest.mark.parametrize("which", ["small", "examples"])
def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes(
    which: str, examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    graph = small_graph() if which == "small" else examples
    back = cast(
        "nx.MultiDiGraph[str]",
        nx.read_graphml(export("graphml", graph, tmp_path / "g.graphml"), force_multigraph=True),
    )
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert back.nodes[node] == flat_node(node, data)
    for u, v, key, data in graph.edges(keys=True, data=True):
        ident = edge_id(u, v, key)
        assert back.edges[u, v, ident] == {**flat_edge(data), "id": ident}
    nissan = back.nodes["org:nissan"]
    assert nissan["label"] == "Nissan" and nissan["labels"] == "Company"
    assert json.loads(nissan["aliases"]) == graph.nodes["org:nissan"]["aliases"]


@pytest.mark.parametrize("which", ["small", "examples"])
def test_gexf_reads_back_with_attributes_and_time_intervals(
    which: str, examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    graph = small_graph() if which == "small" else examples
    path = export("gexf", graph, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        read = dict(back.nodes[node])
        assert read.pop("viz")["color"].keys() >= {"r", "g", "b"}
        read.pop("start", None)
        read.pop("end", None)
        assert read == flat_node(node, data)
    root = ET.parse(path).getroot()
    graph_element = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph_element is not None
    assert graph_element.get("mode") == "dynamic"
    assert graph_element.get("timeformat") == "date"
    if which == "small":
        event = back.nodes["event:00000000000000e1"]
        assert (event["start"], event["end"]) == ("2024-11-01", "2024-11-30")
        assert back.nodes["article:0123456789abcdef"]["start"] == "2024-11-20"
        assert "start" not in back.nodes["org:nissan"]
        ended = [
            d
            for u, v, d in back.edges(data=True)
            if (u, v) == ("org:nissan", "org:renault") and "end" in d
        ]
        assert [(d["start"], d["end"], d["stake"]) for d in ended] == [
            ("1999-03-01", "2023-11-01", 43.4)
        ]


# --- JSON formats -------------------------------------------------------------------------


def test_node_link_json_reads_back_equal(examples: "nx.MultiDiGraph[str]", tmp_path: Path) -> None:
    data = json.loads(export("json", examples, tmp_path / "g.json").read_text(encoding="utf-8"))
    back = cast("nx.MultiDiGraph[str]", nx.node_link_graph(data, edges="links"))
    assert dict(back.nodes.items()) == dict(examples.nodes.items())
    assert sorted(back.edges(keys=True)) == sorted(examples.edges(keys=True))


def test_cytoscape_json_has_elements_with_ids_and_classes(
    examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    path = export("cytoscape", examples, tmp_path / "g.cyjs")
    document = json.loads(path.read_text(encoding="utf-8"))
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    assert len(nodes) == examples.number_of_nodes()
    assert len(edges) == examples.number_of_edges()
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    nissan = next(n for n in nodes if n["data"]["id"] == "org:nissan")
    assert nissan["classes"] == "Company" and nissan["data"]["name"] == "Nissan"
    back = nx.cytoscape_graph(document)
    assert back.number_of_nodes() == examples.number_of_nodes()


# --- DOT --------------------------------------------------------------------------------


def test_dot_parses_in_pydot_and_in_graphviz(
    examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    import pydot

    graph = small_graph()
    path = export("dot", graph, tmp_path / "small.dot")
    parsed = pydot.graph_from_dot_file(str(path))
    assert parsed
    names = {n.get_name().strip('"') for n in parsed[0].get_nodes()} - {"node", "edge", "graph"}
    assert names == set(graph.nodes)
    assert len(parsed[0].get_edges()) == graph.number_of_edges()
    dot, gc = shutil.which("dot"), shutil.which("gc")
    if not (dot and gc):
        return
    result = subprocess.run(
        [dot, "-Tsvg", str(path), "-o", str(tmp_path / "small.svg")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Iván Espinosa" in (tmp_path / "small.svg").read_text(encoding="utf-8")
    big = export("dot", examples, tmp_path / "examples.dot")
    counted = subprocess.run(
        [gc, "-n", "-e", str(big)], capture_output=True, text=True, timeout=120, check=True
    )
    assert counted.stdout.split()[:2] == [
        str(examples.number_of_nodes()),
        str(examples.number_of_edges()),
    ]


# --- CSV for neo4j-admin ----------------------------------------------------------------

NEO4J_TYPES = (
    "int",
    "long",
    "float",
    "double",
    "boolean",
    "byte",
    "short",
    "char",
    "string",
    "point",
    "date",
    "localtime",
    "time",
    "localdatetime",
    "datetime",
    "duration",
)
#: a header field as neo4j-admin's import documentation defines it: <name>:<field_type>
HEADER_FIELD = re.compile(
    r"^(?:(?P<name>[^:]+)?:(?P<special>ID|START_ID|END_ID)(?:\((?P<group>[^()]+)\))?"
    r"|:(?P<meta>LABEL|TYPE|IGNORE)"
    r"|(?P<prop>[^:]+)(?::(?P<type>" + "|".join(NEO4J_TYPES) + r")(?P<array>\[\])?)?)$"
)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_csv_follows_the_neo4j_admin_header_grammar(
    examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    folder = tmp_path / "neo4j"
    write_graph(exporter_for("csv"), examples, str(folder))
    node_ids: set[str] = set()
    nodes_seen = edges_seen = 0
    for path in sorted(folder.glob("nodes_*.csv")):
        header, rows = read_csv(path)
        assert [HEADER_FIELD.match(field) is not None for field in header] == [True] * len(header)
        assert header[:2] == ["id:ID(autokg)", ":LABEL"]
        label = path.stem.removeprefix("nodes_")
        assert {row[1] for row in rows} == {label}
        assert len(rows) == sum(1 for _, d in examples.nodes(data=True) if d["label"] == label)
        node_ids.update(row[0] for row in rows)
        nodes_seen += len(rows)
        if label == "Company":
            aliases = header.index("aliases:string[]")
            nissan = next(row for row in rows if row[0] == "org:nissan")
            assert nissan[aliases].split(";") == examples.nodes["org:nissan"]["aliases"]
            assert nissan[header.index("in_kb:boolean")] == "true"
    for path in sorted(folder.glob("rels_*.csv")):
        header, rows = read_csv(path)
        assert all(HEADER_FIELD.match(field) for field in header), header
        assert header[:3] == [":START_ID(autokg)", ":END_ID(autokg)", ":TYPE"]
        assert all(row[0] in node_ids and row[1] in node_ids for row in rows)
        edges_seen += len(rows)
        if path.stem == "rels_OWNED_BY":
            assert "stake:double" in header and "since:string" in header
    assert (nodes_seen, edges_seen) == (examples.number_of_nodes(), examples.number_of_edges())
    command = (folder / COMMAND_FILE).read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in command
    assert "--array-delimiter=';'" in command and "--id-type=string" in command
    for path in folder.glob("*.csv"):
        kind = "--nodes=" if path.name.startswith("nodes_") else "--relationships="
        assert f"{kind}{path.name} " in command


def test_csv_picks_another_array_delimiter_when_a_value_holds_a_semicolon(tmp_path: Path) -> None:
    graph = small_graph()
    write_graph(exporter_for("csv"), graph, str(tmp_path / "out"))
    header, rows = read_csv(tmp_path / "out" / "nodes_Company.csv")
    nissan = next(row for row in rows if row[0] == "org:nissan")
    assert (
        nissan[header.index("aliases:string[]")].split("|") == graph.nodes["org:nissan"]["aliases"]
    )
    assert "--array-delimiter='|'" in (tmp_path / "out" / COMMAND_FILE).read_text()


def test_csv_replaces_an_older_export_in_the_folder_and_keeps_other_files(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "nodes_Gone.csv").write_text("old")
    (folder / "notes.txt").write_text("mine")
    write_graph(exporter_for("csv"), small_graph(), str(folder))
    assert not (folder / "nodes_Gone.csv").exists()
    assert (folder / "notes.txt").read_text() == "mine"
    assert (folder / "nodes_Company.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# --- RDF ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,rdflib_format", [("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt")]
)
def test_rdf_parses_back_isomorphic(
    fmt: str, rdflib_format: str, examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    path = export(fmt, examples, tmp_path / f"g.{fmt}")
    back = rdflib.Graph().parse(path, format=rdflib_format)
    expected = to_rdf(examples)
    assert len(back) == len(expected) > 5000
    assert isomorphic(back, expected)


def test_rdf_uses_the_standard_vocabularies() -> None:
    rdf = to_rdf(small_graph())
    nissan, renault, infiniti = (node_iri(i) for i in ("org:nissan", "org:renault", "org:infiniti"))
    person, jv = node_iri("person:ivan-espinosa"), node_iri("org:dongfeng-nissan")
    qx60, concept = node_iri("vehicle:infiniti-qx60"), node_iri("vehicle:infiniti-qx60-concept")
    event, article = node_iri("event:00000000000000e1"), node_iri("article:0123456789abcdef")
    assert str(nissan) == "https://w3id.org/autokg/id/org:nissan"
    assert (nissan, RDF.type, SDO.Organization) in rdf
    assert (nissan, RDF.type, AUT.Company) in rdf
    assert (nissan, OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q20165")) in rdf
    assert (nissan, SDO.brand, infiniti) in rdf
    assert (nissan, SDO.parentOrganization, renault) in rdf
    assert (renault, SDO.subOrganization, nissan) in rdf
    assert (nissan, ORG.subOrganizationOf, renault) in rdf
    assert (jv, SDO.parentOrganization, nissan) in rdf
    assert (qx60, SDO.brand, infiniti) in rdf
    assert (concept, SDO.isVariantOf, qx60) in rdf
    assert (person, SDO.worksFor, nissan) in rdf
    assert (person, SDO.jobTitle, rdflib.Literal("chief executive")) in rdf
    assert len(list(rdf.subjects(RDF.type, ORG.Membership))) == 1
    post = rdf.value(person, ORG.holds)
    assert post is not None and (post, ORG.postIn, nissan) in rdf
    assert (event, RDF.type, SDO.Event) in rdf and (event, RDF.type, AUT.Debut) in rdf
    assert (event, SDO.location, node_iri("show:auto-shanghai")) in rdf
    assert (event, AUT.involvesSubject, qx60) in rdf
    assert (event, rdflib.namespace.PROV.wasDerivedFrom, article) in rdf
    assert (article, RDF.type, SDO.NewsArticle) in rdf
    assert (article, SDO.mentions, infiniti) in rdf
    # the ended ownership is a fact with an end, and no longer a standard triple of its own
    facts = list(rdf.subjects(RDF.type, AUT.Ownership))
    assert len(facts) == 3
    ended = [f for f in facts if rdf.value(f, AUT.until) is not None]
    assert len(ended) == 1
    end = rdf.value(rdf.value(ended[0], TIME.hasTime), TIME.hasEnd)
    assert rdf.value(end, TIME.inXSDgYearMonth) == rdflib.Literal(
        "2023-11", datatype=rdflib.XSD.gYearMonth
    )
    stakes = sorted(float(str(rdf.value(f, AUT.stake))) for f in facts)
    assert stakes == [15.0, 43.4, 100.0]


def test_every_autokg_term_used_is_defined_in_the_shipped_ontology(
    examples: "nx.MultiDiGraph[str]",
) -> None:
    ontology = rdflib.Graph().parse(ROOT / "schema" / "autokg-ontology.ttl", format="turtle")
    defined = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(AUT))}
    rdf = to_rdf(examples) + to_rdf(small_graph())
    used = {p for p in rdf.predicates() if str(p).startswith(str(AUT))}
    used |= {o for o in rdf.objects(None, RDF.type) if str(o).startswith(str(AUT))}
    assert used - defined == set()
    for term in defined:
        assert ontology.value(term, rdflib.RDFS.comment), term


def test_every_graph_property_has_an_rdf_mapping() -> None:
    mapped = {t.graph_name for t in DATA_PROPERTIES} | set(STANDARD_PROPERTIES)
    mapped |= set(OMITTED_PROPERTIES)
    names = {p.name for n in NODE_TYPES for p in n.properties}
    names |= {p.name for r in REL_TYPES for p in r.properties}
    assert names - mapped == set()


# --- drawings -------------------------------------------------------------------------


def test_png_and_svg_draw_a_neighbourhood(examples: "nx.MultiDiGraph[str]", tmp_path: Path) -> None:
    from kg.export.select import Selection

    png_exporter = exporter_for("png")
    sub = select_graph(examples, png_exporter, Selection(around="Infiniti", depth=1))
    png = export("png", sub, tmp_path / "infiniti.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg_path = export("svg", sub, tmp_path / "infiniti.svg")
    root = ET.parse(svg_path).getroot()
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Infiniti", "Nissan"} <= texts
    again = export("svg", sub, tmp_path / "again.svg")
    assert again.read_bytes() == svg_path.read_bytes()


def test_a_drawing_of_a_large_graph_is_refused_unless_capped(
    examples: "nx.MultiDiGraph[str]",
) -> None:
    from kg.export.select import Selection

    count = examples.number_of_nodes()
    with pytest.raises(ExportError, match=f"the selection has {count} nodes; a png drawing stays"):
        select_graph(examples, exporter_for("png"))
    capped = select_graph(examples, exporter_for("png"), Selection(max_nodes=40))
    assert capped.number_of_nodes() == 40


# --- writing: atomic, and linear in the graph --------------------------------------------


class Failing:
    name = "failing"
    aliases: tuple[str, ...] = ()
    summary = "fails half way"
    suffixes: tuple[str, ...] = ()
    binary = False
    node_limit = None
    over_limit = "cap"

    def write(self, graph: "nx.MultiDiGraph[str]", stream: IO[Any]) -> None:
        stream.write("half a file")
        raise RuntimeError("boom")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.json"
    target.write_text("the previous export")
    with pytest.raises(RuntimeError, match="boom"):
        write_graph(Failing(), small_graph(), str(target))  # type: ignore[arg-type]
    assert target.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]
    with pytest.raises(ExportError, match=r"folder .*nope does not exist"):
        write_graph(exporter_for("json"), small_graph(), str(tmp_path / "nope" / "g.json"))


def test_every_format_but_drawings_exports_a_5000_node_graph(tmp_path: Path) -> None:
    graph = synthetic_graph(5000)
    for exporter in EXPORTERS:
        if exporter.node_limit is not None and exporter.over_limit == "refuse":
            continue
        chosen = select_graph(graph, exporter)
        out = tmp_path / exporter.name
        write_graph(exporter, chosen, str(out))
        assert out.exists()
    back = nx.read_graphml(tmp_path / "graphml", force_multigraph=True)
    assert back.number_of_nodes() == 5000
    assert back.number_of_edges() == graph.number_of_edges()
