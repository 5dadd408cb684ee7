// name: timeline
// question: What happened to this entity? The events it takes part in, in date order, with its
//   role, status, figures and evidence: the most recent ones when there are more than the limit.
//   An event reported by two articles appears twice, each time with its own evidence.
// param: entity ENTITY -- the brand, company, joint venture, person, vehicle, place or show
// param: from DATE = "" -- only events that end on or after this date
// param: to DATE_END = "" -- only events that start on or before this date
// param: type STRING = "" -- only events of this type (Debut, SalesReport, MarketExit...)
// param: limit LIMIT = 200 -- at most this many rows, the most recent (0: all of them)
// keeps: last
// returns: date, type, status, role, quantity, unit, summary, reported_by, evidence, article,
//   published, event
// example: autokg query --name timeline -p entity=Infiniti
MATCH (x:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $entity})
      <-[i:INVOLVES]-(e:Event)-[:EXTRACTED_FROM]->(a:Article)
WITH e, i, a, coalesce(e.date_start, e.period_start) AS first_day,
     coalesce(e.date_end, e.period_end) AS last_day
WHERE ($from = '' OR last_day >= $from) AND ($to = '' OR first_day <= $to)
  AND ($type = '' OR e.type = $type)
WITH e, i, a, first_day, last_day
ORDER BY first_day DESC, last_day DESC, e.type DESC, i.role DESC, e.id DESC
LIMIT $limit
RETURN coalesce(e.date, e.period_start + '..' + e.period_end) AS date, e.type AS type,
       e.status AS status, i.role AS role, e.quantity AS quantity, e.unit AS unit,
       e.summary AS summary, e.reported_by AS reported_by, e.evidence AS evidence,
       a.title AS article, a.published AS published, e.id AS event
ORDER BY first_day, last_day, type, role, event
