// dialect: ladybug
// note: the type of a relationship is label(r) in Ladybug, type(r) in Neo4j.
MATCH (s:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $subject})
      -[r:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE]->(o)
WHERE ($object = '' OR o.id = $object) AND ($relation = '' OR label(r) = $relation)
OPTIONAL MATCH (a:Article {id: r.source})
RETURN s.name AS subject, label(r) AS relation, o.name AS object, r.stake AS stake,
       r.title AS title, r.since AS since, r.until AS until, r.source AS source,
       r.evidence AS evidence, r.evidence_start AS evidence_start,
       r.evidence_end AS evidence_end, r.rule AS rule, r.confidence AS confidence,
       a.title AS article, a.published AS published, a.url AS url
ORDER BY relation, subject, object, source, coalesce(title, ''), coalesce(since, ''),
         coalesce(until, '')
UNION ALL
MATCH (o:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $subject})
      <-[r:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE]-(s)
WHERE ($object = '' OR s.id = $object) AND ($relation = '' OR label(r) = $relation)
OPTIONAL MATCH (a:Article {id: r.source})
RETURN s.name AS subject, label(r) AS relation, o.name AS object, r.stake AS stake,
       r.title AS title, r.since AS since, r.until AS until, r.source AS source,
       r.evidence AS evidence, r.evidence_start AS evidence_start,
       r.evidence_end AS evidence_end, r.rule AS rule, r.confidence AS confidence,
       a.title AS article, a.published AS published, a.url AS url
ORDER BY relation, subject, object, source, coalesce(title, ''), coalesce(since, ''),
         coalesce(until, '')
