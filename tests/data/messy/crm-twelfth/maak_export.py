"""Write the twelfth held-out organisation list: the Odoo export and truth.csv beside this
script.

    python tests/data/messy/crm-twelfth/maak_export.py

An Odoo (16/17) Contacts export to Excel, as the talent and technology programme of the
Amsterdam Airport region (Haarlemmermeer with Schiphol and Hoofddorp, Amstelland:
Amstelveen, Aalsmeer, Uithoorn, Ouder-Amstel; Diemen and Amsterdam) keeps its employers,
schools, municipalities, public bodies and partners: the Contacts list view, filter
"Bedrijven" with the archived records included, every row selected, Actie → Exporteren,
format XLSX, the fields the programme's office chose, in Odoo's Dutch labels. Persons
(contacts with "Is een bedrijf" unticked and a function) were left out by the filter;
addresses and departments kept as child records under a "Gerelateerd bedrijf" stay in.

What was checked, and what not (no network here; stored public pages and repositories only):

- checked, in Odoo's Dutch translation of the base module (odoo/odoo,
  odoo/addons/base/i18n/nl.po, the 18.0 version stored): res.partner's "Is a Company" is
  "Is een bedrijf", "Related Company" (parent_id) "Gerelateerd bedrijf", "Reference" (ref)
  "Referentie"; the Dutch localisation (l10n_nl) adds a field labelled "KVK-nummer" (the
  string in one stored version of addons/l10n_nl/models/res_partner.py; "KVK number" in
  another).
- not checked, as remembered: the other labels ("Naam", "Straat", "Postcode", "Plaats",
  "Provincie", "Land", "Website", "Labels" for Tags, "Verkoper" for Salesperson,
  "Telefoon", "E-mail", "Notities" for Notes, "Actief"); that Notes is an HTML field since
  Odoo 16, so it exports as "<p>…</p>"; that Odoo puts "http://" before a website typed
  without it; that a many2one exports as the record's display name (a child's parent as
  the parent's name) and the tags as their names separated by commas; that a duplicated
  record is named "… (kopie)" and keeps the reference; that the list is sorted by the full
  name ("Parent, Child"), so a child follows its parent; that the XLSX writes booleans as
  TRUE/FALSE cells on a sheet "Sheet1" and names the file "Contact (res.partner).xlsx"; a
  state's display name "Noord-Holland (NL)". No export was made for this fixture.

The list's history, as the rows show it: the programme moved to Odoo in 2019; the programme
manager, three account managers (airport, Haarlemmermeer, Amstelland), a project officer and
the secretariat add records by hand. A record no longer used is archived ("Actief" FALSE),
sometimes with a note or after "Dupliceren" (a "(kopie)"); nobody renames it. "Labels" are
the office's own tags (Werkgever, Onderwijs, MBO, HBO, Gemeente, Overheid, Partner, …), so
the kind of organisation is among other words. A department or location is a child record
named only for itself ("Locatie Hoofddorp", "Crediteurenadministratie", "Economische
Zaken"); its parent says whose it is. "Verkoper" holds a role only (in a real database a
user: a person). No phone number, KvK number, BRIN code, person or e-mail address; the
reference is the office's own code.

Organisations under an earlier or other name: Schiphol Group → Royal Schiphol Group (2018);
N.V. Luchthaven Schiphol its legal name; Bloemenveiling Aalsmeer (VBA) → FloraHolland (2008)
→ Royal FloraHolland; Spaarne Ziekenhuis (Hoofddorp) → Spaarne Gasthuis (2015, with the
Kennemer Gasthuis); Stadsregio Amsterdam → Vervoerregio Amsterdam (2017); the municipalities
Haarlemmerliede en Spaarnwoude → Haarlemmermeer (2019) and Weesp → Amsterdam (2022); the
English names Amsterdam Airport Schiphol, Air Traffic Control the Netherlands (LVNL),
Amsterdam University of Applied Sciences (HvA), Amsterdam Metropolitan Area (MRA). All as
remembered. A department or location is its organisation's (MBO College Airport and MBO
College Amstelland are ROC van Amsterdam's; Aviation Academy the HvA's; KLM Engineering &
Maintenance KLM's; Brandweer Amsterdam-Amstelland the Veiligheidsregio's; Werk, Participatie
en Inkomen the Gemeente Amsterdam's).

Precision traps: at Schiphol, Royal Schiphol Group / SADC (Schiphol Area Development
Company) / LVNL / Koninklijke Marechaussee Schiphol / Transavia / KLM; KLM / KLM's
Crediteurenadministratie / the Gemeente Amstelveen's Crediteurenadministratie / KPMG /
Amstelveen College / Ziekenhuis Amstelland / MBO College Amstelland (all in Amstelveen);
"Locatie Hoofddorp" of Spaarne Gasthuis and of Nova College; Gemeente Haarlemmermeer /
Haarlemmermeer Lyceum / Hoofdvaart College / Meerlanden; Gemeente Aalsmeer / Royal
FloraHolland / Greenport Aalsmeer; in Amsterdam Gemeente Amsterdam / Gemeentelijk
Vervoerbedrijf (GVB) / Vervoerregio Amsterdam / Metropoolregio Amsterdam / Amsterdam
Economic Board / ROC van Amsterdam / Hogeschool van Amsterdam / Vrije Universiteit
Amsterdam / Eigen Haard / Veiligheidsregio Amsterdam-Amstelland / UWV.

Facts: names, places, websites and the few streets and postcodes from what is widely known
of the organisations, as remembered, not checked in a stored source; what is not known with
certainty is left empty. Tags, notes and references are illustrative; every row is loaded
with source ``illustratief`` (see ``mappings/``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows:
the header is row 1, the first organisation row 2). A municipality's rows are the
municipality's organisation.
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
FILE = "Contact (res.partner).xlsx"
EXPORTED = dt.datetime(2026, 12, 3, 13, 42, 5)
HEADERS = ("Naam", "Is een bedrijf", "Gerelateerd bedrijf", "Straat", "Postcode", "Plaats",
           "Provincie", "Land", "Website", "Labels", "Verkoper", "Telefoon", "E-mail",
           "KVK-nummer", "Referentie", "Notities", "Actief")

PM = "Programmamanager"
AL = "Accountmanager Luchthaven"
AH = "Accountmanager Haarlemmermeer"
AA = "Accountmanager Amstelland"
PO = "Projectmedewerker"
SE = "Secretariaat"
NH = "Noord-Holland (NL)"

# (organisation, name, is a company, parent, street, postcode, place, state, website,
#  tags, salesperson, reference, note, active)
RECORDS: list[tuple] = [
    # the airport
    ("schiphol", "Royal Schiphol Group", True, "", "Evert van de Beekstraat 202", "1118 CP",
     "Schiphol", NH, "https://www.schiphol.nl", "Werkgever,Luchtvaart", AL, "WG-001",
     "<p>grootste werkgever luchthaven; techniek en security</p>", True),
    ("schiphol", "Schiphol Group", True, "", "", "", "Schiphol", "", "http://www.schiphol.nl",
     "Werkgever", PM, "", "<p>oude naam (tot 2018)</p>", False),
    ("schiphol", "Amsterdam Airport Schiphol", True, "", "", "", "Schiphol", NH, "",
     "Luchtvaart", PO, "", "", True),
    ("schiphol", "Asset Management", True, "Royal Schiphol Group", "", "", "Schiphol", NH, "",
     "Techniek,BBL", AL, "", "<p>afdeling onderhoud; bbl-plekken</p>", True),
    ("schiphol", "N.V. Luchthaven Schiphol", True, "", "", "", "Schiphol", "", "", "Subsidie",
     SE, "", "<p>juridische naam voor de subsidiebeschikking</p>", True),
    ("klm", "KLM Royal Dutch Airlines", True, "", "Amsterdamseweg 55", "1182 GP",
     "Amstelveen", NH, "https://www.klm.nl", "Werkgever,Luchtvaart", AL, "WG-002",
     "<p>hoofdkantoor Amstelveen</p>", True),
    ("klm", "KLM Engineering & Maintenance", True, "KLM Royal Dutch Airlines", "", "",
     "Schiphol Oost", NH, "", "Techniek,BBL,Stage", AL, "",
     "<p>vliegtuigonderhoud; mbo-techniek</p>", True),
    ("klm", "Crediteurenadministratie", False, "KLM Royal Dutch Airlines", "", "",
     "Amstelveen", "", "", "", SE, "", "<p>facturen cofinanciering</p>", True),
    ("klm", "Koninklijke Luchtvaart Maatschappij N.V.", True, "", "", "", "Amstelveen", "",
     "", "", SE, "", "", True),
    ("klm", "KLM", True, "", "", "", "Schiphol", "", "http://klm.com", "Luchtvaart", PO, "",
     "<p>dubbel, zie KLM Royal Dutch Airlines</p>", False),
    ("transavia", "Transavia", True, "", "", "", "Schiphol", NH, "https://www.transavia.com",
     "Werkgever,Luchtvaart", AL, "WG-003", "", True),
    ("transavia", "Transavia (kopie)", True, "", "", "", "Schiphol", NH,
     "https://www.transavia.com", "Werkgever,Luchtvaart", AL, "WG-003", "", False),
    ("sadc", "SADC", True, "", "", "", "Schiphol", NH, "https://www.sadc.nl", "Partner", PM,
     "PA-004", "<p>Schiphol Area Development Company; bedrijventerreinen</p>", True),
    ("sadc", "Schiphol Area Development Company", True, "", "", "", "Schiphol", "", "",
     "Partner", AL, "", "", True),
    ("lvnl", "Luchtverkeersleiding Nederland", True, "", "", "", "Schiphol-Oost", NH,
     "https://www.lvnl.nl", "Overheid,Luchtvaart", AL, "OH-005", "", True),
    ("lvnl", "LVNL", True, "", "", "", "Schiphol", "", "", "Luchtvaart", PO, "", "", True),
    ("lvnl", "Air Traffic Control the Netherlands", True, "", "", "", "", "", "",
     "Luchtvaart", PM, "", "<p>Engelse naam, dubbel</p>", False),
    ("kmar", "Koninklijke Marechaussee Schiphol", True, "", "", "", "Schiphol", NH, "",
     "Overheid,Veiligheid", AL, "OH-006", "<p>brigade Schiphol; werving</p>", True),
    ("kmar", "KMar Schiphol", True, "", "", "", "Schiphol", "", "", "Overheid", PO, "", "",
     True),
    # other employers
    ("floraholland", "Royal FloraHolland", True, "", "Legmeerdijk 313", "1431 GB", "Aalsmeer",
     NH, "https://www.royalfloraholland.com", "Werkgever,Sierteelt", AA, "WG-010",
     "<p>veiling Aalsmeer; logistiek en techniek</p>", True),
    ("floraholland", "FloraHolland", True, "", "", "", "Aalsmeer", "",
     "http://www.floraholland.com", "Sierteelt", AA, "", "<p>oude naam</p>", False),
    ("floraholland", "Bloemenveiling Aalsmeer", True, "", "", "", "Aalsmeer", "", "",
     "Sierteelt", PO, "", "", False),
    ("floraholland", "Royal Flora Holland", True, "", "", "", "Aalsmeer", "", "", "Werkgever",
     PO, "", "", True),
    ("kpmg", "KPMG", True, "", "", "", "Amstelveen", NH, "https://kpmg.com/nl", "Werkgever",
     AA, "WG-011", "", True),
    ("kpmg", "KPMG Nederland", True, "", "", "", "Amstelveen", "", "", "", PO, "", "", True),
    ("gvb", "GVB", True, "", "", "", "Amsterdam", NH, "https://www.gvb.nl",
     "Werkgever,Mobiliteit", AA, "WG-012", "<p>monteurs tram en metro</p>", True),
    ("gvb", "Gemeentelijk Vervoerbedrijf Amsterdam", True, "", "", "", "Amsterdam", "", "",
     "Mobiliteit", PO, "", "", True),
    ("meerlanden", "Meerlanden", True, "", "", "", "Rijsenhout", NH,
     "https://www.meerlanden.nl", "Werkgever", AH, "WG-013", "<p>afval en energie</p>", True),
    ("meerlanden", "Meerlanden Rijsenhout", True, "", "", "", "Rijsenhout", "", "", "", PO,
     "", "", True),
    ("eigen-haard", "Eigen Haard", True, "", "", "", "Amsterdam", NH,
     "https://www.eigenhaard.nl", "Woningcorporatie", AA, "", "<p>SROI</p>", True),
    ("eigen-haard", "Woningstichting Eigen Haard", True, "", "", "", "Amstelveen", "", "", "",
     PO, "", "", True),
    ("zha", "Ziekenhuis Amstelland", True, "", "", "", "Amstelveen", NH,
     "https://www.ziekenhuisamstelland.nl", "Zorg,Werkgever", AA, "WG-014", "", True),
    ("zha", "ZH Amstelland", True, "", "", "", "Amstelveen", "", "", "Zorg", PO, "", "", True),
    ("spaarne", "Spaarne Gasthuis", True, "", "", "", "Haarlem", NH,
     "https://spaarnegasthuis.nl", "Zorg,Werkgever", AH, "WG-015", "", True),
    ("spaarne", "Locatie Hoofddorp", False, "Spaarne Gasthuis", "Spaarnepoort 1", "",
     "Hoofddorp", NH, "", "Zorg,Stage", AH, "", "<p>medische techniek; stages</p>", True),
    ("spaarne", "Spaarne Ziekenhuis", True, "", "", "", "Hoofddorp", "", "", "Zorg", PO, "",
     "<p>oud</p>", False),
    # schools
    ("rocva", "ROC van Amsterdam", True, "", "", "", "Amsterdam", NH, "https://www.rocva.nl",
     "Onderwijs,MBO", PM, "OW-020", "", True),
    ("rocva", "MBO College Airport", True, "ROC van Amsterdam", "", "", "Hoofddorp", NH, "",
     "Onderwijs,MBO,Luchtvaart", AL, "", "<p>luchtvaartopleidingen</p>", True),
    ("rocva", "MBO College Amstelland", True, "ROC van Amsterdam", "", "", "Amstelveen", NH,
     "", "Onderwijs,MBO", AA, "", "", True),
    ("rocva", "ROCvA", True, "", "", "", "Amsterdam", "", "", "Onderwijs", PO, "", "", True),
    ("rocva", "ROC Amsterdam - Airport", True, "", "", "", "Hoofddorp", "", "", "Onderwijs",
     AL, "", "<p>dubbel met MBO College Airport</p>", False),
    ("nova", "Nova College", True, "", "", "", "Haarlem", NH, "https://www.novacollege.nl",
     "Onderwijs,MBO", AH, "OW-021", "", True),
    ("nova", "Locatie Hoofddorp", True, "Nova College", "", "", "Hoofddorp", NH, "",
     "Onderwijs,MBO", AH, "", "<p>techniek en zorg</p>", True),
    ("nova", "Nova College Hoofddorp", True, "", "", "", "Hoofdorp", "", "", "Onderwijs", PO,
     "", "", True),
    ("hva", "Hogeschool van Amsterdam", True, "", "", "", "Amsterdam", NH, "https://www.hva.nl",
     "Onderwijs,HBO", PM, "OW-022", "<p>Aviation; Technische Bedrijfskunde</p>", True),
    ("hva", "HvA", True, "", "", "", "Amsterdam", "", "", "HBO", PO, "", "", True),
    ("hva", "Amsterdam University of Applied Sciences", True, "", "", "", "Amsterdam", "", "",
     "HBO", AL, "", "", True),
    ("hva", "Aviation Academy", True, "Hogeschool van Amsterdam", "", "", "Amsterdam", NH, "",
     "HBO,Luchtvaart", AL, "", "<p>hbo-luchtvaart</p>", True),
    ("inholland", "Hogeschool Inholland", True, "", "", "", "Diemen", NH,
     "https://www.inholland.nl", "Onderwijs,HBO", AA, "OW-023", "", True),
    ("inholland", "Inholland Diemen", True, "", "", "", "Diemen", "", "", "HBO", PO, "", "",
     True),
    ("inholland", "INHOLLAND", True, "", "", "", "", "", "", "", PO, "", "", False),
    ("vu", "Vrije Universiteit Amsterdam", True, "", "", "", "Amsterdam", NH, "https://vu.nl",
     "Onderwijs,WO", PM, "OW-024", "", True),
    ("vu", "VU Amsterdam", True, "", "", "", "Amsterdam", "", "", "WO", PO, "", "", True),
    ("hml", "Haarlemmermeer Lyceum", True, "", "", "", "Hoofddorp", NH, "", "Onderwijs,VO",
     AH, "OW-025", "", True),
    ("hml", "Haarlemmermeerlyceum", True, "", "", "", "Hoofddorp", "", "", "VO", PO, "", "",
     True),
    ("hoofdvaart", "Hoofdvaart College", True, "", "", "", "Hoofddorp", NH, "",
     "Onderwijs,VO", AH, "OW-026", "<p>techniekklas</p>", True),
    ("hoofdvaart", "Hoofdvaartcollege", True, "", "", "", "Hoofddorp", "", "", "VO", PO, "",
     "", True),
    ("amstelveen-college", "Amstelveen College", True, "", "", "", "Amstelveen", NH, "",
     "Onderwijs,VO", AA, "OW-027", "", True),
    ("amstelveen-college", "Amstelveencollege", True, "", "", "", "Amstelveen", "", "", "VO",
     PO, "", "", True),
    ("alkwin", "Alkwin Kollege", True, "", "", "", "Uithoorn", NH, "", "Onderwijs,VO", AA,
     "OW-028", "", True),
    ("alkwin", "Alkwin College", True, "", "", "", "Uithoorn", "", "", "VO", PO, "", "", True),
    # municipalities
    ("haarlemmermeer", "Gemeente Haarlemmermeer", True, "", "Raadhuisplein 1", "2132 TZ",
     "Hoofddorp", NH, "https://haarlemmermeergemeente.nl", "Overheid,Gemeente", PM, "GM-01",
     "<p>trekker van het programma</p>", True),
    ("haarlemmermeer", "Economische Zaken", True, "Gemeente Haarlemmermeer", "", "",
     "Hoofddorp", NH, "", "Gemeente", AH, "", "", True),
    ("haarlemmermeer", "Gemeente Haarlemmerliede en Spaarnwoude", True, "", "", "", "Halfweg",
     "", "", "Gemeente", PO, "", "<p>per 2019 Haarlemmermeer</p>", False),
    ("haarlemmermeer", "Haarlemmermeer", True, "", "", "", "", "", "", "", AL, "", "", True),
    ("amstelveen", "Gemeente Amstelveen", True, "", "Laan Nieuwer-Amstel 1", "1182 JR",
     "Amstelveen", NH, "https://www.amstelveen.nl", "Overheid,Gemeente", PM, "GM-02", "",
     True),
    ("amstelveen", "Crediteurenadministratie", False, "Gemeente Amstelveen", "", "",
     "Amstelveen", "", "", "", SE, "", "", True),
    ("amstelveen", "gemeente Amstelveen", True, "", "", "", "Amstelveen", "", "", "", PO, "",
     "<p>dubbel</p>", False),
    ("aalsmeer", "Gemeente Aalsmeer", True, "", "", "", "Aalsmeer", NH,
     "https://www.aalsmeer.nl", "Overheid,Gemeente", PM, "GM-03", "", True),
    ("aalsmeer", "Gem. Aalsmeer", True, "", "", "", "Aalsmeer", "", "", "Gemeente", AA, "", "",
     True),
    ("uithoorn", "Gemeente Uithoorn", True, "", "", "", "Uithoorn", NH,
     "https://www.uithoorn.nl", "Overheid,Gemeente", PM, "GM-04", "", True),
    ("uithoorn", "Uithoorn (gemeente)", True, "", "", "", "Uithoorn", "", "", "", PO, "", "",
     True),
    ("ouder-amstel", "Gemeente Ouder-Amstel", True, "", "", "", "Ouderkerk aan de Amstel", NH,
     "https://www.ouder-amstel.nl", "Overheid,Gemeente", PM, "GM-05", "", True),
    ("ouder-amstel", "Gemeente Ouder Amstel", True, "", "", "", "Duivendrecht", "", "",
     "Gemeente", PO, "", "", True),
    ("ouder-amstel", "Ouder-Amstel", True, "", "", "", "Ouderkerk a/d Amstel", "", "", "", AA,
     "", "", True),
    ("diemen", "Gemeente Diemen", True, "", "", "", "Diemen", NH, "https://www.diemen.nl",
     "Overheid,Gemeente", PM, "GM-06", "", True),
    ("diemen", "Diemen", True, "", "", "", "", "", "", "Gemeente", PO, "", "", True),
    ("amsterdam", "Gemeente Amsterdam", True, "", "Amstel 1", "1011 PN", "Amsterdam", NH,
     "https://www.amsterdam.nl", "Overheid,Gemeente", PM, "GM-07", "", True),
    ("amsterdam", "Werk, Participatie en Inkomen", True, "Gemeente Amsterdam", "", "",
     "Amsterdam", NH, "", "Gemeente", AA, "", "<p>WPI; werkgeversdienstverlening</p>", True),
    ("amsterdam", "Gemeente Weesp", True, "", "", "", "Weesp", "", "", "Gemeente", PO, "",
     "<p>sinds 2022 Amsterdam</p>", False),
    ("amsterdam", "Gem. A'dam", True, "", "", "", "Amsterdam", "", "", "", AL, "", "", True),
    # public bodies and partners
    ("uwv", "UWV", True, "", "", "", "Amsterdam", NH, "https://www.uwv.nl", "Overheid", AA,
     "OH-030", "", True),
    ("uwv", "UWV WERKbedrijf Hoofddorp", True, "", "", "", "Hoofddorp", "", "", "Overheid", AH,
     "", "", True),
    ("uwv", "Werkgeversdienstverlening", True, "UWV", "", "", "Amsterdam", NH, "", "", AA, "",
     "", True),
    ("pnh", "Provincie Noord-Holland", True, "", "Houtplein 33", "", "Haarlem", NH,
     "https://www.noord-holland.nl", "Overheid,Subsidie", PM, "OH-031", "", True),
    ("pnh", "Prov. N-H", True, "", "", "", "Haarlem", "", "", "Subsidie", SE, "", "", True),
    ("vervoerregio", "Vervoerregio Amsterdam", True, "", "", "", "Amsterdam", NH,
     "https://vervoerregio.nl", "Overheid,Mobiliteit", PM, "OH-032", "", True),
    ("vervoerregio", "Stadsregio Amsterdam", True, "", "", "", "Amsterdam", "", "",
     "Mobiliteit", PO, "", "<p>heet nu Vervoerregio</p>", False),
    ("vervoerregio", "Vervoerregio", True, "", "", "", "", "", "", "Mobiliteit", AA, "", "",
     True),
    ("aeb", "Amsterdam Economic Board", True, "", "", "", "Amsterdam", NH,
     "https://amsterdameconomicboard.com", "Partner", PM, "PA-033", "", True),
    ("aeb", "AEB", True, "", "", "", "Amsterdam", "", "", "Partner", PO, "", "", True),
    ("mra", "Metropoolregio Amsterdam", True, "", "", "", "Amsterdam", NH,
     "https://www.metropoolregioamsterdam.nl", "Overheid,Partner", PM, "OH-034", "", True),
    ("mra", "MRA", True, "", "", "", "", "", "", "Partner", PO, "", "", True),
    ("mra", "Amsterdam Metropolitan Area", True, "", "", "", "Amsterdam", "", "", "Partner",
     AL, "", "", True),
    ("greenport", "Greenport Aalsmeer", True, "", "", "", "Aalsmeer", NH,
     "https://www.greenportaalsmeer.nl", "Partner,Sierteelt", AA, "PA-035", "", True),
    ("greenport", "Stichting Greenport Aalsmeer", True, "", "", "", "Aalsmeer", "", "", "", PO,
     "", "", True),
    ("vraa", "Veiligheidsregio Amsterdam-Amstelland", True, "", "", "", "Amsterdam", NH, "",
     "Overheid,Veiligheid", AA, "OH-036", "", True),
    ("vraa", "Brandweer Amsterdam-Amstelland", True, "Veiligheidsregio Amsterdam-Amstelland",
     "", "", "Amsterdam", NH, "", "Veiligheid", AA, "", "<p>vacatures brandweer</p>", True),
    ("vraa", "VRAA", True, "", "", "", "", "", "", "Veiligheid", PO, "", "", True),
]


def complete_name(record: tuple) -> str:
    """Odoo's full name: "Parent, Child" for a child record."""
    name, parent = record[1], record[3]
    return f"{parent}, {name}" if parent else name


def rows() -> list[tuple[str, list]]:
    """(organisation, cells) per record, in the list view's order (by full name)."""
    order = sorted(range(len(RECORDS)), key=lambda i: (complete_name(RECORDS[i]).casefold(), i))
    out = []
    for i in order:
        (org, name, company, parent, street, postcode, place, state, web, tags, seller, ref,
         note, active) = RECORDS[i]
        out.append((org, [name, company, parent, street, postcode, place, state,
                          "Nederland" if place else "", web, tags, seller, "", "", "", ref,
                          note, active]))
    return out


def _fixed_times(xlsx: bytes) -> bytes:
    """The workbook with every zip entry dated at the export, so that the file is the same
    byte for byte each time it is written."""
    out = io.BytesIO()
    stamp = EXPORTED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as old, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            entry = zipfile.ZipInfo(info.filename, EXPORTED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            data = old.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl dates it at the save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            new.writestr(entry, data)
    return out.getvalue()


def main() -> None:
    assert all(len(r) == 14 for r in RECORDS)
    tops = {r[1] for r in RECORDS if not r[3]}
    assert {r[3] for r in RECORDS if r[3]} <= tops, "a parent is a record"
    table = rows()
    assert all(len(cells) == len(HEADERS) for _o, cells in table)
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for _org, cells in table:
        sheet.append([c if c != "" else None for c in cells])
    book.properties.created = book.properties.modified = EXPORTED
    raw = io.BytesIO()
    book.save(raw)
    (HERE / FILE).write_bytes(_fixed_times(raw.getvalue()))
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            out.writerow([number, org])


if __name__ == "__main__":
    main()
