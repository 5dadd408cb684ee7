// name: rumours
// question: Which stories were rumoured or denied, and by whom were they reported? Every event
//   whose status is rumored or denied, optionally about one entity or within a period, in date
//   order (the most recent ones when there are more than the limit), with the outlet credited
//   and the evidence.
// param: entity ENTITY = "" -- only events involving this entity
// param: from DATE = "" -- only events that end on or after this date
// param: to DATE_END = "" -- only events that start on or before this date
// param: limit LIMIT = 200 -- at most this many rows, the most recent (0: all of them)
// keeps: last
// returns: date, type, status, subject, summary, reported_by, evidence, article, published
// example: autokg query --name rumours -p entity=Nissan
MATCH (e:Event)
WHERE e.status IN ['rumored', 'denied']
WITH e, coalesce(e.date_start, e.period_start, e.published) AS first_day,
     coalesce(e.date_end, e.period_end, e.published) AS last_day
WHERE ($from = '' OR last_day >= $from) AND ($to = '' OR first_day <= $to)
MATCH (a:Article)<-[:EXTRACTED_FROM]-(e)-[i:INVOLVES]->(n)
WITH e, a, first_day, last_day, collect(n.id) AS ids,
     max(CASE WHEN i.role = 'subject' THEN n.name END) AS subject
WHERE $entity = '' OR $entity IN ids
WITH e, a, first_day, last_day, subject
ORDER BY first_day DESC, last_day DESC, e.type DESC, coalesce(subject, '') DESC, e.id DESC
LIMIT $limit
RETURN e.date AS date, e.type AS type, e.status AS status, subject, e.summary AS summary,
       e.reported_by AS reported_by, e.evidence AS evidence, a.title AS article,
       a.published AS published
ORDER BY first_day, last_day, type, coalesce(subject, ''), e.id
