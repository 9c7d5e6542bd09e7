"""The same map as a static image (PNG or SVG, for a slide) and as a PowerPoint slide."""

from __future__ import annotations

import os
from pathlib import Path

from ..files import atomic_path
from .view import KIND_STYLE, SUGGESTION_COLOUR, MapView

__all__ = ["write_image", "write_pptx", "parse_size"]


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


def write_image(view: MapView, path: str | os.PathLike[str],
                size: tuple[int, int] = (1920, 1080), labels: int = 25) -> Path:
    """Draw the map with matplotlib: same positions, colours, shapes and legend.

    The format follows the extension (``.png`` or ``.svg``); a PNG has exactly ``size``
    pixels. The ``labels`` most central organisations are named.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> p = write_image(MapView("Netwerk", "nl"), os.path.join(tempfile.mkdtemp(), "m.png"),
    ...                 size=(800, 450))
    >>> p.read_bytes()[:4] == b"\\x89PNG"
    True
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"images are .png or .svg, not .{fmt}")
    dpi = 100
    fig = plt.figure(figsize=(size[0] / dpi, size[1] / dpi), dpi=dpi)
    ax = fig.add_axes([0.0, 0.0, 0.8, 0.93])
    ax.set_axis_off()
    pos = {n["id"]: (n["x"], -n["y"]) for n in view.nodes}
    for e in view.edges:
        (x1, y1), (x2, y2) = pos[e["from"]], pos[e["to"]]
        ax.plot([x1, x2], [y1, y2], color=e["color"], linewidth=0.8 if not e["dashes"] else 1.6,
                linestyle="--" if e["dashes"] else "-", alpha=0.6, zorder=1)
    for kind, (colour, _, marker) in KIND_STYLE.items():
        members = [n for n in view.nodes if n["kind"] == kind]
        if members:
            ax.scatter([pos[n["id"]][0] for n in members], [pos[n["id"]][1] for n in members],
                       s=[n["size"] ** 2 / 2 for n in members], c=colour, marker=marker,
                       edgecolors="white", linewidths=0.5, zorder=2)
    for n in sorted(view.nodes, key=lambda n: -n["centrality"])[:labels]:
        x, y = pos[n["id"]]
        ax.annotate(n["label"], (x, y), fontsize=7, ha="center", va="bottom",
                    xytext=(0, 6), textcoords="offset points", zorder=3)
    for e in view.ecosystems:
        ax.text(e["x"], -e["y"], e["name"], fontsize=11, fontweight="bold", color="#555555",
                ha="center", alpha=0.8, zorder=0)
    if view.nodes:
        ax.margins(0.08)
    fig.suptitle(view.title, fontsize=16, y=0.985)
    text = view.text
    handles = [Line2D([], [], marker=marker, color=colour, linestyle="", markersize=9,
                      label=text["kinds"][kind])
               for kind, (colour, _, marker) in KIND_STYLE.items()
               if any(n["kind"] == kind for n in view.nodes)]
    handles += [Line2D([], [], color="#8c8c8c", label=text["link"]),
                Line2D([], [], color=SUGGESTION_COLOUR, linestyle="--", label=text["suggestion"])]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.805, 0.9),
               title=text["legend"], frameon=False, fontsize=10)
    try:
        with atomic_path(path, f".{fmt}") as tmp:
            fig.savefig(tmp, dpi=dpi, format=fmt)
    finally:
        plt.close(fig)
    return path


def write_pptx(view: MapView, path: str | os.PathLike[str], image: str | os.PathLike[str],
               top: int = 8) -> Path:
    """One 16:9 slide: title, the map image, and the top suggestions as a table.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.viz.view import MapView
    >>> d = tempfile.mkdtemp()
    >>> img = write_image(MapView("Netwerk", "nl"), os.path.join(d, "m.png"), size=(800, 450))
    >>> write_pptx(MapView("Netwerk", "nl"), os.path.join(d, "m.pptx"), img).suffix
    '.pptx'
    """
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    path = Path(path)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = view.title
    slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(28)
    slide.shapes.add_picture(str(image), Inches(0.3), Inches(1.3), width=Inches(8.2))
    rows = view.suggestions[:top]
    head = ("#", "Introductie" if view.lang == "nl" else "Introduction",
            "Waarom" if view.lang == "nl" else "Why")
    table = slide.shapes.add_table(len(rows) + 1, 3, Inches(8.7), Inches(1.3), Inches(4.4),
                                   Inches(0.4 * (len(rows) + 1))).table
    table.columns[0].width, table.columns[1].width = Inches(0.4), Inches(1.7)
    table.columns[2].width = Inches(2.3)
    for col, label in enumerate(head):
        table.cell(0, col).text = label
    for i, s in enumerate(rows, start=1):
        for col, value in enumerate((str(s.get("rank", i)), f"{s['a']} — {s['b']}",
                                     s["explanation"])):
            cell = table.cell(i, col)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                paragraph.font.size = Pt(9)
    with atomic_path(path, ".pptx") as tmp:
        deck.save(str(tmp))
    return path
