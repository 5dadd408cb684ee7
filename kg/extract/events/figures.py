"""Sales figures and financial results, each with its reporting period."""

import re
from collections.abc import Iterator

from kg.extract.context import main_market
from kg.extract.events.base import (
    CLAUSE_BREAK,
    Ctx,
    clause_subject,
    is_country,
    make_event,
    period_expr,
    trigger,
)
from kg.extract.events.operations import RESTRUCTURING
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity
from kg.extract.temporal import DateExpr

SALES = trigger(
    r"\b(?:sold|sell(?:s|ing)?|sales|deliver(?:ed|ies|y)|registrations?|registered|"
    r"shipped|shipments?|moved|retail(?:ed)?|wholesales?|hand(?:ed|s|ing)|volumes?)\b"
)
_COUNT_END = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:in|it|they|from|a|an|the|for|during|last|this|over|across|"
    r"worldwide|globally|units?|vehicles?|cars?))"
)
FINANCE = trigger(
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
        base = period_expr(periods[0]) if periods else ctx.doc.last_period
        if base is not None:
            return _shift_year(base, -1)
    options = [d for d in ctx.dates if not d.since and d.precision != "day"]
    if not options:
        remembered: DateExpr | None = ctx.doc.last_period
        return remembered
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(ctx.text)]
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
    if not SALES.search(ctx.text) or (
        FINANCE.search(ctx.text) and not re.search(r"\b(?:vehicles|units|cars)\b", ctx.text)
    ):
        return
    figures = sales_figures(ctx)
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
        subject = clause_subject(ctx, quantity.start)
        if subject is None:
            continue
        period = _as_period(_nearest_period(ctx, quantity), ctx)
        if period is None:
            continue
        participants = [(subject.key, "subject")]
        local_market = _market_for(ctx, quantity, market)
        if local_market:
            participants.append((local_market, "market"))
        yield make_event(
            ctx,
            "SalesReport",
            "sales-figure",
            participants,
            quantity=quantity,
            period=period_expr(period),
            status="reported",
        )


def _market_for(ctx: Ctx, quantity: Quantity, default: str | None) -> str | None:
    countries = [
        s
        for s in ctx.slots("Place")
        if is_country(ctx, s)
        and not re.search(
            r"[,;]",
            ctx.doc.text[min(s.end, quantity.end) : max(s.start, quantity.start)],
        )
    ]
    if not countries and any(is_country(ctx, s) for s in ctx.slots("Place")):
        if re.search(r"\bthere\b", ctx.doc.text[quantity.end : quantity.end + 40]):
            return next(s.key for s in ctx.slots("Place") if is_country(ctx, s))
        return main_market(ctx.doc, ctx.view.sentence, use_article=False, skip_current=True)
    if not countries:
        if re.search(r"\b(?:global(?:ly)?|worldwide|world)\b", ctx.text, re.IGNORECASE):
            return None
        return default
    return min(countries, key=lambda s: abs(s.start - quantity.start)).key


def finance(ctx: Ctx) -> Iterator[RawEvent]:
    match = FINANCE.search(ctx.text)
    if not match or RESTRUCTURING.search(ctx.text):
        return
    money = [q for q in ctx.quantities if q.is_money]
    if not money:
        return
    quantity = min(money, key=lambda q: abs(ctx.local(q.start) - match.start()))
    subject = clause_subject(ctx, quantity.start)
    if subject is None:
        return
    period = _as_period(_nearest_period(ctx, quantity), ctx)
    if period is None:
        return
    yield make_event(
        ctx,
        "FinancialResult",
        "financial-figure",
        [(subject.key, "subject")],
        quantity=quantity,
        period=period_expr(period),
        status="reported",
    )
