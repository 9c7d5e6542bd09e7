// name: cross-ecosystem-links
// purpose: The links that cross from one ecosystem to another, and the organisations that carry them.
// param: ecosystem (str, optional) — only links that touch this labour-market region
MATCH (a:SGNode)-[r:PARTNERS_WITH|MEMBER_OF|HOSTS_INTERNS_FROM|INTRODUCED]->(b:SGNode)
WHERE (type(r) <> 'INTRODUCED' OR r.status = 'made') AND a <> b
  AND a.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
  AND b.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
OPTIONAL MATCH (a)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(ea:Region {type: 'labour_market_region'})
WITH a, r, b, min(ea.name) AS from_ecosystem
OPTIONAL MATCH (b)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(eb:Region {type: 'labour_market_region'})
WITH a, r, b, from_ecosystem, min(eb.name) AS to_ecosystem
WHERE from_ecosystem IS NOT NULL AND to_ecosystem IS NOT NULL AND from_ecosystem <> to_ecosystem
  AND ($ecosystem IS NULL OR toLower($ecosystem) IN [toLower(from_ecosystem), toLower(to_ecosystem)])
RETURN from_ecosystem, a.id AS from_id, a.name AS from_name, type(r) AS relationship,
       b.id AS to_id, b.name AS to_name, to_ecosystem
