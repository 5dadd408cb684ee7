// name: executive_changes (when an entity is given)
// note: the same answers as executive_changes.cypher with an entity, walking from it instead
//   of scanning every event.
MATCH (:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $entity})
      <-[:INVOLVES]-(e:Event)
WHERE e.type = 'ExecutiveChange' AND ($from = '' OR e.date_end >= $from)
  AND ($to = '' OR e.date_start <= $to)
WITH DISTINCT e
MATCH (a:Article)<-[:EXTRACTED_FROM]-(e)-[i:INVOLVES]->(n)
WITH e, a,
     max(CASE WHEN i.role = 'subject' THEN n.name END) AS organisation,
     max(CASE WHEN i.role = 'person' THEN n.name END) AS person,
     max(CASE WHEN i.role = 'predecessor' THEN n.name END) AS predecessor,
     max(CASE WHEN i.role = 'from' THEN n.name END) AS moved_from,
     max(CASE WHEN i.role = 'to' THEN n.name END) AS moved_to
WITH e, a, organisation, person, predecessor, moved_from, moved_to
ORDER BY e.date_start DESC, e.date_end DESC, e.date DESC, coalesce(organisation, '') DESC,
         coalesce(person, '') DESC, e.id DESC
LIMIT $limit
RETURN e.date AS date, e.status AS status, organisation, person, predecessor, moved_from,
       moved_to, e.reported_by AS reported_by, e.summary AS summary, e.evidence AS evidence,
       a.title AS article
ORDER BY e.date_start, e.date_end, date, coalesce(organisation, ''), coalesce(person, ''),
         e.id
