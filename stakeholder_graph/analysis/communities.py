"""Communities (Louvain, Leiden at scale) in the organisation network, against the ecosystems."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

import networkx as nx
import pandas as pd

from .network import organisation_graph, to_igraph

__all__ = ["communities", "adjusted_rand_index", "normalized_mutual_information"]


def _comb2(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Adjusted Rand index of two labelings (1 = identical, about 0 = chance).

    Examples
    --------
    >>> adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7])
    1.0
    >>> round(adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]), 3)
    -0.5
    """
    n = len(a)
    if n != len(b):
        raise ValueError("labelings differ in length")
    pairs = Counter(zip(a, b, strict=True))
    sum_ij = sum(_comb2(c) for c in pairs.values())
    sum_a = sum(_comb2(c) for c in Counter(a).values())
    sum_b = sum(_comb2(c) for c in Counter(b).values())
    total = _comb2(n)
    if total == 0:
        return 1.0
    expected = sum_a * sum_b / total
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:
        return 1.0
    return (sum_ij - expected) / (maximum - expected)


def normalized_mutual_information(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Normalized mutual information (arithmetic mean of entropies) of two labelings.

    Examples
    --------
    >>> normalized_mutual_information([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> normalized_mutual_information([0, 0, 1, 1], [0, 1, 0, 1])
    0.0
    """
    n = len(a)
    if n == 0:
        return 1.0
    ca, cb, cab = Counter(a), Counter(b), Counter(zip(a, b, strict=True))
    mi = sum(c / n * math.log(c * n / (ca[x] * cb[y])) for (x, y), c in cab.items())
    ha = -sum(c / n * math.log(c / n) for c in ca.values())
    hb = -sum(c / n * math.log(c / n) for c in cb.values())
    if ha + hb == 0:
        return 1.0
    return round(2 * mi / (ha + hb), 12)


def _louvain(org: nx.Graph, seed: int, resolution: float, fast_above: int) -> list[set]:
    """NetworkX's Louvain; for big networks igraph's Leiden, optimising the same modularity.

    Leiden is Louvain with a refinement step (Traag, Waltman and van Eck, 2019): its
    communities are connected, and on this project's networks it finds a higher modularity
    in far less time than igraph's Louvain (``community_multilevel``), which at 100,000
    organisations took 20 to 100 seconds in its moving phase; Leiden takes one to three.
    """
    if org.number_of_nodes() <= fast_above:
        return nx.community.louvain_communities(org, weight="weight", seed=seed,
                                                resolution=resolution)
    graph, nodes, weights = to_igraph(org, seed)
    parts = graph.community_leiden(objective_function="modularity", weights=weights,
                                   resolution=resolution, n_iterations=-1)
    return [{nodes[i] for i in members} for members in parts]


def communities(graph: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0,
                fast_above: int = 5000) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Communities of the organisation network (modularity), compared with the ecosystems.

    Organisations without links are left out (each would be a community of one). Up to
    ``fast_above`` organisations NetworkX's Louvain runs; above it igraph's Leiden, which
    optimises the same modularity in C and keeps every community connected (the method
    itself: about 3 s instead of more than 5 minutes at 100,000 organisations).

    Returns
    -------
    (pandas.DataFrame, dict)
        Per organisation: ``id``, ``name``, ``kind``, ``ecosystem``, ``community``
        (numbered from 0, largest first); and a summary: ``modularity``,
        ``adjusted_rand_index`` and ``nmi`` against the ecosystems, ``communities`` and
        ``spanning`` (communities with members in several ecosystems, with those
        ecosystems).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n, e in [("a", "X"), ("b", "X"), ("c", "Y"), ("d", "Y")]:
    ...     g.add_node(n, kind="Company", name=n)
    >>> for u, v in [("a", "b"), ("c", "d")]:
    ...     _ = g.add_edge(u, v, type="PARTNERS_WITH")
    >>> frame, summary = communities(g)
    >>> summary["communities"], round(summary["modularity"], 2)
    (2, 0.5)
    """
    org = organisation_graph(graph)
    org.remove_nodes_from([n for n in list(org) if org.degree(n) == 0])
    columns = ["id", "name", "kind", "ecosystem", "community"]
    if org.number_of_edges() == 0:
        return pd.DataFrame(columns=columns), {"modularity": 0.0, "adjusted_rand_index": 0.0,
                                               "nmi": 0.0, "communities": 0, "spanning": []}
    found = _louvain(org, seed, resolution, fast_above)
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    label = {n: i for i, members in enumerate(found) for n in members}
    nodes = sorted(org)
    frame = pd.DataFrame({
        "id": nodes,
        "name": [org.nodes[n].get("name") for n in nodes],
        "kind": [org.nodes[n].get("kind") for n in nodes],
        "ecosystem": [org.nodes[n].get("ecosystem") or "" for n in nodes],
        "community": [label[n] for n in nodes],
    })
    spanning = []
    for i, members in enumerate(found):
        ecos = sorted({org.nodes[n].get("ecosystem") or "" for n in members} - {""})
        if len(ecos) > 1:
            spanning.append({"community": i, "size": len(members), "ecosystems": ecos})
    summary = {
        "modularity": nx.community.modularity(org, found, weight="weight"),
        "adjusted_rand_index": adjusted_rand_index(list(frame["community"]),
                                                   list(frame["ecosystem"])),
        "nmi": normalized_mutual_information(list(frame["community"]), list(frame["ecosystem"])),
        "communities": len(found),
        "spanning": spanning,
    }
    return frame.sort_values(["community", "name", "id"]).reset_index(drop=True), summary
