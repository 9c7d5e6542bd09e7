"""Write the fourteenth held-out organisation list: the Simplicate XLSX and truth.csv beside
this script.

    python tests/data/messy/crm-fourteenth/maak_export.py

A Simplicate export of the CRM's companies ("Bedrijven" in the Dutch interface; the API
calls them organizations, the brief "Organisaties"), exported from the CRM overview to an
Excel file, as a regional labour-market and education network of Zuid-Kennemerland and
IJmond (Haarlem, Zandvoort, Heemstede, Bloemendaal; Velsen/IJmuiden, Beverwijk, Heemskerk,
Uitgeest) keeps its employers, schools, municipalities, public bodies and partners: the
programme office of a Techniek Pact / Human Capital Agenda for the region, which runs its
projects, hours and invoices in Simplicate, so its relations are there too. One sheet
("Bedrijven"), the Dutch labels of Simplicate's company card, a header row and one row per
company in the order of the relation number (the order the records were made), dates as
Excel date cells (dd-mm-jjjj uu:mm), empty cells left empty.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: that a Simplicate organization (REST /crm/organization) has a name, a Chamber of
  Commerce number (coc_code), a VAT number, an e-mail address, a phone number, a url, a
  note, a LinkedIn url, a visiting and a postal address, a relation type, a relation
  manager (an employee), an industry, an organisation size, interests, teams, custom
  fields, created_at / updated_at, is_active and a relation_number, and no parent
  organisation (the model of a public PHP client of Simplicate's API); that the Dutch
  interface calls them "Bedrijven" and imports them from an Excel file whose columns are
  matched to Simplicate's field names, custom fields as extra columns named after the
  field (Simplicate's support article "CRM: Bedrijven importeren" / "CRM: Company
  import"); that the general CRM settings show or hide "Relatiebeheerder", "Branche",
  "Bedrijfsgrootte", "Interesses" and "SBI-code", and number relations "Nee", "Vrije
  invoer" or "Via teller" (the article "Algemene CRM-instellingen").
- not checked, as remembered: that the overview exports to .xlsx (not CSV); the export's
  column labels ("Relatienummer", "Bedrijfsnaam", "Relatiesoort", "Branche",
  "Bedrijfsgrootte", "Relatiebeheerder", "Telefoonnummer", "E-mailadres", "Website",
  "KvK-nummer", "Btw-nummer", "Bezoekadres", "Postcode", "Plaats", "Land", "Interesses",
  "Actief", "Opmerking", "Aangemaakt op", "Gewijzigd op") and the custom field's column
  ("Hoofdorganisatie": the network's own free field, as Simplicate has no parent company
  field); several interests in one cell separated by ", "; "Actief" as Ja/Nee; the
  country as "Nederland"; the sheet's and the file's names (here "Bedrijven" and
  "Simplicate_Bedrijven_20261204.xlsx"). No export was made for this fixture.

The list's history, as the rows show it: the programme office moved its 2014 address list
into Simplicate in 2016 (the municipalities and the big partners first, some under the
names of that old list, with notes as "oude lijst 2014: ..."); since then a programme
secretary, two account managers (IJmond; Zuid-Kennemerland) and the office manager, who
makes a company when a first invoice or hour registration needs one, add companies by
hand. Simplicate keeps a company with projects or invoices; records no longer used are set
inactive ("Actief": Nee), some with a note ("dubbel, zie ...", "vervallen: ..."). A
location or department is mostly its own company, the main one written in the free field
"Hoofdorganisatie" by some and left out by others. "Relatiesoort" is where the relationship
stands (Partner, Deelnemer, Financier, Prospect, Leverancier), not what the organisation
is; "Branche" is the network's own list of sectors (Gemeente, Overheid, Onderwijs, Zorg en
welzijn, Industrie, Wonen, Energie, Haven en logistiek, Brancheorganisatie, Recreatie,
Werk en re-integratie, Openbare ruimte), filled in by most. "Relatiebeheerder" holds a
role only (in a real Simplicate an employee's name). No phone number, e-mail address, KvK
number, VAT number, BRIN code or person.

Organisations under an earlier or other name (as remembered, not checked in a stored
source): Koninklijke Hoogovens → Corus (1999, with British Steel) → Tata Steel (Tata bought
Corus in 2007; the name Tata Steel since 2010), "Tata Steel IJmuiden B.V." and "Tata Steel
Nederland" are the same works for the network (the operating company and its Dutch
holding: one organisation here); Kennemer Gasthuis (Haarlem) and Spaarne Ziekenhuis
(Hoofddorp) → Spaarne Gasthuis (2015); CWI → UWV (2009); UNETO-VNI → Techniek Nederland
(2019); Continuon → Liander (about 2008-2009); Nuon → Vattenfall (in the Netherlands,
2019; the Velsen power station is Vattenfall's); Hogeschool Haarlem → INHOLLAND (2002,
written in capitals then, Inholland now); gemeente Bennebroek → Bloemendaal (1 January
2009: the record means the successor, as its note says). A location, department or
division is its organisation, as the network's staff treat it: Brandweer Kennemerland and
GGD Kennemerland are parts of the Veiligheidsregio Kennemerland (one public body under one
joint arrangement: the GGD is the VRK here, though it has a website of its own); Nova
College Beverwijk and Hoofddorp are Nova College; Inholland Haarlem is Inholland; Spaarne
Gasthuis Hoofddorp is the Spaarne Gasthuis; Holland Casino Zandvoort is Holland Casino;
UWV WERKbedrijf Haarlem and UWV IJmond are UWV; Ymere Haarlem is Ymere; the municipality's
department ("Haarlem", afdeling Economie) is the municipality.

Kept apart (other organisations, whatever their names share): Danieli Corus (an
engineering firm in IJmuiden) and Corus / Tata Steel; Spaarnelanden (Haarlem's public
space company) and the Spaarne Gasthuis; Kennemer College (Beverwijk), Kennemerhart (care,
Beverwijk), the Kennemer Gasthuis (Spaarne Gasthuis) and the Veiligheidsregio
Kennemerland; Technisch College Velsen, Vellesan College (both IJmuiden), Vattenfall's
Centrale Velsen and the municipality Velsen; Circuit Zandvoort, Holland Casino Zandvoort
and the municipality Zandvoort; the province (Haarlem) and the municipality Haarlem;
Omgevingsdienst IJmond (Beverwijk) and the municipality Beverwijk; Zeehaven IJmuiden and
Tata Steel; the Werkgeversservicepunt and UWV (a partnership of the municipalities and
UWV: its own organisation for the network).

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website or street not known with certainty is
left empty. Relation types, sectors, sizes, interests, notes, numbers and dates are
illustrative; every row is loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first company row 2). A municipality's rows, and the row of the
municipality it took over, are the municipality's organisation.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Simplicate_Bedrijven_20261204.xlsx"

HEADERS = ("Relatienummer", "Bedrijfsnaam", "Relatiesoort", "Branche", "Bedrijfsgrootte",
           "Relatiebeheerder", "Telefoonnummer", "E-mailadres", "Website", "KvK-nummer",
           "Btw-nummer", "Bezoekadres", "Postcode", "Plaats", "Land", "Interesses",
           "Hoofdorganisatie", "Actief", "Opmerking", "Aangemaakt op", "Gewijzigd op")

PS = "Programmasecretaris"
AM_IJ = "Accountmanager IJmond"
AM_ZK = "Accountmanager Zuid-Kennemerland"
OM = "Officemanager"
TP = "Techniek Pact"
LLO = "Leven Lang Ontwikkelen"
ZORG = "Zorg"
HAVEN = "Haven en maritiem"
ENERGIE = "Energietransitie"
OA = "Onderwijs-arbeidsmarkt"

# (name, relation type, sector, size, manager, website, street, place, interests,
#  main organisation, active, note, created, modified, truth)
ROWS: list[tuple[str, ...]] = [
    # 2016: the old list of 2014 moved in
    ("Gemeente Haarlem", "Partner", "Gemeente", "250+", PS, "www.haarlem.nl", "Grote Markt 2",
     "Haarlem", f"{TP}, {OA}", "", "Ja", "", "2016-01-12 09:14", "2025-03-04 11:02", "haarlem"),
    ("Gemeente Velsen", "Partner", "Gemeente", "250+", AM_IJ, "www.velsen.nl", "Dudokplein 1",
     "IJmuiden", f"{TP}, {HAVEN}", "", "Ja", "", "2016-01-12 09:20", "2024-11-19 15:40", "velsen"),
    ("Gemeente Beverwijk", "Partner", "Gemeente", "250+", AM_IJ, "www.beverwijk.nl", "",
     "Beverwijk", TP, "", "Ja", "", "2016-01-12 09:23", "2024-06-10 10:11", "beverwijk"),
    ("Gemeente Heemskerk", "Partner", "Gemeente", "250+", AM_IJ, "www.heemskerk.nl", "",
     "Heemskerk", TP, "", "Ja", "", "2016-01-12 09:25", "2023-09-28 14:30", "heemskerk"),
    ("Gemeente Zandvoort", "Partner", "Gemeente", "51-250", AM_ZK, "www.zandvoort.nl", "",
     "Zandvoort", OA, "", "Ja", "", "2016-01-12 09:27", "2022-02-01 09:00", "zandvoort"),
    ("Gemeente Heemstede", "Partner", "Gemeente", "51-250", AM_ZK, "www.heemstede.nl",
     "Raadhuisplein 1", "Heemstede", OA, "", "Ja", "", "2016-01-12 09:29", "2023-01-17 16:45",
     "heemstede"),
    ("Gemeente Bloemendaal", "Partner", "Gemeente", "51-250", AM_ZK, "www.bloemendaal.nl", "",
     "Overveen", OA, "", "Ja", "", "2016-01-12 09:31", "2021-05-20 13:12", "bloemendaal"),
    ("Gemeente Uitgeest", "Partner", "Gemeente", "51-250", AM_IJ, "www.uitgeest.nl", "",
     "Uitgeest", "", "", "Ja", "", "2016-01-12 09:33", "2020-10-06 10:20", "uitgeest"),
    ("Gemeente Bennebroek", "Partner", "Gemeente", "", PS, "", "", "Bennebroek", "", "", "Nee",
     "oude lijst 2014; vervallen: sinds 1-1-2009 gemeente Bloemendaal", "2016-01-12 09:35",
     "2016-01-12 09:35", "bloemendaal"),
    ("Provincie Noord-Holland", "Financier", "Overheid", "250+", PS, "www.noord-holland.nl",
     "Dreef 3", "Haarlem", f"{TP}, {LLO}", "", "Ja", "subsidie Techniek Pact",
     "2016-01-12 09:40", "2025-12-01 08:55", "provincie-noord-holland"),
    ("UWV WERKbedrijf Haarlem", "Partner", "Overheid", "250+", AM_ZK, "www.uwv.nl", "",
     "Haarlem", LLO, "UWV", "Ja", "", "2016-01-12 09:44", "2024-04-02 12:00", "uwv"),
    ("CWI Haarlem", "Partner", "Overheid", "", PS, "", "", "Haarlem", "", "", "Nee",
     "oude lijst 2014; sinds 2009 UWV WERKbedrijf, niet meer gebruiken", "2016-01-12 09:46",
     "2016-03-08 10:30", "uwv"),
    ("Tata Steel IJmuiden B.V.", "Deelnemer", "Industrie", "250+", AM_IJ,
     "www.tatasteelnederland.com", "", "IJmuiden", f"{TP}, {ENERGIE}, {LLO}", "", "Ja", "",
     "2016-01-12 09:50", "2026-10-14 09:05", "tata-steel"),
    ("Corus Staal BV", "Deelnemer", "Industrie", "250+", PS, "", "", "IJmuiden", TP, "", "Nee",
     "oude lijst 2014; heet nu Tata Steel, dubbel", "2016-01-12 09:52", "2016-02-15 14:00",
     "tata-steel"),
    ("Nova College", "Partner", "Onderwijs", "250+", AM_ZK, "www.novacollege.nl", "",
     "Haarlem", f"{TP}, {OA}", "", "Ja", "", "2016-01-12 09:55", "2025-09-01 10:00",
     "nova-college"),
    ("Hogeschool INHOLLAND", "Partner", "Onderwijs", "250+", PS, "www.inholland.nl", "",
     "Haarlem", OA, "", "Ja", "", "2016-01-12 09:58", "2019-06-12 11:11", "inholland"),
    ("Spaarne Gasthuis", "Deelnemer", "Zorg en welzijn", "250+", AM_ZK,
     "www.spaarnegasthuis.nl", "", "Haarlem", f"{ZORG}, {LLO}", "", "Ja", "",
     "2016-01-12 10:02", "2025-02-11 15:15", "spaarne-gasthuis"),
    ("Kennemer Gasthuis", "Deelnemer", "Zorg en welzijn", "250+", PS, "", "", "Haarlem", ZORG,
     "", "Nee", "oude lijst 2014; fusie met Spaarne Ziekenhuis 2015", "2016-01-12 10:04",
     "2016-01-20 09:40", "spaarne-gasthuis"),
    ("Rode Kruis Ziekenhuis", "Deelnemer", "Zorg en welzijn", "250+", AM_IJ, "www.rkz.nl", "",
     "Beverwijk", ZORG, "", "Ja", "", "2016-01-12 10:06", "2024-01-09 13:20", "rkz"),
    ("Veiligheidsregio Kennemerland", "Partner", "Overheid", "250+", PS, "www.vrk.nl", "",
     "Haarlem", "", "", "Ja", "", "2016-01-12 10:09", "2023-03-30 10:45", "vrk"),
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond", "Partner", "Werk en re-integratie",
     "11-50", PS, "", "", "Haarlem", f"{LLO}, {OA}", "", "Ja", "", "2016-01-12 10:12",
     "2025-06-23 09:30", "wsp-zkij"),
    ("Pré Wonen", "Deelnemer", "Wonen", "51-250", AM_IJ, "www.prewonen.nl", "", "Velsen", "",
     "", "Ja", "", "2016-01-12 10:15", "2022-08-30 16:00", "pre-wonen"),
    ("Elan Wonen", "Deelnemer", "Wonen", "51-250", AM_ZK, "www.elanwonen.nl", "", "Haarlem",
     "", "", "Ja", "", "2016-01-12 10:17", "2022-08-30 16:02", "elan-wonen"),
    ("Ymere", "Deelnemer", "Wonen", "250+", AM_ZK, "www.ymere.nl", "", "Amsterdam", "", "",
     "Ja", "", "2016-01-12 10:19", "2021-11-02 11:30", "ymere"),
    ("UNETO-VNI", "Partner", "Brancheorganisatie", "51-250", PS, "", "", "Zoetermeer", TP, "",
     "Nee", "oude lijst 2014; sinds 2019 Techniek Nederland", "2016-01-12 10:21",
     "2019-10-01 09:00", "techniek-nederland"),
    ("Koninklijke Metaalunie", "Partner", "Brancheorganisatie", "51-250", PS,
     "www.metaalunie.nl", "", "Nieuwegein", TP, "", "Ja", "", "2016-01-12 10:23",
     "2023-05-16 10:10", "metaalunie"),
    ("Danieli Corus", "Deelnemer", "Industrie", "250+", AM_IJ, "www.danieli-corus.com", "",
     "IJmuiden", TP, "", "Ja", "", "2016-01-12 10:26", "2024-09-05 14:45", "danieli-corus"),
    ("Spaarnelanden NV", "Deelnemer", "Openbare ruimte", "250+", AM_ZK, "www.spaarnelanden.nl",
     "", "Haarlem", f"{ENERGIE}, {LLO}", "", "Ja", "", "2016-01-12 10:29", "2022-04-12 09:50",
     "spaarnelanden"),
    ("Zorgbalans", "Deelnemer", "Zorg en welzijn", "250+", AM_ZK, "www.zorgbalans.nl", "",
     "Haarlem", ZORG, "", "Ja", "", "2016-01-12 10:31", "2024-03-19 11:05", "zorgbalans"),
    ("Kennemerhart", "Deelnemer", "Zorg en welzijn", "250+", AM_IJ, "www.kennemerhart.nl", "",
     "Beverwijk", ZORG, "", "Ja", "", "2016-01-12 10:33", "2023-10-10 10:10", "kennemerhart"),
    ("Technisch College Velsen", "Partner", "Onderwijs", "51-250", AM_IJ, "", "", "IJmuiden",
     TP, "", "Ja", "", "2016-01-12 10:36", "2025-01-28 15:30", "technisch-college-velsen"),
    ("Vellesan College", "Partner", "Onderwijs", "51-250", AM_IJ, "", "", "IJmuiden", TP, "",
     "Ja", "", "2016-01-12 10:38", "2023-02-07 09:20", "vellesan-college"),
    ("Kennemer College", "Partner", "Onderwijs", "51-250", AM_IJ, "www.kennemercollege.nl", "",
     "Beverwijk", TP, "", "Ja", "", "2016-01-12 10:40", "2024-05-14 13:00", "kennemer-college"),
    ("Nuon Centrale Velsen", "Deelnemer", "Energie", "51-250", AM_IJ, "", "", "Velsen-Noord",
     ENERGIE, "", "Nee", "oude lijst 2014; nu Vattenfall", "2016-01-12 10:43",
     "2019-05-02 10:00", "vattenfall"),
    ("Continuon", "Prospect", "Energie", "", PS, "", "", "", "", "", "Nee",
     "oude lijst 2014; heet Liander", "2016-01-12 10:45", "2016-01-12 10:45", "liander"),
    ("Omgevingsdienst IJmond", "Partner", "Overheid", "51-250", AM_IJ, "www.odijmond.nl", "",
     "Beverwijk", ENERGIE, "", "Ja", "", "2016-01-12 10:48", "2022-12-06 14:14",
     "omgevingsdienst-ijmond"),
    ("Zeehaven IJmuiden N.V.", "Deelnemer", "Haven en logistiek", "11-50", AM_IJ, "", "",
     "IJmuiden", HAVEN, "", "Ja", "", "2016-01-12 10:50", "2024-07-01 09:45",
     "zeehaven-ijmuiden"),
    ("Circuit Park Zandvoort", "Prospect", "Recreatie", "51-250", AM_ZK,
     "www.circuitzandvoort.nl", "", "Zandvoort", "", "", "Ja", "", "2016-01-12 10:53",
     "2021-09-06 12:00", "circuit-zandvoort"),
    ("Holland Casino Zandvoort", "Prospect", "Recreatie", "51-250", AM_ZK, "", "", "Zandvoort",
     "", "Holland Casino", "Ja", "", "2016-01-12 10:55", "2020-01-14 10:00", "holland-casino"),
    ("Paswerk", "Partner", "Werk en re-integratie", "250+", AM_ZK, "www.paswerk.nl", "", "",
     LLO, "", "Ja", "", "2016-01-12 10:58", "2024-10-22 11:40", "paswerk"),
    ("VNO-NCW West", "Partner", "Brancheorganisatie", "11-50", PS, "", "", "", OA, "", "Ja", "",
     "2016-01-12 11:00", "2022-06-01 10:00", "vno-ncw-west"),
    # 2016-2026: added by hand, one by one
    ("gemeente haarlem", "Partner", "Gemeente", "", OM, "", "", "haarlem", "", "", "Nee",
     "dubbel, zie Gemeente Haarlem", "2016-05-03 14:22", "2017-01-10 09:00", "haarlem"),
    ("Haarlem", "Financier", "Gemeente", "", AM_ZK, "www.haarlem.nl", "", "Haarlem", LLO, "",
     "Ja", "afd. Economie, Cultuur en Wijken (cofinanciering)", "2016-09-14 10:05",
     "2025-03-04 11:05", "haarlem"),
    ("Tata Steel", "Deelnemer", "Industrie", "250+", AM_IJ, "", "", "Velsen-Noord",
     f"{TP}, {LLO}", "", "Ja", "opleidingscentrum, gastlessen vmbo", "2016-10-03 11:30",
     "2025-11-20 10:20", "tata-steel"),
    ("Nova College Beverwijk", "Partner", "Onderwijs", "250+", AM_IJ, "www.novacollege.nl", "",
     "Beverwijk", TP, "Nova College", "Ja", "", "2016-11-08 13:00", "2024-09-02 10:00",
     "nova-college"),
    ("Gem. Velsen", "Partner", "Gemeente", "", OM, "", "", "IJmuiden", "", "", "Ja",
     "factuuradres", "2017-02-01 09:12", "2017-02-01 09:12", "velsen"),
    ("Inholland Haarlem", "Partner", "Onderwijs", "250+", AM_ZK, "", "", "Haarlem", TP,
     "Hogeschool INHOLLAND", "Ja", "", "2017-03-15 15:45", "2024-02-20 09:30", "inholland"),
    ("RKZ Beverwijk", "Deelnemer", "Zorg en welzijn", "", AM_IJ, "", "", "Beverwijk", ZORG, "",
     "Ja", "", "2017-04-11 10:10", "2023-04-11 10:10", "rkz"),
    ("Brandweer Kennemerland", "Partner", "Overheid", "250+", AM_ZK, "", "", "Haarlem", TP,
     "Veiligheidsregio Kennemerland", "Ja", "techniek-stages", "2017-05-22 11:20",
     "2022-05-22 11:20", "vrk"),
    ("UWV", "Partner", "Overheid", "250+", PS, "www.uwv.nl", "", "Amsterdam", LLO, "", "Ja", "",
     "2017-06-06 09:00", "2025-01-07 09:00", "uwv"),
    ("Techniek Nederland", "Partner", "Brancheorganisatie", "51-250", PS,
     "www.technieknederland.nl", "", "Zoetermeer", TP, "", "Ja", "", "2017-09-19 14:00",
     "2024-12-03 10:30", "techniek-nederland"),
    ("TATA STEEL NEDERLAND", "Deelnemer", "Industrie", "", OM, "", "", "IJmuiden", "", "", "Ja",
     "", "2017-11-27 16:30", "2017-11-27 16:30", "tata-steel"),
    ("Spaarne Gasthuis Hoofddorp", "Deelnemer", "Zorg en welzijn", "", AM_ZK, "", "",
     "Hoofddorp", ZORG, "Spaarne Gasthuis", "Ja", "", "2018-01-16 10:00", "2021-01-16 10:00",
     "spaarne-gasthuis"),
    ("WSP ZKIJ", "Partner", "Werk en re-integratie", "", AM_IJ, "", "", "Haarlem", LLO, "",
     "Ja", "", "2018-02-05 13:15", "2023-06-05 13:15", "wsp-zkij"),
    ("ROC Nova College", "Partner", "Onderwijs", "", OM, "", "", "Haarlem", "", "", "Ja",
     "factuur BPV-project", "2018-03-12 09:40", "2018-03-12 09:40", "nova-college"),
    ("Danieli Corus B.V.", "Deelnemer", "Industrie", "", OM, "", "", "IJmuiden", "", "", "Ja",
     "", "2018-04-23 11:00", "2018-04-23 11:00", "danieli-corus"),
    ("Velsen", "Partner", "Gemeente", "", AM_IJ, "", "", "IJMUIDEN", HAVEN, "", "Ja",
     "Economische Zaken / haven", "2018-06-18 10:30", "2024-11-19 15:45", "velsen"),
    ("Provincie N-H", "Financier", "Overheid", "", OM, "", "", "Haarlem", "", "", "Ja",
     "factuur cofinanciering", "2018-09-03 14:00", "2018-09-03 14:00",
     "provincie-noord-holland"),
    ("GGD Kennemerland", "Partner", "Zorg en welzijn", "250+", AM_ZK, "www.ggdkennemerland.nl",
     "", "Haarlem", ZORG, "", "Ja", "", "2018-10-09 09:10", "2023-10-09 09:10", "vrk"),
    ("Stichting Pré Wonen", "Deelnemer", "Wonen", "", OM, "", "", "", "", "", "Ja", "",
     "2018-11-20 15:00", "2018-11-20 15:00", "pre-wonen"),
    ("Hoogovens", "Deelnemer", "Industrie", "", PS, "", "", "IJmuiden", "", "", "Nee",
     "oude lijst 2014: Koninklijke Hoogovens = Tata Steel, niet gebruiken",
     "2019-01-14 10:00", "2019-01-14 10:05", "tata-steel"),
    ("Zandvoort", "Partner", "Gemeente", "", AM_ZK, "", "", "Zandvoort", "", "", "Ja",
     "Economie & Toerisme", "2019-02-25 11:30", "2022-02-25 11:30", "zandvoort"),
    ("Vattenfall", "Deelnemer", "Energie", "250+", AM_IJ, "www.vattenfall.nl", "", "Amsterdam",
     ENERGIE, "", "Ja", "", "2019-05-02 10:05", "2025-05-02 10:05", "vattenfall"),
    ("Vattenfall Centrale Velsen", "Deelnemer", "Energie", "", AM_IJ, "", "", "Velsen-Noord",
     f"{ENERGIE}, {TP}", "Vattenfall", "Ja", "", "2019-05-02 10:12", "2024-05-02 10:12",
     "vattenfall"),
    ("Spaarne Ziekenhuis", "Deelnemer", "Zorg en welzijn", "", PS, "", "", "Hoofddorp", "",
     "", "Nee", "dubbel, zie Spaarne Gasthuis", "2019-06-11 09:30", "2019-06-11 09:35",
     "spaarne-gasthuis"),
    ("Inholland University of Applied Sciences", "Partner", "Onderwijs", "", AM_ZK, "", "",
     "Diemen", "", "", "Ja", "EU-project, Engelse naam op contract", "2019-09-24 14:20",
     "2021-09-24 14:20", "inholland"),
    ("Liander", "Prospect", "Energie", "250+", AM_IJ, "www.liander.nl", "", "Arnhem", ENERGIE,
     "", "Ja", "", "2019-10-15 10:40", "2025-03-18 10:40", "liander"),
    ("Heemstede", "Partner", "Gemeente", "", AM_ZK, "", "", "Heemstede", "", "", "Ja", "",
     "2020-01-21 13:00", "2020-01-21 13:00", "heemstede"),
    ("Kennemer College Beverwijk", "Partner", "Onderwijs", "", OM, "", "", "Beverwijk", "", "",
     "Ja", "", "2020-02-11 10:00", "2020-02-11 10:00", "kennemer-college"),
    ("TC Velsen", "Partner", "Onderwijs", "", AM_IJ, "", "", "IJmuiden", TP, "", "Ja",
     "Techniekdag", "2020-03-03 09:00", "2023-03-03 09:00", "technisch-college-velsen"),
    ("Holland Casino", "Prospect", "Recreatie", "250+", AM_ZK, "www.hollandcasino.nl", "",
     "Hoofddorp", "", "", "Ja", "", "2020-06-30 15:10", "2020-06-30 15:10", "holland-casino"),
    ("Rode Kruis Ziekenhuis - Brandwondencentrum", "Deelnemer", "Zorg en welzijn", "", AM_IJ,
     "", "", "Beverwijk", ZORG, "Rode Kruis Ziekenhuis", "Ja", "", "2020-09-08 11:00",
     "2022-09-08 11:00", "rkz"),
    ("Stichting Zorgbalans", "Deelnemer", "Zorg en welzijn", "", OM, "", "", "Haarlem", "", "",
     "Ja", "", "2020-10-27 09:45", "2020-10-27 09:45", "zorgbalans"),
    ("Provincie Noord Holland", "Financier", "Overheid", "", PS, "", "", "Haarlem", "", "",
     "Nee", "dubbel", "2021-01-19 10:00", "2021-01-19 10:05", "provincie-noord-holland"),
    ("Ymere Haarlem", "Deelnemer", "Wonen", "", AM_ZK, "", "", "Haarlem", "", "Ymere", "Ja",
     "", "2021-03-02 14:00", "2021-03-02 14:00", "ymere"),
    ("Nova Collage", "Partner", "Onderwijs", "", OM, "", "", "Haarlem", "", "", "Nee",
     "dubbel, typfout", "2021-04-13 16:00", "2021-04-14 09:00", "nova-college"),
    ("Circuit Zandvoort", "Deelnemer", "Recreatie", "", AM_ZK, "", "", "Zandvoort", TP, "",
     "Ja", "", "2021-05-25 10:30", "2024-05-25 10:30", "circuit-zandvoort"),
    ("Spaarnelanden", "Deelnemer", "Openbare ruimte", "", OM, "", "", "haarlem", "", "", "Ja",
     "", "2021-06-15 11:11", "2021-06-15 11:11", "spaarnelanden"),
    ("Gemeente Bloemendaal", "Partner", "Gemeente", "", OM, "", "", "Bloemendaal", "", "",
     "Nee", "dubbel, zie Gemeente Bloemendaal (Overveen)", "2021-08-31 09:20",
     "2021-09-01 08:30", "bloemendaal"),
    ("Hogeschool Haarlem", "Partner", "Onderwijs", "", PS, "", "", "Haarlem", "", "", "Nee",
     "oude lijst 2014; opgegaan in INHOLLAND (2002)", "2021-10-05 13:00", "2021-10-05 13:05",
     "inholland"),
    ("Danieli-Corus", "Deelnemer", "Industrie", "", AM_IJ, "", "", "Ijmuiden", TP, "", "Ja",
     "", "2022-01-18 10:00", "2022-01-18 10:00", "danieli-corus"),
    ("Beverwijk", "Partner", "Gemeente", "", AM_IJ, "", "", "Beverwijk", LLO, "", "Ja",
     "Werk & Inkomen", "2022-02-08 09:30", "2025-02-08 09:30", "beverwijk"),
    ("UWV IJmond", "Partner", "Overheid", "", AM_IJ, "", "", "", LLO, "UWV", "Ja", "",
     "2022-03-22 14:30", "2022-03-22 14:30", "uwv"),
    ("Technisch College Velzen", "Partner", "Onderwijs", "", OM, "", "", "IJmuiden", "", "",
     "Nee", "dubbel, zie TC Velsen", "2022-05-10 10:00", "2022-05-10 10:10",
     "technisch-college-velsen"),
    ("Metaalunie", "Partner", "Brancheorganisatie", "", AM_IJ, "", "", "Nieuwegein", TP, "",
     "Ja", "", "2022-06-14 11:00", "2022-06-14 11:00", "metaalunie"),
    ("Werkgevers Servicepunt Zuid-Kennemerland & IJmond", "Partner", "Werk en re-integratie",
     "", OM, "", "", "Haarlem", "", "", "Ja", "", "2022-08-23 09:15", "2022-08-23 09:15",
     "wsp-zkij"),
    ("Vellesan", "Partner", "Onderwijs", "", AM_IJ, "", "", "Ijmuiden", TP, "", "Ja", "",
     "2022-09-20 13:40", "2022-09-20 13:40", "vellesan-college"),
    ("gem. Heemskerk", "Partner", "Gemeente", "", OM, "", "", "Heemskerk", "", "", "Ja",
     "factuuradres", "2022-11-01 10:00", "2022-11-01 10:00", "heemskerk"),
    ("Woningcorporatie Ymere", "Deelnemer", "Wonen", "", OM, "", "", "Amsterdam", "", "", "Ja",
     "", "2023-01-10 09:00", "2023-01-10 09:00", "ymere"),
    ("VRK", "Partner", "Overheid", "", OM, "", "", "Haarlem", "", "", "Ja", "",
     "2023-02-14 11:20", "2023-02-14 11:20", "vrk"),
    ("Nova College Hoofddorp", "Partner", "Onderwijs", "", AM_ZK, "", "", "Hoofddorp", OA,
     "Nova College", "Ja", "", "2023-03-21 10:00", "2023-03-21 10:00", "nova-college"),
    ("Province of North Holland", "Financier", "Overheid", "", PS, "", "", "Haarlem", "", "",
     "Ja", "Interreg-aanvraag, Engelse naam", "2023-05-09 15:00", "2023-05-09 15:00",
     "provincie-noord-holland"),
    ("OD IJmond", "Partner", "Overheid", "", AM_IJ, "", "", "Beverwijk", ENERGIE, "", "Ja", "",
     "2023-06-27 10:10", "2023-06-27 10:10", "omgevingsdienst-ijmond"),
    ("CM.com Circuit Zandvoort", "Deelnemer", "Recreatie", "", OM, "", "", "Zandvoort", "", "",
     "Ja", "", "2023-08-29 14:00", "2023-08-29 14:00", "circuit-zandvoort"),
    ("Liander N.V.", "Leverancier", "Energie", "", OM, "", "", "Arnhem", "", "", "Ja", "",
     "2023-10-03 09:30", "2023-10-03 09:30", "liander"),
    ("Zeehaven IJmuiden", "Deelnemer", "Haven en logistiek", "", AM_IJ, "", "", "IJmuiden",
     HAVEN, "", "Ja", "", "2024-01-16 10:00", "2024-01-16 10:00", "zeehaven-ijmuiden"),
    ("Uitgeest", "Partner", "Gemeente", "", AM_IJ, "", "", "Uitgeest", TP, "", "Ja", "",
     "2024-02-20 11:00", "2024-02-20 11:00", "uitgeest"),
    ("spaarne gasthuis", "Deelnemer", "Zorg en welzijn", "", OM, "", "", "HAARLEM", "", "",
     "Ja", "", "2024-04-09 16:20", "2024-04-09 16:20", "spaarne-gasthuis"),
    ("Stichting Kennemerhart", "Deelnemer", "Zorg en welzijn", "", OM, "", "", "Beverwijk", "",
     "", "Ja", "", "2024-06-04 09:00", "2024-06-04 09:00", "kennemerhart"),
    ("PasWerk", "Partner", "Werk en re-integratie", "", OM, "", "", "", "", "", "Ja", "",
     "2024-09-17 10:45", "2024-09-17 10:45", "paswerk"),
    ("UNETO VNI", "Partner", "Brancheorganisatie", "", OM, "", "", "Zoetermeer", "", "", "Nee",
     "dubbel, zie Techniek Nederland", "2025-01-14 09:00", "2025-01-14 09:10",
     "techniek-nederland"),
    ("Elan Wonen Haarlem", "Deelnemer", "Wonen", "", AM_ZK, "", "", "Haarlem", "", "", "Ja", "",
     "2025-04-01 13:30", "2025-04-01 13:30", "elan-wonen"),
    ("VNO NCW West", "Partner", "Brancheorganisatie", "", OM, "", "", "", "", "", "Ja", "",
     "2025-09-09 10:00", "2025-09-09 10:00", "vno-ncw-west"),
    ("Tata Steel - Opleidingscentrum", "Deelnemer", "Industrie", "", AM_IJ, "", "", "IJmuiden",
     f"{TP}, {LLO}", "Tata Steel IJmuiden B.V.", "Ja", "BBL-trajecten", "2026-03-10 09:30",
     "2026-10-14 09:10", "tata-steel"),
]


def _date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _save_fixed(wb: Workbook) -> None:
    """Save the workbook with fixed times in the zip and its properties, so that the file
    is the same on every run."""
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = "2026-12-04T09:00:00Z"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(EXPORT, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp.encode(), data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 4, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, data)


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bedrijven"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    for number, row in enumerate(ROWS, start=1001):
        (name, kind, sector, size, manager, website, street, place, interests, parent,
         active, note, created, modified, org) = row
        ws.append([str(number), name, kind, sector, size, manager, None, None,
                   website or None, None, None, street or None, None, place or None,
                   "Nederland", interests or None, parent or None, active, note or None,
                   _date(created), _date(modified)])
        truth.append((ws.max_row, org))
        for col in (20, 21):
            ws.cell(ws.max_row, col).number_format = "dd-mm-yyyy hh:mm"
    ws.freeze_panes = "A2"
    wb.properties.creator = "Simplicate"
    wb.properties.created = datetime(2026, 12, 4, 9, 0)
    wb.properties.modified = datetime(2026, 12, 4, 9, 0)
    _save_fixed(wb)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("row", "organisation"))
        writer.writerows(truth)


if __name__ == "__main__":
    main()
