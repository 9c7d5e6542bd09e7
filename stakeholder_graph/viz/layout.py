"""Positions for a map: every ecosystem its own round area, organisations inside it.

Each ecosystem is laid out on its own (a force-directed layout with a fixed seed) inside a
disc whose area grows with its number of organisations. The discs are then packed without
overlap, starting from where the regions lie in the province (Noord-Holland's five
labour-market regions have rough anchors; other regions go round them), and stretched to
the frame's aspect ratio so a 16:9 slide is filled.

Coordinates follow the screen: x to the east, y to the south.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

from ..analysis.network import to_igraph

__all__ = ["Area", "REGION_ANCHORS", "ecosystem_layout", "spring"]

REGION_ANCHORS: dict[str, tuple[float, float]] = {
    # roughly where the labour-market regions lie (x east, y south; ~40 km a unit)
    "noord-holland noord": (0.0, -1.0),
    "zaanstreek/waterland": (0.3, 0.05),
    "zuid-kennemerland en ijmond": (-0.6, 0.3),
    "groot amsterdam": (0.2, 0.8),
    "gooi en vechtstreek": (1.05, 0.85),
}
NO_REGION_ANCHOR = (1.2, -0.9)
"""Organisations without a region (national and provincial bodies) sit north-east."""


@dataclass
class Area:
    """One ecosystem's disc: its centre, radius and members."""

    name: str
    x: float
    y: float
    r: float
    members: list[str]


def spring(sub: nx.Graph, seed: int, scale: float,
           fast_above: int = 200) -> dict[str, tuple[float, float]]:
    """A force-directed layout: NetworkX's spring layout, or igraph's (in C) for big groups.

    NetworkX's layout compares every pair of nodes: 25 s for one ecosystem of 6,000
    organisations; igraph's Fruchterman–Reingold with its grid takes about a second.
    Above ``fast_above`` nodes igraph's is used.

    Examples
    --------
    >>> pos = spring(nx.path_graph(3), seed=1, scale=10)
    >>> sorted(pos), max(max(abs(x), abs(y)) for x, y in pos.values()) <= 10.0001
    ([0, 1, 2], True)
    """
    if sub.number_of_nodes() <= fast_above:
        return {n: (float(x), float(y)) for n, (x, y) in
                nx.spring_layout(sub, seed=seed, scale=scale, weight="weight").items()}
    import numpy as np

    graph, nodes, weights = to_igraph(sub, seed)
    coords = np.array(graph.layout_fruchterman_reingold(weights=weights, grid=True).coords)
    coords -= coords.mean(axis=0)
    coords *= scale / (np.abs(coords).max() or 1.0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, coords, strict=True)}


def _grid(members: list[str], radius: float) -> dict[str, tuple[float, float]]:
    """Members without ties among themselves on a sunflower spiral filling the disc."""
    golden = math.pi * (3 - math.sqrt(5))
    count = len(members)
    return {m: (radius * math.sqrt((i + 0.5) / count) * math.cos(i * golden),
                radius * math.sqrt((i + 0.5) / count) * math.sin(i * golden))
            for i, m in enumerate(members)}


def _ring(members: list[str], inner: float, outer: float) -> dict[str, tuple[float, float]]:
    """Members spread evenly over the ring between two radii (a sunflower pattern)."""
    golden = math.pi * (3 - math.sqrt(5))
    count = len(members)
    out = {}
    for i, m in enumerate(members):
        rad = math.sqrt(inner ** 2 + (outer ** 2 - inner ** 2) * (i + 0.5) / count)
        out[m] = (rad * math.cos(i * golden), rad * math.sin(i * golden))
    return out


def _inner(org: nx.Graph, members: list[str], radius: float,
           seed: int) -> dict[str, tuple[float, float]]:
    """Members of one ecosystem inside a disc of ``radius`` around (0, 0).

    Those with ties inside the ecosystem are laid out by force in the middle; the others
    (ties only elsewhere, or none) spread over a ring round them.
    """
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    keep = set(members)
    sub = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from((u, v, data) for u in members for v, data in org._adj[u].items()
                       if v in keep)
    tied = [m for m in members if sub.degree(m) > 0]
    loose = [m for m in members if sub.degree(m) == 0]
    if len(tied) < 2:
        return _grid(members, radius)
    core = radius if not loose else radius * math.sqrt(len(tied) / len(members))
    core = max(core, radius * 0.45)
    sub.remove_nodes_from(loose)
    # A light virtual hub keeps an ecosystem's separate clusters together.
    sub.add_edges_from((("\0hub", m) for m in tied), weight=0.05)
    local = spring(sub, seed, 1.0)
    local.pop("\0hub", None)
    cx = sum(x for x, _ in local.values()) / len(local)
    cy = sum(y for _, y in local.values()) / len(local)
    reach = max(math.hypot(x - cx, y - cy) for x, y in local.values()) or 1.0
    out = {n: ((x - cx) / reach * core, (y - cy) / reach * core) for n, (x, y) in local.items()}
    if loose:
        out.update(_ring(loose, min(core + radius * 0.12, radius * 0.9), radius))
    return out


def _anchors(names: list[str], no_region: str | None) -> dict[str, tuple[float, float]]:
    anchors: dict[str, tuple[float, float]] = {}
    others = []
    for name in names:
        key = name.casefold()
        if name == no_region:
            anchors[name] = NO_REGION_ANCHOR
        elif key in REGION_ANCHORS:
            anchors[name] = REGION_ANCHORS[key]
        else:
            others.append(name)
    for i, name in enumerate(others):  # regions elsewhere: on a ring round the province
        angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(others)
        anchors[name] = (2.0 * math.cos(angle), 1.6 * math.sin(angle))
    return anchors


def _pack(areas: list[Area], anchors: dict[str, tuple[float, float]], stretch: float,
          gap: float, rounds: int = 600) -> None:
    """Place the discs near their anchors without overlap: rounds of pushing overlapping
    pairs apart while each disc is pulled towards its anchor; the last rounds only push,
    until no two discs overlap."""
    if not areas:
        return
    import numpy as np

    unit = 0.9 * math.sqrt(sum(a.r ** 2 for a in areas))
    goal = np.array([(anchors[a.name][0] * unit * stretch, anchors[a.name][1] * unit)
                     for a in areas])
    pos = goal.copy()
    radius = np.array([a.r for a in areas])
    need = radius[:, None] + radius[None, :] + gap
    np.fill_diagonal(need, 0.0)
    rng = np.random.default_rng(0)
    for step in range(rounds + 5000):
        delta = pos[None, :, :] - pos[:, None, :]  # i → j
        dist = np.hypot(delta[..., 0], delta[..., 1])
        same = dist < 1e-9
        if same.any():  # discs on one spot: nudge apart
            np.fill_diagonal(same, False)
            if same.any():
                pos += rng.normal(scale=1e-3, size=pos.shape)
                continue
        short = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(short, 0.0)
        if step >= rounds * 2 // 3 and not (short > 1e-6).any():
            break
        with np.errstate(invalid="ignore", divide="ignore"):
            unit_dir = np.where(dist[..., None] > 0, delta / dist[..., None], 0.0)
        push = (short[..., None] / 2 + np.where(short[..., None] > 0, 1e-3, 0.0)) * unit_dir
        pos -= push.sum(axis=1)  # each disc moves away from those it overlaps
        if step < rounds * 2 // 3:
            pos += (goal - pos) * 0.05
    for a, (x, y) in zip(areas, pos, strict=True):
        a.x, a.y = float(x), float(y)


def _bounds(areas: list[Area]) -> tuple[float, float, float, float]:
    return (min(a.x - a.r for a in areas), min(a.y - a.r for a in areas),
            max(a.x + a.r for a in areas), max(a.y + a.r for a in areas))


def ecosystem_layout(org: nx.Graph, groups: dict[str, list[str]], seed: int = 1,
                     aspect: float = 16 / 9, spacing: float = 75.0,
                     no_region: str | None = None) -> tuple[dict[str, tuple[float, float]], list[Area]]:
    """Lay out each ecosystem's organisations in its own disc and pack the discs.

    Parameters
    ----------
    org : networkx.Graph
        The organisation network (edges inside an ecosystem shape its layout).
    groups : dict
        Ecosystem name → its organisations.
    aspect : float
        Width over height of the frame the map is drawn in; the discs are spread to it.
    spacing : float
        About how far apart two organisations sit, in map units.
    no_region : str, optional
        The name of the group of organisations without a region (placed north-east).

    Returns
    -------
    positions, areas
        Every organisation's ``(x, y)``, and each ecosystem's :class:`Area`.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> pos, areas = ecosystem_layout(g, {"Groot Amsterdam": ["a", "b"],
    ...                                   "Noord-Holland Noord": ["c", "d"]})
    >>> north, south = sorted(areas, key=lambda a: a.y)
    >>> north.name, math.dist((north.x, north.y), (south.x, south.y)) >= north.r + south.r
    ('Noord-Holland Noord', True)
    """
    areas = [Area(name, 0.0, 0.0, spacing * (0.6 * math.sqrt(len(m)) + 0.8), sorted(m))
             for name, m in sorted(groups.items()) if m]
    anchors = _anchors([a.name for a in areas], no_region)
    gap = spacing * 0.6
    stretch = 1.0
    for _ in range(6):  # widen the arrangement until it has the frame's shape
        _pack(areas, anchors, stretch, gap)
        if len(areas) < 2:
            break
        x0, y0, x1, y1 = _bounds(areas)
        shape = (x1 - x0) / max(y1 - y0, 1e-9)
        if abs(shape - aspect) / aspect < 0.08:
            break
        stretch *= max(0.5, min(2.0, aspect / shape))
    positions: dict[str, tuple[float, float]] = {}
    for area in areas:
        inner = _inner(org, area.members, area.r * 0.8, seed)
        for n, (x, y) in inner.items():
            positions[n] = (round(area.x + x, 2), round(area.y + y, 2))
    return positions, areas
