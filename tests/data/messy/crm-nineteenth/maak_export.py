"""Write the nineteenth held-out organisation list: a Notion database exported as CSV, and
truth.csv beside this script.

    python tests/data/messy/crm-nineteenth/maak_export.py

A Notion database "Partners" kept by a team of a labour-market and education network of
the Metropoolregio Amsterdam (illustrative: no real team or network is named), about the
partners it works with in Amsterdam, Haarlemmermeer, Amstelveen, Aalsmeer, Zaanstad,
Diemen, Ouder-Amstel and Uithoorn, exported as Notion does it ("..." → "Export", format
"Markdown & CSV"), of which this list keeps the CSV of the whole database. Several
colleagues added the same partners over the years (2018 to 2025), each their own way.

The database's properties, in the order of its table view (the title property first):

- "Naam" (title); "Type" (select: Werkgever, Onderwijs, Gemeente, Overheid, Zorg,
  Uitzendbureau, Woningcorporatie, Netwerk); "Gemeente" (select, as colleagues typed the
  place: the municipality, a village such as Hoofddorp, Schiphol or Duivendrecht, a
  district, a former municipality, or nothing); "Sector" (multi-select);
  "Moederorganisatie" (a relation to the same database: the partner a row is part of,
  filled on some rows); "Website" (URL); "KvK-nummer" (text); "Contactpersoon" (text) and
  "E-mail" (email), both empty on every row (the team keeps no contact persons in Notion);
  "Status" (select: Actief, In gesprek, Slapend); "Laatste contact" (date); "Convenant"
  (checkbox); "Notities" (text); "Created by" (Notion's person property: the name of the
  team's shared account, "Team Werk & Onderwijs MRA", or empty for the pages made through an
  integration); "Created time" and "Last edited time".

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read Notion exports (their test fixtures and
  notes): that a database is exported as a CSV named after it with Notion's 32-digit id,
  "<name> <id>.csv", and that newer exports write beside it "<name> <id>_all.csv" with all
  the database's rows and properties (the other holds the view as shown: a reader
  "prefers the complete CSV when Notion drops two"; a user's "idea Pantry DB
  2f4c8b43e5658142a060f4e3c920e7f4_all.csv"); that the title property is the first column;
  that a multi-select is written as its values joined by ", " ("Product, Planning"); that
  a relation is written as each page's title followed by its link, "Name
  (https://www.notion.so/Name-<id>?pvs=21)", several joined by ", " (in fixtures of
  2024-2025; a fixture of 2026 has "https://app.notion.com/p/..." links: this list keeps
  www.notion.so); that "Created time" is written as "November 4, 2024 11:32 AM" by the
  English interface (a French one translates both the headers and the months); that a date
  property is written as a date without time; that page ids made since 2024 have the
  digit 8 as their 13th (version 4 UUIDs before); that readers open the CSV as
  "utf-8-sig".
- not checked, from general knowledge, the plausible choice taken: the BOM itself (readers
  open the file as "utf-8-sig", no stored file shows its bytes); a date property in
  Notion's default "Full date" ("March 12, 2026"); a checkbox as "Yes"/"No"; a person
  property as the member's name; quoting only where a cell needs it and "\n" line ends; the
  headers of Notion's own properties in English ("Created by", "Created time", "Last edited
  time": the team's interface is English, its own properties Dutch); the database id in
  the file's name. No export was made for this fixture.

The mess is the colleagues': a partner added again under an abbreviation (HvA, ROCvA,
ZMC, AEB, SADC, GVB), in English (City of Amsterdam, University of Amsterdam, Province of
North Holland), with its legal form (N.V., B.V., C.V., U.A.), in small letters, with a typo
("Gemeente Haarlemmermer", "Roc v Amsterdam", "InHolland"), with a department, location or
programme ("Gem. Amsterdam – Werk, Participatie en Inkomen", "stadsdeel Nieuw-West",
"MBO College Airport", "OLVG locatie Oost", "KLM Engineering & Maintenance", "HvA -
Faculteit Techniek"), or under an earlier name; the Type chosen their own way (a hospital
"Zorg" or "Werkgever", a municipality "Overheid", the WSP "Gemeente" once, the SADC
"Netwerk" once, the port "Overheid" under its old name). Every row is a partner: a page
someone made and left without a title, which a real database may hold, is not in this
list, because it stops the load and a mapping cannot leave it out (measured, see
tests/test_crm_nineteenth.py; the page was taken out of this script after that first
load, before any figure was measured). No phone number, e-mail address, street, postcode,
BRIN code or person: "Contactpersoon" and "E-mail" are empty, "Created by" is the team's
shared account; the notes name no one. One KvK number, on two rows: KLM's 33014286, as
remembered from KLM's published conditions (the others not known with certainty, so left
out).

Organisations under an earlier name (as remembered, not checked in a stored source):
Haarlemmerliede en Spaarnwoude → Haarlemmermeer (1 January 2019); the AMC and the VUmc →
Amsterdam UMC (2018); the Sint Lucas Andreas Ziekenhuis → OLVG (2015); the Bloemenveiling
Aalsmeer → (Royal) FloraHolland (2008); Schiphol Group → Royal Schiphol Group (2018); Haven
Amsterdam (the municipality's port authority) → Havenbedrijf Amsterdam N.V., Port of
Amsterdam (2013). A row under the old name means the organisation of now, so it is the
successor in truth.csv (and a municipality's rows, and those of one it took over, are the
municipality's organisation).

How a location, department or part was decided (as the region's networker would, and as
the earlier lists decided): a location, department, faculty, team or programme of an
organisation is that organisation (the Gemeente Amsterdam's WPI and stadsdeel Nieuw-West;
UWV's WERKbedrijf and offices; MBO College Airport is the ROC van Amsterdam's; Nova College
Hoofddorp; the HvA's Faculteit Techniek; Amsterdam UMC's locations AMC and VUmc; OLVG
locatie Oost; KLM Engineering & Maintenance is KLM's; Amsterdam Airport Schiphol is the
Royal Schiphol Group's airport; Heineken's head office). Apart stay bodies the network deals
with as partners of their own: a municipality and the Werkgeversservicepunt of its region
(Amsterdam and the WSP Groot Amsterdam, whose row names the Gemeente Amsterdam as its
parent; Zaanstad and the WSP Zaanstreek/Waterland), and the two WSPs; UWV and the WSPs;
the Gemeente Amsterdam and the companies it owns (the Port of Amsterdam, whose row names
it as its parent, and the GVB); KLM and its subsidiary Transavia (whose rows name KLM);
Randstad and its subsidiary Tempo-Team (whose row names Randstad); the Royal Schiphol Group
and the Schiphol Area Development Company; the four hospitals (Amsterdam UMC, OLVG,
Ziekenhuis Amstelland, Zaans Medisch Centrum); the Vrije Universiteit and the VUmc
(Amsterdam UMC); the HvA, the UvA and Inholland; the three ROCs.

Precision traps: "Amsterdam" (the municipality, the WSP Groot Amsterdam, the Port, the
Economic Board, the ROC, the HvA, the UvA, the VU, Amsterdam UMC, the GVB); "Amstel"
(Amstelveen, Ouder-Amstel, the Ziekenhuis Amstelland); "Schiphol" (the Royal Schiphol
Group, the SADC, KLM Engineering & Maintenance, Transavia, the place in Haarlemmermeer);
Zaandam (Zaanstad, the WSP, the Regio College, the ZMC, Verkade, UWV's office); Diemen (the
municipality, Randstad, Inholland); Aalsmeer and Royal FloraHolland; Hoofddorp
(Haarlemmermeer, the Nova College, MBO College Airport).

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website not known with certainty is left
empty. Types, sectors, statuses, dates, checkboxes and notes are illustrative; every row is
loaded with a source starting "illustratief" (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first page row 2; checked after a load to be the row the store
records in each node's sources).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = ["Naam", "Type", "Gemeente", "Sector", "Moederorganisatie", "Website", "KvK-nummer",
          "Contactpersoon", "E-mail", "Status", "Laatste contact", "Convenant", "Notities",
          "Created by", "Created time", "Last edited time"]

W, ON, G, OV, Z, U, WC, N = ("Werkgever", "Onderwijs", "Gemeente", "Overheid", "Zorg",
                             "Uitzendbureau", "Woningcorporatie", "Netwerk")
TEAM = "Team Werk & Onderwijs MRA"  # the team's shared Notion account, no person

# (title, Type, Gemeente, Sector (multi-select, comma-separated), the title of the row its
#  "Moederorganisatie" relation points to, Website, KvK-nummer, Notities, the year the row
#  was made (older rows are older partners, or rows under a name since changed), the
#  organisation it means in truth.csv ("" for a row that names none)).
ROWS: list[tuple[str, str, str, str, str, str, str, str, int, str]] = [
    # municipalities (Gemeente)
    ("Gemeente Amsterdam", G, "Amsterdam", "Overheid", "", "https://www.amsterdam.nl", "",
     "Regiegemeente arbeidsmarktregio Groot Amsterdam", 2021, "amsterdam"),
    ("Gem. Amsterdam – Werk, Participatie en Inkomen", G, "Amsterdam", "Overheid",
     "Gemeente Amsterdam", "", "", "", 2023, "amsterdam"),
    ("City of Amsterdam", OV, "Amsterdam", "", "", "amsterdam.nl", "", "", 2024, "amsterdam"),
    ("gemeente amsterdam stadsdeel Nieuw-West", G, "Amsterdam", "Overheid",
     "Gemeente Amsterdam", "", "", "Gebiedsteam, stages in de wijk", 2025, "amsterdam"),
    ("Gemeente Haarlemmermeer", G, "Haarlemmermeer", "Overheid", "",
     "https://haarlemmermeer.nl", "", "", 2021, "haarlemmermeer"),
    ("Haarlemmermeer", G, "Hoofddorp", "", "", "", "", "", 2022, "haarlemmermeer"),
    ("Gemeente Haarlemmermer", G, "Haarlemmermeer", "Overheid", "", "", "", "", 2024,
     "haarlemmermeer"),
    ("Gemeente Haarlemmerliede en Spaarnwoude", G, "Haarlemmerliede en Spaarnwoude",
     "Overheid", "", "", "", "Gaat per 1-1-2019 op in Haarlemmermeer", 2018,
     "haarlemmermeer"),
    ("Gemeente Amstelveen", G, "Amstelveen", "Overheid", "", "https://www.amstelveen.nl", "",
     "", 2021, "amstelveen"),
    ("Amstelveen (gemeente)", OV, "", "", "", "", "", "", 2023, "amstelveen"),
    ("Gem. Amstelveen, team Economie", G, "Amstelveen", "Overheid", "", "", "", "", 2025,
     "amstelveen"),
    ("Gemeente Aalsmeer", G, "Aalsmeer", "Overheid", "", "https://www.aalsmeer.nl", "", "",
     2021, "aalsmeer"),
    ("gemeente Aalsmeer", G, "", "", "", "", "", "Greenport-overleg", 2024, "aalsmeer"),
    ("Gemeente Zaanstad", G, "Zaanstad", "Overheid", "", "https://www.zaanstad.nl", "", "",
     2021, "zaanstad"),
    ("Zaanstad", G, "Zaandam", "", "", "", "", "", 2022, "zaanstad"),
    ("Gemeente Zaanstad afd. Economische Zaken", G, "Zaanstad", "Overheid", "", "", "", "",
     2025, "zaanstad"),
    ("Gemeente Diemen", G, "Diemen", "Overheid", "", "https://www.diemen.nl", "", "", 2021,
     "diemen"),
    ("Diemen", OV, "Diemen", "", "", "", "", "", 2023, "diemen"),
    ("Gemeente Ouder-Amstel", G, "Ouder-Amstel", "Overheid", "", "https://www.ouder-amstel.nl",
     "", "", 2021, "ouder-amstel"),
    ("Ouder Amstel", G, "Duivendrecht", "", "", "", "", "", 2023, "ouder-amstel"),
    ("gemeente Ouder-Amstel (Duivendrecht)", G, "", "Overheid", "", "", "", "", 2025,
     "ouder-amstel"),
    ("Gemeente Uithoorn", G, "Uithoorn", "Overheid", "", "https://www.uithoorn.nl", "", "",
     2021, "uithoorn"),
    ("Uithoorn", G, "Uithoorn", "", "", "", "", "", 2024, "uithoorn"),
    # province, UWV, the Werkgeversservicepunten, the port, the board
    ("Provincie Noord-Holland", OV, "Haarlem", "Overheid", "", "https://www.noord-holland.nl",
     "", "", 2021, "pnh"),
    ("Prov. Noord-Holland", OV, "", "Overheid", "", "", "", "", 2023, "pnh"),
    ("Province of North Holland", OV, "Haarlem", "", "", "", "", "", 2025, "pnh"),
    ("UWV", OV, "Amsterdam", "Overheid", "", "https://www.uwv.nl", "", "", 2021, "uwv"),
    ("UWV WERKbedrijf Amsterdam", OV, "Amsterdam", "", "", "", "", "", 2022, "uwv"),
    ("UWV vestiging Zaandam", OV, "Zaanstad", "", "", "", "", "", 2024, "uwv"),
    ("uwv werkgeversdienstverlening Haarlemmermeer", OV, "Hoofddorp", "", "", "", "", "",
     2025, "uwv"),
    ("Werkgeversservicepunt Groot Amsterdam", OV, "Amsterdam", "Overheid",
     "Gemeente Amsterdam", "", "", "Regionaal werkgeversservicepunt, 15 gemeenten en UWV",
     2021, "wsp-ga"),
    ("WSP Groot Amsterdam", OV, "Amsterdam", "", "", "", "", "", 2023, "wsp-ga"),
    ("WSP GA", G, "Amsterdam", "", "", "", "", "", 2025, "wsp-ga"),
    ("Werkgeversservicepunt Zaanstreek/Waterland", OV, "Zaanstad", "Overheid", "", "", "", "",
     2022, "wsp-zw"),
    ("WSP Zaanstreek Waterland", OV, "Zaandam", "", "", "", "", "", 2024, "wsp-zw"),
    ("Port of Amsterdam", W, "Amsterdam", "Logistiek, Haven", "Gemeente Amsterdam",
     "https://www.portofamsterdam.com", "", "", 2021, "port-amsterdam"),
    ("Havenbedrijf Amsterdam N.V.", W, "Amsterdam", "Haven", "", "", "", "", 2023,
     "port-amsterdam"),
    ("Haven Amsterdam", OV, "Amsterdam", "Haven", "", "", "", "", 2019, "port-amsterdam"),
    ("Amsterdam Economic Board", N, "Amsterdam", "", "",
     "https://www.amsterdameconomicboard.com", "", "", 2021, "aeb"),
    ("Economic Board Amsterdam", N, "", "", "", "", "", "", 2023, "aeb"),
    ("AEB", N, "Amsterdam", "", "", "", "", "", 2025, "aeb"),
    # schools
    ("ROC van Amsterdam", ON, "Amsterdam", "Onderwijs", "", "https://www.rocva.nl", "", "",
     2021, "rocva"),
    ("ROCvA", ON, "Amsterdam", "Onderwijs", "", "", "", "", 2022, "rocva"),
    ("MBO College Airport (ROC van Amsterdam)", ON, "Hoofddorp", "Onderwijs, Luchtvaart",
     "ROC van Amsterdam", "", "", "Luchtvaartopleidingen, BBL", 2022, "rocva"),
    ("ROC van Amsterdam - MBO College Airport", ON, "Haarlemmermeer", "Luchtvaart",
     "ROC van Amsterdam", "", "", "", 2025, "rocva"),
    ("Roc v Amsterdam", ON, "", "", "", "", "", "", 2024, "rocva"),
    ("Nova College", ON, "Haarlem", "Onderwijs", "", "https://www.novacollege.nl", "", "",
     2021, "nova"),
    ("Nova College Hoofddorp", ON, "Hoofddorp", "Onderwijs", "Nova College", "", "", "", 2023,
     "nova"),
    ("ROC Nova College", ON, "Haarlemmermeer", "", "", "", "", "", 2025, "nova"),
    ("Regio College", ON, "Zaandam", "Onderwijs", "", "https://www.regiocollege.nl", "", "",
     2021, "regio-college"),
    ("Regio College Zaanstad", ON, "Zaanstad", "", "", "", "", "", 2023, "regio-college"),
    ("ROC Regio College Zaandam", ON, "Zaandam", "Onderwijs", "", "", "", "", 2025,
     "regio-college"),
    ("Hogeschool van Amsterdam", ON, "Amsterdam", "Onderwijs", "", "https://www.hva.nl", "",
     "", 2021, "hva"),
    ("HvA", ON, "Amsterdam", "", "", "", "", "", 2022, "hva"),
    ("Amsterdam University of Applied Sciences", ON, "Amsterdam", "Onderwijs", "", "", "", "",
     2024, "hva"),
    ("HvA - Faculteit Techniek", ON, "Amsterdam", "Onderwijs, Techniek",
     "Hogeschool van Amsterdam", "", "", "Afstudeeropdrachten techniek", 2025, "hva"),
    ("Universiteit van Amsterdam", ON, "Amsterdam", "Onderwijs", "", "https://www.uva.nl", "",
     "", 2021, "uva"),
    ("UvA", ON, "Amsterdam", "", "", "", "", "", 2023, "uva"),
    ("University of Amsterdam", ON, "", "Onderwijs", "", "", "", "", 2025, "uva"),
    ("Vrije Universiteit Amsterdam", ON, "Amsterdam", "Onderwijs", "", "https://vu.nl", "", "",
     2021, "vu"),
    ("VU Amsterdam", ON, "Amsterdam", "", "", "", "", "", 2023, "vu"),
    ("Vrije Universiteit", ON, "Amsterdam", "Onderwijs", "", "", "", "", 2025, "vu"),
    ("Hogeschool Inholland", ON, "Diemen", "Onderwijs", "", "https://www.inholland.nl", "", "",
     2021, "inholland"),
    ("Inholland Amsterdam/Diemen", ON, "Diemen", "Onderwijs", "", "", "", "", 2023,
     "inholland"),
    ("InHolland", ON, "Haarlem", "", "", "", "", "", 2024, "inholland"),
    # care
    ("Amsterdam UMC", Z, "Amsterdam", "Zorg", "", "https://www.amsterdamumc.nl", "", "", 2021,
     "amsterdam-umc"),
    ("Amsterdam UMC locatie VUmc", Z, "Amsterdam", "Zorg", "Amsterdam UMC", "", "", "", 2022,
     "amsterdam-umc"),
    ("AMC", Z, "Amsterdam", "Zorg", "", "", "", "", 2018, "amsterdam-umc"),
    ("Amsterdam UMC, locatie AMC", Z, "Amsterdam-Zuidoost", "Zorg", "", "", "", "", 2024,
     "amsterdam-umc"),
    ("VUmc", Z, "Amsterdam", "", "", "", "", "", 2018, "amsterdam-umc"),
    ("OLVG", Z, "Amsterdam", "Zorg", "", "https://www.olvg.nl", "", "", 2021, "olvg"),
    ("OLVG locatie Oost", Z, "Amsterdam", "Zorg", "", "", "", "", 2023, "olvg"),
    ("Onze Lieve Vrouwe Gasthuis", Z, "Amsterdam", "", "", "", "", "", 2024, "olvg"),
    ("Sint Lucas Andreas Ziekenhuis", Z, "Amsterdam", "Zorg", "", "", "", "", 2018, "olvg"),
    ("Ziekenhuis Amstelland", Z, "Amstelveen", "Zorg", "", "https://www.zha.nl", "", "", 2021,
     "zha"),
    ("ZH Amstelland", Z, "Amstelveen", "", "", "", "", "", 2023, "zha"),
    ("Ziekenhuis Amstelland Amstelveen", W, "", "Zorg", "", "", "", "", 2025, "zha"),
    ("Zaans Medisch Centrum", Z, "Zaandam", "Zorg", "", "https://www.zaansmedischcentrum.nl",
     "", "", 2021, "zmc"),
    ("ZMC", Z, "Zaanstad", "", "", "", "", "", 2024, "zmc"),
    # employers
    ("Royal Schiphol Group", W, "Haarlemmermeer", "Luchtvaart", "", "https://www.schiphol.nl",
     "", "", 2021, "schiphol"),
    ("Schiphol Group", W, "Schiphol", "Luchtvaart", "", "", "", "", 2018, "schiphol"),
    ("Amsterdam Airport Schiphol", W, "Schiphol", "Luchtvaart, Logistiek", "", "", "", "",
     2022, "schiphol"),
    ("Schiphol", W, "Haarlemmermeer", "", "", "", "", "", 2024, "schiphol"),
    ("Royal Schiphol Group N.V.", W, "", "Luchtvaart", "", "", "", "", 2025, "schiphol"),
    ("KLM Royal Dutch Airlines", W, "Amstelveen", "Luchtvaart", "", "https://www.klm.nl",
     "33014286", "", 2021, "klm"),
    ("KLM", W, "Amstelveen", "Luchtvaart", "", "", "", "", 2022, "klm"),
    ("Koninklijke Luchtvaart Maatschappij N.V.", W, "Amstelveen", "", "", "", "33014286", "",
     2024, "klm"),
    ("KLM Engineering & Maintenance", W, "Schiphol", "Luchtvaart, Techniek", "", "", "",
     "Monteurs vliegtuigonderhoud, BBL", 2025, "klm"),
    ("Transavia", W, "Schiphol", "Luchtvaart", "KLM Royal Dutch Airlines",
     "https://www.transavia.com", "", "", 2022, "transavia"),
    ("Transavia Airlines C.V.", W, "Haarlemmermeer", "Luchtvaart", "KLM Royal Dutch Airlines",
     "", "", "", 2025, "transavia"),
    ("Royal FloraHolland", W, "Aalsmeer", "Sierteelt, Logistiek", "",
     "https://www.royalfloraholland.com", "", "", 2021, "floraholland"),
    ("FloraHolland Aalsmeer", W, "Aalsmeer", "Sierteelt", "", "", "", "", 2022,
     "floraholland"),
    ("Bloemenveiling Aalsmeer", W, "Aalsmeer", "", "", "", "", "", 2018, "floraholland"),
    ("Koninklijke Coöperatieve Bloemenveiling FloraHolland U.A.", W, "Aalsmeer", "Sierteelt",
     "", "", "", "", 2024, "floraholland"),
    ("Heineken", W, "Amsterdam", "Voedingsmiddelen", "", "https://www.heineken.com", "", "",
     2021, "heineken"),
    ("HEINEKEN N.V.", W, "Amsterdam", "", "", "", "", "", 2023, "heineken"),
    ("Heineken hoofdkantoor Amsterdam", W, "Amsterdam", "Voedingsmiddelen", "", "", "", "",
     2025, "heineken"),
    ("Randstad", U, "Diemen", "Uitzenden", "", "https://www.randstad.nl", "", "", 2021,
     "randstad"),
    ("Randstad Nederland", U, "Diemen", "", "", "", "", "", 2023, "randstad"),
    ("Randstad N.V.", W, "Diemen", "Uitzenden", "", "", "", "", 2025, "randstad"),
    ("Tempo-Team", U, "", "Uitzenden", "Randstad", "https://www.tempo-team.nl", "", "", 2022,
     "tempo-team"),
    ("Tempo Team uitzendbureau", U, "Amsterdam", "", "", "", "", "", 2024, "tempo-team"),
    ("Booking.com", W, "Amsterdam", "ICT", "", "https://www.booking.com", "", "", 2021,
     "booking"),
    ("Booking", W, "Amsterdam", "ICT", "", "", "", "", 2023, "booking"),
    ("Booking.com B.V.", W, "", "", "", "", "", "", 2025, "booking"),
    ("Verkade", W, "Zaandam", "Voedingsmiddelen", "", "https://www.verkade.nl", "", "", 2022,
     "verkade"),
    ("Koninklijke Verkade", W, "Zaanstad", "", "", "", "", "", 2024, "verkade"),
    ("Schiphol Area Development Company", W, "Haarlemmermeer", "Logistiek", "",
     "https://www.sadc.nl", "", "", 2021, "sadc"),
    ("SADC", N, "Schiphol", "", "", "", "", "", 2024, "sadc"),
    ("Ymere", WC, "Amsterdam", "Wonen", "", "https://www.ymere.nl", "", "", 2021, "ymere"),
    ("Woningcorporatie Ymere", WC, "", "", "", "", "", "", 2024, "ymere"),
    ("Eigen Haard", WC, "Amsterdam", "Wonen", "", "https://www.eigenhaard.nl", "", "", 2021,
     "eigen-haard"),
    ("Eigen Haard woningcorporatie", WC, "Amsterdam", "", "", "", "", "", 2024,
     "eigen-haard"),
    ("GVB", W, "Amsterdam", "Mobiliteit", "", "https://www.gvb.nl", "", "", 2021, "gvb"),
    ("GVB Amsterdam", W, "Amsterdam", "Mobiliteit, Techniek", "", "", "", "", 2023, "gvb"),
    ("Gemeentelijk Vervoerbedrijf", W, "Amsterdam", "", "", "", "", "", 2025, "gvb"),
]

STATUS = ["Actief", "Actief", "Actief", "In gesprek", "Slapend"]


def ordered() -> list[tuple[str, str, str, str, str, str, str, str, int, str]]:
    """The rows in the order they were made (Notion exports the database's pages in the
    order of its default view, here by creation): by year, in a fixed shuffle within a
    year, the rows a relation points to first."""
    rng = random.Random(19)
    rows = list(ROWS)
    rng.shuffle(rows)
    targets = {r[4] for r in ROWS if r[4]}
    return sorted(rows, key=lambda r: (r[8], r[0] not in targets))


def page_id(rng: random.Random, made: dt.datetime) -> str:
    """A page id as Notion writes it in a URL: 32 hex digits; a page made since 2024 has
    the newer kind (its 13th digit an 8), an older one a random (version 4) UUID."""
    digits = f"{rng.getrandbits(128):032x}"
    version = "8" if made.year >= 2024 else "4"
    return digits[:12] + version + digits[13:16] + "9" + digits[17:]


def slug(title: str) -> str:
    """The readable part of a page's URL: the title's words joined by dashes."""
    return "-".join(re.findall(r"[A-Za-z0-9]+", title))


def notion_time(when: dt.datetime) -> str:
    """A created or edited time as Notion's English interface writes it in a CSV:
    "March 4, 2025 9:07 AM"."""
    hour = when.hour % 12 or 12
    return f"{when:%B} {when.day}, {when.year} {hour}:{when:%M} {when:%p}"


def notion_date(day: dt.date) -> str:
    """A date property (without time) in Notion's default "Full date" format."""
    return f"{day:%B} {day.day}, {day.year}"


def write_export(folder: Path) -> tuple[Path, list[str]]:
    """Write the CSV; return its path and each row's organisation ("" for none)."""
    rng = random.Random(2019)
    rows = ordered()
    made: list[dt.datetime] = []
    for year in sorted({row[8] for row in rows}):
        # the pages made in a year, at times spread over its working days
        start = dt.datetime(year, 1, 5) if year > 2018 else dt.datetime(year, 2, 1)
        days = 360 if year < 2026 else 70
        times = []
        for _ in (row for row in rows if row[8] == year):
            day = start + dt.timedelta(days=rng.randint(0, days))
            times.append(day.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59)))
        made.extend(sorted(times))
    ids = {row[0]: page_id(rng, when) for row, when in zip(rows, made, strict=True)
           if row[0]}
    database = page_id(random.Random(1919), dt.datetime(2024, 1, 1))
    path = folder / f"Partners {database}_all.csv"
    end = dt.datetime(2026, 3, 20, 16, 30)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    truth = []
    for number, (row, when) in enumerate(zip(rows, made, strict=True), start=2):
        title, kind, place, sectors, parent, web, kvk, note, _, organisation = row
        edited = when + dt.timedelta(days=rng.randint(0, 400))
        edited = edited.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))
        edited = max(when, min(end, edited))
        relation = (f"{parent} (https://www.notion.so/{slug(parent)}-{ids[parent]}?pvs=21)"
                    if parent else "")
        contact = ""
        if title and rng.random() < 0.55:
            contact = notion_date((edited - dt.timedelta(days=rng.randint(0, 40))).date())
        status = rng.choice(STATUS) if title else ""
        signed = "Yes" if title and number % 5 == 1 else "No"
        creator = TEAM if title and number % 4 else ""
        writer.writerow([title, kind, place, sectors, relation, web, kvk, "", "", status,
                         contact, signed, note, creator, notion_time(when),
                         notion_time(edited)])
        truth.append(organisation)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path, truth


def main() -> None:
    for old in HERE.glob("Partners *.csv"):
        old.unlink()
    path, truth = write_export(HERE)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a page without a title names no organisation
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{path.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
