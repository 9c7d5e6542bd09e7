"""Benchmark: the progress report on a big store, against the work it stands on.

A store of ``--n`` generated organisations (bench/generate.py; 100,000 by default) with a
history: the network loaded 90 days ago, introductions recorded since (some made, some of
those followed by a partnership), and a later export loaded today (new organisations, new
ties, ended ties). The store file is built once and reused (``--store``).

In one process, each run cold: on its own copy of the store file, so nothing api.suggest
keeps of one run (its projection, context and fitted models, kept per store file and
history) serves the next:

- **baseline**: what the report's figures equal, through the CLI for the same dates:
  ``stats --as-of`` at both ends, ``diff --since --until``, ``suggest`` for introductions
  and for memberships (``--top 5``) as the report asks them: of the store as it is when the
  period ends at the latest load (as here), else ``--as-of`` the period's end;
- **report**: ``report --since --until -o voortgang.pptx`` through the CLI, what the user
  runs (the headline ratio); and ``api.report`` with a progress callback, for the time of
  each step its progress display names.

It prints seconds and each ratio to the baseline, and writes JSON.

    python bench/report.py [--n 100000] [--store /tmp/sg-report-100k.db] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from click.testing import CliRunner  # noqa: E402
from generate import generate, write_dataset  # noqa: E402

from stakeholder_graph import api  # noqa: E402
from stakeholder_graph.cli import cli  # noqa: E402

warnings.simplefilter("ignore")


def build(path: Path, n: int, seed: int = 7) -> None:
    """Write a store with a history: a load 90 days ago, introductions, a later export."""
    rng = random.Random(seed)
    today = datetime.now(UTC).date()
    t0 = today - timedelta(days=90)
    orgs, rels = generate(n, seed=seed)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        first = write_dataset(Path(tmp) / "v1" / f"synthetic-{n}", orgs, rels)
        api.load([first], str(path), at=t0.isoformat())
        print(f"  first load: {time.perf_counter() - start:.1f} s", flush=True)
        companies = [o["id"] for o in orgs if o["kind"] == "Company"]
        tied = {(r["source"], r["target"]) for r in rels}
        pairs = []
        while len(pairs) < 12:
            a, b = rng.sample(companies, 2)
            if (a, b) not in tied and (b, a) not in tied:
                pairs.append((a, b))
        statuses = ["made"] * 6 + ["proposed"] * 4 + ["declined"] * 2
        for i, ((a, b), status) in enumerate(zip(pairs, statuses, strict=True)):
            api.introduce(a, b, status, str(path), date=(t0 + timedelta(days=5 + 5 * i))
                          .isoformat())
        print(f"  introductions: {time.perf_counter() - start:.1f} s", flush=True)
        later_orgs = orgs + [{"id": f"slug:nieuw-{i}", "name": f"Nieuw bedrijf {i}",
                              "kind": "Company", "municipality": orgs[i]["municipality"]
                              if orgs[i].get("municipality") else "",
                              "source": orgs[0]["source"]} for i in range(200)]
        kept = [r for r in rels if rng.random() >= 0.01]
        added = []
        for a, b in pairs[:4]:  # four of the six made introductions were followed
            added.append({"source": a, "target": b, "type": "PARTNERS_WITH",
                          "since": today.isoformat(), "source_doc": rels[0]["source_doc"]})
        while len(added) < 1000:
            a, b = rng.sample(companies, 2)
            if (a, b) not in tied and (b, a) not in tied:
                tied.add((a, b))
                added.append({"source": a, "target": b, "type": "PARTNERS_WITH",
                              "since": today.isoformat(), "source_doc": rels[0]["source_doc"]})
        second = write_dataset(Path(tmp) / "v2" / f"synthetic-{n}", later_orgs, kept + added)
        api.load([second], str(path), at=today.isoformat())
    print(f"  built {path} in {time.perf_counter() - start:.1f} s", flush=True)


def cli_run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def fresh(path: Path, folder: Path, name: str) -> str:
    """A copy of the store file (with its write-ahead log, if any): a store no run saw."""
    copy = folder / f"{name}.db"
    shutil.copyfile(path, copy)
    if Path(f"{path}-wal").exists():
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    return str(copy)


def baseline(store: str, since: str, until: str) -> float:
    """stats at both ends, diff, and both suggestions through the CLI.

    The suggestions are asked as the report asks them (report/figures.py): of the store as
    it is when ``until`` is the latest load, so both share one projection; else of the
    network at ``until``.
    """
    latest = api.history(store)[-1]["at"]
    as_of = [] if until >= latest else ["--as-of", until]
    start = time.perf_counter()
    cli_run("--store", store, "stats", "--as-of", since, "--format", "json")
    cli_run("--store", store, "stats", "--as-of", until, "--format", "json")
    cli_run("--store", store, "diff", "--since", since, "--until", until, "--format", "json")
    cli_run("--store", store, "suggest", *as_of, "--top", "5")
    cli_run("--store", store, "suggest", "--memberships", *as_of, "--top", "5")
    return time.perf_counter() - start


def report(store: str, since: str, until: str, out: Path) -> tuple[float, dict[str, float]]:
    """The report through the library with a progress callback that times each step."""
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    api.report(store, since=since, until=until, output=out,
               progress=lambda step, i, total, text: marks.append((text, time.perf_counter())))
    end = time.perf_counter()
    steps = {}
    for k, (text, at) in enumerate(marks):
        steps[text] = (marks[k + 1][1] if k + 1 < len(marks) else end) - at
    return end - start, steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--store", default=None, help="the store file (built when missing)")
    parser.add_argument("--json", default=None, help="write the figures here")
    parser.add_argument("--deck", default=None, help="keep the report written here (.pptx)")
    args = parser.parse_args()
    path = Path(args.store or Path(tempfile.gettempdir()) / f"sg-report-{args.n}.db")
    if not path.exists():
        print(f"building a store of {args.n:,} organisations with a history …", flush=True)
        build(path, args.n)
    loads = api.history(str(path))
    since, until = loads[0]["at"], loads[-1]["at"]
    # imports and the first use of every module, on the demo, before anything is timed
    with tempfile.TemporaryDirectory() as tmp:
        api.demo(os.path.join(tmp, "demo.db"))
        api.report(os.path.join(tmp, "demo.db"), output=os.path.join(tmp, "r.pptx"))
        cli_run("--store", os.path.join(tmp, "demo.db"), "suggest", "--top", "1")
        out = Path(args.deck) if args.deck else Path(tmp) / "voortgang.pptx"
        print("baseline …", flush=True)
        base = baseline(fresh(path, Path(tmp), "baseline"), since, until)
        print("report …", flush=True)
        total, steps = report(fresh(path, Path(tmp), "report"), since, until, out)
        print("report through the CLI …", flush=True)
        copy = fresh(path, Path(tmp), "cli")
        cli_start = time.perf_counter()
        cli_run("--store", copy, "report", "--since", since, "--until", until,
                "-o", str(out))
        through_cli = time.perf_counter() - cli_start
    print(f"\n{args.n:,} organisations, period {since} → {until}")
    print(f"  baseline (stats ×2 + diff + suggest ×2, CLI): {base:8.1f} s   1.00")
    print(f"  report (api.report, .pptx):                  {total:8.1f} s   {total / base:.2f}")
    for text, seconds in steps.items():
        print(f"    {text:<40} {seconds:8.1f} s   {seconds / base:.2f}")
    print(f"  report through the CLI:                      {through_cli:8.1f} s   "
          f"{through_cli / base:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "n": args.n, "since": since, "until": until, "baseline_seconds": round(base, 2),
            "report_seconds": round(total, 2), "report_cli_seconds": round(through_cli, 2),
            "ratio": round(through_cli / base, 3), "ratio_api": round(total / base, 3),
            "steps": {k: round(v, 2) for k, v in steps.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
