// name: people
// question: Who holds or held which role at this organisation, and since and until when?
//   One row per person and title (sources merged), oldest first; roles with no known start
//   come last.
// param: entity ENTITY(Company|Brand|JointVenture) -- the organisation
// returns: person, title, since, until, current, sources
// example: autokg query --name people -p entity=Nissan
MATCH (p:Person)-[r:HOLDS_ROLE]->(:Company|Brand|JointVenture {id: $entity})
WITH p, r.title AS title, min(r.since) AS since, max(r.until) AS until,
     count(DISTINCT r.source) AS sources
RETURN p.name AS person, title, since, until, until IS NULL AS current, sources
ORDER BY coalesce(since, '9999'), person, title
