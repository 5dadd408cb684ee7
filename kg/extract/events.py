"""Event rules: triggers, participants with roles, dates, figures and status."""

import re
from collections.abc import Callable, Iterator
from functools import cached_property

from kg.extract.context import SentenceView, Slot, main_market
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


class Ctx:
    """One sentence as the event rules see it; dates and figures are parsed on first use."""

    def __init__(self, doc: Doc, view: SentenceView) -> None:
        self.doc = doc
        self.view = view

    @cached_property
    def dates(self) -> list[DateExpr]:
        return find_dates(self.view.sentence.text, self.doc.article.published)

    @cached_property
    def quantities(self) -> list[Quantity]:
        offset = self.view.sentence.start
        return [_shift(q, offset) for q in find_quantities(self.view.sentence.text)]

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


def _date_for(ctx: Ctx, near: int | None = None) -> tuple[str | None, str | None]:
    points = [
        d
        for d in ctx.dates
        if not d.since
        and not re.search(
            r"\b(?:by|until|through|before|after|since|from|to|in the)\s+"
            r"(?:the\s+(?:end|start|middle)\s+of\s+)?$",
            ctx.text[max(0, d.start - 25) : d.start],
            re.IGNORECASE,
        )
    ]
    if not points:
        published = ctx.doc.article.published
        return published[:4], "year"
    if near is not None:
        points.sort(key=lambda d: abs(d.start - near))
    chosen = points[0]
    return chosen.date, chosen.precision


def _reported_by(ctx: Ctx) -> str | None:
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


def _subject_before(ctx: Ctx, position: int, labels: tuple[str, ...] = ORGS) -> Slot | None:
    candidates = [s for s in ctx.view.slots if s.label in labels and s.start < position]
    if candidates:
        return _prefer_subjects(ctx, candidates)[-1]
    after = [s for s in ctx.view.slots if s.label in labels]
    return after[0] if after else None


def _prefer_subjects(ctx: Ctx, slots: list[Slot]) -> list[Slot]:
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


def _trigger(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _event(
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
) -> RawEvent:
    date, precision = _date_for(ctx, date_near)
    after = bool(date and date > ctx.doc.article.published[: len(date)])
    reported_by = _reported_by(ctx)
    if status is None:
        status = status_of(ctx.text, type_, after)
        if reported_by and status == "completed":
            status = "reported"
    event = RawEvent(
        type=type_,
        sentence=ctx.view.sentence.index,
        rule=rule,
        confidence=confidence,
        status=status,
        participants=_unique(participants),
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


def _unique(participants: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for p in participants:
        if p not in seen and p[0]:
            seen.append(p)
    return seen


# ---------------------------------------------------------------- rules

DEBUT = _trigger(
    r"\b(?:debut(?:ed|s|ing)?|unveil(?:ed|s|ing)?|premiere(?:d|s)?|reveal(?:ed|s)|"
    r"(?:pull|pulls|pulled|pulling|take|takes|took|taking)\s+the\s+wraps\s+off|"
    r"(?:first\s+)?appeared\s+in\s+public|made\s+(?:its|their)\s+(?:public|world)\s+debut|"
    r"took the wraps off|pulled the wraps off|showcas(?:ed|es|ing)|shown|"
    r"presented|world premiere|first public appearance)\b"
)
LAUNCH = _trigger(
    r"\b(?:launch(?:ed|es|ing)?|(?:go|goes|went|going)\s+on\s+sale|rolled out|"
    r"(?:began|begins|begin|started|starts|start)\s+selling|on\s+sale\s+(?:in|from)|"
    r"rolls out|(?:began|begins|started|starts)\s+(?:taking\s+orders|deliveries|"
    r"sales)|introduced|hits? (?:showrooms|dealerships)|arrives? in)\b"
)


def _coordinated(ctx: Ctx, first: Slot, vehicles: list[Slot]) -> list[Slot]:
    """The vehicle after a trigger, plus those joined to it by 'and' or commas."""
    chosen = [first]
    for other in vehicles:
        if other.start <= chosen[-1].start:
            continue
        gap = ctx.doc.text[chosen[-1].end : other.start]
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", gap):
            chosen.append(other)
        else:
            break
    return chosen


def debut_and_launch(ctx: Ctx) -> Iterator[RawEvent]:
    vehicles = ctx.slots("Vehicle")
    if not vehicles:
        return
    for pattern, type_ in ((DEBUT, "Debut"), (LAUNCH, "Launch")):
        match = pattern.search(ctx.text)
        if not match:
            continue
        if type_ == "Launch" and DEBUT.search(ctx.text):
            continue
        trigger_at = ctx.offset + match.start()
        after = [v for v in vehicles if v.start > trigger_at]
        vehicle = after[0] if after else vehicles[0]
        before = [
            o
            for o in ctx.slots(*ORGS)
            if o.start < trigger_at and not re.match(r"(?:'s|’s)", ctx.doc.text[o.end : o.end + 2])
        ]
        candidates = _prefer_subjects(ctx, before) if before else []
        actor = candidates[-1] if candidates else None
        for target in _coordinated(ctx, vehicle, vehicles):
            info = ctx.doc.entities[target.key]
            participants = [(target.key, "subject")]
            maker = (
                actor.key if actor is not None and not _inside(actor, target) else info.maker_key
            )
            if maker:
                participants.append((maker, "maker"))
            shows = ctx.slots("AutoShow")
            if not shows and type_ == "Debut" and not ctx.slots("Place"):
                article_shows = {
                    k for k, e in ctx.doc.entities.items() if e.label == "AutoShow" and e.spans
                }
                if len(article_shows) == 1:
                    participants.append((article_shows.pop(), "venue"))
            if shows:
                participants.append((shows[0].key, "venue"))
            if type_ == "Launch":
                market = [s for s in ctx.slots("Place") if _is_country(ctx, s)]
                if market:
                    participants.append((market[0].key, "market"))
            price = next((q for q in ctx.quantities if q.is_money), None)
            yield _event(
                ctx,
                type_,
                f"{type_.lower()}-trigger",
                participants,
                quantity=price if type_ == "Launch" else None,
            )


def _inside(outer: Slot, inner: Slot) -> bool:
    return inner.start <= outer.start and outer.end <= inner.end


def _kind(ctx: Ctx, slot: Slot) -> str | None:
    kb = ctx.doc.entities[slot.key].kb
    return kb.kind if kb is not None else None


def _is_country(ctx: Ctx, slot: Slot) -> bool:
    kb = ctx.doc.entities[slot.key].kb
    return bool(kb and kb.kind in ("country", "region"))


SALES = _trigger(
    r"\b(?:sold|sell(?:s|ing)?|sales|deliver(?:ed|ies|y)|registrations?|registered|"
    r"shipped|shipments?|moved|retail(?:ed)?|wholesales?|hand(?:ed|s|ing)|volumes?)\b"
)
_COUNT_END = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:in|it|they|from|a|an|the|for|during|last|this|over|across|"
    r"worldwide|globally|units?|vehicles?|cars?))"
)
_CLAUSE_BREAK = re.compile(
    r";|\bwhile\b|\bwhereas\b|, but\b|, and\b|, with\b|—|\bcompared\s+(?:with|to)\b|"
    r"\bversus\b|\b(?:up|down)\s+(?:sharply\s+)?from\b"
)
FINANCE = _trigger(
    r"\b(?:(?:operating|net|pre-tax|pretax|gross|adjusted)\s+(?:profit|income|loss|"
    r"earnings)|profits?|revenues?|turnover|net loss|losses|loss|earnings|EBIT(?:DA)?|"
    r"charges?|write-?downs?|impairments?)\b"
)


_YEAR_EARLIER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|"
    r"the\s+(?:previous|prior)\s+year|the\s+year\s+before|"
    r"in\s+the\s+same\s+period\s+(?:a|last)\s+year)",
    re.IGNORECASE,
)


def _shift_year(expr: DateExpr, years: int) -> DateExpr:
    def shift(day: str) -> str:
        return f"{int(day[:4]) + years:04d}{day[4:]}"

    return DateExpr(
        expr.start,
        expr.end,
        shift(expr.date),
        expr.precision,
        shift(expr.period_start),
        shift(expr.period_end),
        True,
    )


def _nearest_period(ctx: Ctx, quantity: Quantity) -> DateExpr | None:
    start, end = ctx.local(quantity.start), ctx.local(quantity.end)
    if _YEAR_EARLIER.match(ctx.text[end:]):
        periods = [d for d in ctx.dates if not d.since and d.precision != "day"]
        base = _period_expr(periods[0]) if periods else ctx.doc.last_period
        if base is not None:
            return _shift_year(base, -1)
    options = [d for d in ctx.dates if not d.since and d.precision != "day"]
    if not options:
        remembered: DateExpr | None = ctx.doc.last_period
        return remembered
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text)]
    clause_start = max([b for b in breaks if b <= start], default=0)
    clause_end = min([b for b in breaks if b > end], default=len(ctx.text))
    same_clause = [
        d
        for d in options
        if clause_start <= d.start < clause_end
        and not (ctx.text[d.end : d.end + 2] in ("'s", "’s") and d.end + 3 < start)
    ]
    if not same_clause:
        remembered_period: DateExpr | None = ctx.doc.last_period
        if remembered_period is not None:
            return remembered_period
    options = same_clause or options

    def distance(d: DateExpr) -> float:
        gap = d.start - end if d.start >= end else (start - d.end) * 1.5
        return gap + (0 if d.is_period else 3)

    return min(options, key=distance)


def _as_period(expr: DateExpr | None, ctx: Ctx) -> DateExpr | None:
    if expr is not None:
        ctx.doc.last_period = expr
    return expr


def _sales_figures(ctx: Ctx) -> list[Quantity]:
    figures = []
    for q in ctx.quantities:
        if q.unit == "vehicles":
            figures.append(q)
            continue
        if q.unit is not None or q.value < 100 or not q.value.is_integer():
            continue
        raw = ctx.doc.text[q.start : q.end]
        if raw.isdigit() and len(raw) == 4 and 1900 <= q.value <= 2100:
            continue
        after = ctx.doc.text[q.end : q.end + 40]
        if re.match(
            r"\s*(?:and|to|-|–)\s*[\d,.]+\s*(?:yuan|euros?|dollars?|pounds|yen|won|"
            r"rupees|[A-Z]{3}\b)",
            after,
        ):
            continue
        if _COUNT_END.match(ctx.doc.text, q.end):
            figures.append(Quantity(q.start, q.end, q.value, "vehicles", q.approximate))
    return figures


def _clause_subject(ctx: Ctx, position: int) -> Slot | None:
    """The organisation a figure belongs to: the subject of its clause, else the nearest one
    before it in the sentence, else the organisation the previous sentences were about."""
    local = ctx.local(position)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text) if m.end() <= local]
    clause_start = ctx.offset + (breaks[-1] if breaks else 0)
    orgs = [s for s in ctx.view.slots if s.label in ORGS and s.start < position]
    in_clause = [s for s in orgs if s.start >= clause_start]
    for group in (in_clause, orgs):
        subjects = [s for s in _prefer_subjects(ctx, group) if s in group]
        if subjects:
            return subjects[0]
    from kg.extract.context import doc_topic

    antecedent = doc_topic(ctx.doc, ("Company", "JointVenture"), ctx.offset) or doc_topic(
        ctx.doc, ORGS, ctx.offset
    )
    if antecedent is None:
        return None
    return Slot(antecedent.start, antecedent.end, antecedent.key, antecedent.label, "", "context")


def sales(ctx: Ctx) -> Iterator[RawEvent]:
    if not SALES.search(ctx.text) or (
        FINANCE.search(ctx.text) and not re.search(r"\b(?:vehicles|units|cars)\b", ctx.text)
    ):
        return
    figures = _sales_figures(ctx)
    if not figures:
        return
    market = main_market(ctx.doc, ctx.view.sentence, use_article=False)
    for quantity in figures:
        before = ctx.text[max(0, ctx.local(quantity.start) - 40) : ctx.local(quantity.start)]
        if re.search(
            r"\b(?:recall(?:ing|ed|s)?|capacity|target(?:ing)?|goal|aim|forecast|"
            r"expects?|plans?|produce|build|orders?)\b",
            before,
            re.IGNORECASE,
        ):
            continue
        subject = _clause_subject(ctx, quantity.start)
        if subject is None:
            continue
        period = _as_period(_nearest_period(ctx, quantity), ctx)
        if period is None:
            continue
        participants = [(subject.key, "subject")]
        local_market = _market_for(ctx, quantity, market)
        if local_market:
            participants.append((local_market, "market"))
        yield _event(
            ctx,
            "SalesReport",
            "sales-figure",
            participants,
            quantity=quantity,
            period=_period_expr(period),
            status="reported",
        )


def _market_for(ctx: Ctx, quantity: Quantity, default: str | None) -> str | None:
    countries = [
        s
        for s in ctx.slots("Place")
        if _is_country(ctx, s)
        and not re.search(
            r"[,;]",
            ctx.doc.text[min(s.end, quantity.end) : max(s.start, quantity.start)],
        )
    ]
    if not countries and any(_is_country(ctx, s) for s in ctx.slots("Place")):
        if re.search(r"\bthere\b", ctx.doc.text[quantity.end : quantity.end + 40]):
            return next(s.key for s in ctx.slots("Place") if _is_country(ctx, s))
        return main_market(ctx.doc, ctx.view.sentence, use_article=False, skip_current=True)
    if not countries:
        if re.search(r"\b(?:global(?:ly)?|worldwide|world)\b", ctx.text, re.IGNORECASE):
            return None
        return default
    return min(countries, key=lambda s: abs(s.start - quantity.start)).key


def _period_expr(expr: DateExpr) -> DateExpr:
    if expr.is_period:
        return expr
    return DateExpr(
        expr.start, expr.end, expr.date, expr.precision, expr.period_start, expr.period_end, True
    )


def finance(ctx: Ctx) -> Iterator[RawEvent]:
    match = FINANCE.search(ctx.text)
    if not match or RESTRUCTURING.search(ctx.text):
        return
    money = [q for q in ctx.quantities if q.is_money]
    if not money:
        return
    quantity = min(money, key=lambda q: abs(ctx.local(q.start) - match.start()))
    subject = _clause_subject(ctx, quantity.start)
    if subject is None:
        return
    period = _as_period(_nearest_period(ctx, quantity), ctx)
    if period is None:
        return
    yield _event(
        ctx,
        "FinancialResult",
        "financial-figure",
        [(subject.key, "subject")],
        quantity=quantity,
        period=_period_expr(period),
        status="reported",
    )


RECALL = _trigger(r"\brecall(?:s|ed|ing)?\b")


def recall(ctx: Ctx) -> Iterator[RawEvent]:
    match = RECALL.search(ctx.text)
    if not match:
        return
    subject = _subject_before(ctx, ctx.offset + match.start())
    if subject is None:
        return
    participants = [(subject.key, "subject")]
    vehicles = ctx.slots("Vehicle")
    participants += [(v.key, "object") for v in vehicles]
    market = [s for s in ctx.slots("Place") if _is_country(ctx, s)]
    if market:
        participants.append((market[0].key, "market"))
    figures = [q for q in ctx.quantities if q.unit == "vehicles"] or [
        Quantity(q.start, q.end, q.value, "vehicles", q.approximate)
        for q in ctx.quantities
        if q.unit is None
        and q.value >= 2
        and q.value.is_integer()
        and not (1900 <= q.value <= 2100 and len(ctx.doc.text[q.start : q.end]) == 4)
    ]
    yield _event(
        ctx, "Recall", "recall-trigger", participants, quantity=figures[0] if figures else None
    )


EXIT = _trigger(
    r"\b(?:exit(?:ed|ing|s)?\s+(?:from\s+)?(?:the\s+)?(?:\w+\s+)?market|market\s+exit|"
    r"exit(?:ed|ing|s)?\s+(?:from\s+)?ENT|withdr[ae]w(?:al|n|s)?\s+from|pull(?:ed|s|ing)?\s+out\s+of|"
    r"(?:leave|leaves|left|leaving|quit|quits|quitting)\s+(?:the\s+)?(?:\w+\s+)?market|"
    r"(?:cease|ceased|end|ended|stop|stopped)\s+(?:selling|sales|operations)\s+in|"
    r"exit\s+from|(?:its|their)\s+(?:own\s+)?exit\b|\bto\s+leave\b|"
    r"(?:left|leave|leaves|quit|quits)\s+ENT)"
)


def market_exit(ctx: Ctx) -> Iterator[RawEvent]:
    match = EXIT.search(ctx.view.masked)
    if not match:
        return
    subject = _subject_before(ctx, ctx.offset + _unmask_position(ctx, match.start()))
    if subject is None:
        return
    participants = [(subject.key, "subject")]
    market = main_market(ctx.doc, ctx.view.sentence)
    if market:
        participants.append((market, "market"))
    yield _event(ctx, "MarketExit", "market-exit-trigger", participants)


def _unmask_position(ctx: Ctx, masked_pos: int) -> int:
    """Maps a position of the masked sentence back to the sentence text."""
    shift = 0
    cursor = 0
    for slot in ctx.view.slots:
        token_pos = ctx.view.masked.find(slot.token, cursor)
        if token_pos >= masked_pos or token_pos < 0:
            break
        shift += (slot.end - slot.start) - len(slot.token)
        cursor = token_pos + len(slot.token)
    return masked_pos + shift


RESTRUCTURING = _trigger(
    r"\b(?:restructur(?:ing|ed|e|es)|reorgani[sz](?:ation|ed|ing|e)|overhaul(?:ed|s)?|"
    r"shake-?ups?|shakeups?|job\s+cuts|layoffs?|redundanc(?:y|ies)|lay(?:ing)?\s+off|"
    r"(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|ax(?:e|es|ed|ing)|"
    r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?"
    r"[\d,.]+\s+(?:\w+\s+)?(?:jobs|positions|roles|workers|employees|staff)|"
    r"streamlin(?:e|ing)|downsiz(?:e|ing))\b"
)


def restructuring(ctx: Ctx) -> Iterator[RawEvent]:
    match = RESTRUCTURING.search(ctx.text)
    if not match:
        return
    if re.search(r"\b(?:internal shakeups?|shake-?ups? within)\b", ctx.text) and re.search(
        r"\b(?:suggest|suggests|may|might|could)\b", ctx.text
    ):
        return
    subject = _subject_before(ctx, ctx.offset + match.start())
    if subject is None:
        subject = _clause_subject(ctx, ctx.offset + match.start())
    if subject is None:
        return
    objects = [
        o
        for o in ctx.slots(*ORGS)
        if o.key != subject.key and o.start > subject.start and not REASSIGN.search(ctx.text)
    ]
    jobs = [q for q in ctx.quantities if q.unit == "jobs"]
    money = [q for q in ctx.quantities if q.is_money]
    if not jobs:
        participants = [(subject.key, "subject")]
        if objects:
            participants.append((objects[0].key, "object"))
        yield _event(
            ctx,
            "Restructuring",
            "restructuring-trigger",
            participants,
            quantity=money[0] if money else None,
        )
        return
    for quantity in jobs:
        participants = [(subject.key, "subject")]
        places = [s for s in ctx.slots("Place") if s.start > quantity.end]
        if places:
            nxt = [q for q in jobs if q.start > quantity.end]
            limit = nxt[0].start if nxt else ctx.offset + len(ctx.text)
            participants += [(p.key, "location") for p in places if p.start < limit]
        yield _event(ctx, "Restructuring", "restructuring-jobs", participants, quantity=quantity)


EXECUTIVE = _trigger(
    r"\b(?:appoint(?:ed|s|ment)|named|tapped|succeed(?:s|ed|ing)?|successor|"
    r"replac(?:e|es|ed|ing)|step(?:s|ped)?\s+down|resign(?:s|ed|ation)?|"
    r"depart(?:s|ed|ure)|reassigned|transferred|promoted|(?:been\s+)?moved\s+to|"
    r"shifted\s+to|take over as|"
    r"took over as|takes over as|will become|ousted|to lead|return(?:s|ed)? as)\b"
)
REASSIGN = _trigger(r"\b(?:reassigned|transferred|moved|shifted)\b.*?\b(?:to|within|at)\b")


def executive_change(ctx: Ctx) -> Iterator[RawEvent]:
    match = EXECUTIVE.search(ctx.text)
    if not match:
        return
    people = ctx.slots("Person")
    orgs = list(ctx.slots(*ORGS))
    reassign = REASSIGN.search(ctx.text)
    if reassign and not people:
        target_at = ctx.offset + reassign.end()
        targets = [o for o in orgs if o.start >= target_at]
        sources = [o for o in orgs if o.start < ctx.offset + reassign.start()]
        if targets and sources:
            yield _event(
                ctx,
                "ExecutiveChange",
                "executive-reassignment",
                [(sources[-1].key, "from"), (targets[0].key, "to")],
            )
        return
    trigger_at = ctx.offset + match.start()
    people = [p for p in people if abs(p.start - trigger_at) < 160]
    if not people:
        return
    participants: list[tuple[str, str]] = []
    new_person, predecessor = _who_replaces_whom(ctx, people)
    departing = _departing(ctx, people)
    if departing is not None and predecessor is None:
        others = [p for p in people if p.key != departing.key]
        new_person, predecessor = (others[0] if others else None), departing
    if new_person:
        participants.append((new_person.key, "person"))
    if predecessor:
        participants.append((predecessor.key, "predecessor"))
    org = _role_org(ctx, orgs)
    if org is None:
        from kg.extract.context import doc_topic

        topic = doc_topic(ctx.doc, ("Company", "JointVenture"), ctx.offset)
        if topic is not None:
            participants.insert(0, (topic.key, "subject"))
    else:
        participants.insert(0, (org.key, "subject"))
    if not participants:
        return
    yield _event(
        ctx,
        "ExecutiveChange",
        "executive-change-trigger",
        participants,
        date_near=_effective_date(ctx) or match.start(),
    )


_DEPART = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|will\s+|would\s+|is\s+to\s+)?"
    r"(?:resign|resigned|resigns|step\s+down|stepped\s+down|steps\s+down|"
    r"quit|quits|leave|leaves|left|depart|departs|departed|retire|retires|"
    r"retired|was\s+ousted|is\s+leaving|will\s+be\s+leaving)\b"
)


def _departing(ctx: Ctx, people: list[Slot]) -> Slot | None:
    for person in people:
        if _DEPART.match(ctx.doc.text[person.end : person.end + 90]):
            return person
    return None


def _effective_date(ctx: Ctx) -> int | None:
    """Appointments take the date they take effect, not the date they were announced."""
    for cue in (
        r"(?:effective|from|starting|as of|takes? effect|with effect from)\s+$",
        r"(?<!said )(?<!announced )(?<!reported )on\s+$",
    ):
        for d in ctx.dates:
            if re.search(cue, ctx.text[max(0, d.start - 25) : d.start], re.IGNORECASE):
                return d.start
    return None


def _who_replaces_whom(ctx: Ctx, people: list[Slot]) -> tuple[Slot | None, Slot | None]:
    masked = ctx.view.masked
    persons = "|".join(s.token for s in people if s.token) or "NOBODY"
    m = re.search(
        rf"({persons})\b[^.]{{0,80}}?\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|"
        rf"takes? over from|took over from)\s+(?:\w+\s+){{0,3}}?({persons})\b",
        masked,
    )
    if m:
        return ctx.view.slot(m.group(1)), ctx.view.slot(m.group(2))
    m = re.search(
        rf"({persons})\b[^.]{{0,60}}?\b(?:will be )?(?:succeeded|replaced)\s+by\s+"
        rf"({persons})\b",
        masked,
    )
    if m:
        return ctx.view.slot(m.group(2)), ctx.view.slot(m.group(1))
    if len(people) >= 2:
        m = re.search(
            r"(ENT\d+)\s*,?\s*who\s+(?:is\s+|was\s+)?(?:stepping|steps|stepped|"
            r"will\s+step)\s+down",
            masked,
        )
        if m:
            old = ctx.view.slot(m.group(1))
            others = [p for p in people if p.key != old.key]
            return others[0], old
    unique: list[Slot] = []
    for person in people:
        if person.key not in [u.key for u in unique]:
            unique.append(person)
    return unique[0], None


def _role_org(ctx: Ctx, orgs: list[Slot]) -> Slot | None:
    if not orgs:
        return None
    good = _prefer_subjects(ctx, orgs)
    return good[0]


ACQUISITION = _trigger(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition|takeover|buy(?:s|ing)?|bought|"
    r"paid\s+for|pays\s+for|took\s+control\s+of|take\s+control\s+of|"
    r"purchas(?:e|es|ed|ing)|take (?:a|an) (?:\d+|majority|minority)|"
    r"took (?:a|an) (?:\d+|majority|minority|controlling)|"
    r"tak(?:e|es|ing) (?:a|an) (?:controlling|majority) (?:stake|interest))\b"
)
INVESTMENT = _trigger(
    r"\b(?:invest(?:s|ed|ing|ments?)?(?!\s+(?:firm|fund|arm|company|vehicle|bank|house|group))|"
    r"inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|put\s+(?:about\s+|some\s+|"
    r"roughly\s+|nearly\s+)?[$€£¥]|funding|capital increase|backed|backing|stake)"
)
_STAKE_PCT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|percent)|\b(?:majority|controlling)\b", re.IGNORECASE
)


def _preceded_by(ctx: Ctx, slot: Slot, words: str) -> bool:
    before = ctx.doc.text[max(ctx.offset, slot.start - 30) : slot.start]
    return bool(
        re.search(
            rf"\b(?:{words})\s+(?:the\s+|its\s+|a\s+)?(?:[\w%.-]+\s+){{0,2}}$",
            before,
            re.IGNORECASE,
        )
    )


SALE = _trigger(
    r"\b(?:sell|sells|selling|sold|sale\s+of|divest(?:s|ed|ing|ment)?|offload(?:s|ed|ing)?|"
    r"dispose\s+of|hand(?:ed|s)?\s+(?:over\s+)?(?:its|their)\s+(?:\d+%\s+)?stake)\b"
)


def divestment(ctx: Ctx) -> Iterator[RawEvent]:
    """'Stellantis could sell Maserati', 'sold its stake in X to Y': a sale seen from the seller."""
    match = SALE.search(ctx.text)
    if not match or ACQUISITION.search(ctx.text) or _sales_figures(ctx):
        return
    trigger_at = ctx.offset + match.start()
    orgs = ctx.slots(*ORGS)
    sellers = _prefer_subjects(ctx, [o for o in orgs if o.start < trigger_at])
    objects = [o for o in orgs if o.start > trigger_at and not _preceded_by(ctx, o, "to")]
    buyers = [o for o in orgs if o.start > trigger_at and _preceded_by(ctx, o, "to")]
    if not sellers or not (objects or buyers):
        return
    seller = sellers[-1]
    participants: list[tuple[str, str]] = []
    if buyers:
        participants.append((buyers[0].key, "subject"))
    if objects and objects[0].key != seller.key:
        participants.append((objects[0].key, "object"))
    if any(key == seller.key for key, _ in participants):
        return
    participants.append((seller.key, "from"))
    if len(participants) < 2:
        return
    money = [q for q in ctx.quantities if q.is_money]
    yield _event(
        ctx,
        "Acquisition",
        "divestment-trigger",
        participants,
        quantity=money[0] if money else None,
        date_near=match.start(),
    )


def acquisition_or_investment(ctx: Ctx) -> Iterator[RawEvent]:
    acq = ACQUISITION.search(ctx.text)
    inv = INVESTMENT.search(ctx.text)
    if not acq and not inv:
        return
    trigger = acq or inv
    assert trigger is not None
    trigger_at = ctx.offset + trigger.start()
    orgs = ctx.slots(*ORGS)
    sellers = [s for s in orgs if _preceded_by(ctx, s, "from")]
    buyer = next(
        (
            s
            for s in _prefer_subjects(ctx, [o for o in orgs if o.start < trigger_at])
            if s not in sellers and not _preceded_by(ctx, s, "in|of|into")
        ),
        None,
    )
    if buyer is None:
        return
    targets = [s for s in orgs if s.start > trigger_at and s.key != buyer.key and s not in sellers]
    targets += [
        s
        for s in orgs
        if s.start < trigger_at
        and s.key != buyer.key
        and _preceded_by(ctx, s, "stake in|holding in|share in|interest in|of")
    ]
    places = [s for s in ctx.slots("Place") if s.start > trigger_at and _is_country_or_city(ctx, s)]
    money = [q for q in ctx.quantities if q.is_money]
    stake = _STAKE_PCT.search(ctx.text)
    minority = bool(stake and stake.group(1) and float(stake.group(1)) < 50)
    if acq and targets and not (minority and inv and not acq):
        type_ = (
            "Investment"
            if minority
            and not re.search(r"\b(?:acquir|bought|buy|purchas)", ctx.text, re.IGNORECASE)
            else "Acquisition"
        )
    elif inv and (money or targets):
        type_ = "Investment"
    else:
        return
    staked = [
        t
        for t in targets
        if re.search(
            r"\d+(?:\.\d+)?\s*(?:%|percent)\s+(?:stake\s+)?of\s+"
            r"(?:[A-Z][\w']*\s+)?$",
            ctx.doc.text[max(ctx.offset, t.start - 40) : t.start],
        )
    ]
    if len(staked) > 1:
        for target in staked:
            pct = re.search(
                r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:stake\s+)?of\s+(?:[A-Z][\w']*\s+)?$",
                ctx.doc.text[max(ctx.offset, target.start - 40) : target.start],
            )
            assert pct is not None
            share = Quantity(target.start, target.start, float(pct.group(1)), "percent")
            people = [(buyer.key, "subject"), (target.key, "object")]
            people += [(s.key, "from") for s in sellers if s.key != buyer.key]
            yield _event(
                ctx, type_, "acquisition-stakes", people, quantity=share, date_near=trigger.start()
            )
        return
    participants = [(buyer.key, "subject")]
    if targets:
        participants.append((targets[0].key, "object"))
    elif places and type_ == "Investment":
        participants.append((places[0].key, "location"))
    participants += [(s.key, "from") for s in sellers if s.key != buyer.key]
    quantity = money[0] if money else next((q for q in ctx.quantities if q.unit == "percent"), None)
    if quantity is None and type_ == "Investment" and not targets:
        return
    yield _event(
        ctx,
        type_,
        f"{type_.lower()}-trigger",
        participants,
        quantity=quantity,
        date_near=trigger.start(),
    )


def _is_country_or_city(ctx: Ctx, slot: Slot) -> bool:
    kb = ctx.doc.entities[slot.key].kb
    return kb is None or kb.kind in ("country", "region", "city", "district")


MERGER = _trigger(
    r"\b(?:merger|merge|merging|merged|combine (?:their|its) businesses|"
    r"business integration|integrat(?:e|ion) (?:their|its) (?:businesses|operations)|"
    r"holding company)\b"
)


def merger(ctx: Ctx) -> Iterator[RawEvent]:
    match = MERGER.search(ctx.text)
    if not match:
        return
    orgs: list[Slot] = []
    for slot in ctx.slots("Company", "Brand"):
        if slot.key not in [o.key for o in orgs]:
            orgs.append(slot)
    if len(orgs) < 2:
        return
    result = None
    created = re.search(
        r"\b(?:created|creating|formed|forming|to form|to create|gave birth to)\b", ctx.text
    )
    if created:
        after = [o for o in orgs if o.start > ctx.offset + created.start()]
        result = after[0] if after else None
    members = [o for o in orgs if o is not result and o.label == "Company"] or orgs
    if len(members) < 2 and result is None:
        return
    participants = [(members[0].key, "subject")] + [(o.key, "partner") for o in members[1:3]]
    if result is not None:
        participants.append((result.key, "result"))
    yield _event(ctx, "Merger", "merger-trigger", participants, date_near=match.start())


JV_FORMATION = _trigger(
    r"\b(?:form(?:ed|s|ing)?|set(?:ting)? up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|"
    r"launch(?:ed|es)?|found(?:ed)?|sign(?:ed)? an agreement to form)\s+(?:a|an|the)?\s*"
    r"(?:new\s+)?(?:\d+[:/-]\d+\s+|50-50\s+|equal\s+)?(?:joint[\s-]venture|JV)\b|"
    r"joint[\s-]venture\s+(?:was|will be|is)\s+(?:formed|established|set up|"
    r"created|launched)"
)
PARTNERSHIP = _trigger(
    r"\b(?:partner(?:ship|ed|ing)?\s+with|partnership|team(?:ed|s)? up|"
    r"tie-up|alliance|collaborat(?:e|es|ed|ion|ing)|co-develop|jointly develop|"
    r"agreement to (?:develop|co-develop|build|supply|share)|framework agreement|"
    r"strategic cooperation)\b"
)


def venture_and_partnership(ctx: Ctx) -> Iterator[RawEvent]:
    formation = JV_FORMATION.search(ctx.text)
    orgs: list[Slot] = []
    for slot in ctx.slots("Company", "Brand"):
        if slot.key not in [o.key for o in orgs]:
            orgs.append(slot)
    if formation:
        ventures = ctx.slots("JointVenture")
        participants: list[tuple[str, str]] = []
        if ventures:
            participants.append((ventures[0].key, "subject"))
        participants += [(o.key, "partner") for o in orgs]
        if len(participants) >= 2:
            yield _event(
                ctx,
                "JointVentureFormation",
                "jv-formation-trigger",
                participants,
                date_near=formation.start(),
            )
        return
    match = PARTNERSHIP.search(ctx.text)
    if not match or len(orgs) < 2:
        return
    if not re.search(
        r"\b(?:sign(?:ed|s)?|agree(?:d|s)?|announc(?:ed|es)|formed|form|entered|"
        r"struck|team(?:ed|s)? up|partner(?:ed|s)? with|will\s+(?:co-develop|develop|"
        r"jointly)|extend(?:ed|s)?|expand(?:ed|s)?|launched|set up|memorandum|deal)\b",
        ctx.text,
        re.IGNORECASE,
    ):
        return
    participants = [(orgs[0].key, "subject")] + [(o.key, "partner") for o in orgs[1:]]
    yield _event(ctx, "Partnership", "partnership-trigger", participants, date_near=match.start())


PLANT = (
    r"(?:plant|factory|facility|works|site|Gigafactory|gigafactory|assembly line|Metaplant|"
    r"production base)"
)
OPENING = _trigger(
    r"\b(?:open(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing)|(?:began|begins|begin|started|starts|start)"
    r"\s+(?:production|operations|mass production|building|assembling|making|producing)|"
    r"rolled\s+off\s+the\s+(?:line|assembly line)|broke ground|commission(?:ed)?)\b"
)
CLOSURE = _trigger(
    r"\b(?:clos(?:e|ed|es|ing|ure)|shut(?:ting|s)?(?:\s+down)?|shutter(?:ed|s|ing)?|"
    r"(?:cease|ceased|end|ended|halt|halted|stop|stopped)\s+(?:all\s+)?production|"
    r"wind(?:ing)? down)\b"
)
PLANT_WORD = re.compile(rf"\b{PLANT}s?\b")


def plants(ctx: Ctx) -> Iterator[RawEvent]:
    factories = [s for s in ctx.slots("Place") if _kind(ctx, s) == "factory"]
    if not PLANT_WORD.search(ctx.text) and not factories:
        return
    for pattern, type_ in ((CLOSURE, "PlantClosure"), (OPENING, "PlantOpening")):
        match = pattern.search(ctx.text)
        if not match:
            continue
        subject = _subject_before(ctx, ctx.offset + match.start())
        if subject is None:
            continue
        participants = [(subject.key, "subject")]
        places = factories + [
            s for s in ctx.slots("Place") if s not in factories and not _is_country(ctx, s)
        ]
        if not places:
            places = ctx.slots("Place")[:1]
        participants += [(p.key, "location") for p in places]
        jobs = [q for q in ctx.quantities if q.unit == "jobs"]
        money = [q for q in ctx.quantities if q.is_money]
        figures = jobs or money
        quantity = figures[0] if figures else None
        yield _event(
            ctx,
            type_,
            f"{type_.lower()}-trigger",
            participants,
            quantity=quantity,
            date_near=match.start(),
        )
        return


ANNIVERSARY = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|anniversary)|"
    r"\b(\d{1,3})\s+years\s+(?:since|of)\b",
    re.IGNORECASE,
)


def anniversary(ctx: Ctx) -> Iterator[RawEvent]:
    match = ANNIVERSARY.search(ctx.text)
    if not match:
        return
    if match.group(2) and not re.search(
        r"\b(?:celebrat|mark|anniversary)", ctx.text, re.IGNORECASE
    ):
        return
    years = float(match.group(1) or match.group(2))
    at = ctx.offset + match.start()
    candidates = [s for s in ctx.view.slots if s.label in (*ORGS, "Vehicle") and s.start < at]
    subject = candidates[-1] if candidates else _subject_before(ctx, at)
    if subject is None:
        return
    quantity = Quantity(match.start(), match.end(), years, "years")
    event = _event(
        ctx,
        "Anniversary",
        "anniversary",
        [(subject.key, "subject")],
        quantity=quantity,
        status="completed",
    )
    event.date, event.date_precision = ctx.doc.article.published[:4], "year"
    event.quantity_rank = 0
    yield event


RULES: list[Callable[[Ctx], Iterator[RawEvent]]] = [
    debut_and_launch,
    sales,
    finance,
    recall,
    market_exit,
    restructuring,
    executive_change,
    acquisition_or_investment,
    divestment,
    merger,
    venture_and_partnership,
    plants,
    anniversary,
]


def find_events(doc: Doc, views: list[SentenceView]) -> list[RawEvent]:
    events: list[RawEvent] = []
    for v in views:
        if _is_heading_or_link(v.sentence.text):
            continue
        ctx = Ctx(doc, v)
        _remember_reporting_period(ctx)
        for rule in RULES:
            events.extend(rule(ctx))
    return merge_events(doc, events)


def _remember_reporting_period(ctx: Ctx) -> None:
    """A sentence about figures 'for 2024' sets the period later figures without one refer to."""
    if not (SALES.search(ctx.text) or FINANCE.search(ctx.text)):
        return
    periods = [d for d in ctx.dates if not d.since and d.precision != "day"]
    if periods:
        ctx.doc.last_period = _period_expr(periods[0])


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(
        quantity.start + offset,
        quantity.end + offset,
        quantity.value,
        quantity.unit,
        quantity.approximate,
    )


def _is_heading_or_link(text: str) -> bool:
    if re.match(r"^(?:Read|Related|See also|Watch|Also read|More)\s*:", text):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    long_words = [w for w in words if len(w) > 3]
    return (
        not text.rstrip().endswith((".", "!", "?", ":", '"', "”"))
        and len(long_words) >= 2
        and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7
    )


_STATUS_WEIGHT = {
    "denied": 6,
    "cancelled": 5,
    "completed": 3,
    "announced": 2,
    "planned": 2,
    "reported": 1,
    "rumored": 0,
}


def merge_events(doc: Doc, events: list[RawEvent]) -> list[RawEvent]:
    """One event per fact: a rumour later denied is one denied event; a rounded figure yields."""
    kept: list[RawEvent] = []
    for event in events:
        twin = next((k for k in kept if _same_fact(doc, k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        if event.type == "Recall":
            twin.participants = _unique(twin.participants + event.participants)
            twin.quantity = twin.quantity or event.quantity
            twin.unit = twin.unit or event.unit
            continue
        if _better(event, twin):
            event.participants = _unique(
                event.participants
                + [
                    p
                    for p in twin.participants
                    if p[1] in ("venue", "market")
                    and p[1] not in [r for _, r in event.participants]
                ]
            )
            if event.reported_by is None:
                event.reported_by = twin.reported_by
            kept[kept.index(twin)] = event
    return kept


def _same_fact(doc: Doc, a: RawEvent, b: RawEvent) -> bool:
    if a.type != b.type:
        return False
    subject_a, subject_b = set(a.keys_with_role("subject")), set(b.keys_with_role("subject"))
    if a.type in ("Debut", "Launch"):
        return bool(subject_a & subject_b) or _variant_pair(doc, subject_a, subject_b)
    if a.type in ("SalesReport", "FinancialResult"):
        if subject_a != subject_b or (a.period_start, a.period_end) != (
            b.period_start,
            b.period_end,
        ):
            return False
        if a.quantity is None or b.quantity is None:
            return False
        return abs(a.quantity - b.quantity) <= 0.03 * max(a.quantity, b.quantity)
    if a.type == "Recall" and subject_a == subject_b:
        return a.quantity is None or b.quantity is None or a.quantity == b.quantity
    if a.type in ("Anniversary",):
        return subject_a == subject_b and a.quantity == b.quantity
    if a.type in (
        "MarketExit",
        "Restructuring",
        "Merger",
        "JointVentureFormation",
        "Partnership",
        "Acquisition",
        "Investment",
        "Recall",
        "PlantOpening",
        "PlantClosure",
    ):
        return a.participant_keys() == b.participant_keys() or (
            bool(subject_a)
            and subject_a == subject_b
            and a.type in ("MarketExit", "Restructuring", "Merger")
        )
    return a.participant_keys() == b.participant_keys()


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
    if new.type in ("Debut", "Launch"):
        return any(r == "subject" for _, r in new.participants) and len(new.participants) > len(
            old.participants
        )
    return _STATUS_WEIGHT[new.status] > _STATUS_WEIGHT[old.status]
