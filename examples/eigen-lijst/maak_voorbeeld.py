"""Write the example of a werkambassadeur's own list: stakeholders.xlsx and samenwerkingen.xlsx.

    python examples/eigen-lijst/maak_voorbeeld.py

rewrites both workbooks beside this script, byte for byte the same on every run (a fixed
creation date), so the files in the repository are reproducible. The rows are facts of the
letter of Gedeputeerde Staten of 12 May 2021 ("Voortgang en agenda werkambassadeur") or of
public registers; every row added only to make the example richer says ``illustratief`` in
its Bron. No personal data: the Contactpersoon column holds roles, never names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BRIEF = "Brief GS Noord-Holland, Voortgang en agenda werkambassadeur, 12 mei 2021"
CREATED = dt.datetime(2026, 1, 5, 9, 0)

STAKEHOLDERS = [
    ("Naam organisatie", "Soort", "Vestigingsplaats", "Sector", "Thema's", "Personeelsvraag",
     "Campus", "Contactpersoon", "Bron"),
    ("Tatasteel", "Bedrijf", "IJmuiden", "staal", "Energietransitie", "", "Techport",
     "afdeling HR", f"{BRIEF} (zo gespeld in de brief); campus illustratief: openbaar gegeven"),
    ("KLM Royal Dutch Airlines", "Bedrijf", "Schiphol", "luchtvaart", "", "", "",
     "stagecoördinatie", BRIEF),
    ("Zaancampus", "Campus", "Zaanstad", "", "Techniekpromotie", "", "", "",
     f"{BRIEF}: de Zaancampus (nu Techlands) in Zaanstad"),
    ("TNO Energy & Materials Transition", "Bedrijf", "Petten", "energieonderzoek",
     "Energietransitie", "tekort", "Tech@Connect", "afdeling Communicatie",
     "illustratief: bestaande onderzoeksorganisatie in Petten, niet genoemd in de brief"),
    ("Royal FloraHolland", "Bedrijf", "Aalsmeer", "sierteelt", "Agritransitie", "tekort", "",
     "", "illustratief: bestaande veilingcoöperatie in Aalsmeer, niet genoemd in de brief"),
    ("Nova College", "Onderwijs", "Haarlem", "", "Techniekpromotie", "", "Techport",
     "praktijkopleiders", "DUO, register onderwijsinstellingen (ROC Nova College, Haarlem); "
     "thema en campus illustratief"),
]

SAMENWERKINGEN = [
    ("Van", "Naar", "Relatie", "Sinds", "Opleiding", "Bron"),
    ("TNO Energy & Materials Transition", "ROC Horizon College", "Stage", dt.date(2021, 9, 1),
     "laboratoriumtechniek", "illustratief: stageplekken in Petten voor mbo-studenten uit "
     "Noord-Holland Noord"),
    ("TNO Energy & Materials Transition", "Tech@Connect", "Partner", dt.date(2021, 3, 1), "",
     "illustratief: onderzoek en onderwijs in de Kop van Noord-Holland"),
    ("Royal FloraHolland", "Greenport Aalsmeer", "Partner", dt.date(2020, 1, 1), "",
     "illustratief: de brief noemt de Greenports, zonder partners"),
    ("KLM Royal Dutch Airlines", "Vattenfall", "Partner", dt.date(2021, 5, 12), "",
     f"{BRIEF}: gesprekken over een gecombineerde opleiding luchtvaart en windenergie; "
     "partnerschap en datum illustratief"),
]


def write(path: Path, sheet: str, rows: list[tuple]) -> None:
    """Write one sheet with a bold header row and real date cells."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "dd-mm-yyyy"
    for column, width in zip("ABCDEFGHI", (34, 12, 18, 16, 18, 16, 14, 22, 60), strict=False):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    book.properties.creator = "stakeholder-graph voorbeeld"
    book.properties.created = book.properties.modified = CREATED
    book.save(path)


def main() -> None:
    write(HERE / "stakeholders.xlsx", "Stakeholders", STAKEHOLDERS)
    write(HERE / "samenwerkingen.xlsx", "Samenwerkingen", SAMENWERKINGEN)


if __name__ == "__main__":
    main()
