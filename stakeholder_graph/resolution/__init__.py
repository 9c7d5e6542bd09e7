"""Resolution: names, matching, merges and finding an organisation by what a user types.

Today the matching and merging code lives in :mod:`stakeholder_graph.resolve`,
:mod:`stakeholder_graph.matching` and :mod:`stakeholder_graph.merges`; this package is where
they move when a change touches them anyway (see ``docs/architecture.md``).
:func:`find_organisation` is the one lookup the CLI, the API, ``show``, the named queries
and the web app use.
"""

from __future__ import annotations

from .find import find_organisation

__all__ = ["find_organisation"]
