// dialect: ladybug
// note: the branches of a UNION must agree on column types in Ladybug, where a bare null is of
//   type ANY; the vehicle branch casts its empty columns.
MATCH (p)-[r0:PARTNER_IN]->(:JointVenture {id: $entity})
WITH p, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
MATCH (p)-[r:PARTNER_IN]->(:JointVenture {id: $entity})
WHERE dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL
WITH p, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN 'partner' AS relation, p.name AS name, stake, since, until, sources
ORDER BY name
UNION ALL
MATCH (b)-[r0:OWNED_BY]->(:JointVenture {id: $entity})
WITH b, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
MATCH (b)-[r:OWNED_BY]->(:JointVenture {id: $entity})
WHERE dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL
WITH b, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN 'brand' AS relation, b.name AS name, stake, since, until, sources
ORDER BY name
UNION ALL
MATCH (:JointVenture {id: $entity})<-[:OWNED_BY*0..2]-(m)-[r:MAKES]->(v:Vehicle)
WITH v, count(DISTINCT r.source) AS sources
RETURN 'vehicle' AS relation, v.name AS name, CAST(NULL AS DOUBLE) AS stake,
       CAST(NULL AS STRING) AS since, CAST(NULL AS STRING) AS until, sources
ORDER BY name
