"""Explanations: the path instances that carried a suggestion's score, in words.

Each :class:`Fact` names the relationships (``edges``: ``(from, type, to)`` as stored in the
graph) and node properties (``attributes``) it rests on, and how much of the score it
carried. An explanation lists the strongest facts, each once, so it can only say what the
graph holds; a fact resting on a relationship whose source is illustrative says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .context import MEMBERSHIP_TYPES, Context

__all__ = ["Fact", "introduction_facts", "membership_facts", "sentence", "LANGUAGES"]

LANGUAGES = ("nl", "en")
MAX_FACTS = 3
BIG_GROUP = 20  # from this size a shared group is said to be shared with many others


@dataclass(frozen=True)
class Fact:
    """One reason: its words, what it rests on and how much of the score it carried."""

    text: dict[str, str]
    weight: float
    edges: tuple[tuple[str, str, str], ...] = ()
    attributes: tuple[tuple[str, str, Any], ...] = field(default_factory=tuple)
    illustrative: bool = False

    def words(self, lang: str) -> str:
        """The fact in one language, marked when a source is illustrative."""
        mark = {"nl": " (illustratief)", "en": " (illustrative)"}[lang]
        return self.text[lang] + (mark if self.illustrative else "")


_KIND_WORDS = {  # plural nl, plural en, singular nl, singular en
    "Company": ("bedrijven", "companies", "een bedrijf", "a company"),
    "School": ("onderwijsinstellingen", "schools", "een onderwijsinstelling", "a school"),
    "PublicBody": ("overheidsorganisaties", "public bodies", "een overheidsorganisatie",
                   "a public body"),
    "Municipality": ("gemeenten", "municipalities", "een gemeente", "a municipality"),
    "Campus": ("campussen", "campuses", "een campus", "a campus"),
}


def _share(count: int, total: int, group: str, verbs: tuple[str, str, str, str], nl: str,
           en: str) -> dict[str, str]:
    """'1 van de 3 leden van X ligt …', '2 van de 3 … liggen …', 'alle 3 … liggen …'."""
    one = count == 1
    if count == total and total > 1:
        return {"nl": f"alle {total} leden van {group} {verbs[1]} {nl}",
                "en": f"all {total} members of {group} {verbs[3]} {en}"}
    return {"nl": f"{count} van de {total} leden van {group} {verbs[0] if one else verbs[1]} {nl}",
            "en": f"{count} of the {total} members of {group} {verbs[2] if one else verbs[3]} "
                  f"{en}"}
_SUBORDINATE = {  # Dutch puts the verb last after "dat"
    "MEMBER_OF": "lid is van {g}", "SIGNED": "{g} ondertekende",
    "FUNDED_BY": "gefinancierd wordt door {g}", "ATTENDED": "deelnam aan {g}",
}
_VERB = {  # membership type → (nl "X …", nl "beide …", en "X …", en "both …")
    "MEMBER_OF": ("is lid van {g}", "zijn beide lid van {g}", "is a member of {g}",
                  "are both members of {g}"),
    "SIGNED": ("ondertekende {g}", "ondertekenden beide {g}", "signed {g}", "both signed {g}"),
    "FUNDED_BY": ("wordt gefinancierd door {g}", "worden beide gefinancierd door {g}",
                  "is funded by {g}", "are both funded by {g}"),
    "ATTENDED": ("nam deel aan {g}", "namen beide deel aan {g}", "attended {g}",
                 "both attended {g}"),
}


def _and(items: list[str], lang: str) -> str:
    word = {"nl": " en ", "en": " and "}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1]


class _Graph:
    """Look-ups of one projection's relationships for explaining (sources included)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.g = ctx.graph

    def edge(self, a: str, rel: str, b: str) -> tuple[str, str, str] | None:
        """The stored direction of a relationship between ``a`` and ``b`` of type ``rel``."""
        for x, y in ((a, b), (b, a)):
            for data in self.g._adj.get(x, {}).get(y, {}).values():
                if data.get("type") == rel:
                    return (x, rel, y)
        return None

    def illustrative(self, edges: tuple[tuple[str, str, str], ...]) -> bool:
        for x, rel, y in edges:
            for data in self.g._adj[x][y].values():
                if data.get("type") == rel and "illustr" in str(data.get("source", "")).casefold():
                    return True
        return False

    def tie(self, a: str, b: str) -> tuple[tuple[str, str, str], dict[str, str]] | None:
        """The tie between two organisations in words, the right way round."""
        name = self.ctx.names
        stored = self.edge(a, "PARTNERS_WITH", b)
        if stored:
            return stored, {"nl": f"{name[a]} werkt samen met {name[b]}",
                            "en": f"{name[a]} works with {name[b]}"}
        stored = self.edge(a, "HOSTS_INTERNS_FROM", b)
        if stored and stored[0] == a:  # a hosts b's interns
            return stored, {"nl": f"{name[a]} neemt stagiairs aan van {name[b]}",
                            "en": f"{name[a]} takes interns from {name[b]}"}
        if stored:  # a is the school
            return stored, {"nl": f"{name[a]} levert stagiairs aan {name[b]}",
                            "en": f"{name[a]} sends interns to {name[b]}"}
        return None

    def membership(self, org: str, group: str) -> tuple[tuple[str, str, str], str] | None:
        for rel in MEMBERSHIP_TYPES:
            stored = self.edge(org, rel, group)
            if stored and stored[0] == org:
                return stored, rel
        return None


def _fact(graph: _Graph, text: dict[str, str], weight: float,
          edges: tuple[tuple[str, str, str], ...],
          attributes: tuple[tuple[str, str, Any], ...] = ()) -> Fact:
    return Fact(text, float(weight), edges, attributes, graph.illustrative(edges))


def _neighbours(m: Any, i: int) -> np.ndarray:
    return m.indices[m.indptr[i]:m.indptr[i + 1]]


def introduction_facts(ctx: Context, u: int, v: int, weights: dict[str, float]) -> list[Fact]:
    """The facts behind introducing organisations ``u`` and ``v`` (numbers in ``ctx``),
    strongest first, only of features with a positive weight.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "abp": g.add_node(n, kind="Company", name=n.upper())
    >>> _ = g.add_edge("a", "p", type="PARTNERS_WITH"); _ = g.add_edge("b", "p", type="PARTNERS_WITH")
    >>> [f.words("nl") for f in introduction_facts(context(g, fit={}), 0, 1, {"partners_aa": 1})]
    ['beide werken samen met P']
    """
    graph = _Graph(ctx)
    name, orgs = ctx.names, ctx.orgs
    a, b = orgs[u], orgs[v]
    facts: list[Fact] = []
    small, size = ctx.small_groups, ctx.group_size
    for t in MEMBERSHIP_TYPES:
        w = weights.get(f"shared_{t.lower()}", 0.0)
        if w <= 0:
            continue
        m = ctx.members[t]
        for k in np.intersect1d(_neighbours(m, u), _neighbours(m, v)):
            if not small[k]:
                continue
            group = ctx.groups[k]
            verb = _VERB[t]
            others = int(size[k]) - 2
            more = ({"nl": f" (met nog {others} anderen)", "en": f" (with {others} others)"}
                    if size[k] >= BIG_GROUP else {"nl": "", "en": ""})
            facts.append(_fact(graph, {
                "nl": "beide " + verb[1].format(g=name[group]).replace("beide ", "") + more["nl"],
                "en": "both " + verb[3].format(g=name[group]).replace("both ", "") + more["en"]},
                w / math.log(size[k]), ((a, t, group), (b, t, group))))
    w = weights.get("shared_themes", 0.0)
    if w > 0:
        theme_size = np.asarray(ctx.themes.sum(axis=0)).ravel()
        for k in np.intersect1d(_neighbours(ctx.themes, u), _neighbours(ctx.themes, v)):
            if theme_size[k] < 2 or (ctx.group_limit and theme_size[k] > ctx.group_limit):
                continue
            theme = ctx.theme_ids[k]
            facts.append(_fact(graph, {"nl": f"beide werken aan {name[theme]}",
                                       "en": f"both work on {name[theme]}"},
                               w / math.log(theme_size[k]),
                               ((a, "WORKS_ON", theme), (b, "WORKS_ON", theme))))
    mid, degree = ctx.intermediate, ctx.degree
    w = weights.get("partners_aa", 0.0)
    p = ctx.partners["PARTNERS_WITH"]
    if w > 0:
        for k in np.intersect1d(_neighbours(p, u), _neighbours(p, v)):
            if mid[k] and degree[k] >= 2:
                c = orgs[k]
                facts.append(_fact(graph, {"nl": f"beide werken samen met {name[c]}",
                                           "en": f"both work with {name[c]}"},
                                   w / math.log(degree[k]),
                                   (graph.edge(a, "PARTNERS_WITH", c),
                                    graph.edge(b, "PARTNERS_WITH", c))))
    w = weights.get("interns_aa", 0.0)
    i_m = ctx.partners["HOSTS_INTERNS_FROM"]
    if w > 0:
        for k in np.intersect1d(_neighbours(i_m, u), _neighbours(i_m, v)):
            if not (mid[k] and degree[k] >= 2):
                continue
            c = orgs[k]
            e1, e2 = graph.edge(a, "HOSTS_INTERNS_FROM", c), graph.edge(b, "HOSTS_INTERNS_FROM", c)
            if e1[0] == a:  # both take interns from c
                text = {"nl": f"beide nemen stagiairs aan van {name[c]}",
                        "en": f"both take interns from {name[c]}"}
            else:
                text = {"nl": f"{name[c]} neemt stagiairs aan van beide",
                        "en": f"{name[c]} takes interns from both"}
            facts.append(_fact(graph, text, w / math.log(degree[k]), (e1, e2)))
    w = weights.get("l3", 0.0)
    ties = ctx.ties
    if w > 0:
        nu, nv = _neighbours(ties, u), set(_neighbours(ties, v).tolist())
        paths = []
        for x in nu:
            if not mid[x] or x == v:
                continue
            for y in _neighbours(ties, x):
                if y in nv and mid[y] and y not in (u, v):
                    paths.append((1 / math.sqrt(degree[x] * degree[y]), int(x), int(y)))
        for share, x, y in sorted(paths, key=lambda s: (-s[0], s[1], s[2]))[:2]:
            steps = [graph.tie(a, orgs[x]), graph.tie(orgs[x], orgs[y]), graph.tie(orgs[y], b)]
            facts.append(_fact(graph, {lang: "; ".join(s[1][lang] for s in steps)
                                       for lang in LANGUAGES},
                               w * share, tuple(s[0] for s in steps)))
    w = weights.get("comember_partners", 0.0)
    if w > 0:
        facts += _comember_facts(ctx, graph, u, v, w)
    pair = _pair_facts(ctx, graph, u, v, weights)
    facts += pair
    return _strongest(facts)


def _comember_facts(ctx: Context, graph: _Graph, u: int, v: int, w: float) -> list[Fact]:
    """u shares a group with x and x has a tie with v (either way round)."""
    b, ties, mid = ctx.membership, ctx.ties, ctx.intermediate
    small, size, name, orgs = ctx.small_groups, ctx.group_size, ctx.names, ctx.orgs
    bt = ctx.cached("membership_t", lambda: ctx.membership.T.tocsr())
    found = []
    for first, last in ((u, v), (v, u)):
        partners_of_last = set(_neighbours(ties, last).tolist())
        for k in _neighbours(b, first):
            if not small[k]:
                continue
            for x in _neighbours(bt, k):
                if x in partners_of_last and mid[x] and x not in (u, v):
                    found.append((1 / size[k], first, int(k), int(x), last))
    facts = []
    for share, first, k, x, last in sorted(found, key=lambda s: (-s[0], s[2], s[3]))[:2]:
        group = ctx.groups[k]
        m1, rel = graph.membership(orgs[first], group)
        m2, _ = graph.membership(orgs[x], group)
        tie = graph.tie(orgs[x], orgs[last])
        verb = _VERB[rel]
        text = {"nl": f"{name[orgs[first]]} en {name[orgs[x]]} "
                      f"{verb[1].format(g=name[group])}; {tie[1]['nl']}",
                "en": f"{name[orgs[first]]} and {name[orgs[x]]} "
                      f"{verb[3].format(g=name[group])}; {tie[1]['en']}"}
        facts.append(_fact(graph, text, w * share, (m1, m2, tie[0])))
    return facts


def _pair_facts(ctx: Context, graph: _Graph, u: int, v: int,
                weights: dict[str, float]) -> list[Fact]:
    name, orgs, nodes = ctx.names, ctx.orgs, ctx.graph.nodes
    facts = []
    if weights.get("surplus_shortage", 0) > 0 and ctx.demand[u] * ctx.demand[v] < 0:
        spare, need = (u, v) if ctx.demand[u] > 0 else (v, u)
        facts.append(Fact({"nl": f"{name[orgs[spare]]} heeft personeel over en "
                                 f"{name[orgs[need]]} zoekt personeel",
                           "en": f"{name[orgs[spare]]} has staff to spare and "
                                 f"{name[orgs[need]]} needs staff"},
                          weights["surplus_shortage"], (),
                          ((orgs[spare], "labour_demand", "surplus"),
                           (orgs[need], "labour_demand", "shortage"))))
    if weights.get("programme_fit", 0) > 0:
        from ...queries import programme_sectors

        table = programme_sectors()
        for school, employer in ((u, v), (v, u)):
            s, e = orgs[school], orgs[employer]
            if nodes[s].get("kind") != "School" or not nodes[e].get("sector"):
                continue
            sector = str(nodes[e]["sector"])
            for programme in nodes[s].get("programmes") or []:
                if sector.casefold() in table.get(str(programme).casefold(), ()):
                    facts.append(Fact(
                        {"nl": f"de opleiding {programme} van {name[s]} past bij de sector "
                               f"{sector} van {name[e]}",
                         "en": f"the programme {programme} of {name[s]} fits the sector "
                               f"{sector} of {name[e]}"},
                        weights["programme_fit"], (),
                        ((s, "programmes", programme), (e, "sector", sector))))
                    break
    if weights.get("activity", 0) > 0:
        k_u, k_v = int(ctx.degree[u] + ctx.memberships_of[u]), int(ctx.degree[v]
                                                                   + ctx.memberships_of[v])
        if k_u and k_v:
            facts.append(Fact({"nl": f"beide zijn actief in het netwerk ({name[orgs[u]]}: {k_u}, "
                                     f"{name[orgs[v]]}: {k_v} banden)",
                               "en": f"both are active in the network ({name[orgs[u]]}: {k_u}, "
                                     f"{name[orgs[v]]}: {k_v} ties)"},
                              weights["activity"] * math.log1p(k_u) * math.log1p(k_v) / 4, (),
                              ((orgs[u], "ties", k_u), (orgs[v], "ties", k_v))))
    if weights.get("same_ecosystem", 0) > 0 and ctx.eco[u] >= 0 and ctx.eco[u] == ctx.eco[v]:
        eco = ctx.ecosystem_names[ctx.eco[u]]
        facts.append(Fact({"nl": f"beide liggen in {eco}", "en": f"both lie in {eco}"},
                          weights["same_ecosystem"], (),
                          ((orgs[u], "ecosystem", eco), (orgs[v], "ecosystem", eco))))
    return facts


def _strongest(facts: list[Fact]) -> list[Fact]:
    """Strongest first; a fact that would name a relationship again is left out."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for fact in sorted(facts, key=lambda f: -f.weight):
        if set(fact.edges) & seen:
            continue
        seen |= set(fact.edges)
        out.append(fact)
    return out


def membership_facts(ctx: Context, u: int, k: int, weights: dict[str, float]) -> list[Fact]:
    """The facts behind suggesting that organisation ``u`` joins group ``k``.

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> g = nx.MultiDiGraph()
    >>> for n in "ab": g.add_node(n, kind="Company", name=n.upper())
    >>> g.add_node("x", kind="Campus", name="X")
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH"); _ = g.add_edge("b", "x", type="MEMBER_OF")
    >>> ctx = context(g, fit={})
    >>> [f.words("nl") for f in membership_facts(ctx, 0, 0, {"partners_in": 1})]
    ['A werkt samen met B, dat lid is van X']
    """
    graph = _Graph(ctx)
    name, orgs = ctx.names, ctx.orgs
    a, group = orgs[u], ctx.groups[k]
    b, ties, small, size = ctx.membership, ctx.ties, ctx.small_groups, ctx.group_size
    bt = ctx.cached("membership_t", lambda: ctx.membership.T.tocsr())
    members = set(_neighbours(bt, k).tolist())
    facts: list[Fact] = []

    def member_words(x: str) -> tuple[tuple[str, str, str], dict[str, str]]:
        stored, rel = graph.membership(x, group)
        verb = _VERB[rel]
        return stored, {"nl": verb[0].format(g=name[group]), "en": verb[2].format(g=name[group]),
                        "sub": _SUBORDINATE[rel].format(g=name[group])}

    w = weights.get("partners_in", 0.0)
    if w > 0:
        for x in _neighbours(ties, u):
            if x in members and ctx.intermediate[x]:
                tie = graph.tie(a, orgs[x])
                stored, verb = member_words(orgs[x])
                facts.append(_fact(graph, {
                    "nl": f"{tie[1]['nl']}, dat {verb['sub']}",
                    "en": f"{tie[1]['en']}, which {verb['en']}"}, w, (tie[0], stored)))
    w_aa, w_ra = max(weights.get("cf_aa", 0.0), 0.0), max(weights.get("cf_ra", 0.0), 0.0)
    if w_aa or w_ra:
        found = []
        for k2 in _neighbours(b, u):
            if not small[k2] or k2 == k:
                continue
            for x in _neighbours(bt, k2):
                if x in members and x != u and not ctx.own[x]:
                    found.append((w_aa / math.log(size[k2]) + w_ra / size[k2], int(k2),
                                  int(x)))
        for share, k2, x in sorted(found, key=lambda s: (-s[0], s[1], s[2]))[:2]:
            other = ctx.groups[k2]
            m1, rel1 = graph.membership(a, other)
            m2, _ = graph.membership(orgs[x], other)
            stored, verb = member_words(orgs[x])
            facts.append(_fact(graph, {
                "nl": f"{name[a]} en {name[orgs[x]]} {_VERB[rel1][1].format(g=name[other])}, "
                      f"en {name[orgs[x]]} {verb['nl']}",
                "en": f"{name[a]} and {name[orgs[x]]} {_VERB[rel1][3].format(g=name[other])}, "
                      f"and {name[orgs[x]]} {verb['en']}"}, share, (m1, m2, stored)))
    total = int(size[k])
    w = weights.get("themes_fit", 0.0)
    if w > 0 and total:
        own_themes = _neighbours(ctx.themes, u)
        tt = ctx.cached("themes_t", lambda: ctx.themes.T.tocsr())
        for th in own_themes:
            on = members & set(_neighbours(tt, th).tolist())
            if on:
                theme = ctx.theme_ids[th]
                facts.append(_fact(
                    graph, _share(len(on), total, name[group],
                                  ("werkt", "werken", "works", "work"),
                                  f"aan {name[theme]}, net als {name[a]}",
                                  f"on {name[theme]}, as {name[a]} does"),
                    w * len(on) / total, ((a, "WORKS_ON", theme),)
                    + tuple((orgs[x], "WORKS_ON", theme) for x in sorted(on)), ()))
    w = weights.get("ecosystem_share", 0.0)
    if w > 0 and total and ctx.eco[u] >= 0:
        same = [x for x in members if ctx.eco[x] == ctx.eco[u]]
        if same:
            eco = ctx.ecosystem_names[ctx.eco[u]]
            facts.append(Fact(
                _share(len(same), total, name[group], ("ligt", "liggen", "lies", "lie"),
                       f"in {eco}, net als {name[a]}", f"in {eco}, as {name[a]} does"),
                w * len(same) / total, (),
                ((a, "ecosystem", eco),) + tuple((orgs[x], "ecosystem", eco) for x in same)))
    w = weights.get("kind_share", 0.0)
    if w > 0 and total:
        kind = ctx.kinds[u]
        alike = [x for x in members if ctx.kinds[x] == kind]
        if alike:
            word = _KIND_WORDS.get(kind, (kind, kind, kind, kind))
            one = len(alike) == 1
            facts.append(Fact(
                _share(len(alike), total, name[group], ("is", "zijn", "is", "are"),
                       f"{word[2] if one else word[0]}, net als {name[a]}",
                       f"{word[3] if one else word[1]}, as {name[a]} is"),
                w * len(alike) / total, (),
                ((a, "kind", kind),) + tuple((orgs[x], "kind", kind) for x in alike)))
    w = weights.get("group_size", 0.0)
    if w > 0 and total:
        facts.append(Fact({"nl": f"{name[group]} heeft al {total} leden",
                           "en": f"{name[group]} already has {total} members"},
                          w * math.log1p(total), (), ((group, "members", total),)))
    return _strongest(facts)


def sentence(facts: list[Fact], lang: str = "nl", limit: int = MAX_FACTS) -> str:
    """Join the strongest facts into one explanation.

    Examples
    --------
    >>> sentence([Fact({"nl": "beide werken aan klimaat", "en": "both work on klimaat"}, 1.0)])
    'beide werken aan klimaat'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    return "; ".join(f.words(lang) for f in facts[:limit])
