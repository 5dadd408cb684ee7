"""Sales figures and financial results, each with its subject, reporting period and market.

A sentence may state several figures ("Xpeng shipped 30,350 vehicles and edged past Li Auto,
which handed over 29,927, down sharply from December's 58,513"): each figure takes the subject,
period and market of its own clause; a comparison figure without its own subject ("down from
58,513") belongs to the subject of the figure before it. A sentence that continues the previous
one's figures ("In the first half it managed only around 12,000", "That was almost double the
2.73 trillion yen it made a year earlier") carries its subject on."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.context import Slot, main_market
from kg.extract.events.base import (
    ORGS,
    Ctx,
    Keywords,
    clause_subject,
    is_country,
    make_event,
    period_expr,
    prefer_subjects,
    trigger,
)
from kg.extract.events.restructuring import RESTRUCTURING
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity
from kg.extract.temporal import DateExpr
from kg.kb import catalog

SALES = trigger(
    r"\b(?:sold|sell(?:s|ing)?|sales|deliver(?:ed|ies|y)|registrations?|registered|"
    r"shipped|shipments?|moved|retail(?:ed)?|wholesales?|hand(?:ed|s|ing)|volumes?)\b"
)
_CONTINUES = trigger(
    r"\b(?:accounted\s+for|managed|of\s+(?:them|those|these)|another|added|only|made|earned|"
    r"posted|booked)\b"
)
_COUNT_END = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:in|it|they|from|a|an|the|for|during|last|this|over|across|"
    r"worldwide|globally|units?|vehicles?|cars?|by|of\s+(?:them|those|these|which|"
    r"[A-Z]\w+(?:'s|’s))))"
)
FINANCE = trigger(
    r"\b(?:(?:operating|net|pre-tax|pretax|gross|adjusted)\s+(?:profit|income|loss|"
    r"earnings)|profits?|revenues?|turnover|net loss|losses|loss|earnings|EBIT(?:DA)?|"
    r"(?:equity\s+)?income|charges?|write-?downs?|impairments?)\b"
)
_NOT_SOLD = re.compile(
    r"\b(?:recall(?:ing|ed|s)?|capacity|target(?:ing)?|goal|aim|forecast|expects?|plans?|"
    r"produce|build|built|orders?|out\s+of(?:\s+every)?)\b",
    re.IGNORECASE,
)
_NOT_A_RESULT = re.compile(
    r"\b(?:expects?|expected|forecasts?|outlook|guidance|targets?|aims?|sees)\b", re.IGNORECASE
)
_CHANGE_BY = re.compile(
    r"\bby\s+(?:more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"\b(?:than|on|versus|compared\s+(?:with|to)|from|against)\s+(?:in\s+|the\s+)?$",
    re.IGNORECASE,
)
_YEAR_EARLIER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|"
    r"the\s+(?:previous|prior)\s+year|the\s+year\s+before|"
    r"in\s+the\s+same\s+period\s+(?:a|last)\s+year)",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b(?:there|of\s+them|of\s+those|of\s+these)\b", re.IGNORECASE)
_WORLDWIDE = re.compile(r"\b(?:global(?:ly)?|worldwide|world|around the world)\b", re.IGNORECASE)
_BUSINESS = re.compile(
    r"^\s+(?:operations|business(?:es)?|unit|arm|division|joint\s+ventures?)\b", re.IGNORECASE
)


@dataclass
class _Figure:
    quantity: Quantity
    subject: str
    period: DateExpr
    market: str | None


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


def _possessive(ctx: Ctx, d: DateExpr) -> bool:
    return ctx.text[d.end : d.end + 2] in ("'s", "’s")


def _figure_period(ctx: Ctx, quantity: Quantity, earlier: list[_Figure]) -> DateExpr | None:
    """The period of a figure: stated in its clause ("in January", "December's 58,513"), else
    the period of the figure before it in the sentence, else the one the article last named."""
    start, end = ctx.local(quantity.start), ctx.local(quantity.end)
    if _YEAR_EARLIER.match(ctx.text[end:]):
        periods = [d for d in ctx.dates if not d.since and d.precision != "day"]
        base = (
            earlier[-1].period
            if earlier
            else period_expr(periods[0])
            if periods
            else ctx.memory.period
        )
        if base is not None:
            return _shift_year(base, -1)
    clause = ctx.clause(start)
    options = []
    for d in ctx.dates:
        if d.since or d.precision == "day":
            continue
        adjacent = 0 <= d.start - end <= 12 or (0 <= start - d.end <= 5 and _possessive(ctx, d))
        if _possessive(ctx, d) and not adjacent:
            continue
        if _COMPARED.search(ctx.text[max(0, d.start - 25) : d.start]) and not adjacent:
            continue
        if clause[0] <= d.start < clause[1] or adjacent:
            options.append(d)
    if not options:
        if earlier:
            return earlier[-1].period
        before = [
            d
            for d in ctx.dates
            if d.end <= start
            and not d.since
            and d.precision != "day"
            and not _possessive(ctx, d)
            and not _COMPARED.search(ctx.text[max(0, d.start - 25) : d.start])
        ]
        return period_expr(before[-1]) if before else ctx.memory.period

    def distance(d: DateExpr) -> float:
        gap = d.start - end if d.start >= end else (start - d.end) * 1.5
        return gap + (0 if d.is_period else 3)

    chosen = period_expr(min(options, key=distance))
    if _CUMULATIVE.search(ctx.text[max(0, chosen.start - 20) : chosen.start]):
        return _since_start(ctx, chosen)
    return chosen


def _since_start(ctx: Ctx, until: DateExpr) -> DateExpr:
    """'135,000 by the end of December', after 'went on sale on March 28 last year': a running
    total from the day the sentence names (else the start of the year) to the end of the month."""
    start = f"{until.period_end[:4]}-01-01"
    days = [d for d in ctx.dates if d.precision == "day" and d.start < until.start]
    if days and days[-1].date <= until.period_end:
        start = days[-1].date
    return DateExpr(
        until.start, until.end, until.date, until.precision, start, until.period_end, True
    )


def _possessive_modifier(ctx: Ctx, slot: Slot) -> bool:
    """'VW's Audi brand', 'the group's core Volkswagen brand': the owner modifies the next name."""
    after = ctx.doc.text[slot.end : slot.end + 40]
    if not re.match(r"(?:'s|’s|')\s", after):
        return False
    return any(
        o.start > slot.end and o.start - slot.end < 30 and o.label in ORGS
        for o in ctx.view.slots
        if o is not slot
    )


def _figure_subject(
    ctx: Ctx, quantity: Quantity, earlier: list[_Figure], previous: RawEvent | None
) -> str | None:
    local = ctx.local(quantity.start)
    for slot in ctx.slots(*ORGS):
        if re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+)?", ctx.doc.text[slot.end : quantity.start]):
            return slot.key  # "against BYD's 1.57 million"
    clause_start, _ = ctx.clause(local)
    orgs = [
        s
        for s in ctx.view.slots
        if s.label in ORGS and s.start < quantity.start and not _possessive_modifier(ctx, s)
    ]
    in_clause = [s for s in orgs if ctx.local(s.start) >= clause_start]
    if previous is not None and (not in_clause or all(s.via == "pronoun" for s in in_clause)):
        return previous.keys_with_role("subject")[0]
    if re.match(r",?\s*(?:which|who)\b", ctx.text[clause_start:]) and not [
        s for s in in_clause if s.via != "pronoun"
    ]:
        before = [
            s
            for s in orgs
            if ctx.local(s.start) < clause_start
            and ctx.doc.text[s.end : s.end + 2] not in ("'s", "’s")
        ]
        if before:
            return prefer_subjects(ctx, before)[-1].key
    if in_clause:
        subjects = [s for s in prefer_subjects(ctx, in_clause) if s in in_clause]
        if subjects:
            return subjects[0].key
    if earlier:
        return earlier[-1].subject
    found = clause_subject(ctx, quantity.start)
    return found.key if found is not None else None


def _countries(ctx: Ctx) -> list[Slot]:
    return [
        s
        for s in ctx.slots("Place")
        if is_country(ctx, s)
        and not re.search(r"\bfrom\s+$", ctx.doc.text[max(ctx.offset, s.start - 6) : s.start])
    ]


def _figure_market(
    ctx: Ctx,
    quantity: Quantity,
    subject: str,
    earlier: list[_Figure],
    previous: RawEvent | None,
) -> str | None:
    local = ctx.local(quantity.start)
    clause = ctx.clause(local)
    countries = _countries(ctx)
    in_clause = [
        s
        for s in countries
        if clause[0] <= ctx.local(s.start) < clause[1]
        and (s.start < quantity.start or s.start - quantity.end < 30)
    ]
    if in_clause:
        return min(in_clause, key=lambda s: abs(s.start - quantity.start)).key
    same_subject = [f for f in earlier if f.subject == subject]
    if same_subject:
        return same_subject[-1].market
    for start, end, place in ctx.doc.demonyms:
        if ctx.offset <= start < ctx.offset + len(ctx.text) and re.match(
            r"\s+(?:market|buyers|customers|consumers|sales)", ctx.doc.text[end : end + 12]
        ):
            return place.id
    if _WORLDWIDE.search(ctx.text[clause[0] : clause[1]]):
        return None
    if previous is not None:
        markets = previous.keys_with_role("market")
        if markets and previous.keys_with_role("subject") == [subject]:
            return markets[0]
    if _ANAPHORIC.search(ctx.text[clause[0] : clause[1]]) or _about_same_sales(ctx, subject):
        found = main_market(ctx.doc, ctx.view.sentence, use_article=False, skip_current=True)
        if found:
            return found
    info = ctx.doc.entities.get(subject)
    if info is not None and info.label == "JointVenture" and info.kb and info.kb.country:
        home = catalog().get(info.kb.country)
        if home is not None:
            return home.id
    return None


def _about_same_sales(ctx: Ctx, subject: str) -> bool:
    """The previous sentence of the paragraph speaks of the same organisation's sales."""
    index = ctx.view.sentence.index
    if index == 0:
        return False
    before = ctx.doc.sentences[index - 1]
    if before.paragraph != ctx.view.sentence.paragraph or not SALES.search(before.text):
        return False
    return any(m.key == subject and m.sentence == index - 1 for m in ctx.doc.mentions)


def sales_figures(ctx: Ctx) -> list[Quantity]:
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


def sales(ctx: Ctx) -> Iterator[RawEvent]:
    """'sales-figure': a count of vehicles sold, delivered or registered in a period;
    'sales-continued': the figure of a sentence that continues the previous one's."""
    triggered = bool(SALES.search(ctx.text)) and not (
        FINANCE.search(ctx.text) and not re.search(r"\b(?:vehicles|units|cars)\b", ctx.text)
    )
    previous = ctx.memory.last("SalesReport", ctx.view.sentence.index)
    if previous is not None and (
        ctx.doc.sentences[previous.sentence].paragraph != ctx.view.sentence.paragraph
    ):
        previous = None
    continuing = (
        not triggered
        and previous is not None
        and bool(_CONTINUES.search(ctx.text))
        and not any(q.is_money for q in ctx.quantities)
    )
    if not triggered and not continuing:
        return
    figures = sales_figures(ctx)
    done: list[_Figure] = []
    for quantity in figures:
        before = ctx.text[max(0, ctx.local(quantity.start) - 40) : ctx.local(quantity.start)]
        if _NOT_SOLD.search(before):
            continue
        subject = _figure_subject(ctx, quantity, done, previous if continuing else None)
        if subject is None:
            continue
        period = _figure_period(ctx, quantity, done)
        if period is None:
            continue
        market = _figure_market(ctx, quantity, subject, done, previous)
        done.append(_Figure(quantity, subject, period, market))
        participants = [(subject, "subject")]
        if market:
            participants.append((market, "market"))
        yield make_event(
            ctx,
            "SalesReport",
            "sales-continued" if continuing else "sales-figure",
            participants,
            quantity=quantity,
            period=period,
            status="reported",
        )
    _remember(ctx, done)


def _remember(ctx: Ctx, done: list[_Figure]) -> None:
    """The period of the sentence's main figure is the one later figures refer to."""
    if done and not _YEAR_EARLIER.match(ctx.text[ctx.local(done[0].quantity.end) :]):
        ctx.memory.period = done[0].period


def _result_market(ctx: Ctx, quantity: Quantity) -> str | None:
    """'its China operations returned to a small profit': the market a result is for."""
    clause = ctx.clause(ctx.local(quantity.start))
    for slot in _countries(ctx):
        if not clause[0] <= ctx.local(slot.start) < clause[1] and slot.start > quantity.start:
            continue
        if _BUSINESS.match(ctx.doc.text[slot.end : slot.end + 30]):
            return slot.key
    return None


def finance(ctx: Ctx) -> Iterator[RawEvent]:
    """'financial-figure': revenue, profit or loss stated as money for a period;
    'financial-continued': a comparison figure in the sentence after one."""
    keywords = list(FINANCE.finditer(ctx.text))
    previous = ctx.memory.last("FinancialResult", ctx.view.sentence.index)
    continuing = not keywords and previous is not None and bool(_CONTINUES.search(ctx.text))
    if not keywords and not continuing:
        return
    money = [q for q in ctx.quantities if q.is_money]
    if not money or RESTRUCTURING.search(ctx.text):
        return
    done: list[_Figure] = []
    for quantity in money:
        local = ctx.local(quantity.start)
        clause = ctx.clause(local)
        if keywords and not any(
            clause[0] <= k.start() < local and local - k.end() < 90 for k in keywords
        ):
            continue
        before = ctx.text[clause[0] : local]
        if _CHANGE_BY.search(before) or _NOT_A_RESULT.search(before):
            continue
        subject = _figure_subject(ctx, quantity, done, previous if continuing else None)
        if subject is None:
            continue
        period = _figure_period(ctx, quantity, done)
        if period is None:
            continue
        market = _result_market(ctx, quantity)
        done.append(_Figure(quantity, subject, period, market))
        participants = [(subject, "subject")]
        if market:
            participants.append((market, "market"))
        yield make_event(
            ctx,
            "FinancialResult",
            "financial-continued" if continuing else "financial-figure",
            participants,
            quantity=quantity,
            period=period,
            status="reported",
        )
    _remember(ctx, done)


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (SALES, FINANCE)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "sold sell sells selling sales deliver* registr* shipped shipment shipments moved retail "
    "retailed retails wholesale wholesales hand handed hands handing volume volumes profit* "
    "income loss losses earning earnings revenue* turnover ebit ebitda charge charges write "
    "writedown writedowns impairment* equity"
)
