"""Maps: an offline interactive HTML map (vis-network, or sigma.js in WebGL for big
networks), PNG/SVG images and PowerPoint slides."""

from .html import write_html
from .static import write_deck, write_image, write_pptx
from .view import MapView, map_view

__all__ = ["MapView", "map_view", "write_html", "write_image", "write_pptx", "write_deck"]
