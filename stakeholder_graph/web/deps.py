"""Dependencies of the routes: the store, the user, the CSRF check, the page renderer.

Every route that writes declares :data:`EditorDep`: it refuses viewers (403) and requests
without the session's CSRF token (403), whether the token comes as the form field
``csrf_token`` or the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from .. import api
from ..errors import StoreError
from ..graph.store import Store
from .i18n import LANGS, kind_label, prop_label, status_label, text

__all__ = ["get_store", "StoreDep", "current_user", "UserDep", "require_editor", "EditorDep",
           "User", "render", "lang_of", "csrf_token", "as_of_of", "personal_of", "Settings",
           "writing", "Write", "cached", "journal", "read_journal"]


@dataclass(frozen=True)
class User:
    """Who is asking: a name and a role (``viewer`` or ``editor``)."""

    name: str
    role: str

    @property
    def can_write(self) -> bool:
        """Whether the user may change the store."""
        return self.role == "editor"


@dataclass
class Settings:
    """What :func:`~stakeholder_graph.web.app.create_app` was given, for the routes."""

    store: str
    require_login: bool
    users_file: Path
    journal_file: Path
    max_upload_bytes: int
    max_rows: int
    upload_dir: Path
    write_wait: float = 300.0


def settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Iterator[Store]:
    """Open the app's store for one request and close it afterwards."""
    store = api.open_store(settings(request).store, create=False)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]

LOCAL_USER = User("lokaal", "editor")


def current_user(request: Request) -> User:
    """The logged-in user; on a loopback server without login, the local editor.

    Raises a 401 (answered with the login page) when a login is needed and missing.
    """
    if not settings(request).require_login:
        return LOCAL_USER
    name, role = request.session.get("user"), request.session.get("role")
    users = request.app.state.users.get("users", {})
    if not name or name not in users:
        raise HTTPException(status_code=401, detail="login")
    return User(name, role if role in ("viewer", "editor") else "viewer")


UserDep = Annotated[User, Depends(current_user)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def check_csrf(request: Request) -> None:
    """Refuse a write whose CSRF token is missing or not the session's."""
    expected = request.session.get("csrf")
    given = request.headers.get("x-csrf-token")
    if not given and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        given = form.get("csrf_token")
    if not expected or not isinstance(given, str) or not hmac.compare_digest(given, expected):
        raise HTTPException(status_code=403, detail="csrf")


async def require_editor(request: Request, user: UserDep) -> User:
    """A user who may write, on a request that carries the CSRF token."""
    await check_csrf(request)
    if not user.can_write:
        raise HTTPException(status_code=403, detail="forbidden")
    return user


EditorDep = Annotated[User, Depends(require_editor)]


def lang_of(request: Request) -> str:
    """The page language: the session's choice, else Dutch."""
    lang = request.session.get("lang", "nl")
    return lang if lang in LANGS else "nl"


def as_of_of(request: Request) -> str | None:
    """The as-of date chosen on the history page, if any."""
    return request.session.get("as_of") or None


def personal_of(request: Request, user: User) -> bool:
    """Whether an editor turned on personal data for this session."""
    return bool(request.session.get("personal")) and user.can_write


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with what every page needs (language, texts, user, token)."""
    lang = lang_of(request)
    try:
        user = current_user(request)
    except HTTPException:
        user = None
    state = request.app.state
    base = {
        "request": request, "lang": lang, "t": lambda key: text(key, lang),
        "kind_label": lambda k: kind_label(k, lang), "prop_label": lambda p: prop_label(p, lang),
        "status_label": lambda s: status_label(s, lang), "user": user,
        "csrf": csrf_token(request), "as_of": as_of_of(request),
        "busy": state.busy, "login_required": settings(request).require_login,
        "path": request.url.path, "personal": personal_of(request, user) if user else False,
        "csrf_header": json.dumps({"X-CSRF-Token": csrf_token(request)}),
    }
    base.update(context)
    return state.templates.TemplateResponse(request, name, base, status_code=status_code)


@dataclass
class Write:
    """What a write tells :func:`writing` about itself: the ids a merge or undo touched."""

    ids: list[str]


@contextmanager
def writing(request: Request, what: str, change: str = "import") -> Iterator[Write]:
    """Hold the app's write lock while a write runs, waiting for one that runs already.

    While it is held, pages say that an import is running. A store locked by another
    process (a load from the command line) is waited for too: the write is tried again
    until ``write_wait`` seconds have passed, then a Dutch "try again" page answers.
    ``change`` says what the write changes (one of :data:`~stakeholder_graph.web.live.CHANGES`),
    so that afterwards the search index, the ecosystem counts and the warmed engine are
    brought up to date with no more work than it needs (:meth:`Live.after_write`).
    """
    state = request.app.state
    wait = settings(request).write_wait
    if not state.write_lock.acquire(timeout=wait):
        raise StoreError("store busy", code="store_busy")
    state.busy = what
    done = Write([])
    try:
        before = state.live.stamp(fresh=True)
        yield done
        state.live.after_write(change, before, done.ids)
    finally:
        state.busy = None
        state.generation += 1
        state.cache.clear()
        state.write_lock.release()


def retrying(request: Request, work: Callable[[], Any]) -> Any:
    """Run a write, trying again while the store is locked by another process."""
    deadline = time.monotonic() + settings(request).write_wait
    while True:
        try:
            return work()
        except StoreError as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(1.0)


def cached(request: Request, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
    """A value computed once per state of the store (rebuilt after any write).

    The key includes the number of loads and match decisions the store holds, so a load
    from the command line is seen too.
    """
    state = request.app.state
    with state.cache_lock:
        stamp = state.stamp if time.monotonic() - state.stamp_at < 2 else None
    if stamp is None:
        with api.open_store(settings(request).store, create=False) as store:
            stamp = (len(store.loads()), len(store.decisions()))
        with state.cache_lock:
            state.stamp, state.stamp_at = stamp, time.monotonic()
    full = (*key, stamp)
    with state.cache_lock:
        if full in state.cache:
            return state.cache[full]
    value = make()
    with state.cache_lock:
        if len(state.cache) >= 256:  # organisation pages each cache their suggestions
            state.cache.clear()
        state.cache[full] = value
    return value


_JOURNAL_LOCK = threading.Lock()


def journal(request: Request, user: User, action: str, **details: Any) -> None:
    """Write one line to the web app's journal: when, who, what."""
    entry = {"at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "user": user.name,
             "action": action, **details}
    path = settings(request).journal_file
    with _JOURNAL_LOCK, open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")


def read_journal(request: Request, limit: int = 50) -> list[dict[str, Any]]:
    """The latest journal entries, newest first."""
    path = settings(request).journal_file
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()[-limit:]
    out = []
    for line in reversed(lines):
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out
