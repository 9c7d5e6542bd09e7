"""The report as a 16:9 PowerPoint deck (python-pptx): one slide per :class:`~.slides.Slide`.

Every text is Arial, body text 14 pt, headings 16 pt, titles 28 pt; boxes are placed with
:mod:`.layout`, whose estimate of the text's size is on the large side, so nothing runs off
a slide.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..files import atomic_path
from .layout import GEOMETRY, Geometry, block_height, column_boxes, row_heights, slide_geometry
from .slides import Block, Slide

__all__ = ["write_pptx", "FONT"]

FONT = "Arial"
_ACCENT = (0x1F, 0x4E, 0x79)
_GREY = (0x55, 0x55, 0x55)


def _text_box(slide, left: float, top: float, width: float, height: float,
              paragraphs: list[str], size: int, bold: bool = False,
              colour: tuple[int, int, int] | None = None) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    g = GEOMETRY
    frame.margin_left = frame.margin_right = Inches(g.pad_x)
    frame.margin_top = frame.margin_bottom = Inches(g.pad_y)
    for i, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(g.space_after)
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.name = FONT
        run.font.bold = bold
        if colour:
            run.font.color.rgb = RGBColor(*colour)


def _table(slide, block: Block, left: float, top: float, width: float,
           geometry: Geometry) -> float:
    from pptx.dml.color import RGBColor
    from pptx.util import Inches, Pt

    heights = row_heights(block, width, geometry)
    rows = [block.header, *block.items]
    shape = slide.shapes.add_table(len(rows), len(block.header), Inches(left), Inches(top),
                                   Inches(width), Inches(sum(heights)))
    table = shape.table
    total = sum(block.widths)
    for i, share in enumerate(block.widths):
        table.columns[i].width = Inches(width * share / total)
    for r, (row, height) in enumerate(zip(rows, heights, strict=True)):
        table.rows[r].height = Inches(height)
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = Inches(geometry.pad_x)
            cell.margin_top = cell.margin_bottom = Inches(geometry.pad_y)
            frame = cell.text_frame
            frame.word_wrap = True
            frame.paragraphs[0].text = ""
            run = frame.paragraphs[0].add_run()
            run.text = str(value)
            run.font.size = Pt(geometry.body_size)
            run.font.name = FONT
            run.font.bold = r == 0
            if r == 0:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor(*_ACCENT)
            else:
                cell.fill.solid()
                cell.fill.fore_color.rgb = (RGBColor(0xF2, 0xF2, 0xF2) if r % 2
                                            else RGBColor(0xFF, 0xFF, 0xFF))
    return sum(heights)


def _picture(slide, path: str, left: float, top: float, width: float, height: float) -> None:
    from PIL import Image
    from pptx.util import Inches

    with Image.open(path) as image:
        ratio = image.width / image.height
    w, h = width, width / ratio
    if h > height:
        w, h = height * ratio, height
    slide.shapes.add_picture(path, Inches(left + (width - w) / 2), Inches(top), Inches(w),
                             Inches(h))


def _draw(deck, spec: Slide, geometry: Geometry) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    geometry = slide_geometry(spec, geometry)
    inner = geometry.width - 2 * geometry.margin
    _text_box(slide, geometry.margin, geometry.title_top, inner, geometry.title_height,
              [spec.title], geometry.title_size, bold=True, colour=_ACCENT)
    _text_box(slide, geometry.margin, geometry.subtitle_top, inner, geometry.subtitle_height,
              [spec.subtitle], geometry.subtitle_size, colour=_GREY)
    for blocks, (left, width) in zip(spec.columns, column_boxes(spec, geometry), strict=True):
        top = geometry.body_top
        fixed = sum(block_height(b, width, geometry) for b in blocks)
        for block in blocks:
            if block.kind == "table":
                top += _table(slide, block, left, top, width, geometry) + geometry.gap
            elif block.kind == "image":
                room = geometry.body_height - fixed - geometry.gap * (len(blocks) - 1)
                _picture(slide, block.path, left, top, width, room)
                top += room + geometry.gap
            else:
                height = block_height(block, width, geometry)
                size = geometry.heading_size if block.kind == "heading" else geometry.body_size
                paragraphs = ([f"• {i}" for i in block.items] if block.kind == "bullets"
                              else [str(i) for i in block.items])
                _text_box(slide, left, top, width, height, paragraphs, size,
                          bold=block.kind == "heading",
                          colour=_ACCENT if block.kind == "heading" else None)
                top += height + geometry.gap


def write_pptx(slides: list[Slide], path: str | os.PathLike[str],
               geometry: Geometry = GEOMETRY) -> Path:
    """Write the slides as a 16:9 deck (13.333 × 7.5 in), atomically.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.report.slides import Block, Slide
    >>> p = write_pptx([Slide("Titel", "1 januari 2026", [[Block("text", ["Hallo"])]])],
    ...                os.path.join(tempfile.mkdtemp(), "r.pptx"))
    >>> from pptx import Presentation
    >>> len(Presentation(str(p)).slides)
    1
    """
    from pptx import Presentation
    from pptx.util import Inches

    path = Path(path)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(geometry.width), Inches(geometry.height)
    for spec in slides:
        _draw(deck, spec, geometry)
    with atomic_path(path, ".pptx") as tmp:
        deck.save(str(tmp))
    return path
