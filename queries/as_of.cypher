// name: as_of
// question: How did this entity's ownership, partnerships and roles stand on a given date? The
//   holdings, partnerships and roles (in either direction) that some source shows in force on
//   that date: started by then and not yet ended. A statement with no start date counts from
//   the publication date of its article (a reference-KB fact with none, from always). Dates
//   compare as ISO strings, so `2023` counts from the year's first day.
// param: entity ENTITY(Company|Brand|JointVenture|Person) -- the brand, company, joint venture
//   or person
// param: date DATE -- the date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its first day)
// returns: subject, relation, object, stake, title, since, until, sources
// example: autokg query --name as_of -p entity="Volvo Cars" -p date=2005
MATCH (s:Company|Brand|JointVenture|Person {id: $entity})-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o)
WHERE coalesce(r.since, r.published, '') <= $date AND (r.until IS NULL OR r.until > $date)
WITH s, o, type(r) AS relation, r.title AS title, max(r.stake) AS stake, min(r.since) AS since,
     max(r.until) AS until, count(DISTINCT r.source) AS sources
RETURN s.name AS subject, relation, o.name AS object, stake, title, since, until, sources
ORDER BY relation, subject, object, coalesce(title, '')
UNION ALL
MATCH (s)-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o:Company|Brand|JointVenture|Person {id: $entity})
WHERE coalesce(r.since, r.published, '') <= $date AND (r.until IS NULL OR r.until > $date)
WITH s, o, type(r) AS relation, r.title AS title, max(r.stake) AS stake, min(r.since) AS since,
     max(r.until) AS until, count(DISTINCT r.source) AS sources
RETURN s.name AS subject, relation, o.name AS object, stake, title, since, until, sources
ORDER BY relation, subject, object, coalesce(title, '')
