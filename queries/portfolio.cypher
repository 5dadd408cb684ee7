// name: portfolio
// question: What does this group own, directly or through its subsidiaries? Every brand,
//   company and joint venture below it, with the holding that links it (sources merged).
// param: entity ENTITY(Company|Brand|JointVenture|Person) -- the group (or any owner)
// param: include_past BOOLEAN = false -- also follow holdings that have ended
// param: min_stake FLOAT = 0 -- follow only holdings of at least this percentage (an unstated
//   stake counts as 100, unless another source states a smaller one for the same holding)
// returns: level, holding, label, held_by, stake, since, until, sources
// example: autokg query --name portfolio -p entity="Volkswagen Group"
WITH $entity AS gid, $include_past AS past, $min_stake AS floor
MATCH p = (x)-[:OWNED_BY*1..5]->(:Company|Brand|JointVenture|Person {id: gid})
WHERE x.id <> gid
  AND all(r IN relationships(p) WHERE (past OR r.until IS NULL)
          AND coalesce(r.stake, 100.0) >= floor)
WITH gid, past, floor, x, min(length(p)) AS depth
MATCH q = (x)-[r:OWNED_BY]->(h)-[:OWNED_BY*0..4]->(:Company|Brand|JointVenture|Person {id: gid})
WHERE all(s IN relationships(q) WHERE (past OR s.until IS NULL)
          AND coalesce(s.stake, 100.0) >= floor)
WITH DISTINCT past, floor, depth, x, h
MATCH (x)-[r0:OWNED_BY]->(h)
WHERE (past OR r0.until IS NULL) AND coalesce(r0.stake, 100.0) >= floor
WITH past, floor, depth, x, h, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
OPTIONAL MATCH (x)-[k:OWNED_BY]->(h)
WHERE k.stake IS NOT NULL AND (past OR k.until IS NULL)
WITH past, floor, depth, x, h, dated, sources, max(k.stake) AS known
WHERE known IS NULL OR known >= floor
MATCH (x)-[r:OWNED_BY]->(h)
WHERE (past OR r.until IS NULL) AND coalesce(r.stake, 100.0) >= floor
  AND (dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL)
WITH depth, x, h, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN depth AS level, x.name AS holding, labels(x)[0] AS label, h.name AS held_by, stake,
       since, until, sources
ORDER BY level, holding, held_by
