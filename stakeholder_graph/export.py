"""Export a store's graph as GraphML, GEXF or JSON (node-link), without personal data by default.

Person nodes and personal properties (e-mail, phone) stay out unless
``include_personal_data=True``. Lists and provenance become JSON text in GraphML and GEXF,
which hold only scalar attributes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import StakeholderGraphError
from .files import atomic_path

__all__ = ["EXPORT_FORMATS", "strip_personal_data", "export_graph"]

EXPORT_FORMATS = ("graphml", "gexf", "json")


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


def export_graph(graph: nx.MultiDiGraph, path: str | Path, fmt: str | None = None,
                 include_personal_data: bool = False) -> Path:
    """Write a projected graph to ``path`` as GraphML, GEXF or JSON; return the path.

    The file is written to a temporary name first and renamed, so a failed export never
    leaves half a file.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A store's projection (:meth:`Store.to_networkx`).
    path : path
        The output file.
    fmt : {"graphml", "gexf", "json"}, optional
        The format; taken from the file's extension when omitted.
    include_personal_data : bool
        Keep Person nodes and personal properties.

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
        raise StakeholderGraphError(f"unknown export format '{fmt}': use "
                                    f"{', '.join(EXPORT_FORMATS)}")
    if not include_personal_data:
        graph = strip_personal_data(graph)
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
