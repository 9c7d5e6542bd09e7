"""A seeded generator of realistic stakeholder networks, in the project's own input format.

Organisations of every kind spread over the 342 real municipalities (weighted by how many
places — woonplaatsen — each has, a public proxy for size in the shipped CBS table), campus
and programme memberships, themes, partner ties clustered by labour-market region with
heavy-tailed degrees (preferential attachment) and some homophily (three in ten local ties
go to a fellow member of one's campus or theme in the region, as organisations on one
campus or agenda tend to work together), internships from companies to schools,
dated ties, and a few companies with surplus or shortage of staff.

    python bench/generate.py 10000 out/synthetic-10k [--seed 7] [--ties 5]

writes a dataset folder (``dataset.yaml``, ``organisaties.csv``, ``relaties.csv``) that
``stakeholder-graph load`` reads like any other. :func:`generate` returns the same rows in
memory for benchmarks.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from stakeholder_graph.loaders.cbs import geography
from stakeholder_graph.queries import programme_sectors

ORG_HEADERS = ["id", "name", "kind", "municipality", "sector", "labour_demand", "level",
               "programmes", "subtype", "source"]
REL_HEADERS = ["source", "target", "type", "since", "programme", "source_doc"]
SOURCE = "illustratief: synthetisch gegenereerd (bench/generate.py)"
THEMES = ["energietransitie", "verduurzaming havens", "agritransitie", "verduurzaming woningbouw",
          "digitalisering", "klimaat", "leven lang ontwikkelen", "intersectorale mobiliteit",
          "inclusieve arbeidsmarkt", "techniekpromotie"]
KIND_SHARES = [("Company", 0.86), ("School", 0.07), ("PublicBody", 0.05), ("Campus", 0.02)]


def _weights() -> tuple[list[str], list[float]]:
    import csv as _csv
    from importlib import resources

    root = resources.files("stakeholder_graph") / "data" / "nl-gemeenten-regio"
    counts: dict[str, int] = defaultdict(int)
    with (root / "corop.generated.csv").open(encoding="utf-8") as fh:
        for row in _csv.DictReader(fh):
            counts["GM" + row["Gemeentecode"]] += 1
    codes = sorted(geography().municipalities)
    return codes, [float(counts.get(c, 1)) for c in codes]


def generate(n: int, seed: int = 7, ties: float = 5.0) -> tuple[list[dict], list[dict]]:
    """Return ``(organisation rows, relationship rows)`` for ``n`` organisations.

    Examples
    --------
    >>> orgs, rels = generate(200, seed=1)
    >>> len(orgs) >= 200, 400 < len(rels) < 1600
    (True, True)
    """
    rng = random.Random(seed)
    geo = geography()
    codes, weights = _weights()
    cumulative = [0.0]
    for w in weights:
        cumulative.append(cumulative[-1] + w)
    fit = programme_sectors()
    programmes = sorted(fit)
    sectors = sorted({s for v in fit.values() for s in v})

    def municipality() -> str:
        return codes[bisect.bisect_right(cumulative, rng.random() * cumulative[-1]) - 1]

    orgs: list[dict] = []
    by_region: dict[str, list[int]] = defaultdict(list)
    kinds: list[str] = []
    regions: list[str] = []
    for i in range(n):
        r, acc = rng.random(), 0.0
        kind = "Company"
        for k, share in KIND_SHARES:
            acc += share
            if r < acc:
                kind = k
                break
        code = municipality()
        region = geo.municipalities[code].region_code or code
        row = {"id": f"slug:org-{i}", "name": f"Organisatie {i}", "kind": kind,
               "municipality": code, "source": SOURCE}
        if kind == "Company":
            row["sector"] = rng.choice(sectors)
            draw = rng.random()
            row["labour_demand"] = "surplus" if draw < 0.03 else (
                "shortage" if draw < 0.08 else "")
        elif kind == "School":
            row["level"] = rng.choice(["MBO", "MBO", "HBO", "WO"])
            row["programmes"] = " | ".join(rng.sample(programmes, rng.randint(1, 3)))
        elif kind == "PublicBody":
            row["subtype"] = rng.choice(["UWV", "WSP", "gemeente-dienst", "mobiliteitsteam"])
        orgs.append(row)
        kinds.append(kind)
        regions.append(region)
        by_region[region].append(i)
    for t in THEMES:
        orgs.append({"id": f"slug:{t.replace(' ', '-')}", "name": t, "kind": "Theme",
                     "source": SOURCE})
    n_programmes = max(3, n // 2000)
    for p in range(n_programmes):
        orgs.append({"id": f"slug:programma-{p}", "name": f"Programma {p}", "kind": "Programme",
                     "subtype": "fonds", "source": SOURCE})

    rels: list[dict] = []
    seen: set[tuple[int, int]] = set()
    degree_pool: dict[str, list[int]] = defaultdict(list)  # preferential attachment per region
    global_pool: list[int] = []
    campuses = defaultdict(list)
    for i, kind in enumerate(kinds):
        if kind == "Campus":
            campuses[regions[i]].append(i)

    def since() -> str:
        return str(rng.randint(2010, 2025))

    def add(u: int, v: int, rel: str, **extra: str) -> None:
        rels.append({"source": f"slug:org-{u}", "target": f"slug:org-{v}", "type": rel,
                     "since": since(), "source_doc": SOURCE, **extra})

    # Affiliations first: campus memberships and themes, so that partner ties can follow them.
    member_of: dict[int, int] = {}
    themes_of: dict[int, list[str]] = {}
    fellows: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, kind in enumerate(kinds):
        if kind != "Campus" and campuses[regions[i]] and rng.random() < 0.3:
            member_of[i] = rng.choice(campuses[regions[i]])
            fellows[(regions[i], f"campus-{member_of[i]}")].append(i)
        if rng.random() < 0.5:
            themes_of[i] = rng.sample(THEMES, rng.randint(1, 2))
            for theme in themes_of[i]:
                fellows[(regions[i], theme)].append(i)

    def homophilous(u: int) -> int | None:
        groups = [f"campus-{member_of[u]}"] if u in member_of else []
        groups += themes_of.get(u, [])
        if not groups:
            return None
        pool = fellows[(regions[u], rng.choice(groups))]
        return rng.choice(pool) if pool else None

    partner_ties = int(n * ties * 0.6)
    order = list(range(n))
    rng.shuffle(order)
    for step in range(partner_ties):
        u = order[step % n]
        region = regions[u]
        local = rng.random() < 0.8
        pool = degree_pool[region] if local else global_pool
        v = homophilous(u) if local and rng.random() < 0.3 else None
        if v is not None:
            pass
        elif pool and rng.random() < 0.7:
            v = rng.choice(pool)
        else:
            v = rng.choice(by_region[region]) if local else rng.randrange(n)
        a, b = min(u, v), max(u, v)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        add(a, b, "PARTNERS_WITH")
        for x in (a, b):
            degree_pool[regions[x]].append(x)
            global_pool.append(x)
    for i in range(n):
        if i in member_of:
            add(i, member_of[i], "MEMBER_OF")
        for theme in themes_of.get(i, []):
            rels.append({"source": f"slug:org-{i}", "target": f"slug:{theme.replace(' ', '-')}",
                         "type": "WORKS_ON", "source_doc": SOURCE})
        if rng.random() < 0.05:
            rels.append({"source": f"slug:org-{i}",
                         "target": f"slug:programma-{rng.randrange(n_programmes)}",
                         "type": "SIGNED", "source_doc": SOURCE})
    schools_by_region = defaultdict(list)
    for i, kind in enumerate(kinds):
        if kind == "School":
            schools_by_region[regions[i]].append(i)
    for i, kind in enumerate(kinds):
        if kind == "Company" and schools_by_region[regions[i]] and rng.random() < 0.1:
            school = rng.choice(schools_by_region[regions[i]])
            programme = orgs[school]["programmes"].split(" | ")[0]
            if (i, school) not in seen:
                seen.add((i, school))
                add(i, school, "HOSTS_INTERNS_FROM", programme=programme)
    return orgs, rels


def write_dataset(folder: str | Path, orgs: list[dict], rels: list[dict]) -> Path:
    """Write a dataset folder the normal loaders read (``stakeholder-graph load FOLDER``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / "organisaties.csv", ORG_HEADERS, orgs)
    _write(folder / "relaties.csv", REL_HEADERS, rels)
    (folder / "dataset.yaml").write_text(
        "# Synthetic network from bench/generate.py (illustrative, not real organisations).\n"
        f"name: {folder.name}\nreference:\n  cbs: {{}}\nfiles:\n"
        "  - path: organisaties.csv\n  - path: relaties.csv\n", encoding="utf-8")
    return folder


def _write(path: Path, headers: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, headers, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def batches(n: int, seed: int = 7, ties: float = 5.0) -> Iterator:
    """Yield the generated network as one in-memory :class:`Batch` (no files)."""
    from stakeholder_graph.graph.model import build_edge, build_node
    from stakeholder_graph.loaders.cbs import load_cbs

    orgs, rels = generate(n, seed, ties)
    batch = load_cbs()
    for row in orgs:
        props = {k: v for k, v in row.items() if k not in ("id", "kind", "municipality") and v}
        node = build_node(row["id"], row["kind"], props)
        batch.add_node(node)
        if row.get("municipality"):
            batch.add_edge(build_edge("LOCATED_IN", node.id, f"cbs:{row['municipality']}", {}))
    for row in rels:
        props = {k: v for k, v in row.items() if k in ("since", "programme") and v}
        props["source"] = row["source_doc"]
        batch.add_edge(build_edge(row["type"], row["source"], row["target"], props))
    yield batch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of organisations")
    parser.add_argument("folder", help="output dataset folder")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ties", type=float, default=5.0, help="ties per organisation")
    args = parser.parse_args()
    orgs, rels = generate(args.n, args.seed, args.ties)
    write_dataset(args.folder, orgs, rels)
    print(f"wrote {len(orgs):,} nodes and {len(rels):,} relationships to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
