"""Centrality on the organisation network: who is central overall and within each ecosystem.

Betweenness and closeness are exact up to ``exact_limit`` organisations and sampled above
it, because both grow with nodes × edges; the ``betweenness_sampled`` column says which was
used. Sampled betweenness uses ``k`` pivots with a fixed ``seed`` (NetworkX); sampled
closeness is the Eppstein–Wang estimate from breadth-first searches out of the same number
of pivots (distances are symmetric in the undirected network), with NetworkX's
Wasserman–Faust scaling for networks in several pieces.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .network import LINK_TYPES, organisation_graph

__all__ = ["centrality", "MEASURES"]

MEASURES = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "closeness")


def _restrict(graph: nx.MultiDiGraph, link_types: tuple[str, ...] | None) -> nx.MultiDiGraph:
    if link_types is None or set(link_types) == set(LINK_TYPES):
        return graph
    unknown = set(link_types) - set(LINK_TYPES)
    if unknown:
        raise ValueError(f"not link types: {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(LINK_TYPES)}")
    restricted = graph.copy()
    restricted.remove_edges_from([(u, v, k) for u, v, k, t in graph.edges(keys=True, data="type")
                                  if t in LINK_TYPES and t not in link_types])
    return restricted


def _sampled_closeness(org: nx.Graph, k: int, seed: int) -> dict[str, float]:
    import random

    rng = random.Random(seed)
    n = org.number_of_nodes()
    component = {}
    for members in nx.connected_components(org):
        for node in members:
            component[node] = len(members)
    total: dict[str, float] = dict.fromkeys(org, 0.0)
    reached: dict[str, int] = dict.fromkeys(org, 0)
    for pivot in rng.sample(sorted(org), k):
        for node, distance in nx.single_source_shortest_path_length(org, pivot).items():
            total[node] += distance
            reached[node] += 1
    closeness = {}
    for node in org:
        size = component[node]
        if size <= 1:
            closeness[node] = 0.0
            continue
        if reached[node] == 0:  # no pivot fell in this (small) piece: measure it exactly
            distances = nx.single_source_shortest_path_length(org, node)
            total[node], reached[node] = float(sum(distances.values())), len(distances)
        # pivots in the node's own component sample its distances to that component
        average = total[node] / reached[node] * size / (size - 1)
        closeness[node] = (1 / average) * (size - 1) / (n - 1)
    return closeness


def centrality(graph: nx.MultiDiGraph, link_types: tuple[str, ...] | None = None,
               exact_limit: int = 2000, k: int = 500, seed: int = 0) -> pd.DataFrame:
    """Degree, weighted degree, betweenness, PageRank, eigenvector and closeness centrality.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    link_types : tuple of str, optional
        Which link types count (default: all of :data:`~.network.LINK_TYPES`).
    exact_limit : int
        Exact betweenness up to this many organisations; sampled above.
    k, seed : int
        Pivots and seed of sampled betweenness.

    Returns
    -------
    pandas.DataFrame
        One row per organisation: ``id``, ``name``, ``kind``, ``ecosystem``, each measure,
        ``rank_<measure>`` (1 = most central), and ``betweenness_sampled``; sorted by
        PageRank.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH"); _ = g.add_edge("b", "c", type="PARTNERS_WITH")
    >>> row = centrality(g).set_index("id").loc["b"]
    >>> int(row["degree"]), float(row["betweenness"]), int(row["rank_degree"])
    (2, 1.0, 1)
    """
    org = organisation_graph(_restrict(graph, link_types))
    columns = ["id", "name", "kind", "ecosystem", *MEASURES,
               *(f"rank_{m}" for m in MEASURES), "betweenness_sampled"]
    if org.number_of_nodes() == 0:
        return pd.DataFrame(columns=columns)
    sampled = org.number_of_nodes() > exact_limit
    betweenness = nx.betweenness_centrality(
        org, k=min(k, org.number_of_nodes()) if sampled else None, seed=seed, normalized=True)
    pagerank = nx.pagerank(org, weight="weight")
    try:
        eigen = nx.eigenvector_centrality_numpy(org, weight="weight") if org.number_of_edges() \
            else dict.fromkeys(org, 0.0)
    except (nx.NetworkXException, ValueError, TypeError):
        eigen = nx.eigenvector_centrality(org, max_iter=1000, tol=1e-6, weight="weight")
    closeness = (_sampled_closeness(org, min(k, org.number_of_nodes()), seed) if sampled
                 else nx.closeness_centrality(org))
    frame = pd.DataFrame({
        "id": list(org),
        "name": [org.nodes[n].get("name") for n in org],
        "kind": [org.nodes[n].get("kind") for n in org],
        "ecosystem": [org.nodes[n].get("ecosystem") or "" for n in org],
        "degree": [org.degree(n) for n in org],
        "weighted_degree": [org.degree(n, weight="weight") for n in org],
        "betweenness": [betweenness[n] for n in org],
        "pagerank": [pagerank[n] for n in org],
        "eigenvector": [abs(eigen[n]) for n in org],
        "closeness": [closeness[n] for n in org],
    })
    for measure in MEASURES:
        frame[f"rank_{measure}"] = frame[measure].rank(ascending=False, method="min").astype(int)
    frame["betweenness_sampled"] = sampled
    return frame.sort_values(["pagerank", "id"], ascending=[False, True]).reset_index(drop=True)
