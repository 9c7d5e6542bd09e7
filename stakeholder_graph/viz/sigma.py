"""The map of a big network: sigma.js (WebGL) with graphology, in one offline HTML file.

vis-network draws on a 2D canvas and slows down in the low thousands of organisations;
sigma.js draws nodes and edges with WebGL and stays fluid with tens of thousands. The
page has the same side panel as the vis-network map (:mod:`.panel`: legend, search over
names and aliases, filters, suggestions), the same ecosystem areas with their names, and
the same positions.

Labels are not sigma's (its label grid lets labels overlap): the page places them itself
after every frame, with the rules of :mod:`.labels` — most central organisation first
(selected ones before all), a few spots round each node, a label drawn only where it
overlaps no label drawn in that frame and no ecosystem name, inside the map, and no more
than the screen holds — so more organisations are named as one zooms in. While the map
moves (dragging, zooming) labels and, on big maps, edges are left out, as sigma's
``hideLabelsOnMove``/``hideEdgesOnMove`` do, and drawn again when it stops. The page keeps
the boxes it drew in ``window.sgLabelBoxes`` and ``window.sgEcoBoxes`` (for tests).

sigma.js 3.0.2 and graphology 0.26.0 (both MIT) come from npm and are vendored in
``viz/vendor/`` with their licence files; their JavaScript is inlined into the page.
"""

from __future__ import annotations

import html as _html
from importlib.resources import files

from .labels import LABEL_SPOTS_JS
from .panel import PANEL_CSS, PANEL_HTML, PANEL_JS, fill, panel_data, to_json
from .view import SUGGESTION_COLOUR, MapView

__all__ = ["render_sigma", "SIGMA_VERSION", "GRAPHOLOGY_VERSION"]

SIGMA_VERSION = "3.0.2"
GRAPHOLOGY_VERSION = "0.26.0"


def _asset(name: str) -> str:
    return (files(__package__) / "vendor" / name).read_text(encoding="utf-8")


def _graph_data(view: MapView) -> dict:
    top = max((n["size"] for n in view.nodes), default=1.0) or 1.0
    return {
        "nodes": [[n["id"], n["x"], n["y"], round(1.5 + 6 * n["size"] / top, 2), n["color"],
                   n["label"], n["kind"], n["ecosystem"]] for n in view.nodes],
        "edges": [[e["from"], e["to"], e["color"], 1.6 if e.get("cross") or e["dashes"] else 0.6]
                  for e in view.edges],
        "tips": [n["tooltip"] for n in view.nodes],
        # the label pass tries organisations in this order: most central first
        "order": [i for i, _ in sorted(enumerate(view.nodes),
                                       key=lambda p: (-p[1]["centrality"], p[1]["label"]))],
    }


def render_sigma(view: MapView) -> str:
    """Render a map view as one self-contained HTML page drawn by sigma.js.

    Examples
    --------
    >>> page = render_sigma(MapView("Netwerk", "nl"))
    >>> "<script src=" in page, "new Sigma(" in page
    (False, True)
    """
    data = panel_data(view)
    data.update(_graph_data(view))
    return fill(_TEMPLATE, {
        "LANG": view.lang,
        "TITLE": _html.escape(view.title, quote=True),
        "PANEL_CSS": fill(PANEL_CSS, {"SUGGESTION": SUGGESTION_COLOUR}),
        "PANEL_HTML": PANEL_HTML,
        "GRAPHOLOGY_JS": _asset(f"graphology-{GRAPHOLOGY_VERSION}.umd.min.js")
        .replace("</script", "<\\/script"),
        "SIGMA_JS": _asset(f"sigma-{SIGMA_VERSION}.min.js").replace("</script", "<\\/script"),
        "DATA": to_json(data),
        "PANEL_JS": PANEL_JS,
        "LABEL_SPOTS_JS": LABEL_SPOTS_JS,
    })


_TEMPLATE = """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>%%TITLE%%</title>
<style>%%PANEL_CSS%%
  #sg-areas, #sg-names { position: absolute; left: 0; top: 0; pointer-events: none; }
  #sg-tooltip { position: absolute; display: none; background: #fff; border: 1px solid #bbb;
                padding: 4px 6px; pointer-events: none; z-index: 10;
                box-shadow: 0 1px 4px rgba(0,0,0,.2); }
</style>
</head>
<body>
<div id="sg-map"></div>
<div id="sg-tooltip" class="sg-tip"></div>
%%PANEL_HTML%%
<script type="application/json" id="sg-data">%%DATA%%</script>
<script>%%GRAPHOLOGY_JS%%</script>
<script>%%SIGMA_JS%%</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  window.sgData = data;
  var Graph = graphology.Graph || graphology;
  var graph = new Graph({ multi: true, type: "undirected" });
  var index = {};
  data.nodes.forEach(function (n, i) {
    index[n[0]] = i;
    graph.addNode(n[0], { x: n[1], y: -n[2], size: n[3], color: n[4], label: n[5],
                          kind: n[6], ecosystem: n[7] });
  });
  data.edges.forEach(function (e) {
    graph.addEdge(e[0], e[1], { color: e[2], size: e[3] });
  });
  var container = document.getElementById("sg-map");
  var hidden = {}, selected = {}, selectedEdges = {}, anySelected = false;
  var hoveredNode = null;
  var drawHover = Sigma.rendering.drawDiscNodeHover;
  var big = data.edges.length > 20000;
  var renderer = new Sigma(graph, container, {
    renderEdgeLabels: false, renderLabels: false,  // labels: the page's own pass, below
    labelFont: "sans-serif", labelSize: 14, labelWeight: "bold",
    zIndex: true, minCameraRatio: 0.01, maxCameraRatio: 4,
    hideEdgesOnMove: big, hideLabelsOnMove: big,
    // the hovered organisation is named on the hover layer; a selected one gets a ring
    // there and its name from the label pass
    defaultDrawNodeHover: function (ctx, d, settings) {
      drawHover(ctx, d.key === hoveredNode ? d : Object.assign({}, d, { label: null }),
                settings);
    },
    nodeReducer: function (node, attrs) {
      var out = Object.assign({}, attrs);
      if (hidden[node]) { out.hidden = true; }
      if (selected[node]) { out.highlighted = true; out.zIndex = 2; }
      else if (anySelected) { out.color = "#cfcfcf"; out.zIndex = 0; }
      return out;
    },
    edgeReducer: function (edge, attrs) {
      var ends = graph.extremities(edge);
      if (hidden[ends[0]] || hidden[ends[1]]) { return Object.assign({}, attrs, { hidden: true }); }
      if (selectedEdges[edge]) { return Object.assign({}, attrs, { size: 4, zIndex: 2 }); }
      return attrs;
    }
  });
  window.sgSigma = renderer;
  window.sgGraph = graph;

  // The ecosystem areas under the WebGL layers, their names above them.
  function layer(id, z) {
    var c = document.createElement("canvas");
    c.id = id;
    c.style.zIndex = z;
    container.insertBefore(c, z < 0 ? container.firstChild : null);
    return c;
  }
  var areas = layer("sg-areas", -1), names = layer("sg-names", 5);
  container.style.zIndex = 0;
  renderer.getContainer().querySelectorAll("canvas").forEach(function (c) {
    if (c !== areas && c !== names) { c.style.zIndex = 1; }
  });
  areas.style.zIndex = 0;
  var hiddenEco = {};
  function drawAreas() {
    var W = container.clientWidth, H = container.clientHeight, ratio = window.devicePixelRatio || 1;
    [areas, names].forEach(function (c) {
      if (c.width !== W * ratio || c.height !== H * ratio) {
        c.width = W * ratio; c.height = H * ratio; c.style.width = W + "px"; c.style.height = H + "px";
      } else {
        c.getContext("2d").setTransform(1, 0, 0, 1, 0, 0);
        c.getContext("2d").clearRect(0, 0, c.width, c.height);
      }
    });
    var a = areas.getContext("2d"), t = names.getContext("2d"), boxes = [];
    a.setTransform(ratio, 0, 0, ratio, 0, 0);
    t.setTransform(ratio, 0, 0, ratio, 0, 0);
    t.font = "bold 18px sans-serif";
    t.textBaseline = "top";
    data.ecosystems.forEach(function (e) {
      if (hiddenEco[e.name]) { return; }
      var c = renderer.graphToViewport({ x: e.x, y: -e.y });
      var edge = renderer.graphToViewport({ x: e.x + e.r, y: -e.y });
      var r = Math.abs(edge.x - c.x);
      if (c.x + r < 0 || c.x - r > W || c.y + r < 0 || c.y - r > H) { return; }
      a.beginPath();
      a.arc(c.x, c.y, r, 0, 2 * Math.PI);
      a.fillStyle = e.colour;
      a.fill();
      a.strokeStyle = "rgba(0,0,0,0.12)";
      a.stroke();
      var w = t.measureText(e.name).width;
      var x = Math.max(6, Math.min(W - 6 - w, c.x - w / 2));
      var y = Math.max(6, Math.min(H - 30, c.y - r + 6));
      var box = [x, y, x + w, y + 24];
      boxes.push({ name: e.name, box: box });
      t.lineWidth = 4;
      t.strokeStyle = "rgba(255,255,255,0.9)";
      t.strokeText(e.name, x, y + 3);
      t.fillStyle = "rgba(40,40,40,0.9)";
      t.fillText(e.name, x, y + 3);
    });
    window.sgEcoBoxes = boxes;
    return boxes;
  }
  // The node labels: most central first (selected ones before all), a few spots round
  // each node, drawn only where the box overlaps no label drawn in this frame and no
  // ecosystem name, inside the map, and no more than the screen holds (the rules of
  // labels.py). Boxes are [x0, y0, x1, y1] in CSS pixels of the map.
  var LABEL_FONT = 14, LABEL_H = 18, INSIST = 15;
%%LABEL_SPOTS_JS%%
  var labelCanvas = renderer.getCanvases().labels, widths = {};
  function overlaps(a, b) {
    return a[0] < b[2] + 1 && b[0] < a[2] + 1 && a[1] < b[3] + 1 && b[1] < a[3] + 1;
  }
  function Grid(cell) { this.cell = cell; this.cells = new Map(); }
  Grid.prototype.add = function (b) {
    var c = this.cell;
    for (var i = Math.floor(b[0] / c); i <= Math.floor(b[2] / c); i++) {
      for (var j = Math.floor(b[1] / c); j <= Math.floor(b[3] / c); j++) {
        var k = i * 65536 + j, cell = this.cells.get(k);
        if (cell) { cell.push(b); } else { this.cells.set(k, [b]); }
      }
    }
  };
  Grid.prototype.hits = function (b, ignore) {
    var c = this.cell;
    for (var i = Math.floor(b[0] / c); i <= Math.floor(b[2] / c); i++) {
      for (var j = Math.floor(b[1] / c); j <= Math.floor(b[3] / c); j++) {
        var cell = this.cells.get(i * 65536 + j);
        if (!cell) { continue; }
        for (var n = 0; n < cell.length; n++) {
          if (cell[n] !== ignore && overlaps(b, cell[n])) { return true; }
        }
      }
    }
    return false;
  };
  // where sigma put each node (its own framed coordinates and size): fixed once drawn
  var framed = null;
  function framedNodes() {
    if (!framed) {
      framed = data.nodes.map(function (n) {
        var d = renderer.getNodeDisplayData(n[0]);
        return { x: d.x, y: d.y, size: d.size };
      });
    }
    return framed;
  }
  function moving() {
    var m = renderer.getMouseCaptor(), t = renderer.getTouchCaptor();
    return !!(renderer.getCamera().isAnimated() || m.isMoving || m.draggedEvents ||
              m.currentWheelDirection || t.isMoving);
  }
  var settle = null;
  function drawLabels(ecoBoxes) {
    var W = container.clientWidth, H = container.clientHeight;
    var ctx = labelCanvas.getContext("2d"), boxes = [];
    window.sgLabelBoxes = boxes;
    if (renderer.getSetting("hideLabelsOnMove") && moving()) {
      // sigma draws no labels while the map moves; draw them once it has stopped
      clearTimeout(settle);
      settle = setTimeout(function () { if (!moving()) { renderer.scheduleRender(); } }, 150);
      return;
    }
    var grid = new Grid(96), nodeGrid = new Grid(48), at = {};
    ecoBoxes.forEach(function (e) { grid.add(e.box); });
    var order = [];
    Object.keys(selected).forEach(function (id) { order.push(index[id]); });
    data.order.forEach(function (i) { if (!selected[data.nodes[i][0]]) { order.push(i); } });
    var where = framedNodes(), scale = renderer.scaleSize(1);
    order.forEach(function (i) {
      if (hidden[data.nodes[i][0]]) { return; }
      var d = where[i], p = renderer.framedGraphToViewport(d), r = d.size * scale;
      if (p.x < -r || p.y < -r || p.x > W + r || p.y > H + r) { return; }
      var core = r * 0.6, box = [p.x - core, p.y - core, p.x + core, p.y + core];
      at[i] = { p: p, r: r, box: box };
      nodeGrid.add(box);
    });
    // no more labels than the screen holds, and no more tries than that asks for
    var most = Math.max(INSIST, Math.round(W * H / 14000)), tries = 30 * most, rank = 0;
    ctx.save();
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    for (var k = 0; k < order.length && boxes.length < most && rank < tries; k++) {
      var i = order[k], here = at[i];
      if (!here) { continue; }
      var id = data.nodes[i][0], label = data.nodes[i][5], first = !!selected[id];
      var font = (first ? "bold " : "") + LABEL_FONT + "px sans-serif";
      ctx.font = font;
      var key = (first ? "b" : "n") + i;
      var w = widths[key] || (widths[key] = ctx.measureText(label).width);
      var p = here.p, spots = labelSpots(p, here.r, w);
      rank++;
      var chosen = null, fallback = null;
      for (var s = 0; s < spots.length && !chosen; s++) {
        var b = [spots[s][0], spots[s][1], spots[s][0] + w, spots[s][1] + LABEL_H];
        if (b[0] < 0 || b[1] < 0 || b[2] > W || b[3] > H || grid.hits(b, null)) { continue; }
        if (!nodeGrid.hits(b, here.box)) { chosen = b; }
        else if (!fallback) { fallback = b; }
      }
      // the most central, and selected ones, may cover another node rather than go unnamed
      if (!chosen && (rank <= INSIST || first)) { chosen = fallback; }
      if (!chosen) { continue; }
      grid.add(chosen);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(label, chosen[0], chosen[1] + 2);
      ctx.fillStyle = first ? "#000" : "#222";
      ctx.fillText(label, chosen[0], chosen[1] + 2);
      boxes.push({ id: id, box: chosen });
    }
    ctx.restore();
  }
  renderer.on("afterRender", function () {
    drawLabels(drawAreas());
    window.sgFrames = (window.sgFrames || 0) + 1;
  });
  drawLabels(drawAreas());  // sigma drew the graph once already, inside its constructor
  window.sgDrawnAt = performance.now();
  window.sgDrawn = true;

  var tooltip = document.getElementById("sg-tooltip");
  renderer.on("enterNode", function (ev) {
    hoveredNode = ev.node;
    tooltip.textContent = "";
    (data.tips[index[ev.node]] || []).forEach(function (line) {
      var row = document.createElement("div");
      row.textContent = String(line);
      tooltip.appendChild(row);
    });
    var p = renderer.graphToViewport(graph.getNodeAttributes(ev.node));
    tooltip.style.left = Math.min(p.x + 14, container.clientWidth - 200) + "px";
    tooltip.style.top = (p.y + 14) + "px";
    tooltip.style.display = "block";
  });
  renderer.on("leaveNode", function () {
    hoveredNode = null;
    tooltip.style.display = "none";
  });

  window.sgRenderer = {
    select: function (ids, suggestion) {
      selected = {}; selectedEdges = {};
      ids.forEach(function (id) { selected[id] = true; });
      var edgeIds = [];
      if (suggestion !== null && suggestion !== undefined) {
        for (var k = 1; k < ids.length; k++) {
          graph.edges(ids[k - 1], ids[k]).forEach(function (e) { selectedEdges[e] = true; edgeIds.push(e); });
        }
        var s = data.suggestions[suggestion];
        graph.edges(s.a_id, s.b_id).forEach(function (e) { selectedEdges[e] = true; edgeIds.push(e); });
      }
      anySelected = ids.length > 0;
      window.sgSelected = ids.slice();
      renderer.refresh();
      return edgeIds;
    },
    focus: function (ids) {
      var xs = [], ys = [];
      ids.forEach(function (id) {
        var d = renderer.getNodeDisplayData(id);
        if (d) { xs.push(d.x); ys.push(d.y); }
      });
      if (!xs.length) { return; }
      var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
      var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      var ratio = Math.max(0.2, Math.min(1, Math.max(x1 - x0, y1 - y0) * 1.4));
      renderer.getCamera().setState({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: ratio });
    },
    setHidden: function (isHidden) {
      hidden = {};
      data.nodes.forEach(function (n) {
        if (isHidden({ kind: n[6], ecosystem: n[7] })) { hidden[n[0]] = true; }
      });
      hiddenEco = {};
      data.ecosystems.forEach(function (e) {
        if (isHidden({ kind: null, ecosystem: e.name })) { hiddenEco[e.name] = true; }
      });
      renderer.refresh();
    },
    clear: function () {
      selected = {}; selectedEdges = {}; anySelected = false; window.sgSelected = [];
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 });
      renderer.refresh();
    }
  };
  window.sgStill = true;
})();
</script>
<script>%%PANEL_JS%%</script>
</body>
</html>
"""
