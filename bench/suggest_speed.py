"""Benchmark: how long ``suggest`` itself takes, against NetworkX in the same process.

1. At ``--n`` organisations (5,000 by default): ``suggest`` with its defaults (all
   ecosystems, top 20, weights fitted on the store) against NetworkX ``adamic_adar_index``
   over every non-edge of the organisation network (the baseline it was meant to beat);
   the ratio is printed (goal: at least 100×).
2. At ``--big`` organisations (100,000 by default): ``suggest`` for all ecosystems (goal:
   within 15 s; not run above 100,000), for one ecosystem pair (goal at 1,000,000: within
   60 s) and the memberships of the largest campus (goal at 1,000,000: within 30 s), each
   from the projection (context and model built inside, as a user runs it), and the peak
   memory (goal: 8 GB).

    python bench/suggest_speed.py [--n 5000] [--big 100000]
    python bench/suggest_speed.py --n 0 --big 1000000
"""

from __future__ import annotations

import argparse
import resource
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


def baseline_ratio(n: int, folder: str) -> None:
    """Part 1: suggest with its defaults against NetworkX over all non-edges."""
    print(f"1. suggest (defaults: all ecosystems, top 20) against NetworkX Adamic–Adar "
          f"over all non-edges, {n:,} organisations")
    graph = projection(n, folder)
    _, engine = timed("suggest (context, fitted model, ranking, explanations)", suggest,
                      graph, top=20, repeat=3)
    org = organisation_graph(graph)
    start = time.perf_counter()
    pairs = sum(1 for _ in nx.adamic_adar_index(org))
    baseline = time.perf_counter() - start
    print(f"  NetworkX adamic_adar_index: {baseline:,.2f} s for {pairs:,} non-edges")
    print(f"  ratio NetworkX / suggest: {baseline / engine:,.1f}x (goal: at least 100x)")


def at_scale(n: int, folder: str) -> None:
    """Part 2: suggest from the projection of a big store, as a user runs it."""
    print(f"\n2. suggest at {n:,} organisations")
    graph = projection(n, folder)
    ctx, _ = timed("context (numbered nodes, sparse matrices)", context, graph)
    eco = Counter(ctx.eco[ctx.endpoints & (ctx.eco >= 0)].tolist())
    a, b = (ctx.ecosystem_names[e] for e, _ in eco.most_common(2))
    campuses = [k for k, kind in enumerate(ctx.group_kind) if kind == "Campus"]
    sizes = ctx.group_size
    biggest = max(campuses, key=lambda k: sizes[k])
    group, members = ctx.groups[biggest], int(sizes[biggest])
    timed("fitting the introductions model", model_for, ctx, "introductions")
    del ctx
    if n <= 100_000:
        _, every = timed("all ecosystems, top 20 (suggest from the projection)", suggest,
                         graph, top=20)
        print(f"    goal within 15 s: {'met' if every <= 15 else 'NOT met'}")
    _, pair = timed(f"one ecosystem pair ({a} — {b}), top 20 (suggest from the projection)",
                    suggest, graph, from_ecosystem=a, to_ecosystem=b, top=20)
    _, one = timed(f"memberships of the largest campus ({members} members), top 20 (suggest "
                   "from the projection)", suggest, graph, what="memberships", group=group,
                   top=20)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:,.0f} MB")
    if n >= 1_000_000:
        print(f"    goals: one pair within 60 s {'met' if pair <= 60 else 'NOT met'}; one "
              f"group's memberships within 30 s {'met' if one <= 30 else 'NOT met'}; within "
              f"8 GB {'met' if peak <= 8192 else 'NOT met'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="size of part 1 (0: skip it)")
    parser.add_argument("--big", type=int, default=100_000, help="size of part 2 (0: skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.n:
            baseline_ratio(args.n, tmp)
        if args.big:
            at_scale(args.big, tmp)
    return 0

if __name__ == "__main__":
    sys.exit(main())
