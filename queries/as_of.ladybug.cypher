// dialect: ladybug
// note: the type of a relationship is label(r) in Ladybug, type(r) in Neo4j.
MATCH (s:Company|Brand|JointVenture|Person {id: $entity})-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o)
WHERE coalesce(r.since, r.published, '') <= $date AND (r.until IS NULL OR r.until > $date)
WITH s, o, label(r) AS relation, r.title AS title, max(r.stake) AS stake, min(r.since) AS since,
     max(r.until) AS until, count(DISTINCT r.source) AS sources
RETURN s.name AS subject, relation, o.name AS object, stake, title, since, until, sources
ORDER BY relation, subject, object, coalesce(title, '')
UNION ALL
MATCH (s)-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o:Company|Brand|JointVenture|Person {id: $entity})
WHERE coalesce(r.since, r.published, '') <= $date AND (r.until IS NULL OR r.until > $date)
WITH s, o, label(r) AS relation, r.title AS title, max(r.stake) AS stake, min(r.since) AS since,
     max(r.until) AS until, count(DISTINCT r.source) AS sources
RETURN s.name AS subject, relation, o.name AS object, stake, title, since, until, sources
ORDER BY relation, subject, object, coalesce(title, '')
