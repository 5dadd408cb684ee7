"""The answers the quickstart prints: who owns which brand, who is in which joint venture, and
one entity's timeline (the `timeline` named query, the entity found by name or alias).

The statements are portable: the same text runs on the embedded store and on Neo4j.
"""

from kg.errors import AmbiguousEntityError, EntityNotFoundError
from kg.store import GraphStore, QueryResult

BRAND_OWNERS = """
MATCH (b:Brand)-[r:OWNED_BY]->(g)
WHERE r.until IS NULL
WITH b, g, collect(DISTINCT r.source) AS sources, max(r.stake) AS stake
RETURN b.name AS brand, g.name AS owner, stake,
       CASE WHEN size(sources) = 1 AND 'kb' IN sources THEN 'reference KB'
            ELSE 'articles' END AS evidence
ORDER BY owner, brand
"""

JV_PARTNERS = """
MATCH (c)-[r:PARTNER_IN]->(j:JointVenture)
WITH j, c, max(coalesce(r.since, '')) AS latest
MATCH (c)-[r:PARTNER_IN]->(j)
WHERE coalesce(r.since, '') = latest
WITH j, c, max(r.stake) AS stake, max(r.until) AS until
RETURN j.name AS joint_venture, c.name AS partner, stake, until
ORDER BY joint_venture, partner
"""

TIMELINE_COLUMNS = ("date", "type", "status", "role", "quantity", "unit", "reported_by", "evidence")


def timeline_section(store: GraphStore, entity: str) -> tuple[str, QueryResult]:
    """The timeline of `entity`; when it names no entity (or several), an empty section
    whose title says why."""
    from kg.entities import resolve_entity
    from kg.named_queries import run_named_query

    try:
        ref = resolve_entity(store, entity)
    except (EntityNotFoundError, AmbiguousEntityError) as exc:
        return f"Timeline of {entity}: {exc}", QueryResult(list(TIMELINE_COLUMNS), [])
    result = run_named_query(store, "timeline", {"entity": ref.id, "limit": 0})
    indexes = [result.columns.index(c) for c in TIMELINE_COLUMNS]
    rows = [[row[i] for i in indexes] for row in result.rows]
    return f"Timeline of {ref.name}", QueryResult(list(TIMELINE_COLUMNS), rows)


def overview_sections(store: GraphStore, entity: str) -> list[tuple[str, QueryResult]]:
    return [
        ("Brands and their owners", store.query(BRAND_OWNERS)),
        ("Joint ventures and their partners", store.query(JV_PARTNERS)),
        timeline_section(store, entity),
    ]
