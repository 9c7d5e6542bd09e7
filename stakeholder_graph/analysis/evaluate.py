"""An honest evaluation of the suggestion engine against classic link-prediction baselines.

Hide a fraction of the links — the newest where links carry a ``since`` date, else a random
sample — suggest again on what is left, and measure how well each method finds the hidden
links: AUC (a hidden link against a random non-link), precision@k and recall@k over each
method's top k. The baselines run in the same call on the same split: random, preferential
attachment, common neighbours and Adamic–Adar (the NetworkX functions).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from itertools import combinations
from typing import Any

import networkx as nx

from .network import is_link, organisation_graph
from .suggest import suggest

__all__ = ["split_links", "evaluate", "auc"]

Pair = tuple[str, str]


def _pair(u: str, v: str) -> Pair:
    return (u, v) if u <= v else (v, u)


def split_links(graph: nx.MultiDiGraph, holdout: float = 0.1,
                seed: int = 0) -> tuple[nx.MultiDiGraph, list[Pair], str]:
    """Hide a fraction of the organisation links; return the rest, the hidden pairs, the method.

    The newest links are hidden when at least that many carry a ``since`` date (ties
    broken by the seed); otherwise a seeded random sample.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, kind="Company", name=n)
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH", since="2019")
    >>> _ = g.add_edge("b", "c", type="PARTNERS_WITH", since="2021")
    >>> train, hidden, method = split_links(g, holdout=0.5)
    >>> hidden, method, train.number_of_edges()
    ([('b', 'c')], 'newest', 1)
    """
    if not 0 < holdout < 1:
        raise ValueError("holdout must lie between 0 and 1")
    rng = random.Random(seed)
    org = organisation_graph(graph)
    since: dict[Pair, str] = {}
    for u, v, data in graph.edges(data=True):
        if u in org and v in org and u != v and is_link(data) and data.get("since"):
            key = _pair(u, v)
            since[key] = max(since.get(key, ""), str(data["since"]))
    pairs = sorted(_pair(u, v) for u, v in org.edges())
    n_hide = max(1, round(holdout * len(pairs)))
    if len(pairs) < 2:
        raise ValueError("too few links to hold any out")
    if len(since) >= n_hide:
        tiebreak = {p: rng.random() for p in pairs}
        hidden = sorted(since, key=lambda p: (since[p], tiebreak[p]), reverse=True)[:n_hide]
        method = "newest"
    else:
        hidden = rng.sample(pairs, n_hide)
        method = "random"
    hidden_set = set(hidden)
    train = graph.copy()
    train.remove_edges_from([(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True)
                             if _pair(u, v) in hidden_set and is_link(d)])
    return train, sorted(hidden), method


def auc(scores: Callable[[Pair], float], positives: list[Pair], negatives: list[Pair]) -> float:
    """Probability that a positive pair outscores a negative one (ties count half).

    Examples
    --------
    >>> auc(lambda p: {"x": 2, "y": 1}.get(p[0], 0), [("x", "_")], [("y", "_"), ("z", "_")])
    1.0
    """
    pos = [scores(p) for p in positives]
    neg = [scores(p) for p in negatives]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def _top_k(scored: Mapping[Pair, float], k: int, rng: random.Random) -> list[Pair]:
    tiebreak = {p: rng.random() for p in scored}
    return sorted(scored, key=lambda p: (-scored[p], tiebreak[p]))[:k]


def evaluate(graph: nx.MultiDiGraph, holdout: float = 0.1, seed: int = 0, k: int = 20,
             negatives: int = 2000, weights: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Hide links, suggest again, and score the engine and the baselines on the same split.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    holdout : float
        The fraction of organisation links to hide.
    seed : int
        Seeds the split, the negative sample, the random baseline and tie-breaking.
    k : int
        The cut-off of precision@k and recall@k.
    negatives : int
        How many non-linked pairs to sample for AUC.

    Returns
    -------
    dict
        ``split`` (method, links, hidden), ``k``, and ``metrics``: for ``engine``,
        ``random``, ``preferential_attachment``, ``common_neighbours`` and
        ``adamic_adar``, the ``auc``, ``precision_at_k`` and ``recall_at_k``.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     report = evaluate(store.to_networkx(), seed=1)
    >>> sorted(report["metrics"])
    ['adamic_adar', 'common_neighbours', 'engine', 'preferential_attachment', 'random']
    """
    rng = random.Random(seed)
    train, hidden, method = split_links(graph, holdout, seed)
    org = organisation_graph(train)
    nodes = sorted(org)
    hidden_set = set(hidden)
    universe = [p for p in combinations(nodes, 2) if not org.has_edge(*p)]
    non_links = [p for p in universe if p not in hidden_set]
    sample = rng.sample(non_links, min(negatives, len(non_links)))
    engine_frame = suggest(train, cross_ecosystem=False, top=None, weights=weights, seed=seed)
    engine = {_pair(a, b): s for a, b, s in zip(engine_frame["a_id"], engine_frame["b_id"],
                                                engine_frame["score"], strict=True)}
    random_scores = {p: rng.random() for p in universe}
    baselines: dict[str, dict[Pair, float]] = {
        "engine": {p: engine.get(p, 0.0) for p in universe},
        "random": random_scores,
        "preferential_attachment": {_pair(u, v): s for u, v, s in
                                    nx.preferential_attachment(org, universe)},
        "common_neighbours": {p: float(len(list(nx.common_neighbors(org, *p))))
                              for p in universe},
        "adamic_adar": {_pair(u, v): s for u, v, s in nx.adamic_adar_index(org, universe)},
    }
    metrics = {}
    for name, scores in baselines.items():
        top = _top_k(scores, k, random.Random(seed))
        found = sum(p in hidden_set for p in top)
        metrics[name] = {
            "auc": auc(lambda p, s=scores: s.get(p, 0.0), hidden, sample),
            "precision_at_k": found / k,
            "recall_at_k": found / len(hidden) if hidden else float("nan"),
        }
    return {"split": {"method": method, "links": org.number_of_edges() + len(hidden),
                      "hidden": len(hidden), "holdout": holdout, "seed": seed},
            "k": k, "metrics": metrics}
