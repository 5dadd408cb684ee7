// dialect: ladybug
// note: shortest paths are a pattern modifier in Ladybug (`* ALL SHORTEST 1..6`); lists are
//   built with list_transform over nodes(p) and rels(p) themselves (a lambda over a list held
//   in a variable, or list_reduce, returns wrong rows); indexes are 1-based; the direction of
//   a step compares the node's internal id with the relationship's `_src`; lists cannot be
//   sorted, so rows are ordered by the lists joined with '|', as the Neo4j text does.
MATCH (a:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $a})
MATCH (b:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $b})
WHERE a.id <> b.id
MATCH p = (a)-[:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE|INVOLVES* ALL SHORTEST 1..6]-(b)
WITH DISTINCT length(p) AS hops,
     list_transform(nodes(p),
       n -> coalesce(n.name, n.type + ' ' + coalesce(n.date, n.period_end, ''))) AS names,
     list_transform(range(1, length(p)),
       i -> CASE WHEN id(nodes(p)[i]) = struct_extract(rels(p)[i], '_src')
                 THEN '-[' + label(rels(p)[i]) + ']->'
                 ELSE '<-[' + label(rels(p)[i]) + ']-' END) AS steps
RETURN hops, names AS nodes, steps
ORDER BY hops, '|' + list_to_string('|', names), '|' + list_to_string('|', steps)
