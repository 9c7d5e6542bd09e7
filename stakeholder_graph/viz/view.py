"""What a map shows: the selected organisations and links, positions, colours, texts.

:func:`map_view` turns a store's projection into a :class:`MapView` that both the
interactive HTML map (:mod:`.html`) and the static image (:mod:`.static`) draw, so the two
look the same. Positions are computed here: each ecosystem is laid out on its own (spring
layout, fixed seed) and the ecosystems are placed on a circle, so a map groups organisations
by ecosystem and opens at once, however large.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..analysis.network import organisation_graph, to_igraph

__all__ = ["MapView", "map_view", "KIND_STYLE", "TEXT"]

# colour, vis-network shape, matplotlib marker
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "Company": ("#1f77b4", "dot", "o"),
    "School": ("#2ca02c", "triangle", "^"),
    "PublicBody": ("#d62728", "square", "s"),
    "Municipality": ("#7f7f7f", "diamond", "D"),
    "Campus": ("#ff7f0e", "star", "*"),
}
SUGGESTION_COLOUR = "#9467bd"

TEXT = {
    "nl": {
        "kinds": {"Company": "Bedrijf", "School": "Onderwijsinstelling",
                  "PublicBody": "Publieke organisatie", "Municipality": "Gemeente",
                  "Campus": "Campus / PPS"},
        "types": {"PARTNERS_WITH": "partner van", "MEMBER_OF": "lid van",
                  "HOSTS_INTERNS_FROM": "stagiairs van", "INTRODUCED": "geïntroduceerd aan"},
        "legend": "Legenda", "link": "samenwerking", "suggestion": "voorgestelde introductie",
        "search": "Zoek organisatie…", "find": "Zoek", "kind_filter": "Soort",
        "eco_filter": "Ecosysteem", "unknown": "(onbekend)", "ecosystem": "Ecosysteem",
        "sources": "Bronnen", "title": "Netwerk arbeidsmarkt en onderwijs",
        "suggested": "Voorstel", "not_found": "niet gevonden",
    },
    "en": {
        "kinds": {"Company": "Company", "School": "School", "PublicBody": "Public body",
                  "Municipality": "Municipality", "Campus": "Campus / PPP"},
        "types": {"PARTNERS_WITH": "partners with", "MEMBER_OF": "member of",
                  "HOSTS_INTERNS_FROM": "hosts interns of", "INTRODUCED": "introduced to"},
        "legend": "Legend", "link": "working together", "suggestion": "suggested introduction",
        "search": "Find organisation…", "find": "Find", "kind_filter": "Kind",
        "eco_filter": "Ecosystem", "unknown": "(unknown)", "ecosystem": "Ecosystem",
        "sources": "Sources", "title": "Labour-market and education network",
        "suggested": "Suggestion", "not_found": "not found",
    },
}


@dataclass
class MapView:
    """Everything a map draws, in the chosen language."""

    title: str
    lang: str
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    ecosystems: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> dict[str, Any]:
        """The labels of this map's language."""
        return TEXT[self.lang]


def _select(org: nx.Graph, graph: nx.MultiDiGraph, ecosystem: str | None, around: str | None,
            depth: int, theme: str | None) -> set[str]:
    nodes = {n for n in org if org.degree(n) > 0}
    if around is not None:
        if around not in org:
            raise ValueError(f"{around!r} is not an organisation in the graph")
        nodes = set(nx.ego_graph(org, around, radius=depth))
    if ecosystem is not None:
        inside = {n for n in nodes
                  if (org.nodes[n].get("ecosystem") or "").casefold() == ecosystem.casefold()}
        if not inside:
            known = sorted({org.nodes[n].get("ecosystem") or "" for n in org} - {""})
            raise ValueError(f"no organisations in ecosystem {ecosystem!r}; ecosystems: "
                             + ", ".join(known))
        nodes = inside | {m for n in inside for m in org[n] if m in nodes}
    if theme is not None:
        theme_ids = {n for n, k in graph.nodes(data="kind") if k == "Theme" and (
            n == theme or str(graph.nodes[n].get("name", "")).casefold() == theme.casefold())}
        if not theme_ids:
            raise ValueError(f"no theme {theme!r} in the graph")
        nodes = {n for n in nodes if any(t in theme_ids for _, t, typ in
                                         graph.out_edges(n, data="type") if typ == "WORKS_ON")}
    return nodes


def _spring(sub: nx.Graph, seed: int, scale: float,
            fast_above: int = 500) -> dict[str, tuple[float, float]]:
    """A force-directed layout: NetworkX's spring layout, or igraph's (in C) for big groups.

    NetworkX's layout compares every pair of nodes: 25 s for one ecosystem of 6,000
    organisations; igraph's Fruchterman–Reingold with its grid takes about a second.
    """
    if sub.number_of_nodes() <= fast_above:
        return nx.spring_layout(sub, seed=seed, scale=scale, weight="weight")
    import numpy as np

    graph, nodes, weights = to_igraph(sub, seed)
    coords = np.array(graph.layout_fruchterman_reingold(weights=weights, grid=True).coords)
    coords -= coords.mean(axis=0)
    coords *= scale / (np.abs(coords).max() or 1.0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, coords, strict=True)}


def _layout(org: nx.Graph, nodes: set[str], seed: int) -> dict[str, tuple[float, float]]:
    groups: dict[str, list[str]] = {}
    for n in sorted(nodes):
        groups.setdefault(org.nodes[n].get("ecosystem") or "", []).append(n)
    named = sorted(g for g in groups if g)
    ring = 350 + 120 * math.sqrt(len(nodes))
    centres = {g: (ring * math.cos(2 * math.pi * i / max(len(named), 1)),
                   ring * math.sin(2 * math.pi * i / max(len(named), 1)))
               for i, g in enumerate(named)}
    centres[""] = (0.0, 0.0)
    positions: dict[str, tuple[float, float]] = {}
    for group, members in groups.items():
        # A light virtual hub keeps an ecosystem's separate clusters close together.
        sub = nx.Graph(org.subgraph(members))
        sub.add_edges_from((("\0hub", m) for m in members), weight=0.05)
        scale = 90 * math.sqrt(len(members)) + 40
        local = _spring(sub, seed, scale) if len(members) > 1 else {members[0]: (0.0, 0.0)}
        local.pop("\0hub", None)
        cx, cy = centres[group]
        for n, (x, y) in local.items():
            positions[n] = (round(float(x) + cx, 2), round(float(y) + cy, 2))
    return positions


def map_view(graph: nx.MultiDiGraph, *, ecosystem: str | None = None, around: str | None = None,
             depth: int = 1, theme: str | None = None, suggestions: Iterable[dict] = (),
             lang: str = "nl", title: str | None = None, seed: int = 1) -> MapView:
    """Select, lay out and describe the organisations a map shows.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection.
    ecosystem : str, optional
        Only this ecosystem's organisations (and their direct partners elsewhere).
    around : str, optional
        Only organisations within ``depth`` links of this one (an id).
    theme : str, optional
        Only organisations that work on this theme.
    suggestions : iterable of dict
        Suggested introductions (rows of :func:`~stakeholder_graph.analysis.suggest.suggest`)
        to draw as dashed edges; their organisations are added when missing.
    lang : {"nl", "en"}
        The language of everything the map says.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "ab": g.add_node(n, kind="Company", name=n.upper(), sources=[])
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH")
    >>> view = map_view(g)
    >>> [n["label"] for n in view.nodes], view.edges[0]["dashes"]
    (['A', 'B'], False)
    """
    if lang not in TEXT:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    text = TEXT[lang]
    org = organisation_graph(graph)
    suggestions = list(suggestions)
    nodes = _select(org, graph, ecosystem, around, depth, theme)
    nodes |= {s[k] for s in suggestions for k in ("a_id", "b_id") if s[k] in org}
    pagerank = nx.pagerank(org.subgraph(nodes)) if nodes else {}
    top = max(pagerank.values(), default=1.0) or 1.0
    positions = _layout(org, nodes, seed)
    view = MapView(title or text["title"], lang)
    for n in sorted(nodes):
        data = org.nodes[n]
        colour, shape, _ = KIND_STYLE.get(data.get("kind"), ("#333333", "dot", "o"))
        ties = []
        for m in sorted(org[n], key=lambda m: str(org.nodes[m].get("name"))):
            kinds = ", ".join(text["types"].get(t, t) for t in org.edges[n, m]["types"])
            ties.append(f"{kinds}: {org.nodes[m].get('name')}")
        sources = [":".join(str(s.get(k)) for k in ("file", "sheet", "row") if s.get(k))
                   for s in data.get("sources", [])]
        eco = data.get("ecosystem") or ""
        tooltip = [f"{data.get('name')} ({text['kinds'].get(data.get('kind'), data.get('kind'))})",
                   f"{text['ecosystem']}: {eco or text['unknown']}", *ties[:15]]
        if len(ties) > 15:
            tooltip.append(f"… +{len(ties) - 15}")
        tooltip.append(f"{text['sources']}: " + "; ".join(sources[:4]))
        x, y = positions[n]
        view.nodes.append({
            "id": n, "label": str(data.get("name", n)), "kind": data.get("kind"),
            "kind_label": text["kinds"].get(data.get("kind"), data.get("kind")),
            "ecosystem": eco or text["unknown"], "color": colour, "shape": shape,
            "size": round(10 + 30 * pagerank.get(n, 0) / top, 2), "x": x, "y": y,
            "tooltip": tooltip, "centrality": pagerank.get(n, 0.0)})
    for u, v, data in org.subgraph(nodes).edges(data=True):
        label = ", ".join(text["types"].get(t, t) for t in data["types"])
        view.edges.append({"from": u, "to": v, "dashes": False, "color": "#8c8c8c",
                           "width": 1 + min(data["weight"], 4) / 2, "tooltip": [label]})
    for s in suggestions:
        if s["a_id"] in nodes and s["b_id"] in nodes:
            view.edges.append({"from": s["a_id"], "to": s["b_id"], "dashes": True,
                               "color": SUGGESTION_COLOUR, "width": 2,
                               "tooltip": [f"{text['suggested']} {s.get('rank', '')}: "
                                           f"{s['a']} — {s['b']}", s["explanation"]]})
            view.suggestions.append(s)
    counts: dict[str, int] = {}
    for node in view.nodes:
        counts[node["ecosystem"]] = counts.get(node["ecosystem"], 0) + 1
    for eco in sorted(counts):
        members = [(n["x"], n["y"]) for n in view.nodes if n["ecosystem"] == eco]
        view.ecosystems.append({"name": eco, "count": counts[eco],
                                "x": sum(p[0] for p in members) / len(members),
                                "y": min(p[1] for p in members) - 60})
    return view
