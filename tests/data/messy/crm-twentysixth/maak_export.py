"""Write the twenty-sixth held-out organisation list: an Eduarte export of the "Externe
organisaties" (BPV-bedrijven) of an mbo school's BPV office, and truth.csv beside this script.

    python tests/data/messy/crm-twentysixth/maak_export.py

The list: the work-placement (BPV) companies of an mbo school's location in West-Friesland
(Hoorn, Enkhuizen, Medemblik with Wervershoof and Andijk, Stede Broec, Drechterland,
Koggenland, Opmeer), as the school's BPV office keeps them in its student administration
system Eduarte (Topicus) and exports them to Excel from the list of external organisations
(illustrative: no real school's file; the school is not named). Several employees entered
companies over years, each in their own way: the trade name, the legal name, with a
location or department after the name, an old name, the group, an abbreviation in
"Verkorte naam", a typo; healthcare and care organisations, seed companies of the Seed
Valley (Enkhuizen, Andijk, Warmenhuizen), the municipalities as employers, other schools,
museums, public bodies. Records that were closed keep their row, with an "Einddatum",
"BPV Bedrijf" "Nee" and sometimes "NIET MEER GEBRUIKEN" in the name.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in the open-source release of Topicus' KRD (topicusonderwijs/tribe-krd-opensource,
  the EduArte code base: nl.topicus.eduarte.web.components.panels.datapanel.table.
  ExterneOrganisatieTable): the list "Externe organisaties" has the columns "Naam",
  "Verkorte naam", "Debiteurennummer", "Soort" (a school-defined SoortExterneOrganisatie),
  "Straat en huisnummer", "Postcode", "Plaats", "BPV Bedrijf" (a yes/no column),
  "BPV Bedrijf kenniscentrum", "BPV Bedrijf code leerbedrijf", "Begindatum", "Einddatum",
  "Relatienr", "Stagemarkt nog controleren", "Stagemarkt controleresultaat", then one column
  per kind of contact detail the school set up, then the school's own free fields ("vrije
  velden", category EXTERNEORGANISATIE); that its yes/no columns are written "Ja" / "Nee"
  (nl.topicus.cobra.web.components.datapanel.columns.BooleanPropertyColumn); that the
  BPV data of a company (BPVBedrijfsgegeven) holds a "kenniscentrum" (a BRIN), a
  "relatienummer" and a "codeLeerbedrijf" (up to 40 characters, its origin "Invoer",
  "Systeem", "BRON" or "COLO").
- not found: Eduarte's own manual or an exported file. How the data panel writes its
  export (the file's name, the sheet's name, which columns are shown, dates as date cells
  or text) is not checked: taken as an .xlsx named after the panel ("Externe
  organisaties.xlsx"), one sheet, the header in row 1, the columns the BPV office made
  visible in the order of the code above, dates as date cells shown dd-mm-jjjj. The
  contact columns ("Telefoon", "E-mail", "Website") and the free fields ("Erkend voor",
  "BPV-begeleider school", "Aantal plaatsen", "Laatste BPV", "Opmerking") are this
  school's choice (illustrative). Old records name an old kenniscentrum (Calibris, Kenteq,
  Aequor, Kenniscentrum Handel, before SBB took over in 2015), from memory.

No register numbers: "BPV Bedrijf code leerbedrijf" (the SBB number of a recognised
training company) and "Relatienr" are empty, as no real number was known and none is
invented; there is no KvK column (the list has none) and no BRIN code. No personal data:
"Telefoon" is empty; "E-mail" is empty or a generic info@ address of the organisation's
own domain; "BPV-begeleider school" is empty or a team of the school ("Team Zorg &
Welzijn"); remarks name no one. Addresses are given only where remembered (public
addresses of the organisations, not checked), else empty.

The organisations are real and public; names, places, former names and websites from public
knowledge, as remembered (not checked in a stored source): the Westfriesgasthuis (Hoorn) →
Dijklander Ziekenhuis (2017/2019); Wervershoof and Andijk → Medemblik (2011); the Clusius
College → Vonk (2022, as the eighteenth list records); Feenstra's former name "Feenstra
Verwarming". A row under the old name means the organisation now (truth.csv).

How parts were decided (as the school's BPV office and the region's network would): a
location, department, team or ward is its organisation (Dijklander's radiology, Omring's
home care, "Brandweer Hoorn" is the Veiligheidsregio Noord-Holland Noord, UWV WERKbedrijf
Hoorn is UWV, a BAM branch and "Koninklijke BAM Groep" are BAM); a municipality's
department is the municipality. Apart stay: the SED-organisatie (the shared service
organisation of Stede Broec, Enkhuizen and Drechterland) from the three municipalities;
the Werkgeversservicepunt West-Friesland from Werksaam Westfriesland and from UWV; Liander
from its parent Alliander; the Dijklander Ziekenhuis from the Noordwest Ziekenhuisgroep;
GGD Hollands Noorden from GGZ Noord-Holland-Noord; the Westfries Museum, the Westfries
Archief and the Westfriesgasthuis; the Museumstoomtram Hoorn-Medemblik and the Regatta
Center Medemblik from the municipalities of their places; Enza Zaden from Enkhuizen; Seed
Valley (the seed companies' association) from its members; the Horizon College from Vonk;
PWN from the Hoogheemraadschap Hollands Noorderkwartier.

Two rows name no organisation ("TEST BPV-bureau - niet gebruiken", "Onbekend / nog
invullen"): they stand in the workbook and not in truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
XLSX = HERE / "Externe organisaties.xlsx"

HEADER = ["Naam", "Verkorte naam", "Soort", "Straat en huisnummer", "Postcode", "Plaats",
          "BPV Bedrijf", "BPV Bedrijf kenniscentrum", "BPV Bedrijf code leerbedrijf",
          "Begindatum", "Einddatum", "Relatienr", "Stagemarkt controleresultaat",
          "Telefoon", "E-mail", "Website", "Erkend voor", "BPV-begeleider school",
          "Aantal plaatsen", "Laatste BPV", "Opmerking"]

Z, T, G, ONW, B, C, OV = ("Zorginstelling", "Bedrijf", "Gemeente", "Onderwijsinstelling",
                        "Bedrijf", "Culturele instelling", "Overheid/semi-overheid")
TZ, TT, TG, TH = "Team Zorg & Welzijn", "Team Techniek", "Team Groen", "Team Horeca & Toerisme"


def d(s: str | None) -> dt.date | None:
    if not s:
        return None
    day, month, year = map(int, s.split("-"))
    return dt.date(year, month, day)


# (truth, Naam, Verkorte naam, Soort, straat, postcode, Plaats, BPV Bedrijf, kenniscentrum,
#  Begindatum, Einddatum, controleresultaat, E-mail, Website, Erkend voor, begeleider,
#  plaatsen, Laatste BPV, Opmerking)
ROWS = [
    ("dijklander", "Dijklander Ziekenhuis", "Dijklander", Z, "Maelsonstraat 3", "1624 NP",
     "Hoorn", "Ja", "SBB", "01-09-2019", None, "Erkend", "info@dijklander.nl",
     "www.dijklander.nl", "Verpleegkundige (BOL/BBL), Doktersassistent", TZ, 25,
     "14-11-2025", "Stagecoördinatoren per afdeling"),
    ("dijklander", "Westfriesgasthuis", "WFG", Z, "Maelsonstraat 3", "1624 NP", "Hoorn",
     "Nee", "Calibris", "15-08-2009", "31-12-2018", None, None, None,
     "Verpleegkundige, Helpende Zorg en Welzijn", None, None, "20-06-2018",
     "Is nu Dijklander, nieuwe kaart gebruiken"),
    ("dijklander", "Dijklander Ziekenhuis locatie Hoorn", "", Z, "", "", "Hoorn", "Ja", "SBB",
     "03-02-2020", None, "", "", "", "Medewerker facilitaire dienstverlening", TZ, 3,
     "30-01-2026", "Facilitair bedrijf"),
    ("dijklander", "Dijklander zkh afd. Radiologie", "", Z, "", "", "HOORN", "Ja", "SBB",
     "12-09-2022", None, "", "", "", "Medisch beeldvormings- en bestralingsdeskundige",
     None, 2, "", ""),
    ("dijklander", "Stichting Dijklander Ziekenhuis", "", "", "", "", "Hoorn NH", "Ja", "SBB",
     "", None, "", "", "dijklander.nl", "", None, None, "", "dubbel?"),
    ("nwz", "Noordwest Ziekenhuisgroep", "NWZ", Z, "", "", "Alkmaar", "Ja", "SBB",
     "01-09-2016", None, "Erkend", "", "www.nwz.nl", "Verpleegkundige BBL", TZ, 4,
     "02-09-2025", "Voor studenten die in Alkmaar wonen"),
    ("nwz", "Noordwest Ziekenhuisgroep locatie Alkmaar", "", Z, "", "", "", "Ja", "", "",
     None, "", "", "", "Apothekersassistent", None, 1, "", ""),
    ("omring", "Omring", "", Z, "", "", "Hoorn", "Ja", "SBB", "01-09-2014", None, "Erkend",
     "info@omring.nl", "www.omring.nl", "Verzorgende IG, Helpende Zorg en Welzijn", TZ, 30,
     "08-12-2025", "Leerafdelingen in meerdere locaties"),
    ("omring", "Stichting Omring", "", Z, "", "", "Hoorn", "Nee", "Calibris", "01-09-2010",
     "31-07-2015", "", "", "", "", None, None, "", "NIET MEER GEBRUIKEN"),
    ("omring", "Omring Thuiszorg", "Omring TZ", Z, "", "", "Enkhuizen", "Ja", "SBB",
     "11-01-2021", None, "", "", "", "Verzorgende IG (BBL)", TZ, 6, "13-10-2025",
     "wijkteam Enkhuizen"),
    ("omring", "Omring - woonzorgcentrum", "", Z, "", "", "Medemblik", "Ja", "SBB", "", None,
     "", "", "", "Medewerker maatschappelijke zorg", None, 2, "", ""),
    ("esdege", "Esdégé-Reigersdaal", "", Z, "", "", "Heerhugowaard", "Ja", "SBB",
     "01-09-2015", None, "Erkend", "", "www.esdege-reigersdaal.nl",
     "Begeleider gehandicaptenzorg", TZ, 8, "18-09-2025", ""),
    ("esdege", "Esdege Reigersdaal locatie Hoorn", "", Z, "", "", "Hoorn", "Ja", "SBB", "",
     None, "", "", "", "Persoonlijk begeleider specifieke doelgroepen", None, 3, "", ""),
    ("esdege", "Stichting Esdégé-Reigersdaal", "ER", "", "", "", "Dijk en Waard", "Ja", "",
     "", None, "", "", "", "", None, None, "", "zie ook andere kaart"),
    ("ggz-nhn", "GGZ Noord-Holland-Noord", "GGZ NHN", Z, "", "", "Heiloo", "Ja", "SBB",
     "01-09-2017", None, "Erkend", "", "www.ggz-nhn.nl", "Persoonlijk begeleider GGZ", TZ, 4,
     "04-11-2025", ""),
    ("ggz-nhn", "GGZ NHN locatie Hoorn", "", Z, "", "", "Hoorn", "Ja", "", "", None, "", "", "",
     "", None, 2, "", ""),
    ("ggz-nhn", "Stichting GGZ Noord Holland Noord", "", Z, "", "", "", "Nee", "Calibris",
     "01-01-2012", "01-09-2017", "", "", "", "", None, None, "", "oude kaart"),
    ("ggd-hn", "GGD Hollands Noorden", "GGD HN", OV, "", "", "Alkmaar", "Ja", "SBB",
     "01-09-2018", None, "Erkend", "", "www.ggdhn.nl", "Doktersassistent", TZ, 2,
     "10-03-2025", "Jeugdgezondheidszorg Hoorn"),
    ("ggd-hn", "GGD Hollands-Noorden, JGZ Hoorn", "", OV, "", "", "Hoorn", "Ja", "", "", None,
     "", "", "", "", None, 1, "", ""),
    ("enza", "Enza Zaden", "Enza", T, "Haling 1E", "1602 DB", "Enkhuizen", "Ja", "SBB",
     "01-09-2013", None, "Erkend", "", "www.enzazaden.com",
     "Medewerker teelt, Vakbekwaam medewerker laboratorium", TG, 12, "01-02-2026", ""),
    ("enza", "Enza Zaden Beheer B.V.", "", T, "Haling 1-E", "1602DB", "ENKHUIZEN", "Nee",
     "Aequor", "01-09-2008", "31-08-2013", "", "", "", "", None, None, "", "NIET MEER GEBRUIKEN"),
    ("enza", "Enza Zaden Research & Development", "", T, "", "", "Enkhuizen", "Ja", "SBB", "",
     None, "", "", "", "Laboratoriumtechnicus", TG, 4, "15-09-2025", "R&D, kassen"),
    ("enza", "ENZA ZADEN", "", "", "", "", "Enkhuizen", "Ja", "", "", None, "", "", "", "",
     None, None, "", ""),
    ("enza", "Enzazaden Enkhuizen", "", T, "", "", "Enkhuizen", "Ja", "", "", None, "", "", "",
     "Logistiek medewerker", None, 2, "", "magazijn"),
    ("syngenta", "Syngenta Seeds B.V.", "", T, "", "", "Enkhuizen", "Ja", "SBB", "01-09-2016",
     None, "Erkend", "", "www.syngenta.nl", "Medewerker teelt", TG, 5, "22-09-2025", ""),
    ("syngenta", "Syngenta Enkhuizen", "", T, "", "", "Enkhuizen", "Ja", "", "", None, "", "",
     "", "Laboratoriumtechnicus", None, 2, "", ""),
    ("syngenta", "Syngenta", "", T, "", "", "", "Ja", "", "", None, "", "", "", "", None, None,
     "", "Seed Valley"),
    ("bejo", "Bejo Zaden B.V.", "Bejo", T, "", "", "Warmenhuizen", "Ja", "SBB", "01-09-2017",
     None, "Erkend", "", "www.bejo.nl", "Medewerker teelt", TG, 4, "05-09-2025", ""),
    ("bejo", "Bejo", "", T, "", "", "Schagen", "Ja", "", "", None, "", "", "", "", None, 2, "",
     "vestiging Warmenhuizen"),
    ("pop-vriend", "Pop Vriend Seeds", "", T, "", "", "Andijk", "Ja", "SBB", "01-09-2018",
     None, "Erkend", "", "", "Medewerker teelt", TG, 3, "17-02-2025", ""),
    ("pop-vriend", "Pop Vriend Seeds B.V.", "", T, "", "", "Medemblik", "Ja", "", "", None, "",
     "", "", "", None, None, "", ""),
    ("pop-vriend", "Popvriend Andijk", "", T, "", "", "Andijk", "Ja", "", "", None, "", "", "",
     "", None, 1, "", "gebeld ivm stageplek"),
    ("abz", "ABZ Seeds", "", T, "", "", "Andijk", "Ja", "SBB", "01-09-2019", None, "Erkend",
     "", "", "Medewerker teelt", TG, 2, "01-09-2025", ""),
    ("abz", "A.B.Z. Seeds Andijk", "", T, "", "", "Wervershoof", "Ja", "", "", None, "", "", "",
     "", None, None, "", ""),
    ("seed-valley", "Seed Valley", "", "", "", "", "Enkhuizen", "Nee", "", "", None, "", "", "",
     "", TG, None, "", "Netwerk van veredelingsbedrijven, geen leerbedrijf zelf"),
    ("seed-valley", "Stichting Seed Valley", "", T, "", "", "", "Nee", "", "", None, "", "", "",
     "", None, None, "", "Open dag Seed Valley"),
    ("hoorn", "Gemeente Hoorn", "", G, "Nieuwe Steen 1", "1625 HV", "Hoorn", "Ja", "SBB",
     "01-09-2014", None, "Erkend", "info@hoorn.nl", "www.hoorn.nl",
     "Medewerker ICT support, Juridisch medewerker", None, 6, "03-02-2026", ""),
    ("hoorn", "Gem. Hoorn afd. Sociaal Domein", "", G, "", "", "Hoorn", "Ja", "", "", None, "",
     "", "", "Sociaal werker", TZ, 2, "", ""),
    ("hoorn", "Hoorn gemeente - buitendienst", "", G, "", "", "", "Ja", "", "", None, "", "", "",
     "Medewerker groene ruimte", TG, 2, "", "gemeentewerf"),
    ("hoorn", "gemeente hoorn", "", "", "", "", "Hoorn", "Ja", "", "", None, "", "", "", "", None,
     None, "", ""),
    ("enkhuizen", "Gemeente Enkhuizen", "", G, "", "", "Enkhuizen", "Ja", "SBB", "01-09-2016",
     None, "Erkend", "", "www.enkhuizen.nl", "Medewerker groene ruimte", TG, 2, "06-10-2025",
     ""),
    ("enkhuizen", "Enkhuizen, gemeente", "", G, "", "", "", "Ja", "", "", None, "", "", "", "",
     None, None, "", ""),
    ("medemblik", "Gemeente Medemblik", "", G, "", "", "Medemblik", "Ja", "SBB", "01-09-2015",
     None, "Erkend", "", "www.medemblik.nl", "Juridisch medewerker", None, 2, "01-09-2025", ""),
    ("medemblik", "Gemeente Wervershoof", "", G, "", "", "Wervershoof", "Nee", "", "01-09-2007",
     "31-12-2010", "", "", "", "", None, None, "", "NIET MEER GEBRUIKEN - is Medemblik"),
    ("medemblik", "Gemeente Andijk", "", G, "", "", "Andijk", "Nee", "", "", "31-12-2010", "",
     "", "", "", None, None, "", ""),
    ("medemblik", "Gemeente Medemblik, locatie Wognum", "", G, "", "", "Wognum", "Ja", "", "",
     None, "", "", "", "Medewerker ICT support", None, 1, "", ""),
    ("stede-broec", "Gemeente Stede Broec", "", G, "", "", "Bovenkarspel", "Ja", "", "", None,
     "", "", "", "", None, 1, "", ""),
    ("stede-broec", "Stede Broec", "", G, "", "", "Grootebroek", "Ja", "", "", None, "", "", "",
     "", None, None, "", ""),
    ("drechterland", "Gemeente Drechterland", "", G, "", "", "Hoogkarspel", "Ja", "", "", None,
     "", "", "", "", None, 1, "", ""),
    ("drechterland", "Drechterland gemeente", "", G, "", "", "", "Ja", "", "", None, "", "", "",
     "", None, None, "", ""),
    ("koggenland", "Gemeente Koggenland", "", G, "", "", "De Goorn", "Ja", "", "", None, "", "",
     "", "Medewerker groene ruimte", TG, 1, "", ""),
    ("koggenland", "Gem. Koggenland", "", G, "", "", "Koggenland", "Ja", "", "", None, "", "",
     "", "", None, None, "", ""),
    ("opmeer", "Gemeente Opmeer", "", G, "", "", "Opmeer", "Ja", "", "", None, "", "", "", "",
     None, 1, "", ""),
    ("opmeer", "Opmeer (gemeentehuis Spanbroek)", "", G, "", "", "Spanbroek", "Ja", "", "",
     None, "", "", "", "", None, None, "", ""),
    ("sed", "SED organisatie", "SED", OV, "", "", "Bovenkarspel", "Ja", "SBB", "01-09-2017",
     None, "Erkend", "", "", "Medewerker ICT support, Sociaal werker", None, 4, "09-09-2025",
     "Werkorganisatie van Stede Broec, Enkhuizen en Drechterland"),
    ("sed", "Werkorganisatie SED", "", G, "", "", "Stede Broec", "Ja", "", "", None, "", "", "",
     "", None, 2, "", ""),
    ("sed", "SED-organisatie (Stede Broec, Enkhuizen, Drechterland)", "", OV, "", "",
     "Enkhuizen", "Ja", "", "", None, "", "", "", "", None, None, "", ""),
    ("wsp-wf", "Werkgeversservicepunt West-Friesland", "WSP WF", OV, "", "", "Hoorn", "Nee",
     "", "", None, "", "", "", "", None, None, "", "Partner, geen leerbedrijf"),
    ("wsp-wf", "WSP West-Friesland", "", OV, "", "", "Hoorn", "Nee", "", "", None, "", "", "",
     "", None, None, "", ""),
    ("wsp-wf", "Werkgevers Servicepunt Westfriesland", "", "", "", "", "", "Nee", "", "", None,
     "", "", "", "", None, None, "", "banenafspraak"),
    ("werksaam", "Werksaam Westfriesland", "Werksaam", OV, "", "", "Hoorn", "Ja", "SBB",
     "01-09-2016", None, "Erkend", "", "www.werksaam.nl", "Medewerker logistiek, Entree",
     None, 6, "11-11-2025", ""),
    ("werksaam", "Werksaam West-Friesland", "", B, "", "", "HOORN", "Ja", "", "", None, "", "",
     "", "Entree", None, 3, "", ""),
    ("werksaam", "Werksaam", "", OV, "", "", "", "Ja", "", "", None, "", "", "", "", None, None,
     "", ""),
    ("uwv", "UWV WERKbedrijf Hoorn", "", OV, "", "", "Hoorn", "Nee", "", "", None, "", "", "",
     "", None, None, "", "Partner"),
    ("uwv", "UWV", "", OV, "", "", "Amsterdam", "Ja", "SBB", "", None, "", "", "www.uwv.nl",
     "Medewerker secretariaat", None, 1, "", ""),
    ("vrnhn", "Veiligheidsregio Noord-Holland Noord", "VRNHN", OV, "", "", "Alkmaar", "Ja",
     "SBB", "01-09-2018", None, "Erkend", "", "www.vrnhn.nl", "Medewerker brandweer", None, 2,
     "01-09-2025", ""),
    ("vrnhn", "Brandweer Hoorn", "", OV, "", "", "Hoorn", "Ja", "", "", None, "", "", "", "",
     None, 1, "", "kazerne"),
    ("politie", "Politie Noord-Holland", "", OV, "", "", "Haarlem", "Ja", "SBB", "", None, "", "",
     "www.politie.nl", "Medewerker beveiliging", None, 1, "", ""),
    ("politie", "Politie basisteam Hoorn", "", OV, "", "", "Hoorn", "Ja", "", "", None, "", "",
     "", "", None, None, "", ""),
    ("hhnk", "Hoogheemraadschap Hollands Noorderkwartier", "HHNK", OV, "", "",
     "Heerhugowaard", "Ja", "SBB", "01-09-2016", None, "Erkend", "", "www.hhnk.nl",
     "Medewerker waterbeheer", TG, 2, "12-09-2025", ""),
    ("hhnk", "HHNK", "", OV, "", "", "Edam", "Ja", "", "", None, "", "", "", "", None, None, "",
     ""),
    ("pwn", "PWN", "", T, "", "", "Velserbroek", "Ja", "SBB", "01-09-2017", None, "Erkend", "",
     "www.pwn.nl", "Monteur werktuigkundige installaties", TT, 3, "08-09-2025",
     "Waterwinstation Andijk"),
    ("pwn", "PWN Waterleidingbedrijf Noord-Holland", "", B, "", "", "Andijk", "Ja", "", "",
     None, "", "", "", "", None, None, "", ""),
    ("pwn", "N.V. PWN Waterleidingbedrijf Noord-Holland", "", B, "", "", "Velserbroek", "Nee",
     "Kenteq", "", "31-08-2016", "", "", "", "", None, None, "", "NIET MEER GEBRUIKEN"),
    ("liander", "Liander", "", T, "", "", "Alkmaar", "Ja", "SBB", "01-09-2015", None, "Erkend",
     "", "www.liander.nl", "Eerste monteur elektrotechnische installaties", TT, 4,
     "03-09-2025", ""),
    ("liander", "Liander N.V.", "", T, "", "", "", "Ja", "", "", None, "", "", "", "", None, None,
     "", ""),
    ("liander", "Liander netbeheer regio Noord-Holland Noord", "", T, "", "", "Hoorn", "Ja",
     "", "", None, "", "", "", "Monteur elektrotechnische installaties", TT, 2, "", ""),
    ("alliander", "Alliander N.V.", "", T, "", "", "Arnhem", "Nee", "", "", None, "", "",
     "www.alliander.com", "", None, None, "", "concern, moeder van Liander; studenten via Liander"),
    ("intermaris", "Intermaris", "", T, "", "", "Hoorn", "Ja", "SBB", "01-09-2018", None, "",
     "", "www.intermaris.nl", "Medewerker wonen", None, 2, "", ""),
    ("intermaris", "Woningcorporatie Intermaris", "", "", "", "", "Hoorn", "Ja", "", "", None,
     "", "", "", "", None, None, "", ""),
    ("woonschakel", "De Woonschakel", "", T, "", "", "Medemblik", "Ja", "", "", None, "", "",
     "", "Medewerker wonen", None, 1, "", ""),
    ("woonschakel", "Woonstichting De Woonschakel Westfriesland", "", "", "", "", "Medemblik",
     "Ja", "", "", None, "", "", "", "", None, None, "", ""),
    ("horizon", "Horizon College", "", ONW, "", "", "Hoorn", "Ja", "SBB", "01-09-2014", None,
     "Erkend", "", "www.horizoncollege.nl", "Medewerker ICT support, Facilitair", None, 4,
     "01-09-2025", "eigen school, ICT servicedesk"),
    ("horizon", "Horizon College locatie Hoorn", "", ONW, "", "", "Hoorn", "Ja", "", "", None, "",
     "", "", "", None, None, "", ""),
    ("horizon", "Stichting Regionaal Opleidingencentrum Horizon College", "", ONW, "", "",
     "Heerhugowaard", "Ja", "", "", None, "", "", "", "", None, None, "", "bestuur"),
    ("vonk", "Clusius College Hoorn", "", ONW, "", "", "Hoorn", "Nee", "Aequor", "01-09-2012",
     "31-07-2022", "", "", "", "", None, None, "", "NIET MEER GEBRUIKEN"),
    ("vonk", "Vonk", "", ONW, "", "", "Hoorn", "Ja", "SBB", "01-09-2022", None, "", "", "", "",
     None, 1, "", "voorheen Clusius"),
    ("tabor", "Tabor College", "", ONW, "", "", "Hoorn", "Ja", "SBB", "01-09-2016", None,
     "Erkend", "", "", "Onderwijsassistent", TZ, 5, "02-09-2025", ""),
    ("tabor", "Tabor College Werenfridus", "", ONW, "", "", "Hoorn", "Ja", "", "", None, "", "",
     "", "Onderwijsassistent", None, 2, "", ""),
    ("tabor", "Tabor College locatie d'Ampte", "", ONW, "", "", "Hoorn", "Ja", "", "", None, "",
     "", "", "", None, 1, "", ""),
    ("martinus", "Martinus College", "", ONW, "", "", "Grootebroek", "Ja", "SBB", "", None, "",
     "", "", "Onderwijsassistent", TZ, 2, "", ""),
    ("martinus", "Martinuscollege Grootebroek", "", ONW, "", "", "Stede Broec", "Ja", "", "",
     None, "", "", "", "", None, None, "", ""),
    ("zuiderzeemuseum", "Zuiderzeemuseum", "", C, "Wierdijk 12-22", "1601 LA", "Enkhuizen",
     "Ja", "SBB", "01-09-2017", None, "Erkend", "", "www.zuiderzeemuseum.nl",
     "Medewerker evenementen, Horeca", TH, 4, "15-07-2025", ""),
    ("zuiderzeemuseum", "Rijksmuseum Zuiderzeemuseum", "", C, "", "", "Enkhuizen", "Ja", "",
     "", None, "", "", "", "", None, None, "", ""),
    ("westfries-museum", "Westfries Museum", "", C, "Roode Steen 1", "1621 CV", "Hoorn", "Ja",
     "", "", None, "", "", "", "Medewerker evenementen", TH, 1, "", ""),
    ("westfries-museum", "Stichting Westfries Museum", "", C, "", "", "Hoorn", "Ja", "", "",
     None, "", "", "", "", None, None, "", ""),
    ("westfries-archief", "Westfries Archief", "", OV, "", "", "Hoorn", "Ja", "", "", None, "",
     "", "", "Medewerker informatiebeheer", None, 1, "", ""),
    ("westfries-archief", "Regionaal Historisch Centrum Westfries Archief", "", OV, "", "",
     "Hoorn", "Ja", "", "", None, "", "", "", "", None, None, "", ""),
    ("stoomtram", "Museumstoomtram Hoorn-Medemblik", "", C, "", "", "Hoorn", "Ja", "", "",
     None, "", "", "", "Monteur mechatronica", TT, 1, "", "werkplaats"),
    ("stoomtram", "Stoomtram Hoorn Medemblik", "", B, "", "", "Hoorn", "Ja", "", "", None, "",
     "", "", "", None, None, "", ""),
    ("regatta", "Regatta Center Medemblik", "", B, "", "", "Medemblik", "Ja", "", "", None, "",
     "", "", "Medewerker sport en recreatie", None, 2, "", ""),
    ("regatta", "Stichting Regatta Center Medemblik", "", B, "", "", "", "Ja", "", "", None, "",
     "", "", "", None, None, "", ""),
    ("vdvalk-hoorn", "Van der Valk Hotel Hoorn", "", T, "", "", "Hoorn", "Ja", "SBB",
     "01-09-2016", None, "Erkend", "", "", "Kok, Gastheer/gastvrouw", TH, 6, "20-01-2026", ""),
    ("vdvalk-hoorn", "Hotel Hoorn (Van der Valk)", "", T, "", "", "Hoorn", "Ja", "", "", None,
     "", "", "", "", TH, None, "", ""),
    ("vdvalk-hoorn", "Valk Hoorn", "", T, "", "", "", "Ja", "", "", None, "", "", "", "Kok",
     None, 2, "", ""),
    ("albert-heijn", "Albert Heijn Hoorn", "AH", T, "", "", "Hoorn", "Ja", "SBB", "", None, "",
     "", "", "Verkoopmedewerker", None, 3, "", "franchisewinkel"),
    ("albert-heijn", "Albert Heijn", "", T, "", "", "Zaandam", "Ja", "Kenniscentrum Handel", "",
     None, "", "", "", "", None, None, "", ""),
    ("bam", "BAM Bouw en Techniek", "BAM", T, "", "", "Hoorn", "Ja", "SBB", "01-09-2019", None,
     "", "", "", "Eerste monteur elektrotechniek", TT, 2, "", ""),
    ("bam", "Koninklijke BAM Groep nv", "", T, "", "", "Bunnik", "Ja", "", "", None, "", "", "",
     "", None, None, "", ""),
    ("bam", "BAM", "", T, "", "", "", "Ja", "", "", None, "", "", "", "", None, None, "", ""),
    ("feenstra", "Feenstra", "", T, "", "", "", "Ja", "SBB", "01-09-2018", None, "", "", "",
     "Monteur service en onderhoud", TT, 2, "", "landelijk, regio Noord-Holland"),
    ("feenstra", "Feenstra Verwarming B.V.", "", T, "", "", "", "Nee", "Kenteq", "",
     "31-08-2015", "", "", "", "", None, None, "", "oude naam"),
    (None, "TEST BPV-bureau - niet gebruiken", "", "", "", "", "", "Nee", "", "", None, "", "",
     "", "", None, None, "", "testkaart"),
    (None, "Onbekend / nog invullen", "", "", "", "", "", "Nee", "", "", None, "", "", "", "",
     None, None, "", ""),
]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Externe organisaties"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    # A list sorted by name, as the data panel shows it by default (nothing else in order).
    rows = sorted(ROWS, key=lambda r: r[1].casefold())
    for number, r in enumerate(rows, start=2):
        (slug, naam, kort, soort, straat, postcode, plaats, bpv, kc, begin, eind, result,
         mail, web, erkend, team, plaatsen, laatste, opmerking) = r
        ws.append([naam, kort or None, soort or None, straat or None, postcode or None,
                   plaats or None, bpv, kc or None, None, d(begin), d(eind), None,
                   result or None, None, mail or None, web or None, erkend or None, team,
                   plaatsen, d(laatste), opmerking or None])
        for col in (10, 11, 20):
            ws.cell(number, col).number_format = "dd-mm-yyyy"
        if slug:
            truth.append((number, slug))
    wb.save(XLSX)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "organisation"])
        w.writerows(truth)


if __name__ == "__main__":
    main()
