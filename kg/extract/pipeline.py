"""extract_article: a pure function from an article to the facts it states."""

from kg.extract.context import view
from kg.extract.document import Doc, EntityInfo
from kg.extract.events import find_events
from kg.extract.facts import RawEvent, RawRelation
from kg.extract.mentions import find_mentions
from kg.extract.relations import find_relations
from kg.extract.sentences import split_sentences
from kg.extract.triggers import EVERY, RULE_TRIGGERS
from kg.ids import entity_id, fact_id
from kg.kb import catalog
from kg.model import Article, ArticleFacts, Entity, Event, Participant, Relation
from kg.model.facts import Span


def extract_article(article: Article, source: str = "", *, gated: bool = True) -> ArticleFacts:
    """gated=False runs every rule on every sentence, as a check that the trigger words of
    kg.extract.triggers never hold a fact back (the output is the same)."""
    doc = Doc(article, article.text, split_sentences(article.text))
    find_mentions(doc)
    _add_header_publisher(doc)
    cues = RULE_TRIGGERS.cues(doc.text, doc.sentences) if gated else [EVERY] * len(doc.sentences)
    views = [view(doc, s, c) for s, c in zip(doc.sentences, cues, strict=True)]
    raw_relations = find_relations(doc, views)
    raw_events = find_events(doc, views)
    return _assemble(doc, raw_relations, raw_events, source or article.source_path)


def _add_header_publisher(doc: Doc) -> None:
    name = doc.article.publisher.strip()
    if not name:
        return
    kb = catalog().get(name)
    if kb is not None:
        doc.article.publisher = kb.name
        info = doc.entities.setdefault(kb.id, EntityInfo(kb.id, kb.name, "Publisher", kb))
    else:
        key = entity_id("Publisher", name)
        info = doc.entities.setdefault(key, EntityInfo(key, name, "Publisher"))
    info.aliases.add(name)


def _ensure_entity(doc: Doc, key: str) -> EntityInfo | None:
    if key in doc.entities:
        return doc.entities[key]
    kb = catalog().entities.get(key)
    if kb is None:
        return None
    info = EntityInfo(kb.id, kb.name, kb.label, kb)
    doc.entities[key] = info
    return info


def _sentence_span(doc: Doc, index: int) -> tuple[str, int, int]:
    sentence = doc.sentences[index]
    return sentence.text, sentence.start, sentence.end


def _assemble(
    doc: Doc, relations: list[RawRelation], events: list[RawEvent], source: str
) -> ArticleFacts:
    used: set[str] = set()
    out_relations: list[Relation] = []
    for rel in relations:
        subject, obj = _ensure_entity(doc, rel.subject), _ensure_entity(doc, rel.object)
        if subject is None or obj is None:
            continue
        evidence, start, end = _sentence_span(doc, rel.sentence)
        used.update((subject.key, obj.key))
        out_relations.append(
            Relation(
                subject=subject.name,
                subject_id=subject.id,
                type=rel.type,  # type: ignore[arg-type]
                object=obj.name,
                object_id=obj.id,
                props=rel.props,
                evidence=evidence,
                evidence_start=start,
                evidence_end=end,
                rule=rel.rule,
                confidence=rel.confidence,
            )
        )
    out_events: list[Event] = []
    for raw in events:
        participants = []
        for key, role in raw.participants:
            info = _ensure_entity(doc, key)
            if info is None:
                continue
            used.add(info.key)
            participants.append(Participant(name=info.name, id=info.id, role=role))  # type: ignore[arg-type]
        if not participants:
            continue
        evidence, start, end = _sentence_span(doc, raw.sentence)
        out_events.append(
            Event(
                id=fact_id(
                    "event",
                    doc.article.id,
                    raw.type,
                    sorted((p.id, p.role) for p in participants),
                    raw.date,
                    raw.period_start,
                    raw.period_end,
                    raw.quantity,
                ),
                type=raw.type,  # type: ignore[arg-type]
                date=raw.date,
                date_precision=raw.date_precision,  # type: ignore[arg-type]
                period_start=raw.period_start,
                period_end=raw.period_end,
                status=raw.status,  # type: ignore[arg-type]
                participants=participants,
                quantity=raw.quantity,
                unit=raw.unit,
                reported_by=raw.reported_by,
                evidence=evidence,
                evidence_start=start,
                evidence_end=end,
                rule=raw.rule,
                confidence=raw.confidence,
            )
        )
    entities = [
        Entity(
            id=info.id,
            name=info.name,
            label=info.label,  # type: ignore[arg-type]
            aliases=sorted(info.aliases),
            qid=info.kb.qid if info.kb else None,
            kind=info.kb.kind if info.kb else None,
            country=info.kb.country if info.kb else None,
            in_kb=info.kb is not None,
            mentions=[Span(start=s, end=e) for s, e in sorted(set(info.spans))],
        )
        for info in doc.entities.values()
        if info.spans or info.key in used or info.label == "Publisher"
    ]
    entities.sort(key=lambda e: (min((m.start for m in e.mentions), default=-1), e.name))
    return ArticleFacts(
        source=source,
        article=doc.article,
        entities=entities,
        relations=out_relations,
        events=out_events,
    )
