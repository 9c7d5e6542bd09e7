"""Where everything goes on a 16:9 slide, and a conservative estimate of how much text fits.

The estimate wraps words greedily with Arial's widths rounded up by class (0.3 em for
i, l, t, f, r, punctuation and spaces; 0.56 em for other lower-case letters; 0.78 em for
capitals and digits; 0.95 em for m, w, M, W, @ and %), 5% more on top and 10% more for bold,
and lines at 1.25 × the font size. Liberation Sans, which LibreOffice uses for Arial, has
Arial's widths, so what the estimate lets through fits in PowerPoint and in LibreOffice.
:func:`fit` shortens the lists and tables of a slide (ending them with "… and N more") until
every column fits the slide's body.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from .slides import Block, Slide

__all__ = ["Geometry", "GEOMETRY", "text_lines", "text_height", "block_height", "fit",
           "column_boxes", "row_heights", "slide_geometry"]

_WIDE = set("mwMW@%")
_NARROW = set("iljtfr.,;:'|!()[] ")
MARGIN = 1.05
"""How much wider than the width table the estimate counts every character."""
BOLD = 1.1
"""How much wider bold text is counted."""


@dataclass(frozen=True)
class Geometry:
    """Sizes in inches and points of the slide and its parts."""

    width: float = 13.333
    height: float = 7.5
    margin: float = 0.5
    title_top: float = 0.3
    title_height: float = 0.8
    title_size: int = 28
    subtitle_top: float = 1.1
    subtitle_height: float = 0.45
    subtitle_size: int = 16
    body_top: float = 1.7
    body_bottom: float = 7.15
    gutter: float = 0.4
    gap: float = 0.12
    body_size: int = 14
    heading_size: int = 16
    pad_x: float = 0.1   # a text box's inner margins, left and right
    pad_y: float = 0.05  # top and bottom
    space_after: int = 4  # points after each paragraph

    @property
    def body_height(self) -> float:
        return self.body_bottom - self.body_top


GEOMETRY = Geometry()


def char_width(ch: str) -> float:
    """A character's width in em, rounded up from Arial's by class (before ``MARGIN``).

    Examples
    --------
    >>> char_width("i"), char_width("a"), char_width("A"), char_width("W")
    (0.3, 0.56, 0.78, 0.95)
    """
    if ch in _WIDE:
        return 0.95
    if ch in _NARROW:
        return 0.3
    if ch.isupper() or ch.isdigit():
        return 0.78
    return 0.56


def _char(ch: str) -> float:
    return char_width(ch) * MARGIN


def text_lines(text: str, size: float, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes at ``size`` points in ``width`` inches (greedy wrap).

    Examples
    --------
    >>> text_lines("kort", 14, 5.0), text_lines("woord " * 40, 14, 5.0)
    (1, 6)
    """
    limit = width * 72 / size / (BOLD if bold else 1.0)  # the line's width in em
    lines = 0
    for paragraph in str(text).split("\n"):
        used, count = 0.0, 1
        for word in paragraph.split():
            w = sum(_char(c) for c in word)
            if used == 0.0:
                if w > limit:
                    count += math.ceil(w / limit) - 1
                    used = w - (math.ceil(w / limit) - 1) * limit
                else:
                    used = w
            elif used + _char(" ") + w <= limit:
                used += _char(" ") + w
            else:
                count += 1
                if w > limit:
                    count += math.ceil(w / limit) - 1
                    used = w - (math.ceil(w / limit) - 1) * limit
                else:
                    used = w
        lines += count
    return lines


def text_height(paragraphs: list[str], size: float, width: float,
                geometry: Geometry = GEOMETRY, bold: bool = False) -> float:
    """Height in inches of a text box holding these paragraphs."""
    inner = width - 2 * geometry.pad_x
    lines = sum(text_lines(p, size, inner, bold) for p in paragraphs)
    return (lines * size * 1.25 + len(paragraphs) * geometry.space_after) / 72 \
        + 2 * geometry.pad_y


def row_heights(block: Block, width: float, geometry: Geometry = GEOMETRY) -> list[float]:
    """Heights in inches of a table's rows (the header first)."""
    total = sum(block.widths)
    widths = [width * w / total for w in block.widths]
    out = []
    for r, row in enumerate([block.header, *block.items]):
        lines = max(text_lines(str(cell), geometry.body_size, w - 2 * geometry.pad_x,
                               bold=r == 0)
                    for cell, w in zip(row, widths, strict=True))
        out.append(lines * geometry.body_size * 1.25 / 72 + 2 * geometry.pad_y + 0.04)
    return out


def _paragraphs(block: Block) -> list[str]:
    if block.kind == "bullets":
        return [f"• {item}" for item in block.items]
    return [str(item) for item in block.items]


def block_height(block: Block, width: float, geometry: Geometry = GEOMETRY) -> float:
    """Height in inches a block takes at ``width`` (an image: nothing, it takes the rest)."""
    if block.kind == "image":
        return 0.0
    if block.kind == "table":
        return sum(row_heights(block, width, geometry))
    size = geometry.heading_size if block.kind == "heading" else geometry.body_size
    return text_height(_paragraphs(block), size, width, geometry, bold=block.kind == "heading")


def column_boxes(slide: Slide, geometry: Geometry = GEOMETRY) -> list[tuple[float, float]]:
    """``(left, width)`` in inches of each of a slide's columns."""
    n = max(len(slide.columns), 1)
    shares = slide.shares if len(slide.shares) == n else [1.0] * n
    room = geometry.width - 2 * geometry.margin - (n - 1) * geometry.gutter
    boxes, left = [], geometry.margin
    for share in shares:
        width = room * share / sum(shares)
        boxes.append((left, width))
        left += width + geometry.gutter
    return boxes


def _column_height(blocks: list[Block], width: float, geometry: Geometry) -> float:
    heights = [block_height(b, width, geometry) for b in blocks]
    return sum(heights) + geometry.gap * max(len(blocks) - 1, 0)


def _more_line(block: Block, hidden: int) -> Any:
    line = block.more.format(n=hidden)
    if block.kind == "bullets":
        return line
    # In a table the line goes in the first column wide enough to hold it.
    at = next((i for i, w in enumerate(block.widths) if w >= 0.2 * sum(block.widths)), 0)
    row = ["" for _ in block.header]
    row[at] = line
    return row


def _cap(block: Block, most: int = 30) -> Block:
    """The block with at most ``most`` items, the last saying how many more (no slide holds
    more, and fitting a long list item by item would take long)."""
    if not block.more or block.kind not in ("bullets", "table") or len(block.items) <= most:
        return block
    hidden = len(block.items) - (most - 1)
    return replace(block, items=[*block.items[:most - 1], _more_line(block, hidden)],
                   hidden=hidden)


def _shorten(block: Block) -> Block | None:
    """The block with one item fewer (its last line saying how many more), or None."""
    if not block.more or block.kind not in ("bullets", "table"):
        return None
    hidden = block.hidden
    items = list(block.items)
    if hidden:
        items = items[:-1]  # drop the "… N more" line itself first
    if len(items) <= 1:
        return None
    kept, hidden = items[:-1], hidden + 1
    return replace(block, items=[*kept, _more_line(block, hidden)], hidden=hidden)


def slide_geometry(slide: Slide, geometry: Geometry = GEOMETRY) -> Geometry:
    """The geometry of one slide: a title or subtitle that needs two lines pushes the body
    down.

    Examples
    --------
    >>> short = slide_geometry(Slide("Titel", "kort"))
    >>> long = slide_geometry(Slide("Titel", "lang " * 30))
    >>> short.body_top < long.body_top
    True
    """
    inner = geometry.width - 2 * geometry.margin
    title = max(geometry.title_height, text_height([slide.title], geometry.title_size, inner,
                                                   geometry, bold=True))
    subtitle_top = geometry.title_top + title
    subtitle = max(geometry.subtitle_height,
                   text_height([slide.subtitle], geometry.subtitle_size, inner, geometry))
    return replace(geometry, title_height=title, subtitle_top=subtitle_top,
                   subtitle_height=subtitle,
                   body_top=max(geometry.body_top, subtitle_top + subtitle + 0.15))


def fit(slide: Slide, geometry: Geometry = GEOMETRY) -> Slide:
    """Shorten the slide's lists and tables until every column fits its body.

    The longest shortenable block loses items first. A column that cannot be made to fit
    (no block left to shorten) is returned as it is; the renderer's tests catch that.
    """
    geometry = slide_geometry(slide, geometry)
    columns = []
    for blocks, (_, width) in zip(slide.columns, column_boxes(slide, geometry), strict=True):
        blocks = [_cap(b) for b in blocks]
        while _column_height(blocks, width, geometry) > geometry.body_height:
            order = sorted(range(len(blocks)),
                           key=lambda i: -block_height(blocks[i], width, geometry))
            for i in order:
                shorter = _shorten(blocks[i])
                if shorter is not None:
                    blocks[i] = shorter
                    break
            else:
                break
        columns.append(blocks)
    return replace(slide, columns=columns)
