"""Benchmark: big maps in headless Chromium (sigma.js against vis-network), and map writing.

Render (the default): a synthetic network of 20,000 organisations and 60,000 ties in five
ecosystems is written twice from the same :class:`MapView` — drawn by sigma.js in WebGL
and by vis-network with physics off (positions from Python in both) — and opened in the
same headless Chromium. For each it prints the time to first draw (from navigation start
to the first frame drawn, ``performance.now()`` in the page) and the frames drawn per
second while the view pans and zooms every animation frame for a few seconds (set from
the page's script) and while the mouse drags the map (as a user pans; sigma then leaves
edges and labels out until the drag ends, above 20,000 lines), and the ratios.
Goal: sigma drawn within 3 s and panning at 30 frames per second or more.

Writing (``--write N``): a projection of ``N`` generated organisations over the real
municipalities (bench/generate.py), then the map of the biggest and the smallest
ecosystem, against the step the old map writer began with and no longer takes (the whole
organisation network). Run at 100,000 at most; the 1,000,000 figure is an extrapolation
from the parts that grow with the store and those that grow with the map.

Stores (``--stores DB [DB ...]``): the map of one ecosystem of each given store, written as
the CLI writes it (``stakeholder-graph --store DB map -o FILE --ecosystem NAME``, a fresh
process each time, as a user runs it): wall time, processor time and peak memory; and,
for stores of at most 100,000 organisations, the same map made in this process the old
way, from the projection of the whole store, as the baseline (ratio). Make the stores
with ``python bench/generate.py N folder`` and ``stakeholder-graph --store DB load folder``.

Headless Chromium here draws WebGL in software (SwiftShader, no GPU): real screens are
faster for both renderers. Times are printed, never asserted.

    python bench/map_render.py [--nodes 20000] [--edges 60000] [--seconds 3]
    python bench/map_render.py --write 100000
    python bench/map_render.py --stores 100k.db 1m.db --ecosystem "Zuid-Kennemerland en IJmond"
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from stakeholder_graph.viz.browser import close, headless_chromium
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


_MOVE = {
    "sigma-animated": """
        var cam = window.sgSigma.getCamera(), k0 = 0;
        return function (k) { if (k - k0 >= 30 || k === 1) { k0 = k;
            cam.animate({x: 0.5 + 0.1 * Math.sin(k / 20), y: 0.5 + 0.1 * Math.cos(k / 20),
                         ratio: 0.6 + 0.3 * Math.sin(k / 45)}, {duration: 500}); } };""",
    "sigma": """
        var cam = window.sgSigma.getCamera();
        return function (k) { cam.setState({x: 0.5 + 0.1 * Math.sin(k / 20),
            y: 0.5 + 0.1 * Math.cos(k / 20), ratio: 0.6 + 0.3 * Math.sin(k / 45)}); };""",
    "vis": """
        var net = window.sgNetwork, s0 = net.getScale(), p0 = net.getViewPosition();
        return function (k) { net.moveTo({position: {x: p0.x + 300 * Math.sin(k / 20),
            y: p0.y + 300 * Math.cos(k / 20)}, scale: s0 * (1.6 + 0.6 * Math.sin(k / 45)),
            animation: false}); };""",
}


GL_CHOICES = {
    "swiftshader": ("--disable-gpu", "--enable-unsafe-swiftshader"),
    "angle-swiftshader": ("--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                          "--ignore-gpu-blocklist"),
    "angle-swiftshader-webgl": ("--use-gl=angle", "--use-angle=swiftshader-webgl",
                                "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"),
    "gpu": ("--ignore-gpu-blocklist", "--enable-gpu-rasterization",
            "--enable-unsafe-swiftshader"),
}
"""Chromium's WebGL flags tried (``--gl``); on a machine without a GPU all end in SwiftShader."""


def webgl_renderer(driver) -> str:
    """What draws WebGL in this browser (the unmasked renderer string)."""
    return driver.execute_script("""
        var gl = document.createElement("canvas").getContext("webgl");
        if (!gl) { return "no WebGL"; }
        var info = gl.getExtension("WEBGL_debug_renderer_info");
        return gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);""")


def processor_seconds(driver) -> dict[str, float]:
    """Processor seconds used so far by each kind of Chromium process (Linux /proc)."""
    import os
    import re

    profile = getattr(driver, "sg_profile", None)
    out: dict[str, float] = {}
    if not profile or not os.path.isdir("/proc"):
        return out
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline") as fh:
                command = fh.read()
            if profile not in command:
                continue
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kind = re.search(r"--type=([a-z-]+)", command)
        name = kind.group(1) if kind else "browser"
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def frames_per_second(driver, renderer: str, seconds: float) -> tuple[float, int]:
    """Pan and zoom at every animation frame for ``seconds``; count the frames drawn."""
    driver.set_script_timeout(seconds * 20 + 120)
    result = driver.execute_async_script("""
        var done = arguments[arguments.length - 1], seconds = arguments[0];
        var move = (function () {""" + _MOVE[renderer] + """})();
        var start = performance.now(), before = window.sgFrames || 0, k = 0;
        function step() {
          k++; move(k);
          if (performance.now() - start < seconds * 1000) { requestAnimationFrame(step); }
          else { setTimeout(function () { done([window.sgFrames - before,
                                               performance.now() - start]); }, 0); }
        }
        requestAnimationFrame(step);""", seconds)
    frames, ms = result
    return frames / (ms / 1000), frames


def dragging(driver, seconds: float) -> tuple[float, int]:
    """Drag the map with the mouse, as a user pans, for about ``seconds``; count frames.

    A mouse move every 20 ms (50 a second, more than any frame rate measured here), sent
    ten at a time until the time is up (a slow page takes each move when it can)."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#sg-map canvas:last-of-type")
    before = driver.execute_script("return window.sgFrames || 0")
    start = time.perf_counter()
    ActionChains(driver).move_to_element(canvas).click_and_hold().perform()
    k = 0
    while time.perf_counter() - start < seconds:
        chain = ActionChains(driver, duration=20)
        for _ in range(10):
            chain.move_by_offset(8 if k % 40 < 20 else -8, 4 if k % 40 in range(10, 30) else -4)
            k += 1
        chain.perform()
    ActionChains(driver).release().perform()
    frames = driver.execute_script("return window.sgFrames || 0") - before
    return frames / (time.perf_counter() - start), frames


def first_draw(driver, page: Path, timeout: float) -> float:
    """Seconds from navigation start to the page's first drawn frame."""
    driver.set_script_timeout(30)
    driver.get(page.as_uri())
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            at = driver.execute_script("return window.sgDrawn ? window.sgDrawnAt : null")
        except Exception:  # the page is busy: not yet
            at = None
        if at:
            return at / 1000
        time.sleep(0.05)
    return float("inf")


def render(args: argparse.Namespace) -> None:
    graph = network(args.nodes, args.edges)
    start = time.perf_counter()
    view = map_view(graph)
    print(f"{len(view.nodes):,} organisations, {len(view.edges):,} lines; "
          f"layout in Python {time.perf_counter() - start:.1f} s")
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for renderer, gl in [("sigma", g) for g in args.gl] + [("vis", args.gl[0])]:
            page = Path(tmp) / f"{renderer}.html"
            start = time.perf_counter()
            write_html(view, page, renderer=renderer)
            written = time.perf_counter() - start
            driver = headless_chromium(1600, 900, page_load_strategy="none",
                                       gl_flags=GL_CHOICES[gl])
            moves = ["sigma", "sigma-animated"] if renderer == "sigma" else ["vis"]
            rates = {}
            try:
                drawn = first_draw(driver, page, args.timeout)
                name = ("sigma.js (WebGL)" if renderer == "sigma"
                        else "vis-network, physics off")
                print(f"{name} [--gl {gl}: {webgl_renderer(driver)}]: file "
                      f"{page.stat().st_size / 1e6:.1f} MB written in {written:.1f} s; "
                      f"first draw {drawn:.2f} s", flush=True)
                if drawn == float("inf"):
                    continue
                for move in moves + ["drag"]:
                    before = processor_seconds(driver)
                    begun = time.perf_counter()
                    fps, frames = (dragging(driver, args.seconds) if move == "drag"
                                   else frames_per_second(driver, move, args.seconds))
                    took = time.perf_counter() - begun
                    used = {k: v - before.get(k, 0.0)
                            for k, v in processor_seconds(driver).items()}
                    rates[move] = fps
                    hides = "hidden" if args.edges > 20000 else "drawn"
                    what = {"sigma": "pan+zoom each frame, everything drawn",
                            "sigma-animated": "sigma's own animated pan+zoom (moving: "
                                              f"edges {hides})",
                            "vis": "pan+zoom each frame",
                            "drag": "dragged with the mouse"}[move]
                    split = ", ".join(f"{k} {v / took:.0%}" for k, v in sorted(used.items())
                                      if v / took >= 0.05)
                    print(f"  {what:58} {fps:6.2f} frames/s ({frames} frames, "
                          f"{1000 / max(fps, 1e-9):,.0f} ms a frame); processor per second "
                          f"of wall time: {split}", flush=True)
            finally:
                close(driver)
            results[f"{renderer} {gl}"] = (drawn, max(rates.values(), default=0.0))
    s_draw, s_fps = results[f"sigma {args.gl[0]}"]
    v_draw, v_fps = results[f"vis {args.gl[0]}"]
    print(f"ratio first draw vis-network / sigma: {v_draw / s_draw:.1f}x; "
          f"best frames per second sigma / vis-network: {s_fps / max(v_fps, 1e-9):.1f}x")
    sigma_ok = s_draw <= 3 and s_fps >= 30
    print(f"goal (drawn within 3 s, >= 30 frames/s): sigma {'met' if sigma_ok else 'NOT met'}, "
          f"vis-network {'met' if v_draw <= 3 and v_fps >= 30 else 'not met'}")


def projection(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A store-like projection of ``n`` generated organisations (bench/generate.py) over
    the real municipalities and labour-market regions."""
    sys.path.insert(0, str(Path(__file__).parent))
    from generate import generate

    from stakeholder_graph.loaders.cbs import geography

    orgs, rels = generate(n, seed=seed)
    g = nx.MultiDiGraph()
    for code, m in geography().municipalities.items():
        region = "cbs:" + m.region_code
        if region not in g:
            g.add_node(region, kind="Region", name=m.region, type="labour_market_region")
        g.add_node("cbs:" + code, kind="Municipality", name=m.name)
        g.add_edge("cbs:" + code, region, key="IN_REGION", type="IN_REGION")
    for o in orgs:
        g.add_node(o["id"], kind=o["kind"], name=o["name"], sources=[])
        if o.get("municipality"):
            g.add_edge(o["id"], "cbs:" + o["municipality"], key="LOCATED_IN", type="LOCATED_IN")
    for r in rels:
        if r["type"] in ("PARTNERS_WITH", "MEMBER_OF", "HOSTS_INTERNS_FROM"):
            g.add_edge(r["source"], r["target"], key=f"{r['type']}:{r.get('programme', '')}",
                       type=r["type"])
    return g


def write(args: argparse.Namespace) -> None:
    from collections import Counter

    from stakeholder_graph.analysis.network import ecosystems, organisation_graph

    start = time.perf_counter()
    graph = projection(args.write)
    print(f"projection of {args.write:,} organisations: {time.perf_counter() - start:.1f} s")
    counts = Counter(e for e in ecosystems(graph).values() if e)
    (big, big_n), (small, small_n) = counts.most_common(1)[0], counts.most_common()[-1]
    start = time.perf_counter()
    organisation_graph(graph)
    whole = time.perf_counter() - start
    print(f"the step the old map writer began with (whole organisation network): {whole:.1f} s")
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        for eco, members in ((small, small_n), (big, big_n)):
            start = time.perf_counter()
            view = map_view(graph, ecosystem=eco)
            made = time.perf_counter() - start
            write_html(view, Path(tmp) / "map.html")
            total = time.perf_counter() - start
            points.append((len(view.nodes), total))
            print(f"map of {eco} ({members:,} members, {len(view.nodes):,} drawn with their "
                  f"partners): view {made:.1f} s, written {total:.1f} s")
    start = time.perf_counter()  # the one pass over every node (finding the region)
    sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "Region")
    scan = time.perf_counter() - start
    (n0, t0), (n1, t1) = points
    per = (t1 - t0) / max(n1 - n0, 1)
    fixed = t0 - per * n0 - scan
    share = small_n / args.write
    drawn = points[0][0] / small_n * share * 1_000_000  # as many partners per member as here
    estimate = fixed + per * drawn + scan * 1_000_000 / args.write
    print(f"fit: {fixed:.1f} s fixed + {1000 * per:.2f} ms an organisation drawn + "
          f"{scan:.2f} s for the pass over the {args.write:,}-organisation store")
    print(f"extrapolation to 1,000,000 organisations (the map of the smallest ecosystem, as "
          f"bench/run.py draws there): ~{share * 1e6:,.0f} members, ~{drawn:,.0f} drawn: "
          f"~{estimate:.0f} s (goal 15 s; the old writer's first step alone, the whole "
          f"organisation network, ~{whole * 1_000_000 / args.write:.0f} s if linear)")


def stores(args: argparse.Namespace) -> None:
    import resource
    import sqlite3
    import subprocess

    from stakeholder_graph import api
    from stakeholder_graph.privacy import personal_index, redact

    root = Path(__file__).resolve().parent.parent
    for db in args.stores:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            size = conn.execute("SELECT count(*) FROM nodes WHERE until IS NULL AND kind IN "
                                "('Company', 'School', 'PublicBody', 'Campus')").fetchone()[0]
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "kaart.html"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "stakeholder_graph.cli", "--store", str(db), "map",
                 "-o", str(page), "--ecosystem", args.ecosystem], capture_output=True,
                text=True, cwd=root, env={**__import__("os").environ, "PYTHONPATH": str(root)})
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode:
                raise SystemExit(done.stderr)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(f"{size:>9,} organisations: map of {args.ecosystem} by the CLI: "
                  f"{wall:5.1f} s ({cpu:4.1f} s of processor time; the biggest CLI process so far "
                  f"{after.ru_maxrss / 1024:,.0f} MB); {done.stdout.strip()}")
            if size <= 100_000:
                from stakeholder_graph.viz import map_view

                start = time.perf_counter()
                with api.open_store(db, create=False) as store:
                    graph = redact(store.to_networkx(), personal_index(store))
                write_html(map_view(graph, ecosystem=args.ecosystem), page)
                old = time.perf_counter() - start
                print(f"{'':>9}  baseline, from the projection of the whole store (this "
                      f"process): {old:5.1f} s; ratio baseline / CLI {old / wall:.1f}x")
    print("goal: the map of one ecosystem at 1,000,000 organisations within 15 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--edges", type=int, default=60000)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--gl", nargs="+", choices=sorted(GL_CHOICES), default=["swiftshader"],
                        help="Chromium WebGL flags to try for sigma.js (vis-network: the first)")
    parser.add_argument("--write", type=int, metavar="N",
                        help="time map writing at N organisations instead (at most 100000)")
    parser.add_argument("--stores", nargs="+", metavar="DB",
                        help="time the map of one ecosystem of these stores instead")
    parser.add_argument("--ecosystem", default="Zuid-Kennemerland en IJmond")
    args = parser.parse_args()
    if args.stores:
        stores(args)
    elif args.write:
        if args.write > 100_000:
            parser.error("--write runs at 100,000 organisations at most")
        write(args)
    else:
        render(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
