"""Export a store's graph as XLSX, GraphML, GEXF or JSON (node-link), without personal data
by default.

Person nodes and personal properties (e-mail, phone) stay out unless
``include_personal_data=True``. Lists and provenance become JSON text in GraphML and GEXF,
which hold only scalar attributes. The XLSX workbook is for people (see
:mod:`stakeholder_graph.output`): a sheet per kind, a sheet of ties and one of sources,
Dutch headers (English with ``lang="en"``), lists as "a, b en c", dates as dates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from .errors import StakeholderGraphError
from .files import atomic_path
from .graph.model import KINDS

__all__ = ["EXPORT_FORMATS", "strip_personal_data", "export_graph", "network_sheets"]

EXPORT_FORMATS = ("xlsx", "graphml", "gexf", "json")
SHEET_ORDER = ("Company", "School", "PublicBody", "Municipality", "Campus", "Programme",
               "Event", "Theme", "Region", "Person")
"""The kinds in the order of the workbook's sheets: organisations first."""
_TIE_PROPS = ("since", "until", "programme", "count", "status", "date", "role", "weight")


def strip_personal_data(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy without Person nodes, their ties, or personal properties.

    The graph case of :func:`stakeholder_graph.privacy.redact`.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("slug:p", kind="Person", name="J. Jansen", email="j@x.nl")
    >>> g.add_node("slug:klm", kind="Company", name="KLM")
    >>> _ = g.add_edge("slug:p", "slug:klm", key="WORKS_AT", type="WORKS_AT")
    >>> list(strip_personal_data(g).nodes)
    ['slug:klm']
    """
    from .privacy import personal_index, redact

    return redact(graph, personal_index(graph))


def _scalar(value: Any) -> Any:
    if isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: _scalar(val) for k, val in data.items()})
    return out


def _nonempty(frame: pd.DataFrame, keep: tuple[str, ...]) -> pd.DataFrame:
    """Drop the columns that hold nothing (but those in ``keep``)."""
    def empty(value: Any) -> bool:
        return value is None or value == "" or value == [] or (
            isinstance(value, float) and value != value)

    return frame[[c for c in frame.columns if c in keep or not frame[c].map(empty).all()]]


def network_sheets(graph: nx.MultiDiGraph, lang: str = "nl") -> dict[str, pd.DataFrame]:
    """The whole network as tables: a sheet per kind, the ties, the sources.

    Sheet names are the kinds in words (``bedrijven``, ``gemeenten``, …), then
    ``relaties`` and ``bronnen`` (English with ``lang="en"``). Each kind's sheet has the
    id, the name, the municipality and ecosystem it lies in, and the kind's properties that
    any of its nodes has; the ties sheet each relationship in words with both ends; the
    sources sheet the file, sheet and row of every fact.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("slug:klm", kind="Company", name="KLM", sources=[{"file": "a.csv", "row": 2}])
    >>> g.add_node("slug:techport", kind="Campus", name="Techport")
    >>> _ = g.add_edge("slug:klm", "slug:techport", key="MEMBER_OF", type="MEMBER_OF", since="2021")
    >>> list(network_sheets(g))
    ['bedrijven', "campussen en PPS'en", 'relaties', 'bronnen']
    >>> network_sheets(g)["relaties"].iloc[0].tolist()
    ['KLM', 'lid van', 'Techport', 'slug:klm', 'slug:techport', '2021']
    """
    from .analysis.network import ecosystems
    from .output import kind_label, rel_label

    names = {n: d.get("name", n) for n, d in graph.nodes(data=True)}
    ecosystem = ecosystems(graph)
    municipality: dict[str, list[str]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "LOCATED_IN":
            municipality.setdefault(u, []).append(names[v])
    sheets: dict[str, pd.DataFrame] = {}
    kinds = [k for k in SHEET_ORDER if k in KINDS] + [k for k in KINDS if k not in SHEET_ORDER]
    for kind in kinds:
        nodes = sorted((n for n, d in graph.nodes(data=True) if d.get("kind") == kind),
                       key=lambda n: (str(names[n]).casefold(), n))
        if not nodes:
            continue
        common = ("aliases", "website", "source", "note")
        props = [p for p in KINDS[kind].all_props if p not in ("name", *common)] + list(common)
        rows = [{"id": n, "name": names[n], "municipality": sorted(municipality.get(n, [])),
                 "ecosystem": ecosystem.get(n) or "",
                 **{p: graph.nodes[n].get(p) for p in props}} for n in nodes]
        frame = pd.DataFrame(rows, columns=["id", "name", "municipality", "ecosystem", *props])
        sheets[kind_label(kind, lang)] = _nonempty(frame, ("id", "name"))
    ties = []
    for u, v, data in graph.edges(data=True):
        ties.append({"start_name": names[u], "relationship": rel_label(data.get("type", ""), lang),
                     "end_name": names[v], "start": u, "end": v,
                     **{p: data.get(p) for p in (*_TIE_PROPS, "source", "note")}})
    ties.sort(key=lambda t: (t["relationship"], str(t["start_name"]).casefold(),
                             str(t["end_name"]).casefold()))
    sheets["relaties" if lang == "nl" else "relationships"] = _nonempty(
        pd.DataFrame(ties, columns=["start_name", "relationship", "end_name", "start", "end",
                                    *_TIE_PROPS, "source", "note"]),
        ("start_name", "relationship", "end_name", "start", "end"))
    sources = []
    for n, data in graph.nodes(data=True):
        for entry in data.get("sources") or []:
            sources.append({"about": names[n], "fact": kind_label(data.get("kind", ""), lang,
                                                                  plural=False),
                            "about_id": n, **entry})
    for u, v, data in graph.edges(data=True):
        for entry in data.get("sources") or []:
            sources.append({"about": f"{names[u]} — {names[v]}",
                            "fact": rel_label(data.get("type", ""), lang),
                            "about_id": f"{u} — {v}", **entry})
    extra = sorted({k for s in sources for k in s} - {"about", "fact", "about_id", "file",
                                                       "sheet", "row"})
    sheets["bronnen" if lang == "nl" else "sources"] = _nonempty(
        pd.DataFrame(sources, columns=["about", "fact", "about_id", "file", "sheet", "row",
                                       *extra]),
        ("about", "fact", "file"))
    return sheets


def export_graph(graph: nx.MultiDiGraph, path: str | Path, fmt: str | None = None,
                 include_personal_data: bool = False, lang: str = "nl") -> Path:
    """Write a projected graph to ``path`` as XLSX, GraphML, GEXF or JSON; return the path.

    The file is written to a temporary name first and renamed, so a failed export never
    leaves half a file.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection (:meth:`Store.to_networkx`).
    path : path
        The output file.
    fmt : {"xlsx", "graphml", "gexf", "json"}, optional
        The format; taken from the file's extension when omitted.
    include_personal_data : bool
        Keep Person nodes and personal properties.
    lang : {"nl", "en"}
        The language of the XLSX workbook's sheet names and headers.

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.MultiDiGraph(); g.add_node("slug:a", kind="Campus", name="Techport")
    >>> p = export_graph(g, os.path.join(tempfile.mkdtemp(), "g.graphml"))
    >>> nx.read_graphml(p).nodes["slug:a"]["name"]
    'Techport'
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise StakeholderGraphError(f"unknown export format '{fmt or path.name}': use "
                                    f"{', '.join(EXPORT_FORMATS)}")
    if not include_personal_data:
        graph = strip_personal_data(graph)
    if fmt == "xlsx":
        from .output import write_sheets

        return write_sheets(network_sheets(graph, lang), path, lang)
    with atomic_path(path) as tmp:
        if fmt == "graphml":
            nx.write_graphml(_flat(graph), tmp)
        elif fmt == "gexf":
            nx.write_gexf(_flat(graph), tmp)
        else:
            data = nx.node_link_data(graph, edges="edges")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str),
                           encoding="utf-8")
    return path
