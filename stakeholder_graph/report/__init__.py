"""A progress report for the Technologietafel, built only from the store.

:func:`~.figures.report_figures` works out every number with the moments it covers;
:func:`~.slides.build_slides` puts them in words (Dutch or English); :mod:`.pptx` and
:mod:`.html` draw the same slides as a 16:9 deck or a print-ready A4-landscape page.
:func:`write_report` does all of it, with the map of the network at the period's end and
the period's new ties drawn on it as new.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..graph.store import Store, display_location
from .figures import STEPS, report_figures, work_out
from .layout import fit
from .slides import build_slides, format_moment

__all__ = ["write_report", "report_figures", "figures_with_progress", "build_slides",
           "REPORT_FORMATS", "REPORT_STEPS", "STEP_TEXT", "step_display", "MAP_ORGANISATIONS"]

REPORT_FORMATS = (".pptx", ".html")
"""The kinds of file a report can be written as (by their extension)."""

REPORT_STEPS: tuple[str, ...] = (*STEPS, "map", "slides")
"""The steps of :func:`write_report`, in order (without a map, ``map`` is left out)."""

STEP_TEXT: dict[str, dict[str, str]] = {
    "nl": {"network": "Netwerk tellen…", "introductions": "Introducties…",
           "suggestions": "Suggesties…", "map": "Kaart tekenen…", "slides": "Dia's schrijven…"},
    "en": {"network": "Counting the network…", "introductions": "Introductions…",
           "suggestions": "Suggestions…", "map": "Drawing the map…",
           "slides": "Writing the slides…"},
}
"""What the progress display says at each step."""

Progress = Callable[[str, int, int, str], None]
"""Told ``(step, number, of, text)`` as each step starts: ``("map", 4, 5, "Kaart tekenen…")``."""


class _Steps:
    """Numbers the steps and tells ``progress`` (a callable, or True for stderr)."""

    def __init__(self, progress: bool | Progress | None, steps: tuple[str, ...],
                 lang: str) -> None:
        self.steps, self.lang = steps, lang if lang in STEP_TEXT else "nl"
        self.call: Progress | None = None
        if callable(progress):
            self.call = progress
        elif progress:
            self.call = step_display(len(steps))

    def __call__(self, step: str) -> None:
        if self.call is not None:
            self.call(step, self.steps.index(step) + 1, len(self.steps),
                      STEP_TEXT[self.lang][step])

    def close(self) -> None:
        closing = getattr(self.call, "close", None)
        if closing is not None:
            closing()


def step_display(total: int, file: Any = None) -> Any:
    """A progress display on stderr that names the step it is on (``Kaart tekenen… 4/5``):
    a tqdm bar, as loads and copies show theirs. Call it as a ``progress`` callback;
    ``close()`` removes it.

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> show = step_display(2, file=out)
    >>> show("network", 1, 2, "Netwerk tellen…"); show.close()
    >>> "Netwerk tellen…" in out.getvalue()
    True
    """
    from tqdm import tqdm

    class Display:
        bar: Any = None

        def __call__(self, step: str, number: int, of: int, text: str) -> None:
            if self.bar is None:  # shown from the first step on, never empty
                self.bar = tqdm(total=total, desc=text, initial=number,
                                bar_format="{desc} {n_fmt}/{total_fmt} [{elapsed}]",
                                file=file if file is not None else sys.stderr, leave=False,
                                mininterval=0)
                return
            self.bar.set_description_str(text, refresh=False)
            self.bar.n = number
            self.bar.refresh()

        def close(self) -> None:
            if self.bar is not None:
                self.bar.close()

    return Display()


def figures_with_progress(store: Store, since: str | None = None, until: str | None = None,
                          *, progress: bool | Progress | None = None,
                          **options: Any) -> dict[str, Any]:
    """:func:`~.figures.report_figures` with a progress display (see :func:`write_report`).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> told = []
    >>> with api.open_store(db) as s:
    ...     _ = figures_with_progress(s, progress=lambda *step: told.append(step[:3]))
    >>> told
    [('network', 1, 3), ('introductions', 2, 3), ('suggestions', 3, 3)]
    """
    steps = _Steps(progress, STEPS, options.get("lang", "nl"))
    try:
        return report_figures(store, since, until, progress=steps, **options)
    finally:
        steps.close()


MAP_BOX = (12.3, 4.6)
"""Width and height in inches the map takes on its slide (the body less a line of text)."""

MAP_ORGANISATIONS = 2500
"""Above this many organisations the report's map shows only those with a new tie in the
period (and says so): all of them would be a blot on a slide, and slow to draw."""


def write_report(store: Store, output: str | os.PathLike[str], *, since: str | None = None,
                 until: str | None = None, ecosystem: str | None = None, lang: str = "nl",
                 include_personal_data: bool = False, top: int = 5,
                 with_map: bool = True, progress: bool | Progress | None = None
                 ) -> dict[str, Any]:
    """Write the progress report as ``.pptx`` or ``.html``; return its figures.

    The figures get a ``map`` part (with a map): ``new_ties``, the new ties drawn as new,
    ``lines``, the lines that carry them, ``legend``, the map's legend line for them, and
    ``organisations``, how many it shows.

    Parameters
    ----------
    progress : bool or callable, optional
        True shows which step the report is on, on stderr (:func:`step_display`); a
        callable is told ``(step, number, of, text)`` as each step (:data:`REPORT_STEPS`)
        starts.

    Raises
    ------
    InputError
        For an unknown file type, period, ecosystem or language.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> d = tempfile.mkdtemp()
    >>> _ = api.demo(os.path.join(d, "demo.db"))
    >>> steps = []
    >>> with api.open_store(os.path.join(d, "demo.db")) as s:
    ...     figures = write_report(s, os.path.join(d, "voortgang.html"), with_map=False,
    ...                            progress=lambda step, i, n, text: steps.append(text))
    >>> figures["introductions"]["follow_through"]["followed"], steps[-1]
    (4, "Dia's schrijven…")
    """
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise InputError(f"a report is written as .pptx or .html, not '{output.name}'")
    if not output.parent.exists():
        raise InputError(f"cannot write {output}: its folder does not exist")
    steps = _Steps(progress, tuple(s for s in REPORT_STEPS if with_map or s != "map"), lang)
    image = None
    try:
        worked = work_out(store, since, until, ecosystem=ecosystem, lang=lang,
                          include_personal_data=include_personal_data, top=top,
                          progress=steps)
        figures = worked.figures
        if with_map:
            steps("map")
            fd, image = tempfile.mkstemp(suffix=".png", prefix="sg-report-map-")
            os.close(fd)
            figures["map"] = _draw_map(worked, image)
        steps("slides")
        slides = [fit(s) for s in build_slides(figures, map_image=image,
                                               store_name=display_location(store.location))]
        if suffix == ".pptx":
            from .pptx import write_pptx

            write_pptx(slides, output)
        else:
            from .html import write_html

            write_html(slides, output, lang)
    finally:
        steps.close()
        if image:
            Path(image).unlink(missing_ok=True)
    return figures


def _draw_map(worked: Any, image: str) -> dict[str, Any]:
    """Draw the network at the period's end to ``image``, its new ties as new."""
    from ..analysis.network import organisations
    from ..privacy import personal_index, redact
    from ..viz.static import draw_image
    from ..viz.view import TEXT, map_view

    figures = worked.figures
    lang, ecosystem = figures["scope"]["lang"], figures["scope"]["ecosystem"]
    since = figures["period"]["since"]
    graph = redact(worked.graph_now, personal_index(worked.now))  # maps never show people
    new = [(e["type"], e["start"], e["end"], e["key"]) for e in figures["network"]["new_ties"]]
    label = TEXT[lang]["new_since"].format(date=format_moment(since, lang))
    total = len(organisations(graph))
    if ecosystem is not None:
        row = figures["network"]["now"]["per_ecosystem"].get(ecosystem, {})
        total = row.get("organisations", 0)
    only = None
    if total > MAP_ORGANISATIONS:
        only = {end for e in figures["network"]["new_ties"] for end in (e["start"], e["end"])}
    # drawn at the pixels it takes on the slide shown on a 1920×1080 screen (its labels
    # 16 px there), twice as sharp
    size = (round(MAP_BOX[0] * 144), round(MAP_BOX[1] * 144))
    view = map_view(graph, ecosystem=ecosystem, lang=lang, title=" ", new_ties=new,
                    new_label=label, only=only, aspect=size[0] / size[1])
    drawing = draw_image(view, size, title=False, scale=2.0)
    try:
        drawing.figure.savefig(image, dpi=200, format="png")
    finally:
        import matplotlib.pyplot as plt

        plt.close(drawing.figure)
    return {"new_ties": view.new_ties,
            "lines": sum(1 for e in view.edges if e.get("new")),
            "legend": view.new_legend() or next(
                (n for n in view.legend_notes() if n.startswith(label)), label),
            "legend_drawn": drawing.legend_texts,
            "organisations": len(view.nodes), "of": total, "only_new": only is not None}
