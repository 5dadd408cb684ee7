"""Raw facts as the rules find them, before they become kg.model objects."""

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawRelation:
    subject: str
    type: str
    object: str
    sentence: int
    rule: str
    confidence: float
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class RawEvent:
    type: str
    sentence: int
    rule: str
    confidence: float
    status: str
    participants: list[tuple[str, str]]
    date: str | None = None
    date_precision: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    quantity: float | None = None
    unit: str | None = None
    reported_by: str | None = None
    quantity_rank: int = 0

    def participant_keys(self) -> frozenset[tuple[str, str]]:
        return frozenset(self.participants)

    def keys_with_role(self, role: str) -> list[str]:
        return [k for k, r in self.participants if r == role]
