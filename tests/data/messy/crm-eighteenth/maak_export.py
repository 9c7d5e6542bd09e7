"""Write the eighteenth held-out organisation list: the Microsoft Forms responses workbook
and truth.csv beside this script.

    python tests/data/messy/crm-eighteenth/maak_export.py

The responses of a Microsoft Forms survey, downloaded as an Excel workbook (the form's
"Antwoorden" tab, "Openen in Excel"), sent after a regional meeting, the "Werkconferentie
Techniek en Zorg" of Thursday 19 November 2026 (illustrative: no real meeting or network is
named), of a labour-market and education network of Noord-Holland Noord (Alkmaar, Dijk en
Waard, Den Helder, Schagen, Hoorn, Enkhuizen, Castricum, Heiloo) and the Zaanstreek
(Zaanstad, Purmerend). The network wants to know who came and what they want to take up, and
keeps the workbook as a list of organisations. The form is anonymous (anyone with the link
can answer; names are not recorded). Its questions:

1. "Welke organisatie vertegenwoordigt u?" (required, short text, typed by each respondent);
2. "Wat voor organisatie is het?" (required, one choice: Werkgever, Onderwijs, Gemeente,
   Overheid / publieke organisatie, Anders);
3. "In welke gemeente is uw organisatie gevestigd?" (optional, short text);
4. "Website (optioneel)" (optional, short text);
5. "Hoe waardeert u de werkconferentie?" (rating, 1-5 stars);
6. "Welke thema's wilt u met het netwerk verder oppakken?" (several choices);
7. "Heeft u nog opmerkingen of suggesties?" (optional, long text);
8. "Mag het netwerk de naam van uw organisatie opnemen in de deelnemerslijst?" (required,
   one choice: Ja, Nee).

One sheet, the header in row 1, one row per response in the order of the responses' ID
(the order in which they were submitted, from 1).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read Forms downloads (scripts and test fixtures, not
  Microsoft's own documentation): that a download starts with the columns "ID", "Start
  time", "Completion time", "Email", "Name" (newer downloads also "Last modified time"),
  then one column per question headed by the question as written; that a Dutch interface
  writes them as "ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Tijd van
  laatste wijziging" (two Dutch projects that read such workbooks by these headers); that
  an anonymous response has "anonymous" in "Email" (in one fixture "Name" was empty, in
  another "Anonymous": this list follows the second); that a CSV made from such a download
  writes the times as "7/27/26 19:06:23" (the workbook's own cells are dates).
- checked, in Microsoft's support pages as stored: that a form set so that anyone can
  answer records no names, and that the response workbook's columns follow the questions
  (a known issue put them out of order, mended by syncing to a new workbook).
- not checked, from general knowledge, the plausible choice taken: the words "anonymous" and
  "Anonymous" as a Dutch interface writes them (taken as in English); the file's name (the
  form's title and the range of the responses, "Werkconferentie Techniek en Zorg
  2026(1-110).xlsx") and the sheet's ("Sheet1"); the times as date cells in the local time,
  shown as "m/d/yy h:mm:ss"; "Tijd van laatste wijziging" empty (no response was edited);
  a rating as a number; several choices in one cell, each followed by a semicolon
  ("Stages en BBL;Zorgpersoneel;"); an optional question left open as an empty cell; no
  Excel table or formatting but a bold header. No download was made for this fixture.

The mess is the respondents': several came from one organisation, and each typed its name
their own way (in full, abbreviated, in small letters, with a typo, with a department or a
location, with a legal form, in English, under an old name), chose its kind their own way
(a hospital "Werkgever" or "Anders", a municipality's department "Overheid / publieke
organisatie", the Werkgeversservicepunt Regio Alkmaar "Gemeente" once) and wrote its place
their own way (the village, the old municipality, small letters, a region, or nothing).
Four answered the organisation question with no organisation ("zzp", "n.v.t.", "Eigen
bedrijf (zzp)", "geen"): they stand in the workbook and not in truth.csv (see below). No
phone number, e-mail address, street, postcode, KvK number, BRIN code or person: "E-mail"
and "Naam" are Forms' "anonymous"; the remarks name no one.

Organisations under an earlier name (as remembered, not checked in a stored source):
Heerhugowaard and Langedijk → Dijk en Waard (1 January 2022); the Medisch Centrum Alkmaar
(with the Gemini Ziekenhuis, Den Helder) → Noordwest Ziekenhuisgroep (2015); the
Westfriesgasthuis (Hoorn, with the Waterland Ziekenhuis, Purmerend) → Dijklander Ziekenhuis
(the merger of 2017, the name of 2019); the ROC Kop van Noord-Holland and the Clusius College
→ Vonk (1 August 2022: the tool said so at the sixteenth list's load, as its maak_export.py
records); Woonwaard Noord-Kennemerland → Woonwaard. A respondent who typed the old name
meant the organisation they work for now, so the row is the successor in truth.csv.

How a location, department or part was decided (as the region's networker would, and as
the sixteenth list decided): a location, department, team or service of an organisation is
that organisation (a municipality's department is the municipality; UWV WERKbedrijf Alkmaar
and UWV Zaandam are UWV; Horizon College locatie Hoorn is the Horizon College; the
Noordwest's location Den Helder and Dijklander's location Purmerend are their hospitals;
the Koninklijke Marine and the Royal Netherlands Navy are the Ministerie van Defensie's; the
GGD's Jeugdgezondheidszorg is the GGD). Apart stay bodies the network deals with as
partners of their own: a municipality and the Werkgeversservicepunt of its region (Alkmaar
and the WSP Regio Alkmaar; Zaanstad and the WSP Zaanstreek/Waterland); the Provincie
Noord-Holland and the Hoogheemraadschap Hollands Noorderkwartier; the GGD Hollands Noorden
and the Veiligheidsregio Noord-Holland Noord; Albert Heijn and its parent Ahold Delhaize;
the three hospitals (Noordwest, Dijklander, Zaans Medisch Centrum) and the GGZ
Noord-Holland-Noord.

Precision traps: Alkmaar (the municipality, the WSP Regio Alkmaar, the Horizon College,
Inholland, the Noordwest, the GGD, the Veiligheidsregio, UWV, Woonwaard); "Noord-Holland"
and "Noord" (the province, the Hoogheemraadschap, the GGD Hollands Noorden, the
Veiligheidsregio, the GGZ, the Noordwest); Zaandam (Zaanstad, the WSP, the Regio College,
the Zaans Medisch Centrum, Albert Heijn, Ahold Delhaize, UWV); Den Helder (the
municipality, Vonk, Damen, Defensie, the Noordwest's location); Hoorn (the municipality,
Dijklander, Omring, the Horizon College's location, the Clusius College (Vonk)); Enkhuizen
and Enza Zaden; Heerhugowaard (Dijk en Waard, the Hoogheemraadschap, Esdégé-Reigersdaal);
Heiloo (the municipality, the GGZ); Purmerend (the municipality, Dijklander's location, the
Regio College); water (the Hoogheemraadschap, PWN).

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website not known with certainty is left
empty (as respondents mostly left it). Ratings, themes, remarks, consent and times are
illustrative; every row is loaded with source ``illustratief`` (see ``mappings/``). Tata
Steel (Velsen) and PWN (Velserbroek, Velsen) lie in the IJmond, outside the network's
region, and the province in Haarlem: their respondents came all the same.

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first response row 2). A municipality's rows, and the rows of the
municipalities it took over, are the municipality's organisation. A response that names no
organisation ("zzp", "n.v.t.", "Eigen bedrijf (zzp)", "geen") is not in truth.csv: the
bench counts a row the truth does not name in the number of organisations (when the load
makes one of it) and in no pair, as it does a report's footer; it is no organisation of
the network, and two self-employed respondents are not one organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Werkconferentie Techniek en Zorg 2026(1-110).xlsx"

QUESTIONS = ["Welke organisatie vertegenwoordigt u?", "Wat voor organisatie is het?",
             "In welke gemeente is uw organisatie gevestigd?", "Website (optioneel)",
             "Hoe waardeert u de werkconferentie?",
             "Welke thema's wilt u met het netwerk verder oppakken?",
             "Heeft u nog opmerkingen of suggesties?",
             "Mag het netwerk de naam van uw organisatie opnemen in de deelnemerslijst?"]
HEADER = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam",
          "Tijd van laatste wijziging", *QUESTIONS]

W, ON, G, P, A = ("Werkgever", "Onderwijs", "Gemeente", "Overheid / publieke organisatie",
                 "Anders")
THEMES = ["Tekort aan technici", "Zorgpersoneel", "Leven lang ontwikkelen", "Stages en BBL",
          "Zij-instromers", "Techniek in de zorg"]

# (organisation as typed, kind chosen, place as typed, website as typed, truth id or ""
#  for an answer that names no organisation). Grouped by organisation here; the responses
#  are in the order they came in (see ordered()).
ANSWERS: list[tuple[str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Alkmaar", G, "Alkmaar", "www.alkmaar.nl", "alkmaar"),
    ("Gemeente Alkmaar, afdeling Werk en Inkomen", G, "Alkmaar", "", "alkmaar"),
    ("gemeente alkmaar", G, "alkmaar", "", "alkmaar"),
    ("Gem. Alkmaar - Economische Zaken", P, "Alkmaar", "", "alkmaar"),
    ("Gemeente Dijk en Waard", G, "Heerhugowaard", "www.dijkenwaard.nl", "dijk-en-waard"),
    ("Dijk en Waard", G, "Dijk en Waard", "", "dijk-en-waard"),
    ("gemeente Heerhugowaard", G, "Heerhugowaard", "", "dijk-en-waard"),
    ("Gemeente Dijk & Waard", G, "Heerhugowaard", "", "dijk-en-waard"),
    ("Gemeente Langedijk (nu Dijk en Waard)", G, "Broek op Langedijk", "", "dijk-en-waard"),
    ("Gemeente Den Helder", G, "Den Helder", "www.denhelder.nl", "den-helder"),
    ("gemeente Den Helder afd. Economie", G, "Den Helder", "", "den-helder"),
    ("Den Helder", G, "", "", "den-helder"),
    ("Gemeente Hoorn", G, "Hoorn", "www.hoorn.nl", "hoorn"),
    ("Gemeente Hoorn, team Economie & Ondernemen", G, "Hoorn", "", "hoorn"),
    ("Gemeente Enkhuizen", G, "Enkhuizen", "", "enkhuizen"),
    ("gem. Enkhuizen", G, "Enkhuizen", "", "enkhuizen"),
    ("Gemeente Schagen", G, "Schagen", "www.schagen.nl", "schagen"),
    ("Schagen", P, "Schagen", "", "schagen"),
    ("Gemeente Zaanstad", G, "Zaandam", "www.zaanstad.nl", "zaanstad"),
    ("Gemeente Zaanstad afdeling Werk & Inkomen", G, "Zaandam", "", "zaanstad"),
    ("Zaanstad", G, "Zaanstad", "", "zaanstad"),
    ("gemeente zaanstad", G, "zaandam", "", "zaanstad"),
    ("Gemeente Purmerend", G, "Purmerend", "www.purmerend.nl", "purmerend"),
    ("Purmerend", G, "Purmerend", "", "purmerend"),
    ("Gemeente Castricum", G, "Castricum", "www.castricum.nl", "castricum"),
    ("Castricum gemeente", G, "", "", "castricum"),
    ("Gemeente Heiloo", G, "Heiloo", "", "heiloo"),
    # province, water board, UWV, the Werkgeversservicepunten, GGD, Veiligheidsregio
    ("Provincie Noord-Holland", P, "Haarlem", "www.noord-holland.nl", "pnh"),
    ("PNH", P, "Haarlem", "", "pnh"),
    ("Province of North Holland", P, "Haarlem", "", "pnh"),
    ("Hoogheemraadschap Hollands Noorderkwartier", P, "Heerhugowaard", "www.hhnk.nl", "hhnk"),
    ("HHNK", P, "Heerhugowaard", "", "hhnk"),
    ("Hoogheemraadschap HNK", P, "Dijk en Waard", "", "hhnk"),
    ("hoogheemraadschap hollands noorderkwartier", P, "", "", "hhnk"),
    ("UWV", P, "Alkmaar", "www.uwv.nl", "uwv"),
    ("UWV WERKbedrijf Alkmaar", P, "Alkmaar", "", "uwv"),
    ("UWV Zaandam", P, "Zaandam", "", "uwv"),
    ("uwv werkgeversdienstverlening", P, "Hoorn", "", "uwv"),
    ("Werkgeversservicepunt Regio Alkmaar", P, "Alkmaar", "", "wsp-alkmaar"),
    ("WSP Regio Alkmaar", G, "Alkmaar", "", "wsp-alkmaar"),
    ("WSP Alkmaar", P, "Alkmaar", "", "wsp-alkmaar"),
    ("Werkgeversservicepunt Zaanstreek/Waterland", P, "Zaandam", "", "wsp-zw"),
    ("WSP Zaanstreek-Waterland", P, "Zaandam", "", "wsp-zw"),
    ("wsp zaanstreek waterland", A, "", "", "wsp-zw"),
    ("GGD Hollands Noorden", P, "Alkmaar", "", "ggd-hn"),
    ("GGD HN", P, "Schagen", "", "ggd-hn"),
    ("GGD Hollands-Noorden, afdeling Jeugdgezondheidszorg", A, "Hoorn", "", "ggd-hn"),
    ("Veiligheidsregio Noord-Holland Noord", P, "Alkmaar", "www.vrnhn.nl", "vrnhn"),
    ("VRNHN", P, "Alkmaar", "", "vrnhn"),
    # schools
    ("Horizon College", ON, "Alkmaar", "www.horizoncollege.nl", "horizon"),
    ("Horizon College locatie Hoorn", ON, "Hoorn", "", "horizon"),
    ("horizon college", ON, "Heerhugowaard", "", "horizon"),
    ("Horizon Colege", ON, "Purmerend", "", "horizon"),
    ("ROC Horizon College", ON, "Alkmaar", "", "horizon"),
    ("Vonk", ON, "Den Helder", "", "vonk"),
    ("Vonk (voorheen ROC Kop van Noord-Holland)", ON, "Den Helder", "", "vonk"),
    ("ROC Kop", ON, "Den Helder", "", "vonk"),
    ("ROC Kop van NH", ON, "Schagen", "", "vonk"),
    ("Clusius College", ON, "Hoorn", "", "vonk"),
    ("Regio College", ON, "Zaandam", "www.regiocollege.nl", "regio-college"),
    ("Regio College Zaandam", ON, "Zaandam", "", "regio-college"),
    ("ROC Regio College", ON, "Zaanstad", "", "regio-college"),
    ("Regiocollege", ON, "Purmerend", "", "regio-college"),
    ("Hogeschool Inholland", ON, "Alkmaar", "www.inholland.nl", "inholland"),
    ("Inholland Alkmaar", ON, "Alkmaar", "", "inholland"),
    ("Inholland University of Applied Sciences", ON, "", "", "inholland"),
    # care
    ("Noordwest Ziekenhuisgroep", W, "Alkmaar", "www.nwz.nl", "nwz"),
    ("NWZ", W, "Alkmaar", "", "nwz"),
    ("Noordwest Ziekenhuisgroep locatie Den Helder", A, "Den Helder", "", "nwz"),
    ("Medisch Centrum Alkmaar", W, "Alkmaar", "", "nwz"),
    ("noordwest ziekenhuisgroep", A, "alkmaar", "", "nwz"),
    ("Dijklander Ziekenhuis", W, "Hoorn", "www.dijklander.nl", "dijklander"),
    ("Dijklander", A, "Purmerend", "", "dijklander"),
    ("Dijklander ziekenhuis locatie Purmerend", W, "Purmerend", "", "dijklander"),
    ("Westfriesgasthuis", W, "Hoorn", "", "dijklander"),
    ("Zaans Medisch Centrum", W, "Zaandam", "www.zaansmedischcentrum.nl", "zmc"),
    ("ZMC", A, "Zaandam", "", "zmc"),
    ("Zaans MC", W, "Zaandam", "", "zmc"),
    ("GGZ Noord-Holland-Noord", A, "Heiloo", "www.ggz-nhn.nl", "ggz-nhn"),
    ("GGZ NHN", W, "Heiloo", "", "ggz-nhn"),
    ("ggz noord holland noord", A, "", "", "ggz-nhn"),
    ("Omring", W, "Hoorn", "www.omring.nl", "omring"),
    ("Zorgorganisatie Omring", A, "Hoorn", "", "omring"),
    ("omring thuiszorg", W, "Hoorn", "", "omring"),
    ("Esdégé-Reigersdaal", W, "Heerhugowaard", "", "esdege"),
    ("Esdege Reigersdaal", A, "Dijk en Waard", "", "esdege"),
    # employers
    ("Tata Steel", W, "IJmuiden", "www.tatasteel.nl", "tata-steel"),
    ("Tata Steel IJmuiden B.V.", W, "Velsen", "", "tata-steel"),
    ("Damen Shipyards Den Helder", W, "Den Helder", "", "damen-den-helder"),
    ("Damen Den Helder", W, "Den Helder", "", "damen-den-helder"),
    ("Koninklijke Marine", W, "Den Helder", "", "defensie"),
    ("Ministerie van Defensie", P, "Den Helder", "www.defensie.nl", "defensie"),
    ("Royal Netherlands Navy", W, "Den Helder", "", "defensie"),
    ("Albert Heijn", W, "Zaandam", "www.ah.nl", "albert-heijn"),
    ("Albert Heijn B.V.", W, "Zaandam", "", "albert-heijn"),
    ("Ahold Delhaize", W, "Zaandam", "", "ahold-delhaize"),
    ("Koninklijke Ahold Delhaize N.V.", W, "Zaandam", "", "ahold-delhaize"),
    ("Enza Zaden", W, "Enkhuizen", "www.enzazaden.com", "enza"),
    ("Enza Zaden B.V.", W, "Enkhuizen", "", "enza"),
    ("ENZA ZADEN", W, "Enkhuizen", "", "enza"),
    ("PWN", W, "Velserbroek", "www.pwn.nl", "pwn"),
    ("PWN Waterleidingbedrijf Noord-Holland", W, "Velserbroek", "", "pwn"),
    ("Woonwaard", A, "Alkmaar", "", "woonwaard"),
    ("Woonwaard Noord-Kennemerland", W, "Alkmaar", "", "woonwaard"),
    ("Parteon", A, "Wormerveer", "", "parteon"),
    ("woningcorporatie Parteon", A, "Zaandam", "", "parteon"),
    # no organisation
    ("zzp", A, "Alkmaar", "", ""),
    ("n.v.t.", A, "", "", ""),
    ("Eigen bedrijf (zzp)", W, "Heiloo", "", ""),
    ("geen", A, "", "", ""),
]

REMARKS = ["Graag vaker in de Kop organiseren.", "Goede sessie over zij-instroom.",
           "Meer tijd voor netwerken graag.", "De presentatie graag nasturen.",
           "Volgende keer ook het vo uitnodigen.", "Parkeren was lastig."]


def ordered() -> list[tuple[str, str, str, str, str]]:
    """The responses in the order they came in (a fixed shuffle: colleagues of one
    organisation answered at different times)."""
    answers = list(ANSWERS)
    random.Random(18).shuffle(answers)
    return answers


def times(n: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """Start and completion time of each response, in the order of their ID: most on the
    afternoon of the meeting, the rest over the next eleven days (the reminder of 24
    November)."""
    rng = random.Random(1918)
    out = []
    done = dt.datetime(2026, 11, 19, 16, 5, 0)
    for i in range(n):
        if i < 46:
            done += dt.timedelta(seconds=rng.randint(20, 420))
        elif i == 46:
            done = dt.datetime(2026, 11, 20, 8, 41, 12)
        elif i == 70:
            done = dt.datetime(2026, 11, 24, 9, 2, 40)
        else:
            done += dt.timedelta(seconds=rng.randint(300, 14000))
        out.append((done - dt.timedelta(seconds=rng.randint(70, 600)), done))
    return out


def write_export(path: Path) -> list[str]:
    """Write the workbook; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2026)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    answers = ordered()
    for number, ((name, kind, place, web, organisation), (start, done)) in enumerate(
            zip(answers, times(len(answers)), strict=True), start=1):
        themes = "".join(f"{t};" for t in sorted(rng.sample(THEMES, rng.randint(1, 3)),
                                                   key=THEMES.index))
        remark = REMARKS[number % len(REMARKS)] if number % 7 == 3 else None
        ws.append([number, start, done, "anonymous", "Anonymous", None, name, kind,
                   place or None, web or None, rng.choice([3, 4, 4, 4, 5, 5]), themes, remark,
                   "Nee" if number % 23 == 11 else "Ja"])
        row = ws.max_row
        for col in (2, 3):
            ws.cell(row=row, column=col).number_format = "m/d/yy h:mm:ss"
        truth.append(organisation)
    fixed = dt.datetime(2026, 12, 1, 10, 12, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Microsoft Forms"
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 10, 12, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-01T10:12:00Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # an answer that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
