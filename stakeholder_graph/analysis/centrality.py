"""Centrality on the organisation network: who is central overall and within each ecosystem.

Betweenness and closeness are exact up to ``exact_limit`` organisations (NetworkX) and
sampled above it, because both grow with nodes × edges; the ``betweenness_sampled`` column
says which was used. Sampled betweenness sums the shortest-path dependencies from ``k``
pivots drawn with a fixed ``seed`` (Brandes–Pich), computed in C by igraph's subset
betweenness and scaled to NetworkX's normalised values; sampled closeness is the
Eppstein–Wang estimate from breadth-first searches out of the same pivots (SciPy's sparse
graph routines; distances are symmetric in the undirected network), with NetworkX's
Wasserman–Faust scaling for networks in several pieces.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .network import LINK_TYPES, organisation_graph, to_igraph

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


def _pivots(org: nx.Graph, k: int, seed: int) -> tuple[list[str], list[int]]:
    import random

    nodes = list(org)
    return nodes, sorted(random.Random(seed).sample(range(len(nodes)), k))


def _sampled_betweenness(org: nx.Graph, k: int, seed: int) -> dict[str, float]:
    """Normalised betweenness estimated from ``k`` pivots (igraph, in C)."""
    nodes, pivots = _pivots(org, k, seed)
    graph, _, _ = to_igraph(org)
    raw = graph.betweenness(directed=False, sources=pivots)
    n = len(nodes)
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    # igraph counts each path from a pivot with half its weight in an undirected graph, so
    # the sum over k pivots estimates k/n of the full (unordered-pair) betweenness.
    scale = 2 * n / (k * (n - 1) * (n - 2))
    return {node: value * scale for node, value in zip(nodes, raw, strict=True)}


def _sampled_closeness(org: nx.Graph, k: int, seed: int) -> dict[str, float]:
    """Eppstein–Wang closeness from breadth-first searches out of ``k`` pivots (SciPy)."""
    import numpy as np
    from scipy.sparse.csgraph import connected_components, shortest_path

    nodes, pivots = _pivots(org, k, seed)
    n = len(nodes)
    matrix = nx.to_scipy_sparse_array(org, nodelist=nodes, weight=None, format="csr")
    _, labels = connected_components(matrix, directed=False)
    size = np.bincount(labels)[labels]
    total = np.zeros(n)
    reached = np.zeros(n)
    step = max(1, 12_000_000 // n)  # about 100 MB of distances at a time
    for i in range(0, len(pivots), step):
        dist = shortest_path(matrix, directed=False, unweighted=True, indices=pivots[i:i + step])
        finite = np.isfinite(dist)
        total += np.where(finite, dist, 0).sum(axis=0)
        reached += finite.sum(axis=0)
    for j in np.flatnonzero((reached == 0) & (size > 1)):
        # No pivot fell in this (small) piece: measure the node exactly.
        dist = shortest_path(matrix, directed=False, unweighted=True, indices=[j])[0]
        finite = np.isfinite(dist)
        total[j], reached[j] = dist[finite].sum(), finite.sum()
    closeness = np.zeros(n)
    ok = size > 1
    # pivots in the node's own component sample its distances to that component
    average = total[ok] / reached[ok] * size[ok] / (size[ok] - 1)
    closeness[ok] = (1 / average) * (size[ok] - 1) / (n - 1)
    return dict(zip(nodes, closeness.tolist(), strict=True))


def _eigenvector(org: nx.Graph, max_iter: int = 10_000, tol: float = 1e-12) -> dict[str, float]:
    """Eigenvector centrality by NetworkX's power iteration on ``A + I``, vectorised.

    The same iteration as :func:`networkx.eigenvector_centrality` (which runs it in Python,
    45 s at 20,000 organisations) on a SciPy sparse matrix; it also works when the network is
    in several pieces, where ``eigenvector_centrality_numpy`` gives up.
    """
    import numpy as np

    nodes = list(org)
    if org.number_of_edges() == 0:
        return dict.fromkeys(nodes, 0.0)
    matrix = nx.to_scipy_sparse_array(org, nodelist=nodes, weight="weight", format="csr")
    x = np.full(len(nodes), 1 / len(nodes))
    for _ in range(max_iter):
        last = x
        x = last + matrix.T @ last
        norm = np.linalg.norm(x) or 1.0
        x = x / norm
        if np.abs(x - last).sum() < len(nodes) * tol:
            break
    return dict(zip(nodes, x.tolist(), strict=True))


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
    k = min(k, org.number_of_nodes())
    betweenness = (_sampled_betweenness(org, k, seed) if sampled
                   else nx.betweenness_centrality(org, normalized=True))
    pagerank = nx.pagerank(org, weight="weight")
    eigen = _eigenvector(org)
    closeness = _sampled_closeness(org, k, seed) if sampled else nx.closeness_centrality(org)
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
