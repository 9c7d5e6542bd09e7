"""One organisation, one node; provenance with load times; history, diff and --as-of.

Every test runs on both stores: the embedded SQLite store and the real Neo4j server.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError
from stakeholder_graph.graph.history import parse_moment
from stakeholder_graph.graph.model import ORGANISATION_KINDS
from stakeholder_graph.loaders import read_path
from stakeholder_graph.merges import apply_review, undo_merge, write_review

MESSY = Path(__file__).parent / "data" / "messy"
ORG_KINDS = [k for k in ORGANISATION_KINDS if k != "Municipality"]

# The name variants in the messy export that are sure matches of organisations the example
# holds, and the likely ones that must wait for the user.
SURE = {
    "slug:tata-steel-ijmuiden-b-v": "slug:tata-steel",    # legal form + place in Velsen
    "slug:tatasteel": "slug:tata-steel",                  # spelling (and a known alias)
    "slug:fokker-services-b-v": "slug:fokker-services",
    "slug:royal-schiphol-group-n-v": "slug:royal-schiphol-group",
    "slug:port-of-amsterdam-n-v": "slug:port-of-amsterdam",
    "slug:stichting-techport": "slug:techport",
    "slug:klm-royal-dutch-airlines": "slug:klm",          # an alias of KLM
}
LIKELY = {
    ("slug:damen-shipyards-gorinchem", "slug:damen-shipyards-den-helder"),  # other yard
    ("slug:vattenfal", "slug:vattenfall"),                                  # a typo
    ("slug:roc-v-amsterdam-hoofddorp", "brin:25PZ"),                       # a branch, and
    ("slug:roc-v-amsterdam-hoofddorp", "brin:30MD"),                       # two namesakes
    ("slug:tata-steel-nederland", "slug:tata-steel"),                      # the holding
}
NEW = {"slug:koninklijke-marechaussee", "slug:damen-shipyards-gorinchem", "slug:vattenfal",
       "slug:cooperatieve-rabobank-u-a", "slug:roc-v-amsterdam-hoofddorp",
       "slug:tata-steel-nederland"}


@pytest.fixture(params=["sqlite", "neo4j"])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield api.open_store(tmp_path / "store.db")
    else:
        yield request.getfixturevalue("neo4j_store")


def _orgs(store) -> set[str]:
    return {n["id"] for n in store.nodes() if n["kind"] in ORG_KINDS}


def test_messy_export_resolves_to_the_right_organisations(store, example):
    first = store.load(read_path(example), at=parse_moment("2026-01-01"))
    assert first.merged == [] and first.review == []  # the example is clean
    before = _orgs(store)
    result = store.load(read_path(MESSY), at=parse_moment("2026-02-01"))
    assert {m["id"]: m["target"] for m in result.merged} == SURE
    assert {(r["id"], r["candidate_id"]) for r in result.review} == LIKELY
    # Exactly the six new organisations; no variant left as a node of its own.
    assert _orgs(store) == before | NEW
    # The near-namesake of the Koninklijke Marine stays apart, and is not even proposed.
    assert "slug:koninklijke-marechaussee" in _orgs(store)
    assert not any("marechaussee" in r["id"] for r in result.review)
    tata = store.node("slug:tata-steel")
    assert {"Tatasteel", "Tata Steel IJmuiden B.V."} <= set(tata["aliases"])
    assert tata["name"] == "Tata Steel"  # the organisation's own name wins over variants
    assert tata["source"].startswith("Brief GS")  # and its own citation comes first
    # References to a variant's name land on the organisation.
    ties = {(e["start"], e["end"]) for e in store.edges("PARTNERS_WITH")}
    assert ("slug:port-of-amsterdam", "slug:tata-steel") in ties
    assert ("slug:tata-steel", "slug:vattenfal") in ties
    # Loading the same export again merges the same way and proposes nothing new.
    again = store.load(read_path(MESSY), at=parse_moment("2026-02-02"))
    assert not again.changed and again.review == []


def test_review_file_accept_reject_and_later_loads_follow(store, example, tmp_path):
    store.load(read_path(example))
    result = store.load(read_path(MESSY))
    review = tmp_path / "review.xlsx"
    rows = []
    for row in result.review:
        accept = (row["id"], row["candidate_id"]) in {
            ("slug:vattenfal", "slug:vattenfall"),
            ("slug:roc-v-amsterdam-hoofddorp", "brin:25PZ")}
        rows.append({**row, "decision": "ja" if accept else "nee"})
    write_review(rows, review)
    counts = apply_review(store, review)
    assert counts == {"merged": 2, "rejected": 3, "already": 0}
    assert "slug:vattenfal" not in _orgs(store)
    assert "slug:roc-v-amsterdam-hoofddorp" not in _orgs(store)
    assert "Vattenfal" in store.node("slug:vattenfall")["aliases"]
    # The typo's tie moved to the real Vattenfall.
    ties = {(e["start"], e["end"]) for e in store.edges("PARTNERS_WITH")}
    assert ("slug:tata-steel", "slug:vattenfall") in ties
    assert ("slug:tata-steel", "slug:vattenfal") not in ties
    # Applying the same file again changes nothing.
    assert apply_review(store, review)["already"] == 5
    # A fresh store with the same decisions: the export loads merged, nothing to review.
    decisions = store.decisions()
    assert {(d["variant"], d["decision"]) for d in decisions} >= {
        ("slug:vattenfal", "accept"), ("slug:damen-shipyards-gorinchem", "reject")}
    again = store.load(read_path(MESSY))
    assert again.review == [] and not again.changed


def test_a_bad_review_file_applies_nothing(store, example, tmp_path):
    store.load(read_path(example))
    store.load(read_path(MESSY))
    checksum = store.content_checksum()
    bad = tmp_path / "review.csv"
    bad.write_text("decision,id,candidate_id\naccept,slug:vattenfal,slug:vattenfall\n"
                   "misschien,slug:damen-shipyards-gorinchem,slug:damen-shipyards-den-helder\n")
    with pytest.raises(InputError, match="row 3.*write accept or reject"):
        apply_review(store, bad)
    bad.write_text("decision,id,candidate_id\naccept,slug:vattenfal,slug:vattenfall\n"
                   "accept,slug:nobody,slug:klm\n")
    with pytest.raises(InputError, match="no organisation 'slug:nobody'"):
        apply_review(store, bad)
    assert store.content_checksum() == checksum


def test_a_merge_can_be_undone(store, example):
    store.load(read_path(example))
    store.load(read_path(MESSY))
    def fokker_ties() -> set[tuple[str, str, str, str]]:
        return {(e["type"], e["start"], e["end"], e["key"]) for e in store.edges()
                if "slug:fokker-services" in (e["start"], e["end"])}

    fokker_before = fokker_ties()
    assert undo_merge(store, "slug:fokker-services-b-v") == "slug:fokker-services"
    variant = store.node("slug:fokker-services-b-v")
    assert variant["name"] == "Fokker Services B.V." and "aliases" not in variant
    assert "Fokker Services B.V." not in store.node("slug:fokker-services").get("aliases", [])
    located = {(e["start"], e["end"]) for e in store.edges("LOCATED_IN")}
    assert ("slug:fokker-services-b-v", "cbs:GM0394") in located
    assert ("slug:fokker-services", "cbs:GM0394") in located  # its own row still says so
    assert fokker_ties() == fokker_before
    # Undone means rejected: a reload keeps them apart, and still merges the others.
    again = store.load(read_path(MESSY))
    assert {m["id"] for m in again.merged} == set(SURE) - {"slug:fokker-services-b-v"}
    assert "slug:fokker-services-b-v" in _orgs(store)
    assert ("slug:fokker-services-b-v", "slug:fokker-services", "reject") in {
        (d["variant"], d["target"], d["decision"]) for d in store.decisions()}
    with pytest.raises(InputError, match="organisation of its own"):
        undo_merge(store, "slug:fokker-services-b-v")


def _edited_example(tmp_path: Path, example: Path) -> tuple[Path, dict]:
    """A copy of the example with three edits: a changed sector, a removed tie, a new org."""
    copy = tmp_path / "noord-holland"
    shutil.copytree(example, copy)
    orgs = copy / "organisaties.csv"
    text = orgs.read_text(encoding="utf-8-sig")
    assert "slug:vattenfall;Vattenfall;Bedrijf;Amsterdam;energie;" in text
    text = text.replace("slug:vattenfall;Vattenfall;Bedrijf;Amsterdam;energie;",
                        "slug:vattenfall;Vattenfall;Bedrijf;Amsterdam;energie en warmte;")
    text += ("slug:alliander;Alliander;Bedrijf;Amsterdam;energie;;;;;;;;;"
             "illustratief: testregel voor diff;\n")
    orgs.write_text(text, encoding="utf-8-sig")
    ties = copy / "relaties.csv"
    lines = ties.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    removed = next(i for i, line in enumerate(lines) if line.startswith("Tata Steel;brin:25PZ"))
    del lines[removed]
    ties.write_text("".join(lines), encoding="utf-8-sig")
    return copy, {"removed": ("HOSTS_INTERNS_FROM", "slug:tata-steel", "brin:25PZ",
                              "luchtvaarttechniek")}


def test_diff_lists_exactly_the_edits_and_as_of_shows_the_past(store, example, tmp_path):
    store.load(read_path(example), at=parse_moment("2026-01-01"))
    january = store.stats()
    january_checksum = store.content_checksum()
    edited, expected = _edited_example(tmp_path, example)
    result = store.load(read_path(edited), at=parse_moment("2026-02-01"))
    assert result.edges_ended == 1 and result.nodes_ended == 0
    changes = api.diff(store)
    nodes, ties = changes["nodes"], changes["relationships"]
    assert [n["id"] for n in nodes["added"]] == ["slug:alliander"]
    assert nodes["removed"] == []
    assert [(c["key"], c["changes"]) for c in nodes["changed"]] == [
        ("slug:vattenfall", {"sector": ["energie", "energie en warmte"]})]
    assert [(e["type"], e["start"], e["end"]) for e in ties["added"]] == [
        ("LOCATED_IN", "slug:alliander", "cbs:GM0363")]
    assert [(e["type"], e["start"], e["end"], e["key"]) for e in ties["removed"]] == [
        expected["removed"]]
    assert ties["changed"] == []
    # The removed tie is end-dated, not deleted: show lists it with its end.
    info = api.show("Tata Steel", store)
    ended = [t for t in info["ties"] if t["until"]]
    assert [(t["type"], t["other"]) for t in ended] == [("HOSTS_INTERNS_FROM", "brin:25PZ")]
    assert ended[0]["until"].startswith("2026-02-01")
    # --as-of before the edit shows the January network, exactly.
    past = store.as_of("2026-01-15")
    assert past.stats() == january
    assert past.content_checksum() == january_checksum
    assert past.node("slug:vattenfall")["sector"] == "energie"
    assert store.as_of("2026-02-15").stats() == store.stats()
    assert store.as_of("2025-12-31").stats()["total_nodes"] == 0


def test_history_records_every_load_with_checksums(store, example, tmp_path):
    store.load(read_path(example), at=parse_moment("2026-01-01"))
    edited, _ = _edited_example(tmp_path, example)
    store.load(read_path(edited), at=parse_moment("2026-02-01"))
    loads = store.loads()
    assert [entry["id"] for entry in loads] == [1, 2]
    first, second = (entry["checksums"] for entry in loads)
    assert first["noord-holland/relaties.csv"] != second["noord-holland/relaties.csv"]
    import hashlib

    assert second["noord-holland/relaties.csv"] == hashlib.sha256(
        (edited / "relaties.csv").read_bytes()).hexdigest()
    assert loads[1]["counts"]["edges_ended"] == 1 and loads[1]["counts"]["nodes_added"] == 1
    with pytest.raises(InputError, match="history only moves forward"):
        store.load(read_path(example), at=parse_moment("2026-01-15"))


def test_a_vanished_organisation_ends_with_its_ties_and_can_return(store, example, tmp_path):
    store.load(read_path(example), at=parse_moment("2026-01-01"))
    copy = tmp_path / "noord-holland"
    shutil.copytree(example, copy)
    orgs, ties = copy / "organisaties.csv", copy / "relaties.csv"
    keep_orgs, keep_ties = orgs.read_bytes(), ties.read_bytes()
    orgs.write_text("".join(line for line in orgs.read_text(encoding="utf-8-sig")
                            .splitlines(keepends=True) if not line.startswith("slug:vattenfall")),
                    encoding="utf-8-sig")
    ties.write_text("".join(line for line in ties.read_text(encoding="utf-8-sig")
                            .splitlines(keepends=True) if "Vattenfall" not in line
                            and "slug:vattenfall" not in line), encoding="utf-8-sig")
    gone = store.load(read_path(copy), at=parse_moment("2026-02-01"))
    assert gone.nodes_ended == 1
    assert "slug:vattenfall" not in _orgs(store)
    assert all("slug:vattenfall" not in (e["start"], e["end"]) for e in store.edges())
    assert "slug:vattenfall" in {n["id"] for n in store.as_of("2026-01-20").nodes()}
    orgs.write_bytes(keep_orgs)
    ties.write_bytes(keep_ties)
    back = store.load(read_path(copy), at=parse_moment("2026-03-01"))
    assert back.nodes_added == 1
    assert store.as_of("2026-03-02").content_checksum() == \
        store.as_of("2026-01-02").content_checksum()
    assert "slug:vattenfall" not in {n["id"] for n in store.as_of("2026-02-15").nodes()}


def test_cli_show_diff_history_resolve_and_as_of(tmp_path, example):
    db = str(tmp_path / "cli.db")
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, ["--store", db, *args])
        assert result.exit_code == 0, result.output
        return result.output

    run("load", str(example), "--at", "2026-01-01", "--quiet")
    out = run("load", str(MESSY), "--at", "2026-02-01")
    assert "7 naamvarianten samengevoegd" in out and "5 mogelijke dubbele organisatie(s)" in out
    review = tmp_path / "cli-review.csv"
    assert review.exists()
    with open(review, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5 and all(r["besluit"] == "" for r in rows)  # Dutch headers
    for r in rows:
        r["besluit"] = "accept" if r["id"] == "slug:vattenfal" else "reject"
    with open(review, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert "1 samengevoegd, 4 apart gehouden" in run("resolve", "--apply", str(review))
    assert "slug:vattenfal" in run("resolve", "--list")
    shown = run("show", "Tatasteel")  # found by its alias
    assert "Tata Steel (slug:tata-steel, bedrijf)" in shown
    assert "uit crm/crm-export.csv rij 3, geladen 2026-02-01" in shown
    assert json.loads(run("show", "slug:vattenfall", "--format", "json"))["merged"] == [
        {"id": "slug:vattenfal", "name": "Vattenfal"}]
    assert "+ Koninklijke Marechaussee" in run("diff", "--since", "1", "--until", "2")
    history = run("history")
    assert "crm/crm-export.csv (" in history and "2026-02-01" in history
    january = json.loads(run("stats", "--as-of", "2026-01-15", "--format", "json"))
    assert january["nodes"]["Company"] == 10
    suggestions = run("suggest", "--as-of", "2026-01-15", "--format", "json")
    assert "Vattenfal\"" not in suggestions
    html = tmp_path / "jan.html"
    assert "Wrote map" in run("map", "-o", str(html), "--as-of", "2026-01-15")
    assert "Marechaussee" not in html.read_text(encoding="utf-8")
    assert "Marechaussee" in (run("map", "-o", str(html)) and html.read_text(encoding="utf-8"))
    bad = runner.invoke(cli, ["--store", db, "stats", "--as-of", "gisteren"])
    assert bad.exit_code == 1 and "not a date: 'gisteren'" in bad.output
    none = runner.invoke(cli, ["--store", db, "show", "Tata Stel"])
    assert none.exit_code == 1 and "did you mean" in none.output


def test_a_schema_1_store_is_migrated(tmp_path, example):
    """A store written by the previous version opens, keeps its facts and gains history."""
    import sqlite3

    db = tmp_path / "old.db"
    with api.open_store(db) as store:
        store.load(read_path(example))
        expected = store.content_checksum()
    conn = sqlite3.connect(db)
    conn.executescript("""
        ALTER TABLE nodes RENAME TO n2; ALTER TABLE edges RENAME TO e2;
        ALTER TABLE loads RENAME TO l2; DROP TABLE decisions;
        CREATE TABLE nodes (id TEXT PRIMARY KEY, kind TEXT NOT NULL, props TEXT NOT NULL,
                            sources TEXT NOT NULL);
        CREATE TABLE edges (type TEXT NOT NULL, source TEXT NOT NULL REFERENCES nodes(id),
                            target TEXT NOT NULL REFERENCES nodes(id),
                            key TEXT NOT NULL DEFAULT '', props TEXT NOT NULL,
                            sources TEXT NOT NULL, PRIMARY KEY (type, source, target, key));
        CREATE TABLE loads (id INTEGER PRIMARY KEY, at TEXT NOT NULL, files TEXT NOT NULL,
                            summary TEXT NOT NULL);
        INSERT INTO nodes SELECT id, kind, props, sources FROM n2;
        INSERT INTO edges SELECT type, source, target, key, props, sources FROM e2;
        INSERT INTO loads SELECT id, '2026-01-01T10:00:00Z', files, summary FROM l2;
        DROP TABLE e2; DROP TABLE n2; DROP TABLE l2;
        UPDATE meta SET value = '1' WHERE key = 'schema_version';
    """)
    conn.close()
    with api.open_store(db) as store:
        assert store.content_checksum() == expected
        assert not store.load(read_path(example)).nodes_added
        assert store.content_checksum() == expected


def test_a_copy_keeps_history_decisions_and_the_past(store, example, tmp_path):
    """push/pull copy claims, ended facts, the load history and the match decisions."""
    with api.open_store(tmp_path / "origin.db") as origin:
        origin.load(read_path(example), at=parse_moment("2026-01-01"))
        edited, _ = _edited_example(tmp_path, example)
        origin.load(read_path(edited), at=parse_moment("2026-02-01"))
        origin.load(read_path(MESSY), at=parse_moment("2026-03-01"))
        result = store.copy_from(origin)
        assert result.nodes_added == origin.stats()["total_nodes"]
        assert result.edges_ended == 1  # the tie the edited copy dropped, kept as ended
        for day in ("2026-01-15", "2026-02-15", "2026-03-15"):
            assert store.as_of(day).content_checksum() == origin.as_of(day).content_checksum()
        # Three loads and the messy load's merges, then the copy itself.
        history = origin.loads()
        assert [e["event"] for e in history] == ["load", "load", "load", "merge"]
        assert [e["at"] for e in store.loads()][:4] == [e["at"] for e in history]
        assert store.decisions() == origin.decisions()
        assert api.diff(store, "1", "2") == api.diff(origin, "1", "2")
        assert not store.copy_from(origin).changed
