// name: vehicles
// question: Which vehicles does this brand make, with their variants (trims, editions, market
//   versions, concepts)? For a company or joint venture, its own vehicles and those of the
//   brands it controls (current holdings above 50%, or of unstated size). One row per model
//   and variant; `variant` is empty on the model's own row.
// param: entity ENTITY(Brand|Company|JointVenture) -- the brand or maker
// returns: maker, model, variant, sources
// example: autokg query --name vehicles -p entity=Infiniti
MATCH p = (:Company|Brand|JointVenture {id: $entity})<-[:OWNED_BY*0..3]-(m)
WHERE all(h IN relationships(p) WHERE h.until IS NULL AND coalesce(h.stake, 100.0) > 50.0)
WITH DISTINCT m
MATCH (m)-[r:MAKES]->(v:Vehicle)
OPTIONAL MATCH (v)-[:VARIANT_OF]->(base:Vehicle)
WITH m, coalesce(base, v) AS model, CASE WHEN base IS NULL THEN '' ELSE v.name END AS variant,
     r.source AS source
WITH m.name AS maker, model.name AS model_name, variant, count(DISTINCT source) AS sources
RETURN maker, model_name AS model, variant, sources
ORDER BY maker, model, variant
