"""What a map shows: the selected organisations and links, positions, colours, texts.

:func:`map_view` turns a store's projection into a :class:`MapView` that the interactive
HTML maps (:mod:`.html` with vis-network, :mod:`.sigma` with sigma.js for big networks),
the static image and the slides (:mod:`.static`) all draw, so they look the same.
Positions are computed here (:mod:`.layout`): every ecosystem gets its own round area with
its organisations inside, the areas arranged roughly as the regions lie in the province.

An organisation's ecosystem on a map is its labour-market region as
:func:`~stakeholder_graph.analysis.network.ecosystems` defines it; a public body with no
location of its own (an UWV office, a Werkgeversservicepunt, a mobility team) takes the
labour-market region it SERVES.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..analysis.network import ORGANISATION_KINDS, is_link, organisation_graph
from ..graph.model import paused_gc
from .layout import REGION_ANCHORS, ecosystem_layout

__all__ = ["MapView", "map_view", "map_ecosystems", "KIND_STYLE", "TEXT", "SUGGESTION_COLOUR",
           "CROSS_COLOUR", "LINK_COLOUR", "NEW_COLOUR", "AREA_COLOURS", "TIE_TYPES",
           "tie_key"]

# colour, vis-network shape, matplotlib marker
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "Company": ("#1f77b4", "dot", "o"),
    "School": ("#2ca02c", "triangle", "^"),
    "PublicBody": ("#d62728", "square", "s"),
    "Municipality": ("#7f7f7f", "diamond", "D"),
    "Campus": ("#ff7f0e", "star", "*"),
}
SUGGESTION_COLOUR = "#9467bd"
LINK_COLOUR = "#b4b4b4"
CROSS_COLOUR = "#e6550d"
"""Links across ecosystems stand out: they are what the werkambassadeur works on."""
NEW_COLOUR = "#d4008c"
"""Ties that began in a period (``new_ties``): a strong magenta, thicker than any other line."""
NEW_WIDTH = 5.0
TIE_TYPES: tuple[str, ...] = ("PARTNERS_WITH", "HOSTS_INTERNS_FROM", "MEMBER_OF")
"""The relationships a map can mark as new ties (an introduction is never a tie)."""
AREA_COLOURS = ["#e8f1fa", "#eaf6e6", "#fdf0e2", "#f3ebf7", "#fbe9ec", "#e9f6f5", "#f6f4e4",
                "#eeeeee"]

# One line per tie, from the organisation whose tooltip it is: (forward, backward)
_TIES = {
    "nl": {"PARTNERS_WITH": ("partner van {}", "partner van {}"),
           "MEMBER_OF": ("lid van {}", "heeft als lid {}"),
           "HOSTS_INTERNS_FROM": ("neemt stagiairs aan van {}", "levert stagiairs aan {}"),
           "INTRODUCED": ("geïntroduceerd bij {}", "geïntroduceerd bij {}")},
    "en": {"PARTNERS_WITH": ("partner of {}", "partner of {}"),
           "MEMBER_OF": ("member of {}", "has as member {}"),
           "HOSTS_INTERNS_FROM": ("takes interns from {}", "sends interns to {}"),
           "INTRODUCED": ("introduced to {}", "introduced to {}")},
}

TEXT = {
    "nl": {
        "kinds": {"Company": "Bedrijf", "School": "Onderwijsinstelling",
                  "PublicBody": "Publieke organisatie", "Municipality": "Gemeente",
                  "Campus": "Campus / PPS"},
        "types": {"PARTNERS_WITH": "partner van", "MEMBER_OF": "lid van",
                  "HOSTS_INTERNS_FROM": "neemt stagiairs aan van",
                  "INTRODUCED": "geïntroduceerd bij"},
        "legend": "Legenda", "link": "samenwerking", "suggestion": "voorgestelde introductie",
        "cross": "samenwerking tussen ecosystemen",
        "search": "Zoek organisatie…", "find": "Zoek", "kind_filter": "Soort",
        "eco_filter": "Ecosysteem", "unknown": "Zonder regio", "ecosystem": "Ecosysteem",
        "serves": "bedient deze regio",
        "sources": "Bronnen", "title": "Netwerk arbeidsmarkt en onderwijs",
        "suggested": "Voorstel", "not_found": "niet gevonden",
        "suggestions": "Voorgestelde introducties", "why": "Waarom",
        "path": "Verbonden via", "no_path": "nog geen verbinding in het netwerk",
        "isolated": "{} organisaties zonder relaties (getekend in hun ecosysteem)",
        "isolated_one": "1 organisatie zonder relaties (getekend in haar ecosysteem)",
        "municipalities": "{} gemeenten zonder relaties niet getekend",
        "found": "{} gevonden", "reset": "Alles tonen", "introduction": "Introductie",
        "more": "en {} meer",
        "new": "nieuw", "new_since": "nieuw sinds {date}", "new_one": "{label}: 1 band",
        "new_many": "{label}: {n} banden",
        "new_none": "{label}: geen nieuwe banden",
    },
    "en": {
        "kinds": {"Company": "Company", "School": "School", "PublicBody": "Public body",
                  "Municipality": "Municipality", "Campus": "Campus / PPP"},
        "types": {"PARTNERS_WITH": "partner of", "MEMBER_OF": "member of",
                  "HOSTS_INTERNS_FROM": "takes interns from", "INTRODUCED": "introduced to"},
        "legend": "Legend", "link": "working together", "suggestion": "suggested introduction",
        "cross": "working together across ecosystems",
        "search": "Find organisation…", "find": "Find", "kind_filter": "Kind",
        "eco_filter": "Ecosystem", "unknown": "No region", "ecosystem": "Ecosystem",
        "serves": "serves this region",
        "sources": "Sources", "title": "Labour-market and education network",
        "suggested": "Suggestion", "not_found": "not found",
        "suggestions": "Suggested introductions", "why": "Why",
        "path": "Connected through", "no_path": "no connection in the network yet",
        "isolated": "{} organisations without ties (drawn in their ecosystem)",
        "isolated_one": "1 organisation without ties (drawn in its ecosystem)",
        "municipalities": "{} municipalities without ties not drawn",
        "found": "{} found", "reset": "Show all", "introduction": "Introduction",
        "more": "and {} more",
        "new": "new", "new_since": "new since {date}", "new_one": "{label}: 1 tie",
        "new_many": "{label}: {n} ties",
        "new_none": "{label}: no new ties",
    },
}


@dataclass
class MapView:
    """Everything a map draws, in the chosen language.

    ``nodes`` carry ``id, label, aliases, kind, ecosystem, x, y, size, colour, tooltip,
    centrality``; ``edges`` ``from, to, cross`` (across ecosystems) and ``dashes`` (a
    suggestion); ``ecosystems`` each area's ``name, count, x, y, r, colour``; ``suggestions``
    the rows of ``api.suggest`` drawn, each with the ``path`` that already joins the pair.
    An edge with ``new`` (the number of its ties that are new) is drawn as a new tie.
    """

    title: str
    lang: str
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    ecosystems: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    isolated: int = 0
    """Organisations drawn that have no ties."""
    municipalities_left_out: int = 0
    """Municipalities without ties, not drawn (counted in the legend)."""
    new_label: str | None = None
    """What the new ties are new since (``nieuw sinds 1 september 2026``); None: none marked."""
    new_ties: int = 0
    """How many new ties (relationships) the drawn lines carry."""

    @property
    def text(self) -> dict[str, Any]:
        """The labels of this map's language."""
        return TEXT[self.lang]

    def legend_notes(self) -> list[str]:
        """The legend's lines about what the map leaves out or draws without ties."""
        text, notes = self.text, []
        if self.isolated == 1:
            notes.append(text["isolated_one"])
        elif self.isolated:
            notes.append(text["isolated"].format(self.isolated))
        if self.municipalities_left_out:
            notes.append(text["municipalities"].format(self.municipalities_left_out))
        if self.new_label is not None and not self.new_ties:
            notes.append(text["new_none"].format(label=self.new_label))
        return notes

    def new_legend(self) -> str | None:
        """The legend's line for the new ties (``nieuw sinds …: 12 banden``), when drawn."""
        if self.new_label is None or not self.new_ties:
            return None
        key = "new_one" if self.new_ties == 1 else "new_many"
        return self.text[key].format(label=self.new_label, n=self.new_ties)


def map_ecosystems(graph: nx.MultiDiGraph, org: nx.Graph) -> dict[str, str | None]:
    """Every organisation's ecosystem for a map: its region, else the region it serves.

    ``org`` is :func:`~stakeholder_graph.analysis.network.organisation_graph` of ``graph``
    (it carries each organisation's ``ecosystem``). A public body without a location of
    its own takes the labour-market region it SERVES (the first by name if several).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("cbs:AM18", kind="Region", name="Groot Amsterdam", type="labour_market_region")
    >>> g.add_node("slug:uwv", kind="PublicBody", name="UWV Groot Amsterdam")
    >>> _ = g.add_edge("slug:uwv", "cbs:AM18", type="SERVES")
    >>> map_ecosystems(g, organisation_graph(g))["slug:uwv"]
    'Groot Amsterdam'
    """
    result: dict[str, str | None] = {}
    for node, eco in org.nodes(data="ecosystem"):
        if eco is None and org.nodes[node].get("kind") == "PublicBody":
            served = sorted(str(graph.nodes[r].get("name", r))
                            for _, r, t in graph.out_edges(node, data="type")
                            if t == "SERVES"
                            and graph.nodes[r].get("type") == "labour_market_region")
            eco = served[0] if served else None
        result[node] = eco
    return result


def tie_key(start: str, end: str, key: str) -> tuple[str, str, str, str]:
    """A projected relationship (its ends and its graph key) as ``diff`` names it:
    ``(type, start, end, key)``.

    Examples
    --------
    >>> tie_key("slug:a", "slug:b", "PARTNERS_WITH")
    ('PARTNERS_WITH', 'slug:a', 'slug:b', '')
    >>> tie_key("slug:a", "brin:25PZ", "HOSTS_INTERNS_FROM:techniek")
    ('HOSTS_INTERNS_FROM', 'slug:a', 'brin:25PZ', 'techniek')
    """
    rel_type, _, disc = key.partition(":")
    return rel_type, start, end, disc


def _area_colour(name: str) -> str:
    """The same pale colour for an ecosystem on every map."""
    known = list(REGION_ANCHORS)
    key = name.casefold()
    if key in known:
        return AREA_COLOURS[known.index(key)]
    return AREA_COLOURS[len(known) + zlib.crc32(name.encode()) % (len(AREA_COLOURS) - len(known))]


def _select(org: nx.Graph, graph: nx.MultiDiGraph, eco_of: dict[str, str | None],
            ecosystem: str | None, around: str | None, depth: int,
            theme: str | None) -> tuple[set[str], int]:
    """The organisations to draw, and how many municipalities without ties are left out."""
    nodes = set(org)
    left_out = {n for n in nodes if org.degree(n) == 0 and org.nodes[n].get("kind") ==
                "Municipality"}
    nodes -= left_out
    if around is not None:
        if around not in org:
            raise ValueError(f"{around!r} is not an organisation in the graph")
        nodes = set(nx.ego_graph(org, around, radius=depth))
        left_out = set()
    if ecosystem is not None:
        wanted = ecosystem.casefold()
        inside = {n for n in nodes if (eco_of.get(n) or "").casefold() == wanted}
        if not inside:
            known = sorted({e for e in eco_of.values() if e})
            raise ValueError(f"no organisations in ecosystem {ecosystem!r}; ecosystems: "
                             + ", ".join(known))
        nodes = inside | {m for n in inside for m in org[n] if m in nodes}
        left_out = {n for n in left_out if (eco_of.get(n) or "").casefold() == wanted}
    if theme is not None:
        theme_ids = {n for n, k in graph.nodes(data="kind") if k == "Theme" and (
            n == theme or str(graph.nodes[n].get("name", "")).casefold() == theme.casefold())}
        if not theme_ids:
            raise ValueError(f"no theme {theme!r} in the graph")
        nodes = {n for n in nodes if any(t in theme_ids for _, t, typ in
                                         graph.out_edges(n, data="type") if typ == "WORKS_ON")}
        left_out = set()
    return nodes, len(left_out)


def _pagerank(graph: nx.Graph, igraph_above: int = 2000) -> dict[str, float]:
    """PageRank of a map's organisations (igraph's, in C, for big maps)."""
    if graph.number_of_edges() == 0:
        return {n: 0.0 for n in graph}
    if graph.number_of_nodes() <= igraph_above:
        return nx.pagerank(graph)
    from ..analysis.network import to_igraph

    converted, nodes, weights = to_igraph(graph)
    ranks = converted.pagerank(weights=weights)
    return dict(zip(nodes, ranks, strict=True))


def _ties(graph: nx.MultiDiGraph, node: str, shown: set[str], name: Any,
          lang: str) -> list[str]:
    """The tooltip's lines about a node's ties, in words and in the right direction."""
    words = _TIES[lang]
    lines: set[tuple[str, str]] = set()
    for neighbours, forward in ((graph._succ[node], True), (graph._pred[node], False)):
        for other, keyed in neighbours.items():
            if other == node or other not in shown:
                continue
            for data in keyed.values():
                if not is_link(data):
                    continue
                phrase = words[data["type"]][0 if forward else 1].format(name(other))
                if data.get("programme"):
                    phrase += f" ({data['programme']})"
                lines.add((str(name(other)).casefold(), phrase))
    return [phrase for _, phrase in sorted(lines)]


def _edge_words(graph: nx.MultiDiGraph, u: str, v: str, name: Any, lang: str) -> list[str]:
    """An edge's tooltip: each link between the pair as a sentence."""
    words, lines = _TIES[lang], []
    succ = graph._succ
    for a, b in ((u, v), (v, u)):
        for data in succ[a].get(b, {}).values():
            if is_link(data):
                lines.append(f"{name(a)} {words[data['type']][0].format(name(b))}")
    return sorted(set(lines))


def _concrete(org: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The subgraph on ``nodes`` as a graph of its own (NetworkX's subgraph views check
    every node they pass: seconds at tens of thousands of organisations)."""
    keep = set(nodes)
    out = nx.Graph()
    out.add_nodes_from((n, org.nodes[n]) for n in keep)
    adjacency, source = out._adj, org._adj
    for u in keep:  # straight into the adjacency, as organisation_graph does
        mine = adjacency[u]
        for v, data in source[u].items():
            if v in keep:
                mine[v] = data
    return out


def _regions_of(graph: nx.MultiDiGraph, node: str, rel: str) -> list[str]:
    nodes = graph._node
    return sorted(str(nodes[r].get("name", r)) for r, keyed in graph._succ[node].items()
                  if nodes[r].get("type") == "labour_market_region"
                  and any(d.get("type") == rel for d in keyed.values()))


def _home(graph: nx.MultiDiGraph, node: str) -> str | None:
    """One organisation's ecosystem by the rule of ``analysis.network.ecosystems``."""
    if graph._node[node].get("kind") == "Municipality":
        names = _regions_of(graph, node, "IN_REGION")
    else:
        names = sorted(name for m, keyed in graph._succ[node].items()
                       if any(d.get("type") == "LOCATED_IN" for d in keyed.values())
                       for name in _regions_of(graph, m, "IN_REGION"))
    return names[0] if names else None


def _local(graph: nx.MultiDiGraph, ecosystem: str
           ) -> tuple[nx.Graph, dict[str, str | None], set[str], int]:
    """The organisation network round one ecosystem, without building the whole one.

    Walks from the ecosystem's region to its municipalities, their organisations and the
    public bodies that serve it, then to their partners: work in proportion to the map,
    not to the store (the same selection as ``organisation_graph`` + ``_select``).
    """
    wanted = ecosystem.casefold()
    kinds = set(ORGANISATION_KINDS)
    regions = [r for r, data in graph.nodes(data=True) if data.get("kind") == "Region"
               and data.get("type") == "labour_market_region"
               and str(data.get("name", "")).casefold() == wanted]
    candidates: set[str] = set()
    pred = graph._pred
    for region in regions:
        for m, keyed in pred[region].items():
            types = {d.get("type") for d in keyed.values()}
            if "IN_REGION" in types:
                candidates.add(m)
                candidates.update(o for o, k in pred[m].items()
                                  if any(d.get("type") == "LOCATED_IN" for d in k.values()))
            if "SERVES" in types:
                candidates.add(m)
    home: dict[str, str | None] = {}
    eco_of: dict[str, str | None] = {}

    def place(n: str) -> str | None:
        if n not in eco_of:
            home[n] = _home(graph, n)
            eco_of[n] = home[n]
            if home[n] is None and graph.nodes[n].get("kind") == "PublicBody":
                served = _regions_of(graph, n, "SERVES")
                eco_of[n] = served[0] if served else None
        return eco_of[n]

    inside = {n for n in candidates if graph.nodes[n].get("kind") in kinds
              and (place(n) or "").casefold() == wanted}
    links: dict[tuple[str, str], dict[str, Any]] = {}
    nodes = graph._node
    for n in inside:
        for neighbours, forward in ((graph._succ[n], True), (pred[n], False)):
            for other, keyed in neighbours.items():
                if other == n or nodes[other].get("kind") not in kinds or (
                        other in inside and not forward):  # seen from its own end
                    continue
                u, v = (n, other) if forward else (other, n)
                for data in keyed.values():
                    if not is_link(data):
                        continue
                    pair = (u, v) if (v, u) not in links else (v, u)
                    edge = links.setdefault(pair, {"types": set(), "weight": 0.0})
                    edge["types"].add(data["type"])
                    edge["weight"] += float(data.get("weight", 1.0))
    org = nx.Graph()
    ends = inside | {x for pair in links for x in pair}
    for n in ends:
        place(n)
        org.add_node(n, **graph.nodes[n], ecosystem=home[n])
    adjacency = org._adj
    for (u, v), d in links.items():
        adjacency[u][v] = adjacency[v][u] = {"types": sorted(d["types"]), "weight": d["weight"]}
    left_out = {n for n in inside if org.degree(n) == 0
                and graph.nodes[n].get("kind") == "Municipality"}
    return org, eco_of, ends - left_out, len(left_out)


def map_view(graph: nx.MultiDiGraph, *, ecosystem: str | None = None, around: str | None = None,
             depth: int = 1, theme: str | None = None, suggestions: Iterable[dict] = (),
             lang: str = "nl", title: str | None = None, seed: int = 1,
             aspect: float = 16 / 9, new_ties: Iterable[tuple[str, str, str, str]] = (),
             new_label: str | None = None, only: Iterable[str] | None = None) -> MapView:
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
        Suggested introductions (rows of ``api.suggest``) to draw as dashed edges and list
        in the map's side panel; their organisations are added when missing.
    lang : {"nl", "en"}
        The language of everything the map says.
    aspect : float
        Width over height of the frame the map will fill.
    new_ties : iterable of (type, start, end, key)
        Ties to draw as new (in :data:`NEW_COLOUR`, thick), named as ``diff`` names
        relationships; those the map does not draw are left out of its count.
    new_label : str, optional
        What they are new since, for the legend (``nieuw sinds 1 september 2026``); with
        ``new_ties`` empty the legend says there are none.
    only : iterable of str, optional
        Only these organisations (ids) and the links among them; the rest of the network
        is not looked at (a map of a few thousand out of a big store). With ``ecosystem``,
        those of them in it and their partners among them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "ab": g.add_node(n, kind="Company", name=n.upper(), sources=[])
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH")
    >>> view = map_view(g)
    >>> [n["label"] for n in view.nodes], view.nodes[0]["tooltip"][2]
    (['A', 'B'], 'partner van B')
    """
    if lang not in TEXT:
        raise ValueError(f"language must be nl or en, not {lang!r}")
    with paused_gc():  # hundreds of thousands of new dicts and strings, none in a cycle
        if only is not None:
            if around is not None or theme is not None or suggestions:
                raise ValueError("only= does not combine with around, theme or suggestions")
            graph = _part(graph, set(only))
        view = _map_view(graph, ecosystem, around, depth, theme, list(suggestions), lang,
                         title, seed, aspect, only is not None)
        if new_label is not None or new_ties:
            _mark_new(view, graph, new_ties, new_label or TEXT[lang]["new"], ecosystem)
        return view


def _mark_new(view: MapView, graph: nx.MultiDiGraph,
              new_ties: Iterable[tuple[str, str, str, str]], label: str,
              ecosystem: str | None) -> None:
    """Draw the lines that carry a new tie as new, and count the new ties drawn (of one
    ecosystem's map: those with an end in it)."""
    words = _TIES[view.lang]
    per_pair: dict[frozenset[str], list[tuple[str, str, str, str]]] = {}
    for tie in set(new_ties):
        if tie[0] in TIE_TYPES:
            per_pair.setdefault(frozenset(tie[1:3]), []).append(tie)
    names = graph._node
    eco = {n["id"]: n["ecosystem"].casefold() for n in view.nodes}
    wanted = None if ecosystem is None else ecosystem.casefold()
    view.new_label = label
    for edge in view.edges:
        ties = per_pair.get(frozenset((edge["from"], edge["to"])))
        if edge["dashes"] or not ties or (
                wanted is not None and wanted not in (eco[edge["from"]], eco[edge["to"]])):
            continue
        edge.update(new=len(ties), color=NEW_COLOUR, width=NEW_WIDTH)
        for rel_type, start, end, _ in sorted(ties):
            other = names[end].get("name", end)
            edge["tooltip"] = [*edge["tooltip"], f"{label}: {names[start].get('name', start)} "
                                                 f"{words[rel_type][0].format(other)}"]
        view.new_ties += len(ties)


def _part(graph: nx.MultiDiGraph, only: set[str]) -> nx.MultiDiGraph:
    """The organisations ``only``, the links among them, and the municipalities and regions
    that place them in their ecosystems, as a graph of its own."""
    nodes, succ = graph._node, graph._succ
    kinds = set(ORGANISATION_KINDS)
    orgs = {n for n in only if n in nodes and nodes[n].get("kind") in kinds}
    keep = set(orgs)
    for n in orgs:
        for m in succ[n]:
            if nodes[m].get("kind") == "Municipality" or \
                    nodes[m].get("type") == "labour_market_region":
                keep.add(m)
                keep.update(r for r in succ[m]
                            if nodes[r].get("type") == "labour_market_region")
    part = nx.MultiDiGraph()
    part.add_nodes_from((n, nodes[n]) for n in keep)
    for n in keep:
        for m, keyed in succ[n].items():
            if m not in keep:
                continue
            # between two of ``only``: everything; else only what places one (LOCATED_IN,
            # IN_REGION, SERVES), never a link to an organisation not asked for
            both = n in orgs and m in orgs
            part.add_edges_from((n, m, k, d) for k, d in keyed.items()
                                if both or not is_link(d))
    part.graph["only"] = orgs
    return part


def _map_view(graph: nx.MultiDiGraph, ecosystem: str | None, around: str | None, depth: int,
              theme: str | None, suggestions: list[dict], lang: str, title: str | None,
              seed: int, aspect: float, restricted: bool = False) -> MapView:
    text = TEXT[lang]
    if restricted:
        org = organisation_graph(graph)
        eco_of = map_ecosystems(graph, org)
        nodes, left_out = set(graph.graph["only"]), 0
        if ecosystem is not None:
            wanted = ecosystem.casefold()
            inside = {n for n in nodes if (eco_of.get(n) or "").casefold() == wanted}
            nodes = inside | {m for n in inside for m in org[n] if m in nodes}
    elif ecosystem is not None and around is None and not suggestions:
        # one ecosystem: only its part of the network is looked at
        org, eco_of, nodes, left_out = _local(graph, ecosystem)
        if not nodes:
            known = sorted({str(d.get("name")) for _, d in graph.nodes(data=True)
                            if d.get("kind") == "Region"
                            and d.get("type") == "labour_market_region"})
            raise ValueError(f"no organisations in ecosystem {ecosystem!r}; ecosystems: "
                             + ", ".join(known))
        if theme is not None:
            nodes, _ = _select(_concrete(org, nodes), graph, eco_of, None, None, depth, theme)
    else:
        org = organisation_graph(graph)
        eco_of = map_ecosystems(graph, org)
        nodes, left_out = _select(org, graph, eco_of, ecosystem, around, depth, theme)
    paths: list[list[str]] = []
    for s in suggestions:
        a, b = s["a_id"], s["b_id"]
        if a in org and b in org:
            try:
                path = nx.shortest_path(org, a, b)
            except nx.NetworkXNoPath:
                path = [a, b]
            paths.append(path)
            nodes.update(path)
        else:
            paths.append([])
    shown = _concrete(org, nodes)
    pagerank = _pagerank(shown)
    top = max(pagerank.values(), default=1.0) or 1.0
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(eco_of.get(n) or text["unknown"], []).append(n)
    positions, areas = ecosystem_layout(shown, groups, seed=seed, aspect=aspect,
                                        no_region=text["unknown"])

    node_data = graph._node

    def name(n: str) -> Any:
        return node_data[n].get("name", n)

    view = MapView(title or text["title"], lang, municipalities_left_out=left_out)
    kind_words = text["kinds"]
    for n in sorted(nodes):
        data = org.nodes[n]
        kind = data.get("kind")
        colour, shape, _ = KIND_STYLE.get(kind, ("#333333", "dot", "o"))
        eco = eco_of.get(n)
        ties = _ties(graph, n, nodes, name, lang)
        eco_line = f"{text['ecosystem']}: {eco or text['unknown']}"
        if eco and data.get("ecosystem") is None:
            eco_line += f" ({text['serves']})"
        sources = [":".join(str(s.get(k)) for k in ("file", "sheet", "row") if s.get(k))
                   for s in data.get("sources", [])]
        tooltip = [f"{name(n)} ({kind_words.get(kind, kind)})", eco_line, *ties[:15]]
        if len(ties) > 15:
            tooltip.append(text["more"].format(len(ties) - 15))
        if sources:
            tooltip.append(f"{text['sources']}: " + "; ".join(sources[:4]))
        isolated = shown.degree(n) == 0
        view.isolated += isolated
        x, y = positions[n]
        view.nodes.append({
            "id": n, "label": str(name(n)),
            "aliases": [str(a) for a in data.get("aliases") or []],
            "kind": kind, "kind_label": kind_words.get(kind, kind),
            "ecosystem": eco or text["unknown"], "color": colour, "shape": shape,
            "size": round(8 + 22 * pagerank.get(n, 0) / top, 2), "x": x, "y": y,
            "tooltip": tooltip, "centrality": pagerank.get(n, 0.0), "isolated": isolated})
    eco_shown = {n["id"]: n["ecosystem"] for n in view.nodes}
    for u, v in shown.edges():
        cross = eco_shown[u] != eco_shown[v]
        weight = shown.edges[u, v]["weight"]
        view.edges.append({"from": u, "to": v, "dashes": False, "cross": cross,
                           "color": CROSS_COLOUR if cross else LINK_COLOUR,
                           "width": (2.5 if cross else 1.2) + min(weight, 4) / 3,
                           "tooltip": _edge_words(graph, u, v, name, lang)})
    for s, path in zip(suggestions, paths, strict=True):
        if s["a_id"] in nodes and s["b_id"] in nodes:
            row = {**s, "path": path if len(path) > 2 else []}
            view.edges.append({"from": s["a_id"], "to": s["b_id"], "dashes": True,
                               "cross": False, "color": SUGGESTION_COLOUR, "width": 2,
                               "suggestion": len(view.suggestions),
                               "tooltip": [f"{text['suggested']} {s.get('rank', '')}: "
                                           f"{s['a']} — {s['b']}", str(s["explanation"])]})
            view.suggestions.append(row)
    for area in areas:
        view.ecosystems.append({"name": area.name, "count": len(area.members),
                                "x": round(area.x, 2), "y": round(area.y, 2),
                                "r": round(area.r, 2), "colour": _area_colour(area.name)})
    return view

