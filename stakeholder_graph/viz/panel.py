"""The side panel both HTML renderers share: title, search, legend, suggestions, filters.

The panel's script talks to the drawing through a small object ``R`` that each renderer
(:mod:`.html` for vis-network, :mod:`.sigma` for sigma.js) defines before it:
``R.select(nodeIds, edgeIds)``, ``R.focus(nodeIds)``, ``R.setHidden(isHidden)`` and
``R.clear()``. Everything from the data is put into the page with ``textContent``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .view import CROSS_COLOUR, KIND_STYLE, LINK_COLOUR, SUGGESTION_COLOUR, MapView

__all__ = ["panel_data", "to_json", "fill", "PANEL_CSS", "PANEL_HTML", "PANEL_JS"]


def to_json(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element (no ``<``, ``>`` or ``&``).

    Examples
    --------
    >>> to_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def fill(template: str, values: dict[str, str]) -> str:
    """Put each ``%%NAME%%`` of the template in one pass.

    A value is never searched again, so a title that reads ``%%DATA%%`` stays text.

    Examples
    --------
    >>> fill("<t>%%TITLE%%</t>%%DATA%%", {"TITLE": "%%DATA%%", "DATA": "{}"})
    '<t>%%DATA%%</t>{}'
    """
    return re.sub(r"%%([A-Z_]+)%%", lambda m: values.get(m.group(1), m.group(0)), template)


def panel_data(view: MapView) -> dict[str, Any]:
    """What the panel shows, as plain data for the page."""
    text = view.text
    ids = {n["id"] for n in view.nodes}
    return {
        "ecosystems": view.ecosystems,
        "kinds": [{"kind": k, "label": text["kinds"][k], "color": c, "shape": s}
                  for k, (c, s, _) in KIND_STYLE.items()
                  if any(n["kind"] == k for n in view.nodes)],
        "text": {k: v for k, v in text.items() if isinstance(v, str)},
        "notes": view.legend_notes(),
        "colours": {"suggestion": SUGGESTION_COLOUR, "cross": CROSS_COLOUR,
                    "link": LINK_COLOUR},
        "hasCross": any(e.get("cross") for e in view.edges),
        "suggestions": [{"rank": int(s.get("rank", i + 1)), "a": str(s["a"]),
                         "b": str(s["b"]), "a_id": s["a_id"], "b_id": s["b_id"],
                         "a_eco": str(s.get("a_ecosystem") or ""),
                         "b_eco": str(s.get("b_ecosystem") or ""),
                         "why": str(s.get("explanation") or ""),
                         "path": [p for p in s.get("path", []) if p in ids]}
                        for i, s in enumerate(view.suggestions)],
        "search": {n["id"]: [n["label"], *n.get("aliases", [])] for n in view.nodes},
    }


PANEL_CSS = """
  html, body { margin: 0; height: 100%; font-family: sans-serif; }
  #sg-map { position: absolute; left: 0; right: 340px; top: 0; bottom: 0; background: #fff; }
  #sg-panel { position: absolute; right: 0; top: 0; bottom: 0; width: 330px; overflow: auto;
              border-left: 1px solid #ddd; padding: 6px 4px 6px 6px; font-size: 14px;
              background: #fafafa; }
  #sg-panel h1 { font-size: 17px; margin: 4px 0 8px; }
  #sg-panel h2 { font-size: 14px; margin: 12px 0 4px; }
  .sg-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
  .sg-swatch { width: 12px; height: 12px; display: inline-block; border-radius: 2px; flex: none; }
  .sg-line { width: 22px; border-top: 2px solid; display: inline-block; flex: none; }
  .sg-dash { width: 22px; border-top: 2px dashed; display: inline-block; flex: none; }
  .sg-note { color: #555; font-size: 13px; margin: 4px 0; }
  .sg-tip { white-space: normal; max-width: 380px; font-size: 13px; }
  .sg-tip div:first-child { font-weight: bold; }
  #sg-search { flex: 1; min-width: 0; }
  #sg-status { color: #333; font-size: 13px; min-height: 1em; }
  #sg-suggestions ol { margin: 0; padding: 0; list-style: none; }
  #sg-suggestions li { border: 1px solid #ddd; border-left: 4px solid %%SUGGESTION%%;
                       background: #fff; margin: 4px 0; padding: 4px 6px; cursor: pointer; }
  #sg-suggestions li.sg-active { background: #f0e8f7; border-color: %%SUGGESTION%%; }
  #sg-suggestions .sg-pair { font-weight: bold; }
  #sg-suggestions .sg-ecos { color: #666; font-size: 12px; }
  #sg-suggestions .sg-why { font-size: 13px; margin-top: 2px; }
  #sg-suggestions .sg-via { font-size: 12px; color: #555; margin-top: 2px; }
"""

PANEL_HTML = """
<div id="sg-panel">
  <h1 id="sg-title"></h1>
  <div class="sg-row"><input id="sg-search" type="search"><button id="sg-find"></button>
    <button id="sg-reset"></button></div>
  <div id="sg-status"></div>
  <div id="sg-legend"><h2 id="sg-legend-title"></h2></div>
  <div id="sg-suggestions"><h2 id="sg-suggestions-title"></h2><ol></ol></div>
  <div id="sg-kind-filter"><h2 id="sg-kind-title"></h2></div>
  <div id="sg-eco-filter"><h2 id="sg-eco-title"></h2></div>
</div>
"""

PANEL_JS = """
(function () {
  "use strict";
  var data = window.sgData, T = data.text, R = window.sgRenderer;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  byId("sg-title").textContent = document.title;
  byId("sg-search").placeholder = T.search;
  byId("sg-find").textContent = T.find;
  byId("sg-reset").textContent = T.reset;
  byId("sg-legend-title").textContent = T.legend;
  byId("sg-kind-title").textContent = T.kind_filter;
  byId("sg-eco-title").textContent = T.eco_filter;

  var legend = byId("sg-legend");
  data.kinds.forEach(function (k) {
    var row = el("div", null, "sg-row"), sw = el("span", null, "sg-swatch");
    sw.style.background = k.color;
    row.appendChild(sw);
    row.appendChild(el("span", k.label));
    legend.appendChild(row);
  });
  function lineRow(cls, colour, label) {
    var row = el("div", null, "sg-row"), line = el("span", null, cls);
    line.style.borderColor = colour;
    row.appendChild(line);
    row.appendChild(el("span", label));
    legend.appendChild(row);
  }
  lineRow("sg-line", data.colours.link, T.link);
  if (data.hasCross) { lineRow("sg-line", data.colours.cross, T.cross); }
  if (data.suggestions.length) { lineRow("sg-dash", data.colours.suggestion, T.suggestion); }
  data.notes.forEach(function (note) { legend.appendChild(el("div", note, "sg-note")); });

  var names = {};
  Object.keys(data.search).forEach(function (id) { names[id] = data.search[id][0]; });
  var box = byId("sg-suggestions");
  if (!data.suggestions.length) { box.style.display = "none"; }
  byId("sg-suggestions-title").textContent = T.suggestions;
  var list = box.querySelector("ol");
  data.suggestions.forEach(function (s, i) {
    var li = el("li");
    li.dataset.index = String(i);
    li.appendChild(el("div", s.rank + ". " + s.a + " \\u2014 " + s.b, "sg-pair"));
    if (s.a_eco || s.b_eco) {
      li.appendChild(el("div", s.a_eco + " \\u2194 " + s.b_eco, "sg-ecos"));
    }
    li.appendChild(el("div", s.why, "sg-why"));
    var via = s.path.slice(1, -1).map(function (id) { return names[id] || id; });
    li.appendChild(el("div", via.length ? T.path + ": " + via.join(", ") : T.no_path,
                      "sg-via"));
    li.addEventListener("click", function () { highlight(i); });
    list.appendChild(li);
  });
  function highlight(i) {
    var s = data.suggestions[i];
    var ids = s.path.length ? s.path.slice() : [s.a_id, s.b_id];
    Array.prototype.forEach.call(list.children, function (li) {
      li.classList.toggle("sg-active", li.dataset.index === String(i));
    });
    window.sgHighlight = { index: i, nodes: ids, edges: R.select(ids, i) };
    R.focus(ids);
  }

  var hiddenKinds = {}, hiddenEcos = {};
  function applyFilters() {
    R.setHidden(function (n) { return !!(hiddenKinds[n.kind] || hiddenEcos[n.ecosystem]); });
  }
  function checkbox(parent, label, onChange) {
    var row = el("label", null, "sg-row"), input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.addEventListener("change", function () { onChange(!input.checked); applyFilters(); });
    row.appendChild(input);
    row.appendChild(el("span", label));
    parent.appendChild(row);
  }
  data.kinds.forEach(function (k) {
    checkbox(byId("sg-kind-filter"), k.label, function (hide) { hiddenKinds[k.kind] = hide; });
  });
  data.ecosystems.forEach(function (e) {
    checkbox(byId("sg-eco-filter"), e.name + " (" + e.count + ")",
             function (hide) { hiddenEcos[e.name] = hide; });
  });

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "");
  }
  var folded = {};
  Object.keys(data.search).forEach(function (id) { folded[id] = data.search[id].map(fold); });
  function find() {
    var raw = byId("sg-search").value.trim(), q = fold(raw), status = byId("sg-status");
    status.textContent = "";
    if (!q) { return; }
    var hits = Object.keys(folded).filter(function (id) {
      return folded[id].some(function (name) { return name.indexOf(q) >= 0; });
    });
    if (!hits.length) { status.textContent = raw + ": " + T.not_found; return; }
    status.textContent = T.found.replace("{}", String(hits.length)) + ": " +
      hits.slice(0, 5).map(function (id) { return names[id]; }).join(", ");
    window.sgHighlight = null;
    R.select(hits, null);
    R.focus(hits.slice(0, 1));
  }
  byId("sg-find").addEventListener("click", find);
  byId("sg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { find(); }
  });
  byId("sg-reset").addEventListener("click", function () {
    byId("sg-search").value = "";
    byId("sg-status").textContent = "";
    Array.prototype.forEach.call(list.children, function (li) { li.classList.remove("sg-active"); });
    window.sgHighlight = null;
    R.clear();
  });
})();
"""
