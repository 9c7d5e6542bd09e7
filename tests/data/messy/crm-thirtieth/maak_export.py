"""Write the thirtieth held-out organisation list: the Moneybird contacts exported and saved
as CSV, and truth.csv beside this script.

    python tests/data/messy/crm-thirtieth/maak_export.py

The "Contacten" of the Moneybird administration of a small regional foundation
(illustrative: no real foundation is named) that runs a leerwerkloket and a
techniek-programme in the IJmond (Velsen, Beverwijk, Heemskerk) and Zuid-Kennemerland
(Haarlem, Zandvoort, Bloemendaal, Heemstede), and invoices its partners for events,
trajectories and a share of the programme's costs. The administration was started in 2016
by importing the debtors of the bookkeeping before it (so some contacts carry names of
before 2016), and contacts were added since by three bookkeepers, each their own way: the
same organisation entered again for another department or another invoice address, under
an abbreviation, a former name, with or without its legal form, in capitals, in English.
The bookkeeper exported the contacts (Contacten > Exporteren, which gives an Excel file)
and saved the file from Excel as "CSV (gescheiden door lijstscheidingsteken)" to send it
on: semicolons, Windows-1252, CRLF, a field quoted only where it must be, dates as Excel
writes them in a Dutch locale ("3-2-2016"), the customer number as a plain number.

Columns (in this order): "Klantnummer", "Bedrijfsnaam", "Voornaam", "Achternaam",
"Adres 1", "Adres 2", "Postcode", "Plaats", "Land", "Telefoonnummer", "E-mailadres",
"Verzendmethode", "Factuur t.a.v.", "Factuur e-mailadres", "KvK-nummer", "Btw-nummer",
"IBAN", "BIC", "Aangemaakt op". One header row (row 1), one contact a row from row 2, in
the order of the customer number (the order in which contacts were made).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in a stored Moneybird help page ("Contacten overzetten of kopiëren"): that the
  Contacten tab's "Exporteren" writes the contacts to Excel, and that the help itself
  suggests opening that file in Excel and saving it as CSV (what this bookkeeper did).
- checked, in stored documentation of libraries and integrations that read Moneybird's
  API (a Hex package's example contact, Zapier's field list): the fields a Moneybird
  contact has: company_name, firstname, lastname, address1, address2, zipcode, city,
  country (a code, "NL"), phone, delivery_method ("Email", also post, manual, e-invoicing),
  customer_id (a number, "3"), tax_number, chamber_of_commerce, bank_account, attention,
  email, send_invoices_to_attention, send_invoices_to_email, sepa_iban, sepa_bic, and
  created_at.
- not checked (no export's own header was found in a stored source): the Dutch headers the
  Excel export gives those fields. They are taken as Moneybird's Dutch interface plausibly
  labels them (above); so is "E-mail" / "Post" / "Simplerinvoicing" as the delivery
  method, and Excel's Dutch CSV (semicolons, Windows-1252, "d-m-jjjj" dates). No export
  was made for this fixture.

No personal data: "Voornaam", "Achternaam", "Telefoonnummer", "IBAN" and "BIC" are empty on
every row (the foundation's invoices go to departments, not people; the bookkeepers kept
contact persons out of the administration); "E-mailadres" and "Factuur e-mailadres" are
empty or a generic address (info@, facturen@) at the organisation's well-known domain, and
"Factuur t.a.v." empty or a department ("Crediteurenadministratie"). "KvK-nummer" and
"Btw-nummer" are empty on every row: no register number was known with certainty (none was
found in a stored source), so none is given rather than one invented.

Facts: names, places, former names and the few addresses from what is widely known of the
organisations, as remembered, not checked in a stored source (a stored page did confirm
that the steelworks of IJmuiden were Hoogovens, then Corus (1999), then Tata Steel (2007;
the works' name since 2010), and since 2021 Tata Steel Nederland). An address not known
with certainty is left empty, and the city alone given. Former names: Corus Staal →
Tata Steel IJmuiden (2010); Kennemer Gasthuis (with the Spaarne Ziekenhuis) → Spaarne
Gasthuis (2015); the municipality Bennebroek → Bloemendaal (1 January 2009); Circuit Park
Zandvoort → Circuit Zandvoort (CM.com Circuit Zandvoort for a sponsor's years). A contact
under an old name is the organisation as it is now, so the row is the successor in
truth.csv.

How a part was decided (as the region's networker would): a department, location, team or
invoice address of an organisation is that organisation (a municipality's department is
the municipality; UWV WERKbedrijf Haarlem and UWV Beverwijk are UWV; Nova College
Beverwijk is the Nova College; the Spaarne Gasthuis Academie and its location Hoofddorp are
the Spaarne Gasthuis; "Tata Steel Nederland B.V." and "Tata Steel IJmuiden BV" are the one
steelworks the network deals with; Randstad Beverwijk is Randstad). "WSP IJmond" is the
Werkgeversservicepunt Zuid-Kennemerland en IJmond (the region's one WSP). Apart stay: a
municipality and a company or body named after it or owned by it (Zandvoort and Circuit
Zandvoort; Velsen and Zeehaven IJmuiden and the Technisch College Velsen; Haarlem and
Spaarnelanden; Beverwijk and the Rode Kruis Ziekenhuis Beverwijk; Heemstede and Hageveld);
two hospitals (Spaarne Gasthuis, Rode Kruis Ziekenhuis); the WSP of this region and the WSP
Groot Amsterdam; the two omgevingsdiensten (IJmond; Noordzeekanaalgebied); the two water
boards (Hollands Noorderkwartier; Rijnland); the two ROCs (Nova College; ROC van
Amsterdam); the two hogescholen (Inholland; Hogeschool van Amsterdam); the school group
Dunamare and the schools under their own name; the "Kennemer"s (GGD Kennemerland, Kennemer
College, Kennemerhart, the former Kennemer Gasthuis); the three housing corporations.

Two contacts name no organisation: "Diverse debiteuren" and "Kassa evenementen" (the
bookkeepers' catch-alls for one-off invoices and the till at events): they stand in the
file and not in truth.csv.

``truth.csv`` says which organisation each row means: the row numbers a spreadsheet shows
(the header is row 1, the first contact row 2).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Moneybird contacten 2026-12-04.csv"

HEADER = ["Klantnummer", "Bedrijfsnaam", "Voornaam", "Achternaam", "Adres 1", "Adres 2",
          "Postcode", "Plaats", "Land", "Telefoonnummer", "E-mailadres", "Verzendmethode",
          "Factuur t.a.v.", "Factuur e-mailadres", "KvK-nummer", "Btw-nummer", "IBAN", "BIC",
          "Aangemaakt op"]

E, P, SI = "E-mail", "Post", "Simplerinvoicing"
CRED = "Crediteurenadministratie"

# (Bedrijfsnaam, Adres 1, Adres 2, Postcode, Plaats, Land, E-mailadres, Verzendmethode,
#  Factuur t.a.v., Factuur e-mailadres, old (imported in 2016), truth id or "" for none).
# Grouped by organisation here; the file is in the order of the customer number.
C = tuple[str, str, str, str, str, str, str, str, str, str, bool, str]
CONTACTS: list[C] = [
    # municipalities
    ("Gemeente Velsen", "Postbus 465", "", "1970 AL", "IJmuiden", "NL", "info@velsen.nl", SI,
     CRED, "", True, "velsen"),
    ("Gemeente Velsen, afd. Economische Zaken", "", "", "", "IJmuiden", "NL", "", E, "", "",
     False, "velsen"),
    ("Gem. Velsen - Sociaal Domein", "", "", "", "Velsen", "NL", "", E, "", "", False,
     "velsen"),
    ("gemeente velsen", "", "", "", "ijmuiden", "", "", E, "", "", False, "velsen"),
    ("Velsen, gemeente (Werk & Inkomen)", "", "", "", "", "NL", "", SI, "", "", False,
     "velsen"),
    ("Gemeente Beverwijk", "", "", "", "Beverwijk", "NL", "info@beverwijk.nl", SI, CRED, "",
     True, "beverwijk"),
    ("Gemeente Beverwijk - Team Economie", "", "", "", "Beverwijk", "NL", "", E, "", "", False,
     "beverwijk"),
    ("Gem. Beverwijk", "", "", "", "", "NL", "", E, "", "", False, "beverwijk"),
    ("Gemeente Heemskerk", "", "", "", "Heemskerk", "NL", "info@heemskerk.nl", SI, CRED, "",
     True, "heemskerk"),
    ("gemeente Heemskerk afdeling Sociaal Domein", "", "", "", "Heemskerk", "NL", "", E, "",
     "", False, "heemskerk"),
    ("Heemskerk (gemeente)", "", "", "", "", "", "", P, "", "", False, "heemskerk"),
    ("Gemeente Haarlem", "Postbus 511", "", "2003 PB", "Haarlem", "NL", "info@haarlem.nl",
     SI, CRED, "", True, "haarlem"),
    ("Gemeente Haarlem - Economische Zaken", "", "", "", "Haarlem", "NL", "", E, "", "",
     False, "haarlem"),
    ("Gem. Haarlem Werk en Inkomen", "", "", "", "Haarlem", "NL", "", E, "", "", False,
     "haarlem"),
    ("Haarlem gemeente", "", "", "", "HAARLEM", "NL", "", P, "", "", False, "haarlem"),
    ("Gemeente Zandvoort", "", "", "", "Zandvoort", "NL", "info@zandvoort.nl", SI, CRED, "",
     True, "zandvoort"),
    ("Gem. Zandvoort", "", "", "", "Zandvoort", "NL", "", E, "Economische Zaken", "", False,
     "zandvoort"),
    ("Zandvoort gemeente - Sociaal Domein", "", "", "", "", "NL", "", E, "", "", False,
     "zandvoort"),
    ("Gemeente Bloemendaal", "", "", "", "Overveen", "NL", "info@bloemendaal.nl", SI, CRED,
     "", False, "bloemendaal"),
    ("Gemeente Bloemendaal", "", "", "", "Bloemendaal", "NL", "", P, "", "", True,
     "bloemendaal"),
    ("Gemeente Bennebroek", "", "", "", "Bennebroek", "NL", "", P, "", "", True,
     "bloemendaal"),
    ("Gemeente Heemstede", "", "", "", "Heemstede", "NL", "info@heemstede.nl", SI, CRED, "",
     True, "heemstede"),
    ("Gemeente Heemstede afd. Sociale Zaken", "", "", "", "Heemstede", "NL", "", E, "", "",
     False, "heemstede"),
    # province, UWV, the Werkgeversservicepunten, GGD, omgevingsdiensten, water boards, KVK,
    # SBB
    ("Provincie Noord-Holland", "Houtplein 33", "", "2012 DE", "Haarlem", "NL",
     "info@noord-holland.nl", SI, CRED, "", True, "pnh"),
    ("Prov. Noord-Holland, Directie Beleid", "", "", "", "Haarlem", "NL", "", E, "", "", False,
     "pnh"),
    ("Provincie N-H", "", "", "", "Haarlem", "", "", E, "", "", False, "pnh"),
    ("Province of North Holland", "", "", "", "Haarlem", "NL", "", E, "", "", False, "pnh"),
    ("UWV", "", "", "", "Amsterdam", "NL", "", SI, CRED, "", True, "uwv"),
    ("UWV WERKbedrijf Haarlem", "", "", "", "Haarlem", "NL", "", E, "", "", False, "uwv"),
    ("UWV Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "uwv"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "", "", "", "Amsterdam", "NL", "", SI,
     CRED, "", False, "uwv"),
    ("Werkgeversservicepunt Zuid-Kennemerland en IJmond", "", "", "", "Haarlem", "NL", "", E,
     "", "", False, "wsp-zki"),
    ("WSP ZK & IJmond", "", "", "", "Haarlem", "NL", "", E, "", "", False, "wsp-zki"),
    ("WSP IJmond", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "wsp-zki"),
    ("Werkgeversservicepunt Groot Amsterdam", "", "", "", "Amsterdam", "NL", "", E, "", "",
     False, "wsp-ga"),
    ("WSP Groot-Amsterdam", "", "", "", "Amsterdam", "", "", E, "", "", False, "wsp-ga"),
    ("GGD Kennemerland", "", "", "", "Haarlem", "NL", "", SI, CRED, "", True,
     "ggd-kennemerland"),
    ("GGD Kennemerland - Jeugdgezondheidszorg", "", "", "", "Haarlem", "NL", "", E, "", "",
     False, "ggd-kennemerland"),
    ("Omgevingsdienst IJmond", "", "", "", "Beverwijk", "NL", "", SI, "", "", False,
     "od-ijmond"),
    ("OD IJmond", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "od-ijmond"),
    ("Omgevingsdienst Noordzeekanaalgebied", "", "", "", "Zaandam", "NL", "", SI, "", "",
     False, "odnzkg"),
    ("Hoogheemraadschap Hollands Noorderkwartier", "", "", "", "Heerhugowaard", "NL",
     "info@hhnk.nl", SI, CRED, "", True, "hhnk"),
    ("HHNK", "", "", "", "Heerhugowaard", "NL", "", E, "", "", False, "hhnk"),
    ("Hoogheemraadschap van Rijnland", "", "", "", "Leiden", "NL", "", SI, CRED, "", False,
     "rijnland"),
    ("Rijnland (waterschap)", "", "", "", "Leiden", "NL", "", E, "", "", False, "rijnland"),
    ("Kamer van Koophandel", "", "", "", "Utrecht", "NL", "", SI, CRED, "", True, "kvk"),
    ("KVK", "", "", "", "Utrecht", "NL", "", E, "", "", False, "kvk"),
    ("SBB", "", "", "", "Zoetermeer", "NL", "", E, "", "", False, "sbb"),
    ("Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven", "", "", "", "Zoetermeer",
     "NL", "", SI, CRED, "", False, "sbb"),
    # schools
    ("Nova College", "", "", "", "Haarlem", "NL", "info@novacollege.nl", SI, CRED, "", True,
     "nova"),
    ("Nova College Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "nova"),
    ("ROC Nova College", "", "", "", "Haarlem", "NL", "", E, "", "", False, "nova"),
    ("NOVA College - Techniek IJmuiden", "", "", "", "IJmuiden", "NL", "", E, "", "", False,
     "nova"),
    ("Nova college", "", "", "", "Hoofddorp", "NL", "", E, "", "", False, "nova"),
    ("ROC van Amsterdam", "", "", "", "Amsterdam", "NL", "", SI, CRED, "", False,
     "roc-amsterdam"),
    ("ROC van Amsterdam - MBO College Airport", "", "", "", "Hoofddorp", "NL", "", E, "", "",
     False, "roc-amsterdam"),
    ("Hogeschool Inholland", "", "", "", "Haarlem", "NL", "info@inholland.nl", E, "", "",
     False, "inholland"),
    ("Inholland Haarlem", "", "", "", "Haarlem", "NL", "", E, "", "", False, "inholland"),
    ("Hogeschool INHOLLAND, Centrale Financiële Administratie", "", "", "", "Diemen", "NL",
     "", P, "", "", True, "inholland"),
    ("Inholland University of Applied Sciences", "", "", "", "Haarlem", "NL", "", E, "", "",
     False, "inholland"),
    ("Hogeschool van Amsterdam", "", "", "", "Amsterdam", "NL", "info@hva.nl", SI, CRED, "",
     False, "hva"),
    ("HvA", "", "", "", "Amsterdam", "NL", "", E, "", "", False, "hva"),
    ("Technisch College Velsen", "", "", "", "IJmuiden", "NL", "", E, "", "", True, "tcv"),
    ("TCV", "", "", "", "IJmuiden", "NL", "", E, "", "", False, "tcv"),
    ("Techn. College Velsen", "", "", "", "Velsen", "", "", E, "", "", False, "tcv"),
    ("Dunamare Onderwijsgroep", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False,
     "dunamare"),
    ("Stichting Dunamare", "", "", "", "Haarlem", "NL", "", E, "", "", False, "dunamare"),
    ("Kennemer College", "", "", "", "Beverwijk", "NL", "", E, "", "", False,
     "kennemer-college"),
    ("Kennemer College - locatie Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "",
     False, "kennemer-college"),
    ("Ichthus Lyceum", "", "", "", "Driehuis", "NL", "", E, "", "", False, "ichthus"),
    ("Ichthus Lyceum Driehuis", "", "", "", "", "NL", "", E, "", "", False, "ichthus"),
    ("Atheneum College Hageveld", "", "", "", "Heemstede", "NL", "", E, "", "", False,
     "hageveld"),
    ("Hageveld", "", "", "", "Heemstede", "NL", "", E, "", "", False, "hageveld"),
    ("TechPort", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "techport"),
    ("Stichting TechPort", "", "", "", "Beverwijk", "NL", "", SI, CRED, "", False,
     "techport"),
    ("Techport IJmond", "", "", "", "", "NL", "", E, "", "", False, "techport"),
    # care
    ("Spaarne Gasthuis", "", "", "", "Haarlem", "NL", "info@spaarnegasthuis.nl", SI, CRED,
     "", False, "spaarne-gasthuis"),
    ("Spaarne Gasthuis Hoofddorp", "", "", "", "Hoofddorp", "NL", "", E, "", "", False,
     "spaarne-gasthuis"),
    ("Kennemer Gasthuis", "", "", "", "Haarlem", "NL", "", P, "", "", True,
     "spaarne-gasthuis"),
    ("Spaarne Gasthuis Academie", "", "", "", "Haarlem", "NL", "", E, "", "", False,
     "spaarne-gasthuis"),
    ("Stichting Spaarne Gasthuis", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False,
     "spaarne-gasthuis"),
    ("Rode Kruis Ziekenhuis", "", "", "", "Beverwijk", "NL", "info@rkz.nl", SI, CRED, "",
     True, "rkz"),
    ("Rode Kruis Ziekenhuis Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "", False,
     "rkz"),
    ("RKZ", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "rkz"),
    ("Red Cross Hospital Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "", False,
     "rkz"),
    ("Heliomare", "", "", "", "Wijk aan Zee", "NL", "info@heliomare.nl", SI, CRED, "", True,
     "heliomare"),
    ("Heliomare Revalidatie Wijk aan Zee", "", "", "", "Beverwijk", "NL", "", E, "", "", False,
     "heliomare"),
    ("Zorgbalans", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False, "zorgbalans"),
    ("Zorgbalans Haarlem", "", "", "", "Haarlem", "NL", "", E, "", "", False, "zorgbalans"),
    ("Kennemerhart", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False, "kennemerhart"),
    ("Stichting Kennemerhart", "", "", "", "Haarlem", "NL", "", E, "", "", False,
     "kennemerhart"),
    # employers and other companies
    ("Tata Steel IJmuiden BV", "Wenckebachstraat 1", "", "1951 JZ", "Velsen-Noord", "NL", "",
     SI, CRED, "", False, "tata-steel"),
    ("Tata Steel Nederland B.V.", "Wenckebachstraat 1", "", "1951 JZ", "Velsen-Noord", "NL",
     "", SI, CRED, "", False, "tata-steel"),
    ("Tata Steel - Opleidingscentrum", "", "", "", "IJmuiden", "NL", "", E, "", "", False,
     "tata-steel"),
    ("Corus Staal BV", "", "", "", "IJmuiden", "NL", "", P, "", "", True, "tata-steel"),
    ("TATA STEEL IJMUIDEN B.V. T.A.V. CREDITEURENADMINISTRATIE", "", "", "", "Velsen-Noord",
     "NL", "", P, "", "", False, "tata-steel"),
    ("Zeehaven IJmuiden N.V.", "", "", "", "IJmuiden", "NL", "", E, CRED, "", True,
     "zeehaven-ijmuiden"),
    ("Zeehaven IJmuiden", "", "", "", "IJmuiden", "NL", "", E, "", "", False,
     "zeehaven-ijmuiden"),
    ("Zeehaven IJmuiden NV (Port of IJmuiden)", "", "", "", "Velsen", "NL", "", E, "", "",
     False, "zeehaven-ijmuiden"),
    ("Circuit Park Zandvoort", "", "", "", "Zandvoort", "NL", "", P, "", "", True,
     "circuit-zandvoort"),
    ("CM.com Circuit Zandvoort", "", "", "", "Zandvoort", "NL", "", E, "", "", False,
     "circuit-zandvoort"),
    ("Circuit Zandvoort", "", "", "", "Zandvoort aan Zee", "NL", "", E, "", "", False,
     "circuit-zandvoort"),
    ("Spaarnelanden NV", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False, "spaarnelanden"),
    ("Spaarnelanden", "", "", "", "Haarlem", "NL", "", E, "", "", False, "spaarnelanden"),
    ("Paswerk", "", "", "", "Haarlem", "NL", "", SI, CRED, "", True, "paswerk"),
    ("Paswerk Haarlem", "", "", "", "Haarlem", "NL", "", E, "", "", False, "paswerk"),
    ("Randstad Nederland", "", "", "", "Diemen", "NL", "", SI, CRED, "", False, "randstad"),
    ("Randstad Beverwijk", "", "", "", "Beverwijk", "NL", "", E, "", "", False, "randstad"),
    ("PWN", "", "", "", "Velserbroek", "NL", "info@pwn.nl", SI, CRED, "", True, "pwn"),
    ("PWN Waterleidingbedrijf Noord-Holland", "", "", "", "Velserbroek", "NL", "", E, "", "",
     False, "pwn"),
    ("Ymere", "", "", "", "Haarlem", "NL", "info@ymere.nl", E, "", "", False, "ymere"),
    ("Woningcorporatie Ymere", "", "", "", "Amsterdam", "NL", "", SI, CRED, "", False,
     "ymere"),
    ("Pré Wonen", "", "", "", "Velsen", "NL", "", E, "", "", False, "pre-wonen"),
    ("Pre Wonen", "", "", "", "IJmuiden", "NL", "", E, "", "", False, "pre-wonen"),
    ("Woonstichting Pré Wonen", "", "", "", "", "NL", "", SI, CRED, "", False, "pre-wonen"),
    ("Elan Wonen", "", "", "", "Haarlem", "NL", "", SI, CRED, "", False, "elan-wonen"),
    ("elan wonen", "", "", "", "haarlem", "NL", "", E, "", "", False, "elan-wonen"),
    # no organisation
    ("Diverse debiteuren", "", "", "", "", "NL", "", P, "", "", True, ""),
    ("Kassa evenementen", "", "", "", "", "NL", "", P, "", "", False, ""),
]


def ordered() -> list[C]:
    """The contacts in the order of their customer number: those imported in 2016 first
    (in a fixed shuffle), then the others as they were added (another fixed shuffle)."""
    old = [c for c in CONTACTS if c[10]]
    new = [c for c in CONTACTS if not c[10]]
    random.Random(30).shuffle(old)
    random.Random(2016).shuffle(new)
    return old + new


def created(n_old: int, n: int) -> list[str]:
    """"Aangemaakt op" as Excel writes a date in a Dutch locale: the import of 3 February
    2016, then one contact every few weeks until November 2026."""
    rng = random.Random(3030)
    out = ["3-2-2016"] * n_old
    day = dt.date(2016, 3, 1)
    for _ in range(n - n_old):
        day += dt.timedelta(days=rng.randint(10, 55))
        out.append(f"{day.day}-{day.month}-{day.year}")
    return out


def write_export(path: Path) -> list[str]:
    """Write the CSV as Excel saves it; return each row's organisation ("" for none)."""
    contacts = ordered()
    dates = created(sum(c[10] for c in contacts), len(contacts))
    truth = []
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for number, (contact, when) in enumerate(zip(contacts, dates, strict=True), start=1):
            (name, address1, address2, postcode, city, country, email, delivery, attention,
             invoice_email, _old, organisation) = contact
            writer.writerow([number, name, "", "", address1, address2, postcode, city,
                             country, "", email, delivery, attention, invoice_email, "", "",
                             "", "", when])
            truth.append(organisation)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a catch-all contact names no organisation
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
