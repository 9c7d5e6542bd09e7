"""Write the sixteenth held-out organisation list: the Airtable CSV and truth.csv beside this
script.

    python tests/data/messy/crm-sixteenth/maak_export.py

An Airtable base downloaded as CSV: the grid view of its table "Organisaties", view menu →
"Download CSV", as a regional labour-market and education network of Gooi en Vechtstreek,
the Kop van Noord-Holland and West-Friesland keeps its employers, schools, municipalities,
public bodies and partners (the network itself is illustrative, no real one is named; the
base was started in 2015 from an older Excel address list). One table, the fields in the
order of the view, the primary field "Naam" first, one line per record, the records in the
view's order (the order in which they were made: the view is neither sorted nor grouped).

The fields, named by the network's own staff: "Naam" (the primary field, single line text),
"Type" (multiple select: Gemeente, Overheid, Onderwijs, Kennisinstelling, Werkgever, Zorg,
Wonen, Netwerkpartner; a record may have two, or none), "Plaats" (single line text, as
typed), "Regio" (single select: Gooi en Vechtstreek, Kop van Noord-Holland, West-Friesland,
Noord-Holland, Landelijk), "Hoort bij" (a link to another record of the same table: the
parent organisation, for a location, a department or a body run by another), "Website"
(URL field, as typed), "Thema's" (multiple select), "Convenant" (checkbox: signed the
region's Human Capital Agenda covenant), "Actief" (checkbox: the record is still used),
"Bijlagen" (attachments: the signed covenant, an intention statement), "Accounthouder"
(single select of roles: in a real base a collaborator field with a person's name), "Telefoon"
(phone field) and "E-mail" (email field), both left empty here, "Notities" (long text, one
line in every record here), "Aangemaakt" (created time) and "Laatst gewijzigd" (last
modified time).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in Airtable's support pages as stored ("Airtable attachment URL behavior";
  "Changes to Airtable attachments", November 2022): that the CSV export writes the
  attachments' download URLs, and that since 8 November 2022 those URLs expire after a few
  hours (download URLs on airtableusercontent.com or dl.airtable.com).
- checked, in public repositories that hold data taken from Airtable CSV downloads (test
  fixtures and SQL dumps, not Airtable's own documentation): an attachment cell is
  "file name (URL)", several attachments joined by a comma without a space
  ("a.jpg (https://dl.airtable.com/.attachments/<32 hex>/<8 hex>/a.jpg),b.jpg (...)");
  several values of a multiple select or a link joined by a comma without a space
  ("Popular,Rock,Ballad"); a last-modified time in the US format as "5/30/2021 11:26pm".
- not checked, from general knowledge, the plausible choice taken: the menu item's name
  ("Download CSV" in the view's menu) and the file's name ("<table>-<view>.csv", here
  "Organisaties-Grid view.csv"); UTF-8 with a byte-order mark; the comma as separator
  whatever the locale; a cell quoted only when it holds a comma, a quote or a line break
  (as Python's csv writes it), lines ended by CRLF; only the view's visible fields
  exported, in its order (so the hidden inverse of "Hoort bij" is not in the file); a
  checkbox as "checked" or empty; a linked record written as the primary field's value of
  the linked record as it is now (a renamed parent shows its new name); a date-time field
  in the "European" format with a 24-hour clock as "14/3/2016 9:05" (day/month/year, no
  leading zeros, the base's time zone); an empty select or link as an empty cell. The URLs
  here are of the older form seen in those files, with made-up hashes: they lead nowhere.
  No export was made for this fixture.

The list's history, as the rows show it: the network moved its Excel address list into
Airtable in March 2015 (the municipalities and the big partners first, some under the names
of the old list: Gemeente Bussum and Naarden, Zijpe, Wieringermeer, CWI, Westfriesgasthuis,
Gemini Ziekenhuis, Tergooi Ziekenhuizen); three accountmanagers (Gooi en Vechtstreek, Kop
van Noord-Holland, West-Friesland) and the programme secretary add records by hand, each in
their own way (with or without "Gemeente", abbreviations, a location in the name, the
English name from a website). Records no longer used are not deleted but "Actief" is
unchecked, each with a note ("sinds 2016 Gooise Meren"); a duplicate someone noticed has a
note ("dubbel, zie ...", "dubbel?") and stays active. Nobody merged the duplicates.
"Accounthouder" holds a role only. No phone number, e-mail address, street, postcode, KvK
number, VAT number, BRIN code or person.

Organisations under an earlier name (as remembered, not checked): Bussum, Naarden (and
Muiden) → Gooise Meren (1 January 2016); Zijpe (with Schagen and Harenkarspel) → Schagen
(1 January 2013); Wieringermeer (with Anna Paulowna, Niedorp and Wieringen) → Hollands Kroon
(1 January 2012); CWI → UWV (2009); Westfriesgasthuis (Hoorn) → Dijklander Ziekenhuis (the
merger with the Waterland Ziekenhuis of 2017, the name of 2019); Gemini Ziekenhuis (Den
Helder) → Noordwest Ziekenhuisgroep (the merger with the Medisch Centrum Alkmaar of 2015);
Tergooi Ziekenhuizen (Blaricum and Hilversum) → Tergooi MC (the new hospital in Hilversum,
the Blaricum location closed). The list means the successor by the old records (kept for
the contacts who moved), so they are the successor in truth.csv.

One fact the list was made without: the ROC Kop van Noord-Holland and the Clusius College
went on together as Vonk (1 August 2022). The first load said so ("'ROC Kop van
Noord-Holland' → Vonk (sinds 2022-08-01)", and the same for the Clusius College, from the
tool's list of former names with its sources); I had not remembered it when I made the
list, and had made them two organisations. truth.csv was changed for it (their six rows are
one organisation, "vonk"); the rows were not: the staff kept the old records and made no
record "Vonk", as a list of years does.

How a location, department or part was decided (as the region's networker would): a
location, department or service of an organisation is that organisation (UWV Hilversum and
UWV WERKbedrijf Den Helder are UWV; MBO College Hilversum is the ROC van Amsterdam's;
Horizon College Hoorn, Tabor College Vooren, the Clusius College's locations Hoorn and
Schagen, the ROC Kop van Noord-Holland's location Schagen and the Noordwest
Ziekenhuisgroep's location Den Helder are their organisations; the Brandweer Gooi en
Vechtstreek is the Veiligheidsregio Gooi en Vechtstreek's and the Brandweer Noord-Holland
Noord the Veiligheidsregio Noord-Holland Noord's; the Koninklijke Marine and its
Marinebasis Den Helder are the Ministerie van Defensie's; a municipality's department is
the municipality). Apart stay bodies that the network deals with as partners of their own,
even where "Hoort bij" links them: the GGD Gooi en Vechtstreek (run by the Regio Gooi en
Vechtstreek, linked to it) and the Regio; the Werkgeversservicepunt Gooi en Vechtstreek
(linked to the Regio and to UWV, both in one cell) and those two; Damen Shipyards Den
Helder and its parent Damen Shipyards Group (Gorinchem); the two Veiligheidsregio's, the
two Werkgeversservicepunten (Gooi en Vechtstreek; Kop van Noord-Holland) and WerkSaam
Westfriesland.

Precision traps: "Gooi" (the municipality Gooise Meren, the Regio Gooi en Vechtstreek and
its GGD, the Veiligheidsregio and the WSP Gooi en Vechtstreek, the housing corporation Het
Gooi en Omstreken, Tergooi MC); Hilversum (the municipality, NPO, Beeld en Geluid, Tergooi,
UWV, the Regio, the ROC van Amsterdam's college); Den Helder (the municipality, Damen
Shipyards Den Helder, the ROC Kop van Noord-Holland (Vonk), Defensie, the Noordwest's
location, UWV); Texel (the municipality, TESO, NIOZ); Hoorn (the municipality, Horizon
College, the Clusius College (Vonk), Tabor College, Dijklander, WerkSaam, UWV); Enkhuizen
and Enza Zaden; the two seed companies (Enza Zaden, Bejo Zaden) and Seed Valley; the two
hospital groups (Dijklander, Noordwest); Noord-Holland (the province, the Veiligheidsregio
Noord-Holland Noord, the ROC Kop van Noord-Holland); the two ROCs of the Kop and
West-Friesland (Vonk, Horizon College); the two Damen companies.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website or place not known with certainty is
left empty. Types, themes, checkboxes, notes, attachments and times are illustrative; every
row is loaded with source ``illustratief`` (see ``mappings/``). Eemnes lies in the province
of Utrecht but belongs to the Regio Gooi en Vechtstreek; the Ministerie van Defensie (Den
Haag) and Damen Shipyards Group (Gorinchem) lie in Zuid-Holland.

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first record row 2; every record is one line). A municipality's
rows, and the rows of the municipalities it took over, are the municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Organisaties-Grid view.csv"

HEADER = ["Naam", "Type", "Plaats", "Regio", "Hoort bij", "Website", "Thema's", "Convenant",
          "Actief", "Bijlagen", "Accounthouder", "Telefoon", "E-mail", "Notities",
          "Aangemaakt", "Laatst gewijzigd"]

GV, KOP, WF, PS = ("Accountmanager Gooi en Vechtstreek", "Accountmanager Kop van Noord-Holland",
                   "Accountmanager West-Friesland", "Programmasecretaris")
REGIO = {GV: "Gooi en Vechtstreek", KOP: "Kop van Noord-Holland", WF: "West-Friesland"}


def rec(created: str, modified: str, name: str, types: str, place: str, organisation: str,
        who: str, *, regio: str | None = None, link: str = "", web: str = "",
        themes: str = "", covenant: bool = False, inactive: bool = False,
        files: tuple[str, ...] = (), note: str = "") -> dict[str, object]:
    """One record of the base (the times as day and minute, "2015-03-09 10:14")."""
    return {"created": created, "modified": modified, "name": name, "types": types,
            "place": place, "organisation": organisation, "who": who,
            "regio": REGIO.get(who, "Noord-Holland") if regio is None else regio,
            "link": link, "web": web, "themes": themes, "covenant": covenant,
            "inactive": inactive, "files": files, "note": note}


NH, LL = "Noord-Holland", "Landelijk"

RECORDS = [
    # March 2015: the old Excel list moved in (municipalities, big partners)
    rec("2015-03-09 10:14", "2025-11-03 14:02", "Gemeente Hilversum", "Gemeente", "Hilversum",
        "hilversum", GV, web="www.hilversum.nl", themes="Media,Zorg,Techniek", covenant=True,
        files=("Convenant HCA Gooi en Vechtstreek 2019.pdf",)),
    rec("2015-03-09 10:16", "2024-06-17 09:40", "Gemeente Gooise Meren", "Gemeente", "Bussum",
        "gooise-meren", GV, web="www.gooisemeren.nl", themes="Zorg,Techniek", covenant=True),
    rec("2015-03-09 10:17", "2016-01-12 11:25", "Gemeente Bussum", "Gemeente", "Bussum",
        "gooise-meren", GV, inactive=True, note="per 1-1-2016 Gooise Meren, niet meer gebruiken"),
    rec("2015-03-09 10:18", "2016-01-12 11:26", "Gem. Naarden (oud)", "Gemeente", "Naarden",
        "gooise-meren", GV, inactive=True, note="sinds 2016 Gooise Meren"),
    rec("2015-03-09 10:20", "2023-10-02 16:11", "Gemeente Huizen", "Gemeente", "Huizen",
        "huizen", GV, web="www.huizen.nl", themes="Techniek", covenant=True),
    rec("2015-03-09 10:21", "2022-05-30 13:48", "Gemeente Wijdemeren", "Gemeente", "Loosdrecht",
        "wijdemeren", GV, web="www.wijdemeren.nl"),
    rec("2015-03-09 10:23", "2024-01-22 10:05", "Gemeente Eemnes", "Gemeente", "Eemnes",
        "eemnes", GV, web="www.eemnes.nl", note="provincie Utrecht, wel regio G&V"),
    rec("2015-03-09 10:31", "2025-09-15 15:30", "Gemeente Den Helder", "Gemeente", "Den Helder",
        "den-helder", KOP, web="www.denhelder.nl", themes="Maritiem,Techniek,Zorg",
        covenant=True),
    rec("2015-03-09 10:33", "2024-11-25 08:57", "Gemeente Schagen", "Gemeente", "Schagen",
        "schagen", KOP, web="www.schagen.nl", themes="Agri & Food,Techniek", covenant=True),
    rec("2015-03-09 10:34", "2015-04-20 09:12", "Gemeente Zijpe", "Gemeente", "Schagerbrug",
        "schagen", KOP, inactive=True, note="sinds 2013 gemeente Schagen"),
    rec("2015-03-09 10:36", "2025-02-03 11:44", "Gemeente Hollands Kroon", "Gemeente",
        "Wieringerwerf", "hollands-kroon", KOP, web="www.hollandskroon.nl",
        themes="Agri & Food,Energie", covenant=True),
    rec("2015-03-09 10:37", "2015-04-20 09:14", "Gemeente Wieringermeer", "Gemeente",
        "Wieringerwerf", "hollands-kroon", KOP, inactive=True,
        note="opgegaan in Hollands Kroon (2012)"),
    rec("2015-03-09 10:39", "2023-08-28 14:20", "Gemeente Texel", "Gemeente", "Den Burg",
        "texel", KOP, web="www.texel.nl", themes="Maritiem,Zorg"),
    rec("2015-03-09 10:44", "2025-10-06 10:10", "Gemeente Hoorn", "Gemeente", "Hoorn", "hoorn",
        WF, web="www.hoorn.nl", themes="Zorg,Techniek", covenant=True),
    rec("2015-03-09 10:46", "2024-04-08 13:33", "Gemeente Enkhuizen", "Gemeente", "Enkhuizen",
        "enkhuizen", WF, web="www.enkhuizen.nl", themes="Agri & Food"),
    rec("2015-03-09 10:52", "2025-06-23 09:01", "Provincie Noord-Holland", "Overheid",
        "Haarlem", "pnh", PS, regio=NH, web="www.noord-holland.nl", covenant=True),
    rec("2015-03-10 09:05", "2025-03-10 16:45", "UWV", "Overheid", "Amsterdam", "uwv", PS,
        regio=LL, web="www.uwv.nl", themes="Arbeidsmarkt", covenant=True),
    rec("2015-03-10 09:07", "2015-03-10 09:07", "CWI Hoorn", "Overheid", "Hoorn", "uwv", WF,
        inactive=True, note="sinds 2009 UWV"),
    rec("2015-03-10 09:10", "2024-09-02 10:30", "UWV WERKbedrijf Den Helder", "Overheid",
        "Den Helder", "uwv", KOP, link="UWV", web="www.werk.nl", themes="Arbeidsmarkt"),
    rec("2015-03-10 09:14", "2025-01-13 15:15", "Regio Gooi en Vechtstreek",
        "Overheid,Netwerkpartner", "Hilversum", "regio-gv", GV, web="www.regiogv.nl",
        themes="Arbeidsmarkt,Zorg", covenant=True,
        files=("Convenant HCA Gooi en Vechtstreek 2019.pdf", "Bijlage werkagenda 2023.pdf")),
    rec("2015-03-10 09:17", "2023-05-15 11:02", "GGD Gooi en Vechtstreek", "Overheid,Zorg",
        "Hilversum", "ggd-gv", GV, link="Regio Gooi en Vechtstreek", web="www.ggdgv.nl",
        themes="Zorg"),
    rec("2015-03-10 09:20", "2022-11-21 14:37", "Veiligheidsregio Gooi en Vechtstreek",
        "Overheid", "Hilversum", "vrgv", GV, web="www.vrgv.nl"),
    rec("2015-03-10 09:24", "2024-10-14 09:18", "Veiligheidsregio Noord-Holland Noord",
        "Overheid", "Alkmaar", "vrnhn", KOP, regio=NH, web="www.vrnhn.nl"),
    rec("2015-03-10 09:30", "2015-03-10 09:30", "Westfriesgasthuis", "Zorg,Werkgever", "Hoorn",
        "dijklander", WF, inactive=True, note="fusie 2017, nu Dijklander Ziekenhuis"),
    rec("2015-03-10 09:32", "2015-09-07 10:40", "Gemini Ziekenhuis", "Zorg,Werkgever",
        "Den Helder", "nwz", KOP, inactive=True, note="gefuseerd met MCA, nu Noordwest"),
    rec("2015-03-10 09:35", "2021-03-01 08:30", "Tergooi Ziekenhuizen", "Zorg,Werkgever",
        "Blaricum", "tergooi", GV, inactive=True,
        note="locatie Blaricum dicht, zie Tergooi MC"),
    rec("2015-03-10 09:41", "2025-04-28 13:12", "ROC Kop van Noord-Holland", "Onderwijs",
        "Den Helder", "vonk", KOP, web="www.rockopnh.nl",
        themes="Maritiem,Techniek,Zorg", covenant=True),
    rec("2015-03-10 09:44", "2025-05-19 10:25", "Horizon College", "Onderwijs", "Alkmaar",
        "horizon", WF, web="www.horizoncollege.nl", themes="Techniek,Zorg", covenant=True),
    rec("2015-03-10 09:47", "2024-12-09 15:50", "ROC van Amsterdam", "Onderwijs", "Amsterdam",
        "roc-amsterdam", GV, regio=NH, web="www.rocva.nl"),
    rec("2015-03-10 09:50", "2024-03-25 11:11", "Clusius College", "Onderwijs", "Alkmaar",
        "vonk", WF, web="www.clusius.nl", themes="Agri & Food"),
    rec("2015-03-10 09:53", "2023-11-06 09:45", "Hogeschool Inholland", "Onderwijs",
        "Alkmaar", "inholland", PS, regio=NH, web="www.inholland.nl", themes="Techniek,Zorg"),
    rec("2015-03-10 10:02", "2025-08-25 14:05", "NPO", "Werkgever", "Hilversum", "npo", GV,
        web="www.npo.nl", themes="Media"),
    rec("2015-03-10 10:05", "2022-09-12 10:20", "Nederlands Instituut voor Beeld en Geluid",
        "Werkgever,Netwerkpartner", "Hilversum", "beeld-en-geluid", GV,
        web="www.beeldengeluid.nl", themes="Media"),
    rec("2015-03-10 10:11", "2025-07-07 09:35", "Enza Zaden", "Werkgever", "Enkhuizen", "enza",
        WF, web="www.enzazaden.com", themes="Agri & Food", covenant=True),
    rec("2015-03-10 10:13", "2024-06-03 16:02", "Bejo Zaden", "Werkgever", "Warmenhuizen",
        "bejo", KOP, web="www.bejo.com", themes="Agri & Food"),
    rec("2015-03-10 10:16", "2023-02-13 10:48", "TESO", "Werkgever", "Texel", "teso", KOP,
        web="www.teso.nl", themes="Maritiem"),
    rec("2015-03-10 10:20", "2024-02-19 13:27", "Het Gooi en Omstreken", "Wonen", "Hilversum",
        "gooi-omstreken", GV),
    # 2015-2016: by hand
    rec("2015-05-18 14:22", "2019-10-07 09:15", "Hilversum", "Gemeente", "Hilversum",
        "hilversum", PS, note="dubbel, zie Gemeente Hilversum"),
    rec("2015-06-02 11:05", "2025-02-17 10:40", "Ministerie van Defensie", "Overheid,Werkgever",
        "Den Haag", "defensie", PS, regio=LL, web="www.defensie.nl", themes="Maritiem,Techniek",
        covenant=True),
    rec("2015-06-02 11:09", "2024-05-13 15:55", "Koninklijke Marine", "Werkgever",
        "Den Helder", "defensie", KOP, link="Ministerie van Defensie", themes="Maritiem"),
    rec("2015-09-21 13:30", "2025-09-29 11:20", "Noordwest Ziekenhuisgroep", "Zorg,Werkgever",
        "Alkmaar", "nwz", KOP, regio=NH, web="www.nwz.nl", themes="Zorg", covenant=True),
    rec("2015-09-21 13:34", "2023-06-26 09:50", "Noordwest Ziekenhuisgroep locatie Den Helder",
        "Zorg", "Den Helder", "nwz", KOP, link="Noordwest Ziekenhuisgroep", themes="Zorg"),
    rec("2015-10-12 10:00", "2024-10-21 14:14", "UWV Hilversum", "Overheid", "Hilversum", "uwv",
        GV, link="UWV", themes="Arbeidsmarkt"),
    rec("2015-11-30 15:48", "2025-01-27 10:03", "Damen Shipyards Den Helder", "Werkgever",
        "Den Helder", "damen-den-helder", KOP, link="Damen Shipyards Group",
        themes="Maritiem,Techniek", covenant=True),
    rec("2015-11-30 15:51", "2022-01-10 12:00", "Damen Shipyards Group", "Werkgever",
        "Gorinchem", "damen-group", KOP, regio=LL, web="www.damen.com"),
    rec("2016-01-11 09:22", "2025-03-31 09:48", "Werkgeversservicepunt Gooi en Vechtstreek",
        "Overheid", "Hilversum", "wsp-gv", GV, link="Regio Gooi en Vechtstreek,UWV",
        themes="Arbeidsmarkt", covenant=True),
    rec("2016-01-11 09:30", "2024-11-04 16:20", "Werkgeversservicepunt Kop van Noord-Holland",
        "Overheid", "Den Helder", "wsp-kop", KOP, themes="Arbeidsmarkt", covenant=True),
    rec("2016-01-11 09:36", "2025-06-09 13:05", "WerkSaam Westfriesland", "Overheid,Werkgever",
        "Hoorn", "werksaam", WF, web="www.werksaamwf.nl", themes="Arbeidsmarkt",
        covenant=True),
    rec("2016-01-12 11:30", "2025-04-14 08:45", "Gooise Meren", "Gemeente", "Naarden",
        "gooise-meren", PS, note="dubbel?"),
    rec("2016-02-08 10:15", "2024-08-19 11:30", "Dijklander Ziekenhuis", "Zorg,Werkgever",
        "Hoorn", "dijklander", WF, web="www.dijklander.nl", themes="Zorg", covenant=True),
    rec("2016-03-14 14:40", "2023-09-18 10:12", "Tabor College", "Onderwijs", "Hoorn", "tabor",
        WF, themes="Techniek"),
    rec("2016-03-14 14:44", "2021-06-14 15:00", "Tabor College Vooren", "Onderwijs", "Hoorn",
        "tabor", WF, link="Tabor College", note="vmbo-locatie"),
    rec("2016-04-04 09:58", "2025-05-26 14:48", "NIOZ", "Kennisinstelling", "Texel", "nioz",
        KOP, web="www.nioz.nl", themes="Maritiem"),
    rec("2016-04-04 10:02", "2020-04-06 10:02",
        "Koninklijk Nederlands Instituut voor Onderzoek der Zee", "Kennisinstelling,Onderwijs",
        "'t Horntje", "nioz", PS),
    rec("2016-05-23 13:17", "2023-12-04 09:40", "Huizen", "", "Huizen", "huizen", PS),
    rec("2016-06-06 16:05", "2024-09-30 14:10", "Regio Gooi & Vechtstreek", "Overheid",
        "Hilversum", "regio-gv", PS),
    rec("2016-09-19 10:30", "2025-10-20 15:25", "MBO College Hilversum", "Onderwijs",
        "Hilversum", "roc-amsterdam", GV, link="ROC van Amsterdam", themes="Media,Zorg",
        covenant=True),
    rec("2016-10-03 11:45", "2022-03-07 10:55", "Texels Eigen Stoomboot Onderneming",
        "Werkgever", "'t Horntje", "teso", KOP),
    rec("2016-11-14 09:20", "2024-04-15 10:00", "Seed Valley", "Netwerkpartner", "", "seed-valley",
        WF, web="www.seedvalley.nl", themes="Agri & Food", covenant=True),
    # 2017-2019
    rec("2017-01-16 10:10", "2023-03-20 11:37", "Gemeente Den Helder ", "Gemeente",
        "Den Helder", "den-helder", PS, note="dubbel ingevoerd"),
    rec("2017-02-27 14:25", "2024-07-01 09:05", "Horizon College Hoorn", "Onderwijs", "Hoorn",
        "horizon", WF, link="Horizon College", themes="Techniek,Zorg"),
    rec("2017-03-13 09:50", "2025-09-08 10:44", "Tergooi MC", "Zorg,Werkgever", "Hilversum",
        "tergooi", GV, web="www.tergooimc.nl", themes="Zorg", covenant=True),
    rec("2017-04-24 13:00", "2022-10-31 13:21", "Enza Zaden B.V.", "Werkgever", "Enkhuizen",
        "enza", PS),
    rec("2017-06-12 15:35", "2024-01-08 14:54", "VRGV", "Overheid", "Hilversum", "vrgv", PS),
    rec("2017-09-04 10:05", "2023-04-03 09:18", "Brandweer Gooi en Vechtstreek", "Overheid",
        "Hilversum", "vrgv", GV, link="Veiligheidsregio Gooi en Vechtstreek",
        themes="Techniek"),
    rec("2017-09-25 11:40", "2025-03-03 13:39", "Clusius College Hoorn", "Onderwijs", "Hoorn",
        "vonk", WF, link="Clusius College", themes="Agri & Food"),
    rec("2017-10-09 09:15", "2021-11-29 16:03", "Nederlandse Publieke Omroep", "Werkgever",
        "Hilversum", "npo", PS),
    rec("2017-11-20 14:50", "2024-02-26 10:27", "ROC Kop van Noord-Holland locatie Schagen",
        "Onderwijs", "Schagen", "vonk", KOP, link="ROC Kop van Noord-Holland",
        themes="Zorg,Agri & Food"),
    rec("2018-01-15 10:20", "2025-08-11 11:00", "Inholland Alkmaar", "Onderwijs", "Alkmaar",
        "inholland", WF, link="Hogeschool Inholland"),
    rec("2018-02-19 09:33", "2023-01-16 15:46", "Gemeente Hoorn, afdeling Economische Zaken",
        "Gemeente", "Hoorn", "hoorn", WF, link="Gemeente Hoorn"),
    rec("2018-03-26 13:10", "2022-06-20 09:58", "WSP Gooi en Vechtstreek", "Overheid",
        "Hilversum", "wsp-gv", PS),
    rec("2018-04-16 11:55", "2024-05-27 10:33", "VR NHN", "Overheid", "Alkmaar", "vrnhn", PS),
    rec("2018-05-07 10:40", "2025-02-24 14:36", "Brandweer Noord-Holland Noord", "Overheid",
        "Den Helder", "vrnhn", KOP, link="Veiligheidsregio Noord-Holland Noord",
        themes="Techniek"),
    rec("2018-06-18 15:05", "2021-09-13 11:14", "gemeente  hilversum", "Overheid", "Hilversum",
        "hilversum", GV),
    rec("2018-08-27 09:45", "2024-12-16 09:29", "Marinebasis Den Helder", "Werkgever",
        "Den Helder", "defensie", KOP, link="Koninklijke Marine", themes="Maritiem"),
    rec("2018-09-10 14:00", "2023-10-23 16:40", "ROC Kop van NH", "Onderwijs", "Den Helder",
        "vonk", PS),
    rec("2018-10-22 10:25", "2025-04-07 15:58", "Stichting NPO", "Werkgever,Netwerkpartner",
        "Hilversum", "npo", GV, themes="Media", covenant=True,
        files=("Intentieverklaring Mediatalent 2018.pdf",)),
    rec("2018-11-05 13:35", "2022-12-05 11:49", "Gemeente Texel", "Gemeente", "Texel", "texel",
        PS, note="dubbel, zie Gemeente Texel (Den Burg)"),
    rec("2019-01-21 09:10", "2024-06-24 13:00", "Regio G&V", "Overheid", "Hilversum",
        "regio-gv", PS),
    rec("2019-02-11 16:20", "2025-01-06 10:18", "Dijklander", "Zorg", "Hoorn", "dijklander",
        PS, themes="Zorg"),
    rec("2019-03-18 10:50", "2023-07-10 14:22", "Netherlands Institute for Sound and Vision",
        "Netwerkpartner", "Hilversum", "beeld-en-geluid", PS,
        note="Engelse naam van de website"),
    rec("2019-04-01 11:15", "2024-03-11 09:37", "WerkSaam", "Overheid", "Hoorn", "werksaam",
        PS),
    rec("2019-05-20 14:45", "2025-07-21 10:52", "Bejo Zaden B.V.", "Werkgever", "Warmenhuizen",
        "bejo", KOP, covenant=True, files=("Convenant HCA Kop 2019.pdf",)),
    rec("2019-06-24 09:30", "2021-02-08 13:44", "Royal Netherlands Institute for Sea Research",
        "Kennisinstelling", "Texel", "nioz", PS),
    rec("2019-09-09 13:55", "2023-11-27 15:08", "Provincie Noord Holland", "Overheid",
        "Haarlem", "pnh", PS, regio=NH),
    rec("2019-10-14 10:35", "2024-08-05 09:20", "Hollands Kroon", "Gemeente", "Anna Paulowna",
        "hollands-kroon", KOP),
    # 2020-2023
    rec("2020-01-13 09:40", "2025-05-05 14:30", "Schagen", "Overheid", "Schagen", "schagen",
        PS),
    rec("2020-02-24 15:10", "2022-04-25 10:16", "WSP Kop van NH", "Overheid", "Schagen",
        "wsp-kop", KOP),
    rec("2020-06-15 10:05", "2024-10-07 11:42", "Tergooi", "Zorg", "Hilversum", "tergooi", PS),
    rec("2020-09-07 11:20", "2023-02-27 09:55", "ROCvA MBO College Hilversum", "Onderwijs",
        "Hilversum", "roc-amsterdam", PS),
    rec("2020-10-19 14:30", "2025-06-30 10:08", "Werksaam West-Friesland", "Overheid", "Hoorn",
        "werksaam", WF),
    rec("2021-01-25 10:45", "2024-01-29 13:25", "Damen Den Helder", "Werkgever", "Den Helder",
        "damen-den-helder", PS),
    rec("2021-03-08 09:15", "2025-03-17 16:12", "Beeld & Geluid", "Werkgever,Netwerkpartner",
        "Hilversum", "beeld-en-geluid", GV, themes="Media"),
    rec("2021-05-31 13:40", "2022-11-14 10:31", "Enkhuizen", "Gemeente", "Enkhuizen",
        "enkhuizen", PS),
    rec("2021-09-20 10:00", "2024-09-23 15:35", "ROC Horizon College", "Onderwijs", "Hoorn",
        "horizon", PS),
    rec("2022-01-17 11:25", "2025-08-04 09:12", "Eemnes", "Gemeente", "Eemnes", "eemnes", PS),
    rec("2022-03-21 14:15", "2023-05-08 11:50", "Damen Shipyards", "Werkgever", "Gorinchem",
        "damen-group", PS, regio=LL),
    rec("2022-05-09 09:50", "2024-11-18 14:03", "GGD Gooi & Vechtstreek", "Zorg", "Bussum",
        "ggd-gv", PS),
    rec("2022-09-26 10:30", "2025-01-20 11:27", "Defensie", "Werkgever", "Den Helder",
        "defensie", KOP, themes="Maritiem,Techniek"),
    rec("2023-02-06 13:05", "2025-09-22 09:44", "Noordwest Ziekenhuisgroep", "Zorg", "Den Helder",
        "nwz", PS, note="dubbel?"),
    rec("2023-04-17 10:40", "2024-04-29 10:40", "INHOLLAND", "Onderwijs", "Haarlem", "inholland",
        PS),
    rec("2023-06-12 15:20", "2025-10-13 13:16", "Wijdemeren", "Gemeente", "Kortenhoef",
        "wijdemeren", GV),
    # 2024-2026
    rec("2024-01-29 09:25", "2025-02-10 10:58", "Woningcorporatie Het Gooi en Omstreken",
        "Wonen", "Hilversum", "gooi-omstreken", PS),
    rec("2024-03-04 14:10", "2024-03-04 14:10", "Seedvalley", "Netwerkpartner", "",
        "seed-valley", PS),
    rec("2024-05-13 10:55", "2025-06-16 15:40", "Clusius college Schagen", "Onderwijs",
        "Schagen", "vonk", KOP, link="Clusius College"),
    rec("2024-09-16 11:35", "2025-11-10 09:03", "Prov. NH", "Overheid", "Haarlem", "pnh", PS,
        regio=NH),
    rec("2025-02-03 13:45", "2025-02-03 13:45", "Den Helder", "Gemeente", "Den Helder",
        "den-helder", KOP),
    rec("2025-06-02 10:20", "2025-10-27 14:47", "Enza", "Werkgever", "Enkhuizen", "enza", WF,
        themes="Agri & Food"),
]


def when(text: str) -> str:
    """A date-time field as the CSV writes it in the "European" format, 24-hour clock."""
    t = dt.datetime.fromisoformat(text)
    return f"{t.day}/{t.month}/{t.year} {t.hour}:{t.minute:02d}"


def attachment(file: str) -> str:
    """An attachment as the CSV writes it: the file's name and its (made-up) URL."""
    digest = hashlib.sha256(file.encode("utf-8")).hexdigest()
    url_name = "".join(c for c in file if c.isalnum() or c in ".-_")
    return f"{file} (https://dl.airtable.com/.attachments/{digest[:32]}/{digest[32:40]}/" \
           f"{url_name})"


def line(r: dict[str, object]) -> list[str]:
    return [r["name"], r["types"], r["place"], r["regio"], r["link"], r["web"], r["themes"],
            "checked" if r["covenant"] else "", "" if r["inactive"] else "checked",
            ",".join(attachment(f) for f in r["files"]), r["who"], "", "", r["note"],
            when(r["created"]), when(r["modified"])]


def ordered() -> list[dict[str, object]]:
    """The records in the view's order: the order they were made."""
    return sorted(RECORDS, key=lambda r: r["created"])


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation, in row order."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    truth = []
    for r in ordered():
        writer.writerow(line(r))
        truth.append(r["organisation"])
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return truth


def main() -> None:
    names = [r["name"] for r in RECORDS]
    assert all("\n" not in str(v) for r in RECORDS for v in r.values()), "one line a record"
    links = {r["link"] for r in RECORDS if r["link"]}
    for link in links:  # a link names the linked records as their primary field says
        assert all(part in names for part in str(link).split(",")), link
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            writer.writerow([row, organisation])
    print(f"{EXPORT.name}: {len(truth)} rows, {len(set(truth))} organisations")


if __name__ == "__main__":
    main()
