"""Suggesties: ranked, explained introductions or memberships with filters; Excel download."""

from __future__ import annotations

import io
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ... import api
from ...graph.model import ORGANISATION_KINDS
from ..deps import StoreDep, UserDep, as_of_of, lang_of, render
from ..errors import WebError
from .search import ecosystems_for, index_for

router = APIRouter(include_in_schema=False)

WHAT = ("introductions", "memberships")
COLUMNS = {
    "introductions": {
        "nl": {"rank": "Nr.", "a": "Organisatie", "a_ecosystem": "Ecosysteem",
               "b": "Voorgesteld contact", "b_ecosystem": "Ecosysteem contact",
               "score": "Score", "explanation": "Waarom"},
        "en": {"rank": "No.", "a": "Organisation", "a_ecosystem": "Ecosystem",
               "b": "Suggested contact", "b_ecosystem": "Contact's ecosystem",
               "score": "Score", "explanation": "Why"}},
    "memberships": {
        "nl": {"rank": "Nr.", "org": "Organisatie", "group": "Groep",
               "group_kind": "Soort groep", "score": "Score", "explanation": "Waarom"},
        "en": {"rank": "No.", "org": "Organisation", "group": "Group",
               "group_kind": "Kind of group", "score": "Score", "explanation": "Why"}},
}


def filters(what: str, from_ecosystem: str, to_ecosystem: str, theme: str,
            kinds: list[str], top: int) -> dict[str, Any]:
    """The chosen filters as ``api.suggest`` options (empty ones left out)."""
    what = what if what in WHAT else "introductions"
    options: dict[str, Any] = {"what": what, "top": max(1, min(top, 500))}
    if what == "introductions":
        options.update({k: v for k, v in (("from_ecosystem", from_ecosystem),
                                          ("to_ecosystem", to_ecosystem), ("theme", theme))
                        if v})
        chosen = [k for k in kinds if k in ORGANISATION_KINDS]
        if chosen:
            options["kinds"] = chosen
    return options


def check_ecosystem(request: Request, name: str, known: dict[str, Any] | None = None) -> None:
    """Refuse an ecosystem the network does not have (``unknown_ecosystem``); ``known`` is
    :func:`choices` when worked out already."""
    names = (known or {}).get("ecosystem_names")
    if names is None:
        names = ecosystem_names(request)
    if name not in names:
        raise WebError("unknown_ecosystem", name=name, choices=sorted(names))


def check(request: Request, options: dict[str, Any], known: dict[str, Any] | None = None) -> None:
    """Refuse filters naming an ecosystem or theme the network lacks, before asking."""
    asked = [options[k] for k in ("from_ecosystem", "to_ecosystem", "ecosystem") if options.get(k)]
    if not asked and not options.get("theme"):
        return
    known = known or choices(request)
    for name in asked:
        check_ecosystem(request, name, known)
    if options.get("theme") and options["theme"] not in known["themes"]:
        raise WebError("unknown_theme", name=options["theme"], choices=sorted(known["themes"]))


def frame(store: Any, options: dict[str, Any], lang: str, as_of: str | None) -> Any:
    return api.suggest(store, lang=lang, as_of=as_of, **options)


def ecosystem_names(request: Request) -> list[str]:
    """The network's ecosystems, by name."""
    return [r["ecosystem"] for r in ecosystems_for(request) if r["ecosystem"]]


def choices(request: Request) -> dict[str, Any]:
    """What the filter forms offer: ecosystems, themes and kinds of organisation."""
    return {"ecosystem_names": ecosystem_names(request),
            "themes": index_for(request, False).names("Theme"),
            "org_kinds": ORGANISATION_KINDS}


Kinds = Annotated[list[str], Query()]


@router.get("/suggesties")
def suggestions_page(request: Request, store: StoreDep, user: UserDep,
                     what: str = "introductions", from_ecosystem: str = "",
                     to_ecosystem: str = "", theme: str = "", kinds: Kinds = [],  # noqa: B006
                     top: int = 25) -> Response:
    lang = lang_of(request)
    options = filters(what, from_ecosystem, to_ecosystem, theme, kinds, top)
    known = choices(request)
    check(request, options, known)
    rows = frame(store, options, lang, as_of_of(request)).to_dict("records")
    query = str(request.url.query)
    return render(request, "suggestions.html", title="suggestions_title", rows=rows,
                  options=options, chosen_kinds=options.get("kinds", []),
                  columns=COLUMNS[options["what"]][lang], query=query, **known)


@router.get("/suggesties.xlsx")
def suggestions_excel(request: Request, store: StoreDep, user: UserDep,
                      what: str = "introductions", from_ecosystem: str = "",
                      to_ecosystem: str = "", theme: str = "", kinds: Kinds = [],  # noqa: B006
                      top: int = 100) -> Response:
    lang = lang_of(request)
    options = filters(what, from_ecosystem, to_ecosystem, theme, kinds, top)
    check(request, options)
    data = frame(store, options, lang, as_of_of(request))
    headers = COLUMNS[options["what"]][lang]
    table = data[[c for c in headers if c in data.columns]].rename(columns=headers)
    buffer = io.BytesIO()
    sheet = "Suggesties" if lang == "nl" else "Suggestions"
    table.to_excel(buffer, index=False, sheet_name=sheet)
    name = f"suggesties-{options['what']}.xlsx" if lang == "nl" else \
        f"suggestions-{options['what']}.xlsx"
    return Response(buffer.getvalue(), headers={
        "Content-Disposition": f'attachment; filename="{name}"'},
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
