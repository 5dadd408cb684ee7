// name: sales_series
// question: How many vehicles did this brand or company sell, period by period and market by
//   market? One row per period, market and figure (the articles that report the same figure
//   merged), in period order: a series ready to plot.
// param: entity ENTITY(Brand|Company|JointVenture) -- the brand or company
// param: market ENTITY(Place) = "" -- only this market (a country or region)
// returns: period_start, period_end, market, quantity, unit, status, reports
// example: autokg query --name sales_series -p entity=Infiniti
MATCH (:Company|Brand|JointVenture {id: $entity})<-[:INVOLVES {role: 'subject'}]-(e:Event)
WHERE e.type = 'SalesReport'
OPTIONAL MATCH (e)-[:INVOLVES {role: 'market'}]->(m:Place)
WITH e, m
WHERE $market = '' OR m.id = $market
WITH coalesce(e.period_start, e.date_start) AS period_start,
     coalesce(e.period_end, e.date_end) AS period_end, coalesce(m.name, '') AS market,
     e.quantity AS quantity, e.unit AS unit, e.status AS status, e.source AS source
RETURN period_start, period_end, market, quantity, unit, status, count(DISTINCT source) AS reports
ORDER BY period_start, period_end, market, quantity, unit, status
