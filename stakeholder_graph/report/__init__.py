"""A progress report for the Technologietafel, built only from the store.

:func:`~.figures.report_figures` works out every number with the moments it covers;
:func:`~.slides.build_slides` puts them in words (Dutch or English); :mod:`.pptx` and
:mod:`.html` draw the same slides as a 16:9 deck or a print-ready A4-landscape page.
:func:`write_report` does all of it, with the map of the network at the period's end.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..graph.store import Store, display_location
from .figures import report_figures
from .layout import fit
from .slides import build_slides

__all__ = ["write_report", "report_figures", "build_slides", "REPORT_FORMATS"]

REPORT_FORMATS = (".pptx", ".html")
"""The kinds of file a report can be written as (by their extension)."""


def write_report(store: Store, output: str | os.PathLike[str], *, since: str | None = None,
                 until: str | None = None, ecosystem: str | None = None, lang: str = "nl",
                 include_personal_data: bool = False, top: int = 5,
                 with_map: bool = True) -> dict[str, Any]:
    """Write the progress report as ``.pptx`` or ``.html``; return its figures.

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
    >>> with api.open_store(os.path.join(d, "demo.db")) as s:
    ...     figures = write_report(s, os.path.join(d, "voortgang.html"), with_map=False)
    >>> figures["introductions"]["follow_through"]["followed"]
    4
    """
    from .. import api

    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise InputError(f"a report is written as .pptx or .html, not '{output.name}'")
    if not output.parent.exists():
        raise InputError(f"cannot write {output}: its folder does not exist")
    figures = report_figures(store, since, until, ecosystem=ecosystem, lang=lang,
                             include_personal_data=include_personal_data, top=top)
    image = None
    try:
        if with_map:
            fd, image = tempfile.mkstemp(suffix=".png", prefix="sg-report-map-")
            os.close(fd)
            api.draw_map(store, png=image, ecosystem=figures["scope"]["ecosystem"], lang=lang,
                         as_of=figures["period"]["until"], size=(1600, 900),
                         title=" ")
        slides = [fit(s) for s in build_slides(figures, map_image=image,
                                               store_name=display_location(store.location))]
        if suffix == ".pptx":
            from .pptx import write_pptx

            write_pptx(slides, output)
        else:
            from .html import write_html

            write_html(slides, output, lang)
    finally:
        if image:
            Path(image).unlink(missing_ok=True)
    return figures
