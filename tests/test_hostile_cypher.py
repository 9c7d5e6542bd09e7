"""Read-only ad-hoc Cypher is read-only, on the real Neo4j test server.

Without ``--write`` a statement is planned first (``EXPLAIN``) and refused unless the plan
only reads the graph; what passes runs in a read transaction of a read-access session.
"""

from __future__ import annotations

import http.server
import threading

import neo4j
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli
from stakeholder_graph.graph.model import Batch, build_node

pytestmark = pytest.mark.neo4j


@pytest.fixture
def filled(neo4j_store, neo4j_uri):
    neo4j_store.load(Batch(nodes=[build_node("slug:techport", "Campus", {"name": "Techport"})]))
    return neo4j_uri


def cypher(uri: str, statement: str, *extra: str):
    return CliRunner().invoke(cli, ["--store", uri, "cypher", statement, "--format", "csv",
                                    *extra])


def _refused(result, fragment: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: refused: "), result.stderr
    assert fragment in lines[0] and "add --write" in lines[0]


REFUSED = [
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV reads files"),
    ("SHOW TRANSACTIONS", "ShowTransactions is a command about the server"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TerminateTransactions"),
    ("SHOW PROCEDURES", "ShowProcedures"),
    ("CALL db.clearQueryCaches()", "procedure db.clearQueryCaches is not one of"),
    ("CALL dbms.listConfig()", "procedure dbms.listConfig"),
    ("CALL db.createLabel('Nieuw')", "procedure db.createLabel"),
    ("CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n", "IN TRANSACTIONS"),
    ("SHOW USERS", "administration commands"),
    ("CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)", "changes the schema"),
    ("MATCH (n:SGNode) SET n.name = 'weg'", "the statement writes"),
    ("MATCH (n) DETACH DELETE n", "the statement writes"),
]


@pytest.mark.parametrize(("statement", "why"), REFUSED, ids=[s for s, _ in REFUSED])
def test_statements_that_do_more_than_read_are_refused(filled, neo4j_store, statement, why):
    before = neo4j_store.content_checksum()
    _refused(cypher(filled, statement), why)
    assert neo4j_store.content_checksum() == before


def test_load_csv_from_a_url_sends_no_request(filled):
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n1,2\n")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/leak.csv"
        _refused(cypher(filled, f"LOAD CSV FROM '{url}' AS line RETURN line"), "LOAD CSV")
        # The same statement with --write does reach the server: the check above is real.
        allowed = cypher(filled, f"LOAD CSV FROM '{url}' AS line RETURN line", "--write")
    finally:
        server.shutdown()
    assert seen == ["/leak.csv"], seen
    assert allowed.exit_code in (0, 1)  # the server may forbid file/URL import by config


def test_terminate_cannot_kill_another_clients_running_load(filled, neo4j_uri):
    driver = neo4j.GraphDatabase.driver(neo4j_uri)
    try:
        with driver.session() as session:
            tx = session.begin_transaction()
            tx.run("CREATE (:Scratch {id: 'lopend'})").consume()
            ids = [r["transactionId"] for r in driver.execute_query(
                "SHOW TRANSACTIONS YIELD transactionId, currentQuery "
                "RETURN transactionId, currentQuery").records]
            assert ids
            for tid in ids:
                _refused(cypher(filled, f"TERMINATE TRANSACTIONS '{tid}'"),
                         "TerminateTransactions")
            tx.commit()  # still alive: the load goes through
        found = driver.execute_query("MATCH (s:Scratch {id: 'lopend'}) RETURN count(s) AS n")
        assert found.records[0]["n"] == 1
    finally:
        driver.execute_query("MATCH (s:Scratch) DELETE s")
        driver.close()


ALLOWED = [
    ("MATCH (c:Campus) RETURN c.name AS name", "name\nTechport\n"),
    ("CALL db.labels() YIELD label WHERE label = 'Campus' RETURN label", "label\nCampus\n"),
    ("RETURN 1 + 1 AS two", "two\n2\n"),
    ("MATCH (n:SGNode {id: $id}) RETURN n.name AS name", "name\nTechport\n"),
]


@pytest.mark.parametrize(("statement", "output"), ALLOWED, ids=[s for s, _ in ALLOWED])
def test_reads_and_allowed_procedures_still_work(filled, statement, output):
    result = cypher(filled, statement, "-p", "id=slug:techport")
    assert result.exit_code == 0, result.output
    assert result.output == output


def test_reads_run_in_read_access_mode(filled, neo4j_store, monkeypatch):
    """With the plan check switched off, the read-access session still stops a write."""
    from stakeholder_graph.graph import neo4j_store as module

    monkeypatch.setattr(module, "check_read_only", lambda query_type, plan: None)
    result = cypher(filled, "CREATE (:Scratch {id: 'durch'}) RETURN 1 AS one")
    assert result.exit_code == 1 and "read-only: add --write" in result.stderr
    assert neo4j_store.run_cypher("MATCH (s:Scratch) RETURN count(s) AS n")["n"][0] == 0


def test_write_is_allowed_with_the_flag(filled, neo4j_store):
    result = cypher(filled, "CREATE (:Scratch {id: 'z'}) RETURN 1 AS one", "--write")
    assert result.exit_code == 0 and result.output == "one\n1\n"
    neo4j_store.run_cypher("MATCH (s:Scratch) DELETE s", write=True)
