"""The reference knowledge base, loaded once, validated, and indexed by name and alias."""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kg.errors import KnowledgeBaseError
from kg.ids import entity_id
from kg.kb.records import (
    AutoShowRecord,
    BrandRecord,
    CompanyRecord,
    JointVentureRecord,
    PersonRecord,
    PlaceRecord,
    PublisherRecord,
)

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class KbEntity:
    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    kind: str | None = None
    country: str | None = None
    models: tuple[str, ...] = ()
    common_word: bool = False
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class KbFact:
    """A background fact of the KB: (subject)-[type {props}]->(object)."""

    subject_id: str
    type: str
    object_id: str
    props: dict[str, object] = field(default_factory=dict)


@dataclass
class Catalog:
    entities: dict[str, KbEntity]
    facts: list[KbFact]
    by_name: dict[str, KbEntity]

    def get(self, name: str) -> KbEntity | None:
        return self.by_name.get(name.casefold())

    def __post_init__(self) -> None:
        self._by_subject: dict[str, list[KbFact]] = {}
        self._by_object: dict[str, list[KbFact]] = {}
        for fact in self.facts:
            self._by_subject.setdefault(fact.subject_id, []).append(fact)
            self._by_object.setdefault(fact.object_id, []).append(fact)

    def facts_about(self, entity_ids: Iterable[str]) -> list[KbFact]:
        return [f for eid in dict.fromkeys(entity_ids) for f in self._by_subject.get(eid, [])]

    def facts_pointing_at(self, entity_id: str) -> list[KbFact]:
        return self._by_object.get(entity_id, [])

    def owner_of(self, entity_id_: str) -> KbEntity | None:
        for fact in self._by_subject.get(entity_id_, []):
            if fact.type == "OWNED_BY" and not fact.props.get("until"):
                return self.entities[fact.object_id]
        return None

    def partners_of(self, jv_id: str) -> list[tuple[KbEntity, dict[str, object]]]:
        return [
            (self.entities[f.subject_id], f.props)
            for f in self._by_object.get(jv_id, [])
            if f.type == "PARTNER_IN"
        ]


def _read(filename: str, model: type[R]) -> list[R]:
    path = resources.files("kg.kb") / "data" / filename
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(f"kg/kb/data/{filename}: invalid JSON: {exc}") from exc
    if not isinstance(raw, list):
        raise KnowledgeBaseError(f"kg/kb/data/{filename}: expected a JSON array")
    records: list[R] = []
    for index, item in enumerate(raw):
        try:
            records.append(model.model_validate(item))
        except ValidationError as exc:
            raise KnowledgeBaseError(
                f"kg/kb/data/{filename}: entry {index}: {exc.errors()[0]['msg']}"
                f" at {exc.errors()[0]['loc']}"
            ) from exc
    return records


def _tenure(**props: object) -> dict[str, object]:
    return {k: v for k, v in props.items() if v is not None}


class _Builder:
    def __init__(self) -> None:
        self.entities: dict[str, KbEntity] = {}
        self.by_name: dict[str, KbEntity] = {}
        self.pending: list[tuple[str, str, str, dict[str, object], str]] = []

    def add(self, entity: KbEntity, source: str) -> None:
        if entity.id in self.entities:
            raise KnowledgeBaseError(f"{source}: '{entity.name}' is listed twice")
        self.entities[entity.id] = entity
        self.by_name.setdefault(entity.name.casefold(), entity)

    def link(
        self, subject_id: str, rel: str, name: str, props: dict[str, object], src: str
    ) -> None:
        self.pending.append((subject_id, rel, name, props, src))

    def resolve(self) -> list[KbFact]:
        facts = []
        for subject_id, rel, name, props, src in self.pending:
            target = self.by_name.get(name.casefold())
            if target is None:
                raise KnowledgeBaseError(f"{src}: refers to unknown entity '{name}'")
            if rel == "PARTNER_IN":
                facts.append(KbFact(target.id, rel, subject_id, props))
            else:
                facts.append(KbFact(subject_id, rel, target.id, props))
        return facts


def _load() -> Catalog:
    builder = _Builder()
    for c in _read("companies.json", CompanyRecord):
        entity = KbEntity(
            entity_id("Company", c.name),
            c.name,
            "Company",
            tuple(c.aliases),
            c.qid,
            c.kind,
            c.country,
            tuple(c.models),
            c.common_word,
        )
        builder.add(entity, "companies.json")
        for h in c.owners:
            props = _tenure(stake=h.stake, since=h.since, until=h.until)
            builder.link(entity.id, "OWNED_BY", h.owner, props, f"companies.json: {c.name}")
    for b in _read("brands.json", BrandRecord):
        entity = KbEntity(
            entity_id("Brand", b.name),
            b.name,
            "Brand",
            tuple(b.aliases),
            b.qid,
            "brand",
            b.country,
            tuple(b.models),
            b.common_word,
        )
        builder.add(entity, "brands.json")
        if b.owner:
            props = _tenure(since=b.since, until=b.until)
            builder.link(entity.id, "OWNED_BY", b.owner, props, f"brands.json: {b.name}")
    for j in _read("joint_ventures.json", JointVentureRecord):
        entity = KbEntity(
            entity_id("JointVenture", j.name),
            j.name,
            "JointVenture",
            tuple(j.aliases),
            j.qid,
            "joint venture",
            j.country,
            tuple(j.models),
        )
        builder.add(entity, "joint_ventures.json")
        for p in j.partners:
            props = _tenure(stake=p.stake, since=p.since or j.since, until=p.until or j.until)
            builder.link(
                entity.id, "PARTNER_IN", p.partner, props, f"joint_ventures.json: {j.name}"
            )
    for s in _read("auto_shows.json", AutoShowRecord):
        builder.add(
            KbEntity(entity_id("AutoShow", s.name), s.name, "AutoShow", tuple(s.aliases), s.qid),
            "auto_shows.json",
        )
    for place in _read("places.json", PlaceRecord):
        builder.add(
            KbEntity(
                entity_id("Place", place.name),
                place.name,
                "Place",
                tuple(place.aliases),
                place.qid,
                place.kind,
                place.country,
                demonyms=tuple(place.demonyms),
            ),
            "places.json",
        )
    for pub in _read("publishers.json", PublisherRecord):
        builder.add(
            KbEntity(
                entity_id("Publisher", pub.name),
                pub.name,
                "Publisher",
                tuple(pub.aliases),
                pub.qid,
                "publisher",
                pub.country,
            ),
            "publishers.json",
        )
    for person in _read("people.json", PersonRecord):
        entity = KbEntity(
            entity_id("Person", person.name),
            person.name,
            "Person",
            tuple(person.aliases),
            person.qid,
        )
        builder.add(entity, "people.json")
        for role in person.roles:
            props = _tenure(title=role.title, since=role.since, until=role.until)
            builder.link(entity.id, "HOLDS_ROLE", role.org, props, f"people.json: {person.name}")
    return Catalog(builder.entities, builder.resolve(), builder.by_name)


@cache
def catalog() -> Catalog:
    """The shipped knowledge base, loaded and validated once per process."""
    return _load()
