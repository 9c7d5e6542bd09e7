"""The interactive map: one self-contained HTML file drawn with vis-network.

Positions come from Python (:mod:`.layout`) and stay fixed (physics off), so ecosystem
areas and names are where the organisations are. Node labels are placed by the page itself
at every redraw, most central organisation first, so that no two overlap and none covers an
ecosystem's name (:mod:`.labels` has the same rules in Python for the images); the rest
show on hover and as one zooms in. Above :data:`SIGMA_ABOVE` organisations the map is drawn
with sigma.js in WebGL instead (:mod:`.sigma`), same panel, same file format.

vis-network's JavaScript and CSS, as shipped inside the pyvis package, are inlined, so the
page works in a meeting room without a network. Every text that comes from the data
reaches the page only as JSON (with ``<`` escaped) and is put into the page with
``textContent``, never as HTML: a name such as ``<img src=x onerror=alert(1)>`` shows as
text and runs nothing.
"""

from __future__ import annotations

import html as _html
import os
from pathlib import Path
from typing import Any

from ..files import atomic_path
from .labels import LABEL_SPOTS_JS
from .panel import PANEL_CSS, PANEL_HTML, PANEL_JS, fill, panel_data, to_json
from .view import NEW_COLOUR, SUGGESTION_COLOUR, MapView

__all__ = ["render_html", "write_html", "notebook_html", "SIGMA_ABOVE", "RENDERERS",
           "PHYSICS_LIMIT"]

SIGMA_ABOVE = 3000
"""Above this many organisations ``renderer="auto"`` draws with sigma.js (WebGL)."""
RENDERERS = ("auto", "vis", "sigma")
PHYSICS_LIMIT = 0
"""Kept for older callers: maps never run vis-network's physics now (positions are fixed)."""


def _vis_assets() -> tuple[str, str]:
    import importlib.util

    # found without importing pyvis (which imports IPython: 1.5 s for two files)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pyvis is not installed (pip install pyvis==0.3.2)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _network_data(view: MapView) -> dict[str, Any]:
    """Nodes and edges as vis-network reads them (one edge per pair and kind of line)."""
    nodes = [{"id": n["id"], "x": n["x"], "y": n["y"], "shape": n["shape"],
              "color": n["color"], "size": n["size"], "kind": n["kind"],
              "ecosystem": n["ecosystem"]} for n in view.nodes]
    edges = [{"id": i, "from": e["from"], "to": e["to"], "color": e["color"],
              "width": e["width"], "dashes": e["dashes"], "new": e.get("new", 0)}
             for i, e in enumerate(view.edges)]
    return {"nodes": nodes, "edges": edges}


def resolve_renderer(view: MapView, renderer: str = "auto") -> str:
    """Which renderer draws a view: ``vis`` or ``sigma``.

    Examples
    --------
    >>> resolve_renderer(MapView("Netwerk", "nl"))
    'vis'
    """
    if renderer not in RENDERERS:
        raise ValueError(f"renderer must be one of {', '.join(RENDERERS)}, not {renderer!r}")
    if renderer == "auto":
        return "sigma" if len(view.nodes) > SIGMA_ABOVE else "vis"
    return renderer


def render_html(view: MapView, renderer: str = "auto") -> str:
    """Render a map view as one self-contained HTML page.

    Examples
    --------
    >>> from stakeholder_graph.viz.view import MapView
    >>> page = render_html(MapView("Netwerk", "nl"))
    >>> "<script src=" in page, "vis.Network" in page
    (False, True)
    """
    if resolve_renderer(view, renderer) == "sigma":
        from .sigma import render_sigma

        return render_sigma(view)
    data = panel_data(view)
    data.update(_network_data(view))
    data["tips"] = [n["tooltip"] for n in view.nodes]
    data["edgeTips"] = [e["tooltip"] for e in view.edges]
    data["order"] = [i for i, _ in sorted(enumerate(view.nodes),
                                          key=lambda p: (-p[1]["centrality"], p[1]["label"]))]
    data["labels"] = [n["label"] for n in view.nodes]
    data["suggestionEdges"] = {str(e["suggestion"]): i for i, e in enumerate(view.edges)
                               if "suggestion" in e}
    data["newLegend"] = view.new_legend()
    data["colours"]["new"] = NEW_COLOUR
    js, css = _vis_assets()
    return fill(_TEMPLATE, {
        "LANG": view.lang,
        "TITLE": _html.escape(view.title, quote=True),
        "VIS_CSS": css.replace("</style", "<\\/style"),
        "PANEL_CSS": fill(PANEL_CSS, {"SUGGESTION": SUGGESTION_COLOUR}),
        "PANEL_HTML": PANEL_HTML,
        "VIS_JS": js.replace("</script", "<\\/script"),
        "DATA": to_json(data),
        "PANEL_JS": PANEL_JS,
        "LABEL_SPOTS_JS": LABEL_SPOTS_JS,
    })


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

    page = _html.escape(render_html(view), quote=True)
    return HTML(f'<div><iframe srcdoc="{page}" style="width: 100%; height: {int(height)}px; '
                f'border: 1px solid #ddd;" sandbox="allow-scripts"></iframe></div>')


def write_html(view: MapView, path: str | os.PathLike[str], renderer: str = "auto") -> Path:
    """Write the map to ``path`` (a temporary file first, then renamed).

    ``renderer`` is ``"auto"`` (sigma.js above :data:`SIGMA_ABOVE` organisations, else
    vis-network), ``"vis"`` or ``"sigma"``.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> p = write_html(MapView("Netwerk", "nl"), os.path.join(tempfile.mkdtemp(), "m.html"))
    >>> p.stat().st_size > 400_000  # vis-network is inside
    True
    """
    page = render_html(view, renderer)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return Path(path)


# The labels' rules are those of labels.py: most central first, four spots round the node,
# no overlap with a label placed before, a node, or an ecosystem's name; inside the frame.
_TEMPLATE = """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>%%TITLE%%</title>
<style>%%VIS_CSS%%</style>
<style>%%PANEL_CSS%%</style>
</head>
<body>
<div id="sg-map"></div>
%%PANEL_HTML%%
<script type="application/json" id="sg-data">%%DATA%%</script>
<script>%%VIS_JS%%</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  window.sgData = data;
  var LABEL_FONT = 14, LABEL_H = 18, ECO_FONT = 18, ECO_H = 24;
%%LABEL_SPOTS_JS%%
  function tip(lines) {
    var d = document.createElement("div");
    d.className = "sg-tip";
    (lines || []).forEach(function (line) {
      var row = document.createElement("div");
      row.textContent = String(line);
      d.appendChild(row);
    });
    return d;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n, i) {
    return Object.assign({}, n, { title: tip(data.tips[i]) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return Object.assign({}, e, { title: tip(data.edgeTips[i]) });
  }));
  var container = document.getElementById("sg-map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: data.nodes.length > 1500 },
    nodes: { borderWidth: 1, font: { size: 0 } },
    edges: { smooth: false, selectionWidth: 3 }
  });
  window.sgNetwork = network;
  var index = {}, hidden = {}, hover = null;
  data.nodes.forEach(function (n, i) { index[n.id] = i; });

  function fitAreas() {
    var e = data.ecosystems;
    if (!e.length) { return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    e.forEach(function (a) {
      x0 = Math.min(x0, a.x - a.r); x1 = Math.max(x1, a.x + a.r);
      y0 = Math.min(y0, a.y - a.r); y1 = Math.max(y1, a.y + a.r);
    });
    var W = container.clientWidth, H = container.clientHeight;
    var scale = Math.min(W / (x1 - x0), H / (y1 - y0)) * 0.97;
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale,
                     animation: false });
  }

  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    data.ecosystems.forEach(function (a) {
      if (hidden["eco:" + a.name]) { return; }
      ctx.beginPath();
      ctx.arc(a.x, a.y, a.r, 0, 2 * Math.PI);
      ctx.fillStyle = a.colour;
      ctx.fill();
      ctx.lineWidth = 1.5 / network.getScale();
      ctx.strokeStyle = "rgba(0, 0, 0, 0.12)";
      ctx.stroke();
    });
    ctx.restore();
  });

  function overlaps(a, b) {
    return a[0] < b[2] + 1 && b[0] < a[2] + 1 && a[1] < b[3] + 1 && b[1] < a[3] + 1;
  }
  function Grid(cell) { this.cell = cell; this.cells = {}; }
  Grid.prototype.keys = function (b, f) {
    for (var i = Math.floor(b[0] / this.cell); i <= Math.floor(b[2] / this.cell); i++) {
      for (var j = Math.floor(b[1] / this.cell); j <= Math.floor(b[3] / this.cell); j++) {
        f(i + "," + j);
      }
    }
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b, function (k) { (cells[k] = cells[k] || []).push(b); });
  };
  Grid.prototype.hits = function (b, ignore) {
    var cells = this.cells, hit = false;
    this.keys(b, function (k) {
      if (hit || !cells[k]) { return; }
      for (var i = 0; i < cells[k].length; i++) {
        if (cells[k][i] !== ignore && overlaps(b, cells[k][i])) { hit = true; return; }
      }
    });
    return hit;
  };
  function text(ctx, s, x, y, bold) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
    ctx.strokeText(s, x, y);
    ctx.fillStyle = bold ? "#000" : "#222";
    ctx.fillText(s, x, y);
  }

  network.on("afterDrawing", function (ctx) {
    var W = container.clientWidth, H = container.clientHeight;
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var scale = network.getScale();
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    var grid = new Grid(96), nodeGrid = new Grid(96), ecoBoxes = [], labelBoxes = [];
    var shown = [], nodeBox = {};
    data.nodes.forEach(function (n, i) {
      if (hidden[n.id]) { return; }
      var p = network.canvasToDOM({ x: n.x, y: n.y }), r = n.size * scale;
      if (p.x < -r || p.y < -r || p.x > W + r || p.y > H + r) { return; }
      var core = r * 0.6, box = [p.x - core, p.y - core, p.x + core, p.y + core];
      nodeBox[i] = { p: p, r: r, box: box };
      nodeGrid.add(box);
    });
    ctx.font = "bold " + ECO_FONT + "px sans-serif";
    data.ecosystems.forEach(function (a) {
      if (hidden["eco:" + a.name]) { return; }
      var top = network.canvasToDOM({ x: a.x, y: a.y - a.r });
      var mid = network.canvasToDOM({ x: a.x, y: a.y }), rr = mid.y - top.y;
      if (mid.x + rr < 0 || mid.x - rr > W || mid.y + rr < 0 || mid.y - rr > H) { return; }
      var w = ctx.measureText(a.name).width;
      var x = Math.max(6, Math.min(W - 6 - w, top.x - w / 2));
      var y = Math.max(6, Math.min(H - 6 - ECO_H, top.y + 6));
      var box = [x, y, x + w, y + ECO_H];
      function taken(b) {
        return ecoBoxes.some(function (o) { return overlaps(b, o.box); }) || nodeGrid.hits(b, null);
      }
      var above = Math.max(6, top.y - ECO_H - 4);  // above the area when a node is in the way
      if (taken(box) && !taken([x, above, x + w, above + ECO_H])) {
        y = above;
        box = [x, y, x + w, y + ECO_H];
      }
      for (var tries = 0; tries < 20 && taken(box); tries++) {
        y = Math.min(H - 6 - ECO_H, y + ECO_H / 2);
        box = [x, y, x + w, y + ECO_H];
      }
      ctx.fillStyle = "rgba(40, 40, 40, 0.85)";
      ctx.fillText(a.name, x, y + 3);
      ecoBoxes.push({ name: a.name, box: box });
      grid.add(box);
    });
    var selected = network.getSelectedNodes().map(function (id) { return index[id]; });
    var first = {};
    selected.forEach(function (i) { first[i] = true; shown.push(i); });
    data.order.forEach(function (i) { if (!first[i]) { shown.push(i); } });
    ctx.font = LABEL_FONT + "px sans-serif";
    var rank = 0;
    shown.forEach(function (i) {
      var at = nodeBox[i];
      if (!at || i === hover) { return; }
      var label = data.labels[i], w = ctx.measureText(label).width, p = at.p, r = at.r;
      var spots = labelSpots(p, r, w);
      rank++;
      var chosen = null, fallback = null;
      for (var s = 0; s < spots.length && !chosen; s++) {
        var c = [spots[s][0], spots[s][1], spots[s][0] + w, spots[s][1] + LABEL_H];
        if (c[0] < 0 || c[1] < 0 || c[2] > W || c[3] > H || grid.hits(c, null)) { continue; }
        if (!nodeGrid.hits(c, at.box)) { chosen = c; }
        else if (!fallback) { fallback = c; }
      }
      // the most central may cover another node rather than go unnamed
      if (!chosen && rank <= 15) { chosen = fallback; }
      if (chosen) {
        var b = chosen;
        grid.add(b);
        ctx.font = (first[i] ? "bold " : "") + LABEL_FONT + "px sans-serif";
        text(ctx, label, b[0], b[1] + 2, first[i]);
        ctx.font = LABEL_FONT + "px sans-serif";
        labelBoxes.push({ id: data.nodes[i].id, box: b });
      }
    });
    if (hover !== null && nodeBox[hover]) {  // the hovered organisation is always named
      var h = nodeBox[hover], label = data.labels[hover];
      ctx.font = "bold " + LABEL_FONT + "px sans-serif";
      var w = ctx.measureText(label).width;
      ctx.fillStyle = "rgba(255, 255, 255, 0.95)";
      ctx.fillRect(h.p.x - w / 2 - 3, h.p.y + h.r + 1, w + 6, LABEL_H + 2);
      text(ctx, label, h.p.x - w / 2, h.p.y + h.r + 4, true);
    }
    ctx.restore();
    window.sgEcoBoxes = ecoBoxes;
    window.sgLabelBoxes = labelBoxes;
    window.sgFrames = (window.sgFrames || 0) + 1;
    window.sgDrawnAt = window.sgDrawnAt || performance.now();
    window.sgDrawn = true;
  });
  network.on("hoverNode", function (p) { hover = index[p.node]; network.redraw(); });
  network.on("blurNode", function () { hover = null; network.redraw(); });

  window.sgRenderer = {
    select: function (ids, suggestion) {
      var want = {}, edgeIds = [];
      ids.forEach(function (id, k) { if (k) { want[ids[k - 1] + "|" + id] = true; } });
      if (suggestion !== null && suggestion !== undefined) {
        var e = data.suggestionEdges[String(suggestion)];
        if (e !== undefined) { edgeIds.push(e); }
        data.edges.forEach(function (e) {
          if (!e.dashes && (want[e.from + "|" + e.to] || want[e.to + "|" + e.from])) {
            edgeIds.push(e.id);
          }
        });
      }
      network.setSelection({ nodes: ids, edges: edgeIds }, { unselectAll: true,
                                                            highlightEdges: false });
      return edgeIds;
    },
    focus: function (ids) {
      if (ids.length === 1) {
        network.focus(ids[0], { scale: Math.max(network.getScale(), 1.2), animation: false });
      } else {
        network.fit({ nodes: ids, maxZoomLevel: 1.4, animation: false });
      }
    },
    setHidden: function (isHidden) {
      hidden = {};
      var update = data.nodes.map(function (n) {
        var h = isHidden(n);
        if (h) { hidden[n.id] = true; }
        return { id: n.id, hidden: h };
      });
      data.ecosystems.forEach(function (a) {
        if (isHidden({ kind: null, ecosystem: a.name })) { hidden["eco:" + a.name] = true; }
      });
      nodes.update(update);
    },
    clear: function () { network.unselectAll(); fitAreas(); }
  };
  fitAreas();
  window.addEventListener("resize", fitAreas);
  window.sgStill = true;
})();
</script>
<script>%%PANEL_JS%%</script>
<script>
(function () {  // the new ties' line in the legend, above the legend's notes
  "use strict";
  var data = window.sgData;
  if (!data.newLegend) { return; }
  var legend = document.getElementById("sg-legend");
  var row = document.createElement("div"), line = document.createElement("span");
  var label = document.createElement("span");
  row.className = "sg-row sg-new";
  line.className = "sg-line";
  line.style.borderTop = "5px solid " + data.colours["new"];
  label.textContent = data.newLegend;
  row.appendChild(line);
  row.appendChild(label);
  legend.insertBefore(row, legend.querySelector(".sg-note"));
})();
</script>
</body>
</html>
"""
