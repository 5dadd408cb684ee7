// name: jv_partners
// question: Who are the partners of this joint venture, with their stakes, and what does it
//   make? Partner rows first, then the brands it owns, then the vehicles it or its brands make.
// param: entity ENTITY(JointVenture) -- the joint venture
// returns: relation, name, stake, since, until, sources
// example: autokg query --name jv_partners -p entity="Dongfeng Nissan"
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
RETURN 'vehicle' AS relation, v.name AS name, null AS stake, null AS since, null AS until,
       sources
ORDER BY name
