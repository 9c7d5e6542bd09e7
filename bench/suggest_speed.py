"""Benchmark: the engine's Adamic–Adar component against NetworkX over all non-edges, and the
engine's full suggestion time on a large synthetic network.

1. At 5,000 organisations: ``adamic_adar_scores`` (neighbourhood walk) against NetworkX
   ``adamic_adar_index`` over every non-edge (the baseline), checking that both give the
   same top 20 pairs, and printing the speed ratio (same process, same graph).
2. At 100,000 organisations: the time of ``suggest`` for one ecosystem pair and for all
   (with the candidate limits given), after building the projection.

    python bench/suggest_speed.py [--n 5000] [--big 100000] [--group-limit 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import networkx as nx  # noqa: E402
from generate import batches  # noqa: E402

from stakeholder_graph.analysis.network import organisation_graph  # noqa: E402
from stakeholder_graph.analysis.suggest import adamic_adar_scores, context, suggest  # noqa: E402
from stakeholder_graph.graph.sqlite_store import SQLiteStore  # noqa: E402


def projection(n: int, folder: str) -> nx.MultiDiGraph:
    start = time.perf_counter()
    with SQLiteStore(Path(folder) / f"synthetic-{n}.db") as store:
        store.load(next(batches(n, seed=5)))
        graph = store.to_networkx()
    print(f"  {n:,} organisations: load + projection {time.perf_counter() - start:,.1f} s "
          f"({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships)")
    return graph


def top20(scores: dict) -> list[tuple]:
    return sorted(scores, key=lambda p: (-round(scores[p], 9), p))[:20]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--group-limit", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("1. Adamic–Adar: neighbourhood walk against NetworkX over all non-edges")
        org = organisation_graph(projection(args.n, tmp))
        start = time.perf_counter()
        engine = adamic_adar_scores(org)
        engine_time = time.perf_counter() - start
        start = time.perf_counter()
        baseline = {tuple(sorted((u, v))): s for u, v, s in nx.adamic_adar_index(org)}
        baseline_time = time.perf_counter() - start
        engine = {tuple(sorted(p)): s for p, s in engine.items()}
        same = top20(engine) == top20({p: s for p, s in baseline.items() if s > 0})
        print(f"  engine {engine_time:.2f} s for {len(engine):,} pairs with a common partner; "
              f"NetworkX {baseline_time:.2f} s for {len(baseline):,} non-edges")
        print(f"  same top 20 pairs: {same}; speed ratio NetworkX / engine: "
              f"{baseline_time / engine_time:,.0f}x")

        print(f"\n2. Full suggestions at {args.big:,} organisations "
              f"(group limit {args.group_limit})")
        graph = projection(args.big, tmp)
        start = time.perf_counter()
        ctx = context(graph)
        print(f"  context (organisation network, affiliations): "
              f"{time.perf_counter() - start:,.1f} s")
        eco = nx.get_node_attributes(ctx.org, "ecosystem")
        counts: dict[str, int] = {}
        for e in eco.values():
            if e:
                counts[e] = counts.get(e, 0) + 1
        a, b = sorted(counts, key=counts.get, reverse=True)[:2]
        start = time.perf_counter()
        pair = suggest(graph, from_ecosystem=a, to_ecosystem=b, top=20, ctx=ctx,
                       group_limit=args.group_limit)
        print(f"  one ecosystem pair ({a} — {b}): {time.perf_counter() - start:,.1f} s, "
              f"{len(pair)} suggestions")
        start = time.perf_counter()
        everything = suggest(graph, top=20, ctx=ctx, group_limit=args.group_limit)
        print(f"  all ecosystems: {time.perf_counter() - start:,.1f} s, "
              f"{len(everything)} suggestions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
