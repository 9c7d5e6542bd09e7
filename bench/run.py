"""End-to-end benchmark: time and peak memory of every stage, from 1k to 1M organisations.

For each size, a fresh process generates a network with ``bench/generate.py`` (written as
a dataset folder, read by the normal loaders) and measures, stage by stage:

- load into the embedded store, with the baseline of one INSERT per row per transaction
  (run on a slice and extrapolated), the ceiling of the finished rows written by SQLite
  alone, and the floor of the CSV rows moved into the store by SQL alone (a load quicker
  than five seconds runs six more times, with the floor in turn, and the rates are the
  medians; the first run's are shown apart);
- load into Neo4j (up to ``--neo4j-max`` organisations), on the Maven-built test server;
- projection to NetworkX; centrality with sampled betweenness, and exact betweenness on a
  subsample to check the sampled ranking (Spearman); communities;
- suggestions for one ecosystem pair and for all, with NetworkX all-pairs Adamic–Adar as
  the baseline where n² pairs are affordable;
- the map of one ecosystem.

Peak memory is the process's maximum resident set size after each stage (it only grows).
It prints a table, writes JSON, and regenerates ``docs/performance.md``.

    python bench/run.py [--sizes 1000 10000 100000] [--neo4j-max 100000]
    python bench/run.py --sizes 1000000 --no-neo4j      # the big end
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stages:
    """Stage figures of one size, saved after every stage so a run cut short keeps them."""

    def __init__(self, size: int, out: Path | None = None) -> None:
        self.size = size
        self.rows: list[dict] = []
        self.out = out

    def save(self) -> None:
        if self.out is not None:
            self.out.write_text(json.dumps({"size": self.size, "stages": self.rows}, indent=1))

    def run(self, name: str, func, *args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        seconds = time.perf_counter() - start
        self.rows.append({"stage": name, "seconds": round(seconds, 3),
                          "peak_mb": round(peak_mb(), 1)})
        print(f"  {name:<44}{seconds:>10.2f} s{peak_mb():>10.0f} MB", flush=True)
        self.save()
        return result

    def note(self, name: str, **values) -> None:
        self.rows.append({"stage": name, **values})
        print(f"  {name:<44}{values}", flush=True)
        self.save()


def per_row_baseline(resolved, path: Path, slice_size: int = 3000) -> float:
    """One INSERT per row, each in its own transaction: records per second on a slice."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE nodes (id TEXT PRIMARY KEY, kind TEXT, props TEXT, sources TEXT)")
    conn.execute("CREATE TABLE edges (type TEXT, source TEXT, target TEXT, key TEXT, props TEXT,"
                 " sources TEXT, PRIMARY KEY (type, source, target, key))")
    nodes = list(resolved.nodes.values())[:slice_size]
    edges = list(resolved.edges.values())[:slice_size]
    start = time.perf_counter()
    for n in nodes:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO nodes VALUES (?, ?, ?, ?)",
                     (n.id, n.kind, json.dumps(n.props), json.dumps(n.sources)))
        conn.execute("COMMIT")
    for e in edges:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)",
                     (e.type, e.source, e.target, e.key, json.dumps(e.props),
                      json.dumps(e.sources)))
        conn.execute("COMMIT")
    conn.close()
    return (len(nodes) + len(edges)) / (time.perf_counter() - start)


def write_floor(store: Path, path: Path) -> float:
    """The write alone: a loaded store's own rows inserted into an empty store of the same
    schema, one ``executemany`` per table in one transaction (look-up indexes built at the
    end, as the load does), no other work: records per second. About what any load of these
    rows through Python's sqlite3 could at best reach."""
    from stakeholder_graph.graph.sqlite_store import SQLiteStore

    SQLiteStore(path).close()  # the schema
    source = sqlite3.connect(store)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -262144")
    count = 0
    start = time.perf_counter()
    conn.execute("BEGIN")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "name IN ('edges_source', 'edges_target')").fetchall()
    for name, _ in indexes:  # as the load does: built once at the end
        conn.execute(f"DROP INDEX {name}")
    for table, columns in (("nodes", "id, kind, props, sources, claims, until, files"),
                           ("edges", "type, source, target, key, props, sources, claims, "
                                     "until, files")):
        marks = ", ".join("?" * len(columns.split(",")))
        rows = source.execute(f"SELECT {columns} FROM {table}")
        count += conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                                  rows).rowcount
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    source.close()
    return count / seconds


FLOOR = "floor: the CSV rows moved into the store by SQL alone, no checks"


def _sql_props(headers: list[str], special: tuple[str, ...], renamed: dict[str, str]) -> str:
    """SQL for the JSON properties of a staged row: its non-empty cells, by header; a list
    property (``a | b``, as the generator writes it) as a JSON list."""
    from stakeholder_graph.graph.model import KINDS

    lists = {n for k in KINDS.values() for n, p in k.all_props.items() if p.type == "list"}

    def value(header: str) -> str:
        if header in lists:
            return (f"json(nullif('[\"' || replace(\"{header}\", ' | ', '\",\"') || '\"]', "
                    "'[\"\"]'))")
        return f"nullif(\"{header}\", '')"

    pairs = ", ".join(f"'{renamed.get(h, h)}', {value(h)}" for h in headers if h not in special)
    return f"json_patch('{{}}', json_object({pairs}))"  # a merge patch drops the nulls


def _sql_edge_key(headers: list[str]) -> tuple[str, str, str]:
    """SQL for a staged relationship's key: source and target (sorted for a symmetric
    type) and the key property's value, as :func:`~stakeholder_graph.graph.model.edge_key`
    makes them."""
    from stakeholder_graph.graph.model import REL_TYPES

    symmetric = ", ".join(f"'{t}'" for t, r in REL_TYPES.items() if r.symmetric)
    swap = f"type IN ({symmetric}) AND target < source"
    cases = [f"WHEN '{t}' THEN " + " || '|' || ".join(
        f"\"{h}\"" if h in headers else "''" for h in
        ("source_doc" if k == "source" else k for k in r.key))
        for t, r in REL_TYPES.items() if r.key]
    key = f"CASE type {' '.join(cases)} ELSE '' END" if cases else "''"
    return (f"CASE WHEN {swap} THEN target ELSE source END",
            f"CASE WHEN {swap} THEN source ELSE target END", key)


def bulk_floor(data: Path, path: Path) -> float:
    """The least work any load of the generated CSV files into the store can do: records
    per second.

    Rows go from Python's C CSV reader straight into staging tables (``executemany``, no
    Python per row); SQL builds every stored row (properties, sources and claims as JSON,
    the file column), writes nodes and relationships in key order into the store's schema
    with its foreign keys on, and builds the look-up indexes once, in one transaction. No
    validation, no words mapped, no name matching, no history: a floor for the load's time,
    not something the loaders could do.
    """
    import csv

    from stakeholder_graph.graph.sqlite_store import SQLiteStore

    SQLiteStore(path).close()  # the schema
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -262144")
    at = "2026-01-01T00:00:00.000000Z"
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "name IN ('edges_source', 'edges_target')").fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    headers = {}
    for table, file in (("org_in", "organisaties.csv"), ("rel_in", "relaties.csv")):
        with (data / file).open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            headers[table] = next(reader)
            conn.execute(f"CREATE TEMP TABLE {table} "
                         f"({', '.join(f'{chr(34)}{h}{chr(34)} TEXT' for h in headers[table])})")
            marks = ", ".join("?" * len(headers[table]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", reader)

    def rows(file: str, select: str) -> str:
        """Columns props … files of the stored rows, from a query giving n and props."""
        return (f"props, '[{{\"file\":\"{file}\",\"row\":' || n || '}}]', "
                f"'[{{\"file\":\"{file}\",\"from\":\"{at}\",\"load\":1,\"props\":' || props "
                f"|| ',\"row\":' || n || '}}]', NULL, char(31) || '{file}' || char(31) "
                f"FROM ({select})")

    org_props = _sql_props(headers["org_in"], ("id", "kind", "municipality"), {})
    count = conn.execute(
        "INSERT INTO nodes (id, kind, props, sources, claims, until, files) "
        "SELECT 'cbs:' || municipality, 'Municipality', json_object('cbs_code', municipality),"
        " '[]', '[]', NULL, '' FROM org_in WHERE municipality != '' "
        "GROUP BY municipality ORDER BY municipality").rowcount
    count += conn.execute(
        "INSERT INTO nodes (id, kind, props, sources, claims, until, files) SELECT id, kind, "
        + rows("organisaties.csv", f"SELECT rowid + 1 AS n, id, kind, {org_props} AS props "
                                   "FROM org_in") + " ORDER BY id").rowcount
    edge = "INSERT OR IGNORE INTO edges (type, source, target, key, props, sources, claims, " \
           "until, files) "
    count += conn.execute(
        edge + "SELECT 'LOCATED_IN', id, 'cbs:' || municipality, '', "
        + rows("organisaties.csv", "SELECT rowid + 1 AS n, id, municipality, "
                                   "json_patch('{}', json_object('source', nullif(source, ''))) "
                                   "AS props FROM org_in WHERE municipality != ''")
        + " ORDER BY id").rowcount
    rel_props = _sql_props(headers["rel_in"], ("source", "target", "type"),
                           {"source_doc": "source"})
    source, target, key = _sql_edge_key(headers["rel_in"])
    count += conn.execute(
        edge + "SELECT type, a, b, k, "
        + rows("relaties.csv", f"SELECT rowid + 1 AS n, type, {source} AS a, {target} AS b, "
                               f"{key} AS k, {rel_props} AS props FROM rel_in")
        + " ORDER BY type, a, b, k").rowcount
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return count / seconds


REPEAT_BELOW = 5.0
"""A first load quicker than this many seconds is run again, with the floor in turn."""
REPEATS = 6


def load_and_floor(tmp: Path, repeats: int) -> tuple[list[float], list[float]]:
    """The load (read and write into a new store, as the first) and the floor, in turn,
    ``repeats`` times: records per second of each run.

    A load of a thousand organisations takes a tenth of a second, about what the noise of
    this machine moves it by; and the first load of a process pays what the floor after it
    does not (the first calls, a process growing its memory). So small sizes are judged by
    the medians of several runs of both (the first run included, and shown apart).
    """
    from stakeholder_graph.graph.sqlite_store import SQLiteStore
    from stakeholder_graph.loaders import read_path

    rates, floors = [], []
    for i in range(repeats):
        path = tmp / f"again{i}.db"
        start = time.perf_counter()
        batch = read_path(tmp / "data")
        read = time.perf_counter() - start
        with SQLiteStore(path) as store:
            start = time.perf_counter()
            result = store.load(batch)
            seconds = read + time.perf_counter() - start
        rates.append((result.nodes_added + result.edges_added) / seconds)
        del batch
        floors.append(bulk_floor(tmp / "data", tmp / f"floor{i}.db"))
        for file in tmp.glob(f"*{i}.db*"):
            file.unlink()
    return rates, floors


def one_size(size: int, neo4j: bool, out: Path) -> None:
    import networkx as nx
    from generate import generate, write_dataset

    from stakeholder_graph.analysis.centrality import _sampled_betweenness, centrality
    from stakeholder_graph.analysis.communities import communities
    from stakeholder_graph.analysis.network import organisation_graph
    from stakeholder_graph.graph.sqlite_store import SQLiteStore
    from stakeholder_graph.loaders import read_path
    from stakeholder_graph.resolve import resolve
    from stakeholder_graph.viz import map_view, write_html

    stages = Stages(size, out)
    print(f"\n{size:,} organisations", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        orgs, rels = stages.run("generate", generate, size, 7)
        stages.run("write dataset (CSV)", write_dataset, tmp / "data", orgs, rels)
        del orgs, rels
        db = tmp / "store.db"
        batch = stages.run("read and validate files", read_path, tmp / "data")
        records = len(batch.nodes) + len(batch.edges) + len(batch.weak_nodes)
        with SQLiteStore(db) as store:
            result = stages.run("load embedded store (resolve + write)", store.load, batch)
        load_seconds = stages.rows[-1]["seconds"] + stages.rows[-2]["seconds"]
        written = result.nodes_added + result.edges_added
        floor = bulk_floor(tmp / "data", tmp / "bulk.db")
        (tmp / "bulk.db").unlink()
        rate, floor_rate, runs = written / load_seconds, floor, 1
        if load_seconds < REPEAT_BELOW:
            rates, floors = load_and_floor(tmp, REPEATS)
            rate, floor_rate = statistics.median([rate, *rates]), statistics.median(
                [floor, *floors])
            runs += REPEATS
        stages.note("embedded load rate", records=records, written=written,
                    records_per_second=round(rate), runs=runs,
                    first_records_per_second=round(written / load_seconds))
        stages.note(FLOOR, records_per_second=round(floor_rate), runs=runs,
                    ratio=round(rate / floor_rate, 2),
                    first_ratio=round(written / load_seconds / floor, 2))
        if size <= 100_000:
            resolved = resolve(read_path(tmp / "data"))
            baseline = per_row_baseline(resolved, tmp / "baseline.db")
            stages.note("baseline: one INSERT per row per transaction",
                        records_per_second=round(baseline),
                        ratio=round(rate / baseline, 1))
            del resolved
            floor = write_floor(db, tmp / "floor.db")
            stages.note("ceiling: the same rows written by SQLite alone",
                        records_per_second=round(floor),
                        ratio=round(rate / floor, 2))
        del batch
        if neo4j:
            from stakeholder_graph.graph.neo4j_store import Neo4jStore
            from stakeholder_graph.testing import Neo4jTestServer

            with Neo4jTestServer(heap="8g") as server, Neo4jStore(server.uri) as graph_db, \
                    SQLiteStore(db) as store:
                stages.run("load Neo4j (copy of the embedded store)", graph_db.copy_from, store)
        with SQLiteStore(db) as store:
            # Above 100k only analysis follows, which does not read provenance.
            lean = size > 100_000
            graph = stages.run("projection to NetworkX" + (" (without provenance)" if lean
                                                           else ""),
                               store.to_networkx, not lean)
        if size > 100_000:
            big_end(stages, graph, size, tmp)
            return
        org = organisation_graph(graph)
        stages.run("sampled betweenness alone (500 pivots)", _sampled_betweenness, org,
                   min(500, org.number_of_nodes()), 0)
        scores = stages.run("centrality (sampled betweenness above 2,000)", centrality, graph)
        # exact betweenness on a subsample: the ball around a hub, at most 2,000 organisations
        hub = max(org.degree, key=lambda d: d[1])[0]
        ball = list(nx.bfs_tree(org, hub, depth_limit=6))[:2000]
        sub = org.subgraph(ball).copy()
        exact = stages.run("baseline: exact betweenness on a 2,000 subsample",
                           nx.betweenness_centrality, sub)
        sampled = _sampled_betweenness(sub, min(500, len(sub)), 0)
        import pandas as pd

        corr = pd.Series(exact).corr(pd.Series(sampled), method="spearman")
        stages.note("sampled vs exact betweenness (subsample)", spearman=round(float(corr), 3))
        del scores
        stages.run("communities (Louvain; Leiden above 5,000)", communities, graph)
        ecos = suggestion_stages(stages, graph, size)
        if size <= 10_000:
            stages.run("baseline: NetworkX Adamic–Adar over all non-edges",
                       lambda: sum(1 for _ in nx.adamic_adar_index(org)))
            ratio = (stages.rows[-1]["seconds"]
                     / next(r for r in stages.rows if r["stage"].startswith(
                         "suggest, all ecosystems"))["seconds"])
            stages.note("ratio NetworkX Adamic–Adar / suggest (all ecosystems)",
                        ratio=round(ratio, 1))
        else:
            stages.note("baseline: NetworkX Adamic–Adar over all non-edges",
                        skipped=f"{size * size // 2:,} pairs")
        biggest = ecos[-1] if size > 100_000 else ecos[0]
        stages.run(f"map of one ecosystem ({biggest})",
                   lambda: write_html(map_view(graph, ecosystem=biggest), tmp / "map.html"))


def suggestion_stages(stages: Stages, graph, size: int) -> list[str]:
    """Time ``suggest`` itself, as a user runs it (context and fitted model inside), for
    one ecosystem pair, the memberships of the largest campus and (up to 100k) all
    ecosystems; return the ecosystems, largest first."""
    from collections import Counter

    from stakeholder_graph.analysis.suggest import context, suggest

    ctx = stages.run("suggestion context", context, graph)
    counts = Counter(ctx.eco[ctx.endpoints & (ctx.eco >= 0)].tolist())
    ecos = [ctx.ecosystem_names[e] for e, _ in counts.most_common()]
    campuses = [k for k, kind in enumerate(ctx.group_kind) if kind == "Campus"]
    sizes = ctx.group_size
    group = ctx.groups[max(campuses, key=lambda k: sizes[k])]
    del ctx
    stages.run("suggestions, one ecosystem pair (suggest, top 20)", suggest, graph,
               from_ecosystem=ecos[0], to_ecosystem=ecos[1], top=20)
    stages.run("suggestions, memberships of the largest campus (suggest, top 20)", suggest,
               graph, what="memberships", group=group, top=20)
    if size <= 100_000:
        stages.run("suggest, all ecosystems (top 20)", suggest, graph, top=20)
    else:
        stages.note("suggest, all ecosystems (top 20)",
                    skipped=f"not run above 100,000 organisations ({size:,})")
    return ecos


def big_end(stages: Stages, graph, size: int, tmp: Path) -> None:
    """Above 100k organisations: the goal's stages first (suggest for one ecosystem pair),
    then centrality, communities and a map; not the baselines or all-ecosystem suggestions,
    which would take hours."""

    from stakeholder_graph.analysis.centrality import centrality
    from stakeholder_graph.analysis.communities import communities
    from stakeholder_graph.viz import map_view, write_html

    ecos = suggestion_stages(stages, graph, size)
    stages.run("centrality (sampled betweenness and closeness)", centrality, graph)
    stages.run("communities (Louvain; Leiden above 5,000)", communities, graph)
    stages.run(f"map of one ecosystem ({ecos[-1]})",
               lambda: write_html(map_view(graph, ecosystem=ecos[-1]), tmp / "map.html"))
    stages.note("exact betweenness baseline",
                skipped=f"not run above 100,000 organisations ({size:,})")


def report(results: list[dict], doc: Path) -> None:
    lines = ["# Performance", "",
             "<!-- Generated by `python bench/run.py`; do not edit by hand. -->", "",
             "Measured on this project's 2-core, 24 GB machine with `bench/run.py` (synthetic "
             "networks from `bench/generate.py`, about five ties per organisation). Times in "
             "seconds; memory is the process's peak resident set size after the stage.", ""]
    goals = []
    for result in results:
        size = result["size"]
        lines += [f"## {size:,} organisations", ""]
        if result.get("measured"):
            lines += [f"Measured {result['measured']}.", ""]
        lines += ["| stage | seconds | peak MB | notes |", "|---|---|---|---|"]
        for row in result["stages"]:
            notes = ", ".join(f"{k} {v}" for k, v in row.items()
                              if k not in ("stage", "seconds", "peak_mb"))
            lines.append(f"| {row['stage']} | {row.get('seconds', '')} | "
                         f"{row.get('peak_mb', '')} | {notes} |")
        lines.append("")
        if result.get("partial"):
            lines += [f"*Partial: {result['partial']}*", ""]
        rows = {r["stage"]: r for r in result["stages"]}
        rate = rows.get("embedded load rate", {}).get("records_per_second")
        if rate is not None:
            floor = rows.get(FLOOR, {}).get("records_per_second")
            # The absolute goal (100,000 records/s) is retired: SQL alone does not reach
            # it at 1M here. A load is judged by its rate against the floor's.
            if floor:
                goals.append(("Embedded load at least half the rate of the SQL-alone floor",
                              size, rate >= 0.5 * floor,
                              f"{rate / floor:.2f} ({rate:,} against {floor:,} records/s)"))
        if size >= 1_000_000:
            total = sum(rows[s]["seconds"] for s in rows if s.startswith((
                "read", "load embedded", "projection", "suggestion context",
                "suggestions, one")) and "seconds" in rows[s])
            peak = max(rows[s].get("peak_mb", 0) for s in rows if s.startswith((
                "read", "load embedded", "projection", "suggestion context",
                "suggestions, one")))
            goals.append(("1M organisations: load, project, suggest for one pair in 10 min "
                          "and 8 GB", size, total <= 600 and peak <= 8192,
                          f"{total:,.0f} s, {peak:,.0f} MB"))
        pair = rows.get("suggestions, one ecosystem pair (suggest, top 20)", {})
        group = rows.get("suggestions, memberships of the largest campus (suggest, top 20)", {})
        every = rows.get("suggest, all ecosystems (top 20)", {})
        ratio = rows.get("ratio NetworkX Adamic–Adar / suggest (all ecosystems)", {})
        if size == 5_000 and "ratio" in ratio:
            goals.append(("suggest (all ecosystems, top 20) at least 100× faster than NetworkX "
                          "Adamic–Adar over all non-edges", size, ratio["ratio"] >= 100,
                          f"{ratio['ratio']}×"))
        if size == 100_000 and "seconds" in every:
            goals.append(("suggest, all ecosystems, within 15 s", size,
                          every["seconds"] <= 15, f"{every['seconds']:.1f} s"))
        if size >= 1_000_000 and "seconds" in pair and "seconds" in group:
            goals.append(("suggest, one ecosystem pair, within 60 s (8 GB)", size,
                          pair["seconds"] <= 60 and pair.get("peak_mb", 0) <= 8192,
                          f"{pair['seconds']:.1f} s, {pair.get('peak_mb', 0):,.0f} MB"))
            goals.append(("suggest, memberships of one group, within 30 s (8 GB)", size,
                          group["seconds"] <= 30 and group.get("peak_mb", 0) <= 8192,
                          f"{group['seconds']:.1f} s, {group.get('peak_mb', 0):,.0f} MB"))
        if size == 100_000 and "sampled vs exact betweenness (subsample)" in rows:
            alone = rows.get("sampled betweenness alone (500 pivots)")
            what = "sampled betweenness" if alone else "all centrality measures"
            seconds = (alone or rows["centrality (sampled betweenness above 2,000)"])["seconds"]
            corr = rows["sampled vs exact betweenness (subsample)"]["spearman"]
            goals.append(("Sampled betweenness at 100k within a minute, rank correlation "
                          "≥ 0.9", size, seconds <= 60 and corr >= 0.9,
                          f"{seconds:.0f} s for {what}, Spearman {corr}"))
    lines += ["## Goals", "", "| goal | size | met | figure |", "|---|---|---|---|"]
    lines += [f"| {g} | {s:,} | {'yes' if met else 'no'} | {fig} |" for g, s, met, fig in goals]
    lines += ["", "## What the figures led to", "",
              "- Sampled betweenness: NetworkX's pure-Python Brandes from 500 pivots took "
              "most of 1,355 s at 100k organisations; igraph's subset betweenness from the "
              "same pivots (in C, scaled to NetworkX's normalised values) took about 20 s; "
              "igraph keeps the interpreter lock, so half the pivots now go to a forked "
              "process (16 s at 100k, with converting the network).",
              "- Closeness above 2,000 organisations: the Eppstein–Wang estimate from the "
              "same pivots, with SciPy's breadth-first searches instead of NetworkX's.",
              "- Eigenvector centrality: `eigenvector_centrality_numpy` gives up on a network "
              "in several pieces and the fallback ran NetworkX's power iteration in Python "
              "(45 s at 20k); the same iteration on a SciPy sparse matrix takes a second.",
              "- Communities: NetworkX's Louvain ran for more than 5 minutes at 100k. "
              "igraph's Louvain (`community_multilevel`, in C) then took 20 to 100 s at "
              "100k in its moving phase and had not finished after 14 minutes at 1M; above "
              "5,000 organisations igraph's Leiden now optimises the same modularity, finds "
              "a higher one (0.77 against 0.68 at 100k) and keeps communities connected.",
              "- Suggestions (rebuilt, issue #23) are scored from sparse matrices: the "
              "score of a batch of rows is one product of the stacked path factors; "
              "organisations are taken in order of an upper bound of their scores and the "
              "run stops once no row left can enter the top (exact: the same top 20 as "
              "ranking everything). See docs/suggestions.md.",
              "- Storing a claim per source row (provenance per property with load time, for "
              "history and `--as-of`) had halved the load rate (22k → 11k records/s at 10k). "
              "The load was then worked over stage by stage, with the same store content "
              "(checksum) before and after: the cyclic garbage collector paused during read "
              "and load (about a quarter of the time, walking millions of live records); "
              "relationship rows share validated properties per combination of type, year "
              "and citation; claims share those properties and are dated in place; new "
              "records skip the change bookkeeping and look-ups; JSON from the C encoder, "
              "once per record; name matching blocks on the numbers in names; SQLite writes "
              "slices in a helper thread while the next is prepared, and rebuilds the "
              "relationship indexes once after a big write. 12.9k → 34.7k records/s at 100k; "
              "reading and loading 1M took 255 s instead of 643.",
              "- The helper thread had hardly helped: with one statement per row "
              "(`executemany`) it needs the interpreter lock after every row, and waits for "
              "it while the main thread computes (100,000 rows: 0.3 s alone, not done after "
              "ten minutes beside a busy thread), so the threads took turns. It now writes "
              "as many rows per statement as SQLite binds at once (3,640 relationships), and "
              "a big write goes in key order (SQLite alone, 1M relationships: 80 s in random "
              "order, 35 s in key order). 34.7k → 43.6k records/s at 100k, 24.2k → 31.4k at "
              "1M (load 198 → 143 s; the projection, reading in key order, 84 → 67 s).",
              "- Analysis at 1M spent much of its time turning one network into another: "
              "NetworkX's `add_edges_from` checks and copies every edge (the projection, "
              "the organisation network), its edge view fed igraph, and PageRank, "
              "eigenvector and closeness each converted the network to a SciPy matrix "
              "(about 30 s each). The projection and the organisation network are now "
              "written into NetworkX's adjacency directly with the garbage collector "
              "paused, and one numbered edge list feeds igraph and one pair of matrices. At "
              "1M: projection 67 → 31 s, suggestion context 66 → 48 s, centrality 675 → "
              "391 s, communities 197 → 140 s; the goal's stages 452 → 347 s.",
              "- Memory at 1M: reading streamed the CSV instead of a four-times-larger "
              "`StringIO` copy and made row dicts one at a time (read peak 5.2 → under 2.7 "
              "GB); shared properties and dated-in-place claims took the load peak from 12 "
              "to about 6 GB; the lean projection shares parsed property sets and interned "
              "ids.",
              "- The load's goal was 100,000 records per second. It is retired, because SQL "
              "alone does not reach it at 1M here. Its successor is half the floor's rate at "
              "every size. Against the floor's rate the loads reach "
              f"{_floor_ratios(results)} (the floor row's ratio; each size says when it was "
              "measured). What got them there "
              "(docs/architecture.md, Big loads): the usual CSV relationship row read "
              "straight from its cells and its stored texts written around its properties; "
              "and two cores used through a forked second process, which reads a dataset's "
              "smaller files beside its biggest and matches the names of 5,000 new "
              "organisations or more while this process resolves the relationships and "
              "writes the load in a savepoint (undone and written again when a name merges). "
              "Where it is not met: at 1,000 organisations a load is about 7,000 records in "
              "a tenth of a second, and its time is Python's per-row work (reading, "
              "validating, matching, history) beside a SQLite write that alone takes about "
              "two thirds of the floor's whole load. Forking does not pay at that size: "
              "after a fork each page this process writes to is copied first, which cost a "
              "1k load about 20 ms beside a copy that did nothing (measured). Loads quicker "
              "than five seconds are judged by the medians of seven runs of the load and the "
              "floor in turn; the first run (cold, in a fresh process) is its first_ratio.",
              "- Nor would a load path outside Python meet that goal here. The floor row "
              "moves the same CSV rows into the store with no Python per row and no checks "
              "at all: C's CSV reader straight into staging tables, every stored row built "
              "by SQL, written in key order with the store's foreign keys, indexes built "
              f"once. In records per second it reaches {_floors(results)}. The loads do "
              "their validation, mapping, name matching, review and history at the rates "
              "above (the floor row's ratio). Without foreign keys, WAL or the "
              "claim's copy of the properties, the floor of the relationships alone gained "
              "10 to 20% (measured by hand): not the factor a real load above it would need "
              "at a million organisations, where SQL alone stays below the goal."]
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _floor_ratios(results: list[dict]) -> str:
    """The load's rate against the floor's at each size: "0.32 at 1,000 organisations …"."""
    return _per_size(results, "ratio", lambda ratio: f"{ratio:.2f}")


def _floors(results: list[dict]) -> str:
    """The floor's rate at each size, as text: "110,007 at 10,000 organisations and …"."""
    return _per_size(results, "records_per_second", lambda rate: f"{rate:,}")


def _per_size(results: list[dict], key: str, show: Callable[[Any], str]) -> str:
    found = [(r["size"], s[key]) for r in sorted(results, key=lambda r: r["size"])
             for s in r["stages"] if s["stage"] == FLOOR and key in s]
    parts = [f"{show(value)} at {size:,} organisations" for size, value in found]
    if not parts:
        return "(not measured)"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--neo4j-max", type=int, default=100_000)
    parser.add_argument("--no-neo4j", action="store_true")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--doc", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--limit", type=float, default=None,
                        help="seconds one size may take; what was measured by then is kept")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_size(args.one, not args.no_neo4j and args.one <= args.neo4j_max, args.out)
        return 0
    previous = json.loads(args.json.read_text()) if args.json.exists() else []
    results = {r["size"]: r for r in previous}
    for size in args.sizes:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
            out = Path(fh.name)
        cmd = [sys.executable, __file__, "--one", str(size), "--out", str(out),
               "--neo4j-max", str(args.neo4j_max)] + (["--no-neo4j"] if args.no_neo4j else [])
        try:
            code = subprocess.run(cmd, env={**os.environ, "PYTHONHASHSEED": "0"},
                                  timeout=args.limit).returncode
        except subprocess.TimeoutExpired:
            code = f"over the {args.limit:.0f} s limit"
        results[size] = json.loads(out.read_text()) if out.stat().st_size else {
            "size": size, "stages": []}
        results[size]["measured"] = f"on {time.strftime('%Y-%m-%d', time.gmtime())}"
        if code != 0:
            results[size]["partial"] = f"the run stopped early ({code})"
        out.unlink()
    ordered = [results[s] for s in sorted(results)]
    args.json.write_text(json.dumps(ordered, indent=1))
    report(ordered, args.doc)
    print(f"\nwrote {args.json} and {args.doc}")
    return 0


if __name__ == "__main__":
    random.seed(0)
    sys.exit(main())
