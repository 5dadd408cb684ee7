"""Entity arguments: names, aliases and ids resolved to one node, or a clear error."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.entities import find_entities, resolve_entity, suggestions
from kg.errors import AmbiguousEntityError, EntityNotFoundError, UsageError
from kg.named_queries import bind_params, get_query
from kg.store import open_store
from kg.store.base import GraphStore


@pytest.fixture(scope="module")
def graph(loaded_store: Path) -> Iterator[GraphStore]:
    store = open_store(str(loaded_store), read_only=True)
    yield store
    store.close()


@pytest.fixture
def twins(store_path: Path) -> Iterator[GraphStore]:
    """A small store where one alias names two brands."""
    store = open_store(str(store_path))
    store.query(
        "CREATE (:Brand {id: 'org:aurora', name: 'Aurora', aliases: ['Twin'], in_kb: false}), "
        "(:Brand {id: 'org:boreal', name: 'Boreal', aliases: ['Twin', 'Aurora Motors'], "
        "in_kb: false}), (:Company {id: 'org:aurora-group', name: 'Aurora Group', "
        "aliases: ['AG'], in_kb: false})",
        write=True,
    )
    yield store
    store.close()


def test_names_match_whatever_their_case(graph: GraphStore) -> None:
    for text in ("Infiniti", "infiniti", "INFINITI", "  Infiniti "):
        ref = resolve_entity(graph, text)
        assert (ref.id, ref.name, ref.label) == ("org:infiniti", "Infiniti", "Brand")


def test_aliases_and_ids_match(graph: GraphStore) -> None:
    assert resolve_entity(graph, "org:nissan").name == "Nissan"
    assert resolve_entity(graph, "Volkswagen Group").id == "org:volkswagen-group"
    vw = resolve_entity(graph, "VW")
    assert "Volkswagen" in vw.name and vw.label in ("Brand", "Company")
    # an alias only the reference knowledge base knows still finds the group
    assert resolve_entity(graph, "Volkswagen Aktiengesellschaft").id == "org:volkswagen-group"


def test_a_name_that_matches_nothing_suggests_the_closest(graph: GraphStore) -> None:
    with pytest.raises(EntityNotFoundError) as missing:
        resolve_entity(graph, "Infinity")
    assert str(missing.value).startswith("no entity named 'Infinity' in the graph; closest names:")
    assert "Infiniti" in str(missing.value)
    assert suggestions(graph, "Dongfeng")[:2] == ["Dongfeng Motor", "Dongfeng Nissan"]
    with pytest.raises(EntityNotFoundError, match="no JointVenture named 'Nissan'"):
        resolve_entity(graph, "Nissan", labels=("JointVenture",))


def test_a_name_that_matches_several_lists_them(twins: GraphStore) -> None:
    with pytest.raises(AmbiguousEntityError) as several:
        resolve_entity(twins, "twin")
    message = str(several.value)
    assert "'twin' names 2 entities (alias match)" in message
    assert "Aurora (Brand, org:aurora)" in message and "Boreal (Brand, org:boreal)" in message
    assert resolve_entity(twins, "org:boreal").name == "Boreal"
    # a name beats an alias: 'Aurora' is one brand's name and the other's alias's prefix only
    assert resolve_entity(twins, "aurora").id == "org:aurora"
    assert [rank for rank, _ in find_entities(twins, "Aurora Motors")] == [3]


def test_named_query_parameters_are_checked_and_resolved(graph: GraphStore) -> None:
    timeline = get_query("timeline")
    bound = bind_params(timeline, {"entity": "infiniti", "from": 2024, "to": "2024-02"}, graph)
    assert bound == {
        "entity": "org:infiniti",
        "from": "2024-01-01",
        "to": "2024-02-29",
        "type": "",
        "limit": 200,
    }
    co = get_query("co_mentions")
    assert bind_params(co, {"limit": "7"}) == {"entity": "", "limit": 7}
    portfolio = get_query("portfolio")
    assert bind_params(portfolio, {"entity": "x", "include_past": "yes"})["include_past"] is True
    debuts = get_query("show_debuts")
    assert bind_params(debuts, {"show": "IAA Mobility", "year": 2023}, graph)["year"] == "2023"
    with pytest.raises(EntityNotFoundError, match="no AutoShow named 'Nissan'"):
        bind_params(debuts, {"show": "Nissan"}, graph)
    with pytest.raises(UsageError, match="timeline needs -p entity="):
        bind_params(timeline, {})
    with pytest.raises(UsageError, match="has no parameter colour"):
        bind_params(timeline, {"entity": "x", "colour": "red"})
    with pytest.raises(UsageError, match="parameter from expects DATE"):
        bind_params(timeline, {"entity": "x", "from": "last year"})
    with pytest.raises(UsageError, match="parameter limit expects LIMIT"):
        bind_params(co, {"limit": 2.5})
    with pytest.raises(UsageError, match="did you mean timeline"):
        get_query("timline")
