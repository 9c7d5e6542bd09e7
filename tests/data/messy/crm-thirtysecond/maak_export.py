"""Write the thirty-second held-out organisation list: an mbo school's workbook of recognised
work-placement companies (SBB's "erkende leerbedrijven") and truth.csv beside this script.

    python tests/data/messy/crm-thirtysecond/maak_export.py

The placement office ("BPV-bureau") of an mbo school in Regio Alkmaar (the school is not
named) searched SBB's register of recognised work-placement companies, as Stagemarkt.nl
shows it, for the qualifications of its programmes around Alkmaar, and pasted the result
into an Excel workbook, one row per company, location and qualification (crebo). Since then
the office's people have kept it by hand: they added rows for companies the search did not
give (typed from memory, from an older list or from a teacher's e-mail) and three columns
of their own, "Contact school" (which team of the school keeps the contact), "Opmerking"
and "Laatste bezoek". One sheet, "Leerbedrijven", the header in row 1, the rows SBB gave
first (in the register's order, by name), the rows typed by the school's people after them
in the order they were added.

The columns: "Leerbedrijf ID", "Naam leerbedrijf", "Straat", "Huisnummer", "Postcode",
"Plaats", "Crebo", "Kwalificatie", "Niveau", "Leerweg", "Aantal leerplaatsen", "Website",
"Contactpersoon", "Telefoon", "E-mail" (SBB's), then "Contact school", "Opmerking",
"Laatste bezoek" (the school's).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read Stagemarkt.nl (an unofficial Python wrapper,
  its typed payloads, and a write-up of the site's query API from a captured session): that
  SBB's public search gives, per organisation, a "leerbedrijfId" (a number of nine digits in
  the examples, "100077736"), the "naam" as registered with its legal form ("Genetics
  B.V.", "Qlip B.V."), a "vestigingsadres" (street, house number, postcode, place, country),
  "website", "telefoonnummer", "email", "bedrijfsgrootte" and "aantalLeerplaatsen", and per
  work place the "kwalificatie" with its "crebocode" and level ("Niveau 4") and the
  "leerweg" ("BOL"); that an organisation's detail holds "personen" (contact persons with
  name, phone and e-mail); that the wrapper's own scripts export search results to Excel
  (so a search pasted to Excel is what a school has); that crebo 25998 is "Software
  developer", level 4. In the text of SBB's Reglement erkenning leerbedrijven (as stored):
  that SBB recognises a company or an organisation as a leerbedrijf; in an older knowledge
  centre's reglement, that a recognised qualification has a CREBO number.
- checked, in a stored repository's test fixture of a school's placement records (fields
  as a school's administration reports them): that such a record carries a "LeerbedrijfID"
  (seven digits there, "1234567") beside the crebo ("Opleidingcode").
- not checked, from general knowledge, the plausible choice taken: that SBB's site itself
  offers no Excel download (so the school's columns are the fields of the search, with Dutch
  headers as a person writes them); the headers' words; a number of places as a number; the
  leerweg "BOL", "BBL" or "BOL/BBL"; "Laatste bezoek" a date cell ("d-m-yyyy") where a date
  was typed, else text ("nov. 2024", "nog niet"); no Excel table or formatting but a bold
  header. No download was made for this fixture.

What is left empty, and why:

- "Leerbedrijf ID": SBB's number of each recognised company is not known for these real
  companies and is not invented; the column stands empty on every row (a real export has it
  on every row SBB gave). No KvK number or BRIN code either: SBB's search shows neither.
- "Contactpersoon", "Telefoon", "E-mail": no personal data. They stay empty on every row
  (SBB's contact persons are people; a generic address of each company is not known with
  certainty and is not made up). "Contact school" names a team of the school, not a person
  ("BPV-bureau", "Team Zorg en Welzijn").
- "Straat", "Huisnummer", "Postcode": filled only where the address is widely known (the
  Noordwest Ziekenhuisgroep's Wilhelminalaan 12, 1815 JD Alkmaar, as remembered); empty
  elsewhere, rather than guessed.
- Websites: only those known with some certainty, on some rows; typed rows mostly none.
- Crebo numbers and qualification names: as remembered, not checked in a stored source,
  except 25998; they are facts of the programmes, not of the organisations.

The mess is the register's and the school's: the same company once per qualification and
per location; SBB's registered name with its legal form ("N.V. HVC", "Vomar Voordeelmarkt
B.V.") beside the name a teacher typed ("HVC", "Vomar"); a location after the name
("Noordwest Ziekenhuisgroep, locatie Den Helder"); a department ("gemeente Alkmaar afd.
Wijkteams", "GGD HN afd. JGZ"); an abbreviation ("HHNK", "VR NHN", "PCC", "NHD", "RKZ",
"MCA"); a former name from an older list ("Medisch Centrum Alkmaar", "Woonwaard
Noord-Kennemerland", "Clusius College Alkmaar"); a former municipality ("Gemeente
Heerhugowaard", "Gemeente Langedijk", "Gemeente Graft-De Rijp", "Gemeente Schermer"); a
place left out, or the village rather than the municipality (Akersloot, Schoorl, Broek op
Langedijk, De Rijp, Stompetoren, Zwaagdijk-Oost); small letters and a missing accent. One
typed row names no organisation ("n.n.b. (student zoekt zelf)"): it stands in the workbook
and not in truth.csv.

How a location, department or part was decided (as the placement office would): a location,
department or branch of an organisation is that organisation (a municipality's department
is the municipality; the Noordwest's locations Alkmaar and Den Helder are the Noordwest; the
Brandweer Noord-Holland Noord is the Veiligheidsregio Noord-Holland Noord's; UWV WERKbedrijf
Alkmaar is UWV; the police's basisteam Alkmaar is the Politie, eenheid Noord-Holland). A
chain's own stores are the chain: the Vomar's stores in Heiloo, Castricum and Heerhugowaard
are the Vomar (head office Alkmaar), Action Alkmaar and Heerhugowaard are Action (head office
Zwaagdijk-Oost) -- as remembered, both chains' stores are their own, not franchised. Apart
stay: the municipality Alkmaar and its public-works company Stadswerk072; the municipality
Alkmaar and AZ (the football club named after the place); the three hospitals (Noordwest,
Dijklander in Hoorn, Rode Kruis Ziekenhuis in Beverwijk) and the GGZ Noord-Holland-Noord; the
GGD Hollands Noorden, the Veiligheidsregio Noord-Holland Noord, the Hoogheemraadschap Hollands
Noorderkwartier, the Provincie Noord-Holland and the Politie eenheid Noord-Holland; the two
housing corporations Woonwaard and Kennemer Wonen and the Bibliotheek Kennemerwaard; Horizon
College, Vonk and Inholland; the three secondary schools; Dijk en Waard, Esdégé-Reigersdaal,
Henri Willig and the Hoogheemraadschap (all in Heerhugowaard); Heiloo and the GGZ.

Organisations under an earlier name (as remembered, not checked in a stored source):
Heerhugowaard and Langedijk → Dijk en Waard (1 January 2022); Graft-De Rijp and Schermer →
Alkmaar (1 January 2015); Medisch Centrum Alkmaar (with the Gemini Ziekenhuis, Den Helder) →
Noordwest Ziekenhuisgroep (2015); the Clusius College → Vonk (2022); Woonwaard
Noord-Kennemerland → Woonwaard. A row under the old name means the organisation now, so it is
the successor in truth.csv.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source. Numbers of places, remarks, teams and visit dates
are illustrative; every row is loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first company row 2). A municipality's rows, and the rows of the
municipalities it took over, are the municipality's organisation.
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
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Erkende leerbedrijven Regio Alkmaar 2025.xlsx"

HEADER = ["Leerbedrijf ID", "Naam leerbedrijf", "Straat", "Huisnummer", "Postcode", "Plaats",
          "Crebo", "Kwalificatie", "Niveau", "Leerweg", "Aantal leerplaatsen", "Website",
          "Contactpersoon", "Telefoon", "E-mail", "Contact school", "Opmerking",
          "Laatste bezoek"]

# The qualifications of the school's programmes: crebo, name, level (as remembered, not
# checked, except 25998 Software developer).
Q = {
    "vpk": (25655, "Verpleegkundige", 4),
    "vig": (25491, "Verzorgende-IG", 3),
    "bsd": (25476, "Persoonlijk begeleider specifieke doelgroepen", 4),
    "sw": (25477, "Sociaal werker", 4),
    "da": (25408, "Doktersassistent", 4),
    "oa": (25467, "Onderwijsassistent", 4),
    "jur": (25498, "Juridisch medewerker openbaar bestuur", 4),
    "sd": (25998, "Software developer", 4),
    "ict": (25605, "Expert IT systems and devices", 4),
    "mec": (25731, "Eerste monteur mechatronica", 3),
    "ret": (25720, "Verkoopspecialist", 3),
    "kok": (25180, "Kok", 2),
    "hos": (25168, "Medewerker hospitality", 2),
    "spo": (25409, "Sport- en bewegingscoördinator", 4),
    "mv": (25591, "Allround mediamaker", 3),
    "inf": (25414, "Medewerker informatiedienstverlening", 3),
    "kdv": (25603, "Klantenservicemedewerker", 3),
}
TEAM = {"vpk": "Team Zorg en Welzijn", "vig": "Team Zorg en Welzijn",
        "bsd": "Team Zorg en Welzijn", "sw": "Team Zorg en Welzijn",
        "da": "Team Zorg en Welzijn", "oa": "Team Onderwijs", "jur": "Team Economie",
        "sd": "Team ICT", "ict": "Team ICT", "mec": "Team Techniek", "ret": "Team Economie",
        "kok": "Team Horeca", "hos": "Team Horeca", "spo": "Team Sport", "mv": "Team ICT",
        "inf": "Team Economie", "kdv": "Team Economie"}

D = dt.date
# (name, place, website, qualification, leerweg, places, remark, last visit, truth);
# a row with an address has it in ADDRESS below.
SBB: list[tuple] = [
    ("Action Nederland B.V.", "Zwaagdijk-Oost", "www.action.com", "ret", "BBL", 4, None,
     None, "action"),
    ("Action Nederland B.V.", "Alkmaar", "www.action.com", "ret", "BOL", 2, None,
     D(2024, 10, 8), "action"),
    ("AZ", "Alkmaar", "www.az.nl", "spo", "BOL", 2, "alleen 2e jaars", D(2025, 2, 4), "az"),
    ("AZ", "Alkmaar", "www.az.nl", "mv", "BOL", 1, None, None, "az"),
    ("Bibliotheek Kennemerwaard", "Alkmaar", None, "inf", "BOL", 2, None, D(2024, 11, 19),
     "bieb-kennemerwaard"),
    ("Bibliotheek Kennemerwaard", "Heerhugowaard", None, "inf", "BOL/BBL", 1, None, None,
     "bieb-kennemerwaard"),
    ("Dijklander Ziekenhuis", "Hoorn", "www.dijklander.nl", "vpk", "BBL", 6, None, None,
     "dijklander"),
    ("Dijklander Ziekenhuis", "Hoorn", "www.dijklander.nl", "da", "BOL", 2, None, None,
     "dijklander"),
    ("Esdégé-Reigersdaal", "Heerhugowaard", None, "bsd", "BOL/BBL", 8, None, D(2025, 1, 14),
     "esdege"),
    ("Esdégé-Reigersdaal", "Heerhugowaard", None, "vig", "BBL", 3, None, None, "esdege"),
    ("GGD Hollands Noorden", "Alkmaar", "www.ggdhollandsnoorden.nl", "da", "BOL", 2, None,
     None, "ggd-hn"),
    ("GGD Hollands Noorden", "Alkmaar", "www.ggdhollandsnoorden.nl", "sw", "BOL", 1, None,
     D(2024, 9, 30), "ggd-hn"),
    ("GGZ Noord-Holland-Noord", "Heiloo", "www.ggz-nhn.nl", "vpk", "BBL", 5, None, None,
     "ggz-nhn"),
    ("GGZ Noord-Holland-Noord", "Heiloo", "www.ggz-nhn.nl", "bsd", "BOL", 3, None,
     D(2025, 3, 11), "ggz-nhn"),
    ("Gemeente Alkmaar", "Alkmaar", "www.alkmaar.nl", "sw", "BOL", 2, None, D(2024, 12, 3),
     "alkmaar"),
    ("Gemeente Alkmaar", "Alkmaar", "www.alkmaar.nl", "jur", "BOL", 1, None, None,
     "alkmaar"),
    ("Gemeente Alkmaar", "Alkmaar", "www.alkmaar.nl", "ict", "BBL", 1, None, None,
     "alkmaar"),
    ("Gemeente Bergen (NH)", "Bergen NH", "www.bergen-nh.nl", "jur", "BOL", 1, None, None,
     "bergen"),
    ("Gemeente Castricum", "Castricum", "www.castricum.nl", "sw", "BOL", 1, None,
     D(2025, 1, 28), "castricum"),
    ("Gemeente Castricum", "Castricum", "www.castricum.nl", "jur", "BOL", 1, None, None,
     "castricum"),
    ("Gemeente Dijk en Waard", "Heerhugowaard", "www.dijkenwaard.nl", "sw", "BOL", 2, None,
     None, "dijk-en-waard"),
    ("Gemeente Dijk en Waard", "Heerhugowaard", "www.dijkenwaard.nl", "jur", "BBL", 1,
     None, None, "dijk-en-waard"),
    ("Gemeente Heiloo", "Heiloo", "www.heiloo.nl", "jur", "BOL", 1, None, None, "heiloo"),
    ("Gemeente Uitgeest", "Uitgeest", "www.uitgeest.nl", "jur", "BOL", 1, None, None,
     "uitgeest"),
    ("Henri Willig Kaas & Zo", "Heerhugowaard", None, "ret", "BBL", 2, None, None,
     "henri-willig"),
    ("Hogeschool Inholland", "Alkmaar", "www.inholland.nl", "ict", "BOL", 2, None, None,
     "inholland"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "Heerhugowaard", "www.hhnk.nl", "ict",
     "BOL", 2, None, D(2024, 10, 22), "hhnk"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "Heerhugowaard", "www.hhnk.nl", "mec",
     "BBL", 2, None, None, "hhnk"),
    ("Horizon College", "Alkmaar", "www.horizoncollege.nl", "ict", "BOL", 2,
     "eigen organisatie, ICT-servicedesk", None, "horizon"),
    ("Jac. P. Thijsse College", "Castricum", None, "oa", "BOL", 3, None, D(2025, 2, 18),
     "jpthijsse"),
    ("Kennemer Wonen", "Alkmaar", None, "kdv", "BOL", 1, None, None, "kennemer-wonen"),
    ("Kennemer Wonen", "Alkmaar", None, "jur", "BOL", 1, None, None, "kennemer-wonen"),
    ("Magentazorg", "Alkmaar", None, "vig", "BBL", 10, None, D(2025, 3, 4), "magentazorg"),
    ("Magentazorg", "Heerhugowaard", None, "vig", "BOL", 4, None, None, "magentazorg"),
    ("Murmellius Gymnasium", "Alkmaar", None, "oa", "BOL", 2, None, None, "murmellius"),
    ("N.V. HVC", "Alkmaar", "www.hvcgroep.nl", "mec", "BBL", 4, None, D(2024, 11, 5),
     "hvc"),
    ("N.V. HVC", "Alkmaar", "www.hvcgroep.nl", "ict", "BOL", 1, None, None, "hvc"),
    ("Noordhollands Dagblad", "Alkmaar", "www.nhd.nl", "mv", "BOL", 1, None, None, "nhd"),
    ("Noordwest Ziekenhuisgroep", "Alkmaar", "www.nwz.nl", "vpk", "BBL", 12, None,
     D(2025, 1, 21), "nwz"),
    ("Noordwest Ziekenhuisgroep", "Alkmaar", "www.nwz.nl", "vpk", "BOL", 8, None, None,
     "nwz"),
    ("Noordwest Ziekenhuisgroep", "Alkmaar", "www.nwz.nl", "da", "BOL", 3, None, None,
     "nwz"),
    ("Noordwest Ziekenhuisgroep", "Den Helder", "www.nwz.nl", "vpk", "BBL", 4,
     "locatie Den Helder", None, "nwz"),
    ("Petrus Canisius College", "Alkmaar", None, "oa", "BOL", 2, None, None, "pcc"),
    ("Petrus Canisius College", "Alkmaar", None, "ict", "BOL", 1, None, None, "pcc"),
    ("Politie Eenheid Noord-Holland", "Haarlem", "www.politie.nl", "jur", "BOL", 2, None,
     None, "politie-nh"),
    ("Provincie Noord-Holland", "Haarlem", "www.noord-holland.nl", "jur", "BOL", 2, None,
     None, "pnh"),
    ("Raphaëlstichting", "Schoorl", None, "bsd", "BOL/BBL", 6, None, D(2024, 12, 10),
     "raphael"),
    ("Raphaëlstichting", "Schoorl", None, "vig", "BBL", 2, None, None, "raphael"),
    ("Rode Kruis Ziekenhuis", "Beverwijk", "www.rkz.nl", "vpk", "BBL", 5, None, None,
     "rkz"),
    ("Stadswerk072 N.V.", "Alkmaar", None, "mec", "BBL", 2, None, None, "stadswerk072"),
    ("Stadswerk072 N.V.", "Alkmaar", None, "kdv", "BOL", 1, None, None, "stadswerk072"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Alkmaar", "www.uwv.nl", "jur", "BOL",
     1, None, None, "uwv"),
    ("Van der Valk Hotel Akersloot", "Akersloot", None, "kok", "BBL", 3, None,
     D(2024, 9, 17), "vdvalk-akersloot"),
    ("Van der Valk Hotel Akersloot", "Akersloot", None, "hos", "BOL/BBL", 4, None, None,
     "vdvalk-akersloot"),
    ("Veiligheidsregio Noord-Holland Noord", "Alkmaar", "www.vrnhn.nl", "ict", "BOL", 1,
     None, None, "vrnhn"),
    ("Vomar Voordeelmarkt B.V.", "Alkmaar", "www.vomar.nl", "ret", "BBL", 3, "hoofdkantoor",
     None, "vomar"),
    ("Vomar Voordeelmarkt B.V.", "Heiloo", "www.vomar.nl", "ret", "BOL/BBL", 2, None, None,
     "vomar"),
    ("Vomar Voordeelmarkt B.V.", "Castricum", "www.vomar.nl", "ret", "BOL", 2, None, None,
     "vomar"),
    ("Vonk", "Alkmaar", "www.vonk.nl", "ict", "BOL", 1, None, None, "vonk"),
    ("Woonwaard", "Alkmaar", "www.woonwaard.nl", "kdv", "BOL", 2, None, D(2024, 11, 26),
     "woonwaard"),
]
ADDRESS = {("Noordwest Ziekenhuisgroep", "Alkmaar"): ("Wilhelminalaan", "12", "1815 JD")}

# Rows typed by the school's people after the search, in the order they were added: (name,
# place, qualification or None, remark, last visit (a date, or text as typed), truth).
TYPED: list[tuple] = [
    ("Medisch Centrum Alkmaar", "Alkmaar", "vpk", "uit lijst 2014, nog actueel?", None,
     "nwz"),
    ("gemeente Alkmaar afd. Wijkteams", "Alkmaar", "sw", "via stagecoördinator SD", None,
     "alkmaar"),
    ("HHNK", "Dijk en Waard", "mec", "BBL monteur gemalen", "nov. 2024", "hhnk"),
    ("Vomar", "Alkmaar", "ret", None, None, "vomar"),
    ("Gemeente Heerhugowaard", "Heerhugowaard", "ict", "oude naam, nu Dijk en Waard", None,
     "dijk-en-waard"),
    ("Noordwest Ziekenhuisgroep locatie Alkmaar", "Alkmaar", "da", None, D(2025, 2, 11),
     "nwz"),
    ("GGZ NHN", "Heiloo", "vpk", "BBL via leerwerkbedrijf GGZ", None, "ggz-nhn"),
    ("Gemeente Graft-De Rijp", "De Rijp", "jur", "uit lijst 2014", None, "alkmaar"),
    ("Brandweer Noord-Holland Noord", "Alkmaar", "spo", "brandweersport? navragen", None,
     "vrnhn"),
    ("Stichting Woonwaard", "Alkmaar", None, None, None, "woonwaard"),
    ("Magenta Zorg thuiszorg", "Alkmaar", "vig", "wijkteam Oudorp", None, "magentazorg"),
    ("PCC Alkmaar", "Alkmaar", "oa", "locatie Oeverlanden", "nog niet", "pcc"),
    ("HVC", "Alkmaar", "mec", None, None, "hvc"),
    ("Gemeente Langedijk", "Broek op Langedijk", "sw", "uit lijst 2014", None,
     "dijk-en-waard"),
    ("Esdege Reigersdaal", "Dijk en Waard", "bsd", "locatie Heerhugowaard", None, "esdege"),
    ("AZ Alkmaar", "Alkmaar", "spo", "jeugdopleiding", "jan. 2025", "az"),
    ("Stadswerk 072", "Alkmaar", "mec", "groenonderhoud", None, "stadswerk072"),
    ("UWV WERKbedrijf Alkmaar", "Alkmaar", None, None, None, "uwv"),
    ("Noordwest Ziekenhuisgroep, locatie Den Helder", "Den Helder", "vpk", None, None, "nwz"),
    ("gem. Dijk & Waard", None, "sw", None, None, "dijk-en-waard"),
    ("Gemeente Bergen", "Bergen (NH.)", "sw", None, None, "bergen"),
    ("Action Alkmaar", "Alkmaar", "ret", "filiaal Overstad", None, "action"),
    ("Dijklander ziekenhuis locatie Hoorn", "Hoorn", "vpk", None, None, "dijklander"),
    ("Woonwaard Noord-Kennemerland", "Alkmaar", "kdv", "uit lijst 2014", None, "woonwaard"),
    ("VR NHN", "Alkmaar", None, "meldkamer?", None, "vrnhn"),
    ("Jac.P. Thijsse College", "Castricum", "oa", None, None, "jpthijsse"),
    ("Henri Willig", "Heerhugowaard", "ret", "kaaswinkel", None, "henri-willig"),
    ("n.n.b. (student zoekt zelf)", None, "sd", "student zoekt zelf een leerbedrijf", None,
     ""),
    ("Castricum, gemeente", None, "ict", None, None, "castricum"),
    ("GGD HN afd. JGZ", "Alkmaar", "da", None, None, "ggd-hn"),
    ("Raphaelstichting", "Bergen NH", "bsd", None, None, "raphael"),
    ("Murmellius", "Alkmaar", "oa", None, "okt. 2024", "murmellius"),
    ("MCA", "Alkmaar", "vig", None, None, "nwz"),
    ("Kennemer Wonen", "Alkmaar", None, "huurdersloket", None, "kennemer-wonen"),
    ("Inholland Alkmaar", "Alkmaar", "ict", None, None, "inholland"),
    ("Clusius College Alkmaar", "Alkmaar", "ict", "uit lijst 2014 (nu Vonk?)", None,
     "vonk"),
    ("Vomar Heerhugowaard", "Heerhugowaard", "ret", None, None, "vomar"),
    ("ROC Horizon College", "Heerhugowaard", "ict", None, None, "horizon"),
    ("Hoogheemraadschap HNK (waterschap)", None, "jur", None, None, "hhnk"),
    ("gemeente heiloo", "Heiloo", "sw", None, None, "heiloo"),
    ("Bieb Kennemerwaard vestiging Heerhugowaard", "Dijk en Waard", "inf", None, None,
     "bieb-kennemerwaard"),
    ("RKZ Beverwijk", "Beverwijk", "da", None, None, "rkz"),
    ("Gemeente Schermer", "Stompetoren", "jur", "uit lijst 2014", None, "alkmaar"),
    ("Van der Valk Akersloot/A9", "Castricum", "kok", None, None, "vdvalk-akersloot"),
    ("NHD", "Alkmaar", "mv", "redactie", None, "nhd"),
    ("Action", "Heerhugowaard", "ret", "filiaal Middenwaard", None, "action"),
    ("Provincie N-H", "Haarlem", "jur", None, None, "pnh"),
    ("Politie Noord-Holland, basisteam Alkmaar", "Alkmaar", "jur", "handhaving", None,
     "politie-nh"),
    ("Stichting Esdégé-Reigersdaal", "Heerhugowaard", "vig", None, None, "esdege"),
    ("GGZ Noord Holland Noord kliniek Heiloo", "Heiloo", "bsd", None, None, "ggz-nhn"),
    ("HVC afvalenergiecentrale", "Alkmaar", "mec", None, None, "hvc"),
    ("Gem. Uitgeest", "Uitgeest", "sw", None, None, "uitgeest"),
    ("NWZ Alkmaar", "Alkmaar", "vpk", None, None, "nwz"),
    ("Jac P Thijsse", None, "oa", None, None, "jpthijsse"),
]


def write_export(path: Path) -> list[str]:
    """Write the workbook; return each row's organisation ("" for none), in row order."""
    rng = random.Random(32)
    wb = Workbook()
    ws = wb.active
    ws.title = "Leerbedrijven"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    for name, place, web, q, path_, places, remark, visit, org in SBB:
        crebo, kwal, level = Q[q]
        street, number, postcode = ADDRESS.get((name, place), (None, None, None))
        ws.append([None, name, street, number, postcode, place, crebo, kwal, level, path_,
                   places, web, None, None, None, TEAM[q], remark, visit])
        truth.append(org)
    for name, place, q, remark, visit, org in TYPED:
        crebo, kwal, level = Q[q] if q else (None, None, None)
        ws.append([None, name, None, None, None, place, crebo if rng.random() < 0.5 else None,
                   kwal, level if crebo else None, rng.choice(["BOL", "BBL", None]), None,
                   None, None, None, None, TEAM[q] if q else "BPV-bureau", remark, visit])
        truth.append(org)
    for row in ws.iter_rows(min_row=2, min_col=18, max_col=18):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "d-m-yyyy"
    fixed = dt.datetime(2025, 3, 20, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "BPV-bureau"
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 30, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-20T09:30:00Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a row that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
