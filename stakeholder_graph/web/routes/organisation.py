"""Organisatie: facts with their sources, ties in words, suggestions to act on, belkaart."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ... import api
from ...errors import StakeholderGraphError
from ...graph.model import ORGANISATION_KINDS
from ..deps import (
    EditorDep,
    StoreDep,
    UserDep,
    as_of_of,
    cached,
    journal,
    lang_of,
    personal_of,
    render,
    retrying,
    settings,
    writing,
)
from ..errors import WebError, explain
from ..i18n import STATUS_WORDS, tie_group, tie_phrase

router = APIRouter(include_in_schema=False)

STATUS_OF = {**{v: k for k, v in STATUS_WORDS.items()}, **{k: k for k in STATUS_WORDS}}
"""Form values (Dutch words or the model's) → the model's status."""


def describe(store: Any, org_id: str, personal: bool) -> dict[str, Any]:
    """The organisation's facts and ties, with Person nodes only when personal data is on.

    An unknown organisation is the library's ``unknown_organisation`` error (a 404 page
    with "bedoelde u"), a person's page without personal data a plain 404.
    """
    return api.show(org_id, store, include_personal_data=personal)


def grouped_ties(info: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """The ties under headings, each as a sentence: phrase, other end, details."""
    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for tie in info["ties"]:
        props = tie["properties"]
        details = [str(props[k]) for k in ("programme",) if props.get(k)]
        if props.get("count"):
            details.append(f"{props['count']} {'stagiairs' if lang == 'nl' else 'interns'}")
        if props.get("role"):
            details.append(str(props["role"]))
        for key, word in (("since", "sinds" if lang == "nl" else "since"),
                          ("date", "")):
            if props.get(key):
                details.append(f"{word} {props[key]}".strip())
        groups.setdefault(tie_group(tie["type"], lang), []).append({
            "phrase": tie_phrase(tie, lang), "other": tie["other"],
            "other_name": tie["other_name"] or tie["other"], "details": details,
            "note": props.get("note") or "", "source": props.get("source") or "",
            "sources": tie["sources"], "ended": tie["until"]})
    return [{"heading": heading, "ties": ties} for (_, heading), ties in sorted(groups.items())]


def suggestions_for(store: Any, info: dict[str, Any], lang: str, as_of: str | None,
                    top: int = 5) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The organisation's suggested introductions (the other side named) and memberships."""
    if info["kind"] not in ORGANISATION_KINDS:
        return [], []
    intros = api.suggest(store, what="introductions", for_org=info["id"], top=top, lang=lang,
                         as_of=as_of)
    rows = []
    for row in intros.to_dict("records"):
        mine_a = row["a_id"] == info["id"]
        rows.append({"rank": row["rank"], "other": row["b_id"] if mine_a else row["a_id"],
                     "other_name": row["b"] if mine_a else row["a"],
                     "ecosystem": row["b_ecosystem"] if mine_a else row["a_ecosystem"],
                     "score": row["score"], "explanation": row["explanation"]})
    groups = api.suggest(store, what="memberships", for_org=info["id"], top=top, lang=lang,
                         as_of=as_of).to_dict("records")
    return rows, groups


@router.get("/organisatie/{org_id}")
def organisation_page(request: Request, org_id: str, store: StoreDep, user: UserDep,
                      vastgelegd: str = "") -> Response:
    """The facts and ties at once; the suggestions come as a fragment (``/suggesties``)."""
    personal = personal_of(request, user)
    info = describe(store, org_id, personal)
    if info["id"] != org_id:
        return RedirectResponse(f"/organisatie/{info['id']}", status_code=303)
    people = api.contacts(info["id"], store) if personal else []
    return render(request, "organisation.html", title=info["name"], info=info,
                  groups=grouped_ties(info, lang_of(request)), contacts=people,
                  recorded=vastgelegd, is_org=info["kind"] in ORGANISATION_KINDS)


@router.get("/organisatie/{org_id}/suggesties")
def organisation_suggestions(request: Request, org_id: str, store: StoreDep,
                             user: UserDep, vastgelegd: str = "") -> Response:
    """The organisation's suggestions: the page's htmx fragment, or a page of their own.

    A sync endpoint, so FastAPI runs it in its thread pool and the engine's work never
    holds up other requests. While the engine is being prepared in the background the
    fragment says so and asks again a second later; the page without JavaScript waits.
    """
    personal = personal_of(request, user)
    lang, as_of = lang_of(request), as_of_of(request)
    info = describe(store, org_id, personal)
    if info["id"] != org_id:
        return RedirectResponse(f"/organisatie/{info['id']}/suggesties", status_code=303)
    fragment = request.headers.get("hx-request") == "true"
    context = {"info": info, "today": dt.date.today().isoformat()}
    if fragment and request.app.state.live.warming and not as_of:
        return render(request, "_suggestions_fragment.html", pending=True, **context)
    if info["kind"] not in ORGANISATION_KINDS:
        intros, groups, error = [], [], ""
    else:
        try:
            intros, groups = cached(request, ("suggestions", info["id"], lang, as_of),
                                    lambda: suggestions_for(store, info, lang, as_of))
            error = ""
        except StakeholderGraphError as exc:  # shown in place, not as an error page
            intros, groups, error = [], [], explain(exc, lang).text
    context.update(intros=intros, memberships=groups, error=error)
    if fragment:
        return render(request, "_suggestions_fragment.html", pending=False, **context)
    return render(request, "organisation_suggestions.html", title=info["name"],
                  recorded=vastgelegd, **context)


@router.get("/organisatie/{org_id}/belkaart")
def call_sheet(request: Request, org_id: str, store: StoreDep, user: UserDep) -> Response:
    personal = personal_of(request, user)
    lang = lang_of(request)
    info = describe(store, org_id, personal)
    intros, groups = suggestions_for(store, info, lang, as_of_of(request), top=8)
    people = api.contacts(info["id"], store) if personal else []
    return render(request, "belkaart.html", title=info["name"], info=info,
                  groups=grouped_ties(info, lang), intros=intros, memberships=groups,
                  contacts=people, today=dt.date.today().isoformat())


def record_introduction(request: Request, user: Any, org_id: str, other: str,
                        status: str, date: str, note: str) -> Any:
    """Record an introduction for a user: one INTRODUCED record, as ``introduce`` writes.

    The request holds no store open: ``api.introduce`` opens and closes the store itself
    and carries the warmed engine over the new record. Which organisations are meant, and
    whether they can be introduced, the library says (:func:`api.introduction_ends`, the
    check ``introduce`` makes too, with the CLI's error codes).
    """
    if status not in STATUS_OF:
        raise WebError("bad_status", status=status)
    date = date.strip() or dt.date.today().isoformat()
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise WebError("bad_date", value=date) from None
    org_id, other = api.introduction_ends(org_id, other, settings(request).store)
    with writing(request, f"introductie {org_id} – {other}", change="introduction"):
        result = retrying(request, lambda: api.introduce(
            org_id, other, STATUS_OF[status], settings(request).store, date=date,
            note=note.strip() or None,
            by=user.name))
    journal(request, user, "introduce", a=org_id, b=other, status=STATUS_OF[status],
            date=date, note=note.strip())
    return result


@router.post("/organisatie/{org_id}/introductie")
def introduce(request: Request, org_id: str, user: EditorDep,
              other: Annotated[str, Form()], status: Annotated[str, Form()],
              date: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
              terug: Annotated[str, Form()] = "") -> Response:
    record_introduction(request, user, org_id, other, status, date, note)
    from urllib.parse import quote

    page = f"/organisatie/{org_id}/suggesties" if terug == "suggesties" else \
        f"/organisatie/{org_id}"  # back where the button was: the page without JavaScript
    return RedirectResponse(f"{page}?vastgelegd={quote(other)}#suggesties", status_code=303)
