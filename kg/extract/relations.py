"""Relation rules: each is named, and the name is stored with the fact it produces."""

import re
from collections.abc import Iterator

from kg.extract.context import ORG_LABELS, SentenceView
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.kb_links import kb_confirmed
from kg.extract.ownership import ownership, partnerships, sales
from kg.extract.relprops import E as _E
from kg.extract.roles import roles, roles_from_context, successions
from kg.extract.stake_lists import stake_lists
from kg.kb import catalog

_MAKE_VERB = re.compile(
    rf"(?P<org>{_E})(?:,[^,]{{0,100}},)?\s+(?:also\s+|still\s+|now\s+|has\s+|had\s+|will\s+)?"
    rf"(?:builds?|built|makes?|made|produces?|produced|manufactures?|manufactured|assembles?|"
    rf"assembled|sells?|sold|began\s+selling|started\s+selling|launched|launches|unveiled|"
    rf"introduced|rolled\s+out|debuted|showed|revealed)\b(?P<rest>[^;:.]{{0,160}})"
)


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|which|where|who)\b|;")
_NEXT_MAKER = re.compile(
    r"\s+(?:also\s+|still\s+|now\s+|will\s+)?(?:builds?|makes?|produces?|assembles?|"
    r"manufactures?)\b"
)


def makers_by_verb(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    """'SAIC-GM builds the Buick GL8': an organisation that builds or sells a vehicle makes it,
    also when the vehicle carries another marque's name."""
    if "maker-verb" not in view.cues:
        return
    for match in _MAKE_VERB.finditer(view.masked):
        org = view.slot(match.group("org"))
        if org.label not in ("Company", "Brand", "JointVenture"):
            continue
        rest = _CLAUSE_BREAK.split(match.group("rest"))[0]
        for token in re.findall(_E, rest):
            after = rest[rest.index(token) + len(token) :]
            if view.slot(token).label in ORG_LABELS and _NEXT_MAKER.match(after):
                break  # another maker's clause begins: 'where Genesis also builds ...'
            vehicle = view.slot(token)
            info = doc.entities.get(vehicle.key)
            if vehicle.label != "Vehicle" or info is None or info.maker_key == org.key:
                continue
            yield RawRelation(org.key, "MAKES", vehicle.key, view.sentence.index, "maker-verb", 0.7)


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


def _label(doc: Doc, key: str) -> str | None:
    info = doc.entities.get(key)
    if info is not None:
        return info.label
    kb = catalog().entities.get(key)
    return kb.label if kb is not None else None


def _venture_holding(doc: Doc, rel: RawRelation) -> RawRelation:
    """A company's holding in a joint venture is a partnership: 'GM holds 44% of SAIC-GM-Wuling'
    makes GM a partner in the venture, not its owner."""
    if rel.type != "OWNED_BY" or _label(doc, rel.subject) != "JointVenture":
        return rel
    if _label(doc, rel.object) not in ("Company", "Brand"):
        return rel
    return RawRelation(
        rel.object, "PARTNER_IN", rel.subject, rel.sentence, rel.rule, rel.confidence, rel.props
    )


def _owner_is_held_by_family(rel: RawRelation, stated: set[tuple[int, str, str]]) -> bool:
    """'BAIC Group, parent of BAIC Motor, holds 10% of Mercedes-Benz Group': the sentence is
    about Mercedes-Benz Group as a holding of BAIC Motor's parent, not as BAIC Motor's owner."""
    parent = catalog().owner_of(rel.subject)
    return any(
        sentence == rel.sentence
        and owned == rel.object
        and owner != rel.subject
        and (parent is not None and owner == parent.id)
        for sentence, owned, owner in stated
    )


def _drop_contradicted(found: list[RawRelation]) -> list[RawRelation]:
    """A link the KB confirms yields to what the sentence itself says: two holders of one
    company or venture are not each other's owners, and 'Renault, Nissan's largest
    shareholder' is not Renault owned by Nissan."""
    stated: set[tuple[int, str, str]] = set()
    holders: dict[tuple[int, str], set[str]] = {}
    for rel in found:
        if rel.rule.startswith("kb-") or rel.type not in ("OWNED_BY", "PARTNER_IN"):
            continue
        owned, owner = (
            (rel.subject, rel.object) if rel.type == "OWNED_BY" else (rel.object, rel.subject)
        )
        stated.add((rel.sentence, owned, owner))
        holders.setdefault((rel.sentence, owned), set()).add(owner)
    co_holders = {
        (sentence, a, b)
        for (sentence, _), keys in holders.items()
        for a in keys
        for b in keys
        if a != b
    }
    return [
        rel
        for rel in found
        if not (
            rel.rule == "kb-confirmed-ownership"
            and (
                (rel.sentence, rel.object, rel.subject) in stated
                or (rel.sentence, rel.subject, rel.object) in co_holders
                or _owner_is_held_by_family(rel, stated)
            )
        )
    ]


def find_relations(doc: Doc, views: list[SentenceView]) -> list[RawRelation]:
    found: list[RawRelation] = list(vehicle_relations(doc))
    for v in views:
        found.extend(ownership(doc, v))
        found.extend(stake_lists(doc, v))
        found.extend(sales(doc, v))
        found.extend(partnerships(doc, v))
        found.extend(successions(doc, v))
        found.extend(roles(doc, v))
        found.extend(kb_confirmed(doc, v))
        found.extend(roles_from_context(doc, v))
        found.extend(makers_by_verb(doc, v))
    found = _drop_contradicted([_venture_holding(doc, rel) for rel in found])
    found.sort(key=lambda rel: -rel.confidence)
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
