"""Benchmark: batched UNWIND loads into Neo4j against one MERGE per row per transaction.

Starts the Maven-built test server (or uses NEO4J_URI), generates a synthetic network of
50,000 organisations and 200,000 relationships (seeded), loads it with the store's batched
``UNWIND $rows … MERGE`` in one transaction, and compares the rate with the baseline of one
``MERGE`` per row, each in its own transaction, run on a slice and extrapolated. Both run in
the same process on the same server; the ratio is what to read, not the absolute numbers.

    python bench/neo4j_load.py [--orgs 50000] [--edges 200000] [--slice 3000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.graph.neo4j_store import NODE_LABEL, Neo4jStore
from stakeholder_graph.loaders import load_cbs
from stakeholder_graph.resolve import resolve
from stakeholder_graph.testing import Neo4jTestServer


def synthetic(orgs: int, edges: int, seed: int = 7) -> Batch:
    """Companies in Noord-Holland municipalities with clustered partner ties."""
    rng = random.Random(seed)
    batch = load_cbs("Noord-Holland")
    munis = [n.id for n in batch.nodes if n.kind == "Municipality"]
    for i in range(orgs):
        node = build_node(f"slug:org-{i}", "Company", {"name": f"Organisatie {i}",
                                                       "sector": rng.choice(["bouw", "energie",
                                                                             "zorg", "ict"])})
        batch.add_node(node)
        batch.add_edge(build_edge("LOCATED_IN", node.id, rng.choice(munis), {}))
    seen: set[tuple[int, int]] = set()
    while len(seen) < edges - orgs:
        a = rng.randrange(orgs)
        b = (a + rng.randrange(1, 200)) % orgs if rng.random() < 0.8 else rng.randrange(orgs)
        pair = (min(a, b), max(a, b))
        if a != b and pair not in seen:
            seen.add(pair)
            batch.add_edge(build_edge("PARTNERS_WITH", f"slug:org-{pair[0]}",
                                      f"slug:org-{pair[1]}", {"since": "2020"}))
    return batch


def per_row_baseline(store: Neo4jStore, resolved, n_nodes: int, n_edges: int) -> float:
    """Load a slice with one MERGE per row per transaction; return rows per second."""
    nodes = list(resolved.nodes.values())[:n_nodes]
    edges = [e for e in resolved.edges.values() if e.source in {n.id for n in nodes}
             and e.target in {n.id for n in nodes}][:n_edges]
    start = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        for node in nodes:
            props = {**node.props, "id": node.id, "kind": node.kind, "sources": []}
            session.execute_write(lambda tx, p=props, k=node.kind: tx.run(
                f"MERGE (n:{NODE_LABEL} {{id: $p.id}}) SET n = $p, n:{k}", p=p).consume())
        for edge in edges:
            props = {**edge.props, "key": edge.key, "sources": []}
            session.execute_write(lambda tx, e=edge, p=props: tx.run(
                f"MATCH (a:{NODE_LABEL} {{id: $s}}) MATCH (b:{NODE_LABEL} {{id: $t}}) "
                f"MERGE (a)-[r:{e.type} {{key: $p.key}}]->(b) SET r = $p",
                s=e.source, t=e.target, p=p).consume())
    return (len(nodes) + len(edges)) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=200_000)
    parser.add_argument("--slice", type=int, default=3_000,
                        help="nodes in the per-row baseline slice (plus up to as many edges)")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()

    server = None
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        server = Neo4jTestServer(heap="3g")
        uri = server.start()
    try:
        batch = synthetic(args.orgs, args.edges)
        resolved = resolve(batch)
        rows = len(resolved.nodes) + len(resolved.edges)
        print(f"network: {len(resolved.nodes):,} nodes, {len(resolved.edges):,} relationships")
        with Neo4jStore(uri, batch_size=args.batch_size) as store:
            store.clear()
            store.ensure_schema()
            baseline = per_row_baseline(store, resolved, args.slice, args.slice)
            print(f"baseline, one MERGE per row per transaction (slice): {baseline:,.0f} rows/s"
                  f" -> extrapolated {rows / baseline:,.0f} s for all {rows:,} rows")
            store.clear()
            start = time.perf_counter()
            result = store.load_resolved(resolved)
            batched_time = time.perf_counter() - start
            batched = rows / batched_time
            print(f"batched UNWIND, batch size {args.batch_size}, one transaction: "
                  f"{batched:,.0f} rows/s ({batched_time:,.1f} s; {result.summary()})")
            print(f"ratio batched / per-row: {batched / baseline:,.1f}x (aim: at least 30x)")
    finally:
        if server:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
