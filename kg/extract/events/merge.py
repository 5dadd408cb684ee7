"""One event per fact: merging the events several sentences state.

Two events are one fact when their type and main participants agree and nothing they state
contradicts: dates agree at the coarser precision, figures are equal or one of them has none.
A rumour later denied is one denied event; a rounded sales figure yields to the precise one; a
recall's models stated in a later sentence join the recall."""

from kg.extract.document import Doc
from kg.extract.events.base import unique
from kg.extract.facts import RawEvent

_STATUS_WEIGHT = {
    "denied": 6,
    "cancelled": 5,
    "completed": 3,
    "announced": 2,
    "planned": 2,
    "reported": 1,
    "rumored": 0,
}
_BY_SUBJECT = ("MarketExit", "Restructuring", "Merger")


def merge_events(doc: Doc, events: list[RawEvent]) -> list[RawEvent]:
    """One event per fact: a rumour later denied is one denied event; a rounded figure yields."""
    kept: list[RawEvent] = []
    for event in events:
        twin = next((k for k in kept if _same_fact(doc, k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        if event.type == "Recall":
            twin.participants = unique(twin.participants + event.participants)
            twin.quantity = twin.quantity or event.quantity
            twin.unit = twin.unit or event.unit
            if _precision(event.date) > _precision(twin.date):
                twin.date, twin.date_precision = event.date, event.date_precision
            continue
        if event.type == "Merger":
            _join(twin, event)
            continue
        if _better(event, twin):
            event.participants = unique(
                event.participants
                + [
                    p
                    for p in twin.participants
                    if p[1] in ("venue", "market", "location")
                    and p[1] not in [r for _, r in event.participants]
                ]
            )
            if event.reported_by is None:
                event.reported_by = twin.reported_by
            if event.quantity is None and twin.quantity is not None:
                event.quantity, event.unit = twin.quantity, twin.unit
            kept[kept.index(twin)] = event
    return kept


def _join(kept: RawEvent, new: RawEvent) -> None:
    """One merger stated twice: every party, the stronger status, the more precise date."""
    kept.participants = unique(
        kept.participants + [p for p in new.participants if p[0] not in dict(kept.participants)]
    )
    if _STATUS_WEIGHT[new.status] > _STATUS_WEIGHT[kept.status]:
        kept.status = new.status
    if _precision(new.date) > _precision(kept.date) and _dates_agree(kept, new):
        kept.date, kept.date_precision = new.date, new.date_precision


def _same_fact(doc: Doc, a: RawEvent, b: RawEvent) -> bool:
    if a.type != b.type:
        return False
    subject_a, subject_b = set(a.keys_with_role("subject")), set(b.keys_with_role("subject"))
    if a.type in ("Debut", "Launch"):
        return (
            (bool(subject_a & subject_b) or _variant_pair(doc, subject_a, subject_b))
            and _dates_agree(a, b)
            and _figures_agree(a, b)
        )
    if a.type in ("SalesReport", "FinancialResult"):
        if subject_a != subject_b or (a.period_start, a.period_end) != (
            b.period_start,
            b.period_end,
        ):
            return False
        if a.quantity is None or b.quantity is None:
            return False
        return abs(a.quantity - b.quantity) <= 0.03 * max(a.quantity, b.quantity)
    if a.type == "Recall":
        return subject_a == subject_b and _figures_agree(a, b) and _dates_agree(a, b)
    if a.type == "Anniversary":
        return subject_a == subject_b and a.quantity == b.quantity
    if a.type == "ExecutiveChange":
        people_a = {k for k, r in a.participants if r in ("person", "predecessor")}
        people_b = {k for k, r in b.participants if r in ("person", "predecessor")}
        return a.participant_keys() == b.participant_keys() or (
            subject_a == subject_b and bool(people_a & people_b) and _dates_agree(a, b)
        )
    if a.participant_keys() == b.participant_keys():
        if a.type in ("Restructuring", "Investment"):
            return _figures_agree(a, b) and _dates_agree(a, b)
        return True
    return (
        a.type in _BY_SUBJECT
        and bool(subject_a)
        and subject_a == subject_b
        and _figures_agree(a, b)
        and (_dates_agree(a, b) or a.type != "Restructuring")
    )


def _precision(date: str | None) -> int:
    return len(date or "")


def _dates_agree(a: RawEvent, b: RawEvent) -> bool:
    if not a.date or not b.date:
        return True
    size = min(len(a.date), len(b.date))
    return a.date[:size] == b.date[:size]


def _figures_agree(a: RawEvent, b: RawEvent) -> bool:
    if a.quantity is None or b.quantity is None:
        return True
    return a.unit == b.unit and abs(a.quantity - b.quantity) <= 0.03 * max(
        abs(a.quantity), abs(b.quantity)
    )


def _variant_pair(doc: Doc, a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            info_x, info_y = doc.entities.get(x), doc.entities.get(y)
            if (info_x and info_x.base_key == y) or (info_y and info_y.base_key == x):
                return True
    return False


def _better(new: RawEvent, old: RawEvent) -> bool:
    if new.type in ("SalesReport", "FinancialResult"):
        return new.quantity_rank > old.quantity_rank
    if new.type in ("Debut", "Launch", "ExecutiveChange"):
        return any(r == "subject" for _, r in new.participants) and len(new.participants) > len(
            old.participants
        )
    return _STATUS_WEIGHT[new.status] > _STATUS_WEIGHT[old.status]
