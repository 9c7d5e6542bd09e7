"""Benchmark: how well the engine finds hidden links, against baselines that fit the question.

For each network and each question (introductions, memberships) it hides links over several
seeds (``stakeholder_graph.analysis.evaluate``: the engine fits its weights on what is left,
so it never sees the hidden links) and prints mean ± sd of AUC, precision@k and recall@k of
the engine and every baseline on the same splits, then names the winner and whether the
engine is at or above the best baseline on both AUC and P@k.

Networks: the Noord-Holland example; the generator (``bench/generate.py``) at several sizes;
NetworkX's ``davis_southern_women_graph()`` (18 women at 14 social events, Davis et al. 1941:
a real bipartite membership network; women are loaded as organisations, events as groups
they ATTENDED).

    python bench/suggest_quality.py [--seeds 10] [--sizes 500 2000] [--holdout 0.1] [-k 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import networkx as nx  # noqa: E402
from generate import batches  # noqa: E402

from stakeholder_graph.analysis.evaluate import evaluate, summarise  # noqa: E402
from stakeholder_graph.examples import example_path  # noqa: E402
from stakeholder_graph.graph.sqlite_store import SQLiteStore  # noqa: E402
from stakeholder_graph.loaders import read_path  # noqa: E402


def projection(batch, path: Path) -> nx.MultiDiGraph:
    with SQLiteStore(path) as store:
        store.load(batch)
        return store.to_networkx(provenance=False)


def davis() -> nx.MultiDiGraph:
    """Davis's southern women as a projection: women are organisations, events groups."""
    source = nx.davis_southern_women_graph()
    graph = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        kind = "Company" if data["bipartite"] == 0 else "Event"
        graph.add_node(f"slug:{node}", kind=kind, name=node)
    for u, v in source.edges():
        woman, event = (u, v) if source.nodes[u]["bipartite"] == 0 else (v, u)
        graph.add_edge(f"slug:{woman}", f"slug:{event}", type="ATTENDED")
    return graph


def report(name: str, graph: nx.MultiDiGraph, what: str, seeds: int, holdout: float,
           k: int) -> dict | None:
    try:
        runs = [evaluate(graph, what=what, holdout=holdout, seed=s, k=k) for s in range(seeds)]
    except ValueError as exc:
        print(f"\n{name}, {what}: not evaluated ({exc})")
        return None
    split = runs[0]["split"]
    summary = summarise(runs)
    print(f"\n{name}, {what}: {split['links']} links, {split['hidden']} hidden per run "
          f"({split['method']}), {split['candidates']:,} candidates, {seeds} seeds, k={k}")
    print(f"  {'method':<25}{'AUC':>16}{'precision@k':>18}{'recall@k':>18}")
    for method, metrics in summary["methods"].items():
        cells = [f"{m:.3f} ± {s:.3f}" for m, s in
                 (metrics[x] for x in ("auc", "precision_at_k", "recall_at_k"))]
        print(f"  {method:<25}" + "".join(f"{c:>18}" for c in cells))
    baselines = {m: v for m, v in summary["methods"].items() if m != "engine"}
    engine = summary["methods"]["engine"]
    verdicts = []
    for metric, label in (("auc", "AUC"), ("precision_at_k", f"P@{k}")):
        best = max(baselines, key=lambda m: baselines[m][metric][0])
        ok = engine[metric][0] >= baselines[best][metric][0] - 1e-12
        verdicts.append(f"{label}: engine {engine[metric][0]:.3f} vs best baseline {best} "
                        f"{baselines[best][metric][0]:.3f} -> {'at or above' if ok else 'BELOW'}")
    print("  " + "; ".join(verdicts))
    return {"split": split, **summary}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000],
                        help="synthetic network sizes (organisations)")
    parser.add_argument("--holdout", type=float, default=0.1)
    parser.add_argument("-k", type=int, default=20)
    parser.add_argument("--json", help="also write the summaries to this file")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        networks = [("Noord-Holland example",
                     projection(read_path(example_path()), Path(tmp) / "example.db"))]
        for n in args.sizes:
            networks.append((f"synthetic, {n:,} organisations",
                             projection(next(batches(n, seed=11)), Path(tmp) / f"s{n}.db")))
        networks.append(("Davis southern women (real bipartite)", davis()))
        for name, graph in networks:
            for what in ("introductions", "memberships"):
                results[f"{name} / {what}"] = report(name, graph, what, args.seeds,
                                                     args.holdout, args.k)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
