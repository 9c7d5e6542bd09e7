"""Loaders: CBS, DUO, social domain, CSV/XLSX through mappings, dataset folders."""

from pathlib import Path

import openpyxl
import pytest

from stakeholder_graph.errors import InputError
from stakeholder_graph.loaders import (
    geography,
    load_cbs,
    load_duo,
    load_social_domain,
    load_table,
    read_mapping,
    read_path,
)
from stakeholder_graph.loaders.duo import infer_level, read_institutions
from stakeholder_graph.loaders.messages import translate_warning
from stakeholder_graph.loaders.tables import read_table
from stakeholder_graph.loaders.tabular import guess_mapping
from stakeholder_graph.merges import review_reason
from stakeholder_graph.resolve import resolve

DATA = Path(__file__).parent / "data"


def test_cbs_noord_holland_has_44_municipalities_in_5_labour_market_regions():
    batch = load_cbs("Noord-Holland")
    munis = [n for n in batch.nodes if n.kind == "Municipality"]
    regions = {n.id: n.name for n in batch.nodes
               if n.kind == "Region" and n.props["type"] == "labour_market_region"}
    assert len(munis) == 44
    assert regions == {"cbs:AM12": "Gooi en Vechtstreek", "cbs:AM15": "Noord-Holland Noord",
                       "cbs:AM17": "Zaanstreek/Waterland", "cbs:AM18": "Groot Amsterdam",
                       "cbs:AM37": "Zuid-Kennemerland en IJmond"}
    in_am = [e for e in batch.edges if e.target in regions]
    assert len(in_am) == 44  # each municipality in exactly one labour-market region


def test_all_342_municipalities():
    assert sum(n.kind == "Municipality" for n in load_cbs().nodes) == 342


def test_each_reference_batch_has_records_of_its_own():
    # The CBS records are validated once per process; a load that changes a record's
    # properties (a merge adds an alias) must not change the next load's.
    first = load_cbs("Noord-Holland")
    amsterdam = next(n for n in first.nodes if n.id == "cbs:GM0363")
    amsterdam.props["aliases"] = ["Mokum"]
    amsterdam.props["name"] = "Changed"
    again = next(n for n in load_cbs("Noord-Holland").nodes if n.id == "cbs:GM0363")
    assert again is not amsterdam
    assert again.props == {"name": "Amsterdam", "province": "Noord-Holland",
                           "source": "CBS, Gebieden in Nederland 2026 (StatLine)",
                           "cbs_code": "GM0363"}


@pytest.mark.parametrize("name,current", [
    ("Amsterdam", "Amsterdam"), ("amsterdam", "Amsterdam"), ("Weesp", "Amsterdam"),
    ("Heerhugowaard", "Dijk en Waard"), ("Langedijk", "Dijk en Waard"),
    ("Beemster", "Purmerend"), ("Zeevang", "Edam-Volendam"), ("Laren", "Laren (NH.)"),
    ("Laren (NH.)", "Laren (NH.)"), ("Hoofddorp", "Haarlemmermeer"), ("IJmuiden", "Velsen"),
    ("Den Helder", "Den Helder"), ("GM0363", "Amsterdam"), ("'s-Gravenhage", "'s-Gravenhage"),
])
def test_municipality_names_resolve(name, current):
    assert geography().resolve(name).name == current


def test_unknown_municipality_suggests():
    with pytest.raises(InputError, match=r"unknown municipality 'Haarlemermeer' "
                                         r"\(did you mean 'Haarlemmermeer'"):
        geography().resolve("Haarlemermeer")


def test_a_typo_of_a_place_suggests_the_place():
    # "Hoofdorp" was "did you mean 'Hoorn'": only municipalities were compared.
    with pytest.raises(InputError, match=r"\(did you mean 'Hoofddorp'\?\)") as caught:
        geography().resolve("Hoofdorp")
    assert caught.value.details == {"typo": True}
    with pytest.raises(InputError) as caught:
        geography().resolve("'t Horntje")  # a hamlet no table lists: no near name
    assert caught.value.details == {"typo": False}


@pytest.mark.parametrize(("written", "municipality"), [
    ("Hoofddorp-Noord", "Haarlemmermeer"), ("Den Helder Zuid", "Den Helder"),
    ("Alkmaar Centrum", "Alkmaar"), ("Amsterdam-Zuidoost", "Amsterdam")])
def test_a_part_of_town_is_its_place(written, municipality):
    assert geography().resolve(written).name == municipality


def test_a_place_no_table_knows_is_kept_without_a_municipality(tmp_path):
    # A hamlet ("'t Horntje") or a place abroad stopped the whole load; a typo of a known
    # place ("Amsterdm") still stops its row, with its "did you mean".
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nNIOZ;Bedrijf;'t Horntje\n"
                             "NIOZ Texel;Bedrijf;'t Horntje\nVUB;Bedrijf;Brussel\n"
                             "Tata Steel;Bedrijf;Velsen\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    assert batch.warnings == [
        "orgs.csv: 2 place(s) the municipality table does not know, loaded without a "
        "municipality: \"'t Horntje\" (rows 2, 3; did you mean \"'t Haantje\"?), 'Brussel' "
        "(row 4; did you mean 'Borssele' or 'Reusel' or 'Mussel'?); to place them, write "
        "their municipality in the file or under values: municipality: in a mapping"]
    assert translate_warning(batch.warnings[0]) == (
        "orgs.csv: 2 plaats(en) die de gemeentetabel niet kent, geladen zonder gemeente: "
        "\"'t Horntje\" (rijen 2, 3; bedoelde u \"'t Haantje\"?), 'Brussel' (rij 4; bedoelde u "
        "'Borssele' of 'Reusel' of 'Mussel'?); schrijf hun gemeente in het bestand of onder "
        "values: municipality: in een mapping om ze te plaatsen")
    assert {n.id for n in batch.nodes if n.kind == "Company"} == {
        "slug:nioz", "slug:nioz-texel", "slug:vub", "slug:tata-steel"}
    located = {e.source: e.target for e in batch.edges if e.type == "LOCATED_IN"}
    assert located == {"slug:tata-steel": "cbs:GM0453"}


def test_duo_register_reads_and_levels():
    roc = next(i for i in read_institutions() if i.brin == "30NE")
    assert (roc.name, roc.pc4, roc.active) == ("ROC Horizon College", roc.pc4, True)
    assert infer_level("Hogeschool van Amsterdam") == "HBO"
    assert infer_level("Amsterdamse Hogesch vd Kunsten") == "HBO"
    assert infer_level("Universiteit van Amsterdam") == "WO"
    assert infer_level("ROC TOP") == "MBO"


def test_duo_noord_holland_schools_are_located():
    batch = load_duo("Noord-Holland", levels=["MBO", "HBO", "WO"])
    schools = {n.id: n for n in batch.nodes if n.kind == "School"}
    assert {"brin:25PZ", "brin:30NE", "brin:25PX", "brin:30RM", "brin:28DN",
            "brin:21PK", "brin:21PL"} <= set(schools)
    assert schools["brin:30NE"].props["level"] == "MBO"
    located = {e.source: e.target for e in batch.edges if e.type == "LOCATED_IN"}
    assert located["brin:30NE"] == "cbs:GM0361"  # Alkmaar
    assert set(located) == set(schools)
    assert all(n.props.get("source", "").startswith("DUO") for n in schools.values())


def test_duo_province_filter_excludes_other_provinces():
    ids = {n.id for n in load_duo("Utrecht", levels=["MBO", "HBO", "WO"]).nodes}
    assert "brin:25PZ" not in ids


def test_social_domain_one_of_each_per_region():
    batch = load_social_domain("Noord-Holland")
    bodies = [n for n in batch.nodes if n.kind == "PublicBody"]
    assert len(bodies) == 15
    serves = {(e.source, e.target) for e in batch.edges if e.type == "SERVES"}
    assert ("slug:uwv-groot-amsterdam", "cbs:AM18") in serves
    assert ("slug:wsp-noord-holland-noord", "cbs:AM15") in serves
    assert ("slug:rmt-zaanstreek-waterland", "cbs:AM17") in serves


def test_semicolon_cp1252_dutch_headers_with_mapping():
    table = read_table(DATA / "crm-export.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    batch = load_table(DATA / "crm-export.csv", DATA / "crm-export.yaml", label="crm-export.csv")
    resolved = resolve(batch)
    cafe = resolved.nodes["kvk:01234567"]
    assert cafe.props["name"] == "Café Techniek B.V."
    assert cafe.sources == [{"file": "crm-export.csv", "row": 2}]
    located = {(e.source, e.target) for e in resolved.edges.values() if e.type == "LOCATED_IN"}
    assert ("kvk:01234567", "cbs:GM0363") in located  # Weesp → Amsterdam
    assert ("kvk:87654321", "cbs:GM1980") in located  # Heerhugowaard → Dijk en Waard
    assert ("slug:luchtvaartschool-hoofddorp", "cbs:GM0394") in located
    laren = resolved.nodes["cbs:GM0417"]
    assert laren.props["name"] == "Laren (NH.)" and laren.props["aliases"] == ["Gemeente Laren"]
    assert resolved.nodes["slug:energietransitie"].kind == "Theme"
    assert ("IN_REGION", "cbs:GM0363", "cbs:AM18", "") in resolved.edges


def test_relationships_by_name_tab_separated_bom_without_mapping():
    batch = load_table(DATA / "crm-export.csv", DATA / "crm-export.yaml")
    batch.extend(load_table(DATA / "crm-relaties.txt"))
    edges = resolve(batch).edges
    assert ("PARTNERS_WITH", "kvk:01234567", "kvk:87654321", "") in edges
    partner = edges[("PARTNERS_WITH", "kvk:01234567", "kvk:87654321", "")]
    assert partner.props["since"] == "2020-03-01"
    hosts = [e for e in edges.values() if e.type == "HOSTS_INTERNS_FROM"]
    assert [(e.source, e.target) for e in hosts] == [
        ("kvk:87654321", "slug:luchtvaartschool-hoofddorp")]


def test_xlsx_with_dates_and_named_sheet(tmp_path):
    import datetime as dt

    book = openpyxl.Workbook()
    book.active.title = "Leeg"
    ws = book.create_sheet("Relaties")
    ws.append(["Van", "Naar", "Relatie", "Sinds"])
    ws.append(["slug:a", "slug:b", "Partner", dt.datetime(2020, 9, 1)])
    ws2 = book.create_sheet("Organisaties")
    ws2.append(["Naam", "Soort"])
    ws2.append(["A", "Bedrijf"])
    ws2.append(["B", "School"])
    path = tmp_path / "netwerk.xlsx"
    book.save(path)
    orgs = tmp_path / "orgs.yaml"
    orgs.write_text("table: organisations\nsheet: Organisaties\n"
                    "columns: {name: Naam, kind: Soort}\n")
    rels = tmp_path / "rels.yaml"
    rels.write_text("table: relationships\nsheet: Relaties\n"
                    "columns: {source: Van, target: Naar, type: Relatie, since: Sinds}\n")
    batch = load_table(path, orgs)
    batch.extend(load_table(path, rels))
    edge = resolve(batch).edges[("PARTNERS_WITH", "slug:a", "slug:b", "")]
    assert edge.props["since"] == "2020-09-01"
    assert edge.sources == [{"file": str(path), "sheet": "Relaties", "row": 2}]


def test_dataset_folder_loads_the_example(example):
    resolved = resolve(read_path(example))
    kinds = {}
    for node in resolved.nodes.values():
        kinds[node.kind] = kinds.get(node.kind, 0) + 1
    assert kinds["Municipality"] == 44
    assert kinds["Campus"] == 6
    assert {"slug:techport", "slug:tech-connect", "slug:terra-technica", "slug:vti",
            "slug:techlands", "slug:house-of-skills"} <= set(resolved.nodes)
    hosts = {e.source for e in resolved.edges.values()
             if e.type == "HOSTS_INTERNS_FROM" and e.target == "brin:25PZ"}
    assert {"slug:klm", "slug:tata-steel", "slug:koninklijke-luchtmacht",
            "slug:koninklijke-marine"} <= hosts


def test_example_marks_illustrative_facts_and_holds_no_personal_data(example):
    resolved = resolve(read_path(example))
    assert not any(n.kind == "Person" for n in resolved.nodes.values())
    letter = "Brief GS Noord-Holland"
    for item in [*resolved.nodes.values(), *resolved.edges.values()]:
        source = item.props.get("source", "")
        assert source, f"{item} has no source"
        assert letter in source or "illustratief" in source or "CBS" in source or (
            "DUO" in source) or "arbeidsmarktregio" in source, source
    text = "".join(p.read_text(encoding="utf-8-sig") for p in example.glob("*.csv"))
    assert "@" not in text.replace("Tech@Connect", "")  # no e-mail addresses
    assert "Herfkens" not in text and "+31" not in text


def test_resolve_leaves_the_batch_as_it_was():
    batch = load_table(DATA / "crm-export.csv", DATA / "crm-export.yaml")
    batch.extend(load_table(DATA / "crm-relaties.txt"))
    before = [(e.source, e.target) for e in batch.edges]
    first = resolve(batch)
    assert [(e.source, e.target) for e in batch.edges] == before  # names stay names
    assert resolve(batch).edges.keys() == first.edges.keys()


def test_relationship_rows_share_properties_only_when_all_columns_agree(tmp_path):
    # Rows with the same type, year and citation share one validated property dict; a
    # row that differs in any of them gets its own, and a bad value after many good rows
    # is still reported at its own row.
    path = tmp_path / "relaties.csv"
    lines = ["source,target,type,since,source_doc"]
    lines += [f"slug:a{i},slug:b{i},partner,2020,Brief A" for i in range(5)]
    lines += ["slug:a9,slug:b9,partner,2021,Brief A", "slug:a8,slug:b8,partner,2020,Brief B",
              "slug:a7,slug:b7,stage,2020,Brief A"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    edges = load_table(path, label="relaties.csv").edges
    assert [(e.type, e.props) for e in edges[4:]] == [
        ("PARTNERS_WITH", {"since": "2020", "source": "Brief A"}),
        ("PARTNERS_WITH", {"since": "2021", "source": "Brief A"}),
        ("PARTNERS_WITH", {"since": "2020", "source": "Brief B"}),
        ("HOSTS_INTERNS_FROM", {"since": "2020", "source": "Brief A"})]
    assert len({id(e.props) for e in edges}) == 4
    assert [e.origin.row for e in edges] == list(range(2, 10))
    path.write_text("\n".join([*lines, "slug:a6,slug:b6,partner,mei 2020,Brief A"]) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"row 10.*since|since.*row 10") as info:
        load_table(path, label="relaties.csv")
    assert info.value.row == 10


@pytest.mark.parametrize("sheet", ["example", "messy", "padded"])
def test_usual_relationship_rows_read_straight_from_cells_as_the_general_way(
        sheet, example, tmp_path, monkeypatch):
    # Most rows of a relationship sheet skip the dict of their cells (_quick_tie); each
    # record must be exactly what the general way makes of the row, problems included.
    from stakeholder_graph.loaders import read_path, tabular

    path = {"example": example, "messy": Path(__file__).parent / "data" / "messy"}.get(sheet)
    if path is None:  # cells with spaces, a blank end, a row too short, a mapped word
        path = tmp_path / "relaties.csv"
        path.write_text("source,target,type,since\n slug:a , slug:b ,partner,2020\n"
                        "slug:a,slug:c, partner ,2020\nslug:a,,partner,2020\n"
                        "slug:b,slug:c\nslug:c,slug:d,stage,2020\nslug:c,slug:e,stage,2020\n",
                        encoding="utf-8")

    def edges() -> list[tuple]:
        batch = read_path(path, keep_problems=True)
        return [(e.type, e.source, e.target, e.props, e.origin, e.source_column,
                 e.target_column) for e in batch.edges] + batch.problems

    made = []  # ties the quick way made: it must have read some rows itself
    plan = tabular._quick_tie

    def counted(*args):
        quick = plan(*args)
        return None if quick is None else \
            lambda values, origin: made.append(quick(values, origin)) or made[-1]

    monkeypatch.setattr(tabular, "_quick_tie", counted)
    quick = edges()
    assert any(made)
    monkeypatch.setattr(tabular, "_quick_tie", lambda *args: None)
    assert quick == edges()
    assert len(quick) > 5


# --------------------------------------------------------------------------- issue 17:
# national municipal history, every problem at once, honest reading, register keys.

import csv  # noqa: E402
import re  # noqa: E402
from importlib import resources  # noqa: E402

from stakeholder_graph.errors import PROBLEM_COLUMNS, LoadProblems  # noqa: E402
from stakeholder_graph.matching import match_key, read_aliases  # noqa: E402

GEO = resources.files("stakeholder_graph") / "data" / "nl-gemeenten-regio"
CROSS_PROVINCE = {"Leerdam", "Zederik"}  # Zuid-Holland into Vijfheerenlanden (Utrecht), 2019


def _csv(name: str) -> list[dict[str, str]]:
    with (GEO / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


OLD_ROWS = [r for r in _csv("municipalities.csv") if r["year"] != "2026"]


@pytest.mark.parametrize("old", OLD_ROWS, ids=[f"{r['name']}-{r['year']}" for r in OLD_ROWS])
def test_every_old_municipality_has_a_successor_of_its_day_and_a_chain_to_2026(old):
    every = {(r["code"], r["name"]): r for r in _csv("municipalities.csv")}
    current = {r["code"] for r in _csv("municipalities.csv") if r["year"] == "2026"}
    table = _csv("successions.csv")
    rows = [s for s in table if s["old_code"] == old["code"] and s["old_name"] == old["name"]]
    assert rows, f"{old['name']} has no successor"
    for row in rows:
        # The successor of the day is a municipality of the CBS tables (perhaps gone since).
        new = every[(row["new_code"], row["new_name"])]
        if old["name"] not in CROSS_PROVINCE:
            assert new["province"] == old["province"], row
        # In force in the first year without the old municipality (or that year itself, for
        # a merger during the year: Rozenburg and Weesp).
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["date"])
        assert int(old["year"]) <= int(row["date"][:4]) <= int(old["year"]) + 1
        # A successor that is gone too has its own later row: every chain ends in 2026.
        seen, code, name, date = 0, row["new_code"], row["new_name"], row["date"]
        while code not in current:
            step = next(s for s in table if s["old_code"] == code and s["old_name"] == name)
            assert step["date"] > date
            code, name, date, seen = step["new_code"], step["new_name"], step["date"], seen + 1
            assert seen < 5


@pytest.mark.parametrize("old,new", [
    ("Graafstroom", "Molenwaard"), ("Liesveld", "Molenwaard"), ("Nieuw-Lekkerland", "Molenwaard"),
    ("Molenwaard", "Molenlanden"), ("Skarsterlân", "De Friese Meren"),
    ("De Friese Meren", "De Fryske Marren"), ("Menaldumadeel", "Menameradiel"),
    ("Ubbergen", "Groesbeek"), ("Groesbeek", "Berg en Dal"),
])
def test_the_table_names_the_successor_of_the_day_not_only_of_today(old, new):
    assert {s["new_name"] for s in _csv("successions.csv") if s["old_name"] == old} == {new}


def test_the_mergers_of_1_january_2010_are_in_the_table():
    rows = {s["old_name"]: s for s in _csv("successions.csv") if s["date"] == "2010-01-01"}
    assert {r["new_name"] for r in rows.values()} == {"Oldambt", "Peel en Maas", "Zuidplas",
                                                      "Venlo"}
    assert rows["Winschoten"]["new_name"] == "Oldambt" and rows["Winschoten"]["old_code"] == ""


def test_the_shipped_table_is_what_the_builder_makes(tmp_path, monkeypatch):
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location(
        "build_successions", Path(__file__).parents[1] / "tools" / "build_successions.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for name in ("municipalities.csv", "corop.generated.csv"):
        shutil.copy(GEO / name, tmp_path / name)
    monkeypatch.setattr(builder, "ROOT", tmp_path)
    builder.main()
    assert (tmp_path / "successions.csv").read_text(encoding="utf-8") == \
        (GEO / "successions.csv").read_text(encoding="utf-8")


def test_the_cross_province_mergers_are_the_known_few():
    moved = {(s["old_name"], s["new_name"]) for s in _csv("successions.csv")
             if s["old_province"] != s["new_province"]}
    assert moved == {("Leerdam", "Vijfheerenlanden"), ("Zederik", "Vijfheerenlanden")}


@pytest.mark.parametrize("name,current", [
    ("Franekeradeel", "Waadhoeke"), ("Aalburg", "Altena"), ("Bellingwedde", "Westerwolde"),
    ("Graafstroom", "Molenlanden"), ("Haren", "Groningen"), ("Loenen", "Stichtse Vecht"),
    ("Rozenburg", "Rotterdam"), ("Westvoorne", "Voorne aan Zee"), ("Zederik", "Vijfheerenlanden"),
    ("Winschoten", "Oldambt"),
])
def test_old_names_of_every_province_resolve(name, current):
    assert geography().resolve(name).name == current


@pytest.mark.parametrize("name,day,expected", [
    # A chain: Graafstroom merged into Molenwaard (2013), Molenwaard into Molenlanden (2019).
    ("Graafstroom", "2012-12-31", "Graafstroom"), ("Graafstroom", "2013-01-01", "Molenwaard"),
    ("Graafstroom", "2018-06-30", "Molenwaard"), ("Graafstroom", "2019-01-01", "Molenlanden"),
    ("Molenwaard", "2016-05-01", "Molenwaard"), ("Molenwaard", "2024-05-01", "Molenlanden"),
    # Weesp merged into Amsterdam on 24 March 2022, not on 1 January.
    ("Weesp", "2022-03-23", "Weesp"), ("Weesp", "2022-03-24", "Amsterdam"),
    ("Heerhugowaard", "2021-12-31", "Heerhugowaard"), ("Heerhugowaard", "2022-01-01",
                                                        "Dijk en Waard"),
    # A rename under a new code: Groesbeek became Berg en Dal in 2016.
    ("Ubbergen", "2015-06-01", "Groesbeek"), ("Ubbergen", "2016-06-01", "Berg en Dal"),
    ("Boarnsterhim", "2013-06-01", "Boarnsterhim"),
    ("Amsterdam", "2015-01-01", "Amsterdam"),  # a name that existed then is itself
])
def test_an_old_name_is_the_municipality_of_the_date_of_the_data(name, day, expected):
    assert geography().resolve(name, at=day).name == expected


@pytest.mark.parametrize("name,day,choices", [
    ("Menaldumadeel", "2019-01-01", "'Leeuwarden' or 'Waadhoeke'"),
    ("Boarnsterhim", "2015-01-01", "'De Friese Meren' or 'Heerenveen' or 'Leeuwarden' or "
                                   "'Súdwest-Fryslân'"),
    ("Boarnsterhim", "2020-01-01", "'De Fryske Marren' or 'Heerenveen' or 'Leeuwarden' or "
                                   "'Súdwest-Fryslân'"),
    ("Haaren", "2024-01-01", "'Boxtel' or 'Oisterwijk' or 'Tilburg' or 'Vught'"),
])
def test_a_split_municipality_lists_the_municipalities_of_the_day(name, day, choices):
    with pytest.raises(InputError) as caught:
        geography().resolve(name, at=day)
    assert f"its area was in {choices} on {day}" in caught.value.message
    assert caught.value.suggestion == choices


def test_a_split_municipality_still_existing_on_the_day_is_itself():
    assert geography().resolve("Haaren", at="2020-12-31").until == "2021-01-01"


@pytest.mark.parametrize("province,current", [("Limburg", "Bergen (L.)"),
                                              ("Noord-Holland", "Bergen (NH.)")])
def test_an_ambiguous_name_takes_the_province_of_the_data(province, current):
    assert geography().resolve("Bergen", province=province).name == current


def test_an_ambiguous_name_without_province_lists_its_choices():
    with pytest.raises(InputError, match=r"'Bergen \(L\.\)' or 'Bergen \(NH\.\)'"):
        geography().resolve("Bergen")


def _sheet(tmp_path, text: str, name: str = "orgs.csv", encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def _mapping(tmp_path, text: str, name: str = "m.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ORG_MAPPING = ("table: organisations\nprovince: Noord-Holland\ncolumns: {name: Naam, "
               "kind: Soort, municipality: Gemeente}\n"
               "values: {kind: {Bedrijf: Company, Overheid: PublicBody}}\n")


def test_a_hidden_sheet_is_not_a_list_to_load(tmp_path):
    # Dynamics 365 keeps the drop-down lists of its Excel export in a very hidden sheet;
    # "the workbook has several sheets" stopped the load.
    book = openpyxl.Workbook()
    book.active.title = "Accounts"
    book.active.append(["Naam", "Soort", "Gemeente"])
    book.active.append(["Tata Steel", "Bedrijf", "Velsen"])
    lists = book.create_sheet("hiddenSheet")
    lists.append(["Bedrijf", "Overheid"])
    lists.append(["Partner", "Prospect"])
    lists.sheet_state = "veryHidden"
    book.save(tmp_path / "export.xlsx")
    batch = load_table(tmp_path / "export.xlsx", _mapping(tmp_path, ORG_MAPPING))
    assert [n.name for n in batch.nodes if n.kind == "Company"] == ["Tata Steel"]
    lists.sheet_state = "visible"  # a second list the user can see: which one is meant?
    book.save(tmp_path / "export.xlsx")
    with pytest.raises(InputError, match="the workbook has several sheets"):
        load_table(tmp_path / "export.xlsx", _mapping(tmp_path, ORG_MAPPING))


def test_a_sheet_of_notes_beside_the_list_is_not_a_list_to_load(tmp_path):
    # A hand-kept list's second tab of notes ("Uitleg", a line of text per row): the one
    # sheet with a table is read, and the load says so; the notes are not read.
    from stakeholder_graph import api

    book = openpyxl.Workbook()
    book.active.title = "Partners"
    book.active.append(["Naam", "Soort", "Gemeente"])
    book.active.append(["Tata Steel", "Bedrijf", "Velsen"])
    notes = book.create_sheet("Uitleg")
    for line in ("Uitleg bij de partnerlijst van het netwerk",
                 "Soort: vrij invullen (bedrijf, onderwijs, zorg, gemeente, overheid).", "",
                 "Geen namen van personen: alleen een rol of team bij Contactpersoon."):
        notes.append([line])
    book.save(tmp_path / "lijst.xlsx")
    result = api.load([tmp_path / "lijst.xlsx"], tmp_path / "s.db")
    assert any("de werkmap heeft meerdere bladen (Partners, Uitleg); 'Partners' geladen, het "
               "enige met een tabel" in w for w in result.warnings)
    with api.open_store(str(tmp_path / "s.db")) as store:
        names = {n["name"] for n in store.nodes() if any(s.get("row") for s in n["sources"])}
    assert names == {"Tata Steel"}


def test_a_list_of_one_column_beside_another_sheet_asks_which_to_load(tmp_path):
    # Found by review: a one-column list of names is a list, not notes; with a sheet of
    # contacts beside it, which one is meant is asked, as before.
    book = openpyxl.Workbook()
    book.active.title = "Organisaties"
    for name in ("Naam", "Tata Steel", "Techport", "Nova College"):
        book.active.append([name])
    people = book.create_sheet("Contactpersonen")
    people.append(["Naam", "Telefoon"])
    people.append(["iemand", "0612345678"])
    book.save(tmp_path / "lijst.xlsx")
    with pytest.raises(InputError, match="the workbook has several sheets"):
        load_table(tmp_path / "lijst.xlsx", _mapping(tmp_path, ORG_MAPPING))


def test_a_department_in_brackets_is_its_municipality(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\n"
                             "gemeente Hilversum (afdeling Werk en Inkomen);Overheid;\n"
                             "Gem. Huizen (afd. Economie);Overheid;Huizen\n"
                             "Gemeente Laren (NH.);Overheid;\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    assert {n.name for n in batch.nodes if n.kind == "Municipality"} == {
        "Hilversum", "Huizen", "Laren (NH.)"}
    assert not [n for n in batch.nodes if n.kind == "PublicBody"]


def test_an_earlier_name_loads_as_the_organisation_it_became_at_the_date(tmp_path):
    # Clusius College and ROC Kop van Noord-Holland are Vonk since 1 August 2022
    # (data/names/former_names.csv, with its sources); before that day each is itself.
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nClusius College;Bedrijf;Alkmaar\n"
                             "ROC Kop van Noord-Holland;Bedrijf;Den Helder\n"
                             "ADM Cocoa;Bedrijf;Zaanstad\n")
    mapping = _mapping(tmp_path, ORG_MAPPING)
    batch = load_table(sheet, mapping, label="orgs.csv", at="2024-05-01")
    assert [(n.id, n.name, n.props.get("aliases")) for n in batch.nodes
            if n.kind == "Company"] == [
        ("slug:vonk", "Vonk", ["Clusius College"]),
        ("slug:vonk", "Vonk", ["ROC Kop van Noord-Holland"]),  # one organisation, two rows
        ("slug:ofi", "ofi", ["ADM Cocoa"])]
    assert ("orgs.csv: earlier names of organisations loaded under their name of 2024-05-01: "
            "'Clusius College' → Vonk (since 2022-08-01); 'ROC Kop van Noord-Holland' → Vonk "
            "(since 2022-08-01); 'ADM Cocoa' → ofi (since 2021-10) (the earlier name is kept "
            "as an alias; sources in data/names/former_names.csv)") in batch.warnings
    assert translate_warning(batch.warnings[-1]).startswith(
        "orgs.csv: eerdere namen van organisaties geladen onder hun naam van 2024-05-01: "
        "'Clusius College' → Vonk (sinds 2022-08-01);")
    between = load_table(sheet, mapping, label="orgs.csv", at="2019-05-01")
    assert sorted(n.name for n in between.nodes if n.kind == "Company") == [
        "Clusius College", "Olam Cocoa", "ROC Kop van Noord-Holland"]  # Olam since 2015
    before = load_table(sheet, mapping, label="orgs.csv", at="2014-05-01")
    assert sorted(n.name for n in before.nodes if n.kind == "Company") == [
        "ADM Cocoa", "Clusius College", "ROC Kop van Noord-Holland"]
    assert not [w for w in before.warnings if "earlier names" in w]


def test_an_old_name_loads_as_its_successor_and_stays_an_alias(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nCafé Techniek;Bedrijf;Weesp\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv", at="2026-06-01")
    located = {e.source: e.target for e in batch.edges if e.type == "LOCATED_IN"}
    assert located["slug:cafe-techniek"] == "cbs:GM0363"
    amsterdam = resolve(batch).nodes["cbs:GM0363"]
    assert amsterdam.props["name"] == "Amsterdam" and amsterdam.props["aliases"] == ["Weesp"]
    assert batch.warnings == ["orgs.csv: old municipality names loaded as the municipality of "
                              "2026-06-01: 'Weesp' merged into Amsterdam on 2022-03-24"]


def test_a_municipality_outside_the_province_is_a_warning(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nDamen Shipyards Gorinchem;Bedrijf;Gorinchem\n"
                             "Bergen Bouw;Bedrijf;Bergen\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    assert batch.warnings == ["orgs.csv: 1 municipality outside Noord-Holland: "
                              "Gorinchem (Zuid-Holland)"]
    located = {e.source: e.target for e in batch.edges if e.type == "LOCATED_IN"}
    assert located["slug:bergen-bouw"] == "cbs:GM0373"  # Bergen (NH.), from the province


def test_every_bad_row_is_reported_in_one_run(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nKLM;Bedrjf;Haarlemmermeer\nTata Steel;Bedrijf;"
                             "Velsen\nWindpark;Bedrijf;Amsterdm\n;Bedrijf;Hoorn\n")
    with pytest.raises(LoadProblems) as caught:
        load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    problems = caught.value.problems
    assert all(tuple(p) == (*PROBLEM_COLUMNS, "problem_en", "suggestion_en")
               for p in problems)
    assert [(p["row"], p["column"], p["value"], p["code"]) for p in problems] == [
        (2, "Soort", "Bedrjf", "unknown_kind"),
        (4, "Gemeente", "Amsterdm", "unknown_municipality"), (5, "Naam", "", "no_name")]
    assert problems[2]["problem"] == "geen naam en geen id: elke rij heeft een naam nodig"
    assert problems[2]["problem_en"] == "no name and no id: every row needs a name"
    assert problems[0]["suggestion"] == "'bedrijf'"
    assert problems[1]["suggestion"] == "'Amsterdam'"
    assert str(caught.value).endswith("(and 2 more problems: 3 in all)")


def test_an_empty_kind_cell_says_to_fill_it_in(tmp_path):
    # The kind column is mapped; one row leaves it empty. The problem names that cell, not
    # the mapping (a new user had added defaults: kind: after "map a 'kind' column").
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nKLM;;Haarlemmermeer\n")
    with pytest.raises(LoadProblems) as caught:
        load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    (problem,) = caught.value.problems
    assert (problem["row"], problem["column"], problem["code"]) == (2, "Soort", "no_kind_in_row")
    assert problem["problem"] == ("geen soort in deze rij: vul de cel in kolom 'Soort' in, of "
                                  "geef defaults: kind: voor de rijen zonder soort")



@pytest.mark.parametrize("word", ["Zorg", "zorginstelling", "Ziekenhuis", "Woningcorporatie"])
def test_a_care_or_housing_organisation_is_a_company_without_a_mapping(tmp_path, word):
    # Three lists had to map "Zorg" to a company by hand ("onbekende soort 'Zorg'"); a
    # hospital or a housing corporation is an employer of the network, as the model has it.
    sheet = _sheet(tmp_path, f"Naam;Soort;Gemeente\nSpaarne Gasthuis;{word};Haarlem\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    assert [(n.kind, n.props["name"]) for n in batch.nodes if n.id.startswith("slug:")] == [
        ("Company", "Spaarne Gasthuis")]


def test_with_keep_problems_the_good_rows_come_back(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nKLM;Bedrjf;Haarlemmermeer\nTata Steel;Bedrijf;"
                             "Velsen\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), keep_problems=True)
    assert [n.id for n in batch.nodes if n.kind == "Company"] == ["slug:tata-steel"]
    assert len(batch.problems) == 1


def test_every_file_of_a_dataset_is_checked(tmp_path):
    _sheet(tmp_path, "Naam;Soort;Gemeente\nKLM;Bedrjf;Haarlemmermeer\n", "a.csv")
    _sheet(tmp_path, "Naam;Soort;Gemeente\n", "b.csv")  # no data rows: a file-level problem
    _sheet(tmp_path, "Naam;Soort;Gemeente\nX;Bedrijf;Amsterdm\n", "c.csv")
    _mapping(tmp_path, ORG_MAPPING)
    (tmp_path / "dataset.yaml").write_text(
        "name: d\nfiles:\n" + "".join(f"  - {{path: {f}, mapping: m.yaml}}\n"
                                      for f in ("a.csv", "b.csv", "c.csv")))
    with pytest.raises(LoadProblems) as caught:
        read_path(tmp_path)
    assert [p["file"] for p in caught.value.problems] == ["d/a.csv", "d/b.csv", "d/c.csv"]


REL_MAPPING = ("table: relationships\ncolumns: {source: Van, target: Naar, type: Relatie, "
               "count: Aantal}\nvalues: {type: {Stage: HOSTS_INTERNS_FROM}}\n")


@pytest.mark.parametrize("cell,expected", [
    ("150", 150), ("150,0", 150), ("12345678901234567", 12345678901234567),
    ("-3", "cannot be negative"), ("2,5", "whole number"), ("veel", "expected a number")])
def test_counts_are_parsed_exactly_and_never_negative(tmp_path, cell, expected):
    sheet = _sheet(tmp_path, f"Van;Naar;Relatie;Aantal\nKLM;ROC van Amsterdam;Stage;{cell}\n",
                   "rel.csv")
    mapping = _mapping(tmp_path, REL_MAPPING)
    if isinstance(expected, int):
        assert load_table(sheet, mapping).edges[0].props["count"] == expected
    else:
        with pytest.raises(LoadProblems, match=expected):
            load_table(sheet, mapping)


def test_mojibake_is_repaired_with_a_notice(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nGemeente SÃºdwest-FryslÃ¢n;Overheid;"
                             "SÃºdwest-FryslÃ¢n\n", encoding="utf-8")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING.replace(
        "province: Noord-Holland\n", "")), label="orgs.csv")
    names = {n.props["name"] for n in batch.nodes}
    # A public body named as its municipality is the municipality; its name is an alias.
    aliases = {a for n in batch.nodes for a in n.props.get("aliases") or ()}
    assert "Súdwest-Fryslân" in names and "Gemeente Súdwest-Fryslân" in aliases
    assert batch.warnings[0].startswith("orgs.csv: repaired 2 cell(s) of garbled text")
    assert "'SÃºdwest-FryslÃ¢n' → 'Súdwest-Fryslân'" in batch.warnings[0]


def test_correct_accents_are_left_alone(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nCoöperatie Súdwest;Bedrijf;Súdwest-Fryslân\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING.replace(
        "province: Noord-Holland\n", "")))
    assert batch.warnings == [] and "Coöperatie Súdwest" in {n.name for n in batch.nodes}


def test_a_duplicate_key_in_a_mapping_is_an_error(tmp_path):
    mapping = _mapping(tmp_path, "table: organisations\ncolumns:\n  name: Naam\n  kind: Soort\n"
                                 "  name: Organisatie\n")
    with pytest.raises(InputError, match=r"row 5: duplicate key 'name' \(also on line 3\)"):
        read_mapping(mapping)


def test_dropped_columns_are_named_and_personal_data_is_left_out(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente;Contactpersoon;Lievelingskleur\n"
                             "KLM;Bedrijf;Haarlemmermeer;HR-afdeling;blauw\n")
    batch = load_table(sheet, _mapping(tmp_path, ORG_MAPPING), label="orgs.csv")
    assert batch.dropped_columns == [
        {"file": "orgs.csv", "column": "Contactpersoon", "personal": True},
        {"file": "orgs.csv", "column": "Lievelingskleur", "personal": False}]
    assert not any("HR-afdeling" in str(n.props) for n in batch.nodes)


def test_formerly_becomes_an_alias(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nTechlands (voorheen Zaancampus);Overheid;"
                             "Zaanstad\n")
    node = next(n for n in load_table(sheet, _mapping(tmp_path, ORG_MAPPING)).nodes
                if n.kind == "PublicBody")
    assert (node.id, node.name, node.props["aliases"]) == (
        "slug:techlands", "Techlands", ["Zaancampus"])


def test_ids_that_differ_in_case_spacing_or_punctuation_are_one(tmp_path):
    sheet = _sheet(tmp_path, "id;name;kind\nslug:Tech @ Connect;Tech @ Connect;Campus\n"
                             "slug:tech-connect;Tech@Connect;Campus\nKVK: 3400 2518;Tata;Company\n"
                             "kvk:34002518;TATA;Company\n")
    nodes = resolve(load_table(sheet)).nodes
    assert set(nodes) >= {"slug:tech-connect", "kvk:34002518"}
    assert nodes["slug:tech-connect"].props == {"name": "Tech @ Connect",
                                                 "aliases": ["Tech@Connect"]}


def test_one_register_key_is_one_organisation_whatever_its_spelling(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort;KvK;Sector\nTata Steel IJmuiden B.V.;Bedrijf;34002518;"
                             "staal\nTATA STEEL IJMUIDEN BV;Bedrijf;34002518;Staal\n"
                             "Tata Steel;Bedrijf;34002518;metaal\n")
    mapping = _mapping(tmp_path, "table: organisations\ncolumns: {name: Naam, kind: Soort, "
                                 "kvk: KvK, sector: Sector}\nvalues: {kind: {Bedrijf: Company}}\n")
    resolved = resolve(load_table(sheet, mapping, label="orgs.csv"))
    tata = resolved.nodes["kvk:34002518"]
    assert tata.props["name"] == "Tata Steel IJmuiden B.V." and tata.props["sector"] == "staal"
    assert tata.props["aliases"] == ["TATA STEEL IJMUIDEN BV", "Tata Steel"]
    [conflict] = resolved.review
    assert (conflict["id"], conflict["candidate_id"]) == ("kvk:34002518", "kvk:34002518")
    assert "conflicting sector: 'staal' in orgs.csv row 2, 'metaal' in orgs.csv row 4" in \
        conflict["reason"]


@pytest.mark.parametrize("a,b", [
    ("Hogeschool Inholland", "Inholland"), ("Stichting Techport", "Techport"),
    ("WSP Zaanstreek Waterland", "Werkgeversservicepunt Zaanstreek/Waterland"),
    ("Greenport NHN", "Greenport Noord-Holland Noord"), ("MRA", "Metropoolregio Amsterdam"),
    ("UWV", "Uitvoeringsinstituut Werknemersverzekeringen"), ("Vattenfall N.V.", "Vattenfall"),
    ("Royal Schiphol Group", "Schiphol Group"), ("Tech @ Connect", "Tech@Connect"),
    # Water boards and their abbreviations (abbreviations.csv, each from the board's site).
    ("Hoogheemraadschap Hollands Noorderkwartier", "HHNK"),
    ("Waterschap Amstel, Gooi & Vecht", "AGV"),
    ("Hoogheemraadschap Amstel, Gooi en Vecht", "Waterschap Amstel, Gooi en Vecht"),
    ("Hoogheemraadschap De Stichtse Rijnlanden", "HDSR"),
    ("Hoogheemraadschap van Schieland en de Krimpenerwaard", "HHSK"),
    ("Waterschap Hollandse Delta", "WSHD"),
    ("Waterschap AGV", "Waterschap Amstel, Gooi en Vecht"),  # not "waterschap waterschap"
    ("Hoogheemraadschap HHNK", "HHNK"),
])
def test_name_variants_share_a_match_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a,b", [
    ("Hogeschool van Amsterdam", "ROC van Amsterdam"), ("Koninklijke Marine", "Marechaussee"),
    ("UWV Zaanstreek/Waterland", "WSP Zaanstreek/Waterland"), ("Gemeente Hoorn", "Hoorn"),
    ("HHNK", "HHSK"), ("Hoogheemraadschap Hollands Noorderkwartier", "Hoogheemraadschap van "
                                                                     "Rijnland"),
])
def test_different_organisations_keep_different_keys(a, b):
    assert match_key(a) != match_key(b)


def test_every_shipped_alias_has_a_source():
    rows = read_aliases(resources.files("stakeholder_graph") / "data/names/aliases.csv")
    assert ("Port of Amsterdam", "Havenbedrijf Amsterdam") in [(a, b) for a, b, _ in rows]
    assert ("KLM", "Koninklijke Luchtvaart Maatschappij") in [(a, b) for a, b, _ in rows]
    assert all(source.strip() for _, _, source in rows)


def test_every_shipped_abbreviation_has_a_source():
    with (resources.files("stakeholder_graph") / "data/names/abbreviations.csv").open(
            encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert ("hoogheemraadschap hollands noorderkwartier", "hhnk") in [
        (r["long"], r["short"]) for r in rows]
    assert all(r["source"].strip() for r in rows)


def test_a_user_alias_line_needs_a_source(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("name,alias,source\nTechport,TP,\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2, column 'source': an alias line needs a source"):
        read_aliases(path)


@pytest.mark.parametrize("dataset", ["example", "crm-2026", "crm-heldout", "crm-third", "messy",
                                     "bad-ties"])
def test_matching_in_a_second_process_resolves_as_matching_in_turn(dataset, example, tmp_path,
                                                                   monkeypatch):
    # From PARALLEL_MATCHING new organisations on, names are matched in a forked process
    # while the relationships are resolved as if nothing merges, and again when something
    # does. Nodes, ties, claims, merges, review rows and problems must be those of
    # resolving in turn: with merges (the CRM exports), without (the example), and with
    # bad ties (problems kept, and their order).
    import stakeholder_graph.resolve as module

    data = Path(__file__).parent / "data" / "messy"
    path = {"example": example, "crm-2026": data / "crm-2026",
            "crm-heldout": data / "crm-heldout", "crm-third": data / "crm-third",
            "messy": data}.get(dataset)
    if path is None:
        path = tmp_path / "relaties.csv"
        path.write_text("source,target,type\nslug:a,slug:b,partner\nslug:a,slug:zz,partner\n"
                        "slug:b,slug:b,partner\n", encoding="utf-8")
        (tmp_path / "orgs.csv").write_text("id,name,kind\nslug:a,Alfa,Company\n"
                                           "slug:b,Alfa B.V.,Company\n", encoding="utf-8")
        orgs = read_path(tmp_path / "orgs.csv")
    else:
        orgs = None

    def resolved() -> tuple:
        batch = read_path(path, keep_problems=True)
        if orgs is not None:
            batch.extend(orgs)
        problems: list = []
        out = resolve(batch, problems=problems)
        return ({k: (n.kind, n.props, n.claims) for k, n in out.nodes.items()},
                {k: (e.props, e.claims) for k, e in out.edges.items()},
                out.merged, out.review, problems)

    monkeypatch.setattr(module, "PARALLEL_MATCHING", 10**9)
    in_turn = resolved()
    sent = []  # what the second process sent back (None if it failed)
    from stakeholder_graph.forked import Forked

    result = Forked.result
    monkeypatch.setattr(Forked, "result",
                        lambda job: sent.append(result(job)) or sent[-1])
    monkeypatch.setattr(module, "PARALLEL_MATCHING", 1)
    assert resolved() == in_turn
    assert len(sent) == 1 and sent[0].merged == in_turn[2]
    assert in_turn[2] or dataset in ("example", "bad-ties")  # the exports do merge
    assert in_turn[4] or dataset != "bad-ties"


@pytest.mark.parametrize("dataset", ["example", "messy", "bad"])
def test_files_read_in_a_second_process_are_the_files_read_in_turn(dataset, example, tmp_path,
                                                                   monkeypatch):
    # A dataset's smaller files are read in a forked process beside its biggest (above
    # ASIDE_BYTES): the batch must be the one reading them in turn gives, records,
    # provenance, problems, warnings and dropped columns in the same order.
    import shutil

    from stakeholder_graph.forked import Forked
    from stakeholder_graph.loaders import dataset as module
    from stakeholder_graph.loaders import read_path

    data = Path(__file__).parent / "data" / "messy"
    path = {"example": example, "messy": data}.get(dataset)
    if path is None:  # a file with a bad row, one not CSV at all
        path = tmp_path / "set"
        shutil.copytree(example, path)
        with (path / "organisaties.csv").open("a", encoding="utf-8") as fh:
            fh.write("slug:x,,Company\n")
        (path / "kapot.csv").write_bytes(b"\x00\x01PK")
        text = (path / "dataset.yaml").read_text(encoding="utf-8")
        (path / "dataset.yaml").write_text(
            text + "  - path: kapot.csv\n", encoding="utf-8")
    monkeypatch.setattr(module, "ASIDE_BYTES", 10**12)
    in_turn = read_path(path, keep_problems=True)
    sent = []
    result = Forked.result
    monkeypatch.setattr(Forked, "result", lambda job: sent.append(result(job)) or sent[-1])
    monkeypatch.setattr(module, "ASIDE_BYTES", 0)
    assert read_path(path, keep_problems=True) == in_turn
    assert len(sent) == 1 and sent[0]  # read there, not again here
    assert len(in_turn.problems) == 2 or dataset != "bad"


@pytest.mark.parametrize("lang,reason", [("nl", "namen lijken op elkaar"),
                                         ("en", "similar name")])
def test_the_review_file_says_why_in_its_language(tmp_path, lang, reason):
    from stakeholder_graph.merges import write_review

    path = write_review([{"id": "slug:vattenfal", "candidate_id": "slug:vattenfall",
                          "reason": "similar name", "score": 95.0}], tmp_path / "r.csv", lang)
    table = read_table(path)
    assert [record[table.headers[-2]] for _, record in table.records()] == [reason]


@pytest.mark.parametrize("dataset", ["example", "generated"])
def test_a_sheets_places_the_reference_gives_are_not_repeated(tmp_path, monkeypatch,
                                                              dataset):
    # A dataset's CBS reference gives the municipalities; its sheets' places no longer
    # repeat those records. The store must hold exactly what repeating them gave.
    import sys

    from stakeholder_graph.examples import example_path
    from stakeholder_graph.graph.sqlite_store import SQLiteStore
    from stakeholder_graph.loaders import dataset as dataset_module
    from stakeholder_graph.loaders import read_path

    if dataset == "example":
        folder = example_path()
    else:
        sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
        from generate import generate, write_dataset

        folder = tmp_path / "data"
        write_dataset(folder, *generate(300, 7))  # every municipality, some gone since
    fewer = read_path(folder)
    with SQLiteStore(tmp_path / "fewer.db") as store:
        store.load(fewer, at="2026-01-01T00:00:00.000000Z")
        expected = store.content_checksum(), [(r.key, r.kind, r.claims)
                                              for r in store.records()]
    plain = dataset_module.load_table
    monkeypatch.setattr(dataset_module, "load_table",
                        lambda *a, given_places=(), **k: plain(*a, **k))
    repeated = read_path(folder)
    assert len(repeated.nodes) > len(fewer.nodes)
    with SQLiteStore(tmp_path / "repeated.db") as store:
        store.load(repeated, at="2026-01-01T00:00:00.000000Z")
        assert (store.content_checksum(), [(r.key, r.kind, r.claims)
                                           for r in store.records()]) == expected


@pytest.mark.parametrize("headers,expected", [
    # Dynamics 365 "Export to Excel"
    ("(Do Not Modify) Account;Account Name;Relationship Type;KvK-nummer;Address 1: City;Website",
     {"name": "Account Name", "kind": "Relationship Type", "kvk": "KvK-nummer",
      "municipality": "Address 1: City", "website": "Website"}),
    # HubSpot's companies export
    ("Record ID;Company name;Type;City;Company Domain Name;Industry;Phone Number",
     {"name": "Company name", "kind": "Type", "municipality": "City",
      "website": "Company Domain Name", "sector": "Industry"}),
    # Salesforce accounts
    ("Account Name;Account Type;Billing City;Website;Description",
     {"name": "Account Name", "kind": "Account Type", "municipality": "Billing City",
      "website": "Website", "note": "Description"}),
    # a Dutch CRM
    ("Relatienaam;Relatietype;KvK nummer;BRIN_code;Vestigingsplaats;Webadres;Branche",
     {"name": "Relatienaam", "kind": "Relatietype", "kvk": "KvK nummer", "brin": "BRIN_code",
      "municipality": "Vestigingsplaats", "website": "Webadres", "sector": "Branche"}),
    # SuperOffice's companies: the place of the postal address, the only one exported
    ("Bedrijfsnaam;Bezoekadres - Adres 1;Postadres - Postcode;Postadres - Plaats;Categorie",
     {"name": "Bedrijfsnaam", "municipality": "Postadres - Plaats", "kind": "Categorie"}),
    # both addresses' places: the visiting address's, wherever it stands
    ("Naam;Postadres - Plaats;Bezoekadres - Plaats;Soort",
     {"name": "Naam", "municipality": "Bezoekadres - Plaats", "kind": "Soort"}),
    ("Company name;Mailing Address City;Visiting Address City;Type",
     {"name": "Company name", "municipality": "Visiting Address City", "kind": "Type"}),
    # an Airtable base's link to the organisation above
    ("Naam;Type;Plaats;Hoort bij",
     {"name": "Naam", "kind": "Type", "municipality": "Plaats", "parent": "Hoort bij"}),
    # a column of the place of its own goes before any address's
    ("Naam;Postadres plaats;Plaats;Soort",
     {"name": "Naam", "municipality": "Plaats", "kind": "Soort"}),
])
def test_the_headers_of_common_crm_exports_need_no_mapping(tmp_path, headers, expected):
    # The kind column holds kinds (a column of other words is not read as the kind: see
    # tests/test_guess_mapping.py).
    sheet = tmp_path / "export.csv"
    cells = ["Bedrijf" if h == expected.get("kind") else "x" for h in headers.split(";")]
    sheet.write_text(headers + "\n" + ";".join(cells) + "\n", encoding="utf-8")
    assert guess_mapping(read_table(sheet)).columns == expected


def test_a_crm_export_loads_without_a_mapping(tmp_path):
    sheet = tmp_path / "accounts.csv"
    sheet.write_text("Account Name;Relationship Type;Address 1: City;Website;Primary Contact\n"
                     "Port of Den Helder;Havenbedrijf;Den Helder;www.portofdenhelder.nl;"
                     "Contactpersoon (voorbeeld)\nTechniek Nederland;Brancheorganisatie;"
                     "Zoetermeer;;\nRegius College;Onderwijsinstelling;Schagen;;\n",
                     encoding="utf-8")
    batch = load_table(sheet)
    kinds = {n.props["name"]: n.kind for n in batch.nodes
             if n.kind not in ("Municipality", "Region")}
    assert kinds == {"Port of Den Helder": "Company", "Techniek Nederland": "Company",
                     "Regius College": "School"}
    assert [(d["column"], d["personal"]) for d in batch.dropped_columns] == [
        ("Primary Contact", True)]


def test_a_conflict_names_the_row_the_kept_value_came_from(tmp_path):
    # A municipality's first record is the CBS table's; its note came from row 2. The
    # review said the note was "in nl-gemeenten-regio/municipalities.csv".
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente;Notitie\nGemeente Hilversum;Overheid;"
                             "Hilversum;Media Park\nHilversum;Overheid;Hilversum;centrumgemeente\n")
    mapping = _mapping(tmp_path, ORG_MAPPING.replace("municipality: Gemeente}",
                                                     "municipality: Gemeente, note: Notitie}"))
    [row] = resolve(load_table(sheet, mapping, label="orgs.csv")).review
    assert row["reason"] == ("conflicting note: 'Media Park' in orgs.csv row 2, "
                             "'centrumgemeente' in orgs.csv row 3; the first is kept (correct "
                             "the source if it is wrong)")


def test_one_name_in_two_municipalities_is_said(tmp_path):
    # The same name in Velsen and Beverwijk is one organisation at two places (branches?),
    # or two of one name: kept, and said in the review file, in Dutch there.
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\nTechport;Bedrijf;Velsen\n"
                             "Techport;Bedrijf;Beverwijk\n")
    resolved = resolve(load_table(sheet, label="orgs.csv"))
    [row] = resolved.review
    assert (row["id"], row["candidate_id"]) == ("slug:techport", "slug:techport")
    assert row["reason"] == ("one name in 2 municipalities: Velsen (orgs.csv row 2), Beverwijk "
                             "(orgs.csv row 3); both are kept (branches?) — correct the source "
                             "if one is wrong")
    assert review_reason(row["reason"]) == (
        "één naam in 2 gemeenten: Velsen (orgs.csv rij 2), Beverwijk (orgs.csv rij 3); beide "
        "gehouden (vestigingen?) — verbeter de bron als er een niet klopt")


@pytest.mark.parametrize("header,cells,said", [
    ("Actief", ["checked", "", "checked", ""], 2),  # Airtable's checkbox: empty is off
    ("Gearchiveerd", ["checked", "", "", ""], 1),
    ("Actief", ["Ja", "", "Nee", "Ja"], 1),  # words: an empty cell says nothing
    ("Actief", ["checked", "checked", "checked", "checked"], 0),
])
def test_a_column_of_records_no_longer_active_is_counted(tmp_path, header, cells, said):
    sheet = tmp_path / "orgs.csv"
    rows = "".join(f"Bedrijf {n};Bedrijf;Hoorn;{c}\n" for n, c in zip("ABCD", cells, strict=True))
    sheet.write_text(f"Naam;Soort;Gemeente;{header}\n{rows}", encoding="utf-8")
    batch = load_table(sheet, label="orgs.csv")
    counted = [w for w in batch.warnings if "records no longer active" in w]
    assert counted == ([f"orgs.csv: column '{header}' says {said} row(s) are records no "
                        "longer active (archived); they are loaded as the others are (leave "
                        "them out of the export to leave them out)"] if said else [])
    assert len([n for n in batch.nodes if n.kind == "Company"]) == 4


def test_a_mapping_may_name_a_list_of_headers_read_in_order(tmp_path):
    # A board whose custom field "Organisatie" is filled on some cards only: the name is
    # that field where it is filled, the card's name elsewhere.
    from stakeholder_graph import api

    sheet = tmp_path / "kaarten.csv"
    sheet.write_text("Card Name;Organisatie;Plaats\n"
                     "Gesprek over BBL-plekken;Tergooi MC;Hilversum\n"
                     "Hilverzorg;;Hilversum\n"
                     "Werkgeversdag;  ;Hilversum\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns:\n  name: [Organisatie, Card Name]\n"
                       "  municipality: Plaats\ndefaults:\n  kind: bedrijf\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    assert result.problems == []
    assert not {d["column"] for d in result.dropped_columns} & {"Card Name", "Organisatie"}
    with api.open_store(str(tmp_path / "s.db")) as store:
        names = {n["name"] for n in store.nodes("Company")}
    assert names == {"Tergooi MC", "Hilverzorg", "Werkgeversdag"}


@pytest.mark.parametrize("columns,message", [
    ("  name: []\n", "'name' must name a header, or a list of headers"),
    ("  name: [Organisatie, '']\n", "'name' must name a header, or a list of headers"),
    ("  name: [Organisatie, Kaart]\n", "Kaart"),
])
def test_a_mapping_list_of_headers_is_checked(tmp_path, columns, message):
    from stakeholder_graph import api

    sheet = tmp_path / "kaarten.csv"
    sheet.write_text("Card Name;Organisatie\nHilverzorg;\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns:\n" + columns, encoding="utf-8")
    with pytest.raises(LoadProblems, match=re.escape(message)):
        api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    ties = tmp_path / "t.yaml"
    ties.write_text("table: relationships\ncolumns:\n  source: [Van, From]\n  target: Naar\n",
                    encoding="utf-8")
    with pytest.raises(LoadProblems, match="a list of headers is read for organisations only"):
        api.load([sheet], tmp_path / "t.db", mapping=ties, lang="en")


def test_invalid_yaml_names_its_line_and_why_quotes_are_needed(tmp_path):
    # Found on the thirty-third and thirty-fourth lists: Google's labels as keys
    # ("Gemeenten ::: * myContacts") broke the mapping with "while scanning an alias", and
    # a slip elsewhere with "mapping values are not allowed here", neither with its line.
    from stakeholder_graph import api

    sheet = tmp_path / "a.csv"
    sheet.write_text("Naam\nTechport\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("table: organisations\ncolumns:\n  name: Naam\nvalues:\n  kind:\n"
                       "    Gemeenten ::: * myContacts: gemeente\n", encoding="utf-8")
    for lang, said in (("en", "invalid YAML at line 6: while scanning an alias"),
                       ("nl", "ongeldige YAML op regel 6: while scanning an alias")):
        with pytest.raises(LoadProblems) as caught:
            api.load([sheet], tmp_path / f"{lang}.db", mapping=mapping, lang=lang)
        problem = caught.value.problems[0]["problem"]
        assert problem.startswith(said)
        assert '"* myContacts"' in problem
