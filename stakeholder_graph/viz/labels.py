"""Label placement that never lets two labels overlap.

Labels are placed greedily, most central organisation first: each tries a few spots round
its node (below, above, right, left) and takes the first that overlaps no label placed
before, no node and no reserved box (ecosystem names, legend, title), and lies inside the
frame; a label with no free spot is left out (the HTML map shows it on hover and when
zoomed in). The HTML map runs the same rules in JavaScript at every redraw.

Boxes are ``(x0, y0, x1, y1)`` in pixels, y downwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Box", "LabelRequest", "overlap", "place_labels", "BoxIndex", "LABEL_SPOTS_JS"]

Box = tuple[float, float, float, float]

LABEL_SPOTS_JS = """
  // The spots a label w pixels wide may take round a node of radius r at p, nearest
  // first: below, above, right, left, then the four diagonals (the same in both maps).
  function labelSpots(p, r, w) {
    var spots = [];
    [0, LABEL_H].forEach(function (far) {
      var d = r + 2 + far, c = d * 0.7;
      spots.push([p.x - w / 2, p.y + d], [p.x - w / 2, p.y - d - LABEL_H],
                 [p.x + d, p.y - LABEL_H / 2], [p.x - d - w, p.y - LABEL_H / 2],
                 [p.x + c, p.y + c], [p.x - c - w, p.y + c],
                 [p.x + c, p.y - c - LABEL_H], [p.x - c - w, p.y - c - LABEL_H]);
    });
    return spots;
  }
"""
"""The label spots of the HTML maps (vis-network and sigma.js pages), in JavaScript; the
pages define ``LABEL_H``."""


def overlap(a: Box, b: Box, pad: float = 0.0) -> bool:
    """Whether two boxes overlap (touching edges do not count).

    Examples
    --------
    >>> overlap((0, 0, 10, 10), (5, 5, 15, 15)), overlap((0, 0, 10, 10), (10, 0, 20, 10))
    (True, False)
    """
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


class BoxIndex:
    """Boxes in a uniform grid, to find the ones near a box fast."""

    def __init__(self, cell: float = 64.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, box: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(int(box[0] // c), int(box[2] // c) + 1):
            for j in range(int(box[1] // c), int(box[3] // c) + 1):
                yield i, j

    def add(self, box: Box) -> None:
        """Remember a box."""
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)

    def hits(self, box: Box, pad: float = 0.0, ignore: Box | None = None) -> bool:
        """Whether ``box`` overlaps a remembered box (other than ``ignore``)."""
        for key in self._keys(box):
            for other in self.cells.get(key, ()):
                if other is not ignore and overlap(box, other, pad):
                    return True
        return False


@dataclass
class LabelRequest:
    """A label to place: its node's centre and radius, and the label's size (pixels)."""

    key: str
    x: float
    y: float
    radius: float
    width: float
    height: float


def _spots(r: LabelRequest, gap: float) -> list[Box]:
    """Where a label may go, best first: below, above, right, left, then the corners,
    then the same a line further out."""
    w, h, x, y = r.width, r.height, r.x, r.y
    out = []
    for far in (0.0, h):
        d = r.radius + gap + far
        out += [(x - w / 2, y + d, x + w / 2, y + d + h),
                (x - w / 2, y - d - h, x + w / 2, y - d),
                (x + d, y - h / 2, x + d + w, y + h / 2),
                (x - d - w, y - h / 2, x - d, y + h / 2),
                (x + d * 0.7, y + d * 0.7, x + d * 0.7 + w, y + d * 0.7 + h),
                (x - d * 0.7 - w, y + d * 0.7, x - d * 0.7, y + d * 0.7 + h),
                (x + d * 0.7, y - d * 0.7 - h, x + d * 0.7 + w, y - d * 0.7),
                (x - d * 0.7 - w, y - d * 0.7 - h, x - d * 0.7, y - d * 0.7)]
    return out


def place_labels(requests: Sequence[LabelRequest], reserved: Iterable[Box] = (),
                 frame: Box | None = None, gap: float = 2.0, pad: float = 1.0,
                 insist: int = 15) -> dict[str, Box]:
    """Place labels in the given order; return the box of each label that found room.

    The first ``insist`` labels (the most central organisations) may cover another node
    when no spot round their own node is free of nodes; no label ever covers another
    label or a reserved box.

    Examples
    --------
    >>> a = LabelRequest("a", 100, 100, 5, 60, 14)
    >>> b = LabelRequest("b", 110, 100, 5, 60, 14)  # same spot: b goes above
    >>> boxes = place_labels([a, b])
    >>> boxes["a"][1] > 100 > boxes["b"][3], overlap(boxes["a"], boxes["b"])
    (True, False)
    """
    cell = max(32.0, max((r.width for r in requests), default=64.0))
    nodes_index, labels_index = BoxIndex(cell), BoxIndex(cell)
    nodes: dict[str, Box] = {}
    for r in requests:
        core = r.radius * 0.6  # a label may touch a node's rim, not cover its middle
        nodes[r.key] = (r.x - core, r.y - core, r.x + core, r.y + core)
        nodes_index.add(nodes[r.key])
    for box in reserved:
        labels_index.add(box)
    placed: dict[str, Box] = {}
    for i, r in enumerate(requests):
        spots = [s for s in _spots(r, gap) if frame is None or (
            frame[0] <= s[0] and s[2] <= frame[2] and frame[1] <= s[1] and s[3] <= frame[3])]
        free = [s for s in spots if not labels_index.hits(s, pad)]
        clear = [s for s in free if not nodes_index.hits(s, pad, ignore=nodes[r.key])]
        chosen = clear[0] if clear else (free[0] if free and i < insist else None)
        if chosen is not None:
            placed[r.key] = chosen
            labels_index.add(chosen)
    return placed
