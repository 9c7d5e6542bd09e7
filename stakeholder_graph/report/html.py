"""The report as one self-contained HTML page, one A4-landscape sheet per slide.

The page carries its map as an embedded PNG and needs no network; printed (or saved as PDF
from a browser), each slide is one A4 landscape page.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from ..files import atomic_path
from .slides import Slide

__all__ = ["render_html", "write_html"]


def render_html(slides: list[Slide], lang: str = "nl", title: str = "") -> str:
    """Return the page's HTML (Jinja2, autoescaped).

    Examples
    --------
    >>> from stakeholder_graph.report.slides import Block, Slide
    >>> "<h1>Titel</h1>" in render_html([Slide("Titel", "vandaag", [[Block("text", ["a<b"])]])])
    True
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("stakeholder_graph.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    images = {}
    for slide in slides:
        for column in slide.columns:
            for block in column:
                if block.kind == "image" and block.path not in images:
                    data = base64.b64encode(Path(block.path).read_bytes()).decode("ascii")
                    images[block.path] = f"data:image/png;base64,{data}"
    return env.get_template("report.html.j2").render(
        slides=slides, lang=lang, title=title or (slides[0].title if slides else ""),
        images=images)


def write_html(slides: list[Slide], path: str | os.PathLike[str], lang: str = "nl") -> Path:
    """Write the page atomically and return its path."""
    path = Path(path)
    with atomic_path(path, ".html") as tmp:
        Path(tmp).write_text(render_html(slides, lang), encoding="utf-8")
    return path
