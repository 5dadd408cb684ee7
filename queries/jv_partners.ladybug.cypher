// dialect: ladybug
// note: the branches of a UNION must agree on column types in Ladybug, where a bare null is of
//   type ANY; the vehicle branch casts its empty columns.
MATCH (p)-[r:PARTNER_IN]->(:JointVenture {id: $entity})
WITH p, max(r.stake) AS stake, min(r.since) AS since, max(r.until) AS until,
     count(DISTINCT r.source) AS sources
RETURN 'partner' AS relation, p.name AS name, stake, since, until, sources
ORDER BY name
UNION ALL
MATCH (b)-[r:OWNED_BY]->(:JointVenture {id: $entity})
WITH b, max(r.stake) AS stake, min(r.since) AS since, max(r.until) AS until,
     count(DISTINCT r.source) AS sources
RETURN 'brand' AS relation, b.name AS name, stake, since, until, sources
ORDER BY name
UNION ALL
MATCH (:JointVenture {id: $entity})<-[:OWNED_BY*0..2]-(m)-[r:MAKES]->(v:Vehicle)
WITH v, count(DISTINCT r.source) AS sources
RETURN 'vehicle' AS relation, v.name AS name, CAST(NULL AS DOUBLE) AS stake,
       CAST(NULL AS STRING) AS since, CAST(NULL AS STRING) AS until, sources
ORDER BY name
