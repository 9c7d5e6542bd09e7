"""Write the twenty-third held-out organisation list: a Mailchimp audience export's
subscribed members (one CSV) and truth.csv beside this script.

    python tests/data/messy/crm-twentythird/maak_export.py

The newsletter audience "Techniekpact IJmond & Zuid-Kennemerland" (illustrative: no real
network or audience is named) of a regional network of employers, schools and public bodies
of the IJmond and Zuid-Kennemerland: Velsen (IJmuiden, Velsen-Noord, Santpoort), Beverwijk
(with Wijk aan Zee), Heemskerk, Haarlem, Zandvoort, Bloemendaal (with Overveen, Aerdenhout
and the former municipality Bennebroek) and Heemstede. Exported from Mailchimp (Audience →
All contacts → Export Audience): a zip with one CSV per status; this list is the subscribed
members' CSV, "subscribed_members_export_7c3e91a0d4.csv" (the audience's id after the
status), as the network's coordinator keeps it to see which organisations follow the
network.

The audience's fields, in the order the export writes them: "Email Address", "First Name",
"Last Name" (the default fields), the audience's own merge fields as labelled in the
sign-up form, "Organisatie" (text), "Plaats" (text), "Sector" (a dropdown in the form:
Bedrijfsleven, Onderwijs, Overheid, Zorg en welzijn, Anders), "Address" and "Phone Number"
(Mailchimp's default address and phone fields, kept hidden in the form), then the columns
Mailchimp adds: MEMBER_RATING, OPTIN_TIME, OPTIN_IP, CONFIRM_TIME, CONFIRM_IP, LATITUDE,
LONGITUDE, GMTOFF, DSTOFF, TIMEZONE, CC, REGION, LAST_CHANGED, LEID, EUID, NOTES, TAGS.

Two kinds of contact: those who signed up in the (double opt-in) form, 2022-2025, with
OPTIN_TIME and CONFIRM_TIME and Mailchimp's time zone, country and region; and the older
contacts imported in one batch from the network's earlier spreadsheet (13 September 2021):
no OPTIN_TIME, the import's time as CONFIRM_TIME, no location, the tag "Import 2021", and in
"Sector" the free text of that spreadsheet ("gemeente", "MBO", "staal / industrie", "zorg",
...) instead of a dropdown choice. Each subscriber typed their organisation and place their
own way (in full, abbreviated, in small letters, with a typo, with a department or a
location, with a legal form, in English, under an old name); several subscribers per
organisation. Three typed no organisation (left empty, "-", "zzp"): they stand in the file
and not in truth.csv.

No personal data: "First Name", "Last Name", "Address", "Phone Number", OPTIN_IP,
CONFIRM_IP, LATITUDE and LONGITUDE are empty in every row, and "Email Address" holds no
person's address: in a real export every row has its subscriber's own (unique) address; here
one row of an organisation whose website's domain is widely known has a generic
"info@<domain>" (as written here, not checked to be a mailbox), and every other row is empty.
NOTES name no one.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read such exports (scripts, test fixtures and
  comments quoting an export's header and rows): the default columns "Email Address",
  "First Name", "Last Name", then the merge fields by their labels ("Address", "Phone
  Number", an audience's own labels such as "Company", "Zip Code"), then MEMBER_RATING,
  OPTIN_TIME, OPTIN_IP, CONFIRM_TIME, CONFIRM_IP, LATITUDE, LONGITUDE, GMTOFF, DSTOFF,
  TIMEZONE, CC, REGION, LAST_CHANGED, LEID, EUID, NOTES, and in newer exports TAGS after
  NOTES; that a field is quoted when it holds a space or a comma ("Email Address",
  "2013-06-25 17:38:27", "JavaScript, Perl, PHP") and written bare otherwise (MEMBER_RATING,
  47.6614000, America/Los_Angeles, US); times as "YYYY-MM-DD HH:MM:SS"; MEMBER_RATING 2 for
  most contacts (1-5); an imported contact with OPTIN_TIME and OPTIN_IP empty and only
  CONFIRM_TIME set; LEID a number, EUID ten hexadecimal digits; an empty NOTES as nothing
  after the last comma; TAGS as each tag in double quotes, comma-separated, in one quoted
  cell (the tags "VIP","Blog" written as one quoted field, their quotes doubled); a file
  named "subscribed_members_export_<id>.csv" (one repository's script reads
  "subscribed_members_export_15d17415eb.csv").
- checked, in Mailchimp's help pages as stored: an export is a zip with the subscribed, the
  unsubscribed and the cleaned members' CSVs; an address field is one cell, its parts
  separated by two spaces; import files are to be UTF-8.
- not checked, the plausible choice taken: the export's encoding as UTF-8 without a
  byte-order mark and lines ending in "\\n"; the members in the order they were added (the
  import first, then the sign-ups); the times in UTC; GMTOFF 1, DSTOFF 2, TIMEZONE
  Europe/Amsterdam, CC NL and REGION NH for a sign-up (coarse, from its IP; the coordinates
  themselves left empty); the labels of the merge fields and the dropdown's choices (the
  network's own). No export was made for this fixture.

Organisations under an earlier name (as remembered, not checked in a stored source): Corus
(Staal) → Tata Steel (2010); Nuon → Vattenfall (in the Netherlands, 2018-2019); the
Kennemer Gasthuis (with the Spaarne Ziekenhuis) → Spaarne Gasthuis (2015); Bennebroek is
part of Bloemendaal since 2009; "Gemeente IJmuiden" (no such municipality: IJmuiden is a
place of Velsen) means Velsen. A subscriber who typed the old name meant the organisation
they work for now, so the row is the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
municipality's department, a hospital's location, a school's location or department and
UWV's WERKbedrijf or werkgeversdienstverlening are that organisation; "Heliomare Onderwijs"
is Heliomare; "Tender College IJmuiden (Dunamare)" is the Tender College. Apart stay bodies
the network deals with as partners of their own: the Dunamare Onderwijsgroep and its
schools the Tender College, the Kennemer College and the Mendel College; Alliander and its
network operator Liander; the Werkgeversservicepunt Zuid-Kennemerland en IJmond, the
Werkgeversservicepunt Regio Alkmaar (another region) and UWV; Tata Steel and Tata
Consultancy Services (another company of the Tata group); the Spaarne Gasthuis and the Rode
Kruis Ziekenhuis; the GGD Kennemerland, the Veiligheidsregio Kennemerland and GGZ inGeest;
Haarlem and Haarlemmermeer; Velsen and the Bibliotheek Velsen; the Bibliotheek Velsen and
the Bibliotheek Zuid-Kennemerland; Zandvoort, Circuit Zandvoort and Holland Casino
Zandvoort; Beverwijk and the Beverwijkse Bazaar.

Facts: names, places and domains from what is widely known of the organisations, as
remembered, not checked in a stored source; no KvK number or BRIN code (a newsletter form
does not ask them). Times, ratings, ids, tags and notes are illustrative; every row is
loaded with a source starting "illustratief: " (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first member row 2). A row that names no organisation is not in
truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "subscribed_members_export_7c3e91a0d4.csv"

HEADER = ["Email Address", "First Name", "Last Name", "Organisatie", "Plaats", "Sector",
          "Address", "Phone Number", "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP",
          "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF",
          "TIMEZONE", "CC", "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]

B, ON, P, Z, A = "Bedrijfsleven", "Onderwijs", "Overheid", "Zorg en welzijn", "Anders"
F, IM = "form", "import"  # signed up in the form, or imported from the earlier spreadsheet

# (organisation as typed, place as typed, sector, how the contact came in, truth id or ""
#  for a row that names no organisation). Grouped by organisation here; the export lists
#  the members in the order they were added (see ordered()).
MEMBERS: list[tuple[str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Velsen", "IJmuiden", P, F, "velsen"),
    ("gemeente Velsen, afd. Economische Zaken", "IJmuiden", P, F, "velsen"),
    ("Velsen", "Velsen", P, F, "velsen"),
    ("Gem. Velsen", "Santpoort-Noord", "gemeente", IM, "velsen"),
    ("Gemeente Velsen - team Werk en Inkomen", "", P, F, "velsen"),
    ("gemeente velsen", "velsen-noord", A, F, "velsen"),
    ("Gemeente IJmuiden", "IJmuiden", "gemeente", IM, "velsen"),
    ("Gemeente Beverwijk", "Beverwijk", P, F, "beverwijk"),
    ("gemeente beverwijk", "", P, F, "beverwijk"),
    ("Beverwijk", "Beverwijk", "overheid/gemeente", IM, "beverwijk"),
    ("Gemeente Heemskerk", "Heemskerk", P, F, "heemskerk"),
    ("Heemskerk gemeente", "Heemskerk", P, F, "heemskerk"),
    ("Gem. Heemskerk", "", "gemeente", IM, "heemskerk"),
    ("Gemeente Haarlem", "Haarlem", P, F, "haarlem"),
    ("Gemeente Haarlem, afdeling Economie", "Haarlem", P, F, "haarlem"),
    ("gemeente haarlem", "haarlem", A, F, "haarlem"),
    ("Municipality of Haarlem", "Haarlem", P, F, "haarlem"),
    ("Gemeente Zandvoort", "Zandvoort", P, F, "zandvoort"),
    ("Zandvoort", "Zandvoort", P, F, "zandvoort"),
    ("Gemeente Bloemendaal", "Overveen", P, F, "bloemendaal"),
    ("gemeente Bloemendaal", "Bennebroek", P, F, "bloemendaal"),
    ("Bloemendaal gemeente", "", "gemeente", IM, "bloemendaal"),
    ("Gemeente Heemstede", "Heemstede", P, F, "heemstede"),
    ("Heemstede", "", P, F, "heemstede"),
    ("Gemeente Haarlemmermeer", "Hoofddorp", P, F, "haarlemmermeer"),
    # province and public bodies
    ("Provincie Noord-Holland", "Haarlem", P, F, "pnh"),
    ("Prov. Noord-Holland", "Haarlem", "overheid", IM, "pnh"),
    ("provincie NH", "", P, F, "pnh"),
    ("UWV", "Haarlem", P, F, "uwv"),
    ("UWV WERKbedrijf Haarlem", "Haarlem", P, F, "uwv"),
    ("UWV Werkgeversdienstverlening IJmond", "Beverwijk", P, F, "uwv"),
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond", "Haarlem", P, F, "wsp-zkij"),
    ("WSP ZKIJ", "Haarlem", A, F, "wsp-zkij"),
    ("WSP Zuid-Kennemerland & IJmond", "Beverwijk", P, F, "wsp-zkij"),
    ("Werkgeversservicepunt Regio Alkmaar", "Alkmaar", P, F, "wsp-alkmaar"),
    ("GGD Kennemerland", "Haarlem", Z, F, "ggd-kennemerland"),
    ("GGD Kennemerland - Jeugdgezondheidszorg", "Haarlem", Z, F, "ggd-kennemerland"),
    ("ggd kennemerland", "", P, F, "ggd-kennemerland"),
    ("Veiligheidsregio Kennemerland", "Haarlem", P, F, "vrk"),
    ("VRK", "Haarlem", P, F, "vrk"),
    ("Omgevingsdienst IJmond", "Beverwijk", P, F, "od-ijmond"),
    ("OD IJmond", "Beverwijk", P, F, "od-ijmond"),
    ("Rijkswaterstaat", "IJmuiden", P, F, "rws"),
    ("Rijkswaterstaat West-Nederland Noord", "Haarlem", P, F, "rws"),
    ("RWS", "IJmuiden", P, F, "rws"),
    # schools
    ("Nova College", "Haarlem", ON, F, "nova"),
    ("ROC Nova College", "Haarlem", ON, F, "nova"),
    ("Nova College Beverwijk", "Beverwijk", ON, F, "nova"),
    ("Nova College, Techniek & Technologie", "IJmuiden", ON, F, "nova"),
    ("NOVA college", "Haarlem", "MBO", IM, "nova"),
    ("Nova Collge", "Hoofddorp", ON, F, "nova"),
    ("Hogeschool Inholland", "Haarlem", ON, F, "inholland"),
    ("Inholland Haarlem", "Haarlem", ON, F, "inholland"),
    ("Inholland University of Applied Sciences", "", ON, F, "inholland"),
    ("Dunamare Onderwijsgroep", "Haarlem", ON, F, "dunamare"),
    ("Stichting Dunamare Onderwijsgroep", "", "onderwijs (VO)", IM, "dunamare"),
    ("Tender College", "IJmuiden", ON, F, "tender"),
    ("Tender College IJmuiden (Dunamare)", "IJmuiden", ON, F, "tender"),
    ("Kennemer College", "Beverwijk", ON, F, "kennemer-college"),
    ("Kennemer College Beverwijk", "Beverwijk", ON, F, "kennemer-college"),
    ("Mendel College", "Haarlem", ON, F, "mendel"),
    ("Techport", "IJmond", A, F, "techport"),
    ("Stichting Techport", "Beverwijk", A, F, "techport"),
    ("TechPort IJmond", "", "techniek", IM, "techport"),
    # care
    ("Spaarne Gasthuis", "Haarlem", Z, F, "spaarne"),
    ("Spaarne Gasthuis locatie Haarlem Zuid", "Haarlem", Z, F, "spaarne"),
    ("Kennemer Gasthuis", "Haarlem", "zorg", IM, "spaarne"),
    ("spaarne gasthuis", "Hoofddorp", Z, F, "spaarne"),
    ("Rode Kruis Ziekenhuis", "Beverwijk", Z, F, "rkz"),
    ("RKZ Beverwijk", "Beverwijk", Z, F, "rkz"),
    ("Rode Kruis Ziekenhuis Beverwijk", "", "ziekenhuis", IM, "rkz"),
    ("Zorgbalans", "Haarlem", Z, F, "zorgbalans"),
    ("Zorgbalans thuiszorg", "Velsen", Z, F, "zorgbalans"),
    ("Viva! Zorggroep", "Heemskerk", Z, F, "viva"),
    ("Viva Zorggroep", "Beverwijk", Z, F, "viva"),
    ("Viva! zorggroep IJmond", "", Z, F, "viva"),
    ("Heliomare", "Wijk aan Zee", Z, F, "heliomare"),
    ("Heliomare Onderwijs", "Wijk aan Zee", ON, F, "heliomare"),
    ("GGZ inGeest", "Haarlem", Z, F, "ggz-ingeest"),
    ("GGZ In Geest", "Bloemendaal", "zorg", IM, "ggz-ingeest"),
    # employers
    ("Tata Steel", "IJmuiden", B, F, "tata-steel"),
    ("Tata Steel Nederland", "Velsen-Noord", B, F, "tata-steel"),
    ("Tata Steel IJmuiden B.V.", "IJmuiden", B, F, "tata-steel"),
    ("Corus Staal", "IJmuiden", "staal / industrie", IM, "tata-steel"),
    ("TATA STEEL", "Velsen", B, F, "tata-steel"),
    ("Tata Steel, afd. HR", "IJmuiden", B, F, "tata-steel"),
    ("Tata Consultancy Services", "Amstelveen", B, F, "tcs"),
    ("Zeehaven IJmuiden N.V.", "IJmuiden", B, F, "zeehaven-ijmuiden"),
    ("Zeehaven IJmuiden", "IJmuiden", A, F, "zeehaven-ijmuiden"),
    ("Port of IJmuiden", "", B, F, "zeehaven-ijmuiden"),
    ("Circuit Zandvoort", "Zandvoort", B, F, "circuit-zandvoort"),
    ("CM.com Circuit Zandvoort", "Zandvoort", B, F, "circuit-zandvoort"),
    ("Holland Casino Zandvoort", "Zandvoort", B, F, "holland-casino"),
    ("De Bazaar Beverwijk", "Beverwijk", B, F, "bazaar"),
    ("Beverwijkse Bazaar", "Beverwijk", B, F, "bazaar"),
    ("Vattenfall", "Velsen-Noord", B, F, "vattenfall"),
    ("Vattenfall, centrale Velsen", "IJmuiden", B, F, "vattenfall"),
    ("Nuon", "Velsen-Noord", "energie", IM, "vattenfall"),
    ("Liander", "", B, F, "liander"),
    ("Liander N.V.", "Arnhem", B, F, "liander"),
    ("Alliander", "Arnhem", B, F, "alliander"),
    ("Alliander N.V.", "Arnhem", A, F, "alliander"),
    ("Koninklijke Joh. Enschedé", "Haarlem", B, F, "enschede"),
    ("Joh. Enschede", "Haarlem", "drukkerij", IM, "enschede"),
    ("Bibliotheek Velsen", "IJmuiden", A, F, "bibliotheek-velsen"),
    ("Bibliotheek Zuid-Kennemerland", "Haarlem", A, F, "bibliotheek-zk"),
    ("Bibliotheek ZK", "Heemstede", ON, F, "bibliotheek-zk"),
    # no organisation
    ("", "Haarlem", A, F, ""),
    ("-", "", A, F, ""),
    ("zzp", "Heemskerk", B, F, ""),
]

# the one row of an organisation that keeps a generic address (its first form sign-up)
DOMAINS = {"velsen": "velsen.nl", "beverwijk": "beverwijk.nl", "heemskerk": "heemskerk.nl",
           "haarlem": "haarlem.nl", "zandvoort": "zandvoort.nl",
           "bloemendaal": "bloemendaal.nl", "heemstede": "heemstede.nl",
           "haarlemmermeer": "haarlemmermeer.nl", "pnh": "noord-holland.nl",
           "uwv": "uwv.nl", "nova": "novacollege.nl", "inholland": "inholland.nl",
           "spaarne": "spaarnegasthuis.nl", "rws": "rijkswaterstaat.nl",
           "tata-steel": "tatasteel.nl", "vattenfall": "vattenfall.nl",
           "liander": "liander.nl", "alliander": "alliander.com"}

TAGS = ["Nieuwsbrief", "Techniekpact", "Bijeenkomst maart 2025", "Onderwijs-bedrijfsleven",
        "Werkgevers"]
NOTES = {"Tata Steel, afd. HR": "Aangemeld na de netwerkbijeenkomst.",
         "Corus Staal": "Uit de oude deelnemerslijst."}
IMPORTED = dt.datetime(2021, 9, 13, 14, 22, 7)


def ordered() -> list[tuple[str, str, str, str, str]]:
    """The members in the order they were added: the import first, then the sign-ups (a
    fixed shuffle within each: colleagues of one organisation came at different times)."""
    rng = random.Random(23)
    imported = [m for m in MEMBERS if m[3] == IM]
    signed = [m for m in MEMBERS if m[3] == F]
    rng.shuffle(imported)
    rng.shuffle(signed)
    return imported + signed


def cell(value: str) -> str:
    """A field as the export writes it: quoted when it holds a space, a comma or a quote."""
    if any(c in value for c in ' ,"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S")


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2023)
    members = ordered()
    signed = sum(m[3] == F for m in members)
    start = dt.datetime(2022, 2, 7, 9, 0, 0)
    span = (dt.datetime(2025, 11, 28, 17, 0, 0) - start).total_seconds()
    moments = sorted(start + dt.timedelta(seconds=rng.randint(0, int(span)))
                     for _ in range(signed))
    lines = [",".join(map(cell, HEADER))]
    truth, mailed = [], set()
    leid = 61204418
    for name, place, sector, origin, organisation in members:
        leid += rng.randint(1, 40)
        euid = "".join(rng.choice("0123456789abcdef") for _ in range(10))
        email = ""
        if origin == F and organisation in DOMAINS and organisation not in mailed:
            email = f"info@{DOMAINS[organisation]}"
            mailed.add(organisation)
        if origin == IM:
            optin, confirm = "", stamp(IMPORTED)
            changed = IMPORTED + dt.timedelta(days=rng.choice([0, 0, 0, 212, 640]))
            location = ["", "", "", "", "", ""]
            tags = ["Import 2021", *rng.sample(TAGS[:2], rng.randint(0, 2))]
        else:
            when = moments.pop(0)
            optin = stamp(when)
            confirmed = when + dt.timedelta(seconds=rng.randint(40, 900))
            confirm = stamp(confirmed)
            changed = confirmed + dt.timedelta(seconds=rng.randint(0, 5),
                                               days=rng.choice([0, 0, 0, 0, 35, 180]))
            location = ["", "", "1", "2", "Europe/Amsterdam", "NL"]
            tags = rng.sample(TAGS, rng.randint(1, 3))
        region = "NH" if origin == F else ""
        row = [email, "", "", name, place, sector, "", "",
               str(rng.choice([2, 2, 2, 2, 3, 3, 4, 1, 5])), optin, "", confirm, "",
               *location, region, stamp(changed), str(leid), euid, NOTES.get(name, ""),
               ",".join(f'"{t}"' for t in sorted(tags, key=lambda t: (t != "Import 2021",
                                                                       t)))]
        lines.append(",".join(map(cell, row)))
        truth.append(organisation)
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
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
