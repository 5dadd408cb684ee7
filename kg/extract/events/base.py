"""What every event rule shares: the sentence context, participants, dates and the event record."""

import re
from functools import cached_property

from kg.extract.context import SentenceView, Slot, doc_topic
from kg.extract.document import Doc
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity, find_quantities, precision_rank
from kg.extract.status import status_of
from kg.extract.temporal import DateExpr, find_dates

ORGS = ("Company", "Brand", "JointVenture")
_REPORT_CUE = re.compile(
    r"(?:according to|citing|reports?|reported|said|says|wrote|writes|cited by|per)\b",
    re.IGNORECASE,
)


class Keywords:
    """Words one of which a sentence must contain for a family of rules to find anything in it:
    whole words ("end"), or stems ending in "*" ("withdr*" for "withdrew", "withdrawal").
    `kg.extract.events.gate` looks for all of them in one pass over the article."""

    def __init__(self, words: str) -> None:
        listed = words.split()
        self.exact = frozenset(w for w in listed if not w.endswith("*"))
        self.stems = frozenset(w[:-1] for w in listed if w.endswith("*"))


class Memory:
    """What the event rules remember from the sentences before: the reporting period later
    figures refer to, and the events of the previous sentences (for sentences that continue
    them: "In the first half it managed only 12,000", "About 800 jobs will go in Britain")."""

    def __init__(self) -> None:
        self.period: DateExpr | None = None
        self.events: list[RawEvent] = []

    def last(self, type_: str, sentence: int, within: int = 1) -> RawEvent | None:
        """The latest event of a type stated at most `within` sentences before `sentence`."""
        for event in reversed(self.events):
            if event.sentence < sentence - within:
                return None
            if event.type == type_ and event.sentence < sentence:
                return event
        return None


class Ctx:
    """One sentence as the event rules see it; dates, figures and clauses on first use."""

    def __init__(self, doc: Doc, view: SentenceView, memory: Memory | None = None) -> None:
        self.doc = doc
        self.view = view
        self.memory = memory if memory is not None else Memory()

    @cached_property
    def breaks(self) -> list[int]:
        """Offsets (into the sentence) where a clause ends and another begins."""
        return [m.start() for m in CLAUSE_BREAK.finditer(self.text)]

    def clause(self, local: int) -> tuple[int, int]:
        """The clause around a sentence offset, as (start, end) offsets into the sentence."""
        start = max((b for b in self.breaks if b <= local), default=0)
        end = min((b for b in self.breaks if b > local), default=len(self.text))
        return start, end

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause(a) == self.clause(b)

    @cached_property
    def dates(self) -> list[DateExpr]:
        return find_dates(self.view.sentence.text, self.doc.article.published)

    @cached_property
    def quantities(self) -> list[Quantity]:
        """The sentence's figures, except numbers inside a vehicle's name ("Silverado 1500") or
        a date ("November 13")."""
        offset = self.view.sentence.start
        found = [shift_quantity(q, offset) for q in find_quantities(self.text)]
        if not found:
            return found
        names = [(s.start, s.end) for s in self.view.slots if s.label == "Vehicle"]
        if any(q.unit is None and (q.value <= 31 or 1900 <= q.value <= 2100) for q in found):
            names += [(d.start + offset, d.end + offset) for d in self.dates]
        return [q for q in found if not any(start <= q.start < end for start, end in names)]

    @property
    def text(self) -> str:
        return self.view.sentence.text

    @property
    def offset(self) -> int:
        return self.view.sentence.start

    def slots(self, *labels: str) -> list[Slot]:
        return [s for s in self.view.slots if s.label in labels]

    def local(self, absolute: int) -> int:
        return absolute - self.offset


_NOT_THE_DATE = re.compile(
    r"\b(?:by|until|through|before|after|since|from|to|in the|for|within)\s+"
    r"(?:the\s+(?:end|start|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
_TARGET = re.compile(r"\b(?:planned|scheduled|slated|due|set)\s+for\s+$")
_STEP = re.compile(
    r"\b(?:that|which|they|it)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"
    r"(?:\w+\s+)?(?:agreed|announced|signed|unveiled|struck|reached|proposed)\s+"
    r"(?:back\s+)?(?:in|on)\s+$"
)
_SAME_TIME = re.compile(
    r"^\W*(?:At\s+the\s+same\s+(?:time|event)|On\s+the\s+same\s+day|That\s+same\s+"
    r"(?:day|evening|morning|week)|The\s+same\s+day|Meanwhile)\b",
    re.IGNORECASE,
)


_EARLIER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six)\s+(?P<unit>month|year)s?\s+(?:earlier|before)\b"
)


def _shifted(base: DateExpr, match: re.Match[str]) -> tuple[str, str]:
    """'a month earlier' than the date of the sentence before."""
    count = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[
        match.group("n")
    ]
    year = int(base.date[:4])
    if match.group("unit") == "year":
        return f"{year - count:04d}{base.date[4:7]}", base.precision if len(
            base.date
        ) > 4 else "year"
    if len(base.date) < 7:
        return f"{year:04d}", "year"
    month = int(base.date[5:7]) - count
    while month < 1:
        month += 12
        year -= 1
    return f"{year:04d}-{month:02d}", "month"


def step_date(ctx: Ctx, d: DateExpr) -> bool:
    """'that was agreed in October 2018', 'they signed on December 23': an earlier step of the
    event the sentence is about, not its date."""
    return bool(_STEP.search(ctx.text[max(0, d.start - 40) : d.start]))


def date_for(
    ctx: Ctx, near: int | None = None, skip_steps: bool = True
) -> tuple[str | None, str | None]:
    """The event's date: the date nearest the trigger, not a deadline ("by 2027"), a target
    ("planned for 2026"), a start ("since 2019") or an earlier step; else the date of the event
    a sentence starting "At the same time" continues; else the year of publication."""
    points = [
        d
        for d in ctx.dates
        if not d.since
        and not (skip_steps and step_date(ctx, d))
        and (
            not _NOT_THE_DATE.search(ctx.text[max(0, d.start - 25) : d.start])
            or (
                near is not None
                and 0 <= d.start - near <= 30
                and _TARGET.search(ctx.text, 0, d.start)
            )
        )
    ]
    if not points:
        index = ctx.view.sentence.index
        relative = _EARLIER.search(ctx.text)
        if (_SAME_TIME.match(ctx.text) or relative) and index > 0:
            before = find_dates(ctx.doc.sentences[index - 1].text, ctx.doc.article.published)
            earlier = [d for d in before if not d.since]
            if earlier and relative:
                return _shifted(earlier[0], relative)
            if earlier:
                return earlier[0].date, earlier[0].precision
        published = ctx.doc.article.published
        return published[:4], "year"
    if near is not None:
        clause = ctx.clause(near)
        here = [d for d in points if clause[0] <= d.start < clause[1]]
        points = here or [d for d in points if d.start < near] or points
        points.sort(key=lambda d: abs(d.start - near))
    chosen = points[0]
    return chosen.date, chosen.precision


def credited_outlet(ctx: Ctx) -> str | None:
    for slot in ctx.slots("Publisher"):
        if slot.key == _header_publisher(ctx.doc):
            continue
        local_start = ctx.local(slot.start)
        window = ctx.text[max(0, local_start - 25) : local_start + len(ctx.text[local_start:])]
        if _REPORT_CUE.search(window):
            return ctx.doc.entities[slot.key].name
    return None


def _header_publisher(doc: Doc) -> str | None:
    for key, info in doc.entities.items():
        if info.label == "Publisher" and info.name == doc.article.publisher:
            return key
    return None


def subject_before(ctx: Ctx, position: int, labels: tuple[str, ...] = ORGS) -> Slot | None:
    candidates = [s for s in ctx.view.slots if s.label in labels and s.start < position]
    if candidates:
        return prefer_subjects(ctx, candidates)[-1]
    after = [s for s in ctx.view.slots if s.label in labels]
    return after[0] if after else None


def prefer_subjects(ctx: Ctx, slots: list[Slot]) -> list[Slot]:
    good = []
    for slot in slots:
        before = ctx.doc.text[max(ctx.offset, slot.start - 12) : slot.start]
        if re.search(r"\b(?:of|from|with|than|to|at|within|like|as)\s+(?:the\s+)?$", before):
            continue
        inside_vehicle = any(
            v.label == "Vehicle" and v.start <= slot.start and slot.end <= v.end and v is not slot
            for v in ctx.view.slots
        )
        if inside_vehicle:
            continue
        good.append(slot)
    return good or slots


def trigger(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def make_event(
    ctx: Ctx,
    type_: str,
    rule: str,
    participants: list[tuple[str, str]],
    *,
    confidence: float = 0.75,
    date_near: int | None = None,
    quantity: Quantity | None = None,
    period: DateExpr | None = None,
    status: str | None = None,
    when: DateExpr | None = None,
) -> RawEvent:
    """An event of the sentence; its date is `when`, else the date nearest `date_near` (for an
    event completed, called off or denied, not the date of an earlier step)."""
    clause = None
    if date_near is not None:
        start, end = ctx.clause(date_near)
        clause = ctx.text[start:end]
    final = status_of(ctx.text, type_, clause=clause) in ("completed", "cancelled", "denied")
    date, precision = (when.date, when.precision) if when else date_for(ctx, date_near, final)
    after = bool(date and date > ctx.doc.article.published[: len(date)])
    reported_by = credited_outlet(ctx)
    if status is None:
        status = status_of(ctx.text, type_, after, clause)
        if reported_by and status == "completed":
            status = "reported"
    event = RawEvent(
        type=type_,
        sentence=ctx.view.sentence.index,
        rule=rule,
        confidence=confidence,
        status=status,
        participants=unique(participants),
        date=date,
        date_precision=precision,
        reported_by=reported_by,
    )
    if quantity is not None:
        event.quantity = quantity.value
        event.unit = quantity.unit
        event.quantity_rank = precision_rank(quantity)
    if period is not None:
        event.period_start, event.period_end = period.period_start, period.period_end
        event.date, event.date_precision = None, None
    return event


def unique(participants: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for p in participants:
        if p not in seen and p[0]:
            seen.append(p)
    return seen


def inside(outer: Slot, inner: Slot) -> bool:
    return inner.start <= outer.start and outer.end <= inner.end


def kind(ctx: Ctx, slot: Slot) -> str | None:
    kb = ctx.doc.entities[slot.key].kb
    return kb.kind if kb is not None else None


def is_country(ctx: Ctx, slot: Slot) -> bool:
    kb = ctx.doc.entities[slot.key].kb
    return bool(kb and kb.kind in ("country", "region"))


CLAUSE_BREAK = re.compile(
    r";|:\s|—|\bwhile\b|\bwhereas\b|\b(?:al)?though\b|,?\s\bbut\b|, and\b|, with\b|"
    r", which\b|, who\b|, when\b|\bcompared\s+(?:with|to)\b|\bversus\b|"
    r"\b(?:up|down)\s+(?:\w+\s+)?from\b"
)


def clause_subject(ctx: Ctx, position: int) -> Slot | None:
    """The organisation a figure belongs to: the subject of its clause, else the nearest one
    before it in the sentence, else the organisation the previous sentences were about."""
    local = ctx.local(position)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(ctx.text) if m.end() <= local]
    clause_start = ctx.offset + (breaks[-1] if breaks else 0)
    orgs = [s for s in ctx.view.slots if s.label in ORGS and s.start < position]
    in_clause = [s for s in orgs if s.start >= clause_start]
    for group in (in_clause, orgs):
        subjects = [s for s in prefer_subjects(ctx, group) if s in group]
        if subjects:
            return subjects[0]

    antecedent = doc_topic(ctx.doc, ("Company", "JointVenture"), ctx.offset) or doc_topic(
        ctx.doc, ORGS, ctx.offset
    )
    if antecedent is None:
        return None
    return Slot(antecedent.start, antecedent.end, antecedent.key, antecedent.label, "", "context")


def period_expr(expr: DateExpr) -> DateExpr:
    if expr.is_period:
        return expr
    return DateExpr(
        expr.start, expr.end, expr.date, expr.precision, expr.period_start, expr.period_end, True
    )


def unmask_position(ctx: Ctx, masked_pos: int) -> int:
    """Maps a position of the masked sentence back to an offset into the sentence text."""
    masked, cursor, shift = ctx.view.masked, 0, 0
    for slot in ctx.view.slots:
        token_pos = masked.find(slot.token, cursor)
        if token_pos < 0 or token_pos >= masked_pos:
            break
        cursor = token_pos + len(slot.token)
        shift = (slot.end - ctx.offset) - cursor
    return masked_pos + shift


def preceded_by(ctx: Ctx, slot: Slot, words: str) -> bool:
    before = ctx.doc.text[max(ctx.offset, slot.start - 30) : slot.start]
    return bool(
        re.search(
            rf"\b(?:{words})\s+(?:the\s+|its\s+|a\s+)?(?:[\w%.-]+\s+){{0,2}}$",
            before,
            re.IGNORECASE,
        )
    )


def is_country_or_city(ctx: Ctx, slot: Slot) -> bool:
    kb = ctx.doc.entities[slot.key].kb
    return kb is None or kb.kind in ("country", "region", "city", "district")


def shift_quantity(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(
        quantity.start + offset,
        quantity.end + offset,
        quantity.value,
        quantity.unit,
        quantity.approximate,
    )
