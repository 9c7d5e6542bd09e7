// name: ecosystem-overview
// purpose: Per sub-regional ecosystem, its organisations by kind, the themes they work on, and how many links stay inside versus reach other ecosystems.
// An ecosystem is the labour-market region of an organisation's municipality; '' means no known location.
MATCH (n:SGNode)
WHERE n.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
OPTIONAL MATCH (n)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(e:Region {type: 'labour_market_region'})
WITH n, coalesce(min(e.name), '') AS ecosystem
WITH ecosystem,
     count(n) AS organisations,
     sum(CASE WHEN n.kind = 'Company' THEN 1 ELSE 0 END) AS companies,
     sum(CASE WHEN n.kind = 'School' THEN 1 ELSE 0 END) AS schools,
     sum(CASE WHEN n.kind = 'PublicBody' THEN 1 ELSE 0 END) AS public_bodies,
     sum(CASE WHEN n.kind = 'Municipality' THEN 1 ELSE 0 END) AS municipalities,
     sum(CASE WHEN n.kind = 'Campus' THEN 1 ELSE 0 END) AS campuses
CALL (ecosystem) {
  MATCH (n:SGNode)-[:WORKS_ON]->(t:Theme)
  WHERE n.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
  OPTIONAL MATCH (n)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(e:Region {type: 'labour_market_region'})
  WITH t, n, coalesce(min(e.name), '') AS eco
  WHERE eco = ecosystem
  RETURN count(DISTINCT t) AS themes
}
CALL (ecosystem) {
  MATCH (a:SGNode)-[r:PARTNERS_WITH|MEMBER_OF|HOSTS_INTERNS_FROM|INTRODUCED]->(b:SGNode)
  WHERE (type(r) <> 'INTRODUCED' OR r.status = 'made') AND a <> b
    AND a.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
    AND b.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus']
  OPTIONAL MATCH (a)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(ea:Region {type: 'labour_market_region'})
  WITH r, b, coalesce(min(ea.name), '') AS eco_a
  OPTIONAL MATCH (b)-[:LOCATED_IN*0..1]->(:Municipality)-[:IN_REGION]->(eb:Region {type: 'labour_market_region'})
  WITH r, eco_a, coalesce(min(eb.name), '') AS eco_b
  WHERE eco_a = ecosystem OR eco_b = ecosystem
  RETURN sum(CASE WHEN eco_a = eco_b THEN 1 ELSE 0 END) AS links_inside,
         sum(CASE WHEN eco_a <> eco_b THEN 1 ELSE 0 END) AS links_outside
}
RETURN ecosystem, organisations, companies, schools, public_bodies, municipalities, campuses,
       themes, links_inside, links_outside
