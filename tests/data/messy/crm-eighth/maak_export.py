"""Write the eighth held-out organisation list: the Pipedrive CSV and truth.csv beside this
script.

    python tests/data/messy/crm-eighth/maak_export.py

A Pipedrive "Organizations" export (the list view, exported as CSV), as the
werkgeversservicepunt of the labour-market region Zuid-Kennemerland en IJmond (Haarlem,
Velsen, Beverwijk, Heemskerk, Zandvoort, Bloemendaal, Heemstede) keeps its employers,
schools, municipalities, public bodies and partners in Pipedrive, with the neighbouring
Haarlemmermeer–Schiphol–Aalsmeer–Amstelveen area (arbeidsmarktregio Groot Amsterdam) where
many of its job seekers work. Pipedrive writes every field's label after the entity's name,
"Organization - Name", "Organization - Labels", "Organization - Owner", "Organization -
Address", and an address field's parts as "<part> of <field>": "Organization -
City/town/village/locality of Address", "Organization - ZIP/Postal code of Address",
"Organization - Country of Address". The columns are the list view's, in the order this WSP
arranged them, with two custom fields of its own ("Organization - Sector WSP", a single
option; "Organization - Opmerking", a text field) and one it made and never filled
("Organization - KvK-nummer"). The rows are in the view's sort order (Name, ascending: the
variants of one organisation are near each other only where their names begin alike). The
file keeps the download name Pipedrive gives, "organizations-<company id>-<n>.csv".

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: the "Entity - Field" headers of an Organizations export ("Organization - Name",
  "Organization - Owner", "Organization - Label", "Organization - People", "Organization -
  Open deals", "Organization - Last activity date", "Organization - Parent", "Organization -
  Organization created") and the address parts as "<part> of <field>" ("Organization -
  Full/combined address of Address", "Organization - Country of Address", "Organization -
  City/town/village/locality of Company Address"), in import scripts and tests of several
  public repositories that read real Pipedrive exports (one test says its header list was
  "captured verbatim from a 2026 Pipedrive export"; its columns are in no fixed order, as a
  list view's are); the organization fields and their labels as Pipedrive's organizationFields
  API lists them for one workspace, stored in a public repository (ID, Name, Label, Labels,
  Owner, People, Open deals, Organization created, Update time, Visible to with "Item owner"
  and "All users", Next/Last activity date, Address and its parts "Apartment/suite no",
  "House number", "Street/road name", "District/sublocality", "City/town/village/locality",
  "State/county", "Region", "Country", "ZIP/Postal code", "Full/combined address", Website,
  LinkedIn profile, Industry, Annual revenue, Number of employees); Industry's options as
  that listing gives them, used here as Pipedrive's defaults ("Government administration",
  "Education", "Hospitals and health care", "Manufacturing", "Transportation, logistics,
  supply chain and storage", "Entertainment providers", "Retail", "Utilities", "Professional
  services", "Wholesale", "Real estate and equipment rental services", …: values with
  commas, quoted in the CSV); the download name "organizations-23955722-70.csv" in one
  import script; several labels in one cell, comma-joined, as several importers split them.
- not checked: the CSV's exact bytes (here UTF-8 without a byte-order mark, comma-separated,
  quoted only where a value needs it, LF line ends); the date format (here "2019-01-14
  09:12:05" for Organization created, "2026-11-20" for the last activity); whether Pipedrive
  sorts the export as the view; the default organization labels (here the person labels
  "Customer", "Hot lead", "Warm lead", "Cold lead", which the same listing shows, beside the
  WSP's own "Werkgever", "Leerbedrijf", "Onderwijs", "Gemeente", "Overheid",
  "Netwerkpartner"); what "Organization - Address" holds when the address was picked from
  Google's suggestions (here the formatted address, "Legmeerdijk 313, 1431 GB Aalsmeer,
  Nederland", with its parts filled) and when it was only typed or imported (here the text
  as typed, the parts empty). No export was made for this fixture.

The list's history, as the rows show it: the WSP moved to Pipedrive on 14 January 2019 and
imported its old relations file in one go (owner "Pipedrive-beheer", no labels, no industry,
the address as the old file had it: a place, a street and a place, a PO box, in capitals);
since then the accountmanagers add organisations by hand, some with the address picked
from the suggestions, some typed. "Labels" holds what kind of relation it is (Werkgever,
Leerbedrijf, Onderwijs, Gemeente, Overheid, Netwerkpartner) beside how warm it is, in one
cell; "Industry" is filled only for organisations added since the field was shown.
"Organization - Owner" is in a real account a user's name: here the team's roles
("Accountmanager Zorg & Welzijn"), never persons; "People" and "Open deals" are counts.

Kinds of variation, as years of CRM entry give them: the full address in one cell
("Wenckebachstraat 1, 1951 JZ Velsen-Noord, Nederland", "Grote Markt 2, Haarlem", "Postbus
10000, IJmuiden") besides or instead of the place column, and a place the CBS tables do not
have ("Schiphol-Oost", the KLM base's part of Schiphol); a location or department after a
dash, in a parent's hierarchy or appended ("Spaarne Gasthuis locatie Haarlem Zuid", "Tata
Steel - Technische opleidingen", "KLM Engineering & Maintenance", "Nova College IJmuiden",
"ROC van Amsterdam - MBO College Airport", "Gem. Haarlem, afd. Economie"); acronyms (RKZ,
HvA, SADC, UWV, VRK, OD IJmond); an English name beside the Dutch one ("Amsterdam University
of Applied Sciences", "KLM Royal Dutch Airlines", "Port of IJmuiden"); legal forms ("N.V.",
"B.V."); capitals ("NOVA COLLEGE BEVERWIJK", "BEVERWIJK"); a name written together or apart
("Rode Kruisziekenhuis", "Royal Flora Holland"); the official name in DUO's register ("ROC
Nova College", "Hogeschool INHOLLAND"); a sponsor's name before the old ones ("CM.com Circuit
Zandvoort" since 26 August 2020, before that "Circuit Park Zandvoort" and "Circuit
Zandvoort": nhnieuws.nl, autoweek.nl, formule1.nl); a place written as the village or town
inside its municipality (Velsen-Noord, IJmuiden and Velsen-Zuid in Velsen, Wijk aan Zee in
Beverwijk, Hoofddorp, Badhoevedorp, Halfweg and Schiphol in Haarlemmermeer, Overveen in
Bloemendaal); duplicates that differ by a trailing space ("Gemeente Velsen " beside
"Gemeente Velsen"); and organisations under an earlier name:

- Kennemer Gasthuis (Haarlem) and Spaarne Ziekenhuis (Hoofddorp) → Spaarne Gasthuis (one
  board since 1 May 2014, one legal body since 22 March 2015: nl.wikipedia.org via
  wikiwand.com; skipr.nl): one organisation.
- Koninklijke Hoogovens (IJmuiden) → Corus (with British Steel, 1999) → Tata Steel (Tata
  bought Corus in 2007; the name Tata Steel since 2010): "Hoogovens IJmuiden" and "Corus
  Staal BV" are Tata Steel's rows.
- Verenigde Bloemenveilingen Aalsmeer ("Bloemenveiling Aalsmeer") and FloraHolland →
  FloraHolland (1 January 2008, head office Legmeerdijk 313, Aalsmeer) → Royal FloraHolland
  (Wikipedia's pages on VBA and Royal FloraHolland; ad.nl writes "Royal Flora Holland"):
  "Bloemenveiling Aalsmeer" is Royal FloraHolland's.
- Schiphol Group → Royal Schiphol Group (2018).
- Gemeente Haarlemmerliede en Spaarnwoude → Gemeente Haarlemmermeer (1 January 2019; CBS:
  Haarlemmerliede en Spaarnwoude last in the 2018 classification): one organisation.
- CWI (Centrum voor Werk en Inkomen) → UWV (1 January 2009; "UWV WERKbedrijf" the name of
  UWV's work division since): "CWI Haarlem" and "UWV WERKbedrijf Haarlem" are UWV's.

Which rows are one organisation. A location, department or division of an organisation is
that organisation: Spaarne Gasthuis Hoofddorp and Haarlem Zuid are Spaarne Gasthuis';
"Tata Steel - Technische opleidingen" is Tata Steel's; KLM Engineering & Maintenance is
KLM's (a division, not a company of its own); Nova College's locations are Nova College's;
ROC van Amsterdam's MBO College Airport (Hoofddorp) is ROC van Amsterdam's; "Heliomare
Onderwijs" is Heliomare's (one foundation: rehabilitation, education, work); a
municipality's departments are the municipality. A company that works under its own name
as its own business is its own organisation, whatever its parent in Pipedrive: KLM
Cityhopper (the regional airline, KLM's subsidiary) is not KLM. "Port of IJmuiden" is taken
as the port's English name, Zeehaven IJmuiden N.V.'s (as remembered, not found in a stored
source): one organisation.

Precision traps, pairs that must stay apart: Gemeente Haarlem / Haarlem Marketing (the city
marketing organisation) / Gemeente Haarlemmermeer; Spaarne Gasthuis / Spaarnelanden (the
Haarlem company for waste and public space); Royal Schiphol Group / Schiphol Area
Development Company (SADC) / KLM; KLM / KLM Cityhopper; KLM / Gemeente Amstelveen (KLM's
head office is in Amstelveen); Port of IJmuiden / Port of Amsterdam; Zeehaven IJmuiden /
Tata Steel (both IJmuiden, both the port) / Gemeente Velsen; Omgevingsdienst IJmond /
Zeehaven IJmuiden; Gemeente Zandvoort / Circuit Zandvoort; Gemeente Beverwijk / Beverwijkse
Bazaar / Rode Kruis Ziekenhuis Beverwijk; Gemeente Aalsmeer / Royal FloraHolland Aalsmeer;
Hogeschool van Amsterdam / ROC van Amsterdam / Universiteit van Amsterdam; Gemeente
Heemskerk / Gemeente Heemstede; Veiligheidsregio Kennemerland / Spaarne Gasthuis (its
Kennemer Gasthuis); Heliomare (Wijk aan Zee) / Gemeente Beverwijk. Listed once: Port of
Amsterdam, KLM Cityhopper, Spaarnelanden, Haarlem Marketing, Universiteit van Amsterdam.

Facts: names, places and websites as the organisations and public pages write them, from
what is widely known of them; the municipalities, their woonplaatsen and the labour-market
regions as in CBS's tables (``stakeholder_graph/data/nl-gemeenten-regio``: Haarlemmermeer,
Aalsmeer and Amstelveen in Groot Amsterdam, the seven others in Zuid-Kennemerland en
IJmond; Velsen-Noord, Schiphol in their municipalities); ROC Nova College (Haarlem),
Hogeschool INHOLLAND and Heliomare Onderwijs (Heemskerk) as in DUO's register
(``/work/shared/data/duo-instellingen``). Looked up in stored public pages: the circuit's
address, Burgemeester van Alphenstraat 108, 2041 KP Zandvoort (circuitzandvoort.nl, the
terms of Exploitatie Circuit Park Zandvoort B.V.); Royal FloraHolland's head office and
website; the Spaarne Gasthuis' locations in Haarlem and Hoofddorp and its website;
Zeehaven IJmuiden N.V. (privatised in 1989, gemeente Velsen among its shareholders, its
office at the Halkade: bngbank.nl, seaport-magazine.nl, schuttevaer.nl); Tata Steel
Nederland's website tatasteelnederland.com (cited in stored repositories). Other street
addresses are the organisations' well-known ones, as remembered, not checked in a stored
source (Tata Steel's works in Velsen-Noord and its PO box, KLM's head office in Amstelveen,
Royal Schiphol Group's, the Spaarne Gasthuis' two hospitals, the RKZ, Inholland Haarlem,
Heliomare, Port of Amsterdam, the town halls of Haarlem, Haarlemmermeer and Velsen, the
province's house in Haarlem); a website, place or postcode not known with certainty is left
empty. No
KvK number, BRIN code, person, phone number or e-mail address is in the list. Labels,
owners, counts, dates, ids and remarks are illustrative; every row is loaded with source
``illustratief`` (see ``mappings/organizations.yaml``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows
when it opens the CSV: the header is row 1, the first organisation row 2). A municipality's
rows are the municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = "organizations-13817564-42.csv"
NL = "Nederland"

HEADERS = ("Organization - Name", "Organization - Labels", "Organization - Owner",
           "Organization - Address", "Organization - City/town/village/locality of Address",
           "Organization - ZIP/Postal code of Address", "Organization - Country of Address",
           "Organization - Industry", "Organization - Sector WSP", "Organization - Website",
           "Organization - Parent", "Organization - People", "Organization - Open deals",
           "Organization - Opmerking", "Organization - KvK-nummer",
           "Organization - Organization created", "Organization - Last activity date",
           "Organization - Visible to", "Organization - ID")

# Owners: the team's roles, not persons (in a real account a user's name).
HAVEN = "Accountmanager Haven & Industrie"
LUCHT = "Accountmanager Luchtvaart & Logistiek"
ZORG = "Accountmanager Zorg & Welzijn"
PUBLIEK = "Accountmanager Overheid & Onderwijs"
TEAM = "Teamleider WSP"
BEHEER = "Pipedrive-beheer"

# Industry: Pipedrive's options (see the docstring).
GOV, EDU, CARE = "Government administration", "Education", "Hospitals and health care"
MAN, TRANS = "Manufacturing", "Transportation, logistics, supply chain and storage"
ENT, RETAIL, UTIL = "Entertainment providers", "Retail", "Utilities"
PROF, WHOLE = "Professional services", "Wholesale"
REAL = "Real estate and equipment rental services"

# Sector WSP: the WSP's own single-option field.
HI, LL, ZW, SL = "Haven & industrie", "Luchtvaart & logistiek", "Zorg & welzijn", "Sierteelt"
OO, LE = "Onderwijs & overheid", "Leisure & evenementen"

MIGRATED = dt.datetime(2019, 1, 14, 9, 12, 5)  # the old relations file, imported in one go


def d(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


def picked(street: str, postcode: str, place: str) -> tuple[str, str, str, str]:
    """An address picked from the suggestions: the formatted address and its parts."""
    head = f"{street}, " if street else ""
    tail = f"{postcode} {place}" if postcode else place
    return (f"{head}{tail}, {NL}", place, postcode, NL)


def typed(text: str) -> tuple[str, str, str, str]:
    """An address as typed or imported: the text, no parts."""
    return (text, "", "", "")


NONE = ("", "", "", "")

# (organisation in truth.csv, Name, Labels, Owner, (Address, City, ZIP, Country), Industry,
#  Sector WSP, Website, Parent, People, Open deals, Opmerking, created, last activity)
ORGANIZATIONS = [
    # employers: port and industry
    ("tata-steel", "Tata Steel IJmuiden", "Werkgever, Leerbedrijf, Customer", HAVEN,
     picked("Wenckebachstraat 1", "1951 JZ", "Velsen-Noord"), MAN, HI,
     "www.tatasteelnederland.com", "", 6, 2, "grootste werkgever IJmond; operators, monteurs",
     d(2019, 2, 11), "2026-11-20"),
    ("tata-steel", "Tata Steel Nederland B.V.", "Werkgever", HAVEN, typed("Velsen-Noord"), "",
     HI, "", "", 1, 0, "", d(2020, 6, 3, 14, 20), "2024-03-12"),
    ("tata-steel", "Corus Staal BV", "", BEHEER, typed("Postbus 10000, IJmuiden"), "", "", "",
     "", 0, 0, "", MIGRATED, ""),
    ("tata-steel", "Hoogovens IJmuiden", "", BEHEER, typed("IJmuiden"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("tata-steel", "Tata Steel - Technische opleidingen", "Leerbedrijf, Hot lead", HAVEN,
     typed("Velsen-Noord"), MAN, HI, "", "Tata Steel IJmuiden", 2, 1,
     "bbl-trajecten operator en monteur", d(2022, 9, 5, 11, 15), "2026-10-02"),
    ("zeehaven", "Zeehaven IJmuiden N.V.", "Werkgever, Netwerkpartner", HAVEN,
     picked("", "", "IJmuiden"), TRANS, HI, "", "", 2, 0,
     "havenbedrijf; visserij en offshore", d(2019, 3, 18), "2026-06-17"),
    ("zeehaven", "Port of IJmuiden", "Netwerkpartner", HAVEN, NONE, "", HI, "", "", 0, 0,
     "zelfde als Zeehaven IJmuiden?", d(2023, 4, 24, 15, 40), ""),
    ("port-amsterdam", "Port of Amsterdam", "Netwerkpartner, Cold lead", HAVEN,
     picked("De Ruijterkade 7", "1013 AA", "Amsterdam"), TRANS, HI, "www.portofamsterdam.com",
     "", 1, 0, "Noordzeekanaalgebied", d(2021, 11, 8), "2023-02-14"),
    ("techport", "Techport", "Netwerkpartner", HAVEN, NONE, PROF, HI, "", "", 2, 0,
     "technisch talent IJmond; samenwerking onderwijs en bedrijven", d(2019, 5, 20),
     "2026-09-29"),
    ("techport", "Stichting Techport", "", BEHEER, NONE, "", "", "", "", 0, 0, "", MIGRATED, ""),
    ("odijmond", "Omgevingsdienst IJmond", "Overheid", HAVEN, typed("Beverwijk"), GOV, OO, "",
     "", 1, 0, "", d(2021, 1, 25, 9, 30), "2025-05-06"),
    ("odijmond", "OD IJmond", "", BEHEER, typed("Beverwijk"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    # employers: aviation, logistics, flowers
    ("schiphol", "Royal Schiphol Group", "Werkgever, Customer", LUCHT,
     picked("Evert van de Beekstraat 202", "1118 CP", "Schiphol"), TRANS, LL,
     "www.schiphol.nl", "", 5, 3, "luchthaven; beveiliging, bagage, techniek", d(2019, 2, 4),
     "2026-11-26"),
    ("schiphol", "Schiphol Group", "", BEHEER, typed("Schiphol"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("schiphol", "Amsterdam Airport Schiphol", "Werkgever", LUCHT, NONE, TRANS, LL, "", "", 1,
     0, "banenmarkt luchthaven", d(2021, 3, 15, 13, 10), "2025-10-09"),
    ("schiphol", "Schiphol", "", BEHEER, typed("Haarlemmermeer"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("sadc", "Schiphol Area Development Company", "Netwerkpartner", LUCHT, NONE, REAL, LL, "",
     "", 1, 0, "werklocaties rond de luchthaven", d(2020, 10, 12), "2024-11-18"),
    ("sadc", "SADC", "Netwerkpartner", LUCHT, NONE, "", LL, "", "", 0, 0,
     "Schiphol Trade Park", d(2022, 5, 30, 16, 5), ""),
    ("klm", "KLM", "Werkgever, Customer", LUCHT,
     picked("Amsterdamseweg 55", "1182 GP", "Amstelveen"), TRANS, LL, "www.klm.com", "", 4, 2,
     "hoofdkantoor Amstelveen; grondpersoneel Schiphol", d(2019, 2, 4, 10, 30), "2026-11-12"),
    ("klm", "KLM Royal Dutch Airlines", "", BEHEER, typed("Amstelveen"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("klm", "Koninklijke Luchtvaart Maatschappij N.V.", "", BEHEER,
     typed("Amsterdamseweg 55, Amstelveen"), "", "", "", "", 0, 0, "", MIGRATED, ""),
    ("klm", "KLM Engineering & Maintenance", "Leerbedrijf, Warm lead", LUCHT,
     typed("Schiphol-Oost"), TRANS, LL, "", "KLM", 2, 1, "vliegtuigonderhoud; mbo-techniek",
     d(2021, 9, 20, 11, 0), "2026-08-27"),
    ("klm-cityhopper", "KLM Cityhopper", "Werkgever, Cold lead", LUCHT, NONE, TRANS, LL, "",
     "KLM", 0, 0, "regionale luchtvaartmaatschappij", d(2024, 2, 19, 9, 45), ""),
    ("flora-holland", "Royal FloraHolland", "Werkgever, Customer", LUCHT,
     picked("Legmeerdijk 313", "1431 GB", "Aalsmeer"), WHOLE, SL, "www.royalfloraholland.com",
     "", 3, 1, "bloemenveiling; logistiek medewerkers", d(2019, 4, 8), "2026-10-21"),
    ("flora-holland", "Royal Flora Holland Aalsmeer", "Leerbedrijf", LUCHT, typed("Aalsmeer"),
     "", SL, "", "Royal FloraHolland", 1, 0, "", d(2023, 8, 28, 14, 0), "2025-04-03"),
    ("flora-holland", "FloraHolland", "", BEHEER, typed("Aalsmeer"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("flora-holland", "Bloemenveiling Aalsmeer", "", BEHEER, typed("Legmeerdijk 313, Aalsmeer"),
     "", "", "", "", 0, 0, "sinds 2008 FloraHolland", MIGRATED, ""),
    # employers: care
    ("spaarne", "Spaarne Gasthuis", "Werkgever, Leerbedrijf, Customer", ZORG,
     picked("Spaarnepoort 1", "2134 TM", "Hoofddorp"), CARE, ZW, "www.spaarnegasthuis.nl", "",
     4, 2, "ziekenhuis Haarlem en Hoofddorp; zorgassistenten, facilitair", d(2019, 2, 18),
     "2026-11-24"),
    ("spaarne", "Spaarne Gasthuis locatie Haarlem Zuid", "Werkgever", ZORG,
     picked("Boerhaavelaan 22", "2035 RC", "Haarlem"), CARE, ZW, "", "Spaarne Gasthuis", 1, 0,
     "", d(2020, 2, 10, 9, 0), "2026-01-15"),
    ("spaarne", "Spaarne Gasthuis Hoofddorp ", "Werkgever", ZORG, typed("Hoofddorp"), "", ZW,
     "", "Spaarne Gasthuis", 1, 0, "", d(2022, 1, 17, 10, 20), "2025-09-30"),
    ("spaarne", "Kennemer Gasthuis", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0,
     "fusie met Spaarne Ziekenhuis, nu Spaarne Gasthuis", MIGRATED, ""),
    ("spaarne", "Spaarne Ziekenhuis", "", BEHEER, typed("Hoofddorp"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("rkz", "Rode Kruis Ziekenhuis Beverwijk", "Werkgever, Customer", ZORG,
     picked("Vondellaan 13", "1942 LE", "Beverwijk"), CARE, ZW, "www.rkz.nl", "", 2, 1,
     "brandwondencentrum; leerwerkplekken zorg", d(2019, 3, 4), "2026-07-08"),
    ("rkz", "RKZ Beverwijk", "Leerbedrijf", ZORG, typed("Beverwijk"), "", ZW, "", "", 1, 0,
     "", d(2021, 6, 14, 15, 0), "2024-12-02"),
    ("rkz", "Rode Kruisziekenhuis", "", BEHEER, typed("BEVERWIJK"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("heliomare", "Heliomare", "Werkgever, Leerbedrijf", ZORG,
     picked("Relweg 51", "1949 EC", "Wijk aan Zee"), CARE, ZW, "www.heliomare.nl", "", 2, 0,
     "revalidatie, onderwijs, arbeidsintegratie", d(2019, 6, 24), "2026-05-19"),
    ("heliomare", "Heliomare Onderwijs", "Onderwijs", PUBLIEK, typed("Heemskerk"), EDU, OO, "",
     "Heliomare", 1, 0, "stages praktijkonderwijs", d(2022, 10, 3, 13, 30), "2025-03-11"),
    # employers: leisure, retail, public space
    ("circuit", "CM.com Circuit Zandvoort", "Werkgever, Hot lead", TEAM,
     picked("Burgemeester van Alphenstraat 108", "2041 KP", "Zandvoort"), ENT, LE,
     "www.circuitzandvoort.nl", "", 2, 1, "Dutch Grand Prix: tijdelijke banen beveiliging en "
     "horeca", d(2021, 4, 12), "2025-08-25"),
    ("circuit", "Circuit Zandvoort", "", BEHEER, typed("Zandvoort"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("circuit", "Circuit Park Zandvoort", "Werkgever", TEAM, typed("Zandvoort"), "", LE, "", "",
     0, 0, "", d(2020, 1, 20, 11, 45), "2020-03-02"),
    ("bazaar", "Beverwijkse Bazaar", "Werkgever, Warm lead", TEAM,
     picked("", "", "Beverwijk"), RETAIL, LE, "", "", 1, 0, "weekendwerk", d(2022, 3, 7),
     "2024-06-20"),
    ("bazaar", "De Bazaar Beverwijk", "", BEHEER, typed("Beverwijk"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("spaarnelanden", "Spaarnelanden", "Werkgever, Warm lead", PUBLIEK, typed("Haarlem"), UTIL,
     OO, "", "", 1, 1, "afval en openbare ruimte Haarlem; participatiebanen", d(2023, 1, 9),
     "2026-04-14"),
    # schools
    ("nova", "Nova College", "Onderwijs, Netwerkpartner", PUBLIEK, picked("", "", "Haarlem"),
     EDU, OO, "www.novacollege.nl", "", 3, 0, "mbo; bbl en praktijkleren", d(2019, 2, 25),
     "2026-11-05"),
    ("nova", "ROC Nova College", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("nova", "Nova College IJmuiden", "Onderwijs", HAVEN, typed("IJmuiden"), EDU, OO, "",
     "Nova College", 1, 0, "maritiem en techniek", d(2021, 10, 18, 14, 0), "2026-02-09"),
    ("nova", "NOVA COLLEGE BEVERWIJK", "", BEHEER, typed("BEVERWIJK"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("rocva", "ROC van Amsterdam", "Onderwijs", PUBLIEK, typed("Amsterdam"), EDU, OO,
     "www.rocva.nl", "", 1, 0, "", d(2019, 9, 16), "2025-01-28"),
    ("rocva", "ROC van Amsterdam - MBO College Airport", "Onderwijs, Netwerkpartner", LUCHT,
     picked("", "", "Hoofddorp"), EDU, LL, "www.rocva.nl", "ROC van Amsterdam", 2, 0,
     "opleidingen luchtvaart en logistiek", d(2020, 9, 7, 10, 15), "2026-09-15"),
    ("rocva", "MBO College Airport", "", BEHEER, typed("Hoofddorp"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("inholland", "Hogeschool Inholland", "Onderwijs, Netwerkpartner", PUBLIEK,
     picked("Bijdorplaan 15", "2015 CE", "Haarlem"), EDU, OO, "www.inholland.nl", "", 2, 0,
     "hbo; stages en afstudeeropdrachten", d(2019, 10, 14), "2026-03-24"),
    ("inholland", "Inholland Haarlem", "Onderwijs", ZORG, typed("Haarlem"), "", OO, "",
     "Hogeschool Inholland", 1, 0, "stages verpleegkunde", d(2023, 9, 11, 9, 20), "2025-11-04"),
    ("inholland", "Hogeschool INHOLLAND", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("hva", "Hogeschool van Amsterdam", "Onderwijs", PUBLIEK, typed("Amsterdam"), EDU, OO,
     "www.hva.nl", "", 1, 0, "", d(2020, 11, 23), "2024-10-10"),
    ("hva", "HvA", "Onderwijs, Cold lead", LUCHT, NONE, "", LL, "", "", 0, 0,
     "Aviation-opleiding", d(2022, 6, 13, 16, 30), ""),
    ("hva", "Amsterdam University of Applied Sciences", "Onderwijs", LUCHT,
     picked("", "", "Amsterdam"), EDU, LL, "", "", 0, 0, "aviation studies",
     d(2025, 1, 20, 11, 10), "2025-02-03"),
    ("uva", "Universiteit van Amsterdam", "Onderwijs, Cold lead", PUBLIEK, typed("Amsterdam"),
     EDU, OO, "www.uva.nl", "", 0, 0, "", d(2024, 4, 15), ""),
    # municipalities
    ("haarlem", "Gemeente Haarlem", "Gemeente, Overheid", TEAM, typed("Grote Markt 2, Haarlem"),
     GOV, OO, "www.haarlem.nl", "", 3, 0, "centrumgemeente; Werkgeversdienstverlening",
     d(2019, 1, 21), "2026-11-27"),
    ("haarlem", "Haarlem", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0, "", MIGRATED,
     ""),
    ("haarlem", "Gem. Haarlem, afd. Economie", "Gemeente", PUBLIEK, typed("Haarlem"), GOV, OO,
     "", "Gemeente Haarlem", 1, 0, "bedrijventerreinen Waarderpolder", d(2021, 5, 17, 14, 45),
     "2025-06-12"),
    ("haarlem-marketing", "Haarlem Marketing", "Netwerkpartner", TEAM, typed("Haarlem"), PROF,
     LE, "", "", 1, 0, "evenementen, stadspromotie", d(2022, 8, 22), "2024-09-05"),
    ("haarlemmermeer", "Gemeente Haarlemmermeer", "Gemeente, Overheid", TEAM,
     picked("Raadhuisplein 1", "2132 TZ", "Hoofddorp"), GOV, OO, "www.haarlemmermeer.nl", "",
     2, 0, "", d(2019, 1, 21, 10, 30), "2026-10-30"),
    ("haarlemmermeer", "Haarlemmermeer", "", BEHEER, typed("Hoofddorp"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("haarlemmermeer", "Gemeente Haarlemmerliede en Spaarnwoude", "", BEHEER, typed("Halfweg"),
     "", "", "", "", 0, 0, "per 1-1-2019 gemeente Haarlemmermeer", MIGRATED, ""),
    ("haarlemmermeer", "gemeente haarlemmermeer ", "Gemeente", LUCHT, typed("Badhoevedorp"), "",
     OO, "", "", 0, 0, "", d(2020, 7, 6, 15, 55), ""),
    ("velsen", "Gemeente Velsen", "Gemeente, Overheid", TEAM, typed("Dudokplein 1, IJmuiden"),
     GOV, OO, "www.velsen.nl", "", 2, 0, "", d(2019, 1, 21, 11, 0), "2026-09-08"),
    ("velsen", "Gemeente Velsen ", "", BEHEER, typed("IJmuiden"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("velsen", "Velsen", "Gemeente", HAVEN, typed("Velsen-Zuid"), "", OO, "", "", 0, 0, "",
     d(2023, 3, 13, 10, 5), ""),
    ("beverwijk", "Gemeente Beverwijk", "Gemeente, Overheid", TEAM, picked("", "", "Beverwijk"),
     GOV, OO, "www.beverwijk.nl", "", 1, 0, "", d(2019, 1, 21, 11, 30), "2026-06-01"),
    ("beverwijk", "BEVERWIJK", "", BEHEER, typed("BEVERWIJK"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("heemskerk", "Gemeente Heemskerk", "Gemeente", TEAM, typed("Heemskerk"), GOV, OO,
     "www.heemskerk.nl", "", 1, 0, "", d(2019, 1, 21, 12, 0), "2025-12-10"),
    ("heemskerk", "Heemskerk (gemeente)", "", BEHEER, typed("Heemskerk"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("zandvoort", "Gemeente Zandvoort", "Gemeente", TEAM, picked("", "", "Zandvoort"), GOV, OO,
     "www.zandvoort.nl", "", 1, 0, "", d(2019, 1, 22), "2025-07-15"),
    ("zandvoort", "Zandvoort", "", BEHEER, typed("Zandvoort"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("bloemendaal", "Gemeente Bloemendaal", "Gemeente", TEAM, typed("Overveen"), GOV, OO,
     "www.bloemendaal.nl", "", 1, 0, "", d(2019, 1, 22, 10, 30), "2025-04-22"),
    ("bloemendaal", "Gem. Bloemendaal", "", BEHEER, typed("Bloemendaal"), "", "", "", "", 0, 0,
     "", MIGRATED, ""),
    ("heemstede", "Gemeente Heemstede", "Gemeente", TEAM, picked("", "", "Heemstede"), GOV, OO,
     "www.heemstede.nl", "", 1, 0, "", d(2019, 1, 22, 11, 0), "2025-03-18"),
    ("heemstede", "Heemstede", "", BEHEER, typed("Heemstede"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("aalsmeer", "Gemeente Aalsmeer", "Gemeente", LUCHT, typed("Aalsmeer"), GOV, OO,
     "www.aalsmeer.nl", "", 1, 0, "Greenport Aalsmeer", d(2020, 4, 20), "2024-05-28"),
    ("aalsmeer", "gemeente Aalsmeer", "", BEHEER, typed("Aalsmeer"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("amstelveen", "Gemeente Amstelveen", "Gemeente", LUCHT, picked("", "", "Amstelveen"), GOV,
     OO, "www.amstelveen.nl", "", 1, 0, "", d(2020, 4, 20, 11, 0), "2024-02-19"),
    # public bodies
    ("uwv", "UWV", "Overheid, Netwerkpartner", TEAM, typed("Haarlem"), GOV, OO, "www.uwv.nl",
     "", 3, 0, "werkgeversdienstverlening samen met UWV", d(2019, 1, 28), "2026-11-30"),
    ("uwv", "UWV WERKbedrijf Haarlem", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("uwv", "CWI Haarlem", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0,
     "sinds 2009 UWV", MIGRATED, ""),
    ("pnh", "Provincie Noord-Holland", "Overheid", TEAM, typed("Dreef 3, Haarlem"), GOV, OO,
     "www.noord-holland.nl", "", 1, 0, "subsidie scholing", d(2020, 2, 24), "2025-10-27"),
    ("pnh", "Prov. Noord-Holland", "", BEHEER, typed("Haarlem"), "", "", "", "", 0, 0, "",
     MIGRATED, ""),
    ("vrk", "Veiligheidsregio Kennemerland", "Overheid, Werkgever", PUBLIEK, typed("Haarlem"),
     GOV, OO, "www.vrk.nl", "", 1, 0, "brandweer, GGD Kennemerland; vacatures",
     d(2021, 2, 1), "2025-09-09"),
    ("vrk", "VRK", "Overheid", PUBLIEK, NONE, "", OO, "", "", 0, 0, "", d(2023, 11, 6, 9, 10),
     ""),
]


def _when(moment: dt.datetime, n: int) -> str:
    """Organization created as the export writes it (the migrated rows a second apart)."""
    if moment == MIGRATED:
        moment = moment + dt.timedelta(seconds=n)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def rows() -> list[tuple[str, list[str]]]:
    """(organisation, cells) per organisation row, in the view's order (Name)."""
    # Pipedrive's ids count up in the order the organisations were made.
    order = sorted(range(len(ORGANIZATIONS)), key=lambda i: (ORGANIZATIONS[i][12], i))
    ids = {i: 1000 + rank for rank, i in enumerate(order, start=1)}
    out = []
    for i, (org, name, labels, owner, address, industry, sector, web, parent, people,
            deals, note, created, last) in enumerate(ORGANIZATIONS):
        visible = "Item owner" if owner == BEHEER else "All users"
        out.append((org, [name, labels, owner, *address, industry, sector, web, parent,
                          str(people), str(deals), note, "", _when(created, i), last,
                          visible, str(ids[i])]))
    return sorted(out, key=lambda r: (r[1][0].casefold().strip(), r[1][0]))


def export_text(table: list[tuple[str, list[str]]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    for _org, cells in table:
        writer.writerow(cells)
    return out.getvalue()


def main() -> None:
    names = [o[1] for o in ORGANIZATIONS]
    assert len(set(names)) == len(names), "one name, one organization"
    parents = {o[8] for o in ORGANIZATIONS if o[8]}
    assert parents <= set(names), f"a Parent is an organization: {parents - set(names)}"
    table = rows()
    assert all(len(cells) == len(HEADERS) for _o, cells in table)
    (HERE / FILE).write_bytes(export_text(table).encode("utf-8"))
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            writer.writerow([number, org])


if __name__ == "__main__":
    main()
