"""Brokers: structural holes (Burt), Gould–Fernandez brokerage roles, and betweenness on the
paths between two ecosystems.

Gould and Fernandez (1989) classify each two-step path ``a → b → c`` where ``a`` has no tie
to ``c`` by the groups of the three: **coordinator** (all in b's group), **itinerant**
(a and c in one group, b outside it), **representative** (a in b's group, c outside),
**gatekeeper** (c in b's group, a outside) and **liaison** (all three in different groups).
NetworkX has no implementation. An undirected network is read as ties in both directions
(as UCINET does with symmetric data), so there a representative count equals the gatekeeper
count and each unordered pair counts twice for the other roles.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

import networkx as nx
import pandas as pd

from .network import organisation_graph

__all__ = ["ROLES", "brokerage_roles", "brokers", "betweenness_between"]

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def _role(ga: Hashable, gb: Hashable, gc: Hashable) -> str:
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage_roles(graph: nx.Graph | nx.DiGraph,
                    groups: Mapping[Hashable, Hashable]) -> pd.DataFrame:
    """Count Gould–Fernandez brokerage roles for every node.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
        Ties; an undirected graph counts each tie in both directions.
    groups : mapping
        The group of every node.

    Returns
    -------
    pandas.DataFrame
        Indexed by node, with a column per role and ``total``.

    Examples
    --------
    >>> g = nx.DiGraph([("a", "b"), ("b", "c")])
    >>> brokerage_roles(g, {"a": 1, "b": 2, "c": 2}).loc["b"].tolist()
    [0, 0, 0, 1, 0, 1]
    """
    directed = graph if graph.is_directed() else graph.to_directed()
    counts = {n: dict.fromkeys(ROLES, 0) for n in directed}
    for b in directed:
        for a in directed.predecessors(b):
            for c in directed.successors(b):
                if a in (c, b) or c == b or directed.has_edge(a, c):
                    continue
                counts[b][_role(groups[a], groups[b], groups[c])] += 1
    frame = pd.DataFrame.from_dict(counts, orient="index", columns=list(ROLES))
    frame["total"] = frame.sum(axis=1)
    return frame


def brokers(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Burt's constraint and effective size, and brokerage roles across ecosystems.

    Organisations without a known ecosystem form one group of their own (``""``).

    Returns
    -------
    pandas.DataFrame
        ``id``, ``name``, ``kind``, ``ecosystem``, ``degree``, ``constraint`` (low =
        spans structural holes), ``effective_size``, the five role counts and
        ``brokerage``, sorted by brokerage (most first), then constraint.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, kind="Company", name=n)
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH"); _ = g.add_edge("b", "c", type="PARTNERS_WITH")
    >>> brokers(g).iloc[0]["id"]
    'b'
    """
    org = organisation_graph(graph)
    columns = ["id", "name", "kind", "ecosystem", "degree", "constraint", "effective_size",
               *ROLES, "brokerage"]
    active = [n for n in org if org.degree(n) > 0]
    if not active:
        return pd.DataFrame(columns=columns)
    sub = org.subgraph(active)
    constraint = nx.constraint(sub)
    effective = nx.effective_size(sub)
    groups = {n: org.nodes[n].get("ecosystem") or "" for n in sub}
    roles = brokerage_roles(sub, groups)
    frame = pd.DataFrame({
        "id": active,
        "name": [org.nodes[n].get("name") for n in active],
        "kind": [org.nodes[n].get("kind") for n in active],
        "ecosystem": [groups[n] for n in active],
        "degree": [sub.degree(n) for n in active],
        "constraint": [constraint[n] for n in active],
        "effective_size": [effective[n] for n in active],
    })
    for role in ROLES:
        frame[role] = [int(roles.loc[n, role]) for n in active]
    frame["brokerage"] = [int(roles.loc[n, "total"]) for n in active]
    return frame.sort_values(["brokerage", "constraint", "id"],
                             ascending=[False, True, True]).reset_index(drop=True)


def betweenness_between(graph: nx.MultiDiGraph, ecosystem_a: str,
                        ecosystem_b: str) -> pd.DataFrame:
    """Betweenness restricted to shortest paths from one ecosystem to another.

    Counts, for every organisation, the share of shortest paths between an organisation of
    ``ecosystem_a`` and one of ``ecosystem_b`` that pass through it (NetworkX
    ``betweenness_centrality_subset``, not normalised; on the undirected network NetworkX
    halves each count). Only organisations on such paths are listed, most first.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n, e in [("a", "X"), ("b", "X"), ("c", "Y")]:
    ...     g.add_node(n, kind="Company", name=n)
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH"); _ = g.add_edge("b", "c", type="PARTNERS_WITH")
    >>> betweenness_between(g, "", "").empty
    True
    """
    org = organisation_graph(graph)
    eco = {n: org.nodes[n].get("ecosystem") or "" for n in org}
    sources = [n for n in org if eco[n].casefold() == ecosystem_a.casefold()]
    targets = [n for n in org if eco[n].casefold() == ecosystem_b.casefold()]
    columns = ["id", "name", "kind", "ecosystem", "betweenness"]
    if not sources or not targets or ecosystem_a.casefold() == ecosystem_b.casefold():
        return pd.DataFrame(columns=columns)
    scores = nx.betweenness_centrality_subset(org, sources, targets, normalized=False)
    rows = [(n, org.nodes[n].get("name"), org.nodes[n].get("kind"), eco[n], s)
            for n, s in scores.items() if s > 0]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["betweenness", "id"], ascending=[False, True]).reset_index(
        drop=True)
