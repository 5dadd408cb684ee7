"""Pydantic models passed between loading, extraction and storing."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kg.model.vocabulary import (
    DatePrecision,
    EntityLabel,
    EventStatus,
    EventType,
    RelationType,
    Role,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Article(_Model):
    """One article as a loader read it: metadata plus the body text that offsets point into."""

    id: str
    title: str = ""
    published: str = Field(description="publication date, YYYY-MM-DD")
    published_source: str = "header"
    publisher: str = ""
    url: str = ""
    author: str = ""
    source_path: str = ""
    text: str

    @property
    def word_count(self) -> int:
        return len(self.text.split())


class Span(_Model):
    start: int
    end: int


class Entity(_Model):
    id: str
    name: str
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list)
    qid: str | None = None
    kind: str | None = None
    country: str | None = None
    in_kb: bool = False
    mentions: list[Span] = Field(default_factory=list)


class Relation(_Model):
    subject: str
    subject_id: str
    type: RelationType
    object: str
    object_id: str
    props: dict[str, Any] = Field(default_factory=dict)
    evidence: str
    evidence_start: int
    evidence_end: int
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)


class Participant(_Model):
    name: str
    id: str
    role: Role


class Event(_Model):
    id: str
    type: EventType
    date: str | None = None
    date_precision: DatePrecision | None = None
    period_start: str | None = None
    period_end: str | None = None
    status: EventStatus
    participants: list[Participant]
    quantity: float | None = None
    unit: str | None = None
    reported_by: str | None = None
    evidence: str
    evidence_start: int
    evidence_end: int
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)


class ArticleFacts(_Model):
    """Everything one article states, ready to store or to score."""

    source: str
    article: Article
    entities: list[Entity]
    relations: list[Relation]
    events: list[Event]

    def to_eval_json(self) -> dict[str, Any]:
        """The evaluation format of shared/eval-format.md, plus ids, offsets and rule names."""
        return {
            "source": self.source,
            "article": {
                "id": self.article.id,
                "title": self.article.title,
                "published": self.article.published,
                "publisher": self.article.publisher,
                "url": self.article.url,
            },
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "label": e.label,
                    "aliases": e.aliases,
                    **({"qid": e.qid} if e.qid else {}),
                    "offsets": [[m.start, m.end] for m in e.mentions],
                }
                for e in self.entities
            ],
            "relations": [r.model_dump(exclude_none=True) for r in self.relations],
            "events": [
                {k: v for k, v in ev.model_dump().items() if v is not None} for ev in self.events
            ],
        }
