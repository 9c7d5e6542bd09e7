"""Benchmark: how well loading finds the organisations behind messy CRM exports.

Loads each fixture into a fresh store, then decides the review file as a user would (accept
a pair that is one organisation, reject the others) and applies it:

- ``tests/data/messy/crm-2026``: 46 rows that mean 24 organisations, the export the matching
  was built on;
- ``tests/data/messy/crm-heldout``: 57 rows that mean 24 organisations, another CRM's export
  made (and measured) before the matching was changed for it;
- ``tests/data/messy/crm-third``: 66 rows that mean 29 organisations, a third CRM's XLSX
  export (Dynamics-style), also made and measured before the matching was changed for it;
- ``tests/data/messy/crm-fourth``: 77 rows that mean 31 organisations, a fourth CRM's CSV
  export (HubSpot-style Companies), also made and measured before the matching was changed
  for it;
- ``tests/data/messy/crm-fifth``: 74 rows that mean 33 organisations, a network list kept by
  hand in Excel (Dutch headers, kinds and places as people type them), also made and
  measured before the matching was changed for it;
- ``tests/data/messy/crm-sixth``: 80 rows that mean 32 organisations, a Salesforce
  "Accounts" report exported as CSV (Salesforce's labels, every field quoted, the report's
  footer below the rows), also made and measured before the matching was changed for it;
- ``tests/data/messy/crm-seventh``: 79 rows that mean 33 organisations, a Dynamics 365
  "Export to Excel" of an Accounts view (Dynamics' labels, hidden "(Do Not Modify)" columns,
  a very hidden sheet), also made and measured before the matching was changed for it;
- ``tests/data/messy/crm-eighth``: 88 rows that mean 35 organisations, a Pipedrive
  "Organizations" export as CSV (Pipedrive's "Organization - …" labels, several labels in
  one cell, the full address in one cell), also made and measured before the matching was
  changed for it;
- ``tests/data/messy/crm-ninth``: 80 rows that mean 30 organisations, a Teamleader Focus
  "Bedrijven" export to Excel (Dutch labels, the kind among the tags, deactivated records
  kept, a location in a field of its own), also made and measured before the matching was
  changed for it;
- ``tests/data/messy/crm-tenth``: 95 rows that mean 37 organisations, an AFAS Profit
  "Organisaties" list exported as CSV (Dutch labels, Windows-1252 and semicolons, a search
  name beside the name, blocked records kept), also made and measured before the matching
  was changed for it;
- ``tests/data/messy/crm-eleventh``: 87 rows that mean 33 organisations, a Zoho CRM
  "Accounts" export as CSV (Zoho's English labels, every field quoted, UTF-8 with a BOM, the
  account type a stage of the relationship, a parent account for some rows), also made and
  measured before the matching was changed for it;
- ``tests/data/messy/crm-twelfth``: 99 rows that mean 36 organisations, an Odoo Contacts
  export to Excel (Dutch labels, tags as the kind, child records named only for themselves
  under a "Gerelateerd bedrijf", archived records, notes as HTML), also made and measured
  before the matching was changed for it;
- ``tests/data/messy/crm-thirteenth``: 100 rows that mean 36 organisations, an Exact Online
  "Relaties" export as CSV (Dutch labels, semicolons, Windows-1252, a search code in
  capitals, blocked relations kept, a "Hoofdrelatie"), also made and measured before the
  matching was changed for it;
- ``crm-fourteenth`` to ``crm-sixteenth``: a Simplicate export to Excel (104 rows, 37
  organisations), a SuperOffice selection exported to Excel (105, 39) and an Airtable grid
  view downloaded as CSV (108, 39), each made and measured before the matching was changed
  for it;
- ``tests/data/messy/crm-seventeenth``: 109 item rows that mean 40 organisations, a
  monday.com board exported to Excel (the board's name above the header, items under group
  rows, the header repeated under each group, subitems under their items);
- ``tests/data/messy/crm-eighteenth``: 106 responses that mean 36 organisations (and 4 that
  name none), a Microsoft Forms survey's responses downloaded as Excel, each respondent
  typing their organisation's name and place their own way; both made and measured before
  the matching was changed for them;
- ``tests/data/messy/crm-nineteenth``: 116 pages that mean 38 organisations, a Notion
  database exported as CSV (relations written as links, Notion's times);
- ``tests/data/messy/crm-twentieth``: 114 rows that mean 43 organisations (and 1 that names
  none), a hand-kept Google Sheet downloaded as Excel (title and section rows, a second
  tab); both made and measured before the matching was changed for them;
- ``tests/data/messy/crm-twentyfirst``: 114 attendee rows that mean 40 organisations (and 4
  that name none), an Eventbrite attendee export of a regional meeting, each attendee typing
  their organisation;
- ``tests/data/messy/crm-twentysecond``: 117 items that mean 42 organisations (and 2 that
  name none), a SharePoint list exported to Excel ("Title", choice columns in two
  languages);
- ``tests/data/messy/crm-twentythird``: 107 subscribers that mean 41 organisations (and 3
  that name none), a Mailchimp audience export;
- ``tests/data/messy/crm-twentyfourth``: 110 responses that mean 39 organisations (and 2
  that name none), a Google Forms sign-up sheet downloaded as CSV;
- ``tests/data/messy/crm-twentyfifth``: 117 records that mean 38 organisations (and 1 that
  names none), a PerfectView CRM selection exported to Excel ("Naam 2", "Relatiesoort");
  all five made and measured before the matching was changed for them;
- ``tests/data/messy/crm-twentysixth``: 112 rows that mean 44 organisations (and 2 that
  name none), an mbo school's work-placement companies exported from Eduarte to Excel;
- ``tests/data/messy/crm-twentyseventh``: 118 records that mean 40 organisations (and 1
  that names none), the organisations table of an Access database exported to Excel
  ("Woonplaats" and "Gemeente" both); both made and measured before the matching was
  changed for them;
- ``tests/data/messy/crm-twentyeighth``: 112 cards that mean 39 organisations (and 3 that
  name none), a Trello board exported to CSV, its cards named for contact moments
  ("Gesprek met Tergooi MC over BBL");
- ``tests/data/messy/crm-twentyninth``: 113 registrations that mean 43 organisations (and 3
  that name none), a Zoom webinar's registration report as CSV (the report's lines above
  its header); both made and measured before the matching was changed for them;
- ``tests/data/messy/crm-thirtieth``: 119 contacts that mean 43 organisations (and 2 that
  name none), a bookkeeping package's (Moneybird) contacts saved as CSV;
- ``tests/data/messy/crm-thirtyfirst``: 110 tasks that mean 37 organisations (and 6 that
  name none), an Asana project exported as CSV, the organisation in the task's name or in
  a custom field; both made and measured before the matching was changed for them;
- ``tests/data/messy/crm-thirtysecond``: 114 rows that mean 36 organisations (and 1 that
  names none), a school's list of recognised work-placement companies from SBB in Excel,
  a row per qualification;
- ``tests/data/messy/crm-thirtythird``: 117 contacts that mean 38 organisations (and 3
  that name none), a network coordinator's Google Contacts as Google CSV; both made and
  measured before the matching was changed for them;
- ``tests/data/messy/crm-thirtyfourth``: 115 rows that mean 41 organisations (and 1 that
  names none), a LinkedIn Sales Navigator account list as CSV, names often in English;
- ``tests/data/messy/crm-thirtyfifth``: 119 contacts that mean 41 organisations (and 2
  that name none), a werkgeversservicepunt's Outlook contacts as CSV; both made and
  measured before the matching was changed for them.

``truth.csv`` in each says which row is which. Prints, per fixture, after the load and after
the review:

- the number of organisations (the truth: 24, 24, 29, 31, 33, 32, 33, 35, 30, 37,
  33, 36, 36, 37, 39, 39, 40, 36, 38, 43, 40, 42, 41, 39, 38, 44, 40, 39, 43, 43,
  37, 36, 38, 41 and 41);
- pairwise precision: of the row pairs put in one organisation, the share that are one;
- pairwise recall: of the row pairs that are one organisation, the share put in one.

and the review: its pairs to decide, how many are one organisation and how many not (the
noise a user wades through), and its conflicts of facts; and those pairs over all lists.

    python bench/matching_quality.py [--store PATH|URI] [--dataset FOLDER]

A row of kind Gemeente counts as the municipality's organisation. A row the truth does not
name but the load made an organisation of (a report's footer line) counts in the number of
organisations, not in precision or recall.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import shutil
import tempfile
from pathlib import Path
from typing import Any

from stakeholder_graph import api
from stakeholder_graph.graph.model import ORGANISATION_KINDS
from stakeholder_graph.merges import apply_review, is_conflict, write_review

MESSY = Path(__file__).resolve().parents[1] / "tests" / "data" / "messy"
DATASET = MESSY / "crm-2026"
DATASETS = (DATASET, MESSY / "crm-heldout", MESSY / "crm-third", MESSY / "crm-fourth",
            MESSY / "crm-fifth", MESSY / "crm-sixth", MESSY / "crm-seventh",
            MESSY / "crm-eighth", MESSY / "crm-ninth", MESSY / "crm-tenth",
            MESSY / "crm-eleventh", MESSY / "crm-twelfth", MESSY / "crm-thirteenth",
            MESSY / "crm-fourteenth", MESSY / "crm-fifteenth", MESSY / "crm-sixteenth",
            MESSY / "crm-seventeenth", MESSY / "crm-eighteenth", MESSY / "crm-nineteenth",
            MESSY / "crm-twentieth", MESSY / "crm-twentyfirst",
            MESSY / "crm-twentysecond", MESSY / "crm-twentythird",
            MESSY / "crm-twentyfourth", MESSY / "crm-twentyfifth",
            MESSY / "crm-twentysixth", MESSY / "crm-twentyseventh",
            MESSY / "crm-twentyeighth", MESSY / "crm-twentyninth",
            MESSY / "crm-thirtieth", MESSY / "crm-thirtyfirst",
            MESSY / "crm-thirtysecond", MESSY / "crm-thirtythird",
            MESSY / "crm-thirtyfourth", MESSY / "crm-thirtyfifth")
KINDS = set(ORGANISATION_KINDS)


def truth(dataset: Path = DATASET) -> dict[int, str]:
    """Row number of the export → the organisation it means."""
    with (dataset / "truth.csv").open(encoding="utf-8", newline="") as fh:
        return {int(r["row"]): r["organisation"] for r in csv.DictReader(fh)}


def rows_to_nodes(store: Any, file_suffix: tuple[str, ...] = (".csv", ".xlsx")
                  ) -> dict[int, str]:
    """Row number of the export → the organisation (node id) that holds its claim."""
    out: dict[int, str] = {}
    places: dict[int, str] = {}  # a municipality that names a row as it took an old name
    for node in store.nodes():
        if node["kind"] not in KINDS:
            continue
        for where in node["sources"]:
            if where.get("file", "").endswith(file_suffix) and where.get("row") is not None:
                into = places if node["kind"] == "Municipality" else out
                into[int(where["row"])] = node["id"]
    return {**places, **out}


def figures(store: Any, expected: dict[int, str]) -> dict[str, float]:
    """Organisations, pairwise precision and recall of a store against the truth."""
    found = rows_to_nodes(store)
    missing = set(expected) - set(found)
    if missing:
        raise AssertionError(f"rows held by no organisation: {sorted(missing)}")
    same_truth = same_found = both = 0
    for a, b in itertools.combinations(sorted(expected), 2):
        t, f = expected[a] == expected[b], found[a] == found[b]
        same_truth += t
        same_found += f
        both += t and f
    return {"organisations": len(set(found.values())),
            "precision": both / same_found if same_found else 1.0,
            "recall": both / same_truth if same_truth else 1.0}


def decide(review: list[dict[str, Any]], store: Any, expected: dict[int, str]) -> list[dict]:
    """Fill in the review's decision column as a user who knows the truth would."""
    found = rows_to_nodes(store)
    by_node: dict[str, set[str]] = {}
    for row, node in found.items():
        if row in expected:  # a row the truth does not name (a report's footer) decides nothing
            by_node.setdefault(node, set()).add(expected[row])
    out = []
    for row in review:
        if is_conflict(row):
            out.append(row)  # a conflict of facts: nothing to decide here
            continue
        same = by_node.get(row["id"], set()) & by_node.get(row["candidate_id"], set())
        out.append({**row, "decision": "accept" if same else "reject"})
    return out


def measure(store: Any, dataset: Path = DATASET) -> dict[str, dict[str, float]]:
    """Load the dataset into ``store`` (empty), decide its review, and return the figures
    ``after_load`` and ``after_review``, and the ``review``: the pairs it proposed, those
    accepted (one organisation) and rejected (not: the noise a user wades through), and
    the conflicts of facts it listed."""
    expected = truth(dataset)
    result = api.load([dataset], store)
    after_load = figures(store, expected)
    decided = decide(result.review, store, expected)
    with tempfile.TemporaryDirectory() as tmp:
        review = Path(tmp) / "review.csv"
        write_review(decided, review)
        apply_review(store, review)
    counts = {d: sum(r.get("decision") == d for r in decided) for d in ("accept", "reject")}
    return {"after_load": after_load, "after_review": figures(store, expected),
            "truth": {"organisations": len(set(expected.values())), "rows": len(expected)},
            "review": {"pairs": counts["accept"] + counts["reject"],
                       "accepted": counts["accept"], "rejected": counts["reject"],
                       "conflicts": sum(map(is_conflict, decided))}}


def with_mapping(dataset: Path, data: str, mapping: str, folder: Path) -> Path:
    """A copy of a list's folder in ``folder`` (its data file and truth) that loads it with
    another of its mappings (``mappings/<mapping>``)."""
    folder = folder / dataset.name
    (folder / "mappings").mkdir(parents=True)
    for name in (data, "truth.csv", f"mappings/{mapping}"):
        shutil.copy(dataset / name, folder / name)
    (folder / "dataset.yaml").write_text(
        f"name: {dataset.name}\nprovince: Noord-Holland\nfiles:\n"
        f"  - path: {data}\n    mapping: mappings/{mapping}\n", encoding="utf-8")
    return folder


def held_together(store: Any, dataset: Path) -> dict[str, set[str]]:
    """Each organisation in ``store`` after a list's review (see :func:`measure`), as the
    organisations of its truth its rows mean: a set of more than one is a pair put
    together that is not one."""
    measure(store, dataset)
    found, expected = rows_to_nodes(store), truth(dataset)
    held: dict[str, set[str]] = {}
    for row, node in found.items():
        if row in expected:
            held.setdefault(node, set()).add(expected[row])
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an empty store (default: a temporary SQLite file)")
    parser.add_argument("--dataset", type=Path, action="append",
                        help="a fixture folder (default: every fixture)")
    args = parser.parse_args()
    total = {"pairs": 0, "accepted": 0, "rejected": 0}
    for dataset in args.dataset or DATASETS:
        with tempfile.TemporaryDirectory() as tmp:
            location = args.store or str(Path(tmp) / "matching.db")
            with api.open_store(location) as store:
                if args.store:
                    store.clear()
                out = measure(store, dataset)
        print(f"{dataset.name}: {out['truth']['rows']} rows meaning "
              f"{out['truth']['organisations']} organisations")
        print(f"{'':<14}{'organisations':>14}{'precision':>11}{'recall':>9}")
        for stage in ("after_load", "after_review"):
            f = out[stage]
            print(f"{stage.replace('_', ' '):<14}{f['organisations']:>14}"
                  f"{f['precision']:>11.3f}{f['recall']:>9.3f}")
        r = out["review"]
        print(f"review: {r['pairs']} pairs to decide ({r['accepted']} one organisation, "
              f"{r['rejected']} not) and {r['conflicts']} conflicts of facts")
        total = {k: total[k] + r[k] for k in total}
    print(f"all: {total['pairs']} pairs to decide, {total['accepted']} one organisation, "
          f"{total['rejected']} not")


if __name__ == "__main__":
    main()
