"""Who to connect next: ranked, explained introductions, and campus memberships.

Score
-----
A suggested introduction between organisations *u* and *v* that have no link yet scores ::

    score = w_themes     · shared themes
          + w_campuses   · shared campuses
          + w_programmes · shared programmes, funds and manifests (SIGNED, FUNDED_BY)
          + w_events     · shared events (ATTENDED)
          + w_partners   · Adamic–Adar over common partners  (Σ 1 / log degree(w))
          + w_roles      · complementary roles (surplus ↔ shortage; school ↔ employer;
                           social-domain body (UWV, WSP, mobility team) ↔ employer)
          + w_fit        · a school's programme fits the employer's sector

where the last two (complementary) terms count in full only when the pair shares something
(a theme, campus, programme, event or partner); for two organisations that share nothing
they are multiplied by ``w_unrelated`` (0.25): complementary roles alone are a weak reason,
and the evaluation (``bench/suggest_quality.py``) showed them crowding out pairs that
share partners.

with the weights in :data:`DEFAULT_WEIGHTS` (configurable). Every term comes from a fact in
the graph, and the explanation names exactly those facts, in Dutch or English.

Candidates
----------
Pairs are never enumerated over all organisations. The candidates of *u* are organisations
two links away (skipping hubs of more than ``hub_limit`` links), fellow members of *u*'s
themes, campuses, programmes and events (at most ``group_limit`` per group, a seeded sample
of larger groups), and, for complementary roles, up to ``group_limit`` organisations of the
matching role. Pairs already linked, or whose introduction is recorded as made or declined,
are left out. By default only pairs in two different (known) ecosystems are kept.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import networkx as nx
import pandas as pd

from .network import _out_edges, organisation_graph

__all__ = ["DEFAULT_WEIGHTS", "Evidence", "suggest", "suggest_campuses", "explain",
           "Context", "context", "score_pair", "adamic_adar_scores"]

DEFAULT_WEIGHTS: dict[str, float] = {
    "themes": 1.0,
    "campuses": 1.5,
    "programmes": 0.5,
    "events": 0.5,
    "partners": 2.0,
    "roles": 1.0,
    "fit": 1.5,
    "unrelated": 0.25,
}
EMPLOYERS = ("Company",)
AFFILIATIONS = {"WORKS_ON": "themes", "MEMBER_OF": "campuses", "SIGNED": "programmes",
                "FUNDED_BY": "programmes", "ATTENDED": "events"}


class _Affiliations(dict):
    """Organisation → {"themes": {...}, "campuses": {...}, …}; an organisation without any
    gets one shared empty mapping (a million of them would each cost a dict)."""

    _NONE: Mapping[str, set[str]] = MappingProxyType({})

    def __missing__(self, node: str) -> Mapping[str, set[str]]:
        return self._NONE


@dataclass
class Context:
    """What scoring needs, read once from the projection."""

    graph: nx.MultiDiGraph
    org: nx.Graph
    affiliations: dict[str, dict[str, set[str]]]
    members: dict[str, set[str]]
    blocked: set[frozenset[str]]
    fit: dict[str, set[str]]
    names: dict[str, str]
    _sorted: dict[str, list[str]] = field(default_factory=dict)
    _roles: dict[str, str] = field(default_factory=dict)

    def member_list(self, group: str) -> list[str]:
        """The members of a theme, campus, programme or event, sorted (computed once)."""
        if group not in self._sorted:
            self._sorted[group] = sorted(self.members[group])
        return self._sorted[group]


@dataclass
class Evidence:
    """The facts behind one suggested introduction."""

    themes: list[str] = field(default_factory=list)
    campuses: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    adamic_adar: float = 0.0
    roles: list[tuple[str, str, str]] = field(default_factory=list)
    fit: list[tuple[str, str, str, str]] = field(default_factory=list)

    def score(self, weights: Mapping[str, float]) -> float:
        """The weighted score of this evidence."""
        w = {**DEFAULT_WEIGHTS, **weights}
        shared = (w["themes"] * len(self.themes) + w["campuses"] * len(self.campuses)
                  + w["programmes"] * len(self.programmes) + w["events"] * len(self.events)
                  + w["partners"] * self.adamic_adar)
        complementary = w["roles"] * len(self.roles) + w["fit"] * min(len(self.fit), 1)
        return shared + complementary * (1.0 if shared > 0 else w["unrelated"])


def context(graph: nx.MultiDiGraph, fit: Mapping[str, set[str]] | None = None) -> Context:
    """Read what scoring needs from a projection (the organisation network, affiliations).

    Examples
    --------
    >>> g = nx.MultiDiGraph(); g.add_node("a", kind="Company", name="A")
    >>> context(g).names["a"]
    'A'
    """
    if fit is None:
        from ..queries import programme_sectors

        fit = programme_sectors()
    org = organisation_graph(graph)
    affiliations = _Affiliations()
    members: dict[str, set[str]] = defaultdict(set)
    blocked: set[frozenset[str]] = set()
    for u, v, data in _out_edges(graph):
        kind = AFFILIATIONS.get(data.get("type", ""))
        if kind and u in org:
            groups = affiliations.get(u)
            if groups is None:
                groups = affiliations[u] = defaultdict(set)
            groups[kind].add(v)
            members[v].add(u)
        if data.get("type") == "INTRODUCED" and data.get("status") in ("made", "declined"):
            blocked.add(frozenset((u, v)))
    names = {n: str(graph.nodes[n].get("name", n)) for n in graph}
    return Context(graph, org, affiliations, members, blocked, dict(fit), names)


SOCIAL_DOMAIN = ("uwv", "wsp", "mobiliteitsteam")
"""Subtypes of public bodies that help employers recruit and retrain (the social domain)."""


def _role_of(ctx: Context, node: str) -> str:
    role = ctx._roles.get(node)
    if role is None:  # remembered: scoring asks for the same organisations again and again
        data = ctx.org.nodes[node]
        if data.get("kind") == "Company":
            role = data.get("labour_demand") or "employer"
        elif data.get("kind") == "PublicBody":
            social = str(data.get("subtype", "")).casefold() in SOCIAL_DOMAIN
            role = "PublicBody" if social else "other"
        else:
            role = data.get("kind", "")
        ctx._roles[node] = role
    return role


def score_pair(ctx: Context, u: str, v: str) -> Evidence:
    """Collect the evidence for introducing ``u`` and ``v``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in ("a", "b", "p"): g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> score_pair(context(g, fit={}), "a", "b").partners
    ['P']
    """
    ev = Evidence()
    au, av = ctx.affiliations[u], ctx.affiliations[v]
    for kind in ("themes", "campuses", "programmes", "events"):
        shared = au[kind] & av[kind] if kind in au and kind in av else None
        if shared:
            setattr(ev, kind, sorted(ctx.names[x] for x in shared))
    adj = ctx.org._adj  # plain dicts: this runs for every candidate pair of a big network
    common = adj[u].keys() & adj[v].keys()
    if common:
        ordered = sorted(common, key=ctx.names.__getitem__)
        ev.partners = [ctx.names[w] for w in ordered]
        ev.adamic_adar = sum(1 / math.log(len(adj[w])) for w in ordered if len(adj[w]) > 1)
    ru, rv = _role_of(ctx, u), _role_of(ctx, v)
    for a, b, ra, rb in ((u, v, ru, rv), (v, u, rv, ru)):
        if ra == "surplus" and rb == "shortage":
            ev.roles.append(("surplus-shortage", a, b))
        elif ra == "School" and rb in ("employer", "shortage", "surplus"):
            ev.roles.append(("school-employer", a, b))
        elif ra == "PublicBody" and rb in ("employer", "shortage", "surplus"):
            ev.roles.append(("public-employer", a, b))
    for school, employer in ((u, v), (v, u)):
        if (ru if school == u else rv) != "School":
            continue
        sector = str(ctx.org.nodes[employer].get("sector", "")).casefold()
        if not sector:
            continue
        for programme in ctx.org.nodes[school].get("programmes", []):
            if sector in ctx.fit.get(programme.casefold(), set()):
                ev.fit.append((school, programme, employer,
                               ctx.org.nodes[employer].get("sector")))
    return ev


_TEXT = {
    "nl": {
        "themes": "beide werken aan {}", "campuses": "beide zijn betrokken bij {}",
        "programmes": "beide zijn verbonden aan {}", "events": "beide namen deel aan {}",
        "partner1": "{} werkt met beide samen", "partnerN": "{} werken met beide samen",
        "surplus-shortage": "{} heeft personeel over en {} zoekt personeel",
        "school-employer": "{} leidt op voor werkgevers als {}",
        "public-employer": "{} kan {} helpen met werving en omscholing",
        "fit": "de opleiding {} van {} past bij de sector {} van {}",
        "and": " en ",
    },
    "en": {
        "themes": "both work on {}", "campuses": "both take part in {}",
        "programmes": "both are tied to {}", "events": "both attended {}",
        "partner1": "{} works with both", "partnerN": "{} work with both",
        "surplus-shortage": "{} has staff to spare and {} needs staff",
        "school-employer": "{} trains people for employers such as {}",
        "public-employer": "{} can help {} with recruiting and retraining",
        "fit": "the programme {} of {} fits the sector {} of {}",
        "and": " and ",
    },
}


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _TEXT[lang]["and"] + items[-1]


def explain(ctx: Context, ev: Evidence, lang: str = "nl") -> str:
    """Say in words why two organisations should meet, from the evidence only.

    Examples
    --------
    >>> g = nx.MultiDiGraph(); g.add_node("a", kind="Company", name="A")
    >>> explain(context(g, fit={}), Evidence(themes=["energietransitie"], partners=["Tata Steel"]))
    'beide werken aan energietransitie; Tata Steel werkt met beide samen'
    """
    if lang not in _TEXT:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    t = _TEXT[lang]
    parts = [t[kind].format(_join(getattr(ev, kind), lang))
             for kind in ("themes", "campuses", "programmes", "events") if getattr(ev, kind)]
    if ev.partners:
        shown = ev.partners[:3]
        parts.append(t["partner1" if len(shown) == 1 else "partnerN"].format(_join(shown, lang)))
    for role, a, b in ev.roles:
        parts.append(t[role].format(ctx.names[a], ctx.names[b]))
    for school, programme, employer, sector in ev.fit[:1]:
        parts.append(t["fit"].format(programme, ctx.names[school], sector, ctx.names[employer]))
    return "; ".join(parts)


def adamic_adar_scores(org: nx.Graph, hub_limit: int | None = None) -> dict[tuple, float]:
    """Adamic–Adar of every unlinked pair with a common partner, from neighbourhoods only.

    Walks each organisation's neighbours instead of all pairs, so the cost grows with the
    sum of squared degrees, not with n². Every pair it leaves out has index 0. Hubs of more
    than ``hub_limit`` links are skipped (exact when ``None``).

    Examples
    --------
    >>> adamic_adar_scores(nx.path_graph(3))
    {(0, 2): 1.4426950408889634}
    """
    scores: dict[tuple, float] = defaultdict(float)
    for w in org:
        neighbours = sorted(org[w])
        degree = len(neighbours)
        if degree < 2 or (hub_limit is not None and degree > hub_limit):
            continue
        share = 1 / math.log(degree)
        for i, u in enumerate(neighbours):
            for v in neighbours[i + 1:]:
                if not org.has_edge(u, v):
                    scores[(u, v)] += share
    return dict(scores)


def _sample(items: list[str], limit: int, rng: random.Random) -> list[str]:
    """Up to ``limit`` items of a sorted list, a seeded sample when there are more."""
    return items if len(items) <= limit else rng.sample(items, limit)


def _candidates(ctx: Context, u: str, hub_limit: int, group_limit: int,
                rng: random.Random, by_role: dict[str, list[str]]) -> set[str]:
    found: set[str] = set()
    adj = ctx.org._adj
    for w in adj[u]:
        if len(adj[w]) <= hub_limit:
            found.update(adj[w])
    for groups in ctx.affiliations[u].values():
        for group in sorted(groups):
            found.update(_sample(ctx.member_list(group), group_limit, rng))
    role = _role_of(ctx, u)
    wanted = {"surplus": ["shortage"], "shortage": ["surplus"],
              "School": ["employer", "shortage", "surplus"],
              "PublicBody": ["employer", "shortage", "surplus"],
              "employer": ["School", "PublicBody"]}.get(role, [])
    for other in wanted:
        found.update(_sample(by_role.get(other, []), group_limit, rng))
    found.discard(u)
    return found  # all organisations: neighbours, group members and roles come from ctx.org


def suggest(graph: nx.MultiDiGraph, *, for_org: str | None = None,
            from_ecosystem: str | None = None, to_ecosystem: str | None = None,
            kinds: Iterable[str] | None = None, theme: str | None = None,
            cross_ecosystem: bool = True, top: int | None = 10,
            weights: Mapping[str, float] | None = None, lang: str = "nl",
            hub_limit: int = 500, group_limit: int = 200, seed: int = 0,
            ctx: Context | None = None) -> pd.DataFrame:
    """Rank introductions between organisations that have no link yet, with explanations.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    for_org : str, optional
        Only introductions for this organisation (id).
    from_ecosystem, to_ecosystem : str, optional
        Only pairs with one side in ``from_ecosystem`` and the other in ``to_ecosystem``.
    kinds : iterable of str, optional
        Only pairs whose other side (or both sides) is of these kinds.
    theme : str, optional
        Only pairs that share this theme (name or id).
    cross_ecosystem : bool
        Keep only pairs in two different known ecosystems (default).
    top : int, optional
        How many to return (all when ``None``).
    weights : mapping, optional
        Overrides of :data:`DEFAULT_WEIGHTS`.
    lang : {"nl", "en"}
        Language of the explanations.

    Returns
    -------
    pandas.DataFrame
        ``rank``, ``a_id``, ``a``, ``a_ecosystem``, ``b_id``, ``b``, ``b_ecosystem``,
        ``score``, ``explanation`` and the evidence columns ``themes``, ``campuses``,
        ``programmes``, ``events``, ``partners``, ``adamic_adar``, ``roles``, ``fit``.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     top = suggest(store.to_networkx(), top=3)
    >>> len(top), bool((top["a_ecosystem"] != top["b_ecosystem"]).all())
    (3, True)
    """
    ctx = ctx or context(graph)
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    unknown = set(weights) - set(DEFAULT_WEIGHTS)
    if unknown:
        raise ValueError(f"unknown weight {sorted(unknown)[0]!r}; weights: "
                         f"{', '.join(DEFAULT_WEIGHTS)}")
    rng = random.Random(seed)
    eco = {n: ctx.org.nodes[n].get("ecosystem") or "" for n in ctx.org}
    folded = {n: e.casefold() for n, e in eco.items()}
    kinds = set(kinds) if kinds else None
    theme_id = _find_theme(ctx, theme) if theme else None
    by_role: dict[str, list[str]] = defaultdict(list)
    for n in sorted(ctx.org):
        by_role[_role_of(ctx, n)].append(n)
    sources = [for_org] if for_org else sorted(ctx.org)
    if for_org and for_org not in ctx.org:
        raise ValueError(f"{for_org!r} is not an organisation in the graph")
    seen: set[frozenset[str]] = set()
    ranked: list[tuple[float, str, str, Evidence]] = []
    ends = {e.casefold() for e in (from_ecosystem, to_ecosystem) if e}
    # With both ecosystems named, only their organisations can be the other side.
    inside = ({n for n, e in folded.items() if e in ends}
              if from_ecosystem and to_ecosystem and not for_org else None)
    for u in sources:
        if ends and not for_org and folded[u] not in ends:
            continue
        candidates = _candidates(ctx, u, hub_limit, group_limit, rng, by_role)
        if inside is not None:
            candidates &= inside
        for v in candidates:
            # The ecosystem test first: on a big network most candidates fail it, and
            # remembering them as seen pairs would take gigabytes.
            if not _wanted(folded[u], folded[v], cross_ecosystem, from_ecosystem,
                           to_ecosystem):
                continue
            pair = frozenset((u, v))
            if pair in seen or ctx.org.has_edge(u, v) or pair in ctx.blocked:
                continue
            seen.add(pair)
            if kinds and not ({ctx.org.nodes[v]["kind"]} & kinds if for_org
                              else {ctx.org.nodes[u]["kind"], ctx.org.nodes[v]["kind"]} & kinds):
                continue
            if theme_id and not (theme_id in ctx.affiliations[u].get("themes", set())
                                 and theme_id in ctx.affiliations[v].get("themes", set())):
                continue
            ev = score_pair(ctx, u, v)
            score = ev.score(weights)
            if score <= 0:
                continue
            a, b = (u, v) if for_org or (eco[u], u) <= (eco[v], v) else (v, u)
            ranked.append((-round(score, 6), a, b, ev))
            if top is not None and len(ranked) > 4 * top + 1000:
                ranked = sorted(ranked, key=_order)[:top]  # keep memory flat on big networks
    columns = ["rank", "a_id", "a", "a_ecosystem", "b_id", "b", "b_ecosystem", "score",
               "explanation", "themes", "campuses", "programmes", "events", "partners",
               "adamic_adar", "roles", "fit"]
    ranked = sorted(ranked, key=_order)[:top] if top is not None else sorted(ranked, key=_order)
    if not ranked:
        return pd.DataFrame(columns=columns)
    rows = [{"rank": rank, "a_id": a, "a": ctx.names[a], "a_ecosystem": eco[a], "b_id": b,
             "b": ctx.names[b], "b_ecosystem": eco[b], "score": -negative,
             "explanation": explain(ctx, ev, lang),
             "themes": ev.themes, "campuses": ev.campuses, "programmes": ev.programmes,
             "events": ev.events, "partners": ev.partners,
             "adamic_adar": round(ev.adamic_adar, 6), "roles": [r for r, _, _ in ev.roles],
             "fit": [f"{p} → {s}" for _, p, _, s in ev.fit]}
            for rank, (negative, a, b, ev) in enumerate(ranked, start=1)]
    frame = pd.DataFrame(rows, columns=columns)
    return frame[columns].reset_index(drop=True)


def _order(item: tuple[float, str, str, Evidence]) -> tuple[float, str, str]:
    """Highest score first, then by the two ids: the order suggestions are listed in."""
    return item[0], item[1], item[2]


def _wanted(eu: str, ev: str, cross: bool, from_eco: str | None, to_eco: str | None) -> bool:
    """Whether a pair in ecosystems ``eu`` and ``ev`` (case-folded) passes the filters."""
    if cross and (not eu or not ev or eu == ev):
        return False
    if from_eco and to_eco:
        f, t = from_eco.casefold(), to_eco.casefold()
        return (eu, ev) in ((f, t), (t, f))
    if from_eco:
        return from_eco.casefold() in (eu, ev)
    if to_eco:
        return to_eco.casefold() in (eu, ev)
    return True


def _find_theme(ctx: Context, theme: str) -> str:
    for node, kind in ctx.graph.nodes(data="kind"):
        if kind == "Theme" and (node == theme or ctx.names[node].casefold() == theme.casefold()):
            return node
    raise ValueError(f"no theme {theme!r} in the graph")


def suggest_campuses(graph: nx.MultiDiGraph, *, for_org: str | None = None, top: int | None = 10,
                     lang: str = "nl", ctx: Context | None = None) -> pd.DataFrame:
    """Suggest campus memberships: organisations that fit a campus they are not part of.

    A candidate is an organisation with a partner among the campus's members, or one in
    the campus's ecosystem that shares a theme with the campus or its members. It scores
    ``2 · partners in the campus + shared themes + 1 if in the same ecosystem``.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     frame = suggest_campuses(store.to_networkx(), top=5)
    >>> list(frame.columns)[:4]
    ['rank', 'org_id', 'org', 'campus_id']
    """
    ctx = ctx or context(graph)
    eco = {n: ctx.org.nodes[n].get("ecosystem") or "" for n in ctx.org}
    words = {"nl": ("{} partner(s) zitten al in {}: {}", "werkt aan {} zoals {}",
                    "ligt in hetzelfde ecosysteem ({})"),
             "en": ("{} partner(s) already take part in {}: {}", "works on {} like {}",
                    "lies in the same ecosystem ({})")}[lang]
    rows = []
    campuses = [n for n in ctx.org if ctx.org.nodes[n].get("kind") == "Campus"]
    for campus in campuses:
        members = ctx.members.get(campus, set())
        campus_themes = set(ctx.affiliations[campus].get("themes", set()))
        for m in members:
            if m in ctx.affiliations:
                campus_themes |= ctx.affiliations[m].get("themes", set())
        candidates = {w for m in members if m in ctx.org for w in ctx.org[m]}
        candidates |= {n for n in ctx.org if eco[n] and eco[n] == eco[campus]
                       and ctx.affiliations[n].get("themes", set()) & campus_themes}
        for n in sorted(candidates - members - {campus}):
            if for_org and n != for_org:
                continue
            if ctx.org.nodes[n].get("kind") in ("Campus", "Municipality") and n != for_org:
                continue
            partners = sorted(ctx.names[m] for m in set(ctx.org[n]) & members)
            themes = sorted(ctx.names[t] for t in ctx.affiliations[n].get("themes", set())
                            & campus_themes)
            same = bool(eco[n]) and eco[n] == eco[campus]
            score = 2 * len(partners) + len(themes) + (1 if same else 0)
            if not partners and not themes:
                continue
            parts = []
            if partners:
                parts.append(words[0].format(len(partners), ctx.names[campus],
                                             _join(partners, lang)))
            if themes:
                parts.append(words[1].format(_join(themes, lang), ctx.names[campus]))
            if same:
                parts.append(words[2].format(eco[n]))
            rows.append({"org_id": n, "org": ctx.names[n], "campus_id": campus,
                         "campus": ctx.names[campus], "score": float(score),
                         "explanation": "; ".join(parts)})
    columns = ["rank", "org_id", "org", "campus_id", "campus", "score", "explanation"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows).sort_values(["score", "org_id", "campus_id"],
                                           ascending=[False, True, True])
    if top is not None:
        frame = frame.head(top)
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame[columns].reset_index(drop=True)
