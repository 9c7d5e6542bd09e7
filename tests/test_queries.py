"""Named queries: exact rows on a tiny graph on both engines, parity on the example, CLI."""

import pandas as pd
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli
from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import read_path
from stakeholder_graph.loaders.cbs import municipality_batch
from stakeholder_graph.queries import QueryError, list_queries, run_query


def tiny() -> Batch:
    """Two ecosystems (Groot Amsterdam, Noord-Holland Noord) and one organisation nowhere."""
    b = municipality_batch(["GM0363", "GM0361"])
    for node_id, kind, props in [
        ("slug:a", "Company", {"name": "A", "sector": "luchtvaart", "labour_demand": "surplus"}),
        ("slug:b", "Company", {"name": "B", "sector": "energie", "labour_demand": "shortage"}),
        ("slug:c", "Company", {"name": "C", "sector": "luchtvaart"}),
        ("slug:d", "Company", {"name": "D", "sector": "maritiem"}),
        ("slug:e", "Company", {"name": "E", "sector": "bouw"}),
        ("brin:25PZ", "School", {"name": "ROC", "programmes": ["luchtvaarttechniek"]}),
        ("slug:camp", "Campus", {"name": "CAMP"}),
        ("slug:energietransitie", "Theme", {"name": "Energietransitie"}),
    ]:
        b.add_node(build_node(node_id, kind, props))
    for rel, src, dst, props in [
        ("LOCATED_IN", "slug:a", "cbs:GM0363", {}), ("LOCATED_IN", "slug:b", "cbs:GM0363", {}),
        ("LOCATED_IN", "brin:25PZ", "cbs:GM0363", {}), ("LOCATED_IN", "slug:c", "cbs:GM0361", {}),
        ("LOCATED_IN", "slug:camp", "cbs:GM0361", {}), ("LOCATED_IN", "slug:e", "cbs:GM0361", {}),
        ("PARTNERS_WITH", "slug:a", "brin:25PZ", {"since": "2020", "source": "test"}),
        ("HOSTS_INTERNS_FROM", "slug:b", "brin:25PZ", {"programme": "x"}),
        ("MEMBER_OF", "slug:c", "slug:camp", {}), ("MEMBER_OF", "slug:a", "slug:camp", {}),
        ("WORKS_ON", "slug:b", "slug:energietransitie", {}),
        ("INTRODUCED", "slug:d", "slug:a", {"status": "proposed"}),
    ]:
        b.add_edge(build_edge(rel, src, dst, props))
    return b


@pytest.fixture(params=["embedded", "neo4j"])
def tiny_store(request, tmp_path):
    if request.param == "embedded":
        store = SQLiteStore(tmp_path / "tiny.db")
    else:
        store = request.getfixturevalue("neo4j_store")
    store.load(tiny())
    yield store
    if request.param == "embedded":
        store.close()


def rows(frame: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in r) for r in frame.itertuples(index=False)]


def test_ecosystem_overview(tiny_store):
    frame = run_query(tiny_store, "ecosystem-overview")
    assert rows(frame) == [
        ("", 1, 1, 0, 0, 0, 0, 0, 0, 0),
        ("Groot Amsterdam", 4, 2, 1, 0, 1, 0, 1, 2, 1),
        ("Noord-Holland Noord", 4, 2, 0, 0, 1, 1, 0, 1, 1),
    ]


def test_stakeholders_filters(tiny_store):
    ids = lambda **p: list(run_query(tiny_store, "stakeholders", **p)["id"])  # noqa: E731
    assert ids(kind="company", ecosystem="groot amsterdam") == ["slug:a", "slug:b"]
    assert ids(theme="energietransitie") == ["slug:b"]
    assert ids(campus="CAMP") == ["slug:a", "slug:c"]
    assert ids(municipality="Alkmaar") == ["cbs:GM0361", "slug:c", "slug:camp", "slug:e"]


def test_neighbourhood(tiny_store):
    frame = run_query(tiny_store, "neighbourhood", organisation="A")
    assert rows(frame) == [
        ("INTRODUCED", "both", "slug:d", "D", "Company", None, "proposed", None),
        ("LOCATED_IN", "out", "cbs:GM0363", "Amsterdam", "Municipality", None, None, None),
        ("MEMBER_OF", "out", "slug:camp", "CAMP", "Campus", None, None, None),
        ("PARTNERS_WITH", "both", "brin:25PZ", "ROC", "School", "2020", None, "test"),
    ]


def test_intro_path_goes_through_organisations_only(tiny_store):
    frame = run_query(tiny_store, "intro-path", **{"from": "B", "to": "slug:c"})
    assert rows(frame) == [(1, 4, "B → ROC → A → CAMP → C",
                            "slug:b → brin:25PZ → slug:a → slug:camp → slug:c")]
    assert run_query(tiny_store, "intro-path", max_length=3, **{"from": "B", "to": "C"}).empty
    # a proposed introduction is not a link: D reaches nobody
    assert run_query(tiny_store, "intro-path", **{"from": "D", "to": "A"}).empty


def test_internship_hosts_nearest_first(tiny_store):
    frame = run_query(tiny_store, "internship-hosts", school="ROC")
    assert rows(frame) == [
        ("slug:a", "A", "Company", "luchtvaart", "Groot Amsterdam", 1),
        ("slug:c", "C", "Company", "luchtvaart", "Noord-Holland Noord", 3),
        ("slug:d", "D", "Company", "maritiem", "", None),
    ]
    assert list(run_query(tiny_store, "internship-hosts", school="ROC", limit=1)["id"]) == [
        "slug:a"]


def test_work_to_work(tiny_store):
    assert rows(run_query(tiny_store, "work-to-work")) == [
        ("Groot Amsterdam", "slug:a", "A", "brin:25PZ", "ROC", "slug:b", "B", 2)]
    assert run_query(tiny_store, "work-to-work", ecosystem="Noord-Holland Noord").empty


def test_isolated(tiny_store):
    assert rows(run_query(tiny_store, "isolated")) == [
        ("slug:e", "E", "Company", "Alkmaar", "Noord-Holland Noord")]


def test_cross_ecosystem_links(tiny_store):
    assert rows(run_query(tiny_store, "cross-ecosystem-links")) == [
        ("Groot Amsterdam", "slug:a", "A", "MEMBER_OF", "slug:camp", "CAMP",
         "Noord-Holland Noord")]


@pytest.mark.parametrize("name,params,message", [
    ("intro-pat", {}, "unknown query 'intro-pat' (did you mean 'intro-path'?)"),
    ("intro-path", {"from": "A"}, "missing parameter 'to'"),
    ("intro-path", {"from": "A", "to": "B", "too": "x"}, "unknown parameter 'too'"),
    ("neighbourhood", {"organisation": "Vattenfal"}, "no organisation 'Vattenfal'"),
    ("internship-hosts", {"school": "ROC", "programme": "kapper"}, "no sectors are known"),
    ("internship-hosts", {"school": "ROC", "limit": "ten"}, "must be a whole number"),
])
def test_bad_query_requests(tiny_store, name, params, message):
    with pytest.raises(QueryError) as info:
        run_query(tiny_store, name, **params)
    assert message in str(info.value)


@pytest.mark.neo4j
def test_every_query_gives_the_same_answer_on_both_stores(neo4j_store, example, tmp_path):
    neo4j_store.load(read_path(example))
    params = {"neighbourhood": {"organisation": "Techport"},
              "intro-path": {"from": "Vattenfall", "to": "Tech@Connect"},
              "internship-hosts": {"school": "brin:25PZ"}}
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.load(read_path(example))
        for spec in list_queries():
            p = params.get(spec.name, {})
            cypher = run_query(neo4j_store, spec.name, **p)
            networkx = run_query(embedded, spec.name, **p)
            assert not networkx.empty, spec.name
            pd.testing.assert_frame_equal(cypher, networkx, obj=spec.name)


def test_example_answers_a_werkambassadeur_recognises(example, tmp_path):
    with SQLiteStore(tmp_path / "g.db") as store:
        store.load(read_path(example))
        hosts = run_query(store, "internship-hosts", school="brin:25PZ")
        # aviation and maritime employers that do not take the students yet, nearest first
        assert list(hosts["name"]) == ["Royal Schiphol Group", "Fokker Services",
                                       "Damen Shipyards Den Helder"]
        path = run_query(store, "intro-path", **{"from": "Vattenfall", "to": "Tech@Connect"})
        assert path["route"][0] == ("Vattenfall → ROC van Amsterdam → Koninklijke Marine → "
                                    "Tech@Connect")


def test_cli_query_formats_and_errors(tmp_path, example):
    runner = CliRunner()
    db = str(tmp_path / "g.db")
    runner.invoke(cli, ["--store", db, "load", str(example)])
    listed = runner.invoke(cli, ["queries"])
    assert all(q.name in listed.output for q in list_queries())
    out = runner.invoke(cli, ["--store", db, "query", "work-to-work", "--format", "json"])
    assert out.exit_code == 0 and '"surplus": "Royal Schiphol Group"' in out.output
    xlsx = tmp_path / "hosts.xlsx"
    done = runner.invoke(cli, ["--store", db, "query", "internship-hosts", "-p",
                               "school=brin:25PZ", "--format", "xlsx", "-o", str(xlsx)])
    assert done.exit_code == 0 and pd.read_excel(xlsx)["naam"][0] == "Royal Schiphol Group"
    bad = runner.invoke(cli, ["--store", db, "cypher", "MATCH (n) RETURN n"])
    assert bad.exit_code == 1 and "needs a Neo4j store" in bad.stderr
    assert "internship-hosts" in bad.stderr


@pytest.mark.neo4j
def test_cli_cypher_read_only_and_syntax_errors(neo4j_uri, neo4j_store):
    neo4j_store.load(tiny())
    runner = CliRunner()
    base = ["--store", neo4j_uri, "cypher"]
    ok = runner.invoke(cli, [*base, "MATCH (n:SGNode {id: $id}) RETURN n.name AS name",
                             "-p", "id=slug:a", "--format", "csv"])
    assert ok.exit_code == 0 and ok.output == "name\nA\n"
    write = runner.invoke(cli, [*base, "CREATE (:SGNode {id: 'slug:z'})"])
    assert write.exit_code == 1 and "add --write" in write.stderr
    assert neo4j_store.node("slug:z") is None
    allowed = runner.invoke(cli, [*base, "--write", "CREATE (:Scratch {id: 'z'})"])
    assert allowed.exit_code == 0, allowed.output
    syntax = runner.invoke(cli, [*base, "MATCH (c:Campus RETURN c"])
    assert syntax.exit_code == 1 and "Cypher syntax error" in syntax.stderr
    assert "line 1, column 17" in syntax.stderr
    injected = runner.invoke(cli, [*base, "MATCH (n:SGNode {name: $name}) RETURN count(n) AS n",
                                   "-p", "name=A'}) DETACH DELETE n //"])
    assert injected.exit_code == 0 and neo4j_store.stats()["total_nodes"] > 0
