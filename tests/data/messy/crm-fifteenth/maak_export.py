"""Write the fifteenth held-out organisation list: the SuperOffice Excel export and truth.csv
beside this script.

    python tests/data/messy/crm-fifteenth/maak_export.py

A SuperOffice CRM export of companies to Excel (Dutch interface: the section tab of a
selection of "Bedrijven", Taak → "Exporteren naar Excel"), as a regional labour-market and
education network of Zaanstreek, Waterland and Amstelland (Zaanstad, Wormerland, Oostzaan,
Purmerend, Edam-Volendam, Landsmeer, Waterland, Amstelveen, Aalsmeer, Ouder-Amstel,
Uithoorn; the network itself is illustrative, no real one is named) keeps its employers,
schools, municipalities, public bodies and partners. One sheet, the column labels of the
Dutch company list in the header row, one row per company record, in the order of the
company "Nummer" (the order in which the records were made, from 10001).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in SuperOffice's own documentation (the SuperOfficeDocs/superoffice-docs
  repository, its Dutch pages): that a selection's task menu has "Exporteren naar Excel"
  and "Exporteren naar bestand" (a template decides the columns and the separator), and that
  a section tab exports its records with the columns the user has configured
  (search-options/selection/learn/howto/export.md; the English user guide's "Export section
  tabs"); that the Dutch interface calls a company "Bedrijf" (not "Firma"), and that the
  company card has the fields Bedrijfsnaam, Afdeling, Land, Postcode, Plaats, Telefoon, Fax,
  Website, E-mail, Onze contactpersoon, Categorie (required), Code (suggested from the name
  when the company is saved), Nummer (10001 for the first, then one up), BTW-nr., Branche
  (required), Hoofdcontactpersoon, the check boxes Stoppen and Geen mailings, a tab "Meer"
  with fields the administrator defines, and a tab "Opmerking" (company/learn/create.md and
  includes/company-fields.md); that duplicates are merged with "Bedrijven samenvoegen" and
  the source company is then deleted (company/learn/merge-companies.md), so a list of years
  keeps the duplicates nobody merged; that the company archive offers the columns Company
  name, Department, Category, Business, Country, Number, Code, VAT No., Stop, No mailings
  (company), Postal address - City / Postcode, Street address - Address 1, URL, Registered
  and Updated (the generated archive-provider reference, English); that Dutch addresses have
  a visiting and a postal address ("bezoek- en postadres", a SuperOffice community FAQ).
- not checked, as remembered or derived: the Dutch column labels as the Excel file writes
  them ("Nummer", "Bedrijfsnaam", "Afdeling", "Code", "Categorie", "Branche", "Bezoekadres -
  Adres 1", "Postadres - Postcode", "Postadres - Plaats", "Land", "Telefoon", "Website",
  "E-mail", "Onze contactpersoon", "BTW-nr.", "Stoppen", "Geen mailings (bedrijf)",
  "Geregistreerd", "Bijgewerkt"; the card's labels translated into the archive's "Postal
  address - City" pattern); the user-defined text field "Opmerking" on the "Meer" tab (the
  network's administrator made it; the text of the "Opmerking" tab is not a list column as
  far as I know); check boxes written as "Ja"/"Nee"; dates as date cells shown dd-mm-jjjj;
  the sheet's name ("Bedrijven") and the file's name ("Bedrijven_export_20261203.xlsx");
  how SuperOffice makes a code from a name (here: the name's letters in capitals, at most
  ten). No export was made for this fixture.

The list's history, as the rows show it: the network moved its address list into SuperOffice
in March 2011 (the municipalities and the big partners first, some of them under the names
of the old address list: CWI, De Heel, Bloemenveiling Aalsmeer); three accountmanagers
(Zaanstreek, Waterland, Amstelland) and the programme secretary add companies by hand. The
category is the network's own list (Gemeente, Overheid, Onderwijs, Werkgever, Zorg, Wonen,
Branchevereniging), the branch SuperOffice's list as the network filled it in. SuperOffice
has no parent company field (companies are linked by relations, which the list does not
export): a location or department is a company of its own with the parent's name and the
location or department in "Afdeling". Records no longer used are not deleted but marked
"Stoppen" (Ja) with a remark in "Opmerking" ("dubbel, zie ...", "sinds 2016
Edam-Volendam"). "Onze contactpersoon" holds a role only (in a real database an employee's
name). No phone number, e-mail address, street, postcode, KvK number, VAT number, BRIN code
or person.

Organisations under an earlier name (as remembered): CWI → UWV (1 January 2009); Waterland
Ziekenhuis (Purmerend) → Dijklander Ziekenhuis (merger with the Westfriesgasthuis in 2017,
the name in 2019); Ziekenhuis De Heel → Zaans Medisch Centrum; Koninklijke Ahold N.V. →
Koninklijke Ahold Delhaize N.V. (the merger with Delhaize in 2016, the same legal entity
renamed); Schiphol Group → Royal Schiphol Group (2018; the legal entity N.V. Luchthaven
Schiphol, operator of Amsterdam Airport Schiphol); Bloemenveiling Aalsmeer → FloraHolland
(merger of 2008) → Royal FloraHolland; IOI Loders Croklaan → Bunge Loders Croklaan (Bunge
bought it in 2018); UNETO-VNI → Techniek Nederland (2019); Gemeente Zeevang → Edam-Volendam
(1 January 2016); Gemeente Beemster → Purmerend (1 January 2022). The list means the
successor by the old municipalities' records (they were kept for the contacts who moved to
the new municipality), so they are the successor in truth.csv.

How a location or department was decided (as the region's networker would): a location,
department, faculty or fire service is its organisation (UWV WERKbedrijf Zaandam is UWV;
Brandweer Zaanstreek-Waterland is the Veiligheidsregio Zaanstreek-Waterland; KLM
Engineering & Maintenance at Schiphol-Oost is KLM; Royal FloraHolland Naaldwijk and the
Dijklander's location Purmerend are their organisations; the municipalities' departments
are the municipality). Apart stay what are two legal organisations even where people mix
them up: Albert Heijn B.V. and its parent Koninklijke Ahold Delhaize N.V. (both Zaandam);
KLM and Royal Schiphol Group (both at Schiphol); the two Werkgeversservicepunten
(Zaanstreek/Waterland; Groot Amsterdam, for Amstelland), the two Veiligheidsregio's
(Zaanstreek-Waterland; Amsterdam-Amstelland) and the two GGD's (Zaanstreek-Waterland;
Amsterdam, for Amstelland).

Precision traps: in Zaandam the municipality Zaanstad, the Zaans Medisch Centrum, the
Zaanlands Lyceum, the Regio College, Albert Heijn, Ahold Delhaize, Verkade, UWV, the WSP,
the Veiligheidsregio and the GGD; "Waterland" (the municipality, the Waterland Ziekenhuis
of Dijklander, the Zaanstreek-Waterland bodies); "Amstelland" and Amstelveen (the
municipality, Ziekenhuis Amstelland, Amstelveen College, KLM, the Veiligheidsregio
Amsterdam-Amstelland, the WSP Groot Amsterdam's Amstelland team); Aalsmeer and Royal
FloraHolland; Volendam (the municipality Edam-Volendam, the Don Bosco College); Purmerend
(the municipality, Dijklander, the Regio College's location).

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website not known with certainty is left
empty. Categories, branches, remarks, dates and numbers are illustrative; every row is
loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first company row 2). A municipality's rows, and the rows of the
municipalities it took over, are the municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Bedrijven_export_20261203.xlsx"

HEADER = ["Nummer", "Bedrijfsnaam", "Afdeling", "Code", "Categorie", "Branche",
          "Bezoekadres - Adres 1", "Postadres - Postcode", "Postadres - Plaats", "Land",
          "Telefoon", "Website", "E-mail", "Onze contactpersoon", "BTW-nr.", "Stoppen",
          "Geen mailings (bedrijf)", "Geregistreerd", "Bijgewerkt", "Opmerking"]

ZS, WL, AL, PS = ("Accountmanager Zaanstreek", "Accountmanager Waterland",
                  "Accountmanager Amstelland", "Programmasecretaris")

# (registered, updated, name, department, category, branch, place, website, our contact,
#  stop, remark, organisation). The rows are written in the order of their registration.
RECORDS: list[tuple[str, str, str, str, str, str, str, str, str, str, str, str]] = [
    # municipalities
    ("2011-03-14", "2024-05-02", "Gemeente Zaanstad", "", "Gemeente", "Overheid", "Zaandam",
     "www.zaanstad.nl", ZS, "", "", "zaanstad"),
    ("2013-09-03", "2019-01-22", "Zaanstad", "Afdeling Werk en Inkomen", "Gemeente",
     "Overheid", "Zaandam", "", ZS, "", "", "zaanstad"),
    ("2016-02-11", "2023-10-09", "gemeente zaanstad", "Economische Zaken", "Overheid",
     "Overheid", "ZAANDAM", "zaanstad.nl", PS, "", "", "zaanstad"),
    ("2018-06-27", "2018-07-02", "Zaanstad, gemeente", "", "Gemeente", "Overheid", "Zaandam",
     "", AL, "Ja", "dubbel, zie Gemeente Zaanstad", "zaanstad"),
    ("2011-03-14", "2022-11-15", "Gemeente Wormerland", "", "Gemeente", "Overheid", "Wormer",
     "www.wormerland.nl", ZS, "", "", "wormerland"),
    ("2017-04-20", "2021-03-08", "Wormerland", "", "Gemeente", "Overheid", "Wormer", "", PS,
     "", "", "wormerland"),
    ("2011-03-14", "2023-02-14", "Gemeente Oostzaan", "", "Gemeente", "Overheid", "Oostzaan",
     "www.oostzaan.nl", ZS, "", "", "oostzaan"),
    ("2015-11-30", "2016-01-12", "Oostzaan", "", "Gemeente", "Overheid", "Oostzaan", "", WL,
     "Ja", "dubbel", "oostzaan"),
    ("2011-03-14", "2025-01-20", "Gemeente Purmerend", "", "Gemeente", "Overheid",
     "Purmerend", "www.purmerend.nl", WL, "", "", "purmerend"),
    ("2014-05-19", "2022-06-01", "Purmerend", "Afd. Economie", "Gemeente", "Overheid",
     "Purmerend", "", WL, "", "", "purmerend"),
    ("2011-03-14", "2022-01-10", "Gemeente Beemster", "", "Gemeente", "Overheid",
     "Middenbeemster", "", WL, "Ja",
     "per 1 januari 2022 samengevoegd met Purmerend, contacten overgezet", "purmerend"),
    ("2011-03-14", "2024-09-16", "Gemeente Edam-Volendam", "", "Gemeente", "Overheid",
     "Volendam", "www.edam-volendam.nl", WL, "", "", "edam-volendam"),
    ("2016-03-07", "2020-08-25", "Edam Volendam", "", "Gemeente", "Overheid", "Edam", "", WL,
     "", "", "edam-volendam"),
    ("2011-03-14", "2016-01-05", "Gemeente Zeevang", "", "Gemeente", "Overheid",
     "Oosthuizen", "", WL, "Ja", "opgeheven per 1-1-2016, nu Edam-Volendam",
     "edam-volendam"),
    ("2011-03-14", "2021-12-06", "Gemeente Landsmeer", "", "Gemeente", "Overheid",
     "Landsmeer", "www.landsmeer.nl", WL, "", "", "landsmeer"),
    ("2019-10-14", "2019-10-14", "Landsmeer gemeente", "", "Overheid", "Overheid",
     "Landsmeer", "", PS, "", "", "landsmeer"),
    ("2011-03-14", "2024-03-04", "Gemeente Waterland", "", "Gemeente", "Overheid",
     "Monnickendam", "www.waterland.nl", WL, "", "", "waterland"),
    ("2020-01-28", "2020-02-03", "Waterland", "", "Gemeente", "Overheid", "Monnikendam", "",
     PS, "", "", "waterland"),
    ("2011-03-14", "2025-04-07", "Gemeente Amstelveen", "", "Gemeente", "Overheid",
     "Amstelveen", "www.amstelveen.nl", AL, "", "", "amstelveen"),
    ("2012-10-01", "2023-06-19", "Amstelveen", "Werk en Inkomen", "Gemeente", "Overheid",
     "Amstelveen", "", AL, "", "", "amstelveen"),
    ("2014-01-16", "2014-02-03", "GEMEENTE AMSTELVEEN", "", "Gemeente", "Overheid",
     "AMSTELVEEN", "", AL, "Ja", "dubbel ingevoerd bij import 2014", "amstelveen"),
    ("2011-03-14", "2024-11-11", "Gemeente Aalsmeer", "", "Gemeente", "Overheid", "Aalsmeer",
     "www.aalsmeer.nl", AL, "", "", "aalsmeer"),
    ("2018-09-10", "2021-05-17", "Aalsmeer", "", "Gemeente", "Overheid", "Aalsmeer", "", AL,
     "", "", "aalsmeer"),
    ("2011-03-14", "2023-09-25", "Gemeente Ouder-Amstel", "", "Gemeente", "Overheid",
     "Duivendrecht", "www.ouder-amstel.nl", AL, "", "", "ouder-amstel"),
    ("2015-06-22", "2019-04-01", "Ouder Amstel", "", "Gemeente", "Overheid",
     "Ouderkerk aan de Amstel", "", AL, "", "", "ouder-amstel"),
    ("2021-02-15", "2021-02-15", "Gem. Ouder-Amstel", "", "Overheid", "Overheid",
     "Ouderkerk a/d Amstel", "", PS, "", "", "ouder-amstel"),
    ("2011-03-14", "2024-10-28", "Gemeente Uithoorn", "", "Gemeente", "Overheid", "Uithoorn",
     "www.uithoorn.nl", AL, "", "", "uithoorn"),
    ("2017-11-06", "2022-02-21", "Uithoorn", "", "Gemeente", "Overheid", "De Kwakel", "", AL,
     "", "", "uithoorn"),
    # the province, UWV, the Werkgeversservicepunten
    ("2011-03-14", "2025-02-10", "Provincie Noord-Holland", "", "Overheid", "Overheid",
     "Haarlem", "www.noord-holland.nl", PS, "", "", "pnh"),
    ("2014-09-08", "2022-09-12", "Prov. Noord-Holland", "Team Economie", "Overheid",
     "Overheid", "Haarlem", "", PS, "", "", "pnh"),
    ("2011-03-15", "2024-06-24", "UWV", "", "Overheid", "Overheid", "Amsterdam",
     "www.uwv.nl", PS, "", "", "uwv"),
    ("2011-03-15", "2023-03-13", "UWV WERKbedrijf", "Zaandam", "Overheid", "Overheid",
     "Zaandam", "www.werk.nl", ZS, "", "", "uwv"),
    ("2011-03-15", "2011-04-04", "CWI Zaandam", "", "Overheid", "Overheid", "Zaandam", "", ZS,
     "Ja", "sinds 2009 UWV, niet meer gebruiken", "uwv"),
    ("2016-10-17", "2016-10-17", "Uitvoeringsinstituut Werknemersverzekeringen", "",
     "Overheid", "Overheid", "Amsterdam", "", PS, "", "", "uwv"),
    ("2019-05-06", "2024-01-15", "UWV Zaandam", "Werkgeversdienstverlening", "Overheid",
     "Overheid", "Zaandam", "", ZS, "", "", "uwv"),
    ("2012-02-06", "2025-03-17", "Werkgeversservicepunt Zaanstreek/Waterland", "", "Overheid",
     "Overheid", "Zaandam", "", ZS, "", "", "wsp-zw"),
    ("2015-01-12", "2020-11-30", "WSP Zaanstreek-Waterland", "", "Overheid", "Overheid",
     "Zaandam", "", WL, "", "", "wsp-zw"),
    ("2022-04-04", "2022-04-04", "WSP ZW", "", "Overheid", "Overheid", "Zaandam", "", PS, "",
     "", "wsp-zw"),
    ("2012-02-06", "2024-08-19", "Werkgeversservicepunt Groot Amsterdam", "", "Overheid",
     "Overheid", "Amsterdam", "", AL, "", "", "wsp-ga"),
    ("2017-08-28", "2023-05-08", "WSP Groot Amsterdam", "Team Amstelland", "Overheid",
     "Overheid", "Amsterdam", "", AL, "", "", "wsp-ga"),
    ("2023-01-09", "2023-01-09", "WSP GA", "", "Overheid", "Overheid", "Amsterdam", "", AL,
     "", "", "wsp-ga"),
    # Veiligheidsregio's, GGD's
    ("2012-05-21", "2024-04-15", "Veiligheidsregio Zaanstreek-Waterland", "", "Overheid",
     "Overheid", "Zaandam", "www.vrzw.nl", ZS, "", "", "vrzw"),
    ("2016-05-30", "2016-05-30", "VRZW", "", "Overheid", "Overheid", "Zaandam", "", WL, "",
     "", "vrzw"),
    ("2019-09-23", "2022-10-03", "Brandweer Zaanstreek-Waterland", "", "Overheid",
     "Overheid", "Zaandam", "", ZS, "", "", "vrzw"),
    ("2012-05-21", "2023-11-20", "Veiligheidsregio Amsterdam-Amstelland", "", "Overheid",
     "Overheid", "Amsterdam", "", AL, "", "", "vraa"),
    ("2020-06-08", "2020-06-08", "Brandweer Amsterdam-Amstelland", "Kazerne Amstelveen",
     "Overheid", "Overheid", "Amstelveen", "", AL, "", "", "vraa"),
    ("2013-03-11", "2024-02-05", "GGD Zaanstreek-Waterland", "", "Zorg", "Gezondheidszorg",
     "Zaandam", "www.ggdzw.nl", ZS, "", "", "ggd-zw"),
    ("2018-02-19", "2018-02-19", "GGD Zaanstreek Waterland", "Jeugdgezondheidszorg", "Zorg",
     "Gezondheidszorg", "Zaandam", "", WL, "", "", "ggd-zw"),
    ("2013-03-11", "2023-08-28", "GGD Amsterdam", "", "Zorg", "Gezondheidszorg", "Amsterdam",
     "www.ggd.amsterdam.nl", AL, "", "", "ggd-amsterdam"),
    ("2021-09-13", "2021-09-13", "GGD Amsterdam-Amstelland", "", "Zorg", "Gezondheidszorg",
     "Amsterdam", "", AL, "", "", "ggd-amsterdam"),
    # schools
    ("2011-03-16", "2025-05-12", "Regio College", "", "Onderwijs", "Onderwijs", "Zaandam",
     "www.regiocollege.nl", ZS, "", "", "regio-college"),
    ("2013-06-10", "2021-10-18", "Regio College Zaandam", "", "Onderwijs", "Onderwijs",
     "Zaandam", "", ZS, "", "", "regio-college"),
    ("2014-11-24", "2014-11-24", "ROC Regio College", "", "Onderwijs", "Onderwijs",
     "Zaandam", "", PS, "", "", "regio-college"),
    ("2016-09-05", "2023-09-04", "Regio College", "Purmerend", "Onderwijs", "Onderwijs",
     "Purmerend", "", WL, "", "", "regio-college"),
    ("2020-10-05", "2020-10-05", "Regiocollege", "Techniek", "Onderwijs", "Onderwijs",
     "Zaandam", "", ZS, "", "", "regio-college"),
    ("2011-03-16", "2024-12-02", "Hogeschool van Amsterdam", "", "Onderwijs", "Onderwijs",
     "Amsterdam", "www.hva.nl", PS, "", "", "hva"),
    ("2015-03-02", "2022-03-14", "HvA", "Faculteit Techniek", "Onderwijs", "Onderwijs",
     "Amsterdam", "", AL, "", "", "hva"),
    ("2019-02-25", "2019-02-25", "Amsterdam University of Applied Sciences", "", "Onderwijs",
     "Onderwijs", "Amsterdam", "", PS, "", "", "hva"),
    ("2012-09-17", "2023-04-24", "Zaanlands Lyceum", "", "Onderwijs", "Onderwijs", "Zaandam",
     "", ZS, "", "", "zaanlands-lyceum"),
    ("2012-09-17", "2024-09-09", "Don Bosco College", "", "Onderwijs", "Onderwijs",
     "Volendam", "", WL, "", "", "don-bosco"),
    ("2018-11-12", "2018-11-12", "Don Bosco College Volendam", "vmbo", "Onderwijs",
     "Onderwijs", "Volendam", "", WL, "", "", "don-bosco"),
    ("2012-09-18", "2024-10-07", "Amstelveen College", "", "Onderwijs", "Onderwijs",
     "Amstelveen", "", AL, "", "", "amstelveen-college"),
    ("2021-03-22", "2021-03-22", "Amstelveencollege", "", "Onderwijs", "Onderwijs",
     "Amstelveen", "", PS, "", "", "amstelveen-college"),
    ("2012-09-18", "2023-01-30", "Alkwin Kollege", "", "Onderwijs", "Onderwijs", "Uithoorn",
     "", AL, "", "", "alkwin"),
    ("2017-05-15", "2017-05-15", "Alkwin College", "", "Onderwijs", "Onderwijs", "Uithoorn",
     "", PS, "", "", "alkwin"),
    # hospitals
    ("2011-03-17", "2011-05-09", "Ziekenhuis De Heel", "", "Zorg", "Gezondheidszorg",
     "Zaandam", "", ZS, "Ja", "oude naam, nu Zaans Medisch Centrum", "zmc"),
    ("2013-04-15", "2024-05-27", "Zaans Medisch Centrum", "", "Zorg", "Gezondheidszorg",
     "Zaandam", "www.zaansmc.nl", ZS, "", "", "zmc"),
    ("2019-06-03", "2019-06-03", "ZMC", "", "Zorg", "Gezondheidszorg", "Zaandam", "", PS, "",
     "", "zmc"),
    ("2011-03-17", "2019-06-17", "Waterland Ziekenhuis", "", "Zorg", "Gezondheidszorg",
     "Purmerend", "", WL, "Ja", "fusie met Westfriesgasthuis 2017, nu Dijklander",
     "dijklander"),
    ("2019-06-17", "2025-01-13", "Dijklander Ziekenhuis", "locatie Purmerend", "Zorg",
     "Gezondheidszorg", "Purmerend", "www.dijklander.nl", WL, "", "", "dijklander"),
    ("2022-08-29", "2022-08-29", "Dijklander", "", "Zorg", "Gezondheidszorg", "Hoorn", "",
     PS, "", "", "dijklander"),
    ("2011-03-17", "2024-07-01", "Ziekenhuis Amstelland", "", "Zorg", "Gezondheidszorg",
     "Amstelveen", "www.ziekenhuisamstelland.nl", AL, "", "", "ziekenhuis-amstelland"),
    ("2020-03-09", "2020-03-09", "Amstelland Ziekenhuis", "", "Zorg", "Gezondheidszorg",
     "Amstelveen", "", PS, "", "", "ziekenhuis-amstelland"),
    # housing
    ("2012-01-23", "2023-12-11", "Parteon", "", "Wonen", "Woningcorporatie", "Wormerveer",
     "www.parteon.nl", ZS, "", "", "parteon"),
    ("2018-04-16", "2018-04-16", "Woningcorporatie Parteon", "", "Wonen", "Woningcorporatie",
     "Zaandam", "", PS, "", "", "parteon"),
    ("2012-01-23", "2024-11-25", "Eigen Haard", "", "Wonen", "Woningcorporatie", "Amsterdam",
     "www.eigenhaard.nl", AL, "", "", "eigen-haard"),
    ("2016-12-05", "2016-12-05", "Stichting Eigen Haard", "", "Wonen", "Woningcorporatie",
     "Amsterdam", "", AL, "", "", "eigen-haard"),
    # employers
    ("2011-04-11", "2025-03-31", "Albert Heijn", "", "Werkgever", "Detailhandel", "Zaandam",
     "www.ah.nl", ZS, "", "", "albert-heijn"),
    ("2014-03-24", "2022-12-12", "Albert Heijn B.V.", "Hoofdkantoor", "Werkgever",
     "Detailhandel", "Zaandam", "", ZS, "", "", "albert-heijn"),
    ("2017-10-02", "2021-11-22", "AH", "Distributiecentrum Zaandam", "Werkgever",
     "Logistiek", "Zaandam", "", ZS, "", "", "albert-heijn"),
    ("2011-04-11", "2016-08-01", "Koninklijke Ahold N.V.", "", "Werkgever", "Detailhandel",
     "Zaandam", "", PS, "Ja", "sinds 2016 Ahold Delhaize", "ahold-delhaize"),
    ("2016-08-01", "2024-04-29", "Koninklijke Ahold Delhaize N.V.", "", "Werkgever",
     "Detailhandel", "Zaandam", "www.aholddelhaize.com", PS, "", "", "ahold-delhaize"),
    ("2020-11-16", "2020-11-16", "Ahold Delhaize", "", "Werkgever", "Detailhandel", "Zaandam",
     "", ZS, "", "", "ahold-delhaize"),
    ("2011-04-12", "2025-02-24", "KLM", "", "Werkgever", "Luchtvaart", "Amstelveen",
     "www.klm.nl", AL, "", "", "klm"),
    ("2015-09-14", "2020-05-04", "KLM Royal Dutch Airlines", "", "Werkgever", "Luchtvaart",
     "Amstelveen", "www.klm.com", AL, "", "", "klm"),
    ("2018-01-15", "2018-01-15", "Koninklijke Luchtvaart Maatschappij N.V.", "", "Werkgever",
     "Luchtvaart", "Amstelveen", "", PS, "", "", "klm"),
    ("2019-11-25", "2024-06-10", "KLM Engineering & Maintenance", "", "Werkgever",
     "Luchtvaart", "Schiphol-Oost", "", AL, "", "", "klm"),
    ("2011-04-12", "2018-05-14", "Schiphol Group", "", "Werkgever", "Luchtvaart", "Schiphol",
     "", AL, "Ja", "heet nu Royal Schiphol Group", "schiphol"),
    ("2018-05-14", "2025-01-27", "Royal Schiphol Group", "", "Werkgever", "Luchtvaart",
     "Schiphol", "www.schiphol.nl", AL, "", "", "schiphol"),
    ("2020-09-21", "2020-09-21", "Amsterdam Airport Schiphol", "", "Werkgever", "Luchtvaart",
     "Schiphol", "", PS, "", "", "schiphol"),
    ("2023-05-22", "2023-05-22", "N.V. Luchthaven Schiphol", "", "Werkgever", "Luchtvaart",
     "Schiphol", "", AL, "", "", "schiphol"),
    ("2011-04-13", "2011-09-05", "Bloemenveiling Aalsmeer", "", "Werkgever", "Tuinbouw",
     "Aalsmeer", "", AL, "Ja", "fusie 2008 met FloraHolland", "floraholland"),
    ("2011-09-05", "2017-02-13", "FloraHolland", "Aalsmeer", "Werkgever", "Tuinbouw",
     "Aalsmeer", "", AL, "", "", "floraholland"),
    ("2017-02-13", "2025-04-14", "Royal FloraHolland", "", "Werkgever", "Tuinbouw",
     "Aalsmeer", "www.royalfloraholland.com", AL, "", "", "floraholland"),
    ("2021-06-14", "2021-06-14", "Royal FloraHolland", "Naaldwijk", "Werkgever", "Tuinbouw",
     "Naaldwijk", "", PS, "", "", "floraholland"),
    ("2024-02-26", "2024-02-26", "Coöperatie Royal FloraHolland U.A.", "", "Werkgever",
     "Tuinbouw", "Aalsmeer", "", AL, "", "", "floraholland"),
    ("2012-03-19", "2024-03-18", "Forbo Flooring", "", "Werkgever", "Industrie",
     "Krommenie", "www.forbo.com", ZS, "", "", "forbo"),
    ("2019-01-07", "2019-01-07", "Forbo Flooring B.V.", "", "Werkgever", "Industrie",
     "Krommenie", "", PS, "", "", "forbo"),
    ("2012-03-19", "2018-10-01", "IOI Loders Croklaan", "", "Werkgever", "Voedingsmiddelen",
     "Wormerveer", "", ZS, "Ja", "sinds 2018 Bunge Loders Croklaan", "loders-croklaan"),
    ("2018-10-01", "2024-12-16", "Bunge Loders Croklaan", "", "Werkgever",
     "Voedingsmiddelen", "Wormerveer", "", ZS, "", "", "loders-croklaan"),
    ("2022-11-07", "2022-11-07", "Loders Croklaan B.V.", "", "Werkgever", "Voedingsmiddelen",
     "Wormerveer", "", PS, "", "", "loders-croklaan"),
    ("2012-03-20", "2023-07-03", "Verkade", "", "Werkgever", "Voedingsmiddelen", "Zaandam",
     "www.verkade.nl", ZS, "", "", "verkade"),
    ("2020-02-17", "2020-02-17", "Koninklijke Verkade", "", "Werkgever", "Voedingsmiddelen",
     "Zaandam", "", PS, "", "", "verkade"),
    # branch organisation
    ("2013-10-07", "2019-05-20", "UNETO-VNI", "", "Branchevereniging", "Installatietechniek",
     "Zoetermeer", "", PS, "Ja", "heet sinds 2019 Techniek Nederland", "techniek-nederland"),
    ("2019-05-20", "2024-08-05", "Techniek Nederland", "", "Branchevereniging",
     "Installatietechniek", "Zoetermeer", "www.technieknederland.nl", PS, "", "",
     "techniek-nederland"),
]


def code(name: str) -> str:
    """The company's code as suggested from its name (illustrative)."""
    return "".join(c for c in name.upper() if c.isalnum())[:10]


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def ordered() -> list[tuple[str, ...]]:
    """The records in the order they were made (registered date, then as listed)."""
    return [r for _, r in sorted(enumerate(RECORDS), key=lambda x: (x[1][0], x[0]))]


def write_export(path: Path) -> list[str]:
    """Write the workbook; return each row's organisation, in row order."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bedrijven"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    truth = []
    for number, rec in enumerate(ordered(), start=10001):
        (registered, updated, name, department, category, branch, place, website, ours,
         stop, remark, organisation) = rec
        ws.append([number, name, department, code(name), category, branch, None, None, place,
                   "Nederland", None, website or None, None, ours, None, stop or "Nee", "Nee",
                   day(registered), day(updated), remark or None])
        row = ws.max_row
        for col in (18, 19):
            ws.cell(row=row, column=col).number_format = "dd-mm-yyyy"
        truth.append(organisation)
    fixed = dt.datetime(2026, 12, 3, 8, 41, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "SuperOffice"
    buffer = io.BytesIO()
    wb.save(buffer)
    # the same bytes on every run: every member of the zip with one fixed time
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 3, 8, 41, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-03T08:41:00Z",
                              data)
            out.writestr(member, data)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            writer.writerow([row, organisation])
    print(f"{EXPORT.name}: {len(truth)} rows, {len(set(truth))} organisations")


if __name__ == "__main__":
    main()
