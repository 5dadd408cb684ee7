"""The graph in RDF: standard vocabularies first, the autokg ontology for the rest.

IRIs are stable: every node is ``https://w3id.org/autokg/id/<its id>`` (``.../id/org:nissan``);
the terms of the autokg ontology are ``https://w3id.org/autokg/ontology#<Name>``. The mapping:

- nodes: Company and JointVenture are ``schema:Organization`` and ``org:FormalOrganization``,
  Brand ``schema:Brand``, Person ``schema:Person``, Vehicle ``schema:Car`` and
  ``schema:ProductModel`` (a model, not one car), Place ``schema:Place``, AutoShow
  ``schema:EventSeries``, Publisher ``schema:NewsMediaOrganization``, Event ``schema:Event``
  (``org:ChangeEvent`` too for acquisitions, mergers, restructurings and joint-venture
  formations), Article ``schema:NewsArticle``; each also has its autokg class. Names are
  ``schema:name``, aliases ``schema:alternateName``; a Wikidata QID gives ``owl:sameAs``.
- each fact relationship (OWNED_BY, PARTNER_IN, MAKES, VARIANT_OF, HOLDS_ROLE) becomes a fact
  node (``.../id/fact/<hash>``) that is an ``rdf:Statement`` of the direct triple, with its
  stake, title, validity (``time:hasTime``, an OWL-Time ``time:Interval``) and provenance
  (``prov:wasDerivedFrom`` the article or the reference KB, ``prov:generatedAtTime``, the
  evidence sentence and offsets, rule, confidence). A role is also an ``org:Membership``
  (``org:member``, ``org:organization``, ``org:role``, ``org:memberDuring``).
- the direct triples: ``aut:ownedBy``, ``aut:partnerIn``, ``aut:makes``, ``schema:isVariantOf``,
  ``aut:holdsRoleAt`` always; and, while a fact holds (no ``until``), the standard ones:
  ``schema:parentOrganization`` / ``schema:subOrganization`` / ``org:subOrganizationOf``
  between organisations, ``schema:brand`` from an owner or maker to its brand,
  ``schema:manufacturer`` from a vehicle to its maker, ``schema:worksFor``,
  ``schema:jobTitle`` and ``org:holds`` an ``org:Post`` for a person's role.
- events: ``schema:startDate``/``schema:endDate`` and an OWL-Time interval, ``aut:involves``
  and one sub-property per role (``aut:involvesSubject``...), ``prov:wasDerivedFrom`` the
  article; articles: ``schema:headline``, ``schema:datePublished``, ``schema:publisher``,
  ``schema:mentions`` (the mention count is not exported).

Partial dates are typed: ``2019`` is an ``xsd:gYear``, ``2019-05`` an ``xsd:gYearMonth``.
"""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SDO, TIME

from kg.ids import slug
from kg.model.vocabulary import EVENT_TYPES, ROLES

AUT = Namespace("https://w3id.org/autokg/ontology#")
ID = Namespace("https://w3id.org/autokg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_IRI = URIRef("https://w3id.org/autokg/ontology")
KB = ID["kb"]

PREFIXES = {
    "aut": AUT,
    "id": ID,
    "schema": SDO,
    "org": ORG,
    "prov": PROV,
    "time": TIME,
    "owl": OWL,
    "wd": WD,
    "dcterms": DCTERMS,
}

ORGANISATIONS = ("Company", "JointVenture")
CHANGE_EVENTS = ("Acquisition", "Merger", "Restructuring", "JointVentureFormation")


@dataclass(frozen=True)
class Term:
    """One term of the autokg ontology, with what it maps to and where it comes from."""

    name: str
    kind: str  # "class", "object", "data"
    comment: str
    parents: tuple[URIRef, ...] = ()
    graph_name: str = ""
    range: URIRef | None = None

    @property
    def iri(self) -> URIRef:
        return AUT[self.name]


def _camel(text: str) -> str:
    head, *rest = re.split(r"[_\s]+", text)
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


NODE_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "Company": (SDO.Organization, ORG.FormalOrganization),
    "Brand": (SDO.Brand,),
    "JointVenture": (SDO.Organization, ORG.FormalOrganization),
    "Person": (SDO.Person,),
    "Vehicle": (SDO.Car, SDO.ProductModel),
    "Place": (SDO.Place,),
    "AutoShow": (SDO.EventSeries,),
    "Publisher": (SDO.NewsMediaOrganization,),
    "Event": (SDO.Event,),
    "Article": (SDO.NewsArticle,),
}

CLASSES: tuple[Term, ...] = (
    Term(
        "Company",
        "class",
        "A carmaker, group, holding company, supplier or tech firm.",
        NODE_CLASSES["Company"],
        "Company",
    ),
    Term(
        "Brand",
        "class",
        "A marque or model series inside a company.",
        NODE_CLASSES["Brand"],
        "Brand",
    ),
    Term(
        "JointVenture",
        "class",
        "A joint venture of two or more companies.",
        NODE_CLASSES["JointVenture"],
        "JointVenture",
    ),
    Term("Person", "class", "A named person.", NODE_CLASSES["Person"], "Person"),
    Term(
        "Vehicle",
        "class",
        "A vehicle model, trim, edition, market version or concept (a model, not one car).",
        NODE_CLASSES["Vehicle"],
        "Vehicle",
    ),
    Term(
        "Place",
        "class",
        "A country, region, city, district or named factory.",
        NODE_CLASSES["Place"],
        "Place",
    ),
    Term(
        "AutoShow",
        "class",
        "A motor show, named without the year.",
        NODE_CLASSES["AutoShow"],
        "AutoShow",
    ),
    Term(
        "Publisher",
        "class",
        "A news outlet: an article's publisher or a source it cites.",
        NODE_CLASSES["Publisher"],
        "Publisher",
    ),
    Term(
        "Event",
        "class",
        "Something that happened or was announced, reported, rumoured or denied. "
        "Acquisitions, mergers, restructurings and joint-venture formations are also "
        "org:ChangeEvent.",
        NODE_CLASSES["Event"],
        "Event",
    ),
    Term("Article", "class", "A loaded news article.", NODE_CLASSES["Article"], "Article"),
    *(Term(t, "class", f"An event of type {t}.", (AUT.Event,)) for t in EVENT_TYPES),
    Term(
        "Fact",
        "class",
        "A stated fact relationship, reified: an rdf:Statement of its direct triple with "
        "its provenance (prov:wasDerivedFrom, prov:generatedAtTime, aut:evidence...) and "
        "its validity (time:hasTime).",
        (RDF.Statement, PROV.Entity),
    ),
    Term(
        "Ownership",
        "class",
        "An OWNED_BY fact: aut:owned is held, wholly or in part (aut:stake), by aut:owner.",
        (AUT.Fact,),
        "OWNED_BY",
    ),
    Term(
        "JointVenturePartnership",
        "class",
        "A PARTNER_IN fact: a company's (aut:owner) stake in a joint venture (aut:owned).",
        (AUT.Ownership,),
        "PARTNER_IN",
    ),
    Term(
        "Manufacturing",
        "class",
        "A MAKES fact: an organisation makes a vehicle.",
        (AUT.Fact,),
        "MAKES",
    ),
    Term(
        "Variation",
        "class",
        "A VARIANT_OF fact: a vehicle is a variant of a base vehicle.",
        (AUT.Fact,),
        "VARIANT_OF",
    ),
    Term(
        "RoleHolding",
        "class",
        "A HOLDS_ROLE fact: a person holds a titled role in an organisation; also an "
        "org:Membership.",
        (AUT.Fact, ORG.Membership),
        "HOLDS_ROLE",
    ),
)

OBJECT_PROPERTIES: tuple[Term, ...] = (
    Term(
        "ownedBy",
        "object",
        "Owned, wholly or in part, at some time by (see the aut:Ownership facts for when). "
        "While it holds, also stated as schema:parentOrganization, schema:subOrganization "
        "and org:subOrganizationOf between organisations, or schema:brand from the owner "
        "to a brand.",
        (),
        "OWNED_BY",
    ),
    Term(
        "partnerIn",
        "object",
        "A partner (shareholder) of this joint venture at some time. While it holds, the "
        "joint venture is also schema:parentOrganization-linked and org:subOrganizationOf "
        "the partner.",
        (),
        "PARTNER_IN",
    ),
    Term(
        "makes",
        "object",
        "Makes this vehicle. Also stated as schema:manufacturer (vehicle to company or "
        "joint venture) or schema:brand (vehicle to brand).",
        (),
        "MAKES",
    ),
    Term(
        "holdsRoleAt",
        "object",
        "Holds or held a titled role at this organisation (see the aut:RoleHolding facts). "
        "While it holds, also schema:worksFor, schema:jobTitle and org:holds an org:Post.",
        (),
        "HOLDS_ROLE",
    ),
    Term("owned", "object", "The owned side of an ownership fact.", (RDF.subject,)),
    Term("owner", "object", "The owning side of an ownership fact.", (RDF.object,)),
    Term("involves", "object", "An entity that takes part in the event.", (), "INVOLVES"),
    *(
        Term(
            f"involves{role[:1].upper()}{role[1:]}",
            "object",
            f"An entity that takes part in the event as its {role}.",
            (AUT.involves,),
        )
        for role in ROLES
    ),
)

DATA_PROPERTIES: tuple[Term, ...] = (
    Term(
        "wikidataId",
        "data",
        "Wikidata item id (also stated as owl:sameAs the item).",
        (),
        "qid",
        XSD.string,
    ),
    Term(
        "kind",
        "data",
        "Finer kind: carmaker, supplier, country, city, factory...",
        (),
        "kind",
        XSD.string,
    ),
    Term("country", "data", "Home country, by name.", (), "country", XSD.string),
    Term(
        "inKnowledgeBase",
        "data",
        "True when the entity comes from the reference KB.",
        (),
        "in_kb",
        XSD.boolean,
    ),
    Term(
        "evidence", "data", "The sentence stating the fact, verbatim.", (), "evidence", XSD.string
    ),
    Term(
        "evidenceStart",
        "data",
        "Character offset of the evidence in the article text.",
        (),
        "evidence_start",
        XSD.integer,
    ),
    Term(
        "evidenceEnd",
        "data",
        "End offset (exclusive) of the evidence in the article text.",
        (),
        "evidence_end",
        XSD.integer,
    ),
    Term(
        "rule", "data", "Name of the rule or method that produced the fact.", (), "rule", XSD.string
    ),
    Term(
        "factKey",
        "data",
        "What makes a stated fact one fact: its source, plus its title and dates when it has them.",
        (),
        "fact_key",
        XSD.string,
    ),
    Term("confidence", "data", "The rule's confidence, 0..1.", (), "confidence", XSD.decimal),
    Term("stake", "data", "Percent held.", (), "stake", XSD.decimal),
    Term(
        "since",
        "data",
        "Start date as stated (xsd:gYear, xsd:gYearMonth or xsd:date).",
        (),
        "since",
    ),
    Term("until", "data", "End date as stated, for a holding or role that has ended.", (), "until"),
    Term("title", "data", "A role's title as written.", (), "title", XSD.string),
    Term(
        "eventType",
        "data",
        "One of the 16 event types (also the event's class).",
        (),
        "type",
        XSD.string,
    ),
    Term("date", "data", "When the event happens, as precise as stated.", (), "date"),
    Term("datePrecision", "data", "day, month or year.", (), "date_precision", XSD.string),
    Term(
        "periodStart",
        "data",
        "First day of the reported period (sales, results).",
        (),
        "period_start",
        XSD.date,
    ),
    Term("periodEnd", "data", "Last day of the reported period.", (), "period_end", XSD.date),
    Term(
        "status",
        "data",
        "completed, announced, planned, reported, rumored, denied or cancelled.",
        (),
        "status",
        XSD.string,
    ),
    Term("quantity", "data", "The figure stated, as a plain number.", (), "quantity", XSD.decimal),
    Term(
        "unit",
        "data",
        "vehicles, USD, EUR, CNY, JPY, GBP, percent, jobs, years, models...",
        (),
        "unit",
        XSD.string,
    ),
    Term(
        "reportedBy",
        "data",
        "The outlet the article credits for the fact.",
        (),
        "reported_by",
        XSD.string,
    ),
    Term(
        "publishedSource",
        "data",
        "Where the article's date came from: header, metadata, default, mtime.",
        (),
        "published_source",
        XSD.string,
    ),
    Term("byline", "data", "The article's byline, as written.", (), "author", XSD.string),
    Term(
        "sourcePath", "data", "The file the article was loaded from.", (), "source_path", XSD.string
    ),
)

#: Graph properties stated with a standard term, for the documentation and the coverage test.
STANDARD_PROPERTIES: dict[str, URIRef] = {
    "name": SDO.name,
    "aliases": SDO.alternateName,
    "summary": SDO.description,
    "date_start": SDO.startDate,
    "date_end": SDO.endDate,
    "title": SDO.headline,
    "url": SDO.url,
    "published": SDO.datePublished,
    "text": SDO.articleBody,
    "word_count": SDO.wordCount,
    "source": PROV.wasDerivedFrom,
}
#: Graph properties that RDF leaves out, and why.
OMITTED_PROPERTIES: dict[str, str] = {
    "id": "the IRI carries it",
    "publisher": "schema:publisher links the Publisher node",
    "role": "the aut:involves sub-property carries it",
    "count": "schema:mentions has no place for it",
}

_DATA = {t.graph_name: t for t in DATA_PROPERTIES}
_FACT_CLASSES = {
    t.graph_name: t.iri for t in CLASSES if t.graph_name and t.name not in NODE_CLASSES
}
_DIRECT = {
    "OWNED_BY": AUT.ownedBy,
    "PARTNER_IN": AUT.partnerIn,
    "MAKES": AUT.makes,
    "VARIANT_OF": SDO.isVariantOf,
    "HOLDS_ROLE": AUT.holdsRoleAt,
}
_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def node_iri(node_id: str) -> URIRef:
    return ID[quote(node_id, safe=":-._~")]


def fact_iri(source: str, target: str, key: str) -> URIRef:
    digest = hashlib.sha1(f"{source}\x1f{target}\x1f{key}".encode()).hexdigest()[:16]
    return ID[f"fact/{digest}"]


def partial_date(value: Any) -> Literal | None:
    """An ISO date as precise as written: xsd:gYear, xsd:gYearMonth or xsd:date."""
    text = str(value).strip()
    if not _PARTIAL.match(text):
        return Literal(text) if text else None
    kind = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(text)]
    return Literal(text, datatype=kind)


def _literal(term: Term, value: Any) -> Literal | None:
    if term.range is None:
        return partial_date(value)
    if term.range == XSD.decimal:
        # xsd:decimal from the float's shortest repr: Turtle keeps every digit of a decimal,
        # while rdflib writes an xsd:double with six significant digits only
        return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)
    if term.range == XSD.integer:
        return Literal(int(value))
    if term.range == XSD.boolean:
        return Literal(bool(value))
    if term.range != XSD.string and term.range != XSD.date:
        raise ValueError(f"no literal mapping for range {term.range}")
    if term.range == XSD.date:
        return partial_date(value)
    return Literal(str(value))


class RdfBuilder:
    """Builds the rdflib graph of a networkx snapshot, in time linear in its size."""

    def __init__(self, graph: "nx.MultiDiGraph[str]") -> None:
        self.source = graph
        self.rdf = Graph()
        for prefix, namespace in PREFIXES.items():
            self.rdf.bind(prefix, namespace, override=True)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.rdf.add((s, p, o))

    def label_of(self, node: str) -> str | None:
        label = self.source.nodes[node].get("label")
        return str(label) if label is not None else None

    def build(self) -> Graph:
        for node, data in self.source.nodes(data=True):
            self.add_node(node, data)
        for u, v, key, data in self.source.edges(keys=True, data=True):
            self.add_edge(u, v, key, data)
        return self.rdf

    def add_node(self, node: str, data: dict[str, Any]) -> None:
        iri = node_iri(node)
        label = str(data.get("label", ""))
        self.add(iri, RDF.type, AUT[label])
        for cls in NODE_CLASSES.get(label, ()):
            self.add(iri, RDF.type, cls)
        if label == "Event":
            self._event(iri, data)
        elif label == "Article":
            self._article(iri, data)
        else:
            self._entity(iri, data)

    def _entity(self, iri: URIRef, data: dict[str, Any]) -> None:
        name = data.get("name")
        if name:
            self.add(iri, SDO.name, Literal(name))
            self.add(iri, RDFS.label, Literal(name))
        for alias in data.get("aliases") or []:
            if alias != name:
                self.add(iri, SDO.alternateName, Literal(alias))
        qid = data.get("qid")
        if qid and re.fullmatch(r"Q\d+", str(qid)):
            self.add(iri, OWL.sameAs, WD[str(qid)])
        self._data(iri, data, ("qid", "kind", "country", "in_kb"))

    def _event(self, iri: URIRef, data: dict[str, Any]) -> None:
        kind = str(data.get("type", ""))
        if kind in EVENT_TYPES:
            self.add(iri, RDF.type, AUT[kind])
        if kind in CHANGE_EVENTS:
            self.add(iri, RDF.type, ORG.ChangeEvent)
        summary = data.get("summary")
        if summary:
            self.add(iri, SDO.description, Literal(summary))
            self.add(iri, RDFS.label, Literal(summary))
        start, end = data.get("date_start"), data.get("date_end")
        self.add(iri, SDO.startDate, partial_date(start) if start else None)
        self.add(iri, SDO.endDate, partial_date(end) if end else None)
        self._interval(
            iri, TIME.hasTime, start or data.get("period_start"), end or data.get("period_end")
        )
        self._data(
            iri,
            data,
            (
                "type",
                "date",
                "date_precision",
                "period_start",
                "period_end",
                "status",
                "quantity",
                "unit",
                "reported_by",
            ),
        )
        self._provenance(iri, data)

    def _article(self, iri: URIRef, data: dict[str, Any]) -> None:
        title = data.get("title")
        if title:
            self.add(iri, SDO.headline, Literal(title))
            self.add(iri, RDFS.label, Literal(title))
        url = str(data.get("url") or "")
        if re.match(r"^https?://\S+$", url):
            self.add(iri, SDO.url, URIRef(url))
        published = data.get("published")
        self.add(iri, SDO.datePublished, partial_date(published) if published else None)
        if data.get("text"):
            self.add(iri, SDO.articleBody, Literal(data["text"]))
        if data.get("word_count") is not None:
            self.add(iri, SDO.wordCount, Literal(int(data["word_count"])))
        self._data(iri, data, ("published_source", "author", "source_path"))

    def _data(self, iri: URIRef, data: dict[str, Any], names: tuple[str, ...]) -> None:
        for name in names:
            value = data.get(name)
            if value is None or value == "":
                continue
            term = _DATA[name]
            self.add(iri, term.iri, _literal(term, value))

    def _provenance(self, iri: URIRef, data: dict[str, Any]) -> None:
        source = data.get("source")
        if source:
            self.add(iri, PROV.wasDerivedFrom, KB if source == "kb" else node_iri(str(source)))
        published = data.get("published")
        if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)):
            self.add(
                iri, PROV.generatedAtTime, Literal(f"{published}T00:00:00", datatype=XSD.dateTime)
            )
        self._data(
            iri,
            data,
            ("evidence", "evidence_start", "evidence_end", "rule", "confidence", "fact_key"),
        )
        if source == "kb":
            self.add(KB, RDF.type, PROV.Entity)
            self.add(KB, RDFS.label, Literal("autokg reference knowledge base"))

    def _interval(self, owner: URIRef, link: URIRef, start: Any, end: Any) -> None:
        if not start and not end:
            return
        interval = URIRef(f"{owner}-time")
        self.add(owner, link, interval)
        self.add(interval, RDF.type, TIME.Interval)
        for edge, value, name in ((TIME.hasBeginning, start, "begin"), (TIME.hasEnd, end, "end")):
            literal = partial_date(value) if value else None
            if literal is None:
                continue
            instant = URIRef(f"{owner}-{name}")
            self.add(interval, edge, instant)
            self.add(instant, RDF.type, TIME.Instant)
            datatype = literal.datatype
            prop = (
                TIME.inXSDgYear
                if datatype == XSD.gYear
                else TIME.inXSDgYearMonth
                if datatype == XSD.gYearMonth
                else TIME.inXSDDate
            )
            self.add(instant, prop, literal)

    def add_edge(self, u: str, v: str, key: str, data: dict[str, Any]) -> None:
        kind = str(data.get("type", ""))
        s, o = node_iri(u), node_iri(v)
        if kind == "INVOLVES":
            role = str(data.get("role", ""))
            self.add(s, AUT.involves, o)
            if role in ROLES:
                self.add(s, AUT[f"involves{role[:1].upper()}{role[1:]}"], o)
            if role in ("venue", "location"):
                self.add(s, SDO.location, o)
        elif kind == "EXTRACTED_FROM":
            self.add(s, PROV.wasDerivedFrom, o)
        elif kind == "PUBLISHED_BY":
            self.add(s, SDO.publisher, o)
        elif kind == "MENTIONS":
            self.add(s, SDO.mentions, o)
        elif kind in _DIRECT:
            self._fact(u, v, key, kind, data)

    def _fact(self, u: str, v: str, key: str, kind: str, data: dict[str, Any]) -> None:
        s, o = node_iri(u), node_iri(v)
        direct = _DIRECT[kind]
        self.add(s, direct, o)
        fact = fact_iri(u, v, key)
        self.add(fact, RDF.type, _FACT_CLASSES[kind])
        self.add(fact, RDF.type, RDF.Statement)
        self.add(fact, RDF.subject, s)
        self.add(fact, RDF.predicate, direct)
        self.add(fact, RDF.object, o)
        if kind in ("OWNED_BY", "PARTNER_IN"):
            owned, owner = (s, o) if kind == "OWNED_BY" else (o, s)
            self.add(fact, AUT.owned, owned)
            self.add(fact, AUT.owner, owner)
        self._data(fact, data, tuple(n for n in ("stake", "since", "until", "title") if n in data))
        since, until = data.get("since"), data.get("until")
        self._interval(fact, TIME.hasTime, since, until)
        self._provenance(fact, data)
        current = not until
        if kind == "HOLDS_ROLE":
            self._role(fact, s, o, v, str(data.get("title", "")), current)
        elif current:
            self._standard(kind, u, v, s, o)

    def _standard(self, kind: str, u: str, v: str, s: URIRef, o: URIRef) -> None:
        """The schema.org / W3C ORG triples of a fact that still holds."""
        s_label = self.label_of(u)
        o_label = self.label_of(v)
        if kind == "OWNED_BY" and s_label == "Brand" and o_label in ORGANISATIONS:
            self.add(o, SDO.brand, s)
        elif (kind == "OWNED_BY" and s_label in ORGANISATIONS and o_label in ORGANISATIONS) or (
            kind == "PARTNER_IN" and s_label in ORGANISATIONS
        ):
            child, parent = (s, o) if kind == "OWNED_BY" else (o, s)
            self.add(child, SDO.parentOrganization, parent)
            self.add(parent, SDO.subOrganization, child)
            self.add(child, ORG.subOrganizationOf, parent)
        elif kind == "MAKES" and s_label in ORGANISATIONS:
            self.add(o, SDO.manufacturer, s)
        elif kind == "MAKES" and s_label == "Brand":
            self.add(o, SDO.brand, s)

    def _role(
        self,
        fact: URIRef,
        person: URIRef,
        organisation: URIRef,
        org_id: str,
        title: str,
        current: bool,
    ) -> None:
        self.add(fact, RDF.type, ORG.Membership)
        self.add(fact, ORG.member, person)
        self.add(fact, ORG.organization, organisation)
        self.add(
            fact,
            ORG.memberDuring,
            URIRef(f"{fact}-time") if (fact, TIME.hasTime, None) in self.rdf else None,
        )
        if not title:
            return
        role = ID[f"role/{slug(title)}"]
        self.add(role, RDF.type, ORG.Role)
        self.add(role, RDFS.label, Literal(title))
        self.add(fact, ORG.role, role)
        if current:
            post = ID[f"post/{quote(org_id, safe=':-._~')}--{slug(title)}"]
            self.add(post, RDF.type, ORG.Post)
            self.add(post, ORG.postIn, organisation)
            self.add(post, ORG.role, role)
            self.add(person, ORG.holds, post)
            self.add(person, SDO.worksFor, organisation)
            self.add(person, SDO.jobTitle, Literal(title))


def to_rdf(graph: "nx.MultiDiGraph[str]") -> Graph:
    return RdfBuilder(graph).build()


def _ontology_terms() -> Iterator[Term]:
    yield from CLASSES
    yield from OBJECT_PROPERTIES
    yield from DATA_PROPERTIES


def ontology() -> Graph:
    """The autokg ontology: every aut: term, documented, with the standard terms it maps to."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace, override=True)
    rdf.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    rdf.add((ONTOLOGY_IRI, DCTERMS.title, Literal("autokg ontology", lang="en")))
    rdf.add(
        (
            ONTOLOGY_IRI,
            RDFS.comment,
            Literal(
                "Terms of the autokg knowledge graph of the automotive industry, for what "
                "schema.org, W3C ORG, PROV-O and OWL-Time do not already say. Exports "
                "(autokg export --format turtle|json-ld|nt) type every node with its aut: class "
                "and the standard classes named by rdfs:subClassOf here; entity IRIs are "
                "https://w3id.org/autokg/id/<id>, stable across exports. aut:graphName gives the "
                "graph label, relationship type or property each term comes from.",
                lang="en",
            ),
        )
    )
    rdf.add((AUT.graphName, RDF.type, OWL.AnnotationProperty))
    rdf.add(
        (
            AUT.graphName,
            RDFS.comment,
            Literal(
                "The name in the autokg property graph (label, relationship type or property) that "
                "this term exports.",
                lang="en",
            ),
        )
    )
    kinds = {"class": OWL.Class, "object": OWL.ObjectProperty, "data": OWL.DatatypeProperty}
    for term in _ontology_terms():
        rdf.add((term.iri, RDF.type, kinds[term.kind]))
        rdf.add((term.iri, RDFS.label, Literal(_label(term.name), lang="en")))
        rdf.add((term.iri, RDFS.comment, Literal(term.comment, lang="en")))
        rdf.add((term.iri, RDFS.isDefinedBy, ONTOLOGY_IRI))
        parent = RDFS.subClassOf if term.kind == "class" else RDFS.subPropertyOf
        for standard in term.parents:
            rdf.add((term.iri, parent, standard))
        if term.graph_name:
            rdf.add((term.iri, AUT.graphName, Literal(term.graph_name)))
        if term.range is not None:
            rdf.add((term.iri, RDFS.range, term.range))
    for name, standard in STANDARD_PROPERTIES.items():
        rdf.add((standard, AUT.graphName, Literal(name)))
    return rdf


def _label(name: str) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return words[:1].lower() + words[1:] if name[:1].islower() else words


def ontology_turtle() -> str:
    header = (
        "# The autokg ontology: the RDF vocabulary of `autokg export --format turtle|json-ld|nt`.\n"
        "# generated from kg/export/rdf_mapping.py by `autokg schema`; do not edit by hand\n"
    )
    return header + ontology().serialize(format="turtle")
