"""Write the twenty-second held-out organisation list: a SharePoint list exported to Excel,
and truth.csv beside this script.

    python tests/data/messy/crm-twentysecond/maak_export.py

The list: a Microsoft SharePoint (Microsoft Lists) list "Partners RIF-aanvraag en
Techniekpact" on the team site of a programme team of Zaanstreek-Waterland and Amstelland
(Zaanstad, Purmerend, Edam-Volendam, Waterland, Landsmeer, Oostzaan, Wormerland, Amstelveen,
Aalsmeer, Uithoorn, Ouder-Amstel; illustrative: no real programme team is named). The team
keeps in it the partners of a RIF application (Regionaal Investeringsfonds mbo, first round,
spring 2024) and of the regional Techniekpact (second round, 2025, with a few rows added in
early 2026). Team members added rows over two years, each typing the organisation in
"Title" their own way, so an organisation stands in the list more than once: in full,
abbreviated, in small letters, with its legal form, with a department or a location, in
English, under a former name; some rows have no or the wrong "Gemeente", a place instead
of the municipality, or the kind chosen oddly.

The export: the list's view "Alle partners" exported with "Export → Export to Excel", the
query file (query.iqy) opened in Excel and the workbook saved as "Partners
RIF-aanvraag en Techniekpact.xlsx" (the name of the list). One sheet, "owssvr" (the name
Excel gives a sheet filled from query.iqy), the header in row 1 and one row per list item in
the order of the items' ID (the order they were added); the rows stand in an Excel table.
The view's columns, as SharePoint names them (the site was made in English, so the built-in
columns have their English names; the team's own columns are Dutch):

- "Title": the built-in title column, kept as the organisation (required, so never empty);
- "Type organisatie": a choice column. It was made in the first round with English choices
  ("Company", "Education", "Government", "Healthcare", "Industry association", "Other") and
  its choices were put into Dutch for the second round ("Bedrijf", "Onderwijsinstelling",
  "Overheid", "Zorginstelling", "Brancheorganisatie", "Anders"); SharePoint does not rewrite
  the items already stored, so the first round's rows still hold the English values (as
  remembered of how choice columns behave, not checked in a stored source). Not required:
  a few rows left it empty. A municipality is "Overheid" ("Government"): the list has no
  choice "Gemeente";
- "Gemeente": single line of text, typed (a village, a former municipality, a municipality
  outside the region, or nothing);
- "KvK-nummer": single line of text. No KvK number of these organisations was verified in a
  stored source for this list, so none is written: the column is empty but for "n.v.t." and
  "volgt" that team members typed;
- "Rol in project": a choice column allowing several choices, written with ";#" between the
  choices ("Mede-aanvrager;#Stageplaatsen");
- "Projectronde": a choice column ("Ronde 1 - RIF 2024", "Ronde 2 - Techniekpact 2025");
- "Status": a choice column ("Benaderd", "Toegezegd", "Actief", "Afgehaakt");
- "Contactpersoon": a person column, EMPTY in every row: this fixture holds no persons;
- "Opmerkingen": multiple lines of plain text (no names, phone numbers or e-mail addresses);
- "Created", "Created By", "Modified", "Modified By": the built-in columns, the view shows
  them. The times are date cells, shown "d-m-yyyy h:mm" (Dutch regional settings). The
  person columns "Created By" and "Modified By" hold no person: the first round's items were
  imported from the team's old spreadsheet by a flow and show "SharePoint App"; the others
  were added under the team's shared account "Team Techniekpact ZWA" (a generic account,
  no person's name);
- "Item Type" ("Item") and "Path" (the list's folder, "sites/TechniekpactZWA/Lists/Partners
  RIFaanvraag en Techniekpact"): the two columns SharePoint's export puts after the view's
  columns.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read SharePoint list exports: that an export to
  Excel ends with the columns "Item Type" and "Path" after the view's columns (one names the
  view's "Modified", "Modified By" just before them; another, a French script, says such
  exports leave "Item Type" and "Path" columns to be ignored; a Japanese one reads "Name",
  "Item Type" and "Path" from the query workbook's first sheet with openpyxl); that the
  title column of such a list is exported as "Title".
- checked, in a stored page of a records-management product, how SharePoint renders
  multi-valued fields elsewhere ("Choice1|Choice2"): not the export's own way, so not taken.
- not checked, from general knowledge, the plausible choice taken: the sheet's name
  "owssvr" and the table's "Table_owssvr"; ";#" between the choices of a multi-choice
  column in the workbook; times as date cells in local time; "Item Type" "Item"; the value
  of "Path"; "SharePoint App" as the author of items a flow created; the saved workbook's
  file name. No export was made for this fixture.

Organisations under an earlier name (as remembered, not checked in a stored source): the
Waterland Ziekenhuis (Purmerend) and the Westfriesgasthuis (Hoorn) → Dijklander Ziekenhuis
(merger 2017, the name 2019); Beemster → Purmerend (1 January 2022); Uneto-VNI → Techniek
Nederland (2019); the Bloemenveiling Aalsmeer → (Royal) FloraHolland (2008). A team member
who typed the old name meant the organisation as it is now, so the row is the successor's
in truth.csv.

How a location, department or part was decided (as the programme team would): a
department, location or service of an organisation is that organisation (a municipality's
department is the municipality; UWV Werkbedrijf Zaanstad is UWV; the HvA's Faculteit
Techniek is the HvA; Dijklander's location Purmerend is Dijklander; KLM Engineering &
Maintenance is KLM; the AH distribution centre Zaandam is Albert Heijn; Brandweer
Amsterdam-Amstelland is the Veiligheidsregio Amsterdam-Amstelland, of which it is part).
Apart stay bodies the team deals with as partners of their own: a municipality and the
Werkgeversservicepunt of its region; the two Werkgeversservicepunten (Zaanstreek/Waterland,
Groot Amsterdam); Albert Heijn and its parent Ahold Delhaize; KLM and its parent Air
France-KLM; the school group OVO Zaanstad and its school the Zaanlands Lyceum (the list
has both, for different roles); the three hospitals (Zaans Medisch Centrum, Dijklander,
Ziekenhuis Amstelland); the two hogescholen (HvA, Inholland).

Precision traps: Zaanstad (the municipality; the Justitieel Complex Zaanstad of the Dienst
Justitiële Inrichtingen; the WSP; OVO Zaanstad); Purmerend (the municipality and
Stadsverwarming Purmerend, its heating company; Dijklander's location; the Regio College's
location); Waterland (the municipality, the WSP Zaanstreek/Waterland, the former Waterland
Ziekenhuis); Amstelland and Amstel (Ziekenhuis Amstelland, Amstelring, the Veiligheidsregio
Amsterdam-Amstelland, Ouder-Amstel, the WSP Groot Amsterdam's row "(Amstelland)");
Amstelveen (the municipality, the Amstelveen College, the Keizer Karel College, KLM);
Aalsmeer (the municipality and the flower auction); Amsterdam (the ROC van Amsterdam, the
Hogeschool van Amsterdam, the WSP Groot Amsterdam, the Veiligheidsregio, ORAM); Zaandam
(Albert Heijn, Ahold Delhaize, Verkade, the Zaans Medisch Centrum, the Regio College).

Facts: names and places from what is widely known of the organisations, as remembered, not
checked in a stored source; no KvK number or BRIN code is written. Roles, rounds, statuses,
remarks and times are illustrative; every row is loaded with a source starting
"illustratief: " (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first item row 2). A municipality's rows, and the rows of the
municipality it took over (Beemster), are the municipality's organisation. Two items name no
organisation (a "test" item and "nog invullen"): they stand in the workbook and not in
truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Partners RIF-aanvraag en Techniekpact.xlsx"

HEADER = ["Title", "Type organisatie", "Gemeente", "KvK-nummer", "Rol in project",
          "Projectronde", "Status", "Contactpersoon", "Opmerkingen", "Created", "Created By",
          "Modified", "Modified By", "Item Type", "Path"]
PATH = "sites/TechniekpactZWA/Lists/Partners RIFaanvraag en Techniekpact"
APP, TEAM = "SharePoint App", "Team Techniekpact ZWA"
R1, R2 = "Ronde 1 - RIF 2024", "Ronde 2 - Techniekpact 2025"

# the choices of "Type organisatie": Dutch (second round) and English (first round's items)
B, ON, G, Z, BR, A = ("Bedrijf", "Onderwijsinstelling", "Overheid", "Zorginstelling",
                     "Brancheorganisatie", "Anders")
EC, EE, EG, EH, EI, EO = ("Company", "Education", "Government", "Healthcare",
                          "Industry association", "Other")

ROLES = ["Mede-aanvrager", "Cofinancier", "Stageplaatsen", "Gastlessen",
         "Kennispartner", "Klankbordgroep"]

# (Title as typed, Type organisatie, Gemeente as typed, KvK-nummer as typed, round (1, 2,
#  or 3 for the rows added in 2026), remark, truth slug or "" for an item that names no
#  organisation). Grouped by organisation here; the items are in the order they were added
#  (see ordered()). A round-1 row has an English kind (or none).
ITEMS: list[tuple[str, str, str, str, int, str, str]] = [
    # municipalities
    ("Gemeente Zaanstad", G, "Zaanstad", "n.v.t.", 2, "Penvoerder Techniekpact", "zaanstad"),
    ("Zaanstad", EG, "Zaandam", "", 1, "", "zaanstad"),
    ("gemeente Zaanstad - afdeling Economie & Werk", G, "Zaandam", "", 2, "", "zaanstad"),
    ("Gem. Zaanstad", G, "", "", 3, "", "zaanstad"),
    ("Municipality of Zaanstad", EG, "Zaanstad", "", 1, "", "zaanstad"),
    ("Gemeente Purmerend", G, "Purmerend", "n.v.t.", 2, "", "purmerend"),
    ("Purmerend", EG, "Purmerend", "", 1, "", "purmerend"),
    ("Gemeente Beemster", EG, "Beemster", "", 1, "contact uit oude lijst", "purmerend"),
    ("gem. Purmerend", G, "Purmerend", "", 3, "", "purmerend"),
    ("Gemeente Edam-Volendam", G, "Edam-Volendam", "", 2, "", "edam-volendam"),
    ("Edam Volendam", EG, "Volendam", "", 1, "", "edam-volendam"),
    ("gemeente Edam-Volendam", G, "Edam", "", 2, "", "edam-volendam"),
    ("Gemeente Waterland", G, "Monnickendam", "", 2, "", "waterland"),
    ("Waterland", EG, "Waterland", "", 1, "", "waterland"),
    ("Gemeente Wormerland", G, "Wormer", "", 2, "", "wormerland"),
    ("Wormerland", G, "", "", 3, "", "wormerland"),
    ("Gemeente Landsmeer", G, "Landsmeer", "", 2, "", "landsmeer"),
    ("Gemeente Amstelveen", G, "Amstelveen", "n.v.t.", 2, "", "amstelveen"),
    ("Amstelveen", EG, "Amstelveen", "", 1, "", "amstelveen"),
    ("Gemeente Amstelveen – Werk en Inkomen", G, "Amstelveen", "", 2, "", "amstelveen"),
    ("City of Amstelveen", EG, "", "", 1, "", "amstelveen"),
    ("Gemeente Aalsmeer", G, "Aalsmeer", "", 2, "", "aalsmeer"),
    ("Aalsmeer", G, "Aalsmeer", "", 2, "", "aalsmeer"),
    ("gemeente aalsmeer", EG, "Kudelstaart", "", 1, "", "aalsmeer"),
    ("Gemeente Uithoorn", G, "Uithoorn", "", 2, "", "uithoorn"),
    ("Uithoorn", EG, "De Kwakel", "", 1, "", "uithoorn"),
    ("Gemeente Ouder-Amstel", G, "Duivendrecht", "", 2, "", "ouder-amstel"),
    ("Ouder-Amstel", G, "Ouderkerk aan de Amstel", "", 3, "", "ouder-amstel"),
    # public bodies
    ("Justitieel Complex Zaanstad", G, "Zaanstad", "", 2, "re-integratie gedetineerden",
     "jc-zaanstad"),
    ("JC Zaanstad (DJI)", G, "Westzaan", "", 3, "", "jc-zaanstad"),
    ("Provincie Noord-Holland", G, "Haarlem", "", 2, "cofinanciering aangevraagd", "pnh"),
    ("Province of Noord-Holland", EG, "Haarlem", "", 1, "", "pnh"),
    ("PNH - Economische Zaken", G, "", "", 2, "", "pnh"),
    ("UWV", G, "Zaandam", "", 2, "", "uwv"),
    ("UWV Werkbedrijf Zaanstad", G, "Zaanstad", "", 2, "", "uwv"),
    ("UWV WERKbedrijf Amstelland", EG, "Amstelveen", "", 1, "", "uwv"),
    ("Werkgeversservicepunt Zaanstreek/Waterland", G, "Zaanstad", "", 2, "", "wsp-zw"),
    ("WSP Zaanstreek-Waterland", EG, "Zaandam", "", 1, "", "wsp-zw"),
    ("WSP ZW", B, "Purmerend", "", 3, "", "wsp-zw"),
    ("Werkgeversservicepunt Groot Amsterdam", G, "Amsterdam", "", 2, "", "wsp-ga"),
    ("WSP Groot Amsterdam", G, "Amstelveen", "", 2, "", "wsp-ga"),
    ("WSP GA (Amstelland)", EG, "Amstelveen", "", 1, "", "wsp-ga"),
    ("Veiligheidsregio Amsterdam-Amstelland", G, "Amsterdam", "", 2, "", "vr-aa"),
    ("VRAA", G, "Amstelveen", "", 2, "", "vr-aa"),
    ("Brandweer Amsterdam-Amstelland", G, "Amstelveen", "", 3, "gastlessen brandweer",
     "vr-aa"),
    # schools
    ("Regio College", ON, "Zaandam", "", 2, "Penvoerder RIF", "regio-college"),
    ("ROC Regio College Zaanstreek-Waterland", EE, "Zaanstad", "", 1, "", "regio-college"),
    ("Regio College Purmerend", G, "Purmerend", "", 2, "", "regio-college"),
    ("Regiocollege Zaandam", ON, "Zaandam", "", 2, "", "regio-college"),
    ("Regio College - Techniek & Technologie", EE, "Zaandam", "", 1, "", "regio-college"),
    ("ROC van Amsterdam", ON, "Amsterdam", "", 2, "", "roc-amsterdam"),
    ("ROCvA", EE, "", "", 1, "", "roc-amsterdam"),
    ("ROC van Amsterdam (Techniek)", ON, "Amsterdam", "", 3, "", "roc-amsterdam"),
    ("Hogeschool van Amsterdam", ON, "Amsterdam", "", 2, "", "hva"),
    ("HvA", EE, "Amsterdam", "", 1, "", "hva"),
    ("Amsterdam University of Applied Sciences", EE, "", "", 1, "", "hva"),
    ("HvA Faculteit Techniek", ON, "Amsterdam", "", 2, "", "hva"),
    ("Hogeschool Inholland", ON, "Diemen", "", 2, "", "inholland"),
    ("Inholland", EE, "Diemen", "", 1, "", "inholland"),
    ("Inholland Hogeschool", ON, "", "", 3, "", "inholland"),
    ("OVO Zaanstad", ON, "Zaandam", "", 2, "schoolbestuur vo", "ovo-zaanstad"),
    ("Stichting Openbaar Voortgezet Onderwijs Zaanstad", EE, "Zaanstad", "", 1, "",
     "ovo-zaanstad"),
    ("Zaanlands Lyceum", ON, "Zaandam", "", 2, "", "zaanlands-lyceum"),
    ("Zaanlands Lyceum (OVO Zaanstad)", ON, "Zaandam", "", 3, "techniekklas havo",
     "zaanlands-lyceum"),
    ("Don Bosco College", ON, "Volendam", "", 2, "", "don-bosco"),
    ("Don Bosco College Volendam", EE, "Edam-Volendam", "", 1, "", "don-bosco"),
    ("Keizer Karel College", ON, "Amstelveen", "", 2, "", "keizer-karel"),
    ("KKC Amstelveen", ON, "Amstelveen", "", 3, "", "keizer-karel"),
    ("Amstelveen College", ON, "Amstelveen", "", 2, "", "amstelveen-college"),
    ("Amstelveencollege", ON, "Amstelveen", "", 2, "", "amstelveen-college"),
    # care
    ("Zaans Medisch Centrum", Z, "Zaandam", "", 2, "", "zmc"),
    ("ZMC", EH, "Zaandam", "", 1, "", "zmc"),
    ("Zaans Medisch Centrum (ZMC)", B, "Zaanstad", "", 3, "", "zmc"),
    ("Dijklander Ziekenhuis", Z, "Purmerend", "", 2, "", "dijklander"),
    ("Dijklander Ziekenhuis locatie Purmerend", EH, "Purmerend", "", 1, "", "dijklander"),
    ("Waterland Ziekenhuis", Z, "Purmerend", "", 2, "", "dijklander"),
    ("Dijklander", A, "Hoorn", "", 3, "", "dijklander"),
    ("Ziekenhuis Amstelland", Z, "Amstelveen", "", 2, "", "zh-amstelland"),
    ("Amstelland Ziekenhuis", EH, "Amstelveen", "", 1, "", "zh-amstelland"),
    ("Ziekenhuis Amstelland Amstelveen", Z, "", "", 3, "", "zh-amstelland"),
    ("Amstelring", Z, "Amstelveen", "", 2, "", "amstelring"),
    ("Stichting Amstelring", EH, "Amsterdam", "", 1, "", "amstelring"),
    ("amstelring", Z, "Aalsmeer", "", 2, "", "amstelring"),
    ("Evean", Z, "Zaandam", "", 2, "", "evean"),
    ("Evean Zorg", EH, "Purmerend", "", 1, "", "evean"),
    ("Evean (Espria)", B, "Zaanstad", "", 2, "", "evean"),
    # housing
    ("Parteon", B, "Zaanstad", "", 2, "", "parteon"),
    ("Woningcorporatie Parteon", A, "Wormerveer", "", 3, "", "parteon"),
    # companies
    ("Albert Heijn", B, "Zaandam", "", 2, "", "albert-heijn"),
    ("Albert Heijn B.V.", EC, "Zaanstad", "", 1, "", "albert-heijn"),
    ("AH Distributiecentrum Zaandam", B, "Zaandam", "", 2, "logistiek/techniek",
     "albert-heijn"),
    ("Ahold Delhaize", B, "Zaandam", "", 2, "", "ahold-delhaize"),
    ("Koninklijke Ahold Delhaize N.V.", EC, "Zaanstad", "", 1, "", "ahold-delhaize"),
    ("KLM", B, "Amstelveen", "", 2, "", "klm"),
    ("KLM Royal Dutch Airlines", EC, "Amstelveen", "", 1, "", "klm"),
    ("KLM Engineering & Maintenance", "", "Haarlemmermeer", "", 2, "BBL vliegtuigtechniek",
     "klm"),
    ("Koninklijke Luchtvaart Maatschappij", B, "Amstelveen", "volgt", 3, "", "klm"),
    ("Air France-KLM", EC, "", "", 1, "", "af-klm"),
    ("Air France KLM Group", B, "Amstelveen", "", 2, "", "af-klm"),
    ("Forbo Flooring", B, "Krommenie", "", 2, "", "forbo"),
    ("Forbo Flooring B.V.", EC, "Zaanstad", "", 1, "", "forbo"),
    ("Forbo Krommenie", B, "Zaanstad", "", 3, "", "forbo"),
    ("Verkade", B, "Zaandam", "", 2, "", "verkade"),
    ("Koninklijke Verkade", EC, "Zaandam", "", 1, "", "verkade"),
    ("Royal FloraHolland", B, "Aalsmeer", "", 2, "", "floraholland"),
    ("FloraHolland Aalsmeer", EC, "Aalsmeer", "", 1, "", "floraholland"),
    ("Bloemenveiling Aalsmeer", B, "Aalsmeer", "", 3, "", "floraholland"),
    ("Stadsverwarming Purmerend", B, "Purmerend", "", 2, "warmtetransitie", "svp"),
    ("SVP Stadsverwarming Purmerend B.V.", B, "Purmerend", "", 2, "", "svp"),
    ("Stadsverwarming Purmerend (SVP)", EC, "Purmerend", "", 1, "", "svp"),
    # branch organisations
    ("Techniek Nederland", BR, "", "", 2, "", "techniek-nederland"),
    ("Uneto-VNI", EI, "", "", 1, "", "techniek-nederland"),
    ("Techniek Nederland (installatiebranche)", BR, "", "", 3, "", "techniek-nederland"),
    ("ORAM", BR, "Amsterdam", "", 2, "", "oram"),
    ("ORAM Ondernemersvereniging Regio Amsterdam", EI, "Amsterdam", "", 1, "", "oram"),
    ("VNO-NCW West", BR, "", "", 2, "", "vno-ncw-west"),
    ("VNO NCW West", EI, "Amsterdam", "", 1, "", "vno-ncw-west"),
    # no organisation
    ("test", "", "", "", 1, "", ""),
    ("nog invullen", EO, "", "", 2, "", ""),
]

REMARKS = ["", "", "", "uitnodigen klankbordgroep", "intentieverklaring ontvangen",
           "zie verslag overleg", ""]
STATUS = ["Benaderd", "Toegezegd", "Actief", "Actief", "Afgehaakt"]


def ordered() -> list[tuple[str, str, str, str, int, str, str]]:
    """The items in the order they were added: the first round's, then the second's, then
    those of 2026 (a fixed shuffle within each: team members added partners at different
    times)."""
    rng = random.Random(22)
    out = []
    for round_ in (1, 2, 3):
        items = [i for i in ITEMS if i[4] == round_]
        rng.shuffle(items)
        out += items
    return out


def times(items: list) -> list[tuple[dt.datetime, dt.datetime]]:
    """Created and Modified of each item, in the order of their ID: the first round
    imported by a flow on one morning of March 2024, the second round added from January
    to October 2025, the last in January and February 2026."""
    rng = random.Random(2222)
    out = []
    r1 = dt.datetime(2024, 3, 11, 9, 14, 0)
    r2 = dt.datetime(2025, 1, 13, 10, 2, 0)
    r3 = dt.datetime(2026, 1, 8, 14, 30, 0)
    for item in items:
        if item[4] == 1:
            r1 += dt.timedelta(seconds=rng.randint(1, 4))
            created = r1
        elif item[4] == 2:
            r2 += dt.timedelta(hours=rng.randint(20, 120), minutes=rng.randint(0, 59))
            created = r2
        else:
            r3 += dt.timedelta(hours=rng.randint(10, 90), minutes=rng.randint(0, 59))
            created = r3
        modified = created
        if rng.random() < 0.4:
            modified = created + dt.timedelta(days=rng.randint(3, 200),
                                              minutes=rng.randint(0, 600))
            modified = min(modified, dt.datetime(2026, 2, 27, 16, 40, 0))
        out.append((created.replace(microsecond=0), modified.replace(microsecond=0)))
    return out


def write_export(path: Path) -> list[str]:
    """Write the workbook; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2025)
    wb = Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(HEADER)
    truth = []
    items = ordered()
    for number, ((title, kind, place, kvk, round_, remark, organisation),
                 (created, modified)) in enumerate(zip(items, times(items), strict=True),
                                                   start=1):
        roles = ";#".join(sorted(rng.sample(ROLES, rng.randint(1, 3)), key=ROLES.index))
        note = remark or REMARKS[number % len(REMARKS)]
        by = APP if round_ == 1 else TEAM
        ws.append([title, kind or None, place or None, kvk or None,
                   roles if organisation else None, R1 if round_ == 1 else R2,
                   rng.choice(STATUS) if organisation else None, None, note or None,
                   created, by, modified, by if modified == created else TEAM, "Item", PATH])
        row = ws.max_row
        for col in (10, 12):
            ws.cell(row=row, column=col).number_format = "d-m-yyyy h:mm"
        truth.append(organisation)
    table = Table(displayName="Table_owssvr", ref=f"A1:O{ws.max_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    fixed = dt.datetime(2026, 3, 2, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = ""
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 30, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-03-02T09:30:00Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # an item that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
