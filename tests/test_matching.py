"""Name matching rules found on the third and fourth CRM exports (tests/data/messy/crm-third,
crm-fourth).

Each rule is checked on the smallest input that needs it: a match key, a pair in the
review file, or a tiny sheet loaded through ``api.load`` into a real SQLite store.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError
from stakeholder_graph.matching import initials, match_key, spells
from stakeholder_graph.merges import (
    apply_review,
    is_conflict,
    review_store,
    undo_merge,
    write_review,
)

ORGS = ("Company", "School", "PublicBody", "Campus", "Municipality")


def _sheet(tmp_path: Path, rows: str) -> Path:
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\n" + rows, encoding="utf-8")
    return sheet


def _organisations(db: Path) -> dict[str, tuple[str, list[str]]]:
    with api.open_store(str(db)) as store:
        return {n["id"]: (n["kind"], sorted(n.get("aliases") or [])) for n in store.nodes()
                if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])}


@pytest.mark.parametrize("a,b", [
    ("Campus Terra Technica", "Terra Technica"),  # "Campus" says what it is
    ("GVB Holding N.V.", "GVB"),  # so does "Holding"
    ("Hoogheemraadschap van Rijnland", "Hoogheemraadschap Rijnland"),  # a small word
    ("Werkgeversservicepunt Gooi en Vechtstreek", "WSP Gooi- Vechtstreek"),
    ("Stichting Van Gogh Museum", "Van Gogh Museum"),
    ("RMT NHN", "Regionaal Mobiliteitsteam Noord-Holland Noord"),  # abbreviations.csv
])
def test_name_variants_share_a_match_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a,b,place", [
    ("Siemens AG", "Siemens", None),  # a legal form of another country, at the end
    ("Ericsson AB", "Ericsson", None),
    ("Ørsted A/S", "Ørsted", None),
    ("Prov. Noord-Holland", "Provincie NH", None),  # "prov." written out
    ("Dijklander Ziekenhuis locatie Purmerend", "Dijklander Ziekenhuis", "GM0439"),
    # A location or department named after the organisation, not by a place.
    ("Hogeschool van Amsterdam locatie Amstelcampus", "Hogeschool van Amsterdam", "GM0363"),
    ("Gemeente Alkmaar, afdeling Werk en Inkomen", "Gemeente Alkmaar", "GM0361"),
    ("Nova College afd. Techniek", "Nova College", "GM0392"),
    ("Hogeschool v Amsterdam", "Hogeschool van Amsterdam", "GM0363"),  # "v" alone is "van"
    ("Spaarne Gasthuis Haarlem Zuid", "Spaarne Gasthuis", "GM0392"),  # a part of the place
])
def test_a_foreign_legal_form_or_a_location_at_the_end_leaves_one_key(a, b, place):
    assert match_key(a, place) == match_key(b, place)


def test_a_word_that_is_a_legal_form_elsewhere_stays_at_the_start():
    assert match_key("AS Watson") != match_key("Watson")


@pytest.mark.parametrize("name,key", [("Afdeling Zuid", "afdelingzuid"),
                                      ("Stichting Locatie Zuid", "locatiezuid"),
                                      ("Tata Steel B V", "tatasteelbv")])
def test_a_part_word_cuts_a_name_only_after_what_names_the_organisation(name, key):
    assert match_key(name) == key


@pytest.mark.parametrize("a,b", [
    ("Van Oord", "Oord"),  # a first "van" is part of the name
    ("Rijnland", "Hoogheemraadschap Rijnland"),  # Rijnland alone is also a region's name
    ("Campus Den Helder", "Den Helder"),
    ("RMT Noord-Holland Noord", "RMT Zaanstreek-Waterland"),
])
def test_different_organisations_keep_different_keys(a, b):
    assert match_key(a) != match_key(b)


@pytest.mark.parametrize("acro,name,expected", [
    ("nwz", "Noordwest Ziekenhuisgroep", True),  # NoordWest: a compound gives two letters
    ("klu", "Koninklijke Luchtmacht", True),
    ("kim", "Koninklijk Instituut voor de Marine", True),  # small words left out
    ("sbb", "Stichting Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven", True),
    ("nzw", "Noordwest Ziekenhuisgroep", False),  # the letters out of order
    ("nwz", "Nieuwe Zorg Westland", False),  # a word gives no letter
    ("nw", "Noordwest", False),  # one word: not an acronym of words
])
def test_an_acronym_spells_the_words_it_abbreviates(acro, name, expected):
    assert spells(acro, name) is expected


def test_initials_leave_out_the_word_that_says_what_a_body_is():
    assert initials("Stichting Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven") == \
        {"ssbb", "sbb"}


@pytest.mark.parametrize("a,b,place,reason", [
    ("Bejo Zaden B.V.", "Bejo", "Schagen", "one name begins the other"),  # four letters
    ("Koninklijke Coöperatieve Bloemenveiling FloraHolland U.A.", "Flora Holland", "Aalsmeer",
     "one name ends the other"),
    # (An acronym of compounds, "Noordwest Ziekenhuisgroep" and "NWZ", was the example;
    # the alias list names NWZ since: one organisation at the load.)
    ("Zuidwest Zorggroep", "ZWZ", "Alkmaar", "an abbreviation of the name"),
    ("Stichting Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven", "SBB", "Zoetermeer",
     "an abbreviation of the name"),
    ("Ontwikkelingsbedrijf Noord-Holland Noord", "ONHN", "", "an abbreviation of the name"),
    ("Hoogheemraadschap Rijnland", "Rijnland", "Leiden",  # what stays is a region's name
     "one name is the other with a word like 'Stichting'"),
    ("Rijnland", "Hoogheemraadschap van Rijnland", "Leiden",
     "one name is the other with a word like 'Stichting'"),
    # Found on the fourth CRM export (HubSpot): a name written as an acronym begins the
    # other, and an acronym of compounds where no municipality is known.
    # (PWN's own, "PWN Waterleidingbedrijf Noord-Holland", is in the alias list since.)
    ("GVB Openbaar Vervoer Noord", "GVB", "Velsen", "one name begins the other"),
    ("HVC Groep", "N.V. HVC", "Alkmaar", "one name begins the other"),
    ("Omgevingsdienst Noord-Holland Noord", "ODNHN", "", "an abbreviation of the name"),
    # Found on the fifth list (a hand-kept network list): an acronym at the end of a name.
    ("Ministerie van Sociale Zaken en Werkgelegenheid", "Ministerie van SZW", "",
     "an abbreviation of the name"),
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Ministerie van BZK",
     "Den Haag", "an abbreviation of the name"),
    ("Ministerie van Sociale Zaken en Werkgelegenheid", "Min. SZW", "",
     "an abbreviation of the name"),
    ("Shell Technology Centre Amsterdam", "Shell STCA", "Amsterdam",  # its S is Shell's
     "an abbreviation of the name"),
    ("Afval Energie Bedrijf Amsterdam", "AEB Amsterdam", "Amsterdam",  # without the place
     "an abbreviation of the name"),
    # Found on the sixth list (Salesforce): Dutch ij typed as y, and an acronym without the
    # royal predicate.
    ("Heijmans", "Heymans", "'s-Hertogenbosch", "similar name"),
    ("Koninklijk Nederlands Instituut voor Onderzoek der Zee", "NIOZ", "Texel",
     "an abbreviation of the name"),
    # Found on the fifteenth and sixteenth lists: the fire service is part of its
    # Veiligheidsregio (data/names/parts.csv), the rest of the name alike.
    ("Veiligheidsregio Zaanstreek-Waterland", "Brandweer Zaanstreek-Waterland", "Zaanstad",
     "one is part of the other, as its name says"),
    ("VR Kennemerland", "Brandweer Kennemerland", "", "one is part of the other, as its name says"),
    # A typo in the place that names the school: it stays a Hogeschool's name.
    ("Hogeschool van Amsterdam", "Hogeschool van Amsteram", "Amsterdam", "similar name"),
    # Found on the seventeenth list: an acronym, its place and a part of the place.
    ("Spaarne Gasthuis", "SG Haarlem Zuid", "Haarlem", "an abbreviation of the name"),
])
def test_likely_pairs_go_to_review_not_merged(tmp_path, a, b, place, reason):
    sheet = _sheet(tmp_path, f"{a};Bedrijf;{place}\n{b};Bedrijf;{place}\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == \
        [(b, a, reason)]
    assert len(_organisations(tmp_path / "s.db")) == 2



def test_a_part_its_name_says_is_a_pair_wherever_in_its_region_it_lies(tmp_path):
    # Found on the fifteenth list: the Brandweer Amsterdam-Amstelland's row is a fire
    # station in Amstelveen, its Veiligheidsregio's in Amsterdam.
    sheet = _sheet(tmp_path, "Veiligheidsregio Amsterdam-Amstelland;Overheid;Amsterdam\n"
                             "Brandweer Amsterdam-Amstelland;Overheid;Amstelveen\n")
    assert [(r["name"], r["candidate_name"], r["reason"])
            for r in api.load([sheet], tmp_path / "s.db", lang="en").review] == [
        ("Brandweer Amsterdam-Amstelland", "Veiligheidsregio Amsterdam-Amstelland",
         "one is part of the other, as its name says")]


@pytest.mark.parametrize("a,b,places", [
    ("Brandweer Amsterdam-Amstelland", "Veiligheidsregio Kennemerland", ("Amsterdam", "Haarlem")),
    ("Zuidwest Zorggroep", "ZWZ", ("Alkmaar", "Zaanstad")),  # an acronym of compounds
    ("Ontwikkelingsbedrijf Noord-Holland Noord", "ONHN", ("Alkmaar", "Zaanstad")),
    ("Bejo Zaden", "Bejo", ("Schagen", "Enkhuizen")),
    ("Bloemenveiling FloraHolland", "FloraHolland", ("Aalsmeer", "Westland")),
    ("Bloemenveiling Holland", "Holland", ("Aalsmeer", "Aalsmeer")),  # a place's name
    ("Hoogheemraadschap Rijnland", "Rijnland", ("Leiden", "Katwijk")),
])
def test_a_pair_in_two_known_municipalities_or_of_a_place_name_is_not_proposed(tmp_path, a, b,
                                                                              places):
    sheet = _sheet(tmp_path, f"{a};Bedrijf;{places[0]}\n{b};Bedrijf;{places[1]}\n")
    assert api.load([sheet], tmp_path / "s.db").review == []


def test_a_name_with_a_word_that_says_what_it_is_is_a_pair_in_another_municipality(tmp_path):
    # Found on the seventeenth list: a housing corporation works in several municipalities,
    # and its rows give the one they were typed for; as the same name there, a pair.
    sheet = _sheet(tmp_path, "Ymere;Bedrijf;Haarlem\nWoningcorporatie Ymere;Bedrijf;Amsterdam\n")
    assert [(r["name"], r["candidate_name"], r["reason"])
            for r in api.load([sheet], tmp_path / "s.db", lang="en").review] == [
        ("Woningcorporatie Ymere", "Ymere",
         "one name is the other with a word that says what it is")]


@pytest.mark.parametrize("a,b", [
    ("Campus Terra Technica Alkmaar", "Terra Technica"),
    ("GVB Holding N.V.", "GVB"),
    ("Hoogheemraadschap van Rijnland", "Hoogheemraadschap Rijnland"),
    ("Booking.com", "Booking"),  # a brand that is its web address
    ("Ziekenhuis Amstelland", "Zkh. Amstelland"),  # "zkh." is written out
])
def test_a_sure_match_in_one_municipality_merges(tmp_path, a, b):
    place = "Leiden" if "Rijnland" in a else "Alkmaar"
    sheet = _sheet(tmp_path, f"{a};Bedrijf;{place}\n{b};Bedrijf;{place}\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert result.review == []
    assert [aliases for _kind, aliases in _organisations(tmp_path / "s.db").values()] == [[b]]


@pytest.mark.parametrize("name", ["Alkmaar, gemeente", "Alkmaar (gemeente)",
                                  "Gemeente Alkmaar - team Economie",
                                  "Gemeente Alkmaar, afdeling Economie"])
def test_a_public_body_named_as_its_municipality_in_other_words_is_the_municipality(
        tmp_path, name):
    sheet = _sheet(tmp_path, f'"{name}";Overheid;Alkmaar\n')
    result = api.load([sheet], tmp_path / "s.db")
    # "Gemeente Alkmaar - team Economie" also names its organisation, Gemeente Alkmaar.
    whole = ["Gemeente Alkmaar"] if " - " in name else []
    assert _organisations(tmp_path / "s.db") == {
        "cbs:GM0361": ("Municipality", sorted([name, *whole]))}
    assert any(f"'{name}' → Alkmaar" in w for w in result.warnings)


@pytest.mark.parametrize("rows,code", [
    ("Gemeente Heerhugowaard;Overheid;Heerhugowaard\n"  # merged into Dijk en Waard in 2022
     "Gemeente Langedijk;Overheid;Broek op Langedijk\n"
     "Gemeente Dijk en Waard;Overheid;Heerhugowaard\n", "GM1980"),
    ("Gemeente Beemster;Overheid;Middenbeemster\nGemeente Purmerend;Overheid;Purmerend\n",
     "GM0439"),
])
def test_a_public_body_named_as_a_municipality_before_a_merger_is_its_successor(
        tmp_path, rows, code):
    api.load([_sheet(tmp_path, rows)], tmp_path / "s.db")
    found = _organisations(tmp_path / "s.db")
    assert list(found) == [f"cbs:{code}"] and found[f"cbs:{code}"][0] == "Municipality"


def test_a_company_named_gemeente_is_the_municipality(tmp_path):
    # A row without a kind in a list whose mapping makes such rows companies.
    api.load([_sheet(tmp_path, "Gemeente Heemskerk;Bedrijf;Heemskerk\n")], tmp_path / "s.db")
    assert _organisations(tmp_path / "s.db") == {
        "cbs:GM0396": ("Municipality", ["Gemeente Heemskerk"])}


@pytest.mark.parametrize("place,code", [("Den Haag", "GM0518"), ("A'dam", "GM0363"),
                                        ("Amsterdam-Noord", "GM0363"),
                                        ("Den Bosch", "GM0796")])
def test_places_as_people_write_them_are_known(tmp_path, place, code):
    api.load([_sheet(tmp_path, f"Techport;Bedrijf;{place}\n")], tmp_path / "s.db")
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert [e["end"] for e in store.edges_touching(["slug:techport"])] == [f"cbs:{code}"]


def test_a_public_body_named_as_a_place_stays_a_public_body(tmp_path):
    api.load([_sheet(tmp_path, "Gemeente Hoofddorp;Overheid;Hoofddorp\n")], tmp_path / "s.db")
    assert _organisations(tmp_path / "s.db") == {"slug:gemeente-hoofddorp": ("PublicBody", [])}


def test_a_public_body_named_as_a_former_municipality_is_joined_as_the_warning_says(tmp_path):
    # Bennebroek merged into Bloemendaal on 2009-01-01, before the CBS table of mergers
    # begins: the load cannot know, and its warning says how to tell it.
    sheet = _sheet(tmp_path, "Gemeente Bennebroek;Overheid;Bennebroek\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    line = "'Gemeente Bloemendaal,Gemeente Bennebroek,<date of the merger>,<source>'"
    assert any(f"if Bennebroek was a municipality merged into Bloemendaal, add the line {line}"
               f" to your former names (former_names:)" in w for w in result.warnings)
    assert _organisations(tmp_path / "s.db") == {
        "slug:gemeente-bennebroek": ("PublicBody", [])}
    names = tmp_path / "namen.csv"
    names.write_text("name,former,since,source\nGemeente Bloemendaal,Gemeente Bennebroek,"
                     "2009-01-01,Bennebroek merged into Bloemendaal on 1 January 2009\n",
                     encoding="utf-8")
    api.load([sheet], tmp_path / "t.db", former_names=names)
    # The municipality itself, with the names the row gave it.
    assert _organisations(tmp_path / "t.db") == {
        "cbs:GM0377": ("Municipality", ["Gemeente Bennebroek", "Gemeente Bloemendaal"])}
    # A place named "Gemeente …" that is the municipality's own name needs no such line.
    other = _sheet(tmp_path, "Gemeente Hoorn;Bedrijf;Amsterdam\n")
    warnings = "\n".join(api.load([other], tmp_path / "u.db", lang="en").warnings)
    assert "is a Company, but the municipality Hoorn" in warnings
    assert "former names" not in warnings


@pytest.mark.parametrize("rows,pairs", [
    # The COROP region IJmond: Beverwijk, Castricum, Heemskerk, Uitgeest and Velsen.
    ("TechPort IJmond;Bedrijf;Beverwijk\nTechport;Bedrijf;Velsen\n",
     [("Techport", "TechPort IJmond", "same name, with the place in the name")]),
    ("TechPort IJmond;Bedrijf;\nTechport;Bedrijf;Velsen\n",
     [("Techport", "TechPort IJmond", "same name, with the place in the name")]),
    # The labour-market region Zuid-Kennemerland en IJmond: Haarlem and Velsen among them.
    ("Techniekcollege Zuid-Kennemerland en IJmond;Bedrijf;Haarlem\n"
     "Techniekcollege;Bedrijf;Velsen\n",
     [("Techniekcollege", "Techniekcollege Zuid-Kennemerland en IJmond",
       "same name, with the place in the name")]),
    # Not a region the other lies in: Amsterdam is no part of IJmond, nor Haarlem of
    # Zaanstreek/Waterland.
    ("TechPort IJmond;Bedrijf;Amsterdam\nTechport;Bedrijf;Velsen\n", []),
    ("WSP Zaanstreek/Waterland;Overheid;Zaanstad\nWSP;Overheid;Haarlem\n", []),
    # A name that begins with the region's name does not end in it.
    ("IJmond Werkt!;Bedrijf;Beverwijk\nWerkt;Bedrijf;Velsen\n", []),
])
def test_a_region_at_the_end_of_a_name_pairs_it_within_the_region(tmp_path, rows, pairs):
    result = api.load([_sheet(tmp_path, rows)], tmp_path / "s.db", lang="en")
    assert sorted((r["name"], r["candidate_name"], r["reason"]) for r in result.review) \
        == pairs


def test_one_name_under_two_parents_is_two_organisations_each_paired_with_its_parent(
        tmp_path):
    # An Odoo child record named only for itself, under two organisations in one place.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;Gerelateerd bedrijf\n"
                     "KLM;Bedrijf;Amstelveen;\n"
                     "Gemeente Amstelveen;Gemeente;Amstelveen;\n"
                     "Crediteurenadministratie;Bedrijf;Amstelveen;KLM\n"
                     "Crediteurenadministratie;Bedrijf;Amstelveen;Gemeente Amstelveen\n",
                     encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    # (A parent that is a municipality is not yet proposed: municipalities are not
    # matched by name.)
    assert sorted((r["id"], r["candidate_id"], r["reason"]) for r in result.review) == [
        ("slug:klm-crediteurenadministratie", "slug:klm",
         "its source names the other as its parent")]
    assert {"slug:klm-crediteurenadministratie",
            "slug:gemeente-amstelveen-crediteurenadministratie"} <= set(
        _organisations(tmp_path / "s.db"))
    assert any(w.endswith("a name under several parents loaded as one organisation under "
                          "each: 'Crediteurenadministratie' (KLM, Gemeente Amstelveen)")
               for w in result.warnings)
    # Under one parent, the name is one organisation, as any name is.
    one = tmp_path / "one.csv"
    one.write_text("Naam;Soort;Gemeente;Gerelateerd bedrijf\nKLM;Bedrijf;Amstelveen;\n"
                   "Inkoop;Bedrijf;Amstelveen;KLM\nInkoop;Bedrijf;Amstelveen;KLM\n",
                   encoding="utf-8")
    api.load([one], tmp_path / "t.db")
    assert "slug:inkoop" in _organisations(tmp_path / "t.db")


@pytest.mark.parametrize("acronym,name,place", [
    ("GVB", "Gemeentelijk Vervoerbedrijf Amsterdam", "Amsterdam"),  # its place at the end
    ("ZWZ Alkmaar", "Zuidwest Zorggroep", "Alkmaar"),  # the acronym's place after it
])
def test_an_acronym_of_compounds_spells_a_name_without_its_place(tmp_path, acronym, name,
                                                                  place):
    sheet = _sheet(tmp_path, f"{name};Bedrijf;{place}\n{acronym};Bedrijf;{place}\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == [
        (acronym, name, "an abbreviation of the name")]


def test_names_of_a_word_like_stichting_and_their_place_are_not_one_name(tmp_path):
    # Without its place, each would be "stichting": one name in two municipalities.
    sheet = _sheet(tmp_path, "Stichting Haarlem;Bedrijf;Haarlem\n"
                             "Stichting Zaanstad;Bedrijf;Zaanstad\n")
    assert api.load([sheet], tmp_path / "s.db").review == []


def test_a_part_of_an_organisation_after_a_dash_names_the_organisation(tmp_path):
    sheet = _sheet(tmp_path, "ROC van Amsterdam;Onderwijs;Amsterdam\n"
                             "ROC v. Amsterdam - MBO College Airport;Onderwijs;Haarlemmermeer\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == [
        ("ROC v. Amsterdam - MBO College Airport", "ROC van Amsterdam",
         "same name, other municipality")]


def test_an_acronym_before_the_words_it_is_made_of_is_an_alias(tmp_path):
    sheet = _sheet(tmp_path, "KLM Koninklijke Luchtvaart Maatschappij N.V.;Bedrijf;Amstelveen\n"
                             "KLM;Bedrijf;Amstelveen\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert result.review == []
    assert _organisations(tmp_path / "s.db") == {
        "slug:koninklijke-luchtvaart-maatschappij-n-v": ("Company", ["KLM"])}


@pytest.mark.parametrize("a,b,reason,dutch", [
    ("Omgevingsdienst IJmond;Overheid;Beverwijk", "OI;Bedrijf;Beverwijk",
     "an abbreviation of the name", "een afkorting van de naam"),
    ("Hoogheemraadschap Rijnland;Overheid;Leiden", "Rijnland;Bedrijf;Leiden",
     "one name is the other with a word like 'Stichting'",
     "de ene naam is de andere met een woord als 'Stichting' ervoor"),
])
def test_a_likely_pair_of_two_kinds_goes_to_review_saying_so(tmp_path, a, b, reason, dutch):
    from stakeholder_graph.merges import review_reason

    result = api.load([_sheet(tmp_path, f"{a}\n{b}\n")], tmp_path / "s.db")
    assert [r["reason"] for r in result.review] == [
        f"{reason}, another kind: a PublicBody; accepted, it is one PublicBody"]
    assert review_reason(result.review[0]["reason"]) == (
        f"{dutch}, andere soort: een publieke organisatie; samengevoegd is het één "
        "publieke organisatie")


def test_two_kinds_are_one_name_only_without_a_word_of_each_left_out(tmp_path):
    # "ROC Amsterdam - Airport" is "amsterdam airport" without "ROC" (a school's word), and
    # "Amsterdam Airport Schiphol" is without "Schiphol" (a place in Haarlemmermeer): a
    # school's location and an airport, never a pair. "Hogeschool Inholland" and
    # "Inholland" leave out one word, of one name: a pair of two kinds to review; so are
    # "ROC Horizon College" (a company) and "Horizon College Heerhugowaard" (a school),
    # though each leaves out a word of its own: "ROC" says the other's kind.
    rows = ("ROC Amsterdam - Airport;School;Haarlemmermeer\n"
            "Amsterdam Airport Schiphol;Bedrijf;Haarlemmermeer\n"
            "Hogeschool Inholland;School;Haarlem\nInholland;Bedrijf;Haarlem\n"
            "Horizon College Heerhugowaard;School;Dijk en Waard\n"
            "ROC Horizon College;Bedrijf;\n")
    result = api.load([_sheet(tmp_path, rows)], tmp_path / "s.db", lang="en")
    pairs = {(r["name"], r["candidate_name"]): r["reason"] for r in result.review}
    assert not {("ROC Amsterdam - Airport", "Amsterdam Airport Schiphol"),
                ("Amsterdam Airport Schiphol", "ROC Amsterdam - Airport")} & set(pairs)
    school = "same name, another kind: a School; accepted, it is one School"
    assert pairs[("Inholland", "Hogeschool Inholland")] == school
    assert pairs[("ROC Horizon College", "Horizon College Heerhugowaard")] == school


def test_an_acronym_of_compounds_is_not_proposed_for_another_kind(tmp_path):
    # "KLM" spells "Koninklijke Marechaussee" as a compound acronym would ("KLu" spells
    # Koninklijke Luchtmacht): within one kind a pair to decide, between two too loose.
    sheet = _sheet(tmp_path, "Koninklijke Marechaussee;Overheid;Haarlemmermeer\n"
                             "KLM;Bedrijf;Haarlemmermeer\n")
    assert api.load([sheet], tmp_path / "s.db").review == []


def test_a_department_of_another_municipality_stays_a_public_body(tmp_path):
    sheet = _sheet(tmp_path, "Gemeente Alkmaar - team Economie;Overheid;Hoorn\n")
    api.load([sheet], tmp_path / "s.db")
    assert [kind for kind, _ in _organisations(tmp_path / "s.db").values()] == ["PublicBody"]


def test_an_abbreviation_that_names_an_organisation_of_another_kind_loads_both(tmp_path):
    # A CRM typed one organisation twice: "(SBB)" is an alias of the school row and the
    # name of the public body. Both are kept; the load is not refused.
    sheet = _sheet(tmp_path, "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB);"
                             "Onderwijs;Zoetermeer\nSBB;Overheid;Zoetermeer\n")
    api.load([sheet], tmp_path / "s.db")
    assert _organisations(tmp_path / "s.db") == {
        "slug:samenwerkingsorganisatie-beroepsonderwijs-bedrijfsleven": ("School", ["SBB"]),
        "slug:sbb": ("PublicBody", [])}


def _review_of(tmp_path: Path, rows: str) -> tuple[Path, list[dict]]:
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;BRIN\n" + rows, encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db")
    return tmp_path / "s.db", result.review


def test_a_variant_accepted_as_two_organisations_makes_the_three_one(tmp_path):
    db, review = _review_of(tmp_path, "ONHN;Bedrijf;;\nOntwikkelingsbedrijf NHN;Bedrijf;;\n"
                                      "Ontwikkelingsbedrijf Noord-Holland Noord;Bedrijf;;\n")
    assert {(r["name"], r["candidate_name"]) for r in review} == {
        ("Ontwikkelingsbedrijf Noord-Holland Noord", "Ontwikkelingsbedrijf NHN"),
        ("Ontwikkelingsbedrijf Noord-Holland Noord", "ONHN"),
        ("Ontwikkelingsbedrijf NHN", "ONHN")}  # NHN written out: Noord-Holland Noord
    path = tmp_path / "review.csv"
    write_review([{**r, "decision": "accept"} for r in review], path)
    with api.open_store(str(db)) as store:
        assert apply_review(store, path) == {"merged": 2, "rejected": 0, "already": 1}
    assert len(_organisations(db)) == 1


def test_a_variant_accepted_as_two_register_keys_is_refused(tmp_path):
    db, _ = _review_of(tmp_path, "Nova;Onderwijs;Haarlem;25PX\nNova;Onderwijs;Hoorn;30NE\n"
                                 "Nova College;Onderwijs;Haarlem;\n")
    path = tmp_path / "review.csv"
    base = {"kind": "School", "name": "Nova College", "id": "slug:nova-college"}
    write_review([{**base, "decision": "accept", "candidate_id": "brin:25PX"},
                  {**base, "decision": "accept", "candidate_id": "brin:30NE"}], path)
    with api.open_store(str(db)) as store, pytest.raises(InputError, match="two register "
                                                                            "keys"):
        apply_review(store, path)


def test_accepts_that_chain_two_register_keys_into_one_are_refused(tmp_path):
    # Nova College is 25PX, Nova College is Nova Onderwijs, and Nova Onderwijs is 30NE: each
    # accept is a slug into one organisation, together they would make two register keys one.
    db, _ = _review_of(tmp_path, "Nova;Onderwijs;Haarlem;25PX\nNova;Onderwijs;Hoorn;30NE\n"
                                 "Nova College;Onderwijs;Haarlem;\n"
                                 "Nova Onderwijs;Onderwijs;Amsterdam;\n")
    path = tmp_path / "review.csv"
    with api.open_store(str(db)) as store:
        before = store.content_checksum()
    write_review([{"decision": "accept", "id": "slug:nova-college", "candidate_id": "brin:25PX"},
                  {"decision": "accept", "id": "slug:nova-college",
                   "candidate_id": "slug:nova-onderwijs"},
                  {"decision": "accept", "id": "slug:nova-onderwijs", "candidate_id": "brin:30NE"}],
                 path)
    with api.open_store(str(db)) as store:
        with pytest.raises(InputError, match="two register keys"):
            apply_review(store, path)
        assert store.content_checksum() == before



@pytest.mark.parametrize("second,said", [
    ("brin:30NE", "'slug:nova-college' krijgt in rij 2 ja bij brin:25PX en hier ja bij "
                  "brin:30NE: twee registernummers (KvK, BRIN) zijn twee organisaties; zet bij "
                  "één van de twee ja"),
    ("", "besluit 'misschien': schrijf ja of nee (of accept of reject)"),
])
def test_a_refused_review_file_is_said_in_dutch_naming_its_column(tmp_path, second, said):
    # Found on a Notion list: the refusal was English and named the column 'decision',
    # though the file the load wrote (and the user filled in) calls it 'besluit'.
    db, _ = _review_of(tmp_path, "Nova;Onderwijs;Haarlem;25PX\nNova;Onderwijs;Hoorn;30NE\n"
                                 "Nova College;Onderwijs;Haarlem;\n")
    base = {"kind": "School", "name": "Nova College", "id": "slug:nova-college"}
    path = write_review([{**base, "decision": "ja", "candidate_id": "brin:25PX"},
                         {**base, "decision": "ja" if second else "misschien",
                          "candidate_id": second or "brin:30NE"}], tmp_path / "review.csv")
    with api.open_store(str(db)) as store:
        before = store.content_checksum()
    result = CliRunner().invoke(cli, ["--store", str(db), "resolve", "--apply", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Fout: {path}, rij 3, kolom 'besluit': {said} (niets " \
        "toegepast)"
    with api.open_store(str(db)) as store:
        assert store.content_checksum() == before
    english = CliRunner().invoke(cli, ["--store", str(db), "resolve", "--apply", str(path),
                                       "--lang", "en"])
    assert english.exit_code == 1 and "row 3, column 'besluit': " in english.stderr


def test_one_name_for_two_kinds_is_a_pair_to_decide(tmp_path):
    # A CRM typed SBB once as a school, once as a public body: the load keeps both and
    # asks, in Dutch; accepted, they are one organisation of the candidate's kind (the row
    # seen first), and the next load of the same file follows the decision.
    sheet = _sheet(tmp_path, "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB);"
                             "Onderwijsinstelling;Zoetermeer\nSBB;Overheid;Zoetermeer\n")
    db = tmp_path / "s.db"
    result = api.load([sheet], db)
    school = "slug:samenwerkingsorganisatie-beroepsonderwijs-bedrijfsleven"
    assert [(r["id"], r["candidate_id"]) for r in result.review] == [("slug:sbb", school)]
    assert sorted(kind for kind, _ in _organisations(db).values()) == ["PublicBody", "School"]
    path = write_review([{**result.review[0], "decision": "ja"}], tmp_path / "review.csv")
    [row] = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert row["reden"] == ("zelfde naam, andere soort: een onderwijsinstelling; samengevoegd "
                            "is het één onderwijsinstelling")
    with api.open_store(str(db)) as store:
        assert apply_review(store, path)["merged"] == 1
        assert store.node(school)["aliases"] == ["SBB"]
    assert list(_organisations(db).items()) == [(school, ("School", ["SBB"]))]
    again = api.load([sheet], db)
    assert not again.review and list(_organisations(db)) == [school]


def test_a_merge_across_kinds_the_survivor_cannot_hold_is_refused(tmp_path):
    # A school that hosts interns cannot become part of a public body: refused, with what
    # to do, and nothing changes.
    sheet = _sheet(tmp_path, "SBB;Overheid;Zoetermeer\nStichting SBB;Onderwijsinstelling;"
                             "Zoetermeer\nTata Steel;Bedrijf;Velsen\n")
    ties = tmp_path / "ties.csv"
    ties.write_text("source,target,type\nslug:tata-steel,slug:stichting-sbb,"
                    "HOSTS_INTERNS_FROM\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = api.load([sheet, ties], db)
    assert [(r["id"], r["candidate_id"]) for r in result.review] == [
        ("slug:stichting-sbb", "slug:sbb")]
    path = write_review([{**result.review[0], "decision": "accept"}], tmp_path / "r.csv")
    with api.open_store(str(db)) as store:
        before = store.content_checksum()
        with pytest.raises(InputError) as caught:
            apply_review(store, path)
        assert store.content_checksum() == before
    assert caught.value.code == "merge_ties_kind"
    assert "'slug:stichting-sbb' (a School) cannot become part of 'slug:sbb' (a PublicBody): " \
           "its relationship HOSTS_INTERNS_FROM with 'slug:tata-steel'" in str(caught.value)


def test_two_organisations_of_one_kind_and_other_names_give_no_such_warning(tmp_path):
    sheet = _sheet(tmp_path, "Techport;Bedrijf;Velsen\nTechport Campus;Campus;Velsen\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert not [w for w in result.warnings if "soorten" in w]


def _named(db: Path) -> dict[str, tuple[str, list[str]]]:
    with api.open_store(str(db)) as store:
        return {n["id"]: (n["name"], sorted(n.get("aliases") or [])) for n in store.nodes()
                if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])}


@pytest.mark.parametrize("first,second,name,aliases", [
    ("nova college", "ROC Nova College", "ROC Nova College", ["nova college"]),
    ("ENZA ZADEN", "Enza Zaden", "Enza Zaden", []),  # the same name in other letters
    ("KLM", "Klm", "KLM", []),  # an acronym is how the name is written
    ("Tata Steel", "TATA STEEL IJMUIDEN", "Tata Steel", ["TATA STEEL IJMUIDEN"]),
])
def test_one_register_key_is_named_as_written_not_as_shouted(tmp_path, first, second, name,
                                                            aliases):
    # A CRM sorted by name lists "nova college" before "ROC Nova College": the first row's
    # name is the organisation's unless it is all capitals or all small letters and a later
    # row's is not.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text(f"Naam;Soort;BRIN;Gemeente\n{first};Onderwijsinstelling;25PX;Haarlem\n"
                     f"{second};Onderwijsinstelling;25px;Haarlem\n", encoding="utf-8")
    api.load([sheet], tmp_path / "s.db")
    assert _named(tmp_path / "s.db") == {"brin:25PX": (name, aliases)}


def test_a_merge_across_kinds_undone_gives_the_variant_its_facts_back(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;Niveau\nSBB;Overheid;Zoetermeer;\nStichting SBB;"
                     "Onderwijsinstelling;Zoetermeer;MBO\n", encoding="utf-8")
    mapping = tmp_path / "orgs.yaml"
    mapping.write_text("table: organisations\ncolumns: {name: Naam, kind: Soort, municipality: "
                       "Gemeente, level: Niveau}\nvalues: {kind: {Overheid: PublicBody, "
                       "Onderwijsinstelling: School}}\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = api.load([sheet], db, mapping=mapping)
    assert [(r["id"], r["candidate_id"]) for r in result.review] == [
        ("slug:stichting-sbb", "slug:sbb")]
    path = write_review([{**result.review[0], "decision": "accept"}], tmp_path / "r.csv")
    with api.open_store(str(db)) as store:
        apply_review(store, path)
        merged = store.node("slug:sbb")
        assert (merged["kind"], merged["aliases"]) == ("PublicBody", ["Stichting SBB"])
        assert "level" not in merged  # a public body has no level
    api.undo_merge("slug:stichting-sbb", str(db))
    with api.open_store(str(db)) as store:
        school = store.node("slug:stichting-sbb")
        assert (school["kind"], school["name"], school["level"]) == (
            "School", "Stichting SBB", "MBO")
        assert "aliases" not in store.node("slug:sbb")


def test_a_shouted_name_gives_way_to_a_merged_variant_written_as_usual(tmp_path):
    # A CRM sorted by name lists "ENZA ZADEN" first; "Enza Zaden B.V." merges into it by
    # name: the organisation is called as it writes itself, the shouting is an alias; an
    # acronym ("KLM") is not how to write a long name, so it does not take over.
    sheet = _sheet(tmp_path, "ENZA ZADEN;Bedrijf;Enkhuizen\nEnza Zaden B.V.;Bedrijf;Enkhuizen\n"
                             "KONINKLIJKE LUCHTVAART MAATSCHAPPIJ;Bedrijf;Haarlemmermeer\n"
                             "KLM;Bedrijf;Haarlemmermeer\n")
    db = tmp_path / "s.db"
    api.load([sheet], db)
    assert _named(db) == {
        "slug:enza-zaden": ("Enza Zaden B.V.", ["ENZA ZADEN"]),
        "slug:koninklijke-luchtvaart-maatschappij": ("KONINKLIJKE LUCHTVAART MAATSCHAPPIJ",
                                                     ["KLM"])}


def test_a_line_break_in_a_name_cell_is_a_space(tmp_path):
    sheet = _sheet(tmp_path, '"Clusius College\nlocatie  Hoorn";Onderwijsinstelling;Hoorn\n')
    db = tmp_path / "s.db"
    api.load([sheet], db)
    # (A location of Clusius College in Hoorn: Vonk since 1 August 2022, the name as
    # written, one line, its alias.)
    assert _named(db) == {"slug:vonk": ("Vonk", ["Clusius College locatie Hoorn"])}


def test_one_website_is_a_pair_to_decide_whatever_the_names(tmp_path):
    # "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven" and "Kenniscentrum SBB"
    # share no name but one website: a pair for the user, in the load's review file and on
    # the duplicates page alike; also under another kind. Organisations that share a host
    # such as LinkedIn are told apart by the path.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text(
        "Naam;Soort;Gemeente;Website\n"
        "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven;Bedrijf;Zoetermeer;"
        "https://www.s-bb.nl/\nKenniscentrum SBB;Bedrijf;Zoetermeer;s-bb.nl\n"
        "Leerbedrijven Nederland;Onderwijsinstelling;Utrecht;WWW.S-BB.NL/leerbedrijven\n"
        "Techport;Bedrijf;Velsen;https://www.linkedin.com/company/techport\n"
        "Tata Steel;Bedrijf;Velsen;https://www.linkedin.com/company/tata-steel/about\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    result = api.load([sheet], db)
    pairs = {(r["id"], r["candidate_id"]): r["reason"] for r in result.review}
    sbb = "slug:samenwerkingsorganisatie-beroepsonderwijs-bedrijfsleven"
    assert pairs == {
        ("slug:kenniscentrum-sbb", sbb): "same website",
        # The school's kind is kept: "Bedrijf" is what a CRM row is when it says none.
        ("slug:leerbedrijven-nederland", sbb): "same website, another kind: a Company; "
                                               "accepted, it is one School",
        ("slug:leerbedrijven-nederland", "slug:kenniscentrum-sbb"):
            "same website, another kind: a Company; accepted, it is one School"}
    with api.open_store(str(db)) as store:
        assert {frozenset((r["id"], r["candidate_id"])) for r in api.review(store)} == \
            {frozenset(pair) for pair in pairs}
    path = write_review(result.review, tmp_path / "review.csv")
    reasons = {r["reden"] for r in csv.DictReader(path.open(encoding="utf-8", newline=""))}
    assert reasons == {"zelfde website", "zelfde website, andere soort: een bedrijf; "
                                         "samengevoegd is het één onderwijsinstelling"}



def test_one_website_written_two_ways_is_one_fact_not_a_conflict(tmp_path):
    from stakeholder_graph.facts import describe

    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;Website\nAdyen;Bedrijf;Amsterdam;adyen.com\n"
                     "Adyen;Bedrijf;Amsterdam;https://www.adyen.com/\n"
                     "Adyen;Bedrijf;Amsterdam;adyen.nl\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [r["reason"].split(":")[0] for r in result.review] == ["conflicting website"]
    assert "'adyen.nl'" in result.review[0]["reason"]
    with api.open_store(str(tmp_path / "s.db")) as store:
        facts = describe(store, "slug:adyen")["facts"]
    assert [(f["value"], len(f["sources"])) for f in facts if f["property"] == "website"] == [
        ("adyen.com", 1)]


def test_an_acronym_accepted_as_one_with_its_name_written_out_gives_way_to_it(tmp_path):
    # Its first row was "ZMC": once the user accepts "Zaans Medisch Centrum" as the same
    # organisation, the name written out is its name and the acronym an alias.
    db, review = _review_of(tmp_path, "ZMC;Bedrijf;Zaanstad\n"
                                      "Zaans Medisch Centrum;Bedrijf;Zaanstad\n")
    assert [(r["name"], r["candidate_name"]) for r in review] == [
        ("Zaans Medisch Centrum", "ZMC")]
    path = tmp_path / "review.csv"
    write_review([{**review[0], "decision": "ja"}], path)
    with api.open_store(str(db)) as store:
        apply_review(store, path)
        assert [(n["name"], n.get("aliases")) for n in store.nodes()
                if n["kind"] == "Company"] == [("Zaans Medisch Centrum", ["ZMC"])]


def test_a_row_without_a_kind_named_as_its_municipality_is_the_municipality(tmp_path):
    # A CRM row "Haarlem" in Haarlem with no kind (no Industry): the list's default kind
    # would make it a company beside the municipality (found on the fourth and sixth lists).
    # A row that says it is a company stays one.
    sheet = _sheet(tmp_path, "Haarlem;;Haarlem\nTexel;Bedrijf;Texel\nWindpark X;;Hoorn\n")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns: {name: Naam, kind: Soort, "
                       "municipality: Gemeente}\ndefaults: {kind: Company}\n", encoding="utf-8")
    api.load([sheet], tmp_path / "s.db", mapping=mapping)
    assert _organisations(tmp_path / "s.db") == {
        "cbs:GM0392": ("Municipality", []), "slug:texel": ("Company", []),
        "slug:windpark-x": ("Company", [])}


# --- Rules found on the seventh list (tests/data/messy/crm-seventh) ------------------------

@pytest.mark.parametrize("first,second,reason", [
    # Words cut short to their beginning, the first word whole.
    ("Regio Gooi & Vechtstreek;Overheid;", "Regio G&V;Overheid;",
     "one name is the other with words cut short"),
    ("Quest International;Bedrijf;Naarden", "Quest Int. Naarden;Bedrijf;Naarden",
     "one name is the other with words cut short"),
    # A word that says what it is, before or after the name.
    ("Tomin;Bedrijf;", "Werkvoorzieningsschap Tomin;Bedrijf;",
     "one name is the other with a word that says what it is"),
    ("Vivium;Bedrijf;", "Vivium Zorggroep;Bedrijf;",
     "one name is the other with a word that says what it is"),
    # A name without a place that ends in one, and the name in that place, either first.
    ("NPO;Bedrijf;Hilversum", "npo hilversum;Bedrijf;", "same name, with the place in the name"),
    ("npo hilversum;Bedrijf;", "NPO;Bedrijf;Hilversum", "same name, with the place in the name"),
])
def test_a_name_cut_short_or_with_a_kind_word_or_its_place_is_a_pair_to_review(
        tmp_path, first, second, reason):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db", lang="en")
    assert [r["reason"] for r in result.review] == [reason]
    held = [k for k, (kind, _) in _organisations(tmp_path / "s.db").items()
            if kind != "Municipality"]
    assert len(held) == 2  # proposed, not merged


@pytest.mark.parametrize("first,second", [
    ("Regio Gooi en Vechtstreek;Overheid;Hilversum", "Regio G&V;Overheid;Amsterdam"),
    ("Regio Gooi en Vechtstreek;Overheid;", "G&V;Overheid;"),  # the first word cut
    ("Zorggroep Hilversum;Bedrijf;", "Hilversum;Bedrijf;"),  # what is left is a place
    ("Rabobank;Bedrijf;Amsterdam", "Rabobank Haarlem;Bedrijf;"),  # another place
    ("Bedrijf 12;Bedrijf;", "Bedrijf 1;Bedrijf;"),  # numbers are not cut short
    ("Hotel Amstel;Bedrijf;", "Hotel Amstelveen;Bedrijf;"),  # a whole word, not cut short
    ("Regio Noord;Overheid;Amsterdam", "Regio Noordwijk;Overheid;"),
])
def test_look_alikes_the_new_rules_leave_alone(tmp_path, first, second):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db", lang="en")
    assert result.review == []


def test_a_parent_account_is_a_pair_to_review_and_one_organisation_once_accepted(tmp_path):
    # Dynamics' and Salesforce's "Parent Account": a location under its organisation, or a
    # company under its holding. Proposed, never merged by itself; the header is known.
    sheet = tmp_path / "accounts.csv"
    sheet.write_text("Account Name,Type,Address 1: City,Parent Account\n"
                     "Amaris Gooizicht,Bedrijf,Hilversum,Amaris Zorggroep\n"
                     "Amaris Zorggroep,Bedrijf,,\n"
                     "Albert Heijn,Bedrijf,Zaandam,Ahold Delhaize\n"
                     "Ahold Delhaize,Bedrijf,Zaandam,\n"
                     "Singer Laren,Bedrijf,Laren,Nobody Known\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = api.load([sheet], db, lang="en")
    assert not any(d["column"] == "Parent Account" for d in result.dropped_columns)
    pairs = [(r["name"], r["candidate_name"], r["reason"]) for r in result.review]
    assert pairs == [
        ("Amaris Gooizicht", "Amaris Zorggroep", "its source names the other as its parent"),
        ("Albert Heijn", "Ahold Delhaize", "its source names the other as its parent")]
    assert len([k for k, (kind, _) in _organisations(db).items() if kind != "Municipality"]) == 5
    review = tmp_path / "review.csv"
    write_review([{**r, "decision": "accept" if r["name"].startswith("Amaris") else "reject"}
                  for r in result.review], review)
    with api.open_store(str(db)) as store:
        apply_review(store, review)
    held = {k: v for k, v in _organisations(db).items() if v[0] != "Municipality"}
    assert len(held) == 4 and held["slug:amaris-zorggroep"][1] == ["Amaris Gooizicht"]


def test_a_part_merged_with_its_parent_is_named_as_the_parent_and_has_no_parent(
        location, tmp_path):
    # The part has the register key, so it survives the merge: the organisation is then
    # the parent, named as the parent was, and a parent that names itself is no fact.
    sheet = tmp_path / "accounts.csv"
    sheet.write_text("Account Name,Type,Address 1: City,Parent Account,KvK\n"
                     "Amaris Gooizicht,Bedrijf,Hilversum,Amaris Zorggroep,32095456\n"
                     "Amaris Zorggroep,Bedrijf,Huizen,,\n", encoding="utf-8")
    with api.open_store(location) as store:
        result = api.load([sheet], store, lang="en")
        review = write_review([{**r, "decision": "accept"} for r in result.review],
                              tmp_path / "review.csv")
        apply_review(store, review)
        merged = list(store.nodes("Company"))
        assert [(n["id"], n["name"], n.get("aliases"), n.get("parent")) for n in merged] == [
            ("kvk:32095456", "Amaris Zorggroep", ["Amaris Gooizicht"], None)]
        # An undo gives the part its parent again.
        undo_merge(store, "slug:amaris-zorggroep")
        assert sorted((n["name"], n.get("parent")) for n in store.nodes("Company")) == [
            ("Amaris Gooizicht", "Amaris Zorggroep"), ("Amaris Zorggroep", None)]



def test_a_notion_relation_names_the_parent_without_its_address(tmp_path):
    # Notion's CSV writes a relation as the record's name and its page's address; the
    # parent was stored with the address, and no pair proposed with the parent's row.
    link = "(https://www.notion.so/ROC-van-Amsterdam-1f2e3d4c5b6a7980a1b2c3d4e5f60718?pvs=21)"
    sheet = tmp_path / "Organisaties _all.csv"
    sheet.write_text("Name,Type,Plaats,Hoort bij\n"
                     "ROC van Amsterdam,Onderwijs,Amsterdam,\n"
                     f"MBO College Airport,Onderwijs,Haarlemmermeer,ROC van Amsterdam {link}\n"
                     "UWV,Overheid,Amsterdam,\n"
                     "WSP Amstelland,Overheid,Amstelveen,"
                     f"\"UWV (https://www.notion.so/UWV-2a3b?pvs=21), ROC van Amsterdam {link}\"\n",
                     encoding="utf-8")
    with api.open_store(str(tmp_path / "s.db")) as store:
        result = api.load([sheet], store, lang="en")
        parents = {n["name"]: n.get("parent") for n in store.nodes("School")}
        parents |= {n["name"]: n.get("parent") for n in store.nodes("PublicBody")}
    assert parents == {"ROC van Amsterdam": None, "MBO College Airport": "ROC van Amsterdam",
                       "UWV": None, "WSP Amstelland": "UWV"}
    assert ("MBO College Airport", "ROC van Amsterdam",
            "its source names the other as its parent") in [
        (r["name"], r["candidate_name"], r["reason"]) for r in result.review]
    assert f"{sheet}: 1 row(s) name several organisations as their parent; only the " \
        "first is read: 'UWV', 'ROC van Amsterdam'" in result.warnings


def test_a_parent_in_the_review_file_is_said_in_dutch(tmp_path):
    sheet = tmp_path / "accounts.csv"
    sheet.write_text("Naam;Soort;Plaats;Onderdeel van\n"
                     "Vivium Naarderheem;Bedrijf;Naarden;Vivium Zorggroep\n"
                     "Vivium Zorggroep;Bedrijf;Huizen;\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db")
    review = write_review(result.review, tmp_path / "review.csv")
    with review.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["naam"], r["reden"]) for r in rows] == [
        ("Vivium Naarderheem",
         "de bron noemt de andere als de organisatie waar deze onder valt")]


def test_a_two_letter_abbreviation_is_written_out_only_before_a_place():
    assert match_key("VR Kennemerland") == match_key("Veiligheidsregio Kennemerland")
    assert match_key("OD IJmond") == match_key("Omgevingsdienst IJmond")
    assert match_key("VR Studio") != match_key("Veiligheidsregio Studio")
    assert match_key("Provincie NH") == match_key("Provincie Noord-Holland")  # at the end


def test_a_parent_of_many_rows_is_a_holding_not_a_pair_for_each(tmp_path):
    sheet = tmp_path / "accounts.csv"
    shops = "".join(f"AH Zaandam {n},Bedrijf,Zaandam,Ahold Delhaize\n" for n in range(6))
    sheet.write_text("Account Name,Type,Address 1: City,Parent Account\n" + shops +
                     "Ahold Delhaize,Bedrijf,Zaandam,\n"
                     "Amaris Gooizicht,Bedrijf,Hilversum,Amaris Zorggroep\n"
                     "Amaris Zorggroep,Bedrijf,Huizen,\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(r["name"], r["candidate_name"]) for r in result.review
            if "parent" in r["reason"]] == [("Amaris Gooizicht", "Amaris Zorggroep")]
    assert any("parents of many rows, a holding or a board it seems, not proposed as "
               "duplicates of their rows: 'Ahold Delhaize' (6 rows)" in w
               for w in result.warnings)


def test_a_cell_of_separators_only_is_an_empty_kind(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Labels\nKLM;Werkgever\nTNO;\" , \"\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("defaults:\n  kind: Company\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    assert result.problems == []
    assert {k for k, _ in _organisations(tmp_path / "s.db").values()} == {"Company"}


def test_a_parent_is_stored_and_the_duplicates_page_proposes_the_pair(tmp_path):
    # The duplicates page (api.review) works from the store: the parent is a fact of the
    # organisation, so the pair is there after the load too, and gone once decided.
    sheet = tmp_path / "accounts.csv"
    sheet.write_text("Account Name,Type,Address 1: City,Parent Account\n"
                     "Amaris Gooizicht,Bedrijf,Hilversum,Amaris Zorggroep\n"
                     "Amaris Zorggroep,Bedrijf,Huizen,\n", encoding="utf-8")
    db = tmp_path / "s.db"
    api.load([sheet], db, lang="en")
    with api.open_store(str(db)) as store:
        assert {n["name"]: n.get("parent") for n in store.nodes("Company")} == {
            "Amaris Gooizicht": "Amaris Zorggroep", "Amaris Zorggroep": None}
    pairs = api.review(str(db))
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in pairs] == [
        ("Amaris Gooizicht", "Amaris Zorggroep", "its source names the other as its parent")]
    review = tmp_path / "review.csv"
    write_review([{**pairs[0], "decision": "reject"}], review)
    with api.open_store(str(db)) as store:
        apply_review(store, review)
    assert api.review(str(db)) == []


def test_a_part_named_after_a_dash_is_a_pair_with_the_row_of_that_name(tmp_path):
    sheet = _sheet(tmp_path, "ROC van Amsterdam - MBO College Airport;Onderwijs;Haarlemmermeer\n"
                             "MBO College Airport;Bedrijf;Haarlemmermeer\n"
                             "Tata Steel - IJmuiden;Bedrijf;Velsen\nIJmuiden;Bedrijf;Velsen\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    # Since names of two kinds that are alike are a pair ("similar name, another kind"),
    # the matching finds this pair before the part is looked at; it was "a row names the
    # other as its part". "IJmuiden" (a place) is no pair with Tata Steel either way.
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == [
        ("MBO College Airport", "ROC van Amsterdam - MBO College Airport",
         "similar name, another kind: a School; accepted, it is one School")]
    # In two municipalities, names of two kinds are no pair for being alike; the part the
    # row names still is.
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "MBO College Airport;Bedrijf;Haarlemmermeer", "MBO College Airport;Bedrijf;Amsterdam"),
        encoding="utf-8")
    result = api.load([sheet], tmp_path / "t.db", lang="en")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == [
        ("ROC van Amsterdam - MBO College Airport", "MBO College Airport",
         "a row names the other as its part, another kind: a Company; accepted, it is one "
         "School")]


@pytest.mark.parametrize("first,second,pair", [
    # A row's kind is often a CRM's default: alike names of two kinds are a pair.
    ("Veiligheidsregio Gooi en Vechtstreek;Overheid;", "Veiligheidsregio G&V;Bedrijf;", True),
    ("Werkgeversservicepunt Gooi & Vechtstreek;Overheid;",
     "Afstemming WSP G&V over banenafspraak;Bedrijf;Hilversum", True),
    # Alike only by the region they name: two bodies of one region.
    ("GGD Amsterdam-Amstelland;Bedrijf;Amstelveen",
     "Brandweer Amsterdam-Amstelland;Overheid;Amstelveen", False),
    # Each leaves out a word of its own, one a school's ("ROC"): never one.
    ("ROC van Amsterdam - MBO College Airport;Onderwijs;Haarlemmermeer",
     "Amsterdam Airport Schiphol;Bedrijf;Haarlemmermeer", False),
    # In two municipalities.
    ("UWV;Overheid;Zaandam", "UWV WERKbedrijf Amsterdam;Bedrijf;Amsterdam", False),
])
def test_alike_names_of_two_kinds_are_a_pair_unless_something_says_otherwise(
        tmp_path, first, second, pair):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db",
                      lang="en")
    similar = [r["reason"] for r in result.review if r["reason"].startswith("similar name")]
    assert bool(similar) is pair
    assert all("another kind" in r for r in similar)
    assert len(_organisations(tmp_path / "s.db")) == 2  # proposed, not merged


def test_accepted_as_one_a_company_gives_way_to_the_other_kind(tmp_path):
    # A CRM row without labels is a company by default: accepted as one with the row that
    # says "Overheid", the organisation is the public body (it ended as a Company).
    sheet = _sheet(tmp_path, "Prov. Noord-Holland;Bedrijf;\n"
                             "Provincie Noord-Holland;Overheid;Haarlem\n")
    db = tmp_path / "s.db"
    result = api.load([sheet], db, lang="en")
    assert [r["reason"] for r in result.review] == [
        "same name, another kind: a Company; accepted, it is one PublicBody"]
    review = tmp_path / "review.csv"
    write_review([{**r, "decision": "accept"} for r in result.review], review)
    with api.open_store(str(db)) as store:
        apply_review(store, review)
    assert {k for k, _ in _organisations(db).values()} == {"PublicBody"}


# --- Rules found on the ninth list (tests/data/messy/crm-ninth) ----------------------------

@pytest.mark.parametrize("rows,merged", [
    # "Koog aan de Zaan", a place of four words, at the end of a name in it.
    ("ofi;Bedrijf;Koog aan de Zaan\nOFI Koog aan de Zaan;Bedrijf;Koog aan de Zaan\n", True),
    # A part at a place: "distributiecentrum", as "locatie"; AH is on the alias list.
    ("Albert Heijn;Bedrijf;Zaandam\nAH distributiecentrum Zaandam;Bedrijf;Zaandam\n", True),
    # An addressee line is no part of the name.
    ("Tata Steel;Bedrijf;Velsen\nTata Steel t.a.v. afd. HR;Bedrijf;Velsen\n", True),
    # "a/d" is "aan de", in a name and in a place.
    ("Duyvis;Bedrijf;Zaanstad\nDuyvis Koog a/d Zaan;Bedrijf;Koog a/d Zaan\n", True),
    # A remark in brackets at the end: matched without it too (sixth and seventh lists).
    ("Singer Laren;Bedrijf;Laren\nSinger Laren (museum);Bedrijf;Laren\n", True),
    ("Campus;Bedrijf;Den Helder\nCampus (Den Helder);Bedrijf;Den Helder\n", False),
    # ZKIJ is Zuid-Kennemerland en IJmond.
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond;Overheid;Haarlem\n"
     "WSP ZKIJ;Overheid;Haarlem\n", True),
    # "Gooi en Vecht" is Gooi en Vechtstreek.
    ("Werkgeversservicepunt Gooi en Vechtstreek;Overheid;Hilversum\n"
     "WSP Gooi & Vecht;Overheid;Hilversum\n", True),
    # "TAV" without its full stops is a name, not an addressee line.
    ("Bouwbedrijf TAV;Bedrijf;Velsen\nBouwbedrijf;Bedrijf;Velsen\n", False),
])
def test_a_name_with_its_place_part_or_addressee_is_its_organisation(tmp_path, rows, merged):
    db = tmp_path / "s.db"
    api.load([_sheet(tmp_path, rows)], db, lang="en")
    assert (len(_organisations(db)) == 1) is merged


def test_the_first_name_of_an_organisation_is_not_its_part(tmp_path):
    # The part's row came first: the organisation is still called by its own name.
    db = tmp_path / "s.db"
    api.load([_sheet(tmp_path, "AH distributiecentrum Zaandam;Bedrijf;Zaandam\n"
                               "Albert Heijn;Bedrijf;Zaandam\n")], db, lang="en")
    with api.open_store(str(db)) as store:
        [org] = [n for n in store.nodes() if n["kind"] == "Company"]
    assert org["id"] == "slug:albert-heijn" and org["name"] == "Albert Heijn"
    assert org["aliases"] == ["AH distributiecentrum Zaandam"]


@pytest.mark.parametrize("first,second,reason", [
    # A name that ends in its place, and one that begins it in that place, either first.
    ("Forbo Flooring;Bedrijf;Krommenie", "Forbo Krommenie;Bedrijf;", "one name begins the other"),
    ("Forbo Krommenie;Bedrijf;", "Forbo Flooring;Bedrijf;Krommenie", "one name begins the other"),
    # "Museum" and "Drinkwaterbedrijf" say what it is (the thirty-fifth list's Singer).
    ("Museum Singer Laren;Bedrijf;Laren", "Singer Laren;Bedrijf;Laren",
     "one name is the other with a word that says what it is"),
    ("Drinkwaterbedrijf Vitens;Bedrijf;", "Vitens;Bedrijf;Zwolle",
     "one name is the other with a word that says what it is"),
    # "Ziekenhuis" says what it is.
    ("Dijklander Ziekenhuis;Bedrijf;Purmerend", "Dijklander;Bedrijf;",
     "one name is the other with a word that says what it is"),
    # An abbreviation that begins a name, of another kind (a CRM row without labels).
    ("UWV;Overheid;Zaandam", "UWV WERKbedrijf Zaanstreek/Waterland;Bedrijf;Zaandam",
     "one name begins with the other, an abbreviation, another kind: a PublicBody; accepted, "
     "it is one PublicBody"),
    ("UWV WERKbedrijf Zaanstreek/Waterland;Bedrijf;Zaandam", "UWV;Overheid;",
     "one name begins with the other, an abbreviation, another kind: a Company; accepted, "
     "it is one PublicBody"),
    # An acronym of a former name: the Centrum voor Werk en Inkomen is UWV since 2009
    # (tenth list), either first, in any municipality.
    ("UWV;Overheid;Alkmaar", "CWI Den Helder;Bedrijf;Den Helder",
     "an abbreviation of a former name of the other, another kind: a PublicBody; accepted, "
     "it is one PublicBody"),
    ("CWI Den Helder;Overheid;Den Helder", "UWV;Overheid;",
     "an abbreviation of a former name of the other"),
    # "Prov." and "N-H" written out.
    ("Provincie Noord-Holland;Overheid;Haarlem", "Prov. N-H;Overheid;",
     "same name, municipality unknown"),
])
def test_the_ninth_lists_pairs_to_review(tmp_path, first, second, reason):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db", lang="en")
    assert [r["reason"] for r in result.review] == [reason]
    assert len(_organisations(tmp_path / "s.db")) == 2  # proposed, not merged


@pytest.mark.parametrize("first,second", [
    ("UWV;Overheid;Zaandam", "UWV WERKbedrijf Amsterdam;Bedrijf;Amsterdam"),  # two places
    ("Forbo Flooring;Bedrijf;Krommenie", "Forbo Hoorn;Bedrijf;"),  # another place
    ("GGD;Overheid;", "GGZ Noord-Holland-Noord;Bedrijf;"),  # another abbreviation
    ("Ziekenhuis Hilversum;Bedrijf;", "Hilversum;Bedrijf;"),  # what is left is a place
])
def test_look_alikes_the_ninth_lists_rules_leave_alone(tmp_path, first, second):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db", lang="en")
    assert result.review == []


def test_an_earlier_name_of_two_words_is_found_as_the_one_word_on_the_list(tmp_path):
    # The list says "Waterlandziekenhuis"; CRMs write "Waterland Ziekenhuis Purmerend".
    db = tmp_path / "s.db"
    result = api.load([_sheet(tmp_path, "Waterland Ziekenhuis Purmerend;Bedrijf;Purmerend\n"
                                        "Dijklander Ziekenhuis;Bedrijf;Purmerend\n")], db,
                      lang="en")
    assert result.review == []
    assert list(_organisations(db).values()) == [
        ("Company", ["Waterland Ziekenhuis Purmerend"])]


@pytest.mark.parametrize("name,kind,place,municipality", [
    ("Gemeente Oostzaan t.a.v. afd. Economische Zaken", "Bedrijf", "Oostzaan", "GM0431"),
    ("Wormerland (Wormer)", "", "Wormer", "GM0880"),  # no kind: the municipality
    ("Wormerland (Purmerend)", "", "", None),  # not a place of Wormerland: a company
    ("Wormerland (Wormer)", "Bedrijf", "Wormer", None),  # said to be a company: one
])
def test_a_row_named_as_a_municipality_with_an_addressee_or_a_place(tmp_path, name, kind,
                                                                    place, municipality):
    db = tmp_path / "s.db"
    api.load([_sheet(tmp_path, f"{name};{kind};{place}\n")], db, lang="en",
             mapping=_default_company(tmp_path))
    held = _organisations(db)
    if municipality:
        assert list(held.items()) == [(f"cbs:{municipality}", ("Municipality", [name]))]
    else:
        assert [kind for kind, _ in held.values()] == ["Company"]


def _default_company(tmp_path: Path) -> Path:
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns: {name: Naam, kind: Soort, "
                       "municipality: Gemeente}\ndefaults: {kind: Company}\n", encoding="utf-8")
    return mapping


# --- Rules found on the tenth list (tests/data/messy/crm-tenth) ----------------------------

@pytest.mark.parametrize("rows,expected", [
    # The mark of a record no longer used is no part of its name.
    ("Gemini Ziekenhuis;Bedrijf;Den Helder\nVERVALLEN Gemini Ziekenhuis;Bedrijf;Den Helder\n",
     {"slug:noordwest-ziekenhuisgroep": ("Company", ["Gemini Ziekenhuis",
                                                     "VERVALLEN Gemini Ziekenhuis"])}),
    ("ZZ Gemeente Beemster;Gemeente;Middenbeemster\n",
     {"cbs:GM0439": ("Municipality", ["ZZ Gemeente Beemster"])}),
    ("VERVALLEN Gemeente Langedijk;;\n",
     {"cbs:GM1980": ("Municipality", ["VERVALLEN Gemeente Langedijk"])}),
    ("Zaans Medisch Centrum;Bedrijf;Zaandam\n"
     "Zaans Medisch Centrum (niet gebruiken);Bedrijf;Zaandam\n",
     {"slug:zaans-medisch-centrum": ("Company", ["Zaans Medisch Centrum (niet gebruiken)"])}),
    # Found on the eleventh list: a duplicate's mark, "zz" after a name, "(oud)".
    ("DUPLICAAT - Gemeente Haarlem;;Haarlem\n",
     {"cbs:GM0392": ("Municipality", ["DUPLICAAT - Gemeente Haarlem"])}),
    ("Heemstede zz;;Heemstede\n", {"cbs:GM0397": ("Municipality", ["Heemstede zz"])}),
    # An earlier name with its place after it ("Corus IJmuiden"), written without it.
    ("Corus (oud);Bedrijf;IJmuiden\n",
     {"slug:tata-steel-ijmuiden": ("Company", ["Corus (oud)"])}),
    ("Corus;Bedrijf;Hilversum\n", {"slug:corus": ("Company", [])}),  # not its place
    ("Zandvoort gemeente;;\n", {"cbs:GM0473": ("Municipality", ["Zandvoort gemeente"])}),
])
def test_a_record_marked_as_no_longer_used_is_its_organisation(tmp_path, rows, expected):
    db = tmp_path / "s.db"
    api.load([_sheet(tmp_path, rows)], db, lang="en", mapping=_default_company(tmp_path))
    assert _organisations(db) == expected


def test_the_users_own_former_names_count_as_the_shipped_ones_do(tmp_path):
    # Illustrative names: a user's line for a merger the shipped list does not hold.
    names = tmp_path / "namen.csv"
    names.write_text("name,former,since,source\nTechniekhuis Zaan,Stichting Opleidingen "
                     "Regio Zaanstreek,2020,illustratief\nTechniekhuis Zaan,Vakschool "
                     "Wormer,2020,illustratief\n", encoding="utf-8")
    sheet = _sheet(tmp_path, "Techniekhuis Zaan;Bedrijf;Zaanstad\n"
                             "SORZ Assendelft;Bedrijf;Zaanstad\n"  # the former's acronym
                             "Vakschool (oud);Bedrijf;Wormerland\n")  # its place left out
    result = api.load([sheet], tmp_path / "s.db", lang="en", former_names=names)
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review
            if not is_conflict(r)] == [("SORZ Assendelft", "Techniekhuis Zaan",
                                        "an abbreviation of a former name of the other")]
    assert _organisations(tmp_path / "s.db")["slug:techniekhuis-zaan"] == (
        "Company", ["Vakschool (oud)"])
    # Without the user's lines: three organisations, nothing to review.
    again = api.load([sheet], tmp_path / "t.db", lang="en")
    assert again.review == [] and len(_organisations(tmp_path / "t.db")) == 3


def test_a_name_after_a_slash_between_spaces_is_a_pair_with_the_row_of_that_name(tmp_path):
    sheet = _sheet(tmp_path, "Koninklijke Marine;Overheid;Den Helder\n"
                             "Defensie / Koninklijke Marine;Overheid;Den Helder\n"
                             "Regio Gooi / Vechtstreek;Overheid;\nVechtstreek;Overheid;\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == [
        ("Defensie / Koninklijke Marine", "Koninklijke Marine",
         "a row names the other as its part")]


def _pairs(known: list[tuple[str, str | None]], new: tuple[str, str | None],
           kind: str = "Company") -> list[tuple[str, str]]:
    """The names ``new`` is matched with among ``known`` (name, CBS code), and why."""
    from stakeholder_graph.matching import Candidate, Matcher

    matcher = Matcher()
    for at, (name, code) in enumerate(known):
        matcher.add(Candidate(f"slug:{at}", kind, name, code, [name]))
    name, code = new
    return [(known[int(m.target[5:])][0], m.reason)
            for m in matcher.match(Candidate("slug:new", kind, name, code, [name]))]


@pytest.mark.parametrize("english, dutch", [
    ("Port of Den Helder", "Havenbedrijf Den Helder"),
    ("Ministry of Defence", "Ministerie van Defensie"),
    ("Ministry of Health, Welfare and Sport", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    ("Inholland University of Applied Sciences", "Hogeschool Inholland"),
    ("Zaans Medical Center", "Zaans Medisch Centrum"),
    ("Safety Region Kennemerland", "Veiligheidsregio Kennemerland"),
])
def test_an_english_name_is_read_in_dutch(english, dutch):
    assert match_key(english) == match_key(dutch)


def test_a_port_authority_keeps_the_place_that_names_it():
    # "Port of Amsterdam" is Havenbedrijf Amsterdam, in Amsterdam; Havenbedrijf Rotterdam
    # and Port of Den Helder are other port authorities, whatever their word "havenbedrijf".
    known = [("Havenbedrijf Amsterdam N.V.", "GM0363"), ("Havenbedrijf Rotterdam", "GM0599")]
    assert _pairs(known, ("Port of Amsterdam", "GM0363")) == [
        ("Havenbedrijf Amsterdam N.V.", "same name and municipality")]
    assert _pairs(known, ("Port of Den Helder", "GM0400")) == []
    assert _pairs(known, ("Havenbedrijf Den Helder", "GM0400")) == []


def test_two_schools_with_a_word_of_their_own_are_no_pair():
    # "ROC van Amsterdam" and "Hogeschool van Amsterdam" are "amsterdam" without their word
    # like "Stichting", but each has one the other has not; "Hoogheemraadschap Rijnland"
    # is "Rijnland" with one.
    assert _pairs([("ROC van Amsterdam", "GM0363")], ("Hogeschool van Amsterdam", "GM0363"),
                  "School") == []
    assert _pairs([("ROC van Amsterdam", "GM0363")],
                  ("Amsterdam University of Applied Sciences", "GM0363"), "School") == []
    assert _pairs([("Rijnland", "GM0546")], ("Hoogheemraadschap Rijnland", "GM0546"),
                  "PublicBody") == [("Rijnland", "one name is the other with a word like "
                                                 "'Stichting'")]


@pytest.mark.parametrize("short, long, code", [
    ("OSG West-Friesland", "Openbare Scholengemeenschap West-Friesland", None),
    ("ZH Amstelland", "Ziekenhuis Amstelland", "GM0362"),
    ("GGD Hollands Noorden", "Gemeentelijke Gezondheidsdienst Hollands Noorden", None),
])
def test_an_acronym_of_the_first_words_before_the_same_end_is_a_pair(short, long, code):
    reason = "one name begins with an abbreviation of the other's first words"
    assert _pairs([(long, code)], (short, code)) == [(long, reason)]
    assert _pairs([(short, code)], (long, code)) == [(short, reason)]


@pytest.mark.parametrize("known, new", [
    (("Zorggroep Amstelland", "GM0362"), ("ZH Amstelland", "GM0362")),  # no h: not spelt
    (("Ziekenhuis Amstelland", "GM0362"), ("ZH Amstelland", "GM0363")),  # two places
    (("Openbare Scholengemeenschap West-Friesland", None), ("OSG Hoorn", None)),
])
def test_an_acronym_of_first_words_needs_them_spelt_the_same_end_and_place(known, new):
    assert _pairs([known], new) == []


def test_every_translation_has_its_source():
    from importlib import resources

    path = resources.files("stakeholder_graph") / "data" / "names" / "translations.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["english"] and r["dutch"] and r["source"].strip() for r in rows)
    assert all(r["english"] == r["english"].lower() and "," not in r["english"]
               for r in rows)


def test_an_organisation_with_rows_in_two_municipalities_is_paired_in_both(tmp_path):
    # Found on the sixteenth list (Tergooi in Blaricum and Hilversum): a name in another
    # row's municipality is a pair with it, at the load as in a later review.
    sheet = _sheet(tmp_path, "Tergooi MC;Bedrijf;Blaricum\n"
                             "Tergooi MC;Bedrijf;Hilversum\nTergooi;Bedrijf;Hilversum\n")
    pair = ("Tergooi", "Tergooi MC", "one name is the other with a word that says what it is")
    with api.open_store(str(tmp_path / "s.db")) as store:
        result = api.load([sheet], store, lang="en")
        assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review
                if r["name"] != r["candidate_name"]] == [pair]
        assert [(r["candidate_name"], r["name"], r["reason"]) for r in review_store(store)] \
            == [pair]
    # With its Blaricum row only, the two lie apart; they were not a pair ("one name begins
    # the other" is one in one municipality). Since "MC" (medisch centrum) says what the
    # organisation is, as "Ziekenhuis" does, they are one also across municipalities (the
    # twentieth list's "Tergooi" in Blaricum). "Zaans MC" and "Zaans Ziekenhuis"? Not
    # one name with a word more: no pair.
    sheet = _sheet(tmp_path, "Tergooi MC;Bedrijf;Blaricum\nTergooi;Bedrijf;Hilversum\n"
                             "Zaans MC;Bedrijf;Zaanstad\nZaans Ziekenhuis;Bedrijf;Hilversum\n")
    with api.open_store(str(tmp_path / "t.db")) as store:
        assert [(r["name"], r["candidate_name"], r["reason"]) for r in
                api.load([sheet], store, lang="en").review] == [pair]
        assert [(r["candidate_name"], r["name"]) for r in review_store(store)] == [pair[:2]]


def test_a_row_of_kind_gemeente_named_for_another_body_is_a_public_body_there(tmp_path):
    # Found on the eighteenth list (a survey): a respondent of the Werkgeversservicepunt
    # chose "Gemeente", and the row was the municipality Alkmaar, its name an alias.
    sheet = _sheet(tmp_path, "WSP Regio Alkmaar;Gemeente;Alkmaar\n"
                             "Gemeente Alkmaar;Gemeente;Alkmaar\n"
                             "Alkmaar - Economische Zaken;Gemeente;Alkmaar\n"
                             "Oudorp;Gemeente;Alkmaar\n"
                             "Werkgeversservicepunt Regio Alkmaar;Overheid;Alkmaar\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    with api.open_store(str(tmp_path / "s.db")) as store:
        alkmaar = store.node("cbs:GM0361")
        wsp = [n for n in store.nodes() if n["kind"] == "PublicBody"]
    # The municipality, its department and its place are the municipality; the WSP is not.
    assert sorted(alkmaar["aliases"]) == ["Alkmaar - Economische Zaken", "Gemeente Alkmaar",
                                          "Oudorp"]
    assert [(n["name"], n.get("aliases")) for n in wsp] == [
        ("WSP Regio Alkmaar", ["Werkgeversservicepunt Regio Alkmaar"])]
    assert "orgs.csv: 1 row(s) of kind municipality whose name names no municipality " \
        "loaded as a public body there: 'WSP Regio Alkmaar' (Alkmaar) (write the kind it " \
        "is in its cell, or the municipality's name)" in "\n".join(result.warnings)
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db").warnings)
    assert "orgs.csv: 1 rij(en) van soort gemeente waarvan de naam geen gemeente noemt, " \
        "geladen als publieke organisatie in die gemeente: 'WSP Regio Alkmaar' (Alkmaar) " \
        "(schrijf in de cel de soort die het is, of de naam van de gemeente)" in dutch


def test_a_department_named_for_itself_under_its_municipality_is_the_municipality(tmp_path):
    # The twelfth list (Odoo): "Economische Zaken" of kind gemeente, under "Gemeente
    # Haarlemmermeer" as its related company, is the municipality, as before.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;Hoort bij\nEconomische Zaken;Gemeente;Hoofddorp;"
                     "Gemeente Haarlemmermeer\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns:\n  name: Naam\n  kind: Soort\n"
                       "  municipality: Gemeente\n  parent: Hoort bij\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    assert not any("names no municipality" in w for w in result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert "Economische Zaken" in store.node("cbs:GM0394")["aliases"]


def test_a_column_of_record_numbers_is_not_read_as_the_id(tmp_path):
    # Found on the eighteenth list: a Microsoft Forms download begins with "ID" (1, 2, 3),
    # read as the organisations' ids: every row was a problem ("invalid id '1'").
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("ID;Naam;Soort;Gemeente\n1;Tata Steel;Bedrijf;Velsen\n"
                     "2;Nova College;Onderwijs;Haarlem\n3;Tata Steel;Bedrijf;Velsen\n",
                     encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert "column 'ID' not read as the id: none of its 3 filled cells is an id (1, 2, 3: " \
        "the export's own numbers, it seems); to read it, write its ids as namespace:key " \
        "and map it under columns: id:" in "\n".join(result.warnings)
    assert sorted(_organisations(tmp_path / "s.db")) == ["slug:nova-college", "slug:tata-steel"]
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db").warnings)
    assert "kolom 'ID' niet gelezen als id: geen van de 3 gevulde cellen is een id (1, 2, 3: " \
        "de eigen nummers van de export, zo lijkt het)" in dutch


def test_an_answer_that_names_no_organisation_is_not_loaded(tmp_path):
    # Found on the eighteenth list (a survey): "zzp", "n.v.t." and "geen" where the
    # organisation was asked were each an organisation of their own, without a word.
    sheet = _sheet(tmp_path, "zzp;Bedrijf;Alkmaar\nn.v.t.;Anders;\nTata Steel;Bedrijf;Velsen\n"
                             "Eigen bedrijf (zzp);Bedrijf;Hoorn\nZZP Nederland;Bedrijf;\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(n for n, _ in _organisations(tmp_path / "s.db").values()) == [
        "Company", "Company"]  # Tata Steel and ZZP Nederland, an association
    assert sorted(_organisations(tmp_path / "s.db")) == ["slug:tata-steel", "slug:zzp-nederland"]
    assert "orgs.csv: 3 row(s) name no organisation, not loaded: 'zzp' (row 2); 'n.v.t.' " \
        "(row 3); 'Eigen bedrijf (zzp)' (row 5)" in "\n".join(result.warnings)
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db").warnings)
    assert "orgs.csv: 3 rij(en) noemen geen organisatie, niet geladen: 'zzp' (rij 2); " \
        "'n.v.t.' (rij 3); 'Eigen bedrijf (zzp)' (rij 5)" in dutch


def test_a_placeholder_row_names_no_organisation(tmp_path):
    # Found on the twenty-first and twenty-second lists: "Freelance" typed where the
    # organisation was asked, and "test" and "nog invullen" kept in a SharePoint list,
    # were each loaded as a company without a word. "Test B.V." is a name.
    sheet = _sheet(tmp_path, "test;Bedrijf;Zaanstad\nnog invullen;;\nFreelance;Anders;\n"
                             "Test B.V.;Bedrijf;Zaanstad\nEigen onderneming (zzp);Bedrijf;\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == ["slug:test-b-v"]
    assert "orgs.csv: 4 row(s) name no organisation, not loaded: 'test' (row 2); " \
        "'nog invullen' (row 3); 'Freelance' (row 4); 'Eigen onderneming (zzp)' (row 6)" \
        in "\n".join(result.warnings)


def test_a_register_cell_without_a_number_is_read_as_empty_and_said(tmp_path):
    # Found on the twenty-second list: "nvt" and "volgt" in a SharePoint list's KvK column
    # stopped the load ("invalid id 'kvk:nvt'"), though the rows are good.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente;KvK-nummer\nTata Steel IJmuiden;Bedrijf;Velsen;"
                     "34002518\nEvean;Bedrijf;Zaanstad;nvt\nIDEA Zaanstad;Bedrijf;Zaanstad;"
                     "volgt\nHogewey;Bedrijf;Zaanstad;nvt\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == [
        "kvk:34002518", "slug:evean", "slug:hogewey", "slug:idea-zaanstad"]
    assert "orgs.csv: register cell(s) without a number read as empty: 'nvt' in column " \
        "'KvK-nummer' (rows 3, 5); 'volgt' in column 'KvK-nummer' (row 4)" \
        in "\n".join(result.warnings)
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db").warnings)
    assert "orgs.csv: cel(len) zonder nummer in een KvK- of BRIN-kolom als leeg gelezen: " \
        "'nvt' in kolom 'KvK-nummer' (rijen 3, 5); 'volgt' in kolom 'KvK-nummer' (rij 4)" \
        in dutch
    # A cell with a digit is still checked: a wrong number is no number to drop.
    sheet.write_text("Naam;Soort;Gemeente;KvK-nummer\nEvean;Bedrijf;Zaanstad;12-34\n",
                     encoding="utf-8")
    with pytest.raises(Exception, match="kvk"):
        api.load([sheet], tmp_path / "u.db", lang="en")


@pytest.mark.parametrize("word", ["Anders", "Other", "overig"])
def test_other_in_a_kind_column_suggests_no_kind(tmp_path, word):
    # The twenty-first and twenty-second lists: "Anders" was told "did you mean
    # 'onderwijs'?", "Other" "did you mean 'Theme'?".
    sheet = _sheet(tmp_path, f"Evean;{word};Zaanstad\nTata Steel;Bedrijf;Velsen\n")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns: {name: Naam, kind: Soort, "
                       "municipality: Gemeente}\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    said = str(caught.value.problems[0]["problem"])
    assert said.startswith(f"unknown kind '{word}'; expected one of") and "did you mean" \
        not in said and f"with nothing after it when it names no kind: '{word}':" in said


def test_a_sharepoint_lists_title_is_the_name(tmp_path):
    # The twenty-second list alone stopped at "no column for the organisation's name".
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Title;Type organisatie;Gemeente;Item Type;Path\nEvean;Bedrijf;Zaanstad;"
                     "Item;sites/rif/Lists/Partners\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == ["slug:evean"]
    assert "name: 'Title'" in "\n".join(result.warnings)


def test_a_municipality_with_its_province_or_an_ampersand_is_that_municipality(tmp_path):
    # The twenty-first list: "Gemeente Bergen (NH)" was "Bergen is ambiguous" (the
    # province read as an abbreviation of the name), "Gem. Dijk & Waard" a public body.
    sheet = _sheet(tmp_path, "Gemeente Bergen (NH);Gemeente;\nGem. Dijk & Waard;Overheid;\n"
                             "Dijk & Waard;Gemeente;\n")
    api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == ["cbs:GM0373", "cbs:GM1980"]


def test_nl_is_nederland_and_zorg_says_what_an_organisation_is(tmp_path):
    # The twenty-first and twenty-second lists' misses: "Techniek NL" and "Techniek
    # Nederland" (one place: one organisation at the load); "Evean Zorg" in Purmerend and
    # "Evean" in Zaanstad (a pair to review); "NWZ Alkmaar", the Noordwest Ziekenhuisgroep
    # (the alias list: nwz.nl). "Zorg Noord-Holland" is no pair with a place.
    sheet = _sheet(tmp_path, "Techniek NL;Bedrijf;Zoetermeer\nTechniek Nederland;Bedrijf;"
                             "Zoetermeer\nEvean Zorg;Bedrijf;Purmerend\nEvean;Bedrijf;Zaanstad\n"
                             "NWZ Alkmaar;Bedrijf;Alkmaar\nNoordwest Ziekenhuisgroep;Bedrijf;"
                             "Alkmaar\nZorg Hoorn;Bedrijf;Hoorn\nHoorn;Gemeente;Hoorn\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == [
        "cbs:GM0405", "slug:evean", "slug:evean-zorg", "slug:nwz-alkmaar", "slug:techniek-nl",
        "slug:zorg-hoorn"]
    assert [(r["name"], r["candidate_name"]) for r in result.review] == [
        ("Evean", "Evean Zorg")]


def test_the_navy_and_klms_maintenance_division_are_their_organisations(tmp_path):
    # Four lists had the navy apart from the Ministerie van Defensie, three KLM Engineering
    # & Maintenance apart from KLM: the alias list names them (defensie.nl, klm.com).
    sheet = _sheet(tmp_path, "Koninklijke Marine;Overheid;Den Helder\nMinisterie van Defensie;"
                             "Overheid;Den Helder\nDefensie;Overheid;Den Helder\n"
                             "KLM Engineering & Maintenance;Bedrijf;Haarlemmermeer\n"
                             "KLM;Bedrijf;Haarlemmermeer\nTransavia;Bedrijf;Haarlemmermeer\n")
    api.load([sheet], tmp_path / "s.db", lang="en")
    found = _organisations(tmp_path / "s.db")
    assert len(found) == 3 and sum(1 for kind, _ in found.values() if kind == "PublicBody") == 1


def test_a_part_after_a_dash_is_of_the_one_word_organisation_the_alias_list_knows(tmp_path):
    # The twentieth list: "Defensie - Marinebasis Nieuwe Haven" was an organisation of its
    # own beside the Ministerie van Defensie. "Nova - Haarlem" names no organisation of the
    # alias list: its part is no part of anything.
    sheet = _sheet(tmp_path, "Defensie - Marinebasis Nieuwe Haven;Overheid;Den Helder\n"
                             "Ministerie van Defensie;Overheid;Den Helder\n"
                             "Nova - Haarlem;Onderwijs;Haarlem\n")
    api.load([sheet], tmp_path / "s.db", lang="en")
    found = _organisations(tmp_path / "s.db")
    assert len(found) == 2 and "slug:nova-haarlem" in found


def test_a_sign_up_lists_region_dash_choices_and_person_columns(tmp_path):
    # What the twenty-third and twenty-fourth lists (a Mailchimp audience, a Google Form)
    # stopped or slipped at: "IJmond" in the place column was a typo of 'Wichmond'; a "-"
    # where no organisation was typed was "no name"; the forms' own choices "Overheid /
    # semi-overheid" and "Zorg en welzijn" were unknown kinds; "First Name", "Last Name",
    # "OPTIN_IP" and "LATITUDE" were dropped as unknown columns, not as personal data.
    sheet = tmp_path / "leden.csv"
    sheet.write_text("Email Address,First Name,Last Name,Organisatie,Plaats,Sector,OPTIN_IP,"
                     "LATITUDE\n,,,Techport,IJmond,Overheid / semi-overheid,,\n"
                     ",,,-,Haarlem,Zorg en welzijn,,\n,,,Spaarne Gasthuis,Haarlem,"
                     "Zorg en welzijn,,\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns: {name: Organisatie, kind: Sector, "
                       "municipality: Plaats}\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    found = _organisations(tmp_path / "s.db")
    assert sorted((i, kind) for i, (kind, _) in found.items()) == [
        ("slug:spaarne-gasthuis", "Company"), ("slug:techport", "PublicBody")]
    said = "\n".join(result.warnings)
    assert "'IJmond' (row 2; a region of several municipalities)" in said
    assert "1 row(s) name no organisation, not loaded: '-' (row 3)" in said
    assert {d["column"]: d["personal"] for d in result.dropped_columns} == {
        "Email Address": True, "First Name": True, "Last Name": True, "OPTIN_IP": True,
        "LATITUDE": True}
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db", mapping=mapping).warnings)
    assert "'IJmond' (rij 2; een regio van meerdere gemeenten)" in dutch


def test_a_second_name_line_that_goes_on_with_the_name_is_read_with_it(tmp_path):
    # The twenty-fifth list (PerfectView): "Uitvoeringsinstituut Werknemers-" with
    # "verzekeringen (UWV)" in "Naam 2", and "Werkgeversservicepunt Zuid-Kennemerland" with
    # "en IJmond", were cut-off names; a department or an addressee there is no name.
    sheet = tmp_path / "relaties.csv"
    sheet.write_text("Naam;Naam 2;Relatiesoort;Plaats\n"
                     "Uitvoeringsinstituut Werknemers-;verzekeringen (UWV);Overheid;Hoofddorp\n"
                     "UWV;;Overheid;Hoofddorp\n"
                     "Werkgeversservicepunt Zuid-Kennemerland;en IJmond;Overheid;Haarlem\n"
                     "WSP Zuid-Kennemerland en IJmond;;Overheid;Haarlem\n"
                     "Gemeente Amstelveen;t.a.v. Economische Zaken;Gemeente;Amstelveen\n",
                     encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    found = _organisations(tmp_path / "s.db")
    assert sorted(found) == ["cbs:GM0362", "slug:uitvoeringsinstituut-werknemersverzekeringen",
                             "slug:werkgeversservicepunt-zuid-kennemerland-en-ijmond"]
    assert "relaties.csv: the second name line 'Naam 2' read with the name where it goes on " \
        "with it (2 row(s): 'Uitvoeringsinstituut Werknemersverzekeringen (UWV)' (row 2); " \
        "'Werkgeversservicepunt Zuid-Kennemerland en IJmond' (row 4)); 1 other(s), a " \
        "department or an addressee, not loaded" in "\n".join(result.warnings)
    dutch = "\n".join(api.load([sheet], tmp_path / "t.db").warnings)
    assert "de tweede naamregel 'Naam 2' gelezen met de naam waar die erop doorgaat (2 " \
        "rij(en): 'Uitvoeringsinstituut Werknemersverzekeringen (UWV)' (rij 2)" in dutch


def test_a_row_merged_into_an_organisation_brings_its_names_to_the_review(tmp_path):
    # The twenty-first list: "tatasteel" first, then "Tata Steel Nederland", then "Tata
    # Steel", merged into "tatasteel". Before, the third row's name was never held against
    # the second; now the pair is proposed with the organisation it merged into, and a
    # fourth row meets the merged name.
    sheet = _sheet(tmp_path, "tatasteel;Bedrijf;Velsen\nTata Steel Nederland;Bedrijf;Velsen\n"
                             "Tata Steel;Bedrijf;Velsen\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(r["id"], r["name"], r["candidate_id"], r["reason"]) for r in result.review] == [
        ("slug:tatasteel", "Tata Steel", "slug:tata-steel-nederland", "similar name")]
    again = api.load([sheet], tmp_path / "s.db", lang="en")  # both stored: not again
    assert again.review == []


@pytest.mark.parametrize("first,second,reason", [
    # The twenty-fifth: the GGD Amsterdam's office in Amstelveen, and the GGD in Amsterdam.
    ("G.G.D. Amsterdam;Bedrijf;Amstelveen", "GGD Amsterdam;Overheid;Amsterdam",
     "same name, with the place in the name, another kind: a Company; accepted, it is one "
     "PublicBody"),
    # The twenty-third: one name with other spaces.
    ("GGZ In Geest;Bedrijf;Amsterdam", "GGZ inGeest;Bedrijf;Amsterdam", "similar name"),
])
def test_a_place_in_the_name_elsewhere_and_other_spaces_are_pairs(tmp_path, first, second,
                                                                  reason):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db", lang="en")
    assert [r["reason"] for r in result.review] == [reason]


def test_a_place_as_adjective_and_zk_are_the_place_and_zuid_kennemerland(tmp_path):
    # The twenty-third and twenty-fourth: "Beverwijkse Bazaar" is "De Bazaar Beverwijk";
    # "Bibliotheek ZK" is the Bibliotheek Zuid-Kennemerland (ZK of ZKIJ). "Nederlandse
    # Spoorwegen" keeps its word (Nederland is also a village), and two schools of one
    # place ("ROC van Amsterdam", "Hogeschool van Amsterdam" known as HvA) stay no pair.
    sheet = _sheet(tmp_path, "Beverwijkse Bazaar;Bedrijf;Beverwijk\nDe Bazaar Beverwijk;Bedrijf;"
                             "Beverwijk\nBibliotheek ZK;Bedrijf;Haarlem\nBibliotheek "
                             "Zuid-Kennemerland;Bedrijf;Haarlem\nNederlandse Spoorwegen;Bedrijf;"
                             "Utrecht\nSpoorwegen Nederland;Bedrijf;Utrecht\nHvA;Onderwijs;"
                             "Amsterdam\nHogeschool van Amsterdam;Onderwijs;Amsterdam\n"
                             "ROC van Amsterdam;Onderwijs;Amsterdam\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == [
        "slug:beverwijkse-bazaar", "slug:bibliotheek-zk", "slug:hva", "slug:nederlandse-spoorwegen",
        "slug:roc-van-amsterdam", "slug:spoorwegen-nederland"]
    assert [(r["name"], r["candidate_name"]) for r in result.review] == [
        ("Spoorwegen Nederland", "Nederlandse Spoorwegen")]


def test_test_records_departments_and_boroughs_of_the_26th_to_29th_lists(tmp_path):
    # Test records marked not to be used and parts of answers that say none are left out;
    # a department after a municipality's name ("X, team …", "X gemeente (afd. …)", "X
    # gemeente - …") and a borough ("Stadsdeel Nieuw-West") are the municipality.
    sheet = _sheet(tmp_path, "TEST - niet gebruiken;Bedrijf;Hoorn\nOnbekend / nog invullen;"
                             "Bedrijf;\nHollands Kroon, team Economische Zaken;Overheid;"
                             "Hollands Kroon\nTexel gemeente (afd. Economie & Toerisme);"
                             "Overheid;Texel\nHoorn gemeente - buitendienst;Gemeente;\n"
                             "Stadsdeel Nieuw-West;Gemeente;Amsterdam\nTestlab;Bedrijf;Hoorn\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted(_organisations(tmp_path / "s.db")) == [
        "cbs:GM0363", "cbs:GM0405", "cbs:GM0448", "cbs:GM1911", "slug:testlab"]
    assert "2 row(s) name no organisation, not loaded: 'TEST - niet gebruiken' (row 2); " \
        "'Onbekend / nog invullen' (row 3)" in "\n".join(result.warnings)


def test_a_municipality_column_beside_a_town_column_is_the_municipality(tmp_path):
    # The twenty-seventh list (Access): "Woonplaats" was read as the municipality and
    # "Gemeente" dropped, so "Den Hoorn" was ambiguous although the row says Texel. Now
    # "Gemeente" is the municipality and "Woonplaats" the town where it is empty.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Woonplaats;Gemeente\nTESO;Bedrijf;Den Hoorn;Texel\n"
                     "Koninklijke Marine;Overheid;Den Helder;\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert "town: 'Woonplaats'" in "\n".join(result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        places = {e["start"]: e["end"] for e in store.edges("LOCATED_IN")}
    assert places == {"slug:teso": "cbs:GM0448", "slug:koninklijke-marine": "cbs:GM0400"}


def test_a_reports_preamble_above_its_header_is_skipped(tmp_path):
    # The twenty-ninth list: Zoom's registration report has its title, its time and the
    # webinar's topic above a blank line; the load stopped at the second line.
    sheet = tmp_path / "report.csv"
    sheet.write_text("Registration Report\nReport generated time,\"Nov 26, 2026 17:04:09\"\n"
                     "Topic,Webinar ID\nKansen,861\n\nOrganization,Soort,Gemeente\n"
                     "KLM,Bedrijf,Amstelveen\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert "5 title row(s) above the header skipped (the header is row 6)" in \
        "\n".join(result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert store.node("slug:klm")["sources"][0]["row"] == 7


def test_contact_moments_remarks_and_the_lists_names_of_the_26th_to_29th(tmp_path):
    # A card named for a contact moment is the organisation after its word; a remark in
    # small letters after a dash is no part of a name; and names of the lists' misses:
    # the navy's command and base, the KIM, IMARES (Wageningen Marine Research since
    # 2016), the Amsterdam ArenA (the Johan Cruijff ArenA since 2018), HMC, "A'dam",
    # "zkh", NH before "locatie".
    sheet = _sheet(tmp_path, "Gesprek met Tergooi MC over BBL;Bedrijf;Hilversum\nTergooi MC;"
                             "Bedrijf;Hilversum\nAmaris – leerwerkplekken VIG;Bedrijf;Hilversum\n"
                             "Amaris;Bedrijf;Hilversum\nCZSK (Commando Zeestrijdkrachten);"
                             "Overheid;Den Helder\nMarinebasis Den Helder;Overheid;Den Helder\n"
                             "Koninklijke Marine;Overheid;Den Helder\nKIM;Onderwijs;Den Helder\n"
                             "Koninklijk Instituut voor de Marine;Onderwijs;Den Helder\n"
                             "IMARES;Overheid;Den Helder\nWageningen Marine Research;Overheid;"
                             "Den Helder\nAmsterdam ArenA;Bedrijf;Amsterdam\nJohan Cruijff ArenA;"
                             "Bedrijf;Amsterdam\nHMC;Onderwijs;Amsterdam\nHout- en "
                             "Meubileringscollege;Onderwijs;Amsterdam\nROC A'dam;Onderwijs;"
                             "Amsterdam\nROC Amsterdam;Onderwijs;Amsterdam\nDijklander zkh;"
                             "Bedrijf;Hoorn\nDijklander Ziekenhuis;Bedrijf;Hoorn\nROC Kop van NH "
                             "locatie Schagen;Onderwijs;Schagen\nROC Kop van Noord-Holland;"
                             "Onderwijs;Schagen\nNova - Haarlem;Onderwijs;Haarlem\nNova;"
                             "Onderwijs;Haarlem\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    found = _organisations(tmp_path / "s.db")
    # Eleven organisations, each of two rows or three, at the load ("Nova - Haarlem" in
    # Haarlem is Nova: its place after the dash, as before).
    assert len(found) == 11 and result.review == []
    assert found["slug:commando-zeestrijdkrachten"][1] == [
        "CZSK", "Koninklijke Marine", "Marinebasis Den Helder"]
    assert found["slug:tergooi-mc"][1] == ["Gesprek met Tergooi MC over BBL"]


def test_a_name_ending_in_a_region_of_the_province_is_a_pair_with_it_nowhere(tmp_path):
    # The twenty-sixth list: West-Friesland is a region of the province (regions.csv), no
    # COROP or labour-market region; "Werksaam" with no place and "Werksaam Westfriesland"
    # in Hoorn are a pair to review, and so are "De Woonschakel" and "Woonstichting De
    # Woonschakel Westfriesland" (a word that says what it is, and the region).
    sheet = _sheet(tmp_path, "Werksaam Westfriesland;Overheid;Hoorn\nWerksaam;Overheid;\n"
                             "Woonstichting De Woonschakel Westfriesland;Bedrijf;Medemblik\n"
                             "De Woonschakel;Bedrijf;\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert sorted((r["name"], r["candidate_name"]) for r in result.review) == [
        ("De Woonschakel", "Woonstichting De Woonschakel Westfriesland"),
        ("Werksaam", "Werksaam Westfriesland")]


def test_every_region_of_the_shipped_list_has_its_source_and_known_municipalities():
    import csv
    from importlib import resources

    from stakeholder_graph.loaders.cbs import geography

    path = resources.files("stakeholder_graph") / "data" / "names" / "regions.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source"].strip() for r in rows)
    for r in rows:
        assert all(geography().named(m) is not None for m in r["municipalities"].split(";"))


@pytest.mark.parametrize("first,second,pair", [
    # The national organisation of a name, its head office elsewhere.
    ("Randstad Nederland;Bedrijf;Diemen", "Randstad Beverwijk;Bedrijf;Beverwijk", True),
    ("KPMG Nederland;Bedrijf;Amstelveen", "KPMG;Bedrijf;", True),
    # What is left is a place: no name of its own.
    ("Hoorn Nederland;Bedrijf;", "Hoorn;Bedrijf;", False),
])
def test_a_name_with_the_country_after_it_is_a_pair_with_the_name(tmp_path, first, second,
                                                                  pair):
    result = api.load([_sheet(tmp_path, f"{first}\n{second}\n")], tmp_path / "s.db",
                      lang="en")
    reasons = [r["reason"] for r in result.review]
    assert ("one name is the other with the country" in reasons) is pair


def test_a_bookkeepers_department_after_a_comma_is_no_part_of_the_name(tmp_path):
    # Found on the thirtieth list (Moneybird): the invoice address of a head office.
    sheet = _sheet(tmp_path, "Hogeschool Inholland;Onderwijs;Haarlem\n"
                             "Hogeschool INHOLLAND, Centrale Financiële Administratie;"
                             "Onderwijs;Diemen\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [r["reason"] for r in result.review] == ["same name, other municipality"]


def test_a_departments_name_alone_is_alike_only_in_one_municipality(tmp_path):
    # Found on the thirty-first list (Asana): two contact moments with two municipalities'
    # economic affairs, "EZ" each once the moment's word and the place are left out.
    sheet = _sheet(tmp_path, "Overleg EZ Wormerland;Bedrijf;Wormerland\n"
                             "Kennismaking EZ;Bedrijf;\n")
    assert api.load([sheet], tmp_path / "s.db", lang="en").review == []
    same = _sheet(tmp_path, "Overleg EZ Wormerland;Bedrijf;Wormerland\n"
                            "Kennismaking EZ;Bedrijf;Wormerland\n")
    api.load([same], tmp_path / "t.db", lang="en")
    assert len(_organisations(tmp_path / "t.db")) == 1


def test_a_name_with_a_word_that_says_what_it_is_is_a_pair_across_kinds(tmp_path):
    # "Dijklander" a public body in one row (a CRM's label), "Dijklander Ziekenhuis" a
    # company in another: one name the other with "Ziekenhuis", for the user to decide.
    sheet = _sheet(tmp_path, "Dijklander Ziekenhuis;Bedrijf;Hoorn\nDijklander;Overheid;\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert [r["reason"] for r in result.review] == [
        "one name is the other with a word that says what it is, another kind: a Company; "
        "accepted, it is one PublicBody"]
