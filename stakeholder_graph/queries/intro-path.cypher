// name: intro-path
// purpose: The shortest introduction paths between two organisations, through organisations and campuses only.
// param: from (str, required) — the first organisation's id or name
// param: to (str, required) — the second organisation's id or name
// param: max_length (int, default 6) — the longest path, in steps, to look for
MATCH (a:SGNode {id: $from}), (b:SGNode {id: $to})
MATCH p = allShortestPaths((a)-[rels:PARTNERS_WITH|MEMBER_OF|HOSTS_INTERNS_FROM|INTRODUCED*..15]-(b))
WHERE all(r IN rels WHERE type(r) <> 'INTRODUCED' OR r.status = 'made')
  AND all(x IN nodes(p) WHERE x.kind IN ['Company', 'School', 'PublicBody', 'Municipality', 'Campus'])
  AND length(p) <= $max_length
RETURN DISTINCT [x IN nodes(p) | x.id] AS ids, [x IN nodes(p) | x.name] AS names
