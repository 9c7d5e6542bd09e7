"""Write the thirteenth held-out organisation list: the Exact Online CSV and truth.csv beside
this script.

    python tests/data/messy/crm-thirteenth/maak_export.py

An Exact Online "Relaties" (accounts) export to CSV (Dutch interface: Relaties → Overzicht,
exported to a CSV file), as the Techniekpact / Human Capital Agenda programme of
Noord-Holland Noord (Kop van Noord-Holland: Den Helder, Hollands Kroon, Schagen, Texel;
West-Friesland: Hoorn, Enkhuizen, Medemblik; regio Alkmaar: Alkmaar, Dijk en Waard, Bergen)
keeps its employers, schools, municipalities, public bodies and partners. The programme's
subsidies and contributions run through Exact, so its relations are kept there too: one
table, Exact's Dutch labels, separated by ``;`` as Dutch Excel-minded exports are,
Windows-1252, CRLF line ends, quoted only where a cell needs it, the rows in the order of
their "Code" (the order in which the records were made).

What was checked, and what not (no network here; stored public pages and repositories only):

- checked: that an Exact Online account ("Relatie"; REST entity crm/Accounts) has a code,
  a name, a search code, a status, classifications (Classification1 … 8, defined by the
  administration itself), an account manager, a parent account, a "blocked" flag, a Chamber
  of Commerce number, a VAT number, address lines, a postcode, a city, a country, a
  website, a phone number, an e-mail address and remarks (the Account model of a public
  Python client for Exact Online's REST API); that relations are imported and exported
  under Import/Export → CSV/Excel → Relaties, as "Kommagescheiden waarde", with the code
  as the relation's number (a public help page of a tool that exports to Exact Online);
  that Exact's own Dutch word for the search code is "Zoekcode" (a public import template
  for Exact Online, SearchCode = "Zoekcode"; for ledger accounts, not relations).
- not checked, as remembered: the export's column labels ("Code", "Naam", "Zoekcode",
  "Adres", "Postcode", "Plaats", "Land", "Telefoon", "E-mail", "Website", "Status",
  "Classificatie", "Accountmanager", "Hoofdrelatie", "KvK-nummer", "Btw-nummer",
  "Geblokkeerd", "Opmerkingen"; the brief named the search code "Zoeknaam", the stored
  template says "Zoekcode"); the separator (``;``) and the encoding (Windows-1252) of a
  Dutch administration's CSV export; the Status words as the Dutch interface shows them
  (Klant, Prospect, Suspect, Geen; a relation that is only a supplier shown as
  "Leverancier"); "Geblokkeerd" as Ja/Nee; the parent written by its name; the country as
  "NL"; the file's name (here "Relaties_20261203.csv"). No export was made for this
  fixture.

The list's history, as the rows show it: the programme moved its address list into Exact in
January 2016 (the municipalities and the big partners first, some of them under the names
of that old list); a programme secretary, three account managers (Kop, West-Friesland,
regio Alkmaar) and the office manager, who books the invoices, add relations by hand. The
search code is typed in capitals, mostly an abbreviation, and left empty by the office
manager. Exact does not let a relation with bookings be deleted: records no longer used are
blocked ("Geblokkeerd": Ja), some with "NIET GEBRUIKEN - " before the name or a remark
("dubbel, zie PODH", "vervallen: sinds 2012 Hollands Kroon"). "Status" is where the
relationship stands (Klant: pays or receives; Prospect; Suspect; Geen), not what the
organisation is; "Classificatie" is the programme's own list (Werkgever, Onderwijs,
Gemeente, Overheid, Partner, Zorg, Maritiem), filled in by most. "Accountmanager" holds a
role only (in a real administration an employee's name). No phone number, e-mail address,
KvK number, VAT number, BRIN code or person.

Organisations under an earlier name (as remembered): Medisch Centrum Alkmaar and Gemini
Ziekenhuis (Den Helder) → Noordwest Ziekenhuisgroep (2015); Westfriesgasthuis → Dijklander
Ziekenhuis (the merger with the Waterland Ziekenhuis in 2017, the name in 2019); CWI → UWV
(2009); ROC Kop van Noord-Holland and Clusius College → Vonk (1 August 2022: one
institution; the fixture's first truth had them apart, until the tool's list of former
names said otherwise: a fact of the region, not a rule); Gemeente Wieringermeer → Hollands
Kroon (1 January 2012); Gemeente Zijpe → Schagen (1 January 2013); Gemeente Heerhugowaard
and Gemeente Langedijk → Dijk en Waard (1 January 2022). A location, department or division
is its organisation (Marinebasis Den Helder and the CZSK are the Koninklijke Marine's;
Clusius College Hoorn and "Clusius Schagen", made after the merger, are Vonk's; Brandweer
Noord-Holland Noord is the Veiligheidsregio's; UWV Den Helder is UWV).

Precision traps: in Den Helder the municipality, Port of Den Helder, Damen Shipyards, the
Koninklijke Marine, Den Helder Airport (De Kooy, the Navy's airfield), ROC Kop van
Noord-Holland (Vonk), Noordwest's location, UWV Den Helder and the Werkgeversservicepunt Kop
van Noord-Holland; in Hoorn the municipality, Dijklander, Omring, Werenfridus, OSG
West-Friesland, Clusius College Hoorn (Vonk), ROC Horizon College and CWI Hoorn; in
Enkhuizen the municipality, Enza Zaden and Syngenta; Enza Zaden and Bejo Zaden; the
"Noord-Holland Noord" ones (Greenport, the Ontwikkelingsbedrijf, the Veiligheidsregio); the
"Holland(s)" ones (Hollands Kroon, the Hoogheemraadschap Hollands Noorderkwartier, GGD
Hollands Noorden, the province); two Werkgeversservicepunten (Kop van Noord-Holland, Regio
Alkmaar); Vonk and (ROC) Horizon College; Woonwaard and Dijk en Waard; TESO in Den Hoorn
(Texel) and Hoorn.

Facts: names, places and websites from what is widely known of the organisations, as
remembered, not checked in a stored source; a website or street not known with certainty is
left empty. Statuses, classifications, remarks and codes are illustrative; every row is
loaded with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first relation row 2). A municipality's rows, and the rows of the
municipalities it took over, are the municipality's organisation.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = "Relaties_20261203.csv"
HEADERS = ("Code", "Naam", "Zoekcode", "Adres", "Postcode", "Plaats", "Land", "Telefoon",
           "E-mail", "Website", "Status", "Classificatie", "Accountmanager", "Hoofdrelatie",
           "KvK-nummer", "Btw-nummer", "Geblokkeerd", "Opmerkingen")

PS = "Programmasecretaris HCA"
AK = "Accountmanager Kop"
AW = "Accountmanager West-Friesland"
AA = "Accountmanager regio Alkmaar"
OM = "Officemanager"
K, P, S, G = "Klant", "Prospect", "Suspect", "Geen"
WG, OND, GEM, OVH, PA, ZO, MAR = ("Werkgever", "Onderwijs", "Gemeente", "Overheid", "Partner",
                                  "Zorg", "Maritiem")
J, N = "Ja", "Nee"

# (made, organisation, name, search code, street, place, country, website, status,
#  classification, account manager, parent, blocked, remarks)
RELATIONS: list[tuple] = [
    # Den Helder: navy, port, yard, airport
    ("2016-03-01", "marine", "Koninklijke Marine", "MARINE", "", "Den Helder", "NL",
     "www.defensie.nl", K, WG, AK, "", N, "Techniekpact; grootste werkgever van de Kop"),
    ("2017-09-12", "marine", "Marinebasis Den Helder", "MARINEBASIS", "", "Den Helder", "NL",
     "", K, WG, AK, "Koninklijke Marine", N, "Nieuwe Haven; bbl-plekken"),
    ("2019-05-20", "marine", "CZSK - Commando Zeestrijdkrachten", "CZSK", "", "Den Helder",
     "", "", P, OVH, PS, "Koninklijke Marine", N, ""),
    ("2022-02-07", "marine", "Royal Netherlands Navy", "RNLN", "", "Den Helder", "Nederland",
     "", S, "", AK, "", N, "via Engelstalige beurs"),
    ("2016-04-11", "podh", "Port of Den Helder", "PODH", "", "Den Helder", "NL",
     "www.portofdenhelder.nl", K, WG, AK, "", N, "havenbedrijf; offshore"),
    ("2018-06-04", "podh", "Havenbedrijf Den Helder", "HAVENBEDRIJF", "", "Den Helder", "NL",
     "", P, OVH, PS, "", J, "dubbel, zie PODH"),
    ("2023-10-16", "podh", "PORT OF DEN HELDER", "PODH2", "", "DEN HELDER", "", "", K, WG, OM,
     "", N, ""),
    ("2016-05-09", "damen", "Damen Shipyards Den Helder", "DAMEN", "", "Den Helder", "NL",
     "www.damen.com", K, WG, AK, "", N, "scheepsreparatie; stages"),
    ("2020-01-13", "damen", "Damen Den Helder", "DAMENDH", "", "Den Helder", "NL", "", K, WG,
     OM, "", N, "factuuradres"),
    ("2021-08-16", "damen", "NIET GEBRUIKEN - Damen Shipyards", "", "", "Den Helder", "", "",
     G, WG, OM, "", J, "dubbel, zie DAMEN"),
    ("2018-05-14", "airport", "Den Helder Airport", "DHAIRPORT", "", "Den Helder", "NL",
     "www.denhelderairport.nl", P, WG, AK, "", N, "helikopters offshore; vliegveld De Kooy"),
    ("2023-06-26", "airport", "Den Helder Airport (De Kooy)", "", "", "Den Helder", "", "", P,
     WG, OM, "", N, ""),
    # Texel
    ("2016-06-13", "teso", "TESO", "TESO", "Pontweg 1", "Den Hoorn", "NL", "www.teso.nl", K,
     WG, AK, "", N, "veerdienst Den Helder - Texel"),
    ("2019-11-25", "teso", "Texels Eigen Stoomboot Onderneming", "TESO2", "", "Texel", "NL",
     "", K, WG, OM, "", N, ""),
    ("2025-04-14", "teso", "Teso veerdienst", "", "", "'t Horntje", "", "", P, MAR, AK, "", N,
     ""),
    # care
    ("2016-02-15", "nwz", "Noordwest Ziekenhuisgroep", "NWZ", "Wilhelminalaan 12", "Alkmaar",
     "NL", "www.nwz.nl", K, ZO, AA, "", N, "zorgtechniek; medische techniek"),
    ("2016-02-16", "nwz", "Medisch Centrum Alkmaar", "MCA", "", "Alkmaar", "NL", "", G, ZO,
     AA, "", J, "uit de oude adreslijst; sinds 2015 Noordwest"),
    ("2017-01-09", "nwz", "Gemini Ziekenhuis", "GEMINI", "", "Den Helder", "NL", "", G, ZO,
     AK, "", J, "nu NWZ locatie Den Helder"),
    ("2021-06-07", "nwz", "Noordwest Ziekenhuisgroep locatie Den Helder", "NWZDH", "",
     "Den Helder", "NL", "", K, ZO, AK, "Noordwest Ziekenhuisgroep", N, ""),
    ("2024-09-02", "nwz", "NWZ Alkmaar", "", "", "Alkmaar", "", "", K, "", OM, "", N, ""),
    ("2016-02-22", "dijklander", "Westfriesgasthuis", "WFG", "Maelsonstraat 3", "Hoorn",
     "NL", "", K, ZO, AW, "", J, "sinds 2019 Dijklander"),
    ("2018-07-02", "dijklander", "Dijklander Ziekenhuis", "DIJKLANDER", "Maelsonstraat 3",
     "Hoorn", "NL", "www.dijklander.nl", K, ZO, AW, "", N, ""),
    ("2022-11-14", "dijklander", "Dijklander ziekenhuis locatie Hoorn", "", "", "Hoorn NH",
     "", "", K, ZO, OM, "Dijklander Ziekenhuis", N, ""),
    ("2017-04-03", "omring", "Omring", "OMRING", "", "Hoorn", "NL", "www.omring.nl", K, ZO,
     AW, "", N, "ouderenzorg; facilitair en techniek"),
    ("2021-07-12", "omring", "Stichting Omring", "", "", "Hoorn", "NL", "", K, ZO, OM, "", N,
     ""),
    ("2017-06-20", "ggd", "GGD Hollands Noorden", "GGDHN", "", "Alkmaar", "NL",
     "www.ggdhollandsnoorden.nl", P, ZO, AA, "", N, ""),
    ("2023-11-20", "ggd", "GGD HN", "", "", "Hoorn", "", "", P, ZO, OM, "", N, ""),
    # schools
    ("2016-01-18", "vonk", "ROC Kop van Noord-Holland", "ROCKOP", "", "Den Helder", "NL",
     "www.rockopnh.nl", K, OND, AK, "", N, "mbo techniek en maritiem"),
    ("2018-09-03", "vonk", "ROC Kop van NH - locatie Schagen", "ROCKOPSCH", "", "Schagen",
     "NL", "", K, OND, AK, "ROC Kop van Noord-Holland", N, ""),
    ("2021-01-11", "vonk", "ROC Kop v. Noord Holland", "ROC KOP", "", "Den Helder", "", "",
     K, OND, OM, "", N, ""),
    ("2016-01-25", "vonk", "Clusius College", "CLUSIUS", "", "Alkmaar", "NL",
     "www.clusius.nl", K, OND, AA, "", N, "groen onderwijs vmbo en mbo"),
    ("2019-03-18", "vonk", "Clusius College Hoorn", "CLUSIUSHRN", "", "Hoorn", "NL", "", K,
     OND, AW, "Clusius College", N, ""),
    ("2023-05-22", "vonk", "Clusius Schagen", "", "", "Schagen", "NL", "", P, OND, AK, "",
     N, ""),
    ("2022-09-05", "vonk", "Vonk", "VONK", "", "", "NL", "", K, OND, PS, "", N,
     "fusie ROC Kop van NH en Clusius College per 1-8-2022"),
    ("2016-01-26", "horizon", "Horizon College", "HORIZON", "", "Alkmaar", "NL",
     "www.horizoncollege.nl", K, OND, AA, "", N, "mbo; techniek in Heerhugowaard"),
    ("2018-02-12", "horizon", "Horizon College Heerhugowaard", "HORIZONHHW", "",
     "Heerhugowaard", "NL", "", K, OND, AA, "Horizon College", N, ""),
    ("2020-09-28", "horizon", "ROC Horizon College", "ROCHORIZON", "", "Hoorn", "NL", "", K,
     OND, AW, "", N, "locatie Hoorn"),
    ("2016-03-14", "inholland", "Hogeschool Inholland Alkmaar", "INHOLLAND", "Bergerweg 200",
     "Alkmaar", "NL", "www.inholland.nl", K, OND, AA, "", N, "hbo"),
    ("2021-10-04", "inholland", "Inholland", "INHOLLAND2", "", "Alkmaar", "", "", K, OND, OM,
     "", N, ""),
    ("2025-02-10", "inholland", "INHOLLAND ALKMAAR", "", "", "ALKMAAR", "", "", P, "", AA, "",
     N, ""),
    ("2018-11-12", "werenfridus", "Scholengemeenschap Werenfridus", "WERENFRIDUS", "",
     "Hoorn", "NL", "www.werenfridus.nl", P, OND, AW, "", N, "vo; techniekoriëntatie"),
    ("2022-10-03", "werenfridus", "Werenfridus Hoorn", "", "", "Hoorn", "", "", P, OND, OM, "",
     N, ""),
    ("2018-11-13", "osg", "OSG West-Friesland", "OSGWF", "", "Hoorn", "NL", "www.osgwf.nl", P,
     OND, AW, "", N, "vo; technasium"),
    ("2024-02-05", "osg", "Openbare Scholengemeenschap West-Friesland", "", "", "Hoorn", "",
     "", P, OND, OM, "", N, ""),
    # employers: seeds
    ("2016-10-03", "enza", "Enza Zaden", "ENZA", "", "Enkhuizen", "NL", "www.enzazaden.com",
     K, WG, AW, "", N, "veredeling; laboranten"),
    ("2019-12-02", "enza", "ENZA ZADEN BEHEER B.V.", "ENZAZADEN", "", "ENKHUIZEN", "NL", "", K,
     WG, OM, "", N, ""),
    ("2025-01-20", "enza", "Enza", "", "", "Enkhuizen", "", "", K, "", AW, "", N, ""),
    ("2017-02-13", "bejo", "Bejo Zaden B.V.", "BEJO", "", "Warmenhuizen", "NL", "www.bejo.nl",
     K, WG, AK, "", N, ""),
    ("2022-03-28", "bejo", "Bejo", "", "", "Schagen", "", "", K, WG, OM, "", N, ""),
    ("2017-10-09", "syngenta", "Syngenta Seeds Enkhuizen", "SYNGENTA", "", "Enkhuizen", "NL",
     "www.syngenta.nl", P, WG, AW, "", N, ""),
    # programme partners, public bodies
    ("2016-01-11", "onhn", "Ontwikkelingsbedrijf Noord-Holland Noord", "ONHN", "", "Alkmaar",
     "NL", "www.onhn.nl", K, PA, PS, "", N, "penvoerder Human Capital Agenda"),
    ("2019-08-26", "onhn", "ONHN", "ONHN2", "", "", "", "", K, PA, OM, "", N, ""),
    ("2023-01-23", "onhn", "Ontwikkelingsbedrijf NHN", "", "", "Alkmaar", "NL", "", K, OVH, PS,
     "", N, ""),
    ("2016-09-05", "greenport", "Greenport Noord-Holland Noord", "GREENPORT", "", "", "NL",
     "www.greenportnhn.nl", K, PA, PS, "", N, "agri & food"),
    ("2020-04-20", "greenport", "Greenport NHN", "GPNHN", "", "", "", "", K, PA, AW, "", N,
     ""),
    ("2024-06-17", "greenport", "Stichting Greenport NHN", "", "", "", "", "", K, PA, OM, "",
     N, ""),
    ("2016-04-04", "uwv", "UWV", "UWV", "", "Alkmaar", "NL", "www.uwv.nl", K, OVH, PS, "", N,
     ""),
    ("2016-04-05", "uwv", "CWI Hoorn", "CWI", "", "Hoorn", "NL", "", G, OVH, AW, "", J, "oud"),
    ("2018-10-15", "uwv", "UWV Den Helder", "UWVDH", "", "Den Helder", "NL", "", K, OVH, AK,
     "UWV", N, ""),
    ("2022-05-30", "uwv", "UWV WERKbedrijf regio Alkmaar", "", "", "Alkmaar", "", "", K, OVH,
     AA, "UWV", N, ""),
    ("2017-05-15", "wsp-kop", "Werkgeversservicepunt Kop van Noord-Holland", "WSPKOP", "",
     "Den Helder", "NL", "", K, PA, AK, "", N, ""),
    ("2021-04-19", "wsp-kop", "WSP Kop van NH", "", "", "Den Helder", "", "", K, PA, OM, "", N,
     ""),
    ("2017-05-16", "wsp-alkmaar", "Werkgeversservicepunt Regio Alkmaar", "WSPALK", "",
     "Alkmaar", "NL", "", K, PA, AA, "", N, ""),
    ("2022-08-29", "wsp-alkmaar", "WSP regio Alkmaar", "", "", "Alkmaar", "", "", K, PA, OM,
     "", N, ""),
    ("2016-01-04", "pnh", "Provincie Noord-Holland", "PNH", "Houtplein 33", "Haarlem", "NL",
     "www.noord-holland.nl", K, OVH, PS, "", N, "subsidie Human Capital Agenda"),
    ("2020-11-09", "pnh", "Prov. Noord-Holland", "PROVNH", "", "Haarlem", "", "", K, OVH, OM,
     "", N, ""),
    ("2024-11-25", "pnh", "Provincie NH - Economische Zaken", "", "", "Haarlem", "NL", "", K,
     OVH, PS, "Provincie Noord-Holland", N, ""),
    ("2017-03-06", "hhnk", "Hoogheemraadschap Hollands Noorderkwartier", "HHNK", "",
     "Heerhugowaard", "NL", "www.hhnk.nl", K, OVH, AA, "", N, "waterschap; technici"),
    ("2020-02-17", "hhnk", "HHNK", "HHNK2", "", "Edam", "", "", K, OVH, OM, "", N, ""),
    ("2024-04-08", "hhnk", "Hoogheemraadschap HNK", "", "", "Dijk en Waard", "", "", P, OVH,
     AA, "", N, ""),
    ("2017-06-19", "vrnhn", "Veiligheidsregio Noord-Holland Noord", "VRNHN", "", "Alkmaar",
     "NL", "www.vrnhn.nl", K, OVH, AA, "", N, ""),
    ("2020-10-12", "vrnhn", "Brandweer Noord-Holland Noord", "BRANDWEER", "", "Alkmaar", "NL",
     "", K, OVH, AA, "Veiligheidsregio Noord-Holland Noord", N, "vacatures brandweer"),
    ("2024-08-26", "vrnhn", "VR NHN", "", "", "", "", "", K, OVH, OM, "", N, ""),
    ("2018-03-05", "woonwaard", "Woonwaard", "WOONWAARD", "", "Alkmaar", "NL",
     "www.woonwaard.nl", P, PA, AA, "", N, "corporatie; SROI"),
    ("2023-09-04", "woonwaard", "Woonwaard Noord-Kennemerland", "", "", "Heerhugowaard", "",
     "", P, "", OM, "", N, ""),
    # municipalities
    ("2016-01-05", "den-helder", "Gemeente Den Helder", "GEMDH", "Drs. F. Bijlweg 20",
     "Den Helder", "NL", "www.denhelder.nl", K, GEM, AK, "", N, ""),
    ("2019-02-04", "den-helder", "Gem. Den Helder - Economische Zaken", "", "", "Den Helder",
     "NL", "", K, GEM, AK, "Gemeente Den Helder", N, ""),
    ("2023-08-07", "den-helder", "Den Helder", "DENHELDER", "", "Den Helder", "", "", K, OVH,
     OM, "", N, ""),
    ("2016-01-06", "hollands-kroon", "Gemeente Hollands Kroon", "GEMHK", "", "Anna Paulowna",
     "NL", "www.hollandskroon.nl", K, GEM, AK, "", N, ""),
    ("2016-01-07", "hollands-kroon", "Gemeente Wieringermeer", "WIERINGERMEER", "",
     "Wieringerwerf", "NL", "", G, GEM, AK, "", J,
     "uit de oude adreslijst; vervallen: sinds 2012 Hollands Kroon"),
    ("2021-03-15", "hollands-kroon", "Hollands Kroon", "", "", "Anna Paulowna", "", "", K, OVH,
     OM, "", N, ""),
    ("2016-01-06", "schagen", "Gemeente Schagen", "GEMSCHAGEN", "", "Schagen", "NL",
     "www.schagen.nl", K, GEM, AK, "", N, ""),
    ("2016-01-08", "schagen", "Gemeente Zijpe", "ZIJPE", "", "Schagerbrug", "NL", "", G, GEM,
     AK, "", J, "uit de oude adreslijst; vervallen, 2013 Schagen"),
    ("2016-01-07", "texel", "Gemeente Texel", "GEMTEXEL", "", "Den Burg", "NL",
     "www.texel.nl", K, GEM, AK, "", N, ""),
    ("2022-06-20", "texel", "Texel", "", "", "Texel", "", "", P, GEM, OM, "", N, ""),
    ("2016-01-12", "hoorn", "Gemeente Hoorn", "GEMHOORN", "Nieuwe Steen 1", "Hoorn", "NL",
     "www.hoorn.nl", K, GEM, AW, "", N, "centrumgemeente West-Friesland"),
    ("2020-06-08", "hoorn", "gemeente hoorn", "", "", "Hoorn", "", "", K, GEM, OM, "", N, ""),
    ("2016-01-13", "enkhuizen", "Gemeente Enkhuizen", "GEMENKH", "", "Enkhuizen", "NL",
     "www.enkhuizen.nl", K, GEM, AW, "", N, ""),
    ("2022-09-19", "enkhuizen", "Enkhuizen", "", "", "Enkhuzen", "", "", K, OVH, OM, "", N, ""),
    ("2016-01-14", "medemblik", "Gemeente Medemblik", "GEMMEDEMBLIK", "", "Medemblik", "NL",
     "www.medemblik.nl", K, GEM, AW, "", N, ""),
    ("2021-09-06", "medemblik", "Gem. Medemblik", "", "", "Wognum", "", "", K, GEM, OM, "", N,
     ""),
    ("2016-01-19", "alkmaar", "Gemeente Alkmaar", "GEMALKMAAR", "Mallegatsplein 10",
     "Alkmaar", "NL", "www.alkmaar.nl", K, GEM, AA, "", N,
     "centrumgemeente arbeidsmarktregio Noord-Holland Noord"),
    ("2018-04-09", "alkmaar", "Gemeente Alkmaar - afd. Economie", "", "", "Alkmaar", "NL", "",
     K, GEM, AA, "Gemeente Alkmaar", N, ""),
    ("2023-03-13", "alkmaar", "ALKMAAR", "", "", "Alkmaar", "", "", K, GEM, OM, "", N, ""),
    ("2016-01-20", "dijk-en-waard", "Gemeente Heerhugowaard", "GEMHHW", "", "Heerhugowaard",
     "NL", "www.heerhugowaard.nl", K, GEM, AA, "", J, "per 1-1-2022 Dijk en Waard"),
    ("2016-01-21", "dijk-en-waard", "Gemeente Langedijk", "GEMLANGEDIJK", "",
     "Broek op Langedijk", "NL", "www.langedijk.nl", K, GEM, AA, "", J,
     "per 1-1-2022 Dijk en Waard"),
    ("2022-01-17", "dijk-en-waard", "Gemeente Dijk en Waard", "GEMDEW", "", "Heerhugowaard",
     "NL", "www.dijkenwaard.nl", K, GEM, AA, "", N, "fusie Heerhugowaard en Langedijk"),
    ("2024-10-21", "dijk-en-waard", "Dijk & Waard", "", "", "Heerhugowaard", "", "", K, GEM,
     OM, "", N, ""),
    ("2016-01-27", "bergen", "Gemeente Bergen (NH)", "GEMBERGEN", "", "Bergen (NH)", "NL",
     "www.bergen-nh.nl", K, GEM, AA, "", N, ""),
    ("2021-12-06", "bergen", "Gemeente Bergen", "", "", "Bergen NH", "", "", P, GEM, OM, "", N,
     ""),
]


def rows() -> list[tuple[str, list[str]]]:
    """(organisation, cells) per relation, in the order of their code (as made)."""
    order = sorted(range(len(RELATIONS)), key=lambda i: (RELATIONS[i][0], i))
    out = []
    for number, i in enumerate(order):
        (_made, org, name, search, street, place, country, web, status, klass, manager,
         parent, blocked, remark) = RELATIONS[i]
        code = str(1001 + number)
        out.append((org, [code, name, search, street, "", place, country, "", "", web, status,
                          klass, manager, parent, "", "", blocked, remark]))
    return out


def main() -> None:
    names = [r[2] for r in RELATIONS]
    assert len(set(names)) == len(names), "one name, one relation"
    assert all(len(r) == 14 for r in RELATIONS)
    assert {r[11] for r in RELATIONS if r[11]} <= set(names), "a parent is a relation"
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
