"""Geschiedenis: the loads, what each changed and who made it; an as-of date for the pages."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ... import api
from ...errors import InputError
from ..deps import StoreDep, UserDep, check_csrf, lang_of, personal_of, read_journal, render
from ..errors import WebError
from .maps import DRAWING, MEDIA
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


def loads_with_who(store: Any, lang: str | None = None) -> list[dict[str, Any]]:
    """The history, newest first, with who made each entry; with ``lang``, a load's
    summary in that language (the store keeps it in English), as the CLI says it."""
    return [{**entry, "who": who(entry), **({"summary": described(entry, lang)} if lang
                                             else {})}
            for entry in reversed(api.history(store))]


def described(entry: dict[str, Any], lang: str) -> str:
    """A load's counts in words (``output.describe_load``); other entries as stored."""
    from ...graph.store import LoadResult
    from ...output import describe_load

    counts = entry.get("counts") or {}
    if entry.get("event", "load") != "load" or "nodes_added" not in counts:
        return str(entry.get("summary", ""))
    fields = LoadResult.__dataclass_fields__
    return describe_load(LoadResult(**{k: int(v) for k, v in counts.items() if k in fields}),
                         lang)[0]


def changes(store: Any, number: int, personal: bool = False) -> dict[str, Any]:
    """What one load changed (against the load before it); people only when asked."""
    return api.diff(store, since=str(number - 1) if number > 1 else EPOCH, until=str(number),
                    include_personal_data=personal)


@router.get("/geschiedenis")
def history_page(request: Request, store: StoreDep, user: UserDep,
                 lading: int | None = None) -> Response:
    loads = loads_with_who(store, lang_of(request))
    chosen = lading if lading is not None else (loads[0]["id"] if loads else None)
    diff = changes(store, chosen, personal_of(request, user)) if chosen is not None and any(
        e["id"] == chosen for e in loads) else None
    from .suggestions import ecosystem_names

    return render(request, "history.html", title="history_title", loads=loads,
                  chosen=chosen, diff=diff, journal=read_journal(request, 50),
                  ecosystem_names=ecosystem_names(request))


# The report's print page: its own styles and pictures inline, no scripts.
_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"


@router.get("/geschiedenis/voortgang.{fmt}")
def progress_report(request: Request, fmt: str, store: StoreDep, user: UserDep,
                    since: str = "", until: str = "", ecosystem: str = "") -> Response:
    """The Technologietafel's progress report (``api.report``) as a deck or a print page.

    Reading, not writing, so viewers may too; a sync endpoint, so it is built in the thread
    pool. Dates left empty mean the report's own defaults (the load before the latest to
    the latest); a bad date is the report's own Dutch error.
    """
    if fmt not in ("pptx", "html"):
        raise HTTPException(status_code=404, detail="Not Found")
    nl = lang_of(request) == "nl"
    for moment in (since, until):
        check_moment(moment)
    if ecosystem.strip():
        from .suggestions import check_ecosystem

        check_ecosystem(request, ecosystem.strip())
    with tempfile.TemporaryDirectory(prefix="sg-report-") as folder:
        target = Path(folder, f"voortgang.{fmt}")
        with DRAWING:  # the report draws its map with matplotlib
            api.report(store, since=since.strip() or None, until=until.strip() or None,
                       ecosystem=ecosystem.strip() or None, lang=lang_of(request),
                       output=target, include_personal_data=personal_of(request, user))
        body = target.read_bytes()
    if fmt == "html":
        return HTMLResponse(body, headers={"Content-Security-Policy": _REPORT_CSP})
    name = ("voortgang" if nl else "progress") + ".pptx"
    return Response(body, media_type=MEDIA["pptx"],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/geschiedenis/peildatum")
async def set_as_of(request: Request, user: UserDep,
                    as_of: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
                    ) -> Response:  # noqa: A002
    """Choose (or clear) the as-of date: reading, not writing, so viewers may too."""
    await check_csrf(request)
    as_of = as_of.strip()
    if as_of:
        check_moment(as_of, numbers=False)
        request.session["as_of"] = as_of
    else:
        request.session.pop("as_of", None)
    return RedirectResponse(safe_next(next), status_code=303)


def check_moment(moment: str | None, numbers: bool = True) -> None:
    """Refuse what is neither a date nor (with ``numbers``) a load's number: the web app's
    ``bad_date`` error, said in the page's language."""
    from ...graph.history import parse_moment

    moment = (moment or "").strip()
    if not moment or numbers and moment.isdigit():
        return
    try:
        parse_moment(moment)
    except InputError:
        raise WebError("bad_date", value=moment) from None
