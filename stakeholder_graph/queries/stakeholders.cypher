// name: stakeholders
// purpose: The organisations that match every filter given: kind, ecosystem, municipality, theme, campus.
// param: kind (str, optional) — a kind such as Company, School, PublicBody, Municipality, Campus
// param: ecosystem (str, optional) — a labour-market region, e.g. "Groot Amsterdam"
// param: municipality (str, optional) — a municipality name, old name, place or CBS code
// param: theme (str, optional) — a theme's name or id
// param: campus (str, optional) — a campus's name or id
MATCH (n:SGNode)
WHERE n.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($theme IS NULL OR EXISTS {
        (n)-[:WORKS_ON]->(t:Theme) WHERE t.id = $theme OR toLower(t.name) = toLower($theme) })
  AND ($campus IS NULL OR EXISTS {
        (n)-[:MEMBER_OF]->(c:Campus) WHERE c.id = $campus OR toLower(c.name) = toLower($campus) })
OPTIONAL MATCH (n)-[:LOCATED_IN*0..1]->(m:Municipality)
OPTIONAL MATCH (m)-[:IN_REGION]->(e:Region {type: 'labour_market_region'})
WITH n, coalesce(min(m.name), '') AS municipality, coalesce(min(e.name), '') AS ecosystem,
     collect(m.id) AS municipality_ids
WHERE ($ecosystem IS NULL OR toLower(ecosystem) = toLower($ecosystem))
  AND ($municipality IS NULL OR $municipality IN municipality_ids)
RETURN n.id AS id, n.name AS name, n.kind AS kind, municipality, ecosystem
