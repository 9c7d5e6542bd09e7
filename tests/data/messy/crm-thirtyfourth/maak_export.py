"""Write the thirty-fourth held-out organisation list: a LinkedIn Sales Navigator account
list exported as CSV and kept on in Google Sheets, and truth.csv beside this script.

    python tests/data/messy/crm-thirtyfourth/maak_export.py

The source: the employer-services team of a labour-market network in Noord-Holland Noord
(the Kop van Noord-Holland: Den Helder, Schagen, Hollands Kroon, Texel; West-Friesland:
Hoorn, Enkhuizen, Medemblik, Drechterland, Stede Broec) follows the region's employers,
schools and public partners as two Sales Navigator account lists, "Kop van Noord-Holland"
and "West-Friesland" (illustrative: no real team is named). Sales Navigator has no export
button of its own, so the lists were exported with a browser extension to one CSV, the
CSV was opened in Google Sheets as the team's shared "Accounts NHN" sheet, and colleagues
added the organisations they met below the exported rows by hand, in Dutch, as they write
them (no LinkedIn page looked up). Downloaded again as "Accounts NHN - Sales
Navigator.csv" (Google Sheets' "<file> - <tab>.csv"), it is this file.

The columns, as the export extension writes a company: "Company Name", "Company Domain",
"Company Website", "Company Employee Count Range", "Company Industry", "Company Type",
"Company Headquarters", "Company Linkedin Url", then the list's own "List Name" and "Added
On", the team's "Notes" and "Owner". One header row, then one row per account: 44
exported rows (in the order of "Added On"), then 71 rows the colleagues typed, with the
kind they meant ("Gemeente", "Zorg", ...) in "Company Industry" and nothing in the
columns only LinkedIn fills (domain, size, type, LinkedIn address).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in two public research notes on Sales Navigator exports (a repository's
  research/*.md) and a LinkedIn help page as stored: that Sales Navigator itself offers no
  CSV export (only a CRM sync; lists are exported with third-party extensions), that an
  account list can be made by uploading a CSV of account names (an account name column is
  required; "some regions use semicolons instead of commas", the help page warns), and that
  the exported company fields are the company's name, size as a range, industry,
  location, website and LinkedIn URL;
- checked, in public repositories that read or write such exports: the company columns
  "Company Name", "Company Domain", "Company Website", "Company Employee Count", "Company
  Employee Count Range", "Company Founded", "Company Industry", "Company Type", "Company
  Headquarters", "Company Revenue Range", "Company Linkedin Url" (also written "Company
  LinkedIn URL"), and "Added On" in a lead export; LinkedIn's size ranges ("1-10", "11-50",
  "51-200", "201-500", "501-1000", "1001-5000", ...);
- not checked, from general knowledge, the plausible choice taken: the headquarters as
  LinkedIn writes a location in English ("Den Helder, North Holland, Netherlands"); the
  size ranges with a thousands comma as LinkedIn shows them ("1,001-5,000", "10,001+");
  LinkedIn's industry names ("Government Administration", "Armed Forces", "Hospitals and
  Health Care") and company types ("Government Agency", "Educational", "Privately Held",
  "Nonprofit", "Public Company"); "Added On" as "2026-01-14" (the colleagues typed
  "14-1-2026"); the columns "List Name", "Notes" and "Owner" of this extension; Google
  Sheets' CSV download as UTF-8 without a byte-order mark, commas, CRLF line ends and
  quotes only where a field needs them. No export was made for this fixture.

Personal data: none. The export extension's person columns (a lead's name, title, profile)
are not in an account export; "Owner" holds the team's name ("Team Werkgeversdienstverlening
NHN") on the exported rows and is empty on the typed ones; "Notes" name no one. No phone
number, e-mail address or street. No KvK number or BRIN code: the export has no such
column, and the colleagues typed none (none was known here with certainty). The LinkedIn
address of a company page is filled only where it was known with certainty (UWV,
Microsoft): a real export has it on every exported row, and inventing the others' was not
an option.

The mess is LinkedIn's and the colleagues': one organisation with two LinkedIn pages (the
"Royal Netherlands Navy" and the "Koninklijke Marine"), a page still under a former name
("ROC Kop van Noord-Holland", "Gemini Ziekenhuis"), a page's English name beside the Dutch
one ("Netherlands Coastguard", "Kustwacht Nederland"; "NIOZ Royal Netherlands Institute for
Sea Research", "Koninklijk Nederlands Instituut voor Onderzoek der Zee"), the typed rows'
abbreviations ("HHNK", "WSP WF", "GGZ NHN", "NWZ"), legal forms ("Enza Zaden B.V."),
departments and locations after the name ("UWV WERKbedrijf Den Helder", "Randstad vestiging
Hoorn"), a typo ("Gemeente Stedebroec"), the headquarters of national companies elsewhere
(Randstad in Diemen, Liander in Arnhem, Microsoft in Redmond) beside the local site typed,
a village or a former municipality for the place (Anna Paulowna, Wieringerwerf,
Warmenhuizen, Den Hoorn, Heerhugowaard, Middenmeer), kinds typed in Dutch ("Gemeente",
"Overheid", "Onderwijs", "Zorg", "Bedrijf") or none. One typed row names no organisation
("nog opzoeken", a company met at a job fair): it stands in the file and not in truth.csv.

Organisations under an earlier name (as remembered, not checked in a stored source): the
ROC Kop van Noord-Holland and the Clusius College → Vonk (2022); the Gemini Ziekenhuis (Den
Helder) → Noordwest Ziekenhuisgroep; the Westfriesgasthuis (Hoorn) → Dijklander Ziekenhuis;
Anna Paulowna, Wieringen, Wieringermeer and Niedorp → Hollands Kroon (2012); Heerhugowaard →
Dijk en Waard (2022; the Hoogheemraadschap's seat). A row under the old name means the
organisation now, so truth.csv names the successor.

How a location, department or part was decided (as the region's networker would): a
location, department or team is its organisation (a municipality's team is the
municipality; UWV WERKbedrijf Den Helder is UWV; Noordwest Ziekenhuisgroep locatie Den
Helder is the Noordwest; the navy's base and its two LinkedIn pages are one organisation,
"defensie"; Wageningen Marine Research's Den Helder location is Wageningen Marine Research;
Microsoft's datacenter in Middenmeer is Microsoft). Apart stay those the team deals with as
partners of their own, each with its own LinkedIn page: the Kustwacht from the navy (the
navy runs it, the team talks to it apart); the Werkgeversservicepunt Kop van Noord-Holland
from the Werkgeversservicepunt West-Friesland, and both from UWV and the municipalities;
Liander from its parent Alliander; Damen Shipyards Den Helder from the Damen Shipyards
Group; Tempo-Team from Randstad; the Noordwest from the Dijklander (two hospitals) and both
from the GGZ Noord-Holland-Noord; the NIOZ from Wageningen Marine Research; the
Hoogheemraadschap from PWN.

Precision traps: Den Helder (the municipality, the Port of Den Helder, Den Helder Airport,
Damen Shipyards Den Helder, Woningstichting Den Helder, the navy, the Kustwacht, Vonk, the
Noordwest's location, UWV's office); Hoorn and Den Hoorn (the municipality of Hoorn, the
Dijklander, Omring, Intermaris, the WSP West-Friesland; TESO in Den Hoorn on Texel);
Enkhuizen (the municipality, Enza Zaden, the RSG Enkhuizen); "Noord-Holland Noord" and
"Noorden" (the GGD Hollands Noorden, the GGZ Noord-Holland-Noord, the Hoogheemraadschap
Hollands Noorderkwartier, Liander's region); Texel (the municipality, TESO, the NIOZ);
"Royal" and "Koninklijk" (the navy, the NIOZ).

Facts: names, places, websites, industries and size ranges as widely known of the
organisations, as remembered, not checked in a stored source (a size range is LinkedIn's
kind of figure, rounded to its category); a website not known with certainty is left
empty. Dates, notes and list names are illustrative; every row is loaded with a source
that starts with ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first account row 2). The row that names no organisation is left
out of it.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Accounts NHN - Sales Navigator.csv"

HEADER = ["Company Name", "Company Domain", "Company Website", "Company Employee Count Range",
          "Company Industry", "Company Type", "Company Headquarters", "Company Linkedin Url",
          "List Name", "Added On", "Notes", "Owner"]

KOP, WF = "Kop van Noord-Holland", "West-Friesland"
TEAM = "Team Werkgeversdienstverlening NHN"
NH = ", North Holland, Netherlands"
GOV, ARMY, SAFE, HOSP, MENTAL, EDU, SCHOOL, RES = (
    "Government Administration", "Armed Forces", "Public Safety", "Hospitals and Health Care",
    "Mental Health Care", "Education", "Primary and Secondary Education", "Research Services")
AG, PRIV, NONP, EDT, PUB = ("Government Agency", "Privately Held", "Nonprofit", "Educational",
                            "Public Company")

# An exported account: (name, website, size, industry, type, headquarters, LinkedIn URL,
# list, added on, notes, truth id). The website's domain is the export's "Company Domain".
EXPORTED: list[tuple[str, str, str, str, str, str, str, str, str, str, str]] = [
    ("Gemeente Den Helder", "http://www.denhelder.nl", "501-1,000", GOV, AG,
     "Den Helder" + NH, "", KOP, "2026-01-12", "", "den-helder"),
    ("Gemeente Schagen", "http://www.schagen.nl", "501-1,000", GOV, AG, "Schagen" + NH, "",
     KOP, "2026-01-12", "", "schagen"),
    ("Gemeente Hollands Kroon", "http://www.hollandskroon.nl", "501-1,000", GOV, AG,
     "Anna Paulowna" + NH, "", KOP, "2026-01-12", "", "hollands-kroon"),
    ("Gemeente Texel", "http://www.texel.nl", "201-500", GOV, AG, "Den Burg" + NH, "", KOP,
     "2026-01-12", "", "texel"),
    ("Gemeente Hoorn", "http://www.hoorn.nl", "501-1,000", GOV, AG, "Hoorn" + NH, "", WF,
     "2026-01-13", "", "hoorn"),
    ("Gemeente Enkhuizen", "http://www.enkhuizen.nl", "201-500", GOV, AG, "Enkhuizen" + NH,
     "", WF, "2026-01-13", "", "enkhuizen"),
    ("Gemeente Medemblik", "http://www.medemblik.nl", "201-500", GOV, AG, "Wognum" + NH, "",
     WF, "2026-01-13", "", "medemblik"),
    ("Gemeente Drechterland", "http://www.drechterland.nl", "201-500", GOV, AG,
     "Hoogkarspel" + NH, "", WF, "2026-01-13", "", "drechterland"),
    ("Gemeente Stede Broec", "http://www.stedebroec.nl", "201-500", GOV, AG,
     "Bovenkarspel" + NH, "", WF, "2026-01-13", "", "stede-broec"),
    ("Royal Netherlands Navy", "http://www.defensie.nl", "10,001+", ARMY, AG,
     "Den Helder" + NH, "", KOP, "2026-01-14", "Grootste werkgever van de Kop",
     "defensie"),
    ("Koninklijke Marine", "http://www.defensie.nl", "10,001+", ARMY, AG, "Den Helder" + NH, "",
     KOP, "2026-01-14", "Tweede pagina van de marine", "defensie"),
    ("Netherlands Coastguard", "http://www.kustwacht.nl", "201-500", SAFE, AG,
     "Den Helder" + NH, "", KOP, "2026-01-14", "", "kustwacht"),
    ("UWV", "http://www.uwv.nl", "10,001+", GOV, AG, "Amsterdam" + NH,
     "https://www.linkedin.com/company/uwv/", KOP, "2026-01-14", "", "uwv"),
    ("Werkgeversservicepunt Kop van Noord-Holland", "", "11-50", GOV, AG, "Den Helder" + NH,
     "", KOP, "2026-01-14", "Regionaal WSP Kop", "wsp-kop"),
    ("Werkgeversservicepunt West-Friesland", "", "11-50", GOV, AG, "Hoorn" + NH, "", WF,
     "2026-01-14", "", "wsp-wf"),
    ("GGD Hollands Noorden", "http://www.ggdhollandsnoorden.nl", "501-1,000", GOV, AG,
     "Alkmaar" + NH, "", KOP, "2026-01-15", "", "ggd-hn"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "http://www.hhnk.nl", "501-1,000", GOV, AG,
     "Heerhugowaard" + NH, "", KOP, "2026-01-15", "", "hhnk"),
    ("NIOZ Royal Netherlands Institute for Sea Research", "http://www.nioz.nl", "201-500",
     RES, NONP, "Texel" + NH, "", KOP, "2026-01-15", "", "nioz"),
    ("Wageningen Marine Research", "http://www.wur.nl", "201-500", RES, EDT,
     "IJmuiden" + NH, "", KOP, "2026-01-15", "Heeft een locatie in Den Helder", "wmr"),
    ("Horizon College", "http://www.horizoncollege.nl", "1,001-5,000", EDU, EDT,
     "Alkmaar" + NH, "", WF, "2026-01-19", "", "horizon"),
    ("Vonk", "", "1,001-5,000", EDU, EDT, "Den Helder" + NH, "", KOP, "2026-01-19", "",
     "vonk"),
    ("ROC Kop van Noord-Holland", "", "501-1,000", EDU, EDT, "Den Helder" + NH, "", KOP,
     "2026-01-19", "Oude pagina?", "vonk"),
    ("RSG Enkhuizen", "", "51-200", SCHOOL, EDT, "Enkhuizen" + NH, "", WF, "2026-01-19", "",
     "rsg-enkhuizen"),
    ("Regius College", "", "201-500", SCHOOL, EDT, "Schagen" + NH, "", KOP, "2026-01-19", "",
     "regius"),
    ("Noordwest Ziekenhuisgroep", "http://www.nwz.nl", "5,001-10,000", HOSP, NONP,
     "Alkmaar" + NH, "", KOP, "2026-01-20", "Locatie Den Helder", "nwz"),
    ("Gemini Ziekenhuis", "", "501-1,000", HOSP, NONP, "Den Helder" + NH, "", KOP,
     "2026-01-20", "", "nwz"),
    ("Dijklander Ziekenhuis", "http://www.dijklander.nl", "1,001-5,000", HOSP, NONP,
     "Hoorn" + NH, "", WF, "2026-01-20", "", "dijklander"),
    ("GGZ Noord-Holland-Noord", "http://www.ggz-nhn.nl", "1,001-5,000", MENTAL, NONP,
     "Heiloo" + NH, "", KOP, "2026-01-20", "", "ggz-nhn"),
    ("Omring", "http://www.omring.nl", "1,001-5,000", HOSP, NONP, "Hoorn" + NH, "", WF,
     "2026-01-20", "", "omring"),
    ("Port of Den Helder", "http://www.portofdenhelder.nl", "11-50", "Maritime Transportation",
     PRIV, "Den Helder" + NH, "", KOP, "2026-01-21", "", "port-den-helder"),
    ("Den Helder Airport", "", "11-50", "Airlines and Aviation", PRIV, "Den Helder" + NH, "",
     KOP, "2026-01-21", "", "den-helder-airport"),
    ("Damen Shipyards Den Helder", "http://www.damen.com", "201-500", "Shipbuilding", PRIV,
     "Den Helder" + NH, "", KOP, "2026-01-21", "", "damen-den-helder"),
    ("Damen Shipyards Group", "http://www.damen.com", "10,001+", "Shipbuilding", PRIV,
     "Gorinchem, South Holland, Netherlands", "", KOP, "2026-01-21",
     "Moederbedrijf, hoofdkantoor", "damen-group"),
    ("Enza Zaden", "http://www.enzazaden.com", "1,001-5,000", "Farming", PRIV,
     "Enkhuizen" + NH, "", WF, "2026-01-22", "", "enza"),
    ("Bejo", "http://www.bejo.com", "1,001-5,000", "Farming", PRIV, "Warmenhuizen" + NH, "",
     KOP, "2026-01-22", "", "bejo"),
    ("TESO", "http://www.teso.nl", "201-500", "Maritime Transportation", PRIV,
     "Den Hoorn" + NH, "", KOP, "2026-01-22", "Veerdienst Den Helder - Texel", "teso"),
    ("Microsoft", "http://www.microsoft.com", "10,001+", "Software Development", PUB,
     "Redmond, Washington, United States", "https://www.linkedin.com/company/microsoft/",
     KOP, "2026-01-22", "Datacenter Middenmeer", "microsoft"),
    ("PWN", "http://www.pwn.nl", "501-1,000", "Utilities", PRIV, "Velserbroek" + NH, "", KOP,
     "2026-01-26", "", "pwn"),
    ("Liander", "http://www.liander.nl", "5,001-10,000", "Utilities", PRIV,
     "Arnhem, Gelderland, Netherlands", "", KOP, "2026-01-26", "", "liander"),
    ("Alliander", "http://www.alliander.com", "5,001-10,000", "Utilities", PRIV,
     "Arnhem, Gelderland, Netherlands", "", KOP, "2026-01-26", "Moeder van Liander",
     "alliander"),
    ("Randstad Nederland", "http://www.randstad.nl", "5,001-10,000", "Staffing and Recruiting",
     PUB, "Diemen" + NH, "", WF, "2026-01-26", "", "randstad"),
    ("Tempo-Team", "http://www.tempo-team.nl", "1,001-5,000", "Staffing and Recruiting", PRIV,
     "", "", WF, "2026-01-26", "", "tempo-team"),
    ("Woningstichting Den Helder", "", "51-200", "Real Estate", NONP, "Den Helder" + NH, "",
     KOP, "2026-01-27", "", "woningstichting-den-helder"),
    ("Intermaris", "http://www.intermaris.nl", "51-200", "Real Estate", NONP, "Hoorn" + NH, "",
     WF, "2026-01-27", "", "intermaris"),
]

# A row a colleague typed: (name, website, kind as typed, place as typed, list, added on,
# notes, truth id or "" for a row that names no organisation).
TYPED: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("gemeente Den Helder - Economische Zaken", "", "Gemeente", "Den Helder", KOP,
     "3-2-2026", "Ondernemersloket", "den-helder"),
    ("Den Helder (gemeente)", "", "Overheid", "", KOP, "", "", "den-helder"),
    ("Gem. Schagen - team Werk & Inkomen", "", "Gemeente", "Schagen", KOP, "3-2-2026", "",
     "schagen"),
    ("Hollands Kroon", "", "Overheid", "Hollands Kroon", KOP, "4-2-2026", "", "hollands-kroon"),
    ("Gemeente Hollands Kroon, afd. Economie", "www.hollandskroon.nl", "Gemeente",
     "Wieringerwerf", KOP, "", "Agriport A7", "hollands-kroon"),
    ("gemeente texel", "", "Gemeente", "Texel", KOP, "4-2-2026", "", "texel"),
    ("Gemeente Hoorn, team Economie", "", "Gemeente", "Hoorn", WF, "5-2-2026", "", "hoorn"),
    ("Hoorn", "", "Gemeente", "Hoorn", WF, "", "", "hoorn"),
    ("gem. Enkhuizen", "", "Gemeente", "Enkhuizen", WF, "5-2-2026", "", "enkhuizen"),
    ("Gemeente Medemblik", "", "Gemeente", "Medemblik", WF, "5-2-2026", "", "medemblik"),
    ("gemeente Medemblik - Economische zaken", "", "", "Wognum", WF, "", "", "medemblik"),
    ("Drechterland", "", "Gemeente", "Hoogkarspel", WF, "6-2-2026", "", "drechterland"),
    ("Gemeente Stedebroec", "", "Gemeente", "Bovenkarspel", WF, "6-2-2026", "",
     "stede-broec"),
    ("Koninklijke Marine - Marinebasis Den Helder", "", "Overheid", "Den Helder", KOP,
     "9-2-2026", "Werving technici", "defensie"),
    ("Ministerie van Defensie (marine Den Helder)", "www.defensie.nl", "Overheid",
     "Den Helder", KOP, "", "", "defensie"),
    ("Kustwacht Nederland", "www.kustwacht.nl", "Overheid", "Den Helder", KOP, "9-2-2026",
     "Valt onder Defensie, apart volgen", "kustwacht"),
    ("Kustwacht", "", "", "Den Helder", KOP, "", "", "kustwacht"),
    ("UWV WERKbedrijf Den Helder", "", "Overheid", "Den Helder", KOP, "10-2-2026", "",
     "uwv"),
    ("UWV Werkgeversdienstverlening Hoorn", "", "Overheid", "Hoorn", WF, "10-2-2026", "",
     "uwv"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "www.uwv.nl", "Overheid", "Amsterdam",
     KOP, "", "", "uwv"),
    ("WSP Kop van NH", "", "Overheid", "Den Helder", KOP, "10-2-2026", "", "wsp-kop"),
    ("Werkgeversservicepunt Kop van Noord Holland", "", "", "Schagen", KOP, "", "",
     "wsp-kop"),
    ("WSP West-Friesland", "", "Overheid", "Hoorn", WF, "11-2-2026", "", "wsp-wf"),
    ("WSP WF", "", "Overheid", "", WF, "", "", "wsp-wf"),
    ("GGD HN locatie Den Helder", "", "Zorg", "Den Helder", KOP, "11-2-2026", "", "ggd-hn"),
    ("GGD Hollands-Noorden", "www.ggdhollandsnoorden.nl", "Overheid", "Hoorn", WF, "", "",
     "ggd-hn"),
    ("HHNK", "", "Overheid", "Heerhugowaard", KOP, "12-2-2026", "", "hhnk"),
    ("Hoogheemraadschap Hollands Noorderkwartier - afdeling Beheer", "www.hhnk.nl",
     "Overheid", "Dijk en Waard", KOP, "", "", "hhnk"),
    ("NIOZ", "", "", "Texel", KOP, "12-2-2026", "", "nioz"),
    ("Koninklijk Nederlands Instituut voor Onderzoek der Zee", "www.nioz.nl", "Onderwijs",
     "'t Horntje", KOP, "", "", "nioz"),
    ("Wageningen Marine Research (locatie Den Helder)", "", "Onderwijs", "Den Helder", KOP,
     "12-2-2026", "", "wmr"),
    ("WMR Den Helder", "", "", "Den Helder", KOP, "", "", "wmr"),
    ("Horizon College Hoorn", "", "Onderwijs", "Hoorn", WF, "16-2-2026", "", "horizon"),
    ("Horizon College, Techniek Hoorn", "", "Onderwijs", "Hoorn", WF, "", "Techniek",
     "horizon"),
    ("Vonk mbo Schagen", "", "Onderwijs", "Schagen", KOP, "16-2-2026", "", "vonk"),
    ("Clusius College Hoorn", "", "Onderwijs", "Hoorn", WF, "", "Nu Vonk?", "vonk"),
    ("Regionale Scholengemeenschap Enkhuizen", "", "Onderwijs", "Enkhuizen", WF, "16-2-2026",
     "", "rsg-enkhuizen"),
    ("Regius College Schagen", "", "Onderwijs", "Schagen", KOP, "", "", "regius"),
    ("Noordwest Ziekenhuisgroep locatie Den Helder", "", "Zorg", "Den Helder", KOP,
     "17-2-2026", "", "nwz"),
    ("NWZ Den Helder", "www.nwz.nl", "Zorg", "Den Helder", KOP, "", "", "nwz"),
    ("Dijklander Hoorn", "", "Zorg", "Hoorn", WF, "17-2-2026", "", "dijklander"),
    ("Westfriesgasthuis", "", "Zorg", "Hoorn", WF, "", "", "dijklander"),
    ("Dijklander ziekenhuis, locatie Hoorn", "www.dijklander.nl", "Zorg", "Hoorn", WF, "", "",
     "dijklander"),
    ("GGZ NHN Den Helder", "", "Zorg", "Den Helder", KOP, "18-2-2026", "", "ggz-nhn"),
    ("GGZ Noord Holland Noord", "", "Zorg", "Hoorn", WF, "", "", "ggz-nhn"),
    ("Stichting Omring", "", "Zorg", "Hoorn", WF, "18-2-2026", "", "omring"),
    ("Omring thuiszorg Enkhuizen", "", "Zorg", "Enkhuizen", WF, "", "", "omring"),
    ("Haven Den Helder (Port of Den Helder)", "", "Bedrijf", "Den Helder", KOP, "19-2-2026",
     "", "port-den-helder"),
    ("Havenbedrijf Den Helder", "", "", "Den Helder", KOP, "", "", "port-den-helder"),
    ("Den Helder Airport (De Kooy)", "", "Bedrijf", "Den Helder", KOP, "19-2-2026", "",
     "den-helder-airport"),
    ("Damen Den Helder", "", "Bedrijf", "Den Helder", KOP, "19-2-2026", "Marinewerf",
     "damen-den-helder"),
    ("Damen Shipyards Den Helder B.V.", "www.damen.com", "", "Den Helder", KOP, "", "",
     "damen-den-helder"),
    ("Damen (hoofdkantoor)", "", "Bedrijf", "Gorinchem", KOP, "", "", "damen-group"),
    ("Enza Zaden B.V.", "", "Bedrijf", "Enkhuizen", WF, "23-2-2026", "", "enza"),
    ("Enza", "", "", "", WF, "", "Zaadveredeling", "enza"),
    ("Bejo Zaden B.V.", "", "Bedrijf", "Warmenhuizen", KOP, "23-2-2026", "", "bejo"),
    ("Bejo Zaden", "", "Bedrijf", "Schagen", KOP, "", "", "bejo"),
    ("Texels Eigen Stoomboot Onderneming", "", "Bedrijf", "Texel", KOP, "24-2-2026", "",
     "teso"),
    ("TESO veerdienst Texel", "", "Bedrijf", "Den Helder", KOP, "", "", "teso"),
    ("Microsoft datacenter Middenmeer", "", "Bedrijf", "Middenmeer", KOP, "24-2-2026", "",
     "microsoft"),
    ("Microsoft Nederland (datacenter Agriport)", "", "", "Hollands Kroon", KOP, "", "",
     "microsoft"),
    ("PWN Waterleidingbedrijf Noord-Holland", "", "Bedrijf", "Velserbroek", KOP, "25-2-2026",
     "", "pwn"),
    ("Waterbedrijf PWN", "", "", "", KOP, "", "", "pwn"),
    ("Liander regio Noord-Holland Noord", "", "Bedrijf", "", KOP, "25-2-2026",
     "Netcongestie Kop", "liander"),
    ("Liander N.V.", "www.liander.nl", "", "Arnhem", KOP, "", "", "liander"),
    ("Randstad Den Helder", "", "Bedrijf", "Den Helder", KOP, "26-2-2026", "", "randstad"),
    ("Randstad vestiging Hoorn", "", "Bedrijf", "Hoorn", WF, "", "", "randstad"),
    ("Tempo Team Hoorn", "", "Bedrijf", "Hoorn", WF, "26-2-2026", "", "tempo-team"),
    ("Woningstichting Den Helder", "", "Wonen", "Den Helder", KOP, "2-3-2026", "",
     "woningstichting-den-helder"),
    ("Woningcorporatie Intermaris", "", "Wonen", "Hoorn", WF, "2-3-2026", "", "intermaris"),
    ("nog opzoeken", "", "Bedrijf", "Schagen", KOP, "3-3-2026",
     "Bedrijf van de banenmarkt, naam vergeten", ""),
]


def domain(website: str) -> str:
    """The export's "Company Domain": the website's host without "www."."""
    host = website.split("//")[-1].split("/")[0]
    return host.removeprefix("www.")


def rows() -> list[tuple[list[str], str]]:
    """Each data row as the file has it, with its truth id ("" for none)."""
    out = []
    for name, web, size, industry, kind, hq, url, lst, added, notes, org in EXPORTED:
        out.append(([name, domain(web) if web else "", web, size, industry, kind, hq, url, lst,
                     added, notes, TEAM], org))
    for name, web, kind, place, lst, added, notes, org in TYPED:
        # typed by hand: no domain, size or LinkedIn page; the kind in "Company Industry"
        # (the colleagues' "sector"), "Company Type" left empty
        out.append(([name, "", web, "", kind, "", place, "", lst, added, notes, ""], org))
    return out


def main() -> None:
    data = rows()
    with EXPORT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADER)
        for cells, _ in data:
            writer.writerow(cells)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (_, org) in enumerate(data, start=2):
            if org:  # a row that names no organisation is not in the truth
                writer.writerow([number, org])
    named = [org for _, org in data if org]
    print(f"{EXPORT.name}: {len(data)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
