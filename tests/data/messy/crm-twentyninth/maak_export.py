"""Write the twenty-ninth held-out organisation list: a Zoom webinar's registration report,
downloaded as CSV, and truth.csv beside this script.

    python tests/data/messy/crm-twentyninth/maak_export.py

The registration report of a Zoom webinar "Kansen in de techniek: werkgevers en onderwijs in
Amsterdam-Amstelland" (illustrative: no real webinar or network is named), held on Thursday
26 November 2026 by a labour-market and education network of Amsterdam-Amstelland
(Amsterdam with Amsterdam-Noord, Nieuw-West, Zuidoost and, since 24 March 2022, Weesp;
Amstelveen, Aalsmeer, Ouder-Amstel with Duivendrecht and Ouderkerk aan de Amstel, Uithoorn,
Diemen). The host downloaded it from the web portal (Reports → Usage / Webinar →
Registration report, "Export as CSV File") and keeps it as a list of the organisations
that showed interest.

The file as Zoom writes it (see below for what was checked):

- line 1 "Registration Report"; line 2 "Report generated time" and the time; line 3 the
  webinar's header "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),#
  Registrants" and line 4 its values; line 5 empty; line 6 the header of the registrants'
  table; the registrants from line 7, in the order in which they registered;
- the registrants' columns: Zoom's standard questions as the host switched them on ("First
  Name", "Last Name", "Email", "City", "Country/Region", "Organization", "Job Title",
  "Industry"), then "Registration Time" and "Approval Status", then the webinar's two custom
  questions: "Soort organisatie" (required, one choice: Werkgever / bedrijf, Onderwijs,
  Gemeente, Andere overheid / publieke instelling, Intermediair / netwerkorganisatie,
  Anders) and "Gemeente" (optional, short text, "In welke gemeente is uw organisatie
  gevestigd?" shown as "Gemeente");
- times as "Nov 12, 2026 09:14:33" (the month's English abbreviation, the account's time
  zone, 24 hours), quoted because of the comma; "approved", "denied" as the approval status;
  "Netherlands" as the country, chosen from Zoom's list;
- UTF-8 with a byte-order mark, lines ending CRLF, fields quoted only where needed.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in public repositories that read Zoom webinar report CSVs (scripts and test
  fixtures): that a report starts with its title line ("Attendee Report"), a "Report
  generated time" line, then a header "Topic,Webinar ID,Actual Start Time,Actual Duration
  (minutes),# Registrants,…" and a line of its values, before the table of people; that
  the people's table has "First Name", "Last Name", "Email", "Registration Time",
  "Approval Status" and the webinar's custom questions as columns headed by the question;
  that "Approval Status" says "approved"; that one real report wrote times as "Mar 22, 2025
  19:28:32" (synthetic fixtures wrote "08/09/2026 02:31:08 PM": this list follows the real
  one). Checked in Zoom's API documentation as stored (SDKs generated from it): that a
  registrant has the standard fields city, country, org (Organization), job_title,
  industry, and custom questions; that a registrant's status is approved, pending or denied.
  Checked in Zoom's support pages as stored: that the Registration Report lists the
  registrants of a webinar with registration, exportable as CSV, and that a registrant who
  registered with wrong information registers again (so one person may stand twice).
- not checked, from general knowledge, the plausible choice taken: the title "Registration
  Report" (the attendee report's form taken over); the section of the attendee report that
  names the table ("Attendee Details") left out, an empty line instead; "# Registrants" in
  the webinar's header; the byte-order mark and CRLF; the standard questions' labels
  "City", "Country/Region", "Organization", "Job Title", "Industry" as the export heads
  them. No download was made for this fixture.

No personal data: the person columns hold none. "First Name" is "anoniem" (a real report
has the registrant's first name: Zoom requires it), "Last Name" is empty, "Email" is a
generic address of the organisation (info@<its domain>, only where the domain is widely
known) or empty (a real report always has an e-mail address: Zoom requires one), "Job
Title" is empty or "anoniem". No phone number, street, postcode, person or personal e-mail
address. A Zoom report has no register number: no KvK number or BRIN code in any row.

The mess is the registrants': several came from one organisation, and each typed its name
their own way (in full, abbreviated, in small letters, with a typo, with a department, a
faculty or a location, with a legal form, in English, under a former name), chose its kind
their own way (a hospital "Werkgever / bedrijf" or "Anders", the Werkgeversservicepunt
"Gemeente" once, the Havenbedrijf "Andere overheid"), typed the city and the municipality
their own way (a stadsdeel, a village, the former municipality Weesp, small letters, the
municipality of a location outside the region, or nothing). Some registered twice (the
same organisation typed again, once with the generic address and once without). Three
answered "Organization" with no organisation ("zzp", "n.v.t.", "particulier"): they stand in
the file and not in truth.csv.

Organisations under an earlier name (as remembered, not checked in a stored source):
Weesp → Amsterdam (24 March 2022); the Academisch Medisch Centrum (AMC) and the VU medisch
centrum (VUmc) → Amsterdam UMC (the merger of 2018); the Bloemenveiling Aalsmeer →
FloraHolland (2008) → Royal FloraHolland; the Amsterdam ArenA → Johan Cruijff ArenA (2018).
A registrant who typed the old name meant the organisation they work for now, so the row is
the successor in truth.csv.

How a location, department or part was decided (as the region's networker would): a
location, department, faculty, college, stadsdeel or team of an organisation is that
organisation (a stadsdeel and the stadsgebied Weesp are the Gemeente Amsterdam; the MBO
College Zuidoost and the MBO College Airport are the ROC van Amsterdam; the HvA's Faculteit
Techniek is the HvA; the UvA's FNWI is the UvA; OLVG West and Oost are OLVG; KLM
Engineering & Maintenance is KLM; UWV WERKbedrijf is UWV). Apart stay bodies the network
deals with as partners of their own: KLM, its parent Air France-KLM and its subsidiaries
KLM Cityhopper and Transavia; Heineken N.V. and Heineken Nederland; Liander and its parent
Alliander; Waternet and the Waterschap Amstel, Gooi en Vecht; the Gemeente Amsterdam, the
GVB (its company), the Metropoolregio Amsterdam and the Werkgeversservicepunt Groot
Amsterdam; the WSP Groot Amsterdam and the WSP Zaanstreek/Waterland; the ROC van Amsterdam
and ROC TOP; the HvA and the UvA; the Vrije Universiteit and Amsterdam UMC (its location
VUmc); the UvA and the Amsterdam Science Park; the four hospitals (Amsterdam UMC, OLVG,
Ziekenhuis Amstelland, BovenIJ); AFC Ajax and the Johan Cruijff ArenA; the Gemeente
Amstelveen and the Amstelveen College; the Gemeente Aalsmeer and Royal FloraHolland in
Aalsmeer.

Facts: names, places and domains from what is widely known of the organisations, as
remembered, not checked in a stored source. Registration times, industries and approval
statuses are illustrative; every row is loaded with source ``illustratief`` (see
``mappings/``). KLM Engineering & Maintenance, KLM Cityhopper, Transavia and the ROC's MBO
College Airport are at Schiphol (Haarlemmermeer), Alliander in Arnhem, Heineken Nederland
in Zoeterwoude, the province in Haarlem, the WSP Zaanstreek/Waterland in Zaandam: their
registrants came all the same.

``truth.csv`` says which organisation each row means: the row numbers a spreadsheet shows
when it opens the CSV (line 1 "Registration Report", the table's header line 6, the first
registrant line 7). A municipality's rows, and the rows of the municipality it took over,
are the municipality's organisation. A registration that names no organisation is not in
truth.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Kansen in de techniek - Registration Report.csv"

TOPIC = "Kansen in de techniek: werkgevers en onderwijs in Amsterdam-Amstelland"
WEBINAR_ID = "861 2034 5577"
HEADER = ["First Name", "Last Name", "Email", "City", "Country/Region", "Organization",
          "Job Title", "Industry", "Registration Time", "Approval Status",
          "Soort organisatie", "Gemeente"]

W, ON, G, P, IN, A = ("Werkgever / bedrijf", "Onderwijs", "Gemeente",
                     "Andere overheid / publieke instelling",
                     "Intermediair / netwerkorganisatie", "Anders")

# (organisation as typed, kind chosen, municipality as typed, city as typed, industry,
#  generic e-mail or "", truth id or "" for a registration that names no organisation),
#  in the order the registrations came in.
REGISTRANTS: list[tuple[str, str, str, str, str, str, str]] = [
    ("Gemeente Amsterdam", G, "Amsterdam", "Amsterdam", "Overheid", "info@amsterdam.nl",
     "amsterdam"),
    ("ROC van Amsterdam", ON, "Amsterdam", "Amsterdam", "Onderwijs", "info@rocva.nl",
     "rocva"),
    ("KLM", W, "Amstelveen", "Amstelveen", "Luchtvaart", "info@klm.com", "klm"),
    ("Hogeschool van Amsterdam", ON, "Amsterdam", "Amsterdam", "Onderwijs", "info@hva.nl",
     "hva"),
    ("UWV", P, "Amsterdam", "Amsterdam", "Overheid", "info@uwv.nl", "uwv"),
    ("Royal FloraHolland", W, "Aalsmeer", "Aalsmeer", "Sierteelt", "", "floraholland"),
    ("Werkgeversservicepunt Groot Amsterdam", IN, "Amsterdam", "", "Arbeidsmarkt", "",
     "wsp-ga"),
    ("Amsterdam UMC", W, "Amsterdam", "Amsterdam", "Zorg", "info@amsterdamumc.nl",
     "amsterdam-umc"),
    ("GVB", W, "Amsterdam", "Amsterdam", "Openbaar vervoer", "info@gvb.nl", "gvb"),
    ("gemeente Amstelveen", G, "Amstelveen", "Amstelveen", "Overheid", "info@amstelveen.nl",
     "amstelveen"),
    ("Waternet", P, "Amsterdam", "Amsterdam", "Water", "info@waternet.nl", "waternet"),
    ("Liander", W, "", "Amsterdam", "Energie", "info@liander.nl", "liander"),
    ("HvA Faculteit Techniek", ON, "Amsterdam", "Amsterdam", "Onderwijs", "", "hva"),
    ("ROCvA", ON, "", "Amsterdam", "", "", "rocva"),
    ("Gemeente Amsterdam, Werk, Participatie en Inkomen", G, "Amsterdam", "Amsterdam",
     "Overheid", "", "amsterdam"),
    ("Gemeente Aalsmeer", G, "Aalsmeer", "Aalsmeer", "Overheid", "info@aalsmeer.nl",
     "aalsmeer"),
    ("KLM Engineering & Maintenance", W, "Haarlemmermeer", "Schiphol", "Luchtvaart", "",
     "klm"),
    ("OLVG", W, "Amsterdam", "Amsterdam", "Zorg", "info@olvg.nl", "olvg"),
    ("Vrije Universiteit Amsterdam", ON, "Amsterdam", "Amsterdam", "Onderwijs",
     "info@vu.nl", "vu"),
    ("Universiteit van Amsterdam", ON, "Amsterdam", "Amsterdam", "Onderwijs",
     "info@uva.nl", "uva"),
    ("Port of Amsterdam", W, "Amsterdam", "Amsterdam", "Haven / logistiek",
     "info@portofamsterdam.com", "port"),
    ("Gemeente Diemen", G, "Diemen", "Diemen", "Overheid", "info@diemen.nl", "diemen"),
    ("Hogeschool Inholland", ON, "Diemen", "Diemen", "Onderwijs", "info@inholland.nl",
     "inholland"),
    ("ROC TOP", ON, "Amsterdam", "Amsterdam", "Onderwijs", "", "roc-top"),
    ("Amsterdam Economic Board", IN, "Amsterdam", "Amsterdam", "", "", "aeb"),
    ("Johan Cruijff ArenA", W, "Amsterdam", "Amsterdam-Zuidoost", "Evenementen", "",
     "arena"),
    ("Heineken", W, "Amsterdam", "Amsterdam", "Food & beverage", "info@heineken.com",
     "heineken"),
    ("Gemeente Uithoorn", G, "Uithoorn", "Uithoorn", "Overheid", "info@uithoorn.nl",
     "uithoorn"),
    ("Alkwin Kollege", ON, "Uithoorn", "Uithoorn", "Onderwijs", "", "alkwin"),
    ("Gemeente Ouder-Amstel", G, "Ouder-Amstel", "Duivendrecht", "Overheid", "",
     "ouder-amstel"),
    ("UWV WERKbedrijf Amsterdam", P, "Amsterdam", "", "Arbeidsmarkt", "", "uwv"),
    ("KLM Royal Dutch Airlines", W, "Amstelveen", "Amstelveen", "Aviation", "", "klm"),
    ("Amstelveen College", ON, "Amstelveen", "Amstelveen", "Onderwijs", "",
     "amstelveen-college"),
    ("Ziekenhuis Amstelland", W, "Amstelveen", "Amstelveen", "Zorg", "", "zh-amstelland"),
    ("Provincie Noord-Holland", P, "Haarlem", "Haarlem", "Overheid", "", "pnh"),
    ("Gemeente Amsterdam stadsdeel Zuidoost", G, "Amsterdam", "Amsterdam Zuidoost",
     "Overheid", "", "amsterdam"),
    ("AMC", A, "Amsterdam", "Amsterdam", "Zorg", "", "amsterdam-umc"),
    ("Amsterdam University of Applied Sciences", ON, "Amsterdam", "Amsterdam", "Education",
     "", "hva"),
    ("ROC van Amsterdam - MBO College Zuidoost", ON, "Amsterdam", "Amsterdam-Zuidoost",
     "Onderwijs", "", "rocva"),
    ("Waterschap Amstel, Gooi en Vecht", P, "Amsterdam", "Amsterdam", "Water", "", "agv"),
    ("FloraHolland Aalsmeer", W, "Aalsmeer", "Aalsmeer", "", "", "floraholland"),
    ("WSP Groot Amsterdam", G, "Amsterdam", "Amsterdam", "", "", "wsp-ga"),
    ("Alliander", W, "Arnhem", "Arnhem", "Energie", "", "alliander"),
    ("Hout- en Meubileringscollege", ON, "Amsterdam", "Amsterdam", "Onderwijs", "", "hmc"),
    ("Metropoolregio Amsterdam", P, "Amsterdam", "Amsterdam", "Overheid", "", "mra"),
    ("Transavia", W, "Haarlemmermeer", "Schiphol", "Luchtvaart", "", "transavia"),
    ("Air France-KLM", W, "Amstelveen", "Amstelveen", "Luchtvaart", "", "afklm"),
    ("Hermann Wesselink College", ON, "Amstelveen", "Amstelveen", "Onderwijs", "", "hwc"),
    ("GVB Amsterdam", W, "", "Amsterdam", "", "", "gvb"),
    ("Gemeente Weesp", G, "Weesp", "Weesp", "Overheid", "", "amsterdam"),
    ("Abbott Weesp", W, "Weesp", "Weesp", "Farmacie", "", "abbott"),
    ("OLVG locatie West", W, "Amsterdam", "Amsterdam", "Zorg", "", "olvg"),
    ("BovenIJ Ziekenhuis", W, "Amsterdam", "Amsterdam-Noord", "Zorg", "", "boven-ij"),
    ("Ajax", W, "Amsterdam", "Amsterdam", "Sport", "info@ajax.nl", "ajax"),
    ("zzp", A, "Amstelveen", "Amstelveen", "Techniek", "", ""),
    ("Havenbedrijf Amsterdam", P, "Amsterdam", "Amsterdam", "Haven", "", "port"),
    ("Liander N.V.", W, "Amsterdam", "Amsterdam", "Netbeheer", "", "liander"),
    ("Stichting Waternet", P, "", "Amsterdam", "", "", "waternet"),
    ("gem. Amsterdam - Economische Zaken", G, "amsterdam", "Amsterdam", "", "", "amsterdam"),
    ("uwv", P, "", "Amsterdam", "", "", "uwv"),
    ("ROC A'dam", ON, "Amsterdam", "Amsterdam", "", "", "rocva"),
    ("VU", ON, "Amsterdam", "Amsterdam", "", "", "vu"),
    ("Academisch Medisch Centrum", W, "Amsterdam", "Amsterdam", "Zorg", "",
     "amsterdam-umc"),
    ("Werkgeversservicepunt Zaanstreek/Waterland", IN, "Zaanstad", "Zaandam", "Arbeidsmarkt",
     "", "wsp-zw"),
    ("Inholland Amsterdam/Diemen", ON, "Diemen", "Diemen", "", "", "inholland"),
    ("Koninklijke Luchtvaart Maatschappij", W, "Amstelveen", "", "", "", "klm"),
    ("Bloemenveiling Aalsmeer", W, "Aalsmeer", "Aalsmeer", "Bloemen", "", "floraholland"),
    ("Amsterdam ArenA", W, "Amsterdam", "Amsterdam", "", "", "arena"),
    ("Heineken Nederland", W, "Zoeterwoude", "Zoeterwoude", "Brouwerij", "", "heineken-nl"),
    ("Gemeente Amstelveen - afdeling Werk en Inkomen", G, "Amstelveen", "", "", "",
     "amstelveen"),
    ("Amsterdam Science Park", A, "Amsterdam", "Amsterdam", "Wetenschap", "",
     "science-park"),
    ("Universiteit v. Amsterdam, Faculteit der Natuurwetenschappen (FNWI)", ON, "Amsterdam",
     "Amsterdam Science Park", "", "", "uva"),
    ("Gemeente Ouder Amstel", G, "Ouderkerk aan de Amstel", "Ouderkerk a/d Amstel", "", "",
     "ouder-amstel"),
    ("n.v.t.", A, "", "", "", "", ""),
    ("Amsterdam UMC locatie VUmc", W, "Amsterdam", "Amsterdam", "Zorg", "",
     "amsterdam-umc"),
    ("Hogeschool v. Amsterdam", ON, "Amsterdam", "Amsterdam", "", "", "hva"),
    ("Diemen (gemeente)", G, "Diemen", "Diemen", "", "", "diemen"),
    ("ROC van Amsterdam, MBO College Airport", ON, "Haarlemmermeer", "Hoofddorp",
     "Onderwijs", "", "rocva"),
    ("Royal Flora Holland", W, "aalsmeer", "Aalsmeer", "", "", "floraholland"),
    ("KLM", W, "", "Schiphol", "", "", "klm"),
    ("Liander Netbeheer Amsterdam", W, "Amsterdam", "Amsterdam", "", "", "liander"),
    ("WSP GA", IN, "Amsterdam", "", "", "", "wsp-ga"),
    ("Provincie N-H", P, "", "Haarlem", "", "", "pnh"),
    ("Ziekenhuis Amstelland Amstelveen", W, "Amstelveen", "", "Zorg", "", "zh-amstelland"),
    ("Gemeente Uithoorn", G, "", "Uithoorn", "", "", "uithoorn"),
    ("Amstelveen college", ON, "amstelveen", "", "", "", "amstelveen-college"),
    ("Gemeente Aalsmeer, team Economie", G, "Aalsmeer", "", "", "", "aalsmeer"),
    ("Heineken N.V.", W, "Amsterdam", "Amsterdam", "", "", "heineken"),
    ("Port of Amsterdam", W, "Amsterdam", "Amsterdam", "", "", "port"),
    ("UWV", P, "Amsterdam", "Amsterdam", "", "", "uwv"),
    ("G.V.B.", W, "Amsterdam", "Amsterdam", "", "", "gvb"),
    ("AEB", IN, "Amsterdam", "", "", "", "aeb"),
    ("Vrije Universiteit", ON, "", "Amsterdam", "", "", "vu"),
    ("ROC Top Amsterdam", ON, "Amsterdam", "Amsterdam-West", "", "", "roc-top"),
    ("Waternet (Amsterdam)", P, "Amsterdam", "", "", "", "waternet"),
    ("OLVG Oost", W, "Amsterdam", "Amsterdam", "", "", "olvg"),
    ("gemeente amsterdam", G, "", "", "", "", "amsterdam"),
    ("Alkwin Kollege Uithoorn", ON, "Uithoorn", "Uithoorn", "", "", "alkwin"),
    ("Johan Cruyff Arena", W, "Amsterdam Zuidoost", "", "", "", "arena"),
    ("AFC Ajax N.V.", W, "Amsterdam", "", "", "", "ajax"),
    ("HvA", ON, "Amsterdam", "Amsterdam", "", "", "hva"),
    ("Inholland", ON, "Amsterdam", "", "", "", "inholland"),
    ("ROCvA", ON, "Amsterdam", "", "", "", "rocva"),
    ("particulier", A, "", "", "", "", ""),
    ("Stadsdeel Nieuw-West", G, "Amsterdam", "Amsterdam Nieuw-West", "", "", "amsterdam"),
    ("KLM Cityhopper", W, "Haarlemmermeer", "Schiphol", "Luchtvaart", "", "klm-cityhopper"),
    ("Abbott Healthcare Products B.V.", W, "Weesp", "", "", "", "abbott"),
    ("Metropool Regio Amsterdam (MRA)", P, "", "Amsterdam", "", "", "mra"),
    ("Universiteit van Amsterdam", ON, "Amsterdam", "", "", "", "uva"),
    ("Amsterdam UMC", W, "", "Amsterdam", "", "", "amsterdam-umc"),
    ("BovenIJ", W, "Amsterdam-Noord", "", "", "", "boven-ij"),
    ("Gemeente Amsterdam, stadsgebied Weesp", G, "Weesp", "Weesp", "", "", "amsterdam"),
    ("HMC vakschool", ON, "Amsterdam", "", "", "", "hmc"),
    ("Alliander N.V.", W, "Arnhem", "", "", "", "alliander"),
    ("Science Park Amsterdam", A, "", "Amsterdam", "", "", "science-park"),
    ("WSP Zaanstreek Waterland", IN, "Zaanstad", "", "", "", "wsp-zw"),
]

FIRST_ROW = 7  # line 1 the title, 2 the report's time, 3-4 the webinar, 5 empty, 6 header
DENIED = {"zzp", "particulier"}  # the host denied two registrations of no organisation


def registration_times() -> list[str]:
    """One time per registration, in order, from 20 October to 25 November 2026."""
    out = []
    for i in range(len(REGISTRANTS)):
        day = dt.datetime(2026, 10, 20) + dt.timedelta(days=i * 36 // len(REGISTRANTS))
        t = day + dt.timedelta(hours=8 + (i * 7) % 14, minutes=(i * 37) % 60,
                               seconds=(i * 17) % 60)
        out.append(t)
    return [t.strftime("%b %-d, %Y %H:%M:%S") for t in sorted(out)]


def main() -> None:
    times = registration_times()
    with EXPORT.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["Registration Report"])
        w.writerow(["Report generated time", "Nov 26, 2026 17:04:09"])
        w.writerow(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)",
                    "# Registrants"])
        w.writerow([TOPIC, WEBINAR_ID, "Nov 26, 2026 14:58:40", 94, len(REGISTRANTS)])
        w.writerow([])
        w.writerow(HEADER)
        for i, (org, kind, gemeente, city, industry, email, _) in enumerate(REGISTRANTS):
            job = "anoniem" if i % 3 == 0 else ""
            status = "denied" if org in DENIED else "approved"
            w.writerow(["anoniem", "", email, city, "Netherlands", org, job, industry,
                        times[i], status, kind, gemeente])
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "organisation"])
        for i, reg in enumerate(REGISTRANTS):
            if reg[-1]:
                w.writerow([FIRST_ROW + i, reg[-1]])


if __name__ == "__main__":
    main()
