"""Write the third held-out CRM export: accounts-export.xlsx and truth.csv beside this script.

    python tests/data/messy/crm-third/maak_export.py

The export looks as Microsoft Dynamics 365's "Export to Excel" gives it in a Dutch
organisation with an English user interface: three hidden "(Do Not Modify)" columns first,
English headers of the standard fields ("Account Name", "Relationship Type", "Address 1:
City", "Primary Contact", "Description", "Created On") beside Dutch custom fields
("KvK-nummer", "BRIN-nummer"), a "Relationship Type" option set with Dutch labels, rows
sorted by account name (so the variants of one organisation are not next to each other),
notes and one name with a line break in the cell, real date cells, and two rows a user
emptied by hand.

Facts: organisation names, places and websites as the organisations and public registers
write them (BRIN codes from DUO's register, ``/work/shared/data/duo-instellingen``); the
campuses Terra Technica, Vti and House of Skills and the Luchtmacht are named in the letter
of Gedeputeerde Staten of 12 May 2021. No KvK number is filled in (none was known with
certainty), a place or website not known with certainty is left empty. The contact persons
and e-mail addresses are placeholders, the notes and the record ids illustrative; every row
is loaded with source ``illustratief`` (see ``mappings/accounts.yaml``).

``truth.csv`` says which organisation each row means (the row numbers a spreadsheet shows;
the header is row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import uuid
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
CREATED = dt.datetime(2026, 11, 30, 16, 5)

HEADERS = ("(Do Not Modify) Account", "(Do Not Modify) Row Checksum",
           "(Do Not Modify) Modified On", "Account Name", "Relationship Type", "KvK-nummer",
           "BRIN-nummer", "Address 1: City", "Website", "Primary Contact",
           "Email (Primary Contact)", "Description", "Owner", "Created On")

# (organisation in truth.csv, Account Name, Relationship Type, BRIN, city, website, note)
ACCOUNTS = [
    # municipalities, as an organisation and as "Overheid"
    ("alkmaar", "Gemeente Alkmaar", "Gemeente", "", "Alkmaar", "www.alkmaar.nl", ""),
    ("alkmaar", "Alkmaar, gemeente", "Overheid", "", "Alkmaar", "", ""),
    ("alkmaar", "Gemeente Alkmaar - team Economie", "Overheid", "", "Alkmaar",
     "https://www.alkmaar.nl", "Bedrijvenloket en accountmanagers\nbedrijventerreinen"),
    ("haarlemmermeer", "Gemeente Haarlemmermeer", "Gemeente", "", "Hoofddorp",
     "www.haarlemmermeer.nl", ""),
    ("haarlemmermeer", "Haarlemmermeer (gemeente)", "Overheid", "", "Hoofddorp", "", ""),
    ("dijk-en-waard", "Gemeente Dijk en Waard", "Gemeente", "", "Heerhugowaard",
     "www.dijkenwaard.nl", ""),
    ("dijk-en-waard", "Dijk en Waard (voorheen Heerhugowaard en Langedijk)", "Overheid", "",
     "Heerhugowaard", "", "Sinds 1 januari 2022 één gemeente"),
    ("velsen", "Gemeente Velsen", "Gemeente", "", "Velsen", "www.velsen.nl", ""),
    ("velsen", "gemeente Velsen", "Overheid", "", "IJmuiden", "", ""),
    # schools
    ("nova", "ROC Nova College", "Onderwijsinstelling", "25PX", "Haarlem",
     "www.novacollege.nl", "Mbo techniek, zorg en economie"),
    ("nova", "Nova College Beverwijk", "Onderwijsinstelling", "", "Beverwijk",
     "https://www.novacollege.nl/", ""),
    ("nova", "nova college", "Onderwijsinstelling", "25px", "Hoofddorp", "", ""),
    ("ahk", "Amsterdamse Hogeschool voor de Kunsten", "Onderwijsinstelling", "21QA",
     "Amsterdam", "https://www.ahk.nl", ""),
    ("ahk", "AHK", "Onderwijsinstelling", "", "Amsterdam", "ahk.nl", ""),
    ("clusius", "Clusius College", "Onderwijsinstelling", "", "Alkmaar", "www.clusius.nl",
     "Groen onderwijs (vmbo en mbo)"),
    ("clusius", "Clusius College\nlocatie Hoorn", "Onderwijsinstelling", "", "Hoorn",
     "clusius.nl", ""),
    ("kim", "Koninklijk Instituut voor de Marine (KIM)", "Onderwijsinstelling", "",
     "Den Helder", "www.defensie.nl", ""),
    ("kim", "KIM Den Helder", "Onderwijsinstelling", "", "Den Helder", "", ""),
    ("mediacollege", "Mediacollege Amsterdam", "Onderwijsinstelling", "02PA", "Amsterdam",
     "www.ma-web.nl", ""),
    ("mediacollege", "Media College Amsterdam", "Onderwijsinstelling", "", "Amsterdam",
     "https://www.ma-web.nl", ""),
    # the social domain and other public bodies
    ("wsp-zkij", "Werkgeversservicepunt Zuid-Kennemerland en IJmond", "Overheid", "", "", "",
     ""),
    ("wsp-zkij", "WSP Zuid Kennemerland & IJmond", "Overheid", "", "", "",
     "Matching, werk-naar-werk"),
    ("wsp-gv", "Werkgeversservicepunt Gooi en Vechtstreek", "Overheid", "", "", "", ""),
    ("wsp-gv", "WSP Gooi- en Vechtstreek", "Overheid", "", "", "", ""),
    ("rmt-nhn", "Regionaal Mobiliteitsteam Noord-Holland Noord", "Overheid", "", "", "",
     "Van werk naar werk, in opdracht van SZW"),
    ("rmt-nhn", "RMT NHN", "Overheid", "", "", "", ""),
    ("rmt-zw", "Regionaal Mobiliteitsteam Zaanstreek-Waterland", "Overheid", "", "", "", ""),
    ("rijnland", "Hoogheemraadschap van Rijnland", "Overheid", "", "Leiden",
     "www.rijnland.net", ""),
    ("rijnland", "Rijnland", "Overheid", "", "Leiden", "", ""),
    ("rijnland", "Hoogheemraadschap Rijnland", "Overheid", "", "Leiden", "rijnland.net", ""),
    ("klu", "Koninklijke Luchtmacht", "Overheid", "", "",
     "https://www.defensie.nl/organisatie/luchtmacht", "Stages luchtvaarttechniek"),
    ("klu", "Luchtmacht (KLu)", "Overheid", "", "", "", ""),
    ("sbb", "SBB", "Overheid", "", "Zoetermeer", "www.s-bb.nl", ""),
    ("sbb", "Stichting Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven", "Overheid",
     "", "Zoetermeer", "", ""),
    ("sbb", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)",
     "Onderwijsinstelling", "", "Zoetermeer", "s-bb.nl", "Erkenning leerbedrijven"),
    # sector bodies, ports, development companies
    ("techniek-nl", "Techniek Nederland (voorheen UNETO-VNI)", "Brancheorganisatie", "",
     "Zoetermeer", "www.technieknederland.nl", "Installatiebranche"),
    ("techniek-nl", "Uneto-VNI", "Brancheorganisatie", "", "", "www.uneto-vni.nl", ""),
    ("zeehaven-ijmuiden", "Zeehaven IJmuiden N.V.", "Haven", "", "IJmuiden",
     "www.zeehavenijmuiden.nl", ""),
    ("zeehaven-ijmuiden", "ZEEHAVEN IJMUIDEN", "Haven", "", "Velsen", "", ""),
    ("port-den-helder", "Port of Den Helder", "Haven", "", "Den Helder",
     "www.portofdenhelder.nl", "Offshore en energietransitie"),
    ("port-den-helder", "PORT OF DEN HELDER", "Haven", "", "Den Helder", "", ""),
    ("onhn", "Ontwikkelingsbedrijf Noord-Holland Noord", "Ontwikkelingsbedrijf", "", "",
     "www.onhn.nl", ""),
    ("onhn", "Ontwikkelingsbedrijf NHN", "Ontwikkelingsbedrijf", "", "", "", ""),
    ("onhn", "ONHN", "", "", "", "onhn.nl", ""),
    ("aeb", "Amsterdam Economic Board", "Samenwerkingsverband", "", "Amsterdam",
     "https://amsterdameconomicboard.com", ""),
    ("aeb", "Stichting Amsterdam Economic Board", "Samenwerkingsverband", "", "Amsterdam", "",
     ""),
    # campuses and programmes of the letter
    ("terra-technica", "Terra Technica", "Samenwerkingsverband", "", "Alkmaar", "", ""),
    ("terra-technica", "Campus Terra Technica Alkmaar", "Samenwerkingsverband", "", "Alkmaar",
     "", "PPS techniek"),
    ("house-of-skills", "House of Skills", "Samenwerkingsverband", "", "", "", ""),
    ("house-of-skills", "HOUSE OF SKILLS", "Samenwerkingsverband", "", "", "", ""),
    ("vti", "Vti Amsterdam", "Samenwerkingsverband", "", "Amsterdam", "",
     "Installatiebranche"),
    ("vti", "VTI", "Samenwerkingsverband", "", "Amsterdam", "", ""),
    # employers
    ("floraholland", "Royal FloraHolland", "Werkgever", "", "Aalsmeer",
     "www.royalfloraholland.com", ""),
    ("floraholland", "Koninklijke Coöperatieve Bloemenveiling FloraHolland U.A.", "Werkgever",
     "", "Aalsmeer", "", ""),
    ("floraholland", "Flora Holland", "Werkgever", "", "Aalsmeer", "", ""),
    ("enza", "Enza Zaden B.V.", "Werkgever", "", "Enkhuizen", "www.enzazaden.com",
     "Greenport, zaadveredeling"),
    ("enza", "ENZA ZADEN", "Werkgever", "", "Enkhuizen", "", ""),
    ("enza", "Enzazaden", "Werkgever", "", "Enkhuizen", "https://www.enzazaden.com/", ""),
    ("bejo", "Bejo Zaden B.V.", "Werkgever", "", "Warmenhuizen", "www.bejo.com", ""),
    ("bejo", "Bejo", "Werkgever", "", "Schagen", "", ""),
    ("nwz", "Noordwest Ziekenhuisgroep", "Werkgever", "", "Alkmaar", "www.nwz.nl", ""),
    ("nwz", "NWZ", "Werkgever", "", "Alkmaar", "", ""),
    ("nwz", "Noordwest Ziekenhuisgroep, locatie Den Helder", "Werkgever", "", "Den Helder",
     "nwz.nl", "Zorg, techniek in het ziekenhuis"),
    ("gvb", "GVB", "Werkgever", "", "Amsterdam", "www.gvb.nl", ""),
    ("gvb", "GVB Holding N.V.", "Werkgever", "", "Amsterdam", "", ""),
    ("gvb", "Gemeentelijk Vervoerbedrijf (GVB)", "Werkgever", "", "Amsterdam", "", ""),
]

# Rows a user emptied by hand: left blank after these account names (in sorted order).
EMPTIED_AFTER = ("Gemeente Velsen", "Port of Den Helder")


def _sorted() -> list[tuple]:
    """Sorted by account name, as Dynamics lists them."""
    return sorted(ACCOUNTS, key=lambda a: a[1].casefold())


def rows() -> list[tuple[str, list]]:
    """(organisation, cells) per spreadsheet row after the header; a blank row has ''."""
    out: list[tuple[str, list]] = []
    for n, (org, name, kind, brin, city, website, note) in enumerate(_sorted(), start=1):
        record = uuid.UUID(hashlib.md5(name.encode()).hexdigest())  # illustrative ids
        checksum = hashlib.sha1(name.encode()).hexdigest()[:20]
        modified = CREATED - dt.timedelta(days=3 * n, hours=n % 7)
        created = dt.datetime(2021, 3, 1, 9, 0) + dt.timedelta(days=17 * n)
        contact = f"Contactpersoon {n:02d} (voorbeeld)" if n % 3 else ""
        email = f"contact{n:02d}@voorbeeld.invalid" if contact else ""
        out.append((org, [str(record), checksum, modified, name, kind or None, None,
                          brin or None, city or None, website or None, contact or None,
                          email or None, note or None, "Team Werkambassadeur", created]))
        if name in EMPTIED_AFTER:
            out.append(("", [None] * len(HEADERS)))
    return out


def main() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Actieve accounts"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    table = rows()
    for _org, cells in table:
        ws.append(cells)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd-mm-yyyy hh:mm"
    for column in "ABC":
        ws.column_dimensions[column].hidden = True
    for column, width in zip("DEFGHIJKLMN", (46, 22, 12, 12, 16, 34, 28, 30, 40, 22, 18),
                             strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "D2"
    book.properties.creator = "Dynamics 365 (illustratief)"
    book.properties.created = book.properties.modified = CREATED
    book.save(HERE / "accounts-export.xlsx")
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for number, (org, _cells) in enumerate(table, start=2):
            if org:
                writer.writerow([number, org])


if __name__ == "__main__":
    main()
