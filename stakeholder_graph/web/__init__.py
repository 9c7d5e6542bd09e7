"""The werkambassadeur's web app (``stakeholder-graph serve``): FastAPI, Jinja2 templates,
vendored htmx. See ``docs/web.md``.

Layout: :mod:`.app` builds the app (:func:`create_app`), :mod:`.deps` holds the routes'
dependencies, :mod:`.routes` one router per topic, ``templates/`` and ``static/`` the pages.
"""

from .app import create_app

__all__ = ["create_app"]
