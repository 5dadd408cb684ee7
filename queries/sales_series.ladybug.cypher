// dialect: ladybug
// note: faster, same answers: Ladybug answers the OPTIONAL MATCH of the market with a scan of
//   every event's participants (about 50 ms at 100,000 articles); this walks from each sales
//   event to its own participants and keeps the markets (lists are 1-based in Ladybug).
MATCH (:Company|Brand|JointVenture {id: $entity})<-[:INVOLVES {role: 'subject'}]-(e:Event)
      -[j:INVOLVES]->(n)
WHERE e.type = 'SalesReport'
WITH e, collect(CASE WHEN j.role = 'market' AND label(n) = 'Place' THEN [n.id, n.name] END)
       AS markets
UNWIND CASE WHEN size(markets) = 0 THEN [['', '']] ELSE markets END AS m
WITH e, m
WHERE $market = '' OR m[1] = $market
WITH coalesce(e.period_start, e.date_start) AS period_start,
     coalesce(e.period_end, e.date_end) AS period_end, m[2] AS market,
     e.quantity AS quantity, e.unit AS unit, e.status AS status, e.source AS source
RETURN period_start, period_end, market, quantity, unit, status, count(DISTINCT source) AS reports
ORDER BY period_start, period_end, market, quantity, unit, status
