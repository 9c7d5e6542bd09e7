"""Write the twenty-fifth held-out organisation list: a PerfectView "Relaties" selection
exported to Excel, and truth.csv beside this script.

    python tests/data/messy/crm-twentyfifth/maak_export.py

The organisations ("Relaties", relation type Organisatie) of a PerfectView CRM as a
regional employer-service and education team of Haarlemmermeer and the Schiphol area keeps
them (Haarlemmermeer with Hoofddorp, Nieuw-Vennep, Badhoevedorp, Zwanenburg, Schiphol(-Rijk),
Rijsenhout; Aalsmeer, Amstelveen, Uithoorn, Diemen, Ouder-Amstel), a selection of all
organisations exported to Excel from its view (illustrative: no real team or CRM is
named). Records were entered by several colleagues over eight years (2018-2026): each typed
an organisation's name their own way, put a department, a "t.a.v." or the rest of a long
name in "Naam 2", wrote the place of a company at the airport as "Schiphol",
"Schiphol-Rijk", "Schiphol-Oost", "Luchthaven Schiphol" or "Haarlemmermeer", and chose the
"Relatiesoort" (a free choice list of the team: Werkgever, Opleider, Gemeente, Overheid,
Netwerkpartner, Overig) as they saw fit. Some organisations were entered twice, under a
second Relatiecode (the older record left "Inactief", or both "Actief"); records under a
former name were kept and set "Inactief".

Columns, in order: "Relatiecode", "Naam", "Naam 2", "Bezoekadres", "Postcode", "Plaats",
"Land", "Telefoon", "E-mail", "Website", "Relatiesoort", "Branche", "KvK-nummer",
"Accountmanager", "Contactpersoon", "Status" (Actief / Inactief / Prospect), "Aangemaakt
op", "Gewijzigd op", "Opmerking". One sheet ("Relaties"), the header in row 1, one row per
relation from row 2, sorted by Relatiecode (the order the records were made in).

What was checked, and what not (no network here; stored public pages only):

- checked, in PerfectView's own knowledge base as stored (kennisbank.perfectviewcrm.nl,
  articles on importing organisations, contact persons, private persons and activities, and
  on "kenmerken"): that a relation's unique key is its "Relatiecode" (so this export names
  it "Relatiecode", not "Relatienummer"); that relations are of a relation type
  (organisations, persons); that the address is held in separate fields (street and
  number, postcode, place); that dates are written dd-mm-yyyy; that a view of relations
  (a selection, a "kenmerk") can be exported to Excel from the view's "Acties" button
  (depending on one's rights), with the view's columns; that imports go as CSV with the
  list separator. A stored English PerfectView manual (1library.net) lists "Selections",
  "Option lists" and "Relation type - Organisations", which fits a free choice list for
  the kind of relation.
- not checked (no stored page shows an exported PerfectView workbook), the plausible
  choice taken, modelled on a plain Dutch CRM export: the column labels other than
  "Relatiecode" and "Naam" (PerfectView's "Naam 2", "Bezoekadres", "Relatiesoort",
  "Branche" are this team's view as it could be set up); the sheet's name and the file's
  name ("Export relaties Haarlemmermeer-Schiphol 04-12-2026.xlsx"); dates as date cells
  shown dd-mm-yyyy; the Relatiecode as a number cell; no Excel table, a bold header.

No personal data: "Telefoon", "E-mail" and "Contactpersoon" are empty on every row (the
team's export holds no persons; no phone number or e-mail address is given, not even a
general one, as none was checked); "Accountmanager" holds a generic team name or is
empty; the remarks name no one. No KvK number or BRIN code is given: none was checked in a
stored register, so "KvK-nummer" is empty (as it was left on most records of a real CRM).
Addresses (visiting address and postcode) are given only for some organisations whose
address is widely known, as remembered, not checked in a stored source; the other rows
have only a place, or none.

Organisations under an earlier name (as remembered, not checked in a stored source): N.V.
Luchthaven Schiphol → Schiphol Group → Royal Schiphol Group (the brand "Amsterdam Airport
Schiphol" is its airport); the Bloemenveiling Aalsmeer and FloraHolland → Royal FloraHolland
(the merger of 2008, "Royal" since 2016); the Spaarne Ziekenhuis (Hoofddorp) and the Kennemer
Gasthuis → Spaarne Gasthuis (2015). A record under the old name means the organisation as
it is now: the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
location, department, team, brigade or service is that organisation (a municipality's
department is the municipality; the Brandweer Amsterdam-Amstelland is the Veiligheidsregio
Amsterdam-Amstelland's, the Brandweer Kennemerland the Veiligheidsregio Kennemerland's; KLM
Engineering & Maintenance is KLM's; MBO College Airport and MBO College Amstelland are
schools of the ROC van Amsterdam; the Aviation Academy is the Hogeschool van Amsterdam's;
Randstad's office in Hoofddorp and Randstad Groep Nederland are Randstad; the KMar's brigade
or district Schiphol is the Koninklijke Marechaussee). Apart stay what the team deals with as
partners of their own: KLM and its subsidiary Transavia; Royal Schiphol Group and the
Schiphol Area Development Company (SADC, of which Schiphol is one shareholder); the two
hospitals (Spaarne Gasthuis, Ziekenhuis Amstelland); the two GGDs (GGD Kennemerland for
Haarlemmermeer, GGD Amsterdam for Amstelland) and the two Veiligheidsregio's; the two
Werkgeversservicepunten (Zuid-Kennemerland en IJmond, Groot Amsterdam) and UWV; Royal
FloraHolland and the Dutch Flower Group (both Aalsmeer); the municipalities and the bodies
named after a place (Amstelveen and the Amstelveen College; Haarlemmermeer and the
Haarlemmermeer Lyceum; Aalsmeer and Royal FloraHolland Aalsmeer); the Bibliotheek
Amstelland and the Ziekenhuis Amstelland; the Koninklijke Marechaussee and Schiphol; the
Luchtverkeersleiding Nederland and Schiphol.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website not known with certainty is left
empty. Branches, statuses, dates and remarks are illustrative; every row is loaded with
source ``illustratief`` (see ``mappings/``). The ROC Nova College, the GGD Kennemerland,
the Veiligheidsregio Kennemerland, the Hogeschool Inholland's main seat and the Provincie
Noord-Holland lie in Haarlem, the ROC van Amsterdam, the Hogeschool van Amsterdam, the GGD
Amsterdam, Eigen Haard and Amstelring in Amsterdam, outside the team's region: the team
keeps them all the same.

One record names no organisation ("Testrelatie - niet gebruiken", a colleague's test when
the CRM was set up): it stands in the workbook and not in truth.csv.

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first relation row 2). A municipality's rows are the
municipality's organisation.
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
EXPORT = HERE / "Export relaties Haarlemmermeer-Schiphol 04-12-2026.xlsx"

HEADER = ["Relatiecode", "Naam", "Naam 2", "Bezoekadres", "Postcode", "Plaats", "Land",
          "Telefoon", "E-mail", "Website", "Relatiesoort", "Branche", "KvK-nummer",
          "Accountmanager", "Contactpersoon", "Status", "Aangemaakt op", "Gewijzigd op",
          "Opmerking"]

W, ON, G, OV, NP, OG = ("Werkgever", "Opleider", "Gemeente", "Overheid", "Netwerkpartner",
                       "Overig")
NL = "Nederland"
TEAMS = ["Team Werkgeversdienstverlening", "Team Onderwijs & Arbeidsmarkt", ""]

# (Naam, Naam 2, Bezoekadres, Postcode, Plaats, Land, Website, Relatiesoort, Branche,
#  Status, Opmerking, truth id or "" for a record that names no organisation). Grouped by
#  organisation here; the records were made in another order (see made()).
R = tuple[str, str, str, str, str, str, str, str, str, str, str, str]
RELATIONS: list[R] = [
    # municipalities and the province
    ("Gemeente Haarlemmermeer", "", "Raadhuisplein 1", "2132 TZ", "Hoofddorp", NL,
     "www.haarlemmermeer.nl", G, "Overheid", "Actief", "", "haarlemmermeer"),
    ("Gemeente Haarlemmermeer", "Afdeling Economische Zaken", "", "", "Hoofddorp", NL, "",
     G, "Overheid", "Actief", "", "haarlemmermeer"),
    ("Haarlemmermeer", "t.a.v. Team Werk & Inkomen", "", "", "Hoofddorp", "NL", "", OV, "",
     "Actief", "", "haarlemmermeer"),
    ("gemeente Haarlemmermeer - Werkgeversdienstverlening", "", "", "", "Haarlemmermeer", "",
     "", G, "Overheid", "Actief", "", "haarlemmermeer"),
    ("Gem. Haarlemmermeer", "", "", "", "Nieuw-Vennep", "", "", NP, "", "Actief", "",
     "haarlemmermeer"),
    ("Gemeente Haarlemmermeer", "", "", "", "Hoofddorp", NL, "haarlemmermeer.nl", G,
     "Overheid", "Inactief", "Dubbele relatie, niet meer gebruiken", "haarlemmermeer"),
    ("Gemeente Amstelveen", "", "Laan Nieuwer-Amstel 1", "1182 JR", "Amstelveen", NL,
     "www.amstelveen.nl", G, "Overheid", "Actief", "", "amstelveen"),
    ("Amstelveen", "", "", "", "Amstelveen", "", "", G, "", "Actief", "", "amstelveen"),
    ("gemeente amstelveen", "Afdeling Werk en Inkomen", "", "", "Amstelveen", NL, "", OV,
     "Overheid", "Actief", "", "amstelveen"),
    ("Gemeente Amstelveen", "t.a.v. Economische Zaken", "", "", "AMSTELVEEN", "", "", G, "",
     "Actief", "Overleg over Amstelveen Werkt", "amstelveen"),
    ("Gemeente Aalsmeer", "", "Raadhuisplein 1", "1431 EH", "Aalsmeer", NL,
     "www.aalsmeer.nl", G, "Overheid", "Actief", "", "aalsmeer"),
    ("Aalsmeer", "Gemeente - team Economie", "", "", "Aalsmeer", "", "", NP, "", "Actief",
     "", "aalsmeer"),
    ("gemeente Aalsmeer", "", "", "", "", "", "", G, "Overheid", "Actief", "", "aalsmeer"),
    ("Gemeente Uithoorn", "", "Laan van Meerwijk 16", "1423 AJ", "Uithoorn", NL,
     "www.uithoorn.nl", G, "Overheid", "Actief", "", "uithoorn"),
    ("Uithoorn gemeente", "", "", "", "", "", "", G, "", "Actief", "", "uithoorn"),
    ("Gemeente Uithoorn", "Beleidsadviseur economie", "", "", "Uithoorn", "", "", OV,
     "Overheid", "Actief", "", "uithoorn"),
    ("Gemeente Diemen", "", "Ouddiemerlaan 104", "1111 HL", "Diemen", NL, "www.diemen.nl",
     G, "Overheid", "Actief", "", "diemen"),
    ("Gem. Diemen", "", "", "", "Diemen", "", "", G, "", "Actief", "", "diemen"),
    ("Gemeente Ouder-Amstel", "", "", "", "Duivendrecht", NL, "www.ouder-amstel.nl", G,
     "Overheid", "Actief", "", "ouder-amstel"),
    ("Ouder Amstel", "", "", "", "Ouderkerk aan de Amstel", "", "", G, "", "Actief", "",
     "ouder-amstel"),
    ("gemeente Ouder-Amstel", "afd. Economische Zaken", "", "", "Ouderkerk a/d Amstel", NL,
     "", OV, "", "Actief", "", "ouder-amstel"),
    ("Provincie Noord-Holland", "", "Houtplein 33", "2012 DE", "Haarlem", NL,
     "www.noord-holland.nl", OV, "Overheid", "Actief", "", "pnh"),
    ("Prov. Noord-Holland", "Directie Beleid, afdeling Economie", "", "", "Haarlem", "", "",
     OV, "", "Actief", "", "pnh"),
    ("Provincie NH", "", "", "", "Haarlem", "", "", NP, "Overheid", "Actief", "", "pnh"),
    # UWV, the Werkgeversservicepunten, the GGDs, the Veiligheidsregio's, KMar, LVNL
    ("UWV", "WERKbedrijf Hoofddorp", "", "", "Hoofddorp", NL, "www.uwv.nl", OV, "Overheid",
     "Actief", "", "uwv"),
    ("UWV WERKbedrijf", "Regio Groot Amsterdam", "", "", "Amsterdam", NL, "", NP, "",
     "Actief", "", "uwv"),
    ("Uitvoeringsinstituut Werknemers-", "verzekeringen (UWV)", "", "", "Amsterdam", "", "",
     OV, "Overheid", "Actief", "", "uwv"),
    ("UWV Hoofddorp", "", "", "", "Hoofddorp", "", "", OV, "", "Actief", "", "uwv"),
    ("Werkgeversservicepunt Groot Amsterdam", "", "", "", "Amsterdam", NL, "", NP,
     "Overheid", "Actief", "", "wsp-ga"),
    ("WSP Groot Amsterdam", "accountmanagers Amstelland", "", "", "Amstelveen", "", "", NP,
     "", "Actief", "", "wsp-ga"),
    ("WSP Groot-Amsterdam", "", "", "", "", "", "", OV, "", "Actief", "", "wsp-ga"),
    ("Werkgeversservicepunt Zuid-Kennemerland", "en IJmond", "", "", "Haarlem", NL, "", NP,
     "Overheid", "Actief", "", "wsp-zkij"),
    ("WSP ZK-IJmond", "", "", "", "Hoofddorp", "", "", NP, "", "Actief", "", "wsp-zkij"),
    ("Werkgeverservicepunt Zuid Kennemerland & IJmond", "", "", "", "Haarlem", "", "", OV,
     "", "Actief", "", "wsp-zkij"),
    ("GGD Kennemerland", "", "", "", "Haarlem", NL, "www.ggdkennemerland.nl", OV, "Zorg",
     "Actief", "", "ggd-kennemerland"),
    ("GGD Kennemerland", "Jeugdgezondheidszorg Haarlemmermeer", "", "", "Hoofddorp", "", "",
     OG, "Zorg", "Actief", "", "ggd-kennemerland"),
    ("GGD Amsterdam", "", "", "", "Amsterdam", NL, "www.ggd.amsterdam.nl", OV, "Zorg",
     "Actief", "", "ggd-amsterdam"),
    ("GGD Amsterdam-Amstelland", "", "", "", "Amstelveen", "", "", OV, "Zorg", "Actief", "",
     "ggd-amsterdam"),
    ("G.G.D. Amsterdam", "afd. JGZ Amstelveen", "", "", "Amstelveen", "", "", OG, "",
     "Actief", "", "ggd-amsterdam"),
    ("Veiligheidsregio Kennemerland", "", "", "", "Haarlem", NL, "www.vrk.nl", OV,
     "Openbare orde en veiligheid", "Actief", "", "vr-kennemerland"),
    ("VRK", "Brandweer Kennemerland", "", "", "Haarlem", "", "", OV, "", "Actief",
     "Oriëntatie op brandweer als werkgever", "vr-kennemerland"),
    ("Veiligheidsregio Amsterdam-Amstelland", "", "", "", "Amsterdam", NL, "www.vraa.nl",
     OV, "Openbare orde en veiligheid", "Actief", "", "vr-aa"),
    ("Brandweer Amsterdam-Amstelland", "kazerne Amstelveen", "", "", "Amstelveen", "", "",
     W, "", "Actief", "", "vr-aa"),
    ("Koninklijke Marechaussee", "District Schiphol", "", "", "Schiphol", NL, "", OV,
     "Defensie", "Actief", "", "kmar"),
    ("KMar Schiphol", "", "", "", "Schiphol-Oost", "", "", W, "Defensie", "Actief", "",
     "kmar"),
    ("Koninklijke Marechaussee Brigade Schiphol", "", "", "", "Luchthaven Schiphol", "",
     "", OV, "", "Actief", "Werving beveiligers", "kmar"),
    ("Luchtverkeersleiding Nederland", "", "", "", "Schiphol-Oost", NL, "www.lvnl.nl", W,
     "Luchtvaart", "Actief", "", "lvnl"),
    ("LVNL", "", "", "", "Schiphol", "", "", W, "Luchtvaart", "Actief", "", "lvnl"),
    ("Air Traffic Control the Netherlands", "", "", "", "Haarlemmermeer", "Netherlands", "",
     OG, "Luchtvaart", "Prospect", "", "lvnl"),
    # schools
    ("Hogeschool Inholland", "locatie Diemen", "Wildenborch 6", "1112 XB", "Diemen", NL,
     "www.inholland.nl", ON, "Onderwijs", "Actief", "", "inholland"),
    ("Inholland Diemen", "", "", "", "Diemen", "", "", ON, "Onderwijs", "Actief", "",
     "inholland"),
    ("INHOLLAND", "", "", "", "Haarlem", "", "", ON, "", "Actief", "", "inholland"),
    ("Nova College", "", "", "", "Haarlem", NL, "www.novacollege.nl", ON, "Onderwijs",
     "Actief", "", "nova"),
    ("ROC Nova College", "locatie Hoofddorp", "", "", "Hoofddorp", "", "", ON, "Onderwijs",
     "Actief", "", "nova"),
    ("Nova college Hoofddorp", "", "", "", "Hoofddorp", "", "", ON, "", "Actief", "", "nova"),
    ("ROC van Amsterdam", "", "", "", "Amsterdam", NL, "www.rocva.nl", ON, "Onderwijs",
     "Actief", "", "rocva"),
    ("MBO College Airport", "ROC van Amsterdam", "", "", "Hoofddorp", "", "", ON,
     "Onderwijs", "Actief", "Opleidingen luchtvaart en logistiek", "rocva"),
    ("ROCvA - MBO College Airport", "", "", "", "Hoofddorp", "", "", ON, "", "Actief", "",
     "rocva"),
    ("ROC v. Amsterdam", "MBO College Amstelland", "", "", "Amstelveen", "", "", ON, "",
     "Actief", "", "rocva"),
    ("Hogeschool van Amsterdam", "Aviation Academy", "", "", "Amsterdam", NL, "www.hva.nl",
     ON, "Onderwijs", "Actief", "", "hva"),
    ("HvA Aviation Academy", "", "", "", "Amsterdam", "", "", ON, "Onderwijs", "Actief", "",
     "hva"),
    ("Amsterdam University of Applied Sciences", "", "", "", "Amsterdam", "Netherlands", "",
     ON, "", "Prospect", "", "hva"),
    ("Amstelveen College", "", "", "", "Amstelveen", NL, "", ON, "Onderwijs", "Actief", "",
     "amstelveen-college"),
    ("Amstelveen College (VO)", "t.a.v. decaan", "", "", "Amstelveen", "", "", ON, "",
     "Actief", "", "amstelveen-college"),
    ("Herbert Vissers College", "", "", "", "Nieuw-Vennep", NL, "", ON, "Onderwijs",
     "Actief", "", "herbert-vissers"),
    ("Herbert Vissers College", "t.a.v. decanaat", "", "", "Nieuw Vennep", "", "", ON, "",
     "Actief", "", "herbert-vissers"),
    ("Haarlemmermeer Lyceum", "", "", "", "Hoofddorp", NL, "", ON, "Onderwijs", "Actief", "",
     "haarlemmermeer-lyceum"),
    ("Het Haarlemmermeer Lyceum", "", "", "", "Haarlemmermeer", "", "", ON, "", "Actief", "",
     "haarlemmermeer-lyceum"),
    # care
    ("Spaarne Gasthuis", "locatie Hoofddorp", "Spaarnepoort 1", "2134 TM", "Hoofddorp", NL,
     "www.spaarnegasthuis.nl", W, "Zorg", "Actief", "", "spaarne"),
    ("Spaarne Ziekenhuis", "", "", "", "Hoofddorp", "", "", W, "Zorg", "Inactief", "",
     "spaarne"),
    ("Spaarne Gasthuis", "", "", "", "Haarlem", "", "", W, "Zorg", "Actief", "", "spaarne"),
    ("Spaarne Gasthuis Hoofddorp", "", "", "", "Haarlemmermeer", "", "", OG, "", "Actief",
     "", "spaarne"),
    ("Ziekenhuis Amstelland", "", "Laan van de Helende Meesters 8", "1186 AM", "Amstelveen",
     NL, "www.ziekenhuisamstelland.nl", W, "Zorg", "Actief", "", "zh-amstelland"),
    ("Zkh Amstelland", "", "", "", "Amstelveen", "", "", W, "", "Actief", "",
     "zh-amstelland"),
    ("Amstelland Ziekenhuis", "", "", "", "Amstelveen", "", "", OG, "Zorg", "Actief", "",
     "zh-amstelland"),
    ("Amstelring", "", "", "", "Amsterdam", NL, "www.amstelring.nl", W, "Zorg", "Actief",
     "", "amstelring"),
    ("Amstelring Zorg", "locatie Amstelveen", "", "", "Amstelveen", "", "", W, "Zorg",
     "Actief", "", "amstelring"),
    ("Stichting Amstelring", "", "", "", "Amstelveen", "", "", OG, "", "Actief", "",
     "amstelring"),
    # employers
    ("Royal Schiphol Group", "", "Evert van de Beekstraat 202", "1118 CP", "Schiphol", NL,
     "www.schiphol.nl", W, "Luchtvaart", "Actief", "", "schiphol"),
    ("Schiphol Group", "", "", "", "Schiphol", "", "", W, "Luchtvaart", "Actief", "",
     "schiphol"),
    ("N.V. Luchthaven Schiphol", "", "", "", "Luchthaven Schiphol", NL, "", W, "Luchtvaart",
     "Inactief", "", "schiphol"),
    ("Amsterdam Airport Schiphol", "HR / Talent Acquisition", "", "", "Schiphol", "", "", W,
     "", "Actief", "Banenmarkt luchthaven", "schiphol"),
    ("Royal Schiphol Group N.V.", "", "", "", "Haarlemmermeer", "", "", W, "Luchtvaart",
     "Actief", "", "schiphol"),
    ("KLM", "", "Amsterdamseweg 55", "1182 GP", "Amstelveen", NL, "www.klm.nl", W,
     "Luchtvaart", "Actief", "", "klm"),
    ("Koninklijke Luchtvaart Maatschappij N.V.", "", "", "", "Amstelveen", "", "", W,
     "Luchtvaart", "Actief", "", "klm"),
    ("KLM Royal Dutch Airlines", "", "", "", "Schiphol", "", "", W, "", "Actief", "",
     "klm"),
    ("KLM Engineering & Maintenance", "", "", "", "Schiphol-Oost", "", "", W, "Luchtvaart",
     "Actief", "BBL-plaatsen vliegtuigonderhoud", "klm"),
    ("KLM", "", "", "", "Amstelveen", "", "", W, "Luchtvaart", "Actief", "", "klm"),
    ("Transavia", "", "", "", "Schiphol", NL, "www.transavia.com", W, "Luchtvaart",
     "Actief", "", "transavia"),
    ("Transavia Airlines C.V.", "", "", "", "Schiphol-Oost", "", "", W, "Luchtvaart",
     "Actief", "", "transavia"),
    ("transavia.com", "Crew Recruitment", "", "", "Luchthaven Schiphol", "", "", W, "",
     "Prospect", "", "transavia"),
    ("Swissport", "", "", "", "Schiphol", NL, "", W, "Luchtvaart", "Actief", "",
     "swissport"),
    ("Swissport Cargo Services", "", "", "", "Schiphol", "", "", W, "Logistiek", "Actief",
     "", "swissport"),
    ("Swissport Nederland B.V.", "", "", "", "Haarlemmermeer", "", "", W, "", "Actief", "",
     "swissport"),
    ("Schiphol Area Development Company", "", "", "", "Schiphol", NL, "www.sadc.nl", NP,
     "Gebiedsontwikkeling", "Actief", "", "sadc"),
    ("SADC", "", "", "", "Schiphol-Rijk", "", "", NP, "", "Actief", "", "sadc"),
    ("S.A.D.C. N.V.", "", "", "", "", "", "", OG, "", "Actief", "", "sadc"),
    ("Royal FloraHolland", "", "Legmeerdijk 313", "1431 GB", "Aalsmeer", NL,
     "www.royalfloraholland.com", W, "Sierteelt", "Actief", "", "floraholland"),
    ("FloraHolland Aalsmeer", "", "", "", "Aalsmeer", "", "", W, "Sierteelt", "Actief", "",
     "floraholland"),
    ("Bloemenveiling Aalsmeer", "", "", "", "Aalsmeer", "", "", W, "Sierteelt", "Inactief",
     "", "floraholland"),
    ("Royal Flora Holland", "", "", "", "Aalsmeer", "", "", W, "", "Actief", "",
     "floraholland"),
    ("Dutch Flower Group", "", "", "", "Aalsmeer", NL, "www.dutchflowergroup.com", W,
     "Sierteelt", "Actief", "", "dfg"),
    ("Dutch Flower Group B.V.", "", "", "", "Aalsmeer", "", "", W, "", "Prospect", "",
     "dfg"),
    ("Randstad", "", "Diemermere 25", "1112 TC", "Diemen", NL, "www.randstad.nl", W,
     "Uitzendbranche", "Actief", "", "randstad"),
    ("Randstad Nederland", "vestiging Hoofddorp", "", "", "Hoofddorp", "", "", W,
     "Uitzendbranche", "Actief", "", "randstad"),
    ("Randstad Groep Nederland B.V.", "", "", "", "Diemen", "", "", W, "", "Actief", "",
     "randstad"),
    ("KPMG", "", "Laan van Langerhuize 1", "1186 DS", "Amstelveen", NL, "", W,
     "Zakelijke dienstverlening", "Actief", "", "kpmg"),
    ("KPMG Accountants N.V.", "", "", "", "Amstelveen", "", "", W, "", "Actief", "",
     "kpmg"),
    ("KPMG Nederland", "", "", "", "Amstelveen", "", "", W, "Zakelijke dienstverlening",
     "Prospect", "", "kpmg"),
    ("Meerlanden", "", "", "", "Rijsenhout", NL, "www.meerlanden.nl", W, "Afvalinzameling",
     "Actief", "", "meerlanden"),
    ("De Meerlanden", "", "", "", "Haarlemmermeer", "", "", W, "", "Actief", "",
     "meerlanden"),
    ("Meerlanden", "afvalinzameling", "", "", "Rijsenhout", "", "", W, "Afvalinzameling",
     "Actief", "", "meerlanden"),
    ("Eigen Haard", "", "", "", "Amsterdam", NL, "www.eigenhaard.nl", W, "Woningcorporatie",
     "Actief", "", "eigen-haard"),
    ("Woningcorporatie Eigen Haard", "regio Amstelland", "", "", "Amstelveen", "", "", NP,
     "Woningcorporatie", "Actief", "", "eigen-haard"),
    ("Eigen Haard", "", "", "", "Uithoorn", "", "", OG, "", "Actief", "", "eigen-haard"),
    ("Bibliotheek Amstelland", "", "", "", "Amstelveen", NL, "", NP, "Cultuur", "Actief",
     "Taalhuis", "bibliotheek-amstelland"),
    ("Bibliotheek Amstelland", "vestiging Uithoorn", "", "", "Uithoorn", "", "", OG, "",
     "Actief", "", "bibliotheek-amstelland"),
    # no organisation
    ("Testrelatie - niet gebruiken", "", "", "", "", "", "", OG, "", "Inactief", "", ""),
]


def made() -> list[R]:
    """The records in the order they were made (a fixed shuffle: colleagues entered an
    organisation's records years apart)."""
    relations = list(RELATIONS)
    random.Random(25).shuffle(relations)
    # the test record was the first one, made when the CRM was set up
    relations.sort(key=lambda r: r[-1] != "")
    return relations


def dates(n: int) -> list[tuple[dt.date, dt.date]]:
    """Created and last changed, in the order the records were made: over eight years,
    from March 2018 to November 2026."""
    rng = random.Random(2518)
    start, end = dt.date(2018, 3, 12), dt.date(2026, 11, 20)
    span = (end - start).days
    created = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(n))
    created[0] = start
    return [(c, min(end, c + dt.timedelta(days=rng.choice([0, 0, 3, 40, 200, 700]))))
            for c in created]


def write_export(path: Path) -> list[str]:
    """Write the workbook; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2026)
    wb = Workbook()
    ws = wb.active
    ws.title = "Relaties"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    relations = made()
    code = 1000
    for (name, name2, street, postcode, place, land, web, kind, branche, status, remark,
         organisation), (created, changed) in zip(relations, dates(len(relations)),
                                                   strict=True):
        code += rng.randint(1, 9)
        ws.append([code, name, name2 or None, street or None, postcode or None,
                   place or None, land or None, None, None, web or None, kind or None,
                   branche or None, None, rng.choice(TEAMS) or None, None, status,
                   created, changed, remark or None])
        row = ws.max_row
        for col in (17, 18):
            ws.cell(row=row, column=col).number_format = "dd-mm-yyyy"
        truth.append(organisation)
    fixed = dt.datetime(2026, 12, 4, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "PerfectView"
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 4, 9, 30, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-04T09:30:00Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a record that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
