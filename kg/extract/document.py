"""The working state of one extraction: sentences, mentions and the entities they resolve to."""

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from kg.extract.sentences import Sentence
from kg.ids import entity_id
from kg.kb import KbEntity
from kg.model import Article


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str
    label: str
    kb: KbEntity | None = None
    rule: str = "kb-alias"
    maker_key: str | None = None
    base_key: str | None = None
    sentence: int = -1

    @property
    def length(self) -> int:
        return self.end - self.start

    def sentence_index_hint(self, doc: "Doc") -> int:
        if self.sentence >= 0:
            return self.sentence
        found = doc.sentence_of(self.start)
        return found.index if found is not None else -1


@dataclass
class EntityInfo:
    key: str
    name: str
    label: str
    kb: KbEntity | None = None
    aliases: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)
    maker_key: str | None = None
    base_key: str | None = None

    @property
    def id(self) -> str:
        return self.kb.id if self.kb else entity_id(self.label, self.name)


@dataclass
class Doc:
    article: Article
    text: str
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    demonyms: list[tuple[int, int, KbEntity]] = field(default_factory=list)
    last_period: Any = None
    _starts: list[int] = field(init=False, repr=False)
    _by_sentence: dict[int, list[Mention]] | None = field(default=None, init=False, repr=False)
    _in_vehicles: set[int] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence holding offset (sentences are ordered and do not overlap), or None."""
        at = bisect_right(self._starts, offset) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return None

    def index_mentions(self) -> None:
        """Buckets the mentions by sentence, once they and their sentences are final."""
        buckets: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            buckets.setdefault(mention.sentence, []).append(mention)
        self._by_sentence = buckets
        self._in_vehicles = {
            id(m) for bucket in buckets.values() for m in bucket if self._inside_vehicle(m, bucket)
        }

    @staticmethod
    def _inside_vehicle(mention: Mention, same_sentence: list[Mention]) -> bool:
        return any(
            v.label == "Vehicle" and v.start <= mention.start and mention.end <= v.end
            for v in same_sentence
            if v is not mention
        )

    def inside_vehicle(self, mention: Mention) -> bool:
        """Whether the mention is part of a vehicle's name ('Nissan' in 'Nissan Leaf')."""
        if self._by_sentence is not None:
            return id(mention) in self._in_vehicles
        return self._inside_vehicle(
            mention, [m for m in self.mentions if m.sentence == mention.sentence]
        )

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        if self._by_sentence is not None:
            return list(self._by_sentence.get(sentence.index, ()))
        return [m for m in self.mentions if m.sentence == sentence.index]

    def entity(self, key: str) -> EntityInfo:
        return self.entities[key]
