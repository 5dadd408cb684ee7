"""Acquisitions and investments, seen from the buyer, the investor or the seller.

One deal per sentence (or one per stake when a sentence lists several: "paid for 51% of Lotus
and 49.9% of Proton"). The roles come from the clause of the trigger and its prepositions: the
buyer or investor acts ("Zeekr agreed to buy out", "..., which put $2.2 billion into Nio",
"when the Mumbai-based group bought it"), the object follows the trigger ("bought it",
"its stake in AvtoVAZ", "21% of Leapmotor"), sellers come after "from" or hold the stakes bought
out, the buyer of a sale comes after "to"; a plant sold or an investment in a place gives the
location."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.context import Slot
from kg.extract.events.base import (
    ORGS,
    Ctx,
    Keywords,
    is_country_or_city,
    make_event,
    preceded_by,
    prefer_subjects,
    trigger,
)
from kg.extract.events.figures import sales_figures
from kg.extract.facts import RawEvent
from kg.extract.quantities import Quantity
from kg.extract.temporal import DateExpr

ACQUISITION = trigger(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition|takeover|buy(?:s|ing)?(?:\s+out)?|bought(?:\s+out)?|"
    r"paid\s+(?:[^.,;]{0,40}?\s)?for|pays\s+for|(?:took|take|takes|taking)\s+(?:over|control\s+of)|"
    r"purchas(?:e|es|ed|ing)|take (?:a|an) (?:\d+|majority|minority)|"
    r"took (?:a|an) (?:\d+|majority|minority|controlling)|"
    r"tak(?:e|es|ing) (?:a|an) (?:controlling|majority) (?:stake|interest)|"
    r"(?:rais|increas|lift)(?:e|ed|es|ing)\s+(?:its|their)\s+(?:stake|holding|shareholding))\b"
)
INVESTMENT = trigger(
    r"\b(?:invest(?:s|ed|ing|ments?)?\b(?!\s+(?:firm|fund|arm|company|vehicle|bank|house|group))|"
    r"inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|put\s+(?:about\s+|some\s+|"
    r"roughly\s+|nearly\s+)?[$€£¥]|funding|capital increase|backed|backing|"
    r"(?:spend|spends|spending|spent)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|up\s+to\s+)?"
    r"[$€£¥])"
)
SALE = trigger(
    r"\b(?:sell|sells|selling|sold|sale\s+of|divest(?:s|ed|ing|ment)?|offload(?:s|ed|ing)?|"
    r"dispose\s+of|(?:hand(?:ed|s)?|transfer(?:s|red|ring)?)\s+(?:over\s+)?(?:its|their)\s+"
    r"(?:\d+(?:\.\d+)?%\s+)?(?:stake|shares|holding))\b"
)
_STAKE_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)
_HOLDING_IN = r"(?:stake|holding|share|shares|interest)\s+in"
_PRODUCT_SALE = re.compile(
    r"^\s+(?:under|through|in|at|for|to\s+(?:customers|buyers|drivers))\b", re.IGNORECASE
)
_ALLOWED_MONEY = ("USD", "EUR", "CNY", "JPY", "GBP")
_GERUND = re.compile(r"\b(?:about|over|regarding)\s+$")
_OPTION = re.compile(
    r"\b(?:right|option)\s+to\s+buy\b|\bbuy\s+(?:it|them|\w+(?:\s+\w+)?)\s+back\b", re.IGNORECASE
)


@dataclass
class _Deal:
    type: str
    rule: str
    buyer: str | None = None
    objects: list[tuple[str, Quantity | None]] = field(default_factory=list)
    sellers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


def _not_possessive(ctx: Ctx, slot: Slot) -> bool:
    return ctx.doc.text[slot.end : slot.end + 2] not in ("'s", "’s", "' ")


def _orgs(ctx: Ctx) -> list[Slot]:
    return ctx.slots(*ORGS)


_PREPOSITION = re.compile(
    r"\b(?:in|into|of|from|to|with|by|for|than|at|about|on|under)\s+(?:the\s+|its\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


def _after_preposition(ctx: Ctx, slot: Slot) -> bool:
    return bool(_PREPOSITION.search(ctx.doc.text[max(ctx.offset, slot.start - 12) : slot.start]))


def _actors(ctx: Ctx, at: int) -> list[Slot]:
    """Who acts at a trigger (a sentence offset): the subject of its clause, coordinated
    subjects ("X and Y will transfer"), the antecedent of a relative clause ("X, which put"),
    else the subject of the sentence."""
    clause_start, _ = ctx.clause(at)
    orgs = [o for o in _orgs(ctx) if _not_possessive(ctx, o)]
    in_clause = [
        o
        for o in orgs
        if clause_start <= ctx.local(o.start) < at and not _after_preposition(ctx, o)
    ]
    if in_clause:
        last = in_clause[-1]
        chosen = [last]
        for other in reversed(in_clause[:-1]):
            gap = ctx.doc.text[other.end : chosen[0].start]
            if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+[\w\s-]{0,30}?)?", gap):
                chosen.insert(0, other)
            else:
                break
        if last.via == "pronoun" and re.match(r"\s*(?:its|their)\b", ctx.text[at:]):
            return [last]
        return chosen
    head = ctx.text[clause_start:at]
    before = [o for o in orgs if ctx.local(o.end) <= clause_start]
    if re.match(r",?\s*(?:which|who|that)\b", head) and before:
        return [prefer_subjects(ctx, before)[-1]]
    noun = re.search(r"\binvestment\s*$", ctx.text[:at])
    if noun is None and before:
        first = prefer_subjects(ctx, before)
        return first[:1]
    return []


def _noun_actor(ctx: Ctx, match: re.Match[str]) -> Slot | None:
    """'the minority investment Stellantis made': the investor named right after the noun."""
    if not re.match(r"investments?$", match.group(0), re.IGNORECASE):
        return None
    for org in _orgs(ctx):
        gap = ctx.text[match.end() : ctx.local(org.start)]
        if 0 <= len(gap) <= 2 and re.match(
            r"\s+(?:made|announced|agreed)\b", ctx.doc.text[org.end :]
        ):
            return org
    return None


def _pronoun_object(ctx: Ctx, buyer: str | None) -> Slot | None:
    """'bought it': the organisation the sentence is about."""
    for org in _orgs(ctx):
        if org.key != buyer and not preceded_by(ctx, org, "by|from|to|with"):
            return org
    return None


def _staked(ctx: Ctx, after: int) -> list[tuple[Slot, Quantity]]:
    """'51% of Lotus and 49.9% of Malaysia's Proton': each target with its stake."""
    found = []
    for org in _orgs(ctx):
        if ctx.local(org.start) < after:
            continue
        head = ctx.doc.text[max(ctx.offset, org.start - 40) : org.start]
        pct = re.search(
            r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:stake\s+)?of\s+(?:[A-Z][\w']*(?:'s|’s)\s+)?$",
            head,
        )
        if pct:
            found.append((org, Quantity(org.start, org.start, float(pct.group(1)), "percent")))
    return found


def _right_after(ctx: Ctx, slot: Slot, words: str) -> bool:
    """The slot follows one of the words directly ('to Renault', 'into the group')."""
    before = ctx.doc.text[max(ctx.offset, slot.start - 24) : slot.start]
    return bool(
        re.search(
            rf"\b(?:{words})\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
            before,
            re.IGNORECASE,
        )
    )


def _objects(ctx: Ctx, at: int, end: int, kind: str, buyer: str | None) -> list[Slot]:
    """What is bought, sold or invested in: the holding named ('its stake in AvtoVAZ'), else
    the organisation after the trigger ('to buy Senova', 'acquisition of Xiaomi', 'into Nio')."""
    orgs = _orgs(ctx)
    held = [o for o in orgs if preceded_by(ctx, o, _HOLDING_IN)]
    if held:
        return held[:1]
    if re.match(r"\s*(?:it|them)\b", ctx.text[end:]) and kind != "invest":
        found = _pronoun_object(ctx, buyer)
        return [found] if found is not None else []
    clause = ctx.clause(end)
    after = [
        o
        for o in orgs
        if ctx.local(o.start) >= end
        and ctx.local(o.start) < clause[1] + 200 * (kind == "sell")
        and o.key != buyer
        and _not_possessive(ctx, o)
        and not re.match(r"(?:its|their)\b", ctx.doc.text[o.start : o.end], re.IGNORECASE)
    ]
    if kind == "invest":
        return [o for o in after if _right_after(ctx, o, "in|into")][:1]
    if kind == "sell":
        return [o for o in after if not _right_after(ctx, o, "to|with")][:1]
    direct = re.compile(
        r"\s+(?:of\s+|(?:bid|offer|approach)\s+for\s+)?(?:the\s+|its\s+|a\s+|an\s+)?"
        r"(?:[\w-]+\s+)?$"
    )
    return [
        o
        for o in after
        if direct.fullmatch(ctx.text[end : ctx.local(o.start)])
        or not _right_after(ctx, o, "from|to|for|with|by|of|than|at|in|on")
    ][:1]


def _stake_holders(ctx: Ctx, end: int) -> list[Slot]:
    """'buy out the Volvo Cars and Geely Holding stakes': the holders sell."""
    tail = ctx.text[end:]
    found = re.match(r"\s+(?:the\s+)?((?:ENT\d+|[^,.;]){1,80}?)\s+stakes?\b", tail)
    if not found:
        return []
    span = (end, end + found.end())
    return [
        o for o in _orgs(ctx) if span[0] <= ctx.local(o.start) < span[1] and _not_possessive(ctx, o)
    ]


def _buyers_of_sale(ctx: Ctx, end: int) -> list[Slot]:
    orgs = [o for o in _orgs(ctx) if ctx.local(o.start) >= end and o.via != "pronoun"]
    to = [
        o
        for o in orgs
        if re.search(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", ctx.text[end : ctx.local(o.start)])
    ]
    if to:
        return to[:1]
    among = [
        o
        for o in orgs
        if re.match(
            r"\s+among\s+the\s+(?:possible|potential|likely)\s+buyers", ctx.doc.text[o.end :]
        )
    ]
    return among[:1]


_PLANT_NOUN = r"(?:(?:car|vehicle|assembly|steel)\s+)?(?:plants?|factor(?:y|ies)|sites?|mill)\b"


def _places(ctx: Ctx, end: int, invest: bool = False) -> list[str]:
    """Where the deal is: 'its St Petersburg plant', 'its car plant in St Petersburg', 'a steel
    mill in Louisiana'; for an investment also 'in the United States', 'in its German plants'."""
    for slot in ctx.slots("Place"):
        if ctx.local(slot.start) < end or not is_country_or_city(ctx, slot):
            continue
        head = ctx.doc.text[max(ctx.offset, slot.start - 30) : slot.start]
        tail = ctx.doc.text[slot.end : slot.end + 25]
        own_plant = re.search(r"\b(?:its|their)\s+$", head) and re.match(rf"\s+{_PLANT_NOUN}", tail)
        plant_in = re.search(rf"\b{_PLANT_NOUN}\s+in\s+(?:the\s+)?$", head)
        if own_plant or plant_in or (invest and re.search(r"\bin\s+(?:the\s+)?$", head)):
            return [slot.key]
    if invest:
        for start, stop, place in ctx.doc.demonyms:
            local, local_end = start - ctx.offset, stop - ctx.offset
            if end <= local < len(ctx.text) and re.match(
                rf"\s+{_PLANT_NOUN}", ctx.text[local_end:]
            ):
                return [place.id]
    return []


def _money(ctx: Ctx) -> Quantity | None:
    money = [q for q in ctx.quantities if q.is_money]
    allowed = [q for q in money if q.unit in _ALLOWED_MONEY]
    chosen = allowed or money
    return chosen[0] if chosen else None


def _when_date(ctx: Ctx, at: int) -> DateExpr | None:
    """'since 2008, when the group bought it': the date the 'when' clause hangs on."""
    clause_start, _ = ctx.clause(at)
    if not re.match(r",\s*when\b", ctx.text[clause_start:]):
        return None
    dates = [d for d in ctx.dates if d.end <= clause_start and clause_start - d.end <= 3]
    return dates[-1] if dates else None


def deal_events(ctx: Ctx) -> Iterator[RawEvent]:
    """'acquisition-trigger', 'investment-trigger', 'acquisition-stakes' (one per stake) and
    'divestment-trigger' (a sale seen from the seller)."""
    buy, invest, sell = (
        ACQUISITION.search(ctx.text),
        INVESTMENT.search(ctx.text),
        SALE.search(ctx.text),
    )
    if not (buy or invest or sell):
        return
    if buy and _OPTION.search(ctx.text) and not (invest or sell):
        return
    if sell and not buy and sales_figures(ctx):
        return
    deal = _read(ctx, buy, invest, sell)
    if deal is None or (deal.buyer is None and not (deal.objects and deal.sellers)):
        return
    if deal.type == "Acquisition" and not deal.objects and not deal.places:
        return
    money = _money(ctx)
    trigger_at = next(m.start() for m in (buy, invest, sell) if m is not None)
    when = _when_date(ctx, min(m.start() for m in (buy, invest, sell) if m is not None))
    targets: list[tuple[str | None, Quantity | None]] = [*deal.objects] or [(None, None)]
    for target, stake in targets:
        participants: list[tuple[str, str]] = []
        if deal.buyer:
            participants.append((deal.buyer, "subject"))
        if target:
            participants.append((target, "object"))
        elif deal.places:
            participants += [(p, "location") for p in deal.places]
        participants += [(s, "from") for s in deal.sellers if s != deal.buyer]
        if len(participants) < 2:
            continue
        if deal.type == "Acquisition" and target and deal.places:
            participants += [(p, "location") for p in deal.places]
        quantity = stake if len(deal.objects) > 1 else money or stake or _stake(ctx)
        yield make_event(
            ctx,
            deal.type,
            deal.rule,
            participants,
            quantity=quantity,
            date_near=trigger_at,
            when=when,
        )


def _stake(ctx: Ctx) -> Quantity | None:
    after = re.search(r"\bleave\s+(?:it|them)\s+with\s+(\d+(?:\.\d+)?)\s*(?:%|percent)", ctx.text)
    if after:
        return Quantity(after.start(1), after.end(1), float(after.group(1)), "percent")
    return next((q for q in ctx.quantities if q.unit == "percent"), None)


def _read(
    ctx: Ctx,
    buy: re.Match[str] | None,
    invest: re.Match[str] | None,
    sell: re.Match[str] | None,
) -> _Deal | None:
    if (
        sell
        and (not buy or sell.start() < buy.start())
        and (not invest or sell.start() < invest.start() or invest.group(0).lower() == "stake")
    ):
        return _read_sale(ctx, sell)
    match = (
        buy
        if buy
        and (not invest or buy.start() < invest.start() or invest.group(0).lower() == "stake")
        else invest
    )
    assert match is not None
    kind = "buy" if match is buy else "invest"
    deal = _Deal(
        "Acquisition" if kind == "buy" else "Investment",
        f"{'acquisition' if kind == 'buy' else 'investment'}-trigger",
    )
    actor = _noun_actor(ctx, match) if kind == "invest" else None
    if actor is None and _GERUND.search(ctx.text[max(0, match.start() - 10) : match.start()]):
        subjects = prefer_subjects(
            ctx, [o for o in _orgs(ctx) if ctx.local(o.end) <= match.start()]
        )
        actor = subjects[0] if subjects else None
    actors = [actor] if actor is not None else _actors(ctx, match.start())
    if not actors:
        return None
    deal.buyer = actors[-1].key
    staked = _staked(ctx, match.start())
    if len(staked) > 1:
        deal.objects = [(o.key, q) for o, q in staked]
        deal.rule = "acquisition-stakes"
    else:
        holders = _stake_holders(ctx, match.end()) if kind == "buy" else []
        objects = [] if holders else _objects(ctx, match.start(), match.end(), kind, deal.buyer)
        if staked and not objects:
            objects = [staked[0][0]]
        if holders:
            topic = _pronoun_object(ctx, deal.buyer)
            objects = (
                [topic] if topic is not None and topic.key not in [h.key for h in holders] else []
            )
        deal.objects = [(o.key, None) for o in objects]
        deal.sellers = [h.key for h in holders]
    deal.sellers += [
        o.key
        for o in _orgs(ctx)
        if preceded_by(ctx, o, "from") and o.key not in deal.sellers and o.key != deal.buyer
    ]
    deal.places = _places(ctx, match.end(), invest=kind == "invest")
    if (
        kind == "buy"
        and _minority(ctx)
        and not re.search(r"\b(?:acquir|bought|buy|purchas)", ctx.text, re.IGNORECASE)
    ):
        deal.type, deal.rule = "Investment", "investment-trigger"
    if kind == "invest" and not deal.objects and not deal.places and not _money(ctx):
        return None
    if kind == "invest" and not _money(ctx) and not deal.objects:
        return None
    return deal


def _minority(ctx: Ctx) -> bool:
    stake = _STAKE_PCT.search(ctx.text)
    return bool(stake and float(stake.group(1)) < 50)


def _read_sale(ctx: Ctx, match: re.Match[str]) -> _Deal | None:
    bare = re.fullmatch(r"sell|sells|selling|sold", match.group(0), re.IGNORECASE)
    if (bare and _PRODUCT_SALE.match(ctx.text[match.end() :])) or re.search(
        r"\b(?:be|been|being|are|is|were|was)\s+$",
        ctx.text[max(0, match.start() - 8) : match.start()],
    ):
        return None
    deal = _Deal("Acquisition", "divestment-trigger")
    gerund = re.search(
        r"\b(?:about|over|regarding)\s+$", ctx.text[max(0, match.start() - 10) : match.start()]
    )
    if gerund:
        before = [
            o
            for o in _orgs(ctx)
            if ctx.local(o.end) <= match.start() and _not_possessive(ctx, o) and o.via != "pronoun"
        ]
        sellers = before[-1:]
        first = prefer_subjects(ctx, before)
        if first and sellers and first[0].key != sellers[0].key:
            deal.buyer = first[0].key
    else:
        sellers = _actors(ctx, match.start())
    if not sellers:
        return None
    deal.sellers = [s.key for s in sellers]
    buyers = _buyers_of_sale(ctx, match.end())
    if buyers and deal.buyer is None:
        deal.buyer = buyers[0].key
    objects = [
        o
        for o in _objects(ctx, match.start(), match.end(), "sell", deal.buyer)
        if o.key not in deal.sellers
    ]
    deal.objects = [(o.key, None) for o in objects]
    deal.places = _places(ctx, match.end())
    if not deal.objects and not deal.places and deal.buyer is None:
        return None
    return deal


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (ACQUISITION, INVESTMENT, SALE)

# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "acquir* acquisition* takeover buy buys buying bought paid pays took take takes taking "
    "purchas* invest* inject* pour pours poured pouring pump pumps pumped pumping put funding "
    "capital backed backing spend spends spending spent stake stakes sell sells selling sold "
    "sale divest* offload* dispose hand handed hands transfer* raise raised "
    "raises raising increase increased increases increasing lift lifted lifts lifting"
)
