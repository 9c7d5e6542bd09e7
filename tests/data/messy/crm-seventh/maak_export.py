"""Write the seventh held-out organisation list: the Dynamics 365 workbook and truth.csv beside
this script.

    python tests/data/messy/crm-seventh/maak_export.py

A Microsoft Dynamics 365 (Sales / Customer Engagement) "Export to Excel" of an Accounts view,
as the werkgeversservicepunt of the labour-market region Gooi en Vechtstreek (Hilversum,
Gooise Meren, Huizen, Blaricum, Laren, Eemnes, Wijdemeren) keeps its employers, schools,
municipalities, public bodies and partners in Dynamics: a static worksheet of the view
"WSP accounts Gooi en Vecht" (the sheet named after the view), the view's columns
with Dynamics' own English labels ("Account Name", "Main Phone", "Address 1: City", "Primary
Contact", "Relationship Type", "Industry", "Website", "Parent Account", "Owner", "Created
On", "Description"), three hidden leading columns "(Do Not Modify) Account" (the record's
GUID), "(Do Not Modify) Row Checksum" and "(Do Not Modify) Modified On", the rows in the
view's sort order (Account Name, ascending: the variants of one organisation are next to
each other only where their names begin alike), dates as real date cells, the option sets
"Relationship Type" and "Industry" as drop-down lists, and a second, very hidden sheet
"hiddenSheet" that holds the lists the drop-downs draw on. The file keeps the download name
Dynamics gives, the view's name and the moment of the export.

What was checked, and what not (no network here; stored public pages only):

- checked: the three hidden "(Do Not Modify)" columns and what they hold (GUID, a row
  checksum used on re-import, Modified On), and that the file is named after the view with
  a timestamp (nishantrana.me, "Import Data – Import Data Wizard – few key points", 2022);
  that an option set becomes a drop-down list, dates stay dates, text and lookups are text
  and at most 100,000 rows are exported (Microsoft's "Export data to Excel" page for Customer
  Engagement, MicrosoftDocs/dynamics-365-customer-engagement, export-data-excel.md); the
  default values of "Industry" (Microsoft's "Industry Codes" reference for CRM: "Accounting",
  "Business Services", "Doctor's Offices and Clinics", "Social Services", "Specialty Realty",
  "Special Outbound Trade Contractors", "Broadcasting Printing and Publishing", "Food and
  Tobacco Processing", …). This WSP added two values of its own, "Overheid" and "Onderwijs":
  the default list has no government and no education.
- not checked: the exact content and name of the very hidden sheet ("hiddenSheet", as
  workbooks exported from Dynamics are generally described; what it holds here is an
  illustration), the exact form of the timestamp in the file name, the checksum's format
  (here base64 of a hash), whether Dynamics writes the header bold and freezes panes, the
  default values of "Relationship Type" (Competitor, Consultant, Customer, Investor, Partner,
  Influencer, Press, Prospect, Reseller, Supplier, Vendor, Other, as remembered, not found in
  a stored source). No export was made for this fixture.

"Relationship Type" says where the relationship stands (Customer: an employer the WSP places
candidates with; Partner; Prospect; Supplier; Influencer; Other; some empty), not what kind
of organisation it is. "Industry" is the nearest thing to a kind. "Primary Contact" is in a
real org a contact person's name: here a role placeholder ("HR-adviseur (rol)") or empty;
"Main Phone" is in the view but left empty in every row; "Owner" holds the team's roles, not
persons.

Kinds of variation, as years of CRM entry give them: acronyms beside full names (NPO /
Nederlandse Publieke Omroep, UWV / Uitvoeringsinstituut Werknemersverzekeringen, GSF, OVGM),
an English name beside the Dutch one ("Netherlands Institute for Sound and Vision"), a
location or department after a dash, in parentheses or appended ("Amaris Gooizicht", "Vivium
Naarderheem", "Tergooi locatie Blaricum", "Tergooi MC Clinics", "gemeente Hilversum
(afdeling Werk en Inkomen)", "Gemeente Amsterdam - Stadsgebied Weesp"), capitals ("HUIZEN"),
names written together ("Erfgooierscollege"), the official CBS name ("Laren (NH)"),
municipalities as "Gemeente X", "X", "X (gemeente)" and "Gem. X - afdeling", a place written
as the village or town inside its municipality (Bussum, Naarden and Muiden in Gooise Meren,
Loosdrecht in Wijdemeren, Weesp in Amsterdam), and organisations under an earlier name:

- Gemeente Bussum, Gemeente Naarden and gemeente Muiden → Gemeente Gooise Meren (since
  1 January 2016; CBS: Bussum, Naarden and Muiden last in the 2015 classification, their
  woonplaatsen now in Gooise Meren): one organisation.
- Gemeente Weesp → Gemeente Amsterdam (Weesp a "stadsgebied" of Amsterdam since 24 March
  2022: nieuws.nl, at5.nl, nhnieuws.nl, parool.nl; CBS: woonplaats Weesp in Amsterdam): one.
- Ziekenhuis Gooi-Noord (Blaricum) and Ziekenhuis Hilversum → Tergooiziekenhuizen (1 January
  2006) → Tergooi MC, one new hospital in Hilversum since 2023, with outpatient clinics in
  Blaricum and "Tergooi MC Clinics" (elkedagwatblog.com, skipr.nl, nhnieuws.nl, abt.eu): one.
- AVRO and TROS → AVROTROS (2014; en.wikipedia.org), VARA and BNN → BNN-VARA (2014) →
  BNNVARA (one association since 1 September 2018; nl.wikipedia.org, telegraaf.nl): one each.
- Quest International (Naarden) → Givaudan (the purchase closed on 2 March 2007;
  foodnavigator.com, eleconomista.es for Quest's seat in Naarden): one organisation.

Which rows are one organisation. A location or department of an organisation is that
organisation: Amaris Gooizicht (Hilversum) and Amaris Voor Anker (Huizen) are Amaris
Zorggroep's; Vivium Naarderheem is Vivium's; ROCvA Hilversum and "MBO Horeca Hilversum" are
ROC van Amsterdam's (mbohorecahilversum.nl sends its students to rocva.nl); "Gemeente
Amsterdam - Stadsgebied Weesp" is Amsterdam. A municipality's rows are the municipality's
organisation.

Precision traps, pairs that must stay apart: NPO / NOS (both "Nederlandse … Omroep", both on
the Media Park); VARA (→ BNNVARA) / VPRO; BNNVARA / AVROTROS; Gemeente Gooise Meren /
Ondernemersvereniging Gooise Meren (OVGM); Gemeente Laren / Singer Laren (the museum in
Laren); Regio Gooi en Vechtstreek / Werkgeversservicepunt Gooi en Vechtstreek / Gooise
Scholen Federatie / Tergooi MC (all "Gooi"); the BEL Combinatie (the joint body of Blaricum,
Eemnes and Laren) / Gemeente Blaricum / Gemeente Eemnes / Gemeente Laren; Gemeente Weesp
(→ Amsterdam) / Gooise Meren (the Weespers' other choice, at5.nl); Dudok Wonen (the
housing corporation) / Gemeente Hilversum; Coen Hagedoorn / Van der Wardt Bouw (two
builders). Listed once: NOS, VPRO, BEL Combinatie, HilverZorg, Van der Wardt Bouw,
Provincie Noord-Holland, Gemeente Eemnes (province Utrecht, in the labour-market region).

Facts: names, places and websites as the organisations and public pages write them; the
municipalities, their woonplaatsen and the labour-market region as in CBS's tables
(``/work/shared/data/nl-gemeenten-regio``: Eemnes in the province of Utrecht, in
arbeidsmarktregio Gooi en Vechtstreek); the schools' names and places as in DUO's register
(``/work/shared/data/duo-instellingen``: Gooise Scholenfederatie in Bussum, Erfgooiers College
in Huizen). Looked up in stored public pages: Tomin, the werkvoorzieningsschap of the region
and Almere (hilversum.begroting-2018.nl); the arbeidsmarktregio's seven municipalities and
Hilversum as its central municipality (bijoranje.nl, hilversum.begroting-2018.nl); Amaris
Gooizicht, Voor Anker, De Eemhof, HilverZorg and Inovum (nhnieuws.nl, mapalana.nl,
laardercourant.nl); Vivium's Naarderheem in Naarden (vivium.nl); Dudok Wonen in Hilversum and
Gooise Meren and its partner Coen Hagedoorn (publicatiesdudokwonen, nul20.nl); Van der Wardt
Bouw and the BEL municipalities (laardercourant.nl); the Ondernemersvereniging Gooise Meren
(ondernemersgooisemeren.nl); Beeld en Geluid, NPO, NOS, VPRO, VARA and BNN on the Media Park
in Hilversum (mediafutureweek.nl, dudokarchitectuurcentrum.nl). A website or place not
known with certainty is left empty. No KvK number, BRIN code, person, phone number or e-mail
address is in the list. Relationship Types, owners, dates, contacts' roles and descriptions
are illustrative, and so are the GUIDs and checksums; every row is loaded with source
``illustratief`` (see ``mappings/accounts.yaml``).

``truth.csv`` says which organisation each row means (the row numbers Excel shows: the
header is row 1, the first account row 2).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import uuid
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
EXPORTED = dt.datetime(2026, 12, 2, 9, 14, 22)
VIEW = "WSP accounts Gooi en Vecht"  # an Excel sheet name has at most 31 characters
FILE = f"{VIEW} {EXPORTED.day}-{EXPORTED.month}-{EXPORTED.year} {EXPORTED:%H-%M-%S}.xlsx"

HIDDEN = ("(Do Not Modify) Account", "(Do Not Modify) Row Checksum",
          "(Do Not Modify) Modified On")
HEADERS = HIDDEN + ("Account Name", "Main Phone", "Address 1: City", "Primary Contact",
                    "Relationship Type", "Industry", "Website", "Parent Account", "Owner",
                    "Created On", "Description")

RELATIONSHIP = ("Competitor", "Consultant", "Customer", "Investor", "Partner", "Influencer",
                "Press", "Prospect", "Reseller", "Supplier", "Vendor", "Other")
GOV, EDU = "Overheid", "Onderwijs"  # the two values this WSP added to Industry
CLINIC, SOCIAL = "Doctor's Offices and Clinics", "Social Services"
MEDIA, BUILD = "Broadcasting Printing and Publishing", "Special Outbound Trade Contractors"
INDUSTRY = ("Accounting", "Agriculture and Non-petrol Natural Resource Extraction", MEDIA,
            "Brokers", "Building Supply Retail", "Business Services", "Consulting",
            "Consumer Services", "Design, Direction and Creative Management",
            "Distributors, Dispatchers and Processors", CLINIC, "Durable Manufacturing",
            "Eating and Drinking Places", "Entertainment Retail",
            "Equipment Rental and Leasing", "Financial", "Food and Tobacco Processing",
            "Inbound Capital Intensive Processing", "Inbound Repair and Services",
            "Insurance", "Legal Services", "Non-Durable Merchandise Retail",
            "Outbound Consumer Service", "Petrochemical Extraction and Distribution",
            "Service Retail", "SIG Affiliations", SOCIAL, BUILD, "Specialty Realty",
            "Transportation", "Utility Creation and Distribution", "Vehicle Retail",
            "Wholesale", GOV, EDU)

TEAM = "Teamleider WSP"                  # the Owners: the team's roles, not persons
ZORG = "Accountmanager Zorg & Welzijn"
MEDIAO = "Accountmanager Media & Creatief"
TECH = "Accountmanager Bouw & Techniek"
PUBLIC = "Accountmanager Overheid & Onderwijs"
BEHEER = "CRM-beheer"
MIGRATED = dt.datetime(2016, 3, 14, 10, 12)  # the old relations file, imported in one go

HR = "HR-adviseur (rol)"                 # Primary Contact: role placeholders, never persons
WI = "Teamleider Werk en Inkomen (rol)"
STAGE = "Stagecoördinator (rol)"
REC = "Recruiter (rol)"


def d(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


# (organisation in truth.csv, Account Name, Address 1: City, Primary Contact,
#  Relationship Type, Industry, Website, Parent Account, Owner, Created On, Description)
ACCOUNTS = [
    # municipalities
    ("hilversum", "Gemeente Hilversum", "Hilversum", WI, "Partner", GOV, "www.hilversum.nl",
     "", TEAM, d(2016, 4, 1), "centrumgemeente arbeidsmarktregio; Werkkamer"),
    ("hilversum", "gemeente Hilversum (afdeling Werk en Inkomen)", "Hilversum", WI,
     "Partner", GOV, "", "Gemeente Hilversum", PUBLIC, d(2019, 9, 23, 14, 5),
     "loonkostensubsidie, proefplaatsingen"),
    ("hilversum", "Hilversum", "Hilversum", "", "Other", "", "", "", BEHEER, MIGRATED,
     "migratie oud relatiebestand"),
    ("hilversum", "Gem. Hilversum - Economische Zaken", "Hilversum", "", "Influencer", GOV,
     "https://www.hilversum.nl", "Gemeente Hilversum", MEDIAO, d(2021, 2, 8, 11, 30),
     "Media Park, bedrijventerreinen"),
    ("gooise-meren", "Gemeente Gooise Meren", "Bussum", WI, "Partner", GOV,
     "www.gooisemeren.nl", "", TEAM, d(2016, 4, 1, 9, 5), "Bussum, Naarden, Muiden, Muiderberg"),
    ("gooise-meren", "Gooise Meren", "Naarden", "", "Other", GOV, "", "", PUBLIC,
     d(2018, 6, 12, 15, 40), ""),
    ("gooise-meren", "Gemeente Bussum", "Bussum", "", "Other", GOV, "", "",
     BEHEER, MIGRATED, "per 1-1-2016 gemeente Gooise Meren"),
    ("gooise-meren", "Gemeente Naarden", "Naarden", "", "Other", GOV, "", "", BEHEER,
     MIGRATED, "per 1-1-2016 gemeente Gooise Meren"),
    ("gooise-meren", "gemeente Muiden", "Muiden", "", "", "", "", "", BEHEER, MIGRATED, ""),
    ("huizen", "Gemeente Huizen", "Huizen", WI, "Partner", GOV, "www.huizen.nl", "", TEAM,
     d(2016, 4, 1, 9, 10), ""),
    ("huizen", "HUIZEN", "HUIZEN", "", "Other", "", "", "", BEHEER, MIGRATED, ""),
    ("blaricum", "Gemeente Blaricum", "Blaricum", "", "Partner", GOV, "", "", TEAM,
     d(2016, 4, 1, 9, 15), ""),
    ("blaricum", "Blaricum (gemeente)", "Blaricum", "", "Other", GOV, "", "", BEHEER,
     MIGRATED, ""),
    ("laren", "Gemeente Laren", "Laren", "", "Partner", GOV, "", "", TEAM,
     d(2016, 4, 1, 9, 20), ""),
    ("laren", "Laren (NH)", "Laren", "", "Other", GOV, "", "", BEHEER, d(2020, 1, 6, 8, 45),
     "naam zoals CBS"),
    ("eemnes", "Gemeente Eemnes", "Eemnes", "", "Partner", GOV, "", "", TEAM,
     d(2016, 4, 1, 9, 25), "provincie Utrecht, wel arbeidsmarktregio Gooi en Vechtstreek"),
    ("wijdemeren", "Gemeente Wijdemeren", "Loosdrecht", WI, "Partner", GOV, "", "", TEAM,
     d(2016, 4, 1, 9, 30), ""),
    ("wijdemeren", "Wijdemeren", "", "", "Other", "", "", "", BEHEER, MIGRATED, ""),
    ("wijdemeren", "Gem. Wijdemeren", "Loosdrecht", "", "Influencer", GOV, "", "", PUBLIC,
     d(2022, 10, 17, 13, 0), "recreatie en horeca Loosdrechtse Plassen"),
    ("amsterdam", "Gemeente Amsterdam", "Amsterdam", "", "Influencer", GOV,
     "www.amsterdam.nl", "", TEAM, d(2022, 3, 28, 10, 0), "sinds 24-3-2022 incl. Weesp"),
    ("amsterdam", "Gemeente Weesp", "Weesp", WI, "Partner", GOV, "", "", TEAM,
     d(2017, 5, 2, 10, 20), "per 24-3-2022 opgegaan in Amsterdam"),
    ("amsterdam", "Gemeente Amsterdam - Stadsgebied Weesp", "Weesp", WI, "Partner", GOV, "",
     "Gemeente Amsterdam", PUBLIC, d(2022, 4, 11, 9, 0), "overdracht werkgeverscontacten Weesp"),
    # regional and public bodies
    ("pnh", "Provincie Noord-Holland", "Haarlem", "", "Influencer", GOV,
     "www.noord-holland.nl", "", TEAM, d(2019, 11, 4, 16, 0), "subsidie scholing"),
    ("uwv", "UWV", "", "", "Partner", GOV, "www.uwv.nl", "", TEAM, d(2016, 4, 1, 10, 0),
     "werkgeversdienstverlening samen met UWV"),
    ("uwv", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)", "", "", "Partner", "", "",
     "", BEHEER, MIGRATED, ""),
    ("regio-gv", "Regio Gooi en Vechtstreek", "", "", "Partner", GOV, "", "", TEAM,
     d(2016, 4, 1, 10, 5), "samenwerking van de Gooise gemeenten"),
    ("regio-gv", "Regio G&V", "", "", "Other", GOV, "", "", BEHEER, MIGRATED, ""),
    ("regio-gv", "Regio Gooi & Vechtstreek", "", "", "Influencer", "", "", "",
     PUBLIC, d(2023, 1, 16, 14, 20), "arbeidsmarktregio, regionaal werkbedrijf"),
    ("wsp-gv", "Werkgeversservicepunt Gooi en Vechtstreek", "", "", "Other", GOV,
     "", "", BEHEER, d(2016, 4, 1, 8, 0), "eigen organisatie (voor evenementen en mailings)"),
    ("wsp-gv", "WSP Gooi & Vecht", "", "", "Other", "", "", "", TEAM, d(2020, 9, 1, 9, 0), ""),
    ("tomin", "Tomin", "", "", "Supplier", SOCIAL, "", "", TEAM, d(2016, 4, 1, 10, 10),
     "werkvoorzieningsschap, detachering Wsw"),
    ("tomin", "Werkvoorzieningsschap Tomin", "", "", "Supplier", SOCIAL, "", "", BEHEER,
     MIGRATED, "GR Gooi en Vechtstreek en Almere"),
    ("bel", "BEL Combinatie", "", "", "Other", GOV, "", "", PUBLIC, d(2017, 2, 20, 11, 0),
     "ambtelijke organisatie Blaricum, Eemnes, Laren"),
    # schools
    ("rocva", "ROC van Amsterdam", "Amsterdam", STAGE, "Partner", EDU, "www.rocva.nl", "",
     PUBLIC, d(2016, 5, 9, 13, 0), "mbo; bbl-trajecten"),
    ("rocva", "ROCvA Hilversum", "Hilversum", STAGE, "Partner", EDU, "", "ROC van Amsterdam",
     PUBLIC, d(2018, 9, 3, 10, 30), ""),
    ("rocva", "MBO Horeca Hilversum", "Hilversum", STAGE, "Partner", EDU,
     "mbohorecahilversum.nl", "ROC van Amsterdam", MEDIAO, d(2021, 8, 30, 15, 0),
     "leerbedrijven horeca"),
    ("gsf", "Gooise Scholen Federatie", "Bussum", "", "Partner", EDU, "", "", PUBLIC,
     d(2017, 10, 2, 9, 45), "vo; praktijkonderwijs en vmbo stages"),
    ("gsf", "GSF", "Bussum", "", "Other", EDU, "", "", BEHEER, MIGRATED, ""),
    ("erfgooiers", "Erfgooiers College", "Huizen", STAGE, "Prospect", EDU, "", "", PUBLIC,
     d(2024, 3, 18, 11, 15), ""),
    ("erfgooiers", "Erfgooierscollege", "Huizen", "", "Other", "", "", "", BEHEER, MIGRATED,
     ""),
    # care
    ("tergooi", "Tergooi MC", "Hilversum", HR, "Customer", CLINIC, "www.tergooi.nl", "",
     ZORG, d(2023, 6, 5, 9, 0), "nieuw ziekenhuis Hilversum; facilitair, zorgassistenten"),
    ("tergooi", "Tergooi", "Hilversum", HR, "Customer", CLINIC, "", "", ZORG,
     d(2016, 4, 12, 14, 0), ""),
    ("tergooi", "Tergooiziekenhuizen", "Blaricum", "", "Customer", CLINIC, "", "", BEHEER,
     MIGRATED, "locaties Blaricum en Hilversum"),
    ("tergooi", "Tergooi locatie Blaricum", "Blaricum", "", "Customer", CLINIC, "",
     "Tergooi MC", ZORG, d(2023, 7, 10, 10, 0), "poliklinieken"),
    ("tergooi", "Tergooi MC Clinics", "Hilversum", "", "Prospect", CLINIC, "", "Tergooi MC",
     ZORG, d(2024, 2, 12, 13, 30), ""),
    ("tergooi", "Ziekenhuis Gooi-Noord", "Blaricum", "", "", "", "", "", BEHEER, MIGRATED,
     "nu Tergooi"),
    ("amaris", "Amaris Zorggroep", "", HR, "Customer", SOCIAL, "www.amaris.nl", "", ZORG,
     d(2016, 6, 20, 10, 0), "ouderenzorg; leerwerktrajecten helpende"),
    ("amaris", "Amaris Gooizicht", "Hilversum", "", "Customer", SOCIAL, "",
     "Amaris Zorggroep", ZORG, d(2021, 2, 15, 9, 30), "revalidatie"),
    ("amaris", "Amaris Voor Anker", "Huizen", "", "Customer", SOCIAL, "", "Amaris Zorggroep",
     ZORG, d(2019, 4, 8, 11, 0), ""),
    ("vivium", "Vivium Zorggroep", "", HR, "Customer", SOCIAL, "www.vivium.nl", "", ZORG,
     d(2016, 6, 20, 10, 30), ""),
    ("vivium", "Vivium Naarderheem", "Naarden", "", "Customer", SOCIAL, "",
     "Vivium Zorggroep", ZORG, d(2020, 11, 2, 14, 0), "revalidatiecentrum, nieuwbouw"),
    ("vivium", "Vivium", "", "", "Other", "", "vivium.nl", "", BEHEER, MIGRATED, ""),
    ("hilverzorg", "HilverZorg", "Hilversum", "", "Prospect", SOCIAL, "", "", ZORG,
     d(2022, 5, 23, 10, 0), ""),
    # housing, builders
    ("dudok", "Dudok Wonen", "Hilversum", "", "Customer", "Specialty Realty", "", "", TECH,
     d(2018, 1, 22, 9, 0), "woningcorporatie; onderhoud via ketenpartners"),
    ("dudok", "Woningcorporatie Dudok Wonen", "Hilversum", "", "Other", "", "", "", BEHEER,
     MIGRATED, ""),
    ("hagedoorn", "Coen Hagedoorn", "", REC, "Customer", BUILD, "", "", TECH,
     d(2019, 3, 11, 15, 0), "ketenpartner Dudok Wonen; bbl timmeren"),
    ("hagedoorn", "Coen Hagedoorn Bouw", "", "", "Prospect", BUILD, "", "", BEHEER,
     MIGRATED, ""),
    ("wardt", "Van der Wardt Bouw", "", "", "Prospect", BUILD, "", "", TECH,
     d(2023, 9, 4, 10, 0), "woonzorgcentrum Eemnes"),
    # media (Media Park, Hilversum)
    ("npo", "NPO", "Hilversum", HR, "Customer", MEDIA, "www.npo.nl", "", MEDIAO,
     d(2016, 9, 12, 10, 0), "Media Park; techniek en facilitair"),
    ("npo", "Nederlandse Publieke Omroep (NPO)", "Hilversum", "", "Customer", MEDIA, "", "",
     BEHEER, MIGRATED, ""),
    ("npo", "npo hilversum", "", "", "Other", "", "", "", MEDIAO, d(2022, 1, 17, 16, 45), ""),
    ("nos", "NOS", "Hilversum", "", "Prospect", MEDIA, "", "", MEDIAO, d(2024, 10, 7, 9, 0),
     "kennismaking"),
    ("avrotros", "AVROTROS", "Hilversum", HR, "Customer", MEDIA, "", "", MEDIAO,
     d(2016, 9, 12, 10, 30), ""),
    ("avrotros", "AVRO", "Hilversum", "", "Customer", MEDIA, "", "", BEHEER, MIGRATED,
     "sinds 2014 AVROTROS"),
    ("avrotros", "TROS", "Hilversum", "", "", "", "", "", BEHEER, MIGRATED, ""),
    ("bnnvara", "BNNVARA", "Hilversum", HR, "Customer", MEDIA, "", "", MEDIAO,
     d(2018, 10, 1, 11, 0), ""),
    ("bnnvara", "BNN-VARA", "Hilversum", "", "Customer", MEDIA, "", "", MEDIAO,
     d(2016, 9, 12, 11, 0), "samenwerkingsomroep BNN en VARA"),
    ("bnnvara", "VARA", "Hilversum", "", "Other", MEDIA, "", "", BEHEER, MIGRATED, ""),
    ("vpro", "VPRO", "Hilversum", "", "Prospect", MEDIA, "", "", MEDIAO, d(2025, 2, 3, 10, 0),
     ""),
    ("beeld-en-geluid", "Beeld en Geluid", "Hilversum", STAGE, "Partner", MEDIA, "", "",
     MEDIAO, d(2017, 3, 6, 13, 0), "archief en museum; stages mediabeheer"),
    ("beeld-en-geluid", "Nederlands Instituut voor Beeld en Geluid", "Hilversum", "",
     "Partner", MEDIA, "", "", BEHEER, MIGRATED, ""),
    ("beeld-en-geluid", "Netherlands Institute for Sound and Vision", "Hilversum", "",
     "Other", MEDIA, "", "", MEDIAO, d(2023, 11, 20, 15, 30), "Media Future Week"),
    # other employers and partners
    ("givaudan", "Givaudan", "", REC, "Customer", "Food and Tobacco Processing",
     "www.givaudan.com", "", TECH, d(2017, 8, 14, 10, 0), "geur- en smaakstoffen; operators"),
    ("givaudan", "Quest International", "Naarden", "", "Customer",
     "Food and Tobacco Processing", "", "", BEHEER, MIGRATED, "overgenomen door Givaudan"),
    ("givaudan", "Quest Int. Naarden", "Naarden", "", "", "", "", "", BEHEER, MIGRATED, ""),
    ("singer", "Singer Laren", "Laren", "", "Prospect", "Consumer Services", "", "", MEDIAO,
     d(2024, 5, 27, 14, 0), "museum en theater; gastheerschap"),
    ("singer", "Singer Laren (museum)", "Laren", "", "Other", "", "", "", BEHEER,
     d(2024, 6, 3, 9, 30), "dubbel?"),
    ("ovgm", "Ondernemersvereniging Gooise Meren", "", "", "Partner", "Business Services",
     "", "", TEAM, d(2018, 4, 16, 19, 0), "netwerkbijeenkomsten"),
    ("ovgm", "OVGM", "", "", "Influencer", "", "", "", BEHEER, d(2018, 4, 16, 19, 5), ""),
]


def _modified(created: dt.datetime, n: int) -> dt.datetime:
    """An illustrative Modified On: after Created On, before the export."""
    later = created + dt.timedelta(days=40 + 37 * n, hours=n % 9)
    return min(later, EXPORTED - dt.timedelta(days=1 + n % 20, hours=n % 5))


def rows() -> list[tuple[str, list]]:
    """(organisation, cells) per account row, in the view's order (Account Name)."""
    out = []
    for n, (org, name, city, contact, rel, industry, web, parent, owner, created,
            note) in enumerate(sorted(ACCOUNTS, key=lambda a: a[1].casefold()), start=1):
        record = uuid.uuid5(uuid.NAMESPACE_URL, f"account/{name}")  # illustrative ids
        checksum = base64.b64encode(hashlib.sha1(f"{name}|{n}".encode()).digest()).decode()
        modified = max(_modified(created, n), created)
        out.append((org, [str(record), checksum, modified, name, None, city or None,
                          contact or None, rel or None, industry or None, web or None,
                          parent or None, owner, created, note or None]))
    return out


def main() -> None:
    names = [a[1] for a in ACCOUNTS]
    assert len(set(names)) == len(names), "one name, one account"
    parents = {a[7] for a in ACCOUNTS if a[7]}
    assert parents <= set(names), f"a Parent Account is an account: {parents - set(names)}"
    assert all(a[4] in RELATIONSHIP + ("",) and a[5] in INDUSTRY + ("",) for a in ACCOUNTS)

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = VIEW
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    table = rows()
    for _org, cells in table:
        ws.append(cells)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "d-m-yyyy h:mm"
    for column in "ABC":
        ws.column_dimensions[column].hidden = True
    for column, width in zip("DEFGHIJKLMN", (44, 14, 16, 30, 18, 30, 28, 30, 30, 16, 48),
                             strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "D2"

    # The option sets as drop-downs, drawing on the lists in the very hidden sheet.
    hidden = book.create_sheet("hiddenSheet")
    hidden.sheet_state = "veryHidden"
    hidden["A1"] = "account"
    hidden["B1"] = VIEW
    for i, value in enumerate(RELATIONSHIP, start=2):
        hidden.cell(row=i, column=1, value=value)
    for i, value in enumerate(INDUSTRY, start=2):
        hidden.cell(row=i, column=2, value=value)
    last = len(table) + 1
    for column, letter, count in (("H", "A", len(RELATIONSHIP)), ("I", "B", len(INDUSTRY))):
        check = DataValidation(type="list", allow_blank=True,
                               formula1=f"hiddenSheet!${letter}$2:${letter}${count + 1}")
        ws.add_data_validation(check)
        check.add(f"{column}2:{column}{last}")

    book.properties.creator = "Dynamics 365 (illustratief)"
    book.properties.created = book.properties.modified = EXPORTED
    book.save(HERE / FILE)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            writer.writerow([number, org])


if __name__ == "__main__":
    main()
