// name: joint_ventures
// question: Which joint ventures is this company a partner in, who are the other partners and
//   what stakes do they hold? One row per partner of each venture (sources merged); `own` marks
//   the company's own stake.
// param: entity ENTITY(Company|Brand|JointVenture) -- the company
// returns: joint_venture, partner, own, stake, since, until, sources
// example: autokg query --name joint_ventures -p entity=Nissan
MATCH (:Company|Brand|JointVenture {id: $entity})-[:PARTNER_IN]->(j:JointVenture)
WITH DISTINCT j
MATCH (p)-[r:PARTNER_IN]->(j)
WITH j, p, max(r.stake) AS stake, min(r.since) AS since, max(r.until) AS until,
     count(DISTINCT r.source) AS sources
RETURN j.name AS joint_venture, p.name AS partner, p.id = $entity AS own, stake, since, until,
       sources
ORDER BY joint_venture, partner
