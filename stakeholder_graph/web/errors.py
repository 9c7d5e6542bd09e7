"""Every error a page or the JSON API answers, said once: a code, a status, words.

:func:`explain` turns what a route raised — a domain error of the library (with its
``code`` and ``details``), a :class:`WebError` of the web app itself, an HTTP error, a
request that failed validation — into an :class:`Explained`: the status, a code, and a
title and text from :data:`~stakeholder_graph.web.i18n.ERRORS` in the page's language. The
library's English message goes to the log; a user never sees a traceback or a path of the
server.

Examples
--------
>>> from stakeholder_graph.errors import InputError
>>> err = InputError("no load 9: the loads are 1 to 4", code="no_load",
...                  details={"number": "9", "last": 4})
>>> said = explain(err, "nl")
>>> said.status, said.code, said.title
(422, 'no_load', 'Die lading bestaat niet')
>>> explain(WebError("unknown_theme", name="Ruimtevaart", choices=["Klimaat"]), "en").text
'The theme “Ruimtevaart” does not occur in this network. Choose one from the list: “Klimaat”.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from ..errors import InputError, StakeholderGraphError, StoreError
from .i18n import ERRORS, error_text, invalid_field

__all__ = ["WebError", "Explained", "explain", "STATUS", "without_paths"]

STATUS = {"unknown_organisation": 404, "not_found": 404, "upload_gone": 404,
          "forbidden": 403, "csrf": 403, "login_needed": 401, "method_not_allowed": 405,
          "file_too_large": 413, "store_busy": 503, "store_unavailable": 503,
          "internal": 500}
"""The HTTP status of each code that is not a plain 422 (a request the app cannot do)."""


class WebError(StakeholderGraphError):
    """A problem the web app finds in a request itself (a form's value, an upload).

    ``code`` is a key of :data:`~stakeholder_graph.web.i18n.ERRORS`; the English message
    (for the log) is that entry's English text.

    Examples
    --------
    >>> str(WebError("bad_status", status="misschien"))
    '“misschien” is not a status of an introduction. Choose proposed, made or declined.'
    """

    def __init__(self, code: str, **details: Any) -> None:
        if code not in ERRORS:
            raise ValueError(f"no error text for code {code!r}")
        super().__init__(error_text(code, "en", **details)[1], code=code, **details)


@dataclass(frozen=True)
class Explained:
    """An error as the user reads it: status, code, title, text (and, for an error the
    app has no words for, the program's own message without the server's paths)."""

    status: int
    code: str
    title: str
    text: str
    technical: str = ""
    links: tuple[tuple[str, str], ...] = ()
    """Pages the user may have meant: (name, path)."""

    def json(self) -> dict[str, Any]:
        """The JSON API's answer."""
        return {"error": self.text, "code": self.code, "title": self.title,
                "status": self.status}


_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\s'\"\\/:;,()]+)+[\\/]([^\s'\"\\/:;,()]+)")


def without_paths(message: str) -> str:
    """A message with every absolute path of the server cut to the file's name.

    Examples
    --------
    >>> without_paths("/tmp/sg-decision-x/one.csv, row 2: no organisation 'slug:a'")
    "one.csv, row 2: no organisation 'slug:a'"
    """
    return _PATH.sub(r"\1", message)


def _said(code: str, lang: str, http_status: int | None = None, technical: str = "",
          **details: Any) -> Explained:
    title, text = error_text(code, lang, **details)
    return Explained(http_status or STATUS.get(code, 422), code, title, text, technical)


def explain(exc: BaseException, lang: str = "nl") -> Explained:
    """What to tell the user about an error, in ``lang`` (``"nl"`` or ``"en"``)."""
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    if isinstance(exc, HTTPException):
        return _http(exc, lang)
    if isinstance(exc, RequestValidationError):
        problems = "; ".join(dict.fromkeys(invalid_field(e, lang) for e in exc.errors()))
        return _said("bad_request", lang, problems=problems)
    if not isinstance(exc, StakeholderGraphError):
        return _said("internal", lang)
    code = getattr(exc, "code", None)
    if code in ERRORS:
        said = _said(code, lang, **exc.details)
        meant = zip(exc.details.get("closest") or (), exc.details.get("closest_ids") or (),
                    strict=False)  # an id given: no names, no links
        links = tuple((name, f"/organisatie/{quote(str(node_id), safe=':')}")
                      for name, node_id in meant)
        return replace(said, links=links) if links else said
    from ..privacy import PersonalDataError

    if isinstance(exc, PersonalDataError):  # a person's page is as absent as any other
        return _said("not_found", lang)
    if isinstance(exc, StoreError):
        busy = "lock" in str(exc).lower() or "busy" in str(exc).lower()
        return _said("store_busy" if busy else "store_unavailable", lang)
    if isinstance(exc, InputError):
        from .. import api

        problems = api.load_problems(exc, lang)
        if problems and any(p.get("code") not in (None, "other") for p in problems):
            return _said("load_problem", lang, problem=str(problems[0]["problem"]),
                         count=len(problems))
    return _said("other", lang, technical=without_paths(str(exc)))


def _http(exc: Any, lang: str) -> Explained:
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if detail in ERRORS:
        return _said(detail, lang, http_status=exc.status_code)
    code = {404: "not_found", 403: "forbidden", 401: "login_needed",
            405: "method_not_allowed", 413: "file_too_large"}.get(exc.status_code,
                                                                   "bad_request")
    return _said(code, lang, http_status=exc.status_code, problems=detail)
