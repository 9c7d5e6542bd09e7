"""Write the thirty-third held-out organisation list: a Google Contacts export
("contacts.csv", Google CSV) and truth.csv beside this script.

    python tests/data/messy/crm-thirtythird/maak_export.py

The contacts a labour-market network coordinator in Haarlemmermeer (Hoofddorp,
Nieuw-Vennep, Badhoevedorp, Zwanenburg, Schiphol) keeps in Google Contacts, exported from
contacts.google.com as "Google CSV" (illustrative: no real coordinator or network is named).
One contact per person the coordinator met, so several contacts per organisation, each
typed at another time: the organisation as on a business card, with a department, in
English, under a former name, abbreviated, with a legal form, with a typo; the place as
the card said it, the former municipality, or nothing. The coordinator sorts contacts with
labels of their own ("Gemeenten", "Onderwijs", "Werkgevers", "Luchthaven", "Overheid en
uitvoering", "Zorg en welzijn", "Netwerkpartners"), not always, and not always the same
way.

The format (the newer Google CSV, written since Google Contacts' redesign):

- one header row, then one row per contact; fields separated by commas, a field quoted
  only when it holds a comma, a quote or a line break (quotes doubled); a line break inside
  a field (a multi-line "Notes", the "Address 1 - Formatted" address) stays in the quoted
  field, so a contact can take several lines of the file but is one row of a spreadsheet;
- the fixed columns first: "First Name", "Middle Name", "Last Name", "Phonetic First
  Name", "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix",
  "Nickname", "File As", "Organization Name", "Organization Title", "Organization
  Department", "Birthday", "Notes", "Photo", "Labels"; then a group of columns per slot of
  a field some contact uses: "E-mail 1 - Label", "E-mail 1 - Value"; "Address 1 - Label",
  "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
  "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 -
  Extended Address"; "Website 1 - Label", "Website 1 - Value";
- "Labels": the contact's labels joined by " ::: ", the user's own first, then the system
  label "* myContacts" (and "* starred" for a starred contact): "Gemeenten ::: *
  myContacts"; a label of the e-mail address as "* Work"; of the address "Work".

What was checked, and what not (no network here; stored public repositories only, not
Google's own documentation):

- checked, in public repositories that read or write Google Contacts CSV (parsers, test
  fixtures, a golden file): the newer header's fixed columns in the order above, up to
  "Labels", then "E-mail 1 - Label", "E-mail 1 - Value", … "Address 1 - Formatted", "Address
  1 - Street", "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 -
  Postal Code", "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label",
  "Website 1 - Value"; the older header ("Name", "Given Name", "Family Name", "Group
  Membership", "E-mail 1 - Type", "Organization 1 - Name", …) that the export wrote before;
  labels joined by " ::: " with "* myContacts" (a fixture of a real export: "Grupo 1 :::
  Preencheu For Wk3 ::: * myContacts", the user's labels before the system's, "* starred"
  last); an e-mail label "* Work" or "* Other"; a multi-line formatted address in one
  quoted field ("#700 5401 S Kirkman Rd\\nOrlando, FL 32819\\nUS"); quoting only where a
  field needs it; UTF-8 (one stored real export read as Latin-1 shows mojibake of UTF-8).
- not checked, the plausible choice taken: no byte-order mark; lines ending in LF (one
  fixture's description says LF); that the export leaves out the groups of a field no
  contact uses (here: no phone, relation, event or custom field, so no such columns); the
  file's name "contacts.csv" (as remembered); the order of the contacts (here the order the
  coordinator added them: a fixed shuffle); the formatted address written as street, place,
  country on three lines when no postal code is filled in; Dutch label words as the user
  typed them.

No personal data: "First Name" is empty or "anoniem", every other name column is empty;
"Organization Title" (a job title) is empty on every contact; "E-mail 1 - Value" is empty
or a generic info@<the organisation's domain> address; there are no phone numbers (so no
"Phone" columns); the notes name no one. Addresses are the organisations' public visiting
addresses where known with certainty (street and place, no postal code), else only the
place. No KvK numbers or BRIN codes: a coordinator's Google Contacts has no field for them,
and none is known here with certainty.

Organisations under an earlier name (as remembered, not checked in a stored source): the
municipality Haarlemmerliede en Spaarnwoude (Halfweg, Spaarndam-Oost) → Haarlemmermeer (1
January 2019); N.V. Luchthaven Schiphol → Schiphol Group → Royal Schiphol Group; the
Spaarne Ziekenhuis (Hoofddorp) and the Kennemer Gasthuis (Haarlem) → Spaarne Gasthuis
(2015); the Bloemenveiling Aalsmeer and FloraHolland → (Royal) FloraHolland (2008, 2014).
A contact under an old name means the organisation as it is now.

How a location, department or part was decided (as a network coordinator would): a
department, location, team or division is its organisation (a municipality's department is
the municipality; UWV WERKbedrijf Haarlem is UWV; KLM Engineering & Maintenance and KLM Cargo
are KLM; the MBO College Airport in Hoofddorp, a college of the ROC van Amsterdam with no
legal person of its own, is the ROC van Amsterdam; the HvA's Aviation Academy is the
Hogeschool van Amsterdam; the Koninklijke Marechaussee's Brigade Schiphol is the
Marechaussee; the GGD's Jeugdgezondheidszorg is the GGD; Brandweer Kennemerland is the
Veiligheidsregio Kennemerland; Schiphol Nederland B.V., the operator of Amsterdam Airport
Schiphol, is Royal Schiphol Group; a Randstad branch is Randstad). Apart stay organisations
the network deals with on their own: KLM and its parent Air France-KLM, and its
subsidiaries KLM Cityhopper and Martinair; KLM and Transavia; Royal Schiphol Group and the
Schiphol Area Development Company (SADC) and the Hilton Amsterdam Airport Schiphol; the
Koninklijke Marechaussee and the Douane at Schiphol; the two Werkgeversservicepunten
(Zuid-Kennemerland en IJmond, Groot Amsterdam) and each of them and UWV and the
municipalities; the GGD Kennemerland and the Veiligheidsregio Kennemerland; the Spaarne
Gasthuis and Ziekenhuis Amstelland; the ROC van Amsterdam, the ROC Nova College, the
Hogeschool van Amsterdam and Inholland; Meerlanden (waste) and Meerwaarde (welfare); the
municipality Haarlemmermeer and the Haarlemmermeer Lyceum and the Bibliotheek
Haarlemmermeer; Haarlem and Haarlemmermeer; Aalsmeer and Royal FloraHolland; Amstelveen and
Ziekenhuis Amstelland and KLM (whose head office is in Amstelveen).

Facts (names, places, websites, domains, the addresses of three head offices) from what is
widely known of the organisations, as remembered, not checked in a stored source; where not
known with certainty a field is left empty, as a coordinator often leaves it. Three
contacts name no organisation (a private contact with no organisation, a self-employed
career coach typed "zzp", a contact met at a drinks with only a note): they stand in the
export and not in truth.csv. Every row is loaded with source "illustratief: …" (see
mappings/).

``truth.csv`` says which organisation each row means: the row numbers a spreadsheet shows
(the header row 1, the first contact row 2; a contact whose note or address takes several
lines of the file is still one row).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "contacts.csv"

HEADER = ["First Name", "Middle Name", "Last Name", "Phonetic First Name",
          "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix",
          "Nickname", "File As", "Organization Name", "Organization Title",
          "Organization Department", "Birthday", "Notes", "Photo", "Labels",
          "E-mail 1 - Label", "E-mail 1 - Value",
          "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
          "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region",
          "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
          "Website 1 - Label", "Website 1 - Value"]

GEM, OND, WG, LH, OV, ZW, NP = ("Gemeenten", "Onderwijs", "Werkgevers", "Luchthaven",
                                "Overheid en uitvoering", "Zorg en welzijn",
                                "Netwerkpartners")

# (organisation as typed, department, labels (the user's own; () for none), place,
#  street, e-mail domain, website, note, truth id or "" for none). Grouped by organisation
#  here; the export's order is the order the contacts were added (see ordered()).
C = tuple[str, str, tuple[str, ...], str, str, str, str, str, str]
CONTACTS: list[C] = [
    # municipalities
    ("Gemeente Haarlemmermeer", "", (GEM,), "Hoofddorp", "Raadhuisplein 1",
     "haarlemmermeer.nl", "www.haarlemmermeer.nl", "", "haarlemmermeer"),
    ("Gemeente Haarlemmermeer", "Economische Zaken", (GEM,), "Hoofddorp", "", "", "",
     "Accountmanager bedrijven, bedrijventerreinen rond Schiphol", "haarlemmermeer"),
    ("Haarlemmermeer, gemeente", "Werk en Inkomen", (GEM,), "", "", "", "", "",
     "haarlemmermeer"),
    ("Municipality of Haarlemmermeer", "", (GEM,), "Hoofddorp", "", "", "",
     "Engelse visitekaart (internationale bedrijven)", "haarlemmermeer"),
    ("gem. Haarlemmermeer - afd. Onderwijs", "", (), "hoofddorp", "", "", "", "",
     "haarlemmermeer"),
    ("Gemeente Haarlemmerliede en Spaarnwoude", "", (GEM,), "Halfweg", "", "", "",
     "Oude kaart, van voor de herindeling", "haarlemmermeer"),
    ("Gemeente Haarlemmermeer Team Arbeidsmarkt", "", (GEM, NP), "Nieuw-Vennep", "", "",
     "", "Regiegroep leren en werken", "haarlemmermeer"),
    ("Gemeente Haarlem", "", (GEM,), "Haarlem", "", "haarlem.nl", "www.haarlem.nl", "",
     "haarlem"),
    ("Gemeente Haarlem, afdeling Economie", "", (GEM,), "Haarlem", "", "", "", "",
     "haarlem"),
    ("gemeente haarlem", "", (), "", "", "", "", "", "haarlem"),
    ("Gemeente Aalsmeer", "", (GEM,), "Aalsmeer", "", "aalsmeer.nl", "", "", "aalsmeer"),
    ("Gem. Aalsmeer", "Economische zaken", (GEM,), "Aalsmeer", "", "", "", "", "aalsmeer"),
    ("Gemeente Amsterdam", "Werk, Participatie en Inkomen", (GEM,), "Amsterdam", "", "",
     "www.amsterdam.nl", "", "amsterdam"),
    ("Gemeente Amsterdam - Economische Zaken", "", (GEM,), "Amsterdam", "", "", "", "",
     "amsterdam"),
    ("City of Amsterdam", "", (), "Amsterdam", "", "", "", "", "amsterdam"),
    ("Gemeente Amstelveen", "", (GEM,), "Amstelveen", "", "amstelveen.nl", "", "",
     "amstelveen"),
    ("gemeente Amstelveen", "Werk en Inkomen", (GEM,), "Amstelveen", "", "", "", "",
     "amstelveen"),
    # Werkgeversservicepunten, UWV
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond", "", (OV,), "Haarlem", "", "",
     "", "", "wsp-zkij"),
    ("WSP Zuid-Kennemerland & IJmond", "", (OV,), "Hoofddorp", "", "", "", "", "wsp-zkij"),
    ("WSP ZKIJ", "", (), "", "", "", "", "", "wsp-zkij"),
    ("Werkgevers Servicepunt Zuid Kennemerland IJmond (locatie Haarlemmermeer)", "", (OV,),
     "Hoofddorp", "", "", "", "", "wsp-zkij"),
    ("Werkgeversservicepunt Groot Amsterdam", "", (OV,), "Amsterdam", "", "", "", "",
     "wsp-ga"),
    ("WSP Groot Amsterdam", "", (OV,), "Amsterdam", "", "", "", "", "wsp-ga"),
    ("WSP Groot-Amsterdam", "accountteam Amstelland", (OV,), "Amstelveen", "", "", "", "",
     "wsp-ga"),
    ("UWV", "", (OV,), "Haarlem", "", "", "www.uwv.nl", "", "uwv"),
    ("UWV WERKbedrijf Haarlem", "", (OV,), "Haarlem", "", "", "", "", "uwv"),
    ("UWV Werkbedrijf", "Team Werkgeversdienstverlening", (OV,), "Hoofddorp", "", "", "",
     "", "uwv"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "", (), "Amsterdam", "", "", "", "",
     "uwv"),
    # the airport and its companies
    ("Royal Schiphol Group", "", (LH, WG), "Schiphol", "Evert van de Beekstraat 202", "",
     "www.schiphol.nl", "", "schiphol"),
    ("Schiphol Group", "HR", (LH, WG), "Schiphol", "", "", "", "", "schiphol"),
    ("Amsterdam Airport Schiphol", "Airport Operations", (LH,), "Schiphol", "", "", "",
     "Ontmoet op de Banenmarkt Schiphol\nwil meedenken over BBL-trajecten", "schiphol"),
    ("Schiphol Nederland B.V.", "", (LH, WG), "Schiphol", "", "", "", "", "schiphol"),
    ("N.V. Luchthaven Schiphol", "", (LH,), "Schiphol", "", "", "",
     "Oude kaart, zo stond het erop", "schiphol"),
    ("Schiphol", "Airport Community / Werken op Schiphol", (LH,), "Schiphol", "", "", "",
     "", "schiphol"),
    ("Royal Schiphol Group N.V.", "", (WG,), "Haarlemmermeer", "", "", "", "",
     "schiphol"),
    ("KLM", "", (LH, WG), "Amstelveen", "Amsterdamseweg 55", "", "www.klm.com", "",
     "klm"),
    ("KLM Royal Dutch Airlines", "", (LH, WG), "Schiphol", "", "", "", "", "klm"),
    ("Koninklijke Luchtvaart Maatschappij N.V.", "", (WG,), "Amstelveen", "", "", "", "",
     "klm"),
    ("KLM Engineering & Maintenance", "", (LH, WG), "Schiphol-Oost", "", "", "",
     "Technische opleidingen, vliegtuigonderhoud", "klm"),
    ("KLM E&M", "Technical Training", (LH,), "Schiphol", "", "", "", "", "klm"),
    ("KLM Cargo", "", (LH,), "Schiphol", "", "", "", "", "klm"),
    ("klm", "HR Recruitment", (), "", "", "", "", "", "klm"),
    ("KLM Cityhopper", "", (LH, WG), "Schiphol", "", "", "", "", "klm-cityhopper"),
    ("KLM Cityhopper B.V.", "", (LH,), "Schiphol-Oost", "", "", "", "", "klm-cityhopper"),
    ("Martinair Holland N.V.", "", (LH, WG), "Schiphol", "", "", "", "", "martinair"),
    ("Martinair Cargo", "", (LH,), "Schiphol", "", "", "", "", "martinair"),
    ("Air France-KLM", "", (LH,), "Paris", "", "", "www.airfranceklm.com",
     "Holding; contact loopt via KLM", "air-france-klm"),
    ("Air France KLM Group", "", (), "", "", "", "", "", "air-france-klm"),
    ("Transavia", "", (LH, WG), "Schiphol", "", "", "www.transavia.com", "",
     "transavia"),
    ("Transavia Airlines C.V.", "", (LH,), "Schiphol", "", "", "", "", "transavia"),
    ("transavia.com", "Crew recruitment", (LH,), "Schiphol", "", "", "", "",
     "transavia"),
    ("Corendon Dutch Airlines", "", (LH, WG), "Lijnden", "", "", "", "", "corendon"),
    ("Corendon", "Crew planning", (WG,), "Lijnden", "", "", "www.corendon.nl", "",
     "corendon"),
    ("Corendon Dutch Airlines B.V.", "", (LH,), "Haarlemmermeer", "", "", "", "",
     "corendon"),
    ("Koninklijke Marechaussee", "Brigade Schiphol", (LH, OV), "Schiphol", "", "", "", "",
     "kmar"),
    ("KMar Schiphol", "", (LH, OV), "Schiphol", "", "", "", "", "kmar"),
    ("Royal Netherlands Marechaussee", "", (LH,), "Schiphol", "", "", "", "", "kmar"),
    ("Marechaussee district Schiphol", "", (), "", "", "", "", "", "kmar"),
    ("Douane Schiphol", "", (LH, OV), "Schiphol", "", "", "www.douane.nl", "", "douane"),
    ("Douane", "Passagiers Schiphol", (OV,), "Schiphol", "", "", "", "", "douane"),
    ("Dutch Customs", "", (LH,), "Schiphol", "", "", "", "", "douane"),
    ("Luchtverkeersleiding Nederland", "", (LH, OV), "Schiphol", "", "lvnl.nl",
     "www.lvnl.nl", "", "lvnl"),
    ("LVNL", "", (LH,), "Schiphol-Oost", "", "", "", "", "lvnl"),
    ("Air Traffic Control the Netherlands", "", (LH,), "Schiphol", "", "", "", "", "lvnl"),
    ("Swissport", "", (LH, WG), "Schiphol", "", "", "", "", "swissport"),
    ("Swissport Cargo Services", "", (LH, WG), "Schiphol", "", "", "",
     "Grondafhandeling en vracht; vacatures voor platformmedewerkers", "swissport"),
    ("SADC", "", (LH, NP), "Hoofddorp", "", "sadc.nl", "www.sadc.nl", "", "sadc"),
    ("Schiphol Area Development Company", "", (NP,), "Hoofddorp", "", "", "", "", "sadc"),
    ("Schiphol Area Development Company N.V.", "", (LH,), "Schiphol", "", "", "", "",
     "sadc"),
    ("Hilton Amsterdam Airport Schiphol", "", (LH, WG), "Schiphol", "", "", "", "",
     "hilton-schiphol"),
    ("Hilton Schiphol", "HR", (WG,), "Schiphol", "", "", "", "", "hilton-schiphol"),
    # other employers
    ("Royal FloraHolland", "", (WG,), "Aalsmeer", "", "", "www.royalfloraholland.com", "",
     "floraholland"),
    ("FloraHolland Aalsmeer", "", (WG,), "Aalsmeer", "", "", "", "", "floraholland"),
    ("Bloemenveiling Aalsmeer", "", (), "Aalsmeer", "", "", "",
     "Oude naam, zo op het kaartje", "floraholland"),
    ("Meerlanden", "", (WG,), "Rijsenhout", "", "meerlanden.nl", "www.meerlanden.nl", "",
     "meerlanden"),
    ("Meerlanden N.V.", "", (WG,), "Rijsenhout", "", "", "", "", "meerlanden"),
    ("meerlanden", "Inzameling", (), "Haarlemmermeer", "", "", "", "", "meerlanden"),
    ("Randstad", "vestiging Hoofddorp", (WG,), "Hoofddorp", "", "", "www.randstad.nl", "",
     "randstad"),
    ("Randstad Nederland", "", (WG,), "Diemen", "", "", "", "", "randstad"),
    ("Randstad Schiphol", "inhouse services", (WG, LH), "Schiphol", "", "", "", "",
     "randstad"),
    ("Ymere", "", (NP,), "Amsterdam", "", "", "www.ymere.nl", "", "ymere"),
    ("Woningcorporatie Ymere", "", (NP,), "Hoofddorp", "", "", "", "", "ymere"),
    # care and welfare
    ("Spaarne Gasthuis", "", (ZW, WG), "Hoofddorp", "", "", "www.spaarnegasthuis.nl", "",
     "spaarne-gasthuis"),
    ("Spaarne Gasthuis locatie Hoofddorp", "", (ZW,), "Hoofddorp", "", "", "", "",
     "spaarne-gasthuis"),
    ("Spaarne Ziekenhuis", "", (ZW,), "Hoofddorp", "", "", "", "Oude kaart",
     "spaarne-gasthuis"),
    ("Spaarne Gasthuis", "Opleidingen", (ZW,), "Haarlem", "", "", "", "",
     "spaarne-gasthuis"),
    ("Ziekenhuis Amstelland", "", (ZW,), "Amstelveen", "", "", "", "", "amstelland"),
    ("Amstelland Ziekenhuis", "", (ZW, WG), "Amstelveen", "", "", "", "", "amstelland"),
    ("Meerwaarde", "", (ZW,), "Hoofddorp", "", "", "", "", "meerwaarde"),
    ("Stichting Meerwaarde", "Welzijn Haarlemmermeer", (ZW, NP), "Hoofddorp", "", "", "",
     "", "meerwaarde"),
    ("GGD Kennemerland", "", (ZW, OV), "Haarlem", "", "ggdkennemerland.nl", "", "",
     "ggd-kennemerland"),
    ("GGD Kennemerland", "Jeugdgezondheidszorg", (ZW,), "Hoofddorp", "", "", "", "",
     "ggd-kennemerland"),
    ("Veiligheidsregio Kennemerland", "", (OV,), "Haarlem", "", "", "www.vrk.nl", "",
     "vrk"),
    ("VRK", "Brandweer Kennemerland", (OV,), "Haarlem", "", "", "", "", "vrk"),
    ("Provincie Noord-Holland", "", (OV,), "Haarlem", "", "", "www.noord-holland.nl", "",
     "pnh"),
    ("Prov. Noord-Holland", "Economie", (OV,), "Haarlem", "", "", "", "", "pnh"),
    # schools
    ("ROC van Amsterdam", "", (OND,), "Amsterdam", "", "", "www.rocva.nl", "", "rocva"),
    ("MBO College Airport", "", (OND, LH), "Hoofddorp", "", "", "",
     "Van het ROC van Amsterdam; luchtvaartopleidingen", "rocva"),
    ("ROC van Amsterdam - MBO College Airport", "", (OND,), "Hoofddorp", "", "", "", "",
     "rocva"),
    ("ROCvA", "", (OND,), "Amsterdam", "", "", "", "", "rocva"),
    ("Nova College", "", (OND,), "Haarlem", "", "", "www.novacollege.nl", "", "nova"),
    ("ROC Nova College", "", (OND,), "Hoofddorp", "", "", "", "", "nova"),
    ("Nova College Hoofddorp", "", (OND,), "Hoofddorp", "", "", "", "", "nova"),
    ("Hogeschool van Amsterdam", "", (OND,), "Amsterdam", "", "", "www.hva.nl", "", "hva"),
    ("HvA Aviation Academy", "", (OND, LH), "Amsterdam", "", "", "", "", "hva"),
    ("Amsterdam University of Applied Sciences", "", (OND,), "Amsterdam", "", "", "", "",
     "hva"),
    ("Hogeschool Inholland", "", (OND,), "Haarlem", "", "", "www.inholland.nl", "",
     "inholland"),
    ("Inholland Haarlem", "", (OND,), "Haarlem", "", "", "", "", "inholland"),
    ("Haarlemmermeer Lyceum", "", (OND,), "Hoofddorp", "", "", "", "",
     "haarlemmermeer-lyceum"),
    ("Haarlemmermeerlyceum", "decanaat", (OND,), "Hoofddorp", "", "", "", "",
     "haarlemmermeer-lyceum"),
    ("Herbert Vissers College", "", (OND,), "Nieuw-Vennep", "", "", "", "",
     "herbert-vissers"),
    ("Herbert Vissers College Nieuw-Vennep", "", (), "", "", "", "", "",
     "herbert-vissers"),
    ("Bibliotheek Haarlemmermeer", "", (NP,), "Hoofddorp", "", "", "", "",
     "bibliotheek-hlmr"),
    ("Bibliotheek Haarlemmermeer - Taalhuis", "", (NP,), "Nieuw-Vennep", "", "", "",
     "Taalhuis, basisvaardigheden werkzoekenden", "bibliotheek-hlmr"),
    # no organisation
    ("", "", (), "", "", "", "", "Privé", ""),
    ("zzp", "", (NP,), "Badhoevedorp", "", "", "", "Loopbaancoach, eigen bedrijf", ""),
    ("", "", (NP,), "Zwanenburg", "", "", "", "Ontmoet op de netwerkborrel; bedrijf "
     "nog opvragen", ""),
]


def ordered() -> list[C]:
    """The contacts in the order the coordinator added them (a fixed shuffle)."""
    contacts = list(CONTACTS)
    random.Random(33).shuffle(contacts)
    return contacts


def row(number: int, contact: C) -> list[str]:
    """One contact as the export writes it: no personal data (see above)."""
    name, dept, labels, place, street, domain, web, note, _ = contact
    starred = number % 17 == 5
    label = " ::: ".join([*sorted(labels), "* myContacts", *(["* starred"] if starred else [])])
    first = "anoniem" if number % 3 else ""
    email = f"info@{domain}" if domain else ""
    country = "Frankrijk" if place == "Paris" else ("Nederland" if street else "")
    formatted = "\n".join(p for p in (street, place, country) if p) if street else ""
    has_address = bool(place or street)
    return [first, "", "", "", "", "", "", "", "", "", name, "", dept, "", note, "", label,
            "* Work" if email else "", email,
            "Work" if has_address else "", formatted, street, place, "", "", "", country, "",
            "Work" if web else "", web]


def main() -> None:
    contacts = ordered()
    with EXPORT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        for number, contact in enumerate(contacts, start=1):
            writer.writerow(row(number, contact))
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, contact in enumerate(contacts, start=2):
            if contact[-1]:  # a contact that names no organisation is not in the truth
                writer.writerow([number, contact[-1]])
    named = [c[-1] for c in contacts if c[-1]]
    print(f"{EXPORT.name}: {len(contacts)} contacts, {len(named)} naming "
          f"{len(set(named))} organisations")


if __name__ == "__main__":
    main()
