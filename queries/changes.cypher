// name: changes
// question: What changed in this entity's ownership, partnerships and roles between two dates?
//   Each holding, partnership or role in force on one date and not on the other (see as_of),
//   as `started` or `ended`, and `changed` when both dates show it with different stakes; in
//   date order.
// param: entity ENTITY(Company|Brand|JointVenture|Person) -- the brand, company, joint venture
//   or person
// param: from DATE -- the earlier date (a year or month means its first day)
// param: to DATE_END -- the later date (a year or month means its last day)
// returns: date, change, subject, relation, object, stake_before, stake_after, title
// example: autokg query --name changes -p entity="Volvo Cars" -p from=2009 -p to=2011
MATCH (s:Company|Brand|JointVenture|Person {id: $entity})-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o)
WITH s, o, r, coalesce(r.since, r.published, '') AS known_from
WITH s, o, r, known_from,
     known_from <= $from AND (r.until IS NULL OR r.until > $from) AS at_from,
     known_from <= $to AND (r.until IS NULL OR r.until > $to) AS at_to
WITH s, o, type(r) AS relation, r.title AS title,
     max(CASE WHEN at_from THEN 1 ELSE 0 END) = 1 AS held_before,
     max(CASE WHEN at_to THEN 1 ELSE 0 END) = 1 AS held_after,
     max(CASE WHEN at_from THEN r.stake END) AS stake_before,
     max(CASE WHEN at_to THEN r.stake END) AS stake_after,
     min(CASE WHEN at_to AND NOT at_from THEN known_from END) AS started_on,
     max(CASE WHEN at_from AND NOT at_to THEN r.until END) AS ended_on
WHERE held_before <> held_after
   OR (held_before AND coalesce(stake_before, -1.0) <> coalesce(stake_after, -1.0))
WITH s, o, relation, title, stake_before, stake_after, started_on, ended_on,
     CASE WHEN NOT held_before THEN 'started' WHEN NOT held_after THEN 'ended'
          ELSE 'changed' END AS change
RETURN CASE change WHEN 'started' THEN started_on WHEN 'ended' THEN ended_on
            ELSE coalesce(started_on, ended_on) END AS date,
       change, s.name AS subject, relation, o.name AS object, stake_before, stake_after, title
ORDER BY date, change, relation, subject, object, coalesce(title, '')
UNION ALL
MATCH (s)-[r:OWNED_BY|PARTNER_IN|HOLDS_ROLE]->(o:Company|Brand|JointVenture|Person {id: $entity})
WITH s, o, r, coalesce(r.since, r.published, '') AS known_from
WITH s, o, r, known_from,
     known_from <= $from AND (r.until IS NULL OR r.until > $from) AS at_from,
     known_from <= $to AND (r.until IS NULL OR r.until > $to) AS at_to
WITH s, o, type(r) AS relation, r.title AS title,
     max(CASE WHEN at_from THEN 1 ELSE 0 END) = 1 AS held_before,
     max(CASE WHEN at_to THEN 1 ELSE 0 END) = 1 AS held_after,
     max(CASE WHEN at_from THEN r.stake END) AS stake_before,
     max(CASE WHEN at_to THEN r.stake END) AS stake_after,
     min(CASE WHEN at_to AND NOT at_from THEN known_from END) AS started_on,
     max(CASE WHEN at_from AND NOT at_to THEN r.until END) AS ended_on
WHERE held_before <> held_after
   OR (held_before AND coalesce(stake_before, -1.0) <> coalesce(stake_after, -1.0))
WITH s, o, relation, title, stake_before, stake_after, started_on, ended_on,
     CASE WHEN NOT held_before THEN 'started' WHEN NOT held_after THEN 'ended'
          ELSE 'changed' END AS change
RETURN CASE change WHEN 'started' THEN started_on WHEN 'ended' THEN ended_on
            ELSE coalesce(started_on, ended_on) END AS date,
       change, s.name AS subject, relation, o.name AS object, stake_before, stake_after, title
ORDER BY date, change, relation, subject, object, coalesce(title, '')
