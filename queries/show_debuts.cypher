// name: show_debuts
// question: What was unveiled at this auto show, optionally in one year? One row per debut
//   (vehicle and maker), in date order, with the evidence.
// param: show ENTITY(AutoShow) -- the auto show, named without the year
// param: year STRING = "" -- only the debuts of this year (YYYY)
// returns: date, vehicle, maker, status, evidence, article
// example: autokg query --name show_debuts -p show="IAA Mobility" -p year=2023
MATCH (:AutoShow {id: $show})<-[:INVOLVES {role: 'venue'}]-(e:Event)-[:EXTRACTED_FROM]->(a:Article)
WHERE e.type = 'Debut' AND ($year = '' OR e.date STARTS WITH $year)
OPTIONAL MATCH (e)-[:INVOLVES {role: 'subject'}]->(v)
OPTIONAL MATCH (e)-[:INVOLVES {role: 'maker'}]->(m)
RETURN e.date AS date, v.name AS vehicle, m.name AS maker, e.status AS status,
       e.evidence AS evidence, a.title AS article
ORDER BY e.date_start, coalesce(vehicle, ''), coalesce(maker, ''), e.id
