"""Write the seventeenth held-out organisation list: the monday.com board export and
truth.csv beside this script.

    python tests/data/messy/crm-seventeenth/maak_export.py

A monday.com board exported to Excel (the board's menu → "Export board to Excel"): the board
"Netwerkpartners" of a regional labour-market and education network of Zuid-Kennemerland,
IJmond, Haarlemmermeer and Amstelland (illustrative: no real network is named), where the
network keeps its employers, schools, municipalities, public bodies and partners. The board
was started in 2019 from an older Excel address list; the programme office and two teams
add items by hand, each in their own way. Nobody merged the duplicates; items no longer
used were moved to a group "Archief" with status "Gestopt" and a note.

The layout, as monday writes it: one sheet named after the board; row 1 the board's name,
row 2 empty; then each group: a row with only the group's name in column A, a header row
of the board's columns ("Name" first, "Item ID (auto generated)" last), the group's items,
one a row, and an empty row before the next group. An item with subitems is followed by
the subitems' own header row ("Subitems" in column A, "Name" in B, then the subitem
columns) and a row per subitem (column A empty, the subitem's name in B). The item's
"Subitems" column lists its subitems' names, joined by ", ".

The columns of the board: "Name" (the item name: the organisation as typed), "Subitems",
"Eigenaar" (a people column; here the team a record belongs to, as monday lets a team be
assigned, never a person), "Status" (status label: Actief, Warm, Slapend, Gestopt), "Type"
(a status column used as a label: Gemeente, Overheid, Onderwijs, Werkgever, Zorg, Wonen,
Netwerkpartner), "Plaats" (text, as typed), "Website" (link column), "Tags" (tags column,
several joined by ", "), "Onderdeel van" (a connect-boards column to the same board: the
linked item's name), "Laatste contact" (date column, an Excel date cell), "Notities" (long
text, one line) and "Item ID (auto generated)" (monday's item id, a 10-digit number).

What was checked, and what not (no network here; stored public pages and repositories only;
monday.com's own help pages on the Excel export were not among the stored pages):

- checked, in public repositories that read monday.com Excel exports (an importer's guide
  and its parser, an importer's test fixture "monday.com-style export", an audit of a real
  exported board): row 1 holds the board's name alone; a group's row holds only its name
  in column A; the item header row begins with "Name" (and "Subitems" second when the
  board has subitems); "Item ID (auto generated)" is a column of the export; a subitem
  block is a header row beginning "Subitems", "Name" followed by rows with column A empty
  and the subitem's name in column B; the same subitem header is repeated under every item
  that has subitems; a link cell is "text - URL", or the URL alone; tags and several
  dropdown labels in one cell joined by ", "; a date column as an Excel date cell; the
  sheet has no merged cells; an export with updates adds a second sheet "updates"
  (not made here: the board was exported without updates).
- not checked, the plausible choice taken: whether the item header row is repeated under
  every group (taken: yes, as the audit's repeated headers and the guide's "group rows"
  suggest), the empty row 2 and the empty row between groups, the file's name
  ("Netwerkpartners_1765791234.xlsx": the board name and a number, as the audited file was
  named), bold header rows, the people column's team names, the status labels'
  colours (not written), and whether a group's summary row (sums of number columns) is
  written: this board has no number columns, so none is written.

The list's history, as the rows show it: the old Excel list was moved in first (some
records under the names of that list: Corus, Kennemer Gasthuis, Spaarne Ziekenhuis, CWI,
Gemeente Haarlemmerliede en Spaarnwoude, Schiphol Group, Bloemenveiling Aalsmeer); the
records no longer used are in "Archief". No phone number, e-mail address, street,
postcode, KvK number, BRIN code or person.

Organisations under an earlier name (as remembered, not checked): Corus (IJmuiden) → Tata
Steel (renamed 2010, after Tata's takeover of 2007); Kennemer Gasthuis (Haarlem) and
Spaarne Ziekenhuis (Hoofddorp) → Spaarne Gasthuis (the merger of 2015); CWI → UWV (2009);
Haarlemmerliede en Spaarnwoude → Haarlemmermeer (1 January 2019); Schiphol Group → Royal
Schiphol Group; the Verenigde Bloemenveilingen Aalsmeer → FloraHolland (the merger of
2008), now Royal FloraHolland; Circuit Park Zandvoort is "CM.com Circuit Zandvoort" by a
sponsor's name. The list means the successor by the old records, so they are the
successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
location, department or service of an organisation is that organisation (UWV WERKbedrijf
Haarlem is UWV; the Nova College's locations; MBO College Airport is the ROC van
Amsterdam's; KLM Engineering & Maintenance is KLM's; Inholland's location Diemen; the
Spaarne Gasthuis' locations; the Brandweer Kennemerland is the Veiligheidsregio
Kennemerland's and the Brandweer Amsterdam-Amstelland's post in Amstelveen the
Veiligheidsregio Amsterdam-Amstelland's; a municipality's department is the municipality;
the Rabobank's local bank in Haarlem is the Rabobank, one cooperative since 2016). Apart
stay bodies the network deals with as partners of their own: the GGD Kennemerland and the
Veiligheidsregio Kennemerland; KLM, its holding Air France-KLM and its daughter Transavia;
Royal Schiphol Group and the Schiphol Area Development Company (SADC); the two
Werkgeversservicepunten (Zuid-Kennemerland en IJmond; Groot Amsterdam) and UWV; the two
Veiligheidsregio's.

Precision traps: Haarlem (the municipality, the province, Inholland Haarlem, the
Rabobank's bank, the Spaarne Gasthuis, Joh. Enschedé, Mendelcollege, the VRK, the GGD, the
WSP); Schiphol (Royal Schiphol Group, KLM, Transavia, SADC, the ROC's college); IJmuiden
and Velsen (the municipality, Tata Steel, Zeehaven IJmuiden, the Nova College); Beverwijk
(the municipality, the Omgevingsdienst IJmond, the Nova College); Amstelveen (the
municipality, KLM, Ziekenhuis Amstelland, the Brandweer post); Aalsmeer and Royal
FloraHolland; Zandvoort and its circuit; "Amsterdam" (the ROC, the HvA, the MRA, the WSP
Groot Amsterdam, the VRAA); the "Amstelland" of the hospital and of the VRAA.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website or place not known with certainty is
left empty. Statuses, teams, tags, dates, notes and item ids are illustrative; every row is
loaded with source ``illustratief`` (see ``mappings/``). The Rabobank's head office
(Utrecht) lies outside Noord-Holland.

``truth.csv`` says which organisation each item row means, by the row number a spreadsheet
shows (row 1 is the board's name; the group, header, subitem and empty rows are in no
organisation and not in truth.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BOARD = "Netwerkpartners"
EXPORT = HERE / "Netwerkpartners_1765791234.xlsx"

HEADER = ["Name", "Subitems", "Eigenaar", "Status", "Type", "Plaats", "Website", "Tags",
          "Onderdeel van", "Laatste contact", "Notities", "Item ID (auto generated)"]
SUB_HEADER = ["Subitems", "Name", "Eigenaar", "Status", "Datum", "Item ID (auto generated)"]

WG, OW, PB = "Team Werkgevers", "Team Onderwijs", "Programmabureau"


def item(name: str, organisation: str, kind: str, place: str, who: str = "", *,
         status: str = "Actief", web: str = "", tags: str = "", part_of: str = "",
         contact: str = "", note: str = "", subitems: tuple[tuple[str, str, str], ...] = ()
         ) -> dict[str, object]:
    """One item of the board (subitems as (name, status, date))."""
    return {"name": name, "organisation": organisation, "kind": kind, "place": place,
            "who": who, "status": status, "web": web, "tags": tags, "part_of": part_of,
            "contact": contact, "note": note, "subitems": subitems}


GROUPS: list[tuple[str, list[dict[str, object]]]] = [
    ("Werkgevers", [
        item("Tata Steel IJmuiden", "tata", "Werkgever", "IJmuiden", WG,
             web="https://www.tatasteelnederland.com", tags="Techniek, Maritiem",
             contact="2025-10-14", note="grootste werkgever van de IJmond",
             subitems=(("Bedrijfsbezoek techniekdocenten", "Gedaan", "2025-03-20"),
                       ("Gastlessen Nova College", "Mee bezig", "2025-11-05"))),
        item("TATA STEEL IJMUIDEN BV", "tata", "Werkgever", "Velsen-Noord", WG,
             contact="2019-05-02", note="uit de oude Excellijst"),
        item("TSN", "tata", "Werkgever", "Velsen", WG, status="Warm",
             contact="2023-06-12", note="Tata Steel Nederland, contact via HR-afdeling"),
        item("Royal Schiphol Group", "rsg", "Werkgever", "Schiphol", WG,
             web="https://www.schiphol.nl", tags="Luchtvaart, Logistiek",
             contact="2025-09-30"),
        item("Amsterdam Airport Schiphol", "rsg", "Werkgever", "Haarlemmermeer", WG,
             status="Warm", contact="2022-11-08", note="dubbel? zie Royal Schiphol Group"),
        item("KLM", "klm", "Werkgever", "Amstelveen", WG,
             web="klm.nl - https://www.klm.nl", tags="Luchtvaart, Techniek",
             contact="2025-06-18"),
        item("KLM Royal Dutch Airlines", "klm", "Werkgever", "Schiphol", WG,
             contact="2021-02-09"),
        item("Koninklijke Luchtvaart Maatschappij N.V.", "klm", "Werkgever", "Amstelveen",
             PB, status="Slapend", contact="2019-04-15"),
        item("KLM Engineering & Maintenance", "klm", "Werkgever", "Schiphol-Oost", WG,
             tags="Techniek, Luchtvaart", part_of="KLM", contact="2024-10-01",
             note="opleidingen vliegtuigtechniek"),
        item("Air France-KLM", "afklm", "Werkgever", "", PB, status="Slapend",
             note="holding, niet hetzelfde als KLM"),
        item("Transavia", "transavia", "Werkgever", "Schiphol", WG,
             web="https://www.transavia.com", tags="Luchtvaart", contact="2024-04-23"),
        item("Transavia Airlines C.V.", "transavia", "Werkgever", "Schiphol", WG,
             status="Slapend", contact="2020-01-28"),
        item("Spaarne Gasthuis", "spaarne", "Zorg", "Haarlem", WG,
             web="https://spaarnegasthuis.nl", tags="Zorg", contact="2025-11-20",
             subitems=(("Zorgbanenmarkt", "Gedaan", "2025-04-10"),)),
        item("Spaarne Gasthuis Hoofddorp", "spaarne", "Zorg", "Hoofddorp", WG,
             tags="Zorg", contact="2024-02-14"),
        item("SG Haarlem Zuid", "spaarne", "Zorg", "Haarlem", WG, status="Warm",
             note="Spaarne Gasthuis, locatie Haarlem Zuid"),
        item("Spaarne Gastuis", "spaarne", "Zorg", "Haarlem", PB, status="Warm",
             contact="2023-09-04"),
        item("Spaarne Gasthuis (voorheen Kennemer Gasthuis)", "spaarne", "Zorg", "Haarlem",
             PB, status="Slapend", contact="2019-06-03"),
        item("Ziekenhuis Amstelland", "zha", "Zorg", "Amstelveen", WG,
             web="https://www.zha.nl", tags="Zorg", contact="2025-05-27"),
        item("ZH Amstelland", "zha", "Zorg", "Amstelveen", WG, status="Warm",
             contact="2022-03-15"),
        item("Ziekenhuis Amsteland", "zha", "Zorg", "Amstelveen", PB, status="Warm"),
        item("Rabobank", "rabo", "Werkgever", "Utrecht", PB, web="https://www.rabobank.nl",
             tags="Financieel", contact="2024-12-09"),
        item("Rabobank Haarlem", "rabo", "Werkgever", "Haarlem", WG, tags="Financieel",
             contact="2025-01-21", note="lokale bank, sponsor banenmarkt"),
        item("Coöperatieve Rabobank U.A.", "rabo", "Werkgever", "Utrecht", PB,
             status="Slapend"),
        item("Ymere", "ymere", "Wonen", "Haarlem", WG, web="https://www.ymere.nl",
             tags="Bouw, Wonen", contact="2025-08-26"),
        item("Woningcorporatie Ymere", "ymere", "Wonen", "Amsterdam", PB, status="Warm",
             contact="2021-10-11"),
        item("Stichting Ymere", "ymere", "Wonen", "Haarlem", WG, status="Slapend"),
        item("Koninklijke Joh. Enschedé", "enschede", "Werkgever", "Haarlem", WG,
             tags="Techniek, Grafisch", contact="2024-09-17"),
        item("Joh. Enschedé", "enschede", "Werkgever", "Haarlem", WG, status="Warm"),
        item("Kon. Joh. Enschede B.V.", "enschede", "Werkgever", "Haarlem", PB,
             status="Slapend", contact="2019-03-11"),
        item("Royal FloraHolland", "rfh", "Werkgever", "Aalsmeer", WG,
             web="https://www.royalfloraholland.com", tags="Logistiek, Tuinbouw",
             contact="2025-07-08"),
        item("FloraHolland Aalsmeer", "rfh", "Werkgever", "Aalsmeer", WG, status="Warm",
             contact="2020-09-22"),
        item("Zeehaven IJmuiden N.V.", "zeehaven", "Werkgever", "IJmuiden", WG,
             tags="Maritiem, Logistiek", contact="2025-02-25"),
        item("Zeehaven IJmuiden", "zeehaven", "Werkgever", "Velsen", WG, status="Warm"),
        item("Schiphol Area Development Company", "sadc", "Netwerkpartner", "Schiphol", PB,
             tags="Logistiek", contact="2024-06-04"),
        item("SADC", "sadc", "Netwerkpartner", "", PB, status="Warm",
             note="gebiedsontwikkeling rond Schiphol"),
        item("Circuit Zandvoort", "circuit", "Werkgever", "Zandvoort", WG,
             tags="Evenementen", contact="2023-05-16"),
        item("CM.com Circuit Zandvoort", "circuit", "Werkgever", "Zandvoort", WG,
             contact="2025-04-29", note="stages evenementenbeveiliging"),
        item("Techport", "techport", "Netwerkpartner", "", PB, tags="Techniek",
             contact="2025-10-02"),
        item("Stichting Techport", "techport", "Netwerkpartner", "", PB, status="Warm",
             tags="Techniek"),
    ]),
    ("Onderwijs", [
        item("Nova College", "nova", "Onderwijs", "Haarlem", OW,
             web="https://www.novacollege.nl", tags="Techniek, Zorg", contact="2025-11-12",
             subitems=(("Convenant Techniekpact", "Gedaan", "2024-01-30"),)),
        item("ROC Nova College", "nova", "Onderwijs", "Haarlem", OW, status="Warm",
             contact="2020-05-19"),
        item("Nova College Beverwijk", "nova", "Onderwijs", "Beverwijk", OW,
             tags="Techniek", contact="2025-03-06"),
        item("nova college hoofddorp", "nova", "Onderwijs", "Hoofdorp", OW, status="Warm"),
        item("Nova College IJmuiden", "nova", "Onderwijs", "IJmuiden", OW,
             tags="Maritiem", contact="2024-11-26"),
        item("ROC van Amsterdam", "roca", "Onderwijs", "Amsterdam", OW,
             web="https://www.rocva.nl", contact="2025-09-09"),
        item("ROC van Amsterdam - MBO College Airport", "roca", "Onderwijs", "Hoofddorp", OW,
             tags="Luchtvaart", part_of="ROC van Amsterdam", contact="2025-06-03"),
        item("ROC Amsterdam", "roca", "Onderwijs", "Amsterdam", PB, status="Slapend"),
        item("Hogeschool Inholland", "inholland", "Onderwijs", "Haarlem", OW,
             web="https://www.inholland.nl", contact="2025-10-21"),
        item("Inholland Haarlem", "inholland", "Onderwijs", "Haarlem", OW,
             contact="2024-03-12"),
        item("INHOLLAND", "inholland", "Onderwijs", "Diemen", PB, status="Slapend"),
        item("Inholland University of Applied Sciences", "inholland", "Onderwijs", "Diemen",
             OW, status="Warm", contact="2022-12-06"),
        item("Hogeschool van Amsterdam", "hva", "Onderwijs", "Amsterdam", OW,
             web="https://www.hva.nl", contact="2025-05-13"),
        item("HvA", "hva", "Onderwijs", "Amsterdam", OW, status="Warm"),
        item("Amsterdam University of Applied Sciences", "hva", "Onderwijs", "Amsterdam", PB,
             status="Slapend", contact="2021-04-20"),
        item("Mendelcollege", "mendel", "Onderwijs", "Haarlem", OW, tags="vo",
             contact="2024-10-08"),
        item("Mendel College Haarlem", "mendel", "Onderwijs", "Haarlem", OW, status="Warm"),
    ]),
    ("Overheid", [
        item("Gemeente Haarlem", "haarlem", "Gemeente", "Haarlem", PB,
             web="https://www.haarlem.nl", contact="2025-11-25"),
        item("Haarlem", "haarlem", "Gemeente", "Haarlem", PB, status="Warm"),
        item("Gemeente Haarlem, afd. Economische Zaken", "haarlem", "Gemeente", "Haarlem",
             WG, contact="2024-08-20"),
        item("Gemeente Velsen", "velsen", "Gemeente", "IJmuiden", PB,
             web="https://www.velsen.nl", contact="2025-09-16"),
        item("Velsen", "velsen", "Gemeente", "Velsen", PB, status="Warm"),
        item("Gemeente Beverwijk", "beverwijk", "Gemeente", "Beverwijk", PB,
             web="https://www.beverwijk.nl", contact="2025-06-24"),
        item("Beverwijk", "beverwijk", "Gemeente", "Beverwijk", PB, status="Warm"),
        item("Gemeente Heemskerk", "heemskerk", "Gemeente", "Heemskerk", PB,
             web="https://www.heemskerk.nl", contact="2025-03-18"),
        item("Gem. Heemskerk", "heemskerk", "Gemeente", "Heemskerk", PB, status="Slapend"),
        item("Gemeente Haarlemmermeer", "haarlemmermeer", "Gemeente", "Hoofddorp", PB,
             web="https://www.haarlemmermeer.nl", contact="2025-10-28",
             subitems=(("Banenmarkt Hoofddorp", "Gedaan", "2025-09-25"),
                       ("Werkgeversontbijt", "Gepland", "2026-01-22"))),
        item("Haarlemmermeer", "haarlemmermeer", "Gemeente", "Hoofddorp", PB,
             status="Warm"),
        item("Gem. Haarlemmermeer", "haarlemmermeer", "Gemeente", "Haarlemmermeer", WG,
             contact="2023-02-07"),
        item("Gemeente Amstelveen", "amstelveen", "Gemeente", "Amstelveen", PB,
             web="https://www.amstelveen.nl", contact="2025-08-12"),
        item("Amstelveen", "amstelveen", "Gemeente", "Amstelveen", PB, status="Warm"),
        item("Gemeente Zandvoort", "zandvoort", "Gemeente", "Zandvoort", PB,
             web="https://www.zandvoort.nl", contact="2024-05-21"),
        item("Zandvoort", "zandvoort", "Gemeente", "Zandvoort", PB, status="Slapend"),
        item("Gemeente Bloemendaal", "bloemendaal", "Gemeente", "Overveen", PB,
             web="https://www.bloemendaal.nl", contact="2024-09-03"),
        item("Bloemendaal", "bloemendaal", "Gemeente", "Bloemendaal", PB, status="Slapend"),
        item("Gemeente Heemstede", "heemstede", "Gemeente", "Heemstede", PB,
             web="https://www.heemstede.nl", contact="2024-11-19"),
        item("Heemstede", "heemstede", "Gemeente", "Heemstede", PB, status="Warm"),
        item("Gemeente Aalsmeer", "aalsmeer", "Gemeente", "Aalsmeer", PB,
             web="https://www.aalsmeer.nl", contact="2025-04-15"),
        item("Aalsmeer", "aalsmeer", "Gemeente", "Aalsmeer", PB, status="Warm"),
        item("Gemeente Uithoorn", "uithoorn", "Gemeente", "Uithoorn", PB,
             web="https://www.uithoorn.nl", contact="2024-07-09"),
        item("Uithoorn", "uithoorn", "Gemeente", "Uithoorn", PB, status="Slapend"),
        item("Provincie Noord-Holland", "pnh", "Overheid", "Haarlem", PB,
             web="https://www.noord-holland.nl", tags="Arbeidsmarkt", contact="2025-10-07"),
        item("PNH", "pnh", "Overheid", "Haarlem", PB, status="Warm"),
        item("Province of North Holland", "pnh", "Overheid", "Haarlem", PB,
             status="Slapend", contact="2020-11-24"),
        item("Metropoolregio Amsterdam", "mra", "Overheid", "Amsterdam", PB,
             web="https://www.metropoolregioamsterdam.nl", tags="Arbeidsmarkt",
             contact="2025-07-01"),
        item("MRA", "mra", "Overheid", "Amsterdam", PB, status="Warm"),
        item("UWV", "uwv", "Overheid", "Amsterdam", PB, web="https://www.uwv.nl",
             tags="Arbeidsmarkt", contact="2025-11-04"),
        item("UWV WERKbedrijf Haarlem", "uwv", "Overheid", "Haarlem", WG,
             tags="Arbeidsmarkt", contact="2025-08-05"),
        item("Uitvoeringsinstituut Werknemersverzekeringen", "uwv", "Overheid", "Amsterdam",
             PB, status="Slapend"),
        item("Werkgeversservicepunt Zuid-Kennemerland en IJmond", "wsp-zki", "Overheid",
             "Haarlem", WG, tags="Arbeidsmarkt", contact="2025-11-18"),
        item("WSP Zuid-Kennemerland en IJmond", "wsp-zki", "Overheid", "Haarlem", WG,
             status="Warm", contact="2023-01-17"),
        item("WSP ZKIJ", "wsp-zki", "Overheid", "Haarlem", PB, status="Warm"),
        item("Werkgeversservicepunt Groot Amsterdam", "wsp-ga", "Overheid", "Amsterdam", WG,
             tags="Arbeidsmarkt", contact="2025-05-06"),
        item("WSP Groot Amsterdam", "wsp-ga", "Overheid", "Amsterdam", WG, status="Warm"),
        item("Veiligheidsregio Kennemerland", "vrk", "Overheid", "Haarlem", PB,
             web="https://www.vrk.nl", tags="Veiligheid", contact="2024-12-03"),
        item("VRK", "vrk", "Overheid", "Haarlem", PB, status="Warm"),
        item("Brandweer Kennemerland", "vrk", "Overheid", "Haarlem", WG,
             tags="Veiligheid", part_of="Veiligheidsregio Kennemerland",
             contact="2024-04-09", note="vakmanschap brandweer, mbo-stages"),
        item("GGD Kennemerland", "ggd-kennemerland", "Overheid", "Haarlem", PB,
             web="https://www.ggdkennemerland.nl", tags="Zorg", contact="2025-01-14"),
        item("GGD Kennemerland, afd. Jeugdgezondheidszorg", "ggd-kennemerland", "Overheid",
             "Haarlem", OW, status="Warm"),
        item("Veiligheidsregio Amsterdam-Amstelland", "vraa", "Overheid", "Amsterdam", PB,
             tags="Veiligheid", contact="2023-10-24"),
        item("Brandweer Amsterdam-Amstelland, post Amstelveen", "vraa", "Overheid",
             "Amstelveen", WG, tags="Veiligheid",
             part_of="Veiligheidsregio Amsterdam-Amstelland", contact="2024-06-18"),
        item("Omgevingsdienst IJmond", "odijmond", "Overheid", "Beverwijk", PB,
             contact="2024-02-27"),
        item("OD IJmond", "odijmond", "Overheid", "Beverwijk", PB, status="Warm"),
    ]),
    ("Archief", [
        item("Corus Staal BV", "tata", "Werkgever", "IJmuiden", PB, status="Gestopt",
             contact="2009-11-03", note="sinds 2010 Tata Steel, niet meer gebruiken"),
        item("Schiphol Group", "rsg", "Werkgever", "Schiphol", PB, status="Gestopt",
             contact="2017-05-22", note="nu Royal Schiphol Group"),
        item("Kennemer Gasthuis", "spaarne", "Zorg", "Haarlem", PB, status="Gestopt",
             contact="2014-06-10", note="gefuseerd met Spaarne Ziekenhuis, nu Spaarne Gasthuis"),
        item("Spaarne Ziekenhuis", "spaarne", "Zorg", "Hoofddorp", PB, status="Gestopt",
             contact="2014-09-29", note="zie Spaarne Gasthuis"),
        item("CWI Haarlem", "uwv", "Overheid", "Haarlem", PB, status="Gestopt",
             contact="2008-10-13", note="sinds 2009 UWV"),
        item("Gemeente Haarlemmerliede en Spaarnwoude", "haarlemmermeer", "Gemeente",
             "Halfweg", PB, status="Gestopt", contact="2018-09-11",
             note="per 1-1-2019 opgegaan in Haarlemmermeer"),
        item("Bloemenveiling Aalsmeer", "rfh", "Werkgever", "Aalsmeer", PB, status="Gestopt",
             contact="2007-04-16", note="VBA, gefuseerd met FloraHolland"),
    ]),
]


def day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def write_export(path: Path) -> list[tuple[int, str]]:
    """Write the workbook; return each item row's number and organisation."""
    wb = Workbook()
    ws = wb.active
    ws.title = BOARD
    ws.append([BOARD])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    bold = Font(bold=True)
    truth = []
    next_id = 1704816301
    for number, (group, items) in enumerate(GROUPS):
        if number:
            ws.append([])
        ws.append([group])
        ws.cell(row=ws.max_row, column=1).font = bold
        ws.append(HEADER)
        for cell in ws[ws.max_row]:
            cell.font = bold
        for it in items:
            subitems = it["subitems"]
            ws.append([it["name"], ", ".join(s[0] for s in subitems) or None,
                       it["who"] or None, it["status"], it["kind"], it["place"] or None,
                       it["web"] or None, it["tags"] or None, it["part_of"] or None,
                       day(it["contact"]), it["note"] or None, next_id])
            row = ws.max_row
            ws.cell(row=row, column=10).number_format = "dd/mm/yyyy"
            truth.append((row, it["organisation"]))
            next_id += 37
            if subitems:
                ws.append(SUB_HEADER)
                for cell in ws[ws.max_row]:
                    cell.font = bold
                for name, status, when in subitems:
                    ws.append([None, name, it["who"] or None, status, day(when), next_id])
                    ws.cell(row=ws.max_row, column=5).number_format = "dd/mm/yyyy"
                    next_id += 37
    fixed = dt.datetime(2025, 12, 15, 9, 33, 54)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "monday.com"
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 15, 9, 33, 54))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-12-15T09:33:54Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        writer.writerows(truth)
    print(f"{EXPORT.name}: {len(truth)} rows, {len({o for _, o in truth})} organisations")


if __name__ == "__main__":
    main()
