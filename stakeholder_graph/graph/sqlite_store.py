"""The embedded store: one SQLite file, no server.

Nodes and relationships are rows with their properties, provenance and claims (see
:mod:`~stakeholder_graph.graph.history`) as JSON; ended facts keep their row with ``until``
set, and readers see live rows only. A load is
one ``BEGIN IMMEDIATE … COMMIT`` transaction: resolution reads and all writes happen inside
it, and any error rolls it back, so a failed load leaves the store as it was. The file uses
WAL journaling, so readers never wait; a second writer waits for the first (up to
``STAKEHOLDER_GRAPH_LOCK_TIMEOUT`` seconds, 30 minutes by default) and says so on stderr.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .history import Record, location, pack_counts, parse_moment, unpack_counts
from .store import Store

__all__ = ["SQLiteStore", "LOCK_TIMEOUT"]

SCHEMA_VERSION = "2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    props TEXT NOT NULL,
    sources TEXT NOT NULL,
    claims TEXT NOT NULL DEFAULT '[]',
    until TEXT,
    files TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);
CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES nodes(id),
    target TEXT NOT NULL REFERENCES nodes(id),
    key TEXT NOT NULL DEFAULT '',
    props TEXT NOT NULL,
    sources TEXT NOT NULL,
    claims TEXT NOT NULL DEFAULT '[]',
    until TEXT,
    files TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (type, source, target, key)
);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
CREATE TABLE IF NOT EXISTS loads (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    files TEXT NOT NULL,
    summary TEXT NOT NULL,
    checksums TEXT NOT NULL DEFAULT '{}',
    counts TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS decisions (
    variant TEXT NOT NULL,
    target TEXT NOT NULL,
    decision TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (variant, target)
);
"""
_CHUNK = 900  # stays below SQLite's limit on bound parameters
_SLICE = 20_000  # a write of more records goes through the writer thread (see _Writer.put)
_PART = 5_000  # records per slice handed to the writer thread: the first slice's rows and
# the last one's write are all that do not overlap (at 10k organisations, 63k records, put
# took 0.75 s in slices of 20,000 and 0.62 s in slices of 5,000, best of three)
_SEP = "\x1f"
_REBUILD = 1_000  # a write of more relationships than the table holds rebuilds its indexes


_BUSY_MS = 30_000  # a statement waits this long for a lock (reads during a checkpoint)
_LOCK_POLL_MS = 500  # a writer asks again this often while another one writes
LOCK_TIMEOUT = 1800.0
"""Seconds a writer waits for another one by default (a load of a million organisations
writes for about three minutes); ``STAKEHOLDER_GRAPH_LOCK_TIMEOUT`` sets another."""


def _lock_timeout() -> float:
    text = os.environ.get("STAKEHOLDER_GRAPH_LOCK_TIMEOUT")
    if not text:
        return LOCK_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not value >= 0:
        raise StoreError(f"STAKEHOLDER_GRAPH_LOCK_TIMEOUT={text!r}: expected seconds (a number)")
    return value


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:g} min" if seconds >= 60 else f"{seconds:g} s"


def notice(message: str) -> None:
    """Tell the person waiting what is going on (one line on stderr)."""
    print(message, file=sys.stderr, flush=True)


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_CACHE_KIB = 262_144  # SQLite's page cache: big loads insert into indexes at random places


def _unjsonable(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


try:  # the C encoder without the Python layers around it: most of a big load's JSON time
    from json.encoder import c_make_encoder as _c_make_encoder
    from json.encoder import encode_basestring as _encode_basestring

    _c_dumps = _c_make_encoder(None, _unjsonable, _encode_basestring, None, ":", ",", True,
                               False, True)

    def _fast_dumps(value: Any) -> str:
        return "".join(_c_dumps(value, 0))
except ImportError:  # pragma: no cover - CPython always has it
    _fast_dumps = _dumps


_TEXTS = 10_000  # property texts remembered while writing (see _one_claim_json)
_PLAIN_CLAIM = frozenset({"file", "sheet", "row", "props", "from", "load"})
_USUAL_CLAIM = frozenset({"file", "row", "props", "from", "load"})  # a CSV row's
_REFERENCE_CLAIM = frozenset({"file", "props", "from", "load"})  # a shipped table's (no row)


def _props_text(value: dict[str, Any], texts: dict[int, tuple[Any, str]] | None) -> str:
    """The JSON of a property dict, remembered in ``texts`` by identity when given (records
    of a big sheet share them: the ties of one type, year and citation); each entry keeps
    its dict, so an id is never reused while it is there."""
    if texts is None:
        return _fast_dumps(value)
    known = texts.get(id(value))
    if known is not None and known[0] is value:
        return known[1]
    text = _fast_dumps(value)
    if len(texts) >= _TEXTS:  # properties of their own after all: start again
        texts.clear()
    texts[id(value)] = (value, text)
    return text


def _one_claim_json(claim: dict[str, Any],
                    texts: dict[int, tuple[Any, str]] | None = None) -> tuple[str, str, str]:
    """Return the JSON of a record with one live claim: properties, sources, claims.

    The usual claim (file, maybe row and sheet, properties, load) is written around its
    properties' JSON instead of encoding them three times; the text is what
    :func:`_fast_dumps` gives (keys sorted).

    Examples
    --------
    >>> claim = {"file": "a.csv", "row": 2, "props": {"name": "KLM"}, "from": "t", "load": 1}
    >>> _one_claim_json(claim)[2] == _fast_dumps([claim])
    True
    >>> reference = {"file": "cbs.csv", "props": {"name": "Weesp"}, "from": "t", "load": 1}
    >>> _one_claim_json(reference)[1:] == (_fast_dumps([{"file": "cbs.csv"}]),
    ...                                    _fast_dumps([reference]))
    True

    ``texts``: see :func:`_props_text`.
    """
    props = _props_text(claim.get("props", {}), texts)
    if claim.keys() <= _PLAIN_CLAIM and "file" in claim and type(claim.get("row", 0)) is int \
            and "props" in claim and isinstance(claim.get("from"), str) \
            and type(claim.get("load")) is int:
        file = _encode_basestring(claim["file"])
        tail = f',"row":{claim["row"]}' if "row" in claim else ""  # the keys after "props"
        if "sheet" in claim:
            if not isinstance(claim["sheet"], str):
                return props, _fast_dumps([location(claim)]), _fast_dumps([claim])
            tail = f'{tail},"sheet":{_encode_basestring(claim["sheet"])}'
        return (props, f'[{{"file":{file}{tail}}}]',
                f'[{{"file":{file},"from":{_encode_basestring(claim["from"])},"load":'
                f'{claim["load"]},"props":{props}{tail}}}]')
    where_ = location(claim)
    return props, _fast_dumps([where_] if where_ else []), _fast_dumps([claim])


_COLUMNS = {"nodes": ("id", "kind", "props", "sources", "claims", "until", "files"),
            "edges": ("type", "source", "target", "key", "props", "sources", "claims", "until",
                      "files")}
_KEYS = {"nodes": ("id",), "edges": ("type", "source", "target", "key")}


@lru_cache(maxsize=64)
def _upsert(table: str, count: int) -> str:
    """Return the statement that inserts or updates ``count`` rows of a table.

    Examples
    --------
    >>> sql = _upsert("nodes", 2)
    >>> sql.count("?"), sql.split(" DO ")[1][:30]
    (14, 'UPDATE SET kind = excluded.kin')
    """
    columns, key = _COLUMNS[table], _KEYS[table]
    row = f"({', '.join('?' * len(columns))})"
    updated = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([row] * count)} "
            f"ON CONFLICT({', '.join(key)}) DO UPDATE SET {updated}")


def _node_order(record: Record) -> str:
    return record.key[0]


def _edge_order(record: Record) -> str:
    return _SEP.join(record.key)


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _Writer:
    """Reads and writes of one connection; the shared load logic drives it."""

    _NODE = "SELECT id, kind, claims FROM nodes"
    _EDGE = "SELECT type, source, target, key, claims FROM edges"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _holds_nothing(self) -> bool:
        """Whether the store has no node at all (so no relationship either): a new store's
        first load looks nothing up (asked each time: one statement, no rows read)."""
        return self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM nodes)").fetchone()[0] == 1

    # -- lookup (resolution)
    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        if self._holds_nothing():
            return found
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(
                f"SELECT id, kind FROM nodes WHERE until IS NULL AND id IN ({marks})",
                chunk).fetchall())
        return found

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        for node_id, kind, name, aliases in self.conn.execute(
                "SELECT id, kind, json_extract(props, '$.name'), "
                "coalesce(json_extract(props, '$.aliases'), '[]') FROM nodes "
                "WHERE until IS NULL"):
            yield node_id, kind, name or "", json.loads(aliases)

    def located_in(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT source, target FROM edges WHERE "
                                      "type = 'LOCATED_IN' AND until IS NULL"))

    def websites(self) -> dict[str, str]:
        if self._holds_nothing():
            return {}
        return dict(self.conn.execute(
            "SELECT id, json_extract(props, '$.website') AS site FROM nodes WHERE until IS NULL "
            "AND site IS NOT NULL"))

    def decisions(self) -> list[dict[str, str]]:
        return [{"variant": v, "target": t, "decision": d, "at": at} for v, t, d, at in
                self.conn.execute("SELECT variant, target, decision, at FROM decisions "
                                  "ORDER BY at, variant")]

    # -- records
    @staticmethod
    def _record(table: str, row: tuple) -> Record:
        if table == "nodes":
            return Record("nodes", (row[0],), row[1], json.loads(row[2]))
        return Record("edges", tuple(row[:4]), row[0], json.loads(row[4]))

    def fetch(self, table: str, keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], Record]:
        found: dict[tuple[str, ...], Record] = {}
        if not keys or self._holds_nothing():
            return found
        if table == "nodes":
            for chunk in _chunks([k[0] for k in keys]):
                marks = ",".join("?" * len(chunk))
                for row in self.conn.execute(f"{self._NODE} WHERE id IN ({marks})", chunk):
                    found[(row[0],)] = self._record("nodes", row)
            return found
        where = "(type = ? AND source = ? AND target = ? AND key = ?)"
        for chunk in _chunks(keys, _CHUNK // 4):
            cond = " OR ".join([where] * len(chunk))
            for row in self.conn.execute(f"{self._EDGE} WHERE {cond}",
                                         [v for k in chunk for v in k]):
                found[tuple(row[:4])] = self._record("edges", row)
        return found

    def fetch_claimed(self, files: list[str]) -> list[Record]:
        cond = " OR ".join(["instr(files, ?)"] * len(files))
        params = [f"{_SEP}{f}{_SEP}" for f in files]
        out = [self._record("nodes", r) for r in self.conn.execute(
            f"{self._NODE} WHERE until IS NULL AND ({cond})", params)]
        out += [self._record("edges", r) for r in self.conn.execute(
            f"{self._EDGE} WHERE until IS NULL AND ({cond})", params)]
        return out

    def fetch_touching(self, ids: list[str], include_ended: bool = False) -> list[Record]:
        found: dict[tuple[str, ...], Record] = {}
        live = "" if include_ended else " AND until IS NULL"
        for chunk in _chunks(ids, _CHUNK // 2):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    f"{self._EDGE} WHERE (source IN ({marks}) OR target IN ({marks})){live}",
                    chunk + chunk):
                found[tuple(row[:4])] = self._record("edges", row)
        return list(found.values())

    def put(self, records: list[Record], bar: Any = None) -> None:
        # Nodes before relationships (foreign keys), in slices, so that the JSON text of a
        # big load is never all in memory at once. SQLite writes one slice in a second
        # thread while this one prepares the next. It writes many rows per statement: with
        # one statement per row (executemany) the writer needs the interpreter lock for
        # every row and, while this thread is busy, waits for it every time (measured:
        # 100,000 rows in 0.3 s alone, not done after ten minutes beside a busy thread).
        nodes = [r for r in records if r.table == "nodes"]
        edges = [r for r in records if r.table == "edges"]
        # Writes go in key order: SQLite then adds to the end of its key indexes instead of
        # at random places all over a file bigger than its cache (SQLite alone, the
        # relationships of a million organisations: 80 s in random order, 35 s in key
        # order; 1k organisations, 7,233 rows: 47 ms against 51). One string per key sorts
        # several times faster than the key tuples.
        nodes.sort(key=_node_order)
        edges.sort(key=_edge_order)
        rebuild = self._drop_lookup_indexes(len(edges))
        if len(nodes) + len(edges) <= _SLICE:
            # No second thread here: one statement per row (executemany) is quicker than
            # binding thousands of rows per statement (1k organisations, 7,233 rows: 37 ms
            # against 48 ms, best of eight).
            for table, rows in zip(("nodes", "edges"), self._rows(nodes + edges),
                                   strict=True):
                self.conn.executemany(_upsert(table, 1), rows)
            for statement in rebuild:
                self.conn.execute(statement)
            if bar is not None:
                bar.update(len(nodes) + len(edges))
            return
        from concurrent.futures import ThreadPoolExecutor

        ordered = nodes + edges
        texts: dict[int, tuple[Any, str]] = {}
        with ThreadPoolExecutor(1, thread_name_prefix="stakeholder-graph-writer") as pool:
            pending = None
            for chunk in _chunks(ordered, _PART):
                rows = self._rows(chunk, texts)
                if pending is not None:
                    pending.result()  # one slice in writing at a time; raises its error
                pending = pool.submit(self._insert, *rows)
                if bar is not None:
                    bar.update(len(chunk))
            if pending is not None:
                pending.result()
        for statement in rebuild:
            self.conn.execute(statement)

    def _drop_lookup_indexes(self, count: int) -> list[str]:
        """Drop the relationships' look-up indexes before a write bigger than the table.

        Building an index once, sorted, is quicker than growing it row by row at random
        places. Returns the statements that build them again (in the same transaction).
        """
        if count < _REBUILD or self.conn.execute(  # counts no further than it needs
                "SELECT count(*) FROM (SELECT 1 FROM edges LIMIT ?)", (count,)).fetchone()[0] \
                >= count:
            return []
        found = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'edges' "
            "AND name IN ('edges_source', 'edges_target')").fetchall()
        for name, _ in found:
            self.conn.execute(f"DROP INDEX {name}")
        return [sql for _, sql in found]

    @staticmethod
    def _rows(chunk: list[Record],
              texts: dict[int, tuple[Any, str]] | None = None) -> tuple[list[tuple], list[tuple]]:
        nodes, edges = [], []
        texts = {} if texts is None else texts
        # The usual record of a big load has one claim of a CSV row: file, row, properties,
        # moment and load; a shipped reference table's (the CBS municipalities, regions and
        # their ties: 1,455 records in every load that names the country) has no row. Its
        # three texts are written around the parts that differ (the row number and the
        # properties' JSON); the parts the records of one file share are worked out once
        # (the text is what _fast_dumps gives, keys sorted).
        usual, reference = _USUAL_CLAIM, _REFERENCE_CLAIM
        head: tuple[Any, Any, Any] | None = None  # (file, moment, load) of the texts below
        files = sources = whole = opening = ""
        for rec in chunk:
            claims = rec.claims
            claim = claims[0] if len(claims) == 1 else None
            if claim is None:
                plain = rowed = False
            else:
                keys = claim.keys()
                rowed = keys == usual and type(claim["row"]) is int
                plain = rowed or keys == reference
            if plain:
                file, moment, load = claim["file"], claim["from"], claim["load"]
                if head is None or file is not head[0] or moment is not head[1] \
                        or load != head[2]:
                    if not (isinstance(file, str) and isinstance(moment, str)
                            and type(load) is int):
                        plain = False  # something unusual: the general way below
                    else:
                        head = (file, moment, load)
                        quoted = _encode_basestring(file)
                        files = f"{_SEP}{file}{_SEP}"
                        sources = f'[{{"file":{quoted},"row":'
                        whole = f'[{{"file":{quoted}}}]'
                        opening = (f'[{{"file":{quoted},"from":{_encode_basestring(moment)},'
                                   f'"load":{load},"props":')
            table = rec.table
            if plain:  # a node's properties are its own, a tie's mostly shared
                props = _props_text(claim["props"], texts if table == "edges" else None)
                if rowed:
                    n = claim["row"]
                    row = (props, f"{sources}{n}}}]", f'{opening}{props},"row":{n}}}]', None,
                           files)
                else:
                    row = (props, whole, f"{opening}{props}}}]", None, files)
            elif claim is not None and "to" not in claim and "via" not in claim:
                # One live claim: its properties and provenance are the record's.
                row = (*_one_claim_json(claim, texts if table == "edges" else None), None,
                       f"{_SEP}{claim['file']}{_SEP}" if "file" in claim else "")
            else:
                props_, sources_ = rec.last_state()
                row = (_fast_dumps(props_), _fast_dumps(sources_), _fast_dumps(claims),
                       rec.until, _SEP + _SEP.join(rec.files) + _SEP if rec.files else "")
            if table == "nodes":
                nodes.append((rec.key[0], rec.kind, *row))
            else:
                edges.append((*rec.key, *row))
        return nodes, edges

    def _insert(self, nodes: list[tuple], edges: list[tuple]) -> None:
        # Many rows per statement: Python binds them all, then SQLite inserts them without
        # coming back for the interpreter lock (see put).
        most = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        for table, rows in (("nodes", nodes), ("edges", edges)):
            step = max(1, most // len(_COLUMNS[table]))
            for i in range(0, len(rows), step):
                part = rows[i:i + step]
                self.conn.execute(_upsert(table, len(part)), list(chain.from_iterable(part)))

    # -- savepoints (a load written before its names are all matched)
    def savepoint(self, name: str) -> None:
        self.conn.execute(f"SAVEPOINT {name}")

    def rollback_to(self, name: str) -> None:
        self.conn.execute(f"ROLLBACK TO {name}")

    def release(self, name: str) -> None:
        self.conn.execute(f"RELEASE {name}")

    def delete(self, records: list[Record]) -> None:
        self.conn.executemany("DELETE FROM edges WHERE type = ? AND source = ? AND target = ? "
                              "AND key = ?", [r.key for r in records if r.table == "edges"])
        self.conn.executemany("DELETE FROM nodes WHERE id = ?",
                              [r.key for r in records if r.table == "nodes"])

    # -- history
    def last_load_at(self) -> str | None:
        row = self.conn.execute("SELECT max(at) FROM loads").fetchone()
        return row[0] if row else None

    def next_load(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM loads").fetchone()[0]

    def add_load(self, entry: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO loads (at, files, summary, checksums, counts) VALUES (?, ?, ?, ?, ?)",
            (entry["at"], _dumps(entry["files"]), entry["summary"], _dumps(entry["checksums"]),
             _dumps(pack_counts(entry))))

    def loads(self) -> list[dict[str, Any]]:
        return [unpack_counts({"id": i, "at": at, "files": json.loads(files),
                               "summary": summary, "checksums": json.loads(checksums),
                               "counts": json.loads(counts)})
                for i, at, files, summary, checksums, counts in self.conn.execute(
                    "SELECT id, at, files, summary, checksums, counts FROM loads ORDER BY id")]

    def put_decision(self, decision: dict[str, str]) -> None:
        self.conn.execute(
            "INSERT INTO decisions (variant, target, decision, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(variant, target) DO UPDATE SET decision = excluded.decision, "
            "at = excluded.at",
            (decision["variant"], decision["target"], decision["decision"], decision["at"]))


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

    def __init__(self, path: str | Path, create: bool = True,
                 lock_timeout: float | None = None) -> None:
        self.location = str(path)
        self.lock_timeout = lock_timeout if lock_timeout is not None else _lock_timeout()
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
            # A load's writes run in a helper thread, one at a time (see _Writer.put).
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_MS / 1000,
                                        check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
            self._prepare()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.location} as a stakeholder-graph store: "
                             f"{exc}") from None

    def _prepare(self) -> None:
        """Check the file is a store (or empty), switch it to WAL, write the schema if new."""
        # One statement, so one snapshot: two separate look-ups could fall either side of
        # another process committing the schema of a new store, and see "nodes" without "meta".
        tables = {name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name IN ('meta', 'nodes')")}
        has_meta = "meta" in tables
        if not has_meta and "nodes" in tables:
            raise StoreError(f"{self.location} is an SQLite file but not a stakeholder-graph "
                             "store")
        if has_meta:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is not None and row[0] == "1":
                self._migrate()
            elif row is None or row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.location} has store schema {row[0] if row else '?'}, "
                                 f"this version reads {SCHEMA_VERSION}")
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                self._switch_to_wal()
            except sqlite3.OperationalError as exc:
                if has_meta:
                    return  # a read-only store can still be read
                raise StoreError(f"cannot write {self.location}: {exc}") from None
        if not has_meta:
            self._write_schema()

    def _switch_to_wal(self, wait: float = 30.0) -> None:
        """Switch the file to WAL journaling, waiting while another process holds it.

        SQLite answers "database is locked" at once here, without its busy timeout: two
        loads starting together on a new store would otherwise fail one of them.
        """
        deadline = time.monotonic() + wait
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _write_schema(self) -> None:
        self._in_transaction(lambda w: self._create(w.conn))

    @staticmethod
    def _create(conn: sqlite3.Connection) -> None:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                     (SCHEMA_VERSION,))

    def _migrate(self) -> None:
        """Bring a schema-1 store (no claims) to schema 2, each fact keeping its sources."""
        def work(w: _Writer) -> None:
            conn = w.conn
            for table in ("nodes", "edges"):
                for column in ("claims TEXT NOT NULL DEFAULT '[]'", "until TEXT",
                               "files TEXT NOT NULL DEFAULT ''"):
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
            for column in ("checksums", "counts"):
                conn.execute(f"ALTER TABLE loads ADD COLUMN {column} TEXT NOT NULL DEFAULT '{{}}'")
            first = conn.execute("SELECT min(at) FROM loads").fetchone()[0] or "1970-01-01"
            first = parse_moment(first) if "T" in first else parse_moment(first + "T00:00")
            records = [Record("nodes", (i,), k, _claims_from(json.loads(p), json.loads(src),
                                                              first))
                       for i, k, p, src in conn.execute(
                           "SELECT id, kind, props, sources FROM nodes").fetchall()]
            for row in conn.execute("SELECT type, source, target, key, props, sources "
                                    "FROM edges").fetchall():
                records.append(Record("edges", tuple(row[:4]), row[0], _claims_from(
                    json.loads(row[4]), json.loads(row[5]), first)))
            w.put(records)
            self._create(conn)
        self._in_transaction(work)

    # ------------------------------------------------------------------ reading

    def _reading(self, method: str, *args: Any) -> Any:
        """Call one of the writer's read methods on this connection."""
        return getattr(_Writer(self.conn), method)(*args)

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the given ids that the store holds (live)."""
        return _Writer(self.conn).kinds_of(ids)

    def name_index(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` of every live node."""
        return _Writer(self.conn).name_index()

    def decisions(self) -> list[dict[str, str]]:
        """Return the match decisions, oldest first."""
        return _Writer(self.conn).decisions()

    def loads(self) -> list[dict[str, Any]]:
        """Return the history of loads, oldest first."""
        return _Writer(self.conn).loads()

    def nodes(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield live nodes as dicts: ``id``, ``kind``, properties and ``sources``."""
        sql = "SELECT id, kind, props, sources FROM nodes WHERE until IS NULL"
        rows = (self.conn.execute(sql + " AND kind = ? ORDER BY id", (kind,)) if kind
                else self.conn.execute(sql + " ORDER BY id"))
        for node_id, node_kind, props, sources in rows:
            yield {"id": node_id, "kind": node_kind, **json.loads(props),
                   "sources": json.loads(sources)}

    def edges(self, rel_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield live relationships as dicts: properties, ``type``, ``start``, ``end``, …"""
        sql = "SELECT type, source, target, key, props, sources FROM edges WHERE until IS NULL"
        order = " ORDER BY type, source, target, key"
        rows = (self.conn.execute(sql + " AND type = ?" + order, (rel_type,)) if rel_type
                else self.conn.execute(sql + order))
        for typ, source, target, key, props, sources in rows:
            yield {**json.loads(props), "type": typ, "start": source, "end": target,
                   "key": key, "sources": json.loads(sources)}

    def nodes_with_ids(self, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """Yield the live nodes whose id is among ``ids`` (by the primary key)."""
        for chunk in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            for node_id, kind, props, sources in self.conn.execute(
                    f"SELECT id, kind, props, sources FROM nodes WHERE until IS NULL "
                    f"AND id IN ({marks}) ORDER BY id", chunk):
                yield {"id": node_id, "kind": kind, **json.loads(props),
                       "sources": json.loads(sources)}

    def edges_touching(self, ids: Iterable[str], rel_types: Iterable[str] | None = None,
                       within: set[str] | None = None,
                       side: str = "either") -> Iterator[dict[str, Any]]:
        """Yield the live relationships (of these types) with an end among ``ids``, each
        once (by the indexes on either end; by the primary key for the start of given
        types); with ``within``, only those with both ends in it (checked before their
        properties are read); with ``side="start"`` (``"end"``) only those whose start
        (end) is among ``ids``."""
        if side not in ("either", "start", "end"):
            raise ValueError(f"side must be either, start or end, not {side!r}")
        types = sorted(set(rel_types)) if rel_types is not None else None
        typed = f" AND type IN ({','.join('?' * len(types))})" if types else ""
        seen: set[tuple[str, str, str, str]] = set()
        if types == []:
            return
        for end in {"either": ("source", "target"), "start": ("source",),
                    "end": ("target",)}[side]:
            for chunk in _chunks(sorted(set(ids)), _CHUNK - len(types or ())):
                marks = ",".join("?" * len(chunk))
                for typ, source, target, key, props, sources in self.conn.execute(
                        f"SELECT type, source, target, key, props, sources FROM edges "
                        f"WHERE {end} IN ({marks}) AND until IS NULL{typed}",
                        [*chunk, *(types or ())]):
                    if (typ, source, target, key) in seen or within is not None and (
                            source not in within or target not in within):
                        continue
                    seen.add((typ, source, target, key))
                    yield {**json.loads(props), "type": typ, "start": source, "end": target,
                           "key": key, "sources": json.loads(sources)}

    def records(self) -> Iterator[Record]:
        """Yield every record, live and ended, with its claims."""
        for row in self.conn.execute(_Writer._NODE + " ORDER BY id"):
            yield _Writer._record("nodes", row)
        for row in self.conn.execute(_Writer._EDGE + " ORDER BY type, source, target, key"):
            yield _Writer._record("edges", row)

    def node(self, node_id: str) -> dict[str, Any] | None:
        """Return one live node as a dict, or ``None``."""
        row = self.conn.execute("SELECT id, kind, props, sources FROM nodes WHERE id = ? "
                                "AND until IS NULL", (node_id,)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "kind": row[1], **json.loads(row[2]), "sources": json.loads(row[3])}

    def _projected_nodes(self, provenance: bool) -> Iterator[tuple[str, dict[str, Any]]]:
        if provenance:
            yield from super()._projected_nodes(provenance)
            return
        loads, intern = json.loads, sys.intern
        for node_id, kind, props in self.conn.execute(
                "SELECT id, kind, props FROM nodes WHERE until IS NULL ORDER BY id"):
            # Interned, so that the relationships below hold the same id objects.
            yield intern(node_id), {"kind": intern(kind), **loads(props)}

    def _projected_edges(self, provenance: bool) -> Iterator[tuple[str, str, str,
                                                                   dict[str, Any]]]:
        if provenance:
            yield from super()._projected_edges(provenance)
            return
        # Relationships of a big network share a few property sets (year, citation): each
        # is parsed once, and the edges share its values.
        parsed: dict[str, dict[str, Any]] = {}
        intern = sys.intern
        for typ, source, target, key, props in self.conn.execute(
                "SELECT type, source, target, key, props FROM edges WHERE until IS NULL "
                "ORDER BY type, source, target, key"):
            values = parsed.get(props)
            if values is None:
                values = parsed[props] = json.loads(props)
                if len(parsed) > 100_000:  # unique properties after all: stop remembering
                    parsed.clear()
            typ = intern(typ)
            yield (intern(source), intern(target), intern(f"{typ}:{key}") if key else typ,
                   {**values, "type": typ})

    # ------------------------------------------------------------------ writing

    def _in_transaction(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work(writer)`` in one ``BEGIN IMMEDIATE`` transaction: all or nothing.

        Raises
        ------
        StoreError
            When the file cannot be written (read-only, disk full, locked too long).
        """
        self._begin()
        try:
            result = work(_Writer(self.conn))
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise StoreError(f"cannot write {self.location}: {exc}") from None
        except BaseException:
            self._rollback()
            raise
        return result

    def _begin(self) -> None:
        """Start a write transaction, waiting while another process writes (a long load).

        SQLite's busy timeout alone gives up after it with "database is locked"; here the
        writer waits up to :attr:`lock_timeout` seconds, says once on stderr that it is
        waiting, and then starts: the load it carries is never lost.
        """
        deadline = time.monotonic() + self.lock_timeout
        told = False
        self.conn.execute(f"PRAGMA busy_timeout = {_LOCK_POLL_MS}")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise StoreError(f"cannot write {self.location}: {exc}") from None
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"cannot write {self.location}: another load has held it for "
                            f"{self.lock_timeout:g} s; try again when it has finished (or "
                            "allow a longer wait with STAKEHOLDER_GRAPH_LOCK_TIMEOUT)") from None
                    if not told:
                        notice(f"waiting for another load to finish writing {self.location}… "
                               f"(up to {_minutes(self.lock_timeout)})")
                        told = True
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection (and fold the WAL back into the file)."""
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]



def _claims_from(props: dict[str, Any], sources: list[dict[str, Any]],
                 at: str) -> list[dict[str, Any]]:
    """Claims for a fact of a schema-1 store: one per source, each with all properties."""
    return [{**s, "props": props, "from": at, "load": 0} for s in sources or [{}]]
