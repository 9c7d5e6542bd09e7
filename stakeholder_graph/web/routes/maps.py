"""Kaart: the interactive map with filters, and the same map as PNG or PowerPoint slide."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ... import api
from ...errors import StakeholderGraphError
from ..deps import StoreDep, UserDep, as_of_of, lang_of, render
from ..errors import explain
from .suggestions import check, choices

router = APIRouter(include_in_schema=False)

DRAWING = threading.Lock()  # matplotlib draws one picture at a time
# The map is one self-contained page with its scripts inline; it runs in a sandboxed frame.
_MAP_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; frame-ancestors 'self'")
MEDIA = {"html": "text/html; charset=utf-8", "png": "image/png",
         "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}


def _options(ecosystem: str, theme: str, around: str, suggestions: int) -> dict[str, Any]:
    options: dict[str, Any] = {"with_suggestions": max(0, min(suggestions, 50))}
    for key, value in (("ecosystem", ecosystem), ("theme", theme), ("around", around)):
        if value.strip():
            options[key] = value.strip()
    return options


def _check(request: Request, options: dict[str, Any], known: dict[str, Any] | None = None,
           store: Any = None) -> dict[str, Any]:
    """Refuse an ecosystem, theme or organisation the network lacks, before drawing; the
    organisation "around" may be written as a name (it becomes its id). ``known`` is
    :func:`choices` and ``store`` the open store, when the caller has them."""
    check(request, options, known)
    if options.get("around"):
        from ...resolution import find_organisation

        if store is not None:
            return {**options, "around": find_organisation(store, options["around"])}
        with api.open_store(request.app.state.settings.store, create=False) as opened:
            options = {**options, "around": find_organisation(opened, options["around"])}
    return options


def _draw(request: Request, store: Any, fmt: str, options: dict[str, Any]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sg-map-") as folder:
        target = Path(folder, f"kaart.{fmt}")
        with DRAWING:
            api.draw_map(store, **{fmt: target}, lang=lang_of(request),
                         as_of=as_of_of(request), **options)
        return target.read_bytes()


@router.get("/kaart")
def map_page(request: Request, user: UserDep, ecosystem: str = "", theme: str = "",
             around: str = "", suggestions: int = 10) -> Response:
    options = _options(ecosystem, theme, around, suggestions)
    known = choices(request)
    try:
        _check(request, options, known)
    except StakeholderGraphError as exc:  # said above the form, which keeps what was typed
        said = explain(exc, lang_of(request))
        return render(request, "map.html", status_code=said.status, title="map_title",
                      options=options, query="", error=said, **known)
    return render(request, "map.html", title="map_title", options=options,
                  query=str(request.url.query), error=None, **known)


@router.get("/kaart/kaart.{fmt}")
def map_file(request: Request, fmt: str, store: StoreDep, user: UserDep,
             ecosystem: str = "", theme: str = "", around: str = "",
             suggestions: int = 10) -> Response:
    if fmt not in MEDIA:
        from fastapi import HTTPException

        raise HTTPException(status_code=404, detail="Not Found")
    options = _check(request, _options(ecosystem, theme, around, suggestions), store=store)
    body = _draw(request, store, fmt, options)
    if fmt == "html":
        return HTMLResponse(body, headers={"Content-Security-Policy": _MAP_CSP})
    name = ("kaart" if lang_of(request) == "nl" else "map") + f".{fmt}"
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
