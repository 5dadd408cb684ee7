"""Entity arguments: a name, an alias or an id, resolved to one node of the graph.

Matching is case-insensitive and runs as Cypher over the entity labels, so it works the same on
every store. The best kind of match wins: the id itself, then the canonical name, then the name
in another case, then an alias, then an alias the reference knowledge base knows for a canonical
name in the graph. A name that matches nothing raises EntityNotFoundError with the closest names
of the graph; one that matches several entities equally well raises AmbiguousEntityError listing
them with their ids (which always resolve to exactly one).
"""

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.errors import AmbiguousEntityError, AutokgError, EntityNotFoundError
from kg.model.vocabulary import ENTITY_LABELS
from kg.store.base import GraphStore

_RANKS = ("id", "name", "name (other case)", "alias", "reference KB alias")


@dataclass(frozen=True)
class EntityRef:
    id: str
    name: str
    label: str

    def __str__(self) -> str:
        return f"{self.name} ({self.label}, {self.id})"


def _labels(labels: Sequence[str] | None) -> tuple[str, ...]:
    chosen = tuple(labels) if labels else ENTITY_LABELS
    unknown = [label for label in chosen if label not in ENTITY_LABELS]
    if unknown:
        raise ValueError(f"not entity labels: {unknown}")
    return chosen


def match_statement(labels: Sequence[str] | None = None) -> str:
    """One UNION ALL branch per label; `rank` orders the kinds of match (0 is best)."""
    # The parameter is bound to a variable first: Ladybug cannot read a $parameter inside a
    # list predicate such as any(a IN ... WHERE ...).
    branches = [
        f"WITH $text AS text, toLower($text) AS lower MATCH (n:{label}) "
        "WHERE n.id = text OR toLower(n.name) = lower "
        "OR any(a IN n.aliases WHERE toLower(a) = lower) "
        "RETURN n.id AS id, n.name AS name, "
        f"'{label}' AS label, "
        "CASE WHEN n.id = text THEN 0 WHEN n.name = text THEN 1 "
        "WHEN toLower(n.name) = lower THEN 2 ELSE 3 END AS rank"
        for label in _labels(labels)
    ]
    return " UNION ALL ".join(branches)


def names_statement(labels: Sequence[str] | None = None) -> str:
    """Every name and alias of the given labels, for suggestions."""
    return " UNION ALL ".join(
        f"MATCH (n:{label}) RETURN n.name AS name, n.aliases AS aliases"
        for label in _labels(labels)
    )


def find_entities(
    store: GraphStore, text: str, labels: Sequence[str] | None = None
) -> list[tuple[int, EntityRef]]:
    """Every entity that `text` names, with the rank of the match (lower is better)."""
    wanted = text.strip()
    result = store.query(match_statement(labels), {"text": wanted})
    found: dict[tuple[str, str], tuple[int, EntityRef]] = {}
    for record in result.records():
        ref = EntityRef(record["id"], record["name"], record["label"])
        rank = int(record["rank"])
        key = (ref.id, ref.label)
        if key not in found or rank < found[key][0]:
            found[key] = (rank, ref)
    if not found:
        for kb_name in _reference_names(wanted):
            again = store.query(match_statement(labels), {"text": kb_name})
            for record in again.records():
                ref = EntityRef(record["id"], record["name"], record["label"])
                found[(ref.id, ref.label)] = (len(_RANKS) - 1, ref)
    return sorted(found.values(), key=lambda item: (item[0], item[1].name, item[1].label))


def _reference_names(text: str) -> tuple[str, ...]:
    """The canonical names the reference knowledge base gives `text` as an alias."""
    try:
        index = _kb_aliases()
    except AutokgError:
        return ()
    return index.get(text.casefold(), ())


@cache
def _kb_aliases() -> dict[str, tuple[str, ...]]:
    from kg.kb import catalog

    index: dict[str, set[str]] = {}
    for entity in catalog().entities.values():
        for alias in entity.aliases:
            index.setdefault(alias.casefold(), set()).add(entity.name)
    return {alias: tuple(sorted(names)) for alias, names in index.items()}


def suggestions(
    store: GraphStore, text: str, labels: Sequence[str] | None = None, limit: int = 5
) -> list[str]:
    """The canonical names closest to `text`: names containing it first, then look-alikes."""
    lowered = text.strip().lower()
    by_form: dict[str, str] = {}
    for record in store.query(names_statement(labels)).records():
        name = record["name"]
        if not name:
            continue
        for form in [name, *(record["aliases"] or [])]:
            by_form.setdefault(form.lower(), name)
    chosen: list[str] = []
    containing = sorted({name for form, name in by_form.items() if lowered and lowered in form})
    for name in sorted(containing, key=len):
        if name not in chosen:
            chosen.append(name)
    for form in difflib.get_close_matches(lowered, list(by_form), n=limit * 2, cutoff=0.6):
        if by_form[form] not in chosen:
            chosen.append(by_form[form])
    return chosen[:limit]


def resolve_entity(store: GraphStore, text: str, labels: Sequence[str] | None = None) -> EntityRef:
    """The one entity `text` names; EntityNotFoundError or AmbiguousEntityError otherwise."""
    matches = find_entities(store, text, labels)
    kinds = " or ".join(labels) if labels else "entity"
    if not matches:
        close = suggestions(store, text, labels)
        hint = f"; closest names: {', '.join(close)}" if close else ""
        raise EntityNotFoundError(f"no {kinds} named {text!r} in the graph{hint}")
    best = matches[0][0]
    winners = [ref for rank, ref in matches if rank == best]
    if len(winners) > 1:
        listed = "; ".join(str(ref) for ref in winners)
        raise AmbiguousEntityError(
            f"{text!r} names {len(winners)} entities ({_RANKS[best]} match): {listed}; "
            "pass the id to choose one"
        )
    return winners[0]
