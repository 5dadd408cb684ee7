"""Graphs the export tests share: a small fixed one (for golden files) and a synthetic large one.

Both have the shape of kg.export.snapshot's output: nodes keyed by id with a `label`, edges with
a `type` and the snapshot's key.
"""

import random

import networkx as nx

from kg.model.graph_schema import NODE_TYPES, REL_TYPES, node_type, rel_type


def _key(kind: str, props: dict[str, object]) -> str:
    return ":".join((kind, *(str(props.get(k, "")) for k in ("source", "role", "title"))))


def _edge(graph: "nx.MultiDiGraph[str]", u: str, v: str, kind: str, **props: object) -> None:
    graph.add_edge(u, v, key=_key(kind, props), type=kind, **props)


def small_graph() -> "nx.MultiDiGraph[str]":
    """Twelve nodes covering every label and relationship type, with awkward values."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    article = "article:0123456789abcdef"
    prov = {"source": article, "rule": "test-rule", "confidence": 0.9, "published": "2024-11-20"}
    g.add_node(
        "org:nissan",
        label="Company",
        name="Nissan",
        qid="Q20165",
        kind="carmaker",
        country="Japan",
        in_kb=True,
        aliases=["Nissan Motor", "Nissan Motor Co.; Ltd.", "日産"],
    )
    g.add_node(
        "org:renault",
        label="Company",
        name="Renault",
        qid="Q6686",
        in_kb=True,
        aliases=["Renault Group"],
        country="France",
    )
    g.add_node("org:infiniti", label="Brand", name="Infiniti", in_kb=True, aliases=["Infiniti"])
    g.add_node(
        "org:dongfeng-nissan",
        label="JointVenture",
        name="Dongfeng Nissan",
        in_kb=True,
        aliases=["Dongfeng Nissan Passenger Vehicle"],
        country="China",
    )
    g.add_node("person:ivan-espinosa", label="Person", name="Iván Espinosa", in_kb=False)
    g.add_node("vehicle:infiniti-qx60", label="Vehicle", name="Infiniti QX60", in_kb=False)
    g.add_node(
        "vehicle:infiniti-qx60-concept", label="Vehicle", name="Infiniti QX60 Concept", in_kb=False
    )
    g.add_node("place:china", label="Place", name="China", kind="country", in_kb=True)
    g.add_node("show:auto-shanghai", label="AutoShow", name="Auto Shanghai", in_kb=True)
    g.add_node("publisher:car-news-daily", label="Publisher", name="Car News Daily", in_kb=False)
    g.add_node(
        "event:00000000000000e1",
        label="Event",
        type="Debut",
        date="2024-11",
        date_precision="month",
        date_start="2024-11-01",
        date_end="2024-11-30",
        status="completed",
        summary="Debut [completed] Infiniti QX60 (subject)",
        evidence='Infiniti showed the "QX60" in Shanghai, its 1st debut, 2024.',
        evidence_start=0,
        evidence_end=62,
        **prov,
    )
    g.add_node(
        article,
        label="Article",
        title="Infiniti's QX60 lands in China",
        url="",
        published="2024-11-20",
        published_source="header",
        publisher="Car News Daily",
        word_count=120,
    )
    _edge(
        g,
        "org:infiniti",
        "org:nissan",
        "OWNED_BY",
        stake=100.0,
        since="1989",
        source="kb",
        rule="kb",
        confidence=1.0,
    )
    _edge(
        g,
        "org:nissan",
        "org:renault",
        "OWNED_BY",
        stake=43.4,
        since="1999-03",
        until="2023-11",
        source="kb",
        rule="kb",
        confidence=1.0,
    )
    _edge(
        g,
        "org:nissan",
        "org:renault",
        "OWNED_BY",
        stake=15.0,
        since="2023-11",
        evidence="Renault now holds 15% of Nissan.",
        evidence_start=10,
        evidence_end=42,
        **prov,
    )
    _edge(
        g,
        "org:nissan",
        "org:dongfeng-nissan",
        "PARTNER_IN",
        stake=50.0,
        source="kb",
        rule="kb",
        confidence=1.0,
    )
    _edge(
        g,
        "org:infiniti",
        "vehicle:infiniti-qx60",
        "MAKES",
        evidence="Infiniti makes the QX60.",
        evidence_start=0,
        evidence_end=24,
        **prov,
    )
    _edge(
        g,
        "vehicle:infiniti-qx60-concept",
        "vehicle:infiniti-qx60",
        "VARIANT_OF",
        evidence="The QX60 Concept previews the QX60.",
        evidence_start=30,
        evidence_end=65,
        **prov,
    )
    _edge(
        g,
        "person:ivan-espinosa",
        "org:nissan",
        "HOLDS_ROLE",
        title="chief executive",
        since="2025-04-01",
        evidence="Iván Espinosa, Nissan's chief executive, said…",
        evidence_start=70,
        evidence_end=116,
        **prov,
    )
    _edge(g, "event:00000000000000e1", "vehicle:infiniti-qx60", "INVOLVES", role="subject")
    _edge(g, "event:00000000000000e1", "show:auto-shanghai", "INVOLVES", role="venue")
    _edge(g, "event:00000000000000e1", article, "EXTRACTED_FROM")
    _edge(g, article, "publisher:car-news-daily", "PUBLISHED_BY")
    _edge(g, article, "org:infiniti", "MENTIONS", count=2)
    _edge(g, article, "place:china", "MENTIONS", count=1)
    return g


def synthetic_graph(nodes: int, seed: int = 5) -> "nx.MultiDiGraph[str]":
    """About `nodes` nodes of every label, a few edges each, dates spread over 2000-2024."""
    rng = random.Random(seed)
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    labels = [n.label for n in NODE_TYPES]
    by_label: dict[str, list[str]] = {label: [] for label in labels}
    for i in range(nodes):
        label = labels[i % len(labels)]
        node = f"{label.lower()}:n{i}"
        year = 2000 + i % 25
        if label == "Event":
            props: dict[str, object] = {
                "type": "Launch",
                "date": f"{year}-05",
                "date_start": f"{year}-05-01",
                "date_end": f"{year}-05-31",
                "evidence": f"Sentence {i}.",
                "source": "kb",
            }
        elif label == "Article":
            props = {"title": f"Article {i}", "published": f"{year}-06-01"}
        else:
            props = {
                "name": f"{label} {i}",
                "aliases": [f"{label} {i}", f"alias {i}"],
                "in_kb": False,
            }
        g.add_node(node, label=label, **props)
        by_label[label].append(node)
    for rel in REL_TYPES:
        for _ in range(nodes // 6):
            a_label, b_label = rng.choice(rel.endpoints)
            if not by_label[a_label] or not by_label[b_label]:
                continue
            u, v = rng.choice(by_label[a_label]), rng.choice(by_label[b_label])
            props = {"source": f"article:{rng.randrange(10**6)}"}
            if any(p.name == "since" for p in rel.properties):
                props["since"] = str(2000 + rng.randrange(25))
            if rel.name == "INVOLVES":
                props = {"role": "subject"}
            _edge(g, u, v, rel.name, **props)
    return g


def test_the_small_graph_uses_only_schema_names() -> None:
    graph = small_graph()
    for _, data in graph.nodes(data=True):
        known = {p.name for p in node_type(data["label"]).properties}
        assert set(data) - {"label"} <= known
    for _, _, data in graph.edges(data=True):
        assert set(data) - {"type"} <= {p.name for p in rel_type(data["type"]).properties}
    assert {d["label"] for _, d in graph.nodes(data=True)} == {n.label for n in NODE_TYPES}
    assert {d["type"] for _, _, d in graph.edges(data=True)} == {r.name for r in REL_TYPES}
