"""The Neo4j store: a shared team database over Bolt, with the official ``neo4j`` driver.

- Every node has the label ``SGNode`` plus its kind's label (``Company``, ``School``, …),
  and uniqueness constraints on ``id`` (for ``SGNode`` and per kind) plus an index on
  ``name``, created idempotently.
- A load is one managed write transaction (the driver retries it on transient errors):
  resolution reads, then batched ``UNWIND $rows … MERGE`` writes. After a failure nothing of
  the load is visible.
- Labels and relationship types come only from the model's fixed sets; input text is only
  ever passed as parameters, never formatted into Cypher.
- Properties are stored as Neo4j properties; provenance (``sources``) as a list of JSON
  strings, since Neo4j properties cannot hold maps.

The connection comes from the store URI and ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and
``NEO4J_DATABASE``. The password is never printed.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import StoreError
from ..resolve import Resolved, resolve
from .model import KINDS, REL_TYPES, Batch
from .store import LoadResult, Store, display_location, merge_record, progress_bar

__all__ = ["Neo4jStore", "NODE_LABEL"]

NODE_LABEL = "SGNode"
_INTERNAL = ("id", "kind", "sources")


def _label(kind: str) -> str:
    if kind not in KINDS:  # never format input text into Cypher
        raise ValueError(f"not a model kind: {kind!r}")
    return kind


def _rel_type(rel_type: str) -> str:
    if rel_type not in REL_TYPES:
        raise ValueError(f"not a model relationship type: {rel_type!r}")
    return rel_type


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _TxLookup:
    """Resolution reads inside the load's own transaction."""

    def __init__(self, tx: Any) -> None:
        self.tx = tx

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        if not ids:
            return {}
        result = self.tx.run(f"UNWIND $ids AS id MATCH (n:{NODE_LABEL} {{id: id}}) "
                             "RETURN n.id AS id, n.kind AS kind", ids=ids)
        return {r["id"]: r["kind"] for r in result}

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        result = self.tx.run(f"MATCH (n:{NODE_LABEL}) RETURN n.id AS id, n.kind AS kind, "
                             "n.name AS name, coalesce(n.aliases, []) AS aliases")
        for r in list(result):
            yield r["id"], r["kind"], r["name"] or "", list(r["aliases"])


class Neo4jStore(Store):
    """A store on a Neo4j server (5.x), reached over Bolt.

    Parameters
    ----------
    uri : str
        ``bolt://``, ``neo4j://`` or ``neo4j+s://`` URI.
    username, password, database : str, optional
        Default: ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``; no
        authentication when no username is set.
    batch_size : int
        Rows per ``UNWIND`` statement.

    Examples
    --------
    >>> store = Neo4jStore("bolt://127.0.0.1:7687")  # doctest: +SKIP
    >>> store.stats()["total_nodes"]  # doctest: +SKIP
    0
    """

    def __init__(self, uri: str, username: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int = 1000) -> None:
        import neo4j

        self.location = display_location(uri)
        self.batch_size = batch_size
        username = username if username is not None else os.environ.get("NEO4J_USERNAME")
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        auth = (username, password) if username else None
        try:
            self.driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, connection_timeout=10, max_transaction_retry_time=15,
                notifications_min_severity="OFF")
            self.driver.verify_connectivity()
            with self.driver.session(database=self.database) as session:
                session.run("RETURN 1").consume()
        except Exception as exc:  # noqa: BLE001 - turned into one clear line
            self._close_quietly()
            raise StoreError(self._describe(exc)) from None

    def _close_quietly(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None:
            with contextlib.suppress(Exception):
                driver.close()
            self.driver = None

    def _describe(self, exc: Exception) -> str:
        """Say in one line what went wrong talking to the server, without secrets."""
        from neo4j import exceptions as ne

        where = f"Neo4j at {self.location}"
        if isinstance(exc, ne.AuthError):
            user = os.environ.get("NEO4J_USERNAME", "")
            return (f"{where} refused the credentials (user '{user}'); check NEO4J_USERNAME "
                    "and NEO4J_PASSWORD")
        code = getattr(exc, "code", "") or ""
        if "DatabaseNotFound" in code or "database does not exist" in str(exc).lower():
            return (f"{where} has no database '{self.database}'; check NEO4J_DATABASE")
        text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        if isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired | OSError):
            if self.location.startswith(("neo4j+s", "bolt+s")):
                return (f"cannot reach {where} over TLS: {text} (does the server have TLS on? "
                        "use bolt:// or neo4j:// for a plain server)")
            return f"cannot reach {where}: {text}"
        if isinstance(exc, ne.ConfigurationError | ValueError):
            return f"cannot use {where}: {text}"
        return f"{where}: {exc.__class__.__name__}: {text}"

    # ------------------------------------------------------------------ helpers

    def _read(self, query: str, **params: Any) -> list[Any]:
        try:
            records, _, _ = self.driver.execute_query(query, params, database_=self.database,
                                                      routing_="r")
        except Exception as exc:  # noqa: BLE001
            raise StoreError(self._describe(exc)) from None
        return records

    def run_cypher(self, statement: str, params: dict[str, Any] | None = None,
                   write: bool = False) -> Any:
        """Run ad-hoc Cypher in the driver's read access mode (write mode when asked).

        Returns a DataFrame; nodes and relationships become dicts of their properties.
        """
        import pandas as pd
        from neo4j import RoutingControl
        from neo4j import exceptions as ne

        try:
            records, _, keys = self.driver.execute_query(
                statement, params or {}, database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ)
        except ne.CypherSyntaxError as exc:
            raise StoreError(f"Cypher syntax error: {' '.join(str(exc.message).split())}") \
                from None
        except ne.ClientError as exc:
            if "AccessMode" in (exc.code or "") or "read access mode" in str(exc.message):
                raise StoreError("this statement writes, and ad-hoc Cypher is read-only: add "
                                 "--write to allow it") from None
            raise StoreError(f"Cypher error: {' '.join(str(exc.message).split())}") from None
        except Exception as exc:  # noqa: BLE001
            raise StoreError(self._describe(exc)) from None
        return pd.DataFrame([r.data() for r in records], columns=list(keys))

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and name indexes if they do not exist."""
        statements = [f"CREATE CONSTRAINT sg_node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) "
                      "REQUIRE n.id IS UNIQUE"]
        for kind in KINDS:
            label = _label(kind)
            statements.append(f"CREATE CONSTRAINT sg_{label.lower()}_id IF NOT EXISTS "
                              f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")
            statements.append(f"CREATE INDEX sg_{label.lower()}_name IF NOT EXISTS "
                              f"FOR (n:{label}) ON (n.name)")
        try:
            with self.driver.session(database=self.database) as session:
                for statement in statements:
                    session.run(statement).consume()
        except Exception as exc:  # noqa: BLE001
            raise StoreError(self._describe(exc)) from None

    # ------------------------------------------------------------------ reading

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds."""
        ids = list(ids)
        if not ids:
            return {}
        return {r["id"]: r["kind"] for r in self._read(
            f"UNWIND $ids AS id MATCH (n:{NODE_LABEL} {{id: id}}) "
            "RETURN n.id AS id, n.kind AS kind", ids=ids)}

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every node."""
        for r in self._read(f"MATCH (n:{NODE_LABEL}) RETURN n.id AS id, n.kind AS kind, "
                            "n.name AS name, coalesce(n.aliases, []) AS aliases"):
            yield r["id"], r["kind"], r["name"] or "", list(r["aliases"])

    @staticmethod
    def _node_dict(props: dict[str, Any]) -> dict[str, Any]:
        props = dict(props)
        node = {"id": props.pop("id"), "kind": props.pop("kind")}
        sources = [json.loads(s) for s in props.pop("sources", [])]
        node.update(sorted(props.items()))
        node["sources"] = sources
        return node

    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield nodes as dicts: ``id``, ``kind``, properties and ``sources``."""
        label = _label(kind) if kind else NODE_LABEL
        for r in self._read(f"MATCH (n:{label}) WHERE n:{NODE_LABEL} "
                            "RETURN properties(n) AS p ORDER BY n.id"):
            yield self._node_dict(r["p"])

    def node(self, node_id: str) -> dict[str, Any] | None:
        """Return one node as a dict, or ``None``."""
        rows = self._read(f"MATCH (n:{NODE_LABEL} {{id: $id}}) RETURN properties(n) AS p",
                          id=node_id)
        return self._node_dict(rows[0]["p"]) if rows else None

    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield relationships as dicts: properties, ``type``, ``start``, ``end``, ``key``, …"""
        types = [_rel_type(rel_type)] if rel_type else list(REL_TYPES)
        rows = self._read(
            f"MATCH (a:{NODE_LABEL})-[r]->(b:{NODE_LABEL}) WHERE type(r) IN $types "
            "RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS p "
            "ORDER BY type, source, target, p.key", types=types)
        for r in rows:
            props = dict(r["p"])
            key = props.pop("key", "")
            sources = [json.loads(s) for s in props.pop("sources", [])]
            yield {**dict(sorted(props.items())), "type": r["type"], "start": r["source"],
                   "end": r["target"], "key": key, "sources": sources}

    # ------------------------------------------------------------------ writing

    def load(self, batch: Batch, progress: bool = False) -> LoadResult:
        """Resolve and upsert a batch in one managed transaction: all of it, or nothing.

        Raises
        ------
        InputError
            For bad records (nothing is written).
        StoreError
            When the server cannot be reached or fails during the load (nothing of the load
            is visible afterwards).
        """
        return self._transaction(self._load_tx, batch, progress)

    def load_resolved(self, resolved: Resolved, progress: bool = False) -> LoadResult:
        """Upsert already resolved records in one transaction (used to copy stores)."""
        return self._transaction(self._write, resolved, progress)

    def _transaction(self, work: Any, *args: Any) -> LoadResult:
        from ..errors import InputError

        self.ensure_schema()
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work, *args)
        except InputError:
            raise
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"load failed, nothing was written: {self._describe(exc)}") \
                from None

    def _load_tx(self, tx: Any, batch: Batch, progress: bool) -> LoadResult:
        # The driver may retry this function; resolution leaves the batch untouched.
        return self._write(tx, resolve(batch, _TxLookup(tx)), progress)

    def _existing(self, tx: Any, query: str, rows: list[Any]) -> dict[Any, dict[str, Any]]:
        found: dict[Any, dict[str, Any]] = {}
        for i in range(0, len(rows), self.batch_size):
            for r in tx.run(query, rows=rows[i:i + self.batch_size]):
                found[tuple(r["k"]) if isinstance(r["k"], list) else r["k"]] = dict(r["p"])
        return found

    def _write(self, tx: Any, resolved: Resolved, progress: bool) -> LoadResult:
        result = LoadResult(files=resolved.files)
        total = len(resolved.nodes) + len(resolved.edges)
        bar = progress_bar(total, progress)
        existing = self._existing(
            tx, f"UNWIND $rows AS id MATCH (n:{NODE_LABEL} {{id: id}}) "
            "RETURN n.id AS k, properties(n) AS p", list(resolved.nodes))
        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for node in resolved.nodes.values():
            old = existing.get(node.id)
            props, sources, state = _merge(old, node.props, node.sources)
            setattr(result, f"nodes_{state}", getattr(result, f"nodes_{state}") + 1)
            if state != "unchanged":
                by_kind[node.kind].append({"id": node.id, "props": {
                    **props, "id": node.id, "kind": node.kind, "sources": sources}})
        for kind, rows in by_kind.items():
            label = _label(kind)
            for i in range(0, len(rows), self.batch_size):
                chunk = rows[i:i + self.batch_size]
                tx.run(f"UNWIND $rows AS row MERGE (n:{NODE_LABEL} {{id: row.id}}) "
                       f"SET n = row.props, n:{label}", rows=chunk).consume()
                bar.update(len(chunk))
        keys = [list(k) for k in resolved.edges]
        existing = self._existing(
            tx, f"UNWIND $rows AS k MATCH (a:{NODE_LABEL} {{id: k[1]}})-[r]->"
            f"(b:{NODE_LABEL} {{id: k[2]}}) WHERE type(r) = k[0] AND r.key = k[3] "
            "RETURN [type(r), a.id, b.id, r.key] AS k, properties(r) AS p", keys)
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for key, edge in resolved.edges.items():
            props, sources, state = _merge(existing.get(key), edge.props, edge.sources)
            setattr(result, f"edges_{state}", getattr(result, f"edges_{state}") + 1)
            if state != "unchanged":
                by_type[edge.type].append({"source": edge.source, "target": edge.target,
                                           "props": {**props, "key": edge.key,
                                                     "sources": sources}})
        for rel_type, rows in by_type.items():
            typ = _rel_type(rel_type)
            for i in range(0, len(rows), self.batch_size):
                chunk = rows[i:i + self.batch_size]
                tx.run(f"UNWIND $rows AS row MATCH (a:{NODE_LABEL} {{id: row.source}}) "
                       f"MATCH (b:{NODE_LABEL} {{id: row.target}}) "
                       f"MERGE (a)-[r:{typ} {{key: row.props.key}}]->(b) SET r = row.props",
                       rows=chunk).consume()
                bar.update(len(chunk))
        bar.close()
        return result

    def clear(self) -> None:
        """Delete every node and relationship of this tool (``SGNode``) from the database."""
        with self.driver.session(database=self.database) as session:
            session.run(f"MATCH (n:{NODE_LABEL}) CALL (n) {{ DETACH DELETE n }} "
                        "IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        """Close the driver."""
        self._close_quietly()


def _merge(old: dict[str, Any] | None, props: dict[str, Any],
           sources: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str], str]:
    """Merge a stored node or relationship (sources as JSON strings) with a load's data."""
    new_sources = [_dumps(s) for s in sources]
    if old is None:
        return merge_record(None, [], props, new_sources)
    stored = {k: v for k, v in old.items() if k not in ("id", "kind", "key", "sources")}
    return merge_record(stored, list(old.get("sources", [])), props, new_sources)
