"""Backend-neutral rows: an article's facts flattened into the parameter rows of batched writes.

Both backends send `UNWIND $rows AS row ...` statements; this module decides what goes in the
rows, the backend's cypher module decides the statement text.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.kb import Catalog, KbEntity, KbFact
from kg.model import ArticleFacts, Entity
from kg.model.dates import interval_of
from kg.model.graph_schema import PROVENANCE_PROPERTIES, rel_type

Row = dict[str, Any]
KB_SOURCE = "kb"


@dataclass
class WritePlan:
    """Everything one article adds to the graph, grouped the way statements need it."""

    article: Row
    publisher: Row | None
    nodes: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))
    events: list[Row] = field(default_factory=list)
    involves: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    mentions: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))

    def node_count(self) -> int:
        return sum(len(r) for r in self.nodes.values()) + len(self.events)


def entity_row(entity: Entity | KbEntity) -> Row:
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": sorted(set(entity.aliases)),
        "qid": entity.qid,
        "kind": entity.kind,
        "country": entity.country,
        "in_kb": isinstance(entity, KbEntity) or bool(getattr(entity, "in_kb", False)),
    }


def _provenance(source: str, published: str, **values: Any) -> Row:
    row: Row = {p.name: None for p in PROVENANCE_PROPERTIES}
    row.update(values)
    row["source"] = source
    row["published"] = published
    return row


def fact_key(source: str, props: dict[str, Any]) -> str:
    """Two successive holdings stated by one source stay two facts."""
    parts = [source, *(str(props.get(k) or "") for k in ("title", "since", "until"))]
    return "|".join(parts).rstrip("|")


def _rel_row(rel_name: str, s: str, o: str, props: dict[str, Any], prov: Row) -> Row:
    row: Row = {"s": s, "o": o}
    if any(p.name == "fact_key" for p in rel_type(rel_name).properties):
        props = {**props, "fact_key": fact_key(prov["source"], props)}
    for prop in rel_type(rel_name).properties:
        if prop.name in props:
            value = props[prop.name]
            row[prop.name] = float(value) if prop.type == "DOUBLE" and value is not None else value
        elif prop.name not in prov:
            row[prop.name] = None
    row.update({k: v for k, v in prov.items() if k not in props})
    return row


def plan_article(facts: ArticleFacts, kb: Catalog | None) -> WritePlan:
    """Flatten an article's facts (and the KB's background facts on what it names) into rows."""
    art = facts.article
    labels: dict[str, str] = {}
    plan = WritePlan(
        article={
            "id": art.id,
            "title": art.title,
            "url": art.url,
            "published": art.published,
            "published_source": art.published_source,
            "publisher": art.publisher,
            "author": art.author,
            "source_path": art.source_path,
            "text": art.text,
            "word_count": art.word_count,
        },
        publisher=None,
    )

    def add_node(entity: Entity | KbEntity) -> None:
        if entity.id in labels:
            return
        labels[entity.id] = entity.label
        plan.nodes[entity.label].append(entity_row(entity))

    for entity in facts.entities:
        add_node(entity)
        plan.mentions[entity.label].append({"id": entity.id, "count": max(1, len(entity.mentions))})
        if entity.label == "Publisher" and entity.name == art.publisher:
            plan.publisher = {"id": entity.id}

    for rel in facts.relations:
        prov = _provenance(
            art.id,
            art.published,
            evidence=rel.evidence,
            evidence_start=rel.evidence_start,
            evidence_end=rel.evidence_end,
            rule=rel.rule,
            confidence=rel.confidence,
        )
        key = (rel.type, labels[rel.subject_id], labels[rel.object_id])
        plan.rels[key].append(_rel_row(rel.type, rel.subject_id, rel.object_id, rel.props, prov))

    if kb is not None:
        _add_kb_background(plan, kb, labels, add_node)

    for event in facts.events:
        start, end = interval_of(event.date) if event.date else (None, None)
        plan.events.append(
            {
                "id": event.id,
                "type": event.type,
                "date": event.date,
                "date_precision": event.date_precision,
                "date_start": start,
                "date_end": end,
                "period_start": event.period_start,
                "period_end": event.period_end,
                "status": event.status,
                "quantity": event.quantity,
                "unit": event.unit,
                "reported_by": event.reported_by,
                "summary": summarise(
                    event.type, event.status, event.participants, event.quantity, event.unit
                ),
                **_provenance(
                    art.id,
                    art.published,
                    evidence=event.evidence,
                    evidence_start=event.evidence_start,
                    evidence_end=event.evidence_end,
                    rule=event.rule,
                    confidence=event.confidence,
                ),
            }
        )
        for p in event.participants:
            plan.involves[labels[p.id]].append({"event": event.id, "entity": p.id, "role": p.role})
    return plan


def summarise(
    type_: str, status: str, participants: Any, quantity: float | None, unit: str | None
) -> str:
    names = ", ".join(f"{p.name} ({p.role})" for p in participants)
    figure = ""
    if quantity is not None:
        number = int(quantity) if float(quantity).is_integer() else quantity
        figure = (
            f": {number:,} {unit or ''}".rstrip()
            if isinstance(number, int)
            else f": {number} {unit or ''}".rstrip()
        )
    return f"{type_} [{status}] {names}{figure}"


def _add_kb_background(plan: WritePlan, kb: Catalog, labels: dict[str, str], add_node: Any) -> None:
    """Ownership and partnership facts of the KB about the organisations the article names.

    They keep the KB as their source, never the article, and follow ownership chains upwards so
    that every named brand reaches its ultimate parent.
    """
    added: set[int] = set()
    for eid in [e for e in labels if e in kb.entities]:
        for fact, subject, obj, key, row in _kb_chain(kb, eid):
            if id(fact) in added:
                continue
            added.add(id(fact))
            add_node(subject)
            add_node(obj)
            plan.rels[key].append(dict(row))


_KbLink = tuple[KbFact, KbEntity, KbEntity, tuple[str, str, str], Row]
_KB_CHAINS: dict[int, tuple[Catalog, dict[str, tuple[_KbLink, ...]]]] = {}


def _kb_chain(kb: Catalog, start: str) -> tuple[_KbLink, ...]:
    """The KB facts reachable from one entity, with their rows: worked out once per entity
    (every article naming a brand repeats its chain of owners)."""
    cached = _KB_CHAINS.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _KB_CHAINS[id(kb)] = (kb, {})
    chains = cached[1]
    if start in chains:
        return chains[start]
    links: list[_KbLink] = []
    frontier, seen = [start], set()
    while frontier:
        eid = frontier.pop()
        if eid in seen:
            continue
        seen.add(eid)
        candidates = [f for f in kb.facts_about([eid]) if f.type == "OWNED_BY"]
        candidates += [f for f in kb.facts_pointing_at(eid) if f.type == "PARTNER_IN"]
        for fact in candidates:
            subject, obj = kb.entities[fact.subject_id], kb.entities[fact.object_id]
            prov = _provenance(KB_SOURCE, "", rule="kb", confidence=1.0)
            prov["published"] = None
            key = (fact.type, subject.label, obj.label)
            row = _rel_row(fact.type, subject.id, obj.id, dict(fact.props), prov)
            links.append((fact, subject, obj, key, row))
            frontier.append(obj.id if fact.type == "OWNED_BY" else subject.id)
    chains[start] = tuple(links)
    return chains[start]
