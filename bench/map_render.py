"""Benchmark: time until a 2,000-node, 6,000-edge map is drawn and still, in headless Chromium.

Compares the project's map (positions computed in Python, physics off above
``PHYSICS_LIMIT`` nodes) with pyvis defaults (physics on, layout found in the browser; pyvis
issue #204), on the same synthetic network, in the same browser, and prints both times and
the ratio.

    python bench/map_render.py [--nodes 2000] [--edges 6000] [--timeout 300]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from stakeholder_graph.viz.browser import close, headless_chromium, wait_until_still
from stakeholder_graph.viz.html import write_html
from stakeholder_graph.viz.view import map_view


def network(nodes: int, edges: int, seed: int = 3) -> nx.MultiDiGraph:
    """Organisations in five ecosystems with clustered ties."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for r in range(5):
        g.add_node(f"r{r}", kind="Region", name=f"Regio {r}", type="labour_market_region")
        g.add_node(f"m{r}", kind="Municipality", name=f"Gemeente {r}")
        g.add_edge(f"m{r}", f"r{r}", type="IN_REGION")
    kinds = ["Company"] * 8 + ["School", "PublicBody"]
    for i in range(nodes):
        g.add_node(f"o{i}", kind=rng.choice(kinds), name=f"Organisatie {i}", sources=[])
        g.add_edge(f"o{i}", f"m{i % 5}", type="LOCATED_IN")
    added = set()
    while len(added) < edges:
        a = rng.randrange(nodes)
        b = a + 5 * rng.randint(1, 40) if rng.random() < 0.85 else rng.randrange(nodes)
        b %= nodes
        if a != b and (min(a, b), max(a, b)) not in added:
            added.add((min(a, b), max(a, b)))
            g.add_edge(f"o{a}", f"o{b}", type="PARTNERS_WITH")
    return g


def pyvis_default(graph: nx.MultiDiGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for n, data in graph.nodes(data=True):
        if data.get("kind") not in ("Region", "Municipality"):
            net.add_node(n, label=data.get("name"))
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "PARTNERS_WITH":
            net.add_edge(u, v)
    net.write_html(str(path))


def wait_for_pyvis(driver, timeout: float) -> float:
    """Poll until vis-network says its physics has settled (the page may be too busy to
    answer for a while: a script timeout just means 'not yet')."""
    from selenium.common.exceptions import TimeoutException

    driver.set_script_timeout(5)
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            if driver.execute_script("return typeof network !== 'undefined' && "
                                     "network.physics && network.physics.stabilized === true"):
                return time.perf_counter() - start
        except TimeoutException:
            pass
        time.sleep(0.05)
    return float("inf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=6000)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    graph = network(args.nodes, args.edges)
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "ours.html", Path(tmp) / "pyvis.html"
        start = time.perf_counter()
        write_html(map_view(graph), ours)
        print(f"layout and HTML in Python: {time.perf_counter() - start:.1f} s")
        pyvis_default(graph, theirs)
        driver = headless_chromium(page_load_strategy="none")
        try:
            start = time.perf_counter()
            driver.get(ours.as_uri())
            wait_until_still(driver, args.timeout)
            ours_time = time.perf_counter() - start
            print(f"precomputed layout, physics off: drawn and still after {ours_time:.2f} s")
            start = time.perf_counter()
            driver.get(theirs.as_uri())
            waited = wait_for_pyvis(driver, args.timeout)
            theirs_time = time.perf_counter() - start if waited != float("inf") else waited
            shown = f"{theirs_time:.2f} s" if theirs_time != float("inf") else \
                f"not still after {args.timeout:.0f} s"
            print(f"pyvis defaults, physics on: {shown}")
            ratio = theirs_time / ours_time  # inf when pyvis never came to rest
            print(f"ratio pyvis defaults / precomputed: {ratio:.1f}x")
        finally:
            close(driver)
    return 0


if __name__ == "__main__":
    sys.exit(main())
