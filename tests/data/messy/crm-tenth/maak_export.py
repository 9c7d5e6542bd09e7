"""Write the tenth held-out organisation list: the AFAS Profit CSV and truth.csv beside this
script.

    python tests/data/messy/crm-tenth/maak_export.py

An AFAS Profit "Organisaties" list (CRM → Organisaties, a list view exported to a CSV
file), as the Werkgeversservicepunt Noord-Holland Noord, the employer service of the
Regionaal Werkbedrijf of the labour-market region Noord-Holland Noord (Kop van
Noord-Holland with Den Helder, Schagen, Hollands Kroon and Texel; the Alkmaar area with
Alkmaar, Dijk en Waard, Bergen, Heiloo; West-Friesland with Hoorn, Enkhuizen, Medemblik,
Koggenland, Opmeer, Drechterland, Stede Broec), keeps its employers, schools,
municipalities, public bodies and partners in the AFAS Profit of its centre municipality:
one table, AFAS's Dutch field labels, the columns of the list view as this WSP arranged
them, the rows in the view's order (Nummer, ascending: the order the records were made, so
the variants of one organisation lie far apart).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: that an AFAS organisation has a search name beside its name and a website
  (the fields ``Nm``, ``SeNm``, ``HoPa``, ``CcNr`` of the ``KnOrganisation`` update
  connector, in a public repository that posts organisations to AFAS: "SeNm":
  "SEARCHNAME", "Nm", "CcNr" the KvK number, "HoPa" "www.…").
- not checked: the Dutch labels of the list view ("Nummer", "Naam", "Zoeknaam",
  "Rechtsvorm", "KvK-nummer", "Branche", "Relatietype", "Vestigingsadres", "Postcode",
  "Woonplaats", "Land", "Website", "Contactpersoon", "Accountmanager", "Geblokkeerd",
  "Aangemaakt op", "Opmerking": as remembered from AFAS Profit's organisation card, where
  "Branche" and "Rechtsvorm" are AFAS's own lists and "Relatietype" here a free list of the
  WSP's); the CSV's bytes (here what a Dutch Windows export writes: Windows-1252,
  semicolon-separated, quoted only where a value needs it, CRLF line ends); the date format
  (here dd-mm-jjjj); that AFAS fills the search name with the name in capitals where the
  user leaves it empty (as remembered; here so for the converted records); the form of the
  organisation number (here five digits, counting up); the file's name (here
  "Organisaties.csv"). No export was made for this fixture.

The list's history, as the rows show it: the WSP moved to AFAS on 1 March 2016 and had its
old Excel relations file converted in one go (accountmanager "Functioneel beheer AFAS", no
relation type, names and places as the old file had them, some in capitals; the search
name AFAS's default, the name in capitals); since then the accountmanagers add
organisations by hand, each writing the search name as they look an organisation up
("HHNK", "DAMEN DH", "MARINE", "ROC KOP"). Records no longer used are not deleted but
blocked ("Geblokkeerd" Ja), some with "VERVALLEN" in front of the name. "Relatietype" is
what kind of relation it is (Werkgever, Onderwijsinstelling, Gemeente,
Overheidsinstelling, Netwerkpartner, Woningcorporatie); "Branche" the WSP's sector.
"Contactpersoon" holds here only a role, "Accountmanager" (in a real account a person) the
team's roles. No KvK number is filled in (the column is empty), no person, phone number or
e-mail address.

Kinds of variation: search names as short names (HHNK, NWZ, ONHN, VRNHN, DHA, GGD HN, KM);
acronyms as names ("HHNK", "NWZ", "ONHN", "VRNHN", "GGD HN", "WSP NHN", "Kon. Marine");
legal forms ("B.V.", "N.V.", "Stichting"); capitals ("KONINKLIJKE MARINE DEN HELDER",
"HORIZON COLLEGE"); a trailing space ("Gemeente Alkmaar "); "Den Helder, gemeente" and
"Hoorn, gemeente" (the kind after a comma); a department after the name ("Gem. Den Helder -
Werk en Inkomen"); a location after the name ("Dijklander Hoorn", "Horizon College
Heerhugowaard", "UWV Alkmaar", "NRG Petten"); "VERVALLEN" before a blocked record's name;
"(v/h …)" after a name; an accent left out ("Esdege Reigersdaal"); a hyphen put in ("GGD
Hollands-Noorden"); a village as the place (Den Burg, Den Hoorn, De Koog, Petten,
Middenmeer, Anna Paulowna, Andijk, De Goorn); the municipality "Bergen (NH)" as people
write it. Organisations under an earlier name:

- Clusius College and ROC Kop van Noord-Holland → Vonk (1 August 2022; on the shipped
  list of former names, ``stakeholder_graph/data/names/former_names.csv``): one
  organisation.
- Medisch Centrum Alkmaar and Gemini Ziekenhuis (Den Helder) → Noordwest Ziekenhuisgroep
  (2015; as remembered, not in a stored source): one organisation.
- Westfriesgasthuis (Hoorn) and the Waterlandziekenhuis (Purmerend) → Dijklander Ziekenhuis
  (as remembered, as in the ninth list): one organisation.
- Gemeente Heerhugowaard and Gemeente Langedijk → Gemeente Dijk en Waard (1 January 2022;
  CBS: both last in the 2021 classification, ``stakeholder_graph/data/nl-gemeenten-regio``).
- Gemeente Wieringermeer (its town hall in Wieringerwerf) → Gemeente Hollands Kroon (1
  January 2012, with Anna Paulowna, Niedorp and Wieringen; as remembered).
- CWI → UWV (1 January 2009; on the shipped list of former names as "Centrum voor Werk en
  Inkomen").

Which rows are one organisation. A location, department or division of an organisation is
that organisation: the Marinebasis Den Helder is the Koninklijke Marine's (and "Defensie /
Koninklijke Marine" the Marine's row); the Den Helder location of Noordwest is Noordwest's;
Horizon College Heerhugowaard is Horizon College's; Inholland Alkmaar is Inholland's; UWV
Den Helder and UWV WERKbedrijf are UWV; a municipality's departments are the municipality.
An organisation that works under its own name is its own: Curium (Petten) is not NRG
(Petten); Halte Werk (the work company of the Alkmaar municipalities) is not the WSP.

Precision traps, pairs that must stay apart: Gemeente Den Helder / Woningstichting Den
Helder / Damen Shipyards Den Helder / Den Helder Airport / Marinebasis Den Helder / Scholen
aan Zee (all Den Helder, "Den Helder" in four names); Gemeente Texel / TESO (Texels Eigen
Stoomboot Onderneming) / Ecomare (all Texel); NRG / Curium (both Petten); Gemeente Alkmaar /
Noordwest / Horizon College / Inholland Alkmaar / UWV Alkmaar / Halte Werk; Gemeente Hoorn /
Dijklander Hoorn / Tabor College / Wooncompagnie; the "Noord-Holland Noord" ones:
Ontwikkelingsbedrijf NHN / Greenport NHN / Veiligheidsregio NHN / WSP NHN / GGD Hollands
Noorden; HHNK / Provincie Noord-Holland; Enza Zaden / Pop Vriend Seeds (both seed
companies in West-Friesland); Gemeente Dijk en Waard / Esdégé-Reigersdaal (Heerhugowaard);
Gemeente Hollands Kroon / Agriport A7 (Middenmeer). Listed once: Curium, Tabor College,
Gemeente Koggenland, Wooncompagnie.

Not all of it is new to the matcher: 22 of its 37 organisations are in earlier lists too
(the Marine, Damen Shipyards Den Helder, Den Helder Airport, HHNK, Dijklander, Noordwest,
Vonk with Clusius College and ROC Kop van Noord-Holland, Horizon College, Inholland, UWV,
the province, ONHN, Greenport NHN, Enza Zaden, TESO, the WSP and the municipalities Den
Helder, Hollands Kroon, Dijk en Waard, Alkmaar, Texel and Hoorn), none of NRG, Curium, Agriport
A7, Ecomare, Woningstichting Den Helder, GGD Hollands Noorden, the Veiligheidsregio NHN,
Halte Werk, Esdégé-Reigersdaal, Scholen aan Zee, Tabor College, Pop Vriend Seeds,
Wooncompagnie and the municipalities Koggenland and Bergen.

Facts: names, places and websites as the organisations and public pages write them, from
what is widely known of them; the municipalities and their places as in CBS's tables.
As remembered, not checked in a stored source: the places of the organisations (the
Marine and Damen in Den Helder, HHNK's office in Heerhugowaard, Noordwest in Alkmaar, the
Veiligheidsregio, the GGD's main office and Halte Werk in Alkmaar,
Dijklander in Hoorn, TESO at Den Hoorn, Ecomare at De Koog, NRG and Curium in Petten,
Agriport A7 at Middenmeer, Enza Zaden in Enkhuizen, Pop Vriend in Andijk, Esdégé-Reigersdaal
in Heerhugowaard, the town halls of Hollands Kroon in Anna Paulowna and Koggenland in De
Goorn) and the websites. Street addresses are the organisations' well-known ones, as
remembered, not checked in a stored source (the town halls of Den Helder, Drs. F. Bijlweg
20, and Alkmaar, Mallegatsplein 10; the province's Houtplein 33 in Haarlem; HHNK's
Stationsplein 136; Noordwest's Wilhelminalaan 12; Dijklander's Maelsonstraat 3); a
website, street or postcode not known with certainty is left empty. No KvK number, BRIN
code, person, phone number or e-mail address is in the list. Relation types, sectors,
roles, numbers, dates and remarks are illustrative; every row is loaded with source
``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first organisation row 2). A municipality's rows are the
municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = "Organisaties.csv"
HEADERS = ("Nummer", "Naam", "Zoeknaam", "Rechtsvorm", "KvK-nummer", "Branche",
           "Relatietype", "Vestigingsadres", "Postcode", "Woonplaats", "Land", "Website",
           "Contactpersoon", "Accountmanager", "Geblokkeerd", "Aangemaakt op", "Opmerking")

KOP = "Accountmanager Kop van Noord-Holland"
ALK = "Accountmanager regio Alkmaar"
WF = "Accountmanager West-Friesland"
TL = "Teamleider WSP"
BEHEER = "Functioneel beheer AFAS"
CONVERTED = dt.date(2016, 3, 1)   # the old relations file, converted in one go
EXPORTED = dt.date(2026, 12, 3)

MARITIEM = "Maritiem & offshore"
ZORG = "Zorg & welzijn"
AGRI = "Agri & food"
ONDERWIJS = "Onderwijs"
OVERHEID = "Overheid"
TECHNIEK = "Techniek & energie"
TOERISME = "Recreatie & toerisme"
WONEN = "Bouw & wonen"
DIENSTEN = "Zakelijke dienstverlening"
LUCHTVAART = "Luchtvaart"

W, OI, G, OV, NP, WC = ("Werkgever", "Onderwijsinstelling", "Gemeente",
                        "Overheidsinstelling", "Netwerkpartner", "Woningcorporatie")


def d(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, day)


def old(org: str, name: str, place: str = "", blocked: bool = False, note: str = "",
        form: str = "") -> tuple:
    """A record of the 2016 conversion: no relation type, the search name AFAS's default."""
    return (org, name, "", form, "", "", "", place, "", "", BEHEER, blocked, CONVERTED, note)


# (organisation, Naam, Zoeknaam, Rechtsvorm, Branche, Relatietype, Vestigingsadres,
#  Woonplaats, Website, Contactpersoon, Accountmanager, Geblokkeerd, Aangemaakt op,
#  Opmerking); a converted record through old().
ORGANISATIONS: list[tuple] = [
    # Den Helder: defence, shipbuilding, the airport
    ("marine", "Koninklijke Marine", "MARINE", "", MARITIEM, OV, "", "Den Helder",
     "www.defensie.nl", "contactpersoon werving en selectie", KOP, False, d(2016, 4, 11),
     "Marinebasis Nieuwe Haven; technische vacatures"),
    old("marine", "KONINKLIJKE MARINE DEN HELDER", "DEN HELDER", blocked=True,
        note="dubbel"),
    ("marine", "Defensie / Koninklijke Marine", "DEFENSIE", "", OVERHEID, W, "",
     "Den Helder", "", "", TL, False, d(2019, 5, 20), "Defensie werkt samen met WSP"),
    ("marine", "Marinebasis Den Helder", "MARINEBASIS", "", MARITIEM, W, "", "Den Helder",
     "", "contactpersoon HR", KOP, False, d(2021, 9, 6), "banenmarkt techniek"),
    ("marine", "Kon. Marine", "KM", "", MARITIEM, W, "", "", "", "", ALK, False,
     d(2024, 2, 12), ""),
    ("damen-dh", "Damen Shipyards Den Helder", "DAMEN DH", "B.V.", MARITIEM, W, "",
     "Den Helder", "www.damen.com", "contactpersoon HR", KOP, False, d(2016, 6, 13),
     "scheepsbouw; bbl-plekken"),
    old("damen-dh", "DAMEN SHIPYARDS DEN HELDER B.V.", "DEN HELDER", form="B.V."),
    ("damen-dh", "Damen Den Helder", "DAMEN", "", TECHNIEK, W, "", "Den Helder", "", "",
     TL, False, d(2022, 11, 7), "dubbel? zie Damen Shipyards"),
    ("airport", "Den Helder Airport", "DHA", "B.V.", LUCHTVAART, W, "", "Den Helder",
     "www.denhelderairport.nl", "", KOP, False, d(2017, 3, 27), "helikopterluchthaven"),
    ("airport", "Den Helder Airport B.V.", "DEN HELDER AIRPORT", "B.V.", LUCHTVAART, "",
     "", "DEN HELDER", "", "", KOP, False, d(2023, 8, 14), ""),
    # water board, province, public bodies
    ("hhnk", "Hoogheemraadschap Hollands Noorderkwartier", "HHNK", "", OVERHEID, OV,
     "Stationsplein 136", "Heerhugowaard", "www.hhnk.nl", "contactpersoon HR", ALK,
     False, d(2016, 9, 5), "vacatures techniek en beheer"),
    old("hhnk", "Hoogheemraadschap HNK", "HEERHUGOWAARD"),
    ("hhnk", "HHNK", "HHNK", "", OVERHEID, W, "", "Dijk en Waard", "", "", KOP, False,
     d(2023, 1, 16), ""),
    ("pnh", "Provincie Noord-Holland", "PROVINCIE", "", OVERHEID, OV, "Houtplein 33",
     "Haarlem", "www.noord-holland.nl", "", TL, False, d(2016, 3, 14),
     "regionaal investeringsfonds; werkambassadeur"),
    ("pnh", "Prov. NH", "PNH", "", OVERHEID, NP, "", "", "", "", ALK, False,
     d(2021, 10, 4), ""),
    ("uwv", "UWV", "UWV", "", OVERHEID, NP, "", "Alkmaar", "www.uwv.nl", "", TL, False,
     d(2016, 3, 2), "werkgeversdienstverlening samen met UWV"),
    old("uwv", "UWV WERKbedrijf Den Helder", "DEN HELDER"),
    old("uwv", "CWI Den Helder", "DEN HELDER", blocked=True, note="sinds 2009 UWV"),
    ("uwv", "UWV Alkmaar", "UWV ALK", "", OVERHEID, OV, "", "Alkmaar", "", "", ALK, False,
     d(2020, 6, 22), ""),
    ("onhn", "Ontwikkelingsbedrijf Noord-Holland Noord", "ONHN", "", DIENSTEN, NP, "", "",
     "", "", TL, False, d(2016, 10, 17), "regionale economie"),
    ("onhn", "ONHN", "ONHN", "", OVERHEID, NP, "", "", "", "", KOP, False, d(2019, 2, 4),
     ""),
    ("onhn", "Ontwikkelingsbedrijf NHN", "ONTWIKKELINGSBEDRIJF", "", DIENSTEN, "", "", "",
     "", "", WF, False, d(2024, 4, 8), ""),
    ("vrnhn", "Veiligheidsregio Noord-Holland Noord", "VRNHN", "", OVERHEID, OV, "",
     "Alkmaar", "www.vrnhn.nl", "contactpersoon HR", ALK, False, d(2018, 1, 15),
     "brandweer; vacatures"),
    ("vrnhn", "VRNHN", "VRNHN", "", OVERHEID, W, "", "", "", "", KOP, False,
     d(2022, 3, 21), ""),
    ("ggd", "GGD Hollands Noorden", "GGD HN", "", ZORG, OV, "", "Alkmaar",
     "www.ggdhollandsnoorden.nl", "", ALK, False, d(2017, 5, 8), ""),
    ("ggd", "GGD HN", "GGD", "", ZORG, W, "", "", "", "", WF, False, d(2020, 11, 30), ""),
    ("ggd", "GGD Hollands-Noorden", "GGD", "", ZORG, W, "", "Den Helder", "", "", KOP,
     False, d(2025, 1, 20), "jeugdgezondheidszorg; vacatures"),
    ("wsp", "Werkgeversservicepunt Noord-Holland Noord", "WSP", "", OVERHEID, NP, "",
     "Alkmaar", "", "", BEHEER, False, d(2016, 3, 1), "eigen organisatie (voor mailings)"),
    ("wsp", "WSP NHN", "WSP NHN", "", "", NP, "", "", "", "", TL, False, d(2021, 1, 11),
     ""),
    ("halte-werk", "Halte Werk", "HALTE WERK", "", DIENSTEN, NP, "", "Alkmaar",
     "www.haltewerk.nl", "", ALK, False, d(2018, 6, 4), "werkbedrijf regio Alkmaar"),
    ("halte-werk", "Halte Werk Alkmaar", "HALTE", "", DIENSTEN, W, "", "Alkmaar", "", "",
     TL, False, d(2023, 9, 25), ""),
    # care
    ("nwz", "Noordwest Ziekenhuisgroep", "NWZ", "", ZORG, W, "Wilhelminalaan 12",
     "Alkmaar", "www.nwz.nl", "contactpersoon HR", ALK, False, d(2016, 5, 9),
     "zorgassistenten; bbl verpleegkunde"),
    old("nwz", "Medisch Centrum Alkmaar", "ALKMAAR", blocked=True, note="nu Noordwest"),
    old("nwz", "VERVALLEN Gemini Ziekenhuis", "DEN HELDER", blocked=True,
        note="per 2015 Noordwest Ziekenhuisgroep"),
    ("nwz", "Noordwest Ziekenhuisgroep locatie Den Helder", "NWZ DH", "", ZORG, W, "",
     "Den Helder", "", "", KOP, False, d(2021, 4, 19), ""),
    ("nwz", "NWZ", "NWZ", "", ZORG, W, "", "", "", "", WF, False, d(2024, 10, 14), ""),
    ("dijklander", "Dijklander Ziekenhuis", "DIJKLANDER", "", ZORG, W, "Maelsonstraat 3",
     "Hoorn", "www.dijklander.nl", "contactpersoon HR", WF, False, d(2017, 4, 3), ""),
    old("dijklander", "Westfriesgasthuis", "HOORN", blocked=True,
        note="fusie met Waterlandziekenhuis: Dijklander"),
    ("dijklander", "Dijklander Hoorn", "DIJKLANDER", "", ZORG, W, "", "Hoorn", "", "", TL,
     False, d(2022, 5, 30), "banenafspraak facilitair"),
    ("esdege", "Esdégé-Reigersdaal", "ESDEGE", "", ZORG, W, "", "Heerhugowaard",
     "www.esdege-reigersdaal.nl", "contactpersoon HR", ALK, False, d(2018, 10, 1),
     "gehandicaptenzorg"),
    ("esdege", "Esdege Reigersdaal", "ESDEGE", "", ZORG, W, "", "Dijk en Waard", "", "",
     KOP, False, d(2024, 6, 3), ""),
    # schools
    old("vonk", "ROC KOP VAN NOORD-HOLLAND", "DEN HELDER"),
    ("vonk", "ROC Kop van NH", "ROC KOP", "Stichting", ONDERWIJS, OI, "", "Den Helder", "",
     "", KOP, False, d(2016, 11, 21), "mbo techniek en zorg"),
    ("vonk", "Clusius College", "CLUSIUS", "Stichting", ONDERWIJS, OI, "", "Hoorn",
     "www.clusius.nl", "", WF, False, d(2017, 2, 6), "groen onderwijs"),
    ("vonk", "Clusius College Schagen", "CLUSIUS SCHAGEN", "", ONDERWIJS, OI, "",
     "Schagen", "", "", KOP, False, d(2019, 9, 16), ""),
    ("vonk", "Vonk", "VONK", "Stichting", ONDERWIJS, OI, "", "Den Helder", "", "", TL, False,
     d(2022, 8, 29), "sinds 1-8-2022 ROC Kop en Clusius samen"),
    ("vonk", "Vonk (v/h Clusius College)", "VONK WF", "", ONDERWIJS, OI, "", "Hoorn", "",
     "", WF, False, d(2023, 3, 13), ""),
    ("horizon", "Horizon College", "HORIZON", "Stichting", ONDERWIJS, OI, "", "Alkmaar",
     "www.horizoncollege.nl", "", ALK, False, d(2016, 4, 25), "mbo; bbl"),
    old("horizon", "HORIZON COLLEGE", "ALKMAAR"),
    ("horizon", "Horizon College Heerhugowaard", "HORIZON HHW", "", ONDERWIJS, OI, "",
     "Heerhugowaard", "", "", ALK, False, d(2019, 11, 18), ""),
    ("inholland", "Hogeschool Inholland Alkmaar", "INHOLLAND", "", ONDERWIJS, OI, "",
     "Alkmaar", "www.inholland.nl", "", ALK, False, d(2017, 10, 9), ""),
    ("inholland", "Inholland", "INHOLLAND", "", ONDERWIJS, NP, "", "", "", "", TL, False,
     d(2023, 6, 26), "ad-opleidingen"),
    ("saz", "Scholen aan Zee", "SCHOLEN AAN ZEE", "Stichting", ONDERWIJS, OI, "",
     "Den Helder", "", "", KOP, False, d(2018, 3, 12), "vo; stages praktijkonderwijs"),
    ("saz", "Stichting Scholen aan Zee", "SAZ", "Stichting", ONDERWIJS, "", "",
     "DEN HELDER", "", "", KOP, False, d(2025, 2, 17), ""),
    ("tabor", "Tabor College", "TABOR", "Stichting", ONDERWIJS, OI, "", "Hoorn", "", "",
     WF, False, d(2020, 2, 24), "vo"),
    # West-Friesland's seed companies, Agriport, greenport
    ("enza", "Enza Zaden", "ENZA", "B.V.", AGRI, W, "", "Enkhuizen", "www.enzazaden.com",
     "contactpersoon HR", WF, False, d(2016, 7, 4), "veredeling; laboranten"),
    old("enza", "ENZA ZADEN", "ENKHUIZEN"),
    ("enza", "Enza Zaden Beheer B.V.", "ENZA BEHEER", "B.V.", AGRI, W, "", "Enkhuizen",
     "", "", TL, False, d(2019, 4, 15), ""),
    ("pop-vriend", "Pop Vriend Seeds", "POP VRIEND", "B.V.", AGRI, W, "", "Andijk",
     "www.popvriendseeds.com", "", WF, False, d(2018, 8, 27), ""),
    old("pop-vriend", "POP VRIEND SEEDS B.V.", "ANDIJK", form="B.V."),
    ("greenport", "Greenport Noord-Holland Noord", "GREENPORT", "Stichting", AGRI, NP, "",
     "", "www.greenportnhn.nl", "", WF, False, d(2016, 12, 5), ""),
    ("greenport", "Greenport NHN", "GREENPORT NHN", "", AGRI, NP, "", "", "", "", KOP,
     False, d(2020, 9, 7), "human capital agenda"),
    ("agriport", "Agriport A7", "AGRIPORT", "", AGRI, W, "", "Middenmeer", "", "", KOP,
     False, d(2017, 8, 21), "glastuinbouw en datacenters"),
    old("agriport", "AGRIPORT A7 B.V.", "MIDDENMEER", form="B.V."),
    # Petten, Texel
    ("nrg", "NRG", "NRG", "", TECHNIEK, W, "", "Petten", "www.nrg.eu", "contactpersoon HR",
     KOP, False, d(2017, 1, 9), "nucleair onderzoek; technici"),
    old("nrg", "Nuclear Research and consultancy Group", "PETTEN"),
    ("nrg", "NRG Petten", "NRG PETTEN", "", TECHNIEK, W, "", "Petten", "", "", TL, False,
     d(2021, 12, 6), ""),
    ("curium", "Curium Netherlands B.V.", "CURIUM", "B.V.", TECHNIEK, W, "", "Petten",
     "www.curiumpharma.com", "", KOP, False, d(2022, 1, 24), "isotopen"),
    ("teso", "TESO", "TESO", "N.V.", TOERISME, W, "", "Den Hoorn", "www.teso.nl",
     "contactpersoon HR", KOP, False, d(2016, 8, 29), "veerdienst; matrozen"),
    old("teso", "N.V. Texels Eigen Stoomboot Onderneming", "DEN HOORN", form="N.V."),
    ("teso", "Teso Den Helder", "TESO DH", "", MARITIEM, W, "", "Den Helder", "", "", TL,
     False, d(2024, 5, 13), ""),
    ("ecomare", "Ecomare", "ECOMARE", "Stichting", TOERISME, W, "", "De Koog",
     "www.ecomare.nl", "", KOP, False, d(2018, 4, 23), ""),
    ("ecomare", "Stichting Ecomare", "ECOMARE TEXEL", "Stichting", TOERISME, W, "", "Texel",
     "", "", TL, False, d(2025, 4, 7), ""),
    # housing
    ("woningstichting", "Woningstichting Den Helder", "WONINGSTICHTING", "Stichting",
     WONEN, WC, "", "Den Helder", "", "", KOP, False, d(2019, 3, 4), "SROI"),
    ("woningstichting", "Woningstichting DH", "WSDH", "", WONEN, WC, "", "", "", "", TL,
     False, d(2023, 11, 20), ""),
    ("wooncompagnie", "Wooncompagnie", "WOONCOMPAGNIE", "Stichting", WONEN, WC, "", "Hoorn",
     "www.wooncompagnie.nl", "", WF, False, d(2020, 10, 12), "SROI bij onderhoud"),
    # municipalities
    ("den-helder", "Gemeente Den Helder", "DEN HELDER", "", OVERHEID, G, "Drs. F. Bijlweg 20",
     "Den Helder", "www.denhelder.nl", "", TL, False, d(2016, 3, 1), ""),
    old("den-helder", "Den Helder, gemeente", "DEN HELDER"),
    ("den-helder", "Gem. Den Helder - Werk en Inkomen", "GEM DH W&I", "", OVERHEID, G, "",
     "Den Helder", "", "", KOP, False, d(2018, 2, 19), "loonkostensubsidie"),
    ("den-helder", "Den Helder", "DH", "", OVERHEID, "", "", "", "", "", WF, False,
     d(2023, 10, 2), ""),
    ("hollands-kroon", "Gemeente Hollands Kroon", "HOLLANDS KROON", "", OVERHEID, G, "",
     "Anna Paulowna", "www.hollandskroon.nl", "", KOP, False, d(2016, 3, 1), ""),
    old("hollands-kroon", "Gemeente Wieringermeer", "WIERINGERWERF", blocked=True,
        note="per 2012 Hollands Kroon"),
    ("hollands-kroon", "Hollands Kroon", "HK", "", OVERHEID, G, "", "", "", "", TL, False,
     d(2020, 7, 6), ""),
    ("dijk-en-waard", "Gemeente Dijk en Waard", "DIJK EN WAARD", "", OVERHEID, G, "",
     "Heerhugowaard", "www.dijkenwaard.nl", "", ALK, False, d(2022, 1, 10),
     "sinds 2022: Heerhugowaard en Langedijk"),
    old("dijk-en-waard", "Gemeente Heerhugowaard", "HEERHUGOWAARD", blocked=True),
    old("dijk-en-waard", "VERVALLEN Gemeente Langedijk", "", blocked=True,
        note="per 1-1-2022 Dijk en Waard"),
    ("alkmaar", "Gemeente Alkmaar", "ALKMAAR", "", OVERHEID, G, "Mallegatsplein 10",
     "Alkmaar", "www.alkmaar.nl", "", ALK, False, d(2016, 3, 1),
     "centrumgemeente arbeidsmarktregio"),
    ("alkmaar", "Gemeente Alkmaar ", "GEM ALKMAAR", "", OVERHEID, G, "", "", "", "", WF,
     False, d(2019, 6, 17), ""),
    ("texel", "Gemeente Texel", "TEXEL", "", OVERHEID, G, "", "Den Burg", "www.texel.nl",
     "", KOP, False, d(2016, 3, 1), ""),
    old("texel", "Texel (Den Burg)", "DEN BURG"),
    ("hoorn", "Gemeente Hoorn", "HOORN", "", OVERHEID, G, "", "Hoorn", "www.hoorn.nl", "",
     WF, False, d(2016, 3, 1), ""),
    ("hoorn", "Hoorn, gemeente", "HOORN", "", OVERHEID, G, "", "HOORN", "", "", TL, False,
     d(2018, 9, 10), ""),
    ("koggenland", "Gemeente Koggenland", "KOGGENLAND", "", OVERHEID, G, "", "De Goorn",
     "www.koggenland.nl", "", WF, False, d(2019, 1, 21), ""),
    ("bergen", "Gemeente Bergen (NH)", "BERGEN", "", OVERHEID, G, "", "Bergen",
     "www.bergen-nh.nl", "", ALK, False, d(2017, 6, 12), ""),
    ("bergen", "Gemeente Bergen", "BERGEN NH", "", OVERHEID, G, "", "", "", "", TL, False,
     d(2022, 10, 17), ""),
]


def rows() -> list[tuple[str, list[str]]]:
    """(organisation, cells) per organisation row, in the view's order (Nummer)."""
    # AFAS's numbers count up in the order the records were made.
    order = sorted(range(len(ORGANISATIONS)), key=lambda i: (ORGANISATIONS[i][12], i))
    out = []
    for number, i in enumerate(order, start=10001):
        (org, name, search, form, sector, kind, street, place, web, contact, manager,
         blocked, made, note) = ORGANISATIONS[i]
        if not search:  # AFAS's default: the name in capitals
            search = name.upper()
        out.append((org, [str(number), name, search, form, "", sector, kind, street, "",
                          place, "Nederland" if place else "", web, contact, manager,
                          "Ja" if blocked else "Nee", f"{made:%d-%m-%Y}", note]))
    return out


def main() -> None:
    names = [o[1] for o in ORGANISATIONS]
    assert len(set(names)) == len(names), "one name, one record"
    assert all(len(o) == 14 and o[12] <= EXPORTED for o in ORGANISATIONS)
    table = rows()
    assert all(len(cells) == len(HEADERS) for _o, cells in table)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for _org, cells in table:
        writer.writerow(cells)
    (HERE / FILE).write_bytes(text.getvalue().encode("cp1252"))
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            out.writerow([number, org])


if __name__ == "__main__":
    main()
