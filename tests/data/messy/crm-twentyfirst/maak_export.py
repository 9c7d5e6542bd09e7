"""Write the twenty-first held-out organisation list: an Eventbrite attendee export (CSV)
and truth.csv beside this script.

    python tests/data/messy/crm-twentyfirst/maak_export.py

The attendee list of a free regional meeting, the "Regiodag Techniek & Onderwijs regio
Alkmaar" of Thursday 12 March 2026 (illustrative: no real meeting or network is named), as
the organiser downloads it from Eventbrite (Manage attendees → Reports → "Attendee Summary"
→ Export → CSV). Registration was open from 19 January to 11 March 2026. Attendees came
from the municipalities of the region (Alkmaar, Heiloo, Castricum, Bergen (NH), Dijk en
Waard, Uitgeest), its schools, employers and public bodies, and a few from elsewhere in
Noord-Holland (Haarlem, the IJmond, the Kop, Amsterdam) or beyond. The network's
coordinator keeps the file as the list of organisations that came: one row per attendee.

The columns: Eventbrite's own, then the organiser's custom questions in the order asked:

- Eventbrite's: "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
  "Price Tier", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total
  Paid", "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee
  Status";
- the organiser's: "Organisatie" (required, short text, typed by each attendee),
  "Functie" (short text), "Gemeente/plaats" (optional, short text: where the attendee
  works), "Soort organisatie" (optional dropdown: Bedrijf, Onderwijs, Gemeente, Overheid /
  semi-overheid, Zorg en welzijn, Branche- of netwerkorganisatie, Anders), "Welke workshop
  kiest u?" (dropdown) and "Blijft u voor de lunch?" (Ja/Nee).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read Eventbrite attendee reports (a badge
  converter's README with an example export; a Python script that reads the CSV into
  SQLite; several test fixtures of importers): that the header starts "Order #,Order
  Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order
  Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,
  Attendee Status", then the contact fields asked (Home/Billing address ...), then one
  column per custom question headed by the question as written, then "Job Title" and
  "Company" when the organiser asked Eventbrite's own work fields (this organiser asked
  "Organisatie" and "Functie" as custom questions instead); that a free ticket is "Free
  Order" with 0 in the money columns; that each attendee is a row of its own (an order of
  two tickets is two rows with one "Order #" and their own "Attendee #"), and "Order #"
  and "Attendee #" are numbers of 10-11 digits; that the statuses include "Attending"
  (and "Checked In" after the door scan, from Eventbrite's API pages as stored); that the
  fields are quoted only where needed; that some exports (from UK accounts, it seems)
  write "Surname" and "Order no." (not used here: the labels most fixtures show are
  taken). For "Order Date" one script parses "%Y-%m-%d %H:%M:%S%z"
  ("2026-01-19 10:14:52+01:00"), while the badge converter's example shows "11/29/24
  22:28" (a file that went through Excel, it seems): this list writes the first.
- not checked, from general knowledge, the plausible choice taken: the file's name
  ("report-2026-03-13T0915.csv", the day after the meeting); UTF-8 without a byte-order
  mark and CRLF line ends; "Checked In" as the status's exact words; "Price Tier" and
  "Group" empty; the money as "0"; the order dates in the event's time zone (CET, +01:00);
  a custom question left open as an empty cell. No export was made for this fixture.

No personal data: Eventbrite asks every attendee's first name, last name and e-mail address,
so the columns "First Name", "Last Name" and "Email" stand in the file as Eventbrite writes
them, but EMPTY in every row (this fixture holds no person: as a coordinator would empty
them before sharing the file). "Functie" holds a job title only, with no name. No phone
number, address, KvK number or BRIN code (Eventbrite does not ask them, nor did the
organiser).

The mess is the attendees': several came from one organisation, and each typed its name
their own way (in full, abbreviated, in small letters, with a typo, with a department or a
location after it, with a legal form, in English, under an old name, like a web address:
"tatasteel", "horizoncollege", "liander"), chose its kind their own way (a hospital "Zorg
en welzijn" or "Bedrijf", a municipality's "Overheid / semi-overheid", the
Werkgeversservicepunt Regio Alkmaar "Gemeente" once, a housing corporation "Anders") or
not at all, and typed its place their own way (the village, the old municipality, a
region, nothing). Three people registered twice (two orders), and three orders hold two
tickets for colleagues (the buyer typed the organisation for both). Four attendees typed
no organisation ("zzp", "n.v.t.", "Freelance", "Eigen onderneming (zzp)"): they stand in
the file and not in truth.csv.

Organisations under an earlier name (as remembered, not checked in a stored source):
Heerhugowaard and Langedijk → Dijk en Waard (1 January 2022); the Medisch Centrum Alkmaar
→ Noordwest Ziekenhuisgroep (2015); the Clusius College → Vonk (1 August 2022, with the
ROC Kop van Noord-Holland); Woonwaard Noord-Kennemerland → Woonwaard. An attendee who typed
the old name meant the organisation they work for now, so the row is the successor in
truth.csv.

How a location, department or part was decided: a location, department or team of an
organisation is that organisation (a municipality's team Economie is the municipality; UWV
Werkbedrijf Alkmaar is UWV; Horizon College Heerhugowaard is the Horizon College; the
Noordwest's Medische Techniek is the Noordwest; "RWS West-Nederland Noord" is
Rijkswaterstaat; "TAQA Gasopslag Bergermeer" is TAQA Energy; "AZ (AFAS Stadion)" is AZ).
Apart stay bodies the network deals with as partners of their own: a municipality and the
Werkgeversservicepunt of its region; the two Werkgeversservicepunten (Regio Alkmaar,
Zaanstreek/Waterland); Alliander and its grid operator Liander (parent and subsidiary);
Seed Valley and Bejo Zaden (a network and one of its members); the two hospitals; two
housing corporations (Woonwaard, Kennemer Wonen); the two hogescholen (Inholland, the
Hogeschool van Amsterdam); the secondary schools (two in Castricum, one in Alkmaar, one
in Heerhugowaard) and the municipalities they stand in.

Facts: names and places from what is widely known of the organisations, as remembered,
not checked in a stored source; a place not known with certainty is left empty (as
attendees often left it). Job titles, workshops, lunch, ticket types, statuses, order
numbers and dates are illustrative; every row is loaded with a source starting
``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first attendee row 2). A municipality's rows, and the rows of the
municipalities it took over, are the municipality's organisation. An attendee who named no
organisation is not in truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "report-2026-03-13T0915.csv"

EVENTBRITE = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
              "Price Tier", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency",
              "Total Paid", "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing",
              "Attendee Status"]
QUESTIONS = ["Organisatie", "Functie", "Gemeente/plaats", "Soort organisatie",
             "Welke workshop kiest u?", "Blijft u voor de lunch?"]
HEADER = [*EVENTBRITE, *QUESTIONS]

B, ON, G, OV, Z, N, A = ("Bedrijf", "Onderwijs", "Gemeente", "Overheid / semi-overheid",
                        "Zorg en welzijn", "Branche- of netwerkorganisatie", "Anders")
WORKSHOPS = ["Techniek in de klas", "Zij-instroom en omscholing", "Stages en BBL-plekken",
             "Energietransitie en werk", "Samen opleiden in de zorgtechniek"]
DEELNEMER, SPREKER, STAND = "Deelnemer", "Spreker / workshopleider", "Standhouder"

# (organisation as typed, job title, place as typed, kind chosen ("" left open), truth id
#  or "" for an attendee who named no organisation). Grouped by organisation here; the
#  rows are in the order of the orders (see orders()).
ATTENDEES: list[tuple[str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Alkmaar", "Beleidsadviseur economie", "Alkmaar", G, "alkmaar"),
    ("gemeente Alkmaar", "Accountmanager werkgevers", "Alkmaar", G, "alkmaar"),
    ("Gem. Alkmaar", "Adviseur onderwijs", "", G, "alkmaar"),
    ("Alkmaar (gemeente)", "Programmamanager", "Alkmaar", OV, "alkmaar"),
    ("Gemeente Alkmaar - team Economie & Werk", "Beleidsmedewerker", "Alkmaar", G, "alkmaar"),
    ("Municipality of Alkmaar", "Policy advisor", "Alkmaar", G, "alkmaar"),
    ("Gemeente Heiloo", "Beleidsadviseur", "Heiloo", G, "heiloo"),
    ("gem. Heiloo", "Medewerker economische zaken", "Heiloo", G, "heiloo"),
    ("Heiloo", "Bestuursadviseur", "", G, "heiloo"),
    ("Gemeente Castricum", "Beleidsadviseur onderwijs", "Castricum", G, "castricum"),
    ("Castricum", "Accountmanager bedrijven", "Castricum", OV, "castricum"),
    ("gemeente castricum team economie", "Adviseur", "castricum", G, "castricum"),
    ("Gemeente Bergen (NH)", "Beleidsmedewerker economie", "Bergen NH", G, "bergen-nh"),
    ("Gemeente Bergen", "Adviseur", "Bergen", G, "bergen-nh"),
    ("gem. Bergen N-H", "Projectleider", "Bergen (NH)", G, "bergen-nh"),
    ("Gemeente Dijk en Waard", "Beleidsadviseur economie", "Heerhugowaard", G,
     "dijk-en-waard"),
    ("Dijk en Waard", "Accountmanager", "Dijk en Waard", G, "dijk-en-waard"),
    ("Gemeente Heerhugowaard", "Adviseur onderwijs", "Heerhugowaard", G, "dijk-en-waard"),
    ("gemeente Langedijk", "Beleidsmedewerker", "Broek op Langedijk", G, "dijk-en-waard"),
    ("Gem. Dijk & Waard", "Projectleider", "", OV, "dijk-en-waard"),
    ("Gemeente Uitgeest", "Beleidsadviseur", "Uitgeest", G, "uitgeest"),
    ("Uitgeest gemeente", "Medewerker werk en inkomen", "Uitgeest", G, "uitgeest"),
    # public bodies
    ("Werkgeversservicepunt Regio Alkmaar", "Accountmanager", "Alkmaar", OV, "wsp-alkmaar"),
    ("WSP regio Alkmaar", "Adviseur werkgeversdienstverlening", "Alkmaar", G, "wsp-alkmaar"),
    ("WSP Alkmaar", "Jobcoach", "", OV, "wsp-alkmaar"),
    ("Werkgeversservicepunt Zaanstreek/Waterland", "Accountmanager", "Zaandam", OV, "wsp-zw"),
    ("WSP ZW", "Adviseur", "Purmerend", OV, "wsp-zw"),
    ("UWV", "Adviseur werk", "Alkmaar", OV, "uwv"),
    ("UWV Werkbedrijf Alkmaar", "Arbeidsmarktadviseur", "Alkmaar", OV, "uwv"),
    ("uwv", "Werkcoach", "Heerhugowaard", A, "uwv"),
    ("Provincie Noord-Holland", "Beleidsadviseur economie", "Haarlem", OV, "pnh"),
    ("Prov. NH", "Programmamanager arbeidsmarkt", "Haarlem", OV, "pnh"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "HR-adviseur", "Heerhugowaard", OV,
     "hhnk"),
    ("HHNK", "Recruiter", "Dijk en Waard", OV, "hhnk"),
    ("Hollands Noorderkwartier (waterschap)", "Opleidingscoördinator", "", OV, "hhnk"),
    ("Rijkswaterstaat", "Adviseur arbeidsmarkt", "Haarlem", OV, "rws"),
    ("RWS West-Nederland Noord", "Teamleider", "Haarlem", OV, "rws"),
    ("GGD Hollands Noorden", "Beleidsmedewerker", "Alkmaar", OV, "ggd-hn"),
    ("GGD HN", "Adviseur", "Schagen", Z, "ggd-hn"),
    ("Ontwikkelingsbedrijf Noord-Holland Noord", "Projectmanager", "", OV, "onhn"),
    ("ONHN", "Accountmanager", "", N, "onhn"),
    ("Veiligheidsregio Noord-Holland Noord", "Adviseur", "Alkmaar", OV, "vrnhn"),
    ("VRNHN", "Opleidingsadviseur", "Alkmaar", OV, "vrnhn"),
    # schools
    ("Horizon College", "Docent elektrotechniek", "Alkmaar", ON, "horizon"),
    ("ROC Horizon College", "Teamleider techniek", "Heerhugowaard", ON, "horizon"),
    ("Horizon College Heerhugowaard", "Praktijkopleider", "Heerhugowaard", ON, "horizon"),
    ("horizoncollege", "Loopbaanadviseur", "", ON, "horizon"),
    ("Horizon Colllege", "Docent", "Alkmaar", ON, "horizon"),
    ("Hogeschool Inholland", "Lector", "Alkmaar", ON, "inholland"),
    ("Inholland Alkmaar", "Coördinator werkplekleren", "Alkmaar", ON, "inholland"),
    ("Inholland University of Applied Sciences", "Lecturer", "Alkmaar", ON, "inholland"),
    ("Hogeschool van Amsterdam", "Onderzoeker", "Amsterdam", ON, "hva"),
    ("HvA", "Docent", "Amsterdam", ON, "hva"),
    ("Vonk", "Teamleider", "Alkmaar", ON, "vonk"),
    ("Clusius College", "Docent", "Castricum", ON, "vonk"),
    ("Vonk (voorheen Clusius College)", "Praktijkdocent", "Alkmaar", ON, "vonk"),
    ("Petrus Canisius College", "Decaan", "Alkmaar", ON, "pcc"),
    ("PCC Alkmaar", "Docent natuurkunde", "Alkmaar", ON, "pcc"),
    ("Jac. P. Thijsse College", "Decaan", "Castricum", ON, "jpthijsse"),
    ("Jac P Thijsse College Castricum", "Docent techniek", "Castricum", ON, "jpthijsse"),
    ("Jac.P.Thijsse College", "Teamleider", "Castricum", "", "jpthijsse"),
    ("Bonhoeffer College", "Decaan", "Castricum", ON, "bonhoeffer"),
    ("Bonhoeffercollege", "Docent", "Castricum", ON, "bonhoeffer"),
    ("Huygens College", "Decaan", "Heerhugowaard", ON, "huygens"),
    ("Huygens College Heerhugowaard", "Docent", "Dijk en Waard", ON, "huygens"),
    # care
    ("Noordwest Ziekenhuisgroep", "HR-adviseur", "Alkmaar", Z, "nwz"),
    ("NWZ Alkmaar", "Opleidingsadviseur", "Alkmaar", Z, "nwz"),
    ("Noordwest Ziekenhuisgroep, afd. Medische Techniek", "Teamleider", "Alkmaar", B, "nwz"),
    ("Medisch Centrum Alkmaar", "Medewerker", "Alkmaar", Z, "nwz"),
    ("Dijklander Ziekenhuis", "Recruiter", "Hoorn", Z, "dijklander"),
    ("Dijklander", "Adviseur", "Hoorn", "", "dijklander"),
    ("GGZ Noord-Holland-Noord", "HR-adviseur", "Heiloo", Z, "ggz-nhn"),
    ("GGZ NHN", "Opleidingsfunctionaris", "Heiloo", Z, "ggz-nhn"),
    # housing
    ("Woonwaard", "Projectleider", "Alkmaar", A, "woonwaard"),
    ("Woonwaard Noord-Kennemerland", "Medewerker", "Alkmaar", B, "woonwaard"),
    ("Kennemer Wonen", "Projectleider duurzaamheid", "Alkmaar", A, "kennemer-wonen"),
    ("Kennemerwonen", "Opzichter", "Heiloo", A, "kennemer-wonen"),
    ("Woningstichting Kennemer Wonen", "Adviseur", "Alkmaar", B, "kennemer-wonen"),
    # employers
    ("Tata Steel", "Recruiter", "IJmuiden", B, "tata-steel"),
    ("tatasteel", "HR-adviseur", "Velsen", B, "tata-steel"),
    ("Tata Steel Nederland", "Opleidingsadviseur", "IJmuiden", B, "tata-steel"),
    ("Tata Steel IJmuiden B.V.", "Manager", "Velsen-Noord", B, "tata-steel"),
    ("TAQA Energy", "HR Business Partner", "Alkmaar", B, "taqa"),
    ("Taqa", "Engineer", "Alkmaar", B, "taqa"),
    ("TAQA Gasopslag Bergermeer", "Operator", "Alkmaar", B, "taqa"),
    ("Liander", "Recruiter", "", B, "liander"),
    ("Liander N.V.", "Manager opleidingen", "Arnhem", B, "liander"),
    ("liander", "Monteur", "", B, "liander"),
    ("Alliander", "Strategisch adviseur arbeidsmarkt", "Arnhem", B, "alliander"),
    ("Alliander N.V.", "HR-adviseur", "Arnhem", B, "alliander"),
    ("PWN", "HR-adviseur", "Velserbroek", B, "pwn"),
    ("PWN Waterleidingbedrijf Noord-Holland", "Recruiter", "Velsen", OV, "pwn"),
    ("Bejo Zaden", "HR-manager", "Warmenhuizen", B, "bejo"),
    ("Bejo Zaden B.V.", "Recruiter", "Schagen", B, "bejo"),
    ("Bejo", "Teamleider", "Warmenhuizen", B, "bejo"),
    ("Seed Valley", "Programmamanager", "Warmenhuizen", N, "seed-valley"),
    ("SeedValley", "Projectmedewerker", "", N, "seed-valley"),
    ("AZ", "Manager maatschappelijke projecten", "Alkmaar", B, "az"),
    ("AZ Alkmaar", "Coördinator", "Alkmaar", A, "az"),
    ("AZ (AFAS Stadion)", "Facilitair medewerker", "Alkmaar", B, "az"),
    ("Rabobank", "Accountmanager", "Alkmaar", B, "rabobank"),
    ("Rabobank regio Alkmaar", "Adviseur", "Alkmaar", B, "rabobank"),
    # branch and network organisations
    ("Techniek Nederland", "Regiomanager", "", N, "techniek-nl"),
    ("Techniek NL", "Adviseur onderwijs", "Zoetermeer", N, "techniek-nl"),
    ("Koninklijke Metaalunie", "Regiomanager", "", N, "metaalunie"),
    ("Metaalunie", "Adviseur", "", N, "metaalunie"),
    ("Techport", "Programmamanager", "Beverwijk", N, "techport"),
    ("TechPort IJmond", "Projectleider", "Velsen", N, "techport"),
    # no organisation
    ("zzp", "Technisch adviseur", "Heiloo", A, ""),
    ("n.v.t.", "Student", "", "", ""),
    ("Freelance", "Trainer", "Alkmaar", A, ""),
    ("Eigen onderneming (zzp)", "Installateur", "Castricum", B, ""),
]

# Registered twice (a second order, weeks later): the name as typed the first time, and
# the attendee's answers the second time.
TWICE: list[tuple[str, tuple[str, str, str, str, str]]] = [
    ("Gemeente Heiloo", ("Gemeente Heiloo", "Beleidsadviseur", "Heiloo", G, "heiloo")),
    ("Taqa", ("TAQA", "Engineer", "Alkmaar", B, "taqa")),
    ("Horizon College", ("Horizon college", "Docent elektrotechniek", "Alkmaar", ON,
                         "horizon")),
]

# Orders of two tickets: the buyer's row (its name as typed above) and a colleague's row
# with the same answers but the job title.
TWO_TICKETS = {"Gemeente Alkmaar": "Accountmanager onderwijs",
               "ROC Horizon College": "Docent installatietechniek",
               "Noordwest Ziekenhuisgroep": "Medewerker medische techniek"}

SPEAKERS = {"Hogeschool Inholland", "Techport", "Tata Steel", "Horizon College",
            "Provincie Noord-Holland", "Liander"}
STANDS = {"Bejo Zaden", "TAQA Energy", "Rijkswaterstaat", "Koninklijke Metaalunie",
          "Vonk", "Huygens College"}


def orders() -> list[list[tuple[str, str, str, str, str]]]:
    """The orders in the order they were placed: each a list of its attendees (a fixed
    shuffle: colleagues of one organisation registered at different times; the second
    registrations late)."""
    single = [[a] for a in ATTENDEES]
    for order in single:
        name = order[0][0]
        if name in TWO_TICKETS:
            order.append((name, TWO_TICKETS[name], *order[0][2:]))
    random.Random(21).shuffle(single)
    for n, (typed, again) in enumerate(TWICE):  # a second registration, after the first
        first = next(i for i, o in enumerate(single) if o[0][0] == typed)
        single.insert(min(len(single), first + 25 + 9 * n), [again])
    return single


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2021)
    placed = orders()
    start = dt.datetime(2026, 1, 19, 9, 0, 0)
    span = (dt.datetime(2026, 3, 11, 17, 0, 0) - start).total_seconds()
    moments = sorted(rng.uniform(0, span) for _ in placed)
    zone = dt.timezone(dt.timedelta(hours=1))  # CET: the meeting is before 29 March
    order_no, attendee_no = 13402179850, 21876540311
    truth: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)  # Excel dialect: CRLF, quoted only where needed
        writer.writerow(HEADER)
        for order, moment in zip(placed, moments, strict=True):
            order_no += rng.randint(40_000, 3_000_000)
            when = (start + dt.timedelta(seconds=int(moment))).replace(tzinfo=zone)
            for name, job, place, kind, organisation in order:
                attendee_no += rng.randint(50_000, 4_000_000)
                ticket = SPREKER if name in SPEAKERS else STAND if name in STANDS \
                    else DEELNEMER
                status = "Attending" if rng.random() < 0.14 else "Checked In"
                writer.writerow([
                    order_no, when.isoformat(sep=" "), "", "", "", 1, "", ticket,
                    attendee_no, "", "Free Order", "EUR", 0, 0, 0, 0, status,
                    name, job, place, kind, rng.choice(WORKSHOPS),
                    "Nee" if rng.random() < 0.2 else "Ja"])
                truth.append(organisation)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # an attendee who named no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
