"""Relation rules: each is named, and the name is stored with the fact it produces."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.temporal import find_dates
from kg.extract.vocab import ROLE_TITLES

_E = r"ENT\d+"
_OWNED_NOUN = (
    r"(?:(?:luxury|premium|budget|performance|electric|EV|sports?[\s-]car|off-road|sub-?|"
    r"high-end|upmarket|youth-oriented|value|mass-market|new|upscale|low-cost|sister)[\s-]+){0,2}"
    r"(?:brand|marque|label|unit|subsidiary|division|arm|nameplate|offshoot|spin-?off)"
)
_TITLE = "|".join(re.escape(t) for t in sorted(ROLE_TITLES, key=len, reverse=True))

OWNERSHIP_PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "owned-appositive-possessive",
        re.compile(
            rf"(?P<owned>{_E}),\s+(?:the\s+)?(?P<owner>{_E})(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_OWNED_NOUN}"
        ),
        "",
    ),
    # (rule name, pattern with groups owner/owned, ...)
    (
        "owned-possessive-noun",
        re.compile(rf"(?P<owner>{_E})(?:'s|’s)\s+{_OWNED_NOUN}\s*,?\s*(?P<owned>{_E})"),
        "",
    ),
    (
        "owned-appositive-of",
        re.compile(
            rf"(?P<owned>{_E}),?\s+(?:the\s+|a\s+|an\s+)?(?:wholly[\s-]owned\s+)?{_OWNED_NOUN}"
            rf"\s+(?:of|from|under)\s+(?P<owner>{_E})"
        ),
        "",
    ),
    (
        "owned-by",
        re.compile(
            rf"(?P<owned>{_E}),?\s+(?:which\s+is\s+|that\s+is\s+|now\s+|is\s+|was\s+|are\s+)?"
            rf"(?:(?:wholly|majority|partly|fully|jointly)[\s-])?(?:owned|controlled)\s+by\s+"
            rf"(?P<owner>{_E})"
        ),
        "",
    ),
    (
        "owned-compound",
        re.compile(
            rf"(?P<owner>{_E})[\s-](?:owned|controlled)\s+(?:\w+\s+){{0,2}}?(?P<owned>{_E})"
        ),
        "",
    ),
    (
        "owned-part-of",
        re.compile(
            rf"(?P<owned>{_E}),?\s+(?:which\s+is\s+|is\s+|now\s+)?(?:part|a\s+member)\s+of\s+"
            rf"(?:the\s+)?(?P<owner>{_E})"
        ),
        "",
    ),
    (
        "owned-parent",
        re.compile(
            rf"(?P<owned>{_E})(?:'s|’s)\s+(?:\w+\s+)?(?:parent|owner|parent\s+company|"
            rf"parent\s+group)\s*,?\s+(?P<owner>{_E})"
        ),
        "",
    ),
    (
        "owned-parent-appositive",
        re.compile(
            rf"(?P<owner>{_E}),?\s+(?:the\s+)?(?:parent|owner)(?:\s+company|\s+group)?\s+of\s+"
            rf"(?P<owned>{_E})"
        ),
        "",
    ),
    (
        "owned-owns",
        re.compile(
            rf"(?P<owner>{_E})\s+(?:also\s+|still\s+|now\s+)?(?:owns|controls)\s+(?:the\s+)?"
            rf"(?:\w+\s+){{0,2}}?(?P<owned>{_E})"
        ),
        "",
    ),
]

STAKE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "stake-holds",
        re.compile(
            rf"(?P<owner>{_E})\s+(?:[\w,]+\s+){{0,6}}?(?:holds?|owns?|has|had|held|took|takes|"
            rf"acquired|acquires|bought|buys|purchased|raised|increased|lifted|cut|reduced|"
            rf"trimmed|lowered|will\s+(?:hold|own|take|acquire|buy)|to\s+(?:buy|acquire|take))\s+"
            rf"(?:[\w,$€£¥.%-]+\s+){{0,10}}?(?:stake|share|holding|interest|equity|of)\s+"
            rf"(?:\w+\s+){{0,3}}?(?:in\s+)?(?P<owned>{_E})"
        ),
    ),
    (
        "stake-in-which",
        re.compile(
            rf"(?P<owned>{_E}),?\s+(?:in\s+which|of\s+which|where)\s+(?P<owner>{_E})\s+"
            rf"(?:now\s+|still\s+|also\s+)?(?:holds?|owns?|has|controls?)\s+(?:[\w,%.-]+\s*){{1,5}}"
        ),
    ),
    (
        "stake-in-held-by",
        re.compile(
            rf"(?P<owned>{_E})(?:'s|’s)?\s+(?:[\w,]+\s+){{0,6}}?(?:stake|share|holding)s?\s+"
            rf"(?:[\w,]+\s+){{0,3}}?(?:held|owned)\s+by\s+(?P<owner>{_E})"
        ),
    ),
]

_STAKE_NUMBER = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|(?P<frac>a half|half|a third|"
    r"a quarter|a fifth|a tenth|two[\s-]thirds|three[\s-]quarters)|(?P<whole>wholly|fully|100%)",
    re.IGNORECASE,
)

JV_CUE = re.compile(
    r"\b(?:joint[\s-]venture|JV|venture|partnership|50[:/-]50|fifty-fifty)\b", re.IGNORECASE
)
PARTNER_LIST = re.compile(
    rf"(?:between|of|by|from|with|partners?|owners?|parents?|,|—|-|\()\s+(?:the\s+)?"
    rf"(?:(?:state-owned|Chinese|Japanese|German|American|Korean|French|carmakers?|automakers?|"
    rf"companies|groups?|partners?)\s+)*"
    rf"(?P<list>{_E}(?:\s*,\s*{_E})*\s*,?\s*(?:and|&)\s+{_E})"
)
PARTNER_POSSESSIVE = re.compile(
    rf"(?P<list>{_E}(?:\s*,\s*{_E})*\s*,?\s*(?:and|&)\s+{_E})(?:'s|’s)?\s+(?:\w+\s+){{0,3}}?"
    rf"(?:joint[\s-]venture|JV|venture)"
)
PARTNER_WITH = re.compile(
    rf"(?P<a>{_E})(?:'s|’s)\s+(?:\w+\s+){{0,3}}?(?:joint[\s-]venture|JV|venture)\s+with\s+(?P<b>{_E})"
)
_MOD = (
    r"(?:(?:new|former|current|incoming|outgoing|interim|global|senior|lead|deputy|acting|"
    r"also|then)\s+)*"
)
ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "role-person-verb-as-title-of-org",
        re.compile(
            rf"(?P<person>{_E})\s+(?:\w+\s+){{0,4}}?as\s+(?:the\s+|its\s+|ENT\d+\s+)?{_MOD}"
            rf"(?P<title>(?i:{_TITLE}))\s+(?:of|at)\s+(?:the\s+)?(?P<org>{_E})"
        ),
    ),
    (
        "role-person-its-title",
        re.compile(
            rf"(?P<person>{_E}),\s+(?:who\s+(?:is|was)\s+)?(?P<org>{_E})\s+{_MOD}"
            rf"(?P<title>(?i:{_TITLE}))\b"
        ),
    ),
    (
        "role-org-title-person",
        re.compile(
            rf"(?P<org>{_E})(?:'s|’s)?\s+(?:new\s+|former\s+|then-|incoming\s+|outgoing\s+|"
            rf"interim\s+|current\s+|global\s+)?(?P<title>(?i:{_TITLE}))\s+(?P<person>{_E})"
        ),
    ),
    (
        "role-person-org-title",
        re.compile(
            rf"(?P<person>{_E}),\s+(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:the\s+)?"
            rf"(?P<org>{_E})(?:'s|’s)\s+(?:new\s+|former\s+|current\s+|incoming\s+|outgoing\s+|"
            rf"interim\s+|global\s+)?(?P<title>(?i:{_TITLE}))"
        ),
    ),
    (
        "role-person-title-of-org",
        re.compile(
            rf"(?P<person>{_E}),?\s+(?:who\s+(?:is|was|has\s+been|had\s+been|will\s+be|"
            rf"became|becomes)\s+|(?:has\s+been|had\s+been|is|was|remains|will\s+remain)\s+(?:also\s+)?|"
            rf"(?:will\s+)?(?:becomes?|became|was\s+named|is\s+named|"
            rf"has\s+been\s+named|was\s+appointed|has\s+been\s+appointed|is\s+appointed|"
            rf"will\s+take\s+over\s+as|takes\s+over\s+as|took\s+over\s+as|remains|served\s+as|"
            rf"returns\s+as|returned\s+as|will\s+return\s+as|stays\s+on\s+as)\s+)?"
            rf"(?:the\s+|a\s+|its\s+)?(?:new\s+|former\s+|current\s+|incoming\s+|outgoing\s+|"
            rf"interim\s+|global\s+)?(?P<title>(?i:{_TITLE}))\s+(?:of|at)\s+(?:the\s+)?"
            rf"(?P<org>{_E})"
        ),
    ),
    (
        "role-org-appoints-person",
        re.compile(
            rf"(?P<org>{_E})\s+(?:has\s+|have\s+)?(?:appointed|named|tapped|picked|chose|"
            rf"selected|promoted|hired|installed|elected)\s+(?P<person>{_E})\s+(?:as\s+)?"
            rf"(?:its\s+|the\s+|ENT\d+\s+)?(?:new\s+|next\s+|interim\s+)?(?P<title>(?i:{_TITLE}))"
        ),
    ),
    (
        "role-person-as-title",
        re.compile(
            rf"(?P<person>{_E})\s+(?:\w+\s+){{0,4}}?(?:as|become|becomes|became)\s+"
            rf"(?:the\s+|its\s+|(?P<org>{_E})(?:'s|’s)\s+)?(?:new\s+|next\s+|interim\s+)?"
            rf"(?P<title>(?i:{_TITLE}))\b"
        ),
    ),
]


def _stake_from(text: str) -> float | None:
    match = _STAKE_NUMBER.search(text)
    if not match:
        return None
    if match.group("pct"):
        return float(match.group("pct"))
    if match.group("whole"):
        return 100.0
    fractions = {
        "a half": 50.0,
        "half": 50.0,
        "a third": 33.3,
        "a quarter": 25.0,
        "a fifth": 20.0,
        "a tenth": 10.0,
        "two thirds": 66.7,
        "three quarters": 75.0,
    }
    return fractions.get(re.sub(r"[\s-]+", " ", match.group("frac").lower()))


def _tenure(doc: Doc, view: SentenceView, span: tuple[int, int]) -> dict[str, str]:
    props: dict[str, str] = {}
    text = view.sentence.text
    for expr in find_dates(text, doc.article.published):
        if expr.is_period:
            continue
        before = text[max(0, expr.start - 30) : expr.start].lower()
        if expr.since or re.search(r"(?:since|effective|from|as of|starting|in)\s+$", before):
            props.setdefault("since", expr.date)
        elif re.search(r"(?:until|till|through)\s+$", before):
            props.setdefault("until", expr.date)
    del span
    return props


def _organisations(view: SentenceView, token: str) -> bool:
    return view.slot(token).label in ("Company", "Brand", "JointVenture")


def _group_of_sibling(owner_key: str, owned_key: str) -> str:
    """'Seat, Volkswagen's Spanish brand': a marque named as the owner of its sister marque
    stands for the group that owns both."""
    from kg.kb import catalog

    kb = catalog()
    owner_entity = kb.entities.get(owner_key)
    if owner_entity is None or owner_entity.label != "Brand":
        return owner_key
    group, parent = kb.owner_of(owner_key), kb.owner_of(owned_key)
    if group is not None and parent is not None and group.id == parent.id:
        return group.id
    return owner_key


def ownership(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    index = view.sentence.index
    for rule, pattern, _ in OWNERSHIP_PATTERNS:
        for match in pattern.finditer(view.masked):
            owner, owned = view.slot(match.group("owner")), view.slot(match.group("owned"))
            if owner.key == owned.key or owned.label not in ("Company", "Brand", "JointVenture"):
                continue
            if owner.label not in ("Company", "Brand", "JointVenture", "Person"):
                continue
            props: dict[str, object] = {}
            stake = _stake_from(match.group(0))
            if stake is not None:
                props["stake"] = stake
            owner_key = _group_of_sibling(owner.key, owned.key)
            yield RawRelation(owned.key, "OWNED_BY", owner_key, index, rule, 0.85, props)
    for rule, pattern in STAKE_PATTERNS:
        for match in pattern.finditer(view.masked):
            owner, owned = view.slot(match.group("owner")), view.slot(match.group("owned"))
            if owner.key == owned.key or owned.label not in ("Company", "Brand", "JointVenture"):
                continue
            if owner.label not in ("Company", "Brand", "JointVenture", "Person"):
                continue
            stake = _stake_from(match.group(0))
            if stake is None or re.search(
                r"\b(?:proposed|considering|could|may|might|would)\b", match.group(0)
            ):
                continue
            if re.search(r"\b(?:sold|sell|sells|divest|offload|exit)", match.group(0)):
                continue
            props = {"stake": stake}
            text = match.group(0)
            if re.search(r"\b(?:raised|increased|lifted|to)\b.*\bto\s+\d", text):
                last = list(_STAKE_NUMBER.finditer(text))
                if last and last[-1].group("pct"):
                    props["stake"] = float(last[-1].group("pct"))
            props.update(_tenure(doc, view, match.span()))
            yield RawRelation(owned.key, "OWNED_BY", owner.key, index, rule, 0.8, props)


def partnerships(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    index = view.sentence.index
    ventures = view.of_label("JointVenture")
    if not ventures or (
        not JV_CUE.search(view.sentence.text) and not any(s.via == "reference" for s in ventures)
    ):
        return
    partners: list[str] = []
    for pattern in (PARTNER_LIST, PARTNER_POSSESSIVE):
        for match in pattern.finditer(view.masked):
            for token in re.findall(_E, match.group("list")):
                slot = view.slot(token)
                if slot.label == "Company" and slot.key not in partners:
                    partners.append(slot.key)
    for match in PARTNER_WITH.finditer(view.masked):
        for token in (match.group("a"), match.group("b")):
            slot = view.slot(token)
            if slot.label in ("Company", "Brand") and slot.key not in partners:
                partners.append(slot.key)
    if len(partners) < 2:
        return
    stakes = _partner_stakes(view, partners)
    venture = ventures[0]
    for key in partners:
        props: dict[str, object] = {}
        if key in stakes:
            props["stake"] = stakes[key]
        yield RawRelation(key, "PARTNER_IN", venture.key, index, "jv-partner-list", 0.85, props)


def _partner_stakes(view: SentenceView, partners: list[str]) -> dict[str, float]:
    text = view.masked
    stakes: dict[str, float] = {}
    if (
        re.search(
            r"\b(?:50[:/-]50|fifty-fifty|equal(?:ly)?[\s-](?:owned|shares?|stakes?))",
            text,
            re.IGNORECASE,
        )
        and len(partners) == 2
    ):
        return dict.fromkeys(partners, 50.0)
    for slot in view.slots:
        if slot.key not in partners:
            continue
        after = text[text.index(slot.token) + len(slot.token) :][:40]
        before = text[: text.index(slot.token)][-40:]
        near_after = re.match(
            r"\s*(?:\(|,|with|holds?|owns?|has)?\s*(?:a\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent)", after
        )
        near_before = re.search(
            r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:stake\s+)?(?:held\s+)?by\s+$", before
        )
        match = near_after or near_before
        if match:
            stakes[slot.key] = float(match.group(1))
    return stakes


_DEPARTURE = re.compile(r"\b(?:stepped down|steps down|resigned|left|departed|ousted)\b")


def roles(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    index = view.sentence.index
    seen: set[tuple[str, str]] = set()
    for rule, pattern in ROLE_PATTERNS:
        for match in pattern.finditer(view.masked):
            person = view.slot(match.group("person"))
            org_token = match.groupdict().get("org")
            if person.label != "Person":
                continue
            if org_token:
                org = view.slot(org_token)
                if rule == "role-person-its-title" and org.via == "name":
                    continue
            else:
                orgs = [s for s in view.slots if s.label in ("Company", "Brand", "JointVenture")]
                if len(orgs) != 1:
                    continue
                org = orgs[0]
            if org.label not in ("Company", "Brand", "JointVenture"):
                continue
            if (person.key, org.key) in seen:
                continue
            seen.add((person.key, org.key))
            title = match.group("title")
            title = title if title.isupper() else title.lower()
            props: dict[str, object] = {"title": title}
            props.update(_tenure(doc, view, match.span()))
            departed = rule != "role-org-appoints-person" and _DEPARTURE.search(view.sentence.text)
            if departed and "since" in props and "until" not in props:
                props["until"] = props.pop("since")
            yield RawRelation(person.key, "HOLDS_ROLE", org.key, index, rule, 0.8, props)


_NOT_OWNERSHIP = re.compile(
    r"\b(?:rival|rivals|competitor|competitors|unlike|versus|vs\.?|compared with|than)\b",
    re.IGNORECASE,
)


def kb_confirmed(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """A sentence that names a brand and its parent (or a joint venture and a partner) together
    states the link the reference KB knows; the relation keeps the sentence as evidence."""
    from kg.kb import catalog

    kb = catalog()
    if _NOT_OWNERSHIP.search(view.sentence.text):
        return
    nested = [
        Slot(m.start, m.end, m.key, m.label, "", "name")
        for m in doc.mentions_in(view.sentence)
        if m.label in ("Company", "Brand", "JointVenture", "Person")
        and not any(s.start == m.start and s.key == m.key for s in view.slots)
    ]
    every = [*view.slots, *nested]
    keys = {s.key for s in every if s.label in ("Company", "Brand", "JointVenture", "Person")}
    named = {s.key for s in every if s.via == "name"}
    index = view.sentence.index
    slots_by_key: dict[str, list[Slot]] = {}
    for slot in every:
        slots_by_key.setdefault(slot.key, []).append(slot)
    for key in keys:
        for fact in kb.facts_about([key]):
            if fact.type == "HOLDS_ROLE" and fact.object_id in keys:
                title = _title_near(doc, view, slots_by_key[key]) or str(fact.props.get("title"))
                props: dict[str, object] = {"title": title}
                yield RawRelation(
                    key, "HOLDS_ROLE", fact.object_id, index, "kb-confirmed-role", 0.6, props
                )
                continue
            if fact.type != "OWNED_BY" or fact.object_id not in keys:
                continue
            if key not in named and fact.object_id not in named:
                continue
            if not _ownership_cue(doc, slots_by_key[key], slots_by_key[fact.object_id]):
                continue
            yield RawRelation(
                key,
                "OWNED_BY",
                fact.object_id,
                index,
                "kb-confirmed-ownership",
                0.6,
                _stated_stake(doc, view, slots_by_key[key], slots_by_key[fact.object_id]),
            )
        for partner, _ in kb.partners_of(key):
            if partner.id in keys and (key in named or partner.id in named):
                yield RawRelation(
                    partner.id,
                    "PARTNER_IN",
                    key,
                    index,
                    "kb-confirmed-partner",
                    0.6,
                    _stated_stake(doc, view, slots_by_key[partner.id], slots_by_key[key]),
                )


_OWNERSHIP_CUE = re.compile(
    r"(?:'s|’s|\bown(?:s|ed|er|ership)?\b|\bstake|\bholding|\bshareholder|\bunit\b|subsidiar|"
    r"\bbrand|\bmarque|\blabel|\bdivision|\barm\b|\bparent|\bpart of|\bfamily|\bportfolio|"
    r"\bmaker of|\bcontrol|\bacquir|\bbought|\bstable|\bsister|\bsold\b|\bunder\b|\bbadge|"
    r"\binside\b|\bwithin\b)",
    re.IGNORECASE,
)


def _ownership_cue(doc: Doc, owned: list[Slot], owners: list[Slot]) -> bool:
    for a in owned:
        for b in owners:
            lo, hi = min(a.start, b.start), max(a.end, b.end)
            if hi - lo > 160:
                continue
            window = doc.text[max(0, lo - 25) : hi + 25]
            if _OWNERSHIP_CUE.search(window):
                return True
    return False


def _title_near(doc: Doc, view: SentenceView, people: list[Slot]) -> str | None:
    for person in people:
        window = doc.text[max(view.sentence.start, person.start - 60) : person.end + 80]
        match = re.search(rf"\b(?i:{_TITLE})\b", window)
        if match:
            title = match.group(0)
            return title if title.isupper() else title.lower()
    return None


_PERCENT = re.compile(
    r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|"
    r"\b(?P<frac>a half|half|a third|a quarter|a fifth|a tenth|two[\s-]thirds|"
    r"three[\s-]quarters|four[\s-]fifths)\b|\b(?P<whole>wholly[\s-]owned|fully[\s-]owned)\b",
    re.IGNORECASE,
)
_FRACTION_VALUES = {
    "a half": 50.0, "half": 50.0, "a third": 33.3, "a quarter": 25.0, "a fifth": 20.0,
    "a tenth": 10.0, "two thirds": 66.7, "three quarters": 75.0, "four fifths": 80.0,
}  # fmt: skip


def _stated_stake(
    doc: Doc, view: SentenceView, holder: list[Slot], held: list[Slot]
) -> dict[str, object]:
    """The share the sentence gives the holder: '50-50', or the percentage nearest to the
    holder's name that no other organisation's name stands closer to."""
    text = view.sentence.text
    if re.search(
        r"\b(?:50[:/-]50|fifty-fifty|equal(?:ly)?[\s-](?:owned|shares?|stakes?))",
        text,
        re.IGNORECASE,
    ):
        return {"stake": 50.0}
    if re.search(r"\beach\s+(?:held|hold|holds|own|owns|owned|have|has|had)\b", text):
        match = _PERCENT.search(text)
        if match and match.group("pct"):
            return {"stake": float(match.group("pct"))}
    others = [s for s in view.slots if s.label in ("Company", "Brand", "JointVenture", "Person")]
    best: tuple[int, float] | None = None
    for match in _PERCENT.finditer(text):
        at = view.sentence.start + match.start()
        value = _percent_value(match)
        if value is None:
            continue
        for slot in holder:
            gap = abs(at - slot.start)
            nearest = min(others, key=lambda o: abs(at - o.start), default=None)
            if nearest is not None and nearest.key not in {slot.key, *(h.key for h in held)}:
                continue
            if gap <= 80 and (best is None or gap < best[0]):
                best = (gap, value)
    del doc
    return {"stake": best[1]} if best else {}


def _percent_value(match: re.Match[str]) -> float | None:
    if match.group("pct"):
        value = float(match.group("pct"))
        return value if 0 < value <= 100 else None
    if match.group("whole"):
        return 100.0
    return _FRACTION_VALUES.get(re.sub(r"[\s-]+", " ", match.group("frac").lower()))


_MAKE_VERB = re.compile(
    rf"(?P<org>{_E})(?:,[^,]{{0,60}},)?\s+(?:also\s+|still\s+|now\s+|has\s+|had\s+|will\s+)?"
    rf"(?:builds?|built|makes?|made|produces?|produced|manufactures?|manufactured|assembles?|"
    rf"assembled|sells?|sold|began\s+selling|started\s+selling|launched|launches|unveiled|"
    rf"introduced|rolled\s+out|debuted|showed|revealed)\b(?P<rest>[^;:.]{{0,160}})"
)


def makers_by_verb(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """'SAIC-GM builds the Buick GL8': an organisation that builds or sells a vehicle makes it,
    also when the vehicle carries another marque's name."""
    for match in _MAKE_VERB.finditer(view.masked):
        org = view.slot(match.group("org"))
        if org.label not in ("Company", "Brand", "JointVenture"):
            continue
        for token in re.findall(_E, match.group("rest")):
            vehicle = view.slot(token)
            info = doc.entities.get(vehicle.key)
            if vehicle.label != "Vehicle" or info is None or info.maker_key == org.key:
                continue
            yield RawRelation(org.key, "MAKES", vehicle.key, view.sentence.index, "maker-verb", 0.7)


_SUCCESSION = re.compile(
    rf"(?P<old>{_E})\s+(?:\w+\s+){{0,3}}?(?:step(?:s|ped)?\s+down|resign(?:s|ed)?|retire(?:s|d)?|"
    rf"leave(?:s)?)\s+as\s+(?:\w+\s+)?(?P<title>(?i:{_TITLE}))\b[^.;]{{0,80}}?"
    rf"(?:handing\s+over\s+to|succeeded\s+by|replaced\s+by|making\s+way\s+for|"
    rf"to\s+be\s+succeeded\s+by)\s+(?:[\w-]+\s+){{0,4}}?(?P<new>{_E})"
)


def successions(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """'X will step down as chief executive, handing over to Y from April 1': Y takes the title
    from that date and X holds it until then."""
    from kg.extract.context import ORG_LABELS, _antecedent

    for match in _SUCCESSION.finditer(view.masked):
        old, new = view.slot(match.group("old")), view.slot(match.group("new"))
        if old.label != "Person" or new.label != "Person":
            continue
        orgs = [s for s in view.slots if s.label in ORG_LABELS]
        org_key = orgs[0].key if orgs else None
        if org_key is None:
            found = _antecedent(doc, view.sentence.start, ORG_LABELS, within=3)
            org_key = found.key if found else None
        if org_key is None:
            continue
        title = match.group("title")
        title = title if title.isupper() else title.lower()
        effective = _effective(doc, view)
        new_props: dict[str, object] = {"title": title}
        old_props: dict[str, object] = {"title": title}
        if effective:
            new_props["since"] = effective
            old_props["until"] = effective
        index = view.sentence.index
        yield RawRelation(new.key, "HOLDS_ROLE", org_key, index, "role-succession", 0.75, new_props)
        yield RawRelation(old.key, "HOLDS_ROLE", org_key, index, "role-succession", 0.75, old_props)


def _effective(doc: Doc, view: SentenceView) -> str | None:
    text = view.sentence.text
    for expr in find_dates(text, doc.article.published):
        before = text[max(0, expr.start - 25) : expr.start]
        if re.search(r"(?:effective|from|starting|as of|takes? effect)\s+$", before, re.I):
            return expr.date
    return None


_TITLE_PERSON = re.compile(rf"(?<![\w'’])(?P<title>(?i:{_TITLE}))\s+(?P<person>{_E})")


def roles_from_context(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """'chief executive Mary Barra' in a sentence naming no organisation: the organisation the
    article is about at that point."""
    from kg.extract.context import ORG_LABELS, _antecedent

    if any(s.label in ORG_LABELS for s in view.slots):
        return
    for match in _TITLE_PERSON.finditer(view.masked):
        person = view.slot(match.group("person"))
        if person.label != "Person":
            continue
        org = _antecedent(doc, person.start, ORG_LABELS, within=3)
        if org is None:
            continue
        title = match.group("title")
        title = title if title.isupper() else title.lower()
        yield RawRelation(
            person.key,
            "HOLDS_ROLE",
            org.key,
            view.sentence.index,
            "role-title-in-context",
            0.55,
            {"title": title},
        )


def vehicle_relations(doc: Doc) -> Iterator[RawRelation]:
    for info in doc.entities.values():
        if info.label != "Vehicle" or (not info.spans and not info.maker_key):
            continue
        found = doc.sentence_of(min(info.spans)[0]) if info.spans else None
        sentence = found.index if found is not None else 0
        if info.maker_key:
            yield RawRelation(info.maker_key, "MAKES", info.key, sentence, "vehicle-name", 0.9)
        if info.base_key:
            yield RawRelation(
                info.key, "VARIANT_OF", info.base_key, sentence, "vehicle-variant", 0.85
            )


def find_relations(doc: Doc, views: list[SentenceView]) -> list[RawRelation]:
    found: list[RawRelation] = list(vehicle_relations(doc))
    for v in views:
        found.extend(ownership(doc, v))
        found.extend(partnerships(doc, v))
        found.extend(successions(doc, v))
        found.extend(roles(doc, v))
        found.extend(kb_confirmed(doc, v))
        found.extend(roles_from_context(doc, v))
        found.extend(makers_by_verb(doc, v))
    unique: dict[tuple[str, str, str], RawRelation] = {}
    for rel in found:
        key = (rel.subject, rel.type, rel.object)
        if key not in unique:
            unique[key] = rel
        else:
            kept = unique[key].props
            for prop, value in rel.props.items():
                if prop == "since" and "until" in kept and str(value) >= str(kept["until"]):
                    continue
                kept.setdefault(prop, value)
    return list(unique.values())
