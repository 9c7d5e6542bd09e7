"""A guessed mapping reads a CRM export as the user means it: the kind column is chosen by
its words (a CRM "Type" of relationship stages is not the kind), the kind comes from an
industry where its label says it (else Company, said once), a problem that repeats is one
line on screen, and the person responsible for a record is personal data."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import LoadProblems
from stakeholder_graph.loaders import load_table
from stakeholder_graph.loaders.messages import translate_suggestion, translate_warning
from stakeholder_graph.loaders.reading import is_personal_header, problem_lines
from stakeholder_graph.loaders.tables import read_table
from stakeholder_graph.loaders.tabular import NOT_A_KIND_COLUMN, guess_mapping, industry_kind

ORGS = ("Company", "School", "PublicBody", "Municipality", "Campus")

HUBSPOT = (
    "Record ID,Company name,Type,Industry,City,Company owner,Number of Associated Contacts\r\n"
    "1,Gemeente Hoorn,Partner,Government Administration,Hoorn,Accountmanager 1,3\r\n"
    "2,Veiligheidsregio Noord-Holland Noord,Other,Public Safety,Alkmaar,Accountmanager 1,1\r\n"
    "3,Hogeschool Inholland,Prospect,Higher Education,Alkmaar,Accountmanager 2,2\r\n"
    "4,Horizon College,Partner,Education Management,Alkmaar,Accountmanager 2,0\r\n"
    "5,Tata Steel,Vendor,Mining & Metals,Velsen,Accountmanager 1,4\r\n"
    "6,TNO,Partner,Research,Den Helder,Accountmanager 1,1\r\n"
    "7,Damen Shipyards,Customer,,Den Helder,Accountmanager 2,0\r\n"
    "8,Port of Den Helder,,Maritime,Den Helder,Accountmanager 2,0\r\n"
)

SALESFORCE = (
    "Account Name;Account Type;Industry;Billing City;Account Owner;Created By\r\n"
    "Provincie Noord-Holland;Customer - Direct;Government;Haarlem;Eigenaar 1;Gebruiker 1\r\n"
    "Regius College;Customer - Channel;Education;Schagen;Eigenaar 1;Gebruiker 1\r\n"
    "Techniek Nederland;Channel Partner / Reseller;Not For Profit;Alkmaar;Eigenaar 2;"
    "Gebruiker 1\r\n"
    "Bosch Rexroth;Installation Partner;Machinery;Boxtel;Eigenaar 2;Gebruiker 2\r\n"
    "Microsoft Nederland;Technology Partner;Technology;Amsterdam;Eigenaar 2;Gebruiker 2\r\n"
    "Hygro;Prospect;;Hoorn;Eigenaar 1;Gebruiker 2\r\n"
    "Stichting Techport;Other;Education;Beverwijk;Eigenaar 1;Gebruiker 2\r\n"
)


def _sheet(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def _kinds(batch) -> dict[str, str]:
    return {n.props.get("name"): n.kind for n in batch.nodes if n.kind in ORGS
            and n.origin is not None and n.origin.row is not None}


def test_a_hubspot_type_of_relationship_stages_is_not_the_kind(tmp_path):
    batch = load_table(_sheet(tmp_path, HUBSPOT), label="companies.csv")
    assert batch.problems == []
    assert _kinds(batch) == {
        "Hoorn": "Municipality",  # "Gemeente Hoorn", a public body: the municipality itself
        "Veiligheidsregio Noord-Holland Noord": "PublicBody",
        "Hogeschool Inholland": "School", "Horizon College": "School",
        "Tata Steel": "Company", "Damen Shipyards": "Company", "Port of Den Helder": "Company",
        # Research says no kind: research institutes and R&D firms are no schools.
        "TNO": "Company"}
    dropped = {d["column"]: d["personal"] for d in batch.dropped_columns}
    assert dropped == {"Record ID": False, "Type": False, "Company owner": True,
                       "Number of Associated Contacts": False}
    warnings = [w for w in batch.warnings if w.startswith("companies.csv: ")]
    # First what was read, in a mapping's words: a mapping that names these reads the same.
    assert warnings.pop(0) == (
        "companies.csv: columns read by their headers: name: 'Company name', sector: "
        "'Industry', kind: 'Industry', municipality: 'City' (to read another, name it under "
        "columns: in a mapping)")
    assert warnings[:2] == [
        "companies.csv: column 'Type' not read as the kind: 7 of its 7 filled cells (Partner, "
        "Other, Prospect, Vendor, Customer) are no kind of organisation (the stage of the "
        "relationship, it seems); to read it, map it under columns: kind: and its words "
        "under values: kind:",
        "companies.csv: the kind of organisation taken from column 'Industry' where it says "
        "it (Government Administration, Public Safety → PublicBody; Higher Education, "
        "Education Management → School); the other 4 row(s) loaded as a Company (the usual "
        "kind of a CRM account); map a kind column, or give values: kind:, to say otherwise"]
    # The industry is the sector where a kind has one; a School's "Higher Education" gave
    # its kind, so it is not said to be left out.
    assert not any("left out in" in w for w in batch.warnings)
    sectors = {n.props["name"]: n.props.get("sector") for n in batch.nodes
               if n.kind in ("Company", "PublicBody")}
    assert sectors["Tata Steel"] == "Mining & Metals"
    assert sectors["Veiligheidsregio Noord-Holland Noord"] == "Public Safety"
    assert not any("Accountmanager" in str(n.props) for n in batch.nodes)


def test_the_guessed_warnings_in_dutch():
    assert translate_warning(
        "companies.csv: column 'Type' not read as the kind: 7 of its 7 filled cells (Partner, "
        "Other) are no kind of organisation (the stage of the relationship, it seems); to "
        "read it, map it under columns: kind: and its words under values: kind:") == (
        "companies.csv: kolom 'Type' niet gelezen als de soort: 7 van de 7 gevulde cellen "
        "(Partner, Other) zijn geen soort organisatie (het lijkt de stand van de relatie); om "
        "hem toch te lezen: koppel hem onder columns: kind: en vertaal zijn woorden onder "
        "values: kind:")
    assert translate_warning(
        "companies.csv: the kind of organisation taken from column 'Industry' where it says "
        "it (Government Administration → PublicBody; Higher Education → School); the other 4 "
        "row(s) loaded as a Company (the usual kind of a CRM account); map a kind column, or "
        "give values: kind:, to say otherwise") == (
        "companies.csv: soort organisatie genomen uit kolom 'Industry' waar die het zegt "
        "(Government Administration → publieke organisatie; Higher Education → "
        "onderwijsinstelling); de andere 4 rij(en) geladen als bedrijf (de gewone soort van "
        "een CRM-account); koppel een kolom aan kind, of geef values: kind:, om het anders te "
        "zeggen")
    assert translate_warning(
        "a.csv: no column says the kind of organisation (nor does 'Branche'): all 3 row(s) "
        "loaded as a Company (the usual kind of a CRM account); map a kind column, or give "
        "defaults: kind:") == (
        "a.csv: geen kolom zegt de soort organisatie (ook 'Branche' niet): alle 3 rij(en) "
        "geladen als bedrijf (de gewone soort van een CRM-account); koppel een kolom aan "
        "kind, of geef defaults: kind:")


def test_a_salesforce_account_type_of_stages_loads_with_kinds_from_the_industry(tmp_path):
    batch = load_table(_sheet(tmp_path, SALESFORCE), label="accounts.csv")
    assert batch.problems == []
    assert _kinds(batch) == {
        "Provincie Noord-Holland": "PublicBody", "Regius College": "School",
        "Techniek Nederland": "Company", "Bosch Rexroth": "Company",
        "Microsoft Nederland": "Company", "Hygro": "Company",
        "Stichting Techport": "School"}
    dropped = {d["column"]: d["personal"] for d in batch.dropped_columns}
    assert dropped == {"Account Type": False, "Account Owner": True, "Created By": True}
    assert any("column 'Account Type' not read as the kind: 7 of its 7 filled cells" in w
               for w in batch.warnings)


def test_a_stage_type_and_no_industry_is_a_company_said_once(tmp_path):
    sheet = _sheet(tmp_path, "Company name,Type,City\r\nKLM,Partner,Amstelveen\r\n"
                             "Tata Steel,Prospect,Velsen\r\nHygro,,Hoorn\r\n")
    batch = load_table(sheet, label="companies.csv")
    assert batch.problems == []
    assert set(_kinds(batch).values()) == {"Company"} and len(_kinds(batch)) == 3
    assert [w for w in batch.warnings if "kind of organisation" in w] == [
        "companies.csv: column 'Type' not read as the kind: 2 of its 2 filled cells (Partner, "
        "Prospect) are no kind of organisation (the stage of the relationship, it seems); to "
        "read it, map it under columns: kind: and its words under values: kind:",
        "companies.csv: no column says the kind of organisation: all 3 row(s) loaded as a "
        "Company (the usual kind of a CRM account); map a kind column, or give defaults: "
        "kind:"]


def test_an_industry_that_never_says_the_kind_is_a_company_and_the_sector(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Branche;Gemeente\r\nKLM;Luchtvaart;Haarlemmermeer\r\n"
                             "Tata Steel;Staal;Velsen\r\n")
    batch = load_table(sheet, label="orgs.csv")
    assert {n.props["name"]: (n.kind, n.props.get("sector")) for n in batch.nodes
            if n.kind == "Company"} == {"KLM": ("Company", "Luchtvaart"),
                                        "Tata Steel": ("Company", "Staal")}
    assert "orgs.csv: no column says the kind of organisation (nor does 'Branche'): all 2 " \
           "row(s) loaded as a Company (the usual kind of a CRM account); map a kind " \
           "column, or give defaults: kind:" in batch.warnings


@pytest.mark.parametrize("header", ["Type", "Account Type", "Relatietype", "Soort"])
def test_a_real_kind_column_is_still_the_kind(tmp_path, header):
    sheet = _sheet(tmp_path, f"Naam;{header};Branche;Gemeente\r\n"
                             "KLM;Bedrijf;Luchtvaart;Haarlemmermeer\r\n"
                             "Regius College;Onderwijsinstelling;Onderwijs;Schagen\r\n"
                             "UWV;Overheidsinstelling;Overheid;Amsterdam\r\n"
                             "Hygro;Prospect;Techniek;Hoorn\r\n")
    mapping = guess_mapping(read_table(sheet))
    assert mapping.columns["kind"] == header and mapping.notes == []
    with pytest.raises(LoadProblems) as caught:  # the one stage word is the row's problem
        load_table(sheet, label="orgs.csv")
    [problem] = caught.value.problems
    assert (problem["row"], problem["column"], problem["code"]) == (5, header, "unknown_kind")
    batch = load_table(sheet, label="orgs.csv", keep_problems=True)
    assert _kinds(batch) == {"KLM": "Company", "Regius College": "School",
                             "UWV": "PublicBody"}


def test_a_kind_column_of_typos_is_still_the_kind_and_its_typos_are_problems(tmp_path):
    rows = "".join(f"Windpark {i};Bedrjf;Hoorn\r\n" for i in range(5))
    sheet = _sheet(tmp_path, "Naam;Soort;Gemeente\r\nKLM;Bedrijf;Haarlemmermeer\r\n" + rows)
    assert guess_mapping(read_table(sheet)).columns["kind"] == "Soort"
    with pytest.raises(LoadProblems) as caught:
        load_table(sheet, label="orgs.csv")
    assert len(caught.value.problems) == 5
    assert all("'bedrijf'" in p["problem_en"] for p in caught.value.problems)


def test_a_mapped_kind_column_of_stages_says_it_does_not_look_like_a_kind(tmp_path):
    sheet = _sheet(tmp_path, HUBSPOT)
    mapping = {"table": "organisations",
               "columns": {"name": "Company name", "kind": "Type", "municipality": "City"}}
    problems = api.load_problems(_raise(sheet, mapping), "en")
    assert {p["code"] for p in problems} == {"unknown_kind", "no_kind_in_row"}
    other = next(p for p in problems if p["value"] == "Other")
    assert other["problem"] == ("unknown kind 'Other': column 'Type' does not look like a kind "
                                "of organisation (7 of its 7 filled cells are no kind)")
    assert other["suggestion"] == NOT_A_KIND_COLUMN
    assert not any("Theme" in str(p["problem"]) + str(p["suggestion"]) for p in problems)
    [dutch] = [p for p in api.load_problems(_raise(sheet, mapping), "nl")
               if p["value"] == "Other"]
    assert dutch["problem"] == ("onbekende soort 'Other': kolom 'Type' lijkt geen soort "
                                "organisatie te bevatten (7 van de 7 gevulde cellen zijn geen "
                                "soort)")
    assert dutch["suggestion"] == translate_suggestion(NOT_A_KIND_COLUMN) == (
        "vertaal zijn woorden onder values: kind:, of laat de kolom weg en geef defaults: "
        "kind: (bijv. Company)")


def _raise(sheet: Path, mapping: dict) -> Exception:
    from stakeholder_graph.loaders.tabular import parse_mapping

    try:
        load_table(sheet, parse_mapping(mapping), label="companies.csv")
    except LoadProblems as exc:
        return exc
    raise AssertionError("expected problems")


def test_a_problem_that_repeats_is_one_line_on_screen_and_every_row_in_the_report(tmp_path):
    sheet = _sheet(tmp_path, "Naam;Soort\r\n" + "".join(f"X {i};Partner\r\n"
                                                        for i in range(30)) + "Y;Bedrjf\r\n")
    with pytest.raises(LoadProblems) as caught:
        load_table(sheet, parse_or_none(), label="orgs.csv")
    problems = caught.value.problems
    assert len(problems) == 31
    lines = problem_lines(problems, "en")
    assert lines == [
        "orgs.csv, rows 2, 3, 4, 5, 6, … (30 rows), column 'Soort': unknown kind 'Partner': "
        "column 'Soort' does not look like a kind of organisation (30 of its 31 filled cells "
        "are no kind)",
        "orgs.csv, row 32, column 'Soort': unknown kind 'Bedrjf' (did you mean 'bedrijf'?); "
        "expected one of Company, School, Municipality, PublicBody, Campus, Region, Theme, "
        "Programme, Event, Person (or map it under values: kind:)"]
    assert problem_lines(problems, "nl")[0].startswith(
        "orgs.csv, rijen 2, 3, 4, 5, 6, … (30 rijen), kolom 'Soort': onbekende soort 'Partner'")
    report = api.write_error_report(problems, tmp_path / "errors.csv")
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 32


def parse_or_none():
    from stakeholder_graph.loaders.tabular import parse_mapping

    return parse_mapping({"columns": {"name": "Naam", "kind": "Soort"}})


@pytest.mark.parametrize("header,personal", [
    ("Company owner", True), ("Account Owner", True), ("Contact owner", True),
    ("HubSpot Owner", True), ("Owner", True), ("Eigenaar", True), ("Accountmanager", True),
    ("Accounthouder", True), ("Relatiebeheerder", True), ("Created by", True),
    ("Aangemaakt door", True), ("Last modified by", True), ("Gewijzigd door", True),
    ("Contactpersoon", True), ("Phone Number", True), ("Geboortedatum", True),
    ("Number of Associated Contacts", False), ("Aantal contactpersonen", False),
    ("Last Contacted", False), ("Laatste contact", False), ("Ownership", False),
    ("Create Date", False), ("Last Modified Date", False), ("Record ID", False),
])
def test_the_person_responsible_is_personal_data_and_a_count_of_contacts_is_not(header,
                                                                               personal):
    assert is_personal_header(header) is personal


@pytest.mark.parametrize("label,kind", [
    ("Government Administration", "PublicBody"), ("GOVERNMENT_ADMINISTRATION", "PublicBody"),
    ("Public Policy", "PublicBody"), ("Law Enforcement", "PublicBody"),
    ("Military", "PublicBody"), ("International Affairs", "PublicBody"),
    ("Higher Education", "School"), ("Primary/Secondary Education", "School"),
    ("Education Management", "School"), ("Overheid", "PublicBody"), ("Onderwijs", "School"),
    ("Research", None), ("E-Learning", None), ("Government Relations", None),
    ("Airlines/Aviation", None), ("Thema", None), ("", None),
])
def test_an_industry_says_the_kind_only_when_it_clearly_does(label, kind):
    assert industry_kind(label) == kind


def test_the_cli_loads_a_hubspot_export_without_a_mapping_and_says_why(tmp_path):
    sheet = _sheet(tmp_path, HUBSPOT, "companies.csv")
    store = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["--store", store, "load", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "Let op: " in result.output
    assert "kolom 'Type' niet gelezen als de soort: 7 van de 7 gevulde cellen" in result.output
    assert "soort organisatie genomen uit kolom 'Industry' waar die het zegt " \
           "(Government Administration, Public Safety → publieke organisatie; " in result.output
    assert "Niet geladen: kolom 'Company owner' (persoonsgegevens: bewust niet geladen)" \
        in result.output
    assert "Niet geladen: kolom 'Number of Associated Contacts' (kolomnaam niet herkend)" \
        in result.output
    english = CliRunner().invoke(cli, ["--store", str(tmp_path / "e.db"), "load", str(sheet),
                                       "--lang", "en"])
    assert english.exit_code == 0, english.output
    assert "Warning: " in english.output and "column 'Type' not read as the kind" \
        in english.output
    assert "the other 4 row(s) loaded as a Company" in english.output
    with api.open_store(store) as opened:
        kinds = {n["name"]: n["kind"] for n in opened.nodes() if n["kind"] in ORGS}
    assert kinds["Hogeschool Inholland"] == "School"
    assert kinds["Veiligheidsregio Noord-Holland Noord"] == "PublicBody"
    assert kinds["Damen Shipyards"] == "Company"


def test_a_relationship_sheet_guess_is_unchanged(tmp_path):
    sheet = _sheet(tmp_path, "Van;Naar;Relatie\r\nKLM;Tata Steel;Partner\r\n")
    mapping = guess_mapping(read_table(sheet))
    assert (mapping.table, mapping.columns, mapping.notes) == (
        "relationships", {"source": "Van", "target": "Naar", "type": "Relatie"}, [])


def _two_sheets(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Export van de accounts van het werkgeversservicepunt."])
    sheet = book.create_sheet("Accounts")
    for row in (["Account Name", "Relationship Type", "Address 1: City", "Parent Account",
                 "Owner"],
                ["Amaris Gooizicht", "Customer", "Hilversum", "Amaris Zorggroep", "Team Zorg"],
                ["Amaris Zorggroep", "Customer", "Huizen", None, "Team Zorg"],
                ["Gemeente Huizen", "Overheid", "Huizen", None, "Teamleider"]):
        sheet.append(row)
    book.save(folder / "accounts.xlsx")
    return folder / "accounts.xlsx"


def test_a_mapping_without_columns_reads_the_headers_with_its_own_words(tmp_path):
    # A mapping that names the sheet, the source and its words for kinds, and no columns:
    # the headers are read as without a mapping ("no column for the organisation's name"
    # before), and the mapping's words make "Relationship Type" the kind column.
    mapping = tmp_path / "accounts.yaml"
    mapping.write_text("sheet: Accounts\nsource_name: dynamics\nvalues:\n  kind:\n"
                       "    Customer: Company\n    Overheid: PublicBody\n"
                       "defaults:\n  source: CRM-export WSP (illustratief)\n", encoding="utf-8")
    batch = load_table(_two_sheets(tmp_path), mapping=mapping, label="accounts.xlsx")
    assert batch.problems == []
    assert batch.sources == {"accounts.xlsx": "dynamics"}
    kinds = {n.props["name"]: n.kind for n in batch.nodes}
    assert {k: kinds[k] for k in ("Amaris Gooizicht", "Amaris Zorggroep", "Huizen")} == {
        "Amaris Gooizicht": "Company", "Amaris Zorggroep": "Company", "Huizen": "Municipality"}
    assert {n.props.get("source") for n in batch.nodes if n.kind == "Company"} == {
        "CRM-export WSP (illustratief)"}
    assert [d["column"] for d in batch.dropped_columns] == ["Owner"]
    assert batch.parents == {"slug:amaris-gooizicht": ["Amaris Zorggroep"]}


def test_a_mapping_without_columns_or_words_says_why_a_column_is_not_the_kind(tmp_path):
    mapping = tmp_path / "accounts.yaml"
    mapping.write_text("sheet: Accounts\n", encoding="utf-8")
    result = api.load([_two_sheets(tmp_path)], tmp_path / "s.db", mapping=mapping, lang="en")
    assert result.problems == []
    assert any("column 'Relationship Type' not read as the kind: 2 of its 3 filled cells "
               "(Customer) are no kind" in w for w in result.warnings)


def _located(db: Path) -> dict[str, str]:
    with api.open_store(str(db)) as store:
        names = {n["id"]: n.get("name") for n in store.nodes()}
        return {names[e["start"]]: names[e["end"]] for e in store.edges("LOCATED_IN")}


def test_a_whole_address_in_the_place_column_gives_its_place(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text(
        "Naam;Soort;Adres\n"
        'Schiphol;Bedrijf;"Evert van de Beekstraat 202, 1118 CP Schiphol, Nederland"\n'
        'Tata Steel;Bedrijf;"Wenckebachstraat 1, 1951 JZ Velsen-Noord"\n'
        'Techport;Bedrijf;"IJmuiden, Nederland"\n'
        'Bijenkorf;Bedrijf;"Dam 1, Amsterdam"\n'
        'Nergens BV;Bedrijf;"Hoofdstraat 1, 9999 ZZ Nergenshuizen"\n', encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert _located(tmp_path / "s.db") == {"Schiphol": "Haarlemmermeer", "Tata Steel": "Velsen",
                                           "Techport": "Velsen", "Bijenkorf": "Amsterdam"}
    warnings = "\n".join(result.warnings)
    # (Four, until a place with its province or country after a comma was read as the
    # place: "IJmuiden, Nederland" is no address since.)
    assert "3 place(s) read from an address: 'Evert van de Beekstraat 202, 1118 CP Schiphol, " \
           "Nederland' → Schiphol; 'Wenckebachstraat 1, 1951 JZ Velsen-Noord' → Velsen-Noord; " \
           "'Dam 1, Amsterdam' → Amsterdam" in warnings
    # An address whose place no table knows: the row is kept without one, and said.
    assert "1 place(s) the municipality table does not know, loaded without a municipality: " \
           "'Hoofdstraat 1, 9999 ZZ Nergenshuizen'" in warnings


def test_a_crm_record_type_before_each_header_is_left_out_but_its_id_is_no_id(tmp_path):
    # Pipedrive: "Organization - Name", "Organization - Labels", the address's parts.
    sheet = tmp_path / "organizations-1-1.csv"
    sheet.write_text(
        "Organization - Name,Organization - Labels,Organization - Address,"
        "Organization - Website,Organization - ID\n"
        'KLM,"Werkgever, Warm lead","Amsterdamseweg 55, 1182 GP Amstelveen, Nederland",'
        "klm.nl,1066\n"
        'Nova College,"Onderwijs, Netwerkpartner","Zijlweg 245, 2015 CK Haarlem, Nederland",'
        ",1067\n"
        'Gemeente Velsen,"Gemeente, Overheid","Dudokplein 1, 1971 EN IJmuiden",,1068\n',
        encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert [d["column"] for d in result.dropped_columns] == ["Organization - ID"]
    with api.open_store(str(tmp_path / "s.db")) as store:
        kinds = {n.get("name"): (n["id"], n["kind"]) for n in store.nodes()}
    assert kinds["KLM"] == ("slug:klm", "Company")
    assert kinds["Nova College"][1] == "School"
    assert kinds["Velsen"] == ("cbs:GM0453", "Municipality")
    assert _located(tmp_path / "s.db")["KLM"] == "Amstelveen"


def test_labels_of_two_kinds_in_one_cell_ask_which(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam,Labels\nHogeschool X,\"Onderwijs, Overheid\"\nKLM,Werkgever\n",
                     encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "s.db", lang="en")
    assert [p["problem"] for p in caught.value.problems] == [
        "labels of several kinds in one cell 'Onderwijs, Overheid': PublicBody and School; "
        "say which under values: kind: (for example 'Onderwijs, Overheid': PublicBody)"]


def test_a_list_of_names_and_places_loads_as_companies_and_says_so(tmp_path):
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Naam;Plaats\nTechport;Velsen\nBoon Edam;Edam-Volendam\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    assert any("no column says the kind of organisation: all 2 row(s) loaded as a Company"
               in w for w in result.warnings)
    # A mapping that names no columns and gives its own default kind: that is not said.
    mapping = tmp_path / "m.yaml"
    mapping.write_text("defaults:\n  kind: PublicBody\n", encoding="utf-8")
    result = api.load([sheet], tmp_path / "t.db", mapping=mapping, lang="en")
    assert not any("no column says the kind" in w for w in result.warnings)
    with api.open_store(str(tmp_path / "t.db")) as store:
        assert {n["name"] for n in store.nodes("PublicBody")} == {"Techport", "Boon Edam"}


def test_an_email_on_a_sheet_of_organisations_is_left_out_as_personal_data(tmp_path):
    # A registration report: the registrant's "Email" beside the organisation typed in.
    # No organisation has an e-mail, so the column is left out and said to be personal,
    # not read and then dropped for every kind.
    sheet = tmp_path / "aanmeldingen.csv"
    sheet.write_text("First Name;Email;Organization;Industry\n"
                     "anoniem;info@techport.nl;Techport;\n"
                     "anoniem;info@gemeentehoorn.nl;Gemeente Hoorn;Overheid\n",
                     encoding="utf-8")
    result = api.load([sheet], tmp_path / "s.db", lang="en")
    assert result.problems == []
    warnings = "\n".join(result.warnings)
    assert "no property 'email'" not in warnings
    assert "columns read by their headers: name: 'Organization', sector: 'Industry', " \
        "kind: 'Industry'" in warnings
    assert {d["column"]: d["personal"] for d in result.dropped_columns} == {
        "First Name": True, "Email": True}
    # A kind column that says of a row that it is a contact person: the e-mail is theirs.
    people = tmp_path / "relaties.csv"
    people.write_text("Naam;Soort;E-mail\nTechport;bedrijf;\n"
                      "Contact Techport;contactpersoon;contact@example.org\n", encoding="utf-8")
    result = api.load([people], tmp_path / "t.db", lang="en")
    assert "E-mail" not in {d["column"] for d in result.dropped_columns}
    with api.open_store(str(tmp_path / "t.db")) as store:
        assert [n.get("email") for n in store.nodes("Person")] == ["contact@example.org"]


def test_a_column_not_read_as_the_kind_is_not_called_unrecognised(tmp_path):
    # "Relationship Type" says kind, and was weighed as the kind: the summary points at
    # the warning that says why it was not read, not at an unknown header.
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load",
                                      str(_two_sheets(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "Niet geladen: kolom 'Relationship Type' (geen soort organisatie, zie 'Let op')" \
        in result.output
    assert "Niet geladen: kolom 'Owner' (persoonsgegevens: bewust niet geladen)" in result.output


def test_labels_without_a_kind_name_their_labels(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text('Naam,Soort\nKLM,"partner, SROI"\nTNO,Bedrijf\nNS,Bedrijf\n',
                     encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "s.db")
    assert [p["problem"] for p in caught.value.problems] == [
        "geen soort in de labels 'partner, SROI': geen van 'partner', 'SROI' noemt een soort "
        "organisatie; vertaal er een onder values: kind:"]


def test_a_mapping_that_names_some_columns_but_not_the_name_says_which_header_it_would_be(
        tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Tags;Plaats\nKLM;werkgever;Amstelveen\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns:\n  kind: Tags\n", encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "s.db", mapping=mapping, lang="en")
    assert caught.value.problems[0]["problem"].endswith(
        "(the sheet's columns are: Naam, Tags, Plaats); 'Naam' looks like it: a mapping that "
        "names columns reads only those (leave columns: out to have the headers read)")


def test_a_word_mapped_to_no_kind_gives_the_default_as_an_empty_cell_does(tmp_path):
    # Teamleader tags: "import-2019" says no kind. Mapped to nothing, its rows are as rows
    # without a kind: the default kind, and a row named as a municipality is that one.
    sheet = tmp_path / "bedrijven.csv"
    sheet.write_text("Naam;Tags;Plaats\nPurmerend;import-2019;Purmerend\n"
                     "Forbo Flooring;import-2019;Zaanstad\nKLM;werkgever;Amstelveen\n",
                     encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns:\n  name: Naam\n  kind: Tags\n  municipality: Plaats\n"
                       "values:\n  kind:\n    import-2019:\ndefaults:\n  kind: Company\n",
                       encoding="utf-8")
    batch = load_table(sheet, mapping=mapping, label="bedrijven.csv")
    kinds = {n.props["name"]: (n.id, n.kind) for n in batch.nodes}
    assert kinds["Purmerend"] == ("cbs:GM0439", "Municipality")
    assert kinds["Forbo Flooring"][1] == kinds["KLM"][1] == "Company"


# --- Messages a user found unclear on the tenth list (tests/data/messy/crm-tenth) ---------

def test_a_municipality_whose_name_is_ambiguous_says_so_not_that_its_id_is_wrong(tmp_path):
    # "Gemeente Bergen" without a place: Bergen (L.) or Bergen (NH.). It said "id
    # 'slug:gemeente-bergen' cannot name a Municipality: use cbs:", in the KvK column.
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Plaats;KvK-nummer\nGemeente Bergen;Gemeente;;\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load", str(sheet)])
    assert result.exit_code != 0
    assert "rij 2, kolom 'Naam': gemeente 'Bergen' is dubbelzinnig: 'Bergen (L.)' of " \
           "'Bergen (NH.)'; schrijf de naam met het achtervoegsel van de provincie, of geef " \
           "de provincie van de dataset" in result.output
    assert "cbs:" not in result.output
    other = tmp_path / "other.csv"
    other.write_text("Naam;Soort\nGemeente Nergenshuizen;Gemeente\n", encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([other], tmp_path / "t.db", lang="en")
    assert caught.value.problems[0]["problem"].startswith(
        "unknown municipality 'Nergenshuizen'")
    assert caught.value.problems[0]["column"] == "Naam"


def test_an_unknown_kind_lists_the_kinds_in_dutch(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort\nX;Bedrijf\nY;Netwerkpartner\nZ;Overheid\n",
                     encoding="utf-8")
    with pytest.raises(LoadProblems) as caught:
        api.load([sheet], tmp_path / "s.db")
    assert caught.value.problems[0]["problem"] == (
        "onbekende soort 'Netwerkpartner'; verwacht een van bedrijf, onderwijsinstelling, "
        "gemeente, publieke organisatie, campus / PPS, regio, thema, programma, bijeenkomst "
        "of persoon (of vertaal het woord onder values: kind:, zonder iets erachter als het "
        "geen soort noemt: 'Netwerkpartner':)")


def test_an_address_column_beside_a_place_column_is_named_as_such(tmp_path):
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Naam;Soort;Vestigingsadres;Woonplaats\nTata Steel;Bedrijf;"
                     "Wenckebachstraat 1;Velsen\nNRG;Bedrijf;Westerduinweg 3;PETTEN\n"
                     "Andijk Bouw;Bedrijf;;ANDIJK\nKaas Andijk;Bedrijf;;Andijk\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "Niet geladen: kolom 'Vestigingsadres' (een adres: de plaats komt uit een eigen " \
           "kolom)" in result.output
    # One old municipality written in two ways is said once.
    assert result.output.count("Andijk") + result.output.count("ANDIJK") == 1, result.output
