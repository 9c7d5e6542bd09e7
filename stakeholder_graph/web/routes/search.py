"""Zoeken: the search box, the ecosystems with their counts, the latest introductions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ... import api
from ..deps import UserDep, as_of_of, cached, personal_of, render

router = APIRouter(include_in_schema=False)


def index_for(request: Request, personal: bool) -> object:
    """The search index of the store's current state (kept up to date after writes), or
    of the as-of date."""
    as_of = as_of_of(request)
    if not as_of:
        return request.app.state.live.index(personal)
    store = request.app.state.settings.store
    return cached(request, ("index", personal, as_of),
                  lambda: api.search_index(store, personal=personal, as_of=as_of))


def ecosystems_for(request: Request, wait: bool = True) -> list[dict] | None:
    """The ecosystems with their counts, now (kept up to date) or at the as-of date;
    ``None`` without ``wait`` while they are first counted."""
    as_of = as_of_of(request)
    if not as_of:
        return request.app.state.live.ecosystems(wait=wait)
    location = request.app.state.settings.store
    return cached(request, ("ecosystems", as_of),
                  lambda: api.ecosystems(location, as_of=as_of))


def found(request: Request, user: object, q: str) -> dict:
    if not q.strip():
        return {"query": "", "results": [], "did_you_mean": [], "total": 0}
    return index_for(request, personal_of(request, user)).search(q, limit=50)


@router.get("/")
def search_page(request: Request, user: UserDep, q: str = "") -> Response:
    as_of = as_of_of(request)
    location = request.app.state.settings.store
    ecosystems = ecosystems_for(request, wait=False)
    intros = cached(request, ("introductions", as_of),
                    lambda: api.introductions(location, limit=8, as_of=as_of))
    return render(request, "search.html", title="search_title", q=q,
                  found=found(request, user, q), ecosystems=ecosystems, intros=intros)


@router.get("/zoeken/resultaten")
def search_results(request: Request, user: UserDep, q: str = "") -> Response:
    """The results alone, for the search box's live update (htmx)."""
    return render(request, "_results.html", q=q, found=found(request, user, q))
