"""Maps: an offline interactive HTML map (pyvis / vis-network), PNG/SVG, a PowerPoint slide."""

from .html import write_html
from .static import write_image, write_pptx
from .view import MapView, map_view

__all__ = ["MapView", "map_view", "write_html", "write_image", "write_pptx"]
