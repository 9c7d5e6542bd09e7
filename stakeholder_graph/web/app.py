"""The werkambassadeur's web app: :func:`create_app` joins one router per topic.

Examples
--------
>>> import tempfile, os
>>> from fastapi.testclient import TestClient
>>> from stakeholder_graph import api
>>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
>>> _ = api.demo(db)
>>> client = TestClient(create_app(db))
>>> page = client.get("/", params={"q": "tatasteel"})
>>> page.status_code, "Tata Steel" in page.text
(200, True)
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__, api
from ..errors import StakeholderGraphError
from ..graph.store import display_location, is_neo4j_uri
from .auth import read_users, users_path
from .deps import Settings, lang_of, render
from .errors import explain
from .i18n import text
from .live import Live

__all__ = ["create_app", "HERE", "MAX_UPLOAD_BYTES", "MAX_ROWS"]

HERE = Path(__file__).resolve().parent
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
_LOG = logging.getLogger("stakeholder_graph.web")

_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; "
        "object-src 'none'")


def create_app(store_location: str, *, require_login: bool = False,
               users_file: str | Path | None = None, secret: str | None = None,
               allowed_hosts: list[str] | None = None,
               max_upload_bytes: int = MAX_UPLOAD_BYTES, max_rows: int = MAX_ROWS,
               write_wait: float = 300.0, warm: bool = True) -> FastAPI:
    """Build the web app on a store (a file path or a Neo4j URI).

    Parameters
    ----------
    store_location : str
        The store, as the CLI's ``--store``; it must exist.
    require_login : bool
        Ask every visitor to log in (for a server reachable from the network). Refused
        without accounts in the users file.
    users_file : path, optional
        The accounts; ``<store>-users.json`` beside the store by default.
    secret : str, optional
        The key that signs session cookies: the users file's, else a new random one.
    allowed_hosts : list of str, optional
        Host names the app answers to (against DNS rebinding); any when omitted.
    max_upload_bytes, max_rows : int
        Limits of an uploaded sheet.
    write_wait : float
        How long a write waits for a busy store before it answers "try again".
    warm : bool
        At start-up, build the search index and the ecosystem counts and warm the
        suggestion engine (:func:`stakeholder_graph.api.warm`) in a background thread,
        so the first organisation page shows its suggestions at once.

    Raises
    ------
    StakeholderGraphError
        When the store cannot be opened, or a login is required and there are no accounts.
    """
    store_location = str(store_location)
    with api.open_store(store_location, create=False):
        pass  # fail now, with the store's own message, rather than on the first page
    users_file = Path(users_file) if users_file else users_path(store_location)
    users = read_users(users_file)
    if require_login and not users["users"]:
        raise StakeholderGraphError(
            f"refusing to serve on the network without accounts: add one with "
            f"stakeholder-graph users add NAME --role editor (accounts go in {users_file})")
    journal_file = (Path("stakeholder-graph-web-log.jsonl") if is_neo4j_uri(store_location)
                    else users_file.with_name(Path(store_location).stem + "-web-log.jsonl"))
    upload_dir = Path(tempfile.mkdtemp(prefix="sg-uploads-"))

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            app.state.live.start()
        yield
        app.state.live.close()
        shutil.rmtree(upload_dir, ignore_errors=True)  # uploads never outlive the server

    app = FastAPI(lifespan=lifespan, title="stakeholder-graph", version=__version__,
                  description="The werkambassadeur's network: search, organisations, "
                              "suggestions, introductions, duplicates and history. Writes "
                              "need the session's CSRF token in the X-CSRF-Token header "
                              "(GET /api/session).",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.settings = Settings(store_location, require_login, users_file, journal_file,
                                  max_upload_bytes, max_rows, upload_dir, write_wait)
    app.state.users = users
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                                     autoescape=True, trim_blocks=True, lstrip_blocks=True)
    app.state.templates = Jinja2Templates(env=environment)
    app.state.write_lock = threading.Lock()
    app.state.cache_lock = threading.Lock()
    app.state.cache = {}
    app.state.stamp, app.state.stamp_at = None, 0.0
    app.state.generation = 0
    app.state.busy = None
    app.state.store_label = display_location(store_location)
    app.state.live = Live(store_location)

    from .routes import api as json_api
    from .routes import (
        duplicates,
        history,
        imports,
        maps,
        organisation,
        search,
        session,
        suggestions,
    )

    for module in (session, search, organisation, suggestions, maps, imports, duplicates,
                   history, json_api):
        app.include_router(module.router)
    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return HTMLResponse(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>'
            'stakeholder-graph API</title><link rel="icon" href="data:,"><link rel="stylesheet" '
            'href="/static/vendor/swagger-ui/swagger-ui.css"></head><body>'
            '<main id="swagger-ui"></main>'
            '<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>'
            '<script src="/static/api-docs.js"></script></body></html>',
            headers={"Content-Security-Policy": _CSP.replace(
                "style-src 'self'", "style-src 'self' 'unsafe-inline'")})

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        if request.url.path.startswith(("/api/", "/organisatie", "/importeren")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(SessionMiddleware, secret_key=secret or users.get("secret")
                       or secrets.token_urlsafe(32), session_cookie="sg_session",
                       same_site="strict", https_only=False, max_age=12 * 3600)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    _handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _lang(request: Request) -> str:
    return lang_of(request) if "session" in request.scope else "nl"  # before the session


def _back(request: Request) -> str | None:
    """The page the user came from, on this site (for "Terug"), if any."""
    from urllib.parse import urlsplit

    from .routes.session import safe_next

    referer = urlsplit(request.headers.get("referer", ""))
    if not referer.path or referer.netloc != request.url.netloc:
        return None
    target = safe_next(referer.path + (f"?{referer.query}" if referer.query else ""))
    return None if target in ("/", request.url.path) else target


def _error(request: Request, exc: BaseException) -> Response:
    """Answer an error: a page in the user's language, or JSON under ``/api/``."""
    lang = _lang(request)
    said = explain(exc, lang)
    if said.status >= 500 and said.code == "store_unavailable":
        _LOG.warning("store not reachable on %s: %s", request.url.path, exc)
    elif said.code == "other":
        _LOG.warning("error without words on %s: %r", request.url.path, exc)
    if _wants_json(request):
        return JSONResponse(said.json(), status_code=said.status)
    if "session" not in request.scope:  # outside the session middleware: a plain page
        from html import escape

        return HTMLResponse(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>'
            f'{escape(said.title)}</title></head><body><main><h1>{escape(said.title)}</h1>'
            f'<p>{escape(said.text)}</p><p><a href="/">{escape(text("back", lang))}</a></p>'
            '</main></body></html>', status_code=said.status)
    return render(request, "error.html", status_code=said.status, title=said.title,
                  message=said.text, code=said.code, technical=said.technical,
                  links=said.links, back=_back(request))


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(StakeholderGraphError)
    async def domain_error(request: Request, exc: StakeholderGraphError) -> Response:
        return _error(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 401 and not _wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/inloggen?next={_quote(target)}", status_code=303)
        return _error(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, exc)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        _LOG.exception("unexpected error on %s", request.url.path)
        return _error(request, exc)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")
