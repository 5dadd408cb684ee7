// name: ownership_chain
// question: Who owns this brand or company, step by step up to its ultimate parent, with stakes
//   and dates? One row per holding on the way up (its sources merged), nearest first.
// param: entity ENTITY(Brand|Company|JointVenture) -- the brand, company or joint venture
// returns: level, owned, owner, stake, since, until, current, ultimate, sources
// example: autokg query --name ownership_chain -p entity=Infiniti
MATCH p = (start:Company|Brand|JointVenture {id: $entity})-[:OWNED_BY*0..5]->(x)
WITH x, min(length(p)) AS depth
MATCH (x)-[r0:OWNED_BY]->(o)
WITH depth, x, o, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
MATCH (x)-[r:OWNED_BY]->(o)
WHERE dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL
WITH depth, x, o, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
OPTIONAL MATCH (o)-[up:OWNED_BY]->()
WHERE up.until IS NULL
WITH depth, x, o, stake, since, until, sources, count(up) AS holders_above
RETURN depth + 1 AS level, x.name AS owned, o.name AS owner, stake, since, until,
       until IS NULL AS current, until IS NULL AND holders_above = 0 AS ultimate, sources
ORDER BY level, owned, owner
