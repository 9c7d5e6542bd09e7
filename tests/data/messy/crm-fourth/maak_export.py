"""Write the fourth held-out CRM export: hubspot-companies.csv and truth.csv beside this script.

    python tests/data/messy/crm-fourth/maak_export.py

The export looks as HubSpot's "Export" of the Companies view gives it: a CSV in UTF-8 with
a byte-order mark, comma separated, quoted where a cell needs it, CRLF line ends, HubSpot's
own English headers ("Record ID", "Company name", "Company Domain Name", "Website URL",
"Type", "Industry", "City", "Company owner", "Create Date", …), one numeric Record ID per
record (so one company entered twice is two records with different ids), HubSpot's "Type"
(Prospect, Partner, Vendor, Other: a relationship stage, not a kind of organisation; some
empty), HubSpot's English "Industry" labels ("Government Administration", "Higher
Education", "Hospital & Health Care", …; some empty), domains and URLs written in several
ways ("hva.nl", "www.hva.nl", "https://www.hva.nl/", "WWW.ZAANSTAD.NL/contact"), names with
and without "B.V."/"N.V."/"C.V.", abbreviations, English names of Dutch institutions, names
in capitals, trailing spaces, and rows sorted by Record ID (so the variants of one
organisation are not next to each other).

Hard in ways the other three exports are not: precision traps that must stay apart (Tata
Steel / Tata Consultancy Services, KLM / KLM Cityhopper, Hogeschool van Amsterdam /
Universiteit van Amsterdam and their English names, Gemeente Haarlem / Gemeente
Haarlemmermeer, "Randstad" the company and not the region), municipalities under their
names before a merger (Heerhugowaard and Langedijk → Dijk en Waard, Beemster → Purmerend,
all on 1 January 2022), one hospital at two places (Spaarne Gasthuis in Haarlem and
Hoofddorp; Dijklander Ziekenhuis in Hoorn and Purmerend: one organisation each), a company
entered under its place of business in two municipalities (KLM in Amstelveen and at
Schiphol), and a kind that has to come from somewhere else than "Type".

Facts: organisation names, places and websites as the organisations and public registers
write them; BRIN codes from DUO's register (``/work/shared/data/duo-instellingen``: 28DN
Hogeschool van Amsterdam, 21PK Universiteit van Amsterdam, 02BY Gerrit Rietveld Academie,
30RM ROC TOP) — HubSpot has no BRIN field, so they are not in the export, only here to say
which institution is meant. No KvK number, phone number, street address or postal code is
filled in (none was known with certainty); a place or website not known with certainty is
left empty. "Company owner" holds role-like placeholders, not persons; the Record IDs,
dates and contact counts are illustrative; every row is loaded with source
``illustratief`` (see ``mappings/companies.yaml``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows;
the header is row 1). A municipality's rows are the municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORTED = dt.datetime(2026, 11, 30, 10, 12)

HEADERS = ("Record ID", "Company name", "Company Domain Name", "Website URL", "Type",
           "Industry", "Phone Number", "Street Address", "City", "Postal Code",
           "Country/Region", "Company owner", "Create Date", "Last Activity Date",
           "Number of Associated Contacts")

GOV = "Government Administration"
HE = "Higher Education"
HEALTH = "Hospital & Health Care"
AIR = "Airlines/Aviation"

# (organisation in truth.csv, Company name, Company Domain Name, Website URL, Type,
#  Industry, City)
COMPANIES = [
    # municipalities: Haarlem and Haarlemmermeer must stay apart
    ("haarlem", "Gemeente Haarlem", "haarlem.nl", "https://www.haarlem.nl", "Partner", GOV,
     "Haarlem"),
    ("haarlem", "gemeente Haarlem ", "", "www.haarlem.nl/", "Other", GOV, "Haarlem"),
    ("haarlem", "Haarlem", "", "", "", "", "Haarlem"),
    ("haarlemmermeer", "Gemeente Haarlemmermeer", "haarlemmermeer.nl",
     "https://www.haarlemmermeer.nl", "Partner", GOV, "Hoofddorp"),
    ("haarlemmermeer", "Haarlemmermeer", "", "https://www.haarlemmermeer.nl/", "Other", GOV,
     "Hoofddorp"),
    # municipalities under their names before the merger of 1 January 2022
    ("dijk-en-waard", "Gemeente Dijk en Waard", "dijkenwaard.nl", "https://www.dijkenwaard.nl",
     "Partner", GOV, "Heerhugowaard"),
    ("dijk-en-waard", "Gemeente Heerhugowaard", "", "", "Other", GOV, "Heerhugowaard"),
    ("dijk-en-waard", "Gemeente Langedijk", "", "", "Other", GOV, "Broek op Langedijk"),
    ("purmerend", "Gemeente Purmerend", "purmerend.nl", "https://www.purmerend.nl", "Partner",
     GOV, "Purmerend"),
    ("purmerend", "Gemeente Beemster", "", "", "Other", GOV, "Middenbeemster"),
    ("zaanstad", "Gemeente Zaanstad", "zaanstad.nl", "https://www.zaanstad.nl", "Partner", GOV,
     "Zaandam"),
    ("zaanstad", "GEMEENTE ZAANSTAD", "", "WWW.ZAANSTAD.NL/contact", "", GOV, "Zaandam"),
    # schools: the Hogeschool and the Universiteit van Amsterdam must stay apart
    ("hva", "Hogeschool van Amsterdam", "hva.nl", "https://www.hva.nl", "Partner", HE,
     "Amsterdam"),
    ("hva", "HvA", "www.hva.nl", "", "Partner", "", "Amsterdam"),
    ("hva", "Amsterdam University of Applied Sciences", "hva.nl", "https://www.hva.nl/",
     "Prospect", HE, "Amsterdam"),
    ("uva", "Universiteit van Amsterdam", "uva.nl", "https://www.uva.nl", "Partner", HE,
     "Amsterdam"),
    ("uva", "University of Amsterdam", "uva.nl", "https://www.uva.nl/en", "Prospect", HE,
     "Amsterdam"),
    ("uva", "UvA", "", "", "Prospect", HE, "Amsterdam"),
    ("rietveld", "Gerrit Rietveld Academie", "rietveldacademie.nl",
     "https://rietveldacademie.nl", "Partner", HE, "Amsterdam"),
    ("rietveld", "Rietveld Academie", "rietveldacademie.nl",
     "https://rietveldacademie.nl/en/", "Prospect", HE, "Amsterdam"),
    ("rietveld", "GERRIT RIETVELD ACADEMIE", "", "", "", HE, "Amsterdam"),
    ("roc-top", "ROC TOP", "roctop.nl", "https://www.roctop.nl", "Partner",
     "Education Management", "Amsterdam"),
    ("roc-top", "Roc Top Amsterdam", "", "www.roctop.nl", "Partner", "Education Management",
     "Amsterdam"),
    # employers: Tata Steel and Tata Consultancy Services must stay apart
    ("tata-steel", "Tata Steel Nederland B.V.", "tatasteelnederland.com",
     "https://www.tatasteelnederland.com", "Partner", "Mining & Metals", "IJmuiden"),
    ("tata-steel", "Tata Steel", "tatasteelnederland.com",
     "www.tatasteelnederland.com/", "Partner", "Mining & Metals", "Velsen"),
    ("tata-steel", "TATA STEEL NEDERLAND BV ", "", "", "", "Mining & Metals", "IJmuiden"),
    ("tcs", "Tata Consultancy Services Netherlands B.V.", "tcs.com", "https://www.tcs.com",
     "Prospect", "Information Technology and Services", "Amstelveen"),
    ("tcs", "TCS", "tcs.com", "", "Prospect", "Information Technology and Services",
     "Amstelveen"),
    # KLM and KLM Cityhopper must stay apart; Transavia is a third airline
    ("klm", "KLM", "klm.com", "https://www.klm.com", "Partner", AIR, "Amstelveen"),
    ("klm", "KLM Koninklijke Luchtvaart Maatschappij N.V.", "", "", "Partner", AIR,
     "Amstelveen"),
    ("klm", "KLM", "klm.nl", "www.klm.nl", "Partner", AIR, "Schiphol"),
    ("klm-cityhopper", "KLM Cityhopper B.V.", "", "", "Prospect", AIR, "Schiphol"),
    ("klm-cityhopper", "KLM Cityhopper", "", "", "Prospect", AIR, "Haarlemmermeer"),
    ("transavia", "Transavia Airlines C.V.", "transavia.com", "https://www.transavia.com",
     "Prospect", AIR, "Schiphol"),
    ("transavia", "Transavia", "transavia.com", "https://www.transavia.com/nl-NL/", "Prospect",
     AIR, "Schiphol"),
    # hospitals: one organisation at two places each
    ("spaarne", "Spaarne Gasthuis", "spaarnegasthuis.nl", "https://spaarnegasthuis.nl",
     "Partner", HEALTH, "Haarlem"),
    ("spaarne", "Spaarne Gasthuis Hoofddorp", "spaarnegasthuis.nl",
     "spaarnegasthuis.nl/", "Partner", HEALTH, "Hoofddorp"),
    ("spaarne", "Stichting Spaarne Gasthuis", "", "", "Other", HEALTH, "Haarlem"),
    ("dijklander", "Dijklander Ziekenhuis", "dijklander.nl", "https://www.dijklander.nl",
     "Partner", HEALTH, "Hoorn"),
    ("dijklander", "Dijklander Ziekenhuis locatie Purmerend", "dijklander.nl", "", "Partner",
     HEALTH, "Purmerend"),
    ("dijklander", "Dijklander", "", "", "", HEALTH, "Hoorn"),
    ("zmc", "Zaans Medisch Centrum", "zaansmc.nl", "https://www.zaansmc.nl", "Partner", HEALTH,
     "Zaandam"),
    ("zmc", "ZMC", "", "", "Partner", HEALTH, "Zaandam"),
    ("rkz", "Rode Kruis Ziekenhuis", "rkz.nl", "https://www.rkz.nl", "Prospect", HEALTH,
     "Beverwijk"),
    ("rkz", "RKZ Beverwijk", "www.rkz.nl", "", "Prospect", HEALTH, "Beverwijk"),
    # other employers; two of them entered twice in HubSpot (two Record IDs, one name)
    ("booking", "Booking.com B.V.", "booking.com", "https://www.booking.com", "Prospect",
     "Internet", "Amsterdam"),
    ("booking", "Booking.com", "booking.com", "https://www.booking.com/", "Prospect",
     "Internet", "Amsterdam"),
    ("booking", "BOOKING.COM", "", "", "", "Internet", "Amsterdam"),
    ("adyen", "Adyen N.V.", "adyen.com", "https://www.adyen.com", "Prospect",
     "Financial Services", "Amsterdam"),
    ("adyen", "Adyen N.V.", "www.adyen.com", "", "Prospect", "Financial Services",
     "Amsterdam"),
    ("adyen", "Adyen", "", "adyen.com", "Vendor", "Financial Services", "Amsterdam"),
    ("albert-heijn", "Albert Heijn B.V.", "ah.nl", "https://www.ah.nl", "Prospect", "Retail",
     "Zaandam"),
    ("albert-heijn", "Albert Heijn", "ah.nl", "www.ah.nl", "Prospect", "Retail", "Zaandam"),
    ("pwn", "PWN", "pwn.nl", "https://www.pwn.nl", "Partner", "Utilities", "Velserbroek"),
    ("pwn", "N.V. PWN Waterleidingbedrijf Noord-Holland", "", "", "Vendor", "Utilities",
     "Velserbroek"),
    ("pwn", "PWN Waterleidingbedrijf Noord-Holland", "", "https://www.pwn.nl/", "Partner",
     "Utilities", "Velsen"),
    ("hvc", "HVC", "hvcgroep.nl", "https://www.hvcgroep.nl", "Partner",
     "Environmental Services", "Alkmaar"),
    ("hvc", "HVC Groep", "www.hvcgroep.nl", "", "Vendor", "Environmental Services",
     "Alkmaar"),
    ("hvc", "N.V. HVC", "", "", "Other", "Environmental Services", "Alkmaar"),
    ("randstad", "Randstad N.V.", "randstad.com", "https://www.randstad.com", "Partner",
     "Staffing and Recruiting", "Diemen"),
    ("randstad", "Randstad", "", "", "Partner", "Staffing and Recruiting", "Diemen"),
    ("crown-van-gelder", "Crown Van Gelder B.V.", "crownvangelder.com",
     "https://www.crownvangelder.com", "Prospect", "Paper & Forest Products", "Velsen-Noord"),
    ("crown-van-gelder", "Crown van Gelder", "", "", "Prospect", "Paper & Forest Products",
     "Velsen"),
    ("ymere", "Ymere", "ymere.nl", "https://www.ymere.nl", "Partner", "Real Estate",
     "Amsterdam"),
    ("ymere", "Stichting Ymere", "", "", "Partner", "Real Estate", "Amsterdam"),
    ("ymere", "Woningcorporatie Ymere", "www.ymere.nl", "", "Other", "Real Estate", "Haarlem"),
    ("knrm", "Koninklijke Nederlandse Redding Maatschappij", "knrm.nl", "https://www.knrm.nl",
     "Other", "Nonprofit Organization Management", "IJmuiden"),
    ("knrm", "KNRM", "knrm.nl", "", "Other", "Nonprofit Organization Management", "IJmuiden"),
    ("knrm", "Koninklijke Nederlandse Redding Maatschappij, station IJmuiden", "", "", "Other",
     "Nonprofit Organization Management", "IJmuiden"),
    # public bodies
    ("vrk", "Veiligheidsregio Kennemerland", "vrk.nl", "https://www.vrk.nl", "Partner",
     "Public Safety", "Haarlem"),
    ("vrk", "VRK", "", "", "Partner", "", "Haarlem"),
    ("odnhn", "Omgevingsdienst Noord-Holland Noord", "odnhn.nl", "https://www.odnhn.nl",
     "Other", GOV, ""),
    ("odnhn", "ODNHN", "", "", "Other", GOV, ""),
    ("rws", "Rijkswaterstaat", "rijkswaterstaat.nl", "https://www.rijkswaterstaat.nl",
     "Partner", GOV, ""),
    ("rws", "RWS", "", "", "Partner", GOV, ""),
    ("kvk", "Kamer van Koophandel", "kvk.nl", "https://www.kvk.nl", "Vendor", GOV, "Utrecht"),
    ("kvk", "KVK", "www.kvk.nl", "", "Vendor", GOV, "Utrecht"),
]


def _record_id(n: int, name: str) -> int:
    """An illustrative HubSpot Record ID: a number of 11 digits."""
    return 10_000_000_000 + int(hashlib.md5(f"{n}:{name}".encode()).hexdigest(), 16) % (
        9_000_000_000)


def rows() -> list[tuple[str, list[str]]]:
    """(organisation, cells) per CSV row after the header, sorted by Record ID."""
    out: list[tuple[int, str, list[str]]] = []
    for n, (org, name, domain, url, type_, industry, city) in enumerate(COMPANIES, start=1):
        record = _record_id(n, name)
        created = dt.datetime(2020, 9, 14, 8, 30) + dt.timedelta(days=23 * n, minutes=37 * n)
        active = EXPORTED - dt.timedelta(days=11 * n % 400, hours=n % 9)
        last = active.strftime("%Y-%m-%d %H:%M") if n % 4 else ""
        owner = f"Accountmanager {n % 3 + 1}" if n % 5 else ""
        country = "" if not city else ("Nederland" if n % 7 == 0 else "Netherlands")
        out.append((record, org, [str(record), name, domain, url, type_, industry, "", "",
                                  city, "", country, owner, created.strftime("%Y-%m-%d %H:%M"),
                                  last, str(n * 7 % 12)]))
    out.sort()
    return [(org, cells) for _record, org, cells in out]


def main() -> None:
    table = rows()
    with (HERE / "hubspot-companies.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")  # quotes a cell only where needed
        writer.writerow(HEADERS)
        for _org, cells in table:
            writer.writerow(cells)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            writer.writerow([number, org])


if __name__ == "__main__":
    main()
