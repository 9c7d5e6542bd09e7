"""Named questions: Cypher on Neo4j, the same answer from NetworkX on the embedded store.

Each question has a ``.cypher`` file in this folder whose header comment names it, states
its purpose and declares its parameters::

    // name: internship-hosts
    // purpose: Employers in sectors that fit a school's programme …
    // param: school (str, required) — the school's id or name
    // param: limit (int, default 20) — how many employers to list

and an implementation in :mod:`.networkx_impl` that answers it on a store's NetworkX
projection. :func:`run_query` picks the engine from the store and returns a DataFrame with
the same columns and rows either way (a test proves it on the example).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import StakeholderGraphError, did_you_mean
from ..graph.model import KINDS
from ..graph.store import Store
from ..resolution import find_organisation

__all__ = ["QuerySpec", "Param", "list_queries", "get_query", "run_query", "run_cypher",
           "QueryError",
           "programme_sectors"]


class QueryError(StakeholderGraphError):
    """A named query was asked for wrongly: unknown name or parameter, unknown organisation."""


@dataclass(frozen=True)
class Param:
    """A declared parameter of a named query."""

    name: str
    type: str
    required: bool
    default: Any
    doc: str

    def describe(self) -> str:
        """One line for ``stakeholder-graph queries``."""
        need = "required" if self.required else (
            f"default {self.default}" if self.default is not None else "optional")
        return f"{self.name} ({self.type}, {need}): {self.doc}"

    def coerce(self, value: Any) -> Any:
        """Convert a text value (from the CLI) to the parameter's type."""
        if value is None:
            return None
        if self.type == "int":
            try:
                return int(value)
            except (TypeError, ValueError):
                raise QueryError(f"parameter {self.name} must be a whole number, not "
                                 f"{value!r}") from None
        return str(value)


@dataclass(frozen=True)
class QuerySpec:
    """A named query: its header, Cypher text and post-processing."""

    name: str
    purpose: str
    params: tuple[Param, ...]
    cypher: str

    @property
    def param_names(self) -> list[str]:
        """The declared parameter names."""
        return [p.name for p in self.params]


_HEADER = re.compile(r"^//\s*(name|purpose|param):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+),\s*(required|optional|default\s+(.+?))\)\s*[—-]\s*(.*)$")


def _parse(text: str, origin: str) -> QuerySpec:
    name = purpose = None
    params: list[Param] = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "name":
            name = value.strip()
        elif key == "purpose":
            purpose = value.strip()
        else:
            pm = _PARAM.match(value.strip())
            if not pm:
                raise ValueError(f"{origin}: cannot read parameter line {line!r}")
            pname, ptype, need, default, doc = pm.groups()
            if ptype == "int" and default is not None:
                default = int(default)
            params.append(Param(pname, ptype, need == "required", default, doc.strip()))
    if not name or not purpose:
        raise ValueError(f"{origin}: a query file needs '// name:' and '// purpose:' lines")
    return QuerySpec(name, purpose, tuple(params), text)


_SPECS: dict[str, QuerySpec] | None = None


def list_queries() -> list[QuerySpec]:
    """Return every named query, sorted by name.

    Examples
    --------
    >>> [q.name for q in list_queries()][:3]
    ['cross-ecosystem-links', 'ecosystem-overview', 'internship-hosts']
    """
    global _SPECS
    if _SPECS is None:
        folder = resources.files(__name__)
        specs = {}
        for item in folder.iterdir():
            if item.name.endswith(".cypher"):
                spec = _parse(item.read_text(encoding="utf-8"), item.name)
                specs[spec.name] = spec
        _SPECS = specs
    return [_SPECS[k] for k in sorted(_SPECS)]


def get_query(name: str) -> QuerySpec:
    """Return one named query, or raise :class:`QueryError` naming the closest ones.

    Examples
    --------
    >>> get_query("intro-path").param_names
    ['from', 'to', 'max_length']
    """
    specs = {q.name: q for q in list_queries()}
    if name not in specs:
        raise QueryError(f"unknown query '{name}'{did_you_mean(name, specs)}; "
                         f"named queries: {', '.join(specs)}")
    return specs[name]


def programme_sectors(extra: Iterable[str | os.PathLike[str]] = ()) -> dict[str, set[str]]:
    """Read the programme → sector fit table (shipped, plus extra CSV files).

    Extra files come from ``extra`` and from ``STAKEHOLDER_GRAPH_FIT`` (paths separated by
    ``os.pathsep``). Keys and values are lower case.

    Examples
    --------
    >>> sorted(programme_sectors()["luchtvaarttechniek"])[:3]
    ['energie', 'luchtvaart', 'luchtvaarttechniek']
    """
    files: list[Any] = [resources.files("stakeholder_graph") / "data" / "programme_sectors.csv"]
    env = os.environ.get("STAKEHOLDER_GRAPH_FIT")
    files += [Path(p) for p in (env.split(os.pathsep) if env else []) if p]
    files += [Path(p) for p in extra]
    table: dict[str, set[str]] = {}
    for item in files:
        try:
            text = item.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise QueryError(f"cannot read fit table {item}: {exc.strerror}") from None
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or {"programme", "sector"} - set(reader.fieldnames):
            raise QueryError(f"fit table {item} needs the columns programme,sector")
        for row in reader:
            programme, sector = (row["programme"] or "").strip(), (row["sector"] or "").strip()
            if programme and sector:
                table.setdefault(programme.casefold(), set()).add(sector.casefold())
    return table


# --------------------------------------------------------------------------- parameters


def _resolve_organisation(store: Store, text: str, param: str) -> str:
    """The old name of :func:`stakeholder_graph.resolution.find_organisation` (kept working)."""
    from ..resolution import find_organisation

    return find_organisation(store, text, param)


def _fuzzy(text: str, names: list[str]) -> str:
    try:
        from rapidfuzz import fuzz, process
    except ImportError:  # pragma: no cover - rapidfuzz is optional
        return did_you_mean(text, names)
    best = process.extract(text, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    if not best:
        return ""
    return " (did you mean " + " or ".join(f"'{name}'" for name, _, _ in best) + "?)"


def _prepare(store: Store, spec: QuerySpec, params: dict[str, Any],
             fit: Iterable[str | os.PathLike[str]]) -> dict[str, Any]:
    unknown = [k for k in params if k not in spec.param_names]
    if unknown:
        allowed = ", ".join(spec.param_names) or "none"
        raise QueryError(f"{spec.name}: unknown parameter '{unknown[0]}'"
                         f"{did_you_mean(unknown[0], spec.param_names)}; parameters: {allowed}")
    values: dict[str, Any] = {}
    for p in spec.params:
        value = params.get(p.name)
        if value is None or value == "":
            if p.required:
                raise QueryError(f"{spec.name}: missing parameter '{p.name}' "
                                 f"({p.describe()}); e.g. --param {p.name}=…")
            value = p.default
        values[p.name] = p.coerce(value)
    for key in ("organisation", "from", "to", "school"):
        if key in values and values[key] is not None:
            values[key] = find_organisation(store, values[key], key)
    if values.get("kind") is not None:
        kind = next((k for k in KINDS if k.casefold() == values["kind"].casefold()), None)
        if kind is None:
            raise QueryError(f"kind: unknown kind '{values['kind']}'"
                             f"{did_you_mean(values['kind'], KINDS)}")
        values["kind"] = kind
    if values.get("municipality") is not None:
        from ..errors import InputError
        from ..loaders.cbs import geography

        try:
            values["municipality"] = "cbs:" + geography().resolve(values["municipality"]).code
        except InputError as exc:
            raise QueryError(f"municipality: {exc.message}") from None
    if spec.name == "internship-hosts":
        values["sectors"] = _fitting_sectors(store, values, fit)
    return values


def _fitting_sectors(store: Store, values: dict[str, Any],
                     fit: Iterable[str | os.PathLike[str]]) -> list[str]:
    table = programme_sectors(fit)
    if values.get("programme"):
        programmes = [values["programme"]]
    else:
        node = store.node(values["school"]) or {}
        programmes = list(node.get("programmes", []))
        if not programmes:
            raise QueryError(f"school: {node.get('name', values['school'])} has no programmes "
                             "recorded; give one with --param programme=…")
    sectors: set[str] = set()
    for programme in programmes:
        key = programme.casefold()
        if key not in table:
            raise QueryError(f"programme: no sectors are known for '{programme}'"
                             f"{did_you_mean(programme, table)}; add a programme,sector row "
                             "to a fit table named in STAKEHOLDER_GRAPH_FIT")
        sectors |= table[key]
    return sorted(sectors)


# --------------------------------------------------------------------------- running


def run_query(store: Store, name: str, engine: str | None = None,
              fit: Iterable[str | os.PathLike[str]] = (), include_personal_data: bool = False,
              **params: Any) -> pd.DataFrame:
    """Run a named query and return its answer as a DataFrame.

    Parameters
    ----------
    store : Store
        An open store.
    name : str
        The query's name (``stakeholder-graph queries`` lists them).
    engine : {"cypher", "networkx"}, optional
        Cypher on a Neo4j store, NetworkX on the embedded one, by default.
    fit : iterable of path
        Extra programme → sector tables for ``internship-hosts``.
    include_personal_data : bool
        Keep rows about contact persons (Person nodes); left out by default.
    **params
        The query's parameters.

    Raises
    ------
    QueryError
        Unknown query or parameter, a missing parameter, an unknown organisation.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     hosts = run_query(store, "internship-hosts", school="brin:25PZ")
    >>> list(hosts["name"][:2])
    ['Royal Schiphol Group', 'Fokker Services']
    """
    from ..privacy import personal_index, redact, refuse_personal
    from . import networkx_impl as impl

    spec = get_query(name)
    values = _prepare(store, spec, params, fit)
    people = personal_index(store)
    for key in ("organisation", "from", "to", "school"):  # a question about a person
        if values.get(key) is not None:
            refuse_personal(people, values[key], include_personal_data, f"{key}: ")
    from ..graph.neo4j_store import Neo4jStore

    if engine is None:
        engine = "cypher" if isinstance(store, Neo4jStore) else "networkx"
    if engine == "cypher":
        if not isinstance(store, Neo4jStore):
            raise QueryError("the cypher engine needs a Neo4j store")
        cypher_params = {k: v for k, v in values.items()
                         if f"${k}" in spec.cypher}
        records = store._read(spec.cypher, **cypher_params)
        frame = pd.DataFrame([dict(r) for r in records])
    elif engine == "networkx":
        rows = impl.IMPLEMENTATIONS[spec.name](store.to_networkx(), values)
        frame = pd.DataFrame(rows)
    else:
        raise QueryError(f"unknown engine '{engine}': use cypher or networkx")
    columns = impl.COLUMNS[spec.name]
    if frame.empty:
        frame = pd.DataFrame(columns=list(columns))
    # Both engines' raw rows are shaped and sorted the same way.
    frame = impl.FINISH[spec.name](frame, values).reset_index(drop=True)
    return redact(frame, people, include_personal_data)


def run_cypher(store: Store, statement: str, write: bool = False, **params: Any) -> pd.DataFrame:
    """Run ad-hoc Cypher on a Neo4j store; read-only unless ``write=True``.

    Parameters are Cypher parameters (``$name``), never pasted into the statement.

    Raises
    ------
    QueryError
        On the embedded store, which has no Cypher (the message lists the named queries).
    StoreError
        For a syntax error (with the server's message and position), or a write without
        ``write=True``.

    Examples
    --------
    >>> run_cypher(store, "MATCH (c:Campus) RETURN c.name AS name")  # doctest: +SKIP
    """
    from ..graph.neo4j_store import Neo4jStore

    if not isinstance(store, Neo4jStore):
        names = ", ".join(q.name for q in list_queries())
        raise QueryError("ad-hoc Cypher needs a Neo4j store (--store bolt://… or neo4j://…); "
                         f"the named queries also work on the embedded store: {names}")
    return store.run_cypher(statement, params, write=write)

