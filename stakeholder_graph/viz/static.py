"""The same map as a static image (PNG or SVG, for a slide) and as PowerPoint slides.

The image draws what the HTML map draws: each ecosystem's round area with its name, the
organisations inside, links across ecosystems in a strong colour, suggestions dashed. It
is sized for a meeting-room screen: at the requested pixel size every label is at least
:data:`LABEL_PX` pixels high, labels never overlap (:mod:`.labels`, most central first),
and the areas are fitted to the frame so the drawing fills it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import atomic_path
from .labels import Box, LabelRequest, overlap, place_labels
from .view import CROSS_COLOUR, KIND_STYLE, LINK_COLOUR, NEW_COLOUR, SUGGESTION_COLOUR, MapView

__all__ = ["write_image", "draw_image", "write_pptx", "write_deck", "parse_size", "Drawing",
           "LABEL_PX"]

LABEL_PX = 16
"""Font size of organisation labels, in pixels of the requested image size."""
ECO_PX = 20
TITLE_PX = 30
LEGEND_PX = 16


def parse_size(text: str) -> tuple[int, int]:
    """Parse ``"1920x1080"`` into pixels.

    Examples
    --------
    >>> parse_size("1920x1080")
    (1920, 1080)
    """
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"size must look like 1920x1080, not {text!r}") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise ValueError("width and height must lie between 200 and 10000 pixels")
    return width, height


@dataclass
class Drawing:
    """A drawn map (a matplotlib figure) and where its texts ended up.

    Boxes are ``(x0, y0, x1, y1)`` in pixels of the requested size, y downwards, measured
    from the figure's own text extents after drawing.
    """

    figure: Any
    size: tuple[int, int]
    labels: dict[str, Box] = field(default_factory=dict)
    ecosystem_names: dict[str, Box] = field(default_factory=dict)
    legend: Box | None = None
    legend_texts: list[str] = field(default_factory=list)
    """The legend's entries as drawn."""
    content: Box | None = None
    """The box round everything drawn (areas, labels, legend, title)."""

    def label_heights(self) -> list[float]:
        """The height of every organisation label, in pixels."""
        return [b[3] - b[1] for b in self.labels.values()]

    def fill_fraction(self) -> float:
        """The share of the frame the drawing's box covers."""
        if self.content is None:
            return 0.0
        x0, y0, x1, y1 = self.content
        return max(0.0, x1 - x0) * max(0.0, y1 - y0) / (self.size[0] * self.size[1])


def _extent(artist: Any, renderer: Any, scale: float, height: float) -> Box:
    """An artist's window extent in requested pixels, y downwards."""
    b = artist.get_window_extent(renderer)
    return (b.x0 / scale, height - b.y1 / scale, b.x1 / scale, height - b.y0 / scale)


def draw_image(view: MapView, size: tuple[int, int] = (1920, 1080), title: bool = True,
               scale: float = 1.0, labels: int | None = None) -> Drawing:
    """Draw a map view with matplotlib and measure where its texts are.

    ``size`` is the frame in pixels as it will be shown (a 1920×1080 slide); ``scale``
    draws it at a higher resolution with the same proportions. ``labels`` caps how many
    organisations are named (all that find room, by default).

    Examples
    --------
    >>> from stakeholder_graph.viz.view import MapView
    >>> drawing = draw_image(MapView("Netwerk", "nl"), size=(800, 450))
    >>> drawing.size, drawing.labels
    ((800, 450), {})
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle
    from matplotlib.transforms import IdentityTransform

    width, height = size
    dpi = 100 * scale
    pt = 72 / 100  # points per requested pixel
    fig = plt.figure(figsize=(width / 100, height / 100), dpi=dpi)
    fig.patch.set_facecolor("white")
    renderer = fig.canvas.get_renderer()
    text = view.text
    drawing = Drawing(fig, size)
    margin = 12
    top = margin
    if title:
        t = fig.text(margin / width, 1 - margin / height, view.title, fontsize=TITLE_PX * pt,
                     fontweight="bold", va="top", ha="left", color="#222222")
        top = _extent(t, renderer, scale, height)[3] + 8

    # The legend: a column on the right, as narrow as its texts.
    handles = [Line2D([], [], marker=marker, color=colour, linestyle="", markersize=11,
                      label=text["kinds"][kind])
               for kind, (colour, _, marker) in KIND_STYLE.items()
               if any(n["kind"] == kind for n in view.nodes)]
    handles.append(Line2D([], [], color=LINK_COLOUR, linewidth=2, label=text["link"]))
    if any(e.get("cross") for e in view.edges):
        handles.append(Line2D([], [], color=CROSS_COLOUR, linewidth=3, label=text["cross"]))
    if view.suggestions:
        handles.append(Line2D([], [], color=SUGGESTION_COLOUR, linestyle="--", linewidth=2,
                              label=text["suggestion"]))
    if view.new_legend():
        handles.append(Line2D([], [], color=NEW_COLOUR, linewidth=5, label=view.new_legend()))
    for note in view.legend_notes():
        handles.append(Line2D([], [], linestyle="", label=note))
    for ncols in range(max(1, (len(handles) + 1) // 2), 0, -1):  # as wide as fits
        legend = fig.legend(handles=handles, loc="lower left", frameon=False,
                            bbox_to_anchor=(margin / width, margin / height),
                            fontsize=LEGEND_PX * pt, ncols=ncols, handlelength=1.6,
                            columnspacing=1.4, borderaxespad=0, borderpad=0)
        fig.canvas.draw()
        drawing.legend = _extent(legend, renderer, scale, height)
        drawing.legend_texts = [t.get_text() for t in legend.get_texts()]
        if drawing.legend[2] <= width - margin or ncols == 1:
            break
        legend.remove()
    right = width - margin
    bottom = drawing.legend[1] - 10

    # The map: the areas fitted into what is left of the frame.
    ax = fig.add_axes([margin / width, (height - bottom) / height, (right - margin) / width,
                       (bottom - top) / height])
    ax.set_axis_off()
    frame_w, frame_h = right - margin, bottom - top
    if view.ecosystems:
        x0 = min(a["x"] - a["r"] for a in view.ecosystems)
        x1 = max(a["x"] + a["r"] for a in view.ecosystems)
        y0 = min(a["y"] - a["r"] for a in view.ecosystems)
        y1 = max(a["y"] + a["r"] for a in view.ecosystems)
    else:
        x0, x1, y0, y1 = -1.0, 1.0, -1.0, 1.0
    ppu = min(frame_w / (x1 - x0), frame_h / (y1 - y0))  # pixels per map unit
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = frame_w / ppu / 2, frame_h / ppu / 2
    ax.set_xlim(cx - half_w, cx + half_w)
    ax.set_ylim(cy + half_h, cy - half_h)  # y downwards, as on screen

    def to_px(x: float, y: float) -> tuple[float, float]:
        return margin + (x - cx + half_w) * ppu, top + (y - cy + half_h) * ppu

    for a in view.ecosystems:
        ax.add_patch(Circle((a["x"], a["y"]), a["r"], facecolor=a["colour"],
                            edgecolor="#00000022", linewidth=1.2, zorder=0))
    pos = {n["id"]: (n["x"], n["y"]) for n in view.nodes}
    # New ties are drawn last, above every other line, thick while they are few (hundreds
    # of thick lines would cover the map: then thinner and see-through, still magenta).
    new_lines = sum(1 for e in view.edges if e.get("new"))
    new_style = {"color": NEW_COLOUR, "linewidth": 4.0 if new_lines <= 40
                 else max(1.0, 4.0 * (40 / new_lines) ** 0.5),
                 "alpha": 0.95 if new_lines <= 40 else 0.6}
    for e in sorted(view.edges, key=lambda e: (bool(e.get("new")), e["dashes"],
                                               e.get("cross", False))):
        (ax1, ay1), (ax2, ay2) = pos[e["from"]], pos[e["to"]]
        if e.get("new"):
            style = new_style
        elif e["dashes"]:
            style = {"color": SUGGESTION_COLOUR, "linewidth": 2.0, "linestyle": (0, (4, 3)),
                     "alpha": 0.8}
        elif e.get("cross"):
            style = {"color": CROSS_COLOUR, "linewidth": 2.2, "alpha": 0.75}
        else:
            style = {"color": "#9a9a9a", "linewidth": 1.3, "alpha": 0.8}
        ax.plot([ax1, ax2], [ay1, ay2], zorder=1, solid_capstyle="round", **style)
    radius_px = {n["id"]: max(7.0, 1.3 * n["size"] * ppu) for n in view.nodes}
    for kind, (colour, _, marker) in KIND_STYLE.items():
        members = [n for n in view.nodes if n["kind"] == kind]
        if members:
            ax.scatter([n["x"] for n in members], [n["y"] for n in members],
                       s=[(2 * radius_px[n["id"]] * pt) ** 2 for n in members],
                       c=colour, marker=marker, edgecolors="white",
                       linewidths=0.8, zorder=2)

    # Ecosystem names: at the top of each area, inside the frame, apart from each other.
    reserved: list[Box] = [drawing.legend]
    node_boxes = []
    for n in view.nodes:
        nx_, ny_ = to_px(n["x"], n["y"])
        r = radius_px[n["id"]]
        node_boxes.append((nx_ - r, ny_ - r, nx_ + r, ny_ + r))
    for a in view.ecosystems:
        t = ax.text(0, 0, a["name"], fontsize=ECO_PX * pt, fontweight="bold",
                    color="#333333", transform=IdentityTransform(), zorder=4)
        bw, bh = (lambda b: (b[2] - b[0], b[3] - b[1]))(_extent(t, renderer, scale, height))
        px, py = to_px(a["x"], a["y"] - a["r"])
        bx = min(max(px - bw / 2, margin), right - bw)
        by = min(max(py + 6, top), bottom - bh)
        box = (bx, by, bx + bw, by + bh)

        def taken(b: Box) -> bool:
            return any(overlap(b, other, 2) for other in reserved + node_boxes)

        above = max(top, py - bh - 4)  # above the area when a node is in the way
        if taken(box) and not taken((bx, above, bx + bw, above + bh)):
            by = above
            box = (bx, by, bx + bw, by + bh)
        while any(overlap(box, other, 2) for other in reserved) and by < bottom - bh:
            by += bh / 2
            box = (bx, by, bx + bw, by + bh)
        t.set_position((bx * scale, (height - by - bh) * scale))
        t.set_verticalalignment("bottom")
        reserved.append(box)
    fig.canvas.draw()
    for t, a in zip(ax.texts, view.ecosystems, strict=True):
        drawing.ecosystem_names[a["name"]] = _extent(t, renderer, scale, height)

    # Organisation labels, most central first, wherever they find room.
    order = sorted(view.nodes, key=lambda n: (-n["centrality"], n["label"]))
    if labels is not None:
        order = order[:labels]
    probe = ax.text(0, 0, "", fontsize=LABEL_PX * pt, transform=IdentityTransform())
    requests = []
    for n in order:
        probe.set_text(n["label"])
        b = _extent(probe, renderer, scale, height)
        px, py = to_px(n["x"], n["y"])
        requests.append(LabelRequest(n["id"], px, py, radius_px[n["id"]],
                                     b[2] - b[0], b[3] - b[1]))
    probe.remove()
    frame = (margin, top, right, bottom)
    placed = place_labels(requests, reserved=list(drawing.ecosystem_names.values()) +
                          [drawing.legend], frame=frame)
    label_of = {n["id"]: n["label"] for n in view.nodes}
    artists = {}
    for key, (bx0, _, _, by1) in placed.items():
        artists[key] = ax.text(bx0 * scale, (height - by1) * scale, label_of[key],
                               fontsize=LABEL_PX * pt, color="#1a1a1a", ha="left",
                               va="bottom", transform=IdentityTransform(), zorder=5)
    fig.canvas.draw()
    drawing.labels = {k: _extent(t, renderer, scale, height) for k, t in artists.items()}

    boxes = [*drawing.labels.values(), *drawing.ecosystem_names.values(), drawing.legend]
    for a in view.ecosystems:
        ax0, ay0 = to_px(a["x"] - a["r"], a["y"] - a["r"])
        ax1_, ay1_ = to_px(a["x"] + a["r"], a["y"] + a["r"])
        boxes.append((ax0, ay0, ax1_, ay1_))
    if title:
        boxes.append(_extent(fig.texts[0], renderer, scale, height))
    drawing.content = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                       max(b[2] for b in boxes), max(b[3] for b in boxes))
    return drawing


def write_image(view: MapView, path: str | os.PathLike[str],
                size: tuple[int, int] = (1920, 1080), labels: int | None = None,
                title: bool = True, scale: float = 1.0) -> Path:
    """Draw the map to a PNG or SVG (the format follows the extension).

    A PNG has exactly ``size`` pixels (times ``scale``).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> p = write_image(MapView("Netwerk", "nl"), os.path.join(tempfile.mkdtemp(), "m.png"),
    ...                 size=(800, 450))
    >>> p.read_bytes()[:4] == b"\\x89PNG"
    True
    """
    import matplotlib.pyplot as plt

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"images are .png or .svg, not .{fmt}")
    drawing = draw_image(view, size, title=title, scale=scale, labels=labels)
    try:
        with atomic_path(path, f".{fmt}") as tmp:
            drawing.figure.savefig(tmp, dpi=100 * scale, format=fmt)
    finally:
        plt.close(drawing.figure)
    return path


# A 16:9 slide of 13.333 × 7.5 inches, shown on a 1920×1080 screen: 144 pixels an inch.
_SLIDE_W, _SLIDE_H, _PX_PER_IN = 12192000, 6858000, 144
_MAP_BOX = (0.25, 1.05, 8.45, 6.3)  # left, top, width, height in inches


def _add_slide(deck: Any, view: MapView, top: int, workdir: Path, index: int) -> None:
    from pptx.util import Inches, Pt

    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = view.title
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (Inches(0.3), Inches(0.2),
                                                        Inches(12.7), Inches(0.8))
    title.text_frame.paragraphs[0].font.size = Pt(28)
    left, top_in, w_in, h_in = _MAP_BOX
    rows = view.suggestions[:top]
    if not rows:
        w_in = 12.8
    image = workdir / f"map-{index}.png"
    # drawn at the pixels it takes on a 1920×1080 screen (labels ≥ 14 px there), twice as sharp
    write_image(view, image, (int(w_in * _PX_PER_IN), int(h_in * _PX_PER_IN)), title=False,
                scale=2.0)
    slide.shapes.add_picture(str(image), Inches(left), Inches(top_in), width=Inches(w_in))
    if not rows:
        return
    text = view.text
    head = ("#", text["introduction"], text["why"])
    shape = slide.shapes.add_table(len(rows) + 1, 3, Inches(8.85), Inches(top_in),
                                   Inches(4.25), Inches(0.4 * (len(rows) + 1)))
    table = shape.table
    table.columns[0].width, table.columns[1].width = Inches(0.4), Inches(1.55)
    table.columns[2].width = Inches(2.3)
    size = Pt(12) if len(rows) <= 5 else Pt(11)
    for col, label in enumerate(head):
        cell = table.cell(0, col)
        cell.text = label
        cell.text_frame.paragraphs[0].font.size = Pt(13)
        cell.text_frame.paragraphs[0].font.bold = True
    for i, s in enumerate(rows, start=1):
        why = str(s["explanation"])
        if len(why) > 110:
            why = why[:108].rsplit(" ", 1)[0] + " …"
        for col, value in enumerate((str(s.get("rank", i)), f"{s['a']} — {s['b']}", why)):
            cell = table.cell(i, col)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                paragraph.font.size = size
            cell.margin_top = cell.margin_bottom = Pt(3)


def write_deck(views: Sequence[MapView], path: str | os.PathLike[str], top: int = 6) -> Path:
    """A 16:9 deck with one slide per view: its title, its map, and its top suggestions
    as a native table.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> p = write_deck([MapView("Netwerk", "nl")], os.path.join(tempfile.mkdtemp(), "d.pptx"))
    >>> p.suffix
    '.pptx'
    """
    import tempfile

    from pptx import Presentation
    from pptx.util import Emu

    path = Path(path)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(_SLIDE_W), Emu(_SLIDE_H)
    with tempfile.TemporaryDirectory() as tmp:
        for i, view in enumerate(views):
            _add_slide(deck, view, top, Path(tmp), i)
        with atomic_path(path, ".pptx") as out:
            deck.save(str(out))
    return path


def write_pptx(view: MapView, path: str | os.PathLike[str],
               image: str | os.PathLike[str] | None = None, top: int = 6) -> Path:
    """One 16:9 slide: the title once, the map, and the top suggestions as a native table.

    The map is drawn for the place it takes on the slide (``image`` is no longer needed
    and is ignored; it stays for older callers).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> d = tempfile.mkdtemp()
    >>> write_pptx(MapView("Netwerk", "nl"), os.path.join(d, "m.pptx")).suffix
    '.pptx'
    """
    return write_deck([view], path, top=top)
