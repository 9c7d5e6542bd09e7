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
    read_path,
)
from stakeholder_graph.loaders.duo import infer_level, read_institutions
from stakeholder_graph.loaders.tables import read_table
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
