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
  strings, since Neo4j properties cannot hold maps, and the claims (see
  :mod:`~stakeholder_graph.graph.history`) as one JSON string ``_claims``.
- The graph holds live facts only, so Cypher sees the network as it is now. An ended node
  or relationship moves to an ``SGArchive`` node (its record as JSON); loads are
  ``SGLoad`` nodes, match decisions ``SGDecision`` nodes.

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
from .history import Record, pack_counts, unpack_counts
from .model import KINDS, REL_TYPES
from .store import Store, display_location

__all__ = ["Neo4jStore", "NODE_LABEL", "READ_PROCEDURES", "check_read_only"]

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


def _archive_key(table: str, key: tuple[str, ...]) -> str:
    return ("n:" + key[0]) if table == "nodes" else "e:" + json.dumps(list(key))


READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
    "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
})
"""Procedures read-only ad-hoc Cypher may call: they describe the graph, nothing else."""

_REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV reads files and URLs from the server",
    "TransactionApply": "CALL { … } IN TRANSACTIONS commits on its own",
    "TransactionForeach": "CALL { … } IN TRANSACTIONS commits on its own",
    "AdministrationCommand": "administration commands change the server",
}
_REFUSED_PREFIXES = ("Show", "Terminate", "Alter", "Grant", "Deny", "Revoke", "Enable",
                     "Rename", "Wait")


def _unexplained(message: str) -> str:
    """A syntax error of ``EXPLAIN <statement>`` as if of the statement itself."""
    import re

    text = " ".join(message.split()).replace('"EXPLAIN ', '"', 1)
    return re.sub(r"line 1, column (\d+) \(offset: (\d+)\)",
                  lambda m: f"line 1, column {max(1, int(m[1]) - 8)} (offset: "
                            f"{max(0, int(m[2]) - 8)})", text)


def _operators(plan: Any) -> Iterator[tuple[str, str, str]]:
    """Yield ``(operator, database, details)`` of every step of a query plan."""
    if not plan:
        return
    name, _, database = str(plan.get("operatorType", "")).partition("@")
    details = str((plan.get("args") or {}).get("Details") or "")
    yield name, database, details
    for child in plan.get("children") or []:
        yield from _operators(child)


def check_read_only(query_type: str | None, plan: Any) -> None:
    """Refuse a planned statement unless it only reads the graph.

    The statement's query type (from ``EXPLAIN``) must be ``r``, and no step of its plan
    may load files or URLs (``LOAD CSV``), list or end transactions, run administration
    commands, commit on its own (``IN TRANSACTIONS``), or call a procedure outside
    :data:`READ_PROCEDURES`. ``SHOW TRANSACTIONS`` and ``LOAD CSV`` are type ``r`` to
    Neo4j: the plan is what tells them apart.

    Raises
    ------
    StoreError
        Naming what the statement would do and that ``--write`` allows it.

    Examples
    --------
    >>> check_read_only("r", {"operatorType": "ProduceResults@neo4j", "children": [
    ...     {"operatorType": "AllNodesScan@neo4j", "args": {"Details": "n"}}]})
    >>> check_read_only("r", {"operatorType": "LoadCSV@neo4j"})
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.StoreError: refused: LOAD CSV reads files and URLs from the server; ad-hoc Cypher is read-only (add --write to run it anyway)
    """
    def refuse(why: str) -> StoreError:
        return StoreError(f"refused: {why}; ad-hoc Cypher is read-only (add --write to run it "
                          "anyway)")

    for name, database, details in _operators(plan):
        if name in _REFUSED_OPERATORS:
            raise refuse(_REFUSED_OPERATORS[name])
        if name.startswith(_REFUSED_PREFIXES):
            raise refuse(f"{name} is a command about the server, not a question about the "
                         "graph")
        if database == "system":
            raise refuse("the statement runs on the system database")
        if name.startswith("ProcedureCall"):
            procedure = details.split("(", 1)[0].strip()
            if procedure not in READ_PROCEDURES:
                raise refuse(f"procedure {procedure or '?'} is not one of "
                             f"{', '.join(sorted(READ_PROCEDURES))}")
    if query_type != "r":
        what = {"rw": "writes", "w": "writes", "s": "changes the schema or the server"}
        raise refuse(f"the statement {what.get(query_type or '', 'does not only read')}")


class _Writer:
    """Reads and writes inside one transaction (or session); the load logic drives it."""

    def __init__(self, tx: Any, batch_size: int = 1000) -> None:
        self.tx = tx
        self.batch_size = batch_size

    def _run(self, query: str, **params: Any) -> list[Any]:
        return list(self.tx.run(query, **params))

    def _each(self, query: str, rows: list[Any]) -> list[Any]:
        out: list[Any] = []
        for i in range(0, len(rows), self.batch_size):
            out.extend(self._run(query, rows=rows[i:i + self.batch_size]))
        return out

    # -- lookup (resolution)
    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {r["id"]: r["kind"] for r in self._each(
            f"UNWIND $rows AS id MATCH (n:{NODE_LABEL} {{id: id}}) "
            "RETURN n.id AS id, n.kind AS kind", list(ids))}

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        for r in self._run(f"MATCH (n:{NODE_LABEL}) RETURN n.id AS id, n.kind AS kind, "
                           "n.name AS name, coalesce(n.aliases, []) AS aliases"):
            yield r["id"], r["kind"], r["name"] or "", list(r["aliases"])

    def located_in(self) -> dict[str, str]:
        return {r["a"]: r["m"] for r in self._run(
            f"MATCH (a:{NODE_LABEL})-[:LOCATED_IN]->(m:{NODE_LABEL}) RETURN a.id AS a, "
            "m.id AS m")}

    def websites(self) -> dict[str, str]:
        return {r["id"]: r["site"] for r in self._run(
            f"MATCH (n:{NODE_LABEL}) WHERE n.website IS NOT NULL RETURN n.id AS id, "
            "n.website AS site")}

    def decisions(self) -> list[dict[str, str]]:
        return [dict(r["d"]) for r in self._run(
            "MATCH (d:SGDecision) RETURN d {.variant, .target, .decision, .at} AS d "
            "ORDER BY d.at, d.variant")]

    # -- records
    _NODE_RETURN = "RETURN 'nodes' AS t, [n.id] AS k, n.kind AS kind, n._claims AS c"
    _EDGE_RETURN = ("RETURN 'edges' AS t, [type(r), a.id, b.id, r.key] AS k, type(r) AS kind, "
                    "r._claims AS c")

    @staticmethod
    def _record(row: Any) -> Record:
        if "record" in row.keys():  # noqa: SIM118 - a neo4j Record's `in` tests values
            data = json.loads(row["record"])
            return Record(data["table"], tuple(data["key"]), data["kind"], data["claims"])
        return Record(row["t"], tuple(row["k"]), row["kind"], json.loads(row["c"] or "[]"))

    def fetch(self, table: str, keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], Record]:
        if table == "nodes":
            rows = self._each(f"UNWIND $rows AS id MATCH (n:{NODE_LABEL} {{id: id}}) "
                              + self._NODE_RETURN, [k[0] for k in keys])
        else:
            rows = self._each(
                f"UNWIND $rows AS k MATCH (a:{NODE_LABEL} {{id: k[1]}})-[r]->"
                f"(b:{NODE_LABEL} {{id: k[2]}}) WHERE type(r) = k[0] AND r.key = k[3] "
                + self._EDGE_RETURN, [list(k) for k in keys])
        rows += self._each("UNWIND $rows AS k MATCH (x:SGArchive {k: k}) RETURN x.record AS "
                           "record", [_archive_key(table, k) for k in keys])
        found: dict[tuple[str, ...], Record] = {}
        for row in rows:
            rec = self._record(row)
            found.setdefault(rec.key, rec)  # live before archived
        return found

    def fetch_claimed(self, files: list[str]) -> list[Record]:
        rows = self._run(f"MATCH (n:{NODE_LABEL}) WHERE any(f IN n._files WHERE f IN $files) "
                         + self._NODE_RETURN, files=files)
        rows += self._run(f"MATCH (a:{NODE_LABEL})-[r]->(b:{NODE_LABEL}) "
                          "WHERE any(f IN r._files WHERE f IN $files) " + self._EDGE_RETURN,
                          files=files)
        return [self._record(r) for r in rows]

    def fetch_touching(self, ids: list[str], include_ended: bool = False) -> list[Record]:
        rows = self._each(f"UNWIND $rows AS id MATCH (x:{NODE_LABEL} {{id: id}})-[r]-() "
                          "WITH DISTINCT r MATCH (a)-[r]->(b) " + self._EDGE_RETURN, ids)
        if include_ended:
            rows += self._run("MATCH (x:SGArchive {table: 'edges'}) WHERE x.start IN $ids OR "
                              "x.end IN $ids RETURN x.record AS record", ids=ids)
        found = {}
        for row in rows:
            rec = self._record(row)
            found.setdefault(rec.key, rec)
        return list(found.values())

    def put(self, records: list[Record], bar: Any = None) -> None:
        live_nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        live_edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ended: dict[str, list[dict[str, Any]]] = {"nodes": [], "edges": []}
        for rec in records:
            props, sources = rec.last_state()
            if rec.live:
                internal = {"sources": [_dumps(x) for x in sources],
                            "_claims": _dumps(rec.claims), "_files": rec.files}
                if rec.table == "nodes":
                    live_nodes[rec.kind].append({"id": rec.key[0], "props": {
                        **props, "id": rec.key[0], "kind": rec.kind, **internal}})
                else:
                    live_edges[rec.kind].append({"k": list(rec.key), "props": {
                        **props, "key": rec.key[3], **internal}})
            else:
                ended[rec.table].append({"k": list(rec.key), "x": _archive_key(rec.table,
                                                                               rec.key),
                                         "record": _dumps({"table": rec.table,
                                                           "key": list(rec.key),
                                                           "kind": rec.kind,
                                                           "claims": rec.claims})})
        unarchive = "UNWIND $rows AS row MATCH (x:SGArchive {k: row.x}) DELETE x"
        # A record that lives again leaves the archive; with no archive (a store that has
        # never ended a fact, every first load) there is nothing to look up.
        archived = bool(self._run("MATCH (x:SGArchive) RETURN count(x) AS n")[0]["n"])
        every_kind = ":".join(_label(k) for k in KINDS)
        for kind, rows in live_nodes.items():
            self._each(f"UNWIND $rows AS row MERGE (n:{NODE_LABEL} {{id: row.id}}) "
                       f"REMOVE n:{every_kind} SET n = row.props, n:{_label(kind)}", rows)
            if archived:
                self._each(unarchive, [{"x": _archive_key("nodes", (r["id"],))} for r in rows])
            if bar is not None:
                bar.update(len(rows))
        for rel_type, rows in live_edges.items():
            self._each(f"UNWIND $rows AS row MATCH (a:{NODE_LABEL} {{id: row.k[1]}}) "
                       f"MATCH (b:{NODE_LABEL} {{id: row.k[2]}}) "
                       f"MERGE (a)-[r:{_rel_type(rel_type)} {{key: row.k[3]}}]->(b) "
                       "SET r = row.props", rows)
            if archived:
                self._each(unarchive, [{"x": _archive_key("edges", tuple(r["k"]))}
                                       for r in rows])
            if bar is not None:
                bar.update(len(rows))
        archive = ("MERGE (x:SGArchive {k: row.x}) SET x.table = $table, "
                   "x.record = row.record, x.start = row.k[1], x.end = row.k[2]")
        for table in ("edges", "nodes"):
            rows = ended[table]
            if table == "edges":
                self._each(f"UNWIND $rows AS row MATCH (a:{NODE_LABEL} {{id: row.k[1]}})-[r]->"
                           f"(b:{NODE_LABEL} {{id: row.k[2]}}) WHERE type(r) = row.k[0] AND "
                           "r.key = row.k[3] DELETE r", rows)
            else:
                self._each(f"UNWIND $rows AS row MATCH (n:{NODE_LABEL} {{id: row.k[0]}}) "
                           "DETACH DELETE n", rows)
            for i in range(0, len(rows), self.batch_size):
                self._run("UNWIND $rows AS row " + archive, rows=rows[i:i + self.batch_size],
                          table=table)
            if bar is not None:
                bar.update(len(rows))

    def delete(self, records: list[Record]) -> None:
        edges = [{"k": list(r.key), "x": _archive_key("edges", r.key)} for r in records
                 if r.table == "edges"]
        nodes = [{"k": list(r.key), "x": _archive_key("nodes", r.key)} for r in records
                 if r.table == "nodes"]
        self._each(f"UNWIND $rows AS row MATCH (a:{NODE_LABEL} {{id: row.k[1]}})-[r]->"
                   f"(b:{NODE_LABEL} {{id: row.k[2]}}) WHERE type(r) = row.k[0] AND "
                   "r.key = row.k[3] DELETE r", edges)
        self._each(f"UNWIND $rows AS row MATCH (n:{NODE_LABEL} {{id: row.k[0]}}) "
                   "DETACH DELETE n", nodes)
        self._each("UNWIND $rows AS row MATCH (x:SGArchive {k: row.x}) DELETE x", edges + nodes)

    # -- history
    def last_load_at(self) -> str | None:
        return self._run("MATCH (l:SGLoad) RETURN max(l.at) AS at")[0]["at"]

    def next_load(self) -> int:
        return self._run("MATCH (l:SGLoad) RETURN coalesce(max(l.seq), 0) + 1 AS n")[0]["n"]

    def add_load(self, entry: dict[str, Any]) -> None:
        self._run("MATCH (l:SGLoad) WITH coalesce(max(l.seq), 0) + 1 AS n "
                  "CREATE (:SGLoad {seq: n, at: $at, files: $files, checksums: $checksums, "
                  "summary: $summary, counts: $counts})", at=entry["at"],
                  files=list(entry["files"]), checksums=_dumps(entry["checksums"]),
                  summary=entry["summary"], counts=_dumps(pack_counts(entry)))

    def loads(self) -> list[dict[str, Any]]:
        return [unpack_counts({"id": r["seq"], "at": r["at"], "files": list(r["files"]),
                               "summary": r["summary"], "checksums": json.loads(r["checksums"]),
                               "counts": json.loads(r["counts"])}) for r in self._run(
            "MATCH (l:SGLoad) RETURN l.seq AS seq, l.at AS at, l.files AS files, "
            "l.summary AS summary, l.checksums AS checksums, l.counts AS counts ORDER BY seq")]

    def put_decision(self, decision: dict[str, str]) -> None:
        self._run("MERGE (d:SGDecision {variant: $variant, target: $target}) "
                  "SET d.decision = $decision, d.at = $at", **decision)

    def records(self) -> list[Record]:
        rows = self._run(f"MATCH (n:{NODE_LABEL}) " + self._NODE_RETURN + " ORDER BY n.id")
        rows += self._run(f"MATCH (a:{NODE_LABEL})-[r]->(b:{NODE_LABEL}) " + self._EDGE_RETURN)
        rows += self._run("MATCH (x:SGArchive) RETURN x.record AS record ORDER BY x.k")
        return [self._record(r) for r in rows]


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
                   write: bool = False, timeout: float | None = None) -> Any:
        """Run ad-hoc Cypher; read-only unless ``write`` (see :func:`check_read_only`).

        Without ``write`` the statement is first planned (``EXPLAIN``) and refused unless
        the plan only reads the graph, then run in a read transaction of a session in
        read access mode. ``timeout`` (seconds; ``STAKEHOLDER_GRAPH_CYPHER_TIMEOUT``, 300
        by default) stops a runaway query on the server.

        Returns a DataFrame; nodes and relationships become dicts of their properties.
        """
        import neo4j
        import pandas as pd
        from neo4j import exceptions as ne

        if timeout is None:
            timeout = float(os.environ.get("STAKEHOLDER_GRAPH_CYPHER_TIMEOUT") or 300)
        params = params or {}
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: Any) -> tuple[list[Any], list[str]]:
            result = tx.run(statement, params)
            return list(result), list(result.keys())

        try:
            with self.driver.session(database=self.database,
                                     default_access_mode=mode) as session:
                if not write:
                    explained = session.run("EXPLAIN " + statement, params).consume()
                    check_read_only(explained.query_type, explained.plan)
                    records, keys = session.execute_read(work)
                else:
                    records, keys = session.execute_write(work)
        except ne.CypherSyntaxError as exc:
            raise StoreError(f"Cypher syntax error: {_unexplained(str(exc.message))}") from None
        except ne.ClientError as exc:
            if "AccessMode" in (exc.code or "") or "read access mode" in str(exc.message) \
                    or "Forbidden" in (exc.code or ""):
                raise StoreError("this statement writes or administers the server, and "
                                 "ad-hoc Cypher is read-only: add --write to allow it") from None
            raise StoreError(f"Cypher error: {' '.join(str(exc.message).split())}") from None
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise StoreError(self._describe(exc)) from None
        return pd.DataFrame([r.data() for r in records], columns=keys)

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and name indexes if they do not exist."""
        statements = [f"CREATE CONSTRAINT sg_node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) "
                      "REQUIRE n.id IS UNIQUE",
                      "CREATE CONSTRAINT sg_archive_k IF NOT EXISTS FOR (n:SGArchive) "
                      "REQUIRE n.k IS UNIQUE",
                      "CREATE INDEX sg_decision IF NOT EXISTS FOR (n:SGDecision) ON (n.variant)"]
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

    def _reading(self, method: str, *args: Any) -> Any:
        """Run one of the writer's read methods in a read transaction."""
        def work(tx: Any) -> Any:
            out = getattr(_Writer(tx, self.batch_size), method)(*args)
            return list(out) if not isinstance(out, dict | list) else out

        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_read(work)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(self._describe(exc)) from None

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds (live)."""
        return self._reading("kinds_of", list(ids))

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every live node."""
        return iter(self._reading("name_index"))

    def decisions(self) -> list[dict[str, str]]:
        """Return the match decisions, oldest first."""
        return self._reading("decisions")

    def loads(self) -> list[dict[str, Any]]:
        """Return the history of loads, oldest first."""
        return self._reading("loads")

    def records(self) -> Iterator[Record]:
        """Yield every record, live and archived (ended), with its claims."""
        return iter(self._reading("records"))

    @staticmethod
    def _node_dict(props: dict[str, Any]) -> dict[str, Any]:
        props = dict(props)
        node = {"id": props.pop("id"), "kind": props.pop("kind")}
        sources = [json.loads(s) for s in props.pop("sources", [])]
        node.update(sorted((k, v) for k, v in props.items() if not k.startswith("_")))
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
            yield _edge_dict(r)

    def nodes_with_ids(self, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """Yield the nodes whose id is among ``ids`` (by the index on ``id``)."""
        for r in self._read(f"MATCH (n:{NODE_LABEL}) WHERE n.id IN $ids "
                            "RETURN properties(n) AS p ORDER BY n.id", ids=sorted(set(ids))):
            yield self._node_dict(r["p"])

    def edges_touching(self, ids: Iterable[str], rel_types: Iterable[str] | None = None,
                       within: set[str] | None = None,
                       side: str = "either") -> Iterator[dict[str, Any]]:
        """Yield the relationships (of these types) with an end among ``ids``, each once
        (by the index on ``id``); see :meth:`Store.edges_touching`."""
        if side not in ("either", "start", "end"):
            raise ValueError(f"side must be either, start or end, not {side!r}")
        types = ([_rel_type(t) for t in rel_types] if rel_types is not None
                 else list(REL_TYPES))
        ends = {"either": ("a", "b"), "start": ("a",), "end": ("b",)}[side]
        query = " UNION ".join(
            f"MATCH (a:{NODE_LABEL})-[r]->(b:{NODE_LABEL}) WHERE {end}.id IN $ids "
            "AND type(r) IN $types RETURN type(r) AS type, a.id AS source, b.id AS target, "
            "properties(r) AS p" for end in ends)
        for r in self._read(query, ids=sorted(set(ids)), types=types):
            if within is not None and (r["source"] not in within or r["target"] not in within):
                continue
            yield _edge_dict(r)

    # ------------------------------------------------------------------ writing

    def _in_transaction(self, work: Any) -> Any:
        """Run ``work(writer)`` in one managed write transaction: all of it, or nothing.

        The driver may retry the function; resolution leaves its batch untouched, so a
        retry starts clean.

        Raises
        ------
        StoreError
            When the server cannot be reached or fails (nothing of the work is visible).
        """
        from ..errors import InputError

        self.ensure_schema()
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(lambda tx: work(_Writer(tx, self.batch_size)))
        except InputError:
            raise
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"load failed, nothing was written: {self._describe(exc)}") \
                from None

    def clear(self) -> None:
        """Delete everything of this tool (facts, archive, history) from the database."""
        with self.driver.session(database=self.database) as session:
            for label in (NODE_LABEL, "SGArchive", "SGLoad", "SGDecision"):
                session.run(f"MATCH (n:{label}) CALL (n) {{ DETACH DELETE n }} "
                            "IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        """Close the driver."""
        self._close_quietly()


def _edge_dict(r: Any) -> dict[str, Any]:
    """A relationship row (``type``, ``source``, ``target``, properties ``p``) as
    :meth:`Store.edges` yields it."""
    props = dict(r["p"])
    key = props.pop("key", "")
    sources = [json.loads(s) for s in props.pop("sources", [])]
    props = {k: v for k, v in props.items() if not k.startswith("_")}
    return {**dict(sorted(props.items())), "type": r["type"], "start": r["source"],
            "end": r["target"], "key": key, "sources": sources}
