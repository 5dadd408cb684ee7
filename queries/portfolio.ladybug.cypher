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
WITH depth, x, h, max(r.stake) AS stake, min(r.since) AS since, max(r.until) AS until,
     count(DISTINCT r.source) AS sources
RETURN depth AS level, x.name AS holding, label(x) AS label, h.name AS held_by, stake,
       since, until, sources
ORDER BY level, holding, held_by
