// name: connection
// question: How are these two entities connected? Every shortest path between them over the
//   facts (ownership, partnerships, makes, variants, roles) and the events they share, as the
//   names along the path and the steps between them (-[TYPE]-> forwards, <-[TYPE]- backwards).
// param: a ENTITY -- the first entity
// param: b ENTITY -- the second entity
// returns: hops, nodes, steps
// example: autokg query --name connection -p a=Infiniti -p b="Dongfeng Motor"
MATCH (a:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $a})
MATCH (b:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $b})
WHERE a.id <> b.id
MATCH p = allShortestPaths((a)-[:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE|INVOLVES*..6]-(b))
WITH DISTINCT length(p) AS hops,
     [n IN nodes(p) | coalesce(n.name, n.type + ' ' + coalesce(n.date, n.period_end, ''))]
       AS names,
     [i IN range(0, length(p) - 1) |
       CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
            THEN '-[' + type(relationships(p)[i]) + ']->'
            ELSE '<-[' + type(relationships(p)[i]) + ']-' END] AS steps
RETURN hops, names AS nodes, steps
ORDER BY hops, reduce(s = '', x IN names | s + '|' + x),
         reduce(s = '', x IN steps | s + '|' + x)
