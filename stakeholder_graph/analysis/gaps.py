"""Gaps between ecosystems: the links two ecosystems have against the links one would expect.

For ecosystems *i* and *j* with *n_i* and *n_j* organisations and *t_ij* themes worked on in
both, the expected number of links between them is the network's cross-ecosystem links
shared out in proportion to ``n_i · n_j · (1 + t_ij)``: pairs of large ecosystems that work
on the same themes should know each other more. ``gap = expected − links``; a positive gap
means fewer links than expected (a missing bridge), ``ratio = links / expected``.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd

from .network import is_link, organisations

__all__ = ["ecosystem_gaps"]


def ecosystem_gaps(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per pair of known ecosystems: sizes, shared themes, links, expected, gap.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for r in ("X", "Y", "Z"):
    ...     g.add_node(r, kind="Region", name=r, type="labour_market_region")
    ...     g.add_node("m" + r, kind="Municipality", name="m" + r)
    ...     _ = g.add_edge("m" + r, r, type="IN_REGION")
    >>> for n, m in [("a", "mX"), ("b", "mY"), ("c", "mZ")]:
    ...     g.add_node(n, kind="Company", name=n); _ = g.add_edge(n, m, type="LOCATED_IN")
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH")
    >>> ecosystem_gaps(g)[["a", "b", "links", "gap"]].round(2).values.tolist()
    [['X', 'Y', 1, -0.67], ['X', 'Z', 0, 0.33], ['Y', 'Z', 0, 0.33]]
    """
    from .network import ecosystems

    eco = {n: e for n, e in ecosystems(graph).items() if e}
    members: dict[str, list[str]] = {}
    for node, name in eco.items():
        members.setdefault(name, []).append(node)
    themes: dict[str, set[str]] = {}
    for node, name in eco.items():
        themes.setdefault(name, set()).update(
            t for _, t, typ in graph.out_edges(node, data="type") if typ == "WORKS_ON")
    links: dict[tuple[str, str], int] = {}
    orgs = set(organisations(graph))
    for u, v, data in graph.edges(data=True):
        if u in eco and v in eco and u in orgs and v in orgs and eco[u] != eco[v] and is_link(
                data):
            key = tuple(sorted((eco[u], eco[v])))
            links[key] = links.get(key, 0) + 1
    columns = ["a", "b", "organisations_a", "organisations_b", "shared_themes", "links",
               "expected", "gap", "ratio"]
    pairs = list(combinations(sorted(members), 2))
    if not pairs:
        return pd.DataFrame(columns=columns)
    weight = {(a, b): len(members[a]) * len(members[b]) * (1 + len(themes[a] & themes[b]))
              for a, b in pairs}
    total_links, total_weight = sum(links.values()), sum(weight.values())
    rows = []
    for a, b in pairs:
        expected = total_links * weight[(a, b)] / total_weight if total_weight else 0.0
        have = links.get((a, b), 0)
        rows.append((a, b, len(members[a]), len(members[b]), len(themes[a] & themes[b]), have,
                     expected, expected - have, have / expected if expected else float("nan")))
    return pd.DataFrame(rows, columns=columns)
