"""The twenty-first held-out list: the attendee list of a regional meeting, exported from
Eventbrite as CSV (the "Attendee Summary": Eventbrite's "Order #", "Order Date", "First
Name", "Last Name", "Email", ..., "Attendee Status", then the organiser's questions
"Organisatie", "Functie", "Gemeente/plaats", "Soort organisatie", ...), each attendee typing
their organisation's name and place and choosing its kind, several attendees per
organisation, some registered twice (tests/data/messy/crm-twentyfirst/maak_export.py writes
it). Made and measured before the matching was read; every test that opens a store runs on
the embedded SQLite store and the real Neo4j server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import LoadProblems

TWENTYFIRST = Path(__file__).parent / "data" / "messy" / "crm-twentyfirst"
CSV = "report-2026-03-13T0915.csv"
PAIRS = 137  # the row pairs that are one organisation
ORGS = ("Company", "School", "PublicBody", "Campus")  # a municipality's source is CBS


def _found(organisations: int, pairs: int, wrong: int) -> dict[str, float]:
    return {"organisations": organisations,
            "precision": pytest.approx(pairs / (pairs + wrong)),
            "recall": pytest.approx(pairs / PAIRS)}


def test_the_twentyfirst_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, TWENTYFIRST)
    # 118 attendee rows: 114 name 40 organisations; 4 name none ("zzp", "n.v.t.",
    # "Freelance", "Eigen onderneming (zzp)"): not in the truth. "zzp" and "n.v.t." are not
    # loaded (and said); "Freelance" and "Eigen onderneming (zzp)" were loaded as two
    # companies, so counted among the organisations (2 of the 72 and of the 49); not loaded
    # since (and said).
    assert figures["truth"] == {"organisations": 40, "rows": 114}
    # Measured before anything of the matching was read (mappings/deelnemers.yaml): 75 and
    # 120 of the 137 pairs found, none wrong. Still apart after the review (17 pairs):
    # "AZ (AFAS Stadion)" from "AZ"/"AZ Alkmaar" (2); "Gem. Dijk & Waard", chosen "Overheid /
    # semi-overheid", a public body, from the municipality Dijk en Waard (4); "NWZ Alkmaar"
    # from the Noordwest Ziekenhuisgroep (4); "RWS West-Nederland Noord" from
    # "Rijkswaterstaat" (1); "Tata Steel Nederland" from "Tata Steel" and its other two
    # rows (3); "Techniek NL" from "Techniek Nederland" (1); "UWV Werkbedrijf Alkmaar" (a
    # public body) from "UWV" and "uwv", merged as a company (the kind of "uwv", chosen
    # "Anders") (2). The review proposed 27 pairs, 2 not one organisation ("WSP ZW" with the
    # Werkgeversservicepunt Regio Alkmaar and "WSP Alkmaar"), and 4 conflicts of facts.
    # Since ZW is Zaanstreek-Waterland on the abbreviation list (made before this list was
    # seen, so held out too): the same 75 and 120 (0.876), and the two WSP ZW pairs that
    # are not one no longer proposed (25 pairs, none wrong).
    # Since (made after its misses, so no held-out figure): "Freelance" and "Eigen
    # onderneming (zzp)" name no organisation (2 fewer); "&" is "en" in a place's name, so
    # "Gem. Dijk & Waard" is the municipality Dijk en Waard (4 pairs); NWZ is the Noordwest
    # Ziekenhuisgroep on the alias list (4): 83 after the load (68); NL is Nederland in
    # names, so "Techniek NL" is a pair of the review with Techniek Nederland: 129 (0.942)
    # after the review (44), 26 pairs, none wrong. Still apart: AZ, RWS, Tata Steel
    # Nederland, UWV Werkbedrijf (8 pairs). Since a row's names are its organisation's once
    # merged ("Tata Steel", merged into "tatasteel", is held against "Tata Steel
    # Nederland", met before it): 134 (0.978) after the review (42), 28 pairs, none wrong.
    # Still apart: AZ, UWV Werkbedrijf (3 pairs). Since names of two kinds that are alike
    # are a pair ("uwv", a company, with the UWV Werkbedrijf Alkmaar): 136 (41), 29 pairs.
    assert figures["after_load"] == _found(68, 83, 0)
    assert figures["after_review"] == _found(41, 136, 0)
    assert figures["review"] == {"pairs": 29, "accepted": 29, "rejected": 0, "conflicts": 4}


def test_the_twentyfirst_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, TWENTYFIRST)
    for a, b in [("alkmaar", "wsp-alkmaar"), ("alkmaar", "az"), ("alkmaar", "pcc"),
                 ("wsp-alkmaar", "wsp-zw"), ("uwv", "wsp-alkmaar"), ("uwv", "wsp-zw"),
                 ("liander", "alliander"), ("seed-valley", "bejo"), ("nwz", "dijklander"),
                 ("nwz", "ggz-nhn"), ("woonwaard", "kennemer-wonen"), ("inholland", "hva"),
                 ("horizon", "vonk"), ("horizon", "inholland"), ("horizon", "huygens"),
                 ("jpthijsse", "bonhoeffer"), ("jpthijsse", "castricum"),
                 ("bonhoeffer", "castricum"), ("vonk", "castricum"), ("heiloo", "ggz-nhn"),
                 ("bergen-nh", "taqa"), ("dijk-en-waard", "hhnk"),
                 ("dijk-en-waard", "huygens"), ("pnh", "hhnk"), ("hhnk", "rws"),
                 ("hhnk", "pwn"), ("ggd-hn", "vrnhn"), ("ggd-hn", "ggz-nhn"),
                 ("onhn", "pnh"), ("techniek-nl", "metaalunie"), ("techport", "tata-steel"),
                 ("castricum", "uitgeest"), ("heiloo", "castricum"), ("heiloo", "bergen-nh"),
                 ("taqa", "tata-steel")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_twentyfirst_review_names_its_wrong_pairs(location, quality):
    result = api.load([TWENTYFIRST], location, lang="en")
    with api.open_store(location) as store:
        decided = quality.decide(result.review, store, quality.truth(TWENTYFIRST))
    rejected = {frozenset((r["name"], r["candidate_name"])) for r in decided
                if r.get("decision") == "reject"}
    # Measured before any change: the two Werkgeversservicepunten, by their abbreviations
    # ("similar name"): "WSP ZW" with the Werkgeversservicepunt Regio Alkmaar and with "WSP
    # Alkmaar". Since ZW is Zaanstreek-Waterland on the abbreviation list (held out, see
    # above), "WSP ZW" is no longer like either: no pair that is not one.
    assert rejected == set()


def test_the_twentyfirst_list_alone_stops_at_its_choices_and_places(tmp_path):
    # The export as downloaded, without a mapping. Measured: the headers "Organisatie",
    # "Soort organisatie" and "Email" are read as name, kind and e-mail ("Gemeente/plaats"
    # is not recognised), and the load stops with 50 problems, nothing written: the
    # dropdown's words that are no kind (44 rows), two rows without a kind, "Gemeente
    # Bergen" and "Gemeente Bergen (NH)" ambiguous (no province given), and "gemeente
    # castricum team economie" and "WSP regio Alkmaar" (chosen "Gemeente") no municipality.
    # Since "Gemeente Bergen (NH)" is Bergen (NH.) (the province is no abbreviation of the
    # name), one ambiguous place fewer; since the forms' choices "Overheid / semi-overheid"
    # and "Zorg en welzijn" are kinds, 30 problems fewer; and "Anders" gets no "did you
    # mean": 19 problems; since a department after "Gemeente X" is the municipality also
    # with a word such as "team" ("gemeente castricum team economie"): 18; since a row of
    # kind Gemeente without a place whose name names no municipality, nor a typo of one, is
    # a public body ("WSP regio Alkmaar"), as it is with a place: 17.
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTYFIRST / CSV], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    codes = [p["code"] for p in problems]
    assert len(problems) == 17
    assert {c: codes.count(c) for c in set(codes)} == {
        "unknown_kind": 14, "no_kind_in_row": 2, "ambiguous_municipality": 1}
    assert {p["value"] for p in problems if p["code"] == "unknown_kind"} == {
        "Branche- of netwerkorganisatie", "Anders"}
    assert not [p for p in problems if p.get("value") == "Anders"
                and "did you mean" in p["problem"]]
    assert {p["value"] for p in problems if p["column"] == "Organisatie"} == {
        "Gemeente Bergen"}
    with api.open_store(str(tmp_path / "s.db")) as store:  # nothing half-written
        assert list(store.nodes()) == []


def test_the_twentyfirst_mapping_loads_without_its_place_column(tmp_path, quality):
    # Without "Gemeente/plaats" under columns:. Measured: two rows stopped the load, a name
    # after "gemeente" that goes on with a team ("gemeente castricum team economie"), and
    # the WSP whose attendee chose "Gemeente". Since, the first is the municipality
    # Castricum, and the WSP a public body, said.
    folder = quality.with_mapping(TWENTYFIRST, CSV, "deelnemers.yaml", tmp_path)
    mapping = folder / "mappings" / "deelnemers.yaml"
    mapping.write_text(mapping.read_text(encoding="utf-8").replace(
        "  municipality: Gemeente/plaats\n", ""), encoding="utf-8")
    result = api.load([folder], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert "loaded as a public body there: 'WSP regio Alkmaar' (no place)" in \
        "\n".join(result.warnings)


def test_the_twentyfirst_list_names_what_it_leaves_out(location):
    result = api.load([TWENTYFIRST], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    # Eventbrite's "Email" is left out as personal data; its "First Name" and "Last Name"
    # (empty here) were left out as columns not in the mapping, not said to be personal;
    # said to be personal since they are known as a person's name columns.
    assert {c for c, p in left_out.items() if p} == {"Email", "First Name", "Last Name"}
    assert {"Order #", "Order Date", "First Name", "Last Name", "Attendee #", "Ticket Type",
            "Attendee Status", "Functie", "Welke workshop kiest u?",
            "Blijft u voor de lunch?"} <= set(left_out)
    assert not {"Organisatie", "Soort organisatie", "Gemeente/plaats"} & set(left_out)
    warnings = "\n".join(result.warnings)
    # Measured: 2 ("n.v.t.", "zzp"); since "Freelance" and "Eigen onderneming (zzp)" name
    # no organisation either, 4.
    assert "4 row(s) name no organisation, not loaded: 'n.v.t.' (row 16); 'zzp' (row 34); " \
        "'Eigen onderneming (zzp)' (row 46); 'Freelance' (row 115)" in warnings
    assert "1 row(s) of kind municipality whose name names no municipality loaded as a " \
        "public body there: 'WSP regio Alkmaar' (Alkmaar)" in warnings
    assert "'Heerhugowaard' merged into Dijk en Waard on 2022-01-01" in warnings
    assert "'Medisch Centrum Alkmaar' → Noordwest Ziekenhuisgroep (since 2015)" in warnings
    assert "'Clusius College' → Vonk (since 2022-08-01)" in warnings
    with api.open_store(location) as store:
        nodes = list(store.nodes())
    listed = [n for n in nodes if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])]
    assert listed and all(n["source"].startswith("illustratief: eenentwintigste")
                          for n in listed)
    # the rows the store records are the rows a spreadsheet shows (header row 1)
    rows = {s["row"]: n["name"] for n in nodes for s in n["sources"] if s.get("row")}
    assert rows[2] == "Alkmaar" and rows[64] == "AZ (AFAS Stadion)"
    assert 115 not in rows  # "Freelance": once loaded as a company, not since (above)
    stored = "\n".join(map(str, nodes))
    assert "@" not in stored
