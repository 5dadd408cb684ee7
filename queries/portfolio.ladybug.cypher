// dialect: ladybug
// note: the label of a node is label(x) in Ladybug, labels(x)[0] in Neo4j.
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
MATCH (x)-[r:OWNED_BY]->(h)
WHERE (past OR r.until IS NULL) AND coalesce(r.stake, 100.0) >= floor
  AND (dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL)
WITH depth, x, h, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN depth AS level, x.name AS holding, label(x) AS label, h.name AS held_by, stake,
       since, until, sources
ORDER BY level, holding, held_by
