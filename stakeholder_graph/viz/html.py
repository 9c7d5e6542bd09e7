"""The interactive map: one self-contained HTML file drawn with pyvis and vis-network.

pyvis 0.3.2 assembles the nodes, edges and options; the page is written from this module's
own template, because pyvis's ``cdn_resources`` options still pull scripts from CDNs
(pyvis issues #228/#229). vis-network's JavaScript and CSS, as shipped inside the pyvis
package, are inlined, so the page works in a meeting room without a network.

Every text that comes from the data reaches the page only as JSON (with ``<`` escaped) and
is put into the page with ``textContent``, never as HTML: a name such as
``<img src=x onerror=alert(1)>`` shows as text and runs nothing.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from ..files import atomic_path
from .view import KIND_STYLE, SUGGESTION_COLOUR, MapView

__all__ = ["render_html", "write_html", "notebook_html", "PHYSICS_LIMIT"]

PHYSICS_LIMIT = 300
"""Above this many nodes the map opens with physics off, on the computed positions
(pyvis issue #204: minutes of layout with physics on for a few thousand nodes)."""


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _network_data(view: MapView, physics: bool, direct_above: int = 1000) -> dict[str, Any]:
    """The vis-network data of a view, made by pyvis.

    pyvis checks every new edge against all edges so far (quadratic: minutes for a map of
    one big ecosystem); above ``direct_above`` relationships the same node and edge records
    are written directly, and pyvis only sets the options.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=False, cdn_resources="local")
    direct = len(view.edges) > direct_above
    for n in [] if direct else view.nodes:
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"],
                     size=n["size"], x=n["x"], y=n["y"], kind=n["kind"],
                     ecosystem=n["ecosystem"])
    for e in [] if direct else view.edges:
        net.add_edge(e["from"], e["to"], dashes=e["dashes"], color=e["color"], width=e["width"])
    net.set_options(json.dumps({
        "physics": {"enabled": physics, "stabilization": {"iterations": 150},
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 120,
                                  "avoidOverlap": 0.2}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False},
    }))
    nodes, edges, _, _, _, options = net.get_network_data()
    if direct:
        nodes = [{"color": n["color"], "size": n["size"], "x": n["x"], "y": n["y"],
                  "kind": n["kind"], "ecosystem": n["ecosystem"], "id": n["id"],
                  "label": n["label"], "shape": n["shape"]} for n in view.nodes]
        seen: set[frozenset[str]] = set()
        edges = []
        for e in view.edges:
            pair = frozenset((e["from"], e["to"]))
            if pair not in seen:  # pyvis keeps one edge per pair in an undirected network
                seen.add(pair)
                edges.append({"dashes": e["dashes"], "color": e["color"], "width": e["width"],
                              "from": e["from"], "to": e["to"]})
    return {"nodes": nodes, "edges": edges, "options": json.loads(options)}


def _json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Nothing in the data can close the script element or open a comment.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(view: MapView) -> str:
    """Render a map view as one self-contained HTML page.

    Examples
    --------
    >>> from stakeholder_graph.viz.view import MapView
    >>> page = render_html(MapView("Netwerk", "nl"))
    >>> "<script src=" in page, "vis.Network" in page
    (False, True)
    """
    physics = len(view.nodes) <= PHYSICS_LIMIT
    data = _network_data(view, physics)
    text = view.text
    data.update({
        "tips": {n["id"]: n["tooltip"] for n in view.nodes},
        "edgeTips": [e["tooltip"] for e in view.edges],
        "ecosystems": view.ecosystems,
        "kinds": [{"kind": k, "label": text["kinds"][k], "color": c, "shape": s}
                  for k, (c, s, _) in KIND_STYLE.items()
                  if any(n["kind"] == k for n in view.nodes)],
        "text": {k: v for k, v in text.items() if isinstance(v, str)},
        "suggestionColour": SUGGESTION_COLOUR,
        "physics": physics,
    })
    js, css = _vis_assets()
    # One pass over the template: a placeholder inside a value (a title holding
    # "%%DATA%%") is text, never replaced in turn.
    values = {"LANG": view.lang, "TITLE": _escape(view.title),
              "VIS_CSS": css.replace("</style", "<\\/style"),
              "VIS_JS": js.replace("</script", "<\\/script"), "DATA": _json(data)}
    return re.sub(r"%%(LANG|TITLE|VIS_CSS|VIS_JS|DATA)%%", lambda m: values[m[1]], _TEMPLATE)


def notebook_html(view: MapView, height: int = 650) -> Any:
    """The map for a notebook cell: the whole page in an ``<iframe srcdoc>``.

    A full HTML page pasted into a cell's output breaks in some front ends (pyvis issues
    #165 and #203: blank in VS Code, scripts not run); an iframe with ``srcdoc`` keeps the
    page whole and runs in Jupyter Notebook, JupyterLab and VS Code alike.

    Examples
    --------
    >>> from stakeholder_graph.viz.view import MapView
    >>> notebook_html(MapView("Netwerk", "nl")).data.startswith("<div><iframe srcdoc=")
    True
    """
    from IPython.display import HTML

    page = _escape(render_html(view))
    return HTML(f'<div><iframe srcdoc="{page}" style="width: 100%; height: {int(height)}px; '
                f'border: 1px solid #ddd;" sandbox="allow-scripts"></iframe></div>')


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def write_html(view: MapView, path: str | os.PathLike[str]) -> Path:
    """Write the map to ``path`` (a temporary file first, then renamed).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> p = write_html(MapView("Netwerk", "nl"), os.path.join(tempfile.mkdtemp(), "m.html"))
    >>> p.stat().st_size > 400_000  # vis-network is inside
    True
    """
    with atomic_path(path) as tmp:
        tmp.write_text(render_html(view), encoding="utf-8")
    return Path(path)


_TEMPLATE = """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>%%TITLE%%</title>
<style>%%VIS_CSS%%</style>
<style>
  html, body { margin: 0; height: 100%; font-family: sans-serif; }
  #sg-map { position: absolute; left: 0; right: 260px; top: 0; bottom: 0; }
  #sg-panel { position: absolute; right: 0; top: 0; bottom: 0; width: 250px; overflow: auto;
              border-left: 1px solid #ddd; padding: 6px 8px; font-size: 13px; background: #fafafa; }
  #sg-panel h1 { font-size: 15px; margin: 4px 0 8px; }
  #sg-panel h2 { font-size: 13px; margin: 10px 0 4px; }
  .sg-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
  .sg-swatch { width: 12px; height: 12px; display: inline-block; border-radius: 2px; }
  .sg-line { width: 22px; border-top: 2px solid #8c8c8c; display: inline-block; }
  .sg-dash { width: 22px; border-top: 2px dashed; display: inline-block; }
  .sg-tip { white-space: normal; max-width: 360px; font-size: 12px; }
  .sg-tip div:first-child { font-weight: bold; }
  #sg-search { width: 150px; }
  #sg-status { color: #a00; font-size: 12px; }
</style>
</head>
<body>
<div id="sg-map"></div>
<div id="sg-panel">
  <h1 id="sg-title"></h1>
  <div class="sg-row"><input id="sg-search" type="search"><button id="sg-find"></button></div>
  <div id="sg-status"></div>
  <div id="sg-legend"><h2 id="sg-legend-title"></h2></div>
  <div id="sg-kind-filter"><h2 id="sg-kind-title"></h2></div>
  <div id="sg-eco-filter"><h2 id="sg-eco-title"></h2></div>
</div>
<script type="application/json" id="sg-data">%%DATA%%</script>
<script>%%VIS_JS%%</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var T = data.text;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function tip(lines) {
    var d = el("div", null, "sg-tip");
    (lines || []).forEach(function (line) { d.appendChild(el("div", line)); });
    return d;
  }
  document.getElementById("sg-title").textContent = document.title;
  document.getElementById("sg-search").placeholder = T.search;
  document.getElementById("sg-find").textContent = T.find;
  document.getElementById("sg-legend-title").textContent = T.legend;
  document.getElementById("sg-kind-title").textContent = T.kind_filter;
  document.getElementById("sg-eco-title").textContent = T.eco_filter;

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: tip(data.tips[n.id]) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return Object.assign({ id: i }, e, { title: tip(data.edgeTips[i]) });
  }));
  var network = new vis.Network(document.getElementById("sg-map"),
                                { nodes: nodes, edges: edges }, data.options);
  window.sgNetwork = network;
  network.on("afterDrawing", function (ctx) {
    ctx.save();
    ctx.font = "bold 22px sans-serif";
    ctx.fillStyle = "rgba(60, 60, 60, 0.55)";
    ctx.textAlign = "center";
    data.ecosystems.forEach(function (e) { ctx.fillText(e.name, e.x, e.y); });
    ctx.restore();
    window.sgDrawn = true;
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      window.sgStill = true;
    });
  } else {
    window.sgStill = true;
  }

  var legend = document.getElementById("sg-legend");
  data.kinds.forEach(function (k) {
    var row = el("div", null, "sg-row");
    var sw = el("span", null, "sg-swatch");
    sw.style.background = k.color;
    row.appendChild(sw);
    row.appendChild(el("span", k.label));
    legend.appendChild(row);
  });
  var line = el("div", null, "sg-row");
  line.appendChild(el("span", null, "sg-line"));
  line.appendChild(el("span", T.link));
  legend.appendChild(line);
  var dash = el("div", null, "sg-row");
  var d = el("span", null, "sg-dash");
  d.style.borderColor = data.suggestionColour;
  dash.appendChild(d);
  dash.appendChild(el("span", T.suggestion));
  legend.appendChild(dash);

  var hiddenKinds = {}, hiddenEcos = {};
  function applyFilters() {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: !!(hiddenKinds[n.kind] || hiddenEcos[n.ecosystem]) };
    }));
  }
  function checkbox(parent, label, onChange) {
    var row = el("label", null, "sg-row");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { onChange(!box.checked); applyFilters(); });
    row.appendChild(box);
    row.appendChild(el("span", label));
    parent.appendChild(row);
  }
  var kindFilter = document.getElementById("sg-kind-filter");
  data.kinds.forEach(function (k) {
    checkbox(kindFilter, k.label, function (hide) { hiddenKinds[k.kind] = hide; });
  });
  var ecoFilter = document.getElementById("sg-eco-filter");
  data.ecosystems.forEach(function (e) {
    checkbox(ecoFilter, e.name + " (" + e.count + ")", function (hide) { hiddenEcos[e.name] = hide; });
  });

  function find() {
    var q = document.getElementById("sg-search").value.trim().toLowerCase();
    var status = document.getElementById("sg-status");
    status.textContent = "";
    if (!q) { return; }
    var hits = data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    if (!hits.length) { status.textContent = q + ": " + T.not_found; return; }
    network.selectNodes(hits.map(function (n) { return n.id; }));
    network.focus(hits[0].id, { scale: 1.2, animation: false });
  }
  document.getElementById("sg-find").addEventListener("click", find);
  document.getElementById("sg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { find(); }
  });
})();
</script>
</body>
</html>
"""
