"""Role rules: people, their titles at organisations, and their tenures."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import TITLE as _TITLE
from kg.extract.relprops import E as _E
from kg.extract.relprops import tenure
from kg.extract.temporal import find_dates

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
            rf"(?P<person>{_E}),\s+(?:who\s+(?:is|was|has\s+been|had\s+been|became|becomes|"
            rf"will\s+become)\s+)?(?:the\s+)?(?P<org>{_E})(?:'s|’s)\s+(?:new\s+|former\s+|current\s+|incoming\s+|outgoing\s+|"
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
        "role-org-led-by-person",
        re.compile(
            rf"(?P<org>{_E})\s+(?:is|was|will\s+be|has\s+been)\s+(?:now\s+)?(?:led|run|headed)\s+"
            rf"by\s+(?:its\s+|the\s+)?{_MOD}(?P<title>(?i:{_TITLE}))\s+(?P<person>{_E})"
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


_DEPARTURE = re.compile(r"\b(?:stepped down|steps down|resigned|left|departed|ousted)\b")


def roles(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    if not any(s.label == "Person" for s in view.slots):
        return  # every pattern names the person
    index = view.sentence.index
    seen: set[tuple[str, str]] = set()
    for rule, pattern in ROLE_PATTERNS:
        if rule not in view.cues:
            continue
        for match in pattern.finditer(view.masked):
            person = view.slot(match.group("person"))
            org_token = match.groupdict().get("org")
            if person.label != "Person":
                continue
            if org_token:
                org = view.slot(org_token)
                if rule == "role-person-its-title" and org.via == "name":
                    continue
                if rule == "role-org-led-by-person" and org.via == "pronoun":
                    continue  # 'it is led by ...': too loose a referent for a role
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
            props.update(tenure(doc, view, match.span()))
            departed = rule != "role-org-appoints-person" and _DEPARTURE.search(view.sentence.text)
            if departed and "since" in props and "until" not in props:
                props["until"] = props.pop("since")
            yield RawRelation(person.key, "HOLDS_ROLE", org.key, index, rule, 0.8, props)


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

    if "role-succession" not in view.cues:
        return
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
        yield RawRelation(new.key, "HOLDS_ROLE", org_key, index, "role-succession", 0.85, new_props)
        yield RawRelation(old.key, "HOLDS_ROLE", org_key, index, "role-succession", 0.85, old_props)


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

    if "role-title-in-context" not in view.cues or any(s.label in ORG_LABELS for s in view.slots):
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
