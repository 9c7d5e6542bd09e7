"""The Neo4j store against a real server started by the suite (see conftest.py)."""

import csv
import socket
import subprocess
import sys
import time

import networkx as nx
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError, StoreError
from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.graph.neo4j_store import Neo4jStore
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import read_path
from stakeholder_graph.testing import Neo4jTestServer

pytestmark = pytest.mark.neo4j


def _edges(graph):
    return sorted((u, v, k, sorted(d.items(), key=str))
                  for u, v, k, d in graph.edges(keys=True, data=True))


def test_projection_equals_sqlite_on_the_example(neo4j_store, example, tmp_path):
    neo4j_store.load(read_path(example))
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.load(read_path(example))
        a, b = neo4j_store.to_networkx(), embedded.to_networkx()
        assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
        assert _edges(a) == _edges(b)
        assert nx.utils.graphs_equal(a, b)
        assert neo4j_store.stats() == embedded.stats()
        assert neo4j_store.content_checksum() == embedded.content_checksum()


def test_projection_without_provenance_is_the_same_minus_sources(neo4j_store, example,
                                                                   tmp_path):
    # SQLite reads a lean projection of its own (shared property values, interned ids);
    # Neo4j the generic one: both must give the full projection without `sources`.
    neo4j_store.load(read_path(example))
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.load(read_path(example))
        full = embedded.to_networkx()
        for lean in (embedded.to_networkx(provenance=False),
                     neo4j_store.to_networkx(provenance=False)):
            assert list(lean.nodes) == list(full.nodes)
            assert all("sources" not in d for _, d in lean.nodes(data=True))
            assert all("sources" not in d for *_, d in lean.edges(data=True))
            for node, data in full.nodes(data=True):
                assert lean.nodes[node] == {k: v for k, v in data.items() if k != "sources"}
            assert _edges(lean) == [(u, v, k, [(a, b) for a, b in d if a != "sources"])
                                    for u, v, k, d in _edges(full)]


def test_load_twice_changes_nothing(neo4j_store, example):
    first = neo4j_store.load(read_path(example))
    checksum = neo4j_store.content_checksum()
    second = neo4j_store.load(read_path(example))
    assert first.nodes_added == 134 and not second.changed
    assert neo4j_store.content_checksum() == checksum


def test_constraints_and_indexes_exist(neo4j_store, example):
    neo4j_store.load(read_path(example))
    neo4j_store.ensure_schema()  # idempotent
    names = {r["name"] for r in neo4j_store._read("SHOW CONSTRAINTS YIELD name")}
    assert {"sg_node_id", "sg_company_id", "sg_school_id"} <= names
    indexes = {r["name"] for r in neo4j_store._read("SHOW INDEXES YIELD name")}
    assert "sg_company_name" in indexes


def test_failed_load_is_invisible(neo4j_store):
    neo4j_store.load(Batch(nodes=[build_node("slug:a", "Company", {"name": "A"})]))
    before = neo4j_store.content_checksum()
    bad = Batch(nodes=[build_node("slug:b", "Company", {"name": "B"})])
    bad.add_edge(build_edge("PARTNERS_WITH", "slug:b", "slug:nobody", {}))
    with pytest.raises(InputError, match="unknown id 'slug:nobody'"):
        neo4j_store.load(bad)
    assert neo4j_store.node("slug:b") is None
    assert neo4j_store.content_checksum() == before


def test_injection_payloads_are_data(neo4j_store):
    payload = "x'}) DETACH DELETE n //"
    batch = Batch(nodes=[build_node("slug:a", "Company", {"name": payload, "note": "`Label`"})])
    neo4j_store.load(batch)
    assert neo4j_store.node("slug:a")["name"] == payload
    assert neo4j_store.stats()["total_nodes"] == 1


def test_cli_with_a_neo4j_uri_and_push_pull(neo4j_uri, neo4j_store, example, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "g.db")
    assert runner.invoke(cli, ["--store", db, "load", str(example)]).exit_code == 0
    pushed = runner.invoke(cli, ["--store", db, "push", "--to", neo4j_uri])
    assert pushed.exit_code == 0, pushed.output
    assert "134 new" in pushed.output
    stats_neo = runner.invoke(cli, ["--store", neo4j_uri, "stats", "--format", "json"]).output
    stats_sql = runner.invoke(cli, ["--store", db, "stats", "--format", "json"]).output
    assert stats_neo == stats_sql
    pulled_db = str(tmp_path / "pulled.db")
    assert runner.invoke(cli, ["--store", pulled_db, "pull", "--from", neo4j_uri]).exit_code == 0
    with SQLiteStore(db) as a, SQLiteStore(pulled_db) as b:
        assert a.content_checksum() == b.content_checksum()
    # load straight into Neo4j through --store
    loaded = runner.invoke(cli, ["--store", neo4j_uri, "load", str(example)])
    assert loaded.exit_code == 0 and "niets veranderd: de 134 organisaties" in loaded.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("uri,env,fragment", [
    ("bolt://127.0.0.1:{closed}", {}, "cannot reach Neo4j at bolt://127.0.0.1:"),
    ("{uri}", {"NEO4J_DATABASE": "nosuchdb"}, "has no database 'nosuchdb'"),
    ("{tls}", {}, "over TLS"),
])
def test_connection_faults_are_one_clear_line(neo4j_uri, uri, env, fragment):
    uri = uri.format(closed=_free_port(), uri=neo4j_uri,
                     tls=neo4j_uri.replace("bolt://", "bolt+s://"))
    result = CliRunner(env=env).invoke(cli, ["--store", uri, "stats"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fragment in lines[0], lines
    assert "Traceback" not in result.output


def test_wrong_password_is_clear_and_never_printed():
    with Neo4jTestServer(auth=True) as server:
        env = {"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "s3cret-Wrong!"}
        result = CliRunner(env=env).invoke(cli, ["--store", server.uri, "stats"])
        assert result.exit_code == 1
        assert "refused the credentials (user 'neo4j')" in result.stderr
        assert "s3cret-Wrong!" not in result.output
        with pytest.raises(StoreError):
            Neo4jStore(server.uri, username="neo4j", password="s3cret-Wrong!")


def _big_csv(path, n: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "kind", "sector"])
        for i in range(n):
            writer.writerow([f"slug:bedrijf-{i}", f"Bedrijf {i}", "Company", "techniek"])


def test_server_killed_mid_load_then_restart_and_rerun(tmp_path, example):
    data_dir, port = tmp_path / "neo4j-data", _free_port()
    big = tmp_path / "big.csv"
    _big_csv(big, 60_000)
    server = Neo4jTestServer(data_dir=data_dir, port=port)
    server.start()
    try:
        with Neo4jStore(server.uri) as store:
            store.load(read_path(example))
            before = store.content_checksum()
        load = subprocess.Popen([sys.executable, "-m", "stakeholder_graph", "--store",
                                 server.uri, "load", "--quiet", str(big)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Wait until the load's write transaction is running on the server, then kill it.
        with Neo4jStore(server.uri) as watcher:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                running = watcher._read("SHOW TRANSACTIONS YIELD currentQuery "
                                        "WHERE currentQuery STARTS WITH "
                                        "'UNWIND $rows AS row MERGE' "
                                        "RETURN count(*) AS n")[0]["n"]
                if running:
                    break
                assert load.poll() is None, load.communicate()
                time.sleep(0.05)
            else:
                pytest.fail("the load never started writing")
        server.kill()
        _, err = load.communicate(timeout=120)
        assert load.returncode == 1
        assert err.startswith("Error: load failed, nothing was written: "), err
        assert "Traceback" not in err
        server = Neo4jTestServer(data_dir=data_dir, port=port)
        server.start()
        with Neo4jStore(server.uri) as store:
            assert store.content_checksum() == before
        rerun = CliRunner().invoke(cli, ["--store", server.uri, "load", "--quiet", str(big)])
        assert rerun.exit_code == 0, rerun.output
        with Neo4jStore(server.uri) as store:
            assert store.stats()["nodes"]["Company"] == 60_000 + 10
    finally:
        server.stop()


def test_a_load_matching_names_in_a_second_process_equals_sqlite(neo4j_store, tmp_path,
                                                                 monkeypatch):
    # Neo4j has no savepoints: with names matched in a second process it waits for them
    # before writing. The CRM export merges name variants, so its ties are resolved again.
    from pathlib import Path

    import stakeholder_graph.resolve as module

    crm = Path(__file__).parent / "data" / "messy" / "crm-2026"
    monkeypatch.setattr(module, "PARALLEL_MATCHING", 1)
    neo4j_store.load(read_path(crm), at="2026-01-01T00:00:00Z")
    monkeypatch.setattr(module, "PARALLEL_MATCHING", 10**9)
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.load(read_path(crm), at="2026-01-01T00:00:00Z")
        assert neo4j_store.content_checksum() == embedded.content_checksum()
        assert neo4j_store.decisions() == embedded.decisions()
