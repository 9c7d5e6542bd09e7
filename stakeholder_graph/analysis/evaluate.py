"""An honest evaluation of the suggestion engine against link-prediction baselines that fit
the question.

Hide a fraction of the links of the question — ties between organisations for
*introductions*, organisation → group memberships for *memberships* — (the newest where
enough of them carry a ``since`` date, else a seeded random sample), run the engine on what
is left (it fits its own weights there, so it never trains on the hidden links), and score
every method on the same candidates:

- introductions: organisation pairs (both ends of the kinds an introduction joins) without
  a tie; baselines random, preferential attachment, common neighbours, Adamic–Adar and
  resource allocation (the NetworkX definitions, on the organisation network) and L3
  (degree-normalised three-step paths, Kovács et al. 2019);
- memberships: organisation × group pairs without a membership; baselines random,
  preferential attachment, Adamic–Adar collaborative filtering, resource-allocation
  collaborative filtering, L3 and normalised L3 on the bipartite membership network.

Metrics: precision@k and recall@k over each method's top k (ties broken by the seed), and
AUC (a hidden link against a sampled non-link, ties count half). :func:`summarise` gives
mean ± sd over seeds and names the winner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from .network import organisation_graph
from .suggest import INTRODUCTION_FEATURES, MEMBERSHIP_FEATURES, context, model_for, suggest
from .suggest.context import MEMBERSHIP_TYPES, TIE_TYPES
from .suggest.features import features_at

__all__ = ["evaluate", "auc", "summarise", "hide_links", "INTRODUCTION_BASELINES",
           "MEMBERSHIP_BASELINES"]

INTRODUCTION_BASELINES = ("random", "preferential_attachment", "common_neighbours",
                          "adamic_adar", "resource_allocation", "l3")
MEMBERSHIP_BASELINES = ("random", "preferential_attachment", "adamic_adar_cf",
                        "resource_allocation_cf", "l3", "l3_normalised")


def auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """Probability that a positive scores above a negative (ties count half).

    Examples
    --------
    >>> auc(np.array([2.0]), np.array([1.0, 2.0]))
    0.75
    """
    if not len(positive) or not len(negative):
        return float("nan")
    neg = np.sort(negative)
    below = np.searchsorted(neg, positive, side="left")
    not_above = np.searchsorted(neg, positive, side="right")
    return float((below + 0.5 * (not_above - below)).sum() / (len(positive) * len(negative)))


def hide_links(graph: nx.MultiDiGraph, what: str = "introductions", holdout: float = 0.1,
               seed: int = 0) -> tuple[nx.MultiDiGraph, list[tuple[str, str]], str]:
    """Hide a fraction of the links of a question; return the rest, the hidden pairs, how.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, kind="Company", name=n)
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH", since="2019")
    >>> _ = g.add_edge("b", "c", type="PARTNERS_WITH", since="2021")
    >>> train, hidden, method = hide_links(g, holdout=0.5)
    >>> hidden, method, train.number_of_edges()
    ([('b', 'c')], 'newest', 1)
    """
    if not 0 < holdout < 1:
        raise ValueError("holdout must lie between 0 and 1")
    ctx = context(graph, fit={})
    types = TIE_TYPES if what == "introductions" else MEMBERSHIP_TYPES
    since: dict[tuple[str, str], str] = {}
    pairs: set[tuple[str, str]] = set()
    for u, v, data in graph.edges(data=True):
        if data.get("type") not in types or u == v or u not in ctx.org_index:
            continue
        if what == "introductions":
            if v not in ctx.org_index or not (ctx.endpoints[ctx.org_index[u]]
                                              and ctx.endpoints[ctx.org_index[v]]):
                continue
            key = (u, v) if u <= v else (v, u)
        else:
            if ctx.own[ctx.org_index[u]]:
                continue
            key = (u, v)
        pairs.add(key)
        if data.get("since"):
            since[key] = max(since.get(key, ""), str(data["since"]))
    ordered = sorted(pairs)
    if len(ordered) < 2:
        raise ValueError(f"too few links to hold any out ({len(ordered)} for {what})")
    n_hide = max(1, round(holdout * len(ordered)))
    rng = np.random.default_rng(seed)
    if len(since) >= n_hide:
        tiebreak = dict(zip(ordered, rng.random(len(ordered)), strict=True))
        hidden = sorted(since, key=lambda p: (since[p], tiebreak[p]), reverse=True)[:n_hide]
        method = "newest"
    else:
        hidden = [ordered[i] for i in rng.choice(len(ordered), n_hide, replace=False)]
        method = "random"
    hidden_set = set(hidden)
    train = graph.copy()
    drop = []
    # An introduction between a hidden pair goes too: the tie came of it, and the engine
    # never suggests a pair whose introduction is recorded.
    types = types + ("INTRODUCED",) if what == "introductions" else types
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("type") in types:
            pair = (u, v) if what == "memberships" or u <= v else (v, u)
            if pair in hidden_set:
                drop.append((u, v, key))
    train.remove_edges_from(drop)
    return train, sorted(hidden), method


def _top_k(scores: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    tiebreak = rng.random(len(scores))
    return np.lexsort((tiebreak, -scores))[:k]


def _metrics(scores: np.ndarray, is_hidden: np.ndarray, negatives: np.ndarray, k: int,
             seed: int) -> dict[str, float]:
    top = _top_k(scores, k, np.random.default_rng(seed))
    found = int(is_hidden[top].sum())
    n_hidden = int(is_hidden.sum())
    return {"auc": auc(scores[is_hidden], scores[negatives]),
            "precision_at_k": found / k,
            "recall_at_k": found / n_hidden if n_hidden else float("nan")}


def _introduction_baselines(train: nx.MultiDiGraph, nodes: list[str], rows: np.ndarray,
                            cols: np.ndarray, seed: int) -> dict[str, np.ndarray]:
    """The baselines' scores of the candidate pairs ``(nodes[rows[i]], nodes[cols[i]])``."""
    org = organisation_graph(train)
    everyone = list(org)
    index = {n: i for i, n in enumerate(everyone)}
    a = nx.to_scipy_sparse_array(org, nodelist=everyone, weight=None, format="csr")
    a = sp.csr_matrix(a)
    a.data[:] = 1.0
    degree = np.asarray(a.sum(axis=1)).ravel()
    with np.errstate(divide="ignore"):
        aa = np.where(degree > 1, 1 / np.log(np.maximum(degree, 2)), 0.0)
        ra = np.where(degree > 0, 1 / np.maximum(degree, 1), 0.0)
        half = np.where(degree > 0, 1 / np.sqrt(np.maximum(degree, 1)), 0.0)
    r = np.array([index[nodes[i]] for i in rows])
    c = np.array([index[nodes[j]] for j in cols])

    def at(m: sp.csr_matrix) -> np.ndarray:
        return np.asarray(m[r, c]).ravel() if len(r) else np.zeros(0)

    return {
        "random": np.random.default_rng(seed + 1).random(len(r)),
        "preferential_attachment": degree[r] * degree[c],
        "common_neighbours": at(a @ a),
        "adamic_adar": at(a @ sp.diags(aa) @ a),
        "resource_allocation": at(a @ sp.diags(ra) @ a),
        "l3": at(a @ sp.diags(half) @ a @ sp.diags(half) @ a),
    }


def _membership_baselines(b: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray,
                          seed: int) -> dict[str, np.ndarray]:
    """Bipartite baselines of the candidate (organisation, group) pairs."""
    k_org = np.asarray(b.sum(axis=1)).ravel()
    k_group = np.asarray(b.sum(axis=0)).ravel()
    with np.errstate(divide="ignore"):
        aa = np.where(k_group > 1, 1 / np.log(np.maximum(k_group, 2)), 0.0)
        ra = np.where(k_group > 0, 1 / np.maximum(k_group, 1), 0.0)
        g_half = np.where(k_group > 0, 1 / np.sqrt(np.maximum(k_group, 1)), 0.0)
        o_half = np.where(k_org > 0, 1 / np.sqrt(np.maximum(k_org, 1)), 0.0)

    def cf(weights: np.ndarray) -> np.ndarray:
        similarity = (b @ sp.diags(weights) @ b.T).tolil()
        similarity.setdiag(0)  # an organisation is not its own neighbour
        return np.asarray((similarity.tocsr() @ b)[rows, cols]).ravel()

    return {
        "random": np.random.default_rng(seed + 1).random(len(rows)),
        "preferential_attachment": k_org[rows] * k_group[cols],
        "adamic_adar_cf": cf(aa),
        "resource_allocation_cf": cf(ra),
        "l3": np.asarray((b @ b.T @ b)[rows, cols]).ravel(),
        "l3_normalised": np.asarray((b @ sp.diags(g_half) @ b.T @ sp.diags(o_half) @ b)[
            rows, cols]).ravel(),
    }


def evaluate(graph: nx.MultiDiGraph, what: str = "introductions", holdout: float = 0.1,
             seed: int = 0, k: int = 20, negatives: int = 2000,
             weights: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Hide links of a question, suggest again, and score the engine and the baselines.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    what : {"introductions", "memberships"}
        The question.
    holdout : float
        The fraction of the question's links to hide.
    seed : int
        Seeds the split, the engine's own fitting, the negative sample and tie-breaking.
    k : int
        The cut-off of precision@k and recall@k.
    negatives : int
        How many candidate non-links to sample for AUC.
    weights : mapping, optional
        Weights for the engine instead of fitting them.

    Returns
    -------
    dict
        ``question``, ``split`` (method, links, hidden, candidates), ``k``, and ``metrics``:
        per method the ``auc``, ``precision_at_k`` and ``recall_at_k``.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     report = evaluate(store.to_networkx(), what="memberships", seed=1)
    >>> sorted(report["metrics"])[:3]
    ['adamic_adar_cf', 'engine', 'l3']
    """
    if what not in ("introductions", "memberships"):
        raise ValueError(f"unknown question {what!r}; choose introductions or memberships")
    train, hidden, method = hide_links(graph, what, holdout, seed)
    ctx = context(train)
    rng = np.random.default_rng(seed)
    if what == "introductions":
        ends = np.flatnonzero(ctx.endpoints)
        r, c = np.triu_indices(len(ends), 1)
        rows, cols = ends[r], ends[c]
        linked = np.asarray((ctx.ties + ctx.blocked)[rows, cols]).ravel() > 0
        rows, cols = rows[~linked], cols[~linked]
        key = {(ctx.orgs[i], ctx.orgs[j]): n for n, (i, j) in enumerate(zip(rows, cols,
                                                                              strict=True))}
        frame = suggest(train, top=None, cross_ecosystem=False, weights=weights, seed=seed,
                        ctx=ctx)
        engine = np.zeros(len(rows))
        for a, b, s in zip(frame["a_id"], frame["b_id"], frame["score"], strict=True):
            n = key.get((a, b) if a <= b else (b, a))
            if n is not None:
                engine[n] = s
        scores = {"engine": engine, **_introduction_baselines(train, ctx.orgs, rows, cols, seed)}
        hidden_index = [key[p] for p in hidden if p in key]
    else:
        members = ctx.membership
        candidates = np.flatnonzero(~ctx.own)
        r, c = np.meshgrid(candidates, np.arange(len(ctx.groups)), indexing="ij")
        rows, cols = r.ravel(), c.ravel()
        keep = ((np.asarray(members[rows, cols]).ravel() == 0)
                & (ctx.group_as_org[cols] != rows))
        rows, cols = rows[keep], cols[keep]
        key = {(ctx.orgs[i], ctx.groups[j]): n for n, (i, j) in enumerate(zip(rows, cols,
                                                                              strict=True))}
        frame = suggest(train, what="memberships", top=None, weights=weights, seed=seed, ctx=ctx)
        engine = np.zeros(len(rows))
        for o, g, s in zip(frame["org_id"], frame["group_id"], frame["score"], strict=True):
            n = key.get((o, g))
            if n is not None:
                engine[n] = s
        scores = {"engine": engine, **_membership_baselines(members, rows, cols, seed)}
        hidden_index = [key[p] for p in hidden if p in key]
    is_hidden = np.zeros(len(rows), dtype=bool)
    is_hidden[hidden_index] = True
    pool = np.flatnonzero(~is_hidden)
    sample = pool[rng.choice(len(pool), min(negatives, len(pool)), replace=False)]
    # The engine scores any pair (its candidates are only those a path joins): its AUC is
    # computed on the hidden links and the sampled non-links themselves.
    model = model_for(ctx, what, weights, seed)
    judged = np.r_[np.flatnonzero(is_hidden), sample]
    x = features_at(ctx, what, np.c_[rows[judged], cols[judged]])
    names = INTRODUCTION_FEATURES if what == "introductions" else MEMBERSHIP_FEATURES
    exact = x @ np.array([model.weights.get(n, 0.0) for n in names])
    metrics = {name: _metrics(s, is_hidden, sample, k, seed) for name, s in scores.items()}
    metrics["engine"]["auc"] = auc(exact[:int(is_hidden.sum())], exact[int(is_hidden.sum()):])
    return {"question": what,
            "split": {"method": method, "links": len(hidden) + _links_left(ctx, what),
                      "hidden": len(hidden), "holdout": holdout, "seed": seed,
                      "candidates": int(len(rows))},
            "k": k, "metrics": metrics}


def _links_left(ctx: Any, what: str) -> int:
    if what == "introductions":
        t = ctx.ties.tocoo()
        keep = (t.row < t.col) & ctx.endpoints[t.row] & ctx.endpoints[t.col]
        return int(keep.sum())
    m = ctx.membership.tocoo()
    return int((~ctx.own[m.row]).sum())


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean and sd over seeds of every method's metrics, and the winner of each metric.

    Examples
    --------
    >>> run = {"metrics": {"engine": {"auc": 0.9, "precision_at_k": 0.5, "recall_at_k": 0.1},
    ...                    "random": {"auc": 0.5, "precision_at_k": 0.0, "recall_at_k": 0.0}}}
    >>> summarise([run, run])["winner"]["auc"]
    'engine'
    """
    methods = list(runs[0]["metrics"])
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for name in methods:
        table[name] = {}
        for metric in ("auc", "precision_at_k", "recall_at_k"):
            values = np.array([r["metrics"][name][metric] for r in runs], dtype=float)
            table[name][metric] = (float(np.nanmean(values)) if np.isfinite(values).any()
                                   else float("nan"),
                                   float(np.nanstd(values)) if np.isfinite(values).any()
                                   else float("nan"))
    winner = {metric: max(methods, key=lambda m: (table[m][metric][0], m == "engine"))
              for metric in ("auc", "precision_at_k", "recall_at_k")}
    return {"methods": table, "winner": winner, "seeds": len(runs)}
