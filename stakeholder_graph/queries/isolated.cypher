// name: isolated
// purpose: Organisations tied to nothing but their location (and, for public bodies, the region they serve).
// param: ecosystem (str, optional) — only this labour-market region
MATCH (n:SGNode)
WHERE n.kind IN ['Company', 'School', 'PublicBody', 'Campus']
  AND NOT EXISTS { (n)-[r]-() WHERE NOT type(r) IN ['LOCATED_IN', 'SERVES'] }
OPTIONAL MATCH (n)-[:LOCATED_IN]->(m:Municipality)
OPTIONAL MATCH (m)-[:IN_REGION]->(e:Region {type: 'labour_market_region'})
WITH n, coalesce(min(m.name), '') AS municipality, coalesce(min(e.name), '') AS ecosystem
WHERE $ecosystem IS NULL OR toLower(ecosystem) = toLower($ecosystem)
RETURN n.id AS id, n.name AS name, n.kind AS kind, municipality, ecosystem
