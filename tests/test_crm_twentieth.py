"""The twentieth held-out list: a Google Sheet "Partnerlijst Techniek & Zorg" kept by hand
by several staff of a network of West-Friesland, the Kop van Noord-Holland and Het Gooi,
downloaded as Excel (two tabs; title rows above the header, section rows between the
blocks, a free "Soort", villages for places, old names kept with "zie ...", rows appended
at the bottom by a colleague who did not look higher up; tests/data/messy/crm-twentieth/
maak_export.py writes it). Made and measured before the matching was read or changed for
it; every test that opens a store runs on the embedded SQLite store and the real Neo4j
server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import LoadProblems

TWENTIETH = Path(__file__).parent / "data" / "messy" / "crm-twentieth"
XLSX = "Partnerlijst Techniek & Zorg.xlsx"
PAIRS = 110  # the row pairs that are one organisation
ORGS = ("Company", "School", "PublicBody", "Campus")  # a municipality's source is CBS
SECTIONS = {"ONDERWIJS", "ZORG", "BEDRIJVEN", "OVERHEID"}


def _found(organisations: int, pairs: int, wrong: int) -> dict[str, float]:
    return {"organisations": organisations,
            "precision": pytest.approx(pairs / (pairs + wrong)),
            "recall": pytest.approx(pairs / PAIRS)}


def test_the_twentieth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, TWENTIETH)
    # 114 rows name 43 organisations; row 127 ("nog uitzoeken: installatiebedrijf uit
    # Zwaag") names none and is not in the truth.
    assert figures["truth"] == {"organisations": 43, "rows": 114}
    # Measured before any change for this list (mappings/partnerlijst.yaml): 53 and 98 of
    # the 110 pairs found, none wrong. The organisations count 5 of no truth row: the 4
    # section rows, loaded as companies "ONDERWIJS", "ZORG", "BEDRIJVEN", "OVERHEID" (the
    # mapping's defaults: kind:), and row 127. Still apart after the review: the
    # Ministerie van Defensie, "Defensie - Marinebasis Nieuwe Haven" and "Koninklijke
    # Marine"; "OSG De Hogeberg" and "Scholengemeenschap De Hogeberg"; "Horizon Collge
    # techniek" and the Horizon College; "PWN" and "PWN Waterleidingbedrijf Noord-Holland,
    # locatie Andijk"; "Tergooi" (Blaricum) and Tergooi MC; "Vivium Zorggroep" and
    # "Vivium Naarderheem".
    # At the next commit, the rows of a sheet's layout left out (made before this list was
    # seen, so held out too): 77 and 51 organisations, the same pairs (the 4 section rows
    # were in none). Since (made after its misses, so no held-out figure): "MC" says what
    # an organisation is, as "Ziekenhuis" does, so "Tergooi" in Blaricum is a pair with
    # Tergooi MC (101 after the review); and "MKB" is a company's word (rows 49 and 57 no
    # longer "did you mean 'mbo'?"). Still apart: the Defensie rows, De Hogeberg, Horizon,
    # PWN, Vivium (9 pairs).
    # Since the alias list names the Koninklijke Marine the Ministerie van Defensie, and a
    # part after a dash is of a one-word organisation the alias list knows ("Defensie -
    # Marinebasis Nieuwe Haven"), the Defensie rows are one at the load: 56 (75); and since
    # it names PWN by its registered name, "PWN Waterleidingbedrijf Noord-Holland, locatie
    # Andijk" is a pair of the review with PWN: 105 (47), 32 pairs. Still apart: De
    # Hogeberg, Horizon, Vivium (5 pairs).
    assert figures["after_load"] == _found(75, 56, 0)
    assert figures["after_review"] == _found(47, 105, 0)
    assert figures["review"] == {"pairs": 32, "accepted": 31, "rejected": 1, "conflicts": 4}


def test_the_twentieth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, TWENTIETH)
    for a, b in [("dijklander", "nwz"), ("dijklander", "tergooi"), ("nwz", "tergooi"),
                 ("ggd-hn", "ggd-gv"), ("wsp-gv", "wsp-kop"), ("hhnk", "agv"),
                 ("hhnk", "pwn"), ("agv", "pwn"), ("uwv", "werksaam"), ("uwv", "wsp-gv"),
                 ("uwv", "wsp-kop"), ("werksaam", "wsp-kop"), ("den-helder", "wsp-kop"),
                 ("den-helder", "port-den-helder"), ("den-helder", "den-helder-airport"),
                 ("port-den-helder", "den-helder-airport"), ("den-helder", "damen-den-helder"),
                 ("damen-den-helder", "damen-group"), ("den-helder", "defensie"),
                 ("den-helder", "vonk"), ("liander", "alliander"), ("enkhuizen", "enza"),
                 ("enkhuizen", "syngenta"), ("enza", "syngenta"), ("schagen", "bejo"),
                 ("texel", "teso"), ("texel", "nioz"), ("teso", "nioz"), ("texel", "hogeberg"),
                 ("hoorn", "horizon"), ("hoorn", "tabor"), ("hoorn", "dijklander"),
                 ("hoorn", "omring"), ("hoorn", "werksaam"), ("horizon", "vonk"),
                 ("horizon", "rocva"), ("hilversum", "rocva"), ("hilversum", "tergooi"),
                 ("hilversum", "wsp-gv"), ("gooise-meren", "ggd-gv"), ("huizen", "vivium"),
                 ("medemblik", "leekerweide"), ("medemblik", "pwn"), ("ggd-hn", "schagen"),
                 ("pnh", "hhnk"), ("omring", "leekerweide"), ("vivium", "gooise-meren")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_twentieth_review_names_its_pair_that_is_not_one(location, quality):
    result = api.load([TWENTIETH], location, lang="en")
    with api.open_store(location) as store:
        decided = quality.decide(result.review, store, quality.truth(TWENTIETH))
    rejected = {frozenset((r["name"], r["candidate_name"])) for r in decided
                if r.get("decision") == "reject"}
    # the parent and its yard: proposed ("similar name"), not merged by the load
    assert rejected == {frozenset(("Damen Shipyards Group", "Damen Shipyards Den Helder"))}


def test_the_twentieth_list_alone_reads_its_one_table_and_asks_for_two_words(tmp_path):
    # The workbook as downloaded, without a mapping: a Sheets download holds every tab.
    # Measured before: nothing loaded, one problem, "the workbook has several sheets
    # (Partners, Uitleg): name the one to load with sheet: in the mapping". Since, the one
    # sheet with a table is read ("Uitleg" holds a line of text per row), and said; the load
    # then asks for what the list itself says: 'onderzoek' and 'De Kooy'. Nothing written.
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTIETH / XLSX], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    assert sorted((p["row"], p["code"], p["value"]) for p in problems) == [
        (49, "unknown_municipality", "De Kooy"), (125, "unknown_kind", "onderzoek")]
    with api.open_store(str(tmp_path / "s.db")) as store:  # nothing half-written
        assert list(store.nodes()) == []
    mapping = (TWENTIETH / "mappings" / "partnerlijst.yaml").read_text(encoding="utf-8")
    (tmp_path / "m.yaml").write_text(mapping.replace("sheet: Partners\n", ""),
                                     encoding="utf-8")
    result = api.load([TWENTIETH / XLSX], tmp_path / "s.db", mapping=tmp_path / "m.yaml",
                      lang="en")
    assert result.problems == []
    assert any("the workbook has several sheets (Partners, Uitleg); 'Partners' loaded, the "
               "only one with a table" in w for w in result.warnings)


def test_the_twentieth_list_with_only_its_sheet_stops_at_sections_and_kinds(tmp_path):
    # The user's next step: a mapping that names only the tab. Measured before: the title
    # rows skipped and the columns guessed, then 7 problems: the 4 section rows (no kind),
    # 'MKB' (rows 49, 57: "did you mean 'mbo'?") and 'onderzoek' (row 125); nothing
    # loaded. Since, the section rows are left out and 'MKB' is a company: what is left is
    # 'onderzoek' and the place 'De Kooy' of row 49 (the mapping's values: answer both).
    (tmp_path / "m.yaml").write_text("table: organisations\nsheet: Partners\n",
                                     encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([TWENTIETH / XLSX], tmp_path / "s.db", mapping=tmp_path / "m.yaml",
                 lang="en")
    problems = caught.value.problems
    assert sorted((p["row"], p["code"], p["value"]) for p in problems) == [
        (49, "unknown_municipality", "De Kooy"), (125, "unknown_kind", "onderzoek")]
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert list(store.nodes()) == []


def test_the_twentieth_list_names_what_it_leaves_out(location):
    result = api.load([TWENTIETH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert {c for c, p in left_out.items() if p} == {"Contactpersoon", "E-mail", "Telefoon"}
    assert {"Regio", "Status", "Laatste contact"} <= set(left_out)
    assert not {"Organisatie", "Soort", "Plaats", "Website", "Opmerkingen"} & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "2 title row(s) above the header skipped (the header is row 3)" in warnings
    assert "'Andijk' merged into Medemblik on 2011-01-01" in warnings
    assert "'Bussum' merged into Gooise Meren on 2016-01-01" in warnings
    assert "'Clusius College' → Vonk (since 2022-08-01)" in warnings
    assert "'Westfriesgasthuis' → Dijklander Ziekenhuis (since 2019-01-07)" in warnings
    assert "'WSP Kop van NH' (Den Helder)" in warnings
    assert "\"'t Horntje\" (rows 20, 51" in warnings
    with api.open_store(location) as store:
        nodes = list(store.nodes())
    listed = [n for n in nodes if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])]
    assert listed and all(n["source"].startswith("illustratief") for n in listed)
    # Measured before: the section rows were loaded as organisations (defaults: kind:),
    # without a word. Since, left out, and said.
    assert not {n["name"] for n in nodes} & SECTIONS
    assert "4 section row(s) left out (a group's or section's name alone in its row): " \
        "'ONDERWIJS' (row 4), 'ZORG' (row 22), 'BEDRIJVEN' (row 42), 'OVERHEID' (row 65)" \
        in warnings
    stored = "\n".join(map(str, nodes))
    assert "info@" not in stored  # the E-mail column
    assert "bedrijfsbureau techniek" not in stored  # a role in Contactpersoon
