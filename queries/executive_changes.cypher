// name: executive_changes
// question: Which executive changes (appointments, resignations, successions) happened in a
//   period, optionally at one organisation? One row per reported change, in date order (the
//   most recent ones when there are more than the limit).
// param: from DATE = "" -- only changes that end on or after this date (YYYY, YYYY-MM or
//   YYYY-MM-DD)
// param: to DATE_END = "" -- only changes that start on or before this date
// param: entity ENTITY = "" -- only changes involving this organisation or person
// param: limit LIMIT = 200 -- at most this many rows, the most recent (0: all of them)
// keeps: last
// returns: date, status, organisation, person, predecessor, moved_from, moved_to, reported_by,
//   summary, evidence, article
// example: autokg query --name executive_changes -p from=2024-12 -p to=2025-06
MATCH (e:Event)
WHERE e.type = 'ExecutiveChange' AND ($from = '' OR e.date_end >= $from)
  AND ($to = '' OR e.date_start <= $to)
MATCH (a:Article)<-[:EXTRACTED_FROM]-(e)-[i:INVOLVES]->(n)
WITH e, a, collect(n.id) AS ids,
     max(CASE WHEN i.role = 'subject' THEN n.name END) AS organisation,
     max(CASE WHEN i.role = 'person' THEN n.name END) AS person,
     max(CASE WHEN i.role = 'predecessor' THEN n.name END) AS predecessor,
     max(CASE WHEN i.role = 'from' THEN n.name END) AS moved_from,
     max(CASE WHEN i.role = 'to' THEN n.name END) AS moved_to
WHERE $entity = '' OR $entity IN ids
WITH e, a, organisation, person, predecessor, moved_from, moved_to
ORDER BY e.date_start DESC, e.date_end DESC, e.date DESC, coalesce(organisation, '') DESC,
         coalesce(person, '') DESC, e.id DESC
LIMIT $limit
RETURN e.date AS date, e.status AS status, organisation, person, predecessor, moved_from,
       moved_to, e.reported_by AS reported_by, e.summary AS summary, e.evidence AS evidence,
       a.title AS article
ORDER BY e.date_start, e.date_end, date, coalesce(organisation, ''), coalesce(person, ''),
         e.id
