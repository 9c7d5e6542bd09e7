"""Real spreadsheets and CRM exports load in one go (issue 17), on both stores.

Every problem in one run with an error report, --skip-bad-rows, matching measured on the
messy CRM export, source identity across exports, decisions in the history, and `show` by
alias and forgiving name. Every test runs on the embedded SQLite store and the real Neo4j
server.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError, LoadProblems
from stakeholder_graph.graph.history import parse_moment
from stakeholder_graph.loaders.cbs import geography
from stakeholder_graph.merges import is_conflict, review_reason
from stakeholder_graph.queries import QueryError

CRM = Path(__file__).parent / "data" / "messy" / "crm-2026"
ORGS = ("Company", "School", "PublicBody", "Campus")


def _bad_sheet(folder: Path, bad_rows: int, places: bool = False) -> Path:
    """A sheet with ``bad_rows`` rows of one unknown kind ("Bedrjf"), or, with ``places``,
    of as many misspelt municipalities (a letter left out: "Almaar")."""
    lines = ["Naam;Soort;Gemeente", "KLM;Bedrijf;Haarlemmermeer", "Tata Steel;Bedrijf;Velsen"]
    typos = [m.name[:2] + m.name[3:] for m in geography().in_province("Noord-Holland")
             if len(m.name) >= 7]  # ("Horn" is a village in Leudal)
    lines += [f"Windpark {i};Bedrijf;{typos[i]}" if places else
              f"Windpark {i};Bedrjf;Hoorn" for i in range(bad_rows)]
    path = folder / "orgs.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def _load(location: str, *args: str):
    return CliRunner().invoke(cli, ["--store", location, "load", *args])


def test_every_problem_in_one_run_on_screen_and_in_the_report(location, tmp_path):
    with api.open_store(location) as store:
        before = store.content_checksum()
    report = tmp_path / "fouten.csv"
    result = _load(location, str(_bad_sheet(tmp_path, 25)), "--error-report", str(report))
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "Fout: 25 problemen in de invoer; niets geladen."
    # One problem over 25 rows is one line on screen, with its rows.
    assert lines[1].startswith(f"  {tmp_path / 'orgs.csv'}, rijen 4, 5, 6, 7, 8, … (25 "
                               "rijen), kolom 'Soort': onbekende soort 'Bedrjf'")
    assert len(lines) == 3 and lines[-1].startswith(f"Alle 25 staan in {report}")
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["row"]) for r in rows] == list(range(4, 29))
    assert rows[0] == {"file": str(tmp_path / "orgs.csv"), "row": "4", "column": "Soort",
                       "value": "Bedrjf", "problem": rows[0]["problem"],
                       "suggestion": "'bedrijf'", "code": "unknown_kind"}
    assert rows[0]["problem"].startswith("onbekende soort 'Bedrjf' (bedoelde u 'bedrijf'?)")
    with api.open_store(location) as store:
        assert store.content_checksum() == before  # nothing written


def test_the_first_twenty_problems_are_on_screen_with_the_count(tmp_path):
    result = _load(str(tmp_path / "s.db"), str(_bad_sheet(tmp_path, 25, places=True)))
    lines = result.stderr.splitlines()
    assert len([line for line in lines if ", kolom 'Gemeente': onbekende gemeente "
                in line and "(bedoelde u " in line]) == 20
    assert "  … en nog 5 meer" in lines and lines[-1].startswith("Alle 25 staan in ")


def test_the_error_report_lies_beside_the_store_by_default(tmp_path):
    db = tmp_path / "team.db"
    assert _load(str(db), str(_bad_sheet(tmp_path, 2))).exit_code == 1
    assert (tmp_path / "team-errors.csv").exists()


def test_skip_bad_rows_loads_the_good_rows_and_keeps_the_report(location, tmp_path):
    report = tmp_path / "fouten.csv"
    result = _load(location, str(_bad_sheet(tmp_path, 3)), "--skip-bad-rows",
                   "--error-report", str(report))
    assert result.exit_code == 0, result.output
    assert "3 foute rij(en) weggelaten; de andere rijen zijn geladen." in result.stderr
    with api.open_store(location) as store:
        assert {n["name"] for n in store.nodes("Company")} == {"KLM", "Tata Steel"}
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 4


def test_load_problems_carry_every_problem_for_the_web_import_page(location, tmp_path):
    with pytest.raises(LoadProblems) as caught:
        api.load([_bad_sheet(tmp_path, 4)], location)
    assert [p["row"] for p in caught.value.problems] == [4, 5, 6, 7]


def test_resolution_problems_are_reported_with_the_reading_problems(location, tmp_path):
    (tmp_path / "rel.csv").write_text("Van;Naar;Relatie\nKLM;Tata Stel;Partner\n"
                                      "KLM;KLM;Partner\nKLM;Tata Steel;Vriend\n", encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([_bad_sheet(tmp_path, 1), tmp_path / "rel.csv"], location)
    problems = [(Path(p["file"]).name, p["row"]) for p in caught.value.problems]
    assert problems == [("orgs.csv", 4), ("rel.csv", 4), ("rel.csv", 2), ("rel.csv", 3)]


def test_the_crm_export_gives_the_right_organisations(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store)
    assert figures["truth"] == {"organisations": 24, "rows": 46}
    assert figures["after_load"]["precision"] == 1.0
    assert figures["after_review"] == {"organisations": 24, "precision": 1.0, "recall": 1.0}


def test_the_crm_export_names_what_it_warns_about(location):
    result = api.load([CRM], location, lang="en")
    assert result.dropped_columns == [{"file": "crm-2026/export-januari.csv",
                                       "column": "Contactpersoon", "personal": True}]
    warnings = "\n".join(result.warnings)
    assert "'Weesp' merged into Amsterdam on 2022-03-24" in warnings
    assert "1 municipality outside Noord-Holland: Gorinchem (Zuid-Holland)" in warnings
    # A public body named "Gemeente Hoorn" in Hoorn is the municipality, and the load says so.
    assert "rows named as a municipality loaded as that municipality: " \
        "'Gemeente Hoorn' → Hoorn" in warnings
    with api.open_store(location) as store:
        assert not any("HR-afdeling" in str(n) for n in store.nodes())


def _month(folder: Path, name: str, rows: list[str]) -> Path:
    """A copy of the CRM dataset whose export has another file name and these rows."""
    (folder / "mappings").mkdir(parents=True, exist_ok=True)
    shutil.copy(CRM / "mappings" / "crm.yaml", folder / "mappings" / "crm.yaml")
    (folder / name).write_bytes(("Naam;Soort;KvK-nummer;BRIN;Plaats;Sector;Contactpersoon;Bron\r\n"
                                 + "".join(r + "\r\n" for r in rows)).encode("cp1252"))
    (folder / "dataset.yaml").write_text(f"name: crm\nfiles:\n  - path: {name}\n"
                                         "    mapping: mappings/crm.yaml\n", encoding="utf-8")
    return folder


def test_next_months_export_under_a_new_name_replaces_the_last(location, tmp_path):
    cite = "illustratief: testbestand"
    jan = _month(tmp_path / "jan", "crm-januari.csv", [
        f"Windpark Noord;Bedrijf;;;Hoorn;energie;;{cite}",
        f"Bouwbedrijf West;Bedrijf;;;Alkmaar;bouw;;{cite}",
        f"Zonnepark Oost;Bedrijf;;;Hoorn;energie;;{cite}"])
    feb = _month(tmp_path / "feb", "crm-februari.csv", [
        f"Zonnepark Oost;Bedrijf;;;Hoorn;energie;;{cite}",        # moved up a row: no change
        f"Windpark Noord;Bedrijf;;;Enkhuizen;energie;;{cite}"])   # moved; Bouwbedrijf gone
    with api.open_store(location) as store:
        api.load([jan], store, at="2026-01-31")
        result = api.load([feb], store, at="2026-02-28")
        assert result.nodes_ended == 1 and result.nodes_updated == 0
        assert {n["name"] for n in store.nodes("Company")} == {"Windpark Noord", "Zonnepark Oost"}
        located = [e["end"] for e in store.edges("LOCATED_IN")
                   if e["start"] == "slug:windpark-noord"]
        assert located == ["cbs:GM0388"]  # Enkhuizen only, not Hoorn as well
        assert result.edges_ended == 2 and result.edges_updated == 0  # Hoorn tie, Bouwbedrijf's
        again = api.load([feb], store)
        assert not again.changed


def _accept_vattenfal(location: str, tmp_path: Path, by: str = "werkambassadeur") -> None:
    review = tmp_path / "review.csv"
    review.write_text("decision,id,candidate_id\naccept,slug:vattenfal,slug:vattenfall\n"
                      "reject,slug:damen-shipyards-gorinchem,slug:damen-shipyards-den-helder\n",
                      encoding="utf-8")
    api.apply_review(review, location, by=by)


def test_decisions_are_history_events_with_who_made_them(location, tmp_path):
    api.load([CRM], location, at="2026-01-01")
    _accept_vattenfal(location, tmp_path)
    api.undo_merge("slug:vattenfal", location, by="analist")
    events = [(e["event"], e["by"]) for e in api.history(location)]
    assert [e for e, _ in events] == ["load", "merge", "accept", "reject", "undo"]
    assert events[2:] == [("accept", "werkambassadeur"), ("reject", "werkambassadeur"),
                          ("undo", "analist")]
    result = CliRunner().invoke(cli, ["--store", location, "history"])
    assert "werkambassadeur" in result.output and "undo" in result.output


def test_diff_lists_the_decisions_and_as_of_honours_them(location, tmp_path):
    api.load([CRM], location, at="2026-01-01")
    loaded = parse_moment("2026-01-01")
    _accept_vattenfal(location, tmp_path)
    with api.open_store(location) as store:
        accepted = store.loads()[-1]["at"]
        before = {n["id"] for n in store.as_of(loaded).nodes("Company")}
        after = {n["id"] for n in store.as_of(accepted).nodes("Company")}
    assert "slug:vattenfal" in before and "slug:vattenfal" not in after
    diff = api.diff(location, since=loaded, until=accepted)
    assert [(d["event"], d["variant"], d["target"]) for d in diff["decisions"]] == [
        ("accept", "slug:vattenfal", "slug:vattenfall"),
        ("reject", "slug:damen-shipyards-gorinchem", "slug:damen-shipyards-den-helder")]
    assert [n["id"] for n in diff["nodes"]["removed"]] == ["slug:vattenfal"]
    out = CliRunner().invoke(cli, ["--store", location, "diff"]).output
    assert "besluiten over dubbelen: 2" in out
    assert "samengevoegd slug:vattenfal → slug:vattenfall" in out
    english = CliRunner().invoke(cli, ["--store", location, "diff", "--lang", "en"]).output
    assert "decisions on duplicates: 2" in english
    assert "accept slug:vattenfal → slug:vattenfall" in english


def test_an_undo_is_honoured_by_as_of(location, tmp_path):
    api.load([CRM], location, at="2026-01-01")
    _accept_vattenfal(location, tmp_path)
    api.undo_merge("slug:vattenfal", location)
    with api.open_store(location) as store:
        accepted, undone = (e["at"] for e in store.loads()[-3::2])
        assert "slug:vattenfal" not in {n["id"] for n in store.as_of(accepted).nodes()}
        assert store.node("slug:vattenfal")["name"] == "Vattenfal"
        assert "Vattenfal" not in store.node("slug:vattenfall").get("aliases", [])
        assert undone > accepted


@pytest.mark.parametrize("text,found", [
    ("Havenbedrijf Amsterdam N.V.", "slug:port-of-amsterdam"),   # an alias
    ("havenbedrijf amsterdam nv", "slug:port-of-amsterdam"),     # forgiving: legal form, case
    ("Koninklijke Luchtvaart Maatschappij", "slug:klm"),          # the shipped alias list
    ("slug:Tech@Connect", "slug:tech-connect"),                  # an id as typed
    ("Inholland", "slug:hogeschool-inholland"),
])
def test_show_finds_by_alias_and_forgiving_name(location, text, found):
    api.load([CRM], location)
    assert api.show(text, location)["id"] == found


def test_show_says_did_you_mean(location):
    api.load([CRM], location)
    with pytest.raises(QueryError, match=r"no organisation 'Vattenfalll'.*did you mean "
                                         r"'Vattenfal"):
        api.show("Vattenfalll", location)


def test_at_more_than_a_day_ahead_is_refused(location, tmp_path):
    result = _load(location, str(CRM), "--at", "2062-01-01")
    assert result.exit_code == 1
    assert "lies in the future" in result.stderr


def test_a_user_alias_list_merges_names_no_rule_finds(location, tmp_path):
    from stakeholder_graph.loaders import read_path
    from stakeholder_graph.resolve import resolve

    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\nZeehaven IJmuiden;Bedrijf;Velsen\n"
                     "Haven van IJmuiden;Bedrijf;Velsen\n", encoding="utf-8")
    assert resolve(read_path(sheet)).merged == []  # no rule finds them
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,alias,source\nZeehaven IJmuiden,Haven van IJmuiden,"
                       "illustratief: eigen lijst\n", encoding="utf-8")
    assert _load(location, str(sheet), "--aliases", str(aliases), "--quiet").exit_code == 0
    with api.open_store(location) as store:
        [company] = store.nodes("Company")
    assert company["name"] == "Zeehaven IJmuiden"
    assert company["aliases"] == ["Haven van IJmuiden"]


# --- An old municipality name is the municipality of the date of the data -----------------

OLD_NAMES = ("Naam;Soort;Gemeente\r\nBouwbedrijf Noord;Bedrijf;Heerhugowaard\r\n"
             "Molen Techniek;Bedrijf;Graafstroom\r\nZorg Oost;Bedrijf;Haaren\r\n")


def _located(location: str) -> dict[str, tuple[str, str, list[str]]]:
    """Each organisation's municipality: id, name, aliases."""
    with api.open_store(location) as store:
        munis = {n["id"]: n for n in store.nodes("Municipality")}
        return {e["start"]: (e["end"], munis[e["end"]]["name"],
                             list(munis[e["end"]].get("aliases") or []))
                for e in store.edges("LOCATED_IN")}


@pytest.mark.parametrize("at,expected", [
    # Heerhugowaard merged into Dijk en Waard in 2022; Graafstroom into Molenwaard in 2013,
    # which merged into Molenlanden in 2019.
    ("2020-06-01", {"slug:bouwbedrijf-noord": ("cbs:GM0398", "Heerhugowaard", []),
                    "slug:molen-techniek": ("cbs:GM1978", "Molenlanden", ["Graafstroom"]),
                    "slug:zorg-oost": ("cbs:GM0788", "Haaren", [])}),
    ("2014-06-01", {"slug:bouwbedrijf-noord": ("cbs:GM0398", "Heerhugowaard", []),
                    "slug:molen-techniek": ("cbs:GM1927", "Molenwaard", ["Graafstroom"]),
                    "slug:zorg-oost": ("cbs:GM0788", "Haaren", [])}),
])
def test_load_at_a_date_puts_old_names_in_the_municipality_of_that_day(location, tmp_path, at,
                                                                        expected):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(OLD_NAMES.encode("cp1252"))
    result = _load(location, str(sheet), "--at", at)
    assert result.exit_code == 0, result.output
    assert _located(location) == expected


def test_load_today_puts_old_names_in_todays_municipality_and_a_split_is_refused(location,
                                                                                tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(OLD_NAMES.encode("cp1252"))
    result = _load(location, str(sheet))
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if "Haaren" in line]
    assert len(problems) == 1 and "'Boxtel' of 'Oisterwijk' of 'Tilburg' of 'Vught'" in \
        problems[0]
    sheet.write_bytes(OLD_NAMES.rsplit("Zorg Oost", 1)[0].encode("cp1252"))
    result = _load(location, str(sheet))
    assert result.exit_code == 0, result.output
    assert _located(location) == {
        "slug:bouwbedrijf-noord": ("cbs:GM1980", "Dijk en Waard", ["Heerhugowaard"]),
        "slug:molen-techniek": ("cbs:GM1978", "Molenlanden", ["Graafstroom"])}


@pytest.mark.parametrize("where", ["mapping", "dataset"])
def test_the_sources_own_date_chooses_the_municipality_and_at_goes_first(tmp_path, where):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "orgs.csv").write_bytes(OLD_NAMES.split("Zorg Oost")[0].encode("cp1252"))
    mapping = "table: organisations\ncolumns: {name: Naam, kind: Soort, municipality: Gemeente}\n"
    spec = "files:\n  - path: orgs.csv\n    mapping: m.yaml\n"
    if where == "mapping":
        mapping += "date: 2016-05-01\n"
    else:
        spec += "date: 2016-05-01\n"
    (folder / "m.yaml").write_text(mapping, encoding="utf-8")
    (folder / "dataset.yaml").write_text(spec, encoding="utf-8")
    api.load([folder], str(tmp_path / "a.db"))
    assert _located(str(tmp_path / "a.db"))["slug:molen-techniek"][1] == "Molenwaard"
    api.load([folder], str(tmp_path / "b.db"), at="2026-01-01")
    assert _located(str(tmp_path / "b.db"))["slug:molen-techniek"][1] == "Molenlanden"


def test_a_municipality_of_the_past_keeps_its_regions_and_says_what_it_became(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(OLD_NAMES.split("Molen")[0].encode("cp1252"))
    result = api.load([sheet], str(tmp_path / "s.db"), at="2020-06-01")
    assert any("Heerhugowaard (tot 2022-01-01, nu Dijk en Waard)" in w
               for w in result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        node = next(n for n in store.nodes("Municipality") if n["id"] == "cbs:GM0398")
        regions = {e["end"] for e in store.edges("IN_REGION") if e["start"] == "cbs:GM0398"}
    assert node["note"] == "opgeheven op 2022-01-01; het gebied ligt nu in Dijk en Waard"
    assert regions == {"cbs:AM15", "cbs:CR19", "cbs:PV27"}  # Noord-Holland Noord


# --- The held-out CRM export (made and measured before the matching was changed for it) ---

HELDOUT = Path(__file__).parent / "data" / "messy" / "crm-heldout"


def test_the_held_out_crm_export_gives_the_right_organisations(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, HELDOUT)
    assert figures["truth"] == {"organisations": 24, "rows": 57}
    assert figures["after_load"]["precision"] == 1.0
    after = figures["after_review"]
    # HHNK is found through the shipped water-board abbreviations (abbreviations.csv).
    assert after == {"organisations": 24, "precision": 1.0, "recall": 1.0}


# --- The third held-out CRM export: a Dynamics-style XLSX (made and measured before the
# matching was changed for it; tests/data/messy/crm-third/maak_export.py writes it) --------

THIRD = Path(__file__).parent / "data" / "messy" / "crm-third"


def test_the_third_held_out_crm_export_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, THIRD)
    assert figures["truth"] == {"organisations": 29, "rows": 66}
    # ("Clusius College locatie Hoorn" is Vonk's since a former name is found with the
    # place after it: 24 of the 46 pairs after the load, it was 23; "Uneto-VNI" is
    # Techniek Nederland's since the list of former names grew: 25. "NWZ" is the
    # Noordwest Ziekenhuisgroep's since the alias list names it so, at the load, no longer
    # a pair to review: 26, 43 organisations.)
    assert figures["after_load"] == {"organisations": 43, "precision": 1.0,
                                     "recall": pytest.approx(26 / 46)}
    after = figures["after_review"]
    # The SBB row typed as a school is a pair to review (the same name under another
    # kind). "Rijnland" (also a region's name) is proposed for review beside
    # "Hoogheemraadschap Rijnland" in Leiden, not merged.
    assert after == {"organisations": 29, "precision": 1.0, "recall": 1.0}


def test_the_third_crm_export_names_what_it_leaves_out(location):
    result = api.load([THIRD], location, lang="en")
    personal = {d["column"] for d in result.dropped_columns if d["personal"]}
    assert personal == {"Primary Contact", "Email (Primary Contact)", "Owner"}  # a person
    warnings = "\n".join(result.warnings)
    assert "'Alkmaar, gemeente' → Alkmaar" in warnings
    assert "'Gemeente Alkmaar - team Economie' → Alkmaar" in warnings
    assert "'Haarlemmermeer (gemeente)' → Haarlemmermeer" in warnings
    with api.open_store(location) as store:
        assert not any("voorbeeld.invalid" in str(n) or "Contactpersoon 0" in str(n)
                       for n in store.nodes())


# --- The fourth held-out CRM export: HubSpot's Companies as CSV (made and measured before
# the matching was changed for it; tests/data/messy/crm-fourth/maak_export.py writes it) ---

FOURTH = Path(__file__).parent / "data" / "messy" / "crm-fourth"


def test_the_fourth_held_out_crm_export_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, FOURTH)
    assert figures["truth"] == {"organisations": 31, "rows": 77}
    # Measured before any change for this export: 23 and 48 of the 61 row pairs that are
    # one organisation were found (56 and 39 organisations). The rules since made for it
    # (tests/test_matching.py) find 28 and 60: still apart after the review were "VRK" (a
    # company) and "Veiligheidsregio Kennemerland" (an acronym of compounds, proposed only
    # within one kind); found since the eighth list by the abbreviation VR (VRK: VR and
    # Kennemerland's initial). The alias list's English name of the HvA finds 29 after the
    # load; English parts of names read in Dutch (data/names/translations.csv: "University
    # of Amsterdam" is the Universiteit van Amsterdam) 31. No longer held out. An
    # organisation with rows in two municipalities lies in both: 33 after the load. Since
    # the alias list names "PWN Waterleidingbedrijf Noord-Holland" PWN, "N.V. PWN
    # Waterleidingbedrijf Noord-Holland" joins PWN at the load, no longer a pair to
    # review: 35, 49 organisations.
    assert figures["after_load"] == {"organisations": 49, "precision": 1.0,
                                     "recall": pytest.approx(35 / 61)}
    assert figures["after_review"] == {"organisations": 31, "precision": 1.0, "recall": 1.0}


def test_the_fourth_crm_export_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, FOURTH)
    for a, b in [("tata-steel", "tcs"), ("klm", "klm-cityhopper"), ("klm", "transavia"),
                 ("hva", "uva"), ("haarlem", "haarlemmermeer"), ("spaarne", "haarlem"),
                 ("dijklander", "purmerend")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_fourth_crm_export_proposes_the_english_names_of_two_schools_not_merges(location):
    result = api.load([FOURTH], location, lang="en")
    pairs = {(r["name"], r["candidate_name"], r["reason"]) for r in result.review}
    # Once proposed as "similar name"; read in Dutch they are a university and a
    # hogeschool, each with a kind word of its own, and no longer a pair.
    assert not any({"University of Amsterdam", "Amsterdam University of Applied Sciences"}
                   == {a, b} for a, b, _ in pairs)
    assert ("Spaarne Gasthuis Hoofddorp", "Spaarne Gasthuis",
            "same name, other municipality") in pairs


def test_the_fourth_crm_export_loads_without_its_mapping_as_with_it(location, quality,
                                                                    tmp_path):
    # HubSpot's "Type" (Prospect, Partner, Vendor, Other: where the relationship stands) is
    # not read as the kind; the kind comes from "Industry" where its label says it, else
    # Company: the same organisations as the hand-written mapping gives.
    bare = tmp_path / "crm-fourth"
    bare.mkdir()
    for name in ("hubspot-companies.csv", "truth.csv"):
        shutil.copy(FOURTH / name, bare / name)
    (bare / "dataset.yaml").write_text("name: crm-fourth\nprovince: Noord-Holland\nfiles:\n"
                                       "  - path: hubspot-companies.csv\n", encoding="utf-8")
    with api.open_store(location) as store:
        figures = quality.measure(store, bare)
    with api.open_store(str(tmp_path / "mapped.db")) as store:
        mapped = quality.measure(store, FOURTH)  # the figures of the test above
    assert figures == mapped


def test_the_fourth_crm_export_without_a_mapping_says_why_not_type(tmp_path):
    result = api.load([FOURTH / "hubspot-companies.csv"], tmp_path / "s.db", lang="en")
    assert result.problems == []
    warnings = "\n".join(result.warnings)
    assert "column 'Type' not read as the kind: 71 of its 71 filled cells (Partner, Prospect, " \
           "Other, Vendor) are no kind of organisation" in warnings
    assert "the kind of organisation taken from column 'Industry' where it says it (Public " \
           "Safety, Government Administration → PublicBody; Education Management, Higher " \
           "Education → School); the other 48 row(s) loaded as a Company (the usual kind of a " \
           "CRM account), 1 as the municipality it names" in warnings
    assert "left out in" not in warnings  # a School's "Higher Education" gave its kind
    dutch = api.load([FOURTH / "hubspot-companies.csv"], tmp_path / "nl.db")
    assert any("kolom 'Type' niet gelezen als de soort" in w for w in dutch.warnings)


def test_the_fourth_crm_export_names_what_it_leaves_out(location):
    result = api.load([FOURTH], location, lang="en")
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out["Phone Number"] is True
    assert left_out["Company owner"] is True  # in real HubSpot, a person's name
    assert left_out["Number of Associated Contacts"] is False  # a count, not personal data
    assert {"Type", "Website URL", "Record ID"} <= set(left_out)
    warnings = "\n".join(result.warnings)
    assert "'Heerhugowaard' merged into Dijk en Waard on 2022-01-01" in warnings
    assert "'GEMEENTE ZAANSTAD' → Zaanstad" in warnings
    with api.open_store(location) as store:
        assert not any("Accountmanager" in str(n) for n in store.nodes())


# --- The fifth held-out list: a network list kept by hand in Excel (made and measured before
# the matching was changed for it; tests/data/messy/crm-fifth/maak_export.py writes it) -----

FIFTH = Path(__file__).parent / "data" / "messy" / "crm-fifth"


def test_the_fifth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, FIFTH)
    assert figures["truth"] == {"organisations": 33, "rows": 74}
    # Measured before any change for this list: 18 and 33 of the 55 row pairs that are one
    # organisation were found (57 and 45 organisations), and no pair that is not. Rules
    # since made from what its misses were (tests/test_matching.py) find 29 and all 55;
    # 30 after the load since the rules made for the seventh list. No longer held out.
    assert figures["after_load"] == {"organisations": 50, "precision": 1.0,
                                     "recall": pytest.approx(30 / 55)}
    assert figures["after_review"] == {"organisations": 33, "precision": 1.0, "recall": 1.0}


def test_the_fifth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, FIFTH)
    for a, b in [("heemskerk", "heemstede"), ("wormerland", "waterland"), ("aeb", "board"),
                 ("waternet", "agv"), ("szw", "ocw"), ("wsp-ga", "rmt-ga"),
                 ("schiphol", "sadc"), ("greenport-aalsmeer", "greenport-nhn"),
                 ("regius", "schagen"), ("uwv", "wsp-ga"), ("amsterdam", "board")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_fifth_list_has_twenty_two_rows_to_review(location):
    # (Eighteen, four of them conflicts, before one website written two ways was one fact
    # and the rules made for this list proposed the pairs it needed; 23 before "ROCvA" was
    # on the alias list.)
    result = api.load([FIFTH], location, lang="en")
    conflicts = [r for r in result.review if is_conflict(r)]
    assert len(result.review) == 22 and len(conflicts) == 3


def test_the_fifth_list_without_a_mapping_stops_at_the_words_a_person_typed(tmp_path):
    # The headers are recognised (Organisatie, Type organisatie, Plaats, Website, Sector),
    # and places as people write them ("A'dam", "Den Haag", "Amsterdam-Noord") are known;
    # rows without a kind are problems: nothing is loaded. (The kinds "vmbo" and "zorg"
    # were problems too, 14 in all, until a vo school's level and care were kinds.)
    with pytest.raises(LoadProblems) as caught:
        api.load([FIFTH / "netwerklijst.xlsx"], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    assert len(problems) == 10
    assert {(p["column"], p["code"]) for p in problems} == {
        ("Type organisatie", "no_kind_in_row")}


def test_a_title_above_the_header_of_a_hand_kept_list_is_skipped(tmp_path):
    # A title (merged over the columns) and an empty row above the header: skipped, said,
    # and the rows keep the numbers Excel shows.
    import openpyxl

    book = openpyxl.load_workbook(FIFTH / "netwerklijst.xlsx")
    book.active.insert_rows(1, 2)
    book.active["A1"] = "Netwerklijst werkambassadeur"
    book.active.merge_cells("A1:F1")
    book.save(tmp_path / "met-titel.xlsx")
    plain = api.load([FIFTH], tmp_path / "plain.db", lang="en")
    titled = api.load([tmp_path / "met-titel.xlsx"], tmp_path / "s.db",
                      mapping=FIFTH / "mappings" / "netwerk.yaml", lang="en")
    assert (titled.nodes_added, titled.edges_added) == (plain.nodes_added, plain.edges_added)
    assert "met-titel.xlsx: 2 title row(s) above the header skipped (the header is row 3)" in \
        [w.split("/")[-1] for w in titled.warnings]
    with api.open_store(str(tmp_path / "s.db")) as store:
        rows = sorted(s["row"] for n in store.nodes() for s in n["sources"] if s.get("row"))
    assert rows[0] == 4


def _hand_kept(tmp_path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Partners"
    for row in [["Partnerlijst Techniek & Zorg"], [], ["Naam", "Soort", "Plaats", "Opmerking"],
                *rows]:
        book.active.append(row)
    book.save(tmp_path / "partnerlijst.xlsx")
    return tmp_path / "partnerlijst.xlsx"


def test_a_hand_kept_lists_sections_are_left_out_and_say_the_kind_of_their_rows(tmp_path):
    # A section's name alone in its row ("ONDERWIJS", "Bedrijven (MKB)") is no organisation:
    # left out, and said; a row without a kind under it has the kind it names; a row with
    # one keeps its own. The header repeated lower down is left out too. Row numbers are
    # the sheet's own.
    sheet = _hand_kept(tmp_path, [
        ["ONDERWIJS"], ["Regio College", None, "Zaanstad", None],
        ["Hogeschool Inholland", "hbo", "Alkmaar", None], [],
        ["Bedrijven (MKB)", None, None, None], ["Techport", None, "Velsen", "campus?"],
        ["Tata Steel", "", "Velsen", None], ["UWV", "overheid", "Alkmaar", "zie WSP"],
        ["Naam", "Soort", "Plaats", "Opmerking"], ["Dijklander Ziekenhuis", None, "Hoorn", None]])
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    said = [w.split(": ", 1)[1] for w in result.warnings]
    assert "2 section row(s) left out (a group's or section's name alone in its row): " \
        "'ONDERWIJS' (row 4), 'Bedrijven (MKB)' (row 8)" in said
    assert "1 repeated header row(s) left out (row 12)" in said
    assert "the kind of rows without one read from the name of their section: 'ONDERWIJS' → " \
        "School (row 5); 'Bedrijven (MKB)' → Company (rows 9, 10, 13)" in said
    with api.open_store(str(tmp_path / "s.db")) as store:
        listed = {n["name"]: (n["kind"], [s["row"] for s in n["sources"] if s.get("row")])
                  for n in store.nodes() if any(s.get("row") for s in n["sources"])}
    assert listed == {"Regio College": ("School", [5]), "Hogeschool Inholland": ("School", [6]),
                      "Techport": ("Company", [9]), "Tata Steel": ("Company", [10]),
                      "UWV": ("PublicBody", [11]), "Dijklander Ziekenhuis": ("Company", [13])}
    dutch = api.load([sheet], tmp_path / "nl.db").warnings
    assert any("2 tussenkopje(s) weggelaten (de naam van een groep of deel, alleen op zijn "
               "rij): 'ONDERWIJS' (rij 4), 'Bedrijven (MKB)' (rij 8)" in w for w in dutch)
    assert any("de soort van rijen zonder soort gelezen uit hun tussenkopje: 'ONDERWIJS' → "
               "onderwijsinstelling (rij 5); 'Bedrijven (MKB)' → bedrijf (rijen 9, 10, 13)"
               in w for w in dutch)
    assert any("1 herhaalde kopregel(s) weggelaten (rij 12)" in w for w in dutch)


def test_a_name_alone_in_its_row_is_an_organisation_unless_it_names_a_section(tmp_path):
    # "Techport" alone in its row is an organisation without a kind (asked for); a section
    # that names no kind ("Overige partners") leaves its rows to their own cells.
    sheet = _hand_kept(tmp_path, [["Overige partners"], ["Techport"],
                                  ["Stichting Hoorn Zorgt", None, "Hoorn", None]])
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "s.db", lang="en")
    assert [(p["row"], p["code"]) for p in caught.value.problems] == [
        (5, "no_kind_in_row"), (6, "no_kind_in_row")]
    # A sheet of two columns has no sections: "Onderwijs" alone is a row like any other.
    two = tmp_path / "twee.csv"
    two.write_text("Naam;Soort\nOnderwijs;\nTechport;bedrijf\n", encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([two], tmp_path / "t.db", lang="en")
    assert [(p["row"], p["code"]) for p in caught.value.problems] == [(2, "no_kind_in_row")]


def test_what_is_not_a_sheets_layout_stays_a_row(tmp_path):
    # Found by review: a survey's option columns, whose cells repeat the option ("Onderwijs"
    # under "Onderwijs"), are no repeated header when the name is not its header; a section
    # of several kinds, or of other words, says no kind ("Onderwijs en bedrijfsleven",
    # "Team Gemeente"), so its rows without one are asked for it.
    survey = tmp_path / "enquete.csv"
    survey.write_text("Organisatie,Onderwijs,Zorg,Techniek,Plaats\n"
                      "Tata Steel,Onderwijs,Zorg,Techniek,Velsen\n"
                      "Techport,,,Techniek,Velsen\n", encoding="utf-8")
    (tmp_path / "m.yaml").write_text("table: organisations\ncolumns: {name: Organisatie, "
                                     "municipality: Plaats}\ndefaults: {kind: bedrijf}\n",
                                     encoding="utf-8")
    result = api.load([survey], tmp_path / "s.db", mapping=tmp_path / "m.yaml", lang="en")
    assert not any("repeated header" in w for w in result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert {"Tata Steel", "Techport"} <= {n["name"] for n in store.nodes()}
    sheet = _hand_kept(tmp_path, [["Onderwijs en bedrijfsleven"], ["Tata Steel", None, "Velsen"],
                                  ["Zorg & Onderwijs"], ["Techport", None, "Velsen"]])
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "t.db", lang="en")
    assert [(p["row"], p["code"]) for p in caught.value.problems] == [
        (5, "no_kind_in_row"), (7, "no_kind_in_row")]


def test_a_sections_kind_comes_before_the_default_and_counts_loaded_rows_only(tmp_path):
    # A row without a kind under "ONDERWIJS" is a school also when the mapping gives
    # defaults: kind: (for the rows under no section); a row that is not loaded (nothing
    # the mapping reads) is not among the rows the message names. A section's name merged
    # across its row (as hand-kept sheets have it) hides nothing, and is left out as well.
    import openpyxl

    sheet = _hand_kept(tmp_path, [["Stichting Hoorn Zorgt", None, "Hoorn", None],
                                  ["ONDERWIJS"], ["Regio College", None, "Zaanstad", None],
                                  [None, None, None, "alleen een opmerking"]])
    book = openpyxl.load_workbook(sheet)
    book.active.merge_cells("A5:D5")
    book.save(sheet)
    (tmp_path / "m.yaml").write_text("table: organisations\ncolumns: {name: Naam, kind: Soort, "
                                     "municipality: Plaats}\ndefaults: {kind: bedrijf}\n",
                                     encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", mapping=tmp_path / "m.yaml", lang="en")
    said = "\n".join(result.warnings)
    assert "the kind of rows without one read from the name of their section: 'ONDERWIJS' → " \
        "School (row 6)" in said
    assert "1 row(s) with no cell filled that the mapping reads left out (an untitled page, " \
        "an empty record: row 7)" in said
    with api.open_store(str(tmp_path / "s.db")) as store:
        kinds = {n["name"]: n["kind"] for n in store.nodes()
                 if any(s.get("row") for s in n["sources"])}
    assert kinds == {"Stichting Hoorn Zorgt": "Company", "Regio College": "School"}


def test_a_boards_subitems_in_a_csv_are_left_out_and_said(tmp_path):
    # A board exported with its subitems: a "Subitems" header row (its first cell "Subitems",
    # then the subitems' own headers) and the subitem rows under it, their first cell empty.
    sheet = tmp_path / "bord.csv"
    sheet.write_text("Name,Subitems,Type,Plaats\n"
                     "Tata Steel,Gastles,Werkgever,Velsen\n"
                     "Subitems,Name,Status,Datum\n"
                     ",Gastles,Gedaan,2025-03-20\n"
                     ",Bedrijfsbezoek,Mee bezig,2025-11-05\n"
                     "Nova College,,Onderwijs,Haarlem\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert any("2 subitem row(s) left out with their 1 header row(s) (a table of its own "
               "under an item: rows 3, 4, 5)" in w for w in result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        names = {n["name"]: n["kind"] for n in store.nodes()
                 if any(s.get("row") for s in n["sources"])}
    assert names == {"Tata Steel": "Company", "Nova College": "School"}


def test_a_municipality_named_in_english_or_with_a_place_in_brackets_is_that_one(tmp_path):
    # Found on the nineteenth list (Notion): "City of Amsterdam" of Type Overheid stayed a
    # public body beside the Gemeente Amsterdam, and "gemeente Ouder-Amstel (Duivendrecht)"
    # was an unknown municipality. A place in brackets that is not the municipality's
    # ("Gemeente Hoorn (Texel)") still names none.
    sheet = _one_sheet(tmp_path, "City of Amsterdam;overheid;Amsterdam;\r\n"
                                 "Municipality of Haarlem;overheid;;\r\n"
                                 "gemeente Ouder-Amstel (Duivendrecht);gemeente;;\r\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert "rows named as a municipality loaded as that municipality: 'City of Amsterdam' → " \
        "Amsterdam; 'Municipality of Haarlem' → Haarlem; 'gemeente Ouder-Amstel " \
        "(Duivendrecht)' → Ouder-Amstel" in "\n".join(result.warnings)
    assert set(_organisations(tmp_path / "s.db")) == {"cbs:GM0363", "cbs:GM0392", "cbs:GM0437"}
    wrong = _one_sheet(tmp_path, "Gemeente Hoorn (Texel);gemeente;;\r\n")
    with pytest.raises(LoadProblems):
        api.load([wrong], tmp_path / "t.db", lang="en")


def test_a_municipality_with_its_department_after_gemeente_is_that_one(tmp_path):
    # Found on the thirtieth list (Moneybird): four departments loaded as companies of
    # their own, with a department word after "Gemeente X", with none ("Werk en
    # Inkomen" straight after the name), and in brackets after "X, gemeente".
    sheet = _one_sheet(tmp_path, "Gem. Haarlem Werk en Inkomen;bedrijf;Haarlem;\r\n"
                                 "gemeente Heemskerk afdeling Sociaal Domein;bedrijf;;\r\n"
                                 "Gemeente Heemstede afd. Sociale Zaken;bedrijf;Heemstede;\r\n"
                                 "Velsen, gemeente (Werk & Inkomen);bedrijf;IJmuiden;\r\n"
                                 "Gemeente Bergen op Zoom Economie;bedrijf;;\r\n")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert set(_organisations(tmp_path / "s.db")) == {
        "cbs:GM0392", "cbs:GM0396", "cbs:GM0397", "cbs:GM0453", "cbs:GM0748"}


def test_a_kind_by_its_dutch_name_and_mkb_are_kinds(tmp_path):
    # Found on the nineteenth and twentieth lists: "campus / PPS", as the problems list the
    # kinds in Dutch, was refused under values: kind:; "MKB" was "did you mean 'mbo'?".
    (tmp_path / "m.yaml").write_text("table: organisations\nvalues:\n  kind:\n"
                                     "    Netwerk: campus / PPS\n", encoding="utf-8")
    sheet = _one_sheet(tmp_path, "Techport;Netwerk;Velsen;\r\nBakkerij Hoorn;MKB;Hoorn;\r\n"
                                 "Smit Installatie;mkb-bedrijf;Hoorn;\r\n")
    api.load([sheet], tmp_path / "s.db", mapping=tmp_path / "m.yaml", lang="en")
    with api.open_store(str(tmp_path / "s.db")) as store:
        kinds = {n["name"]: n["kind"] for n in store.nodes()
                 if any(s.get("row") for s in n["sources"])}
    assert kinds == {"Techport": "Campus", "Bakkerij Hoorn": "Company",
                     "Smit Installatie": "Company"}


def test_a_municipality_row_without_a_place_is_the_municipality_its_name_names(tmp_path):
    # (It was refused: the fifth list's one such row has its place filled in, see
    # maak_export.py.)
    sheet = _one_sheet(tmp_path, "gemeente heemstede;gemeente;;\r\n")
    api.load([sheet], tmp_path / "s.db", lang="en")
    with api.open_store(str(tmp_path / "s.db")) as store:
        node = store.node("cbs:GM0397")
    assert (node["kind"], node["name"], node["aliases"]) == (
        "Municipality", "Heemstede", ["gemeente heemstede"])


def test_the_fifth_list_names_what_it_leaves_out(location):
    result = api.load([FIFTH], location, lang="en")
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out == {"Regio": False, "Contact via": True, "Laatste contact": False}
    warnings = "\n".join(result.warnings)
    assert "'Gem. Schagen' → Schagen" in warnings
    assert "1 municipality outside Noord-Holland: 's-Gravenhage (Zuid-Holland)" in warnings
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
    # (45 before "ROCvA" was on the alias list: "ROCvA" in Amsterdam is ROC van Amsterdam)
    assert len(listed) == 44 and all(n["source"].startswith("illustratief") for n in listed)


# --- The sixth held-out list: a Salesforce "Accounts" report as CSV (made and measured before
# the matching was changed for it; tests/data/messy/crm-sixth/maak_export.py writes it) ----

SIXTH = Path(__file__).parent / "data" / "messy" / "crm-sixth"
SIXTH_CSV = "report1796202840000.csv"
SALESFORCE_FOOTER = [
    "Accounts leerbedrijven en partners NHN",
    "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.",
    "Confidential Information - Do Not Distribute",
    "Generated By: Functioneel beheer (gebruiker) 2-12-2026 09:14",
    "Samenwerkingsverband onderwijs-bedrijfsleven NHN (illustratief)",
]


def test_the_sixth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, SIXTH)
    assert figures["truth"] == {"organisations": 32, "rows": 80}
    # Measured before any change for this list: 20 and 55 of the 83 row pairs that are one
    # organisation were found, and no pair that is not; at the code of the rules made for
    # the fourth and fifth lists too (still held out). The report's footer was five more
    # organisations (66 and 46); it is left out since (see below). One rule since, for a
    # kind of miss it shares with the fourth list (a row without a kind named as its
    # municipality), finds 22 and 57. The list of former names (data/names/former_names.csv:
    # ADM Cocoa → Olam Cocoa → ofi, Clusius College and ROC Kop van Noord-Holland → Vonk,
    # Op/maat → WerkSaam Westfriesland) finds 36 and 72; ij typed as y ("Heymans") and an
    # acronym without "Koninklijk" ("NIOZ") 76 after the review. The mapping reads "Parent
    # Account" since (a row and the account it names as its parent are a pair to review:
    # "AH DC Zaandam" and Albert Heijn; also Albert Heijn and Ahold Delhaize, rejected):
    # 79 after the review. "Clusius College Hoorn", a former name with its place after it,
    # is Vonk's since: 41 after the load. "Distributiecentrum" is a word for a part at a
    # place since (as "locatie" was), and AH Albert Heijn's short name on the alias list:
    # "Albert Heijn Distributiecentrum Zaandam" is Albert Heijn's in Zaanstad, 43. A
    # remark in brackets at the end of a name is matched without it too ("OFI Koog a/d
    # Zaan (deZaan)", "Cono Kaasmakers (Beemster kaas)", "Den Helder Airport (De Kooy)"):
    # 48 after the load, and all 83 after the review.
    assert figures["after_load"] == {"organisations": 49, "precision": 1.0,
                                     "recall": pytest.approx(48 / 83)}
    assert figures["after_review"] == {"organisations": 32, "precision": 1.0,
                                       "recall": 1.0}


def test_the_sixth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, SIXTH)
    for a, b in [("werksaam", "regio-wf"), ("boon-edam", "edam-volendam"),
                 ("seed-valley", "foodvalley"), ("den-helder-airport", "den-helder"),
                 ("damen-dh", "den-helder"), ("zeevaartschool", "enkhuizen"),
                 ("oostzaan", "zaanstad"), ("albert-heijn", "ahold-delhaize"),
                 ("damen-dh", "damen-group"), ("stede-broec", "drechterland")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_sixth_list_has_thirty_nine_rows_to_review(location):
    # 32, 4 of them conflicts, before the former names: the rows under an earlier name
    # (Clusius College, ADM Cocoa) are now their successor's, and their websites, notes
    # and kinds differ from the successor's own rows (www.clusius.nl, www.vonkopleidingen.nl).
    # Two more pairs since: "Heymans" / "Heijmans", "NIOZ" / its name in full; and two
    # from "Parent Account": "AH DC Zaandam" / Albert Heijn, Albert Heijn / Ahold Delhaize.
    result = api.load([SIXTH], location, lang="en")
    conflicts = [r for r in result.review if is_conflict(r)]
    # "Clusius College Hoorn" is Vonk's since, found as a former name: one pair less; and
    # "Albert Heijn Distributiecentrum Zaandam", Albert Heijn's in Zaanstad, one more less;
    # and three names with a remark in brackets, matched without it (see above): 39.
    assert len(result.review) == 39 and len(conflicts) == 14
    assert {(r["name"], r["candidate_name"]) for r in result.review
            if r["reason"] == "its source names the other as its parent"} == {
        ("AH DC Zaandam", "Albert Heijn"), ("Albert Heijn", "Ahold Delhaize")}


def test_the_sixth_list_leaves_the_salesforce_footer_out_and_says_so(location):
    # The lines Salesforce writes below a report's rows (two blank lines, the report's
    # name, its copyright and confidentiality lines, "Generated By:" and the organisation's
    # name) were five more accounts, each a Company of its own, without a word.
    result = api.load([SIXTH], location, lang="en")
    assert result.problems == []
    assert f"{SIXTH_CSV}: 5 footer row(s) below the data left out (rows 84-88: " \
           f"'{SALESFORCE_FOOTER[0]}', …)" in [w.split("/")[-1] for w in result.warnings]
    with api.open_store(location) as store:
        assert not any(n.get("name") in SALESFORCE_FOOTER for n in store.nodes())


def test_the_sixth_list_loads_without_a_mapping_and_names_the_place_it_lacks(tmp_path):
    # The headers are recognised and Salesforce's "Account Type" (relationship stages) is
    # not read as the kind; the kind comes from "Industry". "'t Horntje", the hamlet on
    # Texel that NIOZ gives as its address, is in no CBS table: it stopped the whole load.
    # It is no typo of a known place, so NIOZ is kept without a municipality and the load
    # says so. ("Den Hoorn", in Texel and in Midden-Delfland, is Texel with the dataset's
    # province.)
    bare = tmp_path / "crm-sixth"
    bare.mkdir()
    shutil.copy(SIXTH / SIXTH_CSV, bare / SIXTH_CSV)
    (bare / "dataset.yaml").write_text("name: crm-sixth\nprovince: Noord-Holland\nfiles:\n"
                                       f"  - path: {SIXTH_CSV}\n", encoding="utf-8")
    result = api.load([bare], tmp_path / "s.db", lang="en")
    assert result.problems == []
    warnings = "\n".join(result.warnings)
    assert f"{SIXTH_CSV}: 1 place(s) the municipality table does not know, loaded without " \
           "a municipality: \"'t Horntje\" (row 50; did you mean \"'t Haantje\"?); to place " \
           "them, write their municipality in the file or under values: municipality: in a " \
           "mapping" in warnings
    # "Leerbedrijf" (21 rows) is SBB's word for a training employer: a company.
    assert "column 'Account Type' not read as the kind: 59 of its 80 filled cells (Other, " \
           "Partner, Prospect, Customer - Direct)" in warnings
    assert "the kind of organisation taken from column 'Industry' where it says it " \
           "(Education → School; Healthcare → Company; Government → PublicBody)" in warnings
    with api.open_store(tmp_path / "s.db") as store:
        nioz = [n for n in store.nodes() if n.get("name") == "NIOZ"]
        located = {e["start"] for e in store.edges("LOCATED_IN")}
        assert len(nioz) == 1 and nioz[0]["id"] not in located
        assert len(located) > 30  # the other organisations' places were read


def test_the_sixth_list_names_what_it_leaves_out(location):
    result = api.load([SIXTH], location, lang="en")
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out == {"Account Type": False, "Billing State/Province": False,
                        "Account Owner": True, "Created Date": False, "Last Activity": False}
    warnings = "\n".join(result.warnings)
    assert "'Beemster' merged into Purmerend on 2022-01-01" in warnings
    assert "'Heerhugowaard' merged into Dijk en Waard on 2022-01-01" in warnings
    assert "2 municipalities outside Noord-Holland: Gorinchem (Zuid-Holland), " \
           "'s-Hertogenbosch (Noord-Brabant)" in warnings
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
        assert not any("Bedrijvenbureau" in str(n) or "Accountmanager" in str(n)
                       for n in store.nodes())
    assert all(n["source"].startswith("illustratief") for n in listed)


def _one_sheet(tmp_path, rows: str, encoding: str = "cp1252") -> Path:
    sheet = tmp_path / "orgs.csv"
    sheet.write_bytes(("Naam;Soort;Gemeente;Sector\r\n" + rows).encode(encoding)
                      if isinstance(rows, str) else rows)
    return sheet


def _organisations(db: Path) -> dict[str, tuple[str, list[str]]]:
    with api.open_store(str(db)) as store:
        return {n["id"]: (n["kind"], sorted(n.get("aliases") or []))
                for n in store.nodes() if n["kind"] in ORGS + ("Municipality",)
                and any(s.get("row") for s in n["sources"])}


def test_an_abbreviation_in_brackets_is_an_alias_and_merges(tmp_path):
    sheet = _one_sheet(tmp_path, "Nederlandse Spoorwegen (NS);Bedrijf;Utrecht;\r\n"
                                 "NS;Bedrijf;Utrecht;\r\n")
    api.load([sheet], tmp_path / "s.db")
    assert _organisations(tmp_path / "s.db") == {
        "slug:nederlandse-spoorwegen": ("Company", ["NS"])}


@pytest.mark.parametrize("a,b,reason", [
    ("Alliander N.V.", "Aliander", "similar name"),  # a typo in the first four letters
    ("TenneT TSO B.V.", "TenneT", "one name begins the other"),
    ("Texels Eigen Stoomboot Onderneming", "TESO", "an abbreviation of the name"),
])
def test_likely_pairs_go_to_review_not_merged(tmp_path, a, b, reason):
    sheet = _one_sheet(tmp_path, f"{a};Bedrijf;Texel;\r\n{b};Bedrijf;Texel;\r\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert [(r["name"], r["candidate_name"], r["reason"]) for r in result.review] == \
        [(b, a, reason)]
    assert len(_organisations(tmp_path / "s.db")) == 2


@pytest.mark.parametrize("a,b", [("TESO", "Texel Energie Service Organisatie"),
                                 ("Damen", "Damen Naval")])
def test_an_abbreviation_or_a_beginning_in_another_municipality_is_not_proposed(tmp_path, a,
                                                                                 b):
    sheet = _one_sheet(tmp_path, f"{a};Bedrijf;Texel;\r\n{b};Bedrijf;Vlissingen;\r\n")
    assert api.load([sheet], tmp_path / "s.db").review == []


@pytest.mark.parametrize("name", ["Gemeente Den Helder", "Gem. Den Helder", "Den Helder"])
def test_a_public_body_named_as_its_municipality_is_the_municipality(tmp_path, name):
    sheet = _one_sheet(tmp_path, f"{name};Overheid;Den Helder;overheid\r\n"
                                 "Den Helder Airport;Overheid;Den Helder;\r\n")
    result = api.load([sheet], tmp_path / "s.db")
    found = _organisations(tmp_path / "s.db")
    assert found["cbs:GM0400"] == ("Municipality", [] if name == "Den Helder" else [name])
    assert found["slug:den-helder-airport"][0] == "PublicBody"
    assert any(f"'{name}' → Den Helder" in w for w in result.warnings)


def test_a_public_body_named_as_another_municipality_stays_a_public_body(tmp_path):
    sheet = _one_sheet(tmp_path, "Gemeente Texel;Overheid;Den Helder;\r\n")
    api.load([sheet], tmp_path / "s.db")
    assert _organisations(tmp_path / "s.db") == {"slug:gemeente-texel": ("PublicBody", [])}


def test_a_property_the_kind_lacks_is_left_out_with_a_warning(tmp_path):
    sheet = _one_sheet(tmp_path, "Hogeschool Utrecht;Onderwijs;Utrecht;onderwijs\r\n"
                                 "Universiteit Utrecht;Onderwijs;Utrecht;onderwijs\r\n"
                                 "Philips;Bedrijf;Amsterdam;techniek\r\n")
    result = api.load([sheet], tmp_path / "s.db")
    assert "orgs.csv: kolom 'Sector' weggelaten in 2 rij(en) van soort School: een " \
           "onderwijsinstelling heeft geen eigenschap 'sector'" in \
        [w.split("/")[-1] for w in result.warnings]
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert {n["name"]: n.get("sector") for n in store.nodes() if n["kind"] in ORGS} == {
            "Hogeschool Utrecht": None, "Universiteit Utrecht": None, "Philips": "techniek"}


def test_a_windows_1252_export_with_garbled_utf8_loads_repaired(tmp_path):
    raw = ("Naam;Soort;Gemeente;Sector\r\nCoÃ¶peratie Zuid;Bedrijf;Zaanstad;\r\n"
           "Bakkerij Hé;Bedrijf;Zaanstad;\r\n").encode("cp1252")
    result = api.load([_one_sheet(tmp_path, raw)], tmp_path / "s.db")
    with api.open_store(str(tmp_path / "s.db")) as store:
        assert {n["name"] for n in store.nodes() if n["kind"] == "Company"} == {
            "Coöperatie Zuid", "Bakkerij Hé"}
    assert any("1 cel(len) met verminkte tekst hersteld" in w for w in result.warnings)


# --- Problems and warnings in Dutch by default, English on request ------------------------

PROBLEM_CASES = [
    ("Naam;Soort\nKLM;Bedrjf\n", "unknown_kind", "onbekende soort 'Bedrjf'",
     "unknown kind 'Bedrjf'"),
    ("Naam;Soort;Gemeente\nKLM;Bedrijf;Amsterdm\n", "unknown_municipality",
     "onbekende gemeente 'Amsterdm' (bedoelde u 'Amsterdam'?); verbeter de cel, of schrijf "
     "de bedoelde plaats onder values: municipality: in de mapping",
     "unknown municipality 'Amsterdm' (did you mean 'Amsterdam'?); correct the cell, or "
     "write the place it means under values: municipality: in the mapping"),
    ("Naam;Soort;Gemeente\n;Bedrijf;Hoorn\n", "no_name",
     "geen naam en geen id: elke rij heeft een naam nodig",
     "no name and no id: every row needs a name"),
    ("Naam;Soort;KvK\nKLM;Bedrijf;123456789\n", "invalid_id",
     "ongeldig id 'kvk:123456789': kvk-ids zijn 8 cijfers, bijv. kvk:12345678",
     "invalid id 'kvk:123456789': kvk ids are 8 digits, e.g. kvk:12345678"),
    ("Naam;Soort;Gemeente\nZorg Oost;Bedrijf;Haaren\n", "split_municipality",
     "gemeente 'Haaren' bestaat sinds 2021-01-01 niet meer en is opgedeeld",
     "ambiguous municipality 'Haaren' (until 2021-01-01): its area was in"),
    ("Van;Naar;Relatie;Aantal\nKLM;Tata Steel;stage;-3\n", "negative_count",
     "count: een aantal kan niet negatief zijn", "count: a count cannot be negative"),
]


@pytest.mark.parametrize("text,code,dutch,english", PROBLEM_CASES,
                         ids=[c[1] for c in PROBLEM_CASES])
def test_check_import_gives_each_problem_a_code_in_dutch_or_english(tmp_path, text, code,
                                                                    dutch, english):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text(text, encoding="utf-8")
    nl = api.check_import(sheet, label="orgs.csv")["problems"]
    en = api.check_import(sheet, label="orgs.csv", lang="en")["problems"]
    assert [p["code"] for p in nl] == [p["code"] for p in en] == [code]
    assert nl[0]["problem"].startswith(dutch) and en[0]["problem"].startswith(english)


def test_load_problems_of_a_failed_load_in_both_languages(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\nKLM;Bedrijf;Haaren\n", encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], str(tmp_path / "s.db"))
    nl, en = api.load_problems(caught.value), api.load_problems(caught.value, lang="en")
    assert nl[0]["suggestion"] == "'Boxtel' of 'Oisterwijk' of 'Tilburg' of 'Vught'"
    assert en[0]["suggestion"] == "'Boxtel' or 'Oisterwijk' or 'Tilburg' or 'Vught'"
    assert nl[0]["code"] == en[0]["code"] == "split_municipality"


@pytest.mark.parametrize("lang,expected", [
    ("nl", "oude gemeentenamen geladen als de gemeente van 2026-06-01: 'Weesp' opgegaan in "
           "Amsterdam op 2022-03-24"),
    ("en", "old municipality names loaded as the municipality of 2026-06-01: 'Weesp' merged "
           "into Amsterdam on 2022-03-24"),
])
def test_load_warnings_in_dutch_by_default_and_english_on_request(tmp_path, lang, expected):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\nCafé Techniek;Bedrijf;Weesp\n", encoding="utf-8")
    result = api.load([sheet], str(tmp_path / "s.db"), at="2026-06-01", lang=lang)
    read = ("gelezen volgens de kolomkoppen: name: 'Naam', kind: 'Soort', municipality: "
            "'Gemeente' (noem een andere kolom onder columns: in een mapping om die te lezen)"
            if lang == "nl" else "columns read by their headers: name: 'Naam', kind: 'Soort', "
            "municipality: 'Gemeente' (to read another, name it under columns: in a mapping)")
    assert result.warnings == [f"{sheet}: {read}", f"{sheet}: {expected}"]


@pytest.mark.parametrize("lang,head,line", [
    ("nl", "Fout: 2 problemen in de invoer; niets geladen.", "rijen 2 en 3 (2 rijen), kolom "
                                                             "'Soort': onbekende soort 'Bedrjf'"),
    ("en", "Error: 2 problems in the input; nothing was loaded.", "rows 2 and 3 (2 rows), column "
                                                                 "'Soort': unknown kind 'Bedrjf'"),
])
def test_the_cli_prints_problems_in_its_language(tmp_path, lang, head, line):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort\nKLM;Bedrjf\nX;Bedrjf\n", encoding="utf-8")
    result = _load(str(tmp_path / "s.db"), str(sheet), "--lang", lang)
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and lines[0] == head and line in lines[1]


BAD = Path(__file__).parent / "data" / "bad"
BAD_CASES = __import__("yaml").safe_load((BAD / "cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example_store(tmp_path_factory, example) -> Path:
    """A store holding the example, as the corpus's cases expect (tests/test_bad_input.py):
    some mistakes are only mistakes against what a store holds ("id of another kind in the
    store": slug:klm written as a school, while the store has KLM as a company)."""
    db = tmp_path_factory.mktemp("bad-corpus") / "example.db"
    api.load([example], str(db))
    return db


@pytest.mark.parametrize("case", BAD_CASES, ids=[c["name"] for c in BAD_CASES])
def test_every_problem_of_the_bad_input_corpus_has_a_code_and_dutch_text(case, example_store,
                                                                          tmp_path):
    import shutil

    db = tmp_path / "s.db"
    shutil.copy(example_store, db)  # a case that wrongly loads must not change the others'
    mapping = BAD / case["mapping"] if case["mapping"] else None
    try:
        api.load([BAD / case["file"]], str(db), mapping=mapping)
    except Exception as exc:  # noqa: BLE001 - every failure must give its problems
        problems = api.load_problems(exc)
        english = api.load_problems(exc, lang="en")
    else:
        pytest.fail(f"{case['name']}: {case['file']} loaded into the example's store; "
                    f"it should fail with: {case['expect']}")
    assert problems, case["name"]
    for nl, en in zip(problems, english, strict=True):
        assert nl["code"] == en["code"] != "other", en["problem"]
        assert nl["problem"] != en["problem"], en["problem"]


# --- show, diff and resolve --list speak Dutch by default -------------------------------

@pytest.mark.parametrize("lang,expected", [
    ("nl", ["(kvk:34002518, bedrijf), in de database sinds", "Feiten:",
            "uit crm-2026/export-januari.csv rij 2, geladen", "Relaties:"]),
    ("en", ["(kvk:34002518, Company), in the store since", "Facts:",
            "from crm-2026/export-januari.csv row 2, loaded", "Ties:"]),
])
def test_show_speaks_the_chosen_language(tmp_path, lang, expected):
    db = str(tmp_path / "s.db")
    api.load([CRM], db)
    out = CliRunner().invoke(cli, ["--store", db, "show", "kvk:34002518", "--lang", lang])
    assert out.exit_code == 0, out.output
    assert all(text in out.output for text in expected), out.output


@pytest.mark.parametrize("lang,expected", [
    ("nl", ["tijdstip", "besluit", "samengevoegd", "Veranderingen van",
            "organisaties en andere knopen: "]),
    ("en", ["at", "decision", "accept", "Changes from", "organisations and other nodes: "]),
])
def test_resolve_list_and_diff_speak_the_chosen_language(tmp_path, lang, expected):
    db = str(tmp_path / "s.db")
    api.load([CRM], db)
    _accept_vattenfal(db, tmp_path)
    listed = CliRunner().invoke(cli, ["--store", db, "resolve", "--list", "--lang", lang])
    header = listed.output.splitlines()[0].split()
    assert header[:2] == expected[:2] and expected[2] in listed.output
    changed = CliRunner().invoke(cli, ["--store", db, "diff", "--lang", lang]).output
    assert changed.startswith(expected[3]) and expected[4] in changed


def test_one_website_joins_a_new_row_to_a_stored_organisation(location, tmp_path):
    # Next month's export names SBB in full; the store knows it as "Kenniscentrum SBB" with
    # the same website: a pair to decide, on both stores.
    first = tmp_path / "januari.csv"
    first.write_text("Naam;Soort;Gemeente;Website\nKenniscentrum SBB;Bedrijf;Zoetermeer;"
                     "s-bb.nl\n", encoding="utf-8")
    second = tmp_path / "februari.csv"
    second.write_text("Naam;Soort;Gemeente;Website\nSamenwerkingsorganisatie Beroepsonderwijs "
                      "Bedrijfsleven;Bedrijf;Zoetermeer;https://www.s-bb.nl/\n",
                      encoding="utf-8")
    api.load([first], location)
    result = api.load([second], location)
    assert [(r["id"], r["candidate_id"], r["reason"]) for r in result.review] == [
        ("slug:samenwerkingsorganisatie-beroepsonderwijs-bedrijfsleven",
         "slug:kenniscentrum-sbb", "same website")]


# --- The seventh held-out list: a Dynamics 365 "Export to Excel" of Accounts (made and
# measured before the matching was changed for it; tests/data/messy/crm-seventh/
# maak_export.py writes it) -----------------------------------------------------------------

SEVENTH = Path(__file__).parent / "data" / "messy" / "crm-seventh"
SEVENTH_XLSX = "WSP accounts Gooi en Vecht 2-12-2026 09-14-22.xlsx"


def test_the_seventh_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, SEVENTH)
    assert figures["truth"] == {"organisations": 33, "rows": 79}
    # Measured before any change for this list: 24 and 40 of the 76 row pairs that are one
    # organisation were found (64 and 51 organisations), and no pair that is not. Since:
    # a department in brackets after "gemeente Hilversum", the alias list's ROCvA and
    # Beeld en Geluid, and the former names (AVRO and TROS → AVROTROS, VARA → BNNVARA,
    # Quest International → Givaudan, Ziekenhuis Gooi-Noord → Tergooi MC) find 39 and 61.
    # Three rules for the review (words cut short: "Regio G&V", "Quest Int. Naarden"; a
    # word that says what it is: "Werkvoorzieningsschap Tomin", "Vivium Zorggroep"; a place
    # at the end of a name without one: "npo hilversum") find 68; the mapping reading
    # "Parent Account" ("Amaris Gooizicht" under Amaris Zorggroep, "MBO Horeca Hilversum"
    # under ROC van Amsterdam, "Vivium Naarderheem" under Vivium Zorggroep) 75. A remark
    # in brackets matched without it ("Singer Laren (museum)") finds 40 after the load; and
    # "Gooi en Vecht" is Gooi en Vechtstreek ("WSP Gooi & Vecht"): all 76.
    assert figures["after_load"] == {"organisations": 54, "precision": 1.0,
                                     "recall": pytest.approx(40 / 76)}
    assert figures["after_review"] == {"organisations": 33, "precision": 1.0,
                                       "recall": 1.0}


def test_the_seventh_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, SEVENTH)
    for a, b in [("npo", "nos"), ("bnnvara", "vpro"), ("bnnvara", "avrotros"),
                 ("gooise-meren", "ovgm"), ("laren", "singer"), ("regio-gv", "wsp-gv"),
                 ("regio-gv", "gsf"), ("tergooi", "gsf"), ("bel", "blaricum"),
                 ("bel", "eemnes"), ("bel", "laren"), ("dudok", "hilversum"),
                 ("hagedoorn", "wardt"), ("amsterdam", "gooise-meren")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_seventh_list_loads_without_a_mapping(tmp_path):
    # Dynamics keeps its drop-down lists in a very hidden sheet: "the workbook has several
    # sheets" stopped the load. A hidden sheet is not a list to load.
    bare = tmp_path / "crm-seventh"
    bare.mkdir()
    shutil.copy(SEVENTH / SEVENTH_XLSX, bare / SEVENTH_XLSX)
    (bare / "dataset.yaml").write_text("name: crm-seventh\nprovince: Noord-Holland\nfiles:\n"
                                       f"  - path: {SEVENTH_XLSX}\n", encoding="utf-8")
    result = api.load([bare], tmp_path / "s.db", lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out["Primary Contact"] and left_out["Owner"] and left_out["Main Phone"]
    assert not left_out["(Do Not Modify) Account"]
    warnings = "\n".join(result.warnings)
    assert "column 'Relationship Type' not read as the kind" in warnings
    assert "'Gemeente Bussum' → Gooise Meren" in warnings
    assert "'Quest International' → Givaudan (since 2007-03-02)" in warnings
    with api.open_store(tmp_path / "s.db") as store:
        names = {n["name"] for n in store.nodes()}
    assert {"AVROTROS", "BNNVARA", "Givaudan", "Gooise Meren"} <= names
    assert not {"AVRO", "TROS", "VARA", "Quest International"} & names


# --- The eighth held-out list: a Pipedrive "Organizations" export as CSV (made and measured
# before the matching was changed for it; tests/data/messy/crm-eighth/maak_export.py
# writes it) ---------------------------------------------------------------------------------

EIGHTH = Path(__file__).parent / "data" / "messy" / "crm-eighth"
EIGHTH_CSV = "organizations-13817564-42.csv"


def test_the_eighth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, EIGHTH)
    assert figures["truth"] == {"organisations": 35, "rows": 88}
    # Measured before any change for this list: 19 and 47 of the 88 row pairs that are one
    # organisation were found, and no pair that is not. The three review rules made on the
    # seventh list since (words cut short, a word that says what it is, a place at the end
    # of a name without one) find 51 ("Inholland Haarlem" / "Hogeschool Inholland", "Royal
    # FloraHolland" / "Royal Flora Holland Aalsmeer"); the mapping read no parent then. No
    # longer held out since: the former names it holds (Hoogovens and Corus → Tata Steel
    # IJmuiden, Kennemer Gasthuis and Spaarne Ziekenhuis → Spaarne Gasthuis, Bloemenveiling
    # Aalsmeer → FloraHolland, Circuit Park Zandvoort → CM.com Circuit Zandvoort); the alias
    # list's English name of the HvA and Amsterdam Airport Schiphol as Royal Schiphol Group;
    # the abbreviations OD and VR ("OD IJmond", "VRK") find 29 and 78. ("CWI Haarlem" stays
    # apart from UWV: "CWI" alone is also Centrum Wiskunde & Informatica, so only "Centrum
    # voor Werk en Inkomen" is on the list of former names.) The mapping reads
    # "Organization - Parent" since (KLM Engineering & Maintenance under KLM, Heliomare
    # Onderwijs under Heliomare; KLM Cityhopper under KLM, rejected), and a part named after
    # a dash is a pair with the row of that name ("ROC van Amsterdam - MBO College
    # Airport" and "MBO College Airport"): 84. A name that begins with an abbreviation is
    # a pair with a row of that abbreviation of another kind since ("UWV WERKbedrijf
    # Haarlem", a company without labels, and UWV, a public body): 85. An acronym of a
    # former name is a pair with the organisation it became ("CWI Haarlem" and UWV: the
    # Centrum voor Werk en Inkomen is UWV since 2009): 87. The alias list names "Port of
    # IJmuiden" Zeehaven IJmuiden since (the port presents itself so), and the review
    # proposes the pair: 88 of 88.
    assert figures["after_load"] == {"organisations": 67, "precision": 1.0,
                                     "recall": pytest.approx(29 / 88)}
    assert figures["after_review"] == {"organisations": 35, "precision": 1.0,
                                       "recall": pytest.approx(88 / 88)}


def test_the_eighth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, EIGHTH)
    for a, b in [("haarlem", "haarlem-marketing"), ("haarlem", "haarlemmermeer"),
                 ("spaarne", "spaarnelanden"), ("schiphol", "sadc"), ("schiphol", "klm"),
                 ("klm", "klm-cityhopper"), ("klm", "amstelveen"),
                 ("zeehaven", "port-amsterdam"), ("zeehaven", "tata-steel"),
                 ("zeehaven", "velsen"), ("tata-steel", "velsen"), ("odijmond", "zeehaven"),
                 ("zandvoort", "circuit"), ("beverwijk", "bazaar"), ("beverwijk", "rkz"),
                 ("aalsmeer", "flora-holland"), ("hva", "rocva"), ("hva", "uva"),
                 ("heemskerk", "heemstede"), ("vrk", "spaarne"), ("heliomare", "beverwijk")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_eighth_list_names_what_it_leaves_out(location):
    result = api.load([EIGHTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert left_out == {"Organization - Owner": True, "Organization - Address": False,
                        "Organization - ZIP/Postal code of Address": False,
                        "Organization - Country of Address": False,
                        "Organization - Industry": False,
                        "Organization - People": False, "Organization - Open deals": False,
                        "Organization - KvK-nummer": False,
                        "Organization - Organization created": False,
                        "Organization - Last activity date": False,
                        "Organization - Visible to": False, "Organization - ID": False}
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
        assert not any("Accountmanager" in str(n) or "Pipedrive-beheer" in str(n)
                       for n in store.nodes())
    assert listed and all(n["source"].startswith("illustratief") for n in listed)


def test_the_eighth_list_loads_with_a_mapping_that_names_no_columns(location, quality,
                                                                     tmp_path):
    # Not held out: the header, label and parent rules were made on this list. As
    # exported, every row stopped at "no kind" (no header was known but the name) and a
    # cell of labels ("Werkgever, Warm lead") was no kind; the mapping above listed each
    # combination of labels and named every column.
    folder = quality.with_mapping(EIGHTH, EIGHTH_CSV, "zonder-kolommen.yaml", tmp_path)
    result = api.load([folder], tmp_path / "w.db", lang="en")
    assert result.problems == []
    read = {d["column"] for d in result.dropped_columns}
    assert not read & {"Organization - Name", "Organization - Labels", "Organization - Parent",
                       "Organization - Website", "Organization - KvK-nummer"}
    assert "Organization - ID" in read  # Pipedrive's record number is no id of ours
    warnings = "\n".join(result.warnings)
    assert "the kind read from cells of several labels: 'Werkgever, Warm lead' → Company; " \
           "'Werkgever, Hot lead' → Company; 'Gemeente, Overheid' → Municipality" in warnings
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    # As with the full mapping. Once still apart: "Port of IJmuiden" and Zeehaven IJmuiden
    # N.V.; since the alias list names the port so, a pair of the review: 88 of 88.
    assert figures["after_review"] == {"organisations": 35, "precision": 1.0,
                                       "recall": pytest.approx(88 / 88)}


# --- The ninth held-out list: a Teamleader Focus "Bedrijven" export to Excel (made and
# measured before the matching was changed for it; tests/data/messy/crm-ninth/maak_export.py
# writes it) ----------------------------------------------------------------------------------

NINTH = Path(__file__).parent / "data" / "messy" / "crm-ninth"
NINTH_XLSX = "Companies-2026-12-03-08-05-31.xlsx"


def test_the_ninth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, NINTH)
    assert figures["truth"] == {"organisations": 30, "rows": 80}
    # Measured before any change for this list: 25 and 58 of the 91 row pairs that are one
    # organisation were found, and no pair that is not. (17 of its 30 organisations are in
    # earlier lists; ADM Cocoa and Olam Cocoa were on the list of former names of ofi.)
    # Still apart after the review: "AH" and "AH distributiecentrum Zaandam" from Albert
    # Heijn; "Dijklander" and "Waterland Ziekenhuis Purmerend" from Dijklander Ziekenhuis;
    # "Forbo Krommenie" from Forbo Flooring; "OFI Koog aan de Zaan" and "olam food
    # ingredients" from ofi; "CWI Zaandam" and "UWV WERKbedrijf Zaanstreek/Waterland" from
    # UWV; "Prov. N-H" from the province; "Gemeente Oostzaan t.a.v. afd. Economische Zaken"
    # from Oostzaan; and the rows of the 2019 import named as a municipality, whose tag the
    # mapping calls a company ("Purmerend", "Waterland", "Wormerland (Wormer)", "Edam
    # Volendam").
    # No longer held out since; general rules, each for a kind of miss: AH and "olam food
    # ingredients" on the alias list (Albert Heijn's and ofi's own short names);
    # Waterlandziekenhuis and Westfriesgasthuis on the list of former names (Dijklander
    # Ziekenhuis since 7 January 2019); "distributiecentrum" a word for a part at a place;
    # a place of four words at the end of a name ("OFI Koog aan de Zaan"); a name that ends
    # in its place a pair with one that begins it there ("Forbo Krommenie", Forbo
    # Flooring), "Ziekenhuis" a word that says what a name is ("Dijklander"); an addressee
    # line not part of a name ("t.a.v. afd. Economische Zaken"); "N-H" Noord-Holland; a
    # name that begins with an abbreviation a pair with a row of that abbreviation of
    # another kind ("UWV WERKbedrijf Zaanstreek/Waterland", UWV). 34 and 81. Still apart:
    # "CWI Zaandam" (CWI is also Centrum Wiskunde & Informatica) and the four municipalities
    # the mapping calls companies: the mapping says "import-2019: Company", where the load's
    # message now says how to write that a tag names no kind ("import-2019:"); see below.
    # An acronym of a former name a pair with the organisation it became since ("CWI
    # Zaandam", UWV): 84. "Koninklijke Ahold N.V." on the list of former names of
    # Koninklijke Ahold Delhaize (since 24 July 2016): 36 after the load.
    assert figures["after_load"] == {"organisations": 57, "precision": 1.0,
                                     "recall": pytest.approx(36 / 91)}
    assert figures["after_review"] == {"organisations": 34, "precision": 1.0,
                                       "recall": pytest.approx(84 / 91)}


def test_the_ninth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, NINTH)
    for a, b in [("ah", "ahold"), ("loders", "bunge-amsterdam"), ("ofi", "cargill"),
                 ("ofi", "verkade"), ("cargill", "verkade"), ("zaanstad", "zmc"),
                 ("zaanstad", "zaanse-schans"), ("zaanstad", "zaantheater"),
                 ("zaanstad", "parteon"), ("zmc", "zaanse-schans"),
                 ("dijklander", "waterland"), ("wormerland", "loders"),
                 ("purmerend", "davinci"), ("edam-volendam", "waterland"), ("vrzw", "wsp"),
                 ("vrzw", "regio-college"), ("wsp", "regio-college"), ("rocva", "amsterdam"),
                 ("hhnk", "pnh"), ("wsp", "uwv"), ("wsp", "zaanstad")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_ninth_list_names_what_it_leaves_out(location):
    result = api.load([NINTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    personal = {"E-mailadres facturatie", "E-mailadres", "Telefoon", "Accountmanager"}
    assert {c for c, p in left_out.items() if p} == personal
    assert {"Teamleader ID", "Straat", "Huisnummer", "Postcode", "Land", "Btw-nummer",
            "Nationaal identificatienummer (KVK)", "Bedrijfsvorm", "Actief", "Vestiging",
            "Gerelateerde bedrijven", "Datum toegevoegd", "IBAN-rekeningnummer",
            "Opt-in marketingmails"} <= set(left_out)
    assert not {"Naam", "Tags", "Plaats", "Website", "Opmerking WSP"} & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "'Zaanstad, gemeente' → Zaanstad" in warnings
    assert "'Gemeente Zeevang' → Edam-Volendam" in warnings
    assert "'ADM Cocoa' → ofi" in warnings
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
        assert not any("Accountmanager" in str(n) or "Teamleader-beheer" in str(n)
                       for n in store.nodes())
    assert listed and all(n["source"].startswith("illustratief") for n in listed)


def test_the_ninth_list_loads_with_a_mapping_that_names_no_columns(location, quality,
                                                                    tmp_path):
    # The list as a user first loads it, with only its source given: no column is read as
    # the kind ("Tags" is no header the tool knows), so every row is a company, a row
    # named as a municipality the municipality. Measured before any change for this list.
    folder = quality.with_mapping(NINTH, NINTH_XLSX, "zonder-kolommen.yaml", tmp_path)
    result = api.load([folder], tmp_path / "w.db", lang="en")
    assert result.problems == []
    assert "Tags" in {d["column"] for d in result.dropped_columns}
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    # Then 28 and 63 of the 91 pairs; with the rules above and "a/d" read as "aan de"
    # ("Duyvis Koog a/d Zaan") 38 and 85; with the mark of a record no longer used not
    # part of a name (found on the tenth list: "VERVALLEN …"; "ZZ Gemeente Beemster" is
    # Purmerend's) 41 and 88; "CWI Zaandam" and UWV a pair since (see above): all 91;
    # Koninklijke Ahold a former name of Ahold Delhaize: 43 after the load.
    assert figures["after_load"] == {"organisations": 53, "precision": 1.0,
                                     "recall": pytest.approx(43 / 91)}
    assert figures["after_review"] == {"organisations": 30, "precision": 1.0,
                                       "recall": 1.0}


def test_the_ninth_list_with_its_tag_of_no_kind_said_so(location, quality, tmp_path):
    # The load's message for a word that is no kind says since how to write one that names
    # none ("unknown kind 'import-2019'; … (or map it under values: kind:, with nothing
    # after it when it names no kind: 'import-2019':)"). With the mapping a user writes
    # after reading it, the rows of the 2019 import have no kind: the four named as their
    # municipality are the municipality.
    folder = tmp_path / "crm-ninth"
    shutil.copytree(NINTH, folder)
    mapping = folder / "mappings" / "bedrijven.yaml"
    text = mapping.read_text(encoding="utf-8")
    assert "    import-2019: Company" in text
    mapping.write_text(text.replace("    import-2019: Company", "    import-2019:"),
                       encoding="utf-8")
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    # With "CWI Zaandam" and UWV a pair (an acronym of a former name): all 91.
    assert figures["after_review"] == {"organisations": 30, "precision": 1.0,
                                       "recall": 1.0}


def test_a_tag_of_no_kind_is_a_problem_that_says_how_to_write_it(tmp_path):
    folder = tmp_path / "crm-ninth"
    shutil.copytree(NINTH, folder)
    mapping = folder / "mappings" / "bedrijven.yaml"
    text = mapping.read_text(encoding="utf-8")
    mapping.write_text(text.replace("    import-2019: Company", ""), encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([folder], tmp_path / "s.db")
    rows = [p for p in caught.value.problems if p["value"] == "import-2019"]
    assert len(rows) == 23 and {p["problem_en"] for p in rows} == {
        "unknown kind 'import-2019'; expected one of Company, School, Municipality, "
        "PublicBody, Campus, Region, Theme, Programme, Event, Person (or map it under "
        "values: kind:, with nothing after it when it names no kind: 'import-2019':)"}
    assert rows[0]["problem"].endswith("(of vertaal het woord onder values: kind:, zonder "
                                       "iets erachter als het geen soort noemt: "
                                       "'import-2019':)")


TENTH = Path(__file__).parent / "data" / "messy" / "crm-tenth"
TENTH_CSV = "Organisaties.csv"
TENTH_PAIRS = 97  # the row pairs that are one organisation


def _found(organisations: int, pairs: int, of: int) -> dict[str, float]:
    """``organisations``, no pair put together that is not one, and ``pairs`` of a list's
    ``of`` row pairs that are one organisation found."""
    return {"organisations": organisations, "precision": 1.0,
            "recall": pytest.approx(pairs / of)}


def test_the_tenth_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, TENTH)
    assert figures["truth"] == {"organisations": 37, "rows": 95}
    # Measured before any change for this list: 40 and 73 of the 97 row pairs that are one
    # organisation were found (69 and 46 organisations), and no pair that is not. (22 of
    # its 37 organisations are in
    # earlier lists; Clusius College and ROC Kop van Noord-Holland are on the list of former
    # names of Vonk.) Still apart after the review: "Defensie / Koninklijke Marine" and
    # "Marinebasis Den Helder" from the Koninklijke Marine; "Medisch Centrum Alkmaar" and
    # "VERVALLEN Gemini Ziekenhuis" from Noordwest Ziekenhuisgroep; "Westfriesgasthuis" from
    # Dijklander; "CWI Den Helder" from UWV; "Nuclear Research and consultancy Group" from
    # NRG; "VERVALLEN Gemeente Langedijk" from Dijk en Waard and "Texel (Den Burg)" from
    # Texel (a municipality's name with more around it, loaded as a company).
    # Then the rules made on the ninth list, still held out (its misses not looked at):
    # 43 and 76 (67 and 44 organisations): "Westfriesgasthuis" is Dijklander's, "Texel (Den
    # Burg)" the municipality. No longer held out since: the mark of a record no longer
    # used ("VERVALLEN", "ZZ", "(niet gebruiken)") is no part of a name; Medisch Centrum
    # Alkmaar, Gemini Ziekenhuis and MCA Gemini Groep are on the list of former names of
    # Noordwest Ziekenhuisgroep (2015), NRG's name in full on the alias list; and a name
    # after a slash between spaces is a pair with the row of that name ("Defensie /
    # Koninklijke Marine"): 50 and 90. Still apart: "Marinebasis Den Helder" (one word of
    # the base and the Marine) and "CWI Den Helder" (CWI alone is also Centrum Wiskunde &
    # Informatica); "CWI Den Helder" and UWV a pair since (an acronym of a former name,
    # in any municipality, as a former name): 93. "HNK" Hollands Noorderkwartier on the
    # abbreviation list (made on the thirteenth list) joins a row at the load: 51. An
    # organisation with rows in two municipalities lies in both: 54. Since the alias list
    # names the Koninklijke Marine the Ministerie van Defensie, "Defensie / Koninklijke
    # Marine" joins the Marine's rows at the load, no longer a pair to review: 55. Since
    # the alias list names the Marinebasis Den Helder the navy's (its home port, no
    # organisation of its own): 57 and 97 of 97 (59 and 37).
    assert figures["after_load"] == _found(59, 57, TENTH_PAIRS)
    assert figures["after_review"] == _found(37, 97, TENTH_PAIRS)


def test_the_tenth_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, TENTH)
    for a, b in [("den-helder", "woningstichting"), ("den-helder", "damen-dh"),
                 ("den-helder", "airport"), ("den-helder", "marine"), ("den-helder", "saz"),
                 ("damen-dh", "marine"), ("airport", "marine"), ("texel", "teso"),
                 ("texel", "ecomare"), ("teso", "ecomare"), ("nrg", "curium"),
                 ("alkmaar", "nwz"), ("alkmaar", "horizon"), ("alkmaar", "inholland"),
                 ("alkmaar", "uwv"), ("alkmaar", "halte-werk"), ("hoorn", "dijklander"),
                 ("hoorn", "tabor"), ("hoorn", "wooncompagnie"), ("onhn", "greenport"),
                 ("onhn", "vrnhn"), ("onhn", "wsp"), ("vrnhn", "ggd"), ("wsp", "greenport"),
                 ("wsp", "uwv"), ("wsp", "halte-werk"), ("hhnk", "pnh"),
                 ("enza", "pop-vriend"), ("dijk-en-waard", "esdege"),
                 ("dijk-en-waard", "horizon"), ("hollands-kroon", "agriport"),
                 ("vonk", "horizon")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_tenth_list_names_what_it_leaves_out(location):
    result = api.load([TENTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert {c for c, p in left_out.items() if p} == {"Contactpersoon", "Accountmanager"}
    assert {"Nummer", "Rechtsvorm", "KvK-nummer", "Vestigingsadres", "Postcode", "Land",
            "Geblokkeerd", "Aangemaakt op"} <= set(left_out)
    assert not {"Naam", "Zoeknaam", "Relatietype", "Woonplaats", "Website", "Branche",
                "Opmerking"} & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "'Den Helder, gemeente' → Den Helder" in warnings
    assert "'Gemeente Wieringermeer' → Hollands Kroon" in warnings
    assert "'Gemeente Heerhugowaard' → Dijk en Waard" in warnings
    assert "'Clusius College' → Vonk" in warnings
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
        assert not any(word in str(n) for n in store.nodes()
                       for word in ("Accountmanager", "Functioneel beheer", "contactpersoon"))
    assert listed and all(n["source"].startswith("illustratief") for n in listed)


def test_the_tenth_list_loads_with_a_mapping_that_names_no_columns(location, quality,
                                                                    tmp_path):
    # The list as a user first loads it, with what the load's problems ask for: the kind of
    # "Netwerkpartner", "Woningcorporatie" and of a row without a relation type, and the
    # source. "Zoeknaam" is no header the tool knows: not loaded. Measured before any
    # change for this list: 39 and 71 (70 and 47 organisations); with the rules of the ninth
    # list, still held out, 41 and 74 (68 and 45); since, as above, 48 and 86 ("NWZ" without
    # a place stays apart from Noordwest Ziekenhuisgroep in Alkmaar: an acronym of
    # compounds only where both lie in one municipality). Since the alias list names the
    # Noordwest Ziekenhuisgroep "NWZ" (nwz.nl), "NWZ" is a pair of the review with it: 93.
    folder = quality.with_mapping(TENTH, TENTH_CSV, "zonder-kolommen.yaml", tmp_path)
    result = api.load([folder], tmp_path / "w.db", lang="en")
    assert result.problems == []
    assert "Zoeknaam" in {d["column"] for d in result.dropped_columns}
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    # 48 before HNK; 52 since an organisation with rows in two municipalities lies in both;
    # 53 and 97 (61 and 37) since the Marinebasis Den Helder is the navy's on the alias list
    assert figures["after_load"] == _found(61, 53, TENTH_PAIRS)
    assert figures["after_review"] == _found(37, 97, TENTH_PAIRS)  # 89 before NWZ


def test_the_review_of_every_list_proposes_few_pairs_that_are_not_one(quality, tmp_path):
    # The review is what the user wades through: of its pairs, the ones that are not one
    # organisation (decided "reject" by the truth) are its noise. Measured on each list as
    # the rules grew: 23 in all (14 before the sixteenth, 17 before the eighteenth, 18
    # before the nineteenth); 25 with the twenty-first to twenty-fourth lists and the
    # aliases of KLM Engineering & Maintenance and of ZW (two pairs of the WSP ZW fewer,
    # three of KLM Engineering & Maintenance with another airline more).
    wrong = {}
    for dataset in quality.DATASETS:
        with api.open_store(str(tmp_path / f"{dataset.name}.db")) as store:
            review = quality.measure(store, dataset)["review"]
        assert review["pairs"] == review["accepted"] + review["rejected"]
        wrong[dataset.name] = review["rejected"]
    assert wrong == {"crm-2026": 1, "crm-heldout": 0, "crm-third": 0,
                     # (Not since English names are read in Dutch: the University of
                     # Amsterdam with the Amsterdam University of Applied Sciences.)
                     "crm-fourth": 1,
                     "crm-fifth": 2, "crm-sixth": 2, "crm-seventh": 0,
                     # KLM Cityhopper with KLM Engineering & Maintenance, since the alias
                     # list names KLM Engineering & Maintenance KLM.
                     "crm-eighth": 4,
                     "crm-ninth": 0, "crm-tenth": 0,
                     # A parent account that is another organisation: GGD Kennemerland
                     # under the Veiligheidsregio Kennemerland.
                     "crm-eleventh": 1,
                     # "VRAA" (the Veiligheidsregio) with the Vervoerregio Amsterdam its
                     # letters spell. (Not since: "ROC Amsterdam - Airport" with Amsterdam
                     # Airport Schiphol, each "amsterdam airport" only without a word of
                     # its own, "ROC" and the place.)
                     "crm-twelfth": 1, "crm-thirteenth": 0, "crm-fourteenth": 0,
                     # "WSP GA" with the spelled-out name of the other
                     # Werkgeversservicepunt. (Not since ZW is Zaanstreek-Waterland on the
                     # abbreviation list: "WSP ZW" with "WSP GA" and with the
                     # Werkgeversservicepunt Groot Amsterdam.)
                     "crm-fifteenth": 1,
                     # Damen Shipyards Den Helder with its parent, "Damen Shipyards Group"
                     # and "Damen Shipyards" (Gorinchem); the GGD Gooi en Vechtstreek with
                     # the Regio Gooi en Vechtstreek its "Hoort bij" names (the Regio runs
                     # it; the network deals with them apart).
                     "crm-sixteenth": 3, "crm-seventeenth": 0,
                     # The Zaans Medisch Centrum with the Noordwest Ziekenhuisgroep, whose
                     # former name "Medisch Centrum Alkmaar" is "medisch centrum" in Alkmaar.
                     "crm-eighteenth": 1,
                     # "WSP GA" with the Werkgeversservicepunt Zaanstreek/Waterland; and a
                     # subsidiary with the parent its "Moederorganisatie" names: Transavia
                     # and Transavia Airlines C.V. with KLM, Tempo-Team with Randstad;
                     # since the alias list names KLM Engineering & Maintenance KLM,
                     # Transavia and Transavia Airlines C.V. with it too; and since a
                     # row's names are its organisation's once merged, "Schiphol" (merged
                     # into the Royal Schiphol Group) with the Schiphol Area Development
                     # Company its name begins.
                     "crm-nineteenth": 7,
                     # Damen Shipyards Den Helder with the Damen Shipyards Group again.
                     "crm-twentieth": 1,
                     "crm-twentyfirst": 0,
                     # "WSP GA (Amstelland)" with the WSP Zaanstreek-Waterland.
                     "crm-twentysecond": 1, "crm-twentythird": 0, "crm-twentyfourth": 0,
                     # The Veiligheidsregio and the GGD of Amsterdam-Amstelland, two bodies
                     # of one region whose names differ only in their first word.
                     "crm-twentyfifth": 1,
                     # Damen Shipyards Den Helder with the Damen Shipyards Group, again.
                     "crm-twentysixth": 0, "crm-twentyseventh": 1,
                     # "UWV WERKbedrijf - regio Gooi en Vechtstreek" with the Regio Gooi en
                     # Vechtstreek, the part its name names after the dash (three rows).
                     "crm-twentyeighth": 3,
                     # "WSP GA" with the Werkgeversservicepunt Zaanstreek/Waterland again;
                     # "HMC vakschool" with the Hogeschool van Amsterdam, its initials;
                     # Heineken Nederland (Zoeterwoude) with Heineken (Amsterdam), its
                     # parent, since a name with the country is a pair with the name.
                     "crm-twentyninth": 3,
                     # "Pré Wonen" with PWN, its initials.
                     "crm-thirtieth": 1,
                     # (Not since a department's name alone is alike only in one
                     # municipality: "Overleg EZ Wormerland" with "Kennismaking EZ", both
                     # "EZ" once the moment's word and the place are left out.)
                     "crm-thirtyfirst": 0, "crm-thirtysecond": 0,
                     # Amsterdam Airport Schiphol with the Hilton hotel named after it;
                     # the Schiphol Area Development Company with the Royal Schiphol
                     # Group, as on the nineteenth list.
                     "crm-thirtythird": 2,
                     # The Damen Shipyards Group with its yard at Den Helder, twice; "WSP
                     # WF" (West-Friesland) with the WSP Kop van Noord-Holland.
                     "crm-thirtyfourth": 3,
                     # "Huizermaat" with the Gooise Scholen Federatie its row names in
                     # brackets, twice; the NOS with the NPO.
                     "crm-thirtyfifth": 3}


def test_every_reason_a_review_gives_on_the_lists_is_said_in_dutch(tmp_path, quality):
    reasons = set()
    for dataset in quality.DATASETS:
        result = api.load([dataset], tmp_path / f"{dataset.name}.db", lang="en")
        reasons |= {r["reason"] for r in result.review if not is_conflict(r)}
    assert len(reasons) >= 15
    english = {r for r in reasons if review_reason(r) == r}
    assert not english, english


ELEVENTH = Path(__file__).parent / "data" / "messy" / "crm-eleventh"
ELEVENTH_CSV = "Accounts_2026_12_03.csv"
ELEVENTH_PAIRS = 80  # the row pairs that are one organisation


def test_the_eleventh_held_out_list_gives_the_organisations_it_can(location, quality):
    with api.open_store(location) as store:
        figures = quality.measure(store, ELEVENTH)
    assert figures["truth"] == {"organisations": 33, "rows": 87}
    # Measured before any change for this list: 21 and 57 of the 80 row pairs that are one
    # organisation were found (68 and 44 organisations), and no pair that is not. (22 of
    # its 33 organisations are in earlier lists; Kennemer Gasthuis is on the list of former
    # names of Spaarne Gasthuis.) Still apart after the review: "Corus (oud)" from Tata
    # Steel IJmuiden; "Port of IJmuiden" from Zeehaven IJmuiden; "ROC Nova" from Nova
    # College; "TechPort IJmond" from Techport; "CWI IJmuiden" from UWV; "WSP ZKIJ" from the
    # Werkgeversservicepunt Zuid-Kennemerland en IJmond; "Province of North Holland" from
    # the Provincie Noord-Holland; "Gemeente Bennebroek" from Bloemendaal; "DUPLICAAT -
    # Gemeente Haarlem" from Haarlem; "Heemstede zz" from Heemstede; "Zandvoort gemeente"
    # from Zandvoort.
    # Then measured again, still held out, at the rules made on the ninth and tenth lists
    # after it was made (an acronym of a former name, a remark in brackets, …): 21 and 60
    # (68 and 43 organisations): "CWI IJmuiden" and UWV a pair. No longer held out since:
    # "DUPLICAAT - …", "… zz" and "(oud)" marks of a record no longer used or kept twice;
    # "X gemeente" a municipality's government as "X, gemeente" is; ZKIJ Zuid-Kennemerland
    # en IJmond on the abbreviation list and the province's English names on the alias
    # list; a former name with its place after it found for the name without it in that
    # place ("Corus (oud)" in IJmuiden: Corus IJmuiden, Tata Steel IJmuiden since 2010):
    # 27 and 72. And a name that ends in the name of a region the other lies in, for the
    # user to decide ("TechPort IJmond" in Beverwijk, Techport in Velsen: the COROP region
    # IJmond): 27 and 74. Still apart: "Port of IJmuiden" (no source names it Zeehaven
    # IJmuiden's), "ROC Nova" and "Gemeente Bennebroek" (Bloemendaal's since 2009, before
    # the CBS table of mergers begins; a place named "Gemeente …" is not taken for its
    # municipality: "Gemeente Hoofddorp"; the load's warning says which line of former
    # names joins it). Since the alias list names "Port of IJmuiden" Zeehaven IJmuiden (the
    # port presents itself so), its rows join Zeehaven IJmuiden's, one at the load: 28 and
    # 76. Still apart: "ROC Nova" and "Gemeente Bennebroek". Since ZK is Zuid-Kennemerland
    # on the abbreviation list, "WSP ZK/IJmond" is the Werkgeversservicepunt Zuid-
    # Kennemerland en IJmond at the load: 29 (62).
    assert figures["after_load"] == _found(62, 29, ELEVENTH_PAIRS)
    assert figures["after_review"] == _found(35, 76, ELEVENTH_PAIRS)


def test_the_eleventh_list_keeps_its_look_alikes_apart(location, quality):
    with api.open_store(location) as store:
        held = quality.held_together(store, ELEVENTH)
    for a, b in [("velsen", "tcv"), ("velsen", "pre-wonen"), ("velsen", "zeehaven"),
                 ("velsen", "tata-steel"), ("velsen", "techport"), ("zeehaven", "dfds"),
                 ("zeehaven", "tata-steel"), ("zeehaven", "rws"), ("dfds", "tata-steel"),
                 ("ijmond-werkt", "odijmond"), ("ijmond-werkt", "techport"),
                 ("ijmond-werkt", "wsp"), ("odijmond", "techport"), ("wsp", "uwv"),
                 ("wsp", "paswerk"), ("haarlem", "elan"), ("haarlem", "paswerk"),
                 ("haarlem", "mendel"), ("haarlem", "spaarne"), ("haarlem", "inholland"),
                 ("haarlem", "nova"), ("vrk", "ggd"), ("vrk", "wsp"),
                 ("kennemer-college", "spaarne"), ("kennemer-college", "nova"),
                 ("beverwijk", "rkz"), ("beverwijk", "heliomare"),
                 ("beverwijk", "kennemer-college"), ("heemskerk", "heemstede"),
                 ("heliomare", "rkz"), ("spaarne", "zorgbalans"), ("tcv", "nova"),
                 ("crown", "tata-steel"), ("liander", "haarlem"), ("pnh", "haarlem")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_eleventh_list_names_what_it_leaves_out(location):
    result = api.load([ELEVENTH], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert {c for c, p in left_out.items() if p} == {"Account Owner", "Phone"}
    assert {"Record Id", "Account Site", "Account Type", "Billing Street", "Billing Code",
            "Billing State", "Billing Country", "Created Time", "Modified Time",
            "Tag"} <= set(left_out)
    assert not {"Account Name", "Parent Account", "Industry", "Website", "Billing City",
                "Description"} & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "'Gem. Velsen - Economische Zaken' → Velsen" in warnings
    assert "'Kennemer Gasthuis' → Spaarne Gasthuis" in warnings
    assert "'Gemeente Bennebroek' (slug:gemeente-bennebroek) is a Company" in warnings
    with api.open_store(location) as store:
        listed = [n for n in store.nodes() if n["kind"] in ORGS
                  and any(s.get("row") for s in n["sources"])]
        assert not any(word in str(n) for n in store.nodes()
                       for word in ("Programmamanager", "Accountmanager",
                                    "Projectmedewerker", "zcrm_"))
    assert listed and all(n["source"].startswith("illustratief") for n in listed)


def test_the_eleventh_list_without_a_mapping_stops_at_a_misspelt_place(tmp_path):
    folder = tmp_path / "crm-eleventh"
    folder.mkdir()
    shutil.copy(ELEVENTH / ELEVENTH_CSV, folder / ELEVENTH_CSV)
    (folder / "dataset.yaml").write_text(
        f"name: crm-eleventh\nprovince: Noord-Holland\nfiles:\n  - path: {ELEVENTH_CSV}\n",
        encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([folder], tmp_path / "s.db", lang="en")
    problems = caught.value.problems
    assert [p["row"] for p in problems] == [65, 72, 80]
    assert {p["problem_en"] for p in problems} == {
        "unknown municipality 'Harlem' (did you mean 'Haarlem' or 'Haarle'?); correct the "
        "cell, or write the place it means under values: municipality: in the mapping"}


def test_a_mapping_that_names_columns_but_no_kind_says_which_column_gave_it(tmp_path,
                                                                           quality):
    # The eleventh helper's first mapping: its columns, and no kind. Without columns the
    # kind came from "Industry"; with them, the load said "no kind" at all 87 rows.
    folder = quality.with_mapping(ELEVENTH, ELEVENTH_CSV, "accounts.yaml", tmp_path)
    mapping = folder / "mappings" / "accounts.yaml"
    text = mapping.read_text(encoding="utf-8")
    mapping.write_text(text.replace("  kind: Industry\n", "").replace(
        "  kind: Company     # a row without an industry\n", ""), encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([folder], tmp_path / "s.db")
    problems = caught.value.problems
    assert [(p["row"], p["code"]) for p in problems] == [(1, "no_kind")]
    assert problems[0]["problem"] == (
        "geen soort: koppel een kolom aan 'kind' of geef defaults: kind:; 'Industry' noemt de "
        "soort in een deel van de rijen: een mapping die kolommen noemt, leest alleen die "
        "(koppel hem onder columns: kind:, of laat columns: weg om de kolomkoppen te laten "
        "lezen)")
    # With a default kind, every row has one: no such problem.
    mapping.write_text(text.replace("  kind: Industry\n", ""), encoding="utf-8")
    assert api.load([folder], tmp_path / "t.db").problems == []


def test_the_eleventh_list_loads_with_a_mapping_that_names_no_columns(location, quality,
                                                                       tmp_path):
    # The list as a user first loads it, with what the load's problem asks for: the place
    # "Harlem" under values: municipality:, and the source. "Account Type" (Partner,
    # Prospect, Customer, Other) is not read as the kind; the kind comes from "Industry"
    # where it says one. Measured before any change for this list: 19 and 57 (70 and 44
    # organisations); still apart the same eleven rows as with accounts.yaml. Held out at
    # the ninth's and tenth's later rules 19 and 60 (70 and 43); since 25 and 74; and 26
    # and 76 since the alias list names "Port of IJmuiden" Zeehaven IJmuiden; since ZK is
    # Zuid-Kennemerland, 27 at the load (64).
    folder = quality.with_mapping(ELEVENTH, ELEVENTH_CSV, "zonder-kolommen.yaml", tmp_path)
    result = api.load([folder], tmp_path / "w.db", lang="en")
    assert result.problems == []
    assert {"Account Type", "Tag", "Account Site"} <= {
        d["column"] for d in result.dropped_columns}
    assert "column 'Account Type' not read as the kind" in "\n".join(result.warnings)
    with api.open_store(location) as store:
        figures = quality.measure(store, folder)
    assert figures["after_load"] == _found(64, 27, ELEVENTH_PAIRS)
    assert figures["after_review"] == _found(35, 76, ELEVENTH_PAIRS)


# --- The user's own former names ------------------------------------------------------------

FORMER = "name,former,since,source\nZeehaven IJmuiden,Staatsvissershavenbedrijf,1989-04-10," \
         "illustratief: eigen lijst (seaport-magazine.nl)\n"


def test_a_user_list_of_former_names_renames_as_the_shipped_one(location, tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\nStaatsvissershavenbedrijf IJmuiden;Bedrijf;Velsen\n"
                     "Zeehaven IJmuiden;Bedrijf;Velsen\n", encoding="utf-8")
    former = tmp_path / "eigen-namen.csv"
    former.write_text(FORMER, encoding="utf-8")
    result = _load(location, str(sheet), "--former-names", str(former), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "earlier names of organisations loaded under their name of" in result.output
    assert "'Staatsvissershavenbedrijf IJmuiden' → Zeehaven IJmuiden (since 1989-04-10)" \
        in result.output
    with api.open_store(location) as store:
        [company] = store.nodes("Company")
    assert company["name"] == "Zeehaven IJmuiden"
    assert company["aliases"] == ["Staatsvissershavenbedrijf IJmuiden"]


def test_a_dataset_names_its_former_names_and_data_before_the_change_keeps_the_name(
        tmp_path):
    folder = tmp_path / "lijst"
    folder.mkdir()
    (folder / "orgs.csv").write_text("Naam;Soort;Gemeente\nStaatsvissershavenbedrijf;Bedrijf;"
                                     "Velsen\n", encoding="utf-8")
    (folder / "namen.csv").write_text(FORMER, encoding="utf-8")
    (folder / "dataset.yaml").write_text("name: lijst\nformer_names: namen.csv\nfiles:\n"
                                         "  - path: orgs.csv\n", encoding="utf-8")
    api.load([folder], tmp_path / "a.db")
    api.load([folder], tmp_path / "b.db", at="1988-01-01")  # before the change
    names = []
    for db in ("a.db", "b.db"):
        with api.open_store(str(tmp_path / db)) as store:
            names.append([n["name"] for n in store.nodes("Company")])
    assert names == [["Zeehaven IJmuiden"], ["Staatsvissershavenbedrijf"]]


@pytest.mark.parametrize("line,problem", [
    ("Zeehaven IJmuiden,Staatsvissershavenbedrijf,1989-04-10,",
     "a line of former names needs a source (where is it from?)"),
    ("Zeehaven IJmuiden,,1989,eigen lijst", "a line of former names needs a former"),
    ("Zeehaven IJmuiden,Staatsvissershavenbedrijf,april 1989,eigen lijst",
     "since: 'april 1989' is no year, month or date; write when the name changed as 2014, "
     "2014-09 or 2014-09-01"),
])
def test_a_bad_line_of_former_names_is_refused_with_its_row(tmp_path, line, problem):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Gemeente\nZeehaven IJmuiden;Bedrijf;Velsen\n", encoding="utf-8")
    former = tmp_path / "eigen-namen.csv"
    former.write_text(f"name,former,since,source\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        api.load([sheet], tmp_path / "s.db", former_names=former)
    assert caught.value.message == problem and caught.value.row == 2


def test_a_user_former_name_is_found_after_a_word_like_stichting(tmp_path):
    from stakeholder_graph.matching import former_names_in_use, successor

    with former_names_in_use([("Zeehaven IJmuiden", "Staatsvissershavenbedrijf", "1989",
                               "illustratief")]):
        assert successor("Stichting Staatsvissershavenbedrijf", "2000-01-01")[0] == \
            "Zeehaven IJmuiden"
        assert successor("Stichting Anders", "2000-01-01") is None


@pytest.mark.parametrize("written,at,named", [
    # a merger of four schools into one (2002-01-01)
    ("Hogeschool Haarlem", "2020-01-01", "Inholland"),
    ("Hogeschool Haarlem", "2001-06-01", "Hogeschool Haarlem"),
    # a chain of two changes: Colo → SBB (2012) → its name of 2015
    ("Colo", "2013-01-01", "Stichting Samenwerking Beroepsonderwijs Bedrijfsleven"),
    ("Colo", "2020-01-01", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven"),
    # the regional forces in the national police's units (2013-01-01)
    ("Politie Kennemerland", "2014-01-01", "Politie Eenheid Noord-Holland"),
    # a month: Liander since November 2008
    ("Continuon", "2008-10-31", "Continuon"),
    ("Continuon", "2008-11-01", "Liander"),
])
def test_the_shipped_former_names_rename_from_their_day(tmp_path, written, at, named):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text(f"Naam;Soort;Gemeente\n{written};Bedrijf;Haarlem\n", encoding="utf-8")
    api.load([sheet], tmp_path / "s.db", at=at)
    with api.open_store(str(tmp_path / "s.db")) as store:
        [company] = store.nodes("Company")
    assert company["name"] == named
    assert company.get("aliases", []) == ([] if named == written else [written])


def test_every_shipped_former_name_has_a_source_and_a_day():
    from importlib import resources

    path = resources.files("stakeholder_graph") / "data/names/former_names.csv"
    with path.open(encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) >= 75
    for line in lines:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", line["since"]), line
        assert len(line["source"]) > 20 and "(" in line["source"], line
    pairs = [(line["name"], line["former"]) for line in lines]
    assert len(pairs) == len(set(pairs))
