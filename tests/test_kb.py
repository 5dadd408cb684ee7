"""The shipped reference knowledge base: size, validity and consistency."""

from collections import Counter

from kg.kb import catalog


def test_the_kb_has_the_promised_coverage() -> None:
    kb = catalog()
    labels = Counter(e.label for e in kb.entities.values())
    assert labels["Brand"] >= 250
    assert labels["Company"] >= 80
    assert labels["JointVenture"] >= 40
    assert labels["AutoShow"] >= 10
    assert labels["Place"] >= 100
    assert labels["Publisher"] >= 20


def test_aliases_do_not_collide_across_entities() -> None:
    owners: dict[str, str] = {}
    clashes = []
    for entity in catalog().entities.values():
        for alias in {entity.name, *entity.aliases}:
            key = alias.casefold()
            if key in owners and owners[key] != entity.id:
                clashes.append((alias, owners[key], entity.id))
            owners[key] = entity.id
    assert clashes == []


def test_background_facts_point_at_known_entities() -> None:
    kb = catalog()
    for fact in kb.facts:
        assert fact.subject_id in kb.entities
        assert fact.object_id in kb.entities


def test_the_seed_story_is_in_the_kb() -> None:
    kb = catalog()
    infiniti = kb.get("Infiniti")
    assert infiniti is not None and infiniti.label == "Brand"
    owner = kb.owner_of(infiniti.id)
    assert owner is not None and owner.name == "Nissan"
    jv = kb.get("Dongfeng Nissan")
    assert jv is not None and jv.label == "JointVenture"
    assert {p.name for p, _ in kb.partners_of(jv.id)} == {"Dongfeng Motor", "Nissan"}


def test_qids_are_unique() -> None:
    qids = Counter(e.qid for e in catalog().entities.values() if e.qid)
    assert [q for q, n in qids.items() if n > 1] == []
