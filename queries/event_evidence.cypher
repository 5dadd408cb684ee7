// name: event_evidence
// question: What is the evidence behind an event: its sentence, offsets, article and rule,
//   and who takes part in it in which role? One row per participant.
// param: event STRING -- the event id (the `event` column of timeline)
// returns: event, type, date, status, participant, role, evidence, evidence_start,
//   evidence_end, rule, confidence, reported_by, article, published, url, publisher
// example: autokg query --name event_evidence -p event=event:0123456789abcdef
MATCH (e:Event {id: $event})-[:EXTRACTED_FROM]->(a:Article)
OPTIONAL MATCH (e)-[i:INVOLVES]->(n)
RETURN e.id AS event, e.type AS type,
       coalesce(e.date, e.period_start + '..' + e.period_end) AS date, e.status AS status,
       n.name AS participant, i.role AS role, e.evidence AS evidence,
       e.evidence_start AS evidence_start, e.evidence_end AS evidence_end, e.rule AS rule,
       e.confidence AS confidence, e.reported_by AS reported_by, a.title AS article,
       a.published AS published, a.url AS url, a.publisher AS publisher
ORDER BY role, participant
