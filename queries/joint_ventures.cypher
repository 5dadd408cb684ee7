// name: joint_ventures
// question: Which joint ventures is this company a partner in, who are the other partners and
//   what stakes do they hold? One row per partner of each venture (sources merged); `own` marks
//   the company's own stake.
// param: entity ENTITY(Company|Brand|JointVenture) -- the company
// returns: joint_venture, partner, own, stake, since, until, sources
// example: autokg query --name joint_ventures -p entity=Nissan
MATCH (:Company|Brand|JointVenture {id: $entity})-[:PARTNER_IN]->(j:JointVenture)
WITH DISTINCT j
MATCH (p)-[r0:PARTNER_IN]->(j)
WITH j, p, count(r0.since) + count(r0.until) AS dated,
     count(DISTINCT r0.source) AS sources
MATCH (p)-[r:PARTNER_IN]->(j)
WHERE dated = 0 OR r.since IS NOT NULL OR r.until IS NOT NULL
WITH j, p, sources, r.since AS since, r.until AS until, max(r.stake) AS stake
RETURN j.name AS joint_venture, p.name AS partner, p.id = $entity AS own, stake, since, until,
       sources
ORDER BY joint_venture, partner
