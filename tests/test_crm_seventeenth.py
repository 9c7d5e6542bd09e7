"""The seventeenth held-out list: a monday.com board "Netwerkpartners" exported to Excel
(one sheet: the board's name in row 1, per group a row with its name, the board's header row
and the group's items; subitems as a "Subitems" header row and a row per subitem, their name
in column B; "Item ID (auto generated)" last), as a labour-market network of
Zuid-Kennemerland, IJmond, Haarlemmermeer and Amstelland keeps its relations
(tests/data/messy/crm-seventeenth/maak_export.py writes it). Made and measured before the
matching was changed for it; every test that opens a store runs on the embedded SQLite
store and the real Neo4j server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import LoadProblems

SEVENTEENTH = Path(__file__).parent / "data" / "messy" / "crm-seventeenth"
XLSX = "Netwerkpartners_1765791234.xlsx"
PAIRS = 117  # the row pairs that are one organisation
ORGS = ("Company", "School", "PublicBody", "Campus")  # a municipality's source is CBS
# The rows that are no items: the groups' names, their repeated header rows, the subitems'
# header rows and the subitems. Measured before: loaded as organisations of their own ("no
# mapping can say which rows to leave out"), the subitems under the mapping's defaults:
# name:. Left out since, and said.
NOT_ITEMS = {"Name": [51, 73, 125], "Subitems": [6, 21, 53, 84],
             "subitem van het bord": [7, 8, 22, 54, 85, 86], "Onderwijs": [50],
             "Overheid": [72], "Archief": [124]}

def _found(organisations: int, pairs: int) -> dict[str, float]:
    return {"organisations": organisations, "precision": 1.0,
            "recall": pytest.approx(pairs / PAIRS)}


def test_the_seventeenth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, SEVENTEENTH)
    assert figures["truth"] == {"organisations": 40, "rows": 109}
    # Measured before any change for this list (mappings/netwerkpartners.yaml): 63 and 106
    # of the 117 row pairs that are one organisation found (69 and 49 organisations), no
    # pair that is not. The review proposed 24 pairs, all one organisation, and 3 conflicts
    # of facts. Still apart: "TSN" from Tata Steel IJmuiden (both Velsen); "SG Haarlem
    # Zuid" from the Spaarne Gasthuis (both Haarlem); "Woningcorporatie Ymere" (Amsterdam)
    # from Ymere (Haarlem).
    assert figures["after_load"]["organisations"] <= 69
    assert figures["after_load"]["precision"] == 1.0
    assert figures["after_load"]["recall"] >= 63 / PAIRS - 1e-9
    assert figures["after_review"]["organisations"] <= 49
    assert figures["after_review"]["precision"] == 1.0
    assert figures["after_review"]["recall"] >= 106 / PAIRS - 1e-9
    assert figures["review"]["rejected"] == 0


def test_the_seventeenth_list_as_measured(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, SEVENTEENTH)
    # Measured before any change for it: 69, 63; 49, 106; 24 pairs (above). Since (made
    # after its misses, so no held-out figure): a place and a part of it at a name's end
    # ("Spaarne Gasthuis Haarlem Zuid") is left out as the place is, also after an acronym
    # ("SG Haarlem Zuid": the Spaarne Gasthuis, 64 after the load, 68 organisations); a
    # name with a word that says what it is is a pair also in another municipality
    # ("Woningcorporatie Ymere" in Amsterdam, Ymere in Haarlem): 114 after the review (47).
    # Still apart: "TSN" (Tata Steel Nederland, a name only a note has). And the rows of
    # the board's layout (NOT_ITEMS) are left out: 6 organisations fewer, in no pair.
    # Since the alias list names KLM Engineering & Maintenance KLM, its row joins KLM's at
    # the load, no longer in two pairs of the review: 65 after the load (61), the same 114
    # after the review, 24 pairs.
    assert figures["after_load"] == _found(61, 65)
    assert figures["after_review"] == _found(41, 114)
    assert figures["review"] == {"pairs": 24, "accepted": 24, "rejected": 0, "conflicts": 3}


def test_the_seventeenth_list_with_a_mapping_that_names_no_columns(location, quality, tmp_path):
    # Measured before any change: as with the columns named; and since, as with it (also
    # since KLM Engineering & Maintenance is KLM on the alias list).
    folder = quality.with_mapping(SEVENTEENTH, XLSX, "zonder-kolommen.yaml", tmp_path)
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    assert figures["after_load"] == _found(61, 65)
    assert figures["after_review"] == _found(41, 114)
    assert figures["review"] == {"pairs": 24, "accepted": 24, "rejected": 0, "conflicts": 3}


@pytest.mark.parametrize("mapping", [None, "zonder-kolommen.yaml"])
def test_the_seventeenth_list_keeps_its_look_alikes_apart(location, quality, tmp_path, mapping):
    folder = SEVENTEENTH if mapping is None else quality.with_mapping(SEVENTEENTH, XLSX,
                                                                       mapping, tmp_path)
    with api.open_store(location) as store:
        held = quality.held_together(store, folder)
    for a, b in [("klm", "afklm"), ("klm", "transavia"), ("afklm", "transavia"),
                 ("klm", "rsg"), ("rsg", "sadc"), ("rsg", "transavia"),
                 ("wsp-zki", "wsp-ga"), ("wsp-zki", "uwv"), ("wsp-ga", "uwv"),
                 ("vrk", "ggd-kennemerland"), ("vrk", "vraa"), ("zha", "vraa"),
                 ("zha", "amstelveen"), ("haarlem", "pnh"), ("haarlem", "inholland"),
                 ("haarlem", "rabo"), ("haarlem", "spaarne"), ("haarlem", "mendel"),
                 ("velsen", "tata"), ("velsen", "zeehaven"), ("tata", "zeehaven"),
                 ("beverwijk", "odijmond"), ("beverwijk", "nova"), ("aalsmeer", "rfh"),
                 ("zandvoort", "circuit"), ("roca", "hva"), ("inholland", "hva"),
                 ("mra", "wsp-ga"), ("haarlemmermeer", "rsg"), ("heemstede", "haarlem")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_seventeenth_review_names_its_pairs(location, quality):
    result = api.load([SEVENTEENTH], location, lang="en")
    with api.open_store(location) as store:
        decided = quality.decide(result.review, store, quality.truth(SEVENTEENTH))
    assert not [r for r in decided if r.get("decision") == "reject"]
    pairs = {frozenset((r["name"], r["candidate_name"])): r["reason"] for r in decided}
    # "Onderdeel van" (a connect-boards column) is read as the parent: pairs to review.
    # (KLM Engineering & Maintenance under KLM was one; since the alias list names it KLM,
    # it joins KLM at the load and is in no pair.)
    assert not any("KLM Engineering & Maintenance" in pair for pair in pairs)
    assert "parent" in pairs[frozenset(("Brandweer Amsterdam-Amstelland, post Amstelveen",
                                        "Veiligheidsregio Amsterdam-Amstelland"))]
    assert pairs[frozenset(("Brandweer Kennemerland", "Veiligheidsregio Kennemerland"))] == \
        "one is part of the other, as its name says"


def test_the_seventeenth_list_alone_stops_only_at_what_the_board_itself_says(tmp_path):
    # The export as downloaded, without a mapping. Measured before: the board's name, row 2
    # and the first group's name were skipped as title rows, and the later groups' names,
    # their repeated header rows, the subitems' header rows and the subitems read as rows,
    # and stopped the load: 24 problems, 16 of them of those rows. Since, the rows of the
    # board's layout are left out; what is left is what the board says: its own words under
    # "Type" ('Wonen', 'Netwerkpartner') and the typo 'Hoofdorp', all at once.
    with pytest.raises(LoadProblems) as caught:
        api.load([SEVENTEENTH / XLSX], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    assert len(problems) == 8
    assert {(p["column"], str(p["value"])) for p in problems} == {
        ("Type", "Wonen"), ("Type", "Netwerkpartner"), ("Plaats", "Hoofdorp")}
    assert sorted(p["row"] for p in problems) == [33, 34, 35, 43, 44, 47, 48, 57]
    with api.open_store(str(tmp_path / "s.db")) as store:  # nothing half-written
        assert list(store.nodes()) == []


def test_the_seventeenth_list_names_what_it_leaves_out(location):
    result = api.load([SEVENTEENTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert {c for c, p in left_out.items() if p} == {"Eigenaar"}
    assert {"Subitems", "Status", "Laatste contact", "Item ID (auto generated)"} \
        <= set(left_out)
    assert not {"Name", "Type", "Plaats", "Website", "Onderdeel van", "Tags", "Notities"} \
        & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "3 title row(s) above the header skipped (the header is row 4)" in warnings
    assert "'Corus Staal BV' → Tata Steel IJmuiden (since 2010)" in warnings
    assert "'Kennemer Gasthuis' → Spaarne Gasthuis (since 2015-03-22)" in warnings
    assert "'Spaarne Ziekenhuis' → Spaarne Gasthuis (since 2015-03-22)" in warnings
    assert "'Bloemenveiling Aalsmeer' → FloraHolland (since 2008-01-01)" in warnings
    assert "1 municipality outside Noord-Holland: Utrecht (Utrecht)" in warnings
    # The rows of the board's layout, left out and said (measured before: loaded, and
    # their cells under "Plaats", "Item ID (auto generated)", the subitems' ids and
    # "Plaats", said as 8 places the municipality table does not know).
    assert "3 section row(s) left out (a group's or section's name alone in its row): " \
        "'Onderwijs' (row 50), 'Overheid' (row 72), 'Archief' (row 124)" in warnings
    assert "3 repeated header row(s) left out (rows 51, 73, 125)" in warnings
    assert "6 subitem row(s) left out with their 4 header row(s) (a table of its own under " \
        "an item: rows 6, 7, 8, 21, 22, 53, 54, 84, …)" in warnings
    assert "the municipality table does not know" not in warnings
    with api.open_store(location) as store:
        nodes = list(store.nodes())
    listed = [n for n in nodes if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])]
    assert listed and all(n["source"].startswith("illustratief") for n in listed)
    # The rows that are no items are in no organisation (measured before: each row of
    # NOT_ITEMS in one named so).
    rows = {s["row"] for n in nodes for s in n["sources"] if s.get("row")}
    assert not rows & {r for numbers in NOT_ITEMS.values() for r in numbers}
    assert not {n["name"] for n in nodes} & set(NOT_ITEMS)
    stored = "\n".join(map(str, nodes))
    assert "Team Werkgevers" not in stored and "Programmabureau" not in stored
