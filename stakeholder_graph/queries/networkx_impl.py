"""The named queries on a store's NetworkX projection, for the embedded store.

Each function takes the projection (``Store.to_networkx()``) and the prepared parameters,
and returns the same raw rows as the query's Cypher file returns on Neo4j. ``FINISH`` then
shapes and sorts both engines' rows the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pandas as pd

from ..analysis.network import ecosystems, is_link, organisation_graph, organisations

__all__ = ["IMPLEMENTATIONS", "COLUMNS", "FINISH"]

Rows = list[dict[str, Any]]
SYMMETRIC = ("PARTNERS_WITH", "INTRODUCED")
ORG_NO_MUNICIPALITY = ("Company", "School", "PublicBody", "Campus")


def _eco(graph: nx.MultiDiGraph) -> dict[str, str]:
    return {n: e or "" for n, e in ecosystems(graph).items()}


def _municipalities(graph: nx.MultiDiGraph, node: str) -> list[str]:
    if graph.nodes[node].get("kind") == "Municipality":
        return [node]
    return sorted(m for _, m, t in graph.out_edges(node, data="type") if t == "LOCATED_IN")


def _municipality_name(graph: nx.MultiDiGraph, node: str) -> str:
    names = sorted(graph.nodes[m].get("name", m) for m in _municipalities(graph, node))
    return names[0] if names else ""


def _links(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    orgs = set(organisations(graph))
    return [(u, v, d) for u, v, d in graph.edges(data=True)
            if u in orgs and v in orgs and u != v and is_link(d)]


def ecosystem_overview(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Organisations by kind, themes and inside/outside links per ecosystem."""
    eco = _eco(graph)
    rows: dict[str, dict[str, Any]] = {}
    kinds = {"Company": "companies", "School": "schools", "PublicBody": "public_bodies",
             "Municipality": "municipalities", "Campus": "campuses"}
    themes: dict[str, set[str]] = {}
    for node, name in eco.items():
        row = rows.setdefault(name, {"ecosystem": name, "organisations": 0,
                                     **dict.fromkeys(kinds.values(), 0),
                                     "themes": 0, "links_inside": 0, "links_outside": 0})
        row["organisations"] += 1
        row[kinds[graph.nodes[node]["kind"]]] += 1
        themes.setdefault(name, set()).update(
            t for _, t, typ in graph.out_edges(node, data="type")
            if typ == "WORKS_ON" and graph.nodes[t].get("kind") == "Theme")
    for u, v, _ in _links(graph):
        if eco[u] == eco[v]:
            rows[eco[u]]["links_inside"] += 1
        else:
            rows[eco[u]]["links_outside"] += 1
            rows[eco[v]]["links_outside"] += 1
    for name, row in rows.items():
        row["themes"] = len(themes.get(name, ()))
    return list(rows.values())


def stakeholders(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Organisations matching every filter given."""
    eco = _eco(graph)
    rows = []
    for node in organisations(graph):
        data = graph.nodes[node]
        if params.get("kind") and data["kind"] != params["kind"]:
            continue
        if params.get("ecosystem") and eco[node].casefold() != params["ecosystem"].casefold():
            continue
        if params.get("municipality") and params["municipality"] not in _municipalities(
                graph, node):
            continue
        if params.get("theme") and not _tied(graph, node, "WORKS_ON", "Theme", params["theme"]):
            continue
        if params.get("campus") and not _tied(graph, node, "MEMBER_OF", "Campus",
                                              params["campus"]):
            continue
        rows.append({"id": node, "name": data.get("name"), "kind": data["kind"],
                     "municipality": _municipality_name(graph, node), "ecosystem": eco[node]})
    return rows


def _tied(graph: nx.MultiDiGraph, node: str, rel_type: str, kind: str, wanted: str) -> bool:
    for _, target, typ in graph.out_edges(node, data="type"):
        data = graph.nodes[target]
        if typ == rel_type and data.get("kind") == kind and (
                target == wanted or str(data.get("name", "")).casefold() == wanted.casefold()):
            return True
    return False


def neighbourhood(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Every relationship of one organisation."""
    node = params["organisation"]
    rows = []
    for u, v, data in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
        if u == v:
            continue
        other = v if u == node else u
        direction = "both" if data["type"] in SYMMETRIC else ("out" if u == node else "in")
        rows.append({"relationship": data["type"], "direction": direction, "other_id": other,
                     "other_name": graph.nodes[other].get("name"),
                     "other_kind": graph.nodes[other].get("kind"),
                     "since": data.get("since"), "status": data.get("status"),
                     "source": data.get("source")})
    return rows


def intro_path(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """All shortest link paths between two organisations (raw: ids and names)."""
    org = organisation_graph(graph)
    start, end = params["from"], params["to"]
    if start not in org or end not in org or start == end:
        return []
    try:
        paths = list(nx.all_shortest_paths(org, start, end))
    except nx.NetworkXNoPath:
        return []
    if len(paths[0]) - 1 > params["max_length"]:
        return []
    return [{"ids": p, "names": [org.nodes[n].get("name") for n in p]} for p in paths]


def internship_hosts(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Employers in fitting sectors that do not host the school's interns yet."""
    school, sectors = params["school"], set(params["sectors"])
    org = organisation_graph(graph)
    distance = nx.single_source_shortest_path_length(org, school, cutoff=15) if school in org \
        else {}
    eco = _eco(graph)
    hosts = {u for u, _, t in graph.in_edges(school, data="type") if t == "HOSTS_INTERNS_FROM"}
    rows = []
    for node in organisations(graph, ("Company", "PublicBody")):
        data = graph.nodes[node]
        if str(data.get("sector", "")).casefold() not in sectors or node in hosts:
            continue
        rows.append({"id": node, "name": data.get("name"), "kind": data["kind"],
                     "sector": data.get("sector"), "ecosystem": eco[node],
                     "distance": distance.get(node)})
    return rows


def work_to_work(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Surplus company → school → shortage company chains within one region."""
    eco = _eco(graph)
    org = organisation_graph(graph)

    def linked(a: str, b: str) -> bool:
        return org.has_edge(a, b) and bool(set(org.edges[a, b]["types"]) - {"MEMBER_OF"})

    companies = organisations(graph, ("Company",))
    surplus = [c for c in companies if graph.nodes[c].get("labour_demand") == "surplus"]
    shortage = [c for c in companies if graph.nodes[c].get("labour_demand") == "shortage"]
    schools = organisations(graph, ("School",))
    wanted = (params.get("ecosystem") or "").casefold()
    rows = []
    for s in surplus:
        if not eco[s] or (wanted and eco[s].casefold() != wanted):
            continue
        for t in shortage:
            if eco[t] != eco[s]:
                continue
            for k in schools:
                if eco[k] != eco[s]:
                    continue
                ties = int(linked(k, s)) + int(linked(k, t))
                if ties:
                    rows.append({"ecosystem": eco[s], "surplus_id": s,
                                 "surplus": graph.nodes[s].get("name"), "school_id": k,
                                 "school": graph.nodes[k].get("name"), "shortage_id": t,
                                 "shortage": graph.nodes[t].get("name"), "school_ties": ties})
    return rows


def isolated(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Organisations tied to nothing but their location."""
    eco = _eco(graph)
    wanted = (params.get("ecosystem") or "").casefold()
    rows = []
    for node in organisations(graph, ORG_NO_MUNICIPALITY):
        ties = [*graph.out_edges(node, data="type"), *graph.in_edges(node, data="type")]
        if any(t not in ("LOCATED_IN", "SERVES") for _, _, t in ties):
            continue
        if wanted and eco[node].casefold() != wanted:
            continue
        rows.append({"id": node, "name": graph.nodes[node].get("name"),
                     "kind": graph.nodes[node]["kind"],
                     "municipality": _municipality_name(graph, node), "ecosystem": eco[node]})
    return rows


def cross_ecosystem_links(graph: nx.MultiDiGraph, params: dict[str, Any]) -> Rows:
    """Links between organisations of two different (known) ecosystems."""
    eco = _eco(graph)
    wanted = (params.get("ecosystem") or "").casefold()
    rows = []
    for u, v, data in _links(graph):
        if not eco[u] or not eco[v] or eco[u] == eco[v]:
            continue
        if wanted and wanted not in (eco[u].casefold(), eco[v].casefold()):
            continue
        rows.append({"from_ecosystem": eco[u], "from_id": u, "from_name": graph.nodes[u].get(
            "name"), "relationship": data["type"], "to_id": v,
            "to_name": graph.nodes[v].get("name"), "to_ecosystem": eco[v]})
    return rows


IMPLEMENTATIONS: dict[str, Callable[[nx.MultiDiGraph, dict[str, Any]], Rows]] = {
    "ecosystem-overview": ecosystem_overview,
    "stakeholders": stakeholders,
    "neighbourhood": neighbourhood,
    "intro-path": intro_path,
    "internship-hosts": internship_hosts,
    "work-to-work": work_to_work,
    "isolated": isolated,
    "cross-ecosystem-links": cross_ecosystem_links,
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "ecosystem-overview": ("ecosystem", "organisations", "companies", "schools",
                           "public_bodies", "municipalities", "campuses", "themes",
                           "links_inside", "links_outside"),
    "stakeholders": ("id", "name", "kind", "municipality", "ecosystem"),
    "neighbourhood": ("relationship", "direction", "other_id", "other_name", "other_kind",
                      "since", "status", "source"),
    "intro-path": ("ids", "names"),
    "internship-hosts": ("id", "name", "kind", "sector", "ecosystem", "distance"),
    "work-to-work": ("ecosystem", "surplus_id", "surplus", "school_id", "school",
                     "shortage_id", "shortage", "school_ties"),
    "isolated": ("id", "name", "kind", "municipality", "ecosystem"),
    "cross-ecosystem-links": ("from_ecosystem", "from_id", "from_name", "relationship",
                              "to_id", "to_name", "to_ecosystem"),
}


def _sorted(frame: pd.DataFrame, by: list[str], ascending: list[bool] | bool = True,
            ) -> pd.DataFrame:
    return frame.sort_values(by, ascending=ascending, na_position="last", kind="stable")


def _none(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing values as None (not NaN) in text columns, so both engines compare equal."""
    return frame.astype(object).where(frame.notna(), None)


def _finish_paths(frame: pd.DataFrame, params: dict[str, Any]) -> pd.DataFrame:
    rows = sorted(({"hops": len(ids) - 1, "route": " → ".join(str(n) for n in names),
                    "ids": " → ".join(ids)} for ids, names in zip(frame["ids"], frame["names"],
                                                                    strict=True)),
                  key=lambda r: (r["route"], r["ids"]))
    for number, row in enumerate(rows, start=1):
        row["path"] = number
    return pd.DataFrame(rows, columns=["path", "hops", "route", "ids"])


def _finish_hosts(frame: pd.DataFrame, params: dict[str, Any]) -> pd.DataFrame:
    frame = frame[list(COLUMNS["internship-hosts"])]
    frame = _sorted(frame, ["distance", "name", "id"]).head(params["limit"])
    frame = frame.astype({"distance": "Int64"})
    return frame


def _plain(name: str, by: list[str], ascending: list[bool] | bool = True):  # noqa: ANN202
    def finish(frame: pd.DataFrame, params: dict[str, Any]) -> pd.DataFrame:
        frame = _none(frame[list(COLUMNS[name])])
        return _sorted(frame, by, ascending)

    return finish


FINISH: dict[str, Callable[[pd.DataFrame, dict[str, Any]], pd.DataFrame]] = {
    "ecosystem-overview": _plain("ecosystem-overview", ["ecosystem"]),
    "stakeholders": _plain("stakeholders", ["name", "id"]),
    "neighbourhood": _plain("neighbourhood", ["relationship", "other_name", "other_id"]),
    "intro-path": _finish_paths,
    "internship-hosts": _finish_hosts,
    "work-to-work": _plain("work-to-work", ["school_ties", "ecosystem", "surplus", "shortage",
                                            "school"], [False, True, True, True, True]),
    "isolated": _plain("isolated", ["ecosystem", "name", "id"]),
    "cross-ecosystem-links": _plain("cross-ecosystem-links",
                                    ["from_ecosystem", "to_ecosystem", "from_name", "to_name",
                                     "relationship"]),
}
