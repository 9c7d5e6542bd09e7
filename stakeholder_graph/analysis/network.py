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

from ..graph.model import ORGANISATION_KINDS, paused_gc

__all__ = [
    "to_igraph",
    "indexed_edges",
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
    with paused_gc():  # millions of new dicts, none in a cycle (see paused_gc)
        orgs = organisations(graph)
        eco = ecosystems(graph)
        out = nx.Graph()
        out.add_nodes_from((node, {**graph.nodes[node], "ecosystem": eco.get(node)})
                           for node in orgs)
        # Collected first. A million organisations have millions of links, so is_link's
        # test is written out here.
        links: dict[tuple[str, str], dict[str, Any]] = {}
        single: dict[str, list[str]] = {}  # links of one type share its list (never changed)
        known, types = out._node, frozenset(LINK_TYPES)
        for u, v, data in _out_edges(graph):
            rel_type = data.get("type")
            if rel_type not in types or u == v or u not in known or v not in known or (
                    rel_type == "INTRODUCED" and data.get("status") != "made"):
                continue
            pair = (v, u) if (v, u) in links else (u, v)
            edge = links.get(pair)
            if edge is None:
                links[pair] = {"types": single.setdefault(rel_type, [rel_type]),
                               "weight": float(data.get("weight", 1.0))}
            else:
                edge["types"] = sorted(set(edge["types"]) | {rel_type})
                edge["weight"] += float(data.get("weight", 1.0))
        # Straight into the adjacency NetworkX documents (node → neighbour → edge data, one
        # dict for both directions): add_edges_from copies every edge's data, several times
        # the cost at this size. The graph is new, so no cached view is stale.
        adjacency = out._adj
        for (u, v), data in links.items():
            adjacency[u][v] = adjacency[v][u] = data
    return out


def indexed_edges(graph: nx.Graph) -> tuple[list[Any], list[int], list[int], list[float]]:
    """Number the nodes of an undirected graph and list its edges by those numbers.

    Returns the nodes (node ``i`` is ``nodes[i]``), each edge's two ends as numbers (the
    end that comes first in ``nodes`` first, in the order of ``graph.edges()``) and its
    ``weight`` (1 by default): what igraph and SciPy matrices are built from.

    Examples
    --------
    >>> indexed_edges(nx.Graph([("a", "b", {"weight": 2}), ("c", "a")]))
    (['a', 'b', 'c'], [0, 0], [1, 2], [2, 1.0])
    """
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    sources: list[int] = []
    targets: list[int] = []
    weights: list[float] = []
    with paused_gc():
        if type(graph) is nx.Graph:
            # The adjacency read straight, each pair once from the end that comes first,
            # as graph.edges() gives them (its view costs several times as much per edge).
            for i, neighbours in enumerate(graph._adj.values()):
                for v, data in neighbours.items():
                    j = index[v]
                    if j >= i:
                        sources.append(i)
                        targets.append(j)
                        weights.append(data.get("weight", 1.0))
        else:
            for u, v, w in graph.edges(data="weight", default=1.0):
                sources.append(index[u])
                targets.append(index[v])
                weights.append(w)
    return nodes, sources, targets, weights


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

    nodes, sources, targets, weights = indexed_edges(graph)
    converted = ig.Graph(n=len(nodes), edges=list(zip(sources, targets, strict=True)),
                         directed=False)
    ig.set_random_number_generator(random.Random(seed) if seed is not None else random)
    return converted, nodes, weights
