"""The embedded store: one SQLite file, no server.

Nodes and relationships are rows with their properties and provenance as JSON. A load is
one ``BEGIN IMMEDIATE … COMMIT`` transaction: resolution reads and all writes happen inside
it, and any error rolls it back, so a failed load leaves the store as it was. The file uses
WAL journaling and a busy timeout, so a second writer waits instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..resolve import Resolved, resolve
from .model import Batch
from .store import LoadResult, Store, merge_record, progress_bar

__all__ = ["SQLiteStore"]

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    props TEXT NOT NULL,
    sources TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);
CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES nodes(id),
    target TEXT NOT NULL REFERENCES nodes(id),
    key TEXT NOT NULL DEFAULT '',
    props TEXT NOT NULL,
    sources TEXT NOT NULL,
    PRIMARY KEY (type, source, target, key)
);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
CREATE TABLE IF NOT EXISTS loads (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    files TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""
_CHUNK = 900  # stays below SQLite's limit on bound parameters


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class SQLiteStore(Store):
    """The embedded store in one SQLite file.

    Parameters
    ----------
    path : str or path
        The database file.
    create : bool
        Create the file when it does not exist; else raise :class:`StoreError`.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.graph.model import Batch, build_node
    >>> store = SQLiteStore(os.path.join(tempfile.mkdtemp(), "g.db"))
    >>> b = Batch(nodes=[build_node("slug:techport", "Campus", {"name": "Techport"})])
    >>> store.load(b).nodes_added
    1
    >>> store.load(b).changed
    False
    >>> store.close()
    """

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.location = str(path)
        self.path = Path(path)
        if not self.path.exists() and not create:
            raise StoreError(f"no store at {self.location}: load data first "
                             "(stakeholder-graph load PATH) or try stakeholder-graph demo")
        if self.path.is_dir():
            raise StoreError(f"{self.location} is a folder, not a store file")
        if create and not self.path.parent.exists():
            raise StoreError(f"cannot create {self.location}: folder "
                             f"{self.path.parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._prepare()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.location} as a stakeholder-graph store: "
                             f"{exc}") from None

    def _prepare(self) -> None:
        """Check the file is a store (or empty), switch it to WAL, write the schema if new."""
        has_meta = self._table("meta")
        if not has_meta and self._table("nodes"):
            raise StoreError(f"{self.location} is an SQLite file but not a stakeholder-graph "
                             "store")
        if has_meta:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.location} has store schema {row[0] if row else '?'}, "
                                 f"this version reads {SCHEMA_VERSION}")
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if has_meta:
                    return  # a read-only store can still be read
                raise StoreError(f"cannot write {self.location}: {exc}") from None
        if not has_meta:
            self._write_schema()

    def _table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (name,)).fetchone() is not None

    def _write_schema(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                              (SCHEMA_VERSION,))
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write {self.location}: {exc}") from None

    # ------------------------------------------------------------------ reading

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds."""
        ids = list(ids)
        found: dict[str, str] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(
                f"SELECT id, kind FROM nodes WHERE id IN ({marks})", chunk).fetchall())
        return found

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every node."""
        for node_id, kind, name, aliases in self.conn.execute(
                "SELECT id, kind, json_extract(props, '$.name'), "
                "coalesce(json_extract(props, '$.aliases'), '[]') FROM nodes"):
            yield node_id, kind, name or "", json.loads(aliases)

    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield nodes as dicts: ``id``, ``kind``, properties and ``sources``."""
        sql = "SELECT id, kind, props, sources FROM nodes"
        rows = (self.conn.execute(sql + " WHERE kind = ? ORDER BY id", (kind,)) if kind
                else self.conn.execute(sql + " ORDER BY id"))
        for node_id, node_kind, props, sources in rows:
            yield {"id": node_id, "kind": node_kind, **json.loads(props),
                   "sources": json.loads(sources)}

    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield relationships as dicts: properties, ``type``, ``start``, ``end``, ``key``, …"""
        sql = "SELECT type, source, target, key, props, sources FROM edges"
        order = " ORDER BY type, source, target, key"
        rows = (self.conn.execute(sql + " WHERE type = ?" + order, (rel_type,)) if rel_type
                else self.conn.execute(sql + order))
        for typ, source, target, key, props, sources in rows:
            yield {**json.loads(props), "type": typ, "start": source, "end": target,
                   "key": key, "sources": json.loads(sources)}

    def node(self, node_id: str) -> dict[str, Any] | None:
        """Return one node as a dict, or ``None``."""
        row = self.conn.execute("SELECT id, kind, props, sources FROM nodes WHERE id = ?",
                                (node_id,)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "kind": row[1], **json.loads(row[2]), "sources": json.loads(row[3])}

    def loads(self) -> list[dict[str, Any]]:
        """Return the history of loads, oldest first."""
        return [{"id": i, "at": at, "files": json.loads(files), "summary": summary}
                for i, at, files, summary in self.conn.execute(
                    "SELECT id, at, files, summary FROM loads ORDER BY id")]

    # ------------------------------------------------------------------ writing

    def load(self, batch: Batch, progress: bool = False) -> LoadResult:
        """Resolve and upsert a batch in one transaction: all of it, or nothing.

        Raises
        ------
        InputError
            For bad records (nothing is written).
        StoreError
            When the file cannot be written (read-only, disk full, locked too long).
        """
        return self._transaction(lambda: self._write(resolve(batch, self), progress))

    def load_resolved(self, resolved: Resolved, progress: bool = False) -> LoadResult:
        """Upsert already resolved records in one transaction (used to copy stores)."""
        return self._transaction(lambda: self._write(resolved, progress))

    def _transaction(self, work: Callable[[], LoadResult]) -> LoadResult:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write {self.location}: {exc}") from None
        try:
            result = work()
            if result.changed:
                self.conn.execute("INSERT INTO loads (files, summary) VALUES (?, ?)",
                                  (_dumps(result.files), result.summary()))
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise StoreError(f"cannot write {self.location}: {exc}") from None
        except BaseException:
            self._rollback()
            raise
        return result

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _existing(self, table: str, keys: list[tuple], columns: str,
                  where: str) -> dict[tuple, tuple[str, str]]:
        found: dict[tuple, tuple[str, str]] = {}
        width = len(keys[0]) if keys else 1
        step = max(1, _CHUNK // width)
        for i in range(0, len(keys), step):
            chunk = keys[i:i + step]
            cond = " OR ".join([where] * len(chunk))
            params = [v for k in chunk for v in k]
            for row in self.conn.execute(
                    f"SELECT {columns}, props, sources FROM {table} WHERE {cond}", params):
                found[tuple(row[:width])] = (row[width], row[width + 1])
        return found

    def _write(self, resolved: Resolved, progress: bool) -> LoadResult:
        result = LoadResult(files=resolved.files)
        bar = progress_bar(len(resolved.nodes) + len(resolved.edges), progress)
        node_keys = [(n.id,) for n in resolved.nodes.values()]
        existing = self._existing("nodes", node_keys, "id", "id = ?")
        rows = []
        for node in resolved.nodes.values():
            props, sources, state = _merge(existing.get((node.id,)), node.props, node.sources)
            setattr(result, f"nodes_{state}", getattr(result, f"nodes_{state}") + 1)
            if state != "unchanged":
                rows.append((node.id, node.kind, props, sources))
        self.conn.executemany(
            "INSERT INTO nodes (id, kind, props, sources) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET props = excluded.props, sources = excluded.sources",
            rows)
        bar.update(len(resolved.nodes))
        edge_keys = list(resolved.edges)
        existing = self._existing("edges", edge_keys, "type, source, target, key",
                                  "(type = ? AND source = ? AND target = ? AND key = ?)")
        rows = []
        for key, edge in resolved.edges.items():
            props, sources, state = _merge(existing.get(key), edge.props, edge.sources)
            setattr(result, f"edges_{state}", getattr(result, f"edges_{state}") + 1)
            if state != "unchanged":
                rows.append((*key, props, sources))
        self.conn.executemany(
            "INSERT INTO edges (type, source, target, key, props, sources) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(type, source, target, key) "
            "DO UPDATE SET props = excluded.props, sources = excluded.sources", rows)
        bar.update(len(resolved.edges))
        bar.close()
        return result

    def close(self) -> None:
        """Close the connection (and fold the WAL back into the file)."""
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]


def _merge(existing: tuple[str, str] | None, props: dict[str, Any],
           sources: list[dict[str, Any]]) -> tuple[str, str, str]:
    """Merge new properties and provenance into a stored row (JSON columns)."""
    old = (json.loads(existing[0]), json.loads(existing[1])) if existing else (None, [])
    merged, merged_sources, state = merge_record(*old, props, sources)
    return _dumps(merged), _dumps(merged_sources), state
