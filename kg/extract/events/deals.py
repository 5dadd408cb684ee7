"""Acquisitions, investments and sales of stakes or companies."""

import re
from collections.abc import Iterator

from kg.extract.events.base import (
    ORGS,
    Ctx,
    is_country_or_city,
    make_event,
    preceded_by,
    prefer_subjects,
    trigger,
)
from kg.extract.events.figures import sales_figures
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity

ACQUISITION = trigger(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition|takeover|buy(?:s|ing)?|bought|"
    r"paid\s+for|pays\s+for|took\s+control\s+of|take\s+control\s+of|"
    r"purchas(?:e|es|ed|ing)|take (?:a|an) (?:\d+|majority|minority)|"
    r"took (?:a|an) (?:\d+|majority|minority|controlling)|"
    r"tak(?:e|es|ing) (?:a|an) (?:controlling|majority) (?:stake|interest))\b"
)
INVESTMENT = trigger(
    r"\b(?:invest(?:s|ed|ing|ments?)?(?!\s+(?:firm|fund|arm|company|vehicle|bank|house|group))|"
    r"inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|put\s+(?:about\s+|some\s+|"
    r"roughly\s+|nearly\s+)?[$€£¥]|funding|capital increase|backed|backing|stake)"
)
_STAKE_PCT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|percent)|\b(?:majority|controlling)\b", re.IGNORECASE
)


SALE = trigger(
    r"\b(?:sell|sells|selling|sold|sale\s+of|divest(?:s|ed|ing|ment)?|offload(?:s|ed|ing)?|"
    r"dispose\s+of|hand(?:ed|s)?\s+(?:over\s+)?(?:its|their)\s+(?:\d+%\s+)?stake)\b"
)


def divestment(ctx: Ctx) -> Iterator[RawEvent]:
    """'Stellantis could sell Maserati', 'sold its stake in X to Y': a sale seen from the seller."""
    match = SALE.search(ctx.text)
    if not match or ACQUISITION.search(ctx.text) or sales_figures(ctx):
        return
    trigger_at = ctx.offset + match.start()
    orgs = ctx.slots(*ORGS)
    sellers = prefer_subjects(ctx, [o for o in orgs if o.start < trigger_at])
    objects = [o for o in orgs if o.start > trigger_at and not preceded_by(ctx, o, "to")]
    buyers = [o for o in orgs if o.start > trigger_at and preceded_by(ctx, o, "to")]
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
    yield make_event(
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
    sellers = [s for s in orgs if preceded_by(ctx, s, "from")]
    buyer = next(
        (
            s
            for s in prefer_subjects(ctx, [o for o in orgs if o.start < trigger_at])
            if s not in sellers and not preceded_by(ctx, s, "in|of|into")
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
        and preceded_by(ctx, s, "stake in|holding in|share in|interest in|of")
    ]
    places = [s for s in ctx.slots("Place") if s.start > trigger_at and is_country_or_city(ctx, s)]
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
            yield make_event(
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
    yield make_event(
        ctx,
        type_,
        f"{type_.lower()}-trigger",
        participants,
        quantity=quantity,
        date_near=trigger.start(),
    )


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (
    ACQUISITION,
    INVESTMENT,
    SALE,
)
