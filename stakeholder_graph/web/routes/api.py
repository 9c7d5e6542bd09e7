"""The JSON API under ``/api/``: the same reads and writes as the pages (OpenAPI at
``/api/docs``). Writes need the session's CSRF token in the ``X-CSRF-Token`` header; get
it, with who you are, from ``GET /api/session``."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field

from ... import api
from ..deps import (
    EditorDep,
    StoreDep,
    UserDep,
    as_of_of,
    csrf_token,
    lang_of,
    personal_of,
    retrying,
    settings,
    writing,
)
from . import duplicates as dup
from . import imports, organisation, search, suggestions
from .history import loads_with_who

router = APIRouter(prefix="/api", tags=["api"])


def _records(frame: Any) -> list[dict[str, Any]]:
    return json.loads(frame.to_json(orient="records", force_ascii=False))


class Session(BaseModel):
    user: str
    role: str
    csrf_token: str
    lang: str


class Introduction(BaseModel):
    a: str = Field(description="an organisation (id or name)")
    b: str = Field(description="the other organisation (id or name)")
    status: Literal["proposed", "made", "declined", "voorgesteld", "gelegd", "afgewezen"]
    date: str = Field("", description="YYYY-MM-DD; today when empty")
    note: str = ""


class Decision(BaseModel):
    variant: str = Field(description="the review row's id")
    target: str = Field(description="the review row's candidate_id")
    decision: Literal["accept", "reject"]


class Undo(BaseModel):
    variant: str = Field(description="the id of a merged name variant")


@router.get("/session", response_model=Session)
def session(request: Request, user: UserDep) -> dict[str, Any]:
    """Who you are, and the CSRF token to send with writes."""
    return {"user": user.name, "role": user.role, "csrf_token": csrf_token(request),
            "lang": lang_of(request)}


@router.get("/search")
def search_api(request: Request, user: UserDep, q: str, limit: int = 25) -> dict[str, Any]:
    """Forgiving search over names, aliases, KvK/BRIN numbers and municipalities."""
    index = search.index_for(request, personal_of(request, user))
    return index.search(q, limit=max(1, min(limit, 200)))


@router.get("/ecosystems")
def ecosystems_api(request: Request, user: UserDep) -> list[dict[str, Any]]:
    """The sub-regional ecosystems with their organisations counted per kind."""
    return search.ecosystems_for(request)


@router.get("/organisations/{org_id}")
def organisation_api(request: Request, org_id: str, store: StoreDep,
                     user: UserDep) -> dict[str, Any]:
    """An organisation's facts with their sources, its ties and merged names."""
    personal = personal_of(request, user)
    info = organisation.describe(store, org_id, personal)
    if personal:
        info["contacts"] = api.contacts(info["id"], store)
    return info


@router.get("/organisations/{org_id}/suggestions")
def organisation_suggestions_api(request: Request, org_id: str, store: StoreDep, user: UserDep,
                                 what: Literal["introductions", "memberships"] = "introductions",
                                 top: int = 10) -> list[dict[str, Any]]:
    """Suggested introductions or memberships for one organisation."""
    return _records(api.suggest(store, what=what, for_org=org_id, top=max(1, min(top, 200)),
                                lang=lang_of(request), as_of=as_of_of(request)))


@router.get("/suggestions")
def suggestions_api(request: Request, store: StoreDep, user: UserDep,
                    what: Literal["introductions", "memberships"] = "introductions",
                    from_ecosystem: str = "", to_ecosystem: str = "", theme: str = "",
                    kinds: Annotated[list[str], Query()] = [],  # noqa: B006
                    top: int = 25) -> list[dict[str, Any]]:
    """Ranked, explained suggestions with the Suggesties page's filters."""
    options = suggestions.filters(what, from_ecosystem, to_ecosystem, theme, kinds, top)
    suggestions.check(request, options)
    return _records(suggestions.frame(store, options, lang_of(request), as_of_of(request)))


@router.get("/introductions")
def introductions_api(request: Request, store: StoreDep, user: UserDep,
                      limit: int = 20) -> list[dict[str, Any]]:
    """The latest recorded introductions, newest first."""
    return api.introductions(store, limit=max(1, min(limit, 500)), as_of=as_of_of(request))


@router.post("/introductions")
def record_introduction_api(request: Request, body: Introduction,
                            user: EditorDep) -> dict[str, Any]:
    """Record an introduction (proposed, made or declined), as the page's buttons do."""
    result = organisation.record_introduction(request, user, body.a, body.b,
                                              body.status, body.date, body.note)
    return {"recorded": True, "by": user.name, **result.counts()}


@router.get("/duplicates")
def duplicates_api(store: StoreDep, user: UserDep) -> list[dict[str, Any]]:
    """Likely duplicate organisations nobody decided on yet."""
    return api.review(store)


@router.post("/duplicates")
def decide_api(request: Request, body: Decision, store: StoreDep,
               user: EditorDep) -> dict[str, Any]:
    """Merge (accept) or keep apart (reject) one likely duplicate."""
    return dup.decide(request, store, user, body.variant, body.target, body.decision)


@router.post("/duplicates/undo")
def undo_api(request: Request, body: Undo, store: StoreDep, user: EditorDep) -> dict[str, Any]:
    """Split a merged name variant off again."""
    return {"variant": body.variant, "was_in": dup.undo(request, store, user, body.variant)}


@router.get("/history")
def history_api(store: StoreDep, user: UserDep) -> list[dict[str, Any]]:
    """The loads, newest first, with who made them."""
    return loads_with_who(store)


@router.get("/diff")
def diff_api(request: Request, store: StoreDep, user: UserDep, since: str | None = None,
             until: str | None = None) -> dict[str, Any]:
    """What changed between two loads (numbers) or moments (dates)."""
    from .history import check_moment

    for moment in (since, until):
        check_moment(moment)
    return api.diff(store, since, until, include_personal_data=personal_of(request, user))


@router.post("/import")
async def import_api(request: Request, user: EditorDep, file: UploadFile,
                     mapping: Annotated[str, Form(description="a mapping as JSON; guessed "
                                                  "when empty")] = "",
                     load: Annotated[bool, Form(description="load it (else only check)")] = False
                     ) -> dict[str, Any]:
    """Check an uploaded CSV/XLSX sheet (every problem listed), and load it all or nothing."""
    from starlette.concurrency import run_in_threadpool

    from ...errors import StakeholderGraphError
    from ..errors import WebError

    try:
        chosen = json.loads(mapping) if mapping.strip() else None
    except ValueError:
        raise WebError("bad_mapping") from None
    if chosen is not None and not isinstance(chosen, dict):
        raise WebError("bad_mapping")
    record = await imports.receive(request, file, user)
    result = await run_in_threadpool(imports.check, request, record, chosen)
    if not load or result["problems"]:
        return {**result, "loaded": False}

    def work() -> Any:
        with writing(request, f"import {record['name']}"):
            return retrying(request, lambda: api.import_file(
                record["path"], settings(request).store, chosen, label=record["label"],
                max_rows=settings(request).max_rows, by=user.name, lang=lang_of(request)))

    try:
        done = await run_in_threadpool(work)
    except StakeholderGraphError as exc:
        if "store busy" in str(exc):
            raise
        return {**result, "problems": api.load_problems(exc, lang_of(request)), "loaded": False}
    from ..deps import journal

    journal(request, user, "import", file=record["name"], summary=done.summary())
    return {**result, "loaded": True, "summary": done.summary(), **done.counts()}
