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

from typing import Any

import networkx as nx
import pandas as pd

from .network import LINK_TYPES, indexed_edges, organisation_graph, to_igraph

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


_SHARED: Any = None  # what a forked helper process computes on: graph, pivots, pipe


def _pivot_child() -> None:
    graph, pivots, send = _SHARED
    try:
        send.send(graph.betweenness(directed=False, sources=pivots))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which recomputes
        send.send(exc)
    finally:
        send.close()


def _betweenness_sums(graph: Any, pivots: list[int], parallel_from: int) -> list[float]:
    """igraph's subset betweenness from the pivots, half of them in a second process when
    the work (pivots × links) is at least ``parallel_from`` and there is a second core.

    igraph keeps the interpreter lock while it computes, so a thread would only take turns
    with this one; a forked process has the graph without a copy and sends back one number
    per node. Where no process can be forked, or it fails, its half is computed here.
    """
    import multiprocessing
    import os

    work = len(pivots) * graph.ecount()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    if work < parallel_from or cores < 2 or len(pivots) < 2:
        return graph.betweenness(directed=False, sources=pivots)
    global _SHARED
    half = len(pivots) // 2
    other: Any = None
    receive = send = child = None
    try:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        _SHARED = (graph, pivots[half:], send)
        child = context.Process(target=_pivot_child, daemon=True)
        child.start()  # the fork happens here, before this process starts computing
    except (OSError, ValueError, AssertionError):  # no fork here, or a daemon process
        child = None
    finally:
        _SHARED = None
        if send is not None:
            send.close()  # the child has its own end
    mine = graph.betweenness(directed=False, sources=pivots[:half])
    if child is not None:
        try:
            other = receive.recv()
        except (EOFError, OSError):
            other = None
        child.join()
    if receive is not None:
        receive.close()
    if not isinstance(other, list):
        other = graph.betweenness(directed=False, sources=pivots[half:])
    return [a + b for a, b in zip(mine, other, strict=True)]


def _sampled_betweenness(org: nx.Graph, k: int, seed: int,
                         parallel_from: int = 20_000_000) -> dict[str, float]:
    """Normalised betweenness estimated from ``k`` pivots (igraph, in C).

    Above ``parallel_from`` pivots × links (500 pivots at 40,000 links), half the pivots
    go to a second process (see :func:`_betweenness_sums`).
    """
    nodes, pivots = _pivots(org, k, seed)
    graph, _, _ = to_igraph(org)
    raw = _betweenness_sums(graph, pivots, parallel_from)
    n = len(nodes)
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    # igraph counts each path from a pivot with half its weight in an undirected graph, so
    # the sum over k pivots estimates k/n of the full (unordered-pair) betweenness.
    scale = 2 * n / (k * (n - 1) * (n - 2))
    return {node: value * scale for node, value in zip(nodes, raw, strict=True)}


def _matrices(org: nx.Graph) -> tuple[list[str], Any, Any]:
    """The nodes and the network's symmetric adjacency matrices, weighted and unweighted.

    Built once from the edge list for all measures: NetworkX's conversion, which PageRank,
    eigenvector and closeness each made, took half a minute at a million organisations.

    Examples
    --------
    >>> nodes, weighted, plain = _matrices(nx.Graph([("a", "b", {"weight": 2.0})]))
    >>> weighted.toarray().tolist(), plain.toarray().tolist()
    ([[0.0, 2.0], [2.0, 0.0]], [[0.0, 1.0], [1.0, 0.0]])
    """
    import numpy as np
    from scipy.sparse import csr_array

    nodes, sources, targets, weights = indexed_edges(org)
    u = np.asarray(sources, dtype=np.int64)
    v = np.asarray(targets, dtype=np.int64)
    w = np.asarray(weights, dtype=float)
    off = u != v  # a loop is one entry on the diagonal, as NetworkX has it
    rows, cols = np.concatenate([u, v[off]]), np.concatenate([v, u[off]])
    n = len(nodes)
    weighted = csr_array((np.concatenate([w, w[off]]), (rows, cols)), shape=(n, n))
    plain = csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    return nodes, weighted, plain


def _pagerank(matrix: Any, alpha: float = 0.85, max_iter: int = 100,
              tol: float = 1.0e-6) -> Any:
    """PageRank by NetworkX's power iteration (:func:`networkx.pagerank`, SciPy version)
    on an adjacency matrix; returns the values in the matrix's node order."""
    import numpy as np
    from scipy.sparse import dia_array

    n = matrix.shape[0]
    out = np.asarray(matrix.sum(axis=1)).ravel()
    nonzero = out != 0
    out[nonzero] = 1.0 / out[nonzero]
    walk = dia_array((out[np.newaxis, :], 0), shape=matrix.shape).tocsr() @ matrix
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(~nonzero)[0]
    for _ in range(max_iter):
        last = x
        x = alpha * (x @ walk + x[dangling].sum() * p) + (1 - alpha) * p
        if np.absolute(x - last).sum() < n * tol:
            return x
    raise nx.PowerIterationFailedConvergence(max_iter)


def _sampled_closeness(org: nx.Graph, k: int, seed: int,
                       plain: Any = None) -> dict[str, float]:
    """Eppstein–Wang closeness from breadth-first searches out of ``k`` pivots (SciPy)."""
    import numpy as np
    from scipy.sparse.csgraph import connected_components, shortest_path

    nodes, pivots = _pivots(org, k, seed)
    n = len(nodes)
    matrix = _matrices(org)[2] if plain is None else plain
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


def _eigenvector(org: nx.Graph, max_iter: int = 10_000, tol: float = 1e-12,
                 weighted: Any = None) -> dict[str, float]:
    """Eigenvector centrality by NetworkX's power iteration on ``A + I``, vectorised.

    The same iteration as :func:`networkx.eigenvector_centrality` (which runs it in Python,
    45 s at 20,000 organisations) on a SciPy sparse matrix; it also works when the network is
    in several pieces, where ``eigenvector_centrality_numpy`` gives up.
    """
    import numpy as np

    nodes = list(org)
    if org.number_of_edges() == 0:
        return dict.fromkeys(nodes, 0.0)
    matrix = _matrices(org)[1] if weighted is None else weighted
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
    nodes, weighted, plain = _matrices(org)
    pagerank = dict(zip(nodes, _pagerank(weighted).tolist(), strict=True))
    eigen = _eigenvector(org, weighted=weighted)
    closeness = (_sampled_closeness(org, k, seed, plain) if sampled
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
