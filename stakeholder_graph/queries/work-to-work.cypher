// name: work-to-work
// purpose: Chains from companies with surplus staff, through schools that retrain, to companies with shortages in the same labour-market region.
// param: ecosystem (str, optional) — only this labour-market region
// A school counts when it lies in the same region and is linked to the surplus company, the
// shortage company, or both (school_ties).
MATCH (s:SGNode:Company {labour_demand: 'surplus'})-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(es:Region {type: 'labour_market_region'})
WITH s, min(es.name) AS ecosystem
WHERE $ecosystem IS NULL OR toLower(ecosystem) = toLower($ecosystem)
MATCH (t:SGNode:Company {labour_demand: 'shortage'})-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(et:Region {type: 'labour_market_region'})
WITH s, ecosystem, t, min(et.name) AS eco_t
WHERE eco_t = ecosystem
MATCH (k:SGNode:School)-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(ek:Region {type: 'labour_market_region'})
WITH s, ecosystem, t, k, min(ek.name) AS eco_k
WHERE eco_k = ecosystem
WITH s, ecosystem, t, k,
     CASE WHEN EXISTS { (k)-[r:PARTNERS_WITH|HOSTS_INTERNS_FROM|INTRODUCED]-(s)
                        WHERE type(r) <> 'INTRODUCED' OR r.status = 'made' } THEN 1 ELSE 0 END +
     CASE WHEN EXISTS { (k)-[r:PARTNERS_WITH|HOSTS_INTERNS_FROM|INTRODUCED]-(t)
                        WHERE type(r) <> 'INTRODUCED' OR r.status = 'made' } THEN 1 ELSE 0 END
       AS school_ties
WHERE school_ties > 0
RETURN ecosystem, s.id AS surplus_id, s.name AS surplus, k.id AS school_id, k.name AS school,
       t.id AS shortage_id, t.name AS shortage, school_ties
