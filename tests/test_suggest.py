"""The suggestion engine: exact values on tiny typed graphs, explanations that only say what
the graph holds (a property test over random typed graphs and the example), memberships,
new contacts, learned weights, the evaluation and its baselines, the CLI and both stores."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakeholder_graph import api
from stakeholder_graph.analysis.evaluate import evaluate, hide_links
from stakeholder_graph.analysis.suggest import (
    DEFAULT_WEIGHTS,
    context,
    fit_model,
    suggest,
)
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import read_path

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))


def graph(nodes: dict, edges: list) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node, attrs in nodes.items():
        g.add_node(node, **{"kind": "Company", "name": node.upper(), **attrs})
    for u, v, typ, *rest in edges:
        g.add_edge(u, v, key=f"{typ}:{u}:{v}", type=typ, **(rest[0] if rest else {}))
    return g


def regions(*names: str) -> tuple[dict, list]:
    nodes, edges = {}, []
    for name in names:
        nodes[f"r{name}"] = {"kind": "Region", "name": name, "type": "labour_market_region"}
        nodes[f"m{name}"] = {"kind": "Municipality", "name": f"m{name}"}
        edges.append((f"m{name}", f"r{name}", "IN_REGION"))
    return nodes, edges


def only(what: str = "introductions", **weights: float) -> dict[str, float]:
    """These weights, every other one 0 (given weights override the defaults one by one)."""
    return {**dict.fromkeys(DEFAULT_WEIGHTS[what], 0.0), **weights}


def _facts_hold(g: nx.MultiDiGraph, evidence: list[dict]) -> None:
    """Every relationship and attribute a fact names is in the graph."""
    for fact in evidence:
        for source, rel, target in fact["edges"]:
            assert any(d.get("type") == rel for d in g.get_edge_data(source, target, default={})
                       .values()), (source, rel, target, fact["text"])
        for node, key, value in fact["attributes"]:
            data = g.nodes[node]
            if key == "programmes":
                assert value in data.get("programmes", []), (node, key, value)
            elif key in ("sector", "labour_demand", "kind"):
                assert str(data.get(key)) == str(value), (node, key, value)


@pytest.fixture(scope="module")
def example_graph(example, tmp_path_factory):
    with SQLiteStore(tmp_path_factory.mktemp("ex") / "g.db") as store:
        store.load(read_path(example))
        return store.to_networkx()


# -- exact values on tiny graphs ------------------------------------------------------------

def test_common_partner_score_and_words_are_exact():
    nodes, edges = regions("X", "Y")
    nodes.update({"a": {}, "b": {}, "p": {}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN"),
              ("a", "p", "PARTNERS_WITH"), ("b", "p", "PARTNERS_WITH")]
    frame = suggest(graph(nodes, edges), top=None, weights=only(partners_aa=1.0))
    row = frame[(frame["a_id"] == "a") & (frame["b_id"] == "b")].iloc[0]
    assert row["score"] == pytest.approx(1 / math.log(2))
    assert row["explanation"] == "beide werken samen met P"
    en = suggest(graph(nodes, edges), top=1, lang="en",
                 weights=only(partners_aa=1.0))
    assert en.loc[0, "explanation"] == "both work with P"


def test_a_three_step_path_proposes_a_contact_that_shares_nothing():
    nodes, edges = regions("X", "Y")
    nodes.update({n: {} for n in "axyb"})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN"),
              ("a", "x", "PARTNERS_WITH"), ("x", "y", "PARTNERS_WITH"),
              ("y", "b", "PARTNERS_WITH")]
    g = graph(nodes, edges)
    frame = suggest(g, for_org="a", top=None, cross_ecosystem=False)
    row = frame[frame["b_id"] == "b"].iloc[0]
    assert row["partners_aa"] == 0 and row["l3"] == pytest.approx(1 / math.sqrt(2 * 2))
    assert row["explanation"] == "A werkt samen met X; X werkt samen met Y; Y werkt samen met B"


def test_a_candidate_nothing_weighted_supports_is_not_suggested():
    # a surplus and a shortage make a role candidate; with that fact weighted 0 nothing
    # supports the pair, so it is no suggestion (the web app showed such rows, score 0.0,
    # with an empty "Waarom:")
    nodes, edges = regions("X", "Y")
    nodes.update({"a": {"labour_demand": "surplus"}, "b": {"labour_demand": "shortage"}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN")]
    g = graph(nodes, edges)
    weighted = suggest(g, for_org="a", top=None, weights=only(surplus_shortage=1.0))
    assert weighted["b_id"].tolist() == ["b"] and weighted.loc[0, "score"] > 0
    unweighted = suggest(g, for_org="a", top=None, weights=only(partners_aa=1.0))
    assert unweighted.empty


def test_a_shared_campus_counts_once_and_never_as_collaboration():
    nodes, edges = regions("X", "Y")
    nodes.update({"a": {}, "b": {}, "c": {"kind": "Campus", "name": "Techport"}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN"),
              ("a", "c", "MEMBER_OF"), ("b", "c", "MEMBER_OF")]
    frame = suggest(graph(nodes, edges), top=None, weights=only(shared_member_of=1.0))
    assert frame["explanation"].tolist() == ["beide zijn lid van Techport"]
    assert frame.loc[0, "partners_aa"] == 0 and frame.loc[0, "comember_partners"] == 0


def test_a_recorded_introduction_is_not_collaboration_and_blocks_the_pair():
    nodes, edges = regions("X", "Y")
    nodes.update({n: {} for n in "abc"})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN"), ("c", "mY", "LOCATED_IN"),
              ("a", "c", "INTRODUCED", {"status": "made"}), ("b", "c", "PARTNERS_WITH")]
    frame = suggest(graph(nodes, edges), top=None, cross_ecosystem=False)
    assert not frame["explanation"].str.contains("C werkt").any()
    assert not ((frame["a_id"] == "a") & (frame["b_id"] == "c")).any()


def test_a_school_trains_for_an_employer_only_through_a_recorded_programme():
    nodes, edges = regions("X", "Y")
    nodes.update({"s": {"kind": "School", "name": "ROC", "programmes": ["luchtvaarttechniek"]},
                  "t": {"kind": "School", "name": "Clusius College"},
                  "k": {"sector": "luchtvaart"}, "h": {"name": "Café"}})
    edges += [("s", "mX", "LOCATED_IN"), ("t", "mX", "LOCATED_IN"), ("k", "mY", "LOCATED_IN"),
              ("h", "mY", "LOCATED_IN")]
    frame = suggest(graph(nodes, edges), top=None)
    assert [(r.a_id, r.b_id) for r in frame.itertuples()] == [("s", "k")]
    assert frame.loc[0, "explanation"] == ("de opleiding luchtvaarttechniek van ROC past bij "
                                           "de sector luchtvaart van K")


def test_surplus_and_shortage_alone_can_propose_a_contact():
    nodes, edges = regions("X", "Y")
    nodes.update({"a": {"labour_demand": "surplus"}, "b": {"labour_demand": "shortage"}})
    edges += [("a", "mX", "LOCATED_IN"), ("b", "mY", "LOCATED_IN")]
    frame = suggest(graph(nodes, edges), top=None)
    assert frame.loc[0, "explanation"] == "A heeft personeel over en B zoekt personeel"


def test_memberships_from_co_members_partners_and_kind():
    nodes = {"a": {}, "b": {}, "c": {}, "x": {"kind": "Campus", "name": "X"},
             "y": {"kind": "Campus", "name": "Y"}}
    edges = [("a", "x", "MEMBER_OF"), ("b", "x", "MEMBER_OF"), ("b", "y", "MEMBER_OF"),
             ("c", "y", "MEMBER_OF"), ("a", "c", "PARTNERS_WITH")]
    g = graph(nodes, edges)
    frame = suggest(g, what="memberships", top=None,
                    weights=only("memberships", cf_aa=1.0, partners_in=1.0))
    row = frame[(frame["org_id"] == "a") & (frame["group_id"] == "y")].iloc[0]
    # cf: a and b share X (1 / log 2), and b is in Y; partners: c is in Y
    assert row["cf_aa"] == pytest.approx(1 / math.log(2)) and row["partners_in"] == 1
    assert row["score"] == pytest.approx(1 / math.log(2) + 1)
    assert row["explanation"] == ("A en B zijn beide lid van X, en B is lid van Y; "
                                  "A werkt samen met C, dat lid is van Y")
    assert not ((frame["org_id"] == "a") & (frame["group_id"] == "x")).any()  # already in X


def test_the_users_own_organisation_is_never_a_reason_nor_suggested(example_graph):
    own = "Werkambassadeur Noord-Holland"
    for what in ("introductions", "memberships"):
        frame = suggest(example_graph, what=what, top=None, cross_ecosystem=False)
        assert len(frame) > 20
        text = " ".join(frame["explanation"])
        assert own not in text
        names = set(frame["a"]) | set(frame["b"]) if what == "introductions" else set(
            frame["org"])
        assert own not in names


def test_a_big_group_weighs_less_than_a_small_one():
    nodes = {f"o{i}": {} for i in range(30)}
    nodes.update({"m": {"kind": "Programme", "name": "Manifest"},
                  "c": {"kind": "Campus", "name": "Campus"}})
    edges = [(f"o{i}", "m", "SIGNED") for i in range(30)]
    edges += [("o0", "c", "MEMBER_OF"), ("o1", "c", "MEMBER_OF"), ("o2", "c", "MEMBER_OF")]
    frame = suggest(graph(nodes, edges), top=None, cross_ecosystem=False,
                    weights=only(shared_signed=1.0, shared_member_of=1.0))
    by_pair = {(r.a_id, r.b_id): r for r in frame.itertuples()}
    assert by_pair[("o0", "o1")].score > by_pair[("o3", "o4")].score
    assert "(met nog 28 anderen)" in by_pair[("o3", "o4")].explanation


# -- explanations hold: property test and the example ---------------------------------------

KINDS = ["Company", "School", "PublicBody", "Campus", "Programme", "Event", "Theme"]
TYPES = {("Company", "Company"): "PARTNERS_WITH", ("Company", "School"): "HOSTS_INTERNS_FROM",
         ("School", "Company"): "PARTNERS_WITH", ("PublicBody", "Company"): "PARTNERS_WITH",
         ("Company", "Campus"): "MEMBER_OF", ("School", "Campus"): "MEMBER_OF",
         ("Company", "Programme"): "SIGNED", ("PublicBody", "Programme"): "FUNDED_BY",
         ("School", "Event"): "ATTENDED", ("Company", "Theme"): "WORKS_ON",
         ("School", "Theme"): "WORKS_ON"}


@st.composite
def typed_graphs(draw):
    n = draw(st.integers(4, 14))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=n, max_size=n))
    nodes = {f"n{i}": {"kind": k, "name": f"N{i}"} for i, k in enumerate(kinds)}
    for i, k in enumerate(kinds):
        if k == "Company" and draw(st.booleans()):
            nodes[f"n{i}"]["labour_demand"] = draw(st.sampled_from(["surplus", "shortage"]))
            nodes[f"n{i}"]["sector"] = draw(st.sampled_from(["luchtvaart", "energie"]))
        if k == "School" and draw(st.booleans()):
            nodes[f"n{i}"]["programmes"] = ["luchtvaarttechniek"]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                          max_size=3 * n))
    edges = []
    for i, j in pairs:
        rel = TYPES.get((kinds[i], kinds[j]))
        if rel and i != j:
            extra = {"source": "illustratief"} if (i + j) % 3 == 0 else {"source": "brief"}
            edges.append((f"n{i}", f"n{j}", rel, extra))
    return graph(nodes, edges)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_graphs())
def test_every_fact_an_explanation_names_is_in_the_graph(g):
    for what in ("introductions", "memberships"):
        try:
            frame = suggest(g, what=what, top=None, cross_ecosystem=False)
        except ValueError as exc:
            assert "nothing to suggest memberships for" in str(exc)
            continue
        for row in frame.itertuples():
            _facts_hold(g, row.evidence)
            for fact in row.evidence[:3]:
                assert fact["text"] in row.explanation
            if what == "introductions":
                assert not g.has_edge(row.a_id, row.b_id) or all(
                    d["type"] not in ("PARTNERS_WITH", "HOSTS_INTERNS_FROM")
                    for d in g.get_edge_data(row.a_id, row.b_id).values())


def test_every_fact_of_the_example_is_in_the_graph_and_illustrative_ones_say_so(example_graph):
    marked = 0
    for what in ("introductions", "memberships"):
        frame = suggest(example_graph, what=what, top=None, cross_ecosystem=False)
        for row in frame.itertuples():
            _facts_hold(example_graph, row.evidence)
            for fact in row.evidence:
                sources = [d.get("source", "") for s, rel, t in fact["edges"]
                           for d in example_graph.get_edge_data(s, t).values()
                           if d["type"] == rel]
                if any("illustratief" in s for s in sources):
                    assert fact["text"].endswith("(illustratief)")
                    marked += 1
    assert marked > 0
    assert "leidt op" not in " ".join(frame["explanation"])


def test_the_engines_ecosystems_are_the_networks(example_graph, synthetic_graph):
    from stakeholder_graph.analysis.network import ecosystems

    for g in (example_graph, synthetic_graph):
        ctx = context(g)
        theirs = ecosystems(g)
        assert {o: ctx.ecosystem_names[e] if e >= 0 else None
                for o, e in zip(ctx.orgs, ctx.eco, strict=True)} == {o: theirs[o]
                                                                      for o in ctx.orgs}


# -- selection, filters and bad input -------------------------------------------------------

def test_example_suggestions_cross_ecosystems_by_default(example_graph):
    frame = suggest(example_graph, top=10)
    assert len(frame) == 10
    assert (frame["a_ecosystem"] != frame["b_ecosystem"]).all()
    assert (frame["a_ecosystem"] != "").all() and (frame["b_ecosystem"] != "").all()


def test_memberships_of_one_group_and_bad_names(example_graph):
    frame = suggest(example_graph, what="memberships", group="techport", top=None)
    assert set(frame["group"]) == {"Techport"} and len(frame) > 3
    members = {u for u, v, t in example_graph.edges(data="type")
               if v == "slug:techport" and t == "MEMBER_OF"}
    assert not set(frame["org_id"]) & members
    with pytest.raises(ValueError, match="did you mean 'Techport'"):
        suggest(example_graph, what="memberships", group="Techprt")
    with pytest.raises(ValueError, match="nothing to suggest memberships for"):
        suggest(graph({"a": {}, "b": {}}, [("a", "b", "PARTNERS_WITH")]), what="memberships")
    with pytest.raises(ValueError, match="did you mean 'Tata Steel'"):
        suggest(example_graph, for_org="Tata Stel")


@pytest.mark.parametrize("weights, message", [
    ({"partners": 1.0}, "unknown weight 'partners'"),
    ({"l3": "x"}, "must be a number"),
    ({"l3": float("nan")}, "finite number"),
])
def test_bad_weights_are_one_clear_error(example_graph, weights, message):
    with pytest.raises(ValueError, match=message):
        suggest(example_graph, weights=weights)


# -- learned weights -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def synthetic_graph(tmp_path_factory):
    from generate import batches

    with SQLiteStore(tmp_path_factory.mktemp("syn") / "s.db") as store:
        store.load(next(batches(600, seed=3)))
        return store.to_networkx(provenance=False)


def test_weights_are_fitted_on_a_store_big_enough_and_default_on_a_tiny_one(
        synthetic_graph, example_graph):
    model = fit_model(context(synthetic_graph), "introductions")
    assert model.learned and model.fitted_on["positives"] > 50
    assert model.weights != DEFAULT_WEIGHTS["introductions"]
    assert min(model.weights.values()) >= 0 and max(model.weights.values()) > 0
    tiny = fit_model(context(example_graph), "introductions")
    assert not tiny.learned and tiny.weights == DEFAULT_WEIGHTS["introductions"]
    assert "fewer than" in tiny.describe()


def test_recorded_introductions_take_part_in_the_fit(synthetic_graph):
    g = synthetic_graph.copy()
    orgs = sorted(n for n, k in g.nodes(data="kind") if k == "Company")
    for i in range(0, 40, 2):
        g.add_edge(orgs[i], orgs[i + 1], type="INTRODUCED",
                   status="made" if i % 4 else "declined")
    model = fit_model(context(g), "introductions")
    assert model.fitted_on["introductions_made"] == 10
    assert model.fitted_on["introductions_declined"] == 10


def test_the_evaluation_never_trains_on_the_links_it_hides(synthetic_graph):
    train, hidden, _ = hide_links(synthetic_graph, "memberships", 0.1, seed=2)
    memberships = {(u, v) for u, v, t in train.edges(data="type")
                   if t in ("MEMBER_OF", "SIGNED", "FUNDED_BY", "ATTENDED")}
    assert hidden and not set(hidden) & memberships
    train, hidden, _ = hide_links(synthetic_graph, "introductions", 0.1, seed=2)
    ties = {(u, v) for u, v, t in train.edges(data="type")
            if t in ("PARTNERS_WITH", "HOSTS_INTERNS_FROM")}
    assert not any((u, v) in ties or (v, u) in ties for u, v in hidden)


def _balanced_loss(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """The objective of a balanced, L2-regularised logistic regression, intercept optimised."""
    from scipy.optimize import minimize_scalar

    positive = y > 0
    weight = np.where(positive, len(y) / (2 * positive.sum()), len(y) / (2 * (~positive).sum()))

    def at(b: float) -> float:
        z = x @ w + b
        return float((weight * np.logaddexp(0, np.where(positive, -z, z))).sum() / len(y)
                     + w @ w / (2 * len(y)))

    return minimize_scalar(at).fun


def test_the_bounded_logistic_regression_finds_the_unbounded_optimum_when_it_is_positive():
    from stakeholder_graph.analysis.suggest.model import logistic_regression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.5 * x[:, 1] + rng.normal(size=400) > 0).astype(float)
    w = logistic_regression(x, y)
    assert (w > 0).all()
    for j in range(2):  # an interior optimum: the objective's slope is 0 in every direction
        step = np.eye(2)[j] * 1e-4
        slope = (_balanced_loss(x, y, w + step) - _balanced_loss(x, y, w - step)) / 2e-4
        assert abs(slope) < 1e-3
    # a feature that only hurts gets weight 0, not a negative one
    hurting = np.c_[x, -x[:, 0] + rng.normal(scale=0.1, size=400)]
    assert logistic_regression(hurting, y)[2] == 0.0


# -- evaluation ------------------------------------------------------------------------------

def test_introduction_baselines_equal_networkx_on_the_same_split(example_graph):
    from stakeholder_graph.analysis.evaluate import _introduction_baselines
    from stakeholder_graph.analysis.network import organisation_graph

    org = organisation_graph(example_graph)
    nodes = sorted(org)
    pairs = [(u, v) for i, u in enumerate(nodes) for v in nodes[i + 1:] if not org.has_edge(u, v)]
    index = {n: i for i, n in enumerate(nodes)}
    rows = np.array([index[u] for u, _ in pairs])
    cols = np.array([index[v] for _, v in pairs])
    mine = _introduction_baselines(example_graph, nodes, rows, cols, seed=0)
    for name, fn in (("adamic_adar", nx.adamic_adar_index),
                     ("resource_allocation", nx.resource_allocation_index),
                     ("preferential_attachment", nx.preferential_attachment)):
        theirs = np.array([s for _, _, s in fn(org, pairs)])
        assert np.allclose(mine[name], theirs), name
    theirs = np.array([len(list(nx.common_neighbors(org, u, v))) for u, v in pairs])
    assert np.allclose(mine["common_neighbours"], theirs)


def test_membership_baselines_by_hand():
    import scipy.sparse as sp

    from stakeholder_graph.analysis.evaluate import _membership_baselines

    # orgs 0,1,2; groups 0,1: 0∈{0}, 1∈{0,1}, 2∈{1}
    b = sp.csr_matrix(np.array([[1, 0], [1, 1], [0, 1]], dtype=float))
    scores = _membership_baselines(b, np.array([0, 2]), np.array([1, 0]), seed=0)
    # org 0 → group 1: co-member 1 shares group 0 (size 2) and is in group 1
    assert scores["adamic_adar_cf"] == pytest.approx([1 / math.log(2)] * 2)
    assert scores["resource_allocation_cf"] == pytest.approx([0.5, 0.5])
    assert scores["preferential_attachment"].tolist() == [2.0, 2.0]
    assert scores["l3"].tolist() == [1.0, 1.0]
    assert scores["l3_normalised"] == pytest.approx([1 / math.sqrt(2 * 2)] * 2)


@pytest.mark.parametrize("what, baselines", [
    ("introductions", {"random", "preferential_attachment", "common_neighbours", "adamic_adar",
                       "resource_allocation", "l3"}),
    ("memberships", {"random", "preferential_attachment", "adamic_adar_cf",
                     "resource_allocation_cf", "l3", "l3_normalised"}),
])
def test_evaluate_compares_the_engine_with_baselines_that_fit_the_question(
        synthetic_graph, what, baselines):
    report = evaluate(synthetic_graph, what=what, holdout=0.2, seed=1)
    assert set(report["metrics"]) == baselines | {"engine"}
    assert report["split"]["hidden"] > 5
    for metrics in report["metrics"].values():
        assert 0 <= metrics["auc"] <= 1 and 0 <= metrics["precision_at_k"] <= 1
    assert report["metrics"]["engine"]["auc"] > report["metrics"]["random"]["auc"]


# -- the CLI and both stores -----------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("demo") / "d.db")
    api.demo(db)
    return db


@pytest.mark.parametrize("args, check", [
    (["suggest", "--memberships", "--group", "Techport", "--format", "json"],
     lambda out: {r["group"] for r in json.loads(out)} == {"Techport"}),
    (["suggest", "--memberships", "--for", "Port of Amsterdam", "--format", "json"],
     lambda out: {r["org"] for r in json.loads(out)} == {"Port of Amsterdam"}),
    (["suggest", "--top", "all", "--format", "json"], lambda out: len(json.loads(out)) > 10),
    (["suggest", "--explain-model"],
     lambda out: "partners_aa" in out and "standaardgewichten" in out),
    (["suggest", "--explain-model", "--memberships", "--lang", "en"],
     lambda out: "memberships: weights from" in out),
    (["evaluate", "--memberships", "--seeds", "2"],
     lambda out: "adamic_adar_cf" in out and "best AUC" in out),
])
def test_cli_suggest_and_evaluate(demo_store, args, check):
    result = CliRunner().invoke(cli, ["--store", demo_store, *args])
    assert result.exit_code == 0, result.output
    assert check(result.stdout), result.stdout


@pytest.mark.parametrize("args, message", [
    (["suggest", "--memberships", "--group", "Techprt"], "did you mean 'Techport'"),
    (["suggest", "--weight", "partners=2"], "unknown weight 'partners'"),
    (["suggest", "--top", "0"], "not at least 1"),
    (["suggest", "--group", "Techport"], "--group goes with --memberships"),
])
def test_cli_bad_input_is_one_line(demo_store, args, message):
    result = CliRunner().invoke(cli, ["--store", demo_store, *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.neo4j
def test_same_suggestions_from_both_stores(neo4j_store, example, tmp_path):
    neo4j_store.load(read_path(example))
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.load(read_path(example))
        for what in ("introductions", "memberships"):
            a = api.suggest(embedded, what=what, top=20)
            b = api.suggest(neo4j_store, what=what, top=20)
            assert a.drop(columns="evidence").equals(b.drop(columns="evidence")), what
            assert a["evidence"].tolist() == b["evidence"].tolist()


# -- the benchmarks run ------------------------------------------------------------------------

@pytest.mark.parametrize("script, args, expected", [
    ("suggest_quality.py", ["--seeds", "1", "--sizes", "300"],
     ["synthetic, 300 organisations, memberships", "Davis southern women", "best baseline"]),
    ("suggest_speed.py", ["--n", "300", "--big", "0"], ["ratio NetworkX / suggest"]),
])
def test_suggestion_benchmarks_run(script, args, expected):
    import subprocess

    bench = Path(__file__).parent.parent / "bench"
    done = subprocess.run([sys.executable, str(bench / script), *args], capture_output=True,
                          text=True, timeout=600, cwd=bench.parent)
    assert done.returncode == 0, done.stderr
    for text in expected:
        assert text in done.stdout, done.stdout


def test_the_api_reuses_the_engines_inputs_until_the_store_changes(tmp_path):
    db = str(tmp_path / "d.db")
    api.demo(db)
    first = api.suggest(db, for_org="Tata Steel")
    key = next(k for k in api._ENGINE_CACHE if k[0][0] == str(Path(db).resolve()))
    assert api.suggest(db, for_org="Tata Steel").equals(first)  # from the cache
    api.introduce("Tata Steel", first.loc[0, "b"], "made", db)
    again = api.suggest(db, for_org="Tata Steel")
    assert first.loc[0, "b"] not in set(again["b"])  # the write was seen
    assert key not in api._ENGINE_CACHE or len(api._ENGINE_CACHE) <= 2


def _projections(monkeypatch, kind: type = SQLiteStore) -> list[str]:
    """Count the projections of stores of ``kind`` that ``api`` makes from now on."""
    calls: list[str] = []
    real = kind.to_networkx

    def counted(self, *args, **kwargs):
        calls.append(str(getattr(self, "path", None) or self.location))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(kind, "to_networkx", counted)
    return calls


@pytest.mark.parametrize("what", ["introductions", "memberships"])
def test_warm_prepares_what_the_first_question_would(tmp_path, monkeypatch, what):
    db = str(tmp_path / "d.db")
    api.demo(db)
    api._ENGINE_CACHE.clear()
    cold = api.suggest(db, what=what, for_org="Tata Steel", top=5)
    api._ENGINE_CACHE.clear()
    calls = _projections(monkeypatch)
    ready = api.warm(db)
    assert ready["organisations"] > 20 and ready["groups"] > 5 and calls == [db]
    assert api.suggest(db, what=what, for_org="Tata Steel", top=5).equals(cold)
    assert calls == [db]  # the question projected nothing


@pytest.mark.parametrize("status, options", [
    ("made", {}), ("declined", {}), ("proposed", {}),
    ("made", {"weights": None, "lang": "en"}),  # what the CLI passes
    ("made", {"weights": {"partners_aa": 1.0, "comember_partners": 1.0}}), ("made", {"seed": 3})])
def test_an_introduction_carries_the_warm_engine_over_and_answers_as_a_fresh_one(
        tmp_path, monkeypatch, status, options):
    db = str(tmp_path / "d.db")
    api.demo(db)
    api.warm(db)
    first = api.suggest(db, for_org="Tata Steel", top=5, **options)
    calls = _projections(monkeypatch)
    api.introduce("Tata Steel", first.loc[0, "b"], status, db)
    carried = api.suggest(db, for_org="Tata Steel", top=5, **options)
    assert calls == []  # neither the write nor the next question projected the store
    assert (first.loc[0, "b"] in set(carried["b"])) == (status == "proposed")
    api._ENGINE_CACHE.clear()
    fresh = api.suggest(db, for_org="Tata Steel", top=5, **options)  # as projected anew
    assert carried.equals(fresh) and calls == [db]


def test_a_load_after_warm_is_seen_by_the_next_question(tmp_path):
    db = str(tmp_path / "d.db")
    api.demo(db)
    api.warm(db)
    orgs, ties = tmp_path / "orgs.csv", tmp_path / "rel.csv"
    orgs.write_text("Naam;Soort;Gemeente\nNieuwe Werf Den Helder;Bedrijf;Den Helder\n",
                    encoding="utf-8")
    ties.write_text("Van;Naar;Relatie\nNieuwe Werf Den Helder;Tata Steel;Partner\n",
                    encoding="utf-8")
    api.load([orgs, ties], db)
    found = api.suggest(db, for_org="Nieuwe Werf Den Helder", top=3)
    assert len(found) and set(found["a"]) == {"Nieuwe Werf Den Helder"}


def test_a_neo4j_store_is_projected_once_until_its_history_moves(neo4j_store, monkeypatch,
                                                                  tmp_path):
    from stakeholder_graph.examples import example_path
    from stakeholder_graph.graph.neo4j_store import Neo4jStore

    api.load([example_path()], neo4j_store)
    calls: list[str] = []
    real = Neo4jStore.to_networkx
    monkeypatch.setattr(Neo4jStore, "to_networkx",
                        lambda self, *a, **k: calls.append("projected") or real(self, *a, **k))
    api.warm(neo4j_store)
    first = api.suggest(neo4j_store, for_org="Tata Steel", top=5)
    assert calls == ["projected"]
    api.introduce("Tata Steel", first.loc[0, "b"], "made", neo4j_store)
    after = api.suggest(neo4j_store, for_org="Tata Steel", top=5)
    assert calls == ["projected"] and first.loc[0, "b"] not in set(after["b"])
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("Naam;Soort;Gemeente\nNieuwe Werf Den Helder;Bedrijf;Den Helder\n",
                    encoding="utf-8")
    api.load([orgs], neo4j_store)  # a load: the history moves
    api.suggest(neo4j_store, for_org="Tata Steel", top=5)
    assert calls == ["projected", "projected"]


def test_suggestions_as_of_a_date_are_the_network_then_and_kept(tmp_path, monkeypatch):
    from stakeholder_graph.analysis.suggest import suggest as engine
    from stakeholder_graph.graph.store import Snapshot

    db = str(tmp_path / "d.db")
    api.demo(db)
    with api.open_store(db) as store:
        then = store.loads()[-1]["at"]
        past = engine(store.as_of(then).to_networkx(provenance=False), for_org="slug:tata-steel",
                      top=5)
    orgs, ties = tmp_path / "orgs.csv", tmp_path / "rel.csv"
    orgs.write_text("Naam;Soort;Gemeente\nNieuwe Werf Velsen;Bedrijf;Velsen\n", encoding="utf-8")
    ties.write_text("Van;Naar;Relatie\nNieuwe Werf Velsen;Tata Steel;Partner\n"
                    "Nieuwe Werf Velsen;KLM;Partner\n", encoding="utf-8")
    api.load([orgs, ties], db)
    calls = _projections(monkeypatch, Snapshot)
    kept = api.suggest(db, for_org="Tata Steel", top=5, as_of=then)
    assert kept.drop(columns="evidence").equals(past.drop(columns="evidence"))
    assert "Nieuwe Werf Velsen" not in set(kept["b"])
    assert api.suggest(db, for_org="Tata Steel", top=5, as_of=then).equals(kept)
    assert len(calls) == 1  # the second question about that date projected nothing


def test_the_kept_engine_survives_the_checkpoint_of_closing_the_store(tmp_path, monkeypatch):
    db = str(tmp_path / "d.db")
    api.demo(db)
    store = api.open_store(db)
    api.warm(store)
    api.introduce("Tata Steel", "KLM", "proposed", store)  # written while the store stays open
    store.close()  # the last connection checkpoints its write-ahead log into the file
    calls = _projections(monkeypatch)
    api.suggest(db, for_org="Tata Steel")
    assert calls == []
