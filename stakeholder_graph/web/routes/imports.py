"""Importeren: upload a sheet, check it (mapping, preview, every problem), load it all or
nothing, show what changed.

An upload is kept under a random token in the app's own temporary folder: the browser
never names a path on the server, and only the user who uploaded it can load it.
"""

from __future__ import annotations

import re
import secrets
import shutil
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import Response

from ... import api
from ...errors import StakeholderGraphError
from ...graph.model import ORGANISATION_KINDS
from ...merges import is_conflict, review_place, review_reason
from ..deps import EditorDep, UserDep, journal, lang_of, render, retrying, settings, writing
from ..errors import WebError
from ..i18n import text

router = APIRouter(include_in_schema=False)

SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
_KEEP = 20  # uploads kept at once


def safe_name(name: str | None) -> str:
    """The uploaded file's own name, without any folder, safe as a file name.

    Examples
    --------
    >>> safe_name("../../etc/passwd"), safe_name("C:\\\\Users\\\\a\\\\leden lijst.xlsx")
    ('passwd', 'leden lijst.xlsx')
    """
    base = re.split(r"[\\\\/]", name or "")[-1].strip().lstrip(".")
    base = re.sub(r"[^\w .()-]", "_", base)[:120]
    return base or "upload.csv"


async def receive(request: Request, upload: UploadFile, user: Any) -> dict[str, Any]:
    """Save an upload (within the size limit) and remember it under a new token."""
    limit = settings(request).max_upload_bytes
    name = safe_name(upload.filename)
    if not name.lower().endswith(SUFFIXES):
        raise WebError("not_a_sheet", name=name)
    token = secrets.token_urlsafe(16)
    folder = settings(request).upload_dir / token
    folder.mkdir(parents=True)
    path = folder / name
    size = 0
    with open(path, "wb") as fh:
        while chunk := await upload.read(1 << 16):
            size += len(chunk)
            if size > limit:
                fh.close()
                shutil.rmtree(folder, ignore_errors=True)
                raise WebError("file_too_large", name=name, mb=limit // (1024 * 1024))
            fh.write(chunk)
    uploads = request.app.state.__dict__.setdefault("uploads", {})
    while len(uploads) >= _KEEP:
        old = uploads.pop(next(iter(uploads)))
        shutil.rmtree(Path(old["path"]).parent, ignore_errors=True)
    record = {"token": token, "path": str(path), "name": name, "user": user.name,
              "label": f"{name} ({'geüpload door' if _nl(request) else 'uploaded by'} "
                       f"{user.name})"}
    uploads[token] = record
    return record


def _nl(request: Request) -> bool:
    return request.session.get("lang", "nl") == "nl"


def upload_of(request: Request, token: str, user: Any) -> dict[str, Any]:
    record = request.app.state.__dict__.get("uploads", {}).get(token)
    if record is None or record["user"] != user.name:
        raise WebError("upload_gone")
    return record


def chosen_mapping(form: Any, headers: list[str]) -> dict[str, Any]:
    """The mapping the user chose on the page: ``col_N`` → model field; for organisations
    also ``kindtext_N`` / ``kindword_N`` (a word of the kind column and the kind it means),
    ``placetext_N`` / ``placeword_N`` (an unknown place of the municipality column and the
    place it means) and ``default_kind`` (the kind of a row without one; chosen empty:
    none, not the guess's).

    Examples
    --------
    >>> chosen_mapping({"col_0": "name", "col_1": "kind", "kindtext_0": "Netwerkpartner",
    ...                 "kindword_0": "PublicBody", "default_kind": ""}, ["Naam", "Labels"])
    {'table': 'organisations', 'columns': {'name': 'Naam', 'kind': 'Labels'}, \
'values': {'kind': {'Netwerkpartner': 'PublicBody'}}, 'defaults': {'kind': None}}
    """
    table = form.get("table") if form.get("table") in ("organisations",
                                                       "relationships") else "organisations"
    allowed = set(api.import_fields(table))
    columns = {}
    for i, header in enumerate(headers):
        field = form.get(f"col_{i}") or ""
        if field in allowed and field not in columns:
            columns[field] = header
    chosen: dict[str, Any] = {"table": table, "columns": columns}
    if table == "organisations":
        # The kind of each word of the kind column that names none, and of a row without one.
        kinds = set(ORGANISATION_KINDS)
        words = {}
        for i in range(40):
            word, kind = form.get(f"kindtext_{i}"), form.get(f"kindword_{i}")
            if isinstance(word, str) and word.strip() and (kind in kinds or kind == "none"):
                words[word.strip()] = None if kind == "none" else kind  # none: no kind
        if words:
            chosen["values"] = {"kind": words}
        places = {}
        for i in range(40):  # the place each unknown place of the municipality column means
            word, place = form.get(f"placetext_{i}"), form.get(f"placeword_{i}")
            if isinstance(word, str) and word.strip() and isinstance(place, str) and \
                    place.strip():
                places[word.strip()] = place.strip()
        if places:
            chosen.setdefault("values", {})["municipality"] = places
        if form.get("default_kind") in kinds:
            chosen["defaults"] = {"kind": form.get("default_kind")}
        elif "default_kind" in form:  # "(none: every row needs a kind)", as chosen
            chosen["defaults"] = {"kind": None}
    return chosen


def check(request: Request, record: dict[str, Any], mapping: dict[str, Any] | None) -> Any:
    result = api.check_import(record["path"], mapping, label=record["label"],
                              max_rows=settings(request).max_rows, lang=lang_of(request))
    record["headers"] = result["headers"]
    return result


_KIND_ADVICE = re.compile(r"(?:;|:| \(| —) (?:vul |fill |verwacht |expected |zeg |say |"
                          r"koppel |map |of vertaal|or map|vertaal ).*$", re.DOTALL)


_PLACE_ADVICE = re.compile(r"; (?:verbeter de cel|correct the cell), .*$", re.DOTALL)


def on_the_page(problems: list[dict[str, Any]], nl: bool) -> list[dict[str, Any]]:
    """A sheet's problems as the import page says them: one line for a problem that
    repeats over rows, with its rows ("4, 6, 8, 10, 11, … (32 rijen)"); a kind the page can
    give (a word that names no kind, a row without one) without the mapping-file advice,
    and with where on the page to give it.

    Examples
    --------
    >>> rows = [{"file": "a.csv", "row": n, "column": "Labels", "value": None,
    ...          "code": "no_kind_in_row", "problem": "geen soort in deze rij: vul de cel in"}
    ...         for n in (4, 6)]
    >>> [(p["row"], p["problem"]) for p in on_the_page(rows, nl=True)]
    [('4, 6 (2 rijen)', 'geen soort in deze rij')]
    """
    from ...loaders.reading import problem_groups

    out = []
    for same in problem_groups(problems):
        p = dict(same[0])
        rows = [str(q["row"]) for q in same if q.get("row") is not None]
        if len(rows) > 1:
            p["row"] = ", ".join(rows[:5]) + (", …" if len(rows) > 5 else "") + \
                f" ({len(rows)} {'rijen' if nl else 'rows'})"
        if p.get("code") in ("unknown_kind", "no_kind", "no_kind_in_row"):
            hint = "kind_word_hint" if p["code"] == "unknown_kind" else "default_kind_hint"
            p |= {"problem": _KIND_ADVICE.sub("", p["problem"]),
                  "suggestion": text(hint, "nl" if nl else "en")}
        elif p.get("code") == "unknown_municipality" and _PLACE_ADVICE.search(p["problem"]):
            p |= {"problem": _PLACE_ADVICE.sub("", p["problem"]),
                  "suggestion": text("place_word_hint", "nl" if nl else "en")}
        out.append(p)
    return out


def page(request: Request, record: dict[str, Any] | None = None, result: Any = None,
         status_code: int = 200, **extra: Any) -> Response:
    if result and result.get("problems"):
        result = {**result, "problems": on_the_page(result["problems"], _nl(request)),
                  "problem_count": len(result["problems"])}
    mapped = {}
    if result and result.get("mapping"):
        mapped = {header: field for field, header in result["mapping"]["columns"].items()}
    fields = {t: api.import_fields(t) for t in ("organisations", "relationships")}
    return render(request, "import.html", status_code=status_code, title="import_title",
                  record=record, result=result, mapped=mapped, fields=fields,
                  org_kinds=ORGANISATION_KINDS,
                  max_mb=settings(request).max_upload_bytes // (1024 * 1024),
                  max_rows=settings(request).max_rows, **extra)


@router.get("/importeren")
def import_page(request: Request, user: UserDep) -> Response:
    return page(request)


@router.post("/importeren")
async def upload(request: Request, user: EditorDep) -> Response:
    form = await request.form()
    file = form.get("file")
    if file is None or isinstance(file, str) or not file.filename:
        raise WebError("no_file")
    record = await receive(request, file, user)
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(check, request, record, None)
    return page(request, record, result)


@router.post("/importeren/{token}/controleren")
async def recheck(request: Request, token: str, user: EditorDep) -> Response:
    record = upload_of(request, token, user)
    form = await request.form()
    from starlette.concurrency import run_in_threadpool

    mapping = chosen_mapping(form, record.get("headers", []))
    result = await run_in_threadpool(check, request, record, mapping)
    return page(request, record, result)


@router.post("/importeren/{token}/laden")
async def load(request: Request, token: str, user: EditorDep) -> Response:
    record = upload_of(request, token, user)
    form = await request.form()
    mapping = chosen_mapping(form, record.get("headers", []))
    from starlette.concurrency import run_in_threadpool

    def work() -> Any:
        with writing(request, f"import {record['name']}"):
            return retrying(request, lambda: api.import_file(
                record["path"], settings(request).store, mapping, label=record["label"],
                max_rows=settings(request).max_rows, by=user.name, lang=lang_of(request)))

    try:
        result = await run_in_threadpool(work)
    except StakeholderGraphError as exc:
        if "store busy" in str(exc):
            raise
        checked = await run_in_threadpool(check, request, record, mapping)
        checked["problems"] = api.load_problems(exc, lang_of(request))
        return page(request, record, checked, status_code=422, failed=True)
    journal(request, user, "import", file=record["name"], summary=result.summary())
    request.app.state.uploads.pop(token, None)
    shutil.rmtree(Path(record["path"]).parent, ignore_errors=True)
    # The likely duplicates wait on the duplicates page; the conflicting facts (a row whose
    # organisation is its own candidate) need no decision, so they are shown here.
    conflicts = [r for r in result.review if is_conflict(r)]
    return page(request, None, None, loaded=result, loaded_name=record["name"],
                pairs=len(result.review) - len(conflicts), conflicts=conflicts,
                reason=lambda text: review_reason(text, lang_of(request)),
                place=lambda text: review_place(text, lang_of(request)))
