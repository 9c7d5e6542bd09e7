// name: internship-hosts
// purpose: Employers in sectors that fit a school's programme that do not host its interns yet, nearest first.
// param: school (str, required) — the school's id or name
// param: programme (str, optional) — one programme; the school's recorded programmes by default
// param: limit (int, default 20) — how many employers to list
// The programme → sector fit comes from stakeholder_graph/data/programme_sectors.csv (and any
// extra table the user gives); the runner passes the fitting sectors as $sectors.
MATCH (s:SGNode {id: $school})
MATCH (c:SGNode)
WHERE c.kind IN ['Company', 'PublicBody'] AND toLower(c.sector) IN $sectors
  AND NOT EXISTS { (c)-[:HOSTS_INTERNS_FROM]->(s) }
OPTIONAL MATCH p = shortestPath((c)-[rels:PARTNERS_WITH|MEMBER_OF|HOSTS_INTERNS_FROM|INTRODUCED*..15]-(s))
WHERE all(r IN rels WHERE type(r) <> 'INTRODUCED' OR r.status = 'made')
  AND all(x IN nodes(p) WHERE x.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus'])
WITH c, min(length(p)) AS distance
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(e:Region {type: 'labour_market_region'})
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.sector AS sector,
       coalesce(min(e.name), '') AS ecosystem, distance
