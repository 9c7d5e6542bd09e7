"""Dubbelen: likely duplicate organisations with samenvoegen / niet samenvoegen, and undo."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ... import api
from ...merges import review_reason
from ..deps import (
    EditorDep,
    StoreDep,
    UserDep,
    journal,
    lang_of,
    read_journal,
    render,
    retrying,
    writing,
)
from ..errors import WebError

router = APIRouter(include_in_schema=False)


def decide(request: Request, store: Any, user: Any, variant: str, target: str,
           decision: str) -> dict[str, Any]:
    """Carry out one decision; for a merge, say which id was merged into which."""
    if variant.strip() == target.strip():
        raise WebError("merge_same", ref=variant)
    with writing(request, f"{decision} {variant} / {target}",
                 change="merge" if decision == "accept" else "decision") as done:
        counts = retrying(request, lambda: api.decide_duplicate(variant, target, decision,
                                                                store, by=user.name))
        done.ids = [variant, target]
    out: dict[str, Any] = {"decision": decision, **counts}
    if decision == "accept":
        live = store.kinds_of([variant, target])
        gone, kept = (variant, target) if target in live else (target, variant)
        out.update({"merged": gone, "into": kept})
        journal(request, user, "merge", variant=gone, target=kept)
    else:
        journal(request, user, "keep apart", variant=variant, target=target)
    return out


def undo(request: Request, store: Any, user: Any, variant: str) -> str:
    with writing(request, f"undo {variant}", change="merge") as done:
        holder = retrying(request, lambda: api.undo_merge(variant, store, by=user.name))
        done.ids = [variant, holder]
    journal(request, user, "undo merge", variant=variant, target=holder)
    return holder


def recent_merges(request: Request) -> list[dict[str, Any]]:
    """Merges made in the web app and not undone since, newest first."""
    undone: set[str] = set()
    out = []
    for entry in read_journal(request, 500):
        if entry.get("action") == "undo merge":
            undone.add(entry.get("variant"))
        elif entry.get("action") == "merge" and entry.get("variant") not in undone:
            undone.add(entry.get("variant"))  # an older merge of it was undone or is this one
            out.append(entry)
    return out[:20]


@router.get("/dubbelen")
def duplicates_page(request: Request, store: StoreDep, user: UserDep, gedaan: str = "",
                    ongedaan: str = "") -> Response:
    rows = api.review(store)
    return render(request, "duplicates.html", title="duplicates_title", rows=rows,
                  merges=recent_merges(request), done=gedaan, undone=ongedaan,
                  reason=lambda text: review_reason(text, lang_of(request)))


@router.post("/dubbelen/besluit")
def decision(request: Request, store: StoreDep, user: EditorDep,
             variant: Annotated[str, Form()], target: Annotated[str, Form()],
             decision: Annotated[str, Form()]) -> Response:
    done = decide(request, store, user, variant, target, decision)
    shown = done["merged"] if decision == "accept" and isinstance(done.get("merged"), str) \
        else variant  # a merge names the id that went; keeping apart, the variant
    return RedirectResponse(f"/dubbelen?gedaan={quote(shown)}", status_code=303)


@router.post("/dubbelen/ongedaan")
def undo_merge(request: Request, store: StoreDep, user: EditorDep,
               variant: Annotated[str, Form()]) -> Response:
    undo(request, store, user, variant)
    return RedirectResponse(f"/dubbelen?ongedaan={quote(variant)}", status_code=303)
