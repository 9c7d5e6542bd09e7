"""Write the thirty-first held-out organisation list: an Asana project exported as CSV, and
truth.csv, beside this script.

    python tests/data/messy/crm-thirtyfirst/maak_export.py

An Asana project "Stakeholders Zaanstreek-Waterland" (illustrative: no real team, project
or programme is named) kept by the team of a regional labour-market programme of the
Zaanstreek and Waterland: Zaanstad (Zaandam, Koog aan de Zaan, Krommenie, Wormerveer,
Assendelft), Purmerend (with Beemster since 1 January 2022), Edam-Volendam, Waterland
(Monnickendam, Broek in Waterland), Landsmeer, Oostzaan and Wormerland (Wormer). One task
per organisation or per contact moment, in the sections "Werkgevers", "Onderwijs",
"Gemeenten en overheid", "Zorg en welzijn" and "Afgerond" (a finished task is moved there),
a few tasks in no section ("(no section)"), a few subtasks under the task of an
organisation. Several team members add tasks, each their own way: the organisation in the
task's name only, in the custom field "Organisatie" only (the task named for what is to be
done), or both; the custom fields "Gemeente" (a place as typed: the town, the municipality,
a former municipality, or nothing) and "Sector" (a choice the team made for the kind of
organisation: Werkgever, Onderwijs, Gemeente, Overheid, Zorg, Wonen). Exported with the
project's "Export/Print → CSV".

The file (what was checked, and what not; no network here, stored public pages and
repositories only):

- checked, in public repositories that read or test Asana CSV exports (a sample export in
  a migration tool's repository, fixtures of several importers): the columns "Task ID",
  "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
  "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task",
  "Blocked By (Dependencies)", "Blocking (Dependencies)", in that order, then one column
  per custom field of the project headed by the field's name; dates as "2024-01-15"
  (year-month-day, no time); a task in no section "(no section)"; a subtask with an empty
  "Section/Column" and "Projects" and the name of its parent task in "Parent task"; several
  tags in one cell separated by ", " ("Tag1, Tag2"), a task in several projects likewise
  ("Sample, Sample2"); notes over several lines in one quoted cell; a field quoted only
  when it has to be; a plain comma as the separator; an emoji written as such (UTF-8).
  Asana's help page (as stored) says a project exports to CSV up to 2,000 tasks.
- not checked, the plausible choice taken: no byte-order mark and "\\n" line ends (as the
  stored sample is); a task ID of 16 digits as Asana's gids are now; a completed task's
  "Completed At" filled and it moved by the team to "Afgerond"; the custom fields'
  columns in the order they were added to the project. No export was made for this
  fixture.

Because some notes run over several lines, the file has more lines than rows: the row
numbers in truth.csv are the rows a spreadsheet shows (the header row 1, the first task
row 2), not the file's line numbers.

No personal data: "Assignee" is empty or the team's shared account "team-arbeidsmarkt",
"Assignee Email" empty or that account's generic address at example.org (no real person, no
real address); the notes name no person, phone number or e-mail address (a contact is
"de HR-afdeling", "het algemene nummer"). No KvK number or BRIN code: an Asana project has
no such field, and the team added none.

The mess is the team's: one organisation in several tasks, each written its own way (in
full, abbreviated, in small letters, with a typo, with a department or location, with a
legal form, in English, under an old name, as a contact moment "Gesprek ZMC over
zij-instroom"); the organisation in the custom field but not in the task's name, or only in
the name; "Gemeente" the town, the municipality, the former municipality (Beemster), or
empty; "Sector" sometimes left open. Six tasks name no organisation (a newsletter, a
meeting to prepare, an action list, a year plan, the team's own subtasks "Verslag sturen" and
"Rondleiding plannen" with no "Organisatie", whose parent task names the organisation):
they are in the file, not in truth.csv.

Organisations under an earlier name (as remembered, not checked in a stored source): the
municipality of Beemster → Purmerend (1 January 2022; a task from the former project of
2021 kept in this one); the Waterland Ziekenhuis (Purmerend) → Dijklander Ziekenhuis (the
merger with the Westfriesgasthuis, 2017; the name of 2019). A task under the old name means
the organisation now, so the row is the successor in truth.csv.

How a location, department or part was decided (as the region's network coordinator
would): a location, department or team of an organisation is that organisation (a
municipality's department the municipality; UWV WERKbedrijf Zaandam and UWV's
werkgeversdienstverlening in Purmerend UWV; the Regio College's location Purmerend the Regio
College; Dijklander's location Purmerend Dijklander; the GGD's Jeugdgezondheidszorg the GGD;
the Brandweer Zaanstreek-Waterland the Veiligheidsregio Zaanstreek-Waterland; Albert Heijn's
distribution centre in Zaandam Albert Heijn). Apart stay: a municipality and the
Werkgeversservicepunt of its region (Zaanstad and the WSP Zaanstreek/Waterland); the WSPs
of two regions (Zaanstreek/Waterland and Groot Amsterdam); the GGD and the Veiligheidsregio
Zaanstreek-Waterland; the municipality Waterland and the bodies named for the region
Zaanstreek-Waterland; the two hospitals (Zaans Medisch Centrum and Dijklander); the school
group OVO Zaanstad and its school the Pascal College (the team deals with both); Albert
Heijn and its parent Ahold Delhaize; the two housing corporations of Zaandam (Parteon and
the Zaandams Volkshuisvesting); CONO Kaasmakers (Westbeemster, maker of Beemster cheese) and
the municipality of Purmerend with its former municipality Beemster; FC Volendam and the
municipality of Edam-Volendam; Lassie (Wormer) and the municipality of Wormerland; UWV and
the WSP; Baanstede (Purmerend's social employment company) and the municipality.

Facts: names and places from what is widely known of the organisations, as remembered, not
checked in a stored source; tasks, dates, tags and notes are illustrative; every row is
loaded with a source saying "illustratief: ..." (see mappings/). The Provincie Noord-Holland
(Haarlem), the Hoogheemraadschap Hollands Noorderkwartier (Heerhugowaard, Dijk en Waard) and
the Dijklander Ziekenhuis (Hoorn) lie outside the region but work in it.

``truth.csv`` says which organisation each row means (the header row 1, the first task row
2). A municipality's rows, and those of the former municipality it took over, are the
municipality's organisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "Stakeholders_Zaanstreek-Waterland.csv"
PROJECT = "Stakeholders Zaanstreek-Waterland"

HEADER = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
          "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes",
          "Projects", "Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)",
          "Organisatie", "Gemeente", "Sector"]

WG, OND, GEM, OV, ZORG, WON = "Werkgever", "Onderwijs", "Gemeente", "Overheid", "Zorg", "Wonen"
SECTION = {WG: "Werkgevers", WON: "Werkgevers", OND: "Onderwijs", GEM: "Gemeenten en overheid",
           OV: "Gemeenten en overheid", ZORG: "Zorg en welzijn", "": "(no section)"}
TEAM, TEAM_MAIL = "team-arbeidsmarkt", "team-arbeidsmarkt@example.org"

# (task name, "Organisatie", "Gemeente", "Sector", notes, truth id or "" for a task that
#  names no organisation). A subtask is marked by its parent's name in SUBTASKS below;
#  a finished one by FINISHED. Grouped by organisation here; the export's order is the
#  project's (see ordered()).
TASKS: list[tuple[str, str, str, str, str, str]] = [
    # municipalities
    ("Gemeente Zaanstad", "Gemeente Zaanstad", "Zaanstad", GEM,
     "Vast overleg werkgeversdienstverlening, elke 6 weken.", "zaanstad"),
    ("Overleg Zaanstad afdeling Werk en Inkomen", "", "Zaanstad", GEM, "", "zaanstad"),
    ("Kennismaking accountmanagers", "Zaanstad", "Zaandam", OV,
     "Via het algemene nummer afgesproken.", "zaanstad"),
    ("Gem. Zaanstad - Economische Zaken", "", "Zaandam", "", "", "zaanstad"),
    ("Gemeente Purmerend", "Gemeente Purmerend", "Purmerend", GEM, "", "purmerend"),
    ("Gemeente Beemster", "Gemeente Beemster", "Beemster", GEM,
     "Uit het project van 2021 overgenomen.", "purmerend"),
    ("Purmerend - team Werk & Inkomen", "", "Purmerend", GEM, "", "purmerend"),
    ("Overleg met gemeente Purmerend over Banenafspraak", "Purmerend", "", OV, "",
     "purmerend"),
    ("Gemeente Edam-Volendam", "Gemeente Edam-Volendam", "Edam-Volendam", GEM, "",
     "edam-volendam"),
    ("gemeente Edam Volendam", "", "Volendam", GEM, "", "edam-volendam"),
    ("Kennismaking EZ", "Edam-Volendam", "", "", "", "edam-volendam"),
    ("Gemeente Waterland", "Gemeente Waterland", "Monnickendam", GEM, "", "waterland"),
    ("Waterland gemeente", "", "Waterland", GEM, "", "waterland"),
    ("Werkbezoek Broek in Waterland", "Gemeente Waterland", "Broek in Waterland", GEM,
     "Samen met de wethouder, ondernemers uit het dorp.", "waterland"),
    ("Gemeente Landsmeer", "Gemeente Landsmeer", "Landsmeer", GEM, "", "landsmeer"),
    ("Afstemming re-integratie", "Landsmeer", "Landsmeer", OV, "", "landsmeer"),
    ("Gemeente Oostzaan", "Gemeente Oostzaan", "Oostzaan", GEM, "", "oostzaan"),
    ("Oostzaan", "gemeente oostzaan", "", GEM, "", "oostzaan"),
    ("Gemeente Wormerland", "Gemeente Wormerland", "Wormer", GEM, "", "wormerland"),
    ("Wormerland (gem.)", "", "Wormerland", GEM, "", "wormerland"),
    ("Overleg EZ Wormerland", "Gemeente Wormerland", "Wormer", "", "", "wormerland"),
    # public bodies
    ("UWV", "UWV", "Zaandam", OV, "", "uwv"),
    ("UWV WERKbedrijf Zaandam", "", "Zaanstad", OV, "", "uwv"),
    ("UWV Werkgeversdienstverlening Purmerend", "UWV", "Purmerend", OV, "", "uwv"),
    ("Gesprek UWV over Banenafspraak", "", "", OV, "", "uwv"),
    ("Employee Insurance Agency (UWV)", "", "Amsterdam", OV,
     "Engelstalige presentatie voor internationale werkgevers.", "uwv"),
    ("Werkgeversservicepunt Zaanstreek/Waterland",
     "Werkgeversservicepunt Zaanstreek/Waterland", "Zaandam", OV, "", "wsp-zw"),
    ("WSP ZW", "WSP Zaanstreek-Waterland", "Zaanstad", OV, "", "wsp-zw"),
    ("WSP Zaanstreek Waterland", "", "Purmerend", GEM, "", "wsp-zw"),
    ("WSP Groot Amsterdam", "", "Amsterdam", OV,
     "Afstemming over werkgevers die in beide regio's werven.", "wsp-ga"),
    ("Werkgeversservicepunt Groot Amsterdam", "WSP Groot Amsterdam", "Amsterdam", OV, "",
     "wsp-ga"),
    ("GGD Zaanstreek-Waterland", "GGD Zaanstreek-Waterland", "Zaandam", ZORG, "", "ggd-zw"),
    ("GGD ZW", "GGD Zaanstreek Waterland", "", ZORG, "", "ggd-zw"),
    ("GGD Zaanstreek/Waterland - Jeugdgezondheidszorg", "", "Zaandam", ZORG, "", "ggd-zw"),
    ("Veiligheidsregio Zaanstreek-Waterland", "Veiligheidsregio Zaanstreek-Waterland",
     "Zaandam", OV, "", "vr-zw"),
    ("VRZW", "Veiligheidsregio Zaanstreek-Waterland", "Zaandam", OV, "", "vr-zw"),
    ("Brandweer Zaanstreek-Waterland", "", "Zaandam", OV,
     "Werving vrijwilligers en beroeps, open dag.", "vr-zw"),
    ("Provincie Noord-Holland", "Provincie Noord-Holland", "Haarlem", OV, "", "pnh"),
    ("Prov. Noord-Holland", "PNH", "Haarlem", OV, "", "pnh"),
    ("Province of North Holland", "", "Haarlem", OV, "", "pnh"),
    ("Hoogheemraadschap Hollands Noorderkwartier",
     "Hoogheemraadschap Hollands Noorderkwartier", "Heerhugowaard", OV, "", "hhnk"),
    ("HHNK", "HHNK", "Dijk en Waard", OV, "", "hhnk"),
    ("Baanstede", "Baanstede", "Purmerend", OV, "", "baanstede"),
    ("Baanstede Purmerend (SW-bedrijf)", "", "Purmerend", WG, "", "baanstede"),
    ("Rondleiding werkleerbedrijf", "Baanstede", "Purmerend", "", "", "baanstede"),
    # schools
    ("Regio College", "Regio College", "Zaandam", OND, "", "regio-college"),
    ("Regio College Zaandam", "", "Zaanstad", OND, "", "regio-college"),
    ("ROC Regio College - BBL", "Regio College", "Zaandam", OND,
     "BBL-trajecten logistiek en techniek.\nVolgende stap: lijst met leerbedrijven.",
     "regio-college"),
    ("Regio College, locatie Purmerend", "", "Purmerend", OV, "", "regio-college"),
    ("Gesprek Regio College over stageplekken zorg", "Regio College", "", OND, "",
     "regio-college"),
    ("Stagelijst opvragen", "Regio College", "", "", "", "regio-college"),
    ("Zaanlands Lyceum", "Zaanlands Lyceum", "Zaandam", OND, "", "zaanlands"),
    ("Zaanlands Lyceum Zaandam", "", "Zaanstad", OND, "", "zaanlands"),
    ("OVO Zaanstad", "OVO Zaanstad", "Zaandam", OND,
     "Bestuur van de openbare vo-scholen in Zaanstad.", "ovo"),
    ("Stichting OVO Zaanstad (openbaar voortgezet onderwijs)", "", "Zaanstad", OND, "", "ovo"),
    ("Pascal College", "Pascal College", "Zaandam", OND, "", "pascal"),
    ("Pascal College Zaandam (OVO Zaanstad)", "Pascal College", "Zaandam", OND, "", "pascal"),
    ("Don Bosco College", "Don Bosco College", "Volendam", OND, "", "don-bosco"),
    ("Don Bosco College Volendam", "", "Edam-Volendam", OND, "", "don-bosco"),
    ("DBC Volendam", "Don Bosco College", "Volendam", "", "", "don-bosco"),
    ("Jan van Egmond Lyceum", "Jan van Egmond Lyceum", "Purmerend", OND, "", "jvel"),
    ("JvEL Purmerend", "Jan van Egmond Lyceum", "Purmerend", OND, "", "jvel"),
    # care
    ("Zaans Medisch Centrum", "Zaans Medisch Centrum", "Zaandam", ZORG, "", "zmc"),
    ("ZMC", "Zaans Medisch Centrum", "Zaandam", ZORG, "", "zmc"),
    ("Zaans MC - afdeling HR", "", "Zaandam", ZORG,
     "Contact via de HR-afdeling.\nVacatures verpleegkunde en OK.", "zmc"),
    ("Gesprek ZMC over zij-instroom", "", "", ZORG, "", "zmc"),
    ("Dijklander Ziekenhuis", "Dijklander Ziekenhuis", "Hoorn", ZORG, "", "dijklander"),
    ("Dijklander locatie Purmerend", "Dijklander Ziekenhuis", "Purmerend", ZORG, "",
     "dijklander"),
    ("Waterland Ziekenhuis", "", "Purmerend", ZORG, "", "dijklander"),
    ("Evean", "Evean", "Purmerend", ZORG, "", "evean"),
    ("Evean thuiszorg", "", "Zaanstad", ZORG, "", "evean"),
    ("Evean (Espria)", "Evean", "Zaandam", WG, "", "evean"),
    ("Zorgcirkel", "Zorgcirkel", "Purmerend", ZORG, "", "zorgcirkel"),
    ("De Zorgcirkel", "", "Purmerend", ZORG, "", "zorgcirkel"),
    ("Zorgcirkel Purmerend", "Zorgcirkel", "", WG, "", "zorgcirkel"),
    # employers
    ("Albert Heijn", "Albert Heijn", "Zaandam", WG, "", "ah"),
    ("Albert Heijn B.V.", "", "Zaandam", WG, "", "ah"),
    ("AH distributiecentrum Zaandam", "Albert Heijn", "Zaandam", WG,
     "Rondleiding DC, BBL logistiek.", "ah"),
    ("Gesprek AH over BBL logistiek", "", "", WG, "", "ah"),
    ("Ahold Delhaize", "Ahold Delhaize", "Zaandam", WG, "", "ahold"),
    ("Koninklijke Ahold Delhaize N.V.", "", "Zaandam", WG, "", "ahold"),
    ("Verkade", "Verkade", "Zaandam", WG, "", "verkade"),
    ("Koninklijke Verkade", "Verkade", "Zaanstad", WG, "", "verkade"),
    ("Verkade fabriek Zaandam", "", "Zaandam", WG, "", "verkade"),
    ("Forbo Flooring", "Forbo Flooring", "Krommenie", WG,
     "Techniek: operators en monteurs.\nInteresse in zij-instroom.", "forbo"),
    ("Forbo Flooring B.V.", "", "Zaanstad", WG, "", "forbo"),
    ("Forbo Krommenie", "Forbo Flooring", "Krommenie", WG, "", "forbo"),
    ("Lassie", "Lassie", "Wormer", WG, "", "lassie"),
    ("Lassie B.V.", "", "Wormerland", WG, "", "lassie"),
    ("Duyvis", "Duyvis", "Koog aan de Zaan", WG, "", "duyvis"),
    ("Duyvis (PepsiCo)", "Duyvis", "Zaanstad", WG, "", "duyvis"),
    ("CONO Kaasmakers", "CONO Kaasmakers", "Westbeemster", WG, "", "cono"),
    ("Cono kaasmakers Beemster", "", "Beemster", WG, "", "cono"),
    ("CONO Beemster", "", "Purmerend", WG, "Maker van Beemster kaas.", "cono"),
    ("FC Volendam", "FC Volendam", "Volendam", WG, "", "fc-volendam"),
    ("FC Volendam (BVO)", "", "Edam-Volendam", WG, "", "fc-volendam"),
    ("Parteon", "Parteon", "Wormerveer", WON, "", "parteon"),
    ("Woningcorporatie Parteon", "", "Zaandam", WON, "", "parteon"),
    ("Zaandams Volkshuisvesting", "Zaandams Volkshuisvesting", "Zaandam", WON, "", "zvh"),
    ("ZVH", "Zaandams Volkshuisvesting", "Zaandam", WON, "", "zvh"),
    ("Wooncompagnie", "Wooncompagnie", "Purmerend", WON, "", "wooncompagnie"),
    ("Wooncompagnie Purmerend", "", "Purmerend", WON, "", "wooncompagnie"),
    ("Cargill", "Cargill", "Zaandam", WG, "", "cargill"),
    ("Cargill Cocoa & Chocolate", "Cargill", "Wormer", WG, "", "cargill"),
    # no organisation
    ("Nieuwsbrief Q1 versturen", "", "", "", "", ""),
    ("Netwerkbijeenkomst 12 maart voorbereiden", "", "", "", "Zaal, catering, uitnodigingen.",
     ""),
    ("Actielijst teamoverleg", "", "", "", "", ""),
    ("Verslag sturen", "", "", "", "", ""),
    ("Rondleiding plannen", "", "", "", "", ""),
    ("Jaarplan 2026 bijwerken 📋", "", "", "", "", ""),
]

# subtask name → its parent task's name
SUBTASKS = {"Stagelijst opvragen": "Regio College", "Verslag sturen": "Gemeente Zaanstad",
            "Rondleiding plannen": "Forbo Flooring"}
# finished tasks (moved to "Afgerond")
FINISHED = {"Gemeente Beemster", "Kennismaking accountmanagers", "Waterland Ziekenhuis",
            "Gesprek UWV over Banenafspraak", "Province of North Holland",
            "Gesprek ZMC over zij-instroom", "Gesprek AH over BBL logistiek",
            "Werkbezoek Broek in Waterland", "Rondleiding werkleerbedrijf",
            "Nieuwsbrief Q1 versturen", "Netwerkbijeenkomst 12 maart voorbereiden",
            "Verslag sturen", "Koninklijke Verkade"}
# tasks in a second project too
ALSO = {"Gesprek UWV over Banenafspraak": "Banenafspraak 2026",
        "Overleg met gemeente Purmerend over Banenafspraak": "Banenafspraak 2026",
        "Baanstede Purmerend (SW-bedrijf)": "Banenafspraak 2026",
        "Gemeente Beemster": "Archief arbeidsmarktregio 2021"}
TAGS = ["BBL", "Zij-instroom", "Techniek", "Zorg", "Banenafspraak", "Leven lang ontwikkelen"]
SECTIONS = ["Werkgevers", "Onderwijs", "Gemeenten en overheid", "Zorg en welzijn", "Afgerond",
            "(no section)"]


def ordered() -> list[tuple[str, str, str, str, str, str]]:
    """The tasks in the export's order: top-level tasks section by section (within one in a
    fixed shuffle: tasks were added over months by several people), then the subtasks (as
    in the stored sample export, where subtasks come after the top-level tasks)."""
    tasks = [t for t in TASKS if t[0] not in SUBTASKS]
    random.Random(31).shuffle(tasks)
    tasks.sort(key=lambda t: SECTIONS.index(section(t)))
    return tasks + [t for t in TASKS if t[0] in SUBTASKS]


def section(task: tuple[str, str, str, str, str, str]) -> str:
    name, _, _, sector, _, _ = task
    if name in SUBTASKS:
        return ""
    if name in FINISHED:
        return "Afgerond"
    return SECTION[sector]


def write_export(path: Path) -> list[str]:
    """Write the CSV; return each row's organisation ("" for none), in row order."""
    rng = random.Random(2031)
    rows = []
    truth = []
    for task in ordered():
        name, organisation, place, sector, notes, means = task
        if name == "Gemeente Beemster":
            created = dt.date(2021, 10, 4)
            task_id = 1200000000000000 + rng.randint(10 ** 11, 9 * 10 ** 11)
        else:
            created = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 200))
            task_id = 1211000000000000 + (created - dt.date(2025, 9, 1)).days * 10 ** 10 \
                + rng.randint(10 ** 8, 9 * 10 ** 9)
        completed = modified = ""
        if name in FINISHED:
            done = min(created + dt.timedelta(days=rng.randint(3, 60)), dt.date(2026, 4, 30))
            if name == "Gemeente Beemster":
                done = dt.date(2021, 12, 20)
            completed = modified = done.isoformat()
        else:
            modified = min(created + dt.timedelta(days=rng.randint(0, 90)),
                           dt.date(2026, 5, 11)).isoformat()
        due = ""
        if name not in FINISHED and rng.random() < 0.4:
            due = (dt.date.fromisoformat(modified) + dt.timedelta(days=rng.randint(7, 40))
                   ).isoformat()
        start = created.isoformat() if rng.random() < 0.15 else ""
        assignee = rng.random() < 0.5
        tags = ", ".join(sorted(rng.sample(TAGS, rng.randint(1, 2)), key=TAGS.index)) \
            if rng.random() < 0.45 else ""
        subtask = name in SUBTASKS
        projects = "" if subtask else ", ".join(p for p in (PROJECT, ALSO.get(name)) if p)
        rows.append([str(task_id), created.isoformat(), completed, modified, name,
                     section(task), TEAM if assignee else "", TEAM_MAIL if assignee else "",
                     start, due, tags, notes, projects, SUBTASKS.get(name, ""), "", "",
                     organisation, place, sector])
        truth.append(means)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return truth


def main() -> None:
    truth = write_export(EXPORT)
    with (HERE / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        for row, organisation in enumerate(truth, start=2):
            if organisation:  # a task that names no organisation is not in the truth
                writer.writerow([row, organisation])
    named = [t for t in truth if t]
    print(f"{EXPORT.name}: {len(truth)} rows, {len(named)} naming {len(set(named))} "
          "organisations")


if __name__ == "__main__":
    main()
