"""Typed path features of the two questions, as sparse blocks of rows.

A *block* is the features of some rows (organisations) against all columns (organisations
for introductions, groups for memberships): each path feature is a SciPy CSR matrix of
``len(rows) × columns``, built by multiplying the context's matrices, so candidates are
exactly the pairs some path joins — two or three steps away — and never all n² pairs.

Introductions (organisation *u* — organisation *v*):

=====================  ==================================================================
``shared_<type>``      shared groups per membership type, each weighted 1 / log(size)
``shared_themes``      shared themes, each weighted 1 / log(organisations on it)
``partners_aa``        common partners (PARTNERS_WITH), Adamic–Adar: Σ 1 / log degree
``interns_aa``         common internship ties (HOSTS_INTERNS_FROM), Adamic–Adar
``l3``                 three-step paths u–a–b–v over ties, Σ 1 / √(deg a · deg b)
``comember_partners``  u shares a group with w and w has a tie with v (or the other way
                       round), each weighted 1 / size of the group
``same_ecosystem``     both in one ecosystem (pair feature)
``surplus_shortage``   one has staff to spare, the other needs staff (pair feature)
``programme_fit``      a school's recorded programme fits the other's sector (pair feature)
``activity``           log(1 + ties and memberships of u) · log(1 + those of v): how active
                       both are (preferential attachment, pair feature)
=====================  ==================================================================

Memberships (organisation *u* → group *g*):

=====================  ==================================================================
``cf_aa``              collaborative filtering: Σ over co-members w in g of the groups
                       u and w share, each 1 / log(size) (Adamic–Adar)
``cf_ra``              the same with each shared group 1 / size (resource allocation)
``l3_norm``            paths u–g'–w–g, Σ 1 / √(size g' · groups of w)
``partners_in``        u's partners that are in g
``themes_fit``         Σ over u's themes of the share of g's members working on it
``ecosystem_share``    the share of g's members in u's ecosystem
``kind_share``         the share of g's members of u's kind (company, school, …)
``group_size``         log(1 + members of g)
``activity``           log(1 + ties and memberships of u) · log(1 + members of g)
=====================  ==================================================================

Paths never pass through the user's own organisation, hubs of more than ``hub_limit``
ties, or groups of more than ``group_limit`` members (see
:class:`~stakeholder_graph.analysis.suggest.context.Context`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

from .context import MEMBERSHIP_TYPES, Context

__all__ = ["INTRODUCTION_FEATURES", "MEMBERSHIP_FEATURES", "introduction_block",
           "membership_block", "Block", "role_candidates", "features_at", "introduction_pairs",
           "membership_pairs", "introduction_paths", "introduction_scores", "introduction_bounds"]

INTRODUCTION_PATHS: tuple[str, ...] = (
    *(f"shared_{t.lower()}" for t in MEMBERSHIP_TYPES), "shared_themes", "partners_aa",
    "interns_aa", "l3", "comember_partners")
INTRODUCTION_PAIRS: tuple[str, ...] = ("same_ecosystem", "surplus_shortage", "programme_fit",
                                       "activity")
INTRODUCTION_FEATURES: tuple[str, ...] = INTRODUCTION_PATHS + INTRODUCTION_PAIRS
MEMBERSHIP_PATHS: tuple[str, ...] = ("cf_aa", "cf_ra", "l3_norm", "partners_in")
MEMBERSHIP_PAIRS: tuple[str, ...] = ("themes_fit", "ecosystem_share", "kind_share",
                                     "group_size", "activity")
MEMBERSHIP_FEATURES: tuple[str, ...] = MEMBERSHIP_PATHS + MEMBERSHIP_PAIRS


def _inverse_log(sizes: np.ndarray, keep: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        out = np.where((sizes >= 2) & (keep > 0), 1.0 / np.log(np.maximum(sizes, 2)), 0.0)
    return out


def _inverse(values: np.ndarray, keep: np.ndarray, power: float = 1.0) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.where((values > 0) & (keep > 0), 1.0 / np.maximum(values, 1) ** power, 0.0)


def _diag(values: np.ndarray) -> sp.dia_matrix:
    return sp.diags(values, format="csr")


class Block:
    """The features of some rows against every column, on one pattern of candidates.

    ``rows`` and ``cols`` list the candidate pairs (``rows`` as numbers of the block's
    rows, ``cols`` as column numbers); ``values[name]`` is each feature on those pairs.
    """

    def __init__(self, row_ids: np.ndarray, paths: dict[str, sp.csr_matrix],
                 extra: sp.csr_matrix | None = None) -> None:
        self.row_ids = row_ids
        pattern = None
        for m in [*paths.values(), *([extra] if extra is not None else [])]:
            b = m.copy()
            b.data = np.ones_like(b.data)
            pattern = b if pattern is None else pattern + b
        pattern = pattern.tocoo() if pattern is not None else sp.coo_matrix((len(row_ids), 0))
        width = pattern.shape[1]
        order = np.lexsort((pattern.col, pattern.row))
        self.rows = pattern.row[order].astype(np.int64)
        self.cols = pattern.col[order].astype(np.int64)
        self.width = width
        self._keys = self.rows * max(width, 1) + self.cols
        self.values: dict[str, np.ndarray] = {name: self.at(m) for name, m in paths.items()}

    def at(self, matrix: sp.csr_matrix) -> np.ndarray:
        """A sparse block's values on this block's candidate pairs (0 where it has none)."""
        out = np.zeros(len(self.rows))
        coo = matrix.tocoo()
        if coo.nnz:
            keys = coo.row.astype(np.int64) * max(self.width, 1) + coo.col
            where = np.searchsorted(self._keys, keys)
            out[where] = coo.data
        return out

    def keep(self, mask: np.ndarray) -> None:
        """Keep only the candidate pairs where ``mask`` is true."""
        self.rows, self.cols, self._keys = self.rows[mask], self.cols[mask], self._keys[mask]
        self.values = {k: v[mask] for k, v in self.values.items()}

    def score(self, weights: dict[str, float]) -> np.ndarray:
        """The weighted sum of the features on every candidate pair."""
        total = np.zeros(len(self.rows))
        for name, values in self.values.items():
            w = weights.get(name, 0.0)
            if w:
                total += w * values
        return total


def _rows(m: sp.csr_matrix, rows: np.ndarray) -> sp.csr_matrix:
    return m[rows]


def role_candidates(ctx: Context, rows: np.ndarray, limit: int) -> sp.csr_matrix:
    """Complementary roles the data carries, up to ``limit`` per row (best-connected first):
    staff to spare ↔ staff needed, a school's recorded programme ↔ an employer's sector.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="Company", name="A", labour_demand="surplus")
    >>> g.add_node("b", kind="Company", name="B", labour_demand="shortage")
    >>> role_candidates(context(g, fit={}), np.array([0]), 5).toarray().tolist()
    [[0.0, 1.0]]
    """
    order, _ = _by_connection(ctx)
    r_out: list[np.ndarray] = []
    c_out: list[np.ndarray] = []
    for wanted_sign in (1, -1):
        sources = np.flatnonzero(ctx.demand[rows] == wanted_sign)
        if len(sources):
            others = order[ctx.demand[order] == -wanted_sign][:limit]
            r_out.append(np.repeat(sources, len(others)))
            c_out.append(np.tile(others, len(sources)))
    # a school's programmes → the best-connected employers of each sector they fit, and an
    # employer → the best-connected schools training for its sector
    top_employers, top_schools = _top_per_sector(ctx, limit)
    fit = (_rows(ctx.programme_sectors, rows) @ top_employers.T
           + _rows(ctx.sector, rows) @ top_schools.T).tocoo()
    if fit.nnz:
        r_out.append(fit.row.astype(np.int64))
        c_out.append(fit.col.astype(np.int64))
    if not r_out:
        return sp.csr_matrix((len(rows), ctx.n))
    r_all, c_all = np.concatenate(r_out), np.concatenate(c_out)
    out = sp.csr_matrix((np.ones(len(r_all)), (r_all, c_all)), shape=(len(rows), ctx.n))
    out.data[:] = 1.0
    return out


def _by_connection(ctx: Context) -> tuple[np.ndarray, np.ndarray]:
    """Organisations best-connected first (then by id), and each one's place in that order."""
    def build() -> tuple[np.ndarray, np.ndarray]:
        order = np.lexsort((np.arange(ctx.n), -ctx.degree))
        rank = np.empty(ctx.n, dtype=np.int64)
        rank[order] = np.arange(ctx.n)
        return order, rank
    return ctx.cached("by_connection", build)


def _top_per_sector(ctx: Context, limit: int) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Organisation × sector, only the ``limit`` best-connected per sector: employers of it,
    and schools whose programmes train for it."""
    def build() -> tuple[sp.csr_matrix, sp.csr_matrix]:
        _, rank = _by_connection(ctx)
        out = []
        for m in (ctx.sector, ctx.programme_sectors):
            coo = m.tocoo()
            order = np.lexsort((rank[coo.row], coo.col))  # per sector, best-connected first
            r, c = coo.row[order], coo.col[order]
            starts = np.r_[0, np.flatnonzero(np.diff(c)) + 1] if len(c) else np.zeros(0, int)
            position = np.arange(len(c)) - np.repeat(starts, np.diff(np.r_[starts, len(c)]))
            keep = position < limit
            out.append(sp.csr_matrix((np.ones(int(keep.sum())), (r[keep], c[keep])),
                                     shape=m.shape))
        return out[0], out[1]
    return ctx.cached(f"top_per_sector:{limit}", build)


def _programme_fit(ctx: Context, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """1.0 where a school's recorded programme fits the other's sector (either way round)."""
    def build() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        trains = ctx.programme_sectors.toarray().astype(bool) if ctx.sector_names else \
            np.zeros((ctx.n, 1), dtype=bool)
        sector_of = np.full(ctx.n, -1, dtype=np.int64)
        coo = ctx.sector.tocoo()
        sector_of[coo.row] = coo.col
        return trains, sector_of, trains.any(axis=1)
    trains, sector_of, teaches = ctx.cached("programme_fit", build)
    fits = np.zeros(len(u), dtype=bool)
    for school, other in ((u, v), (v, u)):
        where = np.flatnonzero(teaches[school])  # few pairs have a school with programmes
        if len(where):
            sector = sector_of[other[where]]
            known = sector >= 0
            fits[where[known]] |= trains[school[where[known]], sector[known]]
    return fits.astype(float)


def _path_factors(ctx: Context, rows: np.ndarray, names: tuple[str, ...],
                  ) -> dict[str, tuple[sp.csr_matrix, sp.csr_matrix]]:
    """Each path feature of ``rows`` as a product ``left @ right`` (left has the rows)."""
    d = _diagonals(ctx)
    factors: dict[str, tuple[sp.csr_matrix, sp.csr_matrix]] = {}
    for t in MEMBERSHIP_TYPES:
        if f"shared_{t.lower()}" in names:
            b = ctx.members[t]
            factors[f"shared_{t.lower()}"] = (_rows(b, rows) @ d["aa_groups"],
                                              ctx.cached(f"t:{t}", lambda b=b: b.T.tocsr()))
    if "shared_themes" in names:
        factors["shared_themes"] = (_rows(ctx.themes, rows) @ d["aa_themes"],
                                    ctx.cached("themes_t", lambda: ctx.themes.T.tocsr()))
    for name, t in (("partners_aa", "PARTNERS_WITH"), ("interns_aa", "HOSTS_INTERNS_FROM")):
        if name in names:
            m = ctx.partners[t]
            factors[name] = (_rows(m, rows) @ d["aa_nodes"], m)
    ties = ctx.ties
    ties_rows = _rows(ties, rows)
    if "l3" in names:
        factors["l3"] = (((ties_rows @ d["half"]) @ ctx.cached(
            "ties_half", lambda: (ties @ d["half"]).tocsr())).tocsr(), ties)
    if "comember_partners" in names:
        b = ctx.membership
        group_ties = ctx.cached("group_ties", lambda: ((b.T @ d["through"]) @ ties).tocsr())
        member_t = ctx.cached("membership_t", lambda: b.T.tocsr())
        through_groups = ctx.cached("through_groups",
                                  lambda: (d["through"] @ b @ d["ra_groups"]).tocsr())
        factors["comember_partners"] = (
            sp.hstack([_rows(b, rows) @ d["ra_groups"], ties_rows @ through_groups],
                      format="csr"),
            ctx.cached("comember_right", lambda: sp.vstack([group_ties, member_t],
                                                         format="csr")))
    return factors


def _diagonals(ctx: Context) -> dict[str, sp.csr_matrix]:
    """The weights of the paths' intermediate nodes and groups, as diagonal matrices."""
    def build() -> dict[str, sp.csr_matrix]:
        mid, small = ctx.intermediate, ctx.small_groups
        theme_size = np.asarray(ctx.themes.sum(axis=0)).ravel()
        keep_theme = np.ones_like(theme_size) if ctx.group_limit is None else (
            theme_size <= ctx.group_limit).astype(float)
        return {"aa_groups": _diag(_inverse_log(ctx.group_size, small)),
                "aa_themes": _diag(_inverse_log(theme_size, keep_theme)),
                "aa_nodes": _diag(_inverse_log(ctx.degree, mid)),
                "half": _diag(_inverse(ctx.degree, mid, 0.5)),
                "ra_groups": _diag(_inverse(ctx.group_size, small)),
                "through": _diag(mid)}
    return ctx.cached("diagonals", build)


def introduction_paths(ctx: Context, rows: np.ndarray,
                       names: tuple[str, ...] = INTRODUCTION_PATHS) -> dict[str, sp.csr_matrix]:
    """The path features ``names`` of ``rows`` against every organisation, as sparse rows.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> introduction_paths(context(g, fit={}), np.array([0]), ("partners_aa",))["partners_aa"].toarray().round(3).tolist()
    [[1.443, 1.443, 0.0]]
    """
    return {k: (left @ right).tocsr() for k, (left, right) in
            _path_factors(ctx, rows, names).items()}


def _identity(n: int) -> sp.csr_matrix:
    return sp.identity(n, format="csr")


def introduction_block(ctx: Context, rows: np.ndarray, role_limit: int = 50) -> Block:
    """Introduction features of ``rows`` against every organisation.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> block = introduction_block(context(g, fit={}), np.array([0]))
    >>> [(int(c), round(float(v), 3)) for c, v in zip(block.cols, block.values["partners_aa"])]
    [(0, 1.443), (1, 1.443), (2, 0.0)]
    """
    block = Block(rows, introduction_paths(ctx, rows),
                  extra=role_candidates(ctx, rows, role_limit))
    block.values.update(introduction_pairs(ctx, rows[block.rows], block.cols))
    return block


def introduction_scores(ctx: Context, rows: np.ndarray, weights: dict[str, float],
                        role_limit: int = 50, exclude: sp.csr_matrix | None = None,
                        keep: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
                        column_mask: np.ndarray | None = None,
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The weighted score of every candidate of ``rows``, without keeping each feature.

    The same sum as ``introduction_block(...).score(weights)``, built as one sparse matrix
    (only features with a weight), which is several times faster on big stores. Returns
    ``(row positions, columns, scores)``; pairs where ``exclude`` has an entry are left out,
    and so are those ``keep(rows, columns)`` says no to (before the pair features are
    computed: on a big store most candidates fail a filter). Columns where
    ``column_mask`` is false are never formed at all.
    """
    names = tuple(n for n in INTRODUCTION_PATHS if weights.get(n, 0.0))
    lefts, rights = [], []
    for name, (left, right) in _path_factors(ctx, rows, names).items():
        lefts.append(weights[name] * left)
        rights.append(right)
    roles = role_candidates(ctx, rows, role_limit)
    if roles.nnz:  # present in the pattern even where no path joins them
        lefts.append(1e-300 * roles)
        rights.append(_identity(ctx.n))
    # One product of the stacked factors: SciPy adds the paths up in C as it multiplies.
    if lefts:
        key = "right:" + ",".join(names) + (":roles" if roles.nnz else "")
        right = ctx.cached(key, lambda: sp.vstack(rights, format="csr"))
        if column_mask is not None:  # the same mask comes back batch after batch
            masked = ctx.cached("masked_right", dict)
            tag = (key, hash(column_mask.tobytes()))
            if tag not in masked:
                masked.clear()
                masked[tag] = (right @ _diag(column_mask.astype(float))).tocsr()
            right = masked[tag]
        total = (sp.hstack(lefts, format="csr") @ right).tocsr()
    else:
        total = sp.csr_matrix((len(rows), ctx.n))
    if exclude is not None and exclude.nnz:
        total = total - total.multiply(exclude.astype(bool))
        total.eliminate_zeros()
    coo = total.tocoo()
    r, c, score = coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data
    u = rows[r]
    if keep is not None:
        wanted = keep(u, c)
        r, c, u, score = r[wanted], c[wanted], u[wanted], score[wanted]
    score = score.copy()
    activity = _activity(ctx)
    if weights.get("same_ecosystem", 0.0):
        score += weights["same_ecosystem"] * ((ctx.eco[u] == ctx.eco[c]) & (ctx.eco[u] >= 0))
    if weights.get("surplus_shortage", 0.0):
        score += weights["surplus_shortage"] * (ctx.demand[u] * ctx.demand[c] < 0)
    if weights.get("activity", 0.0):
        score += weights["activity"] * activity[u] * activity[c]
    if weights.get("programme_fit", 0.0) and ctx.sector_names:
        score += weights["programme_fit"] * _programme_fit(ctx, u, c)
    return r, c, score


def _activity(ctx: Context) -> np.ndarray:
    return ctx.cached("activity", lambda: np.log1p(ctx.degree + ctx.memberships_of))


def introduction_pairs(ctx: Context, u: np.ndarray, v: np.ndarray) -> dict[str, np.ndarray]:
    """The pair features of introducing ``u[i]`` and ``v[i]`` (organisation numbers)."""
    activity = _activity(ctx)
    return {
        "same_ecosystem": ((ctx.eco[u] == ctx.eco[v]) & (ctx.eco[u] >= 0)).astype(float),
        "surplus_shortage": (ctx.demand[u] * ctx.demand[v] < 0).astype(float),
        "programme_fit": _programme_fit(ctx, u, v),
        "activity": activity[u] * activity[v],
    }


def _pairwise(left: sp.csr_matrix, right: sp.csr_matrix, u: np.ndarray,
              v: np.ndarray) -> np.ndarray:
    """Row-by-row dot products ``left[u[i]] · right[v[i]]``."""
    if not len(u) or left.shape[1] == 0 or not left.nnz or not right.nnz:
        return np.zeros(len(u))
    return np.asarray(left[u].multiply(right[v]).sum(axis=1)).ravel()


def membership_block(ctx: Context, rows: np.ndarray,
                     cols: np.ndarray | None = None) -> Block:
    """Membership features of ``rows`` against the groups ``cols`` (all when ``None``).

    Column numbers of the block are positions in ``cols``.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, kind="Company", name=n.upper())
    >>> for n in "xy": g.add_node(n, kind="Campus", name=n.upper())
    >>> for u, v in [("a", "x"), ("b", "x"), ("b", "y")]: _ = g.add_edge(u, v, type="MEMBER_OF")
    >>> ctx = context(g, fit={})
    >>> block = membership_block(ctx, np.array([ctx.org_index["a"]]))
    >>> [ctx.groups[int(c)] for c in block.cols]
    ['x', 'y']
    """
    b = ctx.membership
    if cols is None:
        cols = np.arange(len(ctx.groups))
    b_cols = b[:, cols].tocsc()
    size = ctx.group_size
    not_own = _diag((~ctx.own).astype(float))
    aa = _diag(_inverse_log(size, ctx.small_groups))
    b_rows = _rows(b, rows)
    co = (b.T @ not_own) @ b_cols  # group × chosen group: shared members
    ra = _diag(_inverse(size, ctx.small_groups))
    paths = {"cf_aa": (b_rows @ aa) @ co, "cf_ra": (b_rows @ ra) @ co}
    per_group = _diag(_inverse(size, ctx.small_groups, 0.5))
    per_member = _diag(_inverse(ctx.memberships_of, (~ctx.own).astype(float), 0.5))
    paths["l3_norm"] = (b_rows @ per_group) @ ((b.T @ per_member) @ b_cols)
    paths["partners_in"] = (_rows(ctx.ties, rows) @ _diag(ctx.intermediate)) @ b_cols
    block = Block(rows, {k: sp.csr_matrix(v) for k, v in paths.items()})
    block.values.update(membership_pairs(ctx, rows[block.rows], cols[block.cols]))
    return block


def membership_pairs(ctx: Context, u: np.ndarray, g: np.ndarray) -> dict[str, np.ndarray]:
    """The pair features of organisation ``u[i]`` joining group ``g[i]``."""
    b = ctx.membership

    def shares(m: sp.csr_matrix) -> sp.csr_matrix:  # group × column: share of members
        size = ctx.group_size
        return ctx.cached(f"share:{id(m)}", lambda: (_diag(_inverse(size, np.ones(len(size))))
                                                   @ b.T @ m).tocsr())

    size = ctx.group_size
    return {
        "themes_fit": _pairwise(ctx.themes, shares(ctx.themes), u, g),
        "ecosystem_share": _pairwise(ctx.ecosystem, shares(ctx.ecosystem), u, g),
        "kind_share": _pairwise(ctx.kind_matrix, shares(ctx.kind_matrix), u, g),
        "group_size": np.log1p(size[g]),
        "activity": _activity(ctx)[u] * np.log1p(size[g]),
    }


def introduction_bounds(ctx: Context, weights: dict[str, float],
                        columns: np.ndarray) -> np.ndarray:
    """For each organisation, a number no introduction score of it can exceed.

    Each path feature of u is at most the sum over u's paths of their first steps (the
    last step to v counted as if it always held); a pair feature at most its largest value
    over the allowed ``columns``. Features with a negative weight only lower scores and
    count 0. Lets ``rank`` skip organisations that cannot reach the best ``top``.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> ctx = context(g, fit={})
    >>> introduction_bounds(ctx, {"partners_aa": 1.0}, np.ones(3, bool)).round(3).tolist()
    [1.443, 1.443, 0.0]
    """
    d = _diagonals(ctx)
    ones_groups = np.ones(len(ctx.groups))
    bound = np.zeros(ctx.n)

    def add(name: str, values: np.ndarray) -> None:
        w = weights.get(name, 0.0)
        if w > 0:
            bound[:] += w * np.asarray(values).ravel()

    for t in MEMBERSHIP_TYPES:
        add(f"shared_{t.lower()}", ctx.members[t] @ d["aa_groups"].diagonal())
    add("shared_themes", ctx.themes @ d["aa_themes"].diagonal())
    add("partners_aa", ctx.partners["PARTNERS_WITH"] @ d["aa_nodes"].diagonal())
    add("interns_aa", ctx.partners["HOSTS_INTERNS_FROM"] @ d["aa_nodes"].diagonal())
    half = d["half"].diagonal()
    ties = ctx.ties
    add("l3", ties @ (half * (ties @ half)))
    small = ctx.small_groups
    through = d["through"].diagonal()
    add("comember_partners", ctx.membership @ small
        + ties @ (through * (ctx.membership @ (d["ra_groups"] @ ones_groups))))
    add("programme_fit", (np.asarray(ctx.programme_sectors.sum(axis=1)).ravel() > 0)
        | (np.asarray(ctx.sector.sum(axis=1)).ravel() > 0))
    add("surplus_shortage", ctx.demand != 0)
    add("same_ecosystem", ctx.eco >= 0)
    activity = _activity(ctx)
    if columns.any():
        add("activity", activity * activity[columns].max())
    return bound


def features_at(ctx: Context, question: str, pairs: np.ndarray,
                block: Block | None = None) -> np.ndarray:
    """Every feature of the given (row, column) pairs, zero paths where none joins them.

    Scores any pair, also one no path joins (the candidates of :func:`suggest` are only
    those some path joins): what an AUC over sampled pairs needs. ``block``, when given,
    holds the features of (at least) the pairs' rows against every column.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> x = features_at(context(g, fit={}), "introductions", np.array([[0, 1]]))
    >>> round(float(x[0, INTRODUCTION_FEATURES.index("partners_aa")]), 3)
    1.443
    """
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    intro = question == "introductions"
    names = INTRODUCTION_FEATURES if intro else MEMBERSHIP_FEATURES
    paths = INTRODUCTION_PATHS if intro else MEMBERSHIP_PATHS
    out = np.zeros((len(pairs), len(names)))
    if not len(pairs):
        return out
    if block is None:
        rows = np.unique(pairs[:, 0])
        block = introduction_block(ctx, rows) if intro else membership_block(ctx, rows)
    width = max(block.width, 1)
    keys = block.row_ids[block.rows] * width + block.cols
    wanted = pairs[:, 0] * width + pairs[:, 1]
    order = np.argsort(keys, kind="stable")
    where = np.minimum(np.searchsorted(keys[order], wanted), max(len(keys) - 1, 0))
    found = (len(keys) > 0) & (keys[order][where] == wanted) if len(keys) else np.zeros(
        len(pairs), dtype=bool)
    for j, name in enumerate(names):
        if name in paths:
            out[found, j] = block.values[name][order][where[found]]
    pair = (introduction_pairs if intro else membership_pairs)(ctx, pairs[:, 0], pairs[:, 1])
    for j, name in enumerate(names):
        if name not in paths:
            out[:, j] = pair[name]
    return out
