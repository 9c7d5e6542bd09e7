"""Geschiedenis: the loads, what each changed and who made it; an as-of date for the pages."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ... import api
from ...errors import InputError
from ..deps import StoreDep, UserDep, check_csrf, personal_of, read_journal, render
from .session import safe_next

router = APIRouter(include_in_schema=False)

_BY = re.compile(r"\((?:geüpload door|uploaded by|door|by) ([^)]+)\)")
EPOCH = "1900-01-01"


def who(entry: dict[str, Any]) -> str:
    """Who made a load or a decision: the web user its files' provenance names (an upload,
    an introduction), else the history's own ``by`` (the web user for merges and imports
    made in the app; the login name for work from the command line)."""
    names = {m.group(1) for f in entry.get("files", []) for m in [_BY.search(str(f))] if m}
    return ", ".join(sorted(names)) or str(entry.get("by") or "")


def loads_with_who(store: Any) -> list[dict[str, Any]]:
    return [{**entry, "who": who(entry)} for entry in reversed(api.history(store))]


def changes(store: Any, number: int, personal: bool = False) -> dict[str, Any]:
    """What one load changed (against the load before it); people only when asked."""
    return api.diff(store, since=str(number - 1) if number > 1 else EPOCH, until=str(number),
                    include_personal_data=personal)


@router.get("/geschiedenis")
def history_page(request: Request, store: StoreDep, user: UserDep,
                 lading: int | None = None) -> Response:
    loads = loads_with_who(store)
    chosen = lading if lading is not None else (loads[0]["id"] if loads else None)
    diff = changes(store, chosen, personal_of(request, user)) if chosen is not None and any(
        e["id"] == chosen for e in loads) else None
    return render(request, "history.html", title="history_title", loads=loads,
                  chosen=chosen, diff=diff, journal=read_journal(request, 50))


@router.post("/geschiedenis/peildatum")
async def set_as_of(request: Request, user: UserDep,
                    as_of: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
                    ) -> Response:  # noqa: A002
    """Choose (or clear) the as-of date: reading, not writing, so viewers may too."""
    await check_csrf(request)
    as_of = as_of.strip()
    if as_of:
        from ...graph.history import parse_moment

        try:
            parse_moment(as_of)
        except InputError:
            raise InputError(f"{as_of!r}: write a date as 2026-05-01") from None
        request.session["as_of"] = as_of
    else:
        request.session.pop("as_of", None)
    return RedirectResponse(safe_next(next), status_code=303)
