"""The store interface both stores implement, and :func:`open_store` that picks one.

A store location is a file path (the embedded SQLite store) or a ``bolt://``,
``neo4j://`` or ``neo4j+s://`` URI (a Neo4j server). When none is given, the environment
variable ``STAKEHOLDER_GRAPH_STORE`` names it, else ``./stakeholder-graph.db``.
"""

from __future__ import annotations

import contextlib
import json
import os
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import InputError, LoadProblems, StoreError
from .history import Record
from .model import KINDS, REL_TYPES, Batch

if TYPE_CHECKING:  # resolve imports the model, which imports this package
    from ..resolve import Resolved

__all__ = [
    "Store",
    "LoadResult",
    "open_store",
    "default_location",
    "is_neo4j_uri",
    "display_location",
    "NEO4J_SCHEMES",
    "DEFAULT_STORE",
    "progress_bar",
    "Snapshot",
]

DEFAULT_STORE = "./stakeholder-graph.db"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass
class LoadResult:
    """What one load did: records it wrote, new and changed, per kind and type.

    Examples
    --------
    >>> LoadResult(nodes_added=3).changed
    True
    """

    nodes_added: int = 0
    nodes_updated: int = 0
    nodes_unchanged: int = 0
    edges_added: int = 0
    edges_updated: int = 0
    edges_unchanged: int = 0
    files: list[str] = field(default_factory=list)
    nodes_ended: int = 0
    edges_ended: int = 0
    at: str = ""
    """When the load was made (UTC)."""
    merged: list[dict[str, Any]] = field(default_factory=list)
    """Name variants merged into an organisation: ``id``, ``name``, ``target``, ``reason``."""
    review: list[dict[str, Any]] = field(default_factory=list)
    """Likely matches left for the user: rows of the review file."""
    problems: list[dict[str, Any]] = field(default_factory=list)
    """Bad rows left out by ``skip_bad_rows`` (see :class:`~stakeholder_graph.errors.LoadProblems`)."""
    warnings: list[str] = field(default_factory=list)
    """Things to know that did not stop the load, one line each (repaired text, old
    municipality names, municipalities outside the dataset's province, likely duplicates
    across kinds)."""
    dropped_columns: list[dict[str, Any]] = field(default_factory=list)
    """Columns nothing read: ``file``, ``column``, ``personal`` (personal data, left out)."""

    @property
    def changed(self) -> bool:
        """Whether the load changed anything."""
        return bool(self.nodes_added or self.nodes_updated or self.edges_added
                    or self.edges_updated or self.nodes_ended or self.edges_ended)

    def counts(self) -> dict[str, int]:
        """Return the counts as a dict (for the load history).

        Examples
        --------
        >>> LoadResult(nodes_added=2).counts()["nodes_added"]
        2
        """
        return {f"{t}_{s}": getattr(self, f"{t}_{s}") for t in ("nodes", "edges")
                for s in ("added", "updated", "unchanged", "ended")}

    def summary(self) -> str:
        """Return a one-line summary for people.

        Examples
        --------
        >>> LoadResult(nodes_added=2, edges_unchanged=1).summary()
        'nodes: 2 new, 0 changed, 0 unchanged; relationships: 0 new, 0 changed, 1 unchanged'
        """
        text = (f"nodes: {self.nodes_added} new, {self.nodes_updated} changed, "
                f"{self.nodes_unchanged} unchanged; relationships: {self.edges_added} new, "
                f"{self.edges_updated} changed, {self.edges_unchanged} unchanged")
        if self.nodes_ended or self.edges_ended:
            text += (f"; no longer in their source (end-dated): {self.nodes_ended} nodes, "
                     f"{self.edges_ended} relationships")
        return text


def is_neo4j_uri(location: str) -> bool:
    """Whether a store location is a Neo4j URI rather than a file path.

    Examples
    --------
    >>> is_neo4j_uri("bolt://localhost:7687"), is_neo4j_uri("./x.db")
    (True, False)
    """
    return str(location).lower().startswith(NEO4J_SCHEMES)


def display_location(location: str) -> str:
    """Return a store location safe to print: any ``user:password@`` part of a URI removed.

    Examples
    --------
    >>> display_location("neo4j+s://me:secret@db.example.org:7687")
    'neo4j+s://db.example.org:7687'
    """
    scheme, sep, rest = str(location).partition("://")
    if sep and "@" in rest.split("/", 1)[0]:
        rest = rest.split("@", 1)[1]
    return f"{scheme}{sep}{rest}"


def default_location() -> str:
    """Return ``$STAKEHOLDER_GRAPH_STORE`` or ``./stakeholder-graph.db``.

    Examples
    --------
    >>> import os
    >>> os.environ.pop("STAKEHOLDER_GRAPH_STORE", None) and None
    >>> default_location()
    './stakeholder-graph.db'
    """
    return os.environ.get("STAKEHOLDER_GRAPH_STORE") or DEFAULT_STORE


class Store(ABC):
    """A graph store: upsert a load in one transaction, read back, project to NetworkX.

    Nodes read back as dicts with ``id``, ``kind``, ``sources`` and their properties;
    relationships as dicts with their properties and ``type``, ``start`` and ``end`` (the
    endpoint ids), ``key`` (the discriminator, usually empty) and ``sources``. (``source``
    on a relationship is its citation, as on a node.)
    """

    location: str

    # -- what each store implements
    @abstractmethod
    def _in_transaction(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work(writer)`` in one write transaction; the writer is also a Lookup."""

    @abstractmethod
    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every live node (of one kind) as a dict."""

    @abstractmethod
    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every live relationship (of one type) as a dict."""

    @abstractmethod
    def records(self) -> Iterator[Record]:
        """Yield every stored record, live and ended, with its claims."""

    @abstractmethod
    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds (live)."""

    @abstractmethod
    def name_index(self) -> Iterable[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every live node."""

    @abstractmethod
    def _reading(self, method: str, *args: Any) -> Any:
        """Call one of the store's writer read methods (``fetch``, ``fetch_touching``, …)
        outside a load."""

    @abstractmethod
    def loads(self) -> list[dict[str, Any]]:
        """Return the load history, oldest first: ``id``, ``at``, ``files``, ``checksums``,
        ``summary``, ``counts``."""

    @abstractmethod
    def decisions(self) -> list[dict[str, str]]:
        """Return the match decisions: ``variant``, ``target``, ``decision``, ``at``."""

    # -- reading a part of the network (a store may answer these faster, by index)
    def nodes_with_ids(self, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """Yield the live nodes whose id is among ``ids``, as :meth:`nodes` does.

        Examples
        --------
        >>> import tempfile, os
        >>> from stakeholder_graph.graph.model import Batch, build_node
        >>> store = open_store(os.path.join(tempfile.mkdtemp(), "g.db"))
        >>> _ = store.load(Batch(nodes=[build_node("slug:a", "Campus", {"name": "A"})]))
        >>> [n["name"] for n in store.nodes_with_ids(["slug:a", "slug:zz"])]
        ['A']
        """
        wanted = set(ids)
        return (n for n in self.nodes() if n["id"] in wanted)

    def edges_touching(self, ids: Iterable[str], rel_types: Iterable[str] | None = None,
                       within: set[str] | None = None,
                       side: str = "either") -> Iterator[dict[str, Any]]:
        """Yield the live relationships (of these types) with an end among ``ids``, each
        once, as :meth:`edges` does; with ``within``, only those with both ends in it;
        with ``side="start"`` (or ``"end"``) only those whose start (end) is among ``ids``.

        Examples
        --------
        >>> import tempfile, os
        >>> from stakeholder_graph.graph.model import Batch, build_edge, build_node
        >>> store = open_store(os.path.join(tempfile.mkdtemp(), "g.db"))
        >>> batch = Batch(nodes=[build_node(f"slug:{n}", "Company", {"name": n}) for n in "abc"])
        >>> batch.add_edge(build_edge("PARTNERS_WITH", "slug:a", "slug:b", {}))
        >>> _ = store.load(batch)
        >>> [(e["start"], e["end"]) for e in store.edges_touching(["slug:b"])]
        [('slug:a', 'slug:b')]
        """
        wanted, types = set(ids), set(rel_types) if rel_types is not None else None
        if side not in ("either", "start", "end"):
            raise ValueError(f"side must be either, start or end, not {side!r}")
        return (e for e in self.edges()
                if (side != "end" and e["start"] in wanted or side != "start" and e["end"] in wanted)
                and (types is None or e["type"] in types)
                and (within is None or (e["start"] in within and e["end"] in within)))

    # -- writing, shared by both stores
    def load(self, batch: Batch, progress: bool = False, at: str | None = None,
             skip_bad_rows: bool = False, by: str | None = None) -> LoadResult:
        """Resolve and upsert a batch in one transaction: all of it, or nothing.

        Every record is checked first; any problem (the batch's own, from reading, and those
        resolution finds) raises :class:`~stakeholder_graph.errors.LoadProblems` listing
        all of them, and nothing is written — unless ``skip_bad_rows``: then the good
        records are written and the problems are in the result's ``problems``.

        Parameters
        ----------
        batch : Batch
            The records of one load.
        progress : bool
            Show a progress bar for large loads.
        at : str, optional
            When the data was valid (UTC, the store's format; see
            :func:`~stakeholder_graph.graph.history.parse_moment`); now by default. It
            cannot be earlier than the latest load.
        skip_bad_rows : bool
            Write the good records and report the bad ones instead of writing nothing.
        by : str, optional
            Who loads (for the history); the login name by default.

        Raises
        ------
        LoadProblems
            For bad records (nothing is written).
        StoreError
            When the store cannot be written (nothing is written).
        """
        from ..resolve import resolve_started
        from .model import paused_gc

        def work(writer: Any) -> LoadResult:
            problems = list(batch.problems)

            def again(decided: Any) -> Any:  # something merged: resolved again, in turn
                del problems[len(batch.problems):]
                return resolve_started(batch, writer, problems, decided)[0]

            def apply(resolved: Any) -> LoadResult:
                if problems and not skip_bad_rows:
                    raise LoadProblems(problems)
                return self._apply(writer, resolved, progress, at, batch, by)

            resolved, finish = resolve_started(batch, writer, problems)
            if finish is not None and (problems or not hasattr(writer, "savepoint")):
                decided = finish()  # nothing is written before matching is done
                resolved, finish = (resolved if decided is None else again(decided)), None
            if finish is None:
                result = apply(resolved)
            else:
                # Written while the names are still being matched, as if none merges: in
                # a savepoint, undone when one does, and then written as resolved again.
                result = self._apply_while(finish, writer, lambda: apply(resolved),
                                           lambda decided: apply(again(decided)))
            result.problems = problems
            return result

        with paused_gc():
            return self._in_transaction(work)

    @staticmethod
    def _apply_while(finish: Callable[[], Any], writer: Any, apply: Callable[[], LoadResult],
                     again: Callable[[Any], LoadResult]) -> LoadResult:
        """Write a load while its names are still being matched (see
        :func:`~stakeholder_graph.resolve.resolve_started`), in a savepoint: kept when no
        name merges, else undone and ``again(decided)`` written instead."""
        writer.savepoint("matching")
        failed: InputError | None = None
        result = None
        try:
            result = apply()
        except InputError as exc:  # this load's own only if nothing merges
            failed = exc
        except BaseException:
            with contextlib.suppress(Exception):
                finish()  # the second process ends
            raise
        decided = finish()
        if decided is not None:
            writer.rollback_to("matching")
            result = again(decided)
        elif failed is not None:
            raise failed
        writer.release("matching")
        return result

    def _moment(self, writer: Any, at: str | None) -> str:
        from .history import check_not_future, latest_allowed, next_moment

        last = writer.last_load_at()
        if last and last > latest_allowed():
            # One load stamped in the future (before such stamps were refused) must not
            # stamp every later load with its date: later loads are dated now.
            last = max((entry["at"] for entry in writer.loads()
                        if entry["at"] <= latest_allowed()), default=None)
        if at is not None:
            check_not_future(at)
            if last and at <= last:
                raise InputError(f"cannot load as of {at}: the store already has a load of "
                                 f"{last}, and history only moves forward")
            return at
        return next_moment(writer)

    def _apply(self, writer: Any, resolved: Resolved, progress: bool,
               at: str | None, batch: Batch | None = None, by: str | None = None) -> LoadResult:
        from .history import (
            cross_kind_duplicates,
            plan_load,
            previous_files,
            record_decisions,
            who,
        )

        at = self._moment(writer, at)
        result = LoadResult(files=resolved.files, at=at, merged=resolved.merged,
                            review=resolved.review)
        sources = dict(batch.sources) if batch else {}
        if batch:
            result.warnings = list(batch.warnings)
            result.dropped_columns = list(batch.dropped_columns)
        replaced = previous_files(writer, sources, resolved.checksums)
        records = plan_load(resolved, writer, at, writer.next_load(), result, replaced)
        result.warnings += cross_kind_duplicates(resolved, writer)
        bar = progress_bar(len(records), progress)
        writer.put(records, bar)
        bar.close()
        writer.add_load({"at": at, "files": resolved.files, "checksums": resolved.checksums,
                         "summary": result.summary(), "counts": result.counts(),
                         "event": "load", "by": who(by), "sources": sources})
        # The merges the load made itself: remembered (so they can be undone), and in the
        # history as one event of the same moment.
        made = [{"variant": m["id"], "target": m["target"], "decision": "sure",
                 "at": at} for m in resolved.merged
                if m["reason"] != "decided earlier"]
        record_decisions(writer, made, "merge",
                         f"{len(made)} name variant(s) merged by the load", by)
        return result

    def copy_from(self, other: Store, progress: bool = False) -> LoadResult:
        """Copy every record of another store, live and ended, with claims and decisions.

        Into an empty store this makes an exact copy, load history included: ``push`` and
        ``pull`` use it.
        """
        from .history import count_state

        records = list(other.records())
        decisions, history = other.decisions(), other.loads()

        def work(writer: Any) -> LoadResult:
            if writer.last_load_at() is None:  # an empty store gets the history too
                for entry in history:
                    writer.add_load(entry)
            at = self._moment(writer, None)
            result = LoadResult(files=[f"copy of {other.location}"], at=at)
            changed = []
            new_ids: set[str] = set()
            for table in ("nodes", "edges"):
                mine = [r for r in records if r.table == table]
                # As in a load, a relationship with an end the store has never held is not
                # looked up (into an empty store, none is).
                have = writer.fetch(table, [r.key for r in mine if table == "nodes" or (
                    r.key[1] not in new_ids and r.key[2] not in new_ids)])
                if table == "nodes":
                    new_ids = {r.key[0] for r in mine if r.key not in have}
                for rec in mine:
                    old = have.get(rec.key)
                    same = old is not None and old.claims == rec.claims and old.kind == rec.kind
                    count_state(result, table, old is not None and old.live, rec.live, not same)
                    if not same:
                        changed.append(rec)
            bar = progress_bar(len(changed), progress)
            writer.put(changed, bar)
            bar.close()
            for decision in decisions:
                writer.put_decision(decision)
            writer.add_load({"at": at, "files": result.files, "checksums": {},
                             "summary": result.summary(), "counts": result.counts()})
            return result

        return self._in_transaction(work)

    def as_of(self, at: str) -> Snapshot:
        """Return the network as it was at a moment: a read-only store.

        Parameters
        ----------
        at : str
            A date or date and time (see :func:`~stakeholder_graph.graph.history.parse_moment`).
        """
        from .history import parse_moment

        return Snapshot(self.location, self.records(), parse_moment(at))

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def node(self, node_id: str) -> dict[str, Any] | None:
        """Return one node as a dict, or ``None``."""
        return next((n for n in self.nodes() if n["id"] == node_id), None)

    def stats(self) -> dict[str, Any]:
        """Count nodes per kind and relationships per type.

        Returns
        -------
        dict
            ``{"nodes": {kind: n}, "relationships": {type: n}, "total_nodes": n,
            "total_relationships": n}``, with every kind and type of the model listed.
        """
        kinds = Counter(n["kind"] for n in self.nodes())
        types = Counter(e["type"] for e in self.edges())
        return {
            "nodes": {k: kinds.get(k, 0) for k in KINDS},
            "relationships": {t: types.get(t, 0) for t in REL_TYPES},
            "total_nodes": sum(kinds.values()),
            "total_relationships": sum(types.values()),
        }

    def to_networkx(self, provenance: bool = True) -> nx.MultiDiGraph:
        """Project the store to a NetworkX ``MultiDiGraph`` with all attributes.

        Nodes carry ``kind``, ``name``, ``sources`` and every property; edges are keyed
        ``TYPE`` (or ``TYPE:discriminator``) and carry ``type``, ``sources`` and every
        property. Symmetric relationships appear once, in stored order. Without
        ``provenance`` the ``sources`` lists are left out (analysis does not read them, and
        they are a good part of a big projection's memory).

        Examples
        --------
        >>> import tempfile, os
        >>> from stakeholder_graph.graph.model import Batch, build_node
        >>> store = open_store(os.path.join(tempfile.mkdtemp(), "g.db"))
        >>> _ = store.load(Batch(nodes=[build_node("slug:a", "Campus", {"name": "A"})]))
        >>> dict(store.to_networkx(provenance=False).nodes(data=True))
        {'slug:a': {'kind': 'Campus', 'name': 'A'}}
        """
        from .model import paused_gc

        graph = nx.MultiDiGraph()
        with paused_gc():  # millions of new dicts, none in a cycle (see paused_gc)
            graph.add_nodes_from(self._projected_nodes(provenance))
            # Straight into the adjacency NetworkX documents (node → neighbour → key → edge
            # data; one key dict under both ends): add_edges_from checks and copies every
            # edge. The graph is new, so no cached view is stale.
            succ, pred = graph._succ, graph._pred
            for source, target, key, attrs in self._projected_edges(provenance):
                if source not in succ or target not in succ:
                    graph.add_edges_from([(source, target, key, attrs)])  # adds the end
                    continue
                keyed = succ[source].get(target)
                if keyed is None:
                    keyed = succ[source][target] = pred[target][source] = {}
                keyed[key] = attrs
        return graph

    def _projected_nodes(self, provenance: bool) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield ``(id, attributes)`` of every live node for :meth:`to_networkx`."""
        for attrs in self.nodes():
            if not provenance:
                del attrs["sources"]
            yield attrs.pop("id"), attrs

    def _projected_edges(self, provenance: bool) -> Iterator[tuple[str, str, str,
                                                                   dict[str, Any]]]:
        """Yield ``(start, end, key, attributes)`` of every live relationship."""
        for attrs in self.edges():
            if not provenance:
                del attrs["sources"]
            source, target, disc = attrs.pop("start"), attrs.pop("end"), attrs.pop("key")
            yield source, target, f"{attrs['type']}:{disc}" if disc else attrs["type"], attrs

    def content_checksum(self) -> str:
        """Return a checksum of the store's content (nodes, relationships, provenance).

        Two stores with the same content give the same checksum, whatever their engine.
        """
        import hashlib

        digest = hashlib.sha256()
        for node in sorted(self.nodes(), key=lambda n: n["id"]):
            digest.update(json.dumps(node, sort_keys=True, default=str).encode())
        for edge in sorted(self.edges(), key=lambda e: (e["type"], e["start"], e["end"],
                                                        e["key"])):
            digest.update(json.dumps(edge, sort_keys=True, default=str).encode())
        return digest.hexdigest()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Snapshot(Store):
    """The network as it was at one moment: a read-only store made from claims.

    ``stats``, ``suggest`` and ``map`` read it like any store.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.graph.history import now
    >>> from stakeholder_graph.graph.model import Batch, build_node
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "g.db"))
    >>> _ = store.load(Batch(nodes=[build_node("slug:a", "Campus", {"name": "A"})]))
    >>> store.as_of("2000-01-01").stats()["total_nodes"]
    0
    >>> store.as_of(now()).stats()["total_nodes"]
    1
    """

    def __init__(self, location: str, records: Iterable[Record], at: str) -> None:
        self.location = f"{location} as of {at}"
        self.at = at
        nodes = {}
        edges = []
        for rec in records:
            item = rec.as_dict(at)
            if item is None:
                continue
            if rec.table == "nodes":
                nodes[item["id"]] = item
            else:
                edges.append(item)
        self._nodes = [nodes[k] for k in sorted(nodes)]
        self._edges = sorted((e for e in edges if e["start"] in nodes and e["end"] in nodes),
                             key=lambda e: (e["type"], e["start"], e["end"], e["key"]))

    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield the nodes present at the moment."""
        return (dict(n) for n in self._nodes if kind is None or n["kind"] == kind)

    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield the relationships present at the moment."""
        return (dict(e) for e in self._edges if rel_type is None or e["type"] == rel_type)

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` of the given ids present at the moment."""
        kinds = {n["id"]: n["kind"] for n in self._nodes}
        return {i: kinds[i] for i in ids if i in kinds}

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of the nodes present at the moment."""
        for n in self._nodes:
            yield n["id"], n["kind"], n.get("name", ""), list(n.get("aliases", []))

    def records(self) -> Iterator[Record]:
        """Yield nothing: a view of the past has no claims of its own."""
        return iter(())

    def loads(self) -> list[dict[str, Any]]:
        """Return no history."""
        return []

    def decisions(self) -> list[dict[str, str]]:
        """Return no decisions."""
        return []

    def _in_transaction(self, work: Callable[[Any], Any]) -> Any:
        raise StoreError(f"{self.location} is a view of the past and cannot be changed")

    def _reading(self, method: str, *args: Any) -> Any:
        raise StoreError(f"{self.location} is a view of the past: it has no stored records")

    def close(self) -> None:
        """Nothing to release."""


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, enabled: bool, desc: str = "writing") -> Any:
    """A tqdm bar on stderr for writes of more than a few thousand records, else a no-op.

    Examples
    --------
    >>> bar = progress_bar(10, enabled=True)  # too small to show
    >>> bar.update(10); bar.close()
    """
    if not enabled or total < 5000:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=" records", leave=False)


def open_store(location: str | os.PathLike[str] | None = None, create: bool = True) -> Store:
    """Open the store at a file path (SQLite) or a Neo4j URI.

    Parameters
    ----------
    location : str or path, optional
        A file path, or a ``bolt://``, ``neo4j://`` or ``neo4j+s://`` URI. Default:
        ``$STAKEHOLDER_GRAPH_STORE`` or ``./stakeholder-graph.db``.
    create : bool
        For a file path: create the store when it does not exist (else raise).

    Raises
    ------
    StoreError
        When the store cannot be opened.

    Examples
    --------
    >>> import tempfile, os
    >>> with open_store(os.path.join(tempfile.mkdtemp(), "g.db")) as store:
    ...     store.stats()["total_nodes"]
    0
    """
    location = str(location) if location is not None else default_location()
    if is_neo4j_uri(location):
        from .neo4j_store import Neo4jStore

        return Neo4jStore(location)
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise StoreError(f"unsupported store URI scheme '{scheme}://': use a file path for the "
                         "embedded store, or bolt://, neo4j:// or neo4j+s:// for Neo4j")
    from .sqlite_store import SQLiteStore

    return SQLiteStore(location, create=create)
