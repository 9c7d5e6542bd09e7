"""What the suggestion engine reads from a projection: numbered organisations and groups and
the sparse matrices of their ties, built once.

Every matrix is a SciPy CSR matrix over the numbers of :class:`Context`:

- ``partners[t]``: organisation × organisation, symmetric, one per tie type
  (``PARTNERS_WITH``, ``HOSTS_INTERNS_FROM``); ``ties`` is their union. An introduction is
  never a tie here: it is not collaboration.
- ``members[t]``: organisation × group, one per membership type (``MEMBER_OF``, ``SIGNED``,
  ``FUNDED_BY``, ``ATTENDED``); ``membership`` is their union. A group is any node an
  organisation has such a tie to (campus/PPS, programme, fund, manifest, event).
- ``themes``: organisation × theme (``WORKS_ON``).
- ``ecosystem``: organisation × ecosystem (one-hot; an organisation without one has none).

``intermediate`` is 0 for the organisations no path may pass through (the user's own
organisation, hubs with more than ``hub_limit`` ties) and 1 elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

__all__ = ["Context", "context", "TIE_TYPES", "MEMBERSHIP_TYPES", "ENDPOINT_KINDS",
           "OWN_SUBTYPES"]

TIE_TYPES: tuple[str, ...] = ("PARTNERS_WITH", "HOSTS_INTERNS_FROM")
"""Ties between organisations that paths follow (an introduction is not one of them)."""

MEMBERSHIP_TYPES: tuple[str, ...] = ("MEMBER_OF", "SIGNED", "FUNDED_BY", "ATTENDED")
"""Ties from an organisation to a group."""

ORG_KINDS: tuple[str, ...] = ("Company", "School", "PublicBody", "Municipality", "Campus")
ENDPOINT_KINDS: tuple[str, ...] = ("Company", "School", "PublicBody", "Municipality")
"""Kinds an introduction joins (a campus is a group: it gets members, not introductions)."""

OWN_SUBTYPES: tuple[str, ...] = ("werkambassadeur",)
"""Public-body subtypes that stand for the user himself: never a reason, never suggested."""


@dataclass
class Context:
    """Numbered organisations and groups of one projection, and their sparse matrices."""

    graph: nx.MultiDiGraph
    orgs: list[str]
    org_index: dict[str, int]
    groups: list[str]
    group_index: dict[str, int]
    theme_ids: list[str]
    ecosystem_names: list[str]
    names: dict[str, str]
    kinds: np.ndarray
    eco: np.ndarray  # ecosystem number per organisation, -1 when unknown
    partners: dict[str, sp.csr_matrix]
    members: dict[str, sp.csr_matrix]
    themes: sp.csr_matrix
    blocked: sp.csr_matrix  # introductions made or declined (never suggested again)
    introductions: list[tuple[int, int, str]]  # (a, b, status) of every recorded one
    demand: np.ndarray  # +1 surplus of staff, -1 shortage, 0 unknown
    programme_sectors: sp.csr_matrix  # organisation × sector its programmes train for
    sector: sp.csr_matrix  # organisation × its own sector
    sector_names: list[str]
    own: np.ndarray  # bool: the user's own organisation(s)
    group_kind: list[str]
    group_type: list[str]  # the membership type most members have
    hub_limit: int | None = 500
    group_limit: int | None = 1000
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- derived matrices, computed once ------------------------------------------------
    def cached(self, key: str, build: Any) -> Any:
        """``build()`` once per context, kept under ``key`` (matrices derived from others).

        Examples
        --------
        >>> ctx = context(nx.MultiDiGraph(), fit={})
        >>> ctx.cached("answer", lambda: 42), ctx.cached("answer", lambda: 0)
        (42, 42)
        """
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @property
    def n(self) -> int:
        """How many organisations."""
        return len(self.orgs)

    @property
    def ties(self) -> sp.csr_matrix:
        """Organisation × organisation: 1 where any tie of :data:`TIE_TYPES` joins them."""
        def build() -> sp.csr_matrix:
            total = sp.csr_matrix((self.n, self.n))
            for m in self.partners.values():
                total = total + m
            total.data[:] = 1.0
            return total.tocsr()
        return self.cached("ties", build)

    @property
    def membership(self) -> sp.csr_matrix:
        """Organisation × group: 1 where the organisation is in the group by any type."""
        def build() -> sp.csr_matrix:
            total = sp.csr_matrix((self.n, len(self.groups)))
            for m in self.members.values():
                total = total + m
            total.data[:] = 1.0
            return total.tocsr()
        return self.cached("membership", build)

    @property
    def degree(self) -> np.ndarray:
        """Ties per organisation."""
        return self.cached("degree", lambda: np.asarray(self.ties.sum(axis=1)).ravel())

    @property
    def group_size(self) -> np.ndarray:
        """Members per group."""
        return self.cached("group_size",
                         lambda: np.asarray(self.membership.sum(axis=0)).ravel())

    @property
    def memberships_of(self) -> np.ndarray:
        """Groups per organisation."""
        return self.cached("memberships_of",
                         lambda: np.asarray(self.membership.sum(axis=1)).ravel())

    @property
    def intermediate(self) -> np.ndarray:
        """1.0 for organisations a path may pass through, 0.0 for the user's own and hubs."""
        def build() -> np.ndarray:
            ok = ~self.own
            if self.hub_limit is not None:
                ok &= self.degree <= self.hub_limit
            return ok.astype(float)
        return self.cached("intermediate", build)

    @property
    def small_groups(self) -> np.ndarray:
        """1.0 for groups small enough to say something about two of their members."""
        def build() -> np.ndarray:
            size = self.group_size
            ok = size >= 2
            if self.group_limit is not None:
                ok &= size <= self.group_limit
            # the user's own organisation as a group (rare) is never a reason either
            for g, node in enumerate(self.groups):
                i = self.org_index.get(node)
                if i is not None and self.own[i]:
                    ok[g] = False
            return ok.astype(float)
        return self.cached("small_groups", build)

    @property
    def ecosystem(self) -> sp.csr_matrix:
        """Organisation × ecosystem, one-hot (no entry when the ecosystem is unknown)."""
        def build() -> sp.csr_matrix:
            rows = np.flatnonzero(self.eco >= 0)
            return sp.csr_matrix((np.ones(len(rows)), (rows, self.eco[rows])),
                                 shape=(self.n, len(self.ecosystem_names)))
        return self.cached("ecosystem", build)

    @property
    def group_as_org(self) -> np.ndarray:
        """Per group, its number as an organisation (a campus), or -1."""
        return self.cached("group_as_org", lambda: np.array(
            [self.org_index.get(g, -1) for g in self.groups], dtype=np.int64))

    @property
    def kind_matrix(self) -> sp.csr_matrix:
        """Organisation × kind (in the order of ``ORG_KINDS``), one-hot."""
        def build() -> sp.csr_matrix:
            number = {k: i for i, k in enumerate(ORG_KINDS)}
            cols = np.array([number.get(k, -1) for k in self.kinds], dtype=np.int64)
            rows = np.flatnonzero(cols >= 0)
            return sp.csr_matrix((np.ones(len(rows)), (rows, cols[rows])),
                                 shape=(self.n, len(ORG_KINDS)))
        return self.cached("kind_matrix", build)

    @property
    def endpoints(self) -> np.ndarray:
        """Bool per organisation: may be one end of an introduction."""
        return self.cached("endpoints", lambda: np.isin(self.kinds, ENDPOINT_KINDS) & ~self.own)

    def without_ties(self, pairs: Iterable[tuple[int, int]]) -> Context:
        """The same context with the given ties removed (for fitting and evaluation).

        Examples
        --------
        >>> g = nx.MultiDiGraph()
        >>> for n in "ab": g.add_node(n, kind="Company", name=n)
        >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH")
        >>> ctx = context(g)
        >>> int(ctx.without_ties([(0, 1)]).ties.nnz)
        0
        """
        drop = sp.csr_matrix((self.n, self.n))
        pairs = list(pairs)
        if pairs:
            r, c = np.array(pairs).T
            drop = sp.csr_matrix((np.ones(2 * len(pairs)), (np.r_[r, c], np.r_[c, r])),
                                 shape=(self.n, self.n))
        keep = {t: _minus(m, drop) for t, m in self.partners.items()}
        return replace(self, partners=keep, _cache={})

    def with_introduction(self, a: int, b: int, status: str) -> Context:
        """The same context with the introduction of organisations ``a`` and ``b`` recorded
        (or its status changed), as projecting the store again after ``introduce`` would give.

        Only what introductions feed changes (``introductions`` and ``blocked``); every
        derived matrix is kept, so the next ranking costs no projection.

        Examples
        --------
        >>> g = nx.MultiDiGraph()
        >>> for n in "abc": g.add_node(n, kind="Company", name=n)
        >>> ctx = context(g, fit={}).with_introduction(2, 0, "made")
        >>> ctx.introductions, int(ctx.blocked[0, 2]), int(ctx.blocked[2, 0])
        ([(0, 2, 'made')], 1, 1)
        >>> int(ctx.with_introduction(0, 2, "proposed").blocked.nnz)
        0
        """
        pair = (min(a, b), max(a, b))
        introductions = [t for t in self.introductions if (min(t[:2]), max(t[:2])) != pair]
        introductions.append((*pair, status))
        rows: list[int] = []
        cols: list[int] = []
        for i, j, state in introductions:
            if state in ("made", "declined"):
                rows += [i, j]
                cols += [j, i]
        return replace(self, introductions=introductions,
                       blocked=_matrix(rows, cols, (self.n, self.n)))

    def without_memberships(self, pairs: Iterable[tuple[int, int]]) -> Context:
        """The same context with the given (organisation, group) memberships removed.

        Examples
        --------
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("a", kind="Company", name="A"); g.add_node("p", kind="Programme", name="P")
        >>> _ = g.add_edge("a", "p", type="SIGNED")
        >>> int(context(g).without_memberships([(0, 0)]).membership.nnz)
        0
        """
        pairs = list(pairs)
        drop = sp.csr_matrix(self.membership.shape)
        if pairs:
            r, c = np.array(pairs).T
            drop = sp.csr_matrix((np.ones(len(pairs)), (r, c)), shape=self.membership.shape)
        keep = {t: _minus(m, drop) for t, m in self.members.items()}
        return replace(self, members=keep, _cache={})


def _minus(matrix: sp.csr_matrix, drop: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` without the entries where ``drop`` has one."""
    kept = matrix - matrix.multiply(drop)
    kept.eliminate_zeros()
    return kept.tocsr()


def _matrix(rows: list[int], cols: list[int], shape: tuple[int, int],
            symmetric: bool = False) -> sp.csr_matrix:
    r = np.array(rows, dtype=np.int64)
    c = np.array(cols, dtype=np.int64)
    if symmetric:
        r, c = np.r_[r, c], np.r_[c, r]
        keep = r != c
        r, c = r[keep], c[keep]
    m = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=shape)
    m.sum_duplicates()
    m.data[:] = 1.0
    return m


def _ecosystems(nodes: dict, orgs: list[str], located: dict[str, list[str]],
                regions: dict[str, list[str]]) -> list[str]:
    """Each organisation's ecosystem, as :func:`..network.ecosystems` defines it (the first
    by name of the labour-market regions of its municipalities, or of itself for a
    municipality), from the ties the context already read."""
    names: dict[str, list[str]] = {}

    def of(municipality: str) -> list[str]:
        if municipality not in names:
            names[municipality] = [
                str(nodes[r].get("name", r)) for r in regions.get(municipality, ())
                if nodes[r].get("type") == "labour_market_region"]
        return names[municipality]

    out = []
    for o in orgs:
        if nodes[o].get("kind") == "Municipality":
            found = of(o)
        else:
            found = [name for m in located.get(o, ()) if nodes.get(m, {}).get("kind")
                     == "Municipality" for name in of(m)]
        out.append(min(found) if found else "")
    return out


def context(graph: nx.MultiDiGraph, *, own: Iterable[str] = (),
            fit: dict[str, set[str]] | None = None, hub_limit: int | None = 500,
            group_limit: int | None = 1000) -> Context:
    """Number a projection's organisations and groups and build the engine's matrices.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    own : iterable of str
        Ids of the user's own organisation(s), besides public bodies whose subtype is in
        :data:`OWN_SUBTYPES`: never a reason and never suggested.
    fit : dict, optional
        Programme → sectors it trains for (default: the shipped table).
    hub_limit, group_limit : int, optional
        Paths do not pass through organisations with more ties, nor through groups with
        more members (``None``: no limit).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="Company", name="A"); g.add_node("p", kind="Programme", name="P")
    >>> _ = g.add_edge("a", "p", type="SIGNED")
    >>> ctx = context(g)
    >>> ctx.orgs, ctx.groups, int(ctx.members["SIGNED"].nnz)
    (['a'], ['p'], 1)
    """
    if fit is None:
        from ...queries import programme_sectors

        fit = programme_sectors()
    nodes = graph._node
    orgs = sorted(n for n, d in nodes.items() if d.get("kind") in ORG_KINDS)
    org_index = {n: i for i, n in enumerate(orgs)}
    own_ids = set(own)
    tie_pairs: dict[str, tuple[list[int], list[int]]] = {t: ([], []) for t in TIE_TYPES}
    member_pairs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    theme_pairs: list[tuple[int, str]] = []
    blocked_rows: list[int] = []
    blocked_cols: list[int] = []
    introductions: list[tuple[int, int, str]] = []
    located: dict[str, list[str]] = defaultdict(list)  # organisation → its municipalities
    regions: dict[str, list[str]] = defaultdict(list)  # municipality → its regions
    memberships = frozenset(MEMBERSHIP_TYPES)
    # The adjacency read straight (as analysis.network does): at a million organisations
    # a generator per edge costs seconds.
    for u, neighbours in graph._adj.items():
        i = org_index.get(u)
        if i is None:
            continue
        for v, keyed in neighbours.items():
            if v == u:
                continue
            for data in keyed.values():
                rel = data.get("type")
                if rel in memberships:
                    member_pairs[rel].append((i, v))
                elif rel == "LOCATED_IN":
                    located[u].append(v)
                elif rel == "IN_REGION":
                    regions[u].append(v)
                elif rel in tie_pairs:
                    j = org_index.get(v)
                    if j is not None:
                        tie_pairs[rel][0].append(i)
                        tie_pairs[rel][1].append(j)
                elif rel == "WORKS_ON":
                    theme_pairs.append((i, v))
                elif rel == "INTRODUCED":
                    j = org_index.get(v)
                    if j is not None:
                        status = str(data.get("status", ""))
                        introductions.append((i, j, status))
                        if status in ("made", "declined"):
                            blocked_rows += [i, j]
                            blocked_cols += [j, i]
    eco_of = _ecosystems(nodes, orgs, located, regions)
    eco_names = sorted({e for e in eco_of if e})
    eco_number = {e: i for i, e in enumerate(eco_names)}
    groups = sorted({g for pairs in member_pairs.values() for _, g in pairs})
    group_index = {g: k for k, g in enumerate(groups)}
    type_count: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rel, pairs in member_pairs.items():
        for _, g in pairs:
            type_count[g][rel] += 1
    theme_ids = sorted({t for _, t in theme_pairs})
    theme_index = {t: k for k, t in enumerate(theme_ids)}
    n = len(orgs)

    def org_group(pairs: list[tuple[int, str]], index: dict[str, int]) -> sp.csr_matrix:
        return _matrix([i for i, _ in pairs], [index[g] for _, g in pairs], (n, len(index)))

    kinds = np.array([nodes[o].get("kind", "") for o in orgs], dtype=object)
    own_mask = np.array([o in own_ids or (nodes[o].get("kind") == "PublicBody" and str(
        nodes[o].get("subtype", "")).casefold() in OWN_SUBTYPES) for o in orgs], dtype=bool)
    demand = np.array([{"surplus": 1, "shortage": -1}.get(
        str(nodes[o].get("labour_demand", "")).casefold(), 0) for o in orgs], dtype=float)
    sectors: dict[str, int] = {}
    own_rows, own_cols, prog_rows, prog_cols = [], [], [], []
    for i, o in enumerate(orgs):
        data = nodes[o]
        sector = str(data.get("sector") or "").casefold()
        if sector and data.get("kind") != "School":
            own_rows.append(i)
            own_cols.append(sectors.setdefault(sector, len(sectors)))
        if data.get("kind") == "School":
            for programme in data.get("programmes") or []:
                for s in sorted(fit.get(str(programme).casefold(), ())):
                    prog_rows.append(i)
                    prog_cols.append(sectors.setdefault(s, len(sectors)))
    sector_names = sorted(sectors, key=sectors.__getitem__)
    return Context(
        graph=graph, orgs=orgs, org_index=org_index, groups=groups, group_index=group_index,
        theme_ids=theme_ids, ecosystem_names=eco_names,
        names={k: str(d.get("name", k)) for k, d in nodes.items()}, kinds=kinds,
        eco=np.array([eco_number.get(e, -1) for e in eco_of], dtype=np.int64),
        partners={t: _matrix(r, c, (n, n), symmetric=True) for t, (r, c) in tie_pairs.items()},
        members={t: org_group(member_pairs.get(t, []), group_index) for t in MEMBERSHIP_TYPES},
        themes=org_group(theme_pairs, theme_index),
        blocked=_matrix(blocked_rows, blocked_cols, (n, n)),
        introductions=introductions, demand=demand,
        programme_sectors=_matrix(prog_rows, prog_cols, (n, len(sectors))),
        sector=_matrix(own_rows, own_cols, (n, len(sectors))), sector_names=sector_names,
        own=own_mask, group_kind=[str(nodes[g].get("kind", "")) for g in groups],
        group_type=[max(sorted(type_count[g]), key=type_count[g].__getitem__) for g in groups],
        hub_limit=hub_limit, group_limit=group_limit)
