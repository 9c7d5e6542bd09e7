"""Write the twenty-seventh held-out organisation list: the Access table exported to Excel
and truth.csv beside this script.

    python tests/data/messy/crm-twentyseventh/maak_export.py

The organisations table ("tblOrganisaties") of a Microsoft Access database kept since about
2014 by a regional employers' platform, the "Werkgeversplatform Kop van Noord-Holland"
(illustrative: no real platform or database is named), of the region Kop van Noord-Holland:
Den Helder (with Julianadorp), Schagen (with the former municipalities Zijpe and
Harenkarspel, merged into Schagen on 1 January 2013), Hollands Kroon (formed on 1 January
2012 from Anna Paulowna, Wieringen, Wieringermeer and Niedorp) and Texel. Several people
entered records over the years (one record per organisation was meant, but each newcomer
added the organisation again as they knew it), and the coordinator exported the table with
"Externe gegevens → Exporteren → Excel" (without "Gegevens met opmaak en indeling
exporteren") to "tblOrganisaties.xlsx", to load it into stakeholder-graph.

The table's fields, in their order, as the export heads its columns (the field names in
row 1; one row per record, in the order of the primary key):

- "OrgID" (AutoNumber, the primary key; gaps where records were deleted);
- "Organisatienaam" (Short Text; as each person typed it: in capitals, abbreviated, with a
  legal form, a department or location, an old name, in English);
- "Soort" (Short Text with a lookup list: Gemeente, Overheid, Onderwijs, Bedrijf,
  Stichting, Vereniging, Zorginstelling, Onderzoek; sometimes left empty);
- "Adres", "PC" (Short Text; empty: no street address or postcode was known with
  certainty for this fixture, so none is given);
- "Woonplaats" (Short Text: the place, sometimes in capitals, sometimes empty);
- "Gemeente" (Short Text: the municipality, sometimes a former one (Zijpe, Harenkarspel,
  Wieringermeer, Anna Paulowna, Heerhugowaard), sometimes empty);
- "KvK" (Short Text: no KvK number was known with certainty, so none is given; a few rows
  say "n.v.t." or "onbekend", as people type in such a field);
- "Sector" (Short Text: Overheid, Onderwijs, Maritiem, Offshore, Defensie, Agrarisch,
  Zorg, Toerisme, Onderzoek, Energie, Financieel, Wonen...);
- "Lid sinds" (Date/Time, short date: when the record joined the platform; some empty);
- "Actief" (Yes/No);
- "Contact" (Short Text, meant for a contact person: **no person's name is in this file**;
  the field is empty or holds a generic word as people wrote when they had no name to give,
  "algemeen", "receptie", "afdeling HR");
- "Memo" (Long Text: notes, naming no person).

One row names no organisation: a test record ("TEST - niet gebruiken") that somebody made
when the database was set up and nobody deleted. It stands in the export and not in
truth.csv.

What was checked, and what not (no network here; stored public pages only):

- checked, in Microsoft's documentation of DoCmd.TransferSpreadsheet as stored (the
  action behind the export): that an export of a table to a spreadsheet puts the field
  names in the first row whatever is asked, and that the .xlsx type is
  acSpreadsheetTypeExcel12Xml; so the header is the field names as in the table, row 1,
  and the first record row 2;
- checked, in stored Microsoft knowledge-base articles and a book on Access: that Access
  stores a Yes/No field as -1 and 0 and shows it as Yes/No, True/False or On/Off by its
  Format, and that a Date/Time field always holds a date and a time (a date alone has the
  time 0:00); and, in a stored book on Excel and Access, that Yes/No values copied into a
  worksheet arrive as TRUE and FALSE;
- not checked, from general knowledge, the plausible choice taken: that an export without
  formatting writes a Yes/No field as Excel's logical TRUE/FALSE cells (a Dutch Excel shows
  them as WAAR/ONWAAR) and a Date/Time field as date cells (here date-times at 0:00, shown
  as "d-m-yyyy"); that a Null is an empty cell and a zero-length string a cell with an
  empty string (here written as an empty inline string, which reads back as empty); the
  sheet named after the table ("tblOrganisaties") and the file after it too
  ("tblOrganisaties.xlsx", as the export dialog proposes); no bold header, no column widths,
  no Excel table. No export was made with Access for this fixture.

Organisations under an earlier name (as remembered, not checked in a stored source): Zijpe
and Harenkarspel → Schagen (1 January 2013); Anna Paulowna and Wieringermeer → Hollands
Kroon (1 January 2012); the Gemini Ziekenhuis (Den Helder) → Noordwest Ziekenhuisgroep
(2015); the ROC Kop van Noord-Holland and the Clusius College → Vonk (2022); IMARES
(Wageningen UR) → Wageningen Marine Research (2016). A record under an old name meant the
organisation that carries on, so the row is the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
municipality's team or department is the municipality; a location of UWV, the Noordwest
Ziekenhuisgroep, Vonk, Inholland, Noorderkwartier, Woonzorggroep Samen or the GGD is that
organisation; the naval base Den Helder, the Commando Zeestrijdkrachten and "Ministerie
van Defensie - Koninklijke Marine" are the Koninklijke Marine. Apart stay, as partners of
their own: the Koninklijk Instituut voor de Marine (the navy's officers' school, a school
to the platform) and the Marinemuseum (a museum) from the navy; the Werkgeversservicepunt
Kop van Noord-Holland from UWV and from the Werkgeversservicepunt Regio Alkmaar; Damen
Shipyards Den Helder from the Damen Shipyards Group; Noorderkwartier (the social
enterprise of the four municipalities) from the Hoogheemraadschap Hollands Noorderkwartier;
Seed Valley (the seed companies' network) from Bejo Zaden; Greenport Noord-Holland Noord
from Agriport A7 and LTO Noord; the Noordwest Ziekenhuisgroep from the Dijklander
Ziekenhuis and the GGD; Den Helder Airport from Texel International Airport; the
municipality of Den Helder from the Port of Den Helder, Den Helder Airport, Damen Shipyards
Den Helder and the Woningstichting Den Helder; the municipality of Texel from TESO, the
Texelse Bierbrouwerij, TexelEnergie, Texel International Airport and OSG De Hogeberg.

Facts: names and places from what is widely known of the organisations, as remembered, not
checked in a stored source; no street, postcode, KvK number or BRIN code is given (none was
known with certainty). Kinds, sectors, dates, the Yes/No values and the notes are
illustrative; every row is loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first record row 2). The test record is not in it.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "tblOrganisaties.xlsx"

HEADER = ["OrgID", "Organisatienaam", "Soort", "Adres", "PC", "Woonplaats", "Gemeente", "KvK",
          "Sector", "Lid sinds", "Actief", "Contact", "Memo"]

GM, OV, ON, BV, ST, VE, ZO, OZ = ("Gemeente", "Overheid", "Onderwijs", "Bedrijf", "Stichting",
                                  "Vereniging", "Zorginstelling", "Onderzoek")

# (name, soort, woonplaats, gemeente, kvk, sector, actief, contact, memo, truth slug).
# None is a Null (an empty cell), "" a zero-length string. Grouped by organisation here;
# the export is in the order of OrgID (see ordered()).
R = tuple[str, str | None, str | None, str | None, str | None, str | None, bool, str | None,
          str | None, str]
RECORDS: list[R] = [
    # municipalities
    ("Gemeente Den Helder", GM, "Den Helder", "Den Helder", "n.v.t.", "Overheid", True,
     "algemeen", None, "den-helder"),
    ("GEMEENTE DEN HELDER", GM, "DEN HELDER", None, None, "Overheid", True, None, None,
     "den-helder"),
    ("Gem. Den Helder afd. Economische Zaken", GM, "Den Helder", "Den Helder", "", "Overheid",
     True, "", "accountmanager bedrijven", "den-helder"),
    ("gemeente Den Helder - team Werk en Inkomen", OV, "Den Helder", "Den Helder", None,
     "Overheid", True, None, "zie ook WSP", "den-helder"),
    ("Den Helder (gemeente)", GM, "Julianadorp", None, None, None, True, None,
     "bijeenkomst Julianadorp 2019", "den-helder"),
    ("Gemeente Schagen", GM, "Schagen", "Schagen", "n.v.t.", "Overheid", True, "algemeen",
     None, "schagen"),
    ("Gemeente Zijpe", GM, "Schagerbrug", "Zijpe", None, "Overheid", False, None,
     "per 1-1-2013 opgegaan in gemeente Schagen", "schagen"),
    ("Gemeente Harenkarspel", GM, "Warmenhuizen", "Harenkarspel", None, "Overheid", False,
     None, None, "schagen"),
    ("GEMEENTE SCHAGEN", None, "SCHAGEN", None, None, None, True, None, None, "schagen"),
    ("Schagen, gemeente - Economie", GM, "Schagen", "Schagen", "", "Overheid", True, "", None,
     "schagen"),
    ("Gemeente Hollands Kroon", GM, "Anna Paulowna", "Hollands Kroon", "n.v.t.", "Overheid",
     True, "algemeen", None, "hollands-kroon"),
    ("Gemeente Wieringermeer", GM, "Wieringerwerf", "Wieringermeer", None, "Overheid", False,
     None, "nu Hollands Kroon", "hollands-kroon"),
    ("Gemeente Anna Paulowna", GM, "Anna Paulowna", "Anna Paulowna", None, "Overheid", False,
     None, None, "hollands-kroon"),
    ("Hollands Kroon, team Economische Zaken", OV, None, "Hollands Kroon", None, "Overheid",
     True, None, None, "hollands-kroon"),
    ("Gem. Hollands Kroon", GM, "Anna Paulowna", "", "", "Overheid", True, "", None,
     "hollands-kroon"),
    ("Gemeente Texel", GM, "Den Burg", "Texel", "n.v.t.", "Overheid", True, "algemeen", None,
     "texel"),
    ("GEMEENTE TEXEL", GM, "DEN BURG", "TEXEL", None, None, True, None, None, "texel"),
    ("Texel gemeente (afd. Economie & Toerisme)", OV, "Den Burg", "Texel", None, "Toerisme",
     True, None, None, "texel"),
    # defence
    ("Koninklijke Marine", OV, "Den Helder", "Den Helder", None, "Defensie", True,
     "afdeling HR", "grootste werkgever van de Kop", "marine"),
    ("Marinebasis Den Helder", OV, "Den Helder", "Den Helder", None, "Defensie", True, None,
     None, "marine"),
    ("Ministerie van Defensie - Koninklijke Marine", OV, "Den Helder", "Den Helder", "",
     "Defensie", True, "", None, "marine"),
    ("Royal Netherlands Navy", None, "Den Helder", None, None, "Defensie", True, None,
     "Engelstalige folder banenmarkt", "marine"),
    ("CZSK (Commando Zeestrijdkrachten)", OV, "Den Helder", "Den Helder", None, "Defensie",
     True, None, None, "marine"),
    ("Koninklijk Instituut voor de Marine", ON, "Den Helder", "Den Helder", None, "Onderwijs",
     True, None, "officiersopleiding", "kim"),
    ("KIM / NLDA Den Helder", ON, "Den Helder", None, None, "Defensie", True, None, None,
     "kim"),
    ("Marinemuseum", ST, "Den Helder", "Den Helder", None, "Toerisme", True, "receptie",
     None, "marinemuseum"),
    ("Marinemuseum Den Helder", ST, "DEN HELDER", None, None, "Toerisme", True, None, None,
     "marinemuseum"),
    # work and income
    ("UWV WERKbedrijf Den Helder", OV, "Den Helder", "Den Helder", None, "Overheid", True,
     None, None, "uwv"),
    ("UWV", OV, None, None, None, "Overheid", True, None, None, "uwv"),
    ("Uitvoeringsinstituut Werknemersverzekeringen (UWV) Kop van NH", OV, "Den Helder",
     "Den Helder", "", "Overheid", True, "", None, "uwv"),
    ("Werkgeversservicepunt Kop van Noord-Holland", OV, "Den Helder", "Den Helder", None,
     "Overheid", True, "algemeen", None, "wsp-kop"),
    ("WSP Kop van NH", None, "Den Helder", None, None, None, True, None, None, "wsp-kop"),
    ("Werkgevers Servicepunt Kop van Noord Holland", OV, None, "Schagen", None, "Overheid",
     True, None, "regionaal, 4 gemeenten", "wsp-kop"),
    ("Werkgeversservicepunt Regio Alkmaar", OV, "Alkmaar", "Alkmaar", None, "Overheid", True,
     None, "buurregio", "wsp-alkmaar"),
    ("WSP Regio Alkmaar", OV, "Alkmaar", None, None, "Overheid", True, None, None,
     "wsp-alkmaar"),
    ("Noorderkwartier NV", BV, "Den Helder", "Den Helder", None, "Overheid", True, None,
     "sociaal werkbedrijf Kop van NH", "noorderkwartier"),
    ("Noorderkwartier N.V.", BV, None, None, "", None, True, "", None, "noorderkwartier"),
    ("NOORDERKWARTIER (SW-bedrijf)", None, "SCHAGEN", "SCHAGEN", None, None, True, None, None,
     "noorderkwartier"),
    ("Noorderkwartier locatie Texel", BV, "Den Burg", "Texel", None, "Overheid", True, None,
     None, "noorderkwartier"),
    # public bodies
    ("Hoogheemraadschap Hollands Noorderkwartier", OV, "Heerhugowaard", "Heerhugowaard", None,
     "Overheid", True, None, None, "hhnk"),
    ("HHNK", OV, None, None, None, "Overheid", True, None, "waterschap", "hhnk"),
    ("Hoogheemraadschap H.N.K. (waterschap)", OV, "Heerhugowaard", "Dijk en Waard", "",
     "Overheid", True, "", None, "hhnk"),
    ("Provincie Noord-Holland", OV, "Haarlem", "Haarlem", "n.v.t.", "Overheid", True, None,
     None, "pnh"),
    ("Prov. Noord-Holland", OV, "Haarlem", None, None, "Overheid", True, None, None, "pnh"),
    ("GGD Hollands Noorden, locatie Den Helder", ZO, "Den Helder", "Den Helder", None, "Zorg",
     True, None, None, "ggd-hn"),
    ("GGD HN", ZO, None, None, None, "Zorg", True, None, None, "ggd-hn"),
    # port, airports, maritime and offshore
    ("Port of Den Helder", BV, "Den Helder", "Den Helder", None, "Maritiem", True, None,
     "havenbedrijf", "port-den-helder"),
    ("Havenbedrijf Port of Den Helder", BV, "Den Helder", None, "", "Offshore", True, "",
     None, "port-den-helder"),
    ("PORT OF DEN HELDER", None, "DEN HELDER", None, None, None, True, None, None,
     "port-den-helder"),
    ("Den Helder Airport", BV, "Den Helder", "Den Helder", None, "Offshore", True, None,
     "helikopters naar de platforms", "airport-den-helder"),
    ("Vliegveld De Kooy (Den Helder Airport)", BV, "Den Helder", None, None, "Offshore", True,
     None, None, "airport-den-helder"),
    ("Luchthaven Den Helder", None, "DEN HELDER", "Den Helder", None, None, True, None, None,
     "airport-den-helder"),
    ("Texel International Airport", BV, None, "Texel", None, "Toerisme", True, None, None,
     "airport-texel"),
    ("Vliegveld Texel", None, None, "Texel", None, "Toerisme", True, None, "rondvluchten",
     "airport-texel"),
    ("Damen Shipyards Den Helder", BV, "Den Helder", "Den Helder", None, "Maritiem", True,
     "afdeling HR", None, "damen-den-helder"),
    ("DAMEN SHIPYARDS DEN HELDER B.V.", BV, "DEN HELDER", None, "onbekend", "Maritiem", True,
     None, None, "damen-den-helder"),
    ("Damen Den Helder (scheepswerf)", BV, "Den Helder", "Den Helder", None, "Maritiem", True,
     None, "BBL-plekken scheepsbouw", "damen-den-helder"),
    ("Damen Shipyards Group", BV, "Gorinchem", "Gorinchem", None, "Maritiem", True, None,
     "moederbedrijf, hoofdkantoor", "damen-group"),
    ("Damen Shipyards Group (hoofdkantoor)", BV, "Gorinchem", None, None, "Maritiem", False,
     None, None, "damen-group"),
    # research, nature, Texel
    ("Wageningen Marine Research", OZ, "Den Helder", "Den Helder", None, "Onderzoek", True,
     None, None, "wmr"),
    ("IMARES Wageningen UR, Den Helder", OZ, "Den Helder", "Den Helder", None, "Onderzoek",
     False, None, "heet nu Wageningen Marine Research", "wmr"),
    ("WMR Den Helder", OZ, "Den Helder", None, None, None, True, None, None, "wmr"),
    ("NIOZ", OZ, "'t Horntje", "Texel", None, "Onderzoek", True, None, None, "nioz"),
    ("Koninklijk Nederlands Instituut voor Onderzoek der Zee", OZ, "'t Horntje", "Texel",
     None, "Onderzoek", True, "receptie", None, "nioz"),
    ("Royal Netherlands Institute for Sea Research (NIOZ)", None, "Texel", None, None,
     "Onderzoek", True, None, None, "nioz"),
    ("N.I.O.Z. Texel", OZ, "T HORNTJE", "TEXEL", None, None, True, None, None, "nioz"),
    ("Ecomare", ST, "De Koog", "Texel", None, "Toerisme", True, None, "zeehondenopvang",
     "ecomare"),
    ("Stichting Ecomare", ST, "De Koog", "Texel", "", "Toerisme", True, "", None, "ecomare"),
    ("ECOMARE TEXEL", None, "DE KOOG", None, None, None, True, None, None, "ecomare"),
    ("TESO", BV, "Den Hoorn", "Texel", None, "Maritiem", True, None, "veerdienst", "teso"),
    ("Texels Eigen Stoomboot Onderneming", BV, "Den Hoorn", "Texel", None, "Maritiem", True,
     "afdeling HR", None, "teso"),
    ("Teso veerdienst Den Helder-Texel", None, None, None, None, "Toerisme", True, None, None,
     "teso"),
    ("Texelse Bierbrouwerij", BV, "Oudeschild", "Texel", None, "Toerisme", True, None, None,
     "texelse-bier"),
    ("TEXELSE BIERBROUWERIJ", BV, "OUDESCHILD", "TEXEL", None, None, True, None, None,
     "texelse-bier"),
    ("TexelEnergie", BV, "Den Burg", "Texel", None, "Energie", True, None,
     "energiecoöperatie", "texel-energie"),
    ("Coöperatie Texel Energie", VE, None, "Texel", None, "Energie", True, None, None,
     "texel-energie"),
    # schools
    ("OSG De Hogeberg", ON, "Den Burg", "Texel", None, "Onderwijs", True, None,
     "vmbo/havo/vwo", "hogeberg"),
    ("Openbare Scholengemeenschap De Hogeberg", ON, "Den Burg", "Texel", "", "Onderwijs",
     True, "", None, "hogeberg"),
    ("De Hogeberg Texel", ON, "DEN BURG", None, None, None, True, None, None, "hogeberg"),
    ("Vonk", ON, "Den Helder", "Den Helder", None, "Onderwijs", True, None,
     "mbo, fusie ROC Kop van NH en Clusius", "vonk"),
    ("ROC Kop van Noord-Holland", ON, "Den Helder", "Den Helder", None, "Onderwijs", False,
     None, "nu Vonk", "vonk"),
    ("ROC Kop van NH locatie Schagen", ON, "Schagen", "Schagen", None, "Onderwijs", False,
     None, None, "vonk"),
    ("Clusius College Schagen", ON, "Schagen", "Schagen", None, "Agrarisch", False, None,
     "groen onderwijs", "vonk"),
    ("VONK mbo Den Helder", ON, "DEN HELDER", None, None, None, True, None, None, "vonk"),
    ("Hogeschool Inholland", ON, None, None, None, "Onderwijs", True, None, None,
     "inholland"),
    ("Inholland Den Helder", ON, "Den Helder", "Den Helder", None, "Onderwijs", True, None,
     None, "inholland"),
    ("INHOLLAND, locatie Den Helder (Maritieme Techniek)", ON, "DEN HELDER", None, "",
     "Maritiem", True, "", None, "inholland"),
    ("Regius College", ON, "Schagen", "Schagen", None, "Onderwijs", True, None, "vmbo",
     "regius"),
    ("Regius College Schagen (vmbo)", ON, "Schagen", None, None, "Onderwijs", True, None,
     None, "regius"),
    ("RSG Wiringherlant", ON, "Wieringerwerf", "Wieringermeer", None, "Onderwijs", True, None,
     None, "wiringherlant"),
    ("Regionale Scholengemeenschap Wiringherlant", ON, "Wieringerwerf", "Hollands Kroon",
     None, "Onderwijs", True, None, None, "wiringherlant"),
    # care and housing
    ("Noordwest Ziekenhuisgroep", ZO, "Alkmaar", "Alkmaar", None, "Zorg", True, None, None,
     "nwz"),
    ("Noordwest Ziekenhuisgroep locatie Den Helder", ZO, "Den Helder", "Den Helder", None,
     "Zorg", True, "afdeling HR", None, "nwz"),
    ("Gemini Ziekenhuis", ZO, "Den Helder", "Den Helder", None, "Zorg", False, None,
     "opgegaan in Noordwest", "nwz"),
    ("NWZ Den Helder", ZO, "DEN HELDER", None, None, None, True, None, None, "nwz"),
    ("Dijklander Ziekenhuis", ZO, "Hoorn", "Hoorn", None, "Zorg", True, None,
     "Westfriesland, buiten de Kop", "dijklander"),
    ("Dijklander ziekenhuis locatie Hoorn", ZO, "Hoorn", None, None, "Zorg", True, None, None,
     "dijklander"),
    ("Woonzorggroep Samen", ZO, "Schagen", "Schagen", None, "Zorg", True, None,
     "ouderenzorg", "samen"),
    ("WZG Samen", ZO, None, None, None, "Zorg", True, None, None, "samen"),
    ("Woonzorggroep Samen, locatie Den Helder", ZO, "Den Helder", "Den Helder", "", "Zorg",
     True, "", None, "samen"),
    ("Woningstichting Den Helder", ST, "Den Helder", "Den Helder", None, "Wonen", True, None,
     "woningcorporatie", "woningstichting"),
    ("Woningstichting Den Helder (corporatie)", ST, "DEN HELDER", None, None, None, True,
     None, None, "woningstichting"),
    # agriculture, seeds, bulbs, greenhouses
    ("Bejo Zaden B.V.", BV, "Warmenhuizen", "Harenkarspel", None, "Agrarisch", True,
     "afdeling HR", "zaadveredeling", "bejo"),
    ("Bejo", BV, "Warmenhuizen", "Schagen", None, "Agrarisch", True, None, None, "bejo"),
    ("BEJO ZADEN", BV, "WARMENHUIZEN", None, None, None, True, None, None, "bejo"),
    ("Bejo Zaden Warmenhuizen", BV, "Warmenhuizen", "Schagen", "", "Agrarisch", True, "",
     None, "bejo"),
    ("Seed Valley", ST, None, None, None, "Agrarisch", True, None,
     "netwerk van veredelingsbedrijven", "seed-valley"),
    ("Seed Valley (veredelingsbedrijven NH)", VE, None, "Schagen", None, "Agrarisch", True,
     None, None, "seed-valley"),
    ("Agriport A7", BV, "Middenmeer", "Wieringermeer", None, "Agrarisch", True, None,
     "glastuinbouw en datacenters", "agriport"),
    ("Agriport A7 B.V.", BV, "Middenmeer", "Hollands Kroon", "", "Agrarisch", True, "", None,
     "agriport"),
    ("Agriport Middenmeer", BV, "MIDDENMEER", None, None, None, True, None, None, "agriport"),
    ("Greenport Noord-Holland Noord", ST, None, None, None, "Agrarisch", True, None, None,
     "greenport"),
    ("Greenport NHN", ST, None, None, None, "Agrarisch", True, None, "bollen en tuinbouw",
     "greenport"),
    ("Stichting Greenport Noord-Holland Noord", ST, None, None, "", "Agrarisch", True, "",
     None, "greenport"),
    ("LTO Noord", VE, None, None, None, "Agrarisch", True, None, None, "lto-noord"),
    ("LTO Noord afd. Kop van Noord-Holland", VE, None, "Hollands Kroon", None, "Agrarisch",
     True, None, "bollentelers Anna Paulowna/Breezand", "lto-noord"),
    # finance
    ("Rabobank Kop van Noord-Holland", BV, None, None, None, "Financieel", True, None,
     "sponsor banenmarkt", "rabobank-kop"),
    ("Rabobank Kop van NH", BV, "Schagen", None, None, "Financieel", True, None, None,
     "rabobank-kop"),
]

TEST_RECORD = ("TEST - niet gebruiken", None, None, None, None, None, False, None,
               "testrecord bij het opzetten van de database", "")


def ordered(records: list[R]) -> list[R]:
    """The records in the order they were entered (the AutoNumber's order), the test
    record first; a seeded shuffle, so each organisation's rows lie apart."""
    rows = list(records)
    random.Random(27).shuffle(rows)
    return [TEST_RECORD, *rows]


def main() -> None:
    rng = random.Random(2714)
    wb = Workbook()
    ws = wb.active
    ws.title = "tblOrganisaties"
    ws.append(HEADER)
    truth = []
    org_id = 0
    day = dt.datetime(2014, 3, 3)
    for i, (name, soort, plaats, gemeente, kvk, sector, actief, contact, memo,
            slug) in enumerate(ordered(RECORDS)):
        org_id += 1 + (rng.random() < 0.15) * rng.randint(1, 3)  # deleted records
        day += dt.timedelta(days=rng.randint(10, 40))
        joined = None if rng.random() < 0.12 else day
        ws.append([org_id, name, soort, None, None, plaats, gemeente, kvk, sector, joined,
                   actief, contact, memo])
        row = i + 2
        if joined is not None:
            ws.cell(row=row, column=HEADER.index("Lid sinds") + 1).number_format = "d-m-yyyy"
        if slug:
            truth.append((row, slug))
    wb.save(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "organisation"])
        w.writerows(truth)


if __name__ == "__main__":
    main()
