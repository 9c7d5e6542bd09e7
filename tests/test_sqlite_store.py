"""The embedded store: idempotent upserts, one transaction per load, provenance, projection."""

import json
import sqlite3

import networkx as nx
import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import InputError, StoreError
from stakeholder_graph.graph.model import Batch, Provenance, build_edge, build_node
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.graph.store import open_store
from stakeholder_graph.loaders import read_path


def _batch(*names: str) -> Batch:
    batch = Batch()
    for name in names:
        batch.add_node(build_node(f"slug:{name}", "Company", {"name": name.upper()}))
    return batch


def test_load_twice_changes_nothing(sqlite_store, example):
    first = sqlite_store.load(read_path(example))
    checksum = sqlite_store.content_checksum()
    second = sqlite_store.load(read_path(example))
    assert first.nodes_added == 134 and first.edges_added == 303
    assert not second.changed
    assert second.nodes_unchanged == 134 and second.edges_unchanged == 303
    assert sqlite_store.content_checksum() == checksum
    history = sqlite_store.loads()  # every load is recorded, with its counts
    assert len(history) == 2 and history[1]["counts"]["nodes_unchanged"] == 134
    assert history[1]["checksums"] == history[0]["checksums"] != {}


def test_failed_load_leaves_store_exactly_as_it_was(sqlite_store):
    sqlite_store.load(_batch("a", "b"))
    before = sqlite_store.content_checksum()
    bad = _batch("c")
    bad.add_edge(build_edge("PARTNERS_WITH", "slug:c", "slug:nobody", {}))
    with pytest.raises(InputError, match="unknown id 'slug:nobody'"):
        sqlite_store.load(bad)
    assert sqlite_store.node("slug:c") is None
    assert sqlite_store.content_checksum() == before


def test_provenance_accumulates_and_props_update(sqlite_store):

    batch = Batch()
    batch.add_node(build_node("slug:klm", "Company", {"name": "KLM", "source": "A"},
                              Provenance("a.csv", None, 2)))
    sqlite_store.load(batch)
    batch = Batch()
    batch.add_node(build_node("slug:klm", "Company", {"name": "KLM", "sector": "luchtvaart",
                                                      "source": "B"},
                              Provenance("b.xlsx", "Blad1", 7)))
    result = sqlite_store.load(batch)
    assert result.nodes_updated == 1
    node = sqlite_store.node("slug:klm")
    assert node["sector"] == "luchtvaart" and node["source"] == "A; B"
    assert node["sources"] == [{"file": "a.csv", "row": 2},
                               {"file": "b.xlsx", "sheet": "Blad1", "row": 7}]


def test_kind_conflict_with_store_is_rejected(sqlite_store):
    sqlite_store.load(_batch("x"))
    batch = Batch(nodes=[build_node("slug:x", "Theme", {"name": "X"})])
    with pytest.raises(InputError, match="a Theme here but a Company in the store"):
        sqlite_store.load(batch)


def test_another_kind_of_organisation_than_the_store_keeps_the_stores(sqlite_store):
    # Next month's export calls a company a school: one organisation, the store's kind
    # kept, the school's facts a company has no place for left out, all said in the review.
    sqlite_store.load(_batch("x"))
    batch = Batch(nodes=[build_node("slug:x", "School", {"name": "X", "level": "MBO",
                                                          "website": "x.nl"},
                                    Provenance("b.csv", None, 2))])
    result = sqlite_store.load(batch)
    node = sqlite_store.node("slug:x")
    assert node["kind"] == "Company" and node["website"] == "x.nl" and "level" not in node
    assert [(r["id"], r["candidate_id"], r["reason"]) for r in result.review] == [
        ("slug:x", "slug:x", "conflicting kind: a Company in the store, a School in b.csv "
         "row 2; the first is kept (correct the source if it is wrong); left out, as a "
         "Company has no such facts: level")]


def test_projection_has_all_attributes(sqlite_store, example):
    sqlite_store.load(read_path(example))
    graph = sqlite_store.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == 134 and graph.number_of_edges() == 303
    roc = graph.nodes["brin:25PZ"]
    assert roc["kind"] == "School" and roc["level"] == "MBO"
    assert roc["programmes"] == ["luchtvaarttechniek"]
    assert {"file": "noord-holland/organisaties.csv", "row": 27} in roc["sources"]
    edge = graph.edges["slug:klm", "brin:25PZ", "HOSTS_INTERNS_FROM:luchtvaarttechniek"]
    assert edge["type"] == "HOSTS_INTERNS_FROM" and edge["since"] == "2021"
    assert edge["source"].startswith("Brief GS Noord-Holland")
    assert edge["sources"][0]["file"] == "noord-holland/relaties.csv"


def test_projection_equals_the_one_networkx_builds_itself(sqlite_store, example):
    """to_networkx writes NetworkX's adjacency directly; add_edges_from gives the same
    graph: nodes, keys, attributes, and the order of successors and predecessors."""
    sqlite_store.load(read_path(example))
    for provenance in (True, False):
        graph = sqlite_store.to_networkx(provenance)
        reference = nx.MultiDiGraph()
        reference.add_nodes_from(sqlite_store._projected_nodes(provenance))
        reference.add_edges_from(sqlite_store._projected_edges(provenance))
        assert list(graph.nodes(data=True)) == list(reference.nodes(data=True))
        assert list(graph.edges(keys=True, data=True)) == \
            list(reference.edges(keys=True, data=True))
        assert list(graph.in_edges(keys=True, data=True)) == \
            list(reference.in_edges(keys=True, data=True))
        graph.add_edge("slug:klm", "slug:new", "PARTNERS_WITH")  # still an ordinary graph
        assert graph.has_edge("slug:klm", "slug:new") and "slug:new" in graph.pred


def test_store_is_one_sqlite_file_with_wal(db_path, example):
    api.load([example], str(db_path))
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    props = json.loads(conn.execute("SELECT props FROM nodes WHERE id='slug:techport'")
                       .fetchone()[0])
    assert props["name"] == "Techport"


def test_not_a_store(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE nodes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a stakeholder-graph store"):
        SQLiteStore(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(junk)


def test_missing_store_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "none.db", create=False)


def test_unsupported_uri():
    with pytest.raises(StoreError, match="unsupported store URI scheme 'http://'"):
        open_store("http://localhost:7474")


def test_copy_between_embedded_stores(tmp_path, example):
    api.load([example], str(tmp_path / "a.db"))
    api.copy(str(tmp_path / "a.db"), str(tmp_path / "b.db"))
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        assert a.content_checksum() == b.content_checksum()


def _big_batch(n: int = 15_000) -> Batch:
    """More records than one write slice (20,000): the threaded, index-rebuilding path."""
    batch = Batch(files=["big.csv"])
    for i in range(n):
        batch.add_node(build_node(f"slug:o{i}", "Company", {"name": f"O {i}"}))
    for i in range(n - 1):
        batch.add_edge(build_edge("PARTNERS_WITH", f"slug:o{i}", f"slug:o{i + 1}",
                                  {"since": "2020"}))
    return batch


def _indexes(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_big_load_equals_the_same_load_written_in_one_slice(tmp_path, monkeypatch):
    from stakeholder_graph.graph import sqlite_store as module

    with SQLiteStore(tmp_path / "sliced.db") as sliced:
        result = sliced.load(_big_batch())
        sliced_sum = sliced.content_checksum()
    assert result.nodes_added == 15_000 and result.edges_added == 14_999
    assert {"edges_source", "edges_target", "nodes_kind"} <= _indexes(tmp_path / "sliced.db")
    monkeypatch.setattr(module, "_SLICE", 10**9)  # one executemany, no helper thread
    with SQLiteStore(tmp_path / "whole.db") as whole:
        whole.load(_big_batch())
        assert whole.content_checksum() == sliced_sum
        # And again on top: nothing changes, in either way of writing.
        assert not whole.load(_big_batch()).changed


def test_big_load_failing_in_the_writer_thread_leaves_the_store_as_it_was(tmp_path,
                                                                          monkeypatch):
    from stakeholder_graph.graph import sqlite_store as module

    path = tmp_path / "g.db"
    with SQLiteStore(path) as store:
        store.load(_batch("klm"))
        before = store.content_checksum()
        calls = []
        real = module._Writer._insert

        def failing(self, nodes, edges):
            calls.append(len(nodes) + len(edges))
            if len(calls) == 2:
                raise sqlite3.OperationalError("database or disk is full")
            real(self, nodes, edges)

        monkeypatch.setattr(module._Writer, "_insert", failing)
        with pytest.raises(StoreError, match="disk is full"):
            store.load(_big_batch())
        assert len(calls) == 2
        assert store.content_checksum() == before
        assert store.stats()["total_nodes"] == 1
    assert {"edges_source", "edges_target"} <= _indexes(path)


def test_rows_written_many_per_statement_keep_every_character(tmp_path, monkeypatch):
    # Rows go to SQLite many per statement, as many as its limit on bound values allows
    # (999 on older builds); texts come back exactly, NUL and separators included.
    from stakeholder_graph.graph import sqlite_store as module

    odd = 'O\x00 "quoted" \\ é 😀 \x1f\n end'
    batch = _big_batch(12_000)
    batch.nodes[0] = build_node("slug:o0", "Company", {"name": odd})
    with SQLiteStore(tmp_path / "few.db") as few:
        few.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        few.load(batch)
        assert few.to_networkx().nodes["slug:o0"]["name"] == odd
        expected = few.content_checksum()
    monkeypatch.setattr(module, "_SLICE", 10**9)
    with SQLiteStore(tmp_path / "many.db") as many:
        many.load(batch)
        assert many.content_checksum() == expected


@pytest.mark.parametrize("file", ["a.csv", 'map "é"\\x.csv', "tab\there.csv", "😀.csv"])
def test_usual_rows_are_the_text_the_general_encoder_gives(file):
    # The usual claim (a CSV row) is written around its properties' JSON, its file's text
    # worked out once for the records that share it; every column must still be exactly
    # what encoding the record's state and claims gives.
    from stakeholder_graph.graph.history import Record, location
    from stakeholder_graph.graph.sqlite_store import _SEP, _fast_dumps, _Writer

    shared = {"source": 'brief "2026" é', "since": 2019}
    moment = "2026-01-01T00:00:00.000000Z"
    records = [Record("nodes", (f"slug:o{i}",), "Company",
                      [{"file": file, "row": i + 2, "props": {"name": f"O {i} \x00 ☃"},
                        "from": moment, "load": 3}]) for i in range(3)]
    records += [Record("edges", ("PARTNERS_WITH", "slug:o0", f"slug:o{i}", ""),
                       "PARTNERS_WITH", [{"file": file, "row": 9 + i, "props": shared,
                                          "from": moment, "load": 3}]) for i in (1, 2)]
    records.append(Record("nodes", ("slug:x",), "Company",  # a sheet: the general way
                          [{"file": file, "sheet": "Blad1", "row": 2, "props": {"name": "X"},
                            "from": moment, "load": 3}]))
    # A reference table's records have no row (the CBS municipalities), or a sheet alone.
    records.append(Record("nodes", ("cbs:GM0457",), "Municipality",
                          [{"file": file, "props": {"name": "Weesp é"}, "from": moment,
                            "load": 3}]))
    records.append(Record("nodes", ("slug:y",), "Company",
                          [{"file": file, "sheet": "Blad 2", "props": {"name": "Y"},
                            "from": moment, "load": 3}]))
    nodes, edges = _Writer._rows(records, {})
    for rec, row in zip(records, [*nodes[:3], *edges, *nodes[3:]], strict=True):
        claim = rec.claims[0]
        assert row[-5:] == (_fast_dumps(claim["props"]), _fast_dumps([location(claim)]),
                            _fast_dumps(rec.claims), None, f"{_SEP}{file}{_SEP}")
        assert json.loads(row[-3]) == rec.claims


@pytest.mark.parametrize("dataset,merges", [("examples", False), ("crm-2026", True),
                                            ("crm-heldout", True)])
def test_a_load_written_while_names_are_matched_is_the_load_written_after(
        dataset, merges, tmp_path, monkeypatch):
    # A big load is written in a savepoint while a second process matches its names; when
    # a name merges, that write is undone and the load written as resolved again. Either
    # way the store must hold what a load resolved in turn writes.
    from pathlib import Path

    import stakeholder_graph.resolve as module
    from stakeholder_graph.examples import example_path
    from stakeholder_graph.graph import sqlite_store

    path = example_path() if dataset == "examples" else \
        Path(__file__).parent / "data" / "messy" / dataset
    calls: list[str] = []
    for name in ("savepoint", "rollback_to", "release"):
        method = getattr(sqlite_store._Writer, name)
        monkeypatch.setattr(sqlite_store._Writer, name,
                            lambda self, n, _m=method, _name=name: calls.append(_name)
                            or _m(self, n))

    def stored(threshold: int, db: str) -> tuple:
        monkeypatch.setattr(module, "PARALLEL_MATCHING", threshold)
        with SQLiteStore(tmp_path / db) as store:
            result = store.load(read_path(path), at="2026-01-01T00:00:00Z")
            return (store.content_checksum(), result.counts(), result.merged,
                    result.review, store.decisions())

    in_turn = stored(10**9, "turn.db")
    assert calls == []
    assert stored(1, "forked.db") == in_turn
    assert calls == ["savepoint", "rollback_to", "release"] if merges else \
        ["savepoint", "release"]
    assert bool(in_turn[2]) == merges
