"""Accounts of the web app: a users file beside the store, with argon2 password hashes.

The file is JSON, readable by its owner only::

    {"secret": "<random key that signs session cookies>",
     "users": {"anna": {"role": "editor", "hash": "$argon2id$..."}}}

A server bound to 127.0.0.1 needs no accounts; on any other address it refuses to start
without them (see :func:`stakeholder_graph.web.app.create_app`).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from ..errors import InputError, StakeholderGraphError
from ..graph.store import is_neo4j_uri

__all__ = ["ROLES", "users_path", "read_users", "add_user", "check_password", "LOOPBACK",
           "is_loopback"]

ROLES = ("viewer", "editor")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """Whether a host name or address only listens on this machine.

    Examples
    --------
    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0")
    (True, False)
    """
    return host in LOOPBACK or host.startswith("127.")


def users_path(store_location: str) -> Path:
    """The users file of a store: ``<store>-users.json`` beside a store file, else
    ``./stakeholder-graph-users.json`` (for a Neo4j store).

    Examples
    --------
    >>> users_path("data/team.db").as_posix()
    'data/team-users.json'
    >>> users_path("neo4j://db:7687").name
    'stakeholder-graph-users.json'
    """
    if is_neo4j_uri(store_location):
        return Path("stakeholder-graph-users.json")
    base = Path(store_location)
    return base.with_name(base.stem + "-users.json")


def read_users(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a users file (``secret`` and ``users``); an empty one when it does not exist.

    Examples
    --------
    >>> read_users("/nonexistent/users.json")["users"]
    {}
    """
    path = Path(path)
    if not path.exists():
        return {"secret": None, "users": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StakeholderGraphError(f"cannot read the users file {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("users"), dict):
        raise StakeholderGraphError(f"{path} is not a stakeholder-graph users file")
    return data


def add_user(path: str | os.PathLike[str], name: str, password: str,
             role: str = "viewer") -> None:
    """Add a user to a users file (or change their password and role).

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "users.json")
    >>> add_user(p, "anna", "een lang wachtwoord", "editor")
    >>> check_password(read_users(p), "anna", "een lang wachtwoord")
    'editor'
    >>> check_password(read_users(p), "anna", "fout") is None
    True
    """
    from argon2 import PasswordHasher

    name = name.strip()
    if not name or any(c.isspace() for c in name) or len(name) > 64:
        raise InputError(f"user name {name!r}: one word of at most 64 characters")
    if role not in ROLES:
        raise InputError(f"role {role!r}: choose {' or '.join(ROLES)}")
    if len(password) < 8:
        raise InputError("the password is too short: at least 8 characters")
    path = Path(path)
    if not path.parent.exists():
        raise StakeholderGraphError(f"cannot write {path}: folder {path.parent} does not exist")
    data = read_users(path)
    data["secret"] = data.get("secret") or secrets.token_urlsafe(32)
    data["users"][name] = {"role": role, "hash": PasswordHasher().hash(password)}
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
    os.replace(tmp, path)


def check_password(data: dict[str, Any], name: str, password: str) -> str | None:
    """Return the user's role when the password is right, else ``None``."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    user = data.get("users", {}).get(name)
    hasher = PasswordHasher()
    if user is None:
        # Take the same time for an unknown name, so a name cannot be probed by timing.
        with contextlib.suppress(VerificationError, InvalidHashError):
            hasher.verify(_DUMMY, password)
        return None
    try:
        hasher.verify(user["hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    return user.get("role") if user.get("role") in ROLES else "viewer"


_DUMMY = ("$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$"
          "3Wm6G3r1p8bk3Ilmb0Ckpl7f7gWp1xX3JkU9cfN+Bkg")
