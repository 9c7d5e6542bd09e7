"""Analysis and suggestions: exact values on tiny graphs, evidence-true explanations,
brokerage roles computed by hand, evaluation and the CLI."""

import json
import math

import networkx as nx
import pytest
from click.testing import CliRunner

from stakeholder_graph.analysis.brokers import betweenness_between, brokerage_roles, brokers
from stakeholder_graph.analysis.centrality import centrality
from stakeholder_graph.analysis.communities import (
    adjusted_rand_index,
    communities,
    normalized_mutual_information,
)
from stakeholder_graph.analysis.gaps import ecosystem_gaps
from stakeholder_graph.analysis.network import ecosystems, organisation_graph
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import read_path


def graph(nodes, edges):
    g = nx.MultiDiGraph()
    for node, attrs in nodes.items():
        g.add_node(node, **{"kind": "Company", "name": node.upper(), **attrs})
    for u, v, typ, *rest in edges:
        g.add_edge(u, v, key=typ, type=typ, **(rest[0] if rest else {}))
    return g


def regions(*names):
    """Region and municipality nodes so that organisations can be placed in ecosystems."""
    nodes, edges = {}, []
    for name in names:
        nodes[f"r{name}"] = {"kind": "Region", "name": name, "type": "labour_market_region"}
        nodes[f"m{name}"] = {"kind": "Municipality", "name": f"m{name}"}
        edges.append((f"m{name}", f"r{name}", "IN_REGION"))
    return nodes, edges


def test_centrality_on_a_path_is_exact():
    g = graph({"a": {}, "b": {}, "c": {}},
              [("a", "b", "PARTNERS_WITH"), ("b", "c", "PARTNERS_WITH")])
    frame = centrality(g).set_index("id")
    assert frame.loc["b", "degree"] == 2 and frame.loc["a", "degree"] == 1
    assert frame.loc["b", "betweenness"] == 1.0 and frame.loc["a", "betweenness"] == 0.0
    assert frame.loc["b", "closeness"] == 1.0
    assert frame.loc["a", "closeness"] == pytest.approx(2 / 3)
    assert frame.loc["b", "eigenvector"] == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    assert frame.loc["a", "eigenvector"] == pytest.approx(0.5, abs=1e-6)
    assert frame.loc["a", "pagerank"] == pytest.approx(frame.loc["c", "pagerank"])
    assert frame.loc["b", "rank_pagerank"] == 1
    assert not frame["betweenness_sampled"].any()


def test_centrality_samples_betweenness_above_the_limit():
    g = graph({str(i): {} for i in range(30)},
              [(str(i), str(i + 1), "PARTNERS_WITH") for i in range(29)])
    frame = centrality(g, exact_limit=10, k=10, seed=1)
    assert frame["betweenness_sampled"].all()


def test_link_types_parameter():
    g = graph({"a": {}, "b": {}, "c": {}},
              [("a", "b", "PARTNERS_WITH"), ("b", "c", "HOSTS_INTERNS_FROM")])
    frame = centrality(g, link_types=("PARTNERS_WITH",)).set_index("id")
    assert frame.loc["c", "degree"] == 0 and frame.loc["b", "degree"] == 1


def test_ecosystems_and_link_rules():
    nodes, edges = regions("X")
    nodes.update({"a": {}, "b": {}})
    edges += [("a", "mX", "LOCATED_IN"), ("a", "b", "INTRODUCED", {"status": "proposed"})]
    g = graph(nodes, edges)
    assert ecosystems(g)["a"] == "X" and ecosystems(g)["b"] is None
    assert organisation_graph(g).number_of_edges() == 0  # a proposed introduction is no link


def test_communities_and_agreement_measures():
    g = graph({"a": {}, "b": {}, "c": {}, "d": {}},
              [("a", "b", "PARTNERS_WITH"), ("c", "d", "PARTNERS_WITH")])
    frame, summary = communities(g)
    assert summary["communities"] == 2 and summary["modularity"] == pytest.approx(0.5)
    assert frame.groupby("community")["id"].apply(list).tolist() == [["a", "b"], ["c", "d"]]
    assert adjusted_rand_index([0, 0, 1, 1, 2], [0, 0, 1, 1, 2]) == 1.0
    # by hand: pair counts Σij = 1, Σa = 3, Σb = 2 of 6 pairs → (1 - 1) / (2.5 - 1) = 0
    assert adjusted_rand_index([0, 0, 0, 1], [0, 0, 1, 1]) == pytest.approx(0.0)
    # by hand: Σij = 2, Σa = 4, Σb = 2 of 10 pairs → (2 - 0.8) / (3 - 0.8) = 6 / 11
    assert adjusted_rand_index([0, 0, 1, 1, 1], [0, 0, 1, 1, 2]) == pytest.approx(6 / 11)
    assert normalized_mutual_information([0, 1], [1, 0]) == 1.0


def test_gould_fernandez_roles_by_hand():
    # a(1) → b(1) → c(2) → d(2) → b ; b → e(3)
    g = nx.DiGraph([("a", "b"), ("b", "c"), ("b", "e"), ("c", "d"), ("d", "b")])
    groups = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    roles = brokerage_roles(g, groups)
    # b: a→b→c representative, a→b→e representative, d→b→c itinerant, d→b→e liaison
    assert roles.loc["b"].to_dict() == {"coordinator": 0, "itinerant": 1, "representative": 2,
                                        "gatekeeper": 0, "liaison": 1, "total": 4}
    assert roles.loc["c"].to_dict()["gatekeeper"] == 1  # b→c→d: c and d share a group
    assert roles.loc["d"].to_dict()["representative"] == 1  # c→d→b
    assert roles.loc["a"]["total"] == 0 and roles.loc["e"]["total"] == 0


def test_coordinator_and_undirected_reading():
    g = nx.Graph([("a", "b"), ("b", "c")])
    roles = brokerage_roles(g, {"a": 1, "b": 1, "c": 1})
    assert roles.loc["b", "coordinator"] == 2  # a→b→c and c→b→a


def test_brokers_and_betweenness_between_ecosystems():
    nodes, edges = regions("X", "Y")
    nodes.update({"a": {}, "b": {}, "c": {}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mX", "LOCATED_IN"), ("c", "mY", "LOCATED_IN"),
              ("a", "b", "PARTNERS_WITH"), ("b", "c", "PARTNERS_WITH")]
    g = graph(nodes, edges)
    frame = brokers(g).set_index("id")
    assert frame.loc["b", "representative"] == 1 and frame.loc["b", "gatekeeper"] == 1
    assert frame.loc["b", "constraint"] == pytest.approx(0.5)
    assert frame.loc["b", "effective_size"] == pytest.approx(2.0)
    between = betweenness_between(g, "X", "Y")
    # NetworkX halves subset betweenness on undirected graphs (each path seen from both ends)
    assert between[["id", "betweenness"]].values.tolist() == [["b", 0.5]]


def test_ecosystem_gaps_expected_from_size_and_themes():
    nodes, edges = regions("X", "Y", "Z")
    nodes.update({"a": {}, "b": {}, "c": {}, "t": {"kind": "Theme", "name": "T"}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN"), ("c", "mZ", "LOCATED_IN"),
              ("a", "c", "PARTNERS_WITH"), ("a", "t", "WORKS_ON"), ("b", "t", "WORKS_ON")]
    frame = ecosystem_gaps(g := graph(nodes, edges)).set_index(["a", "b"])
    # sizes: 2 each (an organisation and its municipality); X–Y share a theme: weights 8, 4, 4
    assert frame.loc[("X", "Y"), "expected"] == pytest.approx(0.5)
    assert frame.loc[("X", "Z"), "links"] == 1
    assert frame.loc[("X", "Z"), "gap"] == pytest.approx(0.25 - 1)
    assert frame.loc[("X", "Y"), "gap"] == pytest.approx(0.5)
    assert g.number_of_nodes() == 10


@pytest.fixture(scope="module")
def example_graph(example, tmp_path_factory):
    with SQLiteStore(tmp_path_factory.mktemp("ex") / "g.db") as store:
        store.load(read_path(example))
        return store.to_networkx()


def test_cli_suggest_introduce_analyze_evaluate(tmp_path, example):
    runner = CliRunner()
    db = str(tmp_path / "g.db")
    runner.invoke(cli, ["--store", db, "load", str(example)])
    out = runner.invoke(cli, ["--store", db, "suggest", "--for", "Port of Amsterdam",
                              "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    first = rows[0]["b"]
    assert rows[0]["a"] == "Port of Amsterdam" and first != "Port of Amsterdam"
    made = runner.invoke(cli, ["--store", db, "introduce", "Port of Amsterdam",
                               first, "--status", "made", "--date", "2021-06-01"])
    assert made.exit_code == 0, made.output
    again = json.loads(runner.invoke(cli, ["--store", db, "suggest", "--for",
                                           "Port of Amsterdam", "--format", "json"]).output)
    assert again and all(r["b"] != first for r in again)
    for what in ("centrality", "communities", "brokers", "gaps"):
        result = runner.invoke(cli, ["--store", db, "analyze", what, "--top", "3"])
        assert result.exit_code == 0, (what, result.output)
    between = runner.invoke(cli, ["--store", db, "analyze", "brokers", "--between",
                                  "Groot Amsterdam", "Noord-Holland Noord", "--format", "json"])
    assert json.loads(between.output)[0]["name"] == "Werkambassadeur Noord-Holland"
    report = json.loads(runner.invoke(cli, ["--store", db, "evaluate", "--format", "json"]).output)
    assert set(report["metrics"]) >= {"engine", "adamic_adar"}
    bad = runner.invoke(cli, ["--store", db, "suggest", "--for", "Port of Amsterdm"])
    assert bad.exit_code == 1 and "did you mean 'Port of Amsterdam'" in bad.stderr


def test_demo_ends_with_ten_suggestions(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--to", str(tmp_path / "d.db")])
    assert result.exit_code == 0
    assert "Wie nu met wie verbinden" in result.output and "\n10. " in result.output


def test_sampled_closeness_tracks_the_exact_values():
    import pandas as pd

    from stakeholder_graph.analysis.centrality import _sampled_closeness

    g = nx.connected_watts_strogatz_graph(3000, 6, 0.1, seed=1)
    g.add_edges_from([(5000, 5001), (5001, 5002)])  # a small piece no pivot may reach
    exact, approx = nx.closeness_centrality(g), _sampled_closeness(g, 300, 0)
    assert pd.Series(exact).corr(pd.Series(approx), method="spearman") > 0.95
    assert approx[5001] == pytest.approx(exact[5001])
    assert max(abs(exact[n] - approx[n]) / exact[n] for n in g) < 0.1


def test_sampled_betweenness_tracks_the_exact_values():
    """igraph's pivot sums, scaled, estimate NetworkX's normalised betweenness."""
    import pandas as pd

    from stakeholder_graph.analysis.centrality import _sampled_betweenness

    g = nx.barabasi_albert_graph(2500, 3, seed=2)
    g.add_edges_from([(5000, 5001), (5001, 5002)])  # a piece of its own
    exact, approx = nx.betweenness_centrality(g), _sampled_betweenness(g, 500, 0)
    assert pd.Series(exact).corr(pd.Series(approx), method="spearman") > 0.9
    top = sorted(exact, key=exact.get, reverse=True)[:20]
    assert all(abs(exact[n] - approx[n]) / exact[n] < 0.25 for n in top)
    every = _sampled_betweenness(g, g.number_of_nodes(), 0)  # all pivots: exact
    assert all(every[n] == pytest.approx(exact[n], abs=1e-12) for n in g)
    # Half the pivots in a second process: the same sums.
    split = _sampled_betweenness(g, 500, 0, parallel_from=0)
    assert all(split[n] == pytest.approx(approx[n], rel=1e-9, abs=1e-15) for n in g)
    assert _sampled_betweenness(g, 500, 1, parallel_from=0) != split  # other pivots


def test_vectorised_eigenvector_equals_networkx_also_in_pieces():
    from stakeholder_graph.analysis.centrality import _eigenvector

    g = nx.karate_club_graph()
    g.add_edges_from([(100, 101, {"weight": 2}), (101, 102, {"weight": 1})])
    expected = nx.eigenvector_centrality(g, weight="weight", tol=1e-12, max_iter=10_000)
    mine = _eigenvector(g)
    assert all(mine[n] == pytest.approx(expected[n], abs=1e-8) for n in g)


def test_leiden_at_scale_finds_communities_as_good_as_networkx_louvain():
    from stakeholder_graph.analysis.communities import adjusted_rand_index, communities

    g = nx.MultiDiGraph()
    planted = nx.planted_partition_graph(8, 60, 0.2, 0.005, seed=3)
    for n in planted:
        g.add_node(str(n), kind="Company", name=f"org {n}")
    for u, v in planted.edges():
        g.add_edge(str(u), str(v), type="PARTNERS_WITH")
    slow_frame, slow = communities(g, fast_above=10_000)
    fast_frame, fast = communities(g, fast_above=10)
    assert fast["modularity"] >= slow["modularity"] - 0.02
    for frame in (slow_frame, fast_frame):
        blocks = [int(n) // 60 for n in frame["id"]]
        assert adjusted_rand_index(list(frame["community"]), blocks) > 0.9
    assert communities(g, fast_above=10)[1]["modularity"] == fast["modularity"]  # seeded


def test_leiden_communities_are_connected():
    # Leiden's refinement keeps every community connected (Louvain does not promise it).
    from stakeholder_graph.analysis.communities import communities

    g = nx.MultiDiGraph()
    plain = nx.relaxed_caveman_graph(30, 8, 0.3, seed=5)
    for n in plain:
        g.add_node(str(n), kind="Company", name=f"org {n}")
    for u, v in plain.edges():
        g.add_edge(str(u), str(v), type="PARTNERS_WITH")
    frame, summary = communities(g, fast_above=10)
    assert summary["communities"] > 5
    undirected = nx.Graph(plain)
    for _, members in frame.groupby("community"):
        assert nx.is_connected(undirected.subgraph(int(n) for n in members["id"]))


def test_edge_list_and_matrices_match_networkx_views():
    """The fast conversions read NetworkX's adjacency themselves: same edges, same order,
    same matrices as NetworkX's own views give."""
    from stakeholder_graph.analysis.centrality import _matrices
    from stakeholder_graph.analysis.network import indexed_edges

    g = nx.gnm_random_graph(300, 900, seed=4)
    for i, (u, v) in enumerate(g.edges()):
        g.edges[u, v]["weight"] = 1 + i % 3
    g.add_edge(7, 7, weight=5.0)  # a loop
    g.add_nodes_from([1000, 1001])  # alone
    nodes, sources, targets, weights = indexed_edges(g)
    assert nodes == list(g)
    assert [(nodes[a], nodes[b], w) for a, b, w in zip(sources, targets, weights,
                                                        strict=True)] == \
        list(g.edges(data="weight", default=1.0))
    _, weighted, plain = _matrices(g)
    assert (weighted != nx.to_scipy_sparse_array(g, nodelist=nodes, weight="weight")).nnz == 0
    assert (plain != nx.to_scipy_sparse_array(g, nodelist=nodes, weight=None)).nnz == 0


def test_pagerank_on_the_shared_matrix_equals_networkx():
    from stakeholder_graph.analysis.centrality import _matrices, _pagerank

    g = nx.barabasi_albert_graph(400, 2, seed=5)
    for i, (u, v) in enumerate(g.edges()):
        g.edges[u, v]["weight"] = 0.5 + i % 4
    g.add_edges_from([(900, 901, {"weight": 2.0})])  # a piece of its own
    g.add_node(999)  # dangling: no links at all
    nodes, weighted, _ = _matrices(g)
    expected = nx.pagerank(g, weight="weight")
    mine = dict(zip(nodes, _pagerank(weighted).tolist(), strict=True))
    assert all(mine[n] == pytest.approx(expected[n], abs=1e-12) for n in g)
    assert sum(mine.values()) == pytest.approx(1.0)


def test_betweenness_without_a_second_process_gives_the_same_sums(monkeypatch):
    """Where no process can be forked, the second half of the pivots is computed here."""
    import multiprocessing

    from stakeholder_graph.analysis import centrality as c
    from stakeholder_graph.analysis.network import to_igraph

    g = nx.barabasi_albert_graph(600, 2, seed=3)
    graph, _, _ = to_igraph(g)
    pivots = list(range(0, 600, 7))
    expected = graph.betweenness(directed=False, sources=pivots)
    assert c._betweenness_sums(graph, pivots, 0) == pytest.approx(expected, rel=1e-12)

    def no_fork(method=None):
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    assert c._betweenness_sums(graph, pivots, 0) == pytest.approx(expected, rel=1e-12)


def test_organisation_graph_equals_one_built_by_networkx(example_graph):
    """The organisation network is written into NetworkX's adjacency directly; built with
    is_link and add_edges_from it is the same, order included."""
    from stakeholder_graph.analysis.network import ecosystems, is_link, organisation_graph

    g = example_graph.copy()
    org_ids = [n for n, k in g.nodes(data="kind") if k == "Company"][:3]
    a, b, c = org_ids
    g.add_edge(a, b, key="INTRODUCED", type="INTRODUCED", status="proposed")  # not a link
    g.add_edge(b, c, key="INTRODUCED", type="INTRODUCED", status="made")
    g.add_edge(c, b, key="PARTNERS_WITH", type="PARTNERS_WITH", weight=2.5)  # both ways
    g.add_edge(a, a, key="PARTNERS_WITH", type="PARTNERS_WITH")  # a loop is no link
    mine = organisation_graph(g)

    eco = ecosystems(g)
    reference = nx.Graph()
    reference.add_nodes_from((n, {**g.nodes[n], "ecosystem": eco.get(n)})
                             for n in sorted(eco))
    for u, v, data in g.edges(data=True):
        if u == v or not is_link(data) or u not in reference or v not in reference:
            continue
        if reference.has_edge(u, v):
            edge = reference.edges[u, v]
            edge["types"] = sorted(set(edge["types"]) | {data["type"]})
            edge["weight"] += float(data.get("weight", 1.0))
        else:
            reference.add_edge(u, v, types=[data["type"]],
                               weight=float(data.get("weight", 1.0)))
    assert list(mine.nodes(data=True)) == list(reference.nodes(data=True))
    assert list(mine.edges(data=True)) == list(reference.edges(data=True))
    assert mine.edges[b, c]["types"] == ["INTRODUCED", "PARTNERS_WITH"]
    assert mine.edges[b, c]["weight"] == 3.5 and not mine.has_edge(a, a)
