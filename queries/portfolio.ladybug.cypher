// dialect: ladybug
// note: the label of a node is label(x) in Ladybug, labels(x)[0] in Neo4j. Each holding's
//   depth is its shortest walk up to the group (`* SHORTEST`, with the holdings it may follow
//   as a filter of the walk), as the Neo4j text's minimum over paths: enumerating every path,
//   one per source of every holding on the way, exhausts Ladybug's memory on a large graph.
MATCH p = (x)-[:OWNED_BY* SHORTEST 1..5 (r, _n | WHERE ($include_past OR r.until IS NULL)
            AND coalesce(r.stake, 100.0) >= $min_stake)]->(:Company|Brand|JointVenture|Person {id: $entity})
WHERE x.id <> $entity
WITH x, length(p) AS depth
MATCH (x)-[r0:OWNED_BY]->(h)
WHERE ($include_past OR r0.until IS NULL) AND coalesce(r0.stake, 100.0) >= $min_stake
WITH depth, x, h, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
OPTIONAL MATCH (h)-[:OWNED_BY* SHORTEST 1..4 (s, _m | WHERE ($include_past OR s.until IS NULL)
                     AND coalesce(s.stake, 100.0) >= $min_stake)]->(top:Company|Brand|JointVenture|Person {id: $entity})
WITH depth, x, h, dated, sources, top
WHERE h.id = $entity OR top IS NOT NULL
OPTIONAL MATCH (x)-[k:OWNED_BY]->(h)
WHERE k.stake IS NOT NULL AND ($include_past OR k.until IS NULL)
WITH depth, x, h, dated, sources, max(k.stake) AS known
WHERE known IS NULL OR known >= $min_stake
MATCH (x)-[r:OWNED_BY]->(h)
WHERE ($include_past OR r.until IS NULL) AND coalesce(r.stake, 100.0) >= $min_stake
  AND (dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL)
WITH depth, x, h, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN depth AS level, x.name AS holding, label(x) AS label, h.name AS held_by, stake,
       since, until, sources
ORDER BY level, holding, held_by
