"""Read only the part of a store that one ecosystem's map draws.

A map of one ecosystem shows its organisations and their direct partners elsewhere.
Projecting the whole store first (``Store.to_networkx``) costs minutes at a million
organisations; this reads, by id, what :func:`~stakeholder_graph.viz.view.map_view`'s
walk of one ecosystem looks at, so the time follows the map, not the store:

1. every region and municipality, and the ties that place municipalities in regions and
   public bodies on the regions they serve (a few hundred rows);
2. the organisations located in the ecosystem's municipalities and the public bodies that
   serve it, with all their relationships;
3. the other ends of those relationships, with the ties that place them (location, the
   region they serve, their themes) and their ties to each other (for the tooltips).

The result is a projection in the same form as ``to_networkx`` (same node attributes, same
edge keys, in the same order), of that part only. A map of it equals the map of the whole
projection (``tests/test_maps.py`` checks both).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..graph.model import REL_TYPES, paused_gc

__all__ = ["ecosystem_part"]

_PLACING = ("LOCATED_IN", "SERVES", "WORKS_ON")
"""The ties that say where a partner elsewhere belongs (and what it works on)."""


def ecosystem_part(store: Any, ecosystem: str) -> nx.MultiDiGraph:
    """The projection of what the map of one ecosystem draws.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     part, whole = ecosystem_part(store, "Gooi en Vechtstreek"), store.to_networkx()
    >>> part.number_of_nodes() < whole.number_of_nodes()
    True
    """
    wanted = ecosystem.casefold()
    with paused_gc():  # many new dicts, none in a cycle
        fixed = [*store.nodes("Region"), *store.nodes("Municipality"), *store.nodes("Theme")]
        regions = {n["id"] for n in fixed if n["kind"] == "Region"}
        mine = {n["id"] for n in fixed if n["kind"] == "Region"
                and n.get("type") == "labour_market_region"
                and str(n.get("name", "")).casefold() == wanted}
        placing = list(store.edges_touching(regions, ("IN_REGION", "SERVES")))
        municipalities = {e["start"] for e in placing
                          if e["type"] == "IN_REGION" and e["end"] in mine}
        located = list(store.edges_touching(municipalities, ("LOCATED_IN",)))
        inside = (municipalities | {e["start"] for e in located}
                  | {e["start"] for e in placing if e["type"] == "SERVES" and e["end"] in mine})
        first = list(store.edges_touching(inside - municipalities))
        first += store.edges_touching(municipalities, [t for t in REL_TYPES if t != "LOCATED_IN"])
        outside = regions | {n["id"] for n in fixed if n["kind"] == "Theme"}
        partners = {x for e in first for x in (e["start"], e["end"])} - inside - outside
        shown = inside | partners
        # by the start, of given types: what the store's primary key finds at once
        second = list(store.edges_touching(partners, _PLACING, side="start"))
        second += store.edges_touching(shown, [t for t in REL_TYPES if t not in _PLACING],
                                       within=shown, side="start")
        edges = {(e["type"], e["start"], e["end"], e["key"]): e
                 for e in (*placing, *located, *first, *second)}
        ends = {x for e in edges.values() for x in (e["start"], e["end"])}
        ends -= {n["id"] for n in fixed}
        nodes = sorted([*fixed, *store.nodes_with_ids(ends)], key=lambda n: n["id"])
        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n.pop("id"), n) for n in nodes)
        for typ, start, end, key in sorted(edges):
            attrs = edges[typ, start, end, key]
            for name in ("start", "end", "key"):
                del attrs[name]
            graph.add_edge(start, end, key=f"{typ}:{key}" if key else typ, **attrs)
    return graph
