"""Write the thirty-fifth held-out organisation list: a Microsoft Outlook contacts export
("Contactpersonen WSP Gooi en Vechtstreek.csv") and truth.csv beside this script.

    python tests/data/messy/crm-thirtyfifth/maak_export.py

The shared contacts folder of a werkgeversservicepunt in Gooi en Vechtstreek (Hilversum,
Huizen, Gooise Meren, Wijdemeren, Laren, Blaricum, and Weesp, part of Amsterdam since 2022),
exported from classic Outlook for Windows with the Import/Export wizard ("Exporteren naar
een bestand", "Door komma's gescheiden waarden"). The folder is illustrative: no real
werkgeversservicepunt's folder is copied. One contact per person, so several per
organisation, each typed by another account manager over the years: the organisation in
"Company" (in full, abbreviated, with a legal form, with a department or location after it,
in small letters, under an old name, in English), sometimes a department in "Department",
the municipality or the village in "Business City" (or nothing), the colleague's own
categories in "Categories" ("Werkgever;Zorg", "Gemeente", "Overheid", "Onderwijs", "WSP",
...; one or two per contact, or none), sometimes a website in "Web Page" and a remark in
"Notes" (on one or two contacts over more than one line).

No personal data: every person column is empty or "anoniem" ("First Name" empty, "Last
Name" "anoniem" or empty; "Middle Name", "Title", "Suffix", "Initials" empty), "E-mail
Address" is empty or an organisation's generic info@ address (with "E-mail Type" "SMTP"
and "E-mail Display Name" the same address, as Outlook fills it for a contact without a
name), no phone number in any phone column, no home address, no birthday. "Job Title"
holds a role ("Accountmanager", "HR-adviseur"), never a person. The remarks name no one.

The file as Outlook writes it (what was checked, and what not; no network here, stored
public pages and repositories only):

- checked, in several public repositories that write or read Outlook's contacts CSV (a
  Python script converting an export to JSON, a Java CRM's commented "Full MS-OUTLOOK CSV
  Header", a script writing a CSV for Outlook to import, a JavaScript converter's notes):
  the 92 columns in their order, from "Title", "First Name", "Middle Name", "Last Name",
  "Suffix", "Company", "Department", "Job Title", "Business Street" (2, 3), "Business
  City", "Business State", "Business Postal Code", "Business Country/Region", the Home and
  Other addresses, 19 phone columns, "Account", "Anniversary", ..., "Categories", ...,
  "E-mail Address", "E-mail Type", "E-mail Display Name" (and 2 and 3), ..., "Notes", ...,
  "Priority", "Private", ..., "Sensitivity", "Spouse", "User 1" to "User 4", "Web Page";
  the header written quoted; and in one script that writes rows the way an export has
  them: the eight text columns from "Title" to "Job Title", "Account", "Initials",
  "Keywords", "Language" and "Location" always quoted (also when empty, as ""), other
  empty cells not quoted at all, "Anniversary" and "Birthday" as "0/0/00" when not set,
  "Gender" "Unspecified", "Priority" "Normal", "Private" "False", "Sensitivity" "Normal",
  "E-mail Type" "SMTP". An older Outlook wrote "Business Country" rather than
  "Business Country/Region" (one repository): this file has the newer header.
- not checked, from general knowledge, the plausible choice taken: the encoding, the
  Windows code page of a Dutch Windows (Windows-1252, no BOM: "–", "é" and "ë" as single
  bytes); lines ending in CRLF, and a line break inside a quoted "Notes" cell as CRLF too;
  the headers in English (an English-language Outlook; a Dutch-language Outlook writes
  translated headers, which this list does not try); several categories in one cell joined
  by ";" (as the brief of this list says an export writes them: no stored export seen);
  the file's name (the wizard proposes the folder's name; classic Outlook gives it the
  extension ".CSV" in capitals, here ".csv" in small letters, as a user renaming it or a
  newer Windows would; see dataset.yaml); the contacts in the folder's order (the order
  they were made in, here a fixed shuffle).

No register number: Outlook's contact has no field for a KvK number or BRIN code (only the
free "Organizational ID Number", "Account" and "User 1-4", which the colleagues left empty),
so no row has one.

Organisations under an earlier name (as remembered, not checked in a stored source): Bussum,
Naarden and Muiden → Gooise Meren (1 January 2016); Weesp → Amsterdam (24 March 2022);
Solvay Pharmaceuticals (Weesp) → Abbott (2010); Tergooiziekenhuizen → Tergooi → Tergooi MC
(the hospital in Hilversum since 2022; the location in Blaricum closed). A contact under the
old name was never updated; the colleague meant the organisation it is now, so the row is
the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
location, department, team or service of an organisation is that organisation (a
municipality's team is the municipality; "Gemeente Amsterdam, stadsgebied Weesp" is
Amsterdam; UWV WERKbedrijf Hilversum is UWV; MBO College Hilversum is the ROC van Amsterdam's
college; Vivium Naarderheem and Hogewey are Vivium Zorggroep's; the Brandweer Gooi en
Vechtstreek is the Veiligheidsregio's; NOS Nieuws is the NOS; a police team is the
Politie). Apart stay bodies the WSP deals with as partners of their own: the BEL
Combinatie (the joint work organisation of Blaricum, Eemnes and Laren) and each of its
municipalities; the Regio Gooi en Vechtstreek, its GGD and the Veiligheidsregio; the WSP
Gooi en Vechtstreek and the WSP Groot Amsterdam; the Gooise Scholen Federatie and its
schools Huizermaat and the Erfgooiers College; Randstad and Tempo-Team (of the same
group); NPO and NOS; RTL Nederland and Talpa Network; Tergooi MC and Meander Medisch
Centrum.

Precision traps: Hilversum (the municipality and HilverZorg; and the Media Park: NPO, NOS,
RTL, Talpa, Beeld en Geluid, Nike's European headquarters); Laren (the municipality, the
BEL Combinatie, Singer Laren); "Gooi" (Gooise Meren, the Gooise Scholen Federatie, the
Goois Natuurreservaat, Het Gooi en Omstreken, Tergooi, the Regio, GGD and Veiligheidsregio
Gooi en Vechtstreek, the WSP); Huizen (the municipality, Huizermaat, the Erfgooiers
College, Vivium); Weesp (Amsterdam, Abbott, Hogewey); Muiden (Gooise Meren, the
Muiderslot); 's-Graveland (Wijdemeren, Natuurmonumenten).

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a place or website not known with certainty is
left empty (as colleagues often left it). Every row is loaded with source ``illustratief``
(see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first contact row 2; a contact whose "Notes" run over two lines is
still one row). A municipality's rows, and the rows of the municipalities it took over, are
the municipality's organisation. A contact that names no organisation (a self-employed job
coach with "Company" empty; "zzp") is not in truth.csv.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Contactpersonen WSP Gooi en Vechtstreek.csv"

HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3",
    "Business City", "Business State", "Business Postal Code", "Business Country/Region",
    "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State",
    "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code",
    "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone",
    "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax",
    "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone",
    "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
    "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server",
    "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
    "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
    "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby",
    "Home Address PO Box", "Initials", "Internet Free Busy", "Keywords", "Language",
    "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
    "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3",
    "User 4", "Web Page"]
ALWAYS_QUOTED = {"Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
                 "Department", "Job Title", "Account", "Initials", "Keywords", "Language",
                 "Location"}
FIXED = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Unspecified",
         "Priority": "Normal", "Private": "False", "Sensitivity": "Normal"}

# (Company, Department, Job Title, Business City, Categories, Web Page, e-mail (generic
#  info@ or ""), Notes, truth id or "" for a contact that names no organisation).
# Grouped by organisation here; the export has them in the folder's order (see ordered()).
G, OV, W, ON, WZ = "Gemeente", "Overheid", "Werkgever", "Onderwijs", "Werkgever;Zorg"
CONTACTS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Hilversum", "Werk en Inkomen", "Beleidsadviseur", "Hilversum", G,
     "www.hilversum.nl", "", "", "hilversum"),
    ("Gemeente Hilversum - Team Werkgeversdienstverlening", "", "Accountmanager",
     "Hilversum", "Gemeente;WSP", "", "", "", "hilversum"),
    ("gemeente hilversum", "", "Klantmanager", "", G, "", "", "", "hilversum"),
    ("Hilversum", "Economische Zaken", "Bedrijfscontactfunctionaris", "Hilversum", G, "",
     "", "", "hilversum"),
    ("Gemeente Huizen", "", "Beleidsmedewerker participatie", "Huizen", G, "www.huizen.nl",
     "", "", "huizen"),
    ("Gem. Huizen", "Sociaal Domein", "Consulent werk", "Huizen", G, "", "", "", "huizen"),
    ("Gemeente Huizen (afd. Participatie)", "", "Jobcoach", "", "", "", "", "", "huizen"),
    ("Gemeente Gooise Meren", "", "Accountmanager ondernemers", "Bussum", G,
     "www.gooisemeren.nl", "", "", "gooise-meren"),
    ("Gooise Meren", "Economie", "Beleidsmedewerker economie", "Naarden", G, "", "", "",
     "gooise-meren"),
    ("Gemeente Bussum", "Sociale Zaken", "Consulent", "Bussum", G, "", "", "",
     "gooise-meren"),
    ("Gemeente Naarden", "", "Beleidsmedewerker", "Naarden", G, "", "",
     "Contact uit het oude bestand", "gooise-meren"),
    ("Gem. Gooise Meren", "Werk & Inkomen", "Klantmanager", "", G, "", "", "",
     "gooise-meren"),
    ("Gemeente Wijdemeren", "", "Beleidsmedewerker sociaal domein", "Loosdrecht", G,
     "www.wijdemeren.nl", "", "", "wijdemeren"),
    ("Wijdemeren", "Sociaal Domein", "Consulent werk", "Kortenhoef", G, "", "", "",
     "wijdemeren"),
    ("Gemeente Wijdemeren", "", "Medewerker economische zaken", "", "", "", "", "",
     "wijdemeren"),
    ("Gemeente Laren", "", "Beleidsmedewerker economie", "Laren", G, "www.laren.nl", "", "",
     "laren"),
    ("Gemeente Laren NH", "", "Wethoudersondersteuning", "Laren", G, "", "", "", "laren"),
    ("Gemeente Blaricum", "", "Beleidsmedewerker", "Blaricum", G, "www.blaricum.nl", "", "",
     "blaricum"),
    ("gemeente Blaricum", "Economische zaken", "Adviseur", "Blaricum", OV, "", "", "",
     "blaricum"),
    ("BEL Combinatie", "Team Werk en Inkomen", "Klantmanager", "Blaricum", G, "", "", "",
     "bel-combinatie"),
    ("BEL-combinatie (Blaricum, Eemnes, Laren)", "", "Accountmanager werk", "Blaricum", OV,
     "", "", "", "bel-combinatie"),
    ("Werkorganisatie BEL Combinatie", "", "Beleidsadviseur participatie", "", G, "", "",
     "", "bel-combinatie"),
    ("Gemeente Weesp", "", "Consulent werk", "Weesp", G, "", "",
     "Weesp is sinds 2022 Amsterdam, contact nog checken", "amsterdam"),
    ("Gemeente Amsterdam, stadsgebied Weesp", "", "Gebiedsadviseur", "Weesp", G, "", "", "",
     "amsterdam"),
    ("Gemeente Amsterdam", "Werk, Participatie en Inkomen", "Accountmanager", "Amsterdam",
     G, "www.amsterdam.nl", "", "", "amsterdam"),
    # regional and public bodies
    ("Regio Gooi en Vechtstreek", "", "Programmamanager arbeidsmarkt", "", OV,
     "www.regiogv.nl", "", "", "regio-gv"),
    ("Regio G&V", "Regionaal Werkbedrijf", "Projectleider", "", OV, "", "", "", "regio-gv"),
    ("Gemeenschappelijke Regeling Regio Gooi en Vechtstreek", "", "Beleidsadviseur", "", OV,
     "", "", "", "regio-gv"),
    ("GGD Gooi en Vechtstreek", "", "Adviseur gezondheid en werk", "", OV, "", "", "",
     "ggd-gv"),
    ("GGD Gooi & Vechtstreek", "Jeugdgezondheidszorg", "Teamleider", "", "Overheid;Zorg",
     "", "", "", "ggd-gv"),
    ("GGD G&V", "", "HR-adviseur", "", OV, "", "", "", "ggd-gv"),
    ("Veiligheidsregio Gooi en Vechtstreek", "", "HR-adviseur", "", OV, "", "", "", "vrgv"),
    ("Brandweer Gooi en Vechtstreek", "", "Coördinator vrijwilligers", "", OV, "", "", "",
     "vrgv"),
    ("Werkgeversservicepunt Gooi en Vechtstreek", "", "Teamleider", "", "WSP;Intern", "",
     "", "", "wsp-gv"),
    ("WSP Gooi & Vechtstreek", "", "Accountmanager", "", "WSP", "", "", "", "wsp-gv"),
    ("WSP G&V", "Accountmanagers", "Accountmanager", "", "WSP;Intern", "", "", "",
     "wsp-gv"),
    ("WSP Groot Amsterdam", "", "Accountmanager", "Amsterdam", "WSP", "", "", "",
     "wsp-ga"),
    ("Werkgeversservicepunt Groot Amsterdam", "", "Teamleider", "Amsterdam", "WSP", "", "",
     "Afstemming over werkgevers in Weesp", "wsp-ga"),
    ("UWV", "Werkgeversdienstverlening", "Adviseur werk", "Hilversum", OV, "www.uwv.nl", "",
     "", "uwv"),
    ("UWV WERKbedrijf Hilversum", "", "Accountmanager", "Hilversum", OV, "", "", "", "uwv"),
    ("UWV Gooi en Vechtstreek", "", "Arbeidsdeskundige", "", OV, "", "", "", "uwv"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "", "Adviseur", "Amsterdam", OV, "", "",
     "", "uwv"),
    ("Provincie Noord-Holland", "", "Beleidsmedewerker economie", "Haarlem", OV,
     "www.noord-holland.nl", "", "", "pnh"),
    ("Prov. Noord-Holland", "Economie", "Adviseur arbeidsmarkt", "Haarlem", OV, "", "", "",
     "pnh"),
    ("Politie Midden-Nederland", "", "Recruiter", "Hilversum", OV, "www.politie.nl", "", "",
     "politie"),
    ("Politie eenheid Midden-Nederland", "", "HR-adviseur", "Utrecht", OV, "", "", "",
     "politie"),
    ("Nationale Politie", "Eenheid Midden-Nederland", "Wijkagent", "Hilversum", OV, "", "",
     "", "politie"),
    # schools
    ("MBO College Hilversum", "", "Praktijkopleider", "Hilversum", ON, "", "", "", "rocva"),
    ("ROC van Amsterdam - MBO College Hilversum", "", "Stagecoördinator", "Hilversum", ON,
     "www.rocva.nl", "", "", "rocva"),
    ("ROC van Amsterdam – Flevoland", "MBO College Hilversum", "Teamleider zorg",
     "Amsterdam", ON, "", "", "", "rocva"),
    ("ROCvA", "Bedrijfsopleidingen / BBL", "Accountmanager", "", ON, "", "", "", "rocva"),
    ("Gooise Scholen Federatie", "", "Bestuurssecretaris", "", ON, "", "", "", "gsf"),
    ("GSF (Gooise Scholen Federatie)", "", "Beleidsmedewerker", "", ON, "", "", "", "gsf"),
    ("Stichting Gooise Scholen Federatie", "", "HR-adviseur", "", ON, "", "", "", "gsf"),
    ("Huizermaat", "", "Decaan", "Huizen", ON, "", "", "", "huizermaat"),
    ("SG Huizermaat", "", "Stagecoördinator", "Huizen", ON, "", "", "", "huizermaat"),
    ("Huizermaat (GSF)", "", "Coördinator LOB", "Huizen", ON, "", "", "", "huizermaat"),
    ("Erfgooiers College", "", "Decaan", "Huizen", ON, "", "", "", "erfgooiers"),
    ("Het Erfgooiers College", "Stagebureau", "Stagecoördinator", "Huizen", ON, "", "", "",
     "erfgooiers"),
    # care
    ("Tergooi MC", "", "Recruiter", "Hilversum", WZ, "www.tergooimc.nl", "", "", "tergooi"),
    ("Tergooi", "HR / Leerhuis", "Opleidingsadviseur", "Hilversum", WZ, "", "", "",
     "tergooi"),
    ("Tergooiziekenhuizen", "", "Praktijkopleider", "Blaricum", WZ, "", "", "", "tergooi"),
    ("Tergooi Medisch Centrum", "", "HR-adviseur", "Hilversum", "Zorg", "", "", "",
     "tergooi"),
    ("Ziekenhuis Tergooi locatie Blaricum", "", "Leidinggevende facilitair", "Blaricum", WZ,
     "", "", "Locatie Blaricum gesloten, nu alles in Hilversum", "tergooi"),
    ("Meander Medisch Centrum", "", "Recruiter", "Amersfoort", WZ, "www.meandermc.nl", "",
     "", "meander"),
    ("Amaris Zorggroep", "", "Recruiter", "", WZ, "", "", "", "amaris"),
    ("Amaris", "Leerhuis", "Praktijkopleider", "Hilversum", WZ, "", "", "", "amaris"),
    ("Amaris zorggroep", "", "HR-adviseur", "", "Zorg", "", "", "", "amaris"),
    ("Vivium Zorggroep", "", "Recruiter", "Huizen", WZ, "www.vivium.nl", "", "", "vivium"),
    ("Vivium Naarderheem", "", "Praktijkopleider", "Naarden", WZ, "", "", "", "vivium"),
    ("Hogewey (Vivium)", "", "Teamleider", "Weesp", WZ, "", "", "", "vivium"),
    ("Vivium zorggroep", "Opleidingen", "Opleidingsadviseur", "", "Zorg", "", "", "",
     "vivium"),
    ("HilverZorg", "", "Recruiter", "Hilversum", WZ, "", "", "", "hilverzorg"),
    ("Hilverzorg", "Wijkverpleging", "Teamcoach", "", WZ, "", "", "", "hilverzorg"),
    ("Stichting HilverZorg", "", "HR-adviseur", "Hilversum", "Zorg", "", "", "",
     "hilverzorg"),
    # housing
    ("Dudok Wonen", "", "Medewerker sociaal beheer", "Hilversum", "Werkgever;Wonen",
     "www.dudokwonen.nl", "", "", "dudok-wonen"),
    ("Woningcorporatie Dudok Wonen", "", "HR-adviseur", "Hilversum", "Wonen", "", "", "",
     "dudok-wonen"),
    ("Het Gooi en Omstreken", "", "Medewerker wijkbeheer", "Hilversum", "Wonen", "", "", "",
     "gooi-en-omstreken"),
    ("Woningstichting Het Gooi en Omstreken", "", "HR-adviseur", "", "Werkgever;Wonen", "",
     "", "", "gooi-en-omstreken"),
    ("Gooi en Omstreken", "", "Projectleider", "Hilversum", "Wonen", "", "", "",
     "gooi-en-omstreken"),
    # media
    ("NPO", "", "Recruiter", "Hilversum", "Werkgever;Media", "www.npo.nl", "", "", "npo"),
    ("Nederlandse Publieke Omroep", "HR", "HR-adviseur", "Hilversum", "Werkgever;Media", "",
     "", "", "npo"),
    ("NPO (Mediapark)", "", "Talentontwikkeling", "Hilversum", "Media", "", "", "", "npo"),
    ("NOS", "", "Recruiter", "Hilversum", "Werkgever;Media", "www.nos.nl", "", "", "nos"),
    ("NOS Nieuws", "", "Coördinator stages", "Hilversum", "Media", "", "", "", "nos"),
    ("Nederlandse Omroep Stichting", "", "HR-adviseur", "Hilversum", "Werkgever;Media", "",
     "", "", "nos"),
    ("RTL Nederland", "", "Recruiter", "Hilversum", "Werkgever;Media", "www.rtl.nl", "", "",
     "rtl"),
    ("RTL Nederland B.V.", "", "HR Business Partner", "Hilversum", "Werkgever;Media", "",
     "", "", "rtl"),
    ("RTL", "Recruitment", "Talent Acquisition", "Hilversum", "Media", "", "", "", "rtl"),
    ("Talpa Network", "", "Recruiter", "Hilversum", "Werkgever;Media", "", "", "", "talpa"),
    ("Talpa", "", "HR-adviseur", "Hilversum", "Media", "", "", "", "talpa"),
    ("Nederlands Instituut voor Beeld en Geluid", "", "HR-adviseur", "Hilversum",
     "Werkgever;Cultuur", "www.beeldengeluid.nl", "", "", "beeld-en-geluid"),
    ("Beeld & Geluid", "", "Coördinator vrijwilligers", "Hilversum", "Cultuur", "", "", "",
     "beeld-en-geluid"),
    ("Beeld en Geluid", "", "Projectleider educatie", "", "Cultuur", "", "", "",
     "beeld-en-geluid"),
    # employers
    ("Nike European Headquarters", "", "Talent Acquisition", "Hilversum", W,
     "www.nike.com", "", "", "nike"),
    ("Nike EHQ", "", "HR Business Partner", "Hilversum", W, "", "", "", "nike"),
    ("Nike Europe Holding B.V.", "", "Recruiter", "Hilversum", W, "", "", "", "nike"),
    ("Nike", "HR", "Diversity & Inclusion", "", W, "", "", "", "nike"),
    ("Tomin", "", "Jobcoach", "", "Werkgever;SW-bedrijf", "", "", "", "tomin"),
    ("Tomingroep", "", "Accountmanager", "", "SW-bedrijf", "", "", "", "tomin"),
    ("Tomingroep (sociaal werkbedrijf)", "", "Teamleider detachering", "",
     "Werkgever;SW-bedrijf", "", "",
     "Detachering en beschut werk.\nAfspraken lopen via de regio.", "tomin"),
    ("Abbott", "", "Recruiter", "Weesp", W, "", "", "", "abbott"),
    ("Abbott Healthcare Products B.V.", "", "HR-adviseur", "Weesp", W, "", "", "",
     "abbott"),
    ("Solvay Pharmaceuticals", "", "Personeelszaken", "Weesp", W, "", "", "", "abbott"),
    ("Randstad", "Vestiging Hilversum", "Intercedent", "Hilversum", "Uitzendbureau",
     "www.randstad.nl", "", "", "randstad"),
    ("Randstad Hilversum", "", "Accountmanager", "Hilversum", "Uitzendbureau", "", "", "",
     "randstad"),
    ("Randstad Nederland", "", "Accountmanager publieke sector", "Diemen", "Uitzendbureau",
     "", "", "", "randstad"),
    ("Tempo-Team", "", "Intercedent", "Hilversum", "Uitzendbureau", "www.tempo-team.nl",
     "", "", "tempo-team"),
    ("Tempo Team Uitzendbureau", "", "Accountmanager", "", "Uitzendbureau", "", "", "",
     "tempo-team"),
    ("Natuurmonumenten", "", "Coördinator vrijwilligers", "'s-Graveland",
     "Werkgever;Groen", "www.natuurmonumenten.nl", "info@natuurmonumenten.nl", "",
     "natuurmonumenten"),
    ("Vereniging Natuurmonumenten", "", "HR-adviseur", "s-Graveland", "Groen", "", "", "",
     "natuurmonumenten"),
    ("Goois Natuurreservaat", "", "Boswachter", "Hilversum", "Groen", "www.gnr.nl", "", "",
     "gnr"),
    ("GNR", "Terreinbeheer", "Teamleider", "", "Groen", "", "", "", "gnr"),
    ("Stichting Goois Natuurreservaat", "", "Coördinator vrijwilligers", "Hilversum",
     "Werkgever;Groen", "", "", "", "gnr"),
    ("Singer Laren", "", "Hoofd publiekszaken", "Laren", "Werkgever;Cultuur",
     "www.singerlaren.nl", "", "", "singer-laren"),
    ("Museum Singer Laren", "", "Coördinator vrijwilligers", "Laren", "Cultuur", "", "",
     "", "singer-laren"),
    ("Rijksmuseum Muiderslot", "", "Coördinator vrijwilligers", "Muiden", "Cultuur", "", "",
     "", "muiderslot"),
    # no organisation
    ("", "", "Jobcoach (zzp)", "Hilversum", "", "", "", "Werkt voor meerdere werkgevers",
     ""),
    ("zzp", "", "Loopbaancoach", "Bussum", "", "", "", "", ""),
]


def ordered() -> list[tuple[str, str, str, str, str, str, str, str, str]]:
    """The contacts in the folder's order (a fixed shuffle: colleagues of one organisation
    were added at different times)."""
    contacts = list(CONTACTS)
    random.Random(35).shuffle(contacts)
    return contacts


def cell(column: str, value: str) -> str:
    """A cell as Outlook writes it: a text column always quoted, another quoted when it
    holds something, an empty one not quoted at all."""
    if value or column in ALWAYS_QUOTED:
        return '"' + value.replace('"', '""') + '"'
    return ""


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation ("" for none), in row order."""
    rng = random.Random(1935)
    lines = [",".join(f'"{h}"' for h in HEADER)]
    truth = []
    for company, department, job, city, categories, web, mail, notes, organisation in \
            ordered():
        row = dict.fromkeys(HEADER, "")
        row.update(FIXED)
        row["Last Name"] = "anoniem" if rng.random() < 0.6 else ""
        row.update({"Company": company, "Department": department, "Job Title": job,
                    "Business City": city, "Categories": categories, "Web Page": web,
                    "Notes": notes.replace("\n", "\r\n")})
        if city:
            row["Business Country/Region"] = rng.choice(["Nederland", "Nederland",
                                                         "Netherlands"])
        if mail:
            row.update({"E-mail Address": mail, "E-mail Type": "SMTP",
                        "E-mail Display Name": mail})
        lines.append(",".join(cell(h, row[h]) for h in HEADER))
        truth.append(organisation)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a contact that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
