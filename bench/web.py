"""Benchmark: the web app's search and organisation page against the same work through the CLI.

On the demo store and on a generated store of ``--n`` organisations (100,000 by default;
bench/generate.py), in one process, with FastAPI's TestClient:

- **search**: ``GET /api/search`` and ``GET /?q=…`` (the first builds the index; warm: the
  median of the next ones), beside ``stakeholder-graph show NAME`` (the CLI's way to find
  one organisation by name);
- **organisation page**: ``GET /organisatie/{id}`` (facts and ties) followed by the
  suggestions fragment it fetches (``GET /organisatie/{id}/suggesties``), as a browser
  does: the first view after the app's start-up warm-up (:func:`api.warm`, in the
  background), the first view of an app that did not warm up, and the view right after
  recording an introduction on that page; beside ``show ID`` plus ``suggest --for ID`` and
  ``suggest --memberships --for ID``;
- **after a write**: the search right after an introduction, after a merge (the index is
  updated in place) and after an import (the old index answers while a new one is built;
  the time until it is ready is printed too); and a search while a first organisation
  page is being computed (the fragment runs in the thread pool and must not hold it up).

Each command of the CLI runs in a new process, as a user runs it (Python's start-up
included); the web app's answers come from one long-running process, which is the point.
Goals (issue 22): search within 100 ms and an organisation page with its suggestions
within 1 s at 100k.

    python bench/web.py [--n 100000] [--store big.db] [--repeat 5]

``--store`` reuses a store generated before (it is copied, never changed) instead of
generating one.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import batches  # noqa: E402

from stakeholder_graph import api  # noqa: E402

warnings.simplefilter("ignore")
ROOT = Path(__file__).resolve().parents[1]
HX = {"HX-Request": "true"}


def timed(work) -> float:  # noqa: ANN001
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def cli_run(store: str, *args: str) -> None:
    """One CLI command in a new process, as a user types it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "stakeholder_graph", "--store", store, *args],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]


def get(client, path: str, headers: dict | None = None, **params: str) -> str:  # noqa: ANN001
    answer = client.get(path, params=params, headers=headers or {})
    assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])
    return answer.text


def page_with_suggestions(client, org_id: str) -> str:  # noqa: ANN001
    """The page, then the fragment its htmx asks for until it holds the suggestions."""
    page = get(client, f"/organisatie/{org_id}")
    assert 'id="sug-body"' in page
    while True:
        fragment = get(client, f"/organisatie/{org_id}/suggesties", headers=HX)
        if "Waarom:" in fragment or "Geen suggesties" in fragment:
            return fragment
        time.sleep(1.0)  # what the page does while the engine warms: ask again in 1 s


def token(client) -> str:  # noqa: ANN001
    return client.get("/api/session").json()["csrf_token"]


def post(client, path: str, **kwargs) -> None:  # noqa: ANN001, ANN003
    answer = client.post(path, **kwargs)
    assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])


class Served:
    """An app served by uvicorn on a free port in a thread, with an HTTP client."""

    def __init__(self, app) -> None:  # noqa: ANN001
        import socket

        import httpx
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=3600)

    def stop(self) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(30)


def copy(store: str, folder: str, name: str) -> str:
    """A copy of the store at a new path (the engine's cache is per file: a copy is cold)."""
    target = str(Path(folder, name))
    shutil.copy(store, target)
    return target


def measure(label: str, store: str, folder: str, name: str, org_id: str, other_ids: list[str],
            repeat: int) -> list[tuple]:
    """Time the web app and the CLI on one store."""
    from fastapi.testclient import TestClient

    from stakeholder_graph.web import create_app

    rows = []
    cold_store, warm_store = copy(store, folder, "cold.db"), copy(store, folder, "warm.db")
    query = name[:-1]  # a near miss: the forgiving search has to work for it
    cli_search = statistics.median(timed(lambda: cli_run(store, "show", name))
                                   for _ in range(max(1, repeat // 2)))
    cli_page = statistics.median(timed(lambda: (
        cli_run(store, "show", org_id), cli_run(store, "suggest", "--for", org_id, "--top", "5"),
        cli_run(store, "suggest", "--memberships", "--for", org_id, "--top", "5")))
        for _ in range(max(1, repeat // 3)))

    # An app that did not warm up, served by uvicorn (one event loop, as `serve` runs it):
    # the first page computes everything while one waits, and a search meanwhile shows
    # whether the fragment holds up other requests.
    served = Served(create_app(cold_store, warm=False))
    cold = served.client
    first_search = timed(lambda: get(cold, "/api/search", q=query))
    concurrent: dict[str, float] = {}

    def first_page() -> None:
        concurrent["page"] = timed(lambda: page_with_suggestions(cold, org_id))

    worker = threading.Thread(target=first_page)
    worker.start()
    time.sleep(0.3)  # the fragment is being computed now
    concurrent["search"] = timed(lambda: get(cold, "/api/search", q=query))
    concurrent["search done while page busy"] = worker.is_alive()
    worker.join()
    served.stop()
    rows += [(label, "search, first (builds the index)", first_search, cli_search),
             (label, "page + suggestions, first, no warm-up", concurrent["page"], cli_page),
             (label, "  a search meanwhile" + ("" if concurrent["search done while page busy"]
                                                else " (page was done first)"),
              concurrent["search"], cli_search)]

    # The app as `serve` starts it: the warm-up runs in the background at start-up.
    with TestClient(create_app(warm_store)) as client:
        live = client.app.state.live
        ready = timed(lambda: live.wait(3600))
        warmed = live.warmed or {}
        rows.append((label, f"start-up warm-up (engine {warmed.get('seconds', 0):.1f} s), "
                            "index, counts", ready, None))
        warm_api = statistics.median(timed(lambda: get(client, "/api/search", q=query))
                                     for _ in range(repeat))
        warm_page = statistics.median(timed(lambda: get(client, "/", q=query))
                                      for _ in range(repeat))
        facts = timed(lambda: get(client, f"/organisatie/{org_id}"))
        first = timed(lambda: page_with_suggestions(client, org_id))
        again = statistics.median(timed(lambda: page_with_suggestions(client, org_id))
                                  for _ in range(repeat))
        others = [timed(lambda o=o: page_with_suggestions(client, o)) for o in other_ids]
        rows += [(label, "search /api/search (warm, median)", warm_api, cli_search),
                 (label, "search page /?q= (warm, median)", warm_page, cli_search),
                 (label, "organisation page alone (facts, ties)", facts, cli_page),
                 (label, "page + suggestions, first, after warm-up", first, cli_page),
                 (label, "page + suggestions, other organisations (median)",
                  statistics.median(others), cli_page),
                 (label, "the same page again (median)", again, cli_page)]

        # Record an introduction for the page's first suggestion, then look again.
        fragment = get(client, f"/organisatie/{org_id}/suggesties", headers=HX)
        other = re.search(r'name="other" value="([^"]+)"', fragment).group(1)
        write = timed(lambda: post(client, f"/organisatie/{org_id}/introductie", data={
            "csrf_token": token(client), "other": other, "status": "gelegd"}))
        after = timed(lambda: page_with_suggestions(client, org_id))
        after_search = timed(lambda: get(client, "/api/search", q=query))
        rows += [(label, "record an introduction (POST)", write, None),
                 (label, "page + suggestions right after it", after, cli_page),
                 (label, "search right after it", after_search, cli_search)]

        # Merge two organisations (one is gone, its name an alias), then search for it.
        variant, target = other_ids[0], other_ids[1]
        variant_name = api.show(variant, warm_store)["name"]
        merge = timed(lambda: post(client, "/api/duplicates", json={
            "variant": variant, "target": target, "decision": "accept"},
            headers={"X-CSRF-Token": token(client)}))
        found: list = []
        merged_search = timed(lambda: found.append(client.get(
            "/api/search", params={"q": variant_name}).json()))
        assert found[0]["results"][0]["id"] == target, found[0]["results"][:2]
        rows += [(label, "merge two organisations (POST)", merge, None),
                 (label, "search for the merged name right after it", merged_search,
                  cli_search)]

        # Import a sheet through the page; the old index answers while a new one is built.
        sheet = Path(folder, "nieuw.csv")
        sheet.write_text("Naam;Soort;Gemeente\nWindpark Benchmark Illustratief;Bedrijf;"
                         "Den Helder\n", encoding="utf-8")
        upload = client.post("/importeren", files={"file": ("nieuw.csv", sheet.read_bytes(),
                                                            "text/csv")},
                             data={"csrf_token": token(client)})
        action = re.search(r'formaction="(/importeren/[^"]+/laden)"', upload.text).group(1)
        load = timed(lambda: post(client, action, data={
            "csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality"}))
        start = time.perf_counter()
        old_index = timed(lambda: get(client, "/api/search", q=query))
        shown = timed(lambda: page_with_suggestions(client, org_id))  # waits for the engine
        live.wait(3600)
        rebuilt = time.perf_counter() - start
        new_row = client.get("/api/search", params={"q": "windpark benchmark"}).json()
        assert new_row["results"], "the imported row is not found after the rebuild"
        rows += [(label, "import one row (POST)", load, None),
                 (label, "search right after it (old index)", old_index, cli_search),
                 (label, "page + suggestions right after it (engine warmed again)", shown,
                  cli_page),
                 (label, "  until the new index and counts are ready too", rebuilt, None),
                 (label, "page + suggestions after that", timed(
                     lambda: page_with_suggestions(client, org_id)), cli_page)]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="organisations of the big store")
    parser.add_argument("--store", help="a store generated before (copied, not changed)")
    parser.add_argument("--repeat", type=int, default=5, help="repeats of the warm timings")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        demo = str(Path(tmp, "demo.db"))
        api.demo(demo)
        Path(tmp, "demo").mkdir()
        rows += measure("demo", demo, str(Path(tmp, "demo")), "Tata Steel", "slug:tata-steel",
                        ["slug:vattenfall", "slug:klm", "slug:port-of-amsterdam"], args.repeat)
        if args.n or args.store:
            big = args.store
            if not big:
                big = str(Path(tmp, "big.db"))
                start = time.perf_counter()
                with api.open_store(big) as store:
                    store.load(next(batches(args.n, seed=5)))
                print(f"{args.n:,} organisations loaded in {time.perf_counter() - start:,.1f} s",
                      flush=True)
            with api.open_store(big) as store:
                companies = list(store.nodes("Company"))
                size = sum(1 for _ in store.name_index())
            company = companies[len(companies) // 2]
            others = [c["id"] for c in companies[len(companies) // 3::len(companies) // 7][:5]]
            Path(tmp, "big").mkdir()
            rows += measure(f"{size // 1000:,}k", big, str(Path(tmp, "big")), company["name"],
                            company["id"], others, args.repeat)
    print(f"\n{'store':>6}  {'work':<56} {'web':>9} {'CLI':>9} {'CLI/web':>8}")
    for label, work, web, through_cli in rows:
        cli_text = f"{through_cli * 1000:>7.0f}ms" if through_cli is not None else f"{'':>9}"
        ratio = f"{through_cli / web:>7.1f}x" if through_cli is not None else ""
        print(f"{label:>6}  {work:<56} {web * 1000:>7.0f}ms {cli_text} {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
