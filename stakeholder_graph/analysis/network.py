"""The organisation-level network and the sub-regional ecosystems, from a store's projection.

Named queries and analysis share these definitions:

- an **organisation** is a node of kind Company, School, PublicBody, Municipality or Campus;
- a **link** between organisations is a PARTNERS_WITH, MEMBER_OF or HOSTS_INTERNS_FROM
  relationship, or an INTRODUCED one whose status is ``made`` (a proposed or declined
  introduction is not a link); ties to themes, regions, programmes and events are not links,
  because they connect almost everyone;
- an organisation's **ecosystem** is the labour-market region (arbeidsmarktregio) of its
  municipality, or of itself for a municipality; with several locations, the first by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from ..graph.model import ORGANISATION_KINDS

__all__ = [
    "to_igraph",
    "LINK_TYPES",
    "ORGANISATION_KINDS",
    "is_link",
    "ecosystems",
    "organisation_graph",
    "organisations",
]

LINK_TYPES: tuple[str, ...] = ("PARTNERS_WITH", "MEMBER_OF", "HOSTS_INTERNS_FROM", "INTRODUCED")
"""Relationship types that can link two organisations (INTRODUCED only when made)."""


def is_link(data: dict) -> bool:
    """Whether a projected relationship links two organisations.

    Examples
    --------
    >>> is_link({"type": "PARTNERS_WITH"}), is_link({"type": "INTRODUCED", "status": "proposed"})
    (True, False)
    """
    if data.get("type") not in LINK_TYPES:
        return False
    return data["type"] != "INTRODUCED" or data.get("status") == "made"


def organisations(graph: nx.MultiDiGraph, kinds: Iterable[str] = ORGANISATION_KINDS) -> list[str]:
    """Return the ids of the organisations (of the given kinds), sorted.

    Examples
    --------
    >>> g = nx.MultiDiGraph(); g.add_node("slug:a", kind="Company"); g.add_node("slug:t", kind="Theme")
    >>> organisations(g)
    ['slug:a']
    """
    wanted = set(kinds)
    return sorted(n for n, kind in graph.nodes(data="kind") if kind in wanted)


def ecosystems(graph: nx.MultiDiGraph) -> dict[str, str | None]:
    """Map every organisation to its ecosystem's name (its labour-market region), or None.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("cbs:AM18", kind="Region", name="Groot Amsterdam", type="labour_market_region")
    >>> g.add_node("cbs:GM0363", kind="Municipality", name="Amsterdam")
    >>> g.add_node("slug:vti", kind="Campus", name="Vti")
    >>> _ = g.add_edge("cbs:GM0363", "cbs:AM18", key="IN_REGION", type="IN_REGION")
    >>> _ = g.add_edge("slug:vti", "cbs:GM0363", key="LOCATED_IN", type="LOCATED_IN")
    >>> ecosystems(g)["slug:vti"]
    'Groot Amsterdam'
    """
    region_of: dict[str, list[str]] = {}
    for municipality, kind in graph.nodes(data="kind"):
        if kind != "Municipality":
            continue
        region_of[municipality] = sorted(
            graph.nodes[r].get("name", r) for _, r, t in graph.out_edges(municipality, data="type")
            if t == "IN_REGION" and graph.nodes[r].get("type") == "labour_market_region")
    result: dict[str, str | None] = {}
    for node in organisations(graph):
        if graph.nodes[node]["kind"] == "Municipality":
            names = region_of.get(node, [])
        else:
            names = sorted(name for _, m, data in _out_edges(graph, node)
                           if data.get("type") == "LOCATED_IN"
                           for name in region_of.get(m, []))
        result[node] = names[0] if names else None
    return result


def _out_edges(graph: nx.MultiDiGraph, node: Any = None) -> Iterator[tuple[Any, Any, dict]]:
    """Yield ``(u, v, data)`` of every edge (or of one node's out-edges) of a projection.

    Read straight from a ``MultiDiGraph``'s adjacency dicts, in the order of
    ``graph.edges(data=True)``: NetworkX's edge views cost several times as much per edge,
    which counts at millions of edges. Other graphs go through the view.
    """
    if not (graph.is_multigraph() and graph.is_directed()):
        yield from (graph.edges(data=True) if node is None
                    else graph.edges(node, data=True))
        return
    adjacency = graph._adj if node is None else {node: graph._adj[node]}
    for u, neighbours in adjacency.items():
        for v, keyed in neighbours.items():
            for data in keyed.values():
                yield u, v, data


def organisation_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected network of organisations and their links, with node attributes.

    Each edge carries ``types`` (the sorted relationship types joining the pair) and
    ``weight`` (how many links join it, or the sum of their ``weight`` properties).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("slug:a", kind="Company"); g.add_node("slug:b", kind="School")
    >>> _ = g.add_edge("slug:a", "slug:b", key="HOSTS_INTERNS_FROM:x", type="HOSTS_INTERNS_FROM")
    >>> organisation_graph(g).edges["slug:a", "slug:b"]["types"]
    ['HOSTS_INTERNS_FROM']
    """
    orgs = organisations(graph)
    eco = ecosystems(graph)
    out = nx.Graph()
    out.add_nodes_from((node, {**graph.nodes[node], "ecosystem": eco.get(node)})
                       for node in orgs)
    # Collected first and added in one go: a million organisations have millions of links.
    links: dict[tuple[str, str], dict[str, Any]] = {}
    single: dict[str, list[str]] = {}  # links of one type share its list (never changed)
    for u, v, data in _out_edges(graph):
        if u == v or not is_link(data) or u not in out or v not in out:
            continue
        pair = (u, v) if (v, u) not in links else (v, u)
        edge = links.get(pair)
        if edge is None:
            types = single.setdefault(data["type"], [data["type"]])
            links[pair] = {"types": types, "weight": float(data.get("weight", 1.0))}
        else:
            edge["types"] = sorted(set(edge["types"]) | {data["type"]})
            edge["weight"] += float(data.get("weight", 1.0))
    out.add_edges_from((u, v, data) for (u, v), data in links.items())
    return out


def to_igraph(graph: nx.Graph, seed: int | None = None) -> tuple[Any, list[Any], list[float]]:
    """Turn an undirected NetworkX graph into an igraph graph, for the C routines at scale.

    Returns the igraph graph (vertex ``i`` is ``nodes[i]``), the node list and the edge
    weights (``weight``, 1 by default). With ``seed``, igraph's random numbers come from a
    ``random.Random(seed)`` until the next call, so layouts and communities are repeatable.

    Examples
    --------
    >>> g, nodes, weights = to_igraph(nx.Graph([("a", "b", {"weight": 2})]))
    >>> g.vcount(), nodes, weights
    (2, ['a', 'b'], [2])
    """
    import random

    import igraph as ig

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = list(graph.edges(data="weight", default=1.0))
    converted = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges],
                         directed=False)
    ig.set_random_number_generator(random.Random(seed) if seed is not None else random)
    return converted, nodes, [w for _, _, w in edges]
