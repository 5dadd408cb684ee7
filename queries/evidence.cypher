// name: evidence
// question: What is the evidence behind the facts linking this entity (to another one)? Every
//   ownership, partnership, makes, variant and role statement, one row per source: the
//   sentence, its offsets in the article, the article and the rule that found it. Facts from
//   the reference knowledge base have source `kb` and no article.
// param: subject ENTITY -- the entity
// param: object ENTITY = "" -- only facts linking it to this entity
// param: relation STRING = "" -- only facts of this type (OWNED_BY, PARTNER_IN, MAKES,
//   VARIANT_OF, HOLDS_ROLE)
// returns: subject, relation, object, stake, title, since, until, source, evidence,
//   evidence_start, evidence_end, rule, confidence, article, published, url
// example: autokg query --name evidence -p subject=Infiniti -p object=Nissan
MATCH (s:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $subject})
      -[r:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE]->(o)
WHERE ($object = '' OR o.id = $object) AND ($relation = '' OR type(r) = $relation)
OPTIONAL MATCH (a:Article {id: r.source})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.stake AS stake,
       r.title AS title, r.since AS since, r.until AS until, r.source AS source,
       r.evidence AS evidence, r.evidence_start AS evidence_start,
       r.evidence_end AS evidence_end, r.rule AS rule, r.confidence AS confidence,
       a.title AS article, a.published AS published, a.url AS url
ORDER BY relation, subject, object, source, coalesce(title, ''), coalesce(since, ''),
         coalesce(until, '')
UNION ALL
MATCH (o:Company|Brand|JointVenture|Person|Vehicle|Place|AutoShow|Publisher {id: $subject})
      <-[r:OWNED_BY|PARTNER_IN|MAKES|VARIANT_OF|HOLDS_ROLE]-(s)
WHERE ($object = '' OR s.id = $object) AND ($relation = '' OR type(r) = $relation)
OPTIONAL MATCH (a:Article {id: r.source})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.stake AS stake,
       r.title AS title, r.since AS since, r.until AS until, r.source AS source,
       r.evidence AS evidence, r.evidence_start AS evidence_start,
       r.evidence_end AS evidence_end, r.rule AS rule, r.confidence AS confidence,
       a.title AS article, a.published AS published, a.url AS url
ORDER BY relation, subject, object, source, coalesce(title, ''), coalesce(since, ''),
         coalesce(until, '')
