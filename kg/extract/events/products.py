"""Debuts, launches and anniversaries of vehicles and brands.

Each trigger is read in its own clause: "Smart held the world premiere of the #5 in Australia;
the SUV is due to reach showrooms in Europe next year" is a debut (in Australia) and a launch
(in Europe, next year). The vehicle is the one the trigger acts on in that clause; the maker is
the organisation that acts, else the one the article already credited with the vehicle, else its
marque; the venue is the auto show named (or the show the article is about); places are the
debut's locations and the launch's markets."""

import re
from collections.abc import Iterator

from kg.extract.context import Slot
from kg.extract.events.base import (
    ORGS,
    Ctx,
    Keywords,
    inside,
    is_country,
    make_event,
    prefer_subjects,
    subject_before,
    trigger,
)
from kg.extract.facts import RawEvent
from kg.extract.quantities import WORD_NUMBERS, Quantity

DEBUT = trigger(
    r"\b(?:debut(?:ed|s|ing)?|unveil(?:ed|s|ing)?|premiere(?:d|s)?|reveal(?:ed|s)|"
    r"(?:pull|pulls|pulled|pulling|take|takes|took|taking)\s+the\s+(?:wraps|covers?)\s+off|"
    r"(?:first\s+)?appeared\s+in\s+public|made\s+(?:its|their)\s+(?:public|world)\s+debut|"
    r"showcas(?:ed|es|ing)|shown|(?:first\s+)?showed(?:\s+off)?|"
    r"presented|world premiere|first public appearance|early preview)\b"
)
LAUNCH = trigger(
    r"\b(?:launch(?:ed|es|ing)?|(?:go|goes|went|going)\s+on\s+sale|rolled out|"
    r"(?:began|begins|begin|started|starts|start)\s+selling|on\s+sale\s+(?:in|from)|"
    r"rolls out|(?:began|begins|started|starts)\s+(?:taking\s+orders|deliveries|sales)|"
    r"(?:deliveries|sales)\s+(?:of\s+(?:[\w-]+\s+){1,4})?(?:\w+\s+)?(?:began|begin|started)|"
    r"introduced|hits? (?:showrooms|dealerships)|arrives? in|"
    r"reach(?:es|ed)?\s+(?:\w+\s+)?(?:showrooms?|dealers|dealerships|customers)|"
    r"will\s+be\s+able\s+to\s+(?:buy|order)|(?:is|are)\s+(?:listed|priced)\s+(?:at|from)|"
    r"priced\s+(?:it|them)\s+(?:at|from)|(?:will\s+)?costs?\s+from|reservations\s+opened|"
    r"put\s+(?:\w+\s+){1,4}on\s+the\s+market)\b"
)
_WEAK = re.compile(r"(?:first\s+)?showed|shown|presented|showcas", re.IGNORECASE)
_NOT_ACTED_ON = re.compile(r"\b(?:of|than|with|like|to|from|for)\s+(?:the\s+|its\s+|a\s+)?$")
_RIGHT_AFTER = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
_MODELS = re.compile(r"\bmodels?\b")
_MARKET_NOUN = re.compile(r"\s+(?:dealers|dealerships|showrooms|market|buyers|customers)\b")


def _coordinated(ctx: Ctx, first: Slot, vehicles: list[Slot]) -> list[Slot]:
    """The vehicle after a trigger, plus those joined to it by 'and' or commas
    ("the T03 city car and the C10 mid-size SUV")."""
    chosen = [first]
    for other in vehicles:
        if other.start <= chosen[-1].start:
            continue
        gap = ctx.doc.text[chosen[-1].end : other.start]
        if re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", gap):
            chosen.append(other)
        else:
            break
    return chosen


def _possessive(ctx: Ctx, slot: Slot) -> bool:
    return ctx.doc.text[slot.end : slot.end + 2] in ("'s", "’s")


def _acted_on(ctx: Ctx, at: int, end: int, clause: tuple[int, int]) -> list[Slot]:
    """The vehicles the trigger at `at` (sentence offset) acts on: after it in its clause, else
    the one its clause (or the relative clause it opens) is about."""
    vehicles = [
        v
        for v in ctx.slots("Vehicle")
        if clause[0] <= ctx.local(v.start) < clause[1]
        and not _possessive(ctx, v)
        and (
            at <= ctx.local(v.start) < end
            or (
                ctx.local(v.start) >= end
                and _RIGHT_AFTER.fullmatch(ctx.text[end : ctx.local(v.start)])
            )
            or not _NOT_ACTED_ON.search(ctx.doc.text[max(ctx.offset, v.start - 10) : v.start])
        )
    ]
    after = [v for v in vehicles if ctx.local(v.start) >= at]
    if after and not (_WEAK.fullmatch(ctx.text[at:end]) and ctx.local(after[0].start) - end > 16):
        return _coordinated(ctx, after[0], after)
    before = [v for v in vehicles if ctx.local(v.start) < at]
    if before:
        return [before[-1]]
    if re.search(r"\b(?:it|which|that)\s+(?:\w+\s+)?$", ctx.text[max(0, at - 16) : at]):
        earlier = [
            v
            for v in ctx.slots("Vehicle")
            if ctx.local(v.end) <= at
            and not _possessive(ctx, v)
            and not _NOT_ACTED_ON.search(ctx.doc.text[max(ctx.offset, v.start - 10) : v.start])
        ]
        return earlier[:1]
    return []


def _maker(ctx: Ctx, vehicle: Slot, at: int, clause: tuple[int, int]) -> str | None:
    actors = [
        o
        for o in ctx.slots(*ORGS)
        if clause[0] <= ctx.local(o.start) < at and not _possessive(ctx, o)
    ]
    actors = [a for a in prefer_subjects(ctx, actors) if a in actors and not inside(a, vehicle)]
    if actors:
        return actors[-1].key
    for event in reversed(ctx.memory.events):
        if event.type in ("Debut", "Launch") and vehicle.key in event.keys_with_role("subject"):
            makers = event.keys_with_role("maker")
            if makers:
                return makers[0]
    return ctx.doc.entities[vehicle.key].maker_key


def _venue(ctx: Ctx, year: str | None) -> str | None:
    """The auto show the sentence names, else the one the article is about, if the sentence
    speaks of the same year (a debut of 2023 did not happen at the show of 1963)."""
    shows = ctx.slots("AutoShow")
    if shows:
        return shows[0].key
    if ctx.slots("Place") and not re.search(r"\bthe\s+(?:show|event|fair)\b", ctx.text):
        return None
    found = {m.key: m for m in ctx.doc.mentions if m.label == "AutoShow"}
    if len(found) != 1:
        return None
    (mention,) = found.values()
    sentence = ctx.doc.sentences[mention.sentence]
    years = set(re.findall(r"\b(?:19|20)\d\d\b", sentence.text))
    if year and years and year[:4] not in years:
        return None
    return mention.key


def _places(ctx: Ctx, clause: tuple[int, int]) -> list[Slot]:
    """Places the clause puts the event in ('in Miami', 'at Giga Texas'), without qualifiers
    ('Ellabell, Bryan County')."""
    found: list[Slot] = []
    for slot in ctx.slots("Place"):
        local = ctx.local(slot.start)
        before = ctx.text[max(0, local - 14) : local]
        if not clause[0] <= local < clause[1]:
            continue
        stated = re.search(r"\b(?:[Ii]n|[Aa]t|across|to|of)\s+(?:the\s+)?$", before)
        if not stated and not _MARKET_NOUN.match(ctx.doc.text[slot.end : slot.end + 20]):
            continue
        if found and re.fullmatch(r",\s*", ctx.doc.text[found[-1].end : slot.start]):
            continue
        found.append(slot)
    return found


def debut_and_launch(ctx: Ctx) -> Iterator[RawEvent]:
    """'debut-trigger' and 'launch-trigger': a vehicle shown for the first time, or put on
    sale, each trigger read in its own clause; 'launch-models': "launches of two models"."""
    if not ctx.slots("Vehicle"):
        yield from _model_launches(ctx)
        return
    seen: set[tuple[str, str, tuple[int, int]]] = set()
    for pattern, type_ in ((DEBUT, "Debut"), (LAUNCH, "Launch")):
        for match in pattern.finditer(ctx.text):
            clause = ctx.clause(match.start())
            for vehicle in _acted_on(ctx, match.start(), match.end(), clause):
                if any(k == vehicle.key and (t == type_ or c == clause) for t, k, c in seen):
                    continue
                seen.add((type_, vehicle.key, clause))
                yield _product_event(ctx, type_, vehicle, match, clause)


def _product_event(
    ctx: Ctx, type_: str, vehicle: Slot, match: re.Match[str], clause: tuple[int, int]
) -> RawEvent:
    participants = [(vehicle.key, "subject")]
    maker = _maker(ctx, vehicle, match.start(), clause)
    if maker:
        participants.append((maker, "maker"))
    price: Quantity | None = None
    if type_ == "Launch":
        for place in _places(ctx, clause):
            participants.append((place.key, "market" if is_country(ctx, place) else "location"))
        price = next(
            (
                q
                for q in ctx.quantities
                if q.is_money and ctx.same_clause(ctx.local(q.start), match.start())
            ),
            None,
        )
    event = make_event(
        ctx,
        type_,
        f"{type_.lower()}-trigger",
        participants,
        quantity=price,
        date_near=match.start(),
    )
    if type_ == "Debut":
        venue = _venue(ctx, event.date)
        if venue:
            event.participants.append((venue, "venue"))
        for place in _places(ctx, clause) + _venue_places(ctx):
            if (place.key, "location") not in event.participants:
                event.participants.append((place.key, "location"))
    return event


def _venue_places(ctx: Ctx) -> list[Slot]:
    """'Auto China in Beijing', 'CES in Las Vegas': the city of the show."""
    found = []
    for show in ctx.slots("AutoShow"):
        for place in ctx.slots("Place"):
            if re.fullmatch(r"\s+in\s+", ctx.doc.text[show.end : place.start]):
                found.append(place)
    return found


def _model_launches(ctx: Ctx) -> Iterator[RawEvent]:
    """'two mid-size models to be sold under the Volkswagen brand in China, with launches
    planned for 2026': launches of models not yet named, with their number and maker."""
    match = LAUNCH.search(ctx.text)
    if not match or not _MODELS.search(ctx.text):
        return
    count = next((q for q in ctx.quantities if q.unit == "models"), None)
    brands = ctx.slots("Brand")
    if count is None or not brands:
        return
    participants = [(brands[0].key, "maker")]
    participants += [
        (p.key, "market") for p in _places(ctx, (0, len(ctx.text))) if is_country(ctx, p)
    ]
    yield make_event(
        ctx, "Launch", "launch-models", participants, quantity=count, date_near=match.start()
    )


ANNIVERSARY = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|anniversary)|"
    r"\b(\d{1,3})\s+years\s+(?:since|of)\b|"
    r"\bturn(?:ed|s)\s+(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?|(?:one\s+)?hundred|ten|fifteen)\b",
    re.IGNORECASE,
)


def _years_in_words(raw: str) -> float:
    words = re.split(r"[\s-]+", raw.lower())
    if words[-1] == "hundred":
        return 100.0
    return float(sum(WORD_NUMBERS.get(w, 0) for w in words))


def anniversary(ctx: Ctx) -> Iterator[RawEvent]:
    """'anniversary': "its 35th anniversary", "75 years since", "the 911 turned sixty"."""
    match = ANNIVERSARY.search(ctx.text)
    if not match:
        return
    if match.group(2) and not re.search(
        r"\b(?:celebrat|mark|anniversary)", ctx.text, re.IGNORECASE
    ):
        return
    raw = match.group(1) or match.group(2) or match.group(3)
    years = float(raw) if raw.isdigit() else _years_in_words(raw)
    if not years:
        return
    at = ctx.offset + match.start()
    candidates = [s for s in ctx.view.slots if s.label in (*ORGS, "Vehicle") and s.start < at]
    subject = candidates[-1] if candidates else subject_before(ctx, at)
    if subject is None:
        return
    quantity = Quantity(match.start(), match.end(), years, "years")
    event = make_event(
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


# The triggers a sentence needs for these rules to find anything in it.
TRIGGERS = (
    DEBUT,
    LAUNCH,
    trigger(
        r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|anniversary)|\bturn(?:ed|s)\s+\w+|"
        r"(?=.*(?:celebrat|\bmark|anniversar))\b\d{1,3}\s+years\s+(?:since|of)\b"
    ),
)


# The words a sentence needs for these rules to find anything in it (see Keywords).
KEYWORDS = Keywords(
    "debut* unveil* premiere* reveal* wraps cover covers appeared showcas* shown showed "
    "presented preview launch* sale sales selling rolled rolls orders deliveries introduced "
    "showroom showrooms dealers dealerships arrive arrives reach reaches reached buy order "
    "listed priced cost costs reservations put birthday anniversar* celebrat* mark marks "
    "marked marking turned turns"
)
