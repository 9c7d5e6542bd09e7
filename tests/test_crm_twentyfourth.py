"""The twenty-fourth held-out list: the responses of a Google Form with which organisations
signed up for a stand at a technology fair in Noord-Kennemerland, the linked Google Sheet
downloaded as CSV (Dutch interface: "Tijdstempel" as "19-1-2026 9:14:03", then one column
per question headed by the question, checkbox answers joined with ", ", an "Anders:" answer
as the text typed, the column of a deleted question kept), each respondent typing their
organisation's name and place, several respondents per organisation
(tests/data/messy/crm-twentyfourth/maak_export.py writes it). Made and measured before the
matching was read; every test that opens a store runs on the embedded SQLite store and the
real Neo4j server.
"""

from __future__ import annotations

import collections
import csv
from pathlib import Path

import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import LoadProblems
from stakeholder_graph.merges import is_conflict

TWENTYFOURTH = Path(__file__).parent / "data" / "messy" / "crm-twentyfourth"
CSV = ("Aanmelding standhouders Techniekmarkt Noord-Kennemerland 2026 (Antwoorden) - "
       "Formulierreacties 1.csv")
PAIRS = 112  # the row pairs that are one organisation
ORGS = ("Company", "School", "PublicBody", "Campus")  # a municipality's source is CBS


def _found(organisations: int, pairs: int, wrong: int) -> dict[str, float]:
    return {"organisations": organisations,
            "precision": pytest.approx(pairs / (pairs + wrong)),
            "recall": pytest.approx(pairs / PAIRS)}


def test_the_twentyfourth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, TWENTYFOURTH)
    # 110 responses name 39 organisations; 2 name none: the coordinator's test of the form
    # ("test", row 2: when measured, loaded as a company "test", one organisation more in
    # the counts; since, not loaded, and said) and "Particulier" (row 4: not loaded, and
    # said).
    assert figures["truth"] == {"organisations": 39, "rows": 110}
    # Measured before any change for this list (mappings/formulierreacties.yaml): 60 and
    # 104 of the 112 row pairs found, none wrong. Still apart after the review: "N.V.
    # Huisvuilcentrale Noord-Holland" from HVC (2 pairs), "Liander regio Noord-Holland
    # Noord" from Liander (2), "Drinkwaterbedrijf PWN" from PWN (2), "De Bazaar Beverwijk"
    # from "Beverwijkse Bazaar" (1), "TCS Netherlands" from "Tata Consultancy Services" (1).
    # Then, on rules made before this list was seen (9fbddcc to ba5a32a; still held out):
    # 64 and 104 pairs (67 and 44 organisations): "test" is no organisation; PWN's
    # registered name is in the alias list, so "PWN Waterleidingbedrijf Noord-Holland" is
    # PWN at the load; after the review the same pairs. Since (not held out): HVC is named
    # for the N.V. Huisvuilcentrale Noord-Holland in the alias list: 65 and 106. Since
    # "Beverwijkse Bazaar" is "De Bazaar Beverwijk" (a place's adjective): 66 and 107.
    assert figures["after_load"] == _found(65, 66, 0)
    assert figures["after_review"] == _found(42, 107, 0)
    assert figures["review"] == {"pairs": 26, "accepted": 26, "rejected": 0, "conflicts": 2}


def test_the_twentyfourth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, TWENTYFOURTH)
    for a, b in [("alkmaar", "wsp-alkmaar"), ("wsp-alkmaar", "wsp-zkijm"),
                 ("uwv", "wsp-alkmaar"), ("uwv", "wsp-zkijm"), ("alliander", "liander"),
                 ("tata-steel", "tcs"), ("nwz", "rkz"), ("alkmaar", "stadswerk072"),
                 ("alkmaar", "hvc"), ("stadswerk072", "hvc"), ("beverwijk", "bazaar"),
                 ("beverwijk", "heemskerk"), ("beverwijk", "rkz"), ("beverwijk", "nova"),
                 ("beverwijk", "kennemer"), ("pnh", "hhnk"), ("pnh", "onhn"), ("hhnk", "pwn"),
                 ("onhn", "pwn"), ("dijk-en-waard", "hhnk"), ("dijk-en-waard", "huygens"),
                 ("dijk-en-waard", "esdege"), ("horizon", "vonk"), ("horizon", "nova"),
                 ("horizon", "inholland"), ("vonk", "castricum"), ("pcc", "willem-blaeu"),
                 ("bergen-nh", "alkmaar"), ("tata-steel", "vattenfall"),
                 ("vattenfall", "crown-van-gelder"), ("tata-steel", "techport"),
                 ("esdege", "viva")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_twentyfourth_review_proposes_no_wrong_pair(location, quality):
    result = api.load([TWENTYFOURTH], location, lang="en")
    with api.open_store(location) as store:
        decided = quality.decide(result.review, store, quality.truth(TWENTYFOURTH))
    assert [r for r in decided if r.get("decision") == "reject"] == []
    conflicts = {r["name"] for r in decided if is_conflict(r)}
    assert conflicts == {"Horizon College", "Vonk"}  # one name in two municipalities


def test_the_twentyfourth_list_alone_asks_for_the_kinds_and_bergen(tmp_path):
    # The CSV as downloaded, without a mapping: the name, kind and place questions are read
    # by their headers. Measured: the load stopped at the form's choice "Overheid /
    # semi-overheid" (17 rows), at the "Anders:" texts and at 'Bergen' (Bergen (L.) or
    # (NH.)). Since, the form's choice and "Waterschap", "Drinkwaterbedrijf" and
    # "Werkgeversservicepunt" are kinds: it stops at "Stichting" and "Netwerkorganisatie"
    # (which say no kind) and at 'Bergen'; nothing is written.
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTYFOURTH / CSV], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    assert collections.Counter((p["code"], p["value"]) for p in problems) == {
        ("unknown_kind", "Stichting"): 1, ("unknown_kind", "Netwerkorganisatie"): 1,
        ("ambiguous_municipality", "Bergen"): 1}
    with api.open_store(str(tmp_path / "s.db")) as store:  # nothing half-written
        assert list(store.nodes()) == []
    with pytest.raises(LoadProblems) as caught:  # and in Dutch
        api.load([TWENTYFOURTH / CSV], tmp_path / "s.db")
    said = [p["problem"] for p in caught.value.problems]
    assert "onbekende soort 'Stichting'" in said[0]
    assert "gemeente 'Bergen' is dubbelzinnig: 'Bergen (L.)' of 'Bergen (NH.)'" in "\n".join(
        said)


def test_the_twentyfourth_list_rows_after_a_line_break_are_the_spreadsheets_rows(tmp_path):
    # Measured when the list was made: the remark of the response in spreadsheet row 42
    # (Bejo Zaden) has a line break (a quoted cell over two lines of the file), and the load
    # recorded each response by the line of the file on which it ends: from that response
    # on, one more than the row a spreadsheet shows, in the error report (the 'Waterschap'
    # answers of rows 75 and 87 were reported as 76 and 88) and in the sources. Since, a
    # CSV's rows are numbered as records, as a spreadsheet shows them. ("Waterschap" is a
    # kind since: the problem after the line break is 'Netwerkorganisatie', row 74.)
    with (TWENTYFOURTH / CSV).open(encoding="utf-8", newline="") as fh:
        sheet = list(csv.reader(fh))
    assert [n for n, r in enumerate(sheet, start=1) if r[2] == "Netwerkorganisatie"] == [74]
    assert sheet[41][1] == "Bejo Zaden" and "\n" in sheet[41][8]
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTYFOURTH / CSV], tmp_path / "s.db", lang="en")
    assert [p["row"] for p in caught.value.problems
            if p["value"] == "Netwerkorganisatie"] == [74]
    api.load([TWENTYFOURTH], tmp_path / "d.db", lang="en")
    with api.open_store(str(tmp_path / "d.db")) as store:
        bejo = next(n for n in store.nodes() if n["name"] == "Bejo Zaden")
    assert sorted(s["row"] for s in bejo["sources"]) == [42, 90]


def test_the_twentyfourth_mapping_without_values_asks_for_the_choices(tmp_path):
    # The columns named but not the choices: the same two kinds (23 when measured, before
    # the form's choices were kinds), and 'Bergen' (the file alone has no province; the
    # dataset folder gives Noord-Holland).
    mapping = (TWENTYFOURTH / "mappings" / "formulierreacties.yaml").read_text(
        encoding="utf-8")
    (tmp_path / "m.yaml").write_text(mapping.split("values:")[0], encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTYFOURTH / CSV], tmp_path / "s.db", mapping=tmp_path / "m.yaml",
                 lang="en")
    problems = caught.value.problems
    assert len(problems) == 3
    assert {p["column"] for p in problems if p["code"] == "unknown_kind"} == {
        "Type organisatie"}


def test_the_twentyfourth_list_names_what_it_leaves_out(location):
    result = api.load([TWENTYFOURTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out == {"Tijdstempel": False, "KvK-nummer (optioneel)": False,
                        "Aantal medewerkers": False,
                        "Welke opleidingen/beroepen wilt u laten zien?": False,
                        "Gewenste standgrootte": False}  # the form asked for no person
    warnings = "\n".join(result.warnings)
    assert "2 row(s) name no organisation, not loaded: 'test' (row 2); 'Particulier' " \
        "(row 4)" in warnings
    assert "'Bergen NH' → Bergen (NH.)" in warnings
    assert "'Heerhugowaard' merged into Dijk en Waard on 2022-01-01" in warnings
    assert "'Medisch Centrum Alkmaar' → Noordwest Ziekenhuisgroep (since 2015)" in warnings
    assert "'Clusius College' → Vonk (since 2022-08-01)" in warnings
    assert "'Nuon' → Vattenfall" in warnings
    # Measured: "row 75; did you mean 'Wichmond'…" (the sheet's row 74); since, the sheet's
    # row, and a region said as one.
    assert "loaded without a municipality: 'IJmond' (row 74; a region of several " \
        "municipalities)" in warnings
    assert "1 row(s) of kind municipality whose name names no municipality loaded as a " \
        "public body there: 'WSP Regio Alkmaar' (Alkmaar)" in warnings
    with api.open_store(location) as store:
        nodes = list(store.nodes())
    listed = [n for n in nodes if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])]
    assert listed and all(n["source"].startswith("illustratief: ") for n in listed)
    # The coordinator's test of the form was loaded as a company (measured; not said);
    # since, it names no organisation (said above).
    assert [n["kind"] for n in nodes if n["name"] == "test"] == []
