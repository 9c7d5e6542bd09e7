"""Kaart: the interactive map with filters, and the same map as PNG or PowerPoint slide."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ... import api
from ..deps import StoreDep, UserDep, as_of_of, lang_of, render
from .suggestions import choices

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
    return render(request, "map.html", title="map_title", options=options,
                  query=str(request.url.query), **choices(request))


@router.get("/kaart/kaart.{fmt}")
def map_file(request: Request, fmt: str, store: StoreDep, user: UserDep,
             ecosystem: str = "", theme: str = "", around: str = "",
             suggestions: int = 10) -> Response:
    if fmt not in MEDIA:
        from fastapi import HTTPException

        raise HTTPException(status_code=404, detail="Not Found")
    body = _draw(request, store, fmt, _options(ecosystem, theme, around, suggestions))
    if fmt == "html":
        return HTMLResponse(body, headers={"Content-Security-Policy": _MAP_CSP})
    name = ("kaart" if lang_of(request) == "nl" else "map") + f".{fmt}"
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
