"""Ownership and joint-venture rules: who owns what, with which stake, and who is partner in
which venture."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import STAKE_NUMBER, stake_from, tenure
from kg.extract.relprops import E as _E

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


def ownership(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    index = view.sentence.index
    for rule, pattern, _ in OWNERSHIP_PATTERNS:
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
            owner_key = _group_of_sibling(owner.key, owned.key)
            yield RawRelation(owned.key, "OWNED_BY", owner_key, index, rule, 0.85, props)
    for rule, pattern in STAKE_PATTERNS:
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
