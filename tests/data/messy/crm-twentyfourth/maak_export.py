"""Write the twenty-fourth held-out organisation list: a Google Forms response sheet
downloaded as CSV, and truth.csv beside this script.

    python tests/data/messy/crm-twentyfourth/maak_export.py

The responses of a Google Form "Aanmelding standhouders Techniekmarkt Noord-Kennemerland
2026" (illustrative: no real fair or network is named), with which organisations of
Noord-Kennemerland and the IJmond (Alkmaar, Heiloo, Castricum, Bergen, Dijk en Waard,
Uitgeest, Heemskerk, Beverwijk, Schagen) signed up for a stand at a technology fair for
pupils and students. The form is linked to a Google Sheet (the responses tab, which a Dutch
interface names "Formulierreacties 1"); the network coordinator downloads it with Bestand →
Downloaden → Door komma's gescheiden waarden (.csv) and keeps the file as the list of the
fair's organisations. The form's questions, in order:

1. "Naam organisatie" (required, short text, typed by each respondent);
2. "Type organisatie" (required, one choice: Bedrijf, Onderwijsinstelling, Gemeente,
   Overheid / semi-overheid, and "Anders:" with a text field);
3. "Vestigingsplaats" (optional, short text);
4. "KvK-nummer (optioneel)" (optional, short text);
5. "Aantal medewerkers" (required, one choice: 1-10, 11-50, 51-250, 251-1000, Meer dan 1000);
6. "Welke opleidingen/beroepen wilt u laten zien?" (checkboxes, with "Anders:");
7. "Gewenste standgrootte" (a question deleted from the form after the first responses: its
   column stays in the sheet, filled for the responses before it was deleted);
8. "Opmerkingen" (optional, long text).

The form collects no e-mail addresses and asks for no person: the sheet has no "E-mailadres"
column, and no cell names a person, a phone number or an address.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read such sheets or their downloads: that the
  response sheet's first column is "Tijdstempel" in a Dutch interface, then one column per
  question headed by the question as written; that the responses tab is "Formulierreacties
  1" and a CSV download is named "<spreadsheet> - <tab>.csv", the spreadsheet being
  "<form title> (Antwoorden)" ("Fiscaal attest (Antwoorden) - Formulierreacties 1.csv",
  "... - NL (Antwoorden) - Formulierreacties 1.csv"); that a Dutch sheet shows the
  timestamp as "11-3-2025 13:54:46" (day-month-year without leading zeros, the hour without
  a leading zero: a test fixture of the Sheets API's formatted values); that Forms' own
  "download responses" CSV differs (every field quoted, "2024/12/03 8:48:17 p.m. CET"):
  this list is the Sheet's download, not that one; that a CSV downloaded from Google Sheets
  ends its lines with CRLF (an issue of a CSV library about a Sheets export).
- not checked, from general knowledge, the plausible choice taken: the download in UTF-8
  without a byte-order mark, a field quoted only when it holds a comma, a quote or a line
  break (a line break inside a cell written as LF); checkbox answers in one cell joined
  with ", " in the form's order, an "Anders:" answer as the text typed (without "Anders:");
  an empty cell for an optional question left open; a deleted question's column kept where
  it was, empty for the later responses; the responses in the order they came in. No
  download was made for this fixture.

The mess is the respondents': from several organisations more than one person signed up
(colleagues of another department or location, a school's technical team and its
management), and three sent the form twice to correct their first answer (each
correction a few minutes after the first, said in "Opmerkingen"). Each typed the name
their own way (in full, abbreviated, in small letters, with a typo, with a department or
location, with a legal form, in English, under a former name), chose the type their own way
(a hospital "Bedrijf" or "Anders: Ziekenhuis", the Werkgeversservicepunt "Gemeente" once, the
water board "Anders: Waterschap") and typed the place their own way (the village, the former
municipality, a region such as "IJmond", or nothing). The "KvK-nummer" is mostly empty or
"n.v.t.", "-", "volgt": no register number is given, because none was known with certainty
for this fixture (none is invented). Two responses name no organisation: the
coordinator's own test of the form ("test", before the form was sent out) and "Particulier":
they stand in the file and not in truth.csv.

Organisations under an earlier name (as remembered, not checked in a stored source):
Heerhugowaard and Langedijk → Dijk en Waard (1 January 2022); the Medisch Centrum Alkmaar →
Noordwest Ziekenhuisgroep (2015); the Clusius College → Vonk (2022, with the ROC Kop van
Noord-Holland); Nuon → Vattenfall (the name in the Netherlands since 2019). A respondent who
typed the old name meant the organisation they work for now: the row is the successor's in
truth.csv.

How parts were decided (as the region's networker would): a department, location or team
of an organisation is that organisation (a municipality's department is the municipality;
UWV WERKbedrijf Alkmaar and UWV Beverwijk are UWV; the Horizon College in Heerhugowaard is
the Horizon College; a hospital's medical technology department is the hospital). Apart
stay: a municipality and the Werkgeversservicepunt of its region (Alkmaar and the WSP Regio
Alkmaar), and the two Werkgeversservicepunten (Regio Alkmaar; Zuid-Kennemerland en IJmond);
Alliander and its subsidiary, the grid operator Liander; Tata Steel and Tata Consultancy
Services (two companies of the Tata group, in no parent-subsidiary tie the network deals
with); the two hospitals (Noordwest Ziekenhuisgroep, Alkmaar; Rode Kruis Ziekenhuis,
Beverwijk); the municipality of Alkmaar and Stadswerk072 (a company of municipalities) and
HVC (the same); the municipality of Beverwijk and the Beverwijkse Bazaar; the Provincie
Noord-Holland, the Hoogheemraadschap Hollands Noorderkwartier, PWN and the Ontwikkelingsbedrijf
Noord-Holland Noord; the schools each (the Horizon College, Nova College, Vonk, Inholland,
and the vmbo schools Huygens College, Kennemer College, Petrus Canisius College and OSG
Willem Blaeu).

Precision traps: Alkmaar (the municipality, the WSP, the Horizon College, Inholland, Vonk,
the Noordwest, UWV, HVC, Stadswerk072, the Petrus Canisius College, Willem Blaeu, the
ONHN); Beverwijk (the municipality, the Bazaar, the Rode Kruis Ziekenhuis, Nova College,
Kennemer College, UWV's office, the WSP IJmond); "Noord-Holland" and "Noord" (the province,
the Hoogheemraadschap, PWN, the ONHN, the Noordwest, UWV's district); Tata; Alliander and
Liander; Heerhugowaard (Dijk en Waard, the Hoogheemraadschap, the Horizon College's
location, the Huygens College, Esdégé-Reigersdaal); Velsen-Noord and Velserbroek (Tata
Steel, Vattenfall, Crown Van Gelder, PWN); Bergen (Noord-Holland, not the Limburg
municipality of that name).

Facts: names and places from what is widely known of the organisations, as remembered, not
checked in a stored source; where a place was not known with certainty it is left empty
(as respondents often left it). Sizes, programmes, stand sizes, remarks and times are
illustrative; every row is loaded with a source that starts "illustratief: " (see
``mappings/``).

``truth.csv`` says which organisation each row means, by the row a spreadsheet shows: the
header is row 1, the first response row 2. (Made first by the row the load recorded then,
the line of the file on which a response ends: from the response in spreadsheet row 42,
whose remark has a line break, one more than its spreadsheet row. The loader numbers a
CSV's rows as records since, and truth.csv is written by spreadsheet rows: ROWS_AS_STORED
is False; stored_rows gives the old numbering.) A municipality's rows, and
the rows of the municipalities it took over, are the municipality's organisation. The two
responses that name no organisation are not in truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "Aanmelding standhouders Techniekmarkt Noord-Kennemerland 2026"
EXPORT = HERE / f"{TITLE} (Antwoorden) - Formulierreacties 1.csv"

# True writes truth.csv by the physical line on which a response ends (stored_rows), as the
# load numbered rows when this list was made; False by the row a spreadsheet shows, as the
# load numbers them since (the same up to row 42, one less from there on).
ROWS_AS_STORED = False

HEADER = ["Tijdstempel", "Naam organisatie", "Type organisatie", "Vestigingsplaats",
          "KvK-nummer (optioneel)", "Aantal medewerkers",
          "Welke opleidingen/beroepen wilt u laten zien?", "Gewenste standgrootte",
          "Opmerkingen"]

B, ON, G, P = "Bedrijf", "Onderwijsinstelling", "Gemeente", "Overheid / semi-overheid"
S1, S2, S3, S4, S5 = "1-10", "11-50", "51-250", "251-1000", "Meer dan 1000"
PROGRAMMES = ["Elektrotechniek", "Werktuigbouwkunde / metaal", "Installatietechniek",
              "Bouw en infra", "ICT", "Procestechniek", "Mechatronica", "Zorgtechnologie"]
OTHER_PROGRAMMES = ["Lassen", "Drinkwatertechniek", "Logistiek", "Veredeling / laboratorium",
                    "Afvalverwerking en energie"]
STANDS = ["3 x 2 meter", "3 x 3 meter", "6 x 3 meter", "Alleen een tafel"]

# (name as typed, type chosen or "Anders:" text, place as typed, KvK field as typed, size,
#  truth id or "" for a response that names no organisation). Grouped by organisation
#  here; the responses are in the order they came in (see ordered()).
ANSWERS: list[tuple[str, str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Alkmaar", G, "Alkmaar", "", S5, "alkmaar"),
    ("Gemeente Alkmaar - team Economie", G, "Alkmaar", "n.v.t.", S5, "alkmaar"),
    ("gemeente alkmaar", P, "alkmaar", "", S5, "alkmaar"),
    ("Alkmaar", G, "", "", S5, "alkmaar"),
    ("Gemeente Heiloo", G, "Heiloo", "", S3, "heiloo"),
    ("Heiloo gemeente", G, "", "-", S3, "heiloo"),
    ("Gemeente Castricum", G, "Castricum", "", S4, "castricum"),
    ("Gem. Castricum", G, "Castricum", "", S4, "castricum"),
    ("Gemeente Castricum, afd. Economische Zaken", G, "Akersloot", "", S4, "castricum"),
    ("Gemeente Bergen (NH)", G, "Bergen", "", S4, "bergen-nh"),
    ("Gemeente Bergen", G, "Schoorl", "", S4, "bergen-nh"),
    ("Bergen NH", G, "", "", S4, "bergen-nh"),
    ("Gemeente Dijk en Waard", G, "Heerhugowaard", "", S5, "dijk-en-waard"),
    ("Dijk en Waard", G, "Dijk en Waard", "", S5, "dijk-en-waard"),
    ("Gemeente Heerhugowaard", G, "Heerhugowaard", "", S4, "dijk-en-waard"),
    ("gemeente Dijk & Waard", G, "Heerhugowaard", "", S5, "dijk-en-waard"),
    ("Gemeente Uitgeest", G, "Uitgeest", "", S3, "uitgeest"),
    ("Uitgeest", G, "Uitgeest", "", S2, "uitgeest"),
    ("Gemeente Heemskerk", G, "Heemskerk", "", S4, "heemskerk"),
    ("Gemeente Heemskerk, Werk en Inkomen", P, "Heemskerk", "", S4, "heemskerk"),
    ("gemeente heemskerk", G, "", "", S4, "heemskerk"),
    ("Gemeente Beverwijk", G, "Beverwijk", "", S4, "beverwijk"),
    ("Beverwijk", G, "Beverwijk", "", S4, "beverwijk"),
    ("Gemeente Beverwijk - afdeling Economische Zaken", G, "Beverwijk", "", S4, "beverwijk"),
    ("Gemeente Schagen", G, "Schagen", "", S4, "schagen"),
    ("Schagen gemeente", G, "Schagen", "", S4, "schagen"),
    # public bodies, water board, regional development, a campus
    ("UWV", P, "Alkmaar", "", S5, "uwv"),
    ("UWV WERKbedrijf Alkmaar", P, "Alkmaar", "", S5, "uwv"),
    ("UWV Werkgeversdienstverlening Noord-Holland Noord", P, "Alkmaar", "", S5, "uwv"),
    ("UWV Beverwijk", P, "Beverwijk", "", S5, "uwv"),
    ("Werkgeversservicepunt Regio Alkmaar", P, "Alkmaar", "", S2, "wsp-alkmaar"),
    ("WSP Regio Alkmaar", G, "Alkmaar", "", S2, "wsp-alkmaar"),
    ("WSP Alkmaar", "Werkgeversservicepunt", "Alkmaar", "", S2, "wsp-alkmaar"),
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond", P, "Haarlem", "", S2, "wsp-zkijm"),
    ("WSP IJmond", P, "Beverwijk", "", S2, "wsp-zkijm"),
    ("WSP Zuid-Kennemerland & IJmond", P, "", "", S2, "wsp-zkijm"),
    ("Provincie Noord-Holland", P, "Haarlem", "", S5, "pnh"),
    ("Prov. Noord-Holland", P, "Haarlem", "", S5, "pnh"),
    ("Provincie NH", P, "", "", S5, "pnh"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "Waterschap", "Heerhugowaard", "", S4,
     "hhnk"),
    ("HHNK", P, "Heerhugowaard", "", S4, "hhnk"),
    ("Hoogheemraadschap HNK", "Waterschap", "Dijk en Waard", "", S4, "hhnk"),
    ("Ontwikkelingsbedrijf Noord-Holland Noord", P, "Alkmaar", "", S2, "onhn"),
    ("ONHN", P, "", "", S2, "onhn"),
    ("Techport", "Netwerkorganisatie", "IJmond", "", S1, "techport"),
    ("Stichting Techport", "Stichting", "", "volgt", S1, "techport"),
    # schools
    ("Horizon College", ON, "Alkmaar", "", S5, "horizon"),
    ("Horizon College Heerhugowaard", ON, "Heerhugowaard", "", S5, "horizon"),
    ("ROC Horizon College - Techniek", ON, "Alkmaar", "", S5, "horizon"),
    ("horizon college", ON, "Heerhugowaard", "", S5, "horizon"),
    ("Horizon Collega", ON, "Alkmaar", "", S5, "horizon"),
    ("Nova College", ON, "Beverwijk", "", S5, "nova"),
    ("Nova College Beverwijk", ON, "Beverwijk", "", S5, "nova"),
    ("ROC Nova College", ON, "Haarlem", "", S5, "nova"),
    ("Vonk", ON, "Alkmaar", "", S5, "vonk"),
    ("Clusius College", ON, "Castricum", "", S4, "vonk"),
    ("Vonk (voorheen Clusius College)", ON, "Alkmaar", "", S5, "vonk"),
    ("Hogeschool Inholland Alkmaar", ON, "Alkmaar", "", S5, "inholland"),
    ("Inholland", ON, "Alkmaar", "", S5, "inholland"),
    ("Inholland University of Applied Sciences - Alkmaar", ON, "Alkmaar", "", S5,
     "inholland"),
    ("Huygens College", ON, "Heerhugowaard", "", S3, "huygens"),
    ("Huygens College Heerhugowaard (vmbo)", ON, "Dijk en Waard", "", S3, "huygens"),
    ("Kennemer College", ON, "Beverwijk", "", S3, "kennemer"),
    ("Kennemer College vmbo", ON, "Beverwijk", "", S3, "kennemer"),
    ("Petrus Canisius College", ON, "Alkmaar", "", S3, "pcc"),
    ("PCC Alkmaar", ON, "Alkmaar", "", S3, "pcc"),
    ("OSG Willem Blaeu", ON, "Alkmaar", "", S3, "willem-blaeu"),
    ("Willem Blaeu", ON, "Alkmaar", "", S3, "willem-blaeu"),
    ("Willem Blaeu vmbo", ON, "alkmaar", "", S3, "willem-blaeu"),
    # care
    ("Noordwest Ziekenhuisgroep", "Ziekenhuis", "Alkmaar", "", S5, "nwz"),
    ("NWZ Alkmaar", "Zorginstelling", "Alkmaar", "", S5, "nwz"),
    ("Noordwest Ziekenhuisgroep, afdeling Medische Techniek", B, "Alkmaar", "", S5, "nwz"),
    ("Medisch Centrum Alkmaar", "Ziekenhuis", "Alkmaar", "", S5, "nwz"),
    ("Rode Kruis Ziekenhuis", "Ziekenhuis", "Beverwijk", "", S4, "rkz"),
    ("RKZ Beverwijk", "Zorginstelling", "Beverwijk", "", S4, "rkz"),
    ("Rode Kruis Ziekenhuis Beverwijk, Medische Techniek", B, "Beverwijk", "", S4, "rkz"),
    ("Esdégé-Reigersdaal", "Zorginstelling", "Heerhugowaard", "", S5, "esdege"),
    ("Esdege Reigersdaal", "Zorg", "Dijk en Waard", "", S5, "esdege"),
    ("Viva! Zorggroep", "Zorginstelling", "", "", S5, "viva"),
    ("Viva Zorggroep", "Zorg", "", "", S5, "viva"),
    # companies
    ("Tata Steel", B, "IJmuiden", "", S5, "tata-steel"),
    ("Tata Steel IJmuiden BV", B, "Velsen-Noord", "", S5, "tata-steel"),
    ("Tata Steel Nederland", B, "IJmuiden", "", S5, "tata-steel"),
    ("TATA STEEL", B, "Velsen", "", S5, "tata-steel"),
    ("Tata Consultancy Services", B, "Amstelveen", "", S5, "tcs"),
    ("TCS Netherlands", B, "Amstelveen", "", S5, "tcs"),
    ("Alliander", B, "Arnhem", "", S5, "alliander"),
    ("Alliander N.V.", B, "Arnhem", "", S5, "alliander"),
    ("Liander", B, "", "", S5, "liander"),
    ("Liander N.V.", B, "Arnhem", "", S5, "liander"),
    ("Liander regio Noord-Holland Noord", B, "", "", S5, "liander"),
    ("Vattenfall", B, "Velsen-Noord", "", S5, "vattenfall"),
    ("Vattenfall (voorheen Nuon)", B, "Velsen", "", S5, "vattenfall"),
    ("Nuon", B, "IJmuiden", "", S4, "vattenfall"),
    ("Vattenfall centrale Velsen", B, "Velsen-Noord", "", S3, "vattenfall"),
    ("Crown Van Gelder", B, "Velsen-Noord", "", S3, "crown-van-gelder"),
    ("Crown van Gelder B.V.", B, "Velsen", "", S3, "crown-van-gelder"),
    ("HVC", B, "Alkmaar", "", S4, "hvc"),
    ("HVC Groep", B, "Alkmaar", "", S4, "hvc"),
    ("N.V. Huisvuilcentrale Noord-Holland", B, "Alkmaar", "", S4, "hvc"),
    ("Stadswerk072", P, "Alkmaar", "", S3, "stadswerk072"),
    ("Stadswerk 072 NV", B, "Alkmaar", "", S3, "stadswerk072"),
    ("Bejo Zaden", B, "Warmenhuizen", "", S5, "bejo"),
    ("Bejo Zaden B.V.", B, "Schagen", "", S5, "bejo"),
    ("Bejo", B, "Warmenhuizen", "", S5, "bejo"),
    ("PWN", B, "Velserbroek", "", S4, "pwn"),
    ("PWN Waterleidingbedrijf Noord-Holland", B, "Velserbroek", "", S4, "pwn"),
    ("Drinkwaterbedrijf PWN", "Drinkwaterbedrijf", "", "weet ik niet", S4, "pwn"),
    ("Beverwijkse Bazaar", B, "Beverwijk", "", S3, "bazaar"),
    ("De Bazaar Beverwijk", B, "Beverwijk", "", S3, "bazaar"),
    # no organisation
    ("Particulier", "Hobbyist", "Castricum", "", S1, ""),
]

TEST = ("test", B, "Alkmaar", "", S1, "")  # the coordinator's test, before the form went out

# (first answer, its correction sent a few minutes later)
CORRECTIONS = [("Horizon Collega", "Horizon College"),
               ("Crown van Gelder B.V.", "Crown Van Gelder"),
               ("Gemeente Heerhugowaard", "Gemeente Dijk en Waard")]

REMARKS = ["Graag stroom bij de stand (2 groepen).", "Wij nemen een VR-bril en een robotarm mee.",
           "Is er wifi in de hal?", "Wij komen met twee leerlingen van de BBL-opleiding.",
           "Graag een plek bij de ingang, we hebben een simulator van 2 meter hoog.",
           "Opbouw graag vanaf 8.00 uur, de kraan moet naar binnen."]
MULTILINE = "Wij willen graag een demo geven.\nHebben jullie een beamer of scherm beschikbaar?"


def ordered() -> list[tuple[str, str, str, str, str, str]]:
    """The responses in the order they came in: the test first, then a fixed shuffle, each
    correction right after the response it corrects."""
    later = {c for _, c in CORRECTIONS}
    answers = [a for a in ANSWERS if a[0] not in later]
    random.Random(24).shuffle(answers)
    by_name = {a[0]: a for a in ANSWERS}
    for first, correction in CORRECTIONS:
        at = next(i for i, a in enumerate(answers) if a[0] == first)
        answers.insert(at + 1, by_name[correction])
    return [TEST, *answers]


def stamp(moment: dt.datetime) -> str:
    """A Dutch sheet's timestamp: '11-3-2025 13:54:46'."""
    return f"{moment.day}-{moment.month}-{moment.year} {moment.hour}:{moment:%M:%S}"


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2024)
    answers = ordered()
    corrections = {c for _, c in CORRECTIONS}
    rows = []
    moment = dt.datetime(2026, 1, 12, 10, 2, 17)
    deleted_after = 25  # "Gewenste standgrootte" was taken out of the form after 25 responses
    truth = []
    for number, (name, kind, place, kvk, size, organisation) in enumerate(answers):
        if number == 1:
            moment = dt.datetime(2026, 1, 19, 9, 14, 3)
        elif name in corrections:
            moment += dt.timedelta(seconds=rng.randint(150, 480))
        else:
            moment += dt.timedelta(seconds=rng.randint(1800, 60000))
            if moment.hour >= 22 or moment.hour < 7:
                moment = moment.replace(hour=8) + dt.timedelta(days=1,
                                                               minutes=rng.randint(0, 59))
        chosen = sorted(rng.sample(PROGRAMMES, rng.randint(1, 3)), key=PROGRAMMES.index)
        if rng.random() < 0.15:
            chosen.append(rng.choice(OTHER_PROGRAMMES))
        if name in corrections:
            remark = "Correctie op mijn vorige aanmelding, die graag verwijderen."
        elif number == 40:
            remark = MULTILINE
        elif number % 6 == 2:
            remark = REMARKS[number % len(REMARKS)]
        else:
            remark = ""
        stand = rng.choice(STANDS) if number <= deleted_after else ""
        rows.append([stamp(moment), name, kind, place, kvk, size, ", ".join(chosen), stand,
                     remark])
        truth.append(organisation)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return truth


def stored_rows(path: Path) -> list[int]:
    """The row the load records for each response (in its sources and error report), as
    measured on this file: the number of the line on which the response ends. It is the
    spreadsheet's row up to the response whose remark has a line break (row 42), and one
    more from the next response on."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        return [reader.line_num for _ in reader]


def main() -> None:
    truth = write_export(EXPORT)
    rows = stored_rows(EXPORT) if ROWS_AS_STORED else range(2, len(truth) + 2)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in zip(rows, truth, strict=True):
            if organisation:  # a response that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
