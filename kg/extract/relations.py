"""Relation rules: each is named, and the name is stored with the fact it produces."""

import re
from collections.abc import Iterator

from kg.extract.context import SentenceView
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.kb_links import kb_confirmed
from kg.extract.ownership import ownership, partnerships
from kg.extract.relprops import E as _E
from kg.extract.roles import roles, roles_from_context, successions

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
