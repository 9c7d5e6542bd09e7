"""The suggestion pipeline: select rows and columns, score their path features in blocks,
keep the best per row, explain the winners.

``suggest`` reads as its steps::

    ctx = context(graph)                     # numbered nodes, sparse matrices
    model = fit_model(ctx, what)             # or given / default weights
    rows, columns = selection(ctx, filters)  # who may be on either end
    ranked = rank(ctx, filters, rows, columns, model.weights, top)
    return to_frame(ctx, filters, ranked, model.weights, lang)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from .context import Context, context
from .explain import LANGUAGES, introduction_facts, membership_facts, sentence
from .features import (
    INTRODUCTION_FEATURES,
    MEMBERSHIP_FEATURES,
    features_at,
    introduction_bounds,
    introduction_scores,
    membership_block,
)
from .model import QUESTIONS, Model, check_weights, fit_model

__all__ = ["Filters", "suggest", "selection", "rank", "to_frame", "model_for",
           "INTRODUCTION_COLUMNS", "MEMBERSHIP_COLUMNS"]

INTRODUCTION_COLUMNS: list[str] = ["rank", "a_id", "a", "a_ecosystem", "b_id", "b",
                                   "b_ecosystem", "score", "explanation",
                                   *INTRODUCTION_FEATURES, "evidence"]
MEMBERSHIP_COLUMNS: list[str] = ["rank", "org_id", "org", "org_ecosystem", "group_id", "group",
                                 "group_kind", "relation", "score", "explanation",
                                 *MEMBERSHIP_FEATURES, "evidence"]


@dataclass(frozen=True)
class Filters:
    """Which suggestions are wanted: the question and who may be on either end.

    ``for_org`` and ``group`` are ids; ecosystems, kinds and theme are names or ids.
    """

    what: str = "introductions"
    for_org: str | None = None
    group: str | None = None
    from_ecosystem: str | None = None
    to_ecosystem: str | None = None
    kinds: frozenset[str] | None = None
    theme: str | None = None
    cross_ecosystem: bool = True


def _did_you_mean(text: str, choices: Iterable[str]) -> str:
    from ...errors import did_you_mean

    return did_you_mean(text, list(choices))


def _ecosystem(ctx: Context, name: str | None) -> int | None:
    if not name:
        return None
    folded = {e.casefold(): i for i, e in enumerate(ctx.ecosystem_names)}
    if name.casefold() not in folded:
        raise ValueError(f"no ecosystem {name!r}{_did_you_mean(name, ctx.ecosystem_names)}; "
                         f"ecosystems: {', '.join(ctx.ecosystem_names) or 'none'}")
    return folded[name.casefold()]


def _theme_rows(ctx: Context, theme: str) -> np.ndarray:
    names = {ctx.names[t].casefold(): k for k, t in enumerate(ctx.theme_ids)}
    k = ctx.theme_ids.index(theme) if theme in ctx.theme_ids else names.get(theme.casefold())
    if k is None:
        raise ValueError(f"no theme {theme!r} in the graph"
                         f"{_did_you_mean(theme, [ctx.names[t] for t in ctx.theme_ids])}")
    mask = np.zeros(ctx.n, dtype=bool)
    mask[ctx.themes.T.tocsr()[k].indices] = True
    return mask


def _org(ctx: Context, org: str) -> int:
    if org not in ctx.org_index:
        raise ValueError(f"{org!r} is not an organisation in the graph"
                         f"{_did_you_mean(org, [ctx.names[o] for o in ctx.orgs])}")
    return ctx.org_index[org]


def _group(ctx: Context, group: str) -> int:
    if group in ctx.group_index:
        return ctx.group_index[group]
    folded = {ctx.names[g].casefold(): k for k, g in enumerate(ctx.groups)}
    for g in ctx.groups:
        for alias in ctx.graph.nodes[g].get("aliases") or []:
            folded.setdefault(str(alias).casefold(), ctx.group_index[g])
    if group.casefold() in folded:
        return folded[group.casefold()]
    raise ValueError(f"no group {group!r} to suggest members for"
                     f"{_did_you_mean(group, [ctx.names[g] for g in ctx.groups])}")


def selection(ctx: Context, f: Filters) -> tuple[np.ndarray, np.ndarray]:
    """The rows (organisations) to suggest for, and a mask of the allowed columns.

    Columns are organisations for introductions and groups for memberships.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "ab": g.add_node(n, kind="Company", name=n.upper())
    >>> rows, columns = selection(context(g, fit={}), Filters(cross_ecosystem=False))
    >>> rows.tolist(), columns.tolist()
    ([0, 1], [True, True])
    """
    eco_from, eco_to = _ecosystem(ctx, f.from_ecosystem), _ecosystem(ctx, f.to_ecosystem)
    theme = _theme_rows(ctx, f.theme) if f.theme else np.ones(ctx.n, dtype=bool)
    if f.what == "memberships":
        if not ctx.groups:
            raise ValueError("there is nothing to suggest memberships for: the store holds no "
                             "group (campus, programme, fund, manifest or event) that "
                             "organisations are MEMBER_OF, SIGNED, FUNDED_BY or ATTENDED")
        row_mask = ~ctx.own & theme
        ends = {e for e in (eco_from, eco_to) if e is not None}
        if ends:
            row_mask &= np.isin(ctx.eco, list(ends))
        if f.for_org:
            only = np.zeros(ctx.n, dtype=bool)
            only[_org(ctx, f.for_org)] = True
            row_mask = only
        columns = np.ones(len(ctx.groups), dtype=bool)
        if f.group:
            columns[:] = False
            columns[_group(ctx, f.group)] = True
        if f.kinds:
            columns &= np.isin(np.array(ctx.group_kind, dtype=object), list(f.kinds))
        return np.flatnonzero(row_mask), columns
    ends_ok = ctx.endpoints & theme
    rows, columns = ends_ok.copy(), ends_ok.copy()
    if eco_from is not None and eco_to is not None:
        rows &= ctx.eco == eco_from
        columns &= ctx.eco == eco_to
    elif eco_from is not None or eco_to is not None:
        rows &= ctx.eco == (eco_from if eco_from is not None else eco_to)
    if f.for_org:
        i = _org(ctx, f.for_org)
        rows = np.zeros(ctx.n, dtype=bool)
        rows[i] = True
        if eco_from is not None or eco_to is not None:
            columns = ends_ok & np.isin(ctx.eco, [e for e in (eco_from, eco_to) if e is not None])
    if f.kinds and f.for_org:
        columns &= np.isin(ctx.kinds, list(f.kinds))
    return np.flatnonzero(rows), columns


def rank(ctx: Context, f: Filters, rows: np.ndarray, columns: np.ndarray,
         weights: Mapping[str, float], top: int | None, batch: int = 2000,
         role_limit: int = 50) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Score every candidate of ``rows`` in blocks; keep the ``top`` best overall.

    Returns the arrays ``(scores, rows, columns)`` sorted best first (ties by id).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> ctx = context(g, fit={})
    >>> f = Filters(cross_ecosystem=False)
    >>> score, u, v = rank(ctx, f, *selection(ctx, f), {"partners_aa": 1.0}, 5)
    >>> list(zip(u.tolist(), v.tolist()))
    [(0, 1)]
    """
    weights = dict(weights)
    memberships = f.what == "memberships"
    group_cols = np.flatnonzero(columns) if memberships else None
    row_mask = np.zeros(ctx.n, dtype=bool)
    row_mask[rows] = True
    kept: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    kinds = np.isin(ctx.kinds, list(f.kinds)) if f.kinds and not f.for_org else None
    known = ctx.eco >= 0

    def wanted(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """The filters of an introduction, on candidate pairs."""
        ok = columns[v] & ~(row_mask[v] & columns[u] & (v < u))  # each pair once
        if f.cross_ecosystem:
            ok &= known[u] & known[v] & (ctx.eco[u] != ctx.eco[v])
        if kinds is not None:
            ok &= kinds[u] | kinds[v]
        return ok

    if memberships:
        if not len(group_cols):
            return np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        batch = max(batch, 2_000_000 // len(group_cols))  # one group: all rows at once
    bounds = None
    if not memberships and top is not None and len(rows) > batch:
        # Best bounds first, in smaller batches: once the next rows' bound is below the
        # top-th best score found, no row left can enter the top.
        bounds = introduction_bounds(ctx, weights, columns)
        rows = rows[np.lexsort((rows, -bounds[rows]))]
        batch = max(200, batch // 4)
    best_so_far = -np.inf
    for chunk, column_mask in _batches(ctx, f, rows, columns, batch, memberships,
                                       by_ecosystem=bounds is None):
        if bounds is not None and bounds[chunk[0]] < best_so_far:
            break
        if memberships:
            block = membership_block(ctx, chunk, group_cols)
            u, v = chunk[block.rows], group_cols[block.cols]
            existing = np.asarray(ctx.membership[u, v]).ravel() if len(u) else np.zeros(0)
            ok = existing == 0
            ok &= ctx.group_as_org[v] != u  # a campus is not its own member
            score = block.score(weights)
        else:
            own = sp.csr_matrix((np.ones(len(chunk)), (np.arange(len(chunk)), chunk)),
                                shape=(len(chunk), ctx.n))
            exclude = ctx.ties[chunk] + ctx.blocked[chunk] + own
            r, v, score = introduction_scores(ctx, chunk, weights, role_limit, exclude,
                                              keep=wanted, column_mask=column_mask)
            u = chunk[r]
            ok = np.ones(len(u), dtype=bool)
        # A candidate no weighted path or fact supports is no suggestion (role candidates
        # carry a 1e-300 placeholder into the product, so "positive" is not enough).
        ok &= score > _NOTHING
        u, v, score = u[ok], v[ok], score[ok]
        if top is not None and len(score) > top:
            best = np.argpartition(-score, top - 1)[:top]
            cut = score[best].min()
            best = np.flatnonzero(score >= cut)  # ties at the cut stay: ids decide below
            u, v, score = u[best], v[best], score[best]
        kept.append((score, u, v))
        if bounds is not None:
            everything = np.concatenate([k[0] for k in kept])
            if len(everything) >= top:
                best_so_far = np.partition(everything, len(everything) - top)[
                    len(everything) - top]
    if not kept:
        return np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    score = np.concatenate([k[0] for k in kept])
    u = np.concatenate([k[1] for k in kept]).astype(np.int64)
    v = np.concatenate([k[2] for k in kept]).astype(np.int64)
    order = np.lexsort((v, u, -np.round(score, 9)))
    if top is not None:
        order = order[:top]
    return score[order], u[order], v[order]


_NOTHING = 1e-12
"""Scores at or below this are no evidence at all."""

def _batches(ctx: Context, f: Filters, rows: np.ndarray, columns: np.ndarray, batch: int,
             memberships: bool, by_ecosystem: bool = True,
             ) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:
    """Rows in batches (in the order given), each with the columns it may pair with. Across
    ecosystems and ``by_ecosystem``, a batch holds rows of one ecosystem, so the pairs
    inside it are never formed."""
    if memberships or not f.cross_ecosystem or not by_ecosystem:
        # columns left out of the product itself when few may be paired (one ecosystem)
        selective = None if memberships or columns.sum() > len(columns) // 2 else columns
        for start in range(0, len(rows), batch):
            yield rows[start:start + batch], selective
        return
    known = ctx.eco >= 0
    for e in np.unique(ctx.eco[rows]):
        if e < 0:
            continue  # an organisation without an ecosystem is in no cross pair
        mine = rows[ctx.eco[rows] == e]
        mask = columns & known & (ctx.eco != e)
        for start in range(0, len(mine), batch):
            yield mine[start:start + batch], mask


def to_frame(ctx: Context, f: Filters, ranked: tuple[np.ndarray, np.ndarray, np.ndarray],
             weights: Mapping[str, float], lang: str = "nl") -> pd.DataFrame:
    """The ranked suggestions as a table, each with its explanation and evidence.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> ctx = context(g, fit={})
    >>> f = Filters(cross_ecosystem=False)
    >>> ranked = rank(ctx, f, *selection(ctx, f), {"partners_aa": 1.0}, 5)
    >>> to_frame(ctx, f, ranked, {"partners_aa": 1.0}).loc[0, "explanation"]
    'beide werken samen met P'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    weights = dict(weights)
    eco = [ctx.ecosystem_names[e] if e >= 0 else "" for e in ctx.eco]
    scores, us, vs = ranked
    names = MEMBERSHIP_FEATURES if f.what == "memberships" else INTRODUCTION_FEATURES
    features = features_at(ctx, f.what, np.c_[us, vs]) if len(us) else np.zeros((0, len(names)))
    rows = []
    for position, (score, u, v, values) in enumerate(zip(scores.tolist(), us.tolist(),
                                                          vs.tolist(), features, strict=True),
                                                      start=1):
        x = dict(zip(names, values.tolist(), strict=True))
        if f.what == "memberships":
            facts = (membership_facts(ctx, u, v, weights)
                     or membership_facts(ctx, u, v, _magnitudes(weights)))
            group = ctx.groups[v]
            row = {"rank": position, "org_id": ctx.orgs[u], "org": ctx.names[ctx.orgs[u]],
                   "org_ecosystem": eco[u], "group_id": group, "group": ctx.names[group],
                   "group_kind": ctx.group_kind[v], "relation": ctx.group_type[v]}
        else:
            a, b = (u, v)
            if not f.for_org and (eco[v], ctx.orgs[v]) < (eco[u], ctx.orgs[u]):
                a, b = v, u
            facts = (introduction_facts(ctx, a, b, weights)
                     or introduction_facts(ctx, a, b, _magnitudes(weights)))
            row = {"rank": position, "a_id": ctx.orgs[a], "a": ctx.names[ctx.orgs[a]],
                   "a_ecosystem": eco[a], "b_id": ctx.orgs[b], "b": ctx.names[ctx.orgs[b]],
                   "b_ecosystem": eco[b]}
        row.update({"score": round(score, 6), "explanation": sentence(facts, lang)})
        row.update({k: round(val, 6) for k, val in x.items()})
        row["evidence"] = [{"text": fact.words(lang), "weight": round(fact.weight, 6),
                            "edges": [list(e) for e in fact.edges],
                            "attributes": [list(a) for a in fact.attributes]}
                           for fact in facts]
        rows.append(row)
    columns = MEMBERSHIP_COLUMNS if f.what == "memberships" else INTRODUCTION_COLUMNS
    return pd.DataFrame(rows, columns=columns)


def _magnitudes(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights as sizes: to name the paths of a candidate whose positive features all have
    a negative weight (it is a candidate because those paths join it)."""
    return {k: abs(v) for k, v in weights.items()}


def model_for(ctx: Context, what: str, weights: Mapping[str, Any] | None = None,
              seed: int = 0) -> Model:
    """The weights a question uses: given ones (validated), else fitted on the store.

    Examples
    --------
    >>> model_for(context(nx.MultiDiGraph(), fit={}), "memberships").fitted_on["method"]
    'defaults'
    """
    if what not in QUESTIONS:
        raise ValueError(f"unknown question {what!r}; choose {' or '.join(QUESTIONS)}")
    if weights:
        return Model(what, check_weights(what, weights), {"method": "given weights"})
    return fit_model(ctx, what, seed)


def suggest(graph: nx.MultiDiGraph, *, what: str = "introductions", for_org: str | None = None,
            group: str | None = None, from_ecosystem: str | None = None,
            to_ecosystem: str | None = None, kinds: Iterable[str] | None = None,
            theme: str | None = None, cross_ecosystem: bool = True, top: int | None = 10,
            weights: Mapping[str, Any] | None = None, lang: str = "nl", seed: int = 0,
            ctx: Context | None = None, model: Model | None = None,
            hub_limit: int | None = 500, group_limit: int | None = 1000,
            role_limit: int = 50) -> pd.DataFrame:
    """Rank introductions (organisation ↔ organisation) or memberships (organisation → a
    group it is not in), each explained by the paths that carried its score.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    what : {"introductions", "memberships"}
        The question.
    for_org : str, optional
        Only suggestions for this organisation (id).
    group : str, optional
        Memberships: only this group (id, name or alias).
    from_ecosystem, to_ecosystem : str, optional
        Introductions: one end in each (or one end in the one given). Memberships: only
        organisations in these ecosystems.
    kinds : iterable of str, optional
        Introductions: the other end (or either end) of these kinds. Memberships: groups
        of these kinds.
    theme : str, optional
        Only organisations that work on this theme (name or id).
    cross_ecosystem : bool
        Introductions: only pairs in two different known ecosystems (default).
    top : int, optional
        How many (every scored candidate when ``None``).
    weights : mapping, optional
        Weights to use instead of fitting them (see :data:`.model.DEFAULT_WEIGHTS`).
    lang : {"nl", "en"}
        Language of the explanations.
    seed : int
        Seeds the fitting's hold-out split.

    Returns
    -------
    pandas.DataFrame
        :data:`INTRODUCTION_COLUMNS` or :data:`MEMBERSHIP_COLUMNS`.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     graph = store.to_networkx()
    >>> top = suggest(graph, top=3)
    >>> len(top), bool((top["a_ecosystem"] != top["b_ecosystem"]).all())
    (3, True)
    >>> suggest(graph, what="memberships", group="Techport", top=1)["group"].tolist()
    ['Techport']
    """
    if lang not in LANGUAGES:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    if top is not None and top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    ctx = ctx or context(graph, hub_limit=hub_limit, group_limit=group_limit)
    filters = Filters(what=what, for_org=for_org, group=group, from_ecosystem=from_ecosystem,
                      to_ecosystem=to_ecosystem, kinds=frozenset(kinds) if kinds else None,
                      theme=theme, cross_ecosystem=cross_ecosystem)
    model = model or model_for(ctx, what, weights, seed)
    rows, columns = selection(ctx, filters)
    ranked = rank(ctx, filters, rows, columns, model.weights, top, role_limit=role_limit)
    return to_frame(ctx, filters, ranked, model.weights, lang)
