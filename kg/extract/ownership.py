"""Ownership and joint-venture rules: who owns what, with which stake, and who is partner in
which venture."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import STAKE_NUMBER, stake_from, tenure
from kg.extract.relprops import E as _E
from kg.extract.temporal import find_dates

_OWNED_NOUN = (
    r"(?:(?:[a-z][a-z]*(?:-[a-z]+)*|EV|sub-?)[\s-]+){0,2}"
    r"(?:brand|marque|label|unit|subsidiary|division|arm|nameplate|offshoot|spin-?off|flagship)\b"
)

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
        re.compile(rf"(?P<owner>{_E})(?P<pos>'s|’s)?\s+{_OWNED_NOUN}\s*,?\s*(?P<owned>{_E})"),
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
            rf"(?P<owned>{_E}),?\s+(?:(?:which|that|in\s+turn|now|is|was|are|has|have|had|been|"
            rf"still|also|about|roughly|around|some|nearly|almost|\d{{1,3}}(?:\.\d+)?%)\s+){{0,4}}"
            rf"(?:(?:wholly|majority|partly|fully|jointly)[\s-])?(?:owned|controlled)\s+by\s+"
            rf"(?P<owner>{_E})"
        ),
        "",
    ),
    (
        "owned-appositive-compound",
        re.compile(
            rf"(?P<owned>{_E}),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<owner>{_E})\s+"
            rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:subsidiary|unit|division|arm|brand|marque|affiliate)\b"
        ),
        "",
    ),
    (
        "owned-possessive-named",
        re.compile(
            rf"(?P<owner>{_E})(?:'s|’s)\s+(?P<owned>{_E})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
            rf"(?:brand|marque|unit|subsidiary|division|arm)\b"
        ),
        "",
    ),
    (
        "owned-shareholder",
        re.compile(
            rf"(?P<owned>{_E}),?\s+(?:in\s+which|of\s+which|where)\s+(?P<owner>{_E})\s+(?:is|was|"
            rf"has\s+been|remains)\s+(?:the\s+|a\s+)?(?:single\s+)?(?:largest|biggest|main|"
            rf"controlling|majority|leading|dominant|top)\s+(?:shareholder|owner|investor)"
        ),
        "",
    ),
    (
        "owned-shareholder-appositive",
        re.compile(
            rf"(?P<owner>{_E}),\s+(?P<owned>{_E})(?:'s|’s)\s+(?:single\s+)?(?:largest|biggest|main|"
            rf"controlling|majority|leading|dominant|top)\s+(?:shareholder|owner|investor)"
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
            rf"(?P<owner>{_E})(?:,\s+[^,;]{{3,80}}?,)?\s+(?:[\w,]+\s+){{0,6}}?(?:holds?|owns?|has|had|held|took|takes|"
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


def _known_owner(doc: Doc, owner: Slot, owned_key: str) -> str:
    """'The company's Afeela brand': a reference is resolved to the owner the KB knows for the
    brand when the article names that owner too."""
    from kg.kb import catalog

    if owner.via == "name":
        return owner.key
    known = catalog().owner_of(owned_key)
    if known is not None and known.id != owner.key and known.id in doc.entities:
        return known.id
    return owner.key


def _since_after(doc: Doc, view: SentenceView, end: int) -> dict[str, str]:
    """'owned by Tata Motors since 2008': the date that follows the statement with 'since'."""
    tail = view.masked[end : end + 20]
    if not re.match(r"\s*,?\s*(?:since|from)\s", tail):
        return {}
    at = view.masked[end:].index(re.findall(r"since|from", tail)[0])
    words = re.sub(r"ENT\d+", "", view.masked[end + at :])
    for expr in find_dates(words[:40], doc.article.published):
        if expr.start < 10 and not expr.is_period:
            return {"since": expr.date}
    return {}


_SALE_DATE_CUE = r"(?:in|on|since|by)"
BOUGHT_FROM = re.compile(
    rf"(?P<buyer>{_E})\s+(?:[\w,-]+\s+){{0,3}}?(?:bought|acquired|purchased|took\s+over)\s+"
    rf"(?P<owned>{_E})\s+from\s+(?P<seller>{_E})"
)
SOLD_TO = re.compile(
    rf"(?P<seller>{_E})\s+(?:[\w,-]+\s+){{0,3}}?(?:sold|handed|transferred|handed\s+over)\s+"
    rf"(?:its\s+|a\s+|the\s+|{_E}\s+)?(?P<stake>\d{{1,3}}(?:\.\d+)?%\s+)?(?:(?:stake|holding|shares?)\s+in\s+)?"
    rf"(?P<owned>{_E})(?:,\s+[^,;]{{3,60}}?,)?\s+to\s+(?:[\w-]+\s+){{0,3}}?(?P<buyer>{_E})"
)
_SALE_PATTERNS = (("owned-bought-from", BOUGHT_FROM), ("owned-sold-to", SOLD_TO))
_SALE_CUE = re.compile(r"\b(?:bought|acquired|purchased|took over|sold|handed|transferred)\b")
_NOT_DONE = re.compile(
    r"\b(?:agreed\s+to|plans?\s+to|will|would|could|might|may|to\s+(?:sell|buy)|considering|"
    r"talks|proposed|intends?\s+to)\b"
)


def sales(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """'Tata Motors bought JLR from Ford in 2008', 'Renault handed its 68% stake in AvtoVAZ to
    NAMI': the seller's holding ends and the buyer's begins on the sentence's date."""
    masked = view.masked
    patterns = [p for gate, p in _SALE_PATTERNS if gate in view.cues]
    if not patterns or not _SALE_CUE.search(masked):
        return
    index = view.sentence.index
    dates = [d for d in find_dates(view.sentence.text, doc.article.published) if not d.is_period]
    for pattern in patterns:
        for match in pattern.finditer(masked):
            if _NOT_DONE.search(masked[max(0, match.start() - 30) : match.end()]):
                continue
            buyer, owned, seller = (view.slot(match.group(g)) for g in ("buyer", "owned", "seller"))
            orgs = ("Company", "Brand", "JointVenture")
            if owned.label not in orgs or len({buyer.key, owned.key, seller.key}) < 3:
                continue
            if buyer.label not in (*orgs, "Person") or seller.label not in (*orgs, "Person"):
                continue
            when = dates[0].date if dates else None
            ended: dict[str, object] = {"until": when} if when else {}
            began: dict[str, object] = {"since": when} if when else {}
            if match.groupdict().get("stake"):
                began["stake"] = float(match.group("stake").strip().rstrip("%"))
            yield RawRelation(owned.key, "OWNED_BY", seller.key, index, "owned-sold", 0.8, ended)
            yield RawRelation(owned.key, "OWNED_BY", buyer.key, index, "owned-bought", 0.8, began)


def ownership(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    if len(view.slots) < 2:
        return  # every pattern names an owner and what it owns
    index = view.sentence.index
    for rule, pattern, _ in OWNERSHIP_PATTERNS:
        if rule not in view.cues:
            continue
        for match in pattern.finditer(view.masked):
            owner, owned = view.slot(match.group("owner")), view.slot(match.group("owned"))
            if owner.key == owned.key or owned.label not in ("Company", "Brand", "JointVenture"):
                continue
            if owner.label not in ("Company", "Brand", "JointVenture", "Person"):
                continue
            bare = "pos" in match.groupdict() and not match.group("pos")
            if bare and doc.text[owner.start : owner.end].lower() != "its":
                continue  # 'Its listed flagship, X' needs the possessive pronoun
            props: dict[str, object] = {}
            stake = stake_from(match.group(0))
            if stake is not None:
                props["stake"] = stake
            props.update(_since_after(doc, view, match.end()))
            owner_key = _group_of_sibling(_known_owner(doc, owner, owned.key), owned.key)
            yield RawRelation(owned.key, "OWNED_BY", owner_key, index, rule, 0.85, props)
    for rule, pattern in STAKE_PATTERNS:
        if rule not in view.cues:
            continue
        for match in pattern.finditer(view.masked):
            owner, owned = view.slot(match.group("owner")), view.slot(match.group("owned"))
            if owner.key == owned.key or owned.label not in ("Company", "Brand", "JointVenture"):
                continue
            if owner.label not in ("Company", "Brand", "JointVenture", "Person"):
                continue
            stake = stake_from(match.group(0))
            if stake is None or re.search(
                r"\b(?:proposed|considering|could|may|might|would)\b", match.group(0)
            ):
                continue
            if re.search(r"\b(?:sold|sell|sells|divest|offload|exit)", match.group(0)):
                continue
            props = {"stake": stake}
            text = match.group(0)
            if re.search(r"\b(?:raised|increased|lifted|to)\b.*\bto\s+\d", text):
                last = list(STAKE_NUMBER.finditer(text))
                if last and last[-1].group("pct"):
                    props["stake"] = float(last[-1].group("pct"))
            props.update(tenure(doc, view, match.span()))
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
