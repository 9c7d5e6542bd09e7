"""The store interface both stores implement, and :func:`open_store` that picks one.

A store location is a file path (the embedded SQLite store) or a ``bolt://``,
``neo4j://`` or ``neo4j+s://`` URI (a Neo4j server). When none is given, the environment
variable ``STAKEHOLDER_GRAPH_STORE`` names it, else ``./stakeholder-graph.db``.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..errors import StoreError
from ..resolve import Resolved, ResolvedEdge, ResolvedNode
from .model import KINDS, REL_TYPES, Batch, merge_props

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
    "merge_record",
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

    @property
    def changed(self) -> bool:
        """Whether the load changed anything."""
        return bool(self.nodes_added or self.nodes_updated or self.edges_added
                    or self.edges_updated)

    def summary(self) -> str:
        """Return a one-line summary for people.

        Examples
        --------
        >>> LoadResult(nodes_added=2, edges_unchanged=1).summary()
        'nodes: 2 new, 0 changed, 0 unchanged; relationships: 0 new, 0 changed, 1 unchanged'
        """
        return (f"nodes: {self.nodes_added} new, {self.nodes_updated} changed, "
                f"{self.nodes_unchanged} unchanged; relationships: {self.edges_added} new, "
                f"{self.edges_updated} changed, {self.edges_unchanged} unchanged")


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

    # -- writing
    @abstractmethod
    def load(self, batch: Batch, progress: bool = False) -> LoadResult:
        """Resolve and upsert a batch in one transaction: all of it, or nothing."""

    # -- reading
    @abstractmethod
    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every node (of one kind) as a dict."""

    @abstractmethod
    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every relationship (of one type) as a dict."""

    @abstractmethod
    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds."""

    @abstractmethod
    def name_index(self) -> Iterable[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every node."""

    @abstractmethod
    def load_resolved(self, resolved: Resolved, progress: bool = False) -> LoadResult:
        """Upsert already resolved records in one transaction (used to copy stores)."""

    def copy_from(self, other: Store, progress: bool = False) -> LoadResult:
        """Upsert every node and relationship of another store, with their provenance.

        Into an empty store this makes an exact copy: ``push`` and ``pull`` use it.
        """
        resolved = Resolved(files=[f"copy of {other.location}"])
        for node in other.nodes():
            props = {k: v for k, v in node.items() if k not in ("id", "kind", "sources")}
            resolved.nodes[node["id"]] = ResolvedNode(node["id"], node["kind"], props,
                                                      list(node["sources"]))
        for edge in other.edges():
            key = (edge["type"], edge["start"], edge["end"], edge["key"])
            props = {k: v for k, v in edge.items()
                     if k not in ("type", "start", "end", "key", "sources")}
            resolved.edges[key] = ResolvedEdge(*key, props, list(edge["sources"]))
        return self.load_resolved(resolved, progress)

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

    def to_networkx(self) -> nx.MultiDiGraph:
        """Project the store to a NetworkX ``MultiDiGraph`` with all attributes.

        Nodes carry ``kind``, ``name``, ``sources`` and every property; edges are keyed
        ``TYPE`` (or ``TYPE:discriminator``) and carry ``type``, ``sources`` and every
        property. Symmetric relationships appear once, in stored order.
        """
        graph = nx.MultiDiGraph()
        for node in self.nodes():
            attrs = dict(node)
            graph.add_node(attrs.pop("id"), **attrs)
        for edge in self.edges():
            attrs = dict(edge)
            source, target, disc = attrs.pop("start"), attrs.pop("end"), attrs.pop("key")
            key = f"{attrs['type']}:{disc}" if disc else attrs["type"]
            graph.add_edge(source, target, key=key, **attrs)
        return graph

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


def merge_record(old_props: dict[str, Any] | None, old_sources: list[Any],
                 props: dict[str, Any], sources: list[Any]) -> tuple[dict[str, Any], list[Any],
                                                                      str]:
    """Merge a load's properties and provenance into a stored record; say what changed.

    Both stores upsert through this, so they agree on what a reload changes.

    Examples
    --------
    >>> merge_record(None, [], {"name": "KLM"}, ["a.csv:2"])
    ({'name': 'KLM'}, ['a.csv:2'], 'added')
    >>> merge_record({"name": "KLM"}, ["a.csv:2"], {"name": "KLM"}, ["a.csv:2"])[2]
    'unchanged'
    """
    if old_props is None:
        return dict(props), list(sources), "added"
    merged = merge_props(old_props, props)
    merged_sources = old_sources + [s for s in sources if s not in old_sources]
    state = "unchanged" if merged == old_props and merged_sources == old_sources else "updated"
    return merged, merged_sources, state


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
