"""Benchmark: how long ``suggest`` itself takes, against NetworkX in the same process.

1. At ``--n`` organisations (5,000 by default): ``suggest`` with its defaults (all
   ecosystems, top 20, weights fitted on the store) against NetworkX ``adamic_adar_index``
   over every non-edge of the organisation network (the baseline it was meant to beat);
   the ratio is printed (goal: at least 100×).
2. At ``--big`` organisations (100,000 by default): ``suggest`` for all ecosystems (goal:
   within 15 s), for one ecosystem pair, and the memberships of the largest campus; each
   from the projection (the context and the model fitted inside, as a user runs it) and,
   for comparison, with a context and model already built.

    python bench/suggest_speed.py [--n 5000] [--big 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import networkx as nx  # noqa: E402
import scipy.optimize  # noqa: E402, F401  (imported once per process: the model's fit uses it)
from generate import batches  # noqa: E402

from stakeholder_graph.analysis.network import organisation_graph  # noqa: E402
from stakeholder_graph.analysis.suggest import context, model_for, suggest  # noqa: E402
from stakeholder_graph.graph.sqlite_store import SQLiteStore  # noqa: E402


def projection(n: int, folder: str) -> nx.MultiDiGraph:
    start = time.perf_counter()
    with SQLiteStore(Path(folder) / f"synthetic-{n}.db") as store:
        store.load(next(batches(n, seed=5)))
        graph = store.to_networkx(provenance=False)
    print(f"  {n:,} organisations: load + projection {time.perf_counter() - start:,.1f} s "
          f"({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships)")
    return graph


def timed(label: str, func, *args, repeat: int = 1, **kwargs):
    """Run ``func`` ``repeat`` times; print and return the median time."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        times.append(time.perf_counter() - start)
    seconds = sorted(times)[len(times) // 2]
    extra = f", {len(result)} rows" if hasattr(result, "__len__") else ""
    runs = f" (median of {repeat})" if repeat > 1 else ""
    print(f"  {label}: {seconds:,.2f} s{runs}{extra}")
    return result, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--big", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"1. suggest (defaults: all ecosystems, top 20) against NetworkX Adamic–Adar "
              f"over all non-edges, {args.n:,} organisations")
        graph = projection(args.n, tmp)
        _, engine = timed("suggest (context, fitted model, ranking, explanations)", suggest,
                          graph, top=20, repeat=3)
        org = organisation_graph(graph)
        start = time.perf_counter()
        pairs = sum(1 for _ in nx.adamic_adar_index(org))
        baseline = time.perf_counter() - start
        print(f"  NetworkX adamic_adar_index: {baseline:,.2f} s for {pairs:,} non-edges")
        print(f"  ratio NetworkX / suggest: {baseline / engine:,.1f}x (goal: at least 100x)")

        if args.big:
            print(f"\n2. suggest at {args.big:,} organisations")
            graph = projection(args.big, tmp)
            _, everything = timed("all ecosystems, top 20 (from the projection)", suggest,
                                  graph, top=20)
            print(f"    goal within 15 s: {'met' if everything <= 15 else 'NOT met'}")
            ctx, _ = timed("  of which: context", context, graph)
            model, _ = timed("  of which: fitting the introductions model", model_for, ctx,
                             "introductions")
            timed("all ecosystems, top 20 (context and model built)", suggest, graph, top=20,
                  ctx=ctx, model=model)
            eco = Counter(ctx.eco[ctx.endpoints].tolist())
            a, b = (ctx.ecosystem_names[e] for e, _ in eco.most_common(2))
            timed(f"one ecosystem pair ({a} — {b}), context and model built", suggest, graph,
                  from_ecosystem=a, to_ecosystem=b, top=20, ctx=ctx, model=model)
            campuses = [k for k, kind in enumerate(ctx.group_kind) if kind == "Campus"]
            biggest = max(campuses, key=lambda k: ctx.group_size[k])
            members = model_for(ctx, "memberships")
            timed(f"memberships of {ctx.names[ctx.groups[biggest]]} "
                  f"({int(ctx.group_size[biggest])} members), context and model built",
                  suggest, graph, what="memberships", group=ctx.groups[biggest], top=20,
                  ctx=ctx, model=members)
    return 0


if __name__ == "__main__":
    sys.exit(main())
