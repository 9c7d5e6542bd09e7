"""Write the ninth held-out organisation list: the Teamleader Focus workbook and truth.csv
beside this script.

    python tests/data/messy/crm-ninth/maak_export.py

A Teamleader Focus "Bedrijven" (Companies) export to Excel, as the werkgeversservicepunt of
the labour-market region Zaanstreek/Waterland (Zaanstad, Purmerend, Edam-Volendam,
Waterland, Wormerland, Oostzaan, Landsmeer) keeps its employers, schools, municipalities,
public bodies and partners in Teamleader: one worksheet, the export's columns in Teamleader's
order (the address in parts: street, house number, postcode, place, country), with two
custom fields of its own ("Vestiging", a text field some accountmanagers fill with the
location instead of writing it in the name; "Opmerking WSP", a text field), the rows in the
list's order (name, ascending). The file keeps the download name Teamleader gives,
"Companies-<date>-<time>.xlsx".

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: how a Companies export is made (Companies → Export, a segment, "Basic columns"
  or an export template with the columns one picks, custom fields among them; "Start
  export", then "Download"; Teamleader's own support articles, "How To: Create an Excel
  export in Teamleader Focus" and "FAQ: How can I select the fields that need to be
  exported?", stored in a public repository); that a bulk update exports, edits and
  re-imports the file with the column "Teamleader ID" spelled exactly so ("How To: Updating
  Contacts and Companies in Bulk"); the columns of a real Companies export and their order,
  from a French-language account, in the test of a public repository that replays it
  ("Companies-2026-08-03-16-15-09.xlsx"): Teamleader ID, Nom, Rue, Numéro de la rue, Code
  postal, Ville, Pays, Langue, Numéro de TVA, Adresse e-mail facturation, Numéro
  d'identification national (Siret), Adresse e-mail, Site web, Type d'entreprise,
  Téléphone, Fax, Tags, Gestionnaire de compte, Actif, Secteur, that account's custom
  fields, Province, Liste des prix, Conditions de paiement, Total à facturer, ID externe,
  Nombre de minutes non facturées, Dernière activité, Dernier rendez-vous, Date ajoutée,
  Dernière modification, Entreprises associées, Crédits prépayés restants, N° Compte IBAN,
  Code BIC, Trends' financial columns, Taux horaire, Opt-in courriers marketing; and, from
  "FAQ: What values are allowed for importing contacts or companies?", that tags are
  comma-separated in one cell, Active and Opt-in are 1 or 0, the country a two-letter ISO
  code and the account manager a user's exact name.
- not checked: the Dutch labels (here translated from the French export and the English
  articles: "Naam", "Straat", "Huisnummer", "Postcode", "Plaats", "Land", "Btw-nummer",
  "Bedrijfsvorm", "Tags", "Accountmanager", "Actief", "Gerelateerde bedrijven", "Datum
  toegevoegd", …; "Nationaal identificatienummer (KVK)" for the French account's
  "(Siret)"); whether an export writes Active as 1/0 and the country as "NL", as an import
  wants them (here so); the form of the Teamleader ID (here a number); the sheet's name
  (here "Companies"); how "Gerelateerde bedrijven" writes several companies (here joined
  with ", "); the values of "Bedrijfsvorm" for a Dutch account (here "BV", "NV",
  "Stichting", "Vereniging", "Overheid"); whether the list's sort order is kept. Trends'
  financial columns (Belgian companies only) are left out. No export was made for this
  fixture.

The list's history, as the rows show it: the WSP moved to Teamleader on 2 September 2019
and imported its old address file in one go (account manager "Teamleader-beheer", the tag
"import-2019" and no other, names and places as the old file had them, some in capitals,
some with the mail-merge line "t.a.v." still in the name); since then the accountmanagers add
companies by hand. "Tags" holds what kind of relation it is (werkgever, leerbedrijf,
onderwijs, gemeente, overheid, partner) beside the WSP's projects (banenafspraak, SROI,
"Zaanse Banenmarkt 2025"), several in one cell. Records the WSP no longer uses are not
deleted but deactivated ("Actief" 0), some renamed "ZZ …" or "… (niet gebruiken)" so that
they sort to the end or warn whoever finds them. "Gerelateerde bedrijven" names another
company in the account the WSP works with it on (a holding and its company, a municipality
and its theatre): related, not one. "Accountmanager" is in a real account a user's name:
here the team's roles, never persons. No e-mail address, phone number, VAT, KvK number or
IBAN is filled in.

Kinds of variation, as years of CRM entry give them, and new ones: acronyms (ZMC, UWV,
VrZW, HHNK, ROCvA, "Prov. N-H", AH); English names beside Dutch ones ("Forbo Flooring
Systems", "olam food ingredients"), only names the organisations use; legal forms
("B.V.", "N.V.", "Koninklijke"); capitals ("VERKADE ZAANDAM", "REGIO COLLEGE"); a trailing space
("Gemeente Zaanstad "); new here: a name written "Zaanstad, gemeente" (the kind after a
comma), the mail-merge "t.a.v." line left in a name ("Gemeente Oostzaan t.a.v. afd.
Economische Zaken"), the name of the acronym in brackets after it ("Uitvoeringsinstituut
Werknemersverzekeringen (UWV)"), the "ZZ" and "(niet gebruiken)" markers of a deactivated
record, a location kept in a custom field instead of the name, the place abbreviated "Koog
a/d Zaan" as the old file wrote it, a former municipality's village as the place
(Middenbeemster), and the company a row is related to, in its own column. Organisations
under an earlier name:

- Gemeente Beemster → Gemeente Purmerend (1 January 2022; CBS: Beemster last in the 2021
  classification, ``stakeholder_graph/data/nl-gemeenten-regio``): one organisation.
- Gemeente Zeevang → Gemeente Edam-Volendam (1 January 2016; CBS: Zeevang last in 2015).
- Waterlandziekenhuis (Purmerend) and the Westfriesgasthuis (Hoorn) → Dijklander
  Ziekenhuis (as remembered, not found in a stored source): "Waterland Ziekenhuis
  Purmerend" is Dijklander's row.
- ADM Cocoa (Koog aan de Zaan and Wormer) → Olam Cocoa (Olam bought ADM's cocoa business,
  the Koog aan de Zaan and Wormer plants and the deZaan brand among it, closing in October
  2015: confectionerynews.com, reuters.com, foodbusinessnews.net: "a new entity called Olam
  Cocoa") → ofi (olam food ingredients; the name as remembered): one organisation.
- Loders Croklaan (Crok & Laan and Loders, brought together by Unilever in 1970, sold to IOI
  in 2002: rd.nl, whose article names its plants in Rotterdam and Wormerveer) → IOI Loders
  Croklaan → Bunge Loders Croklaan (Bunge bought 70% in 2017–2018: foodprocessing.com,
  rd.nl): one organisation.
- Koninklijke Ahold → Koninklijke Ahold Delhaize (the merger with Delhaize, 2016; as
  remembered): one organisation.
- CWI → UWV (1 January 2009; "UWV WERKbedrijf" its work division's name since).

Which rows are one organisation. A location, department or division of an organisation is
that organisation: AH's distribution centre in Zaandam is Albert Heijn's; the Purmerend
location of Dijklander is Dijklander's; Regio College's locations are Regio College's; a
municipality's departments are the municipality. A company that works under its own name
as its own business is its own organisation, whatever it is related to in Teamleader: Albert
Heijn (Albert Heijn B.V., the supermarkets, head office in Zaandam) is not Ahold Delhaize
(the holding, the same address); Bunge Amsterdam (Bunge's oilseed plant, as remembered) is
not Bunge Loders Croklaan; Duyvis (Koog aan de Zaan) is not its owner PepsiCo, which is not
in the list.

Precision traps, pairs that must stay apart: Albert Heijn / Ahold Delhaize (one address,
Provincialeweg 11 in Zaandam); Bunge Loders Croklaan / Bunge Amsterdam; ofi (cocoa, Koog aan
de Zaan) / Cargill (cocoa, Zaandam) / Verkade (Zaandam); Gemeente Zaanstad / Zaans Medisch
Centrum / Zaanse Schans / Zaantheater / Parteon (all Zaanstad, "Zaan" in three);
Dijklander Ziekenhuis (its Waterlandziekenhuis) / Gemeente Waterland; Gemeente Wormerland /
Loders Croklaan Wormerveer (Wormerveer is in Zaanstad); Gemeente Purmerend / Da Vinci
College Purmerend; Gemeente Edam-Volendam / Gemeente Waterland; Veiligheidsregio
Zaanstreek-Waterland / Werkgeversservicepunt Zaanstreek/Waterland / Regio College
Zaanstreek-Waterland; ROC van Amsterdam / Gemeente Amsterdam; HHNK / Provincie Noord-Holland.
Listed once: Cargill, Bunge Amsterdam, Parteon, Zaantheater, Gemeente Landsmeer, Gemeente
Amsterdam.

Facts: names, places and websites as the organisations and public pages write them, from
what is widely known of them; the municipalities, their woonplaatsen and the labour-market
region as in CBS's tables (Zaandam, Koog aan de Zaan, Wormerveer, Krommenie, Assendelft in
Zaanstad; Wormer in Wormerland; Monnickendam in Waterland; Volendam and Edam in
Edam-Volendam; Middenbeemster, once Beemster, in Purmerend); Regio College (Zaandam) and Da
Vinci College (Purmerend) as in DUO's register (``stakeholder_graph/data/duo-instellingen``).
As remembered, not checked in a stored source: AH's distribution centre in Zaandam,
Cargill's cocoa plant in Zaandam, Bunge's plant in Amsterdam, Duyvis in Koog aan de Zaan
(PepsiCo's), the Zaantheater, Parteon (the housing corporation), Stichting De Zaanse Schans,
the VrZW and HHNK (its office in Heerhugowaard, now Dijk en Waard), and the websites.
Street addresses are the organisations' well-known ones, as remembered, not checked in a
stored source (Albert Heijn's and Ahold Delhaize's Provincialeweg 11, the town hall of
Zaanstad at the Stadhuisplein in Zaandam); a website, street or postcode not known with
certainty is left empty. No KvK number, BRIN code, person, phone number or e-mail address
is in the list. Tags, account managers, dates, ids and remarks are illustrative; every row
is loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers Excel shows: the
header is row 1, the first company row 2). A municipality's rows are the municipality's
organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXPORTED = dt.datetime(2026, 12, 3, 8, 5, 31)
FILE = f"Companies-{EXPORTED:%Y-%m-%d-%H-%M-%S}.xlsx"

HEADERS = ("Teamleader ID", "Naam", "Straat", "Huisnummer", "Postcode", "Plaats", "Land",
           "Taal", "Btw-nummer", "E-mailadres facturatie",
           "Nationaal identificatienummer (KVK)", "E-mailadres", "Website", "Bedrijfsvorm",
           "Telefoon", "Fax", "Tags", "Accountmanager", "Actief", "Sector", "Vestiging",
           "Opmerking WSP", "Provincie", "Prijslijst", "Betalingstermijn",
           "Totaal te factureren", "Extern ID", "Aantal niet-gefactureerde minuten",
           "Laatste activiteit", "Laatste afspraak", "Datum toegevoegd", "Laatst gewijzigd",
           "Gerelateerde bedrijven", "Resterende prepaid credits", "IBAN-rekeningnummer",
           "BIC-code", "Uurtarief", "Opt-in marketingmails")

# Account managers: the team's roles, not persons (in a real account a user's name).
FOOD = "Accountmanager Food & Industrie"
ZORG = "Accountmanager Zorg & Welzijn"
PUBLIEK = "Accountmanager Overheid & Onderwijs"
RETAIL = "Accountmanager Retail & Logistiek"
TEAM = "Teamleider WSP"
BEHEER = "Teamleader-beheer"
MIGRATED = dt.datetime(2019, 9, 2, 8, 30)  # the old address file, imported in one go
IMP = "import-2019"


def d(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


# (organisation in truth.csv, Naam, (Straat, Huisnummer, Postcode, Plaats), Website,
#  Bedrijfsvorm, Tags, Accountmanager, Actief, Vestiging, Opmerking WSP, Datum toegevoegd,
#  Gerelateerde bedrijven)
NONE = ("", "", "", "")
COMPANIES = [
    # food industry of the Zaan
    ("verkade", "Koninklijke Verkade", ("", "", "", "Zaandam"), "www.verkade.nl", "",
     "werkgever, leerbedrijf", FOOD, 1, "", "productie; operators en monteurs",
     d(2019, 10, 7), ""),
    ("verkade", "Verkade", NONE, "", "", "werkgever", RETAIL, 1, "Zaandam", "",
     d(2022, 4, 11, 14, 20), ""),
    ("verkade", "VERKADE ZAANDAM", ("", "", "", "ZAANDAM"), "", "", IMP, BEHEER, 0, "", "",
     MIGRATED, ""),
    ("verkade", "Verkade fabriek Zaandam", ("", "", "", "Zaandam"), "", "",
     "werkgever, banenafspraak", FOOD, 1, "", "banenafspraak: inpakafdeling",
     d(2024, 2, 19, 11, 0), ""),
    ("ah", "Albert Heijn", ("Provincialeweg", "11", "1506 MA", "Zaandam"), "www.ah.nl", "BV",
     "werkgever, leerbedrijf, Zaanse Banenmarkt 2025", RETAIL, 1, "hoofdkantoor",
     "hoofdkantoor en distributie", d(2019, 9, 16), "Ahold Delhaize"),
    ("ah", "Albert Heijn B.V.", ("", "", "", "Zaandam"), "", "BV", IMP, BEHEER, 1, "", "",
     MIGRATED, ""),
    ("ah", "AH distributiecentrum Zaandam", ("", "", "", "Zaandam"), "", "",
     "werkgever, banenafspraak", RETAIL, 1, "", "orderpickers; banenafspraak",
     d(2021, 6, 14, 9, 30), "Albert Heijn"),
    ("ah", "AH", NONE, "", "", "werkgever", FOOD, 1, "Zaandam", "dubbel? zie Albert Heijn",
     d(2023, 10, 2, 16, 5), ""),
    ("ahold", "Ahold Delhaize", ("Provincialeweg", "11", "1506 MA", "Zaandam"),
     "www.aholddelhaize.com", "NV", "werkgever", TEAM, 1, "",
     "holding; contact via HR-beleid, niet voor vacatures", d(2020, 1, 20), ""),
    ("ahold", "Koninklijke Ahold N.V.", ("", "", "", "Zaandam"), "", "NV", IMP, BEHEER, 0, "",
     "", MIGRATED, ""),
    ("ahold", "Koninklijke Ahold Delhaize N.V.", ("", "", "", "Zaandam"), "", "NV", "partner",
     TEAM, 1, "", "maatschappelijk partner SROI", d(2024, 5, 6, 13, 45), ""),
    ("forbo", "Forbo Flooring", ("", "", "", "Krommenie"), "www.forbo.com", "BV",
     "werkgever, leerbedrijf", FOOD, 1, "", "linoleumfabriek; bbl-trajecten procestechniek",
     d(2019, 11, 4), ""),
    ("forbo", "Forbo Flooring B.V.", ("", "", "", "KROMMENIE"), "", "BV", IMP, BEHEER, 1, "",
     "", MIGRATED, ""),
    ("forbo", "Forbo Krommenie", NONE, "", "", "werkgever", TEAM, 1, "", "",
     d(2021, 3, 1, 15, 0), ""),
    ("forbo", "Forbo Flooring Systems", ("", "", "", "Krommenie"), "www.forbo.com", "",
     "werkgever, Zaanse Banenmarkt 2025", FOOD, 1, "Krommenie", "", d(2025, 3, 17), ""),
    ("loders", "Bunge Loders Croklaan", ("", "", "", "Wormerveer"), "", "BV",
     "werkgever, leerbedrijf", FOOD, 1, "Wormerveer", "oliën en vetten; operators",
     d(2019, 10, 21), ""),
    ("loders", "Loders Croklaan", ("", "", "", "Wormerveer"), "", "", IMP, BEHEER, 1, "", "",
     MIGRATED, ""),
    ("loders", "IOI Loders Croklaan", ("", "", "", "Wormerveer"), "", "BV", IMP, BEHEER, 0, "",
     "", MIGRATED, ""),
    ("loders", "Loders Croklaan Wormerveer", NONE, "", "", "werkgever, banenafspraak", TEAM,
     1, "", "", d(2022, 9, 5, 10, 40), ""),
    ("bunge-amsterdam", "Bunge Amsterdam", ("", "", "", "Amsterdam"), "", "BV", "werkgever",
     FOOD, 1, "", "oliezaadverwerking haven Amsterdam", d(2023, 1, 23), ""),
    ("ofi", "ofi", ("", "", "", "Koog aan de Zaan"), "", "BV", "werkgever, leerbedrijf", FOOD,
     1, "Koog aan de Zaan", "cacaofabriek; procesoperators", d(2022, 2, 14), ""),
    ("ofi", "Olam Cocoa", ("", "", "", "Koog aan de Zaan"), "", "BV", "werkgever", FOOD, 1,
     "", "", d(2019, 12, 2), ""),
    ("ofi", "ADM Cocoa", ("", "", "", "Koog a/d Zaan"), "", "BV", IMP, BEHEER, 0, "", "",
     MIGRATED, ""),
    ("ofi", "olam food ingredients", NONE, "", "", "werkgever", TEAM, 1, "Wormer", "",
     d(2021, 8, 30, 14, 10), ""),
    ("ofi", "OFI Koog aan de Zaan", ("", "", "", "Koog aan de Zaan"), "", "",
     "werkgever, banenafspraak", FOOD, 1, "", "", d(2025, 6, 2, 9, 0), ""),
    ("cargill", "Cargill Cocoa & Chocolate", ("", "", "", "Zaandam"), "www.cargill.com", "BV",
     "werkgever", FOOD, 1, "Zaandam", "", d(2020, 5, 11), ""),
    ("duyvis", "Duyvis", ("", "", "", "Koog aan de Zaan"), "", "BV", "werkgever", FOOD, 1, "",
     "noten; productiemedewerkers", d(2020, 9, 28), ""),
    ("duyvis", "Duyvis Koog a/d Zaan", ("", "", "", "Koog a/d Zaan"), "", "", IMP, BEHEER, 1,
     "", "", MIGRATED, ""),
    # care
    ("zmc", "Zaans Medisch Centrum", ("", "", "", "Zaandam"), "www.zaansmedischcentrum.nl",
     "Stichting", "werkgever, leerbedrijf", ZORG, 1, "", "zorgassistenten, facilitair",
     d(2019, 9, 23), ""),
    ("zmc", "ZMC", NONE, "", "", "werkgever", ZORG, 1, "Zaandam", "", d(2021, 11, 8, 11, 15),
     ""),
    ("zmc", "Zaans Medisch Centrum (ZMC)", ("", "", "", "ZAANDAM"), "", "", IMP, BEHEER, 1, "",
     "", MIGRATED, ""),
    ("zmc", "ZZ Zaans Medisch Centrum (niet gebruiken)", NONE, "", "", "", ZORG, 0, "",
     "dubbel", d(2020, 2, 3, 9, 50), ""),
    ("dijklander", "Dijklander Ziekenhuis", ("", "", "", "Purmerend"), "www.dijklander.nl",
     "Stichting", "werkgever, leerbedrijf", ZORG, 1, "Purmerend", "", d(2019, 10, 14), ""),
    ("dijklander", "Waterland Ziekenhuis Purmerend", ("", "", "", "PURMEREND"), "", "", IMP,
     BEHEER, 0, "", "", MIGRATED, ""),
    ("dijklander", "Dijklander Ziekenhuis locatie Purmerend", ("", "", "", "Purmerend"), "",
     "", "werkgever, banenafspraak", ZORG, 1, "", "", d(2023, 5, 15, 10, 20), ""),
    ("dijklander", "Dijklander", NONE, "", "", "werkgever", TEAM, 1, "Hoorn", "",
     d(2024, 9, 9, 14, 0), ""),
    # Zaanstad's own
    ("zaanse-schans", "Stichting De Zaanse Schans", ("", "", "", "Zaandam"), "", "Stichting",
     "werkgever, Zaanse Banenmarkt 2025", RETAIL, 1, "", "horeca en toerisme",
     d(2022, 3, 7), ""),
    ("zaanse-schans", "Zaanse Schans", ("", "", "", "Zaandam"), "", "", "werkgever", RETAIL,
     1, "", "", d(2024, 4, 22, 13, 0), ""),
    ("zaantheater", "Zaantheater", ("", "", "", "Zaandam"), "", "Stichting", "werkgever",
     RETAIL, 1, "", "", d(2023, 8, 28), "Gemeente Zaanstad"),
    ("parteon", "Parteon", NONE, "", "Stichting", "partner, SROI", TEAM,
     1, "", "woningcorporatie; SROI bij onderhoud", d(2020, 11, 16), ""),
    # schools
    ("regio-college", "Regio College", ("", "", "", "Zaandam"), "www.regiocollege.nl",
     "Stichting", "onderwijs, partner", PUBLIEK, 1, "", "mbo; bbl", d(2019, 9, 9), ""),
    ("regio-college", "Regio College Zaanstreek-Waterland", ("", "", "", "Zaandam"), "",
     "Stichting", IMP, BEHEER, 1, "", "", MIGRATED, ""),
    ("regio-college", "REGIO COLLEGE", ("", "", "", "PURMEREND"), "", "", IMP, BEHEER, 1, "",
     "", MIGRATED, ""),
    ("regio-college", "Regiocollege", NONE, "", "", "werkgever", ZORG, 1, "Purmerend",
     "stages zorg en welzijn", d(2022, 10, 3, 15, 30), ""),
    ("davinci", "Da Vinci College Purmerend", ("", "", "", "Purmerend"), "", "Stichting",
     "onderwijs", PUBLIEK, 1, "", "vo; praktijkonderwijs stages", d(2021, 1, 18), ""),
    ("davinci", "Da Vinci College", NONE, "", "", "onderwijs", PUBLIEK, 1, "Purmerend", "",
     d(2024, 11, 4, 9, 40), ""),
    ("rocva", "ROC van Amsterdam", ("", "", "", "Amsterdam"), "www.rocva.nl", "Stichting",
     "onderwijs", PUBLIEK, 1, "", "", d(2020, 3, 2), ""),
    ("rocva", "ROCvA", NONE, "", "", "onderwijs, partner", FOOD, 1, "", "", d(2023, 2, 6), ""),
    # municipalities
    ("zaanstad", "Gemeente Zaanstad", ("Stadhuisplein", "100", "", "Zaandam"),
     "www.zaanstad.nl", "Overheid", "gemeente, overheid", TEAM, 1, "",
     "centrumgemeente arbeidsmarktregio", d(2019, 9, 2, 10, 0), ""),
    ("zaanstad", "Zaanstad, gemeente", ("", "", "", "Zaandam"), "", "", IMP, BEHEER, 1, "",
     "", MIGRATED, ""),
    ("zaanstad", "Gemeente Zaanstad ", NONE, "", "", "gemeente", PUBLIEK, 1, "", "",
     d(2020, 6, 8, 11, 30), ""),
    ("zaanstad", "Gem. Zaanstad - Werk en Inkomen", ("", "", "", "Zaandam"), "", "Overheid",
     "gemeente, partner", TEAM, 1, "", "loonkostensubsidie", d(2021, 2, 22), ""),
    ("zaanstad", "Zaanstad", ("", "", "", "Zaandam"), "", "", "overheid", RETAIL, 1, "", "",
     d(2024, 1, 15, 16, 0), ""),
    ("purmerend", "Gemeente Purmerend", ("", "", "", "Purmerend"), "www.purmerend.nl",
     "Overheid", "gemeente, overheid", TEAM, 1, "", "sinds 2022 incl. Beemster",
     d(2019, 9, 2, 10, 10), ""),
    ("purmerend", "Purmerend", ("", "", "", "PURMEREND"), "", "", IMP, BEHEER, 1, "", "",
     MIGRATED, ""),
    ("purmerend", "ZZ Gemeente Beemster", ("", "", "", "Middenbeemster"), "", "Overheid",
     "gemeente", TEAM, 0, "", "per 1-1-2022 gemeente Purmerend", d(2019, 9, 2, 10, 15), ""),
    ("purmerend", "gemeente purmerend", NONE, "", "", "gemeente", ZORG, 1, "", "",
     d(2023, 3, 20, 9, 5), ""),
    ("edam-volendam", "Gemeente Edam-Volendam", ("", "", "", "Volendam"),
     "www.edam-volendam.nl", "Overheid", "gemeente, overheid", TEAM, 1, "", "",
     d(2019, 9, 2, 10, 20), ""),
    ("edam-volendam", "Edam Volendam", ("", "", "", "EDAM"), "", "", IMP, BEHEER, 1, "", "",
     MIGRATED, ""),
    ("edam-volendam", "Gemeente Zeevang", ("", "", "", "Oosthuizen"), "", "", IMP, BEHEER, 0,
     "", "per 1-1-2016 Edam-Volendam", MIGRATED, ""),
    ("waterland", "Gemeente Waterland", ("", "", "", "Monnickendam"), "www.waterland.nl",
     "Overheid", "gemeente, overheid", TEAM, 1, "", "", d(2019, 9, 2, 10, 25), ""),
    ("waterland", "Waterland", ("", "", "", "MONNICKENDAM"), "", "", IMP, BEHEER, 1, "", "",
     MIGRATED, ""),
    ("wormerland", "Gemeente Wormerland", ("", "", "", "Wormer"), "www.wormerland.nl",
     "Overheid", "gemeente, overheid", TEAM, 1, "", "", d(2019, 9, 2, 10, 30), ""),
    ("wormerland", "Wormerland (Wormer)", ("", "", "", "WORMER"), "", "", IMP, BEHEER, 1, "",
     "", MIGRATED, ""),
    ("oostzaan", "Gemeente Oostzaan", ("", "", "", "Oostzaan"), "www.oostzaan.nl", "Overheid",
     "gemeente", TEAM, 1, "", "", d(2019, 9, 2, 10, 35), ""),
    ("oostzaan", "Gemeente Oostzaan t.a.v. afd. Economische Zaken",
     ("", "", "", "OOSTZAAN"), "", "", IMP, BEHEER, 1, "", "", MIGRATED, ""),
    ("landsmeer", "Gemeente Landsmeer", ("", "", "", "Landsmeer"), "www.landsmeer.nl",
     "Overheid", "gemeente", TEAM, 1, "", "", d(2019, 9, 2, 10, 40), ""),
    ("amsterdam", "Gemeente Amsterdam", ("", "", "", "Amsterdam"), "www.amsterdam.nl",
     "Overheid", "gemeente, partner", TEAM, 1, "", "buurregio Groot Amsterdam",
     d(2021, 4, 12), ""),
    # public bodies and partners
    ("uwv", "UWV", ("", "", "", "Zaandam"), "www.uwv.nl", "Overheid", "overheid, partner",
     TEAM, 1, "", "werkgeversdienstverlening samen met UWV", d(2019, 9, 2, 11, 0), ""),
    ("uwv", "UWV WERKbedrijf Zaanstreek/Waterland", ("", "", "", "ZAANDAM"), "", "", IMP,
     BEHEER, 1, "", "", MIGRATED, ""),
    ("uwv", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)", NONE, "", "Overheid",
     "overheid", PUBLIEK, 1, "", "", d(2022, 5, 30, 10, 0), ""),
    ("uwv", "CWI Zaandam", ("", "", "", "ZAANDAM"), "", "", IMP, BEHEER, 0, "",
     "sinds 2009 UWV", MIGRATED, ""),
    ("pnh", "Provincie Noord-Holland", ("", "", "", "Haarlem"), "www.noord-holland.nl",
     "Overheid", "overheid", TEAM, 1, "", "subsidie scholing", d(2020, 2, 10), ""),
    ("pnh", "Prov. N-H", NONE, "", "", IMP, BEHEER, 1, "", "", MIGRATED, ""),
    ("hhnk", "Hoogheemraadschap Hollands Noorderkwartier", ("", "", "", "Heerhugowaard"),
     "www.hhnk.nl", "Overheid", "overheid, werkgever", PUBLIEK, 1, "", "vacatures techniek",
     d(2021, 9, 13), ""),
    ("hhnk", "HHNK", NONE, "", "", "werkgever", FOOD, 1, "", "", d(2024, 6, 24, 15, 0), ""),
    ("vrzw", "Veiligheidsregio Zaanstreek-Waterland", ("", "", "", "Zaandam"), "",
     "Overheid", "overheid, werkgever", PUBLIEK, 1, "", "brandweer; vacatures",
     d(2020, 10, 5), ""),
    ("vrzw", "VrZW", NONE, "", "", "overheid", PUBLIEK, 1, "", "", d(2023, 12, 4, 9, 15), ""),
    ("wsp", "Werkgeversservicepunt Zaanstreek/Waterland", ("", "", "", "Zaandam"), "", "",
     "partner", BEHEER, 1, "", "eigen organisatie (voor mailings)", d(2019, 9, 2, 8, 0),
     "Gemeente Zaanstad, UWV"),
    ("wsp", "WSP Zaanstreek Waterland", NONE, "", "", IMP, BEHEER, 1, "", "", MIGRATED, ""),
]


def rows() -> list[tuple[str, list]]:
    """(organisation, cells) per company row, in the list's order (Naam)."""
    # Teamleader's ids count up in the order the companies were made.
    order = sorted(range(len(COMPANIES)), key=lambda i: (COMPANIES[i][10], i))
    ids = {i: 4100 + rank for rank, i in enumerate(order, start=1)}
    out = []
    for i, (org, name, address, web, form, tags, manager, active, location, note, added,
            related) in enumerate(COMPANIES):
        street, number, postcode, place = address
        if added == MIGRATED:
            added = added + dt.timedelta(seconds=i)
        changed = min(added + dt.timedelta(days=90 + 41 * i), EXPORTED - dt.timedelta(days=3))
        last = None if manager == BEHEER else changed.date()
        out.append((org, [ids[i], name, street or None, number or None, postcode or None,
                          place or None, "NL" if place else None, "NL", None, None, None,
                          None, web or None, form or None, None, None, tags or None,
                          manager, active, None, location or None, note or None,
                          "Noord-Holland" if place else None, None, None, 0, None, 0, last,
                          None, added, changed, related or None, None, None, None, None,
                          0]))
    return sorted(out, key=lambda r: (r[1][1].casefold().strip(), r[1][1]))


def main() -> None:
    names = [c[1] for c in COMPANIES]
    assert len(set(names)) == len(names), "one name, one company"
    related = {r for c in COMPANIES if c[11] for r in c[11].split(", ")}
    assert related <= set(names), f"a related company is a company: {related - set(names)}"
    table = rows()
    assert all(len(cells) == len(HEADERS) for _o, cells in table)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Companies"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for _org, cells in table:
        ws.append(cells)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    book.properties.creator = "Teamleader"
    book.properties.created = book.properties.modified = EXPORTED
    book.save(HERE / FILE)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            writer.writerow([number, org])


if __name__ == "__main__":
    main()
