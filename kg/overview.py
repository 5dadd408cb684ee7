"""The answers the quickstart prints: who owns which brand, who is in which joint venture, and
one entity's timeline."""

from kg.store import GraphStore, QueryResult

BRAND_OWNERS = """
MATCH (b:Brand)-[r:OWNED_BY]->(g)
WHERE r.until IS NULL
WITH b, g, collect(DISTINCT r.source) AS sources, max(r.stake) AS stake
RETURN b.name AS brand, g.name AS owner, stake,
       CASE WHEN size(sources) = 1 AND sources[1] = 'kb' THEN 'reference KB'
            ELSE 'articles' END AS evidence
ORDER BY owner, brand
"""

JV_PARTNERS = """
MATCH (c)-[r:PARTNER_IN]->(j:JointVenture)
WITH j, c, max(r.stake) AS stake, max(r.until) AS until
RETURN j.name AS joint_venture, c.name AS partner, stake, until
ORDER BY joint_venture, partner
"""

TIMELINE = """
MATCH (e:Event)-[i:INVOLVES]->(n)
WHERE n.name = $name
RETURN coalesce(e.date, e.period_end) AS date, e.type AS event, e.status AS status,
       i.role AS role, e.quantity AS quantity, e.unit AS unit, e.reported_by AS reported_by,
       e.evidence AS evidence
ORDER BY coalesce(e.date_start, e.period_start), e.type
"""


def overview_sections(store: GraphStore, entity: str) -> list[tuple[str, QueryResult]]:
    return [
        ("Brands and their owners", store.query(BRAND_OWNERS)),
        ("Joint ventures and their partners", store.query(JV_PARTNERS)),
        (f"Timeline of {entity}", store.query(TIMELINE, {"name": entity})),
    ]
