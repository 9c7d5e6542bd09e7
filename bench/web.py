"""Benchmark: the web app's search and organisation page against the same work through the CLI.

On the demo store and on a generated store of ``--n`` organisations (100,000 by default;
bench/generate.py), in one process:

- **search**: ``GET /api/search`` and ``GET /?q=…`` (cold: the first, which builds the search
  index; warm: the median of the next ones), beside ``stakeholder-graph show NAME`` (the
  CLI's way to find one organisation by name);
- **organisation page**: ``GET /organisatie/{id}`` with its suggested introductions and
  memberships, beside ``stakeholder-graph show ID`` plus ``suggest --for ID`` and
  ``suggest --campuses --for ID`` (the same facts and suggestions through the CLI).

Goals (issue 22): search within 100 ms and an organisation page within 1 s at 100k.

    python bench/web.py [--n 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from click.testing import CliRunner  # noqa: E402
from generate import batches  # noqa: E402

from stakeholder_graph import api  # noqa: E402
from stakeholder_graph.cli import cli  # noqa: E402

warnings.simplefilter("ignore")


def timed(work) -> float:  # noqa: ANN001
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def cli_run(store: str, *args: str) -> None:
    result = CliRunner().invoke(cli, ["--store", store, *args])
    assert result.exit_code == 0, result.output


def web_get(client, path: str, **params: str) -> None:  # noqa: ANN001
    answer = client.get(path, params=params)
    assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])


def measure(label: str, store: str, name: str, org_id: str, repeat: int,
            page_repeat: int) -> list[tuple]:
    """Time the web app and the CLI on one store."""
    from fastapi.testclient import TestClient

    from stakeholder_graph.web import create_app

    client = TestClient(create_app(store))
    query = name[:-1]  # a near miss: the forgiving search has to work for it
    cold = timed(lambda: web_get(client, "/api/search", q=query))
    warm_api = statistics.median(timed(lambda: web_get(client, "/api/search", q=query))
                                 for _ in range(repeat))
    warm_page = statistics.median(timed(lambda: web_get(client, "/", q=query))
                                  for _ in range(repeat))
    cli_search = statistics.median(timed(lambda: cli_run(store, "show", name))
                                   for _ in range(max(1, repeat // 2)))
    page = timed(lambda: web_get(client, f"/organisatie/{org_id}"))  # first view: computes
    again = statistics.median(timed(lambda: web_get(client, f"/organisatie/{org_id}"))
                              for _ in range(page_repeat))  # its suggestions cached since
    cli_page = statistics.median(timed(lambda: (
        cli_run(store, "show", org_id), cli_run(store, "suggest", "--for", org_id, "--top", "5"),
        cli_run(store, "suggest", "--campuses", "--for", org_id, "--top", "5")))
        for _ in range(page_repeat))
    return [(label, "search, first (builds the index)", cold, cli_search),
            (label, "search /api/search (warm, median)", warm_api, cli_search),
            (label, "search page /?q= (warm, median)", warm_page, cli_search),
            (label, "organisation page with suggestions (first)", page, cli_page),
            (label, "the same page again (suggestions cached)", again, cli_page)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="organisations of the big store")
    parser.add_argument("--repeat", type=int, default=5,
                        help="searches per measurement (organisation pages: once at --n)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        demo = str(Path(tmp, "demo.db"))
        api.demo(demo)
        rows += measure("demo", demo, "Tata Steel", "slug:tata-steel", args.repeat, args.repeat)
        if args.n:
            big = str(Path(tmp, "big.db"))
            start = time.perf_counter()
            with api.open_store(big) as store:
                store.load(next(batches(args.n, seed=5)))
            print(f"{args.n:,} organisations loaded in {time.perf_counter() - start:,.1f} s",
                  flush=True)
            with api.open_store(big) as store:
                companies = [n for n in store.nodes("Company")]
            company = companies[len(companies) // 2]
            rows += measure(f"{args.n:,}", big, company["name"], company["id"], args.repeat, 1)
    print(f"\n{'store':>8}  {'work':<44} {'web':>9} {'CLI':>9} {'CLI/web':>8}")
    for label, work, web, through_cli in rows:
        print(f"{label:>8}  {work:<44} {web * 1000:>7.0f}ms {through_cli * 1000:>7.0f}ms "
              f"{through_cli / web:>7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
