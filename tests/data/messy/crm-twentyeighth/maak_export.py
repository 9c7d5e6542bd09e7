"""Write the twenty-eighth held-out organisation list: a Trello board exported as CSV, and
truth.csv beside this script.

    python tests/data/messy/crm-twentyeighth/maak_export.py

The board "Netwerkpartners Gooi en Vechtstreek" (illustrative: no real board or team is
named) of a regional education-and-labour-market team of Gooi en Vechtstreek (Hilversum,
Huizen, Gooise Meren, Wijdemeren, Laren, Blaricum, and Weesp, part of Amsterdam since 2022),
exported with Trello's "Print, export and share → Export as CSV". One card per organisation
or per contact moment ("Gesprek met Tergooi MC over BBL"), made over the years by several
team members, each naming the organisation their own way, in lists "Te benaderen",
"Gemeenten", "Overheid en instanties", "Werkgevers", "Zorg en welzijn", "Media Park",
"Onderwijs" and "Afgerond"; finished cards are moved to "Afgerond" and mostly archived.
The board has three custom fields, added later than the first cards: "Organisatie" (text),
"Plaats" (text) and "Sector" (dropdown), filled on some cards and not on others, so the
organisation is sometimes only in the card's name.

The columns, in the order written: "Card ID", "Card Name", "Card URL", "Card Description",
"Labels", "Members", "Due Date", "Attachment Count", "Attachment Links", "Checklist Item
Total Count", "Checklist Item Completed Count", "Vote Count", "Comment Count", "Last
Activity Date", "List ID", "List Name", "Board ID", "Board Name", "Archived", "Start
Date", "Due Complete", then one column per custom field ("Organisatie", "Plaats",
"Sector"). One header row, one row per card (archived cards included, "Archived" true),
cards in the board's list order and, within a list, in their position.

What was checked, and what not (no network here; stored public repositories only):

- checked, in public repositories that read or rebuild Trello's CSV export (a Python
  script writing "a Trello-style CSV" from a board's JSON, a TypeScript parser of the
  export, and tests of two importers): the standard column names above and their order
  (the Python script's list, which ends with "Archived", "Start Date", "Due Complete" and
  the board's custom fields as extra columns named by the field); labels written as
  "name (color)" joined by ", " ("Einkauf (green), Dringend (red)"); "Archived" as
  "true"/"false"; dates as ISO 8601 in UTC with milliseconds ("2026-10-09T08:00:00.000Z");
  the card URL as "https://trello.com/c/<shortLink>/<number>-<slug>"; custom fields as
  plain text cells; a parser that strips a leading byte-order mark (so a BOM may occur).
- not checked, the plausible choice taken: UTF-8 without a byte-order mark, CRLF line
  ends, every cell quoted only when it needs it (Python's csv defaults); multi-line card
  descriptions in one quoted cell; a dropdown custom field written as its option's text,
  an empty custom field as an empty cell; "Due Complete" false where no due date is set;
  the 24-hex ids (made from a hash here, not real Trello ids); "Members" as written for a
  member (see below). No export was made for this fixture.

No personal data: the Trello CSV's "Members" column would hold the members' full names;
here it is empty or the team's shared account "teamwerkgv" (a handle, no person). Card
names and descriptions name organisations, roles ("wethouder", "afdeling HR") and
subjects, never a person, a phone number or an e-mail address; no attachment links point
at anything but Trello's own attachment paths. No KvK numbers or BRIN codes: a Trello board
of a network team would not hold them, and they are not invented here.

The mess is the team's: several cards per organisation, its name typed in full,
abbreviated ("Regio G&V", "ROCvA", "HvA", "WSP GV"), with a department or location
("Gemeente Hilversum – afdeling Werk en Inkomen", "Vivium – De Hogeweyk Weesp"), with a
legal form ("RTL Nederland B.V.", "Nike European Operations Netherlands B.V."), in English
("Amsterdam University of Applied Sciences", "Nike European Headquarters"), as a contact
moment ("Gesprek met Tergooi MC over BBL"), in small letters, or under a former name
(below); the "Organisatie" field sometimes fuller, shorter or empty; "Plaats" a village
(Loosdrecht, Kortenhoef), a former municipality (Bussum, Naarden, Muiden, Weesp), "Laren
NH", "Media Park", small letters, or empty. Three cards name no organisation (a meeting's
room, the board's template card, a newsletter): they stand in the export and not in
truth.csv.

Organisations under an earlier name (from general knowledge, not checked in a stored
source): Bussum, Naarden and Muiden → Gooise Meren (1 January 2016); Weesp → Amsterdam
(24 March 2022); Tergooiziekenhuizen (the hospitals of Hilversum and Blaricum) → Tergooi MC;
United Broadcast Facilities ("United") → NEP The Netherlands. An old card under the former
name means the organisation the team deals with now: the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
department, location or team is its organisation (the Gemeente Amsterdam's stadsgebied
Weesp is Amsterdam; Tergooi MC's location Blaricum is Tergooi MC; De Hogeweyk is Vivium's;
the ROC van Amsterdam's MBO College Hilversum is the ROC van Amsterdam; the Brandweer Gooi
en Vechtstreek is the Veiligheidsregio's; "Rabobank" on a card about the local bank is the
Rabobank Gooi en Vechtstreek). Apart stay bodies the network deals with as partners of
their own: the Regio Gooi en Vechtstreek (the municipalities' joint body), its GGD, the
Veiligheidsregio, the Werkgeversservicepunt Gooi en Vechtstreek and the Rabobank Gooi en
Vechtstreek; the WSP Gooi en Vechtstreek and the WSP Groot Amsterdam; UWV and the WSP;
the NPO and the NOS (and the other broadcasters); the Mediacollege Amsterdam and the ROC
van Amsterdam; the Hogeschool van Amsterdam and the Hogeschool Utrecht; the Gemeente
Hilversum and the Gemeentelijk Gymnasium Hilversum; the Gemeente Laren and Singer Laren;
the Gemeente Huizen and the Huizermaat; Tergooi MC and Meander Medisch Centrum.

``truth.csv`` says which organisation each row means, by the row number a spreadsheet
shows (the header is row 1, the first card row 2; a multi-line description stays in its
card's row).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Netwerkpartners Gooi en Vechtstreek.csv"
BOARD = "Netwerkpartners Gooi en Vechtstreek"
TEAM = "teamwerkgv"  # the team's shared Trello account: a handle, no person

LISTS = {"nw": "Te benaderen", "ge": "Gemeenten", "ov": "Overheid en instanties",
         "wg": "Werkgevers", "zo": "Zorg en welzijn", "me": "Media Park", "on": "Onderwijs",
         "af": "Afgerond"}
COLOURS = {"Gemeente": "purple", "Werkgever": "green", "Onderwijs": "blue", "Zorg": "red",
           "Media": "yellow", "BBL": "orange", "Stage": "sky", "Prioriteit": "black",
           "LLO": "lime"}

# (truth id or "" for a card that names no organisation, card name, "Organisatie",
#  "Plaats", "Sector", list, labels, archived, description)
CARDS = [
    # Te benaderen
    ("", "Netwerkbijeenkomst 13 maart – zaal reserveren", "", "", "", "nw", "", False,
     "Zaal voor ca. 40 personen, liefst op het Media Park."),
    ("", "Template: nieuwe netwerkpartner (kopiëren)", "", "", "", "nw", "", False,
     "Kopieer deze kaart.\n\n- Organisatie invullen\n- Plaats invullen\n- Sector kiezen"),
    ("tomin", "Tomin – beschut werk", "Tomin", "", "Sociaal werkbedrijf", "nw", "Werkgever",
     False, "Vragen naar beschut werk en detachering."),
    ("singer-laren", "Singer Laren", "Singer Laren", "Laren", "Cultuur", "nw", "Werkgever",
     False, "Museum en theater; vrijwilligers naar betaald werk?"),
    ("meander", "Meander MC – zij-instroom", "Meander MC", "Amersfoort", "", "nw", "Zorg",
     False, "Ziekenhuis buiten de regio, wel veel inwoners uit Huizen en Blaricum."),
    # Gemeenten
    ("hilversum", "Gemeente Hilversum – afdeling Werk en Inkomen", "Gemeente Hilversum",
     "Hilversum", "Overheid", "ge", "Gemeente", False,
     "Vaste overleggen over werkgeversdienstverlening."),
    ("hilversum", "Overleg wethouder economie Hilversum", "", "", "Overheid", "ge",
     "Gemeente, Prioriteit", False, "Agenda: Media Park, banenafspraak."),
    ("huizen", "Gemeente Huizen", "Gemeente Huizen", "Huizen", "Overheid", "ge", "Gemeente",
     False, ""),
    ("huizen", "Huizen – Team Economische Zaken", "", "Huizen", "", "ge", "Gemeente", False,
     "Bedrijventerrein De Kooy, ondernemersvereniging."),
    ("gooise-meren", "Gemeente Gooise Meren", "Gemeente Gooise Meren", "Bussum", "Overheid",
     "ge", "Gemeente", False, ""),
    ("gooise-meren", "Gooise Meren, loket Werk", "", "Naarden", "", "ge", "Gemeente", False,
     "Via het algemene nummer van de gemeente."),
    ("gooise-meren", "Gem. Gooise Meren - Muiden", "Gooise Meren", "Muiden", "Overheid", "ge",
     "", False, ""),
    ("wijdemeren", "Gemeente Wijdemeren", "Gemeente Wijdemeren", "Loosdrecht", "Overheid",
     "ge", "Gemeente", False, ""),
    ("wijdemeren", "Wijdemeren (Kortenhoef) - economie", "", "Kortenhoef", "", "ge", "", False,
     ""),
    ("wijdemeren", "Gesprek met gemeente Wijdemeren over werkgeversdag", "Wijdemeren",
     "Loosdrecht", "", "ge", "Gemeente", False, "Werkgeversdag in 's-Graveland?"),
    ("laren", "Gemeente Laren NH", "Gemeente Laren", "Laren", "Overheid", "ge", "Gemeente",
     False, ""),
    ("blaricum", "Gemeente Blaricum", "Gemeente Blaricum", "Blaricum", "Overheid", "ge",
     "Gemeente", False, ""),
    ("blaricum", "Blaricum – kennismaking", "Blaricum", "", "", "ge", "", False,
     "Kennismaking met beleidsmedewerker economie."),
    ("amsterdam", "Gemeente Amsterdam – stadsgebied Weesp", "Gemeente Amsterdam", "Weesp",
     "Overheid", "ge", "Gemeente", False, "Sinds 2022 hoort Weesp bij Amsterdam."),
    ("amsterdam", "Amsterdam (Weesp) werkgeversdienstverlening", "", "Amsterdam", "", "ge",
     "Gemeente", False, ""),
    # Overheid en instanties
    ("regio-gv", "Regio Gooi en Vechtstreek", "Regio Gooi en Vechtstreek", "", "Overheid",
     "ov", "Prioriteit", False, "Samenwerkingsverband van de gemeenten; arbeidsmarktregio."),
    ("regio-gv", "Regio G&V – arbeidsmarktregio overleg", "Regio G&V", "", "", "ov", "", False,
     "Elk kwartaal."),
    ("regio-gv", "Kwartaaloverleg Regio Gooi & Vechtstreek", "", "", "", "ov", "LLO", False,
     "Verslag in bijlage."),
    ("ggd-gv", "GGD GV – jeugdgezondheidszorg", "GGD", "", "Zorg", "ov", "Zorg", False,
     "Stageplekken jeugdverpleegkunde."),
    ("vrgv", "Veiligheidsregio Gooi en Vechtstreek", "Veiligheidsregio Gooi en Vechtstreek",
     "", "Overheid", "ov", "", False, ""),
    ("vrgv", "Brandweer Gooi en Vechtstreek – BBL", "VRGV", "", "", "ov", "BBL", False,
     "Brandweer hoort bij de veiligheidsregio."),
    ("wsp-gv", "WSP Gooi en Vechtstreek", "Werkgeversservicepunt Gooi en Vechtstreek", "",
     "Overheid", "ov", "Prioriteit", False, ""),
    ("wsp-gv", "Afstemming WSP G&V over banenafspraak", "WSP GV", "Hilversum", "", "ov", "",
     False, "Banenafspraak en praktijkroute."),
    ("wsp-ga", "WSP Groot Amsterdam", "Werkgeversservicepunt Groot Amsterdam", "Amsterdam",
     "Overheid", "ov", "", False, "Voor werkgevers in Weesp."),
    ("wsp-ga", "Kennismaking WSP Groot-Amsterdam (Weesp)", "WSP GA", "Weesp", "", "ov", "",
     False, ""),
    ("uwv", "UWV Hilversum", "UWV", "Hilversum", "Overheid", "ov", "", False, ""),
    ("uwv", "UWV WERKbedrijf - regio Gooi en Vechtstreek", "UWV Werkbedrijf", "", "", "ov",
     "LLO", False, "Regionaal adviseur arbeidsmarkt."),
    ("pnh", "Provincie Noord-Holland", "Provincie Noord-Holland", "Haarlem", "Overheid", "ov",
     "", False, ""),
    ("pnh", "Prov. NH – subsidie Leven Lang Ontwikkelen", "Provincie NH", "", "", "ov", "LLO",
     False, "Regeling voor regionale samenwerking."),
    # Werkgevers
    ("tomin", "Tomingroep", "Tomingroep", "", "Sociaal werkbedrijf", "wg", "Werkgever", False,
     "Sociaal werkbedrijf van de regio."),
    ("nike", "Nike European Headquarters", "Nike", "Hilversum", "Sport en retail", "wg",
     "Werkgever", False, "Europees hoofdkantoor."),
    ("nike", "Nike EHQ Hilversum – Engelstalige vacatures",
     "Nike European Operations Netherlands B.V.", "Hilversum", "", "wg", "Werkgever", False,
     "Veel Engelstalige functies; internationale studenten?"),
    ("rabobank-gv", "Rabobank Gooi en Vechtstreek", "Rabobank Gooi en Vechtstreek",
     "Hilversum", "Financiële dienstverlening", "wg", "Werkgever", False, ""),
    ("rabobank-gv", "Rabo G&V – sponsoring banenmarkt", "Rabobank", "", "", "wg", "", False,
     "Coöperatiefonds."),
    ("dudok", "Dudok Wonen", "Dudok Wonen", "Hilversum", "Wonen", "wg", "Werkgever", False,
     ""),
    ("dudok", "Dudok Wonen - onderhoud, BBL timmeren", "Dudok", "Hilversum", "", "wg",
     "Werkgever, BBL", False, "Eigen onderhoudsdienst."),
    ("gooi-omstreken", "Het Gooi en Omstreken", "Woningcorporatie Het Gooi en Omstreken",
     "Hilversum", "Wonen", "wg", "Werkgever", False, ""),
    ("gooi-omstreken", "HGO (Het Gooi & Omstreken)", "", "Hilversum", "", "wg", "", False,
     "Woningcorporatie."),
    # Zorg en welzijn
    ("tergooi", "Tergooi MC", "Tergooi MC", "Hilversum", "Zorg", "zo", "Zorg, Prioriteit",
     False, "Grootste zorgwerkgever van de regio."),
    ("tergooi", "Gesprek met Tergooi MC over BBL", "", "", "Zorg", "zo", "Zorg, BBL", False,
     "BBL verpleegkunde niveau 4.\n\nVervolgafspraak na de zomer."),
    ("tergooi", "Tergooi MC Hilversum - leerafdeling verpleegkunde", "Tergooi MC Hilversum",
     "Hilversum", "", "zo", "Zorg, Stage", False, ""),
    ("tergooi", "Tergooi MC – locatie Blaricum (poli)", "Tergooi MC", "Blaricum", "Zorg", "zo",
     "Zorg", False, ""),
    ("meander", "Meander Medisch Centrum", "Meander Medisch Centrum", "Amersfoort", "Zorg",
     "zo", "Zorg", False, ""),
    ("ggd-gv", "GGD Gooi en Vechtstreek", "GGD Gooi en Vechtstreek", "", "Zorg", "zo", "Zorg",
     False, ""),
    ("amaris", "Amaris Zorggroep", "Amaris Zorggroep", "", "Zorg", "zo", "Zorg", False,
     "Ouderenzorg in het Gooi."),
    ("amaris", "Amaris – leerwerkplekken VIG", "Amaris", "", "Zorg", "zo", "Zorg, BBL", False,
     ""),
    ("vivium", "Vivium Zorggroep", "Vivium Zorggroep", "Naarden", "Zorg", "zo", "Zorg", False,
     ""),
    ("vivium", "Vivium – De Hogeweyk Weesp", "Vivium", "Weesp", "Zorg", "zo", "Zorg, Stage",
     False, "Dementiedorp."),
    ("hilverzorg", "Hilverzorg", "Hilverzorg", "Hilversum", "Zorg", "zo", "Zorg", False, ""),
    ("hilverzorg", "HilverZorg - thuiszorg", "", "hilversum", "", "zo", "Zorg", False, ""),
    # Media Park
    ("npo", "NPO", "Nederlandse Publieke Omroep", "Hilversum", "Media", "me", "Media", False,
     ""),
    ("npo", "Gesprek NPO over traineeships", "NPO", "Media Park", "", "me", "Media", False,
     "Traineeships voor mbo en hbo."),
    ("nos", "NOS", "NOS", "Hilversum", "Media", "me", "Media", False, ""),
    ("nos", "Nederlandse Omroep Stichting - techniek", "", "Hilversum", "", "me", "Media",
     False, "Technische functies, BBL?"),
    ("nos", "NOS Nieuws – traineeship journalistiek", "NOS", "Hilversum", "Media", "me",
     "Media, Stage", False, ""),
    ("beeld-en-geluid", "Beeld & Geluid", "Beeld en Geluid", "Hilversum", "Media", "me",
     "Media", False, ""),
    ("beeld-en-geluid", "Nederlands Instituut voor Beeld en Geluid",
     "Nederlands Instituut voor Beeld en Geluid", "Hilversum", "Media", "me", "", False, ""),
    ("rtl", "RTL Nederland", "RTL Nederland", "Hilversum", "Media", "me", "Media", False, ""),
    ("rtl", "RTL Nederland B.V.", "RTL", "Hilversum", "", "me", "Media", False, ""),
    ("nep", "NEP The Netherlands", "NEP Netherlands", "Hilversum", "Media", "me",
     "Media, Werkgever", False, "Facilitair bedrijf: studio's, OB-wagens."),
    ("nep", "NEP (v/h United Broadcast Facilities)", "", "Hilversum", "", "me", "Media", False,
     "Technici gezocht, BBL mediatechniek."),
    ("avrotros", "AVROTROS", "AVROTROS", "Hilversum", "Media", "me", "Media", False, ""),
    ("avrotros", "Avro Tros – werkervaringsplekken", "AvroTros", "", "", "me", "Media", False,
     ""),
    ("bnnvara", "BNNVARA", "BNNVARA", "Hilversum", "Media", "me", "Media", False, ""),
    ("bnnvara", "BNN VARA - stagebeleid", "", "Hilversum", "", "me", "Media, Stage", False,
     ""),
    # Onderwijs
    ("rocva", "MBO College Hilversum", "ROC van Amsterdam - MBO College Hilversum",
     "Hilversum", "Onderwijs", "on", "Onderwijs", False, ""),
    ("rocva", "ROCvA Hilversum – BBL zorg", "ROCvA", "Hilversum", "", "on", "Onderwijs, BBL",
     False, ""),
    ("rocva", "Overleg ROC van Amsterdam over praktijkleren", "ROC van Amsterdam", "Amsterdam",
     "Onderwijs", "on", "Onderwijs", False, ""),
    ("mediacollege", "Mediacollege Amsterdam", "Mediacollege Amsterdam", "Amsterdam",
     "Onderwijs", "on", "Onderwijs", False, ""),
    ("mediacollege", "MA Mediacollege – stages Media Park", "Mediacollege", "", "", "on",
     "Onderwijs, Stage", False, "Stages bij omroepen en NEP."),
    ("hva", "Hogeschool van Amsterdam", "Hogeschool van Amsterdam", "Amsterdam", "Onderwijs",
     "on", "Onderwijs", False, ""),
    ("hva", "HvA – Media, Creatie en Informatie", "HvA", "", "", "on", "Onderwijs", False, ""),
    ("hva", "Amsterdam University of Applied Sciences", "", "Amsterdam", "", "on", "", False,
     "Engelstalige kaart van een collega."),
    ("hu", "Hogeschool Utrecht", "Hogeschool Utrecht", "Utrecht", "Onderwijs", "on",
     "Onderwijs", False, ""),
    ("hu", "HU – opleiding Verpleegkunde (Utrecht)", "HU", "Utrecht", "", "on",
     "Onderwijs, Zorg", False, ""),
    ("gymnasium-hilversum", "Gemeentelijk Gymnasium Hilversum",
     "Gemeentelijk Gymnasium Hilversum", "Hilversum", "Onderwijs", "on", "Onderwijs", False,
     ""),
    ("gymnasium-hilversum", "Gem. Gymnasium Hilversum – profielwerkstukken", "GGH",
     "Hilversum", "", "on", "Onderwijs", False, ""),
    ("comenius", "Comenius College Hilversum", "Comenius College", "Hilversum", "Onderwijs",
     "on", "Onderwijs", False, ""),
    ("huizermaat", "Huizermaat", "Scholengemeenschap Huizermaat", "Huizen", "Onderwijs", "on",
     "Onderwijs", False, ""),
    ("huizermaat", "SG Huizermaat – beroepenmarkt", "Huizermaat", "Huizen", "", "on",
     "Onderwijs", False, "Beroepenmarkt voor 3 vmbo."),
    # Afgerond
    ("hilversum", "Hilversum", "gemeente Hilversum", "hilversum", "", "af", "", True, ""),
    ("huizen", "Gesprek gem. Huizen over werkgeversdag", "Huizen", "", "Overheid", "af",
     "Gemeente", True, "Afgerond, werkgeversdag gehouden."),
    ("gooise-meren", "Gemeente Bussum (oud)", "Gemeente Bussum", "Bussum", "", "af", "", True,
     "Kaart van voor de fusie."),
    ("laren", "Laren – ondernemersontbijt", "gemeente Laren", "Laren NH", "", "af", "", True,
     ""),
    ("blaricum", "Gemeente Blaricum – bedrijvencontact", "", "", "", "af", "Gemeente", True,
     ""),
    ("amsterdam", "Gemeente Weesp", "Gemeente Weesp", "Weesp", "Overheid", "af", "Gemeente",
     True, "Oude kaart, Weesp is nu Amsterdam."),
    ("regio-gv", "regio gooi en vechtstreek (afdeling Sociaal Domein)", "", "", "", "af", "",
     True, ""),
    ("ggd-gv", "GGD Gooi & Vechtstreek - vacatures", "", "", "", "af", "Zorg", True, ""),
    ("vrgv", "Kennismaking Veiligheidsregio G&V", "", "", "", "af", "", True, ""),
    ("wsp-gv", "Werkgeversservicepunt Gooi & Vechtstreek", "", "", "", "af", "", True, ""),
    ("uwv", "Gesprek UWV over omscholing zorg", "", "", "", "af", "Zorg, LLO", True,
     "Omscholingstraject gestart."),
    ("tergooi", "Tergooi", "Tergooi", "Blaricum", "Zorg", "af", "Zorg", True, ""),
    ("tergooi", "Tergooiziekenhuizen", "Tergooi Ziekenhuizen", "Blaricum", "Zorg", "af",
     "Zorg", True, "Oude kaart."),
    ("meander", "Meander - BBL", "Meander", "", "", "af", "Zorg, BBL", True, ""),
    ("amaris", "amaris zorggroep (ouderenzorg Gooi)", "", "", "", "af", "", True, ""),
    ("vivium", "Banenmarkt zorg: Vivium", "", "Naarden", "", "af", "Zorg", True, ""),
    ("hilverzorg", "Stageplaatsen Hilverzorg", "Hilver Zorg", "", "Zorg", "af", "Zorg, Stage",
     True, ""),
    ("npo", "Stichting NPO", "", "Hilversum", "Media", "af", "Media", True, ""),
    ("beeld-en-geluid", "Rondleiding Beeld en Geluid (Media Park)", "", "", "", "af", "Media",
     True, ""),
    ("rtl", "Gesprek RTL over mbo-stages", "", "", "", "af", "Media, Stage", True, ""),
    ("nep", "United Broadcast Facilities", "United Broadcast Facilities", "Hilversum", "Media",
     "af", "Media", True, "Oude kaart, nu NEP."),
    ("bnnvara", "Gesprek met BNNVARA over mbo-stages", "", "", "", "af", "Media, Stage", True,
     ""),
    ("rocva", "MBO College Hilversum (Media Park)", "", "Media Park", "", "af", "Onderwijs",
     True, ""),
    ("mediacollege", "Mediacollege A'dam", "", "Amsterdam", "", "af", "Onderwijs", True, ""),
    ("hu", "HU University of Applied Sciences Utrecht", "", "", "", "af", "Onderwijs", True,
     ""),
    ("comenius", "Comenius – LOB-dag", "", "", "", "af", "Onderwijs", True, ""),
    ("huizermaat", "huizermaat vmbo techniek", "", "", "", "af", "Onderwijs", True, ""),
    ("nike", "nike hilversum", "", "", "", "af", "", True, ""),
    ("singer-laren", "Singer – museum en theater, vrijwilligers naar werk", "Singer", "Laren",
     "", "af", "", True, ""),
    ("", "Nieuwsbrief voorjaar", "", "", "", "af", "", True, "Verstuurd."),
]

HEADER = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members",
          "Due Date", "Attachment Count", "Attachment Links", "Checklist Item Total Count",
          "Checklist Item Completed Count", "Vote Count", "Comment Count",
          "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name", "Archived",
          "Start Date", "Due Complete", "Organisatie", "Plaats", "Sector"]


def hexid(*parts: object) -> str:
    """A 24-hex id in Trello's shape (a hash here, not a real Trello id)."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:24]


def short_link(card_id: str) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    n = int(card_id, 16)
    out = ""
    for _ in range(8):
        n, r = divmod(n, len(alphabet))
        out += alphabet[r]
    return out


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def write_export(path: Path) -> list[str]:
    board_id = hexid("board", BOARD)
    start = dt.datetime(2023, 9, 4, 8, 12, 31, 118000)
    truth = []
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for number, (org, name, organisatie, plaats, sector, lst, labels, archived,
                     desc) in enumerate(CARDS, start=1):
            card_id = hexid("card", number, name)
            link = short_link(card_id)
            h = int(card_id[:6], 16)
            activity = start + dt.timedelta(days=(number * 7 + h % 11) % 820,
                                            minutes=h % 600, milliseconds=h % 997)
            attachments = ""
            if "bijlage" in desc:
                attachments = (f"https://trello.com/1/cards/{card_id}/attachments/"
                               f"{hexid('att', card_id)}/download/verslag.pdf")
            due = ""
            if lst == "nw" and org:
                due = iso(activity + dt.timedelta(days=30))
            label_cell = ", ".join(f"{lab} ({COLOURS[lab]})"
                                   for lab in labels.split(", ") if lab)
            out.writerow([
                card_id, name, f"https://trello.com/c/{link}/{number}-{slug(name)}", desc,
                label_cell, TEAM if h % 3 == 0 else "", due, 1 if attachments else 0,
                attachments, 3 if "BBL" in labels else 0,
                (3 if archived else 1) if "BBL" in labels else 0, 0, h % 4, iso(activity),
                hexid("list", LISTS[lst]), LISTS[lst], board_id, BOARD,
                "true" if archived else "false", "", "false", organisatie, plaats, sector])
            truth.append(org)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a card that names no organisation is not in the truth
                out.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
