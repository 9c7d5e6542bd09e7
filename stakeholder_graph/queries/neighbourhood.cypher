// name: neighbourhood
// purpose: Everything one organisation is tied to, by relationship type, with since and source.
// param: organisation (str, required) — the organisation's id or name
MATCH (n:SGNode {id: $organisation})-[r]-(o:SGNode)
RETURN type(r) AS relationship,
       CASE WHEN type(r) IN ['PARTNERS_WITH', 'INTRODUCED'] THEN 'both'
            WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       o.id AS other_id, o.name AS other_name, o.kind AS other_kind,
       r.since AS since, r.status AS status, r.source AS source
