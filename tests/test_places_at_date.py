"""A place (woonplaats) resolves to the municipality of the date of the data (issue 17).

The shipped place table (``corop.generated.csv``) says where a place lies today. When that
municipality was formed, or took others in, after the date of the data, the place was in
one of the municipalities it came from: the one it is named after, else the load lists the
choices of that day and picks none. Day boundaries are exact (Dijk en Waard was formed on
2022-01-01). Loads run through the CLI on SQLite and on the real Neo4j server.
"""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError
from stakeholder_graph.loaders.cbs import geography
from stakeholder_graph.loaders.messages import localise

GEO = resources.files("stakeholder_graph") / "data" / "nl-gemeenten-regio"


@pytest.mark.parametrize("place,day,expected", [
    # Dijk en Waard was formed from Heerhugowaard and Langedijk on 2022-01-01.
    ("Broek op Langedijk", "2020-05-01", "Langedijk"),
    ("Broek op Langedijk", "2021-12-31", "Langedijk"),
    ("Broek op Langedijk", "2022-01-01", "Dijk en Waard"),
    # Haarlemmermeer took in Haarlemmerliede en Spaarnwoude on 2019-01-01.
    ("Hoofddorp", "2019-01-01", "Haarlemmermeer"),
    ("Hoofddorp", "2026-06-01", "Haarlemmermeer"),
    ("Haarlemmerliede", "2018-12-31", "Haarlemmerliede en Spaarnwoude"),
    # Both a place and a former municipality: the municipality of that day.
    ("Weesp", "2021-06-01", "Weesp"),
    ("Weesp", "2022-03-23", "Weesp"),
    ("Weesp", "2022-03-24", "Amsterdam"),
    # Named after the municipality it lay in (Stichtse Vecht 2011, Hollands Kroon 2012).
    ("Loenen aan de Vecht", "2010-12-31", "Loenen"),
    ("Loenen aan de Vecht", "2011-01-01", "Stichtse Vecht"),
    ("Nieuwe Niedorp", "2011-12-31", "Niedorp"),
    ("Oude Niedorp", "2012-01-01", "Hollands Kroon"),
    # One of the places a municipality's name joins (Graft-De Rijp, into Alkmaar in 2015).
    ("De Rijp", "2014-12-31", "Graft-De Rijp"),
    ("De Rijp", "2015-01-01", "Alkmaar"),
    # A municipality that took another in under its own code is a choice itself.
    ("Volendam", "2015-12-31", "Edam-Volendam"),
])
def test_a_place_is_in_the_municipality_of_the_date_of_the_data(place, day, expected):
    assert geography().resolve(place, "Noord-Holland", at=day).name == expected


@pytest.mark.parametrize("place,day,choices", [
    # Formed that day: the place lay in one of the two; the table cannot tell which.
    ("Zuid-Scharwoude", "2021-12-31", "'Heerhugowaard' or 'Langedijk'"),
    # Took another in under its own code: the place could have been in either.
    ("Hoofddorp", "2018-12-31", "'Haarlemmerliede en Spaarnwoude' or 'Haarlemmermeer'"),
    ("Middenbeemster", "2021-12-31", "'Beemster' or 'Purmerend'"),
    # Two places of one name (Koedijk: Alkmaar and Dijk en Waard): the choices of that day.
    ("Koedijk", "2021-12-31", "'Alkmaar' or 'Heerhugowaard' or 'Langedijk'"),
])
def test_a_place_the_table_cannot_place_on_that_day_lists_the_choices(place, day, choices):
    with pytest.raises(InputError) as caught:
        geography().resolve(place, "Noord-Holland", at=day)
    assert caught.value.suggestion == choices
    assert f"on {day} it lay in {choices}" in caught.value.message


@pytest.mark.parametrize("place,day,code", [
    ("Zuid-Scharwoude", "2022-01-01", "GM1980"),  # Dijk en Waard
    ("Middenbeemster", "2022-01-01", "GM0439"),  # Purmerend
])
def test_from_the_day_of_the_merger_the_place_is_in_todays_municipality(place, day, code):
    assert geography().resolve(place, "Noord-Holland", at=day).code == code


def test_the_problem_has_its_own_code_and_dutch_text():
    with pytest.raises(InputError) as caught:
        geography().resolve("Zuid-Scharwoude", at="2021-12-31")
    row = localise({"problem": caught.value.message, "suggestion": caught.value.suggestion})
    assert row["code"] == "ambiguous_place"
    assert row["problem"] == (
        "plaats 'Zuid-Scharwoude' is dubbelzinnig: op 2021-12-31 lag die in 'Heerhugowaard' "
        "of 'Langedijk' (nu in Dijk en Waard, na de herindeling van 2022-01-01); de "
        "plaatsentabel is van vandaag en zegt niet welke: schrijf de gemeente van die dag")
    assert row["suggestion"] == "'Heerhugowaard' of 'Langedijk'"


@pytest.mark.parametrize("code,name,day,expected", [
    ("GM1980", "Dijk en Waard", "2021-12-31", ["Heerhugowaard", "Langedijk"]),
    ("GM0363", "Amsterdam", "2022-03-23", ["Amsterdam", "Weesp"]),
    ("GM0363", "Amsterdam", "2022-03-24", ["Amsterdam"]),
    # A chain followed back: Molenlanden (2019) ← Molenwaard (2013) ← Graafstroom, …
    ("GM1978", "Molenlanden", "2015-06-01", ["Giessenlanden", "Molenwaard"]),
    ("GM1978", "Molenlanden", "2012-06-01",
     ["Giessenlanden", "Graafstroom", "Liesveld", "Nieuw-Lekkerland"]),
    # Renamed under its own code: the same municipality.
    ("GM0417", "Laren (NH.)", "2023-06-01", ["Laren (NH.)"]),
])
def test_the_municipalities_that_held_an_area_on_a_day(code, name, day, expected):
    assert sorted(m.name for m in geography().held_by(code, name, day)) == expected


def _successions() -> list[dict[str, str]]:
    with (GEO / "successions.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("old,new,kept", [
    ("Weesp", "Amsterdam", "yes"), ("Heerhugowaard", "Dijk en Waard", ""),
    ("Schermer", "Alkmaar", "yes"), ("Haren", "Groningen", "yes"),
    ("Boarnsterhim", "Súdwest-Fryslân", "yes"), ("Boarnsterhim", "De Friese Meren", ""),
    ("Laren", "Laren (NH.)", "yes"), ("De Friese Meren", "De Fryske Marren", ""),
])
def test_the_table_says_whether_the_successor_kept_its_code(old, new, kept):
    assert [r["new_kept_code"] for r in _successions()
            if r["old_name"] == old and r["new_name"] == new] == [kept]


# Through the CLI, on both stores.

SHEET = ("Naam;Soort;Gemeente\r\nBouw Broek;Bedrijf;Broek op Langedijk\r\n"
         "Kas Hoofddorp;Bedrijf;Hoofddorp\r\n")


@pytest.fixture(params=["sqlite", "neo4j"])
def location(request, tmp_path) -> str:
    """An empty store's location: a file, or the Neo4j test server (emptied)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("neo4j_store").location


def _load(location: str, *args: str):
    return CliRunner().invoke(cli, ["--store", location, "load", *args])


def _located(location: str) -> dict[str, tuple[str, str]]:
    with api.open_store(location) as store:
        munis = {n["id"]: n for n in store.nodes("Municipality")}
        return {e["start"]: (e["end"], munis[e["end"]]["name"])
                for e in store.edges("LOCATED_IN")}


@pytest.mark.parametrize("at,expected", [
    ("2021-12-31", {"slug:bouw-broek": ("cbs:GM0416", "Langedijk"),
                    "slug:kas-hoofddorp": ("cbs:GM0394", "Haarlemmermeer")}),
    ("2022-01-01", {"slug:bouw-broek": ("cbs:GM1980", "Dijk en Waard"),
                    "slug:kas-hoofddorp": ("cbs:GM0394", "Haarlemmermeer")}),
    # A moment with an offset: the day as written, not the day in UTC.
    ("2022-01-01T00:30+01:00", {"slug:bouw-broek": ("cbs:GM1980", "Dijk en Waard"),
                                "slug:kas-hoofddorp": ("cbs:GM0394", "Haarlemmermeer")}),
    ("2021-12-31T23:30-01:00", {"slug:bouw-broek": ("cbs:GM0416", "Langedijk"),
                                "slug:kas-hoofddorp": ("cbs:GM0394", "Haarlemmermeer")}),
])
def test_load_puts_a_place_in_the_municipality_of_that_day(location, tmp_path, at, expected):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(SHEET.encode("cp1252"))
    result = _load(location, str(sheet), "--at", at)
    assert result.exit_code == 0, result.output
    assert _located(location) == expected


def test_the_load_says_in_dutch_where_a_place_was_put(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(SHEET.encode("cp1252"))
    result = _load(str(tmp_path / "s.db"), str(sheet), "--at", "2021-12-31")
    assert result.exit_code == 0, result.output
    assert (f"Let op: {sheet}: gemeenten die op 2021-12-31 (de datum van de gegevens) "
            "bestonden, geladen zoals ze toen waren: 'Broek op Langedijk' → Langedijk (tot "
            "2022-01-01, nu Dijk en Waard)") in result.output
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert store.node("cbs:GM0416")["note"] == ("opgeheven op 2022-01-01; het gebied "
                                                    "ligt nu in Dijk en Waard")


def test_load_refuses_a_place_it_cannot_place_and_writes_nothing(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes((SHEET + "Tuin Zuid;Bedrijf;Zuid-Scharwoude\r\n").encode("cp1252"))
    db = tmp_path / "s.db"
    result = _load(str(db), str(sheet), "--at", "2021-12-31")
    assert result.exit_code == 1
    assert (f"{sheet}, rij 4, kolom 'Gemeente': plaats 'Zuid-Scharwoude' is dubbelzinnig: op "
            "2021-12-31 lag die in 'Heerhugowaard' of 'Langedijk'") in result.stderr
    with api.open_store(str(db)) as store:
        assert store.stats()["total_nodes"] == 0


@pytest.mark.parametrize("place,municipality", [
    # Found on the thirtieth list: both loaded without a municipality.
    ("Zandvoort aan Zee", "Zandvoort"),  # the sea a place lies at, not in the tables so
    ("Driehuis", "Velsen"),  # CBS writes it "Driehuis NH"
    # Places of their own that have "aan Zee" in their name stay themselves.
    ("Egmond aan Zee", "Bergen (NH.)"), ("Wijk aan Zee", "Beverwijk"),
    # Found on the thirty-fourth list: LinkedIn's headquarters, the place first, in the
    # province it names.
    ("Den Helder, North Holland, Netherlands", "Den Helder"),
    ("Den Hoorn, North Holland, Netherlands", "Texel"),
])
def test_a_place_as_people_write_it_is_found(place, municipality):
    from stakeholder_graph.loaders.cbs import geography

    found, _ = geography().lookup(place, "Noord-Holland")
    assert found.name == municipality
