"""Write the twentieth held-out organisation list: a hand-kept Google Sheet downloaded as an
Excel workbook, and truth.csv beside this script.

    python tests/data/messy/crm-twentieth/maak_export.py

The source: a Google Sheet "Partnerlijst Techniek & Zorg" that staff of a labour-market and
education network of West-Friesland, the Kop van Noord-Holland and Het Gooi (illustrative:
no real network is named) have kept by hand for years, downloaded with "Bestand →
Downloaden → Microsoft Excel (.xlsx)". Google names the download after the document:
"Partnerlijst Techniek & Zorg.xlsx". Its first tab, "Partners", is the list; a second tab,
"Uitleg", holds a few lines of explanation (a download holds every tab of the document).

The tab "Partners" as its keepers made it:

- two title rows above the header (row 1 the list's title, row 2 a line for colleagues),
  the header in row 3: Organisatie, Soort, Plaats, Regio, Status, Contactpersoon, E-mail,
  Telefoon, Website, Laatste contact, Opmerkingen;
- blocks under section rows ("ONDERWIJS", "ZORG", "BEDRIJVEN", "OVERHEID": a row with only
  that word in column A), a blank row between blocks;
- "Soort" typed freely (Bedrijf, bedrijf, MKB, ROC, Onderwijs, school, VO,
  kennisinstelling, onderzoek, Zorg, zorg, ziekenhuis, Gemeente, gemeente, overheid,
  Overheid); "Plaats" sometimes a village or a part of a municipality (Zwaag, Wognum,
  Andijk, Julianadorp, Anna Paulowna, Middenmeer, Warmenhuizen, Den Burg, 't Horntje,
  De Kooy, Bussum, Naarden), sometimes a place outside the region (the head office), or
  empty; "Regio" free text (West-Friesland, WF, Kop, Kop v NH, Gooi, Het Gooi, NHN, ...);
  "Status" actief / Actief / opgeheven / "zie X" for an organisation that merged or was
  renamed (the row was kept, with its old name);
- an organisation listed twice in its block by colleagues of different years, and 17 rows
  added at the bottom, after two blank rows and without a section row, by a colleague who
  did not notice that most organisations were already listed higher up (her own way of
  typing: small letters for the kind, no status, "Laatste contact" as text);
- one row at the bottom that names no organisation (a note to find out a company's name):
  it stands in the workbook and not in truth.csv.

What was checked, and what not (no network here; stored public pages and repositories
only; no download was made for this fixture):

- checked, in issue threads of projects that read Google Sheets downloads (readxl, rexcel,
  googlesheets, SheetJS, fileverse-dsheets): that a download writes the cells of the
  sheet's whole grid, empty ones too (a new Google Sheet has 1000 rows and 26 columns, and
  a reader sees "great gobs of empty cells" and a 999-row frame below a small table), and
  materialises cells that have only a style; that a date is a number cell with the date
  format Sheets had for it (a format code like "d.m" as Google writes it); that a
  download holds every tab (as a public library's table of download formats says: xlsx is
  the full document, CSV only the visible tab).
- checked, in a public project that writes workbooks imitating Sheets: the theme named
  "Sheets", Arial 10 as the default font, shared strings for text.
- not checked, from general knowledge, the plausible choice taken: the grid written as
  empty cells with Sheets' default style (Arial 10) in A1:Z1000 of "Partners" and
  A1:Z100 of "Uitleg"; dates typed in a Dutch Sheet as date cells shown "d-m-yyyy" (the
  Dutch locale's default), and a date typed as text ("voorjaar 2023", "2023") left as
  text; the title row in bold, the header bold on a grey fill, the rows above the header
  frozen. Openpyxl writes the workbook (its own docProps, not Google's; the members of the
  zip at one fixed time so that every run writes the same bytes).

Personal data: none. "Contactpersoon" holds a role or a team ("HR", "bedrijfsbureau
techniek", "team Economie") or nothing, never a name; "Telefoon" is empty in every row;
"E-mail" holds nothing or, on a few rows, an organisation's general info@ address on its
website's domain (not checked that each exists); the remarks name no one.

Organisations and facts: real, public organisations of the region (and a few outside it
the network deals with: the Noordwest Ziekenhuisgroep in Alkmaar, Dijklander in Purmerend,
PWN in Velserbroek, Liander and Alliander in Arnhem, the Damen Shipyards Group in
Gorinchem, the ROC van Amsterdam, the Waterschap Amstel, Gooi en Vecht in Amsterdam, the
province in Haarlem), names, places and websites as remembered, not checked in a stored
source; a website not known with certainty is left empty. No KvK number or BRIN code: a
hand-kept sheet rarely has them, and none is known here with certainty. "Laatste contact"
dates, roles and remarks are illustrative; every row is loaded with a source starting
"illustratief: " (see mappings/).

Former names and merged municipalities (as remembered): Andijk (with Wervershoof and
Medemblik) → Medemblik (2011); Wieringermeer (with Anna Paulowna, Niedorp, Wieringen) →
Hollands Kroon (2012); Bussum (with Naarden and Muiden) → Gooise Meren (2016); the
Westfriesgasthuis → Dijklander Ziekenhuis (2017 merger, name 2019); the Gemini Ziekenhuis
(Den Helder) → Noordwest Ziekenhuisgroep (2015); Tergooi / Tergooi Ziekenhuizen → Tergooi
MC; the ROC Kop van Noord-Holland and the Clusius College → Vonk (2022). A row under a
former name is the successor in truth.csv (the keepers kept the row, "zie ...").

How a location or part was decided (as the region's networker would): a location,
department or team of an organisation is that organisation (a municipality's team
Economie is the municipality; UWV Den Helder and UWV Hilversum are UWV; Horizon College
Hoorn is the Horizon College; Tabor College Werenfridus and d'Ampte are the Tabor College;
the MBO College Hilversum is the ROC van Amsterdam's; Vivium Naarderheem is Vivium;
Noordwest's location Den Helder is the Noordwest; PWN's Andijk plant is PWN; the Koninklijke
Marine is the Ministerie van Defensie's). Apart stay: a parent and its subsidiary (Alliander
and Liander; the Damen Shipyards Group and Damen Shipyards Den Helder); a municipality and
companies named after its place (Den Helder, Port of Den Helder, Den Helder Airport); the
two GGDs, the two Werkgeversservicepunten, the two water boards; the three hospitals;
WerkSaam Westfriesland and UWV and the WSPs.

``truth.csv`` says which organisation each row means, by the row number a spreadsheet
shows (row 1 the title, row 3 the header, the first data row 5: the section row
"ONDERWIJS" is row 4). Title, header, section and blank rows, and the row that names no
organisation, are not in it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Partnerlijst Techniek & Zorg.xlsx"

HEADER = ["Organisatie", "Soort", "Plaats", "Regio", "Status", "Contactpersoon", "E-mail",
          "Telefoon", "Website", "Laatste contact", "Opmerkingen"]
TITLE = "Partnerlijst Techniek & Zorg"
SUBTITLE = ("West-Friesland · Kop van Noord-Holland · Gooi. Bijgehouden door het netwerkteam; "
            "nieuwe partners graag onderaan toevoegen.")

D = dt.date
# A data row: (Organisatie, Soort, Plaats, Regio, Status, Contactpersoon, E-mail, Website,
#  Laatste contact (a date cell or text), Opmerkingen, truth id or "" for no organisation).
Row = tuple[str, str, str, str, str, str, str, str, "dt.date | str", str, str]

BLOCKS: list[tuple[str, list[Row]]] = [
    ("ONDERWIJS", [
        ("Horizon College", "ROC", "Hoorn", "West-Friesland", "actief",
         "bedrijfsbureau techniek", "", "www.horizoncollege.nl", D(2024, 2, 13),
         "BBL techniek en zorg", "horizon"),
        ("ROC Horizon College", "Onderwijs", "Alkmaar", "NHN", "Actief", "", "", "", "2023",
         "hoofdkantoor", "horizon"),
        ("Horizon College Hoorn, Zorg & Welzijn", "school", "Hoorn", "WF", "actief",
         "opleidingsmanager", "", "", D(2023, 11, 2), "", "horizon"),
        ("Vonk", "ROC", "Den Helder", "Kop", "actief", "", "", "", D(2024, 1, 18),
         "ROC Kop van NH en Clusius samen, per 1-8-2022", "vonk"),
        ("ROC Kop van Noord-Holland", "ROC", "Den Helder", "Kop", "zie Vonk", "", "", "",
         D(2021, 10, 5), "", "vonk"),
        ("Clusius College", "Onderwijs", "Hoorn", "WF", "opgeheven", "", "", "",
         D(2021, 5, 20), "groen mbo, nu Vonk", "vonk"),
        ("Vonk Schagen", "school", "Schagen", "Kop v NH", "actief", "praktijkopleider", "",
         "", D(2024, 4, 9), "", "vonk"),
        ("ROC van Amsterdam - MBO College Hilversum", "ROC", "Hilversum", "Gooi", "actief",
         "praktijkopleider", "", "", D(2023, 9, 28), "techniek en ICT", "rocva"),
        ("MBO College Hilversum", "Onderwijs", "Hilversum", "Het Gooi", "Actief", "", "", "",
         "voorjaar 2023", "", "rocva"),
        ("Tabor College", "VO", "Hoorn", "WF", "actief", "decaan", "", "", D(2023, 6, 1),
         "oriëntatie techniek bovenbouw", "tabor"),
        ("Tabor College Werenfridus", "school", "Hoorn", "WF", "actief", "", "", "",
         D(2022, 11, 15), "", "tabor"),
        ("Tabor College d'Ampte", "Onderwijs", "Hoorn", "West-Friesland", "", "", "", "",
         "", "vmbo techniek", "tabor"),
        ("OSG De Hogeberg", "VO", "Den Burg", "Texel", "actief", "", "", "", D(2023, 3, 14),
         "enige vo-school op Texel", "hogeberg"),
        ("Scholengemeenschap De Hogeberg", "school", "Texel", "Kop", "actief", "decaan", "",
         "", "", "", "hogeberg"),
        ("NIOZ", "kennisinstelling", "Texel", "Kop", "actief", "", "", "www.nioz.nl",
         D(2022, 9, 8), "stages techniek op zee", "nioz"),
        ("Koninklijk Nederlands Instituut voor Onderzoek der Zee", "Onderwijs", "'t Horntje",
         "Texel", "actief", "", "", "", "", "", "nioz"),
    ]),
    ("ZORG", [
        ("Dijklander Ziekenhuis", "Zorg", "Hoorn", "WF", "actief", "afdeling opleidingen",
         "", "www.dijklander.nl", D(2024, 3, 7), "leerafdeling verpleging", "dijklander"),
        ("Westfriesgasthuis", "ziekenhuis", "Hoorn", "WF", "zie Dijklander", "", "", "",
         D(2017, 2, 21), "fusie met Waterland Ziekenhuis", "dijklander"),
        ("Dijklander ziekenhuis, locatie Hoorn", "zorg", "Zwaag", "West-Friesland", "actief",
         "HR", "", "", D(2023, 5, 30), "", "dijklander"),
        ("Dijklander", "Bedrijf", "Purmerend", "Waterland", "actief", "", "", "", "", "",
         "dijklander"),
        ("Noordwest Ziekenhuisgroep", "Zorg", "Alkmaar", "NHN", "actief", "", "",
         "www.nwz.nl", D(2023, 10, 12), "", "nwz"),
        ("Noordwest Ziekenhuisgroep locatie Den Helder", "ziekenhuis", "Den Helder", "Kop",
         "actief", "HR", "", "", D(2024, 1, 25), "", "nwz"),
        ("Gemini Ziekenhuis", "Zorg", "Den Helder", "Kop", "opgeheven", "", "", "",
         D(2015, 1, 8), "nu Noordwest, locatie Den Helder", "nwz"),
        ("Tergooi MC", "Zorg", "Hilversum", "Gooi", "actief", "leerhuis", "", "",
         D(2024, 2, 29), "", "tergooi"),
        ("Tergooi", "ziekenhuis", "Blaricum", "Gooi", "zie Tergooi MC", "", "", "",
         D(2019, 4, 3), "oude naam", "tergooi"),
        ("Tergooi Ziekenhuizen", "Zorg", "Hilversum", "Het Gooi", "", "", "", "", "2020",
         "", "tergooi"),
        ("Omring", "Zorg", "Hoorn", "WF", "actief", "", "", "www.omring.nl", D(2023, 12, 5),
         "thuiszorg en verpleeghuizen, BBL VIG", "omring"),
        ("Zorgorganisatie Omring", "zorg", "Hoorn", "West-Friesland", "Actief",
         "leerhuis", "", "", D(2022, 6, 16), "", "omring"),
        ("Leekerweide", "Zorg", "Wognum", "WF", "actief", "", "", "", D(2023, 4, 18),
         "gehandicaptenzorg", "leekerweide"),
        ("Stichting Leekerweide", "zorg", "Medemblik", "WF", "actief", "", "", "", "", "",
         "leekerweide"),
        ("Vivium Zorggroep", "Zorg", "Huizen", "Gooi", "actief", "", "", "",
         D(2023, 8, 22), "ouderenzorg", "vivium"),
        ("Vivium Naarderheem", "zorg", "Naarden", "Gooi", "actief", "opleidingen", "", "",
         "", "", "vivium"),
        ("GGD Hollands Noorden", "Zorg", "Schagen", "NHN", "actief", "", "",
         "www.ggdhn.nl", D(2022, 10, 4), "", "ggd-hn"),
        ("GGD Gooi en Vechtstreek", "Zorg", "Bussum", "Gooi", "actief", "", "", "",
         D(2023, 1, 17), "", "ggd-gv"),
    ]),
    ("BEDRIJVEN", [
        ("Damen Shipyards Den Helder", "Bedrijf", "Den Helder", "Kop", "actief", "HR", "",
         "www.damen.com", D(2024, 3, 21), "scheepsbouw en -onderhoud, leerwerkplekken",
         "damen-den-helder"),
        ("Damen Den Helder", "bedrijf", "Den Helder", "Kop v NH", "actief", "", "", "",
         D(2022, 5, 11), "", "damen-den-helder"),
        ("Damen Shipyards Group", "Bedrijf", "Gorinchem", "landelijk", "actief", "", "",
         "www.damen.com", "", "hoofdkantoor van de werf in Den Helder", "damen-group"),
        ("Port of Den Helder", "Bedrijf", "Den Helder", "Kop", "actief", "", "", "",
         D(2023, 9, 7), "haven, offshore", "port-den-helder"),
        ("Port of Den Helder N.V.", "bedrijf", "Den Helder", "Kop", "Actief", "", "", "",
         "", "", "port-den-helder"),
        ("Den Helder Airport", "Bedrijf", "Den Helder", "Kop", "actief", "", "", "",
         D(2022, 11, 29), "helikopters offshore", "den-helder-airport"),
        ("Den Helder Airport (De Kooy)", "MKB", "De Kooy", "Kop", "", "", "", "", "", "",
         "den-helder-airport"),
        ("TESO", "Bedrijf", "Texel", "Kop", "actief", "", "", "www.teso.nl", D(2023, 7, 3),
         "veerdienst, technici", "teso"),
        ("Texels Eigen Stoomboot Onderneming", "bedrijf", "'t Horntje", "Texel", "actief",
         "", "", "", "", "", "teso"),
        ("Enza Zaden", "Bedrijf", "Enkhuizen", "WF", "actief", "HR", "", "www.enzazaden.com",
         D(2024, 1, 9), "", "enza"),
        ("Enza Zaden B.V.", "bedrijf", "Enkhuizen", "West-Friesland", "actief", "", "", "",
         D(2021, 3, 2), "", "enza"),
        ("Syngenta Seeds", "Bedrijf", "Enkhuizen", "WF", "actief", "", "", "",
         D(2022, 8, 30), "", "syngenta"),
        ("Syngenta", "bedrijf", "Enkhuizen", "WF", "", "", "", "", "", "", "syngenta"),
        ("Bejo Zaden", "Bedrijf", "Warmenhuizen", "Kop", "actief", "", "", "", D(2023, 2, 7),
         "", "bejo"),
        ("Bejo Zaden B.V.", "MKB", "Warmenhuizen", "Kop", "actief", "", "", "", "", "",
         "bejo"),
        ("PWN", "Bedrijf", "Velserbroek", "NH", "actief", "", "", "www.pwn.nl",
         D(2023, 6, 20), "drinkwater", "pwn"),
        ("PWN Waterleidingbedrijf Noord-Holland, locatie Andijk", "bedrijf", "Andijk", "WF",
         "actief", "", "", "", D(2022, 4, 12), "productielocatie", "pwn"),
        ("Liander", "Bedrijf", "", "regio", "actief", "", "", "www.liander.nl",
         D(2024, 2, 6), "netbeheerder, tekort monteurs", "liander"),
        ("Liander N.V.", "bedrijf", "Arnhem", "", "actief", "", "", "", "", "", "liander"),
        ("Alliander", "Bedrijf", "Arnhem", "landelijk", "actief", "", "",
         "www.alliander.com", "", "moederbedrijf van Liander", "alliander"),
        ("Alliander N.V.", "bedrijf", "Arnhem", "", "", "", "", "", "", "", "alliander"),
    ]),
    ("OVERHEID", [
        ("Gemeente Hoorn", "Gemeente", "Hoorn", "WF", "actief", "team Economie",
         "info@hoorn.nl", "www.hoorn.nl", D(2024, 3, 12), "", "hoorn"),
        ("gemeente Hoorn - EZ", "overheid", "Hoorn", "WF", "actief", "accountmanager", "",
         "", D(2022, 9, 20), "", "hoorn"),
        ("Hoorn", "Gemeente", "", "WF", "", "", "", "", "", "", "hoorn"),
        ("Gemeente Enkhuizen", "Gemeente", "Enkhuizen", "WF", "actief", "", "",
         "www.enkhuizen.nl", D(2023, 5, 9), "", "enkhuizen"),
        ("gemeente enkhuizen", "overheid", "Enkhuizen", "WF", "actief", "", "", "", "", "",
         "enkhuizen"),
        ("Gemeente Medemblik", "Gemeente", "Medemblik", "WF", "actief", "", "",
         "www.medemblik.nl", D(2023, 10, 3), "", "medemblik"),
        ("gem. Medemblik", "overheid", "Wognum", "WF", "Actief", "team Economie", "", "",
         "", "", "medemblik"),
        ("Gemeente Andijk", "Gemeente", "Andijk", "WF", "opgeheven, zie Medemblik", "", "",
         "", D(2010, 11, 24), "", "medemblik"),
        ("Gemeente Den Helder", "Gemeente", "Den Helder", "Kop", "actief", "",
         "info@denhelder.nl", "www.denhelder.nl", D(2024, 1, 30), "", "den-helder"),
        ("Gemeente Den Helder, afdeling Economische Zaken", "overheid", "Den Helder", "Kop",
         "actief", "accountmanager bedrijven", "", "", D(2023, 3, 28), "", "den-helder"),
        ("gem. Den Helder", "gemeente", "Julianadorp", "Kop", "", "", "", "", "", "",
         "den-helder"),
        ("Gemeente Hollands Kroon", "Gemeente", "Anna Paulowna", "Kop", "actief", "", "",
         "www.hollandskroon.nl", D(2023, 11, 21), "", "hollands-kroon"),
        ("Hollands Kroon", "overheid", "Middenmeer", "Kop", "actief", "", "", "", "", "",
         "hollands-kroon"),
        ("Gemeente Wieringermeer", "Gemeente", "Middenmeer", "Kop", "opgeheven (2012)", "",
         "", "", D(2011, 6, 14), "nu Hollands Kroon", "hollands-kroon"),
        ("Gemeente Schagen", "Gemeente", "Schagen", "Kop", "actief", "", "",
         "www.schagen.nl", D(2023, 9, 19), "", "schagen"),
        ("Gemeente Texel", "Gemeente", "Den Burg", "Kop", "actief", "", "", "www.texel.nl",
         D(2022, 12, 6), "", "texel"),
        ("Texel", "overheid", "Texel", "Kop", "actief", "", "", "", "", "", "texel"),
        ("Gemeente Hilversum", "Gemeente", "Hilversum", "Gooi", "actief", "", "",
         "www.hilversum.nl", D(2024, 2, 20), "", "hilversum"),
        ("Gem. Hilversum, team Economie", "overheid", "Hilversum", "Gooi", "actief", "", "",
         "", D(2023, 4, 4), "", "hilversum"),
        ("Gemeente Gooise Meren", "Gemeente", "Bussum", "Gooi", "actief", "", "",
         "www.gooisemeren.nl", D(2023, 6, 27), "", "gooise-meren"),
        ("Gooise Meren", "overheid", "Naarden", "Gooi", "actief", "", "", "", "", "",
         "gooise-meren"),
        ("Gemeente Bussum", "Gemeente", "Bussum", "Gooi", "zie Gooise Meren", "", "", "",
         D(2015, 9, 1), "", "gooise-meren"),
        ("Gemeente Huizen", "Gemeente", "Huizen", "Gooi", "actief", "", "", "www.huizen.nl",
         D(2023, 2, 14), "", "huizen"),
        ("Huizen", "gemeente", "Huizen", "Het Gooi", "", "", "", "", "", "", "huizen"),
        ("Provincie Noord-Holland", "Overheid", "Haarlem", "NH", "actief", "", "",
         "www.noord-holland.nl", D(2023, 11, 7), "", "pnh"),
        ("Prov. Noord-Holland", "overheid", "Haarlem", "", "actief", "", "", "", "", "",
         "pnh"),
        ("Hoogheemraadschap Hollands Noorderkwartier", "Overheid", "Heerhugowaard", "NHN",
         "actief", "", "", "www.hhnk.nl", D(2022, 10, 18), "", "hhnk"),
        ("HHNK", "overheid", "", "NHN", "actief", "", "", "", "", "", "hhnk"),
        ("Waterschap Amstel, Gooi en Vecht", "Overheid", "Amsterdam", "Gooi", "actief", "",
         "", "", D(2023, 3, 2), "", "agv"),
        ("AGV", "overheid", "Amsterdam", "Gooi", "", "", "", "", "", "", "agv"),
        ("UWV", "Overheid", "Hoorn", "WF", "actief", "werkgeversdienstverlening", "",
         "www.uwv.nl", D(2024, 1, 11), "", "uwv"),
        ("UWV WERKbedrijf Den Helder", "overheid", "Den Helder", "Kop", "actief", "", "", "",
         D(2022, 3, 15), "", "uwv"),
        ("UWV Hilversum", "overheid", "Hilversum", "Gooi", "actief", "", "", "", "", "",
         "uwv"),
        ("WerkSaam Westfriesland", "Overheid", "Hoorn", "WF", "actief", "", "", "",
         D(2023, 12, 12), "", "werksaam"),
        ("Werksaam", "overheid", "Hoorn", "WF", "", "", "", "", "", "", "werksaam"),
        ("Werkgeversservicepunt Gooi en Vechtstreek", "Overheid", "Hilversum", "Gooi",
         "actief", "", "", "", D(2023, 10, 24), "", "wsp-gv"),
        ("WSP Gooi & Vechtstreek", "overheid", "Hilversum", "Gooi", "", "", "", "", "", "",
         "wsp-gv"),
        ("Werkgeversservicepunt Kop van Noord-Holland", "Overheid", "Den Helder", "Kop",
         "actief", "", "", "", D(2023, 8, 29), "", "wsp-kop"),
        ("WSP Kop van NH", "gemeente", "Den Helder", "Kop", "actief", "", "", "", "", "",
         "wsp-kop"),
        ("GGD HN", "overheid", "Hoorn", "WF", "actief", "", "", "", "", "", "ggd-hn"),
        ("GGD Gooi & Vechtstreek", "overheid", "Hilversum", "Gooi", "", "", "", "", "", "",
         "ggd-gv"),
        ("Ministerie van Defensie", "Overheid", "Den Helder", "Kop", "actief", "", "",
         "www.defensie.nl", D(2023, 5, 23), "marinebasis", "defensie"),
        ("Defensie - Marinebasis Nieuwe Haven", "overheid", "Den Helder", "Kop", "actief",
         "", "", "", "", "", "defensie"),
    ]),
]

# Added at the bottom, after two blank rows and without a section row, by a colleague who
# did not look higher up: no status, "Laatste contact" typed as text.
APPENDED: list[Row] = [
    ("Gem. Hoorn", "gemeente", "Hoorn", "", "", "", "", "", "mrt 2025", "", "hoorn"),
    ("Horizon Collge techniek", "onderwijs", "Hoorn", "", "", "", "", "", "mrt 2025", "",
     "horizon"),
    ("Dijklander ziekenhuis", "zorg", "Hoorn", "", "", "", "", "", "apr 2025", "",
     "dijklander"),
    ("TergooiMC", "zorg", "Hilversum", "", "", "", "", "", "apr 2025", "", "tergooi"),
    ("Omring thuiszorg", "zorg", "Zwaag", "", "", "", "", "", "apr 2025", "", "omring"),
    ("UWV werkgeversdienstverlening Gooi", "overheid", "Hilversum", "", "", "", "", "",
     "mei 2025", "", "uwv"),
    ("WerkSaam West-Friesland", "overheid", "Hoorn", "", "", "", "", "", "mei 2025", "",
     "werksaam"),
    ("provincie NH", "overheid", "Haarlem", "", "", "", "", "", "mei 2025", "", "pnh"),
    ("gemeente hilversum", "gemeente", "Hilversum", "", "", "", "", "", "jun 2025", "",
     "hilversum"),
    ("Havenbedrijf Port of Den Helder", "bedrijf", "Den Helder", "", "", "", "", "",
     "jun 2025", "", "port-den-helder"),
    ("Bejo", "bedrijf", "Schagen", "", "", "", "", "", "jun 2025", "", "bejo"),
    ("Koninklijke Marine", "overheid", "Den Helder", "", "", "", "", "", "sep 2025", "",
     "defensie"),
    ("Enza", "bedrijf", "Enkhuizen", "", "", "", "", "", "sep 2025", "", "enza"),
    ("Vonk mbo", "onderwijs", "Den Helder", "", "", "", "", "", "sep 2025", "", "vonk"),
    ("NIOZ Royal Netherlands Institute for Sea Research", "onderzoek", "Texel", "", "", "",
     "", "", "okt 2025", "", "nioz"),
    ("gemeente Schagen", "gemeente", "Schagen", "", "", "", "", "", "okt 2025", "",
     "schagen"),
    ("nog uitzoeken: installatiebedrijf uit Zwaag (via WSP)", "bedrijf", "Zwaag", "", "",
     "", "", "", "okt 2025", "naam kwijt", ""),
]

UITLEG = [
    "Uitleg bij de partnerlijst",
    "Soort: vrij invullen (bedrijf, onderwijs, zorg, gemeente, overheid).",
    "Status: actief, opgeheven, of 'zie ...' bij een fusie of nieuwe naam.",
    "Geen namen van personen in deze lijst: alleen een rol of team bij Contactpersoon.",
]

GRID_ROWS, GRID_COLUMNS = 1000, 26  # a new Google Sheet's grid


def layout() -> list[tuple[str, object]]:
    """The tab's rows from row 1: ("title", text), ("header", None), ("section", word),
    ("blank", None) or ("row", Row)."""
    out: list[tuple[str, object]] = [("title", TITLE), ("title", SUBTITLE),
                                     ("header", None)]
    for number, (section, rows) in enumerate(BLOCKS):
        if number:
            out.append(("blank", None))
        out.append(("section", section))
        out.extend(("row", r) for r in rows)
    out += [("blank", None), ("blank", None)]
    out.extend(("row", r) for r in APPENDED)
    return out


def write_export(path: Path) -> dict[int, str]:
    """Write the workbook; return the spreadsheet row → organisation of each data row
    ("" for a row that names none)."""
    arial = Font(name="Arial", size=10)
    bold = Font(name="Arial", size=10, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Partners"
    truth: dict[int, str] = {}
    for number, (what, value) in enumerate(layout(), start=1):
        if what == "title":
            ws.cell(row=number, column=1, value=value).font = bold if number == 1 else arial
        elif what == "header":
            for col, head in enumerate(HEADER, start=1):
                cell = ws.cell(row=number, column=col, value=head)
                cell.font = bold
                cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
        elif what == "section":
            ws.cell(row=number, column=1, value=value).font = bold
        elif what == "row":
            (name, kind, place, region, status, contact, email, web, last, remark,
             organisation) = value  # type: ignore[misc]
            cells = [name, kind, place, region, status, contact, email, "", web, last,
                     remark]
            for col, v in enumerate(cells, start=1):
                cell = ws.cell(row=number, column=col, value=v if v != "" else None)
                cell.font = arial
                if isinstance(v, dt.date):
                    cell.number_format = "d-m-yyyy"
            truth[number] = organisation
    # the grid as a Sheets download writes it: every cell, empty ones too, with the style
    for row in range(1, GRID_ROWS + 1):
        for col in range(1, GRID_COLUMNS + 1):
            cell = ws.cell(row=row, column=col)
            if cell.value is None and not cell.font.b:
                cell.font = arial
    ws.freeze_panes = "A4"
    widths = {"A": 46, "B": 14, "C": 14, "D": 14, "E": 18, "F": 22, "G": 20, "H": 12,
              "I": 22, "J": 14, "K": 40}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    notes = wb.create_sheet("Uitleg")
    for number, line in enumerate(UITLEG, start=1):
        notes.cell(row=number, column=1, value=line).font = bold if number == 1 else arial
    for row in range(1, 101):
        for col in range(1, GRID_COLUMNS + 1):
            cell = notes.cell(row=row, column=col)
            if cell.value is None:
                cell.font = arial
    fixed = dt.datetime(2025, 11, 3, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = None
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 30, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*",
                              rb"\g<1>2025-11-03T09:30:00Z", data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in sorted(truth.items()):
            if organisation:  # a row that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth.values() if t]
    print(f"{EXPORT.name}: {len(truth)} data rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
