"""Write the eleventh held-out organisation list: the Zoho CRM CSV and truth.csv beside this
script.

    python tests/data/messy/crm-eleventh/maak_export.py

A Zoho CRM "Accounts" export (Setup → Data Administration → Export, module Accounts, to a
CSV file), as the regional Techniekpact / talent programme of the IJmond and
Zuid-Kennemerland (Velsen with IJmuiden, Beverwijk, Heemskerk; Haarlem, Zandvoort,
Bloemendaal, Heemstede) keeps its employers, schools, municipalities, public bodies and
partners: one table, Zoho's English field labels, every field quoted, UTF-8 with a
byte-order mark, the rows in the order the records were made (Created Time).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: that Zoho CRM's Accounts module has the fields "Account Owner" and "Account
  Name" (a public Zoho connector's sample of downloaded Accounts).
- not checked, as remembered: the other labels ("Record Id", "Account Site", "Parent
  Account", "Account Type", "Industry", "Website", "Phone", "Billing Street", "Billing
  City", "Billing Code", "Billing State", "Billing Country", "Description", "Created
  Time", "Modified Time", "Tag"); the Record Id's form ("zcrm_" and 19 digits); the date
  format (here yyyy-MM-dd HH:mm:ss); Zoho's Account Type list (Analyst, Competitor,
  Customer, Distributor, Integrator, Investor, Other, Partner, Press, Prospect, Reseller,
  Supplier, Vendor; "-None-" exported empty); the Industry list (Zoho's defaults such as
  "Government/Military", "Large Enterprise", "Small/Medium Enterprise", "Service
  Provider", with Dutch values the programme added: "Onderwijs", "Zorg", "Overheid",
  "Maritiem"); the tags written comma-separated in one cell; the file's name (here
  "Accounts_2026_12_03.csv"). No export was made for this fixture.

The list's history, as the rows show it: the programme started in Zoho in 2018; the
programme manager, two account managers and a project officer add accounts by hand. Records
no longer used are not deleted: one colleague puts "DUPLICAAT - " before a name, another
"zz " or "(niet gebruiken)" after it, a third only tags it "dubbel". "Account Type" is
where the relationship stands (Prospect, Customer, Partner, Other), not what the
organisation is; "Industry" is filled in by some. "Account Owner" holds a role only (in a
real account a person). No phone number, KvK number, BRIN code, person or e-mail address.

Organisations under an earlier name: Corus (and Hoogovens) → Tata Steel IJmuiden (as
remembered: Corus until 2010); Kennemer Gasthuis → Spaarne Gasthuis (2015, with the Spaarne
Ziekenhuis; as remembered); Gemeente Bennebroek → Gemeente Bloemendaal (1 January 2009; as
remembered); CWI → UWV (2009). A location, department or division of an organisation is
that organisation (Brandweer Kennemerland is the Veiligheidsregio's; Heliomare Onderwijs is
Heliomare's; UWV Haarlem is UWV; Tata Steel's Opleidingscentrum is Tata Steel's).

Precision traps: Gemeente Velsen / Technisch College Velsen / Pre Wonen (Velsen) /
Zeehaven IJmuiden / DFDS IJmuiden / Tata Steel IJmuiden / IJmond Werkt! / Omgevingsdienst
IJmond / Techport (all IJmond or IJmuiden); Gemeente Haarlem / Elan Wonen / Paswerk /
Mendel College / Spaarne Gasthuis / Inholland Haarlem / Nova College (Haarlem); the
"Kennemerland" ones: Veiligheidsregio Kennemerland / GGD Kennemerland / WSP
Zuid-Kennemerland en IJmond / Kennemer College (Beverwijk) / Kennemer Gasthuis (Spaarne);
Gemeente Beverwijk / Rode Kruis Ziekenhuis Beverwijk / Heliomare (Wijk aan Zee) / Kennemer
College; Gemeente Heemskerk / Gemeente Heemstede; UWV / WSP.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website or street not known with certainty
is left empty. Types, industries, descriptions, tags and dates are illustrative; every row
is loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first organisation row 2). A municipality's rows are the
municipality's organisation.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = "Accounts_2026_12_03.csv"
HEADERS = ("Record Id", "Account Owner", "Account Name", "Account Site", "Parent Account",
           "Account Type", "Industry", "Website", "Phone", "Billing Street", "Billing City",
           "Billing Code", "Billing State", "Billing Country", "Description",
           "Created Time", "Modified Time", "Tag")

PM = "Programmamanager Techniek"
AM1 = "Accountmanager IJmond"
AM2 = "Accountmanager Zuid-Kennemerland"
PO = "Projectmedewerker Talent"
P, C, PA, OT = "Prospect", "Customer", "Partner", "Other"
GOV, LE, SME, SP = ("Government/Military", "Large Enterprise", "Small/Medium Enterprise",
                    "Service Provider")
OND, ZORG, OVH, MAR = "Onderwijs", "Zorg", "Overheid", "Maritiem"
NH = "Noord-Holland"

# (organisation, owner, name, site, parent, type, industry, website, street, city, state,
#  description, created, tag)
ACCOUNTS: list[tuple] = [
    # IJmuiden: steel, port, ferry
    ("tata-steel", PM, "Tata Steel IJmuiden", "IJmuiden", "", PA, LE, "www.tatasteel.nl",
     "Wenckebachstraat 1", "IJmuiden", NH, "grootste werkgever IJmond; Techniekpact",
     "2018-02-05 09:14:00", "techniek,bbl"),
    ("tata-steel", AM1, "Tata Steel Nederland BV", "", "", C, "Manufacturing", "", "",
     "Velsen-Noord", NH, "", "2018-06-11 14:02:00", ""),
    ("tata-steel", AM1, "Tata Steel - Opleidingscentrum", "", "Tata Steel IJmuiden", PA,
     LE, "", "", "IJmuiden", NH, "Tata Steel Academy; bbl-leerlingen",
     "2019-03-18 10:30:00", "bbl"),
    ("tata-steel", PO, "Corus (oud)", "", "", OT, "", "", "", "IJmuiden", "",
     "oude naam, zie Tata Steel", "2018-04-23 11:45:00", "dubbel"),
    ("tata-steel", AM2, "TATA STEEL", "", "", C, LE, "", "", "", "", "",
     "2022-09-12 16:20:00", ""),
    ("zeehaven", AM1, "Zeehaven IJmuiden N.V.", "", "", PA, MAR, "www.zeehaven.nl", "",
     "IJmuiden", NH, "havenbedrijf", "2018-03-12 13:00:00", "haven"),
    ("zeehaven", PM, "Port of IJmuiden", "", "", PA, MAR, "www.portofijmuiden.nl", "",
     "Ijmuiden", "North Holland", "", "2020-05-04 09:00:00", "haven"),
    ("zeehaven", PO, "Zeehaven IJmuiden", "", "", P, "", "", "", "", "", "",
     "2023-02-20 15:10:00", "dubbel"),
    ("dfds", AM1, "DFDS Seaways IJmuiden", "IJmuiden", "", P, MAR, "www.dfds.com", "",
     "IJmuiden", NH, "veerdienst Newcastle; stages", "2019-09-02 10:00:00", "haven"),
    ("dfds", PO, "DFDS", "", "", P, "", "", "", "IJmuiden", "", "", "2024-01-15 11:11:00",
     ""),
    ("crown", AM1, "Crown Van Gelder", "", "", C, "Manufacturing", "www.cvg.nl", "",
     "Velsen-Noord", NH, "papierfabriek; failliet 2023", "2018-05-07 10:10:00", ""),
    ("crown", PO, "Crown van Gelder Papierfabrieken (niet gebruiken)", "", "", OT, "", "",
     "", "Velsen Noord", "", "", "2021-11-01 09:40:00", "dubbel"),
    ("crown", AM2, "CvG", "", "", C, "", "", "", "", "", "", "2022-03-14 13:33:00", ""),
    ("rws", PM, "Rijkswaterstaat", "", "", PA, GOV, "www.rijkswaterstaat.nl", "",
     "IJmuiden", NH, "Zeesluis IJmuiden; technici", "2018-09-17 10:00:00", "techniek"),
    ("rws", AM1, "RWS West-Nederland Noord", "Sluizen IJmuiden", "Rijkswaterstaat", C,
     OVH, "", "", "IJmuiden", NH, "", "2020-10-05 14:00:00", ""),
    ("rws", PO, "Rijkswaterstaat (RWS)", "", "", P, "", "", "", "", "", "",
     "2024-06-03 10:20:00", ""),
    ("liander", AM1, "Liander", "", "", P, SP, "www.liander.nl", "", "Haarlem", NH,
     "netbeheerder; monteurs", "2021-02-08 09:00:00", "energie"),
    ("liander", AM2, "Liander N.V.", "", "", C, "", "", "", "Harlem", NH, "",
     "2023-05-22 10:00:00", "energie"),
    # care
    ("spaarne", AM2, "Spaarne Gasthuis", "Haarlem", "", C, ZORG,
     "www.spaarnegasthuis.nl", "Boerhaavelaan 22", "Haarlem", NH,
     "zorgtechniek; medische techniek", "2018-04-09 10:00:00", "zorg"),
    ("spaarne", PO, "Kennemer Gasthuis", "", "", OT, ZORG, "", "", "Haarlem", "",
     "sinds 2015 Spaarne Gasthuis", "2018-04-10 09:00:00", "dubbel"),
    ("spaarne", AM2, "Spaarne Gasthuis Hoofddorp", "Hoofddorp", "Spaarne Gasthuis", C,
     ZORG, "", "", "Hoofddorp", NH, "", "2021-08-30 11:00:00", ""),
    ("rkz", AM1, "Rode Kruis Ziekenhuis", "", "", C, ZORG, "www.rkz.nl",
     "Vondellaan 13", "Beverwijk", NH, "", "2018-10-01 10:00:00", "zorg"),
    ("rkz", PO, "RKZ Beverwijk", "", "", C, ZORG, "", "", "Beverwijk", NH, "",
     "2022-01-17 15:00:00", ""),
    ("rkz", AM2, "Rode Kruis Ziekenhuis Beverwijk B.V.", "", "", P, "", "", "", "", "", "",
     "2025-03-10 10:00:00", ""),
    ("heliomare", AM1, "Heliomare", "", "", PA, ZORG, "www.heliomare.nl",
     "Relweg 51", "Wijk aan Zee", NH, "revalidatie; onderwijs", "2019-01-14 10:00:00",
     "zorg"),
    ("heliomare", PO, "Heliomare Onderwijs", "", "Heliomare", PA, OND, "", "",
     "Wijk aan Zee", NH, "", "2020-02-10 11:00:00", "onderwijs"),
    ("heliomare", AM2, "Stichting Heliomare", "", "", C, "", "", "", "Wijk aan zee", "",
     "", "2024-09-09 09:30:00", ""),
    ("zorgbalans", AM2, "Zorgbalans", "", "", P, ZORG, "www.zorgbalans.nl", "", "Haarlem",
     NH, "ouderenzorg; facilitair", "2020-06-15 10:00:00", "zorg"),
    ("zorgbalans", PO, "Stichting Zorgbalans", "", "", P, "", "", "", "Velsen", "",
     "", "2023-10-02 14:00:00", ""),
    ("ggd", AM2, "GGD Kennemerland", "", "", PA, ZORG, "www.ggdkennemerland.nl", "",
     "Haarlem", NH, "", "2019-05-13 10:00:00", ""),
    ("ggd", PO, "GGD Kennemerland (Haarlem)", "", "Veiligheidsregio Kennemerland", OT, "",
     "", "", "", "", "", "2022-06-27 10:00:00", ""),
    # schools
    ("nova", PM, "Nova College", "", "", PA, OND, "www.novacollege.nl", "", "Haarlem", NH,
     "mbo techniek; Techniekpact", "2018-02-12 10:00:00", "onderwijs,techniek"),
    ("nova", AM1, "ROC Nova College", "Beverwijk", "", PA, OND, "", "", "Beverwijk", NH,
     "locatie Beverwijk", "2018-11-05 10:00:00", "onderwijs"),
    ("nova", AM1, "Nova College IJmuiden", "IJmuiden", "Nova College", PA, OND, "", "",
     "IJmuiden", NH, "maritiem & techniek", "2020-09-21 10:00:00", ""),
    ("nova", PO, "ROC Nova", "", "", PA, "", "", "", "", "", "", "2023-01-09 10:00:00",
     "dubbel"),
    ("inholland", AM2, "Hogeschool Inholland Haarlem", "Haarlem", "", PA, OND,
     "www.inholland.nl", "Zijlweg 143", "Haarlem", NH, "", "2018-06-04 10:00:00",
     "onderwijs"),
    ("inholland", PO, "Inholland", "", "", P, "Education", "", "", "", "", "",
     "2022-10-10 10:00:00", ""),
    ("inholland", AM1, "InHolland Hogeschool", "", "", PA, "", "", "", "Harlem", "", "",
     "2024-04-15 10:00:00", ""),
    ("tcv", AM1, "Technisch College Velsen", "", "", PA, OND, "www.tcvelsen.nl", "",
     "IJmuiden", NH, "vmbo techniek", "2018-08-27 10:00:00", "onderwijs,techniek"),
    ("tcv", PO, "TCV", "", "", PA, OND, "", "", "Velsen", "", "", "2021-03-01 10:00:00",
     ""),
    ("tcv", AM2, "Technisch College Velsen (TCV)", "", "", PA, "", "", "", "IJmuiden", "",
     "", "2025-01-13 10:00:00", "dubbel"),
    ("kennemer-college", AM1, "Kennemer College", "", "", P, OND, "", "", "Beverwijk", NH,
     "vo; techniekoriëntatie", "2019-10-07 10:00:00", "onderwijs"),
    ("kennemer-college", PO, "Stichting Kennemer College", "", "", P, "", "", "",
     "Beverwijk", "", "", "2023-11-13 10:00:00", ""),
    ("mendel", AM2, "Mendelcollege", "", "", P, OND, "www.mendelcollege.nl", "", "Haarlem",
     NH, "vo", "2020-11-16 10:00:00", "onderwijs"),
    ("mendel", PO, "Mendel College Haarlem", "", "", P, OND, "", "", "Haarlem", "", "",
     "2024-02-19 10:00:00", ""),
    # programme partners, public bodies
    ("techport", PM, "Techport", "", "", PA, "", "www.techport.nl", "", "Velsen", NH,
     "kennis- en innovatiecentrum IJmond", "2018-01-15 10:00:00", "techniek"),
    ("techport", AM1, "Stichting Techport", "", "", PA, SP, "", "", "Velsen-Noord", NH, "",
     "2019-04-01 10:00:00", ""),
    ("techport", PO, "TechPort IJmond", "", "", PA, "", "", "", "Beverwijk", "", "",
     "2022-05-09 10:00:00", ""),
    ("uwv", AM2, "UWV", "", "", PA, GOV, "www.uwv.nl", "", "Haarlem", NH, "",
     "2018-03-05 10:00:00", ""),
    ("uwv", AM2, "UWV Haarlem", "Haarlem", "UWV", PA, OVH, "", "", "Haarlem", NH, "",
     "2019-07-08 10:00:00", ""),
    ("uwv", PO, "CWI IJmuiden", "", "", OT, "", "", "", "IJmuiden", "", "oud",
     "2018-05-14 10:00:00", "dubbel"),
    ("uwv", AM1, "UWV WERKbedrijf IJmond", "", "UWV", PA, "", "", "", "Beverwijk", "", "",
     "2021-09-13 10:00:00", ""),
    ("wsp", PM, "Werkgeversservicepunt Zuid-Kennemerland en IJmond", "", "", PA, OVH, "",
     "", "Haarlem", NH, "WSP; regionaal werkbedrijf", "2018-02-19 10:00:00", ""),
    ("wsp", AM1, "WSP ZKIJ", "", "", PA, "", "", "", "", "", "", "2020-01-20 10:00:00", ""),
    ("wsp", AM2, "Werkgeversservicepunt ZK & IJmond", "", "", PA, OVH, "", "", "Haarlem", "",
     "", "2023-06-05 10:00:00", ""),
    ("ijmond-werkt", AM1, "IJmond Werkt!", "", "", PA, SP, "www.ijmondwerkt.nl", "",
     "Beverwijk", NH, "werkbedrijf IJmond-gemeenten", "2019-02-25 10:00:00", ""),
    ("ijmond-werkt", PO, "IJmond Werkt", "", "", PA, "", "", "", "Beverwijk", "", "",
     "2022-11-21 10:00:00", ""),
    ("paswerk", AM2, "Paswerk", "", "", PA, SP, "www.paswerk.nl", "", "Cruquius", NH,
     "werkbedrijf Zuid-Kennemerland", "2019-06-10 10:00:00", ""),
    ("paswerk", PO, "Paswerk Haarlem", "", "", PA, "", "", "", "Haarlem", "", "",
     "2024-08-12 10:00:00", ""),
    ("pnh", PM, "Provincie Noord-Holland", "", "", PA, GOV, "www.noord-holland.nl",
     "Houtplein 33", "Haarlem", NH, "subsidie Techniekpact", "2018-01-22 10:00:00", ""),
    ("pnh", PO, "Provincie NH", "", "", PA, OVH, "", "", "Haarlem", "", "",
     "2021-04-12 10:00:00", ""),
    ("pnh", AM2, "Province of North Holland", "", "", OT, "", "", "", "", "", "",
     "2025-05-19 10:00:00", ""),
    ("vrk", AM2, "Veiligheidsregio Kennemerland", "", "", PA, GOV, "www.vrk.nl", "",
     "Haarlem", NH, "", "2018-12-03 10:00:00", ""),
    ("vrk", AM1, "Brandweer Kennemerland", "", "Veiligheidsregio Kennemerland", C, OVH, "",
     "", "Haarlem", NH, "vacatures brandweer", "2020-03-09 10:00:00", ""),
    ("vrk", PO, "VRK", "", "", PA, "", "", "", "", "", "", "2023-08-28 10:00:00", ""),
    ("odijmond", AM1, "Omgevingsdienst IJmond", "", "", PA, OVH, "www.odijmond.nl", "",
     "Beverwijk", NH, "", "2019-08-19 10:00:00", ""),
    ("odijmond", PO, "OD IJmond", "", "", PA, "", "", "", "Beverwijk", "", "",
     "2024-10-07 10:00:00", ""),
    # housing
    ("pre-wonen", AM1, "Pré Wonen", "", "", P, "Real Estate", "www.prewonen.nl", "",
     "Velsen-Zuid", NH, "SROI", "2020-04-20 10:00:00", ""),
    ("pre-wonen", PO, "Pre Wonen", "", "", P, "", "", "", "Velsen", "", "",
     "2023-03-27 10:00:00", ""),
    ("elan", AM2, "Elan Wonen", "", "", P, "Real Estate", "www.elanwonen.nl", "", "Haarlem",
     NH, "SROI", "2020-07-06 10:00:00", ""),
    ("elan", PO, "Stichting Elan Wonen", "", "", P, "", "", "", "Haarlem", "", "",
     "2024-11-04 10:00:00", ""),
    # municipalities
    ("velsen", PM, "Gemeente Velsen", "", "", PA, GOV, "www.velsen.nl", "Dudokplein 1",
     "IJmuiden", NH, "", "2018-01-08 10:00:00", "gemeente"),
    ("velsen", AM1, "Gem. Velsen - Economische Zaken", "", "Gemeente Velsen", PA, OVH, "",
     "", "IJmuiden", NH, "", "2019-11-25 10:00:00", "gemeente"),
    ("velsen", PO, "Velsen", "", "", PA, "", "", "", "", "", "", "2022-02-14 10:00:00", ""),
    ("beverwijk", PM, "Gemeente Beverwijk", "", "", PA, GOV, "www.beverwijk.nl", "",
     "Beverwijk", NH, "", "2018-01-08 10:05:00", "gemeente"),
    ("beverwijk", PO, "gemeente beverwijk", "", "", PA, "", "", "", "", "", "",
     "2021-06-21 10:00:00", "dubbel"),
    ("heemskerk", PM, "Gemeente Heemskerk", "", "", PA, GOV, "www.heemskerk.nl", "",
     "Heemskerk", NH, "", "2018-01-08 10:10:00", "gemeente"),
    ("heemskerk", AM1, "Heemskerk", "", "", PA, OVH, "", "", "", "", "", "2020-12-07 10:00:00",
     ""),
    ("haarlem", PM, "Gemeente Haarlem", "", "", PA, GOV, "www.haarlem.nl", "Grote Markt 2",
     "Haarlem", NH, "centrumgemeente arbeidsmarktregio", "2018-01-08 10:15:00",
     "gemeente"),
    ("haarlem", AM2, "Gemeente Haarlem - Werk en Inkomen", "", "Gemeente Haarlem", PA, OVH,
     "", "", "Haarlem", NH, "", "2019-12-09 10:00:00", ""),
    ("haarlem", PO, "DUPLICAAT - Gemeente Haarlem", "", "", OT, "", "", "", "Harlem", "", "",
     "2022-07-04 10:00:00", ""),
    ("zandvoort", AM2, "Gemeente Zandvoort", "", "", PA, GOV, "www.zandvoort.nl", "",
     "Zandvoort", NH, "", "2018-01-08 10:20:00", "gemeente"),
    ("zandvoort", PO, "Zandvoort gemeente", "", "", P, "", "", "", "", "", "",
     "2023-09-18 10:00:00", ""),
    ("bloemendaal", AM2, "Gemeente Bloemendaal", "", "", PA, GOV, "www.bloemendaal.nl", "",
     "Overveen", NH, "", "2018-01-08 10:25:00", "gemeente"),
    ("bloemendaal", PO, "Gemeente Bennebroek", "", "", OT, "", "", "", "Bennebroek", "",
     "sinds 2009 Bloemendaal", "2018-07-02 10:00:00", "dubbel"),
    ("heemstede", AM2, "Gemeente Heemstede", "", "", PA, GOV, "www.heemstede.nl", "",
     "Heemstede", NH, "", "2018-01-08 10:30:00", "gemeente"),
    ("heemstede", PO, "Heemstede zz", "", "", OT, "", "", "", "Heemstede", "", "",
     "2021-10-18 10:00:00", "dubbel"),
]


def rows() -> list[tuple[str, list[str]]]:
    """(organisation, cells) per account, in the order the records were made."""
    order = sorted(range(len(ACCOUNTS)), key=lambda i: (ACCOUNTS[i][12], i))
    out = []
    for i in order:
        (org, owner, name, site, parent, kind, industry, web, street, city, state, note,
         made, tag) = ACCOUNTS[i]
        record = f"zcrm_4938271000000{100000 + 137 * i:06d}"
        modified = made if i % 3 else f"2026-{1 + i % 11:02d}-{1 + i % 27:02d} 08:{i % 60:02d}:00"
        out.append((org, [record, owner, name, site, parent, kind, industry, web, "", street,
                          city, "", state, "Netherlands" if state else "", note, made,
                          max(made, modified), tag]))
    return out


def main() -> None:
    names = [a[2] for a in ACCOUNTS]
    assert len(set(names)) == len(names), "one name, one record"
    assert all(len(a) == 14 for a in ACCOUNTS)
    assert {a[4] for a in ACCOUNTS if a[4]} <= set(names), "a parent is an account"
    table = rows()
    assert all(len(cells) == len(HEADERS) for _o, cells in table)
    text = io.StringIO()
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADERS)
    for _org, cells in table:
        writer.writerow(cells)
    (HERE / FILE).write_bytes(text.getvalue().encode("utf-8-sig"))
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            out.writerow([number, org])


if __name__ == "__main__":
    main()
