"""Restructurings: job cuts with their number and places, plans, charges, demergers.

A restructuring without a figure is an event only when the sentence states an act ("unveiled
a plan", "has undergone", "approved"); "is in the middle of a turnaround that includes job cuts"
and "a more detailed plan, likely in May" are not. Job figures of a sentence that continues a
restructuring ("Germany takes the heaviest hit, with around 2,900 positions to go, largely in
Cologne"; "About 800 jobs will be lost in Britain and some 300 in other countries") are
restructurings of the same organisation, each with its own places, dated as the first."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import (
    ORGS,
    Ctx,
    Keywords,
    clause_subject,
    make_event,
    subject_before,
    trigger,
)
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity
from kg.kb import catalog

_STAFF = r"(?:jobs|positions|roles|workers|employees|staff|workforce|headcount)"
_NUMBER = (
    r"(?:[\d,.]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)"
    r"(?:\s+(?:hundred|thousand))?)"
)
RESTRUCTURING = trigger(
    r"\b(?:restructur(?:ing|ed|e|es)|reorgani[sz](?:ation|ed|ing|e)|overhaul(?:ed|s)?|"
    r"shake-?ups?|shakeups?|job\s+cuts|layoffs?|redundanc(?:y|ies)|lay(?:ing)?\s+off|"
    r"(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|ax(?:e|es|ed|ing)|"
    r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?"
    rf"{_NUMBER}\s+(?:of\s+)?(?:\w+\s+){{0,2}}?{_STAFF}|"
    r"(?:plan|programme|program|strategy)(?:\s+\w+){0,3}?\s+to\s+(?:cut|trim|reduce|streamline|consolidate|"
    r"shrink)|cost[\s-](?:saving|cutting|reduction)\s+(?:programme|program|plan|drive|"
    r"measures)|savings\s+(?:programme|program|plan)|demerge[rds]?|demerging|spin\s+off|"
    r"stop\s+funding|streamlin(?:e|ing)|downsiz(?:e|ing))\b|"
    rf"{_NUMBER}\s+(?:\w+\s+)?{_STAFF}\s+(?:will|would|are\s+to|are\s+set\s+to|could)\s+"
    rf"(?:go|be\s+(?:lost|cut|axed|eliminated|shed))\b|\b{_STAFF}\s+to\s+go\b"
)
_LOST = re.compile(r"\b(?:go|lost|cut|axed|eliminated|shed)$")
_CONTINUED = re.compile(rf"\b{_STAFF}\b|\b(?:to\s+go|will\s+be\s+lost|lose|losses)\b", re.I)
_ACT = re.compile(
    r"\b(?:announc\w*|unveil\w*|approv\w*|launch\w*|agreed|(?<!a\s)(?<!the\s)plans\s+to|planning|preparing|"
    r"is\s+to|are\s+to|will|would|has\s+undergone|have\s+undergone|underwent|undergoing|"
    r"(?:has|have)\s+been\s+through|went\s+through|began|begun|started|completed|carried\s+out|"
    r"outlined|embarked|set\s+out|decision)\b",
    re.IGNORECASE,
)
_NOT_AN_ACT = re.compile(
    r"\b(?:likely|could|may|might|watch|in\s+the\s+middle\s+of|without|no\s+plans?|"
    r"would\s+need|speculat\w*)\b",
    re.IGNORECASE,
)
_THE_SAME = re.compile(
    r"\W*(?:The|This|That)\s+(?:restructuring|reorgani[sz]ation|plan|overhaul)\s+(?:will|would|"
    r"is|was|has|had|should|could|may)\b"
)
_ANOTHER = re.compile(r"^\s*(?:Another|A\s+further|Further)\b")


def _subject(ctx: Ctx, at: int) -> str | None:
    """Who restructures: the organisation acting at the trigger, else the organisation of a
    person acting there ("Li announced a plan"), else the one the article is about."""
    clause_start, _ = ctx.clause(ctx.local(at))
    orgs = [o for o in ctx.slots(*ORGS) if clause_start <= ctx.local(o.start) and o.start < at]
    if orgs:
        found = subject_before(ctx, at)
        if found is not None:
            return found.key
    people = [p for p in ctx.slots("Person") if p.start < at]
    for person in people:
        org = _organisation_of(ctx, person)
        if org is not None:
            return org
    found = clause_subject(ctx, at) or subject_before(ctx, at)
    return found.key if found is not None else None


def _organisation_of(ctx: Ctx, person: Slot) -> str | None:
    facts = [f for f in catalog().facts_about([person.key]) if f.type == "HOLDS_ROLE"]
    for fact in facts:
        if fact.object_id in ctx.doc.entities:
            return fact.object_id
    return facts[0].object_id if facts else None


def _job_figures(ctx: Ctx) -> list[Quantity]:
    """Job figures, and bare numbers joined to one ("800 jobs in Britain and some 300 in ...")."""
    found: list[Quantity] = []
    for q in ctx.quantities:
        if q.unit == "jobs":
            found.append(q)
        elif (
            q.unit is None
            and found
            and re.fullmatch(
                r"[^.;]{0,40}?\s(?:and|,)\s+(?:some|about|around|another|a\s+further)?\s*",
                ctx.doc.text[found[-1].end : q.start],
            )
        ):
            found.append(Quantity(q.start, q.end, q.value, "jobs", q.approximate))
    return found


def _workforce_share(ctx: Ctx, match: re.Match[str]) -> Quantity | None:
    """'shed more than 10% of its global workforce'."""
    share = re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent)", match.group(0))
    if not share:
        return None
    start = ctx.offset + match.start() + share.start()
    return Quantity(start, start + len(share.group(0)), float(share.group(1)), "percent")


def _places(ctx: Ctx, figure: Quantity, figures: list[Quantity]) -> list[Slot]:
    """The places of a figure: up to the next figure, and before it too for the first figure
    ("Germany takes the heaviest hit, with 2,900 positions to go, largely in Cologne"; "800 jobs
    in Britain and some 300 in other countries of the European Union"), outside any "where" or
    "which" clause."""
    before = [q.end for q in figures if q.end <= figure.start]
    after = [q.start for q in figures if q.start >= figure.end]
    low = figure.end if before else ctx.offset
    high = after[0] if after else ctx.offset + len(ctx.text)
    found = []
    for place in ctx.slots("Place"):
        if not low <= place.start < high:
            continue
        gap = ctx.doc.text[min(place.end, figure.start) : max(place.start, figure.end)]
        if re.search(r",\s*(?:where|which|who)\b", gap):
            continue
        found.append(place)
    return found


def restructuring_events(ctx: Ctx) -> Iterator[RawEvent]:
    """'restructuring-jobs': jobs cut (per place); 'restructuring-trigger': a plan, charges or a
    demerger; 'restructuring-continued': the jobs or charges of a sentence that goes on."""
    match = RESTRUCTURING.search(ctx.text)
    earlier = ctx.memory.last("Restructuring", ctx.view.sentence.index, within=2)
    lost = match is not None and bool(_LOST.search(match.group(0)))
    continued = earlier is not None and (
        ((match is None or lost) and bool(_CONTINUED.search(ctx.text)) and bool(_job_figures(ctx)))
        or bool(_ANOTHER.match(ctx.text) and any(q.is_money for q in ctx.quantities))
    )
    if match is None and not continued:
        return
    if (
        _THE_SAME.match(ctx.text)
        and not _job_figures(ctx)
        and ctx.memory.last("Restructuring", ctx.view.sentence.index, within=8) is not None
    ):
        return  # "The restructuring will cost ...": the one stated before
    jobs = _job_figures(ctx)
    money = [q for q in ctx.quantities if q.is_money]
    share = _workforce_share(ctx, match) if match is not None else None
    if not (jobs or money or share or continued) and (
        not _ACT.search(ctx.text) or _NOT_AN_ACT.search(ctx.text)
    ):
        return
    at = ctx.offset + (match.start() if match is not None else 0)
    if continued and earlier is not None:
        subject: str | None = earlier.keys_with_role("subject")[0]
    else:
        subject = _subject(ctx, at)
    if subject is None:
        return
    rule = "restructuring-continued" if continued else "restructuring-trigger"
    if jobs:
        for quantity in jobs:
            participants = [(subject, "subject")]
            participants += [(p.key, "location") for p in _places(ctx, quantity, jobs)]
            event = make_event(
                ctx,
                "Restructuring",
                rule if continued else "restructuring-jobs",
                participants,
                quantity=quantity,
                date_near=ctx.local(quantity.start),
            )
            if continued and earlier is not None:
                event.status = earlier.status
                if earlier.date:
                    event.date, event.date_precision = earlier.date, earlier.date_precision
            yield event
        return
    participants = [(subject, "subject")]
    objects = [
        o
        for o in ctx.slots(*ORGS)
        if o.key != subject
        and o.start > at
        and not re.match(r"(?:its|their)\b", ctx.doc.text[o.start : o.end], re.IGNORECASE)
    ]
    if objects and (money or continued):
        participants.append((objects[0].key, "object"))
    event = make_event(
        ctx,
        "Restructuring",
        rule,
        participants,
        quantity=share or (money[0] if money else None),
        date_near=ctx.local(at),
    )
    if money and not ctx.dates and ctx.memory.period is not None:
        event.date, event.date_precision = ctx.memory.period.period_end[:4], "year"
    yield event


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (RESTRUCTURING,)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "restructur* reorgani* overhaul overhauled overhauls shake shakeup shakeups jobs job "
    "positions roles workers employees staff workforce headcount layoff layoffs redundancy "
    "redundancies lay laying cut cuts cutting trim trims trimmed trimming reduce reduces "
    "reduced reducing consolidate shrink saving savings demerge demerger demerged demerging "
    "spin funding streamlin* downsiz* eliminat* shed sheds shedding axe axes axed axing "
    "slash*"
)
