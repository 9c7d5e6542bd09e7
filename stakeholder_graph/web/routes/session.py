"""Logging in and out, the language switch and the personal-data switch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ..auth import check_password
from ..deps import EditorDep, check_csrf, render, settings

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """A local path to go back to (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/inloggen")
def login_page(request: Request, next: str = "/") -> Response:  # noqa: A002
    return render(request, "login.html", title="login", next=safe_next(next), failed=False)


@router.post("/inloggen")
async def login(request: Request, name: Annotated[str, Form()],
                password: Annotated[str, Form()], next: Annotated[str, Form()] = "/"
                ) -> Response:  # noqa: A002
    await check_csrf(request)
    from starlette.concurrency import run_in_threadpool

    role = await run_in_threadpool(check_password, request.app.state.users, name, password)
    if role is None:
        return render(request, "login.html", status_code=401, title="login",
                      next=safe_next(next), failed=True)
    lang = request.session.get("lang")
    request.session.clear()  # a new session on login (no fixation)
    request.session.update({"user": name, "role": role, **({"lang": lang} if lang else {})})
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/uitloggen")
async def logout(request: Request) -> Response:
    await check_csrf(request)
    request.session.clear()
    target = "/inloggen" if settings(request).require_login else "/"
    return RedirectResponse(target, status_code=303)


@router.get("/taal/{lang}")
def switch_language(request: Request, lang: str, next: str = "/") -> Response:  # noqa: A002
    if lang in ("nl", "en"):
        request.session["lang"] = lang
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/persoonsgegevens")
def personal_data(request: Request, user: EditorDep,
                  show: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
                  ) -> Response:  # noqa: A002
    request.session["personal"] = show == "1"
    return RedirectResponse(safe_next(next), status_code=303)
