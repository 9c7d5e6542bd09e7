"""Write the fifth held-out organisation list: netwerklijst.xlsx and truth.csv beside this script.

    python tests/data/messy/crm-fifth/maak_export.py

Not a CRM export this time but the list a werkambassadeur's team keeps by hand in Excel: one
sheet "Netwerk", Dutch headers typed by a person ("Organisatie", "Type organisatie",
"Plaats", "Regio", "Website", "Sector", "Contact via", "Opmerkingen", "Laatste contact"), a
bold header with an autofilter and frozen panes, rows added over the years (a first block
sorted by kind, then variants appended at the bottom as the organisation came up again, two
blank rows between the blocks), kinds written by hand and not consistently ("gemeente" and
"Gemeente", "overheid", "mbo", "vmbo", "onderwijs", "bedrijf" and "Bedrijf",
"kennisinstelling", "samenwerkingsverband", "zorg", empty), places as people write them
("A'dam", "Amsterdam-Noord", "Zaandam", "Hoofddorp", "IJmuiden", "Petten", "Wormer", "Den
Haag", "Schiphol", empty), names as people write them (acronyms, "Gem.", "gemeente x" in
small letters, "x (gemeente)", a department after a dash, the location appended, a former
name in brackets, three typos), websites with and without "www."/"https://", and a
"Laatste contact" column of real date cells mixed with text ("voorjaar 2025") and blanks.

Hard in ways the other four fixtures are not: precision traps that must stay apart
(Gemeente Heemskerk / Gemeente Heemstede, Gemeente Wormerland / Gemeente Waterland, AEB the
waste-to-energy company / the Amsterdam Economic Board written "(AEB)", Waternet / Waterschap
Amstel, Gooi en Vecht, the ministries of SZW and OCW on one host rijksoverheid.nl and one
place, Werkgeversservicepunt / Regionaal Mobiliteitsteam Groot Amsterdam, Amsterdam Airport
Schiphol / Schiphol Area Development Company, Greenport Aalsmeer / Greenport Noord-Holland
Noord, Regius College Schagen / Gemeente Schagen), one organisation at several places (Shell
in Amsterdam-Noord and Den Haag, ROC van Amsterdam in Amsterdam and Hoofddorp), and three
organisations listed once.

A title row above the header, as hand-kept lists often have, is not in this workbook: the
loader reads the header from row 1 (a title row in row 1 stops the load; see the crm-fifth
tests), so the header is on row 1.

Facts: organisation names and places as the organisations and public registers write them
(the schools' names and places as in DUO's register, ``/work/shared/data/duo-instellingen``;
the villages Wormer, Monnickendam and Petten in their municipalities as in CBS's woonplaatsen,
``/work/shared/data/nl-gemeenten-regio``); ROC van Amsterdam in Hoofddorp, Schiphol, the
Greenports, the ministry of SZW, UWV, the WSP's and regional mobility teams are named in the
letter of Gedeputeerde Staten of 12 May 2021. A website is filled in only where it is known
with certainty, a place likewise. No KvK number, BRIN code, person, phone number or e-mail
address is in the list: "Contact via" says through which meeting or network a contact came,
"Opmerkingen" what it is about. The dates of last contact and the notes are illustrative;
every row is loaded with source ``illustratief`` (see ``mappings/netwerk.yaml``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows;
the header is row 1; blank rows are not in it). A municipality's rows are the
municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
SAVED = dt.datetime(2026, 11, 27, 17, 40)

HEADERS = ("Organisatie", "Type organisatie", "Plaats", "Regio", "Website", "Sector",
           "Contact via", "Opmerkingen", "Laatste contact")

RIJK = "https://www.rijksoverheid.nl/ministeries/"
BLANK = None  # a blank row a user left between two blocks

# (organisation in truth.csv, Organisatie, Type organisatie, Plaats, Regio, Website, Sector,
#  Contact via, Opmerkingen, Laatste contact: a date, a text or "")
ROWS: list[tuple | None] = [
    # the first block, typed in when the list was started, roughly by kind
    ("schagen", "Gemeente Schagen", "gemeente", "Schagen", "Kop van Noord-Holland",
     "www.schagen.nl", "overheid", "bestuursconferentie NHN", "", dt.date(2025, 10, 2)),
    ("heemskerk", "Gemeente Heemskerk", "gemeente", "Heemskerk", "IJmond", "heemskerk.nl",
     "overheid", "via Techport", "", dt.date(2025, 6, 17)),
    ("heemstede", "Gemeente Heemstede", "Gemeente", "Heemstede", "Zuid-Kennemerland",
     "www.heemstede.nl", "overheid", "netwerkbijeenkomst", "", ""),
    ("wormerland", "Gemeente Wormerland", "gemeente", "Wormer", "Zaanstreek-Waterland",
     "www.wormerland.nl", "", "via Techlands", "", dt.date(2024, 11, 5)),
    ("waterland", "Gemeente Waterland", "gemeente", "Monnickendam", "Zaanstreek-Waterland",
     "www.waterland.nl", "", "", "", ""),
    ("amsterdam", "Gemeente Amsterdam", "gemeente", "Amsterdam", "Groot-Amsterdam",
     "www.amsterdam.nl", "overheid", "Technologietafel", "", dt.date(2025, 9, 30)),
    ("amsterdam", "Gem. A'dam - Economische Zaken", "overheid", "A'dam", "", "", "", "",
     "afdeling EZ, werklocaties", "voorjaar 2025"),
    ("roc-asd", "ROC van Amsterdam (ROCvA)", "mbo", "Amsterdam", "Groot-Amsterdam",
     "https://www.rocva.nl", "onderwijs", "Technologietafel", "", dt.date(2025, 9, 30)),
    ("roc-asd", "ROCvA Hoofddorp", "mbo", "Hoofddorp", "", "", "luchtvaarttechniek",
     "via provincie", "stageplekken luchtvaarttechniek gezocht (150 studenten)",
     dt.date(2021, 3, 12)),
    ("vellesan", "Vellesan College", "onderwijs", "IJmuiden", "IJmond", "", "vmbo techniek",
     "via Techport", "techniekpromotie vmbo", ""),
    ("atlas", "Atlas College", "onderwijs", "Hoorn", "West-Friesland", "", "", "", "", ""),
    ("regius", "Regius College Schagen", "vmbo", "Schagen", "Kop van Noord-Holland", "",
     "vmbo techniek", "via Tech@Connect", "", dt.date(2025, 2, 4)),
    ("zuiderzee", "Zuiderzee College", "onderwijs", "Zaandam", "Zaanstreek-Waterland", "", "",
     "via Techlands", "", ""),
    ("uwv", "UWV", "overheid", "Amsterdam", "", "www.uwv.nl", "sociaal domein",
     "netwerkbijeenkomst", "", dt.date(2025, 11, 13)),
    ("wsp-ga", "Werkgeversservicepunt Groot Amsterdam", "overheid", "", "Groot-Amsterdam", "",
     "sociaal domein", "via UWV", "", ""),
    ("rmt-ga", "Regionaal Mobiliteitsteam Groot Amsterdam", "overheid", "", "Groot-Amsterdam",
     "", "sociaal domein", "", "werk-naar-werk rond Schiphol", dt.date(2022, 5, 19)),
    ("szw", "Ministerie van Sociale Zaken en Werkgelegenheid", "overheid", "Den Haag",
     "landelijk", RIJK + "ministerie-van-sociale-zaken-en-werkgelegenheid", "", "",
     "opdrachtgever mobiliteitsteams", ""),
    ("ocw", "Ministerie van OCW", "overheid", "Den Haag", "landelijk",
     RIJK + "ministerie-van-onderwijs-cultuur-en-wetenschap", "onderwijs", "", "", ""),
    ("pnh", "Prov. Noord-Holland", "overheid", "Haarlem", "", "www.noord-holland.nl", "",
     "eigen organisatie", "", ""),
    ("agv", "Waterschap Amstel, Gooi en Vecht", "overheid", "Amsterdam", "", "www.agv.nl",
     "water", "", "", ""),
    ("waternet", "Waternet", "overheid", "A'dam", "", "waternet.nl", "water",
     "netwerkbijeenkomst", "technici watersector", dt.date(2024, 4, 9)),
    ("aeb", "AEB Amsterdam", "bedrijf", "Amsterdam", "Groot-Amsterdam",
     "www.aebamsterdam.nl", "afval en energie", "", "", ""),
    ("board", "Amsterdam Economic Board", "samenwerkingsverband", "Amsterdam", "MRA",
     "amsterdameconomicboard.com", "", "netwerkbijeenkomst", "triple helix MRA", ""),
    ("shell", "Shell Technology Centre Amsterdam", "bedrijf", "Amsterdam-Noord",
     "Groot-Amsterdam", "www.shell.nl", "energie", "Technologietafel",
     "energietransitie, zij-instroom", dt.date(2025, 9, 30)),
    ("tno", "TNO", "kennisinstelling", "Petten", "Kop van Noord-Holland", "www.tno.nl",
     "energie", "via Tech@Connect", "", ""),
    ("orsted", "Ørsted", "bedrijf", "", "", "orsted.com", "windenergie", "netwerkbijeenkomst",
     "stages windenergie?", ""),
    ("martinair", "Martinair", "bedrijf", "Schiphol", "", "www.martinair.com", "luchtvaart",
     "", "werk-naar-werk", dt.date(2021, 2, 22)),
    ("schiphol", "Amsterdam Airport Schiphol", "bedrijf", "Schiphol", "", "www.schiphol.nl",
     "luchtvaart", "via provincie", "", dt.date(2021, 2, 22)),
    ("sadc", "Schiphol Area Development Company", "bedrijf", "", "", "",
     "gebiedsontwikkeling", "", "", ""),
    ("verkade", "Verkade", "Bedrijf", "Zaandam", "Zaanstreek-Waterland", "www.verkade.nl",
     "voedingsmiddelen", "via Techlands", "", ""),
    ("syngenta", "Syngenta Seeds B.V.", "bedrijf", "Enkhuizen", "West-Friesland", "",
     "zaadveredeling", "via Greenport", "omscholing agrarische sector", ""),
    ("greenport-nhn", "Greenport Noord-Holland-Noord", "samenwerkingsverband", "", "", "",
     "agrifood", "", "", dt.date(2025, 3, 11)),
    ("greenport-aalsmeer", "Greenport Aalsmeer", "samenwerkingsverband", "Aalsmeer", "", "",
     "sierteelt", "", "", ""),
    ("bovenij", "BovenIJ ziekenhuis", "zorg", "Amsterdam-Noord", "", "www.bovenij.nl", "zorg",
     "", "techniek in de zorg", ""),
    ("olvg", "OLVG", "zorg", "Amsterdam", "", "www.olvg.nl", "zorg", "", "", ""),
    BLANK,
    # added later, as the organisations came up again; kinds less careful
    ("schagen", "Gem. Schagen", "overheid", "Schagen", "", "", "", "", "", "2023"),
    ("roc-asd", "ROC v. Amsterdam - MBO College Airport", "onderwijs", "Hoofddorp", "", "",
     "luchtvaarttechniek", "netwerkbijeenkomst",
     "gecombineerde opleiding luchtvaart en windenergie verkennen", dt.date(2021, 4, 8)),
    ("shell", "Shell STCA", "bedrijf", "Amsterdam-Noord", "", "", "", "", "", ""),
    ("uwv", "UWV Werkbedrijf", "Overheid", "A'dam", "", "uwv.nl", "", "", "", ""),
    ("heemskerk", "gemeente Heemskerk", "", "Heemskerk", "", "", "", "", "", ""),
    ("aeb", "AEB", "Bedrijf", "Amsterdam", "", "", "afval/energie", "", "", ""),
    ("aeb", "Afval Energie Bedrijf Amsterdam", "Bedrijf", "A'dam", "", "", "", "", "", ""),
    ("greenport-nhn", "Greenport Noord Holland Noord", "", "", "Noord-Holland Noord", "", "",
     "", "", ""),
    ("szw", "Min. SZW", "overheid", "Den Haag", "", "", "", "", "", ""),
    ("tno", "TNO Petten", "bedrijf", "Petten", "", "tno.nl", "", "", "", ""),
    ("vellesan", "Velesan College IJmuiden", "vmbo", "IJmuiden", "", "", "", "", "", ""),
    ("wormerland", "Wormerland", "overheid", "Wormer", "", "", "", "", "", ""),
    ("martinair", "Martinair Holand N.V.", "Bedrijf", "Schiphol", "", "", "luchtvaart", "",
     "", ""),
    ("bovenij", "Boven IJ Ziekenhuis", "bedrijf", "Amsterdam", "", "", "", "", "", ""),
    ("regius", "Regius Colege", "onderwijs", "Schagen", "", "", "", "", "", ""),
    ("rmt-ga", "RMT Groot Amsterdam", "", "", "", "", "", "", "", ""),
    ("wsp-ga", "WSP Groot Amsterdam", "overheid", "", "", "", "", "", "", "najaar 2024"),
    ("amsterdam", "gemeente amsterdam", "", "Amsterdam", "", "", "", "", "", ""),
    ("orsted", "Orsted", "", "", "", "", "windenergie", "", "", ""),
    ("schiphol", "Schiphol", "bedrijf", "Haarlemmermeer", "", "", "", "", "", ""),
    ("agv", "AGV", "overheid", "Amsterdam", "", "agv.nl", "", "", "", ""),
    # The list as first typed left this Plaats empty: a row of kind gemeente without a
    # place is refused ("id 'slug:gemeente-heemstede' cannot name a Municipality: use
    # cbs:"), which no mapping can mend, so the user filled the cell in.
    ("heemstede", "gemeente heemstede", "gemeente", "Heemstede", "", "", "", "", "", ""),
    ("atlas", "Atlas College Hoorn", "onderwijs", "Hoorn", "", "", "", "", "", ""),
    ("ocw", "Ministerie van Onderwijs, Cultuur en Wetenschap", "", "Den Haag", "", "", "", "",
     "", ""),
    ("board", "Amsterdam Economic Board (AEB)", "", "Amsterdam", "",
     "https://amsterdameconomicboard.com/", "", "", "", ""),
    ("verkade", "Koninklijke Verkade", "bedrijf", "Zaandam", "", "", "", "", "", ""),
    BLANK,
    ("schagen", "Schagen (gemeente)", "", "Schagen", "", "", "", "", "", ""),
    ("syngenta", "Syngenta Enkhuizen", "Bedrijf", "Enkhuizen", "", "syngenta.com", "", "", "",
     ""),
    ("sadc", "SADC", "", "", "", "", "", "", "", ""),
    ("waternet", "Waternet Amsterdam", "bedrijf", "Amsterdam", "", "www.waternet.nl", "", "",
     "", ""),
    ("roc-asd", "ROCvA", "mbo", "A'dam", "", "", "", "", "", ""),
    ("pnh", "provincie NH", "overheid", "Haarlem", "", "", "", "", "", ""),
    ("tno", "TNO (voorheen ECN)", "kennisinstelling", "Petten", "", "", "energie", "", "", ""),
    ("shell", "Shell Nederland", "Bedrijf", "Den Haag", "", "shell.nl", "", "", "", ""),
    ("orsted", "Ørsted A/S", "bedrijf", "", "", "", "", "", "", ""),
    ("schagen", "gemeente schagen", "gemeente", "Schagen", "", "", "", "", "", ""),
    ("greenport-aalsmeer", "GreenPort Aalsmeer", "", "Aalsmeer", "", "", "", "", "", ""),
    ("uwv", "U.W.V.", "overheid", "Amsterdam", "", "", "", "", "", ""),
    ("amsterdam", "Amsterdam (gemeente)", "Gemeente", "Amsterdam", "", "", "", "", "", ""),
]


def rows() -> list[tuple[str, list]]:
    """(organisation, cells) per spreadsheet row after the header; a blank row has ''."""
    out: list[tuple[str, list]] = []
    for row in ROWS:
        if row is BLANK:
            out.append(("", [None] * len(HEADERS)))
            continue
        org, *cells = row
        out.append((org, [c if c != "" else None for c in cells]))
    return out


def main() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Netwerk"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    table = rows()
    for _org, cells in table:
        ws.append(cells)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "d-m-yyyy"
    for column, width in zip("ABCDEFGHI", (44, 20, 16, 22, 30, 20, 26, 44, 15), strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    book.properties.creator = "Netwerklijst werkambassadeur (illustratief)"
    book.properties.created = book.properties.modified = SAVED
    book.save(HERE / "netwerklijst.xlsx")
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            if org:
                writer.writerow([number, org])


if __name__ == "__main__":
    main()
