// name: co_mentions
// question: Which entities are most often mentioned together in the same articles? With an
//   entity, the ones most often named alongside it. Publishers are left out.
// param: entity ENTITY = "" -- only pairs that include this entity
// param: limit LIMIT = 20 -- how many pairs to list, the most frequent (0: all of them)
// returns: first, second, articles
// example: autokg query --name co_mentions -p entity=Nissan -p limit=10
MATCH (a:Article)-[:MENTIONS]->(x:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow)
WHERE $entity = '' OR x.id = $entity
MATCH (a)-[:MENTIONS]->(y:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow)
WHERE x.id <> y.id AND ($entity <> '' OR x.id < y.id)
WITH x, y, count(DISTINCT a.id) AS articles
RETURN x.name AS first, y.name AS second, articles
ORDER BY articles DESC, first, second
LIMIT $limit
