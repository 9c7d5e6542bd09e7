"""The benchmark's own measuring tools: the generated dataset loads through the normal
loaders, and the load-rate floor writes the rows the load writes (else its figure would
compare unlike work)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import read_path

BENCH = Path(__file__).parent.parent / "bench"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import generate
        import run
        yield generate, run
    finally:
        sys.path.remove(str(BENCH))


def _rows(db: Path) -> tuple[dict, dict]:
    """Nodes and relationships read from the generated files, as stored, by key."""
    conn = sqlite3.connect(db)
    nodes = {i: (k, json.loads(p), json.loads(s)) for i, k, p, s in conn.execute(
        "SELECT id, kind, props, sources FROM nodes WHERE files LIKE '%organisaties.csv%'")}
    edges = {(t, a, b, k): (json.loads(p), json.loads(s)) for t, a, b, k, p, s in conn.execute(
        "SELECT type, source, target, key, props, sources FROM edges WHERE files LIKE "
        "'%organisaties.csv%' OR files LIKE '%relaties.csv%'")}
    conn.close()
    return nodes, edges


def test_floor_writes_the_rows_the_load_writes(bench, tmp_path: Path) -> None:
    generate, run = bench
    orgs, rels = generate.generate(400, 3)
    data = generate.write_dataset(tmp_path / "data", orgs, rels)
    with SQLiteStore(tmp_path / "load.db") as store:
        loaded = store.load(read_path(data))
    assert loaded.nodes_added > 400 and loaded.edges_added > 1000

    rate = run.bulk_floor(data, tmp_path / "floor.db")
    assert rate > 0

    load_nodes, load_edges = _rows(tmp_path / "load.db")
    floor_nodes, floor_edges = _rows(tmp_path / "floor.db")
    assert len(load_nodes) == len(orgs)
    assert floor_nodes == {i: (k, p, [{"file": "organisaties.csv", "row": s[0]["row"]}])
                           for i, (k, p, s) in load_nodes.items()}
    assert set(floor_edges) == set(load_edges)
    for key, (props, sources) in load_edges.items():
        assert floor_edges[key][0] == props, key
        assert floor_edges[key][1][0]["row"] == sources[0]["row"], key
