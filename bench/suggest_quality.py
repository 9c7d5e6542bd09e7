"""Benchmark: how well suggestions find hidden links, against link-prediction baselines.

Runs ``evaluate`` (hide links, suggest again) on the Noord-Holland example and on a
synthetic network from ``bench/generate.py``, over several seeds, and prints mean and
spread of AUC, precision@k and recall@k for the engine and each baseline (random,
preferential attachment, common neighbours, Adamic–Adar), computed on the same splits.

    python bench/suggest_quality.py [--seeds 5] [--n 1500] [--holdout 0.1] [-k 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import batches  # noqa: E402

from stakeholder_graph.analysis.evaluate import evaluate  # noqa: E402
from stakeholder_graph.examples import example_path  # noqa: E402
from stakeholder_graph.graph.sqlite_store import SQLiteStore  # noqa: E402
from stakeholder_graph.loaders import read_path  # noqa: E402


def projection(batch, path: Path):
    with SQLiteStore(path) as store:
        store.load(batch)
        return store.to_networkx()


def report(name: str, graph, seeds: int, holdout: float, k: int) -> dict:
    runs = [evaluate(graph, holdout=holdout, seed=s, k=k) for s in range(seeds)]
    split = runs[0]["split"]
    print(f"\n{name}: {split['links']} links, {split['hidden']} hidden per run "
          f"({split['method']}), {seeds} seeds, k={k}")
    print(f"{'method':<25}{'AUC':>16}{'precision@k':>18}{'recall@k':>18}")
    summary = {}
    for method in runs[0]["metrics"]:
        cells = []
        for metric in ("auc", "precision_at_k", "recall_at_k"):
            values = [r["metrics"][method][metric] for r in runs]
            mean = statistics.fmean(values)
            spread = statistics.pstdev(values)
            summary.setdefault(method, {})[metric] = mean
            cells.append(f"{mean:.3f} ± {spread:.3f}")
        print(f"{method:<25}" + "".join(f"{c:>18}" for c in cells))
    engine, aa = summary["engine"], summary["adamic_adar"]
    verdict = "beats" if engine["precision_at_k"] > aa["precision_at_k"] else "does NOT beat"
    print(f"engine {verdict} Adamic–Adar on precision@{k} "
          f"({engine['precision_at_k']:.3f} vs {aa['precision_at_k']:.3f})")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--n", type=int, default=1500, help="synthetic organisations")
    parser.add_argument("--holdout", type=float, default=0.1)
    parser.add_argument("-k", type=int, default=20)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        example = projection(read_path(example_path()), Path(tmp) / "example.db")
        report("Noord-Holland example", example, args.seeds, args.holdout, args.k)
        synthetic = projection(next(batches(args.n, seed=11)), Path(tmp) / "synthetic.db")
        report(f"synthetic network, {args.n} organisations", synthetic, args.seeds,
               args.holdout, args.k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
