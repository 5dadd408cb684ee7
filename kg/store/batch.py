"""Many articles' write plans merged into the rows of one transaction, deduplicated.

A store writes a batch of articles with one statement per node label and per relationship type
and endpoint labels, whatever the number of articles, instead of one per article. The rows
come out exactly as writing the articles one after another would leave the graph:

- entities: the first row of an id (a stored entity is never overwritten, so the first
  article that names it gives its properties);
- articles and events: the last row of an id (they are upserted: the last write wins);
- what an article states (its facts, mentions, events and their links): one row per merge key,
  the last one (a MERGE followed by SET leaves the last row's properties);
- background facts of the reference KB: one row per merge key, the last one.

Each of these, except entities and KB facts, can only come from the batch's own articles: a
store that has checked that none of them is stored yet (or has deleted them, to replace them)
may create them outright instead of merging.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.model import ArticleFacts
from kg.model.graph_schema import rel_type
from kg.store.base import WriteOutcome
from kg.store.rows import KB_SOURCE, Row, WritePlan

EdgeKey = tuple[str, str, str]
"""A relationship type and the labels of its endpoints: (type, from label, to label)."""


@dataclass
class BatchPlan:
    """The deduplicated rows of a batch of articles, grouped the way statements need them."""

    article_ids: list[str] = field(default_factory=list)
    entities: dict[str, list[Row]] = field(default_factory=dict)
    articles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    edges: dict[EdgeKey, list[Row]] = field(default_factory=dict)
    kb_edges: dict[EdgeKey, list[Row]] = field(default_factory=dict)

    def row_count(self) -> int:
        return (
            sum(len(r) for r in self.entities.values())
            + len(self.articles)
            + len(self.events)
            + sum(len(r) for r in self.edges.values())
            + sum(len(r) for r in self.kb_edges.values())
        )


def edge_merge_key(rel_name: str, row: Row) -> tuple[Any, ...]:
    """What makes two rows of a relationship type the same relationship."""
    return (row["s"], row["o"], *(row.get(k) for k in rel_type(rel_name).merge_key))


class _Merger:
    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Row]] = {}
        self.articles: dict[str, Row] = {}
        self.events: dict[str, Row] = {}
        self.edges: dict[EdgeKey, dict[tuple[Any, ...], Row]] = {}
        self.kb_edges: dict[EdgeKey, dict[tuple[Any, ...], Row]] = {}

    def entity(self, label: str, row: Row) -> None:
        self.entities.setdefault(label, {}).setdefault(row["id"], row)

    def edge(self, key: EdgeKey, row: Row, kb: bool = False) -> None:
        table = self.kb_edges if kb else self.edges
        table.setdefault(key, {})[edge_merge_key(key[0], row)] = row

    def add(self, plan: WritePlan) -> None:
        article_id = plan.article["id"]
        for label, rows in plan.nodes.items():
            for row in rows:
                self.entity(label, row)
        self.articles[article_id] = plan.article
        if plan.publisher:
            self.edge(
                ("PUBLISHED_BY", "Article", "Publisher"),
                {"s": article_id, "o": plan.publisher["id"]},
            )
        for label, rows in plan.mentions.items():
            for r in rows:
                self.edge(
                    ("MENTIONS", "Article", label),
                    {"s": article_id, "o": r["id"], "count": r["count"]},
                )
        for key, rows in plan.rels.items():
            for row in rows:
                self.edge(key, row, kb=row["source"] == KB_SOURCE)
        for event in plan.events:
            self.events[event["id"]] = event
            self.edge(("EXTRACTED_FROM", "Event", "Article"), {"s": event["id"], "o": article_id})
        for label, rows in plan.involves.items():
            for r in rows:
                self.edge(
                    ("INVOLVES", "Event", label),
                    {"s": r["event"], "o": r["entity"], "role": r["role"]},
                )


def merge_plans(plans: Iterable[WritePlan]) -> BatchPlan:
    """The plans of distinct articles, in input order, as one batch of deduplicated rows."""
    merger = _Merger()
    ids: list[str] = []
    for plan in plans:
        ids.append(plan.article["id"])
        merger.add(plan)
    return BatchPlan(
        article_ids=ids,
        entities={label: list(rows.values()) for label, rows in sorted(merger.entities.items())},
        articles=list(merger.articles.values()),
        events=list(merger.events.values()),
        edges={key: list(rows.values()) for key, rows in sorted(merger.edges.items())},
        kb_edges={key: list(rows.values()) for key, rows in sorted(merger.kb_edges.items())},
    )


def distinct_articles(
    batch: Sequence[ArticleFacts], replace: bool = False
) -> dict[str, ArticleFacts]:
    """One article per id, in input order: the first of an id (a second write of a stored
    article changes nothing), or with replace the last (each replaces the one before)."""
    chosen: dict[str, ArticleFacts] = {}
    for facts in batch:
        if replace or facts.article.id not in chosen:
            chosen[facts.article.id] = facts
    return chosen


def outcomes(
    batch: Sequence[ArticleFacts], plans: dict[str, WritePlan], replace: bool = False
) -> list[WriteOutcome]:
    """One outcome per article of the batch, in order, as writing them one after another
    reports them: an article met again in the batch is written again only with replace."""
    reported: set[str] = set()
    result = []
    for facts in batch:
        article_id = facts.article.id
        plan = plans.get(article_id)
        if plan is None or (article_id in reported and not replace):
            result.append(WriteOutcome(article_id, written=False))
        else:
            result.append(outcome(plan))
        reported.add(article_id)
    return result


def outcome(plan: WritePlan) -> WriteOutcome:
    """What writing one article adds: its nodes and relationships, as the plan counts them."""
    relationships = (
        (1 if plan.publisher else 0)
        + sum(len(r) for r in plan.mentions.values())
        + sum(len(r) for r in plan.rels.values())
        + len(plan.events)
        + sum(len(r) for r in plan.involves.values())
    )
    return WriteOutcome(plan.article["id"], True, plan.node_count() + 1, relationships)
