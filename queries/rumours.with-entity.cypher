// name: rumours (when an entity is given)
// note: the same answers as rumours.cypher with an entity, walking from it instead of scanning
//   every event.
MATCH (:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $entity})
      <-[:INVOLVES]-(e:Event)
WHERE e.status IN ['rumored', 'denied']
WITH DISTINCT e
WITH e, coalesce(e.date_start, e.period_start, e.published) AS first_day,
     coalesce(e.date_end, e.period_end, e.published) AS last_day
WHERE ($from = '' OR last_day >= $from) AND ($to = '' OR first_day <= $to)
MATCH (a:Article)<-[:EXTRACTED_FROM]-(e)-[i:INVOLVES]->(n)
WITH e, a, first_day, last_day, max(CASE WHEN i.role = 'subject' THEN n.name END) AS subject
ORDER BY first_day DESC, last_day DESC, e.type DESC, coalesce(subject, '') DESC, e.id DESC
LIMIT $limit
RETURN e.date AS date, e.type AS type, e.status AS status, subject, e.summary AS summary,
       e.reported_by AS reported_by, e.evidence AS evidence, a.title AS article,
       a.published AS published
ORDER BY first_day, last_day, type, coalesce(subject, ''), e.id
