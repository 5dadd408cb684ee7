"""Choosing a subgraph: --around/--depth, --as-of, --label, --max-nodes."""

import pytest

from kg.errors import AmbiguousEntityError, EntityNotFoundError, UsageError
from kg.export.select import Selection, apply, as_of, cap, dropped, resolve_entity

from .test_export_graphs import small_graph, synthetic_graph


def test_an_entity_is_found_by_name_alias_or_id_in_any_case() -> None:
    graph = small_graph()
    assert resolve_entity(graph, "nissan") == "org:nissan"
    assert resolve_entity(graph, "NISSAN MOTOR") == "org:nissan"
    assert resolve_entity(graph, "org:nissan") == "org:nissan"
    assert resolve_entity(graph, " Iván Espinosa ") == "person:ivan-espinosa"


def test_an_unknown_entity_names_the_close_ones() -> None:
    with pytest.raises(EntityNotFoundError) as caught:
        resolve_entity(small_graph(), "Nisan")
    assert str(caught.value) == "no entity named 'Nisan' in the graph; did you mean Nissan?"
    with pytest.raises(EntityNotFoundError, match=r"no entity named 'Zzyzx' in the graph$"):
        resolve_entity(small_graph(), "Zzyzx")


def test_two_entities_with_one_name_ask_for_an_id() -> None:
    graph = small_graph()
    graph.add_node("org:nissan-2", label="Brand", name="Nissan", aliases=[])
    with pytest.raises(AmbiguousEntityError, match=r"org:nissan\).*org:nissan-2\); give an id"):
        resolve_entity(graph, "Nissan")


def test_around_walks_both_directions_to_the_given_depth() -> None:
    graph = small_graph()
    one = apply(graph, Selection(around="Infiniti", depth=1))
    assert set(one) == {
        "org:infiniti",
        "org:nissan",
        "vehicle:infiniti-qx60",
        "article:0123456789abcdef",
    }
    assert one.graph["autokg_around"] == "org:infiniti"
    assert one.graph["autokg_selection"] == "around Infiniti (depth 1)"
    zero = apply(graph, Selection(around="Infiniti", depth=0))
    assert set(zero) == {"org:infiniti"}
    assert len(apply(graph, Selection(around="Infiniti", depth=9))) == len(graph)


def test_as_of_keeps_facts_valid_and_events_started_on_that_date() -> None:
    graph = small_graph()
    before = as_of(graph, "2023-10-31")
    stakes = sorted(
        d["stake"] for u, v, d in before.edges(data=True) if (u, v) == ("org:nissan", "org:renault")
    )
    assert stakes == [43.4]
    after = as_of(graph, "2023-11")
    assert sorted(
        d["stake"] for u, v, d in after.edges(data=True) if (u, v) == ("org:nissan", "org:renault")
    ) == [15.0]
    assert "event:00000000000000e1" not in as_of(graph, "2024-10-31")
    assert "event:00000000000000e1" in as_of(graph, "2024-11-01")
    assert "article:0123456789abcdef" not in as_of(graph, "2024-11-19")
    role = [d for _, _, d in as_of(graph, "2025").edges(data=True) if d["type"] == "HOLDS_ROLE"]
    assert role == []
    with pytest.raises(UsageError, match="--as-of: expected a date as YYYY, YYYY-MM or"):
        as_of(graph, "last year")


def test_labels_filter_first_then_around_walks_what_is_left() -> None:
    graph = small_graph()
    orgs = apply(graph, Selection(labels=("company", "Brand"), around="Infiniti", depth=5))
    assert set(orgs) == {"org:infiniti", "org:nissan", "org:renault"}
    with pytest.raises(EntityNotFoundError, match=r"Iván Espinosa \(Person\) is left out"):
        apply(graph, Selection(labels=("Brand",), around="Iván Espinosa"))
    with pytest.raises(UsageError, match="unknown label 'Car'"):
        apply(graph, Selection(labels=("Car",)))


def test_a_cap_keeps_the_most_connected_and_records_what_it_dropped() -> None:
    graph = synthetic_graph(500)
    small = cap(graph, 50)
    assert small.number_of_nodes() == 50
    degrees = sorted((d for _, d in graph.degree()), reverse=True)
    assert min(graph.degree(n) for n in small) >= degrees[60]
    kept, total, nodes, edges = dropped(small) or (0, 0, 0, 0)
    assert (kept, total, nodes) == (50, 500, 450)
    assert edges == graph.number_of_edges() - small.number_of_edges()
    assert cap(graph, 1, keep="company:n0").nodes == {"company:n0": graph.nodes["company:n0"]}
    assert dropped(cap(graph, 600)) is None
