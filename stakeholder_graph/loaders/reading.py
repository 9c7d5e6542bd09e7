"""Honest reading: repaired mojibake, personal-data columns, the error report.

(Mappings and ``dataset.yaml`` are read by :func:`stakeholder_graph.files.read_yaml`, which
refuses a key written twice.)

- :func:`repair_text` repairs text that was UTF-8 read as Windows-1252 ("SÃºdwest-FryslÃ¢n"
  → "Súdwest-Fryslân") with ftfy; the loaders say how many cells they repaired.
- :func:`write_error_report` writes every problem of a load to a CSV file, as
  ``neo4j-admin import`` writes its report file.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Any

from ..errors import PROBLEM_COLUMNS

__all__ = ["repair_text", "write_error_report", "PERSONAL_HEADERS", "ABOUT_CONTACTS",
           "is_personal_header", "might_be_mojibake", "problem_lines", "problem_groups"]

PERSONAL_HEADERS = re.compile(
    r"(contact|persoon|personen|e-?mail|telefoon|tel\.?$|mobiel|gsm|phone|voornaam|"
    r"achternaam|geboorte|bsn|adres van|woonadres|"
    r"(?<!company )(?<!organization )(?<!organisation )linkedin(?! company)|"
    # a person's name and traces of a sign-up (Mailchimp, Eventbrite, forms): the IP
    # address and the coordinates it gave
    r"\b(?:first|last|given|family|sur) ?name\b|\bnaam (?:deelnemer|aanmelder|respondent)\b|"
    r"\b(?:optin|confirm|opt-in)_?ip\b|\bip(?:[ -]?(?:address|adres))?$|^(?:latitude|longitude)$|"
    # the person responsible for a record in a CRM: its owner, account manager, author
    r"\bowner\b|\beigenaar\b|account ?manager|account ?houder|relatiebeheerder|"
    r"\b(?:created|modified|updated|edited) by\b|\b(?:aangemaakt|gewijzigd|bijgewerkt|"
    r"aangepast) door\b|"
    # the people a card or task is given to (Trello's "Members", Asana's "Assignee")
    r"^(?:card )?members?$|^leden$|\bassignees?\b|\btoegewezen aan\b|\bcollaborators?\b|"
    # the rest of a person in an address book (Google Contacts, Outlook)
    r"\bmiddle name\b|\btussenvoegsel\b|\bnickname\b|\bbijnaam\b|\bbirthday\b|"
    r"\bverjaardag\b|^photo$|^foto$|^file as$|\bphonetic\b|"
    # Outlook's: a person's family, home and assistant
    r"^spouse$|^partner$|^children$|^kinderen$|^anniversary$|^gender$|^geslacht$|"
    r"\bgovernment id\b|^home (?:street|city|state|postal|country|address)|^thuisadres|"
    r"assistant'?s name|manager'?s name)",
    re.IGNORECASE)
"""Headers of columns that hold personal data: such a column is left out, and said so."""

ABOUT_CONTACTS = re.compile(
    r"^\s*(?:number of|aantal|count of|no\.? of|#)\s|\blast contacted\b|"
    r"\blaatste? contact(?:moment|datum)?\b|\bcontact ?(?:date|datum)\b", re.IGNORECASE)
"""Headers of a count or date about contacts ("Number of Associated Contacts", "Aantal
contactpersonen", "Last Contacted", "Laatste contact"): a number or a date, not personal
data, though they name contacts."""

# Characters that UTF-8 read as cp1252 leaves behind: Ã (é, ü, …), Â (nbsp, °), â€ (’, –).
_MOJIBAKE_HINT = re.compile("[ÃÂÅÄ]|â€|Ã")


def is_personal_header(header: str) -> bool:
    """Whether a column header names personal data: a contact person, e-mail or phone, or
    the person responsible for a record in a CRM (its owner, account manager, author).

    A count or date about contacts (:data:`ABOUT_CONTACTS`) is not personal data.

    Examples
    --------
    >>> is_personal_header("Contactpersoon"), is_personal_header("E-mail"), is_personal_header("Sector")
    (True, True, False)
    >>> [is_personal_header(h) for h in ("Company owner", "Accountmanager", "Created by",
    ...                                  "Gewijzigd door", "Ownership")]
    [True, True, True, True, False]
    >>> [is_personal_header(h) for h in ("First Name", "Last Name", "OPTIN_IP", "LATITUDE",
    ...                                  "Company Name", "Tips", "Naam organisatie")]
    [True, True, True, True, False, False, False]
    >>> [is_personal_header(h) for h in ("Members", "Assignee", "Assignee Email", "Aantal leden",
    ...                                  "Member of", "Leden van")]
    [True, True, True, False, False, False]
    >>> [is_personal_header(h) for h in ("Middle Name", "Nickname", "Birthday", "Photo",
    ...                                  "File As", "Organization Name")]
    [True, True, True, True, True, False]
    >>> [is_personal_header(h) for h in ("Spouse", "Home City", "Manager's Name", "Homepage",
    ...                                  "Partners")]
    [True, True, True, False, False]
    >>> [is_personal_header(h) for h in ("LinkedIn", "Company Linkedin Url", "LinkedIn URL")]
    [True, False, True]
    >>> [is_personal_header(h) for h in ("Number of Associated Contacts", "Aantal contactpersonen",
    ...                                  "Last Contacted", "Laatste contactpersoon")]
    [False, False, False, True]
    """
    text = str(header)
    return bool(PERSONAL_HEADERS.search(text)) and not ABOUT_CONTACTS.search(text)


def might_be_mojibake(text: str) -> bool:
    """Whether text has the tell-tale characters of UTF-8 read as Windows-1252 (a quick
    check before :func:`repair_text`).

    Examples
    --------
    >>> might_be_mojibake("SÃºdwest"), might_be_mojibake("Súdwest"), might_be_mojibake("KLM")
    (True, False, False)
    """
    return not text.isascii() and _MOJIBAKE_HINT.search(text) is not None


def repair_text(text: str) -> str:
    """Return text with mojibake repaired (UTF-8 that was read as Windows-1252), else as is.

    Only text with the tell-tale characters is given to ftfy, and ftfy changes only what it
    is sure of, so correct Dutch text ("Súdwest-Fryslân", "Coöperatie") stays as it is.

    Examples
    --------
    >>> repair_text("SÃºdwest-FryslÃ¢n")
    'Súdwest-Fryslân'
    >>> repair_text("Coöperatie Súdwest")
    'Coöperatie Súdwest'
    """
    if not might_be_mojibake(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def write_error_report(problems: list[dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """Write a load's problems to a CSV error report (UTF-8 with BOM, for Excel).

    Columns: ``file``, ``row``, ``column``, ``value``, ``problem``, ``suggestion``,
    ``code`` (the texts as the problems have them: Dutch by default).

    Examples
    --------
    >>> import tempfile, os
    >>> p = write_error_report([{"file": "a.csv", "row": 2, "column": "Soort",
    ...                          "value": "Bedrjf", "problem": "unknown kind",
    ...                          "suggestion": "'Bedrijf'"}],
    ...                        os.path.join(tempfile.mkdtemp(), "errors.csv"))
    >>> p.read_text(encoding="utf-8-sig").splitlines()[0]
    'file,row,column,value,problem,suggestion,code'
    """
    from ..files import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(PROBLEM_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for problem in problems:
            writer.writerow({k: "" if problem.get(k) is None else problem.get(k)
                             for k in PROBLEM_COLUMNS})
    return path


def problem_lines(problems: list[dict[str, Any]], lang: str = "nl") -> list[str]:
    """The problems of a load as the lines a user reads on screen: one line per problem,
    and one line for a problem that repeats (same file, column, value and text) over many
    rows, with its rows.

    The error report (:func:`write_error_report`) keeps every row; this is for the screen,
    where 77 copies of one line hide the other problems.

    Parameters
    ----------
    problems : list of dict
        The problems (``file``, ``row``, ``column``, ``value``, ``problem``, …).
    lang : {"nl", "en"}
        The language of the lines.

    Returns
    -------
    list of str
        One line per distinct problem, in the order first found.

    Examples
    --------
    >>> rows = [{"file": "a.csv", "row": n, "column": "Type", "value": "Partner",
    ...          "problem": "unknown kind 'Partner'"} for n in (2, 3, 5, 8)]
    >>> problem_lines(rows, "en")
    ["a.csv, rows 2, 3, 5 and 8 (4 rows), column 'Type': unknown kind 'Partner'"]
    >>> problem_lines(rows[:1], "nl")
    ["a.csv, rij 2, kolom 'Type': onbekende soort 'Partner'"]
    """
    return [_group_line(same, lang) for same in problem_groups(problems)]


def problem_groups(problems: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The problems of a load in groups of one problem repeated over rows (same file,
    column, value and text), in the order first found: what :func:`problem_lines` says in
    one line each.

    Examples
    --------
    >>> rows = [{"file": "a.csv", "row": n, "column": "Type", "value": v, "problem": "x"}
    ...         for n, v in ((2, "Partner"), (3, "Other"), (4, "Partner"))]
    >>> [[p["row"] for p in g] for g in problem_groups(rows)]
    [[2, 4], [3]]
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for problem in problems:
        key = tuple(str(problem.get(k) or "") for k in ("file", "column", "value")) + (
            str(problem.get("problem_en") or problem.get("problem") or ""),
            str(problem.get("suggestion_en") or problem.get("suggestion") or ""))
        groups.setdefault(key, []).append(problem)
    return list(groups.values())


def _group_line(same: list[dict[str, Any]], lang: str) -> str:
    """One line for a group of :func:`problem_groups`: the first problem's, with its rows."""
    from ..errors import LoadProblems

    nl = lang == "nl"
    line = LoadProblems.line(same[0], lang)
    rows = [p["row"] for p in same if p.get("row") is not None]
    if len(rows) > 1:
        shown = [str(r) for r in rows[:5]]
        listed = (", ".join(shown[:-1]) + (" en " if nl else " and ") + shown[-1]
                  if len(rows) <= 5 else ", ".join(shown) + ", …")
        said = (f"rijen {listed} ({len(rows)} rijen)" if nl else
                f"rows {listed} ({len(rows)} rows)")
        line = re.sub(r"(^|, )(?:row|rij) \d+", lambda m, said=said: m.group(1) + said,
                      line, count=1)
    return line
