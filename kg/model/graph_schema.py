"""The graph schema: the single source of truth for every store, export and document.

Ladybug DDL, Neo4j constraints, schema/graph.json and schema/README.md are all derived from
the structures below (see kg.schema_files); nothing is kept by hand twice.
"""

from dataclasses import dataclass, field
from typing import Literal

from kg.model.vocabulary import ENTITY_LABELS, ORGANISATION_LABELS

PropertyType = Literal["STRING", "STRING[]", "DOUBLE", "INT64", "BOOLEAN"]


@dataclass(frozen=True)
class Property:
    name: str
    type: PropertyType
    description: str


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    properties: tuple[Property, ...]
    key: str = "id"


@dataclass(frozen=True)
class RelType:
    name: str
    description: str
    endpoints: tuple[tuple[str, str], ...]
    properties: tuple[Property, ...] = field(default=())
    merge_key: tuple[str, ...] = ()


def _p(name: str, type_: PropertyType, description: str) -> Property:
    return Property(name, type_, description)


ENTITY_PROPERTIES: tuple[Property, ...] = (
    _p("id", "STRING", "stable id derived from the canonical identity"),
    _p("name", "STRING", "canonical English name"),
    _p("aliases", "STRING[]", "other names seen in the reference KB or in articles"),
    _p("qid", "STRING", "Wikidata item id, where the reference KB knows it"),
    _p("kind", "STRING", "finer kind: carmaker, supplier, country, city, factory..."),
    _p("country", "STRING", "home country, where known"),
    _p("in_kb", "BOOLEAN", "true when the entity comes from the reference knowledge base"),
)

ENTITY_DESCRIPTIONS: dict[str, str] = {
    "Company": "carmakers, groups, holding companies, suppliers, tech firms",
    "Brand": "a marque or model series inside a company",
    "JointVenture": "a joint venture of two or more companies",
    "Person": "a named person",
    "Vehicle": "a model, trim, edition, market version or concept",
    "Place": "a country, region, city, district or named factory",
    "AutoShow": "a motor show, named without the year",
    "Publisher": "a news outlet: the article's publisher or a source it cites",
}

FACT_KEY = Property(
    "fact_key",
    "STRING",
    "what makes the fact one fact: its source, plus its dates (and title) when it has them",
)

PROVENANCE_PROPERTIES: tuple[Property, ...] = (
    _p("source", "STRING", "id of the article stating the fact, or 'kb' for the reference KB"),
    _p("evidence", "STRING", "the sentence stating the fact, verbatim"),
    _p("evidence_start", "INT64", "character offset of the evidence in the article text"),
    _p("evidence_end", "INT64", "end offset (exclusive) of the evidence in the article text"),
    _p("rule", "STRING", "name of the rule or method that produced the fact"),
    _p("confidence", "DOUBLE", "the rule's confidence, 0..1"),
    _p("published", "STRING", "publication date of the stating article (YYYY-MM-DD)"),
)

TENURE_PROPERTIES: tuple[Property, ...] = (
    _p("since", "STRING", "start date: YYYY, YYYY-MM or YYYY-MM-DD"),
    _p("until", "STRING", "end date, for a holding or role that has ended"),
)

EVENT_NODE = NodeType(
    "Event",
    "something that happened or was announced, reported, rumoured or denied",
    (
        _p("id", "STRING", "stable id: article, type, participants, date and figures"),
        _p("type", "STRING", "one of the 16 event types"),
        _p("date", "STRING", "when it happens: YYYY, YYYY-MM or YYYY-MM-DD"),
        _p("date_precision", "STRING", "day, month or year"),
        _p("date_start", "STRING", "first day covered by date (YYYY-MM-DD), for sorting"),
        _p("date_end", "STRING", "last day covered by date (YYYY-MM-DD)"),
        _p("period_start", "STRING", "first day of the reported period (sales, results)"),
        _p("period_end", "STRING", "last day of the reported period"),
        _p(
            "status",
            "STRING",
            "completed, announced, planned, reported, rumored, denied, cancelled",
        ),
        _p("quantity", "DOUBLE", "the figure stated, as a plain number"),
        _p("unit", "STRING", "vehicles, USD, EUR, CNY, JPY, GBP, percent, jobs, years, models..."),
        _p("reported_by", "STRING", "the outlet the article credits for the fact"),
        _p("summary", "STRING", "a one-line description built from the fact's fields"),
        *PROVENANCE_PROPERTIES,
    ),
)

ARTICLE_NODE = NodeType(
    "Article",
    "a loaded news article",
    (
        _p("id", "STRING", "stable id from the normalised URL or text"),
        _p("title", "STRING", "headline"),
        _p("url", "STRING", "where the article was published, if known"),
        _p("published", "STRING", "publication date (YYYY-MM-DD)"),
        _p(
            "published_source",
            "STRING",
            "where the date came from: header, metadata, default, mtime",
        ),
        _p("publisher", "STRING", "the outlet's canonical name"),
        _p("author", "STRING", "byline, if known"),
        _p("source_path", "STRING", "the file it was loaded from"),
        _p("text", "STRING", "the body text; fact offsets point into it"),
        _p("word_count", "INT64", "words in the body"),
    ),
)

NODE_TYPES: tuple[NodeType, ...] = (
    *(NodeType(label, ENTITY_DESCRIPTIONS[label], ENTITY_PROPERTIES) for label in ENTITY_LABELS),
    EVENT_NODE,
    ARTICLE_NODE,
)

_ORGS = ORGANISATION_LABELS
_OWNERS = (*_ORGS, "Person")

REL_TYPES: tuple[RelType, ...] = (
    RelType(
        "OWNED_BY",
        "owned brand or company -> owner (company or person); any stated shareholding",
        tuple((a, b) for a in _ORGS for b in _OWNERS),
        (
            FACT_KEY,
            _p("stake", "DOUBLE", "percent held"),
            *TENURE_PROPERTIES,
            *PROVENANCE_PROPERTIES,
        ),
        ("fact_key",),
    ),
    RelType(
        "PARTNER_IN",
        "parent company -> joint venture",
        tuple((a, "JointVenture") for a in ("Company", "Brand", "JointVenture")),
        (
            FACT_KEY,
            _p("stake", "DOUBLE", "percent held"),
            *TENURE_PROPERTIES,
            *PROVENANCE_PROPERTIES,
        ),
        ("fact_key",),
    ),
    RelType(
        "MAKES",
        "brand, company or joint venture -> vehicle",
        tuple((a, "Vehicle") for a in _ORGS),
        PROVENANCE_PROPERTIES,
        ("source",),
    ),
    RelType(
        "VARIANT_OF",
        "trim, edition, market version or concept -> base vehicle",
        (("Vehicle", "Vehicle"),),
        PROVENANCE_PROPERTIES,
        ("source",),
    ),
    RelType(
        "HOLDS_ROLE",
        "person -> organisation, with a title",
        tuple(("Person", b) for b in _ORGS),
        (
            FACT_KEY,
            _p("title", "STRING", "the title as written"),
            *TENURE_PROPERTIES,
            *PROVENANCE_PROPERTIES,
        ),
        ("fact_key",),
    ),
    RelType(
        "INVOLVES",
        "event -> participant, with the participant's role",
        tuple(("Event", b) for b in ENTITY_LABELS),
        (_p("role", "STRING", "subject, object, partner, maker, venue, market..."),),
        ("role",),
    ),
    RelType(
        "EXTRACTED_FROM",
        "event -> the article that states it",
        (("Event", "Article"),),
    ),
    RelType(
        "PUBLISHED_BY",
        "article -> its publisher",
        (("Article", "Publisher"),),
    ),
    RelType(
        "MENTIONS",
        "article -> an entity it names",
        tuple(("Article", b) for b in ENTITY_LABELS),
        (_p("count", "INT64", "how many times the article names the entity"),),
    ),
)

FACT_RELATIONS: tuple[str, ...] = ("OWNED_BY", "PARTNER_IN", "MAKES", "VARIANT_OF", "HOLDS_ROLE")


def node_type(label: str) -> NodeType:
    for node in NODE_TYPES:
        if node.label == label:
            return node
    raise KeyError(label)


def rel_type(name: str) -> RelType:
    for rel in REL_TYPES:
        if rel.name == name:
            return rel
    raise KeyError(name)
